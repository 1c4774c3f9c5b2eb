#pragma once

#include "core/releases/Sha.h"

#include <QCoreApplication>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Stratum {

class Cli;
struct Invocation;

// What a command needs before it can run; the dispatcher provides the first
// two, help shows all of them. Commands that need none touch none of them.
enum class Need { Profile = 1, Keychain = 2, Droplet = 4, GitHub = 8 };
Q_DECLARE_FLAGS(Needs, Need)
Q_DECLARE_OPERATORS_FOR_FLAGS(Needs)

enum class ValueKind {
    Flag,     // --yes
    Text,     // --reason TEXT
    Number,   // --tail N (a whole number ≥ 0)
    Sha,      // --sha SHA: 7 to 40 hex digits
    FullSha,  // all 40 hex digits
    Choice    // one of `choices`
};

struct OptionSpec {
    QString name; // without the dashes
    ValueKind kind = ValueKind::Flag;
    QString valueName; // shown in help: TEXT, SHA, N …
    QStringList choices;
    bool required = false;
};

struct ArgumentSpec {
    QString name;
    ValueKind kind = ValueKind::Text;
    bool optional = false;
    bool rest = false; // takes every word that is left (exec -- COMMAND…)
};

// One row of stratumctl's command table. Dispatch, `--help`, `help COMMAND`
// and the shell completions are all made from these rows.
struct CommandSpec {
    QString path;     // "releases mark-good"
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;
    QString synopsis; // what follows the path in a usage line
    const char *summary = nullptr; // translated with the context "Stratum::Cli"
    Needs needs;
    std::function<void(Cli &, const Invocation &)> run; // built by Command<…>::runs (CommandBuilder.h)
    // Whether a stratumctl may send this invocation to the app (or `stratumctl keep`)
    // to run on the session it keeps open (core/relay); empty: never.
    std::function<bool(const Invocation &)> relayWhen;
    bool relayed(const Invocation &invocation) const;
};

const QList<CommandSpec> &commandTable();
const QList<OptionSpec> &globalOptions(); // --profile FILE, --json, --help, --version, --self-test

// A command line matched against the table: the command, its positional
// arguments and its options, every value checked for its kind. Pure: it
// reads nothing but the arguments.
struct Invocation {
    const CommandSpec *command = nullptr; // null: no command given (only global options)
    QStringList arguments;                // positional, after the command's path
    QHash<QString, QString> values;       // --name value
    QStringList flags;                    // --name
    QString error;                        // one sentence when the command line is wrong

    bool ok() const { return error.isEmpty(); }
    bool flag(const QString &name) const { return flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return values.value(name, fallback); }
    std::optional<Stratum::Sha> sha(const QString &name) const; // a Sha-kind option, validated already
};

Invocation parseCommandLine(const QStringList &arguments); // without the program name

// Texts made from the table.
QString usageText();                           // stratumctl --help
QString commandHelp(const CommandSpec &spec);  // stratumctl help COMMAND
const CommandSpec *findCommand(const QString &path);
QString bashCompletion();
QString zshCompletion();

} // namespace Stratum
