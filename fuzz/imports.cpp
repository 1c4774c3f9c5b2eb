// What the app imports from files and the keychain: a release log (exported by
// another operator), checklist records, the host list.
#include "FuzzInput.h"

#include "core/hosts/HostEntry.h"
#include "core/releases/ChecklistRecords.h"
#include "core/releases/ReleaseLog.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StratumFuzz::Reader input(data, size);
    const int which = input.below(3);
    const QByteArray json = input.rest();
    if (which == 0) {
        const Stratum::ReleaseLogParseResult parsed = Stratum::ReleaseLog::fromJson(json);
        if (!parsed.log && parsed.error.isEmpty())
            std::abort();
        if (parsed.log) {
            for (const Stratum::ReleaseEntry &entry : parsed.log->entries()) {
                if (!Stratum::Sha::isFullText(entry.sha))
                    std::abort(); // only full SHAs get in
            }
            if (!Stratum::ReleaseLog::fromJson(parsed.log->toExportJson(QStringLiteral("p"))).log)
                std::abort();
        }
    } else if (which == 1) {
        QString error;
        const auto records = Stratum::ChecklistRecords::fromJson(json, &error);
        if (!records && error.isEmpty())
            std::abort();
        if (records && !Stratum::ChecklistRecords::fromJson(records->toJson(QStringLiteral("p"))))
            std::abort();
    } else {
        QString error;
        const auto hosts = Stratum::hostsFromJson(json, &error);
        if (!hosts && error.isEmpty())
            std::abort();
    }
    return 0;
}
