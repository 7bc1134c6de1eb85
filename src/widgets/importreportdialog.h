#pragma once

#include "importing/batchimport.h"

#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;

namespace Ui {
class ImportReportDialog;
}

namespace Curator {

// What a drop import did, line by line: added, to review, duplicate, failed, skipped, and why.
// For each duplicate the user may choose to merge what was found into the existing entry;
// "Merge selected" accepts the dialog, and the caller merges mergeRows() (see
// BatchImporter::mergeInto). The dialog itself never touches the store.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    explicit ImportReportDialog(QWidget *parent = nullptr);
    ~ImportReportDialog() override;

    void setReport(const BatchReport &report);
    const BatchReport &report() const { return m_report; }
    // Indices into report().items of the duplicates the user chose to merge, ascending.
    QList<int> mergeRows() const;

    // "Added 5, 1 needs review, 2 duplicates, 1 failed": the counts that are not zero (the
    // added count always), and whether the import was canceled.
    static QString summary(const BatchReport &report);
    static QString outcomeText(BatchItem::Outcome outcome);

private:
    void updateMergeButton();

    std::unique_ptr<Ui::ImportReportDialog> m_ui;
    QPushButton *m_merge = nullptr;
    BatchReport m_report;
};

} // namespace Curator
