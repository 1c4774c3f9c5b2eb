// stratumctl commands for the gates: gates, checklist state, smoke, health, audit.
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

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

namespace {

struct ShaOptions {
    QString sha; // empty: the deploy branch's head
};

struct GatesOptions {
    QString sha;
    QString host; // where the change would go: decides the promotion gate (also --env)
};

struct ConfirmOptions {
    QString item; // CHECKLIST/ITEM
    Sha sha;
    QString note;
};

struct ChecklistOptions {
    QString checklist;
    QString sha;
    QString host;
};

struct SmokeOptions {
    QString host;
    QString sha;
};

struct HealthOptions {
    bool watch = false;
    int forSeconds = 0;
    QString host;
};

class GateCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void gates(const GatesOptions &o);
    void checkList(const ShaOptions &o);
    void checkConfirm(const ConfirmOptions &o);
    void checkRun(const ChecklistOptions &o);
    void checkReset(const ChecklistOptions &o);
    void smoke(const SmokeOptions &o);
    void health(const HealthOptions &o);
    void audit(const NoOptions &);

private:
    void printGateReport(const GateReport &report);
    void withSetupProbes(const QString &hostName, const Checklist &list, std::function<void(SetupProbes *)> then);
};

} // namespace

QList<CommandSpec> gateCommands()
{
    using C = GateCommands;
    const QString shaOnly = QStringLiteral("[--sha SHA]");
    const QString sha = QStringLiteral("sha");
    return {
        Command<C, GatesOptions>(QStringLiteral("gates"),
                                 QT_TRANSLATE_NOOP("Stratum::Cli", "required checklists + CI for a SHA, and with --host or --env whether it "
                                                                   "ran on staging first (exit 0 passed, 3 not)"),
                                 githubNeeds)
            .sha(sha, &GatesOptions::sha)
            .host(&GatesOptions::host)
            .synopsis(QStringLiteral("[--sha SHA] [--host NAME | --env NAME]"))
            .runs(&C::gates),
        Command<C, ShaOptions>(QStringLiteral("check list"), QT_TRANSLATE_NOOP("Stratum::Cli", "the checklists and what was recorded for a SHA"),
                               keychainNeeds)
            .sha(sha, &ShaOptions::sha)
            .synopsis(shaOnly)
            .runs(&C::checkList),
        Command<C, ConfirmOptions>(QStringLiteral("check confirm"), QT_TRANSLATE_NOOP("Stratum::Cli", "tick a manual item"), keychainNeeds)
            .argument(QStringLiteral("CHECKLIST/ITEM"), &ConfirmOptions::item)
            .sha(sha, &ConfirmOptions::sha, true).required()
            .text(QStringLiteral("note"), QStringLiteral("TEXT"), &ConfirmOptions::note)
            .synopsis(QStringLiteral("CHECKLIST/ITEM --sha SHA [--note TEXT]"))
            .runs(&C::checkConfirm),
        Command<C, ChecklistOptions>(QStringLiteral("check run"),
                                     QT_TRANSLATE_NOOP("Stratum::Cli", "run the automatic items: the Stripe lane's local probes; for one-time-setup the Actions "
                                                                       "secrets, branch protection and the droplet's env (names only)"),
                                     keychainNeeds)
            .argument(QStringLiteral("CHECKLIST"), &ChecklistOptions::checklist)
            .sha(sha, &ChecklistOptions::sha, true).required()
            .host(&ChecklistOptions::host)
            .synopsis(QStringLiteral("CHECKLIST --sha SHA"))
            .runs(&C::checkRun),
        Command<C, ChecklistOptions>(QStringLiteral("check reset"), QT_TRANSLATE_NOOP("Stratum::Cli", "start a checklist over for a SHA"),
                                     keychainNeeds)
            .argument(QStringLiteral("CHECKLIST"), &ChecklistOptions::checklist)
            .sha(sha, &ChecklistOptions::sha, true).required()
            .synopsis(QStringLiteral("CHECKLIST --sha SHA"))
            .runs(&C::checkReset),
        Command<C, SmokeOptions>(QStringLiteral("smoke"), QT_TRANSLATE_NOOP("Stratum::Cli", "post-deploy smoke: exit 0 only if every automatic check passes"),
                                 dropletNeeds)
            .host(&SmokeOptions::host)
            .sha(sha, &SmokeOptions::sha)
            .synopsis(QStringLiteral("[--host NAME] [--sha SHA]"))
            .throughTheApp()
            .runs(&C::smoke),
        Command<C, HealthOptions>(QStringLiteral("health"),
                                  QT_TRANSLATE_NOOP("Stratum::Cli", "live health of the droplet: exit 0 only when everything is healthy"),
                                  dropletNeeds)
            .flag(QStringLiteral("watch"), &HealthOptions::watch)
            .number(QStringLiteral("for"), QStringLiteral("SECONDS"), &HealthOptions::forSeconds)
            .host(&HealthOptions::host)
            .synopsis(QStringLiteral("[--watch] [--for SECONDS]"))
            .throughTheApp()
            .runs(&C::health),
        Command<C, NoOptions>(QStringLiteral("audit"), QT_TRANSLATE_NOOP("Stratum::Cli", "the local audit log: overrides, refusals, confirmations"),
                              Need::Profile)
            .runs(&C::audit),
    };
}

namespace {

QJsonValue promotionJson(const PromotionGate &gate)
{
    if (gate.state == PromotionGate::State::NotApplicable)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("from"), gate.from}, {QStringLiteral("to"), gate.target},
                       {QStringLiteral("passed"), !gate.blocks()}, {QStringLiteral("detail"), gate.detail}};
}

} // namespace

void GateCommands::printGateReport(const GateReport &report)
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
                              {QStringLiteral("promotion"), promotionJson(report.promotion)},
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
    if (report.promotion.state != PromotionGate::State::NotApplicable)
        print(tr("  ran on %1 first: %2 (%3)").arg(report.promotion.from, report.promotion.blocks() ? tr("NO") : tr("yes"),
                                                   report.promotion.detail));
    for (const QString &line : report.blockers())
        print(QStringLiteral("  - ") + line);
}

void GateCommands::gates(const GatesOptions &o)
{
    const QString wanted = o.sha.toLower();
    core().vault()->loadChecklistRecords(core().profile().id, context(), [this, wanted, host = o.host](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok()) {
            failKeychain(records.error);
            return;
        }
        const QString sha = wanted.isEmpty() ? records.value.shas().value(0) : wanted;
        if (sha.isEmpty()) {
            fail(ExitCode::Usage, tr("no checklist has been started yet: give --sha SHA"));
            return;
        }
        auto evaluate = [this, sha](const PromotionTarget &target) {
            lane()->gateKeeper()->evaluate(sha, target, context(), [this](const GateReport &report) {
                printGateReport(report);
                finish(report.passed() ? ExitCode::Success : ExitCode::Refused);
            });
        };
        if (host.isEmpty()) {
            evaluate({});
            return;
        }
        withHost(host, [this, evaluate](const HostEntry &entry, const QList<HostEntry> &all) {
            evaluate(promotionTargetFor(core().profile(), entry, all));
        });
    });
}

void GateCommands::checkList(const ShaOptions &o)
{
    const QString wanted = o.sha.toLower();
    core().vault()->loadChecklistRecords(core().profile().id, context(), [this, wanted](const Vault::Result<ChecklistRecords> &records) {
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

void GateCommands::checkConfirm(const ConfirmOptions &o)
{
    const ItemLookup item = findChecklistItem(core().profile(), o.item);
    if (!item.error.isEmpty()) {
        fail(ExitCode::Usage, item.error);
        return;
    }
    if (item.automatic) {
        fail(ExitCode::Refused, tr("%1 is decided by its probe, not by hand: stratumctl check run %2 --sha SHA").arg(item.text, item.checklistId));
        return;
    }
    const ManualConfirmation confirmation{o.sha, item.checklistId, {item.itemId}, o.note};
    core().refreshRedactor(context(), [this, confirmation, item](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        confirmManualItems(core().profile(), core().vault(), core().redactor(), confirmation, context(), [this, item, confirmation](const ConfirmationResult &result) {
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

void GateCommands::checkRun(const ChecklistOptions &o)
{
    const QString &listId = o.checklist;
    const QString sha = o.sha.toLower();
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
    core().refreshRedactor(context(), [this, &o, sha, checklist](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        withSetupProbes(o.host, checklist, [this, sha, checklist](SetupProbes *setup) {
            auto *lane = new LocalLane(core().profile(), &core().redactor(), context());
            lane->setSetupProbes(setup);
            lane->runAndRecord(checklist, sha, core().vault(), operatorName(), context(),
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

void GateCommands::checkReset(const ChecklistOptions &o)
{
    const QString sha = o.sha.toLower();
    const QString list = o.checklist;
    if (!core().profile().checklist(list)) {
        fail(ExitCode::Usage, tr("usage: stratumctl check reset CHECKLIST --sha FULL_SHA"));
        return;
    }
    core().vault()->updateChecklistRecords(core().profile().id, [sha, list](ChecklistRecords &records) { records.clear(sha, list); },
                                           context(), [this, list](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        print(tr("%1 starts over").arg(list));
        finish(ExitCode::Success);
    });
}

void GateCommands::withSetupProbes(const QString &hostName, const Checklist &list, std::function<void(SetupProbes *)> then)
{
    auto *setup = new SetupProbes(core().profile(), context());
    lane()->resolveHost(hostName, context(), [this, setup, list, then](const HostChoice &host) {
        setup->prepare(list, githubAccess(), hosts(), host.name, context(), [setup, then]() { then(setup); });
    });
}

void GateCommands::smoke(const SmokeOptions &o)
{
    const QString sha = o.sha.toLower();
    withRemote(o.host, [this, sha](RemoteHost *remote) {
        auto *monitor = new HealthMonitor(core().profile(), remote, &core().redactor(), context());
        auto *smoke = new SmokeRun(core().profile(), monitor, core().vault(), context());
        smoke->setEnvironment(remoteEnvironment());
        QObject::connect(smoke, &SmokeRun::finished, context(), [this](const SmokeResult &result) {
            if (json()) {
                QJsonArray items;
                for (const SmokeItem &item : result.items)
                    items.append(QJsonObject{{QStringLiteral("id"), item.itemId}, {QStringLiteral("passed"), item.passed},
                                             {QStringLiteral("detail"), item.detail}});
                printJson(QJsonObject{{QStringLiteral("sha"), result.sha}, {QStringLiteral("runningTag"), result.runningTag},
                                      {QStringLiteral("passed"), result.passed()}, {QStringLiteral("items"), items},
                                      {QStringLiteral("environment"), result.environment},
                                      {QStringLiteral("recordError"), result.recordError}});
            } else {
                print(tr("smoke of %1 (backend image tag %2)").arg(result.sha.isEmpty() ? tr("an unknown release") : result.sha,
                                                                   result.runningTag));
                for (const SmokeItem &item : result.items)
                    print(QStringLiteral("  %1 %2 — %3").arg(item.passed ? tr("PASS") : tr("FAIL"), item.text, item.detail));
                if (!result.recordError.isEmpty())
                    err() << result.recordError << Qt::endl;
                print(result.passed() ? tr("all automatic checks passed; confirm the manual ones with stratumctl check confirm")
                                      : tr("smoke FAILED"));
            }
            finish(result.passed() ? ExitCode::Success : ExitCode::Failed);
        });
        smoke->start(sha);
    });
}

void GateCommands::health(const HealthOptions &o)
{
    const bool watch = o.watch;
    const int forSeconds = o.forSeconds;
    withRemote(o.host, [this, watch, forSeconds](RemoteHost *remote) {
        auto *monitor = new HealthMonitor(core().profile(), remote, &core().redactor(), context());
        auto printAll = [this, monitor]() {
            for (const HealthIndicator &indicator : monitor->indicators())
                print(QStringLiteral("%1  %2  %3 ms  %4").arg(healthStateLabel(indicator.state).leftJustified(9), indicator.label.leftJustified(16))
                          .arg(indicator.latencyMs).arg(indicator.detail));
        };
        if (!watch) {
            QObject::connect(monitor, &HealthMonitor::roundFinished, context(), [this, monitor, printAll]() {
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
        QObject::connect(monitor, &HealthMonitor::roundFinished, context(), printAll, Qt::SingleShotConnection);
        QObject::connect(monitor, &HealthMonitor::indicatorChanged, context(), [this](const HealthIndicator &indicator, HealthState previous) {
            print(tr("%1  %2: %3 → %4  %5").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), indicator.label,
                                                healthStateLabel(previous), healthStateLabel(indicator.state), indicator.detail));
        });
        monitor->start();
        if (forSeconds > 0) {
            QTimer::singleShot(std::chrono::seconds(forSeconds), context(), [this, monitor]() {
                finish(monitor->worst() == HealthState::Healthy ? ExitCode::Success : ExitCode::Failed);
            });
        }
    });
}

void GateCommands::audit(const NoOptions &)
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
