#include "pullrequestdialog.h"
#include "ui_pullrequestdialog.h"

#include "diffhighlighter.h"
#include "git/publisher.h"

#include <QFontDatabase>
#include <QPushButton>

namespace Curator {

PullRequestDialog::PullRequestDialog(const PublishResult &dryRun, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PullRequestDialog>())
{
    m_ui->setupUi(this);
    m_publish = m_ui->buttonBox->addButton(tr("Push and Open Pull Request"),
                                           QDialogButtonBox::AcceptRole);
    m_publish->setDefault(true);
    connect(m_publish, &QPushButton::clicked, this, &QDialog::accept);

    m_ui->targetLabel->setText(dryRun.target.isEmpty()
                                   ? tr("branch %1 of %2").arg(dryRun.base, dryRun.remote)
                                   : tr("%1, branch %2 (the new branch is pushed to %3)")
                                         .arg(dryRun.target, dryRun.base, dryRun.remote));
    m_ui->branchLabel->setText(dryRun.branch);
    m_ui->messageLabel->setText(dryRun.commitMessage);
    // Wrapped, so an added entry (one long Markdown line) is read whole at any width.
    m_ui->diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_ui->diffView->document());
    m_ui->diffView->setPlainText(QString::fromUtf8(dryRun.diff));
}

PullRequestDialog::~PullRequestDialog() = default;

QString PullRequestDialog::targetText() const
{
    return m_ui->targetLabel->text();
}

QString PullRequestDialog::diffText() const
{
    return m_ui->diffView->toPlainText();
}

} // namespace Curator
