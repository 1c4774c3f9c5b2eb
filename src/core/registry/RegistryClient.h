#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Stratum {

struct ManifestCheck {
    enum class Outcome { Present, Missing, Denied, Error };
    Outcome outcome = Outcome::Error;
    QString digest;   // Docker-Content-Digest when present
    QString message;  // for Missing/Denied/Error, in words a person can act on
    bool authenticated = false; // the answer came with a token the registry issued for the credentials
    bool transient = false;     // Error: the registry is down or slow (5xx, 429, no answer); asking again may help
};

// The fields of a WWW-Authenticate challenge (realm, service, scope), names in lowercase.
QHash<QString, QString> parseBearerChallenge(const QString &header);

// Asks an OCI distribution registry (GHCR, or docker-registry in tests)
// whether repository:tag exists: HEAD /v2/<name>/manifests/<tag> with the OCI
// and Docker media types, answering a Bearer challenge from WWW-Authenticate
// with the GHCR user name and token.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ManifestCheck &)>;

    RegistryClient(QUrl apiBase, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void setCredentials(const QString &user, const QString &token);
    // `imageRef` is host/name:tag; the host part is replaced by the API base.
    void checkManifest(const QString &imageRef, QObject *context, Done done);

    static QString repositoryOf(const QString &imageRef); // owner/name
    static QString tagOf(const QString &imageRef);

private:
    void head(const QString &repository, const QString &tag, const QByteArray &bearer, bool mayAuthenticate,
              QObject *context, Done done);
    void fetchToken(const QString &challenge, const QString &repository, QObject *context,
                    std::function<void(const QByteArray &token, const QString &error)> done);

    QNetworkAccessManager m_network;
    QUrl m_apiBase;
    std::chrono::milliseconds m_timeout;
    QString m_user;
    QString m_token;
};

} // namespace Stratum
