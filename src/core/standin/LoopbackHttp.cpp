#include "LoopbackHttp.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace Stratum {

namespace {

constexpr qsizetype maxRequestBytes = 8 * 1024 * 1024;

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onConnection);
}

bool LoopbackHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

std::optional<HttpRequest> LoopbackHttpServer::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 2)
        return std::nullopt;
    HttpRequest request;
    request.method = requestLine.at(0);
    const QString target = QString::fromLatin1(requestLine.at(1));
    request.path = target.section(QLatin1Char('?'), 0, 0);
    request.query = target.section(QLatin1Char('?'), 1);
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return request;
}

QByteArray LoopbackHttpServer::serialize(const HttpReply &reply, bool headOnly)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonOf(reply.status) + "\r\n";
    bool hasType = false;
    for (const auto &[name, value] : reply.headers) {
        response += name + ": " + value + "\r\n";
        hasType |= name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType && !reply.body.isEmpty())
        response += "Content-Type: application/json; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (!headOnly)
        response += reply.body;
    return response;
}

void LoopbackHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered]() {
            *buffer += socket->readAll();
            if (*answered)
                return;
            if (buffer->size() > maxRequestBytes) {
                socket->abort();
                return;
            }
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            std::optional<HttpRequest> request = parseHead(buffer->left(end));
            if (!request) {
                socket->abort();
                return;
            }
            const qsizetype length = request->headers.value("content-length").toLongLong();
            if (buffer->size() - end - 4 < length)
                return; // the body is still coming
            request->body = buffer->mid(end + 4, length);
            *answered = true;
            const bool headOnly = request->method == "HEAD";
            QPointer<QTcpSocket> guarded(socket);
            m_handler(*request, [guarded, headOnly](const HttpReply &reply) {
                if (!guarded)
                    return;
                guarded->write(serialize(reply, headOnly));
                guarded->disconnectFromHost();
            });
        });
    }
}

} // namespace Stratum
