#include "HealthWatch.h"

namespace Stratum {

HealthWatch::HealthWatch(HealthMonitor *monitor, std::chrono::seconds window, const QString &sha,
                         const QString &lastKnownGood, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_window(window), m_sha(sha), m_lastKnownGood(lastKnownGood)
{
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &HealthWatch::onTick);
}

void HealthWatch::start()
{
    m_failed.clear();
    m_clock.start();
    m_tick.start();
    connect(m_monitor, &HealthMonitor::indicatorUpdated, this, &HealthWatch::onUpdate, Qt::UniqueConnection);
    m_monitor->resetWorkerBaseline();
    if (!m_monitor->isRunning())
        m_monitor->start();
    else
        m_monitor->pollOnce();
    Q_EMIT tick(secondsLeft());
}

void HealthWatch::stop()
{
    m_tick.stop();
    if (m_monitor)
        disconnect(m_monitor, &HealthMonitor::indicatorUpdated, this, &HealthWatch::onUpdate);
}

int HealthWatch::secondsLeft() const
{
    if (!m_clock.isValid())
        return int(m_window.count());
    return qMax(0, int(m_window.count() - m_clock.elapsed() / 1000));
}

void HealthWatch::onUpdate(const HealthIndicator &indicator)
{
    if (!m_tick.isActive() || indicator.state != HealthState::Failing || m_failed.contains(indicator.id))
        return;
    m_failed.insert(indicator.id);
    const QString suggestion = m_lastKnownGood.isEmpty() || m_lastKnownGood == m_sha
        ? tr("%1 failed during the watch of %2; no other known-good release to roll back to").arg(indicator.label, m_sha.left(12))
        : tr("%1 failed during the watch of %2: consider rolling back to the last known-good %3")
              .arg(indicator.label, m_sha.left(12), m_lastKnownGood.left(12));
    Q_EMIT failure(indicator, suggestion);
}

void HealthWatch::onTick()
{
    const int left = secondsLeft();
    Q_EMIT tick(left);
    if (left > 0)
        return;
    stop();
    Q_EMIT finished(m_failed.isEmpty());
}

} // namespace Stratum
