#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

// Undo and redo of store operations through recorded changesets, and reordering.
class TestChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QByteArray m_seed;

    struct Fixture
    {
        Store store;
        qint64 listId = 0;
        qint64 section(const QString &title)
        {
            for (const Section &s : store.sections(listId)) {
                if (s.title == title)
                    return s.id;
            }
            return 0;
        }
        QByteArray exported() { return exportReadme(store, listId).data; }
        qint64 idOf(const QString &titleStart)
        {
            for (const Entry &e : store.entries(listId)) {
                if (e.fields.title.startsWith(titleStart))
                    return e.id;
            }
            return 0;
        }
    };

    void open(Fixture &f)
    {
        QVERIFY(f.store.open(m_dir.filePath(u"c%1.sqlite"_s.arg(++m_n))));
        const ImportReport r = importReadme(f.store, m_seed, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        f.listId = r.listId;
    }

    // `text` without the line that starts with `start` and the blank line after it.
    static QByteArray without(QByteArray text, const QByteArray &start)
    {
        const qsizetype b = text.indexOf(start);
        Q_ASSERT(b >= 0);
        return text.remove(b, text.indexOf('\n', b) + 2 - b);
    }
    static QByteArray lineOf(const QByteArray &text, const QByteArray &start)
    {
        const qsizetype b = text.indexOf(start);
        return text.mid(b, text.indexOf('\n', b) + 1 - b);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seed = Test::readFile(Test::seedReadmePath());
    }

    void undoRedoEdit()
    {
        Fixture f;
        open(f);
        const qint64 id = f.idOf(u"The ELM Neuron"_s);
        Entry e = *f.store.entry(id);
        e.fields.venue = u"NeurIPS"_s;
        QByteArray cs;
        {
            Store::ChangeRecorder rec(f.store);
            QVERIFY(f.store.updateEntry(id, e.fields));
            cs = rec.changeset();
        }
        QVERIFY(!cs.isEmpty());
        const QByteArray edited = f.exported();
        QVERIFY(edited != m_seed);
        QVERIFY(f.store.applyChangeset(cs, true));
        QCOMPARE(f.exported(), m_seed);
        QVERIFY(!f.store.entry(id)->dirty);
        QCOMPARE(f.store.search(f.listId, u"NeurIPS ELM"_s).size(), 0);
        QVERIFY(f.store.applyChangeset(cs, false));
        QCOMPARE(f.exported(), edited);
        QCOMPARE(f.store.search(f.listId, u"NeurIPS ELM"_s), QList<qint64>{id});
    }

    void undoAddAndRemove()
    {
        Fixture f;
        open(f);
        EntryFields n;
        n.authors = u"New, A."_s;
        n.title = u"A new paper about zebrafinches"_s;
        n.url = u"https://arxiv.org/abs/2511.00001"_s;
        n.venue = u"arXiv"_s;
        n.yearText = u"2025"_s;
        n.year = 2025;
        QByteArray add;
        qint64 id = 0;
        {
            Store::ChangeRecorder rec(f.store);
            id = f.store.addEntry(f.section(u"Papers"_s), n);
            add = rec.changeset();
        }
        QVERIFY(id);
        const QByteArray withNew = f.exported();
        QVERIFY(f.store.applyChangeset(add, true));
        QCOMPARE(f.exported(), m_seed);
        QVERIFY(!f.store.entry(id));
        QCOMPARE(f.store.search(f.listId, u"zebrafinches"_s).size(), 0);
        QVERIFY(f.store.applyChangeset(add, false));
        QCOMPARE(f.exported(), withNew);
        QCOMPARE(f.store.search(f.listId, u"zebrafinches"_s), QList<qint64>{id});

        // Removing several, then undoing, restores them with their ids.
        const QList<qint64> gone = {f.idOf(u"Machine psychology"_s), f.idOf(u"NeuroAI for AI"_s)};
        QByteArray rm;
        {
            Store::ChangeRecorder rec(f.store);
            for (qint64 g : gone)
                QVERIFY(f.store.removeEntry(g));
            rm = rec.changeset();
        }
        QVERIFY(f.store.applyChangeset(rm, true));
        QCOMPARE(f.exported(), withNew);
        for (qint64 g : gone)
            QVERIFY(f.store.entry(g));
    }

    void undoImport()
    {
        Store s;
        QVERIFY(s.open(m_dir.filePath(u"imp.sqlite"_s)));
        QByteArray cs;
        {
            Store::ChangeRecorder rec(s);
            QVERIFY(importReadme(s, m_seed, {}).ok);
            cs = rec.changeset();
        }
        QCOMPARE(s.lists().size(), 1);
        QVERIFY(s.applyChangeset(cs, true));
        QCOMPARE(s.lists().size(), 0);
        QVERIFY(s.applyChangeset(cs, false));
        QCOMPARE(s.lists().size(), 1);
        QCOMPARE(exportReadme(s, s.lists().first().id).data, m_seed);
        QCOMPARE(s.search(s.lists().first().id, u"monosemanticity"_s).size(), 1);
    }

    void undoRefusesWhenChangedElsewhere()
    {
        Fixture f;
        open(f);
        const qint64 id = f.idOf(u"The ELM Neuron"_s);
        Entry e = *f.store.entry(id);
        e.fields.venue = u"NeurIPS"_s;
        QByteArray cs;
        {
            Store::ChangeRecorder rec(f.store);
            QVERIFY(f.store.updateEntry(id, e.fields));
            cs = rec.changeset();
        }
        // Another window edits the same entry afterwards.
        Store other;
        QVERIFY(other.open(f.store.path()));
        e.fields.venue = u"ICML"_s;
        QVERIFY(other.updateEntry(id, e.fields));
        const QByteArray before = f.exported();
        QVERIFY(!f.store.applyChangeset(cs, true));
        QVERIFY2(f.store.errorString().contains(u"changed since"_s),
                 qPrintable(f.store.errorString()));
        QCOMPARE(f.exported(), before);
    }

    void moveWithinSection()
    {
        Fixture f;
        open(f);
        const QByteArray elm = lineOf(m_seed, "Spieler, A.");
        const qint64 id = f.idOf(u"The ELM Neuron"_s);
        // To the top of Papers: its line and one blank line move, nothing else changes.
        QVERIFY(f.store.moveEntries({id}, f.section(u"Papers"_s), f.idOf(u"Emergence of"_s)));
        QByteArray expected = without(m_seed, "Spieler, A.");
        expected.insert(expected.indexOf("Evanson, L."), QByteArray(elm + "\n"));
        QCOMPARE(f.exported(), expected);
        // Up and down by one.
        QVERIFY(f.store.moveEntryBy(id, +1));
        QByteArray down = without(m_seed, "Spieler, A.");
        down.insert(down.indexOf("Granier, A."), QByteArray(elm + "\n"));
        QCOMPARE(f.exported(), down);
        QVERIFY(f.store.moveEntryBy(id, -1));
        QCOMPARE(f.exported(), expected);
        QVERIFY(f.store.moveEntryBy(id, -1)); // already first: nothing happens
        QCOMPARE(f.exported(), expected);
    }

    void moveToEndKeepsClosingGap()
    {
        Fixture f;
        open(f);
        const QByteArray elm = lineOf(m_seed, "Spieler, A.");
        QVERIFY(f.store.moveEntries({f.idOf(u"The ELM Neuron"_s)}, f.section(u"Papers"_s), 0));
        QByteArray expected = without(m_seed, "Spieler, A.");
        // After the last paper, and the two blank lines stay before "# Reviews".
        expected.insert(expected.indexOf("\n\n\n# Reviews") + 2, QByteArray(elm + "\n"));
        QCOMPARE(f.exported(), expected);
        // The entry that was last moves back to the top: the gap follows the new last one.
        QVERIFY(f.store.moveEntries({f.idOf(u"Deep neural networks rival"_s)},
                                    f.section(u"Papers"_s), f.idOf(u"Emergence of"_s)));
        const QByteArray out = f.exported();
        QVERIFY(out.contains("Solve Long-Horizon Tasks**](https://arxiv.org/pdf/2306.16922.pdf) "
                             "arXiv (2023)\n\n\n# Reviews"));
        QVERIFY(out.contains("(2014)\n\nEvanson, L."));
    }

    void moveBetweenSections()
    {
        Fixture f;
        open(f);
        const QByteArray blog = lineOf(m_seed, "Dettmers, Tim");
        const qint64 id = f.idOf(u"The Brain vs Deep Learning"_s);
        QVERIFY(
            f.store.moveEntries({id}, f.section(u"Reviews"_s), f.idOf(u"Convolutional neural"_s)));
        QByteArray expected = m_seed;
        // Leaves Blogs (it was last there: the entry above takes its closing blank line) ...
        expected.replace(blog, QByteArray());
        expected.replace("nowhere-near) (2015)\n\n# More", "# More"); // no-op guard
        QByteArray out = f.exported();
        QVERIFY(!out.contains("(2021)\n\n\n# More"));
        QVERIFY(out.contains("unsupervised-brain-models/) (2021)\n\n# More awesome lists"));
        // ... and lands in Reviews above Lindsay, with one blank line.
        QVERIFY(out.contains(QByteArray(blog + "\nLindsay, G. W.")));
        QCOMPARE(f.store.entry(id)->sectionId, f.section(u"Reviews"_s));
        QCOMPARE(out.size(), m_seed.size());
    }

    void moveToSectionByYear()
    {
        Fixture f;
        open(f);
        const QByteArray elm = lineOf(m_seed, "Spieler, A.");
        const qint64 id = f.idOf(u"The ELM Neuron"_s);
        QVERIFY(f.store.moveEntriesByYear({id}, f.section(u"Reviews"_s)));
        // 2023: above the first review of 2023 or older.
        QByteArray expected = without(m_seed, "Spieler, A.");
        expected.insert(expected.indexOf("Gebicke-Haerter"), QByteArray(elm + "\n"));
        QCOMPARE(f.exported(), expected);
        // Into a section without a year older than it: at its end, keeping the final line.
        QVERIFY2(f.store.moveEntriesByYear({id}, f.section(u"More awesome lists"_s)),
                 qPrintable(f.store.errorString()));
        const QByteArray out = f.exported();
        QVERIFY(out.endsWith(QByteArray("Neuro_AI_Papers)\n\n" + elm)));
    }

    void newListHasASection()
    {
        Store s;
        QVERIFY(s.open(m_dir.filePath(u"new.sqlite"_s)));
        const qint64 id = s.createList(u"My Papers"_s);
        QVERIFY(id);
        QCOMPARE(s.sections(id).size(), 1);
        EntryFields e;
        e.authors = u"Doe, J."_s;
        e.title = u"First"_s;
        e.url = u"https://a.org"_s;
        e.yearText = u"2024"_s;
        e.year = 2024;
        QVERIFY(s.addEntry(s.sections(id).first().id, e));
        QVERIFY(s.addSection(id, u"Reviews"_s));
        QCOMPARE(exportReadme(s, id).data,
                 QByteArray("# My Papers\n\n## Papers\n\nDoe, J. [**First**](https://a.org) "
                            "(2024)\n\n## Reviews\n\n"));
        // What it writes, it reads back the same.
        Store other;
        QVERIFY(other.open(m_dir.filePath(u"new2.sqlite"_s)));
        const ImportReport r = importReadme(other, exportReadme(s, id).data, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.entries, 1);
        QCOMPARE(r.listName, u"My Papers"_s);
    }

    void sortSectionByYear()
    {
        Fixture f;
        open(f);
        // Put an old paper at the top, then sort: the file is the seed again.
        QVERIFY(f.store.moveEntries({f.idOf(u"Deep neural networks rival"_s)},
                                    f.section(u"Papers"_s), f.idOf(u"Emergence of"_s)));
        QVERIFY(f.exported() != m_seed);
        QVERIFY(f.store.sortSectionByYear(f.section(u"Papers"_s)));
        QCOMPARE(f.exported(), m_seed);
    }

    void entryIdsOrdersAndFilters()
    {
        Fixture f;
        open(f);
        const QList<qint64> readme = f.store.entryIds(f.listId);
        QCOMPARE(readme.size(), 110);
        QCOMPARE(readme.first(), f.idOf(u"Emergence of"_s));
        const QList<qint64> papers = f.store.entryIds(f.listId, f.section(u"Papers"_s));
        QCOMPARE(papers.size(), 84);
        const QList<qint64> byYear
            = f.store.entryIds(f.listId, 0, {}, Store::Order::Year, Qt::AscendingOrder);
        QCOMPARE(f.store.entry(byYear.at(2))->fields.year, 2014); // two lists without year first
        const QList<qint64> byTitle
            = f.store.entryIds(f.listId, 0, {}, Store::Order::Title, Qt::DescendingOrder);
        QVERIFY(f.store.entry(byTitle.first())->fields.title.startsWith(u"When the ventral"_s));
        // 14 reviews have a word starting with "neuro" in authors, title or venue.
        QCOMPARE(f.store.entryIds(f.listId, f.section(u"Reviews"_s), u"neuro"_s).size(), 14);
        const QList<Entry> page = f.store.entriesByIds(papers.mid(10, 20));
        QCOMPARE(page.size(), 20);
    }

    // What a maintainer pastes into the search box: hyphenated words, arXiv ids in any version,
    // DOIs and their prefixes, links, years, venues. Any text gives results or none, never an
    // SQL error (FTS5 cannot match phrases in an index without positions).
    void searchFindsWhatIsPasted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the start of a title among the results
        QTest::newRow("hyphenated") << u"cortico-thalamic"_s << u"Multihead self-attention"_s;
        QTest::newRow("arXiv id") << u"2306.16922"_s << u"The ELM Neuron"_s;
        QTest::newRow("arXiv id, other version") << u"2306.16922v3"_s << u"The ELM Neuron"_s;
        QTest::newRow("arXiv prefix") << u"arXiv:2306.16922"_s << u"The ELM Neuron"_s;
        QTest::newRow("arXiv link") << u"https://arxiv.org/abs/2306.16922"_s << u"The ELM Neuron"_s;
        QTest::newRow("link as written")
            << u"https://www.nature.com/articles/s41467-023-40499-0"_s << u"Subtle adversarial"_s;
        QTest::newRow("DOI") << u"10.1038/s41467-023-40499-0"_s << u"Subtle adversarial"_s;
        QTest::newRow("DOI link") << u"https://doi.org/10.1038/S41467-023-40499-0"_s
                                  << u"Subtle adversarial"_s;
        QTest::newRow("DOI prefix") << u"10.1038"_s << u"Subtle adversarial"_s;
        QTest::newRow("venue") << u"Nature Communications"_s << u"Subtle adversarial"_s;
        QTest::newRow("year") << u"2023"_s << u"Subtle adversarial"_s;
        QTest::newRow("author and year") << u"Granier 2025"_s << u"Multihead self-attention"_s;
    }

    void searchFindsWhatIsPasted()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Fixture f;
        open(f);
        const QList<qint64> ids = f.store.entryIds(f.listId, 0, text);
        QVERIFY2(f.store.errorString().isEmpty(), qPrintable(f.store.errorString()));
        QVERIFY2(ids.contains(f.idOf(expected)), qPrintable(QString::number(ids.size())));
        QVERIFY(ids.size() < 110);
        const QList<qint64> matching = f.store.matchingIds(text);
        QVERIFY(matching.contains(f.idOf(expected)));
    }

    void searchYearMatchesTheYearColumn()
    {
        Fixture f;
        open(f);
        const QList<qint64> ids = f.store.entryIds(f.listId, 0, u"2019"_s);
        int of2019 = 0;
        for (qint64 id : f.store.entryIds(f.listId)) {
            if (f.store.entry(id)->fields.year == 2019) {
                ++of2019;
                QVERIFY(ids.contains(id));
            }
        }
        QCOMPARE(of2019, 28);
        // A DOI prefix finds entries by their DOI only where they have one.
        for (qint64 id : f.store.entryIds(f.listId, 0, u"10.1038"_s))
            QVERIFY(f.store.entry(id)->fields.doi.startsWith(u"10.1038/"_s));
    }

    void searchNeverFails_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"\"",
                              "*",
                              "-",
                              "NEAR(a b)",
                              "a AND OR NOT b",
                              "'; DROP TABLE x;--",
                              "^title",
                              "title:foo",
                              "(",
                              "\"\"*",
                              "---",
                              "10.",
                              "a\"b",
                              "%_%",
                              "\\",
                              "https://",
                              "arXiv:",
                              "2306.",
                              "{}[]",
                              "\u00e9l\u00e9ment"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }

    void searchNeverFails()
    {
        QFETCH(QString, text);
        Fixture f;
        open(f);
        f.store.entryIds(f.listId, 0, text);
        QVERIFY2(f.store.errorString().isEmpty(), qPrintable(f.store.errorString()));
        f.store.matchingIds(text);
        QVERIFY2(f.store.errorString().isEmpty(), qPrintable(f.store.errorString()));
    }

    void duplicates()
    {
        Fixture f;
        open(f);
        QVERIFY(f.store.duplicateIds(f.listId).isEmpty());
        EntryFields dup;
        dup.title = u"The ELM neuron: an efficient and expressive cortical neuron model can "
                    u"solve long-horizon tasks."_s;
        QCOMPARE(f.store.duplicatesOf(f.listId, dup), QList<qint64>{f.idOf(u"The ELM Neuron"_s)});
        dup.title = u"Something else entirely"_s;
        dup.arxivId = u"2306.16922v3"_s;
        QCOMPARE(f.store.duplicatesOf(f.listId, dup), QList<qint64>{f.idOf(u"The ELM Neuron"_s)});
        dup.arxivId.clear();
        dup.doi = u"10.1038/S41593-018-0147-8"_s;
        QCOMPARE(f.store.duplicatesOf(f.listId, dup).size(), 1);
        const qint64 added = f.store.addEntry(f.section(u"Reviews"_s), dup);
        QCOMPARE(f.store.duplicateIds(f.listId).size(), 2);
        QVERIFY(f.store.duplicateIds(f.listId).contains(added));
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
