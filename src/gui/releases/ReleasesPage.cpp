#include "ReleasesPage.h"
#include "ui_releasespage.h"

#include "gui/common/MainAction.h"

#include "gui/common/Confirm.h"

#include "core/smoke/Smoke.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

#include <memory>

namespace Stratum {

ReleasesPage::ReleasesPage(CoreContext &core, DeployLane &lane, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReleasesPage>()), m_core(core), m_lane(lane), m_model(new ReleaseTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->releasesView->setModel(m_model);
    m_ui->releasesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->releasesView->verticalHeader()->hide();
    connect(m_ui->releasesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReleasesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReleasesPage::updateButtons);
    connect(m_ui->markGoodButton, &QPushButton::clicked, this, &ReleasesPage::markSelectedGood);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ReleasesPage::forgetSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReleasesPage::exportLog);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ReleasesPage::importLog);
    bindMainAction(this, m_ui->rollbackButton); // ⌘↩: the page's main action
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, [this]() {
        if (!selectedSha().isEmpty())
            Q_EMIT rollbackRequested(selectedSha());
    });
    connect(m_ui->promoteButton, &QPushButton::clicked, this, [this]() {
        if (const std::optional<PromotionOffer> offer = selectedOffer())
            Q_EMIT promoteRequested(*offer);
    });
    connect(m_ui->breakLockButton, &QPushButton::clicked, this, &ReleasesPage::breakLock);
    connect(m_ui->lockReasonEdit, &QLineEdit::textChanged, this, &ReleasesPage::updateBreakLockButton);
    connect(&m_lane, &DeployLane::readOnlyChanged, this, &ReleasesPage::updateButtons);
    updateButtons();
    reload();
}

ReleasesPage::~ReleasesPage() = default;

void ReleasesPage::reload()
{
    if (isVisible()) // a hidden page asks the droplet nothing (not at start-up either); showEvent() does
        readLock();
    m_ui->statusLabel->setText(tr("Reading the release log from the keychain…"));
    m_core.vault()->loadReleaseLog(m_core.profile().id, this, [this](const Vault::Result<ReleaseLog> &log) {
        if (!log.error.ok()) {
            m_ui->statusLabel->setText(tr("Release log unavailable: %1").arg(log.error.message));
            return;
        }
        m_model->setLog(log.value);
        m_ui->releasesView->resizeColumnsToContents();
        m_ui->statusLabel->setText(tr("%n release(s), %1 known-good", nullptr,
                                      static_cast<int>(log.value.entries().size()))
                                       .arg(log.value.knownGood().size()));
    });
}

QString ReleasesPage::selectedSha() const
{
    const QModelIndexList rows = m_ui->releasesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ReleaseTableModel::ShaRole).toString();
}

void ReleasesPage::setPromotionOffers(const QList<PromotionOffer> &offers)
{
    m_promotionOffers = offers;
    m_ui->promoteButton->setVisible(m_core.profile().environments.size() > 1);
    updateButtons();
}

std::optional<PromotionOffer> ReleasesPage::selectedOffer() const
{
    const QString sha = selectedSha();
    for (const PromotionOffer &offer : m_promotionOffers)
        if (offer.sha == sha)
            return offer;
    return std::nullopt;
}

void ReleasesPage::updateBreakLockButton()
{
    m_ui->breakLockButton->setEnabled(!m_lane.readOnly() && !m_lockStepRuns && !m_lockToken.isEmpty()
                                      && !m_ui->lockReasonEdit->text().trimmed().isEmpty());
}

void ReleasesPage::updateButtons()
{
    const bool selected = !selectedSha().isEmpty();
    m_ui->markGoodButton->setEnabled(selected);
    m_ui->forgetButton->setEnabled(selected);
    const QModelIndexList rows = m_ui->releasesView->selectionModel()->selectedRows();
    const bool knownGood = !rows.isEmpty() && rows.first().data(ReleaseTableModel::KnownGoodRole).toBool();
    m_ui->rollbackButton->setEnabled(knownGood && !m_lane.readOnly());
    m_ui->rollbackButton->setToolTip(m_lane.readOnly() ? m_lane.readOnlyRefusal()
                                     : knownGood       ? tr("Pre-flight, then one confirmation showing current → target")
                                                       : tr("Pick a known-good release: only those are rollback targets"));
    const std::optional<PromotionOffer> offer = selectedOffer();
    m_ui->promoteButton->setEnabled(offer && !m_lane.readOnly());
    m_ui->promoteButton->setToolTip(m_lane.readOnly() ? m_lane.readOnlyRefusal()
                                    : offer ? tr("Its smoke passed on %1: plan its deploy to %2 (%3), then confirm")
                                                  .arg(offer->from, offer->to, offer->hostName)
                                            : tr("Pick a release whose smoke passed on staging: only those are promoted"));
    updateBreakLockButton();
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
}

void ReleasesPage::change(const std::function<QString(ReleaseLog &)> &edit)
{
    // Read-modify-write through the vault: the CLI may have changed the log meanwhile.
    auto message = std::make_shared<QString>();
    m_core.vault()->updateReleaseLog(m_core.profile().id, [edit, message](ReleaseLog &log) { *message = edit(log); }, this,
                                     [this, message](const KeychainError &error) {
        if (!error.ok()) {
            m_ui->statusLabel->setText(tr("Not changed: %1").arg(error.message));
            return;
        }
        reload();
        m_ui->statusLabel->setText(*message);
        Q_EMIT releaseLogChanged();
    });
}

void ReleasesPage::markSelectedGood()
{
    const QString sha = selectedSha();
    if (sha.isEmpty())
        return;
    markGood(sha, {});
}

// The smoke decides; without it the operator types why (audited), as in the CLI.
void ReleasesPage::markGood(const QString &sha, const QString &withoutSmokeReason)
{
    const KnownGoodRequest request{sha, operatorName(), {}, withoutSmokeReason, m_watchedHost};
    markKnownGood(m_core.profile(), m_core.vault(), &m_core.redactor(), request, this, [this, sha](const KnownGoodResult &result) {
        if (result.marked) {
            reload();
            Q_EMIT releaseLogChanged();
            return;
        }
        if (!result.refused) {
            inform(this, QMessageBox::Warning, tr("Mark known-good"), result.message);
            return;
        }
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("markGoodDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Mark known-good without smoke"));
        dialog->setLabelText(tr("The post-deploy smoke of %1 has not passed; still open:\n  • %2\n\n"
                                "Run it on the Checklists page, or type why this release is known-good anyway "
                                "(recorded in the audit log):").arg(sha.left(12), result.openItems.join(QStringLiteral("\n  • "))));
        connect(dialog, &QInputDialog::textValueSelected, this, [this, sha](const QString &reason) {
            if (!reason.trimmed().isEmpty())
                markGood(sha, reason);
        });
        dialog->open();
    });
}

void ReleasesPage::forgetSelected()
{
    const QString sha = selectedSha();
    if (sha.isEmpty())
        return;
    confirm(this, {tr("Forget release"), tr("Remove every entry for %1 from the release log?").arg(sha.left(12)), tr("Forget"),
                   QMessageBox::Warning, QMessageBox::DestructiveRole, QStringLiteral("forgetDialog")},
            [this, sha]() {
        change([sha](ReleaseLog &log) {
            log.forget(sha);
            return tr("Forgot %1.").arg(sha.left(12));
        });
    });
}

void ReleasesPage::exportLog()
{
    auto *dialog = new QFileDialog(this, tr("Export release log"), QString(), tr("Release log (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(m_core.profile().id + QStringLiteral("-releases.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ReleasesPage::writeExport);
    dialog->open();
}

void ReleasesPage::writeExport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_ui->statusLabel->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write(m_core.redactor().redact(QString::fromUtf8(m_model->log().toExportJson(m_core.profile().id))).toUtf8());
    m_ui->statusLabel->setText(tr("Exported the release log to %1.").arg(path));
}

void ReleasesPage::importLog()
{
    auto *dialog = new QFileDialog(this, tr("Import release log"), QString(), tr("Release log (*.json)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ReleasesPage::readImport);
    dialog->open();
}

void ReleasesPage::readImport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->statusLabel->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const ReleaseLogParseResult parsed = ReleaseLog::fromJson(file.read(16 * 1024 * 1024));
    if (!parsed.log) {
        m_ui->statusLabel->setText(tr("Not imported: %1").arg(parsed.error));
        return;
    }
    if (!parsed.profileId.isEmpty() && parsed.profileId != m_core.profile().id) {
        m_ui->statusLabel->setText(tr("Not imported: the file belongs to profile \"%1\".").arg(parsed.profileId));
        return;
    }
    const ReleaseLog incoming = *parsed.log;
    change([incoming](ReleaseLog &log) {
        return tr("Imported %n new release(s).", nullptr, log.merge(incoming));
    });
}

void ReleasesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readLock();
}

// The droplet's deploy lock, when held: who holds it since when, whether a step of its change
// still runs, and — only when none runs — breaking it with a reason.
void ReleasesPage::readLock()
{
    m_lane.readLock(QString(), this, [this](const DeployLane::LockReading &reading) { showLock(reading); });
}

void ReleasesPage::showLock(const DeployLane::LockReading &reading)
{
    m_lockHost = reading.hostName;
    m_lockToken = reading.read && reading.lock.held ? reading.lock.token : QString();
    m_lockHolder = reading.holderText();
    m_lockStepRuns = reading.running.has_value();
    m_ui->lockFrame->setVisible(reading.read && reading.lock.held);
    if (reading.read)
        Q_EMIT lockRead(reading.lock.held);
    if (!reading.read || !reading.lock.held)
        return;
    m_ui->lockLabel->setText(m_lockStepRuns
        ? tr("The deploy lock of %1 is held by %2. A step of its change still runs on the droplet: %3. It cannot be broken "
             "while that runs; wait for it, or cancel it from the app that started it.")
              .arg(reading.hostName, m_lockHolder, reading.runningText())
        : tr("The deploy lock of %1 is held by %2, and nothing of its change runs on the droplet now. If that change is gone "
             "(its app closed, its machine off), break the lock with a reason.").arg(reading.hostName, m_lockHolder));
    // A wrapped label's height is settled before the frame has its width: give it the lines it needs at the page's.
    const int labelHeight = std::max(2 * m_ui->lockLabel->fontMetrics().lineSpacing(), m_ui->lockLabel->heightForWidth(width() - 60));
    m_ui->lockLabel->setMinimumHeight(labelHeight);
    const QMargins margins = m_ui->lockLayout->contentsMargins();
    m_ui->lockFrame->setMinimumHeight(labelHeight + m_ui->lockReasonEdit->sizeHint().height() + m_ui->lockLayout->spacing()
                                      + margins.top() + margins.bottom() + 2 * m_ui->lockFrame->frameWidth());
    m_ui->lockReasonEdit->setEnabled(!m_lockStepRuns);
    updateBreakLockButton();
}

void ReleasesPage::breakLock()
{
    const QString reason = m_ui->lockReasonEdit->text().trimmed();
    if (m_lockToken.isEmpty() || reason.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Break the Deploy Lock");
    question.text = tr("Break the deploy lock of %1 held by %2?\n\nIf its app comes back, the droplet refuses its next step. "
                       "This is recorded with your reason: %3").arg(m_lockHost, m_lockHolder, reason);
    question.acceptText = tr("Break Lock");
    question.icon = QMessageBox::Warning;
    question.acceptRole = QMessageBox::DestructiveRole;
    question.objectName = QStringLiteral("breakLockDialog");
    const QString host = m_lockHost;
    const QString token = m_lockToken;
    confirm(this, question, [this, host, token, reason]() {
        m_ui->breakLockButton->setEnabled(false);
        m_lane.breakLock(host, token, reason, this, [this](const DeployLane::LockBreak &broken) {
            m_ui->statusLabel->setText(broken.message);
            if (broken.ok)
                m_ui->lockReasonEdit->clear();
            readLock();
        });
    });
}

} // namespace Stratum
