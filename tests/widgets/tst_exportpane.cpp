// The README pane offscreen, on a real clone with a bare remote: the diff it shows, the buttons
// it enables, sync, export and the pull request.
#include "curation/curation.h"
#include "exportpane.h"
#include "git/publisher.h"
#include "gitsandbox.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "pullrequestdialog.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

const QByteArray first = "Evanson, L., Bulteau, C., Chipaux, M., Dorfm\xc3\xbcller, G.";
const QByteArray tribe
    = "d'Ascoli, S., Rapin, J., Benchetrit, Y., Banville, H., & King, J. R. [**TRIBE: TRImodal "
      "Brain Encoder for whole-brain fMRI response prediction**](https://www.arxiv.org/abs/"
      "2507.22229) arXiv (2025)\n\n";

QByteArray seed()
{
    return Test::readFile(Test::seedReadmePath());
}

EntryFields attention()
{
    EntryFields f;
    f.authors = u"Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., "
                "Kaiser, L., & Polosukhin, I."_s;
    f.title = u"Attention is all you need"_s;
    f.url = u"https://arxiv.org/abs/1706.03762"_s;
    f.venue = u"NeurIPS"_s;
    f.yearText = u"2017"_s;
    f.year = 2017;
    return f;
}

int countLines(const QString &diff, QChar sign)
{
    int n = 0;
    for (const QString &l : diff.split(u'\n')) {
        if (l.startsWith(sign) && !l.startsWith(QString(3, sign)))
            ++n;
    }
    return n;
}

} // namespace

class TestExportPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::GitSandbox> m_git;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    Test::TestHttpServer m_github;
    qint64 m_list = 0;

    ExportPane *pane() const { return m_window->exportPane(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_github.listen());
        qputenv("CURATOR_GITHUB_API", m_github.baseUrl().toString().toUtf8());
        qputenv("GH_TOKEN", "ghp_panetoken000000000000000000000000beef");
    }

    void init()
    {
        m_git = std::make_unique<Test::GitSandbox>(seed());
        QVERIFY2(m_git->isValid(), qPrintable(m_git->error()));
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_git->root() + u"/store.sqlite"_s));
        const ImportReport r = importReadmeFile(*m_store, m_git->workPath() + u"/README.md"_s, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        m_list = r.listId;
        RepoLink link = m_store->repoLink(m_list);
        QVERIFY(link.isLinked());
        link.github = u"neuro/papers"_s;
        QVERIFY(m_store->setRepoLink(m_list, link));
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1400, 860);
        m_window->show();
        m_window->findChild<QDockWidget *>(u"exportDock"_s)->show();
        m_window->showList(m_list);
        QCOMPARE(pane()->listId(), m_list);
        QTRY_VERIFY(pane()->stateText().contains(u"on branch main"_s));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_git.reset();
        m_github.reset();
    }

    void showsTheStateAndTheDiff()
    {
        QTRY_VERIFY(!pane()->isRefreshing());
        QVERIFY(pane()->stateText().contains(u"clean"_s));
        QVERIFY(pane()->diffText().isEmpty());
        QVERIFY(pane()->canExport());
        QVERIFY(pane()->canOpenPullRequest());

        // One new paper: one hunk, +2/-0, and Ctrl+E writes it.
        QVERIFY(m_window->curation().addEntry(m_store->sections(m_list).first().id, attention()));
        pane()->refresh();
        QTRY_VERIFY(!pane()->isRefreshing());
        const QString diff = pane()->diffText();
        QCOMPARE(diff.count(u"\n@@"_s), 1);
        QCOMPARE(countLines(diff, u'+'), 2);
        QCOMPARE(countLines(diff, u'-'), 0);
        QVERIFY(diff.contains(u"+Vaswani, A."_s));
        // Wrapped (the entry is one long line) and scrolled to the added line, even in a pane
        // a few lines high.
        auto *view = pane()->findChild<QPlainTextEdit *>(u"diffView"_s);
        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        m_window->findChild<QDockWidget *>(u"exportDock"_s)->setFloating(true);
        m_window->findChild<QDockWidget *>(u"exportDock"_s)->resize(500, 330);
        pane()->refresh();
        QTRY_VERIFY(!pane()->isRefreshing());
        QTest::qWait(20);
        QTextCursor added = view->document()->find(u"+Vaswani, A."_s);
        QVERIFY(!added.isNull());
        QVERIFY2(view->viewport()->rect().contains(view->cursorRect(added).center()),
                 qPrintable(u"added line at y %1, viewport %2 px high"_s
                                .arg(view->cursorRect(added).center().y())
                                .arg(view->viewport()->height())));
        m_window->findChild<QDockWidget *>(u"exportDock"_s)->setFloating(false);

        m_window->findChild<QAction *>(u"actionExport"_s)->trigger();
        QVERIFY(m_git->readFile(m_git->workPath(), u"README.md"_s).contains("Attention is all"));
        QTRY_VERIFY(pane()->stateText().contains(u"README changed"_s));
        QTRY_VERIFY(pane()->diffText().isEmpty());

        if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !dir.isEmpty()) {
            QVERIFY(m_window->curation().addEntry(m_store->sections(m_list).first().id, [] {
                EntryFields f;
                f.authors = u"Granier, A., & Senn, W."_s;
                f.title = u"Dendritic prediction errors"_s;
                f.url = u"https://arxiv.org/abs/2504.06355"_s;
                f.venue = u"arXiv"_s;
                f.yearText = u"2025"_s;
                f.year = 2025;
                return f;
            }()));
            pane()->refresh();
            QTRY_VERIFY(!pane()->isRefreshing());
            QTRY_VERIFY(!pane()->isRefreshing());
            QTRY_VERIFY(!pane()->diffText().isEmpty());
            QTRY_VERIFY(pane()->stateText().startsWith(u"on branch"_s));
            auto *dock = m_window->findChild<QDockWidget *>(u"exportDock"_s);
            m_window->resizeDocks({dock}, {600}, Qt::Horizontal);
            pane()->findChild<QTabWidget *>(u"tabs"_s)->setCurrentIndex(0);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(dir + u"/export-pane.png"_s));
        }
    }

    // The seed README starts with an HTML block (<p align="center"><br><img …/><br></p>):
    // the preview shows the list as GitHub renders it all the same, its image as alt text
    // (none here), its "#papers" link able to scroll to the heading.
    void previewShowsTheSeedWithItsHeader()
    {
        auto *preview = pane()->findChild<QTextBrowser *>(u"preview"_s);
        QVERIFY(preview);
        QTRY_VERIFY(!preview->toPlainText().trimmed().isEmpty());
        const QString text = preview->toPlainText();
        QVERIFY2(text.contains(u"Awesome NeuroAI Papers"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"The ELM Neuron: an Efficient and Expressive Cortical Neuron"_s));
        QVERIFY(text.contains(u"More awesome lists"_s));
        QVERIFY(!text.contains(u"<img"_s));
        QVERIFY(!text.contains(u"<p align"_s));
        // The header's badge has alt text: it stands where the image would.
        QVERIFY(text.contains(u"Awesome"_s));
        // A table of the README's kind has rows in the preview too.
        const QString html = preview->toHtml();
        QVERIFY(html.contains(u"name=\"papers\""_s));
        if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !dir.isEmpty()) {
            auto *dock = m_window->findChild<QDockWidget *>(u"exportDock"_s);
            m_window->resizeDocks({dock}, {600}, Qt::Horizontal);
            auto *tabs = pane()->findChild<QTabWidget *>(u"tabs"_s);
            tabs->setCurrentWidget(pane()->findChild<QWidget *>(u"previewTab"_s));
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(dir + u"/export-pane-preview.png"_s));
        }
    }

    void syncsBeforeExporting()
    {
        // A contributor's change lands in the clone (a pull, an edit).
        const QByteArray theirs = seed().insert(seed().indexOf(first), tribe);
        QVERIFY(m_git->writeFile(m_git->workPath(), u"README.md"_s, theirs));
        pane()->refresh();
        QTRY_VERIFY(!pane()->isRefreshing());
        QVERIFY(m_window->curation().addEntry(m_store->sections(m_list).first().id, attention()));
        QVERIFY(!pane()->exportReadme());
        QVERIFY2(pane()->resultText().contains(u"Sync first"_s), qPrintable(pane()->resultText()));
        QCOMPARE(m_git->readFile(m_git->workPath(), u"README.md"_s), theirs);

        const int undoBefore = m_window->curation().undoCount();
        QSignalSpy synced(pane(), &ExportPane::synced);
        QVERIFY(pane()->sync());
        // On a worker thread: the window goes on meanwhile.
        QVERIFY(!pane()->canOpenPullRequest());
        QVERIFY(synced.wait(30000));
        QCOMPARE(synced.first().first().toBool(), true);
        QCOMPARE(m_window->curation().undoCount(), undoBefore + 1);
        QCOMPARE(m_store->search(m_list, u"TRIBE"_s).size(), 1);
        // The sync is one undo step, and redo brings it back.
        m_window->curation().undo();
        QCOMPARE(m_store->search(m_list, u"TRIBE"_s).size(), 0);
        QCOMPARE(m_store->search(m_list, u"Attention is all you need"_s).size(), 1);
        m_window->curation().redo();
        QCOMPARE(m_store->search(m_list, u"TRIBE"_s).size(), 1);
        QVERIFY(pane()->exportReadme());
        const QByteArray written = m_git->readFile(m_git->workPath(), u"README.md"_s);
        QVERIFY(written.contains("TRIBE") && written.contains("Attention is all you need"));
    }

    void pullRequestFromThePane()
    {
        m_github.route("POST", "/repos/neuro/papers/pulls",
                       Test::TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        QVERIFY(m_window->curation().addEntry(m_store->sections(m_list).first().id, attention()));
        QSignalSpy done(pane(), &ExportPane::pullRequestFinished);
        PublishResult result;
        connect(pane(), &ExportPane::pullRequestFinished, this,
                [&](const PublishResult &r) { result = r; });

        // First it asks, showing what would happen; Cancel pushes nothing.
        QString shownTarget, shownDiff;
        bool whole = false;
        Test::whenShown<PullRequestDialog>([&](PullRequestDialog *d) {
            shownTarget = d->targetText();
            shownDiff = d->diffText();
            QCoreApplication::processEvents();
            // Every line of what will happen readable whole (the form once clipped them).
            whole = true;
            for (const char *name : {"targetLabel", "branchLabel", "messageLabel"}) {
                const QLabel *label = d->findChild<QLabel *>(QString::fromLatin1(name));
                whole = whole && label->width() >= label->sizeHint().width();
            }
            if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !dir.isEmpty())
                d->grab().save(dir + u"/pullrequest-confirm.png"_s);
            d->reject();
        });
        m_window->findChild<QAction *>(u"actionPullRequest"_s)->trigger();
        QVERIFY(pane()->isBusy());
        QVERIFY(!pane()->canOpenPullRequest());
        QVERIFY(done.wait(30000));
        QVERIFY2(shownTarget.contains(u"neuro/papers"_s) && shownTarget.contains(u"main"_s),
                 qPrintable(shownTarget));
        QCOMPARE(countLines(shownDiff, u'+'), 2);
        QVERIFY(shownDiff.contains(u"Attention is all you need"_s));
        QVERIFY(whole);
        QCOMPARE(m_git->remoteBranches(), QStringList{u"main"_s});
        QCOMPARE(m_github.requests().size(), 0);
        QVERIFY(pane()->resultText().contains(u"Nothing was pushed"_s));

        // Accepted: pushed and opened.
        Test::whenShown<PullRequestDialog>(
            [](PullRequestDialog *d) { d->publishButton()->click(); });
        m_window->findChild<QAction *>(u"actionPullRequest"_s)->trigger();
        QVERIFY(done.wait(30000));
        QVERIFY2(result.status == PublishResult::Status::Opened,
                 qPrintable(pane()->findChild<QPlainTextEdit *>(u"log"_s)->toPlainText()));
        QVERIFY2(pane()->resultText().contains(u"https://github.com/testgh3py/github3py/pull/1"_s),
                 qPrintable(pane()->resultText()));
        QVERIFY(m_git->remoteBranches().contains(u"add-attention-all-you-need-2017"_s));
        QVERIFY(!pane()->isBusy());
        QTRY_VERIFY(pane()->canOpenPullRequest());

        // Once more: the open pull request carries this change already. No dialog about a new
        // branch, nothing pushed; the offer opens the existing one.
        m_github.route("GET", "/repos/neuro/papers/pulls?*",
                       Test::TestHttpServer::fixture(u"github/list_pulls_open_200.json"_s));
        Test::UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        bool confirmed = false;
        Test::whenShown<PullRequestDialog>([&](PullRequestDialog *d) {
            confirmed = true;
            d->reject();
        });
        Test::whenShown<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().contains(u"#1"_s))
                    b->click();
            }
        });
        const QStringList branches = m_git->remoteBranches();
        m_window->findChild<QAction *>(u"actionPullRequest"_s)->trigger();
        QVERIFY(done.wait(30000));
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(result.status, PublishResult::Status::AlreadyExists);
        QVERIFY(!confirmed);
        QCOMPARE(m_git->remoteBranches(), branches);
        QCOMPARE(catcher.opened,
                 QList<QUrl>{QUrl(u"https://github.com/testgh3py/github3py/pull/1"_s)});
        QVERIFY2(pane()->resultText().contains(u"already carries this change"_s),
                 qPrintable(pane()->resultText()));
    }

    // A checkout on the command line shows in the pane without a click on Refresh.
    void followsTheRepository()
    {
        QVERIFY(m_git->work({u"checkout"_s, u"-q"_s, u"-b"_s, u"feature"_s}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->stateText().contains(u"on branch feature"_s), 10000);
    }

    void refusesWhileAMergeIsInProgress()
    {
        QVERIFY(m_git->startConflict(u"merge"_s));
        pane()->refresh();
        QTRY_VERIFY(!pane()->isRefreshing());
        QTRY_VERIFY(pane()->stateText().contains(u"merge is in progress"_s));
        QVERIFY(!pane()->canOpenPullRequest());
    }

    void saysWhenGitIsMissing()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_git->root()));
        pane()->refresh();
        QTRY_VERIFY(!pane()->isRefreshing());
        QTRY_VERIFY(pane()->stateText().contains(u"git is not installed"_s));
        qputenv("PATH", path);
        QVERIFY(!pane()->canOpenPullRequest());
        QVERIFY(pane()->canExport()); // writing the file needs no git
    }
};

QTEST_MAIN(TestExportPane)
#include "tst_exportpane.moc"
