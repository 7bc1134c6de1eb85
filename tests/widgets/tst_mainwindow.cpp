#include "curation/curation.h"
#include "entrytablemodel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "sidebarmodel.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

// Answers the next message box with `button` as soon as it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

// Answers the message box that shows within the next seconds (after a look-up, say).
void answerMessageBoxWhenShown(QMessageBox::StandardButton button)
{
    Test::whenShown<QMessageBox>([button](QMessageBox *box) { box->button(button)->click(); });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QByteArray m_seed;

    struct Window
    {
        Store store;
        std::unique_ptr<MainWindow> w;
        qint64 listId = 0;
        QTableView *table() const { return w->findChild<QTableView *>(u"entryTable"_s); }
        QTreeView *sidebar() const { return w->findChild<QTreeView *>(u"sidebar"_s); }
        QLineEdit *search() const { return w->findChild<QLineEdit *>(u"searchEdit"_s); }
        QAction *action(const QString &name) const { return w->findChild<QAction *>(name); }
        EntryTableModel *model() const { return w->entryModel(); }
        QByteArray exported() { return exportReadme(store, listId).data; }
        int rowOfTitle(const QString &start) const
        {
            for (int r = 0; r < model()->rowCount(); ++r) {
                if (model()
                        ->index(r, EntryTableModel::TitleColumn)
                        .data()
                        .toString()
                        .startsWith(start))
                    return r;
            }
            return -1;
        }
    };

    void open(Window &win, int width = 1200, const QByteArray &readme = {})
    {
        QVERIFY(win.store.open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_n))));
        ImportOptions options;
        options.force = !readme.isEmpty();
        const ImportReport r = importReadme(win.store, readme.isEmpty() ? m_seed : readme, options);
        QVERIFY(r.ok);
        win.listId = r.listId;
        win.w = std::make_unique<MainWindow>(win.store);
        win.w->resize(width, 720);
        win.w->show();
        win.w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(win.w.get()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Each run starts from the window's defaults, not from what an earlier run left.
        QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName()).clear();
        QVERIFY(m_dir.isValid());
        m_seed = Test::readFile(Test::seedReadmePath());
    }

    void showsTheList()
    {
        Window win;
        open(win);
        QCOMPARE(win.model()->rowCount(), 110);
        QCOMPARE(win.model()->index(0, EntryTableModel::TitleColumn).data().toString(),
                 u"Emergence of Language in the Developing Brain"_s);
        QAbstractItemModel *side = win.sidebar()->model();
        QCOMPARE(side->rowCount(), 1);
        const QModelIndex list = side->index(0, 0);
        QCOMPARE(list.data().toString(), u"Awesome NeuroAI Papers (110)"_s);
        QCOMPARE(side->rowCount(list), 4);
        QCOMPARE(side->index(1, 0, list).data().toString(), u"Reviews (21)"_s);
        QVERIFY(win.w->windowTitle().startsWith(u"Awesome NeuroAI Papers"_s));
    }

    void searchAsYouType()
    {
        Window win;
        open(win);
        win.search()->setFocus();
        QTest::keyClicks(win.search(), u"monosem"_s);
        QTRY_COMPARE(win.model()->rowCount(), 1);
        QVERIFY(win.model()
                    ->index(0, EntryTableModel::TitleColumn)
                    .data()
                    .toString()
                    .startsWith(u"Towards monosemanticity"_s));
        // Ctrl+F comes back to the field with its text selected; clearing shows all again.
        win.table()->setFocus();
        win.action(u"actionFind"_s)->trigger();
        QVERIFY(win.search()->hasFocus());
        win.search()->clear();
        QTRY_COMPARE(win.model()->rowCount(), 110);
    }

    // Pasting what names a paper finds it; text that matches nothing says so over the table.
    void searchByIdentifierOrHyphenatedWord()
    {
        Window win;
        open(win);
        QLabel *noMatch = win.w->findChild<QLabel *>(u"noMatchLabel"_s);
        QVERIFY(noMatch);
        win.search()->setFocus();
        QTest::keyClicks(win.search(), u"cortico-thalamic"_s);
        QTRY_COMPARE(win.model()->rowCount(), 1);
        QVERIFY(!noMatch->isVisible());
        win.search()->clear();
        QTest::keyClicks(win.search(), u"arXiv:2306.16922v2"_s);
        QTRY_VERIFY(win.model()->rowCount() == 1
                    && win.model()
                           ->index(0, EntryTableModel::TitleColumn)
                           .data()
                           .toString()
                           .startsWith(u"The ELM Neuron"_s));
        win.search()->clear();
        QTest::keyClicks(win.search(), u"\"no-such-paper\" NEAR("_s);
        QTRY_COMPARE(win.model()->rowCount(), 0);
        QTRY_VERIFY(noMatch->isVisible());
        QVERIFY(noMatch->text().contains(u"no-such-paper"_s));
        QVERIFY(noMatch->width() > 100);
        QVERIFY(win.store.errorString().isEmpty());
        win.search()->clear();
        QTRY_COMPARE(win.model()->rowCount(), 110);
        QVERIFY(!noMatch->isVisible());
    }

    // Right-click on a row: the entry's actions. Copy gives the README's own line, the id
    // its DOI or arXiv id; a double click on the link opens it (and only web links).
    void rowContextMenuAndLinks()
    {
        Window win;
        open(win);
        QTableView *t = win.table();
        const int row = win.rowOfTitle(u"The ELM Neuron"_s);
        QVERIFY(row >= 0);
        t->setColumnHidden(EntryTableModel::UrlColumn, false);
        t->scrollTo(win.model()->index(row, 0));
        const QRect cell = t->visualRect(win.model()->index(row, EntryTableModel::TitleColumn));
        QStringList offered;
        QTimer::singleShot(0, [&offered] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions()) {
                    if (!a->isSeparator() && a->isEnabled())
                        offered << a->objectName();
                }
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, cell.center(),
                                t->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(t->viewport(), &event);
        QCOMPARE(offered,
                 (QStringList{u"actionOpenLink"_s, u"actionOpenPdf"_s, u"actionCopyMarkdown"_s,
                              u"actionCopyIdentifier"_s, u"actionRefreshEntry"_s,
                              u"actionEditEntry"_s, u"actionDelete"_s}));
        // The right-clicked row is the one the actions work on.
        QCOMPARE(t->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(t->selectionModel()->selectedRows().first().row(), row);

        win.action(u"actionCopyMarkdown"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"Spieler, A., Rahaman, N., Martius, G., Schölkopf, B., & Levina, A. [**The ELM "
                 u"Neuron: an Efficient and Expressive Cortical Neuron Model Can Solve "
                 u"Long-Horizon Tasks**](https://arxiv.org/pdf/2306.16922.pdf) arXiv (2023)\n"_s);
        win.action(u"actionCopyIdentifier"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"arXiv:2306.16922"_s);

        Test::UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        t->scrollTo(win.model()->index(row, EntryTableModel::UrlColumn));
        const QRect link = t->visualRect(win.model()->index(row, EntryTableModel::UrlColumn));
        QVERIFY(t->viewport()->rect().contains(link.center()));
        // A double click as the window system sends it: press, release, then the second press
        // comes as a double-click event, and its release.
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, link.center());
        QTest::mouseDClick(t->viewport(), Qt::LeftButton, {}, link.center());
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(catcher.opened, (QList<QUrl>{QUrl(u"https://arxiv.org/pdf/2306.16922.pdf"_s)}));
        QVERIFY(!QApplication::activeModalWidget()); // no editor opened by that double click
    }

    // Refresh from arXiv (a recorded answer on loopback): what the maintainer typed differently
    // is replaced only after a Yes, in one undo step.
    void refreshFromArxiv()
    {
        Test::TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/api/query?id_list=2104.12255v1*",
                     Test::TestHttpServer::fixture(u"arxiv/2026_id_list_2104.12255v1.atom.xml"_s));
        qputenv("CURATOR_ARXIV_API", server.baseUrl().toString().toUtf8());
        Window win;
        open(win, 1200,
             "# Papers\n\nSomeone, X. [**A title typed by "
             "hand**](https://arxiv.org/abs/2104.12255v1) "
             "arXiv (2021)\n");
        qunsetenv("CURATOR_ARXIV_API");
        QCOMPARE(win.model()->rowCount(), 1);
        win.table()->selectRow(0);
        answerMessageBoxWhenShown(QMessageBox::Yes);
        win.action(u"actionRefreshEntry"_s)->trigger();
        const qint64 id = win.model()->idAt(0);
        QTRY_COMPARE(win.store.entry(id)->fields.authors, u"Nguyen, Q. T. M."_s);
        QCOMPARE(win.store.entry(id)->fields.title, u"0"_s);
        QCOMPARE(win.store.entry(id)->fields.url, u"https://arxiv.org/abs/2104.12255v1"_s);
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.store.entry(id)->fields.title, u"A title typed by hand"_s);
        // No: nothing changes.
        answerMessageBoxWhenShown(QMessageBox::No);
        win.action(u"actionRefreshEntry"_s)->trigger();
        QTest::qWait(500);
        QCOMPARE(win.store.entry(id)->fields.title, u"A title typed by hand"_s);
    }

    void sectionFilter()
    {
        Window win;
        open(win);
        const QModelIndex reviews
            = win.sidebar()->model()->index(1, 0, win.sidebar()->model()->index(0, 0));
        win.sidebar()->setCurrentIndex(reviews);
        QCOMPARE(win.model()->rowCount(), 21);
        QTest::keyClicks(win.search(), u"neuro"_s);
        QTRY_COMPARE(win.model()->rowCount(), 14);
    }

    void editCellWithKeyboardAndUndo()
    {
        Window win;
        open(win);
        const int row = win.rowOfTitle(u"The ELM Neuron"_s);
        QVERIFY(row >= 0);
        QTableView *t = win.table();
        t->setFocus();
        t->setCurrentIndex(win.model()->index(row, EntryTableModel::VenueColumn));
        QTest::keyClick(t, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        qobject_cast<QLineEdit *>(editor)->selectAll();
        QTest::keyClicks(editor, u"NeurIPS"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        const qint64 id = win.model()->idAt(row);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(win.store.entry(id)->fields.venue, u"NeurIPS"_s);
        QByteArray expected = m_seed;
        expected.replace("2306.16922.pdf) arXiv (2023)", "2306.16922.pdf) NeurIPS (2023)");
        QCOMPARE(win.exported(), expected);
        QCOMPARE(win.model()->index(row, EntryTableModel::VenueColumn).data().toString(),
                 u"NeurIPS"_s);

        QTest::keyClick(t, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(win.store.entry(id)->fields.venue, u"arXiv"_s);
        QCOMPARE(win.exported(), m_seed);
        QTest::keyClick(t, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(win.exported(), expected);
    }

    void yearEditorTakesFreeText()
    {
        Window win;
        open(win);
        const int row = win.rowOfTitle(u"The LLM Language Network"_s);
        QTableView *t = win.table();
        t->setFocus();
        t->setCurrentIndex(win.model()->index(row, EntryTableModel::YearColumn));
        QTest::keyClick(t, Qt::Key_F2);
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(edit); // "NAACL 2025" is text, so no spin box
        QCOMPARE(edit->text(), u"NAACL 2025"_s);
        edit->selectAll();
        QTest::keyClicks(edit, u"ACL (2024)"_s); // parentheses are refused by the validator
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(win.store.entry(win.model()->idAt(row))->fields.yearText, u"ACL 2024"_s);
        QCOMPARE(win.store.entry(win.model()->idAt(row))->fields.year, 2024);

        // A plain year is edited as text too: "2023" becomes "ICML 2023".
        const int plain = win.rowOfTitle(u"The ELM Neuron"_s);
        t->setCurrentIndex(win.model()->index(plain, EntryTableModel::YearColumn));
        QTest::keyClick(t, Qt::Key_F2);
        auto *text = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(text);
        QCOMPARE(text->text(), u"2023"_s);
        text->selectAll();
        QTest::keyClicks(text, u"ICML 2023"_s);
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(win.store.entry(win.model()->idAt(plain))->fields.yearText, u"ICML 2023"_s);
        QCOMPARE(win.store.entry(win.model()->idAt(plain))->fields.year, 2023);
    }

    // Sorting by year: by the number, then the text; "2025" and "NAACL 2025" sit together in
    // either direction, the plain year first.
    void sortByYearNumberThenText()
    {
        Window win;
        open(win);
        win.table()->sortByColumn(EntryTableModel::YearColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!win.model()->isReadmeOrder());
        QStringList years;
        for (int r = 0; r < win.model()->rowCount(); ++r)
            years
                << win.model()->index(r, EntryTableModel::YearColumn).data(Qt::EditRole).toString();
        const qsizetype plain = years.indexOf(u"2025"_s);
        const qsizetype naacl = years.indexOf(u"NAACL 2025"_s);
        QVERIFY(plain >= 0 && naacl >= 0);
        QVERIFY2(plain < naacl, qPrintable(years.mid(0, 12).join(u", "_s)));
        QCOMPARE(years.first().right(4), u"2025"_s);
        // Every 2025 row comes before every 2024 row.
        QVERIFY(years.lastIndexOf(QRegularExpression(u".*2025$"_s))
                < years.indexOf(QRegularExpression(u".*2024$"_s)));
    }

    void reorderByDragAndUndo()
    {
        Window win;
        open(win);
        EntryTableModel *m = win.model();
        const int from = win.rowOfTitle(u"The ELM Neuron"_s);
        const qint64 id = m->idAt(from);
        std::unique_ptr<QMimeData> drag(m->mimeData({m->index(from, 0)}));
        QVERIFY(m->canDropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
        m->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(m->idAt(0), id);
        QCOMPARE(win.store.entry(id)->position, 0);
        const QByteArray moved = win.exported();
        QVERIFY(moved.indexOf("Spieler, A.") < moved.indexOf("Evanson, L."));
        QCOMPARE(moved.size(), m_seed.size());
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.exported(), m_seed);
        QCOMPARE(m->idAt(from), id);
        // Sorted by a column, the view refuses reordering drops.
        win.table()->sortByColumn(EntryTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(!m->canDropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
        win.action(u"actionReadmeOrder"_s)->trigger();
        QVERIFY(m->isReadmeOrder());
        QCOMPARE(m->idAt(from), id);
    }

    // The same through the view: a drop event at a row's position, as a mouse drag ends.
    void dropEventOnTheTable()
    {
        Window win;
        open(win);
        EntryTableModel *m = win.model();
        QTableView *t = win.table();
        const int from = win.rowOfTitle(u"The ELM Neuron"_s);
        const qint64 id = m->idAt(from);
        std::unique_ptr<QMimeData> drag(m->mimeData({m->index(from, 0)}));
        // Onto the upper part of row 2's title cell: the entry lands above row 2.
        const QRect target = t->visualRect(m->index(2, EntryTableModel::TitleColumn));
        const QPoint at(target.center().x(), target.top() + 2);
        QDragEnterEvent enter(at, Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(t->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(t->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(t->viewport(), &drop);
        QCOMPARE(m->idAt(2), id);
        QCOMPARE(win.store.entry(id)->position, 2);
        QCOMPARE(m->rowCount(), 110);
        const QByteArray out = win.exported();
        QVERIFY(out.indexOf("Spieler, A.") < out.indexOf("Hagendorff, T."));
        QVERIFY(out.indexOf("Spieler, A.") > out.indexOf("Granier, A."));
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.exported(), m_seed);
    }

    void dropOnSidebarSection()
    {
        Window win;
        open(win);
        EntryTableModel *m = win.model();
        const int row = win.rowOfTitle(u"The ELM Neuron"_s);
        const qint64 id = m->idAt(row);
        std::unique_ptr<QMimeData> drag(m->mimeData({m->index(row, 0)}));
        QAbstractItemModel *side = win.sidebar()->model();
        const QModelIndex reviews = side->index(1, 0, side->index(0, 0));
        QVERIFY(side->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, reviews));
        side->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, reviews);
        const qint64 reviewsId = reviews.data(SidebarModel::SectionIdRole).toLongLong();
        QCOMPARE(win.store.entry(id)->sectionId, reviewsId);
        QCOMPARE(side->index(0, 0, side->index(0, 0)).data().toString(), u"Papers (83)"_s);
        QCOMPARE(side->index(1, 0, side->index(0, 0)).data().toString(), u"Reviews (22)"_s);
        // Placed by its year (2023) among the reviews: above the first 2023 review.
        const QByteArray out = win.exported();
        QVERIFY(out.indexOf("Spieler, A.") > out.indexOf("# Reviews"));
        QVERIFY(out.indexOf("Spieler, A.") < out.indexOf("Gebicke-Haerter"));
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.exported(), m_seed);
    }

    void deleteSeveralAndUndo()
    {
        Window win;
        open(win);
        QTableView *t = win.table();
        t->selectRow(1);
        t->selectionModel()->select(win.model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(win.w->selectedIds().size(), 2);
        answerNextMessageBox(QMessageBox::Yes);
        win.action(u"actionDelete"_s)->trigger();
        QCOMPARE(win.model()->rowCount(), 108);
        QCOMPARE(win.store.entryCount(win.listId), 108);
        QVERIFY(!win.exported().contains("Granier, A."));
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.store.entryCount(win.listId), 110);
        QCOMPARE(win.exported(), m_seed);
        // Cancelling deletes nothing.
        t->selectRow(0);
        answerNextMessageBox(QMessageBox::Cancel);
        win.action(u"actionDelete"_s)->trigger();
        QCOMPARE(win.store.entryCount(win.listId), 110);
    }

    void moveUpDownAndDuplicate()
    {
        Window win;
        open(win);
        QTableView *t = win.table();
        t->setFocus();
        t->selectRow(1);
        const qint64 id = win.model()->idAt(1);
        QTest::keyClick(t, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(win.model()->idAt(0), id);
        QVERIFY(t->selectionModel()->isRowSelected(0, {}));
        QTest::keyClick(t, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(win.model()->idAt(1), id);
        QCOMPARE(win.exported(), m_seed);

        QTest::keyClick(t, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(win.model()->rowCount(), 111);
        QVERIFY(win.model()->index(1, 0).data(EntryTableModel::DuplicateRole).toBool());
        QVERIFY(win.model()->index(2, 0).data(EntryTableModel::DuplicateRole).toBool());
        QVERIFY(!win.model()->index(0, 0).data(EntryTableModel::DuplicateRole).toBool());
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.model()->rowCount(), 110);
        QCOMPARE(win.exported(), m_seed);
    }

    void sortSectionByYearIsUndoable()
    {
        Window win;
        open(win);
        EntryTableModel *m = win.model();
        std::unique_ptr<QMimeData> drag(m->mimeData({m->index(83, 0)}));
        m->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {});
        const QByteArray shuffled = win.exported();
        win.table()->selectRow(0);
        win.action(u"actionSortByYear"_s)->trigger();
        QCOMPARE(win.exported(), m_seed);
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.exported(), shuffled);
    }

    void settingsPersist()
    {
        {
            Window win;
            open(win);
            win.table()->setColumnHidden(EntryTableModel::VenueColumn, true);
            win.table()->setColumnHidden(EntryTableModel::UrlColumn, false);
            win.w->resize(900, 600);
            win.w->close();
        }
        Window again;
        open(again, 1000);
        QVERIFY(again.table()->isColumnHidden(EntryTableModel::VenueColumn));
        QVERIFY(!again.table()->isColumnHidden(EntryTableModel::UrlColumn));
        again.table()->setColumnHidden(EntryTableModel::VenueColumn, false);
        again.table()->setColumnHidden(EntryTableModel::UrlColumn, true);
        again.w->close();
    }

    void deleteListAndUndo()
    {
        Window win;
        open(win);
        answerNextMessageBox(QMessageBox::Yes);
        win.action(u"actionDeleteList"_s)->trigger();
        QCOMPARE(win.store.lists().size(), 0);
        QCOMPARE(win.sidebar()->model()->rowCount(), 0);
        QCOMPARE(win.model()->rowCount(), 0);
        QVERIFY(!win.action(u"actionDeleteList"_s)->isEnabled());
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.store.lists().size(), 1);
        QCOMPARE(win.model()->rowCount(), 110);
        QCOMPARE(win.exported(), m_seed);
    }

    void sampleListOnFirstLaunch()
    {
        Store s;
        QVERIFY(s.open(m_dir.filePath(u"first.sqlite"_s)));
        QVERIFY(MainWindow::importSampleIfEmpty(s));
        QCOMPARE(s.lists().size(), 1);
        QCOMPARE(s.lists().first().entryCount, 110);
        QCOMPARE(exportReadme(s, s.lists().first().id).data, m_seed);
        QVERIFY(!MainWindow::importSampleIfEmpty(s));
        QCOMPARE(s.lists().size(), 1);
    }

    // The header's column menu shows which columns are shown from the start, and follows
    // changes made from either menu.
    void columnMenusShowTheColumns()
    {
        Window win;
        open(win);
        QHeaderView *header = win.table()->horizontalHeader();
        const QList<QAction *> actions = header->actions();
        QCOMPARE(actions.size(), int(EntryTableModel::ColumnCount));
        for (int c = 0; c < actions.size(); ++c)
            QCOMPARE(actions[c]->isChecked(), !win.table()->isColumnHidden(c));
        QVERIFY(actions[EntryTableModel::TitleColumn]->isChecked());
        QVERIFY(!actions[EntryTableModel::UrlColumn]->isChecked());
        actions[EntryTableModel::UrlColumn]->trigger();
        QVERIFY(!win.table()->isColumnHidden(EntryTableModel::UrlColumn));
        QVERIFY(actions[EntryTableModel::UrlColumn]->isChecked());
        // Restored from the settings: a new window shows the URL column, checked.
        win.w->close();
        Window again;
        open(again);
        QVERIFY(!again.table()->isColumnHidden(EntryTableModel::UrlColumn));
        QVERIFY(
            again.table()->horizontalHeader()->actions()[EntryTableModel::UrlColumn]->isChecked());
        again.table()->horizontalHeader()->actions()[EntryTableModel::UrlColumn]->trigger();
        again.w->close();
    }

    // With the README pane open, a narrow window keeps a readable table: the pane goes below
    // the table when there is no room beside it, and the title column stays whole on screen.
    void narrowWindowWithThePane_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("800") << 800;
        QTest::newRow("1200") << 1200;
        QTest::newRow("1600") << 1600;
    }

    void narrowWindowWithThePane()
    {
        QFETCH(int, width);
        Window win;
        open(win, width);
        win.action(u"actionShowExportPane"_s)->trigger();
        auto *dock = win.w->findChild<QDockWidget *>(u"exportDock"_s);
        QTRY_VERIFY(dock->isVisible());
        QTest::qWait(50);
        const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(win.w->grab().save(shots + u"/mainwindow-pane-%1.png"_s.arg(width)));
        QTableView *t = win.table();
        QHeaderView *header = t->horizontalHeader();
        const int em = t->fontMetrics().horizontalAdvance(u'M');
        const int viewport = t->viewport()->width();
        // Section, authors and a 24 em title side by side on screen; from 1200 px on also
        // venue, year and identifier (the pane pushed them out of sight).
        QList<int> shown{EntryTableModel::SectionColumn, EntryTableModel::AuthorsColumn,
                         EntryTableModel::TitleColumn};
        if (width >= 1200)
            shown << EntryTableModel::VenueColumn << EntryTableModel::YearColumn
                  << EntryTableModel::IdentifierColumn;
        for (int c : shown) {
            const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
            QVERIFY2(
                right <= viewport,
                qPrintable(u"column %1 ends at %2 of %3 px"_s.arg(c).arg(right).arg(viewport)));
        }
        QVERIFY2(header->sectionSize(EntryTableModel::TitleColumn) >= 24 * em,
                 qPrintable(u"title %1 px, 24 em = %2 px"_s
                                .arg(header->sectionSize(EntryTableModel::TitleColumn))
                                .arg(24 * em)));
        qInfo().noquote() << u"%1 px: em %2, pane %3 (%4x%5), title %6 px, viewport %7 px"_s
                                 .arg(width)
                                 .arg(em)
                                 .arg(win.w->dockWidgetArea(dock) == Qt::RightDockWidgetArea
                                          ? u"beside"_s
                                          : u"below"_s)
                                 .arg(dock->width())
                                 .arg(dock->height())
                                 .arg(header->sectionSize(EntryTableModel::TitleColumn))
                                 .arg(viewport);
        // The pane itself is usable: its buttons whole, its diff at least a few lines high.
        QVERIFY(dock->width() >= 30 * em
                || win.w->dockWidgetArea(dock) == Qt::BottomDockWidgetArea);
        QVERIFY(dock->height() >= 12 * t->fontMetrics().height());
        // Wide enough, it sits beside the table.
        if (width >= 1600)
            QCOMPARE(win.w->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS");
        if (dir.isEmpty())
            return; // written by `docs/screenshots/make-screenshots.sh`, not in every run
        {
            Window win;
            open(win, 1280);
            win.table()->selectRow(11);
            QVERIFY(win.w->grab().save(dir + u"/mainwindow.png"_s));
            QTest::keyClicks(win.search(), u"neural net"_s);
            QTRY_VERIFY(win.model()->rowCount() < 110);
            QVERIFY(win.w->grab().save(dir + u"/mainwindow-search.png"_s));
            win.search()->clear();
            QTest::keyClicks(win.search(), u"10.1038"_s);
            QTRY_VERIFY(win.model()->rowCount() > 0 && win.model()->rowCount() < 20);
            QVERIFY(win.w->grab().save(dir + u"/mainwindow-search-doi.png"_s));
            win.search()->clear();
            QTest::keyClicks(win.search(), u"no-such-paper"_s);
            QTRY_COMPARE(win.model()->rowCount(), 0);
            QVERIFY(win.w->grab().save(dir + u"/mainwindow-search-none.png"_s));
        }
        Window narrow;
        open(narrow, 760);
        QVERIFY(narrow.w->grab().save(dir + u"/mainwindow-narrow.png"_s));
        // A list kept as tables (xlite-dev/Awesome-LLM-Inference): its rows are entries.
        Window tables;
        open(tables, 1280,
             Test::readFile(Test::dataDir() + u"/lists/xlite-dev--awesome-llm-inference.md"_s));
        QVERIFY(tables.model()->rowCount() > 300);
        QVERIFY(tables.w->grab().save(dir + u"/mainwindow-table-list.png"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
