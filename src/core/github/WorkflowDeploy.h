#pragma once

#include "deploy/RemoteCommands.h"
#include "gates/Gates.h"
#include "github/WorkflowRuns.h"
#include "ssh/RemoteHost.h"
#include "keychain/Vault.h"
#include "profile/Profile.h"

#include <QObject>
#include <QPointer>

namespace Stratum {

// The standard deploy (runbook §4): the deploy workflow dispatched on the
// branch and followed until it ends, for GUI and CLI alike.
//  - The workflow deploys the branch as it is when the run starts, so the
//    target must be the branch head (or travel in the profile's SHA input);
//    an older SHA is sent to the SSH path.
//  - A run of the workflow already queued or in progress (maybe started from
//    the GitHub UI) blocks this one, by name.
//  - The run found must deploy the checked SHA, else it is cancelled.
//  - The outcome goes to the release log (SHA, run id and URL, result).
class WorkflowDeploy : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Success, Failed, Refused, Cancelled };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message;
        RunInfo run;
        QString failedLogTail;
    };

    WorkflowDeploy(const Profile &profile, GitHubClient *github, Vault *vault, QObject *parent = nullptr);

    // One deploy at a time across both paths: with a droplet, its deploy lock is
    // taken before the dispatch and released when the run ends.
    void setDroplet(RemoteHost *host, const LockInfo &holder);

    // The gates decide before the lock and the dispatch; without a keeper the deploy is refused.
    void setGates(GateKeeper *gates, const GateOverride &override = {});
    const GateDecision &gateDecision() const { return m_gate; }

    // Reads the head of the branch (SHA and commit title).
    void readHead(std::function<void(const QString &sha, const QString &title, const QString &error)> done);
    // Checks, dispatches, follows. `sha` empty = the branch head.
    void start(const QString &sha, const QString &who);
    void cancelRun(); // asks GitHub to cancel the run being followed

    QString repoPath() const;

Q_SIGNALS:
    void progress(const QString &message);
    void dispatched(qint64 runId, const QString &htmlUrl);
    void runUpdated(const Stratum::RunInfo &run, const QList<Stratum::JobInfo> &jobs);
    void finished(const Stratum::WorkflowDeploy::Result &result);

private:
    void checkGates(const QString &gatedSha);
    void checkNoRunActive(const QString &gatedSha);
    void dispatch(const QString &gatedSha);
    void follow(qint64 runId, const QString &gatedSha);
    void finish(Result result, bool record);
    void recordThenReport(Result result, bool record);
    void checkHealthThenFinish(Result result, int index = 0); // runbook §4.2 on the droplet after a successful run
    void takeLockThenDispatch(const QString &gatedSha);
    void releaseLockThen(std::function<void()> then);

    const Profile &m_profile;
    GitHubClient *m_github;
    Vault *m_vault;
    QPointer<RunWatcher> m_watcher;
    QString m_who;
    QString m_gatedSha;
    QPointer<RemoteHost> m_droplet;
    LockInfo m_lockHolder;
    QPointer<GateKeeper> m_gates;
    GateOverride m_override;
    GateDecision m_gate;
    bool m_lockTaken = false;
    bool m_done = false;
};

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::WorkflowDeploy::Result)
