#include "StatusCenter.h"

#include "health/HealthCenter.h"

#include "deploy/DeployLane.h"

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
