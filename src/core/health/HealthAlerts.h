#pragma once

#include "core/health/DesktopNotifier.h"
#include "core/health/HealthMonitor.h"

#include <QObject>
#include <QPointer>

namespace Stratum {

// One desktop notification per health state change (not per probe): a
// failing indicator is urgent, a recovery is not.
class HealthAlerts : public QObject
{
    Q_OBJECT
public:
    HealthAlerts(HealthMonitor *monitor, DesktopNotifier *notifier, QObject *parent = nullptr);

    static QString title(const HealthIndicator &indicator, HealthState previous);
    // A host beside the one the window watches: its name leads every title ("staging-1: …").
    void setHostName(const QString &hostName) { m_hostName = hostName; }

private:
    void onChanged(const HealthIndicator &indicator, HealthState previous);
    QPointer<DesktopNotifier> m_notifier;
    QString m_hostName;
};

} // namespace Stratum
