#include "DropletCommand.h"

#include <QRegularExpression>
#include <QStringList>

namespace Stratum {

namespace {

// The first words of commands that only read. Anything else changes the droplet.
bool readsOnly(const QStringList &words)
{
    static const QStringList readers{
        QStringLiteral("cat"),    QStringLiteral("ls"),       QStringLiteral("df"),     QStringLiteral("du"),
        QStringLiteral("free"),   QStringLiteral("uptime"),   QStringLiteral("whoami"), QStringLiteral("id"),
        QStringLiteral("echo"),   QStringLiteral("printf"),   QStringLiteral("head"),   QStringLiteral("tail"),
        QStringLiteral("grep"),   QStringLiteral("wc"),       QStringLiteral("date"),   QStringLiteral("hostname"),
        QStringLiteral("ps"),     QStringLiteral("top"),      QStringLiteral("pwd"),    QStringLiteral("test"),
        QStringLiteral("true"),   QStringLiteral("stat"),     QStringLiteral("uname"),  QStringLiteral("env"),
        QStringLiteral("curl"),   QStringLiteral("wget"),     QStringLiteral("ss"),     QStringLiteral("netstat"),
        QStringLiteral("journalctl"), QStringLiteral("less"), QStringLiteral("find"),   QStringLiteral("sha256sum"),
        QStringLiteral("cd"),     QStringLiteral("sleep"),    QStringLiteral("which"),  QStringLiteral("type"),
        QStringLiteral("[")};
    if (words.isEmpty())
        return true;
    const QString &first = words.first();
    if (first == QLatin1String("find"))
        return !words.contains(QStringLiteral("-delete")) && !words.contains(QStringLiteral("-exec"));
    if (first == QLatin1String("curl") || first == QLatin1String("wget"))
        return !words.contains(QStringLiteral("-o")) && !words.contains(QStringLiteral("-O")) && !words.contains(QStringLiteral("-X"));
    if (readers.contains(first))
        return true;
    const QString second = words.value(1);
    if (first == QLatin1String("git")) {
        static const QStringList gitReaders{QStringLiteral("log"), QStringLiteral("status"), QStringLiteral("show"),
                                            QStringLiteral("diff"), QStringLiteral("rev-parse"), QStringLiteral("branch"),
                                            QStringLiteral("remote"), QStringLiteral("describe"), QStringLiteral("ls-files")};
        return gitReaders.contains(second) && !(second == QLatin1String("branch") && words.size() > 2);
    }
    if (first == QLatin1String("docker")) {
        static const QStringList dockerReaders{QStringLiteral("ps"), QStringLiteral("logs"), QStringLiteral("inspect"),
                                               QStringLiteral("images"), QStringLiteral("stats"), QStringLiteral("version"),
                                               QStringLiteral("info"), QStringLiteral("top"), QStringLiteral("events"),
                                               QStringLiteral("port"), QStringLiteral("diff"), QStringLiteral("history")};
        if (second == QLatin1String("compose")) {
            static const QStringList composeReaders{QStringLiteral("ps"), QStringLiteral("logs"), QStringLiteral("config"),
                                                    QStringLiteral("images"), QStringLiteral("top"), QStringLiteral("ls"),
                                                    QStringLiteral("version"), QStringLiteral("port"), QStringLiteral("events")};
            // The first word after `compose` and its options (-f FILE, --project-name NAME …).
            for (qsizetype i = 2; i < words.size(); ++i) {
                const QString &word = words.at(i);
                if (word.startsWith(QLatin1Char('-'))) {
                    if (!word.contains(QLatin1Char('=')) && (word == QLatin1String("-f") || word == QLatin1String("-p")
                                                             || word == QLatin1String("--file") || word == QLatin1String("--project-name")
                                                             || word == QLatin1String("--env-file") || word == QLatin1String("--profile")))
                        ++i;
                    continue;
                }
                return composeReaders.contains(word);
            }
            return true;
        }
        if (second == QLatin1String("system") || second == QLatin1String("image") || second == QLatin1String("container")
            || second == QLatin1String("volume") || second == QLatin1String("network"))
            return words.value(2) == QLatin1String("ls") || words.value(2) == QLatin1String("df") || words.value(2) == QLatin1String("inspect");
        return dockerReaders.contains(second);
    }
    if (first == QLatin1String("systemctl"))
        return second == QLatin1String("status") || second == QLatin1String("is-active") || second == QLatin1String("list-units");
    return false;
}

} // namespace

bool changesDroplet(const QString &command)
{
    // Output redirected into a file writes on the droplet, whatever the command.
    static const QRegularExpression writesFile(QStringLiteral(">\\s*[^&\\s/]|>\\s*/(?!dev/null)|>>|\\btee\\b"));
    static const QRegularExpression separators(QStringLiteral("&&|\\|\\||[;|\\n&]"));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    if (writesFile.match(command).hasMatch())
        return true;
    if (command.contains(QLatin1String("$(")) || command.contains(QLatin1Char('`')))
        return true; // what a substitution runs is not known here
    static const QRegularExpression harmlessRedirections(QStringLiteral("\\d*>&\\d+|\\d*>\\s*/dev/null"));
    QString commands = command;
    commands.remove(harmlessRedirections); // 2>&1, 2>/dev/null: not separators, not writes
    for (const QString &part : commands.split(separators, Qt::SkipEmptyParts)) {
        QStringList words = part.trimmed().split(blanks, Qt::SkipEmptyParts);
        static const QStringList wrappers{QStringLiteral("sudo"), QStringLiteral("time"), QStringLiteral("nice"),
                                          QStringLiteral("nohup"), QStringLiteral("env"), QStringLiteral("exec")};
        while (words.size() > 1 && (wrappers.contains(words.first()) || words.first().contains(QLatin1Char('='))))
            words.removeFirst(); // VAR=value, sudo, env …: the command is what follows
        if (!readsOnly(words))
            return true;
    }
    return false;
}

} // namespace Stratum
