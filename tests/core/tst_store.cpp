#include "store/linkchecks.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fresh(const QString &name) { return m_dir.filePath(name); }

    static QVariant pragma(Store &s, const QString &name)
    {
        QSqlQuery q(s.database());
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return {};
        return q.value(0);
    }

    static qint64 importSeed(Store &s)
    {
        const ImportReport r = importReadmeFile(s, Test::seedReadmePath(), {});
        if (!r.ok)
            qWarning() << r.error;
        return r.listId;
    }

    static qint64 sectionNamed(Store &s, qint64 listId, const QString &title)
    {
        for (const Section &sec : s.sections(listId)) {
            if (sec.title == title)
                return sec.id;
        }
        return 0;
    }

    static EntryFields paper(const QString &title, int year)
    {
        EntryFields f;
        f.authors = u"d'Ascoli, S., Rapin, J., & King, J. R."_s;
        f.title = title;
        f.url = u"https://www.arxiv.org/abs/2507.22229"_s;
        f.venue = u"arXiv"_s;
        f.yearText = QString::number(year);
        f.year = year;
        return f;
    }

    // `original` with `insert` placed right before the line that starts with `before`.
    static QByteArray insertedBefore(QByteArray original, const QByteArray &before,
                                     const QByteArray &insert)
    {
        const qsizetype at = original.indexOf(QByteArray(QByteArray("\n") + before));
        Q_ASSERT(at >= 0);
        return original.insert(at + 1, insert);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAndMigrates()
    {
        Store s;
        const QString path = fresh(u"sub/dir/new.sqlite"_s);
        QVERIFY2(s.open(path), qPrintable(s.errorString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(s.schemaVersion(), Store::SchemaVersion);
        QCOMPARE(pragma(s, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(s, u"foreign_keys"_s).toInt(), 1);
        QVERIFY(!s.isReadOnly());
        s.close();
        // Opening again does not migrate twice.
        QVERIFY(s.open(path));
        QCOMPARE(s.schemaVersion(), Store::SchemaVersion);
    }

    // A store written by version 1 (before repositories were linked) opens as the current
    // version with its lists, entries and settings intact.
    void upgradesFromVersion1()
    {
        const QString path = fresh(u"v1.sqlite"_s);
        qint64 listId = 0;
        {
            Store s;
            QVERIFY(s.open(path));
            const ImportReport r = importReadme(s, Test::readFile(Test::seedReadmePath()), {});
            QVERIFY2(r.ok, qPrintable(r.error));
            listId = r.listId;
            // Turn it back into what version 1 wrote.
            QVERIFY(s.exec(u"DROP TABLE history"_s));
            QVERIFY(s.exec(u"DROP TABLE readme_versions"_s));
            QVERIFY(s.exec(u"ALTER TABLE lists DROP COLUMN synced_readme"_s));
            QVERIFY(s.exec(u"ALTER TABLE lists DROP COLUMN link_ignore"_s));
            QVERIFY(s.exec(u"DROP TABLE link_checks"_s));
            QVERIFY(s.exec(u"PRAGMA user_version = 1"_s));
        }
        Store s;
        QVERIFY2(s.open(path), qPrintable(s.errorString()));
        QCOMPARE(s.schemaVersion(), Store::SchemaVersion);
        QVERIFY(s.historyStepToUndo() == std::nullopt); // version 3's history, empty
        QCOMPARE(s.entryCount(listId), 110);
        QCOMPARE(s.syncedReadme(listId), QByteArray());
        QVERIFY(!s.hasSeenReadme(listId, Test::readFile(Test::seedReadmePath())));
        const ExportResult e = exportReadme(s, listId);
        QVERIFY(e.ok);
        QCOMPARE(e.data, Test::readFile(Test::seedReadmePath()));
        QVERIFY(s.setSyncedReadme(listId, e.data));
        QVERIFY(s.hasSeenReadme(listId, Test::readFile(Test::seedReadmePath())));
        QCOMPARE(s.syncedReadme(listId), Test::readFile(Test::seedReadmePath()));
        // Version 4's link health: no rules, no checks yet, both writable.
        QCOMPARE(LinkChecks::ignoreText(s, listId), QString());
        QVERIFY(LinkChecks::setIgnoreText(s, listId, u"linkedin\\.com\n"_s));
        QVERIFY(LinkChecks::rows(s, {u"https://a.org/"_s}).isEmpty());
        QVERIFY(LinkChecks::putRows(
            s, {{u"https://a.org/"_s, u"ok"_s, 200, {}, {}, 0, QDateTime::currentDateTimeUtc()}}));
        QCOMPARE(LinkChecks::rows(s, {u"https://a.org/"_s}).value(u"https://a.org/"_s).code, 200);
    }

    void repoLinkRoundTrip()
    {
        Store s;
        QVERIFY(s.open(fresh(u"link.sqlite"_s)));
        const qint64 id = s.createList(u"L"_s);
        QVERIFY(id);
        QVERIFY(!s.repoLink(id).isLinked());
        QCOMPARE(s.repoLink(id).readme, u"README.md"_s);
        QCOMPARE(s.repoLink(id).remote, u"origin"_s);
        RepoLink link;
        link.path = u"/some/clone"_s;
        link.readme = u"docs/README.md"_s;
        link.remote = u"fork"_s;
        link.base = u"main"_s;
        link.github = u"owner/name"_s;
        QVERIFY(s.setRepoLink(id, link));
        QCOMPARE(s.repoLink(id), link);
        QCOMPARE(link.readmeFile(), u"/some/clone/docs/README.md"_s);
        QVERIFY(s.setRepoLink(id, RepoLink()));
        QVERIFY(!s.repoLink(id).isLinked());
        // Seen versions are per list and go with it.
        QVERIFY(s.markReadmeSeen(id, "text"));
        QVERIFY(s.hasSeenReadme(id, "text"));
        QVERIFY(!s.hasSeenReadme(id, "text2"));
        QVERIFY(s.removeList(id));
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM readme_versions"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesNewerStore()
    {
        const QString path = fresh(u"newer.sqlite"_s);
        {
            Store s;
            QVERIFY(s.open(path));
            QVERIFY(s.exec(u"PRAGMA user_version = 99"_s));
        }
        const QByteArray before = Test::readFile(path);
        Store s;
        QVERIFY(!s.open(path));
        QVERIFY2(s.errorString().contains(u"newer version"_s), qPrintable(s.errorString()));
        QVERIFY(!s.isOpen());
        QCOMPARE(Test::readFile(path), before);
    }

    void refusesNonSqlite()
    {
        const QString path = fresh(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        Store s;
        QVERIFY(!s.open(path));
        QVERIFY2(s.errorString().contains(u"not an SQLite database"_s),
                 qPrintable(s.errorString()));
        QCOMPARE(Test::readFile(path), QByteArray("These are my notes, not a database.\n"));
        QVERIFY(!s.open(m_dir.path()));
        QVERIFY(s.errorString().contains(u"directory"_s));
    }

    void readOnlyStore()
    {
        const QString path = fresh(u"readonly.sqlite"_s);
        {
            Store s;
            QVERIFY(s.open(path));
            QVERIFY(importSeed(s));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = Test::readFile(path);
        Store s;
        QVERIFY2(s.open(path), qPrintable(s.errorString()));
        QVERIFY(s.isReadOnly());
        QCOMPARE(s.lists().size(), 1);
        const ImportReport r = importReadmeFile(s, Test::seedReadmePath(), {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"read-only"_s), qPrintable(r.error));
        QCOMPARE(s.createList(u"x"_s), 0);
        QVERIFY2(s.errorString().contains(u"read-only"_s), qPrintable(s.errorString()));
        s.close();
        QCOMPARE(Test::readFile(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void listsAndFormat()
    {
        Store s;
        QVERIFY(s.open(fresh(u"lists.sqlite"_s)));
        const qint64 id = s.createList(u"Mine"_s);
        QVERIFY(id);
        QCOMPARE(s.createList(u"Mine"_s), 0); // names are unique
        QCOMPARE(s.createList(u"  "_s), 0);
        QVERIFY(s.renameList(id, u"Ours"_s));
        QCOMPARE(s.listByName(u"Ours"_s)->id, id);
        QVERIFY(!s.setListFormat(id, u"{nothing}"_s, u"apa"_s));
        QVERIFY(!s.setListFormat(id, u"{title}"_s, u"chicago-ish"_s));
        QVERIFY(s.setListFormat(id, u"- [{title}]({url})"_s, u"natural"_s));
        QCOMPARE(s.list(id)->entryTemplate, u"- [{title}]({url})"_s);
        QCOMPARE(s.list(id)->authorStyle, u"natural"_s);
        QVERIFY(s.removeList(id));
        QVERIFY(s.lists().isEmpty());
    }

    // FORMAT.md: a new paper goes at the top of its year group, and the diff is +2/-0.
    void addPlacesByYear_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("year");
        QTest::addColumn<QByteArray>("before"); // the line the new entry lands above
        QTest::newRow("newest") << u"Papers"_s << 2025 << QByteArray("Evanson, L.");
        QTest::newRow("middle") << u"Papers"_s << 2023 << QByteArray("Bricken, T.");
        QTest::newRow("group of 2021") << u"Papers"_s << 2021 << QByteArray("Bakhtiari, S.");
        QTest::newRow("reviews") << u"Reviews"_s << 2022 << QByteArray("Zador, A., Richards, B.");
    }

    void addPlacesByYear()
    {
        QFETCH(QString, section);
        QFETCH(int, year);
        QFETCH(QByteArray, before);
        Store s;
        QVERIFY(s.open(fresh(u"place-%1-%2.sqlite"_s.arg(section).arg(year))));
        const qint64 listId = importSeed(s);
        const qint64 sec = sectionNamed(s, listId, section);
        QVERIFY(sec);
        const EntryFields f = paper(u"TRIBE: TRImodal Brain Encoder"_s, year);
        const qint64 id = s.addEntry(sec, f);
        QVERIFY2(id, qPrintable(s.errorString()));
        const ExportResult r = exportReadme(s, listId);
        QVERIFY(r.ok);
        const QByteArray line = "d'Ascoli, S., Rapin, J., & King, J. R. [**TRIBE: TRImodal Brain "
                                "Encoder**](https://www.arxiv.org/abs/2507.22229) arXiv ("
            + QByteArray::number(year) + ")\n";
        QCOMPARE(r.data,
                 insertedBefore(Test::readFile(Test::seedReadmePath()), before, line + "\n"));
        QCOMPARE(r.rendered, 1);
    }

    void addAtSectionEnd()
    {
        Store s;
        QVERIFY(s.open(fresh(u"append.sqlite"_s)));
        const qint64 listId = importSeed(s);
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        // Older than every paper: after the last one, and the two blank lines stay before
        // "# Reviews".
        QVERIFY(s.addEntry(sectionNamed(s, listId, u"Papers"_s), paper(u"Old"_s, 1990)));
        const QByteArray line = "d'Ascoli, S., Rapin, J., & King, J. R. [**Old**](https://www."
                                "arxiv.org/abs/2507.22229) arXiv (1990)\n";
        QByteArray expected = seed;
        const qsizetype at = expected.indexOf("\n\n\n# Reviews");
        expected.insert(at + 2, QByteArray(line + "\n"));
        QCOMPARE(exportReadme(s, listId).data, expected);

        // No year: at the end of "More awesome lists", whose last line has no final blank.
        Store t;
        QVERIFY(t.open(fresh(u"append2.sqlite"_s)));
        const qint64 l2 = importSeed(t);
        EntryFields f = paper(u"List"_s, 0);
        f.yearText.clear();
        f.venue.clear();
        QVERIFY(t.addEntry(sectionNamed(t, l2, u"More awesome lists"_s), f));
        QCOMPARE(exportReadme(t, l2).data,
                 seed
                     + "\nd'Ascoli, S., Rapin, J., & King, J. R. [**List**](https://www.arxiv.org/"
                       "abs/2507.22229)\n");
    }

    void editAndRemove()
    {
        Store s;
        QVERIFY(s.open(fresh(u"edit.sqlite"_s)));
        const qint64 listId = importSeed(s);
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        const QList<Entry> all = s.entries(listId);
        QCOMPARE(all.size(), 110);
        const Entry elm = *std::find_if(all.begin(), all.end(), [](const Entry &e) {
            return e.fields.title.startsWith(u"The ELM Neuron"_s);
        });
        QCOMPARE(elm.fields.arxivId, u"2306.16922"_s);
        QVERIFY(!elm.dirty);
        EntryFields f = elm.fields;
        f.venue = u"NeurIPS"_s;
        QVERIFY(s.updateEntry(elm.id, f));
        QVERIFY(s.entry(elm.id)->dirty);
        QCOMPARE(s.dirtyCount(listId), 1);
        QByteArray expected = seed;
        expected.replace("2306.16922.pdf) arXiv (2023)", "2306.16922.pdf) NeurIPS (2023)");
        QCOMPARE(exportReadme(s, listId).data, expected);

        // Removing a middle entry removes its line and one blank line, nothing else.
        QVERIFY(s.removeEntry(elm.id));
        QVERIFY(!s.entry(elm.id));
        const qsizetype b = seed.indexOf("Spieler, A.");
        const qsizetype e = seed.indexOf('\n', b) + 2;
        QCOMPARE(exportReadme(s, listId).data, QByteArray(seed).remove(b, e - b));

        // Removing the last paper keeps the two blank lines before "# Reviews".
        const QList<Entry> papers = s.entries(listId, sectionNamed(s, listId, u"Papers"_s));
        QVERIFY(s.removeEntry(papers.last().id));
        const QByteArray out = exportReadme(s, listId).data;
        QVERIFY(out.contains("(2015)\n\n\n# Reviews"));
        QVERIFY(!out.contains("Cadieu, Charles F."));
        QVERIFY(!s.updateEntry(elm.id, f));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::addColumn<QString>("firstTitle");
        QTest::newRow("two words") << u"ELM neuron"_s << 1 << u"The ELM Neuron"_s;
        QTest::newRow("prefix") << u"monosem"_s << 1 << u"Towards monosemanticity"_s;
        QTest::newRow("diacritics folded") << u"scholkopf"_s << 1 << u"The ELM Neuron"_s;
        QTest::newRow("author and venue") << u"Zador arXiv"_s << 2 << u"NeuroAI for AI Safety"_s;
        QTest::newRow("fts syntax is text")
            << u"\"ELM\" neuron* AND("_s << 1 << u"The ELM Neuron"_s;
        QTest::newRow("nothing") << u"   "_s << 0 << QString();
    }

    void search()
    {
        static Store s;
        static qint64 listId = 0;
        if (!listId) {
            QVERIFY(s.open(fresh(u"search.sqlite"_s)));
            listId = importSeed(s);
        }
        QFETCH(QString, query);
        const QList<qint64> ids = s.search(listId, query);
        QTEST(int(ids.size()), "hits");
        QFETCH(QString, firstTitle);
        if (!ids.isEmpty())
            QVERIFY2(s.entry(ids.first())->fields.title.startsWith(firstTitle),
                     qPrintable(s.entry(ids.first())->fields.title));
        QVERIFY2(s.errorString().isEmpty(), qPrintable(s.errorString()));
    }

    void searchFollowsEdits()
    {
        Store s;
        QVERIFY(s.open(fresh(u"search2.sqlite"_s)));
        const qint64 listId = importSeed(s);
        QCOMPARE(s.search(listId, u"zebrafish"_s).size(), 0);
        const Entry e = s.entries(listId).first();
        EntryFields f = e.fields;
        f.title = u"Zebrafish brains"_s;
        QVERIFY(s.updateEntry(e.id, f));
        QCOMPARE(s.search(listId, u"zebrafish"_s), QList<qint64>{e.id});
        QVERIFY(s.setEntryExtras(e.id, u"read on the zugfahrt"_s, {u"fish"_s}, QString()));
        QCOMPARE(s.search(listId, u"zugfahrt"_s), QList<qint64>{e.id});
        QVERIFY(s.removeEntry(e.id));
        QCOMPARE(s.search(listId, u"zebrafish"_s).size(), 0);
    }

    void venueMapPerList()
    {
        Store s;
        QVERIFY(s.open(fresh(u"venues.sqlite"_s)));
        const qint64 id = s.createList(u"V"_s);
        // Until the list sets its own, none of its own (the look-ups use the common short forms).
        QVERIFY(!s.venueMap(id));
        QVERIFY(s.setVenueMap(id, {{u"Neuron"_s, u"Neuron (Cell)"_s}}));
        QCOMPARE(*s.venueMap(id),
                 (QList<QPair<QString, QString>>{{u"Neuron"_s, u"Neuron (Cell)"_s}}));
        QVERIFY(!s.setVenueMap(id, {{u"Nature"_s, u" "_s}}));
        QCOMPARE(s.venueMap(id)->size(), 1);
        QVERIFY(s.setVenueMap(id, {}));
        QVERIFY(s.venueMap(id) && s.venueMap(id)->isEmpty()); // emptied: no short forms at all
    }

    void cache()
    {
        Store s;
        QVERIFY(s.open(fresh(u"cache.sqlite"_s)));
        QVERIFY(!s.cacheGet(u"arxiv:2306.16922"_s));
        QVERIFY(
            s.cachePut(u"arxiv:2306.16922"_s, u"arxiv"_s, "<feed/>", u"application/atom+xml"_s));
        const auto c = s.cacheGet(u"arxiv:2306.16922"_s);
        QVERIFY(c);
        QCOMPARE(c->body, QByteArray("<feed/>"));
        QCOMPARE(c->source, u"arxiv"_s);
        QVERIFY(c->fetched.isValid());
    }

    void busyStoreIsExplained()
    {
        const QString path = fresh(u"busy.sqlite"_s);
        Store a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        Store::Transaction hold(a);
        QVERIFY(hold.isActive());
        QVERIFY(b.exec(u"PRAGMA busy_timeout = 50"_s));
        QCOMPARE(b.createList(u"x"_s), 0);
        QVERIFY2(b.errorString().contains(u"busy"_s), qPrintable(b.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
