#include "identifier.h"

#include "testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Curator::LinkIdentifiers;
using Curator::RecognizedId;
namespace Identifier = Curator::Identifier;

namespace Curator {
// Readable QCOMPARE failures.
char *toString(const RecognizedId &id)
{
    const char *kind = id.kind == RecognizedId::Kind::Doi ? "Doi"
        : id.kind == RecognizedId::Kind::Arxiv            ? "Arxiv"
                                                          : "None";
    return qstrdup(QStringLiteral("%1{doi=%2 arxivId=%3 v=%4 preprint=%5}")
                       .arg(QLatin1StringView(kind), id.doi, id.arxivId)
                       .arg(id.arxivVersion)
                       .arg(id.preprintDoi)
                       .toUtf8()
                       .constData());
}
} // namespace Curator

Q_DECLARE_METATYPE(Curator::RecognizedId)

namespace {

RecognizedId none()
{
    return {};
}

RecognizedId doi(const QString &value, bool preprint = false)
{
    RecognizedId id;
    id.kind = RecognizedId::Kind::Doi;
    id.doi = value;
    id.preprintDoi = preprint;
    return id;
}

RecognizedId arxiv(const QString &value, int version = 0)
{
    RecognizedId id;
    id.kind = RecognizedId::Kind::Arxiv;
    id.arxivId = value;
    id.arxivVersion = version;
    return id;
}

// Every link in the seed list and what it names. The list is the real file: if a link is added
// or changed there, seedLinksAreAllListed() fails until this table says what the link carries.
struct SeedLink
{
    QStringView url;
    QStringView doi;
    QStringView arxiv;
};

constexpr SeedLink kSeedLinks[] = {
    // Header, badges and repository links: no identifiers.
    {u"https://cdn.rawgit.com/sindresorhus/awesome/d7305f38d29fed78fa85652e3a63e154dd8e8829/media/"
     u"badge.svg",
     {},
     {}},
    {u"https://github.com/sindresorhus/awesome", {}, {}},
    {u"https://github.com/CYHSM/awesome-neuro-ai-papers#papers", {}, {}},
    {u"https://github.com/CYHSM/awesome-neuro-ai-papers#reviews", {}, {}},
    {u"https://github.com/CYHSM/awesome-neuro-ai-papers/pulls", {}, {}},
    // Papers.
    {u"https://ai.meta.com/research/publications/emergence-of-language-in-the-developing-brain/",
     {},
     {}},
    {u"https://arxiv.org/abs/2504.06354", {}, u"2504.06354"},
    {u"https://arxiv.org/abs/2303.13988", {}, u"2303.13988"},
    {u"https://arxiv.org/abs/2501.15322", {}, u"2501.15322"},
    {u"https://arxiv.org/abs/2411.02280", {}, u"2411.02280"},
    {u"https://arxiv.org/abs/2410.11516", {}, u"2410.11516"},
    {u"https://arxiv.org/abs/2411.07191", {}, u"2411.07191"},
    {u"https://arxiv.org/abs/2411.18526", {}, u"2411.18526"},
    {u"https://arxiv.org/html/2307.05793v3", {}, u"2307.05793v3"},
    {u"https://transformer-circuits.pub/2023/monosemantic-features/index.html", {}, {}},
    {u"https://www.nature.com/articles/s41467-023-40499-0", u"10.1038/s41467-023-40499-0", {}},
    {u"https://arxiv.org/pdf/2306.16922.pdf", {}, u"2306.16922"},
    {u"https://arxiv.org/abs/2204.00673", {}, u"2204.00673"},
    {u"https://arxiv.org/pdf/2212.01508.pdf", {}, u"2212.01508"},
    {u"https://arxiv.org/abs/2206.01685", {}, u"2206.01685"},
    {u"https://arxiv.org/abs/2208.10668", {}, u"2208.10668"},
    {u"https://www.biorxiv.org/content/10.1101/2022.01.12.476051v1.full.pdf",
     u"10.1101/2022.01.12.476051",
     {}},
    {u"https://www.biorxiv.org/content/10.1101/2022.06.24.497562v1",
     u"10.1101/2022.06.24.497562",
     {}},
    {u"https://www.nature.com/articles/s42003-022-03036-1", u"10.1038/s42003-022-03036-1", {}},
    {u"https://arxiv.org/abs/2204.03740", {}, u"2204.03740"},
    {u"https://www.biorxiv.org/content/10.1101/2021.06.18.448989v3.full",
     u"10.1101/2021.06.18.448989",
     {}},
    {u"https://proceedings.neurips.cc/paper/2021/file/2c29d89cc56cdb191c60db2f0bae796b-Paper.pdf",
     {},
     {}},
    {u"https://arxiv.org/abs/2107.06446", {}, u"2107.06446"},
    {u"https://arxiv.org/abs/2008.06996", {}, u"2008.06996"},
    {u"https://arxiv.org/abs/2112.04035", {}, u"2112.04035"},
    {u"https://www.sciencedirect.com/science/article/pii/S2589004221009810", {}, {}},
    {u"https://evlab.mit.edu/assets/papers/Schrimpf_et_al_2021_PNAS.pdf", {}, {}},
    {u"https://arxiv.org/abs/2101.06887", {}, u"2101.06887"},
    {u"https://www.pnas.org/doi/10.1073/pnas.2111821118", u"10.1073/pnas.2111821118", {}},
    {u"https://www.nature.com/articles/s41467-021-22559-5", u"10.1038/s41467-021-22559-5", {}},
    {u"https://www.sciencedirect.com/science/article/pii/S009286742031388X", {}, {}},
    {u"https://arxiv.org/abs/2001.10913", {}, u"2001.10913"},
    {u"https://www.biorxiv.org/content/10.1101/2020.06.16.155556v1.full.pdf",
     u"10.1101/2020.06.16.155556",
     {}},
    {u"https://www.biorxiv.org/content/10.1101/2020.10.07.327171v1.full.pdf",
     u"10.1101/2020.10.07.327171",
     {}},
    {u"https://www.nature.com/articles/s41467-020-17866-2", u"10.1038/s41467-020-17866-2", {}},
    {u"https://arxiv.org/abs/2007.07853", {}, u"2007.07853"},
    // A PII with balanced parentheses, not a DOI.
    {u"https://www.cell.com/neuron/fulltext/S0896-6273(20)30705-4", {}, {}},
    {u"https://www.eneuro.org/content/7/4/ENEURO.0506-19.2020", {}, {}},
    {u"https://arxiv.org/abs/2009.01269", {}, u"2009.01269"},
    {u"http://proceedings.mlr.press/v119/rolnick20a/rolnick20a.pdf", {}, {}},
    {u"https://arxiv.org/abs/2010.08377", {}, u"2010.08377"},
    {u"https://www.biorxiv.org/content/10.1101/2020.05.07.082743v1.abstract",
     u"10.1101/2020.05.07.082743",
     {}},
    {u"https://arxiv.org/pdf/2007.01378.pdf", {}, u"2007.01378"},
    {u"https://www.biorxiv.org/content/10.1101/2020.09.09.290601v1.abstract",
     u"10.1101/2020.09.09.290601",
     {}},
    {u"https://arxiv.org/pdf/2003.12128.pdf", {}, u"2003.12128"},
    {u"https://www.nature.com/articles/s41593-020-0608-8", u"10.1038/s41593-020-0608-8", {}},
    {u"https://www.sciencedirect.com/science/article/pii/S0959438818300485", {}, {}},
    {u"https://www.sciencedirect.com/science/article/pii/S0896627319307408", {}, {}},
    {u"https://papers.nips.cc/paper/2019/hash/7813d1590d28a7dd372ad54b5d29d033-Abstract.html",
     {},
     {}},
    {u"https://www.sciencedirect.com/science/article/pii/S0959438818301569", {}, {}},
    {u"https://arxiv.org/pdf/1907.06374.pdf", {}, u"1907.06374"},
    {u"https://www.nature.com/articles/s41586-019-1346-5", u"10.1038/s41586-019-1346-5", {}},
    {u"https://www.biorxiv.org/content/10.1101/613141v1.full.pdf", u"10.1101/613141", {}},
    {u"https://www.pnas.org/content/pnas/116/16/7723.full.pdf", {}, {}},
    {u"https://www.biorxiv.org/content/10.1101/738385v3", u"10.1101/738385", {}},
    {u"https://science.sciencemag.org/content/367/6473/83.long", {}, {}},
    {u"https://arxiv.org/abs/1906.04358", {}, u"1906.04358"},
    {u"https://papers.nips.cc/paper/"
     u"9191-a-unified-theory-for-the-origin-of-grid-cells-through-the-lens-of-pattern-formation."
     u"pdf",
     {},
     {}},
    {u"https://arxiv.org/abs/1911.05248", {}, u"1911.05248"},
    {u"https://www.nature.com/articles/s41593-019-0517-x", u"10.1038/s41593-019-0517-x", {}},
    {u"https://arxiv.org/abs/1905.12784", {}, u"1905.12784"},
    {u"https://arxiv.org/abs/1911.09451", {}, u"1911.09451"},
    {u"https://arxiv.org/abs/1911.05072", {}, u"1911.05072"},
    {u"https://papers.nips.cc/paper/"
     u"9060-from-deep-learning-to-mechanistic-understanding-in-neuroscience-the-structure-of-"
     u"retinal-prediction",
     {},
     {}},
    {u"https://www.biorxiv.org/content/biorxiv/early/2019/07/13/471987.full.pdf",
     u"10.1101/471987",
     {}},
    {u"https://advances.sciencemag.org/content/5/5/eaav7903", {}, {}},
    {u"https://science.sciencemag.org/content/364/6439/eaav9436", {}, {}},
    {u"https://www.sciencedirect.com/science/article/pii/S0092867419303915", {}, {}},
    {u"https://www.nature.com/articles/s41593-019-0392-5", u"10.1038/s41593-019-0392-5", {}},
    {u"https://arxiv.org/abs/1904.09708", {}, u"1904.09708"},
    {u"http://www.jneurosci.org/content/38/33/7255", {}, {}},
    {u"https://www.nature.com/articles/s41593-018-0147-8", u"10.1038/s41593-018-0147-8", {}},
    {u"https://science.sciencemag.org/content/360/6394/1204", {}, {}},
    {u"https://www.nature.com/articles/s41586-018-0102-6", u"10.1038/s41586-018-0102-6", {}},
    {u"https://www.biorxiv.org/content/10.1101/407007", u"10.1101/407007", {}},
    {u"https://www.sciencedirect.com/science/article/pii/S0896627318302502", {}, {}},
    {u"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5716677/", {}, {}},
    {u"https://arxiv.org/abs/1609.09059", {}, u"1609.09059"},
    {u"https://www.science.org/doi/full/10.1126/science.aag2612", u"10.1126/science.aag2612", {}},
    {u"https://www.nature.com/articles/nn.4244", u"10.1038/nn.4244", {}},
    {u"https://royalsocietypublishing.org/doi/full/10.1098/rspb.2016.2134",
     u"10.1098/rspb.2016.2134",
     {}},
    {u"https://arxiv.org/abs/1502.04156", {}, u"1502.04156"},
    {u"http://www.jneurosci.org/content/35/27/10005", {}, {}},
    {u"https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1003963",
     u"10.1371/journal.pcbi.1003963",
     {}},
    // Reviews.
    {u"https://www.frontiersin.org/articles/10.3389/fncel.2023.1220030/full",
     u"10.3389/fncel.2023.1220030",
     {}},
    {u"https://arxiv.org/pdf/2303.15935.pdf", {}, u"2303.15935"},
    {u"https://arxiv.org/abs/2210.08340", {}, u"2210.08340"},
    {u"https://arxiv.org/abs/2209.03718", {}, u"2209.03718"},
    {u"https://arxiv.org/pdf/2001.07092.pdf", {}, u"2001.07092"},
    {u"https://www.sciencedirect.com/science/article/abs/pii/S0306452220302141", {}, {}},
    {u"https://www.sciencedirect.com/science/article/pii/S1364661320302199", {}, {}},
    {u"https://www.frontiersin.org/articles/10.3389/fncom.2020.00063/full",
     u"10.3389/fncom.2020.00063",
     {}},
    {u"https://www.cell.com/neuron/fulltext/S0896-6273(20)30468-2", {}, {}},
    {u"https://www.nature.com/articles/s41583-020-0277-3", u"10.1038/s41583-020-0277-3", {}},
    {u"https://arxiv.org/abs/2004.07580", {}, u"2004.07580"},
    {u"https://www.sciencedirect.com/science/article/abs/pii/S089662731931044X", {}, {}},
    {u"https://www.cell.com/neuron/fulltext/S0896-6273(20)30605-X", {}, {}},
    {u"https://www.nature.com/articles/s41467-019-13239-6", u"10.1038/s41467-019-13239-6", {}},
    {u"https://arxiv.org/pdf/1903.01458.pdf", {}, u"1903.01458"},
    {u"https://www.nature.com/articles/s41467-019-11786-6", u"10.1038/s41467-019-11786-6", {}},
    {u"https://www.nature.com/articles/s41593-019-0520-2", u"10.1038/s41593-019-0520-2", {}},
    {u"https://www.biorxiv.org/content/biorxiv/early/2018/06/05/133504.full.pdf",
     u"10.1101/133504",
     {}},
    {u"https://www.cell.com/neuron/fulltext/S0896-6273(17)30509-3", {}, {}},
    {u"https://www.cambridge.org/core/services/aop-cambridge-core/content/view/"
     u"A9535B1D745A0377E16C590E14B94993/S0140525X16001837a.pdf/"
     u"building_machines_that_learn_and_think_like_people.pdf",
     {},
     {}},
    {u"https://www.frontiersin.org/articles/10.3389/fncom.2016.00094/full",
     u"10.3389/fncom.2016.00094",
     {}},
    // Blogs and other lists.
    {u"https://xcorr.net/2022/05/18/whats-the-endgame-of-neuroai/", {}, {}},
    {u"https://xcorr.net/2021/12/31/2021-in-review-unsupervised-brain-models/", {}, {}},
    {u"https://timdettmers.com/2015/07/27/brain-vs-deep-learning-singularity", {}, {}},
    {u"https://vicco-group.github.io/DNN_vs_brain-and-behavior/", {}, {}},
    {u"https://github.com/FrancescoInnocenti/Neuro_AI_Papers", {}, {}},
};

// Link destinations of the seed README, found the way CommonMark reads "](…)": up to the ')' that
// balances, so cell.com's "(20)" stays inside.
QStringList seedReadmeLinks()
{
    const QString text
        = QString::fromUtf8(Curator::Test::readFile(Curator::Test::seedReadmePath()));
    QStringList links;
    for (qsizetype open = text.indexOf(u"]("); open >= 0; open = text.indexOf(u"](", open + 2)) {
        qsizetype end = open + 2;
        int depth = 0;
        for (; end < text.size(); ++end) {
            if (text[end] == u'(')
                ++depth;
            else if (text[end] == u')' && depth-- == 0)
                break;
        }
        links.append(text.sliced(open + 2, end - open - 2));
    }
    return links;
}

} // namespace

class TestIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void recognize_data();
    void recognize();
    void recognizeDisplayRoundTrip_data();
    void recognizeDisplayRoundTrip();
    void fromUrl_data();
    void fromUrl();
    void seedLinksAreAllListed();
    void seedLink_data();
    void seedLink();
    void findAll_data();
    void findAll();
    void isArxivId_data();
    void isArxivId();
    void doiKey_data();
    void doiKey();
    void display_data();
    void display();
    void fromUrlIsCheap();
};

void TestIdentifier::recognize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<RecognizedId>("expected");

    // arXiv, new style.
    QTest::newRow("bare new") << u"2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("bare new with version") << u"2306.16922v2"_s << arxiv(u"2306.16922"_s, 2);
    QTest::newRow("surrounding space") << u"  2306.16922v2\n"_s << arxiv(u"2306.16922"_s, 2);
    QTest::newRow("two-digit version") << u"2306.16922v12"_s << arxiv(u"2306.16922"_s, 12);
    QTest::newRow("first new-style id") << u"0704.0001"_s << arxiv(u"0704.0001"_s);
    QTest::newRow("last four-digit month") << u"1412.8768v1"_s << arxiv(u"1412.8768"_s, 1);
    QTest::newRow("first five-digit month") << u"1501.00001"_s << arxiv(u"1501.00001"_s);
    QTest::newRow("arXiv: prefix") << u"arXiv:2306.16922v2"_s << arxiv(u"2306.16922"_s, 2);
    QTest::newRow("arxiv: lower case") << u"arxiv:2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("ARXIV: upper case") << u"ARXIV:2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("arXiv: with space") << u"arXiv: 2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("arXiv and space") << u"arXiv 2306.16922v2"_s << arxiv(u"2306.16922"_s, 2);

    // arXiv, old style.
    QTest::newRow("old hep-th") << u"hep-th/9901001"_s << arxiv(u"hep-th/9901001"_s);
    QTest::newRow("old with version") << u"hep-th/9901001v3"_s << arxiv(u"hep-th/9901001"_s, 3);
    QTest::newRow("old subject class") << u"math.GT/0309136"_s << arxiv(u"math.GT/0309136"_s);
    QTest::newRow("old astro-ph") << u"astro-ph/9812133"_s << arxiv(u"astro-ph/9812133"_s);
    QTest::newRow("old archive with v") << u"solv-int/9901001"_s << arxiv(u"solv-int/9901001"_s);
    QTest::newRow("old first month") << u"hep-th/9108001"_s << arxiv(u"hep-th/9108001"_s);
    QTest::newRow("old last month") << u"q-bio/0703001"_s << arxiv(u"q-bio/0703001"_s);
    QTest::newRow("old with prefix")
        << u"arXiv:hep-th/9901001v2"_s << arxiv(u"hep-th/9901001"_s, 2);

    // arXiv URLs.
    QTest::newRow("abs") << u"https://arxiv.org/abs/2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("abs versioned")
        << u"https://arxiv.org/abs/2306.16922v2"_s << arxiv(u"2306.16922"_s, 2);
    QTest::newRow("abs http") << u"http://arxiv.org/abs/2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("www host") << u"https://www.arxiv.org/abs/2507.22229"_s
                              << arxiv(u"2507.22229"_s);
    QTest::newRow("export host") << u"https://export.arxiv.org/abs/2306.16922"_s
                                 << arxiv(u"2306.16922"_s);
    QTest::newRow("upper-case host")
        << u"HTTPS://ARXIV.ORG/abs/2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("pdf with .pdf")
        << u"https://arxiv.org/pdf/2306.16922.pdf"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("pdf without .pdf")
        << u"https://arxiv.org/pdf/2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("pdf versioned")
        << u"https://arxiv.org/pdf/2306.16922v2.pdf"_s << arxiv(u"2306.16922"_s, 2);
    QTest::newRow("html versioned")
        << u"https://arxiv.org/html/2307.05793v3"_s << arxiv(u"2307.05793"_s, 3);
    QTest::newRow("trailing slash")
        << u"https://arxiv.org/html/2307.05793v3/"_s << arxiv(u"2307.05793"_s, 3);
    QTest::newRow("query") << u"https://arxiv.org/abs/2306.16922?context=cs"_s
                           << arxiv(u"2306.16922"_s);
    QTest::newRow("fragment") << u"https://arxiv.org/abs/2306.16922#S2"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("old abs") << u"https://arxiv.org/abs/hep-th/9901001"_s
                             << arxiv(u"hep-th/9901001"_s);
    QTest::newRow("old pdf") << u"https://arxiv.org/pdf/astro-ph/9812133v1.pdf"_s
                             << arxiv(u"astro-ph/9812133"_s, 1);
    QTest::newRow("scheme-less") << u"arxiv.org/abs/2306.16922"_s << arxiv(u"2306.16922"_s);

    // arXiv's DataCite DOI is an arXiv id, never a DOI.
    QTest::newRow("arXiv DOI") << u"10.48550/arXiv.2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("arXiv DOI upper")
        << u"doi:10.48550/ARXIV.2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("arXiv DOI URL")
        << u"https://doi.org/10.48550/arXiv.2306.16922"_s << arxiv(u"2306.16922"_s);
    QTest::newRow("arXiv DOI old")
        << u"10.48550/arXiv.hep-th/9901001"_s << arxiv(u"hep-th/9901001"_s);

    // DOIs.
    QTest::newRow("bare DOI") << u"10.1038/nn.4244"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("case kept") << u"10.1038/NN.4244"_s << doi(u"10.1038/NN.4244"_s);
    QTest::newRow("doi:") << u"doi:10.1038/nn.4244"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("DOI: ") << u"DOI: 10.1038/nn.4244"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("DOI space") << u"DOI 10.1038/nn.4244"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("doi.org") << u"https://doi.org/10.1038/nn.4244"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("dx.doi.org http")
        << u"http://dx.doi.org/10.1038/nn.4244"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("doi.org scheme-less")
        << u"doi.org/10.1038/nn.4244"_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("percent-encoded")
        << u"https://doi.org/10.1073%2Fpnas.2111821118"_s << doi(u"10.1073/pnas.2111821118"_s);
    QTest::newRow("trailing period") << u"10.1038/nn.4244."_s << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("nine-digit registrant") << u"10.123456789/abc"_s << doi(u"10.123456789/abc"_s);
    QTest::newRow("PII parentheses")
        << u"10.1016/S0140-6736(97)11096-0"_s << doi(u"10.1016/S0140-6736(97)11096-0"_s);
    QTest::newRow("DOI ending in its own parenthesis")
        << u"10.1234/abc(1)"_s << doi(u"10.1234/abc(1)"_s);
    QTest::newRow("SICI whole")
        << u"10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"_s
        << doi(u"10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"_s);
    QTest::newRow("pnas.org/doi") << u"https://www.pnas.org/doi/10.1073/pnas.2111821118"_s
                                  << doi(u"10.1073/pnas.2111821118"_s);
    QTest::newRow("/doi/abs/") << u"https://www.pnas.org/doi/abs/10.1073/pnas.2111821118"_s
                               << doi(u"10.1073/pnas.2111821118"_s);
    QTest::newRow("/doi/pdf/") << u"https://www.pnas.org/doi/pdf/10.1073/pnas.2111821118"_s
                               << doi(u"10.1073/pnas.2111821118"_s);
    QTest::newRow("royalsociety")
        << u"https://royalsocietypublishing.org/doi/full/10.1098/rspb.2016.2134"_s
        << doi(u"10.1098/rspb.2016.2134"_s);
    QTest::newRow("science.org") << u"https://www.science.org/doi/full/10.1126/science.aag2612"_s
                                 << doi(u"10.1126/science.aag2612"_s);
    QTest::newRow("PLoS query")
        << u"https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1003963"_s
        << doi(u"10.1371/journal.pcbi.1003963"_s);
    QTest::newRow("frontiers /full")
        << u"https://www.frontiersin.org/articles/10.3389/fncel.2023.1220030/full"_s
        << doi(u"10.3389/fncel.2023.1220030"_s);
    QTest::newRow("nature") << u"https://www.nature.com/articles/s41586-019-1346-5"_s
                            << doi(u"10.1038/s41586-019-1346-5"_s);
    QTest::newRow("nature nn") << u"https://www.nature.com/articles/nn.4244"_s
                               << doi(u"10.1038/nn.4244"_s);

    // bioRxiv / medRxiv.
    QTest::newRow("bioRxiv old DOI") << u"10.1101/407007"_s << doi(u"10.1101/407007"_s, true);
    QTest::newRow("bioRxiv dated DOI")
        << u"10.1101/2020.06.16.155556"_s << doi(u"10.1101/2020.06.16.155556"_s, true);
    QTest::newRow("bioRxiv version tail")
        << u"10.1101/2020.06.16.155556v1"_s << doi(u"10.1101/2020.06.16.155556"_s, true);
    QTest::newRow("bioRxiv label") << u"bioRxiv 10.1101/407007"_s << doi(u"10.1101/407007"_s, true);
    QTest::newRow("medRxiv label")
        << u"medRxiv: 10.1101/2020.03.19.20039354"_s << doi(u"10.1101/2020.03.19.20039354"_s, true);
    QTest::newRow("bioRxiv URL") << u"https://www.biorxiv.org/content/10.1101/407007"_s
                                 << doi(u"10.1101/407007"_s, true);
    QTest::newRow("bioRxiv doi.org")
        << u"https://doi.org/10.1101/407007"_s << doi(u"10.1101/407007"_s, true);
    QTest::newRow("bioRxiv early URL")
        << u"https://www.biorxiv.org/content/biorxiv/early/2018/06/05/133504.full.pdf"_s
        << doi(u"10.1101/133504"_s, true);
    QTest::newRow("Genome Research")
        << u"10.1101/gr.215087.116"_s << doi(u"10.1101/gr.215087.116"_s, false);
    QTest::newRow("Genes Dev") << u"https://doi.org/10.1101/gad.1565807"_s
                               << doi(u"10.1101/gad.1565807"_s, false);
    QTest::newRow("10.1101 five digits") << u"10.1101/12345"_s << doi(u"10.1101/12345"_s, false);
    QTest::newRow("10.1101 six characters")
        << u"10.1101/lm.123"_s << doi(u"10.1101/lm.123"_s, false);
    QTest::newRow("10.1101 dated, short number")
        << u"10.1101/2020.01.01.12345"_s << doi(u"10.1101/2020.01.01.12345"_s, false);

    // Junk.
    QTest::newRow("empty") << QString() << none();
    QTest::newRow("blank") << u" \t\n"_s << none();
    QTest::newRow("word") << u"hello"_s << none();
    QTest::newRow("DOI prefix only") << u"10.1234"_s << none();
    QTest::newRow("DOI no suffix") << u"10.1234/"_s << none();
    QTest::newRow("DOI short registrant") << u"10.123/abc"_s << none();
    QTest::newRow("DOI long registrant") << u"10.1234567890/abc"_s << none();
    QTest::newRow("DOI then words") << u"10.1038/nn.4244 and more"_s << none();
    QTest::newRow("words then DOI") << u"see 10.1038/nn.4244"_s << none();
    QTest::newRow("doi: junk") << u"doi:hello"_s << none();
    QTest::newRow("month 00") << u"2300.12345"_s << none();
    QTest::newRow("month 13") << u"2313.12345"_s << none();
    QTest::newRow("month 13 old numbering") << u"1413.1234"_s << none();
    QTest::newRow("1234.5678") << u"1234.5678"_s << none();
    QTest::newRow("four digits after 1501") << u"2306.1692"_s << none();
    QTest::newRow("five digits before 1501") << u"1412.12345"_s << none();
    QTest::newRow("before 0704") << u"0703.1234"_s << none();
    QTest::newRow("number zero") << u"2306.00000"_s << none();
    QTest::newRow("version 0") << u"2306.16922v0"_s << none();
    QTest::newRow("version empty") << u"2306.16922v"_s << none();
    QTest::newRow("version upper-case") << u"2306.16922V2"_s << none();
    QTest::newRow("arXiv: junk") << u"arXiv:hello"_s << none();
    QTest::newRow("arXiv with trailing text") << u"arXiv:2306.16922v2 [cs.NE]"_s << none();
    QTest::newRow("old six digits") << u"hep-th/990100"_s << none();
    QTest::newRow("old unknown archive") << u"foo/9901001"_s << none();
    QTest::newRow("old month 13") << u"hep-th/9913001"_s << none();
    QTest::newRow("old before 1991-08") << u"hep-th/9107001"_s << none();
    QTest::newRow("old after 2007-03") << u"hep-th/0704001"_s << none();
    QTest::newRow("old number zero") << u"hep-th/9901000"_s << none();
    QTest::newRow("arXiv DOI junk") << u"10.48550/arXiv.hello"_s << none();
    QTest::newRow("example.com") << u"http://example.com/paper"_s << none();
    QTest::newRow("doi.org empty") << u"https://doi.org/"_s << none();
    QTest::newRow("arxiv listing") << u"https://arxiv.org/list/cs.AI/recent"_s << none();
    QTest::newRow("arxiv bad id") << u"https://arxiv.org/abs/notanid"_s << none();
    QTest::newRow("lookalike host") << u"https://notarxiv.org/abs/2306.16922"_s << none();
    QTest::newRow("cell.com PII") << u"https://www.cell.com/neuron/fulltext/S0896-6273(20)30705-4"_s
                                  << none();
    QTest::newRow("URL then words") << u"https://arxiv.org/abs/2306.16922 extra"_s << none();
}

void TestIdentifier::recognize()
{
    QFETCH(QString, input);
    QFETCH(RecognizedId, expected);
    QCOMPARE(Identifier::recognize(input), expected);
}

void TestIdentifier::recognizeDisplayRoundTrip_data()
{
    QTest::addColumn<RecognizedId>("id");
    QTest::newRow("arXiv versioned") << arxiv(u"2306.16922"_s, 2);
    QTest::newRow("arXiv old") << arxiv(u"math.GT/0309136"_s);
    QTest::newRow("DOI") << doi(u"10.1038/nn.4244"_s);
    QTest::newRow("bioRxiv") << doi(u"10.1101/407007"_s, true);
}

// What the UI shows can be pasted back.
void TestIdentifier::recognizeDisplayRoundTrip()
{
    QFETCH(RecognizedId, id);
    QCOMPARE(Identifier::recognize(id.display()), id);
}

void TestIdentifier::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("doi");
    QTest::addColumn<QString>("arxivId");

    // The version stays as written.
    QTest::newRow("abs") << u"https://arxiv.org/abs/2306.16922"_s << QString() << u"2306.16922"_s;
    QTest::newRow("abs v2") << u"https://arxiv.org/abs/2306.16922v2"_s << QString()
                            << u"2306.16922v2"_s;
    QTest::newRow("html v3 slash")
        << u"https://arxiv.org/html/2307.05793v3/"_s << QString() << u"2307.05793v3"_s;
    QTest::newRow("pdf v1 .pdf") << u"https://arxiv.org/pdf/2306.16922v1.pdf"_s << QString()
                                 << u"2306.16922v1"_s;
    QTest::newRow("pdf bare") << u"https://arxiv.org/pdf/2306.16922"_s << QString()
                              << u"2306.16922"_s;
    QTest::newRow("www") << u"https://www.arxiv.org/abs/2507.22229"_s << QString()
                         << u"2507.22229"_s;
    QTest::newRow("export") << u"http://export.arxiv.org/abs/2306.16922v2"_s << QString()
                            << u"2306.16922v2"_s;
    QTest::newRow("port") << u"https://arxiv.org:443/abs/2306.16922"_s << QString()
                          << u"2306.16922"_s;
    QTest::newRow("query and fragment")
        << u"https://arxiv.org/abs/2306.16922?x=1#y"_s << QString() << u"2306.16922"_s;
    QTest::newRow("old style") << u"https://arxiv.org/abs/hep-th/9901001v2"_s << QString()
                               << u"hep-th/9901001v2"_s;
    QTest::newRow("old subject") << u"https://arxiv.org/abs/math.GT/0309136"_s << QString()
                                 << u"math.GT/0309136"_s;
    QTest::newRow("arXiv DOI link")
        << u"https://doi.org/10.48550/arXiv.2306.16922"_s << QString() << u"2306.16922"_s;
    QTest::newRow("arxiv.org bad id")
        << u"https://arxiv.org/abs/2306.1692"_s << QString() << QString();
    QTest::newRow("arxiv.org in path only")
        << u"https://example.com/arxiv.org/abs/2306.16922"_s << QString() << QString();
    QTest::newRow("arxiv.org as subdomain of another")
        << u"https://arxiv.org.example.com/abs/2306.16922"_s << QString() << QString();

    QTest::newRow("doi.org") << u"https://doi.org/10.1038/nn.4244"_s << u"10.1038/nn.4244"_s
                             << QString();
    QTest::newRow("dx.doi.org") << u"http://dx.doi.org/10.1038/nn.4244"_s << u"10.1038/nn.4244"_s
                                << QString();
    QTest::newRow("pnas percent") << u"https://www.pnas.org/doi/10.1073%2Fpnas.2111821118"_s
                                  << u"10.1073/pnas.2111821118"_s << QString();
    QTest::newRow("PLoS query percent")
        << u"https://journals.plos.org/ploscompbiol/article?id=10.1371%2Fjournal.pcbi.1003963"_s
        << u"10.1371/journal.pcbi.1003963"_s << QString();
    QTest::newRow("PLoS file query")
        << u"https://journals.plos.org/ploscompbiol/article/file?id=10.1371/journal.pcbi.1003963&type=printable"_s
        << u"10.1371/journal.pcbi.1003963"_s << QString();
    QTest::newRow("frontiers abstract")
        << u"https://www.frontiersin.org/articles/10.3389/fncom.2020.00063/abstract"_s
        << u"10.3389/fncom.2020.00063"_s << QString();
    QTest::newRow("frontiers pdf")
        << u"https://www.frontiersin.org/articles/10.3389/fncom.2020.00063/pdf"_s
        << u"10.3389/fncom.2020.00063"_s << QString();
    QTest::newRow("frontiers journal path")
        << u"https://www.frontiersin.org/journals/computational-neuroscience/articles/10.3389/fncom.2020.00063/full"_s
        << u"10.3389/fncom.2020.00063"_s << QString();
    QTest::newRow("springer pdf")
        << u"https://link.springer.com/content/pdf/10.1007/s00422-018-0785-7.pdf"_s
        << u"10.1007/s00422-018-0785-7"_s << QString();
    QTest::newRow("nature pdf") << u"https://www.nature.com/articles/s41586-019-1346-5.pdf"_s
                                << u"10.1038/s41586-019-1346-5"_s << QString();
    QTest::newRow("nature query") << u"https://www.nature.com/articles/nn.4244?foo=bar"_s
                                  << u"10.1038/nn.4244"_s << QString();
    QTest::newRow("nature pre-2018")
        << u"https://www.nature.com/nature/journal/v521/n7553/full/nature14539.html"_s
        << u"10.1038/nature14539"_s << QString();
    QTest::newRow("nature without article")
        << u"https://www.nature.com/neuro/"_s << QString() << QString();
    QTest::newRow("bioRxiv full.pdf")
        << u"https://www.biorxiv.org/content/10.1101/2020.01.01.123456v1.full.pdf"_s
        << u"10.1101/2020.01.01.123456"_s << QString();
    QTest::newRow("bioRxiv full-text")
        << u"https://www.biorxiv.org/content/10.1101/2020.01.01.123456v2.full-text"_s
        << u"10.1101/2020.01.01.123456"_s << QString();
    QTest::newRow("bioRxiv .full without version")
        << u"https://www.biorxiv.org/content/10.1101/407007.full"_s << u"10.1101/407007"_s
        << QString();
    QTest::newRow("bioRxiv .abstract without version")
        << u"https://www.biorxiv.org/content/10.1101/407007.abstract"_s << u"10.1101/407007"_s
        << QString();
    QTest::newRow("bioRxiv .full.pdf without version")
        << u"https://www.biorxiv.org/content/10.1101/407007.full.pdf"_s << u"10.1101/407007"_s
        << QString();
    QTest::newRow("bioRxiv early without biorxiv/")
        << u"https://www.biorxiv.org/content/early/2017/04/06/124990"_s << u"10.1101/124990"_s
        << QString();
    QTest::newRow("bioRxiv collection")
        << u"https://www.biorxiv.org/collection/neuroscience"_s << QString() << QString();
    QTest::newRow("medRxiv") << u"https://www.medrxiv.org/content/10.1101/2020.03.19.20039354v1"_s
                             << u"10.1101/2020.03.19.20039354"_s << QString();
    QTest::newRow("no identifier") << u"http://example.com/paper"_s << QString() << QString();
    QTest::newRow("DOI-like inside a number")
        << u"https://example.com/files/110.1234/x"_s << QString() << QString();

    // Link targets that are not URLs.
    QTest::newRow("doi: target") << u"doi:10.1038/nn.4244"_s << u"10.1038/nn.4244"_s << QString();
    QTest::newRow("arXiv: target") << u"arXiv:2306.16922v2"_s << QString() << u"2306.16922v2"_s;
    QTest::newRow("anchor") << u"#papers"_s << QString() << QString();
    QTest::newRow("relative") << u"docs/CONTRIBUTING.md"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestIdentifier::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, doi);
    QFETCH(QString, arxivId);
    const LinkIdentifiers ids = Identifier::fromUrl(url);
    QCOMPARE(ids.doi, doi);
    QCOMPARE(ids.arxivId, arxivId);
}

void TestIdentifier::seedLinksAreAllListed()
{
    const QStringList links = seedReadmeLinks();
    QCOMPARE(links.size(), 115);
    QSet<QString> listed;
    for (const SeedLink &link : kSeedLinks)
        listed.insert(link.url.toString());
    QCOMPARE(listed.size(), int(std::size(kSeedLinks)));
    for (const QString &link : links)
        QVERIFY2(listed.contains(link), qPrintable(u"not in kSeedLinks: "_s + link));
    QCOMPARE(listed.size(), QSet<QString>(links.cbegin(), links.cend()).size());
}

void TestIdentifier::seedLink_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("doi");
    QTest::addColumn<QString>("arxivId");
    for (const SeedLink &link : kSeedLinks) {
        QTest::addRow("%s", qPrintable(link.url.toString()))
            << link.url.toString() << link.doi.toString() << link.arxiv.toString();
    }
}

void TestIdentifier::seedLink()
{
    QFETCH(QString, url);
    QFETCH(QString, doi);
    QFETCH(QString, arxivId);
    const LinkIdentifiers ids = Identifier::fromUrl(url);
    QCOMPARE(ids.doi, doi);
    QCOMPARE(ids.arxivId, arxivId);
    // recognize() reads the same link the same way.
    const RecognizedId id = Identifier::recognize(url);
    QCOMPARE(id.doi, doi);
    QCOMPARE(id.arxivWithVersion(), arxivId);
    QCOMPARE(id.isValid(), !doi.isEmpty() || !arxivId.isEmpty());
}

void TestIdentifier::findAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // display() of each, in order

    QTest::newRow("arXiv stamp") << u"arXiv:2306.16922v2 [cs.NE] 29 Jun 2023"_s
                                 << QStringList{u"arXiv 2306.16922v2"_s};
    QTest::newRow("lines of DOIs")
        << u"10.1038/nn.4244\n10.1073/pnas.2111821118\r\n10.1101/407007\n"_s
        << QStringList{u"DOI 10.1038/nn.4244"_s, u"DOI 10.1073/pnas.2111821118"_s,
                       u"bioRxiv 10.1101/407007"_s};
    QTest::newRow("column of arXiv ids")
        << u"2306.16922\n2307.05793v3\nhep-th/9901001\n"_s
        << QStringList{u"arXiv 2306.16922"_s, u"arXiv 2307.05793v3"_s, u"arXiv hep-th/9901001"_s};
    QTest::newRow("comma separated")
        << u"2306.16922,2307.05793; 1502.04156"_s
        << QStringList{u"arXiv 2306.16922"_s, u"arXiv 2307.05793"_s, u"arXiv 1502.04156"_s};
    QTest::newRow("mixed, in order")
        << u"DOI: 10.1038/nn.4244; arXiv:1502.04156"_s
        << QStringList{u"DOI 10.1038/nn.4244"_s, u"arXiv 1502.04156"_s};
    QTest::newRow("DOI repeated in other case")
        << u"10.1038/nn.4244 and again 10.1038/NN.4244"_s << QStringList{u"DOI 10.1038/nn.4244"_s};
    QTest::newRow("arXiv repeated as URL")
        << u"arXiv:2306.16922 see https://arxiv.org/abs/2306.16922v2"_s
        << QStringList{u"arXiv 2306.16922"_s};
    QTest::newRow("arXiv repeated as DOI")
        << u"https://doi.org/10.48550/arXiv.2306.16922 arXiv:2306.16922"_s
        << QStringList{u"arXiv 2306.16922"_s};
    QTest::newRow("DOI inside URL counts once")
        << u"see https://doi.org/10.1038/nn.4244."_s << QStringList{u"DOI 10.1038/nn.4244"_s};
    QTest::newRow("DOI in parentheses")
        << u"(doi:10.1038/nn.4244)."_s << QStringList{u"DOI 10.1038/nn.4244"_s};
    QTest::newRow("PII DOI in parentheses") << u"Lancet (doi: 10.1016/S0140-6736(97)11096-0)."_s
                                            << QStringList{u"DOI 10.1016/S0140-6736(97)11096-0"_s};
    QTest::newRow("DOI ending in its own parenthesis, in parentheses")
        << u"(10.1234/abc(1))."_s << QStringList{u"DOI 10.1234/abc(1)"_s};
    QTest::newRow("URL ending in its own parenthesis")
        << u"see https://doi.org/10.1234/abc(1)."_s << QStringList{u"DOI 10.1234/abc(1)"_s};
    QTest::newRow("DOI in angle brackets")
        << u"<10.1038/nn.4244>"_s << QStringList{u"DOI 10.1038/nn.4244"_s};
    QTest::newRow("DOI in quotes")
        << u"id=\"10.1038/nn.4244\""_s << QStringList{u"DOI 10.1038/nn.4244"_s};
    QTest::newRow("HTML link") << u"<a href=\"https://doi.org/10.1038/nn.4244\">paper</a>"_s
                               << QStringList{u"DOI 10.1038/nn.4244"_s};
    QTest::newRow("markdown link")
        << u"[**T**](https://www.frontiersin.org/articles/10.3389/fncel.2023.1220030/full) F"_s
        << QStringList{u"DOI 10.3389/fncel.2023.1220030"_s};
    QTest::newRow("markdown link with PII")
        << u"[**T**](https://www.cell.com/neuron/fulltext/S0896-6273(20)30705-4) Neuron"_s
        << QStringList();
    QTest::newRow("bioRxiv URL")
        << u"https://www.biorxiv.org/content/10.1101/2020.06.16.155556v1.full.pdf"_s
        << QStringList{u"bioRxiv 10.1101/2020.06.16.155556"_s};
    QTest::newRow("scheme-less URLs")
        << u"doi.org/10.1038/nn.4244 www.nature.com/articles/s41586-019-1346-5"_s
        << QStringList{u"DOI 10.1038/nn.4244"_s, u"DOI 10.1038/s41586-019-1346-5"_s};
    QTest::newRow("PDF first page")
        << u"Nature Neuroscience 19, 356-365 (2016)\ndoi:10.1038/nn.4244\nReceived 2015"_s
        << QStringList{u"DOI 10.1038/nn.4244"_s};
    QTest::newRow("bare id ends a sentence")
        << u"posted as 2306.16922."_s << QStringList{u"arXiv 2306.16922"_s};
    QTest::newRow("nothing") << u"hello world 2023, p. 1234.5678 and 3.10.1234/abc"_s
                             << QStringList();
    QTest::newRow("not an arXiv id") << u"see 2306.1692 and 2313.12345"_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestIdentifier::findAll()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList shown;
    for (const RecognizedId &id : Identifier::findAll(text))
        shown.append(id.display());
    QCOMPARE(shown, expected);
}

void TestIdentifier::isArxivId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("new") << u"2306.16922"_s << true;
    QTest::newRow("new versioned") << u"2306.16922v2"_s << true;
    QTest::newRow("four-digit") << u"0704.0001"_s << true;
    QTest::newRow("old") << u"hep-th/9901001"_s << true;
    QTest::newRow("old versioned") << u"hep-th/9901001v1"_s << true;
    QTest::newRow("old subject") << u"math.GT/0309136"_s << true;
    QTest::newRow("prefixed") << u"arXiv:2306.16922"_s << false;
    QTest::newRow("padded") << u" 2306.16922"_s << false;
    QTest::newRow("too short") << u"2306.169"_s << false;
    QTest::newRow("too long") << u"2306.169222"_s << false;
    QTest::newRow("month 00") << u"2300.16922"_s << false;
    QTest::newRow("four digits after 1501") << u"2306.1692"_s << false;
    QTest::newRow("v0") << u"2306.16922v0"_s << false;
    QTest::newRow("v01") << u"2306.16922v01"_s << false;
    QTest::newRow("old subject three letters") << u"math.GTX/0309136"_s << false;
    QTest::newRow("old upper-case archive") << u"HEP-TH/9901001"_s << false;
    QTest::newRow("DOI") << u"10.1038/nn.4244"_s << false;
}

void TestIdentifier::isArxivId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(Identifier::isArxivId(id), valid);
}

void TestIdentifier::doiKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << u"10.1038/NN.4244"_s << u"10.1038/nn.4244"_s << true;
    QTest::newRow("mixed case") << u"10.1016/S0896-6273(20)30705-4"_s
                                << u"10.1016/s0896-6273(20)30705-4"_s << true;
    QTest::newRow("space") << u" 10.1038/nn.4244\n"_s << u"10.1038/nn.4244"_s << true;
    QTest::newRow("different") << u"10.1038/nn.4244"_s << u"10.1038/nn.4245"_s << false;
}

void TestIdentifier::doiKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Identifier::doiKey(a) == Identifier::doiKey(b), same);
    QCOMPARE(Identifier::doiKey(b), Identifier::doiKey(b).toLower());
}

void TestIdentifier::display_data()
{
    QTest::addColumn<RecognizedId>("id");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("withVersion");
    QTest::newRow("arXiv versioned")
        << arxiv(u"2306.16922"_s, 2) << u"arXiv 2306.16922v2"_s << u"2306.16922v2"_s;
    QTest::newRow("arXiv") << arxiv(u"2306.16922"_s) << u"arXiv 2306.16922"_s << u"2306.16922"_s;
    QTest::newRow("arXiv old") << arxiv(u"hep-th/9901001"_s) << u"arXiv hep-th/9901001"_s
                               << u"hep-th/9901001"_s;
    QTest::newRow("DOI") << doi(u"10.1038/nn.4244"_s) << u"DOI 10.1038/nn.4244"_s << QString();
    QTest::newRow("bioRxiv") << doi(u"10.1101/407007"_s, true) << u"bioRxiv 10.1101/407007"_s
                             << QString();
    QTest::newRow("none") << none() << QString() << QString();
}

void TestIdentifier::display()
{
    QFETCH(RecognizedId, id);
    QFETCH(QString, shown);
    QFETCH(QString, withVersion);
    QCOMPARE(id.display(), shown);
    QCOMPARE(id.arxivWithVersion(), withVersion);
}

// An import calls fromUrl once per entry; 100,000 calls must not be what a user waits for.
void TestIdentifier::fromUrlIsCheap()
{
    QStringList urls;
    for (const SeedLink &link : kSeedLinks)
        urls.append(link.url.toString());
    QElapsedTimer timer;
    timer.start();
    qsizetype found = 0;
    for (int i = 0; i < 100'000; ++i) {
        const LinkIdentifiers ids = Identifier::fromUrl(urls.at(i % urls.size()));
        found += ids.doi.isEmpty() && ids.arxivId.isEmpty() ? 0 : 1;
    }
    QVERIFY(found > 50'000);
    // About 0.1 s on a laptop; the bound catches an accidental per-call regex or QUrl.
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed()) + u" ms"_s));
}

QTEST_APPLESS_MAIN(TestIdentifier)
#include "tst_identifier.moc"
