#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace Stratum {

struct ChunkManifest;

// What went wrong with the OS keychain, in words a person can act on.
struct KeychainError {
    enum class Kind { None, NotFound, Locked, Unavailable, Denied, TimedOut, Corrupt, Other };
    Kind kind = Kind::None;
    QString message;

    bool ok() const { return kind == Kind::None; }
    bool notFound() const { return kind == Kind::NotFound; }
};

struct KeychainRead {
    KeychainError error;
    QByteArray data;
};

// Asynchronous, time-limited access to the OS keychain (QtKeychain). There is
// no plain-file fallback: when no keychain answers, callers get an error.
// Large values are split into chunks small enough for every backend
// (Windows caps one credential at 2,560 bytes).
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const KeychainRead &)>;
    using WriteDone = std::function<void(const KeychainError &)>;

    static constexpr qsizetype chunkSize = 2000;

    explicit KeychainStore(std::chrono::milliseconds timeout, QObject *parent = nullptr);

    static QString serviceName();

    void read(const QString &key, QObject *context, ReadDone done);
    void write(const QString &key, const QByteArray &value, QObject *context, WriteDone done);
    void remove(const QString &key, QObject *context, WriteDone done); // a missing entry is not an error

    // Chunked values: a small manifest under `key`, the data under key/GENERATION/part-N;
    // a write cut off anywhere leaves the previous value readable.
    void readLarge(const QString &key, QObject *context, ReadDone done);
    void writeLarge(const QString &key, const QByteArray &value, QObject *context, WriteDone done);

    // How many times `key` was read (a chunked value counts once): what one action costs the keychain.
    int reads(const QString &key) const { return m_reads.value(key); }
    int itemsWritten() const { return m_itemsWritten; } // single items, chunks included
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    static KeychainError lockedError();
    static void whenSecretServiceLocked(QObject *context, std::function<void(bool locked)> done);

    QHash<QString, int> m_reads;
    int m_itemsWritten = 0;
    void readChunks(const QString &key, const ChunkManifest &manifest, QByteArray collected, QObject *context,
                    ReadDone done);
    void writeChunks(const QString &key, const QByteArray &generation, const QList<QByteArray> &chunks, int index,
                     QObject *context, WriteDone done);
    void removeChunks(const QString &key, const QByteArray &generation, int from, int to, QObject *context,
                      WriteDone done);
    // Removes parts from `from` on until one is missing (what an interrupted write left).
    void removeChunksFrom(const QString &key, const QByteArray &generation, int from, QObject *context, WriteDone done);

    std::chrono::milliseconds m_timeout;
};

} // namespace Stratum
