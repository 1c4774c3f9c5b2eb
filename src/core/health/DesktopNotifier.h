#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Stratum {

// Desktop notifications for health changes: org.freedesktop.Notifications on
// the session bus where it exists (Linux); elsewhere (macOS) the GUI hands in
// a fallback, the tray icon's message.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    bool hasFreedesktopService() const;
    void setFallback(std::function<void(const QString &title, const QString &body, bool critical)> fallback);
    void notify(const QString &title, const QString &body, bool critical);
    int sent() const { return m_sent; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    std::function<void(const QString &, const QString &, bool)> m_fallback;
    uint m_lastId = 0;
    bool m_serviceMissing = false; // asked once; then straight to the fallback
    int m_sent = 0;
};

} // namespace Stratum
