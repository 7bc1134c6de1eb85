// The core's undo history (Curation): steps of a session, the store's shared history that a
// later process takes back, and steps that can no longer be taken because the rows moved on.
#include "curation/curation.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

EntryFields paper(const QString &title)
{
    EntryFields f;
    f.authors = u"Doe, J."_s;
    f.title = title;
    f.url = u"https://arxiv.org/abs/2501.00001"_s;
    f.venue = u"arXiv"_s;
    f.yearText = u"2025"_s;
    f.year = 2025;
    return f;
}

} // namespace

class TestCuration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A store with the seed list; its first section's id.
    qint64 openSeed(Store &s, QString *path = nullptr)
    {
        const QString p = m_dir.filePath(u"c%1.sqlite"_s.arg(++m_n));
        if (path)
            *path = p;
        if (!s.open(p))
            return 0;
        const ImportReport r = importReadme(s, Test::readFile(Test::seedReadmePath()), {});
        if (!r.ok)
            return 0;
        return s.sections(r.listId).first().id;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sessionUndoRedo()
    {
        Store s;
        const qint64 section = openSeed(s);
        QVERIFY(section);
        Curation c(s);
        QSignalSpy history(&c, &Curation::historyChanged);
        QVERIFY(!c.canUndo());
        const qint64 a = c.addEntry(section, paper(u"First"_s));
        const qint64 b = c.addEntry(section, paper(u"Second"_s));
        QVERIFY(a && b);
        QCOMPARE(c.undoCount(), 2);
        QCOMPARE(c.undoText(), u"Add entry"_s);
        QVERIFY(history.size() >= 2);
        QVERIFY(c.undo());
        QVERIFY(!s.entry(b));
        QVERIFY(s.entry(a));
        QVERIFY(c.canRedo());
        QVERIFY(c.redo());
        QVERIFY(s.entry(b));
        // A new change ends what redo could bring back.
        QVERIFY(c.undo());
        QVERIFY(c.addEntry(section, paper(u"Third"_s)));
        QVERIFY(!c.canRedo());
    }

    // A new entry with notes, tags and a PDF is one step: one undo removes it whole.
    void newEntryWithExtrasIsOneStep()
    {
        Store s;
        const qint64 section = openSeed(s);
        Curation c(s);
        Entry e;
        e.sectionId = section;
        e.fields = paper(u"With notes"_s);
        e.notes = u"Read twice."_s;
        e.tags = {u"dendrites"_s};
        e.pdfPath = u"/papers/x.pdf"_s;
        const qint64 id = c.addEntry(e);
        QVERIFY(id);
        QCOMPARE(c.undoCount(), 1);
        QCOMPARE(s.entry(id)->notes, u"Read twice."_s);
        QCOMPARE(s.entry(id)->tags, QStringList{u"dendrites"_s});
        QCOMPARE(s.entry(id)->pdfPath, u"/papers/x.pdf"_s);
        QVERIFY(c.undo());
        QVERIFY(!s.entry(id));
        QVERIFY(!c.canUndo());
    }

    // What one process recorded, another takes back from the store: the command line's
    // `undo` after a window's (or an earlier command's) change.
    void sharedHistoryAcrossProcesses()
    {
        QString path;
        qint64 section = 0, id = 0;
        {
            Store s;
            section = openSeed(s, &path);
            QVERIFY(section);
            Curation c(s);
            id = c.addEntry(section, paper(u"Kept in the store's history"_s));
            QVERIFY(id);
            QVERIFY(c.editEntry(id, paper(u"Renamed"_s)));
        }
        Store s;
        QVERIFY(s.open(path));
        Curation later(s);
        QString text;
        QVERIFY2(later.undoInStore(&text), qPrintable(later.errorString()));
        QCOMPARE(text, u"Edit entry"_s);
        QCOMPARE(s.entry(id)->fields.title, u"Kept in the store's history"_s);
        QVERIFY(later.undoInStore(&text));
        QCOMPARE(text, u"Add entry"_s);
        QVERIFY(!s.entry(id));
        QVERIFY(later.redoInStore(&text));
        QCOMPARE(text, u"Add entry"_s);
        QVERIFY(s.entry(id));
        QVERIFY(later.redoInStore(&text));
        QCOMPARE(s.entry(id)->fields.title, u"Renamed"_s);
        QVERIFY(!later.redoInStore(&text));
        QVERIFY(later.errorString().contains(u"Nothing to redo"_s));
    }

    // A window's own undo is seen by the shared history: the next `undo` takes the step before.
    void sessionUndoIsShared()
    {
        Store s;
        const qint64 section = openSeed(s);
        Curation window(s);
        const qint64 a = window.addEntry(section, paper(u"A"_s));
        const qint64 b = window.addEntry(section, paper(u"B"_s));
        QVERIFY(window.undo()); // B gone
        Curation commandLine(s);
        QString text;
        QVERIFY(commandLine.undoInStore(&text)); // takes A back, not B again
        QVERIFY(!s.entry(a));
        QVERIFY(!s.entry(b));
    }

    // The rows moved on since the step: it is refused, nothing changes, and it says why.
    void stepThatCannotBeTaken()
    {
        Store s;
        const qint64 section = openSeed(s);
        Curation c(s);
        const qint64 id = c.addEntry(section, paper(u"Added"_s));
        QVERIFY(s.updateEntry(id, paper(u"Changed behind its back"_s))); // not recorded
        QSignalSpy failed(&c, &Curation::failed);
        QVERIFY(!c.undo());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(s.entry(id)->fields.title, u"Changed behind its back"_s);
        Curation other(s);
        QString text;
        QVERIFY(!other.undoInStore(&text));
        QVERIFY2(other.errorString().contains(u"cannot be undone"_s),
                 qPrintable(other.errorString()));
        QVERIFY(s.entry(id));
    }

    // The shared history stays bounded: at most Store::HistorySteps steps.
    void historyIsBounded()
    {
        Store s;
        const qint64 section = openSeed(s);
        Curation c(s);
        for (int i = 0; i < Store::HistorySteps + 5; ++i)
            QVERIFY(c.addEntry(section, paper(u"Paper %1"_s.arg(i))));
        QCOMPARE(s.entryCount(s.lists().first().id), 110 + Store::HistorySteps + 5);
        Curation later(s);
        QString text;
        int undone = 0;
        while (later.undoInStore(&text))
            ++undone;
        QCOMPARE(undone, Store::HistorySteps);
        QCOMPARE(s.entryCount(s.lists().first().id), 110 + 5);
    }
};

QTEST_GUILESS_MAIN(TestCuration)
#include "tst_curation.moc"
