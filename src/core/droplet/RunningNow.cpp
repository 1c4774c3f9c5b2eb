#include "RunningNow.h"

#include "core/droplet/RemoteCommands.h"
#include "core/ssh/RemoteHost.h"

namespace Stratum {

QString RunningNow::imageOf(const QString &service) const
{
    for (const ContainerState &container : containers) {
        if (container.service == service)
            return container.image;
    }
    return {};
}

QString RunningNow::tagOf(const QString &service) const
{
    for (const ContainerState &container : containers) {
        if (container.service == service)
            return container.imageTag();
    }
    return {};
}

void readRunningNow(RemoteHost *host, const Profile &profile, QObject *context,
                    std::function<void(const RunningNow &)> done, RunningDetail detail)
{
    const RemoteCommands commands(profile, host->target().label);
    const bool withImages = detail == RunningDetail::WithImages;
    host->run(withImages ? commands.runningDetail() : commands.composePs(), std::chrono::seconds(profile.timing.stepSeconds),
              context, {{}, {}, [done, withImages](const RemoteResult &result) {
        RunningNow now;
        if (!result.exit.error.ok()) {
            now.error = result.exit.error.message;
            now.hostKeyProblem = result.exit.error.isHostKeyProblem();
        } else if (result.exit.exitStatus != 0) {
            now.error = QString::fromUtf8(result.err).trimmed();
            if (now.error.isEmpty())
                now.error = RunningNow::tr("docker compose ps ended with exit status %1").arg(result.exit.exitStatus);
        } else {
            const ComposePsResult ps = withImages ? parseRunningDetail(result.out) : parseComposePs(result.out);
            now.read = ps.containers.has_value();
            now.error = ps.error;
            now.containers = ps.containers.value_or(QList<ContainerState>());
        }
        done(now);
    }});
}

} // namespace Stratum
