#pragma once

#include <QString>

namespace Stratum {

// Production or the rehearsal (the local droplet of `stratumctl rehearsal`): two
// identities that share nothing. The rehearsal's settings, profiles, logs, audit log,
// state and keychain entries live under another application name and keychain
// service, so nothing said to the rehearsal can reach production's host or secrets.
namespace AppIdentity {

// Decided once, before Qt's application object exists.
void setRehearsal(bool rehearsal);
bool isRehearsal();
// `--rehearsal` among the options (before a lone "--", which ends them), or `rehearsal` as the command.
bool rehearsalRequested(int argc, char **argv);

QString applicationName(); // "stratum-deploy" or "stratum-deploy-rehearsal"
QString keychainSuffix();  // appended to the keychain service: "" or " (rehearsal)"

} // namespace AppIdentity

} // namespace Stratum
