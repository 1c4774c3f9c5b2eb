#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotify, "stratum.notify")

namespace Stratum {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
}

bool DesktopNotifier::hasFreedesktopService() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(service).value();
}

void DesktopNotifier::setFallback(std::function<void(const QString &, const QString &, bool)> fallback)
{
    m_fallback = std::move(fallback);
}

void DesktopNotifier::notify(const QString &title, const QString &body, bool critical)
{
    ++m_sent;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || m_serviceMissing) {
        if (m_fallback)
            m_fallback(title, body, critical);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(critical ? 2 : 1)},
                            {QStringLiteral("desktop-entry"), QStringLiteral("org.stratum.Deploy")}};
    // Replacing the previous notification keeps one health bubble on screen, not a pile.
    call << QStringLiteral("Stratum Deploy") << m_lastId << QStringLiteral("stratum-deploy") << title << body
         << QStringList() << hints << int(critical ? 0 : 10000);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, body, critical]() {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcNotify) << "no notification service, using the fallback from now on:" << reply.error().message();
            m_serviceMissing = reply.error().type() == QDBusError::ServiceUnknown;
            if (m_fallback)
                m_fallback(title, body, critical);
            else
                Q_EMIT failed(reply.error().message());
            return;
        }
        m_lastId = reply.value();
    });
}

} // namespace Stratum
