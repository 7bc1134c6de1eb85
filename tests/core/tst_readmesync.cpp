// Merging the README in a list's repository with the store's edits, and exporting into it.
#include "git/readmesync.h"
#include "store/readmeio.h"
#include "store/repodetect.h"
#include "store/store.h"
#include "testdata.h"
#include "textdiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

const QByteArray papers = "# Papers\n\n";
const QByteArray first = "Evanson, L., Bulteau, C., Chipaux, M., Dorfm\xc3\xbcller, G.";
const QByteArray tribe
    = "d'Ascoli, S., Rapin, J., Benchetrit, Y., Banville, H., & King, J. R. [**TRIBE: TRImodal "
      "Brain Encoder for whole-brain fMRI response prediction**](https://www.arxiv.org/abs/"
      "2507.22229) arXiv (2025)\n\n";
const QByteArray elm
    = "Spieler, A., Rahaman, N., Martius, G., Sch\xc3\xb6lkopf, B., & Levina, A. [**The ELM "
      "Neuron: an Efficient and Expressive Cortical Neuron Model Can Solve Long-Horizon "
      "Tasks**](https://arxiv.org/abs/2306.16922) arXiv (2025)\n\n";
const QByteArray machinePsychology = "[**Machine psychology**](https://arxiv.org/abs/2303.13988) "
                                     "arXiv (2025)";

QByteArray seed()
{
    return Test::readFile(Test::seedReadmePath());
}

QByteArray insertedAt(QByteArray text, const QByteArray &before, const QByteArray &insert)
{
    const qsizetype at = text.indexOf(before);
    Q_ASSERT(at >= 0);
    return text.insert(at, insert);
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

// The seed without the paragraph holding `needle` (and its blank line).
QByteArray without(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    Q_ASSERT(at >= 0);
    const qsizetype begin = text.lastIndexOf('\n', at) + 1;
    const qsizetype end = text.indexOf("\n\n", at) + 2;
    QByteArray out = text;
    return out.remove(begin, end - begin);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestReadmeSync : public QObject
{
    Q_OBJECT

private slots:
    void merge_data()
    {
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("conflicts");

        const QByteArray s = seed();
        const QByteArray year2024 = "Yu, M., Wang, D., Shan, Q., & Wan, A.";
        QTest::newRow("nothing changed") << s << s << s << 0;
        QTest::newRow("theirs only")
            << s << insertedAt(s, first, tribe) << insertedAt(s, first, tribe) << 0;
        QTest::newRow("ours only")
            << insertedAt(s, first, elm) << s << insertedAt(s, first, elm) << 0;
        // Both added a paper at the top of 2025: both stay, ours first.
        QTest::newRow("both inserted at one place")
            << insertedAt(s, first, elm) << insertedAt(s, first, tribe)
            << insertedAt(s, first, elm + tribe) << 0;
        QTest::newRow("same insertion on both sides")
            << insertedAt(s, first, tribe) << insertedAt(s, first, tribe)
            << insertedAt(s, first, tribe) << 0;
        QTest::newRow("different places")
            << insertedAt(s, year2024, elm) << insertedAt(s, first, tribe)
            << insertedAt(insertedAt(s, year2024, elm), first, tribe) << 0;
        QTest::newRow("theirs removed, ours added elsewhere")
            << insertedAt(s, year2024, elm) << without(s, machinePsychology)
            << without(insertedAt(s, year2024, elm), machinePsychology) << 0;
        QTest::newRow("both edited one entry")
            << replaced(s, machinePsychology,
                        "[**Machine psychology**](https://arxiv.org/abs/"
                        "2303.13988) Nature Human Behaviour (2025)")
            << replaced(s, machinePsychology,
                        "[**Machine Psychology**](https://arxiv.org/abs/"
                        "2303.13988) arXiv (2025)")
            << replaced(s, machinePsychology,
                        "[**Machine psychology**](https://arxiv.org/abs/"
                        "2303.13988) Nature Human Behaviour (2025)")
            << 1;
    }

    void merge()
    {
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QByteArray, expected);
        QFETCH(int, conflicts);
        const ReadmeSync::Merge m = ReadmeSync::merge(seed(), ours, theirs);
        QCOMPARE(m.conflicts.size(), conflicts);
        QCOMPARE(m.text, expected);
        if (conflicts) {
            const ReadmeSync::Merge t
                = ReadmeSync::merge(seed(), ours, theirs, ReadmeSync::Prefer::Theirs);
            QVERIFY(t.text.contains("Machine Psychology"));
            QVERIFY(m.conflicts.first().ours.contains("Nature Human Behaviour"));
            QVERIFY(m.conflicts.first().theirs.contains("Machine Psychology"));
        }
    }

    // The whole path: a README in a git clone, a contributor's change to it, edits in the store.
    void syncAndExport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString clone = dir.filePath(u"clone"_s);
        QVERIFY(QDir().mkpath(clone));
        QCOMPARE(QProcess::execute(u"git"_s, {u"init"_s, u"-q"_s, u"-b"_s, u"trunk"_s, clone}), 0);
        const QString readme = clone + u"/README.md"_s;
        QVERIFY(writeFile(readme, seed()));

        Store store;
        QVERIFY(store.open(dir.filePath(u"store.sqlite"_s)));
        const ImportReport r = importReadmeFile(store, readme, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        // Importing from a clone linked the list to it.
        const RepoLink link = store.repoLink(r.listId);
        QCOMPARE(QFileInfo(link.path).canonicalFilePath(), QFileInfo(clone).canonicalFilePath());
        QCOMPARE(link.readme, u"README.md"_s);
        QCOMPARE(link.remote, u"origin"_s);
        QCOMPARE(link.base, u"trunk"_s);
        QCOMPARE(store.syncedReadme(r.listId), seed());

        // Nothing changed anywhere: export writes nothing.
        ReadmeSync::ExportOutcome o = ReadmeSync::exportToRepository(store, r.listId);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(!o.written);

        // Here: a new paper and notes on an entry. There: a merged pull request adds one,
        // corrects one and removes one.
        const qint64 papersId = store.sections(r.listId).at(0).id;
        EntryFields f;
        f.authors
            = u"Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., "
              "Kaiser, L., & Polosukhin, I."_s;
        f.title = u"Attention is all you need"_s;
        f.url = u"https://arxiv.org/abs/1706.03762"_s;
        f.venue = u"NeurIPS"_s;
        f.yearText = u"2017"_s;
        f.year = 2017;
        QVERIFY(store.addEntry(papersId, f));
        const QList<qint64> machineIds = store.search(r.listId, u"Machine psychology"_s);
        QCOMPARE(machineIds.size(), 1);
        QVERIFY(store.setEntryExtras(machineIds.first(), u"read in June"_s, {}, {}));
        const int before = store.entryCount(r.listId);

        const QByteArray yu = "Yu, M., Wang, D., Shan, Q., & Wan, A.";
        QByteArray theirs = insertedAt(seed(), first, tribe);
        theirs = replaced(theirs, machinePsychology,
                          "[**Machine psychology**](https://arxiv.org/abs/2303.13988) Nature "
                          "Human Behaviour (2025)");
        theirs = without(theirs, yu);
        QVERIFY(writeFile(readme, theirs));

        // Export refuses to overwrite what it has not seen, and the file is untouched.
        o = ReadmeSync::exportToRepository(store, r.listId);
        QVERIFY(!o.ok);
        QVERIFY(o.needsSync);
        QVERIFY2(o.message.contains(u"changed outside"_s), qPrintable(o.message));
        QCOMPARE(Test::readFile(readme), theirs);

        const ReadmeSync::Check c = ReadmeSync::check(store, r.listId, theirs);
        QVERIFY(c.ok);
        QVERIFY(c.changedOutside);
        QVERIFY(c.merged.conflicts.isEmpty());
        QCOMPARE(c.added.size(), 1);
        QCOMPARE(c.edited, QStringList{u"Machine psychology"_s});
        QCOMPARE(c.removed, QStringList{u"The super weight in large language models"_s});

        // Removals need a yes; until then nothing changes.
        QString error;
        QVERIFY(!ReadmeSync::apply(store, r.listId, c, ReadmeSync::Prefer::Nobody, false, &error));
        QVERIFY2(error.contains(u"The super weight"_s), qPrintable(error));
        QCOMPARE(store.entryCount(r.listId), before);
        QCOMPARE(store.syncedReadme(r.listId), seed());

        QVERIFY2(ReadmeSync::apply(store, r.listId, c, ReadmeSync::Prefer::Nobody, true, &error),
                 qPrintable(error));
        QCOMPARE(store.entryCount(r.listId), before + 1 - 1);
        QCOMPARE(store.syncedReadme(r.listId), theirs);
        // The corrected entry kept its id and its notes; the new paper from here is still there.
        const auto machine = store.entry(machineIds.first());
        QVERIFY(machine);
        QCOMPARE(machine->fields.venue, u"Nature Human Behaviour"_s);
        QCOMPARE(machine->notes, u"read in June"_s);
        QCOMPARE(store.search(r.listId, u"Attention is all you need"_s).size(), 1);
        QCOMPARE(store.search(r.listId, u"TRIBE"_s).size(), 1);
        QCOMPARE(store.search(r.listId, u"super weight"_s).size(), 0);

        // Now export goes through, and against the repository's README it is one new paper.
        o = ReadmeSync::exportToRepository(store, r.listId);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(o.written);
        const QByteArray written = Test::readFile(readme);
        const TextDiff::Diff d = TextDiff::diff(theirs, written);
        QCOMPARE(d.hunks.size(), 1);
        QCOMPARE(d.added, 2);
        QCOMPARE(d.removed, 0);
        QVERIFY(written.contains("Attention is all you need"));

        // A clone that was not pulled since still has an older README: that is no news, and
        // export may write over it.
        QVERIFY(writeFile(readme, theirs));
        QVERIFY(!ReadmeSync::check(store, r.listId, theirs).changedOutside);
        o = ReadmeSync::exportToRepository(store, r.listId);
        QVERIFY2(o.ok && o.written, qPrintable(o.message));
        QCOMPARE(Test::readFile(readme), written);
    }

    void conflictNeedsAChoice()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"store.sqlite"_s)));
        const ImportReport r = importReadme(store, seed(), {});
        QVERIFY(r.ok);
        QVERIFY(store.setSyncedReadme(r.listId, seed()));
        const qint64 id = store.search(r.listId, u"Machine psychology"_s).first();
        auto e = store.entry(id);
        e->fields.venue = u"Nature Human Behaviour"_s;
        QVERIFY(store.updateEntry(id, e->fields));
        const QByteArray theirs = replaced(seed(), machinePsychology,
                                           "[**Machine Psychology**](https://arxiv.org/abs/"
                                           "2303.13988) arXiv (2025)");
        const ReadmeSync::Check c = ReadmeSync::check(store, r.listId, theirs);
        QCOMPARE(c.merged.conflicts.size(), 1);
        QString error;
        QVERIFY(!ReadmeSync::apply(store, r.listId, c, ReadmeSync::Prefer::Nobody, false, &error));
        QVERIFY2(error.contains(u"changed both here and in the repository"_s), qPrintable(error));
        QCOMPARE(store.entry(id)->fields.title, u"Machine psychology"_s);
        QVERIFY(ReadmeSync::apply(store, r.listId, c, ReadmeSync::Prefer::Theirs, false, &error));
        QCOMPARE(store.entry(id)->fields.title, u"Machine Psychology"_s);
        QCOMPARE(store.entry(id)->fields.venue, u"arXiv"_s);
    }

    void unlinkedListCannotExport()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"store.sqlite"_s)));
        const ImportReport r = importReadme(store, seed(), {});
        const ReadmeSync::ExportOutcome o = ReadmeSync::exportToRepository(store, r.listId);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"not linked"_s), qPrintable(o.message));
    }

    void detectsNoRepository()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"README.md"_s), "x"));
        QVERIFY(!detectRepository(dir.filePath(u"README.md"_s)));
    }
};

QTEST_GUILESS_MAIN(TestReadmeSync)
#include "tst_readmesync.moc"
