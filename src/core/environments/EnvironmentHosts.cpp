#include "EnvironmentHosts.h"

#include <QCoreApplication>

namespace Stratum {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Stratum::Environments)
};
} // namespace

HostRole environmentRole(const Environment &environment)
{
    return parseHostRole(environment.role).value_or(HostRole::Production);
}

QString environmentColour(const Environment &environment)
{
    return environment.colour.isEmpty() ? defaultRoleColour(environmentRole(environment)) : environment.colour;
}

EnvironmentHosts hostsOf(const Environment &environment, const QList<HostEntry> &setUp)
{
    EnvironmentHosts found;
    if (environment.hosts.isEmpty()) {
        if (!setUp.isEmpty())
            found.hosts << setUp.first();
        return found;
    }
    for (const QString &name : environment.hosts) {
        auto entry = std::find_if(setUp.cbegin(), setUp.cend(), [&name](const HostEntry &host) { return host.name == name; });
        if (entry == setUp.cend())
            found.missing << name;
        else
            found.hosts << *entry;
    }
    return found;
}

const Environment *environmentOfHost(const Profile &profile, const QString &hostName, const QList<HostEntry> &setUp)
{
    for (const Environment &environment : profile.environments) {
        if (environment.hosts.contains(hostName))
            return &environment;
    }
    const bool first = !setUp.isEmpty() && setUp.first().name == hostName;
    for (const Environment &environment : profile.environments) {
        if (environment.hosts.isEmpty() && first)
            return &environment;
    }
    return nullptr;
}

QStringList hostsOfOtherEnvironments(const Profile &profile, const QString &hostName)
{
    QStringList others;
    if (profile.environments.size() < 2 || hostName.isEmpty())
        return others; // one environment, or a host not known yet: the whole log
    for (const Environment &environment : profile.environments) {
        if (!environment.hosts.contains(hostName))
            others << environment.hosts;
    }
    return others;
}

EnvironmentChoice chooseEnvironment(const Profile &profile, const QString &name)
{
    if (const Environment *environment = profile.environment(name))
        return {environment, {}};
    QStringList names;
    for (const Environment &environment : profile.environments)
        names << environment.name;
    return {nullptr, Text::tr("no environment \"%1\" in the profile (it has: %2)").arg(name, names.join(QStringLiteral(", ")))};
}

} // namespace Stratum
