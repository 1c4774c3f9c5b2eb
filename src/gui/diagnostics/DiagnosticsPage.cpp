#include "DiagnosticsPage.h"
#include "ui_diagnosticspage.h"

#include "gui/common/MainAction.h"

#include "core/connection/Doctor.h"
#include "core/diagnostics/CommonCauses.h"
#include "core/droplet/ComposePs.h"
#include "core/droplet/RemoteCommands.h"
#include "core/health/HealthMonitor.h"
#include "core/incident/IncidentBundle.h"
#include "core/keychain/KeychainStore.h"
#include "core/redaction/TerminalText.h"
#include "core/ssh/RemoteHosts.h"
#include "gui/console/ConsoleView.h"
#include "gui/health/HealthCenter.h"
#include "ui_incidentsummary.h"

#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QUrl>

namespace Stratum {

DiagnosticsPage::DiagnosticsPage(CoreContext &core, RemoteHosts &hosts, HealthCenter &health,
                                 KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiagnosticsPage>()), m_core(core), m_hosts(hosts), m_health(health),
      m_console(new ConsoleView(repository, &core.redactor(), this))
{
    m_ui->setupUi(this);
    m_console->setObjectName(QStringLiteral("logsConsole"));
    m_ui->consoleHostLayout->addWidget(m_console);
    m_ui->psTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->psTable->verticalHeader()->hide();
    m_ui->serviceCombo->addItems(core.profile().droplet.services);
    m_ui->causesLabel->setText(tr("Nothing recognised yet. Show a log to check it for the runbook's common causes."));
    m_ui->filesLabel->setText(tr("Settings: %1 · Log: %2 · Keychain service: %3")
                                  .arg(AppPaths::configDir(), AppPaths::logFile(), KeychainStore::serviceName()));
    m_follow.setInterval(std::chrono::seconds(std::max(3, core.profile().health.pollIntervalSeconds / 2)));
    connect(&m_follow, &QTimer::timeout, this, &DiagnosticsPage::showLogs);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DiagnosticsPage::refresh);
    connect(m_ui->logsButton, &QPushButton::clicked, this, &DiagnosticsPage::showLogs);
    bindMainAction(this, m_ui->logsButton); // ⌘↩: the page's main action
    connect(m_ui->incidentButton, &QPushButton::clicked, this, &DiagnosticsPage::saveIncidentBundle);
    connect(m_ui->followCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            showLogs();
            m_follow.start();
        } else {
            m_follow.stop();
        }
    });
    reloadHosts();
}

DiagnosticsPage::~DiagnosticsPage() = default;

void DiagnosticsPage::reloadHosts()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        m_ui->hostCombo->clear();
        for (const HostEntry &host : hosts.value)
            m_ui->hostCombo->addItem(host.name, host.name);
        const bool any = m_ui->hostCombo->count() > 0;
        for (QWidget *w : {static_cast<QWidget *>(m_ui->refreshButton), static_cast<QWidget *>(m_ui->logsButton),
                           static_cast<QWidget *>(m_ui->followCheck), static_cast<QWidget *>(m_ui->incidentButton)})
            w->setEnabled(any);
        if (!any)
            m_ui->hostCombo->addItem(hosts.error.ok() ? tr("no host yet") : tr("keychain unavailable"));
    });
}

void DiagnosticsPage::refresh()
{
    const QString name = m_ui->hostCombo->currentData().toString();
    if (name.isEmpty())
        return;
    m_hosts.withHost(name, this, [this](RemoteHost *host, const QString &error) {
        if (!host) {
            m_console->appendInfo(error);
            return;
        }
        const QString command = RemoteCommands(m_core.profile(), host->target().label).composePs();
        m_console->appendCommand(command);
        host->run(command, std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                  {{}, {}, [this](const RemoteResult &result) {
            if (!result.ok()) {
                const QString message = result.exit.error.ok() ? QString::fromUtf8(result.err) : result.exit.error.message;
                m_console->appendInfo(message);
                showCauses(message);
                return;
            }
            const ComposePsResult ps = parseComposePs(result.out);
            if (!ps.containers) {
                m_console->appendInfo(ps.error);
                return;
            }
            m_ui->psTable->setRowCount(static_cast<int>(ps.containers->size()));
            for (int row = 0; row < ps.containers->size(); ++row) {
                const ContainerState &c = ps.containers->at(row);
                const QStringList cells{c.service, c.state, c.health, c.status, c.image};
                for (int column = 0; column < cells.size(); ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    if (column == 1 && c.state != QLatin1String("running"))
                        item->setForeground(QColor(0xc6, 0x28, 0x28));
                    m_ui->psTable->setItem(row, column, item);
                }
            }
            m_ui->psTable->resizeColumnsToContents();
        }});
    });
}

void DiagnosticsPage::followLogsOf(const QString &service)
{
    m_ui->serviceCombo->setCurrentText(service);
    if (m_ui->followCheck->isChecked())
        showLogs();
    else
        m_ui->followCheck->setChecked(true);
}

void DiagnosticsPage::showLogs()
{
    const QString name = m_ui->hostCombo->currentData().toString();
    if (name.isEmpty() || m_logsRunning)
        return; // a slow answer is never piled up on
    m_logsRunning = true;
    const QString service = m_ui->serviceCombo->currentText();
    const int tail = m_ui->tailSpin->value();
    m_hosts.withHost(name, this, [this, service, tail](RemoteHost *host, const QString &error) {
        if (!host) {
            m_logsRunning = false;
            m_console->appendInfo(error);
            return;
        }
        const QString command = RemoteCommands(m_core.profile(), host->target().label).logs(service, tail);
        m_console->clear();
        m_console->appendCommand(command);
        host->run(command, std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                  {[this](const QByteArray &bytes) { m_console->appendOutput(bytes, false); },
                   [this](const QByteArray &bytes) { m_console->appendOutput(bytes, true); },
                   [this](const RemoteResult &result) {
            m_logsRunning = false;
            m_console->flush();
            if (!result.exit.error.ok())
                m_console->appendInfo(result.exit.error.message);
            showCauses(m_core.redactor().redact(withoutTerminalControls(QString::fromUtf8(result.out + result.err))));
        }});
    });
}

void DiagnosticsPage::showCauses(const QString &text)
{
    const QList<CommonCause> causes = detectCommonCauses(text);
    if (causes.isEmpty()) {
        m_ui->causesLabel->setText(tr("None of the runbook's common causes in this output."));
        return;
    }
    QString html = QStringLiteral("<ul>");
    for (const CommonCause &cause : causes)
        html += QStringLiteral("<li><b>%1</b> — %2<br><code>%3</code></li>")
                    .arg(cause.what.toHtmlEscaped(), cause.fix.toHtmlEscaped(),
                         m_core.redactor().redact(cause.evidence).toHtmlEscaped());
    m_ui->causesLabel->setText(html + QStringLiteral("</ul>"));
}

void DiagnosticsPage::saveIncidentBundle()
{
    const QString hostName = m_ui->hostCombo->currentData().toString();
    if (hostName.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Save the incident bundle"),
                                   IncidentBundle::defaultPath(hostName, QDateTime::currentDateTimeUtc()),
                                   tr("Incident bundles (*.tar.gz)"));
    dialog->setObjectName(QStringLiteral("incidentSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, hostName](const QString &path) { writeIncidentBundle(hostName, path); });
    dialog->open();
}

void DiagnosticsPage::writeIncidentBundle(const QString &hostName, const QString &path)
{
    m_ui->incidentButton->setEnabled(false);
    m_ui->incidentLabel->setVisible(true);
    m_ui->incidentLabel->setStyleSheet(QString());
    m_ui->incidentLabel->setText(tr("Collecting the evidence from %1…").arg(hostName));
    m_hosts.withHost(hostName, this, [this, hostName, path](RemoteHost *remote, const QString &error) {
        if (!remote) {
            showIncidentResult({false, path, error, {}, {}, false});
            return;
        }
        // The app's own health answers, when they are about this droplet; otherwise the bundle asks once.
        const bool ours = m_health.hostName() == hostName && m_health.monitor()->completedRounds() > 0;
        auto *bundle = new IncidentBundle(m_core.profile(), m_core.vault(), m_core.redactor(), this);
        connect(bundle, &IncidentBundle::progress, this, [this](const QString &what) {
            m_ui->incidentLabel->setText(tr("Incident bundle: %1…").arg(what.toHtmlEscaped()));
        });
        connect(bundle, &IncidentBundle::finished, this, [this, bundle](const IncidentResult &result) {
            bundle->deleteLater();
            showIncidentResult(result);
        });
        bundle->save(remote, hostName, path, ours ? m_health.monitor()->indicators() : QList<HealthIndicator>());
    });
}

void DiagnosticsPage::showIncidentResult(const IncidentResult &result)
{
    m_ui->incidentButton->setEnabled(true);
    if (!result.ok) {
        m_ui->incidentLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        m_ui->incidentLabel->setText(tr("No incident bundle: %1").arg(result.message.toHtmlEscaped()));
        return;
    }
    const QString folder = QUrl::fromLocalFile(QFileInfo(result.path).absolutePath()).toString();
    m_ui->incidentLabel->setText(tr("%1 — <a href=\"%2\">show the folder</a>").arg(result.message.toHtmlEscaped(), folder.toHtmlEscaped()));
    m_ui->incidentLabel->setOpenExternalLinks(true);
    if (!result.linkedSha.isEmpty())
        Q_EMIT releaseLogChanged();
    Q_EMIT incidentSaved(result.path);
    auto *dialog = new QDialog(this);
    Ui::IncidentSummaryDialog form;
    form.setupUi(dialog);
    dialog->setObjectName(QStringLiteral("incidentSummaryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    form.pathLabel->setText(result.path);
    form.summaryView->setMarkdown(result.summary);
    QPushButton *show = form.buttons->addButton(tr("Show in folder"), QDialogButtonBox::ActionRole);
    connect(show, &QPushButton::clicked, dialog, [folder]() { QDesktopServices::openUrl(QUrl(folder)); });
    connect(form.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    dialog->open();
}

// The same checks as `stratumctl doctor`, one line each, the fixes under a failed one.
void DiagnosticsPage::runDoctor()
{
    m_console->clear();
    m_console->appendInfo(tr("doctor: the connection and the credentials…"));
    auto *doctor = new Doctor(m_core.profile(), m_core.vault(), this);
    connect(doctor, &Doctor::stepChecked, this, [this](const CheckStep &step) {
        m_console->appendInfo(QStringLiteral("%1  %2").arg(stateWord(step.state), step.title));
        for (const QString &found : step.found)
            m_console->appendInfo(QStringLiteral("    ") + found);
        for (const QString &fix : step.fixes)
            m_console->appendInfo(QStringLiteral("    ") + tr("fix: %1").arg(fix));
    });
    connect(doctor, &Doctor::finished, this, [this, doctor]() {
        m_console->appendInfo(doctor->allPassed() ? tr("doctor: all good") : tr("doctor: not all good, see the fixes above"));
        doctor->deleteLater();
    });
    doctor->run(m_ui->hostCombo->currentData().toString());
}

} // namespace Stratum
