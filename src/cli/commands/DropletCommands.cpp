// stratumctl commands on the droplet itself: exec, diag ps | logs, env-create, env-lint
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"
#include "core/checklists/SetupProbes.h"
#include "core/deploy/DeployLane.h"
#include "core/droplet/ComposePs.h"
#include "core/droplet/RemoteCommands.h"
#include "core/envlint/EnvLint.h"
#include "core/hygiene/RepoScan.h"
#include "core/redaction/StreamRedactor.h"
#include "core/redaction/TerminalText.h"
#include "core/ssh/RemoteHost.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Stratum {

namespace {

constexpr int sshStyleFailure = 255; // `exec` mirrors ssh: 255 for a local or connection error

struct ExecOptions {
    QString host;
    QStringList command;
};

struct HostOptions {
    QString host;
};

struct SwarmUndoOptions {
    QString host;
    QString service;
    QString reason;
};

struct EnvLintOptions {
    bool local = false;
    QString file;
    bool production = false;
    QString host;
};

struct LogsOptions {
    QString service;
    int tail = 200;
    QString host;
};

class DropletCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void exec(const ExecOptions &o);
    void envCreate(const HostOptions &o);
    void envLint(const EnvLintOptions &o);
    void ps(const HostOptions &o);
    void logs(const LogsOptions &o);
    void swarmUndo(const SwarmUndoOptions &o);

private:
    void diag(const QString &hostName, const std::function<QString(const RemoteCommands &)> &command, bool logs);
    void reportEnvFindings(const QList<EnvFinding> &findings, const RepoScanResult *scan = nullptr);
};

} // namespace

QList<CommandSpec> dropletCommands()
{
    using C = DropletCommands;
    return {
        Command<C, ExecOptions>(QStringLiteral("exec"),
                                QT_TRANSLATE_NOOP("Stratum::Cli", "run a [Droplet] command; its exit status is the remote one (255 on errors, as ssh); "
                                                                  "one that changes the droplet runs under the deploy lock and is audited"),
                                dropletNeeds)
            .rest(QStringLiteral("COMMAND…"), &ExecOptions::command)
            .host(&ExecOptions::host)
            .synopsis(QStringLiteral("[--host NAME] -- COMMAND…"))
            .throughTheApp()
            .runs(&C::exec),
        Command<C, HostOptions>(QStringLiteral("diag ps"), QT_TRANSLATE_NOOP("Stratum::Cli", "the droplet's containers (compose ps)"),
                                dropletNeeds)
            .host(&HostOptions::host)
            .synopsis(QStringLiteral("[--host NAME]"))
            .throughTheApp()
            .runs(&C::ps),
        Command<C, LogsOptions>(QStringLiteral("diag logs"), QT_TRANSLATE_NOOP("Stratum::Cli", "the last lines of a service's log, redacted"),
                                dropletNeeds)
            .argument(QStringLiteral("SERVICE"), &LogsOptions::service)
            .number(QStringLiteral("tail"), QStringLiteral("N"), &LogsOptions::tail)
            .host(&LogsOptions::host)
            .synopsis(QStringLiteral("SERVICE [--tail N]"))
            .throughTheApp()
            .runs(&C::logs),
        Command<C, HostOptions>(QStringLiteral("env-create"),
                                QT_TRANSLATE_NOOP("Stratum::Cli", "create the droplet's env file from its example, under the deploy lock (never over a file "
                                                                  "that is there)"),
                                dropletNeeds)
            .host(&HostOptions::host)
            .synopsis(QStringLiteral("[--host NAME]"))
            .runs(&C::envCreate),
        Command<C, SwarmUndoOptions>(QStringLiteral("swarm undo-update"),
                                     QT_TRANSLATE_NOOP("Stratum::Cli", "Swarm's quick way back for the last change: docker service rollback of the stack's "
                                                                       "services (or --service), under the deploy lock, audited"),
                                     dropletNeeds)
            .text(QStringLiteral("service"), QStringLiteral("NAME"), &SwarmUndoOptions::service)
            .reason(&SwarmUndoOptions::reason)
            .required()
            .host(&SwarmUndoOptions::host)
            .synopsis(QStringLiteral("--reason TEXT [--service NAME] [--host NAME]"))
            .runs(&C::swarmUndo),
        Command<C, EnvLintOptions>(QStringLiteral("env-lint"),
                                   QT_TRANSLATE_NOOP("Stratum::Cli", "runbook 1.4/2: key names and verdicts, never values; --local also scans the "
                                                                     "checkout's tracked files for live keys (runbook 8.4)"),
                                   keychainNeeds)
            .flag(QStringLiteral("local"), &EnvLintOptions::local)
            .text(QStringLiteral("file"), QStringLiteral("PATH"), &EnvLintOptions::file)
            .flag(QStringLiteral("production"), &EnvLintOptions::production)
            .host(&EnvLintOptions::host)
            .synopsis(QStringLiteral("--local [--file PATH] | --production [--host NAME]"))
            .throughTheApp([](const Invocation &invocation) { return invocation.flag(QStringLiteral("production")); })
            .runs(&C::envLint),
    };
}

void DropletCommands::exec(const ExecOptions &o)
{
    const QStringList &words = o.command;
    if (words.isEmpty()) {
        fail(ExitCode::Usage, tr("usage: stratumctl exec [--host NAME] -- COMMAND…"));
        return;
    }
    const QString command = words.join(QLatin1Char(' '));
    withRemote(o.host, [this, command](RemoteHost *remote) {
        // However the output arrives (cut anywhere, stdout and stderr interleaved), no secret gets through.
        auto redactor = std::make_shared<StreamRedactor>(&core().redactor());
        Cli *to = &cli();
        auto write = [to](const QString &text, StreamRedactor::Stream stream) {
            if (stream == StreamRedactor::Out)
                to->writeOut(text.toUtf8());
            else
                to->writeErr(text.toUtf8());
        };
        const DeployLane::CommandRequest request{cli().remoteName(), command, QStringLiteral("stratumctl exec")};
        lane()->runCommand(remote, request, context(),
                           [redactor, write](const QByteArray &data) { write(redactor->feed(StreamRedactor::Out, data), StreamRedactor::Out); },
                           [redactor, write](const QByteArray &data) { write(redactor->feed(StreamRedactor::Err, data), StreamRedactor::Err); },
                           [this, redactor, write](const DeployLane::CommandOutcome &outcome) {
            for (const StreamRedactor::Piece &piece : redactor->finish())
                write(piece.text, piece.stream);
            if (!outcome.ran) {
                fail(outcome.refused ? ExitCode::Refused : ExitCode::Failed, outcome.error);
                return;
            }
            const RemoteResult &result = outcome.result;
            if (!result.exit.error.ok()) {
                err() << QStringLiteral("stratumctl: ") << core().redactor().redact(result.exit.error.message) << Qt::endl;
                cli().finishWithStatus(sshStyleFailure);
                return;
            }
            cli().finishWithStatus(result.exit.exitSignal.isEmpty() ? result.exit.exitStatus : sshStyleFailure);
        });
    });
}

void DropletCommands::swarmUndo(const SwarmUndoOptions &o)
{
    withRemote(o.host, [this, o](RemoteHost *remote) {
        lane()->undoSwarmUpdate(remote, cli().remoteName(), o.service, o.reason, context(),
                                [this](const QByteArray &data) { print(core().redactor().redact(QString::fromUtf8(data).trimmed())); },
                                [this](const DeployLane::CommandOutcome &outcome) {
            if (!outcome.ran) {
                fail(outcome.badInput ? ExitCode::Usage : outcome.refused ? ExitCode::Refused : ExitCode::Failed, outcome.error);
                return;
            }
            if (!outcome.result.ok()) {
                fail(ExitCode::Failed, tr("the swarm did not go back: %1").arg(core().redactor().redact(outcome.result.failure())));
                return;
            }
            print(outcome.runsAfter.isEmpty()
                      ? tr("the stack converged back to its spec before the last update")
                      : tr("the stack converged back to its spec before the last update: the backend runs %1").arg(outcome.runsAfter));
            if (!outcome.notRecorded.isEmpty())
                err() << QStringLiteral("stratumctl: ") << tr("not recorded in the release log: %1").arg(outcome.notRecorded) << Qt::endl;
            finish(ExitCode::Success);
        });
    }, [this, o](const QString &hostName) { return lane()->swarmUndoRefusal(hostName, o.service, o.reason); });
}

void DropletCommands::envCreate(const HostOptions &o)
{
    withRemote(o.host, [this](RemoteHost *remote) {
        lane()->createDropletEnv(remote, cli().remoteName(), context(), [this](const QByteArray &data) { print(QString::fromUtf8(data).trimmed()); },
                                 [this](const DeployLane::CommandOutcome &outcome) {
            if (!outcome.ran) {
                fail(outcome.refused ? ExitCode::Refused : ExitCode::Failed, outcome.error);
                return;
            }
            if (!outcome.result.exit.error.ok()) {
                fail(ExitCode::Failed, outcome.result.exit.error.message);
                return;
            }
            if (outcome.result.exit.exitStatus == 3) {
                fail(ExitCode::Refused, tr("%1 is there already on %2: left as it is").arg(core().profile().droplet.envFile, cli().remoteName()));
                return;
            }
            if (!outcome.result.ok()) {
                fail(ExitCode::Failed, tr("%1 was not created (exit status %2)").arg(core().profile().droplet.envFile).arg(outcome.result.exit.exitStatus));
                return;
            }
            print(tr("now fill in the values on the droplet, then check them with stratumctl env-lint --production"));
            finish(ExitCode::Success);
        });
    });
}

void DropletCommands::reportEnvFindings(const QList<EnvFinding> &findings, const RepoScanResult *scan)
{
    for (const EnvFinding &finding : findings) {
        const QString verdict = finding.severity == EnvFinding::Severity::Problem ? tr("problem")
                                : finding.severity == EnvFinding::Severity::Warning ? tr("warning") : tr("ok");
        print(QStringLiteral("%1  %2").arg(verdict.leftJustified(8), finding.message));
    }
    bool problems = hasProblems(findings);
    if (scan) {
        if (!scan->error.isEmpty())
            print(QStringLiteral("%1  %2").arg(tr("warning").leftJustified(8), scan->error));
        else if (scan->sightings.isEmpty())
            print(QStringLiteral("%1  %2").arg(tr("ok").leftJustified(8),
                                               tr("no live keys or other secrets in the %n tracked file(s) (runbook §8.4)", nullptr,
                                                  scan->filesSearched)));
        for (const SecretSighting &sighting : scan->sightings) {
            print(QStringLiteral("%1  %2").arg(tr("problem").leftJustified(8),
                                               tr("%1:%2: a %3 in a tracked file: remove it from the repository and its history, "
                                                  "then rotate it (runbook §8.3, §8.4)").arg(sighting.path).arg(sighting.line).arg(sighting.kind)));
        }
        problems = problems || !scan->sightings.isEmpty();
    }
    finish(problems ? ExitCode::Failed : ExitCode::Success);
}

void DropletCommands::envLint(const EnvLintOptions &o)
{
    const bool local = o.local;
    const bool production = o.production;
    if (local == production) {
        fail(ExitCode::Usage, tr("usage: stratumctl env-lint --local [--file PATH] | --production [--host NAME]"));
        return;
    }
    if (local) {
        const QString path = o.file.isEmpty() ? core().profile().local.projectDir + QLatin1Char('/') + core().profile().local.envFile
                                              : o.file;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ExitCode::Usage, tr("cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        QByteArray content = file.read(4 * 1024 * 1024);
        const QList<EnvFinding> findings = lintEnv(parseEnvFile(content), EnvKind::Local, core().profile());
        content.fill('\0');
        // Runbook §8.4: the checkout the env file belongs to holds no live key in its tracked files.
        scanRepository(QFileInfo(path).absolutePath(), context(), [this, findings](const RepoScanResult &scan) {
            reportEnvFindings(findings, &scan);
        });
        return;
    }
    withRemote(o.host, [this](RemoteHost *remote) {
        lintProductionEnv(remote, core().profile(), context(), [this](const ProductionEnvCheck &check) {
            if (!check.error.isEmpty()) {
                fail(check.hostKeyProblem ? ExitCode::Refused : ExitCode::Failed, check.error);
                return;
            }
            reportEnvFindings(check.findings);
        });
    });
}

void DropletCommands::ps(const HostOptions &o)
{
    diag(o.host, [](const RemoteCommands &commands) { return commands.composePs(); }, false);
}

void DropletCommands::logs(const LogsOptions &o)
{
    const QString &service = o.service;
    if (!core().profile().droplet.services.contains(service)) {
        fail(ExitCode::Usage, tr("logs of which service? one of: %1").arg(core().profile().droplet.services.join(QStringLiteral(", "))));
        return;
    }
    const int tail = o.tail;
    if (tail < 1 || tail > 100000) {
        fail(ExitCode::Usage, tr("--tail must be a number from 1 to 100000"));
        return;
    }
    diag(o.host, [service, tail](const RemoteCommands &commands) { return commands.logs(service, tail); }, true);
}

void DropletCommands::diag(const QString &hostName, const std::function<QString(const RemoteCommands &)> &command, bool logs)
{
    withRemote(hostName, [this, command, logs](RemoteHost *remote) {
        // The host's environment decides the engine (compose, or a swarm's services).
        remote->run(command(RemoteCommands(core().profile(), remote->target().label)), std::chrono::seconds(core().profile().timing.stepSeconds), context(),
                    {{}, {}, [this, logs](const RemoteResult &result) {
            if (!result.exit.error.ok()) {
                fail(result.exit.error.isHostKeyProblem() ? ExitCode::Refused : ExitCode::Failed, result.exit.error.message);
                return;
            }
            if (result.exit.exitStatus != 0) {
                fail(ExitCode::Failed, QString::fromUtf8(result.err).trimmed());
                return;
            }
            if (logs) {
                out() << core().redactor().redact(withoutTerminalControls(QString::fromUtf8(result.out))) << Qt::flush;
                finish(ExitCode::Success);
                return;
            }
            const ComposePsResult ps = parseComposePs(result.out);
            if (!ps.containers) {
                fail(ExitCode::Failed, ps.error);
                return;
            }
            if (json()) {
                QJsonArray array;
                for (const ContainerState &c : *ps.containers)
                    array.append(QJsonObject{{QStringLiteral("service"), c.service}, {QStringLiteral("image"), c.image},
                                             {QStringLiteral("state"), c.state}, {QStringLiteral("health"), c.health},
                                             {QStringLiteral("status"), c.status}});
                printJson(array);
            } else {
                for (const ContainerState &c : *ps.containers)
                    print(QStringLiteral("%1  %2  %3  %4").arg(c.service.leftJustified(10), c.state.leftJustified(10),
                                                              c.status.leftJustified(24), c.image));
            }
            finish(ExitCode::Success);
        }});
    });
}

} // namespace Stratum
