// stratumctl commands that reach the droplet over the kept SSH session.
#include "Cli.h"

#include "checklists/SetupProbes.h"

#include "deploy/ComposePs.h"
#include "deploy/RemoteCommands.h"
#include "envlint/EnvLint.h"
#include "ssh/RemoteHosts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>

#include <cstdio>
#include <unistd.h>

namespace Stratum {

namespace {

constexpr int sshStyleFailure = 255; // `exec` mirrors ssh: 255 for a local or connection error

ExitCode exitCodeFor(OperationResult::Outcome outcome)
{
    switch (outcome) {
    case OperationResult::Outcome::Success: return ExitCode::Success;
    case OperationResult::Outcome::Refused: return ExitCode::Refused;
    default: return ExitCode::Failed;
    }
}

} // namespace

void Cli::withHost(std::function<void(const HostEntry &, QList<HostEntry>)> then)
{
    const QString wanted = m_options.values.value(QStringLiteral("host"));
    m_core.vault()->loadHosts(this, [this, wanted, then](const Vault::Result<QList<HostEntry>> &hosts) {
        if (!hosts.error.ok()) {
            failKeychain(hosts.error);
            return;
        }
        if (hosts.value.isEmpty()) {
            fail(ExitCode::Usage, tr("no host is set up; add one with: stratumctl host add NAME --address ADDR"));
            return;
        }
        if (wanted.isEmpty() && hosts.value.size() > 1) {
            fail(ExitCode::Usage, tr("several hosts are set up; pick one with --host NAME"));
            return;
        }
        for (const HostEntry &host : hosts.value) {
            if (wanted.isEmpty() || host.name == wanted) {
                then(host, hosts.value);
                return;
            }
        }
        fail(ExitCode::Usage, tr("no host named \"%1\"").arg(wanted));
    });
}

void Cli::withRemote(std::function<void(RemoteHost *)> then)
{
    m_core.refreshRedactor(this, [this, then](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        withHost([this, then](const HostEntry &host, const QList<HostEntry> &) {
            m_core.vault()->readSecret(SecretNames::sshPassphrasePrefix() + host.name, this,
                                       [this, host, then](const Vault::Result<QString> &passphrase) {
                if (!passphrase.error.ok() && !passphrase.error.notFound()) {
                    failKeychain(passphrase.error);
                    return;
                }
                m_remote = new RemoteHost(sshTargetFor(host, m_core.profile(), passphrase.value.toUtf8()), this);
                then(m_remote);
            });
        });
    });
}

void Cli::interrupt(int count)
{
    if (m_finished)
        return;
    if (m_operation && count == 1) {
        m_err << tr("interrupted: stopping at the next safe point and releasing the deploy lock (Ctrl-C again to quit now)")
              << Qt::endl;
        m_operation->cancel();
        return;
    }
    fail(ExitCode::Failed, m_operation ? tr("interrupted again: quitting now; check the deploy lock with stratumctl lock status")
                                       : tr("interrupted"));
}

bool Cli::confirmed(const QString &question)
{
    if (m_options.flags.contains(QStringLiteral("yes")))
        return true;
    if (!isatty(STDIN_FILENO)) {
        fail(ExitCode::Usage, tr("%1\nnot a terminal: confirm with --yes").arg(question));
        return false;
    }
    m_err << question << QStringLiteral(" [y/N] ") << Qt::flush;
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    const QByteArray answer = input.readLine().trimmed().toLower();
    if (answer == "y" || answer == "yes")
        return true;
    fail(ExitCode::Refused, tr("not confirmed; nothing changed"));
    return false;
}

// ---------------------------------------------------------------- exec

void Cli::execCommand()
{
    const QStringList words = m_options.words.mid(1);
    if (words.isEmpty()) {
        fail(ExitCode::Usage, tr("usage: stratumctl exec [--host NAME] -- COMMAND…"));
        return;
    }
    const QString command = words.join(QLatin1Char(' '));
    withRemote([this, command](RemoteHost *remote) {
        // Masks whole lines so that a secret split across two reads is still caught.
        auto emitLines = [this](QByteArray &partial, const QByteArray &data, FILE *stream, bool flushAll) {
            partial += data;
            const qsizetype end = flushAll ? partial.size() - 1 : partial.lastIndexOf('\n');
            if (end < 0)
                return;
            const QByteArray clean = m_core.redactor().redact(QString::fromUtf8(partial.left(end + 1))).toUtf8();
            std::fwrite(clean.constData(), 1, static_cast<size_t>(clean.size()), stream);
            std::fflush(stream);
            partial.remove(0, end + 1);
        };
        remote->run(command, std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                    {[this, emitLines](const QByteArray &data) { emitLines(m_partialOut, data, stdout, false); },
                     [this, emitLines](const QByteArray &data) { emitLines(m_partialErr, data, stderr, false); },
                     [this, emitLines](const RemoteResult &result) {
            emitLines(m_partialOut, {}, stdout, true);
            emitLines(m_partialErr, {}, stderr, true);
            if (!result.exit.error.ok()) {
                m_err << QStringLiteral("stratumctl: ") << m_core.redactor().redact(result.exit.error.message) << Qt::endl;
                m_finished = true;
                Q_EMIT finished(sshStyleFailure);
                return;
            }
            m_finished = true;
            Q_EMIT finished(result.exit.exitSignal.isEmpty() ? result.exit.exitStatus : sshStyleFailure);
        }});
    });
}

// ---------------------------------------------------------------- host trust

void Cli::hostTrust()
{
    if (!requireWords(3, QStringLiteral("host trust NAME --fingerprint SHA256:…")))
        return;
    const QString name = m_options.words.at(2);
    const QString fingerprint = m_options.values.value(QStringLiteral("fingerprint"));
    if (!isFingerprint(fingerprint)) {
        fail(ExitCode::Usage, tr("--fingerprint must be the SHA256:… string that ssh-keygen -lf prints"));
        return;
    }
    m_options.values.insert(QStringLiteral("host"), name);
    withHost([this, fingerprint](const HostEntry &host, QList<HostEntry> hosts) {
        auto *session = new SshSession(sshTargetFor(host, m_core.profile()), this);
        session->setHostKeyOnly(true);
        connect(session, &SshSession::failed, this, [this](const SshError &error) {
            fail(error.isHostKeyProblem() ? ExitCode::Refused : ExitCode::Failed, error.message);
        });
        connect(session, &SshSession::hostKeyRead, this, [this, fingerprint, host, hosts](const HostKeyInfo &key) mutable {
            if (key.fingerprint != fingerprint) {
                fail(ExitCode::Refused, tr("%1 presents %2 %3, not %4: not trusted. Check the fingerprint on the "
                                           "droplet's console.").arg(host.name, key.type, key.fingerprint, fingerprint));
                return;
            }
            trustHostKey(hosts, host.name, key);
            m_core.vault()->saveHosts(hosts, this, [this, host, key](const KeychainError &error) {
                if (!error.ok()) {
                    failKeychain(error);
                    return;
                }
                print(tr("trusted %1 %2 for %3 (kept in the keychain)").arg(key.type, key.fingerprint, host.name));
                finish(ExitCode::Success);
            });
        });
        session->open();
    });
}

// ---------------------------------------------------------------- deploy / rollback

void Cli::deployCommand()
{
    const QString via = m_options.values.value(QStringLiteral("via"));
    if (via == QLatin1String("workflow")) {
        deployViaWorkflow();
        return;
    }
    if (via != QLatin1String("ssh")) {
        fail(ExitCode::Usage, tr("usage: stratumctl deploy --via ssh --sha SHA [--yes] [--reason TEXT]"));
        return;
    }
    const QString sha = m_options.values.value(QStringLiteral("sha"));
    if (!isShaPrefix(sha)) {
        fail(ExitCode::Usage, tr("--sha must be a commit SHA of 7 to 40 hex digits, not \"%1\"").arg(sha.left(60)));
        return;
    }
    DropletOperation::Options options;
    options.kind = DropletOperation::Kind::DeployBySha;
    options.sha = sha.toLower();
    options.reason = m_options.values.value(QStringLiteral("reason"));
    requireGates(options.sha, [this, options]() { confirmThenRun(options); });
}

void Cli::rollbackCommand()
{
    const QString sha = m_options.values.value(QStringLiteral("to")).toLower();
    if (!isShaPrefix(sha)) {
        fail(ExitCode::Usage, tr("usage: stratumctl rollback --to SHA [--yes] [--reason TEXT]"));
        return;
    }
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this, sha](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            failKeychain(log.error);
            return;
        }
        QStringList matches;
        for (const ReleaseEntry &entry : log.value.knownGood()) {
            if (entry.sha.startsWith(sha) && !matches.contains(entry.sha))
                matches << entry.sha;
        }
        if (matches.size() != 1) {
            fail(ExitCode::Refused, matches.isEmpty()
                                        ? tr("%1 is not a known-good release; see stratumctl releases list --known-good").arg(sha)
                                        : tr("%1 matches several known-good releases; give more digits").arg(sha));
            return;
        }
        DropletOperation::Options options;
        options.kind = DropletOperation::Kind::Rollback;
        options.sha = matches.first();
        options.reason = m_options.values.value(QStringLiteral("reason"));
        requireGates(options.sha, [this, options]() { confirmThenRun(options); });
    });
}

void Cli::confirmThenRun(DropletOperation::Options options)
{
    withRemote([this, options](RemoteHost *remote) {
        // "current" in every confirmation comes from the droplet itself.
        RemoteCommands commands(m_core.profile());
        remote->run(commands.composePs(), std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                    {{}, {}, [this, options](const RemoteResult &result) {
            if (result.exit.error.isHostKeyProblem()) {
                fail(ExitCode::Refused, result.exit.error.message);
                return;
            }
            if (!result.exit.error.ok()) {
                fail(ExitCode::Failed, result.exit.error.message);
                return;
            }
            QString current = tr("unknown");
            const ComposePsResult ps = parseComposePs(result.out);
            for (const ContainerState &container : ps.containers.value_or(QList<ContainerState>())) {
                if (container.service == QLatin1String("backend"))
                    current = container.imageTag();
            }
            QString question;
            switch (options.kind) {
            case DropletOperation::Kind::DeployBySha:
                question = tr("Deploy %1 to %2 over SSH? current %3 → target %1").arg(options.sha, m_remote->target().label, current);
                break;
            case DropletOperation::Kind::Rollback:
                question = tr("Roll %1 back? current %2 → target %3 (known-good)").arg(m_remote->target().label, current, options.sha);
                break;
            default:
                question = tr("Restart %1 with the running images (%2)?").arg(m_remote->target().label, current);
            }
            print(question);
            if (confirmed(question))
                runOperation(options);
        }});
    });
}

void Cli::runOperation(DropletOperation::Options options)
{
    options.who = CoreContext::operatorName();
    options.machine = QSysInfo::machineHostName();
    m_registry = new RegistryClient(m_core.profile().images.apiBaseUrl,
                                    std::chrono::seconds(m_core.profile().timing.httpSeconds), this);
    auto *operation = new DropletOperation(options, m_core.profile(), m_remote, m_registry, m_core.vault(),
                                           &m_core.redactor(), this);
    operation->setGates(gateKeeper(), gateOverride());
    m_operation = operation;
    // The registry credentials are read now and kept only by the client.
    m_core.vault()->readSecret(SecretNames::ghcrUsername(), this, [this, operation](const Vault::Result<QString> &user) {
        m_core.vault()->readSecret(SecretNames::ghcrToken(), this, [this, operation, user](const Vault::Result<QString> &token) {
            m_registry->setCredentials(user.value, token.value);
            connect(operation, &DropletOperation::stepStarted, this, [this](int index, const QString &name, const QString &command) {
                m_out << QStringLiteral("[%1] %2").arg(index + 1).arg(name) << Qt::endl;
                if (!command.isEmpty())
                    m_out << QStringLiteral("    $ ") << command << Qt::endl;
            });
            connect(operation, &DropletOperation::output, this, [this](int, bool isStderr, const QString &text) {
                (isStderr ? m_err : m_out) << text << Qt::flush;
            });
            connect(operation, &DropletOperation::stepFinished, this, [this](const StepReport &report) {
                m_out << QStringLiteral("    %1 (exit %2, %3 s)%4")
                             .arg(report.ok ? tr("ok") : tr("FAILED"))
                             .arg(report.exitStatus)
                             .arg(report.durationMs / 1000.0, 0, 'f', 1)
                             .arg(report.ok ? QString() : QStringLiteral(": ") + report.message)
                      << Qt::endl;
            });
            connect(operation, &DropletOperation::finished, this, [this](const OperationResult &result) {
                const QString summary = tr("%1: %2").arg(outcomeName(result.outcome), result.message);
                if (result.outcome == OperationResult::Outcome::Success) {
                    print(summary);
                    if (isFullSha(result.sha) && m_options.flags.contains(QStringLiteral("watch"))) {
                        watchAfterDeploy(result.sha);
                        return;
                    }
                    if (isFullSha(result.sha))
                        print(tr("watch it for the next %1 s: stratumctl health --watch --for %1 (or deploy with --watch)")
                                  .arg(m_core.profile().health.watchWindowSeconds));
                    finish(ExitCode::Success);
                } else {
                    fail(exitCodeFor(result.outcome), summary + (result.dropletChanged ? QString()
                                                                 : tr(" (nothing on the droplet was changed)")));
                }
            });
            operation->start();
        });
    });
}

// ---------------------------------------------------------------- env lint

void Cli::reportEnvFindings(const QList<EnvFinding> &findings)
{
    for (const EnvFinding &finding : findings) {
        const QString verdict = finding.severity == EnvFinding::Severity::Problem ? tr("problem")
                                : finding.severity == EnvFinding::Severity::Warning ? tr("warning") : tr("ok");
        print(QStringLiteral("%1  %2").arg(verdict.leftJustified(8), finding.message));
    }
    finish(hasProblems(findings) ? ExitCode::Failed : ExitCode::Success);
}

void Cli::envLintCommand()
{
    const bool local = m_options.flags.contains(QStringLiteral("local"));
    const bool production = m_options.flags.contains(QStringLiteral("production"));
    if (local == production) {
        fail(ExitCode::Usage, tr("usage: stratumctl env-lint --local [--file PATH] | --production [--host NAME]"));
        return;
    }
    if (local) {
        const QString path = m_options.values.value(QStringLiteral("file"),
                                                    m_core.profile().local.projectDir + QLatin1Char('/') + m_core.profile().local.envFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ExitCode::Usage, tr("cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        QByteArray content = file.read(4 * 1024 * 1024);
        const QList<EnvFinding> findings = lintEnv(parseEnvFile(content), EnvKind::Local, m_core.profile());
        content.fill('\0');
        reportEnvFindings(findings);
        return;
    }
    withRemote([this](RemoteHost *remote) {
        lintProductionEnv(remote, m_core.profile(), this, [this](const ProductionEnvCheck &check) {
            if (!check.error.isEmpty()) {
                fail(check.hostKeyProblem ? ExitCode::Refused : ExitCode::Failed, check.error);
                return;
            }
            reportEnvFindings(check.findings);
        });
    });
}

// ---------------------------------------------------------------- lock / diag

void Cli::lockCommand()
{
    const QString sub = m_options.words.value(1);
    if (sub != QLatin1String("status") && sub != QLatin1String("release")) {
        fail(ExitCode::Usage, tr("usage: stratumctl lock status | release [--force]"));
        return;
    }
    withRemote([this, sub](RemoteHost *remote) {
        RemoteCommands commands(m_core.profile());
        remote->run(commands.lockStatus(), std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                    {{}, {}, [this, sub, remote, commands](const RemoteResult &result) {
            if (!result.ok()) {
                fail(result.exit.error.isHostKeyProblem() ? ExitCode::Refused : ExitCode::Failed,
                     result.exit.error.ok() ? QString::fromUtf8(result.err) : result.exit.error.message);
                return;
            }
            const LockInfo info = RemoteCommands::parseLockInfo(QString::fromUtf8(result.out));
            const QString holder = tr("held by %1 on %2 since %3 (SHA %4, reason: %5)")
                                       .arg(info.holder, info.machine, info.since, info.sha.left(12), info.reason);
            if (sub == QLatin1String("status")) {
                if (m_json)
                    printJson(QJsonObject{{QStringLiteral("held"), info.held}, {QStringLiteral("holder"), info.holder},
                                          {QStringLiteral("machine"), info.machine}, {QStringLiteral("since"), info.since},
                                          {QStringLiteral("sha"), info.sha}, {QStringLiteral("reason"), info.reason}});
                else
                    print(info.held ? holder : tr("free"));
                finish(ExitCode::Success);
                return;
            }
            if (!info.held) {
                print(tr("the lock is free"));
                finish(ExitCode::Success);
                return;
            }
            if (!m_options.flags.contains(QStringLiteral("force"))) {
                fail(ExitCode::Refused, tr("the lock is %1; break it only if that deploy is gone: "
                                           "stratumctl lock release --force").arg(holder));
                return;
            }
            remote->run(commands.breakLock(), std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                        {{}, {}, [this, holder](const RemoteResult &broken) {
                if (!broken.ok()) {
                    fail(ExitCode::Failed, tr("could not break the lock"));
                    return;
                }
                print(tr("broke the lock that was %1").arg(holder));
                finish(ExitCode::Success);
            }});
        }});
    });
}

void Cli::diagCommand()
{
    const QString sub = m_options.words.value(1);
    RemoteCommands commands(m_core.profile());
    QString command;
    if (sub == QLatin1String("ps")) {
        command = commands.composePs();
    } else if (sub == QLatin1String("logs")) {
        const QString service = m_options.words.value(2);
        if (!m_core.profile().droplet.services.contains(service)) {
            fail(ExitCode::Usage, tr("logs of which service? one of: %1").arg(m_core.profile().droplet.services.join(QStringLiteral(", "))));
            return;
        }
        bool ok = true;
        const int tail = m_options.values.value(QStringLiteral("tail"), QStringLiteral("200")).toInt(&ok);
        if (!ok || tail < 1 || tail > 100000) {
            fail(ExitCode::Usage, tr("--tail must be a number from 1 to 100000"));
            return;
        }
        command = commands.logs(service, tail);
    } else {
        fail(ExitCode::Usage, tr("usage: stratumctl diag ps | logs SERVICE [--tail N]"));
        return;
    }
    withRemote([this, sub, command](RemoteHost *remote) {
        remote->run(command, std::chrono::seconds(m_core.profile().timing.stepSeconds), this,
                    {{}, {}, [this, sub](const RemoteResult &result) {
            if (!result.exit.error.ok()) {
                fail(result.exit.error.isHostKeyProblem() ? ExitCode::Refused : ExitCode::Failed, result.exit.error.message);
                return;
            }
            if (result.exit.exitStatus != 0) {
                fail(ExitCode::Failed, QString::fromUtf8(result.err).trimmed());
                return;
            }
            if (sub == QLatin1String("logs")) {
                m_out << m_core.redactor().redact(QString::fromUtf8(result.out)) << Qt::flush;
                finish(ExitCode::Success);
                return;
            }
            const ComposePsResult ps = parseComposePs(result.out);
            if (!ps.containers) {
                fail(ExitCode::Failed, ps.error);
                return;
            }
            if (m_json) {
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
