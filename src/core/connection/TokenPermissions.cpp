#include "TokenPermissions.h"

#include "core/github/GitHubClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::TokenPermissions)
};

PermissionProbe probe(const QString &permission, const QString &label, const QString &usedFor, const QByteArray &method,
                      const QString &path, int grantedStatus = 200, const QString &grantedMessage = {})
{
    return {permission, label, usedFor, method, path, grantedStatus, grantedMessage};
}

void askNext(GitHubClient *client, std::shared_ptr<TokenPermissionsCheck> check, QList<PermissionProbe> probes,
             QObject *context, std::function<void(const TokenPermissionsCheck &)> done)
{
    if (probes.isEmpty()) {
        done(*check);
        return;
    }
    const PermissionProbe probe = probes.takeFirst();
    auto answered = [client, check, probe, probes, context, done](const GitHubResponse &response) {
        if (response.status == 401) {
            check->tokenRefused = true;
            check->error = response.error;
            done(*check);
            return;
        }
        if (check->answers.isEmpty()) {
            check->classic = response.hasOAuthScopes;
            check->classicScopes = response.oauthScopes;
        }
        const QString message = response.json.object().value(QStringLiteral("message")).toString();
        check->answers.append({probe, assessPermissionAnswer(probe, response.status, message, response.acceptedPermissions,
                                                             response.ok() ? QString() : response.error)});
        askNext(client, check, probes, context, done);
    };
    if (probe.method == "POST")
        client->post(probe.path, {}, context, answered);
    else
        client->get(probe.path, context, answered);
}

} // namespace

QList<PermissionProbe> permissionProbes(const Profile &profile)
{
    const QString repo = profile.githubApiRepoPath();
    const QString branch = profile.github.branch;
    return {
        probe(QStringLiteral("metadata:read"), Text::tr("Metadata: Read-only"), Text::tr("see the repository"), "GET", repo),
        probe(QStringLiteral("contents:read"), Text::tr("Contents: Read-only"), Text::tr("the head of %1 and commits").arg(branch),
              "GET", repo + QStringLiteral("/commits?sha=%1&per_page=1").arg(branch)),
        probe(QStringLiteral("actions:read"), Text::tr("Actions: Read-only"), Text::tr("follow deploy runs and their logs"), "GET",
              repo + QStringLiteral("/actions/workflows/") + profile.github.deployWorkflow.file),
        // Run 0 never exists: with the permission GitHub answers 404, without it 403.
        probe(QStringLiteral("actions:write"), Text::tr("Actions: Read and write"), Text::tr("dispatch and cancel the deploy workflow"),
              "POST", repo + QStringLiteral("/actions/runs/0/cancel"), 404),
        probe(QStringLiteral("checks:read"), Text::tr("Checks: Read-only"), Text::tr("CI of a SHA (the gates)"), "GET",
              repo + QStringLiteral("/commits/%1/check-runs?per_page=1").arg(branch)),
        probe(QStringLiteral("statuses:read"), Text::tr("Commit statuses: Read-only"), Text::tr("CI of a SHA (combined status)"), "GET",
              repo + QStringLiteral("/commits/%1/status?per_page=1").arg(branch)),
        probe(QStringLiteral("secrets:read"), Text::tr("Secrets: Read-only"), Text::tr("the Actions secrets check, by name only"), "GET",
              repo + QStringLiteral("/actions/secrets?per_page=1")),
        // An unprotected branch answers 404 "Branch not protected" to a token that may read protection.
        probe(QStringLiteral("administration:read"), Text::tr("Administration: Read-only"), Text::tr("the branch protection check"),
              "GET", repo + QStringLiteral("/branches/%1/protection").arg(branch), 404, QStringLiteral("not protected")),
    };
}

PermissionAnswer assessPermissionAnswer(const PermissionProbe &probe, int status, const QString &message,
                                        const QString &acceptedPermissions, const QString &error)
{
    if (status >= 200 && status < 300)
        return {PermissionState::Granted, {}};
    if (status == probe.grantedStatus && (probe.grantedMessage.isEmpty() || message.contains(probe.grantedMessage, Qt::CaseInsensitive)))
        return {PermissionState::Granted, {}};
    if (status == 403 || status == 404) {
        const QString needs = acceptedPermissions.isEmpty() ? probe.label : permissionLabels(acceptedPermissions);
        return {PermissionState::Missing, Text::tr("HTTP %1 %2 (needs %3)").arg(status).arg(message, needs).simplified()};
    }
    return {PermissionState::Unknown, error.isEmpty() ? Text::tr("HTTP %1").arg(status) : error};
}

QString permissionLabels(const QString &acceptedPermissions)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("actions"), QStringLiteral("Actions")}, {QStringLiteral("contents"), QStringLiteral("Contents")},
        {QStringLiteral("checks"), QStringLiteral("Checks")}, {QStringLiteral("statuses"), QStringLiteral("Commit statuses")},
        {QStringLiteral("secrets"), QStringLiteral("Secrets")}, {QStringLiteral("administration"), QStringLiteral("Administration")},
        {QStringLiteral("metadata"), QStringLiteral("Metadata")}};
    QStringList labels;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &part : acceptedPermissions.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString level = part.section(QLatin1Char('='), 1).trimmed();
        labels << QStringLiteral("%1: %2").arg(names.value(name, name),
                                               level == QLatin1String("write") ? Text::tr("Read and write") : Text::tr("Read-only"));
    }
    return labels.join(QStringLiteral(", "));
}

QList<PermissionProbe> TokenPermissionsCheck::withState(PermissionState state) const
{
    QList<PermissionProbe> result;
    for (const auto &[probe, answer] : answers) {
        if (answer.state == state)
            result.append(probe);
    }
    return result;
}

QString TokenPermissionsCheck::fix() const
{
    QStringList labels;
    for (const PermissionProbe &probe : missing())
        labels << probe.label;
    if (labels.isEmpty())
        return {};
    if (classic)
        return Text::tr("this classic token cannot reach everything: give it the repo scope, or better use a fine-grained "
                        "token for the repository with: %1").arg(labels.join(QStringLiteral("; ")));
    return Text::tr("on github.com → Settings → Developer settings → Fine-grained tokens → this token → Repository "
                    "permissions, grant: %1; then check again").arg(labels.join(QStringLiteral("; ")));
}

void checkTokenPermissions(GitHubClient *client, const Profile &profile, QObject *context,
                           std::function<void(const TokenPermissionsCheck &)> done)
{
    askNext(client, std::make_shared<TokenPermissionsCheck>(), permissionProbes(profile), context, std::move(done));
}

} // namespace Stratum
