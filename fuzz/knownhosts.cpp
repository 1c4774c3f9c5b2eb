// known_hosts text (the user's own file) and the host-key decision over it.
#include "FuzzInput.h"

#include "core/ssh/HostKeyPolicy.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StratumFuzz::Reader input(data, size);
    const int libssh2Result = input.below(5) - 1;
    const QByteArray blob = input.take(input.below(64));
    const QString text = QString::fromUtf8(input.rest());
    const Stratum::HostKeyInfo presented{QStringLiteral("ssh-ed25519"), blob, Stratum::sha256Fingerprint(blob)};
    if (!Stratum::isFingerprint(presented.fingerprint))
        std::abort();
    (void)Stratum::HostKeyPolicy::revokedKeys(text);
    const Stratum::HostKeyCheck check = Stratum::HostKeyPolicy::decide(presented, libssh2Result, text, {}, QStringLiteral("droplet"));
    // A revoked key is never trusted, whatever else the file says.
    if (check.verdict == Stratum::HostKeyVerdict::Trusted
        && Stratum::HostKeyPolicy::revokedKeys(text).contains(blob.toBase64()))
        std::abort();
    return 0;
}
