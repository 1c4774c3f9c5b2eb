// The registry's WWW-Authenticate challenge, as any server may send it.
#include "FuzzInput.h"

#include "core/registry/RegistryClient.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString header = QString::fromUtf8(StratumFuzz::bytes(data, size));
    const QHash<QString, QString> fields = Stratum::parseBearerChallenge(header);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(QLatin1Char('=')))
            std::abort();
    }
    (void)Stratum::RegistryClient::repositoryOf(header);
    (void)Stratum::RegistryClient::tagOf(header);
    return 0;
}
