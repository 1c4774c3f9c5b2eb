#pragma once

#include "core/ssh/SshSession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Stratum {

// The outcome of one remote command, with its whole output.
struct RemoteResult {
    SshExit exit;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exit.error.ok() && exit.exitStatus == 0; }
    // Why it did not succeed, in the words a person reads: the SSH error when the command
    // never ran, else what it wrote to stderr.
    QString failure() const { return exit.error.ok() ? QString::fromUtf8(err).trimmed() : exit.error.message; }
};

// One kept session per host, reused for every command: deploy steps, probes,
// log tails. Connects on first use and again after a lost connection.
class RemoteHost : public QObject
{
    Q_OBJECT
public:
    struct Handlers {
        std::function<void(const QByteArray &)> onStdout;
        std::function<void(const QByteArray &)> onStderr;
        std::function<void(const RemoteResult &)> onDone;
    };

    explicit RemoteHost(SshTarget target, QObject *parent = nullptr);

    const SshTarget &target() const { return m_target; }
    bool isConnected() const { return m_session && m_session->state() == SshSession::State::Ready; }

    // Runs `command`; `onDone` is called exactly once. The returned command
    // (null while still connecting) can be cancelled.
    void run(const QString &command, std::chrono::milliseconds timeout, QObject *context, Handlers handlers);
    void disconnectFromHost();
    void connectAhead(); // starts connecting now, for a command that follows soon

    // Runs first on every new session, alongside the commands that waited for it, and hands its
    // result to `done` before any of their output or results: what must be known before any
    // output of the session is shown (the droplet's env values for the redactor).
    void setPrelude(const QString &command, std::function<void(const RemoteResult &)> done);

Q_SIGNALS:
    void connectionLost(const Stratum::SshError &error);
    void connected();

private:
    struct Pending {
        QString command;
        std::chrono::milliseconds timeout;
        QPointer<QObject> context;
        Handlers handlers;
        bool retried = false; // a kept session found dead before the command started is replaced once
    };
    void ensureSession();
    void startPending();
    void start(const Pending &pending);
    void runPreludeAlongsidePending();
    void deliver(const QPointer<QObject> &context, std::function<void()> call); // now, or once the prelude's result is in

    SshTarget m_target;
    QPointer<SshSession> m_session;
    QList<Pending> m_pending;
    QString m_prelude;
    std::function<void(const RemoteResult &)> m_preludeDone;
    bool m_preludeRunning = false;
    QList<std::function<void()>> m_held; // what commands said while the prelude ran, in order
    bool m_connectingAhead = false;
    std::optional<SshError> m_aheadFailure; // for the command that follows connectAhead
};

} // namespace Stratum
