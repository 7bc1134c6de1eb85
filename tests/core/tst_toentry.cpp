#include "markdown/entryrenderer.h"
#include "metadata/parsers.h"
#include "metadata/toentry.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Metadata;

// From a service's record to the exact line the list's template writes. The expected lines were
// written by hand from the fixtures' JSON/Atom (names, year, DOI), not produced by the code.
class TestToEntry : public QObject
{
    Q_OBJECT

    static MetadataRecord parse(const QString &fixture)
    {
        const QByteArray body = Test::readFile(Test::fixturePath(fixture));
        ParseResult r = fixture.startsWith(u"arxiv/"_s) ? parseArxivFeed(body)
            : fixture.startsWith(u"crossref/"_s)        ? parseCrossrefWork(body)
                                                        : parseCsl(body);
        if (r.status != ParseResult::Status::Ok || r.records.isEmpty())
            qFatal("fixture %s did not parse", qPrintable(fixture));
        return r.records.first();
    }

private slots:
    void lines_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("line");
        QTest::newRow("arXiv") << u"arxiv/2026_id_list_2104.12255v1.atom.xml"_s
                               << u"Nguyen, Q. T. M. [**0**](https://arxiv.org/abs/2104.12255) "
                                  u"arXiv (2021)"_s;
        QTest::newRow("bioRxiv preprint, 11 authors")
            << u"crossref/10.1101_097196.json"_s
            << u"Fenner, M., Crosas, M., Grethe, J., Kennedy, D., Hermjakob, H., Rocca-Serra, P., "
               u"... & Clark, T. [**A Data Citation Roadmap for Scholarly Data Repositories**]"
               u"(https://doi.org/10.1101/097196) bioRxiv (2016)"_s;
        QTest::newRow("journal, six authors")
            << u"crossref/10.1371_journal.pone.0033693.json"_s
            << u"Sadasivan, S., Pond, B. B., Pani, A. K., Qu, C., Jiao, Y., & Smeyne, R. J. "
               u"[**Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of "
               u"Microglia in the Basal Ganglia of Mice**](https://doi.org/10.1371/"
               u"journal.pone.0033693) PLoS ONE (2012)"_s;
    }

    void lines()
    {
        QFETCH(QString, fixture);
        const EntryFields f = toEntryFields(parse(fixture));
        QTEST(Markdown::renderEntry(f, Markdown::defaultEntryTemplate()), "line");
        QVERIFY(!f.authorNames.isEmpty());
    }

    void publishedVersion()
    {
        const MetadataRecord preprint = parse(u"crossref/10.1101_097196.json"_s);
        QVERIFY(publishedVersionNote(preprint).contains(u"10.1038/s41597-019-0031-8"_s));
        QVERIFY(
            publishedVersionNote(parse(u"crossref/10.1371_journal.pone.0033693.json"_s)).isEmpty());
    }

    void venues_data()
    {
        QTest::addColumn<QString>("venue");
        QTest::addColumn<QString>("expected");
        QTest::newRow("neurips") << u"Advances in Neural Information Processing Systems"_s
                                 << u"NeurIPS"_s;
        QTest::newRow("case") << u"advances in neural information processing systems"_s
                              << u"NeurIPS"_s;
        QTest::newRow("pnas prefix")
            << u"Proceedings of the National Academy of Sciences of the United States of America"_s
            << u"PNAS"_s;
        QTest::newRow("unknown kept") << u"Nature Neuroscience"_s << u"Nature Neuroscience"_s;
        QTest::newRow("spaces folded") << u"  Neuron \n"_s << u"Neuron"_s;
    }

    void venues()
    {
        QFETCH(QString, venue);
        QTEST(VenueMap::defaults().apply(venue), "expected");
        // A list's own table replaces the defaults.
        const VenueMap own({{u"Neuron"_s, u"Neuron (Cell Press)"_s}});
        QCOMPARE(own.apply(u"Neuron"_s), u"Neuron (Cell Press)"_s);
        QCOMPARE(own.apply(u"Neuron Reports"_s), u"Neuron Reports"_s);
        QCOMPARE(own.apply(u"Advances in Neural Information Processing Systems"_s),
                 u"Advances in Neural Information Processing Systems"_s);
    }
};

QTEST_APPLESS_MAIN(TestToEntry)
#include "tst_toentry.moc"
