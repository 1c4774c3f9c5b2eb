#pragma once

#include "core/redaction/StreamRedactor.h"
#include "gui/console/ConsoleIntake.h"

#include <QElapsedTimer>
#include <QTextCharFormat>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ConsoleView;
}

namespace KSyntaxHighlighting {
class Repository;
}

namespace Stratum {

class Redactor;

// Live output of remote and local commands. Nothing reaches the screen, the
// clipboard or a file without passing the redactor, line by line. Intake is
// cheap (bytes appended to a bounded buffer; what would scroll out anyway is
// dropped unseen); the view catches up in slices of a few milliseconds at most
// once a frame, and the scrollback is capped, so very large output keeps the GUI
// responsive and the memory bounded.
class ConsoleView : public QWidget
{
    Q_OBJECT
public:
    ConsoleView(KSyntaxHighlighting::Repository &repository, const Redactor *redactor, QWidget *parent = nullptr);
    ~ConsoleView() override;

    void setScrollback(int lines);
    int scrollback() const { return m_scrollback; }

    void appendCommand(const QString &command);
    void appendOutput(const QByteArray &data, bool isStderr);
    void appendInfo(const QString &text);
    void clear();

    QString transcript() const; // what the view holds (already redacted)
    qint64 bytesTakenIn() const { return m_bytesIn; }
    int renders() const { return m_renders; }
    qint64 pendingBytes() const { return m_intake.bytes(); }

public Q_SLOTS:
    void flush(); // renders everything pending now (before copy, save, or a check)

private:
    using Kind = ConsoleIntake::Kind;
    void enqueue(Kind kind, const QByteArray &bytes);
    void renderSlice(bool includePartialLine);
    void insertChunks(const QList<ConsoleIntake::Chunk> &chunks);
    void scheduleFlush();
    QString clean(const QByteArray &bytes) const;
    void insertHighlightedCommand(const QString &command);
    void copy();
    void save();
    void writeTranscript(const QString &path);

    std::unique_ptr<Ui::ConsoleView> m_ui;
    KSyntaxHighlighting::Repository &m_repository;
    const Redactor *m_redactor;
    StreamRedactor m_streams; // remote output: a private key stays masked across render slices
    TerminalControlFilter m_terminal[2]; // stdout, stderr: only what is shown, before it is redacted
    ConsoleIntake m_intake; // raw bytes not shown yet: redacted when they are laid out, a batch at a time
    QElapsedTimer m_sinceIntake;
    qint64 m_bytesIn = 0;
    int m_renders = 0;
    int m_scrollback = 20000;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceRender;
    QTextCharFormat m_stdout;
    QTextCharFormat m_stderr;
    QTextCharFormat m_info;
};

} // namespace Stratum
