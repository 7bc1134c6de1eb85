// A contribution read as entries (issue 17): the seed list changed the ways real pull requests
// change it, and every list of the corpus checked against itself.
#include "review/contribution.h"
#include "testdata.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using Review::ContributionReview;
using Review::EntryChange;
using Review::Finding;

class TestContribution : public QObject
{
    Q_OBJECT

    QByteArray m_seed;

    // The seed with `text` inserted before its first paper (the top of "# Papers", 2025).
    QByteArray withAtTop(const QByteArray &text) const
    {
        QByteArray head = m_seed;
        const qsizetype at = head.indexOf("Evanson, L., Bulteau");
        head.insert(at, text);
        return head;
    }

    static QStringList codes(const ContributionReview &r)
    {
        QStringList out;
        for (const Finding &f : r.findings)
            out << f.severityKey() + u' ' + f.code;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_seed = Test::readFile(Test::seedReadmePath());
        QVERIFY(!m_seed.isEmpty());
    }

    void unchangedIsNothing()
    {
        const ContributionReview r = Review::reviewContribution(m_seed, m_seed);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.changes.isEmpty());
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(r.entryTemplate, u"{authors} [**{title}**]({url}) {venue} ({year})"_s);
    }

    // The maintainer's own hunk of FORMAT.md: one paper at the top of its year.
    void correctEntry()
    {
        const ContributionReview r = Review::reviewContribution(
            m_seed,
            withAtTop("d'Ascoli, S., Rapin, J., Benchetrit, Y., Banville, H., & King, J. R. "
                      "[**TRIBE: TRImodal Brain Encoder for whole-brain fMRI response "
                      "prediction**](https://www.arxiv.org/abs/2507.22229) arXiv (2025)\n\n"));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.added(), 1);
        QCOMPARE(r.changed(), 0);
        QCOMPARE(r.removed(), 0);
        const EntryChange &c = r.changes.constFirst();
        QCOMPARE(c.after->line, 15);
        QCOMPARE(c.after->section, u"Papers"_s);
        QCOMPARE(c.after->fields.arxivId, u"2507.22229"_s);
        QCOMPARE(c.after->fields.year, 2025);
        QVERIFY2(r.findings.isEmpty(), qPrintable(codes(r).join(u", "_s)));
    }

    void outOfYearOrder()
    {
        const ContributionReview r = Review::reviewContribution(
            m_seed,
            withAtTop("Smith, A., & Jones, B. [**An older study of cortical "
                      "columns**](https://arxiv.org/abs/1901.01234) arXiv (2019)\n\n"));
        QCOMPARE(codes(r), QStringList{u"error order"_s});
        const Finding &f = r.findings.constFirst();
        QCOMPARE(f.line, 15);
        // Above the first 2019 paper of the new README, at the top of its year.
        QVERIFY2(f.message.contains(u"2019 goes above line 111"_s), qPrintable(f.message));
        QVERIFY2(f.message.contains(u"Dendritic solutions to the credit assignment problem"_s),
                 qPrintable(f.message));
        QCOMPARE(r.errors(), 1);
    }

    // Within its year but below another of the same year: a warning, not an error.
    void notAtTheTopOfItsYear()
    {
        QByteArray head = m_seed;
        const qsizetype at = head.indexOf("Hagendorff, T., Dasgupta");
        head.insert(at,
                    "Roe, R. [**Another 2025 paper on brains**](https://arxiv.org/abs/2508.00001) "
                    "arXiv (2025)\n\n");
        const ContributionReview r = Review::reviewContribution(m_seed, head);
        QCOMPARE(codes(r), QStringList{u"warning order"_s});
        QVERIFY(r.findings.constFirst().message.contains(u"above line 15"_s));
    }

    // The preprint the list has, in another version and under a shorter title.
    void duplicateOfAListedPreprint()
    {
        const ContributionReview r = Review::reviewContribution(
            m_seed,
            withAtTop("Spieler, A., Rahaman, N., Martius, G., Schölkopf, B., & Levina, "
                      "A. [**The ELM Neuron**](https://arxiv.org/abs/2306.16922v3) arXiv "
                      "(2025)\n\n"));
        QCOMPARE(codes(r), QStringList{u"error duplicate"_s});
        const QString m = r.findings.constFirst().message;
        QVERIFY2(m.contains(u"Already listed at line 39"_s), qPrintable(m));
        QVERIFY2(m.contains(u"2306.16922v3 here"_s), qPrintable(m));
        // The same paper by title only (a published version of a listed preprint).
        const ContributionReview byTitle = Review::reviewContribution(
            m_seed,
            withAtTop("Spieler, A. [**The ELM Neuron: an Efficient and Expressive "
                      "Cortical Neuron Model Can Solve Long-Horizon "
                      "Tasks**](https://openreview.net/forum?id=vE1e1mLJ0U) ICLR "
                      "(2025)\n\n"));
        QCOMPARE(codes(byTitle), QStringList{u"error duplicate"_s});
        QVERIFY(byTitle.findings.constFirst().message.contains(u"preprint"_s));
    }

    void linkInsideTheAddress()
    {
        const ContributionReview r = Review::reviewContribution(
            m_seed,
            withAtTop("Doe, J. [**Brains and transformers**]([https://arxiv.org/abs/"
                      "2507.11111](https://arxiv.org/abs/2507.11111)) arXiv (2025)\n\n"));
        QCOMPARE(codes(r), QStringList{u"error malformed-link"_s});
        QCOMPARE(r.findings.constFirst().fix,
                 u"Doe, J. [**Brains and transformers**](https://arxiv.org/abs/2507.11111) arXiv "
                 "(2025)"_s);
        // The address written as the link's text.
        const ContributionReview own = Review::reviewContribution(
            m_seed,
            withAtTop("Doe, J. [https://arxiv.org/abs/2507.11111](https://arxiv.org/abs/"
                      "2507.11111) arXiv (2025)\n\n"));
        QVERIFY2(codes(own).contains(u"error malformed-link"_s)
                     || codes(own).contains(u"error grammar"_s),
                 qPrintable(codes(own).join(u", "_s)));
        QVERIFY(own.errors() >= 1);
    }

    // "- [Name](link) - description" in a list of paragraphs: the entry as the list writes it.
    void anotherGrammar()
    {
        const ContributionReview r = Review::reviewContribution(
            m_seed,
            withAtTop("- [Brains and transformers](https://arxiv.org/abs/2507.11111) - A "
                      "study of both.\n\n"));
        QCOMPARE(codes(r), QStringList{u"error grammar"_s});
        const Finding &f = r.findings.constFirst();
        QVERIFY2(f.message.contains(u"bullet"_s), qPrintable(f.message));
        QCOMPARE(f.fix, u"[**Brains and transformers**](https://arxiv.org/abs/2507.11111)"_s);
    }

    // Text the reader cannot take as an entry at all, where entries stand.
    void notAnEntry()
    {
        const ContributionReview r = Review::reviewContribution(
            m_seed, withAtTop("Please add https://example.org/a-paper-about-brains thanks\n\n"));
        QCOMPARE(r.added(), 0);
        QCOMPARE(codes(r), QStringList{u"error grammar"_s});
        QCOMPARE(r.findings.constFirst().line, 15);
        QVERIFY(r.findings.constFirst().message.startsWith(u"Not read as an entry"_s));
    }

    void removedEntry()
    {
        QByteArray head = m_seed;
        const qsizetype at = head.indexOf("Granier, A., & Senn");
        const qsizetype end = head.indexOf("\n\n", at) + 2;
        head.remove(at, end - at);
        const ContributionReview r = Review::reviewContribution(m_seed, head);
        QCOMPARE(r.removed(), 1);
        QCOMPARE(r.added(), 0);
        QCOMPARE(r.changes.constFirst().before->fields.arxivId, u"2504.06354"_s);
        QCOMPARE(codes(r), QStringList{u"warning removed"_s});
        QCOMPARE(r.errors(), 0);
    }

    // An edited entry is one change, not a removal and an addition.
    void changedEntry()
    {
        QByteArray head = m_seed;
        head.replace("[**Machine psychology**](https://arxiv.org/abs/2303.13988) arXiv (2025)",
                     "[**Machine psychology**](https://arxiv.org/abs/2303.13988) Nature Human "
                     "Behaviour (2025)");
        const ContributionReview r = Review::reviewContribution(m_seed, head);
        QCOMPARE(r.changed(), 1);
        QCOMPARE(r.added() + r.removed(), 0);
        const EntryChange &c = r.changes.constFirst();
        QCOMPARE(c.before->fields.venue, u"arXiv"_s);
        QCOMPARE(c.after->fields.venue, u"Nature Human Behaviour"_s);
        QVERIFY(r.findings.isEmpty());
    }

    void blogAmongPapers()
    {
        const ContributionReview r = Review::reviewContribution(
            m_seed,
            withAtTop("Doe, J. [**What brains teach transformers**](https://medium.com/"
                      "@doe/what-brains-teach-transformers-1234) Medium (2025)\n\n"));
        QCOMPARE(codes(r), QStringList{u"warning section"_s});
        QVERIFY(r.findings.constFirst().message.contains(u"“Blogs”"_s));
    }

    void unreadable()
    {
        const ContributionReview r = Review::reviewContribution(m_seed, QByteArray("a\0b", 3));
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.changes.isEmpty());
    }

    // Every list of the corpus: unchanged is nothing; its first entry written twice is a
    // duplicate, whatever the list's form.
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(Test::dataDir() + u"/lists"_s);
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files)) {
            if (name == u"README.md"_s || name == u"MANIFEST.md"_s)
                continue;
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void corpus()
    {
        QFETCH(QString, path);
        const QByteArray list = Test::readFile(path);
        const ContributionReview same = Review::reviewContribution(list, list);
        QVERIFY2(same.error.isEmpty(), qPrintable(same.error));
        QVERIFY(same.changes.isEmpty());
        QVERIFY(same.findings.isEmpty());

        const Markdown::ReadResult read = Markdown::readReadme(list);
        QVERIFY(read.ok);
        QVERIFY(!read.readme.entries.isEmpty());
        const Markdown::ParsedEntry &first = read.readme.entries.constFirst();
        // Offsets are those of the text without a BOM.
        QByteArray twice = read.readme.source;
        QByteArray raw = first.raw.in(read.readme.source).toByteArray();
        // Written before it, with the blank line that separates entries where the list has one.
        const QByteArrayView after = QByteArrayView(read.readme.source).sliced(first.raw.end());
        if (after.startsWith("\r\n"))
            raw += "\r\n";
        else if (after.startsWith("\n"))
            raw += "\n";
        twice.insert(first.raw.begin, raw);
        const ContributionReview dup = Review::reviewContribution(read.readme.source, twice);
        QVERIFY2(dup.error.isEmpty(), qPrintable(dup.error));
        QCOMPARE(dup.added(), 1);
        bool found = false;
        for (const Finding &f : dup.findings)
            found = found || f.code == u"duplicate"_s;
        QVERIFY2(found, qPrintable(codes(dup).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestContribution)
#include "tst_contribution.moc"
