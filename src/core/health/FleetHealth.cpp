#include "FleetHealth.h"

#include "core/environments/EnvironmentHosts.h"
#include "core/health/HealthAlerts.h"
#include "core/health/HealthMonitor.h"
#include "core/releases/Sha.h"
#include "core/ssh/RemoteHosts.h"

#include <QCoreApplication>

namespace Stratum {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Stratum::FleetHealth)
};

QString stateWord(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return Text::tr("healthy");
    case HealthState::Degraded: return Text::tr("degraded");
    case HealthState::Failing: return Text::tr("FAILING");
    case HealthState::Unknown: break;
    }
    return Text::tr("not read yet");
}
} // namespace

bool fleetMixed(const QList<HostHealth> &hosts, const QString &environment)
{
    QStringList tags;
    for (const HostHealth &host : hosts) {
        if (host.environment == environment && !host.runningTag.isEmpty() && !tags.contains(host.runningTag))
            tags << host.runningTag;
    }
    return tags.size() > 1;
}

HealthState fleetWorst(const QList<HostHealth> &hosts)
{
    HealthState worst = HealthState::Healthy;
    for (const HostHealth &host : hosts)
        worst = worstOf(worst, host.worst);
    return hosts.isEmpty() ? HealthState::Unknown : worst;
}

QString fleetSummary(const QList<HostHealth> &hosts)
{
    const auto asItIs = [](const QString &piece) { return piece; };
    return fleetSummary(hosts, asItIs, asItIs);
}

QString fleetSummary(const QList<HostHealth> &hosts, const std::function<QString(const QString &)> &name,
                     const std::function<QString(const QString &)> &text)
{
    QStringList environments;
    for (const HostHealth &host : hosts) {
        if (!environments.contains(host.environment))
            environments << host.environment;
    }
    QStringList lines;
    for (const QString &environment : environments) {
        QStringList each;
        for (const HostHealth &host : hosts) {
            if (host.environment == environment)
                each << name(host.host)
                            + text(QStringLiteral(" %1 %2").arg(host.runningTag.isEmpty() ? QStringLiteral("?") : host.runningTag.left(Sha::shortLength),
                                                                stateWord(host.worst)));
        }
        lines << text(environment + QStringLiteral(": ")) + each.join(text(QStringLiteral(", ")))
                     + (fleetMixed(hosts, environment) ? text(Text::tr(" — MIXED")) : QString());
    }
    return lines.join(text(QStringLiteral(" · ")));
}

FleetHealth::FleetHealth(const Profile &profile, RemoteHosts *hosts, const Redactor *redactor, QObject *parent)
    : QObject(parent), m_profile(profile), m_hosts(hosts), m_redactor(redactor)
{
}

FleetHealth::~FleetHealth() = default;

void FleetHealth::stop()
{
    ++m_generation;
    for (const Watched &watched : std::as_const(m_watched)) {
        if (watched.monitor)
            watched.monitor->deleteLater();
    }
    m_watched.clear();
}

void FleetHealth::watch(const QList<HostEntry> &setUp, const QString &watched, std::chrono::milliseconds interval)
{
    stop();
    const int generation = m_generation;
    for (const Environment &environment : m_profile.environments) {
        if (environment.hosts.isEmpty())
            continue; // schema 1's one environment is the watched host
        for (const HostEntry &host : hostsOf(environment, setUp).hosts) {
            if (host.name == watched)
                continue;
            m_watched.append({environment.name, host.name, {}});
            m_hosts->withHost(host, this, [this, generation, interval, name = host.name](RemoteHost *remote, const QString &) {
                if (!remote || generation != m_generation)
                    return;
                auto *monitor = new HealthMonitor(m_profile, remote, m_redactor, this);
                monitor->setInterval(interval);
                connect(monitor, &HealthMonitor::roundFinished, this, &FleetHealth::changed);
                if (m_notifier)
                    (new HealthAlerts(monitor, m_notifier, monitor))->setHostName(name);
                for (Watched &entry : m_watched) {
                    if (entry.host == name)
                        entry.monitor = monitor;
                }
                monitor->start();
            });
        }
    }
    Q_EMIT changed();
}

QList<HostHealth> FleetHealth::hosts() const
{
    QList<HostHealth> hosts;
    for (const Watched &watched : m_watched) {
        HostHealth health{watched.environment, watched.host, HealthState::Unknown, {}};
        if (watched.monitor && watched.monitor->completedRounds() > 0) {
            health.worst = watched.monitor->worst();
            health.runningTag = watched.monitor->runningBackendTag();
        }
        hosts << health;
    }
    return hosts;
}

} // namespace Stratum
