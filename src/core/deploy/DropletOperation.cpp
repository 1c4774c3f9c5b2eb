#include "DropletOperation.h"

#include "registry/RegistryClient.h"
#include "deploy/ComposePs.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDeploy, "stratum.deploy")

namespace Stratum {

QString outcomeName(OperationResult::Outcome outcome)
{
    switch (outcome) {
    case OperationResult::Outcome::Success: return QStringLiteral("success");
    case OperationResult::Outcome::Failed: return QStringLiteral("failed");
    case OperationResult::Outcome::Refused: return QStringLiteral("refused");
    case OperationResult::Outcome::Cancelled: return QStringLiteral("cancelled");
    case OperationResult::Outcome::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

DropletOperation::DropletOperation(Options options, const Profile &profile, RemoteHost *host,
                                   RegistryClient *registry, Vault *vault, const Redactor *redactor, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_profile(profile), m_commands(profile), m_host(host),
      m_registry(registry), m_vault(vault), m_redactor(redactor)
{
    m_imageTimer.setSingleShot(true);
    connect(&m_imageTimer, &QTimer::timeout, this, &DropletOperation::pollImages);
}

void DropletOperation::start()
{
    m_lockToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_result.sha = m_options.sha;
    if (m_options.kind == Kind::DeployBySha && !isShaPrefix(m_options.sha)) {
        fail(OperationResult::Outcome::Refused,
             tr("\"%1\" is not a commit SHA: use 7 to 40 hex digits").arg(m_options.sha.left(60)));
        return;
    }
    if (m_options.kind == Kind::Rollback && !isFullSha(m_options.sha)) {
        fail(OperationResult::Outcome::Refused, tr("a rollback needs the full 40-digit SHA of a known-good release"));
        return;
    }
    if (m_options.kind == Kind::Rollback)
        m_sha = m_options.sha;
    plan();
    next();
}

void DropletOperation::cancel()
{
    if (m_finished)
        return;
    m_cancelRequested = true;
    if (m_imageTimer.isActive()) {
        m_imageTimer.stop();
        stepDone(tr("cancelled while waiting for the images"));
    }
}

void DropletOperation::plan()
{
    switch (m_options.kind) {
    case Kind::DeployBySha: planDeploy(); break;
    case Kind::Rollback: planRollback(); break;
    case Kind::EnvRestart: planEnvRestart(false); break;
    case Kind::FrontendRecreate: planEnvRestart(true); break;
    }
}

// ------------------------------------------------------------------ plans

void DropletOperation::setGates(GateKeeper *gates, const GateOverride &override)
{
    m_gates = gates;
    m_override = override;
}

void DropletOperation::planDeploy()
{
    addGates();
    addLock();
    addRemote(tr("git fetch origin %1").arg(m_profile.github.branch), [this]() { return m_commands.gitFetch(); }, true);
    addRemote(tr("git checkout %1").arg(m_profile.github.branch), [this]() { return m_commands.gitCheckoutMain(); }, true);
    addRemote(tr("git pull --ff-only"), [this]() { return m_commands.gitPullFastForward(); }, true);
    addRemote(tr("resolve the SHA"), [this]() { return m_commands.resolveCommit(m_options.sha); }, false,
              [this](const RemoteResult &result) -> QString {
        const QStringList matches = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (matches.isEmpty())
            return tr("%1 is not a commit in the droplet's clone, even after fetching").arg(m_options.sha);
        if (matches.size() > 1)
            return tr("%1 is ambiguous: it matches %2; give more digits").arg(m_options.sha, matches.join(QStringLiteral(", ")));
        if (!isFullSha(matches.first().trimmed()))
            return tr("the droplet answered something that is not a SHA");
        m_sha = matches.first().trimmed();
        m_result.sha = m_sha;
        if (!m_gate.report.sha.isEmpty() && m_gate.report.sha != m_sha)
            return tr("the droplet resolved %1 to %2, but the gates were checked for %3")
                .arg(m_options.sha, m_sha, m_gate.report.sha);
        return {};
    });
    addImageWait(true);
    addDropletSeesImages();
    addPullAndUp();
    addHealthChecks();
}

void DropletOperation::planRollback()
{
    addGates();
    m_steps.append({tr("pre-flight: %1 is known-good").arg(m_sha.left(12)), {}, [this]() {
        m_vault->loadReleaseLog(m_profile.id, this, [this](const Vault::Result<ReleaseLog> &log) {
            if (!log.error.ok()) {
                stepDone(log.error.message);
                return;
            }
            bool good = false;
            for (const ReleaseEntry &e : log.value.entries())
                good |= e.sha == m_sha && e.knownGood;
            stepDone(good ? QString()
                          : tr("%1 is not marked known-good in the release log; only known-good releases are "
                               "rollback targets").arg(m_sha));
        });
    }, false});
    addRemote(tr("pre-flight: droplet reachable, host key trusted"), []() { return QStringLiteral("true"); }, false);
    addRemote(tr("pre-flight: deploy lock is free"), [this]() { return m_commands.lockStatus(); }, false,
              [](const RemoteResult &result) -> QString {
        const LockInfo info = RemoteCommands::parseLockInfo(QString::fromUtf8(result.out));
        if (info.held)
            return tr("the deploy lock is held by %1 on %2 since %3 (%4)")
                .arg(info.holder, info.machine, info.since, info.reason);
        return {};
    });
    addImageWait(false);
    addDropletSeesImages();
    addRemote(tr("pre-flight: disk space for the pull"), [this]() { return m_commands.freeDiskKb(); }, false,
              [this](const RemoteResult &result) -> QString {
        bool ok = false;
        const qint64 freeKb = QString::fromUtf8(result.out).trimmed().toLongLong(&ok);
        if (!ok)
            return tr("could not read the free disk space");
        if (freeKb < m_options.minFreeDiskKb)
            return tr("only %1 MiB free on the droplet; the pull needs at least %2 MiB")
                .arg(freeKb / 1024).arg(m_options.minFreeDiskKb / 1024);
        return {};
    });
    addReadCurrentTags(false);
    m_steps.append({tr("pre-flight: compose file of current and target"), {}, [this]() {
        const QString currentTag = RegistryClient::tagOf(m_currentBackendRef);
        if (!isFullSha(currentTag) || currentTag == m_sha) {
            stepDone({});
            return;
        }
        m_currentCommand = m_commands.composeFileDiffers(currentTag, m_sha);
        m_host->run(m_currentCommand, std::chrono::seconds(m_profile.timing.stepSeconds), this,
                    {{}, {}, [this](const RemoteResult &result) {
            if (result.exit.exitStatus == 1)
                emitMessage(true, tr("warning: %1 differs between the running release and %2; the rollback uses the "
                                     "compose file checked out on the droplet now.\n")
                                      .arg(m_profile.droplet.composeFile, m_sha.left(12)));
            stepDone({});
        }});
    }, false});
    addLock();
    addPullAndUp();
    addHealthChecks();
}

void DropletOperation::planEnvRestart(bool frontendOnly)
{
    addLock();
    addReadCurrentTags(true);
    addRemote(frontendOnly ? tr("recreate the frontend") : tr("compose up with the running image tags"),
              [this, frontendOnly]() {
        return frontendOnly ? m_commands.recreateFrontend(m_currentBackendRef, m_currentFrontendRef)
                            : m_commands.composeUp(m_currentBackendRef, m_currentFrontendRef);
    }, true);
    addRemote(tr("verify the image tags did not change"), [this]() { return m_commands.composePs(); }, false,
              [this](const RemoteResult &result) -> QString {
        const ComposePsResult ps = parseComposePs(result.out);
        if (!ps.containers)
            return ps.error;
        for (const ContainerState &container : *ps.containers) {
            const QString expected = container.service == QLatin1String("frontend") ? m_currentFrontendRef
                                                                                   : m_currentBackendRef;
            if (m_profile.droplet.services.contains(container.service) && container.image != expected)
                return tr("%1 now runs %2 instead of %3").arg(container.service, container.image, expected);
        }
        return {};
    });
    addRemote(tr("backend ready"), [this]() { return m_commands.backendHealth(m_profile.health.backendReadyUrl); }, false);
}

// ------------------------------------------------------------------ step builders

void DropletOperation::addRemote(const QString &name, std::function<QString()> command, bool changes,
                                 std::function<QString(const RemoteResult &)> check,
                                 std::chrono::milliseconds timeout)
{
    if (timeout.count() == 0)
        timeout = std::chrono::seconds(m_profile.timing.stepSeconds);
    m_steps.append({name, command, [this, check, timeout]() {
        m_host->run(m_currentCommand, timeout, this,
                    {[this](const QByteArray &data) { emitOutput(false, data); },
                     [this](const QByteArray &data) { emitOutput(true, data); },
                     [this, check](const RemoteResult &result) {
            if (result.exit.error.kind == SshError::Kind::ConnectionLost) {
                stepInterrupted(result.exit.error);
                return;
            }
            if (!result.exit.error.ok()) {
                stepDone(result.exit.error.message, result.exit.exitStatus);
                return;
            }
            if (check) {
                const QString problem = check(result);
                if (!problem.isEmpty() || result.exit.exitStatus != 0) {
                    stepDone(problem.isEmpty() ? tr("exit status %1").arg(result.exit.exitStatus) : problem,
                             result.exit.exitStatus);
                    return;
                }
                stepDone({}, 0);
                return;
            }
            stepDone(result.exit.exitStatus == 0 ? QString() : tr("exit status %1").arg(result.exit.exitStatus),
                     result.exit.exitStatus);
        }});
    }, changes});
}

void DropletOperation::addGates()
{
    m_steps.append({tr("gates: required checklists and CI for %1").arg(m_options.sha.left(12)), {}, [this]() {
        if (!m_gates) {
            fail(OperationResult::Outcome::Refused, tr("refused: the gates were not checked for this %1")
                                                        .arg(m_options.kind == Kind::Rollback ? tr("rollback") : tr("deploy")));
            return;
        }
        const GatedAction action = m_options.kind == Kind::Rollback ? GatedAction::Rollback : GatedAction::Deploy;
        m_gates->authorize(m_options.sha, action, m_override, m_options.who, this, [this](const GateDecision &decision) {
            m_gate = decision;
            if (!decision.allowed) {
                fail(OperationResult::Outcome::Refused, decision.message);
                return;
            }
            emitMessage(decision.overridden, decision.message + QLatin1Char('\n'));
            stepDone({});
        });
    }, false});
}

void DropletOperation::addLock()
{
    m_steps.append({tr("take the deploy lock"), [this]() {
        LockInfo info;
        info.holder = m_options.who;
        info.machine = m_options.machine;
        info.sha = m_options.sha;
        info.reason = m_options.reason;
        info.since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        info.token = m_lockToken;
        return m_commands.takeLock(info);
    }, [this]() {
        m_host->run(m_currentCommand, std::chrono::seconds(m_profile.timing.stepSeconds), this,
                    {{}, {}, [this](const RemoteResult &result) {
            if (result.exit.error.kind == SshError::Kind::ConnectionLost) {
                stepInterrupted(result.exit.error);
                return;
            }
            if (result.ok()) {
                m_lockTaken = true;
                stepDone({});
                return;
            }
            if (result.exit.exitStatus == RemoteCommands::lockHeldExitCode) {
                const LockInfo holder = RemoteCommands::parseLockInfo(QString::fromUtf8(result.out));
                fail(OperationResult::Outcome::Refused,
                     tr("another deploy holds the lock: %1 on %2 since %3 (SHA %4, reason: %5). Wait for it, or break "
                        "a stale lock with: stratumctl lock release --force")
                         .arg(holder.holder, holder.machine, holder.since, holder.sha.left(12),
                              holder.reason.isEmpty() ? tr("none given") : holder.reason));
                return;
            }
            stepDone(result.exit.error.ok() ? QString::fromUtf8(result.err).trimmed() : result.exit.error.message,
                     result.exit.exitStatus);
        }});
    }, false});
}

void DropletOperation::addImageWait(bool waitForThem)
{
    m_steps.append({waitForThem ? tr("wait for both images in the registry") : tr("pre-flight: both images in the registry"),
                    [this]() { return tr("HEAD %1 and %2 in the registry").arg(backendRef(), frontendRef()); },
                    [this, waitForThem]() {
        m_imageClock.start();
        m_imageTimer.setProperty("wait", waitForThem);
        pollImages();
    }, false});
}

void DropletOperation::pollImages()
{
    if (m_cancelRequested) {
        stepDone(tr("cancelled while waiting for the images"));
        return;
    }
    const bool wait = m_imageTimer.property("wait").toBool();
    m_registry->checkManifest(backendRef(), this, [this, wait](const ManifestCheck &backend) {
        m_registry->checkManifest(frontendRef(), this, [this, wait, backend](const ManifestCheck &frontend) {
            if (m_finished)
                return;
            for (const ManifestCheck *check : {&backend, &frontend}) {
                if (check->outcome == ManifestCheck::Outcome::Denied || check->outcome == ManifestCheck::Outcome::Error) {
                    stepDone(check->message);
                    return;
                }
            }
            if (backend.outcome == ManifestCheck::Outcome::Present && frontend.outcome == ManifestCheck::Outcome::Present) {
                m_result.backendDigest = backend.digest;
                m_result.frontendDigest = frontend.digest;
                emitMessage(false, tr("both images are in the registry: %1, %2\n").arg(backend.digest, frontend.digest));
                stepDone({});
                return;
            }
            const QString missing = backend.outcome == ManifestCheck::Outcome::Present ? frontend.message : backend.message;
            const qint64 elapsed = m_imageClock.elapsed() / 1000;
            if (!wait) {
                stepDone(missing);
                return;
            }
            if (elapsed >= m_profile.timing.imageWaitSeconds) {
                stepDone(tr("the images did not appear within %1 s (%2)").arg(m_profile.timing.imageWaitSeconds).arg(missing));
                return;
            }
            emitMessage(false, tr("waiting for the images for %1 … (%2 s)\n").arg(m_sha.left(12)).arg(elapsed));
            m_imageTimer.start(std::chrono::seconds(m_profile.timing.imagePollSeconds));
        });
    });
}

void DropletOperation::addDropletSeesImages()
{
    for (const bool backend : {true, false}) {
        addRemote(backend ? tr("droplet sees the backend image") : tr("droplet sees the frontend image"),
                  [this, backend]() { return m_commands.manifestInspect(backend ? backendRef() : frontendRef()); }, false,
                  [this](const RemoteResult &result) -> QString {
            if (result.exit.exitStatus == 0)
                return {};
            return tr("the droplet cannot see the image (its GHCR login may be stale after a token rotation: "
                      "run docker login ghcr.io on the droplet): %1").arg(QString::fromUtf8(result.err).trimmed());
        });
    }
}

void DropletOperation::addPullAndUp()
{
    addRemote(tr("pull the backend image"), [this]() { return m_commands.pull(backendRef()); }, true);
    addRemote(tr("pull the frontend image"), [this]() { return m_commands.pull(frontendRef()); }, true);
    addRemote(tr("compose up"), [this]() { return m_commands.composeUp(backendRef(), frontendRef()); }, true);
}

void DropletOperation::addHealthChecks()
{
    addRemote(tr("compose ps"), [this]() { return m_commands.composePs(); }, false,
              [this](const RemoteResult &result) -> QString {
        const ComposePsResult ps = parseComposePs(result.out);
        if (!ps.containers)
            return ps.error;
        for (const QString &service : m_profile.droplet.services) {
            const auto it = std::find_if(ps.containers->cbegin(), ps.containers->cend(),
                                         [&service](const ContainerState &c) { return c.service == service; });
            if (it == ps.containers->cend())
                return tr("the %1 service is not running").arg(service);
            if (it->state != QLatin1String("running"))
                return tr("the %1 service is %2").arg(service, it->state);
        }
        return {};
    });
    addRemote(tr("backend live"), [this]() { return m_commands.backendHealth(m_profile.health.backendLiveUrl); }, false);
    addRemote(tr("backend ready"), [this]() { return m_commands.backendHealth(m_profile.health.backendReadyUrl); }, false);
}

void DropletOperation::addReadCurrentTags(bool required)
{
    addRemote(tr("read what runs now"), [this]() { return m_commands.composePs(); }, false,
              [this, required](const RemoteResult &result) -> QString {
        const ComposePsResult ps = parseComposePs(result.out);
        if (!ps.containers)
            return required ? ps.error : QString();
        for (const ContainerState &container : *ps.containers) {
            if (container.service == QLatin1String("backend"))
                m_currentBackendRef = container.image;
            else if (container.service == QLatin1String("frontend"))
                m_currentFrontendRef = container.image;
        }
        if (required && (m_currentBackendRef.isEmpty() || m_currentFrontendRef.isEmpty()))
            return tr("cannot tell which images run now (no backend or frontend container)");
        if (required) {
            const QString tag = RegistryClient::tagOf(m_currentBackendRef);
            if (isFullSha(tag)) {
                m_sha = tag;
                m_result.sha = tag;
            }
        }
        return {};
    });
}

// ------------------------------------------------------------------ running

void DropletOperation::next()
{
    if (m_finished)
        return;
    if (m_cancelRequested) {
        fail(OperationResult::Outcome::Cancelled, tr("cancelled before \"%1\"").arg(m_steps.value(m_current + 1).name));
        return;
    }
    ++m_current;
    if (m_current >= m_steps.size()) {
        m_result.outcome = OperationResult::Outcome::Success;
        m_result.message = tr("done");
        wrapUp();
        return;
    }
    m_stepClock.start();
    m_currentCommand.clear();
    const Step &step = m_steps.at(m_current);
    if (step.changesDroplet)
        m_result.dropletChanged = true;
    qCInfo(lcDeploy).noquote() << "step" << m_current + 1 << step.name;
    m_currentCommand = step.command ? step.command() : QString();
    Q_EMIT stepStarted(m_current, step.name, m_redactor->redact(m_currentCommand));
    step.run();
}

void DropletOperation::stepDone(const QString &error, int exitStatus)
{
    if (m_finished || m_current < 0 || m_current >= m_steps.size())
        return;
    flushOutput();
    StepReport report{m_current, m_steps.at(m_current).name, m_redactor->redact(m_currentCommand), error.isEmpty(),
                      exitStatus, m_stepClock.elapsed(), m_redactor->redact(error)};
    m_reports.append(report);
    Q_EMIT stepFinished(report);
    if (!error.isEmpty()) {
        fail(m_cancelRequested ? OperationResult::Outcome::Cancelled : OperationResult::Outcome::Failed,
             tr("step \"%1\" failed: %2").arg(report.name, report.message));
        return;
    }
    QTimer::singleShot(0, this, &DropletOperation::next);
}

void DropletOperation::stepInterrupted(const SshError &error)
{
    flushOutput();
    StepReport report{m_current, m_steps.at(m_current).name, m_redactor->redact(m_currentCommand), false, -1,
                      m_stepClock.elapsed(), error.message};
    m_reports.append(report);
    Q_EMIT stepFinished(report);
    fail(OperationResult::Outcome::Interrupted,
         tr("the connection dropped during \"%1\": its outcome is unknown. %2").arg(report.name, error.message));
}

void DropletOperation::fail(OperationResult::Outcome outcome, const QString &message)
{
    if (m_finished)
        return;
    m_result.outcome = outcome;
    m_result.message = m_redactor->redact(message);
    if (m_current >= 0 && m_current < m_steps.size())
        m_result.failedStep = m_steps.at(m_current).name;
    wrapUp();
}

void DropletOperation::wrapUp()
{
    m_imageTimer.stop();
    if (!m_lockTaken) {
        record();
        return;
    }
    releaseLockThenRecord();
}

void DropletOperation::releaseLockThenRecord()
{
    const bool interrupted = m_result.outcome == OperationResult::Outcome::Interrupted;
    auto release = [this]() {
        m_currentCommand = m_commands.releaseLock(m_lockToken);
        m_host->run(m_currentCommand, std::chrono::seconds(m_profile.timing.stepSeconds), this,
                    {{}, {}, [this](const RemoteResult &result) {
            m_lockTaken = !result.ok();
            if (m_lockTaken)
                emitMessage(true, tr("could not release the deploy lock: %1\n")
                                      .arg(result.exit.error.ok() ? QString::fromUtf8(result.out + result.err).trimmed()
                                                                  : result.exit.error.message));
            record();
        }});
    };
    if (!interrupted) {
        release();
        return;
    }
    // After a dropped connection: reconnect, show what runs now, then release our own lock.
    m_host->run(m_commands.composePs(), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                {{}, {}, [this, release](const RemoteResult &result) {
        if (result.ok()) {
            const ComposePsResult ps = parseComposePs(result.out);
            QString summary;
            for (const ContainerState &c : ps.containers.value_or(QList<ContainerState>()))
                summary += QStringLiteral("%1: %2 (%3)\n").arg(c.service, c.image, c.state);
            emitMessage(false, tr("after reconnecting, the droplet runs:\n") + summary);
        } else {
            emitMessage(true, tr("could not read what runs on the droplet after the drop: %1\n")
                                  .arg(result.exit.error.ok() ? QString::fromUtf8(result.err).trimmed()
                                                              : result.exit.error.message));
        }
        release();
    }});
}

void DropletOperation::record()
{
    // Refused or stopped before anything happened: nothing to record.
    const bool recordIt = m_result.dropletChanged || m_result.outcome == OperationResult::Outcome::Success;
    auto finishNow = [this]() {
        m_finished = true;
        Q_EMIT finished(m_result);
    };
    if (!recordIt || !isFullSha(m_sha)) {
        finishNow();
        return;
    }
    ReleaseEntry entry;
    entry.sha = m_sha;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = m_options.kind == Kind::DeployBySha ? QStringLiteral("ssh")
                   : m_options.kind == Kind::Rollback  ? QStringLiteral("rollback")
                                                       : QStringLiteral("env-restart");
    switch (m_result.outcome) {
    case OperationResult::Outcome::Success: entry.result = QStringLiteral("success"); break;
    case OperationResult::Outcome::Interrupted: entry.result = QStringLiteral("interrupted"); break;
    case OperationResult::Outcome::Cancelled: entry.result = QStringLiteral("cancelled"); break;
    default: entry.result = QStringLiteral("failed"); break;
    }
    entry.who = m_options.who;
    entry.note = m_redactor->redact(m_options.reason);
    entry.failedStep = m_result.outcome == OperationResult::Outcome::Success ? QString()
                       : m_result.outcome == OperationResult::Outcome::Interrupted
                           ? tr("interrupted at step %1").arg(m_result.failedStep)
                           : m_result.failedStep;
    entry.gateOverride = m_gate.overridden ? m_redactor->redact(m_gate.overrideReason) : QString();
    entry.backendDigest = m_result.backendDigest;
    entry.frontendDigest = m_result.frontendDigest;
    m_vault->updateReleaseLog(m_profile.id, [entry](ReleaseLog &log) { log.record(entry); }, this,
                              [this, finishNow](const KeychainError &error) {
        if (!error.ok())
            m_result.message += tr(" (not recorded in the release log: %1)").arg(error.message);
        finishNow();
    });
}

void DropletOperation::emitOutput(bool isStderr, const QByteArray &data)
{
    // Redact whole lines only: a secret split across two reads must not slip through.
    QByteArray &partial = m_partial[isStderr ? 1 : 0];
    partial += data;
    const qsizetype end = partial.lastIndexOf('\n');
    if (end < 0 && partial.size() < 64 * 1024)
        return;
    const qsizetype cut = end < 0 ? partial.size() : end + 1;
    Q_EMIT output(m_current, isStderr, m_redactor->redact(QString::fromUtf8(partial.left(cut))));
    partial.remove(0, cut);
}

void DropletOperation::emitMessage(bool isStderr, const QString &text)
{
    flushOutput();
    Q_EMIT output(m_current, isStderr, m_redactor->redact(text));
}

void DropletOperation::flushOutput()
{
    for (int stream = 0; stream < 2; ++stream) {
        if (!m_partial[stream].isEmpty())
            Q_EMIT output(m_current, stream == 1, m_redactor->redact(QString::fromUtf8(m_partial[stream])));
        m_partial[stream].clear();
    }
}

} // namespace Stratum
