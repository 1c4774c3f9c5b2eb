#include "ConnectionAssistant.h"
#include "ui_connectionassistant.h"

#include "gui/rehearsal/Rehearsal.h"

#include "core/platform/AppIdentity.h"
#include "core/ssh/RemoteHosts.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Stratum {

namespace {

QString colour(CheckStep::State state)
{
    switch (state) {
    case CheckStep::State::Passed:
        return QStringLiteral("#2e7d32");
    case CheckStep::State::Warning:
        return QStringLiteral("#ef8f00");
    case CheckStep::State::Failed:
        return QStringLiteral("#c62828");
    case CheckStep::State::Skipped:
        return QStringLiteral("#616161");
    }
    return {};
}

void wipe(QLineEdit *edit)
{
    edit->clear(); // the value lives on only in the keychain
}

} // namespace

ConnectionAssistant::ConnectionAssistant(CoreContext &core, QWidget *parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::ConnectionAssistant>()), m_core(core)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionAssistant"));
    for (QLineEdit *secret : {m_ui->passphraseEdit, m_ui->githubTokenEdit, m_ui->ghcrTokenEdit})
        secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_ui->ghcrUserEdit->setText(core.profile().github.owner);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->addressEdit, m_ui->userEdit, m_ui->keyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionAssistant::checkTypedHost);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionAssistant::checkTypedHost);
    connect(m_ui->agentCheck, &QCheckBox::toggled, this, &ConnectionAssistant::checkTypedHost);
    connect(m_ui->trustCheck, &QCheckBox::toggled, m_ui->hostKeyPage, &CheckedPage::setComplete);
    connect(m_ui->copyCommandButton, &QPushButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(m_ui->compareCommandEdit->text());
    });
    connect(m_ui->retestButton, &QPushButton::clicked, this, &ConnectionAssistant::testConnection);
    m_ui->rehearseFrame->setVisible(!AppIdentity::isRehearsal());
    connect(m_ui->rehearseButton, &QPushButton::clicked, this, [this]() {
        if (openRehearsalWindow())
            reject(); // the rehearsal opens in its own window; a droplet can be set up later (File → Set up a droplet…)
        else
            m_ui->dropletProblemLabel->setText(tr("Could not open the rehearsal's window."));
    });
    connect(m_ui->checkTokenButton, &QPushButton::clicked, this, &ConnectionAssistant::checkToken);
    connect(m_ui->githubTokenEdit, &QLineEdit::returnPressed, this, &ConnectionAssistant::checkToken);
    connect(m_ui->skipTokenCheck, &QCheckBox::toggled, m_ui->githubPage, &CheckedPage::setComplete);
    connect(m_ui->checkGhcrButton, &QPushButton::clicked, this, &ConnectionAssistant::checkGhcrLogin);
    connect(m_ui->skipGhcrCheck, &QCheckBox::toggled, m_ui->ghcrPage, &CheckedPage::setComplete);
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        m_existing = hosts.value;
        if (!m_existing.isEmpty() && m_ui->nameEdit->text() == QLatin1String("production"))
            m_ui->nameEdit->setText(QStringLiteral("droplet-%1").arg(m_existing.size() + 1));
        checkTypedHost();
    });
    checkTypedHost();
}

ConnectionAssistant::~ConnectionAssistant() = default;

HostEntry ConnectionAssistant::typedHost() const
{
    HostEntry host;
    host.name = m_ui->nameEdit->text().trimmed();
    host.address = m_ui->addressEdit->text().trimmed();
    host.port = m_ui->portSpin->value();
    host.user = m_ui->userEdit->text().trimmed();
    host.keyPath = m_ui->keyEdit->text().trimmed();
    host.useAgent = m_ui->agentCheck->isChecked() || host.keyPath.isEmpty();
    host.keySetAt = QDateTime::currentDateTimeUtc();
    if (m_hostKey.verdict == HostKeyVerdict::Unknown && m_ui->trustCheck->isChecked())
        host.trustedKeys.append({m_hostKey.key.type, m_hostKey.key.fingerprint, QString::fromLatin1(m_hostKey.key.blob.toBase64())});
    return host;
}

void ConnectionAssistant::checkTypedHost()
{
    const HostEntry host = typedHost();
    QString problem = host.address.isEmpty() ? QString() : validateHostEntry(host);
    for (const HostEntry &existing : std::as_const(m_existing)) {
        if (existing.name == host.name)
            problem = tr("a droplet named \"%1\" is set up already: pick another name").arg(host.name);
    }
    m_ui->dropletProblemLabel->setText(problem.isEmpty() ? QString() : problem);
    m_ui->dropletProblemLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->dropletPage->setComplete(!host.address.isEmpty() && problem.isEmpty() && !m_hostSaved);
}

void ConnectionAssistant::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (id) {
    case HostKeyPage:
        readHostKey();
        break;
    case ConnectionPage:
        testConnection();
        break;
    case GitHubPage:
        m_core.vault()->secretStatus({SecretNames::githubToken()}, this, [this](const Vault::Result<QMap<QString, bool>> &status) {
            if (status.value.value(SecretNames::githubToken()))
                m_ui->githubTokenEdit->setPlaceholderText(tr("a token is stored: Check the token checks it, or type a new one"));
        });
        break;
    default:
        break;
    }
}

void ConnectionAssistant::readHostKey()
{
    m_ui->hostKeyPage->setComplete(false);
    m_ui->trustCheck->setChecked(false);
    m_ui->trustCheck->setEnabled(false);
    m_ui->fingerprintLabel->clear();
    m_ui->compareCommandEdit->clear();
    m_ui->hostKeyLabel->setText(tr("Reading the host key of %1…").arg(m_ui->addressEdit->text().toHtmlEscaped()));
    HostEntry host = typedHost();
    host.trustedKeys.clear();
    Stratum::readHostKey(host, m_core.profile(), this, [this](const HostKeyReading &reading) { showHostKey(reading); });
}

void ConnectionAssistant::showHostKey(const HostKeyReading &reading)
{
    m_hostKey = reading;
    m_ui->fingerprintLabel->setText(reading.key.fingerprint.isEmpty() ? QString()
                                                                      : reading.key.type + QLatin1Char(' ') + reading.key.fingerprint);
    m_ui->compareCommandEdit->setText(reading.key.fingerprint.isEmpty() ? QString() : reading.compareCommand);
    switch (reading.verdict) {
    case HostKeyVerdict::Trusted:
        m_ui->hostKeyLabel->setText(tr("The droplet presents this key, and ~/.ssh/known_hosts trusts it already."));
        m_ui->hostKeyPage->setComplete(true);
        break;
    case HostKeyVerdict::Unknown:
        m_ui->hostKeyLabel->setText(tr("The droplet presents this key. Run the command below on the droplet's console and "
                                       "trust the key only if it prints the same fingerprint."));
        m_ui->trustCheck->setEnabled(true);
        break;
    default:
        m_ui->hostKeyLabel->setText(QStringLiteral("<b style=\"color:#c62828\">%1</b><br>%2")
                                        .arg(reading.step.found.join(QStringLiteral("<br>")).toHtmlEscaped(),
                                             reading.step.fixes.join(QStringLiteral("<br>")).toHtmlEscaped()));
        break;
    }
}

void ConnectionAssistant::testConnection()
{
    if (m_hostSaved) {
        m_ui->connectionPage->setComplete(true);
        return;
    }
    m_ui->connectionPage->setComplete(false);
    m_ui->retestButton->setEnabled(false);
    m_ui->connectionLabel->setText(tr("Logging in to %1…").arg(m_ui->addressEdit->text().toHtmlEscaped()));
    testDroplet(typedHost(), m_ui->passphraseEdit->text().toUtf8(), m_core.profile(), this, [this](const CheckStep &step) {
        m_ui->retestButton->setEnabled(true);
        setResult(m_ui->connectionLabel, step);
        if (step.passed())
            saveHost();
    });
}

// The connection test passed: the droplet, its trusted key and the key's passphrase go into the keychain.
void ConnectionAssistant::saveHost()
{
    const HostEntry host = typedHost();
    QList<HostEntry> hosts = m_existing;
    hosts.append(host);
    m_core.vault()->saveHosts(hosts, this, [this, host, hosts](const KeychainError &error) {
        if (!error.ok()) {
            m_ui->connectionLabel->setText(m_ui->connectionLabel->text() + QStringLiteral("<br><b style=\"color:#c62828\">%1</b>")
                                                                               .arg(tr("not saved: %1").arg(error.message).toHtmlEscaped()));
            return;
        }
        m_existing = hosts;
        m_hostSaved = true;
        Q_EMIT hostsChanged();
        const auto done = [this, name = host.name]() {
            m_ui->connectionLabel->setText(m_ui->connectionLabel->text() + QStringLiteral("<br><b>%1</b>")
                                                                               .arg(tr("Saved \"%1\" in the keychain.").arg(name).toHtmlEscaped()));
            m_ui->connectionPage->setComplete(true);
        };
        if (m_ui->passphraseEdit->text().isEmpty()) {
            done();
            return;
        }
        saveSecret(SecretNames::sshPassphrasePrefix() + host.name, m_ui->passphraseEdit->text().toUtf8(), done);
        wipe(m_ui->passphraseEdit);
    });
}

void ConnectionAssistant::checkToken()
{
    if (m_checking)
        return;
    const QByteArray typed = m_ui->githubTokenEdit->text().trimmed().toUtf8();
    m_checking = true;
    m_ui->checkTokenButton->setEnabled(false);
    m_ui->tokenResultLabel->setText(tr("Asking GitHub, one harmless request per permission…"));
    auto check = [this, typed](const QByteArray &token) {
        checkGitHubToken(token, m_core.profile(), this, [this, typed](const CheckStep &step) {
            m_checking = false;
            m_ui->checkTokenButton->setEnabled(true);
            setResult(m_ui->tokenResultLabel, step);
            if (!step.passed())
                return;
            if (typed.isEmpty()) { // the stored one passed
                m_ui->githubPage->setComplete(true);
                return;
            }
            saveSecret(SecretNames::githubToken(), typed, [this]() { m_ui->githubPage->setComplete(true); });
            wipe(m_ui->githubTokenEdit);
        });
    };
    if (!typed.isEmpty()) {
        check(typed);
        return;
    }
    m_core.vault()->readSecret(SecretNames::githubToken(), this, [this, check](const Vault::Result<QString> &stored) {
        if (stored.value.isEmpty()) {
            m_checking = false;
            m_ui->checkTokenButton->setEnabled(true);
            m_ui->tokenResultLabel->setText(tr("Type the token first (github.com → Settings → Developer settings → Fine-grained tokens)."));
            return;
        }
        check(stored.value.toUtf8());
    });
}

void ConnectionAssistant::checkGhcrLogin()
{
    const QString user = m_ui->ghcrUserEdit->text().trimmed();
    const QByteArray token = m_ui->ghcrTokenEdit->text().trimmed().toUtf8();
    if (user.isEmpty() || token.isEmpty()) {
        m_ui->ghcrResultLabel->setText(tr("Type the user and the token first."));
        return;
    }
    m_ui->checkGhcrButton->setEnabled(false);
    m_ui->ghcrResultLabel->setText(tr("Asking the registry for a pull token…"));
    checkGhcr(user, token, m_core.profile(), this, [this, user, token](const CheckStep &step) {
        m_ui->checkGhcrButton->setEnabled(true);
        setResult(m_ui->ghcrResultLabel, step);
        if (!step.passed())
            return;
        saveSecret(SecretNames::ghcrUsername(), user.toUtf8(), [this, token]() {
            saveSecret(SecretNames::ghcrToken(), token, [this]() { m_ui->ghcrPage->setComplete(true); });
        });
        wipe(m_ui->ghcrTokenEdit);
    });
}

void ConnectionAssistant::saveSecret(const QString &name, const QByteArray &value, std::function<void()> then)
{
    QByteArray copy = value;
    m_core.vault()->writeSecret(name, copy, this, [this, name, then](const KeychainError &error) {
        if (!error.ok()) {
            QLabel *label = currentId() == GhcrPage ? m_ui->ghcrResultLabel : currentId() == GitHubPage ? m_ui->tokenResultLabel
                                                                                                         : m_ui->connectionLabel;
            label->setText(label->text() + QStringLiteral("<br><b style=\"color:#c62828\">%1</b>")
                                               .arg(tr("%1 not saved: %2").arg(name, error.message).toHtmlEscaped()));
            return;
        }
        Q_EMIT secretsChanged();
        then();
    });
    copy.fill('\0');
}

QString ConnectionAssistant::describe(const CheckStep &step)
{
    // What to do first, then what was found; the missing parts stand out.
    QString text = QStringLiteral("<b style=\"color:%1\">%2</b>")
                       .arg(colour(step.state), step.passed() ? tr("Passed") : tr("Not passed yet"));
    for (const QString &fix : step.fixes)
        text += QStringLiteral("<br><b>%1</b> %2").arg(tr("To do:"), fix.toHtmlEscaped());
    for (const QString &found : step.found) {
        const bool missing = found.contains(QLatin1String("MISSING"));
        text += missing ? QStringLiteral("<br><span style=\"color:#c62828\">· %1</span>").arg(found.toHtmlEscaped())
                        : QStringLiteral("<br>· ") + found.toHtmlEscaped();
    }
    return text;
}

void ConnectionAssistant::setResult(QLabel *label, const CheckStep &step)
{
    label->setText(m_core.redactor().redact(describe(step)));
}

} // namespace Stratum
