// Idle cost of watching health, side by side with the reference: the
// runbook's §4.2 checks run by hand in a shell loop (OpenSSH + curl).
//
//   ours:      the real main window, Overview shown, 4 probes (backend live,
//              backend ready, frontend, worker; plus compose ps) every 5 s on
//              the kept session, for --seconds (default 600): CPU share of one
//              core, RSS at the end, and the time from a health change on the
//              test server to the Overview's row changing (target <= interval + 1 s)
//   reference: the same probes with `ssh` and `curl` every 5 s in a shell loop,
//              for --reference-seconds (default 120): CPU share of one core
//
// Run it through the test harness (keychain, Xvfb):
//   tests/harness/run-test.sh --gui --timeout 900 -- build/release/bench/health_idle [--seconds N] [--reference-seconds N]
// STRATUM_BENCH_USER=name logs in as that user (one with /bin/sh as its shell).
#include "HttpPeer.h"
#include "BenchWorld.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include "gui/health/HealthCenter.h"
#include "gui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <sys/resource.h>

using namespace Stratum;
using namespace StratumTest;
using namespace StratumBench;

namespace {

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stratum"));
    QApplication::setApplicationName(QStringLiteral("stratum-deploy"));
    const QStringList arguments = app.arguments();
    const int seconds = option(arguments, QStringLiteral("--seconds"), 600);
    const int referenceSeconds = option(arguments, QStringLiteral("--reference-seconds"), 120);
    const int interval = 5;

    SshdFixture sshd;
    HttpPeer frontend;
    if (!startDroplet(sshd) || !frontend.start())
        return 1;
    const QString appDir = shimTheStack(sshd);
    const QString profilePath = writeProfile(appDir, frontend.port(), interval);
    CoreContext core;
    if (!core.loadProfile(profilePath) || !storeHost(core, sshd, QStringLiteral("production")))
        return 1;
    QObject context;

    MainWindow window(core);
    window.resize(1180, 760);
    window.show();
    window.showPage(QStringLiteral("OverviewPage"));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("healthTree"));

    // Health changes on the server at random moments; the latency ends when the Overview's row shows it.
    QList<qint64> latencies;
    QElapsedTimer sinceFlip;
    QString expected;
    QObject::connect(window.health(), &HealthCenter::indicatorUpdated, &context, [&](const HealthIndicator &indicator) {
        if (indicator.id != QLatin1String("frontend") || expected.isEmpty())
            return;
        const auto rows = tree->findItems(QStringLiteral("Frontend"), Qt::MatchStartsWith);
        if (!rows.isEmpty() && rows.first()->text(1) == expected) {
            latencies << sinceFlip.elapsed();
            expected.clear();
        }
    });
    QTimer flipper;
    flipper.setSingleShot(true);
    bool unhealthy = false;
    QObject::connect(&flipper, &QTimer::timeout, &context, [&]() {
        unhealthy = !unhealthy;
        frontend.setMode(unhealthy ? HttpPeer::Mode::Unhealthy : HttpPeer::Mode::Healthy);
        expected = unhealthy ? QStringLiteral("FAILING") : QStringLiteral("healthy");
        sinceFlip.start();
        flipper.start(30000 + QRandomGenerator::global()->bounded(15000));
    });

    // Warm up (first connection, first paint), then measure.
    const int warmup = 15;
    double cpuStart = 0;
    QElapsedTimer wall;
    QTimer::singleShot(std::chrono::seconds(warmup), &context, [&]() {
        cpuStart = cpuSeconds(RUSAGE_SELF);
        wall.start();
        flipper.start(20000 + QRandomGenerator::global()->bounded(5000));
        std::fprintf(stdout, "measuring the app for %d s …\n", seconds);
        std::fflush(stdout);
    });
    QTimer::singleShot(std::chrono::seconds(warmup + seconds), &context, [&]() { app.quit(); });
    app.exec();
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
    const double elapsed = wall.elapsed() / 1000.0;
    const qint64 rssKb = statusKb("VmRSS:");
    const int rounds = window.health()->monitor()->completedRounds();
    const int skipped = window.health()->monitor()->skippedRounds();
    window.health()->setWatching(false);

    // The reference: what the operator runs by hand, on a timer.
    const QString ssh = QStringLiteral("ssh -F /dev/null -i %1 -o IdentitiesOnly=yes -o BatchMode=yes -o UserKnownHostsFile=%2/known_hosts -p %3 %4@127.0.0.1")
                            .arg(sshd.userKeyPath(), sshd.dir()).arg(sshd.port()).arg(sshd.hostEntry(QStringLiteral("x"), true).user);
    const QString compose = QStringLiteral("cd %1 && docker compose -f docker-compose.prod.yml --env-file .env.production").arg(appDir);
    const QString loop = QStringLiteral(
        "end=$(($(date +%s) + %1)); while [ $(date +%s) -lt $end ]; do "
        "%2 '%3 ps --all --format json' >/dev/null; "
        "%2 '%3 exec -T backend curl -fsS http://localhost:8000/api/v1/health/live' >/dev/null; "
        "%2 '%3 exec -T backend curl -fsS http://localhost:8000/api/v1/health/ready' >/dev/null; "
        "%2 'docker inspect --format x stratum-worker-1; %3 logs --since=120s --tail=200 worker' >/dev/null; "
        "curl -fsS http://127.0.0.1:%4/ >/dev/null; sleep %5; done")
        .arg(referenceSeconds).arg(ssh, compose).arg(frontend.port()).arg(interval);
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer referenceWall;
    referenceWall.start();
    QProcess reference;
    reference.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), loop});
    // No event loop needed for the shell loop; the HTTP peer must still answer curl.
    while (reference.state() != QProcess::NotRunning) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        reference.waitForFinished(50);
    }
    const double referenceCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    const double referenceElapsed = referenceWall.elapsed() / 1000.0;

    qint64 worst = 0, sum = 0;
    for (qint64 latency : latencies) {
        worst = qMax(worst, latency);
        sum += latency;
    }
    const double ours = 100.0 * cpu / elapsed;
    const double theirs = 100.0 * referenceCpu / referenceElapsed;
    std::printf("\nhealth watch, %d s interval, 4 probes + compose ps per round\n", interval);
    std::printf("| measure | Stratum Deploy | ssh + curl loop | ratio | target |\n|---|---|---|---|---|\n");
    std::printf("| CPU share of one core | %.2f %% (%.1f s in %.0f s) | %.2f %% (%.1f s in %.0f s) | %.2f | <= 1 %% |\n",
                ours, cpu, elapsed, theirs, referenceCpu, referenceElapsed, theirs > 0 ? ours / theirs : 0.0);
    std::printf("| RSS after the run | %.1f MiB | | | <= 120 MB |\n", rssKb / 1024.0);
    std::printf("| health change → Overview row, %lld changes | mean %.0f ms, worst %lld ms | | | <= %d ms |\n",
                static_cast<long long>(latencies.size()), latencies.isEmpty() ? 0.0 : double(sum) / latencies.size(),
                static_cast<long long>(worst), (interval + 1) * 1000);
    std::printf("rounds %d, skipped ticks %d\n", rounds, skipped);
    return 0;
}
