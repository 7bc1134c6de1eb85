#pragma once

#include "links/linkhealth.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QPushButton;

namespace Ui {
class LinkReportDialog;
}

namespace Curator {

class Curation;

// What a link check of a list found (issue 16): the summary, and every link that needs a look
// with what could replace it. The selected link can be fixed in place: its suggestion written
// into the list, or the link added to the list's ignore rules; each fix is one undo step of the
// window's history. Modeless, so the window (and its Undo) stays at hand.
class LinkReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkReportDialog)

public:
    LinkReportDialog(Curation &curation, qint64 listId, QWidget *parent = nullptr);
    ~LinkReportDialog() override;

    void setReport(const Links::LinkReport &report);
    const Links::LinkReport &report() const { return m_report; }
    qint64 listId() const { return m_listId; }

    // The report's finding shown in the selected row, or -1.
    int selectedFinding() const;
    // Selects the row of report().findings[index]; false when it is not shown.
    bool selectFinding(int index);

    enum class Fix { None, Replaced, Ignored };
    Fix fixOf(int finding) const { return m_fixes.value(finding, Fix::None); }

    // Writes the selected link's suggestion into the list in its place (Links::rewriteLink).
    bool useSuggestion();
    // Adds the selected link, as it is, to the list's ignore rules.
    bool ignoreLink();
    // Opens the selected link in the web browser.
    void openLink();

private:
    void fillRows();
    void updateButtons();
    void showFix(int finding);
    void warn(const QString &title, const QString &text);

    std::unique_ptr<Ui::LinkReportDialog> m_ui;
    Curation &m_curation;
    qint64 m_listId;
    Links::LinkReport m_report;
    QHash<qint64, QString> m_titles; // the entries' titles, by id
    QHash<int, Fix> m_fixes; // by finding
    QPushButton *m_use = nullptr;
    QPushButton *m_ignore = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Curator
