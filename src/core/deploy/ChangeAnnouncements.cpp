#include "ChangeAnnouncements.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stratum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stratum::ChangeAnnouncements", text);
}

QString shortSha(const ChangePlan &plan)
{
    const QString sha = plan.targetSha.isNull() ? plan.intent.sha.text() : plan.targetSha.text();
    return sha.isEmpty() ? plan.currentText().left(Sha::shortLength) : sha.left(Sha::shortLength);
}

QString target(const ChangePlan &plan)
{
    return plan.hostName.isEmpty() ? tr("the droplet") : plan.hostName;
}

// "(known-good since 3 Dec)": the channel's readers are in other places, so a date in English form.
QString knownGoodNote(const ChangePlan &plan)
{
    if (!plan.knownGoodAt.isValid())
        return tr("(known-good)");
    return tr("(known-good since %1)").arg(QLocale(QLocale::English).toString(plan.knownGoodAt.toUTC().date(), QStringLiteral("d MMM")));
}

QString withReason(const QString &line, const QString &reason)
{
    return reason.trimmed().isEmpty() ? line : line + QStringLiteral(" — ") + reason.trimmed().simplified();
}

Announcement make(AnnounceEvent event, const ChangePlan &plan, const QString &actor, const QString &text)
{
    return {event, actor, text, plan.targetSha.isNull() ? plan.intent.sha.text() : plan.targetSha.text(), target(plan)};
}

} // namespace

Announcement changeStartedAnnouncement(const ChangePlan &plan, const QString &actor)
{
    QString text;
    switch (plan.intent.kind) {
    case ChangeKind::DeployOverSsh:
        text = tr("deploying %1 to %2 over SSH (running %3)").arg(shortSha(plan), target(plan), plan.currentText().left(Sha::shortLength));
        break;
    case ChangeKind::DeployViaWorkflow:
        text = tr("deploying %1 to %2 through the deploy workflow").arg(shortSha(plan), target(plan));
        break;
    case ChangeKind::Rollback:
        text = tr("rolling back %1 to %2 %3").arg(target(plan), shortSha(plan), knownGoodNote(plan));
        break;
    case ChangeKind::EnvRestart:
        text = tr("restarting %1 with the current env file").arg(target(plan));
        break;
    case ChangeKind::FrontendRecreate:
        text = tr("recreating the frontend on %1").arg(target(plan));
        break;
    }
    if (plan.gatesOverridden())
        text += tr(" — GATES OVERRIDDEN: %1").arg(plan.intent.override.reason.trimmed().simplified());
    else if (plan.intent.kind == ChangeKind::Rollback)
        text = withReason(text, plan.intent.reason);
    return make(AnnounceEvent::ChangeStarted, plan, actor, text);
}

Announcement changeEndedAnnouncement(const ChangePlan &plan, const ChangeResult &result, const QString &actor)
{
    const bool rollback = plan.intent.kind == ChangeKind::Rollback;
    if (result.succeeded()) {
        QString text;
        switch (plan.intent.kind) {
        case ChangeKind::DeployOverSsh:
        case ChangeKind::DeployViaWorkflow:
            text = tr("deployed %1 to %2").arg(shortSha(plan), target(plan));
            break;
        case ChangeKind::Rollback:
            text = withReason(tr("rolled back %1 to %2 %3").arg(target(plan), shortSha(plan), knownGoodNote(plan)), plan.intent.reason);
            break;
        case ChangeKind::EnvRestart:
            text = tr("restarted %1 with the current env file").arg(target(plan));
            break;
        case ChangeKind::FrontendRecreate:
            text = tr("recreated the frontend on %1").arg(target(plan));
            break;
        }
        return make(rollback ? AnnounceEvent::RolledBack : AnnounceEvent::ChangeSucceeded, plan, actor, text);
    }
    QString text = tr("%1 of %2 on %3 %4").arg(changeKindTitle(plan.intent.kind), shortSha(plan), target(plan),
                                              outcomeName(result.outcome).toUpper());
    if (!result.failedStep.isEmpty())
        text += tr(" at step \"%1\"").arg(result.failedStep);
    if (!result.message.isEmpty())
        text += QStringLiteral(": ") + result.message.simplified();
    text += result.dropletChanged ? tr(" (the droplet was changed)") : tr(" (nothing on the droplet was changed)");
    return make(AnnounceEvent::ChangeFailed, plan, actor, text);
}

Announcement pinAnnouncement(bool pinned, const QString &targetName, const QString &sha, const QString &reason, const QString &actor)
{
    const QString text = pinned ? tr("pinned %1 to %2: forward deploys are held").arg(targetName, sha.left(Sha::shortLength))
                                : tr("released the pin of %1 (it held %2): deploys may go again").arg(targetName, sha.left(Sha::shortLength));
    return {pinned ? AnnounceEvent::Pinned : AnnounceEvent::Unpinned, actor, withReason(text, reason), sha, targetName};
}

} // namespace Stratum
