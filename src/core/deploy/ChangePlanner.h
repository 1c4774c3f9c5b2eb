#pragma once

#include "core/deploy/Change.h"
#include "core/deploy/PlanningSource.h"
#include "core/hosts/HostEntry.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Stratum {

class RemoteHost;
struct RemoteResult;

// Makes one plan for the deploy lane: a chain of read-only checks that ends
// in a ChangePlan. Nothing it runs changes the droplet, GitHub or the logs
// (a refusal by the gates goes to the audit log).
class ChangePlanner : public QObject
{
    Q_OBJECT
public:
    ChangePlanner(PlanningSource &source, const ChangeIntent &intent, QObject *parent, std::function<void(ChangePlan)> done);
    void start();

private:
    using Step = std::function<void()>;
    void next();
    void stop(ChangePlan::Verdict verdict, const QString &message);
    void finish();

    // The steps; each ends in next() or stop().
    void requireSha();
    void resolveKnownGood();
    void checkKnownGoodHere(); // after resolveHost: known-good on this host's environment
    void resolveEnvironment();
    void resolveHost(bool required);
    void readBranchHead();
    void checkGates();
    void loadRedactorSecrets();
    void readCurrent(bool imagesRequired);
    void recoverAbandoned();
    void checkGuards(bool forward); // the lock; for a forward deploy also the pin
    void readGatesForInformation();
    void readCrossedMigrations();
    void readLiveRevision();
    void checkRegistryImages();
    void checkDropletSeesImage(bool backend);
    void checkDiskSpace();
    void warnWhenComposeFileDiffers();
    void checkClone();
    void checkImagesOnDroplet();

    void check(const QString &name, bool passed, const QString &detail, bool policy = false);
    void runRemote(const QString &command, std::function<void(const RemoteResult &)> then);
    QString imageRef(bool backend) const;
    // The full SHA the backend runs when it is not the target (what a rollback compares against).
    Sha runningShaOtherThanTarget() const;

    PlanningSource &m_source;
    ChangePlan m_plan;
    QList<Step> m_steps;
    int m_next = 0;
    QPointer<RemoteHost> m_host;
    std::optional<QList<HostEntry>> m_hostsRead; // as the host was resolved: the passphrases to mask
    bool m_policyBlocked = false;
    QString m_recordedBackendDigest; // rollback: the target's digests as the release log recorded them
    QStringList m_knownGoodOn;       // rollback: the hosts whose entries mark the target known-good ("" : no host recorded)
    QString m_recordedFrontendDigest;
    QStringList m_missingOnDroplet;  // rollback: "backend", "frontend": what the registry must supply
    bool m_finished = false;
    std::function<void(ChangePlan)> m_done;
};

} // namespace Stratum
