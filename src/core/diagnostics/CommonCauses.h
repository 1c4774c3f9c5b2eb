#pragma once

#include <QList>
#include <QString>

namespace Stratum {

struct CommonCause {
    QString id;
    QString what;     // what the log shows
    QString fix;      // the runbook's fix
    QString evidence; // the first matching line (already redacted by the caller)
};

// The runbook's common causes (§10) recognised in a backend/worker log or a
// deploy transcript.
QList<CommonCause> detectCommonCauses(const QString &logText);

} // namespace Stratum
