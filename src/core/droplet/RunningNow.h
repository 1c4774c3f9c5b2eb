#pragma once

#include "core/droplet/ComposePs.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace Stratum {

class RemoteHost;

// What runs on the droplet, as `docker compose ps` tells it.
struct RunningNow {
    Q_DECLARE_TR_FUNCTIONS(Stratum::RunningNow)
public:
    bool read = false;           // false: it could not be read, `error` says why
    QString error;
    bool hostKeyProblem = false; // the droplet was not reached because its host key is not trusted
    QList<ContainerState> containers;

    QString imageOf(const QString &service) const; // repository:tag, empty when the service has no container
    QString backendRef() const { return imageOf(QStringLiteral("backend")); }
    QString frontendRef() const { return imageOf(QStringLiteral("frontend")); }
    QString tagOf(const QString &service) const; // the tag of its image, empty when none
    QString backendTag() const { return tagOf(QStringLiteral("backend")); }
};

enum class RunningDetail { Containers, WithImages };

// Reads what runs now through the host's kept session; WithImages adds each
// container's image ID, digest and start time (one more docker call on the droplet).
void readRunningNow(RemoteHost *host, const Profile &profile, QObject *context,
                    std::function<void(const RunningNow &)> done, RunningDetail detail = RunningDetail::Containers);

} // namespace Stratum
