#pragma once

#include "app/CoreContext.h"
#include "deploy/DropletOperation.h"
#include "github/WorkflowDeploy.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

#include <memory>

namespace Ui {
class DeployPage;
}

namespace KSyntaxHighlighting {
class Repository;
}

class QTreeWidgetItem;

namespace Stratum {

class ConsoleView;
class RegistryClient;
class GitHubClient;
class RemoteHosts;

// Deploys a SHA, rolls back to a known-good one, or restarts with new env —
// each after one confirmation that shows current → target — and shows every
// step with its command, output, exit status and duration.
class DeployPage : public QWidget
{
    Q_OBJECT
public:
    DeployPage(CoreContext &core, RemoteHosts &hosts, KSyntaxHighlighting::Repository &repository,
               QWidget *parent = nullptr);
    ~DeployPage() override;

    ConsoleView *console() const { return m_console; }
    bool isRunning() const { return m_operation != nullptr || m_workflow != nullptr; }

public Q_SLOTS:
    void startRollback(const QString &sha);
    void reloadHosts();
    void refreshGitHub(); // head of main, its CI state, branch protection
    void refreshGates();  // after a checklist changed

Q_SIGNALS:
    void releaseLogChanged();
    void operationFinished(const Stratum::OperationResult &result);
    void deployed(const QString &sha); // a deploy or rollback succeeded: time for the health watch

private:
    void updateState();
    QString gateTarget() const; // the SHA the gates are shown for
    void evaluateGates();
    void showGates(const GateReport &report);
    GateOverride gateOverride() const;
    void askThenRun(DropletOperation::Options options);
    void confirmThenRun(DropletOperation::Options options, const QString &gateWarning);
    void run(DropletOperation::Options options);
    void onStepStarted(int index, const QString &name, const QString &command);
    void onStepFinished(const StepReport &report);
    void onFinished(const OperationResult &result);
    QString selectedHost() const;
    bool workflowMethod() const;
    void withGitHub(std::function<void(GitHubClient *)> then);
    void askThenDispatch();
    void showRun(const RunInfo &run, const QList<JobInfo> &jobs);
    void onWorkflowFinished(const WorkflowDeploy::Result &result);

    std::unique_ptr<Ui::DeployPage> m_ui;
    CoreContext &m_core;
    RemoteHosts &m_hosts;
    ConsoleView *m_console;
    RegistryClient *m_registry;
    QPointer<DropletOperation> m_operation;
    QPointer<WorkflowDeploy> m_workflow;
    GitHubClient *m_github = nullptr;
    QString m_headSha;
    QString m_runUrl;
    QList<QTreeWidgetItem *> m_stepItems;
    GateKeeper *m_gates;
    std::optional<GateReport> m_gateReport;
    QTimer m_gateDelay;
};

} // namespace Stratum
