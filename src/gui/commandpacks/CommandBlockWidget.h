#pragma once

#include "core/profile/Profile.h"

#include <QFrame>

#include <memory>

namespace Ui {
class CommandBlockWidget;
}

namespace KSyntaxHighlighting {
class Repository;
}

namespace Stratum {

// One runbook block: context badge, code (highlighted as Bash), copy, and the
// action its context allows — run here, run there, or open a GitHub page.
class CommandBlockWidget : public QFrame
{
    Q_OBJECT
public:
    CommandBlockWidget(const Profile &profile, const CommandBlock &block,
                       KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~CommandBlockWidget() override;

    const CommandBlock &block() const { return m_block; }

Q_SIGNALS:
    void runRequested(const Stratum::CommandBlock &block);

private:
    void copyToClipboard();
    void openGitHubPage();

    std::unique_ptr<Ui::CommandBlockWidget> m_ui;
    const Profile &m_profile;
    CommandBlock m_block;
};

QString contextBadgeStyle(Context context);

} // namespace Stratum
