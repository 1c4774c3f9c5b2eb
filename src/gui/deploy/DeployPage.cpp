#include "DeployPage.h"
#include "ui_deploypage.h"

#include "gui/common/MainAction.h"

#include "core/checklists/SetupProbes.h"
#include "core/deploy/DeployLane.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/github/GitHubAccess.h"
#include "core/github/Protection.h"
#include "gui/common/Confirm.h"
#include "gui/console/ConsoleView.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QInputDialog>
#include <QRegularExpressionValidator>

namespace Stratum {

namespace {

const QString okStyle = QStringLiteral("QLabel { color: #2e7d32; }");
const QString failStyle = QStringLiteral("QLabel { color: #c62828; }");
const QString overrideStyle = QStringLiteral("color: #c0392b; font-weight: bold;");

} // namespace

DeployPage::DeployPage(CoreContext &core, DeployLane &lane, GitHubAccess &github, KSyntaxHighlighting::Repository &repository,
                       QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeployPage>()), m_core(core), m_lane(lane), m_github(github),
      m_console(nullptr)
{
    m_ui->setupUi(this);
    m_console = new ConsoleView(repository, &core.redactor(), m_ui->consoleHost);
    m_console->setObjectName(QStringLiteral("deployConsole"));
    m_ui->consoleHostLayout->addWidget(m_console);
    m_ui->runSplitter->setSizes({180, 320});

    const Profile &profile = core.profile();
    m_ui->shaEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,40}")), m_ui->shaEdit));
    m_ui->methodCombo->addItem(tr("GitHub workflow \"%1\" on %2 (standard)")
                                   .arg(profile.github.deployWorkflow.name, profile.github.branch),
                               QStringLiteral("workflow"));
    m_ui->methodCombo->addItem(tr("SSH by SHA (emergency, runbook §6)"), QStringLiteral("ssh"));
    m_gateDelay.setSingleShot(true);
    m_gateDelay.setInterval(400);
    connect(&m_gateDelay, &QTimer::timeout, this, &DeployPage::previewGates);
    connect(m_ui->shaEdit, &QLineEdit::textChanged, this, [this]() { m_gateReport.reset(); m_gateDelay.start(); });
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, [this]() { m_gateReport.reset(); m_gateDelay.start(); });
    connect(m_ui->overrideGatesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->overrideReasonEdit->setEnabled(on);
        if (!on)
            m_ui->overrideReasonEdit->clear(); // a reason is typed for one override, never kept for the next
        m_ui->overrideReasonEdit->setStyleSheet(on ? QStringLiteral("QLineEdit { border: 2px solid #c0392b; }") : QString());
        m_ui->overrideGatesCheck->setStyleSheet(on ? overrideStyle : QString());
        updateState();
    });
    connect(m_ui->overrideReasonEdit, &QLineEdit::textChanged, this, &DeployPage::updateState);
    m_ui->gateLabel->setText(tr("Enter a SHA (or check GitHub for the head) to see its gates."));

    connect(m_ui->shaEdit, &QLineEdit::textChanged, this, &DeployPage::updateState);
    // GitHub is read when asked (Check GitHub), never behind the operator's back.
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &DeployPage::updateState);
    connect(m_ui->hostCombo, &QComboBox::currentIndexChanged, this, &DeployPage::updateState);
    // The promotion gate depends on where the change goes.
    connect(m_ui->hostCombo, &QComboBox::currentIndexChanged, this, [this]() { m_gateReport.reset(); m_gateDelay.start(); });
    connect(m_ui->refreshGitHubButton, &QPushButton::clicked, this, &DeployPage::refreshGitHub);
    connect(m_ui->openRunButton, &QPushButton::clicked, this, &DeployPage::openRun);
    connect(m_ui->deployButton, &QPushButton::clicked, this, [this]() {
        const QString typed = m_ui->shaEdit->text();
        planThenConfirm(intentFor(workflowMethod() ? ChangeKind::DeployViaWorkflow : ChangeKind::DeployOverSsh,
                                  Sha::parse(typed).value_or(Sha())));
    });
    bindMainAction(this, m_ui->deployButton); // ⌘↩: the page's main action
    // ↩ in the SHA field plans the deploy too; its confirmation still has Cancel as its default.
    connect(m_ui->shaEdit, &QLineEdit::returnPressed, this, [this]() {
        if (m_ui->deployButton->isEnabled())
            m_ui->deployButton->click();
    });
    connect(m_ui->restartEnvButton, &QPushButton::clicked, this, &DeployPage::startEnvRestart);
    connect(m_ui->recreateFrontendButton, &QPushButton::clicked, this, &DeployPage::startFrontendRecreate);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this]() {
        if (!m_change)
            return;
        m_change->cancel();
        m_console->appendInfo(tr("cancel requested: stopping at the next safe point"));
    });
    connect(&m_lane, &DeployLane::readOnlyChanged, this, &DeployPage::updateState);
    reloadHosts();
    updateState();
}

DeployPage::~DeployPage() = default;

bool DeployPage::workflowMethod() const
{
    return m_ui->methodCombo->currentData().toString() == QLatin1String("workflow");
}

namespace {
const QString environmentItem = QStringLiteral("environment:"); // the host list's entry for a whole environment
} // namespace

QString DeployPage::selectedHost() const
{
    const QString chosen = m_ui->hostCombo->currentData().toString();
    return chosen.startsWith(environmentItem) ? QString() : chosen;
}

QString DeployPage::selectedEnvironment() const
{
    const QString chosen = m_ui->hostCombo->currentData().toString();
    return chosen.startsWith(environmentItem) ? chosen.mid(environmentItem.size()) : QString();
}

// ------------------------------------------------------------------ GitHub and the gates

void DeployPage::refreshGitHub()
{
    m_ui->githubHeadLabel->setText(tr("Reading GitHub…"));
    m_lane.readHead(this, [this](const BranchHead &head) {
        if (!head.error.isEmpty()) {
            m_ui->githubHeadLabel->setText(head.noCredentials ? tr("No GitHub token: set one in Settings.") : head.error);
            return;
        }
        m_headSha = head.sha;
        m_ui->githubHeadLabel->setText(QStringLiteral("<code>%1</code> %2").arg(head.sha.left(Sha::shortLength),
                                                                                 head.title.toHtmlEscaped()));
        if (m_ui->shaEdit->text().isEmpty())
            m_ui->shaEdit->setPlaceholderText(head.sha.left(Sha::shortLength));
        m_lane.previewGates(*Sha::parse(head.sha), promotionTarget(), this, [this, head](const GateReport &report) {
            m_ui->ciLabel->setText(report.ci.detail);
            m_ui->ciLabel->setStyleSheet(report.ci.state == CiGate::State::Green ? okStyle : failStyle);
            if (gateTarget() == head.sha) {
                m_gateReport = report;
                showGates(report);
            }
            updateState();
        });
        showProtection();
        updateState();
    });
}

void DeployPage::showProtection()
{
    m_github.withClient(this, [this](GitHubClient *github, const GitHubAccessError &) {
        if (!github)
            return;
        checkProtection(github, m_core.profile(), this, [this](const ProtectionCheck &check) {
            m_ui->protectionLabel->setText(describeProtection(check.report));
        });
    });
}

QString DeployPage::gateTarget() const
{
    const QString typed = m_ui->shaEdit->text().trimmed().toLower();
    if (!typed.isEmpty())
        return Sha::isPrefixText(typed) ? typed : QString();
    return workflowMethod() ? m_headSha : QString();
}

void DeployPage::refreshGates()
{
    m_lane.forgetGates();
    m_gateReport.reset();
    previewGates();
}

void DeployPage::previewGates()
{
    const QString target = gateTarget();
    if (target.isEmpty()) {
        m_ui->gateLabel->setText(tr("Enter a SHA (or check GitHub for the head) to see its gates."));
        updateState();
        return;
    }
    m_ui->gateLabel->setText(tr("Checking the gates for %1…").arg(target.left(Sha::shortLength)));
    m_lane.previewGates(*Sha::parse(target), promotionTarget(), this, [this, target](const GateReport &report) {
        if (gateTarget() != target)
            return; // the operator typed on meanwhile
        m_gateReport = report;
        showGates(report);
        updateState();
    });
}

void DeployPage::showGates(const GateReport &report)
{
    QStringList lines;
    for (const ChecklistGate &gate : report.checklists) {
        const QString mark = gate.complete() ? QStringLiteral("✔") : QStringLiteral("✘");
        lines << tr("%1 %2: %3/%4").arg(mark, gate.title.toHtmlEscaped()).arg(gate.done).arg(gate.total);
    }
    const bool ciOk = report.ci.state == CiGate::State::Green || report.ci.state == CiGate::State::NotApplicable;
    // The detail names CI itself ("CI green: …", "no GitHub token …").
    lines << QStringLiteral("%1 %2").arg(ciOk ? QStringLiteral("✔") : QStringLiteral("✘"),
                                         report.ci.state == CiGate::State::Unverifiable
                                             ? tr("CI cannot be verified: %1").arg(report.ci.detail.toHtmlEscaped())
                                             : report.ci.detail.toHtmlEscaped());
    if (report.promotion.state != PromotionGate::State::NotApplicable)
        lines << QStringLiteral("%1 %2").arg(report.promotion.blocks() ? QStringLiteral("✘") : QStringLiteral("✔"),
                                             tr("ran on %1").arg(report.promotion.from.toHtmlEscaped()));
    const QString colour = report.passed() ? QStringLiteral("#1e8449") : QStringLiteral("#c0392b");
    m_ui->gateLabel->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> — %3")
                                 .arg(colour, report.passed() ? tr("gates passed for %1").arg(report.sha.left(Sha::shortLength))
                                                              : tr("gates NOT met for %1").arg(report.requestedSha.left(Sha::shortLength)),
                                      lines.join(QStringLiteral(" · "))));
    m_ui->gateLabel->setToolTip(report.blockers().join(QLatin1Char('\n')));
}

// ------------------------------------------------------------------ hosts and state

void DeployPage::reloadHosts()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        const QString previous = m_ui->hostCombo->currentData().toString();
        m_ui->hostCombo->clear();
        if (!hosts.error.ok()) {
            m_ui->hostCombo->addItem(tr("keychain unavailable"));
            m_ui->hostCombo->setToolTip(hosts.error.message);
        } else if (hosts.value.isEmpty()) {
            m_ui->hostCombo->addItem(tr("no host yet (add one in Settings)"));
        }
        m_hostEntries = hosts.value;
        for (const HostEntry &host : hosts.value)
            m_ui->hostCombo->addItem(host.name, host.name);
        // An environment of several hosts is also one entry: a deploy or rollback then rolls over its hosts.
        for (const Environment &environment : m_core.profile().environments) {
            if (environment.hosts.size() > 1)
                m_ui->hostCombo->addItem(tr("%1: every host, one at a time (%2)")
                                             .arg(environment.name, environment.hosts.join(QStringLiteral(" → "))),
                                         QString(environmentItem + environment.name));
        }
        const int index = m_ui->hostCombo->findData(previous);
        if (index >= 0)
            m_ui->hostCombo->setCurrentIndex(index);
        updateState();
    });
}

PromotionTarget DeployPage::promotionTarget() const
{
    if (const Environment *environment = m_core.profile().environment(selectedEnvironment()))
        return {environment->name, environmentRole(*environment) == HostRole::Production, {}};
    const HostEntry host = hostEntry(selectedHost());
    return host.name.isEmpty() ? PromotionTarget() : promotionTargetFor(m_core.profile(), host, m_hostEntries);
}

HostEntry DeployPage::hostEntry(const QString &name) const
{
    for (const HostEntry &host : m_hostEntries)
        if (host.name == name)
            return host;
    return {}; // unknown: read as production, the safe side
}

void DeployPage::updateState()
{
    const bool running = isRunning();
    const QString sha = m_ui->shaEdit->text();
    const bool hasHost = !selectedHost().isEmpty() || !selectedEnvironment().isEmpty();
    QString reason;
    if (running)
        reason = tr("A deploy is running.");
    else if (m_lane.readOnly())
        reason = m_lane.readOnlyRefusal();
    else if (workflowMethod() && m_headSha.isEmpty())
        reason = tr("Check GitHub first: the workflow deploys the head of %1.").arg(m_core.profile().github.branch);
    else if (workflowMethod() && !sha.isEmpty() && !m_headSha.startsWith(sha.toLower())
             && m_core.profile().github.deployWorkflow.shaInput.isEmpty())
        reason = tr("That is not the head of %1; the workflow would deploy %2. Use SSH by SHA for an older commit.")
                     .arg(m_core.profile().github.branch, m_headSha.left(Sha::shortLength));
    else if (workflowMethod())
        reason.clear();
    else if (!hasHost)
        reason = tr("Add the droplet in Settings first.");
    else if (sha.isEmpty())
        reason = tr("Enter the commit SHA to deploy.");
    else if (!Sha::isPrefixText(sha))
        reason = tr("A SHA has 7 to 40 hex digits.");
    const bool overriding = m_ui->overrideGatesCheck->isChecked();
    if (reason.isEmpty() && overriding && m_ui->overrideReasonEdit->text().trimmed().isEmpty())
        reason = tr("Type why the gates are overridden.");
    else if (reason.isEmpty() && !overriding && !m_gateReport)
        reason = tr("Checking the gates…");
    else if (reason.isEmpty() && !overriding && !m_gateReport->passed())
        reason = tr("Gates not met: %1").arg(m_gateReport->blockers().value(0));
    m_ui->deployButton->setEnabled(reason.isEmpty());
    m_ui->deployButton->setText(overriding && reason.isEmpty() ? tr("Deploy (gates overridden)") : tr("Deploy"));
    m_ui->deployButton->setStyleSheet(overriding && reason.isEmpty() ? overrideStyle : QString());
    m_ui->deployButton->setToolTip(reason);
    m_ui->blockedReasonLabel->setText(reason);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->restartEnvButton), static_cast<QWidget *>(m_ui->recreateFrontendButton)})
        widget->setEnabled(hasHost && !running && !m_lane.readOnly());
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->shaEdit), static_cast<QWidget *>(m_ui->methodCombo),
                            static_cast<QWidget *>(m_ui->hostCombo)})
        widget->setEnabled(!running);
    m_ui->cancelButton->setEnabled(m_change != nullptr);
}

// ------------------------------------------------------------------ plan, confirm, run

ChangeIntent DeployPage::intentFor(ChangeKind kind, const Sha &sha) const
{
    ChangeIntent intent;
    intent.kind = kind;
    intent.sha = sha;
    intent.hostName = selectedHost();
    intent.environment = selectedEnvironment();
    if (isGated(kind))
        intent.override = {m_ui->overrideGatesCheck->isChecked(), m_ui->overrideReasonEdit->text()};
    return intent;
}

void DeployPage::startRollback(const QString &sha)
{
    planThenConfirm(intentFor(ChangeKind::Rollback, Sha::parse(sha).value_or(Sha())));
}

void DeployPage::startDeploy(const QString &sha)
{
    m_ui->shaEdit->setText(sha);
    planThenConfirm(intentFor(ChangeKind::DeployOverSsh, Sha::parse(sha).value_or(Sha())));
}

void DeployPage::promote(const QString &sha, const QString &from, const QString &environment)
{
    // The environment as a whole: its one host, or each of its hosts one after the other.
    const Environment *target = m_core.profile().environment(environment);
    const QString entry = target && target->hosts.size() == 1 ? target->hosts.first() : QString(environmentItem + environment);
    const int index = m_ui->hostCombo->findData(entry);
    if (index >= 0)
        m_ui->hostCombo->setCurrentIndex(index);
    m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(QStringLiteral("ssh")));
    m_ui->shaEdit->setText(sha);
    ChangeIntent intent = intentFor(ChangeKind::DeployOverSsh, Sha::parse(sha).value_or(Sha()));
    intent.hostName.clear();
    intent.environment = environment;
    intent.promoteFrom = from;
    planThenConfirm(intent);
}

void DeployPage::planThenConfirm(const ChangeIntent &intent)
{
    if (isRunning())
        return;
    m_planning = true;
    updateState();
    showResult(tr("Checking %1…").arg(changeKindTitle(intent.kind).toLower()), true);
    m_ui->resultLabel->setStyleSheet(QString());
    m_lane.plan(intent, this, [this](const ChangePlan &plan) { onPlanned(plan); });
}

void DeployPage::startEnvRestart()
{
    planThenConfirm(intentFor(ChangeKind::EnvRestart));
}

void DeployPage::startFrontendRecreate()
{
    planThenConfirm(intentFor(ChangeKind::FrontendRecreate));
}

void DeployPage::focusSha(const QString &method)
{
    const int index = m_ui->methodCombo->findData(method);
    if (index >= 0 && m_ui->methodCombo->isEnabled())
        m_ui->methodCombo->setCurrentIndex(index);
    m_ui->shaEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->shaEdit->selectAll();
}

void DeployPage::openRun()
{
    if (!m_runUrl.isEmpty())
        QDesktopServices::openUrl(QUrl(m_runUrl));
}

// "Undo this deploy" (⌘Z): the core decides where it goes, or says why it cannot.
void DeployPage::startUndo()
{
    if (isRunning())
        return;
    m_planning = true;
    updateState();
    showResult(tr("Checking the undo of the last deploy…"), true);
    m_ui->resultLabel->setStyleSheet(QString());
    m_lane.planUndo(selectedHost(), this, [this](const ChangePlan &plan) { onPlanned(plan); });
}

void DeployPage::onPlanned(const ChangePlan &plan)
{
    m_planning = false;
    updateState();
    m_ui->currentLabel->setText(plan.currentText());
    if (!plan.ready()) {
        const QString blockers = plan.refusedByGates() ? plan.gates.blockers().join(QStringLiteral("; ")) : plan.message;
        showResult(plan.refusedByGates()
                       ? tr("refused: the gates for %1 are not met (nothing was run on the droplet): %2")
                             .arg(plan.gates.requestedSha.left(Sha::shortLength), blockers)
                       : tr("%1 not possible (nothing was changed): %2").arg(changeKindTitle(plan.intent.kind), plan.message),
                   false);
        if (onlyTheCloneIsDirty(plan))
            askToAllowDirtyClone(plan.intent, plan.cloneChanges);
        return;
    }
    m_ui->resultLabel->clear();
    const bool warn = plan.gatesOverridden() || !plan.warnings.isEmpty() || plan.crossesMigrations();
    const QString tick = plan.crossesMigrations()
        ? tr("The database stays at the newer schema: %1 may run against it").arg(plan.targetSha.shortForm())
        : QString();
    // The accept button works only once the tick is set, so confirming is the consent.
    const HostEntry host = hostEntry(plan.hostName);
    Confirmation question{changeKindTitle(plan.intent.kind), plan.confirmationText(), changeKindTitle(plan.intent.kind),
                          warn ? QMessageBox::Warning : QMessageBox::Question};
    question.roleLabel = hostRoleLabel(host.role);
    question.roleColour = host.shownColour();
    const QString typed = plan.typedConfirmation(plan.hostRole);
    confirm(this, question, [this, plan, typed, question]() {
        if (typed.isEmpty()) {
            run(plan, ChangeConsent{plan.crossesMigrations()});
            return;
        }
        confirmByTyping(this, question.roleLabel + QStringLiteral(" — ") + question.title, plan.typedConfirmationReason(), typed,
                        [this, plan]() { run(plan, ChangeConsent{plan.crossesMigrations()}); });
    }, tick);
}

bool DeployPage::onlyTheCloneIsDirty(const ChangePlan &plan)
{
    return !plan.cloneChanges.isEmpty() && !plan.intent.allowDirtyClone && plan.blockers.size() == 1;
}

// Swarm's quick way back for the last change (`docker service rollback`): asked with a reason the
// team reads, run by the lane under the deploy lock, its output in this page's console.
void DeployPage::startSwarmUndo(const QString &hostName)
{
    if (isRunning())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("swarmUndoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Undo the swarm's last update on %1").arg(hostName));
    dialog->setLabelText(tr("Every service of the stack goes back to its spec before the last update (docker service rollback), "
                            "then the app waits until the stack converged. Why? (kept in the release log and the audit log)"));
    dialog->setOkButtonText(tr("Undo the update"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, hostName](const QString &reason) {
        if (reason.trimmed().isEmpty()) {
            showResult(tr("nothing was changed: undoing the swarm's last update needs a reason"), false);
            return;
        }
        runSwarmUndo(hostName, reason.trimmed());
    });
    dialog->open();
}

void DeployPage::runSwarmUndo(const QString &hostName, const QString &reason)
{
    m_planning = true; // nothing else starts meanwhile
    updateState();
    m_ui->stepsTree->clear();
    m_stepItems.clear();
    m_console->appendInfo(tr("— undoing the swarm's last update on %1 —").arg(hostName));
    m_ui->resultLabel->setStyleSheet(QString());
    m_ui->resultLabel->setText(tr("Undoing the swarm's last update on %1…").arg(hostName));
    m_lane.undoSwarmUpdate(hostName, reason, this, [this](const QByteArray &output) { m_console->appendOutput(output, false); },
                           [this, hostName](const DeployLane::CommandOutcome &outcome) {
        m_planning = false;
        updateState();
        if (!outcome.ran || !outcome.result.ok()) {
            showResult(outcome.ran ? tr("the swarm did not go back: %1").arg(m_core.redactor().redact(outcome.result.failure())) : outcome.error,
                       false);
            return;
        }
        QString text = outcome.runsAfter.isEmpty() ? tr("%1 went back to its spec before the last update").arg(hostName)
                                                   : tr("%1 went back to its spec before the last update: the backend runs %2")
                                                         .arg(hostName, outcome.runsAfter.left(Sha::shortLength));
        if (!outcome.notRecorded.isEmpty())
            text += QStringLiteral(" ") + tr("(not recorded in the release log: %1)").arg(outcome.notRecorded);
        showResult(text, outcome.notRecorded.isEmpty());
        Q_EMIT releaseLogChanged();
    });
}

// The droplet's clone has files nobody checked: used only with a typed reason, which the
// release log and the audit log keep.
void DeployPage::askToAllowDirtyClone(ChangeIntent intent, const QStringList &changes)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("dirtyCloneDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Files in the droplet's clone nobody checked"));
    dialog->setLabelText(tr("Compose would use these files on the droplet as they are:\n  %1\n\nCommit or remove them there, "
                            "or say why this %2 may use them (kept in the release log and the audit log):")
                             .arg(changes.join(QStringLiteral("\n  ")), changeKindTitle(intent.kind).toLower()));
    dialog->setOkButtonText(tr("Use them and check again"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, intent](const QString &reason) mutable {
        if (reason.trimmed().isEmpty()) {
            showResult(tr("nothing was changed: a reason is needed to use the droplet's uncommitted files"), false);
            return;
        }
        intent.allowDirtyClone = true;
        intent.reason = reason.trimmed();
        planThenConfirm(intent);
    });
    dialog->open();
}

void DeployPage::run(const ChangePlan &plan, ChangeConsent consent)
{
    m_runningKind = plan.intent.kind;
    m_ui->stepsTree->clear();
    m_stepItems.clear();
    m_ui->resultLabel->setStyleSheet(QString());
    m_ui->resultLabel->setText(plan.intent.kind == ChangeKind::DeployViaWorkflow ? tr("Dispatching…") : tr("Running…"));
    m_change = m_lane.run(plan, this, consent);
    connect(m_change, &ChangeRun::stepStarted, this, &DeployPage::onStepStarted);
    connect(m_change, &ChangeRun::output, this, [this](int, bool isStderr, const QString &text) {
        m_console->appendOutput(text.toUtf8(), isStderr);
    });
    connect(m_change, &ChangeRun::stepFinished, this, &DeployPage::onStepFinished);
    connect(m_change, &ChangeRun::progress, m_console, &ConsoleView::appendInfo);
    connect(m_change, &ChangeRun::dispatched, this, [this](qint64 runId, const QString &url) {
        m_runUrl = url;
        m_ui->openRunButton->setEnabled(!url.isEmpty());
        m_console->appendInfo(tr("following run %1: %2").arg(runId).arg(url));
    });
    connect(m_change, &ChangeRun::runUpdated, this, &DeployPage::showRun);
    connect(m_change, &ChangeRun::finished, this, &DeployPage::onFinished);
    updateState();
}

void DeployPage::onStepStarted(int index, const QString &name, const QString &command)
{
    auto *item = new QTreeWidgetItem(m_ui->stepsTree, {name, tr("running…"), QString(), QString(), command});
    item->setToolTip(4, command);
    while (m_stepItems.size() <= index)
        m_stepItems.append(nullptr);
    m_stepItems[index] = item;
    m_ui->stepsTree->scrollToItem(item);
    m_console->appendInfo(tr("[%1] %2").arg(index + 1).arg(name));
    if (!command.isEmpty())
        m_console->appendCommand(command);
}

void DeployPage::onStepFinished(const StepReport &report)
{
    QTreeWidgetItem *item = m_stepItems.value(report.index);
    if (!item)
        return;
    item->setText(1, report.ok ? tr("ok") : tr("failed"));
    item->setText(2, QString::number(report.exitStatus));
    item->setText(3, tr("%1 s").arg(report.durationMs / 1000.0, 0, 'f', 1));
    if (!report.ok) {
        item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        item->setToolTip(1, report.message);
        m_console->appendInfo(tr("step failed: %1").arg(report.message));
    }
    for (int column = 0; column < 4; ++column)
        m_ui->stepsTree->resizeColumnToContents(column);
}

void DeployPage::showRun(const RunInfo &run, const QList<JobInfo> &jobs)
{
    m_ui->resultLabel->setText(tr("Run %1: %2").arg(run.id).arg(run.status));
    m_ui->stepsTree->clear();
    for (const JobInfo &job : jobs) {
        const qint64 seconds = job.startedAt.isValid() ? job.startedAt.secsTo(job.completedAt.isValid() ? job.completedAt
                                                                                                       : QDateTime::currentDateTimeUtc()) : -1;
        // GitHub's clock and ours differ: a negative duration is no duration.
        auto *jobItem = new QTreeWidgetItem(m_ui->stepsTree, {job.name, job.conclusion.isEmpty() ? job.status : job.conclusion,
                                                              QString(), seconds >= 0 ? tr("%1 s").arg(seconds) : QString(),
                                                              tr("job %1").arg(job.id)});
        for (const StepInfo &step : job.steps)
            new QTreeWidgetItem(jobItem, {step.name, step.conclusion.isEmpty() ? step.status : step.conclusion});
        jobItem->setExpanded(true);
    }
    m_ui->stepsTree->resizeColumnToContents(0);
}

void DeployPage::showResult(const QString &text, bool ok)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(ok ? okStyle : failStyle);
}

void DeployPage::onFinished(const ChangeResult &result)
{
    const bool ok = result.succeeded();
    QString text;
    if (result.run.id > 0)
        text = result.message;
    else if (ok)
        text = tr("Done: %1 is deployed.").arg(result.sha.left(Sha::shortLength));
    else
        text = tr("%1: %2").arg(outcomeName(result.outcome), result.message);
    if (!ok && !result.dropletChanged && result.run.id == 0)
        text += tr(" Nothing on the droplet was changed.");
    showResult(text, ok);
    m_console->appendInfo(text);
    if (!result.failedLogTail.isEmpty()) {
        m_console->appendInfo(tr("end of the failed job's log:"));
        m_console->appendOutput(result.failedLogTail.toUtf8() + '\n', true);
    }
    m_change->deleteLater();
    m_change = nullptr;
    updateState();
    Q_EMIT releaseLogChanged();
    Q_EMIT operationFinished(result);
    if (ok && Sha::isFullText(result.sha))
        Q_EMIT deployed(result.sha);
    if (ok && isGated(m_runningKind) && Sha::isFullText(result.sha))
        Q_EMIT forwardDeployed(result.sha);
    if (ok && m_runningKind == ChangeKind::Rollback && Sha::isFullText(result.sha))
        Q_EMIT rolledBack(result.sha);
}

} // namespace Stratum
