#include "metadata/parsers.h"

#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Curator::MetadataRecord;
using Curator::PersonName;
using Curator::Metadata::ParseResult;
using Status = Curator::Metadata::ParseResult::Status;

namespace Curator::Metadata {
// Readable QCOMPARE failures.
char *toString(ParseResult::Status status)
{
    switch (status) {
    case ParseResult::Status::Ok:
        return qstrdup("Ok");
    case ParseResult::Status::NotFound:
        return qstrdup("NotFound");
    case ParseResult::Status::Malformed:
        return qstrdup("Malformed");
    case ParseResult::Status::ServiceError:
        return qstrdup("ServiceError");
    }
    return qstrdup("?");
}
} // namespace Curator::Metadata

namespace {

enum class Parser { Arxiv, Crossref, Csl };

} // namespace

Q_DECLARE_METATYPE(Parser)
Q_DECLARE_METATYPE(Curator::Metadata::ParseResult::Status)

namespace {

QString fixturePath(QStringView relative)
{
    return Curator::Test::fixturePath(relative.toString());
}

QByteArray readFixture(QStringView relative)
{
    return Curator::Test::readFile(fixturePath(relative));
}

ParseResult parse(Parser parser, const QByteArray &bytes)
{
    switch (parser) {
    case Parser::Arxiv:
        return Curator::Metadata::parseArxivFeed(bytes);
    case Parser::Crossref:
        return Curator::Metadata::parseCrossrefWork(bytes);
    case Parser::Csl:
        return Curator::Metadata::parseCsl(bytes);
    }
    return {};
}

// What each recorded body holds, read by hand from the file (SOURCES.md says what request each
// answers). For a feed of several entries the columns describe the first record. arXiv gives
// each author as one string: family/given there are the natural-order split (last word plus
// any particles before it is the family name).
struct FixtureRow
{
    Parser parser;
    const char *file; // relative to fixtures/
    Status status;
    int count;
    QStringView title;
    int authorCount;
    QStringView family;
    QStringView given;
    QStringView literal;
    int year;
    QStringView doi;
    QStringView arxivId;
    int arxivVersion;
    QStringView container;
};

constexpr FixtureRow FixtureRows[] = {
    // --- arXiv Atom feeds ---
    {Parser::Arxiv, "arxiv/2016_id_list_1111.2011v2.atom.xml", Status::Ok, 1,
     u"Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit",
     3, u"Murray", u"James M.", u"", 2011, u"10.1103/PhysRevB.85.115117", u"1111.2011", 2,
     u"arXiv"},
    {Parser::Arxiv, "arxiv/2019_id_list_1710.08557.atom.xml", Status::Ok, 1,
     u"On Neuromechanical Approaches for the Study of Biological Grasp and Manipulation", 2,
     u"Valero-Cuevas", u"Francisco J", u"", 2017, u"10.1186/s12984-017-0305-3", u"1710.08557", 1,
     u"arXiv"},
    {Parser::Arxiv,
     "arxiv/2019_id_list_INVALIDID_error.atom.xml",
     Status::ServiceError,
     0,
     {},
     0,
     {},
     {},
     {},
     0,
     {},
     {},
     0,
     {}},
    {Parser::Arxiv, "arxiv/2019_id_list_math_0211159.atom.xml", Status::Ok, 1,
     u"The entropy formula for the Ricci flow and its geometric applications", 1, u"Perelman",
     u"Grisha", u"", 2002, u"", u"math/0211159", 1, u"arXiv"},
    {Parser::Arxiv,
     "arxiv/2026_id_list_0000.0000_empty.atom.xml",
     Status::NotFound,
     0,
     {},
     0,
     {},
     {},
     {},
     0,
     {},
     {},
     0,
     {}},
    {Parser::Arxiv, "arxiv/2026_id_list_0808.05394_1707.08567.atom.xml", Status::Ok, 1,
     u"Proceedings of Workshop AEW10: Concepts in Information Theory and Communications", 34,
     u"Immink", u"Kees A. Schouhamer", u"", 2017, u"", u"1707.08567", 1, u"arXiv"},
    {Parser::Arxiv, "arxiv/2026_id_list_1605.08386.atom.xml", Status::Ok, 1,
     u"Heat-bath random walks with Markov bases", 2, u"Stanley", u"Caprice", u"", 2016, u"",
     u"1605.08386", 1, u"arXiv"},
    {Parser::Arxiv, "arxiv/2026_id_list_2104.12255v1.atom.xml", Status::Ok, 1, u"0", 1, u"Nguyen",
     u"Quan Thoi Minh", u"", 2021, u"", u"2104.12255", 1, u"arXiv"},
    {Parser::Arxiv,
     "arxiv/2026_id_list_abc_error.atom.xml",
     Status::ServiceError,
     0,
     {},
     0,
     {},
     {},
     {},
     0,
     {},
     {},
     0,
     {}},
    {Parser::Arxiv, "arxiv/2026_id_list_astro-ph_0601001.atom.xml", Status::Ok, 1,
     u"Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward "
     u"the Galactic Bulge and Carina",
     4, u"Gould", u"Andrew", u"", 2006, u"", u"astro-ph/0601001", 1, u"arXiv"},
    {Parser::Arxiv, "arxiv/2026_id_list_quant-ph_0201082v1.atom.xml", Status::Ok, 1,
     u"Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C "
     u"Language",
     1, u"Blaha", u"Stephen", u"", 2002, u"", u"quant-ph/0201082", 1, u"arXiv"},
    {Parser::Arxiv, "arxiv/2026_search_testing_max10.atom.xml", Status::Ok, 10,
     u"Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques", 3,
     u"Ahuja", u"Mohit Kumar", u"", 2022, u"10.1109/ICSTW55395.2022.00035", u"2202.12139", 1,
     u"arXiv"},

    // --- Crossref /works/{DOI} ---
    {Parser::Crossref, "crossref/10.1007_978-3-662-46370-3_13.json", Status::Ok, 1,
     u"Clinical Symptoms and Physical Examinations", 2, u"Diercks", u"Ronald L.", u"", 2015,
     u"10.1007/978-3-662-46370-3_13", u"", 0, u"Shoulder Stiffness"},
    {Parser::Crossref, "crossref/10.1038_ng.3834.json", Status::Ok, 1,
     u"The impact of structural variation on human gene expression", 14, u"Chiang", u"Colby", u"",
     2017, u"10.1038/ng.3834", u"", 0, u"Nature Genetics"},
    // \u escapes in the file: "\u0112riks" "Kup\u010de".
    {Parser::Crossref, "crossref/10.1038_s43586-021-00024-3.json", Status::Ok, 1,
     u"Parallel nuclear magnetic resonance spectroscopy", 5, u"Kup\u010De", u"\u0112riks", u"",
     2021, u"10.1038/s43586-021-00024-3", u"", 0, u"Nature Reviews Methods Primers"},
    {Parser::Crossref, "crossref/10.1101_097196.json", Status::Ok, 1,
     u"A Data Citation Roadmap for Scholarly Data Repositories", 11, u"Fenner", u"Martin", u"",
     2016, u"10.1101/097196", u"", 0, u"bioRxiv"},
    // issued is [[null]] and no other date is given.
    {Parser::Crossref, "crossref/10.1109_icdcsw.2003.1203662.json", Status::Ok, 1,
     u"Accurate and explicit differentiation of wireless and congestion losses", 2, u"Arya", u"V.",
     u"", 0, u"10.1109/icdcsw.2003.1203662", u"", 0,
     u"23rd International Conference on Distributed Computing Systems Workshops, 2003. "
     u"Proceedings."},
    // The title holds <i>KRAS</i> etc. on lines of their own.
    {Parser::Crossref, "crossref/10.1136_jclinpath-2020-206745.json", Status::Ok, 1,
     u"Construction of a reference material panel for detecting KRAS / NRAS / EGFR / BRAF / MET "
     u"mutations in plasma ctDNA",
     15, u"Xu", u"Jun", u"", 2020, u"10.1136/jclinpath-2020-206745", u"", 0,
     u"Journal of Clinical Pathology"},
    // The same work as Crossref shows it once Retraction Watch's notice is linked (derived; see
    // SOURCES.md).
    {Parser::Crossref, "crossref/10.1136_jclinpath-2020-206745_retracted.json", Status::Ok, 1,
     u"Construction of a reference material panel for detecting KRAS / NRAS / EGFR / BRAF / MET "
     u"mutations in plasma ctDNA",
     15, u"Xu", u"Jun", u"", 2020, u"10.1136/jclinpath-2020-206745", u"", 0,
     u"Journal of Clinical Pathology"},
    {Parser::Crossref, "crossref/10.1145_2834800.2834802.json", Status::Ok, 1,
     u"Adaptive precision solvers for sparse linear systems", 3, u"Anzt", u"Hartwig", u"", 2015,
     u"10.1145/2834800.2834802", u"", 0,
     u"Proceedings of the 3rd International Workshop on Energy Efficient Supercomputing - E2SC "
     u"'15"},
    {Parser::Crossref, "crossref/10.1371_journal.pone.0033693.json", Status::Ok, 1,
     u"Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the "
     u"Basal Ganglia of Mice",
     6, u"Sadasivan", u"Shankar", u"", 2012, u"10.1371/journal.pone.0033693", u"", 0, u"PLoS ONE"},
    // posted-content without an "institution": no container.
    {Parser::Crossref, "crossref/10.26434_chemrxiv.5406907.v5.json", Status::Ok, 1,
     u"Binding Modes of Ligands Using Enhanced Sampling (BLUES): Rapid Decorrelation of Ligand "
     u"Binding Modes Using Nonequilibrium Candidate Monte Carlo",
     8, u"Gill", u"Samuel", u"", 2018, u"10.26434/chemrxiv.5406907.v5", u"", 0, u""},
    // The only author has "family" and no "given".
    {Parser::Crossref, "crossref/10.3892_ijo_00000353.json", Status::Ok, 1,
     u"Human bladder cancer cells undergo cisplatin-induced apoptosis that is associated with "
     u"p53-dependent and p53-independent responses",
     1, u"Stravopodis", u"", u"", 2009, u"10.3892/ijo_00000353", u"", 0,
     u"International Journal of Oncology"},
    // subtitle is [""]; issued [[null]].
    {Parser::Crossref, "crossref/10.4018_978-1-4666-9588-7.les2.json", Status::Ok, 1,
     u"\"Racial Epithet\"", 1, u"Hartlep", u"Nicholas D.", u"", 0,
     u"10.4018/978-1-4666-9588-7.les2", u"", 0,
     u"Impact of the Model Minority Stereotype on Modern Society"},
    {Parser::Crossref,
     "crossref/404_10.1371_notarealdoi.txt",
     Status::NotFound,
     0,
     {},
     0,
     {},
     {},
     {},
     0,
     {},
     {},
     0,
     {}},

    // --- CSL-JSON from doi.org content negotiation ---
    {Parser::Csl, "csl/10.1007_978-3-319-00026-8_2.csl.json", Status::Ok, 1,
     u"Open Science: One Term, Five Schools of Thought", 2, u"Fecher", u"Benedikt", u"", 2013,
     u"10.1007/978-3-319-00026-8_2", u"", 0, u"Opening Science"},
    {Parser::Csl, "csl/10.1101_110825.csl.json", Status::Ok, 1,
     u"Towards Coordinated International Support of Core Data Resources for the Life Sciences", 31,
     u"Anderson", u"W.", u"", 2017, u"10.1101/110825", u"", 0, u"bioRxiv"},
    {Parser::Csl, "csl/10.1126_science.169.3946.635.csl.json", Status::Ok, 1,
     u"The Structure of Ordinary Water", 1, u"Frank", u"Henry S.", u"", 1970,
     u"10.1126/science.169.3946.635", u"", 0, u"Science"},
    {Parser::Csl, "csl/10.2760_283135.op.csl.json", Status::Ok, 1,
     u"Policy approaches to Open Education: case Studies from 28 EU Member States (OpenEdu "
     u"Policies)",
     1, u"", u"", u"European Commission. Joint Research Centre.", 2017, u"10.2760/283135", u"", 0,
     u""},
    {Parser::Csl, "csl/10.3389_fnhum.2013.00291.csl.json", Status::Ok, 1,
     u"Deep impact: unintended consequences of journal rank", 3, u"Brembs", u"Bj\u00F6rn", u"",
     2013, u"10.3389/fnhum.2013.00291", u"", 0, u"Frontiers in Human Neuroscience"},
    // DataCite writes the DOI in capitals; it is kept as given (DOIs compare case-folded).
    {Parser::Csl, "csl/10.5281_zenodo.1147025.datacite.csl.json", Status::Ok, 1,
     u"Rainbow Of Open Science Practices", 2, u"Kramer", u"Bianca", u"", 2018,
     u"10.5281/ZENODO.1147025", u"", 0, u"Zenodo"},
};

QString s(QStringView view)
{
    return view.toString();
}

// An Atom feed around the given <entry> elements, as arXiv's 2026 server writes it.
QByteArray atomFeed(const QByteArray &entries)
{
    return "<?xml version='1.0' encoding='UTF-8'?>\n"
           "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
           "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
           "  <id>https://arxiv.org/api/test</id>\n"
        + entries + "</feed>\n";
}

QByteArray entryOf(const QByteArray &feed)
{
    const qsizetype begin = feed.indexOf("<entry>");
    const qsizetype end = feed.indexOf("</entry>");
    if (begin < 0 || end < begin)
        qFatal("no <entry> in feed");
    return feed.mid(begin, end + int(sizeof("</entry>")) - 1 - begin) + '\n';
}

} // namespace

class TestMetadataParsers : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void everyFixtureHasARow();

    void arxivDetails();
    void arxivAuthorNames();
    void arxivSearchFeedKeepsOrder();
    void arxivBatchOfTwoIds();
    void arxivErrorFeeds();
    void arxivDoiIsTheJournalDoi();
    void arxivNamespaces();

    void crossrefDetails();
    void crossrefPostedContent();
    void crossrefDates();
    void crossrefMarkup();
    void crossrefWrongTypes();
    void crossrefServiceErrors();
    void crossrefHostileTextIsLinear();

    void cslDetails();
    void cslArrays();
    void cslArxivDoi();

    void malformed_data();
    void malformed();
    void deepXmlIsNotRecursive();
};

void TestMetadataParsers::fixtures_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QString>("file");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("authorCount");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("literal");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("doi");
    QTest::addColumn<QString>("arxivId");
    QTest::addColumn<int>("arxivVersion");
    QTest::addColumn<QString>("container");

    for (const FixtureRow &row : FixtureRows) {
        QTest::newRow(row.file) << row.parser << QString::fromLatin1(row.file) << row.status
                                << row.count << s(row.title) << row.authorCount << s(row.family)
                                << s(row.given) << s(row.literal) << row.year << s(row.doi)
                                << s(row.arxivId) << row.arxivVersion << s(row.container);
    }
}

void TestMetadataParsers::fixtures()
{
    QFETCH(Parser, parser);
    QFETCH(QString, file);
    QFETCH(Status, status);
    QFETCH(int, count);

    const ParseResult result = parse(parser, readFixture(file));
    QCOMPARE(result.status, status);
    QCOMPARE(result.records.size(), count);
    if (status != Status::Ok) {
        QVERIFY2(!result.message.isEmpty(), "a failure must say why");
        return;
    }
    QVERIFY(result.message.isEmpty());

    QFETCH(QString, title);
    QFETCH(int, authorCount);
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, literal);
    QFETCH(int, year);
    QFETCH(QString, doi);
    QFETCH(QString, arxivId);
    QFETCH(int, arxivVersion);
    QFETCH(QString, container);

    const MetadataRecord &record = result.records.constFirst();
    const MetadataRecord::Source source = parser == Parser::Arxiv ? MetadataRecord::Source::Arxiv
        : parser == Parser::Crossref                              ? MetadataRecord::Source::Crossref
                                                                  : MetadataRecord::Source::Csl;
    QVERIFY(record.source == source);
    QCOMPARE(record.title, title);
    QCOMPARE(record.authors.size(), authorCount);
    QCOMPARE(record.authors.constFirst().family, family);
    QCOMPARE(record.authors.constFirst().given, given);
    QCOMPARE(record.authors.constFirst().literal, literal);
    QCOMPARE(record.year, year);
    if (record.published.isValid())
        QCOMPARE(record.published.year(), year);
    QCOMPARE(record.doi, doi);
    QCOMPARE(record.arxivId, arxivId);
    QCOMPARE(record.arxivVersion, arxivVersion);
    QCOMPARE(record.containerTitle, container);
    QVERIFY2(!record.url.isEmpty(), "every record has a landing page");
    for (const PersonName &name : record.authors)
        QVERIFY2(!name.family.isEmpty() || !name.literal.isEmpty(), "no empty author slots");
}

// A fixture added to shared/ without a row here fails this until the table says what it holds.
void TestMetadataParsers::everyFixtureHasARow()
{
    QSet<QString> listed;
    for (const FixtureRow &row : FixtureRows)
        listed.insert(QString::fromLatin1(row.file));
    QSet<QString> present;
    for (const QString &folder : {u"arxiv"_s, u"crossref"_s, u"csl"_s}) {
        const QDir dir(fixturePath(folder));
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        for (const QString &name : dir.entryList(QDir::Files))
            present.insert(folder + u'/' + name);
    }
    QCOMPARE(present.size(), 31);
    QCOMPARE(present, listed);
}

void TestMetadataParsers::arxivDetails()
{
    const ParseResult result = Curator::Metadata::parseArxivFeed(
        readFixture(u"arxiv/2016_id_list_1111.2011v2.atom.xml"));
    QCOMPARE(result.status, Status::Ok);
    const MetadataRecord &record = result.records.constFirst();
    // <published> is v1 (2011); <updated> is the v2 date (2012) and must not win.
    QCOMPARE(record.published, QDate(2011, 11, 8));
    QCOMPARE(record.journalRef, u"Phys. Rev. B 85, 115117 (2012)"_s);
    QCOMPARE(record.url, u"https://arxiv.org/abs/1111.2011"_s);
    QCOMPARE(record.authors.at(2).family, u"Tesanovic"_s);
    QCOMPARE(record.authors.at(2).given, u"Zlatko"_s);
    QVERIFY(record.type.isEmpty());
    QVERIFY(record.preprintOf.isEmpty());

    const ParseResult old = Curator::Metadata::parseArxivFeed(
        readFixture(u"arxiv/2026_id_list_astro-ph_0601001.atom.xml"));
    QCOMPARE(old.status, Status::Ok);
    QCOMPARE(old.records.constFirst().journalRef, u"ActaAstron.56:1-50,2006"_s);
    QCOMPARE(old.records.constFirst().url, u"https://arxiv.org/abs/astro-ph/0601001"_s);
    QCOMPARE(old.records.constFirst().published, QDate(2006, 1, 2));
    // The affiliation inside <author> is not a second name.
    QCOMPARE(old.records.constFirst().authors.at(2).family, u"Gaudi"_s);
    QCOMPARE(old.records.constFirst().authors.at(2).given, u"B. Scott"_s);
}

void TestMetadataParsers::arxivAuthorNames()
{
    const ParseResult result = Curator::Metadata::parseArxivFeed(
        readFixture(u"arxiv/2026_id_list_0808.05394_1707.08567.atom.xml"));
    QCOMPARE(result.status, Status::Ok);
    const QList<PersonName> &authors = result.records.constFirst().authors;
    QCOMPARE(authors.size(), 34);
    // Particles belong to the family name.
    QCOMPARE(authors.at(4), (PersonName{u"de With"_s, u"Peter H. N."_s, {}}));
    QCOMPARE(authors.at(28), (PersonName{u"van der Putten"_s, u"Joost"_s, {}}));
    QCOMPARE(authors.at(29), (PersonName{u"van der Sommen"_s, u"Fons"_s, {}}));
    QCOMPARE(authors.at(13), (PersonName{u"Iwata"_s, u"Ken-ichi"_s, {}}));
    // UTF-8 in the feed.
    QCOMPARE(authors.at(32), (PersonName{u"W\u00FCbben"_s, u"Dirk"_s, {}}));
    QCOMPARE(authors.constLast(), (PersonName{u"Yamamoto"_s, u"Hirosuke"_s, {}}));

    // Names and titles wrapped over lines, a generation suffix, a collaboration.
    const QByteArray feed = atomFeed("<entry><id>http://arxiv.org/abs/2306.16922v2</id>\n"
                                     "<published>2023-06-29T13:00:00Z</published>\n"
                                     "<title>A   title\n   wrapped\tover lines</title>\n"
                                     "<author><name>Daniel L. K.\n      Yamins</name></author>\n"
                                     "<author><name>Martin Luther King Jr.</name></author>\n"
                                     "<author><name>The ATLAS Collaboration</name></author>\n"
                                     "<author><name>  </name></author>\n"
                                     "</entry>\n");
    const ParseResult synthetic = Curator::Metadata::parseArxivFeed(feed);
    QCOMPARE(synthetic.status, Status::Ok);
    const MetadataRecord &record = synthetic.records.constFirst();
    QCOMPARE(record.title, u"A title wrapped over lines"_s);
    QCOMPARE(record.arxivId, u"2306.16922"_s);
    QCOMPARE(record.arxivVersion, 2);
    QCOMPARE(record.authors.size(), 3);
    QCOMPARE(record.authors.at(0), (PersonName{u"Yamins"_s, u"Daniel L. K."_s, {}}));
    QCOMPARE(record.authors.at(1), (PersonName{u"King Jr."_s, u"Martin Luther"_s, {}}));
    QCOMPARE(record.authors.at(2), (PersonName{{}, {}, u"The ATLAS Collaboration"_s}));
}

void TestMetadataParsers::arxivSearchFeedKeepsOrder()
{
    const ParseResult result = Curator::Metadata::parseArxivFeed(
        readFixture(u"arxiv/2026_search_testing_max10.atom.xml"));
    QCOMPARE(result.status, Status::Ok);
    const QStringList expected = {
        u"2202.12139v1"_s, u"2405.13786v1"_s, u"2005.14124v2"_s, u"2204.08348v3"_s,
        u"2302.03287v3"_s, u"1202.4527v1"_s,  u"2503.05378v2"_s, u"1205.1866v1"_s,
        u"2502.07719v2"_s, u"1812.11470v1"_s,
    };
    QStringList ids;
    for (const MetadataRecord &record : result.records)
        ids.append(record.arxivId + u'v' + QString::number(record.arxivVersion));
    QCOMPARE(ids, expected);
    // 2005.14124v2: <published> is v1's date (2020-05-28), <updated> v2's (2020-07-16).
    QCOMPARE(result.records.at(2).published, QDate(2020, 5, 28));
    QCOMPARE(result.records.at(2).doi, u"10.1145/3395363.3397376"_s);
    // An &amp; inside journal_ref is decoded by the XML reader.
    QCOMPARE(result.records.at(5).journalRef,
             u"International Journal of Software Engineering & Applications (IJSEA), Vol.3, "
             u"No.1, January 2012"_s);
    // No <arxiv:doi>: no DOI.
    QVERIFY(result.records.at(6).doi.isEmpty());
    QCOMPARE(result.records.at(6).authors.at(0).given, u"Iva"_s);
}

// No recorded id_list feed returns two entries (SOURCES.md), so the batch is two recorded
// entries in one feed, in the order arXiv would list them.
void TestMetadataParsers::arxivBatchOfTwoIds()
{
    const QByteArray first = entryOf(readFixture(u"arxiv/2026_id_list_2104.12255v1.atom.xml"));
    const QByteArray second = entryOf(readFixture(u"arxiv/2026_id_list_1605.08386.atom.xml"));
    const ParseResult result = Curator::Metadata::parseArxivFeed(atomFeed(first + second));
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records.at(0).arxivId, u"2104.12255"_s);
    QCOMPARE(result.records.at(0).title, u"0"_s);
    QCOMPARE(result.records.at(1).arxivId, u"1605.08386"_s);
    QCOMPARE(result.records.at(1).title, u"Heat-bath random walks with Markov bases"_s);

    const ParseResult reversed = Curator::Metadata::parseArxivFeed(atomFeed(second + first));
    QCOMPARE(reversed.records.at(0).arxivId, u"1605.08386"_s);
    QCOMPARE(reversed.records.at(1).arxivId, u"2104.12255"_s);

    // The recorded two-id request: one id unknown, so one record.
    const ParseResult recorded = Curator::Metadata::parseArxivFeed(
        readFixture(u"arxiv/2026_id_list_0808.05394_1707.08567.atom.xml"));
    QCOMPARE(recorded.records.size(), 1);
    QCOMPARE(recorded.records.constFirst().arxivId, u"1707.08567"_s);
}

void TestMetadataParsers::arxivErrorFeeds()
{
    // 2026 layout: https id; 2019 layout: http id, <summary> before <updated>.
    const ParseResult current
        = Curator::Metadata::parseArxivFeed(readFixture(u"arxiv/2026_id_list_abc_error.atom.xml"));
    QCOMPARE(current.status, Status::ServiceError);
    QCOMPARE(current.message, u"incorrect id format for abc"_s);
    QVERIFY(current.records.isEmpty());

    const ParseResult old = Curator::Metadata::parseArxivFeed(
        readFixture(u"arxiv/2019_id_list_INVALIDID_error.atom.xml"));
    QCOMPARE(old.status, Status::ServiceError);
    QCOMPARE(old.message, u"incorrect id format for INVALIDID"_s);

    // An entry titled "Error" that is not under /api/errors is an ordinary paper.
    const ParseResult paper = Curator::Metadata::parseArxivFeed(
        atomFeed("<entry><id>http://arxiv.org/abs/1605.08386v1</id><title>Error</title>"
                 "<summary>x</summary></entry>"));
    QCOMPARE(paper.status, Status::Ok);
    QCOMPARE(paper.records.constFirst().title, u"Error"_s);

    const ParseResult empty = Curator::Metadata::parseArxivFeed(
        readFixture(u"arxiv/2026_id_list_0000.0000_empty.atom.xml"));
    QCOMPARE(empty.status, Status::NotFound);
    QVERIFY(!empty.message.isEmpty());
}

void TestMetadataParsers::arxivDoiIsTheJournalDoi()
{
    const auto doiOf = [](const QByteArray &doiElement) {
        const ParseResult result = Curator::Metadata::parseArxivFeed(atomFeed(
            "<entry><id>http://arxiv.org/abs/1605.08386v1</id>" + doiElement + "</entry>"));
        return result.records.value(0).doi;
    };
    QCOMPARE(doiOf("<arxiv:doi>10.1103/PhysRevB.85.115117</arxiv:doi>"),
             u"10.1103/PhysRevB.85.115117"_s);
    // arXiv's own DataCite DOI is never the paper's DOI.
    QCOMPARE(doiOf("<arxiv:doi>10.48550/arXiv.1605.08386</arxiv:doi>"), QString());
    // Several DOIs, space-separated: the first.
    QCOMPARE(doiOf("<arxiv:doi>10.1000/a.1 10.1000/b.2</arxiv:doi>"), u"10.1000/a.1"_s);
    // The element in another namespace is not arXiv's.
    QCOMPARE(doiOf("<doi xmlns=\"urn:other\">10.1000/x</doi>"), QString());
}

// The reader must go by namespace URI, not by prefix: the 2016 feed declares arxiv: on each
// element, the 2026 one on the root; a feed under another namespace is not Atom.
void TestMetadataParsers::arxivNamespaces()
{
    const QByteArray otherPrefix
        = "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\" "
          "xmlns:x=\"http://arxiv.org/schemas/atom\">"
          "<a:entry><a:id>http://arxiv.org/abs/1605.08386v1</a:id><a:title>T</a:title>"
          "<x:journal_ref>J. Ref</x:journal_ref></a:entry></a:feed>";
    const ParseResult prefixed = Curator::Metadata::parseArxivFeed(otherPrefix);
    QCOMPARE(prefixed.status, Status::Ok);
    QCOMPARE(prefixed.records.constFirst().journalRef, u"J. Ref"_s);

    const ParseResult rss = Curator::Metadata::parseArxivFeed(
        "<feed><entry><id>http://arxiv.org/abs/1605.08386v1</id></entry></feed>");
    QCOMPARE(rss.status, Status::Malformed);
}

void TestMetadataParsers::crossrefDetails()
{
    const ParseResult result
        = Curator::Metadata::parseCrossrefWork(readFixture(u"crossref/10.1038_ng.3834.json"));
    QCOMPARE(result.status, Status::Ok);
    const MetadataRecord &record = result.records.constFirst();
    // {"name": "GTEx Consortium"} is the second author.
    QCOMPARE(record.authors.at(1), (PersonName{{}, {}, u"GTEx Consortium"_s}));
    QCOMPARE(record.authors.at(2), (PersonName{u"Scott"_s, u"Alexandra J"_s, {}}));
    QCOMPARE(record.authors.constLast(), (PersonName{u"Hall"_s, u"Ira M"_s, {}}));
    QCOMPARE(record.shortContainerTitle, u"Nat Genet"_s);
    QCOMPARE(record.published, QDate(2017, 4, 3));
    QCOMPARE(record.type, u"journal-article"_s);
    QCOMPARE(record.hasPreprint, QStringList{u"10.1101/055962"_s});
    QVERIFY(record.preprintOf.isEmpty());
    QCOMPARE(record.publisher, u"Springer Science and Business Media LLC"_s);
    // "URL" is http://dx.doi.org/…: the one https resolver form.
    QCOMPARE(record.url, u"https://doi.org/10.1038/ng.3834"_s);
    QVERIFY(record.arxivId.isEmpty());

    const ParseResult plos = Curator::Metadata::parseCrossrefWork(
        readFixture(u"crossref/10.1371_journal.pone.0033693.json"));
    QCOMPARE(plos.records.constFirst().url, u"https://doi.org/10.1371/journal.pone.0033693"_s);
    QCOMPARE(plos.records.constFirst().authors.at(1), (PersonName{u"Pond"_s, u"Brooks B."_s, {}}));
    // Its correction notice, as Crossref records it (updated-by).
    const QList<Curator::WorkUpdate> updates = plos.records.constFirst().updatedBy;
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().type, u"correction"_s);
    QCOMPARE(updates.first().doi, u"10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda"_s);
    QCOMPARE(updates.first().date, QDate(2012, 5, 8));
    QCOMPARE(updates.first().source, u"publisher"_s);
    QVERIFY(plos.records.constFirst().updateTo.isEmpty());
    QVERIFY(record.updatedBy.isEmpty());

    const ParseResult acm = Curator::Metadata::parseCrossrefWork(
        readFixture(u"crossref/10.1145_2834800.2834802.json"));
    QCOMPARE(acm.records.constFirst().type, u"proceedings-article"_s);
    QCOMPARE(acm.records.constFirst().authors.at(2),
             (PersonName{u"Quintana-Ort\u00ED"_s, u"Enrique S."_s, {}}));
    QVERIFY(acm.records.constFirst().shortContainerTitle.isEmpty());
}

void TestMetadataParsers::crossrefPostedContent()
{
    const ParseResult result
        = Curator::Metadata::parseCrossrefWork(readFixture(u"crossref/10.1101_097196.json"));
    QCOMPARE(result.status, Status::Ok);
    const MetadataRecord &record = result.records.constFirst();
    QCOMPARE(record.type, u"posted-content"_s);
    QCOMPARE(record.containerTitle, u"bioRxiv"_s);
    QCOMPARE(record.preprintOf, QStringList{u"10.1038/s41597-019-0031-8"_s});
    QVERIFY(record.hasPreprint.isEmpty());
    QCOMPARE(record.published, QDate(2016, 12, 28));
    QCOMPARE(record.publisher, u"Cold Spring Harbor Laboratory"_s);
    QCOMPARE(record.authors.at(1), (PersonName{u"Crosas"_s, u"Merc\u00E8"_s, {}}));

    const ParseResult chemrxiv = Curator::Metadata::parseCrossrefWork(
        readFixture(u"crossref/10.26434_chemrxiv.5406907.v5.json"));
    QCOMPARE(chemrxiv.records.constFirst().type, u"posted-content"_s);
    QCOMPARE(chemrxiv.records.constFirst().preprintOf, QStringList{u"10.1021/acs.jpcb.7b11820"_s});
}

void TestMetadataParsers::crossrefDates()
{
    const auto record = [](QStringView file) {
        return Curator::Metadata::parseCrossrefWork(readFixture(file)).records.value(0);
    };
    // [[2015]]: a year without a date.
    const MetadataRecord chapter = record(u"crossref/10.1007_978-3-662-46370-3_13.json");
    QCOMPARE(chapter.year, 2015);
    QVERIFY(!chapter.published.isValid());
    // [[null]] and nothing else.
    const MetadataRecord ieee = record(u"crossref/10.1109_icdcsw.2003.1203662.json");
    QCOMPARE(ieee.year, 0);
    QVERIFY(!ieee.published.isValid());
    // issued 2020-08-17 (online); published-print is 2021-05 and must not win.
    const MetadataRecord bmj = record(u"crossref/10.1136_jclinpath-2020-206745.json");
    QCOMPARE(bmj.year, 2020);
    QCOMPARE(bmj.published, QDate(2020, 8, 17));

    // Fallbacks when "issued" is empty, and strings where numbers belong.
    const auto parsed = [](const char *message) {
        return Curator::Metadata::parseCrossrefWork(
                   QByteArray(R"({"status":"ok","message-type":"work","message":)") + message + '}')
            .records.value(0);
    };
    const MetadataRecord posted = parsed(
        R"({"title":["T"],"issued":{"date-parts":[[null]]},"posted":{"date-parts":[[2019,3,4]]}})");
    QCOMPARE(posted.year, 2019);
    QCOMPARE(posted.published, QDate(2019, 3, 4));
    const MetadataRecord strings
        = parsed(R"({"title":["T"],"issued":{"date-parts":[["2018","02","30"]]}})");
    QCOMPARE(strings.year, 2018);
    QVERIFY(!strings.published.isValid()); // February 30th
    const MetadataRecord printFirst = parsed(
        R"({"title":["T"],"published-print":{"date-parts":[[2014]]},
            "published-online":{"date-parts":[[2013,12,1]]}})");
    QCOMPARE(printFirst.year, 2014);
    QVERIFY(!printFirst.published.isValid());
}

void TestMetadataParsers::crossrefMarkup()
{
    // JATS/MathML markup as Crossref passes it on, with the line break and indentation of the
    // deposit's XML inside the string.
    const QByteArray body
        = "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{"
          "\"title\":[\"CO<sub>2</sub> uptake in <i>E.&#xa0;coli</i> &amp; an <mml:math "
          "xmlns:mml=\\\"http://www.w3.org/1998/Math/MathML\\\"><mml:mi>&#x3B1;</mml:mi>"
          "</mml:math>-helix,\\n      p &lt; 0.05 when x < y &#0; &#xD800; &bogus; R&D\"],"
          "\"subtitle\":[\"A deck that is not part of the title\"],"
          "\"container-title\":[\"Journal of Physics &amp; Chemistry\"],"
          "\"author\":[{\"given\":\"Ruben S.\",\"family\":\"van Bergen\"},{\"given\":\"Plato\"},"
          "{\"family\":\"Curie\",\"given\":\"Marie &amp; Pierre\"},{},{\"name\":\"\"}],"
          "\"DOI\":\"10.1000/XYZ\",\"type\":\"journal-article\"}}";
    const ParseResult result = Curator::Metadata::parseCrossrefWork(body);
    QCOMPARE(result.status, Status::Ok);
    const MetadataRecord &record = result.records.constFirst();
    // Tags go, entities are decoded (a no-break space collapses like any space), a bare "<" and
    // invalid or unknown references stay as text, the subtitle is not appended.
    QCOMPARE(record.title,
             u"CO2 uptake in E. coli & an \u03B1-helix, p < 0.05 when x < y "
             u"&#0; &#xD800; &bogus; R&D"_s);
    QCOMPARE(record.containerTitle, u"Journal of Physics & Chemistry"_s);
    QCOMPARE(record.authors.size(), 3);
    QCOMPARE(record.authors.at(0), (PersonName{u"van Bergen"_s, u"Ruben S."_s, {}}));
    // A given name alone is a single-name author.
    QCOMPARE(record.authors.at(1), (PersonName{{}, {}, u"Plato"_s}));
    QCOMPARE(record.authors.at(2).given, u"Marie & Pierre"_s);
    // No URL and no resource: the DOI resolver.
    QCOMPARE(record.url, u"https://doi.org/10.1000/XYZ"_s);
}

void TestMetadataParsers::crossrefWrongTypes()
{
    // Every field of the wrong type: the record is empty, nothing crashes.
    const QByteArray body = R"({"status":"ok","message-type":"work","message":{
        "title":42,"subtitle":{"a":1},"container-title":[null,7,{}],"author":"Smith, J.",
        "issued":{"date-parts":"2019"},"published-print":{"date-parts":[]},
        "published-online":{"date-parts":[[]]},"posted":[[2019]],"DOI":["10.1/x"],
        "URL":17,"resource":{"primary":[]},"relation":{"is-preprint-of":"10.1/y",
        "has-preprint":[1,"x",{"id":5},{"id-type":"arxiv","id":"2101.00001"},
        {"id":"https://doi.org/10.1/z"},{"id-type":"DOI","id":"10.1/z"}]},
        "institution":"bioRxiv","type":["posted-content"],"publisher":null}})";
    const ParseResult result = Curator::Metadata::parseCrossrefWork(body);
    QCOMPARE(result.status, Status::Ok);
    const MetadataRecord &record = result.records.constFirst();
    QVERIFY(record.title.isEmpty());
    QVERIFY(record.authors.isEmpty());
    QVERIFY(record.containerTitle.isEmpty());
    QCOMPARE(record.year, 0);
    QVERIFY(record.doi.isEmpty());
    QVERIFY(record.url.isEmpty());
    QVERIFY(record.type.isEmpty());
    QVERIFY(record.preprintOf.isEmpty());
    // Only DOI relations, once each.
    QCOMPARE(record.hasPreprint, QStringList{u"10.1/z"_s});

    const ParseResult messageNotObject = Curator::Metadata::parseCrossrefWork(
        R"({"status":"ok","message-type":"work","message":[1,2]})");
    QCOMPARE(messageNotObject.status, Status::Malformed);
}

void TestMetadataParsers::crossrefServiceErrors()
{
    const ParseResult failed = Curator::Metadata::parseCrossrefWork(
        R"({"status":"failed","message-type":"validation-failure",
            "message":[{"type":"parameter-not-allowed","value":"x",
                        "message":"Parameter x not allowed"}]})");
    QCOMPARE(failed.status, Status::ServiceError);
    QVERIFY2(failed.message.contains(u"Parameter x not allowed"_s), qPrintable(failed.message));

    const ParseResult bare = Curator::Metadata::parseCrossrefWork(R"({"status":"error"})");
    QCOMPARE(bare.status, Status::ServiceError);
    QVERIFY(bare.message.contains(u"error"_s));

    const ParseResult list = Curator::Metadata::parseCrossrefWork(
        R"({"status":"ok","message-type":"work-list","message":{"items":[]}})");
    QCOMPARE(list.status, Status::ServiceError);

    // CSL-JSON is not a Crossref API message.
    const ParseResult csl = Curator::Metadata::parseCrossrefWork(
        readFixture(u"csl/10.3389_fnhum.2013.00291.csl.json"));
    QCOMPARE(csl.status, Status::Malformed);

    // The 404 body with the JSON content type some routes use, and with a trailing newline.
    QCOMPARE(Curator::Metadata::parseCrossrefWork("Resource not found.\n").status,
             Status::NotFound);
    QCOMPARE(Curator::Metadata::parseCsl("Resource not found.").status, Status::Malformed);
}

// Markup stripping and entity decoding stay linear: a megabyte title of bare "&" and "<"
// (each without its closing ";" or ">") is read at once.
void TestMetadataParsers::crossrefHostileTextIsLinear()
{
    QByteArray title;
    for (int i = 0; i < 200000; ++i)
        title += "R&D <a ";
    const QByteArray body = QByteArray(
        R"({"status":"ok","message-type":"work","message":{"title":[")" + title + R"("]}})");
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = Curator::Metadata::parseCrossrefWork(body);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.status, Status::Ok);
    QVERIFY(result.records.constFirst().title.startsWith(u"R&D <a R&D <a"_s));
}

void TestMetadataParsers::cslDetails()
{
    const ParseResult zenodo
        = Curator::Metadata::parseCsl(readFixture(u"csl/10.5281_zenodo.1147025.datacite.csl.json"));
    QCOMPARE(zenodo.status, Status::Ok);
    const MetadataRecord &record = zenodo.records.constFirst();
    QVERIFY(record.source == MetadataRecord::Source::Csl);
    QCOMPARE(record.type, u"article-journal"_s);
    QCOMPARE(record.url, u"https://zenodo.org/record/1147025"_s);
    QCOMPARE(record.published, QDate(2018, 1, 14));
    QCOMPARE(record.publisher, u"Zenodo"_s);
    QCOMPARE(record.authors.at(1), (PersonName{u"Bosman"_s, u"Jeroen"_s, {}}));

    const ParseResult eu
        = Curator::Metadata::parseCsl(readFixture(u"csl/10.2760_283135.op.csl.json"));
    QCOMPARE(eu.records.constFirst().type, u"book"_s);
    QCOMPARE(eu.records.constFirst().url, u"https://data.europa.eu/doi/10.2760/283135"_s);
    QVERIFY(!eu.records.constFirst().published.isValid());

    const ParseResult biorxiv
        = Curator::Metadata::parseCsl(readFixture(u"csl/10.1101_110825.csl.json"));
    QCOMPARE(biorxiv.records.constFirst().type, u"posted-content"_s);
    QCOMPARE(biorxiv.records.constFirst().authors.constLast(),
             (PersonName{u"Lasko"_s, u"P.F."_s, {}}));
    QCOMPARE(biorxiv.records.constFirst().published, QDate(2017, 2, 23));

    const ParseResult science
        = Curator::Metadata::parseCsl(readFixture(u"csl/10.1126_science.169.3946.635.csl.json"));
    QCOMPARE(science.records.constFirst().shortContainerTitle, u"Science"_s);
    QCOMPARE(science.records.constFirst().published, QDate(1970, 8, 14));

    const ParseResult frontiers
        = Curator::Metadata::parseCsl(readFixture(u"csl/10.3389_fnhum.2013.00291.csl.json"));
    QCOMPARE(frontiers.records.constFirst().shortContainerTitle, u"Front. Hum. Neurosci."_s);
    QCOMPARE(frontiers.records.constFirst().authors.at(2),
             (PersonName{u"Munaf\u00F2"_s, u"Marcus"_s, {}}));
    // "has-review" is not a preprint relation.
    QVERIFY(frontiers.records.constFirst().hasPreprint.isEmpty());
}

void TestMetadataParsers::cslArrays()
{
    const ParseResult two = Curator::Metadata::parseCsl(
        R"([{"title":"First","DOI":"10.1/a",
             "author":[{"family":"A","given":"B","non-dropping-particle":"van"}]},
            17,
            {"title":["Second"],"id":"https://doi.org/10.1/b","container-title":["J"],
             "issued":{"date-parts":[[2020,1]]}}])");
    QCOMPARE(two.status, Status::Ok);
    QCOMPARE(two.records.size(), 2);
    QCOMPARE(two.records.at(0).title, u"First"_s);
    QCOMPARE(two.records.at(0).authors.constFirst(), (PersonName{u"van A"_s, u"B"_s, {}}));
    QCOMPARE(two.records.at(1).title, u"Second"_s);
    QCOMPARE(two.records.at(1).doi, u"10.1/b"_s); // DataCite style: DOI only in "id"
    QCOMPARE(two.records.at(1).containerTitle, u"J"_s);
    QCOMPARE(two.records.at(1).year, 2020);
    QVERIFY(!two.records.at(1).published.isValid());

    QCOMPARE(Curator::Metadata::parseCsl("[]").status, Status::NotFound);
    QCOMPARE(Curator::Metadata::parseCsl("[1, \"x\", null]").status, Status::Malformed);
    QCOMPARE(Curator::Metadata::parseCsl(R"({"error":"not found"})").status, Status::Malformed);
    QCOMPARE(Curator::Metadata::parseCsl("\"just a string\"").status, Status::Malformed);
}

// DataCite's CSL for arXiv's own DOI names the preprint: it gives the arXiv id, not a DOI.
void TestMetadataParsers::cslArxivDoi()
{
    const ParseResult result = Curator::Metadata::parseCsl(
        R"({"type":"article","id":"https://doi.org/10.48550/arxiv.2306.16922",
            "DOI":"10.48550/ARXIV.2306.16922",
            "title":"T","URL":"https://arxiv.org/abs/2306.16922","publisher":"arXiv",
            "author":[{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2023]]}})");
    QCOMPARE(result.status, Status::Ok);
    const MetadataRecord &record = result.records.constFirst();
    QVERIFY2(record.doi.isEmpty(), qPrintable(record.doi));
    QCOMPARE(record.arxivId, u"2306.16922"_s);
    QCOMPARE(record.url, u"https://arxiv.org/abs/2306.16922"_s);
}

void TestMetadataParsers::malformed_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QByteArray>("input");

    const QByteArray crossref = readFixture(u"crossref/10.1038_ng.3834.json");
    const QByteArray csl = readFixture(u"csl/10.1101_110825.csl.json");
    const QByteArray atom = readFixture(u"arxiv/2016_id_list_1111.2011v2.atom.xml");

    for (const Parser parser : {Parser::Arxiv, Parser::Crossref, Parser::Csl}) {
        const char *name = parser == Parser::Arxiv ? "arxiv"
            : parser == Parser::Crossref           ? "crossref"
                                                   : "csl";
        QTest::addRow("%s: empty", name) << parser << QByteArray();
        QTest::addRow("%s: white space", name) << parser << QByteArray(" \r\n\t ");
        QTest::addRow("%s: NUL bytes", name) << parser << QByteArray(64, '\0');
        QTest::addRow("%s: HTML error page", name)
            << parser << QByteArray("<html><head><title>503</title></head><body>busy</html>");
    }

    QTest::newRow("crossref: truncated") << Parser::Crossref << crossref.left(crossref.size() / 2);
    QTest::newRow("crossref: one byte short") << Parser::Crossref << crossref.chopped(1);
    QTest::newRow("crossref: trailing garbage") << Parser::Crossref << QByteArray(crossref + "}");
    QTest::newRow("crossref: array") << Parser::Crossref << QByteArray("[1,2,3]");
    QTest::newRow("crossref: 100000-deep array")
        << Parser::Crossref << QByteArray(QByteArray(100000, '[') + QByteArray(100000, ']'));
    QTest::newRow("crossref: 100000-deep unclosed") << Parser::Crossref << QByteArray(100000, '[');
    QTest::newRow("crossref: deep inside message")
        << Parser::Crossref
        << QByteArray(QByteArray(R"({"status":"ok","message-type":"work","message":{"title":)")
                      + QByteArray(100000, '[') + QByteArray(100000, ']') + "}}");
    QTest::newRow("csl: truncated") << Parser::Csl << csl.left(csl.size() / 2);
    QTest::newRow("csl: 100000-deep array")
        << Parser::Csl << QByteArray(QByteArray(100000, '[') + QByteArray(100000, ']'));
    QByteArray deepObjects;
    for (int i = 0; i < 100000; ++i)
        deepObjects += "{\"a\":";
    QTest::newRow("csl: 100000-deep objects")
        << Parser::Csl << QByteArray(deepObjects + "1" + QByteArray(100000, '}'));

    QTest::newRow("arxiv: truncated") << Parser::Arxiv << atom.left(atom.size() / 2);
    QTest::newRow("arxiv: without </feed>")
        << Parser::Arxiv << atom.left(atom.lastIndexOf("</feed>"));
    QTest::newRow("arxiv: JSON") << Parser::Arxiv << crossref;
    QTest::newRow("arxiv: billion laughs")
        << Parser::Arxiv
        << QByteArray("<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE lolz [\n"
                      " <!ENTITY lol \"lol\">\n"
                      " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                      " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                      " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                      " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                      " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                      " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                      " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                      " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                      " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                      "]>\n"
                      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                      "<id>http://arxiv.org/abs/1605.08386v1</id><title>&lol9;</title>"
                      "</entry></feed>\n");
    QTest::newRow("arxiv: external entity")
        << Parser::Arxiv
        << QByteArray("<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                      "<id>http://arxiv.org/abs/1605.08386v1</id><title>&xxe;</title>"
                      "</entry></feed>\n");
    QTest::newRow("arxiv: plain DOCTYPE")
        << Parser::Arxiv
        << QByteArray("<!DOCTYPE feed><feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
    QTest::newRow("arxiv: undeclared entity")
        << Parser::Arxiv
        << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                      "<id>http://arxiv.org/abs/1605.08386v1</id><title>&lol;</title>"
                      "</entry></feed>");
    QTest::newRow("arxiv: entry without an arXiv id")
        << Parser::Arxiv << atomFeed("<entry><id>urn:uuid:1</id><title>Not arXiv</title></entry>");
    QTest::newRow("arxiv: two roots")
        << Parser::Arxiv
        << QByteArray(atomFeed("<entry><id>http://arxiv.org/abs/1605.08386v1</id></entry>")
                      + "<feed/>");
}

void TestMetadataParsers::malformed()
{
    QFETCH(Parser, parser);
    QFETCH(QByteArray, input);

    QElapsedTimer timer;
    timer.start();
    const ParseResult result = parse(parser, input);
    // Hostile input is refused at once, not after expanding or recursing through it.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.status, Status::Malformed);
    QVERIFY(result.records.isEmpty());
    QVERIFY(!result.message.isEmpty());
}

void TestMetadataParsers::deepXmlIsNotRecursive()
{
    // 100,000 nested unknown elements inside an entry: skipped without recursion.
    const int depth = 100000;
    QByteArray nested;
    nested.reserve(depth * 7 + 64);
    for (int i = 0; i < depth; ++i)
        nested += "<x>";
    for (int i = 0; i < depth; ++i)
        nested += "</x>";
    const ParseResult result = Curator::Metadata::parseArxivFeed(
        atomFeed("<entry><id>http://arxiv.org/abs/1605.08386v1</id>" + nested
                 + "<title>Deep</title></entry>"));
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.records.constFirst().title, u"Deep"_s);

    // The reader's line number is in the message, for the log.
    const ParseResult broken = Curator::Metadata::parseArxivFeed(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n</feed>\n");
    QCOMPARE(broken.status, Status::Malformed);
    QVERIFY2(broken.message.contains(u"line 3"_s), qPrintable(broken.message));
}

QTEST_APPLESS_MAIN(TestMetadataParsers)

#include "tst_metadataparsers.moc"
