#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Stratum {

enum class RuleState { Met, Missing, CannotRead };
QString ruleStateName(RuleState state);
QString ruleStateId(RuleState state); // met, missing, cannot read: for JSON, never translated

struct ProtectionReport {
    RuleState pullRequestRequired = RuleState::CannotRead;
    RuleState approvalRequired = RuleState::CannotRead;   // at least one approval
    RuleState statusChecksRequired = RuleState::CannotRead;
    RuleState directPushesRestricted = RuleState::CannotRead;
    QStringList requiredChecks;
    QString source; // which answers it is based on
};

// "PR required: yes · ≥ 1 approval: yes · status checks: … · direct pushes restricted: …"
QString describeProtection(const ProtectionReport &report);

// Runbook 1.3 from both places GitHub keeps it: the classic protection
// (/branches/{branch}/protection; 404 when the branch has none, 403 without
// Administration read) and the rulesets that apply to the branch
// (/rules/branches/{branch}). A repository on rulesets answers 404 on the
// classic endpoint and must not show as unprotected.
ProtectionReport evaluateProtection(int classicStatus, const QJsonObject &classic, int rulesStatus, const QJsonArray &rules);

} // namespace Stratum
