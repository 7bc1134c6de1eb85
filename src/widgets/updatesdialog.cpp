#include "updatesdialog.h"

#include "curation/curation.h"
#include "ui_updatesdialog.h"
#include "updates/review.h"

#include <QApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Curator {

using Updates::NoticeAction;
using Updates::Proposal;

namespace {

enum DiffColumn { FieldColumn, BeforeColumn, AfterColumn };

constexpr int RowRole = Qt::UserRole; // the row's index in proposals()

// Tool tips render anything that looks like markup: a title is shown as the text it is.
QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

UpdatesDialog::UpdatesDialog(Curation &curation, const QList<Proposal> &proposals, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UpdatesDialog>())
    , m_curation(curation)
    , m_proposals(proposals)
{
    m_ui->setupUi(this);
    m_apply = m_ui->buttonBox->addButton(tr("&Apply Selected"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setDefault(true);

    QSet<qint64> entries;
    QTreeWidget *tree = m_ui->proposalsTree;
    for (int row = 0; row < m_proposals.size(); ++row) {
        const Proposal &p = m_proposals[row];
        entries.insert(p.entryId);
        m_options.append({p, false, NoticeAction::Annotate});
        auto *item = new QTreeWidgetItem(tree);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(EntryColumn, p.checkedByDefault ? Qt::Checked : Qt::Unchecked);
        item->setData(EntryColumn, RowRole, row);
        item->setText(EntryColumn, p.before.title);
        item->setToolTip(EntryColumn, plainToolTip(p.before.title));
        item->setText(WhatColumn, Updates::kindName(p.kind));
        if (Updates::offersNoticeAction(p))
            item->setIcon(WhatColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        const QString change = p.summary();
        item->setText(ChangeColumn, change);
        item->setToolTip(ChangeColumn, plainToolTip(change));
        item->setText(SourceColumn, p.source);
    }
    m_ui->summaryLabel->setText(
        tr("The sources propose %n changes to %1 entries. Title and author changes are not "
           "checked at first: a list often shortens them on purpose.",
           nullptr, int(m_proposals.size()))
            .arg(entries.size()));

    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(EntryColumn, 26 * em);
    QHeaderView *diffHeader = m_ui->diffTree->header();
    diffHeader->setStretchLastSection(false);
    diffHeader->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    diffHeader->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    diffHeader->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UpdatesDialog::applySelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(tree, &QTreeWidget::itemSelectionChanged, this, &UpdatesDialog::showSelected);
    connect(tree, &QTreeWidget::itemChanged, this, &UpdatesDialog::updateButtons);
    connect(m_ui->publishedLinkCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (const int row = selectedRow(); row >= 0) {
            m_options[row].usePublishedLink = on;
            showSelected();
        }
    });
    const std::pair<QRadioButton *, NoticeAction> actions[] = {
        {m_ui->annotateRadio, NoticeAction::Annotate},
        {m_ui->removeRadio, NoticeAction::Remove},
        {m_ui->keepRadio, NoticeAction::Keep},
    };
    for (const auto &[radio, action] : actions) {
        connect(radio, &QRadioButton::toggled, this, [this, action = action](bool on) {
            if (const int row = selectedRow(); on && row >= 0) {
                m_options[row].action = action;
                showSelected();
            }
        });
    }
    selectRow(0);
    showSelected();
    updateButtons();
}

UpdatesDialog::~UpdatesDialog() = default;

QTreeWidgetItem *UpdatesDialog::item(int row) const
{
    return m_ui->proposalsTree->topLevelItem(row);
}

int UpdatesDialog::selectedRow() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->proposalsTree->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->data(EntryColumn, RowRole).toInt();
}

bool UpdatesDialog::isChecked(int row) const
{
    const QTreeWidgetItem *i = item(row);
    return i && i->checkState(EntryColumn) == Qt::Checked;
}

void UpdatesDialog::setChecked(int row, bool checked)
{
    if (QTreeWidgetItem *i = item(row))
        i->setCheckState(EntryColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void UpdatesDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_proposals.size(); ++row)
        setChecked(row, checked);
}

void UpdatesDialog::selectRow(int row)
{
    if (QTreeWidgetItem *i = item(row))
        m_ui->proposalsTree->setCurrentItem(i);
}

QList<Updates::Choice> UpdatesDialog::choices() const
{
    QList<Updates::Choice> out;
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (isChecked(row))
            out.append(m_options[row]);
    }
    return out;
}

void UpdatesDialog::updateButtons()
{
    int checked = 0;
    for (int row = 0; row < m_proposals.size(); ++row)
        checked += isChecked(row) ? 1 : 0;
    m_apply->setEnabled(checked > 0);
    m_ui->selectAllButton->setEnabled(checked < m_proposals.size());
    m_ui->selectNoneButton->setEnabled(checked > 0);
}

void UpdatesDialog::showSelected()
{
    const int row = selectedRow();
    m_ui->detailsBox->setEnabled(row >= 0);
    m_ui->diffTree->clear();
    if (row < 0) {
        m_ui->publishedLinkCheck->hide();
        m_ui->noticeActions->hide();
        return;
    }
    const Proposal &p = m_proposals[row];
    const Updates::Choice &option = m_options[row];
    const auto addRow = [this](const QString &field, const QString &before, const QString &after) {
        auto *i = new QTreeWidgetItem(m_ui->diffTree, {field, before, after});
        i->setToolTip(BeforeColumn, plainToolTip(before));
        i->setToolTip(AfterColumn, plainToolTip(after));
    };
    if (Updates::offersNoticeAction(p) && option.action == NoticeAction::Remove) {
        addRow(tr("Entry"), p.before.title, tr("(removed from the list)"));
    } else {
        for (const Updates::FieldChange &c : Updates::changesOf(p)) {
            // Kept as it is: the title keeps its words, only the notice is noted.
            if (p.isNotice() && option.action == NoticeAction::Keep
                && c.key == Updates::FieldChange::Field::Title)
                continue;
            addRow(c.field, c.before, c.after);
        }
        if (p.kind == Proposal::Kind::PublishedVersion && option.usePublishedLink)
            addRow(tr("Link"), p.before.url, p.publishedUrl);
        if (p.isNotice())
            addRow(tr("Tag, note"), {}, tr("tagged and noted: %1").arg(p.summary()));
    }
    const bool offersLink = p.kind == Proposal::Kind::PublishedVersion && !p.publishedUrl.isEmpty();
    m_ui->publishedLinkCheck->setVisible(offersLink);
    {
        const QSignalBlocker block(m_ui->publishedLinkCheck);
        m_ui->publishedLinkCheck->setChecked(option.usePublishedLink);
    }
    m_ui->noticeActions->setVisible(Updates::offersNoticeAction(p));
    for (QRadioButton *radio : {m_ui->annotateRadio, m_ui->removeRadio, m_ui->keepRadio}) {
        const QSignalBlocker block(radio);
        radio->setChecked((radio == m_ui->annotateRadio && option.action == NoticeAction::Annotate)
                          || (radio == m_ui->removeRadio && option.action == NoticeAction::Remove)
                          || (radio == m_ui->keepRadio && option.action == NoticeAction::Keep));
    }
}

bool UpdatesDialog::applySelected()
{
    const QList<Updates::Choice> chosen = choices();
    if (chosen.isEmpty())
        return false;
    QString error;
    if (!Updates::apply(m_curation, chosen, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Apply Updates"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    accept();
    return true;
}

} // namespace Curator
