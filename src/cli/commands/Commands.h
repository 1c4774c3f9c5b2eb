#pragma once

#include "cli/CommandTable.h"

namespace Stratum {

// stratumctl's commands, one family per file in this folder; CommandTable.cpp
// lists them in the order help shows them. A new family adds its function here
// and its line there.
QList<CommandSpec> profileCommands();
QList<CommandSpec> hostCommands();
QList<CommandSpec> releaseCommands();
QList<CommandSpec> changeCommands();
QList<CommandSpec> dropletCommands();
QList<CommandSpec> gateCommands();
QList<CommandSpec> githubCommands();
QList<CommandSpec> doctorCommand();
QList<CommandSpec> incidentCommand();
QList<CommandSpec> rehearsalCommands();
QList<CommandSpec> keepCommand();
QList<CommandSpec> notifyCommands();
QList<CommandSpec> environmentCommands();
QList<CommandSpec> helpCommands();

} // namespace Stratum
