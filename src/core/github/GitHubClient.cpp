#include "GitHubClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcGitHub, "stratum.github")

namespace Stratum {

namespace {

// An HTTP-date as GitHub sends it ("Sun, 06 Dec 2026 07:53:29 GMT"): RFC 2822 but for the zone's
// name, which Qt does not read.
QDateTime parseHttpDate(const QByteArray &header)
{
    QString text = QString::fromLatin1(header).trimmed();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

QUrl nextPage(const QByteArray &link)
{
    // <https://api.github.com/…?page=2>; rel="next", <…>; rel="last"
    static const QRegularExpression next(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"next\""));
    const QRegularExpressionMatch match = next.match(QString::fromLatin1(link));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

bool isRateLimited(int status, const QNetworkReply &reply, const QByteArray &payload)
{
    if (status == 429)
        return true;
    if (status != 403)
        return false;
    return reply.hasRawHeader("retry-after") || reply.rawHeader("x-ratelimit-remaining") == "0"
           || payload.contains("secondary rate limit") || payload.contains("rate limit exceeded");
}

} // namespace

GitHubClient::GitHubClient(QUrl apiBase, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_apiBase(std::move(apiBase))
{
    m_network.setTransferTimeout(static_cast<int>(timeout.count()));
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void GitHubClient::setToken(const QByteArray &token)
{
    m_token = token;
}

QUrl GitHubClient::url(const QString &pathAndQuery) const
{
    QUrl result = m_apiBase;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QString basePath = result.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    result.setPath(basePath + (question < 0 ? pathAndQuery : pathAndQuery.left(question)));
    if (question >= 0)
        result.setQuery(pathAndQuery.mid(question + 1));
    return result;
}

QNetworkRequest GitHubClient::request(const QUrl &target) const
{
    QNetworkRequest request(target);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("User-Agent", "stratum-deploy");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    return request;
}

std::chrono::milliseconds GitHubClient::retryDelay(const QNetworkReply &reply, int attempt) const
{
    using namespace std::chrono;
    milliseconds wait;
    if (reply.hasRawHeader("retry-after")) {
        wait = seconds(reply.rawHeader("retry-after").toLongLong());
    } else if (reply.rawHeader("x-ratelimit-remaining") == "0" && reply.hasRawHeader("x-ratelimit-reset")) {
        const qint64 reset = reply.rawHeader("x-ratelimit-reset").toLongLong();
        wait = seconds(std::max<qint64>(1, reset - QDateTime::currentSecsSinceEpoch()));
    } else {
        wait = seconds(60) * (1 << std::min(attempt, 4)); // secondary limit without a hint: at least a minute, doubling
    }
    return milliseconds(static_cast<qint64>(static_cast<double>(wait.count()) * m_backoffScale));
}

QString GitHubClient::describeHttpError(int status, const QJsonDocument &body, const QString &acceptedPermissions)
{
    const QString message = body.object().value(QStringLiteral("message")).toString();
    switch (status) {
    case 401:
        return tr("GitHub refused the token (401 %1): set a valid fine-grained token in Settings").arg(message);
    case 403:
        if (!acceptedPermissions.isEmpty())
            return tr("the GitHub token lacks a permission (403 %1): it needs %2. Edit the token's repository "
                      "permissions on github.com → Settings → Developer settings.").arg(message, acceptedPermissions);
        return tr("GitHub refused the request (403 %1)").arg(message);
    case 404:
        return tr("not found on GitHub (404 %1): check owner, repository and workflow in the profile, and that the "
                  "token can see the repository").arg(message);
    case 422:
        return tr("GitHub rejected the request (422 %1)").arg(message);
    default:
        return status >= 500 ? tr("GitHub is having trouble (HTTP %1)").arg(status)
                             : tr("GitHub answered HTTP %1 %2").arg(status).arg(message);
    }
}

void GitHubClient::get(const QString &pathAndQuery, QObject *context, Done done, bool conditional)
{
    send(QStringLiteral("GET"), url(pathAndQuery), {}, conditional, 0, context, std::move(done));
}

void GitHubClient::post(const QString &path, const QJsonObject &body, QObject *context, Done done)
{
    send(QStringLiteral("POST"), url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), false, 0, context,
         std::move(done));
}

void GitHubClient::getAll(const QString &pathAndQuery, const QString &arrayKey, QObject *context, Done done)
{
    QUrl first = url(pathAndQuery);
    QUrlQuery query(first);
    if (!query.hasQueryItem(QStringLiteral("per_page")))
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    first.setQuery(query);
    collect(first, arrayKey, {}, 0, context, std::move(done));
}

void GitHubClient::collect(const QUrl &pageUrl, const QString &arrayKey, QJsonArray items, int pages, QObject *context,
                           Done done)
{
    send(QStringLiteral("GET"), pageUrl, {}, false, 0, context,
         [this, arrayKey, items, pages, context, done](const GitHubResponse &page) mutable {
        if (!page.ok()) {
            done(page);
            return;
        }
        const QJsonValue array = arrayKey.isEmpty() ? QJsonValue(page.json.array()) : page.json.object().value(arrayKey);
        if (!array.isArray()) {
            GitHubResponse broken = page;
            broken.error = tr("GitHub's answer has no \"%1\" list").arg(arrayKey);
            done(broken);
            return;
        }
        for (const QJsonValue &item : array.toArray())
            items.append(item);
        const QUrl next = page.location.isEmpty() ? QUrl() : QUrl(QString::fromLatin1(page.location));
        if (next.isValid() && pages < 50) {
            collect(next, arrayKey, items, pages + 1, context, done);
            return;
        }
        GitHubResponse all = page;
        all.items = items;
        done(all);
    });
}

void GitHubClient::send(const QString &method, const QUrl &target, const QByteArray &body, bool conditional,
                        int attempt, QObject *context, Done done)
{
    QNetworkRequest req = request(target);
    const bool isGet = method == QLatin1String("GET");
    if (isGet && conditional && m_cache.contains(target))
        req.setRawHeader("If-None-Match", m_cache.value(target).etag);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    ++m_requests;
    QNetworkReply *reply = isGet ? m_network.get(req) : m_network.sendCustomRequest(req, method.toLatin1(), body);
    limitAnswerSize(reply);
    connect(reply, &QNetworkReply::finished, context, [this, reply, method, target, body, conditional, attempt, isGet,
                                                        context, done]() {
        reply->deleteLater();
        GitHubResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.acceptedPermissions = QString::fromLatin1(reply->rawHeader("X-Accepted-GitHub-Permissions"));
        response.serverDate = parseHttpDate(reply->rawHeader("Date"));
        if (response.serverDate.isValid())
            m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(response.serverDate);
        response.hasOAuthScopes = reply->hasRawHeader("X-OAuth-Scopes");
        response.oauthScopes = QString::fromLatin1(reply->rawHeader("X-OAuth-Scopes"));
        if (wasTooLarge(*reply)) {
            response.status = 0;
            response.error = tooLargeMessage();
            done(response); // never retried: the same request would bring the same answer
            return;
        }
        const QByteArray payload = reply->readAll();

        if (response.status == 0) {
            if (isGet && attempt < m_maxRetries) {
                QTimer::singleShot(std::chrono::milliseconds(static_cast<qint64>(1000 * (1 << attempt) * m_backoffScale)),
                                   context, [=, this]() { send(method, target, body, conditional, attempt + 1, context, done); });
                return;
            }
            response.error = tr("cannot reach GitHub: %1").arg(reply->errorString());
            done(response);
            return;
        }
        if (isRateLimited(response.status, *reply, payload) || (isGet && response.status >= 500)) {
            if (isGet && attempt < m_maxRetries) {
                const auto wait = response.status >= 500
                                      ? std::chrono::milliseconds(static_cast<qint64>(1000 * (1 << attempt) * m_backoffScale))
                                      : retryDelay(*reply, attempt);
                qCInfo(lcGitHub) << "retrying" << target.path() << "after HTTP" << response.status << "in" << wait.count() << "ms";
                QTimer::singleShot(wait, context, [=, this]() { send(method, target, body, conditional, attempt + 1, context, done); });
                return;
            }
            response.error = response.status >= 500 ? describeHttpError(response.status, {}, {})
                                                    : tr("GitHub's rate limit was hit (HTTP %1); try again later").arg(response.status);
            done(response);
            return;
        }
        if (response.status == 304 && m_cache.contains(target)) {
            ++m_notModified;
            response.notModified = true;
            response.json = QJsonDocument::fromJson(m_cache.value(target).body);
            done(response);
            return;
        }
        if (response.status == 302 || response.status == 301 || response.status == 307) {
            response.location = reply->rawHeader("Location");
            done(response);
            return;
        }
        if (response.status == 204) {
            done(response);
            return;
        }
        if (response.status >= 200 && response.status < 300) {
            QJsonParseError parseError;
            response.json = QJsonDocument::fromJson(payload, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                response.error = tr("GitHub sent an answer that is not valid JSON (%1)").arg(parseError.errorString());
                done(response);
                return;
            }
            if (isGet && reply->hasRawHeader("ETag")) {
                // Bounded: a long session polls a handful of URLs, but never lets the cache grow without end.
                if (m_cache.size() >= maxCachedAnswers && !m_cache.contains(target))
                    m_cache.erase(m_cache.begin()); // any one: a miss only costs a full answer
                m_cache.insert(target, {reply->rawHeader("ETag"), payload});
            }
            if (isGet)
                response.location = nextPage(reply->rawHeader("Link")).toEncoded();
            done(response);
            return;
        }
        response.json = QJsonDocument::fromJson(payload);
        response.error = describeHttpError(response.status, response.json, response.acceptedPermissions);
        done(response);
    });
}

void GitHubClient::limitAnswerSize(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maxAnswerBytes || total > maxAnswerBytes) {
            reply->setProperty("stratumTooLarge", true);
            reply->abort();
        }
    });
}

bool GitHubClient::wasTooLarge(const QNetworkReply &reply)
{
    return reply.property("stratumTooLarge").toBool();
}

QString GitHubClient::tooLargeMessage()
{
    return tr("GitHub's answer was larger than %1 MB, more than any answer the app reads; it was not read")
        .arg(maxAnswerBytes / (1024 * 1024));
}

void GitHubClient::getText(const QString &path, QObject *context, std::function<void(int, const QByteArray &)> done)
{
    ++m_requests;
    QNetworkReply *reply = m_network.get(request(url(path)));
    limitAnswerSize(reply);
    connect(reply, &QNetworkReply::finished, context, [this, reply, context, done]() {
        reply->deleteLater();
        if (wasTooLarge(*reply)) {
            done(0, tooLargeMessage().toUtf8());
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 302 || status == 301 || status == 307) {
            // The log lives elsewhere (a signed URL): fetch it without our token.
            ++m_requests;
            QNetworkReply *log = m_network.get(QNetworkRequest(QUrl(QString::fromLatin1(reply->rawHeader("Location")))));
            limitAnswerSize(log);
            connect(log, &QNetworkReply::finished, context, [log, done]() {
                log->deleteLater();
                if (wasTooLarge(*log)) {
                    done(0, tooLargeMessage().toUtf8());
                    return;
                }
                done(log->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), log->readAll());
            });
            return;
        }
        done(status, reply->readAll());
    });
}

} // namespace Stratum
