#pragma once

#include "gui/palette/PaletteRanking.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CommandPalette;
}

namespace Stratum {

// ⌘K: every action of the app, found by typing. An action that cannot run now is listed
// greyed with the reason; Enter runs the chosen one (dangerous ones still go through the
// lane's confirmation), Escape closes.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(QList<PaletteEntry> entries, QStringList recentIds, QWidget *parent = nullptr);
    ~CommandPalette() override;

    QStringList shownIds() const; // in the order listed (for the tests)

Q_SIGNALS:
    void ran(const QString &id); // after the entry ran: remember it as recent

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void runCurrent();
    void showHint();
    int currentEntry() const;

    std::unique_ptr<Ui::CommandPalette> m_ui;
    QList<PaletteEntry> m_entries;
    QStringList m_recent;
};

// The key sheet (? or F1): every shortcut, by menu, from the same entries as the palette.
QString keySheetHtml(const QList<PaletteEntry> &entries);

} // namespace Stratum
