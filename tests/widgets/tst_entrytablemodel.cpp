#include "curation/curation.h"
#include "entrytablemodel.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Curator;

// The table model checked by Qt's own model tester through every kind of change it signals.
class TestEntryTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    struct Fixture
    {
        Store store;
        std::unique_ptr<Curation> curation;
        std::unique_ptr<EntryTableModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
        qint64 listId = 0;
        qint64 section(const QString &title)
        {
            for (const Section &s : store.sections(listId)) {
                if (s.title == title)
                    return s.id;
            }
            return 0;
        }
    };

    // False (with the failure recorded) when the seed cannot be imported, so that no test goes
    // on to use a model that was never made.
    [[nodiscard]] bool open(Fixture &f)
    {
        if (!f.store.open(m_dir.filePath(u"m%1.sqlite"_s.arg(++m_n))))
            return false;
        const ImportReport r = importReadmeFile(f.store, Test::seedReadmePath(), {});
        if (!r.ok) {
            QTest::qFail(
                qPrintable(u"cannot import "_s + Test::seedReadmePath() + u": "_s + r.error),
                __FILE__, __LINE__);
            return false;
        }
        f.listId = r.listId;
        f.curation = std::make_unique<Curation>(f.store);
        f.model = std::make_unique<EntryTableModel>(*f.curation);
        f.tester = std::make_unique<QAbstractItemModelTester>(
            f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The window does this; here the model follows the store by itself.
        QObject::connect(f.curation.get(), &Curation::storeChanged, f.model.get(),
                         &EntryTableModel::refresh);
        f.model->setFilter(f.listId, 0, {});
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void insertsRemovesMovesEdits()
    {
        Fixture f;
        QVERIFY(open(f));
        EntryTableModel &m = *f.model;
        QCOMPARE(m.rowCount(), 110);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&m, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        // Insert: one row, signalled as an insertion at its place.
        EntryFields n;
        n.authors = u"New, A."_s;
        n.title = u"A new paper"_s;
        n.url = u"https://arxiv.org/abs/2511.00001"_s;
        n.yearText = u"2023"_s;
        n.year = 2023;
        const qint64 id = f.curation->addEntry(f.section(u"Papers"_s), n);
        QVERIFY(id);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 9); // above the first 2023 paper
        QCOMPARE(m.idAt(9), id);
        QCOMPARE(m.rowCount(), 111);

        // Edit through the model: the store changes, the row says so.
        QPersistentModelIndex keep = m.index(12, EntryTableModel::TitleColumn);
        const qint64 keptId = m.idAt(12);
        QVERIFY(m.setData(m.index(9, EntryTableModel::VenueColumn), u"NeurIPS"_s));
        QCOMPARE(f.store.entry(id)->fields.venue, u"NeurIPS"_s);
        QCOMPARE(m.index(9, EntryTableModel::VenueColumn).data().toString(), u"NeurIPS"_s);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!m.setData(m.index(9, EntryTableModel::UrlColumn), u"javascript:alert(1)"_s));
        QVERIFY(!m.setData(m.index(9, EntryTableModel::TitleColumn), u"  "_s));

        // Move: a layout change that carries persistent indexes along.
        QVERIFY(f.curation->moveEntries({keptId}, f.section(u"Papers"_s), m.idAt(0)));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(keep.row(), 0);
        QCOMPARE(m.idAt(0), keptId);

        // Remove two apart: two removals, no reset.
        QVERIFY(f.curation->removeEntries({m.idAt(3), m.idAt(40)}));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(m.rowCount(), 109);
        QCOMPARE(reset.size(), 0);

        // Undo everything, step by step, then redo it all.
        Curation *undo = f.curation.get();
        QCOMPARE(undo->undoCount(), 4);
        while (undo->canUndo())
            QVERIFY(undo->undo());
        QCOMPARE(m.rowCount(), 110);
        QCOMPARE(exportReadme(f.store, f.listId).data, Test::readFile(Test::seedReadmePath()));
        while (undo->canRedo())
            QVERIFY(undo->redo());
        QCOMPARE(m.rowCount(), 109);
    }

    // A large list's rows are re-read on a worker after a change of the store (reading 100,000
    // ids took the window's longest pause after a sync); what arrives is the newest reading, and
    // an older one never replaces rows read since for another order.
    void largeListRefreshesInTheBackground()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"large.sqlite"_s)));
        const QString path = m_dir.filePath(u"large.md"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Test::syntheticList(6000));
        file.close();
        const ImportReport r = importReadmeFile(store, path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        Curation curation(store);
        EntryTableModel model(curation);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&curation, &Curation::storeChanged, &model, &EntryTableModel::refresh);
        model.setFilter(r.listId, 0, {});
        const int before = model.rowCount();
        QCOMPARE(before, 6000);

        EntryFields f;
        f.authors = u"Doe, J."_s;
        f.title = u"Read Back on a Worker"_s;
        f.url = u"https://arxiv.org/abs/2501.00004"_s;
        f.yearText = u"2025"_s;
        f.year = 2025;
        const qint64 added = curation.addEntry(store.sections(r.listId).first().id, f);
        QVERIFY(added);
        QSignalSpy reloaded(&model, &EntryTableModel::reloaded);
        QCOMPARE(model.rowCount(), before); // not yet: the worker reads
        QTRY_COMPARE(model.rowCount(), before + 1);
        // The count the status bar shows arrives with the rows, and says so.
        QCOMPARE(model.totalInList(), before + 1);
        QCOMPARE(reloaded.size(), 1);

        // What waits for the rows (the window selects a drop's new entries) runs once they are in.
        f.title = u"Selected Once It Is There"_s;
        const qint64 second = store.addEntry(store.sections(r.listId).first().id, f);
        int rowWhenShown = -2;
        model.refreshThen([&] { rowWhenShown = model.rowOf(second); });
        QCOMPARE(rowWhenShown, -2);
        QTRY_VERIFY(rowWhenShown >= 0);

        // A refresh overtaken by a sort: the sorted rows stay.
        const auto ids = [&model] {
            QList<qint64> all;
            for (int row = 0; row < model.rowCount(); ++row)
                all << model.idAt(row);
            return all;
        };
        const QList<qint64> readmeOrder = ids();
        model.refresh();
        model.sort(EntryTableModel::YearColumn, Qt::DescendingOrder);
        const QList<qint64> sorted = ids();
        QVERIFY(sorted != readmeOrder);
        QTest::qWait(500);
        QCOMPARE(ids(), sorted);
    }

    void sortingAndFilters()
    {
        Fixture f;
        QVERIFY(open(f));
        EntryTableModel &m = *f.model;
        m.sort(EntryTableModel::YearColumn, Qt::DescendingOrder);
        QVERIFY(!m.isReadmeOrder());
        // By the year's number, then the text: the plain "2025" before "NAACL 2025".
        QCOMPARE(m.index(0, EntryTableModel::YearColumn).data().toString(), u"2025"_s);
        m.sort(EntryTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(m.index(0, EntryTableModel::TitleColumn).data().toString()
                <= m.index(1, EntryTableModel::TitleColumn).data().toString());
        m.sort(-1);
        QVERIFY(m.isReadmeOrder());
        QCOMPARE(m.index(0, EntryTableModel::TitleColumn).data().toString(),
                 u"Emergence of Language in the Developing Brain"_s);
        m.setFilter(f.listId, f.section(u"Blogs"_s), {});
        QCOMPARE(m.rowCount(), 3);
        m.setFilter(f.listId, 0, u"grid cells"_s);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.totalInList(), 110);
        m.setFilter(f.listId, 0, u"\"unbalanced"_s);
        QCOMPARE(m.rowCount(), 0);
        m.setFilter(0, 0, {});
        QCOMPARE(m.rowCount(), 0);
    }

    void dataRoles()
    {
        Fixture f;
        QVERIFY(open(f));
        EntryTableModel &m = *f.model;
        const QModelIndex title = m.index(11, EntryTableModel::TitleColumn);
        QVERIFY(title.data().toString().startsWith(u"The ELM Neuron"_s));
        QCOMPARE(m.index(11, EntryTableModel::IdentifierColumn).data().toString(),
                 u"arXiv 2306.16922"_s);
        QCOMPARE(m.index(11, EntryTableModel::SectionColumn).data().toString(), u"Papers"_s);
        QCOMPARE(m.index(4, EntryTableModel::YearColumn).data(Qt::EditRole).toString(),
                 u"NAACL 2025"_s);
        QVERIFY(!title.data(EntryTableModel::DuplicateRole).toBool());
        QVERIFY(m.flags(title) & Qt::ItemIsEditable);
        QVERIFY(!(m.flags(m.index(0, EntryTableModel::IdentifierColumn)) & Qt::ItemIsEditable));
        std::unique_ptr<QMimeData> mime(m.mimeData({title, m.index(11, 0), m.index(12, 0)}));
        QCOMPARE(EntryTableModel::idsFromMime(mime.get()), (QList<qint64>{m.idAt(11), m.idAt(12)}));
        QVERIFY(mime->text().startsWith(u"The ELM Neuron"_s));
        // The link's tooltip is the link; an entry with other links names them too.
        QCOMPARE(m.index(11, EntryTableModel::UrlColumn).data(Qt::ToolTipRole).toString(),
                 u"https://arxiv.org/pdf/2306.16922.pdf"_s);
    }

    void otherLinksInTheTooltip()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"links.sqlite"_s)));
        const QByteArray readme = "# Papers\n\n"
                                  "- [Title One](https://arxiv.org/abs/2401.00001) "
                                  "[[Code]](https://github.com/a/one) [Project](https://one.io)\n"
                                  "- [Title Two](https://arxiv.org/abs/2401.00002) "
                                  "[[Code]](https://github.com/a/two)\n";
        const ImportReport r = importReadme(store, readme, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        Curation curation(store);
        EntryTableModel m(curation);
        m.setFilter(r.listId, 0, {});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, EntryTableModel::UrlColumn).data(Qt::ToolTipRole).toString(),
                 u"https://arxiv.org/abs/2401.00001\nCode: https://github.com/a/one\n"
                 u"Project: https://one.io"_s);
    }
};

QTEST_MAIN(TestEntryTableModel)
#include "tst_entrytablemodel.moc"
