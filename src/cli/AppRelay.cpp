#include "AppRelay.h"

#include "cli/Cli.h"
#include "core/relay/RelayServer.h"

#include "core/app/CoreContext.h"
#include "core/platform/AppIdentity.h"

#include <QFileInfo>

namespace Stratum {

namespace {

// Whether the command would ask at the terminal stratumctl runs in: a change without --yes.
bool asksAtATerminal(const Invocation &invocation, bool fromTerminal)
{
    for (const OptionSpec &option : invocation.command->options) {
        if (option.name == QLatin1String("yes"))
            return !invocation.flag(option.name) && fromTerminal;
    }
    return false;
}

// --read-only runs in stratumctl's own process: the app's lane is shared with its window.
bool runsHere(const Invocation &invocation, bool fromTerminal)
{
    return invocation.ok() && invocation.command && invocation.command->relayed(invocation) && !invocation.flag(QStringLiteral("no-app"))
           && !invocation.flag(QStringLiteral("help")) && !invocation.flag(QStringLiteral("read-only")) && !asksAtATerminal(invocation, fromTerminal)
           && invocation.flag(QStringLiteral("rehearsal")) == AppIdentity::isRehearsal(); // never the other identity's process
}

} // namespace

void runRelayedCommand(CoreContext &core, AppServices &services, RelayCall *call, RelayedProfile profile)
{
    const Invocation invocation = parseCommandLine(call->arguments());
    if (!runsHere(invocation, call->fromTerminal())) {
        call->decline();
        return;
    }
    const QString named = invocation.value(QStringLiteral("profile"));
    if (profile == RelayedProfile::TheCommandsOwn) {
        if (!core.loadProfile(named)) {
            call->decline(); // stratumctl says what is wrong with it, itself
            return;
        }
    } else if (!named.isEmpty() && (QFileInfo(named).canonicalFilePath().isEmpty()
                                    || QFileInfo(named).canonicalFilePath() != QFileInfo(core.profileSource()).canonicalFilePath())) {
        call->decline();
        return;
    }
    auto *cli = new Cli(QStringList{QStringLiteral("stratumctl")} + call->arguments(), core, services, call);
    QObject::connect(cli, &Cli::finished, call, [call, cli](int exitCode) {
        call->finish(exitCode);
        cli->deleteLater();
    });
    QObject::connect(call, &RelayCall::interrupted, cli, &Cli::interrupt);
    QObject::connect(call, &RelayCall::gone, cli, [cli]() { cli->interrupt(1); }); // a change stops at its next safe point
    cli->start();
}

} // namespace Stratum
