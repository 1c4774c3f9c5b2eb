#pragma once

#include "core/announce/Announcement.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Stratum {

class Redactor;
class Vault;

// How one announcement's delivery ended.
struct Delivery {
    bool configured = true; // false: no webhook is set, nothing was sent
    bool ok = false;
    int attempts = 0;
    int httpStatus = 0;     // the last answer's status; 0 when none came
    QString message;        // one sentence; never the URL's path
};

// Tells the team's chat what the app did. Every announcement is sent in the background with
// a time limit per attempt and a bounded number of retries; a slow, failing or garbled webhook
// never delays, blocks or fails what is announced: it is reported once (deliveryFailed, the
// audit log) and dropped. The URL comes from the keychain and is never shown or logged.
class Announcer : public QObject
{
    Q_OBJECT
public:
    struct Policy {
        std::chrono::milliseconds timeout{5000}; // one attempt
        int attempts = 3;
        std::chrono::milliseconds backoff{1000}; // before the second attempt; doubled for each later one
    };

    Announcer(Vault *vault, const Redactor *redactor, QObject *parent = nullptr);
    ~Announcer() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    // Sends in the background; returns at once. Nothing happens when no webhook is set.
    void announce(const Announcement &announcement);
    // The same, reported to `done` (stratumctl notify test, the settings' Test button).
    void announce(const Announcement &announcement, QObject *context, std::function<void(const Delivery &)> done);
    // Use this webhook instead of the keychain's (a URL being tried before it is saved; tests).
    void useWebhook(WebhookKind kind, const QString &url) { m_override = Webhook{kind, url, validateWebhookUrl(url)}; }

    int pending() const { return m_pending; }

Q_SIGNALS:
    void delivered(const Stratum::Delivery &delivery);
    void deliveryFailed(const QString &message); // once per announcement, after its last attempt
    void idle(); // nothing is pending any more

private:
    struct Webhook {
        WebhookKind kind = WebhookKind::Json;
        QString url;
        QString problem; // why it cannot be used (the keychain, a bad value); empty when it can
    };
    struct Sending;
    void withWebhook(std::function<void(const Webhook &)> then);
    void attempt(std::shared_ptr<Sending> sending);
    void onReply(std::shared_ptr<Sending> sending, QNetworkReply *reply);
    void finish(std::shared_ptr<Sending> sending, Delivery delivery);

    QPointer<Vault> m_vault;
    const Redactor *m_redactor;
    QNetworkAccessManager *m_network = nullptr;
    Policy m_policy;
    std::optional<Webhook> m_override;
    QList<std::function<void(const Webhook &)>> m_waitingForWebhook;
    int m_pending = 0;
};

// Whether an answer is worth another attempt: no answer, a server error, or "too many requests".
bool deliveryRetryable(int httpStatus, bool answered);
// What a failed attempt says, without the URL: "the slack webhook answered HTTP 500", "… did not answer within 5 s".
// timedOutAfterSeconds: 0 when the attempt did not time out.
QString deliveryFailure(WebhookKind kind, int httpStatus, double timedOutAfterSeconds, const QString &networkProblem);

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::Delivery)
