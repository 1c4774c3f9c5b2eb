#include "RemoteHost.h"

#include <memory>

namespace Stratum {

RemoteHost::RemoteHost(SshTarget target, QObject *parent)
    : QObject(parent), m_target(std::move(target))
{
}

void RemoteHost::run(const QString &command, std::chrono::milliseconds timeout, QObject *context, Handlers handlers)
{
    Pending pending{command, timeout, context, std::move(handlers)};
    if (m_aheadFailure) { // connectAhead's connection failed: this command gets its error, not a second wait
        const SshError error = *std::exchange(m_aheadFailure, std::nullopt);
        if (pending.handlers.onDone)
            pending.handlers.onDone({SshExit{error, -1, {}, 0, false}, {}, {}});
        return;
    }
    if (isConnected()) {
        start(pending); // while the prelude runs, what it says waits for the prelude's result
        return;
    }
    m_pending.append(pending);
    ensureSession();
}

void RemoteHost::connectAhead()
{
    if (isConnected())
        return;
    m_connectingAhead = true;
    ensureSession();
}

void RemoteHost::ensureSession()
{
    if (m_session && m_session->state() == SshSession::State::Connecting)
        return;
    if (m_session)
        m_session->deleteLater();
    m_session = new SshSession(m_target, this);
    connect(m_session, &SshSession::ready, this, [this]() {
        m_connectingAhead = false;
        runPreludeAlongsidePending(); // first: what a command asked for on connected() says waits for the prelude too
        Q_EMIT connected();
    });
    connect(m_session, &SshSession::failed, this, [this](const SshError &error) {
        if (std::exchange(m_connectingAhead, false) && m_pending.isEmpty())
            m_aheadFailure = error;
        const QList<Pending> pending = std::exchange(m_pending, {});
        for (const Pending &p : pending) {
            if (p.context && p.handlers.onDone)
                p.handlers.onDone({SshExit{error, -1, {}, 0, false}, {}, {}});
        }
    });
    connect(m_session, &SshSession::closed, this, [this](const SshError &reason) {
        if (!reason.ok())
            Q_EMIT connectionLost(reason);
    });
    m_session->open();
}

void RemoteHost::setPrelude(const QString &command, std::function<void(const RemoteResult &)> done)
{
    m_prelude = command;
    m_preludeDone = std::move(done);
}

// The prelude and the commands that waited for the session start together, each on its own
// channel (one round trip instead of two); what the commands say is held until the prelude's
// result is handed on, so that nothing of theirs is shown before the masks are in.
void RemoteHost::runPreludeAlongsidePending()
{
    if (m_prelude.isEmpty()) {
        startPending();
        return;
    }
    m_preludeRunning = true;
    SshCommand *command = m_session->exec(m_prelude, std::chrono::seconds(30));
    auto result = std::make_shared<RemoteResult>();
    connect(command, &SshCommand::stdoutData, this, [result](const QByteArray &data) { result->out += data; });
    connect(command, &SshCommand::stderrData, this, [result](const QByteArray &data) { result->err += data; });
    connect(command, &SshCommand::finished, this, [this, result](const SshExit &exit) {
        m_preludeRunning = false;
        result->exit = exit;
        if (m_preludeDone)
            m_preludeDone(*result);
        result->out.fill('\0'); // it may hold secrets: gone once they are where they belong
        const QList<std::function<void()>> held = std::exchange(m_held, {});
        for (const std::function<void()> &deliver : held)
            deliver();
    });
    startPending();
}

void RemoteHost::deliver(const QPointer<QObject> &context, std::function<void()> call)
{
    if (!m_preludeRunning) {
        call();
        return;
    }
    m_held.append([context, call = std::move(call)]() {
        if (context)
            call();
    });
}

void RemoteHost::startPending()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        start(p);
}

void RemoteHost::start(const Pending &pending)
{
    if (!pending.context)
        return;
    SshCommand *command = m_session->exec(pending.command, pending.timeout);
    auto result = std::make_shared<RemoteResult>();
    const Handlers handlers = pending.handlers;
    connect(command, &SshCommand::stdoutData, pending.context.data(), [this, pending, result, handlers](const QByteArray &data) {
        result->out += data;
        if (handlers.onStdout)
            deliver(pending.context, [handlers, data]() { handlers.onStdout(data); });
    });
    connect(command, &SshCommand::stderrData, pending.context.data(), [this, pending, result, handlers](const QByteArray &data) {
        result->err += data;
        if (handlers.onStderr)
            deliver(pending.context, [handlers, data]() { handlers.onStderr(data); });
    });
    connect(command, &SshCommand::finished, pending.context.data(), [this, pending, result, handlers](const SshExit &exit) {
        // The kept session had died unnoticed (a dropped network, a rebooted droplet) and the
        // command never reached the host: run it once more on a new session.
        if (exit.error.kind == SshError::Kind::ConnectionLost && !exit.started && !pending.retried) {
            Pending again = pending;
            again.retried = true;
            m_pending.append(again);
            ensureSession();
            return;
        }
        result->exit = exit;
        if (handlers.onDone)
            deliver(pending.context, [handlers, result]() { handlers.onDone(*result); });
    });
}

void RemoteHost::disconnectFromHost()
{
    if (m_session)
        m_session->close();
}

} // namespace Stratum
