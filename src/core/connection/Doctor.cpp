#include "Doctor.h"

#include "core/environments/EnvironmentHosts.h"
#include "core/releases/ReleaseLog.h"

#include "core/keychain/Vault.h"

#include <QCoreApplication>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Doctor)
};

CheckStep missingStep(const QString &id, const QString &title, const QString &found, const QString &fix)
{
    CheckStep step;
    step.id = id;
    step.title = title;
    step.state = CheckStep::State::Failed;
    step.found << found;
    step.fixes << fix;
    return step;
}

QString namesOf(const QList<HostEntry> &hosts)
{
    QStringList names;
    for (const HostEntry &host : hosts)
        names << host.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

Doctor::Doctor(const Profile &profile, Vault *vault, QObject *parent)
    : QObject(parent), m_profile(profile), m_vault(vault)
{
}

bool Doctor::allPassed() const
{
    return !m_keychainFailed && std::all_of(m_steps.cbegin(), m_steps.cend(), [](const CheckStep &s) { return s.passed(); });
}

void Doctor::report(const CheckStep &step)
{
    m_steps.append(step);
    Q_EMIT stepChecked(step);
}

void Doctor::finishWith(const CheckStep &step)
{
    m_keychainFailed = true;
    report(step);
    Q_EMIT finished();
}

void Doctor::run(const QString &hostName)
{
    m_steps.clear();
    m_vault->loadHosts(this, [this, hostName](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            finishWith(missingStep(QStringLiteral("keychain"), Text::tr("Keychain"), hosts.error.message,
                                   Text::tr("unlock the keychain and run again")));
            return;
        }
        m_hosts = hosts.value;
        const HostEntry *chosen = nullptr;
        for (const HostEntry &host : std::as_const(m_hosts)) {
            if (host.name == hostName || (hostName.isEmpty() && m_hosts.size() == 1))
                chosen = &host;
        }
        if (!chosen) {
            const QString found = m_hosts.isEmpty() ? Text::tr("no droplet is set up")
                                                    : Text::tr("no host named \"%1\" (set up: %2)").arg(hostName, namesOf(m_hosts));
            report(missingStep(QStringLiteral("host-key"), Text::tr("Host key"), found,
                               m_hosts.isEmpty() ? Text::tr("add it: the connection assistant (Settings → Add droplet…), or "
                                                            "stratumctl host add NAME --address ADDR")
                                                 : Text::tr("name one with --host")));
            checkTokens();
            return;
        }
        checkHost(*chosen);
    });
}

namespace {
constexpr qsizetype newestKnownGoodChecked = 3;
}

void Doctor::checkHost(const HostEntry &host)
{
    readHostKey(host, m_profile, this, [this, host](const HostKeyReading &reading) {
        report(reading.step);
        if (reading.verdict != HostKeyVerdict::Trusted) {
            CheckStep skipped;
            skipped.id = QStringLiteral("droplet");
            skipped.title = Text::tr("Droplet");
            skipped.found << Text::tr("not tested: the host key is not trusted");
            report(skipped);
            checkTokens();
            return;
        }
        m_vault->readSecret(SecretNames::sshPassphrasePrefix() + host.name, this,
                            [this, host](const Vault::Result<QString> &passphrase) {
            if (!passphrase.error.ok() && !passphrase.error.notFound()) {
                finishWith(missingStep(QStringLiteral("keychain"), Text::tr("Keychain"), passphrase.error.message,
                                       Text::tr("unlock the keychain and run again")));
                return;
            }
            // The newest known-good releases: the way back should not need the registry.
            m_vault->loadReleaseLog(m_profile.id, this, [this, host, passphrase](const Vault::Result<ReleaseLog> &log) {
                QStringList knownGood;
                for (const ReleaseEntry &entry : log.value.without(hostsOfOtherEnvironments(m_profile, host.name)).knownGood()) {
                    if (!knownGood.contains(entry.sha) && knownGood.size() < newestKnownGoodChecked)
                        knownGood << entry.sha;
                }
                testDroplet(host, passphrase.value.toUtf8(), m_profile, this, [this](const CheckStep &step) {
                    report(step);
                    checkTokens();
                }, knownGood);
            });
        });
    });
}

void Doctor::checkTokens()
{
    m_vault->readSecret(SecretNames::githubToken(), this, [this](const Vault::Result<QString> &token) {
        if (!token.error.ok() && !token.error.notFound()) {
            finishWith(missingStep(QStringLiteral("keychain"), Text::tr("Keychain"), token.error.message,
                                   Text::tr("unlock the keychain and run again")));
            return;
        }
        auto ghcr = [this]() {
            m_vault->readSecret(SecretNames::ghcrUsername(), this, [this](const Vault::Result<QString> &user) {
                m_vault->readSecret(SecretNames::ghcrToken(), this, [this, user](const Vault::Result<QString> &ghcrToken) {
                    if (user.value.isEmpty() || ghcrToken.value.isEmpty()) {
                        report(missingStep(QStringLiteral("ghcr"), Text::tr("GHCR login"), Text::tr("no GHCR user name or token stored"),
                                           Text::tr("store them: Settings, or stratumctl secrets set ghcr-username / ghcr-token")));
                        checkRotation();
                        return;
                    }
                    checkGhcr(user.value, ghcrToken.value.toUtf8(), m_profile, this, [this](const CheckStep &step) {
                        report(step);
                        checkRotation();
                    });
                });
            });
        };
        if (token.value.isEmpty()) {
            report(missingStep(QStringLiteral("github-token"), Text::tr("GitHub token"), Text::tr("no GitHub token stored"),
                               Text::tr("store a fine-grained token: Settings, or stratumctl secrets set github-token < token.txt")));
            ghcr();
            return;
        }
        checkGitHubToken(token.value.toUtf8(), m_profile, this, [this, ghcr](const CheckStep &step) {
            report(step);
            ghcr();
        });
    });
}

void Doctor::checkRotation()
{
    readRotationReminders(m_vault, m_profile.timing.credentialRotationDays, this,
                          [this](const KeychainError &error, const QList<RotationReminder> &reminders) {
        if (!error.ok()) {
            finishWith(missingStep(QStringLiteral("keychain"), Text::tr("Keychain"), error.message,
                                   Text::tr("unlock the keychain and run again")));
            return;
        }
        report(assessRotation(reminders));
        Q_EMIT finished();
    });
}

} // namespace Stratum
