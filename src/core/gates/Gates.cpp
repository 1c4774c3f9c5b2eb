#include "Gates.h"

#include "core/audit/AuditLog.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/github/GitHubAccess.h"
#include "core/keychain/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGates, "stratum.gates")

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Gates)
};

const QString ciProbe = QStringLiteral("github-ci-green");

} // namespace

bool hasGitHubLane(const Profile &profile)
{
    return !profile.github.owner.isEmpty() && !profile.github.repo.isEmpty() && profile.github.apiBaseUrl.isValid();
}

QString gatedActionName(GatedAction action)
{
    return action == GatedAction::Deploy ? QStringLiteral("deploy") : QStringLiteral("rollback");
}

bool GateReport::passed() const
{
    if (sha.isEmpty())
        return false;
    for (const ChecklistGate &gate : checklists) {
        if (!gate.complete())
            return false;
    }
    if (promotion.blocks())
        return false;
    return ci.state == CiGate::State::Green || ci.state == CiGate::State::NotApplicable;
}

QString PromotionTarget::key() const
{
    return environment + QLatin1Char('|') + (production ? QLatin1Char('p') : QLatin1Char('-')) + QLatin1Char('|') + from;
}

QStringList GateReport::blockers() const
{
    QStringList lines;
    if (sha.isEmpty())
        lines << Text::tr("no checklist has been worked through for %1 yet").arg(requestedSha.left(12));
    for (const ChecklistGate &gate : checklists) {
        if (!gate.complete())
            lines << Text::tr("%1: %2 of %3 done; open: %4").arg(gate.title).arg(gate.done).arg(gate.total)
                         .arg(gate.missing.join(QStringLiteral("; ")));
    }
    switch (ci.state) {
    case CiGate::State::Green:
    case CiGate::State::NotApplicable:
        break;
    case CiGate::State::NotGreen:
        lines << Text::tr("CI is not green: %1").arg(ci.detail);
        break;
    case CiGate::State::Unverifiable:
        lines << Text::tr("CI cannot be verified (%1): only an override with a reason passes").arg(ci.detail);
        break;
    }
    if (promotion.blocks())
        lines << promotion.detail;
    return lines;
}

namespace {

QString stagingOf(const Profile &profile)
{
    for (const Environment &environment : profile.environments) {
        if (environmentRole(environment) == HostRole::Staging)
            return environment.name;
    }
    return {};
}

} // namespace

PromotionTarget promotionTargetFor(const Profile &profile, const HostEntry &host, const QList<HostEntry> &setUp,
                                   const QString &from)
{
    PromotionTarget target;
    target.from = from;
    const Environment *environment = environmentOfHost(profile, host.name, setUp);
    target.environment = environment ? environment->name : QString();
    target.production = (environment ? environmentRole(*environment) : host.role) == HostRole::Production;
    return target;
}

bool promotionApplies(const Profile &profile, const PromotionTarget &target)
{
    const QString from = target.from.isEmpty() ? stagingOf(profile) : target.from;
    const bool asked = !target.from.isEmpty() || (target.production && profile.promotionRequiresStaging);
    return asked && !from.isEmpty() && from != target.environment;
}

PromotionGate evaluatePromotion(const Profile &profile, const ChecklistRecords &records, const QString &fullSha,
                                const PromotionTarget &target)
{
    PromotionGate gate;
    gate.target = target.environment;
    gate.from = target.from.isEmpty() ? stagingOf(profile) : target.from;
    if (!promotionApplies(profile, target))
        return gate;
    const QString shortSha = fullSha.left(Sha::shortLength);
    const std::optional<ItemRecord> smoke = fullSha.isEmpty() ? std::nullopt : records.smokeOn(fullSha, gate.from);
    if (!smoke) {
        gate.state = PromotionGate::State::NotOnStaging;
        gate.detail = Text::tr("%1 has not passed its smoke on %2 yet: deploy it there and run the smoke "
                               "(stratumctl smoke --env %2) before it goes to %3")
                          .arg(shortSha.isEmpty() ? Text::tr("this commit") : shortSha, gate.from,
                               target.environment.isEmpty() ? Text::tr("production") : target.environment);
    } else if (smoke->status != ItemRecord::Status::Passed) {
        gate.state = PromotionGate::State::FailedOnStaging;
        gate.detail = Text::tr("the last smoke of %1 on %2 failed (%3, %4): fix it there first")
                          .arg(shortSha, gate.from, smoke->when.toString(Qt::ISODate), smoke->evidence);
    } else {
        gate.state = PromotionGate::State::Passed;
        gate.detail = Text::tr("%1 passed its smoke on %2 (%3, by %4)")
                          .arg(shortSha, gate.from, smoke->when.toString(Qt::ISODate), smoke->who);
    }
    return gate;
}

QList<PromotionOffer> promotionOffers(const Profile &profile, const ChecklistRecords &records, const QList<HostEntry> &setUp,
                                      int newest)
{
    QList<PromotionOffer> offers;
    for (const Environment &from : profile.environments) {
        if (environmentRole(from) != HostRole::Staging)
            continue;
        for (const Environment &to : profile.environments) {
            const EnvironmentHosts hosts = hostsOf(to, setUp);
            if (environmentRole(to) != HostRole::Production || hosts.hosts.isEmpty())
                continue;
            int offered = 0;
            for (const QString &sha : records.shas()) {
                const std::optional<ItemRecord> smoke = records.smokeOn(sha, from.name);
                if (!smoke || smoke->status != ItemRecord::Status::Passed)
                    continue;
                offers.append({sha, from.name, to.name, hosts.hosts.first().name, smoke->when});
                if (++offered == newest)
                    break;
            }
        }
    }
    return offers;
}

GateReport evaluateGates(const Profile &profile, const ChecklistRecords &records, const QString &sha, const CiGate &ci,
                         const PromotionTarget &target)
{
    GateReport report;
    report.requestedSha = sha;
    report.sha = Sha::isFullText(sha) ? sha : records.resolve(sha);
    report.ci = ci;
    for (const Checklist &list : profile.checklists) {
        if (!list.requiredForDeploy)
            continue;
        ChecklistGate gate{list.id, list.title, 0, int(list.items.size()), {}};
        for (const ChecklistItem &item : list.items) {
            // The CI item is decided live, not from what was recorded earlier.
            const bool done = item.probe == ciProbe
                ? ci.state == CiGate::State::Green || ci.state == CiGate::State::NotApplicable
                : records.item(report.sha, list.id, item.id).value_or(ItemRecord()).status == ItemRecord::Status::Passed;
            if (done)
                ++gate.done;
            else
                gate.missing << item.text;
        }
        report.checklists << gate;
    }
    report.promotion = evaluatePromotion(profile, records, report.sha, target);
    return report;
}

CiGate ciGateFrom(const CiReport &report)
{
    if (!report.reached)
        return {CiGate::State::Unverifiable, Text::tr("GitHub did not answer: %1").arg(report.error)};
    if (!report.verdict.isGreen())
        return {CiGate::State::NotGreen, report.verdict.summary};
    if (!report.onBranch)
        return {CiGate::State::NotGreen, Text::tr("the commit is not on the deploy branch (%1)").arg(report.relation)};
    return {CiGate::State::Green, report.verdict.summary};
}

GateKeeper::GateKeeper(const Profile &profile, Vault *vault, GitHubAccess *github, const Redactor *redactor,
                       QObject *parent)
    : QObject(parent), m_profile(profile), m_vault(vault), m_github(github), m_redactor(redactor)
{
}

void GateKeeper::readCi(const QString &sha, std::function<void(const CiGate &)> then)
{
    if (!hasGitHubLane(m_profile)) {
        then({CiGate::State::NotApplicable, Text::tr("the profile has no GitHub repository")});
        return;
    }
    if (!m_github) {
        then({CiGate::State::Unverifiable, Text::tr("no GitHub access")});
        return;
    }
    m_github->withClient(this, [this, sha, then](GitHubClient *github, const GitHubAccessError &error) {
        if (!github) {
            then({CiGate::State::Unverifiable, error.noToken ? Text::tr("no GitHub token in the keychain") : error.message});
            return;
        }
        checkCi(github, m_profile, sha, this, [then](const CiReport &report) { then(ciGateFrom(report)); });
    });
}

void GateKeeper::evaluate(const QString &sha, const PromotionTarget &target, QObject *context,
                          std::function<void(const GateReport &)> done)
{
    ++m_evaluations;
    QPointer<QObject> guard(context);
    m_vault->loadChecklistRecords(m_profile.id, this, [this, sha, target, guard, done](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok()) {
            GateReport report = evaluateGates(m_profile, {}, sha, {CiGate::State::Unverifiable, records.error.message}, target);
            if (guard)
                done(report);
            return;
        }
        const QString full = Sha::isFullText(sha) ? sha : records.value.resolve(sha);
        readCi(full.isEmpty() ? sha : full, [this, sha, target, guard, done, records](const CiGate &ci) {
            if (guard)
                done(evaluateGates(m_profile, records.value, sha, ci, target));
        });
    });
}

GateDecision GateKeeper::decide(const GateReport &report, GatedAction action, const GateOverride &override,
                                const QString &who) const
{
    GateDecision decision;
    decision.report = report;
    const QString sha = report.sha.isEmpty() ? report.requestedSha : report.sha;
    const QString blockers = report.blockers().join(QStringLiteral("\n  "));
    QJsonObject audit{{QStringLiteral("action"), gatedActionName(action)}, {QStringLiteral("sha"), sha},
                      {QStringLiteral("who"), who}, {QStringLiteral("profile"), m_profile.id},
                      {QStringLiteral("blockers"), QJsonArray::fromStringList(report.blockers())}};
    if (report.passed()) {
        decision.allowed = true;
        decision.message = Text::tr("gates passed for %1").arg(report.sha.left(12));
        decision.policy = Policy::forwardGates();
    } else if (override.requested && !override.reason.trimmed().isEmpty()) {
        decision.allowed = true;
        decision.overridden = true;
        decision.overrideReason = override.reason.trimmed();
        decision.policy = Policy::gatesOverridden();
        decision.message = Text::tr("GATES OVERRIDDEN by %1: %2\n  %3").arg(who, decision.overrideReason, blockers);
        audit.insert(QStringLiteral("reason"), decision.overrideReason);
        AuditLog::append(QStringLiteral("gate-override"), audit, m_redactor);
        qCWarning(lcGates).noquote() << "gates overridden for" << gatedActionName(action) << sha;
    } else {
        decision.message = override.requested
            ? Text::tr("an override needs a reason (--reason TEXT); the gates for %1 are not met:\n  %2").arg(sha.left(12), blockers)
            : Text::tr("the gates for %1 are not met:\n  %2").arg(sha.left(12), blockers);
        AuditLog::append(QStringLiteral("gate-refused"), audit, m_redactor);
    }
    return decision;
}

} // namespace Stratum
