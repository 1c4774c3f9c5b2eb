#pragma once

#include "core/health/DesktopNotifier.h"
#include "core/health/HealthTypes.h"
#include "core/hosts/HostEntry.h"
#include "core/profile/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace Stratum {

class HealthMonitor;
class Redactor;
class RemoteHosts;

// One host of an environment as the window sees it beside the one it watches.
struct HostHealth {
    QString environment;
    QString host;
    HealthState worst = HealthState::Unknown;
    QString runningTag; // the backend's image tag, from the last round; empty before one
};

// Each environment in one line, for the strip: its hosts, what each runs and how it is, and
// MIXED when the hosts of one environment run different releases (a stopped rolling change).
QString fleetSummary(const QList<HostHealth> &hosts);
// The same line with each host's name rendered by `name` (the strip makes it a link that switches
// the window there) and every other piece of text by `text` (the strip escapes it for rich text).
QString fleetSummary(const QList<HostHealth> &hosts, const std::function<QString(const QString &)> &name,
                     const std::function<QString(const QString &)> &text);
bool fleetMixed(const QList<HostHealth> &hosts, const QString &environment);
HealthState fleetWorst(const QList<HostHealth> &hosts);

// Health on every host of every environment (profile schema 2) other than the one the window
// watches itself: each host's own monitor, one round at a time per host, every `interval`.
class FleetHealth : public QObject
{
    Q_OBJECT
public:
    FleetHealth(const Profile &profile, RemoteHosts *hosts, const Redactor *redactor, QObject *parent = nullptr);
    ~FleetHealth() override;

    // Starts over with the hosts the profile's environments name among those set up, except `watched`.
    void watch(const QList<HostEntry> &setUp, const QString &watched, std::chrono::milliseconds interval);
    void stop();
    QList<HostHealth> hosts() const;
    // Each host's changes are notified too, with its name (the watched host's are the window's).
    void setNotifier(DesktopNotifier *notifier) { m_notifier = notifier; }

Q_SIGNALS:
    void changed();

private:
    struct Watched {
        QString environment;
        QString host;
        QPointer<HealthMonitor> monitor;
    };
    const Profile &m_profile;
    RemoteHosts *m_hosts;
    const Redactor *m_redactor;
    QPointer<DesktopNotifier> m_notifier;
    QList<Watched> m_watched;
    int m_generation = 0; // a host that connects after watch() started over is not added
};

} // namespace Stratum
