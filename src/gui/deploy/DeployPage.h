#pragma once

#include "core/hosts/HostEntry.h"

#include "core/app/CoreContext.h"
#include "core/deploy/Change.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DeployPage;
}

namespace KSyntaxHighlighting {
class Repository;
}

class QTreeWidgetItem;

namespace Stratum {

class ConsoleView;
class DeployLane;
class GitHubAccess;

// Deploys a SHA, rolls back to a known-good one, or restarts with new env.
// The core's deploy lane plans each change; the page shows the plan in one
// confirmation (current → target, gates, warnings), runs the confirmed plan
// and shows every step with its command, output, exit status and duration.
class DeployPage : public QWidget
{
    Q_OBJECT
public:
    DeployPage(CoreContext &core, DeployLane &lane, GitHubAccess &github, KSyntaxHighlighting::Repository &repository,
               QWidget *parent = nullptr);
    ~DeployPage() override;

    ConsoleView *console() const { return m_console; }
    bool isRunning() const { return m_change != nullptr || m_planning; }

public Q_SLOTS:
    void startRollback(const QString &sha);
    void startUndo(); // ⌘Z during the watch after a deploy
    void startEnvRestart();
    void startFrontendRecreate();
    void startSwarmUndo(const QString &hostName); // asks why, then `docker service rollback` of the stack there
    void focusSha(const QString &method = {}); // the palette's "Deploy a SHA…": "workflow" or "ssh", the field ready to type in
    void openRun(); // the GitHub Actions run being followed, in the browser
    QString runUrl() const { return m_runUrl; }
    void startDeploy(const QString &sha); // over SSH, e.g. to finish a deploy that was cut off
    // The release lane's promotion: `sha` (smoke passed on `from`) to `environment`, over SSH,
    // planned and confirmed (several hosts: one after the other).
    void promote(const QString &sha, const QString &from, const QString &environment);
    void reloadHosts();
    void refreshGitHub(); // head of main, its gates and CI, branch protection
    void refreshGates();  // after a checklist changed

Q_SIGNALS:
    void releaseLogChanged();
    void operationFinished(const Stratum::ChangeResult &result);
    void deployed(const QString &sha); // a deploy or rollback succeeded: time for the health watch
    void rolledBack(const QString &sha); // a rollback succeeded: holding production there is offered
    void forwardDeployed(const QString &sha); // a deploy succeeded: it may be undone during its watch

private:
    void updateState();
    QString gateTarget() const; // the SHA the gates are shown for
    void previewGates();
    PromotionTarget promotionTarget() const; // of the host chosen
    QString selectedEnvironment() const;     // an environment of several hosts chosen as a whole; empty: one host
    void showGates(const GateReport &report);
    ChangeIntent intentFor(ChangeKind kind, const Sha &sha = {}) const;
    void planThenConfirm(const ChangeIntent &intent);
    void onPlanned(const ChangePlan &plan);
    HostEntry hostEntry(const QString &name) const;
    static bool onlyTheCloneIsDirty(const ChangePlan &plan);
    void askToAllowDirtyClone(ChangeIntent intent, const QStringList &changes);
    void runSwarmUndo(const QString &hostName, const QString &reason);
    void run(const ChangePlan &plan, ChangeConsent consent = {});
    void showProtection();
    void onStepStarted(int index, const QString &name, const QString &command);
    void onStepFinished(const StepReport &report);
    void showRun(const RunInfo &run, const QList<JobInfo> &jobs);
    void onFinished(const ChangeResult &result);
    void showResult(const QString &text, bool ok);
    QString selectedHost() const;
    bool workflowMethod() const;

    std::unique_ptr<Ui::DeployPage> m_ui;
    CoreContext &m_core;
    DeployLane &m_lane;
    GitHubAccess &m_github;
    ConsoleView *m_console;
    QPointer<ChangeRun> m_change;
    bool m_planning = false;
    QString m_headSha;
    QString m_runUrl;
    QList<QTreeWidgetItem *> m_stepItems;
    std::optional<GateReport> m_gateReport;
    QTimer m_gateDelay;
    ChangeKind m_runningKind = ChangeKind::DeployOverSsh;
    QList<HostEntry> m_hostEntries; // their roles: production's confirmations say so, in red
};

} // namespace Stratum
