// The deploy lane's door to the droplet's deploy lock: reading it, and breaking a
// lock whose change is gone — never while a step of it still runs.

#include "core/deploy/DeployLane.h"

#include "core/audit/AuditLog.h"
#include "core/droplet/RemoteCommands.h"
#include "core/platform/AppPaths.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHost.h"

namespace Stratum {

namespace {

DeployLane::LockBreak lockBreak(bool ok, const QString &message, const LockInfo &was = {}, bool refused = false)
{
    DeployLane::LockBreak result;
    result.ok = ok;
    result.message = message;
    result.was = was;
    result.refused = refused;
    return result;
}

DeployLane::LockBreak noHost(const QString &error, bool noCredentials)
{
    DeployLane::LockBreak result = lockBreak(false, error);
    result.noCredentials = noCredentials;
    result.badInput = !noCredentials;
    return result;
}

} // namespace

QString DeployLane::LockReading::holderText() const
{
    return tr("%1 on %2 since %3 (SHA %4, reason: %5)")
        .arg(lock.holder, lock.machine, lock.since, lock.sha.left(Sha::shortLength),
             lock.reason.isEmpty() ? tr("none given") : lock.reason);
}

QString DeployLane::LockReading::runningText() const
{
    if (!running)
        return {};
    return tr("\"%1\" (pid %2) has run for %3 s").arg(running->name).arg(running->pid).arg(running->ageSeconds);
}

void DeployLane::readLock(const QString &hostName, QObject *context, std::function<void(const LockReading &)> done)
{
    withHostNamed(hostName, context, [this, context, done](RemoteHost *host, const QString &name, const QString &error, bool noCredentials) {
        LockReading reading;
        reading.hostName = name;
        if (!host) {
            reading.error = error;
            reading.noCredentials = noCredentials;
            reading.badInput = !noCredentials;
            done(reading);
            return;
        }
        host->run(RemoteCommands(m_profile, host->target().label).lockDetail(), std::chrono::seconds(m_profile.timing.stepSeconds), context,
                  {{}, {}, [reading, done](const RemoteResult &result) mutable {
            if (!result.ok()) {
                reading.error = result.failure();
                done(reading);
                return;
            }
            const QString text = QString::fromUtf8(result.out);
            reading.read = true;
            reading.lock = RemoteCommands::parseLockInfo(text.section(QLatin1Char('\n'), 0, 0));
            reading.running = parseRunningStep(text);
            done(reading);
        }});
    });
}

void DeployLane::breakLock(const QString &hostName, const QString &expectedToken, const QString &reason, QObject *context,
                           std::function<void(const LockBreak &)> done)
{
    if (m_readOnly) {
        LockBreak refused = lockBreak(false, readOnlyRefusal());
        refused.refused = true;
        done(refused);
        return;
    }
    if (reason.trimmed().isEmpty()) {
        LockBreak missing = lockBreak(false, tr("breaking the deploy lock needs a reason (--reason TEXT): it is recorded for the lock's holder"));
        missing.badInput = true;
        done(missing);
        return;
    }
    readLock(hostName, context, [this, expectedToken, reason, context, done](const LockReading &reading) {
        if (!reading.read) {
            LockBreak unread = lockBreak(false, reading.error);
            unread.badInput = reading.badInput;
            unread.noCredentials = reading.noCredentials;
            done(unread);
            return;
        }
        if (!reading.lock.held) {
            done(lockBreak(true, tr("the deploy lock of %1 is free").arg(reading.hostName)));
            return;
        }
        if (reading.lock.token != expectedToken) {
            done(lockBreak(false, tr("the deploy lock of %1 is held by another change than the one confirmed: now %2; look again")
                                      .arg(reading.hostName, reading.holderText()), reading.lock, true));
            return;
        }
        withHostNamed(reading.hostName, context, [this, reading, reason, done](RemoteHost *host, const QString &name, const QString &error, bool noCredentials) {
            if (!host) {
                done(noHost(error, noCredentials));
                return;
            }
            host->run(RemoteCommands(m_profile, name).breakLock(reading.lock.token), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                      {{}, {}, [this, name, reading, reason, done](const RemoteResult &result) {
                const QString text = QString::fromUtf8(result.out);
                if (result.exit.error.ok() && result.exit.exitStatus == RemoteCommands::lockHeldExitCode) {
                    LockReading still = reading;
                    still.running = parseRunningStep(text);
                    done(lockBreak(false, tr("the deploy lock of %1 is not broken: a step of its change still runs on the droplet — "
                                             "%2, started by %3. Wait for it to end, or cancel it from the app that started it.")
                                              .arg(name, still.runningText(), reading.holderText()), reading.lock, true));
                    return;
                }
                if (result.exit.error.ok() && result.exit.exitStatus == RemoteCommands::lockChangedExitCode) {
                    LockReading now = reading;
                    now.lock = RemoteCommands::parseLockInfo(text);
                    done(lockBreak(false, tr("the deploy lock of %1 changed hands since it was read: now %2; look again")
                                              .arg(name, now.holderText()), now.lock, true));
                    return;
                }
                if (!result.ok()) {
                    done(lockBreak(false, tr("could not break the deploy lock of %1: %2").arg(name, result.failure())));
                    return;
                }
                AuditLog::append(QStringLiteral("lock-broken"),
                                 {{QStringLiteral("host"), name}, {QStringLiteral("who"), operatorName()},
                                  {QStringLiteral("reason"), m_redactor->redact(reason.trimmed())},
                                  {QStringLiteral("holder"), reading.lock.holder}, {QStringLiteral("machine"), reading.lock.machine},
                                  {QStringLiteral("since"), reading.lock.since}, {QStringLiteral("sha"), reading.lock.sha},
                                  {QStringLiteral("change"), reading.lock.token}, {QStringLiteral("profile"), m_profile.id}},
                                 m_redactor);
                done(lockBreak(true, tr("broke the deploy lock of %1 that %2 held. Its change is recorded by the next look once "
                                        "its app's lease has run out, or by its app if it comes back.").arg(name, reading.holderText()),
                               reading.lock));
            }});
        });
    });
}

} // namespace Stratum
