// Drops and pastes on the real window, offscreen, with the look-ups served over loopback.
#include "curation/curation.h"
#include "entrytablemodel.h"
#include "importing/batchimport.h"
#include "importreportdialog.h"
#include "mainwindow.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::TestHttpServer;

class TestDropImport : public QObject
{
    Q_OBJECT

    TestHttpServer m_arxiv, m_crossref;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_list = 0;

    qint64 sectionNamed(const QString &title)
    {
        for (const Section &s : m_store->sections(m_list)) {
            if (s.title == title)
                return s.id;
        }
        return 0;
    }

    // Sends a drop of `mime` onto `target` at `pos`, as a window system would.
    static void drop(QWidget *target, const QPoint &pos, QMimeData *mime)
    {
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }

    QString writePdf(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        QPainter p(&writer);
        p.drawText(QPointF(500, 500), u"A paper"_s);
        p.end();
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_arxiv.listen() && m_crossref.listen());
        m_arxiv.route("GET", "/api/query?*",
                      TestHttpServer::fixture(u"arxiv/2026_id_list_1605.08386.atom.xml"_s));
        m_crossref.route("GET", "/works/10.1038/ng.3834",
                         TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        qputenv("CURATOR_ARXIV_API", m_arxiv.baseUrl().toString().toUtf8());
        qputenv("CURATOR_CROSSREF_API", m_crossref.baseUrl().toString().toUtf8());
        qputenv("CURATOR_DOI_API", m_crossref.baseUrl().toString().toUtf8());
    }

    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(
            m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + u".sqlite"_s)));
        const ImportReport r = importReadme(*m_store, Test::readFile(Test::seedReadmePath()), {});
        QVERIFY(r.ok);
        m_list = r.listId;
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1200, 800);
        m_window->show();
        m_window->showList(m_list);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
    }

    // Text with two identifiers dropped on a row of Reviews: both land in Reviews, by year, as
    // one undo step.
    void dropTextOnTheTable()
    {
        const qint64 reviews = sectionNamed(u"Reviews"_s);
        auto *table = m_window->findChild<QTableView *>(u"entryTable"_s);
        QVERIFY(table);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(EntryTableModel::SectionIdRole).toLongLong()
                == reviews) {
                row = r;
                break;
            }
        }
        QVERIFY(row >= 0);
        table->scrollTo(table->model()->index(row, 0));
        const QPoint pos = table->visualRect(table->model()->index(row, 2)).center();
        const int before = m_store->entryCount(m_list);
        const int undo = m_window->curation().undoCount();

        QSignalSpy finished(m_window->importer(), &BatchImporter::finished);
        auto *mime = new QMimeData;
        mime->setText(u"arXiv:1605.08386\nhttps://doi.org/10.1038/ng.3834\n"_s);
        drop(table->viewport(), pos, mime);
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_store->entryCount(m_list), before + 2);
        QCOMPARE(m_window->curation().undoCount(), undo + 1);
        const QList<qint64> found = m_store->search(m_list, u"gene"_s);
        QVERIFY(!found.isEmpty());
        int inReviews = 0;
        for (const Entry &e : m_store->entries(m_list, reviews))
            inReviews += e.fields.doi.compare(u"10.1038/ng.3834"_s, Qt::CaseInsensitive) == 0
                || e.fields.arxivId.startsWith(u"1605.08386"_s);
        QCOMPARE(inReviews, 2);
        m_window->curation().undo();
        QCOMPARE(m_store->entryCount(m_list), before);
        delete mime;
    }

    // A PDF named by its arXiv id, dropped on the window: an entry that keeps the PDF's path.
    void dropPdfOnTheWindow()
    {
        const QString pdf = writePdf(u"1605.08386v1.pdf"_s);
        QSignalSpy finished(m_window->importer(), &BatchImporter::finished);
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(pdf)});
        drop(m_window.get(), QPoint(600, 400), mime);
        QVERIFY(finished.wait(20000));
        bool kept = false;
        for (const Entry &e : m_store->entries(m_list))
            kept |= e.pdfPath == pdf && e.fields.arxivId.startsWith(u"1605.08386"_s);
        QVERIFY(kept);
        delete mime;
    }

    // A paste with a broken PDF and a duplicate: the report window says what happened.
    void pasteShowsTheReport()
    {
        const QString broken = m_dir.filePath(u"broken.pdf"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\nnot really\n");
        f.close();
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        QVERIFY(seed.contains("2306.16922"));
        QGuiApplication::clipboard()->setText(QUrl::fromLocalFile(broken).toString()
                                              + u"\nhttps://arxiv.org/abs/1605.08386\n"_s);
        QSignalSpy finished(m_window->importer(), &BatchImporter::finished);
        m_window->findChild<QAction *>(u"actionPaste"_s)->trigger();
        QVERIFY(finished.wait(20000));
        ImportReportDialog *report = nullptr;
        QTRY_VERIFY((report = m_window->findChild<ImportReportDialog *>()));
        QVERIFY(report->isVisible());
        QCOMPARE(report->report().failed, 1);
        QCOMPARE(report->report().added, 1);
        if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(report->grab().save(dir + u"/import-report.png"_s));
        report->close();
    }
};

QTEST_MAIN(TestDropImport)
#include "tst_dropimport.moc"
