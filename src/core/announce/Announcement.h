#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stratum {

// Where the team reads announcements: Slack's and Microsoft Teams' incoming webhooks,
// Discord's webhooks, or any endpoint that takes a JSON POST.
enum class WebhookKind { Slack, Discord, Teams, Json };
QString webhookKindId(WebhookKind kind); // "slack", "discord", "teams", "json"
std::optional<WebhookKind> parseWebhookKind(const QString &id);
QStringList webhookKindIds();

// Why `url` cannot be a webhook, in one sentence; empty when it can. HTTPS, or plain HTTP
// to this machine (a local relay or a test peer): the URL is a secret and never crosses a
// network in the clear.
QString validateWebhookUrl(const QString &url);
// The URL as a person may see it: scheme and host, never the path (which is the secret).
QString webhookUrlShown(const QString &url);

enum class AnnounceEvent { ChangeStarted, ChangeSucceeded, ChangeFailed, RolledBack, Pinned, Unpinned, WatchFailed,
                           IncidentSaved, Test };
QString announceEventId(AnnounceEvent event); // "change-started", …: the generic JSON's "event"

// One line for the team's channel, e.g.
// "[alice@mac] rolled back production to 1a2b3c4 (known-good since 3 Dec) — backend not ready".
struct Announcement {
    AnnounceEvent event = AnnounceEvent::Test;
    QString actor;  // "alice@mac"
    QString text;   // what happened, without the actor
    QString sha;    // the release it is about; empty when none
    QString target; // the droplet it is about; empty when none
    QString line() const; // "[actor] text"
};

// The body each kind of webhook takes, carrying the one line (already redacted by the caller).
QByteArray webhookPayload(WebhookKind kind, const Announcement &announcement, const QString &line);

} // namespace Stratum
