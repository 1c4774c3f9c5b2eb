// SmokeRun and known-good: a release becomes a rollback target only when its
// whole post-deploy smoke passed (the CLI and GUI tests drive SmokeRun itself).
#include "core/releases/ChecklistRecords.h"
#include "core/smoke/Smoke.h"

#include <QTest>

using namespace Stratum;

class TestSmoke : public QObject
{
    Q_OBJECT
private:
    Profile m_profile = *defaultProfile().profile;
    const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

    ChecklistRecords allPassed(const QStringList &except = {}) const
    {
        ChecklistRecords records;
        for (const Checklist &list : m_profile.checklists) {
            for (const ChecklistItem &item : list.items) {
                if (!except.contains(list.id + QLatin1Char('/') + item.id))
                    records.set(sha, list.id, item.id, {ItemRecord::Status::Passed, QStringLiteral("me"), QDateTime::currentDateTimeUtc(), {}, {}, false});
            }
        }
        return records;
    }

private Q_SLOTS:
    void knownGoodNeedsTheWholeSmoke()
    {
        QStringList missing = smokeMissing(m_profile, allPassed({QStringLiteral("post-deploy-smoke/billing-button")}), sha);
        QCOMPARE(missing, QStringList{QStringLiteral("Billing button opens expected flow")});
        QVERIFY(smokeMissing(m_profile, allPassed(), sha).isEmpty());
        QCOMPARE(smokeMissing(m_profile, ChecklistRecords(), sha).size(), m_profile.checklist(QStringLiteral("post-deploy-smoke"))->items.size());
    }

    void smokeRunChecksAreThePostDeployChecklist()
    {
        const Checklist *smoke = m_profile.checklist(SmokeRun::checklistId());
        QVERIFY(smoke);
        QVERIFY(!smoke->items.isEmpty());
        QVERIFY(std::any_of(smoke->items.cbegin(), smoke->items.cend(),
                            [](const ChecklistItem &item) { return item.kind == ChecklistItemKind::Automatic; }));
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
