// stratumctl commands for the gates: checklist state, gates, smoke, health, audit.
#include "Cli.h"

#include "audit/AuditLog.h"
#include "checklists/ChecklistRecords.h"
#include "checklists/LocalLane.h"
#include "checklists/SetupProbes.h"
#include "github/GitHubClient.h"
#include "health/HealthMonitor.h"
#include "health/HealthWatch.h"
#include "smoke/Smoke.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace Stratum {

GateKeeper *Cli::gateKeeper()
{
    if (!m_gates)
        m_gates = new GateKeeper(m_core.profile(), m_core.vault(), &m_core.redactor(), this);
    return m_gates;
}

GateOverride Cli::gateOverride() const
{
    return {m_options.flags.contains(QStringLiteral("override-gates")), m_options.values.value(QStringLiteral("reason"))};
}

void Cli::requireGates(const QString &sha, std::function<void()> then)
{
    const GateOverride override = gateOverride();
    if (override.requested && override.reason.trimmed().isEmpty()) {
        fail(ExitCode::Usage, tr("--override-gates needs --reason TEXT: say why the gates are skipped"));
        return;
    }
    gateKeeper()->evaluate(sha, this, [this, sha, override, then](const GateReport &report) {
        if (report.passed() || override.requested) {
            then(); // the operation itself decides again (and records the override)
            return;
        }
        m_err << tr("refused: the gates for %1 are not met (nothing was run on the droplet):").arg(sha.left(12)) << Qt::endl;
        for (const QString &line : report.blockers())
            m_err << QStringLiteral("  - ") << m_core.redactor().redact(line) << Qt::endl;
        m_err << tr("complete them (stratumctl gates --sha %1) or override: --override-gates --reason TEXT").arg(sha.left(12))
              << Qt::endl;
        finish(ExitCode::Refused);
    });
}

void Cli::printGateReport(const GateReport &report)
{
    if (m_json) {
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

void Cli::gatesCommand()
{
    const QString wanted = m_options.values.value(QStringLiteral("sha")).toLower();
    if (!wanted.isEmpty() && !isShaPrefix(wanted)) {
        fail(ExitCode::Usage, tr("--sha must be a commit SHA of 7 to 40 hex digits"));
        return;
    }
    m_core.vault()->loadChecklistRecords(m_core.profile().id, this, [this, wanted](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok()) {
            failKeychain(records.error);
            return;
        }
        const QString sha = wanted.isEmpty() ? records.value.shas().value(0) : wanted;
        if (sha.isEmpty()) {
            fail(ExitCode::Usage, tr("no checklist has been started yet: give --sha SHA"));
            return;
        }
        gateKeeper()->evaluate(sha, this, [this](const GateReport &report) {
            printGateReport(report);
            finish(report.passed() ? ExitCode::Success : ExitCode::Refused);
        });
    });
}

void Cli::checkCommand()
{
    const QString sub = m_options.words.value(1);
    if (sub == QLatin1String("list"))
        checkList();
    else if (sub == QLatin1String("confirm"))
        checkConfirm();
    else if (sub == QLatin1String("run"))
        checkRun();
    else if (sub == QLatin1String("reset")) {
        const QString sha = m_options.values.value(QStringLiteral("sha")).toLower();
        const QString list = m_options.words.value(2);
        if (!isFullSha(sha) || !m_core.profile().checklist(list)) {
            fail(ExitCode::Usage, tr("usage: stratumctl check reset CHECKLIST --sha FULL_SHA"));
            return;
        }
        m_core.vault()->updateChecklistRecords(m_core.profile().id, [sha, list](ChecklistRecords &records) { records.clear(sha, list); },
                                               this, [this, list](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            print(tr("%1 starts over").arg(list));
            finish(ExitCode::Success);
        });
    } else {
        fail(ExitCode::Usage, tr("usage: stratumctl check list|confirm|run|reset …"));
    }
}

void Cli::checkList()
{
    const QString wanted = m_options.values.value(QStringLiteral("sha")).toLower();
    m_core.vault()->loadChecklistRecords(m_core.profile().id, this, [this, wanted](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok()) {
            failKeychain(records.error);
            return;
        }
        const QString sha = wanted.isEmpty() ? records.value.shas().value(0) : records.value.resolve(wanted);
        QJsonArray lists;
        if (!m_json)
            print(sha.isEmpty() ? tr("no state recorded yet") : tr("checklists for %1").arg(sha));
        for (const Checklist &list : m_core.profile().checklists) {
            if (!m_json)
                print(QStringLiteral("%1%2").arg(list.title, list.requiredForDeploy ? tr("  (required for deploy)") : QString()));
            QJsonArray items;
            for (const ChecklistItem &item : list.items) {
                const ItemRecord record = records.value.item(sha, list.id, item.id).value_or(ItemRecord());
                const QString mark = record.status == ItemRecord::Status::Passed ? QStringLiteral("[x]")
                                   : record.status == ItemRecord::Status::Failed ? QStringLiteral("[!]") : QStringLiteral("[ ]");
                if (!m_json) {
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
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("sha"), sha}, {QStringLiteral("checklists"), lists}});
        finish(ExitCode::Success);
    });
}

void Cli::checkConfirm()
{
    const QString wanted = m_options.words.value(2);
    const QString sha = m_options.values.value(QStringLiteral("sha")).toLower();
    if (wanted.isEmpty() || !isFullSha(sha)) {
        fail(ExitCode::Usage, tr("usage: stratumctl check confirm CHECKLIST/ITEM --sha FULL_SHA [--note TEXT]"));
        return;
    }
    const Checklist *foundList = nullptr;
    const ChecklistItem *foundItem = nullptr;
    int matches = 0;
    for (const Checklist &list : m_core.profile().checklists) {
        for (const ChecklistItem &item : list.items) {
            if (wanted == list.id + QLatin1Char('/') + item.id || wanted == item.id) {
                foundList = &list;
                foundItem = &item;
                ++matches;
            }
        }
    }
    if (matches != 1) {
        fail(ExitCode::Usage, matches == 0 ? tr("no checklist item \"%1\"; see stratumctl check list").arg(wanted.left(80))
                                           : tr("\"%1\" is in several checklists: write CHECKLIST/ITEM").arg(wanted));
        return;
    }
    if (foundItem->kind == ChecklistItemKind::Automatic) {
        fail(ExitCode::Refused, tr("%1 is decided by its probe, not by hand: stratumctl check run %2 --sha SHA")
                                    .arg(foundItem->text, foundList->id));
        return;
    }
    const QString listId = foundList->id;
    const QString itemId = foundItem->id;
    const QString text = foundItem->text;
    m_core.refreshRedactor(this, [this, sha, listId, itemId, text](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        const QString note = m_core.redactor().redact(m_options.values.value(QStringLiteral("note")));
        const QString who = CoreContext::operatorName();
        m_core.vault()->updateChecklistRecords(m_core.profile().id, [=](ChecklistRecords &records) {
            records.set(sha, listId, itemId, {ItemRecord::Status::Passed, who, QDateTime::currentDateTimeUtc(), note, {}, false});
        }, this, [=, this](const KeychainError &error) {
            if (!error.ok()) {
                failKeychain(error);
                return;
            }
            AuditLog::append(QStringLiteral("check-confirmed"),
                             QJsonObject{{QStringLiteral("sha"), sha}, {QStringLiteral("item"), QString(listId + QLatin1Char('/') + itemId)},
                                         {QStringLiteral("who"), who}, {QStringLiteral("note"), note}}, &m_core.redactor());
            print(tr("confirmed for %1: %2").arg(sha.left(12), text));
            finish(ExitCode::Success);
        });
    });
}

void Cli::checkRun()
{
    const QString listId = m_options.words.value(2);
    const QString sha = m_options.values.value(QStringLiteral("sha")).toLower();
    const Checklist *list = m_core.profile().checklist(listId);
    if (!list || !isFullSha(sha)) {
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
    m_core.refreshRedactor(this, [this, sha, checklist](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        withSetupProbes(checklist, [this, sha, checklist](SetupProbes *setup) {
            auto *lane = new LocalLane(m_core.profile(), &m_core.redactor(), this);
            lane->setSetupProbes(setup);
            lane->runAndRecord(checklist, sha, m_core.vault(), CoreContext::operatorName(), this,
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

void Cli::withSetupProbes(const Checklist &list, std::function<void(SetupProbes *)> then)
{
    bool needGitHub = false;
    bool needDroplet = false;
    for (const ChecklistItem &item : list.items) {
        if (item.kind == ChecklistItemKind::Automatic && SetupProbes::runsHere(item)) {
            needGitHub |= item.probe.startsWith(QLatin1String("github-"));
            needDroplet |= !item.probe.startsWith(QLatin1String("github-"));
        }
    }
    if (!needGitHub && !needDroplet) {
        then(nullptr);
        return;
    }
    auto *setup = new SetupProbes(m_core.profile(), this);
    auto withDroplet = [this, setup, needDroplet, then]() {
        if (!needDroplet) {
            then(setup);
            return;
        }
        m_core.vault()->loadHosts(this, [this, setup, then](const Vault::Result<QList<HostEntry>> &hosts) {
            if (!hosts.error.ok() || hosts.value.isEmpty()) {
                setup->setDroplet(nullptr, hosts.error.ok() ? tr("no host is set up") : hosts.error.message);
                then(setup);
                return;
            }
            withRemote([setup, then](RemoteHost *remote) {
                setup->setDroplet(remote);
                then(setup);
            });
        });
    };
    if (!needGitHub) {
        withDroplet();
        return;
    }
    m_core.vault()->readSecret(SecretNames::githubToken(), this, [this, setup, withDroplet](const Vault::Result<QString> &token) {
        if (token.error.ok()) {
            auto *client = new GitHubClient(m_core.profile().github.apiBaseUrl, std::chrono::seconds(m_core.profile().timing.httpSeconds), this);
            client->setToken(token.value.toUtf8());
            setup->setGitHub(client);
        } else {
            setup->setGitHub(nullptr, token.error.notFound() ? tr("no GitHub token in the keychain") : token.error.message);
        }
        withDroplet();
    });
}

void Cli::smokeCommand()
{
    const QString sha = m_options.values.value(QStringLiteral("sha")).toLower();
    if (!sha.isEmpty() && !isShaPrefix(sha)) {
        fail(ExitCode::Usage, tr("--sha must be a commit SHA of 7 to 40 hex digits"));
        return;
    }
    withRemote([this, sha](RemoteHost *remote) {
        auto *monitor = new HealthMonitor(m_core.profile(), remote, &m_core.redactor(), this);
        auto *smoke = new SmokeRun(m_core.profile(), monitor, m_core.vault(), this);
        connect(smoke, &SmokeRun::finished, this, [this](const SmokeResult &result) {
            if (m_json) {
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

void Cli::healthCommand()
{
    const bool watch = m_options.flags.contains(QStringLiteral("watch"));
    const int forSeconds = m_options.values.value(QStringLiteral("for"), QStringLiteral("0")).toInt();
    withRemote([this, watch, forSeconds](RemoteHost *remote) {
        auto *monitor = new HealthMonitor(m_core.profile(), remote, &m_core.redactor(), this);
        auto printAll = [this, monitor]() {
            for (const HealthIndicator &indicator : monitor->indicators())
                print(QStringLiteral("%1  %2  %3 ms  %4").arg(healthStateName(indicator.state).leftJustified(9), indicator.label.leftJustified(16))
                          .arg(indicator.latencyMs).arg(indicator.detail));
        };
        if (!watch) {
            connect(monitor, &HealthMonitor::roundFinished, this, [this, monitor, printAll]() {
                if (m_json) {
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
                                                healthStateName(previous), healthStateName(indicator.state), indicator.detail));
        });
        monitor->start();
        if (forSeconds > 0) {
            QTimer::singleShot(std::chrono::seconds(forSeconds), this, [this, monitor]() {
                finish(monitor->worst() == HealthState::Healthy ? ExitCode::Success : ExitCode::Failed);
            });
        }
    });
}

void Cli::watchAfterDeploy(const QString &sha)
{
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this, sha](const Vault::Result<ReleaseLog> &log) {
        const QString lastGood = log.value.rollbackTargetFrom(sha);
        auto *monitor = new HealthMonitor(m_core.profile(), m_remote, &m_core.redactor(), this);
        const int window = m_core.profile().health.watchWindowSeconds;
        auto *watch = new HealthWatch(monitor, std::chrono::seconds(window), sha, lastGood, this);
        print(tr("watching %1 for %2 s: backend, frontend and worker must stay healthy").arg(sha.left(12)).arg(window));
        connect(watch, &HealthWatch::tick, this, [this, window](int left) {
            if (left > 0 && left < window && left % 60 == 0)
                print(tr("  %1 s left").arg(left));
        });
        connect(monitor, &HealthMonitor::indicatorChanged, this, [this](const HealthIndicator &indicator, HealthState previous) {
            print(tr("  %1: %2 → %3  %4").arg(indicator.label, healthStateName(previous), healthStateName(indicator.state), indicator.detail));
        });
        connect(watch, &HealthWatch::failure, this, [this](const HealthIndicator &, const QString &suggestion) {
            m_err << suggestion << Qt::endl;
        });
        connect(watch, &HealthWatch::finished, this, [this](bool passed) {
            print(passed ? tr("the watch passed: run stratumctl smoke, then mark the release known-good")
                         : tr("the watch FAILED"));
            finish(passed ? ExitCode::Success : ExitCode::Failed);
        });
        watch->start();
    });
}

void Cli::auditCommand()
{
    const QList<QJsonObject> entries = AuditLog::read();
    if (m_json) {
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

void Cli::markKnownGood(const QString &sha)
{
    const bool withoutSmoke = m_options.flags.contains(QStringLiteral("without-smoke"));
    const QString reason = m_options.values.value(QStringLiteral("reason")).trimmed();
    if (withoutSmoke && reason.isEmpty()) {
        fail(ExitCode::Usage, tr("--without-smoke needs --reason TEXT"));
        return;
    }
    m_core.refreshRedactor(this, [this, sha, withoutSmoke, reason](const KeychainError &redactorError) {
        if (!redactorError.ok()) {
            failKeychain(redactorError);
            return;
        }
        const KnownGoodRequest request{sha, CoreContext::operatorName(), m_options.values.value(QStringLiteral("note")),
                                       withoutSmoke ? reason : QString()};
        Stratum::markKnownGood(m_core.profile(), m_core.vault(), &m_core.redactor(), request, this, [this](const KnownGoodResult &result) {
            if (result.refused) {
                fail(ExitCode::Refused, result.message + tr("\nrun stratumctl smoke and confirm the manual items, or mark it "
                                                            "with --without-smoke --reason TEXT"));
                return;
            }
            if (!result.marked) {
                fail(ExitCode::Credentials, result.message);
                return;
            }
            print(result.message);
            finish(ExitCode::Success);
        });
    });
}

} // namespace Stratum
