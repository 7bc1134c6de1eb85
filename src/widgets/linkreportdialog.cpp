#include "linkreportdialog.h"

#include "curation/curation.h"
#include "icons.h"
#include "identifier.h"
#include "links/linkstatus.h"
#include "links/linkstore.h"
#include "store/store.h"
#include "ui_linkreportdialog.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

enum Column {
    LineColumn,
    ClassColumn,
    CodeColumn,
    UrlColumn,
    EntryColumn,
    SuggestionColumn,
    MessageColumn
};

constexpr int FindingRole = Qt::UserRole; // the row's index in report().findings

// Tool tips render anything that looks like markup: a server's message or a title is shown as
// the text it is.
QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

// Undo's menu item names the step: a long address would make the menu as wide as the screen.
QString shortUrl(const QString &url)
{
    return url.size() <= 60 ? url : url.left(40) + u'…' + url.right(19);
}

QString suggestionText(const Links::LinkFinding &f)
{
    if (f.suggestion.isEmpty())
        return {};
    if (f.suggestionKind == u"archive"_s)
        return LinkReportDialog::tr("archived copy: %1").arg(f.suggestion);
    if (f.suggestionKind == u"arxiv"_s)
        return LinkReportDialog::tr("arXiv: %1").arg(f.suggestion);
    if (f.suggestionKind == u"doi"_s)
        return LinkReportDialog::tr("DOI: %1").arg(f.suggestion);
    return f.suggestion;
}

} // namespace

LinkReportDialog::LinkReportDialog(Curation &curation, qint64 listId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LinkReportDialog>())
    , m_curation(curation)
    , m_listId(listId)
{
    m_ui->setupUi(this);
    m_use = m_ui->buttonBox->addButton(tr("&Use Suggestion"), QDialogButtonBox::ActionRole);
    m_use->setObjectName(u"useSuggestionButton"_s);
    m_ignore = m_ui->buttonBox->addButton(tr("&Ignore"), QDialogButtonBox::ActionRole);
    m_ignore->setObjectName(u"ignoreButton"_s);
    m_ignore->setToolTip(tr("Add the link to the list's ignore rules: later checks skip it"));
    m_open = m_ui->buttonBox->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openButton"_s);
    m_open->setToolTip(tr("Open the link in the web browser"));
    // Action buttons would close the dialog when pressed with Enter in the table.
    for (QPushButton *b : {m_use, m_ignore, m_open})
        b->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);

    QHeaderView *header = m_ui->findingsTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClassColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Addresses are elided in the middle: their host and their last part say the most.
    header->resizeSection(UrlColumn, 34 * em);
    header->resizeSection(EntryColumn, 22 * em);
    header->resizeSection(SuggestionColumn, 24 * em);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, &LinkReportDialog::useSuggestion);
    connect(m_ignore, &QPushButton::clicked, this, &LinkReportDialog::ignoreLink);
    connect(m_open, &QPushButton::clicked, this, &LinkReportDialog::openLink);
    connect(m_ui->findingsTree, &QTreeWidget::itemSelectionChanged, this,
            &LinkReportDialog::updateButtons);
    connect(m_ui->findingsTree, &QTreeWidget::itemDoubleClicked, this, &LinkReportDialog::openLink);
    connect(m_ui->showOkCheck, &QCheckBox::toggled, this, &LinkReportDialog::fillRows);
    updateButtons();
}

LinkReportDialog::~LinkReportDialog() = default;

void LinkReportDialog::setReport(const Links::LinkReport &report)
{
    m_report = report;
    m_fixes.clear();
    setWindowTitle(report.source.isEmpty() ? tr("Link Report")
                                           : tr("Link Report — %1").arg(report.source));
    QString summary = report.summary();
    if (report.canceled)
        summary = tr("Canceled; what was checked: %1").arg(summary);
    if (!report.error.isEmpty())
        summary += u'\n' + report.error;
    m_ui->summaryLabel->setText(summary);
    // The titles say which entry a line belongs to without a look at the README.
    QList<qint64> ids;
    for (const Links::LinkFinding &f : std::as_const(report.findings)) {
        if (f.link.entryId && !ids.contains(f.link.entryId))
            ids << f.link.entryId;
    }
    m_titles.clear();
    for (const Entry &e : m_curation.store().entriesByIds(ids))
        m_titles.insert(e.id, e.fields.title);
    fillRows();
}

void LinkReportDialog::fillRows()
{
    QTreeWidget *tree = m_ui->findingsTree;
    const bool all = m_ui->showOkCheck->isChecked();
    const int selected = selectedFinding();
    tree->clear();
    QList<QTreeWidgetItem *> rows;
    for (int i = 0; i < m_report.findings.size(); ++i) {
        const Links::LinkFinding &f = m_report.findings.at(i);
        if (!all && !Links::isNotable(f))
            continue;
        auto *row = new QTreeWidgetItem;
        row->setData(LineColumn, FindingRole, i);
        row->setText(LineColumn, QString::number(f.link.line));
        row->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setIcon(ClassColumn, linkStatusIcon(f.result));
        row->setText(ClassColumn, Links::statusName(f.result));
        row->setText(CodeColumn, f.result.code ? QString::number(f.result.code) : u"–"_s);
        row->setTextAlignment(CodeColumn, Qt::AlignRight | Qt::AlignVCenter);
        // Item texts are never read as markup, whatever a page or a server wrote.
        row->setText(UrlColumn, f.link.url);
        QString urlTip = f.link.url;
        if (!f.result.finalUrl.isEmpty() && f.result.finalUrl != f.link.url)
            urlTip += u'\n' + tr("Leads to %1").arg(f.result.finalUrl);
        row->setToolTip(UrlColumn, plainToolTip(urlTip));
        const QString title = m_titles.value(f.link.entryId);
        row->setText(EntryColumn, title);
        row->setToolTip(EntryColumn, plainToolTip(title));
        const QString suggestion = suggestionText(f);
        row->setText(SuggestionColumn, suggestion);
        row->setToolTip(SuggestionColumn, plainToolTip(suggestion));
        QString message = f.result.message;
        if (f.result.fromCache)
            message = tr("%1 (as found on %2)")
                          .arg(message,
                               QLocale().toString(f.result.checked.toLocalTime(),
                                                  QLocale::ShortFormat));
        row->setText(MessageColumn, message);
        row->setToolTip(MessageColumn, plainToolTip(message));
        rows << row;
    }
    tree->addTopLevelItems(rows);
    for (auto it = m_fixes.cbegin(); it != m_fixes.cend(); ++it)
        showFix(it.key());
    if (!selectFinding(selected) && !rows.isEmpty())
        tree->setCurrentItem(rows.first());
    updateButtons();
}

int LinkReportDialog::selectedFinding() const
{
    const QList<QTreeWidgetItem *> selected = m_ui->findingsTree->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->data(LineColumn, FindingRole).toInt();
}

bool LinkReportDialog::selectFinding(int index)
{
    if (index < 0)
        return false;
    QTreeWidget *tree = m_ui->findingsTree;
    for (int r = 0; r < tree->topLevelItemCount(); ++r) {
        QTreeWidgetItem *row = tree->topLevelItem(r);
        if (row->data(LineColumn, FindingRole).toInt() == index) {
            tree->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

void LinkReportDialog::updateButtons()
{
    const int i = selectedFinding();
    const Links::LinkFinding *f = i >= 0 ? &m_report.findings.at(i) : nullptr;
    const bool open = f && fixOf(i) == Fix::None;
    const bool writable = !m_curation.store().isReadOnly();
    m_use->setText(f && f->suggestionKind == u"rewrite"_s ? tr("&Apply Rewrite")
                                                          : tr("&Use Suggestion"));
    m_use->setEnabled(open && writable && !f->suggestion.isEmpty());
    m_use->setToolTip(f && !f->suggestion.isEmpty()
                          ? tr("Replace the link with %1 where it stands").arg(f->suggestion)
                          : tr("Replace the link with the suggestion where it stands"));
    m_ignore->setEnabled(open && writable);
    m_open->setEnabled(f && Identifier::isWebUrl(f->link.url));
}

bool LinkReportDialog::useSuggestion()
{
    const int i = selectedFinding();
    if (i < 0 || fixOf(i) != Fix::None)
        return false;
    const Links::LinkFinding f = m_report.findings.at(i);
    if (f.suggestion.isEmpty())
        return false;
    Store &store = m_curation.store();
    const bool done = m_curation.perform(tr("Replace Link %1").arg(shortUrl(f.link.url)), [&] {
        return Links::rewriteLink(store, m_listId, f.link.entryId, f.link.url, f.suggestion);
    });
    if (!done) {
        warn(tr("Replace Link"), store.errorString());
        return false;
    }
    // The rewrite replaced the address wherever it stands in the same text: each of its lines.
    for (int j = 0; j < m_report.findings.size(); ++j) {
        const Links::LinkFinding &other = m_report.findings.at(j);
        if (other.link.url == f.link.url && other.link.entryId == f.link.entryId) {
            m_fixes.insert(j, Fix::Replaced);
            showFix(j);
        }
    }
    updateButtons();
    return true;
}

bool LinkReportDialog::ignoreLink()
{
    const int i = selectedFinding();
    if (i < 0 || fixOf(i) != Fix::None)
        return false;
    const QString url = m_report.findings.at(i).link.url;
    Store &store = m_curation.store();
    const bool done = m_curation.perform(tr("Ignore Link %1").arg(shortUrl(url)), [&] {
        const Links::IgnoreRules rules = Links::ignoreRules(store, m_listId).withUrl(url);
        return Links::setIgnoreRules(store, m_listId, rules.text());
    });
    if (!done) {
        warn(tr("Ignore Link"), store.errorString());
        return false;
    }
    for (int j = 0; j < m_report.findings.size(); ++j) {
        if (m_report.findings.at(j).link.url == url && fixOf(j) == Fix::None) {
            m_fixes.insert(j, Fix::Ignored);
            showFix(j);
        }
    }
    updateButtons();
    return true;
}

void LinkReportDialog::openLink()
{
    const int i = selectedFinding();
    if (i < 0)
        return;
    // Only web links leave the window (a README may hold any scheme).
    const QString url = m_report.findings.at(i).link.url;
    if (Identifier::isWebUrl(url))
        QDesktopServices::openUrl(QUrl(url));
}

void LinkReportDialog::showFix(int finding)
{
    QTreeWidget *tree = m_ui->findingsTree;
    for (int r = 0; r < tree->topLevelItemCount(); ++r) {
        QTreeWidgetItem *row = tree->topLevelItem(r);
        if (row->data(LineColumn, FindingRole).toInt() != finding)
            continue;
        const Links::LinkFinding &f = m_report.findings.at(finding);
        row->setIcon(ClassColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        if (fixOf(finding) == Fix::Replaced) {
            row->setText(ClassColumn, tr("replaced"));
            row->setText(SuggestionColumn, tr("now %1").arg(f.suggestion));
        } else {
            row->setText(ClassColumn, tr("ignored"));
        }
        row->setToolTip(ClassColumn, tr("Edit → Undo in the main window takes the fix back."));
        return;
    }
}

void LinkReportDialog::warn(const QString &title, const QString &text)
{
    // The store's message quotes addresses, which may hold anything: shown as written.
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Curator
