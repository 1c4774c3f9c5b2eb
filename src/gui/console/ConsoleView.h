#pragma once

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

// Live output of remote and local commands. Everything passes the redactor
// before it is stored, shown, copied or saved. Intake is cheap (append to a
// bounded buffer); the view catches up at most 30 times a second, and the
// scrollback is capped, so very large output keeps the GUI responsive.
class ConsoleView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Command, Stdout, Stderr, Info };

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
    qint64 pendingBytes() const { return m_pendingBytes; }

public Q_SLOTS:
    void flush(); // renders what is pending now

private:
    struct Chunk {
        Kind kind;
        QString text;
    };
    void enqueue(Kind kind, const QString &text);
    void scheduleFlush();
    void insertHighlightedCommand(const QString &command);
    void copy();
    void save();
    void writeTranscript(const QString &path);

    std::unique_ptr<Ui::ConsoleView> m_ui;
    KSyntaxHighlighting::Repository &m_repository;
    const Redactor *m_redactor;
    QList<Chunk> m_pending;
    QByteArray m_partial[2];
    qint64 m_pendingBytes = 0;
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
