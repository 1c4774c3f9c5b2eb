#include "DiagnosticsPage.h"
#include "ui_diagnosticspage.h"

#include "console/ConsoleView.h"
#include "droplet/ComposePs.h"
#include "droplet/RemoteCommands.h"
#include "diagnostics/CommonCauses.h"
#include "keychain/KeychainStore.h"
#include "ssh/RemoteHosts.h"

#include <QHeaderView>

namespace Stratum {

DiagnosticsPage::DiagnosticsPage(CoreContext &core, RemoteHosts &hosts, KSyntaxHighlighting::Repository &repository,
                                 QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiagnosticsPage>()), m_core(core), m_hosts(hosts),
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
                           static_cast<QWidget *>(m_ui->followCheck)})
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
        const QString command = RemoteCommands(m_core.profile()).composePs();
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
        const QString command = RemoteCommands(m_core.profile()).logs(service, tail);
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
            showCauses(m_core.redactor().redact(QString::fromUtf8(result.out + result.err)));
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

} // namespace Stratum
