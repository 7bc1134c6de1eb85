#include "importing/linkrecognizer.h"
#include "testdata.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Curator::LinkTarget;

namespace {

QString kindName(LinkTarget::Kind kind)
{
    switch (kind) {
    case LinkTarget::Kind::Identifier:
        return u"Identifier"_s;
    case LinkTarget::Kind::CrossrefPii:
        return u"CrossrefPii"_s;
    case LinkTarget::Kind::Proceedings:
        return u"Proceedings"_s;
    case LinkTarget::Kind::OpenReview:
        return u"OpenReview"_s;
    case LinkTarget::Kind::PublisherPage:
        return u"PublisherPage"_s;
    case LinkTarget::Kind::FetchPage:
        return u"FetchPage"_s;
    case LinkTarget::Kind::Refused:
        return u"Refused"_s;
    }
    return {};
}

// What a target says in one comparable string: the identifier's display form, the PII, the page
// to read, or nothing for a refusal.
QString what(const LinkTarget &target)
{
    switch (target.kind) {
    case LinkTarget::Kind::Identifier:
        return target.id.display();
    case LinkTarget::Kind::CrossrefPii:
        return target.pii;
    case LinkTarget::Kind::Refused:
        return {};
    default:
        return target.pageUrl.toString();
    }
}

// Seed hosts that are no publisher, preprint server or proceedings: their pages are read for
// whatever their meta tags or <title> say.
const QSet<QString> kUnknownSeedHosts = {
    u"github.com"_s, // the list's own repository and the awesome badge's target
    u"cdn.rawgit.com"_s, // the awesome badge image
    u"ai.meta.com"_s, // a company's publication page, no DOI or arXiv id in the URL
    u"transformer-circuits.pub"_s, // a self-published HTML article series
    u"evlab.mit.edu"_s, // a lab's copy of a PDF
    u"xcorr.net"_s, // a blog
    u"timdettmers.com"_s, // a blog
    u"vicco-group.github.io"_s, // a lab's project page
};

} // namespace

class tst_LinkRecognizer final : public QObject
{
    Q_OBJECT

private slots:
    void recognize_data();
    void recognize();
    void refusalsSayWhy_data();
    void refusalsSayWhy();
    void seedLinks();
    void normalizePii_data();
    void normalizePii();
    void crossrefPiiQuery_data();
    void crossrefPiiQuery();
};

void tst_LinkRecognizer::recognize_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    const QString identifier = u"Identifier"_s;
    const QString pii = u"CrossrefPii"_s;
    const QString proceedings = u"Proceedings"_s;
    const QString publisher = u"PublisherPage"_s;
    const QString fetch = u"FetchPage"_s;

    // arXiv, every URL form.
    QTest::newRow("arxiv abs") << u"https://arxiv.org/abs/2504.06354"_s << identifier
                               << u"arXiv 2504.06354"_s;
    QTest::newRow("arxiv pdf .pdf")
        << u"https://arxiv.org/pdf/2306.16922.pdf"_s << identifier << u"arXiv 2306.16922"_s;
    QTest::newRow("arxiv pdf version")
        << u"https://arxiv.org/pdf/2306.16922v2"_s << identifier << u"arXiv 2306.16922v2"_s;
    QTest::newRow("arxiv pdf version .pdf")
        << u"https://arxiv.org/pdf/2306.16922v2.pdf"_s << identifier << u"arXiv 2306.16922v2"_s;
    QTest::newRow("arxiv html") << u"https://arxiv.org/html/2307.05793v3"_s << identifier
                                << u"arXiv 2307.05793v3"_s;
    QTest::newRow("arxiv export old style") << u"http://export.arxiv.org/abs/hep-th/9901001v1"_s
                                            << identifier << u"arXiv hep-th/9901001v1"_s;
    QTest::newRow("arxiv www subject class") << u"https://www.arxiv.org/abs/math.GT/0309136"_s
                                             << identifier << u"arXiv math.GT/0309136"_s;
    QTest::newRow("arxiv datacite doi")
        << u"https://doi.org/10.48550/arXiv.2306.16922"_s << identifier << u"arXiv 2306.16922"_s;
    QTest::newRow("arxiv list page") << u"https://arxiv.org/list/cs.LG/recent"_s << fetch
                                     << u"https://arxiv.org/list/cs.LG/recent"_s;

    // DOI resolvers.
    QTest::newRow("doi.org") << u"https://doi.org/10.1038/nn.4244"_s << identifier
                             << u"DOI 10.1038/nn.4244"_s;
    QTest::newRow("dx.doi.org") << u"http://dx.doi.org/10.1016/j.neuron.2017.06.011"_s << identifier
                                << u"DOI 10.1016/j.neuron.2017.06.011"_s;
    QTest::newRow("doi scheme") << u"doi:10.1038/nn.4244"_s << identifier
                                << u"DOI 10.1038/nn.4244"_s;
    QTest::newRow("arxiv scheme") << u"arxiv:2306.16922"_s << identifier << u"arXiv 2306.16922"_s;

    // bioRxiv / medRxiv: version and page tails cut.
    QTest::newRow("biorxiv full.pdf")
        << u"https://www.biorxiv.org/content/10.1101/2022.01.12.476051v1.full.pdf"_s << identifier
        << u"bioRxiv 10.1101/2022.01.12.476051"_s;
    QTest::newRow("biorxiv full")
        << u"https://www.biorxiv.org/content/10.1101/2021.06.18.448989v3.full"_s << identifier
        << u"bioRxiv 10.1101/2021.06.18.448989"_s;
    QTest::newRow("biorxiv abstract")
        << u"https://www.biorxiv.org/content/10.1101/2020.05.07.082743v1.abstract"_s << identifier
        << u"bioRxiv 10.1101/2020.05.07.082743"_s;
    QTest::newRow("biorxiv article-info")
        << u"https://www.biorxiv.org/content/10.1101/2020.05.07.082743v2.article-info"_s
        << identifier << u"bioRxiv 10.1101/2020.05.07.082743"_s;
    QTest::newRow("biorxiv old number") << u"https://www.biorxiv.org/content/10.1101/407007"_s
                                        << identifier << u"bioRxiv 10.1101/407007"_s;
    QTest::newRow("biorxiv early path")
        << u"https://www.biorxiv.org/content/biorxiv/early/2019/07/13/471987.full.pdf"_s
        << identifier << u"bioRxiv 10.1101/471987"_s;
    QTest::newRow("medrxiv") << u"https://www.medrxiv.org/content/10.1101/2020.04.12.20062661v1"_s
                             << identifier << u"bioRxiv 10.1101/2020.04.12.20062661"_s;

    // nature.com names articles by DOI suffix.
    QTest::newRow("nature article") << u"https://www.nature.com/articles/s41586-019-1346-5"_s
                                    << identifier << u"DOI 10.1038/s41586-019-1346-5"_s;
    QTest::newRow("nature article pdf")
        << u"https://www.nature.com/articles/s41586-019-1346-5.pdf"_s << identifier
        << u"DOI 10.1038/s41586-019-1346-5"_s;
    QTest::newRow("nature old id")
        << u"https://www.nature.com/articles/nn.4244"_s << identifier << u"DOI 10.1038/nn.4244"_s;

    // DOIs in publishers' paths and queries.
    QTest::newRow("pnas doi") << u"https://www.pnas.org/doi/10.1073/pnas.2111821118"_s << identifier
                              << u"DOI 10.1073/pnas.2111821118"_s;
    QTest::newRow("pnas doi abs") << u"https://www.pnas.org/doi/abs/10.1073/pnas.2111821118"_s
                                  << identifier << u"DOI 10.1073/pnas.2111821118"_s;
    QTest::newRow("pnas doi epdf") << u"https://www.pnas.org/doi/epdf/10.1073/pnas.2111821118"_s
                                   << identifier << u"DOI 10.1073/pnas.2111821118"_s;
    QTest::newRow("pnas early article number")
        << u"https://www.pnas.org/content/early/2019/04/02/1820226116"_s << identifier
        << u"DOI 10.1073/pnas.1820226116"_s;
    QTest::newRow("pnas highwire pdf")
        << u"https://www.pnas.org/content/pnas/116/16/7723.full.pdf"_s << publisher
        << u"https://www.pnas.org/content/116/16/7723"_s;
    QTest::newRow("royal society full")
        << u"https://royalsocietypublishing.org/doi/full/10.1098/rspb.2016.2134"_s << identifier
        << u"DOI 10.1098/rspb.2016.2134"_s;
    QTest::newRow("royal society pdf")
        << u"https://royalsocietypublishing.org/doi/pdf/10.1098/rstb.2019.0304"_s << identifier
        << u"DOI 10.1098/rstb.2019.0304"_s;
    QTest::newRow("plos article?id")
        << u"https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1003963"_s
        << identifier << u"DOI 10.1371/journal.pcbi.1003963"_s;
    QTest::newRow("plos article/file?id")
        << u"https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0033693&type=printable"_s
        << identifier << u"DOI 10.1371/journal.pone.0033693"_s;
    QTest::newRow("physiology")
        << u"https://journals.physiology.org/doi/full/10.1152/jn.00001.2020"_s << identifier
        << u"DOI 10.1152/jn.00001.2020"_s;
    QTest::newRow("science.org full")
        << u"https://www.science.org/doi/full/10.1126/science.aag2612"_s << identifier
        << u"DOI 10.1126/science.aag2612"_s;
    QTest::newRow("science.org advances") << u"https://www.science.org/doi/10.1126/sciadv.aav7903"_s
                                          << identifier << u"DOI 10.1126/sciadv.aav7903"_s;
    QTest::newRow("frontiers")
        << u"https://www.frontiersin.org/articles/10.3389/fncel.2023.1220030/full"_s << identifier
        << u"DOI 10.3389/fncel.2023.1220030"_s;

    // Publishers whose article numbers are DOI suffixes.
    QTest::newRow("science elocator")
        << u"https://science.sciencemag.org/content/364/6439/eaav9436"_s << identifier
        << u"DOI 10.1126/science.aav9436"_s;
    QTest::newRow("science advances elocator")
        << u"https://advances.sciencemag.org/content/5/5/eaav7903"_s << identifier
        << u"DOI 10.1126/sciadv.aav7903"_s;
    QTest::newRow("science advances elocator pdf")
        << u"https://advances.sciencemag.org/content/5/5/eaav7903.full.pdf"_s << identifier
        << u"DOI 10.1126/sciadv.aav7903"_s;
    QTest::newRow("science page number .long")
        << u"https://science.sciencemag.org/content/367/6473/83.long"_s << publisher
        << u"https://science.sciencemag.org/content/367/6473/83"_s;
    QTest::newRow("science page number")
        << u"https://science.sciencemag.org/content/360/6394/1204"_s << publisher
        << u"https://science.sciencemag.org/content/360/6394/1204"_s;
    QTest::newRow("eneuro manuscript number")
        << u"https://www.eneuro.org/content/7/4/ENEURO.0506-19.2020"_s << identifier
        << u"DOI 10.1523/ENEURO.0506-19.2020"_s;
    QTest::newRow("jneurosci early manuscript number")
        << u"https://www.jneurosci.org/content/early/2018/07/20/JNEUROSCI.0388-18.2018"_s
        << identifier << u"DOI 10.1523/JNEUROSCI.0388-18.2018"_s;
    QTest::newRow("jneurosci volume page, http")
        << u"http://www.jneurosci.org/content/38/33/7255"_s << publisher
        << u"https://www.jneurosci.org/content/38/33/7255"_s;
    QTest::newRow("jneurosci highwire pdf")
        << u"https://www.jneurosci.org/content/jneuro/38/33/7255.full.pdf"_s << publisher
        << u"https://www.jneurosci.org/content/38/33/7255"_s;
    QTest::newRow("elife") << u"https://elifesciences.org/articles/56261"_s << identifier
                           << u"DOI 10.7554/eLife.56261"_s;
    QTest::newRow("cambridge pii file")
        << u"https://www.cambridge.org/core/services/aop-cambridge-core/content/view/A9535B1D745A0377E16C590E14B94993/S0140525X16001837a.pdf/building_machines_that_learn_and_think_like_people.pdf"_s
        << identifier << u"DOI 10.1017/S0140525X16001837"_s;

    // Elsevier: a PII for Crossref's alternative-id filter.
    QTest::newRow("cell fulltext")
        << u"https://www.cell.com/neuron/fulltext/S0896-6273(18)30250-2"_s << pii
        << u"S0896627318302502"_s;
    QTest::newRow("cell fulltext check X")
        << u"https://www.cell.com/neuron/fulltext/S0896-6273(20)30605-X"_s << pii
        << u"S089662732030605X"_s;
    QTest::newRow("cell showPdf")
        << u"https://www.cell.com/action/showPdf?pii=S0896-6273(20)30705-4"_s << pii
        << u"S0896627320307054"_s;
    QTest::newRow("sciencedirect pii")
        << u"https://www.sciencedirect.com/science/article/pii/S0896627318302502"_s << pii
        << u"S0896627318302502"_s;
    QTest::newRow("sciencedirect abs pii")
        << u"https://www.sciencedirect.com/science/article/abs/pii/S089662731931044X"_s << pii
        << u"S089662731931044X"_s;
    QTest::newRow("sciencedirect pii pdfft")
        << u"https://www.sciencedirect.com/science/article/pii/S0896627318302502/pdfft?md5=0&pid=1-s2.0-S0896627318302502-main.pdf"_s
        << pii << u"S0896627318302502"_s;
    QTest::newRow("linkinghub")
        << u"https://linkinghub.elsevier.com/retrieve/pii/S0896627318302502"_s << pii
        << u"S0896627318302502"_s;
    QTest::newRow("lancet PII prefix")
        << u"https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/fulltext"_s
        << pii << u"S0140673620301835"_s;
    QTest::newRow("sciencedirect bad issn check")
        << u"https://www.sciencedirect.com/science/article/pii/S0896627418302502"_s << publisher
        << u"https://www.sciencedirect.com/science/article/pii/S0896627418302502"_s;
    QTest::newRow("sciencedirect journal page")
        << u"https://www.sciencedirect.com/journal/neuron"_s << publisher
        << u"https://www.sciencedirect.com/journal/neuron"_s;

    // Proceedings: the abstract page, whatever was linked.
    QTest::newRow("neurips paper pdf")
        << u"https://proceedings.neurips.cc/paper/2021/file/2c29d89cc56cdb191c60db2f0bae796b-Paper.pdf"_s
        << proceedings
        << u"https://proceedings.neurips.cc/paper/2021/hash/2c29d89cc56cdb191c60db2f0bae796b-Abstract.html"_s;
    QTest::newRow("neurips supplemental")
        << u"https://proceedings.neurips.cc/paper/2020/file/0a1b2c-Supplemental.pdf"_s
        << proceedings << u"https://proceedings.neurips.cc/paper/2020/hash/0a1b2c-Abstract.html"_s;
    QTest::newRow("neurips 2023 conference track")
        << u"https://proceedings.neurips.cc/paper_files/paper/2023/file/0a1b2c-Paper-Conference.pdf"_s
        << proceedings
        << u"https://proceedings.neurips.cc/paper_files/paper/2023/hash/0a1b2c-Abstract-Conference.html"_s;
    QTest::newRow("nips abstract page")
        << u"https://papers.nips.cc/paper/2019/hash/7813d1590d28a7dd372ad54b5d29d033-Abstract.html"_s
        << proceedings
        << u"https://papers.nips.cc/paper/2019/hash/7813d1590d28a7dd372ad54b5d29d033-Abstract.html"_s;
    QTest::newRow("nips old slug pdf")
        << u"https://papers.nips.cc/paper/9191-a-unified-theory-for-the-origin-of-grid-cells-through-the-lens-of-pattern-formation.pdf"_s
        << proceedings
        << u"https://papers.nips.cc/paper/9191-a-unified-theory-for-the-origin-of-grid-cells-through-the-lens-of-pattern-formation"_s;
    QTest::newRow("nips old slug")
        << u"https://papers.nips.cc/paper/9060-from-deep-learning-to-mechanistic-understanding-in-neuroscience-the-structure-of-retinal-prediction"_s
        << proceedings
        << u"https://papers.nips.cc/paper/9060-from-deep-learning-to-mechanistic-understanding-in-neuroscience-the-structure-of-retinal-prediction"_s;
    QTest::newRow("pmlr pdf in folder, http")
        << u"http://proceedings.mlr.press/v119/rolnick20a/rolnick20a.pdf"_s << proceedings
        << u"https://proceedings.mlr.press/v119/rolnick20a.html"_s;
    QTest::newRow("pmlr supplement")
        << u"https://proceedings.mlr.press/v119/rolnick20a/rolnick20a-supp.pdf"_s << proceedings
        << u"https://proceedings.mlr.press/v119/rolnick20a.html"_s;
    QTest::newRow("pmlr old pdf") << u"https://proceedings.mlr.press/v37/ioffe15.pdf"_s
                                  << proceedings
                                  << u"https://proceedings.mlr.press/v37/ioffe15.html"_s;
    QTest::newRow("pmlr page") << u"https://proceedings.mlr.press/v119/rolnick20a.html"_s
                               << proceedings
                               << u"https://proceedings.mlr.press/v119/rolnick20a.html"_s;
    QTest::newRow("acl anthology pdf")
        << u"https://aclanthology.org/2020.acl-main.1.pdf"_s << proceedings
        << u"https://aclanthology.org/2020.acl-main.1/"_s;
    QTest::newRow("aclweb old") << u"https://www.aclweb.org/anthology/P19-1001.pdf"_s << proceedings
                                << u"https://aclanthology.org/P19-1001/"_s;
    QTest::newRow("cvf pdf")
        << u"https://openaccess.thecvf.com/content_CVPR_2019/papers/He_Deep_CVPR_2019_paper.pdf"_s
        << proceedings
        << u"https://openaccess.thecvf.com/content_CVPR_2019/html/He_Deep_CVPR_2019_paper.html"_s;
    QTest::newRow("aaai galley")
        << u"https://ojs.aaai.org/index.php/AAAI/article/view/16826/16633"_s << proceedings
        << u"https://ojs.aaai.org/index.php/AAAI/article/view/16826"_s;
    QTest::newRow("ijcai pdf") << u"https://www.ijcai.org/proceedings/2019/0123.pdf"_s
                               << proceedings << u"https://www.ijcai.org/proceedings/2019/123"_s;

    // OpenReview: the forum page.
    QTest::newRow("openreview forum")
        << u"https://openreview.net/forum?id=B1gX8kBtPr"_s << u"OpenReview"_s
        << u"https://openreview.net/forum?id=B1gX8kBtPr"_s;
    QTest::newRow("openreview pdf")
        << u"https://openreview.net/pdf?id=B1gX8kBtPr"_s << u"OpenReview"_s
        << u"https://openreview.net/forum?id=B1gX8kBtPr"_s;
    QTest::newRow("openreview note in forum")
        << u"https://openreview.net/forum?id=B1gX8kBtPr&noteId=rJxyz#reply"_s << u"OpenReview"_s
        << u"https://openreview.net/forum?id=B1gX8kBtPr"_s;
    QTest::newRow("openreview venue group")
        << u"https://openreview.net/group?id=ICLR.cc/2024/Conference"_s << fetch
        << u"https://openreview.net/group?id=ICLR.cc/2024/Conference"_s;

    // Other known publishers, and the unknown rest.
    QTest::newRow("pubmed central")
        << u"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5716677/"_s << publisher
        << u"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5716677/"_s;
    QTest::newRow("jmlr pdf") << u"https://jmlr.org/papers/volume21/20-074/20-074.pdf"_s
                              << publisher << u"https://jmlr.org/papers/v21/20-074.html"_s;
    QTest::newRow("unknown html")
        << u"https://transformer-circuits.pub/2023/monosemantic-features/index.html"_s << fetch
        << u"https://transformer-circuits.pub/2023/monosemantic-features/index.html"_s;
    QTest::newRow("unknown, fragment dropped")
        << u"https://xcorr.net/2022/05/18/whats-the-endgame-of-neuroai/#comments"_s << fetch
        << u"https://xcorr.net/2022/05/18/whats-the-endgame-of-neuroai/"_s;
    QTest::newRow("unknown http kept")
        << u"http://example.org/paper.pdf"_s << fetch << u"http://example.org/paper.pdf"_s;
    QTest::newRow("lookalike host is not arxiv")
        << u"https://notarxiv.org/abs/2306.16922"_s << fetch
        << u"https://notarxiv.org/abs/2306.16922"_s;
    QTest::newRow("lab pdf on mit.edu")
        << u"https://evlab.mit.edu/assets/papers/Schrimpf_et_al_2021_PNAS.pdf"_s << fetch
        << u"https://evlab.mit.edu/assets/papers/Schrimpf_et_al_2021_PNAS.pdf"_s;

    // Not web addresses.
    for (const char *url :
         {"javascript:alert(1)", "file:///home/me/paper.pdf", "data:text/html,hi",
          "mailto:someone@example.org", "ftp://example.org/x.pdf", "https:///path", ""})
        QTest::newRow(url) << QString::fromLatin1(url) << u"Refused"_s << QString();
}

void tst_LinkRecognizer::recognize()
{
    QFETCH(QString, url);
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    const LinkTarget target = Curator::recognizeLink(QUrl(url));
    QCOMPARE(kindName(target.kind), kind);
    QCOMPARE(what(target), expected);
    if (target.kind == LinkTarget::Kind::Refused)
        QVERIFY(!target.message.isEmpty());
    else
        QVERIFY(target.message.isEmpty());
}

void tst_LinkRecognizer::refusalsSayWhy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"javascript"_s;
    QTest::newRow("data") << u"data:text/plain,x"_s << u"data"_s;
    QTest::newRow("file") << u"file:///tmp/x.pdf"_s << u"file"_s;
    QTest::newRow("bad doi scheme") << u"doi:nonsense"_s << u"doi:nonsense"_s;
}

void tst_LinkRecognizer::refusalsSayWhy()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);

    const LinkTarget target = Curator::recognizeLink(QUrl(url));
    QCOMPARE(kindName(target.kind), u"Refused"_s);
    QVERIFY2(target.message.contains(mentions, Qt::CaseInsensitive), qPrintable(target.message));
}

// Every link of the real seed list gets a way to its metadata; only sites that are no publisher
// at all are left to a plain page read.
void tst_LinkRecognizer::seedLinks()
{
    const QString readme
        = QString::fromUtf8(Curator::Test::readFile(Curator::Test::seedReadmePath()));
    // A Markdown link destination, which may hold balanced parentheses (cell.com PIIs).
    static const QRegularExpression link(
        uR"(\]\((https?://[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\))"_s);
    int links = 0;
    QMap<QString, int> kinds;
    QStringList fetched;
    for (const QRegularExpressionMatch &m : link.globalMatch(readme)) {
        const QUrl url(m.captured(1));
        const LinkTarget target = Curator::recognizeLink(url);
        ++links;
        ++kinds[kindName(target.kind)];
        QVERIFY2(target.kind != LinkTarget::Kind::Refused, qPrintable(url.toString()));
        if (target.kind == LinkTarget::Kind::PublisherPage)
            qInfo("PublisherPage: %s -> %s", qPrintable(url.toString()),
                  qPrintable(target.pageUrl.toString()));
        if (target.kind == LinkTarget::Kind::FetchPage) {
            fetched << url.toString();
            QVERIFY2(kUnknownSeedHosts.contains(url.host()),
                     qPrintable(u"%1 is left to a plain page read"_s.arg(url.toString())));
        }
        if (target.kind == LinkTarget::Kind::Identifier) {
            // Whatever the README reader stores for the link, the recogniser names it too.
            const Curator::LinkIdentifiers ids = Curator::Identifier::fromUrl(url.toString());
            if (!ids.arxivId.isEmpty())
                QCOMPARE(target.id.arxivWithVersion(), ids.arxivId);
            else if (!ids.doi.isEmpty())
                QCOMPARE(target.id.doi, ids.doi);
        }
    }
    QCOMPARE(links, 115);
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        qInfo("%s: %d", qPrintable(it.key()), it.value());
    for (const QString &url : std::as_const(fetched))
        qInfo("FetchPage: %s", qPrintable(url));
    // 39 arXiv, 15 nature.com, 12 bioRxiv, 3 Frontiers, 2 PNAS, 6 more publishers' DOIs or
    // article numbers; 10 ScienceDirect and 4 Cell PIIs; 3 NeurIPS and 2 PMLR pages; 2 old
    // jneurosci.org paths, 2 Science page numbers, a PNAS Highwire PDF and PubMed Central.
    QCOMPARE(kinds.value(u"Identifier"_s), 77);
    QCOMPARE(kinds.value(u"CrossrefPii"_s), 14);
    QCOMPARE(kinds.value(u"Proceedings"_s), 5);
    QCOMPARE(kinds.value(u"PublisherPage"_s), 6);
    QCOMPARE(kinds.value(u"FetchPage"_s), 13);
}

void tst_LinkRecognizer::normalizePii_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("compact") << u"S0896627318302502"_s << u"S0896627318302502"_s;
    QTest::newRow("punctuated") << u"S0896-6273(18)30250-2"_s << u"S0896627318302502"_s;
    QTest::newRow("lower case, X check") << u"s0896-6273(20)30605-x"_s << u"S089662732030605X"_s;
    QTest::newRow("PII prefix") << u"PIIS0140-6736(20)30183-5"_s << u"S0140673620301835"_s;
    QTest::newRow("X in ISSN") << u"S0140525X16001837"_s << u"S0140525X16001837"_s;
    QTest::newRow("white space around") << u"  S0896627318302502 "_s << u"S0896627318302502"_s;
    QTest::newRow("wrong ISSN check digit") << u"S0896627418302502"_s << QString();
    QTest::newRow("too short") << u"S089662731830250"_s << QString();
    QTest::newRow("too long") << u"S08966273183025021"_s << QString();
    QTest::newRow("not S") << u"B0896627318302502"_s << QString();
    QTest::newRow("letters in item") << u"S08966273183A2502"_s << QString();
    QTest::newRow("other punctuation") << u"S0896/6273(18)30250-2"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_LinkRecognizer::normalizePii()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Curator::normalizePii(text), expected);
}

void tst_LinkRecognizer::crossrefPiiQuery_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("pii");
    QTest::addColumn<QString>("expected");

    QTest::newRow("api")
        << u"https://api.crossref.org"_s << u"S0896-6273(18)30250-2"_s
        << u"https://api.crossref.org/works?filter=alternative-id:S0896627318302502"_s;
    QTest::newRow("base with slash")
        << u"http://127.0.0.1:8080/"_s << u"S0896627318302502"_s
        << u"http://127.0.0.1:8080/works?filter=alternative-id:S0896627318302502"_s;
    QTest::newRow("base with path")
        << u"http://127.0.0.1:8080/crossref"_s << u"S0896627318302502"_s
        << u"http://127.0.0.1:8080/crossref/works?filter=alternative-id:S0896627318302502"_s;
}

void tst_LinkRecognizer::crossrefPiiQuery()
{
    QFETCH(QString, base);
    QFETCH(QString, pii);
    QFETCH(QString, expected);
    QCOMPARE(Curator::crossrefPiiQuery(QUrl(base), pii).toString(), expected);
}

QTEST_GUILESS_MAIN(tst_LinkRecognizer)
#include "tst_linkrecognizer.moc"
