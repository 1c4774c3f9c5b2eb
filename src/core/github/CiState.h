#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stratum {

struct CheckState {
    QString name;
    QString source;     // "check run" or "status"
    QString state;      // queued, in_progress, success, failure, neutral, skipped, cancelled, timed_out, action_required, pending, error, …
    bool passed = false;
    bool pending = false;
    QString url;
};

struct CiVerdict {
    enum class Outcome { Green, Pending, Red, NoChecks };
    Outcome outcome = Outcome::NoChecks;
    QList<CheckState> checks;
    QStringList missingRequired;
    QString summary; // one line for a person
    bool isGreen() const { return outcome == Outcome::Green; }
};

// The CI state of a SHA from its check runs (/commits/{sha}/check-runs) and its
// combined status (/commits/{sha}/status). Green only when at least one check
// exists, none is pending, none failed, was cancelled, timed out or needs
// action (success, neutral and skipped pass), and every required check is
// present and passed.
CiVerdict evaluateCi(const QJsonArray &checkRuns, const QJsonObject &combinedStatus, const QStringList &requiredChecks);

} // namespace Stratum
