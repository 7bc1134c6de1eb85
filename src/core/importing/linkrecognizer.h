#pragma once

#include "identifier.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace Curator {

// How to get a paper's metadata from the link to it. A value; recognizeLink() is pure (no disk,
// no network), so a whole README's links can be classified before anything is fetched.
struct LinkTarget
{
    enum class Kind {
        // The URL names a DOI or an arXiv id (arXiv, doi.org, bioRxiv/medRxiv, nature.com, a DOI
        // in a publisher's path or query, Science/eNeuro/eLife/PNAS/Cambridge article numbers
        // that map onto their DOIs): ask the metadata services for `id`.
        Identifier,
        // An Elsevier page (ScienceDirect, Cell Press, The Lancet) names a PII, not a DOI: look
        // it up with crossrefPiiQuery(`pii`).
        CrossrefPii,
        // A conference proceedings page (NeurIPS, PMLR, ACL Anthology, CVF, AAAI, IJCAI) whose
        // citation_* meta tags describe the paper: read `pageUrl`, the abstract page even when
        // the link points at the PDF.
        Proceedings,
        // An OpenReview note: read `pageUrl`, the forum page (which carries citation_* tags) even
        // when the link points at the PDF.
        OpenReview,
        // A known publisher whose URL carries no identifier (old Highwire paths such as
        // jneurosci.org/content/38/33/7255, PubMed Central) but whose landing page carries
        // citation_* tags: read `pageUrl`, the landing page rather than a PDF when known.
        PublisherPage,
        // Any other web page: read `pageUrl` and take what its meta tags or <title> say.
        FetchPage,
        // Not a web address (javascript:, file:, data:, mailto:, no host): nothing is fetched.
        // `message` says why, for the user.
        Refused,
    };

    Kind kind = Kind::Refused;
    RecognizedId id; // Kind::Identifier
    QString pii; // Kind::CrossrefPii: normalised, "S0896627318302502"
    QUrl pageUrl; // the page to read, for the page kinds; fragment removed
    QString message; // Kind::Refused
};

LinkTarget recognizeLink(const QUrl &url);

// An Elsevier PII as written in URLs and PDFs ("S0896-6273(18)30250-2", "PIIS0896627318302502",
// "s0896627318302502") in the compact form Crossref lists among a work's alternative ids
// ("S0896627318302502"); empty when `text` is not a PII (the ISSN inside it is checked).
QString normalizePii(QStringView text);

// The Crossref REST query for the work with this PII: <apiBase>/works?filter=alternative-id:PII.
// `apiBase` is the configured API root ("https://api.crossref.org", a loopback server in tests).
QUrl crossrefPiiQuery(const QUrl &apiBase, QStringView pii);

} // namespace Curator
