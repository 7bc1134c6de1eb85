// The window's face of keeping a list current (issue 18): Tools → Check for Updates in the
// background, the review of what the sources propose, the choices applied as one undo step, the
// flag of a retracted paper in the table, and File → Export As in the citation formats. The
// services are loopback servers answering as tst_sweep's do; nothing reaches the internet.
#include "curation/curation.h"
#include "entrytablemodel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"
#include "textdiff.h"
#include "updates/review.h"
#include "updates/sweep.h"
#include "updatesdialog.h"
#include "updateservices.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;
using Curator::Updates::Proposal;

namespace {

// tst_sweep's list: one paper per case.
const QByteArray Readme = Test::UpdateServices::readme();

// The published paper alone: nothing to propose.
const QByteArray UpToDate
    = "# Current\n\n## Papers\n\n"
      "Chiang, C., Scott, A. J., ... & Hall, I. M. [**The impact of structural variation on human "
      "gene expression**](https://doi.org/10.1038/ng.3834) Nature Genetics (2017)\n";

const QString RetractionNotice = u"10.1136/jclinpath-2020-206745ret"_s;

} // namespace

class TestUpdatesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    Test::UpdateServices m_services; // the services tst_sweep and refresh are tested against
    TestHttpServer &m_arxiv = m_services.arxiv;
    TestHttpServer &m_crossref = m_services.crossref;
    TestHttpServer &m_biorxiv = m_services.biorxiv;
    TestHttpServer m_stall;

    struct Window
    {
        Store store;
        std::unique_ptr<MainWindow> w;
        qint64 listId = 0;
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
        QVariant title(int row, int role) const
        {
            return model()->index(row, EntryTableModel::TitleColumn).data(role);
        }
    };

    void open(Window &win, const QByteArray &readme)
    {
        QVERIFY(win.store.open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_n))));
        ImportOptions options;
        options.force = true;
        const ImportReport r = importReadme(win.store, readme, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        win.listId = r.listId;
        win.w = std::make_unique<MainWindow>(win.store);
        win.w->resize(1200, 720);
        win.w->show();
        win.w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(win.w.get()));
        QCOMPARE(win.w->currentListId(), win.listId);
    }

    static void pointAt(const TestHttpServer &arxiv, const TestHttpServer &crossref,
                        const TestHttpServer &biorxiv)
    {
        qputenv("CURATOR_ARXIV_API", arxiv.baseUrl().toString().toUtf8());
        qputenv("CURATOR_CROSSREF_API", crossref.baseUrl().toString().toUtf8());
        qputenv("CURATOR_DOI_API", crossref.baseUrl().toString().toUtf8());
        qputenv("CURATOR_BIORXIV_API", biorxiv.baseUrl().toString().toUtf8());
    }

    UpdatesDialog *runSweep(Window &win)
    {
        win.action(u"actionCheckUpdates"_s)->trigger();
        UpdatesDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = win.w->updatesDialog()) && dialog->isVisible(),
                                     60000);
        }();
        return dialog;
    }

    static QTreeWidget *tree(UpdatesDialog *d)
    {
        return d->findChild<QTreeWidget *>(u"proposalsTree"_s);
    }

    static int rowOf(UpdatesDialog *d, Proposal::Kind kind, const QString &titleStart)
    {
        for (int r = 0; r < d->proposals().size(); ++r) {
            const Proposal &p = d->proposals()[r];
            if (p.kind == kind && p.before.title.startsWith(titleStart))
                return r;
        }
        return -1;
    }

    static QStringList diffFields(UpdatesDialog *d)
    {
        auto *diff = d->findChild<QTreeWidget *>(u"diffTree"_s);
        QStringList out;
        for (int r = 0; r < diff->topLevelItemCount(); ++r) {
            const QTreeWidgetItem *i = diff->topLevelItem(r);
            out << i->text(0) + u": "_s + i->text(1) + u" → "_s + i->text(2);
        }
        return out;
    }

    static void apply(UpdatesDialog *d)
    {
        QPushButton *button = d->findChild<QPushButton *>(u"applyButton"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName()).clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_services.start());
        QVERIFY(m_stall.listen());
        qunsetenv("CURATOR_CONTACT_EMAIL");
        Response stall;
        stall.mode = Response::Mode::Stall;
        m_stall.route("GET", "/*", stall);
    }

    // Every proposal a row, checked as the sweep suggests; one row unchecked, the published
    // version's link chosen for another, the retraction annotated: one undo step that makes
    // exactly those changes, and the retracted paper flagged in the table until undone.
    void reviewAndApply()
    {
        Window win;
        open(win, Readme);
        const QByteArray before = win.exported();
        UpdatesDialog *dialog = runSweep(win);
        QVERIFY(dialog);
        QVERIFY(dialog->isModal());
        QTreeWidget *rows = tree(dialog);
        QCOMPARE(rows->topLevelItemCount(), 7);
        QCOMPARE(dialog->proposals().size(), 7);
        for (int r = 0; r < 7; ++r) {
            const Proposal &p = dialog->proposals()[r];
            const QTreeWidgetItem *item = rows->topLevelItem(r);
            QCOMPARE(item->checkState(UpdatesDialog::EntryColumn) == Qt::Checked,
                     p.checkedByDefault);
            QCOMPARE(item->text(UpdatesDialog::EntryColumn), p.before.title);
            QCOMPARE(item->text(UpdatesDialog::WhatColumn), Updates::kindName(p.kind));
            QCOMPARE(item->text(UpdatesDialog::ChangeColumn), p.summary());
            QCOMPARE(item->text(UpdatesDialog::SourceColumn), p.source);
        }

        // The journal reference's venue: not wanted.
        const int jupiters = rowOf(dialog, Proposal::Kind::PublishedVersion, u"Frequency"_s);
        QVERIFY(jupiters >= 0);
        rows->topLevelItem(jupiters)->setCheckState(UpdatesDialog::EntryColumn, Qt::Unchecked);
        // The published version's link instead of the preprint's.
        const int roadmap = rowOf(dialog, Proposal::Kind::PublishedVersion, u"A Data Citation"_s);
        dialog->selectRow(roadmap);
        auto *linkCheck = dialog->findChild<QCheckBox *>(u"publishedLinkCheck"_s);
        QVERIFY(linkCheck->isVisible());
        QVERIFY(!linkCheck->isChecked());
        QVERIFY(!dialog->findChild<QWidget *>(u"noticeActions"_s)->isVisible());
        QVERIFY2(diffFields(dialog).contains(u"DOI: 10.1101/097196 → 10.1038/s41597-019-0031-8"_s),
                 qPrintable(diffFields(dialog).join(u'\n')));
        linkCheck->click();
        QVERIFY(diffFields(dialog).contains(
            u"Link: https://doi.org/10.1101/097196 → https://doi.org/10.1038/s41597-019-0031-8"_s));
        // The retraction: annotated (the default), its notice shown.
        const int retraction = rowOf(dialog, Proposal::Kind::Retraction, u"Construction"_s);
        dialog->selectRow(retraction);
        QVERIFY(!linkCheck->isVisible());
        QVERIFY(dialog->findChild<QWidget *>(u"noticeActions"_s)->isVisible());
        QVERIFY(dialog->findChild<QRadioButton *>(u"annotateRadio"_s)->isChecked());
        const QStringList fields = diffFields(dialog);
        QVERIFY2(fields.contains(u"Notice DOI:  → "_s + RetractionNotice),
                 qPrintable(fields.join(u'\n')));
        QVERIFY(fields.contains(u"Notice date:  → 2021-03-04"_s));
        QVERIFY(fields.contains(u"Notice source:  → Retraction Watch"_s));
        QVERIFY(fields.first().startsWith(u"Title: Construction"_s));
        QVERIFY(fields.first().contains(u"→ RETRACTED: Construction"_s));
        // Linking the roadmap's published version is remembered for its row.
        dialog->selectRow(roadmap);
        QVERIFY(linkCheck->isChecked());
        dialog->selectRow(retraction);
        QCOMPARE(dialog->choices().size(), 4);

        if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u"/updates-dialog.png"_s));

        apply(dialog);
        QTRY_VERIFY(!win.w->updatesDialog());
        QCOMPARE(win.w->curation().undoText(), u"Update 4 entries from their sources"_s);
        QCOMPARE(win.action(u"actionUndo"_s)->text(),
                 u"&Undo Update 4 entries from their sources"_s);
        QByteArray want = before;
        want.replace("grasp**](https://arxiv.org/abs/1710.08557) arXiv (2017)",
                     "grasp**](https://arxiv.org/abs/1710.08557) Journal of NeuroEngineering and "
                     "Rehabilitation (2017)");
        want.replace("Repositories**](https://doi.org/10.1101/097196) bioRxiv (2016)",
                     "Repositories**](https://doi.org/10.1038/s41597-019-0031-8) bioRxiv (2016)");
        want.replace("expression**](https://www.biorxiv.org/content/10.1101/055962v2) bioRxiv "
                     "(2016)",
                     "expression**](https://www.biorxiv.org/content/10.1101/055962v2) Nature "
                     "Genetics (2017)");
        want.replace("[**Construction", "[**RETRACTED: Construction");
        const QByteArray after = win.exported();
        if (after != want)
            qWarning().noquote() << TextDiff::unified(TextDiff::diff(want, after));
        QCOMPARE(QString::fromUtf8(after), QString::fromUtf8(want));

        // The flag, with the notice in the tooltip.
        int row = -1;
        QTRY_VERIFY((row = win.rowOfTitle(u"RETRACTED: Construction"_s)) >= 0);
        QCOMPARE(win.title(row, EntryTableModel::NoticeRole).toString(), u"retracted"_s);
        const QString tip = win.title(row, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(RetractionNotice), qPrintable(tip));
        QVERIFY2(tip.contains(u"2021-03-04"_s), qPrintable(tip));
        QVERIFY(!win.title(row, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(win.title(row, Qt::AccessibleDescriptionRole).toString(), u"Retracted"_s);
        const int other = win.rowOfTitle(u"Methylphenidate"_s);
        QVERIFY(win.title(other, EntryTableModel::NoticeRole).toString().isEmpty());

        // Undo takes all of it back, byte for byte, and the flag with it.
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.exported(), before);
        QTRY_VERIFY((row = win.rowOfTitle(u"Construction"_s)) >= 0);
        QVERIFY(win.title(row, EntryTableModel::NoticeRole).toString().isEmpty());
        QVERIFY(win.action(u"actionCheckUpdates"_s)->isEnabled());
    }

    // Only the retraction, removed: the entry goes; Cancel on another review changes nothing.
    void removeTheRetraction()
    {
        Window win;
        open(win, Readme);
        const QByteArray before = win.exported();
        UpdatesDialog *dialog = runSweep(win);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"selectNoneButton"_s), Qt::LeftButton);
        QVERIFY(!dialog->findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
        const int retraction = rowOf(dialog, Proposal::Kind::Retraction, u"Construction"_s);
        dialog->setChecked(retraction, true);
        dialog->selectRow(retraction);
        dialog->findChild<QRadioButton *>(u"removeRadio"_s)->click();
        QVERIFY(diffFields(dialog).first().endsWith(u"(removed from the list)"_s));
        QCOMPARE(dialog->choices().size(), 1);
        QCOMPARE(dialog->choices().first().action, Updates::NoticeAction::Remove);
        apply(dialog);
        QTRY_VERIFY(!win.w->updatesDialog());
        QCOMPARE(win.store.entryCount(win.listId), 6);
        QVERIFY(!win.exported().contains("Construction"));
        QCOMPARE(win.w->curation().undoText(), u"Update 1 entries from their sources"_s);
        win.action(u"actionUndo"_s)->trigger();
        QCOMPARE(win.exported(), before);

        // Cancel: nothing changes, and the check can run again.
        dialog = runSweep(win);
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!win.w->updatesDialog());
        QCOMPARE(win.exported(), before);
        QVERIFY(win.action(u"actionCheckUpdates"_s)->isEnabled());
    }

    void upToDateSaysSo()
    {
        Window win;
        open(win, UpToDate);
        win.action(u"actionCheckUpdates"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(win.w->statusBar()->currentMessage(),
                                  u"Every entry is up to date."_s, 30000);
        QVERIFY(!win.w->updatesDialog());
        QVERIFY(!win.w->findChild<QToolButton *>(u"updatesCancel"_s)->isVisible());
    }

    // Services that never answer: the window paints and takes input while it waits, and
    // Cancel ends the sweep without a change; a later check runs as usual.
    void cancelLeavesTheWindowUsable()
    {
        Window win;
        open(win, Readme);
        const QByteArray before = win.exported();
        pointAt(m_stall, m_stall, m_stall);
        win.action(u"actionCheckUpdates"_s)->trigger();
        auto *cancel = win.w->findChild<QToolButton *>(u"updatesCancel"_s);
        auto *progress = win.w->findChild<QLabel *>(u"updatesProgress"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(progress->isVisible());
        // The services' addresses are read when the look-ups start, after the entries are read.
        QTRY_VERIFY_WITH_TIMEOUT(progress->text() != u"Checking for updates…"_s, 10000);
        pointAt(m_arxiv, m_crossref, m_biorxiv);
        QVERIFY(!win.action(u"actionCheckUpdates"_s)->isEnabled());
        QVERIFY(win.w->sweep()->isRunning());
        // The GUI thread is free: the table answers and a row can be selected.
        QTest::qWait(300);
        auto *table = win.w->findChild<QTableView *>(u"entryTable"_s);
        table->selectRow(1);
        QCOMPARE(win.w->selectedIds().size(), 1);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!win.w->sweep()->isRunning());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!progress->isVisible());
        QVERIFY(!win.w->updatesDialog());
        QCOMPARE(win.w->statusBar()->currentMessage(),
                 u"Update check canceled; nothing was changed."_s);
        QCOMPARE(win.exported(), before);
        QVERIFY(win.action(u"actionCheckUpdates"_s)->isEnabled());
        UpdatesDialog *dialog = runSweep(win);
        QVERIFY(dialog);
        QCOMPARE(dialog->proposals().size(), 7);
        dialog->reject();
    }

    // File → Export As: the filter (or the name's suffix) picks the format; the README's way
    // is unchanged.
    void exportAsFormats()
    {
        Window win;
        open(win, Readme);
        const auto exportAs = [&win](const QString &filter, const QString &path) {
            Test::whenShown<QFileDialog>([filter, path](QFileDialog *d) {
                d->selectNameFilter(filter);
                // Typed as a user does: selectFile() leaves a focused name field alone.
                d->setDirectory(QFileInfo(path).absolutePath());
                auto *name = d->findChild<QLineEdit *>(u"fileNameEdit"_s);
                QVERIFY(name);
                name->setText(QFileInfo(path).fileName());
                // accept() is protected: Save runs the same checks a user's click does.
                QMetaObject::invokeMethod(d, "accept");
            });
            win.action(u"actionExportAs"_s)->trigger();
        };
        const QString bib = m_dir.filePath(u"papers.bib"_s);
        exportAs(u"BibTeX (*.bib)"_s, bib);
        // Written on a connection of its own, off the GUI thread.
        QTRY_VERIFY(QFile::exists(bib));
        QTRY_VERIFY(win.w->statusBar()->currentMessage().startsWith(u"Exported to"_s));
        const QByteArray bibtex = Test::readFile(bib);
        QVERIFY2(bibtex.startsWith("@"), bibtex.left(200).constData());
        QVERIFY(bibtex.contains("10.1136/jclinpath-2020-206745"));
        // No suffix typed: the filter's.
        const QString csv = m_dir.filePath(u"papers"_s);
        exportAs(u"CSV (*.csv)"_s, csv);
        QTRY_VERIFY(QFile::exists(csv + u".csv"_s));
        QVERIFY(Test::readFile(csv + u".csv"_s).contains("Construction of a reference"));
        exportAs(u"CSL-JSON (*.json)"_s, m_dir.filePath(u"papers.json"_s));
        QTRY_VERIFY(QFile::exists(m_dir.filePath(u"papers.json"_s)));
        QVERIFY(Test::readFile(m_dir.filePath(u"papers.json"_s)).trimmed().startsWith("["));
        // The README, as before.
        const QString md = m_dir.filePath(u"list.md"_s);
        exportAs(u"README (*.md)"_s, md);
        QCOMPARE(Test::readFile(md), win.exported());
        // A ".md" name with the BibTeX filter shown is still a README.
        const QString md2 = m_dir.filePath(u"again.md"_s);
        exportAs(u"BibTeX (*.bib)"_s, md2);
        QCOMPARE(Test::readFile(md2), win.exported());
    }
};

QTEST_MAIN(TestUpdatesDialog)
#include "tst_updatesdialog.moc"
