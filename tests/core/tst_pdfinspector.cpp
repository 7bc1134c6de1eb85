#include "importing/pdfinspector.h"
#include "testpdf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <vector>

using namespace Qt::StringLiterals;
using Curator::PdfInspection;
using Curator::PdfInspectOptions;
using Curator::RecognizedId;
using Status = Curator::PdfInspection::Status;
using Source = Curator::PdfInspection::Source;

namespace Curator {
// Readable QCOMPARE failures.
char *toString(const RecognizedId &id)
{
    return qstrdup(id.isValid() ? id.display().toUtf8().constData() : "(none)");
}
} // namespace Curator

Q_DECLARE_METATYPE(Curator::RecognizedId)

namespace {

RecognizedId doi(const QString &value)
{
    return Curator::Identifier::recognize(QString(u"doi:"_s + value));
}

RecognizedId arxiv(const QString &value)
{
    return Curator::Identifier::recognize(QString(u"arXiv:"_s + value));
}

const char *statusName(Status status)
{
    switch (status) {
    case Status::Identified:
        return "Identified";
    case Status::MetadataOnly:
        return "MetadataOnly";
    case Status::Nothing:
        return "Nothing";
    case Status::Failed:
        return "Failed";
    }
    return "?";
}

using Curator::Test::PdfSpec;

// The PDF as `spec` says (tests/support/testpdf), or a failed test.
void drawPdf(const QString &path, const PdfSpec &spec)
{
    QVERIFY2(Curator::Test::writePdf(path, spec), qPrintable(path));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ---- hand-written PDFs (encryption, damage) -------------------------------------------------

// Numbered objects, a cross-reference table with the right offsets, and a trailer.
QByteArray buildPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra)
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R "
        + trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) & 255;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (qsizetype k = 0, i = 0, j = 0; k < data.size(); ++k) {
        i = (i + 1) & 255;
        j = (j + s[i]) & 255;
        std::swap(s[i], s[j]);
        out[k] = char(static_cast<unsigned char>(data[k]) ^ s[(s[i] + s[j]) & 255]);
    }
    return out;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

// A one-page PDF protected by the standard security handler, revision 2 (40-bit RC4): the
// simplest scheme every reader supports. With an empty user password it opens without asking.
QByteArray encryptedPdf(const QByteArray &userPassword, const QByteArray &pageText)
{
    const QByteArray padding
        = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto padded = [&padding](const QByteArray &password) {
        return QByteArray(password + padding).left(32);
    };
    const QByteArray fileId = "0123456789abcdef";
    const QByteArray owner = rc4(md5(padded("owner")).left(5), padded(userPassword));
    const QByteArray permissions("\xFC\xFF\xFF\xFF", 4); // -4, little-endian
    const QByteArray key = md5(padded(userPassword) + owner + permissions + fileId).left(5);
    const QByteArray user = rc4(key, padding);
    const auto objectKey = [&key](int number) {
        const char bytes[]
            = {char(number & 255), char((number >> 8) & 255), char((number >> 16) & 255), 0, 0};
        const QByteArray suffix(bytes, sizeof bytes);
        return md5(key + suffix).left(10);
    };
    const QByteArray content = rc4(objectKey(4), "BT /F1 12 Tf 72 720 Td (" + pageText + ") Tj ET");
    return buildPdf(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 "
         "R >> >> /Contents 4 0 R >>",
         "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
             + "\nendstream",
         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
         "<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex()
             + "> /P -4 >>"},
        "/Encrypt 6 0 R /ID [<" + fileId.toHex() + "> <" + fileId.toHex() + ">]");
}

QByteArray xmpPacket(const QByteArray &descriptionAttributes, const QByteArray &properties)
{
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\"\n"
           " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           " xmlns:prism=\"http://prismstandard.org/namespaces/basic/2.0/\"\n"
           " xmlns:pdfx=\"http://ns.adobe.com/pdfx/1.3/\"\n"
           " xmlns:crossmark=\"http://crossref.org/crossmark/1.0/\"\n"
           " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n "
        + descriptionAttributes + ">\n" + properties
        + "\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

// Filler that mentions no identifier, so that page text never identifies by accident.
QStringList bodyLines()
{
    return {u"Abstract. We study how brains and machines learn from few examples."_s,
            u"Our results suggest that structure matters more than scale."_s, u"1 Introduction"_s,
            u"Learning from few examples is a hallmark of intelligence."_s};
}

} // namespace

class TestPdfInspector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void arxivStamp_data();
    void arxivStamp();
    void doiLine_data();
    void doiLine();
    void xmp_data();
    void xmp();
    void infoDictionary();
    void metadataTitle_data();
    void metadataTitle();
    void junkTitle_data();
    void junkTitle();
    void blankPage();
    void fileNames_data();
    void fileNames();
    void badInput_data();
    void badInput();
    void unreadableFile();
    void contentFailureKeepsFileNameId();
    void encryptedWithEmptyPassword();
    void onlyFirstPagesAreRead();
    void concurrentInspections();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString blankPdf();

    QTemporaryDir m_dir;
};

void TestPdfInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestPdfInspector::blankPdf()
{
    const QString file = path(u"blank-template.pdf"_s);
    if (!QFile::exists(file))
        drawPdf(file, PdfSpec());
    return file;
}

void TestPdfInspector::arxivStamp_data()
{
    QTest::addColumn<QString>("stamp");
    QTest::addColumn<bool>("mirrored");
    QTest::addColumn<RecognizedId>("expected");
    QTest::addColumn<int>("year");

    QTest::newRow("new style") << u"arXiv:2306.16922v2  [cs.NE]  29 Jun 2023"_s << false
                               << arxiv(u"2306.16922v2"_s) << 2023;
    // A mirroring text matrix makes poppler give the line back to front.
    QTest::newRow("reversed") << u"arXiv:2306.16922v2  [cs.NE]  29 Jun 2023"_s << true
                              << arxiv(u"2306.16922v2"_s) << 2023;
    QTest::newRow("old style, no category")
        << u"arXiv:hep-th/9901001v1  4 Jan 1999"_s << false << arxiv(u"hep-th/9901001v1"_s) << 1999;
    QTest::newRow("five-digit number") << u"arXiv:1706.03762v7  [cs.CL]  2 Aug 2023"_s << false
                                       << arxiv(u"1706.03762v7"_s) << 2023;
}

void TestPdfInspector::arxivStamp()
{
    QFETCH(QString, stamp);
    QFETCH(bool, mirrored);
    QFETCH(RecognizedId, expected);
    QFETCH(int, year);

    PdfSpec spec;
    spec.heading = u"Spiking Neural Networks Learn Quickly"_s;
    spec.lines = QStringList{u"Alice Author, Bob Builder"_s}
        + bodyLines()
        // A citation of another preprint on page 1 must not win over the stamp.
        + QStringList{u"as shown before [arXiv:2001.00001]."_s};
    spec.stamp = stamp;
    spec.mirroredStamp = mirrored;
    spec.linesPerPage = 30;
    const QString file = path(u"paper.pdf"_s);
    drawPdf(file, spec);

    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), "Identified");
    QCOMPARE(result.idSource, Source::PageText);
    QCOMPARE(result.id, expected);
    QCOMPARE(result.year, year);
    QCOMPARE(result.title, spec.heading);
    QCOMPARE(result.pageCount, 1);
    QVERIFY(!result.encrypted);
    QVERIFY(result.error.isEmpty());
}

void TestPdfInspector::doiLine_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<RecognizedId>("expected");

    QTest::newRow("doi.org link") << QStringList{u"https://doi.org/10.1038/s41586-019-1346-5"_s}
                                  << doi(u"10.1038/s41586-019-1346-5"_s);
    QTest::newRow("DOI: label")
        << QStringList{u"Neuron 98, 630–644. DOI: 10.1016/j.neuron.2018.03.044"_s}
        << doi(u"10.1016/j.neuron.2018.03.044"_s);
    QTest::newRow("doi: label, bioRxiv")
        << QStringList{u"bioRxiv preprint doi:10.1101/2020.01.01.123456; posted Jan 2"_s}
        << doi(u"10.1101/2020.01.01.123456"_s);
    // A DOI without a "doi" around it is as likely a reference: the labelled one is the paper's.
    QTest::newRow("bare DOI first")
        << QStringList{u"as reported in Cell 10.1016/j.cell.2019.01.001, we"_s,
                       u"https://doi.org/10.1038/s41593-018-0147-8"_s}
        << doi(u"10.1038/s41593-018-0147-8"_s);
    QTest::newRow("wrapped over two lines")
        << QStringList{u"https://doi.org/10.1016/j.neuron."_s, u"2018.03.044"_s}
        << doi(u"10.1016/j.neuron.2018.03.044"_s);
    QTest::newRow("only in the references")
        << QStringList{u"References"_s, u"[1] A. Other. Nature (2019). doi:10.1038/cited.1"_s}
        << RecognizedId();
    QTest::newRow("numbered references heading")
        << QStringList{u"6 REFERENCES"_s, u"[1] https://doi.org/10.1038/cited.2"_s}
        << RecognizedId();
    QTest::newRow("arXiv DOI") << QStringList{u"DOI: https://doi.org/10.48550/arXiv.2306.16922"_s}
                               << arxiv(u"2306.16922"_s);
}

void TestPdfInspector::doiLine()
{
    QFETCH(QStringList, lines);
    QFETCH(RecognizedId, expected);

    PdfSpec spec;
    spec.heading = u"A Paper With a DOI"_s;
    spec.lines = bodyLines() + lines;
    spec.linesPerPage = 20;
    const QString file = path(u"doi.pdf"_s);
    drawPdf(file, spec);

    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), expected.isValid() ? "Identified" : "MetadataOnly");
    QCOMPARE(result.idSource, expected.isValid() ? Source::PageText : Source::None);
    QCOMPARE(result.id, expected);
    QCOMPARE(result.title, spec.heading);
}

void TestPdfInspector::xmp_data()
{
    QTest::addColumn<QByteArray>("xmp");
    QTest::addColumn<RecognizedId>("expected");
    QTest::addColumn<int>("year");

    QTest::newRow("prism:doi element")
        << xmpPacket({},
                     "<prism:doi>10.1016/j.neuron.2018.03.044</prism:doi>"
                     "<prism:coverDate>2018-05-16</prism:coverDate>")
        << doi(u"10.1016/j.neuron.2018.03.044"_s) << 2018;
    QTest::newRow("dc:identifier info:doi in a Bag")
        << xmpPacket({},
                     "<dc:identifier><rdf:Bag><rdf:li>info:doi/10.1038/nn.4244</rdf:li>"
                     "</rdf:Bag></dc:identifier>")
        << doi(u"10.1038/nn.4244"_s) << 0;
    QTest::newRow("pdfx:doi attribute") << xmpPacket("pdfx:doi=\"10.1073/pnas.1905544116\"", {})
                                        << doi(u"10.1073/pnas.1905544116"_s) << 0;
    QTest::newRow("crossmark:DOI")
        << xmpPacket({}, "<crossmark:DOI>10.7554/eLife.12345</crossmark:DOI>")
        << doi(u"10.7554/eLife.12345"_s) << 0;
    QTest::newRow("DOI field wins over a URL elsewhere")
        << xmpPacket({},
                     "<dc:source>https://doi.org/10.9999/other</dc:source>"
                     "<prism:doi>10.1038/s41586-019-1346-5</prism:doi>")
        << doi(u"10.1038/s41586-019-1346-5"_s) << 0;
    QTest::newRow("arXiv id in dc:identifier")
        << xmpPacket({}, "<dc:identifier>arXiv:2306.16922v2</dc:identifier>")
        << arxiv(u"2306.16922v2"_s) << 0;
}

void TestPdfInspector::xmp()
{
    QFETCH(QByteArray, xmp);
    QFETCH(RecognizedId, expected);
    QFETCH(int, year);

    PdfSpec spec;
    spec.title = u"Metadata Knows Best"_s;
    spec.xmp = xmp;
    // Page text names another paper: metadata comes first.
    spec.lines = {u"https://doi.org/10.5555/page.text"_s};
    const QString file = path(u"xmp.pdf"_s);
    drawPdf(file, spec);

    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), "Identified");
    QCOMPARE(result.idSource, Source::Xmp);
    QCOMPARE(result.id, expected);
    QCOMPARE(result.year, year);
    QCOMPARE(result.title, spec.title);
}

void TestPdfInspector::infoDictionary()
{
    PdfSpec spec;
    spec.title = u"Reading the Info Dictionary"_s;
    spec.creator = u"Nature 571, 95–98 (2019). doi:10.1038/s41586-019-1346-5"_s;
    spec.renameCreatorTo = "/Subject";
    spec.xmp = xmpPacket({}, "<prism:doi>10.9999/xmp.loses</prism:doi>");
    const QString file = path(u"info.pdf"_s);
    drawPdf(file, spec);

    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), "Identified");
    QCOMPARE(result.idSource, Source::Metadata);
    QCOMPARE(result.id, doi(u"10.1038/s41586-019-1346-5"_s));
}

void TestPdfInspector::metadataTitle_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("authors");

    QTest::newRow("semicolons") << u"Alice Smith; Bob Jones"_s
                                << QStringList{u"Alice Smith"_s, u"Bob Jones"_s};
    QTest::newRow("commas and 'and'")
        << u"Alice Smith, Bob Jones, and Carol Li"_s
        << QStringList{u"Alice Smith"_s, u"Bob Jones"_s, u"Carol Li"_s};
    QTest::newRow("family name first")
        << u"Smith, Alice and Jones, Bob"_s << QStringList{u"Smith, Alice"_s, u"Jones, Bob"_s};
    QTest::newRow("initials") << u"Smith, A., Jones, B."_s
                              << QStringList{u"Smith, A."_s, u"Jones, B."_s};
    QTest::newRow("one name") << u"Alice Smith"_s << QStringList{u"Alice Smith"_s};
    QTest::newRow("account name") << u"Administrator"_s << QStringList{};
    QTest::newRow("login") << u"jsmith"_s << QStringList{};
}

void TestPdfInspector::metadataTitle()
{
    QFETCH(QString, author);
    QFETCH(QStringList, authors);

    PdfSpec spec;
    spec.title = u"Grid Cells in Artificial Agents"_s;
    spec.creator = author;
    spec.renameCreatorTo = "/Author ";
    spec.heading = u"Not the Metadata Title"_s;
    spec.lines = bodyLines();
    const QString file = path(u"meta.pdf"_s);
    drawPdf(file, spec);

    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), "MetadataOnly");
    QCOMPARE(result.idSource, Source::None);
    QVERIFY(!result.id.isValid());
    QCOMPARE(result.title, spec.title);
    QCOMPARE(result.authors, authors);
}

void TestPdfInspector::junkTitle_data()
{
    QTest::addColumn<QString>("title");

    QTest::newRow("Word") << u"Microsoft Word - draft.docx"_s;
    QTest::newRow("untitled") << u"untitled"_s;
    QTest::newRow("TeX file") << u"main.tex"_s;
    QTest::newRow("dvi file") << u"paper2023.dvi"_s;
    QTest::newRow("placeholder") << u"Title"_s;
    QTest::newRow("short") << u"abc"_s;
    QTest::newRow("digits") << u"20230615"_s;
    QTest::newRow("job name") << u"paper_final_v3"_s;
    QTest::newRow("PII") << u"PII: S0896-6273(18)30250-2"_s;
}

void TestPdfInspector::junkTitle()
{
    QFETCH(QString, title);

    PdfSpec spec;
    spec.title = title;
    spec.heading = u"Deep Learning Models of the Retina Predict Responses"_s;
    spec.lines = QStringList{u"Carol Li, Dan Park"_s} + bodyLines();
    spec.linesPerPage = 20;
    const QString file = path(u"junk.pdf"_s);
    drawPdf(file, spec);

    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), "MetadataOnly");
    // The heading wraps onto two lines at 24 px; it comes back as one.
    QCOMPARE(result.title, spec.heading);
}

void TestPdfInspector::blankPage()
{
    const PdfInspection result = Curator::inspectPdf(blankPdf());
    QCOMPARE(statusName(result.status), "Nothing");
    QCOMPARE(result.pageCount, 1);
    QVERIFY(result.title.isEmpty());
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.warning.isEmpty());
}

void TestPdfInspector::fileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<RecognizedId>("expected");

    QTest::newRow("arXiv with version") << u"2306.16922v2.pdf"_s << arxiv(u"2306.16922v2"_s);
    QTest::newRow("arXiv") << u"2306.16922.pdf"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("arXiv four digits") << u"1412.6980v9.PDF"_s << arxiv(u"1412.6980v9"_s);
    QTest::newRow("arXiv second copy") << u"2306.16922v2 (1).pdf"_s << arxiv(u"2306.16922v2"_s);
    QTest::newRow("arXiv prefix") << u"arXiv-2306.16922v2.pdf"_s << arxiv(u"2306.16922v2"_s);
    QTest::newRow("old style _") << u"hep-th_9901001.pdf"_s << arxiv(u"hep-th/9901001"_s);
    QTest::newRow("old style joined") << u"hep-th9901001v2.pdf"_s << arxiv(u"hep-th/9901001v2"_s);
    QTest::newRow("old style subject") << u"math.GT_0309136.pdf"_s << arxiv(u"math.GT/0309136"_s);
    QTest::newRow("Nature") << u"s41586-019-1346-5.pdf"_s << doi(u"10.1038/s41586-019-1346-5"_s);
    QTest::newRow("Nature Neuroscience")
        << u"s41593-018-0147-8.pdf"_s << doi(u"10.1038/s41593-018-0147-8"_s);
    QTest::newRow("old Nature") << u"nature14539.pdf"_s << doi(u"10.1038/nature14539"_s);
    QTest::newRow("bioRxiv") << u"10.1101_2020.01.01.123456v1.full.pdf"_s
                             << doi(u"10.1101/2020.01.01.123456"_s);
    QTest::newRow("DOI with _") << u"10.1016_j.neuron.2018.03.044.pdf"_s
                                << doi(u"10.1016/j.neuron.2018.03.044"_s);
    QTest::newRow("DOI chapter keeps later _")
        << u"10.1007_978-3-030-01234-2_12.pdf"_s << doi(u"10.1007/978-3-030-01234-2_12"_s);
    QTest::newRow("DOI percent-encoded") << u"10.1038%2Fnn.4244.pdf"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("arXiv DOI") << u"10.48550_arXiv.2306.16922.pdf"_s << arxiv(u"2306.16922"_s);

    QTest::newRow("PII") << u"PIIS0896627318302502.pdf"_s << RecognizedId();
    QTest::newRow("Springer, not Nature") << u"s00521-019-04051-w.pdf"_s << RecognizedId();
    QTest::newRow("date-like number") << u"2023.12345.pdf"_s << RecognizedId();
    QTest::newRow("four-digit year and number") << u"2019.0001.pdf"_s << RecognizedId();
    QTest::newRow("id inside a longer name") << u"paper-2306.16922.pdf"_s << RecognizedId();
    QTest::newRow("scan") << u"scan_20230615.pdf"_s << RecognizedId();
    QTest::newRow("unknown archive") << u"report_9901001.pdf"_s << RecognizedId();
    QTest::newRow("plain") << u"attention.pdf"_s << RecognizedId();
}

void TestPdfInspector::fileNames()
{
    QFETCH(QString, name);
    QFETCH(RecognizedId, expected);

    QCOMPARE(Curator::identifierFromPdfFileName(name), expected);

    const QString file = path(u"names/"_s + name);
    QVERIFY(QDir().mkpath(path(u"names"_s)));
    QFile::remove(file);
    QVERIFY(QFile::copy(blankPdf(), file));
    const PdfInspection result = Curator::inspectPdf(file);
    if (expected.isValid()) {
        QCOMPARE(statusName(result.status), "Identified");
        QCOMPARE(result.idSource, Source::FileName);
    } else {
        QCOMPARE(statusName(result.status), "Nothing");
        QCOMPARE(result.idSource, Source::None);
    }
    QCOMPARE(result.id, expected);
    QVERIFY(result.warning.isEmpty());
}

void TestPdfInspector::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("zero bytes") << u"empty"_s << u"is empty"_s;
    QTest::newRow("text file") << u"text"_s << u"is not a PDF file"_s;
    QTest::newRow("web page") << u"html"_s << u"is a web page"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"is incomplete"_s;
    QTest::newRow("damaged") << u"damaged"_s << u"is damaged"_s;
    QTest::newRow("too large") << u"large"_s << u"is too large to inspect (0.1 MB)"_s;
    QTest::newRow("password") << u"password"_s << u"is protected by a password"_s;
    QTest::newRow("garbage /Encrypt") << u"garbageEncrypt"_s << u"is protected by a password"_s;
    QTest::newRow("unknown security handler")
        << u"unknownHandler"_s << u"is protected by a password"_s;
}

void TestPdfInspector::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const QString file = path(kind + u".pdf"_s);
    PdfInspectOptions options;
    PdfSpec paper;
    paper.heading = u"A Perfectly Good Paper"_s;
    paper.lines = bodyLines() + QStringList{u"https://doi.org/10.1038/s41586-019-1346-5"_s};
    paper.linesPerPage = 40;
    paper.pages = 4;
    if (kind == u"folder") {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == u"empty") {
        writeBytes(file, {});
    } else if (kind == u"text") {
        writeBytes(file, "Just some notes, saved with the wrong extension.\n");
    } else if (kind == u"html") {
        writeBytes(file, "<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>\n");
    } else if (kind == u"truncated") {
        drawPdf(file, paper);
        const QByteArray bytes = readBytes(file);
        writeBytes(file, bytes.left(bytes.size() / 2));
    } else if (kind == u"damaged") {
        QByteArray bytes = "%PDF-1.7\n";
        for (int i = 0; i < 2000; ++i)
            bytes += QByteArray::number(i * 7919 % 1000) + " garbage ";
        writeBytes(file, bytes + "\n%%EOF\n");
    } else if (kind == u"large") {
        drawPdf(file, paper);
        options.maxBytes = 100 * 1024;
        // Padding after %%EOF keeps it a valid PDF, of about 0.1 MB.
        const QByteArray bytes = readBytes(file);
        writeBytes(
            file,
            bytes
                + QByteArray(std::max<qsizetype>(0, options.maxBytes + 1000 - bytes.size()), ' '));
    } else if (kind == u"password") {
        writeBytes(file, encryptedPdf("secret", "doi:10.1234/hidden.5678"));
    } else if (kind == u"garbageEncrypt") {
        writeBytes(
            file,
            buildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>",
                      "<< /Filter /Standard /V 1 /R 2 /O (garbage) /U (junk) /P -4 >>"},
                     "/Encrypt 3 0 R /ID [<00> <00>]"));
    } else if (kind == u"unknownHandler") {
        writeBytes(
            file,
            buildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>",
                      "<< /Filter /NoSuchHandler /V 9 /R 9 >>"},
                     "/Encrypt 3 0 R"));
    }

    QElapsedTimer timer;
    timer.start();
    const PdfInspection result = Curator::inspectPdf(file, options);
    QVERIFY2(timer.elapsed() < 5000, "bad input must fail fast");
    QCOMPARE(statusName(result.status), "Failed");
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY2(result.error.contains(QFileInfo(file).fileName()), qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
    QVERIFY(!result.id.isValid());
    if (kind == u"password")
        QVERIFY(result.encrypted);
}

void TestPdfInspector::unreadableFile()
{
    const QString file = path(u"unreadable.pdf"_s);
    QVERIFY(QFile::copy(blankPdf(), file));
    QVERIFY(QFile::setPermissions(file, QFile::WriteOwner));
    QFile probe(file);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("Running with privileges that read any file (root).");
    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), "Failed");
    QVERIFY2(result.error.contains(u"cannot be read"_s), qPrintable(result.error));
}

void TestPdfInspector::contentFailureKeepsFileNameId()
{
    // A too-large or broken file still names the paper: the entry can be made, with a warning.
    const QString large = path(u"2306.16922v2.pdf"_s);
    PdfSpec spec;
    spec.linesPerPage = 50;
    spec.pages = 3;
    drawPdf(large, spec);
    PdfInspectOptions small;
    small.maxBytes = 1024;
    PdfInspection result = Curator::inspectPdf(large, small);
    QCOMPARE(statusName(result.status), "Identified");
    QCOMPARE(result.idSource, Source::FileName);
    QCOMPARE(result.id, arxiv(u"2306.16922v2"_s));
    QVERIFY(result.error.isEmpty());
    QVERIFY2(result.warning.contains(u"too large to inspect"_s), qPrintable(result.warning));
    QVERIFY2(result.warning.contains(u"file name"_s), qPrintable(result.warning));

    const QString locked = path(u"s41586-019-1346-5.pdf"_s);
    writeBytes(locked, encryptedPdf("secret", "nothing"));
    result = Curator::inspectPdf(locked);
    QCOMPARE(statusName(result.status), "Identified");
    QCOMPARE(result.id, doi(u"10.1038/s41586-019-1346-5"_s));
    QVERIFY(result.encrypted);
    QVERIFY2(result.warning.contains(u"password"_s), qPrintable(result.warning));
}

void TestPdfInspector::encryptedWithEmptyPassword()
{
    const QString file = path(u"encrypted.pdf"_s);
    writeBytes(file, encryptedPdf({}, "See doi:10.1234/open.5678 for details"));
    const PdfInspection result = Curator::inspectPdf(file);
    QCOMPARE(statusName(result.status), "Identified");
    QVERIFY(result.encrypted);
    QCOMPARE(result.idSource, Source::PageText);
    QCOMPARE(result.id, doi(u"10.1234/open.5678"_s));
}

void TestPdfInspector::onlyFirstPagesAreRead()
{
    PdfSpec spec;
    spec.pages = 20;
    spec.linesPerPage = 40;
    spec.pageLines = {{9, u"https://doi.org/10.1038/s41586-019-1346-5"_s}};
    const QString file = path(u"long.pdf"_s);
    drawPdf(file, spec);

    PdfInspectOptions three;
    three.maxPages = 3;
    PdfInspection result = Curator::inspectPdf(file, three);
    QCOMPARE(result.pageCount, 20);
    QCOMPARE(statusName(result.status), "Nothing");
    QVERIFY(!result.id.isValid());

    PdfInspectOptions all;
    all.maxPages = 20;
    result = Curator::inspectPdf(file, all);
    QCOMPARE(statusName(result.status), "Identified");
    QCOMPARE(result.id, doi(u"10.1038/s41586-019-1346-5"_s));

    // Out of time, reading stops with what was found so far, and says so.
    PdfInspectOptions hurried = all;
    hurried.timeLimitMs = 1;
    result = Curator::inspectPdf(file, hurried);
    QCOMPARE(statusName(result.status), "Nothing");
    QVERIFY2(result.warning.contains(u"Stopped reading"_s), qPrintable(result.warning));
}

void TestPdfInspector::concurrentInspections()
{
    QVERIFY(QDir().mkpath(path(u"many"_s)));
    QStringList files;
    for (int i = 0; i < 8; ++i) {
        PdfSpec spec;
        spec.heading = u"Paper Number %1 About Something"_s.arg(i);
        spec.lines = bodyLines();
        spec.linesPerPage = 40;
        spec.pages = 5;
        if (i % 3 == 0)
            spec.stamp = u"arXiv:2306.%1v1  [cs.LG]  1 Jul 2023"_s.arg(10000 + i);
        else if (i % 3 == 1)
            spec.lines.append(u"https://doi.org/10.1000/paper.%1"_s.arg(i));
        else
            spec.title = u"Metadata Title %1 of a Paper"_s.arg(i);
        files.append(path(u"many/p%1.pdf"_s.arg(i)));
        drawPdf(files.last(), spec);
    }
    std::vector<PdfInspection> sequential;
    for (const QString &file : std::as_const(files))
        sequential.push_back(Curator::inspectPdf(file));

    for (int round = 0; round < 3; ++round) {
        std::vector<PdfInspection> parallel(files.size());
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (qsizetype i = 0; i < files.size(); ++i) {
            pool.start([&parallel, &files, i] { parallel[i] = Curator::inspectPdf(files[i]); });
        }
        QVERIFY(pool.waitForDone(30000));
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(statusName(parallel[i].status), statusName(sequential[i].status));
            QCOMPARE(parallel[i].id, sequential[i].id);
            QCOMPARE(parallel[i].idSource, sequential[i].idSource);
            QCOMPARE(parallel[i].title, sequential[i].title);
            QCOMPARE(parallel[i].pageCount, 5);
        }
    }
    QCOMPARE(statusName(sequential[0].status), "Identified");
    QCOMPARE(sequential[0].id, arxiv(u"2306.10000v1"_s));
    QCOMPARE(statusName(sequential[1].status), "Identified");
    QCOMPARE(sequential[1].id, doi(u"10.1000/paper.1"_s));
    QCOMPARE(statusName(sequential[2].status), "MetadataOnly");
    QCOMPARE(sequential[2].title, u"Metadata Title 2 of a Paper"_s);
}

QTEST_MAIN(TestPdfInspector)
#include "tst_pdfinspector.moc"
