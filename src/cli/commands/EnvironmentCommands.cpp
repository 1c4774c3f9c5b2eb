// stratumctl environments: where releases run (profile schema 2), each with its role, engine and hosts.
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/keychain/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Stratum {

namespace {

struct EnvironmentOptions {
};

class EnvironmentCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void list(const EnvironmentOptions &o);

private:
    QJsonObject environmentJson(const Environment &environment, const EnvironmentHosts &found) const;
    QString environmentLine(const Environment &environment, const EnvironmentHosts &found) const;
};

} // namespace

QList<CommandSpec> environmentCommands()
{
    return {Command<EnvironmentCommands, EnvironmentOptions>(
                QStringLiteral("environments"),
                QT_TRANSLATE_NOOP("Stratum::Cli", "the profile's environments (staging, production, …): role, engine, hosts in "
                                                  "rolling order, and whether staging's smoke gates production"),
                keychainNeeds)
                .synopsis(QStringLiteral("[--json]"))
                .runs(&EnvironmentCommands::list)};
}

void EnvironmentCommands::list(const EnvironmentOptions &)
{
    core().vault()->loadHosts(context(), [this](const Vault::Result<QList<HostEntry>> &loaded) {
        if (!loaded.error.ok()) {
            failKeychain(loaded.error);
            return;
        }
        const Profile &profile = core().profile();
        bool complete = true;
        QJsonArray array;
        for (const Environment &environment : profile.environments) {
            const EnvironmentHosts found = hostsOf(environment, loaded.value);
            complete = complete && found.missing.isEmpty() && !found.hosts.isEmpty();
            if (json())
                array.append(environmentJson(environment, found));
            else
                print(environmentLine(environment, found));
        }
        if (json())
            printJson(QJsonObject{{QStringLiteral("environments"), array},
                                  {QStringLiteral("promotionRequiresStaging"), profile.promotionRequiresStaging}});
        else if (profile.promotionRequiresStaging)
            print(tr("promotion: a commit goes to production only after its smoke passed on staging "
                     "(stratumctl promote SHA --from staging --to production)"));
        // Exit 1 when a host the profile names is not set up: the next change there would fail.
        finish(complete ? ExitCode::Success : ExitCode::Failed);
    });
}

QJsonObject EnvironmentCommands::environmentJson(const Environment &environment, const EnvironmentHosts &found) const
{
    QJsonArray hosts;
    for (const HostEntry &host : found.hosts)
        hosts.append(host.name);
    return {{QStringLiteral("name"), environment.name},
            {QStringLiteral("role"), environment.role},
            {QStringLiteral("colour"), environmentColour(environment)},
            {QStringLiteral("engine"), engineId(environment.engine)},
            {QStringLiteral("hosts"), hosts},
            {QStringLiteral("missingHosts"), QJsonArray::fromStringList(found.missing)},
            {QStringLiteral("firstHostSetUp"), environment.hosts.isEmpty()}};
}

QString EnvironmentCommands::environmentLine(const Environment &environment, const EnvironmentHosts &found) const
{
    QStringList hosts;
    for (const HostEntry &host : found.hosts)
        hosts << host.name;
    for (const QString &missing : found.missing)
        hosts << tr("%1 (not set up: stratumctl host add %1 …)").arg(missing);
    if (hosts.isEmpty())
        hosts << tr("no host set up yet");
    else if (environment.hosts.isEmpty())
        hosts.last() += tr(" (the first host set up)");
    return QStringLiteral("%1  %2  %3  %4")
        .arg(environment.name.leftJustified(12), hostRoleLabel(environmentRole(environment)).leftJustified(10),
             engineId(environment.engine).leftJustified(7), hosts.join(QStringLiteral(", ")));
}

} // namespace Stratum
