#include "Recovery.h"

#include "audit/AuditLog.h"
#include "droplet/RemoteCommands.h"
#include "keychain/Vault.h"
#include "redaction/Redactor.h"
#include "ssh/RemoteHost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Recovery)
};

bool abandoned(const PendingChange &change, const LockInfo &lock)
{
    const bool stillWatched = change.attachedAgeSeconds >= 0 && change.attachedAgeSeconds < abandonedAfterSeconds;
    const bool lockIsItsOrFree = !lock.held || lock.token == change.token;
    return !change.steps.isEmpty() && !change.running() && !stillWatched && lockIsItsOrFree;
}

RecoveredChange outcomeOf(const PendingChange &change)
{
    RecoveredChange recovered{change.token, change.sha.isEmpty() ? change.info.sha : change.sha, change.info.method,
                              QStringLiteral("success"), {}, change.info.holder};
    for (const PendingChange::Step &step : change.steps) {
        if (step.status != 0) {
            recovered.result = step.status == 143 ? QStringLiteral("cancelled") : QStringLiteral("failed");
            recovered.failedStep = step.name;
            break;
        }
    }
    return recovered;
}

ReleaseEntry entryFor(const RecoveredChange &change, const PendingChange &pending, const Redactor *redactor)
{
    ReleaseEntry entry;
    entry.sha = change.sha;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = change.method.isEmpty() ? QStringLiteral("ssh") : change.method;
    entry.result = change.result;
    entry.who = change.who;
    entry.failedStep = change.failedStep;
    entry.gateOverride = redactor->redact(pending.info.gateOverride);
    entry.note = redactor->redact(pending.info.reason.isEmpty() ? QString() : pending.info.reason + QStringLiteral("; "))
                 + Text::tr("recorded after its app stopped: the droplet finished the steps on its own, the checks after "
                            "them did not run");
    return entry;
}

} // namespace

QString RecoveredChange::summary() const
{
    return result == QLatin1String("success")
        ? Text::tr("recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: it succeeded")
              .arg(method, sha.left(12), who)
        : Text::tr("recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: %4 at \"%5\"")
              .arg(method, sha.left(12), who, result, failedStep);
}

void recoverAbandonedChanges(RemoteHost *host, const Profile &profile, Vault *vault, const Redactor *redactor,
                             QObject *context, std::function<void(const QList<RecoveredChange> &, const QString &)> done)
{
    const RemoteCommands commands(profile);
    QPointer<RemoteHost> guard(host);
    host->run(commands.lockStatus() + QStringLiteral("; echo @@; ") + commands.pendingChanges(),
              std::chrono::seconds(profile.timing.stepSeconds), context,
              {{}, {}, [guard, &profile, vault, redactor, context, done, commands](const RemoteResult &result) {
        if (!result.ok()) {
            done({}, result.failure());
            return;
        }
        const QString text = QString::fromUtf8(result.out);
        const LockInfo lock = RemoteCommands::parseLockInfo(text.section(QStringLiteral("@@"), 0, 0));
        QList<PendingChange> orphans = parsePendingChanges(text.section(QStringLiteral("@@"), 1));
        orphans.removeIf([&lock](const PendingChange &change) { return !abandoned(change, lock); });
        orphans.removeIf([](const PendingChange &change) { return !Sha::isFullText(change.sha.isEmpty() ? change.info.sha : change.sha); });
        if (orphans.isEmpty() || !guard) {
            done({}, {});
            return;
        }
        QList<RecoveredChange> recovered;
        QList<ReleaseEntry> entries;
        for (const PendingChange &orphan : orphans) {
            recovered << outcomeOf(orphan);
            entries << entryFor(recovered.last(), orphan, redactor);
        }
        vault->updateReleaseLog(profile.id, [entries](ReleaseLog &log) {
            for (const ReleaseEntry &entry : entries)
                log.record(entry);
        }, context, [guard, &profile, redactor, context, done, commands, recovered](const KeychainError &error) {
            if (!error.ok() || !guard) {
                done({}, error.message);
                return;
            }
            QStringList release;
            for (const RecoveredChange &change : recovered) {
                release << commands.releaseLock(change.token) + QStringLiteral(" || true");
                AuditLog::append(QStringLiteral("change-recovered"),
                                 QJsonObject{{QStringLiteral("sha"), change.sha}, {QStringLiteral("method"), change.method},
                                             {QStringLiteral("result"), change.result}, {QStringLiteral("who"), change.who},
                                             {QStringLiteral("failedStep"), change.failedStep}},
                                 redactor);
            }
            guard->run(release.join(QStringLiteral("; ")), std::chrono::seconds(profile.timing.stepSeconds), context,
                       {{}, {}, [done, recovered](const RemoteResult &) { done(recovered, {}); }});
        });
    }});
}

} // namespace Stratum
