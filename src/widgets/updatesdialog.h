#pragma once

#include "updates/sweep.h"

#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class UpdatesDialog;
}

namespace Curator {

class Curation;

// What a sweep of a list found (issue 18), one checkable row per proposal: the selected row's
// fields before and after, and its options (the published version's link; annotate, remove or
// keep a retracted paper). Apply Selected makes the checked rows one undo step.
class UpdatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesDialog)

public:
    enum Column { EntryColumn, WhatColumn, ChangeColumn, SourceColumn };

    UpdatesDialog(Curation &curation, const QList<Updates::Proposal> &proposals,
                  QWidget *parent = nullptr);
    ~UpdatesDialog() override;

    const QList<Updates::Proposal> &proposals() const { return m_proposals; }
    // The checked rows with their options, in the order shown.
    QList<Updates::Choice> choices() const;
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    void selectRow(int row);
    void setAllChecked(bool checked);
    // Applies the checked rows as one step and closes; false (and a warning) when it failed.
    bool applySelected();

private:
    void showSelected();
    void updateButtons();
    int selectedRow() const;
    QTreeWidgetItem *item(int row) const;

    std::unique_ptr<Ui::UpdatesDialog> m_ui;
    Curation &m_curation;
    QList<Updates::Proposal> m_proposals;
    QList<Updates::Choice> m_options; // per row: the link and notice choices
    QPushButton *m_apply = nullptr;
};

} // namespace Curator
