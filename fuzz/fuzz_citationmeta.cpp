// A landing page's meta tags, read by the small tag scanner: any bytes, any charset label. Input:
// "<Content-Type value>\0<page>", or the page alone when there is no NUL byte.

#include "fuzzcheck.h"
#include "identifier.h"
#include "importing/citationmeta.h"

using namespace Qt::StringLiterals;
using namespace Curator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = CuratorFuzz::inputView(data, size);
    QByteArrayView contentType, html = input;
    if (const qsizetype nul = input.indexOf('\0'); nul >= 0) {
        contentType = input.first(nul);
        html = input.sliced(nul + 1);
    }
    static const QUrl page(u"https://example.org/articles/view/1?lang=en"_s);
    const CitationMeta meta = parseCitationMeta(html, page, contentType);

    if (!meta.pdfUrl.isEmpty()) {
        FUZZ_CHECK(meta.pdfUrl.isValid() && !meta.pdfUrl.isRelative());
        FUZZ_CHECK(meta.pdfUrl.scheme() == u"http" || meta.pdfUrl.scheme() == u"https");
    }
    if (!meta.doi.isEmpty()) {
        FUZZ_CHECK(!meta.doi.startsWith(u"10.48550/arXiv.", Qt::CaseInsensitive));
        FUZZ_CHECK(meta.doi.startsWith(u"10.") && meta.doi.contains(u'/')); // no resolver
    }
    if (!meta.arxivId.isEmpty())
        FUZZ_CHECK(Identifier::isArxivId(meta.arxivId));
    FUZZ_CHECK(meta.title == meta.title.simplified());
    FUZZ_CHECK(meta.year >= 0);
    if (meta.fromTitleTagOnly)
        FUZZ_CHECK(meta.authors.isEmpty() && meta.doi.isEmpty());

    const QStringList links = htmlLinkTargets(QString::fromUtf8(html), 64);
    FUZZ_CHECK(links.size() <= 64);
    return 0;
}
