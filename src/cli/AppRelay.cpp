#include "AppRelay.h"

#include "cli/Cli.h"
#include "core/relay/RelayClient.h"
#include "core/relay/RelayServer.h"

#include "core/app/CoreContext.h"

#include <QFileInfo>

#include <unistd.h>

namespace Stratum {

namespace {

bool asksAtATerminal(const Invocation &invocation)
{
    for (const OptionSpec &option : invocation.command->options) {
        if (option.name == QLatin1String("yes"))
            return !invocation.flag(option.name) && isatty(STDIN_FILENO);
    }
    return false;
}

} // namespace

std::optional<int> runThroughTheApp(const QStringList &arguments)
{
    if (qEnvironmentVariableIntValue("STRATUM_NO_APP") == 1)
        return std::nullopt;
    const Invocation invocation = parseCommandLine(arguments);
    if (!invocation.ok() || !invocation.command || !invocation.command->relayed(invocation)
        || invocation.flag(QStringLiteral("no-app")) || invocation.flag(QStringLiteral("help")) || asksAtATerminal(invocation))
        return std::nullopt;
    return relayCommand(RelayServer::socketPath(), arguments);
}

void runRelayedCommand(CoreContext &core, AppServices &services, RelayCall *call, RelayedProfile profile)
{
    const Invocation invocation = parseCommandLine(call->arguments());
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
