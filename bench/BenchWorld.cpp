#include "BenchWorld.h"

#include "TestWorld.h"

#include "core/app/CoreContext.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Stratum;

namespace StratumBench {

bool startDroplet(SshdFixture &sshd)
{
    if (qEnvironmentVariableIsSet("STRATUM_BENCH_USER"))
        sshd.setLoginUser(qEnvironmentVariable("STRATUM_BENCH_USER"));
    if (!sshd.start()) {
        std::fprintf(stderr, "sshd: %s\n", qPrintable(sshd.errorString()));
        return false;
    }
    sshd.sshRun(QStringLiteral("true")); // writes known_hosts for the OpenSSH client
    return true;
}

QString shimTheStack(SshdFixture &sshd)
{
    const QString appDir = StratumTest::worldDir() + QStringLiteral("/droplet/stratum-sports");
    QDir().mkpath(appDir);
    QFile::setPermissions(StratumTest::worldDir() + QStringLiteral("/droplet"), QFile::Permissions(0x7755));
    QFile::setPermissions(appDir, QFile::Permissions(0x7755));
    QByteArray ps;
    for (const char *service : {"backend", "worker", "frontend", "postgres", "redis"})
        ps += QByteArray("{\"Service\":\"") + service + "\",\"Name\":\"stratum-" + service
              + "-1\",\"Image\":\"ghcr.io/q/s-backend:abcdef0123456789abcdef0123456789abcdef01\",\"State\":\"running\","
                "\"Status\":\"Up 1 hour\"}\n";
    sshd.setDockerOutput(QStringLiteral("compose-ps"), ps);
    sshd.setDockerOutput(QStringLiteral("compose-exec-live"), "{\"status\":\"alive\"}");
    sshd.setDockerOutput(QStringLiteral("compose-exec-ready"), "{\"status\":\"ready\"}");
    sshd.setDockerOutput(QStringLiteral("inspect"), "0 running\n");
    sshd.setDockerOutput(QStringLiteral("compose-logs-worker"), "worker-1  | ingestion cycle finished\n");
    return appDir;
}

QString writeProfile(const QString &appDir, int frontendPort, int pollSeconds)
{
    Profile profile = *defaultProfile().profile;
    profile.droplet.appDir = appDir;
    if (frontendPort > 0)
        profile.health.frontendPort = frontendPort;
    if (pollSeconds > 0)
        profile.health.pollIntervalSeconds = pollSeconds;
    const QString path = StratumTest::worldDir() + QStringLiteral("/bench-profile.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(profileToJson(profile));
    return path;
}

bool storeHost(CoreContext &core, const SshdFixture &sshd, const QString &name)
{
    bool saved = false;
    bool ok = false;
    QObject context;
    core.vault()->saveHosts({sshd.hostEntry(name, true)}, &context, [&](const KeychainError &error) {
        ok = error.ok();
        saved = true;
    });
    while (!saved)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ok;
}

QStringList sshArguments(const SshdFixture &sshd, const QStringList &extra, const QString &command)
{
    QStringList arguments{QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"), sshd.userKeyPath(),
                          QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
                          QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                          QStringLiteral("UserKnownHostsFile=") + sshd.dir() + QStringLiteral("/known_hosts"),
                          QStringLiteral("-p"), QString::number(sshd.port())};
    arguments << extra << sshd.user() + QStringLiteral("@127.0.0.1") << command;
    return arguments;
}

double timeProcess(const QString &program, const QStringList &arguments, bool discardOutput)
{
    QProcess process;
    if (discardOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(120000);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (process.exitCode() != 0)
        std::fprintf(stderr, "  %s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace StratumBench
