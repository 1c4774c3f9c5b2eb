// stratumctl commands that read the droplet: exec, diag ps | logs, env-lint
#include "cli/Cli.h"

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

#include <cstdio>
#include <memory>

namespace Stratum {

namespace {
constexpr int sshStyleFailure = 255; // `exec` mirrors ssh: 255 for a local or connection error
}

void Cli::execCommand()
{
    const QStringList words = m_invocation.arguments;
    if (words.isEmpty()) {
        fail(ExitCode::Usage, tr("usage: stratumctl exec [--host NAME] -- COMMAND…"));
        return;
    }
    const QString command = words.join(QLatin1Char(' '));
    withRemote([this, command](RemoteHost *remote) {
        // However the output arrives (cut anywhere, stdout and stderr interleaved), no secret gets through.
        auto redactor = std::make_shared<StreamRedactor>(&core().redactor());
        auto write = [](const QString &text, FILE *stream) {
            const QByteArray bytes = text.toUtf8();
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
            std::fflush(stream);
        };
        const DeployLane::CommandRequest request{m_remoteName, command, QStringLiteral("stratumctl exec")};
        lane()->runCommand(remote, request, this,
                           [redactor, write](const QByteArray &data) { write(redactor->feed(StreamRedactor::Out, data), stdout); },
                           [redactor, write](const QByteArray &data) { write(redactor->feed(StreamRedactor::Err, data), stderr); },
                           [this, redactor, write](const DeployLane::CommandOutcome &outcome) {
            for (const StreamRedactor::Piece &piece : redactor->finish())
                write(piece.text, piece.stream == StreamRedactor::Out ? stdout : stderr);
            if (!outcome.ran) {
                fail(outcome.refused ? ExitCode::Refused : ExitCode::Failed, outcome.error);
                return;
            }
            const RemoteResult &result = outcome.result;
            if (!result.exit.error.ok()) {
                m_err << QStringLiteral("stratumctl: ") << core().redactor().redact(result.exit.error.message) << Qt::endl;
                m_finished = true;
                Q_EMIT finished(sshStyleFailure);
                return;
            }
            m_finished = true;
            Q_EMIT finished(result.exit.exitSignal.isEmpty() ? result.exit.exitStatus : sshStyleFailure);
        });
    });
}

void Cli::envCreate()
{
    withRemote([this](RemoteHost *remote) {
        lane()->createDropletEnv(remote, m_remoteName, this, [this](const QByteArray &data) { print(QString::fromUtf8(data).trimmed()); },
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
                fail(ExitCode::Refused, tr("%1 is there already on %2: left as it is").arg(core().profile().droplet.envFile, m_remoteName));
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

void Cli::reportEnvFindings(const QList<EnvFinding> &findings, const RepoScanResult *scan)
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

void Cli::envLint()
{
    const bool local = flag(QStringLiteral("local"));
    const bool production = flag(QStringLiteral("production"));
    if (local == production) {
        fail(ExitCode::Usage, tr("usage: stratumctl env-lint --local [--file PATH] | --production [--host NAME]"));
        return;
    }
    if (local) {
        const QString path = value(QStringLiteral("file"),
                                                    core().profile().local.projectDir + QLatin1Char('/') + core().profile().local.envFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ExitCode::Usage, tr("cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        QByteArray content = file.read(4 * 1024 * 1024);
        const QList<EnvFinding> findings = lintEnv(parseEnvFile(content), EnvKind::Local, core().profile());
        content.fill('\0');
        // Runbook §8.4: the checkout the env file belongs to holds no live key in its tracked files.
        scanRepository(QFileInfo(path).absolutePath(), this, [this, findings](const RepoScanResult &scan) {
            reportEnvFindings(findings, &scan);
        });
        return;
    }
    withRemote([this](RemoteHost *remote) {
        lintProductionEnv(remote, core().profile(), this, [this](const ProductionEnvCheck &check) {
            if (!check.error.isEmpty()) {
                fail(check.hostKeyProblem ? ExitCode::Refused : ExitCode::Failed, check.error);
                return;
            }
            reportEnvFindings(check.findings);
        });
    });
}

void Cli::diagPs()
{
    diag(RemoteCommands(core().profile()).composePs(), false);
}

void Cli::diagLogs()
{
    const QString service = argument(0);
    if (!core().profile().droplet.services.contains(service)) {
        fail(ExitCode::Usage, tr("logs of which service? one of: %1").arg(core().profile().droplet.services.join(QStringLiteral(", "))));
        return;
    }
    const int tail = value(QStringLiteral("tail"), QStringLiteral("200")).toInt();
    if (tail < 1 || tail > 100000) {
        fail(ExitCode::Usage, tr("--tail must be a number from 1 to 100000"));
        return;
    }
    diag(RemoteCommands(core().profile()).logs(service, tail), true);
}

void Cli::diag(const QString &command, bool logs)
{
    withRemote([this, command, logs](RemoteHost *remote) {
        remote->run(command, std::chrono::seconds(core().profile().timing.stepSeconds), this,
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
                m_out << core().redactor().redact(withoutTerminalControls(QString::fromUtf8(result.out))) << Qt::flush;
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
