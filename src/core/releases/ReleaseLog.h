#pragma once

#include "core/releases/Sha.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Stratum {

struct ReleaseEntry {
    QString sha;
    QDateTime time;       // UTC
    QString method;       // ssh, workflow, rollback, env-restart, recorded, imported-run
    QString result;       // success, failed, interrupted, cancelled, unknown
    QString who;
    QString note;
    bool knownGood = false;
    QString knownGoodReason; // how known-good was decided (smoke passed / --without-smoke reason)
    QDateTime knownGoodAt;   // UTC, when it was marked; invalid in entries older than this field
    QString failedStep;
    QString gateOverride; // the reason typed when the gates were overridden
    QString policy;       // which policy allowed the change (forward gates, override, known-good rollback)
    QString backendDigest;
    QString frontendDigest;
    qint64 runId = 0;
    QString runUrl;
    QString incidentBundle; // the incident bundle saved for this release (a local file)
    QString change;         // the droplet's token of the change it records (empty: not a droplet change)
    QString host;           // the keychain's name of the droplet it changed (empty: entries from before hosts were recorded)
};

// One entry as compact JSON (the droplet keeps an ended change's entry until an app has stored it).
QByteArray releaseEntryToJson(const ReleaseEntry &entry);
std::optional<ReleaseEntry> releaseEntryFromJson(const QByteArray &json, QString *error);

// A release the droplet could go back to, for the one-click offer.
struct RollbackCandidate {
    QString sha;
    QDateTime knownGoodSince; // when it was marked known-good (or recorded, for older entries)
    QDateTime lastDeployedAt; // its newest deploy or rollback that succeeded; invalid when never deployed by the app
    QString reason;           // how known-good was decided
    QString label(const QDateTime &now) const; // "Roll back to 1a2b3c4 — known-good since 3 Nov, deployed 12 days ago"
};

// The log of every deploy and rollback of one profile, newest first.
// It holds SHAs, digests and notes only; it never holds secrets.
class ReleaseLog
{
public:
    static constexpr int maxEntries = 1000;

    const QList<ReleaseEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    void record(const ReleaseEntry &entry);
    // Marks the newest entry for `sha` known-good, or records one (on `hostName`) if the SHA is new;
    // entries of `otherHosts` (another environment's hosts) are not touched.
    void markKnownGood(const QString &sha, const QString &who, const QString &note, const QString &reason,
                       const QString &hostName = {}, const QStringList &otherHosts = {});
    // The log as one environment sees it: without the entries of `otherHosts` (the hosts of the
    // profile's other environments), so that a release known-good on staging is not production's
    // way back. Entries without a host (from before hosts were recorded) are every environment's.
    ReleaseLog without(const QStringList &otherHosts) const;
    int forget(const QString &sha); // returns how many entries were removed
    bool linkIncident(const QString &sha, const QString &bundlePath); // on the newest entry of sha; false when none
    int merge(const ReleaseLog &other); // adds entries not present yet; returns how many
    // An entry for the droplet change `token` with this result and failed step is already there
    // (two apps recording the same ended change store it once).
    bool hasRecorded(const QString &token, const QString &result, const QString &failedStep) const;

    std::optional<ReleaseEntry> latest(const QString &sha) const;
    QList<ReleaseEntry> knownGood() const;
    // The newest known-good SHA other than `sha`: where a rollback from `sha` would go.
    QString rollbackTargetFrom(const QString &sha) const;
    // Every known-good SHA other than `runningSha`, newest first, once each.
    QList<RollbackCandidate> rollbackCandidates(const QString &runningSha) const;

    QByteArray toKeychainJson(const QString &profileId) const;
    QByteArray toExportJson(const QString &profileId) const;

    static struct ReleaseLogParseResult fromJson(const QByteArray &json);

private:
    void trim();
    QList<ReleaseEntry> m_entries;
};

struct ReleaseLogParseResult {
    std::optional<ReleaseLog> log;
    QString profileId;
    QString error;
};

} // namespace Stratum
