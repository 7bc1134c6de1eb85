#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QDockWidget;
class QDropEvent;
class QMimeData;
class QProgressBar;
class QToolButton;
class QLabel;
class QNetworkAccessManager;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Curator {

class Curation;
class ExportPane;
class BatchImporter;
struct BatchReport;
struct DropItem;
class EntryTableModel;
class LinkReportDialog;
class UpdatesDialog;
class InboxDialog;
class SidebarModel;
class Store;
struct Entry;
namespace Metadata {
class Resolver;
struct LookupResult;
} // namespace Metadata
namespace Links {
class LinkHealth;
struct LinkReport;
} // namespace Links
namespace Updates {
class Sweep;
struct Proposal;
} // namespace Updates

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Curation &curation() const { return *m_curation; }
    EntryTableModel *entryModel() const { return m_model; }
    // Shows a list (and a section of it, or 0 for all).
    void showList(qint64 listId, qint64 sectionId = 0);
    qint64 currentListId() const;
    qint64 currentSectionId() const;
    // The one selected entry; none when zero or several rows are selected.
    std::optional<Entry> singleSelectedEntry() const;
    QList<qint64> selectedIds() const;
    ExportPane *exportPane() const { return m_exportPane; }
    BatchImporter *importer() const { return m_importer; }
    Links::LinkHealth *linkHealth() const { return m_linkHealth; }
    // The report of the last link check, while it is open.
    LinkReportDialog *linkReport() const;
    Updates::Sweep *sweep() const { return m_sweep; }
    // The review of the last sweep's proposals, while it is open.
    UpdatesDialog *updatesDialog() const;
    InboxDialog *inboxDialog() const;
    // Imports what was dropped or pasted (PDFs, links, identifiers) into a section of the shown
    // list: the one given, else the selected one, else the first. Runs in the background.
    bool importMimeData(const QMimeData &mime, qint64 sectionId = 0);
    bool importItems(const QList<DropItem> &items, qint64 sectionId = 0);

    // Imports the sample list shipped with the app when the store has no list yet.
    static bool importSampleIfEmpty(Store &store);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpTable();
    void setUpActions();
    void setUpHistoryActions();
    void setUpPaneActions();
    void setUpIconsAndShortcuts();
    void connectMenuActions();
    void setUpColumnActions();
    void showShortcutsInToolTips();
    void setUpImport();
    void restoreSettings();
    void saveSettings() const;
    void onStoreChanged();
    void onSidebarSelection();
    void applySearch();
    void updateStatus();
    void updateActions();
    void selectOnly(int row);
    QString placementOf(const Entry &entry);
    void fitTitleColumn();
    void arrangeForWidth();
    void syncColumnActions(); // the View → Columns check marks, from the table

    void newList();
    void deleteList();
    void importReadme();
    void exportReadme();
    void exportReadmeAs();
    bool exportTo(const QString &path);
    void openStore();
    void newEntry();
    void editEntry();
    void duplicateEntry();
    void deleteEntries();
    void moveBy(int delta);
    void sortSectionByYear();
    void showShortcuts();
    void about();
    void pasteEntries();
    void importFiles();
    void openPdf();
    // The row's context menu and the actions it offers (also in the Edit menu).
    void setUpEntryActions();
    void showEntryMenu(const QPoint &pos);
    // Selects the entry, clearing a search or section filter that hides it.
    void showEntry(qint64 id);
    void openLink();
    void copyAsMarkdown();
    void copyIdentifier();
    void refreshEntry();
    void applyRefresh(qint64 entryId, const Metadata::LookupResult &result);
    bool handleDrop(QDropEvent *event, qint64 sectionId);
    void onImportFinished(const BatchReport &report);
    // Tools: the link check of the shown list, in the background, and the list's ignore rules.
    void setUpLinkCheck();
    void checkLinks();
    void editLinkRules();
    void onLinkCheckFinished(const Links::LinkReport &report);
    void showLinkColumn();
    // Tools: the shown list's entries asked again of their sources, in the background, and what
    // changed offered for review.
    void setUpUpdates();
    void checkForUpdates();
    void openContributions();
    void onSweepFinished(const QList<Updates::Proposal> &proposals, const QString &error,
                         bool canceled);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    Curation *m_curation;
    SidebarModel *m_sidebar;
    EntryTableModel *m_model;
    QTimer *m_searchTimer;
    QLabel *m_countLabel;
    QLabel *m_noMatchLabel; // over the empty table when a search finds nothing
    QLabel *m_storeLabel;
    QLabel *m_exportLabel;
    QNetworkAccessManager *m_nam;
    Metadata::Resolver *m_resolver;
    ExportPane *m_exportPane;
    BatchImporter *m_importer;
    QProgressBar *m_importProgress;
    QToolButton *m_importCancel;
    QDockWidget *m_exportDock;
    Links::LinkHealth *m_linkHealth;
    QProgressBar *m_linkProgress;
    QToolButton *m_linkCancel;
    QPointer<LinkReportDialog> m_linkReport;
    qint64 m_checkedList = 0; // the list the running (or last) check is of
    Updates::Sweep *m_sweep = nullptr;
    QLabel *m_updatesProgress = nullptr;
    QToolButton *m_updatesCancel = nullptr;
    QPointer<UpdatesDialog> m_updatesDialog;
    QPointer<InboxDialog> m_inboxDialog;
};

} // namespace Curator
