// The connection assistant under Xvfb, walked end to end as a new operator
// walks it on the first start (no droplet yet): the address and key, the
// unknown host key shown with its fingerprint and the console command to
// compare, trust, the connection test, a GitHub token missing two permissions
// (both listed, nothing saved), then the right token, then the GHCR login.
// With STRATUM_SCREENSHOT_DIR set, it also writes the README's screenshots.
#include "DeployWorld.h"
#include "PermissionsFixture.h"
#include "Screenshot.h"
#include "TestWorld.h"

#include "gui/mainwindow/MainWindow.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

using namespace Stratum;
using namespace StratumTest;

namespace {
const QByteArray ghcrToken = "ghp_AssistantGhcrToken0123456789abcdefgh";
const QByteArray githubToken = "github_pat_11ASSISTANT_0123456789abcdefg";
}

class TestConnectionAssistant : public QObject
{
    Q_OBJECT
private:
    DeployWorld m_world{ghcrToken, githubToken};
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<MainWindow> m_window;
    QWizard *m_wizard = nullptr;

    template<typename T>
    T *find(const char *name) const
    {
        return m_wizard->findChild<T *>(QLatin1String(name));
    }

    QPushButton *next() const { return qobject_cast<QPushButton *>(m_wizard->button(QWizard::NextButton)); }
    QPushButton *finish() const { return qobject_cast<QPushButton *>(m_wizard->button(QWizard::FinishButton)); }

    bool stored(const QString &secret)
    {
        std::optional<bool> set;
        m_core->vault()->secretStatus({secret}, this, [&](const Vault::Result<QMap<QString, bool>> &r) { set = r.value.value(secret); });
        return QTest::qWaitFor([&set] { return set.has_value(); }, 15000) && *set;
    }

    QList<HostEntry> hosts()
    {
        std::optional<QList<HostEntry>> loaded;
        m_core->vault()->loadHosts(this, [&](const Vault::Result<QList<HostEntry>> &r) { loaded = r.value; });
        (void)QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 15000);
        return loaded.value_or(QList<HostEntry>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_world.start(), qPrintable(m_world.errorString()));
        const QString profilePath = m_world.writeProfile(QStringLiteral("assistant-profile.json"));
        m_core = std::make_unique<CoreContext>();
        QVERIFY(m_core->loadProfile(profilePath));
        m_world.sshd().setDockerOutput(QStringLiteral("compose-version"), "Docker Compose version v2.26.1\n");
        m_world.sshd().setDockerOutput(QStringLiteral("info"), "26.1.5\n");
        QVERIFY(QFile::setPermissions(m_world.droplet().appDir() + QStringLiteral("/.env.production"), QFile::ReadOwner | QFile::WriteOwner));
        m_window = std::make_unique<MainWindow>(*m_core);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void opensOnTheFirstStart()
    {
        QTRY_VERIFY_WITH_TIMEOUT((m_wizard = m_window->findChild<QWizard *>(QStringLiteral("connectionAssistant"))) && m_wizard->isVisible(),
                                 15000);
        QVERIFY(!next()->isEnabled()); // no address yet
        // No droplet yet: the first page offers the rehearsal (it opens in its own window).
        auto *rehearse = find<QPushButton>("rehearseButton");
        QVERIFY(rehearse->isVisible() && rehearse->isEnabled());
        QCOMPARE(rehearse->text(), QStringLiteral("Rehearse on this machine first"));
        saveScreenshot(m_wizard, QStringLiteral("connection-assistant-first-page"));
    }

    void droplet()
    {
        QTest::keyClicks(find<QLineEdit>("addressEdit"), QStringLiteral("127.0.0.1"));
        find<QSpinBox>("portSpin")->setValue(m_world.sshd().port());
        find<QLineEdit>("userEdit")->setText(m_world.sshd().user());
        find<QLineEdit>("keyEdit")->setText(m_world.sshd().userKeyPath());
        find<QCheckBox>("agentCheck")->setChecked(false);
        find<QLineEdit>("nameEdit")->setText(QStringLiteral("bad name!"));
        QVERIFY(!next()->isEnabled());
        QVERIFY2(!find<QLabel>("dropletProblemLabel")->text().isEmpty(), "bad input is said in one sentence");
        find<QLineEdit>("nameEdit")->setText(QStringLiteral("production"));
        QVERIFY(next()->isEnabled());
        QVERIFY(hosts().isEmpty()); // nothing saved yet
        QTest::mouseClick(next(), Qt::LeftButton);
    }

    void unknownHostKeyIsShownWithTheCommandToCompare()
    {
        auto *fingerprint = find<QLabel>("fingerprintLabel");
        QTRY_VERIFY_WITH_TIMEOUT(fingerprint->text().contains(m_world.sshd().hostKeyFingerprint()), 15000);
        QCOMPARE(find<QLineEdit>("compareCommandEdit")->text(), QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"));
        QVERIFY(!next()->isEnabled());
        saveScreenshot(m_wizard, QStringLiteral("connection-assistant-hostkey"));
        find<QCheckBox>("trustCheck")->click();
        QVERIFY(next()->isEnabled());
        QVERIFY(hosts().isEmpty()); // trusted on this page, saved only once the connection works
        QTest::mouseClick(next(), Qt::LeftButton);
    }

    void connectionTestSavesTheDroplet()
    {
        auto *result = find<QLabel>("connectionLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Saved")) || result->text().contains(QLatin1String("To do")), 20000);
        QVERIFY2(result->text().contains(QLatin1String("docker compose 2.26.1")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String(".env.production present, mode 600")));
        QTRY_VERIFY(next()->isEnabled());
        const QList<HostEntry> saved = hosts();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("production"));
        QCOMPARE(saved.first().trustedKeys.size(), 1);
        QCOMPARE(saved.first().trustedKeys.first().fingerprint, m_world.sshd().hostKeyFingerprint());
        QVERIFY(saved.first().keySetAt.isValid());
        QTest::mouseClick(next(), Qt::LeftButton);
    }

    void tokenMissingTwoPermissionsIsNotSaved()
    {
        servePermissions(m_world.gates().github(), {QStringLiteral("actions:write"), QStringLiteral("secrets:read")}, ghcrToken);
        QTest::keyClicks(find<QLineEdit>("githubTokenEdit"), QString::fromLatin1(githubToken));
        QTest::mouseClick(find<QPushButton>("checkTokenButton"), Qt::LeftButton);
        auto *result = find<QLabel>("tokenResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("To do")), 20000);
        QVERIFY2(result->text().contains(QLatin1String("Actions: Read and write; Secrets: Read-only")), qPrintable(result->text()));
        QVERIFY(!next()->isEnabled());
        QVERIFY(!stored(SecretNames::githubToken()));
        QVERIFY(!result->text().contains(QString::fromLatin1(githubToken)));
        saveScreenshot(m_wizard, QStringLiteral("connection-assistant-token"));

        servePermissions(m_world.gates().github(), {}, ghcrToken); // the operator granted them on github.com
        QTest::mouseClick(find<QPushButton>("checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 20000);
        QVERIFY(stored(SecretNames::githubToken()));
        QVERIFY(find<QLineEdit>("githubTokenEdit")->text().isEmpty()); // the value lives on only in the keychain
        QTest::mouseClick(next(), Qt::LeftButton);
    }

    void ghcrLoginIsProven()
    {
        QCOMPARE(find<QLineEdit>("ghcrUserEdit")->text(), QStringLiteral("qualitymaterial"));
        QTest::keyClicks(find<QLineEdit>("ghcrTokenEdit"), QString::fromLatin1(ghcrToken));
        QTest::mouseClick(find<QPushButton>("checkGhcrButton"), Qt::LeftButton);
        auto *result = find<QLabel>("ghcrResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(finish()->isEnabled(), 20000);
        QVERIFY2(result->text().contains(QLatin1String("the registry issued a pull token for qualitymaterial")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("only read:packages")));
        QVERIFY(stored(SecretNames::ghcrToken()));
        QVERIFY(m_world.tokenGate().tokensIssued() >= 1);
        QTest::mouseClick(finish(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QWizard *>(QStringLiteral("connectionAssistant")));
        // Settings shows the droplet the assistant saved.
        QWidget *settings = m_window->showPage(QStringLiteral("SettingsPage"));
        QTRY_COMPARE_WITH_TIMEOUT(settings->findChild<QTableWidget *>(QStringLiteral("hostsTable"))->rowCount(), 1, 15000);
    }

    void secretsNeverReachAFile()
    {
        for (const WrittenFile &file : scanForSecrets(worldDir(), {ghcrToken, githubToken}))
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path));
    }
};

QTEST_MAIN(TestConnectionAssistant)
#include "tst_connectionassistant.moc"
