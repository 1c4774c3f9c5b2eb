#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Stratum {

// What a droplet or an environment is for, so that production is never mistaken for anything
// else: the role and its colour ride on the window, the strip, the tray and every confirmation.
// One vocabulary for a host entry's role and a profile environment's.
enum class HostRole { Production, Staging, Rehearsal };
QString hostRoleId(HostRole role);    // "production", "staging", "rehearsal"
QString hostRoleLabel(HostRole role); // "PRODUCTION", … in the operator's language
QStringList hostRoleIds();            // every id, in the enum's order
std::optional<HostRole> parseHostRole(const QString &id);
QString defaultRoleColour(HostRole role); // production red, staging amber, rehearsal violet
QString validateRoleColour(const QString &colour); // #RRGGBB; empty when acceptable

} // namespace Stratum
