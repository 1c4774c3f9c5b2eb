#include "StatusStrip.h"
#include "ui_statusstrip.h"

#include "gui/rehearsal/Rehearsal.h"
#include "gui/status/StatusCenter.h"

#include "core/health/FleetHealth.h"
#include "core/platform/AppIdentity.h"

#include "core/releases/Sha.h"

#include <QLocale>

namespace Stratum {

namespace {
const QString switchScheme = QStringLiteral("switch:"); // the fleet line's links: switch:HOST
} // namespace

QColor statusColour(const DropletStatus &status, HealthState live)
{
    if (!status.read && status.hostName.isEmpty()) // nothing set up yet: nothing is wrong
        return QColor(0x61, 0x61, 0x61);
    if (!status.read || status.mixed || status.worst == ContainerHealth::Down || status.worst == ContainerHealth::Unhealthy
        || live == HealthState::Failing)
        return QColor(0xc6, 0x28, 0x28);
    if (status.worst == ContainerHealth::Starting || status.guards.lock.held || status.guards.pin.pinned || !status.knownGood
        || live == HealthState::Degraded)
        return QColor(0xef, 0x8f, 0x00);
    return QColor(0x2e, 0x7d, 0x32);
}

QString statusHeadlineHtml(const DropletStatus &status, HealthState live, const QString &liveDetail)
{
    const QString host = status.hostName.toHtmlEscaped();
    if (!status.read && host.isEmpty() && status.error.isEmpty())
        return StatusStrip::tr("Reading what runs…"); // the hosts are not read from the keychain yet
    if (!status.read && host.isEmpty())
        return StatusStrip::tr("No droplet is set up yet: File → Set up a droplet… walks through it.");
    if (!status.read)
        return StatusStrip::tr("<b>%1</b> cannot read what runs: %2").arg(host.isEmpty() ? StatusStrip::tr("Droplet") : host,
                                                                            status.error.toHtmlEscaped());
    QStringList parts;
    if (status.mixed) {
        parts << StatusStrip::tr("<b>%1 is MIXED</b>: %2").arg(host, status.mixedDetails.join(QStringLiteral("; ")).toHtmlEscaped());
    } else if (status.runningSha.isEmpty()) {
        parts << StatusStrip::tr("<b>%1</b> runs images not tagged by a commit").arg(host);
    } else {
        const QString since = status.release ? StatusStrip::tr(", deployed %1").arg(
                                                   QLocale().toString(status.release->time.toLocalTime(), QLocale::ShortFormat))
                                             : QString();
        parts << StatusStrip::tr("<b>%1</b> runs <code>%2</code> %3%4")
                     .arg(host, status.runningSha.left(Sha::shortLength),
                          status.knownGood ? StatusStrip::tr("known-good") : StatusStrip::tr("<b>not known-good</b>"), since);
    }
    if (live == HealthState::Failing || live == HealthState::Degraded)
        parts << StatusStrip::tr("<b>%1</b> (%2)").arg(healthStateLabel(live), liveDetail.toHtmlEscaped());
    else
        parts << (status.worstDetail.isEmpty() ? containerHealthLabel(status.worst)
                                               : StatusStrip::tr("%1 (%2)").arg(containerHealthLabel(status.worst),
                                                                                status.worstDetail.toHtmlEscaped()));
    parts << (status.guards.lock.held ? StatusStrip::tr("locked by %1").arg(status.guards.lock.holder.toHtmlEscaped())
                                      : StatusStrip::tr("lock free"));
    if (status.guards.pin.pinned)
        parts << StatusStrip::tr("<b>pinned</b> to <code>%1</code> by %2: %3")
                     .arg(status.guards.pin.sha.left(Sha::shortLength), status.guards.pin.holder.toHtmlEscaped(),
                          status.guards.pin.reason.toHtmlEscaped());
    return parts.join(QStringLiteral(" · "));
}

StatusStrip::StatusStrip(QWidget *parent) : QFrame(parent), m_ui(std::make_unique<Ui::StatusStrip>())
{
    m_ui->setupUi(this);
    setProperty("statusStrip", true); // the style below is for this frame, not the labels in it
    m_ui->rehearsalBadge->setVisible(AppIdentity::isRehearsal());
    m_ui->rehearsalBadge->setStyleSheet(rehearsalBadgeStyle());
    m_ui->readOnlyBadge->setStyleSheet(QStringLiteral("QLabel { background: #455a64; color: white; font-weight: bold; "
                                                      "border-radius: 3px; padding: 2px 6px; }"));
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, [this]() { Q_EMIT rollbackRequested(m_rollbackSha); });
    connect(m_ui->finishButton, &QPushButton::clicked, this, [this]() { Q_EMIT finishDeployRequested(m_finishSha); });
    m_ui->headlineLabel->setTextInteractionFlags(m_ui->headlineLabel->textInteractionFlags() | Qt::LinksAccessibleByMouse
                                                 | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->headlineLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(switchScheme))
            Q_EMIT hostChosen(link.mid(switchScheme.size()));
    });
}

StatusStrip::~StatusStrip() = default;

void StatusStrip::setReadOnly(bool readOnly)
{
    m_ui->readOnlyBadge->setVisible(readOnly);
    // Shown, so the operator sees the way back exists, but not pressable here.
    for (QPushButton *button : {m_ui->rollbackButton, m_ui->finishButton}) {
        button->setEnabled(!readOnly);
        button->setToolTip(readOnly ? m_ui->readOnlyBadge->toolTip() : QString());
    }
}

void StatusStrip::setRole(const QString &label, const QString &colour, const QString &hostName)
{
    m_roleColour = label.isEmpty() ? QString() : colour;
    m_ui->roleBadge->setVisible(!label.isEmpty());
    m_ui->roleBadge->setText(label);
    m_ui->roleBadge->setToolTip(tr("%1 is %2").arg(hostName, label));
    m_ui->roleBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                                  "border-radius: 3px; padding: 2px 6px; }").arg(colour));
    if (m_center)
        show(m_center->status());
}

void StatusStrip::setFleet(const QList<HostHealth> &hosts, const QString &watched, bool alarming)
{
    const auto name = [&watched](const QString &host) {
        return host == watched ? QStringLiteral("<b>%1</b>").arg(host.toHtmlEscaped())
                               : QStringLiteral("<a href=\"%1%2\">%2</a>").arg(switchScheme, host.toHtmlEscaped());
    };
    const QString fleet = hosts.isEmpty() ? QString() : fleetSummary(hosts, name, [](const QString &text) { return text.toHtmlEscaped(); });
    if (fleet == m_fleet && alarming == m_fleetAlarming)
        return;
    m_fleet = fleet;
    m_fleetAlarming = alarming;
    if (m_center)
        show(m_center->status());
}

void StatusStrip::setCenter(StatusCenter *center)
{
    m_center = center;
    connect(center, &StatusCenter::statusChanged, this, &StatusStrip::show);
    connect(center, &StatusCenter::readingStarted, this, [this]() {
        m_ui->headlineLabel->setToolTip(tr("Reading what runs on the droplet…"));
    });
    show(center->status());
}

void StatusStrip::show(const DropletStatus &status)
{
    const HealthState live = m_center ? m_center->liveWorst() : HealthState::Unknown;
    const QColor colour = statusColour(status, live);
    // The left edge says health; the top edge says what the droplet is for (production red).
    setStyleSheet(QStringLiteral("QFrame[statusStrip=\"true\"] { border: 1px solid %1; border-left: 8px solid %1; border-top: 5px solid %3; "
                                 "background: %2; }")
                      .arg(colour.name(), colour.lighter(190).name(), m_roleColour.isEmpty() ? colour.name() : m_roleColour));
    QString headline = statusHeadlineHtml(status, live, m_center ? m_center->liveWorstDetail() : QString());
    if (!m_fleet.isEmpty()) // every environment under the watched droplet's line, red when one is mixed or failing
        headline += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                        .arg(m_fleetAlarming ? QStringLiteral("#b71c1c") : QStringLiteral("#37474f"), m_fleet);
    m_ui->headlineLabel->setText(headline);
    m_ui->headlineLabel->setToolTip(status.headline());
    m_rollbackSha = status.mixed ? status.rollbackSha : QString();
    m_finishSha = status.mixed ? status.finishSha : QString();
    m_ui->rollbackButton->setVisible(!m_rollbackSha.isEmpty());
    m_ui->rollbackButton->setText(tr("Roll back to %1…").arg(m_rollbackSha.left(Sha::shortLength)));
    m_ui->finishButton->setVisible(!m_finishSha.isEmpty());
    m_ui->finishButton->setText(tr("Finish the deploy of %1…").arg(m_finishSha.left(Sha::shortLength)));
}

} // namespace Stratum
