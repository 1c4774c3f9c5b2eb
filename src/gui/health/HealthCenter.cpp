#include "HealthCenter.h"

#include "core/environments/EnvironmentHosts.h"
#include "core/ssh/RemoteHosts.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHealthGui, "stratum.gui.health")

namespace Stratum {

HealthCenter::HealthCenter(CoreContext &core, RemoteHosts &hosts, QObject *parent)
    : QObject(parent), m_core(core), m_hosts(hosts), m_notifier(new DesktopNotifier(this))
{
    useHost(nullptr, {});
}

void HealthCenter::reloadHost()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok() || hosts.value.isEmpty()) {
            useHost(nullptr, {});
            return;
        }
        const QString name = hosts.value.first().name;
        m_hosts.withHost(name, this, [this, name](RemoteHost *host, const QString &error) {
            if (!host)
                qCWarning(lcHealthGui) << "health: cannot use" << name << error;
            useHost(host, host ? name : QString());
        });
    });
}

void HealthCenter::useHost(RemoteHost *host, const QString &name)
{
    const bool wasWatching = m_wantWatching;
    if (m_watch)
        m_watch->stop();
    delete m_alerts;
    delete m_monitor;
    m_hostName = name;
    m_monitor = new HealthMonitor(m_core.profile(), host, &m_core.redactor(), this);
    m_alerts = new HealthAlerts(m_monitor, m_notifier, this);
    connect(m_monitor, &HealthMonitor::indicatorUpdated, this, &HealthCenter::onUpdated);
    Q_EMIT monitorReplaced();
    setWatching(wasWatching);
}

void HealthCenter::onUpdated(const HealthIndicator &indicator)
{
    Q_EMIT indicatorUpdated(indicator);
    const HealthState worst = m_monitor->worst();
    if (worst != m_worst) {
        m_worst = worst;
        Q_EMIT worstChanged(worst);
    }
}

void HealthCenter::setWatching(bool on)
{
    m_wantWatching = on;
    if (on && !m_hostName.isEmpty() && !m_monitor->isRunning())
        m_monitor->start();
    else if (!on)
        m_monitor->stop();
    Q_EMIT watchingChanged(isWatching());
}

void HealthCenter::pollNow()
{
    m_monitor->pollOnce();
}

void HealthCenter::watchDeploy(const QString &sha)
{
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this, sha](const Vault::Result<ReleaseLog> &log) {
        const QString lastGood = log.value.without(hostsOfOtherEnvironments(m_core.profile(), m_hostName)).rollbackTargetFrom(sha);
        if (m_watch)
            m_watch->deleteLater();
        const int seconds = m_core.profile().health.watchWindowSeconds;
        m_watch = new HealthWatch(m_monitor, std::chrono::seconds(seconds), sha, lastGood, this);
        connect(m_watch, &HealthWatch::tick, this, &HealthCenter::watchTick);
        connect(m_watch, &HealthWatch::failure, this, [this](const HealthIndicator &indicator, const QString &suggestion) {
            m_notifier->notify(tr("Health watch: %1").arg(HealthAlerts::title(indicator, HealthState::Healthy)), suggestion, true);
            Q_EMIT watchFailure(suggestion, m_watch->lastKnownGood());
        });
        connect(m_watch, &HealthWatch::finished, this, &HealthCenter::watchFinished);
        Q_EMIT watchStarted(sha, seconds);
        m_watch->start();
        m_wantWatching = true;
        Q_EMIT watchingChanged(isWatching());
    });
}

void HealthCenter::followRollbackTarget(const DropletStatus &status)
{
    if (m_watch && status.read && status.runningSha == m_watch->sha())
        m_watch->setLastKnownGood(status.rollbackSha);
}

} // namespace Stratum
