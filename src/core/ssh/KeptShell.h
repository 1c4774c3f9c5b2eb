#pragma once

#include "core/ssh/ShellFraming.h"
#include "core/ssh/SshTypes.h"

#include <QPointer>

struct _LIBSSH2_CHANNEL;

namespace Stratum {

class SshSession;
class SshCommand;

// One long-lived `/bin/sh` on its own channel of a kept session. A command given to it runs in a
// subshell of that shell, framed by a random marker, so the droplet forks a subshell instead of
// sshd setting up a new session and a new shell: what makes a command on a kept session cheap.
// Driven by the session's loop like its commands. A shell that dies (a cancel kills it with its
// command, as on a channel of its own) is replaced by the session when it is next needed.
class KeptShell
{
public:
    explicit KeptShell(SshSession *session) : m_session(session) {}
    ~KeptShell(); // the channel, if any, is freed with the session

    bool isIdle() const { return m_state == State::Idle; }
    bool isStarting() const { return m_state == State::Opening || m_state == State::Starting; }
    bool isGone() const { return m_state == State::Gone; }
    bool isRunning(const SshCommand *command) const { return m_command == command; }

    // Starts `command` if the shell is idle and alive; false if it must run on a channel of its own.
    bool take(SshCommand *command);
    // Kills the shell with its command (SIGKILL to the session's process group, as for an exec
    // channel); the command finishes with the error it was stopped with once the channel is closed.
    void kill();
    // Forgets the channel (freed with the session) and any command: the session is going, or gave up waiting.
    void abandon();
    // Advances as far as the transport allows; true if anything happened.
    bool advance();

private:
    enum class State { Opening, Starting, Idle, Busy, Closing, WaitClosed, Gone };
    bool open();
    bool start();
    bool write();
    bool read();
    bool closeChannel();
    void deliver(const QByteArray &out, const QByteArray &err);
    void finishCommand(int status, const QString &signal);

    SshSession *m_session;
    _LIBSSH2_CHANNEL *m_channel = nullptr;
    State m_state = State::Opening;
    QPointer<SshCommand> m_command;
    ShellFrame m_frame;
    QByteArray m_input; // not yet written
    SentinelCut m_out{QByteArray()};
    SentinelCut m_err{QByteArray()};
};

} // namespace Stratum
