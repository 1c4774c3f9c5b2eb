#include "RegistryGate.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Stratum {

RegistryGate::RegistryGate(QUrl registry, QString user, QByteArray token, QObject *parent)
    : QObject(parent), m_registry(std::move(registry)), m_user(std::move(user)), m_token(std::move(token))
{
    m_issued = "rehearsal-registry-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_http.setHandler([this](const HttpRequest &request, const LoopbackHttpServer::Respond &respond) { handle(request, respond); });
}

bool RegistryGate::start(quint16 port)
{
    return m_http.listen(port);
}

QUrl RegistryGate::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void RegistryGate::handle(const HttpRequest &request, const LoopbackHttpServer::Respond &respond)
{
    if (m_down) {
        respond({503, R"j({"errors":[{"code":"UNAVAILABLE","message":"the registry of the rehearsal is down (scenario registry-down)"}]})j", {}});
        return;
    }
    const QByteArray authorization = request.headers.value("authorization");
    if (request.path == QLatin1String("/token")) {
        if (authorization != "Basic " + QByteArray(m_user.toUtf8() + ':' + m_token).toBase64()) {
            respond({401, R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})", {}});
            return;
        }
        respond({200, R"({"token":")" + m_issued + R"("})", {}});
        return;
    }
    if (authorization != "Bearer " + m_issued) {
        static const QRegularExpression name(QStringLiteral("^/v2/(.+)/(manifests|blobs|tags)/"));
        const QString repository = name.match(request.path).captured(1);
        respond({401, R"({"errors":[{"code":"UNAUTHORIZED"}]})",
                 {{"WWW-Authenticate", "Bearer realm=\"" + baseUrl().toString().toLatin1() + "/token\",service=\"rehearsal-registry\","
                                       "scope=\"repository:" + repository.toLatin1() + ":pull\""}}});
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        respond({401, R"({"errors":[{"code":"DENIED","message":"pull only"}]})", {}});
        return;
    }
    QUrl url = m_registry;
    url.setPath(request.path);
    QNetworkRequest forward(url);
    if (const QByteArray accept = request.headers.value("accept"); !accept.isEmpty())
        forward.setRawHeader("Accept", accept);
    QNetworkReply *reply = request.method == "HEAD" ? m_network.head(forward) : m_network.get(forward);
    connect(reply, &QNetworkReply::finished, this, [reply, respond]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        HttpReply answer{status ? status : 502, reply->readAll(), {}};
        for (const QByteArray &header : {QByteArray("Docker-Content-Digest"), QByteArray("Content-Type")}) {
            if (reply->hasRawHeader(header))
                answer.headers.append({header, reply->rawHeader(header)});
        }
        respond(answer);
    });
}

} // namespace Stratum
