#include "HealthTypes.h"

#include "core/redaction/TerminalText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Health)
};

} // namespace

QString healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QStringLiteral("healthy");
    case HealthState::Unknown: return QStringLiteral("unknown");
    case HealthState::Degraded: return QStringLiteral("degraded");
    case HealthState::Failing: return QStringLiteral("failing");
    }
    return {};
}

QString healthStateLabel(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QCoreApplication::translate("Stratum::Health", "healthy");
    case HealthState::Unknown: return QCoreApplication::translate("Stratum::Health", "unknown");
    case HealthState::Degraded: return QCoreApplication::translate("Stratum::Health", "degraded");
    case HealthState::Failing: return QCoreApplication::translate("Stratum::Health", "failing");
    }
    return {};
}

HealthState worstOf(HealthState a, HealthState b)
{
    return int(a) >= int(b) ? a : b;
}

bool HealthIndicator::add(const HealthSample &sample)
{
    history.append(sample);
    while (history.size() > historySize)
        history.removeFirst();
    const bool changed = sample.state != state;
    state = sample.state;
    latencyMs = sample.latencyMs;
    detail = sample.detail;
    lastProbe = sample.when;
    if (changed || lastChange.isNull())
        lastChange = sample.when;
    return changed;
}

QString HealthIndicator::historyStrip() const
{
    QString strip;
    for (const HealthSample &sample : history) {
        switch (sample.state) {
        case HealthState::Healthy: strip += QLatin1Char('+'); break;
        case HealthState::Unknown: strip += QLatin1Char('?'); break;
        case HealthState::Degraded: strip += QLatin1Char('~'); break;
        case HealthState::Failing: strip += QLatin1Char('x'); break;
        }
    }
    return strip;
}

WorkerReport evaluateWorker(const QByteArray &probeOutput, const QString &ingestionPattern, int baselineRestarts)
{
    WorkerReport report;
    const QString text = withoutTerminalControls(QString::fromUtf8(probeOutput));
    // `docker inspect` answers on stdout, then the marker, then the log lines; without a
    // container inspect says nothing on stdout (its error goes to stderr).
    const QString marker = QStringLiteral("--- logs\n");
    const qsizetype split = text.startsWith(marker) ? 0 : text.indexOf(QLatin1Char('\n') + marker);
    const QString inspect = (split < 0 ? text : text.left(split)).trimmed();
    const QString logs = split < 0 ? QString() : text.mid(split + (split == 0 ? 0 : 1) + marker.size());
    const QStringList fields = inspect.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool numeric = false;
    report.restartCount = fields.value(0).toInt(&numeric);
    if (fields.size() < 2 || !numeric || report.restartCount < 0) {
        report.state = HealthState::Failing;
        report.detail = inspect.isEmpty() ? Text::tr("no worker container") : Text::tr("docker inspect said: %1").arg(inspect.left(200));
        report.restartCount = -1;
        return report;
    }
    report.status = fields.at(1);
    const QRegularExpression pattern(ingestionPattern, QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = logs.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend() && pattern.isValid(); ++it) {
        if (pattern.match(*it).hasMatch()) {
            report.lastCycle = it->trimmed().left(300);
            break;
        }
    }
    if (report.status != QLatin1String("running")) {
        report.state = HealthState::Failing;
        report.detail = report.status == QLatin1String("restarting")
            ? Text::tr("crash loop: the worker is restarting (%1 restarts)").arg(report.restartCount)
            : Text::tr("the worker is %1").arg(report.status);
    } else if (baselineRestarts >= 0 && report.restartCount > baselineRestarts) {
        report.state = HealthState::Failing;
        report.detail = Text::tr("crash loop: restarted %1 time(s) while watched").arg(report.restartCount - baselineRestarts);
    } else if (report.lastCycle.isEmpty()) {
        report.state = HealthState::Degraded;
        report.detail = Text::tr("running, but no recent log line matches \"%1\"").arg(ingestionPattern);
    } else {
        report.state = HealthState::Healthy;
        report.detail = Text::tr("running, %1 restart(s); last cycle: %2").arg(report.restartCount).arg(report.lastCycle);
    }
    return report;
}

} // namespace Stratum
