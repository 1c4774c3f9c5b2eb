// stratumctl host add | list | remove | trust, secrets set | status
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"
#include "core/ssh/RemoteHosts.h"
#include "core/ssh/SshSession.h"

#include <QFile>
#include <QLocale>
#include <QJsonArray>
#include <QJsonObject>

namespace Stratum {

namespace {

struct AddOptions {
    QString name;
    QString address;
    int port = 22;
    QString user = QStringLiteral("root");
    QString key;
    bool agent = false;
    QString role = QStringLiteral("production");
    QString colour;
};

struct RoleOptions {
    QString name;
    QString role;
    QString colour;
};

struct NameOptions {
    QString name;
};

struct TrustOptions {
    QString name;
    QString fingerprint;
};

struct SetKeyOptions {
    QString name;
    QString key;
    bool agent = false;
};

struct SecretOptions {
    QString name;
    QStringList valueOnTheCommandLine; // refused: a secret is read from standard input
};

class HostCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void add(const AddOptions &o);
    void list(const NoOptions &);
    void remove(const NameOptions &o);
    void setRole(const RoleOptions &o);
    void trust(const TrustOptions &o);
    void setKey(const SetKeyOptions &o);
    void setSecret(const SecretOptions &o);
    void secretsStatus(const NoOptions &);
};

} // namespace

QList<CommandSpec> hostCommands()
{
    using C = HostCommands;
    const QString name = QStringLiteral("NAME");
    return {
        Command<C, AddOptions>(QStringLiteral("host add"), QT_TRANSLATE_NOOP("Stratum::Cli", "add a droplet (kept in the keychain)"),
                               keychainNeeds)
            .argument(name, &AddOptions::name)
            .text(QStringLiteral("address"), QStringLiteral("ADDR"), &AddOptions::address).required()
            .number(QStringLiteral("port"), QStringLiteral("N"), &AddOptions::port)
            .text(QStringLiteral("user"), QStringLiteral("USER"), &AddOptions::user)
            .text(QStringLiteral("key"), QStringLiteral("PATH"), &AddOptions::key)
            .flag(QStringLiteral("agent"), &AddOptions::agent)
            .choice(QStringLiteral("role"), {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("rehearsal")}, &AddOptions::role)
            .text(QStringLiteral("colour"), QStringLiteral("#RRGGBB"), &AddOptions::colour)
            .synopsis(QStringLiteral("NAME --address ADDR [--port N] [--user USER] [--key PATH | --agent]\n"
                                     "                 [--role production|staging|rehearsal] [--colour #RRGGBB]"))
            .runs(&C::add),
        Command<C, RoleOptions>(QStringLiteral("host role"),
                                QT_TRANSLATE_NOOP("Stratum::Cli", "what a droplet is for (production, staging, rehearsal) and its colour "
                                                                  "on the window, the strip, the tray and every confirmation"),
                                keychainNeeds)
            .argument(name, &RoleOptions::name)
            .argument(QStringLiteral("ROLE"), &RoleOptions::role)
            .text(QStringLiteral("colour"), QStringLiteral("#RRGGBB"), &RoleOptions::colour)
            .synopsis(QStringLiteral("NAME production|staging|rehearsal [--colour #RRGGBB]"))
            .runs(&C::setRole),
        Command<C, NoOptions>(QStringLiteral("host list"), QT_TRANSLATE_NOOP("Stratum::Cli", "the droplets that are set up"), keychainNeeds)
            .runs(&C::list),
        Command<C, NameOptions>(QStringLiteral("host remove"), QT_TRANSLATE_NOOP("Stratum::Cli", "remove a droplet and its key passphrase"),
                                keychainNeeds)
            .argument(name, &NameOptions::name)
            .synopsis(name)
            .runs(&C::remove),
        Command<C, TrustOptions>(QStringLiteral("host trust"),
                                 QT_TRANSLATE_NOOP("Stratum::Cli",
                                                   "trust the droplet's host key, after comparing it with the droplet's console"),
                                 dropletNeeds)
            .argument(name, &TrustOptions::name)
            .text(QStringLiteral("fingerprint"), QStringLiteral("SHA256:…"), &TrustOptions::fingerprint).required()
            .synopsis(QStringLiteral("NAME --fingerprint SHA256:…"))
            .runs(&C::trust),
        Command<C, SetKeyOptions>(QStringLiteral("host set-key"),
                                  QT_TRANSLATE_NOOP("Stratum::Cli",
                                                    "the deploy key was replaced (rotated): log in with this one and record the date"),
                                  keychainNeeds)
            .argument(name, &SetKeyOptions::name)
            .text(QStringLiteral("key"), QStringLiteral("PATH"), &SetKeyOptions::key)
            .flag(QStringLiteral("agent"), &SetKeyOptions::agent)
            .synopsis(QStringLiteral("NAME --key PATH | --agent"))
            .runs(&C::setKey),
        Command<C, SecretOptions>(QStringLiteral("secrets set"),
                                  QT_TRANSLATE_NOOP("Stratum::Cli",
                                                    "store a secret: the value is read from standard input, never from the command line"),
                                  keychainNeeds)
            .argument(name, &SecretOptions::name)
            .rest(QStringLiteral("VALUE"), &SecretOptions::valueOnTheCommandLine)
            .synopsis(name)
            .runs(&C::setSecret),
        Command<C, NoOptions>(QStringLiteral("secrets status"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "which secrets are set (never their values)"), keychainNeeds)
            .runs(&C::secretsStatus),
    };
}

void HostCommands::add(const AddOptions &o)
{
    HostEntry host;
    host.name = o.name;
    host.address = o.address;
    host.user = o.user;
    host.port = o.port;
    host.keyPath = o.key;
    host.useAgent = host.keyPath.isEmpty() || o.agent;
    host.keySetAt = QDateTime::currentDateTimeUtc();
    host.role = parseHostRole(o.role).value_or(HostRole::Production);
    host.colour = o.colour;
    const QString problem = validateHostEntry(host);
    if (!problem.isEmpty()) {
        fail(ExitCode::Usage, problem);
        return;
    }
    core().vault()->loadHosts(context(), [this, host](const Vault::Result<QList<HostEntry>> &loaded) {
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
        core().vault()->saveHosts(hosts, context(), [this, host](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            print(tr("added host \"%1\" (stored in the keychain)").arg(host.name));
            finish(ExitCode::Success);
        });
    });
}

void HostCommands::list(const NoOptions &)
{
    core().vault()->loadHosts(context(), [this](const Vault::Result<QList<HostEntry>> &loaded) {
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
                                         {QStringLiteral("role"), hostRoleId(host.role)},
                                         {QStringLiteral("colour"), host.shownColour()},
                                         {QStringLiteral("trustedHostKeys"), keys}});
            }
            printJson(array);
        } else if (loaded.value.isEmpty()) {
            print(tr("no hosts; add one with: stratumctl host add NAME --address ADDR"));
        } else {
            for (const HostEntry &host : loaded.value) {
                print(QStringLiteral("%1  %7  %2@%3:%4  %5  %6")
                          .arg(host.name.leftJustified(16), host.user, host.address)
                          .arg(host.port)
                          .arg(host.useAgent && host.keyPath.isEmpty() ? tr("ssh-agent")
                                                                       : tr("key %1").arg(host.keyPath))
                          .arg(tr("%n trusted host key(s)", nullptr, static_cast<int>(host.trustedKeys.size())))
                          .arg(hostRoleLabel(host.role).leftJustified(10)));
            }
        }
        finish(ExitCode::Success);
    });
}

void HostCommands::setRole(const RoleOptions &o)
{
    const std::optional<HostRole> role = parseHostRole(o.role);
    if (!role) {
        fail(ExitCode::Usage, tr("unknown role \"%1\"; use production, staging or rehearsal").arg(o.role));
        return;
    }
    if (const QString problem = validateRoleColour(o.colour); !problem.isEmpty()) {
        fail(ExitCode::Usage, problem);
        return;
    }
    core().vault()->loadHosts(context(), [this, name = o.name, role = *role, colour = o.colour](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        QList<HostEntry> hosts = loaded.value;
        auto host = std::find_if(hosts.begin(), hosts.end(), [&name](const HostEntry &entry) { return entry.name == name; });
        if (host == hosts.end()) {
            fail(ExitCode::Usage, tr("no host named \"%1\" (stratumctl host list)").arg(name));
            return;
        }
        host->role = role;
        host->colour = colour;
        const HostEntry changed = *host;
        core().vault()->saveHosts(hosts, context(), [this, changed](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            print(tr("%1 is %2 (%3)").arg(changed.name, hostRoleLabel(changed.role), changed.shownColour()));
            finish(ExitCode::Success);
        });
    });
}

void HostCommands::remove(const NameOptions &o)
{
    const QString name = o.name;
    core().vault()->loadHosts(context(), [this, name](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        QList<HostEntry> hosts = loaded.value;
        if (hosts.removeIf([&name](const HostEntry &host) { return host.name == name; }) == 0) {
            fail(ExitCode::Usage, tr("no host named \"%1\"").arg(name));
            return;
        }
        core().vault()->saveHosts(hosts, context(), [this, name](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            // Its key passphrase goes with it.
            core().vault()->removeSecret(SecretNames::sshPassphrasePrefix() + name, context(),
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

void HostCommands::trust(const TrustOptions &o)
{
    const QString name = o.name;
    const QString fingerprint = o.fingerprint;
    if (!isFingerprint(fingerprint)) {
        fail(ExitCode::Usage, tr("--fingerprint must be the SHA256:… string that ssh-keygen -lf prints"));
        return;
    }
    withHost(name, [this, fingerprint](const HostEntry &host, QList<HostEntry> hosts) {
        auto *session = new SshSession(sshTargetFor(host, core().profile()), context());
        session->setHostKeyOnly(true);
        QObject::connect(session, &SshSession::failed, context(), [this](const SshError &error) {
            fail(error.isHostKeyProblem() ? ExitCode::Refused : ExitCode::Failed, error.message);
        });
        QObject::connect(session, &SshSession::hostKeyRead, context(), [this, fingerprint, host, hosts](const HostKeyInfo &key) mutable {
            if (key.fingerprint != fingerprint) {
                fail(ExitCode::Refused, tr("%1 presents %2 %3, not %4: not trusted. Check the fingerprint on the "
                                           "droplet's console.").arg(host.name, key.type, key.fingerprint, fingerprint));
                return;
            }
            trustHostKey(hosts, host.name, key);
            core().vault()->saveHosts(hosts, context(), [this, host, key](const KeychainError &error) {
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

void HostCommands::setKey(const SetKeyOptions &o)
{
    const QString name = o.name;
    const QString keyPath = o.key;
    const bool agent = o.agent;
    if (keyPath.isEmpty() == !agent) {
        fail(ExitCode::Usage, tr("give the new key with --key PATH, or --agent for the key in ssh-agent"));
        return;
    }
    core().vault()->loadHosts(context(), [this, name, keyPath, agent](const Vault::Result<QList<HostEntry>> &loaded) {
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
        core().vault()->saveHosts(hosts, context(), [this, name](const KeychainError &error) {
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

void HostCommands::setSecret(const SecretOptions &o)
{
    if (!o.valueOnTheCommandLine.isEmpty()) {
        fail(ExitCode::Usage, tr("secrets set takes the value from standard input only, never from the command line"));
        return;
    }
    const QString name = o.name;
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
    core().vault()->writeSecret(name, value, context(), [this, name](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        print(tr("stored %1 in the keychain").arg(name));
        finish(ExitCode::Success);
    });
    value.fill('\0');
}

void HostCommands::secretsStatus(const NoOptions &)
{
    core().vault()->loadHosts(context(), [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            failKeychain(hosts.error);
            return;
        }
        QStringList names = SecretNames::fixed();
        for (const HostEntry &host : hosts.value)
            names << SecretNames::sshPassphrasePrefix() + host.name;
        core().vault()->secretStatus(names, context(), [this, names](const Vault::Result<QMap<QString, bool>> &status) {
            if (!status.error.ok()) {
                failKeychain(status.error);
                return;
            }
            core().vault()->loadSecretDates(names, context(), [this, names, status](const Vault::Result<QMap<QString, QDateTime>> &dates) {
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
