#include "RollingChange.h"

#include "core/deploy/DeployLane.h"
#include "core/registry/RegistryClient.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRolling, "stratum.rolling")

namespace Stratum {

QString rollingSummary(const RollingOutcome &outcome, const QString &targetShort)
{
    if (outcome.stoppedAt.isEmpty())
        return RollingRun::tr("%1 runs on every host: %2").arg(targetShort, outcome.hosts.join(QStringLiteral(", ")));
    QStringList untouched;
    for (const QString &host : outcome.hosts) {
        if (host != outcome.stoppedAt && !outcome.updated.contains(host))
            untouched << host;
    }
    QString text = RollingRun::tr("stopped at %1: %2").arg(outcome.stoppedAt, outcome.failure);
    if (!outcome.wayBack.isEmpty())
        text += QStringLiteral("; ") + outcome.wayBack;
    text += QStringLiteral("; ")
            + (outcome.updated.isEmpty() ? RollingRun::tr("no host runs %1").arg(targetShort)
                                         : RollingRun::tr("%1 runs on %2").arg(targetShort, outcome.updated.join(QStringLiteral(", "))));
    if (!untouched.isEmpty())
        text += QStringLiteral("; ") + RollingRun::tr("not started: %1").arg(untouched.join(QStringLiteral(", ")));
    return text;
}

RollingRun::RollingRun(DeployLane &lane, const ChangePlan &confirmed, ChangeConsent consent, EnvironmentLock lock, QObject *parent)
    : ChangeRun(parent), m_lane(lane), m_confirmed(confirmed), m_consent(consent), m_lock(std::move(lock))
{
    m_touch.setInterval(m_lock.touchEvery);
    connect(&m_touch, &QTimer::timeout, this, [this]() { m_lock.touch(this); });
}

void RollingRun::begin(const ChangePlan &firstHost)
{
    QTimer::singleShot(0, this, [this, firstHost]() {
        Q_EMIT progress(tr("— taking the lock of %1 —").arg(m_confirmed.environment));
        m_lock.take(this, [this, firstHost](const QString &refusal) {
            if (!refusal.isEmpty()) {
                ChangeResult refused;
                refused.outcome = ChangeResult::Outcome::Refused;
                refused.sha = m_confirmed.targetSha.text();
                refused.failedStep = tr("the environment's lock");
                refused.message = refusal + tr("; nothing was changed");
                finishWith(refused);
                return;
            }
            m_lockHeld = true;
            m_touch.start();
            runHost(0, firstHost);
        });
    });
}

void RollingRun::finish(const ChangeResult &result)
{
    m_touch.stop();
    if (!m_lockHeld) {
        finishWith(result);
        return;
    }
    m_lockHeld = false;
    m_lock.release(this, [this, result]() { finishWith(result); });
}

void RollingRun::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

QString RollingRun::hostLabel(int index) const
{
    return tr("%1 (%2 of %3)").arg(m_confirmed.rollingHosts.value(index)).arg(index + 1).arg(m_confirmed.rollingHosts.size());
}

void RollingRun::follow(ChangeRun *run)
{
    connect(run, &ChangeRun::stepStarted, this, &ChangeRun::stepStarted);
    connect(run, &ChangeRun::output, this, &ChangeRun::output);
    connect(run, &ChangeRun::stepFinished, this, &ChangeRun::stepFinished);
    connect(run, &ChangeRun::progress, this, &ChangeRun::progress);
}

void RollingRun::runHost(int index, const ChangePlan &plan)
{
    Q_EMIT progress(tr("— %1: %2 → %3 —").arg(hostLabel(index), plan.currentText(), plan.targetText()));
    qCInfo(lcRolling).noquote() << "host" << hostLabel(index) << changeKindId(plan.intent.kind) << plan.targetSha.shortForm();
    ChangeRun *run = m_lane.run(plan, this, m_consent);
    m_current = run;
    follow(run);
    connect(run, &ChangeRun::finished, this, [this, index, plan](const ChangeResult &result) { hostEnded(index, plan, result); });
}

void RollingRun::hostEnded(int index, const ChangePlan &plan, const ChangeResult &result)
{
    if (!result.succeeded()) {
        if (plan.intent.kind == ChangeKind::DeployOverSsh && result.dropletChanged && !m_cancelled)
            putBack(index, plan, result);
        else
            stopAt(index, result, result.dropletChanged ? QString() : tr("nothing was changed there"));
        return;
    }
    m_updated << plan.hostName;
    if (index + 1 >= m_confirmed.rollingHosts.size()) {
        ChangeResult done = result;
        done.message = rollingSummary({m_confirmed.rollingHosts, m_updated, {}, {}, {}}, m_confirmed.targetSha.shortForm());
        done.dropletChanged = true;
        finish(done);
        return;
    }
    if (m_cancelled) {
        ChangeResult cancelled = result;
        cancelled.outcome = ChangeResult::Outcome::Cancelled;
        stopAt(index + 1, cancelled, tr("cancelled before it started"));
        return;
    }
    planHost(index + 1);
}

// The next host's own plan: its lock, its pre-flight and the gates as they are now.
void RollingRun::planHost(int index)
{
    ChangeIntent intent = m_confirmed.intent;
    intent.environment.clear();
    intent.hostName = m_confirmed.rollingHosts.at(index);
    m_lane.plan(intent, this, [this, index](const ChangePlan &plan) {
        if (!plan.ready()) {
            ChangeResult refused;
            refused.outcome = ChangeResult::Outcome::Refused;
            refused.message = tr("not planned: %1").arg(plan.message);
            refused.failedStep = tr("plan");
            stopAt(index, refused, tr("nothing was changed there"));
            return;
        }
        runHost(index, plan);
    });
}

// The stopped host goes back to what it ran, as a known-good rollback (never to a release
// that is not known-good: then the operator is told and decides).
void RollingRun::putBack(int index, const ChangePlan &failedPlan, const ChangeResult &failure)
{
    const QString previous = RegistryClient::tagOf(failedPlan.current.backendRef());
    const std::optional<Sha> sha = Sha::isFullText(previous) ? Sha::parseFull(previous) : std::nullopt;
    if (!sha || *sha == failedPlan.targetSha) {
        stopAt(index, failure, tr("it was not rolled back: what it ran before (%1) is not a release SHA").arg(failedPlan.currentText()));
        return;
    }
    Q_EMIT progress(tr("— %1 failed: rolling it back to %2 —").arg(hostLabel(index), sha->shortForm()));
    ChangeIntent intent;
    intent.kind = ChangeKind::Rollback;
    intent.sha = *sha;
    intent.hostName = failedPlan.hostName;
    intent.reason = tr("rolling change of %1 stopped at this host").arg(failedPlan.targetSha.shortForm());
    m_lane.plan(intent, this, [this, index, failure, back = sha->shortForm()](const ChangePlan &rollback) {
        if (!rollback.ready()) {
            stopAt(index, failure, tr("it was NOT rolled back to %1: %2").arg(back, rollback.message));
            return;
        }
        ChangeRun *run = m_lane.run(rollback, this, m_consent);
        m_current = run;
        follow(run);
        connect(run, &ChangeRun::finished, this, [this, index, failure, back](const ChangeResult &result) {
            stopAt(index, failure, result.succeeded() ? tr("rolled back to %1").arg(back)
                                                      : tr("its rollback to %1 FAILED: %2").arg(back, result.message));
        });
    });
}

void RollingRun::stopAt(int index, const ChangeResult &failure, const QString &wayBack)
{
    ChangeResult stopped = failure;
    if (stopped.succeeded())
        stopped.outcome = ChangeResult::Outcome::Failed;
    stopped.sha = m_confirmed.targetSha.text();
    stopped.dropletChanged = failure.dropletChanged || !m_updated.isEmpty();
    stopped.failedStep = m_confirmed.rollingHosts.value(index) + QStringLiteral(": ") + failure.failedStep;
    stopped.message = rollingSummary({m_confirmed.rollingHosts, m_updated, m_confirmed.rollingHosts.value(index), failure.message, wayBack},
                                     m_confirmed.targetSha.shortForm());
    qCInfo(lcRolling).noquote() << stopped.message;
    finish(stopped);
}

} // namespace Stratum
