// The .tar.gz an incident bundle is saved as (platform/Archive): made in
// memory, read back by the system's own tar, byte for byte.
#include "core/platform/Archive.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratum;

class TestArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gzipRoundTrip()
    {
        QByteArray data;
        for (int i = 0; i < 20000; ++i)
            data += "line " + QByteArray::number(i) + '\n';
        const QByteArray packed = gzipCompress(data);
        QVERIFY(packed.startsWith("\x1f\x8b"));
        QVERIFY(packed.size() < data.size() / 4);
        QCOMPARE(gzipDecompress(packed), data);
        QVERIFY(gzipDecompress(packed.left(packed.size() / 2)).isEmpty()); // cut off: damaged, not half a file
    }

    void systemTarReadsIt()
    {
        const QList<ArchiveFile> files{
            {QStringLiteral("bundle/summary.md"), "# Incident\n"},
            {QStringLiteral("bundle/logs/backend.log"), QByteArray(1500, 'b') + '\n'},
            {QStringLiteral("bundle/logs/worker.log"), QByteArray()},
            {QStringLiteral("bundle/exactly-512"), QByteArray(512, 'x')},
            {QStringLiteral("bundle/ümlaut.txt"), "Grüße\n"},
        };
        const QDateTime when(QDate(2026, 12, 4), QTime(2, 15), QTimeZone::UTC);
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("bundle.tar.gz"));
        QFile out(archive);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(gzipCompress(tarArchive(files, when)));
        out.close();

        QProcess list;
        list.start(QStringLiteral("tar"), {QStringLiteral("-tvzf"), archive});
        QVERIFY(list.waitForFinished(20000));
        QCOMPARE(list.exitCode(), 0);
        const QString listing = QString::fromUtf8(list.readAllStandardOutput());
        QVERIFY2(listing.contains(QLatin1String("bundle/logs/")), qPrintable(listing));
        QVERIFY(listing.contains(QLatin1String("2026-12-04")));

        QProcess extract;
        extract.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), dir.path()});
        QVERIFY(extract.waitForFinished(20000));
        QCOMPARE(extract.exitCode(), 0);
        for (const ArchiveFile &file : files) {
            QFile back(dir.filePath(file.path));
            QVERIFY2(back.open(QIODevice::ReadOnly), qPrintable(file.path));
            QCOMPARE(back.readAll(), file.content);
            QCOMPARE(back.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        }
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
