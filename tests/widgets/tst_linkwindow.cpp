// The window's face of the link check (issue 16): Tools → Check Links in the background, its
// report and the fixes made from it, the table's Link column and filter, the ignore rules.
// Every address points at loopback servers; nothing reaches the internet.
#include "curation/curation.h"
#include "entrytablemodel.h"
#include "linkreportdialog.h"
#include "linkrulesdialog.h"
#include "links/linkhealth.h"
#include "links/linkstore.h"
#include "links/pagecheck.h"
#include "links/targets.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

namespace {

enum ReportColumn { LineColumn, ClassColumn, CodeColumn, UrlColumn, EntryColumn, SuggestionColumn };

Response page(int status, const QByteArray &location = {})
{
    Response r;
    r.status = status;
    r.headers = {{"Content-Type", "text/html"}};
    if (!location.isEmpty())
        r.headers.append({"Location", location});
    r.body = "<html><body>page</body></html>";
    return r;
}

// An arXiv feed that has every paper these ids name (each at the version asked for, else v1).
QByteArray arxivFeedOf(const QStringList &ids)
{
    QByteArray feed = "<?xml version='1.0' encoding='UTF-8'?>\n"
                      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
    for (const QString &id : ids) {
        static const QRegularExpression versioned(u"v\\d+$"_s);
        const QString full = versioned.match(id).hasMatch() ? id : id + u"v1"_s;
        feed += "<entry><id>http://arxiv.org/abs/" + full.toUtf8() + "</id><title>Paper "
            + id.toUtf8()
            + "</title><published>2020-01-01T00:00:00Z</published>"
              "<updated>2020-01-01T00:00:00Z</updated><summary>s</summary>"
              "<author><name>A. Author</name></author></entry>\n";
    }
    return feed + "</feed>\n";
}

} // namespace

class TestLinkWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    // Pages, and the services apart: the fetcher paces each host (and port) by the policy set
    // for it last, so one server for all would pace the pages as the services are paced.
    TestHttpServer m_server;
    TestHttpServer m_services;

    struct Window
    {
        Store store;
        std::unique_ptr<MainWindow> w;
        qint64 listId = 0;
        QTableView *table() const { return w->findChild<QTableView *>(u"entryTable"_s); }
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
        QString linkCell(int row, int role = Qt::DisplayRole) const
        {
            return model()->index(row, EntryTableModel::LinkColumn).data(role).toString();
        }
    };

    void open(Window &win, const QByteArray &readme, int width = 1200)
    {
        QVERIFY(win.store.open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_n))));
        ImportOptions options;
        options.force = true;
        const ImportReport r = importReadme(win.store, readme, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        win.listId = r.listId;
        win.w = std::make_unique<MainWindow>(win.store);
        win.w->resize(width, 720);
        win.w->show();
        win.w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(win.w.get()));
    }

    QByteArray base() const { return m_server.baseUrl().toString().toUtf8(); }

    // Three papers: one page that is there, one that is gone, one that moved to its address
    // with a trailing slash.
    QByteArray threePapers() const
    {
        return "# Papers\n\n"
               "Someone, X. [**A paper that is there**]("
            + base()
            + "/ok) Journal (2020)\n\n"
              "Other, Y. [**A paper that is gone**]("
            + base()
            + "/gone) Journal (2021)\n\n"
              "Third, Z. [**A paper that moved**]("
            + base() + "/moved) Journal (2022)\n";
    }

    static QTreeWidget *findings(LinkReportDialog *dialog)
    {
        return dialog->findChild<QTreeWidget *>(u"findingsTree"_s);
    }

    static int rowOfUrl(QTreeWidget *tree, const QString &url)
    {
        for (int r = 0; r < tree->topLevelItemCount(); ++r) {
            if (tree->topLevelItem(r)->text(UrlColumn) == url)
                return r;
        }
        return -1;
    }

    static void setServices(const QUrl &arxiv, const QUrl &doi, const QUrl &github,
                            const QUrl &wayback)
    {
        qputenv("CURATOR_ARXIV_API", arxiv.toString().toUtf8());
        qputenv("CURATOR_DOI_API", doi.toString().toUtf8());
        qputenv("CURATOR_GITHUB_API", github.toString().toUtf8());
        qputenv("CURATOR_WAYBACK_API", wayback.toString().toUtf8());
    }

    LinkReportDialog *runCheck(Window &win)
    {
        win.action(u"actionCheckLinks"_s)->trigger();
        LinkReportDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = win.w->linkReport()) && dialog->isVisible(), 20000);
        }();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName()).clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        QVERIFY(m_services.listen());
        // Any other address on the server is a page that is there; later routes win.
        m_server.route("GET", "/*", page(200));
        m_server.route("GET", "/gone", page(404));
        m_server.route("GET", "/moved", page(301, base() + "/moved/"));
        m_services.route("GET", "/wayback/available?*",
                         TestHttpServer::fixture(u"wayback/available_200.json"_s));
        Response stall;
        stall.mode = Response::Mode::Stall;
        m_server.route("GET", "/stall", stall);
        // The services a check asks, before any window (and its check settings) is made.
        setServices(m_services.baseUrl(), m_services.baseUrl(), m_services.baseUrl(),
                    m_services.baseUrl());
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
    }

    // The report lists what is not ok with its fixes; the rewrite is one undo step that changes
    // the README by exactly the address; Ignore adds a rule; the column and the filter follow.
    void checkReportFixAndUndo()
    {
        Window win;
        open(win, threePapers());
        const QByteArray before = win.exported();
        QVERIFY(win.table()->isColumnHidden(EntryTableModel::LinkColumn));
        LinkReportDialog *dialog = runCheck(win);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(u"summaryLabel"_s)->text(),
                 u"3 links: 1 ok, 1 redirected, 1 broken, 0 unverified"_s);
        QTreeWidget *tree = findings(dialog);
        QCOMPARE(tree->topLevelItemCount(), 2);
        const QString gone = QString::fromUtf8(base() + "/gone");
        const QString moved = QString::fromUtf8(base() + "/moved");
        const int goneRow = rowOfUrl(tree, gone);
        const int movedRow = rowOfUrl(tree, moved);
        QVERIFY(goneRow >= 0 && movedRow >= 0);
        QTreeWidgetItem *goneItem = tree->topLevelItem(goneRow);
        QCOMPARE(goneItem->text(LineColumn), u"5"_s);
        QCOMPARE(goneItem->text(ClassColumn), u"broken"_s);
        QCOMPARE(goneItem->text(CodeColumn), u"404"_s);
        QCOMPARE(goneItem->text(EntryColumn), u"A paper that is gone"_s);
        // The Wayback Machine's copy (the fixture's) is offered for the broken page.
        QVERIFY(goneItem->text(SuggestionColumn).contains(u"web.archive.org"_s));
        QTreeWidgetItem *movedItem = tree->topLevelItem(movedRow);
        QCOMPARE(movedItem->text(ClassColumn), u"redirected"_s);
        QCOMPARE(movedItem->text(SuggestionColumn), moved + u'/');
        // "Show ok links too" lists all three, and back.
        dialog->findChild<QCheckBox *>(u"showOkCheck"_s)->setChecked(true);
        QCOMPARE(tree->topLevelItemCount(), 3);
        dialog->findChild<QCheckBox *>(u"showOkCheck"_s)->setChecked(false);
        QCOMPARE(tree->topLevelItemCount(), 2);

        // Apply the rewrite: one step, the entry's link and nothing else.
        auto *use = dialog->findChild<QPushButton *>(u"useSuggestionButton"_s);
        tree->setCurrentItem(tree->topLevelItem(rowOfUrl(tree, moved)));
        QCOMPARE(use->text(), u"&Apply Rewrite"_s);
        QVERIFY(use->isEnabled());
        const int steps = win.w->curation().undoCount();
        use->click();
        QCOMPARE(win.w->curation().undoCount(), steps + 1);
        QVERIFY(win.w->curation().undoText().startsWith(u"Replace Link"_s));
        const qint64 movedEntry = win.model()->idAt(win.rowOfTitle(u"A paper that moved"_s));
        QCOMPARE(win.store.entry(movedEntry)->fields.url, moved + u'/');
        QByteArray expected = before;
        expected.replace(QByteArray(moved.toUtf8() + ')'), QByteArray(moved.toUtf8() + "/)"));
        QVERIFY(expected != before);
        QCOMPARE(win.exported(), expected);
        QCOMPARE(tree->topLevelItem(rowOfUrl(tree, moved))->text(ClassColumn), u"replaced"_s);
        QVERIFY(!use->isEnabled());
        // Edit → Undo in the window takes it back.
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.store.entry(movedEntry)->fields.url, moved);
        QCOMPARE(win.exported(), before);

        // Ignore: one more rule, the address itself.
        tree->setCurrentItem(tree->topLevelItem(rowOfUrl(tree, gone)));
        dialog->findChild<QPushButton *>(u"ignoreButton"_s)->click();
        const Links::IgnoreRules rules = Links::ignoreRules(win.store, win.listId);
        QCOMPARE(rules.count(), 1);
        QCOMPARE(rules.match(gone),
                 u"^http://127\\.0\\.0\\.1:%1/gone$"_s.arg(m_server.baseUrl().port()));
        QVERIFY(rules.match(gone + u"/more"_s).isEmpty());
        QCOMPARE(tree->topLevelItem(rowOfUrl(tree, gone))->text(ClassColumn), u"ignored"_s);
        win.action(u"actionUndo"_s)->trigger();
        QVERIFY(Links::ignoreRules(win.store, win.listId).isEmpty());

        // The table's column: shown after the check, the last check of each entry's link.
        QVERIFY(!win.table()->isColumnHidden(EntryTableModel::LinkColumn));
        const int goneEntryRow = win.rowOfTitle(u"A paper that is gone"_s);
        QTRY_COMPARE(win.linkCell(goneEntryRow), u"broken"_s);
        QVERIFY(win.linkCell(goneEntryRow, Qt::ToolTipRole).contains(u"404"_s));
        QVERIFY(win.linkCell(goneEntryRow, Qt::ToolTipRole).contains(u"Checked "_s));
        QVERIFY(!win.model()
                     ->index(goneEntryRow, EntryTableModel::LinkColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(win.linkCell(win.rowOfTitle(u"A paper that is there"_s)), u"ok"_s);
        QCOMPARE(win.linkCell(win.rowOfTitle(u"A paper that moved"_s)), u"redirected"_s);
        // Sorted by the column: the broken link first.
        win.table()->horizontalHeader()->setSortIndicator(EntryTableModel::LinkColumn,
                                                          Qt::AscendingOrder);
        QTRY_COMPARE(win.model()->index(0, EntryTableModel::TitleColumn).data().toString(),
                     u"A paper that is gone"_s);
        win.action(u"actionReadmeOrder"_s)->trigger();
        // The filter: only the broken one.
        QAction *brokenOnly = win.action(u"actionBrokenLinksOnly"_s);
        brokenOnly->trigger();
        QCOMPARE(win.model()->rowCount(), 1);
        QCOMPARE(win.model()->index(0, EntryTableModel::TitleColumn).data().toString(),
                 u"A paper that is gone"_s);
        brokenOnly->trigger();
        QCOMPARE(win.model()->rowCount(), 3);
        // The column is in the View → Columns menu like the others.
        QAction *column = win.action(u"actionColumn%1"_s.arg(EntryTableModel::LinkColumn));
        QVERIFY(column);
        QCOMPARE(column->text(), u"Link"_s);
        column->trigger();
        QVERIFY(win.table()->isColumnHidden(EntryTableModel::LinkColumn));
        dialog->close();
    }

    // Cancel while a server never answers: the check ends, nothing crashes, the window works on
    // (and while the check ran, it answered: a search filtered the table).
    void cancelAStalledCheck()
    {
        Window win;
        open(win,
             "# Papers\n\nSomeone, X. [**A paper that is there**](" + base()
                 + "/ok) Journal (2020)\n\nOther, Y. [**A server that never answers**](" + base()
                 + "/stall) Journal (2021)\n");
        auto *progress = win.w->findChild<QProgressBar *>(u"linkProgress"_s);
        auto *cancel = win.w->findChild<QToolButton *>(u"linkCancel"_s);
        QVERIFY(progress && cancel);
        win.action(u"actionCheckLinks"_s)->trigger();
        QTRY_VERIFY(progress->isVisible() && cancel->isVisible());
        QTRY_COMPARE(progress->value(), 1);
        QCOMPARE(progress->maximum(), 2);
        QCOMPARE(progress->text(), u"Checking links: 1 of 2"_s);
        QVERIFY(!win.action(u"actionCheckLinks"_s)->isEnabled());
        auto *search = win.w->findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(search, u"never"_s);
        QTRY_COMPARE(win.model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(win.model()->rowCount(), 2);
        QVERIFY(win.w->linkHealth()->isRunning());
        cancel->click();
        QTRY_VERIFY(!win.w->linkHealth()->isRunning());
        QTRY_VERIFY(!progress->isVisible());
        QVERIFY(!win.w->linkReport());
        QVERIFY(win.action(u"actionCheckLinks"_s)->isEnabled());
        // What was checked before the cancel is kept.
        QTRY_COMPARE(win.linkCell(win.rowOfTitle(u"A paper that is there"_s)), u"ok"_s);
        QVERIFY(win.linkCell(win.rowOfTitle(u"A server that never answers"_s)).isEmpty());
        // And a new check starts (and is canceled) as well.
        win.action(u"actionCheckLinks"_s)->trigger();
        QTRY_VERIFY(progress->isVisible());
        QTRY_VERIFY(win.w->linkHealth()->isRunning());
        cancel->click();
        QTRY_VERIFY(!win.w->linkHealth()->isRunning());
    }

    // The rules dialog: invalid rules say which line and cannot be saved; valid ones are one
    // undo step; the export writes lychee's file.
    void ignoreRulesDialog()
    {
        Window win;
        open(win, threePapers());
        LinkRulesDialog dialog(win.w->curation(), win.listId, win.w.get());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_s);
        dialog.show();
        QVERIFY(ok->isEnabled());
        QVERIFY(!error->isVisible());
        dialog.setText(u"# pages that refuse bots\n^https://www\\.linkedin\\.com/\n(unclosed\n"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"rule 3"_s), qPrintable(error->text()));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(Links::ignoreRules(win.store, win.listId).isEmpty());

        const QString rules = u"# pages that refuse bots\n^https://www\\.linkedin\\.com/\n"_s;
        dialog.setText(rules);
        QVERIFY(ok->isEnabled());
        QVERIFY(!error->isVisible());
        const QString path = m_dir.filePath(u"exported.lycheeignore"_s);
        QVERIFY(dialog.exportTo(path));
        QCOMPARE(Test::readFile(path), Links::IgnoreRules::parse(rules).lycheeIgnoreFile());
        QVERIFY(Test::readFile(path).contains("^https://www\\.linkedin\\.com/\n"));
        // Not linked to a clone: the home folder.
        QCOMPARE(dialog.defaultExportPath(), QDir::home().filePath(u".lycheeignore"_s));
        const int steps = win.w->curation().undoCount();
        ok->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(Links::ignoreRules(win.store, win.listId).text(), rules);
        QCOMPARE(win.w->curation().undoCount(), steps + 1);
        win.action(u"actionUndo"_s)->trigger();
        QVERIFY(Links::ignoreRules(win.store, win.listId).text().isEmpty());
    }

    // Tools → Link Ignore Rules opens the dialog on the shown list's rules.
    void rulesFromTheToolsMenu()
    {
        Window win;
        open(win, threePapers());
        QVERIFY(Links::setIgnoreRules(win.store, win.listId, u"^https://a\\.example/\n"_s));
        QString shown;
        Test::whenShown<LinkRulesDialog>([&shown](LinkRulesDialog *d) {
            shown = d->text();
            d->setText(d->text() + u"^https://b\\.example/\n"_s);
            d->accept();
        });
        win.action(u"actionLinkRules"_s)->trigger();
        QCOMPARE(shown, u"^https://a\\.example/\n"_s);
        QCOMPARE(Links::ignoreRules(win.store, win.listId).count(), 2);
    }

    // The seed list checked against loopback answers: its papers through the (loopback) arXiv,
    // DOI and GitHub services, its other pages through a loopback relay, a few of them broken or
    // moved. Saves the report's screenshot when CURATOR_SCREENSHOTS is set.
    void seedReport()
    {
        TestHttpServer server, arxiv, doi, github, wayback;
        for (TestHttpServer *s : {&server, &arxiv, &doi, &github, &wayback})
            QVERIFY(s->listen());
        const QByteArray at = server.baseUrl().toString().toUtf8();
        QByteArray readme = Test::readFile(Test::seedReadmePath());
        QStringList arxivIds;
        QStringList pages;
        server.route("GET", "/*", page(200));
        for (const Links::LinkToCheck &l : Links::linksOfReadme(readme)) {
            const Links::Target t = Links::targetOf(QUrl(l.url));
            switch (t.kind) {
            case Links::Target::Kind::Arxiv:
                arxivIds << t.arxivId;
                break;
            case Links::Target::Kind::GitHubRepo: {
                const QByteArray name = (t.owner + u'/' + t.repo).toUtf8();
                Response repo;
                repo.headers = {{"Content-Type", "application/json"}};
                repo.body = "{\"full_name\":\"" + name + "\",\"html_url\":\"https://github.com/"
                    + name + "\",\"archived\":false}";
                github.route("GET", "/repos/" + name, repo);
                break;
            }
            case Links::Target::Kind::Doi:
                break;
            case Links::Target::Kind::Page:
                if (!pages.contains(l.url))
                    pages << l.url;
                break;
            }
        }
        QVERIFY(arxivIds.size() > 20);
        QVERIFY(pages.size() > 10);
        Response feed;
        feed.headers = {{"Content-Type", "application/atom+xml"}};
        feed.body = arxivFeedOf(arxivIds);
        arxiv.route("GET", "/api/query?*", feed);
        doi.route("GET", "/api/handles/*",
                  TestHttpServer::fixture(u"doi/handle_10.1038_nn.4244_200.json"_s));
        wayback.route("GET", "/wayback/available?*",
                      TestHttpServer::fixture(u"wayback/available_200.json"_s));
        // Every page is asked of the loopback server as /HOST/PATH (CURATOR_PAGE_RELAY), while
        // the list and the report keep the real addresses.
        const auto relayed = [](const QString &url) {
            return Links::PageChecker::relayed(QUrl(u"http://relay"_s), QUrl(url))
                .toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        };
        // Some pages are gone, one moved to its address with a slash, one to the front page.
        QStringList inOrder = pages;
        std::sort(inOrder.begin(), inOrder.end());
        server.route("GET", relayed(inOrder.at(1)), page(404));
        server.route("GET", relayed(inOrder.at(4)), page(410));
        // The move to a slash is the same page: not one whose address ends in a file name.
        const QString moved
            = *std::find_if(inOrder.cbegin() + 6, inOrder.cend(), [](const QString &u) {
                  return !u.endsWith(u".pdf"_s) && !u.endsWith(u'/') && !u.endsWith(u".html"_s);
              });
        server.route("GET", relayed(moved), page(301, moved.toUtf8() + '/'));
        server.route("GET", relayed(inOrder.at(moved == inOrder.at(8) ? 9 : 8)), page(302, "/"));
        qputenv("CURATOR_PAGE_RELAY", at);
        setServices(arxiv.baseUrl(), doi.baseUrl(), github.baseUrl(), wayback.baseUrl());

        Window win;
        open(win, readme, 1280);
        QCOMPARE(win.model()->rowCount(), 110);
        win.action(u"actionCheckLinks"_s)->trigger();
        LinkReportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = win.w->linkReport()) && dialog->isVisible(), 60000);
        qunsetenv("CURATOR_PAGE_RELAY");
        setServices(m_services.baseUrl(), m_services.baseUrl(), m_services.baseUrl(),
                    m_services.baseUrl());
        const Links::LinkReport &report = dialog->report();
        qInfo().noquote() << report.summary();
        QCOMPARE(report.findings.size(), 115);
        QCOMPARE(report.count(Links::Verdict::Broken), 2);
        QCOMPARE(report.count(Links::Verdict::Redirected), 2);
        QCOMPARE(report.count(Links::Verdict::Unverified), 0);
        // Nothing left the machine: every request came to the loopback server.
        QVERIFY(server.requests().size() > 10);
        QCOMPARE(arxiv.requests().size(), 1);
        QVERIFY(doi.requests().size() > 10);
        QVERIFY(!github.requests().isEmpty());
        QTreeWidget *tree = findings(dialog);
        QCOMPARE(tree->topLevelItemCount(), 4);
        dialog->resize(1400, 320);
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u"/link-report.png"_s));
        dialog->close();
    }
};

QTEST_MAIN(TestLinkWindow)
#include "tst_linkwindow.moc"
