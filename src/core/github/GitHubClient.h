#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Stratum {

struct GitHubResponse {
    int status = 0;
    QJsonDocument json;
    QJsonArray items;            // getAll(): every page's items, in order
    bool notModified = false;    // answered from the ETag cache (HTTP 304)
    QString error;               // empty when the answer is usable
    QString acceptedPermissions; // X-Accepted-GitHub-Permissions: what the endpoint needs
    QString oauthScopes;         // X-OAuth-Scopes: a classic token's scopes (fine-grained tokens send none)
    bool hasOAuthScopes = false;
    QByteArray location;         // for redirects (job logs)
    QDateTime serverDate;        // the Date header: GitHub's own clock (invalid when absent)
    bool ok() const { return error.isEmpty(); }
};

// GitHub's REST API (version 2022-11-28), politely: one QNetworkAccessManager,
// conditional requests with ETags, Link-header pagination, primary and
// secondary rate limits honoured (retry-after, x-ratelimit-reset, backoff),
// bounded retries only for GETs. A POST is never retried automatically.
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const GitHubResponse &)>;

    GitHubClient(QUrl apiBase, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void setToken(const QByteArray &token);
    // Waits are multiplied by this (1.0 in the app; tests shrink every backoff).
    void setBackoffScale(double scale) { m_backoffScale = scale; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    void get(const QString &pathAndQuery, QObject *context, Done done, bool conditional = false);
    void getAll(const QString &pathAndQuery, const QString &arrayKey, QObject *context, Done done);
    void post(const QString &path, const QJsonObject &body, QObject *context, Done done);
    void getText(const QString &path, QObject *context, std::function<void(int status, const QByteArray &text)> done);

    int requestsSent() const { return m_requests; }
    // Now by GitHub's clock, as its last Date header said (this machine's clock until GitHub answered):
    // what run times are compared with, not a clock that may run fast.
    QDateTime serverNow() const { return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs); }
    int notModifiedAnswers() const { return m_notModified; }

    static QString describeHttpError(int status, const QJsonDocument &body, const QString &acceptedPermissions);

private:
    static void limitAnswerSize(QNetworkReply *reply);
    static bool wasTooLarge(const QNetworkReply &reply);
    static QString tooLargeMessage();

    QNetworkRequest request(const QUrl &url) const;
    void send(const QString &method, const QUrl &url, const QByteArray &body, bool conditional, int attempt,
              QObject *context, Done done);
    void collect(const QUrl &url, const QString &arrayKey, QJsonArray items, int pages, QObject *context, Done done);
    std::chrono::milliseconds retryDelay(const class QNetworkReply &reply, int attempt) const;
    QUrl url(const QString &pathAndQuery) const;

    QNetworkAccessManager m_network;
    QUrl m_apiBase;
    QByteArray m_token;
    double m_backoffScale = 1.0;
    int m_maxRetries = 3;
    int m_requests = 0;
    qint64 m_clockOffsetMs = 0; // GitHub's clock minus this machine's
    int m_notModified = 0;
    struct Cached {
        QByteArray etag;
        QByteArray body;
    };
    static constexpr qsizetype maxCachedAnswers = 256;
    // No answer the app reads comes near this (a page of 100 check runs is ~300 KB, a job
    // log a few MB); anything larger is cut off unread, so memory stays bounded.
    static constexpr qint64 maxAnswerBytes = 32 * 1024 * 1024;
    QHash<QUrl, Cached> m_cache;
};

} // namespace Stratum
