// stratumctl keep [--minutes N]: a session kept for stratumctl alone, as OpenSSH's ControlPersist.
#include "cli/AppRelay.h"
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"
#include "core/platform/AppIdentity.h"
#include "core/relay/RelayServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QTimer>

namespace Stratum {

namespace {

struct KeepOptions {
    int minutes = 10;
    bool serve = false; // the kept process itself (started by `keep`)
};

class KeepCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void keep(const KeepOptions &o);

private:
    void serve(const KeepOptions &o);

    std::unique_ptr<RelayServer> m_relay;
    QTimer m_idle;
};

} // namespace

QList<CommandSpec> keepCommand()
{
    return {Command<KeepCommand, KeepOptions>(
                QStringLiteral("keep"),
                QT_TRANSLATE_NOOP("Stratum::Cli", "keep a session open for the stratumctl commands that follow, until N minutes after the "
                                                  "last one (the app, when it runs, keeps one already)"),
                keychainNeeds)
                .number(QStringLiteral("minutes"), QStringLiteral("N"), &KeepOptions::minutes)
                .flag(QStringLiteral("serve"), &KeepOptions::serve)
                .synopsis(QStringLiteral("[--minutes N]"))
                .runs(&KeepCommand::keep)};
}

void KeepCommand::keep(const KeepOptions &o)
{
    if (o.minutes < 1 || o.minutes > 24 * 60) {
        fail(ExitCode::Usage, tr("--minutes must be from 1 to 1440"));
        return;
    }
    if (o.serve) {
        serve(o);
        return;
    }
    if (RelayServer::someoneListens()) {
        print(tr("A session is kept already (by the app or an earlier stratumctl keep): commands that reach the droplet use it."));
        finish(ExitCode::Success);
        return;
    }
    QProcess keeper;
    keeper.setProgram(QCoreApplication::applicationFilePath());
    QStringList arguments;
    if (AppIdentity::isRehearsal())
        arguments << QStringLiteral("--rehearsal");
    keeper.setArguments(arguments << QStringLiteral("keep") << QStringLiteral("--serve") << QStringLiteral("--minutes")
                                  << QString::number(o.minutes));
    keeper.setStandardInputFile(QProcess::nullDevice());
    keeper.setStandardOutputFile(QProcess::nullDevice());
    keeper.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!keeper.startDetached(&pid)) {
        fail(ExitCode::Failed, tr("cannot start the process that keeps the session: %1").arg(keeper.errorString()));
        return;
    }
    QElapsedTimer waited;
    waited.start();
    while (!RelayServer::someoneListens() && waited.elapsed() < 10000)
        QThread::msleep(50);
    if (!RelayServer::someoneListens()) {
        fail(ExitCode::Failed, tr("the process that keeps the session (%1) did not answer within 10 s; see the app's log").arg(pid));
        return;
    }
    print(tr("stratumctl keeps a session for %n minute(s) after its last use (process %1); --no-app bypasses it", nullptr, o.minutes)
              .arg(pid));
    finish(ExitCode::Success);
}

void KeepCommand::serve(const KeepOptions &o)
{
    m_relay = std::make_unique<RelayServer>([this](RelayCall *call) {
        if (m_relay->running() > 1) { // one profile at a time: the others connect themselves meanwhile
            call->decline();
            return;
        }
        runRelayedCommand(core(), cli().services(), call, RelayedProfile::TheCommandsOwn);
    });
    QString error;
    if (!m_relay->listen(&error)) {
        fail(ExitCode::Failed, error);
        return;
    }
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::chrono::minutes(o.minutes));
    QObject::connect(&m_idle, &QTimer::timeout, context(), [this]() { finish(ExitCode::Success); });
    QObject::connect(m_relay.get(), &RelayServer::callStarted, &m_idle, &QTimer::stop);
    QObject::connect(m_relay.get(), &RelayServer::callEnded, context(), [this]() {
        if (m_relay->running() == 0)
            m_idle.start();
    });
    m_idle.start();
}

} // namespace Stratum
