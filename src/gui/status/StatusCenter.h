#pragma once

#include "core/health/HealthTypes.h"
#include "core/status/DropletStatus.h"

#include <QObject>

namespace Stratum {

class DeployLane;
class HealthCenter;

// What runs on the droplet, kept current for every page, the tray and the
// strip: read at start, after every change, and when a health round sees a
// change. One reading at a time; a request during one reads again after it.
class StatusCenter : public QObject
{
    Q_OBJECT
public:
    StatusCenter(DeployLane &lane, HealthCenter &health, QObject *parent = nullptr);

    const DropletStatus &status() const { return m_status; }
    bool hasHost() const;
    bool isReading() const { return m_reading; }
    // The live probes' worst state and what it is about ("Worker: no worker container"):
    // what the containers say can be healthy while the frontend refuses connections.
    HealthState liveWorst() const;
    QString liveWorstDetail() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statusChanged(const Stratum::DropletStatus &status);
    void readingStarted();

private:
    void read();

    DeployLane &m_lane;
    HealthCenter &m_health;
    DropletStatus m_status;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace Stratum
