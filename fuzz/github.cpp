// Every GitHub answer the app reads: workflow runs and jobs, check runs and
// the combined status (the CI verdict), branch protection and rulesets.
#include "FuzzInput.h"

#include "core/connection/TokenPermissions.h"
#include "core/github/CiState.h"
#include "core/github/GitHubClient.h"
#include "core/github/Protection.h"
#include "core/github/WorkflowRuns.h"
#include "core/hygiene/TokenScopes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StratumFuzz::Reader input(data, size);
    const int which = input.below(5);
    const QByteArray body = input.rest();
    const QJsonDocument json = QJsonDocument::fromJson(body);
    QString error;
    switch (which) {
    case 0: {
        const auto run = Stratum::parseRun(json.object(), &error);
        if (!run && error.isEmpty())
            std::abort();
        break;
    }
    case 1: {
        const auto jobs = Stratum::parseJobs(json.object().value(QStringLiteral("jobs")).toArray(), &error);
        if (!jobs && error.isEmpty())
            std::abort();
        break;
    }
    case 2: {
        const Stratum::CiVerdict verdict = Stratum::evaluateCi(json.object().value(QStringLiteral("check_runs")).toArray(),
                                                               json.object().value(QStringLiteral("status")).toObject(),
                                                               {QStringLiteral("CI")});
        if (verdict.isGreen() && !verdict.missingRequired.isEmpty())
            std::abort(); // green never lacks a required check
        break;
    }
    case 3:
        (void)Stratum::describeProtection(Stratum::evaluateProtection(json.object().isEmpty() ? 404 : 200, json.object(),
                                                                      json.isArray() ? 200 : 404, json.array()));
        break;
    default: {
        (void)Stratum::GitHubClient::describeHttpError(403, json, QStringLiteral("actions=read"));
        // The headers the token check reads: X-OAuth-Scopes and X-Accepted-GitHub-Permissions.
        const QString header = QString::fromUtf8(body);
        const Stratum::ScopeVerdict scopes = Stratum::assessPullTokenScopes(true, header);
        if (scopes.beyond.contains(QStringLiteral("read:packages")))
            std::abort();
        (void)Stratum::permissionLabels(header);
        break;
    }
    }
    return 0;
}
