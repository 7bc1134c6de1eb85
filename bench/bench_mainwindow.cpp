// The main window on a large store: time to the first painted table, the refresh per search
// keystroke, scrolling to the end, and memory.
//   bench_mainwindow STORE.sqlite [--first-paint] [--sync] [--pr] [--drop] [--links]
// --sync, --pr, --drop and --links change the store: give them a copy.
// Run with QT_QPA_PLATFORM=offscreen (or under a display). The store is opened as it is; fill it
// first, e.g. `awesome-curator --db STORE import list-100k.md`.
#include "entrytablemodel.h"
#include "exportpane.h"
#include "git/readmesync.h"
#include "importing/batchimport.h"
#include "importing/dropclassifier.h"
#include "links/linkhealth.h"
#include "mainwindow.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testhttpserver.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

static QElapsedTimer sinceStart;

static double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// The longest the GUI thread goes without running a 10 ms timer, from start() to stop().
struct GapWatch
{
    QTimer ticker;
    QElapsedTimer sinceTick;
    double longest = 0;

    GapWatch()
    {
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, [this] {
            if (qEnvironmentVariableIsSet("BENCH_GAPS") && ms(sinceTick) > 30)
                std::fprintf(stderr, "gap %.1f ms ending at %.1f ms (monotonic %.3f s)\n",
                             ms(sinceTick), ms(sinceStart),
                             (sinceStart.msecsSinceReference() + sinceStart.elapsed()) / 1000.0);
            longest = std::max(longest, ms(sinceTick));
            sinceTick.restart();
        });
    }
    void start()
    {
        longest = 0;
        ticker.start();
        sinceTick.start();
    }
    double stop()
    {
        longest = std::max(longest, ms(sinceTick));
        ticker.stop();
        return longest;
    }
};

// Notes when the table's viewport has painted for the first time.
class FirstPaint : public QObject
{
public:
    double at = -1;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && at < 0)
            at = ms(sinceStart);
        return false;
    }
};

int main(int argc, char *argv[])
{
    sinceStart.start();
    QApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        std::fprintf(stderr, "usage: bench_mainwindow STORE.sqlite\n");
        return 2;
    }
    Curator::Store store;
    if (!store.open(app.arguments().at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const double opened = ms(sinceStart);
    Curator::MainWindow window(store);
    auto *table = window.findChild<QTableView *>(u"entryTable"_s);
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    FirstPaint paint;
    table->viewport()->installEventFilter(&paint);
    window.resize(1280, 800);
    window.show();
    while (paint.at < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // For timing the whole process from outside (hyperfine): stop at the first paint.
    if (app.arguments().contains(u"--first-paint"_s))
        return 0;
    const int rows = window.entryModel()->rowCount();
    std::printf("entries shown: %d\n", rows);
    std::printf("store opened (ms since main): %.1f\n", opened);
    std::printf("first painted table (ms since main): %.1f\n", paint.at);

    // Each keystroke's refresh: the filter query and the repaint it causes (the debounce timer
    // is left out: it only decides when the refresh starts).
    const QStringList typed = {u"n"_s,
                               u"ne"_s,
                               u"neu"_s,
                               u"neur"_s,
                               u"neura"_s,
                               u"neural"_s,
                               u"neural c"_s,
                               u"neural co"_s,
                               u"neural cor"_s,
                               u"neural cort"_s,
                               u"neural corte"_s,
                               u"neural cortex"_s,
                               u"neural cortex"_s};
    QList<double> keystrokes;
    for (const QString &text : typed) {
        QElapsedTimer t;
        t.start();
        window.entryModel()->setFilter(window.currentListId(), 0, text);
        table->viewport()->repaint();
        keystrokes << ms(t);
    }
    std::printf("search keystroke refresh (ms): ");
    for (double k : keystrokes)
        std::printf("%.1f ", k);
    std::printf(
        "\n  max %.1f, median %.1f (last query matched %d rows)\n",
        *std::max_element(keystrokes.begin(), keystrokes.end()),
        [&] {
            QList<double> s = keystrokes;
            std::sort(s.begin(), s.end());
            return s.at(s.size() / 2);
        }(),
        window.entryModel()->rowCount());
    // What a maintainer pastes: an arXiv id, a DOI prefix, a hyphenated word, a year.
    for (const QString &text :
         {u"2306.16922"_s, u"10.1038"_s, u"cortico-thalamic"_s, u"2019"_s, u"neural 2021"_s}) {
        QElapsedTimer t;
        t.start();
        window.entryModel()->setFilter(window.currentListId(), 0, text);
        table->viewport()->repaint();
        std::printf("search \"%s\": %.1f ms, %d rows\n", qPrintable(text), ms(t),
                    window.entryModel()->rowCount());
    }
    search->clear();
    window.entryModel()->setFilter(window.currentListId(), 0, {});

    // Scrolling: page by page through the first 200 pages, then a jump to the end.
    QList<double> pages;
    QScrollBar *bar = table->verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
        pages << ms(t);
    }
    QElapsedTimer jump;
    jump.start();
    table->scrollToBottom();
    table->viewport()->repaint();
    std::printf("page down x200 (ms per page): max %.1f, mean %.2f\n",
                *std::max_element(pages.begin(), pages.end()),
                std::accumulate(pages.begin(), pages.end(), 0.0) / pages.size());
    std::printf("jump to the end and paint (ms): %.1f\n", ms(jump));

    // The README pane's refresh (export, diff, sync check, preview) with the window open: how
    // long it takes, and the longest the GUI thread goes without running a 10 ms timer meanwhile
    // (it runs on a worker thread). For comparison, the same work on the GUI thread.
    {
        auto *dock = window.findChild<QDockWidget *>(u"exportDock"_s);
        dock->show();
        Curator::ExportPane *pane = window.exportPane();
        GapWatch gaps;
        bool done = false;
        QObject::connect(pane, &Curator::ExportPane::refreshed, [&] { done = true; });
        QTest::qWait(200); // the refresh the dock's showing started
        gaps.start();
        QElapsedTimer total;
        total.start();
        pane->refresh();
        while (!done || pane->isRefreshing())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double took = ms(total);
        const double longest = gaps.stop();
        QElapsedTimer inline_;
        inline_.start();
        const auto st
            = Curator::ReadmeSync::paneState(store, window.currentListId(), false, 256 * 1024);
        std::printf("README pane refresh: %.1f ms on a worker, longest GUI-thread gap %.1f ms "
                    "(the same work on the GUI thread: %.1f ms, %d lines in the diff)\n",
                    took, longest, ms(inline_), st.linesAdded + st.linesRemoved);
    }

    // --sync (changes the store: use a copy): the list linked to a folder whose README has one
    // paper more, and a sync run from the pane, with the same 10 ms timer watching.
    if (app.arguments().contains(u"--sync"_s)) {
        Curator::ExportPane *pane = window.exportPane();
        const qint64 list = window.currentListId();
        QTemporaryDir clone;
        const Curator::ExportResult ours = Curator::exportReadme(store, list);
        QByteArray theirs = ours.data;
        const qsizetype at = theirs.indexOf("\n\n", theirs.size() / 2) + 2;
        theirs.insert(at,
                      "Doe, J. [**A Paper Added on GitHub**](https://arxiv.org/abs/2501.00002) "
                      "arXiv (2025)\n\n");
        QFile f(clone.filePath(u"README.md"_s));
        if (!f.open(QIODevice::WriteOnly) || f.write(theirs) != theirs.size())
            return 1;
        f.close();
        Curator::RepoLink link;
        link.path = clone.path();
        link.readme = u"README.md"_s;
        store.setRepoLink(list, link);
        store.setSyncedReadme(list, ours.data);
        pane->setList(list);
        QTest::qWait(300);
        while (pane->isRefreshing())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        GapWatch gaps;
        bool done = false, ok = false;
        QObject::connect(pane, &Curator::ExportPane::synced, [&](bool r) {
            done = true;
            ok = r;
        });
        gaps.start();
        QElapsedTimer total;
        total.start();
        pane->sync();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double took = ms(total);
        const double longest = gaps.stop();
        std::printf("sync from the pane: %.1f ms (%s), longest GUI-thread gap %.1f ms\n", took,
                    ok ? "merged" : "failed", longest);
    }

    // --pr: the list linked to a real clone of a local bare remote whose README is the list's
    // export, one paper added to the list, then Open Pull Request from the pane: its dry run
    // (export, change summary, diff), the confirmation dialog (accepted at once), and the real
    // run (export again, commit, push; GitHub is a closed port, so it ends as "pushed").
    if (app.arguments().contains(u"--pr"_s)) {
        QStandardPaths::setTestModeEnabled(true); // no browser for the compare page
        Curator::ExportPane *pane = window.exportPane();
        const qint64 list = window.currentListId();
        QTemporaryDir dir;
        const auto git = [&](const QStringList &args, const QString &in = {}) {
            QProcess p;
            p.setWorkingDirectory(in.isEmpty() ? dir.path() : in);
            p.start(u"git"_s, args);
            p.waitForFinished(60000);
            return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        };
        const QString work = dir.filePath(u"work"_s);
        const Curator::ExportResult ours = Curator::exportReadme(store, list);
        bool ok = git({u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s, u"remote.git"_s})
            && git({u"clone"_s, u"-q"_s, u"remote.git"_s, u"work"_s});
        QFile f(work + u"/README.md"_s);
        ok = ok && f.open(QIODevice::WriteOnly) && f.write(ours.data) == ours.data.size();
        f.close();
        ok = ok
            && git({u"-c"_s, u"user.name=Bench"_s, u"-c"_s, u"user.email=bench@example.org"_s,
                    u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"list"_s},
                   work)
            && git({u"add"_s, u"README.md"_s}, work)
            && git({u"-c"_s, u"user.name=Bench"_s, u"-c"_s, u"user.email=bench@example.org"_s,
                    u"commit"_s, u"-q"_s, u"-m"_s, u"README"_s},
                   work)
            && git({u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:main"_s}, work)
            && git({u"config"_s, u"user.name"_s, u"Bench"_s}, work)
            && git({u"config"_s, u"user.email"_s, u"bench@example.org"_s}, work);
        if (!ok) {
            std::fprintf(stderr, "could not set up the git repositories\n");
            return 1;
        }
        Curator::RepoLink link;
        link.path = work;
        link.readme = u"README.md"_s;
        link.remote = u"origin"_s;
        link.base = u"main"_s;
        link.github = u"bench/papers"_s;
        store.setRepoLink(list, link);
        store.setSyncedReadme(list, ours.data);
        Curator::EntryFields paper;
        paper.authors = u"Doe, J."_s;
        paper.title = u"A Paper Proposed From the Window"_s;
        paper.url = u"https://arxiv.org/abs/2501.00003"_s;
        paper.venue = u"arXiv"_s;
        paper.yearText = u"2025"_s;
        paper.year = 2025;
        store.addEntry(store.sections(list).first().id, paper);
        qputenv("GH_TOKEN", "ghp_bench000000000000000000000000000000000");
        qputenv("CURATOR_GITHUB_API", "http://127.0.0.1:9");
        pane->setList(list);
        QTest::qWait(300);
        while (pane->isRefreshing())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

        // The confirmation is accepted as soon as it shows; its own time counts as GUI time.
        QTimer acceptDialog;
        acceptDialog.setInterval(20);
        QObject::connect(&acceptDialog, &QTimer::timeout, [] {
            if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                d->accept();
        });
        acceptDialog.start();
        GapWatch gaps;
        bool done = false;
        Curator::PublishResult result;
        QObject::connect(pane, &Curator::ExportPane::pullRequestFinished,
                         [&](const Curator::PublishResult &r) {
                             done = true;
                             result = r;
                         });
        gaps.start();
        QElapsedTimer total;
        total.start();
        pane->openPullRequest();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double took = ms(total);
        const double longest = gaps.stop();
        std::printf("pull request from the pane (dry run, dialog, commit and push): %.1f ms "
                    "(%s), longest GUI-thread gap %.1f ms\n",
                    took, qPrintable(result.message.left(60)), longest);
    }

    // --drop: five PDFs the bench draws (a title each, no identifier: nothing is looked up)
    // dropped on the list's first section; from the drop to the report, including the final add,
    // which checks every entry of the list for duplicates.
    if (app.arguments().contains(u"--drop"_s)) {
        QTemporaryDir pdfs;
        QStringList paths;
        for (int i = 0; i < 5; ++i) {
            const QString path = pdfs.filePath(u"paper%1.pdf"_s.arg(i));
            QPdfWriter pdf(path);
            pdf.setTitle(u"A Dropped Paper Number %1 on Cortical Columns"_s.arg(i));
            QPainter painter(&pdf);
            painter.drawText(QPointF(200, 400), u"A Dropped Paper Number %1"_s.arg(i));
            painter.end();
            paths << path;
        }
        const qint64 list = window.currentListId();
        Curator::BatchImporter *importer = window.importer();
        GapWatch gaps;
        bool done = false;
        Curator::BatchReport report;
        QObject::connect(importer, &Curator::BatchImporter::finished,
                         [&](const Curator::BatchReport &r) {
                             done = true;
                             report = r;
                         });
        gaps.start();
        QElapsedTimer total;
        total.start();
        importer->start(list, store.sections(list).first().id, Curator::itemsFromArguments(paths));
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double took = ms(total);
        // The table takes the new rows in after the report.
        QTest::qWait(500);
        const double longest = gaps.stop();
        qint64 firstAdded = 0;
        for (const Curator::BatchItem &item : report.items) {
            if (item.entryId && !firstAdded)
                firstAdded = item.entryId;
        }
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        const bool shown = selected.size() == 1
            && window.entryModel()->idAt(selected.first().row()) == firstAdded;
        std::printf("drop of 5 PDFs: %.1f ms, %d added (the first one %s), longest GUI-thread gap "
                    "%.1f ms\n",
                    took, report.added, shown ? "selected" : "NOT selected", longest);
    }

    // --links: Tools → Check Links on the whole list, every service and page answered by one
    // loopback server after 100 ms (CURATOR_PAGE_RELAY), watched for 15 s and then cancelled:
    // reading the list's links (export, cmark-gfm, the store's last checks, on a worker), the
    // checker queuing them, and the answers coming in.
    if (app.arguments().contains(u"--links"_s)) {
        Curator::Test::TestHttpServer server;
        if (!server.listen())
            return 1;
        Curator::Test::Response slow;
        slow.delayMs = 100;
        server.route("GET", "/*", slow);
        const QByteArray base = server.baseUrl().toString().toUtf8();
        for (const char *v : {"CURATOR_ARXIV_API", "CURATOR_DOI_API", "CURATOR_GITHUB_API",
                              "CURATOR_WAYBACK_API", "CURATOR_PAGE_RELAY"})
            qputenv(v, base);
        int done = 0;
        int total = 0;
        QObject::connect(window.linkHealth(), &Curator::Links::LinkHealth::progress,
                         [&](int d, int t) {
                             done = d;
                             total = t;
                         });
        GapWatch gaps;
        gaps.start();
        QElapsedTimer clock;
        clock.start();
        if (qEnvironmentVariableIsSet("BENCH_GAPS"))
            std::fprintf(stderr, "check started at %.1f ms\n", ms(sinceStart));
        window.findChild<QAction *>(u"actionCheckLinks"_s)->trigger();
        QTest::qWait(15000);
        if (qEnvironmentVariableIsSet("BENCH_GAPS"))
            std::fprintf(stderr, "cancel at %.1f ms\n", ms(sinceStart));
        QElapsedTimer cancelClock;
        cancelClock.start();
        window.linkHealth()->cancel();
        if (qEnvironmentVariableIsSet("BENCH_GAPS"))
            std::fprintf(stderr, "cancel() took %.1f ms\n", ms(cancelClock));
        QTest::qWait(500);
        std::printf("link check, first 15 s: %d of %d addresses checked, %d requests served, "
                    "longest GUI-thread gap %.1f ms\n",
                    done, total, int(server.requests().size()), gaps.stop());
    }

    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("peak RSS (MB): %.1f\n", u.ru_maxrss / 1024.0);
    return 0;
}
