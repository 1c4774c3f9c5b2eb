#include "IncidentReport.h"

#include "core/redaction/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::IncidentReport)
};

QString shortSha(const QString &sha)
{
    return sha.left(Sha::shortLength);
}

// One Markdown table cell: no line breaks, no column separators.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1Char('/'));
    return text.simplified();
}

QString runningLine(const DropletStatus &status)
{
    if (!status.read)
        return Text::tr("**What runs could not be read:** %1").arg(status.error);
    if (status.mixed)
        return Text::tr("**Mixed state:** %1. Finish the deploy of %2, or roll back to %3.")
            .arg(status.mixedDetails.join(QStringLiteral("; ")),
                 status.finishSha.isEmpty() ? Text::tr("the target") : shortSha(status.finishSha),
                 status.rollbackSha.isEmpty() ? Text::tr("a known-good release") : shortSha(status.rollbackSha));
    if (status.runningSha.isEmpty())
        return Text::tr("**Runs:** no release the app knows (%1)").arg(status.now.backendRef());
    return Text::tr("**Runs:** %1, %2").arg(shortSha(status.runningSha),
                                            status.knownGood ? Text::tr("known-good") : Text::tr("not known-good"));
}

QString healthSection(const IncidentFacts &facts)
{
    if (facts.health.isEmpty())
        return Text::tr("No health answers were collected.\n");
    QString text = QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                       .arg(Text::tr("check"), Text::tr("state"), Text::tr("since"), Text::tr("detail"));
    for (const HealthIndicator &indicator : facts.health) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(cell(indicator.label), healthStateLabel(indicator.state),
                         indicator.lastChange.isValid() ? indicator.lastChange.toUTC().toString(Qt::ISODate) : QStringLiteral("-"),
                         cell(indicator.detail));
    }
    return text;
}

QString containersSection(const DropletStatus &status)
{
    if (status.now.containers.isEmpty())
        return Text::tr("No containers.\n");
    QString text = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
                       .arg(Text::tr("service"), Text::tr("image"), Text::tr("state"), Text::tr("since"), Text::tr("digest"));
    for (const ContainerState &container : status.now.containers) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                    .arg(cell(container.service), cell(container.image), cell(container.status.isEmpty() ? container.state : container.status),
                         container.startedAt.isValid() ? container.startedAt.toUTC().toString(Qt::ISODate) : QStringLiteral("-"),
                         cell(container.digest.section(QLatin1Char('@'), 1)));
    }
    return text;
}

QString causesSection(const IncidentFacts &facts)
{
    QString all;
    for (const IncidentFacts::ServiceLog &log : facts.logs)
        all += log.text + QLatin1Char('\n');
    const QList<CommonCause> causes = detectCommonCauses(all);
    if (causes.isEmpty())
        return Text::tr("None of the runbook's common causes (§10) shows in the logs.\n");
    QString text;
    for (const CommonCause &cause : causes)
        text += QStringLiteral("- **%1** — %2\n  - %3 `%4`\n").arg(cause.what, cause.fix, Text::tr("seen:"), cell(cause.evidence).left(300));
    return text;
}

QString envSection(const IncidentFacts &facts)
{
    if (!facts.envError.isEmpty())
        return Text::tr("Not checked: %1\n").arg(facts.envError);
    int problems = 0;
    QString text;
    for (const EnvFinding &finding : facts.envFindings) {
        if (finding.severity == EnvFinding::Severity::Ok)
            continue;
        problems += finding.severity == EnvFinding::Severity::Problem;
        text += QStringLiteral("- %1 `%2`: %3\n")
                    .arg(finding.severity == EnvFinding::Severity::Problem ? Text::tr("problem") : Text::tr("warning"),
                         finding.key, finding.message);
    }
    return (problems == 0 && text.isEmpty() ? Text::tr("All required keys set, no problems (names only, values never read into the bundle).\n")
                                            : text);
}

QString releasesSection(const IncidentFacts &facts)
{
    if (facts.releases.isEmpty())
        return Text::tr("The release log is empty.\n");
    QString text = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
                       .arg(Text::tr("when"), Text::tr("SHA"), Text::tr("what"), Text::tr("result"), Text::tr("known-good"));
    for (const ReleaseEntry &entry : facts.releases) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                    .arg(entry.time.toUTC().toString(Qt::ISODate), shortSha(entry.sha), cell(entry.method),
                         cell(entry.result + (entry.failedStep.isEmpty() ? QString() : QStringLiteral(" (") + entry.failedStep + QLatin1Char(')'))),
                         entry.knownGood ? Text::tr("yes") : QStringLiteral("-"));
    }
    return text;
}

QString systemSection(const SystemFacts &system)
{
    QStringList lines;
    if (!system.appDiskUse.isEmpty())
        lines << Text::tr("Disk of the app: %1 used, %2 free").arg(system.appDiskUse, system.appDiskFree);
    if (system.memoryTotalMb > 0)
        lines << Text::tr("Memory: %1 MB available of %2 MB").arg(system.memoryAvailableMb).arg(system.memoryTotalMb);
    if (lines.isEmpty())
        return Text::tr("Disk and memory could not be read.\n");
    return QStringLiteral("- ") + lines.join(QStringLiteral("\n- ")) + QLatin1Char('\n');
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

QJsonArray healthJson(const QList<HealthIndicator> &health)
{
    QJsonArray array;
    for (const HealthIndicator &indicator : health) {
        array.append(QJsonObject{{QStringLiteral("id"), indicator.id},
                                 {QStringLiteral("label"), indicator.label},
                                 {QStringLiteral("state"), healthStateName(indicator.state)},
                                 {QStringLiteral("latencyMs"), indicator.latencyMs},
                                 {QStringLiteral("since"), indicator.lastChange.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("lastProbe"), indicator.lastProbe.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("detail"), indicator.detail},
                                 {QStringLiteral("history"), indicator.historyStrip()}});
    }
    return array;
}

} // namespace

QString incidentFolderName(const QString &hostName, const QDateTime &at)
{
    return QStringLiteral("stratum-incident-%1-%2").arg(hostName, at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss'Z'")));
}

QString incidentSummary(const IncidentFacts &facts)
{
    const HealthState worst = [&facts] {
        HealthState state = HealthState::Healthy;
        for (const HealthIndicator &indicator : facts.health) {
            if (indicator.state == HealthState::Failing || (indicator.state == HealthState::Degraded && state != HealthState::Failing))
                state = indicator.state;
        }
        return facts.health.isEmpty() ? HealthState::Unknown : state;
    }();
    QString text = Text::tr("# Incident on %1 — %2\n\n").arg(facts.hostName, facts.at.toUTC().toString(Qt::ISODate));
    text += Text::tr("Saved by %1 with Stratum Deploy (profile %2).\n\n").arg(facts.who, facts.profileId);
    text += runningLine(facts.status) + QStringLiteral("  \n");
    text += Text::tr("**Health:** %1").arg(healthStateLabel(worst));
    if (!facts.status.worstDetail.isEmpty())
        text += Text::tr(" · containers: %1").arg(facts.status.worstDetail);
    text += QStringLiteral("  \n");
    text += facts.status.guards.lock.held ? Text::tr("**Lock:** held by %1 (%2)  \n").arg(facts.status.guards.lock.holder, facts.status.guards.lock.reason)
                                          : Text::tr("**Lock:** free  \n");
    if (facts.status.guards.pin.pinned)
        text += Text::tr("**Pinned** to %1: %2  \n").arg(shortSha(facts.status.guards.pin.sha), facts.status.guards.pin.reason);
    if (!facts.status.rollbackSha.isEmpty())
        text += Text::tr("**Way back:** %1  \n").arg(facts.status.rollbackLabel(facts.at));
    text += QStringLiteral("\n## ") + Text::tr("Health answers") + QStringLiteral("\n\n") + healthSection(facts);
    text += QStringLiteral("\n## ") + Text::tr("Containers") + QStringLiteral("\n\n") + containersSection(facts.status);
    text += QStringLiteral("\n## ") + Text::tr("Common causes in the logs") + QStringLiteral("\n\n") + causesSection(facts);
    text += QStringLiteral("\n## ") + Text::tr("Droplet") + QStringLiteral("\n\n") + systemSection(facts.system);
    text += QStringLiteral("\n## ") + Text::tr("Env file (%1)").arg(QStringLiteral(".env.production")) + QStringLiteral("\n\n") + envSection(facts);
    text += QStringLiteral("\n## ") + Text::tr("Last releases") + QStringLiteral("\n\n") + releasesSection(facts);
    if (!facts.missing.isEmpty())
        text += QStringLiteral("\n## ") + Text::tr("Not collected") + QStringLiteral("\n\n- ") + facts.missing.join(QStringLiteral("\n- ")) + QLatin1Char('\n');
    text += QStringLiteral("\n## ") + Text::tr("In this bundle") + QStringLiteral("\n\n");
    text += Text::tr("- `compose-ps.txt`: docker compose ps --all\n"
                     "- `logs/SERVICE.log`: the last %1 lines of each service\n"
                     "- `health.json`: every health answer with its history\n"
                     "- `running.json`: images, digests and start times, lock and pin\n"
                     "- `system.txt`: df -h and free -m of the droplet\n"
                     "- `env-lint.txt`: the env file's verdicts, key names only\n"
                     "- `releases.json`: the last %2 releases\n"
                     "- `audit.jsonl`: the tail of this machine's audit log\n")
                .arg(facts.logLines).arg(facts.releases.size());
    text += Text::tr("\nEvery file passed the redactor: stored secrets, the droplet's secret env values and anything shaped "
                     "like a secret are shown as ***.\n");
    return text;
}

QList<ArchiveFile> incidentFiles(const IncidentFacts &facts, const QString &folder, const Redactor &redactor)
{
    auto file = [&folder, &redactor](const QString &name, const QString &text) {
        return ArchiveFile{folder + QLatin1Char('/') + name, redactor.redact(text).toUtf8()};
    };
    QList<ArchiveFile> files{file(QStringLiteral("summary.md"), incidentSummary(facts)),
                             file(QStringLiteral("compose-ps.txt"), facts.composePsText)};
    for (const IncidentFacts::ServiceLog &log : facts.logs)
        files.append(file(QStringLiteral("logs/%1.log").arg(log.service), log.error.isEmpty() ? log.text : log.error + QLatin1Char('\n')));
    files.append(file(QStringLiteral("health.json"), jsonText(healthJson(facts.health))));
    files.append(file(QStringLiteral("running.json"), jsonText(facts.status.toJson())));
    files.append(file(QStringLiteral("system.txt"), QStringLiteral("$ df -h\n") + facts.system.diskText + QStringLiteral("\n\n$ free -m\n")
                                                        + facts.system.memoryText + QLatin1Char('\n')));
    QString env = facts.envError.isEmpty() ? QString() : facts.envError + QLatin1Char('\n');
    for (const EnvFinding &finding : facts.envFindings) {
        const QString severity = finding.severity == EnvFinding::Severity::Ok ? QStringLiteral("ok")
                                 : finding.severity == EnvFinding::Severity::Warning ? QStringLiteral("warning")
                                                                                      : QStringLiteral("problem");
        env += QStringLiteral("%1  %2  %3\n").arg(severity.leftJustified(8), finding.key.leftJustified(24), finding.message);
    }
    files.append(file(QStringLiteral("env-lint.txt"), env));
    QJsonArray releases;
    for (const ReleaseEntry &entry : facts.releases)
        releases.append(QJsonObject{{QStringLiteral("sha"), entry.sha}, {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("method"), entry.method}, {QStringLiteral("result"), entry.result},
                                    {QStringLiteral("failedStep"), entry.failedStep}, {QStringLiteral("who"), entry.who},
                                    {QStringLiteral("knownGood"), entry.knownGood}, {QStringLiteral("policy"), entry.policy},
                                    {QStringLiteral("backendDigest"), entry.backendDigest},
                                    {QStringLiteral("frontendDigest"), entry.frontendDigest}, {QStringLiteral("note"), entry.note}});
    files.append(file(QStringLiteral("releases.json"), jsonText(releases)));
    QString audit;
    for (const QJsonObject &event : facts.audit)
        audit += QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    files.append(file(QStringLiteral("audit.jsonl"), audit));
    return files;
}

} // namespace Stratum
