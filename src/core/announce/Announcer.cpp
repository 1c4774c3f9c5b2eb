#include "Announcer.h"

#include "core/audit/AuditLog.h"
#include "core/keychain/Vault.h"
#include "core/redaction/Redactor.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Stratum {

Q_LOGGING_CATEGORY(lcAnnounce, "stratum.announce")

namespace {

QString networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError: return Announcer::tr("the connection was refused");
    case QNetworkReply::HostNotFoundError: return Announcer::tr("its host was not found");
    case QNetworkReply::RemoteHostClosedError: return Announcer::tr("it closed the connection without an answer");
    case QNetworkReply::SslHandshakeFailedError: return Announcer::tr("the TLS handshake failed");
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError: return Announcer::tr("it answered something that is not HTTP");
    default: break;
    }
    return Announcer::tr("network error %1").arg(int(error));
}

} // namespace

struct Announcer::Sending {
    Announcement announcement;
    Webhook webhook;
    QByteArray body;
    int attempts = 0;
    QPointer<QObject> context;
    std::function<void(const Delivery &)> done;
};

Announcer::Announcer(Vault *vault, const Redactor *redactor, QObject *parent)
    : QObject(parent), m_vault(vault), m_redactor(redactor)
{
    qRegisterMetaType<Delivery>();
}

Announcer::~Announcer() = default;

void Announcer::announce(const Announcement &announcement)
{
    announce(announcement, nullptr, {});
}

void Announcer::announce(const Announcement &announcement, QObject *context, std::function<void(const Delivery &)> done)
{
    auto sending = std::make_shared<Sending>();
    sending->announcement = announcement;
    sending->context = context;
    sending->done = std::move(done);
    ++m_pending;
    withWebhook([this, sending](const Webhook &webhook) {
        if (webhook.url.isEmpty() || !webhook.problem.isEmpty()) {
            Delivery delivery;
            delivery.configured = !webhook.problem.isEmpty();
            delivery.message = webhook.problem.isEmpty() ? tr("no webhook is set (stratumctl notify set)") : webhook.problem;
            finish(sending, delivery);
            return;
        }
        sending->webhook = webhook;
        const QString line = m_redactor ? m_redactor->redact(sending->announcement.line()) : sending->announcement.line();
        sending->body = webhookPayload(webhook.kind, sending->announcement, line);
        attempt(sending);
    });
}

// Read from the keychain for every announcement (there are few): a webhook set or removed by
// stratumctl while the app runs is used from the next line on.
void Announcer::withWebhook(std::function<void(const Webhook &)> then)
{
    if (m_override || !m_vault) {
        then(m_override.value_or(Webhook{}));
        return;
    }
    m_waitingForWebhook << std::move(then);
    if (m_waitingForWebhook.size() > 1)
        return;
    m_vault->loadWebhook(this, [this](const Vault::Result<StoredWebhook> &stored) {
        Webhook webhook;
        if (!stored.error.ok()) {
            webhook.problem = tr("the webhook could not be read from the keychain: %1").arg(stored.error.message);
        } else if (!stored.value.url.isEmpty()) {
            webhook.kind = parseWebhookKind(stored.value.kind).value_or(WebhookKind::Json);
            webhook.url = stored.value.url;
            webhook.problem = validateWebhookUrl(webhook.url);
        }
        const auto waiting = std::exchange(m_waitingForWebhook, {});
        for (const auto &waiter : waiting)
            waiter(webhook);
    });
}

void Announcer::attempt(std::shared_ptr<Sending> sending)
{
    ++sending->attempts;
    if (!m_network) { // made when first needed: most stratumctl commands never announce anything
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    QNetworkRequest request{QUrl(sending->webhook.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("stratum-deploy"));
    request.setTransferTimeout(int(m_policy.timeout.count()));
    QNetworkReply *reply = m_network->post(request, sending->body);
    connect(reply, &QNetworkReply::finished, this, [this, sending, reply] { onReply(sending, reply); });
}

void Announcer::onReply(std::shared_ptr<Sending> sending, QNetworkReply *reply)
{
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    Delivery delivery;
    delivery.attempts = sending->attempts;
    delivery.httpStatus = status.isValid() ? status.toInt() : 0;
    const bool answered = status.isValid();
    if (answered && delivery.httpStatus >= 200 && delivery.httpStatus < 300) {
        delivery.ok = true;
        delivery.message = tr("the %1 webhook took it (HTTP %2)").arg(webhookKindId(sending->webhook.kind)).arg(delivery.httpStatus);
        finish(sending, delivery);
        return;
    }
    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
    delivery.message = deliveryFailure(sending->webhook.kind, delivery.httpStatus, timedOut ? m_policy.timeout.count() / 1000.0 : 0,
                                       answered ? QString() : networkProblem(reply->error()));
    qCInfo(lcAnnounce).noquote() << "attempt" << sending->attempts << "failed:" << delivery.message;
    if (sending->attempts >= m_policy.attempts || !deliveryRetryable(delivery.httpStatus, answered)) {
        finish(sending, delivery);
        return;
    }
    const auto wait = m_policy.backoff * (1 << (sending->attempts - 1));
    QTimer::singleShot(wait, this, [this, sending] { attempt(sending); });
}

void Announcer::finish(std::shared_ptr<Sending> sending, Delivery delivery)
{
    delivery.attempts = sending->attempts;
    if (delivery.configured && sending->attempts > 0) {
        QJsonObject fields{{QStringLiteral("announcement"), announceEventId(sending->announcement.event)},
                           {QStringLiteral("webhook"), webhookKindId(sending->webhook.kind)},
                           {QStringLiteral("attempts"), delivery.attempts},
                           {QStringLiteral("detail"), delivery.message}};
        AuditLog::append(delivery.ok ? QStringLiteral("announced") : QStringLiteral("announce-failed"), fields, m_redactor);
    }
    if (delivery.configured && !delivery.ok) {
        const QString line = tr("The team was not told (%1): %2").arg(announceEventId(sending->announcement.event), delivery.message);
        Q_EMIT deliveryFailed(line);
    } else if (delivery.ok) {
        Q_EMIT delivered(delivery);
    }
    if (sending->done && sending->context)
        sending->done(delivery);
    if (--m_pending == 0)
        Q_EMIT idle();
}

bool deliveryRetryable(int httpStatus, bool answered)
{
    if (!answered)
        return true;
    return httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
}

QString deliveryFailure(WebhookKind kind, int httpStatus, double timedOutAfterSeconds, const QString &networkProblem)
{
    const QString id = webhookKindId(kind);
    if (timedOutAfterSeconds > 0)
        return Announcer::tr("the %1 webhook did not answer within %2 s").arg(id).arg(timedOutAfterSeconds);
    if (httpStatus > 0)
        return Announcer::tr("the %1 webhook answered HTTP %2").arg(id).arg(httpStatus);
    return Announcer::tr("the %1 webhook could not be reached: %2").arg(id, networkProblem);
}

} // namespace Stratum
