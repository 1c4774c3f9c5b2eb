// stratumctl commands for the gates: gates, checklist state, smoke, health, audit.
#include "cli/Cli.h"

#include "core/app/CoreContext.h"
#include "core/audit/AuditLog.h"
#include "core/checklists/LocalLane.h"
#include "core/checklists/ManualConfirmation.h"
#include "core/checklists/SetupProbes.h"
#include "core/deploy/DeployLane.h"
#include "core/github/GitHubAccess.h"
#include "core/github/GitHubClient.h"
#include "core/health/HealthMonitor.h"
#include "core/releases/ChecklistRecords.h"
#include "core/smoke/Smoke.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Stratum {

void Cli::printGateReport(const GateReport &report)
{
    if (json()) {
        QJsonArray lists;
        for (const ChecklistGate &gate : report.checklists)
            lists.append(QJsonObject{{QStringLiteral("id"), gate.id}, {QStringLiteral("done"), gate.done},
                                     {QStringLiteral("total"), gate.total}, {QStringLiteral("complete"), gate.complete()},
                                     {QStringLiteral("missing"), QJsonArray::fromStringList(gate.missing)}});
        const char *ci[] = {"green", "not-green", "unverifiable", "not-applicable"};
        printJson(QJsonObject{{QStringLiteral("sha"), report.sha.isEmpty() ? report.requestedSha : report.sha},
                              {QStringLiteral("passed"), report.passed()}, {QStringLiteral("checklists"), lists},
                              {QStringLiteral("ci"), QString::fromLatin1(ci[int(report.ci.state)])},
                              {QStringLiteral("ciDetail"), report.ci.detail},
                              {QStringLiteral("blockers"), QJsonArray::fromStringList(report.blockers())}});
        return;
    }
    print(tr("gates for %1: %2").arg(report.sha.isEmpty() ? report.requestedSha : report.sha,
                                     report.passed() ? tr("PASSED") : tr("NOT MET")));
    for (const ChecklistGate &gate : report.checklists)
        print(QStringLiteral("  %1 %2  %3/%4").arg(gate.complete() ? QStringLiteral("[x]") : QStringLiteral("[ ]"), gate.title)
                  .arg(gate.done).arg(gate.total));
    const QString ciState = report.ci.state == CiGate::State::Green ? tr("green")
                          : report.ci.state == CiGate::State::NotApplicable ? tr("not applicable")
                          : report.ci.state == CiGate::State::NotGreen ? tr("NOT green") : tr("cannot be verified");
    print(tr("  CI: %1 (%2)").arg(ciState, report.ci.detail));
    for (const QString &line : report.blockers())
        print(QStringLiteral("  - ") + line);
}

void Cli::gates()
{
    const QString wanted = value(QStringLiteral("sha")).toLower();
    core().vault()->loadChecklistRecords(core().profile().id, this, [this, wanted](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok()) {
            failKeychain(records.error);
            return;
        }
        const QString sha = wanted.isEmpty() ? records.value.shas().value(0) : wanted;
        if (sha.isEmpty()) {
            fail(ExitCode::Usage, tr("no checklist has been started yet: give --sha SHA"));
            return;
        }
        lane()->gateKeeper()->evaluate(sha, this, [this](const GateReport &report) {
            printGateReport(report);
            finish(report.passed() ? ExitCode::Success : ExitCode::Refused);
        });
    });
}

void Cli::checkList()
{
    const QString wanted = value(QStringLiteral("sha")).toLower();
    core().vault()->loadChecklistRecords(core().profile().id, this, [this, wanted](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok()) {
            failKeychain(records.error);
            return;
        }
        const QString sha = wanted.isEmpty() ? records.value.shas().value(0) : records.value.resolve(wanted);
        QJsonArray lists;
        if (!json())
            print(sha.isEmpty() ? tr("no state recorded yet") : tr("checklists for %1").arg(sha));
        for (const Checklist &list : core().profile().checklists) {
            if (!json())
                print(QStringLiteral("%1%2").arg(list.title, list.requiredForDeploy ? tr("  (required for deploy)") : QString()));
            QJsonArray items;
            for (const ChecklistItem &item : list.items) {
                const ItemRecord record = records.value.item(sha, list.id, item.id).value_or(ItemRecord());
                const QString mark = record.status == ItemRecord::Status::Passed ? QStringLiteral("[x]")
                                   : record.status == ItemRecord::Status::Failed ? QStringLiteral("[!]") : QStringLiteral("[ ]");
                if (!json()) {
                    QString line = QStringLiteral("  %1 %2/%3  %4 %5").arg(mark, list.id, item.id, contextLabel(item.context), item.text);
                    if (record.status != ItemRecord::Status::Pending)
                        line += QStringLiteral("  — %1, %2").arg(record.who, record.when.toString(Qt::ISODate));
                    print(line);
                    if (!record.note.isEmpty())
                        print(tr("      note: %1").arg(record.note));
                    if (!record.evidence.isEmpty())
                        print(tr("      seen: %1").arg(record.evidence));
                }
                items.append(QJsonObject{{QStringLiteral("id"), item.id}, {QStringLiteral("status"), itemStatusName(record.status)},
                                         {QStringLiteral("automatic"), item.kind == ChecklistItemKind::Automatic},
                                         {QStringLiteral("who"), record.who}, {QStringLiteral("when"), record.when.toString(Qt::ISODate)},
                                         {QStringLiteral("note"), record.note}, {QStringLiteral("evidence"), record.evidence}});
            }
            lists.append(QJsonObject{{QStringLiteral("id"), list.id}, {QStringLiteral("items"), items}});
        }
        if (json())
            printJson(QJsonObject{{QStringLiteral("sha"), sha}, {QStringLiteral("checklists"), lists}});
        finish(ExitCode::Success);
    });
}

void Cli::checkConfirm()
{
    const ItemLookup item = findChecklistItem(core().profile(), argument(0));
    if (!item.error.isEmpty()) {
        fail(ExitCode::Usage, item.error);
        return;
    }
    if (item.automatic) {
        fail(ExitCode::Refused, tr("%1 is decided by its probe, not by hand: stratumctl check run %2 --sha SHA").arg(item.text, item.checklistId));
        return;
    }
    const ManualConfirmation confirmation{*m_invocation.sha(QStringLiteral("sha")), item.checklistId, {item.itemId}, value(QStringLiteral("note"))};
    core().refreshRedactor(this, [this, confirmation, item](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        confirmManualItems(core().profile(), core().vault(), core().redactor(), confirmation, this, [this, item, confirmation](const ConfirmationResult &result) {
            if (!result.ok) {
                if (result.badInput)
                    fail(ExitCode::Usage, result.message);
                else
                    failKeychain(result.keychainError);
                return;
            }
            print(tr("confirmed for %1: %2").arg(confirmation.sha.text().left(12), item.text));
            finish(ExitCode::Success);
        });
    });
}

void Cli::checkRun()
{
    const QString listId = argument(0);
    const QString sha = value(QStringLiteral("sha")).toLower();
    const Checklist *list = core().profile().checklist(listId);
    if (!list) {
        fail(ExitCode::Usage, tr("usage: stratumctl check run CHECKLIST --sha FULL_SHA"));
        return;
    }
    for (const ChecklistItem &item : list->items) {
        if (item.kind == ChecklistItemKind::Automatic && !LocalLane::runsHere(item) && !SetupProbes::runsHere(item))
            print(tr("  %1: %2").arg(item.text, item.probe == QLatin1String("github-ci-green")
                                                    ? tr("decided by the gates from GitHub (stratumctl gates)")
                                                    : tr("checked by stratumctl smoke")));
    }
    const Checklist checklist = *list;
    core().refreshRedactor(this, [this, sha, checklist](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        withSetupProbes(checklist, [this, sha, checklist](SetupProbes *setup) {
            auto *lane = new LocalLane(core().profile(), &core().redactor(), this);
            lane->setSetupProbes(setup);
            lane->runAndRecord(checklist, sha, core().vault(), operatorName(), this,
                               [this](const ChecklistItem &item, const LocalProbeResult &result) {
                print(QStringLiteral("  %1 %2 — %3").arg(result.passed ? QStringLiteral("[x]") : QStringLiteral("[!]"), item.text, result.evidence));
            }, [this](const KeychainError &error, bool allPassed) {
                if (!error.ok()) {
                    failKeychain(error);
                    return;
                }
                finish(allPassed ? ExitCode::Success : ExitCode::Failed);
            });
        });
    });
}

void Cli::checkReset()
{
    const QString sha = value(QStringLiteral("sha")).toLower();
    const QString list = argument(0);
    if (!core().profile().checklist(list)) {
        fail(ExitCode::Usage, tr("usage: stratumctl check reset CHECKLIST --sha FULL_SHA"));
        return;
    }
    core().vault()->updateChecklistRecords(core().profile().id, [sha, list](ChecklistRecords &records) { records.clear(sha, list); },
                                           this, [this, list](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        print(tr("%1 starts over").arg(list));
        finish(ExitCode::Success);
    });
}

void Cli::withSetupProbes(const Checklist &list, std::function<void(SetupProbes *)> then)
{
    auto *setup = new SetupProbes(core().profile(), this);
    lane()->resolveHost(value(QStringLiteral("host")), this, [this, setup, list, then](const HostChoice &host) {
        setup->prepare(list, githubAccess(), hosts(), host.name, this, [setup, then]() { then(setup); });
    });
}

void Cli::smoke()
{
    const QString sha = value(QStringLiteral("sha")).toLower();
    withRemote([this, sha](RemoteHost *remote) {
        auto *monitor = new HealthMonitor(core().profile(), remote, &core().redactor(), this);
        auto *smoke = new SmokeRun(core().profile(), monitor, core().vault(), this);
        connect(smoke, &SmokeRun::finished, this, [this](const SmokeResult &result) {
            if (json()) {
                QJsonArray items;
                for (const SmokeItem &item : result.items)
                    items.append(QJsonObject{{QStringLiteral("id"), item.itemId}, {QStringLiteral("passed"), item.passed},
                                             {QStringLiteral("detail"), item.detail}});
                printJson(QJsonObject{{QStringLiteral("sha"), result.sha}, {QStringLiteral("runningTag"), result.runningTag},
                                      {QStringLiteral("passed"), result.passed()}, {QStringLiteral("items"), items},
                                      {QStringLiteral("recordError"), result.recordError}});
            } else {
                print(tr("smoke of %1 (backend image tag %2)").arg(result.sha.isEmpty() ? tr("an unknown release") : result.sha,
                                                                   result.runningTag));
                for (const SmokeItem &item : result.items)
                    print(QStringLiteral("  %1 %2 — %3").arg(item.passed ? tr("PASS") : tr("FAIL"), item.text, item.detail));
                if (!result.recordError.isEmpty())
                    m_err << result.recordError << Qt::endl;
                print(result.passed() ? tr("all automatic checks passed; confirm the manual ones with stratumctl check confirm")
                                      : tr("smoke FAILED"));
            }
            finish(result.passed() ? ExitCode::Success : ExitCode::Failed);
        });
        smoke->start(sha);
    });
}

void Cli::health()
{
    const bool watch = flag(QStringLiteral("watch"));
    const int forSeconds = value(QStringLiteral("for"), QStringLiteral("0")).toInt();
    withRemote([this, watch, forSeconds](RemoteHost *remote) {
        auto *monitor = new HealthMonitor(core().profile(), remote, &core().redactor(), this);
        auto printAll = [this, monitor]() {
            for (const HealthIndicator &indicator : monitor->indicators())
                print(QStringLiteral("%1  %2  %3 ms  %4").arg(healthStateLabel(indicator.state).leftJustified(9), indicator.label.leftJustified(16))
                          .arg(indicator.latencyMs).arg(indicator.detail));
        };
        if (!watch) {
            connect(monitor, &HealthMonitor::roundFinished, this, [this, monitor, printAll]() {
                if (json()) {
                    QJsonArray list;
                    for (const HealthIndicator &indicator : monitor->indicators())
                        list.append(QJsonObject{{QStringLiteral("id"), indicator.id}, {QStringLiteral("state"), healthStateName(indicator.state)},
                                                {QStringLiteral("latencyMs"), indicator.latencyMs}, {QStringLiteral("detail"), indicator.detail}});
                    printJson(QJsonObject{{QStringLiteral("worst"), healthStateName(monitor->worst())}, {QStringLiteral("indicators"), list}});
                } else {
                    printAll();
                }
                finish(monitor->worst() == HealthState::Healthy ? ExitCode::Success : ExitCode::Failed);
            }, Qt::SingleShotConnection);
            monitor->pollOnce();
            return;
        }
        connect(monitor, &HealthMonitor::roundFinished, this, printAll, Qt::SingleShotConnection);
        connect(monitor, &HealthMonitor::indicatorChanged, this, [this](const HealthIndicator &indicator, HealthState previous) {
            print(tr("%1  %2: %3 → %4  %5").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), indicator.label,
                                                healthStateLabel(previous), healthStateLabel(indicator.state), indicator.detail));
        });
        monitor->start();
        if (forSeconds > 0) {
            QTimer::singleShot(std::chrono::seconds(forSeconds), this, [this, monitor]() {
                finish(monitor->worst() == HealthState::Healthy ? ExitCode::Success : ExitCode::Failed);
            });
        }
    });
}

void Cli::audit()
{
    const QList<QJsonObject> entries = AuditLog::read();
    if (json()) {
        QJsonArray list;
        for (const QJsonObject &entry : entries)
            list.append(entry);
        printJson(list);
    } else {
        for (const QJsonObject &entry : entries)
            print(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    }
    finish(ExitCode::Success);
}

} // namespace Stratum
