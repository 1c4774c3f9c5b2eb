// What the droplet answers about its lock, its pin, its detached steps, the
// migrations between two commits, the connection check and its disk and memory;
// and what git grep answers the repository scan; the worker probe's answer; any
// text with terminal control sequences taken out.
#include "FuzzInput.h"

#include "core/droplet/DropletFacts.h"
#include "core/droplet/RemoteCommands.h"
#include "core/health/HealthTypes.h"
#include "core/hygiene/RepoScan.h"
#include "core/redaction/TerminalText.h"
#include "core/releases/Sha.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(StratumFuzz::bytes(data, size));
    (void)Stratum::RemoteCommands::parseLockInfo(text);
    const Stratum::Guards guards = Stratum::RemoteCommands::parseGuards(text);
    if (guards.pin.pinned && guards.pin.sha.size() != 40) // a pin always names one full commit
        std::abort();
    for (const QString &name : Stratum::RemoteCommands::parseCrossedMigrations(text)) {
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\n')))
            std::abort();
    }
    for (const Stratum::PendingChange &change : Stratum::parsePendingChanges(text)) {
        // A change's token goes back into a remote command: only a token-shaped one is kept.
        for (QChar c : change.token) {
            if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || c == QLatin1Char('-')))
                std::abort();
        }
        (void)change.running();
    }
    // The clone's state and the droplet's images decide a rollback's pre-flight: a SHA only when
    // it is one, a digest only when it is one, none for an image that is not there.
    const Stratum::CloneState clone = Stratum::RemoteCommands::parseCloneState(text);
    if ((!clone.head.isEmpty() && !Stratum::Sha::isFullText(clone.head))
        || (!clone.composeCommit.isEmpty() && !Stratum::Sha::isFullText(clone.composeCommit)) || (clone.read && clone.head.isEmpty()))
        std::abort();
    const QHash<QString, Stratum::LocalImage> images = Stratum::RemoteCommands::parseLocalImages(text);
    for (const Stratum::LocalImage &image : images) {
        if ((!image.present && !image.digests.isEmpty())
            || std::any_of(image.digests.cbegin(), image.digests.cend(),
                           [](const QString &digest) { return !digest.startsWith(QLatin1String("sha256:")); }))
            std::abort();
    }
    const Stratum::ConnectionFacts facts = Stratum::parseConnectionFacts(text);
    if (facts.envFileExists && facts.envFileMode.isEmpty())
        std::abort();
    (void)Stratum::composeMajorVersion(facts.composeVersion);
    const Stratum::SystemFacts system = Stratum::parseSystemFacts(text);
    if (!system.appDiskUse.isEmpty() && !system.appDiskUse.endsWith(QLatin1Char('%')))
        std::abort();
    for (const Stratum::SecretSighting &sighting : Stratum::parseSecretSightings(StratumFuzz::bytes(data, size))) {
        if (sighting.line <= 0 || sighting.kind.isEmpty()) // only real sightings, never the text itself
            std::abort();
    }
    const Stratum::WorkerReport worker = Stratum::evaluateWorker(StratumFuzz::bytes(data, size), QStringLiteral("ingestion cycle"), 0);
    if (worker.restartCount < -1 || worker.detail.contains(QLatin1Char('\x1b')))
        std::abort();
    // Text for a person: no control character but tab and newline, and taking them out twice changes nothing.
    const QString plain = Stratum::withoutTerminalControls(text);
    for (QChar c : plain) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')) || c.unicode() == 0x7f)
            std::abort();
    }
    if (Stratum::withoutTerminalControls(plain) != plain)
        std::abort();
    return 0;
}
