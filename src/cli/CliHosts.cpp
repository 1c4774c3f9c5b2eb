// stratumctl host add | list | remove | trust, secrets set | status
#include "cli/Cli.h"

#include "core/app/CoreContext.h"
#include "core/ssh/RemoteHosts.h"
#include "core/ssh/SshSession.h"

#include <QFile>
#include <QLocale>
#include <QJsonArray>
#include <QJsonObject>

namespace Stratum {

void Cli::hostAdd()
{
    HostEntry host;
    host.name = argument(0);
    host.address = value(QStringLiteral("address"));
    host.user = value(QStringLiteral("user"), QStringLiteral("root"));
    bool portOk = true;
    host.port = value(QStringLiteral("port"), QStringLiteral("22")).toInt(&portOk);
    host.keyPath = value(QStringLiteral("key"));
    host.useAgent = host.keyPath.isEmpty() || flag(QStringLiteral("agent"));
    host.keySetAt = QDateTime::currentDateTimeUtc();
    const QString problem = portOk ? validateHostEntry(host) : tr("port must be a number");
    if (!problem.isEmpty()) {
        fail(ExitCode::Usage, problem);
        return;
    }
    core().vault()->loadHosts(this, [this, host](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        QList<HostEntry> hosts = loaded.value;
        for (const HostEntry &existing : hosts) {
            if (existing.name == host.name) {
                fail(ExitCode::Usage, tr("a host named \"%1\" exists already; remove it first").arg(host.name));
                return;
            }
        }
        hosts.append(host);
        core().vault()->saveHosts(hosts, this, [this, host](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            print(tr("added host \"%1\" (stored in the keychain)").arg(host.name));
            finish(ExitCode::Success);
        });
    });
}

void Cli::hostList()
{
    core().vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        if (json()) {
            QJsonArray array;
            for (const HostEntry &host : loaded.value) {
                QJsonArray keys;
                for (const TrustedHostKey &key : host.trustedKeys)
                    keys.append(QString(key.type + QLatin1Char(' ') + key.fingerprint));
                array.append(QJsonObject{{QStringLiteral("name"), host.name},
                                         {QStringLiteral("address"), host.address},
                                         {QStringLiteral("port"), host.port},
                                         {QStringLiteral("user"), host.user},
                                         {QStringLiteral("auth"), host.useAgent ? QStringLiteral("ssh-agent")
                                                                                : QStringLiteral("key")},
                                         {QStringLiteral("keyPath"), host.keyPath},
                                         {QStringLiteral("trustedHostKeys"), keys}});
            }
            printJson(array);
        } else if (loaded.value.isEmpty()) {
            print(tr("no hosts; add one with: stratumctl host add NAME --address ADDR"));
        } else {
            for (const HostEntry &host : loaded.value) {
                print(QStringLiteral("%1  %2@%3:%4  %5  %6")
                          .arg(host.name.leftJustified(16), host.user, host.address)
                          .arg(host.port)
                          .arg(host.useAgent && host.keyPath.isEmpty() ? tr("ssh-agent")
                                                                       : tr("key %1").arg(host.keyPath))
                          .arg(tr("%n trusted host key(s)", nullptr, static_cast<int>(host.trustedKeys.size()))));
            }
        }
        finish(ExitCode::Success);
    });
}

void Cli::hostRemove()
{
    const QString name = argument(0);
    core().vault()->loadHosts(this, [this, name](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        QList<HostEntry> hosts = loaded.value;
        if (hosts.removeIf([&name](const HostEntry &host) { return host.name == name; }) == 0) {
            fail(ExitCode::Usage, tr("no host named \"%1\"").arg(name));
            return;
        }
        core().vault()->saveHosts(hosts, this, [this, name](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            // Its key passphrase goes with it.
            core().vault()->removeSecret(SecretNames::sshPassphrasePrefix() + name, this,
                                         [this, name](const KeychainError &removeError) {
                if (!removeError.ok()) {
                    failKeychain(removeError);
                    return;
                }
                print(tr("removed host \"%1\"").arg(name));
                finish(ExitCode::Success);
            });
        });
    });
}

void Cli::hostTrust()
{
    const QString name = argument(0);
    const QString fingerprint = value(QStringLiteral("fingerprint"));
    if (!isFingerprint(fingerprint)) {
        fail(ExitCode::Usage, tr("--fingerprint must be the SHA256:… string that ssh-keygen -lf prints"));
        return;
    }
    m_invocation.values.insert(QStringLiteral("host"), name);
    withHost([this, fingerprint](const HostEntry &host, QList<HostEntry> hosts) {
        auto *session = new SshSession(sshTargetFor(host, core().profile()), this);
        session->setHostKeyOnly(true);
        connect(session, &SshSession::failed, this, [this](const SshError &error) {
            fail(error.isHostKeyProblem() ? ExitCode::Refused : ExitCode::Failed, error.message);
        });
        connect(session, &SshSession::hostKeyRead, this, [this, fingerprint, host, hosts](const HostKeyInfo &key) mutable {
            if (key.fingerprint != fingerprint) {
                fail(ExitCode::Refused, tr("%1 presents %2 %3, not %4: not trusted. Check the fingerprint on the "
                                           "droplet's console.").arg(host.name, key.type, key.fingerprint, fingerprint));
                return;
            }
            trustHostKey(hosts, host.name, key);
            core().vault()->saveHosts(hosts, this, [this, host, key](const KeychainError &error) {
                if (!error.ok()) {
                    failKeychain(error);
                    return;
                }
                print(tr("trusted %1 %2 for %3 (kept in the keychain)").arg(key.type, key.fingerprint, host.name));
                finish(ExitCode::Success);
            });
        });
        session->open();
    });
}

void Cli::hostSetKey()
{
    const QString name = argument(0);
    const QString keyPath = value(QStringLiteral("key"));
    const bool agent = flag(QStringLiteral("agent"));
    if (keyPath.isEmpty() == !agent) {
        fail(ExitCode::Usage, tr("give the new key with --key PATH, or --agent for the key in ssh-agent"));
        return;
    }
    core().vault()->loadHosts(this, [this, name, keyPath, agent](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        QList<HostEntry> hosts = loaded.value;
        HostEntry *host = nullptr;
        for (HostEntry &entry : hosts) {
            if (entry.name == name)
                host = &entry;
        }
        if (!host) {
            fail(ExitCode::Usage, tr("no host named \"%1\"").arg(name));
            return;
        }
        host->keyPath = keyPath;
        host->useAgent = agent;
        host->keySetAt = QDateTime::currentDateTimeUtc();
        const QString problem = validateHostEntry(*host);
        if (!problem.isEmpty()) {
            fail(ExitCode::Usage, problem);
            return;
        }
        core().vault()->saveHosts(hosts, this, [this, name](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            print(tr("%1 logs in with the new key from now on; rotation recorded today. Check it with: stratumctl doctor --host %1")
                      .arg(name));
            finish(ExitCode::Success);
        });
    });
}

void Cli::secretsSet()
{
    if (m_invocation.arguments.size() > 1) {
        fail(ExitCode::Usage, tr("secrets set takes the value from standard input only, never from the command line"));
        return;
    }
    const QString name = argument(0);
    if (!SecretNames::isValid(name)) {
        fail(ExitCode::Usage, tr("unknown secret \"%1\"; use one of: %2, ssh-passphrase/HOST")
                                  .arg(name, SecretNames::fixed().join(QStringLiteral(", "))));
        return;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(ExitCode::Usage, tr("cannot read standard input"));
        return;
    }
    QByteArray value = input.readAll();
    while (value.endsWith('\n') || value.endsWith('\r'))
        value.chop(1);
    if (value.isEmpty()) {
        fail(ExitCode::Usage, tr("no value on standard input; pipe it in, e.g. stratumctl secrets set %1 < file")
                                  .arg(name));
        return;
    }
    core().vault()->writeSecret(name, value, this, [this, name](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        print(tr("stored %1 in the keychain").arg(name));
        finish(ExitCode::Success);
    });
    value.fill('\0');
}

void Cli::secretsStatus()
{
    core().vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            failKeychain(hosts.error);
            return;
        }
        QStringList names = SecretNames::fixed();
        for (const HostEntry &host : hosts.value)
            names << SecretNames::sshPassphrasePrefix() + host.name;
        core().vault()->secretStatus(names, this, [this, names](const Vault::Result<QMap<QString, bool>> &status) {
            if (!status.error.ok()) {
                failKeychain(status.error);
                return;
            }
            core().vault()->loadSecretDates(names, this, [this, names, status](const Vault::Result<QMap<QString, QDateTime>> &dates) {
                if (!dates.error.ok()) {
                    failKeychain(dates.error);
                    return;
                }
                if (json()) {
                    QJsonObject object;
                    for (const QString &name : names)
                        object.insert(name, status.value.value(name));
                    printJson(object);
                } else {
                    for (const QString &name : names) {
                        const QDateTime setAt = dates.value.value(name);
                        print(name.leftJustified(28) + (status.value.value(name) ? tr("set") : tr("not set"))
                              + (status.value.value(name) && setAt.isValid()
                                     ? tr("  (since %1)").arg(QLocale().toString(setAt.toLocalTime().date(), QLocale::ShortFormat))
                                     : QString()));
                    }
                }
                finish(ExitCode::Success);
            });
        });
    });
}

} // namespace Stratum
