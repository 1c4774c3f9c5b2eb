#pragma once

#include "core/releases/ReleaseLog.h"

#include <QDateTime>
#include <QString>

namespace Stratum {

// "Undo this deploy": for the length of the health watch after a forward deploy, a rollback
// to the release that ran before it — when that release is known-good. Otherwise why not,
// and the last known-good release to offer instead.
struct UndoChoice {
    bool possible = false;
    QString deployedSha;   // the deploy being undone (full SHA); empty when there is none
    QDateTime deployedAt;  // UTC
    QString targetSha;     // possible: what ran before it
    QString why;           // not possible: one sentence
    QString lastKnownGood; // not possible: the rollback to offer instead; empty when none
    QString reason() const; // what the rollback records: "undo of the deploy of 1a2b3c4"
};

// Pure. `runningSha`: what the droplet's services run now (empty when mixed or unknown).
UndoChoice chooseUndo(const ReleaseLog &log, const QString &runningSha, const QDateTime &now, int windowSeconds);

} // namespace Stratum
