#include "ConsoleView.h"
#include "ui_consoleview.h"

#include "core/redaction/Redactor.h"
#include "gui/common/CodeView.h"

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
constexpr int renderIntervalMs = 16;                // at most one render a frame (60 Hz)
constexpr qint64 renderBudgetNs = 3'000'000;        // a render's share of a 16 ms frame
constexpr qsizetype linesPerBatch = 32;             // a batch lays out in well under a millisecond
}

ConsoleView::ConsoleView(KSyntaxHighlighting::Repository &repository, const Redactor *redactor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConsoleView>()), m_repository(repository), m_redactor(redactor),
      m_streams(redactor)
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
    connect(&m_flushTimer, &QTimer::timeout, this, [this]() {
        // A partial last line is shown once output has paused for a render interval.
        renderSlice(m_sinceIntake.isValid() && m_sinceIntake.elapsed() >= renderIntervalMs);
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ConsoleView::copy);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConsoleView::save);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ConsoleView::clear);
    m_sinceRender.start();
}

ConsoleView::~ConsoleView() = default;

void ConsoleView::setScrollback(int lines)
{
    m_scrollback = std::max(100, lines);
    m_intake.setKeepLines(m_scrollback);
    m_ui->consoleText->setMaximumBlockCount(m_scrollback);
}

void ConsoleView::appendCommand(const QString &command)
{
    enqueue(Kind::Command, command.toUtf8());
}

void ConsoleView::appendInfo(const QString &text)
{
    enqueue(Kind::Info, text.endsWith(QLatin1Char('\n')) ? text.toUtf8() : (text + QLatin1Char('\n')).toUtf8());
}

void ConsoleView::appendOutput(const QByteArray &bytes, bool isStderr)
{
    m_bytesIn += bytes.size();
    enqueue(isStderr ? Kind::Stderr : Kind::Stdout, bytes);
}

QString ConsoleView::clean(const QByteArray &bytes) const
{
    const QString text = QString::fromUtf8(bytes);
    return m_redactor ? m_redactor->redact(text) : text;
}

void ConsoleView::enqueue(Kind kind, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_intake.append(kind, bytes);
    m_sinceIntake.start();
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
    while (!m_intake.isEmpty())
        renderSlice(true);
}

// Lays out pending output in small batches until a few milliseconds are spent, so that
// one render never takes a frame from repaints and input; the rest follows a frame later.
// Each batch is its own edit block: the document lays the lines out when the block ends,
// and that time must count against the budget.
void ConsoleView::renderSlice(bool includePartialLine)
{
    QPlainTextEdit *text = m_ui->consoleText;
    QScrollBar *bar = text->verticalScrollBar();
    const bool follow = bar->value() == bar->maximum();
    QElapsedTimer spent;
    spent.start();
    bool rendered = false;
    while (spent.nsecsElapsed() < renderBudgetNs) {
        const QList<ConsoleIntake::Chunk> now = m_intake.takeLines(linesPerBatch, includePartialLine);
        if (now.isEmpty())
            break;
        insertChunks(now);
        rendered = true;
    }
    if (!rendered) {
        if (!m_intake.isEmpty())
            m_flushTimer.start(renderIntervalMs); // only a partial line: show it once output pauses
        return;
    }
    ++m_renders;
    m_sinceRender.restart();
    if (follow)
        bar->setValue(bar->maximum());
    if (!m_intake.isEmpty())
        scheduleFlush();
}

void ConsoleView::insertChunks(const QList<ConsoleIntake::Chunk> &chunks)
{
    QTextCursor cursor(m_ui->consoleText->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (const ConsoleIntake::Chunk &chunk : chunks) {
        switch (chunk.kind) {
        case Kind::Command:
            insertHighlightedCommand(clean(chunk.bytes));
            cursor.movePosition(QTextCursor::End);
            break;
        case Kind::Stdout:
            cursor.insertText(m_streams.redactLines(StreamRedactor::Out, QString::fromUtf8(m_terminal[0].feed(chunk.bytes))), m_stdout);
            break;
        case Kind::Stderr:
            cursor.insertText(m_streams.redactLines(StreamRedactor::Err, QString::fromUtf8(m_terminal[1].feed(chunk.bytes))), m_stderr);
            break;
        case Kind::Info:
            cursor.insertText(clean(chunk.bytes), m_info);
            break;
        }
    }
    cursor.endEditBlock();
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
    m_intake.clear();
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
