// stratumctl's command table (cli/CommandTable): the command line is matched
// against it, and --help, `help COMMAND` and the bash/zsh completions are made
// from it. Every command the README documents must be in all of them.
#include "cli/CliCommand.h"
#include "cli/CommandTable.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratum;

namespace {

// The commands of the README's stratumctl block, e.g. "profile show | export FILE" gives
// "profile show" and "profile export"; "restart env|frontend" gives both restarts.
QStringList documentedCommands()
{
    QFile readme(QStringLiteral(STRATUM_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype start = text.indexOf(QLatin1String("```\nstratumctl [--profile FILE]"));
    const qsizetype end = text.indexOf(QLatin1String("```"), start + 3);
    if (start < 0 || end < 0)
        return {};
    QStringList commands;
    const QStringList lines = text.mid(start, end - start).split(QLatin1Char('\n')).mid(2);
    for (const QString &raw : lines) {
        const QString line = raw.section(QLatin1Char('#'), 0, 0);
        if (!line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("   ")))
            continue;
        QString group;
        for (const QString &alternative : line.split(QStringLiteral(" | "))) {
            QStringList path;
            for (const QString &word : alternative.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('[')) || word.at(0).isUpper())
                    break;
                path << word;
            }
            if (path.isEmpty()) { // "--production [--host NAME]": the same command, other options
                continue;
            }
            if (group.isEmpty())
                group = path.first();
            else if (!findCommand(path.first()) && !findCommand(path.join(QLatin1Char(' '))))
                path.prepend(group);
            const QString last = path.takeLast();
            for (const QString &choice : last.split(QLatin1Char('|')))
                commands << (path + QStringList{choice}).join(QLatin1Char(' '));
        }
    }
    commands.removeDuplicates();
    return commands;
}

QString completeInBash(const QStringList &typed)
{
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("stratumctl.bash")));
    if (!script.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write");
    script.write(bashCompletion().toUtf8());
    script.close();
    QStringList quoted;
    for (const QString &word : typed)
        quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
    const QString program = QStringLiteral("source '%1'; COMP_WORDS=(stratumctl %2); COMP_CWORD=%3; _stratumctl; "
                                           "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                .arg(script.fileName(), quoted.join(QLatin1Char(' ')))
                                .arg(typed.size());
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), program});
    bash.waitForFinished(10000);
    return QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
}

using OptionValues = QHash<QString, QString>;

// A command family that keeps what its run function was given.
struct ProbeOptions {
    Sha sha;
    QString note = QStringLiteral("default note");
    bool yes = false;
    int tail = 200;
    std::optional<Sha> to;
    QStringList words;
};

class ProbeCommand : public CliCommand
{
public:
    using CliCommand::CliCommand;
    void run(const ProbeOptions &options) { received = options; }
    static inline std::optional<ProbeOptions> received;
};

CommandSpec probeSpec()
{
    return Command<ProbeCommand, ProbeOptions>(QStringLiteral("probe"), "a command that keeps its options", {})
        .argument(QStringLiteral("SHA"), &ProbeOptions::sha, ValueKind::FullSha)
        .text(QStringLiteral("note"), QStringLiteral("TEXT"), &ProbeOptions::note)
        .flag(QStringLiteral("yes"), &ProbeOptions::yes)
        .number(QStringLiteral("tail"), QStringLiteral("N"), &ProbeOptions::tail)
        .sha(QStringLiteral("to"), &ProbeOptions::to)
        .rest(QStringLiteral("WORDS"), &ProbeOptions::words)
        .runs(&ProbeCommand::run);
}

// zsh's completion system is stood in for by a compadd that prints what it is given.
QStringList completeInZsh(const QStringList &typed)
{
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("_stratumctl")));
    if (!script.open(QIODevice::WriteOnly))
        return {QStringLiteral("cannot write")};
    script.write(zshCompletion().toUtf8());
    script.close();
    QStringList quoted;
    for (const QString &word : typed)
        quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
    const QString program = QStringLiteral("compadd() { shift; print -l -- \"$@\" }; source '%1' >/dev/null; "
                                           "words=(stratumctl %2); CURRENT=%3; _stratumctl")
                                .arg(script.fileName(), quoted.join(QLatin1Char(' ')))
                                .arg(typed.size() + 1);
    QProcess zsh;
    zsh.start(QStringLiteral("zsh"), {QStringLiteral("-f"), QStringLiteral("-c"), program});
    zsh.waitForFinished(10000);
    return QString::fromUtf8(zsh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCommandTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command"); // the matched path, empty: none
        QTest::addColumn<QString>("error");   // part of the one sentence, empty: no error
        QTest::addRow("nothing") << QStringList() << "" << "";
        QTest::addRow("global only") << QStringList{QStringLiteral("--version")} << "" << "";
        QTest::addRow("two words") << QStringList{QStringLiteral("host"), QStringLiteral("list")} << "host list" << "";
        QTest::addRow("options anywhere") << QStringList{QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list"),
                                                         QStringLiteral("--known-good")} << "releases list" << "";
        QTest::addRow("value with =") << QStringList{QStringLiteral("deploy"), QStringLiteral("--via=ssh"), QStringLiteral("--sha=abcdef0")}
                                      << "deploy" << "";
        QTest::addRow("short sha") << QStringList{QStringLiteral("gates"), QStringLiteral("--sha"), QStringLiteral("ABCDEF0")} << "gates" << "";
        QTest::addRow("shell in a sha option") << QStringList{QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"),
                                                              QStringLiteral("--sha"), QStringLiteral("abc;reboot")}
                                               << "deploy" << "--sha: \"abc;reboot\" is not a commit SHA";
        QTest::addRow("prefix where a full sha is needed") << QStringList{QStringLiteral("releases"), QStringLiteral("forget"),
                                                                          QStringLiteral("abc1234")}
                                                           << "releases forget" << "not a full 40-character";
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "" << "unknown command \"frobnicate\"";
        QTest::addRow("unknown subcommand") << QStringList{QStringLiteral("lock"), QStringLiteral("steal")} << ""
                                            << "usage: stratumctl lock status|release";
        QTest::addRow("unknown option") << QStringList{QStringLiteral("audit"), QStringLiteral("--force")} << "audit"
                                        << "has no option --force";
        QTest::addRow("option needs a value") << QStringList{QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("p"),
                                                             QStringLiteral("--address")} << "" << "needs a value";
        QTest::addRow("missing argument") << QStringList{QStringLiteral("profile"), QStringLiteral("export")} << "profile export"
                                          << "usage: stratumctl profile export FILE";
        QTest::addRow("extra argument") << QStringList{QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("x")} << "host list"
                                        << "usage: stratumctl host list";
        QTest::addRow("required option missing") << QStringList{QStringLiteral("pin"), QStringLiteral("set")} << "pin set"
                                                 << "stratumctl pin set needs --reason TEXT";
        QTest::addRow("help needs no required option") << QStringList{QStringLiteral("rollback"), QStringLiteral("--help")}
                                                       << "rollback" << "";
        QTest::addRow("bad choice") << QStringList{QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ftp")} << "deploy"
                                    << "--via must be one of ssh, workflow";
        QTest::addRow("not a number") << QStringList{QStringLiteral("diag"), QStringLiteral("logs"), QStringLiteral("backend"),
                                                     QStringLiteral("--tail"), QStringLiteral("ten")} << "diag logs" << "whole number";
        QTest::addRow("the rest after --") << QStringList{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("echo"),
                                                          QStringLiteral("--sha")} << "exec" << "";
        QTest::addRow("-- where no rest is taken") << QStringList{QStringLiteral("audit"), QStringLiteral("--"), QStringLiteral("x")}
                                                   << "audit" << "usage: stratumctl audit";
    }

    void commandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        QFETCH(QString, error);
        const Invocation invocation = parseCommandLine(arguments);
        QCOMPARE(invocation.command ? invocation.command->path : QString(), command);
        if (error.isEmpty())
            QVERIFY2(invocation.ok(), qPrintable(invocation.error));
        else
            QVERIFY2(invocation.error.contains(error), qPrintable(invocation.error));
    }

    void valuesArriveChecked()
    {
        const Invocation invocation = parseCommandLine({QStringLiteral("exec"), QStringLiteral("--host"), QStringLiteral("prod"),
                                                        QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("--sha")});
        QCOMPARE(invocation.value(QStringLiteral("host")), QStringLiteral("prod"));
        QCOMPARE(invocation.arguments, (QStringList{QStringLiteral("echo"), QStringLiteral("--sha")}));
        const Invocation rollback = parseCommandLine({QStringLiteral("rollback"), QStringLiteral("--to"), QStringLiteral("ABCDEF0123")});
        QVERIFY(rollback.sha(QStringLiteral("to")).has_value());
        QCOMPARE(rollback.sha(QStringLiteral("to"))->text(), QStringLiteral("abcdef0123"));
        QVERIFY(!rollback.sha(QStringLiteral("sha")).has_value());
    }

    // A command's run function gets its options in typed fields; what was not given keeps the field's default.
    void optionsArriveInTheirFields_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<OptionValues>("values");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("yes");
        QTest::addColumn<int>("tail");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("words");
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QTest::newRow("only the argument") << QStringList{sha} << OptionValues{} << QStringList{}
                                           << QStringLiteral("default note") << false << 200 << QString() << QStringList{};
        QTest::newRow("everything") << QStringList{sha, QStringLiteral("a"), QStringLiteral("b")}
                                    << OptionValues{{QStringLiteral("note"), QStringLiteral("n")},
                                                               {QStringLiteral("tail"), QStringLiteral("5")},
                                                               {QStringLiteral("to"), QStringLiteral("ABCDEF0")}}
                                    << QStringList{QStringLiteral("yes")} << QStringLiteral("n") << true << 5
                                    << QStringLiteral("abcdef0") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    }

    void optionsArriveInTheirFields()
    {
        QFETCH(QStringList, arguments);
        QFETCH(OptionValues, values);
        QFETCH(QStringList, flags);
        const CommandSpec spec = probeSpec();
        Invocation invocation;
        invocation.command = &spec;
        invocation.arguments = arguments;
        invocation.values = values;
        invocation.flags = flags;
        Cli cli({QStringLiteral("stratumctl")});
        ProbeCommand::received.reset();
        spec.run(cli, invocation);
        QVERIFY(ProbeCommand::received.has_value());
        const ProbeOptions &got = *ProbeCommand::received;
        QCOMPARE(got.sha.text(), arguments.first());
        QTEST(got.note, "note");
        QTEST(got.yes, "yes");
        QTEST(got.tail, "tail");
        QTEST(got.to ? got.to->text() : QString(), "to");
        QTEST(got.words, "words");
    }

    // The row is made from the same declaration: help and completions see what the run function gets.
    void theBuiltRowDescribesItsOptions()
    {
        const CommandSpec spec = probeSpec();
        QCOMPARE(spec.arguments.size(), 2);
        QCOMPARE(spec.arguments.at(0).kind, ValueKind::FullSha);
        QVERIFY(spec.arguments.at(1).rest);
        QStringList names;
        for (const OptionSpec &option : spec.options)
            names << option.name;
        QCOMPARE(names, (QStringList{QStringLiteral("note"), QStringLiteral("yes"), QStringLiteral("tail"), QStringLiteral("to")}));
        QCOMPARE(spec.options.at(2).kind, ValueKind::Number);
        QCOMPARE(spec.options.at(3).kind, ValueKind::Sha);
    }

    void everyRowIsWhole()
    {
        QSet<QString> paths;
        for (const CommandSpec &spec : commandTable()) {
            QVERIFY2(!paths.contains(spec.path), qPrintable(spec.path));
            paths.insert(spec.path);
            QVERIFY2(spec.run, qPrintable(spec.path));
            QVERIFY2(spec.summary && qstrlen(spec.summary) > 10, qPrintable(spec.path));
            QVERIFY2(commandHelp(spec).contains(spec.path), qPrintable(spec.path));
        }
    }

    void everyDocumentedCommandIsInHelpAndCompletion()
    {
        const QStringList documented = documentedCommands();
        QVERIFY2(documented.size() >= 35, qPrintable(documented.join(QLatin1Char(','))));
        const QString usage = usageText();
        const QString bash = bashCompletion();
        const QString zsh = zshCompletion();
        for (const QString &command : documented) {
            QVERIFY2(findCommand(command), qPrintable(QStringLiteral("README documents \"%1\"; the table lacks it").arg(command)));
            QVERIFY2(usage.contains(QStringLiteral("\n  ") + command), qPrintable(command));
            const QString arm = QLatin1Char('"') + command + QStringLiteral("\")");
            QVERIFY2(bash.contains(arm), qPrintable(command));
            QVERIFY2(zsh.contains(arm), qPrintable(command));
        }
        // And the other way round: the table has nothing the README does not document.
        for (const CommandSpec &spec : commandTable())
            QVERIFY2(documented.contains(spec.path), qPrintable(QStringLiteral("\"%1\" is not in the README").arg(spec.path)));
    }

    void bashCompletesAPartialCommand()
    {
        QCOMPARE(completeInBash({QStringLiteral("rol")}), QStringLiteral("rollback"));
        QCOMPARE(completeInBash({QStringLiteral("releases"), QStringLiteral("mark")}), QStringLiteral("mark-good"));
        QCOMPARE(completeInBash({QStringLiteral("--profile"), QStringLiteral("p.json"), QStringLiteral("lock"), QString()}),
                 QStringLiteral("status\nrelease"));
        QCOMPARE(completeInBash({QStringLiteral("rollback"), QStringLiteral("--to"), QStringLiteral("abc"), QStringLiteral("--ye")}),
                 QStringLiteral("--yes"));
        QCOMPARE(completeInBash({QStringLiteral("completion"), QString()}), QStringLiteral("bash\nzsh"));
        QCOMPARE(completeInBash({QStringLiteral("deploy"), QStringLiteral("--sha"), QString()}), QString()); // a value is typed, not completed
    }

    void zshCompletesAPartialCommand()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty())
            QSKIP("zsh is not installed here (packaging/linux/install-deps.sh installs it)");
        QCOMPARE(completeInZsh({QStringLiteral("--profile"), QStringLiteral("p.json"), QStringLiteral("lock"), QString()}),
                 (QStringList{QStringLiteral("status"), QStringLiteral("release")}));
        QVERIFY(completeInZsh({QStringLiteral("releases"), QStringLiteral("ma")}).contains(QStringLiteral("mark-good")));
        QVERIFY(completeInZsh({QStringLiteral("rollback"), QString()}).contains(QStringLiteral("--to")));
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
