#include "targets.h"

#include "identifier.h"

using namespace Qt::StringLiterals;

namespace Curator::Links {

namespace {

// The publishers' hosts paper lists link to most (the seed list's, and those of the lists in
// tests/data/lists), plus the preprint servers and the DOI resolver.
const char *const publisherHosts[] = {
    "acm.org",
    "aclanthology.org",
    "annualreviews.org",
    "apa.org",
    "arxiv.org",
    "biorxiv.org",
    "cell.com",
    "cambridge.org",
    "doi.org",
    "elifesciences.org",
    "elsevier.com",
    "frontiersin.org",
    "ieee.org",
    "iop.org",
    "jneurosci.org",
    "jstor.org",
    "medrxiv.org",
    "mdpi.com",
    "mitpressjournals.org",
    "direct.mit.edu",
    "nature.com",
    "neurips.cc",
    "nips.cc",
    "oup.com",
    "openreview.net",
    "physiology.org",
    "plos.org",
    "pnas.org",
    "researchgate.net",
    "royalsocietypublishing.org",
    "sagepub.com",
    "science.org",
    "sciencedirect.com",
    "semanticscholar.org",
    "springer.com",
    "tandfonline.com",
    "wiley.com",
    "ncbi.nlm.nih.gov",
    "pubmed.gov",
    "ssrn.com",
};

bool hostIs(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(u'.' + domain);
}

bool isArxivHost(const QString &host)
{
    return hostIs(host, u"arxiv.org"_s);
}

bool isDoiHost(const QString &host)
{
    return host == u"doi.org"_s || host == u"dx.doi.org"_s || host == u"www.doi.org"_s;
}

} // namespace

bool isPublisherHost(const QString &host)
{
    const QString h = host.toLower();
    for (const char *domain : publisherHosts) {
        if (hostIs(h, QString::fromLatin1(domain)))
            return true;
    }
    return false;
}

Target targetOf(const QUrl &url)
{
    Target t;
    const QString host = url.host().toLower();
    if (host == u"github.com"_s || host == u"www.github.com"_s) {
        QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        if (parts.size() == 2 && !url.hasQuery()) {
            t.kind = Target::Kind::GitHubRepo;
            t.owner = parts[0];
            t.repo = parts[1].endsWith(u".git"_s) ? parts[1].chopped(4) : parts[1];
        }
        return t;
    }
    const bool arxiv = isArxivHost(host);
    const bool doi = isDoiHost(host);
    if (!arxiv && !doi && !isPublisherHost(host))
        return t;
    const RecognizedId id = Identifier::recognize(url.toString());
    if (id.kind == RecognizedId::Kind::Arxiv && arxiv) {
        t.kind = Target::Kind::Arxiv;
        t.arxivId = id.arxivWithVersion();
    } else if (id.kind == RecognizedId::Kind::Doi && !arxiv) {
        t.kind = Target::Kind::Doi;
        t.doi = id.doi;
    }
    return t;
}

} // namespace Curator::Links
