#pragma once

#include "core/profile/Profile.h"

#include <QString>

namespace Stratum {

enum class RunTarget { Local, Droplet };

struct RunDecision {
    bool allowed = false;
    QString reason; // why not, in words for the operator
};

// The runbook's context rule, enforced in the core so that no front end can
// get it wrong: [Mac] blocks run only locally, [Droplet] blocks only over SSH,
// [GitHub UI] blocks only open a page, and blocks that read private keys are
// never run at all.
class CommandPolicy
{
public:
    static bool readsPrivateKey(const QString &code);
    static bool isDisplayOnly(const CommandBlock &block);
    static bool hasPlaceholder(const QString &code); // e.g. <commit_sha>: never run as is
    static RunDecision canRun(const CommandBlock &block, RunTarget target);
};

} // namespace Stratum
