#pragma once

#include "cli/CommandTable.h"
#include "core/keychain/KeychainStore.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Stratum {

class AppServices;
class ChangeRun;
class CoreContext;
class DeployLane;
class GitHubAccess;
class GitHubClient;
class RemoteHost;
class RemoteHosts;
class RehearsalSupervisor;
class RelayCall;
struct HostEntry;

// Exit codes of stratumctl; a stable contract for scripts.
enum class ExitCode : int { Success = 0, Failed = 1, Usage = 2, Refused = 3, Credentials = 4 };

// stratumctl: `stratumctl [--profile FILE] [--json] COMMAND …`. The command
// line is matched against the command table (CommandTable.cpp, assembled from
// cli/commands/); the command runs asynchronously on the event loop and ends
// with finished(exit code). Cli is what every command shares: the output, the
// endings and the services.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject *parent = nullptr);
    // A command relayed from another stratumctl (core/relay): it runs on this process's
    // profile and services, and its output goes back through the call.
    Cli(QStringList arguments, CoreContext &core, AppServices &services, RelayCall *call, QObject *parent = nullptr);
    ~Cli() override;
    void start();
    // Ctrl-C: a running change stops at its next safe point and releases its lock;
    // a second Ctrl-C (or nothing running) ends now.
    void interrupt(int count);

    // What the commands (cli/commands/) use: output and endings …
    void finish(ExitCode code);
    void finishWithStatus(int exitStatus); // `exec`: the remote command's own status
    void writeOut(const QByteArray &bytes); // as they are, unbuffered (`exec`'s stream)
    void writeErr(const QByteArray &bytes);
    void fail(ExitCode code, const QString &message);
    void failKeychain(const KeychainError &error);
    void print(const QString &text);
    void printJson(const QJsonValue &value);
    bool confirmed(bool yes, const QString &question); // --yes, or asked on the terminal
    // `expected` typed on the terminal, or given as --confirm; --yes is not enough.
    bool confirmedByTyping(const QString &expected, const QString &given, const QString &question);
    bool json() const;
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // … and the services, made only for the commands that need them.
    CoreContext &core();
    AppServices &services();
    RemoteHosts *hosts();
    GitHubAccess *githubAccess();
    DeployLane *lane();
    void withHost(const QString &hostName, std::function<void(const HostEntry &, QList<HostEntry>)> then);
    // refusal: asked once the host is named and before anything reaches it; a sentence fails the command (usage).
    void withRemote(const QString &hostName, std::function<void(RemoteHost *)> then,
                    std::function<QString(const QString &hostName)> refusal = {});
    void withGitHub(std::function<void(GitHubClient *)> then);
    QString repoPath() const;
    RemoteHost *remote() const { return m_remote; }
    QString remoteName() const { return m_remoteName; } // the profile's name of remote()
    QString remoteEnvironment() const { return m_remoteEnvironment; } // the profile's environment of remote(); empty: none
    QString environmentName() const;

    void followChange(ChangeRun *run);                                // Ctrl-C cancels it at its next safe point
    void serveUntilInterrupted(std::unique_ptr<RehearsalSupervisor> supervisor); // SIGTERM stops it
    void keepUntilExit(std::shared_ptr<void> alive);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void exitAfterAnnouncements(int exitStatus);
    void dispatch();
    void selfTest();
    bool applyEnvironment(const CommandSpec &command);

    QStringList m_arguments;
    Invocation m_invocation;
    std::unique_ptr<CoreContext> m_ownCore; // made only for commands that need a profile or the keychain
    std::unique_ptr<AppServices> m_ownServices;
    CoreContext *m_core = nullptr;        // m_ownCore, or the app's for a relayed command
    AppServices *m_services = nullptr;
    RelayCall *m_call = nullptr;          // set for a relayed command
    std::unique_ptr<QIODevice> m_outDevice;
    std::unique_ptr<QIODevice> m_errDevice;
    RemoteHost *m_remote = nullptr;
    QString m_remoteName;
    QString m_remoteEnvironment;
    QPointer<ChangeRun> m_change;
    std::unique_ptr<RehearsalSupervisor> m_supervisor;
    QList<std::shared_ptr<void>> m_running; // the running command's unit and options
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

} // namespace Stratum
