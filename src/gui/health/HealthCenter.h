#pragma once

#include "core/app/CoreContext.h"
#include "core/health/DesktopNotifier.h"
#include "core/health/HealthAlerts.h"
#include "core/health/HealthMonitor.h"
#include "core/health/HealthWatch.h"
#include "core/status/DropletStatus.h"

#include <QObject>
#include <QPointer>

namespace Stratum {

class RemoteHosts;

// The app's one health monitor (on the first droplet), its notifications and
// the watch after a deploy; the Overview, the tray and the Checklists page
// (smoke) all read from here.
class HealthCenter : public QObject
{
    Q_OBJECT
public:
    HealthCenter(CoreContext &core, RemoteHosts &hosts, QObject *parent = nullptr);

    HealthMonitor *monitor() const { return m_monitor; }
    DesktopNotifier *notifier() const { return m_notifier; }
    bool isWatching() const { return m_monitor && m_monitor->isRunning(); }
    QString hostName() const { return m_hostName; }

public Q_SLOTS:
    void reloadHost();   // after the hosts changed
    void setWatching(bool on);
    void pollNow();
    void watchDeploy(const QString &sha); // the post-deploy window (profile: health.watchWindowSeconds)
    // The watch suggests what the Overview's one-click rollback offers for the watched release.
    void followRollbackTarget(const Stratum::DropletStatus &status);

Q_SIGNALS:
    void monitorReplaced();
    void indicatorUpdated(const Stratum::HealthIndicator &indicator);
    void worstChanged(Stratum::HealthState worst);
    void watchingChanged(bool watching);
    void watchStarted(const QString &sha, int seconds);
    void watchTick(int secondsLeft);
    void watchFailure(const QString &suggestion, const QString &rollbackSha);
    void watchFinished(bool passed);

private:
    void useHost(RemoteHost *host, const QString &name);
    void onUpdated(const HealthIndicator &indicator);

    CoreContext &m_core;
    RemoteHosts &m_hosts;
    QPointer<HealthMonitor> m_monitor;
    DesktopNotifier *m_notifier;
    QPointer<HealthAlerts> m_alerts;
    QPointer<HealthWatch> m_watch;
    QString m_hostName;
    HealthState m_worst = HealthState::Unknown;
    bool m_wantWatching = false;
};

} // namespace Stratum
