#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class PullRequestDialog;
}

namespace Curator {

struct PublishResult;

// Asks before anything is pushed: where the pull request goes, the new branch, the commit message
// and the README's diff, from a dry run of the publisher.
class PullRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullRequestDialog)

public:
    explicit PullRequestDialog(const PublishResult &dryRun, QWidget *parent = nullptr);
    ~PullRequestDialog() override;

    QPushButton *publishButton() const { return m_publish; }
    // For tests and screenshots.
    QString targetText() const;
    QString diffText() const;

private:
    std::unique_ptr<Ui::PullRequestDialog> m_ui;
    QPushButton *m_publish;
};

} // namespace Curator
