#include "importing/citationmeta.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Curator::CitationMeta;
using Curator::PageMetadata;
using Curator::PageMetadataReader;
using Curator::Net::Fetcher;
using Curator::Net::HostPolicy;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

// Declared before the fixtures: moc does not read C++11 raw string literals.
class tst_CitationMeta final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void onlyTheFirstHalfMegabyteIsRead();
    void garbageIsSafeAndQuick_data();
    void garbageIsSafeAndQuick();
    void randomBytesAreSafe();
    void linkTargets();

    void readsPage();
    void reportsNotFound();
    void followsRedirect();
    void capsEndlessBody();
    void handsOverPdf();
    void refusesNonHtml();
    void refusesNonWebAddress();
    void cancels();
    void destroyedReaderStaysSilent();
    void keepsAConfiguredHostPolicy();
};

namespace {

// The real pages' shapes, cut down to what the parser reads (and some of what it must skip).
const QByteArray kBiorxivPage = R"(<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/">
<head>
<meta charset="utf-8" />
<link rel="shortcut icon" href="https://www.biorxiv.org/sites/default/files/images/favicon.ico" />
<meta name="type" content="article" />
<meta name="citation_title" content="Brain-like functional specialization emerges spontaneously in deep neural networks" />
<meta name="citation_author" content="Dobs, Katharina" />
<meta name="citation_author_institution" content="Justus-Liebig University Giessen" />
<meta name="citation_author" content="Martinez, Julio" />
<meta name="citation_author" content="Kell, Alexander J.E." />
<meta name="citation_author" content="Kanwisher, Nancy" />
<meta name="citation_publisher" content="Cold Spring Harbor Laboratory" />
<meta name="citation_publication_date" content="2021/01/01" />
<meta name="citation_online_date" content="2021/06/18" />
<meta name="citation_doi" content="10.1101/2021.06.18.448989" />
<meta name="citation_journal_title" content="bioRxiv" />
<meta name="citation_pdf_url" content="https://www.biorxiv.org/content/biorxiv/early/2021/06/18/2021.06.18.448989.full.pdf" />
<meta name="DC.Title" content="Brain-like functional specialization emerges spontaneously in deep neural networks" />
<meta name="DC.Creator" content="Katharina Dobs" />
<meta name="DC.Identifier" content="10.1101/2021.06.18.448989" />
<title>Brain-like functional specialization emerges spontaneously in deep neural networks | bioRxiv</title>
<script type="text/javascript">window.dataLayer = [{"pageType":"article"}];</script>
</head><body class="html not-front"><p>…</p></body></html>
)";

const QByteArray kNaturePage = R"(<!DOCTYPE html>
<html lang="en" class="grade-c">
<head>
    <meta charset="utf-8">
    <title>Evolving the olfactory system with machine learning | Nature</title>
    <meta name="journal_id" content="41586"/>
    <meta name="dc.title" content="Evolving the olfactory system with machine learning"/>
    <meta name="dc.source" content="Nature 2019 571:7763"/>
    <meta name="dc.format" content="text/html"/>
    <meta name="dc.publisher" content="Nature Publishing Group"/>
    <meta name="dc.date" content="2019-07-03"/>
    <meta name="dc.identifier" content="doi:10.1038/s41586-019-1346-5"/>
    <meta name="prism.publicationName" content="Nature"/>
    <meta name="prism.doi" content="doi:10.1038/s41586-019-1346-5"/>
    <meta name="citation_journal_title" content="Nature"/>
    <meta name="citation_title" content="Cortical&#8217;s olfactory system, learned"/>
    <meta name="citation_publication_date" content="2019/07"/>
    <meta name="citation_online_date" content="2019/07/03"/>
    <meta name="citation_doi" content="10.1038/s41586-019-1346-5"/>
    <meta name="citation_pdf_url" content="https://www.nature.com/articles/s41586-019-1346-5.pdf"/>
    <meta name="citation_author" content="Peter Y. Wang"/>
    <meta name="citation_author_institution" content="Columbia University"/>
    <meta name="citation_author" content="Yi Sun"/>
    <meta name="citation_author" content="Richard Axel"/>
    <meta name="dc.creator" content="Peter Y. Wang"/>
    <meta property="og:title" content="Evolving the olfactory system with machine learning - Nature"/>
</head>
)";

const QByteArray kPmlrPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
  <title>Continual Learning via ... | PMLR</title>
  <meta name="citation_title" content="GAIT-prop: A biologically plausible learning rule derived from backpropagation of error">
  <meta name="citation_author" content="Ahmad, Nasir">
  <meta name="citation_author" content="van Gerven, Marcel A. J.">
  <meta name="citation_publication_date" content="2020/11/21">
  <meta name="citation_conference_title" content="Proceedings of the 37th International Conference on Machine Learning">
  <meta name="citation_firstpage" content="8141">
  <meta name="citation_pdf_url" content="http://proceedings.mlr.press/v119/rolnick20a/rolnick20a.pdf">
  <meta property="og:title" content="GAIT-prop" />
</head>
)";

const QByteArray kOpenReviewPage = R"(<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<title>Mutual Information Estimation | OpenReview</title>
<meta name="citation_title" content="On Mutual Information Maximization for Representation Learning"/>
<meta name="citation_author" content="Michael Tschannen"/><meta name="citation_author" content="Josip Djolonga"/>
<meta name="citation_online_date" content="2019/09/25"/>
<meta name="citation_pdf_url" content="/pdf?id=rkxoh24FPH"/>
<meta name="citation_conference_title" content="International Conference on Learning Representations"/>
<meta name="next-head-count" content="22"/></head><body><div id="__next"></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"meta":"<meta name=\"citation_title\" content=\"Wrong\">"}}</script>
</body></html>
)";

const QByteArray kArxivPage = R"(<!DOCTYPE html>
<html lang="en">
<head>  <title>[2306.16922] The ELM Neuron</title>
<meta name="citation_title" content="The ELM Neuron: an Efficient and Expressive Cortical Neuron Model Can Solve Long-Horizon Tasks" />
<meta name="citation_author" content="Spieler, Aaron" />
<meta name="citation_date" content="2023/06/29" />
<meta name="citation_online_date" content="2024/03/20" />
<meta name="citation_pdf_url" content="http://arxiv.org/pdf/2306.16922" />
<meta name="citation_arxiv_id" content="2306.16922" />
<meta name="citation_doi" content="10.48550/arXiv.2306.16922" />
</head>
)";

struct Expected
{
    // A constructor rather than an aggregate: rows name only the fields they expect.
    Expected(QString t = {}, QStringList a = {}, QString d = {}, QString arxiv = {}, int y = 0,
             QString v = {}, QString pdf = {}, bool onlyTitle = false)
        : title(std::move(t))
        , authors(std::move(a))
        , doi(std::move(d))
        , arxivId(std::move(arxiv))
        , year(y)
        , venue(std::move(v))
        , pdfUrl(std::move(pdf))
        , titleOnly(onlyTitle)
    { }

    QString title;
    QStringList authors;
    QString doi;
    QString arxivId;
    int year = 0;
    QString venue;
    QString pdfUrl;
    bool titleOnly = false;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

void tst_CitationMeta::parse_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("pageUrl");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("bioRxiv") << kBiorxivPage
                             << u"https://www.biorxiv.org/content/10.1101/2021.06.18.448989v1"_s
                             << QByteArray("text/html; charset=utf-8")
                             << Expected{
                                    u"Brain-like functional specialization emerges "
                                    u"spontaneously in deep neural networks"_s,
                                    {u"Dobs, Katharina"_s, u"Martinez, Julio"_s,
                                     u"Kell, Alexander J.E."_s, u"Kanwisher, Nancy"_s},
                                    u"10.1101/2021.06.18.448989"_s,
                                    {},
                                    2021,
                                    u"bioRxiv"_s,
                                    u"https://www.biorxiv.org/content/biorxiv/early/2021/06/18/"
                                    u"2021.06.18.448989.full.pdf"_s,
                                    false};
    QTest::newRow("Nature") << kNaturePage << u"https://www.nature.com/articles/s41586-019-1346-5"_s
                            << QByteArray()
                            << Expected{u"Cortical’s olfactory system, learned"_s,
                                        {u"Peter Y. Wang"_s, u"Yi Sun"_s, u"Richard Axel"_s},
                                        u"10.1038/s41586-019-1346-5"_s,
                                        {},
                                        2019,
                                        u"Nature"_s,
                                        u"https://www.nature.com/articles/s41586-019-1346-5.pdf"_s,
                                        false};
    QTest::newRow("PMLR") << kPmlrPage << u"https://proceedings.mlr.press/v119/rolnick20a.html"_s
                          << QByteArray("text/html")
                          << Expected{
                                 u"GAIT-prop: A biologically plausible learning rule derived "
                                 u"from backpropagation of error"_s,
                                 {u"Ahmad, Nasir"_s, u"van Gerven, Marcel A. J."_s},
                                 {},
                                 {},
                                 2020,
                                 u"Proceedings of the 37th International Conference on "
                                 u"Machine Learning"_s,
                                 u"http://proceedings.mlr.press/v119/rolnick20a/rolnick20a.pdf"_s,
                                 false};
    QTest::newRow("OpenReview, relative PDF, meta text inside a script ignored")
        << kOpenReviewPage << u"https://openreview.net/forum?id=rkxoh24FPH"_s << QByteArray()
        << Expected{u"On Mutual Information Maximization for Representation Learning"_s,
                    {u"Michael Tschannen"_s, u"Josip Djolonga"_s},
                    {},
                    {},
                    2019,
                    u"International Conference on Learning Representations"_s,
                    u"https://openreview.net/pdf?id=rkxoh24FPH"_s,
                    false};
    QTest::newRow("arXiv: its 10.48550 DOI is the arXiv id, not a DOI")
        << kArxivPage << u"https://arxiv.org/abs/2306.16922"_s << QByteArray()
        << Expected{u"The ELM Neuron: an Efficient and Expressive Cortical Neuron Model Can "
                    u"Solve Long-Horizon Tasks"_s,
                    {u"Spieler, Aaron"_s},
                    {},
                    u"2306.16922"_s,
                    2023,
                    {},
                    u"http://arxiv.org/pdf/2306.16922"_s,
                    false};
    QTest::newRow("entities")
        << QByteArray(
               "<meta name=\"citation_title\" content=\"Rock &amp; roll: the "
               "&#8220;brain&#8221; &lt;i&gt;in&nbsp;vivo&lt;/i&gt; &#x2019;s &eacute;t&Eacute; "
               "&alpha;-&Omega; &foo; &amp x &#0; &#150;\">"
               "<meta name=\"citation_author\" content=\"M&uuml;ller, J&ouml;rg\">"
               "<meta name=\"citation_author\" content=\"O&#39;Brien, S&#xE9;an\">")
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"Rock & roll: the “brain” in vivo ’s étÉ α-Ω &foo; &amp x \uFFFD –"_s,
                    {u"Müller, Jörg"_s, u"O'Brien, Séan"_s}};
    QTest::newRow("latin-1 page read as windows-1252")
        << QByteArray("<html><head><meta charset=\"ISO-8859-1\">"
                      "<meta name=\"citation_title\" content=\"Schr\xf6"
                      "dinger\x92s cat\">"
                      "<meta name=\"citation_author\" content=\"G\xf6"
                      "del, Kurt\">")
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"Schrödinger’s cat"_s, {u"Gödel, Kurt"_s}};
    QTest::newRow("http-equiv charset")
        << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                      "charset=windows-1252\"><title>Caf\xe9</title>")
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"Café"_s, {}, {}, {}, 0, {}, {}, true};
    QTest::newRow("Content-Type header wins over meta")
        << QByteArray("<meta charset=\"utf-8\"><title>Caf\xe9</title>") << u"https://example.org/"_s
        << QByteArray("text/html; charset=\"iso-8859-1\"")
        << Expected{u"Café"_s, {}, {}, {}, 0, {}, {}, true};
    QTest::newRow("UTF-8 by default")
        << QByteArray("<title>Caf\xc3\xa9</title>") << u"https://example.org/"_s << QByteArray()
        << Expected{u"Café"_s, {}, {}, {}, 0, {}, {}, true};
    QTest::newRow("UTF-16 with BOM")
        << QByteArray("\xff\xfe<\0t\0i\0t\0l\0e\0>\0\xe9\0<\0/\0t\0i\0t\0l\0e\0>\0", 34)
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"é"_s, {}, {}, {}, 0, {}, {}, true};
    QTest::newRow("reversed attributes, any case, any quotes")
        << QByteArray("<HEAD><META CONTENT='It&#39;s a title' NAME=citation_title>"
                      "<meta content=2017 name=citation_date />"
                      "<Meta\n\tContent=\"Smith, J.\"\n\tName=\"Citation_Author\" >"
                      "<meta content=10.1234/ABC.5 name=CITATION_DOI>"
                      "<meta name = \"citation_journal_title\" content = \"J. Tests\" / >")
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"It's a title"_s, {u"Smith, J."_s}, u"10.1234/ABC.5"_s, {}, 2017,
                    u"J. Tests"_s};
    QTest::newRow("DOI with resolver prefix, date priority")
        << QByteArray(
               "<meta name=\"citation_online_date\" content=\"2018-12-30\">"
               "<meta name=\"citation_doi\" content=\"https://doi.org/10.1152/jn.00001.2020\">"
               "<meta name=\"citation_publication_date\" content=\"13/01/2019\">"
               "<meta name=\"citation_title\" content=\"T\">")
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"T"_s, {}, u"10.1152/jn.00001.2020"_s, {}, 2019};
    QTest::newRow("Dublin Core only")
        << QByteArray("<meta name=\"DC.title\" content=\"A Dublin Core title\">"
                      "<meta name=\"DC.creator\" content=\"Ada Lovelace\">"
                      "<meta name=\"dc.creator\" content=\"Charles Babbage\">"
                      "<meta name=\"dc.identifier\" content=\"ISSN 1234-5678\">"
                      "<meta name=\"dc.identifier\" content=\"doi:10.1234/dc.42\">"
                      "<meta name=\"dcterms.issued\" content=\"2015-03-01\">"
                      "<title>Site</title>")
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"A Dublin Core title"_s,
                    {u"Ada Lovelace"_s, u"Charles Babbage"_s},
                    u"10.1234/dc.42"_s,
                    {},
                    2015};
    QTest::newRow("markup inside citation_title")
        << QByteArray("<meta name=\"citation_title\" content=\"The &lt;i&gt;Drosophila&lt;/i&gt; "
                      "larva &lt; 3 mm\">")
        << u"https://example.org/"_s << QByteArray() << Expected{u"The Drosophila larva < 3 mm"_s};
    QTest::newRow("og:title before <title>")
        << QByteArray("<title>Home | Site</title><meta property=\"og:title\" content=\"A post\">")
        << u"https://example.org/"_s << QByteArray()
        << Expected{u"A post"_s, {}, {}, {}, 0, {}, {}, true};
    QTest::newRow("no metadata but <title>")
        << QByteArray("<html><head><TITLE>  What&#39;s the\n   endgame of NeuroAI? "
                      "| xcorr </TITLE></head><body><svg><title>icon</title></svg></body>")
        << u"https://xcorr.net/"_s << QByteArray()
        << Expected{u"What's the endgame of NeuroAI? | xcorr"_s, {}, {}, {}, 0, {}, {}, true};
    QTest::newRow("comments and scripts hide tags")
        << QByteArray("<!-- <meta name=\"citation_title\" content=\"Commented\"> -->"
                      "<script>document.write('<meta name=\"citation_title\" content=\"Js\">')"
                      "</SCRIPT><style>/* <title>Style</title> */</style>"
                      "<meta name=\"citation_title\" content=\"Real\">")
        << u"https://example.org/"_s << QByteArray() << Expected{u"Real"_s};
    QTest::newRow("pdf url: javascript ignored")
        << QByteArray("<meta name=\"citation_pdf_url\" content=\"javascript:alert(1)\">"
                      "<meta name=\"citation_title\" content=\"T\">")
        << u"https://example.org/"_s << QByteArray() << Expected{u"T"_s};
    QTest::newRow("truncated: the cut tag is dropped")
        << QByteArray("<html><head><meta name=\"citation_title\" content=\"Complete\">"
                      "<meta name=\"citation_author\" content=\"Cut, Sho")
        << u"https://example.org/"_s << QByteArray() << Expected{u"Complete"_s};
    QTest::newRow("truncated inside <title>")
        << QByteArray("<html><head><title>Half a ti") << u"https://example.org/"_s << QByteArray()
        << Expected{u"Half a ti"_s, {}, {}, {}, 0, {}, {}, true};
    QTest::newRow("nothing at all")
        << QByteArray() << u"https://example.org/"_s << QByteArray() << Expected{};
    QTest::newRow("an empty page") << QByteArray("<html><head></head><body></body></html>")
                                   << u"https://example.org/"_s << QByteArray() << Expected{};
    QTest::newRow("plain text") << QByteArray("citation_title: not a tag")
                                << u"https://example.org/"_s << QByteArray() << Expected{};
}

void tst_CitationMeta::parse()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, pageUrl);
    QFETCH(QByteArray, contentType);
    QFETCH(Expected, expected);

    const CitationMeta meta = Curator::parseCitationMeta(html, QUrl(pageUrl), contentType);
    QCOMPARE(meta.title, expected.title);
    QCOMPARE(meta.authors, expected.authors);
    QCOMPARE(meta.doi, expected.doi);
    QCOMPARE(meta.arxivId, expected.arxivId);
    QCOMPARE(meta.year, expected.year);
    QCOMPARE(meta.venue, expected.venue);
    QCOMPARE(meta.pdfUrl.toString(), expected.pdfUrl);
    QCOMPARE(meta.fromTitleTagOnly, expected.titleOnly);
    QCOMPARE(meta.isEmpty(), expected.title.isEmpty() && expected.authors.isEmpty());
}

void tst_CitationMeta::onlyTheFirstHalfMegabyteIsRead()
{
    const QByteArray filler(400 * 1024, ' ');
    const QByteArray early = "<meta name=\"citation_title\" content=\"Early\">";
    const QByteArray late = "<meta name=\"citation_doi\" content=\"10.1234/late\">";

    // At 400 KB: read.
    CitationMeta meta = Curator::parseCitationMeta(QByteArray(filler + early), QUrl());
    QCOMPARE(meta.title, u"Early"_s);

    // After a megabyte of body: not even looked at.
    const QByteArray body = "<html><head>" + early + "</head><body>" + QByteArray(1024 * 1024, 'x')
        + late + "</body></html>";
    meta = Curator::parseCitationMeta(body, QUrl());
    QCOMPARE(meta.title, u"Early"_s);
    QVERIFY(meta.doi.isEmpty());

    // A tag straddling the limit is cut, and so dropped.
    const QByteArray straddling
        = QByteArray(QByteArray(Curator::kCitationScanBytes - 20, ' ') + late);
    QVERIFY(Curator::parseCitationMeta(straddling, QUrl()).doi.isEmpty());
}

void tst_CitationMeta::garbageIsSafeAndQuick_data()
{
    QTest::addColumn<QByteArray>("html");

    QTest::newRow("only <") << QByteArray(600 * 1024, '<');
    QTest::newRow("open tags") << QByteArray("<a ").repeated(200000);
    QTest::newRow("open comment") << "<!--" + QByteArray(600 * 1024, '-');
    QTest::newRow("open quote") << "<meta name=\"citation_title\" content=\""
            + QByteArray(600 * 1024, 'x');
    QTest::newRow("open script") << "<script>" + QByteArray("<meta>").repeated(100000);
    QTest::newRow("many attributes") << "<meta " + QByteArray("a=b ").repeated(150000) + ">";
    QTest::newRow("entities") << "<title>"
            + QByteArray("&#x10FFFF;&#99999999;&;&#;&#x;&").repeated(20000);
    QTest::newRow("nul bytes") << QByteArray(300 * 1024, '\0') + "<title>t</title>";
    QTest::newRow("invalid UTF-8") << QByteArray("<title>\xff\xfe\xc3(\xe2\x82</title>");
    QTest::newRow("ends in <") << QByteArray("<title>x</title><");
    QTest::newRow("ends in &") << QByteArray("<meta name=citation_title content=x&");
}

void tst_CitationMeta::garbageIsSafeAndQuick()
{
    QFETCH(QByteArray, html);
    QElapsedTimer clock;
    clock.start();
    const CitationMeta meta = Curator::parseCitationMeta(html, QUrl(u"https://example.org/"_s));
    Q_UNUSED(meta);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void tst_CitationMeta::randomBytesAreSafe()
{
    QRandomGenerator random(20240611);
    const QByteArray alphabet = "<>/=\"' \n&#;!-ametnicoln_ATL\x92\xc3\xa9";
    for (int round = 0; round < 2000; ++round) {
        QByteArray html(int(random.bounded(1, 400)), Qt::Uninitialized);
        for (char &c : html)
            c = alphabet[int(random.bounded(int(alphabet.size())))];
        const CitationMeta meta = Curator::parseCitationMeta(html, QUrl());
        QVERIFY(meta.authors.size() <= html.size());
    }
}

void tst_CitationMeta::linkTargets()
{
    const QString html
        = u"<p><a href=\"https://a.example/\">a</a><A HREF='/rel?x=1&amp;y=2'>b</A>"
          u"<a name=x>no href</a><a href=>empty</a><a\nhref=https://c.example/c >c</a>"
          u"<!-- <a href=\"https://hidden.example/\"> -->"_s;
    QCOMPARE(Curator::htmlLinkTargets(html, 100),
             (QStringList{u"https://a.example/"_s, u"/rel?x=1&y=2"_s, u"https://c.example/c"_s}));
    QCOMPARE(Curator::htmlLinkTargets(html, 1), QStringList{u"https://a.example/"_s});
}

// ---- The reader against a loopback server
// --------------------------------------------------------

namespace {

QUrl at(const TestHttpServer &server, const char *path)
{
    return QUrl::fromEncoded(server.baseUrl().toEncoded() + path, QUrl::StrictMode);
}

HostPolicy fastPolicy()
{
    HostPolicy policy = PageMetadataReader::defaultPagePolicy();
    policy.minIntervalMs = 0;
    policy.timeoutMs = 5000;
    return policy;
}

std::optional<PageMetadata> readPage(PageMetadataReader &reader, const QUrl &url)
{
    auto result = std::make_shared<std::optional<PageMetadata>>();
    reader.read(url, [result](const PageMetadata &page) { *result = page; });
    (void)QTest::qWaitFor([result] { return result->has_value(); }, 15000);
    return *result;
}

Response htmlResponse(const QByteArray &body, int status = 200)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    return r;
}

} // namespace

void tst_CitationMeta::readsPage()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", "/content/10.1101/2021.06.18.448989v1", htmlResponse(kBiorxivPage));
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);
    reader.setPagePolicy(fastPolicy());

    const QUrl url = at(server, "/content/10.1101/2021.06.18.448989v1");
    const auto page = readPage(reader, url);
    QVERIFY(page);
    QCOMPARE(page->status, PageMetadata::Status::Ok);
    QCOMPARE(page->url, url);
    QCOMPARE(page->httpStatus, 200);
    QVERIFY(page->message.isEmpty());
    QCOMPARE(page->meta.doi, u"10.1101/2021.06.18.448989"_s);
    QCOMPARE(page->meta.authors.size(), 4);
    QCOMPARE(reader.pending(), 0);
    // The page is asked for as a browser would, HTML first.
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().header("Accept").startsWith("text/html"));
}

void tst_CitationMeta::reportsNotFound()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", "/missing", htmlResponse("<title>Not here</title>", 404));
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);
    reader.setPagePolicy(fastPolicy());

    const auto page = readPage(reader, at(server, "/missing"));
    QVERIFY(page);
    QCOMPARE(page->status, PageMetadata::Status::Failed);
    QCOMPARE(page->httpStatus, 404);
    QVERIFY(!page->message.isEmpty());
    QVERIFY(page->meta.isEmpty());
}

void tst_CitationMeta::followsRedirect()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    Response moved;
    moved.status = 301;
    moved.headers = {{"Location", at(server, "/doi/10.1126/science.aaw1234").toEncoded()}};
    server.route("GET", "/content/364/6439/eaaw1234", moved);
    server.route("GET", "/doi/10.1126/science.aaw1234",
                 htmlResponse("<meta name=\"citation_doi\" content=\"10.1126/science.aaw1234\">"));
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);
    reader.setPagePolicy(fastPolicy());

    const auto page = readPage(reader, at(server, "/content/364/6439/eaaw1234"));
    QVERIFY(page);
    QCOMPARE(page->status, PageMetadata::Status::Ok);
    QCOMPARE(page->url, at(server, "/doi/10.1126/science.aaw1234"));
    QCOMPARE(page->meta.doi, u"10.1126/science.aaw1234"_s);
}

void tst_CitationMeta::capsEndlessBody()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    Response endless = htmlResponse("<html>");
    endless.mode = Response::Mode::Endless;
    server.route("GET", "/endless", endless);
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);
    reader.setPagePolicy(fastPolicy());
    QCOMPARE(reader.pagePolicy().maxBytes, 4 * 1024 * 1024);

    const auto page = readPage(reader, at(server, "/endless"));
    QVERIFY(page);
    QCOMPARE(page->status, PageMetadata::Status::Failed);
    QVERIFY2(page->message.contains(u"4 MB"_s), qPrintable(page->message));
}

void tst_CitationMeta::handsOverPdf()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    Response pdf;
    pdf.body = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
    pdf.headers = {{"Content-Type", "application/octet-stream"}};
    server.route("GET", "/paper.pdf", pdf);
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);
    reader.setPagePolicy(fastPolicy());

    const auto page = readPage(reader, at(server, "/paper.pdf"));
    QVERIFY(page);
    QCOMPARE(page->status, PageMetadata::Status::Pdf);
    QCOMPARE(page->pdf, pdf.body);
}

void tst_CitationMeta::refusesNonHtml()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    Response json;
    json.body = "{\"title\":\"<meta>\"}";
    json.headers = {{"Content-Type", "application/json"}};
    server.route("GET", "/api", json);
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);
    reader.setPagePolicy(fastPolicy());

    const auto page = readPage(reader, at(server, "/api"));
    QVERIFY(page);
    QCOMPARE(page->status, PageMetadata::Status::Failed);
    QVERIFY2(page->message.contains(u"application/json"_s), qPrintable(page->message));
}

void tst_CitationMeta::refusesNonWebAddress()
{
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);

    for (const char *url :
         {"file:///etc/passwd", "data:text/html,<title>x</title>", "https:///x"}) {
        const auto page = readPage(reader, QUrl(QString::fromLatin1(url)));
        QVERIFY(page);
        QCOMPARE(page->status, PageMetadata::Status::Failed);
        QVERIFY(!page->message.isEmpty());
    }
    QCOMPARE(fetcher.pending(), 0);
}

void tst_CitationMeta::cancels()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    Response stall;
    stall.mode = Response::Mode::Stall;
    server.route("GET", "/slow", stall);
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    PageMetadataReader reader(&fetcher);
    reader.setPagePolicy(fastPolicy());

    auto result = std::make_shared<std::optional<PageMetadata>>();
    const quint64 ticket
        = reader.read(at(server, "/slow"), [result](const PageMetadata &p) { *result = p; });
    QTRY_COMPARE(server.requests().size(), 1);
    reader.cancel(ticket);
    QTRY_VERIFY(result->has_value());
    QCOMPARE((*result)->status, PageMetadata::Status::Canceled);
    QCOMPARE(reader.pending(), 0);
}

void tst_CitationMeta::destroyedReaderStaysSilent()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", "/page", htmlResponse("<title>t</title>"));
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    int calls = 0;
    {
        PageMetadataReader reader(&fetcher);
        reader.setPagePolicy(fastPolicy());
        reader.read(at(server, "/page"), [&calls](const PageMetadata &) { ++calls; });
    }
    QTest::qWait(300);
    QCOMPARE(calls, 0);
    QCOMPARE(fetcher.pending(), 0);
}

void tst_CitationMeta::keepsAConfiguredHostPolicy()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", "/page", htmlResponse("<title>t</title>"));
    QNetworkAccessManager nam;
    Fetcher fetcher(&nam);
    HostPolicy api;
    api.minIntervalMs = 200;
    api.maxBytes = 1024;
    fetcher.setPolicy(server.baseUrl(), api);
    PageMetadataReader reader(&fetcher);

    QVERIFY(readPage(reader, at(server, "/page")));
    QCOMPARE(fetcher.policy(server.baseUrl()).maxBytes, 1024);

    // An unconfigured host gets the page policy.
    TestHttpServer other;
    QVERIFY(other.listen());
    other.route("GET", "/page", htmlResponse("<title>t</title>"));
    QVERIFY(readPage(reader, at(other, "/page")));
    QCOMPARE(fetcher.policy(other.baseUrl()).maxBytes, reader.pagePolicy().maxBytes);
}

QTEST_GUILESS_MAIN(tst_CitationMeta)
#include "tst_citationmeta.moc"
