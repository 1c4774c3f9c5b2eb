#include "DocumentLock.h"

#include "core/keychain/KeychainStore.h"
#include "core/platform/AppPaths.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDocumentLock, "stratum.keychain.lock")

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::DocumentLock)
};

constexpr std::chrono::milliseconds retryEvery{15};

void tryTurn(const QString &path, const QString &what, QDeadlineTimer deadline, QPointer<QObject> context,
             const DocumentLock::Then &then)
{
    if (!context)
        return;
    auto lock = std::make_shared<QLockFile>(path);
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale, however long a write takes
    if (lock->tryLock(0)) {
        then(lock, {});
        return;
    }
    if (lock->error() == QLockFile::PermissionError || lock->error() == QLockFile::UnknownError) {
        then({}, Text::tr("cannot take the lock file %1 for the %2: check that its folder is writable").arg(path, what));
        return;
    }
    if (deadline.hasExpired()) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        then({}, Text::tr("the %1 is being written by another process (%2, pid %3) that did not finish in time; "
                          "try again in a moment")
                     .arg(what, app.isEmpty() ? Text::tr("unknown") : app)
                     .arg(pid));
        return;
    }
    QTimer::singleShot(retryEvery, context.data(), [path, what, deadline, context, then]() {
        tryTurn(path, what, deadline, context, then);
    });
}

} // namespace

QString DocumentLock::pathFor(const QString &document)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = KeychainStore::serviceName() + QLatin1Char('-') + document;
    name.replace(unsafe, QStringLiteral("_"));
    return AppPaths::runtimeDir() + QLatin1Char('/') + name + QStringLiteral(".lock");
}

void DocumentLock::acquire(const QString &document, const QString &what, std::chrono::milliseconds wait, QObject *context,
                           Then then)
{
    const QString path = pathFor(document);
    qCDebug(lcDocumentLock) << "waiting for" << path;
    tryTurn(path, what, QDeadlineTimer(wait), QPointer<QObject>(context), then);
}

} // namespace Stratum
