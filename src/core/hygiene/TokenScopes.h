#pragma once

#include <QString>
#include <QStringList>

namespace Stratum {

// Runbook §8.1: the droplet's GHCR pull token keeps the minimal scope,
// read:packages. GitHub names a classic token's scopes in X-OAuth-Scopes on
// every answer; a fine-grained token sends no such header.
struct ScopeVerdict {
    bool classic = false;   // the header was there: a classic token
    QStringList scopes;     // as GitHub listed them
    QStringList beyond;     // more than the pull token needs
    bool missingRead = false; // classic, and read:packages is not among them
    QString message;        // one sentence for a person
    bool problem() const { return !beyond.isEmpty() || missingRead; }
};

ScopeVerdict assessPullTokenScopes(bool headerPresent, const QString &header);

} // namespace Stratum
