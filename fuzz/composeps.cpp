// `docker compose ps --format json`, both forms (an array, one object per line),
// as a droplet answers: parsed or refused with a reason, never a crash.
#include "FuzzInput.h"

#include "droplet/ComposePs.h"
#include "droplet/RunningNow.h"

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
    for (const Stratum::ContainerState &container : now.containers)
        (void)container.imageTag();
    return 0;
}
