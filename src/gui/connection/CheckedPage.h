#pragma once

#include <QWizardPage>

namespace Stratum {

// A wizard page whose Next button waits for a check: the page says when it is complete.
class CheckedPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckedPage(QWidget *parent = nullptr) : QWizardPage(parent) {}

    bool isComplete() const override { return m_complete; }
    void setComplete(bool complete)
    {
        if (m_complete == complete)
            return;
        m_complete = complete;
        Q_EMIT completeChanged();
    }

private:
    bool m_complete = false;
};

} // namespace Stratum
