#include "DeployPage.h"
#include "ui_deploypage.h"

#include "console/ConsoleView.h"
#include "deploy/ComposePs.h"
#include "deploy/RemoteCommands.h"
#include "registry/RegistryClient.h"
#include "ssh/RemoteHosts.h"

#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QSysInfo>

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
    m_ui->methodCombo->addItem(tr("SSH by SHA (emergency, runbook §6)"), QStringLiteral("ssh"));
    m_ui->methodCombo->addItem(tr("GitHub workflow \"%1\" on %2 (standard)")
                                   .arg(profile.github.deployWorkflow.name, profile.github.branch),
                               QStringLiteral("workflow"));
    QStringList required;
    for (const Checklist &checklist : profile.checklists) {
        if (checklist.requiredForDeploy)
            required << tr("§%1 %2").arg(checklist.section, checklist.title);
    }
    m_ui->gateLabel->setText(tr("Before a deploy the runbook asks for: %1, and CI green for the target SHA. "
                                "This build does not check them yet — do them by hand (Checklists page).")
                                 .arg(required.join(tr(", "))));

    connect(m_ui->shaEdit, &QLineEdit::textChanged, this, &DeployPage::updateState);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &DeployPage::updateState);
    connect(m_ui->hostCombo, &QComboBox::currentIndexChanged, this, &DeployPage::updateState);
    connect(m_ui->deployButton, &QPushButton::clicked, this, [this]() {
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
        if (m_operation) {
            m_operation->cancel();
            m_console->appendInfo(tr("cancel requested: stopping at the next safe point"));
        }
    });
    reloadHosts();
    updateState();
}

DeployPage::~DeployPage() = default;

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
    if (m_ui->methodCombo->currentData().toString() == QLatin1String("workflow"))
        reason = tr("The GitHub workflow lane is not in this build yet: run command pack 4.1, or deploy by SHA over SSH.");
    else if (!hasHost)
        reason = tr("Add the droplet in Settings first.");
    else if (sha.isEmpty())
        reason = tr("Enter the commit SHA to deploy.");
    else if (!isShaPrefix(sha))
        reason = tr("A SHA has 7 to 40 hex digits.");
    else if (running)
        reason = tr("A deploy is running.");
    m_ui->deployButton->setEnabled(reason.isEmpty());
    m_ui->deployButton->setToolTip(reason);
    m_ui->blockedReasonLabel->setText(reason);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->restartEnvButton), static_cast<QWidget *>(m_ui->recreateFrontendButton)})
        widget->setEnabled(hasHost && !running);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->shaEdit), static_cast<QWidget *>(m_ui->methodCombo),
                            static_cast<QWidget *>(m_ui->hostCombo)})
        widget->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
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
    const QString hostName = selectedHost();
    m_ui->resultLabel->setText(tr("Reading what runs on %1…").arg(hostName));
    m_hosts.withHost(hostName, this, [this, options, hostName](RemoteHost *host, const QString &error) {
        if (!host) {
            m_ui->resultLabel->setText(error);
            return;
        }
        host->run(RemoteCommands(m_core.profile()).composePs(), std::chrono::seconds(m_core.profile().timing.stepSeconds),
                  this, {{}, {}, [this, options, hostName](const RemoteResult &result) {
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
            auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
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
}

} // namespace Stratum
