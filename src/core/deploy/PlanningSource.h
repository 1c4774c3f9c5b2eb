#pragma once

#include "core/gates/Gates.h"
#include "core/hosts/HostEntry.h"
#include "core/keychain/KeychainStore.h"

#include <QDateTime>
#include <QString>

#include <functional>

class QObject;

namespace Stratum {

class RegistryClient;
class Redactor;
class RemoteHosts;
class Vault;
struct Profile;

// Where a change goes: a host name, or why there is none.
struct HostChoice {
    QString name;
    QString error;
    bool noneSetUp = false;      // no host at all: a workflow deploy runs without the droplet's lock
    bool keychainFailed = false;
    KeychainError keychainError;
    HostEntry host;              // the chosen entry, and every entry as read with it:
    QList<HostEntry> allHosts;   // callers go on with these instead of reading the keychain again
};

struct BranchHead {
    QString sha;
    QString title;
    QString error;
    bool noCredentials = false; // no token, or the keychain failed
};

// The gates of one SHA as evaluated at one moment; a plan carries the snapshot a person saw.
struct GateSnapshot {
    GateReport report;
    QDateTime checkedAt;
};

// What a plan reads through the deploy lane, and all it reaches of it: the lane passes
// itself in as this interface (ChangePlanner), so the planner cannot touch the lane's
// issued plans or start anything.
class PlanningSource
{
public:
    virtual ~PlanningSource() = default;
    virtual const Profile &profile() const = 0;
    virtual Vault *vault() const = 0;
    virtual Redactor *redactor() const = 0;
    virtual RemoteHosts *hosts() const = 0;
    virtual GateKeeper *gateKeeper() const = 0;
    virtual void resolveHost(const QString &wanted, QObject *context, std::function<void(const HostChoice &)> done) = 0;
    virtual void readHead(QObject *context, std::function<void(const BranchHead &)> done) = 0;
    // Reused while fresh (the profile's timing.gateSnapshotSeconds), else evaluated again.
    virtual void evaluateGates(const QString &sha, const PromotionTarget &target, QObject *context,
                               std::function<void(const GateSnapshot &)> done) = 0;
    virtual void withRegistry(QObject *context, std::function<void(RegistryClient *)> then) = 0;
    // A plan recorded a change whose app had stopped: the release log changed under everyone.
    virtual void releaseLogChangedByPlan() = 0;
};

} // namespace Stratum
