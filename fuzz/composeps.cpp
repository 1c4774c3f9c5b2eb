// `docker compose ps --format json`, both forms (an array, one object per line),
// as a droplet answers: parsed or refused with a reason, never a crash.
#include "FuzzInput.h"

#include "droplet/ComposePs.h"
#include "droplet/RunningNow.h"
#include "status/DropletStatus.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Stratum::ComposePsResult ps = Stratum::parseComposePs(StratumFuzz::bytes(data, size));
    if (!ps.containers && ps.error.isEmpty())
        std::abort();
    Stratum::RunningNow now;
    now.read = ps.containers.has_value();
    now.containers = ps.containers.value_or(QList<Stratum::ContainerState>());
    (void)now.backendTag();
    // The same bytes as runningDetail's answer (compose ps, @inspect, @images), assessed for the status strip.
    const Stratum::ComposePsResult detail = Stratum::parseRunningDetail(StratumFuzz::bytes(data, size));
    if (!detail.containers && detail.error.isEmpty())
        std::abort();
    Stratum::RunningNow detailed;
    detailed.read = detail.containers.has_value();
    detailed.containers = detail.containers.value_or(QList<Stratum::ContainerState>());
    Stratum::Profile profile;
    profile.droplet.services = {QStringLiteral("backend"), QStringLiteral("frontend"), QStringLiteral("worker")};
    const Stratum::DropletStatus status = Stratum::assessDropletStatus(QStringLiteral("h"), detailed, {}, {}, profile);
    if (status.mixed && status.mixedDetails.isEmpty())
        std::abort();
    (void)status.headline();
    (void)status.toJson();
    for (const Stratum::ContainerState &container : now.containers)
        (void)container.imageTag();
    return 0;
}
