// The deploy lane's door for commands run on the droplet by hand: a read-only command runs
// as it is; one that changes the droplet takes the deploy lock first, gives it back after,
// and leaves an audit line — so a hand-made `docker compose up` never crosses a deploy.

#include "core/deploy/DeployLane.h"

#include "core/audit/AuditLog.h"
#include "core/deploy/DropletCommand.h"
#include "core/deploy/Recovery.h"
#include "core/droplet/RemoteCommands.h"
#include "core/droplet/RunningNow.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppPaths.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHosts.h"

#include <QJsonObject>
#include <QUuid>

namespace Stratum {

namespace {

LockInfo commandLock(const DeployLane::CommandRequest &request, const Profile &profile, const Redactor &redactor)
{
    LockInfo info;
    info.holder = operatorName();
    info.machine = machineName();
    info.reason = redactor.redact(request.origin);
    info.since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    info.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.method = QStringLiteral("command"); // no SHA: recovery frees such a lock, the release log never holds it
    info.leaseSeconds = changeLeaseSeconds(profile);
    return info;
}

void auditCommand(const DeployLane::CommandOutcome &outcome, const DeployLane::CommandRequest &request, const Redactor &redactor)
{
    AuditLog::append(QStringLiteral("droplet-command"),
                     QJsonObject{{QStringLiteral("host"), request.hostName},
                                 {QStringLiteral("command"), request.command},
                                 {QStringLiteral("origin"), request.origin},
                                 {QStringLiteral("who"), operatorName()},
                                 {QStringLiteral("exit"), outcome.result.exit.error.ok() ? outcome.result.exit.exitStatus : -1},
                                 {QStringLiteral("error"), outcome.result.exit.error.ok() ? QString() : outcome.result.exit.error.message}},
                     &redactor);
}

QString refusalOf(const RemoteResult &taken, const QString &hostName, bool connectionGone)
{
    if (connectionGone)
        return DeployLane::tr("the connection to %1 went away before the command ran").arg(hostName);
    if (taken.exit.exitStatus == RemoteCommands::lockHeldExitCode) {
        const LockInfo holder = RemoteCommands::parseLockInfo(QString::fromUtf8(taken.out));
        return DeployLane::tr("the command changes the droplet and the deploy lock is held: %1 on %2 since %3 (reason: %4); nothing was run")
            .arg(holder.holder, holder.machine, holder.since, holder.reason.isEmpty() ? DeployLane::tr("none given") : holder.reason);
    }
    return DeployLane::tr("the command changes the droplet and the deploy lock could not be taken: %1; nothing was run").arg(taken.failure());
}

ReleaseEntry swarmUndoEntry(const QString &sha, const QString &hostName, const QString &reason)
{
    ReleaseEntry entry;
    entry.sha = sha;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QStringLiteral("swarm-undo");
    entry.result = QStringLiteral("success");
    entry.who = operatorName();
    entry.note = reason;
    entry.host = hostName;
    return entry;
}

} // namespace

void DeployLane::runCommand(RemoteHost *host, const CommandRequest &request, QObject *context,
                            std::function<void(const QByteArray &)> onStdout, std::function<void(const QByteArray &)> onStderr,
                            std::function<void(const CommandOutcome &)> done)
{
    CommandOutcome outcome;
    if (request.command.trimmed().isEmpty() || !host) {
        outcome.badInput = true;
        outcome.error = host ? tr("no command to run") : tr("no droplet to run it on");
        done(outcome);
        return;
    }
    const std::chrono::seconds limit(m_profile.timing.stepSeconds);
    if (!changesDroplet(request.command)) {
        host->run(request.command, limit, context, {onStdout, onStderr, [outcome, done](const RemoteResult &result) mutable {
            outcome.ran = true;
            outcome.result = result;
            done(outcome);
        }});
        return;
    }
    if (m_readOnly) {
        outcome.refused = true;
        outcome.error = readOnlyRefusal() + tr("; nothing was run");
        done(outcome);
        return;
    }
    outcome.changedDroplet = true;
    const LockInfo lock = commandLock(request, m_profile, *m_redactor);
    QPointer<RemoteHost> kept(host);
    host->run(RemoteCommands(m_profile, host->target().label).takeLock(lock), limit, context,
              {{}, {}, [this, kept, request, context, onStdout, onStderr, done, outcome, lock, limit](const RemoteResult &taken) mutable {
        if (!taken.ok() || !kept) {
            outcome.refused = taken.exit.exitStatus == RemoteCommands::lockHeldExitCode;
            outcome.error = refusalOf(taken, request.hostName, kept.isNull());
            done(outcome);
            return;
        }
        kept->run(request.command, limit, context, {onStdout, onStderr, [this, kept, request, context, done, outcome, lock,
                                                                          limit](const RemoteResult &result) mutable {
            outcome.ran = true;
            outcome.result = result;
            auditCommand(outcome, request, *m_redactor);
            if (!kept) {
                done(outcome); // a lost connection leaves the lock to its lease
                return;
            }
            // The lock goes back whatever the command did; the change is marked recorded too:
            // nothing of it is for the release log, so no later look takes it over.
            const RemoteCommands commands(m_profile, kept->target().label);
            kept->run(QStringLiteral("( %1 ); ( %2 )").arg(commands.releaseLock(lock.token), commands.markRecorded(lock.token)), limit,
                      context, {{}, {}, [outcome, done](const RemoteResult &) { done(outcome); }});
        }});
    }});
}

QString DeployLane::swarmUndoRefusal(const QString &hostName, const QString &service, const QString &reason) const
{
    if (!RemoteCommands(m_profile, hostName).swarm())
        return tr("%1 runs the product with docker compose: docker service rollback is Swarm's; the way back there is a "
                  "rollback to a known-good release (stratumctl rollback)").arg(hostName);
    if (reason.trimmed().isEmpty())
        return tr("undoing the swarm's last update needs a reason (--reason TEXT): the team reads it");
    if (!service.isEmpty() && !m_profile.droplet.services.contains(service))
        return tr("the profile has no service \"%1\" (it has %2)").arg(service, m_profile.droplet.services.join(QStringLiteral(", ")));
    return {};
}

void DeployLane::undoSwarmUpdate(RemoteHost *host, const QString &hostName, const QString &service, const QString &reason,
                                 QObject *context, std::function<void(const QByteArray &)> onOutput,
                                 std::function<void(const CommandOutcome &)> done)
{
    const QString name = host ? host->target().label : hostName;
    const RemoteCommands commands(m_profile, name);
    CommandOutcome refused;
    refused.badInput = true;
    refused.error = swarmUndoRefusal(name, service, reason);
    if (!refused.error.isEmpty()) {
        done(refused);
        return;
    }
    const QStringList services = service.isEmpty() ? m_profile.droplet.services : QStringList{service};
    const QString why = m_redactor->redact(reason.trimmed());
    const CommandRequest request{name, commands.serviceRollback(services), tr("undo the swarm's last update: %1").arg(why)};
    QPointer<RemoteHost> kept(host);
    runCommand(host, request, context, onOutput, onOutput, [this, kept, name, why, context, done](const CommandOutcome &outcome) {
        if (!outcome.ran || !outcome.result.ok() || !kept) {
            done(outcome);
            return;
        }
        readRunningNow(kept, m_profile, context, [this, name, why, context, done, outcome = CommandOutcome(outcome)](const RunningNow &now) mutable {
            outcome.runsAfter = now.read ? now.backendTag() : QString();
            recordSwarmUndo(name, why, context, outcome, done);
        });
    });
}

void DeployLane::undoSwarmUpdate(const QString &hostName, const QString &reason, QObject *context,
                                 std::function<void(const QByteArray &)> onOutput, std::function<void(const CommandOutcome &)> done)
{
    m_hosts->withHost(hostName, context, [this, hostName, reason, context, onOutput, done](RemoteHost *host, const QString &error) {
        if (!host) {
            CommandOutcome unreachable;
            unreachable.error = error;
            done(unreachable);
            return;
        }
        undoSwarmUpdate(host, hostName, {}, reason, context, onOutput, done);
    });
}

// What the stack runs after Swarm went back goes into the release log like any change, so the
// Releases page, Undo and the team see it; a tag that is not a release SHA cannot be recorded.
void DeployLane::recordSwarmUndo(const QString &hostName, const QString &reason, QObject *context, CommandOutcome outcome,
                                 std::function<void(const CommandOutcome &)> done)
{
    if (!Sha::isFullText(outcome.runsAfter) || !m_vault) {
        outcome.notRecorded = outcome.runsAfter.isEmpty() ? tr("what runs now could not be read")
                                                          : tr("the backend runs %1, which is not a release SHA").arg(outcome.runsAfter);
        done(outcome);
        return;
    }
    const ReleaseEntry entry = swarmUndoEntry(outcome.runsAfter, hostName, reason);
    m_vault->updateReleaseLog(m_profile.id, [entry](ReleaseLog &log) { log.record(entry); }, context,
                              [this, outcome, done](const KeychainError &error) mutable {
        if (!error.ok())
            outcome.notRecorded = error.message;
        else
            Q_EMIT releaseLogChanged();
        done(outcome);
    });
}

void DeployLane::createDropletEnv(RemoteHost *host, const QString &hostName, QObject *context,
                                  std::function<void(const QByteArray &)> onOutput, std::function<void(const CommandOutcome &)> done)
{
    const CommandRequest request{hostName, RemoteCommands(m_profile, hostName).createEnvFromExample(),
                                 tr("create %1 from its example").arg(m_profile.droplet.envFile)};
    runCommand(host, request, context, onOutput, onOutput, std::move(done));
}

} // namespace Stratum
