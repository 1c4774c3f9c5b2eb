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
class RehearsalControl;
class RehearsalSupervisor;
struct ChangePlan;
struct ChangeIntent;
struct GateReport;
struct HostEntry;
struct RunInfo;
struct JobInfo;
struct EnvFinding;

// Exit codes of stratumctl; a stable contract for scripts.
enum class ExitCode : int { Success = 0, Failed = 1, Usage = 2, Refused = 3, Credentials = 4 };

// stratumctl: `stratumctl [--profile FILE] [--json] COMMAND …`. The command
// line is matched against the command table (CommandTable.cpp); each row's
// handler runs asynchronously on the event loop and ends with finished(exit
// code). The handlers live in one file per command family.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject *parent = nullptr);
    ~Cli() override;
    void start();
    // Ctrl-C: a running change stops at its next safe point and releases its lock;
    // a second Ctrl-C (or nothing running) ends now.
    void interrupt(int count);

    // Handlers, one per row of the command table.
    void profileShow();
    void profileExport();
    void profileImport();
    void hostAdd();
    void hostList();
    void hostRemove();
    void hostTrust();
    void hostSetKey();
    void secretsSet();
    void secretsStatus();
    void releasesList();
    void releasesForget();
    void releasesMarkGood();
    void releasesExport();
    void releasesImport();
    void releasesImportRuns();
    void execCommand();
    void deploy();
    void rollback();
    void restartEnv();
    void restartFrontend();
    void lockStatus();
    void lockRelease();
    void status();
    void pinSet();
    void pinRelease();
    void pinStatus();
    void diagPs();
    void diagLogs();
    void gates();
    void checkList();
    void checkConfirm();
    void checkRun();
    void checkReset();
    void smoke();
    void health();
    void audit();
    void ciStatus();
    void protection();
    void actionsSecrets();
    void runWatch();
    void envCreate();
    void envLint();
    void doctor();
    void incident();
    void rehearsalStart();
    void rehearsalStop();
    void rehearsalStatus();
    void rehearsalReset();
    void rehearsalScenario();
    void rehearsalServe();
    void help();
    void completion();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void dispatch();
    class RehearsalControl *rehearsal();
    bool refuseWithoutRehearsal(); // the rehearsal's commands run only in the rehearsal identity
    void endRehearsalCommand(bool ok, const QString &message);
    void selfTest();

    // Output and endings.
    void finish(ExitCode code);
    void fail(ExitCode code, const QString &message);
    void failKeychain(const KeychainError &error);
    void print(const QString &text);
    void printJson(const QJsonValue &value);
    bool confirmed(const QString &question);

    // What the invocation carries.
    QString argument(int index) const { return m_invocation.arguments.value(index); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_invocation.value(name, fallback); }
    bool flag(const QString &name) const { return m_invocation.flag(name); }
    bool json() const { return m_invocation.flag(QStringLiteral("json")); }

    // Shared by the families.
    CoreContext &core();
    AppServices &services(); // made only for commands that reach the droplet, GitHub or the lane
    RemoteHosts *hosts();
    GitHubAccess *githubAccess();
    DeployLane *lane();
    void withHost(std::function<void(const HostEntry &, QList<HostEntry>)> then);
    void withRemote(std::function<void(RemoteHost *)> then);
    void withGitHub(std::function<void(GitHubClient *)> then);
    QString repoPath() const;

    // The deploy lane (CliChanges.cpp): plan, show, confirm, run.
    void planConfirmRun(const ChangeIntent &intent);
    void refuseOrFail(const ChangePlan &plan);
    void runConfirmed(const ChangePlan &plan);
    void showProgress(ChangeRun *run);
    void watchAfterDeploy(const QString &sha); // the post-deploy health window; exit 1 if anything failed
    void lockCommand(bool release);
    void pinCommand(bool set);
    void restart(bool frontendOnly);
    void diag(const QString &command, bool logs);

    // Gates and checklists (CliGates.cpp).
    void printGateReport(const GateReport &report);
    void withSetupProbes(const struct Checklist &list, std::function<void(class SetupProbes *)> then);

    // GitHub (CliGitHub.cpp).
    void watchRun(GitHubClient *github, qint64 runId);
    void printRunChanges(QHash<QString, QString> &printed, const RunInfo &run, const QList<JobInfo> &jobs);

    // Releases (CliReleases.cpp).
    void releasesChange(const std::function<QString(class ReleaseLog &)> &change, ExitCode whenSaved = ExitCode::Success);
    void reportEnvFindings(const QList<EnvFinding> &findings, const struct RepoScanResult *scan = nullptr);

    QStringList m_arguments;
    Invocation m_invocation;
    std::unique_ptr<CoreContext> m_core; // made only for commands that need a profile or the keychain
    std::unique_ptr<AppServices> m_services;
    RemoteHost *m_remote = nullptr;
    QString m_remoteName; // the profile's name of m_remote
    QPointer<ChangeRun> m_change;
    std::unique_ptr<RehearsalControl> m_rehearsal;
    std::unique_ptr<RehearsalSupervisor> m_supervisor;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

} // namespace Stratum
