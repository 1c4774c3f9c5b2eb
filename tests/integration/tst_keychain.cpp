// Talks to the real Secret Service that harness/run-test.sh starts
// (gnome-keyring in a private D-Bus session).
#include "keychain/KeychainStore.h"
#include "keychain/Vault.h"

#include <QSignalSpy>
#include <QTest>

using namespace Stratum;
using namespace std::chrono_literals;

namespace {

QString sha(int n)
{
    return QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('0'));
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
            const KeychainRead chunk = read(QStringLiteral("t/big/part-%1").arg(part));
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
        QVERIFY2(read(QStringLiteral("t/big/part-1")).error.notFound(), "stale parts are removed");
    }

    void damagedChunksAreReported()
    {
        QVERIFY(await<KeychainError>([&](auto done) {
            m_store.writeLarge(QStringLiteral("t/dmg"), QByteArray(5000, 'x'), this, done);
        }).ok());
        QVERIFY(write(QStringLiteral("t/dmg/part-1"), QByteArray(2000, 'y')).ok());
        const KeychainRead got = await<KeychainRead>([&](auto done) { m_store.readLarge(QStringLiteral("t/dmg"), this, done); });
        QCOMPARE(got.error.kind, KeychainError::Kind::Corrupt);
        QVERIFY(got.data.isEmpty());
    }

    void longReleaseLogSurvivesTheKeychain()
    {
        Vault vault(&m_store);
        ReleaseLog log;
        for (int i = 0; i < 600; ++i) {
            ReleaseEntry entry;
            entry.sha = sha(i);
            entry.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC).addSecs(i * 3600);
            entry.method = QStringLiteral("ssh");
            entry.result = QStringLiteral("success");
            entry.who = QStringLiteral("ops@mac");
            entry.note = QStringLiteral("release %1 with a note long enough to matter").arg(i);
            entry.knownGood = i % 7 == 0;
            log.record(entry);
        }
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
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
