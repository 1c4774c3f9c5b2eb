#include "DropletFacts.h"

#include "core/droplet/RemoteCommands.h"
#include "core/releases/Sha.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::DropletFacts)
};

// "@name rest" lines open sections; what follows belongs to the section until the next one.
QHash<QString, QStringList> sections(const QString &answer)
{
    QHash<QString, QStringList> found;
    QString current;
    for (const QString &line : answer.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('@'))) {
            current = line.mid(1).section(QLatin1Char(' '), 0, 0);
            found[current].append(line.mid(1).section(QLatin1Char(' '), 1));
            continue;
        }
        if (!current.isEmpty() && !line.isEmpty())
            found[current].append(line);
    }
    return found;
}

// A section "name" holding a command's output, closed by "@status-name N".
std::pair<QString, bool> output(const QHash<QString, QStringList> &found, const QString &name)
{
    QStringList lines = found.value(name);
    if (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    const bool ok = found.value(QStringLiteral("status-") + name).value(0).trimmed() == QLatin1String("0");
    return {lines.join(QLatin1Char('\n')).trimmed(), ok};
}

} // namespace

QString connectionFactsCommand(const Profile &profile, const QStringList &imageRefs, const QString &hostName)
{
    const ProductPlace place = profile.placeOfHost(hostName);
    const QString images = imageRefs.isEmpty() ? QString() : QStringLiteral("; ") + RemoteCommands::localImageDigests(imageRefs);
    const QString app = shellQuote(place.appDir);
    const QString env = shellQuote(profile.droplet.envFile);
    return QStringLiteral("echo @compose; docker compose version 2>&1; echo \"@status-compose $?\"; "
                          "echo @daemon; docker info --format '{{.ServerVersion}}' 2>&1; echo \"@status-daemon $?\"; "
                          "if cd %1 2>/dev/null; then echo '@appdir yes'; "
                          "echo \"@git $(%4 rev-parse --short=12 HEAD 2>/dev/null)\"; "
                          "if [ -f %2 ]; then echo \"@envmode $(stat -c %a %2 2>/dev/null || stat -f %Lp %2)\"; "
                          "else echo '@envmode missing'; fi; "
                          "else echo '@appdir no'; fi; "
                          "L=%3; p=\"$L\"; while [ ! -e \"$p\" ] && [ \"$p\" != / ]; do p=$(dirname \"$p\"); done; "
                          "echo \"@lockdir $([ -e \"$L\" ] && echo present || echo missing) $([ -L \"$L\" ] && echo link || echo dir) "
                          "$(stat -f -c %T \"$p\" 2>/dev/null | tr ' ' _) $(stat -c %a \"$p\" 2>/dev/null) "
                          "$([ \"$(stat -c %u \"$p\" 2>/dev/null)\" = \"$(id -u)\" ] && echo mine || echo foreign)\"")
        .arg(app, env, shellQuote(place.lockDir), RemoteCommands::git())
           + images;
}

ConnectionFacts parseConnectionFacts(const QString &answer)
{
    const QHash<QString, QStringList> found = sections(answer);
    ConnectionFacts facts;
    facts.read = found.contains(QStringLiteral("appdir"));
    const auto [compose, composeOk] = output(found, QStringLiteral("compose"));
    static const QRegularExpression version(QStringLiteral("\\bv?(\\d+\\.\\d+\\.\\d+)"));
    const QRegularExpressionMatch match = version.match(compose);
    if (composeOk && match.hasMatch())
        facts.composeVersion = match.captured(1);
    else
        facts.composeError = compose.isEmpty() ? QStringLiteral("no answer") : compose.section(QLatin1Char('\n'), 0, 0);
    const auto [daemon, daemonOk] = output(found, QStringLiteral("daemon"));
    if (daemonOk && !daemon.isEmpty())
        facts.daemonVersion = daemon.section(QLatin1Char('\n'), 0, 0).trimmed();
    else
        facts.daemonError = daemon.isEmpty() ? QStringLiteral("no answer") : daemon.section(QLatin1Char('\n'), -1).trimmed();
    facts.appDirExists = found.value(QStringLiteral("appdir")).value(0) == QLatin1String("yes");
    facts.gitHead = found.value(QStringLiteral("git")).value(0).trimmed();
    const QString mode = found.value(QStringLiteral("envmode")).value(0).trimmed();
    facts.envFileExists = !mode.isEmpty() && mode != QLatin1String("missing");
    if (facts.envFileExists)
        facts.envFileMode = mode;
    const QStringList lock = found.value(QStringLiteral("lockdir")).value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (lock.size() == 5) {
        facts.lockDirExists = lock.at(0) == QLatin1String("present");
        facts.lockDirIsLink = lock.at(1) == QLatin1String("link");
        facts.lockDirFilesystem = lock.at(2);
        facts.lockDirMode = lock.at(3);
        facts.lockDirOwnedByUser = lock.at(4) == QLatin1String("mine");
    }
    facts.images = RemoteCommands::parseLocalImages(answer);
    return facts;
}

int composeMajorVersion(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

QString systemFactsCommand(const Profile &profile, const QString &hostName)
{
    return QStringLiteral("echo @disk; df -h 2>&1; echo @appdisk; df -Ph %1 2>&1 | tail -n 1; echo @memory; free -m 2>&1")
        .arg(shellQuote(profile.placeOfHost(hostName).appDir));
}

SystemFacts parseSystemFacts(const QString &answer)
{
    const QHash<QString, QStringList> found = sections(answer);
    auto text = [&found](const QString &name) {
        QStringList lines = found.value(name);
        if (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        return lines.join(QLatin1Char('\n'));
    };
    SystemFacts facts;
    facts.diskText = text(QStringLiteral("disk"));
    facts.memoryText = text(QStringLiteral("memory"));
    // Filesystem Size Used Avail Use% Mounted-on
    const QStringList disk = text(QStringLiteral("appdisk")).simplified().split(QLatin1Char(' '));
    if (disk.size() >= 6 && disk.at(4).endsWith(QLatin1Char('%'))) {
        facts.appDiskUse = disk.at(4);
        facts.appDiskFree = disk.at(3);
    }
    // "Mem: total used free shared buff/cache available"
    for (const QString &line : facts.memoryText.split(QLatin1Char('\n'))) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.value(0) != QLatin1String("Mem:") || fields.size() < 4)
            continue;
        facts.memoryTotalMb = fields.at(1).toInt();
        facts.memoryAvailableMb = fields.size() >= 7 ? fields.at(6).toInt() : fields.at(3).toInt();
    }
    return facts;
}

QStringList missingImageRoles(const QHash<QString, LocalImage> &images, const QString &backendRef, const QString &frontendRef)
{
    QStringList missing;
    if (images.contains(backendRef) && !images.value(backendRef).present)
        missing << Text::tr("backend");
    if (images.contains(frontendRef) && !images.value(frontendRef).present)
        missing << Text::tr("frontend");
    return missing;
}

QString imagesGoneSentence(const QStringList &missingRoles, const QString &sha)
{
    if (missingRoles.isEmpty())
        return {};
    if (missingRoles.size() > 1)
        return Text::tr("both images of %1 are gone from the droplet: a rollback to it needs the registry (GHCR) to answer")
            .arg(sha.left(Sha::shortLength));
    return Text::tr("the %1 image of %2 is gone from the droplet: a rollback to it needs the registry (GHCR) to answer")
        .arg(missingRoles.first(), sha.left(Sha::shortLength));
}

} // namespace Stratum
