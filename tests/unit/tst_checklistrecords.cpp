// ChecklistRecords: what was established per SHA and checklist item, as kept in the keychain.
#include "core/releases/ChecklistRecords.h"

#include <QTest>
#include <QTimeZone>

using namespace Stratum;

class TestChecklistRecords : public QObject
{
    Q_OBJECT
private:
    const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

private Q_SLOTS:
    void recordsRoundTripThroughJson()
    {
        ChecklistRecords records;
        records.set(sha, QStringLiteral("stripe-sandbox"), QStringLiteral("webhook-processed"),
                    {ItemRecord::Status::Failed, QStringLiteral("ana@mac"), QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::UTC),
                     QStringLiteral("retry later"), QStringLiteral("no line"), true});
        records.setLaneStarted(sha, QStringLiteral("stripe-sandbox"), QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC));
        const auto back = ChecklistRecords::fromJson(records.toJson(QStringLiteral("p")));
        QVERIFY(back.has_value());
        const ItemRecord item = *back->item(sha, QStringLiteral("stripe-sandbox"), QStringLiteral("webhook-processed"));
        QCOMPARE(item.status, ItemRecord::Status::Failed);
        QCOMPARE(item.who, QStringLiteral("ana@mac"));
        QCOMPARE(item.note, QStringLiteral("retry later"));
        QCOMPARE(item.evidence, QStringLiteral("no line"));
        QVERIFY(item.byProbe);
        QCOMPARE(back->laneStarted(sha, QStringLiteral("stripe-sandbox"))->time(), QTime(9, 0));
    }

    void eachEnvironmentKeepsItsNewestSmoke()
    {
        ChecklistRecords records;
        const QDateTime nine(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::UTC);
        records.setSmokeOn(sha, QStringLiteral("staging"), {ItemRecord::Status::Passed, QStringLiteral("ana"), nine, {}, {}, true});
        records.setSmokeOn(sha, QStringLiteral("production"), {ItemRecord::Status::Failed, QStringLiteral("ben"), nine, {},
                                                               QStringLiteral("failed: Backend ready"), true});
        const auto back = ChecklistRecords::fromJson(records.toJson(QStringLiteral("p")));
        QVERIFY(back.has_value());
        QCOMPARE(back->smokeOn(sha, QStringLiteral("staging"))->status, ItemRecord::Status::Passed);
        QCOMPARE(back->smokeOn(sha, QStringLiteral("staging"))->when, nine);
        QCOMPARE(back->smokeOn(sha, QStringLiteral("production"))->evidence, QStringLiteral("failed: Backend ready"));
        QVERIFY(!back->smokeOn(sha, QStringLiteral("qa")));
        QVERIFY(!back->smokeOn(QStringLiteral("f").repeated(40), QStringLiteral("staging")));

        // A later smoke on the same environment replaces the earlier one.
        records.setSmokeOn(sha, QStringLiteral("staging"), {ItemRecord::Status::Failed, QStringLiteral("ana"), nine.addSecs(60), {}, {}, true});
        QCOMPARE(records.smokeOn(sha, QStringLiteral("staging"))->status, ItemRecord::Status::Failed);
        // Records written before environments had no smokes: they still load.
        QVERIFY(ChecklistRecords::fromJson(R"({"schema":1,"shas":{"a":{"items":{}}}})").has_value());
    }

    void damagedRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("not json") << QByteArray("{{");
        QTest::addRow("unknown schema") << QByteArray(R"({"schema":7,"shas":{}})");
        QTest::addRow("unknown status") << QByteArray(R"({"schema":1,"shas":{"a":{"items":{"x/y":{"status":"maybe"}}}}})");
        QTest::addRow("unknown smoke status") << QByteArray(R"({"schema":1,"shas":{"a":{"smokes":{"staging":{"status":"?"}}}}})");
    }

    void damagedRecordsAreRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!ChecklistRecords::fromJson(json, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void oldestShasAreForgotten()
    {
        ChecklistRecords records;
        for (int i = 0; i < ChecklistRecords::maxShas + 5; ++i) // within a millisecond or two: order still holds
            records.set(QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0')), QStringLiteral("l"), QStringLiteral("i"), {});
        QCOMPARE(records.shas().size(), ChecklistRecords::maxShas);
        QVERIFY(!records.item(QStringLiteral("%1").arg(0, 40, 16, QLatin1Char('0')), QStringLiteral("l"), QStringLiteral("i")));
    }
};

QTEST_GUILESS_MAIN(TestChecklistRecords)
#include "tst_checklistrecords.moc"
