// Terminal control sequences removed from what programs wrote for a terminal
// (withoutTerminalControls, TerminalControlFilter), and a secret that such a
// sequence interrupts still redacted (StreamRedactor filters first).
#include "core/redaction/StreamRedactor.h"
#include "core/redaction/TerminalText.h"

#include <QTest>

using namespace Stratum;

class TestTerminalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesWhatATerminalWouldInterpret_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain text is kept") << QStringLiteral("backend-1  | INFO ready") << QStringLiteral("backend-1  | INFO ready");
        QTest::newRow("tab and newline are kept") << QStringLiteral("a\tb\nc\n") << QStringLiteral("a\tb\nc\n");
        QTest::newRow("Compose 2.26 logs: erase line before every line")
            << QStringLiteral("\x1b[2Kworker-1  | 15:55:12 ingestion cycle finished\n\x1b[2Kworker-1  | next\n")
            << QStringLiteral("worker-1  | 15:55:12 ingestion cycle finished\nworker-1  | next\n");
        QTest::newRow("colours") << QStringLiteral("\x1b[1;31mERROR\x1b[0m asyncpg") << QStringLiteral("ERROR asyncpg");
        QTest::newRow("private CSI parameters") << QStringLiteral("\x1b[?25lhidden cursor\x1b[?25h") << QStringLiteral("hidden cursor");
        QTest::newRow("OSC title ended by BEL") << QStringLiteral("\x1b]0;root@droplet\x07$ ls") << QStringLiteral("$ ls");
        QTest::newRow("OSC hyperlink ended by ESC backslash")
            << QStringLiteral("see \x1b]8;;https://x.test\x1b\\the docs\x1b]8;;\x1b\\ now") << QStringLiteral("see the docs now");
        QTest::newRow("character set selection") << QStringLiteral("\x1b(Bplain\x1b" "7saved") << QStringLiteral("plainsaved");
        QTest::newRow("carriage returns and other controls")
            << QStringLiteral("line\r\nbell\x07 nul") + QChar(0) + QStringLiteral(" del\x7f end") << QStringLiteral("line\nbell nul del end");
        QTest::newRow("a malformed CSI ends before the stranger")
            << QStringLiteral("\x1b[12\nnext line") << QStringLiteral("\nnext line");
        QTest::newRow("an unfinished sequence at the end is dropped") << QStringLiteral("done\x1b[3") << QStringLiteral("done");
        QTest::newRow("an unfinished OSC at the end is dropped") << QStringLiteral("done\x1b]0;tit") << QStringLiteral("done");
        QTest::newRow("a lone escape at the end is dropped") << QStringLiteral("done\x1b") << QStringLiteral("done");
        QTest::newRow("C1 controls (U+0080-U+009F) are removed, the text around them kept")
            << QStringLiteral("a") + QChar(0x9b) + QStringLiteral("31mred") + QChar(0x85) + QStringLiteral("next") + QChar(0x9d)
                   + QStringLiteral("0;title") + QChar(0x80) + QChar(0x9f) + QStringLiteral(" £ à")
            << QStringLiteral("a31mrednext0;title £ à");
        QTest::newRow("text beyond ASCII is kept") << QStringLiteral("\x1b[32mGrüße ✓ 部署\x1b[0m") << QStringLiteral("Grüße ✓ 部署");
    }

    void removesWhatATerminalWouldInterpret()
    {
        QFETCH(QString, written);
        QFETCH(QString, shown);
        QCOMPARE(withoutTerminalControls(written), shown);
    }

    // However the bytes were cut, the filter lets out what the whole text gives.
    void anyCutGivesTheSameText()
    {
        const QByteArray written = QStringLiteral("\x1b[2Kworker-1  | Grüße \x1b[1;31mERROR\x1b[0m\r\n\x1b]0;title\x07"
                                                  "\x1b]8;;https://x.test\x1b\\link\x1b]8;;\x1b\\ \x1b(Bend\x1b")
                                       .toUtf8();
        const QByteArray expected = withoutTerminalControls(QString::fromUtf8(written)).toUtf8();
        QCOMPARE(expected, QByteArray("worker-1  | Grüße ERROR\nlink end"));
        for (qsizetype first = 0; first <= written.size(); ++first) {
            for (qsizetype second = first; second <= written.size(); ++second) {
                TerminalControlFilter filter;
                QByteArray out = filter.feed(written.left(first)); // one after the other: + has no order
                out += filter.feed(written.mid(first, second - first));
                out += filter.feed(written.mid(second));
                out += filter.finish();
                QVERIFY2(out == expected, qPrintable(QStringLiteral("cut at %1 and %2: %3").arg(first).arg(second)
                                                         .arg(QString::fromUtf8(out.toPercentEncoding(" |")))));
            }
        }
    }

    void aSequenceThatNeverEndsIsNotKeptWithoutBound()
    {
        TerminalControlFilter filter;
        QCOMPARE(filter.feed("before \x1b]0;"), QByteArray("before "));
        QCOMPARE(filter.feed(QByteArray(8192, 'x')), QByteArray()); // held, then dropped: over 4 KiB
        QCOMPARE(filter.feed("after\n"), QByteArray("after\n"));
    }

    void aSecretInterruptedByASequenceIsStillRedacted()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("planted-token-9f3a77c1"));
        StreamRedactor stream(&redactor);
        QString shown = stream.feed(StreamRedactor::Out, "token=planted-tok\x1b[2K");
        shown += stream.feed(StreamRedactor::Out, "en-9f3a77c1 sk_live_\x1b[0mabcdefghijklmnopqrstuvwx\n");
        for (const StreamRedactor::Piece &piece : stream.finish())
            shown += piece.text;
        QVERIFY2(!shown.contains(QLatin1String("planted-token-9f3a77c1")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("sk_live_abcdefghijklmnopqrstuvwx")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1Char('\x1b')));
        QVERIFY(shown.contains(Redactor::mask()));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
