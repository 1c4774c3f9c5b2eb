#pragma once

#include "core/profile/Profile.h"

#include <QObject>

#include <functional>

namespace Stratum {

class Redactor;
class RemoteHost;
class Vault;
struct PendingChange;

// A change whose app stopped (or lost the droplet for longer than its lease) while
// its detached steps went on, or that ended while its app could not store it, now recorded.
struct RecoveredChange {
    QString token;
    QString sha;
    QString method;
    QString result; // as the release log has it: success, failed, cancelled, interrupted, unknown
    QString failedStep;
    QString who;
    bool endedByItsApp = false; // its app said how it ended; only storing it was left
    QString summary() const;    // one line for a person
};

// Finds such changes on the droplet and records each in the release log with its true
// result, then marks it recorded on the droplet (only after the local record is stored:
// a keychain that cannot store it leaves it for the next look). A change is taken over
// only when none of its steps runs and its lease ran out (its app may come back until
// then) or its app said how it ended; taking it over frees its lock in the same
// droplet-side critical section, so that its app can start nothing after that.
void recoverAbandonedChanges(RemoteHost *host, const Profile &profile, Vault *vault, const Redactor *redactor,
                             QObject *context, std::function<void(const QList<RecoveredChange> &, const QString &error)> done);

// The lease of a change record from before leases: an app that followed a step in the last
// this many seconds is still with its change.
constexpr int legacyLeaseSeconds = 45;

// How long a change of this profile's apps may be quiet before others may take it over:
// the reattach window, three keepalives to notice a silent network, two heartbeats, a connect.
int changeLeaseSeconds(const Profile &profile);

// Pure: what a pending change's record says about how it ended.
RecoveredChange outcomeOfPendingChange(const PendingChange &change);
bool isAbandoned(const PendingChange &change);

} // namespace Stratum
