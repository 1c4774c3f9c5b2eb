#pragma once

#include "core/announce/Announcement.h"
#include "core/deploy/Change.h"

namespace Stratum {

// What the team's channel is told about a change, one line each. Pure.
// `actor` is "operator@machine".
Announcement changeStartedAnnouncement(const ChangePlan &plan, const QString &actor);
Announcement changeEndedAnnouncement(const ChangePlan &plan, const ChangeResult &result, const QString &actor);
Announcement pinAnnouncement(bool pinned, const QString &target, const QString &sha, const QString &reason, const QString &actor);

} // namespace Stratum
