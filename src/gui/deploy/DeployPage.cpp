#include "DeployPage.h"
#include "ui_deploypage.h"

#include "console/ConsoleView.h"
#include "deploy/ComposePs.h"
#include "deploy/RemoteCommands.h"
#include "github/CiState.h"
#include "github/GitHubClient.h"
#include "github/Protection.h"
#include "registry/RegistryClient.h"
#include "ssh/RemoteHosts.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QSysInfo>
#include <QUuid>

namespace Stratum {

DeployPage::DeployPage(CoreContext &core, RemoteHosts &hosts, KSyntaxHighlighting::Repository &repository,
                       QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeployPage>()), m_core(core), m_hosts(hosts),
      m_console(nullptr), m_registry(new RegistryClient(core.profile().images.apiBaseUrl,
                                                        std::chrono::seconds(core.profile().timing.httpSeconds), this))
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
    m_gates = new GateKeeper(profile, core.vault(), &core.redactor(), this);
    m_gateDelay.setSingleShot(true);
    m_gateDelay.setInterval(400);
    connect(&m_gateDelay, &QTimer::timeout, this, &DeployPage::evaluateGates);
    connect(m_ui->shaEdit, &QLineEdit::textChanged, this, [this]() { m_gateReport.reset(); m_gateDelay.start(); });
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, [this]() { m_gateReport.reset(); m_gateDelay.start(); });
    connect(m_ui->overrideGatesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->overrideReasonEdit->setEnabled(on);
        if (!on)
            m_ui->overrideReasonEdit->clear(); // a reason is typed for one override, never kept for the next
        m_ui->overrideReasonEdit->setStyleSheet(on ? QStringLiteral("QLineEdit { border: 2px solid #c0392b; }") : QString());
        m_ui->overrideGatesCheck->setStyleSheet(on ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
        updateState();
    });
    connect(m_ui->overrideReasonEdit, &QLineEdit::textChanged, this, &DeployPage::updateState);
    m_ui->gateLabel->setText(tr("Enter a SHA (or check GitHub for the head) to see its gates."));

    connect(m_ui->shaEdit, &QLineEdit::textChanged, this, &DeployPage::updateState);
    // GitHub is read when asked (Check GitHub), never behind the operator's back.
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &DeployPage::updateState);
    connect(m_ui->hostCombo, &QComboBox::currentIndexChanged, this, &DeployPage::updateState);
    connect(m_ui->refreshGitHubButton, &QPushButton::clicked, this, &DeployPage::refreshGitHub);
    connect(m_ui->openRunButton, &QPushButton::clicked, this, [this]() { QDesktopServices::openUrl(QUrl(m_runUrl)); });
    connect(m_ui->deployButton, &QPushButton::clicked, this, [this]() {
        if (workflowMethod()) {
            askThenDispatch();
            return;
        }
        DropletOperation::Options options;
        options.kind = DropletOperation::Kind::DeployBySha;
        options.sha = m_ui->shaEdit->text().toLower();
        askThenRun(options);
    });
    connect(m_ui->restartEnvButton, &QPushButton::clicked, this, [this]() {
        DropletOperation::Options options;
        options.kind = DropletOperation::Kind::EnvRestart;
        askThenRun(options);
    });
    connect(m_ui->recreateFrontendButton, &QPushButton::clicked, this, [this]() {
        DropletOperation::Options options;
        options.kind = DropletOperation::Kind::FrontendRecreate;
        askThenRun(options);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this]() {
        if (m_workflow) {
            m_workflow->cancelRun();
            m_console->appendInfo(tr("asking GitHub to cancel the run"));
        }
        if (m_operation) {
            m_operation->cancel();
            m_console->appendInfo(tr("cancel requested: stopping at the next safe point"));
        }
    });
    reloadHosts();
    updateState();
}

DeployPage::~DeployPage() = default;

bool DeployPage::workflowMethod() const
{
    return m_ui->methodCombo->currentData().toString() == QLatin1String("workflow");
}

void DeployPage::withGitHub(std::function<void(GitHubClient *)> then)
{
    m_core.vault()->readSecret(SecretNames::githubToken(), this, [this, then](const Vault::Result<QString> &token) {
        if (!token.error.ok()) {
            m_ui->githubHeadLabel->setText(token.error.notFound() ? tr("No GitHub token: set one in Settings.") : token.error.message);
            return;
        }
        if (!m_github)
            m_github = new GitHubClient(m_core.profile().github.apiBaseUrl,
                                        std::chrono::seconds(m_core.profile().timing.httpSeconds), this);
        m_github->setToken(token.value.toUtf8());
        m_gates->setGitHub(m_github);
        then(m_github);
    });
}

void DeployPage::refreshGitHub()
{
    m_ui->githubHeadLabel->setText(tr("Reading GitHub…"));
    withGitHub([this](GitHubClient *github) {
        auto *reader = new WorkflowDeploy(m_core.profile(), github, m_core.vault(), this);
        const QString repo = reader->repoPath();
        const QString branch = m_core.profile().github.branch;
        reader->readHead([this, reader, github, repo, branch](const QString &sha, const QString &title, const QString &error) {
            reader->deleteLater();
            if (!error.isEmpty()) {
                m_ui->githubHeadLabel->setText(error);
                return;
            }
            m_headSha = sha;
            m_ui->githubHeadLabel->setText(QStringLiteral("<code>%1</code> %2").arg(sha.left(12), title.toHtmlEscaped()));
            if (m_ui->shaEdit->text().isEmpty())
                m_ui->shaEdit->setPlaceholderText(sha.left(12));
            evaluateGates();
            updateState();
            github->get(repo + QStringLiteral("/branches/%1/protection").arg(branch), this, [this, github, repo, branch, sha](const GitHubResponse &classic) {
                github->get(repo + QStringLiteral("/rules/branches/") + branch, this, [this, github, repo, sha, classic](const GitHubResponse &rules) {
                    const ProtectionReport report = evaluateProtection(classic.ok() ? 200 : classic.status, classic.json.object(),
                                                                       rules.ok() ? 200 : rules.status, rules.json.array());
                    m_ui->protectionLabel->setText(tr("PR required: %1 · ≥ 1 approval: %2 · status checks: %3 · direct pushes restricted: %4")
                                                       .arg(ruleStateName(report.pullRequestRequired), ruleStateName(report.approvalRequired),
                                                            ruleStateName(report.statusChecksRequired), ruleStateName(report.directPushesRestricted)));
                    github->getAll(repo + QStringLiteral("/commits/%1/check-runs").arg(sha), QStringLiteral("check_runs"), this,
                                   [this, github, repo, sha, report](const GitHubResponse &runs) {
                        github->get(repo + QStringLiteral("/commits/%1/status").arg(sha), this, [this, runs, report](const GitHubResponse &status) {
                            if (!runs.ok() || !status.ok()) {
                                m_ui->ciLabel->setText(runs.ok() ? status.error : runs.error);
                                return;
                            }
                            const CiVerdict verdict = evaluateCi(runs.items, status.json.object(), report.requiredChecks);
                            m_ui->ciLabel->setText(verdict.summary);
                            m_ui->ciLabel->setStyleSheet(verdict.isGreen() ? QStringLiteral("QLabel { color: #2e7d32; }")
                                                                           : QStringLiteral("QLabel { color: #c62828; }"));
                        });
                    });
                });
            });
        });
    });
}

void DeployPage::askThenDispatch()
{
    const QString sha = m_ui->shaEdit->text().isEmpty() ? m_headSha : m_ui->shaEdit->text().toLower();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Deploy through GitHub"),
                                tr("Dispatch \"%1\" on %2?\n\ntarget   %3 (head of %2)\n\nThe run is followed here until it ends.")
                                    .arg(m_core.profile().github.deployWorkflow.name, m_core.profile().github.branch, sha.left(12)),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDialog"));
    QPushButton *go = box->addButton(tr("Dispatch"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, sha](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::AcceptRole)
            return;
        withGitHub([this, sha](GitHubClient *github) {
            m_ui->stepsTree->clear();
            m_stepItems.clear();
            m_ui->resultLabel->setStyleSheet(QString());
            m_ui->resultLabel->setText(tr("Dispatching…"));
            m_workflow = new WorkflowDeploy(m_core.profile(), github, m_core.vault(), this);
            m_workflow->setGates(m_gates, gateOverride());
            connect(m_workflow, &WorkflowDeploy::progress, m_console, &ConsoleView::appendInfo);
            connect(m_workflow, &WorkflowDeploy::dispatched, this, [this](qint64 runId, const QString &url) {
                m_runUrl = url;
                m_ui->openRunButton->setEnabled(!url.isEmpty());
                m_console->appendInfo(tr("following run %1: %2").arg(runId).arg(url));
            });
            connect(m_workflow, &WorkflowDeploy::runUpdated, this, &DeployPage::showRun);
            connect(m_workflow, &WorkflowDeploy::finished, this, &DeployPage::onWorkflowFinished);
            updateState();
            const QString hostName = selectedHost();
            if (hostName.isEmpty()) {
                m_workflow->start(m_ui->shaEdit->text(), CoreContext::operatorName());
                return;
            }
            m_hosts.withHost(hostName, this, [this](RemoteHost *host, const QString &) {
                if (!m_workflow)
                    return;
                if (host) {
                    LockInfo holder;
                    holder.holder = CoreContext::operatorName();
                    holder.machine = QSysInfo::machineHostName();
                    holder.reason = tr("workflow deploy");
                    holder.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    m_workflow->setDroplet(host, holder);
                }
                m_workflow->start(m_ui->shaEdit->text(), CoreContext::operatorName());
            });
        });
    });
    box->open();
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

void DeployPage::onWorkflowFinished(const WorkflowDeploy::Result &result)
{
    const bool ok = result.outcome == WorkflowDeploy::Outcome::Success;
    m_ui->resultLabel->setText(result.message);
    m_ui->resultLabel->setStyleSheet(ok ? QStringLiteral("QLabel { color: #2e7d32; }") : QStringLiteral("QLabel { color: #c62828; }"));
    m_console->appendInfo(result.message);
    if (!result.failedLogTail.isEmpty()) {
        m_console->appendInfo(tr("end of the failed job's log:"));
        m_console->appendOutput(result.failedLogTail.toUtf8() + '\n', true);
    }
    const QString sha = result.run.headSha;
    m_workflow->deleteLater();
    m_workflow = nullptr;
    updateState();
    Q_EMIT releaseLogChanged();
    if (ok && isFullSha(sha))
        Q_EMIT deployed(sha);
}

QString DeployPage::selectedHost() const
{
    return m_ui->hostCombo->currentData().toString();
}

void DeployPage::reloadHosts()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        const QString previous = selectedHost();
        m_ui->hostCombo->clear();
        if (!hosts.error.ok()) {
            m_ui->hostCombo->addItem(tr("keychain unavailable"));
            m_ui->hostCombo->setToolTip(hosts.error.message);
        } else if (hosts.value.isEmpty()) {
            m_ui->hostCombo->addItem(tr("no host yet (add one in Settings)"));
        }
        for (const HostEntry &host : hosts.value)
            m_ui->hostCombo->addItem(host.name, host.name);
        const int index = m_ui->hostCombo->findData(previous);
        if (index >= 0)
            m_ui->hostCombo->setCurrentIndex(index);
        updateState();
    });
}

void DeployPage::updateState()
{
    const bool running = isRunning();
    const QString sha = m_ui->shaEdit->text();
    const bool hasHost = !selectedHost().isEmpty();
    QString reason;
    if (running)
        reason = tr("A deploy is running.");
    else if (workflowMethod() && m_headSha.isEmpty())
        reason = tr("Check GitHub first: the workflow deploys the head of %1.").arg(m_core.profile().github.branch);
    else if (workflowMethod() && !sha.isEmpty() && !m_headSha.startsWith(sha.toLower())
             && m_core.profile().github.deployWorkflow.shaInput.isEmpty())
        reason = tr("That is not the head of %1; the workflow would deploy %2. Use SSH by SHA for an older commit.")
                     .arg(m_core.profile().github.branch, m_headSha.left(12));
    else if (workflowMethod())
        reason.clear();
    else if (!hasHost)
        reason = tr("Add the droplet in Settings first.");
    else if (sha.isEmpty())
        reason = tr("Enter the commit SHA to deploy.");
    else if (!isShaPrefix(sha))
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
    m_ui->deployButton->setStyleSheet(overriding && reason.isEmpty() ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    m_ui->deployButton->setToolTip(reason);
    m_ui->blockedReasonLabel->setText(reason);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->restartEnvButton), static_cast<QWidget *>(m_ui->recreateFrontendButton)})
        widget->setEnabled(hasHost && !running);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->shaEdit), static_cast<QWidget *>(m_ui->methodCombo),
                            static_cast<QWidget *>(m_ui->hostCombo)})
        widget->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
}

QString DeployPage::gateTarget() const
{
    const QString typed = m_ui->shaEdit->text().trimmed().toLower();
    if (!typed.isEmpty())
        return isShaPrefix(typed) ? typed : QString();
    return workflowMethod() ? m_headSha : QString();
}

GateOverride DeployPage::gateOverride() const
{
    return {m_ui->overrideGatesCheck->isChecked(), m_ui->overrideReasonEdit->text()};
}

void DeployPage::refreshGates()
{
    m_gateReport.reset();
    evaluateGates();
}

void DeployPage::evaluateGates()
{
    const QString target = gateTarget();
    if (target.isEmpty()) {
        m_ui->gateLabel->setText(tr("Enter a SHA (or check GitHub for the head) to see its gates."));
        updateState();
        return;
    }
    m_ui->gateLabel->setText(tr("Checking the gates for %1…").arg(target.left(12)));
    m_gates->evaluate(target, this, [this, target](const GateReport &report) {
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
                                         report.ci.state == CiGate::State::Unverifiable ? tr("CI cannot be verified: %1").arg(report.ci.detail.toHtmlEscaped())
                                                                                        : report.ci.detail.toHtmlEscaped());
    const QString colour = report.passed() ? QStringLiteral("#1e8449") : QStringLiteral("#c0392b");
    m_ui->gateLabel->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> — %3")
                                 .arg(colour, report.passed() ? tr("gates passed for %1").arg(report.sha.left(12))
                                                              : tr("gates NOT met for %1").arg(report.requestedSha.left(12)),
                                      lines.join(QStringLiteral(" · "))));
    m_ui->gateLabel->setToolTip(report.blockers().join(QLatin1Char('\n')));
}

void DeployPage::startRollback(const QString &sha)
{
    DropletOperation::Options options;
    options.kind = DropletOperation::Kind::Rollback;
    options.sha = sha;
    askThenRun(options);
}

void DeployPage::askThenRun(DropletOperation::Options options)
{
    if (isRunning() || selectedHost().isEmpty())
        return;
    const bool gated = options.kind == DropletOperation::Kind::DeployBySha || options.kind == DropletOperation::Kind::Rollback;
    if (!gated) {
        confirmThenRun(options, {});
        return;
    }
    // The gates first: a refusal needs no look at the droplet (the operation checks them again).
    const GateOverride override = gateOverride();
    m_ui->resultLabel->setStyleSheet(QString());
    m_ui->resultLabel->setText(tr("Checking the gates for %1…").arg(options.sha.left(12)));
    m_gates->evaluate(options.sha, this, [this, options, override](const GateReport &report) {
        const bool overriding = override.requested && !override.reason.trimmed().isEmpty();
        if (report.passed()) {
            confirmThenRun(options, {});
        } else if (overriding) {
            confirmThenRun(options, tr("GATES OVERRIDDEN (%1):\n  %2").arg(override.reason.trimmed(), report.blockers().join(QStringLiteral("\n  "))));
        } else {
            m_ui->resultLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
            m_ui->resultLabel->setText(tr("refused: the gates for %1 are not met (nothing was run on the droplet): %2")
                                           .arg(options.sha.left(12), report.blockers().join(QStringLiteral("; "))));
        }
    });
}

void DeployPage::confirmThenRun(DropletOperation::Options options, const QString &gateWarning)
{
    const QString hostName = selectedHost();
    m_ui->resultLabel->setText(tr("Reading what runs on %1…").arg(hostName));
    m_hosts.withHost(hostName, this, [this, options, hostName, gateWarning](RemoteHost *host, const QString &error) {
        if (!host) {
            m_ui->resultLabel->setText(error);
            return;
        }
        host->run(RemoteCommands(m_core.profile()).composePs(), std::chrono::seconds(m_core.profile().timing.stepSeconds),
                  this, {{}, {}, [this, options, hostName, gateWarning](const RemoteResult &result) {
            if (!result.exit.error.ok()) {
                m_ui->resultLabel->setText(result.exit.error.message);
                m_console->appendInfo(result.exit.error.message);
                return;
            }
            QString current = tr("unknown");
            for (const ContainerState &c : parseComposePs(result.out).containers.value_or(QList<ContainerState>())) {
                if (c.service == QLatin1String("backend"))
                    current = c.imageTag();
            }
            m_ui->currentLabel->setText(current);
            m_ui->resultLabel->clear();
            QString title, text;
            switch (options.kind) {
            case DropletOperation::Kind::DeployBySha:
                title = tr("Deploy over SSH");
                text = tr("Deploy to %1?\n\ncurrent  %2\ntarget   %3").arg(hostName, current, options.sha);
                break;
            case DropletOperation::Kind::Rollback:
                title = tr("Roll back");
                text = tr("Roll %1 back to a known-good release?\n\ncurrent  %2\ntarget   %3").arg(hostName, current, options.sha);
                break;
            case DropletOperation::Kind::EnvRestart:
                title = tr("Restart with new env");
                text = tr("Restart %1 with the running images (%2) and the current .env.production?").arg(hostName, current);
                break;
            case DropletOperation::Kind::FrontendRecreate:
                title = tr("Recreate frontend");
                text = tr("Recreate the frontend of %1 with the running images (%2)?").arg(hostName, current);
                break;
            }
            if (!gateWarning.isEmpty())
                text += QStringLiteral("\n\n") + gateWarning;
            auto *box = new QMessageBox(gateWarning.isEmpty() ? QMessageBox::Question : QMessageBox::Warning, title, text,
                                        QMessageBox::Cancel, this);
            box->setObjectName(QStringLiteral("confirmDialog"));
            QPushButton *go = box->addButton(title, QMessageBox::AcceptRole);
            go->setObjectName(QStringLiteral("confirmButton"));
            box->setDefaultButton(QMessageBox::Cancel);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::buttonClicked, this, [this, box, options](QAbstractButton *button) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    run(options);
            });
            box->open();
        }});
    });
}

void DeployPage::run(DropletOperation::Options options)
{
    const QString hostName = selectedHost();
    options.who = CoreContext::operatorName();
    options.machine = QSysInfo::machineHostName();
    m_hosts.withHost(hostName, this, [this, options](RemoteHost *host, const QString &error) {
        if (!host) {
            m_ui->resultLabel->setText(error);
            return;
        }
        m_core.vault()->readSecret(SecretNames::ghcrUsername(), this, [this, options, host](const Vault::Result<QString> &user) {
            m_core.vault()->readSecret(SecretNames::ghcrToken(), this, [this, options, host, user](const Vault::Result<QString> &token) {
                m_registry->setCredentials(user.value, token.value);
                m_ui->stepsTree->clear();
                m_stepItems.clear();
                m_ui->resultLabel->setStyleSheet(QString());
                m_ui->resultLabel->setText(tr("Running…"));
                m_operation = new DropletOperation(options, m_core.profile(), host, m_registry, m_core.vault(),
                                                   &m_core.redactor(), this);
                m_operation->setGates(m_gates, gateOverride());
                connect(m_operation, &DropletOperation::stepStarted, this, &DeployPage::onStepStarted);
                connect(m_operation, &DropletOperation::output, this, [this](int, bool isStderr, const QString &text) {
                    m_console->appendOutput(text.toUtf8(), isStderr);
                });
                connect(m_operation, &DropletOperation::stepFinished, this, &DeployPage::onStepFinished);
                connect(m_operation, &DropletOperation::finished, this, &DeployPage::onFinished);
                m_operation->start();
                updateState();
            });
        });
    });
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

void DeployPage::onFinished(const OperationResult &result)
{
    const bool ok = result.outcome == OperationResult::Outcome::Success;
    QString text = ok ? tr("Done: %1 is deployed.").arg(result.sha.left(12))
                      : tr("%1: %2").arg(outcomeName(result.outcome), result.message);
    if (!ok && !result.dropletChanged)
        text += tr(" Nothing on the droplet was changed.");
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(ok ? QStringLiteral("QLabel { color: #2e7d32; }") : QStringLiteral("QLabel { color: #c62828; }"));
    m_console->appendInfo(text);
    m_operation->deleteLater();
    m_operation = nullptr;
    updateState();
    Q_EMIT releaseLogChanged();
    Q_EMIT operationFinished(result);
    if (ok && isFullSha(result.sha))
        Q_EMIT deployed(result.sha);
}

} // namespace Stratum
