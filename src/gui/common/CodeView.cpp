#include "CodeView.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPalette>
#include <QPlainTextEdit>

namespace Stratum {

void applyHighlighting(QPlainTextEdit *view, KSyntaxHighlighting::Repository &repository,
                       const QString &definitionName)
{
    const bool dark = view->palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme = repository.defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);

    QPalette palette = view->palette();
    palette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    palette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    view->setPalette(palette);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(view->document());
    highlighter->setTheme(theme);
    // Set the definition before text arrives: a later change re-highlights everything.
    highlighter->setDefinition(repository.definitionForName(definitionName));
}

} // namespace Stratum
