// stratumctl commands that change the droplet — deploy, rollback, restart —
// and its deploy lock. Each goes through the deploy lane: plan, show, confirm, run.
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"
#include "cli/commands/RunProgressLines.h"

#include "core/announce/Announcer.h"
#include "core/app/CoreContext.h"
#include "core/deploy/DeployLane.h"
#include "core/droplet/RemoteCommands.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/github/GitHubAccess.h"
#include "core/github/GitHubClient.h"
#include "core/health/HealthMonitor.h"
#include "core/health/HealthWatch.h"
#include "core/ssh/RemoteHost.h"

#include <QJsonArray>
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

// What a change of the droplet is asked with: deploy, rollback, restart.
struct ChangeOptions {
    QString via;
    std::optional<Sha> sha;
    std::optional<Sha> to;
    bool lastGood = false;
    bool acceptMigrations = false;
    bool yes = false;
    QString reason;
    QString host;
    bool overrideGates = false;
    bool allowDirtyClone = false;
    bool watch = false;
    QString confirm; // the short SHA, for what must be typed (gates overridden on production)
    QString fromEnvironment; // promote --from
    QString toEnvironment;   // promote --to
};

struct HostOptions {
    QString host;
};

struct PinOptions {
    QString reason;
    QString host;
};

struct LockOptions {
    bool force = false;
    QString reason;
    bool yes = false;
    QString host;
};

class ChangeCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void deploy(const ChangeOptions &o);
    void promote(const ChangeOptions &o);
    void rollback(const ChangeOptions &o);
    void undo(const ChangeOptions &o);
    void restartEnv(const ChangeOptions &o);
    void restartFrontend(const ChangeOptions &o);
    void status(const HostOptions &o);
    void statusOfHosts(const QStringList &hosts, QList<DropletStatus> read); // one after the other, then whether they differ
    void printStatus(const DropletStatus &status);
    void pinSet(const PinOptions &o);
    void pinRelease(const PinOptions &o);
    void pinStatus(const HostOptions &o);
    void lockStatus(const LockOptions &o);
    void lockRelease(const LockOptions &o);

private:
    // The deploy lane: plan, show, confirm, run.
    void planConfirmRun(const ChangeIntent &wanted, const ChangeOptions &o);
    void confirmAndRun(const ChangePlan &plan, const ChangeOptions &o);
    void refuseOrFail(const ChangePlan &plan);
    void runConfirmed(const ChangePlan &plan, const ChangeOptions &o);
    void showProgress(ChangeRun *run);
    void watchAfterDeploy(const QString &sha, const ChangeOptions &o); // the post-deploy health window; exit 1 if anything failed
    void restart(bool frontendOnly, const ChangeOptions &o);
    void pinCommand(bool set, const PinOptions &o);
    void lockCommand(bool release, const LockOptions &o);
};

} // namespace

QList<CommandSpec> changeCommands()
{
    using C = ChangeCommands;
    using O = ChangeOptions;
    const QString hostOnly = QStringLiteral("[--host NAME]");
    return {
        Command<C, O>(QStringLiteral("deploy"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "deploy a commit over SSH (emergency), or dispatch the deploy workflow and follow it"),
                      dropletNeeds | Need::GitHub)
            .choice(QStringLiteral("via"), {QStringLiteral("ssh"), QStringLiteral("workflow")}, &O::via).required()
            .sha(QStringLiteral("sha"), &O::sha)
            .yes(&O::yes).reason(&O::reason).host(&O::host)
            .flag(QStringLiteral("override-gates"), &O::overrideGates)
            .text(QStringLiteral("confirm"), QStringLiteral("SHORT-SHA"), &O::confirm)
            .flag(QStringLiteral("allow-dirty-clone"), &O::allowDirtyClone)
            .flag(QStringLiteral("watch"), &O::watch)
            .synopsis(QStringLiteral("--via ssh --sha SHA [--yes] [--reason TEXT] [--host NAME]\n"
                                     "                 [--override-gates --reason TEXT [--confirm SHORT-SHA: production]]\n"
                                     "                 [--allow-dirty-clone --reason TEXT] [--watch]\n"
                                     "--via workflow [--sha SHA] [--yes] [--allow-dirty-clone --reason TEXT]"))
            .throughTheApp()
            .runs(&C::deploy),
        Command<C, O>(QStringLiteral("promote"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "deploy a commit that passed its smoke on one environment (staging) to the next "
                                                        "(production): planned, gated and confirmed like any deploy"),
                      dropletNeeds | Need::GitHub)
            .argument(QStringLiteral("SHA"), &O::sha, ValueKind::Sha)
            .text(QStringLiteral("from"), QStringLiteral("ENV"), &O::fromEnvironment).required()
            .text(QStringLiteral("to"), QStringLiteral("ENV"), &O::toEnvironment).required()
            .choice(QStringLiteral("via"), {QStringLiteral("ssh"), QStringLiteral("workflow")}, &O::via)
            .yes(&O::yes).reason(&O::reason)
            .flag(QStringLiteral("override-gates"), &O::overrideGates)
            .text(QStringLiteral("confirm"), QStringLiteral("SHORT-SHA"), &O::confirm)
            .flag(QStringLiteral("allow-dirty-clone"), &O::allowDirtyClone)
            .flag(QStringLiteral("watch"), &O::watch)
            .synopsis(QStringLiteral("SHA --from ENV --to ENV [--via ssh|workflow] [--yes] [--reason TEXT]\n"
                                     "                 [--override-gates --reason TEXT [--confirm SHORT-SHA]] [--watch]"))
            .throughTheApp()
            .runs(&C::promote),
        Command<C, O>(QStringLiteral("rollback"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "roll back to a known-good release (never waits for GitHub); --last-good: the newest "
                                                        "one other than what runs; --watch: then the health watch window"),
                      dropletNeeds)
            .sha(QStringLiteral("to"), &O::to)
            .flag(QStringLiteral("last-good"), &O::lastGood)
            .flag(QStringLiteral("accept-migrations"), &O::acceptMigrations)
            .yes(&O::yes).reason(&O::reason).host(&O::host)
            .flag(QStringLiteral("override-gates"), &O::overrideGates)
            .flag(QStringLiteral("allow-dirty-clone"), &O::allowDirtyClone)
            .flag(QStringLiteral("watch"), &O::watch)
            .synopsis(QStringLiteral("--to SHA | --last-good [--accept-migrations] [--yes] [--reason TEXT] [--host NAME]\n"
                                     "                 [--allow-dirty-clone --reason TEXT] [--watch]"))
            .throughTheApp()
            .runs(&C::rollback),
        Command<C, O>(QStringLiteral("undo"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "undo the last deploy within its health watch window: roll back to the release "
                                                        "that ran before it, when that one is known-good (else says why and which is)"),
                      dropletNeeds)
            .flag(QStringLiteral("accept-migrations"), &O::acceptMigrations)
            .yes(&O::yes).host(&O::host)
            .flag(QStringLiteral("watch"), &O::watch)
            .synopsis(QStringLiteral("[--accept-migrations] [--yes] [--host NAME] [--watch]"))
            .throughTheApp()
            .runs(&C::undo),
        Command<C, HostOptions>(QStringLiteral("status"),
                                QT_TRANSLATE_NOOP("Stratum::Cli", "what runs now (images, digests, known-good), its health, the lock and the pin: "
                                                                  "exit 0 healthy, 1 not, 3 locked or pinned"),
                                dropletNeeds)
            .host(&HostOptions::host)
            .synopsis(QStringLiteral("[--host NAME] [--json]"))
            .throughTheApp()
            .runs(&C::status),
        Command<C, PinOptions>(QStringLiteral("pin set"),
                               QT_TRANSLATE_NOOP("Stratum::Cli",
                                                 "hold production at what runs now: forward deploys are refused until the pin is released"),
                               dropletNeeds)
            .reason(&PinOptions::reason).required()
            .host(&PinOptions::host)
            .synopsis(QStringLiteral("--reason TEXT [--host NAME]"))
            .throughTheApp()
            .runs(&C::pinSet),
        Command<C, PinOptions>(QStringLiteral("pin release"),
                               QT_TRANSLATE_NOOP("Stratum::Cli", "release the pin: forward deploys may go again"), dropletNeeds)
            .reason(&PinOptions::reason).required()
            .host(&PinOptions::host)
            .synopsis(QStringLiteral("--reason TEXT [--host NAME]"))
            .throughTheApp()
            .runs(&C::pinRelease),
        Command<C, HostOptions>(QStringLiteral("pin status"),
                                QT_TRANSLATE_NOOP("Stratum::Cli", "whether production is pinned, to what, by whom and why"), dropletNeeds)
            .host(&HostOptions::host)
            .synopsis(QStringLiteral("[--host NAME] [--json]"))
            .throughTheApp()
            .runs(&C::pinStatus),
        Command<C, O>(QStringLiteral("restart env"),
                      QT_TRANSLATE_NOOP("Stratum::Cli",
                                        "recreate the services with the running image tags and the current env file (runbook §9)"),
                      dropletNeeds)
            .yes(&O::yes).reason(&O::reason).host(&O::host)
            .synopsis(QStringLiteral("[--yes] [--host NAME]"))
            .throughTheApp()
            .runs(&C::restartEnv),
        Command<C, O>(QStringLiteral("restart frontend"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "recreate the frontend with the running image tags"), dropletNeeds)
            .yes(&O::yes).reason(&O::reason).host(&O::host)
            .synopsis(QStringLiteral("[--yes] [--host NAME]"))
            .throughTheApp()
            .runs(&C::restartFrontend),
        Command<C, LockOptions>(QStringLiteral("lock status"), QT_TRANSLATE_NOOP("Stratum::Cli", "who holds the droplet's deploy lock"),
                                dropletNeeds)
            .host(&LockOptions::host)
            .synopsis(hostOnly)
            .throughTheApp()
            .runs(&C::lockStatus),
        Command<C, LockOptions>(QStringLiteral("lock release"),
                                QT_TRANSLATE_NOOP("Stratum::Cli",
                                                  "break the deploy lock of a change that is gone (never while a step of it runs; audited)"),
                                dropletNeeds)
            .flag(QStringLiteral("force"), &LockOptions::force)
            .reason(&LockOptions::reason)
            .yes(&LockOptions::yes)
            .host(&LockOptions::host)
            .synopsis(QStringLiteral("[--force --reason TEXT [--yes]] [--host NAME]"))
            .throughTheApp()
            .runs(&C::lockRelease),
    };
}

void ChangeCommands::deploy(const ChangeOptions &o)
{
    const QString via = o.via;
    ChangeIntent intent;
    intent.kind = via == QLatin1String("workflow") ? ChangeKind::DeployViaWorkflow : ChangeKind::DeployOverSsh;
    intent.sha = o.sha.value_or(Sha());
    if (intent.kind == ChangeKind::DeployOverSsh && intent.sha.isNull()) {
        fail(ExitCode::Usage, tr("--sha must be a commit SHA of 7 to 40 hex digits"));
        return;
    }
    planConfirmRun(intent, o);
}

// One action for the release lane's promotion: the SHA goes to `--to` (several hosts: one after
// the other), and the gates add "its smoke passed on `--from`" (refused until it did, or
// overridden with a reason).
void ChangeCommands::promote(const ChangeOptions &o)
{
    const EnvironmentChoice from = chooseEnvironment(core().profile(), o.fromEnvironment);
    const EnvironmentChoice to = chooseEnvironment(core().profile(), o.toEnvironment);
    if (!from.environment || !to.environment) {
        fail(ExitCode::Usage, !from.environment ? from.error : to.error);
        return;
    }
    if (from.environment == to.environment) {
        fail(ExitCode::Usage, tr("--from and --to name the same environment: promote goes from one to another"));
        return;
    }
    ChangeIntent intent;
    intent.kind = o.via == QLatin1String("workflow") ? ChangeKind::DeployViaWorkflow : ChangeKind::DeployOverSsh;
    intent.sha = o.sha.value_or(Sha());
    if (intent.sha.isNull()) {
        fail(ExitCode::Usage, tr("give the SHA to promote (7 to 40 hex digits)"));
        return;
    }
    intent.promoteFrom = from.environment->name;
    intent.environment = to.environment->name; // several hosts: one at a time
    planConfirmRun(intent, o);
}

void ChangeCommands::rollback(const ChangeOptions &o)
{
    ChangeIntent intent;
    intent.kind = ChangeKind::Rollback;
    const std::optional<Sha> to = o.to;
    const bool lastGood = o.lastGood;
    if (lastGood == to.has_value()) {
        fail(ExitCode::Usage, tr("give either --to SHA or --last-good"));
        return;
    }
    if (!lastGood) {
        intent.sha = *to;
        planConfirmRun(intent, o);
        return;
    }
    lane()->readStatus(o.host, context(), [this, &o, intent](const DropletStatus &status) mutable {
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
        planConfirmRun(intent, o);
    });
}

void ChangeCommands::undo(const ChangeOptions &o)
{
    lane()->planUndo(o.host, context(), [this, &o](const ChangePlan &plan) { confirmAndRun(plan, o); });
}

void ChangeCommands::status(const HostOptions &o)
{
    // --env of several hosts: every host, and whether they differ.
    const Environment *environment = core().profile().environment(environmentName());
    if (o.host.isEmpty() && environment && environment->hosts.size() > 1) {
        statusOfHosts(environment->hosts, {});
        return;
    }
    const QString host = o.host.isEmpty() && environment ? environment->hosts.value(0) : o.host;
    lane()->readStatus(host, context(), [this](const DropletStatus &status) {
        printStatus(status);
        if (json())
            printJson(status.toJson());
        finish(ExitCode(statusExitCode(status)));
    });
}

void ChangeCommands::statusOfHosts(const QStringList &hosts, QList<DropletStatus> read)
{
    if (read.size() < hosts.size()) {
        lane()->readStatus(hosts.at(read.size()), context(), [this, hosts, read](const DropletStatus &status) mutable {
            read.append(status);
            statusOfHosts(hosts, read);
        });
        return;
    }
    const QString unknown = tr("unknown");
    QStringList running;
    QStringList pairs;
    QJsonArray each;
    int exit = 0;
    for (const DropletStatus &status : read) {
        running << (status.runningSha.isEmpty() ? unknown : status.runningSha.left(Sha::shortLength));
        pairs << QStringLiteral("%1 %2").arg(status.hostName, running.last());
        exit = std::max(exit, statusExitCode(status));
        printStatus(status);
        each.append(status.toJson());
    }
    QStringList releases = running;
    releases.removeDuplicates();
    const bool mixed = releases.size() > 1 || releases.contains(unknown);
    if (json())
        printJson(QJsonObject{{QStringLiteral("environment"), environmentName()}, {QStringLiteral("mixed"), mixed},
                              {QStringLiteral("hosts"), each}});
    else
        print(mixed ? tr("MIXED: the hosts of %1 do not run one release: %2").arg(environmentName(), pairs.join(QStringLiteral(", ")))
                    : tr("every host of %1 runs %2").arg(environmentName(), releases.value(0)));
    finish(ExitCode(mixed ? std::max(exit, 1) : exit));
}

// What runs on one droplet, for a person (--json prints the status's own JSON instead).
void ChangeCommands::printStatus(const DropletStatus &status)
{
    for (const QString &line : status.recorded)
        err() << line << Qt::endl;
    if (json())
        return;
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

void ChangeCommands::pinSet(const PinOptions &o)
{
    pinCommand(true, o);
}

void ChangeCommands::pinRelease(const PinOptions &o)
{
    pinCommand(false, o);
}

void ChangeCommands::pinStatus(const HostOptions &o)
{
    withRemote(o.host, [this](RemoteHost *remote) {
        remote->run(RemoteCommands(core().profile(), remote->target().label).guardStatus(), std::chrono::seconds(core().profile().timing.stepSeconds), context(),
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

void ChangeCommands::pinCommand(bool set, const PinOptions &o)
{
    auto done = [this](const DeployLane::PinResult &result) {
        if (!result.ok) {
            fail(result.badInput        ? ExitCode::Usage
                 : result.refused       ? ExitCode::Refused
                 : result.noCredentials ? ExitCode::Credentials
                                        : ExitCode::Failed,
                 result.message);
            return;
        }
        print(result.message);
        finish(ExitCode::Success);
    };
    if (set)
        lane()->pin(o.host, o.reason, context(), done);
    else
        lane()->releasePin(o.host, o.reason, context(), done);
}

void ChangeCommands::restartEnv(const ChangeOptions &o)
{
    restart(false, o);
}

void ChangeCommands::restartFrontend(const ChangeOptions &o)
{
    restart(true, o);
}

void ChangeCommands::restart(bool frontendOnly, const ChangeOptions &o)
{
    ChangeIntent intent;
    intent.kind = frontendOnly ? ChangeKind::FrontendRecreate : ChangeKind::EnvRestart;
    planConfirmRun(intent, o);
}

void ChangeCommands::planConfirmRun(const ChangeIntent &wanted, const ChangeOptions &o)
{
    ChangeIntent intent = wanted;
    intent.hostName = o.host;
    if (intent.hostName.isEmpty() && intent.environment.isEmpty())
        intent.environment = environmentName(); // --env: the lane takes its hosts, one at a time
    intent.reason = o.reason;
    intent.override = {o.overrideGates, o.reason};
    if (intent.override.requested && intent.override.reason.trimmed().isEmpty()) {
        fail(ExitCode::Usage, tr("--override-gates needs --reason TEXT: say why the gates are skipped"));
        return;
    }
    intent.allowDirtyClone = o.allowDirtyClone;
    if (intent.allowDirtyClone && intent.reason.trimmed().isEmpty()) {
        fail(ExitCode::Usage, tr("--allow-dirty-clone needs --reason TEXT: say why the droplet's uncommitted files may be used"));
        return;
    }
    lane()->plan(intent, context(), [this, &o](const ChangePlan &plan) { confirmAndRun(plan, o); });
}

void ChangeCommands::confirmAndRun(const ChangePlan &plan, const ChangeOptions &o)
{
    if (!plan.ready()) {
        refuseOrFail(plan);
        return;
    }
    if (plan.gatesOverridden()) // said before the question; the run says which gates passed
        err() << tr("GATES OVERRIDDEN (%1): %2").arg(plan.intent.override.reason.trimmed(),
                                                     plan.gates.blockers().join(QStringLiteral("; ")))
              << Qt::endl;
    for (const QString &warning : plan.warnings)
        err() << tr("warning: %1").arg(warning) << Qt::endl;
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
        err() << core().redactor().redact(plan.rollbackPolicyText()) << Qt::endl;
        if (plan.crossesMigrations()) {
            err() << plan.migrationsText() << Qt::endl;
            if (!o.acceptMigrations) {
                fail(ExitCode::Refused, tr("refused: this rollback crosses database migrations; run it again with "
                                           "--accept-migrations once the older release may run against the newer schema"));
                return;
            }
        }
        question = plan.intent.reason.isEmpty() || o.to || o.lastGood
                       ? tr("Roll %1 back? current %2 → target %3 (known-good)").arg(host, plan.currentText(), plan.targetSha.text())
                       : tr("Roll %1 back (%2)? current %3 → target %4 (known-good)")
                             .arg(host, plan.intent.reason, plan.currentText(), plan.targetSha.text());
        break;
    case ChangeKind::EnvRestart:
    case ChangeKind::FrontendRecreate:
        question = tr("Restart %1 with the running images (%2)?").arg(host, plan.currentText());
        break;
    }
    if (!plan.intent.promoteFrom.isEmpty())
        question = tr("Promote from %1 to %2: %3").arg(plan.intent.promoteFrom, plan.environment, question);
    for (const QString &part : {plan.promotionText(), plan.rollingText()}) {
        if (!part.isEmpty())
            print(part);
    }
    print(question);
    // Gates overridden on production: the short SHA typed (or --confirm), as GitHub asks for a
    // repository's name before deleting it; --yes alone is not enough.
    const QString typed = plan.typedConfirmation(plan.hostRole);
    if (!typed.isEmpty() ? confirmedByTyping(typed, o.confirm, plan.typedConfirmationReason()) : confirmed(o.yes, question))
        runConfirmed(plan, o);
}

void ChangeCommands::refuseOrFail(const ChangePlan &plan)
{
    if (!plan.refusedByGates()) {
        fail(exitCodeFor(plan.verdict), plan.message);
        return;
    }
    const QString sha = plan.gates.requestedSha.left(Sha::shortLength);
    err() << tr("refused: the gates for %1 are not met (nothing was run on the droplet):").arg(sha) << Qt::endl;
    for (const QString &line : plan.gates.blockers())
        err() << QStringLiteral("  - ") << core().redactor().redact(line) << Qt::endl;
    err() << tr("complete them (stratumctl gates --sha %1) or override: --override-gates --reason TEXT").arg(sha) << Qt::endl;
    finish(ExitCode::Refused);
}

void ChangeCommands::runConfirmed(const ChangePlan &plan, const ChangeOptions &o)
{
    ChangeRun *run = lane()->run(plan, context(), ChangeConsent{o.acceptMigrations});
    cli().followChange(run);
    showProgress(run);
    QObject::connect(run, &ChangeRun::finished, context(), [this, &o](const ChangeResult &result) {
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
        if (Sha::isFullText(result.sha) && o.watch) {
            watchAfterDeploy(result.sha, o);
            return;
        }
        if (Sha::isFullText(result.sha) && result.run.id == 0)
            print(tr("watch it for the next %1 s: stratumctl health --watch --for %1 (or deploy with --watch)")
                      .arg(core().profile().health.watchWindowSeconds));
        finish(ExitCode::Success);
    });
}

void ChangeCommands::showProgress(ChangeRun *run)
{
    QObject::connect(run, &ChangeRun::stepStarted, context(), [this](int index, const QString &name, const QString &command) {
        out() << QStringLiteral("[%1] %2").arg(index + 1).arg(name) << Qt::endl;
        if (!command.isEmpty())
            out() << QStringLiteral("    $ ") << command << Qt::endl;
    });
    QObject::connect(run, &ChangeRun::output, context(), [this](int, bool isStderr, const QString &text) {
        (isStderr ? err() : out()) << text << Qt::flush;
    });
    QObject::connect(run, &ChangeRun::stepFinished, context(), [this](const StepReport &report) {
        out() << QStringLiteral("    %1 (exit %2, %3 s)%4")
                     .arg(report.ok ? tr("ok") : tr("FAILED"))
                     .arg(report.exitStatus)
                     .arg(report.durationMs / 1000.0, 0, 'f', 1)
                     .arg(report.ok ? QString() : QStringLiteral(": ") + report.message)
              << Qt::endl;
    });
    QObject::connect(run, &ChangeRun::progress, context(), [this](const QString &message) { print(message); });
    QObject::connect(run, &ChangeRun::dispatched, context(), [this](qint64 runId, const QString &url) {
        print(tr("run %1: %2").arg(runId).arg(url));
    });
    auto lines = std::make_shared<RunProgressLines>();
    QObject::connect(run, &ChangeRun::runUpdated, context(), [this, lines](const RunInfo &info, const QList<JobInfo> &jobs) {
        for (const QString &line : lines->changed(info, jobs))
            print(line);
    });
}

void ChangeCommands::watchAfterDeploy(const QString &sha, const ChangeOptions &o)
{
    core().vault()->loadReleaseLog(core().profile().id, context(), [this, &o, sha](const Vault::Result<ReleaseLog> &log) {
        withRemote(o.host, [this, sha, log = log.value](RemoteHost *remote) {
            const QString lastGood = log.without(hostsOfOtherEnvironments(core().profile(), cli().remoteName())).rollbackTargetFrom(sha);
            auto *monitor = new HealthMonitor(core().profile(), remote, &core().redactor(), context());
            const int window = core().profile().health.watchWindowSeconds;
            auto *watch = new HealthWatch(monitor, std::chrono::seconds(window), sha, lastGood, context());
            print(tr("watching %1 for %2 s: backend, frontend and worker must stay healthy").arg(sha.left(Sha::shortLength)).arg(window));
            QObject::connect(watch, &HealthWatch::tick, context(), [this, window](int left) {
                if (left > 0 && left < window && left % 60 == 0)
                    print(tr("  %1 s left").arg(left));
            });
            QObject::connect(monitor, &HealthMonitor::indicatorChanged, context(), [this](const HealthIndicator &indicator, HealthState previous) {
                print(tr("  %1: %2 → %3  %4").arg(indicator.label, healthStateLabel(previous), healthStateLabel(indicator.state),
                                                  indicator.detail));
            });
            auto announced = std::make_shared<bool>(false);
            QObject::connect(watch, &HealthWatch::failure, context(), [this, sha, announced](const HealthIndicator &, const QString &suggestion) {
                err() << suggestion << Qt::endl;
                if (!std::exchange(*announced, true) && lane()->announcer())
                    lane()->announcer()->announce({AnnounceEvent::WatchFailed, lane()->actor(),
                                                   tr("the health watch of %1 FAILED — %2").arg(sha.left(Sha::shortLength), suggestion.simplified()),
                                                   sha, {}});
            });
            QObject::connect(watch, &HealthWatch::finished, context(), [this](bool passed) {
                print(passed ? tr("the watch passed: run stratumctl smoke, then mark the release known-good")
                             : tr("the watch FAILED"));
                finish(passed ? ExitCode::Success : ExitCode::Failed);
            });
            watch->start();
        });
    });
}

// ---------------------------------------------------------------- lock

void ChangeCommands::lockStatus(const LockOptions &o)
{
    lockCommand(false, o);
}

void ChangeCommands::lockRelease(const LockOptions &o)
{
    lockCommand(true, o);
}

void ChangeCommands::lockCommand(bool release, const LockOptions &o)
{
    lane()->readLock(o.host, context(), [this, &o, release](const DeployLane::LockReading &reading) {
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
        if (!o.force) {
            fail(ExitCode::Refused, tr("the lock is held by %1. If that change is gone, break it: stratumctl lock release --force "
                                       "--reason TEXT").arg(reading.holderText()));
            return;
        }
        if (o.reason.trimmed().isEmpty()) {
            fail(ExitCode::Usage, tr("breaking the deploy lock needs a reason (--reason TEXT): it is recorded for the lock's holder"));
            return;
        }
        if (!confirmed(o.yes, tr("Break the deploy lock of %1 held by %2?").arg(reading.hostName, reading.holderText())))
            return;
        lane()->breakLock(reading.hostName, info.token, o.reason, context(), [this](const DeployLane::LockBreak &broken) {
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
