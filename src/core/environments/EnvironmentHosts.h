#pragma once

#include "core/hosts/HostEntry.h"
#include "core/profile/Profile.h"

#include <QList>
#include <QString>

namespace Stratum {

// Which keychain hosts make up an environment of the profile: pure rules, no I/O.
HostRole environmentRole(const Environment &environment);
QString environmentColour(const Environment &environment); // its own, else the role's

struct EnvironmentHosts {
    QList<HostEntry> hosts;  // in the profile's order: the order a rolling change takes
    QStringList missing;     // named by the profile, not set up in the keychain
};

// An environment without hosts (schema 1) is the first host set up, as before environments.
EnvironmentHosts hostsOf(const Environment &environment, const QList<HostEntry> &setUp);

// The environment a host belongs to: the one naming it, else the one without hosts when the
// host is the first set up; nullptr when none.
const Environment *environmentOfHost(const Profile &profile, const QString &hostName, const QList<HostEntry> &setUp);

// The hosts the profile's other environments name: what `hostName`'s environment does not see of
// the release log (ReleaseLog::without). Empty for a profile of one environment, as before, and
// for a host not known yet (a window before it read its hosts).
QStringList hostsOfOtherEnvironments(const Profile &profile, const QString &hostName);

// "--env NAME": the environment, or a sentence naming the ones there are.
struct EnvironmentChoice {
    const Environment *environment = nullptr;
    QString error;
};
EnvironmentChoice chooseEnvironment(const Profile &profile, const QString &name);

} // namespace Stratum
