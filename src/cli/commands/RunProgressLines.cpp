#include "RunProgressLines.h"

namespace Stratum {

QStringList RunProgressLines::changed(const RunInfo &run, const QList<JobInfo> &jobs)
{
    QStringList lines;
    auto report = [this, &lines](const QString &key, const QString &line) {
        if (m_printed.value(key) != line) {
            m_printed.insert(key, line);
            lines << line;
        }
    };
    report(QStringLiteral("run"), tr("run %1: %2 %3").arg(run.id).arg(run.status, run.conclusion).trimmed());
    for (const JobInfo &job : jobs) {
        report(QStringLiteral("job/%1").arg(job.id), tr("  job %1: %2 %3").arg(job.name, job.status, job.conclusion).trimmed());
        for (const StepInfo &step : job.steps)
            report(QStringLiteral("step/%1/%2").arg(job.id).arg(step.number),
                   tr("    %1: %2 %3").arg(step.name, step.status, step.conclusion).trimmed());
    }
    return lines;
}

} // namespace Stratum
