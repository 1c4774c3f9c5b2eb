#pragma once

#include "profile/Profile.h"

#include <QObject>

#include <functional>

namespace Stratum {

class Redactor;
class RemoteHost;
class Vault;

// A change whose app stopped (or lost the droplet for longer than its
// reattach window) while its detached steps went on, now recorded.
struct RecoveredChange {
    QString token;
    QString sha;
    QString method;
    QString result; // as the release log has it: success, failed, cancelled
    QString failedStep;
    QString who;
    QString summary() const; // one line for a person
};

// Finds such changes on the droplet (every detached step ended, no app has
// followed them for a while), records each in the release log with its true
// result, marks it recorded and releases its lock. A change whose app is
// still with it is left alone.
void recoverAbandonedChanges(RemoteHost *host, const Profile &profile, Vault *vault, const Redactor *redactor,
                             QObject *context, std::function<void(const QList<RecoveredChange> &, const QString &error)> done);

// An app that followed a step in the last this many seconds is still with its change.
constexpr int abandonedAfterSeconds = 45;

} // namespace Stratum
