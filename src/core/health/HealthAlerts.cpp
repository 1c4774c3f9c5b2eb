#include "HealthAlerts.h"

namespace Stratum {

HealthAlerts::HealthAlerts(HealthMonitor *monitor, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent), m_notifier(notifier)
{
    connect(monitor, &HealthMonitor::indicatorChanged, this, &HealthAlerts::onChanged);
}

QString HealthAlerts::title(const HealthIndicator &indicator, HealthState previous)
{
    switch (indicator.state) {
    case HealthState::Healthy:
        return tr("%1 recovered (was %2)").arg(indicator.label, healthStateLabel(previous));
    case HealthState::Failing:
        return tr("%1 is failing").arg(indicator.label);
    case HealthState::Degraded:
        return tr("%1 is degraded").arg(indicator.label);
    case HealthState::Unknown:
        return tr("%1 is unknown").arg(indicator.label);
    }
    return {};
}

void HealthAlerts::onChanged(const HealthIndicator &indicator, HealthState previous)
{
    if (!m_notifier)
        return;
    const QString text = title(indicator, previous);
    m_notifier->notify(m_hostName.isEmpty() ? text : tr("%1: %2").arg(m_hostName, text), indicator.detail,
                       indicator.state == HealthState::Failing);
}

} // namespace Stratum
