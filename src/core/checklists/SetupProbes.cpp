#include "SetupProbes.h"

#include "core/droplet/RemoteCommands.h"
#include "core/github/GitHubAccess.h"
#include "core/github/GitHubClient.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHost.h"
#include "core/ssh/RemoteHosts.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::SetupProbes)
};

} // namespace

bool ProtectionCheck::allMet() const
{
    return report.pullRequestRequired == RuleState::Met && report.approvalRequired == RuleState::Met
        && report.statusChecksRequired == RuleState::Met && report.directPushesRestricted == RuleState::Met;
}

bool ProductionEnvCheck::passed() const
{
    return error.isEmpty()
        && std::none_of(findings.cbegin(), findings.cend(), [](const EnvFinding &f) { return f.severity == EnvFinding::Severity::Problem; });
}

void checkProtection(GitHubClient *github, const Profile &profile, QObject *context, std::function<void(const ProtectionCheck &)> done)
{
    const QString repo = profile.githubApiRepoPath();
    const QString branch = profile.github.branch;
    github->get(repo + QStringLiteral("/branches/%1/protection").arg(branch), context, [github, context, repo, branch, done](const GitHubResponse &classic) {
        github->get(repo + QStringLiteral("/rules/branches/") + branch, context, [classic, done](const GitHubResponse &rules) {
            ProtectionCheck check;
            check.report = evaluateProtection(classic.ok() ? 200 : classic.status, classic.json.object(),
                                              rules.ok() ? 200 : rules.status, rules.json.array());
            check.classicStatus = classic.status;
            check.acceptedPermissions = classic.acceptedPermissions;
            done(check);
        });
    });
}

void checkActionsSecrets(GitHubClient *github, const Profile &profile, QObject *context, std::function<void(const SecretsCheck &)> done)
{
    github->getAll(profile.githubApiRepoPath() + QStringLiteral("/actions/secrets"), QStringLiteral("secrets"), context,
                   [&profile, done](const GitHubResponse &secrets) {
        SecretsCheck check;
        check.status = secrets.status;
        if (!secrets.ok()) {
            check.error = secrets.error;
            done(check);
            return;
        }
        for (const QJsonValue &secret : secrets.items)
            check.present << secret.toObject().value(QStringLiteral("name")).toString();
        for (const QString &name : profile.github.requiredSecrets) {
            if (!check.present.contains(name))
                check.missing << name;
        }
        done(check);
    });
}

void lintProductionEnv(RemoteHost *remote, const Profile &profile, QObject *context, std::function<void(const ProductionEnvCheck &)> done,
                       Redactor *collectSecrets)
{
    const RemoteCommands commands(profile, remote->target().label);
    const QString read = commands.inAppDir(QStringLiteral("if [ -e .env ]; then echo 'STRATUM_DOTENV_PRESENT=1'; fi; cat ")
                                           + shellQuote(profile.droplet.envFile));
    remote->run(read, std::chrono::seconds(profile.timing.stepSeconds), context,
                {{}, {}, [&profile, done, collectSecrets](const RemoteResult &result) {
        ProductionEnvCheck check;
        if (!result.exit.error.ok()) {
            check.error = result.exit.error.message;
            check.hostKeyProblem = result.exit.error.isHostKeyProblem();
            done(check);
            return;
        }
        if (result.exit.exitStatus != 0) {
            check.error = Text::tr("%1 is missing on the droplet: create it from the example (runbook §1.4)").arg(profile.droplet.envFile);
            done(check);
            return;
        }
        // The values live only for this check.
        QByteArray content = result.out;
        EnvFile env = parseEnvFile(content);
        content.fill('\0');
        const bool dotEnvOnDroplet = env.values.remove(QStringLiteral("STRATUM_DOTENV_PRESENT")) > 0;
        if (collectSecrets) {
            for (QString value : envSecretValues(env)) {
                collectSecrets->addSecret(value);
                value.fill(QLatin1Char('\0'));
            }
        }
        check.findings = lintEnv(env, EnvKind::Production, profile);
        if (dotEnvOnDroplet)
            check.findings.prepend({EnvFinding::Severity::Problem, QStringLiteral(".env"),
                                    Text::tr("a .env file exists on the droplet: production uses only %1; remove .env (runbook §2)")
                                        .arg(profile.droplet.envFile)});
        done(check);
    }});
}

SetupProbes::SetupProbes(const Profile &profile, QObject *parent) : QObject(parent), m_profile(profile)
{
}

QStringList SetupProbes::probes()
{
    return {QStringLiteral("github-actions-secrets"), QStringLiteral("github-branch-protection"), QStringLiteral("env-lint-production")};
}

void SetupProbes::setGitHub(GitHubClient *github, const QString &whyNot)
{
    m_github = github;
    m_githubMissing = whyNot;
}

void SetupProbes::setDroplet(RemoteHost *remote, const QString &whyNot)
{
    m_remote = remote;
    m_dropletMissing = whyNot;
}

void SetupProbes::prepare(const Checklist &list, GitHubAccess *github, RemoteHosts *hosts, const QString &hostName,
                          QObject *context, std::function<void()> then)
{
    bool needGitHub = false;
    bool needDroplet = false;
    for (const ChecklistItem &item : list.items) {
        if (item.kind == ChecklistItemKind::Automatic && runsHere(item)) {
            needGitHub |= item.probe.startsWith(QLatin1String("github-"));
            needDroplet |= !item.probe.startsWith(QLatin1String("github-"));
        }
    }
    auto withDroplet = [this, needDroplet, hosts, hostName, context, then]() {
        if (!needDroplet) {
            then();
            return;
        }
        if (hostName.isEmpty()) {
            setDroplet(nullptr, Text::tr("no droplet is set up: add it in Settings or with stratumctl host add"));
            then();
            return;
        }
        hosts->withHost(hostName, context, [this, then](RemoteHost *remote, const QString &error) {
            setDroplet(remote, error);
            then();
        });
    };
    if (!needGitHub) {
        withDroplet();
        return;
    }
    github->withClient(context, [this, withDroplet](GitHubClient *client, const GitHubAccessError &error) {
        setGitHub(client, error.noToken ? Text::tr("no GitHub token in the keychain") : error.message);
        withDroplet();
    });
}

void SetupProbes::run(const QString &probe, QObject *context, std::function<void(const LocalProbeResult &)> done)
{
    const bool onGitHub = probe.startsWith(QLatin1String("github-"));
    if (onGitHub && !m_github) {
        done({probe, false, m_githubMissing.isEmpty() ? Text::tr("no GitHub token in the keychain") : m_githubMissing});
        return;
    }
    if (probe == QLatin1String("github-actions-secrets")) {
        checkActionsSecrets(m_github, m_profile, context, [probe, done](const SecretsCheck &check) {
            if (!check.error.isEmpty())
                done({probe, false, check.error});
            else
                done({probe, check.missing.isEmpty(), check.missing.isEmpty() ? Text::tr("all present: %1").arg(check.present.join(QStringLiteral(", ")))
                                                                              : Text::tr("missing: %1").arg(check.missing.join(QStringLiteral(", ")))});
        });
    } else if (probe == QLatin1String("github-branch-protection")) {
        checkProtection(m_github, m_profile, context, [probe, done](const ProtectionCheck &check) {
            done({probe, check.allMet(), describeProtection(check.report)});
        });
    } else if (probe == QLatin1String("env-lint-production")) {
        if (!m_remote) {
            done({probe, false, m_dropletMissing.isEmpty() ? Text::tr("no droplet is set up") : m_dropletMissing});
            return;
        }
        lintProductionEnv(m_remote, m_profile, context, [probe, done](const ProductionEnvCheck &check) {
            QStringList problems;
            for (const EnvFinding &finding : check.findings) {
                if (finding.severity == EnvFinding::Severity::Problem)
                    problems << finding.key;
            }
            done({probe, check.passed(), !check.error.isEmpty() ? check.error
                                         : problems.isEmpty()   ? Text::tr("required keys present, no problem found")
                                                                : Text::tr("problems with: %1 (stratumctl env-lint --production says what to fix)")
                                                                      .arg(problems.join(QStringLiteral(", ")))});
        });
    } else {
        done({probe, false, Text::tr("not a setup probe")});
    }
}

} // namespace Stratum
