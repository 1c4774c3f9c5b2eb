// stratumctl incident
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/announce/Announcer.h"
#include "core/app/AppServices.h"
#include "core/app/CoreContext.h"
#include "core/deploy/DeployLane.h"
#include "core/incident/IncidentBundle.h"
#include "core/ssh/RemoteHost.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Stratum {

namespace {

struct IncidentOptions {
    QString host;
    QString out; // empty: IncidentBundle::defaultPath
};

class IncidentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void incident(const IncidentOptions &o);
};

} // namespace

QList<CommandSpec> incidentCommand()
{
    return {Command<IncidentCommand, IncidentOptions>(
                QStringLiteral("incident"),
                QT_TRANSLATE_NOOP("Stratum::Cli", "save the evidence in one .tar.gz: compose ps, logs, health, digests, disk and memory, "
                                                  "env verdicts, releases, audit tail and a summary.md, all redacted"),
                dropletNeeds)
                .host(&IncidentOptions::host)
                .text(QStringLiteral("out"), QStringLiteral("FILE"), &IncidentOptions::out)
                .synopsis(QStringLiteral("[--host NAME] [--out FILE]"))
                .runs(&IncidentCommand::incident)};
}

void IncidentCommand::incident(const IncidentOptions &o)
{
    // Before the connection to the droplet starts: a place the bundle cannot go asks nothing of it.
    if (const QString problem = o.out.isEmpty() ? QString() : IncidentBundle::unwritablePlace(o.out); !problem.isEmpty()) {
        fail(ExitCode::Failed, problem);
        return;
    }
    withRemote(o.host, [this, &o](RemoteHost *remote) {
        const QString hostName = remote->target().label;
        const QString out = o.out.isEmpty() ? IncidentBundle::defaultPath(hostName, QDateTime::currentDateTimeUtc()) : o.out;
        auto *bundle = new IncidentBundle(core().profile(), core().vault(), core().redactor(), context());
        QObject::connect(bundle, &IncidentBundle::progress, context(), [this](const QString &what) {
            if (!json())
                err() << what << Qt::endl;
        });
        QObject::connect(bundle, &IncidentBundle::finished, context(), [this, hostName](const IncidentResult &result) {
            if (!result.ok) {
                fail(result.keychainFailed ? ExitCode::Credentials : ExitCode::Failed, result.message);
                return;
            }
            cli().services().announcer()->announce({AnnounceEvent::IncidentSaved, lane()->actor(),
                                                    tr("saved an incident bundle of %1 (%2)").arg(hostName, QFileInfo(result.path).fileName()),
                                                    result.linkedSha, hostName});
            if (json())
                printJson(QJsonObject{{QStringLiteral("path"), result.path}, {QStringLiteral("linkedSha"), result.linkedSha}});
            else
                print(result.message);
            finish(ExitCode::Success);
        });
        bundle->save(remote, hostName, out);
    });
}

} // namespace Stratum
