// A .env file as the operator wrote it, and the lint over it: never a crash,
// and no finding ever carries a value.
#include "FuzzInput.h"

#include "core/envlint/EnvLint.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Stratum::Profile profile = *Stratum::defaultProfile().profile;
    const QByteArray content = StratumFuzz::bytes(data, size);
    const Stratum::EnvFile env = Stratum::parseEnvFile(content);
    for (Stratum::EnvKind kind : {Stratum::EnvKind::Local, Stratum::EnvKind::Production}) {
        for (const Stratum::EnvFinding &finding : Stratum::lintEnv(env, kind, profile)) {
            // A finding names a key and a file, never a value: once those are taken out,
            // no value long enough to be a secret appears in its message.
            QString message = finding.message;
            message.remove(finding.key);
            message.remove(profile.droplet.envFile);
            message.remove(profile.local.envFile);
            for (auto it = env.values.cbegin(); it != env.values.cend(); ++it) {
                if (it.value().size() >= 16 && message.contains(it.value()))
                    std::abort();
            }
        }
    }
    return 0;
}
