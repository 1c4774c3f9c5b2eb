#pragma once

#include "core/relay/RelayFrames.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace Stratum {

// One relayed stratumctl command on the app's side: what it writes goes back to
// the CLI as it is written, and finish() sends the exit code and ends the call
// (it deletes itself then). When the CLI goes away first, gone() says so; the
// command still ends at a safe point and calls finish().
class RelayCall : public QObject
{
    Q_OBJECT
public:
    RelayCall(QLocalSocket *socket, QStringList arguments, bool fromTerminal, QObject *parent);
    QStringList arguments() const { return m_arguments; }
    bool fromTerminal() const { return m_fromTerminal; } // stratumctl's standard input is a terminal
    void writeOut(const QByteArray &bytes);
    void writeErr(const QByteArray &bytes);
    void finish(int exitCode);
    void decline(); // before anything ran: the CLI runs the command itself

Q_SIGNALS:
    void interrupted(int count); // Ctrl-C at the CLI: the first, the second …
    void gone();                 // the CLI went away before the end
    void declined();

private:
    void readFrames();
    void send(RelayFrames::Type type, const QByteArray &payload);

    QPointer<QLocalSocket> m_socket;
    QStringList m_arguments;
    bool m_fromTerminal = false;
    RelayFrames::Reader m_reader;
    int m_interrupts = 0;
    bool m_finished = false;
};

// The app's (or `stratumctl keep`'s) private local socket that stratumctl sends its
// droplet commands through, so they run on the session the app keeps open. The socket
// lives in the user's runtime directory with mode 0600, and a peer of another user is
// refused even when it reaches it (SO_PEERCRED / getpeereid).
class RelayServer : public QObject
{
    Q_OBJECT
public:
    // Runs a relayed command; the call is the command's output and its end.
    using Runner = std::function<void(RelayCall *call)>;

    RelayServer(Runner runner, QObject *parent = nullptr);
    ~RelayServer() override;
    bool listen(QString *error = nullptr); // false: another app or keeper answers there already, or it cannot listen
    int running() const { return m_running; }

    static QString socketPath();    // one per identity (production, rehearsal) and user
    static bool someoneListens();   // the app or a `stratumctl keep` answers there now

Q_SIGNALS:
    void peerRefused(uint uid);
    void callStarted();
    void callDeclined(); // the runner left it to stratumctl itself
    void callEnded(); // running() went down by one

private:
    void accept();
    void readRequest(QLocalSocket *socket);

    Runner m_runner;
    QLocalServer *m_server;
    QHash<QLocalSocket *, QByteArray> m_pending; // connections whose request has not all arrived
    int m_running = 0;
};

} // namespace Stratum
