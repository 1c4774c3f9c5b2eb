#pragma once

#include "core/deploy/Change.h"

#include <QPointer>
#include <QTimer>

#include <functional>

namespace Stratum {

class DeployLane;

// The environment's own lock for the length of a rolling change, so that a second rolling
// change of the same environment is refused while this one goes through its hosts (each host's
// change still takes that host's deploy lock). The lane binds it to the environment's first
// host; an empty refusal means taken.
struct EnvironmentLock {
    std::function<void(QObject *context, std::function<void(const QString &refusal)> done)> take;
    std::function<void(QObject *context)> touch; // while the change runs: its holder is alive
    std::function<void(QObject *context, std::function<void()> done)> release;
    std::chrono::seconds touchEvery{30};
};

// A deploy or rollback of an environment of several hosts (docs/scaling.md §2): host by host
// in the profile's order. Each host's change is planned and run by the lane as if it were the
// only one (its own lock, pre-flight, gates and release log entry), and the next host starts
// only after the one before runs every service and answers live and ready. On the first
// failure the change stops there: that host is rolled back to the release it ran (a
// known-good rollback the lane plans like any other), the hosts before it keep the new
// release, and the hosts after it are not touched.
class RollingRun : public ChangeRun
{
    Q_OBJECT
public:
    // `confirmed` is the plan a person confirmed: the first host's, with every host in rollingHosts.
    RollingRun(DeployLane &lane, const ChangePlan &confirmed, ChangeConsent consent, EnvironmentLock lock, QObject *parent);
    void begin(const ChangePlan &firstHost); // issued by the lane for rollingHosts.first()
    void cancel() override;                  // the host's change at its next safe point; no further host starts

private:
    void runHost(int index, const ChangePlan &plan);
    void hostEnded(int index, const ChangePlan &plan, const ChangeResult &result);
    void planHost(int index);
    void putBack(int index, const ChangePlan &failedPlan, const ChangeResult &failure);
    void stopAt(int index, const ChangeResult &failure, const QString &wayBack);
    void follow(ChangeRun *run);
    void finish(const ChangeResult &result); // the environment's lock goes back first
    QString hostLabel(int index) const; // "prod-2 (2 of 3)"

    DeployLane &m_lane;
    ChangePlan m_confirmed;
    ChangeConsent m_consent;
    EnvironmentLock m_lock;
    QTimer m_touch;
    bool m_lockHeld = false;
    QPointer<ChangeRun> m_current;
    bool m_cancelled = false;
    QStringList m_updated; // hosts that run the target now
};

// What a rolling change's end says, for every front end: pure, so it is tested on its own.
struct RollingOutcome {
    QStringList hosts;    // in order
    QStringList updated;  // run the target now
    QString stoppedAt;    // empty when every host took it
    QString failure;      // what went wrong there
    QString wayBack;      // how the stopped host was put back, or why it was not
};
QString rollingSummary(const RollingOutcome &outcome, const QString &targetShort);

} // namespace Stratum
