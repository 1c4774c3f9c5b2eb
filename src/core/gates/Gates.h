#pragma once

#include "core/github/CiCheck.h"
#include "core/hosts/HostEntry.h"
#include "core/profile/Profile.h"
#include "core/releases/ChecklistRecords.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Stratum {

class GitHubAccess;
class Redactor;
class Vault;

struct CiGate {
    enum class State { Green, NotGreen, Unverifiable, NotApplicable };
    State state = State::Unverifiable;
    QString detail; // for a person: why not green, or why it could not be verified
};

struct ChecklistGate {
    QString id;
    QString title;
    int done = 0;
    int total = 0;
    QStringList missing; // item texts still open
    bool complete() const { return done == total; }
};

// Where a forward change goes, as far as the promotion gate cares.
struct PromotionTarget {
    QString environment; // the environment of the host it changes; empty when no environment names it
    bool production = false;
    QString from;        // `promote --from NAME`; empty: the profile's staging environment
    QString key() const; // what a cached gate report is kept under, beside the SHA
};

// "Ran on staging" (runbook §5): a SHA goes to production only after its post-deploy smoke
// passed on staging. Applies when the profile asks for it, or when the change is a promotion.
struct PromotionGate {
    enum class State { NotApplicable, Passed, NotOnStaging, FailedOnStaging };
    State state = State::NotApplicable;
    QString from;   // the staging environment whose smoke counts
    QString target; // the environment the change goes to
    QString detail; // for a person: when and by whom it passed, or what to do
    bool blocks() const { return state == State::NotOnStaging || state == State::FailedOnStaging; }
};

// Whether a SHA may be deployed or rolled back to: every checklist the
// profile marks requiredForDeploy is complete for that SHA, CI is green
// (where the profile has a GitHub repository), and it ran on staging first
// where the profile promotes through staging.
struct GateReport {
    QString requestedSha;
    QString sha; // the full SHA the checklist state belongs to; empty when none is known
    QList<ChecklistGate> checklists;
    CiGate ci;
    PromotionGate promotion;

    bool passed() const;
    QStringList blockers() const; // one line each, what is missing and what to do
};

GateReport evaluateGates(const Profile &profile, const ChecklistRecords &records, const QString &sha, const CiGate &ci,
                         const PromotionTarget &target = {});
// The promotion target of a change to `hostName`: its environment (environmentOfHost) and
// whether that is production (the environment's role, else the host's own).
PromotionTarget promotionTargetFor(const Profile &profile, const HostEntry &host, const QList<HostEntry> &setUp,
                                   const QString &from = {});
PromotionGate evaluatePromotion(const Profile &profile, const ChecklistRecords &records, const QString &fullSha,
                                const PromotionTarget &target);
// Whether the promotion gate applies to a change going there (else the gates are the same wherever it goes).
bool promotionApplies(const Profile &profile, const PromotionTarget &target);
CiGate ciGateFrom(const CiReport &report);
bool hasGitHubLane(const Profile &profile);

// A commit whose smoke passed on staging, ready to go on to production: what the window offers.
struct PromotionOffer {
    QString sha;
    QString from;     // the staging environment
    QString to;       // the production environment
    QString hostName; // where it goes: the first host of `to`
    QDateTime smokePassedAt;
};
// Newest first, at most `newest` per pair of environments; none without a staging environment
// or when production's first host is not set up.
QList<PromotionOffer> promotionOffers(const Profile &profile, const ChecklistRecords &records, const QList<HostEntry> &setUp,
                                      int newest = 3);

enum class GatedAction { Deploy, Rollback };

struct GateOverride {
    bool requested = false;
    QString reason; // required, typed by the operator
};

struct GateDecision {
    bool allowed = false;
    bool overridden = false;
    QString overrideReason;
    GateReport report;
    QString message; // why refused, or the override that let it through
    QString policy;  // which policy allowed it, as recorded in the release and audit logs
};

namespace Policy {
inline QString forwardGates() { return QStringLiteral("forward gates passed"); }
inline QString gatesOverridden() { return QStringLiteral("gates overridden"); }
inline QString knownGoodRollback() { return QStringLiteral("known-good rollback"); }
inline QString ungated() { return QStringLiteral("restart of the running images"); }
} // namespace Policy

// Decides the gates from the keychain's checklist state and GitHub. The deploy
// lane evaluates them once per plan and decides with that snapshot;
// refusals and overrides go to the audit log when a change is decided.
class GateKeeper : public QObject
{
    Q_OBJECT
public:
    GateKeeper(const Profile &profile, Vault *vault, GitHubAccess *github, const Redactor *redactor,
               QObject *parent = nullptr);

    // One evaluation: the checklist state (one keychain read) and CI (GitHub).
    void evaluate(const QString &sha, const PromotionTarget &target, QObject *context,
                  std::function<void(const GateReport &)> done);
    int evaluations() const { return m_evaluations; }
    // Allows when the report passed, or when an override carries a reason; audits overrides and refusals.
    GateDecision decide(const GateReport &report, GatedAction action, const GateOverride &override, const QString &who) const;

private:
    void readCi(const QString &sha, std::function<void(const CiGate &)> then);

    const Profile &m_profile;
    Vault *m_vault;
    QPointer<GitHubAccess> m_github;
    const Redactor *m_redactor;
    int m_evaluations = 0;
};

QString gatedActionName(GatedAction action);

} // namespace Stratum
