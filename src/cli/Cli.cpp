#include "Cli.h"

#include "core/announce/Announcer.h"
#include "core/app/AppServices.h"
#include "core/app/CoreContext.h"
#include "core/app/Startup.h"
#include "core/relay/RelayServer.h"
#include "core/deploy/DeployLane.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/github/GitHubAccess.h"
#include "core/github/GitHubClient.h"
#include "core/rehearsal/RehearsalSupervisor.h"
#include "core/ssh/RemoteHosts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcCli, "stratum.cli")

namespace Stratum {

namespace {

// What a relayed command writes: handed to the call as it is written.
class CallStream : public QIODevice
{
public:
    CallStream(std::function<void(const QByteArray &)> write) : m_write(std::move(write)) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        m_write(QByteArray(data, length));
        return length;
    }

private:
    std::function<void(const QByteArray &)> m_write;
};

} // namespace

Cli::Cli(QStringList arguments, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{
}

Cli::Cli(QStringList arguments, CoreContext &core, AppServices &services, RelayCall *call, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_core(&core), m_services(&services), m_call(call),
      m_outDevice(std::make_unique<CallStream>([call](const QByteArray &bytes) { call->writeOut(bytes); })),
      m_errDevice(std::make_unique<CallStream>([call](const QByteArray &bytes) { call->writeErr(bytes); }))
{
    m_out.setDevice(m_outDevice.get());
    m_err.setDevice(m_errDevice.get());
}

Cli::~Cli() = default;

void Cli::start()
{
    QTimer::singleShot(0, this, &Cli::dispatch);
}

void Cli::dispatch()
{
    m_invocation = parseCommandLine(m_arguments.mid(1));
    if (!m_invocation.ok()) {
        fail(ExitCode::Usage, m_invocation.error);
        return;
    }
    if (m_invocation.flag(QStringLiteral("version"))) {
        print(Startup::versionText(QStringLiteral("stratumctl")));
        finish(ExitCode::Success);
        return;
    }
    if (m_invocation.flag(QStringLiteral("self-test"))) {
        selfTest();
        return;
    }
    const CommandSpec *command = m_invocation.command;
    if (!command || m_invocation.flag(QStringLiteral("help"))) {
        print(command ? commandHelp(*command) : usageText());
        finish(command || m_invocation.flag(QStringLiteral("help")) ? ExitCode::Success : ExitCode::Usage);
        return;
    }
    if (!m_call && command->needs & (Need::Profile | Need::Keychain)) { // a relayed command runs on the app's profile
        const ProfileLoadResult loaded = core().loadProfile(m_invocation.value(QStringLiteral("profile")));
        if (!loaded) {
            fail(ExitCode::Usage, tr("cannot use the profile: %1").arg(loaded.error));
            return;
        }
    }
    if (m_invocation.values.contains(QStringLiteral("env")) && !applyEnvironment(*command))
        return;
    command->run(*this, m_invocation);
}

// --env NAME: a command that talks to a droplet goes to the environment's first host (in the
// profile's rolling order) unless --host names one; an environment without hosts (schema 1)
// is the first host set up, as without --env.
bool Cli::applyEnvironment(const CommandSpec &command)
{
    const bool takesHost = std::any_of(command.options.cbegin(), command.options.cend(),
                                       [](const OptionSpec &option) { return option.name == QLatin1String("host"); });
    if (!takesHost) {
        fail(ExitCode::Usage, tr("stratumctl %1 does not talk to one droplet: --env does not apply").arg(command.path));
        return false;
    }
    const EnvironmentChoice choice = chooseEnvironment(core().profile(), m_invocation.value(QStringLiteral("env")));
    if (!choice.environment) {
        fail(ExitCode::Usage, choice.error);
        return false;
    }
    // A deploy or rollback goes to the environment as a whole (the lane rolls over its hosts).
    const bool wholeEnvironment = command.path == QLatin1String("deploy") || command.path == QLatin1String("rollback")
                                  || command.path == QLatin1String("status");
    if (!wholeEnvironment && !m_invocation.values.contains(QStringLiteral("host")) && !choice.environment->hosts.isEmpty())
        m_invocation.values.insert(QStringLiteral("host"), choice.environment->hosts.first());
    return true;
}

QString Cli::environmentName() const
{
    return m_invocation.value(QStringLiteral("env"));
}

void Cli::selfTest()
{
    const ProfileLoadResult loaded = defaultProfile();
    if (!loaded) {
        fail(ExitCode::Failed, tr("self-test: built-in profile: %1").arg(loaded.error));
        return;
    }
    if (!parseProfile(profileToJson(*loaded.profile))) {
        fail(ExitCode::Failed, tr("self-test: the built-in profile does not survive export"));
        return;
    }
    if (!parseCommandLine({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                           QStringLiteral("abcdef0")}).ok()) {
        fail(ExitCode::Failed, tr("self-test: the command table does not read its own usage"));
        return;
    }
    print(tr("self-test passed: profile \"%1\" with %2 command packs and %3 checklists; %4 commands")
              .arg(loaded.profile->name).arg(loaded.profile->commandPacks.size())
              .arg(loaded.profile->checklists.size()).arg(commandTable().size()));
    finish(ExitCode::Success);
}

// ---------------------------------------------------------------- output

void Cli::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_core) // commands that touch nothing (help, completion, --version) leave no log either
        qCInfo(lcCli).noquote() << "stratumctl" << m_invocation.command->path << "exit" << static_cast<int>(code);
    m_out.flush();
    m_err.flush();
    if (m_ownServices && m_ownServices->hasAnnouncer() && m_ownServices->announcer()->pending() > 0) {
        exitAfterAnnouncements(static_cast<int>(code));
        return;
    }
    Q_EMIT finished(static_cast<int>(code));
}

// The outcome is printed already; the team's line may still be on its way. It is given one
// attempt's time limit, no more: a slow webhook never holds a script up for long.
void Cli::exitAfterAnnouncements(int exitStatus)
{
    Announcer *announcer = m_ownServices->announcer();
    auto exitOnce = [this, exitStatus, done = std::make_shared<bool>(false)] {
        if (std::exchange(*done, true))
            return;
        m_err.flush();
        Q_EMIT finished(exitStatus);
    };
    connect(announcer, &Announcer::idle, this, exitOnce);
    QTimer::singleShot(announcer->policy().timeout, this, [this, announcer, exitOnce] {
        if (announcer->pending() > 0)
            m_err << QStringLiteral("stratumctl: ") << tr("the team's webhook has not answered yet; the announcement is dropped")
                  << Qt::endl;
        exitOnce();
    });
}

void Cli::finishWithStatus(int exitStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitStatus);
}

void Cli::fail(ExitCode code, const QString &message)
{
    m_err << QStringLiteral("stratumctl: ") << (m_core ? m_core->redactor().redact(message) : Redactor::redactPatterns(message))
          << Qt::endl;
    finish(code);
}

void Cli::failKeychain(const KeychainError &error)
{
    fail(error.kind == KeychainError::Kind::Corrupt ? ExitCode::Failed : ExitCode::Credentials, error.message);
}

void Cli::print(const QString &text)
{
    m_out << (m_core ? m_core->redactor().redact(text) : text) << Qt::endl;
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QString text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out << (m_core ? m_core->redactor().redact(text) : text);
    m_out.flush();
}

bool Cli::confirmed(bool yes, const QString &question)
{
    if (yes)
        return true;
    if (m_call || !isatty(STDIN_FILENO)) {
        fail(ExitCode::Usage, tr("%1\nnot a terminal: confirm with --yes").arg(question));
        return false;
    }
    m_err << question << QStringLiteral(" [y/N] ") << Qt::flush;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(ExitCode::Usage, tr("cannot read standard input"));
        return false;
    }
    const QByteArray answer = input.readLine().trimmed().toLower();
    if (answer == "y" || answer == "yes")
        return true;
    fail(ExitCode::Refused, tr("not confirmed; nothing changed"));
    return false;
}

bool Cli::confirmedByTyping(const QString &expected, const QString &given, const QString &question)
{
    if (!given.isEmpty()) {
        if (given.trimmed().compare(expected, Qt::CaseInsensitive) == 0)
            return true;
        fail(ExitCode::Usage, tr("--confirm %1 does not match %2; nothing changed").arg(given, expected));
        return false;
    }
    if (m_call || !isatty(STDIN_FILENO)) {
        fail(ExitCode::Usage, tr("%1\nnot a terminal: confirm with --confirm %2").arg(question, expected));
        return false;
    }
    m_err << question << Qt::endl << tr("Type %1 to go ahead: ").arg(expected) << Qt::flush;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(ExitCode::Usage, tr("cannot read standard input"));
        return false;
    }
    if (QString::fromUtf8(input.readLine()).trimmed().compare(expected, Qt::CaseInsensitive) == 0)
        return true;
    fail(ExitCode::Refused, tr("not confirmed; nothing changed"));
    return false;
}

void Cli::interrupt(int count)
{
    if (m_finished)
        return;
    if (m_supervisor) {
        m_supervisor->stop(); // SIGTERM from `rehearsal stop`: everything it started ends with it
        finish(ExitCode::Success);
        return;
    }
    if (m_change && count == 1) {
        m_err << tr("interrupted: stopping at the next safe point and releasing the deploy lock (Ctrl-C again to quit now)")
              << Qt::endl;
        m_change->cancel();
        return;
    }
    fail(ExitCode::Failed, m_change ? tr("interrupted again: quitting now; check the deploy lock with stratumctl lock status")
                                    : tr("interrupted"));
}

// ---------------------------------------------------------------- shared

bool Cli::json() const
{
    return m_invocation.flag(QStringLiteral("json"));
}

void Cli::followChange(ChangeRun *run)
{
    m_change = run;
}

void Cli::serveUntilInterrupted(std::unique_ptr<RehearsalSupervisor> supervisor)
{
    m_supervisor = std::move(supervisor);
}

void Cli::keepUntilExit(std::shared_ptr<void> alive)
{
    m_running.append(std::move(alive));
}

void keepUntilExit(Cli &cli, std::shared_ptr<void> alive)
{
    cli.keepUntilExit(std::move(alive));
}

CoreContext &Cli::core()
{
    if (!m_core) {
        m_ownCore = std::make_unique<CoreContext>();
        m_core = m_ownCore.get();
    }
    return *m_core;
}

AppServices &Cli::services()
{
    if (!m_services) {
        m_ownServices = std::make_unique<AppServices>(core());
        m_services = m_ownServices.get();
        if (m_invocation.flag(QStringLiteral("read-only")))
            m_services->lane()->setReadOnly(true);
        connect(m_services->announcer(), &Announcer::deliveryFailed, this, [this](const QString &message) {
            m_err << QStringLiteral("stratumctl: ") << core().redactor().redact(message) << Qt::endl;
        });
    }
    return *m_services;
}

void Cli::writeOut(const QByteArray &bytes)
{
    m_out.flush();
    if (m_call) {
        m_call->writeOut(bytes);
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Cli::writeErr(const QByteArray &bytes)
{
    m_err.flush();
    if (m_call) {
        m_call->writeErr(bytes);
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

RemoteHosts *Cli::hosts()
{
    return services().hosts();
}

GitHubAccess *Cli::githubAccess()
{
    return services().github();
}

DeployLane *Cli::lane()
{
    return services().lane();
}

QString Cli::repoPath() const
{
    return m_core->profile().githubApiRepoPath();
}

void Cli::withHost(const QString &hostName, std::function<void(const HostEntry &, QList<HostEntry>)> then)
{
    lane()->resolveHost(hostName, this, [this, then](const HostChoice &choice) {
        if (choice.keychainFailed) {
            failKeychain(choice.keychainError);
            return;
        }
        if (choice.name.isEmpty()) {
            fail(ExitCode::Usage, choice.error);
            return;
        }
        then(choice.host, choice.allHosts);
    });
}

void Cli::withRemote(const QString &hostName, std::function<void(RemoteHost *)> then, std::function<QString(const QString &)> refusal)
{
    // The host list is read once: it names the host and the passphrases the redactor masks.
    withHost(hostName, [this, then, refusal](const HostEntry &host, const QList<HostEntry> &all) {
        if (const QString refused = refusal ? refusal(host.name) : QString(); !refused.isEmpty()) {
            fail(ExitCode::Usage, refused); // the connection starts ahead: bad input is turned away before it
            return;
        }
        const Environment *environment = environmentOfHost(core().profile(), host.name, all);
        m_remoteEnvironment = environment ? environment->name : QString();
        // The redactor's secrets are read while the session connects; the command starts once
        // both are done, so nothing it says is shown before the masks are in.
        struct Waiting {
            int left = 2;
            bool failed = false;
            QPointer<RemoteHost> remote;
        };
        auto waiting = std::make_shared<Waiting>();
        auto oneDone = [then, waiting]() {
            if (--waiting->left == 0 && !waiting->failed && waiting->remote)
                then(waiting->remote);
        };
        core().refreshRedactor(all, this, [this, waiting, oneDone](const KeychainError &error) {
            if (!error.ok()) {
                if (!std::exchange(waiting->failed, true))
                    failKeychain(error);
                return;
            }
            oneDone();
        });
        hosts()->withHost(host, this, [this, waiting, oneDone, name = host.name](RemoteHost *remote, const QString &hostError) {
            if (!remote) {
                if (!std::exchange(waiting->failed, true))
                    fail(ExitCode::Credentials, hostError);
                return;
            }
            m_remote = remote;
            m_remoteName = name;
            waiting->remote = remote;
            remote->connectAhead();
            oneDone();
        });
    });
}

void Cli::withGitHub(std::function<void(GitHubClient *)> then)
{
    githubAccess()->withClient(this, [this, then](GitHubClient *client, const GitHubAccessError &error) {
        if (!client) {
            if (error.noToken)
                fail(ExitCode::Credentials, tr("no GitHub token is set: stratumctl secrets set github-token < token-file"));
            else
                failKeychain(error.keychain);
            return;
        }
        then(client);
    });
}

} // namespace Stratum
