// Profiles as the app reads them: from a file someone imported. Anything is
// either a valid profile (that survives its own export) or one clear error.
#include "FuzzInput.h"

#include "core/profile/Profile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Stratum::ProfileLoadResult loaded = Stratum::parseProfile(StratumFuzz::bytes(data, size));
    if (!loaded) {
        if (loaded.error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (!Stratum::parseProfile(Stratum::profileToJson(*loaded.profile)))
        std::abort(); // what the app accepted, it can write and read back
    return 0;
}
