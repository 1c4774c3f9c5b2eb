#pragma once

#include "core/github/WorkflowRuns.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Stratum {

// The lines of a workflow run (run, jobs, steps) that changed since the last
// call: what `deploy --via workflow` and `run watch` print as the run goes on.
class RunProgressLines
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    QStringList changed(const RunInfo &run, const QList<JobInfo> &jobs);

private:
    QHash<QString, QString> m_printed; // key (run, job/ID, step/JOB/N) → its last line
};

} // namespace Stratum
