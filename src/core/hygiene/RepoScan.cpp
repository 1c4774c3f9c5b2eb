#include "RepoScan.h"

#include "core/platform/LocalTools.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <memory>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::RepoScan)
};

struct SecretShape {
    const char *kind;
    const char *pattern; // POSIX extended: the same text for git grep -E and QRegularExpression
};

// Shapes that are secrets by their prefix alone; a test key (sk_test_) is not a live key.
constexpr SecretShape shapes[] = {
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "Stripe live secret key"), "sk_live_[0-9A-Za-z]{10,}"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "Stripe live restricted key"), "rk_live_[0-9A-Za-z]{10,}"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "Stripe webhook signing secret"), "whsec_[0-9A-Za-z]{20,}"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "GitHub token"), "gh[pousr]_[0-9A-Za-z]{30,}"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "GitHub fine-grained token"), "github_pat_[0-9A-Za-z_]{30,}"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "private key"), "-----BEGIN ([A-Z]+ )?PRIVATE KEY-----"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "AWS access key"), "AKIA[0-9A-Z]{16}"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "DigitalOcean token"), "do[opr]_v1_[0-9a-f]{64}"},
    {QT_TRANSLATE_NOOP("Stratum::RepoScan", "Slack token"), "xox[abprs]-[0-9A-Za-z-]{10,}"},
};

const QList<std::pair<QString, QRegularExpression>> &compiledShapes()
{
    static const QList<std::pair<QString, QRegularExpression>> compiled = [] {
        QList<std::pair<QString, QRegularExpression>> list;
        for (const SecretShape &shape : shapes)
            list.append({QLatin1String(shape.kind), QRegularExpression(QLatin1String(shape.pattern))});
        return list;
    }();
    return compiled;
}

void wipe(QByteArray &bytes)
{
    bytes.detach();
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

QString secretKindIn(const QString &line)
{
    for (const auto &[kind, pattern] : compiledShapes()) {
        if (pattern.match(line).hasMatch())
            return QCoreApplication::translate("Stratum::RepoScan", kind.toUtf8().constData());
    }
    return {};
}

QStringList repoScanArguments()
{
    QStringList arguments{QStringLiteral("grep"), QStringLiteral("-z"), QStringLiteral("-n"), QStringLiteral("-I"),
                          QStringLiteral("--no-color"), QStringLiteral("--full-name"), QStringLiteral("-E")};
    for (const SecretShape &shape : shapes)
        arguments << QStringLiteral("-e") << QLatin1String(shape.pattern);
    // The whole checkout, from whichever of its folders the scan starts in.
    return arguments << QStringLiteral("--") << QStringLiteral(":/");
}

QList<SecretSighting> parseSecretSightings(QByteArray output)
{
    QList<SecretSighting> sightings;
    qsizetype at = 0;
    while (at < output.size()) {
        const qsizetype pathEnd = output.indexOf('\0', at);
        const qsizetype lineEnd = pathEnd < 0 ? -1 : output.indexOf('\0', pathEnd + 1);
        if (lineEnd < 0)
            break;
        qsizetype textEnd = output.indexOf('\n', lineEnd + 1);
        if (textEnd < 0)
            textEnd = output.size();
        SecretSighting sighting;
        sighting.path = QString::fromUtf8(output.mid(at, pathEnd - at));
        sighting.line = output.mid(pathEnd + 1, lineEnd - pathEnd - 1).toInt();
        QString text = QString::fromUtf8(output.mid(lineEnd + 1, textEnd - lineEnd - 1));
        sighting.kind = secretKindIn(text);
        text.fill(QLatin1Char('\0'));
        if (!sighting.kind.isEmpty() && sighting.line > 0)
            sightings.append(sighting);
        at = textEnd + 1;
    }
    wipe(output);
    return sightings;
}

void scanRepository(const QString &checkout, QObject *context, std::function<void(const RepoScanResult &)> done)
{
    const QString git = LocalTools::find(QStringLiteral("git"));
    if (git.isEmpty()) {
        done({Text::tr("git is not installed, so the repository was not scanned"), {}, -1});
        return;
    }
    auto *files = new QProcess(context);
    files->setProcessEnvironment(LocalTools::environment());
    files->setWorkingDirectory(checkout);
    QObject::connect(files, &QProcess::finished, context, [files, git, checkout, context, done](int code) {
        files->deleteLater();
        if (code != 0) {
            done({Text::tr("%1 is not a git checkout, so its tracked files were not scanned").arg(checkout), {}, -1});
            return;
        }
        const int count = static_cast<int>(files->readAllStandardOutput().count('\0'));
        auto *grep = new QProcess(context);
        grep->setProcessEnvironment(LocalTools::environment());
        grep->setWorkingDirectory(checkout);
        QObject::connect(grep, &QProcess::finished, context, [grep, count, done](int grepCode) {
            grep->deleteLater();
            if (grepCode > 1) { // 1: nothing found
                done({Text::tr("git grep failed: %1").arg(QString::fromUtf8(grep->readAllStandardError()).trimmed()), {}, count});
                return;
            }
            done({{}, parseSecretSightings(grep->readAllStandardOutput()), count});
        });
        grep->start(git, repoScanArguments());
    });
    QObject::connect(files, &QProcess::errorOccurred, context, [files, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        files->deleteLater();
        done({Text::tr("git could not be started, so the repository was not scanned"), {}, -1});
    });
    files->start(git, {QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--"), QStringLiteral(":/")});
}

} // namespace Stratum
