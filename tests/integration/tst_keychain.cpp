// Talks to the real Secret Service that harness/run-test.sh starts
// (gnome-keyring in a private D-Bus session).
#include "Keyring.h"
#include "TestWorld.h"

#include "core/keychain/KeychainStore.h"
#include "core/keychain/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

namespace {

QString sha(int n)
{
    return QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('0'));
}

ReleaseLog releaseLog(int entries, const QString &note, int knownGoodEvery = 0)
{
    ReleaseLog log;
    for (int i = 0; i < entries; ++i) {
        ReleaseEntry entry;
        entry.sha = sha(i);
        entry.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC).addSecs(i * 3600);
        entry.method = QStringLiteral("ssh");
        entry.result = QStringLiteral("success");
        entry.who = QStringLiteral("ops@mac");
        entry.note = QStringLiteral("%1 %2 with a note long enough to matter").arg(note).arg(i);
        entry.knownGood = knownGoodEvery > 0 && i % knownGoodEvery == 0;
        log.record(entry);
    }
    return log;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private:
    KeychainStore m_store{10s};

    // Runs one asynchronous keychain call and waits (in the test only) for its answer.
    template<typename Result, typename Start>
    Result await(Start start)
    {
        std::optional<Result> result;
        start([&result](const Result &value) { result = value; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(Result{});
    }

    KeychainError write(const QString &key, const QByteArray &value)
    {
        return await<KeychainError>([&](auto done) { m_store.write(key, value, this, done); });
    }
    KeychainRead read(const QString &key)
    {
        return await<KeychainRead>([&](auto done) { m_store.read(key, this, done); });
    }

private Q_SLOTS:
    void writeReadRemove()
    {
        QVERIFY2(write(QStringLiteral("t/one"), "value-1").ok(), "write");
        const KeychainRead got = read(QStringLiteral("t/one"));
        QVERIFY2(got.error.ok(), qPrintable(got.error.message));
        QCOMPARE(got.data, QByteArray("value-1"));
        QVERIFY(await<KeychainError>([&](auto done) { m_store.remove(QStringLiteral("t/one"), this, done); }).ok());
        QVERIFY(read(QStringLiteral("t/one")).error.notFound());
        // Removing what is not there is fine.
        QVERIFY(await<KeychainError>([&](auto done) { m_store.remove(QStringLiteral("t/one"), this, done); }).ok());
    }

    void largeValuesAreChunkedAndShrinkCleanly()
    {
        QByteArray big;
        for (int i = 0; i < 5000; ++i)
            big += QByteArray::number(i) + ',';
        QVERIFY(big.size() > 5 * KeychainStore::chunkSize);
        QVERIFY(await<KeychainError>([&](auto done) { m_store.writeLarge(QStringLiteral("t/big"), big, this, done); }).ok());
        // No single item is larger than the chunk size (Windows caps items at 2,560 bytes).
        for (int part = 0; part < 20; ++part) {
            const KeychainRead chunk = read(QStringLiteral("t/big/a/part-%1").arg(part));
            if (chunk.error.notFound())
                break;
            QVERIFY(chunk.data.size() <= KeychainStore::chunkSize);
        }
        const KeychainRead whole = await<KeychainRead>([&](auto done) { m_store.readLarge(QStringLiteral("t/big"), this, done); });
        QVERIFY2(whole.error.ok(), qPrintable(whole.error.message));
        QCOMPARE(whole.data, big);

        QVERIFY(await<KeychainError>([&](auto done) { m_store.writeLarge(QStringLiteral("t/big"), "small", this, done); }).ok());
        QCOMPARE(await<KeychainRead>([&](auto done) { m_store.readLarge(QStringLiteral("t/big"), this, done); }).data,
                 QByteArray("small"));
        QVERIFY2(read(QStringLiteral("t/big/a/part-0")).error.notFound(), "the old value's parts are removed");
        QVERIFY2(read(QStringLiteral("t/big/b/part-1")).error.notFound(), "the new value has one part");
    }

    void damagedChunksAreReported()
    {
        QVERIFY(await<KeychainError>([&](auto done) {
            m_store.writeLarge(QStringLiteral("t/dmg"), QByteArray(5000, 'x'), this, done);
        }).ok());
        QVERIFY(write(QStringLiteral("t/dmg/a/part-1"), QByteArray(2000, 'y')).ok());
        const KeychainRead got = await<KeychainRead>([&](auto done) { m_store.readLarge(QStringLiteral("t/dmg"), this, done); });
        QCOMPARE(got.error.kind, KeychainError::Kind::Corrupt);
        QVERIFY(got.data.isEmpty());
    }

    // What a write cut off before its manifest leaves: the new generation's first parts.
    // The old value stays readable, and the next write clears the leftovers.
    void interruptedWriteLeavesTheOldValue()
    {
        const QByteArray before(5000, 'o');
        QVERIFY(await<KeychainError>([&](auto done) { m_store.writeLarge(QStringLiteral("t/cut"), before, this, done); }).ok());
        for (int part = 0; part < 4; ++part)
            QVERIFY(write(QStringLiteral("t/cut/b/part-%1").arg(part), QByteArray(2000, 'n')).ok());
        QCOMPARE(await<KeychainRead>([&](auto done) { m_store.readLarge(QStringLiteral("t/cut"), this, done); }).data, before);

        const QByteArray after(3000, 'z');
        QVERIFY(await<KeychainError>([&](auto done) { m_store.writeLarge(QStringLiteral("t/cut"), after, this, done); }).ok());
        QCOMPARE(await<KeychainRead>([&](auto done) { m_store.readLarge(QStringLiteral("t/cut"), this, done); }).data, after);
        QVERIFY2(read(QStringLiteral("t/cut/b/part-2")).error.notFound(), "leftovers of the cut write are gone");
        QVERIFY2(read(QStringLiteral("t/cut/a/part-0")).error.notFound(), "the old value's parts are gone");
    }

    void longReleaseLogSurvivesTheKeychain()
    {
        Vault vault(&m_store);
        const ReleaseLog log = releaseLog(600, QStringLiteral("release"), 7);
        QVERIFY(log.toKeychainJson(QStringLiteral("p")).size() > 100 * 1024);
        QVERIFY(await<KeychainError>([&](auto done) { vault.saveReleaseLog(QStringLiteral("p"), log, this, done); }).ok());
        const auto loaded = await<Vault::Result<ReleaseLog>>([&](auto done) { vault.loadReleaseLog(QStringLiteral("p"), this, done); });
        QVERIFY2(loaded.error.ok(), qPrintable(loaded.error.message));
        QCOMPARE(loaded.value.entries().size(), 600);
        QCOMPARE(loaded.value.knownGood().size(), log.knownGood().size());
        QCOMPARE(loaded.value.toKeychainJson(QStringLiteral("p")), log.toKeychainJson(QStringLiteral("p")));
    }

    void secretStatusNeverHandsOutValues()
    {
        Vault vault(&m_store);
        QVERIFY(await<KeychainError>([&](auto done) { vault.writeSecret(SecretNames::ghcrToken(), "ghcr-secret-1", this, done); }).ok());
        const auto status = await<Vault::Result<QMap<QString, bool>>>([&](auto done) {
            vault.secretStatus(SecretNames::fixed(), this, done);
        });
        QVERIFY(status.error.ok());
        QCOMPARE(status.value.value(SecretNames::ghcrToken()), true);
        QCOMPARE(status.value.value(SecretNames::githubToken()), false);
    }

    // The keyring daemon itself killed in the middle of writing a large release log: the
    // write reports an error, and once a keyring runs again the log reads as the old one
    // or the new one, never damaged.
    // Last: this process's keychain connection does not survive the kill; the next process reads.
    void keyringKilledMidWriteLeavesOldOrNew()
    {
        const QString profile = QStringLiteral("stratum-sports"); // the built-in profile stratumctl reads
        Vault vault(&m_store);
        const ReleaseLog before = releaseLog(300, QStringLiteral("before"));
        const ReleaseLog after = releaseLog(600, QStringLiteral("after"));
        QVERIFY(await<KeychainError>([&](auto done) { vault.saveReleaseLog(profile, before, this, done); }).ok());

        const int written = m_store.itemsWritten();
        std::optional<KeychainError> result;
        vault.saveReleaseLog(profile, after, this, [&result](const KeychainError &error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(m_store.itemsWritten() >= written + 10, 20000);
        const qint64 daemon = keyringDaemon();
        QVERIFY2(daemon > 0, "the test world's gnome-keyring-daemon is found");
        QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(!result->ok(), "a write into a dead keyring is an error, not a success");
        QVERIFY(!result->message.isEmpty());

        QVERIFY2(startKeyring(), "a keyring runs again");
        const CtlRun next = runStratumctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")});
        QVERIFY2(next.code == 0, qPrintable(next.err));
        const QJsonArray entries = QJsonDocument::fromJson(next.out.toUtf8()).array();
        QVERIFY2(entries.size() == 300 || entries.size() == 600, "the log is the old one or the new one, whole");
        const QString note = entries.first().toObject().value(QStringLiteral("note")).toString();
        QVERIFY2(note.startsWith(entries.size() == 300 ? QLatin1String("before") : QLatin1String("after")), qPrintable(note));
        qInfo("after the kill the next process reads %lld entries (old: 300, new: 600)", static_cast<long long>(entries.size()));
    }

    // A locked keyring is not an empty one: the CLI says it is locked and exits 4.
    void lockedKeyringIsNamed()
    {
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                                 QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                                                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                                 QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(10000));
        QCOMPARE(lock.exitCode(), 0);
        for (const QStringList &command : {QStringList{QStringLiteral("secrets"), QStringLiteral("status")},
                                           QStringList{QStringLiteral("releases"), QStringLiteral("list")}}) {
            const CtlRun run = runStratumctl(command);
            QCOMPARE(run.code, 4);
            QVERIFY2(run.err.contains(QLatin1String("keychain is locked")), qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
