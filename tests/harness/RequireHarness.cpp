// Linked into every test binary: a test started by hand, outside
// tests/harness/run-test.sh, would write into the operator's real keyring,
// config and temp dir. It refuses before main() instead.
#include <QByteArray>
#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace {

bool insideTheWorld()
{
    const QByteArray world = qgetenv("STRATUM_TEST_WORLD");
    if (world.isEmpty() || !QDir(QString::fromLocal8Bit(world)).exists())
        return false;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR"}) {
        if (!qgetenv(variable).startsWith(world))
            return false;
    }
    return true;
}

const bool refused = [] {
    if (insideTheWorld())
        return false;
    std::fputs("this test runs only in its own world: use ctest, or tests/harness/run-test.sh -- PROGRAM\n", stderr);
    std::exit(2);
    return true;
}();

} // namespace
