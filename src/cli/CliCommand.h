#pragma once

#include "cli/Cli.h"
#include "cli/CommandBuilder.h"

namespace Stratum {

// The base of a family of commands (cli/commands/<Family>.cpp): what a run
// function calls, said as briefly as in one class. A family declares
// Q_DECLARE_TR_FUNCTIONS(Stratum::Cli), so every command speaks in the one
// translation context of stratumctl.
class CliCommand
{
public:
    explicit CliCommand(Cli &cli) : m_cli(cli) { }
    virtual ~CliCommand() = default;

protected:
    Cli &cli() const { return m_cli; }
    QObject *context() const { return &m_cli; } // what callbacks and connections are bound to

    void finish(ExitCode code) { m_cli.finish(code); }
    void fail(ExitCode code, const QString &message) { m_cli.fail(code, message); }
    void failKeychain(const KeychainError &error) { m_cli.failKeychain(error); }
    void print(const QString &text) { m_cli.print(text); }
    void printJson(const QJsonValue &value) { m_cli.printJson(value); }
    bool confirmed(bool yes, const QString &question) { return m_cli.confirmed(yes, question); }
    bool confirmedByTyping(const QString &expected, const QString &given, const QString &question)
    {
        return m_cli.confirmedByTyping(expected, given, question);
    }
    bool json() const { return m_cli.json(); }
    QTextStream &out() { return m_cli.out(); }
    QTextStream &err() { return m_cli.err(); }

    CoreContext &core() { return m_cli.core(); }
    RemoteHosts *hosts() { return m_cli.hosts(); }
    GitHubAccess *githubAccess() { return m_cli.githubAccess(); }
    DeployLane *lane() { return m_cli.lane(); }
    void withHost(const QString &hostName, std::function<void(const HostEntry &, QList<HostEntry>)> then)
    {
        m_cli.withHost(hostName, std::move(then));
    }
    void withRemote(const QString &hostName, std::function<void(RemoteHost *)> then,
                    std::function<QString(const QString &hostName)> refusal = {})
    {
        m_cli.withRemote(hostName, std::move(then), std::move(refusal));
    }
    void withGitHub(std::function<void(GitHubClient *)> then) { m_cli.withGitHub(std::move(then)); }
    QString repoPath() const { return m_cli.repoPath(); }
    QString remoteEnvironment() const { return m_cli.remoteEnvironment(); }
    QString environmentName() const { return m_cli.environmentName(); } // --env, empty without it

private:
    Cli &m_cli;
};

// What most commands need before they run (CommandTable.h).
constexpr Needs keychainNeeds = Need::Profile | Need::Keychain;
constexpr Needs dropletNeeds = Need::Profile | Need::Keychain | Need::Droplet;
constexpr Needs githubNeeds = Need::Profile | Need::Keychain | Need::GitHub;

} // namespace Stratum
