#include "CommandTable.h"

#include "cli/commands/Commands.h"

#include <QSet>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::Cli)
};

OptionSpec flag(const QString &name)
{
    return {name, ValueKind::Flag, {}, {}};
}

OptionSpec text(const QString &name, const QString &valueName)
{
    return {name, ValueKind::Text, valueName, {}};
}

QList<CommandSpec> buildTable()
{
    QList<CommandSpec> table;
    for (const auto &family : {profileCommands, hostCommands, releaseCommands, dropletCommands, changeCommands, gateCommands,
                               githubCommands, doctorCommand, incidentCommand, notifyCommands, environmentCommands, keepCommand, rehearsalCommands, helpCommands})
        table += family();
    return table;
}

QString summaryOf(const CommandSpec &spec)
{
    return QCoreApplication::translate("Stratum::Cli", spec.summary);
}

QStringList pathWords(const CommandSpec &spec)
{
    return spec.path.split(QLatin1Char(' '));
}

// Every option name of the table with its kind: a name is a flag or takes a value everywhere.
const QHash<QString, ValueKind> &optionKinds()
{
    static const QHash<QString, ValueKind> kinds = [] {
        QHash<QString, ValueKind> all;
        for (const OptionSpec &option : globalOptions())
            all.insert(option.name, option.kind);
        for (const CommandSpec &spec : commandTable()) {
            for (const OptionSpec &option : spec.options)
                all.insert(option.name, option.kind);
        }
        return all;
    }();
    return kinds;
}

// What the operator typed, fit to be quoted in a one-line message: control
// characters (a pasted newline, an escape) become '?', and it is cut short.
QString echoed(const QString &typed)
{
    QString line = typed.left(60);
    for (QChar &c : line) {
        if (!c.isPrint() || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    }
    return typed.size() > 60 ? line + QStringLiteral("…") : line;
}

// One sentence when `value` is not of `kind` (empty when it is).
QString valueProblem(const QString &what, ValueKind kind, const QString &value, const QStringList &choices)
{
    switch (kind) {
    case ValueKind::Flag:
    case ValueKind::Text:
        return {};
    case ValueKind::Number: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        return ok && number >= 0 ? QString() : Text::tr("%1 must be a whole number, not \"%2\"").arg(what, echoed(value));
    }
    case ValueKind::Sha:
    case ValueKind::FullSha: {
        const QString problem = Sha::problem(value, kind == ValueKind::FullSha);
        return problem.isEmpty() || !what.startsWith(QLatin1String("--")) ? problem : what + QStringLiteral(": ") + problem;
    }
    case ValueKind::Choice:
        return choices.contains(value) ? QString()
                                       : Text::tr("%1 must be one of %2, not \"%3\"").arg(what, choices.join(QStringLiteral(", ")),
                                                                                      echoed(value));
    }
    return {};
}

const CommandSpec *longestMatch(const QStringList &words)
{
    const CommandSpec *best = nullptr;
    qsizetype bestLength = 0;
    for (const CommandSpec &spec : commandTable()) {
        const QStringList path = pathWords(spec);
        if (path.size() > bestLength && words.mid(0, path.size()) == path) {
            best = &spec;
            bestLength = path.size();
        }
    }
    return best;
}

QStringList subcommandsOf(const QString &group)
{
    QStringList subcommands;
    for (const CommandSpec &spec : commandTable()) {
        const QStringList path = pathWords(spec);
        if (path.size() > 1 && path.first() == group)
            subcommands << path.at(1);
    }
    return subcommands;
}

QString usageLines(const CommandSpec &spec)
{
    QStringList lines;
    for (const QString &form : spec.synopsis.split(QLatin1Char('\n')))
        lines << (QStringLiteral("stratumctl ") + spec.path + (form.isEmpty() ? QString() : QLatin1Char(' ') + form));
    return lines.join(QStringLiteral("\n       ")); // under the first line, after "usage: "
}

void checkArguments(Invocation &invocation, const QStringList &positional)
{
    const CommandSpec &spec = *invocation.command;
    qsizetype index = 0;
    for (const ArgumentSpec &argument : spec.arguments) {
        if (argument.rest) {
            invocation.arguments << positional.mid(index);
            index = positional.size();
            break;
        }
        if (index >= positional.size()) {
            if (!argument.optional)
                invocation.error = Text::tr("usage: %1").arg(usageLines(spec));
            return;
        }
        const QString problem = valueProblem(argument.name, argument.kind, positional.at(index), {});
        if (!problem.isEmpty()) {
            invocation.error = problem;
            return;
        }
        invocation.arguments << positional.at(index++);
    }
    if (index < positional.size())
        invocation.error = Text::tr("usage: %1").arg(usageLines(spec));
}

void checkOptions(Invocation &invocation, const QStringList &given)
{
    const CommandSpec *spec = invocation.command;
    for (const QString &name : given) {
        const OptionSpec *found = nullptr;
        for (const QList<OptionSpec> *list : {&globalOptions(), spec ? &spec->options : nullptr}) {
            for (qsizetype i = 0; list && !found && i < list->size(); ++i) {
                if (list->at(i).name == name)
                    found = &list->at(i);
            }
        }
        if (!found) {
            invocation.error = spec ? Text::tr("stratumctl %1 has no option --%2; see stratumctl help %1").arg(spec->path, echoed(name))
                                    : Text::tr("unknown option --%1; see stratumctl --help").arg(echoed(name));
            return;
        }
        if (found->kind == ValueKind::Flag)
            continue;
        const QString problem = valueProblem(QStringLiteral("--") + name, found->kind, invocation.values.value(name), found->choices);
        if (!problem.isEmpty()) {
            invocation.error = problem;
            return;
        }
    }
}

} // namespace

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options{text(QStringLiteral("profile"), QStringLiteral("FILE")), flag(QStringLiteral("json")),
                                           flag(QStringLiteral("rehearsal")), flag(QStringLiteral("no-app")),
                                           text(QStringLiteral("env"), QStringLiteral("NAME")),
                                           flag(QStringLiteral("read-only")), flag(QStringLiteral("help")),
                                           flag(QStringLiteral("version")), flag(QStringLiteral("self-test"))};
    return options;
}

const CommandSpec *findCommand(const QString &path)
{
    for (const CommandSpec &spec : commandTable()) {
        if (spec.path == path)
            return &spec;
    }
    return nullptr;
}

bool CommandSpec::relayed(const Invocation &invocation) const
{
    return relayWhen && relayWhen(invocation);
}

std::optional<Sha> Invocation::sha(const QString &name) const
{
    if (!values.contains(name))
        return std::nullopt;
    return Sha::parse(values.value(name));
}

Invocation parseCommandLine(const QStringList &arguments)
{
    Invocation invocation;
    QStringList words;
    QStringList given;
    QStringList afterDashes;
    bool sawDashes = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            afterDashes = arguments.mid(i + 1);
            sawDashes = true;
            break;
        }
        if (!argument.startsWith(QLatin1String("--")) || argument.size() == 2) {
            words << argument;
            continue;
        }
        QString name = argument.mid(2);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals > 0) {
            invocation.values.insert(name.mid(0, equals), name.mid(equals + 1));
            given << name.left(equals);
            continue;
        }
        const ValueKind kind = optionKinds().value(name, ValueKind::Flag);
        given << name;
        if (kind == ValueKind::Flag) {
            invocation.flags << name;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            invocation.error = Text::tr("option --%1 needs a value").arg(echoed(name));
            return invocation;
        }
        invocation.values.insert(name, arguments.at(++i));
    }
    given.removeDuplicates();

    if (!words.isEmpty()) {
        invocation.command = longestMatch(words);
        if (!invocation.command) {
            const QStringList subcommands = subcommandsOf(words.first());
            invocation.error = subcommands.isEmpty()
                ? Text::tr("unknown command \"%1\"; see stratumctl --help").arg(echoed(words.first()))
                : Text::tr("usage: stratumctl %1 %2 …").arg(words.first(), subcommands.join(QLatin1Char('|')));
            return invocation;
        }
    }
    checkOptions(invocation, given);
    if (!invocation.ok() || !invocation.command)
        return invocation;
    const QStringList positional = words.mid(pathWords(*invocation.command).size()) + afterDashes;
    if (sawDashes && !invocation.command->arguments.isEmpty() && !invocation.command->arguments.last().rest) {
        invocation.error = Text::tr("usage: %1").arg(usageLines(*invocation.command));
        return invocation;
    }
    checkArguments(invocation, positional);
    for (const OptionSpec &option : invocation.command->options) {
        if (invocation.ok() && option.required && !invocation.values.contains(option.name) && !invocation.flag(QStringLiteral("help")))
            invocation.error = Text::tr("stratumctl %1 needs --%2 %3").arg(invocation.command->path, option.name, option.valueName);
    }
    return invocation;
}

QString usageText()
{
    QStringList lines{Text::tr("usage: stratumctl [--profile FILE] [--json] COMMAND"), QString()};
    for (const CommandSpec &spec : commandTable()) {
        const QStringList forms = spec.synopsis.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < forms.size(); ++i) {
            const QString usage = QStringLiteral("  ") + spec.path + (forms.at(i).isEmpty() ? QString() : QLatin1Char(' ') + forms.at(i));
            lines << (i + 1 < forms.size() ? usage : usage + QStringLiteral("\n      ") + summaryOf(spec));
        }
    }
    lines << QString()
          << Text::tr("secret names: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST")
          << Text::tr("--read-only: nothing that changes a droplet runs (deploys, rollbacks, pins, changing commands are refused, exit 3)")
          << Text::tr("exit codes: 0 success, 1 failed, 2 bad usage or input, 3 refused by policy, "
                      "4 keychain or credentials unavailable")
          << Text::tr("stratumctl help COMMAND shows one command; stratumctl completion bash|zsh prints the shell completion");
    return lines.join(QLatin1Char('\n'));
}

QString commandHelp(const CommandSpec &spec)
{
    QStringList lines{Text::tr("usage: %1").arg(usageLines(spec)), QString(), summaryOf(spec)};
    QStringList needs;
    if (spec.needs & Need::Keychain)
        needs << Text::tr("the keychain");
    if (spec.needs & Need::Droplet)
        needs << Text::tr("a droplet (stratumctl host add)");
    if (spec.needs & Need::GitHub)
        needs << Text::tr("GitHub (the github-token secret)");
    if (!needs.isEmpty())
        lines << QString() << Text::tr("needs: %1").arg(needs.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

namespace {

// The candidates after each command path, for the completion scripts.
QList<std::pair<QString, QStringList>> completionCases()
{
    QList<std::pair<QString, QStringList>> cases;
    QStringList topLevel;
    for (const CommandSpec &spec : commandTable()) {
        const QStringList path = pathWords(spec);
        if (!topLevel.contains(path.first()))
            topLevel << path.first();
        if (path.size() > 1) {
            const QString group = path.first();
            auto it = std::find_if(cases.begin(), cases.end(), [&group](const auto &c) { return c.first == group; });
            if (it == cases.end())
                cases.append({group, {}});
            it = std::find_if(cases.begin(), cases.end(), [&group](const auto &c) { return c.first == group; });
            it->second << path.at(1);
        }
        QStringList options;
        for (const OptionSpec &option : spec.options)
            options << QStringLiteral("--") + option.name;
        if (spec.path == QLatin1String("completion"))
            options << QStringLiteral("bash") << QStringLiteral("zsh");
        cases.append({spec.path, options});
    }
    for (auto &c : cases) {
        if (c.first == QLatin1String("help"))
            c.second = topLevel; // help COMMAND: every command
    }
    QStringList globals;
    for (const OptionSpec &option : globalOptions())
        globals << QStringLiteral("--") + option.name;
    cases.prepend({QString(), topLevel + globals});
    return cases;
}

QStringList valueOptions()
{
    QStringList names;
    for (auto it = optionKinds().cbegin(); it != optionKinds().cend(); ++it) {
        if (it.value() != ValueKind::Flag)
            names << QStringLiteral("--") + it.key();
    }
    names.sort();
    return names;
}

QString caseArms(const QString &indent, const QString &assign)
{
    QString arms;
    for (const auto &[path, candidates] : completionCases())
        arms += indent + QLatin1Char('"') + path + QStringLiteral("\") ") + assign.arg(candidates.join(QLatin1Char(' '))) + QStringLiteral(" ;;\n");
    return arms;
}

} // namespace

namespace {

// The shells share the walk over the typed words: skip options and the values
// of value options, collect the command path, then fall back to its longest
// prefix the table knows.
QString completionBody(const QString &wordLoop, const QString &stopWhenSkipping, const QString &assign)
{
    return wordLoop
           + QStringLiteral("    if [[ $skip == 1 ]]; then skip=0; continue; fi\n"
                            "    case \" %1 \" in *\" $word \"*) skip=1; continue ;; esac\n"
                            "    case \"$word\" in -*) continue ;; esac\n"
                            "    cmdpath=\"${cmdpath:+$cmdpath }$word\"\n"
                            "  done\n"
                            "  [[ $skip == 1 ]] && %2\n"
                            "  while :; do\n"
                            "    case \"$cmdpath\" in\n"
                            "%3"
                            "      *) if [[ $cmdpath == *\" \"* ]]; then cmdpath=${cmdpath% *}; else cmdpath=\"\"; fi; continue ;;\n"
                            "    esac\n"
                            "    break\n"
                            "  done\n")
                 .arg(valueOptions().join(QLatin1Char(' ')), stopWhenSkipping, caseArms(QStringLiteral("      "), assign));
}

// What differs between the shells; the walk over the words is completionBody.
struct ShellDialect {
    QString opening;
    QString wordLoop;
    QString stopWhenSkipping;
    QString assign;
    QString closing;
};

QString completionScript(const ShellDialect &shell)
{
    return shell.opening + completionBody(shell.wordLoop, shell.stopWhenSkipping, shell.assign) + shell.closing;
}

} // namespace

QString bashCompletion()
{
    return completionScript({QStringLiteral("# bash completion for stratumctl (made from its command table: stratumctl completion bash)\n"
                                            "_stratumctl() {\n"
                                            "  local cur=${COMP_WORDS[COMP_CWORD]} cmdpath=\"\" word skip=0 i candidates\n"),
                             QStringLiteral("  for ((i = 1; i < COMP_CWORD; i++)); do\n    word=${COMP_WORDS[i]}\n"),
                             QStringLiteral("{ COMPREPLY=(); return; }"), QStringLiteral("candidates=\"%1\""),
                             QStringLiteral("  COMPREPLY=($(compgen -W \"$candidates\" -- \"$cur\"))\n}\ncomplete -F _stratumctl stratumctl\n")});
}

QString zshCompletion()
{
    return completionScript({QStringLiteral("#compdef stratumctl\n"
                                            "# zsh completion for stratumctl (made from its command table: stratumctl completion zsh)\n"
                                            "_stratumctl() {\n  local cmdpath=\"\" word skip=0 i\n  local -a candidates\n"),
                             QStringLiteral("  for ((i = 2; i < CURRENT; i++)); do\n    word=${words[i]}\n"), QStringLiteral("return 1"),
                             QStringLiteral("candidates=(%1)"), QStringLiteral("  compadd -- $candidates\n}\n_stratumctl \"$@\"\n")});
}

} // namespace Stratum
