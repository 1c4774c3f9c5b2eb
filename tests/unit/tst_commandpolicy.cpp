#include "core/commandpacks/CommandPolicy.h"

#include <QTest>

using namespace Stratum;

class TestCommandPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contextDecidesWhereABlockRuns_data()
    {
        QTest::addColumn<int>("context");
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("mac locally") << int(Context::Mac) << int(RunTarget::Local) << true;
        QTest::addRow("mac on droplet") << int(Context::Mac) << int(RunTarget::Droplet) << false;
        QTest::addRow("droplet on droplet") << int(Context::Droplet) << int(RunTarget::Droplet) << true;
        QTest::addRow("droplet locally") << int(Context::Droplet) << int(RunTarget::Local) << false;
        QTest::addRow("github ui locally") << int(Context::GitHubUi) << int(RunTarget::Local) << false;
        QTest::addRow("github ui on droplet") << int(Context::GitHubUi) << int(RunTarget::Droplet) << false;
    }

    void contextDecidesWhereABlockRuns()
    {
        QFETCH(int, context);
        QFETCH(int, target);
        QFETCH(bool, allowed);
        CommandBlock block;
        block.context = static_cast<Context>(context);
        block.code = QStringLiteral("docker compose ps");
        const RunDecision decision = CommandPolicy::canRun(block, static_cast<RunTarget>(target));
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.reason.isEmpty(), allowed);
    }

    void privateKeyReadersAreDisplayOnly_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("readsKey");
        QTest::addRow("pbcopy key") << "pbcopy < ~/.ssh/id_ed25519" << true;
        QTest::addRow("cat rsa key") << "cat ~/.ssh/id_rsa" << true;
        QTest::addRow("pem file") << "scp deploy.pem root@host:" << true;
        QTest::addRow("pem block") << "echo '-----BEGIN OPENSSH PRIVATE KEY-----'" << true;
        QTest::addRow("public key") << "cat ~/.ssh/id_ed25519.pub" << false;
        QTest::addRow("fingerprint") << "ssh-keygen -lf ~/.ssh/id_ed25519.pub" << false;
        QTest::addRow("listing") << "ls -l ~/.ssh/id_ed25519 ~/.ssh/id_ed25519.pub" << false;
        QTest::addRow("authorized keys") << "grep -n \"stratum\" /root/.ssh/authorized_keys" << false;
        QTest::addRow("compose") << "docker compose up -d --build" << false;
    }

    void privateKeyReadersAreDisplayOnly()
    {
        QFETCH(QString, code);
        QFETCH(bool, readsKey);
        QCOMPARE(CommandPolicy::readsPrivateKey(code), readsKey);
        CommandBlock block;
        block.context = Context::Mac;
        block.code = code;
        QCOMPARE(CommandPolicy::canRun(block, RunTarget::Local).allowed, !readsKey);
    }

    void profileMarkedDisplayOnlyIsNeverRun()
    {
        CommandBlock block;
        block.context = Context::Droplet;
        block.code = QStringLiteral("true");
        block.displayOnly = true;
        QVERIFY(!CommandPolicy::canRun(block, RunTarget::Droplet).allowed);
    }

    void placeholdersAreNeverRun()
    {
        CommandBlock block;
        block.context = Context::Droplet;
        block.code = QStringLiteral("SHA=<commit_sha>\ndocker pull x:$SHA");
        const RunDecision decision = CommandPolicy::canRun(block, RunTarget::Droplet);
        QVERIFY(!decision.allowed);
        QVERIFY(decision.reason.contains(QLatin1String("placeholder")));
        block.code = QStringLiteral("docker compose ps 2>/dev/null");
        QVERIFY(CommandPolicy::canRun(block, RunTarget::Droplet).allowed);
    }

    void everyDefaultBlockFollowsTheRule()
    {
        const Profile profile = *defaultProfile().profile;
        int displayOnly = 0;
        for (const CommandPack &pack : profile.commandPacks) {
            for (const CommandBlock &block : pack.blocks) {
                QVERIFY(!CommandPolicy::canRun(block, block.context == Context::Mac ? RunTarget::Droplet
                                                                                    : RunTarget::Local).allowed);
                displayOnly += CommandPolicy::isDisplayOnly(block);
            }
        }
        QCOMPARE(displayOnly, 1); // pbcopy < ~/.ssh/id_ed25519
    }
};

QTEST_GUILESS_MAIN(TestCommandPolicy)
#include "tst_commandpolicy.moc"
