#include "CredentialAge.h"

#include "core/hosts/HostEntry.h"
#include "core/keychain/Vault.h"

#include <QCoreApplication>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::CredentialAge)
};

QString labelOf(const Credential &credential)
{
    switch (credential.kind) {
    case Credential::Kind::GitHubToken:
        return Text::tr("the GitHub token");
    case Credential::Kind::GhcrToken:
        return Text::tr("the GHCR token");
    case Credential::Kind::DeployKey:
        return Text::tr("the deploy key of %1").arg(credential.name);
    }
    return {};
}

QString stepsOf(const Credential &credential)
{
    switch (credential.kind) {
    case Credential::Kind::GitHubToken:
        return Text::tr("On github.com → Settings → Developer settings → Fine-grained tokens: regenerate the token (same "
                        "repository and permissions), then store it: Settings → GitHub token, or "
                        "stratumctl secrets set github-token < token.txt. Check it with stratumctl doctor.");
    case Credential::Kind::GhcrToken:
        return Text::tr("Create a classic token with only read:packages; on the droplet run docker login ghcr.io -u USER "
                        "with it; update the GHCR_TOKEN Actions secret; store it here (Settings, or stratumctl secrets "
                        "set ghcr-token < token.txt); then revoke the old token (runbook §8.1, §8.2).");
    case Credential::Kind::DeployKey:
        return Text::tr("ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519_new on this Mac; add the .pub line to the droplet's "
                        "/root/.ssh/authorized_keys; update the DROPLET_SSH_KEY Actions secret; switch the host to the new "
                        "key (stratumctl host set-key %1 --key ~/.ssh/id_ed25519_new); check with stratumctl doctor; then "
                        "remove the old line from authorized_keys (runbook §1.1, §8.2).").arg(credential.name);
    }
    return {};
}

QString recordHintOf(const Credential &credential)
{
    if (credential.kind == Credential::Kind::DeployKey)
        return Text::tr("stratumctl host set-key %1 --key PATH (or --agent) records the date").arg(credential.name);
    const QString secret = credential.kind == Credential::Kind::GitHubToken ? QStringLiteral("github-token")
                                                                              : QStringLiteral("ghcr-token");
    return Text::tr("storing it again (stratumctl secrets set %1) records the date").arg(secret);
}

} // namespace

QList<Credential> credentialsOf(const QList<HostEntry> &hosts, bool githubTokenSet, bool ghcrTokenSet)
{
    QList<Credential> credentials;
    if (githubTokenSet)
        credentials.append({Credential::Kind::GitHubToken, QStringLiteral("github-token"), {}});
    if (ghcrTokenSet)
        credentials.append({Credential::Kind::GhcrToken, QStringLiteral("ghcr-token"), {}});
    for (const HostEntry &host : hosts)
        credentials.append({Credential::Kind::DeployKey, host.name, host.keySetAt});
    return credentials;
}

RotationReminder rotationReminder(const Credential &credential, int intervalDays, const QDateTime &now)
{
    RotationReminder reminder;
    reminder.credential = credential;
    reminder.label = labelOf(credential);
    reminder.steps = stepsOf(credential);
    if (!credential.setAt.isValid()) {
        reminder.recordHint = recordHintOf(credential);
        reminder.message = Text::tr("%1: when it was set is not recorded; %2").arg(reminder.label, reminder.recordHint);
        return reminder;
    }
    reminder.ageDays = static_cast<int>(std::max<qint64>(0, credential.setAt.secsTo(now) / 86400));
    reminder.due = reminder.ageDays >= intervalDays;
    reminder.message = reminder.due
        ? Text::tr("%1 was set %n day(s) ago: rotation is due (every %2 days, runbook §8.2)", nullptr, reminder.ageDays)
              .arg(reminder.label).arg(intervalDays)
        : Text::tr("%1 was set %n day(s) ago (rotate every %2 days)", nullptr, reminder.ageDays)
              .arg(reminder.label).arg(intervalDays);
    return reminder;
}

QList<RotationReminder> rotationReminders(const QList<Credential> &credentials, int intervalDays, const QDateTime &now)
{
    QList<RotationReminder> reminders;
    for (const Credential &credential : credentials)
        reminders.append(rotationReminder(credential, intervalDays, now));
    return reminders;
}

int dueCount(const QList<RotationReminder> &reminders)
{
    return static_cast<int>(std::count_if(reminders.cbegin(), reminders.cend(), [](const RotationReminder &r) { return r.due; }));
}

void readRotationReminders(Vault *vault, int intervalDays, QObject *context,
                           std::function<void(const KeychainError &, const QList<RotationReminder> &)> done)
{
    const QStringList names{SecretNames::githubToken(), SecretNames::ghcrToken()};
    vault->loadHosts(context, [vault, names, intervalDays, context, done](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            done(hosts.error, {});
            return;
        }
        vault->secretStatus(names, context, [vault, names, hosts, intervalDays, context, done](const Vault::Result<QMap<QString, bool>> &status) {
            if (!status.error.ok()) {
                done(status.error, {});
                return;
            }
            vault->loadSecretDates(names, context, [hosts, status, intervalDays, done](const Vault::Result<QMap<QString, QDateTime>> &dates) {
                if (!dates.error.ok()) {
                    done(dates.error, {});
                    return;
                }
                QList<Credential> credentials = credentialsOf(hosts.value, status.value.value(SecretNames::githubToken()),
                                                              status.value.value(SecretNames::ghcrToken()));
                for (Credential &credential : credentials) {
                    if (credential.kind != Credential::Kind::DeployKey)
                        credential.setAt = dates.value.value(credential.name);
                }
                done({}, rotationReminders(credentials, intervalDays, QDateTime::currentDateTimeUtc()));
            });
        });
    });
}

} // namespace Stratum
