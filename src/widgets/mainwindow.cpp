#include "mainwindow.h"

#include "citations/citations.h"
#include "curation/curation.h"
#include "entrydelegate.h"
#include "entryeditor.h"
#include "entrytablemodel.h"
#include "git/githubtoken.h"
#include "exportpane.h"
#include "icons.h"
#include "identifier.h"
#include "importing/batchimport.h"
#include "importing/dropclassifier.h"
#include "importreportdialog.h"
#include "inboxdialog.h"
#include "linkreportdialog.h"
#include "linkrulesdialog.h"
#include "links/linkhealth.h"
#include "markdown/entryrenderer.h"
#include "metadata/resolver.h"
#include "metadata/toentry.h"
#include "settingsdialog.h"
#include "sidebarmodel.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "store/storeworker.h"
#include "ui_mainwindow.h"
#include "updates/sweep.h"
#include "updatesdialog.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

QSettings settings()
{
    return QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
}

// Warnings quote titles, URLs, paths and git's words, any of which may hold "<b>" or "&lt;":
// shown as written, never as rich text (QMessageBox::warning guesses the format).
void showWarning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_curation(new Curation(store, this))
    , m_sidebar(new SidebarModel(*m_curation, this))
    , m_model(new EntryTableModel(*m_curation, this))
    , m_searchTimer(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_noMatchLabel(nullptr)
    , m_storeLabel(new QLabel(this))
    , m_exportLabel(new QLabel(this))
    , m_nam(new QNetworkAccessManager(this))
    , m_resolver(Metadata::newResolver(&store, m_nam,
                                       settings().value(u"lookup/email"_s).toString(), this))
    , m_exportPane(nullptr)
    , m_exportDock(nullptr)
    , m_importer(new BatchImporter(*m_curation, m_resolver, this))
    , m_importProgress(new QProgressBar(this))
    , m_importCancel(new QToolButton(this))
    , m_linkHealth(new Links::LinkHealth(store, m_nam, this))
    , m_linkProgress(new QProgressBar(this))
    , m_linkCancel(new QToolButton(this))
{
    m_ui->setupUi(this);
    m_ui->sidebar->setModel(m_sidebar);
    m_ui->sidebar->setAcceptDrops(true);
    m_ui->sidebar->setDropIndicatorShown(true);
    m_ui->sidebar->setDragDropMode(QAbstractItemView::DropOnly);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({270, 930});
    setUpTable();
    // The README pane: preview, diff against the clone, sync, export, pull request.
    m_exportPane = new ExportPane(*m_curation, m_nam, this);
    m_exportDock = new QDockWidget(tr("README"), this);
    m_exportDock->setObjectName(u"exportDock"_s);
    m_exportDock->setWidget(m_exportPane);
    addDockWidget(Qt::RightDockWidgetArea, m_exportDock);
    m_exportDock->hide();
    connect(m_exportDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            arrangeForWidth();
    });
    connect(m_exportPane, &ExportPane::exported, this, &MainWindow::updateStatus);
    setUpActions();
    setUpImport();
    setUpLinkCheck();
    setUpUpdates();
    setUpEntryActions();

    // A search that finds nothing says so where the rows would be, not only in the status bar.
    m_noMatchLabel = new QLabel(m_ui->entryTable->viewport());
    m_noMatchLabel->setObjectName(u"noMatchLabel"_s);
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setTextFormat(Qt::PlainText);
    m_noMatchLabel->setContentsMargins(24, 24, 24, 24);
    m_noMatchLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noMatchLabel->hide();
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_exportLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    m_storeLabel->setText(QDir::toNativeSeparators(store.path()));
    m_storeLabel->setToolTip(tr("The store this window works on"));
    m_countLabel->setAccessibleName(tr("Entries shown"));

    // Search as you type, but only once typing pauses: one query per pause, not per key.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_curation, &Curation::storeChanged, this, &MainWindow::onStoreChanged);
    // A large list's rows arrive from a worker after the change: the count follows them.
    connect(m_model, &EntryTableModel::reloaded, this, &MainWindow::updateStatus);
    connect(m_curation, &Curation::failed, this,
            [this](const QString &message) { showWarning(this, tr("Awesome Curator"), message); });
    connect(m_ui->sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSidebarSelection);

    m_sidebar->refresh();
    m_ui->sidebar->expandAll();
    restoreSettings();
    syncColumnActions(); // restoreState() of the header says nothing of the columns it hid
    if (!currentListId() && m_sidebar->rowCount() > 0)
        m_ui->sidebar->setCurrentIndex(m_sidebar->index(0, 0));
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor still moves focus and selections around; by then the form is gone,
    // so nothing may call back into this window.
    m_ui->entryTable->viewport()->removeEventFilter(this);
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
    m_curation->disconnect(this);
}

void MainWindow::setUpTable()
{
    QTableView *t = m_ui->entryTable;
    t->setModel(m_model);
    t->setItemDelegate(new EntryDelegate(m_store, this));
    auto *header = t->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    t->setSortingEnabled(true);
    t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    const int em = fontMetrics().horizontalAdvance(u'M');
    t->setColumnWidth(EntryTableModel::SectionColumn, 7 * em);
    t->setColumnWidth(EntryTableModel::AuthorsColumn, 15 * em);
    t->setColumnWidth(EntryTableModel::VenueColumn, 9 * em);
    t->setColumnWidth(EntryTableModel::YearColumn, 6 * em);
    t->setColumnWidth(EntryTableModel::IdentifierColumn, 13 * em);
    t->setColumnWidth(EntryTableModel::UrlColumn, 14 * em);
    t->setColumnWidth(EntryTableModel::AddedColumn, 7 * em);
    // The title takes the room the other columns leave, but never less than it needs to be read:
    // below that the table scrolls sideways instead.
    t->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != EntryTableModel::TitleColumn)
            fitTitleColumn();
    });
    // URL and date added are there when wanted; the README's own columns come first.
    t->setColumnHidden(EntryTableModel::UrlColumn, true);
    t->setColumnHidden(EntryTableModel::AddedColumn, true);
    // The link's state says nothing until the links were checked: a check shows the column.
    t->setColumnHidden(EntryTableModel::LinkColumn, true);
    t->setColumnWidth(EntryTableModel::LinkColumn, 9 * em);

    t->setDragEnabled(true);
    t->setAcceptDrops(true);
    t->setDropIndicatorShown(true);
    t->setDragDropMode(QAbstractItemView::DragDrop);
    t->setDefaultDropAction(Qt::MoveAction);
    t->setDragDropOverwriteMode(false);

    // A double click on the link opens it; anywhere else it edits the entry.
    connect(t, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == EntryTableModel::UrlColumn)
            openLink();
        else
            editEntry();
    });
    t->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(t, &QWidget::customContextMenuRequested, this, &MainWindow::showEntryMenu);
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(QKeySequence(key), t);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &MainWindow::editEntry);
    }
    connect(t->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::updateActions);
}

void MainWindow::setUpActions()
{
    setUpHistoryActions();
    setUpPaneActions();
    setUpIconsAndShortcuts();
    connectMenuActions();
    setUpColumnActions();
    showShortcutsInToolTips();
}

void MainWindow::setUpHistoryActions()
{
    // The history is the core's (Curation), shared with the command line; these actions follow it.
    auto *undoAction = new QAction(tr("&Undo"), this);
    undoAction->setIcon(themeIcon(u"edit-undo"_s));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setObjectName(u"actionUndo"_s);
    auto *redoAction = new QAction(tr("&Redo"), this);
    connect(undoAction, &QAction::triggered, m_curation, [this] { m_curation->undo(); });
    connect(redoAction, &QAction::triggered, m_curation, [this] { m_curation->redo(); });
    auto followHistory = [this, undoAction, redoAction] {
        undoAction->setEnabled(m_curation->canUndo());
        undoAction->setText(m_curation->canUndo() ? tr("&Undo %1").arg(m_curation->undoText())
                                                  : tr("&Undo"));
        redoAction->setEnabled(m_curation->canRedo());
        redoAction->setText(m_curation->canRedo() ? tr("&Redo %1").arg(m_curation->redoText())
                                                  : tr("&Redo"));
    };
    connect(m_curation, &Curation::historyChanged, this, followHistory);
    followHistory();
    // Both common bindings, whatever the platform theme says.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : {QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)}) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    redoAction->setShortcuts(redoKeys);
    redoAction->setIcon(themeIcon(u"edit-redo"_s));
    redoAction->setObjectName(u"actionRedo"_s);
    m_ui->menuEdit->insertActions(m_ui->actionFind, {undoAction, redoAction});
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
}

void MainWindow::setUpPaneActions()
{
    QAction *paneAction = m_exportDock->toggleViewAction();
    paneAction->setText(tr("&README Pane"));
    paneAction->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    paneAction->setObjectName(u"actionShowExportPane"_s);
    m_ui->menuView->addAction(paneAction);
    QAction *prAction = new QAction(tr("Open &Pull Request…"), this);
    prAction->setObjectName(u"actionPullRequest"_s);
    prAction->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    connect(prAction, &QAction::triggered, this, [this] {
        m_exportDock->show();
        m_exportPane->openPullRequest();
    });
    m_ui->menuFile->insertAction(m_ui->actionOpenStore, prAction);
    m_ui->menuFile->insertSeparator(m_ui->actionOpenStore);
}

void MainWindow::setUpIconsAndShortcuts()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionSettings->setShortcut(QKeySequence(u"Ctrl+,"_s));
    // Theme icons where the desktop has a theme, the bundled ones where it has not.
    const std::pair<QAction *, const char16_t *> icons[] = {
        {m_ui->actionNewList, u"document-new"},
        {m_ui->actionDeleteList, u"list-remove"},
        {m_ui->actionImport, u"document-import"},
        {m_ui->actionExport, u"document-export"},
        {m_ui->actionExportAs, u"document-save-as"},
        {m_ui->actionOpenStore, u"document-open"},
        {m_ui->actionQuit, u"application-exit"},
        {m_ui->actionFind, u"edit-find"},
        {m_ui->actionNewEntry, u"list-add"},
        {m_ui->actionEditEntry, u"document-edit"},
        {m_ui->actionDuplicateEntry, u"edit-copy"},
        {m_ui->actionDelete, u"edit-delete"},
        {m_ui->actionMoveUp, u"go-up"},
        {m_ui->actionMoveDown, u"go-down"},
        {m_ui->actionSortByYear, u"view-sort-descending"},
        {m_ui->actionShowSidebar, u"sidebar-show"},
        {m_ui->actionShortcuts, u"help-keyboard-shortcuts"},
        {m_ui->actionAbout, u"help-about"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(themeIcon(QString::fromUtf16(name)));
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionDelete->setShortcuts({QKeySequence::Delete});
}

void MainWindow::connectMenuActions()
{
    connect(m_ui->actionNewList, &QAction::triggered, this, &MainWindow::newList);
    connect(m_ui->actionDeleteList, &QAction::triggered, this, &MainWindow::deleteList);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importReadme);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportReadme);
    connect(m_ui->actionExportAs, &QAction::triggered, this, &MainWindow::exportReadmeAs);
    connect(m_ui->actionOpenStore, &QAction::triggered, this, &MainWindow::openStore);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionNewEntry, &QAction::triggered, this, &MainWindow::newEntry);
    connect(m_ui->actionEditEntry, &QAction::triggered, this, &MainWindow::editEntry);
    connect(m_ui->actionDuplicateEntry, &QAction::triggered, this, &MainWindow::duplicateEntry);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteEntries);
    connect(m_ui->actionMoveUp, &QAction::triggered, this, [this] { moveBy(-1); });
    connect(m_ui->actionMoveDown, &QAction::triggered, this, [this] { moveBy(+1); });
    connect(m_ui->actionSortByYear, &QAction::triggered, this, &MainWindow::sortSectionByYear);
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_store, currentListId(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // As newResolver() chose it: the setting, else the environment's.
        const QString email = SettingsDialog::contactEmail().trimmed();
        m_resolver->setContactEmail(email.isEmpty() ? qEnvironmentVariable("CURATOR_CONTACT_EMAIL")
                                                    : email);
        onStoreChanged();
    });
    connect(m_ui->actionReadmeOrder, &QAction::triggered, this, [this] {
        m_ui->entryTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    });
    connect(m_ui->actionShowSidebar, &QAction::toggled, m_ui->sidebar, &QWidget::setVisible);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setUpColumnActions()
{
    // Column visibility, in the View menu and the header's context menu.
    auto *header = m_ui->entryTable->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < EntryTableModel::ColumnCount; ++c) {
        auto *a = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), this);
        a->setCheckable(true);
        a->setObjectName(u"actionColumn%1"_s.arg(c));
        connect(a, &QAction::toggled, this,
                [this, c](bool on) { m_ui->entryTable->setColumnHidden(c, !on); });
        m_ui->menuColumns->addAction(a);
        header->addAction(a);
    }
    // The check marks follow the columns, from the start (settings restored) and in either menu.
    connect(m_ui->menuColumns, &QMenu::aboutToShow, this, [this] { syncColumnActions(); });
}

void MainWindow::showShortcutsInToolTips()
{
    // Tooltips name the shortcut, so the keyboard way is discoverable.
    for (QAction *a : findChildren<QAction *>()) {
        if (!a->shortcut().isEmpty() && !a->toolTip().contains(u'('))
            a->setToolTip(
                u"%1 (%2)"_s.arg(a->toolTip(), a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::syncColumnActions()
{
    const QList<QAction *> actions = m_ui->menuColumns->actions();
    for (int c = 0; c < actions.size(); ++c) {
        const QSignalBlocker block(actions[c]);
        actions[c]->setChecked(!m_ui->entryTable->isColumnHidden(c));
    }
}

void MainWindow::fitTitleColumn()
{
    QTableView *t = m_ui->entryTable;
    auto *header = t->horizontalHeader();
    int others = 0;
    for (int c = 0; c < EntryTableModel::ColumnCount; ++c) {
        if (c != EntryTableModel::TitleColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const int minimum = 24 * fontMetrics().horizontalAdvance(u'M');
    const int width = std::max(minimum, t->viewport()->width() - others);
    if (header->sectionSize(EntryTableModel::TitleColumn) != width)
        header->resizeSection(EntryTableModel::TitleColumn, width);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrangeForWidth();
}

// A narrow window keeps the table readable: the sidebar gives way first (down to 14 em), and
// the README pane goes below the table when beside it the table could not show its README
// columns (section, authors, a 24 em title, venue, year, identifier). A pane the user floated or
// docked left or top is left where it is.
void MainWindow::arrangeForWidth()
{
    if (!m_exportDock)
        return;
    const int em = fontMetrics().horizontalAdvance(u'M');
    QTableView *t = m_ui->entryTable;
    const int scrollBar = t->verticalScrollBar()->sizeHint().width() + 2 * t->frameWidth();
    const int readable = (7 + 15 + 24) * em + scrollBar; // section, authors, title
    const int allColumns = (7 + 15 + 24 + 9 + 6 + 13) * em + scrollBar;
    const int paneWidth = std::max(32 * em, m_exportDock->minimumSizeHint().width());

    const bool sidebarShown = m_ui->sidebar->isVisibleTo(this);
    const QList<int> sizes = m_ui->splitter->sizes();
    const int handle = m_ui->splitter->handleWidth();
    const int sidebar = sidebarShown && sizes.size() == 2 ? sizes[0] + handle : 0;

    const Qt::DockWidgetArea area = dockWidgetArea(m_exportDock);
    const bool managed = !m_exportDock->isFloating()
        && (area == Qt::RightDockWidgetArea || area == Qt::BottomDockWidgetArea);
    if (managed && m_exportDock->isVisibleTo(this)) {
        const bool fitsBeside = width() - sidebar - paneWidth >= allColumns;
        const Qt::DockWidgetArea want
            = fitsBeside ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea;
        if (want != area) {
            addDockWidget(want, m_exportDock); // moves it
            if (want == Qt::BottomDockWidgetArea)
                resizeDocks({m_exportDock}, {height() * 2 / 5}, Qt::Vertical);
        }
        if (want == Qt::RightDockWidgetArea && m_exportDock->width() < paneWidth)
            resizeDocks({m_exportDock}, {paneWidth}, Qt::Horizontal);
    }

    // The table's width once the pane is placed.
    const bool paneBeside = m_exportDock->isVisibleTo(this) && !m_exportDock->isFloating()
        && (dockWidgetArea(m_exportDock) == Qt::RightDockWidgetArea
            || dockWidgetArea(m_exportDock) == Qt::LeftDockWidgetArea);
    const int table = width() - sidebar - (paneBeside ? m_exportDock->width() : 0);
    if (sidebarShown && sizes.size() == 2 && table < readable && sizes[0] > 14 * em) {
        const int give = std::min(sizes[0] - 14 * em, readable - table);
        m_ui->splitter->setSizes({sizes[0] - give, sizes[1] + give});
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->entryTable->viewport() && event->type() == QEvent::Resize) {
        fitTitleColumn();
        if (m_noMatchLabel)
            m_noMatchLabel->setGeometry(m_ui->entryTable->viewport()->rect());
    }
    // Files, links and text from outside land in the section of the row under the drop; the
    // table's own rows (moved by dragging) are the view's business.
    if (watched == m_ui->entryTable->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove
            || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QMimeData *mime = drop->mimeData();
        if (mime && !mime->hasFormat(QLatin1StringView(EntryTableModel::MimeType))
            && (mime->hasUrls() || mime->hasText())) {
            if (event->type() != QEvent::Drop) {
                drop->acceptProposedAction();
                return true;
            }
            const QModelIndex at = m_ui->entryTable->indexAt(drop->position().toPoint());
            const qint64 section
                = at.isValid() ? at.data(EntryTableModel::SectionIdRole).toLongLong() : 0;
            handleDrop(drop, section);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setUpImport()
{
    m_importer->setEndpoints(Metadata::Endpoints::fromEnvironment());
    setAcceptDrops(true);
    m_importProgress->setMaximumWidth(220);
    m_importProgress->setFormat(tr("Importing %v of %m"));
    m_importProgress->hide();
    m_importCancel->setText(tr("Cancel"));
    m_importCancel->setToolTip(tr("Stop the import; what is finished is kept"));
    m_importCancel->hide();
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_importCancel);
    connect(m_importCancel, &QToolButton::clicked, m_importer, &BatchImporter::cancel);
    connect(m_importer, &BatchImporter::progress, this,
            [this](int done, int total, const QString &current) {
                m_importProgress->setRange(0, total);
                m_importProgress->setValue(done);
                m_importProgress->setToolTip(current);
            });
    connect(m_importer, &BatchImporter::finished, this, &MainWindow::onImportFinished);

    auto *paste = new QAction(tr("&Paste Entries"), this);
    paste->setObjectName(u"actionPaste"_s);
    paste->setShortcut(QKeySequence::Paste);
    paste->setToolTip(tr("Add entries for the links, identifiers or PDFs on the clipboard"));
    paste->setIcon(themeIcon(u"edit-paste"_s));
    connect(paste, &QAction::triggered, this, &MainWindow::pasteEntries);
    m_ui->menuEdit->insertAction(m_ui->actionNewEntry, paste);
    auto *files = new QAction(tr("Import &Files…"), this);
    files->setObjectName(u"actionImportFiles"_s);
    files->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s));
    files->setToolTip(tr("Add entries for PDF files"));
    files->setIcon(themeIcon(u"document-import"_s));
    connect(files, &QAction::triggered, this, &MainWindow::importFiles);
    m_ui->menuFile->insertAction(m_ui->actionExport, files);
    auto *pdf = new QAction(tr("Open &PDF"), this);
    pdf->setObjectName(u"actionOpenPdf"_s);
    pdf->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    pdf->setToolTip(tr("Open the selected entry's PDF"));
    connect(pdf, &QAction::triggered, this, &MainWindow::openPdf);
    m_ui->menuEdit->insertAction(m_ui->actionDelete, pdf);
    m_ui->entryTable->addAction(pdf);
}

void MainWindow::setUpEntryActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon,
                       const QKeySequence &key, void (MainWindow::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!icon.isEmpty())
            a->setIcon(themeIcon(icon));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_ui->entryTable->addAction(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *link = make(u"actionOpenLink"_s, tr("Open &Link"), u"internet-web-browser"_s,
                         QKeySequence(u"Ctrl+Shift+L"_s), &MainWindow::openLink);
    link->setToolTip(tr("Open the selected entry's link in the web browser"));
    QAction *copy = make(u"actionCopyMarkdown"_s, tr("&Copy Entry as Markdown"), u"edit-copy"_s,
                         QKeySequence(u"Ctrl+Shift+C"_s), &MainWindow::copyAsMarkdown);
    copy->setToolTip(tr("Copy the selected entries as the README writes them"));
    QAction *id = make(u"actionCopyIdentifier"_s, tr("Copy DOI or arXiv &Id"), {}, {},
                       &MainWindow::copyIdentifier);
    id->setToolTip(tr("Copy the selected entry's DOI or arXiv id"));
    QAction *refresh
        = make(u"actionRefreshEntry"_s, tr("&Refresh from DOI or arXiv…"), u"view-refresh"_s,
               QKeySequence(u"Ctrl+R"_s), &MainWindow::refreshEntry);
    refresh->setToolTip(tr("Look the selected entry up again and fill in what the service says"));
    m_ui->menuEdit->insertActions(m_ui->actionDelete, {link, copy, id, refresh});
}

void MainWindow::showEntryMenu(const QPoint &pos)
{
    QTableView *t = m_ui->entryTable;
    const QModelIndex at = t->indexAt(pos);
    if (!at.isValid())
        return;
    // A right click on a row outside the selection selects that row, as file managers do.
    if (!t->selectionModel()->isRowSelected(at.row(), {}))
        selectOnly(at.row());
    updateActions();
    QMenu menu(this);
    auto action = [this](const char16_t *name) {
        return findChild<QAction *>(QString::fromUtf16(name));
    };
    menu.addAction(action(u"actionOpenLink"));
    menu.addAction(action(u"actionOpenPdf"));
    menu.addSeparator();
    menu.addAction(action(u"actionCopyMarkdown"));
    menu.addAction(action(u"actionCopyIdentifier"));
    menu.addSeparator();
    menu.addAction(action(u"actionRefreshEntry"));
    menu.addAction(m_ui->actionEditEntry);
    menu.addSeparator();
    menu.addAction(m_ui->actionDelete);
    menu.exec(t->viewport()->mapToGlobal(pos));
}

void MainWindow::showEntry(qint64 id)
{
    const auto e = m_store.entry(id);
    if (!e)
        return;
    if (m_model->rowOf(id) < 0) {
        m_ui->searchEdit->clear();
        showList(e->listId);
        applySearch();
    }
    if (const int row = m_model->rowOf(id); row >= 0)
        selectOnly(row);
}

void MainWindow::openLink()
{
    const auto e = singleSelectedEntry();
    // Only web links leave the window (a README may hold any scheme).
    if (!e || e->fields.url.trimmed().isEmpty() || !Identifier::isWebUrl(e->fields.url)) {
        statusBar()->showMessage(tr("The entry has no web link."), 5000);
        return;
    }
    QDesktopServices::openUrl(QUrl(e->fields.url.trimmed()));
}

void MainWindow::copyAsMarkdown()
{
    QStringList texts;
    for (qint64 id : selectedIds()) {
        const auto e = m_store.entry(id);
        if (!e)
            continue;
        const auto list = m_store.list(e->listId);
        // As the README has it; an entry edited since (or never exported) as it will be written.
        const QByteArray text = e->dirty || e->raw.isEmpty() ? Markdown::rerenderEntry(
                                    e->raw, e->fields, list ? list->entryTemplate : QString(), "\n")
                                                             : e->raw;
        texts << QString::fromUtf8(text).trimmed();
    }
    if (texts.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(texts.join(u"\n"_s) + u'\n');
    statusBar()->showMessage(tr("Copied %n entries as Markdown.", nullptr, int(texts.size())),
                             5000);
}

void MainWindow::copyIdentifier()
{
    const auto e = singleSelectedEntry();
    if (!e)
        return;
    const QString id = !e->fields.doi.isEmpty() ? e->fields.doi
        : !e->fields.arxivId.isEmpty()          ? u"arXiv:"_s + e->fields.arxivId
                                                : QString();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("The entry has no DOI or arXiv id."), 5000);
        return;
    }
    QGuiApplication::clipboard()->setText(id);
    statusBar()->showMessage(tr("Copied %1.").arg(id), 5000);
}

void MainWindow::applyRefresh(qint64 entryId, const Metadata::LookupResult &result)
{
    const auto e = m_store.entry(entryId);
    if (!e)
        return;
    if (result.status != Metadata::LookupResult::Status::Ok) {
        showWarning(this, tr("Refresh Entry"),
                    result.message.isEmpty() ? tr("The look-up found nothing.") : result.message);
        return;
    }
    const EntryFields fresh
        = Metadata::toEntryFields(result.record, Metadata::entryStyleOf(m_store, e->listId));
    // What the service knows fills the entry; a field the maintainer typed differently is
    // replaced only when they say so. The link stays the list's.
    EntryFields merged = e->fields;
    QStringList replaced;
    auto take = [&](QString EntryFields::*field, const QString &label) {
        const QString now = e->fields.*field;
        const QString then = fresh.*field;
        if (then.isEmpty() || then == now)
            return;
        if (!now.isEmpty())
            replaced << tr("%1: “%2” → “%3”").arg(label, now.left(120), then.left(120));
        merged.*field = then;
    };
    take(&EntryFields::authors, tr("Authors"));
    take(&EntryFields::title, tr("Title"));
    take(&EntryFields::venue, tr("Venue"));
    take(&EntryFields::yearText, tr("Year"));
    take(&EntryFields::doi, tr("DOI"));
    take(&EntryFields::arxivId, tr("arXiv id"));
    if (merged.authors == fresh.authors)
        merged.authorNames = fresh.authorNames;
    if (merged.yearText == fresh.yearText)
        merged.year = fresh.year;
    if (merged == e->fields) {
        statusBar()->showMessage(tr("“%1” is up to date.").arg(e->fields.title), 5000);
        return;
    }
    if (!replaced.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Refresh Entry"),
            tr("The look-up differs from what the entry says:\n\n%1\n\nReplace them?")
                .arg(replaced.join(u'\n')),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    Entry edited = *e;
    edited.fields = merged;
    if (!m_curation->editEntry(edited))
        showWarning(this, tr("Refresh Entry"), m_curation->errorString());
}

void MainWindow::refreshEntry()
{
    const auto e = singleSelectedEntry();
    if (!e)
        return;
    RecognizedId id = Identifier::recognize(e->fields.doi);
    if (!id.isValid())
        id = Identifier::recognize(e->fields.arxivId);
    if (!id.isValid()) {
        showWarning(this, tr("Refresh Entry"),
                    tr("“%1” has no DOI or arXiv id to look up.").arg(e->fields.title));
        return;
    }
    statusBar()->showMessage(tr("Looking up %1…").arg(id.display()));
    const quint64 batch = m_resolver->lookup({id}, true);
    auto *context = new QObject(this);
    connect(m_resolver, &Metadata::Resolver::finished, context,
            [this, context, batch, entryId = e->id](quint64 b, int,
                                                    const Metadata::LookupResult &result) {
                if (b != batch)
                    return;
                context->deleteLater();
                statusBar()->clearMessage();
                applyRefresh(entryId, result);
            });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    handleDrop(event, 0);
}

bool MainWindow::handleDrop(QDropEvent *event, qint64 sectionId)
{
    const bool started = importMimeData(*event->mimeData(), sectionId);
    if (started) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
    return started;
}

bool MainWindow::importMimeData(const QMimeData &mime, qint64 sectionId)
{
    return importItems(classifyDrop(mime), sectionId);
}

bool MainWindow::importItems(const QList<DropItem> &items, qint64 sectionId)
{
    const qint64 list = currentListId();
    if (!list || items.isEmpty())
        return false;
    if (m_importer->isRunning()) {
        statusBar()->showMessage(tr("An import is still running; wait for it or cancel it."), 5000);
        return false;
    }
    if (!sectionId)
        sectionId = currentSectionId();
    if (!sectionId) {
        const QList<Section> sections = m_store.sections(list);
        if (sections.isEmpty())
            return false;
        sectionId = sections.first().id;
    }
    if (!m_importer->start(list, sectionId, items))
        return false;
    m_importProgress->setRange(0, int(items.size()));
    m_importProgress->setValue(0);
    m_importProgress->show();
    m_importCancel->show();
    return true;
}

void MainWindow::pasteEntries()
{
    if (const QMimeData *mime = QGuiApplication::clipboard()->mimeData())
        importMimeData(*mime);
}

void MainWindow::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(),
                                                            tr("PDF files (*.pdf);;All files (*)"));
    // The same rules as the command line's import-files; the report names the files only.
    QList<DropItem> items = itemsFromArguments(paths);
    for (DropItem &item : items) {
        if (!item.path.isEmpty())
            item.source = QFileInfo(item.path).fileName();
    }
    importItems(items);
}

void MainWindow::openPdf()
{
    const auto e = singleSelectedEntry();
    if (!e || e->pdfPath.isEmpty()) {
        statusBar()->showMessage(tr("The entry has no PDF."), 5000);
        return;
    }
    if (!QFileInfo::exists(e->pdfPath)) {
        showWarning(this, tr("Open PDF"), tr("%1 is not there any more.").arg(e->pdfPath));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(e->pdfPath));
}

void MainWindow::onImportFinished(const BatchReport &report)
{
    m_importProgress->hide();
    m_importCancel->hide();
    statusBar()->showMessage(ImportReportDialog::summary(report), 10000);
    // The new entries are selected; a single one that needs review opens in the editor.
    QList<qint64> added;
    for (const BatchItem &item : report.items) {
        if (item.entryId
            && (item.outcome == BatchItem::Outcome::Added
                || item.outcome == BatchItem::Outcome::NeedsReview))
            added << item.entryId;
    }
    // A report is worth a window when something needs a look: a failure, a duplicate to merge,
    // or more than a handful of items.
    const bool worthAWindow
        = report.failed > 0 || report.duplicates > 0 || report.items.size() > 5 || report.canceled;
    if (worthAWindow) {
        auto *dialog = new ImportReportDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setReport(report);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            for (int row : dialog->mergeRows()) {
                const BatchItem &item = dialog->report().items.at(row);
                QString error;
                if (!m_curation->perform(tr("Merge Entry"), [&] {
                        return BatchImporter::mergeInto(m_store, item, &error);
                    }))
                    showWarning(this, tr("Merge Entry"), error);
            }
        });
        dialog->open();
    }
    const bool review
        = !worthAWindow && report.items.size() == 1 && report.needsReview == 1 && added.size() == 1;
    // The rows are selected once the table has them (a large list's are read on a worker).
    m_model->refreshThen([this, added, review] {
        if (!added.isEmpty()) {
            if (const int row = m_model->rowOf(added.first()); row >= 0)
                selectOnly(row);
        }
        if (review)
            QTimer::singleShot(0, this, &MainWindow::editEntry);
    });
}

void MainWindow::setUpLinkCheck()
{
    m_linkProgress->setMaximumWidth(240);
    m_linkProgress->setFormat(tr("Checking links: %v of %m"));
    m_linkProgress->setObjectName(u"linkProgress"_s);
    m_linkProgress->hide();
    m_linkCancel->setText(tr("Cancel"));
    m_linkCancel->setObjectName(u"linkCancel"_s);
    m_linkCancel->setToolTip(tr("Stop the link check; what was checked is kept"));
    m_linkCancel->hide();
    statusBar()->addPermanentWidget(m_linkProgress);
    statusBar()->addPermanentWidget(m_linkCancel);
    connect(m_linkCancel, &QToolButton::clicked, m_linkHealth, &Links::LinkHealth::cancel);
    connect(m_linkHealth, &Links::LinkHealth::started, this, [this](int, int addresses) {
        m_linkProgress->setRange(0, addresses);
        m_linkProgress->setValue(0);
    });
    connect(m_linkHealth, &Links::LinkHealth::progress, this, [this](int done, int total) {
        m_linkProgress->setRange(0, total);
        m_linkProgress->setValue(done);
    });
    connect(m_linkHealth, &Links::LinkHealth::finished, this, &MainWindow::onLinkCheckFinished);
    connect(m_ui->actionCheckLinks, &QAction::triggered, this, &MainWindow::checkLinks);
    connect(m_ui->actionLinkRules, &QAction::triggered, this, &MainWindow::editLinkRules);
    connect(m_ui->actionBrokenLinksOnly, &QAction::toggled, this, [this](bool only) {
        m_model->setBrokenLinksOnly(only);
        // What the filter leaves is read from the Link column: show it.
        if (only)
            showLinkColumn();
        updateStatus();
        updateActions();
    });
}

LinkReportDialog *MainWindow::linkReport() const
{
    return m_linkReport;
}

void MainWindow::checkLinks()
{
    const qint64 list = currentListId();
    if (!list || m_linkHealth->isRunning())
        return;
    Links::CheckSettings settings;
    // The command line's token, from the environment (GH_TOKEN, else GITHUB_TOKEN): GitHub's API
    // allows 60 requests an hour without one, fewer than a list's repositories may need.
    settings.githubToken = githubTokenFromEnvironment();
    m_checkedList = list;
    // Until the links are counted the bar only says that something runs.
    m_linkProgress->setRange(0, 0);
    m_linkProgress->show();
    m_linkCancel->show();
    m_linkHealth->checkList(list, settings);
    updateActions();
}

void MainWindow::onLinkCheckFinished(const Links::LinkReport &report)
{
    m_linkProgress->hide();
    m_linkCancel->hide();
    updateActions();
    // The column reads what the check kept in the store.
    m_model->refresh();
    if (report.findings.isEmpty() && !report.error.isEmpty()) {
        showWarning(this, tr("Check Links"), report.error);
        return;
    }
    showLinkColumn();
    if (report.canceled) {
        statusBar()->showMessage(
            tr("Link check canceled; checked so far: %1").arg(report.summary()), 10000);
        return;
    }
    statusBar()->showMessage(report.summary(), 10000);
    if (!m_linkReport) {
        m_linkReport = new LinkReportDialog(*m_curation, m_checkedList, this);
        m_linkReport->setAttribute(Qt::WA_DeleteOnClose);
        m_linkReport->setObjectName(u"linkReport"_s);
    } else if (m_linkReport->listId() != m_checkedList) {
        m_linkReport->close();
        m_linkReport = new LinkReportDialog(*m_curation, m_checkedList, this);
        m_linkReport->setAttribute(Qt::WA_DeleteOnClose);
        m_linkReport->setObjectName(u"linkReport"_s);
    }
    m_linkReport->setReport(report);
    // Modeless: Undo and the table stay at hand while the links are fixed one by one.
    m_linkReport->show();
    m_linkReport->raise();
    m_linkReport->activateWindow();
}

void MainWindow::showLinkColumn()
{
    m_ui->entryTable->setColumnHidden(EntryTableModel::LinkColumn, false);
    syncColumnActions();
}

void MainWindow::editLinkRules()
{
    const qint64 list = currentListId();
    if (!list)
        return;
    LinkRulesDialog dialog(*m_curation, list, this);
    dialog.exec();
}

void MainWindow::setUpUpdates()
{
    m_sweep = new Updates::Sweep(m_store, m_nam, this);
    m_updatesProgress = new QLabel(this);
    m_updatesProgress->setObjectName(u"updatesProgress"_s);
    m_updatesProgress->setTextFormat(Qt::PlainText);
    m_updatesProgress->hide();
    m_updatesCancel = new QToolButton(this);
    m_updatesCancel->setText(tr("Cancel"));
    m_updatesCancel->setObjectName(u"updatesCancel"_s);
    m_updatesCancel->setToolTip(tr("Stop asking the sources; nothing is changed"));
    m_updatesCancel->hide();
    statusBar()->addPermanentWidget(m_updatesProgress);
    statusBar()->addPermanentWidget(m_updatesCancel);
    connect(m_updatesCancel, &QToolButton::clicked, m_sweep, &Updates::Sweep::cancel);
    connect(m_sweep, &Updates::Sweep::progress, m_updatesProgress, &QLabel::setText);
    connect(m_sweep, &Updates::Sweep::finished, this, &MainWindow::onSweepFinished);
    connect(m_ui->actionCheckUpdates, &QAction::triggered, this, &MainWindow::checkForUpdates);
    connect(m_ui->actionContributions, &QAction::triggered, this, &MainWindow::openContributions);
}

UpdatesDialog *MainWindow::updatesDialog() const
{
    return m_updatesDialog;
}

InboxDialog *MainWindow::inboxDialog() const
{
    return m_inboxDialog;
}

void MainWindow::openContributions()
{
    const qint64 list = currentListId();
    const RepoLink link = list ? m_store.repoLink(list) : RepoLink{};
    if (!link.isLinked() || link.github.isEmpty()) {
        showWarning(this, tr("Contributions"),
                    tr("The list is not linked to a clone of a GitHub repository. Link it in "
                       "Settings → Repository."));
        return;
    }
    if (m_inboxDialog && m_inboxDialog->property("listId").toLongLong() != list)
        m_inboxDialog->close();
    if (!m_inboxDialog) {
        m_inboxDialog = new InboxDialog(m_nam, link, *m_curation, list, this);
        m_inboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_inboxDialog->setObjectName(u"inboxDialog"_s);
        m_inboxDialog->setProperty("listId", list);
        m_inboxDialog->refresh();
    }
    m_inboxDialog->show();
    m_inboxDialog->raise();
    m_inboxDialog->activateWindow();
}

void MainWindow::checkForUpdates()
{
    const qint64 list = currentListId();
    if (!list || m_sweep->isRunning() || m_updatesDialog)
        return;
    m_updatesProgress->setText(tr("Checking for updates…"));
    m_updatesProgress->show();
    m_updatesCancel->show();
    m_sweep->start(list);
    updateActions();
}

void MainWindow::onSweepFinished(const QList<Updates::Proposal> &proposals, const QString &error,
                                 bool canceled)
{
    m_updatesProgress->hide();
    m_updatesCancel->hide();
    updateActions();
    if (canceled) {
        statusBar()->showMessage(tr("Update check canceled; nothing was changed."), 10000);
        return;
    }
    if (!error.isEmpty()) {
        showWarning(this, tr("Check for Updates"), error);
        return;
    }
    if (proposals.isEmpty()) {
        statusBar()->showMessage(tr("Every entry is up to date."), 10000);
        return;
    }
    statusBar()->showMessage(tr("The sources propose %n changes.", nullptr, int(proposals.size())),
                             10000);
    m_updatesDialog = new UpdatesDialog(*m_curation, proposals, this);
    m_updatesDialog->setObjectName(u"updatesDialog"_s);
    m_updatesDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closed means done with, though its deletion waits for the event loop.
    connect(m_updatesDialog, &QDialog::finished, this, [this] {
        m_updatesDialog.clear();
        updateActions();
    });
    // Window-modal but without a nested event loop: the proposals name entries as they were
    // read, so the list should not change under the review, yet the window keeps painting.
    m_updatesDialog->open();
}

void MainWindow::restoreSettings()
{
    QSettings s = settings();
    restoreGeometry(s.value(u"window/geometry"_s).toByteArray());
    m_ui->splitter->restoreState(s.value(u"window/splitter"_s).toByteArray());
    restoreState(s.value(u"window/docks"_s).toByteArray());
    const QByteArray header = s.value(u"window/tableHeader"_s).toByteArray();
    if (!header.isEmpty()) {
        m_ui->entryTable->horizontalHeader()->restoreState(header);
        // Sizes are the user's; how the title fills the rest is ours.
        m_ui->entryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    }
    m_ui->actionShowSidebar->setChecked(s.value(u"window/sidebar"_s, true).toBool());
    const qint64 list = s.value(u"window/list"_s).toLongLong();
    const qint64 section = s.value(u"window/section"_s).toLongLong();
    if (list && m_sidebar->indexOfList(list).isValid())
        showList(list, m_sidebar->indexOfSection(section).isValid() ? section : 0);
}

void MainWindow::saveSettings() const
{
    QSettings s = settings();
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/splitter"_s, m_ui->splitter->saveState());
    s.setValue(u"window/docks"_s, saveState());
    s.setValue(u"window/tableHeader"_s, m_ui->entryTable->horizontalHeader()->saveState());
    s.setValue(u"window/sidebar"_s, m_ui->actionShowSidebar->isChecked());
    s.setValue(u"window/list"_s, currentListId());
    s.setValue(u"window/section"_s, currentSectionId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showList(qint64 listId, qint64 sectionId)
{
    const QModelIndex index
        = sectionId ? m_sidebar->indexOfSection(sectionId) : m_sidebar->indexOfList(listId);
    if (index.isValid())
        m_ui->sidebar->setCurrentIndex(index);
}

qint64 MainWindow::currentListId() const
{
    return m_ui->sidebar->currentIndex().data(SidebarModel::ListIdRole).toLongLong();
}

qint64 MainWindow::currentSectionId() const
{
    return m_ui->sidebar->currentIndex().data(SidebarModel::SectionIdRole).toLongLong();
}

std::optional<Entry> MainWindow::singleSelectedEntry() const
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return std::nullopt;
    return m_store.entry(ids.first());
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    QList<int> rows;
    for (const QModelIndex &i : m_ui->entryTable->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    for (int r : rows)
        ids << m_model->idAt(r);
    return ids;
}

// Not QTableView::selectRow(): that follows the keyboard modifiers, and Ctrl (held for the
// shortcut that got us here) would toggle the row off.
void MainWindow::selectOnly(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_ui->entryTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->entryTable->scrollTo(index);
}

void MainWindow::onSidebarSelection()
{
    m_exportPane->setList(currentListId());
    m_model->setFilter(currentListId(), currentSectionId(), m_ui->searchEdit->text());
    updateStatus();
    updateActions();
}

void MainWindow::applySearch()
{
    m_model->setFilter(currentListId(), currentSectionId(), m_ui->searchEdit->text());
    updateStatus();
}

void MainWindow::onStoreChanged()
{
    const qint64 list = currentListId();
    m_sidebar->refresh();
    if (!list || !m_sidebar->indexOfList(list).isValid())
        m_ui->sidebar->setCurrentIndex({});
    if (!m_ui->sidebar->currentIndex().isValid() && m_sidebar->rowCount() > 0)
        m_ui->sidebar->setCurrentIndex(m_sidebar->index(0, 0));
    if (currentListId() == list)
        m_model->refresh();
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalInList();
    m_countLabel->setText(shown == total
                              ? tr("%n entries", nullptr, total)
                              : tr("Showing %1 of %n entries", nullptr, total).arg(shown));
    const QString search = m_ui->searchEdit->text().simplified();
    const bool noMatch = shown == 0 && total > 0 && !search.isEmpty();
    if (noMatch) {
        m_noMatchLabel->setText(
            tr("No entry matches “%1”.\n\nSearch looks in authors, titles, venues, notes and "
               "years, and finds a paper by its DOI, arXiv id (any version) or link.")
                .arg(search.left(200)));
        m_noMatchLabel->setGeometry(m_ui->entryTable->viewport()->rect());
    }
    m_noMatchLabel->setVisible(noMatch);
    const auto list = currentListId() ? m_store.list(currentListId()) : std::nullopt;
    if (!list) {
        m_exportLabel->clear();
    } else if (list->lastExport.isValid()) {
        m_exportLabel->setText(
            tr("Last export: %1").arg(QLocale().toString(list->lastExport, QLocale::ShortFormat)));
    } else {
        m_exportLabel->setText(tr("Not exported yet"));
    }
    setWindowTitle(list ? tr("%1 — Awesome Curator").arg(list->name) : tr("Awesome Curator"));
}

void MainWindow::updateActions()
{
    const bool haveList = currentListId() != 0;
    const int selected = int(selectedIds().size());
    const bool readmeOrder = m_model->isReadmeOrder();
    m_ui->actionExport->setEnabled(haveList);
    m_ui->actionDeleteList->setEnabled(haveList && !m_store.isReadOnly());
    m_ui->actionExportAs->setEnabled(haveList);
    m_ui->actionNewEntry->setEnabled(haveList && !m_store.isReadOnly());
    m_ui->actionEditEntry->setEnabled(selected == 1);
    m_ui->actionDuplicateEntry->setEnabled(selected == 1);
    m_ui->actionDelete->setEnabled(selected > 0);
    m_ui->actionMoveUp->setEnabled(selected == 1 && readmeOrder);
    m_ui->actionMoveDown->setEnabled(selected == 1 && readmeOrder);
    m_ui->actionSortByYear->setEnabled(currentSectionId() != 0 || selected > 0);
    for (const char16_t *name :
         {u"actionOpenLink", u"actionCopyIdentifier", u"actionRefreshEntry"}) {
        if (auto *a = findChild<QAction *>(QString::fromUtf16(name)))
            a->setEnabled(selected == 1);
    }
    if (auto *a = findChild<QAction *>(u"actionRefreshEntry"_s))
        a->setEnabled(selected == 1 && !m_store.isReadOnly());
    if (auto *a = findChild<QAction *>(u"actionCopyMarkdown"_s))
        a->setEnabled(selected > 0);
    m_ui->actionCheckLinks->setEnabled(haveList && !m_linkHealth->isRunning());
    m_ui->actionLinkRules->setEnabled(haveList);
    m_ui->actionContributions->setEnabled(haveList);
    m_ui->actionCheckUpdates->setEnabled(haveList && !m_store.isReadOnly()
                                         && !(m_sweep && m_sweep->isRunning()) && !m_updatesDialog);
}

void MainWindow::newList()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New List"), tr("&Name of the list:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const qint64 id = m_curation->createList(name);
    if (!id) {
        showWarning(this, tr("New List"), m_curation->errorString());
        return;
    }
    showList(id);
}

void MainWindow::deleteList()
{
    const auto list = m_store.list(currentListId());
    if (!list)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete List"),
        tr("Delete the list \"%1\" and its %n entries from the store?\n\nThe README file is "
           "not touched, and Edit → Undo brings the list back.",
           nullptr, list->entryCount)
            .arg(list->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_curation->removeList(list->id))
        showWarning(this, tr("Delete List"), m_curation->errorString());
}

void MainWindow::importReadme()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import README"), QString(),
                                                      tr("Markdown (*.md *.markdown);;All files "
                                                         "(*)"));
    if (path.isEmpty())
        return;
    ImportReport report;
    if (!m_curation->importReadme(path, &report)) {
        showWarning(this, tr("Import failed"),
                    report.errorLine > 0
                        ? tr("%1, line %2:\n%3").arg(path).arg(report.errorLine).arg(report.error)
                        : report.error);
        return;
    }
    showList(report.listId);
    statusBar()->showMessage(
        tr("Imported %1: %n entries (%2 new, %3 removed).", nullptr, report.entries)
            .arg(QFileInfo(path).fileName())
            .arg(report.added)
            .arg(report.removed),
        8000);
}

void MainWindow::exportReadme()
{
    const auto list = m_store.list(currentListId());
    if (!list)
        return;
    // A list with a clone exports into it, through the pane that shows what changes.
    if (m_store.repoLink(list->id).isLinked()) {
        m_exportDock->show();
        m_exportPane->exportReadme();
        return;
    }
    if (list->sourcePath.isEmpty()) {
        exportReadmeAs();
        return;
    }
    const QFileInfo target(list->sourcePath);
    // Someone (or something) changed the file after we last read or wrote it: ask first.
    const QDateTime known = std::max(list->lastExport, list->modified);
    if (target.exists() && known.isValid() && target.lastModified() > known.addSecs(1)) {
        const auto answer = QMessageBox::question(
            this, tr("Export README"),
            tr("%1 was changed after the list was last imported or exported. Overwrite it with "
               "the list?")
                .arg(QDir::toNativeSeparators(target.filePath())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    exportTo(list->sourcePath);
}

void MainWindow::exportReadmeAs()
{
    const auto list = m_store.list(currentListId());
    if (!list)
        return;
    using Citations::Format;
    // The filters in the dialog's order; the README's first, as it was the only one.
    const QList<std::pair<QString, std::optional<Format>>> filters{
        {tr("README (*.md)"), std::nullopt},
        {tr("BibTeX (*.bib)"), Format::BibTeX},
        {tr("CSL-JSON (*.json)"), Format::CslJson},
        {tr("CSV (*.csv)"), Format::Csv},
    };
    QStringList names;
    for (const auto &f : filters)
        names << f.first;
    QFileDialog dialog(this, tr("Export As"));
    dialog.setObjectName(u"exportAsDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(names);
    dialog.selectFile(list->sourcePath.isEmpty() ? u"README.md"_s : list->sourcePath);
    // A name typed without a suffix gets the chosen format's.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &f) {
        for (const auto &[name, format] : filters) {
            if (name == f)
                dialog.setDefaultSuffix(format ? Citations::fileSuffix(*format) : u"md"_s);
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString path = dialog.selectedFiles().constFirst();
    std::optional<Format> filterFormat;
    for (const auto &[name, f] : filters) {
        if (name == dialog.selectedNameFilter())
            filterFormat = f;
    }
    // A dialog that did not add the suffix (a filter chosen without its signal, some native
    // dialogs): the chosen format's.
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + (filterFormat ? Citations::fileSuffix(*filterFormat) : u"md"_s);
    // The file's own suffix wins over the filter ("papers.bib" typed with the README filter
    // still shown); an unknown one leaves it to the filter.
    std::optional<Format> format;
    bool decided = false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md"_s || suffix == u"markdown"_s) {
        decided = true;
    } else {
        for (const Format f : {Format::BibTeX, Format::CslJson, Format::Csv}) {
            if (suffix == Citations::fileSuffix(f)) {
                format = f;
                decided = true;
            }
        }
    }
    if (!decided)
        format = filterFormat;
    if (!format) {
        exportTo(path);
        return;
    }
    // On a connection of its own: 100,000 entries take 4.5–7 s to write (bench/PERFORMANCE.md).
    using Outcome = std::pair<bool, QString>;
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    runOnStore(
        this, m_store,
        [listId = list->id, f = *format, path](Store &store) {
            QString error;
            const bool ok = Citations::exportListToFile(store, listId, f, path, &error);
            return Outcome{ok, error};
        },
        [](const QString &error) {
            return Outcome{false, error};
        },
        [this, path](const Outcome &outcome) {
            if (!outcome.first) {
                statusBar()->clearMessage();
                showWarning(this, tr("Export failed"), outcome.second);
                return;
            }
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                     8000);
        });
}

bool MainWindow::exportTo(const QString &path)
{
    QString error;
    if (!exportReadmeToFile(m_store, currentListId(), path, &error)) {
        showWarning(this, tr("Export failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    m_model->refresh();
    updateStatus();
    return true;
}

void MainWindow::openStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Store"),
                                                      QFileInfo(m_store.path()).absolutePath(),
                                                      tr("Stores (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    // Each window owns one store: another store opens in a window of its own.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--db"_s, path}))
        showWarning(this, tr("Open Store"), tr("Could not start a new window."));
}

void MainWindow::newEntry()
{
    const qint64 list = currentListId();
    if (!list)
        return;
    const QList<Section> sections = m_store.sections(list);
    if (sections.isEmpty())
        return;
    Entry e;
    e.listId = list;
    e.sectionId = currentSectionId() ? currentSectionId() : sections.first().id;
    if (const QList<qint64> sel = selectedIds(); !sel.isEmpty()) {
        if (const auto s = m_store.entry(sel.first()))
            e.sectionId = s->sectionId;
    }
    EntryEditor dialog(this);
    dialog.setWindowTitle(tr("New Entry"));
    dialog.setSections(sections);
    const ListInfo info = *m_store.list(list);
    dialog.setEntryTemplate(info.entryTemplate);
    dialog.setResolver(m_resolver, Metadata::entryStyleOf(m_store, list));
    dialog.setPlacementHint([this](const Entry &entry) { return placementOf(entry); });
    dialog.setEntry(e);
    // The editor says as soon as the paper is one the list has, and asks on OK (No keeps it
    // open with everything typed); its button selects the entry the list already has.
    dialog.setDuplicateCheck(&m_store, list);
    connect(&dialog, &EntryEditor::showExistingEntry, this, [this](qint64 id) { showEntry(id); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Fields, notes, tags and PDF together: one undo step.
    const qint64 id = m_curation->addEntry(dialog.entry());
    if (!id) {
        showWarning(this, tr("New Entry"), m_curation->errorString());
        return;
    }
    if (const int row = m_model->rowOf(id); row >= 0)
        selectOnly(row);
}

// "Goes into “Papers”, above “Evanson, L., … — Emergence of Language…”."
QString MainWindow::placementOf(const Entry &entry)
{
    const auto section = m_store.section(entry.sectionId);
    if (!section)
        return {};
    const qint64 before = m_store.insertionPoint(section->id, entry.fields.year);
    const auto neighbour = before ? m_store.entry(before) : std::nullopt;
    if (!neighbour)
        return tr("Goes at the end of “%1”.").arg(section->title);
    const QString authors = neighbour->fields.authors.section(u',', 0, 1).trimmed();
    return tr("Goes into “%1”, above “%2 — %3”.")
        .arg(section->title, authors, neighbour->fields.title);
}

void MainWindow::editEntry()
{
    const auto e = singleSelectedEntry();
    if (!e)
        return;
    EntryEditor dialog(this);
    dialog.setSections(m_store.sections(e->listId));
    dialog.setEntryTemplate(m_store.list(e->listId)->entryTemplate);
    dialog.setEntry(*e);
    dialog.setDuplicateCheck(&m_store, e->listId);
    connect(&dialog, &EntryEditor::showExistingEntry, this, [this](qint64 id) { showEntry(id); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Entry edited = dialog.entry();
    if (edited.fields == e->fields && edited.notes == e->notes && edited.tags == e->tags
        && edited.pdfPath == e->pdfPath && edited.sectionId == e->sectionId)
        return;
    if (!m_curation->editEntry(edited))
        showWarning(this, tr("Edit Entry"), m_curation->errorString());
}

void MainWindow::duplicateEntry()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const qint64 copy = m_curation->duplicateEntry(ids.first());
    if (!copy)
        showWarning(this, tr("Duplicate Entry"), m_curation->errorString());
    else if (const int row = m_model->rowOf(copy); row >= 0)
        selectOnly(row);
}

void MainWindow::deleteEntries()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString what;
    if (ids.size() == 1) {
        if (const auto e = m_store.entry(ids.first()))
            what = tr("Delete \"%1\"?").arg(e->fields.title);
    } else {
        what = tr("Delete %n entries?", nullptr, int(ids.size()));
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete"), what + u"\n\n"_s + tr("Edit → Undo brings them back."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const int firstRow = m_model->rowOf(ids.first());
    if (!m_curation->removeEntries(ids))
        showWarning(this, tr("Delete"), m_curation->errorString());
    if (m_model->rowCount() > 0)
        selectOnly(std::min(firstRow, m_model->rowCount() - 1));
}

void MainWindow::moveBy(int delta)
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    m_curation->moveEntryBy(ids.first(), delta);
    if (const int row = m_model->rowOf(ids.first()); row >= 0) {
        selectOnly(row);
        m_ui->entryTable->scrollTo(m_model->index(row, 0));
    }
}

void MainWindow::sortSectionByYear()
{
    qint64 section = currentSectionId();
    if (!section) {
        const QList<qint64> ids = selectedIds();
        if (const auto e = ids.isEmpty() ? std::nullopt : m_store.entry(ids.first()))
            section = e->sectionId;
    }
    if (section && !m_curation->sortSectionByYear(section))
        showWarning(this, tr("Sort Section by Year"), m_curation->errorString());
}

void MainWindow::showShortcuts()
{
    QString text = u"<table>"_s;
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuEdit, m_ui->menuView, m_ui->menuTools}) {
        for (QAction *a : menu->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            text += u"<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>"_s.arg(
                a->text().remove(u'&').toHtmlEscaped(),
                a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
    }
    text += u"<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>"_s.arg(tr("Edit a cell in place"),
                                                                        tr("F2"));
    text += u"</table>"_s;
    QMessageBox::information(this, tr("Keyboard Shortcuts"), text);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Awesome Curator"),
                       tr("<h3>Awesome Curator %1</h3><p>Keeps awesome lists of research papers: "
                          "reads a list's README exactly as it is, and writes it back with the "
                          "small diff a careful human would make.</p><p>Store: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_store.path()).toHtmlEscaped())
                           + u"<p>"_s + tr("Free software under the MIT License.") + u"</p>"_s);
}

bool MainWindow::importSampleIfEmpty(Store &store)
{
    if (!store.lists().isEmpty() || store.isReadOnly())
        return false;
    QFile sample(u":/sample/README.md"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return false;
    ImportOptions options;
    options.listName = tr("Awesome NeuroAI Papers (sample)");
    return Curator::importReadme(store, sample.readAll(), options).ok;
}

} // namespace Curator
