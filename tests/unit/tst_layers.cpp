// The core's folders form layers (docs/architecture.md): a folder includes
// only folders of lower layers, so no two folders include each other, and
// transport and storage never reach up into policy or workflows. This test
// reads every #include of src/core and fails on a folder that breaks that.
// Every include names its layer from the one include root, src/ ("core/deploy/DeployLane.h",
// "gui/deploy/DeployPage.h"); the core includes no front end, and the two front ends not each other.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Lower numbers are lower layers; a folder may include folders of lower layers only.
const QHash<QString, int> &layers()
{
    static const QHash<QString, int> table{
        // 0: values and pure rules, no I/O
        {QStringLiteral("platform"), 0}, {QStringLiteral("profile"), 0}, {QStringLiteral("redaction"), 0},
        {QStringLiteral("releases"), 0}, {QStringLiteral("diagnostics"), 0},
        // 1: pure rules over the profile; the host entries (their roles are the profile's)
        {QStringLiteral("envlint"), 1}, {QStringLiteral("commandpacks"), 1}, {QStringLiteral("hosts"), 1},
        // 2: which host entries make up each environment
        {QStringLiteral("environments"), 2},
        // 2: storage
        {QStringLiteral("keychain"), 2}, {QStringLiteral("audit"), 2},
        // 3: transport
        {QStringLiteral("ssh"), 3}, {QStringLiteral("registry"), 3}, {QStringLiteral("github"), 3},
        // 3: the local socket stratumctl reaches the app through
        {QStringLiteral("relay"), 3},
        // 3: the rehearsal's local stand-ins for GitHub, GHCR and the droplet (transport's other side)
        {QStringLiteral("standin"), 3},
        // 4: the droplet's commands and what runs on it, over ssh
        {QStringLiteral("droplet"), 4},
        // 5-6: policy
        {QStringLiteral("checklists"), 5}, {QStringLiteral("announce"), 5}, {QStringLiteral("health"), 5}, {QStringLiteral("hygiene"), 5},
        {QStringLiteral("gates"), 6}, {QStringLiteral("smoke"), 6}, {QStringLiteral("connection"), 6},
        {QStringLiteral("status"), 6},
        // 7: workflows
        {QStringLiteral("deploy"), 7}, {QStringLiteral("incident"), 7},
        // 8: what both front ends share
        {QStringLiteral("app"), 8},
        // 9: the rehearsal, which drives the whole app against its stand-ins
        {QStringLiteral("rehearsal"), 9},
    };
    return table;
}

QString sourceDir()
{
    return QStringLiteral(STRATUM_SOURCE_DIR "/src");
}

QString coreDir()
{
    return sourceDir() + QStringLiteral("/core");
}

struct Include {
    QString file;    // relative to src/
    QString written; // what is between the quotes
};

// Every quoted include of src/, except a .cpp's own header, Qt's generated ui_/moc files.
QList<Include> sourceIncludes()
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""));
    QList<Include> found;
    QDirIterator files(sourceDir(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QRegularExpressionMatch match = include.match(QString::fromUtf8(line));
            if (!match.hasMatch())
                continue;
            const QString written = match.captured(1);
            const bool ownHeader = QFileInfo(path).completeBaseName() == QFileInfo(written).completeBaseName() && !written.contains(QLatin1Char('/'));
            if (!ownHeader && !written.startsWith(QLatin1String("ui_")) && !written.endsWith(QLatin1String(".moc")))
                found.append({QDir(sourceDir()).relativeFilePath(path), written});
        }
    }
    return found;
}

QString layerOf(const QString &pathUnderSrc)
{
    return pathUnderSrc.section(QLatin1Char('/'), 0, 0);
}

// What a layer may not include: the core no front end, a front end not the other.
bool forbidden(const QString &fromLayer, const QString &toLayer)
{
    if (fromLayer == QLatin1String("core"))
        return toLayer != QLatin1String("core");
    if (fromLayer == QLatin1String("gui"))
        return toLayer == QLatin1String("cli") || toLayer == QLatin1String("app");
    if (fromLayer == QLatin1String("cli"))
        return toLayer == QLatin1String("gui") || toLayer == QLatin1String("app");
    return false;
}

// folder → the folders its files include
QHash<QString, QSet<QString>> includeEdges()
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"core/([a-z]+)/"));
    QHash<QString, QSet<QString>> edges;
    const QStringList folders = QDir(coreDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        QDirIterator files(coreDir() + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                           QDirIterator::Subdirectories);
        edges[folder];
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QRegularExpressionMatch match = include.match(QString::fromUtf8(line));
                if (match.hasMatch() && match.captured(1) != folder && folders.contains(match.captured(1)))
                    edges[folder].insert(match.captured(1));
            }
        }
    }
    return edges;
}

bool reaches(const QHash<QString, QSet<QString>> &edges, const QString &from, const QString &to, QSet<QString> &seen)
{
    if (from == to)
        return true;
    if (seen.contains(from))
        return false;
    seen.insert(from);
    for (const QString &next : edges.value(from)) {
        if (reaches(edges, next, to, seen))
            return true;
    }
    return false;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFolderHasALayer()
    {
        const QHash<QString, QSet<QString>> edges = includeEdges();
        QVERIFY(edges.size() > 10);
        for (auto it = edges.cbegin(); it != edges.cend(); ++it)
            QVERIFY2(layers().contains(it.key()), qPrintable(QStringLiteral("src/core/%1 has no layer in tst_layers and "
                                                                             "docs/architecture.md").arg(it.key())));
    }

    void foldersIncludeOnlyLowerLayers()
    {
        const QHash<QString, QSet<QString>> edges = includeEdges();
        QStringList wrong;
        for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
            for (const QString &to : it.value()) {
                if (layers().value(to, 99) >= layers().value(it.key(), -1))
                    wrong << QStringLiteral("%1 (layer %2) includes %3 (layer %4)")
                                 .arg(it.key()).arg(layers().value(it.key())).arg(to).arg(layers().value(to));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    }

    void noFolderIncludesOneThatIncludesItBack()
    {
        const QHash<QString, QSet<QString>> edges = includeEdges();
        QStringList loops;
        for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
            for (const QString &to : it.value()) {
                QSet<QString> seen;
                if (reaches(edges, to, it.key(), seen))
                    loops << it.key() + QStringLiteral(" → ") + to;
            }
        }
        QVERIFY2(loops.isEmpty(), qPrintable(QStringLiteral("include loops: ") + loops.join(QStringLiteral(", "))));
    }

    void everyIncludeNamesItsLayer()
    {
        const QList<Include> includes = sourceIncludes();
        QVERIFY(includes.size() > 300);
        QStringList wrong;
        for (const Include &include : includes) {
            if (!QFileInfo::exists(sourceDir() + QLatin1Char('/') + include.written))
                wrong << include.file + QStringLiteral(": \"") + include.written + QStringLiteral("\" is not a path from src/");
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void theCoreIncludesNoFrontEndAndTheFrontEndsNotEachOther()
    {
        QStringList wrong;
        for (const Include &include : sourceIncludes()) {
            if (forbidden(layerOf(include.file), layerOf(include.written)))
                wrong << include.file + QStringLiteral(" includes ") + include.written;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(forbidden(QStringLiteral("core"), QStringLiteral("gui"))); // the rule itself can fail
        QVERIFY(forbidden(QStringLiteral("gui"), QStringLiteral("cli")));
        QVERIFY(!forbidden(QStringLiteral("gui"), QStringLiteral("core")));
    }

    void theCheckFindsALoop()
    {
        // The check itself must be able to fail: a made-up loop is found.
        QHash<QString, QSet<QString>> edges{{QStringLiteral("a"), {QStringLiteral("b")}},
                                            {QStringLiteral("b"), {QStringLiteral("c")}},
                                            {QStringLiteral("c"), {QStringLiteral("a")}}};
        QSet<QString> seen;
        QVERIFY(reaches(edges, QStringLiteral("b"), QStringLiteral("a"), seen));
        seen.clear();
        edges[QStringLiteral("c")].clear();
        QVERIFY(!reaches(edges, QStringLiteral("b"), QStringLiteral("a"), seen));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
