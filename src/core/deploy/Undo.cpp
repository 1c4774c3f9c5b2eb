#include "Undo.h"

#include "core/releases/Sha.h"

#include <QCoreApplication>

namespace Stratum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stratum::Undo", text);
}

bool isForwardDeploy(const ReleaseEntry &entry)
{
    return entry.method == QLatin1String("ssh") || entry.method == QLatin1String("workflow")
           || entry.method == QLatin1String("imported-run");
}

// An entry that put a release on the droplet (an env restart keeps the release; "recorded"
// marks known-good or an ended change that another app recorded).
bool putAReleaseThere(const ReleaseEntry &entry)
{
    return entry.result == QLatin1String("success") && entry.method != QLatin1String("env-restart")
           && entry.method != QLatin1String("recorded");
}

bool isKnownGood(const ReleaseLog &log, const QString &sha)
{
    for (const ReleaseEntry &entry : log.entries())
        if (entry.sha == sha && entry.knownGood)
            return true;
    return false;
}

QString shortSha(const QString &sha)
{
    return sha.left(Sha::shortLength);
}

UndoChoice notPossible(UndoChoice choice, const QString &why, const ReleaseLog &log)
{
    choice.possible = false;
    choice.why = why;
    choice.lastKnownGood = log.rollbackTargetFrom(choice.deployedSha);
    return choice;
}

} // namespace

QString UndoChoice::reason() const
{
    return tr("undo of the deploy of %1").arg(shortSha(deployedSha));
}

UndoChoice chooseUndo(const ReleaseLog &log, const QString &runningSha, const QDateTime &now, int windowSeconds)
{
    UndoChoice choice;
    const QList<ReleaseEntry> &entries = log.entries();
    qsizetype last = 0;
    while (last < entries.size() && !putAReleaseThere(entries.at(last)))
        ++last;
    if (last == entries.size())
        return notPossible(choice, tr("there is no deploy in the release log to undo"), log);
    const ReleaseEntry &change = entries.at(last);
    choice.deployedSha = change.sha;
    choice.deployedAt = change.time;
    if (!isForwardDeploy(change))
        return notPossible(choice, tr("the last change was a %1 to %2, not a deploy").arg(change.method, shortSha(change.sha)), log);
    const qint64 age = change.time.secsTo(now);
    if (age > windowSeconds)
        return notPossible(choice, tr("undo is offered for %1 min after a deploy; %2 was deployed %3 min ago")
                                       .arg(windowSeconds / 60).arg(shortSha(change.sha)).arg(age / 60), log);
    if (runningSha != change.sha)
        return notPossible(choice, runningSha.isEmpty()
                                       ? tr("the droplet does not run one release now, so there is no deploy of %1 to undo")
                                             .arg(shortSha(change.sha))
                                       : tr("the droplet runs %1, not %2 that the last deploy put there")
                                             .arg(shortSha(runningSha), shortSha(change.sha)), log);
    for (qsizetype i = last + 1; i < entries.size(); ++i) {
        const ReleaseEntry &before = entries.at(i);
        const bool marked = before.method == QLatin1String("recorded"); // what ran, marked known-good where it ran
        if ((!putAReleaseThere(before) && !marked) || before.sha == change.sha)
            continue;
        if (!isKnownGood(log, before.sha))
            return notPossible(choice, tr("what ran before the deploy of %1 (%2) is not known-good")
                                           .arg(shortSha(change.sha), shortSha(before.sha)), log);
        choice.possible = true;
        choice.targetSha = before.sha;
        return choice;
    }
    return notPossible(choice, tr("the release log does not say what ran before the deploy of %1").arg(shortSha(change.sha)), log);
}

} // namespace Stratum
