#pragma once

#include "core/standin/StandInRepo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stratum {

// A recovery the rehearsal timed: from the failure being visible to every service
// healthy on a known-good release, with the steps the operator took (the audit log's).
struct RecoveryRecord {
    QString scenario;
    QDateTime failingSince;
    QDateTime recoveredAt;
    QString sha; // what runs healthy now
    QStringList steps;
    double seconds() const { return failingSince.msecsTo(recoveredAt) / 1000.0; }
};

// What the operator (or a test) asked the rehearsal to stage; written by the front
// door, read by the supervisor once a second.
struct ScenarioRequest {
    QString name;              // empty: none
    QDateTime failingSince;    // invalid until the failure is visible (dropped-connection: the supervisor decides)
    QStringList recoverOn;     // SHAs that count as "back on a known-good release"
    bool githubDown = false;
    bool registryDown = false;
    bool dropOnComposeUp = false;

    QJsonObject toJson() const;
    static ScenarioRequest fromJson(const QJsonObject &json);
};

// The rehearsal as its supervisor last wrote it (state.json). Pure data with its JSON.
struct RehearsalState {
    enum class Phase { Starting, Ready, Failed, Stopped };
    Phase phase = Phase::Stopped;
    qint64 pid = 0;
    QString error;
    QString engine; // "private dockerd" or "the user's engine"
    QDateTime startedAt;
    double startSeconds = 0; // how long the start took
    bool coldStart = false;  // images were built
    struct Ports {
        quint16 ssh = 0, registry = 0, imageRegistry = 0, registryGate = 0, github = 0, backend = 0, frontend = 0;
    } ports;
    QString user;
    QString keyPath;
    QString hostKeyType;
    QString hostKeyBase64;
    QString hostKeyFingerprint;
    QString appDir;
    QString lockDir;
    QString originDir;
    QString imageHost;
    QString running; // the release the stack runs (kept over a stop, brought back at the next start)
    QList<StandInRelease> releases;
    bool githubDown = false;   // a scenario's outage
    bool registryDown = false;
    QString activeScenario;
    QDateTime failingSince;
    std::optional<RecoveryRecord> lastRecovery;
    QList<RecoveryRecord> recoveries; // newest last

    QJsonObject toJson() const;
    static RehearsalState fromJson(const QJsonObject &json);
    // `rehearsal status --json`: {"running", "engine", "ports", "parts", "releases":[{sha, kind, subject}], "lastRecovery"}.
    QJsonObject statusJson(bool alive) const;
    QString phaseId() const;
    std::optional<StandInRelease> release(const QString &sha) const;
    QString releaseOfKind(ReleaseKind kind, int nth = 0) const; // its SHA; empty when none
};

QJsonObject recoveryToJson(const RecoveryRecord &record);
RecoveryRecord recoveryFromJson(const QJsonObject &json);

} // namespace Stratum
