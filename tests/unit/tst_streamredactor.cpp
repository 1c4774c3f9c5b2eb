// StreamRedactor: output that arrives in pieces on two streams never shows a
// secret, however the bytes were cut and interleaved (the property the fuzz
// target redactor checks at random; here with fixed, readable cases and a
// seeded random sweep that CTest runs every time).
#include "core/redaction/StreamRedactor.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Stratum;

namespace {

struct Shown {
    QString text; // what a person sees, in order
    void add(const QString &piece) { text += piece; }
};

// Feeds `out` and `err` to a StreamRedactor in the given pieces, interleaved as `order` says.
QString showAll(const Redactor &redactor, const QList<QByteArray> &outPieces, const QList<QByteArray> &errPieces,
                const QList<int> &order, qsizetype maxLine)
{
    StreamRedactor stream(&redactor, maxLine);
    Shown shown;
    qsizetype o = 0, e = 0;
    for (int which : order) {
        if (which == 0 && o < outPieces.size())
            shown.add(stream.feed(StreamRedactor::Out, outPieces.at(o++)));
        else if (e < errPieces.size())
            shown.add(stream.feed(StreamRedactor::Err, errPieces.at(e++)));
    }
    while (o < outPieces.size())
        shown.add(stream.feed(StreamRedactor::Out, outPieces.at(o++)));
    while (e < errPieces.size())
        shown.add(stream.feed(StreamRedactor::Err, errPieces.at(e++)));
    for (const StreamRedactor::Piece &piece : stream.finish())
        shown.add(piece.text);
    return shown.text;
}

QList<QByteArray> cutAt(const QByteArray &text, const QList<qsizetype> &cuts)
{
    QList<QByteArray> pieces;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        pieces << text.mid(from, cut - from);
        from = cut;
    }
    pieces << text.mid(from);
    return pieces;
}

} // namespace

class TestStreamRedactor : public QObject
{
    Q_OBJECT
private:
    Redactor m_redactor;
    const QString m_secret = QStringLiteral("hunter2-correct-horse-9f3a");

    void verifyNothingLeaks(const QString &shown) const
    {
        for (const QString &form : m_redactor.secretForms())
            QVERIFY2(!shown.contains(form), qPrintable(QStringLiteral("%1 in: %2").arg(form, shown.left(400))));
    }

private Q_SLOTS:
    void initTestCase() { m_redactor.addSecret(m_secret); }

    void aSecretCutAcrossReadsIsMasked()
    {
        const QByteArray line = "token=" + m_secret.toUtf8() + " done\n";
        for (qsizetype cut = 1; cut < line.size(); ++cut) {
            const QString shown = showAll(m_redactor, cutAt(line, {cut}), {}, {0, 0}, 1024);
            verifyNothingLeaks(shown);
            QVERIFY(shown.contains(QLatin1String("done")));
        }
    }

    void aSecretSplitAcrossStdoutAndStderrIsMasked()
    {
        // The first half on stdout, the rest on stderr, neither with a line end: shown one after the other.
        const QByteArray secret = m_secret.toUtf8();
        for (qsizetype split = 1; split < secret.size(); ++split) {
            const QString shown = showAll(m_redactor, {"x " + secret.left(split)}, {secret.mid(split) + " y"}, {0, 1}, 1024);
            verifyNothingLeaks(shown);
        }
    }

    void aLongLineIsCutWhereNoSecretIs()
    {
        QByteArray line(300, 'a');
        line += ' ' + m_secret.toUtf8() + ' ';
        line += QByteArray(300, 'b');
        // Tiny limit: the line is cut several times; the secret is never split by a cut.
        for (qsizetype piece : {1, 7, 13, 64}) {
            QList<QByteArray> pieces;
            for (qsizetype i = 0; i < line.size(); i += piece)
                pieces << line.mid(i, piece);
            QList<int> order(pieces.size(), 0);
            verifyNothingLeaks(showAll(m_redactor, pieces, {}, order, 32));
        }
    }

    // A secret known by its shape only (no stored value) is masked whole, even where a line
    // longer than the limit has to be cut: the cut never falls inside it.
    void aShapedSecretAtTheLineLimitIsNotCutOpen_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("mustVanish");
        QTest::newRow("a GitHub token") << QByteArray("ghp_ShapedOnly0123456789abcdefghijklmnop") << QByteArray("0123456789abcdef");
        QTest::newRow("a Stripe key") << QByteArray("sk_live_51ShapedOnlyStripeKey0123456789") << QByteArray("ShapedOnlyStripe");
        QTest::newRow("an assignment") << QByteArray("JWT_SECRET=shaped-only-jwt-value-0123") << QByteArray("shaped-only-jwt");
    }

    void aShapedSecretAtTheLineLimitIsNotCutOpen()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, mustVanish);
        const Redactor none;
        constexpr qsizetype limit = 64;
        for (qsizetype at = limit - secret.size(); at <= limit + 4; ++at) {
            // No space near it: the cut would fall at the limit, inside the secret.
            const QByteArray line = QByteArray(at, 'x') + ',' + secret + ",tail\n";
            for (qsizetype piece : {1, 5, 64}) {
                QList<QByteArray> pieces;
                for (qsizetype i = 0; i < line.size(); i += piece)
                    pieces << line.mid(i, piece);
                const QString shown = showAll(none, pieces, {}, QList<int>(pieces.size(), 0), limit);
                QVERIFY2(!shown.toUtf8().contains(mustVanish), qPrintable(shown));
            }
        }
    }

    void base64FormsAreMaskedToo()
    {
        const QByteArray encoded = m_secret.toUtf8().toBase64();
        const QString shown = showAll(m_redactor, {"auth: " + encoded.left(5), encoded.mid(5) + "\n"}, {}, {0, 0}, 1024);
        verifyNothingLeaks(shown);
    }

    void aPrivateKeyStaysMaskedAcrossPieces()
    {
        const QByteArray key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\nAAAAMwAAAAtzc2gtZWQy\n"
                               "-----END OPENSSH PRIVATE KEY-----\nafter the key\n";
        QList<QByteArray> lines;
        for (const QByteArray &line : key.split('\n'))
            lines << line + '\n';
        lines.removeLast();
        QList<int> order(lines.size(), 0);
        const QString shown = showAll(m_redactor, lines, {}, order, 1024);
        QVERIFY2(!shown.contains(QLatin1String("b3BlbnNzaC1rZXktdjEAAAAABG5vbmU")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("AAAAMwAAAAtzc2gtZWQy")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("after the key")));
    }

    void wholeLinesPassThrough()
    {
        StreamRedactor stream(&m_redactor);
        QCOMPARE(stream.feed(StreamRedactor::Out, "one\ntw"), QStringLiteral("one\n"));
        QCOMPARE(stream.feed(StreamRedactor::Out, "o\n"), QStringLiteral("two\n"));
        QCOMPARE(stream.feed(StreamRedactor::Err, "no end"), QString());
        const QList<StreamRedactor::Piece> rest = stream.finish();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().stream, StreamRedactor::Err);
        QCOMPARE(rest.first().text, QStringLiteral("no end"));
    }

    void randomCutsAndInterleavingsNeverLeak()
    {
        QRandomGenerator random(20261128); // fixed: the same sweep on every run
        for (int round = 0; round < 400; ++round) {
            QByteArray out, err;
            for (int part = 0; part < 6; ++part) {
                QByteArray &target = random.bounded(2) ? out : err;
                const int kind = random.bounded(4);
                if (kind == 0)
                    target += m_secret.toUtf8();
                else if (kind == 1)
                    target += m_secret.toUtf8().toBase64();
                else if (kind == 2)
                    target += QByteArray(random.bounded(1, 80), 'x');
                else
                    target += random.bounded(2) ? "\n" : " ";
            }
            auto randomCuts = [&random](const QByteArray &text) {
                QList<qsizetype> cuts;
                for (qsizetype at = random.bounded(1, 9); at < text.size(); at += random.bounded(1, 9))
                    cuts << at;
                return cuts;
            };
            const QList<QByteArray> outPieces = cutAt(out, randomCuts(out));
            const QList<QByteArray> errPieces = cutAt(err, randomCuts(err));
            QList<int> order;
            for (qsizetype i = 0; i < outPieces.size() + errPieces.size(); ++i)
                order << random.bounded(2);
            verifyNothingLeaks(showAll(m_redactor, outPieces, errPieces, order, random.bounded(16, 100)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamRedactor)
#include "tst_streamredactor.moc"
