#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>
#include <optional>

#include <functional>

namespace Stratum {

struct HttpRequest {
    QByteArray method;
    QString path;
    QString query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct HttpReply {
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// A small HTTP/1.1 server on 127.0.0.1 for the rehearsal's stand-ins (GitHub, the
// registry's token gate): one request per connection, answered when the handler calls
// back (at once or later), then closed.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    using Respond = std::function<void(const HttpReply &)>;
    using Handler = std::function<void(const HttpRequest &, Respond)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

    // What a request's head says, or nothing while it is incomplete. Pure.
    static std::optional<HttpRequest> parseHead(const QByteArray &head);
    static QByteArray serialize(const HttpReply &reply, bool headOnly);

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
};

} // namespace Stratum
