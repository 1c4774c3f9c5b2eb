// stratumctl help [COMMAND] | completion bash|zsh: texts made from the command table.
#include "cli/CliCommand.h"
#include "cli/commands/Commands.h"

namespace Stratum {

namespace {

struct HelpOptions {
    QStringList topic; // the command's words
};

struct CompletionOptions {
    QString shell;
};

class HelpCommands : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
public:
    using CliCommand::CliCommand;
    void help(const HelpOptions &o);
    void completion(const CompletionOptions &o);
};

} // namespace

QList<CommandSpec> helpCommands()
{
    using C = HelpCommands;
    return {
        Command<C, HelpOptions>(QStringLiteral("help"), QT_TRANSLATE_NOOP("Stratum::Cli", "this list, or how to use one command"), {})
            .rest(QStringLiteral("COMMAND"), &HelpOptions::topic)
            .synopsis(QStringLiteral("[COMMAND]"))
            .runs(&C::help),
        Command<C, CompletionOptions>(QStringLiteral("completion"), QT_TRANSLATE_NOOP("Stratum::Cli", "the shell completion script for bash or zsh"), {})
            .argument(QStringLiteral("SHELL"), &CompletionOptions::shell)
            .synopsis(QStringLiteral("bash|zsh"))
            .runs(&C::completion),
    };
}

void HelpCommands::help(const HelpOptions &o)
{
    const QString topic = o.topic.join(QLatin1Char(' '));
    if (topic.isEmpty()) {
        print(usageText());
        finish(ExitCode::Success);
        return;
    }
    const CommandSpec *spec = findCommand(topic);
    if (!spec) {
        const Invocation nested = parseCommandLine(o.topic);
        spec = nested.command;
    }
    if (!spec) {
        fail(ExitCode::Usage, tr("no command \"%1\"; see stratumctl --help").arg(topic.left(60)));
        return;
    }
    print(commandHelp(*spec));
    finish(ExitCode::Success);
}

void HelpCommands::completion(const CompletionOptions &o)
{
    if (o.shell == QLatin1String("bash"))
        out() << bashCompletion();
    else if (o.shell == QLatin1String("zsh"))
        out() << zshCompletion();
    else {
        fail(ExitCode::Usage, tr("completion for which shell? bash or zsh"));
        return;
    }
    finish(ExitCode::Success);
}

} // namespace Stratum
