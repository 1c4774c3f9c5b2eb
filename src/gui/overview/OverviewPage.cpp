#include "OverviewPage.h"
#include "ui_overviewpage.h"

#include "droplet/RunningNow.h"
#include "health/HealthCenter.h"
#include "ssh/RemoteHosts.h"

#include <QFontDatabase>
#include <QHeaderView>

namespace Stratum {

namespace {

enum Column { CheckColumn, StateColumn, LatencyColumn, SinceColumn, HistoryColumn, DetailColumn };

QString stateText(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return OverviewPage::tr("healthy");
    case HealthState::Unknown: return OverviewPage::tr("unknown");
    case HealthState::Degraded: return OverviewPage::tr("degraded");
    case HealthState::Failing: return OverviewPage::tr("FAILING");
    }
    return {};
}

QString minutesSeconds(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QColor healthColour(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case HealthState::Unknown: return QColor(0x75, 0x75, 0x75);
    case HealthState::Degraded: return QColor(0xef, 0x8f, 0x00);
    case HealthState::Failing: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

OverviewPage::OverviewPage(CoreContext &core, RemoteHosts &hosts, HealthCenter &health, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_core(core), m_hosts(hosts), m_health(health)
{
    m_ui->setupUi(this);
    const Profile &profile = core.profile();
    m_ui->profileLabel->setText(tr("<b>%1</b> — %2/%3 on <code>%4</code>, droplet <code>%5</code> (%6)")
                                    .arg(profile.name.toHtmlEscaped(), profile.github.owner, profile.github.repo,
                                         profile.github.branch, profile.droplet.appDir,
                                         core.profileSource().toHtmlEscaped()));
    QHeaderView *header = m_ui->healthTree->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    connect(m_ui->refreshDeployedButton, &QPushButton::clicked, this, &OverviewPage::refreshDeployed);
    connect(m_ui->watchButton, &QPushButton::toggled, &m_health, &HealthCenter::setWatching);
    connect(m_ui->pollNowButton, &QPushButton::clicked, &m_health, &HealthCenter::pollNow);
    connect(&m_health, &HealthCenter::watchingChanged, this, [this](bool watching) {
        const QSignalBlocker block(m_ui->watchButton);
        m_ui->watchButton->setChecked(watching);
        m_ui->watchButton->setText(watching ? tr("Watching") : tr("Watch"));
        showSummary();
    });
    connect(&m_health, &HealthCenter::monitorReplaced, this, &OverviewPage::rebuildRows);
    connect(&m_health, &HealthCenter::indicatorUpdated, this, &OverviewPage::showIndicator);
    connect(&m_health, &HealthCenter::watchStarted, this, &OverviewPage::onWatchStarted);
    connect(&m_health, &HealthCenter::watchTick, this, &OverviewPage::onWatchTick);
    connect(&m_health, &HealthCenter::watchFailure, this, &OverviewPage::onWatchFailure);
    connect(&m_health, &HealthCenter::watchFinished, this, &OverviewPage::onWatchFinished);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, [this]() { Q_EMIT rollbackRequested(m_rollbackSha); });
    rebuildRows();
    reload();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::rebuildRows()
{
    m_ui->healthTree->clear();
    m_rows.clear();
    for (const HealthIndicator &indicator : m_health.monitor()->indicators())
        showIndicator(indicator);
    m_ui->watchButton->setEnabled(!m_health.hostName().isEmpty());
    m_ui->pollNowButton->setEnabled(!m_health.hostName().isEmpty());
    showSummary();
}

void OverviewPage::showIndicator(const HealthIndicator &indicator)
{
    QTreeWidgetItem *row = m_rows.value(indicator.id);
    if (!row) {
        row = new QTreeWidgetItem(m_ui->healthTree);
        row->setData(CheckColumn, Qt::UserRole, indicator.id);
        row->setFont(HistoryColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_rows.insert(indicator.id, row);
    }
    row->setText(CheckColumn, indicator.label);
    row->setText(StateColumn, stateText(indicator.state));
    row->setForeground(StateColumn, healthColour(indicator.state));
    QFont bold = row->font(StateColumn);
    bold.setBold(indicator.state != HealthState::Healthy);
    row->setFont(StateColumn, bold);
    row->setText(LatencyColumn, indicator.latencyMs >= 0 ? tr("%1 ms").arg(indicator.latencyMs) : QString());
    row->setText(SinceColumn, indicator.lastChange.isValid() ? indicator.lastChange.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString());
    row->setText(HistoryColumn, indicator.historyStrip().right(20));
    row->setToolTip(HistoryColumn, tr("Oldest left: + healthy, ~ degraded, x failing, ? unknown"));
    row->setText(DetailColumn, indicator.detail);
    row->setToolTip(DetailColumn, indicator.detail);
    showSummary();
}

void OverviewPage::showSummary()
{
    if (m_health.hostName().isEmpty()) {
        m_ui->healthSummaryLabel->setText(tr("No droplet is set up yet: add it in Settings."));
        return;
    }
    const HealthState worst = m_health.monitor()->worst();
    const QString interval = tr("every %n s", nullptr, m_core.profile().health.pollIntervalSeconds);
    m_ui->healthSummaryLabel->setText(tr("<b style=\"color:%1\">%2</b> on %3 — %4")
                                          .arg(healthColour(worst).name(), stateText(worst), m_health.hostName().toHtmlEscaped(),
                                               m_health.isWatching() ? tr("probing %1").arg(interval) : tr("not watching")));
}

void OverviewPage::onWatchStarted(const QString &sha, int seconds)
{
    m_watchSha = sha;
    m_rollbackSha.clear();
    m_ui->watchGroup->setVisible(true);
    m_ui->watchGroup->setStyleSheet(QString());
    m_ui->rollbackButton->setVisible(false);
    m_ui->watchProgress->setRange(0, seconds);
    m_ui->watchProgress->setValue(0);
    onWatchTick(seconds);
}

void OverviewPage::onWatchTick(int secondsLeft)
{
    m_ui->watchProgress->setValue(m_ui->watchProgress->maximum() - secondsLeft);
    m_ui->watchProgress->setFormat(tr("%1 left").arg(minutesSeconds(secondsLeft)));
    if (m_rollbackSha.isEmpty() && !m_ui->rollbackButton->isVisible())
        m_ui->watchLabel->setText(tr("Watching <code>%1</code>: backend, frontend and worker must stay healthy for %2.")
                                      .arg(m_watchSha.left(12), minutesSeconds(m_ui->watchProgress->maximum())));
}

void OverviewPage::onWatchFailure(const QString &suggestion, const QString &rollbackSha)
{
    m_rollbackSha = rollbackSha;
    m_ui->watchGroup->setStyleSheet(QStringLiteral("QGroupBox { color: #c62828; font-weight: bold; }"));
    m_ui->watchLabel->setText(suggestion.toHtmlEscaped());
    m_ui->rollbackButton->setVisible(!rollbackSha.isEmpty());
    m_ui->rollbackButton->setText(tr("Roll back to %1…").arg(rollbackSha.left(12)));
}

void OverviewPage::onWatchFinished(bool passed)
{
    m_ui->watchProgress->setFormat(passed ? tr("passed") : tr("failed"));
    if (passed)
        m_ui->watchLabel->setText(tr("<code>%1</code> stayed healthy for the whole watch: run the post-deploy smoke and mark it known-good.")
                                      .arg(m_watchSha.left(12)));
}

void OverviewPage::refreshDeployed()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok() || hosts.value.isEmpty()) {
            m_ui->deployedLabel->setText(hosts.error.ok() ? tr("No droplet is set up yet: add it in Settings.")
                                                          : hosts.error.message);
            return;
        }
        const QString name = hosts.value.first().name;
        m_ui->deployedLabel->setText(tr("Reading %1…").arg(name));
        m_hosts.withHost(name, this, [this, name](RemoteHost *host, const QString &error) {
            if (!host) {
                m_ui->deployedLabel->setText(error);
                return;
            }
            readRunningNow(host, m_core.profile(), this, [this, name](const RunningNow &now) {
                if (!now.read) {
                    m_ui->deployedLabel->setText(now.error);
                    return;
                }
                QStringList rows;
                for (const ContainerState &c : now.containers)
                    rows << tr("<b>%1</b> %2 — <code>%3</code>").arg(c.service.toHtmlEscaped(), c.state.toHtmlEscaped(),
                                                                     c.imageTag().left(12).toHtmlEscaped());
                m_ui->deployedLabel->setText(tr("%1: %2").arg(name.toHtmlEscaped(), rows.join(QStringLiteral(" · "))));
            });
        });
    });
}

void OverviewPage::reload()
{
    m_ui->lastReleaseLabel->setText(tr("Reading the release log from the keychain…"));
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            m_ui->lastReleaseLabel->setText(tr("Release log unavailable: %1").arg(log.error.message));
            return;
        }
        const QList<ReleaseEntry> good = log.value.knownGood();
        if (good.isEmpty()) {
            m_ui->lastReleaseLabel->setText(tr("No known-good release recorded yet. Mark one on the Releases page."));
            return;
        }
        const ReleaseEntry &last = good.first();
        m_ui->lastReleaseLabel->setText(tr("<code>%1</code> — %2, %3 by %4 (%5)")
                                            .arg(last.sha, last.time.toLocalTime().toString(Qt::TextDate),
                                                 last.method, last.who.toHtmlEscaped(), last.knownGoodReason.toHtmlEscaped()));
    });
}

} // namespace Stratum
