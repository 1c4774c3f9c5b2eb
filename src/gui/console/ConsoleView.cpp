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
constexpr int renderIntervalMs = 34;            // at most ~30 renders a second
constexpr qint64 maxPendingBytes = 4 * 1024 * 1024; // beyond this only the newest output can ever be shown
constexpr qsizetype linesPerRender = 200;           // keeps one render well under a frame budget
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
    if (!m_pending.isEmpty() && m_pending.last().kind == kind && kind != Kind::Command)
        m_pending.last().bytes += bytes;
    else
        m_pending.append({kind, bytes});
    m_pendingBytes += bytes.size();
    m_sinceIntake.start();
    if (m_pendingBytes > maxPendingBytes)
        dropWhatCannotBeShown();
    scheduleFlush();
}

// Keeps only the newest `scrollback` lines of what is pending: the rest would
// scroll out of the view anyway, so it is dropped before anyone decodes,
// redacts or lays it out.
void ConsoleView::dropWhatCannotBeShown()
{
    qsizetype lines = 0;
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        QByteArray &bytes = m_pending[i].bytes;
        const qsizetype here = bytes.count('\n');
        if (lines + here <= m_scrollback) {
            lines += here;
            continue;
        }
        qsizetype keep = m_scrollback - lines;
        qsizetype cut = bytes.size();
        while (keep-- >= 0 && cut > 0)
            cut = bytes.lastIndexOf('\n', cut - 1);
        bytes.remove(0, cut + 1); // starts at a line boundary: redaction always sees whole lines
        m_pending.remove(0, i);
        break;
    }
    m_pendingBytes = 0;
    for (const Chunk &chunk : std::as_const(m_pending))
        m_pendingBytes += chunk.bytes.size();
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
    while (!m_pending.isEmpty())
        renderSlice(true);
}

void ConsoleView::renderSlice(bool includePartialLine)
{
    if (m_pendingBytes > maxPendingBytes / 4)
        dropWhatCannotBeShown();
    // A bounded slice of whole lines now, the rest on the next tick.
    QList<Chunk> now;
    qsizetype budget = linesPerRender;
    while (!m_pending.isEmpty() && budget > 0) {
        Chunk &first = m_pending.first();
        if (first.kind == Kind::Command || first.kind == Kind::Info) {
            now.append(m_pending.takeFirst());
            --budget;
            continue;
        }
        qsizetype cut = -1;
        qsizetype from = 0;
        while (budget > 0) {
            const qsizetype newline = first.bytes.indexOf('\n', from);
            if (newline < 0)
                break;
            cut = newline;
            from = newline + 1;
            --budget;
        }
        const bool wholeChunk = cut + 1 >= first.bytes.size();
        const bool lastChunk = m_pending.size() == 1;
        if (wholeChunk || (cut < 0 && (!lastChunk || includePartialLine))) {
            now.append(m_pending.takeFirst()); // complete, or a partial line that will not grow any more
            continue;
        }
        if (cut < 0)
            break; // a line still arriving: wait for its end
        now.append({first.kind, first.bytes.left(cut + 1)});
        first.bytes.remove(0, cut + 1);
        if (budget > 0)
            break;
    }
    m_pendingBytes = 0;
    for (const Chunk &chunk : std::as_const(m_pending))
        m_pendingBytes += chunk.bytes.size();
    if (now.isEmpty()) {
        if (!m_pending.isEmpty())
            m_flushTimer.start(renderIntervalMs); // only a partial line: show it once output pauses
        return;
    }

    QPlainTextEdit *text = m_ui->consoleText;
    QScrollBar *bar = text->verticalScrollBar();
    const bool follow = bar->value() == bar->maximum();
    QTextCursor cursor(text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (const Chunk &chunk : std::as_const(now)) {
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
    ++m_renders;
    m_sinceRender.restart();
    if (follow)
        bar->setValue(bar->maximum());
    if (!m_pending.isEmpty())
        scheduleFlush();
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
