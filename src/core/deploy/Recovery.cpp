#include "Recovery.h"

#include "core/audit/AuditLog.h"
#include "core/droplet/RemoteCommands.h"
#include "core/keychain/Vault.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_LOGGING_CATEGORY(lcRecovery, "stratum.deploy.recovery")

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Recovery)
};

int leaseOf(const PendingChange &change)
{
    return change.info.leaseSeconds > 0 ? change.info.leaseSeconds : legacyLeaseSeconds;
}

QString shaOf(const PendingChange &change)
{
    return change.sha.isEmpty() ? change.info.sha : change.sha;
}

struct Claim {
    RecoveredChange recovered;
    std::optional<ReleaseEntry> entry; // none: nothing reached the droplet that a release log would hold
};

QString firstStepNotRun(const PendingChange &change)
{
    QSet<QString> ran;
    for (const PendingChange::Step &step : change.steps)
        ran.insert(step.name);
    for (const QString &planned : change.info.plannedSteps) {
        if (!ran.contains(planned))
            return planned;
    }
    return {};
}

std::optional<ReleaseEntry> entryFor(const PendingChange &pending, const RecoveredChange &change, const Redactor *redactor)
{
    if (change.endedByItsApp) {
        QString why;
        std::optional<ReleaseEntry> entry = releaseEntryFromJson(pending.ended.toUtf8(), &why);
        if (entry)
            entry->change = pending.token;
        else
            qCWarning(lcRecovery) << "the droplet's record of an ended change is unreadable:" << why;
        return entry;
    }
    if (!Sha::isFullText(change.sha))
        return std::nullopt;
    ReleaseEntry entry;
    entry.sha = change.sha;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = change.method.isEmpty() ? QStringLiteral("ssh") : change.method;
    entry.result = change.result;
    entry.who = change.who;
    entry.failedStep = change.failedStep;
    entry.change = pending.token;
    entry.runId = pending.runId;
    entry.gateOverride = redactor->redact(pending.info.gateOverride);
    const QString how = change.result == QLatin1String("interrupted") && !firstStepNotRun(pending).isEmpty()
        ? Text::tr("recorded by another look after its app went away and its lease ran out: \"%1\" and the steps after it "
                   "never ran").arg(firstStepNotRun(pending))
        : change.method == QLatin1String("workflow")
        ? (pending.runId > 0 ? Text::tr("recorded after its app went away while the workflow ran; GitHub was not asked for the "
                                        "run's conclusion: see run %1 on the Actions page").arg(pending.runId)
                             : Text::tr("recorded after its app went away around the dispatch; look at the Actions page"))
        : change.result == QLatin1String("success")
        ? Text::tr("recorded after its app stopped: the droplet finished the steps on its own, the checks after them did not run")
        : Text::tr("recorded after its app stopped");
    entry.note = redactor->redact(pending.info.reason.isEmpty() ? QString() : pending.info.reason + QStringLiteral("; ")) + how;
    return entry;
}

} // namespace

int changeLeaseSeconds(const Profile &profile)
{
    constexpr int heartbeatSeconds = 10;
    return profile.timing.reattachSeconds + 3 * profile.timing.keepaliveSeconds + 2 * heartbeatSeconds
           + profile.timing.sshConnectSeconds;
}

bool isAbandoned(const PendingChange &change)
{
    if (change.running())
        return false;
    if (!change.ended.isEmpty())
        return true;
    return change.quietSeconds >= leaseOf(change);
}

RecoveredChange outcomeOfPendingChange(const PendingChange &change)
{
    RecoveredChange recovered{change.token, shaOf(change), change.info.method, QStringLiteral("success"), {},
                              change.info.holder};
    if (!change.ended.isEmpty()) {
        QString why;
        if (const std::optional<ReleaseEntry> entry = releaseEntryFromJson(change.ended.toUtf8(), &why)) {
            recovered.sha = entry->sha;
            recovered.method = entry->method;
            recovered.result = entry->result;
            recovered.failedStep = entry->failedStep;
            recovered.who = entry->who;
            recovered.endedByItsApp = true;
            return recovered;
        }
    }
    for (const PendingChange::Step &step : change.steps) {
        if (step.status != 0) {
            recovered.result = step.status == 143 ? QStringLiteral("cancelled") : QStringLiteral("failed");
            recovered.failedStep = step.name;
            return recovered;
        }
    }
    const QString notRun = firstStepNotRun(change);
    if (!notRun.isEmpty() || (change.steps.isEmpty() && change.info.plannedSteps.isEmpty())) {
        recovered.result = change.info.method == QLatin1String("workflow") ? QStringLiteral("unknown") : QStringLiteral("interrupted");
        recovered.failedStep = notRun.isEmpty() ? QString() : Text::tr("interrupted before %1").arg(notRun);
    }
    return recovered;
}

QString RecoveredChange::summary() const
{
    if (endedByItsApp)
        return Text::tr("recorded an earlier %1 of %2 by %3 as its app ended it (%4%5): the app could not store it then")
            .arg(method, sha.left(12), who, result, failedStep.isEmpty() ? QString() : QStringLiteral(", ") + failedStep);
    if (result == QLatin1String("success"))
        return Text::tr("recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: it succeeded")
            .arg(method, sha.left(12), who);
    if (result == QLatin1String("interrupted") || result == QLatin1String("unknown"))
        return Text::tr("recorded an earlier %1 of %2 by %3 whose app went away and did not come back: %4")
            .arg(method, sha.left(12), who, failedStep.isEmpty() ? result : failedStep);
    return Text::tr("recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: %4 at \"%5\"")
        .arg(method, sha.left(12), who, result, failedStep);
}

namespace {

void storeThenMark(QPointer<RemoteHost> host, const Profile &profile, Vault *vault, const Redactor *redactor, QObject *context,
                   const QList<Claim> &claims, std::function<void(const QList<RecoveredChange> &, const QString &)> done)
{
    vault->updateReleaseLog(profile.id, [claims](ReleaseLog &log) {
        for (const Claim &claim : claims) {
            if (claim.entry && !log.hasRecorded(claim.entry->change, claim.entry->result, claim.entry->failedStep))
                log.record(*claim.entry);
        }
    }, context, [host, &profile, redactor, context, claims, done](const KeychainError &error) {
        if (!error.ok()) {
            done({}, Text::tr("could not record a change that ended on the droplet: %1; the next look records it").arg(error.message));
            return;
        }
        if (!host) {
            done({}, {});
            return;
        }
        const RemoteCommands commands(profile, host->target().label);
        QStringList mark;
        QList<RecoveredChange> recovered;
        for (const Claim &claim : claims) {
            mark << commands.markRecorded(claim.recovered.token);
            recovered << claim.recovered;
            AuditLog::append(QStringLiteral("change-recovered"),
                             QJsonObject{{QStringLiteral("sha"), claim.recovered.sha}, {QStringLiteral("method"), claim.recovered.method},
                                         {QStringLiteral("result"), claim.recovered.result}, {QStringLiteral("who"), claim.recovered.who},
                                         {QStringLiteral("failedStep"), claim.recovered.failedStep},
                                         {QStringLiteral("change"), claim.recovered.token}},
                             redactor);
        }
        host->run(QStringLiteral("( ") + mark.join(QStringLiteral(" ); ( ")) + QStringLiteral(" )"),
                  std::chrono::seconds(profile.timing.stepSeconds), context,
                  {{}, {}, [done, recovered](const RemoteResult &) { done(recovered, {}); }});
    });
}

} // namespace

void recoverAbandonedChanges(RemoteHost *host, const Profile &profile, Vault *vault, const Redactor *redactor,
                             QObject *context, std::function<void(const QList<RecoveredChange> &, const QString &)> done)
{
    const RemoteCommands commands(profile, host->target().label);
    QPointer<RemoteHost> guard(host);
    host->run(commands.pendingChanges(), std::chrono::seconds(profile.timing.stepSeconds), context,
              {{}, {}, [guard, &profile, vault, redactor, context, done, commands](const RemoteResult &result) {
        if (!result.ok()) {
            done({}, result.failure());
            return;
        }
        QList<PendingChange> orphans = parsePendingChanges(QString::fromUtf8(result.out));
        orphans.removeIf([](const PendingChange &change) { return !isAbandoned(change); });
        if (orphans.isEmpty() || !guard) {
            done({}, {});
            return;
        }
        // Taken over one by one on the droplet: what another look or its own returning app
        // did in the meantime wins.
        QStringList claims;
        for (const PendingChange &orphan : orphans)
            claims << QStringLiteral("( %1 ) >/dev/null 2>&1 && echo '@claimed %2'").arg(commands.claimAbandoned(orphan.token, leaseOf(orphan)), orphan.token);
        guard->run(claims.join(QStringLiteral("; ")) + QStringLiteral("; true"), std::chrono::seconds(profile.timing.stepSeconds), context,
                   {{}, {}, [guard, &profile, vault, redactor, context, done, orphans](const RemoteResult &claimed) {
            if (!claimed.ok()) {
                done({}, claimed.failure());
                return;
            }
            const QString answer = QString::fromUtf8(claimed.out);
            QList<Claim> taken;
            for (const PendingChange &orphan : orphans) {
                if (!answer.contains(QStringLiteral("@claimed ") + orphan.token))
                    continue;
                Claim claim;
                claim.recovered = outcomeOfPendingChange(orphan);
                claim.entry = entryFor(orphan, claim.recovered, redactor);
                taken << claim;
            }
            if (taken.isEmpty()) {
                done({}, {});
                return;
            }
            storeThenMark(guard, profile, vault, redactor, context, taken, done);
        }});
    }});
}

} // namespace Stratum
