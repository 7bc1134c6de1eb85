#include "markdown/entryforms.h"
#include "markdown/readmereader.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Markdown;

class TestReadmeReader : public QObject
{
    Q_OBJECT

private:
    // Every byte of the source belongs to exactly one part, in order: the reader loses nothing.
    static QByteArray reassemble(const ParsedReadme &doc)
    {
        const QByteArrayView s(doc.source);
        QByteArray out = doc.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        out += doc.header.in(s).toByteArray();
        for (const ParsedSection &sec : doc.sections) {
            out += sec.heading.in(s).toByteArray();
            out += sec.intro.in(s).toByteArray();
            for (qsizetype i = 0; i < sec.entryCount; ++i) {
                const ParsedEntry &e = doc.entries.at(sec.firstEntry + i);
                out += e.raw.in(s).toByteArray();
                out += e.trail.in(s).toByteArray();
            }
        }
        out += doc.trailer.in(s).toByteArray();
        return out;
    }

private slots:
    void seedStructure()
    {
        const ReadResult r = readReadme(Test::readFile(Test::seedReadmePath()));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const ParsedReadme &doc = r.readme;
        QCOMPARE(doc.title, u"Awesome NeuroAI Papers"_s);
        QCOMPARE(doc.sections.size(), 4);
        QCOMPARE(doc.sections[0].title, u"Papers"_s);
        QCOMPARE(doc.sections[1].title, u"Reviews"_s);
        QCOMPARE(doc.sections[2].title, u"Blogs"_s);
        QCOMPARE(doc.sections[3].title, u"More awesome lists"_s);
        QCOMPARE(doc.entries.size(), 110);
        QCOMPARE(doc.sections[2].entryCount, 3);
        QCOMPARE(doc.sections[3].entryCount, 2);
        QVERIFY(doc.warnings.isEmpty());
        QVERIFY(!doc.bom);
        QCOMPARE(doc.eol, QByteArray("\n"));
        QVERIFY(doc.finalNewline);
        QVERIFY(doc.header.in(doc.source)
                    .endsWith("send a [pull request](https://github.com/"
                              "CYHSM/awesome-neuro-ai-papers/pulls).\n\n"));
        // The two blank lines before "# Reviews" stay with the last paper.
        const ParsedEntry &lastPaper = doc.entries.at(doc.sections[0].entryCount - 1);
        QCOMPARE(lastPaper.trail.in(doc.source).toByteArray(), QByteArray("\n\n"));
        // The whitespace-only line between the last two entries is kept as their separator.
        QCOMPARE(doc.entries[108].trail.in(doc.source).toByteArray(), QByteArray(" \n"));
        QCOMPARE(reassemble(doc), Test::readFile(Test::seedReadmePath()));
    }

    void seedFields()
    {
        const ReadResult r = readReadme(Test::readFile(Test::seedReadmePath()));
        QVERIFY(r.ok);
        int withYear = 0, withArxiv = 0, withDoi = 0;
        for (const ParsedEntry &e : r.readme.entries) {
            const EntryFields f = fieldsOf(r.readme.source, e.parts);
            QVERIFY2(!f.title.isEmpty(), qPrintable(u"line %1"_s.arg(e.line)));
            QVERIFY2(f.url.startsWith(u"http"_s), qPrintable(u"line %1"_s.arg(e.line)));
            withYear += f.year > 0;
            withArxiv += !f.arxivId.isEmpty();
            withDoi += !f.doi.isEmpty();
        }
        // Only the two "More awesome lists" entries have no year.
        QCOMPARE(withYear, 108);
        // The seed's links carry 39 arXiv ids and 34 DOIs (tst_identifier checks each link).
        QCOMPARE(withArxiv, 39);
        QCOMPARE(withDoi, 34);
    }

    void entryVariants_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<QString>("authors");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("venue");
        QTest::addColumn<QString>("yearText");
        QTest::addColumn<int>("year");

        QTest::newRow("apa") << QByteArray("Granier, A., & Senn, W. [**Multihead self-attention in "
                                           "cortico-thalamic circuits**](https://arxiv.org/abs/"
                                           "2504.06354) arXiv (2025)\n")
                             << u"Granier, A., & Senn, W."_s
                             << u"Multihead self-attention in cortico-thalamic circuits"_s
                             << u"https://arxiv.org/abs/2504.06354"_s << u"arXiv"_s << u"2025"_s
                             << 2025;
        QTest::newRow("conference in year")
            << QByteArray("AlKhamissi, B., & Schrimpf, M. [**The LLM Language Network**](https://"
                          "arxiv.org/abs/2411.02280) arXiv (NAACL 2025)\n")
            << u"AlKhamissi, B., & Schrimpf, M."_s << u"The LLM Language Network"_s
            << u"https://arxiv.org/abs/2411.02280"_s << u"arXiv"_s << u"NAACL 2025"_s << 2025;
        QTest::newRow("comma after link")
            << QByteArray("Zador, M.Z. [**A critique of pure learning**](https://www.nature.com/"
                          "articles/s41467-019-11786-6), Nature Communications, (2019)\n")
            << u"Zador, M.Z."_s << u"A critique of pure learning"_s
            << u"https://www.nature.com/articles/s41467-019-11786-6"_s << u"Nature Communications"_s
            << u"2019"_s << 2019;
        QTest::newRow("period after year")
            << QByteArray("Guerguiev, Jordan, and Blake A. Richards. [**Towards deep learning with "
                          "segregated dendrites.**](https://www.ncbi.nlm.nih.gov/pmc/articles/"
                          "PMC5716677/) ELife (2017). \n")
            << u"Guerguiev, Jordan, and Blake A. Richards."_s
            << u"Towards deep learning with segregated dendrites."_s
            << u"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5716677/"_s << u"ELife"_s << u"2017"_s
            << 2017;
        QTest::newRow("balanced parentheses in url")
            << QByteArray("Botvinick, M. [**Deep Reinforcement Learning**](https://www.cell.com/"
                          "neuron/fulltext/S0896-6273(20)30468-2) Neuron (2020)\n")
            << u"Botvinick, M."_s << u"Deep Reinforcement Learning"_s
            << u"https://www.cell.com/neuron/fulltext/S0896-6273(20)30468-2"_s << u"Neuron"_s
            << u"2020"_s << 2020;
        QTest::newRow("newline inside link text")
            << QByteArray(
                   "Zenke, F. [**Learning in spiking neural networks\n.**](https://arxiv.org/"
                   "abs/1705.11146) arXiv (2017)\n")
            << u"Zenke, F."_s << u"Learning in spiking neural networks ."_s
            << u"https://arxiv.org/abs/1705.11146"_s << u"arXiv"_s << u"2017"_s << 2017;
        QTest::newRow("line break separator")
            << QByteArray("Krotov, D. & Hopfield, J.J. \n[**Dense Associative Memory**](https://"
                          "arxiv.org/abs/1606.01164) arXiv (2016)\n")
            << u"Krotov, D. & Hopfield, J.J."_s << u"Dense Associative Memory"_s
            << u"https://arxiv.org/abs/1606.01164"_s << u"arXiv"_s << u"2016"_s << 2016;
        QTest::newRow("year inside authors")
            << QByteArray("Kietzmann, T. C., & Kriegeskorte, N. (2018). [**Deep neural networks in "
                          "computational neuroscience**](https://www.biorxiv.org/content/biorxiv/"
                          "early/2018/06/05/133504.full.pdf) BioRxiv, (2018)\n")
            << u"Kietzmann, T. C., & Kriegeskorte, N. (2018)."_s
            << u"Deep neural networks in computational neuroscience"_s
            << u"https://www.biorxiv.org/content/biorxiv/early/2018/06/05/133504.full.pdf"_s
            << u"BioRxiv"_s << u"2018"_s << 2018;
        QTest::newRow("no venue, no year, spaces around")
            << QByteArray(" Anna Wolff, Martin Hebart. [**DNN vs. Brain and Behavior**](https://"
                          "vicco-group.github.io/DNN_vs_brain-and-behavior/) \n")
            << u"Anna Wolff, Martin Hebart."_s << u"DNN vs. Brain and Behavior"_s
            << u"https://vicco-group.github.io/DNN_vs_brain-and-behavior/"_s << QString()
            << QString() << 0;
        QTest::newRow("blog without venue")
            << QByteArray("Mineault, Patrick [**Unsupervised models of the brain**](https://xcorr."
                          "net/2021/12/31/2021-in-review-unsupervised-brain-models/) (2021)\n")
            << u"Mineault, Patrick"_s << u"Unsupervised models of the brain"_s
            << u"https://xcorr.net/2021/12/31/2021-in-review-unsupervised-brain-models/"_s
            << QString() << u"2021"_s << 2021;
        QTest::newRow("bold title without link")
            << QByteArray("Hinton, G. **Learning representations** Nature (1986)\n")
            << u"Hinton, G."_s << u"Learning representations"_s << QString() << u"Nature"_s
            << u"1986"_s << 1986;
        QTest::newRow("escapes in title")
            << QByteArray("Doe, J. [**A \\[bracketed\\] \\*title\\* &amp; more**](https://example."
                          "org/a\\_b) Venue (2001)\n")
            << u"Doe, J."_s << u"A [bracketed] *title* & more"_s << u"https://example.org/a_b"_s
            << u"Venue"_s << u"2001"_s << 2001;
        QTest::newRow("angle destination")
            << QByteArray("Doe, J. [**Spaces**](<https://example.org/a b>) Venue (2001)\n")
            << u"Doe, J."_s << u"Spaces"_s << u"https://example.org/a b"_s << u"Venue"_s
            << u"2001"_s << 2001;
        QTest::newRow("bullet") << QByteArray(
            "- [Zeal](https://zealdocs.org) - Offline documentation browser.\n")
                                << QString() << u"Zeal"_s << u"https://zealdocs.org"_s
                                << u"Offline documentation browser."_s << QString() << 0;
        QTest::newRow("bullet with paper form")
            << QByteArray("* Doe, J. [**Paper**](https://example.org) Venue (1999)\n")
            << u"Doe, J."_s << u"Paper"_s << u"https://example.org"_s << u"Venue"_s << u"1999"_s
            << 1999;
    }

    void entryVariants()
    {
        QFETCH(QByteArray, block);
        const auto parts = parseEntryBlock(block);
        QVERIFY(parts.has_value());
        const EntryFields f = fieldsOf(block, *parts);
        QTEST(f.authors, "authors");
        QTEST(f.title, "title");
        QTEST(f.url, "url");
        QTEST(f.venue, "venue");
        QTEST(f.yearText, "yearText");
        QTEST(f.year, "year");
    }

    void notEntries_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::newRow("intro paragraph")
            << QByteArray("In case important papers are missing please send a [pull request]"
                          "(https://github.com/x/y/pulls).\n");
        QTest::newRow("blockquote") << QByteArray("> A curated list of [**Papers**](#papers)\n");
        QTest::newRow("table of contents") << QByteArray("- [Papers](#papers)\n");
        QTest::newRow("html") << QByteArray("<p align=\"center\">\n</p>\n");
        QTest::newRow("plain") << QByteArray("Just some words.\n");
        QTest::newRow("cut link") << QByteArray("Doe, J. [**Title**](https://arx");
        QTest::newRow("bold without year") << QByteArray("**Note:** contributions welcome.\n");
    }

    void notEntries()
    {
        QFETCH(QByteArray, block);
        QVERIFY(!parseEntryBlock(block).has_value());
    }

    void lossless_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("sections");
        QTest::addColumn<int>("entries");
        const QByteArray e1 = "Doe, J. [**One**](https://a.org/1) Venue (2001)";
        const QByteArray e2 = "Roe, R. [**Two**](https://a.org/2) Venue (2000)";
        QTest::newRow("heading glued to entry")
            << QByteArray("# T\n\nintro\n\n# Papers\n" + e1 + "\n\n" + e2 + "\n") << 1 << 2;
        QTest::newRow("crlf") << QByteArray("# T\r\n\r\n# Papers\r\n\r\n" + e1 + "\r\n\r\n" + e2
                                            + "\r\n")
                              << 1 << 2;
        QTest::newRow("no final newline")
            << QByteArray("# T\n\n# Papers\n\n" + e1 + "\n\n" + e2) << 1 << 2;
        QTest::newRow("note between entries")
            << QByteArray("# T\n\n# Papers\n\n" + e1
                          + "\n\n<details>\n<summary>more</summary>\n\n"
                            "hidden\n</details>\n\n"
                          + e2 + "\n")
            << 1 << 2;
        QTest::newRow("code fence with hash") << QByteArray(
            "# T\n\n# Papers\n\n```\n# not a heading\n" + e1 + "\n```\n\n" + e2 + "\n")
                                              << 1 << 1;
        QTest::newRow("nested sections")
            << QByteArray("# T\n\n## A\n\n### A1\n\n" + e1 + "\n\n## B\n\n" + e2
                          + "\n\n## License\n"
                            "\nCC0\n")
            << 4 << 2;
        QTest::newRow("awesome bullets") << QByteArray(
            "# Awesome X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
            "\n\n> Things.\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n- [A]"
            "(https://a.org) - Does a.\n- [B](https://b.org) - Does b.\n  - nested "
            "note\n\n## Footnotes\n\nText.\n")
                                         << 3 << 2;
        QTest::newRow("trailer") << QByteArray("# T\n\n# Papers\n\n" + e1 + "\n\n---\n\nFooter.\n")
                                 << 1 << 1;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF# T\n\n# Papers\n\n" + e1 + "\n") << 1 << 1;
        QTest::newRow("no sections") << QByteArray("Just text.\n") << 0 << 0;
    }

    void lossless()
    {
        QFETCH(QByteArray, text);
        const ReadResult r = readReadme(text);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(reassemble(r.readme), text);
        QTEST(int(r.readme.sections.size()), "sections");
        QTEST(int(r.readme.entries.size()), "entries");
    }

    void detailsOfShapes()
    {
        const QByteArray e1 = "Doe, J. [**One**](https://a.org/1) Venue (2001)";
        ReadResult r = readReadme("# T\r\n\r\n# Papers\r\n\r\n" + e1 + "\r\n");
        QVERIFY(r.ok);
        QCOMPARE(r.readme.eol, QByteArray("\r\n"));
        r = readReadme("\xEF\xBB\xBF# T\n\n# Papers\n\n" + e1);
        QVERIFY(r.ok);
        QVERIFY(r.readme.bom);
        QVERIFY(!r.readme.finalNewline);
        r = readReadme("# T\n\n# Papers\n\n" + e1 + "\n\n---\n\nFooter.\n");
        QCOMPARE(r.readme.trailer.in(r.readme.source).toByteArray(),
                 QByteArray("---\n\nFooter.\n"));
        QCOMPARE(r.readme.entries[0].trail.in(r.readme.source).toByteArray(), QByteArray("\n"));
        r = readReadme("# Awesome X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
                       "\n\n## Tools\n\n- [A](https://a.org) - Does a.\n");
        QCOMPARE(r.readme.title, u"Awesome X"_s);
        QCOMPARE(r.readme.sections[0].level, 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << 0 << u"empty"_s;
        QTest::newRow("blank") << QByteArray("  \n\n\t\n") << 0 << u"empty"_s;
        QTest::newRow("latin-1") << QByteArray("# T\n\n# Papers\n\nM\xfcller, A.\n") << 5
                                 << u"UTF-8"_s;
        QTest::newRow("cut utf-8") << QByteArray("# T\n\nSch\xc3") << 3 << u"UTF-8"_s;
        QTest::newRow("overlong") << QByteArray("# T\n\xc0\xaf\n") << 2 << u"UTF-8"_s;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 1 << u"UTF-8"_s;
        QTest::newRow("nul") << QByteArray("# T\n\nabc\0def", 12) << 3 << u"NUL"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        const ReadResult r = readReadme(data);
        QVERIFY(!r.ok);
        QTEST(r.error.line, "line");
        QFETCH(QString, message);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
    }

    void cutLinkIsWarned()
    {
        const ReadResult r = readReadme("# T\n\n# Papers\n\nDoe, J. [**One**](https://a.org/1) V "
                                        "(2001)\n\nRoe, R. [**Two**](https://arx");
        QVERIFY(r.ok);
        QCOMPARE(r.readme.entries.size(), 1);
        QCOMPARE(r.readme.warnings.size(), 1);
        QCOMPARE(r.readme.warnings[0].line, 7);
    }

    void yearFrom_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::newRow("plain") << u"2023"_s << 2023;
        QTest::newRow("conference") << u"NAACL 2025"_s << 2025;
        QTest::newRow("none") << u"in press"_s << 0;
        QTest::newRow("five digits") << u"12345"_s << 0;
        QTest::newRow("last wins") << u"2019/2020"_s << 2020;
        QTest::newRow("out of range") << u"0999"_s << 0;
    }

    void yearFrom()
    {
        QFETCH(QString, text);
        QTEST(Markdown::yearFrom(text), "year");
    }

    void headingTitle_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("level");
        QTest::newRow("seed title")
            << QByteArray("# Awesome NeuroAI Papers [![Awesome](https://cdn.rawgit.com/x/badge.svg)"
                          "](https://github.com/sindresorhus/awesome) ")
            << u"Awesome NeuroAI Papers"_s << 1;
        QTest::newRow("closing hashes") << QByteArray("## Tools ##") << u"Tools"_s << 2;
        QTest::newRow("link kept as text")
            << QByteArray("### [Docs](https://d.org) & more") << u"Docs & more"_s << 3;
        QTest::newRow("hash in word") << QByteArray("# C# tools") << u"C# tools"_s << 1;
    }

    void headingTitle()
    {
        QFETCH(QByteArray, line);
        int level = 0;
        QTEST(Markdown::headingTitle(line, &level), "title");
        QTEST(level, "level");
    }

    // Entry shapes of real lists, each read with its fields (the corpus test holds the whole
    // lists; these name what each rule is for).
    void entryShapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("authors");
        QTest::addColumn<QString>("venue");
        QTest::addColumn<int>("year");
        QTest::newRow("year inside a bold title, names after it, a handle-like label")
            << QByteArray("- **Long Short-term Memory (1997)**, Hochreiter and Schmidhuber, "
                          "[@Springer](https://example.org/lstm) \xF0\x9F\x94\x92.\n")
            << u"Long Short-term Memory"_s << u"https://example.org/lstm"_s
            << u"Hochreiter and Schmidhuber"_s << QString() << 1997;
        QTest::newRow("names on a nested line with an italic venue")
            << QByteArray("-   A Theoretical Analysis of Contrastive Learning.\n"
                          "    [[pdf]](https://arxiv.org/pdf/1902.09229.pdf)\n"
                          "    -   Sanjeev Arora, Hrishikesh Khandeparkar, and Nikunj Saunshi. "
                          "*ICML 2019*\n")
            << u"A Theoretical Analysis of Contrastive Learning"_s
            << u"https://arxiv.org/pdf/1902.09229.pdf"_s
            << u"Sanjeev Arora, Hrishikesh Khandeparkar, and Nikunj Saunshi"_s << u"ICML"_s << 2019;
        QTest::newRow("a short venue alone after the title")
            << QByteArray(
                   "1. **OpenPrompt: An Open-source Framework.** Preprint.\n\n"
                   "   *Ning Ding, Shengding Hu* [[pdf](https://arxiv.org/pdf/2111.01998.pdf)],"
                   " [[project](https://github.com/x/y)], 2021.11\n")
            << u"OpenPrompt: An Open-source Framework"_s
            << u"https://arxiv.org/pdf/2111.01998.pdf"_s << u"Ning Ding, Shengding Hu"_s
            << u"Preprint"_s << 2021;
        QTest::newRow("HTML row: a name cell, a date, a Paper link, a category spanning rows")
            << QByteArray("  <tr>\n    <td rowspan=\"27\">Publicly <br>Accessible</td>\n"
                          "    <td class=\"tg\">T5</td>\n    <td>2019/10</td>\n    <td>11</td>\n"
                          "    <td><a href=\"https://arxiv.org/abs/1910.10683\">Paper</a></td>\n"
                          "  </tr>\n")
            << u"T5"_s << u"https://arxiv.org/abs/1910.10683"_s << QString() << QString() << 2019;
        QTest::newRow("HTML row: a linked name, its link the entry's, no closing tag")
            << QByteArray("<tr><td><A HREF='https://hf.co/x'>A &amp; B</A></td><td>2022</td>"
                          "<td><a href=\"https://arxiv.org/abs/2104.12369\">PDF</a></td>\n")
            << u"A & B"_s << u"https://hf.co/x"_s << QString() << QString() << 2022;
        QTest::newRow("a date line under the venue's line, hard line breaks")
            << QByteArray("**ShiftDDPMs: Exploring Conditional Diffusion Models** \\\n"
                          "*Zijian Zhang, Zhou Zhao, Jun Yu* \\\n"
                          "AAAI 2023. [[Paper](https://arxiv.org/abs/2302.02373)] "
                          "[[Github](https://github.com/a/b)] \\\n5 Feb 2023\n")
            << u"ShiftDDPMs: Exploring Conditional Diffusion Models"_s
            << u"https://arxiv.org/abs/2302.02373"_s << u"Zijian Zhang, Zhou Zhao, Jun Yu"_s
            << u"AAAI"_s << 2023;
    }

    // The date line is the entry's own: its template ends with the venue's line, and no
    // " \\" hard break is left dangling there.
    void dateLineLeavesTheTemplate()
    {
        const QByteArray text = "**Title of a Paper** \\\n*Ann Author, Bob Author* \\\n"
                                "arXiv 2023. [[Paper](https://arxiv.org/abs/2301.13721)] \\\n"
                                "31 Jan 2023\n";
        QCOMPARE(entryTemplateOfText(text),
                 u"**{title}** \\\\n*{authors}* \\\\n{venue} {year}. [[Paper]({url})]"_s);
    }

    void entryShapes()
    {
        QFETCH(QByteArray, text);
        const auto parts = parseEntryBlock(text);
        QVERIFY(parts);
        const EntryFields f = fieldsOf(text, *parts);
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(QString, authors);
        QFETCH(QString, venue);
        QFETCH(int, year);
        QCOMPARE(f.title, title);
        QCOMPARE(f.url, url);
        QCOMPARE(f.authors, authors);
        QCOMPARE(f.venue, venue);
        QCOMPARE(f.year, year);
        // Its own template reads back (the grammar a new entry would be written in).
        QVERIFY(!entryTemplateOfText(text).isEmpty());
    }

    // The links an entry has besides its own: labelled, in order, each address once.
    void extraLinks()
    {
        const QByteArray item = "- **[ICLR 2024]** Title of It. [[Paper]](https://arxiv.org/abs/1) "
                                "[[Code]](https://github.com/a/b) [Project Page](https://a.io) "
                                "![stars](https://img.shields.io/github/stars/a/b) "
                                "[[Code]](https://github.com/a/b)\n  - Slides: https://s.io/x\n";
        const auto parts = parseEntryBlock(item);
        QVERIFY(parts);
        QCOMPARE(parts->url, u"https://arxiv.org/abs/1"_s);
        const QList<ExtraLink> links = extraLinksOf(item, parts->url);
        QCOMPARE(links.size(), 4);
        QCOMPARE(links[0].label, u"Code"_s);
        QCOMPARE(links[0].url, u"https://github.com/a/b"_s);
        QCOMPARE(links[1].label, u"Project Page"_s);
        QVERIFY(links[2].badge);
        QCOMPARE(links[2].url, u"https://img.shields.io/github/stars/a/b"_s);
        QCOMPARE(links[3].label, u"Slides"_s);
        QCOMPARE(links[3].url, u"https://s.io/x"_s);

        const QByteArray row = "| 2024.07 | [**Title**](https://x.org/p) | NeurIPS | "
                               "[code](https://github.com/c/d) |\n";
        const auto rowParts = parseEntryBlock(row);
        QVERIFY(rowParts);
        const QList<ExtraLink> rowLinks = extraLinksOf(row, rowParts->url);
        QCOMPARE(rowLinks.size(), 1);
        QCOMPARE(rowLinks[0].label, u"code"_s);

        const QByteArray html = "<tr><td>T5</td><td><a href=\"https://arxiv.org/abs/2\">Paper</a>"
                                "</td><td><a href='https://github.com/g/t5'>Code</a></td></tr>\n";
        const auto htmlParts = parseEntryBlock(html);
        QVERIFY(htmlParts);
        const QList<ExtraLink> htmlLinks = extraLinksOf(html, htmlParts->url);
        QCOMPARE(htmlLinks.size(), 1);
        QCOMPARE(htmlLinks[0].label, u"Code"_s);
        QCOMPARE(htmlLinks[0].url, u"https://github.com/g/t5"_s);
        // The seed's own form has no other links.
        QVERIFY(extraLinksOf("A, B. [**T**](https://x.org/1) Venue (2020)\n", u"https://x.org/1"_s)
                    .isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestReadmeReader)
#include "tst_readmereader.moc"
