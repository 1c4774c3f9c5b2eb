#include "Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcCli, "stratum.cli")

namespace Stratum {

namespace {

const QStringList &flagNames()
{
    static const QStringList flags{QStringLiteral("json"), QStringLiteral("agent"), QStringLiteral("known-good"),
                                   QStringLiteral("without-smoke"), QStringLiteral("help"), QStringLiteral("version"),
                                   QStringLiteral("self-test"), QStringLiteral("force"), QStringLiteral("yes"),
                                   QStringLiteral("local"), QStringLiteral("production"),
                                   QStringLiteral("override-gates"), QStringLiteral("watch")};
    return flags;
}

QString releaseLine(const ReleaseEntry &entry)
{
    return QStringLiteral("%1  %2  %3  %4  %5%6")
        .arg(entry.sha, entry.time.toString(Qt::ISODate), entry.method.leftJustified(12),
             entry.result.leftJustified(11), entry.knownGood ? QStringLiteral("known-good") : QStringLiteral("-"),
             entry.note.isEmpty() ? QString() : QStringLiteral("  ") + entry.note);
}

QJsonObject releaseJson(const ReleaseEntry &entry)
{
    return QJsonObject{{QStringLiteral("sha"), entry.sha},
                       {QStringLiteral("time"), entry.time.toString(Qt::ISODate)},
                       {QStringLiteral("method"), entry.method},
                       {QStringLiteral("result"), entry.result},
                       {QStringLiteral("who"), entry.who},
                       {QStringLiteral("note"), entry.note},
                       {QStringLiteral("knownGood"), entry.knownGood},
                       {QStringLiteral("knownGoodReason"), entry.knownGoodReason},
                       {QStringLiteral("failedStep"), entry.failedStep},
                       {QStringLiteral("runUrl"), entry.runUrl}};
}

} // namespace

Cli::Cli(QStringList arguments, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{
}

void Cli::start()
{
    QTimer::singleShot(0, this, &Cli::dispatch);
}

bool Cli::parse(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            m_options.words << arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            m_options.words << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals > 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
            m_options.values.insert(name, value);
            continue;
        }
        if (flagNames().contains(name)) {
            m_options.flags << name;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            fail(ExitCode::Usage, tr("option --%1 needs a value").arg(name));
            return false;
        }
        m_options.values.insert(name, arguments.at(++i));
    }
    m_json = m_options.flags.contains(QStringLiteral("json"));
    m_profilePath = m_options.values.value(QStringLiteral("profile"));
    return true;
}

void Cli::dispatch()
{
    if (!parse(m_arguments.mid(1)))
        return;
    if (m_options.flags.contains(QStringLiteral("version"))) {
        print(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        finish(ExitCode::Success);
        return;
    }
    if (m_options.flags.contains(QStringLiteral("self-test"))) {
        selfTest();
        return;
    }
    if (m_options.words.isEmpty() || m_options.flags.contains(QStringLiteral("help"))) {
        usage();
        return;
    }
    const ProfileLoadResult loaded = m_core.loadProfile(m_profilePath);
    if (!loaded) {
        fail(ExitCode::Usage, tr("cannot use the profile: %1").arg(loaded.error));
        return;
    }
    const QString command = m_options.words.first();
    if (command == QLatin1String("profile"))
        profileCommand();
    else if (command == QLatin1String("host"))
        hostCommand();
    else if (command == QLatin1String("secrets"))
        secretsCommand();
    else if (command == QLatin1String("releases"))
        releasesCommand();
    else if (command == QLatin1String("exec"))
        execCommand();
    else if (command == QLatin1String("deploy"))
        deployCommand();
    else if (command == QLatin1String("rollback"))
        rollbackCommand();
    else if (command == QLatin1String("lock"))
        lockCommand();
    else if (command == QLatin1String("diag"))
        diagCommand();
    else if (command == QLatin1String("ci-status"))
        ciStatusCommand();
    else if (command == QLatin1String("protection"))
        protectionCommand();
    else if (command == QLatin1String("actions-secrets"))
        actionsSecretsCommand();
    else if (command == QLatin1String("gates"))
        gatesCommand();
    else if (command == QLatin1String("check"))
        checkCommand();
    else if (command == QLatin1String("smoke"))
        smokeCommand();
    else if (command == QLatin1String("health"))
        healthCommand();
    else if (command == QLatin1String("audit"))
        auditCommand();
    else if (command == QLatin1String("env-lint"))
        envLintCommand();
    else if (command == QLatin1String("run") && m_options.words.value(1) == QLatin1String("watch"))
        runWatchCommand();
    else if (command == QLatin1String("restart")) {
        const QString what = m_options.words.value(1);
        if (what != QLatin1String("env") && what != QLatin1String("frontend")) {
            fail(ExitCode::Usage, tr("usage: stratumctl restart env|frontend [--yes]"));
            return;
        }
        DropletOperation::Options options;
        options.kind = what == QLatin1String("env") ? DropletOperation::Kind::EnvRestart
                                                    : DropletOperation::Kind::FrontendRecreate;
        options.reason = m_options.values.value(QStringLiteral("reason"));
        confirmThenRun(options);
    }
    else
        fail(ExitCode::Usage, tr("unknown command \"%1\"; see stratumctl --help").arg(command));
}

void Cli::usage()
{
    print(tr("usage: stratumctl [--profile FILE] [--json] COMMAND\n"
             "\n"
             "  profile show | export FILE | import FILE\n"
             "  host add NAME --address ADDR [--port N] [--user USER] [--key PATH | --agent]\n"
             "  host list | remove NAME\n"
             "  secrets set NAME        value read from standard input, never from the command line\n"
             "  secrets status          which secrets are set (never their values)\n"
             "  releases list [--known-good] | forget SHA\n"
             "  releases mark-good SHA [--note TEXT] [--without-smoke --reason TEXT]   needs a passed smoke\n"
             "  releases export FILE | import FILE | import-runs   (successful deploy runs as candidates)\n"
             "  host trust NAME --fingerprint SHA256:…\n"
             "  exec [--host NAME] -- COMMAND…     run a [Droplet] command; its exit status is the remote one\n"
             "  deploy --via ssh --sha SHA [--yes] [--reason TEXT] [--host NAME] [--override-gates --reason TEXT] [--watch]\n"
             "  deploy --via workflow [--sha SHA] [--yes]   dispatch the deploy workflow on the branch, follow it\n"
             "  run watch RUN_ID\n"
             "  rollback --to SHA [--yes] [--reason TEXT] [--host NAME] [--override-gates --reason TEXT] [--watch]\n"
             "                                     --watch: then the health watch window (profile: health.watchWindowSeconds)\n"
             "  gates [--sha SHA]                  required checklists + CI for a SHA (exit 0 passed, 3 not)\n"
             "  check list [--sha SHA] | confirm CHECKLIST/ITEM --sha SHA [--note TEXT] | reset CHECKLIST --sha SHA\n"
             "  check run CHECKLIST --sha SHA      run the automatic items (Stripe sandbox lane: the local stack)\n"
             "  smoke [--host NAME] [--sha SHA]    post-deploy smoke (exit 0 only if every automatic check passes)\n"
             "  health [--watch] [--for SECONDS]   live health of the droplet (exit 0 only when all healthy)\n"
             "  audit                              the local audit log (overrides, refusals, confirmations)\n"
             "  restart env|frontend [--yes]       env-only restarts (runbook §9), image tags unchanged\n"
             "  lock status | release [--force]\n"
             "  diag ps | logs SERVICE [--tail N]\n"
             "  ci-status SHA                      CI state of a commit (exit 0 only when green)\n"
             "  env-lint --local [--file PATH] | --production [--host NAME]   key names and verdicts, never values\n"
             "  protection                         branch protection of the deploy branch (runbook 1.3)\n"
             "  actions-secrets                    the Actions secrets the deploy workflow needs (names only)\n"
             "\n"
             "secret names: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST\n"
             "exit codes: 0 success, 1 failed, 2 bad usage or input, 3 refused by policy, "
             "4 keychain or credentials unavailable"));
    finish(m_options.words.isEmpty() && !m_options.flags.contains(QStringLiteral("help")) ? ExitCode::Usage
                                                                                          : ExitCode::Success);
}

void Cli::selfTest()
{
    const ProfileLoadResult loaded = defaultProfile();
    if (!loaded) {
        fail(ExitCode::Failed, tr("self-test: built-in profile: %1").arg(loaded.error));
        return;
    }
    const QByteArray roundTrip = profileToJson(*loaded.profile);
    if (!parseProfile(roundTrip)) {
        fail(ExitCode::Failed, tr("self-test: the built-in profile does not survive export"));
        return;
    }
    print(tr("self-test passed: profile \"%1\" with %2 command packs and %3 checklists")
              .arg(loaded.profile->name).arg(loaded.profile->commandPacks.size())
              .arg(loaded.profile->checklists.size()));
    finish(ExitCode::Success);
}

void Cli::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcCli).noquote() << "stratumctl" << m_options.words.mid(0, 2).join(QLatin1Char(' ')) << "exit"
                            << static_cast<int>(code);
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(static_cast<int>(code));
}

void Cli::fail(ExitCode code, const QString &message)
{
    m_err << QStringLiteral("stratumctl: ") << m_core.redactor().redact(message) << Qt::endl;
    finish(code);
}

void Cli::failKeychain(const KeychainError &error)
{
    fail(error.kind == KeychainError::Kind::Corrupt ? ExitCode::Failed : ExitCode::Credentials, error.message);
}

void Cli::print(const QString &text)
{
    m_out << m_core.redactor().redact(text) << Qt::endl;
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << m_core.redactor().redact(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    m_out.flush();
}

bool Cli::requireWords(int count, const QString &usageText)
{
    if (m_options.words.size() == count)
        return true;
    fail(ExitCode::Usage, tr("usage: stratumctl %1").arg(usageText));
    return false;
}

// ---------------------------------------------------------------- profile

void Cli::profileCommand()
{
    const QString sub = m_options.words.value(1);
    const Profile &profile = m_core.profile();
    if (sub == QLatin1String("show")) {
        if (!requireWords(2, QStringLiteral("profile show")))
            return;
        if (m_json) {
            m_out << QString::fromUtf8(profileToJson(profile));
            finish(ExitCode::Success);
            return;
        }
        print(tr("profile:        %1 (%2)\nsource:         %3\nrepository:     %4/%5 (branch %6)\n"
                 "deploy:         %7 (%8)\nimages:         %9, %10 (tag %11)\n"
                 "droplet:        %12 (%13, %14)\ncommand packs:  %15\nchecklists:     %16")
                  .arg(profile.name, profile.id, m_core.profileSource(), profile.github.owner, profile.github.repo,
                       profile.github.branch, profile.github.deployWorkflow.name, profile.github.deployWorkflow.file,
                       profile.images.backendImage)
                  .arg(profile.images.frontendImage, profile.images.tagFormat, profile.droplet.appDir,
                       profile.droplet.composeFile, profile.droplet.envFile)
                  .arg(profile.commandPacks.size())
                  .arg(profile.checklists.size()));
        finish(ExitCode::Success);
    } else if (sub == QLatin1String("export")) {
        if (!requireWords(3, QStringLiteral("profile export FILE")))
            return;
        QFile file(m_options.words.at(2));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(ExitCode::Failed, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
        file.write(profileToJson(profile));
        print(tr("exported profile \"%1\" to %2").arg(profile.id, file.fileName()));
        finish(ExitCode::Success);
    } else if (sub == QLatin1String("import")) {
        if (!requireWords(3, QStringLiteral("profile import FILE")))
            return;
        const ProfileLoadResult imported = m_core.importProfile(m_options.words.at(2));
        if (!imported) {
            fail(ExitCode::Usage, tr("profile not imported: %1").arg(imported.error));
            return;
        }
        print(tr("imported profile \"%1\"; it is now the active profile").arg(imported.profile->id));
        finish(ExitCode::Success);
    } else {
        fail(ExitCode::Usage, tr("usage: stratumctl profile show|export FILE|import FILE"));
    }
}

// ---------------------------------------------------------------- host

void Cli::hostCommand()
{
    const QString sub = m_options.words.value(1);
    if (sub == QLatin1String("add"))
        hostAdd();
    else if (sub == QLatin1String("trust"))
        hostTrust();
    else if (sub == QLatin1String("list"))
        hostList();
    else if (sub == QLatin1String("remove"))
        hostRemove();
    else
        fail(ExitCode::Usage, tr("usage: stratumctl host add|list|remove …"));
}

void Cli::hostAdd()
{
    if (!requireWords(3, QStringLiteral("host add NAME --address ADDR [--port N] [--user USER] [--key PATH | --agent]")))
        return;
    HostEntry host;
    host.name = m_options.words.at(2);
    host.address = m_options.values.value(QStringLiteral("address"));
    host.user = m_options.values.value(QStringLiteral("user"), QStringLiteral("root"));
    bool portOk = true;
    host.port = m_options.values.value(QStringLiteral("port"), QStringLiteral("22")).toInt(&portOk);
    host.keyPath = m_options.values.value(QStringLiteral("key"));
    host.useAgent = host.keyPath.isEmpty() || m_options.flags.contains(QStringLiteral("agent"));
    if (host.address.isEmpty()) {
        fail(ExitCode::Usage, tr("host add needs --address"));
        return;
    }
    const QString problem = portOk ? validateHostEntry(host) : tr("port must be a number");
    if (!problem.isEmpty()) {
        fail(ExitCode::Usage, problem);
        return;
    }
    m_core.vault()->loadHosts(this, [this, host](const Vault::Result<QList<HostEntry>> &loaded) {
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
        m_core.vault()->saveHosts(hosts, this, [this, host](const KeychainError &error) {
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
    if (!requireWords(2, QStringLiteral("host list")))
        return;
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        if (m_json) {
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
    if (!requireWords(3, QStringLiteral("host remove NAME")))
        return;
    const QString name = m_options.words.at(2);
    m_core.vault()->loadHosts(this, [this, name](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        QList<HostEntry> hosts = loaded.value;
        if (hosts.removeIf([&name](const HostEntry &host) { return host.name == name; }) == 0) {
            fail(ExitCode::Usage, tr("no host named \"%1\"").arg(name));
            return;
        }
        m_core.vault()->saveHosts(hosts, this, [this, name](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            // Its key passphrase goes with it.
            m_core.vault()->removeSecret(SecretNames::sshPassphrasePrefix() + name, this,
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

// ---------------------------------------------------------------- secrets

void Cli::secretsCommand()
{
    const QString sub = m_options.words.value(1);
    if (sub == QLatin1String("set"))
        secretsSet();
    else if (sub == QLatin1String("status"))
        secretsStatus();
    else
        fail(ExitCode::Usage, tr("usage: stratumctl secrets set NAME (value on standard input) | secrets status"));
}

void Cli::secretsSet()
{
    if (m_options.words.size() > 3) {
        fail(ExitCode::Usage, tr("secrets set takes the value from standard input only, never from the command line"));
        return;
    }
    if (!requireWords(3, QStringLiteral("secrets set NAME  (value on standard input)")))
        return;
    const QString name = m_options.words.at(2);
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
    m_core.vault()->writeSecret(name, value, this, [this, name](const KeychainError &error) {
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
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            failKeychain(hosts.error);
            return;
        }
        QStringList names = SecretNames::fixed();
        for (const HostEntry &host : hosts.value)
            names << SecretNames::sshPassphrasePrefix() + host.name;
        m_core.vault()->secretStatus(names, this, [this, names](const Vault::Result<QMap<QString, bool>> &status) {
            if (!status.error.ok()) {
                failKeychain(status.error);
                return;
            }
            if (m_json) {
                QJsonObject object;
                for (const QString &name : names)
                    object.insert(name, status.value.value(name));
                printJson(object);
            } else {
                for (const QString &name : names)
                    print(name.leftJustified(28) + (status.value.value(name) ? tr("set") : tr("not set")));
            }
            finish(ExitCode::Success);
        });
    });
}

// ---------------------------------------------------------------- releases

void Cli::releasesCommand()
{
    const QString sub = m_options.words.value(1);
    if (sub == QLatin1String("list")) {
        releasesList();
    } else if (sub == QLatin1String("mark-good") || sub == QLatin1String("forget")) {
        if (!requireWords(3, QStringLiteral("releases %1 SHA").arg(sub)))
            return;
        const QString sha = m_options.words.at(2).toLower();
        if (!isFullSha(sha)) {
            fail(ExitCode::Usage, tr("\"%1\" is not a full 40-character commit SHA").arg(m_options.words.at(2).left(60)));
            return;
        }
        if (sub == QLatin1String("forget")) {
            releasesChange([this, sha](ReleaseLog &log) {
                const int removed = log.forget(sha);
                return removed == 0 ? QString() : tr("forgot %n entry(ies) for %1", nullptr, removed).arg(sha);
            });
        } else {
            markKnownGood(sha);
        }
    } else if (sub == QLatin1String("export")) {
        releasesExport();
    } else if (sub == QLatin1String("import")) {
        releasesImport();
    } else if (sub == QLatin1String("import-runs")) {
        releasesImportRuns();
    } else {
        fail(ExitCode::Usage, tr("usage: stratumctl releases list|mark-good SHA|forget SHA|export FILE|import FILE"));
    }
}

void Cli::releasesList()
{
    const bool onlyGood = m_options.flags.contains(QStringLiteral("known-good"));
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this, onlyGood](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            failKeychain(log.error);
            return;
        }
        const QList<ReleaseEntry> entries = onlyGood ? log.value.knownGood() : log.value.entries();
        if (m_json) {
            QJsonArray array;
            for (const ReleaseEntry &entry : entries)
                array.append(releaseJson(entry));
            printJson(array);
        } else if (entries.isEmpty()) {
            print(tr("the release log of \"%1\" is empty").arg(m_core.profile().id));
        } else {
            for (const ReleaseEntry &entry : entries)
                print(releaseLine(entry));
        }
        finish(ExitCode::Success);
    });
}

void Cli::releasesChange(const std::function<QString(ReleaseLog &)> &change, ExitCode whenSaved)
{
    auto message = std::make_shared<QString>();
    m_core.vault()->updateReleaseLog(m_core.profile().id, [change, message](ReleaseLog &log) { *message = change(log); }, this,
                                     [this, message, whenSaved](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        if (message->isEmpty()) {
            fail(ExitCode::Usage, tr("that SHA is not in the release log"));
            return;
        }
        print(*message);
        finish(whenSaved);
    });
}

void Cli::releasesExport()
{
    if (!requireWords(3, QStringLiteral("releases export FILE")))
        return;
    const QString path = m_options.words.at(2);
    const QString profileId = m_core.profile().id;
    m_core.refreshRedactor(this, [this, path, profileId](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        m_core.vault()->loadReleaseLog(profileId, this, [this, path, profileId](const Vault::Result<ReleaseLog> &log) {
            if (!log.error.ok()) {
                failKeychain(log.error);
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                fail(ExitCode::Failed, tr("cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            // Notes are typed by people: mask anything secret that slipped into one.
            file.write(m_core.redactor().redact(QString::fromUtf8(log.value.toExportJson(profileId))).toUtf8());
            print(tr("exported %n release(s) to %1", nullptr, static_cast<int>(log.value.entries().size())).arg(path));
            finish(ExitCode::Success);
        });
    });
}

void Cli::releasesImport()
{
    if (!requireWords(3, QStringLiteral("releases import FILE")))
        return;
    QFile file(m_options.words.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(ExitCode::Usage, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    const ReleaseLogParseResult parsed = ReleaseLog::fromJson(file.read(16 * 1024 * 1024));
    if (!parsed.log) {
        fail(ExitCode::Usage, tr("%1: %2").arg(file.fileName(), parsed.error));
        return;
    }
    const QString profileId = m_core.profile().id;
    if (!parsed.profileId.isEmpty() && parsed.profileId != profileId && !m_options.flags.contains(QStringLiteral("force"))) {
        fail(ExitCode::Usage, tr("this release log belongs to profile \"%1\", the active profile is \"%2\" "
                                 "(use --profile, or --force to import anyway)").arg(parsed.profileId, profileId));
        return;
    }
    const ReleaseLog incoming = *parsed.log;
    releasesChange([incoming](ReleaseLog &log) {
        const int added = log.merge(incoming);
        return tr("imported %n new release(s)", nullptr, added);
    });
}

} // namespace Stratum
