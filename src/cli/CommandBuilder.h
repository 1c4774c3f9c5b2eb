#pragma once

#include "cli/CommandTable.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace Stratum {

class Cli;

// Keeps a running command's unit and options alive until stratumctl ends (Cli.cpp).
void keepUntilExit(Cli &cli, std::shared_ptr<void> alive);

// How a checked value of the command line lands in a typed options field.
// The parser has checked the value's kind already (CommandTable.cpp).
namespace OptionValue {
inline void assign(QString &field, const QString &value) { field = value; }
inline void assign(int &field, const QString &value) { field = value.toInt(); }
inline void assign(qint64 &field, const QString &value) { field = value.toLongLong(); }
inline void assign(std::optional<int> &field, const QString &value) { field = value.toInt(); }
inline void assign(Sha &field, const QString &value) { field = Sha::parse(value).value_or(Sha()); }
inline void assign(std::optional<Sha> &field, const QString &value) { field = Sha::parse(value); }
} // namespace OptionValue

// One command of stratumctl, declared once: its path, summary, arguments and
// options, each bound to a field of its options struct, and the function that
// runs it. The row it builds drives dispatch, help and completions; the run
// function receives the options filled in, never a string to look up.
//
//   return Command<ReleaseCommands, MarkGoodOptions>(u"releases mark-good"_s, QT_TRANSLATE_NOOP(…), keychain)
//       .argument(u"SHA"_s, &MarkGoodOptions::sha, ValueKind::FullSha)
//       .text(u"note"_s, u"TEXT"_s, &MarkGoodOptions::note)
//       .runs(&ReleaseCommands::markGood);
//
// `Unit` is the command's family (a CliCommand), made when the command runs;
// the unit and its options live until stratumctl ends.
template <typename Unit, typename Options>
class Command
{
public:
    Command(const QString &path, const char *summary, Needs needs)
    {
        m_spec.path = path;
        m_spec.summary = summary;
        m_spec.needs = needs;
    }

    Command &synopsis(const QString &text)
    {
        m_spec.synopsis = text;
        return *this;
    }

    template <typename Field>
    Command &argument(const QString &name, Field Options::*field, ValueKind kind = ValueKind::Text, bool optional = false)
    {
        const qsizetype index = m_spec.arguments.size();
        m_spec.arguments.append({name, kind, optional, false});
        m_fill.append([index, field](Options &options, const Invocation &invocation) {
            if (index < invocation.arguments.size())
                OptionValue::assign(options.*field, invocation.arguments.at(index));
        });
        return *this;
    }

    // Every word that is left (exec -- COMMAND…).
    Command &rest(const QString &name, QStringList Options::*field)
    {
        const qsizetype index = m_spec.arguments.size();
        m_spec.arguments.append({name, ValueKind::Text, true, true});
        m_fill.append([index, field](Options &options, const Invocation &invocation) {
            options.*field = invocation.arguments.mid(index);
        });
        return *this;
    }

    Command &flag(const QString &name, bool Options::*field)
    {
        m_spec.options.append({name, ValueKind::Flag, {}, {}});
        m_fill.append([name, field](Options &options, const Invocation &invocation) { options.*field = invocation.flag(name); });
        return *this;
    }

    Command &text(const QString &name, const QString &valueName, QString Options::*field)
    {
        return bind(OptionSpec{name, ValueKind::Text, valueName, {}}, field);
    }

    template <typename Field>
    Command &number(const QString &name, const QString &valueName, Field Options::*field)
    {
        return bind(OptionSpec{name, ValueKind::Number, valueName, {}}, field);
    }

    template <typename Field>
    Command &sha(const QString &name, Field Options::*field, bool full = false)
    {
        return bind(OptionSpec{name, full ? ValueKind::FullSha : ValueKind::Sha, QStringLiteral("SHA"), {}}, field);
    }

    Command &choice(const QString &name, const QStringList &choices, QString Options::*field)
    {
        return bind(OptionSpec{name, ValueKind::Choice, choices.join(QLatin1Char('|')), choices}, field);
    }

    // The options most commands of the lane share.
    Command &host(QString Options::*field) { return text(QStringLiteral("host"), QStringLiteral("NAME"), field); }
    Command &reason(QString Options::*field) { return text(QStringLiteral("reason"), QStringLiteral("TEXT"), field); }
    Command &yes(bool Options::*field) { return flag(QStringLiteral("yes"), field); }

    // It may run in the app (or `stratumctl keep`) on the session kept there, when `when` says so
    // of the invocation (always, without it); the output and the exit code are the same.
    Command &throughTheApp(std::function<bool(const Invocation &)> when = {})
    {
        m_spec.relayWhen = when ? std::move(when) : [](const Invocation &) { return true; };
        return *this;
    }

    // The option declared last must be given.
    Command &required()
    {
        m_spec.options.last().required = true;
        return *this;
    }

    CommandSpec runs(void (Unit::*handler)(const Options &))
    {
        CommandSpec spec = m_spec;
        spec.run = [fill = m_fill, handler](Cli &cli, const Invocation &invocation) {
            auto options = std::make_shared<Options>();
            for (const auto &step : fill)
                step(*options, invocation);
            auto unit = std::make_shared<Unit>(cli);
            keepUntilExit(cli, options);
            keepUntilExit(cli, unit);
            ((*unit).*handler)(*options);
        };
        return spec;
    }

private:
    template <typename Field>
    Command &bind(const OptionSpec &option, Field Options::*field)
    {
        m_spec.options.append(option);
        m_fill.append([name = option.name, field](Options &options, const Invocation &invocation) {
            if (invocation.values.contains(name))
                OptionValue::assign(options.*field, invocation.values.value(name));
        });
        return *this;
    }

    CommandSpec m_spec;
    QList<std::function<void(Options &, const Invocation &)>> m_fill;
};

// A command without options.
struct NoOptions {
};

} // namespace Stratum
