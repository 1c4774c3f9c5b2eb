// A deploy of an environment of two hosts (RollingRun through stratumctl deploy --env):
// host by host, the next only after the one before is live and ready; the first failure
// stops the change, rolls that host back and leaves the host before on the new release.
// Two sshd, each with a docker shim that remembers what its last compose up started (so
// that `compose ps` and the backend's ready answer follow the release, as on a droplet);
// both reach the same clone, which is what the lane needs of them.
#include "DeployWorld.h"
#include "TestWorld.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace StratumTest;

namespace {
const QByteArray ghcrToken = "ghp_RollingChangeToken0123456789abcdefgh";

// In front of the fixture's shim: `compose up` remembers its images, `compose ps` shows them
// running, and the backend is never ready while it runs a release listed in ./never-ready.
const char followingShim[] = R"SHIM(#!/bin/sh
here=$(dirname "$0")
case " $* " in
  *" compose "*" up "*)
    printf '%s\n%s\n' "$BACKEND_IMAGE" "$FRONTEND_IMAGE" > "$here/running" ;;
  *" compose "*" ps "*)
    "$here/docker-fixture" "$@" >/dev/null
    if [ -f "$here/running" ]; then
      b=$(sed -n 1p "$here/running"); f=$(sed -n 2p "$here/running")
      for s in backend worker frontend; do
        i=$b; [ $s = frontend ] && i=$f
        printf '{"Service":"%s","Name":"stratum-%s-1","Image":"%s","State":"running","Status":"Up 1 minute"}\n' $s $s "$i"
      done
      exit 0
    fi ;;
  *" exec "*"/ready "*|*" exec "*"/ready")
    if [ -f "$here/running" ] && grep -q -F -f "$here/never-ready" "$here/running" 2>/dev/null; then
      "$here/docker-fixture" "$@" >/dev/null
      echo "curl: (22) The requested URL returned error: 503" >&2; exit 22
    fi ;;
esac
exec "$here/docker-fixture" "$@"
)SHIM";
} // namespace

class TestRollingChange : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, "github_pat_ROLLING_gates"};
    SshdFixture m_second; // prod-2; the world's own sshd is prod-1
    Stratum::KeychainStore m_store{std::chrono::seconds(10)};
    Stratum::Vault m_vault{&m_store};
    QString m_profile;
    QString m_first; // a release both hosts ran

    CtlRun ctl(const QStringList &arguments)
    {
        return runStratumctl(QStringList{QStringLiteral("--profile"), m_profile} + arguments, {}, 180000);
    }

    static bool installFollowingShim(SshdFixture &sshd)
    {
        const QString dir = sshd.shimDir();
        if (!QFile::exists(dir + QStringLiteral("/docker-fixture")) && !QFile::rename(dir + QStringLiteral("/docker"), dir + QStringLiteral("/docker-fixture")))
            return false;
        QFile shim(dir + QStringLiteral("/docker"));
        if (!shim.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        shim.write(followingShim);
        shim.close();
        return shim.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                   | QFile::ReadOther | QFile::ExeOther);
    }

    static void neverReady(SshdFixture &sshd, const QString &sha)
    {
        QFile list(sshd.shimDir() + QStringLiteral("/never-ready"));
        if (sha.isEmpty()) { // an empty pattern would match every release
            list.remove();
            return;
        }
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write(sha.toUtf8() + '\n');
    }

    static QString runningBackend(SshdFixture &sshd)
    {
        QFile running(sshd.shimDir() + QStringLiteral("/running"));
        return running.open(QIODevice::ReadOnly) ? QString::fromUtf8(running.readLine()).trimmed() : QString();
    }

    static int composeUps(SshdFixture &sshd)
    {
        return int(sshd.dockerCalls().filter(QStringLiteral(" up ")).size());
    }

    QString release(const QString &name)
    {
        const QString sha = m_world.droplet().commitAndPush(QStringLiteral("app.txt"), name, name);
        m_world.pushImages(sha);
        [&] { QVERIFY(m_world.passGates(&m_vault, sha)); }();
        return sha;
    }

    // The release log's entries for `sha`, newest first, as "host method result".
    QStringList entriesOf(const QString &sha)
    {
        QStringList lines;
        const QJsonArray all = QJsonDocument::fromJson(ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")}).out.toUtf8()).array();
        for (const QJsonValue &value : all) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("sha")).toString() == sha)
                lines << QStringLiteral("%1 %2 %3").arg(entry.value(QStringLiteral("host")).toString(), entry.value(QStringLiteral("method")).toString(),
                                                        entry.value(QStringLiteral("result")).toString());
        }
        return lines;
    }

    CtlRun deployToProduction(const QString &sha)
    {
        return ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"), sha,
                    QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--yes"), QStringLiteral("--reason"),
                    QStringLiteral("rolling")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        QVERIFY2(m_second.start(), qPrintable(m_second.errorString()));
        QVERIFY(installFollowingShim(m_world.sshd()));
        QVERIFY(installFollowingShim(m_second));
        m_profile = m_world.writeProfile(QStringLiteral("rolling-profile.json"), [](QJsonObject &root) {
            root[QStringLiteral("schema")] = 2;
            root[QStringLiteral("environments")] = QJsonArray{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("production")}, {QStringLiteral("role"), QStringLiteral("production")},
                            {QStringLiteral("hosts"), QJsonArray{QStringLiteral("prod-1"), QStringLiteral("prod-2")}}}};
        });
        QVERIFY(!m_profile.isEmpty());
        QCOMPARE(m_world.addHostByCtl(m_profile, QStringLiteral("prod-1"), m_world.sshd()), QString());
        QCOMPARE(m_world.addHostByCtl(m_profile, QStringLiteral("prod-2"), m_second), QString());
        QCOMPARE(m_world.storeSecretsByCtl(m_profile), QString());
        neverReady(m_world.sshd(), {});
        neverReady(m_second, {});
    }

    void everyHostTakesTheReleaseOneAfterTheOther()
    {
        m_first = release(QStringLiteral("first"));
        const CtlRun run = deployToProduction(m_first);
        QVERIFY2(run.code == 0, qPrintable(run.out.right(2500) + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("one host at a time: prod-1 → prod-2")), qPrintable(run.out));
        const qsizetype first = run.out.indexOf(QLatin1String("prod-1 (1 of 2)"));
        const qsizetype second = run.out.indexOf(QLatin1String("prod-2 (2 of 2)"));
        QVERIFY2(first >= 0 && second > first, qPrintable(run.out));
        // prod-2 started only after prod-1 answered ready.
        QVERIFY(run.out.indexOf(QLatin1String("backend ready"), first) < second);
        QVERIFY2(run.out.contains(QStringLiteral("%1 runs on every host: prod-1, prod-2").arg(m_first.left(12))), qPrintable(run.out));
        QVERIFY(runningBackend(m_world.sshd()).endsWith(m_first));
        QVERIFY(runningBackend(m_second).endsWith(m_first));
        QCOMPARE(entriesOf(m_first), (QStringList{QStringLiteral("prod-2 ssh success"), QStringLiteral("prod-1 ssh success")}));
        const CtlRun status = ctl({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("status")});
        QVERIFY2(status.out.contains(QStringLiteral("every host of production runs %1").arg(m_first.left(12))), qPrintable(status.out + status.err));
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), m_first, QStringLiteral("--without-smoke"), QStringLiteral("--reason"),
                      QStringLiteral("ran a week")}).code, 0);
    }

    void theFirstHostThatFailsStopsTheChangeAndGoesBack()
    {
        const QString broken = release(QStringLiteral("never ready on prod-2"));
        neverReady(m_second, broken);
        const int upsOnFirst = composeUps(m_world.sshd());
        const CtlRun run = deployToProduction(broken);
        QCOMPARE(run.code, 1);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(QStringLiteral("stopped at prod-2")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("rolled back to %1").arg(m_first.left(12))), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("%1 runs on prod-1").arg(broken.left(12))), qPrintable(all));
        QVERIFY(runningBackend(m_world.sshd()).endsWith(broken)); // the host before keeps the new release
        QVERIFY2(runningBackend(m_second).endsWith(m_first), qPrintable(all.right(3000))); // the failed host runs what it ran
        QCOMPARE(composeUps(m_world.sshd()), upsOnFirst + 1);      // prod-1 was not touched again
        QCOMPARE(entriesOf(broken), (QStringList{QStringLiteral("prod-2 ssh failed"), QStringLiteral("prod-1 ssh success")}));
        QCOMPARE(entriesOf(m_first).first(), QStringLiteral("prod-2 rollback success"));
        // Both locks are free again.
        QVERIFY(!m_world.lockIsHeld());
        QVERIFY(!QFile::exists(m_world.droplet().lockDir() + QStringLiteral("/environment-production.lock")));
        // What runs, per host: the environment is mixed, and says so.
        const CtlRun status = ctl({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("status")});
        QVERIFY(status.code != 0);
        QVERIFY2(status.out.contains(QStringLiteral("MIXED: the hosts of production do not run one release: prod-1 %1, prod-2 %2")
                                         .arg(broken.left(12), m_first.left(12))),
                 qPrintable(status.out + status.err));
    }

    // The environment's own lock: a second rolling change of production is refused while the
    // first goes through its hosts; one whose app stopped touching it is taken over after its
    // lease, and the lock is gone when the change ends.
    void aRollingChangeHoldsTheEnvironmentsLock()
    {
        const QString lockFile = m_world.droplet().lockDir() + QStringLiteral("/environment-production.lock");
        QVERIFY2(!QFile::exists(lockFile), "the changes before gave it back");
        const QString sha = release(QStringLiteral("third"));
        QFile held(lockFile);
        QVERIFY(held.open(QIODevice::WriteOnly));
        held.write(R"({"holder":"bob@other","machine":"other-mac","sha":"0123456789abcdef0123456789abcdef01234567","since":"2026-12-07T08:00:00Z","token":"someone-else","method":"rolling"})"
                   "\n");
        held.close();
        const int ups = composeUps(m_world.sshd()) + composeUps(m_second);
        const CtlRun refused = deployToProduction(sha);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QLatin1String("production is in a rolling change already: bob@other on other-mac")),
                 qPrintable(refused.out + refused.err));
        QCOMPARE(composeUps(m_world.sshd()) + composeUps(m_second), ups);
        QVERIFY(QFile::exists(lockFile));

        QVERIFY(held.open(QIODevice::Append));
        QVERIFY(held.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        held.close();
        const CtlRun run = deployToProduction(sha);
        QVERIFY2(run.code == 0, qPrintable(run.out.right(2500) + run.err));
        QVERIFY2(!QFile::exists(lockFile), "given back when the change ended");
        QVERIFY(runningBackend(m_world.sshd()).endsWith(sha));
        QVERIFY(runningBackend(m_second).endsWith(sha));
    }
};

QTEST_GUILESS_MAIN(TestRollingChange)
#include "tst_rollingchange.moc"
