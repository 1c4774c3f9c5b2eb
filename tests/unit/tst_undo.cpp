// "Undo this deploy": which release an undo goes back to, or why it cannot (core/deploy/Undo).
#include "core/deploy/Undo.h"

#include "core/releases/Sha.h"

#include <QTest>

using namespace Stratum;

namespace {

const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::UTC);
constexpr int window = 900;

QString sha(char c)
{
    return QString(40, QLatin1Char(c));
}

// "a:ssh:success:good@-30" — the SHA of letter a, deployed over SSH 30 minutes ago, known-good.
ReleaseEntry parseEntry(const QString &text)
{
    const QStringList at = text.split(QLatin1Char('@'));
    const QStringList parts = at.first().split(QLatin1Char(':'));
    ReleaseEntry entry;
    entry.sha = sha(parts.at(0).at(0).toLatin1());
    entry.method = parts.at(1);
    entry.result = parts.at(2);
    entry.knownGood = parts.size() > 3 && parts.at(3) == QLatin1String("good");
    entry.time = now.addSecs(at.last().toInt() * 60);
    return entry;
}

QStringList entries(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromLatin1(text);
    return list;
}

ReleaseLog logOf(const QStringList &entries)
{
    ReleaseLog log;
    for (const QString &text : entries)
        log.record(parseEntry(text));
    return log;
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesWhatRanBefore_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("running");
        QTest::addColumn<QString>("target");       // empty: not possible
        QTest::addColumn<QString>("whyContains");
        QTest::addColumn<QString>("lastKnownGood"); // offered instead

        QTest::newRow("a deploy within the watch")
            << entries({"a:ssh:success:good@-600", "b:ssh:success@-5"}) << sha('b') << sha('a') << QString() << QString();
        QTest::newRow("a workflow deploy")
            << entries({"a:workflow:success:good@-600", "b:workflow:success@-5"}) << sha('b') << sha('a') << QString() << QString();
        QTest::newRow("an env restart after the deploy keeps the deploy undoable")
            << entries({"a:ssh:success:good@-600", "b:ssh:success@-5", "b:env-restart:success@-2"}) << sha('b') << sha('a')
            << QString() << QString();
        QTest::newRow("a failed deploy after it is not the one undone")
            << entries({"a:ssh:success:good@-600", "b:ssh:success@-5", "c:ssh:failed@-2"}) << sha('b') << sha('a') << QString()
            << QString();
        QTest::newRow("what ran before was only marked known-good")
            << entries({"a:recorded:unknown:good@-600", "b:ssh:success@-5"}) << sha('b') << sha('a') << QString() << QString();
        QTest::newRow("the deploy is older than the watch")
            << entries({"a:ssh:success:good@-600", "b:ssh:success@-16"}) << sha('b') << QString() << QStringLiteral("16 min ago")
            << sha('a');
        QTest::newRow("the last change was a rollback")
            << entries({"a:ssh:success:good@-600", "b:ssh:success@-10", "a:rollback:success:good@-5"}) << sha('a') << QString()
            << QStringLiteral("not a deploy") << QString();
        QTest::newRow("the droplet runs something else")
            << entries({"a:ssh:success:good@-600", "b:ssh:success@-5"}) << sha('c') << QString()
            << QStringLiteral("runs cccccc") << sha('a');
        QTest::newRow("the droplet is mixed")
            << entries({"a:ssh:success:good@-600", "b:ssh:success@-5"}) << QString() << QString()
            << QStringLiteral("does not run one release") << sha('a');
        QTest::newRow("what ran before is not known-good")
            << entries({"a:ssh:success:good@-900", "c:ssh:success@-600", "b:ssh:success@-5"}) << sha('b') << QString()
            << QStringLiteral("(cccccccccccc) is not known-good") << sha('a');
        QTest::newRow("nothing ran before")
            << entries({"b:ssh:success@-5"}) << sha('b') << QString() << QStringLiteral("does not say what ran before") << QString();
        QTest::newRow("an empty log") << QStringList() << sha('b') << QString() << QStringLiteral("no deploy") << QString();
    }
    void choosesWhatRanBefore()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, running);
        QFETCH(QString, target);
        QFETCH(QString, whyContains);
        QFETCH(QString, lastKnownGood);
        const UndoChoice choice = chooseUndo(logOf(entries), running, now, window);
        QCOMPARE(choice.possible, !target.isEmpty());
        QCOMPARE(choice.targetSha, target);
        if (choice.possible) {
            QVERIFY(choice.why.isEmpty());
            QCOMPARE(choice.reason(), QStringLiteral("undo of the deploy of %1").arg(choice.deployedSha.left(Sha::shortLength)));
        } else {
            QVERIFY2(choice.why.contains(whyContains), qPrintable(choice.why));
            QCOMPARE(choice.lastKnownGood, lastKnownGood);
        }
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
