// stratumctl doctor
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/app/CoreContext.h"
#include "core/connection/Doctor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Stratum {

namespace {

QJsonObject stepJson(const CheckStep &step)
{
    return {{QStringLiteral("id"), step.id},
            {QStringLiteral("title"), step.title},
            {QStringLiteral("state"), stateId(step.state)},
            {QStringLiteral("passed"), step.passed()},
            {QStringLiteral("found"), QJsonArray::fromStringList(step.found)},
            {QStringLiteral("fixes"), QJsonArray::fromStringList(step.fixes)}};
}

struct DoctorOptions {
    QString host;
};

class DoctorCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void doctor(const DoctorOptions &o);
};

} // namespace

QList<CommandSpec> doctorCommand()
{
    return {Command<DoctorCommand, DoctorOptions>(
                QStringLiteral("doctor"),
                QT_TRANSLATE_NOOP("Stratum::Cli", "check the connection and the credentials: host key, droplet, the GitHub token's "
                                                  "permissions, the GHCR login and its scopes, rotation due (exit 0 all good)"),
                keychainNeeds)
                .host(&DoctorOptions::host)
                .synopsis(QStringLiteral("[--host NAME] [--json]"))
                .runs(&DoctorCommand::doctor)};
}

void DoctorCommand::doctor(const DoctorOptions &o)
{
    core().refreshRedactor(context(), [this, &o](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        auto *doctor = new Doctor(core().profile(), core().vault(), context());
        QObject::connect(doctor, &Doctor::stepChecked, context(), [this](const CheckStep &step) {
            if (json())
                return;
            print(QStringLiteral("%1  %2").arg(stateWord(step.state).leftJustified(8), step.title));
            for (const QString &found : step.found)
                print(QStringLiteral("          ") + found);
            for (const QString &fix : step.fixes)
                print(QStringLiteral("          ") + tr("fix: %1").arg(fix));
        });
        QObject::connect(doctor, &Doctor::finished, context(), [this, doctor]() {
            if (json()) {
                QJsonArray steps;
                for (const CheckStep &step : doctor->steps())
                    steps.append(stepJson(step));
                printJson(QJsonObject{{QStringLiteral("allGood"), doctor->allPassed()}, {QStringLiteral("checks"), steps}});
            } else {
                print(doctor->allPassed() ? tr("all good") : tr("not all good: see the fixes above"));
            }
            finish(doctor->keychainFailed() ? ExitCode::Credentials : doctor->allPassed() ? ExitCode::Success : ExitCode::Failed);
        });
        doctor->run(o.host);
    });
}

} // namespace Stratum
