#pragma once

#include "core/github/CiState.h"
#include "core/profile/Profile.h"

#include <QObject>

#include <functional>

namespace Stratum {

class GitHubClient;

struct CiReport {
    bool reached = false;  // false: GitHub could not be asked (error says why)
    int httpStatus = 0;
    QString error;
    CiVerdict verdict;
    bool onBranch = false; // the SHA is on the profile's branch (compare: ahead or identical)
    QString relation;      // GitHub's word for it, or the error
};

// CI for one SHA as the release lane requires it (runbook §3.2): required
// checks from the branch's rules, every check run (all pages), the combined
// status, and whether the SHA is on the branch.
void checkCi(GitHubClient *github, const Profile &profile, const QString &sha, QObject *context,
             std::function<void(const CiReport &)> done);

} // namespace Stratum
