#include "authorformat.h"
#include "curation/curation.h"
#include "importing/batchimport.h"
#include "importing/dropclassifier.h"
#include "metadata/resolver.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"
#include "testpdf.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::PdfSpec;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;
using Outcome = Curator::BatchItem::Outcome;

namespace Curator {
// Readable QCOMPARE failures.
char *toString(const EntryFields &f)
{
    return qstrdup(QStringList{f.authors, f.title, f.url, f.venue, f.yearText,
                               QString::number(f.year), f.doi, f.arxivId,
                               AuthorFormat::toJson(f.authorNames)}
                       .join(u" | "_s)
                       .toUtf8()
                       .constData());
}
} // namespace Curator

Q_DECLARE_METATYPE(Curator::EntryFields)

namespace {

const char *outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Added:
        return "Added";
    case Outcome::NeedsReview:
        return "NeedsReview";
    case Outcome::Duplicate:
        return "Duplicate";
    case Outcome::Failed:
        return "Failed";
    case Outcome::Skipped:
        return "Skipped";
    }
    return "?";
}

// ---- files ----------------------------------------------------------------------------------

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ---- the recorded services --------------------------------------------------------------------

// One <entry> of a recorded arXiv feed.
QByteArray feedEntry(const QString &fixture)
{
    const QByteArray feed = Test::readFile(Test::fixturePath(u"arxiv/"_s + fixture));
    const qsizetype from = feed.indexOf("<entry>");
    const qsizetype to = feed.indexOf("</entry>");
    return from < 0 || to < 0 ? QByteArray() : feed.mid(from, to + 8 - from);
}

// One feed that answers every id the tests ask arXiv for (the resolver picks its entries by id):
// two recorded entries, and one made from a recorded one for a paper the seed list has.
QByteArray arxivFeed()
{
    const QByteArray heatBath = feedEntry(u"2026_id_list_1605.08386.atom.xml"_s);
    QByteArray seedPaper = heatBath;
    seedPaper.replace("1605.08386", "2504.06354")
        .replace("Heat-bath random walks with Markov bases",
                 "Multihead self-attention in cortico-thalamic circuits")
        .replace("2016-05-26", "2025-04-08");
    return "<?xml version='1.0' encoding='UTF-8'?>\n"
           "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
           "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
           "<opensearch:totalResults>3</opensearch:totalResults>\n"
        + heatBath + '\n' + feedEntry(u"2026_id_list_astro-ph_0601001.atom.xml"_s) + '\n'
        + seedPaper + "\n</feed>\n";
}

// Crossref's answer to a filter query: the recorded work as the one item of a list.
QByteArray crossrefList(const QString &fixture)
{
    QByteArray work = Test::readFile(Test::fixturePath(u"crossref/"_s + fixture));
    const qsizetype at = work.indexOf("\"message\":{");
    const QByteArray message = work.mid(at + 10, work.lastIndexOf('}') - at - 10);
    return "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"total-results\":1,"
           "\"items\":["
        + message + "]}}";
}

Response html(const QByteArray &body)
{
    Response r;
    r.body = body;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    return r;
}

const QString kHeatBath = u"Heat-bath random walks with Markov bases"_s;
const QString kHotJupiters
    = u"Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward "
      u"the Galactic Bulge and Carina"_s;
const QString kStructuralVariation
    = u"The impact of structural variation on human gene expression"_s;
const QString kMethylphenidate
    = u"Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the "
      u"Basal Ganglia of Mice"_s;

// A store with the seed list, the three services and a web server on loopback, and an importer
// whose apply calls are counted.
struct Env
{
    QTemporaryDir dir;
    Store store;
    QNetworkAccessManager nam;
    TestHttpServer arxiv;
    TestHttpServer crossref;
    TestHttpServer doi;
    TestHttpServer web;
    std::unique_ptr<Metadata::Resolver> resolver;
    std::unique_ptr<Curation> curation;
    std::unique_ptr<BatchImporter> importer;
    qint64 list = 0;
    qint64 papers = 0;
    qint64 reviews = 0;
    // The import's changes: one undo step, or none when nothing was added.
    int applyCalls() const { return curation->undoCount(); }
    QList<int> progressDone;

    bool start()
    {
        if (!dir.isValid() || !store.open(dir.filePath(u"store.sqlite"_s)))
            return false;
        list = importReadmeFile(store, Test::seedReadmePath(), {}).listId;
        for (const Section &s : store.sections(list)) {
            if (s.title == u"Papers"_s)
                papers = s.id;
            else if (s.title == u"Reviews"_s)
                reviews = s.id;
        }
        if (!list || !papers || !reviews)
            return false;
        if (!arxiv.listen() || !crossref.listen() || !doi.listen() || !web.listen())
            return false;
        Metadata::Endpoints e;
        e.arxiv = arxiv.baseUrl();
        e.crossref = crossref.baseUrl();
        e.doi = doi.baseUrl();
        resolver = std::make_unique<Metadata::Resolver>(&store, &nam, e);
        curation = std::make_unique<Curation>(store);
        importer = std::make_unique<BatchImporter>(*curation, resolver.get());
        importer->setEndpoints(e);
        QObject::connect(importer.get(), &BatchImporter::progress, importer.get(),
                         [this](int done, int, const QString &) { progressDone << done; });

        Response feed;
        feed.body = arxivFeed();
        feed.headers = {{"Content-Type", "application/atom+xml"}};
        arxiv.route("GET", "/api/query?*", feed);
        crossref.route("GET", "/works/10.1038/ng.3834",
                       TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        crossref.route("GET", "/works/10.1371/journal.pone.0033693",
                       TestHttpServer::fixture(u"crossref/10.1371_journal.pone.0033693.json"_s));
        crossref.route("GET", "/works/10.1101/097196",
                       TestHttpServer::fixture(u"crossref/10.1101_097196.json"_s));
        Response list;
        list.body = crossrefList(u"10.1038_ng.3834.json"_s);
        list.headers = {{"Content-Type", "application/json"}};
        crossref.route("GET", "/works?filter=alternative-id:S0896627318302502", list);

        web.route("GET", "/doi.html",
                  html("<html><head><title>A landing page</title>"
                       "<meta name=\"citation_title\" content=\"Not what Crossref says\">"
                       "<meta name=\"citation_doi\" content=\"10.1371/journal.pone.0033693\">"
                       "</head><body></body></html>"));
        web.route("GET", "/citation.html",
                  html("<html><head><title>Journal | Grid cells</title>"
                       "<meta name=\"citation_title\" content=\"Deep Networks Dream of Grid "
                       "Cells\">"
                       "<meta name=\"citation_author\" content=\"Smith, Alice\">"
                       "<meta name=\"citation_author\" content=\"Bob van Jones\">"
                       "<meta name=\"citation_publication_date\" content=\"2019/05/01\">"
                       "<meta name=\"citation_journal_title\" content=\"Neural Computation\">"
                       "</head><body></body></html>"));
        web.route("GET", "/blog.html",
                  html("<html><head><title>Some thoughts on brains</title></head>"
                       "<body><p>Hello.</p></body></html>"));
        web.route("GET", "/bare.html", html("<html><body><p>Nothing here.</p></body></html>"));
        web.route("GET", "/psychology.html",
                  html("<html><head><meta name=\"citation_title\" content=\"Machine "
                       "Psychology\"></head></html>"));
        Response stall;
        stall.mode = Response::Mode::Stall;
        web.route("GET", "/stall.html", stall);
        return true;
    }

    QString webUrl(const QString &path) const { return web.baseUrl().toString() + path; }

    // Runs an import to its end (or `timeoutMs`); `ok` is false when it did not end.
    BatchReport run(qint64 section, const QList<DropItem> &items, bool *ok, int timeoutMs = 60000)
    {
        auto report = std::make_shared<std::optional<BatchReport>>();
        QObject context;
        QObject::connect(importer.get(), &BatchImporter::finished, &context,
                         [report](const BatchReport &r) { *report = r; });
        *ok = importer->start(list, section, items)
            && QTest::qWaitFor([report] { return report->has_value(); }, timeoutMs);
        return report->value_or(BatchReport());
    }

    const BatchItem *itemFor(const BatchReport &report, const QString &sourcePart) const
    {
        for (const BatchItem &item : report.items) {
            if (item.source.contains(sourcePart))
                return &item;
        }
        return nullptr;
    }

    qint64 entryWith(const std::function<bool(const Entry &)> &match)
    {
        qint64 found = 0;
        store.forEachEntry(list, [&](const Entry &e) {
            if (match(e))
                found = e.id;
            return found == 0;
        });
        return found;
    }
};

QString expand(QString text, const Env &env)
{
    return text.replace(u"{web}"_s, env.web.baseUrl().toString());
}

} // namespace

class TestBatchImport final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Env> m_env;
    QTemporaryDir m_files;

    QString file(const QString &name) const { return m_files.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
        PdfSpec stamped;
        stamped.linesPerPage = 30;
        stamped.heading = u"Heat-bath random walks with Markov bases"_s;
        stamped.stamp = u"arXiv:1605.08386v1  [math.CO]  26 May 2016"_s;
        QVERIFY(Curator::Test::writePdf(file(u"stamped.pdf"_s), stamped));

        const PdfSpec metadataOnly
            = Curator::Test::paperPdf(u"Grid Cells in Artificial Agents"_s,
                                      u"Alice Smith; Bob Jones"_s, u"Not the Metadata Title"_s);
        QVERIFY(Curator::Test::writePdf(file(u"notes-on-grid-cells.pdf"_s), metadataOnly));

        QVERIFY(writeBytes(file(u"broken.pdf"_s), "%PDF-1.4\nthis is not the rest of a PDF\n"));
        QVERIFY(writeBytes(file(u"readme.txt"_s), "plain text\n"));
        QVERIFY(QDir(m_files.path()).mkpath(u"empty"_s));
        QVERIFY(QDir(m_files.path()).mkpath(u"folder/sub"_s));
        const PdfSpec inFolder
            = Curator::Test::paperPdf(u"Place Cells in a Folder of Their Own"_s, QString(),
                                      u"Place Cells in a Folder of Their Own"_s);
        QVERIFY(Curator::Test::writePdf(file(u"folder/place-cells.pdf"_s), inFolder));
        QVERIFY(writeBytes(file(u"folder/notes.txt"_s), "not a PDF\n"));
    }

    void init()
    {
        m_env = std::make_unique<Env>();
        QVERIFY(m_env->start());
    }
    void cleanup() { m_env.reset(); }

    // Two arXiv ids and a DOI pasted as text land in the chosen section, each at the top of its
    // year group, in one apply call.
    void pastedIdentifiers()
    {
        Env &env = *m_env;
        const QList<int> years{2016, 2006, 2017};
        QHash<int, qint64> expectedNext; // the entry each new one must land above (0: the end)
        for (int y : years)
            expectedNext.insert(y, env.store.insertionPoint(env.reviews, y));
        const int before = env.store.entryCount(env.list);

        bool ok = false;
        const BatchReport report = env.run(
            env.reviews,
            classifyText(u"See arXiv:1605.08386 and astro-ph/0601001,\nalso 10.1038/ng.3834."_s),
            &ok);
        QVERIFY(ok);
        QCOMPARE(report.items.size(), 3);
        QCOMPARE(report.added, 3);
        QCOMPARE(report.needsReview, 0);
        QCOMPARE(report.failed, 0);
        QVERIFY(!report.canceled);
        QCOMPARE(env.applyCalls(), 1);
        QCOMPARE(env.curation->undoText(), u"Add 3 dropped entries"_s);
        QCOMPARE(env.store.entryCount(env.list), before + 3);
        QCOMPARE(env.progressDone, (QList<int>{0, 1, 2, 3}));

        const QStringList titles{kHeatBath, kHotJupiters, kStructuralVariation};
        QSet<qint64> added;
        for (const BatchItem &item : report.items)
            added.insert(item.entryId);
        const QList<Entry> section = env.store.entries(env.list, env.reviews);
        for (int i = 0; i < 3; ++i) {
            const BatchItem &item = report.items.at(i);
            QCOMPARE(outcomeName(item.outcome), "Added");
            const auto entry = env.store.entry(item.entryId);
            QVERIFY(entry);
            QCOMPARE(entry->sectionId, env.reviews);
            QCOMPARE(entry->fields.title, titles.at(i));
            QCOMPARE(entry->fields.year, years.at(i));
            QVERIFY(!entry->needsReview);
            QVERIFY(entry->pdfPath.isEmpty());
            // Placed by year: after it, past the other new entries, comes the entry that the
            // store named for its year before the import.
            qsizetype at = 0;
            while (section.at(at).id != item.entryId)
                ++at;
            qint64 next = 0;
            for (qsizetype j = at + 1; j < section.size() && !next; ++j) {
                if (!added.contains(section.at(j).id))
                    next = section.at(j).id;
            }
            QCOMPARE(next, expectedNext.value(years.at(i)));
        }
        // In the list's style (APA), from the structured names.
        const auto heatBath = env.store.entry(report.items.at(0).entryId);
        QCOMPARE(heatBath->fields.authors, u"Stanley, C., & Windisch, T."_s);
        QCOMPARE(heatBath->fields.arxivId, u"1605.08386"_s);
        QCOMPARE(heatBath->fields.venue, u"arXiv"_s);
        const auto genes = env.store.entry(report.items.at(2).entryId);
        QCOMPARE(genes->fields.doi, u"10.1038/ng.3834"_s);
        QVERIFY(genes->fields.authors.startsWith(u"Chiang, C."_s));
        // The arXiv ids went out together: one request.
        QCOMPARE(env.arxiv.requests().size(), 1);
    }

    // A paper the list has is reported with the entry it duplicates, and not added.
    void duplicates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("existingDoi"); // an entry to add first
        QTest::addColumn<QString>("duplicated"); // how to find the entry it duplicates

        QTest::newRow("arXiv id in the list") << u"2504.06354v1"_s << QString() << u"arxiv"_s;
        QTest::newRow("preprint of a published paper in the list")
            << u"doi:10.1101/097196"_s << u"10.1038/s41597-019-0031-8"_s << u"doi"_s;
        QTest::newRow("same title") << u"{web}/psychology.html"_s << QString() << u"title"_s;
    }
    void duplicates()
    {
        QFETCH(QString, text);
        QFETCH(QString, existingDoi);
        QFETCH(QString, duplicated);
        Env &env = *m_env;
        if (!existingDoi.isEmpty()) {
            EntryFields f;
            f.title = u"A Data Citation Roadmap for Scientific Publishers"_s;
            f.doi = existingDoi;
            f.year = 2018;
            f.yearText = u"2018"_s;
            QVERIFY(env.store.addEntry(env.papers, f));
        }
        const qint64 expected = env.entryWith([&](const Entry &e) {
            if (duplicated == u"arxiv"_s)
                return e.fields.arxivId.startsWith(u"2504.06354"_s);
            if (duplicated == u"doi"_s)
                return e.fields.doi == existingDoi;
            return e.fields.title == u"Machine psychology"_s;
        });
        QVERIFY(expected);
        const int before = env.store.entryCount(env.list);

        bool ok = false;
        const BatchReport report = env.run(
            env.papers, classifyText(QString(expand(text, env) + u"\n1605.08386"_s)), &ok);
        QVERIFY(ok);
        QCOMPARE(report.items.size(), 2);
        const BatchItem &dup = report.items.at(0);
        QCOMPARE(outcomeName(dup.outcome), "Duplicate");
        QCOMPARE(dup.duplicateOf, expected);
        QCOMPARE(dup.entryId, 0);
        QVERIFY2(dup.message.contains(u"Already in the list"_s), qPrintable(dup.message));
        QVERIFY(!dup.fields.title.isEmpty()); // what was found, for a merge
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(report.added, 1);
        QCOMPARE(env.store.entryCount(env.list), before + 1);
        QCOMPARE(env.applyCalls(), 1);
    }

    // Each kind of dropped file gives an entry or one clear line.
    void files_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");

        QTest::newRow("arXiv stamp") << u"stamped.pdf"_s << u"Added"_s << kHeatBath << QString();
        QTest::newRow("metadata title")
            << u"notes-on-grid-cells.pdf"_s << u"NeedsReview"_s
            << u"Grid Cells in Artificial Agents"_s << u"no DOI or arXiv identifier"_s;
        QTest::newRow("broken PDF") << u"broken.pdf"_s << u"Failed"_s << QString() << QString();
        QTest::newRow("empty folder")
            << u"empty"_s << u"Failed"_s << QString() << u"no PDF files"_s;
        QTest::newRow("text file") << u"readme.txt"_s << u"Failed"_s << QString() << u"Not a PDF"_s;
        QTest::newRow("missing file") << u"gone.pdf"_s << u"Failed"_s << QString() << QString();
    }
    void files()
    {
        QFETCH(QString, name);
        QFETCH(QString, outcome);
        QFETCH(QString, title);
        QFETCH(QString, message);
        Env &env = *m_env;
        const int before = env.store.entryCount(env.list);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file(name))});
        bool ok = false;
        const BatchReport report = env.run(env.papers, classifyDrop(mime), &ok);
        QVERIFY(ok);
        QCOMPARE(report.items.size(), 1);
        const BatchItem &item = report.items.first();
        QCOMPARE(outcomeName(item.outcome), qPrintable(outcome));
        QVERIFY2(item.source.contains(name), qPrintable(item.source));
        QVERIFY2(item.message.contains(message), qPrintable(item.message));
        if (outcome == u"Failed"_s) {
            QVERIFY(!item.message.isEmpty());
            QCOMPARE(report.failed, 1);
            QCOMPARE(env.store.entryCount(env.list), before);
            QCOMPARE(env.applyCalls(), 0); // nothing to add: no empty undo step
            return;
        }
        const auto entry = env.store.entry(item.entryId);
        QVERIFY(entry);
        QCOMPARE(entry->fields.title, title);
        QCOMPARE(entry->pdfPath, QFileInfo(file(name)).absoluteFilePath());
        QCOMPARE(entry->needsReview, outcome == u"NeedsReview"_s);
        QCOMPARE(report.needsReview, outcome == u"NeedsReview"_s ? 1 : 0);
        QCOMPARE(env.applyCalls(), 1);
        if (outcome == u"Added"_s) {
            QCOMPARE(entry->fields.arxivId, u"1605.08386"_s);
            QCOMPARE(entry->fields.authors, u"Stanley, C., & Windisch, T."_s);
        } else {
            // The PDF's authors, in the list's style.
            QCOMPARE(entry->fields.authors, u"Smith, A., & Jones, B."_s);
        }
    }

    // Files, a folder and an identifier in one drop: one line each in the order dropped (the
    // folder's PDFs in its place), one apply call, and a paper dropped twice added once.
    void mixedDrop()
    {
        Env &env = *m_env;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file(u"stamped.pdf"_s)),
                      QUrl::fromLocalFile(file(u"folder"_s)),
                      QUrl::fromLocalFile(file(u"broken.pdf"_s)),
                      QUrl::fromLocalFile(file(u"readme.txt"_s))});
        const QList<DropItem> items = classifyDrop(mime) + classifyText(u"arXiv:1605.08386"_s);
        const int before = env.store.entryCount(env.list);

        bool ok = false;
        const BatchReport report = env.run(env.papers, items, &ok);
        QVERIFY(ok);
        QStringList lines;
        for (const BatchItem &item : report.items)
            lines << item.source + u": "_s + QString::fromLatin1(outcomeName(item.outcome));
        QCOMPARE(lines,
                 (QStringList{u"stamped.pdf: Added"_s, u"folder/place-cells.pdf: NeedsReview"_s,
                              u"broken.pdf: Failed"_s, u"readme.txt: Failed"_s,
                              u"arXiv 1605.08386: Duplicate"_s}));
        QCOMPARE(report.items.at(4).duplicateOf, report.items.at(0).entryId);
        QVERIFY2(report.items.at(4).message.contains(u"Dropped twice"_s),
                 qPrintable(report.items.at(4).message));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.needsReview, 1);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(report.failed, 2);
        QCOMPARE(env.store.entryCount(env.list), before + 2);
        QCOMPARE(env.applyCalls(), 1);
        QCOMPARE(env.progressDone, (QList<int>{0, 1, 2, 3, 4, 5}));
    }

    // Links: an identifier on the page is looked up; citation tags make an entry; a page with
    // no scholarly tags gives one to review, titled by the page or by its address.
    void links_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("authors");
        QTest::addColumn<QString>("doi");

        QTest::newRow("page with citation_doi")
            << u"{web}/doi.html"_s << u"Added"_s << kMethylphenidate << QString()
            << u"10.1371/journal.pone.0033693"_s;
        QTest::newRow("page with citation tags")
            << u"{web}/citation.html"_s << u"Added"_s << u"Deep Networks Dream of Grid Cells"_s
            << u"Smith, A., & van Jones, B."_s << QString();
        QTest::newRow("page with a title only")
            << u"{web}/blog.html"_s << u"NeedsReview"_s << u"Some thoughts on brains"_s << QString()
            << QString();
        QTest::newRow("page without anything") << u"{web}/bare.html"_s << u"NeedsReview"_s
                                               << u"{web}/bare.html"_s << QString() << QString();
        QTest::newRow("missing page")
            << u"{web}/gone.html"_s << u"Failed"_s << QString() << QString() << QString();
        QTest::newRow("Elsevier PII")
            << u"https://www.sciencedirect.com/science/article/pii/S0896627318302502"_s
            << u"Added"_s << kStructuralVariation << QString() << u"10.1038/ng.3834"_s;
        QTest::newRow("linked PDF")
            << u"{web}/paper.pdf"_s << u"NeedsReview"_s << u"Grid Cells in Artificial Agents"_s
            << u"Smith, A., & Jones, B."_s << QString();
    }
    void links()
    {
        QFETCH(QString, link);
        QFETCH(QString, outcome);
        QFETCH(QString, title);
        QFETCH(QString, authors);
        QFETCH(QString, doi);
        Env &env = *m_env;
        Response pdf;
        pdf.body = readBytes(file(u"notes-on-grid-cells.pdf"_s));
        pdf.headers = {{"Content-Type", "application/pdf"}};
        env.web.route("GET", "/paper.pdf", pdf);

        bool ok = false;
        const BatchReport report = env.run(env.papers, classifyText(expand(link, env)), &ok);
        QVERIFY(ok);
        QCOMPARE(report.items.size(), 1);
        const BatchItem &item = report.items.first();
        QCOMPARE(outcomeName(item.outcome), qPrintable(outcome));
        if (outcome == u"Failed"_s) {
            QVERIFY2(item.message.contains(u"HTTP 404"_s), qPrintable(item.message));
            QCOMPARE(env.applyCalls(), 0);
            return;
        }
        const auto entry = env.store.entry(item.entryId);
        QVERIFY(entry);
        QCOMPARE(entry->fields.title, expand(title, env));
        QCOMPARE(entry->needsReview, outcome == u"NeedsReview"_s);
        QVERIFY(entry->pdfPath.isEmpty());
        if (!authors.isEmpty())
            QCOMPARE(entry->fields.authors, authors);
        if (!doi.isEmpty())
            QCOMPARE(entry->fields.doi, doi);
        if (link.startsWith(u"{web}"_s) && doi.isEmpty())
            QCOMPARE(entry->fields.url, expand(link, env)); // the entry points at the page
        if (outcome == u"NeedsReview"_s)
            QVERIFY(!item.message.isEmpty()); // says what to check
    }

    // Cancel while a page hangs: what was done is added (one apply call), the rest skipped.
    void cancelMidway()
    {
        Env &env = *m_env;
        const int before = env.store.entryCount(env.list);
        auto report = std::make_shared<std::optional<BatchReport>>();
        QObject::connect(env.importer.get(), &BatchImporter::finished, env.importer.get(),
                         [report](const BatchReport &r) { *report = r; });
        QVERIFY(env.importer->start(
            env.list, env.papers,
            classifyText(QString(u"1605.08386\n"_s + env.webUrl(u"/stall.html"_s)))));
        QTRY_COMPARE_WITH_TIMEOUT(env.progressDone, (QList<int>{0, 1}), 20000);
        // The page's request is out and unanswered.
        QTRY_VERIFY(!env.web.requests().isEmpty());
        QVERIFY(env.importer->isRunning());
        env.importer->cancel();
        QVERIFY(!report->has_value()); // from the event loop, not inside cancel()
        QTRY_VERIFY(report->has_value());

        const BatchReport &r = **report;
        QVERIFY(r.canceled);
        QCOMPARE(r.items.size(), 2);
        QCOMPARE(outcomeName(r.items.at(0).outcome), "Added");
        QCOMPARE(outcomeName(r.items.at(1).outcome), "Skipped");
        QCOMPARE(r.added, 1);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(env.applyCalls(), 1);
        QCOMPARE(env.store.entryCount(env.list), before + 1);
        QVERIFY(!env.importer->isRunning());
        // Nothing arrives later.
        QTest::qWait(200);
        QCOMPARE(env.applyCalls(), 1);
    }

    // Cancel before anything finished: nothing is written, every line says it was skipped.
    void cancelAtOnce()
    {
        Env &env = *m_env;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file(u"stamped.pdf"_s)),
                      QUrl::fromLocalFile(file(u"notes-on-grid-cells.pdf"_s))});
        const QList<DropItem> items
            = classifyDrop(mime) + classifyText(u"1605.08386 10.1038/ng.3834"_s);
        const int before = env.store.entryCount(env.list);
        auto report = std::make_shared<std::optional<BatchReport>>();
        QObject::connect(env.importer.get(), &BatchImporter::finished, env.importer.get(),
                         [report](const BatchReport &r) { *report = r; });
        QVERIFY(env.importer->start(env.list, env.papers, items));
        QVERIFY(!env.importer->start(env.list, env.papers, items)); // one at a time
        env.importer->cancel();
        QTRY_VERIFY(report->has_value());
        QVERIFY((*report)->canceled);
        QCOMPARE((*report)->skipped, 4);
        QCOMPARE(env.applyCalls(), 0);
        QTest::qWait(300);
        QCOMPARE(env.store.entryCount(env.list), before);
        QVERIFY(env.progressDone.isEmpty());
    }

    // Closing the window mid-import: the workers are waited for, nothing is written, nothing
    // arrives later.
    void destroyedWhileRunning()
    {
        Env &env = *m_env;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file(u"stamped.pdf"_s)),
                      QUrl::fromLocalFile(file(u"notes-on-grid-cells.pdf"_s)),
                      QUrl::fromLocalFile(file(u"folder"_s))});
        const QList<DropItem> items = classifyDrop(mime)
            + classifyText(QString(u"1605.08386\n"_s + env.webUrl(u"/stall.html"_s)));
        const int before = env.store.entryCount(env.list);
        QVERIFY(env.importer->start(env.list, env.papers, items));
        QTRY_VERIFY(!env.progressDone.isEmpty()); // under way
        env.importer.reset();
        QTest::qWait(500);
        QCOMPARE(env.applyCalls(), 0);
        QCOMPARE(env.store.entryCount(env.list), before);
    }

    // The look-up service going away mid-import ends what waited for it, with a reason.
    void resolverDestroyedWhileRunning()
    {
        Env &env = *m_env;
        auto report = std::make_shared<std::optional<BatchReport>>();
        QObject::connect(env.importer.get(), &BatchImporter::finished, env.importer.get(),
                         [report](const BatchReport &r) { *report = r; });
        QVERIFY(
            env.importer->start(env.list, env.papers, classifyText(env.webUrl(u"/stall.html"_s))));
        QTRY_VERIFY(!env.web.requests().isEmpty());
        env.resolver.reset();
        QTRY_VERIFY(report->has_value());
        QCOMPARE((*report)->failed, 1);
        QVERIFY(!(*report)->items.first().message.isEmpty());
        QVERIFY(!env.importer->isRunning());
        // Later drops fail at once instead of waiting for nothing.
        bool ok = false;
        const BatchReport later = env.run(env.papers, classifyText(u"1605.08386"_s), &ok);
        QVERIFY(ok);
        QCOMPARE(later.failed, 1);
    }

    // When the store refuses (here a trigger stands for a full disk or a damaged file), nothing is
    // added, no undo step is made, and every found paper is reported as failed with the store's
    // words.
    void refusedApply()
    {
        Env &env = *m_env;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuse"_s);
            db.setDatabaseName(env.store.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON entries "
                            "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"refuse"_s);
        const int before = env.store.entryCount(env.list);
        bool ok = false;
        const BatchReport report = env.run(env.papers, classifyText(u"1605.08386"_s), &ok);
        QVERIFY(ok);
        QCOMPARE(env.applyCalls(), 0);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.failed, 1);
        QVERIFY2(report.items.first().message.contains(u"the disk is full"_s),
                 qPrintable(report.items.first().message));
        QCOMPARE(env.store.entryCount(env.list), before);
    }

    void refusesAnotherListsSection()
    {
        Env &env = *m_env;
        const qint64 other = env.store.createList(u"Other"_s);
        QVERIFY(other);
        QVERIFY(!env.importer->start(other, env.papers, classifyText(u"1605.08386"_s)));
        QVERIFY(!env.importer->isRunning());
    }

    // A merge fills what the entry lacks and keeps what it has.
    void mergeInto_data()
    {
        QTest::addColumn<EntryFields>("existing");
        QTest::addColumn<EntryFields>("found");
        QTest::addColumn<EntryFields>("expected");

        const QList<PersonName> names{{u"Chiang"_s, u"Colby"_s, {}},
                                      {u"Scott"_s, u"Alexandra J"_s, {}}};
        EntryFields found;
        found.authors = u"Chiang, C., & Scott, A. J."_s;
        found.authorNames = names;
        found.title = u"The impact of structural variation on human gene expression"_s;
        found.url = u"https://doi.org/10.1038/ng.3834"_s;
        found.venue = u"Nature Genetics"_s;
        found.year = 2017;
        found.yearText = u"2017"_s;
        found.doi = u"10.1038/ng.3834"_s;

        EntryFields sparse;
        sparse.title = u"Structural variation and gene expression"_s;
        sparse.url = u"https://example.org/sv"_s;
        EntryFields filled = sparse;
        filled.authors = found.authors;
        filled.authorNames = names;
        filled.venue = found.venue;
        filled.year = 2017;
        filled.yearText = u"2017"_s;
        filled.doi = found.doi;
        QTest::newRow("gaps filled, title and link kept") << sparse << found << filled;

        EntryFields full;
        full.authors = u"Chiang, C., et al."_s;
        full.title = u"Structural variation"_s;
        full.url = u"https://example.org/sv"_s;
        full.venue = u"Nat Genet"_s;
        full.yearText = u"Nature Genetics 2017"_s;
        full.year = 2017;
        full.doi = u"10.1038/NG.3834"_s;
        full.arxivId = u"1605.08386"_s;
        EntryFields fullWithNames = full;
        fullWithNames.authorNames = names; // the structured names were missing
        QTest::newRow("nothing overwritten") << full << found << fullWithNames;

        EntryFields preprint = full;
        preprint.venue = u"arXiv"_s;
        preprint.authorNames = names;
        EntryFields published = preprint;
        published.venue = u"Nature Genetics"_s;
        published.url = found.url;
        published.doi = found.doi;
        QTest::newRow("preprint venue gives way") << preprint << found << published;

        EntryFields none;
        QTest::newRow("nothing found") << full << none << full;
    }
    void mergeInto()
    {
        QFETCH(EntryFields, existing);
        QFETCH(EntryFields, found);
        QFETCH(EntryFields, expected);
        Env &env = *m_env;
        const qint64 id = env.store.addEntry(env.papers, existing);
        QVERIFY(id);
        QVERIFY(env.store.setEntryExtras(id, u"my notes"_s, {u"tag"_s}, {}));

        BatchItem item;
        item.outcome = Outcome::Duplicate;
        item.duplicateOf = id;
        item.fields = found;
        item.pdfPath = file(u"stamped.pdf"_s);
        QString error;
        QVERIFY2(BatchImporter::mergeInto(env.store, item, &error), qPrintable(error));
        const auto entry = env.store.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->fields, expected);
        QCOMPARE(entry->pdfPath, item.pdfPath);
        QCOMPARE(entry->notes, u"my notes"_s);
        QCOMPARE(entry->tags, QStringList{u"tag"_s});

        // A PDF path the entry has is kept too.
        item.pdfPath = file(u"other.pdf"_s);
        QVERIFY(BatchImporter::mergeInto(env.store, item, &error));
        QCOMPARE(env.store.entry(id)->pdfPath, file(u"stamped.pdf"_s));

        QVERIFY(!BatchImporter::mergeInto(env.store, id + 1000, found, &error));
        QVERIFY(!error.isEmpty());
    }

    void setNeedsReview()
    {
        Env &env = *m_env;
        const qint64 id = env.store.entries(env.list, env.papers).first().id;
        QVERIFY(!env.store.entry(id)->needsReview);
        QVERIFY(env.store.setNeedsReview(id, true));
        QVERIFY(env.store.entry(id)->needsReview);
        QVERIFY(env.store.setNeedsReview(id, false));
        QVERIFY(!env.store.entry(id)->needsReview);
        QVERIFY(!env.store.setNeedsReview(id + 100000, true));
    }
};

QTEST_MAIN(TestBatchImport)
#include "tst_batchimport.moc"
