#include "CommandTable.h"

#include "cli/Cli.h"

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

OptionSpec number(const QString &name, const QString &valueName)
{
    return {name, ValueKind::Number, valueName, {}};
}

OptionSpec shaOption(const QString &name, bool full = false)
{
    return {name, full ? ValueKind::FullSha : ValueKind::Sha, QStringLiteral("SHA"), {}};
}

OptionSpec choice(const QString &name, const QStringList &choices)
{
    return {name, ValueKind::Choice, choices.join(QLatin1Char('|')), choices};
}

OptionSpec required(OptionSpec option)
{
    option.required = true;
    return option;
}

ArgumentSpec argument(const QString &name, ValueKind kind = ValueKind::Text)
{
    return {name, kind, false, false};
}

ArgumentSpec rest(const QString &name)
{
    return {name, ValueKind::Text, true, true};
}

const OptionSpec host = text(QStringLiteral("host"), QStringLiteral("NAME"));
const OptionSpec yes = flag(QStringLiteral("yes"));
const OptionSpec reason = text(QStringLiteral("reason"), QStringLiteral("TEXT"));
const OptionSpec overrideGates = flag(QStringLiteral("override-gates"));
const OptionSpec allowDirtyClone = flag(QStringLiteral("allow-dirty-clone"));
const OptionSpec watch = flag(QStringLiteral("watch"));
const OptionSpec note = text(QStringLiteral("note"), QStringLiteral("TEXT"));

constexpr Needs keychain = Need::Profile | Need::Keychain;
constexpr Needs droplet = Need::Profile | Need::Keychain | Need::Droplet;
constexpr Needs github = Need::Profile | Need::Keychain | Need::GitHub;

QList<CommandSpec> buildTable()
{
    using L = QList<OptionSpec>;
    using A = QList<ArgumentSpec>;
    return {
        {QStringLiteral("profile show"), {}, {}, {}, QT_TRANSLATE_NOOP("Stratum::Cli", "the active profile as JSON"),
         Need::Profile, &Cli::profileShow},
        {QStringLiteral("profile export"), A{argument(QStringLiteral("FILE"))}, {}, QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "write the active profile to a file"), Need::Profile, &Cli::profileExport},
        {QStringLiteral("profile import"), A{argument(QStringLiteral("FILE"))}, {}, QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "check a profile and make it the active one"), Need::Profile, &Cli::profileImport},

        {QStringLiteral("host add"), A{argument(QStringLiteral("NAME"))},
         L{required(text(QStringLiteral("address"), QStringLiteral("ADDR"))), number(QStringLiteral("port"), QStringLiteral("N")),
           text(QStringLiteral("user"), QStringLiteral("USER")), text(QStringLiteral("key"), QStringLiteral("PATH")),
           flag(QStringLiteral("agent"))},
         QStringLiteral("NAME --address ADDR [--port N] [--user USER] [--key PATH | --agent]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "add a droplet (kept in the keychain)"), keychain, &Cli::hostAdd},
        {QStringLiteral("host list"), {}, {}, {}, QT_TRANSLATE_NOOP("Stratum::Cli", "the droplets that are set up"), keychain,
         &Cli::hostList},
        {QStringLiteral("host remove"), A{argument(QStringLiteral("NAME"))}, {}, QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "remove a droplet and its key passphrase"), keychain, &Cli::hostRemove},
        {QStringLiteral("host trust"), A{argument(QStringLiteral("NAME"))},
         L{required(text(QStringLiteral("fingerprint"), QStringLiteral("SHA256:…")))}, QStringLiteral("NAME --fingerprint SHA256:…"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "trust the droplet's host key, after comparing it with the droplet's console"),
         droplet, &Cli::hostTrust},
        {QStringLiteral("host set-key"), A{argument(QStringLiteral("NAME"))},
         L{text(QStringLiteral("key"), QStringLiteral("PATH")), flag(QStringLiteral("agent"))}, QStringLiteral("NAME --key PATH | --agent"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "the deploy key was replaced (rotated): log in with this one and record the date"),
         keychain, &Cli::hostSetKey},

        {QStringLiteral("secrets set"), A{argument(QStringLiteral("NAME")), rest(QStringLiteral("VALUE"))}, {},
         QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "store a secret: the value is read from standard input, never from the command line"),
         keychain, &Cli::secretsSet},
        {QStringLiteral("secrets status"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "which secrets are set (never their values)"), keychain, &Cli::secretsStatus},

        {QStringLiteral("releases list"), {}, L{flag(QStringLiteral("known-good"))}, QStringLiteral("[--known-good]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "the release log, newest first"), keychain, &Cli::releasesList},
        {QStringLiteral("releases forget"), A{argument(QStringLiteral("SHA"), ValueKind::FullSha)}, {}, QStringLiteral("SHA"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "remove a release from the log"), keychain, &Cli::releasesForget},
        {QStringLiteral("releases mark-good"), A{argument(QStringLiteral("SHA"), ValueKind::FullSha)},
         L{note, flag(QStringLiteral("without-smoke")), reason},
         QStringLiteral("SHA [--note TEXT] [--without-smoke --reason TEXT]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "mark a release known-good (needs a passed smoke)"), keychain, &Cli::releasesMarkGood},
        {QStringLiteral("releases export"), A{argument(QStringLiteral("FILE"))}, {}, QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "write the release log to a file (notes redacted)"), keychain, &Cli::releasesExport},
        {QStringLiteral("releases import"), A{argument(QStringLiteral("FILE"))}, L{flag(QStringLiteral("force"))},
         QStringLiteral("FILE [--force]"), QT_TRANSLATE_NOOP("Stratum::Cli", "add the entries of an exported release log"),
         keychain, &Cli::releasesImport},
        {QStringLiteral("releases import-runs"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "successful deploy runs as candidates for known-good"), github,
         &Cli::releasesImportRuns},

        {QStringLiteral("exec"), A{rest(QStringLiteral("COMMAND…"))}, L{host}, QStringLiteral("[--host NAME] -- COMMAND…"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "run a [Droplet] command; its exit status is the remote one (255 on errors, as ssh); "
                                           "one that changes the droplet runs under the deploy lock and is audited"),
         droplet, &Cli::execCommand},
        {QStringLiteral("deploy"), {},
         L{required(choice(QStringLiteral("via"), {QStringLiteral("ssh"), QStringLiteral("workflow")})), shaOption(QStringLiteral("sha")),
           yes, reason, host, overrideGates, allowDirtyClone, watch},
         QStringLiteral("--via ssh --sha SHA [--yes] [--reason TEXT] [--host NAME] [--override-gates --reason TEXT]\n"
                        "                 [--allow-dirty-clone --reason TEXT] [--watch]\n"
                        "--via workflow [--sha SHA] [--yes] [--allow-dirty-clone --reason TEXT]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "deploy a commit over SSH (emergency), or dispatch the deploy workflow and follow it"),
         droplet | Need::GitHub, &Cli::deploy},
        {QStringLiteral("rollback"), {},
         L{shaOption(QStringLiteral("to")), flag(QStringLiteral("last-good")), flag(QStringLiteral("accept-migrations")), yes, reason,
           host, overrideGates, allowDirtyClone, watch},
         QStringLiteral("--to SHA | --last-good [--accept-migrations] [--yes] [--reason TEXT] [--host NAME]\n"
                        "                 [--allow-dirty-clone --reason TEXT] [--watch]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "roll back to a known-good release (never waits for GitHub); --last-good: the newest "
                                           "one other than what runs; --watch: then the health watch window"),
         droplet, &Cli::rollback},
        {QStringLiteral("status"), {}, L{host}, QStringLiteral("[--host NAME] [--json]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "what runs now (images, digests, known-good), its health, the lock and the pin: "
                                           "exit 0 healthy, 1 not, 3 locked or pinned"),
         droplet, &Cli::status},
        {QStringLiteral("pin set"), {}, L{required(reason), host}, QStringLiteral("--reason TEXT [--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "hold production at what runs now: forward deploys are refused until the pin is released"),
         droplet, &Cli::pinSet},
        {QStringLiteral("pin release"), {}, L{required(reason), host}, QStringLiteral("--reason TEXT [--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "release the pin: forward deploys may go again"), droplet, &Cli::pinRelease},
        {QStringLiteral("pin status"), {}, L{host}, QStringLiteral("[--host NAME] [--json]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "whether production is pinned, to what, by whom and why"), droplet, &Cli::pinStatus},
        {QStringLiteral("restart env"), {}, L{yes, reason, host}, QStringLiteral("[--yes] [--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "recreate the services with the running image tags and the current env file (runbook §9)"),
         droplet, &Cli::restartEnv},
        {QStringLiteral("restart frontend"), {}, L{yes, reason, host}, QStringLiteral("[--yes] [--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "recreate the frontend with the running image tags"), droplet, &Cli::restartFrontend},
        {QStringLiteral("lock status"), {}, L{host}, QStringLiteral("[--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "who holds the droplet's deploy lock"), droplet, &Cli::lockStatus},
        {QStringLiteral("lock release"), {}, L{flag(QStringLiteral("force")), reason, yes, host},
         QStringLiteral("[--force --reason TEXT [--yes]] [--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "break the deploy lock of a change that is gone (never while a step of it runs; audited)"), droplet,
         &Cli::lockRelease},
        {QStringLiteral("diag ps"), {}, L{host}, QStringLiteral("[--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "the droplet's containers (compose ps)"), droplet, &Cli::diagPs},
        {QStringLiteral("diag logs"), A{argument(QStringLiteral("SERVICE"))}, L{number(QStringLiteral("tail"), QStringLiteral("N")), host},
         QStringLiteral("SERVICE [--tail N]"), QT_TRANSLATE_NOOP("Stratum::Cli", "the last lines of a service's log, redacted"),
         droplet, &Cli::diagLogs},

        {QStringLiteral("gates"), {}, L{shaOption(QStringLiteral("sha"))}, QStringLiteral("[--sha SHA]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "required checklists + CI for a SHA (exit 0 passed, 3 not)"), github, &Cli::gates},
        {QStringLiteral("check list"), {}, L{shaOption(QStringLiteral("sha"))}, QStringLiteral("[--sha SHA]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "the checklists and what was recorded for a SHA"), keychain, &Cli::checkList},
        {QStringLiteral("check confirm"), A{argument(QStringLiteral("CHECKLIST/ITEM"))}, L{required(shaOption(QStringLiteral("sha"), true)), note},
         QStringLiteral("CHECKLIST/ITEM --sha SHA [--note TEXT]"), QT_TRANSLATE_NOOP("Stratum::Cli", "tick a manual item"),
         keychain, &Cli::checkConfirm},
        {QStringLiteral("check run"), A{argument(QStringLiteral("CHECKLIST"))}, L{required(shaOption(QStringLiteral("sha"), true)), host},
         QStringLiteral("CHECKLIST --sha SHA"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "run the automatic items: the Stripe lane's local probes; for one-time-setup the Actions "
                                           "secrets, branch protection and the droplet's env (names only)"),
         keychain, &Cli::checkRun},
        {QStringLiteral("check reset"), A{argument(QStringLiteral("CHECKLIST"))}, L{required(shaOption(QStringLiteral("sha"), true))},
         QStringLiteral("CHECKLIST --sha SHA"), QT_TRANSLATE_NOOP("Stratum::Cli", "start a checklist over for a SHA"), keychain,
         &Cli::checkReset},
        {QStringLiteral("smoke"), {}, L{host, shaOption(QStringLiteral("sha"))}, QStringLiteral("[--host NAME] [--sha SHA]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "post-deploy smoke: exit 0 only if every automatic check passes"), droplet, &Cli::smoke},
        {QStringLiteral("health"), {}, L{watch, number(QStringLiteral("for"), QStringLiteral("SECONDS")), host},
         QStringLiteral("[--watch] [--for SECONDS]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "live health of the droplet: exit 0 only when everything is healthy"), droplet,
         &Cli::health},
        {QStringLiteral("audit"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "the local audit log: overrides, refusals, confirmations"), Need::Profile, &Cli::audit},

        {QStringLiteral("ci-status"), A{argument(QStringLiteral("SHA"), ValueKind::Sha)}, {}, QStringLiteral("SHA"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "CI of a commit: exit 0 only when it is green and on the deploy branch"), github,
         &Cli::ciStatus},
        {QStringLiteral("protection"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "branch protection of the deploy branch, from the rules and rulesets (runbook 1.3)"),
         github, &Cli::protection},
        {QStringLiteral("actions-secrets"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "the Actions secrets the deploy workflow needs, by name"), github,
         &Cli::actionsSecrets},
        {QStringLiteral("run watch"), A{argument(QStringLiteral("RUN_ID"), ValueKind::Number)}, {}, QStringLiteral("RUN_ID"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "follow a workflow run until it ends"), github, &Cli::runWatch},
        {QStringLiteral("env-create"), {}, L{host}, QStringLiteral("[--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "create the droplet's env file from its example, under the deploy lock (never over a file "
                                           "that is there)"), droplet, &Cli::envCreate},
        {QStringLiteral("env-lint"), {},
         L{flag(QStringLiteral("local")), text(QStringLiteral("file"), QStringLiteral("PATH")), flag(QStringLiteral("production")), host},
         QStringLiteral("--local [--file PATH] | --production [--host NAME]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "runbook 1.4/2: key names and verdicts, never values; --local also scans the "
                                           "checkout's tracked files for live keys (runbook 8.4)"), keychain, &Cli::envLint},
        {QStringLiteral("doctor"), {}, L{host}, QStringLiteral("[--host NAME] [--json]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "check the connection and the credentials: host key, droplet, the GitHub token's "
                                           "permissions, the GHCR login and its scopes, rotation due (exit 0 all good)"),
         keychain, &Cli::doctor},
        {QStringLiteral("incident"), {}, L{host, text(QStringLiteral("out"), QStringLiteral("FILE"))},
         QStringLiteral("[--host NAME] [--out FILE]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "save the evidence in one .tar.gz: compose ps, logs, health, digests, disk and memory, "
                                           "env verdicts, releases, audit tail and a summary.md, all redacted"),
         droplet, &Cli::incident},

        {QStringLiteral("rehearsal start"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "start the rehearsal: a droplet, a registry and a GitHub on this machine, with one "
                                           "known-good release deployed (then use any command with --rehearsal)"),
         keychain, &Cli::rehearsalStart},
        {QStringLiteral("rehearsal stop"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "stop the rehearsal; nothing is left running (its history is kept)"), keychain,
         &Cli::rehearsalStop},
        {QStringLiteral("rehearsal status"), {}, {}, QStringLiteral("[--json]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "whether the rehearsal runs, its ports and parts, its releases and the last recovery"),
         keychain, &Cli::rehearsalStatus},
        {QStringLiteral("rehearsal reset"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "stop the rehearsal, forget its history and release log, and start it afresh"), keychain,
         &Cli::rehearsalReset},
        {QStringLiteral("rehearsal scenario"), A{argument(QStringLiteral("NAME"))}, {},
         QStringLiteral("never-ready|crashing-worker|github-down|registry-down|dropped-connection|migration|none"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "stage one of the runbook's bad nights on the rehearsal; the recovery is timed"), keychain,
         &Cli::rehearsalScenario},
        {QStringLiteral("rehearsal serve"), {}, {}, {},
         QT_TRANSLATE_NOOP("Stratum::Cli", "run the rehearsal's peers in the foreground until SIGTERM (what start runs in the "
                                           "background)"),
         keychain, &Cli::rehearsalServe},

        {QStringLiteral("help"), A{rest(QStringLiteral("COMMAND"))}, {}, QStringLiteral("[COMMAND]"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "this list, or how to use one command"), {}, &Cli::help},
        {QStringLiteral("completion"), A{argument(QStringLiteral("SHELL"))}, {}, QStringLiteral("bash|zsh"),
         QT_TRANSLATE_NOOP("Stratum::Cli", "the shell completion script for bash or zsh"), {}, &Cli::completion},
    };
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

QString quoted(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
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
                                           flag(QStringLiteral("rehearsal")), flag(QStringLiteral("help")),
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
    if (invocation.command->path == QLatin1String("help"))
        invocation.helpTopic = quoted(invocation.arguments);
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

} // namespace

QString bashCompletion()
{
    return QStringLiteral("# bash completion for stratumctl (made from its command table: stratumctl completion bash)\n"
                          "_stratumctl() {\n"
                          "  local cur=${COMP_WORDS[COMP_CWORD]} cmdpath=\"\" word skip=0 i candidates\n")
           + completionBody(QStringLiteral("  for ((i = 1; i < COMP_CWORD; i++)); do\n    word=${COMP_WORDS[i]}\n"),
                            QStringLiteral("{ COMPREPLY=(); return; }"), QStringLiteral("candidates=\"%1\""))
           + QStringLiteral("  COMPREPLY=($(compgen -W \"$candidates\" -- \"$cur\"))\n"
                            "}\n"
                            "complete -F _stratumctl stratumctl\n");
}

QString zshCompletion()
{
    return QStringLiteral("#compdef stratumctl\n"
                          "# zsh completion for stratumctl (made from its command table: stratumctl completion zsh)\n"
                          "_stratumctl() {\n"
                          "  local cmdpath=\"\" word skip=0 i\n"
                          "  local -a candidates\n")
           + completionBody(QStringLiteral("  for ((i = 2; i < CURRENT; i++)); do\n    word=${words[i]}\n"),
                            QStringLiteral("return 1"), QStringLiteral("candidates=(%1)"))
           + QStringLiteral("  compadd -- $candidates\n"
                            "}\n"
                            "_stratumctl \"$@\"\n");
}

} // namespace Stratum
