#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QLockFile;

namespace Stratum {

// Whose turn it is to read-modify-write one keychain document (the release log, the
// checklist records), across every process of the user: the app and any stratumctl.
// A QLockFile in the runtime directory, taken without blocking the event loop (tried
// again every few milliseconds) and given up after `wait` with a sentence saying who holds it.
class DocumentLock
{
public:
    using Held = std::shared_ptr<QLockFile>; // the turn lasts as long as this lives
    using Then = std::function<void(Held held, const QString &error)>;

    static void acquire(const QString &document, const QString &what, std::chrono::milliseconds wait, QObject *context,
                        Then then);
    static QString pathFor(const QString &document);
};

} // namespace Stratum
