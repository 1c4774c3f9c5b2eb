#include "OverviewPage.h"
#include "ui_overviewpage.h"

#include "gui/common/Confirm.h"
#include "gui/health/HealthCenter.h"
#include "gui/status/StatusCenter.h"

#include "core/environments/EnvironmentHosts.h"
#include "core/deploy/DeployLane.h"
#include "core/hygiene/CredentialAge.h"
#include "core/releases/Sha.h"

#include <QLocale>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QStyle>
#include <QMenu>

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

OverviewPage::OverviewPage(CoreContext &core, DeployLane &lane, HealthCenter &health, StatusCenter &status, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_core(core), m_lane(lane), m_health(health), m_status(status)
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
    connect(m_ui->refreshDeployedButton, &QPushButton::clicked, &m_status, &StatusCenter::refresh);
    connect(&m_status, &StatusCenter::statusChanged, this, &OverviewPage::showStatus);
    connect(&m_status, &StatusCenter::readingStarted, this, [this]() { m_ui->refreshDeployedButton->setEnabled(false); });
    connect(m_ui->rollbackLastGoodButton, &QPushButton::clicked, this, [this]() { Q_EMIT rollbackRequested(m_lastGoodSha); });
    m_ui->olderReleasesButton->setMenu(new QMenu(m_ui->olderReleasesButton));
    connect(m_ui->pinButton, &QPushButton::clicked, this, [this]() { m_pinned ? askReleasePin() : askPin(); });
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
    connect(m_ui->incidentButton, &QPushButton::clicked, this, &OverviewPage::incidentRequested);
    connect(&m_lane, &DeployLane::readOnlyChanged, this, [this]() { showStatus(m_status.status()); });
    connect(m_ui->rotationStepsButton, &QPushButton::clicked, this, [this]() {
        inform(this, QMessageBox::Information, tr("Rotating credentials (runbook §8.2)"), m_rotationSteps,
               QStringLiteral("rotationStepsDialog"));
    });
    rebuildRows();
    reload();
    reloadCredentials();
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
        m_ui->healthSummaryLabel->setText(tr("No droplet is set up yet: Settings → Add droplet… walks through it."));
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
    m_ui->incidentButton->setVisible(false);
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
    m_ui->incidentButton->setVisible(true); // before the rollback takes the evidence away
    greyChangesWhenReadOnly();
}

void OverviewPage::onWatchFinished(bool passed)
{
    m_ui->watchProgress->setFormat(passed ? tr("passed") : tr("failed"));
    if (passed)
        m_ui->watchLabel->setText(tr("<code>%1</code> stayed healthy for the whole watch: run the post-deploy smoke and mark it known-good.")
                                      .arg(m_watchSha.left(12)));
}

void OverviewPage::showStatus(const DropletStatus &status)
{
    m_ui->refreshDeployedButton->setEnabled(true);
    if (status.releaseLogRead)
        showLastKnownGood(status.lastKnownGood);
    if (!status.read) {
        m_ui->deployedLabel->setText(status.error.toHtmlEscaped());
    } else {
        QStringList rows;
        for (const ContainerState &c : status.now.containers) {
            const QString digest = c.digest.section(QLatin1Char('@'), 1).left(19);
            const QString since = c.startedAt.isValid() ? tr(" since %1").arg(QLocale().toString(c.startedAt.toLocalTime(), QLocale::ShortFormat))
                                                        : QString();
            rows << tr("<tr><td><b>%1</b></td><td><code>%2</code></td><td>%3%4</td><td><code>%5</code></td></tr>")
                        .arg(c.service.toHtmlEscaped(), c.imageTag().left(Sha::shortLength).toHtmlEscaped(),
                             QString(c.state + (c.health.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.health))).toHtmlEscaped(), since,
                             digest.toHtmlEscaped());
        }
        QString release;
        if (status.release)
            release = tr("<br>Release log: %1 by %2 on %3 (%4)%5")
                          .arg(status.release->method, status.release->who.toHtmlEscaped(),
                               QLocale().toString(status.release->time.toLocalTime(), QLocale::ShortFormat), status.release->result,
                               status.knownGood ? tr(", <b>known-good</b>") : tr(", not known-good"));
        // Said where the way back is: a rollback to it would need the registry.
        if (!status.rollbackImagesWarning().isEmpty())
            release += QStringLiteral("<br><span style=\"color:#b35c00;\">⚠ %1</span>").arg(status.rollbackImagesWarning().toHtmlEscaped());
        m_ui->deployedLabel->setText(QStringLiteral("<table cellspacing=\"6\">%1</table>%2").arg(rows.join(QString()), release));
    }
    // The way back: the newest known-good release other than the running one, older ones beside it.
    m_lastGoodSha = status.rollbackSha;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->rollbackLastGoodButton->setEnabled(status.read && !m_lastGoodSha.isEmpty());
    m_ui->rollbackLastGoodButton->setText(m_lastGoodSha.isEmpty() ? tr("No known-good release to roll back to")
                                                                  : status.rollbackLabel(now) + QStringLiteral("…"));
    // The way back works without the registry only while the droplet keeps its images.
    const QString imagesGone = status.rollbackImagesWarning();
    m_ui->rollbackLastGoodButton->setToolTip(imagesGone.isEmpty() ? tr("Its images are on the droplet: this rollback needs no registry")
                                                                  : imagesGone);
    m_ui->rollbackLastGoodButton->setIcon(imagesGone.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QMenu *older = m_ui->olderReleasesButton->menu();
    older->clear();
    for (const RollbackCandidate &candidate : status.candidates) {
        if (candidate.sha == m_lastGoodSha)
            continue;
        QAction *action = older->addAction(candidate.label(now) + QStringLiteral("…"));
        connect(action, &QAction::triggered, this, [this, sha = candidate.sha]() { Q_EMIT rollbackRequested(sha); });
    }
    m_ui->olderReleasesButton->setEnabled(status.read && !older->isEmpty());
    m_pinned = status.guards.pin.pinned;
    if (m_pinned)
        m_pinOffer.clear();
    m_ui->pinButton->setEnabled(status.read && (m_pinned || Sha::isFullText(status.runningSha)));
    if (m_pinned)
        m_ui->pinButton->setText(tr("Release the pin of %1…").arg(status.guards.pin.sha.left(Sha::shortLength)));
    showPinOffer();
    greyChangesWhenReadOnly();
}

// Read-only (a shared screen): the ways back and the pin are shown but cannot be pressed; the
// lane refuses them all the same.
void OverviewPage::greyChangesWhenReadOnly()
{
    m_ui->rollbackButton->setEnabled(!m_lane.readOnly());
    if (!m_lane.readOnly()) {
        m_ui->rollbackButton->setToolTip({});
        return;
    }
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->rollbackLastGoodButton),
                                    static_cast<QAbstractButton *>(m_ui->olderReleasesButton),
                                    static_cast<QAbstractButton *>(m_ui->pinButton), static_cast<QAbstractButton *>(m_ui->rollbackButton)}) {
        button->setEnabled(false);
        button->setToolTip(m_lane.readOnlyRefusal());
    }
}

void OverviewPage::offerPin(const QString &sha)
{
    if (m_pinned)
        return;
    m_pinOffer = sha;
    showPinOffer();
}

// After a rollback the pin is offered for the release rolled back to, while that is what runs.
void OverviewPage::showPinOffer()
{
    if (m_pinned)
        return;
    const bool offered = !m_pinOffer.isEmpty() && m_status.status().runningSha == m_pinOffer;
    m_ui->pinButton->setText(offered ? tr("Pin production at %1…").arg(m_pinOffer.left(Sha::shortLength)) : tr("Pin production…"));
    m_ui->pinButton->setStyleSheet(offered ? QStringLiteral("font-weight: bold;") : QString());
    m_ui->pinButton->setToolTip(offered ? tr("You rolled back: pin production here so that nobody deploys forward again until "
                                             "the cause is fixed (the reason is shown to everyone who tries).")
                                        : tr("Hold production at what runs now: forward deploys are refused until the pin is released"));
}

void OverviewPage::askPin()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("pinDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Pin production"));
    dialog->setLabelText(tr("Forward deploys will be refused until the pin is released. Why? (everyone who tries reads this)"));
    dialog->setOkButtonText(tr("Pin"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        m_lane.pin(m_status.status().hostName, reason, this, [this](const DeployLane::PinResult &result) {
            if (!result.ok)
                inform(this, QMessageBox::Warning, tr("Pin production"), result.message);
            m_status.refresh();
        });
    });
    dialog->open();
}

void OverviewPage::askReleasePin()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("releasePinDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Release the pin"));
    const PinInfo &pin = m_status.status().guards.pin;
    dialog->setLabelText(tr("Pinned to %1 by %2: \"%3\". Why may forward deploys go again?")
                             .arg(pin.sha.left(Sha::shortLength), pin.holder, pin.reason));
    dialog->setOkButtonText(tr("Release"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        m_lane.releasePin(m_status.status().hostName, reason, this, [this](const DeployLane::PinResult &result) {
            if (!result.ok)
                inform(this, QMessageBox::Warning, tr("Release the pin"), result.message);
            m_status.refresh();
        });
    });
    dialog->open();
}

void OverviewPage::reload()
{
    m_ui->lastReleaseLabel->setText(tr("Reading the release log from the keychain…"));
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            m_ui->lastReleaseLabel->setText(tr("Release log unavailable: %1").arg(log.error.message));
            return;
        }
        const QString watched = m_status.status().hostName;
        const QList<ReleaseEntry> good = log.value.without(hostsOfOtherEnvironments(m_core.profile(), watched)).knownGood();
        showLastKnownGood(good.isEmpty() ? std::nullopt : std::optional<ReleaseEntry>(good.first()));
    });
}

void OverviewPage::showLastKnownGood(const std::optional<ReleaseEntry> &last)
{
    if (!last) {
        m_ui->lastReleaseLabel->setText(tr("No known-good release recorded yet. Mark one on the Releases page."));
        return;
    }
    m_ui->lastReleaseLabel->setText(tr("<code>%1</code> — %2, %3 by %4 (%5)")
                                        .arg(last->sha, QLocale().toString(last->time.toLocalTime(), QLocale::ShortFormat), last->method,
                                             last->who.toHtmlEscaped(), last->knownGoodReason.toHtmlEscaped()));
}

void OverviewPage::reloadCredentials()
{
    readRotationReminders(m_core.vault(), m_core.profile().timing.credentialRotationDays, this,
                          [this](const KeychainError &error, const QList<RotationReminder> &reminders) {
        if (error.ok())
            showReminders(reminders);
    });
}

void OverviewPage::showReminders(const QList<RotationReminder> &reminders)
{
    QStringList lines;
    QStringList steps;
    for (const RotationReminder &reminder : reminders) {
        if (reminder.due) {
            lines << QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(reminder.message.toHtmlEscaped());
            steps << reminder.label + QStringLiteral(":\n") + reminder.steps;
        } else if (reminder.ageDays < 0) {
            lines << QStringLiteral("<span style=\"color:#616161\">%1</span>").arg(reminder.message.toHtmlEscaped());
        }
    }
    m_ui->credentialsGroup->setVisible(!lines.isEmpty());
    m_ui->credentialsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->rotationStepsButton->setVisible(!steps.isEmpty());
    m_rotationSteps = steps.join(QStringLiteral("\n\n"));
}

} // namespace Stratum
