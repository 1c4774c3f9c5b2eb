#pragma once

#include "core/standin/LoopbackHttp.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace Stratum {

// The rehearsal's GHCR front: like ghcr.io, every /v2/ request without a bearer token
// gets 401 with a WWW-Authenticate Bearer challenge; GET /token with Basic user:token
// issues one; with it, requests go on to the registry behind (Debian's docker-registry).
// While "down" it answers 503 to everything, as a registry outage does.
class RegistryGate : public QObject
{
    Q_OBJECT
public:
    RegistryGate(QUrl registry, QString user, QByteArray token, QObject *parent = nullptr);
    bool start(quint16 port = 0);
    quint16 port() const { return m_http.port(); }
    QUrl baseUrl() const;
    void setDown(bool down) { m_down = down; }
    bool isDown() const { return m_down; }

private:
    void handle(const HttpRequest &request, const LoopbackHttpServer::Respond &respond);

    LoopbackHttpServer m_http;
    QNetworkAccessManager m_network;
    QUrl m_registry;
    QString m_user;
    QByteArray m_token;
    QByteArray m_issued;
    bool m_down = false;
};

} // namespace Stratum
