// A list's papers as BibTeX, CSL-JSON and CSV (issue 18), read back by their real consumers:
// bibtool for BibTeX, pandoc's citeproc for CSL-JSON, Python's csv module for CSV.
#include "citations/citations.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Citations;

namespace {

Entry entry(const QString &authors, const QString &title, int year, const QString &venue = {},
            const QString &doi = {}, const QString &arxiv = {})
{
    Entry e;
    e.fields.authors = authors;
    e.fields.title = title;
    e.fields.year = year;
    e.fields.yearText = QString::number(year);
    e.fields.venue = venue;
    e.fields.doi = doi;
    e.fields.arxivId = arxiv;
    e.fields.url = u"https://example.org/"_s + QString::number(year);
    return e;
}

struct Ran
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Ran runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Ran r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCitations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_seed = 0;

    QString exported(Format format)
    {
        const QString path = m_dir.filePath(u"seed."_s + fileSuffix(format));
        QString error;
        if (!exportListToFile(m_store, m_seed, format, path, &error))
            qWarning() << error;
        return path;
    }

    static QString tool(const char *name)
    {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (path.isEmpty())
            qWarning("%s is missing: .ci/setup installs it", name);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"seed.sqlite"_s)));
        const ImportReport r = importReadme(m_store, Test::readFile(Test::seedReadmePath()), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        m_seed = r.listId;
    }

    void keys()
    {
        const QList<Item> items = itemsOf(
            {entry(u"Spieler, A., Rahaman, N., ... & Levina, A."_s, u"The ELM Neuron"_s, 2023),
             entry(u"Spieler, A."_s, u"The elm tree"_s, 2023),
             entry(u"Spieler, A."_s, u"Elm again"_s, 2023),
             entry(u"Schölkopf, B., & Senn, W."_s, u"On the Causal Mind"_s, 2021),
             entry(u"van Bergen, R. S."_s, u"A 3-D model"_s, 2020),
             entry({}, u"Untitled thoughts"_s, 0)},
            {});
        QStringList keys;
        for (const Item &i : items)
            keys << i.key;
        QCOMPARE(keys,
                 (QStringList{u"spieler2023elm"_s, u"spieler2023elma"_s, u"spieler2023elmb"_s,
                              u"scholkopf2021causal"_s, u"bergen2020d"_s, u"anonuntitled"_s}));
        QVERIFY(items[0].moreAuthors);
        QCOMPARE(items[0].authors.size(), 3);
        QVERIFY(!items[1].moreAuthors);
    }

    void bibtexText()
    {
        QCOMPARE(bibEscaped(u"50% & $x_1$ {a} #1 ~^\\"_s),
                 u"50\\% \\& \\$x\\_1\\$ \\{a\\} \\#1 \\textasciitilde{}\\textasciicircum{}"
                 "\\textbackslash{}"_s);
        QCOMPARE(bibTitle(u"The ELM Neuron: fMRI data in Python"_s),
                 u"The {ELM} {Neuron:} {fMRI} data in {Python}"_s);
        QCOMPARE(bibTitle(u"Deep learning"_s), u"Deep learning"_s);
    }

    void typesAndFields()
    {
        const QList<Item> items = itemsOf(
            {entry(u"Doe, J."_s, u"A preprint"_s, 2023, u"arXiv"_s, {}, u"2306.16922v2"_s),
             entry(u"Doe, J."_s, u"A paper"_s, 2016, u"Nature Neuroscience"_s,
                   u"10.1038/nn.4244"_s),
             entry(u"Doe, J."_s, u"A blog post"_s, 2022, u"Personal blog"_s)},
            {});
        const QString bib = QString::fromUtf8(toBibTeX(items));
        QVERIFY2(bib.contains(u"@misc{doe2023preprint,"_s), qPrintable(bib));
        QVERIFY(bib.contains(u"  eprint = {2306.16922},\n  archivePrefix = {arXiv},"_s));
        QVERIFY(bib.contains(u"@article{doe2016paper,"_s));
        QVERIFY(bib.contains(u"  journal = {Nature Neuroscience},"_s));
        QVERIFY(bib.contains(u"  doi = {10.1038/nn.4244},"_s));
        QVERIFY(bib.contains(u"@misc{doe2022blog,"_s));
        QVERIFY(bib.contains(u"  howpublished = {Personal blog},"_s));
        const QString json = QString::fromUtf8(toCslJson(items));
        QVERIFY(json.contains(u"\"type\": \"article\""_s));
        QVERIFY(json.contains(u"\"type\": \"article-journal\""_s));
        QVERIFY(json.contains(u"\"type\": \"webpage\""_s));
        QVERIFY(json.contains(u"\"number\": \"arXiv:2306.16922\""_s));
        QVERIFY(json.contains(u"\"container-title\": \"Nature Neuroscience\""_s));
    }

    // bibtool reads the seed list's 110 entries without a warning, none of them twice.
    void seedBibTeXParsesWithBibtool()
    {
        const QString bibtool = tool("bibtool");
        if (bibtool.isEmpty())
            QSKIP("bibtool is not installed (.ci/setup installs it)");
        const QString path = exported(Format::BibTeX);
        const Ran r = runTool(bibtool, {u"-d"_s, u"-i"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(r.out.count("\n@"), 110); // its own rendering of every entry
        QVERIFY2(r.out.contains("eprint"), r.out.left(400).constData());
    }

    // pandoc's citeproc renders every entry of the CSL-JSON export, without a warning.
    void seedCslJsonRendersWithPandoc()
    {
        const QString pandoc = tool("pandoc");
        if (pandoc.isEmpty())
            QSKIP("pandoc is not installed (.ci/setup installs it)");
        const QString json = exported(Format::CslJson);
        const QString doc = m_dir.filePath(u"cite.md"_s);
        QVERIFY(Test::writeFile(doc, "---\nnocite: \"@*\"\n---\n"));
        const Ran r = runTool(pandoc,
                              {u"--citeproc"_s, u"--bibliography="_s + json, u"-t"_s, u"plain"_s,
                               u"--wrap=none"_s, doc});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QList<QByteArray> refs = r.out.trimmed().split('\n');
        QStringList nonEmpty;
        for (const QByteArray &line : refs) {
            if (!line.trimmed().isEmpty())
                nonEmpty << QString::fromUtf8(line);
        }
        QCOMPARE(nonEmpty.size(), 110);
        QVERIFY2(nonEmpty.filter(u"Spieler, A."_s).size() == 1, qPrintable(nonEmpty.join(u'\n')));
        QVERIFY(nonEmpty.filter(u"https://arxiv.org/pdf/2306.16922.pdf"_s).size() == 1);
    }

    // Python's csv module reads a header and 110 rows of nine fields.
    void seedCsvParses()
    {
        const QString python = tool("python3");
        if (python.isEmpty())
            QSKIP("python3 is not installed (.ci/setup installs it)");
        const QString path = exported(Format::Csv);
        const Ran r = runTool(python,
                              {u"-c"_s,
                               u"import csv,sys\n"
                               "rows=list(csv.reader(open(sys.argv[1],newline='',"
                               "encoding='utf-8')))\n"
                               "print(len(rows), sorted(set(map(len,rows))), "
                               "rows[0][0], rows[12][3])"_s,
                               path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("111 [9] key The ELM Neuron"), r.out.constData());
    }

    void formats()
    {
        QCOMPARE(formatFromName(u"BibTeX"_s), Format::BibTeX);
        QCOMPARE(formatFromName(u"csljson"_s), Format::CslJson);
        QCOMPARE(formatFromName(u"csv"_s), Format::Csv);
        QVERIFY(!formatFromName(u"ris"_s));
        QString error;
        QVERIFY(!exportList(m_store, 999, Format::Csv, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
