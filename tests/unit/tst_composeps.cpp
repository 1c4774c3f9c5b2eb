// ComposePs: `docker compose ps --format json` in both of its forms, and what it refuses.
#include "core/droplet/ComposePs.h"

#include <QFile>
#include <QTest>

using namespace Stratum;

class TestComposePs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void composePsBothForms_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("array (Compose < 2.21)") << "array-v2.20.json";
        QTest::addRow("one object per line (Compose >= 2.21)") << "ndjson-v2.21.json";
    }

    void composePsBothForms()
    {
        QFETCH(QString, file);
        QFile data(QFINDTESTDATA(QStringLiteral("data/compose-ps/") + file));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const ComposePsResult result = parseComposePs(data.readAll());
        QVERIFY2(result.containers, qPrintable(result.error));
        QCOMPARE(result.containers->size(), 3);
        QCOMPARE(result.containers->at(0).service, QStringLiteral("backend"));
        QCOMPARE(result.containers->at(0).health, QStringLiteral("healthy"));
        QCOMPARE(result.containers->at(0).imageTag(), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        QCOMPARE(result.containers->at(2).state, QStringLiteral("restarting"));
    }

    void composePsRejectsGarbage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::addRow("broken line") << "broken-line.json" << "line 2";
        QTest::addRow("no service") << "missing-service.json" << "entry 0";
    }

    void composePsRejectsGarbage()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        QFile data(QFINDTESTDATA(QStringLiteral("data/compose-ps/") + file));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const ComposePsResult result = parseComposePs(data.readAll());
        QVERIFY(!result.containers);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void emptyComposePsIsNoContainers()
    {
        const ComposePsResult result = parseComposePs(QByteArray());
        QVERIFY(result.containers);
        QVERIFY(result.containers->isEmpty());
    }

    void imageTagOfPortedRegistry()
    {
        ContainerState c;
        c.image = QStringLiteral("127.0.0.1:5000/a/b:v1");
        QCOMPARE(c.imageTag(), QStringLiteral("v1"));
        c.image = QStringLiteral("127.0.0.1:5000/a/b");
        QCOMPARE(c.imageTag(), QString());
    }
};

QTEST_GUILESS_MAIN(TestComposePs)
#include "tst_composeps.moc"
