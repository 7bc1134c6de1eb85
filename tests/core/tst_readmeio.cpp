#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

// Everything the store holds about its lists, to show that a failed import changed nothing.
QByteArray dump(Store &s)
{
    QByteArray out;
    QSqlQuery q(s.database());
    for (const char *sql : {"SELECT * FROM lists ORDER BY id", "SELECT * FROM sections ORDER BY id",
                            "SELECT * FROM entries ORDER BY id"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return "query failed";
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toByteArray() + '\x1f';
            out += '\n';
        }
    }
    return out;
}

QByteArray toCrlf(QByteArray s)
{
    return s.replace("\n", "\r\n");
}

} // namespace

class TestReadmeIO : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString storePath() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_n)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("readme");
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        QTest::newRow("seed") << seed;
        QTest::newRow("crlf") << toCrlf(seed);
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" + seed);
        QTest::newRow("no final newline") << seed.chopped(1);
        QTest::newRow("bom, crlf, no final newline")
            << QByteArray("\xEF\xBB\xBF" + toCrlf(seed).chopped(2));
        QTest::newRow("mixed line endings")
            << QByteArray(seed).replace("# Reviews\n", "# Reviews\r\n");
    }

    void roundTripIsByteIdentical()
    {
        QFETCH(QByteArray, readme);
        Store s;
        QVERIFY(s.open(storePath()));
        const ImportReport r = importReadme(s, readme, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.entries, 110);
        QCOMPARE(r.sections, 4);
        const ExportResult e = exportReadme(s, r.listId);
        QVERIFY(e.ok);
        QCOMPARE(e.data, readme);
        QCOMPARE(e.rendered, 0);
    }

    // The benchmark generator's output, at a size a test can afford.
    void syntheticListRoundTrip()
    {
        const QByteArray list = Test::syntheticList(2000, 7, true);
        QVERIFY(list.size() > 100000);
        Store s;
        QVERIFY(s.open(storePath()));
        const ImportReport r = importReadme(s, list, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.entries, 2000);
        QCOMPARE(exportReadme(s, r.listId).data, list);
    }

    void listNames()
    {
        Store s;
        QVERIFY(s.open(storePath()));
        ImportReport r = importReadme(s, Test::readFile(Test::seedReadmePath()), {});
        QCOMPARE(r.listName, u"Awesome NeuroAI Papers"_s);
        QVERIFY(r.createdList);
        ImportOptions named;
        named.listName = u"Copy"_s;
        r = importReadme(s, Test::readFile(Test::seedReadmePath()), named);
        QCOMPARE(r.listName, u"Copy"_s);
        QVERIFY(r.createdList);
        QCOMPARE(s.lists().size(), 2);
        // Without a title heading, the folder of README.md names the list.
        ImportOptions fromPath;
        fromPath.sourcePath = u"/home/me/awesome-things/README.md"_s;
        r = importReadme(s, "# Papers\n\nDoe, J. [**T**](https://a.org) V (2001)\n", fromPath);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.listName, u"awesome-things"_s);
    }

    void reimportUpdatesInPlace()
    {
        Store s;
        QVERIFY(s.open(storePath()));
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        const ImportReport first = importReadme(s, seed, {});
        QVERIFY(first.ok);
        const QList<Entry> before = s.entries(first.listId);
        QVERIFY(s.setEntryExtras(before[3].id, u"my note"_s, {u"llm"_s}, u"/papers/x.pdf"_s));

        const ImportReport again = importReadme(s, seed, {});
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!again.createdList);
        QCOMPARE(again.listId, first.listId);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 110);
        QCOMPARE(again.removed, 0);
        QCOMPARE(s.lists().size(), 1);
        const QList<Entry> after = s.entries(first.listId);
        QCOMPARE(after.size(), 110);
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[3].notes, u"my note"_s);
        QCOMPARE(after[3].pdfPath, u"/papers/x.pdf"_s);
        QCOMPARE(exportReadme(s, first.listId).data, seed);
    }

    // What a contributor's merged pull request does to the README: one entry added, one edited,
    // one removed. The store follows, keeping the ids of what it still has.
    void reimportAfterOutsideEdits()
    {
        Store s;
        QVERIFY(s.open(storePath()));
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        const ImportReport first = importReadme(s, seed, {});
        const QList<Entry> before = s.entries(first.listId);
        auto idOf = [](const QList<Entry> &all, const QString &title) {
            for (const Entry &e : all) {
                if (e.fields.title.startsWith(title))
                    return e.id;
            }
            return qint64(0);
        };
        const qint64 elm = idOf(before, u"The ELM Neuron"_s);
        QVERIFY(elm);

        QByteArray changed = seed;
        changed.replace("[**The ELM Neuron: an Efficient", "[**The ELM neuron: an efficient");
        const QByteArray removedLine = "Lindsay, G. W. [**Convolutional neural networks";
        const qsizetype b = changed.indexOf(removedLine);
        changed.remove(b, changed.indexOf('\n', b) + 2 - b);
        changed.replace("# Papers\n\n",
                        "# Papers\n\nNew, A. [**A new paper**](https://arxiv.org/"
                        "abs/2511.00001) arXiv (2025)\n\n");
        const ImportReport r = importReadme(s, changed, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.added, 1);
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.updated, 109);
        const QList<Entry> after = s.entries(first.listId);
        QCOMPARE(idOf(after, u"The ELM neuron"_s), elm);
        QCOMPARE(after.first().fields.arxivId, u"2511.00001"_s);
        QCOMPARE(idOf(after, u"Convolutional neural networks as a model"_s), 0);
        QCOMPARE(exportReadme(s, first.listId).data, changed);
        QCOMPARE(s.search(first.listId, u"Convolutional visual system"_s).size(), 0);
    }

    void reimportRefusesToDropEdits()
    {
        Store s;
        QVERIFY(s.open(storePath()));
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        const ImportReport first = importReadme(s, seed, {});
        Entry e = s.entries(first.listId).first();
        e.fields.venue = u"Nature"_s;
        QVERIFY(s.updateEntry(e.id, e.fields));
        const QByteArray before = dump(s);
        ImportReport r = importReadme(s, seed, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"edits that were not exported yet"_s), qPrintable(r.error));
        QCOMPARE(dump(s), before);
        ImportOptions force;
        force.force = true;
        r = importReadme(s, seed, force);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(s.dirtyCount(first.listId), 0);
        QCOMPARE(s.entry(e.id)->fields.venue, u"arXiv"_s);
    }

    void failedImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        QTest::newRow("empty") << QByteArray() << 0 << u"empty"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray(seed).replace("Schölkopf", "Sch\xf6lkopf") << 37 << u"UTF-8"_s;
        QTest::newRow("cut in a utf-8 character")
            << seed.left(seed.indexOf("Schölkopf") + 4) << 37 << u"UTF-8"_s;
        QTest::newRow("cut in a link")
            << seed.left(seed.indexOf("2306.16922.pdf")) << 37 << u"cut off"_s;
        QTest::newRow("no headings") << QByteArray(20 * 1024 * 1024, 'a') << 0 << u"heading"_s;
    }

    void failedImportChangesNothing()
    {
        QFETCH(QByteArray, data);
        Store s;
        QVERIFY(s.open(storePath()));
        QVERIFY(importReadme(s, Test::readFile(Test::seedReadmePath()), {}).ok);
        const QByteArray before = dump(s);
        const ImportReport r = importReadme(s, data, {});
        QVERIFY(!r.ok);
        QTEST(r.errorLine, "line");
        QFETCH(QString, message);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QCOMPARE(dump(s), before);
    }

    void forcedImportKeepsCutEntryAsText()
    {
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        const QByteArray cut = seed.left(seed.indexOf("2306.16922.pdf"));
        Store s;
        QVERIFY(s.open(storePath()));
        ImportOptions force;
        force.force = true;
        const ImportReport r = importReadme(s, cut, force);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(exportReadme(s, r.listId).data, cut);
    }

    void importFileErrors()
    {
        Store s;
        QVERIFY(s.open(storePath()));
        ImportReport r = importReadmeFile(s, m_dir.filePath(u"missing.md"_s), {});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"no such file"_s));
        r = importReadmeFile(s, m_dir.path(), {});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"directory"_s));
        QVERIFY(s.lists().isEmpty());
    }

    void exportToFile()
    {
        Store s;
        QVERIFY(s.open(storePath()));
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        const ImportReport r = importReadme(s, seed, {});
        Entry e = s.entries(r.listId).first();
        e.fields.yearText = u"2024"_s;
        e.fields.year = 2024;
        QVERIFY(s.updateEntry(e.id, e.fields));
        const QString out = m_dir.filePath(u"out/README.md"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        QString error;
        QVERIFY2(exportReadmeToFile(s, r.listId, out, &error), qPrintable(error));
        QByteArray expected = seed;
        expected.replace("developing-brain/) arXiv (2025)", "developing-brain/) arXiv (2024)");
        QCOMPARE(Test::readFile(out), expected);
        // Written entries count as unedited now, and say the same next time.
        QCOMPARE(s.dirtyCount(r.listId), 0);
        QCOMPARE(exportReadme(s, r.listId).data, expected);
        QVERIFY(!exportReadmeToFile(s, r.listId, m_dir.path(), &error));
        QVERIFY(error.contains(u"directory"_s));
        QVERIFY(!exportReadmeToFile(s, r.listId, m_dir.filePath(u"nowhere/x/README.md"_s), &error));
        QVERIFY(!exportReadmeToFile(s, 9999, out, &error));
        QCOMPARE(Test::readFile(out), expected);
    }
};

QTEST_GUILESS_MAIN(TestReadmeIO)
#include "tst_readmeio.moc"
