#include "CommandPalette.h"

#include "ui_commandpalette.h"

#include <QKeyEvent>
#include <QMap>

namespace Stratum {

CommandPalette::CommandPalette(QList<PaletteEntry> entries, QStringList recentIds, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CommandPalette>()), m_entries(std::move(entries)), m_recent(std::move(recentIds))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("commandPalette"));
    m_ui->entryTree->header()->setStretchLastSection(false);
    m_ui->entryTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->entryTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->entryTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->queryEdit->installEventFilter(this);
    m_ui->queryEdit->setFocus();
    connect(m_ui->queryEdit, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_ui->queryEdit, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_ui->entryTree, &QTreeWidget::itemActivated, this, &CommandPalette::runCurrent);
    connect(m_ui->entryTree, &QTreeWidget::currentItemChanged, this, &CommandPalette::showHint);
    refill();
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::refill()
{
    m_ui->entryTree->clear();
    const QList<int> order = rankEntries(m_entries, m_ui->queryEdit->text(), m_recent);
    for (const int index : order) {
        const PaletteEntry &entry = m_entries.at(index);
        auto *item = new QTreeWidgetItem(m_ui->entryTree, {entry.text, entry.group, entry.shortcut.toString(QKeySequence::NativeText)});
        item->setData(0, Qt::UserRole, index);
        if (!entry.enabled) {
            for (int column = 0; column < 3; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, entry.disabledReason);
        }
    }
    if (m_ui->entryTree->topLevelItemCount() > 0)
        m_ui->entryTree->setCurrentItem(m_ui->entryTree->topLevelItem(0));
    showHint();
}

int CommandPalette::currentEntry() const
{
    const QTreeWidgetItem *item = m_ui->entryTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

void CommandPalette::showHint()
{
    const int index = currentEntry();
    if (index < 0) {
        m_ui->hintLabel->setText(tr("Nothing matches \"%1\".").arg(m_ui->queryEdit->text()));
        return;
    }
    const PaletteEntry &entry = m_entries.at(index);
    m_ui->hintLabel->setText(entry.enabled ? tr("↑↓ to choose · Enter to run · Esc to close")
                                           : tr("Not now: %1").arg(entry.disabledReason.isEmpty() ? tr("not available") : entry.disabledReason));
}

void CommandPalette::runCurrent()
{
    const int index = currentEntry();
    if (index < 0 || !m_entries.at(index).enabled) {
        showHint();
        return;
    }
    const PaletteEntry entry = m_entries.at(index);
    accept();
    Q_EMIT ran(entry.id);
    if (entry.run)
        entry.run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->queryEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_ui->entryTree, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QStringList CommandPalette::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_ui->entryTree->topLevelItemCount(); ++row)
        ids << m_entries.at(m_ui->entryTree->topLevelItem(row)->data(0, Qt::UserRole).toInt()).id;
    return ids;
}

QString keySheetHtml(const QList<PaletteEntry> &entries)
{
    QMap<QString, QStringList> rows; // by group, in the entries' order within it
    QStringList groups;
    for (const PaletteEntry &entry : entries) {
        if (entry.shortcut.isEmpty())
            continue;
        if (!groups.contains(entry.group))
            groups << entry.group;
        rows[entry.group] << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                 .arg(entry.shortcut.toString(QKeySequence::NativeText).toHtmlEscaped(), entry.text.toHtmlEscaped());
    }
    QString html;
    for (const QString &group : groups)
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"6\">%2</table>").arg(group.toHtmlEscaped(), rows.value(group).join(QString()));
    return html;
}

} // namespace Stratum
