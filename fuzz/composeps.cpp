// `docker compose ps --format json`, both forms (an array, one object per line),
// as a droplet answers: parsed or refused with a reason, never a crash. The same
// bytes are also read as runningDetail's answer (compose ps, @inspect, @images)
// and assessed as the status strip would.
#include "FuzzInput.h"

#include "core/droplet/ComposePs.h"
#include "core/droplet/RunningNow.h"
#include "core/status/DropletStatus.h"

#include <cstdlib>

namespace {

// Parsed, or refused with a reason.
Stratum::RunningNow runningFrom(const Stratum::ComposePsResult &ps)
{
    if (!ps.containers && ps.error.isEmpty())
        std::abort();
    Stratum::RunningNow now;
    now.read = ps.containers.has_value();
    now.containers = ps.containers.value_or(QList<Stratum::ContainerState>());
    return now;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Stratum::RunningNow now = runningFrom(Stratum::parseComposePs(StratumFuzz::bytes(data, size)));
    (void)now.backendTag();
    for (const Stratum::ContainerState &container : now.containers)
        (void)container.imageTag();

    const Stratum::RunningNow detailed = runningFrom(Stratum::parseRunningDetail(StratumFuzz::bytes(data, size)));
    Stratum::Profile profile;
    profile.droplet.services = {QStringLiteral("backend"), QStringLiteral("frontend"), QStringLiteral("worker")};
    const Stratum::DropletStatus status = Stratum::assessDropletStatus(QStringLiteral("h"), detailed, {}, {}, profile);
    if (status.mixed && status.mixedDetails.isEmpty())
        std::abort();
    (void)status.headline();
    (void)status.toJson();
    return 0;
}
