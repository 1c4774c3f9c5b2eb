#include "KeychainStore.h"

#include "core/platform/AppIdentity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "stratum.keychain")

namespace Stratum {

struct ChunkManifest {
    int count = -1;
    QByteArray checksum;
    QByteArray generation;
};

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::KeychainStore)
};

constexpr QLatin1StringView manifestPrefix("stratum-chunks:v1:");

KeychainError errorFromJob(const QKeychain::Job &job)
{
    using Kind = KeychainError::Kind;
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {Kind::NotFound, Text::tr("no entry \"%1\" in the keychain").arg(job.key())};
    case QKeychain::NoBackendAvailable:
        return {Kind::Unavailable, Text::tr("no OS keychain is available (%1). Start or unlock your keychain "
                                      "(GNOME Keyring / KWallet on Linux, Keychain Access on macOS) and try again.")
                                       .arg(job.errorString())};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Kind::Denied, Text::tr("the keychain refused access (%1). Unlock it and allow Stratum Deploy to use it.")
                                  .arg(job.errorString())};
    default:
        // libsecret reports a missing Secret Service or a locked/absent login
        // collection as OtherError.
        return {Kind::Unavailable, Text::tr("the keychain is not usable: %1. Make sure a keychain service is "
                                      "running and unlocked.").arg(job.errorString())};
    }
}

KeychainError timedOut(std::chrono::milliseconds timeout)
{
    return {KeychainError::Kind::TimedOut,
            Text::tr("the keychain did not answer within %1 s. It may be locked and waiting for a password, "
               "or no keychain service is running.").arg(timeout.count() / 1000.0)};
}

// Runs a QtKeychain job and calls `finish` exactly once: with the job's result,
// or with a timeout error (the job is then abandoned and deletes itself).
template<typename Job, typename Finish>
void runJob(Job *job, std::chrono::milliseconds timeout, QObject *context, Finish finish)
{
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [settled, finish](QKeychain::Job *finished) {
        if (*settled)
            return;
        *settled = true;
        finish(static_cast<Job &>(*finished), errorFromJob(*finished));
    });
    QTimer::singleShot(timeout, context, [settled, finish, timeout, job = QPointer<Job>(job)]() {
        if (*settled)
            return;
        *settled = true;
        qCWarning(lcKeychain) << "keychain job timed out";
        if (job)
            finish(*job, timedOut(timeout));
    });
    job->setAutoDelete(true);
    job->start();
}

// A value's parts live in one of two generations ("a", "b"); a new value is written to
// the other one and becomes current only when its manifest (one item, written last)
// names it. A write cut off anywhere leaves the old value whole. Manifests from before
// generations name none: their parts are key/part-N.
QString chunkKey(const QString &key, const QByteArray &generation, int index)
{
    const QString folder = generation.isEmpty() ? key : key + QLatin1Char('/') + QString::fromLatin1(generation);
    return folder + QStringLiteral("/part-") + QString::number(index);
}

ChunkManifest parseManifest(const QByteArray &data)
{
    if (!data.startsWith(QByteArray(manifestPrefix.data(), manifestPrefix.size())))
        return {};
    const QList<QByteArray> parts = data.mid(manifestPrefix.size()).split(':');
    if (parts.size() != 2 && parts.size() != 3)
        return {};
    bool ok = false;
    const int count = parts.at(0).toInt(&ok);
    if (!ok || count < 0 || count > 100000)
        return {};
    const QByteArray generation = parts.value(2);
    if (generation != "" && generation != "a" && generation != "b")
        return {};
    return {count, parts.at(1), generation};
}

QByteArray otherGeneration(const QByteArray &generation)
{
    return generation == "a" ? QByteArray("b") : QByteArray("a");
}

QByteArray checksumOf(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

KeychainStore::KeychainStore(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_timeout(timeout)
{
}

QString KeychainStore::serviceName()
{
    const QString override = qEnvironmentVariable("STRATUM_KEYCHAIN_SERVICE");
    return (override.isEmpty() ? QStringLiteral("Stratum Deploy") : override) + AppIdentity::keychainSuffix();
}

void KeychainStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    runJob(job, m_timeout, context, [context, done](QKeychain::ReadPasswordJob &finished, const KeychainError &error) {
        if (!error.notFound()) {
            done({error, error.ok() ? finished.binaryData() : QByteArray()});
            return;
        }
        // A locked Secret Service answers "not found" once its unlock prompt fails (no
        // display, or dismissed): ask it, so that a locked keychain is not taken for an empty one.
        whenSecretServiceLocked(context, [error, done](bool locked) {
            done({locked ? lockedError() : error, {}});
        });
    });
}

KeychainError KeychainStore::lockedError()
{
    return {KeychainError::Kind::Locked,
            Text::tr("the keychain is locked: unlock it (log in to the desktop again, or unlock the login keyring in "
                     "Passwords and Keys) and try again")};
}

void KeychainStore::whenSecretServiceLocked(QObject *context, std::function<void(bool locked)> done)
{
#if defined(Q_OS_LINUX)
    QDBusMessage ask = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                      QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    ask << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(ask, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [done](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        done(!reply.isError() && reply.value().variant().toBool());
    });
#else
    Q_UNUSED(context);
    done(false); // macOS's Keychain reports a locked keychain as an error of its own
#endif
}

void KeychainStore::write(const QString &key, const QByteArray &value, QObject *context, WriteDone done)
{
    ++m_itemsWritten;
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setBinaryData(value);
    runJob(job, m_timeout, context, [done](QKeychain::WritePasswordJob &, const KeychainError &error) {
        done(error);
    });
}

void KeychainStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    runJob(job, m_timeout, context, [done](QKeychain::DeletePasswordJob &, const KeychainError &error) {
        done(error.notFound() ? KeychainError() : error);
    });
}

void KeychainStore::readLarge(const QString &key, QObject *context, ReadDone done)
{
    ++m_reads[key];
    qCDebug(lcKeychain).noquote() << "read" << key;
    read(key, context, [this, key, context, done](const KeychainRead &manifestRead) {
        if (!manifestRead.error.ok()) {
            done(manifestRead);
            return;
        }
        const ChunkManifest manifest = parseManifest(manifestRead.data);
        if (manifest.count < 0) {
            done({{KeychainError::Kind::Corrupt, Text::tr("the keychain entry \"%1\" is damaged").arg(key)}, {}});
            return;
        }
        readChunks(key, manifest, {}, context, done);
    });
}

void KeychainStore::readChunks(const QString &key, const ChunkManifest &manifest, QByteArray collected, QObject *context,
                               ReadDone done)
{
    const int index = static_cast<int>((collected.size() + chunkSize - 1) / chunkSize);
    if (index >= manifest.count) {
        if (checksumOf(collected) != manifest.checksum) {
            done({{KeychainError::Kind::Corrupt,
                   Text::tr("the keychain entry \"%1\" is incomplete (a part is missing or was changed)").arg(key)}, {}});
            return;
        }
        done({{}, collected});
        return;
    }
    read(chunkKey(key, manifest.generation, index), context,
         [this, key, manifest, collected, context, done](const KeychainRead &part) mutable {
        if (part.error.notFound()) {
            done({{KeychainError::Kind::Corrupt,
                   Text::tr("the keychain entry \"%1\" is incomplete (a part is missing)").arg(key)}, {}});
            return;
        }
        if (!part.error.ok()) {
            done({part.error, {}});
            return;
        }
        if (part.data.isEmpty() || part.data.size() > chunkSize) {
            done({{KeychainError::Kind::Corrupt, Text::tr("the keychain entry \"%1\" is damaged").arg(key)}, {}});
            return;
        }
        collected += part.data;
        readChunks(key, manifest, collected, context, done);
    });
}

void KeychainStore::writeLarge(const QString &key, const QByteArray &value, QObject *context, WriteDone done)
{
    QList<QByteArray> chunks;
    for (qsizetype offset = 0; offset < value.size(); offset += chunkSize)
        chunks.append(value.mid(offset, chunkSize));
    read(key, context, [this, key, chunks, value, context, done](const KeychainRead &old) {
        if (!old.error.ok() && !old.error.notFound()) {
            done(old.error);
            return;
        }
        const ChunkManifest current = parseManifest(old.data);
        const QByteArray generation = otherGeneration(current.generation);
        const QByteArray manifest = QByteArray(manifestPrefix.data(), manifestPrefix.size())
                                    + QByteArray::number(chunks.size()) + ':' + checksumOf(value) + ':' + generation;
        const int newCount = static_cast<int>(chunks.size());
        // Parts a write cut off earlier may have left in the new generation go first.
        removeChunksFrom(key, generation, newCount, context, [=, this](const KeychainError &clearError) {
            if (!clearError.ok()) {
                done(clearError);
                return;
            }
            writeChunks(key, generation, chunks, 0, context, [=, this](const KeychainError &chunkError) {
                if (!chunkError.ok()) {
                    done(chunkError);
                    return;
                }
                write(key, manifest, context, [=, this](const KeychainError &error) {
                    if (!error.ok() || current.count <= 0) {
                        done(error);
                        return;
                    }
                    removeChunks(key, current.generation, 0, current.count, context, done);
                });
            });
        });
    });
}

void KeychainStore::writeChunks(const QString &key, const QByteArray &generation, const QList<QByteArray> &chunks,
                                int index, QObject *context, WriteDone done)
{
    if (index >= chunks.size()) {
        done({});
        return;
    }
    write(chunkKey(key, generation, index), chunks.at(index), context,
          [this, key, generation, chunks, index, context, done](const KeychainError &error) {
        if (!error.ok()) {
            done(error);
            return;
        }
        writeChunks(key, generation, chunks, index + 1, context, done);
    });
}

void KeychainStore::removeChunks(const QString &key, const QByteArray &generation, int from, int to, QObject *context,
                                 WriteDone done)
{
    if (from >= to) {
        done({});
        return;
    }
    remove(chunkKey(key, generation, from), context, [this, key, generation, from, to, context, done](const KeychainError &error) {
        if (!error.ok()) {
            done(error);
            return;
        }
        removeChunks(key, generation, from + 1, to, context, done);
    });
}

void KeychainStore::removeChunksFrom(const QString &key, const QByteArray &generation, int from, QObject *context,
                                     WriteDone done)
{
    read(chunkKey(key, generation, from), context, [this, key, generation, from, context, done](const KeychainRead &part) {
        if (part.error.notFound()) {
            done({});
            return;
        }
        if (!part.error.ok()) {
            done(part.error);
            return;
        }
        remove(chunkKey(key, generation, from), context, [this, key, generation, from, context, done](const KeychainError &error) {
            if (!error.ok()) {
                done(error);
                return;
            }
            removeChunksFrom(key, generation, from + 1, context, done);
        });
    });
}

} // namespace Stratum
