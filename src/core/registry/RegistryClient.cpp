#include "RegistryClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Stratum {

namespace {

constexpr char manifestTypes[] = "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
                                 "application/vnd.docker.distribution.manifest.list.v2+json, "
                                 "application/vnd.docker.distribution.manifest.v2+json";

} // namespace

QHash<QString, QString> parseBearerChallenge(const QString &header)
{
    QHash<QString, QString> fields;
    static const QRegularExpression pair(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    auto it = pair.globalMatch(header);
    while (it.hasNext()) {
        const auto match = it.next();
        fields.insert(match.captured(1).toLower(), match.captured(2));
    }
    return fields;
}

RegistryClient::RegistryClient(QUrl apiBase, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_apiBase(std::move(apiBase)), m_timeout(timeout)
{
    m_network.setTransferTimeout(static_cast<int>(timeout.count()));
}

void RegistryClient::setCredentials(const QString &user, const QString &token)
{
    m_user = user;
    m_token = token;
}

QString RegistryClient::repositoryOf(const QString &imageRef)
{
    QString name = imageRef;
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    if (colon > name.lastIndexOf(QLatin1Char('/')))
        name.truncate(colon);
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    const QString first = name.left(slash);
    // The first segment is a registry host when it has a dot or a port.
    if (slash > 0 && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))))
        name = name.mid(slash + 1);
    return name;
}

QString RegistryClient::tagOf(const QString &imageRef)
{
    const qsizetype colon = imageRef.lastIndexOf(QLatin1Char(':'));
    return colon > imageRef.lastIndexOf(QLatin1Char('/')) ? imageRef.mid(colon + 1) : QStringLiteral("latest");
}

void RegistryClient::checkManifest(const QString &imageRef, QObject *context, Done done)
{
    head(repositoryOf(imageRef), tagOf(imageRef), {}, true, context, done);
}

void RegistryClient::head(const QString &repository, const QString &tag, const QByteArray &bearer,
                          bool mayAuthenticate, QObject *context, Done done)
{
    QUrl url = m_apiBase;
    url.setPath(QStringLiteral("/v2/%1/manifests/%2").arg(repository, tag));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", manifestTypes);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = m_network.head(request);
    const bool authenticated = !bearer.isEmpty();
    connect(reply, &QNetworkReply::finished, context, [this, reply, repository, tag, mayAuthenticate, authenticated, context, done]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString ref = repository + QLatin1Char(':') + tag;
        if (status == 200) {
            done({ManifestCheck::Outcome::Present, QString::fromLatin1(reply->rawHeader("Docker-Content-Digest")), {}, authenticated});
            return;
        }
        if (status == 404) {
            done({ManifestCheck::Outcome::Missing, {}, tr("%1 is not in the registry (yet)").arg(ref), authenticated});
            return;
        }
        if (status == 401 && mayAuthenticate) {
            const QString challenge = QString::fromLatin1(reply->rawHeader("WWW-Authenticate"));
            if (!challenge.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive)) {
                done({ManifestCheck::Outcome::Denied, {},
                      tr("%1: the registry refused without saying how to log in (no Bearer challenge); check the "
                         "registry address in the profile").arg(ref)});
                return;
            }
            fetchToken(challenge, repository, context, [this, repository, tag, context, done](const QByteArray &token,
                                                                                          const QString &error) {
                if (!error.isEmpty()) {
                    done({ManifestCheck::Outcome::Denied, {}, error});
                    return;
                }
                head(repository, tag, token, false, context, done);
            });
            return;
        }
        if (status == 401 || status == 403) {
            done({ManifestCheck::Outcome::Denied, {},
                  tr("%1: missing or no access (HTTP %2). Check the GHCR user name and token (read:packages) "
                     "in Settings.").arg(ref).arg(status)});
            return;
        }
        ManifestCheck failed{ManifestCheck::Outcome::Error, {},
                             status ? tr("%1: the registry answered HTTP %2").arg(ref).arg(status)
                                    : tr("%1: %2").arg(ref, reply->errorString())};
        failed.transient = status == 0 || status == 429 || status >= 500;
        done(failed);
    });
}

void RegistryClient::fetchToken(const QString &challenge, const QString &repository, QObject *context,
                                std::function<void(const QByteArray &, const QString &)> done)
{
    const QHash<QString, QString> fields = parseBearerChallenge(challenge);
    QUrl realm(fields.value(QStringLiteral("realm")));
    if (!realm.isValid() || (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http"))) {
        done({}, tr("the registry's token challenge names no valid realm"));
        return;
    }
    QUrlQuery query;
    if (fields.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), fields.value(QStringLiteral("service")));
    query.addQueryItem(QStringLiteral("scope"), fields.value(QStringLiteral("scope"),
                                                             QStringLiteral("repository:%1:pull").arg(repository)));
    realm.setQuery(query);
    QNetworkRequest request(realm);
    if (!m_user.isEmpty() && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_user + QLatin1Char(':') + m_token).toUtf8().toBase64());
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, context, [reply, done]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || status == 403) {
            done({}, tr("the registry refused a token (HTTP %1): check the GHCR user name and token "
                        "(read:packages) in Settings").arg(status));
            return;
        }
        if (status != 200) {
            done({}, status ? tr("the registry's token service is failing (HTTP %1); try again in a minute").arg(status)
                            : tr("cannot reach the registry's token service: %1").arg(reply->errorString()));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        QByteArray token = object.value(QStringLiteral("token")).toString().toUtf8();
        if (token.isEmpty())
            token = object.value(QStringLiteral("access_token")).toString().toUtf8();
        if (token.isEmpty()) {
            done({}, tr("the registry's token answer holds no token"));
            return;
        }
        done(token, {});
    });
}

} // namespace Stratum
