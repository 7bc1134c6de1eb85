// Inputs the fuzz targets (fuzz/) found, minimized, with the behaviour their fix gives. Each row
// names the target that found it; fuzz/README.md tells how to reproduce one.

#include "importing/citationmeta.h"
#include "markdown/entryrenderer.h"
#include "markdown/readmereader.h"
#include "metadata/parsers.h"
#include "metadata/toentry.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void fastFieldsEqualFieldsOf_data();
    void fastFieldsEqualFieldsOf();
    void pdfUrlWithMalformedHostIsDropped_data();
    void pdfUrlWithMalformedHostIsDropped();
    void reimportKeepsEachDuplicateEntry();
    void newEntryReadsBack_data();
    void newEntryReadsBack();
    void quickScanAgreesWithGfm_data();
    void quickScanAgreesWithGfm();
};

// fuzz_readmereader: the import's fast path (utf8FieldsOf) kept white space that fieldsOf()
// folds, beyond ASCII (a no-break space) and after a leading U+FEFF that QString::fromUtf8()
// drops, so the store held "\u00A0" where the entry's venue is empty.
void TestFuzzRegressions::fastFieldsEqualFieldsOf_data()
{
    QTest::addColumn<QByteArray>("readme");
    QTest::addColumn<QString>("venue");
    // The minimized inputs, as found.
    QTest::newRow("no-break space before the year")
        << QByteArray("#\n**O**\xC2\xA0(2001)") << QString();
    QTest::newRow("U+FEFF and a space after the link")
        << QByteArray("#\n[**w**]()\xEF\xBB\xBF )") << u")"_s;
    // The other white space QString::simplified() folds.
    QTest::newRow("no-break spaces around the venue")
        << QByteArray("# T\n\nDoe, J. [**T**](https://a.org) \xC2\xA0Nature\xC2\xA0 (2001)\n")
        << u"Nature"_s;
    QTest::newRow("em spaces inside the title")
        << QByteArray("# T\n\nDoe, J. [**A\xE2\x80\x83\xE2\x80\x83"
                      "B**](https://a.org) N (2001)\n")
        << u"N"_s;
    QTest::newRow("ideographic space, narrow no-break space in the year")
        << QByteArray("# T\n\nDoe, J. [**T**](https://a.org) \xE3\x80\x80N (2001\xE2\x80\xAF)\n")
        << u"N"_s;
    // Found in CI's 30 s run: a link destination beginning with U+FEFF. The fast path read
    // its identifiers after QString::fromUtf8() had dropped the U+FEFF.
    QTest::newRow("U+FEFF opening a DOI link")
        << QByteArray("# T\n\nDoe, J. [**Paper**](\xEF\xBB\xBFhttps://doi.org/10.1038/nn.4244) "
                      "Venue (1999)\n")
        << u"Venue"_s;
    QTest::newRow("U+FEFF opening a link with an ampersand, as found")
        << QByteArray("# T\n\nDoe, J. [**Paper**](\xEF\xBB\xBFhttps://doi&org/10.1038/nn.4244) "
                      "Venue (1999)\n")
        << u"Venue"_s;
    QTest::newRow("line separator")
        << QByteArray("# T\n\nDoe, J. [**T**](https://a.org) N\xE2\x80\xA8 (2001)\n") << u"N"_s;
    // Found in a 60 s run: an HTML row's href ending in a no-break space. The reference path
    // trimmed it away as white space (QString::trimmed), the fast path kept the address's bytes;
    // now both keep it, and only ASCII blanks around an href are not part of it.
    const QByteArray row = "# T\n\n<table>\n  <tr>\n    <td>mT5 &amp; more</td>\n"
                           "    <td>2021/03</td>\n    <td><a href='HREF'>Paper</a></td>\n"
                           "  </tr>\n</table>\n";
    QTest::newRow("no-break space ending an HTML href")
        << QByteArray(row).replace("HREF", "https://arxiv.org/abs/2010.11934\xC2\xA0") << QString();
    QTest::newRow("blanks around an HTML href")
        << QByteArray(row).replace("HREF", "  https://arxiv.org/abs/2010.11934 ") << QString();
}

void TestFuzzRegressions::fastFieldsEqualFieldsOf()
{
    QFETCH(QByteArray, readme);
    const Markdown::ReadResult r = Markdown::readReadme(readme);
    QVERIFY(r.ok);
    QCOMPARE(r.readme.entries.size(), 1);
    const Markdown::EntrySpans &parts = r.readme.entries.first().parts;
    const EntryFields f = Markdown::fieldsOf(r.readme.source, parts);
    const Markdown::Utf8Fields u = Markdown::utf8FieldsOf(r.readme.source, parts);
    QTEST(f.venue, "venue");
    QCOMPARE(QString::fromUtf8(u.venue), f.venue);
    QCOMPARE(QString::fromUtf8(u.title), f.title);
    QCOMPARE(QString::fromUtf8(u.authors), f.authors);
    QCOMPARE(QString::fromUtf8(u.yearText), f.yearText);
    QCOMPARE(u.year, f.year);
    QCOMPARE(u.url, f.url.toUtf8());
    QCOMPARE(QString::fromUtf8(u.doi), f.doi);
    QCOMPARE(QString::fromUtf8(u.arxivId), f.arxivId);
}

// fuzz_citationmeta: resolving "//\x8e" against an https page gives an invalid URL that still
// has the page's scheme, and it was taken as the PDF's address.
void TestFuzzRegressions::pdfUrlWithMalformedHostIsDropped_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("pdfUrl");
    QTest::newRow("malformed host (minimized)")
        << QByteArray("<meta name=\"citation_pdf_url\"content=//\x8e>") << QString();
    QTest::newRow("no host") << QByteArray("<meta name=\"citation_pdf_url\" content=\"https://\">")
                             << QString();
    QTest::newRow("relative still resolves")
        << QByteArray("<meta name=\"citation_pdf_url\" content=\"/pdf?id=x\">")
        << u"https://example.org/pdf?id=x"_s;
    QTest::newRow("protocol-relative still resolves")
        << QByteArray("<meta name=\"citation_pdf_url\" content=\"//cdn.example.org/a.pdf\">")
        << u"https://cdn.example.org/a.pdf"_s;
}

void TestFuzzRegressions::pdfUrlWithMalformedHostIsDropped()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, pdfUrl);
    const CitationMeta meta
        = parseCitationMeta(html, QUrl(u"https://example.org/articles/view/1"_s), "text/html");
    QCOMPARE(meta.pdfUrl.toString(), pdfUrl);
    QVERIFY(meta.pdfUrl.isEmpty() || meta.pdfUrl.isValid());
}

// fuzz_readmeio: a README holding one entry twice lost the second copy's row on re-import (the
// index of rows by text kept one row per text): its id, notes, tags and PDF went, and the import
// reported one entry added and one removed for an unchanged file.
void TestFuzzRegressions::reimportKeepsEachDuplicateEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    QVERIFY2(store.open(dir.filePath(u"store.sqlite"_s)), qPrintable(store.errorString()));
    const QByteArray e1 = "Doe, J. [**One**](https://a.org/1) Venue (2001)\n";
    const QByteArray e2 = "Roe, R. [**Two**](https://a.org/2) Venue (2000)\n";
    const QByteArray readme = "# T\n\n# Papers\n\n" + e1 + "\n" + e1 + "\n" + e2;

    const ImportReport first = importReadme(store, readme, {});
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.entries, 3);
    const QList<Entry> before = store.entries(first.listId);
    QCOMPARE(before.size(), 3);
    QVERIFY(store.setEntryExtras(before.at(1).id, u"the second copy"_s, {u"dup"_s}, {}));

    const ExportResult exported = exportReadme(store, first.listId);
    QVERIFY(exported.ok);
    QCOMPARE(exported.data, readme);
    const ImportReport second = importReadme(store, exported.data, {});
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.added, 0);
    QCOMPARE(second.removed, 0);
    QCOMPARE(second.updated, 3);

    const QList<Entry> after = store.entries(first.listId);
    QCOMPARE(after.size(), 3);
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).raw, before.at(i).raw);
    }
    QCOMPARE(after.at(1).notes, u"the second copy"_s);
    QCOMPARE(after.at(1).tags, QStringList{u"dup"_s});
    QCOMPARE(exportReadme(store, first.listId).data, readme);
}

// fuzz_csl: an author whose name starts with '|' was written at the start of the entry's line
// unescaped; the README reader takes such a line for a table row, so the exported entry was not
// an entry any more when the README was read again.
void TestFuzzRegressions::newEntryReadsBack_data()
{
    QTest::addColumn<QByteArray>("csl");
    QTest::addColumn<QString>("authors");
    QTest::newRow("family name '|' (minimized)")
        << QByteArray(R"([{"title":"A","DOI":"x","author":[{"family":"|"}]}])") << u"|"_s;
    QTest::newRow("organisation '| Lab'")
        << QByteArray(R"({"title":"A","DOI":"10.1/x","author":[{"literal":"| Lab"}]})")
        << u"| Lab"_s;
}

void TestFuzzRegressions::newEntryReadsBack()
{
    QFETCH(QByteArray, csl);
    const Metadata::ParseResult parsed = Metadata::parseCsl(csl);
    QCOMPARE(parsed.status, Metadata::ParseResult::Status::Ok);
    QCOMPARE(parsed.records.size(), 1);
    const EntryFields fields = Metadata::toEntryFields(parsed.records.first());
    const QByteArray line
        = Markdown::renderEntry(fields, Markdown::defaultEntryTemplate()).toUtf8();
    const auto parts = Markdown::parseEntryBlock(line);
    QVERIFY2(parts.has_value(), line.constData());
    const EntryFields back = Markdown::fieldsOf(line, *parts);
    QTEST(back.authors, "authors");
    QCOMPARE(back.title, fields.title);
    QCOMPARE(back.url, fields.url);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
// fuzz_readmereader (60 s run): a form feed before "---" under an entry. cmark-gfm's table
// extension, as GitHub runs it, reads the two lines as a one-column table (no entry); the quick
// scan read a paragraph and an entry. Documents with form feeds or vertical tabs now go to
// cmark-gfm, and both readings agree.
void TestFuzzRegressions::quickScanAgreesWithGfm_data()
{
    QTest::addColumn<QByteArray>("readme");
    QTest::addColumn<int>("entries");
    QTest::newRow("form feed before a rule, as found")
        << QByteArray("# T\n\n# Papers\n\nDoe, J. [**One**](https://a.org/1) Venue (2001)\n"
                      "\f---\n\nFo!oter.\n")
        << 0;
    QTest::newRow("vertical tab before a rule")
        << QByteArray("# T\n\n# Papers\n\nDoe, J. [**One**](https://a.org/1) Venue (2001)\n"
                      "\v---\n")
        << 0;
    QTest::newRow("form feed elsewhere changes nothing")
        << QByteArray("# T\n\n# Papers\n\nDoe, J. [**One**](https://a.org/1) Venue (2001)\n"
                      "\nSee \f also.\n")
        << 1;
}

void TestFuzzRegressions::quickScanAgreesWithGfm()
{
    QFETCH(QByteArray, readme);
    QFETCH(int, entries);
    const Markdown::ReadResult quick = Markdown::readReadme(readme);
    Markdown::ReadOptions gfm;
    gfm.forceGfm = true;
    const Markdown::ReadResult viaGfm = Markdown::readReadme(readme, gfm);
    QVERIFY(quick.ok && viaGfm.ok);
    QCOMPARE(viaGfm.readme.entries.size(), entries);
    QCOMPARE(quick.readme.entries.size(), viaGfm.readme.entries.size());
    QCOMPARE(quick.readme.sections.size(), viaGfm.readme.sections.size());
}

#include "tst_fuzzregressions.moc"
