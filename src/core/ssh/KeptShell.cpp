#include "KeptShell.h"

#include "core/ssh/SshSession.h"

#include <QLoggingCategory>

#include <libssh2.h>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Stratum {

KeptShell::~KeptShell() = default;

bool KeptShell::take(SshCommand *command)
{
    if (m_state != State::Idle)
        return false;
    if (libssh2_channel_eof(m_channel)) { // it ended while idle (killed on the droplet, say)
        m_state = State::Closing;
        return false;
    }
    m_state = State::Busy;
    m_command = command;
    m_frame = ShellFrame::random();
    m_input = m_frame.script(command->command());
    m_out = SentinelCut(m_frame.sentinel());
    m_err = SentinelCut(m_frame.sentinel());
    return true;
}

void KeptShell::kill()
{
    if (m_state == State::Gone || !m_channel)
        return;
    libssh2_channel_signal_ex(m_channel, "KILL", 4); // best effort, as for a channel of its own
    m_input.clear();
    if (m_state != State::WaitClosed)
        m_state = State::Closing;
}

void KeptShell::abandon()
{
    m_channel = nullptr; // freed with the session
    m_command = nullptr;
    m_state = State::Gone;
}

bool KeptShell::advance()
{
    const QPointer<SshSession> alive(m_session); // a lost transport may end the session with its shell
    bool progress = false;
    if (m_state == State::Opening) {
        if (!open())
            return false;
        if (!alive)
            return true;
        progress = true;
    }
    if (m_state == State::Starting) {
        if (!start())
            return progress;
        if (!alive)
            return true;
        progress = true;
    }
    if (m_state == State::Busy) {
        progress |= write();
        if (!alive)
            return true;
        progress |= read();
        if (!alive)
            return true;
    }
    if (m_state == State::Closing || m_state == State::WaitClosed)
        progress |= closeChannel();
    return progress;
}

bool KeptShell::open()
{
    m_channel = libssh2_channel_open_session(m_session->m_session);
    if (m_channel) {
        m_state = State::Starting;
        return true;
    }
    const int rc = libssh2_session_last_errno(m_session->m_session);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    qCDebug(lcSsh) << "no kept shell:" << m_session->lastError();
    m_state = State::Gone; // the commands use channels of their own
    if (SshSession::isTransportError(rc))
        m_session->lose(m_session->lastError());
    return true;
}

bool KeptShell::start()
{
    static constexpr char shell[] = "exec /bin/sh";
    const int rc = libssh2_channel_process_startup(m_channel, "exec", 4, shell, sizeof shell - 1);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    if (rc < 0) {
        qCDebug(lcSsh) << "no kept shell:" << m_session->lastError();
        if (SshSession::isTransportError(rc)) {
            abandon();
            m_session->lose(m_session->lastError());
            return true;
        }
        m_state = State::Closing;
        return true;
    }
    m_state = State::Idle;
    return true;
}

bool KeptShell::write()
{
    bool progress = false;
    while (!m_input.isEmpty()) {
        const ssize_t n = libssh2_channel_write(m_channel, m_input.constData(), static_cast<size_t>(m_input.size()));
        if (n == LIBSSH2_ERROR_EAGAIN)
            return progress;
        if (n < 0) {
            if (SshSession::isTransportError(static_cast<int>(n))) {
                abandon();
                m_session->lose(m_session->lastError());
                return true;
            }
            m_input.clear();
            m_state = State::Closing; // the shell is gone; its end says how
            return true;
        }
        m_input.remove(0, n);
        progress = true;
    }
    return progress;
}

bool KeptShell::read()
{
    if (m_state != State::Busy)
        return false;
    QByteArray buffer(SshSession::readChunk, Qt::Uninitialized);
    qsizetype readThisTurn = 0;
    bool progress = false;
    // Bounded per turn, so that a fast producer cannot starve the event loop.
    while (readThisTurn < 4 * SshSession::readChunk) {
        bool readSomething = false;
        for (int stream : {0, SSH_EXTENDED_DATA_STDERR}) {
            const ssize_t n = libssh2_channel_read_ex(m_channel, stream, buffer.data(), buffer.size());
            if (n == LIBSSH2_ERROR_EAGAIN || n == 0)
                continue;
            if (n < 0) {
                abandon();
                m_session->lose(m_session->lastError());
                return true;
            }
            readSomething = true;
            readThisTurn += n;
            const QByteArray chunk = buffer.left(n);
            const QByteArray own = stream == 0 ? m_out.feed(chunk) : m_err.feed(chunk);
            QPointer<SshSession> alive(m_session);
            deliver(stream == 0 ? own : QByteArray(), stream == 0 ? QByteArray() : own);
            if (!alive || m_state != State::Busy)
                return true;
        }
        progress |= readSomething;
        if (!readSomething)
            break;
    }
    const std::optional<int> status = m_out.ended() ? ShellFrame::status(m_out.after()) : std::nullopt;
    if (status && m_err.ended()) {
        finishCommand(*status, {});
        return true;
    }
    if (libssh2_channel_eof(m_channel)) {
        m_state = State::Closing; // the shell died with the command: its end says how
        return true;
    }
    return progress;
}

bool KeptShell::closeChannel()
{
    if (m_state == State::Closing) {
        const int rc = libssh2_channel_close(m_channel);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return false;
        if (rc < 0 && SshSession::isTransportError(rc)) {
            abandon();
            m_session->lose(m_session->lastError());
            return true;
        }
        m_state = State::WaitClosed;
    }
    const int rc = libssh2_channel_wait_closed(m_channel);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return false;
    const SshSession::ChannelEnd end = SshSession::freeClosedChannel(m_session->m_session, std::exchange(m_channel, nullptr));
    m_state = State::Gone;
    qCDebug(lcSsh) << "kept shell ended" << end.status << end.signal;
    finishCommand(end.status, end.signal);
    return true;
}

void KeptShell::deliver(const QByteArray &out, const QByteArray &err)
{
    if (!m_command)
        return;
    if (!out.isEmpty())
        Q_EMIT m_command->stdoutData(out);
    if (!err.isEmpty() && m_command)
        Q_EMIT m_command->stderrData(err);
}

void KeptShell::finishCommand(int status, const QString &signal)
{
    SshCommand *command = std::exchange(m_command, nullptr);
    if (m_state == State::Busy)
        m_state = State::Idle; // first: the command's handlers may give the shell the next one
    if (!command || command->isFinished())
        return;
    command->m_exitStatus = status;
    command->m_exitSignal = signal;
    command->finish(command->m_pendingError);
}

} // namespace Stratum
