#include "Change.h"

#include "core/droplet/RemoteCommands.h"

#include <QTimer>

namespace Stratum {

QString changeKindId(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::DeployOverSsh: return QStringLiteral("deploy-ssh");
    case ChangeKind::DeployViaWorkflow: return QStringLiteral("deploy-workflow");
    case ChangeKind::Rollback: return QStringLiteral("rollback");
    case ChangeKind::EnvRestart: return QStringLiteral("env-restart");
    case ChangeKind::FrontendRecreate: return QStringLiteral("frontend-recreate");
    }
    return {};
}

QString changeKindTitle(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::DeployOverSsh: return ChangePlan::tr("Deploy over SSH");
    case ChangeKind::DeployViaWorkflow: return ChangePlan::tr("Deploy through GitHub");
    case ChangeKind::Rollback: return ChangePlan::tr("Roll back");
    case ChangeKind::EnvRestart: return ChangePlan::tr("Restart with new env");
    case ChangeKind::FrontendRecreate: return ChangePlan::tr("Recreate frontend");
    }
    return {};
}

bool isGated(ChangeKind kind)
{
    return kind == ChangeKind::DeployOverSsh || kind == ChangeKind::DeployViaWorkflow;
}

bool ChangePlan::gatesOverridden() const
{
    return gated() && !gates.passed() && intent.override.requested && !intent.override.reason.trimmed().isEmpty();
}

QString ChangePlan::typedConfirmation(HostRole role) const
{
    if (role != HostRole::Production || !gatesOverridden())
        return {};
    return (targetSha.isNull() ? intent.sha : targetSha).shortForm();
}

QString ChangePlan::typedConfirmationReason() const
{
    return tr("The gates are overridden for %1 on %2, which is %3.")
        .arg(typedConfirmation(hostRole), hostName, hostRoleLabel(hostRole));
}

bool ChangePlan::refusedByGates() const
{
    return verdict == Verdict::Refused && !readOnly && gated() && gatesCheckedAt.isValid() && !gates.passed() && !gatesOverridden();
}

QString ChangePlan::targetText() const
{
    switch (intent.kind) {
    case ChangeKind::EnvRestart:
    case ChangeKind::FrontendRecreate:
        return tr("the running images (%1)").arg(currentText());
    default:
        return targetSha.isNull() ? intent.sha.text() : targetSha.text();
    }
}

QString ChangePlan::currentText() const
{
    const QString tag = current.backendTag();
    return tag.isEmpty() ? tr("unknown") : tag;
}

QString ChangePlan::confirmationText() const
{
    QString text;
    const QString host = hostName.isEmpty() ? tr("the droplet") : hostName;
    switch (intent.kind) {
    case ChangeKind::DeployOverSsh:
        text = intent.promoteFrom.isEmpty()
            ? tr("Deploy to %1 over SSH?\n\ncurrent  %2\ntarget   %3").arg(host, currentText(), targetText())
            : tr("Promote from %1 to %2 (%3) over SSH?\n\ncurrent  %4\ntarget   %5")
                  .arg(intent.promoteFrom, environment, host, currentText(), targetText());
        break;
    case ChangeKind::DeployViaWorkflow:
        text = tr("Dispatch the deploy workflow for %1?\n\ncurrent  %2\ntarget   %3 %4\n\nThe run is followed until it ends.")
                   .arg(host, currentText(), targetText().left(Sha::shortLength), targetTitle);
        break;
    case ChangeKind::Rollback:
        text = tr("Roll %1 back to a known-good release?\n\ncurrent  %2\ntarget   %3").arg(host, currentText(), targetText());
        if (crossesMigrations())
            text += QStringLiteral("\n\n") + migrationsText();
        text += QStringLiteral("\n\n") + rollbackPolicyText();
        break;
    case ChangeKind::EnvRestart:
        text = tr("Restart %1 with the running images (%2) and the current env file?").arg(host, currentText());
        break;
    case ChangeKind::FrontendRecreate:
        text = tr("Recreate the frontend of %1 with the running images (%2)?").arg(host, currentText());
        break;
    }
    for (const QString &part : {rollingText(), promotionText()}) {
        if (!part.isEmpty())
            text += QStringLiteral("\n\n") + part;
    }
    if (!composeSource.isEmpty())
        text += QStringLiteral("\n\n") + tr("compose file: %1").arg(composeSource);
    if (gatesOverridden())
        text += QStringLiteral("\n\n") + tr("GATES OVERRIDDEN (%1):").arg(intent.override.reason.trimmed())
                + QStringLiteral("\n  ") + gates.blockers().join(QStringLiteral("\n  "));
    for (const QString &warning : warnings)
        text += QStringLiteral("\n\n") + tr("warning: %1").arg(warning);
    return text;
}

QString ChangePlan::rollingText() const
{
    if (!rolling())
        return {};
    return tr("one host at a time: %1. Each next host starts once the one before runs every service and answers live and "
              "ready; the change stops at the first host that fails, and that host is rolled back to the release it ran.")
        .arg(rollingHosts.join(QStringLiteral(" → ")));
}

QString ChangePlan::promotionText() const
{
    if (gates.promotion.state != PromotionGate::State::Passed)
        return {};
    return tr("ran on %1 first: %2").arg(gates.promotion.from, gates.promotion.detail);
}

QString ChangePlan::rollbackPolicyText() const
{
    QString text = tr("Allowed as a known-good rollback: %1 is known-good (%2). The forward-deploy gates never block a "
                      "rollback; for information:").arg(targetSha.shortForm(), knownGoodSince);

    if (!gatesCheckedAt.isValid()) {
        text += QStringLiteral("\n  ") + gatesNote;
    } else if (gates.passed()) {
        text += QStringLiteral("\n  ") + tr("the forward gates pass for this commit too");
    } else {
        for (const ChecklistGate &gate : gates.checklists)
            text += QStringLiteral("\n  ") + tr("%1: %2 of %3 done").arg(gate.title).arg(gate.done).arg(gate.total);
        if (gates.ci.state != CiGate::State::Green && gates.ci.state != CiGate::State::NotApplicable)
            text += QStringLiteral("\n  ") + (gates.ci.state == CiGate::State::NotGreen ? tr("CI is not green: %1")
                                                                                          : tr("CI could not be read: %1"))
                                                  .arg(gates.ci.detail);
    }
    if (imagesOnDroplet())
        text += QStringLiteral("\n\n") + tr("Its images are on the droplet with the digests the release log recorded: nothing is "
                                              "pulled, the registry is not needed.");
    return text;
}

QString ChangePlan::policyNotes() const
{
    QStringList notes;
    if (imagesOnDroplet())
        notes << tr("images on the droplet (digests match the release log), registry not needed");
    if (!cloneChanges.isEmpty())
        notes << tr("dirty clone allowed (%1): %2").arg(intent.reason.trimmed(), cloneChanges.join(QStringLiteral(", ")));
    return notes.join(QStringLiteral("; "));
}

QString ChangePlan::migrationsText() const
{
    QString text = (migrations.size() == 1 ? tr("THIS ROLLBACK CROSSES 1 DATABASE MIGRATION that the running release has and %1 "
                                                "does not:").arg(targetSha.shortForm())
                                           : tr("THIS ROLLBACK CROSSES %1 DATABASE MIGRATIONS that the running release has and %2 "
                                                "does not:").arg(migrations.size()).arg(targetSha.shortForm()));
    for (const QString &name : migrations)
        text += QStringLiteral("\n  ") + name;
    if (!liveRevision.isEmpty())
        text += QStringLiteral("\n") + tr("live database revision: %1").arg(liveRevision);
    text += QStringLiteral("\n") + tr("The rollback does not downgrade the database: the older code will run against the "
                                      "newer schema. Downgrade first if that code cannot (alembic downgrade), or accept it.");
    return text;
}

QString pinnedMessage(const PinInfo &pin)
{
    return ChangePlan::tr("production is pinned to %1 by %2 on %3 since %4: \"%5\"; forward deploys wait until the pin "
                             "is released (stratumctl pin release --reason TEXT)")
        .arg(pin.sha.left(Sha::shortLength), pin.holder, pin.machine, pin.since, pin.reason);
}

QString outcomeName(ChangeResult::Outcome outcome)
{
    switch (outcome) {
    case ChangeResult::Outcome::Success: return QStringLiteral("success");
    case ChangeResult::Outcome::Failed: return QStringLiteral("failed");
    case ChangeResult::Outcome::Refused: return QStringLiteral("refused");
    case ChangeResult::Outcome::Cancelled: return QStringLiteral("cancelled");
    case ChangeResult::Outcome::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

void ChangeRun::finishWith(const ChangeResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(result);
}

void ChangeRun::finishSoon(const ChangeResult &result)
{
    QTimer::singleShot(0, this, [this, result]() { finishWith(result); });
}

} // namespace Stratum
