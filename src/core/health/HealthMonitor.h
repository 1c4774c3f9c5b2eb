#pragma once

#include "core/health/HealthTypes.h"
#include "core/profile/Profile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Stratum {

class Redactor;
class RemoteHost;

// Live health of the droplet (runbook §4.2): backend live and ready through
// the kept SSH session (`compose exec -T backend curl`), the frontend over
// HTTP from this machine to port 3000, the worker (running, restart count
// unchanged, ingestion cycles in its log) and each service's compose state.
// One round at a time: a tick that finds the previous round still running is
// skipped, and every probe has its own time limit, so probes never pile up.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    HealthMonitor(const Profile &profile, RemoteHost *host, const Redactor *redactor, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }
    void start(); // a round now, then one per interval
    void stop();
    void pollOnce(); // one round now (ignored while one runs)
    bool isRunning() const { return m_timer.isActive(); }
    int skippedRounds() const { return m_skipped; }
    int completedRounds() const { return m_rounds; }

    // Restart count the worker is measured against; -1 takes the next one seen.
    void resetWorkerBaseline() { m_workerBaseline = -1; }

    QString runningBackendTag() const { return m_backendTag; } // from the last compose ps
    QList<HealthIndicator> indicators() const; // in display order
    HealthIndicator indicator(const QString &id) const { return m_indicators.value(id); }
    HealthState worst() const;

Q_SIGNALS:
    void indicatorChanged(const Stratum::HealthIndicator &indicator, Stratum::HealthState previous);
    void indicatorUpdated(const Stratum::HealthIndicator &indicator);
    void roundFinished();

private:
    void startRound();
    void probeCompose();
    void probeBackend(const QString &id, const QString &url);
    void probeWorker(const QString &containerName);
    void probeFrontend();
    void report(const QString &id, const QString &label, HealthState state, qint64 latencyMs, const QString &detail);
    void probeDone();
    std::chrono::milliseconds remoteTimeout() const;

    const Profile &m_profile;
    ProductPlace m_place; // the watched droplet's ports and health URLs
    QPointer<RemoteHost> m_host;
    const Redactor *m_redactor;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    std::chrono::milliseconds m_probeTimeout;
    QHash<QString, HealthIndicator> m_indicators;
    QStringList m_order;
    int m_pendingProbes = 0;
    int m_skipped = 0;
    int m_rounds = 0;
    int m_workerBaseline = -1;
    QString m_backendTag;
};

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::HealthIndicator)
