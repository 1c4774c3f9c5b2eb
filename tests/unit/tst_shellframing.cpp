// ShellFraming: a command's output out of the kept shell is exactly what the command wrote,
// however the bytes were cut, and its status is read from the marker line after it.
#include "core/ssh/ShellFraming.h"

#include <QTest>

using namespace Stratum;

namespace {

const QByteArray sentinel = "\nstratum-end-1f ";

// Feeds `stream` to a SentinelCut in pieces of `piece` bytes; returns what was passed on.
QByteArray cutInPieces(const QByteArray &stream, qsizetype piece, QByteArray *after = nullptr, bool *ended = nullptr)
{
    SentinelCut cut(sentinel);
    QByteArray own;
    for (qsizetype at = 0; at < stream.size(); at += piece)
        own += cut.feed(stream.mid(at, piece));
    if (after)
        *after = cut.after();
    if (ended)
        *ended = cut.ended();
    return own;
}

} // namespace

class TestShellFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theCommandsOwnBytesPassUnchanged_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addRow("nothing") << QByteArray();
        QTest::addRow("a line") << QByteArray("hello\n");
        QTest::addRow("no newline at the end") << QByteArray("abc");
        QTest::addRow("empty lines at the end") << QByteArray("x\n\n\n");
        QTest::addRow("a part of the marker") << QByteArray("\nstratum-end-1");
        QTest::addRow("the marker without its space") << QByteArray("\nstratum-end-1f\n");
        QTest::addRow("another command's marker") << QByteArray("\nstratum-end-2a 0\n");
        QTest::addRow("binary") << QByteArray("\0\xff\n\r", 4);
    }
    void theCommandsOwnBytesPassUnchanged()
    {
        QFETCH(QByteArray, output);
        const QByteArray stream = output + sentinel + "7\n";
        for (qsizetype piece : {1, 2, 3, 5, 16, 1000}) {
            QByteArray after;
            bool ended = false;
            QCOMPARE(cutInPieces(stream, piece, &after, &ended), output);
            QVERIFY(ended);
            QCOMPARE(after, QByteArray("7\n"));
            QCOMPARE(ShellFrame::status(after), std::optional<int>(7));
        }
    }

    void aTailThatMayBeTheMarkerWaitsForTheNextBytes()
    {
        SentinelCut cut(sentinel);
        QCOMPARE(cut.feed("line\n"), QByteArray("line")); // the newline may begin the marker
        QCOMPARE(cut.feed("next"), QByteArray("\nnext"));  // it did not
        QCOMPARE(cut.feed("\nstratum-"), QByteArray());
        QVERIFY(!cut.ended());
        QCOMPARE(cut.feed("end-1f 0"), QByteArray());
        QVERIFY(cut.ended());
        QCOMPARE(ShellFrame::status(cut.after()), std::nullopt); // the status line is not complete yet
        QCOMPARE(cut.feed("\n"), QByteArray());
        QCOMPARE(ShellFrame::status(cut.after()), std::optional<int>(0));
    }

    void theScriptQuotesTheCommandForEval()
    {
        const ShellFrame frame{"stratum-end-ab"};
        QCOMPARE(frame.script(QStringLiteral("echo 'it' \"$HOME\"")),
                 QByteArray("( eval 'echo '\\''it'\\'' \"$HOME\"' ) </dev/null; printf '\\n%s %d\\n' stratum-end-ab \"$?\"; "
                            "printf '\\n%s \\n' stratum-end-ab >&2\n"));
        QCOMPARE(frame.sentinel(), QByteArray("\nstratum-end-ab "));
    }

    void markersDifferPerCommand()
    {
        const QByteArray first = ShellFrame::random().marker;
        QVERIFY(first.startsWith("stratum-end-"));
        QVERIFY(first.size() > 20);
        QVERIFY(ShellFrame::random().marker != first);
    }
};

QTEST_GUILESS_MAIN(TestShellFraming)
#include "tst_shellframing.moc"
