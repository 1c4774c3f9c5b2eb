#include "StatusCenter.h"

#include "gui/health/HealthCenter.h"

#include "core/deploy/DeployLane.h"
#include "core/health/HealthMonitor.h"

namespace Stratum {

StatusCenter::StatusCenter(DeployLane &lane, HealthCenter &health, QObject *parent)
    : QObject(parent), m_lane(lane), m_health(health)
{
    connect(&m_lane, &DeployLane::changeFinished, this, &StatusCenter::refresh);
    connect(&m_health, &HealthCenter::monitorReplaced, this, &StatusCenter::refresh);
    connect(&m_health, &HealthCenter::worstChanged, this, &StatusCenter::refresh);
}

bool StatusCenter::hasHost() const
{
    return !m_health.hostName().isEmpty();
}

HealthState StatusCenter::liveWorst() const
{
    return m_health.monitor() ? m_health.monitor()->worst() : HealthState::Unknown;
}

QString StatusCenter::liveWorstDetail() const
{
    const HealthState worst = liveWorst();
    if (worst == HealthState::Healthy || worst == HealthState::Unknown)
        return {};
    for (const HealthIndicator &indicator : m_health.monitor()->indicators()) {
        if (indicator.state == worst)
            return indicator.detail.isEmpty() ? indicator.label : tr("%1: %2").arg(indicator.label, indicator.detail);
    }
    return {};
}

void StatusCenter::refresh()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    read();
}

void StatusCenter::read()
{
    if (!hasHost()) {
        m_status = {};
        m_status.error = tr("no droplet is set up yet: add it in Settings");
        Q_EMIT statusChanged(m_status);
        return;
    }
    m_reading = true;
    m_again = false;
    Q_EMIT readingStarted();
    m_lane.readStatus(m_health.hostName(), this, [this](const DropletStatus &status) {
        m_reading = false;
        m_status = status;
        Q_EMIT statusChanged(m_status);
        if (m_again)
            read();
    });
}

} // namespace Stratum
