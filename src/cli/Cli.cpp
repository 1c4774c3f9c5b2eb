#include "Cli.h"

#include "core/app/AppServices.h"
#include "core/app/CoreContext.h"
#include "core/app/Startup.h"
#include "core/deploy/DeployLane.h"
#include "core/github/GitHubAccess.h"
#include "core/github/GitHubClient.h"
#include "core/rehearsal/RehearsalControl.h"
#include "core/rehearsal/RehearsalSupervisor.h"
#include "core/ssh/RemoteHosts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcCli, "stratum.cli")

namespace Stratum {

Cli::Cli(QStringList arguments, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{
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
    if (flag(QStringLiteral("version"))) {
        print(Startup::versionText(QStringLiteral("stratumctl")));
        finish(ExitCode::Success);
        return;
    }
    if (flag(QStringLiteral("self-test"))) {
        selfTest();
        return;
    }
    const CommandSpec *command = m_invocation.command;
    if (!command || flag(QStringLiteral("help"))) {
        print(command ? commandHelp(*command) : usageText());
        finish(command || flag(QStringLiteral("help")) ? ExitCode::Success : ExitCode::Usage);
        return;
    }
    if (command->needs & (Need::Profile | Need::Keychain)) {
        const ProfileLoadResult loaded = core().loadProfile(value(QStringLiteral("profile")));
        if (!loaded) {
            fail(ExitCode::Usage, tr("cannot use the profile: %1").arg(loaded.error));
            return;
        }
    }
    (this->*command->run)();
}

void Cli::help()
{
    const QString topic = m_invocation.helpTopic;
    if (topic.isEmpty()) {
        print(usageText());
        finish(ExitCode::Success);
        return;
    }
    const CommandSpec *spec = findCommand(topic);
    if (!spec) {
        const Invocation nested = parseCommandLine(m_invocation.arguments);
        spec = nested.command;
    }
    if (!spec) {
        fail(ExitCode::Usage, tr("no command \"%1\"; see stratumctl --help").arg(topic.left(60)));
        return;
    }
    print(commandHelp(*spec));
    finish(ExitCode::Success);
}

void Cli::completion()
{
    const QString shell = argument(0);
    if (shell == QLatin1String("bash"))
        m_out << bashCompletion();
    else if (shell == QLatin1String("zsh"))
        m_out << zshCompletion();
    else {
        fail(ExitCode::Usage, tr("completion for which shell? bash or zsh"));
        return;
    }
    finish(ExitCode::Success);
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
    Q_EMIT finished(static_cast<int>(code));
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

bool Cli::confirmed(const QString &question)
{
    if (flag(QStringLiteral("yes")))
        return true;
    if (!isatty(STDIN_FILENO)) {
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

CoreContext &Cli::core()
{
    if (!m_core)
        m_core = std::make_unique<CoreContext>();
    return *m_core;
}

AppServices &Cli::services()
{
    if (!m_services)
        m_services = std::make_unique<AppServices>(core());
    return *m_services;
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

void Cli::withHost(std::function<void(const HostEntry &, QList<HostEntry>)> then)
{
    lane()->resolveHost(value(QStringLiteral("host")), this, [this, then](const HostChoice &choice) {
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

void Cli::withRemote(std::function<void(RemoteHost *)> then)
{
    // The host list is read once: it names the host and the passphrases the redactor masks.
    withHost([this, then](const HostEntry &host, const QList<HostEntry> &all) {
        core().refreshRedactor(all, this, [this, then, host](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            hosts()->withHost(host, this, [this, then, name = host.name](RemoteHost *remote, const QString &hostError) {
                if (!remote) {
                    fail(ExitCode::Credentials, hostError);
                    return;
                }
                m_remote = remote;
                m_remoteName = name;
                then(remote);
            });
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
