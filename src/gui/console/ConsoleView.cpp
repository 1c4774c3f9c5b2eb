#include "ConsoleView.h"
#include "ui_consoleview.h"

#include "common/CodeView.h"
#include "redaction/Redactor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Stratum {

namespace {
constexpr int renderIntervalMs = 34;            // at most ~30 renders a second
constexpr qint64 maxPendingBytes = 8 * 1024 * 1024; // beyond this only the newest output can ever be shown
}

ConsoleView::ConsoleView(KSyntaxHighlighting::Repository &repository, const Redactor *redactor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConsoleView>()), m_repository(repository), m_redactor(redactor)
{
    m_ui->setupUi(this);
    auto *text = m_ui->consoleText;
    text->setReadOnly(true);
    text->setUndoRedoEnabled(false);
    text->setMaximumBlockCount(m_scrollback);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);

    const bool dark = text->palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme = repository.defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    QPalette palette = text->palette();
    palette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    palette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    text->setPalette(palette);
    m_stdout.setForeground(QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_stderr.setForeground(QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Alert)));
    m_info.setForeground(QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Comment)));
    m_info.setFontItalic(true);

    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConsoleView::flush);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ConsoleView::copy);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConsoleView::save);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ConsoleView::clear);
    m_sinceRender.start();
}

ConsoleView::~ConsoleView() = default;

void ConsoleView::setScrollback(int lines)
{
    m_scrollback = std::max(100, lines);
    m_ui->consoleText->setMaximumBlockCount(m_scrollback);
}

void ConsoleView::appendCommand(const QString &command)
{
    enqueue(Kind::Command, m_redactor ? m_redactor->redact(command) : command);
}

void ConsoleView::appendInfo(const QString &text)
{
    enqueue(Kind::Info, m_redactor ? m_redactor->redact(text) : text);
}

void ConsoleView::appendOutput(const QByteArray &bytes, bool isStderr)
{
    m_bytesIn += bytes.size();
    // Redact whole lines, so that a secret split across two reads is still caught.
    QByteArray &partial = m_partial[isStderr ? 1 : 0];
    partial += bytes;
    qsizetype end = partial.lastIndexOf('\n');
    if (end < 0 && partial.size() < 64 * 1024)
        return;
    if (end < 0)
        end = partial.size() - 1;
    const QString text = QString::fromUtf8(partial.constData(), end + 1);
    partial.remove(0, end + 1);
    enqueue(isStderr ? Kind::Stderr : Kind::Stdout, m_redactor ? m_redactor->redact(text) : text);
}

void ConsoleView::enqueue(Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_pending.isEmpty() && m_pending.last().kind == kind && kind != Kind::Command)
        m_pending.last().text += text;
    else
        m_pending.append({kind, text});
    m_pendingBytes += text.size();
    // Keep intake memory bounded: what would scroll out anyway is dropped now.
    while (m_pendingBytes > maxPendingBytes && m_pending.size() > 1) {
        m_pendingBytes -= m_pending.first().text.size();
        m_pending.removeFirst();
    }
    if (m_pendingBytes > maxPendingBytes) {
        Chunk &only = m_pending.first();
        const qsizetype drop = only.text.size() - maxPendingBytes / 2;
        only.text.remove(0, only.text.indexOf(QLatin1Char('\n'), drop) + 1);
        m_pendingBytes = only.text.size();
    }
    scheduleFlush();
}

void ConsoleView::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    const qint64 wait = std::max<qint64>(0, renderIntervalMs - m_sinceRender.elapsed());
    m_flushTimer.start(static_cast<int>(wait));
}

void ConsoleView::flush()
{
    for (int stream = 0; stream < 2; ++stream) {
        if (!m_partial[stream].isEmpty() && m_pending.isEmpty()) {
            // A line without its end yet: show it once output pauses.
            const QString text = QString::fromUtf8(m_partial[stream]);
            m_partial[stream].clear();
            m_pending.append({stream ? Kind::Stderr : Kind::Stdout, m_redactor ? m_redactor->redact(text) : text});
        }
    }
    if (m_pending.isEmpty())
        return;
    // Only the newest `scrollback` lines can stay: drop the rest before the view lays them out.
    qsizetype lines = 0;
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        Chunk &chunk = m_pending[i];
        const qsizetype here = chunk.text.count(QLatin1Char('\n'));
        if (lines + here > m_scrollback) {
            qsizetype keep = m_scrollback - lines;
            qsizetype cut = chunk.text.size();
            while (keep-- >= 0 && cut > 0)
                cut = chunk.text.lastIndexOf(QLatin1Char('\n'), cut - 1);
            chunk.text.remove(0, cut + 1);
            m_pending.remove(0, i);
            break;
        }
        lines += here;
    }
    QPlainTextEdit *text = m_ui->consoleText;
    QScrollBar *bar = text->verticalScrollBar();
    const bool follow = bar->value() == bar->maximum();
    QTextCursor cursor(text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (const Chunk &chunk : std::as_const(m_pending)) {
        switch (chunk.kind) {
        case Kind::Command:
            insertHighlightedCommand(chunk.text);
            cursor.movePosition(QTextCursor::End);
            break;
        case Kind::Stdout:
            cursor.insertText(chunk.text, m_stdout);
            break;
        case Kind::Stderr:
            cursor.insertText(chunk.text, m_stderr);
            break;
        case Kind::Info:
            cursor.insertText(chunk.text.endsWith(QLatin1Char('\n')) ? chunk.text : chunk.text + QLatin1Char('\n'), m_info);
            break;
        }
    }
    cursor.endEditBlock();
    m_pending.clear();
    m_pendingBytes = 0;
    ++m_renders;
    m_sinceRender.restart();
    if (follow)
        bar->setValue(bar->maximum());
}

void ConsoleView::insertHighlightedCommand(const QString &command)
{
    // Highlight the command as Bash in a scratch document, then copy its formats over.
    QTextDocument scratch;
    KSyntaxHighlighting::SyntaxHighlighter highlighter(&scratch);
    const bool dark = m_ui->consoleText->palette().color(QPalette::Base).lightness() < 128;
    highlighter.setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                        : KSyntaxHighlighting::Repository::LightTheme));
    highlighter.setDefinition(m_repository.definitionForName(QStringLiteral("Bash")));
    scratch.setPlainText(QStringLiteral("$ ") + command);
    QTextCursor out(m_ui->consoleText->document());
    out.movePosition(QTextCursor::End);
    if (out.positionInBlock() > 0)
        out.insertText(QStringLiteral("\n"));
    for (QTextBlock block = scratch.begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        int position = 0;
        QTextCharFormat bold = m_stdout;
        bold.setFontWeight(QFont::Bold);
        for (const QTextLayout::FormatRange &range : std::as_const(ranges)) {
            if (range.start > position)
                out.insertText(line.mid(position, range.start - position), bold);
            QTextCharFormat format = range.format;
            format.setFontWeight(QFont::Bold);
            out.insertText(line.mid(range.start, range.length), format);
            position = range.start + range.length;
        }
        if (position < line.size())
            out.insertText(line.mid(position), bold);
        out.insertText(QStringLiteral("\n"), m_stdout);
    }
}

void ConsoleView::clear()
{
    m_pending.clear();
    m_pendingBytes = 0;
    m_partial[0].clear();
    m_partial[1].clear();
    m_ui->consoleText->clear();
}

QString ConsoleView::transcript() const
{
    return m_ui->consoleText->toPlainText();
}

void ConsoleView::copy()
{
    flush();
    const QString selected = m_ui->consoleText->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const QString text = selected.isEmpty() ? transcript() : selected;
    QGuiApplication::clipboard()->setText(m_redactor ? m_redactor->redact(text) : text);
}

void ConsoleView::save()
{
    flush();
    auto *dialog = new QFileDialog(this, tr("Save transcript"), QString(), tr("Text (*.txt *.log)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ConsoleView::writeTranscript);
    dialog->open();
}

void ConsoleView::writeTranscript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        appendInfo(tr("cannot save the transcript to %1: %2").arg(path, file.errorString()));
        return;
    }
    const QString text = transcript();
    file.write((m_redactor ? m_redactor->redact(text) : text).toUtf8());
}

} // namespace Stratum
