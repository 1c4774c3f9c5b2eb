// The truth on screen fast: the real stratum-deploy started against a test droplet
// (loopback sshd with the docker shim), side by side with references measured in
// the same run:
//
//   (4) first window: from starting the process to the window's first paint, vs a
//       bare Qt Widgets window (this program with --bare-window: a QMainWindow
//       with a label, with the libraries the app loads); (4f) the same window from
//       window_floor, on QtWidgets alone, and (4g) that without Qt's accessibility bridge
//   (5) start to strip: from starting the process to the status strip showing what
//       runs on the droplet, vs what a person does by hand: a fresh
//       `ssh host 'cd APP && docker compose ps --format json'`
//
// The app says when in its log ("startup: first paint", "startup: the strip shows
// what runs"); this program reads the log as it grows. Three runs each, medians.
//
//   tests/harness/run-test.sh --gui --timeout 300 -- build/bench/bench/startup_bench build/bench/src/stratum-deploy
#include "BareWindow.h"
#include "BenchWorld.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include "core/app/CoreContext.h"
#include "core/profile/Profile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Stratum;
using namespace StratumTest;
using namespace StratumBench;

namespace {

// From starting `program` to its "painted" line; `withoutAccessibility`: Qt's accessibility
// bridge off (QT_ACCESSIBILITY=0), to show its share, not something the app would do.
double timeBareWindow(const QString &program, const QStringList &arguments, bool withoutAccessibility = false)
{
    QProcess process;
    if (withoutAccessibility) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_ACCESSIBILITY"), QStringLiteral("0"));
        process.setProcessEnvironment(environment);
    }
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&process]() { return process.canReadLine() || process.state() == QProcess::NotRunning; }, 20000);
    const double ms = clock.nsecsElapsed() / 1e6;
    process.waitForFinished(5000);
    return ms;
}

struct Milestones {
    double firstPaintMs = -1;
    double stripMs = -1;
};

// Starts the app and watches its log until both lines came (or 20 s passed).
Milestones timeApp(const QString &app, const QString &profilePath)
{
    const QString logPath = worldDir() + QStringLiteral("/home/.local/share/Stratum/stratum-deploy/logs/stratum-deploy.log");
    QFile::remove(logPath);
    Milestones seen;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(app, {QStringLiteral("--profile"), profilePath});
    [[maybe_unused]] const bool ended = QTest::qWaitFor([&]() {
        QFile log(logPath);
        if (log.open(QIODevice::ReadOnly)) {
            const QByteArray text = log.readAll();
            if (seen.firstPaintMs < 0 && text.contains("startup: first paint"))
                seen.firstPaintMs = clock.nsecsElapsed() / 1e6;
            if (seen.stripMs < 0 && text.contains("startup: the strip shows what runs"))
                seen.stripMs = clock.nsecsElapsed() / 1e6;
        }
        return (seen.firstPaintMs >= 0 && seen.stripMs >= 0) || process.state() == QProcess::NotRunning;
    }, 20000);
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    return seen;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--bare-window")))
        return showBareWindow(app);
    QApplication::setOrganizationName(QStringLiteral("Stratum"));
    QApplication::setApplicationName(QStringLiteral("stratum-deploy"));
    const QString stratumDeploy = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("stratum-deploy");
    const int runs = 3;

    SshdFixture sshd;
    if (!startDroplet(sshd))
        return 1;
    const QString appDir = shimTheStack(sshd);
    const QString profilePath = writeProfile(appDir);
    CoreContext core;
    if (!core.loadProfile(profilePath) || !storeHost(core, sshd, QStringLiteral("production")))
        return 1;

    const QString self = app.applicationFilePath();
    const QString floor = QCoreApplication::applicationDirPath() + QStringLiteral("/window_floor");
    timeApp(stratumDeploy, profilePath); // warm: the first start of anything pays for cold disk caches
    timeBareWindow(self, {QStringLiteral("--bare-window")});
    timeBareWindow(floor, {});
    std::vector<double> firstPaint, strip, bare, widgetsAlone, withoutAccessibility, byHand;
    for (int i = 0; i < runs; ++i) {
        const Milestones seen = timeApp(stratumDeploy, profilePath);
        if (seen.firstPaintMs < 0 || seen.stripMs < 0) {
            std::fprintf(stderr, "run %d: the app did not say (first paint %.0f ms, strip %.0f ms)\n", i + 1, seen.firstPaintMs,
                         seen.stripMs);
            return 1;
        }
        firstPaint.push_back(seen.firstPaintMs);
        strip.push_back(seen.stripMs);
        bare.push_back(timeBareWindow(self, {QStringLiteral("--bare-window")}));
        widgetsAlone.push_back(timeBareWindow(floor, {}));
        withoutAccessibility.push_back(timeBareWindow(floor, {}, true));
        byHand.push_back(timeProcess(QStringLiteral("ssh"),
                                     sshArguments(sshd, {}, QStringLiteral("cd ") + appDir + QStringLiteral(" && docker compose ps --format json"))));
    }
    std::printf("# Start-up benchmark (Xvfb, loopback sshd with the docker shim, %d runs, medians)\n\n", runs);
    std::printf("| measure | Stratum Deploy | reference | ratio | target |\n|---|---|---|---|---|\n");
    std::printf("| (4) start to the first paint of the window vs a bare Qt window, ms | %.0f | %.0f | %.2f | <= 100 ms |\n",
                median(firstPaint), median(bare), median(firstPaint) / median(bare));
    std::printf("| (4f) the floor: the same bare window in a program on QtWidgets alone, ms | %.0f | %.0f | %.2f | |\n",
                median(widgetsAlone), median(bare), median(widgetsAlone) / median(bare));
    std::printf("| (4g) the floor without Qt's accessibility bridge (QT_ACCESSIBILITY=0), ms | %.0f | %.0f | %.2f | |\n",
                median(withoutAccessibility), median(bare), median(withoutAccessibility) / median(bare));
    std::printf("| (5) start to the strip showing what runs vs `ssh host 'docker compose ps'` by hand, ms | %.0f | %.0f | %.2f | <= 1000 ms |\n",
                median(strip), median(byHand), median(strip) / median(byHand));
    std::printf("\nruns, ms: first paint %s; strip %s\n",
                qPrintable([&] { QStringList l; for (double v : firstPaint) l << QString::number(v, 'f', 0); return l.join(QStringLiteral(", ")); }()),
                qPrintable([&] { QStringList l; for (double v : strip) l << QString::number(v, 'f', 0); return l.join(QStringLiteral(", ")); }()));
    return 0;
}
