// stratumctl notify set | test | status | remove: the team's chat webhook.
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

#include "core/announce/Announcer.h"
#include "core/app/AppServices.h"
#include "core/app/CoreContext.h"
#include "core/deploy/DeployLane.h"
#include "core/keychain/Vault.h"

#include <QFile>
#include <QJsonObject>

namespace Stratum {

namespace {

struct NotifyOptions {
    QString kind;
    QStringList valueOnTheCommandLine;
};

class NotifyCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void set(const NotifyOptions &o);
    void test(const NotifyOptions &o);
    void status(const NotifyOptions &o);
    void remove(const NotifyOptions &o);

private:
    Announcer *announcer() { return cli().services().announcer(); }
};

} // namespace

QList<CommandSpec> notifyCommands()
{
    using C = NotifyCommands;
    using O = NotifyOptions;
    return {
        Command<C, O>(QStringLiteral("notify set"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "tell the team's chat about every change, pin and failed watch: the webhook URL "
                                                        "is read from standard input and kept in the keychain"),
                      keychainNeeds)
            .argument(QStringLiteral("KIND"), &O::kind)
            .rest(QStringLiteral("URL"), &O::valueOnTheCommandLine)
            .synopsis(webhookKindIds().join(QLatin1Char('|')) + QStringLiteral(" < url-file"))
            .runs(&C::set),
        Command<C, O>(QStringLiteral("notify test"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "send a test line to the team's webhook and say how it answered"), keychainNeeds)
            .runs(&C::test),
        Command<C, O>(QStringLiteral("notify status"),
                      QT_TRANSLATE_NOOP("Stratum::Cli", "which webhook is set (its kind and host, never its URL)"), keychainNeeds)
            .synopsis(QStringLiteral("[--json]"))
            .runs(&C::status),
        Command<C, O>(QStringLiteral("notify remove"), QT_TRANSLATE_NOOP("Stratum::Cli", "stop telling the team: forget the webhook"),
                      keychainNeeds)
            .runs(&C::remove),
    };
}

void NotifyCommands::set(const NotifyOptions &o)
{
    if (!o.valueOnTheCommandLine.isEmpty()) {
        fail(ExitCode::Usage, tr("notify set takes the URL from standard input only, never from the command line"));
        return;
    }
    if (!parseWebhookKind(o.kind)) {
        fail(ExitCode::Usage, tr("unknown webhook kind \"%1\"; use one of: %2").arg(o.kind, webhookKindIds().join(QStringLiteral(", "))));
        return;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(ExitCode::Usage, tr("cannot read standard input"));
        return;
    }
    QByteArray url = input.readAll().trimmed();
    const QString problem = validateWebhookUrl(QString::fromUtf8(url));
    if (!problem.isEmpty()) {
        url.fill('\0');
        fail(ExitCode::Usage, problem + tr("; pipe it in, e.g. stratumctl notify set %1 < url-file").arg(o.kind));
        return;
    }
    const QString shown = webhookUrlShown(QString::fromUtf8(url));
    core().vault()->saveWebhook(o.kind, url, context(), [this, kind = o.kind, shown](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        print(tr("the team is told through the %1 webhook at %2 (the URL is in the keychain); try it: stratumctl notify test")
                  .arg(kind, shown));
        finish(ExitCode::Success);
    });
    url.fill('\0');
}

void NotifyCommands::test(const NotifyOptions &)
{
    Announcement test{AnnounceEvent::Test, lane()->actor(),
                      tr("test from Stratum Deploy: announcements for %1 arrive here").arg(core().profile().name), {}, {}};
    announcer()->announce(test, context(), [this](const Delivery &delivery) {
        if (!delivery.configured || (delivery.attempts == 0 && !delivery.ok)) {
            fail(delivery.configured ? ExitCode::Credentials : ExitCode::Usage, delivery.message);
            return;
        }
        if (!delivery.ok) {
            fail(ExitCode::Failed, tr("%1 (%2 attempts)").arg(delivery.message).arg(delivery.attempts));
            return;
        }
        print(tr("%1 after %2 attempt(s)").arg(delivery.message).arg(delivery.attempts));
        finish(ExitCode::Success);
    });
}

void NotifyCommands::status(const NotifyOptions &)
{
    core().vault()->loadWebhook(context(), [this](const Vault::Result<StoredWebhook> &stored) {
        if (!stored.error.ok()) {
            failKeychain(stored.error);
            return;
        }
        const bool set = !stored.value.url.isEmpty();
        const QString shown = set ? webhookUrlShown(stored.value.url) : QString();
        if (json())
            printJson(QJsonObject{{QStringLiteral("set"), set}, {QStringLiteral("kind"), stored.value.kind},
                                  {QStringLiteral("host"), shown}});
        else
            print(set ? tr("%1 webhook at %2 (the URL is in the keychain)").arg(stored.value.kind, shown)
                      : tr("no webhook is set: the team is not told (stratumctl notify set slack|discord|teams|json < url-file)"));
        finish(ExitCode::Success);
    });
}

void NotifyCommands::remove(const NotifyOptions &)
{
    core().vault()->removeWebhook(context(), [this](const KeychainError &error) {
        if (!error.ok()) {
            failKeychain(error);
            return;
        }
        print(tr("the webhook is forgotten: the team is no longer told"));
        finish(ExitCode::Success);
    });
}

} // namespace Stratum
