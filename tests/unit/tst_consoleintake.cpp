// What waits to be shown in the console (ConsoleIntake): bounded to the newest lines,
// cut only at a line's start, handed out in batches that reassemble what arrived.
#include "gui/console/ConsoleIntake.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Stratum;
using Kind = ConsoleIntake::Kind;

namespace {

QByteArray numberedLines(int from, int count)
{
    QByteArray out;
    for (int i = from; i < from + count; ++i)
        out += "worker-1  | row " + QByteArray::number(i) + " done\n";
    return out;
}

QByteArray takeAll(ConsoleIntake &intake, qsizetype batch, bool includePartialLine)
{
    QByteArray out;
    while (true) {
        const QList<ConsoleIntake::Chunk> now = intake.takeLines(batch, includePartialLine);
        if (now.isEmpty())
            return out;
        for (const ConsoleIntake::Chunk &chunk : now)
            out += chunk.bytes;
    }
}

} // namespace

class TestConsoleIntake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesReassembleWhatArrived_data()
    {
        QTest::addColumn<int>("readSize");
        QTest::addColumn<int>("batch");
        QTest::newRow("reads of one byte, batches of one line") << 1 << 1;
        QTest::newRow("reads that stop mid-line, batches of 32 lines") << 37 << 32;
        QTest::newRow("reads of 64 KiB, batches of 200 lines") << 65536 << 200;
    }
    void batchesReassembleWhatArrived()
    {
        QFETCH(int, readSize);
        QFETCH(int, batch);
        const QByteArray stream = numberedLines(0, 3000) + "the last line, unfinished";
        ConsoleIntake intake(100000);
        QByteArray shown;
        for (qsizetype at = 0; at < stream.size(); at += readSize) {
            intake.append(Kind::Stdout, stream.mid(at, readSize));
            for (const ConsoleIntake::Chunk &chunk : intake.takeLines(batch, false)) {
                QVERIFY2(chunk.bytes.endsWith('\n'), "a batch without the partial line ends at a line's end");
                QVERIFY(chunk.lines <= batch);
                shown += chunk.bytes;
            }
        }
        shown += takeAll(intake, batch, false);
        QCOMPARE(shown, numberedLines(0, 3000));
        QCOMPARE(takeAll(intake, batch, true), QByteArray("the last line, unfinished"));
        QVERIFY(intake.isEmpty());
        QCOMPARE(intake.bytes(), 0);
        QCOMPARE(intake.lines(), 0);
    }

    void keepsOnlyTheNewestLines_data()
    {
        QTest::addColumn<int>("readSize");
        QTest::newRow("one read") << 10 * 1024 * 1024;
        QTest::newRow("reads that stop mid-line") << 4093;
    }
    void keepsOnlyTheNewestLines()
    {
        QFETCH(int, readSize);
        const QByteArray stream = numberedLines(0, 50000);
        ConsoleIntake intake(1000);
        for (qsizetype at = 0; at < stream.size(); at += readSize) {
            intake.append(Kind::Stdout, stream.mid(at, readSize));
            QVERIFY2(intake.lines() <= 1000, qPrintable(QString::number(intake.lines())));
        }
        QCOMPARE(takeAll(intake, 200, true), numberedLines(49000, 1000));
    }

    void theByteBoundDropsWholeLines()
    {
        ConsoleIntake intake(1000000, 64 * 1024);
        for (int i = 0; i < 400; ++i)
            intake.append(Kind::Stderr, numberedLines(i * 100, 100));
        QVERIFY(intake.bytes() <= 2 * 64 * 1024);
        const QByteArray kept = takeAll(intake, 500, true);
        QVERIFY(kept.startsWith("worker-1  | row "));
        QVERIFY(kept.endsWith(numberedLines(39900, 100)));
    }

    void anotherStreamFinishesAnUnfinishedLine()
    {
        ConsoleIntake intake;
        intake.append(Kind::Stdout, "progress 10%");
        QVERIFY(intake.takeLines(10, false).isEmpty()); // still arriving
        intake.append(Kind::Stderr, "warning: slow disk\n");
        const QList<ConsoleIntake::Chunk> now = intake.takeLines(10, false);
        QCOMPARE(now.size(), 2);
        QCOMPARE(now[0].bytes, QByteArray("progress 10%"));
        QCOMPARE(now[1].kind, Kind::Stderr);
    }

    void commandsAndNotesKeepTheirPlace()
    {
        ConsoleIntake intake;
        intake.append(Kind::Command, "docker compose ps");
        intake.append(Kind::Stdout, "backend running\n");
        intake.append(Kind::Info, "exit 0\n");
        const QList<ConsoleIntake::Chunk> now = intake.takeLines(10, false);
        QCOMPARE(now.size(), 3);
        QCOMPARE(now[0].kind, Kind::Command);
        QCOMPARE(now[1].bytes, QByteArray("backend running\n"));
        QCOMPARE(now[2].kind, Kind::Info);
    }

    void randomReadsNeverCutALine()
    {
        // What is kept after dropping starts at a line's start, whatever the read sizes.
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            ConsoleIntake intake(50 + random->bounded(200));
            QByteArray stream = numberedLines(0, 5000);
            for (qsizetype at = 0; at < stream.size();) {
                const int size = 1 + random->bounded(3000);
                intake.append(round % 2 ? Kind::Stdout : Kind::Stderr, stream.mid(at, size));
                at += size;
            }
            const QByteArray kept = takeAll(intake, 1 + random->bounded(64), true);
            QVERIFY2(kept.startsWith("worker-1  | row "), kept.left(40).constData());
            QVERIFY(kept.endsWith("row 4999 done\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestConsoleIntake)
#include "tst_consoleintake.moc"
