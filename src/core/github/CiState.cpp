#include "CiState.h"

#include <QCoreApplication>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::CiState)
};

} // namespace

CiVerdict evaluateCi(const QJsonArray &checkRuns, const QJsonObject &combinedStatus, const QStringList &requiredChecks)
{
    CiVerdict verdict;
    for (const QJsonValue &value : checkRuns) {
        const QJsonObject run = value.toObject();
        CheckState check;
        check.name = run.value(QStringLiteral("name")).toString();
        check.source = Text::tr("check run");
        check.url = run.value(QStringLiteral("html_url")).toString();
        const QString status = run.value(QStringLiteral("status")).toString();
        const QString conclusion = run.value(QStringLiteral("conclusion")).toString();
        check.pending = status != QLatin1String("completed");
        check.state = check.pending ? status : conclusion;
        check.passed = !check.pending && (conclusion == QLatin1String("success") || conclusion == QLatin1String("neutral")
                                          || conclusion == QLatin1String("skipped"));
        verdict.checks.append(check);
    }
    for (const QJsonValue &value : combinedStatus.value(QStringLiteral("statuses")).toArray()) {
        const QJsonObject status = value.toObject();
        CheckState check;
        check.name = status.value(QStringLiteral("context")).toString();
        check.source = Text::tr("status");
        check.url = status.value(QStringLiteral("target_url")).toString();
        check.state = status.value(QStringLiteral("state")).toString();
        check.pending = check.state == QLatin1String("pending");
        check.passed = check.state == QLatin1String("success");
        verdict.checks.append(check);
    }
    for (const QString &required : requiredChecks) {
        const bool passed = std::any_of(verdict.checks.cbegin(), verdict.checks.cend(), [&required](const CheckState &c) {
            return c.name == required && c.passed;
        });
        if (!passed)
            verdict.missingRequired << required;
    }
    const bool anyPending = std::any_of(verdict.checks.cbegin(), verdict.checks.cend(), [](const CheckState &c) { return c.pending; });
    QStringList failed;
    for (const CheckState &check : std::as_const(verdict.checks)) {
        if (!check.pending && !check.passed)
            failed << QStringLiteral("%1 (%2)").arg(check.name, check.state);
    }
    if (verdict.checks.isEmpty()) {
        verdict.outcome = CiVerdict::Outcome::NoChecks;
        verdict.summary = Text::tr("no CI check has reported for this SHA");
    } else if (!failed.isEmpty()) {
        verdict.outcome = CiVerdict::Outcome::Red;
        verdict.summary = Text::tr("CI failed: %1").arg(failed.join(QStringLiteral(", ")));
    } else if (anyPending) {
        verdict.outcome = CiVerdict::Outcome::Pending;
        verdict.summary = Text::tr("CI is still running");
    } else if (!verdict.missingRequired.isEmpty()) {
        verdict.outcome = CiVerdict::Outcome::Red;
        verdict.summary = Text::tr("required checks missing or not passed: %1").arg(verdict.missingRequired.join(QStringLiteral(", ")));
    } else {
        verdict.outcome = CiVerdict::Outcome::Green;
        verdict.summary = Text::tr("CI green: %n check(s) passed", nullptr, static_cast<int>(verdict.checks.size()));
    }
    return verdict;
}

} // namespace Stratum
