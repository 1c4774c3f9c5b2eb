#include "TokenScopes.h"

#include <QCoreApplication>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::TokenScopes)
};

} // namespace

ScopeVerdict assessPullTokenScopes(bool headerPresent, const QString &header)
{
    ScopeVerdict verdict;
    verdict.classic = headerPresent;
    if (!headerPresent) {
        verdict.message = Text::tr("the GHCR token names no scopes (a fine-grained token): check on github.com that it can "
                                   "only read packages");
        return verdict;
    }
    for (const QString &scope : header.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = scope.trimmed();
        if (!trimmed.isEmpty())
            verdict.scopes << trimmed;
    }
    for (const QString &scope : std::as_const(verdict.scopes)) {
        if (scope != QLatin1String("read:packages"))
            verdict.beyond << scope;
    }
    verdict.missingRead = !verdict.scopes.contains(QStringLiteral("read:packages"))
                          && !verdict.scopes.contains(QStringLiteral("write:packages"));
    if (!verdict.beyond.isEmpty())
        verdict.message = Text::tr("the GHCR token has more than read:packages (%1): make a new classic token with only "
                                   "read:packages for the droplet (runbook §8.1)").arg(verdict.beyond.join(QStringLiteral(", ")));
    else if (verdict.missingRead)
        verdict.message = Text::tr("the GHCR token lacks read:packages: the droplet cannot pull with it");
    else
        verdict.message = Text::tr("the GHCR token has only read:packages");
    return verdict;
}

} // namespace Stratum
