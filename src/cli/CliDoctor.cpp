// stratumctl doctor
#include "cli/Cli.h"

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

} // namespace

void Cli::doctor()
{
    core().refreshRedactor(this, [this](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        auto *doctor = new Doctor(core().profile(), core().vault(), this);
        connect(doctor, &Doctor::stepChecked, this, [this](const CheckStep &step) {
            if (json())
                return;
            print(QStringLiteral("%1  %2").arg(stateWord(step.state).leftJustified(8), step.title));
            for (const QString &found : step.found)
                print(QStringLiteral("          ") + found);
            for (const QString &fix : step.fixes)
                print(QStringLiteral("          ") + tr("fix: %1").arg(fix));
        });
        connect(doctor, &Doctor::finished, this, [this, doctor]() {
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
        doctor->run(value(QStringLiteral("host")));
    });
}

} // namespace Stratum
