// stratumctl commands that change the droplet — deploy, rollback, restart —
// and its deploy lock. Each goes through the deploy lane: plan, show, confirm, run.
#include "cli/Cli.h"

#include "core/app/CoreContext.h"
#include "core/deploy/DeployLane.h"
#include "core/droplet/RemoteCommands.h"
#include "core/github/GitHubAccess.h"
#include "core/github/GitHubClient.h"
#include "core/health/HealthMonitor.h"
#include "core/health/HealthWatch.h"
#include "core/ssh/RemoteHost.h"

#include <QJsonObject>

namespace Stratum {

namespace {

ExitCode exitCodeFor(ChangePlan::Verdict verdict)
{
    switch (verdict) {
    case ChangePlan::Verdict::Ready: return ExitCode::Success;
    case ChangePlan::Verdict::Refused: return ExitCode::Refused;
    case ChangePlan::Verdict::BadInput: return ExitCode::Usage;
    case ChangePlan::Verdict::NoCredentials: return ExitCode::Credentials;
    case ChangePlan::Verdict::Failed: break;
    }
    return ExitCode::Failed;
}

ExitCode exitCodeFor(ChangeResult::Outcome outcome)
{
    switch (outcome) {
    case ChangeResult::Outcome::Success: return ExitCode::Success;
    case ChangeResult::Outcome::Refused: return ExitCode::Refused;
    default: return ExitCode::Failed;
    }
}

} // namespace

void Cli::deploy()
{
    const QString via = value(QStringLiteral("via"));
    ChangeIntent intent;
    intent.kind = via == QLatin1String("workflow") ? ChangeKind::DeployViaWorkflow : ChangeKind::DeployOverSsh;
    intent.sha = m_invocation.sha(QStringLiteral("sha")).value_or(Sha());
    if (intent.kind == ChangeKind::DeployOverSsh && intent.sha.isNull()) {
        fail(ExitCode::Usage, tr("--sha must be a commit SHA of 7 to 40 hex digits"));
        return;
    }
    planConfirmRun(intent);
}

void Cli::rollback()
{
    ChangeIntent intent;
    intent.kind = ChangeKind::Rollback;
    const std::optional<Sha> to = m_invocation.sha(QStringLiteral("to"));
    const bool lastGood = flag(QStringLiteral("last-good"));
    if (lastGood == to.has_value()) {
        fail(ExitCode::Usage, tr("give either --to SHA or --last-good"));
        return;
    }
    if (!lastGood) {
        intent.sha = *to;
        planConfirmRun(intent);
        return;
    }
    lane()->readStatus(value(QStringLiteral("host")), this, [this, intent](const DropletStatus &status) mutable {
        if (!status.read) {
            fail(ExitCode::Failed, status.headline());
            return;
        }
        if (status.rollbackSha.isEmpty()) {
            fail(ExitCode::Refused, tr("there is no known-good release other than the running one to roll back to "
                                       "(stratumctl releases list --known-good)"));
            return;
        }
        intent.sha = Sha::parse(status.rollbackSha).value_or(Sha());
        planConfirmRun(intent);
    });
}

void Cli::status()
{
    lane()->readStatus(value(QStringLiteral("host")), this, [this](const DropletStatus &status) {
        for (const QString &line : status.recorded)
            m_err << line << Qt::endl;
        if (json()) {
            printJson(status.toJson());
        } else {
            print(status.headline());
            for (const ContainerState &container : status.now.containers)
                print(QStringLiteral("  %1  %2  %3  %4%5").arg(container.service, -10).arg(container.imageTag().left(Sha::shortLength), -7)
                          .arg(container.state + (container.health.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(container.health)), -20)
                          .arg(container.digest.section(QLatin1Char('@'), 1).left(19))
                          .arg(container.startedAt.isValid() ? tr("  since %1").arg(container.startedAt.toLocalTime().toString(Qt::ISODate))
                                                             : QString()));
            if (status.mixed && !status.finishSha.isEmpty())
                print(tr("finish the deploy: stratumctl deploy --via ssh --sha %1").arg(status.finishSha));
            if (!status.rollbackSha.isEmpty())
                print(tr("roll back: stratumctl rollback --to %1").arg(status.rollbackSha));
            if (!status.rollbackImagesWarning().isEmpty())
                print(tr("warning: %1").arg(status.rollbackImagesWarning()));
        }
        finish(ExitCode(statusExitCode(status)));
    });
}

void Cli::pinSet()
{
    pinCommand(true);
}

void Cli::pinRelease()
{
    pinCommand(false);
}

void Cli::pinStatus()
{
    withRemote([this](RemoteHost *remote) {
        remote->run(RemoteCommands(core().profile()).guardStatus(), std::chrono::seconds(core().profile().timing.stepSeconds), this,
                    {{}, {}, [this](const RemoteResult &result) {
            const Guards guards = RemoteCommands::parseGuards(QString::fromUtf8(result.out));
            if (!result.ok() || !guards.read) {
                fail(result.exit.error.isHostKeyProblem() ? ExitCode::Refused : ExitCode::Failed,
                     result.failure());
                return;
            }
            const PinInfo &pin = guards.pin;
            if (json())
                printJson(QJsonObject{{QStringLiteral("pinned"), pin.pinned}, {QStringLiteral("sha"), pin.sha},
                                      {QStringLiteral("holder"), pin.holder}, {QStringLiteral("machine"), pin.machine},
                                      {QStringLiteral("since"), pin.since}, {QStringLiteral("reason"), pin.reason}});
            else
                print(pin.pinned ? tr("pinned to %1 by %2 on %3 since %4: %5").arg(pin.sha, pin.holder, pin.machine, pin.since, pin.reason)
                                 : tr("not pinned"));
            finish(ExitCode::Success);
        }});
    });
}

void Cli::pinCommand(bool set)
{
    auto done = [this](const DeployLane::PinResult &result) {
        if (!result.ok) {
            fail(result.badInput ? ExitCode::Usage : result.noCredentials ? ExitCode::Credentials : ExitCode::Failed, result.message);
            return;
        }
        print(result.message);
        finish(ExitCode::Success);
    };
    if (set)
        lane()->pin(value(QStringLiteral("host")), value(QStringLiteral("reason")), this, done);
    else
        lane()->releasePin(value(QStringLiteral("host")), value(QStringLiteral("reason")), this, done);
}

void Cli::restartEnv()
{
    restart(false);
}

void Cli::restartFrontend()
{
    restart(true);
}

void Cli::restart(bool frontendOnly)
{
    ChangeIntent intent;
    intent.kind = frontendOnly ? ChangeKind::FrontendRecreate : ChangeKind::EnvRestart;
    planConfirmRun(intent);
}

void Cli::planConfirmRun(const ChangeIntent &wanted)
{
    ChangeIntent intent = wanted;
    intent.hostName = value(QStringLiteral("host"));
    intent.reason = value(QStringLiteral("reason"));
    intent.override = {flag(QStringLiteral("override-gates")), value(QStringLiteral("reason"))};
    if (intent.override.requested && intent.override.reason.trimmed().isEmpty()) {
        fail(ExitCode::Usage, tr("--override-gates needs --reason TEXT: say why the gates are skipped"));
        return;
    }
    intent.allowDirtyClone = flag(QStringLiteral("allow-dirty-clone"));
    if (intent.allowDirtyClone && intent.reason.trimmed().isEmpty()) {
        fail(ExitCode::Usage, tr("--allow-dirty-clone needs --reason TEXT: say why the droplet's uncommitted files may be used"));
        return;
    }
    lane()->plan(intent, this, [this](const ChangePlan &plan) {
        if (!plan.ready()) {
            refuseOrFail(plan);
            return;
        }
        if (plan.gatesOverridden()) // said before the question; the run says which gates passed
            m_err << tr("GATES OVERRIDDEN (%1): %2").arg(plan.intent.override.reason.trimmed(),
                                                         plan.gates.blockers().join(QStringLiteral("; ")))
                  << Qt::endl;
        for (const QString &warning : plan.warnings)
            m_err << tr("warning: %1").arg(warning) << Qt::endl;
        const QString host = plan.hostName;
        QString question;
        switch (plan.intent.kind) {
        case ChangeKind::DeployOverSsh:
            question = tr("Deploy %1 to %2 over SSH? current %3 → target %1").arg(plan.intent.sha.text(), host, plan.currentText());
            break;
        case ChangeKind::DeployViaWorkflow:
            question = tr("Dispatch \"%1\" on %2 to deploy %3? (head of %2: %4 %5)")
                           .arg(core().profile().github.deployWorkflow.name, core().profile().github.branch,
                                plan.targetSha.shortForm(), plan.targetSha.shortForm(), plan.targetTitle);
            break;
        case ChangeKind::Rollback:
            m_err << core().redactor().redact(plan.rollbackPolicyText()) << Qt::endl;
            if (plan.crossesMigrations()) {
                m_err << plan.migrationsText() << Qt::endl;
                if (!flag(QStringLiteral("accept-migrations"))) {
                    fail(ExitCode::Refused, tr("refused: this rollback crosses database migrations; run it again with "
                                               "--accept-migrations once the older release may run against the newer schema"));
                    return;
                }
            }
            question = tr("Roll %1 back? current %2 → target %3 (known-good)").arg(host, plan.currentText(), plan.targetSha.text());
            break;
        case ChangeKind::EnvRestart:
        case ChangeKind::FrontendRecreate:
            question = tr("Restart %1 with the running images (%2)?").arg(host, plan.currentText());
            break;
        }
        print(question);
        if (confirmed(question))
            runConfirmed(plan);
    });
}

void Cli::refuseOrFail(const ChangePlan &plan)
{
    if (!plan.refusedByGates()) {
        fail(exitCodeFor(plan.verdict), plan.message);
        return;
    }
    const QString sha = plan.gates.requestedSha.left(Sha::shortLength);
    m_err << tr("refused: the gates for %1 are not met (nothing was run on the droplet):").arg(sha) << Qt::endl;
    for (const QString &line : plan.gates.blockers())
        m_err << QStringLiteral("  - ") << core().redactor().redact(line) << Qt::endl;
    m_err << tr("complete them (stratumctl gates --sha %1) or override: --override-gates --reason TEXT").arg(sha) << Qt::endl;
    finish(ExitCode::Refused);
}

void Cli::runConfirmed(const ChangePlan &plan)
{
    ChangeRun *run = lane()->run(plan, this, ChangeConsent{flag(QStringLiteral("accept-migrations"))});
    m_change = run;
    showProgress(run);
    connect(run, &ChangeRun::finished, this, [this](const ChangeResult &result) {
        if (!result.failedLogTail.isEmpty())
            print(tr("--- end of the failed job's log ---\n%1").arg(result.failedLogTail));
        if (result.run.id > 0 && githubAccess()->client())
            print(tr("%1 GitHub requests, %2 of them answered 304")
                      .arg(githubAccess()->client()->requestsSent()).arg(githubAccess()->client()->notModifiedAnswers()));
        if (!result.succeeded()) {
            const QString summary = result.run.id > 0 ? result.message : tr("%1: %2").arg(outcomeName(result.outcome), result.message);
            fail(exitCodeFor(result.outcome), summary + (result.dropletChanged || result.run.id > 0
                                                             ? QString() : tr(" (nothing on the droplet was changed)")));
            return;
        }
        print(result.run.id > 0 ? result.message : tr("%1: %2").arg(outcomeName(result.outcome), result.message));
        if (Sha::isFullText(result.sha) && flag(QStringLiteral("watch"))) {
            watchAfterDeploy(result.sha);
            return;
        }
        if (Sha::isFullText(result.sha) && result.run.id == 0)
            print(tr("watch it for the next %1 s: stratumctl health --watch --for %1 (or deploy with --watch)")
                      .arg(core().profile().health.watchWindowSeconds));
        finish(ExitCode::Success);
    });
}

void Cli::showProgress(ChangeRun *run)
{
    connect(run, &ChangeRun::stepStarted, this, [this](int index, const QString &name, const QString &command) {
        m_out << QStringLiteral("[%1] %2").arg(index + 1).arg(name) << Qt::endl;
        if (!command.isEmpty())
            m_out << QStringLiteral("    $ ") << command << Qt::endl;
    });
    connect(run, &ChangeRun::output, this, [this](int, bool isStderr, const QString &text) {
        (isStderr ? m_err : m_out) << text << Qt::flush;
    });
    connect(run, &ChangeRun::stepFinished, this, [this](const StepReport &report) {
        m_out << QStringLiteral("    %1 (exit %2, %3 s)%4")
                     .arg(report.ok ? tr("ok") : tr("FAILED"))
                     .arg(report.exitStatus)
                     .arg(report.durationMs / 1000.0, 0, 'f', 1)
                     .arg(report.ok ? QString() : QStringLiteral(": ") + report.message)
              << Qt::endl;
    });
    connect(run, &ChangeRun::progress, this, [this](const QString &message) { print(message); });
    connect(run, &ChangeRun::dispatched, this, [this](qint64 runId, const QString &url) {
        print(tr("run %1: %2").arg(runId).arg(url));
    });
    auto printed = std::make_shared<QHash<QString, QString>>();
    connect(run, &ChangeRun::runUpdated, this, [this, printed](const RunInfo &info, const QList<JobInfo> &jobs) {
        printRunChanges(*printed, info, jobs);
    });
}

void Cli::watchAfterDeploy(const QString &sha)
{
    core().vault()->loadReleaseLog(core().profile().id, this, [this, sha](const Vault::Result<ReleaseLog> &log) {
        const QString lastGood = log.value.rollbackTargetFrom(sha);
        withRemote([this, sha, lastGood](RemoteHost *remote) {
            auto *monitor = new HealthMonitor(core().profile(), remote, &core().redactor(), this);
            const int window = core().profile().health.watchWindowSeconds;
            auto *watch = new HealthWatch(monitor, std::chrono::seconds(window), sha, lastGood, this);
            print(tr("watching %1 for %2 s: backend, frontend and worker must stay healthy").arg(sha.left(Sha::shortLength)).arg(window));
            connect(watch, &HealthWatch::tick, this, [this, window](int left) {
                if (left > 0 && left < window && left % 60 == 0)
                    print(tr("  %1 s left").arg(left));
            });
            connect(monitor, &HealthMonitor::indicatorChanged, this, [this](const HealthIndicator &indicator, HealthState previous) {
                print(tr("  %1: %2 → %3  %4").arg(indicator.label, healthStateLabel(previous), healthStateLabel(indicator.state),
                                                  indicator.detail));
            });
            connect(watch, &HealthWatch::failure, this, [this](const HealthIndicator &, const QString &suggestion) {
                m_err << suggestion << Qt::endl;
            });
            connect(watch, &HealthWatch::finished, this, [this](bool passed) {
                print(passed ? tr("the watch passed: run stratumctl smoke, then mark the release known-good")
                             : tr("the watch FAILED"));
                finish(passed ? ExitCode::Success : ExitCode::Failed);
            });
            watch->start();
        });
    });
}

// ---------------------------------------------------------------- lock

void Cli::lockStatus()
{
    lockCommand(false);
}

void Cli::lockRelease()
{
    lockCommand(true);
}

void Cli::lockCommand(bool release)
{
    lane()->readLock(value(QStringLiteral("host")), this, [this, release](const DeployLane::LockReading &reading) {
        if (!reading.read) {
            fail(reading.noCredentials ? ExitCode::Credentials : reading.badInput ? ExitCode::Usage : ExitCode::Failed, reading.error);
            return;
        }
        const LockInfo &info = reading.lock;
        if (!release) {
            if (json()) {
                QJsonObject object{{QStringLiteral("held"), info.held}, {QStringLiteral("holder"), info.holder},
                                   {QStringLiteral("machine"), info.machine}, {QStringLiteral("since"), info.since},
                                   {QStringLiteral("sha"), info.sha}, {QStringLiteral("reason"), info.reason}};
                if (reading.running)
                    object.insert(QStringLiteral("runningStep"), QJsonObject{{QStringLiteral("name"), reading.running->name},
                                                                            {QStringLiteral("pid"), reading.running->pid},
                                                                            {QStringLiteral("seconds"), reading.running->ageSeconds}});
                printJson(object);
            } else if (!info.held) {
                print(tr("free"));
            } else {
                print(tr("held by %1").arg(reading.holderText()));
                if (reading.running)
                    print(tr("a step of its change still runs on the droplet: %1").arg(reading.runningText()));
            }
            finish(ExitCode::Success);
            return;
        }
        if (!info.held) {
            print(tr("the lock is free"));
            finish(ExitCode::Success);
            return;
        }
        if (reading.running) {
            fail(ExitCode::Refused, tr("the lock is held by %1, and a step of its change still runs on the droplet: %2. It is not "
                                       "broken while that runs; wait for it, or cancel it from the app that started it.")
                                        .arg(reading.holderText(), reading.runningText()));
            return;
        }
        if (!flag(QStringLiteral("force"))) {
            fail(ExitCode::Refused, tr("the lock is held by %1. If that change is gone, break it: stratumctl lock release --force "
                                       "--reason TEXT").arg(reading.holderText()));
            return;
        }
        if (value(QStringLiteral("reason")).trimmed().isEmpty()) {
            fail(ExitCode::Usage, tr("breaking the deploy lock needs a reason (--reason TEXT): it is recorded for the lock's holder"));
            return;
        }
        if (!confirmed(tr("Break the deploy lock of %1 held by %2?").arg(reading.hostName, reading.holderText())))
            return;
        lane()->breakLock(reading.hostName, info.token, value(QStringLiteral("reason")), this, [this](const DeployLane::LockBreak &broken) {
            if (!broken.ok) {
                fail(broken.badInput ? ExitCode::Usage : broken.noCredentials ? ExitCode::Credentials
                     : broken.refused ? ExitCode::Refused : ExitCode::Failed, broken.message);
                return;
            }
            print(broken.message);
            finish(ExitCode::Success);
        });
    });
}

} // namespace Stratum
