#include "importreportdialog.h"

#include "ui_importreportdialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

enum Column { OutcomeColumn, SourceColumn, PaperColumn, MessageColumn, MergeColumn };

constexpr int IndexRole = Qt::UserRole; // the line's index in the report

QIcon outcomeIcon(const QStyle *style, BatchItem::Outcome outcome)
{
    switch (outcome) {
    case BatchItem::Outcome::Added:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case BatchItem::Outcome::NeedsReview:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case BatchItem::Outcome::Duplicate:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case BatchItem::Outcome::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case BatchItem::Outcome::Skipped:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return {};
}

QString paperText(const BatchItem &item)
{
    if (item.outcome == BatchItem::Outcome::Failed || item.outcome == BatchItem::Outcome::Skipped
        || item.fields.title.trimmed().isEmpty())
        return {};
    const QString year = item.fields.yearText.trimmed().isEmpty()
        ? (item.fields.year > 0 ? QString::number(item.fields.year) : QString())
        : item.fields.yearText.trimmed();
    return year.isEmpty() ? item.fields.title.trimmed()
                          : ImportReportDialog::tr("%1 (%2)", "a paper's title (year)")
                                .arg(item.fields.title.trimmed(), year);
}

bool isMergeable(const BatchItem &item)
{
    return item.outcome == BatchItem::Outcome::Duplicate && item.duplicateOf != 0;
}

// Tool tips render anything that looks like markup: a page's title or a server's message is
// shown as the text it is.
QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

ImportReportDialog::ImportReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportReportDialog>())
{
    m_ui->setupUi(this);
    m_merge = m_ui->buttonBox->addButton(tr("&Merge Selected"), QDialogButtonBox::AcceptRole);
    m_merge->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    QHeaderView *header = m_ui->itemsTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PaperColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MergeColumn, QHeaderView::ResizeToContents);
    header->resizeSection(SourceColumn, 200);
    header->resizeSection(PaperColumn, 260);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->itemsTree, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem *, int column) {
                if (column == MergeColumn)
                    updateMergeButton();
            });
    setReport({});
}

ImportReportDialog::~ImportReportDialog() = default;

void ImportReportDialog::setReport(const BatchReport &report)
{
    m_report = report;
    m_ui->summaryLabel->setText(summary(report));
    QTreeWidget *tree = m_ui->itemsTree;
    const QSignalBlocker blocker(tree);
    tree->clear();
    bool anyMergeable = false;
    QList<QTreeWidgetItem *> rows;
    rows.reserve(report.items.size());
    for (int i = 0; i < report.items.size(); ++i) {
        const BatchItem &item = report.items.at(i);
        auto *row = new QTreeWidgetItem;
        row->setData(OutcomeColumn, IndexRole, i);
        row->setIcon(OutcomeColumn, outcomeIcon(style(), item.outcome));
        row->setText(OutcomeColumn, outcomeText(item.outcome));
        // Item texts are never read as markup, whatever a page or a file name holds.
        row->setText(SourceColumn, item.source);
        row->setToolTip(SourceColumn, plainToolTip(item.source));
        // The paper found, so the report says what was added, not only where from.
        const QString paper = paperText(item);
        row->setText(PaperColumn, paper);
        row->setToolTip(PaperColumn, plainToolTip(paper));
        row->setText(MessageColumn, item.message);
        row->setToolTip(MessageColumn, plainToolTip(item.message));
        if (isMergeable(item)) {
            row->setCheckState(MergeColumn, Qt::Unchecked);
            row->setText(MergeColumn, tr("Merge into the existing entry"));
            anyMergeable = true;
        } else {
            // Tree items are checkable by default: only a duplicate has a choice to make.
            row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable);
        }
        rows << row;
    }
    tree->addTopLevelItems(rows);
    m_ui->mergeHint->setVisible(anyMergeable);
    m_merge->setVisible(anyMergeable);
    tree->setColumnHidden(MergeColumn, !anyMergeable);
    updateMergeButton();
}

QList<int> ImportReportDialog::mergeRows() const
{
    QList<int> chosen;
    const QTreeWidget *tree = m_ui->itemsTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = tree->topLevelItem(i);
        const int index = row->data(OutcomeColumn, IndexRole).toInt();
        if (index >= 0 && index < m_report.items.size() && isMergeable(m_report.items.at(index))
            && row->checkState(MergeColumn) == Qt::Checked)
            chosen << index;
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

void ImportReportDialog::updateMergeButton()
{
    m_merge->setEnabled(!mergeRows().isEmpty());
}

QString ImportReportDialog::summary(const BatchReport &r)
{
    return BatchImporter::summary(r);
}

QString ImportReportDialog::outcomeText(BatchItem::Outcome outcome)
{
    switch (outcome) {
    case BatchItem::Outcome::Added:
        return tr("Added");
    case BatchItem::Outcome::NeedsReview:
        return tr("Needs review");
    case BatchItem::Outcome::Duplicate:
        return tr("Duplicate");
    case BatchItem::Outcome::Failed:
        return tr("Failed");
    case BatchItem::Outcome::Skipped:
        return tr("Skipped");
    }
    return {};
}

} // namespace Curator
