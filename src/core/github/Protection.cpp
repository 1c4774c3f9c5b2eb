#include "Protection.h"

#include <QCoreApplication>

namespace Stratum {

QString ruleStateId(RuleState state)
{
    switch (state) {
    case RuleState::Met: return QStringLiteral("met");
    case RuleState::Missing: return QStringLiteral("missing");
    case RuleState::CannotRead: return QStringLiteral("cannot read");
    }
    return {};
}

QString ruleStateName(RuleState state)
{
    switch (state) {
    case RuleState::Met: return QCoreApplication::translate("Stratum::Protection", "met");
    case RuleState::Missing: return QCoreApplication::translate("Stratum::Protection", "missing");
    case RuleState::CannotRead: return QCoreApplication::translate("Stratum::Protection", "cannot read");
    }
    return {};
}

namespace {

RuleState combine(RuleState a, RuleState b)
{
    if (a == RuleState::Met || b == RuleState::Met)
        return RuleState::Met;
    if (a == RuleState::Missing || b == RuleState::Missing)
        return RuleState::Missing;
    return RuleState::CannotRead;
}

} // namespace

ProtectionReport evaluateProtection(int classicStatus, const QJsonObject &classic, int rulesStatus, const QJsonArray &rules)
{
    ProtectionReport classicReport;
    if (classicStatus == 200) {
        const QJsonObject reviews = classic.value(QStringLiteral("required_pull_request_reviews")).toObject();
        const bool prRequired = !reviews.isEmpty();
        classicReport.pullRequestRequired = prRequired ? RuleState::Met : RuleState::Missing;
        classicReport.approvalRequired = reviews.value(QStringLiteral("required_approving_review_count")).toInt() >= 1
                                             ? RuleState::Met : RuleState::Missing;
        const QJsonObject checks = classic.value(QStringLiteral("required_status_checks")).toObject();
        for (const QJsonValue &context : checks.value(QStringLiteral("contexts")).toArray())
            classicReport.requiredChecks << context.toString();
        for (const QJsonValue &check : checks.value(QStringLiteral("checks")).toArray()) {
            const QString context = check.toObject().value(QStringLiteral("context")).toString();
            if (!classicReport.requiredChecks.contains(context))
                classicReport.requiredChecks << context;
        }
        classicReport.statusChecksRequired = checks.isEmpty() ? RuleState::Missing : RuleState::Met;
        // Requiring pull requests rejects direct pushes; "restrictions" limits who may push at all.
        const bool restricted = classic.value(QStringLiteral("restrictions")).isObject() || prRequired;
        classicReport.directPushesRestricted = restricted ? RuleState::Met : RuleState::Missing;
    } else if (classicStatus == 404) {
        classicReport.pullRequestRequired = classicReport.approvalRequired = classicReport.statusChecksRequired =
            classicReport.directPushesRestricted = RuleState::Missing;
    }

    ProtectionReport rulesReport;
    if (rulesStatus == 200) {
        rulesReport.pullRequestRequired = rulesReport.approvalRequired = rulesReport.statusChecksRequired =
            rulesReport.directPushesRestricted = RuleState::Missing;
        for (const QJsonValue &value : rules) {
            const QJsonObject rule = value.toObject();
            const QString type = rule.value(QStringLiteral("type")).toString();
            const QJsonObject parameters = rule.value(QStringLiteral("parameters")).toObject();
            if (type == QLatin1String("pull_request")) {
                rulesReport.pullRequestRequired = RuleState::Met;
                rulesReport.directPushesRestricted = RuleState::Met;
                if (parameters.value(QStringLiteral("required_approving_review_count")).toInt() >= 1)
                    rulesReport.approvalRequired = RuleState::Met;
            } else if (type == QLatin1String("required_status_checks")) {
                rulesReport.statusChecksRequired = RuleState::Met;
                for (const QJsonValue &check : parameters.value(QStringLiteral("required_status_checks")).toArray())
                    rulesReport.requiredChecks << check.toObject().value(QStringLiteral("context")).toString();
            } else if (type == QLatin1String("update")) {
                rulesReport.directPushesRestricted = RuleState::Met;
            }
        }
    }

    ProtectionReport report;
    report.pullRequestRequired = combine(classicReport.pullRequestRequired, rulesReport.pullRequestRequired);
    report.approvalRequired = combine(classicReport.approvalRequired, rulesReport.approvalRequired);
    report.statusChecksRequired = combine(classicReport.statusChecksRequired, rulesReport.statusChecksRequired);
    report.directPushesRestricted = combine(classicReport.directPushesRestricted, rulesReport.directPushesRestricted);
    report.requiredChecks = classicReport.requiredChecks;
    for (const QString &check : std::as_const(rulesReport.requiredChecks)) {
        if (!report.requiredChecks.contains(check))
            report.requiredChecks << check;
    }
    QStringList sources;
    if (classicStatus == 200)
        sources << QStringLiteral("branch protection");
    if (rulesStatus == 200 && !rules.isEmpty())
        sources << QStringLiteral("rulesets");
    report.source = sources.join(QStringLiteral(" + "));
    return report;
}

QString describeProtection(const ProtectionReport &report)
{
    return QCoreApplication::translate("Stratum::Protection",
                                       "PR required: %1 · ≥ 1 approval: %2 · status checks: %3 · direct pushes restricted: %4")
        .arg(ruleStateName(report.pullRequestRequired), ruleStateName(report.approvalRequired),
             ruleStateName(report.statusChecksRequired), ruleStateName(report.directPushesRestricted));
}

} // namespace Stratum
