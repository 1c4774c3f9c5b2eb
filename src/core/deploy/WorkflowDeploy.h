#pragma once

#include "core/deploy/Change.h"
#include "core/droplet/RemoteCommands.h"
#include "core/github/WorkflowRuns.h"
#include "core/profile/Profile.h"
#include "core/ssh/RemoteHost.h"

#include <QPointer>
#include <QTimer>

namespace Stratum {

class Redactor;
class Vault;

// Carries out an approved deploy through the deploy workflow (runbook §4):
// dispatched on the branch and followed until it ends.
//  - A run of the workflow already queued or in progress (maybe started from
//    the GitHub UI) blocks this one, by name.
//  - With a droplet, its deploy lock is taken before the dispatch and
//    released when the run ends: one deploy at a time across both paths.
//  - The run found must deploy the planned SHA, else it is cancelled.
//  - After a successful run the backend must be live and ready on the droplet.
//  - The outcome goes to the release log (SHA, run id and URL, result).
// Only the deploy lane starts one (it needs an ApprovedChange).
class WorkflowDeploy : public ChangeRun
{
    Q_OBJECT
public:
    WorkflowDeploy(const Profile &profile, Vault *vault, const Redactor *redactor, QObject *parent = nullptr);

    void setTransport(GitHubClient *github, RemoteHost *droplet); // droplet may be null
    void cancel() override; // asks GitHub to cancel the run being followed

private:
    friend class DeployLane;
    void begin(const ApprovedChange &approved);

    void checkNoRunActive();
    void takeLockThenDispatch();
    void dispatch();
    void follow(qint64 runId);
    void finish(ChangeResult result, bool record);
    void recordThenReport(ChangeResult result, bool record);
    void checkHealthThenFinish(ChangeResult result, int index = 0); // runbook §4.2 on the droplet after a successful run
    void releaseLockThen(std::function<void()> then);
    QString repoPath() const;

    const Profile &m_profile;
    Vault *m_vault;
    const Redactor *m_redactor;
    GitHubClient *m_github = nullptr;
    QPointer<RemoteHost> m_droplet;
    QPointer<RunWatcher> m_watcher;
    QString m_who;
    QString m_gatedSha;
    QString m_hostName; // the droplet whose lock it holds (empty: none set up)
    LockInfo m_lockHolder;
    GateDecision m_decision;
    bool m_lockTaken = false;
    bool m_done = false;
    QTimer m_heartbeat; // while the lock is held: this change's app is still with it
};

} // namespace Stratum
