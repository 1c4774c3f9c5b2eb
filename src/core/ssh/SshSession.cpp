#include "SshSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <libssh2.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSsh, "stratum.ssh")

namespace Stratum {

namespace {

// One turn of the session's loop reads for at most this long before other events (a
// repaint, the user's keys, a timer) get theirs: well inside a 16 ms frame with a render.
constexpr qint64 turnBudgetNs = 4'000'000;
// A session whose last command came back longer ago proves itself on a channel of its own before its kept shell is used.
constexpr qint64 keptShellQuietMs = 2000;

QString keyTypeName(int type)
{
    switch (type) {
    case LIBSSH2_HOSTKEY_TYPE_RSA: return QStringLiteral("ssh-rsa");
    case LIBSSH2_HOSTKEY_TYPE_DSS: return QStringLiteral("ssh-dss");
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256: return QStringLiteral("ecdsa-sha2-nistp256");
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384: return QStringLiteral("ecdsa-sha2-nistp384");
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521: return QStringLiteral("ecdsa-sha2-nistp521");
    case LIBSSH2_HOSTKEY_TYPE_ED25519: return QStringLiteral("ssh-ed25519");
    default: return QStringLiteral("unknown");
    }
}

int knownHostKeyBit(int type)
{
    switch (type) {
    case LIBSSH2_HOSTKEY_TYPE_RSA: return LIBSSH2_KNOWNHOST_KEY_SSHRSA;
    case LIBSSH2_HOSTKEY_TYPE_DSS: return LIBSSH2_KNOWNHOST_KEY_SSHDSS;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256: return LIBSSH2_KNOWNHOST_KEY_ECDSA_256;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384: return LIBSSH2_KNOWNHOST_KEY_ECDSA_384;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521: return LIBSSH2_KNOWNHOST_KEY_ECDSA_521;
    case LIBSSH2_HOSTKEY_TYPE_ED25519: return LIBSSH2_KNOWNHOST_KEY_ED25519;
    default: return LIBSSH2_KNOWNHOST_KEY_UNKNOWN;
    }
}

// Checks the presented key against known_hosts with libssh2, one line at a
// time: libssh2's readfile stops at the first line it cannot parse (markers
// such as @revoked), which would hide the entries after it.
int checkKnownHosts(LIBSSH2_SESSION *session, const QString &knownHostsText, const QString &host, int port,
                    const QByteArray &key, int keyType)
{
    LIBSSH2_KNOWNHOSTS *hosts = libssh2_knownhost_init(session);
    if (!hosts)
        return LIBSSH2_KNOWNHOST_CHECK_FAILURE;
    const QStringList lines = knownHostsText.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QByteArray trimmed = line.trimmed().toUtf8();
        if (trimmed.isEmpty() || trimmed.startsWith('#') || trimmed.startsWith('@'))
            continue;
        libssh2_knownhost_readline(hosts, trimmed.constData(), static_cast<size_t>(trimmed.size()),
                                   LIBSSH2_KNOWNHOST_FILE_OPENSSH);
    }
    libssh2_knownhost *entry = nullptr;
    const QByteArray hostUtf8 = host.toUtf8();
    const int result = libssh2_knownhost_checkp(hosts, hostUtf8.constData(), port, key.constData(),
                                                static_cast<size_t>(key.size()),
                                                LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW
                                                    | knownHostKeyBit(keyType),
                                                &entry);
    libssh2_knownhost_free(hosts);
    return result;
}

} // namespace

bool SshSession::isTransportError(int rc)
{
    return rc == LIBSSH2_ERROR_SOCKET_SEND || rc == LIBSSH2_ERROR_SOCKET_RECV || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT
           || rc == LIBSSH2_ERROR_SOCKET_TIMEOUT || rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_NONE
           || rc == LIBSSH2_ERROR_BANNER_RECV;
}

SshSession::ChannelEnd SshSession::freeClosedChannel(LIBSSH2_SESSION *session, LIBSSH2_CHANNEL *channel)
{
    ChannelEnd end;
    end.status = libssh2_channel_get_exit_status(channel);
    char *signal = nullptr;
    size_t signalLength = 0;
    if (libssh2_channel_get_exit_signal(channel, &signal, &signalLength, nullptr, nullptr, nullptr, nullptr) == 0 && signal) {
        end.signal = QString::fromLatin1(signal, static_cast<qsizetype>(signalLength));
        libssh2_free(session, signal);
    }
    libssh2_channel_free(channel);
    return end;
}

// ------------------------------------------------------------------ command

SshCommand::SshCommand(SshSession *session, QString command, std::chrono::milliseconds timeout)
    : QObject(session), m_session(session), m_command(std::move(command))
{
    m_clock.start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeout]() {
        stopEarly(SshError::Kind::TimedOut,
                  tr("the command did not finish within %1 s").arg(static_cast<double>(timeout.count()) / 1000.0));
    });
    m_timeout.start(timeout);
}

void SshCommand::cancel()
{
    stopEarly(SshError::Kind::Cancelled, tr("cancelled"));
}

void SshCommand::stopEarly(SshError::Kind kind, const QString &message)
{
    if (m_finished || m_pendingError.kind != SshError::Kind::None)
        return;
    m_pendingError = {kind, message, {}};
    if (m_phase == Phase::InShell) {
        if (m_session->m_shell)
            m_session->m_shell->kill(); // with the shell: what the command started dies with it, as on a channel of its own
        giveUpWaitingAfter(5000);
        QTimer::singleShot(0, m_session, &SshSession::drive);
        return;
    }
    if (!m_channel) {
        finish(m_pendingError);
        return;
    }
    libssh2_channel_signal_ex(m_channel, "KILL", 4); // best effort; the close below ends the channel anyway
    if (m_phase == Phase::Open || m_phase == Phase::Exec || m_phase == Phase::Read)
        m_phase = Phase::Close;
    giveUpWaitingAfter(5000);
    QTimer::singleShot(0, m_session, &SshSession::drive);
}

void SshCommand::giveUpWaitingAfter(int ms)
{
    // A peer that never answers the close must not keep us waiting.
    m_timeout.start(ms);
    disconnect(&m_timeout, nullptr, this, nullptr);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        if (m_phase == Phase::InShell && m_session->m_shell && m_session->m_shell->isRunning(this))
            m_session->m_shell->abandon();
        m_channel = nullptr; // abandoned; freed with the session
        finish(m_pendingError);
    });
}

bool SshCommand::advance()
{
    if (m_finished || m_phase == Phase::InShell) // the kept shell drives it
        return false;
    LIBSSH2_SESSION *session = m_session->m_session;
    bool progress = false;
    QPointer<SshCommand> alive(this);

    if (m_phase == Phase::Open) {
        m_channel = libssh2_channel_open_session(session);
        if (!m_channel) {
            const int rc = libssh2_session_last_errno(session);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return false;
            if (SshSession::isTransportError(rc)) {
                m_session->lose(m_session->lastError());
                return true;
            }
            finish({SshError::Kind::Channel, tr("cannot open a channel: %1").arg(m_session->lastError()), {}});
            return true;
        }
        m_phase = Phase::Exec;
        progress = true;
    }
    if (m_phase == Phase::Exec) {
        const QByteArray command = m_command.toUtf8();
        const int rc = libssh2_channel_process_startup(m_channel, "exec", 4, command.constData(),
                                                       static_cast<unsigned int>(command.size()));
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return progress;
        if (rc < 0) {
            if (SshSession::isTransportError(rc)) {
                m_session->lose(m_session->lastError());
                return true;
            }
            m_pendingError = {SshError::Kind::Channel, tr("the server refused to run the command: %1")
                                                           .arg(m_session->lastError()), {}};
            m_phase = Phase::Close;
        } else {
            m_phase = Phase::Read;
        }
        progress = true;
    }
    if (m_phase == Phase::Read) {
        QByteArray buffer(SshSession::readChunk, Qt::Uninitialized);
        qint64 readThisTurn = 0;
        // Bounded per turn, so that a fast producer cannot starve the event loop.
        while (readThisTurn < 4 * SshSession::readChunk) {
            bool readSomething = false;
            for (int stream : {0, SSH_EXTENDED_DATA_STDERR}) {
                const ssize_t n = libssh2_channel_read_ex(m_channel, stream, buffer.data(), buffer.size());
                if (n > 0) {
                    readSomething = true;
                    readThisTurn += n;
                    const QByteArray chunk = buffer.left(n);
                    if (stream == 0)
                        Q_EMIT stdoutData(chunk);
                    else
                        Q_EMIT stderrData(chunk);
                    if (!alive || m_finished || m_phase != Phase::Read)
                        return true;
                } else if (n < 0 && n != LIBSSH2_ERROR_EAGAIN) {
                    if (SshSession::isTransportError(static_cast<int>(n)) || m_session->socketIsDead())
                        m_session->lose(m_session->lastError());
                    else
                        finish({SshError::Kind::Channel, m_session->lastError(), {}});
                    return true;
                }
            }
            progress |= readSomething;
            if (!readSomething)
                break;
        }
        if (readThisTurn >= 4 * SshSession::readChunk)
            return true; // more is probably waiting; the session comes back after other events
        if (!libssh2_channel_eof(m_channel))
            return progress;
        m_phase = Phase::Close;
        progress = true;
    }
    if (m_phase == Phase::Close) {
        const int rc = libssh2_channel_close(m_channel);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return progress;
        if (rc < 0 && SshSession::isTransportError(rc)) {
            m_session->lose(m_session->lastError());
            return true;
        }
        m_phase = Phase::WaitClosed;
        progress = true;
    }
    if (m_phase == Phase::WaitClosed) {
        const int rc = libssh2_channel_wait_closed(m_channel);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return progress;
        const SshSession::ChannelEnd end = SshSession::freeClosedChannel(session, std::exchange(m_channel, nullptr));
        m_exitStatus = end.status;
        m_exitSignal = end.signal;
        finish(m_pendingError);
        return true;
    }
    return progress;
}

void SshCommand::abort(const SshError &error)
{
    m_channel = nullptr; // freed with the session
    finish(m_pendingError.kind != SshError::Kind::None ? m_pendingError : error);
}

void SshCommand::finish(SshError error)
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_session->m_commandsFinished;
    if (error.ok())
        m_session->m_lastAnswer.start();
    const bool started = m_phase != Phase::Open;
    m_phase = Phase::Done;
    m_timeout.stop();
    SshExit exit;
    exit.started = started;
    exit.error = std::move(error);
    exit.exitStatus = m_exitStatus;
    exit.exitSignal = m_exitSignal;
    exit.durationMs = m_clock.elapsed();
    Q_EMIT finished(exit);
    deleteLater();
}

// ------------------------------------------------------------------ session

SshSession::SshSession(SshTarget target, QObject *parent)
    : QObject(parent), m_target(std::move(target))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this]() {
        const QString seconds = QString::number(m_target.connectTimeout.count() / 1000.0);
        // Reached, but no SSH handshake: a stalled sshd, or something else listening on that port.
        if (m_step == Step::Handshake) {
            fail({SshError::Kind::TimedOut, tr("%1 (%2:%3) accepted the connection but did not complete the SSH "
                                               "handshake within %4 s; check that an SSH server listens on that port")
                                                .arg(m_target.label, m_target.address).arg(m_target.port).arg(seconds), {}});
            return;
        }
        fail({SshError::Kind::TimedOut, tr("%1 (%2:%3) did not answer within %4 s")
                                            .arg(m_target.label, m_target.address).arg(m_target.port).arg(seconds), {}});
    });
    connect(&m_keepalive, &QTimer::timeout, this, &SshSession::sendKeepalive);
}

SshSession::~SshSession()
{
    for (const QPointer<SshCommand> &command : std::as_const(m_commands)) {
        if (command)
            command->m_channel = nullptr;
    }
    teardown();
}

QString SshSession::lastError() const
{
    if (!m_session)
        return tr("no session");
    char *message = nullptr;
    int length = 0;
    libssh2_session_last_error(m_session, &message, &length, 0);
    return QString::fromUtf8(message, length);
}

void SshSession::open()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    qCDebug(lcSsh) << "connecting to" << m_target.label;
    m_connectTimer.start(m_target.connectTimeout);
    QHostAddress address;
    if (address.setAddress(m_target.address)) {
        startTcp({address});
        return;
    }
    QHostInfo::lookupHost(m_target.address, this, [this](const QHostInfo &info) {
        if (m_state != State::Connecting)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail({SshError::Kind::Resolve, tr("cannot resolve %1: %2").arg(m_target.address, info.errorString()), {}});
            return;
        }
        startTcp(info.addresses());
    });
}

void SshSession::startTcp(const QList<QHostAddress> &addresses)
{
    const QHostAddress address = addresses.first();
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(m_target.port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(m_target.port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        fail({SshError::Kind::Connect, tr("cannot create a socket: %1").arg(QString::fromLocal8Bit(strerror(errno))), {}});
        return;
    }
    // Without TCP_NODELAY every channel open waits on delayed ACKs (~40 ms).
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 && errno != EINPROGRESS) {
        fail({SshError::Kind::Connect, tr("cannot connect to %1:%2: %3").arg(m_target.address).arg(m_target.port)
                                           .arg(QString::fromLocal8Bit(strerror(errno))), {}});
        return;
    }
    m_step = Step::TcpConnect;
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SshSession::onTcpWritable);
}

void SshSession::onTcpWritable()
{
    if (m_step != Step::TcpConnect) {
        drive();
        return;
    }
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0) {
        fail({SshError::Kind::Connect, tr("cannot connect to %1:%2: %3").arg(m_target.address).arg(m_target.port)
                                           .arg(QString::fromLocal8Bit(strerror(error))), {}});
        return;
    }
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, this);
    if (m_session) {
        // Every byte the droplet sends is a sign of life: what tells a silent network from a quiet one.
        auto *receive = &SshSession::receiveNoting;
#if LIBSSH2_VERSION_NUM >= 0x010b01
        libssh2_session_callback_set2(m_session, LIBSSH2_CALLBACK_RECV, reinterpret_cast<libssh2_cb_generic *>(receive));
#else
        libssh2_session_callback_set(m_session, LIBSSH2_CALLBACK_RECV, reinterpret_cast<void *>(receive));
#endif
    }
    if (!m_session) {
        fail({SshError::Kind::Handshake, tr("libssh2 could not create a session"), {}});
        return;
    }
    libssh2_session_set_blocking(m_session, 0);
    m_writeNotifier->setEnabled(false);
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshSession::drive);
    m_step = Step::Handshake;
    drive();
}

void SshSession::drive()
{
    if (m_driving) {
        m_turnPosted = false; // a posted turn that arrives inside a turn: the running one re-arms the notifiers
        return;
    }
    if (!m_session || m_state == State::Closed)
        return;
    ++m_turns;
    m_driving = true;
    m_turnPosted = false;
    QPointer<SshSession> alive(this);
    QElapsedTimer turn;
    turn.start();
    for (;;) {
        if (m_step == Step::Handshake) {
            const int rc = libssh2_session_handshake(m_session, m_fd);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                break;
            if (rc != 0) {
                m_driving = false;
                fail({SshError::Kind::Handshake, tr("SSH handshake with %1 failed: %2").arg(m_target.label, lastError()), {}});
                return;
            }
            verifyHostKey();
            if (!alive || m_state != State::Connecting)
                return;
            if (m_hostKeyOnly) {
                m_driving = false;
                m_connectTimer.stop();
                Q_EMIT hostKeyRead(m_hostKey);
                if (alive)
                    close();
                return;
            }
            m_step = Step::Auth;
        }
        if (m_step == Step::Auth) {
            const int rc = stepAuth();
            if (rc == LIBSSH2_ERROR_EAGAIN)
                break;
            if (rc != 0) {
                m_driving = false;
                fail({SshError::Kind::Auth, m_authFailures, {}});
                return;
            }
            m_step = Step::Running;
            m_state = State::Ready;
            m_connectTimer.stop();
            // Keepalives that ask for a reply: a droplet that stops answering (no FIN, no RST) is noticed.
            libssh2_keepalive_config(m_session, 1, static_cast<unsigned>(m_target.keepaliveInterval.count()));
            m_heard.start();
            // Looked at four times an interval (libssh2 sends only when one is due): a silence is
            // noticed at most a quarter interval after the third keepalive went unanswered.
            m_keepalive.start(std::max<std::chrono::milliseconds>(std::chrono::milliseconds(250), m_target.keepaliveInterval / 4));
            qCDebug(lcSsh) << "connected to" << m_target.label;
            Q_EMIT ready();
            if (!alive || m_state != State::Ready)
                return;
        }
        bool progress = false;
        if (m_shell) {
            progress |= m_shell->advance();
            if (!alive || m_state != State::Ready)
                return;
            if (m_shell->isGone())
                m_shell.reset();
        }
        const QList<QPointer<SshCommand>> commands = m_commands;
        for (const QPointer<SshCommand> &command : commands) {
            if (command && !command->isFinished())
                progress |= command->advance();
            if (!alive || m_state != State::Ready)
                return;
        }
        m_commands.removeIf([](const QPointer<SshCommand> &command) { return !command || command->isFinished(); });
        if (!progress)
            break;
        if (turn.nsecsElapsed() >= turnBudgetNs) {
            // Keep the GUI responsive under a flood of output: yield, then carry on. A posted
            // call: under Qt's glib loop, a timer that has just fired waits at idle priority
            // behind a socket that stays readable, and posting lifts that, so that repaints,
            // input and other timers get their turn between two turns of reading.
            // The notifiers rest until then: one turn of reading per pass of the loop.
            m_turnPosted = true;
            QMetaObject::invokeMethod(this, &SshSession::drive, Qt::QueuedConnection);
            break;
        }
    }
    m_driving = false;
    armNotifiers();
}

void SshSession::armNotifiers()
{
    if (!m_session || !m_readNotifier)
        return;
    if (m_turnPosted) {
        m_writeNotifier->setEnabled(false);
        m_readNotifier->setEnabled(false);
        return;
    }
    const int directions = libssh2_session_block_directions(m_session);
    m_writeNotifier->setEnabled(directions & LIBSSH2_SESSION_BLOCK_OUTBOUND);
    // With nothing running there is nothing to read for: the keepalive timer watches the
    // connection instead. Not even when libssh2 last waited for input: a keepalive's reply
    // would then keep the socket readable with nobody reading it, and the loop would spin
    // until the next command (14 % of a core in the health watch's idle benchmark).
    const bool waiting = m_step != Step::Running || !m_commands.isEmpty() || (m_shell && !m_shell->isIdle());
    m_readNotifier->setEnabled(waiting);
}

void SshSession::verifyHostKey()
{
    size_t length = 0;
    int type = 0;
    const char *key = libssh2_session_hostkey(m_session, &length, &type);
    if (!key) {
        fail({SshError::Kind::Handshake, tr("the server sent no host key"), {}});
        return;
    }
    m_hostKey.blob = QByteArray(key, static_cast<qsizetype>(length));
    m_hostKey.type = keyTypeName(type);
    m_hostKey.fingerprint = sha256Fingerprint(m_hostKey.blob);

    const QString path = m_target.knownHostsPath.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                                                           : m_target.knownHostsPath;
    QString knownHosts;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        knownHosts = QString::fromUtf8(file.read(4 * 1024 * 1024));
    const int libssh2Result = knownHosts.isEmpty()
                                  ? LIBSSH2_KNOWNHOST_CHECK_NOTFOUND
                                  : checkKnownHosts(m_session, knownHosts, m_target.address, m_target.port,
                                                    m_hostKey.blob, type);
    const QString label = QStringLiteral("%1 (%2:%3)").arg(m_target.label, m_target.address).arg(m_target.port);
    const HostKeyCheck check = HostKeyPolicy::decide(m_hostKey, libssh2Result, knownHosts, m_target.trustedKeys, label);
    m_hostKeyCheck = check;
    if (check.verdict == HostKeyVerdict::Trusted)
        return;
    if (m_hostKeyOnly && check.verdict == HostKeyVerdict::Unknown)
        return; // `host trust` reads the key to compare it
    SshError::Kind kind = SshError::Kind::HostKeyUnknown;
    if (check.verdict == HostKeyVerdict::Changed)
        kind = SshError::Kind::HostKeyChanged;
    else if (check.verdict == HostKeyVerdict::Revoked)
        kind = SshError::Kind::HostKeyRevoked;
    fail({kind, check.message, m_hostKey});
}

int SshSession::stepAuth()
{
    const QByteArray user = m_target.user.toUtf8();
    for (;;) {
        switch (m_authStep) {
        case AuthStep::Start:
            m_authStep = (m_target.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) ? AuthStep::AgentConnect
                                                                                          : AuthStep::KeyFile;
            break;
        case AuthStep::AgentConnect:
            m_agent = libssh2_agent_init(m_session);
            if (!m_agent || libssh2_agent_connect(m_agent) != 0 || libssh2_agent_list_identities(m_agent) != 0) {
                m_authFailures += tr("ssh-agent is not usable. ");
                m_authStep = AuthStep::KeyFile;
                break;
            }
            m_identity = nullptr;
            m_authStep = AuthStep::AgentNext;
            break;
        case AuthStep::AgentNext: {
            const int rc = libssh2_agent_get_identity(m_agent, &m_identity, m_identity);
            m_authStep = rc == 0 ? AuthStep::AgentTry : AuthStep::KeyFile;
            if (rc != 0)
                m_authFailures += tr("ssh-agent offered no key the server accepts. ");
            break;
        }
        case AuthStep::AgentTry: {
            const int rc = libssh2_agent_userauth(m_agent, user.constData(), m_identity);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return rc;
            if (rc == 0) {
                m_authStep = AuthStep::Done;
                break;
            }
            m_authStep = AuthStep::AgentNext;
            break;
        }
        case AuthStep::KeyFile: {
            if (m_target.keyPath.isEmpty()) {
                m_authFailures += tr("No key file is configured for %1.").arg(m_target.label);
                return -1;
            }
            const QByteArray key = QFile::encodeName(m_target.keyPath);
            const int rc = libssh2_userauth_publickey_fromfile_ex(
                m_session, user.constData(), static_cast<unsigned>(user.size()), nullptr, key.constData(),
                m_target.passphrase.isEmpty() ? nullptr : m_target.passphrase.constData());
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return rc;
            m_target.passphrase.fill('\0');
            m_target.passphrase.clear();
            if (rc == 0) {
                m_authStep = AuthStep::Done;
                break;
            }
            if (rc == LIBSSH2_ERROR_FILE || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED)
                m_authFailures += tr("Cannot use the key %1: unreadable, unsupported, or the passphrase "
                                     "(ssh-passphrase/%2 in the keychain) is wrong.").arg(m_target.keyPath, m_target.label);
            else
                m_authFailures += tr("%1 refused the key %2 for user %3: is its public key in ~/.ssh/authorized_keys "
                                     "on the droplet?").arg(m_target.label, m_target.keyPath, m_target.user);
            return -1;
        }
        case AuthStep::Done:
            return 0;
        }
    }
}

SshCommand *SshSession::exec(const QString &command, std::chrono::milliseconds timeout)
{
    auto *channel = new SshCommand(this, command, timeout);
    if (m_state != State::Ready) {
        QTimer::singleShot(0, channel, [channel]() {
            channel->finish({SshError::Kind::ConnectionLost, tr("not connected"), {}});
        });
        return channel;
    }
    m_commands.append(channel);
    runInShellIfIdle(channel);
    QTimer::singleShot(0, this, &SshSession::drive);
    return channel;
}

void SshSession::runInShellIfIdle(SshCommand *command)
{
    if (!m_target.keptShell)
        return;
    // Only right after a command came back, with nothing unread and no end of the connection waiting on
    // the socket. Otherwise the command opens a channel of its own first: on a connection that died
    // meanwhile, that fails before the command reached the droplet, so RemoteHost runs it again on a
    // new connection. Written into the kept shell, it would count as started and not be run again.
    const bool provenJustNow = m_lastAnswer.isValid() && m_lastAnswer.elapsed() < keptShellQuietMs && socketIsQuiet();
    if (m_shell && provenJustNow && m_shell->take(command)) {
        command->m_phase = SshCommand::Phase::InShell;
        return;
    }
    // Not for the first command: a one-shot session (a cold `stratumctl`) would pay for a shell it never uses.
    if (!m_shell && m_commandsFinished > 0)
        m_shell = std::make_unique<KeptShell>(this);
}

ssize_t SshSession::receiveNoting(int socket, void *buffer, size_t length, int flags, void **abstract)
{
    const ssize_t received = ::recv(socket, buffer, length, flags);
    if (received < 0)
        return errno == ENOENT ? -EAGAIN : -errno; // as libssh2's own receive answers
    if (received > 0 && abstract && *abstract)
        static_cast<SshSession *>(*abstract)->m_heard.restart();
    return received;
}

void SshSession::sendKeepalive()
{
    if (!m_session || m_state != State::Ready)
        return;
    // Idle, nothing reads the keepalive's reply off the socket: a reply waiting there counts as heard.
    if (m_commands.isEmpty() && hasUnreadData())
        m_heard.restart();
    const qint64 silentMs = m_heard.elapsed();
    if (silentMs >= 3 * std::chrono::milliseconds(m_target.keepaliveInterval).count()) {
        lose(tr("%1 has not answered for %2 s (three keepalives): the network to it is gone or stalled")
                 .arg(m_target.label).arg(silentMs / 1000));
        return;
    }
    int next = 0;
    const int rc = libssh2_keepalive_send(m_session, &next);
    if ((rc < 0 && rc != LIBSSH2_ERROR_EAGAIN) || socketIsDead())
        lose(tr("the connection to %1 was lost").arg(m_target.label));
}

bool SshSession::hasUnreadData() const
{
    char byte;
    return m_fd >= 0 && ::recv(m_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
}

bool SshSession::socketIsQuiet() const
{
    char byte;
    return m_fd >= 0 && ::recv(m_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}

bool SshSession::socketIsDead() const
{
    if (m_fd < 0)
        return true;
    char byte;
    const ssize_t n = ::recv(m_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

void SshSession::fail(SshError error)
{
    if (m_state == State::Closed)
        return;
    qCDebug(lcSsh) << "connection to" << m_target.label << "failed:" << error.message;
    teardown();
    m_state = State::Closed;
    Q_EMIT failed(error);
}

void SshSession::lose(const QString &why)
{
    if (m_state == State::Closed)
        return;
    const SshError error{SshError::Kind::ConnectionLost,
                         tr("connection to %1 lost: %2").arg(m_target.label, why.isEmpty() ? tr("no answer") : why), {}};
    // Closed first: whoever hears about the loss must see a dead session and open a new one.
    const QList<QPointer<SshCommand>> commands = std::exchange(m_commands, {});
    teardown();
    m_state = State::Closed;
    QPointer<SshSession> alive(this);
    for (const QPointer<SshCommand> &command : commands) {
        if (command)
            command->abort(error);
    }
    if (alive)
        Q_EMIT closed(error);
}

void SshSession::close()
{
    if (m_state == State::Closed)
        return;
    const bool wasReady = m_state == State::Ready;
    const QList<QPointer<SshCommand>> commands = std::exchange(m_commands, {});
    if (m_session && wasReady)
        libssh2_session_disconnect(m_session, "bye"); // one polite try; non-blocking
    teardown();
    m_state = State::Closed;
    QPointer<SshSession> alive(this);
    for (const QPointer<SshCommand> &command : commands) {
        if (command)
            command->abort({SshError::Kind::Cancelled, tr("the session was closed"), {}});
    }
    if (alive && wasReady)
        Q_EMIT closed({});
}

void SshSession::teardown()
{
    if (m_shell)
        m_shell->abandon();
    m_connectTimer.stop();
    m_keepalive.stop();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR); // from here on every send fails at once, so freeing cannot block
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
        m_agent = nullptr;
    }
    if (m_session) {
        libssh2_session_set_blocking(m_session, 1);
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_target.passphrase.fill('\0');
    m_target.passphrase.clear();
}

} // namespace Stratum
