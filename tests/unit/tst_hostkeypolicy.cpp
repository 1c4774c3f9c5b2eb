// HostKeyPolicy: fingerprints as ssh-keygen prints them, known_hosts lines OpenSSH honours.
#include "core/ssh/HostKeyPolicy.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Stratum;

class TestHostKeyPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fingerprintsAsSshKeygenPrintsThem()
    {
        QVERIFY(isFingerprint(QStringLiteral("SHA256:uZpSYpXEgNDfHmGm69/XB4SeaUw7zRL2Yy+F5oSucSs")));
        QVERIFY(!isFingerprint(QStringLiteral("SHA256:short")));
        QVERIFY(!isFingerprint(QStringLiteral("MD5:aa:bb")));
        const QByteArray blob = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");
        QVERIFY(sha256Fingerprint(blob).startsWith(QLatin1String("SHA256:")));
        QCOMPARE(sha256Fingerprint(blob).size(), 7 + 43);
    }

    void revokedLinesAreFound()
    {
        const QString text = QStringLiteral("host1 ssh-ed25519 AAAA\n@revoked * ssh-ed25519 QUJDRA== old key\n"
                                            "@cert-authority *.x ssh-rsa QUFB\n");
        const QList<QByteArray> revoked = HostKeyPolicy::revokedKeys(text);
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.first(), QByteArray("ABCD"));
    }
};

QTEST_GUILESS_MAIN(TestHostKeyPolicy)
#include "tst_hostkeypolicy.moc"
