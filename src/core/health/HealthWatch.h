#pragma once

#include "core/health/HealthMonitor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Stratum {

// The watch after a deploy or rollback (runbook: "worker stable for 10–15
// minutes"): for the profile's window it follows the monitor, counts down, and
// reports each indicator that fails during it with the rollback it suggests.
class HealthWatch : public QObject
{
    Q_OBJECT
public:
    HealthWatch(HealthMonitor *monitor, std::chrono::seconds window, const QString &sha,
                const QString &lastKnownGood, QObject *parent = nullptr);

    void start();
    void stop();
    bool isActive() const { return m_tick.isActive(); }
    int secondsLeft() const;
    QString sha() const { return m_sha; }
    // The release a failure suggests: it can change during the window (a release marked
    // known-good, a release log imported), so the front end keeps it current.
    QString lastKnownGood() const { return m_lastKnownGood; }
    void setLastKnownGood(const QString &sha) { m_lastKnownGood = sha; }
    bool failed() const { return !m_failed.isEmpty(); }

Q_SIGNALS:
    void tick(int secondsLeft);
    void failure(const Stratum::HealthIndicator &indicator, const QString &suggestion);
    void finished(bool passed);

private:
    void onUpdate(const HealthIndicator &indicator);
    void onTick();

    QPointer<HealthMonitor> m_monitor;
    std::chrono::seconds m_window;
    QString m_sha;
    QString m_lastKnownGood;
    QTimer m_tick;
    QElapsedTimer m_clock;
    QSet<QString> m_failed;
};

} // namespace Stratum
