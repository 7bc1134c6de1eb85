#include "updateservices.h"

#include "testdata.h"

using namespace Qt::StringLiterals;

namespace Curator::Test {

QByteArray UpdateServices::readme()
{
    // One paper per case, each written the way the seed list writes its entries.
    return "# Papers to keep current\n\n"
           "## Papers\n\n"
           "Valero-Cuevas, F. J., & Santello, M. [**On neuromechanical approaches for the study of "
           "grasp**](https://arxiv.org/abs/1710.08557) arXiv (2017)\n\n"
           "Gould, A., Dorsher, S., Gaudi, B. S., & Udalski, A. [**Frequency of Hot Jupiters and "
           "Very "
           "Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic "
           "Bulge**](https://arxiv.org/abs/astro-ph/0601001) arXiv (2006)\n\n"
           "Fenner, M., Crosas, M., ... & Clark, T. [**A Data Citation Roadmap for Scholarly Data "
           "Repositories**](https://doi.org/10.1101/097196) bioRxiv (2016)\n\n"
           "Chiang, C., Scott, A. J., ... & Hall, I. M. [**The impact of structural variation on "
           "human "
           "gene expression**](https://www.biorxiv.org/content/10.1101/055962v2) bioRxiv (2016)\n\n"
           "Xu, J., Qu, S., ... & Huang, J. [**Construction of a reference material panel for "
           "detecting KRAS / NRAS / EGFR / BRAF / MET mutations in plasma "
           "ctDNA**](https://doi.org/10.1136/jclinpath-2020-206745) Journal of Clinical Pathology "
           "(2020)\n\n"
           "Sadasivan, S., Pond, B. B., ... & Smeyne, R. J. [**Methylphenidate Exposure Induces "
           "Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of "
           "Mice**](https://doi.org/10.1371/journal.pone.0033693) PLoS ONE (2012)\n\n"
           "Chiang, C., Scott, A. J., ... & Hall, I. M. [**The impact of structural variation on "
           "human "
           "gene expression**](https://doi.org/10.1038/ng.3834) Nature Genetics (2017)\n";
}

bool UpdateServices::start()
{
    for (TestHttpServer *s : {&arxiv, &crossref, &biorxiv}) {
        if (!s->listen())
            return false;
    }
    qputenv("CURATOR_ARXIV_API", arxiv.baseUrl().toString().toUtf8());
    qputenv("CURATOR_CROSSREF_API", crossref.baseUrl().toString().toUtf8());
    qputenv("CURATOR_DOI_API", crossref.baseUrl().toString().toUtf8());
    qputenv("CURATOR_BIORXIV_API", biorxiv.baseUrl().toString().toUtf8());
    qunsetenv("CURATOR_CONTACT_EMAIL");
    // arXiv: one batch; its feed holds the entries of the two recorded feeds.
    const auto entriesOf = [](const QString &fixture) {
        const QByteArray feed = Test::readFile(Test::fixturePath(fixture));
        const qsizetype from = feed.indexOf("<entry>");
        return feed.mid(from, feed.lastIndexOf("</entry>") + 8 - from);
    };
    const QByteArray a = entriesOf(u"arxiv/2019_id_list_1710.08557.atom.xml"_s);
    const QByteArray b = entriesOf(u"arxiv/2026_id_list_astro-ph_0601001.atom.xml"_s);
    arxiv.routeHandler("GET", "/api/query?*", [a, b](const Test::Request &r) {
        QByteArray body = "<?xml version='1.0' encoding='UTF-8'?>\n<feed "
                          "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
                          "xmlns=\"http://www.w3.org/2005/Atom\">\n";
        if (r.path.contains("1710.08557"))
            body += a;
        if (r.path.contains("0601001"))
            body += b;
        body += "</feed>\n";
        return Response{200, body, {{"Content-Type", "application/atom+xml"}}};
    });
    const auto work = [this](const char *doi, const QString &fixture) {
        crossref.route("GET", QByteArray("/works/") + doi,
                       TestHttpServer::fixture(u"crossref/"_s + fixture));
    };
    work("10.1101/097196", u"10.1101_097196.json"_s);
    work("10.1038/ng.3834", u"10.1038_ng.3834.json"_s);
    work("10.1136/jclinpath-2020-206745", u"10.1136_jclinpath-2020-206745_retracted.json"_s);
    work("10.1371/journal.pone.0033693", u"10.1371_journal.pone.0033693.json"_s);
    biorxiv.route("GET", "/details/biorxiv/10.1101/055962/na/json",
                  TestHttpServer::fixture(u"biorxiv/details_10.1101_055962.json"_s));
    return true;
}

} // namespace Curator::Test
