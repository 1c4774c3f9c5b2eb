#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Stratum {

// Ordered from best to worst, so the worst of several is their maximum.
enum class HealthState { Healthy, Unknown, Degraded, Failing };

QString healthStateName(HealthState state);  // healthy, unknown, degraded, failing: for JSON and logs, never translated
QString healthStateLabel(HealthState state); // the same in the operator's language
HealthState worstOf(HealthState a, HealthState b);

struct HealthSample {
    QDateTime when;
    HealthState state = HealthState::Unknown;
    qint64 latencyMs = -1;
    QString detail;
};

// One thing the Overview shows: backend live, backend ready, frontend,
// worker, and one per compose service.
struct HealthIndicator {
    static constexpr int historySize = 30;

    QString id;    // backend-live, backend-ready, frontend, worker, service:NAME
    QString label;
    HealthState state = HealthState::Unknown;
    qint64 latencyMs = -1;
    QDateTime lastChange;
    QDateTime lastProbe;
    QString detail;
    QList<HealthSample> history; // oldest first

    // Adds a sample; true when the state changed.
    bool add(const HealthSample &sample);
    QString historyStrip() const; // one character per sample: "+" healthy, "?" unknown, "~" degraded, "x" failing
};

struct WorkerReport {
    HealthState state = HealthState::Unknown;
    int restartCount = -1;
    QString status;   // docker's State.Status
    QString lastCycle; // the newest log line matching the ingestion pattern
    QString detail;
};

// What `docker inspect` and the worker's recent log lines say (RemoteCommands::workerProbe):
// running, restart count unchanged since `baselineRestarts` (-1: no baseline yet),
// and at least one line matching `ingestionPattern` (a regular expression).
WorkerReport evaluateWorker(const QByteArray &probeOutput, const QString &ingestionPattern, int baselineRestarts);

} // namespace Stratum
