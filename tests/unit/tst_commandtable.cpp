// stratumctl's command table (cli/CommandTable): the command line is matched
// against it, and --help, `help COMMAND` and the bash/zsh completions are made
// from it. Every command the README documents must be in all of them.
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
