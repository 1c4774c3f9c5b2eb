#include "Announcement.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Stratum {

namespace {

struct KindName {
    WebhookKind kind;
    const char *id;
};
constexpr KindName kindNames[] = {{WebhookKind::Slack, "slack"}, {WebhookKind::Discord, "discord"},
                                  {WebhookKind::Teams, "teams"}, {WebhookKind::Json, "json"}};

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Teams' Workflows webhooks (which replace the retired Office 365 connectors) take an Adaptive Card.
QJsonObject teamsCard(const QString &line)
{
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("TextBlock")}, {QStringLiteral("text"), line},
                           {QStringLiteral("wrap"), true}};
    const QJsonObject card{{QStringLiteral("type"), QStringLiteral("AdaptiveCard")}, {QStringLiteral("version"), QStringLiteral("1.4")},
                           {QStringLiteral("body"), QJsonArray{text}}};
    const QJsonObject attachment{{QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                 {QStringLiteral("content"), card}};
    return {{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("attachments"), QJsonArray{attachment}}};
}

} // namespace

QString webhookKindId(WebhookKind kind)
{
    for (const KindName &name : kindNames)
        if (name.kind == kind)
            return QLatin1String(name.id);
    return {};
}

std::optional<WebhookKind> parseWebhookKind(const QString &id)
{
    for (const KindName &name : kindNames)
        if (id == QLatin1String(name.id))
            return name.kind;
    return std::nullopt;
}

QStringList webhookKindIds()
{
    QStringList ids;
    for (const KindName &name : kindNames)
        ids << QLatin1String(name.id);
    return ids;
}

QString validateWebhookUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Stratum::Announcement", "the webhook URL is empty");
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Stratum::Announcement", "the webhook URL is not a valid URL");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url.host()))
        return {};
    return QCoreApplication::translate("Stratum::Announcement",
                                       "the webhook URL must start with https:// (plain http only to this machine)");
}

QString webhookUrlShown(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("?");
    return url.scheme() + QStringLiteral("://") + url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString())
           + QStringLiteral("/…");
}

QString announceEventId(AnnounceEvent event)
{
    switch (event) {
    case AnnounceEvent::ChangeStarted: return QStringLiteral("change-started");
    case AnnounceEvent::ChangeSucceeded: return QStringLiteral("change-succeeded");
    case AnnounceEvent::ChangeFailed: return QStringLiteral("change-failed");
    case AnnounceEvent::RolledBack: return QStringLiteral("rolled-back");
    case AnnounceEvent::Pinned: return QStringLiteral("pinned");
    case AnnounceEvent::Unpinned: return QStringLiteral("unpinned");
    case AnnounceEvent::WatchFailed: return QStringLiteral("health-watch-failed");
    case AnnounceEvent::IncidentSaved: return QStringLiteral("incident-bundle-saved");
    case AnnounceEvent::Test: return QStringLiteral("test");
    }
    return {};
}

QString Announcement::line() const
{
    return actor.isEmpty() ? text : QStringLiteral("[%1] %2").arg(actor, text);
}

QByteArray webhookPayload(WebhookKind kind, const Announcement &announcement, const QString &line)
{
    switch (kind) {
    case WebhookKind::Slack:
        return compact({{QStringLiteral("text"), line}});
    case WebhookKind::Discord:
        return compact({{QStringLiteral("content"), line}});
    case WebhookKind::Teams:
        return compact(teamsCard(line));
    case WebhookKind::Json:
        break;
    }
    return compact({{QStringLiteral("event"), announceEventId(announcement.event)},
                    {QStringLiteral("text"), line},
                    {QStringLiteral("sha"), announcement.sha},
                    {QStringLiteral("target"), announcement.target},
                    {QStringLiteral("source"), QStringLiteral("stratum-deploy")}});
}

} // namespace Stratum
