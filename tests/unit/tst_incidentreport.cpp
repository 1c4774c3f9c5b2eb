// What an incident bundle says (incident/IncidentReport): a summary that reads
// well on its own for a healthy, a broken and a half-changed droplet, and files
// that all passed the redactor.
#include "core/incident/IncidentReport.h"
#include "core/redaction/Redactor.h"

#include <QTest>

using namespace Stratum;

namespace {

const QString good = QStringLiteral("1111111111111111111111111111111111111111");
const QString broken = QStringLiteral("2222222222222222222222222222222222222222");

ContainerState container(const QString &service, const QString &sha, const QString &state = QStringLiteral("running"))
{
    ContainerState c;
    c.service = service;
    c.name = QStringLiteral("stratum-") + service + QStringLiteral("-1");
    c.image = QStringLiteral("ghcr.io/qualitymaterial/stratum-sports-backend:") + sha;
    c.state = state;
    c.status = state == QLatin1String("running") ? QStringLiteral("Up 5 minutes") : QStringLiteral("Exited (1) 2 minutes ago");
    c.digest = QStringLiteral("ghcr.io/qualitymaterial/stratum-sports-backend@sha256:") + QString(64, QLatin1Char('a'));
    return c;
}

IncidentFacts brokenFacts()
{
    IncidentFacts facts;
    facts.hostName = QStringLiteral("production");
    facts.who = QStringLiteral("ana@mac");
    facts.at = QDateTime(QDate(2026, 12, 4), QTime(2, 15), QTimeZone::UTC);
    facts.profileId = QStringLiteral("stratum-sports");
    facts.status.read = true;
    facts.status.runningSha = broken;
    facts.status.rollbackSha = good;
    facts.status.now.read = true;
    facts.status.now.containers = {container(QStringLiteral("backend"), broken), container(QStringLiteral("worker"), broken, QStringLiteral("exited"))};
    facts.status.worstDetail = QStringLiteral("worker: exited (1)");
    HealthIndicator ready;
    ready.id = QStringLiteral("backend-ready");
    ready.label = QStringLiteral("Backend ready");
    ready.state = HealthState::Failing;
    ready.detail = QStringLiteral("503 | database unavailable");
    facts.health = {ready};
    facts.logs = {{QStringLiteral("backend"),
                   QStringLiteral("ERROR asyncpg.exceptions.InvalidPasswordError: password authentication failed for user \"stratum\"\n"
                                  "connecting with hunter2-db-pass\n"), {}},
                  {QStringLiteral("worker"), {}, QStringLiteral("the connection dropped")}};
    facts.system.appDiskUse = QStringLiteral("97%");
    facts.system.appDiskFree = QStringLiteral("800M");
    facts.system.memoryTotalMb = 1967;
    facts.system.memoryAvailableMb = 80;
    facts.envFindings = {{EnvFinding::Severity::Problem, QStringLiteral("JWT_SECRET"), QStringLiteral("JWT_SECRET looks like a placeholder")}};
    ReleaseEntry entry;
    entry.sha = broken;
    entry.time = facts.at.addSecs(-600);
    entry.method = QStringLiteral("ssh");
    entry.result = QStringLiteral("failed");
    entry.failedStep = QStringLiteral("backend ready");
    facts.releases = {entry};
    facts.missing = {QStringLiteral("logs of worker: the connection dropped")};
    return facts;
}

} // namespace

class TestIncidentReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summaryOfABrokenRelease()
    {
        const QString summary = incidentSummary(brokenFacts());
        for (const char *line : {"# Incident on production — 2026-12-04T02:15:00Z", "**Runs:** 222222222222, not known-good",
                                 "**Health:** failing · containers: worker: exited (1)", "**Lock:** free",
                                 "| Backend ready | failing |", "503 / database unavailable", // a table cell keeps its row
                                 "Database authentication fails (InvalidPasswordError)", "Disk of the app: 97% used, 800M free",
                                 "Memory: 80 MB available of 1967 MB", "problem `JWT_SECRET`", "| 222222222222 | ssh | failed (backend ready) |",
                                 "## Not collected", "logs of worker: the connection dropped", "`logs/SERVICE.log`: the last 500 lines"})
            QVERIFY2(summary.contains(QString::fromUtf8(line)), line);
    }

    void summaryOfAHalfFinishedChange()
    {
        IncidentFacts facts = brokenFacts();
        facts.status.runningSha.clear();
        facts.status.mixed = true;
        facts.status.mixedDetails = {QStringLiteral("backend runs 111111111111, worker 222222222222")};
        facts.status.finishSha = broken;
        const QString summary = incidentSummary(facts);
        QVERIFY2(summary.contains(QLatin1String("**Mixed state:** backend runs 111111111111, worker 222222222222. Finish the deploy of "
                                                "222222222222, or roll back to 111111111111.")),
                 qPrintable(summary));
    }

    void everyFileIsRedacted()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("hunter2-db-pass"));
        const QList<ArchiveFile> files = incidentFiles(brokenFacts(), QStringLiteral("stratum-incident-production-x"), redactor);
        QStringList names;
        for (const ArchiveFile &file : files) {
            names << file.path.section(QLatin1Char('/'), 1);
            QVERIFY2(!file.content.contains("hunter2-db-pass"), qPrintable(file.path));
            QVERIFY(!file.content.contains(QByteArray("hunter2-db-pass").toBase64()));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("summary.md"), QStringLiteral("compose-ps.txt"), QStringLiteral("logs/backend.log"),
                                     QStringLiteral("logs/worker.log"), QStringLiteral("health.json"), QStringLiteral("running.json"),
                                     QStringLiteral("system.txt"), QStringLiteral("env-lint.txt"), QStringLiteral("releases.json"),
                                     QStringLiteral("audit.jsonl")}));
        QVERIFY(files.at(2).content.contains("connecting with ***"));
        QVERIFY(files.at(3).content.contains("the connection dropped")); // a log that could not be read says why
    }

    void folderName()
    {
        QCOMPARE(incidentFolderName(QStringLiteral("production"), QDateTime(QDate(2026, 12, 4), QTime(2, 15, 9), QTimeZone::UTC)),
                 QStringLiteral("stratum-incident-production-20261204-021509Z"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
