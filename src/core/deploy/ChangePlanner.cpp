#include "ChangePlanner.h"

#include "core/deploy/Recovery.h"
#include "core/droplet/RemoteCommands.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/keychain/Vault.h"
#include "core/platform/AppPaths.h"
#include "core/registry/RegistryClient.h"
#include "core/ssh/RemoteHost.h"
#include "core/ssh/RemoteHosts.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace Stratum {

ChangePlanner::ChangePlanner(PlanningSource &source, const ChangeIntent &intent, QObject *parent, std::function<void(ChangePlan)> done)
    : QObject(parent), m_source(source), m_done(std::move(done))
{
    m_plan.intent = intent;
    m_plan.verdict = ChangePlan::Verdict::Ready;
    switch (intent.kind) {
    case ChangeKind::DeployOverSsh:
        m_steps = {[this] { requireSha(); }, [this] { resolveHost(true); }, [this] { checkGates(); },
                   [this] { loadRedactorSecrets(); }, [this] { readCurrent(false); }, [this] { recoverAbandoned(); },
                   [this] { checkGuards(true); }, [this] { checkClone(); }, [this] { checkDiskSpace(); }};
        break;
    case ChangeKind::Rollback:
        if (intent.override.requested)
            m_plan.warnings << tr("--override-gates is not needed for a rollback: a known-good release is allowed by the "
                                  "rollback policy, and nothing is overridden");
        // The forward gates are read beside the pre-flight, for information: a rollback never waits for GitHub.
        m_steps = {[this] { requireSha(); }, [this] { resolveKnownGood(); }, [this] { readGatesForInformation(); },
                   [this] { resolveHost(true); }, [this] { checkKnownGoodHere(); }, [this] { loadRedactorSecrets(); },
                   [this] { readCurrent(false); }, [this] { recoverAbandoned(); }, [this] { checkGuards(false); }, [this] { checkClone(); },
                   [this] { checkImagesOnDroplet(); }, [this] { checkRegistryImages(); },
                   [this] { checkDropletSeesImage(true); }, [this] { checkDropletSeesImage(false); },
                   [this] { checkDiskSpace(); }, [this] { warnWhenComposeFileDiffers(); },
                   [this] { readCrossedMigrations(); }, [this] { readLiveRevision(); }};
        break;
    case ChangeKind::EnvRestart:
    case ChangeKind::FrontendRecreate:
        m_steps = {[this] { resolveHost(true); }, [this] { loadRedactorSecrets(); }, [this] { readCurrent(true); },
                   [this] { recoverAbandoned(); }, [this] { checkGuards(false); }};
        break;
    case ChangeKind::DeployViaWorkflow:
        // The host comes before the gates: the promotion gate depends on its environment.
        m_steps = {[this] { readBranchHead(); }, [this] { resolveHost(false); }, [this] { checkGates(); },
                   [this] { loadRedactorSecrets(); }, [this] { readCurrent(false); }, [this] { recoverAbandoned(); },
                   [this] { checkGuards(true); }, [this] { checkClone(); }};
        break;
    }
}

void ChangePlanner::start()
{
    if (!m_plan.intent.environment.isEmpty() && m_plan.intent.hostName.isEmpty())
        m_steps.prepend([this] { resolveEnvironment(); });
    QTimer::singleShot(0, this, &ChangePlanner::next);
}

void ChangePlanner::next()
{
    if (m_next >= m_steps.size()) {
        finish();
        return;
    }
    m_steps.at(m_next++)();
}

void ChangePlanner::stop(ChangePlan::Verdict verdict, const QString &message)
{
    m_finished = true;
    m_plan.verdict = verdict;
    m_plan.message = message;
    m_done(m_plan);
    deleteLater();
}

void ChangePlanner::finish()
{
    if (m_plan.intent.kind == ChangeKind::Rollback && !m_plan.gatesCheckedAt.isValid())
        m_plan.gatesNote = tr("the checklists and CI were not read in time (GitHub may be slow or down); a rollback does "
                              "not wait for them");
    if (!m_plan.blockers.isEmpty()) {
        stop(m_policyBlocked ? ChangePlan::Verdict::Refused : ChangePlan::Verdict::Failed,
             tr("the pre-flight found a problem (nothing was changed):\n  %1").arg(m_plan.blockers.join(QStringLiteral("\n  "))));
        return;
    }
    stop(ChangePlan::Verdict::Ready, {});
}

void ChangePlanner::check(const QString &name, bool passed, const QString &detail, bool policy)
{
    m_plan.preflight.append({name, passed, detail});
    if (!passed) {
        m_plan.blockers << tr("%1: %2").arg(name, detail);
        m_policyBlocked |= policy;
    }
}

void ChangePlanner::runRemote(const QString &command, std::function<void(const RemoteResult &)> then)
{
    m_host->run(command, std::chrono::seconds(m_source.profile().timing.stepSeconds), this, {{}, {}, std::move(then)});
}

Sha ChangePlanner::runningShaOtherThanTarget() const
{
    const QString tag = RegistryClient::tagOf(m_plan.current.backendRef());
    const std::optional<Sha> running = Sha::isFullText(tag) ? Sha::parseFull(tag) : std::nullopt;
    return running && !(*running == m_plan.targetSha) ? *running : Sha();
}

QString ChangePlanner::imageRef(bool backend) const
{
    return backend ? m_source.profile().backendImageRef(m_plan.targetSha.text()) : m_source.profile().frontendImageRef(m_plan.targetSha.text());
}

// ------------------------------------------------------------------ steps

void ChangePlanner::requireSha()
{
    if (m_plan.intent.sha.isNull()) {
        stop(ChangePlan::Verdict::BadInput, tr("give the commit SHA (7 to 40 hex digits)"));
        return;
    }
    m_plan.targetSha = m_plan.intent.sha.isFull() ? m_plan.intent.sha : Sha();
    next();
}

void ChangePlanner::resolveKnownGood()
{
    const Sha wanted = m_plan.intent.sha;
    m_source.vault()->loadReleaseLog(m_source.profile().id, this, [this, wanted](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            stop(ChangePlan::Verdict::NoCredentials, log.error.message);
            return;
        }
        QStringList matches;
        for (const ReleaseEntry &entry : log.value.knownGood()) {
            if (wanted.isPrefixOf(entry.sha) && !matches.contains(entry.sha)) {
                matches << entry.sha;
                const QDateTime since = entry.knownGoodAt.isValid() ? entry.knownGoodAt : entry.time;
                m_plan.knownGoodAt = since;
                m_plan.knownGoodSince = tr("since %1: %2").arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat),
                                                               entry.knownGoodReason.isEmpty() ? tr("marked known-good")
                                                                                               : entry.knownGoodReason);
            }
        }
        if (matches.size() != 1) {
            const QString name = tr("pre-flight: %1 is known-good").arg(wanted.shortForm());
            m_plan.preflight.append({name, false, {}});
            stop(ChangePlan::Verdict::Refused,
                 matches.isEmpty() ? tr("%1 is not a known-good release; only known-good releases are rollback targets "
                                        "(see stratumctl releases list --known-good)").arg(wanted.text())
                                   : tr("%1 matches several known-good releases; give more digits").arg(wanted.text()));
            return;
        }
        m_plan.targetSha = Sha::parseFull(matches.first()).value_or(Sha());
        for (const ReleaseEntry &entry : log.value.entries()) { // newest first: the latest digests recorded
            if (entry.sha != m_plan.targetSha.text())
                continue;
            if (entry.knownGood && !m_knownGoodOn.contains(entry.host))
                m_knownGoodOn << entry.host;
            if (m_recordedBackendDigest.isEmpty())
                m_recordedBackendDigest = entry.backendDigest;
            if (m_recordedFrontendDigest.isEmpty())
                m_recordedFrontendDigest = entry.frontendDigest;
        }
        m_plan.preflight.append({tr("pre-flight: %1 is known-good").arg(m_plan.targetSha.shortForm()), true, {}});
        next();
    });
}

// An environment instead of a host: its hosts in the profile's order. The plan is the first
// host's; a deploy or rollback of several hosts rolls (RollingRun), anything else needs one host.
void ChangePlanner::resolveEnvironment()
{
    const EnvironmentChoice choice = chooseEnvironment(m_source.profile(), m_plan.intent.environment);
    if (!choice.environment) {
        stop(ChangePlan::Verdict::BadInput, choice.error);
        return;
    }
    m_source.vault()->loadHosts(this, [this, environment = *choice.environment](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            stop(ChangePlan::Verdict::NoCredentials, hosts.error.message);
            return;
        }
        const EnvironmentHosts found = hostsOf(environment, hosts.value);
        if (!found.missing.isEmpty() || found.hosts.isEmpty()) {
            stop(ChangePlan::Verdict::BadInput,
                 found.hosts.isEmpty() && found.missing.isEmpty()
                     ? tr("no host is set up; add one in Settings or with: stratumctl host add NAME --address ADDR")
                     : tr("%1 of environment %2 is not set up: add it (stratumctl host add) or take it out of the profile")
                           .arg(found.missing.join(QStringLiteral(", ")), environment.name));
            return;
        }
        const ChangeKind kind = m_plan.intent.kind;
        if (found.hosts.size() > 1 && kind != ChangeKind::DeployOverSsh && kind != ChangeKind::Rollback) {
            stop(ChangePlan::Verdict::BadInput, tr("%1 has %2 hosts: %3 goes to one host at a time (--host NAME)")
                                                    .arg(environment.name).arg(found.hosts.size()).arg(changeKindTitle(kind)));
            return;
        }
        m_plan.intent.hostName = found.hosts.first().name;
        if (found.hosts.size() > 1) {
            for (const HostEntry &host : found.hosts)
                m_plan.rollingHosts << host.name;
        }
        next();
    });
}

// A release known-good only on another environment's hosts (staging) is not this one's way back.
void ChangePlanner::checkKnownGoodHere()
{
    const QStringList others = hostsOfOtherEnvironments(m_source.profile(), m_plan.hostName);
    const bool here = std::any_of(m_knownGoodOn.cbegin(), m_knownGoodOn.cend(),
                                  [&others](const QString &host) { return host.isEmpty() || !others.contains(host); });
    if (here) {
        next();
        return;
    }
    const QString sha = m_plan.targetSha.shortForm();
    m_plan.preflight.append({tr("pre-flight: %1 is known-good where %2 is").arg(sha, m_plan.hostName), false, {}});
    stop(ChangePlan::Verdict::Refused,
         tr("%1 is known-good on %2 only, not on the environment of %3: a rollback goes only to a release known-good there "
            "(stratumctl releases mark-good %4 --host %3, once it ran well there)")
             .arg(sha, m_knownGoodOn.join(QStringLiteral(", ")), m_plan.hostName, m_plan.targetSha.text()));
}

void ChangePlanner::resolveHost(bool required)
{
    m_source.resolveHost(m_plan.intent.hostName, this, [this, required](const HostChoice &choice) {
        const QString name = choice.name;
        if (name.isEmpty() && (required || !choice.noneSetUp)) {
            stop(choice.keychainFailed ? ChangePlan::Verdict::NoCredentials : ChangePlan::Verdict::BadInput, choice.error);
            return;
        }
        if (name.isEmpty()) {
            m_plan.warnings << tr("no droplet is set up: the droplet's deploy lock is not taken for this run");
            // Nothing more to read without a droplet; the gates are still decided.
            m_steps.erase(m_steps.begin() + m_next, m_steps.end());
            m_steps << [this] { checkGates(); };
            next();
            return;
        }
        m_plan.hostName = name;
        m_plan.hostRole = choice.host.role;
        m_plan.promotionTarget = promotionTargetFor(m_source.profile(), choice.host, choice.allHosts, m_plan.intent.promoteFrom);
        m_plan.environment = m_plan.promotionTarget.environment;
        m_hostsRead = choice.allHosts;
        m_source.hosts()->withHost(choice.host, this, [this](RemoteHost *host, const QString &hostError) {
            if (!host) {
                stop(ChangePlan::Verdict::Failed, hostError);
                return;
            }
            m_host = host;
            next();
        });
    });
}

void ChangePlanner::readBranchHead()
{
    m_source.readHead(this, [this](const BranchHead &head) {
        if (!head.error.isEmpty()) {
            stop(head.noCredentials ? ChangePlan::Verdict::NoCredentials : ChangePlan::Verdict::Failed, head.error);
            return;
        }
        const Profile &profile = m_source.profile();
        const QString branch = profile.github.branch;
        const QString target = m_plan.intent.sha.isNull() ? head.sha : m_plan.intent.sha.text();
        const bool isHead = head.sha.startsWith(target);
        if (!isHead && profile.github.deployWorkflow.shaInput.isEmpty()) {
            stop(ChangePlan::Verdict::Refused,
                 tr("%1 is not the head of %2 (%3): the workflow deploys %2 as it is when the run starts. Deploy an "
                    "older SHA over SSH (stratumctl deploy --via ssh --sha %1).")
                     .arg(target.left(Sha::shortLength), branch, head.sha.left(Sha::shortLength)));
            return;
        }
        if (!isHead && !m_plan.intent.sha.isFull()) {
            stop(ChangePlan::Verdict::Refused, tr("give the full 40-digit SHA to deploy a commit other than the head"));
            return;
        }
        m_plan.targetSha = Sha::parseFull(isHead ? head.sha : target).value_or(Sha());
        m_plan.targetTitle = isHead ? head.title : QString();
        next();
    });
}

void ChangePlanner::checkGates()
{
    const QString sha = m_plan.targetSha.isNull() ? m_plan.intent.sha.text() : m_plan.targetSha.text();
    m_source.evaluateGates(sha, m_plan.promotionTarget, this, [this](const GateSnapshot &snapshot) {
        m_plan.gates = snapshot.report;
        m_plan.gatesCheckedAt = snapshot.checkedAt;
        if (m_plan.targetSha.isNull())
            m_plan.targetSha = Sha::parseFull(snapshot.report.sha).value_or(Sha()); // the one full SHA the records know for a prefix
        if (snapshot.report.passed() || m_plan.gatesOverridden()) {
            next();
            return;
        }
        // Refused before anything reaches the droplet; the refusal is audited.
        const GateDecision refusal = m_source.gateKeeper()->decide(
            snapshot.report, m_plan.intent.kind == ChangeKind::Rollback ? GatedAction::Rollback : GatedAction::Deploy,
            m_plan.intent.override, operatorName());
        m_plan.blockers = snapshot.report.blockers();
        stop(ChangePlan::Verdict::Refused, refusal.message);
    });
}

void ChangePlanner::readGatesForInformation()
{
    m_source.evaluateGates(m_plan.targetSha.text(), m_plan.promotionTarget, this, [this](const GateSnapshot &snapshot) {
        if (m_finished)
            return;
        m_plan.gates = snapshot.report;
        m_plan.gatesCheckedAt = snapshot.checkedAt;
    });
    next();
}

void ChangePlanner::loadRedactorSecrets()
{
    // Whatever the change shows later is masked with the secrets stored now.
    auto loaded = [this](const KeychainError &error) {
        if (!error.ok()) {
            stop(ChangePlan::Verdict::NoCredentials, error.message);
            return;
        }
        next();
    };
    if (m_hostsRead)
        m_source.vault()->loadRedactorSecrets(m_source.redactor(), *m_hostsRead, this, loaded);
    else
        m_source.vault()->loadRedactorSecrets(m_source.redactor(), this, loaded);
}

void ChangePlanner::readCurrent(bool imagesRequired)
{
    readRunningNow(m_host, m_source.profile(), this, [this, imagesRequired](const RunningNow &now) {
        m_plan.current = now;
        if (!now.read) {
            stop(now.hostKeyProblem ? ChangePlan::Verdict::Refused : ChangePlan::Verdict::Failed,
                 tr("cannot read what runs on %1: %2").arg(m_plan.hostName, now.error));
            return;
        }
        if (imagesRequired && (now.backendRef().isEmpty() || now.frontendRef().isEmpty())) {
            stop(ChangePlan::Verdict::Failed, tr("cannot tell which images run now (no backend or frontend container)"));
            return;
        }
        check(tr("pre-flight: droplet reachable, host key trusted"), true, {});
        next();
    });
}

void ChangePlanner::recoverAbandoned()
{
    recoverAbandonedChanges(m_host, m_source.profile(), m_source.vault(), m_source.redactor(), this,
                            [this](const QList<RecoveredChange> &recovered, const QString &) {
        for (const RecoveredChange &change : recovered)
            m_plan.warnings << change.summary();
        if (!recovered.isEmpty())
            m_source.releaseLogChangedByPlan();
        next();
    });
}

void ChangePlanner::checkGuards(bool forward)
{
    runRemote(RemoteCommands(m_source.profile(), m_plan.hostName).guardStatus(), [this, forward](const RemoteResult &result) {
        const QString name = tr("pre-flight: deploy lock is free");
        const Guards guards = RemoteCommands::parseGuards(QString::fromUtf8(result.out));
        if (!result.ok() || !guards.read) {
            check(name, false, result.failure());
            next();
            return;
        }
        const LockInfo &lock = guards.lock;
        check(name, !lock.held,
              lock.held ? tr("the deploy lock is held by %1 on %2 since %3 (%4)").arg(lock.holder, lock.machine, lock.since, lock.reason)
                        : QString(),
              true);
        const PinInfo &pin = guards.pin;
        if (forward)
            check(tr("pre-flight: production is not pinned"), !pin.pinned, pinnedMessage(pin), true);
        else if (pin.pinned)
            m_plan.warnings << tr("production is pinned to %1 by %2 (%3); the pin stays until it is released")
                                   .arg(pin.sha.left(Sha::shortLength), pin.holder, pin.reason);
        next();
    });
}

void ChangePlanner::readCrossedMigrations()
{
    const Sha running = runningShaOtherThanTarget();
    if (running.isNull()) {
        next();
        return;
    }
    runRemote(RemoteCommands(m_source.profile(), m_plan.hostName).migrationsCrossed(running, m_plan.targetSha), [this](const RemoteResult &result) {
        if (result.ok())
            m_plan.migrations = RemoteCommands::parseCrossedMigrations(QString::fromUtf8(result.out));
        else
            m_plan.warnings << tr("could not tell whether this rollback crosses a database migration (%1): check %2 by hand")
                                   .arg(result.failure().section(QLatin1Char('\n'), 0, 0),
                                        m_source.profile().droplet.migrationsDir);
        next();
    });
}

void ChangePlanner::readLiveRevision()
{
    const QString command = RemoteCommands(m_source.profile(), m_plan.hostName).liveRevision();
    if (!m_plan.crossesMigrations() || command.isEmpty()) {
        next();
        return;
    }
    runRemote(command, [this](const RemoteResult &result) {
        const QString out = QString::fromUtf8(result.out).trimmed();
        m_plan.liveRevision = result.ok() && !out.isEmpty() ? out.section(QLatin1Char('\n'), -1).left(200)
                                                            : tr("could not be read");
        next();
    });
}

void ChangePlanner::checkRegistryImages()
{
    if (m_plan.imagesOnDroplet()) {
        next();
        return;
    }
    m_source.withRegistry(this, [this](RegistryClient *registry) {
        registry->checkManifest(imageRef(true), this, [this, registry](const ManifestCheck &backend) {
            registry->checkManifest(imageRef(false), this, [this, backend](const ManifestCheck &frontend) {
                // Only what is pulled must be there; a digest read anyway is what the log records.
                auto missing = [](const ManifestCheck &found, bool pulled) {
                    return pulled && found.outcome != ManifestCheck::Outcome::Present;
                };
                const bool present = !missing(backend, m_plan.pullBackend) && !missing(frontend, m_plan.pullFrontend);
                if (m_plan.pullBackend)
                    m_plan.backendDigest = backend.digest;
                if (m_plan.pullFrontend)
                    m_plan.frontendDigest = frontend.digest;
                const QString whyNeeded = m_missingOnDroplet.isEmpty() ? QString()
                                          : m_missingOnDroplet.size() > 1
                                              ? tr(" (asked because neither image is on the droplet)")
                                              : tr(" (asked because the %1 image is not on the droplet)").arg(m_missingOnDroplet.first());
                const QString name = m_plan.pullBackend && m_plan.pullFrontend
                    ? tr("pre-flight: both images in the registry")
                    : tr("pre-flight: the %1 image in the registry").arg(m_plan.pullBackend ? tr("backend") : tr("frontend"));
                check(name, present,
                      (present ? QStringList{m_plan.backendDigest, m_plan.frontendDigest}.join(QStringLiteral(", "))
                               : (missing(backend, m_plan.pullBackend) ? backend.message : frontend.message))
                          + whyNeeded);
                next();
            });
        });
    });
}

void ChangePlanner::checkDropletSeesImage(bool backend)
{
    if (!(backend ? m_plan.pullBackend : m_plan.pullFrontend)) { // not pulled: nothing to see in the registry
        next();
        return;
    }
    runRemote(RemoteCommands(m_source.profile(), m_plan.hostName).manifestInspect(imageRef(backend)), [this, backend](const RemoteResult &result) {
        check(backend ? tr("pre-flight: droplet sees the backend image") : tr("pre-flight: droplet sees the frontend image"),
              result.ok(),
              tr("the droplet cannot see the image (its GHCR login may be stale after a token rotation: run docker login "
                 "ghcr.io on the droplet): %1").arg(result.failure()));
        next();
    });
}

void ChangePlanner::checkDiskSpace()
{
    if (m_plan.imagesOnDroplet()) { // nothing is pulled
        next();
        return;
    }
    runRemote(RemoteCommands(m_source.profile(), m_plan.hostName).freeDiskKb(), [this](const RemoteResult &result) {
        bool ok = false;
        const qint64 freeKb = QString::fromUtf8(result.out).trimmed().toLongLong(&ok);
        const qint64 neededKb = qint64(m_source.profile().droplet.minFreeDiskMb) * 1024;
        const QString name = tr("pre-flight: disk space for the pull");
        if (!result.ok() || !ok)
            check(name, false, tr("could not read the free disk space"));
        else
            check(name, freeKb >= neededKb,
                  tr("only %1 MiB free on the droplet; the pull needs at least %2 MiB").arg(freeKb / 1024).arg(neededKb / 1024));
        next();
    });
}

void ChangePlanner::warnWhenComposeFileDiffers()
{
    const Sha running = runningShaOtherThanTarget();
    if (running.isNull()) {
        next();
        return;
    }
    runRemote(RemoteCommands(m_source.profile(), m_plan.hostName).composeFileDiffers(running, m_plan.targetSha), [this](const RemoteResult &result) {
        const QString file = m_source.profile().droplet.composeFile;
        if (result.exit.error.ok() && result.exit.exitStatus == 1)
            m_plan.warnings << tr("%1 differs between the running release and %2; the rollback uses the compose file "
                                  "checked out on the droplet now.").arg(file, m_plan.targetSha.shortForm());
        else if (!result.ok())
            m_plan.warnings << tr("could not compare %1 between the running release and %2 in the droplet's clone: %3")
                                   .arg(file, m_plan.targetSha.shortForm(),
                                        result.failure().section(QLatin1Char('\n'), 0, 0));
        next();
    });
}

// The droplet runs what was checked: the compose file and everything beside it come from
// the clone as committed, and the clone from the profile's repository.
void ChangePlanner::checkClone()
{
    if (!m_host) {
        next();
        return;
    }
    runRemote(RemoteCommands(m_source.profile(), m_plan.hostName).cloneState(), [this](const RemoteResult &result) {
        const Profile &profile = m_source.profile();
        const QString appDir = profile.placeOfHost(m_plan.hostName).appDir;
        const CloneState clone = RemoteCommands::parseCloneState(QString::fromUtf8(result.out));
        if (!result.ok() || !clone.read) {
            check(tr("pre-flight: the droplet's clone"), false,
                  tr("could not read the clone in %1: %2").arg(appDir, result.failure().section(QLatin1Char('\n'), 0, 0)));
            next();
            return;
        }
        check(tr("pre-flight: the clone comes from %1").arg(profile.expectedOriginText()), profile.isExpectedOrigin(clone.origin),
              tr("its origin is %1: set it back on the droplet (git -C %2 remote set-url origin …) or correct the profile")
                  .arg(clone.origin.isEmpty() ? tr("not set") : clone.origin, appDir),
              true);
        m_plan.cloneChanges = clone.changes;
        const QString cleanName = tr("pre-flight: the clone has no modified or untracked files");
        if (clone.changes.isEmpty()) {
            check(cleanName, true, {});
        } else if (m_plan.intent.allowDirtyClone && !m_plan.intent.reason.trimmed().isEmpty()) {
            check(cleanName, true, tr("allowed (%1): %2").arg(m_plan.intent.reason.trimmed(), clone.changes.join(QStringLiteral(", "))));
            m_plan.warnings << tr("the droplet's clone has modified or untracked files, used as they are (allowed: %1):\n  %2")
                                   .arg(m_plan.intent.reason.trimmed(), clone.changes.join(QStringLiteral("\n  ")));
        } else {
            check(cleanName, false,
                  tr("compose would use them as they are, unchecked:\n    %1\n  commit or remove them on the droplet, or allow "
                     "them with --allow-dirty-clone --reason TEXT (the GUI asks for a reason)")
                      .arg(clone.changes.join(QStringLiteral("\n    "))),
                  true);
        }
        const QString head = clone.head.left(Sha::shortLength);
        const QString changedIn = clone.composeCommit.left(Sha::shortLength);
        m_plan.composeSource = m_plan.intent.kind == ChangeKind::Rollback
            ? tr("%1 as committed in %2 (the clone's %3, last changed in %4)").arg(profile.droplet.composeFile, head,
                                                                                  profile.github.branch, changedIn)
            : tr("%1 of %2 after the pull (now %3, last changed in %4)").arg(profile.droplet.composeFile, profile.github.branch,
                                                                            head, changedIn);
        next();
    });
}

// A rollback needs no registry when the droplet still has both images with the digests the
// release log recorded for the target; a tag that now names another image is refused.
void ChangePlanner::checkImagesOnDroplet()
{
    const QStringList refs{imageRef(true), imageRef(false)};
    runRemote(RemoteCommands::localImageDigests(refs), [this, refs](const RemoteResult &result) {
        const QHash<QString, LocalImage> images = RemoteCommands::parseLocalImages(QString::fromUtf8(result.out));
        if (!result.ok() || images.size() != 2) {
            m_plan.warnings << tr("could not list the images on the droplet (%1): the registry is asked instead")
                                   .arg(result.failure().section(QLatin1Char('\n'), 0, 0));
            next();
            return;
        }
        const QString names[2] = {tr("backend"), tr("frontend")};
        const QString recorded[2] = {m_recordedBackendDigest, m_recordedFrontendDigest};
        bool *pulled[2] = {&m_plan.pullBackend, &m_plan.pullFrontend};
        QStringList unverified;
        for (int i = 0; i < 2; ++i) {
            const LocalImage image = images.value(refs.at(i));
            if (!image.present) {
                m_missingOnDroplet << names[i];
                continue;
            }
            if (recorded[i].isEmpty()) {
                unverified << names[i];
                *pulled[i] = false;
                continue;
            }
            if (!image.digests.contains(recorded[i])) {
                check(tr("pre-flight: the %1 image on the droplet is the one recorded").arg(names[i]), false,
                      tr("%1 on the droplet is %2, but the release log recorded %3 for %4: the tag was moved to another "
                         "image; nothing was changed")
                          .arg(refs.at(i), image.digests.isEmpty() ? tr("an image without a registry digest") : image.digests.join(QStringLiteral(", ")),
                               recorded[i], m_plan.targetSha.shortForm()),
                      true);
                m_next = int(m_steps.size()); // refused: nothing else would change that
                next();
                return;
            }
            *pulled[i] = false;
        }
        m_plan.backendDigest = m_recordedBackendDigest;
        m_plan.frontendDigest = m_recordedFrontendDigest;
        if (!m_missingOnDroplet.isEmpty()) { // only what is missing is pulled; the registry checks that follow say so
            next();
            return;
        }
        check(tr("pre-flight: both images on the droplet"), true,
              unverified.isEmpty()     ? tr("digests match the release log; registry not needed")
              : unverified.size() > 1 ? tr("by tag (the release log has no digests for them); registry not needed")
                                      : tr("by tag (the release log has no digest for the %1 image); registry not needed")
                                            .arg(unverified.first()));
        next();
    });
}

} // namespace Stratum
