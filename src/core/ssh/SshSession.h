#pragma once

#include "core/ssh/KeptShell.h"
#include "core/ssh/SshTypes.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_CHANNEL;
struct _LIBSSH2_AGENT;
struct libssh2_agent_publickey;
class QSocketNotifier;

namespace Stratum {

class SshSession;

// One remote command on a session's channel. stdout and stderr arrive as they
// come; finished() is emitted exactly once.
class SshCommand : public QObject
{
    Q_OBJECT
public:
    const QString &command() const { return m_command; }
    bool isFinished() const { return m_finished; }
    void cancel(); // sends KILL and closes the channel; finished() reports Cancelled

Q_SIGNALS:
    void stdoutData(const QByteArray &data);
    void stderrData(const QByteArray &data);
    void finished(const Stratum::SshExit &exit);

private:
    friend class SshSession;
    friend class KeptShell;
    SshCommand(SshSession *session, QString command, std::chrono::milliseconds timeout);

    enum class Phase { Open, Exec, Read, Close, WaitClosed, InShell, Done };
    // Advances as far as the transport allows; true if anything happened.
    bool advance();
    void abort(const SshError &error); // the session is gone
    void finish(SshError error);
    void stopEarly(SshError::Kind kind, const QString &message);
    void giveUpWaitingAfter(int ms);

    SshSession *m_session;
    QString m_command;
    _LIBSSH2_CHANNEL *m_channel = nullptr;
    Phase m_phase = Phase::Open;
    SshError m_pendingError;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    int m_exitStatus = -1;
    QString m_exitSignal;
    bool m_finished = false;
};

// An SSH connection driven by the Qt event loop: libssh2 in non-blocking mode,
// a QSocketNotifier on the socket armed from libssh2_session_block_directions,
// every call repeated on EAGAIN. Never blocks the thread it lives in.
class SshSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Ready, Closed };

    explicit SshSession(SshTarget target, QObject *parent = nullptr);
    ~SshSession() override;

    void open();
    State state() const { return m_state; }
    const HostKeyInfo &hostKey() const { return m_hostKey; }
    const HostKeyCheck &hostKeyCheck() const { return m_hostKeyCheck; } // what was decided about it
    const SshTarget &target() const { return m_target; }

    // Runs `command` through the remote user's shell. Valid while the
    // session is Ready; the command is owned by the session. Once a session has
    // run a command, the next ones run in its kept shell while that is free.
    SshCommand *exec(const QString &command, std::chrono::milliseconds timeout);
    void close();

    bool hasKeptShell() const { return m_shell != nullptr; }
    // How many turns the session's loop has run: what idling costs (an idle session runs none).
    int turns() const { return m_turns; }

    // Connects only far enough to read the host key (for `host trust`).
    void setHostKeyOnly(bool only) { m_hostKeyOnly = only; }

Q_SIGNALS:
    void ready();
    void failed(const Stratum::SshError &error);   // while connecting
    void closed(const Stratum::SshError &reason);  // after ready; ConnectionLost or None for close()
    void hostKeyRead(const Stratum::HostKeyInfo &key);

private:
    friend class SshCommand;
    friend class KeptShell;
    enum class Step { Resolve, TcpConnect, Handshake, Auth, Running };
    enum class AuthStep { Start, AgentConnect, AgentNext, AgentTry, KeyFile, Done };

    void startTcp(const QList<QHostAddress> &addresses);
    void onTcpWritable();
    void drive();
    int stepAuth();
    void verifyHostKey();
    void armNotifiers();
    void fail(SshError error);
    void lose(const QString &why);
    void teardown();
    void sendKeepalive();
    bool socketIsDead() const;
    bool hasUnreadData() const;
    bool socketIsQuiet() const; // nothing unread, and the connection not ended by the droplet
    void runInShellIfIdle(SshCommand *command);
    static bool isTransportError(int rc);
    static constexpr qsizetype readChunk = 64 * 1024;
    struct ChannelEnd {
        int status = -1;
        QString signal; // e.g. "KILL" when the remote side died of a signal
    };
    // The exit status and signal of a channel that is closed, and the channel freed.
    static ChannelEnd freeClosedChannel(_LIBSSH2_SESSION *session, _LIBSSH2_CHANNEL *channel);
    static ssize_t receiveNoting(int socket, void *buffer, size_t length, int flags, void **abstract);
    QString lastError() const;

    SshTarget m_target;
    State m_state = State::Idle;
    Step m_step = Step::Resolve;
    AuthStep m_authStep = AuthStep::Start;
    int m_fd = -1;
    _LIBSSH2_SESSION *m_session = nullptr;
    _LIBSSH2_AGENT *m_agent = nullptr;
    libssh2_agent_publickey *m_identity = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_connectTimer;
    QTimer m_keepalive;
    QElapsedTimer m_heard; // since the droplet last sent anything
    QList<QPointer<SshCommand>> m_commands;
    std::unique_ptr<KeptShell> m_shell; // from the second command on (see runInShellIfIdle)
    int m_commandsFinished = 0;
    QElapsedTimer m_lastAnswer; // since a command last came back whole; invalid: none has yet
    HostKeyInfo m_hostKey;
    HostKeyCheck m_hostKeyCheck;
    QString m_authFailures;
    bool m_hostKeyOnly = false;
    bool m_driving = false;
    int m_turns = 0;
    bool m_turnPosted = false; // the next turn of reading is posted; the notifiers wait for it
};

} // namespace Stratum
