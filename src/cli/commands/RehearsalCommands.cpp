// stratumctl rehearsal …: the local droplet, registry and GitHub (RehearsalControl).
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"
#include "core/platform/AppIdentity.h"
#include "core/rehearsal/RehearsalControl.h"
#include "core/rehearsal/RehearsalSupervisor.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Stratum {

namespace {

struct ScenarioOptions {
    QString name;
};

class RehearsalCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void start(const NoOptions &);
    void stop(const NoOptions &);
    void status(const NoOptions &);
    void reset(const NoOptions &);
    void scenario(const ScenarioOptions &o);
    void serve(const NoOptions &);

private:
    RehearsalControl *rehearsal();
    bool refuseWithoutRehearsal(); // the rehearsal's commands run only in the rehearsal identity
    void endRehearsalCommand(bool ok, const QString &message);

    std::unique_ptr<RehearsalControl> m_rehearsal;
};

} // namespace

QList<CommandSpec> rehearsalCommands()
{
    using C = RehearsalCommands;
    return {
        Command<C, NoOptions>(QStringLiteral("rehearsal start"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "start the rehearsal: a droplet, a registry and a GitHub on this machine, with one "
                                                                "known-good release deployed (then use any command with --rehearsal)"),
                              keychainNeeds)
            .runs(&C::start),
        Command<C, NoOptions>(QStringLiteral("rehearsal stop"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "stop the rehearsal; nothing is left running (its history is kept)"), keychainNeeds)
            .runs(&C::stop),
        Command<C, NoOptions>(QStringLiteral("rehearsal status"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "whether the rehearsal runs, its ports and parts, its releases and the last recovery"),
                              keychainNeeds)
            .synopsis(QStringLiteral("[--json]"))
            .runs(&C::status),
        Command<C, NoOptions>(QStringLiteral("rehearsal reset"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "stop the rehearsal, forget its history and release log, and start it afresh"),
                              keychainNeeds)
            .runs(&C::reset),
        Command<C, ScenarioOptions>(QStringLiteral("rehearsal scenario"),
                                    QT_TRANSLATE_NOOP("Stratum::Cli", "stage one of the runbook's bad nights on the rehearsal; the recovery is timed"),
                                    keychainNeeds)
            .argument(QStringLiteral("NAME"), &ScenarioOptions::name)
            .synopsis(QStringLiteral("never-ready|crashing-worker|github-down|registry-down|dropped-connection|migration|none"))
            .runs(&C::scenario),
        Command<C, NoOptions>(QStringLiteral("rehearsal serve"),
                              QT_TRANSLATE_NOOP("Stratum::Cli", "run the rehearsal's peers in the foreground until SIGTERM (what start runs in the "
                                                                "background)"),
                              keychainNeeds)
            .runs(&C::serve),
    };
}

RehearsalControl *RehearsalCommands::rehearsal()
{
    if (!m_rehearsal)
        m_rehearsal = std::make_unique<RehearsalControl>(core());
    return m_rehearsal.get();
}

bool RehearsalCommands::refuseWithoutRehearsal()
{
    if (AppIdentity::isRehearsal())
        return false;
    fail(ExitCode::Usage, tr("the rehearsal's commands run in the rehearsal's own identity: stratumctl rehearsal … (not after another command)"));
    return true;
}

void RehearsalCommands::endRehearsalCommand(bool ok, const QString &message)
{
    if (!ok) {
        fail(ExitCode::Failed, message);
        return;
    }
    print(message);
    finish(ExitCode::Success);
}

void RehearsalCommands::start(const NoOptions &)
{
    if (refuseWithoutRehearsal())
        return;
    rehearsal()->start([this](const QString &line) { err() << line << Qt::endl; },
                       [this](const RehearsalControl::Outcome &outcome) { endRehearsalCommand(outcome.ok, outcome.message); });
}

void RehearsalCommands::stop(const NoOptions &)
{
    if (refuseWithoutRehearsal())
        return;
    rehearsal()->stop([this](const RehearsalControl::Outcome &outcome) { endRehearsalCommand(outcome.ok, outcome.message); });
}

void RehearsalCommands::reset(const NoOptions &)
{
    if (refuseWithoutRehearsal())
        return;
    rehearsal()->reset([this](const QString &line) { err() << line << Qt::endl; },
                       [this](const RehearsalControl::Outcome &outcome) { endRehearsalCommand(outcome.ok, outcome.message); });
}

void RehearsalCommands::scenario(const ScenarioOptions &o)
{
    if (refuseWithoutRehearsal())
        return;
    rehearsal()->scenario(o.name, [this](const QString &line) { err() << line << Qt::endl; },
                          [this](const RehearsalControl::Outcome &outcome) { endRehearsalCommand(outcome.ok, outcome.message); });
}

void RehearsalCommands::serve(const NoOptions &)
{
    if (refuseWithoutRehearsal())
        return;
    if (const RehearsalState running = RehearsalControl::readState(); RehearsalControl::supervisorAlive(running)) {
        print(tr("The rehearsal's supervisor already runs (process %1): one is enough.").arg(running.pid));
        finish(ExitCode::Success);
        return;
    }
    auto supervisor = std::make_unique<RehearsalSupervisor>();
    QObject::connect(supervisor.get(), &RehearsalSupervisor::started, context(), [this](bool ok) {
        if (!ok)
            fail(ExitCode::Failed, RehearsalControl::readState().error);
        // Ready: it serves until SIGTERM (Cli::interrupt()).
    });
    RehearsalSupervisor *serving = supervisor.get();
    cli().serveUntilInterrupted(std::move(supervisor));
    serving->start();
}

void RehearsalCommands::status(const NoOptions &)
{
    if (refuseWithoutRehearsal())
        return;
    const RehearsalState state = RehearsalControl::readState();
    const bool running = state.phase == RehearsalState::Phase::Ready && RehearsalControl::supervisorAlive(state);
    if (json()) {
        printJson(state.statusJson(running));
        finish(running ? ExitCode::Success : ExitCode::Failed);
        return;
    }
    if (!running) {
        print(state.phase == RehearsalState::Phase::Failed && !state.error.isEmpty()
                  ? tr("The rehearsal is not running; its last start failed: %1").arg(state.error)
                  : tr("The rehearsal is not running: stratumctl rehearsal start."));
        finish(ExitCode::Failed);
        return;
    }
    QStringList lines;
    lines << tr("The rehearsal runs on this machine (%1), started %2 (%3 start: %4 s).")
                 .arg(state.engine, state.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                      state.coldStart ? tr("cold") : tr("warm"))
                 .arg(state.startSeconds, 0, 'f', 1);
    lines << tr("  droplet    ssh %1@127.0.0.1 -p %2 (host key %3)").arg(state.user).arg(state.ports.ssh).arg(state.hostKeyFingerprint);
    lines << tr("  registry   %1 (the engine pulls) · http://127.0.0.1:%2 (GHCR token gate)%3")
                 .arg(state.imageHost)
                 .arg(state.ports.registryGate)
                 .arg(state.registryDown ? tr(" — DOWN (scenario)") : QString());
    lines << tr("  GitHub     http://127.0.0.1:%1%2").arg(state.ports.github).arg(state.githubDown ? tr(" — DOWN (scenario)") : QString());
    lines << tr("  services   backend http://127.0.0.1:%1 · frontend http://127.0.0.1:%2").arg(state.ports.backend).arg(state.ports.frontend);
    if (const auto runs = state.release(state.running))
        lines << tr("  runs       %1 %2 (%3)").arg(runs->sha.left(7), runs->subject, releaseKindId(runs->kind));
    lines << tr("Releases, oldest first:");
    for (const StandInRelease &release : state.releases)
        lines << QStringLiteral("  %1  %2  %3").arg(release.sha.left(7), releaseKindId(release.kind).leftJustified(16), release.subject);
    if (!state.activeScenario.isEmpty()) {
        lines << (state.failingSince.isValid()
                      ? tr("Scenario %1: failing for %2 s").arg(state.activeScenario).arg(state.failingSince.secsTo(QDateTime::currentDateTimeUtc()))
                      : tr("Scenario %1: armed").arg(state.activeScenario));
    }
    if (state.lastRecovery) {
        const RecoveryRecord &last = *state.lastRecovery;
        lines << tr("Last recovery: %1 in %2 s, healthy on %3; the steps taken:").arg(last.scenario).arg(last.seconds(), 0, 'f', 1).arg(last.sha.left(7));
        for (const QString &step : last.steps)
            lines << QStringLiteral("  ") + step;
    }
    print(lines.join(QLatin1Char('\n')));
    finish(ExitCode::Success);
}

} // namespace Stratum
