#pragma once

#include "SshdFixture.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Stratum {
class CoreContext;
}

// What the benchmarks share: a loopback sshd as the droplet (its docker shim says the
// stack runs and is healthy), a profile pointing at it, the host in the keychain, and
// the arithmetic of the tables. STRATUM_BENCH_USER=name logs in as that user.
namespace StratumBench {

using StratumTest::SshdFixture;

bool startDroplet(SshdFixture &sshd);                       // started, known_hosts written for OpenSSH
QString shimTheStack(SshdFixture &sshd);                    // the app dir; compose ps and the probes answer healthy
QString writeProfile(const QString &appDir, int frontendPort = 0, int pollSeconds = 0); // its path
bool storeHost(Stratum::CoreContext &core, const SshdFixture &sshd, const QString &name);

QStringList sshArguments(const SshdFixture &sshd, const QStringList &extra, const QString &command);
double timeProcess(const QString &program, const QStringList &arguments, bool discardOutput = true); // ms
double median(std::vector<double> values);

} // namespace StratumBench
