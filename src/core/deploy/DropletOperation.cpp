#include "DropletOperation.h"

#include "core/deploy/Recovery.h"
#include "core/droplet/ComposePs.h"
#include "core/keychain/Vault.h"
#include "core/redaction/Redactor.h"
#include "core/registry/RegistryClient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDeploy, "stratum.deploy")

namespace Stratum {

DropletOperation::DropletOperation(const Profile &profile, Vault *vault, const Redactor *redactor, const QString &hostName,
                                   QObject *parent)
    : ChangeRun(parent), m_profile(profile), m_commands(profile, hostName), m_vault(vault), m_redactor(redactor), m_stream(redactor)
{
    m_imageTimer.setSingleShot(true);
    connect(&m_imageTimer, &QTimer::timeout, this, &DropletOperation::pollImages);
    // While this change holds the lock it says so on the droplet, so that another app never
    // takes it for one whose app stopped.
    m_heartbeat.setInterval(std::chrono::seconds(10));
    connect(&m_heartbeat, &QTimer::timeout, this, &DropletOperation::beat);
}

void DropletOperation::setTransport(RemoteHost *host, RegistryClient *registry)
{
    m_host = host;
    m_registry = registry;
}

void DropletOperation::begin(const ApprovedChange &approved)
{
    m_plan = approved.plan();
    m_decision = approved.decision();
    m_who = approved.who();
    m_machine = approved.machine();
    m_lockToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sha = m_plan.targetSha;
    m_result.sha = m_plan.targetSha.isNull() ? m_plan.intent.sha.text() : m_plan.targetSha.text();
    m_result.backendDigest = m_plan.backendDigest;
    m_result.frontendDigest = m_plan.frontendDigest;
    planSteps();
    if (!m_decision.message.isEmpty())
        emitMessage(m_decision.overridden, m_decision.message + QLatin1Char('\n'));
    next();
}

void DropletOperation::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_imageTimer.isActive()) {
        m_imageTimer.stop();
        stepDone(tr("cancelled while waiting for the images"));
        return;
    }
    if (m_detachedRunning && m_host) {
        emitMessage(true, tr("stopping \"%1\" on the droplet…\n").arg(m_steps.value(m_current).name));
        sendCancel();
    }
}

void DropletOperation::sendCancel()
{
    const int step = m_current;
    m_cancelPending = false;
    m_host->run(m_commands.cancelDetached(m_lockToken, step), std::chrono::seconds(30), this, {{}, {}, [this, step](const RemoteResult &result) {
        if (result.exit.error.ok() || m_finished || step != m_current || !m_detachedRunning)
            return;
        m_cancelPending = true;
        if (std::exchange(m_cancelUnreachableSaid, true))
            return;
        emitMessage(true, tr("could not reach the droplet to stop \"%1\" (%2): the step may still be running there. The stop "
                             "is sent again when the connection is back; if it is not, the next look records the step's result.\n")
                              .arg(m_steps.value(step).name, result.exit.error.message));
    }});
}

void DropletOperation::planSteps()
{
    switch (kind()) {
    case ChangeKind::DeployOverSsh: planDeploy(); break;
    case ChangeKind::Rollback: planRollback(); break;
    case ChangeKind::EnvRestart: planEnvRestart(false); break;
    case ChangeKind::FrontendRecreate: planEnvRestart(true); break;
    case ChangeKind::DeployViaWorkflow: break;
    }
}

// ------------------------------------------------------------------ plans

void DropletOperation::planDeploy()
{
    const QString branch = m_profile.github.branch;
    addLock();
    addRemote(tr("git fetch origin %1").arg(branch), [this]() { return m_commands.gitFetch(); }, true);
    addRemote(tr("git checkout %1").arg(branch), [this]() { return m_commands.gitCheckoutMain(); }, true);
    addRemote(tr("git pull --ff-only"), [this]() { return m_commands.gitPullFastForward(); }, true);
    addRemote(tr("resolve the SHA"), [this]() { return m_commands.resolveCommit(m_plan.intent.sha); }, false,
              [this](const RemoteResult &result) { return checkResolved(result); });
    m_steps.append({tr("gates for the resolved commit"), {}, [this]() { recheckGatesThenNext(); }, false});
    addImageWait();
    addDropletSeesImages();
    addPullAndUp();
    addHealthChecks();
}

QString DropletOperation::checkResolved(const RemoteResult &result)
{
    const QString wanted = m_plan.intent.sha.text();
    const QStringList matches = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (matches.isEmpty())
        return tr("%1 is not a commit in the droplet's clone, even after fetching").arg(wanted);
    if (matches.size() > 1)
        return tr("%1 is ambiguous: it matches %2; give more digits").arg(wanted, matches.join(QStringLiteral(", ")));
    const std::optional<Sha> resolved = Sha::parseFull(matches.first().trimmed());
    if (!resolved || !Sha::isFullText(matches.first().trimmed()))
        return tr("the droplet answered something that is not a SHA");
    m_sha = *resolved;
    m_result.sha = m_sha.text();
    // The gates were decided for another commit than the droplet found: decide them again.
    m_recheckNeeded = !m_decision.report.sha.isEmpty() && m_decision.report.sha != m_sha.text();
    return {};
}

void DropletOperation::recheckGatesThenNext()
{
    if (!m_recheckNeeded) {
        stepDone({});
        return;
    }
    if (!m_recheck) {
        stepDone(tr("the droplet resolved %1 to %2, but the gates were checked for %3")
                     .arg(m_plan.intent.sha.text(), m_sha.text(), m_decision.report.sha));
        return;
    }
    emitMessage(false, tr("the droplet resolved %1 to %2, not %3: checking the gates for it\n")
                           .arg(m_plan.intent.sha.text(), m_sha.shortForm(), m_decision.report.sha.left(Sha::shortLength)));
    m_recheck(m_sha.text(), [this](const GateDecision &decision) {
        if (m_finished)
            return;
        if (!decision.allowed) {
            stepDone(decision.message);
            return;
        }
        m_decision = decision;
        stepDone({});
    });
}

void DropletOperation::planRollback()
{
    addLock();
    addStillAsPlanned();
    // What the droplet already has (with the digest the release log recorded) is not pulled again.
    if (m_plan.pullBackend)
        addPull(true);
    if (m_plan.pullFrontend)
        addPull(false);
    addComposeUp();
    addHealthChecks();
}

void DropletOperation::planEnvRestart(bool frontendOnly)
{
    addLock();
    addStillAsPlanned();
    addDetached(frontendOnly ? tr("recreate the frontend") : tr("compose up with the running image tags"), [this, frontendOnly]() {
        return frontendOnly ? m_commands.recreateFrontend(m_currentBackendRef, m_currentFrontendRef)
                            : m_commands.composeUp(m_currentBackendRef, m_currentFrontendRef);
    });
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
    addRemote(tr("backend ready"), [this]() {
        return m_commands.backendHealthWithin(m_commands.place().backendReadyUrl, m_profile.timing.bootSeconds);
    }, false);
}

// ------------------------------------------------------------------ step builders

void DropletOperation::addRemote(const QString &name, std::function<QString()> command, bool changes,
                                 std::function<QString(const RemoteResult &)> check,
                                 std::chrono::milliseconds timeout)
{
    if (timeout.count() == 0)
        timeout = std::chrono::seconds(m_profile.timing.stepSeconds);
    m_steps.append({name, command, [this, check, timeout]() {
        const QString current = m_currentCommand;
        runRemote([current]() { return current; }, timeout,
                  {[this](const QByteArray &data) { emitOutput(false, data); },
                   [this](const QByteArray &data) { emitOutput(true, data); },
                   [this, check](const RemoteResult &result) {
            if (!result.exit.error.ok()) {
                stepDone(result.exit.error.message, result.exit.exitStatus);
                return;
            }
            const QString problem = check ? check(result) : QString();
            if (!problem.isEmpty() || result.exit.exitStatus != 0) {
                stepDone(problem.isEmpty() ? tr("exit status %1").arg(result.exit.exitStatus) : problem, result.exit.exitStatus);
                return;
            }
            stepDone({}, 0);
        }});
    }, changes});
}

void DropletOperation::addDetached(const QString &name, std::function<QString()> command)
{
    m_plannedDroplet << name;
    m_steps.append({name, command, [this]() { startDetachedStep(); }, true});
}

bool DropletOperation::isDrop(const SshError &error) const
{
    if (error.kind == SshError::Kind::ConnectionLost)
        return true;
    // While the droplet is out of reach, connecting fails or times out: keep trying.
    const bool connecting = m_host && !m_host->isConnected();
    return connecting && (error.kind == SshError::Kind::Connect || error.kind == SshError::Kind::TimedOut
                          || error.kind == SshError::Kind::Resolve || error.kind == SshError::Kind::Handshake
                          || error.kind == SshError::Kind::Channel);
}

void DropletOperation::runRemote(std::function<QString()> command, std::chrono::milliseconds timeout,
                                 RemoteHost::Handlers handlers)
{
    const int step = m_current;
    m_host->run(command(), timeout, this, {handlers.onStdout, handlers.onStderr,
                [this, command, timeout, handlers, step](const RemoteResult &result) {
        if (m_finished || step != m_current)
            return;
        if (result.exit.error.isHostKeyProblem()) {
            stopForHostKey(result.exit.error);
            return;
        }
        if (isDrop(result.exit.error)) {
            reconnectThen(result.exit.error, [this, command, timeout, handlers]() { runRemote(command, timeout, handlers); });
            return;
        }
        if (m_reconnecting && result.exit.error.ok()) {
            m_reconnecting = false;
            emitMessage(false, tr("reconnected after %1 s; \"%2\" goes on\n").arg(m_reconnectClock.elapsed() / 1000)
                                   .arg(m_steps.value(m_current).name));
            if (m_cancelPending && m_detachedRunning)
                sendCancel();
        }
        handlers.onDone(result);
    }});
}

// Every remote step is safe to run again after a dropped connection: reads, git, the lock
// (with our own token), and a detached step's start (once) and follow (from where it was).
void DropletOperation::reconnectThen(const SshError &error, std::function<void()> retry)
{
    if (!m_reconnecting) {
        m_reconnecting = true;
        m_reconnectClock.start();
        emitMessage(true, tr("the connection to the droplet dropped during \"%1\" (%2). What runs on the droplet goes on; "
                             "reconnecting for up to %3 s…\n")
                              .arg(m_steps.value(m_current).name, error.message).arg(m_profile.timing.reattachSeconds));
    }
    if (m_reconnectClock.elapsed() >= qint64(m_profile.timing.reattachSeconds) * 1000) {
        stepInterrupted(error);
        return;
    }
    QTimer::singleShot(std::chrono::milliseconds(1000), this, [this, retry]() {
        if (m_cancelPending && m_detachedRunning)
            sendCancel(); // a stop that did not reach the droplet goes with the next try
        retry();
    });
}

void DropletOperation::startDetachedStep()
{
    m_outSeen = 0;
    m_errSeen = 0;
    m_detachedRunning = true;
    const QString name = m_steps.at(m_current).name;
    const QString command = m_currentCommand;
    runRemote([this, name, command]() { return m_commands.startDetached(m_lockToken, m_current, name, m_sha, command); },
              std::chrono::seconds(m_profile.timing.stepSeconds), {{}, {}, [this](const RemoteResult &result) {
        if (result.exit.error.ok() && result.exit.exitStatus == RemoteCommands::fencedExitCode) {
            m_detachedRunning = false;
            m_lockTaken = false;
            m_fenced = true;
            fail(ChangeResult::Outcome::Interrupted, fencedMessage(RemoteCommands::parseLockInfo(QString::fromUtf8(result.out))));
            return;
        }
        if (!result.ok()) {
            m_detachedRunning = false;
            stepDone(result.exit.error.ok() ? tr("could not start it on the droplet: %1").arg(QString::fromUtf8(result.err).trimmed())
                                            : result.exit.error.message,
                     result.exit.exitStatus);
            return;
        }
        followDetachedStep();
    }});
}

void DropletOperation::followDetachedStep()
{
    runRemote([this]() { return m_commands.followDetached(m_lockToken, m_current, m_outSeen, m_errSeen); },
              std::chrono::seconds(m_profile.timing.stepSeconds),
              {[this](const QByteArray &data) {
                   m_outSeen += data.size();
                   emitOutput(false, data);
               },
               [this](const QByteArray &data) {
                   m_errSeen += data.size();
                   emitOutput(true, data);
               },
               [this](const RemoteResult &result) {
        if (result.exit.error.kind == SshError::Kind::TimedOut) {
            // Too long: it is stopped on the droplet, not just left behind.
            m_host->run(m_commands.cancelDetached(m_lockToken, m_current), std::chrono::seconds(30), this,
                        {{}, {}, [this](const RemoteResult &stopped) {
                if (!stopped.exit.error.ok()) {
                    // Not stopped: it may still run, so the lock stays with this change until it has ended.
                    stepInterrupted({SshError::Kind::ConnectionLost,
                                     tr("it took longer than %1 s, and the droplet could not be reached to stop it (%2)")
                                         .arg(m_profile.timing.stepSeconds).arg(stopped.exit.error.message), {}});
                    return;
                }
                m_detachedRunning = false;
                stepDone(tr("it took longer than %1 s: stopped it on the droplet").arg(m_profile.timing.stepSeconds), 143);
            }});
            return;
        }
        m_detachedRunning = false;
        if (!result.exit.error.ok()) {
            stepDone(result.exit.error.message, result.exit.exitStatus);
            return;
        }
        const int status = result.exit.exitStatus;
        if (status == 0) {
            stepDone({}, 0);
        } else if (m_cancelRequested) {
            stepDone(tr("cancelled: stopped on the droplet (exit status %1)").arg(status), status);
        } else if (status == RemoteCommands::diedWithoutStatus) {
            stepDone(tr("it ended on the droplet without an exit status (killed?)"), status);
        } else if (status == RemoteCommands::statusUnwritable) {
            stepDone(tr("its outcome is unknown: it ended, but the droplet could not keep its exit status (a full disk or a "
                        "read-only filesystem?); its output is in %1 on the droplet")
                         .arg(m_commands.changeDir(m_lockToken)), status);
        } else {
            stepDone(tr("exit status %1").arg(status), status);
        }
    }});
}

void DropletOperation::beat()
{
    if (m_lockTaken && !m_reconnecting && m_host && m_host->isConnected())
        m_host->run(m_commands.touchAttached(m_lockToken),
                    std::chrono::seconds(10), this, {});
}

void DropletOperation::addLock()
{
    m_steps.append({tr("take the deploy lock"), [this]() {
        LockInfo info;
        info.holder = m_who;
        info.machine = m_machine;
        info.sha = m_sha.isNull() ? m_plan.intent.sha.text() : m_sha.text();
        info.reason = m_plan.intent.reason;
        info.since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        info.token = m_lockToken;
        info.method = releaseMethod();
        info.gateOverride = m_decision.overridden ? m_redactor->redact(m_decision.overrideReason) : QString();
        info.leaseSeconds = changeLeaseSeconds(m_profile);
        info.plannedSteps = m_plannedDroplet;
        return m_commands.takeLock(info);
    }, [this]() {
        const QString command = m_currentCommand;
        runRemote([command]() { return command; }, std::chrono::seconds(m_profile.timing.stepSeconds),
                  {{}, {}, [this](const RemoteResult &result) {
            const LockInfo holder = RemoteCommands::parseLockInfo(QString::fromUtf8(result.out));
            // Taken — also when a dropped connection hid the answer and the retry finds our own lock.
            if (result.ok() || (result.exit.exitStatus == RemoteCommands::lockHeldExitCode && holder.token == m_lockToken)) {
                m_lockTaken = true;
                m_changeStarted = true;
                m_heartbeat.start();
                stepDone({});
                return;
            }
            if (result.exit.exitStatus == RemoteCommands::pinnedExitCode) {
                fail(ChangeResult::Outcome::Refused, pinnedMessage(RemoteCommands::parsePin(QString::fromUtf8(result.out))));
                return;
            }
            if (result.exit.exitStatus == RemoteCommands::lockHeldExitCode) {
                fail(ChangeResult::Outcome::Refused,
                     tr("another deploy holds the lock: %1 on %2 since %3 (SHA %4, reason: %5). Wait for it; if that "
                        "change is gone, stratumctl lock status says whether a step of it still runs")
                         .arg(holder.holder, holder.machine, holder.since, holder.sha.left(12),
                              holder.reason.isEmpty() ? tr("none given") : holder.reason));
                return;
            }
            stepDone(result.failure(),
                     result.exit.exitStatus);
        }});
    }, false});
}

QString DropletOperation::releaseMethod() const
{
    return kind() == ChangeKind::DeployOverSsh ? QStringLiteral("ssh")
           : kind() == ChangeKind::Rollback    ? QStringLiteral("rollback")
                                               : QStringLiteral("env-restart");
}

void DropletOperation::addImageWait()
{
    m_steps.append({tr("wait for both images in the registry"),
                    [this]() { return tr("HEAD %1 and %2 in the registry").arg(backendRef(), frontendRef()); },
                    [this]() {
        m_imageClock.start();
        pollImages();
    }, false});
}

void DropletOperation::pollImages()
{
    if (m_cancelRequested) {
        stepDone(tr("cancelled while waiting for the images"));
        return;
    }
    m_registry->checkManifest(backendRef(), this, [this](const ManifestCheck &backend) {
        m_registry->checkManifest(frontendRef(), this, [this, backend](const ManifestCheck &frontend) {
            if (m_finished)
                return;
            const qint64 elapsed = m_imageClock.elapsed() / 1000;
            for (const ManifestCheck *check : {&backend, &frontend}) {
                if (check->outcome == ManifestCheck::Outcome::Error && check->transient
                    && elapsed < m_profile.timing.imageWaitSeconds) {
                    // An outage or a slow registry is waited out like a late image, asking less often.
                    const int delay = std::min(m_profile.timing.imagePollSeconds << std::min(m_registryFailures, 3), 300);
                    ++m_registryFailures;
                    emitMessage(true, tr("the registry did not answer properly (%1): asking again in %2 s, for up to %3 s in all\n")
                                          .arg(check->message).arg(delay).arg(m_profile.timing.imageWaitSeconds));
                    m_imageTimer.start(std::chrono::seconds(delay));
                    return;
                }
                if (check->outcome == ManifestCheck::Outcome::Denied || check->outcome == ManifestCheck::Outcome::Error) {
                    stepDone(check->message);
                    return;
                }
            }
            m_registryFailures = 0;
            if (backend.outcome == ManifestCheck::Outcome::Present && frontend.outcome == ManifestCheck::Outcome::Present) {
                m_result.backendDigest = backend.digest;
                m_result.frontendDigest = frontend.digest;
                emitMessage(false, tr("both images are in the registry: %1, %2\n").arg(backend.digest, frontend.digest));
                stepDone({});
                return;
            }
            const QString missing = backend.outcome == ManifestCheck::Outcome::Present ? frontend.message : backend.message;
            if (elapsed >= m_profile.timing.imageWaitSeconds) {
                stepDone(tr("the images did not appear within %1 s (%2)").arg(m_profile.timing.imageWaitSeconds).arg(missing));
                return;
            }
            emitMessage(false, tr("waiting for the images for %1 … (%2 s)\n").arg(m_sha.shortForm()).arg(elapsed));
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
    addPull(true);
    addPull(false);
    addComposeUp();
}

void DropletOperation::addPull(bool backend)
{
    if (backend)
        addDetached(tr("pull the backend image"), [this]() { return m_commands.pull(backendRef()); });
    else
        addDetached(tr("pull the frontend image"), [this]() { return m_commands.pull(frontendRef()); });
}

void DropletOperation::addComposeUp()
{
    addDetached(tr("compose up"), [this]() { return m_commands.composeUp(backendRef(), frontendRef()); });
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
    addRemote(tr("backend live"), [this]() {
        return m_commands.backendHealthWithin(m_commands.place().backendLiveUrl, m_profile.timing.bootSeconds);
    }, false);
    addRemote(tr("backend ready"), [this]() {
        return m_commands.backendHealthWithin(m_commands.place().backendReadyUrl, m_profile.timing.bootSeconds);
    }, false);
}

void DropletOperation::addStillAsPlanned()
{
    addRemote(tr("read what runs now"), [this]() { return m_commands.composePs(); }, false,
              [this](const RemoteResult &result) -> QString {
        const ComposePsResult ps = parseComposePs(result.out);
        if (!ps.containers)
            return ps.error;
        RunningNow now;
        now.read = true;
        now.containers = *ps.containers;
        m_currentBackendRef = now.backendRef();
        m_currentFrontendRef = now.frontendRef();
        // The plan that was confirmed said what runs; another change since then makes it a different change.
        if (m_plan.current.read && now.backendRef() != m_plan.current.backendRef()) {
            fail(ChangeResult::Outcome::Refused,
                 tr("what runs changed since the plan was confirmed (%1 then, %2 now): plan the change again")
                     .arg(m_plan.currentText(), now.backendTag().isEmpty() ? tr("nothing") : now.backendTag()));
            return {};
        }
        const bool restart = kind() == ChangeKind::EnvRestart || kind() == ChangeKind::FrontendRecreate;
        if (!restart)
            return {};
        if (m_currentBackendRef.isEmpty() || m_currentFrontendRef.isEmpty())
            return tr("cannot tell which images run now (no backend or frontend container)");
        const QString tag = RegistryClient::tagOf(m_currentBackendRef);
        if (const std::optional<Sha> running = Sha::parseFull(tag); running && Sha::isFullText(tag)) {
            m_sha = *running;
            m_result.sha = tag;
        }
        return {};
    });
}

// ------------------------------------------------------------------ running

void DropletOperation::next()
{
    if (m_finished || m_wrappingUp)
        return;
    if (m_cancelRequested) {
        fail(ChangeResult::Outcome::Cancelled, tr("cancelled before \"%1\"").arg(m_steps.value(m_current + 1).name));
        return;
    }
    ++m_current;
    if (m_current >= m_steps.size()) {
        m_wrappingUp = true;
        m_result.outcome = ChangeResult::Outcome::Success;
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
    if (m_finished || m_wrappingUp || m_current < 0 || m_current >= m_steps.size())
        return;
    flushOutput();
    StepReport report{m_current, m_steps.at(m_current).name, m_redactor->redact(m_currentCommand), error.isEmpty(),
                      exitStatus, m_stepClock.elapsed(), m_redactor->redact(error)};
    m_reports.append(report);
    Q_EMIT stepFinished(report);
    if (!error.isEmpty()) {
        fail(m_cancelRequested ? ChangeResult::Outcome::Cancelled : ChangeResult::Outcome::Failed,
             tr("step \"%1\" failed: %2").arg(report.name, report.message));
        return;
    }
    QTimer::singleShot(0, this, &DropletOperation::next);
}

void DropletOperation::stepInterrupted(const SshError &error)
{
    if (m_finished || m_wrappingUp)
        return;
    flushOutput();
    StepReport report{m_current, m_steps.at(m_current).name, m_redactor->redact(m_currentCommand), false, -1,
                      m_stepClock.elapsed(), error.message};
    m_reports.append(report);
    Q_EMIT stepFinished(report);
    QString message = tr("the droplet was out of reach for %1 s during \"%2\": its outcome is unknown (%3).")
                          .arg(m_profile.timing.reattachSeconds).arg(report.name, error.message);
    if (m_detachedRunning)
        message += tr(" It may still be running on the droplet: the deploy lock stays held by this change, and the next "
                      "plan (or the app's next start) records its true result once it ended.");
    fail(ChangeResult::Outcome::Interrupted, message);
}

void DropletOperation::fail(ChangeResult::Outcome outcome, const QString &message)
{
    if (m_finished || m_wrappingUp)
        return;
    m_wrappingUp = true;
    m_result.outcome = outcome;
    m_result.message = m_redactor->redact(message);
    if (m_current >= 0 && m_current < m_steps.size())
        m_result.failedStep = m_steps.at(m_current).name;
    wrapUp();
}

void DropletOperation::wrapUp()
{
    m_imageTimer.stop();
    m_heartbeat.stop();
    // A detached step we lost track of may still run: its lock stays until it has ended, and the
    // droplet's record of the change stays open for the look that records its true result.
    const bool stepMayRun = m_result.outcome == ChangeResult::Outcome::Interrupted && m_detachedRunning;
    if (!m_changeStarted || stepMayRun) {
        recordLocally(releaseEntry(), false);
        return;
    }
    if (m_result.outcome != ChangeResult::Outcome::Interrupted || !m_lockTaken) {
        endOnDroplet();
        return;
    }
    // After a dropped connection: reconnect, show what runs now, then end the change there.
    m_host->run(m_commands.composePs(), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                {{}, {}, [this](const RemoteResult &result) {
        if (result.ok()) {
            const ComposePsResult ps = parseComposePs(result.out);
            QString summary;
            for (const ContainerState &c : ps.containers.value_or(QList<ContainerState>()))
                summary += QStringLiteral("%1: %2 (%3)\n").arg(c.service, c.image, c.state);
            emitMessage(false, tr("after reconnecting, the droplet runs:\n") + summary);
        } else {
            emitMessage(true, tr("could not read what runs on the droplet after the drop: %1\n")
                                  .arg(result.failure()));
        }
        endOnDroplet();
    }});
}

// Frees our lock and leaves the change's end on the droplet (the release log entry, or "nothing
// to record"), then stores it here; only once it is stored here is the droplet told so.
void DropletOperation::endOnDroplet()
{
    const std::optional<ReleaseEntry> entry = releaseEntry();
    const QString end = entry ? m_commands.endChange(m_lockToken, releaseEntryToJson(*entry)) : m_commands.markRecorded(m_lockToken);
    m_currentCommand = m_lockTaken ? QStringLiteral("( %1 ); r=$?; ( %2 ); exit $r").arg(m_commands.releaseLock(m_lockToken), end)
                                   : end;
    m_host->run(m_currentCommand, std::chrono::seconds(m_profile.timing.stepSeconds), this,
                {{}, {}, [this, entry](const RemoteResult &result) {
        if (m_lockTaken) {
            m_lockTaken = !result.ok();
            if (m_lockTaken)
                emitMessage(true, tr("could not release the deploy lock: %1\n")
                                      .arg(result.exit.error.ok() ? QString::fromUtf8(result.out + result.err).trimmed()
                                                                  : result.exit.error.message));
        }
        recordLocally(entry, result.exit.error.ok());
    }});
}

std::optional<ReleaseEntry> DropletOperation::releaseEntry() const
{
    // Refused or stopped before anything happened: nothing to record.
    const bool recordIt = m_result.dropletChanged || m_result.outcome == ChangeResult::Outcome::Success;
    if (!recordIt || !m_sha.isFull())
        return std::nullopt;
    ReleaseEntry entry;
    entry.sha = m_sha.text();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = releaseMethod();
    switch (m_result.outcome) {
    case ChangeResult::Outcome::Success: entry.result = QStringLiteral("success"); break;
    case ChangeResult::Outcome::Interrupted: entry.result = QStringLiteral("interrupted"); break;
    case ChangeResult::Outcome::Cancelled: entry.result = QStringLiteral("cancelled"); break;
    default: entry.result = QStringLiteral("failed"); break;
    }
    entry.who = m_who;
    entry.note = m_redactor->redact(m_plan.intent.reason);
    entry.failedStep = m_result.outcome == ChangeResult::Outcome::Success ? QString()
                       : m_fenced ? tr("interrupted before %1").arg(m_result.failedStep)
                       : m_result.outcome == ChangeResult::Outcome::Interrupted
                           ? tr("interrupted at step %1").arg(m_result.failedStep)
                           : m_result.failedStep;
    entry.gateOverride = m_decision.overridden ? m_redactor->redact(m_decision.overrideReason) : QString();
    entry.policy = m_decision.policy;
    entry.backendDigest = m_result.backendDigest;
    entry.frontendDigest = m_result.frontendDigest;
    entry.change = m_changeStarted ? m_lockToken : QString();
    entry.host = m_plan.hostName;
    return entry;
}

void DropletOperation::recordLocally(const std::optional<ReleaseEntry> &entry, bool endedOnDroplet)
{
    if (!entry) {
        finishNow();
        return;
    }
    const ReleaseEntry recorded = *entry;
    m_vault->updateReleaseLog(m_profile.id, [recorded](ReleaseLog &log) {
        if (!log.hasRecorded(recorded.change, recorded.result, recorded.failedStep))
            log.record(recorded);
    }, this, [this, endedOnDroplet](const KeychainError &error) {
        if (!error.ok()) {
            m_result.message += endedOnDroplet
                ? tr(" (not in the release log yet: %1; the droplet keeps this change's record, and the next look once "
                     "the keychain answers stores it)").arg(error.message)
                : tr(" (not recorded in the release log: %1)").arg(error.message);
            finishNow();
            return;
        }
        if (!endedOnDroplet || !m_host) {
            finishNow();
            return;
        }
        m_host->run(m_commands.markRecorded(m_lockToken), std::chrono::seconds(m_profile.timing.stepSeconds), this,
                    {{}, {}, [this](const RemoteResult &) { finishNow(); }});
    });
}

void DropletOperation::finishNow()
{
    if (m_finished)
        return;
    m_finished = true;
    finishWith(m_result);
}

QString DropletOperation::fencedMessage(const LockInfo &now) const
{
    const QString step = m_steps.value(m_current).name;
    if (!now.held)
        return tr("the lock is no longer this change's: it was freed while this app could not reach the droplet (broken by "
                  "another operator, or taken over after this change's lease ran out). \"%1\" was not started; the change "
                  "stops here.").arg(step);
    return tr("the lock is no longer this change's: %1 took it at %2 (reason: %3). \"%4\" was not started; the change stops here.")
        .arg(now.holder, now.since, now.reason.isEmpty() ? tr("none given") : now.reason, step);
}

void DropletOperation::stopForHostKey(const SshError &error)
{
    if (m_finished || m_wrappingUp)
        return;
    flushOutput();
    m_wrappingUp = true;
    m_imageTimer.stop();
    m_heartbeat.stop();
    const QString step = m_steps.value(m_current).name;
    StepReport report{m_current, step, m_redactor->redact(m_currentCommand), false, -1, m_stepClock.elapsed(), error.message};
    m_reports.append(report);
    Q_EMIT stepFinished(report);
    m_result.outcome = ChangeResult::Outcome::Interrupted;
    m_result.failedStep = step;
    m_result.message = m_redactor->redact(
        tr("the droplet's host key changed during \"%1\": %2 This change stops here: nothing more is sent to the droplet, "
           "the deploy lock stays with this change, and nothing is recorded as failed. Once the key is checked and "
           "trusted again, the next look records the change's true result.").arg(step, error.message));
    finishNow();
}

void DropletOperation::emitOutput(bool isStderr, const QByteArray &data)
{
    // However the output arrives (cut anywhere, both streams interleaved), no secret gets through.
    const QString clean = m_stream.feed(isStderr ? StreamRedactor::Err : StreamRedactor::Out, data);
    if (!clean.isEmpty())
        Q_EMIT output(m_current, isStderr, clean);
}

void DropletOperation::emitMessage(bool isStderr, const QString &text)
{
    flushOutput();
    Q_EMIT output(m_current, isStderr, m_redactor->redact(text));
}

void DropletOperation::flushOutput()
{
    for (const StreamRedactor::Piece &piece : m_stream.finish())
        Q_EMIT output(m_current, piece.stream == StreamRedactor::Err, piece.text);
}

} // namespace Stratum
