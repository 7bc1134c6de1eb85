#include "git/changesummary.h"
#include "markdown/readmereader.h"
#include "testdata.h"

#include <QDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

QByteArray seed()
{
    return Test::readFile(Test::seedReadmePath());
}

// The seed's line that starts with `start`, with its "\n".
QByteArray seedLine(const QByteArray &start)
{
    const QByteArray s = seed();
    const qsizetype at = s.indexOf(QByteArray('\n' + start)) + 1;
    if (at <= 0)
        qFatal("no seed line starts with %s", start.constData());
    return s.mid(at, s.indexOf('\n', at) + 1 - at);
}

// The entry and the blank line after it gone, as a contributor's +2/-0 change undone.
QByteArray without(QByteArray text, const QByteArray &line)
{
    const qsizetype at = text.indexOf(line);
    if (at < 0)
        qFatal("no such line: %s", line.constData());
    return text.remove(at, line.size() + 1);
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("no such text: %s", from.constData());
    return text.replace(from, to);
}

const QByteArray elm = "Spieler, A., Rahaman, N.";
const QByteArray granier = "Granier, A., & Senn, W.";
const QByteArray yu = "Yu, M., Wang, D.";
const QByteArray krotovAlone = "Krotov, Dmitry. [**Hierarchical";
const QByteArray krotovHopfield = "Krotov, D. & Hopfield, J.J.";
const QByteArray gebicke = "Gebicke-Haerter, P. J.";
const QByteArray wolff = " Anna Wolff, Martin Hebart.";

// A new paper placed above the ELM Neuron entry, as the exporter places a new 2023 paper.
QByteArray withNewPaper(const QByteArray &entryLine)
{
    const QByteArray s = seed();
    const QByteArray anchor = seedLine(elm);
    return replaced(s, anchor, QByteArray(entryLine + "\n\n" + anchor));
}

} // namespace

class TestChangeSummary : public QObject
{
    Q_OBJECT

private slots:
    void summary_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("edited");
        QTest::addColumn<int>("removed");
        QTest::addColumn<bool>("other");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("stem");

        const QByteArray s = seed();
        const QByteArray elmLine = seedLine(elm);

        QTest::newRow("nothing") << s << s << 0 << 0 << 0 << false << u"Update README"_s
                                 << u"update-readme"_s;
        QTest::newRow("add one") << without(s, elmLine) << s << 1 << 0 << 0 << false
                                 << u"Add \"The ELM Neuron\" (Spieler et al., 2023)"_s
                                 << u"add-elm-neuron-2023"_s;
        QTest::newRow("add three")
            << without(without(without(s, elmLine), seedLine(granier)), seedLine(yu)) << s << 3 << 0
            << 0 << false << u"Add 3 papers"_s << u"add-3-papers"_s;
        QTest::newRow("edit the year")
            << s << replaced(s, "/2306.16922.pdf) arXiv (2023)", "/2306.16922.pdf) arXiv (2024)")
            << 0 << 1 << 0 << false << u"Update \"The ELM Neuron\" (Spieler et al., 2024)"_s
            << u"update-elm-neuron-2024"_s;
        QTest::newRow("remove one")
            << s << without(s, elmLine) << 0 << 0 << 1 << false
            << u"Remove \"The ELM Neuron\" (Spieler et al., 2023)"_s << u"remove-elm-neuron-2023"_s;
        QTest::newRow("move one") << s
                                  << replaced(without(s, elmLine), seedLine(granier),
                                              QByteArray(seedLine(granier) + '\n' + elmLine))
                                  << 0 << 0 << 0 << true << u"Update README"_s
                                  << u"update-readme"_s;
        QTest::newRow("header only")
            << s << replaced(s, "This list is providing", "This list provides") << 0 << 0 << 0
            << true << u"Update README"_s << u"update-readme"_s;
        QTest::newRow("heading renamed")
            << s << replaced(s, "\n# Blogs\n", "\n# Blog posts\n") << 0 << 0 << 0 << true
            << u"Update README"_s << u"update-readme"_s;
        QTest::newRow("line endings only") << s << replaced(s, "\n", "\r\n") << 0 << 0 << 0 << true
                                           << u"Update README"_s << u"update-readme"_s;
        QTest::newRow("blank lines only")
            << s << replaced(s, ")\n\n\n# Reviews", ")\n\n# Reviews") << 0 << 0 << 0 << true
            << u"Update README"_s << u"update-readme"_s;
        QTest::newRow("add and edit the header")
            << without(s, elmLine) << replaced(s, "This list is providing", "This list provides")
            << 1 << 0 << 0 << true << u"Add \"The ELM Neuron\" (Spieler et al., 2023)"_s
            << u"add-elm-neuron-2023"_s;
        // Two authors; the title has no ':' to stop at, so it is cut to fit 72 characters.
        QTest::newRow("two authors, long title")
            << without(s, seedLine(granier)) << s << 1 << 0 << 0 << false
            << u"Add \"Multihead self-attention in…\" (Granier & Senn, 2025)"_s
            << u"add-multihead-self-attention-2025"_s;
        QTest::newRow("two authors, glued initials")
            << without(s, seedLine(krotovHopfield)) << s << 1 << 0 << 0 << false
            << u"Add \"Unsupervised learning by competing…\" (Krotov & Hopfield, 2019)"_s
            << u"add-unsupervised-learning-competing-2019"_s;
        QTest::newRow("one author")
            << without(s, seedLine(gebicke)) << s << 1 << 0 << 0 << false
            << u"Add \"The computational power of the human brain\" (Gebicke-Haerter, 2023)"_s
            << u"add-computational-power-human-brain-2023"_s;
        QTest::newRow("one author, MLA")
            << without(s, seedLine(krotovAlone)) << s << 1 << 0 << 0 << false
            << u"Add \"Hierarchical associative memory\" (Krotov, 2021)"_s
            << u"add-hierarchical-associative-memory-2021"_s;
        QTest::newRow("no year") << s << without(s, seedLine(wolff)) << 0 << 0 << 1 << false
                                 << u"Remove \"DNN vs. Brain and Behavior\" (Wolff & Hebart)"_s
                                 << u"remove-dnn-vs-brain-behavior"_s;
        QTest::newRow("umlauts and quotes")
            << s
            << withNewPaper("Müller, K., & Šimić, L. [**Über „Träume“: a ‘Straße’ to "
                            "Cognition**](https://example.org/traume) arXiv (2023)")
            << 1 << 0 << 0 << false
            << u"Add \"Über „Träume“: a ‘Straße’ to Cognition\" (Müller & Šimić, 2023)"_s
            << u"add-uber-traume-strasse-cognition-2023"_s;
        QTest::newRow("apostrophe and long words")
            << s
            << withNewPaper("d'Ascoli, S. [**Don’t Backpropagate Electrophysiologically-"
                            "Implausible Gradients**](https://example.org/d) arXiv (2023)")
            << 1 << 0 << 0 << false
            << u"Add \"Don’t Backpropagate Electrophysiologically-Impla…\" (d'Ascoli, 2023)"_s
            << u"add-dont-backpropagate-2023"_s;
        QTest::newRow("add two, edit one, remove one")
            << replaced(without(without(s, elmLine), seedLine(granier)),
                        "(https://arxiv.org/abs/2411.07191) arXiv (2024)",
                        "(https://arxiv.org/abs/2411.07191) NeurIPS (2024)")
            << without(s, seedLine(gebicke)) << 2 << 1 << 1 << false
            << u"Add 2 papers, update 1, remove 1"_s << u"update-readme"_s;
        QTest::newRow("edit one, remove two")
            << s
            << without(without(replaced(s, "2411.07191) arXiv (2024)", "2411.07191) arXiv (2023)"),
                               seedLine(granier)),
                       elmLine)
            << 0 << 1 << 2 << false << u"Update 1 papers, remove 2"_s << u"update-readme"_s;
        // Same arXiv id, new title and link form: one paper edited, not one replaced.
        QTest::newRow("paired by arXiv id")
            << s
            << replaced(s, elmLine,
                        "Spieler, A., & Levina, A. [**The ELM neuron**](https://arxiv.org/abs/"
                        "2306.16922v2) NeurIPS (2024)\n")
            << 0 << 1 << 0 << false << u"Update \"The ELM neuron\" (Spieler & Levina, 2024)"_s
            << u"update-elm-neuron-2024"_s;
        QTest::newRow("paired by DOI")
            << s
            << replaced(s, seedLine(gebicke),
                        "Gebicke-Haerter, P. J. [**Computing power of human brains**]"
                        "(https://doi.org/10.3389/FNCEL.2023.1220030) Frontiers (2023)\n")
            << 0 << 1 << 0 << false
            << u"Update \"Computing power of human brains\" (Gebicke-Haerter, 2023)"_s
            << u"update-computing-power-human-brains-2023"_s;
        QTest::newRow("paired by title")
            << s
            << replaced(s, "https://arxiv.org/pdf/2306.16922.pdf", "https://example.org/elm.pdf")
            << 0 << 1 << 0 << false << u"Update \"The ELM Neuron\" (Spieler et al., 2023)"_s
            << u"update-elm-neuron-2023"_s;
        QTest::newRow("a different paper in its place")
            << s
            << replaced(s, elmLine,
                        "Doe, J. [**Something else entirely**](https://example.org/e) arXiv "
                        "(2023)\n")
            << 1 << 0 << 1 << false << u"Add 1 papers, remove 1"_s << u"update-readme"_s;
        QTest::newRow("from empty")
            << QByteArray()
            << QByteArray(
                   "# Papers\n\nDoe, J. [**A paper title**](https://example.org/a) arXiv (2020)\n")
            << 1 << 0 << 0 << true << u"Add \"A paper title\" (Doe, 2020)"_s
            << u"add-paper-title-2020"_s;
    }

    void summary()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        QFETCH(int, added);
        QFETCH(int, edited);
        QFETCH(int, removed);
        QFETCH(bool, other);
        QFETCH(QString, subject);
        QFETCH(QString, stem);

        const ChangeSummary c = summarizeChange(oldText, newText);
        QCOMPARE(c.added.size(), added);
        QCOMPARE(c.edited.size(), edited);
        QCOMPARE(c.removed.size(), removed);
        QCOMPARE(c.otherChanges, other);
        QCOMPARE(c.isEmpty(), oldText == newText);
        QCOMPARE(c.commitSubject(), subject);
        QCOMPARE(c.pullRequestTitle(), subject);
        QVERIFY(c.commitSubject().size() <= 72);
        QCOMPARE(c.branchStem(), stem);
        QVERIFY(stem.size() <= 40);
    }

    // A large list read only around its changes gives the summary the whole reading gives:
    // held against it on the 26 real lists of the corpus and a 5,000-entry synthetic seed-style
    // list, for an added, a removed, an edited and a moved entry and a changed intro line.
    void regionsAgreeWithWholeReading()
    {
        QList<QPair<QString, QByteArray>> docs;
        const QDir lists(Test::dataDir() + u"/lists"_s);
        for (const QString &name : lists.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            if (name != u"README.md"_s && name != u"MANIFEST.md"_s)
                docs.append({name, Test::readFile(lists.filePath(name))});
        }
        // The seed's entries repeated past the size where summarizeChange reads regions.
        QByteArray big = seed();
        const qsizetype firstEntry = big.indexOf("\nEvanson") + 1;
        const QByteArray entries = big.mid(firstEntry, big.indexOf("\n# Reviews") - firstEntry);
        for (int i = 0; i < 50; ++i)
            big.insert(firstEntry,
                       QByteArray(entries).replace(
                           "**](", QByteArray("** " + QByteArray::number(i) + "](")));
        docs.append({u"synthetic"_s, big});

        int fast = 0, cases = 0;
        for (const auto &[name, text] : docs) {
            const Markdown::ReadResult read = Markdown::readReadme(text);
            QVERIFY(read.ok);
            const auto &es = read.readme.entries;
            if (es.size() < 6)
                continue;
            const QByteArrayView src(read.readme.source);
            auto rawOf = [&](qsizetype k) {
                return es[k].raw.in(src).toByteArray();
            };
            const Markdown::ParsedEntry &a = es[es.size() / 3];
            const Markdown::ParsedEntry &b = es[2 * es.size() / 3];
            const QByteArray aRaw = rawOf(es.size() / 3);
            const QByteArray bRaw = rawOf(2 * es.size() / 3);
            const bool unique
                = text.count(a.parts.title.in(src)) == 1 && text.count(b.parts.title.in(src)) == 1;
            QList<QPair<const char *, QByteArray>> edits;
            // Another paper after `a`, written as `a` is.
            QByteArray added = text;
            added.insert(a.raw.end(), QByteArray(aRaw).replace("a", "e"));
            edits.append({"added", added});
            QByteArray removed = text;
            removed.remove(b.raw.begin, b.raw.size);
            edits.append({"removed", removed});
            QByteArray edited = text;
            const qsizetype t = a.parts.title.begin;
            if (a.parts.title.size > 2) {
                edited.insert(t + 1, "X");
                edits.append({"edited", edited});
            }
            QByteArray moved = text;
            moved.remove(b.raw.begin, b.raw.size);
            moved.insert(a.raw.begin, bRaw);
            edits.append({"moved", moved});
            QByteArray intro = text;
            intro.insert(es[es.size() / 2].raw.begin, "Some words of the maintainer.\n\n");
            edits.append({"intro", intro});

            for (const auto &[what, changed] : edits) {
                ++cases;
                const auto regions = Detail::summarizeChangedRegions(text, changed);
                if (!regions)
                    continue;
                ++fast;
                const ChangeSummary whole = Detail::summarizeWholeDocuments(text, changed);
                auto titles = [](const QList<ChangeSummary::Item> &items) {
                    QStringList t;
                    for (const ChangeSummary::Item &i : items)
                        t << i.title;
                    return t;
                };
                const QString where = name + u" "_s + QString::fromLatin1(what);
                QVERIFY2(titles(regions->added) == titles(whole.added), qPrintable(where));
                QVERIFY2(titles(regions->edited) == titles(whole.edited), qPrintable(where));
                QVERIFY2(titles(regions->removed) == titles(whole.removed), qPrintable(where));
                // A list that holds the paper twice (one list has one paper five times) pairs
                // the whole reading's copy with another section's: it then sees a move the
                // region reading rightly does not.
                if (unique)
                    QVERIFY2(regions->otherChanges == whole.otherChanges, qPrintable(where));
                QCOMPARE(regions->commitSubject(), whole.commitSubject());
            }
        }
        qInfo("%d of %d changes summarized from their regions", fast, cases);
        QVERIFY(fast >= cases / 3); // most lists are read by regions (tables and HTML are not)
    }

    void items()
    {
        const QByteArray s = seed();
        const ChangeSummary c = summarizeChange(without(s, seedLine(elm)), s);
        QCOMPARE(c.added.size(), 1);
        const ChangeSummary::Item &i = c.added.constFirst();
        QCOMPARE(i.title,
                 u"The ELM Neuron: an Efficient and Expressive Cortical Neuron Model Can Solve "
                 "Long-Horizon Tasks"_s);
        QCOMPARE(i.authors,
                 u"Spieler, A., Rahaman, N., Martius, G., Schölkopf, B., & Levina, A."_s);
        QCOMPARE(i.firstAuthorSurname, u"Spieler"_s);
        QCOMPARE(i.year, 2023);
        QCOMPARE(i.url, u"https://arxiv.org/pdf/2306.16922.pdf"_s);
    }

    void bodies()
    {
        const QByteArray s = seed();
        const QByteArray old
            = replaced(without(without(s, seedLine(elm)), seedLine(krotovHopfield)),
                       "This list is providing", "This list provides");
        const ChangeSummary c = summarizeChange(old, without(s, seedLine(wolff)));
        QCOMPARE(c.commitSubject(), u"Add 2 papers, remove 1"_s);
        const QString body
            = u"- Add \"The ELM Neuron: an Efficient and Expressive Cortical Neuron Model Can "
              "Solve Long-Horizon Tasks\" (Spieler et al., 2023)\n"
              "- Add \"Unsupervised learning by competing hidden units\" (Krotov & Hopfield, "
              "2019)\n"
              "- Remove \"DNN vs. Brain and Behavior\" (Wolff & Hebart)\n"
              "- Other changes to the README"_s;
        QCOMPARE(c.commitBody(), body);
        QCOMPARE(c.pullRequestBody(), body + u"\n\nMade with Awesome Curator."_s);

        const ChangeSummary header
            = summarizeChange(s, replaced(s, "This list is providing", "This list provides"));
        QCOMPARE(header.commitBody(), QString());
        QCOMPARE(header.pullRequestBody(), u"Made with Awesome Curator."_s);
    }
};

QTEST_GUILESS_MAIN(TestChangeSummary)
#include "tst_changesummary.moc"
