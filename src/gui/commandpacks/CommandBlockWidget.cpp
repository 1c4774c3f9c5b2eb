#include "CommandBlockWidget.h"
#include "ui_commandblock.h"

#include "core/commandpacks/CommandPolicy.h"
#include "gui/common/CodeView.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTextBlock>

namespace Stratum {

QString contextBadgeStyle(Context context)
{
    const char *color = context == Context::Mac ? "#1f6feb" : context == Context::Droplet ? "#d9480f" : "#8250df";
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 6px; "
                          "font-weight: 600; }").arg(QLatin1String(color));
}

CommandBlockWidget::CommandBlockWidget(const Profile &profile, const CommandBlock &block,
                                       KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::CommandBlockWidget>()), m_profile(profile), m_block(block)
{
    m_ui->setupUi(this);
    setFrameShape(QFrame::StyledPanel);
    m_ui->contextBadge->setText(contextLabel(block.context));
    m_ui->contextBadge->setStyleSheet(contextBadgeStyle(block.context));
    m_ui->titleLabel->setText(block.title);

    const bool github = block.context == Context::GitHubUi;
    m_ui->openButton->setVisible(github);
    m_ui->codeView->setVisible(!github);
    m_ui->copyButton->setVisible(!github);
    m_ui->stepsLabel->setVisible(github);
    if (github) {
        m_ui->openButton->setToolTip(profile.githubRepoPage(block.githubPage).toString());
        QString steps;
        for (const QString &step : block.uiSteps)
            steps += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
        m_ui->stepsLabel->setText(QStringLiteral("<ul>") + steps + QStringLiteral("</ul>"));
        connect(m_ui->openButton, &QPushButton::clicked, this, &CommandBlockWidget::openGitHubPage);
    } else {
        applyHighlighting(m_ui->codeView, repository, QStringLiteral("Bash"));
        m_ui->codeView->setPlainText(block.code);
        const int lines = m_ui->codeView->document()->blockCount();
        const int lineHeight = m_ui->codeView->fontMetrics().lineSpacing();
        const int scrollBar = m_ui->codeView->horizontalScrollBar()->sizeHint().height();
        m_ui->codeView->setFixedHeight(std::min(lines, 28) * lineHeight + scrollBar + 16);
        connect(m_ui->copyButton, &QPushButton::clicked, this, &CommandBlockWidget::copyToClipboard);
    }

    const RunTarget target = block.context == Context::Droplet ? RunTarget::Droplet : RunTarget::Local;
    const RunDecision decision = CommandPolicy::canRun(block, target);
    m_ui->runButton->setText(block.context == Context::Droplet ? tr("Run on droplet") : tr("Run locally"));
    m_ui->runButton->setVisible(!github && !CommandPolicy::isDisplayOnly(block));
    m_ui->runButton->setEnabled(decision.allowed);
    m_ui->runButton->setToolTip(decision.allowed ? (block.context == Context::Droplet
                                                        ? tr("Runs over the kept SSH session of the droplet picked above")
                                                        : tr("Runs on this Mac; output below"))
                                                 : decision.reason);
    connect(m_ui->runButton, &QPushButton::clicked, this, [this]() { Q_EMIT runRequested(m_block); });

    QString warning = block.warning;
    if (CommandPolicy::isDisplayOnly(block) && warning.isEmpty())
        warning = CommandPolicy::canRun(block, target).reason;
    m_ui->warningLabel->setVisible(!warning.isEmpty());
    m_ui->warningLabel->setText(QStringLiteral("⚠ ") + warning);
    m_ui->warningLabel->setStyleSheet(QStringLiteral("QLabel { color: #b35900; }"));
}

CommandBlockWidget::~CommandBlockWidget() = default;

void CommandBlockWidget::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_block.code);
}

void CommandBlockWidget::openGitHubPage()
{
    QDesktopServices::openUrl(m_profile.githubRepoPage(m_block.githubPage));
}

} // namespace Stratum
