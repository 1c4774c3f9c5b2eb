#include "RelayServer.h"

#include "core/platform/AppIdentity.h"
#include "core/relay/RelaySocketPath.h"
#include "core/platform/PeerCredentials.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRelay, "stratum.relay")

namespace Stratum {

RelayCall::RelayCall(QLocalSocket *socket, QStringList arguments, bool fromTerminal, QObject *parent)
    : QObject(parent), m_socket(socket), m_arguments(std::move(arguments)), m_fromTerminal(fromTerminal)
{
    connect(socket, &QLocalSocket::readyRead, this, &RelayCall::readFrames);
    connect(socket, &QLocalSocket::disconnected, this, [this]() {
        if (!m_finished)
            Q_EMIT gone();
    });
}

void RelayCall::writeOut(const QByteArray &bytes)
{
    send(RelayFrames::Type::Out, bytes);
}

void RelayCall::writeErr(const QByteArray &bytes)
{
    send(RelayFrames::Type::Err, bytes);
}

void RelayCall::finish(int exitCode)
{
    if (m_finished)
        return;
    send(RelayFrames::Type::Exit, QByteArray::number(exitCode));
    m_finished = true;
    if (m_socket)
        m_socket->disconnectFromServer(); // after what is written has gone out
    deleteLater();
}

void RelayCall::decline()
{
    if (m_finished)
        return;
    if (m_socket) {
        m_socket->write(RelayFrames::frame(RelayFrames::Type::Declined));
        m_socket->disconnectFromServer();
    }
    m_finished = true;
    Q_EMIT declined();
    deleteLater();
}

void RelayCall::send(RelayFrames::Type type, const QByteArray &payload)
{
    if (m_finished || !m_socket)
        return;
    if (payload.isEmpty()) {
        if (type == RelayFrames::Type::Exit)
            m_socket->write(RelayFrames::frame(type));
        return;
    }
    for (qsizetype at = 0; at < payload.size(); at += RelayFrames::maxPayload)
        m_socket->write(RelayFrames::frame(type, payload.mid(at, RelayFrames::maxPayload)));
}

void RelayCall::readFrames()
{
    m_reader.feed(m_socket->readAll());
    while (const auto frame = m_reader.next()) {
        if (frame->type == RelayFrames::Type::Interrupt)
            Q_EMIT interrupted(++m_interrupts);
    }
    if (m_reader.broken())
        m_socket->abort();
}

RelayServer::RelayServer(Runner runner, QObject *parent)
    : QObject(parent), m_runner(std::move(runner)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &RelayServer::accept);
}

RelayServer::~RelayServer()
{
    m_server->close(); // removes the socket file
}

QString RelayServer::socketPath()
{
    return QString::fromStdString(relaySocketPath(AppIdentity::isRehearsal()));
}

bool RelayServer::someoneListens()
{
    QLocalSocket probe;
    probe.connectToServer(socketPath());
    return probe.waitForConnected(500);
}

bool RelayServer::listen(QString *error)
{
    const QString path = socketPath();
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("no private directory for the relay socket (XDG_RUNTIME_DIR, /tmp/stratum-deploy-UID)");
        return false;
    }
    if (someoneListens()) {
        if (error)
            *error = QStringLiteral("another process answers on %1 already").arg(path);
        return false;
    }
    QLocalServer::removeServer(path); // a socket file left by a process that ended without closing it
    if (!m_server->listen(path)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcRelay).noquote() << "stratumctl may use this process's sessions through" << path;
    return true;
}

void RelayServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        const std::optional<unsigned> uid = peerUserId(socket->socketDescriptor());
        if (!uid || *uid != ownUserId()) {
            qCWarning(lcRelay) << "refused a connection from user" << (uid ? int(*uid) : -1);
            Q_EMIT peerRefused(uid.value_or(uint(-1)));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket]() { m_pending.remove(socket); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { readRequest(socket); });
    }
}

void RelayServer::readRequest(QLocalSocket *socket)
{
    // The first frame is the request; the call reads whatever follows it.
    QByteArray &pending = m_pending[socket];
    pending += socket->readAll();
    RelayFrames::Reader frames;
    frames.feed(pending);
    const std::optional<RelayFrames::Frame> first = frames.next();
    if (!first && !frames.broken())
        return; // wait for the rest
    m_pending.remove(socket);
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    if (frames.broken() || first->type != RelayFrames::Type::Request) {
        socket->abort();
        return;
    }
    qCInfo(lcRelay) << "runs a relayed stratumctl command";
    auto *call = new RelayCall(socket, RelayFrames::requestArguments(first->payload), RelayFrames::requestFromTerminal(first->payload), this);
    connect(call, &RelayCall::declined, this, &RelayServer::callDeclined);
    ++m_running;
    Q_EMIT callStarted();
    connect(call, &QObject::destroyed, this, [this]() {
        --m_running;
        Q_EMIT callEnded();
    });
    m_runner(call);
}

} // namespace Stratum
