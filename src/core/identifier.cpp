#include "identifier.h"

#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAllDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigit);
}

// ---- arXiv ----------------------------------------------------------------------------------

// The archives of the 1991–2007 scheme. The set is closed (later archives such as stat or q-fin
// only ever had new-style ids), so checking names rejects path-like junk such as "and/1234567".
constexpr QLatin1StringView kOldArchives[] = {
    "acc-phys"_L1, "adap-org"_L1, "alg-geom"_L1, "ao-sci"_L1,   "astro-ph"_L1, "atom-ph"_L1,
    "bayes-an"_L1, "chao-dyn"_L1, "chem-ph"_L1,  "cmp-lg"_L1,   "comp-gas"_L1, "cond-mat"_L1,
    "cs"_L1,       "dg-ga"_L1,    "funct-an"_L1, "gr-qc"_L1,    "hep-ex"_L1,   "hep-lat"_L1,
    "hep-ph"_L1,   "hep-th"_L1,   "math"_L1,     "math-ph"_L1,  "mtrl-th"_L1,  "nlin"_L1,
    "nucl-ex"_L1,  "nucl-th"_L1,  "patt-sol"_L1, "physics"_L1,  "plasm-ph"_L1, "q-alg"_L1,
    "q-bio"_L1,    "quant-ph"_L1, "solv-int"_L1, "supr-con"_L1,
};

struct ArxivParts
{
    QStringView id; // without version
    int version = 0;
};

// YYMM.NNNN (0704–1412) or YYMM.NNNNN (1501 on): the number grew a digit in January 2015.
bool isNewStyleArxiv(QStringView s)
{
    if ((s.size() != 9 && s.size() != 10) || s[4] != u'.')
        return false;
    const QStringView yymm = s.first(4);
    const QStringView number = s.sliced(5);
    if (!isAllDigits(yymm) || !isAllDigits(number))
        return false;
    const int ym = yymm.toInt();
    const int month = ym % 100;
    if (month < 1 || month > 12)
        return false;
    if (number.size() == 4 ? (ym < 704 || ym > 1412) : ym < 1501)
        return false;
    return number.toInt() > 0;
}

// archive(.SC)?/YYMMNNN, used from August 1991 until March 2007.
bool isOldStyleArxiv(QStringView s)
{
    const qsizetype slash = s.indexOf(u'/');
    if (slash <= 0 || s.size() - slash - 1 != 7)
        return false;
    QStringView archive = s.first(slash);
    const QStringView number = s.sliced(slash + 1);
    if (!isAllDigits(number))
        return false;
    if (const qsizetype dot = archive.indexOf(u'.'); dot >= 0) {
        const QStringView subject = archive.sliced(dot + 1);
        if (subject.size() != 2 || !isAsciiLetter(subject[0]) || !isAsciiLetter(subject[1]))
            return false;
        archive = archive.first(dot);
    }
    if (std::none_of(std::begin(kOldArchives), std::end(kOldArchives),
                     [archive](QLatin1StringView known) { return archive == known; }))
        return false;
    const int ym = number.first(4).toInt();
    const int year = ym / 100;
    const int month = ym % 100;
    if (month < 1 || month > 12)
        return false;
    const bool inScheme = (year >= 91 && ym >= 9108) || (year <= 7 && ym <= 703);
    return inScheme && number.sliced(4).toInt() > 0;
}

std::optional<ArxivParts> parseArxiv(QStringView s)
{
    if (s.size() < 9 || s.size() > 40)
        return std::nullopt;
    ArxivParts parts{s, 0};
    // Old archive names contain a 'v' ("solv-int"), so only a digit tail counts as a version.
    if (const qsizetype v = s.lastIndexOf(u'v'); v > 0 && isAllDigits(s.sliced(v + 1))) {
        const QStringView digits = s.sliced(v + 1);
        if (digits[0] == u'0' || digits.size() > 4)
            return std::nullopt;
        parts.id = s.first(v);
        parts.version = digits.toInt();
    }
    if (isNewStyleArxiv(parts.id) || isOldStyleArxiv(parts.id))
        return parts;
    return std::nullopt;
}

RecognizedId arxivResult(const ArxivParts &parts)
{
    RecognizedId id;
    id.kind = RecognizedId::Kind::Arxiv;
    id.arxivId = parts.id.toString();
    id.arxivVersion = parts.version;
    return id;
}

// ---- DOI ------------------------------------------------------------------------------------

// Where a DOI was found decides what may surround it: prose wraps DOIs in markup ("<…>"), a URL
// appends its own path segments ("/full"), a whole pasted value has neither.
enum class Context { Text, Whole, Url };

bool isDoiStop(QChar c, Context context)
{
    return c.isSpace() || c == u'"' || c == u'\''
        || (context == Context::Text && (c == u'<' || c == u'>'));
}

struct Span
{
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isValid() const { return begin >= 0; }
};

// The next run of APIS.md's 10\.\d{4,9}/[^\s"'<>]+ at or after `from`.
Span findDoi(QStringView s, qsizetype from, Context context)
{
    for (qsizetype i = s.indexOf(u"10.", from); i >= 0; i = s.indexOf(u"10.", i + 1)) {
        // Inside a longer number or word ("110.1234/x", "v2.10.1234/x") it is not a DOI start.
        if (i > 0 && (s[i - 1].isLetterOrNumber() || s[i - 1] == u'.'))
            continue;
        qsizetype j = i + 3;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        const qsizetype registrant = j - i - 3;
        if (registrant < 4 || registrant > 9 || j >= s.size() || s[j] != u'/')
            continue;
        qsizetype k = j + 1;
        while (k < s.size() && !isDoiStop(s[k], context))
            ++k;
        if (k > j + 1)
            return {i, k};
    }
    return {};
}

QString percentDecoded(QStringView s)
{
    return s.contains(u'%') ? QUrl::fromPercentEncoding(s.toUtf8()) : s.toString();
}

// A decoded "%20" or "%22" ends the DOI just as the literal character would.
void cutAtStop(QString &s, Context context)
{
    const auto stop
        = std::find_if(s.cbegin(), s.cend(), [context](QChar c) { return isDoiStop(c, context); });
    s.truncate(stop - s.cbegin());
}

bool chopSuffix(QString &s, QLatin1StringView suffix)
{
    if (!s.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    s.chop(suffix.size());
    return true;
}

// Sentence punctuation and the closer of a surrounding bracket are never the DOI's own last
// character; a closer that has its opener inside the DOI (PII "S0140-6736(97)11096-0") is.
bool chopTrailingPunctuation(QString &doi)
{
    if (doi.isEmpty())
        return false;
    const QChar last = doi.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':') {
        doi.chop(1);
        return true;
    }
    const QChar open = last == u')' ? u'(' : last == u']' ? u'[' : last == u'}' ? u'{' : QChar();
    if (!open.isNull() && doi.count(last) > doi.count(open)) {
        doi.chop(1);
        return true;
    }
    return false;
}

// Publisher pages hang views off the DOI: frontiersin …/full, Wiley …/abstract, Springer ….pdf.
bool chopUrlTail(QString &doi)
{
    static constexpr QLatin1StringView tails[]
        = {"/full"_L1, "/abstract"_L1, "/pdf"_L1, "/epdf"_L1, ".pdf"_L1, "/"_L1};
    return std::any_of(std::begin(tails), std::end(tails),
                       [&doi](QLatin1StringView tail) { return chopSuffix(doi, tail); });
}

// bioRxiv/medRxiv page URLs append the version and the page kind to the DOI. Only 10.1101 DOIs
// are touched: elsewhere a trailing "v2" may well belong to the DOI.
bool chopPreprintTail(QString &doi)
{
    if (!doi.startsWith(u"10.1101/"))
        return false;
    static constexpr QLatin1StringView pages[] = {".full.pdf+html"_L1,
                                                  ".full.pdf"_L1,
                                                  ".full-text"_L1,
                                                  ".full"_L1,
                                                  ".abstract"_L1,
                                                  ".article-info"_L1,
                                                  ".supplementary-material"_L1,
                                                  ".article-metrics"_L1};
    bool changed = std::any_of(std::begin(pages), std::end(pages),
                               [&doi](QLatin1StringView page) { return chopSuffix(doi, page); });
    qsizetype v = doi.size();
    while (v > 0 && isDigit(doi[v - 1]))
        --v;
    if (v < doi.size() && v >= 2 && doi[v - 1] == u'v' && isDigit(doi[v - 2])) {
        doi.truncate(v - 1);
        changed = true;
    }
    return changed;
}

// Cuts what surrounds a DOI where it was found; empty when no DOI is left.
QString cleanDoi(QString doi, Context context)
{
    cutAtStop(doi, context);
    for (;;) {
        bool changed = chopTrailingPunctuation(doi);
        if (context == Context::Url)
            changed = chopUrlTail(doi) || changed;
        changed = chopPreprintTail(doi) || changed;
        if (!changed)
            break;
    }
    const qsizetype slash = doi.indexOf(u'/');
    return slash > 0 && slash + 1 < doi.size() ? doi : QString();
}

// Bare DOI text (a span found by findDoi) as a DOI, percent-decoded and cleaned.
QString doiFromSpan(QStringView s, Span span, Context context)
{
    return cleanDoi(percentDecoded(s.sliced(span.begin, span.end - span.begin)), context);
}

bool isPreprintDoi(QStringView doi)
{
    if (!doi.startsWith(u"10.1101/"))
        return false;
    const QStringView suffix = doi.sliced(8);
    if (suffix.size() == 6)
        return isAllDigits(suffix);
    // YYYY.MM.DD.NNNNNN, since December 2019
    return suffix.size() >= 17 && suffix[4] == u'.' && suffix[7] == u'.' && suffix[10] == u'.'
        && isAllDigits(suffix.first(4)) && isAllDigits(suffix.sliced(5, 2))
        && isAllDigits(suffix.sliced(8, 2)) && isAllDigits(suffix.sliced(11));
}

constexpr QStringView kArxivDoiPrefix = u"10.48550/arXiv.";

// arXiv's own DataCite DOI names the preprint, not the paper: it becomes an arXiv id (or
// nothing), never a DOI.
RecognizedId doiResult(QString doi)
{
    if (doi.isEmpty())
        return {};
    if (QStringView(doi).startsWith(kArxivDoiPrefix, Qt::CaseInsensitive)) {
        const auto parts = parseArxiv(QStringView(doi).sliced(kArxivDoiPrefix.size()));
        return parts ? arxivResult(*parts) : RecognizedId();
    }
    RecognizedId id;
    id.kind = RecognizedId::Kind::Doi;
    id.preprintDoi = isPreprintDoi(doi);
    id.doi = std::move(doi);
    return id;
}

// The input, all of it, as one DOI.
RecognizedId wholeDoi(QStringView s)
{
    const Span span = findDoi(s, 0, Context::Whole);
    if (span.begin != 0 || span.end != s.size())
        return {};
    return doiResult(doiFromSpan(s, span, Context::Whole));
}

// ---- URLs -----------------------------------------------------------------------------------

struct UrlParts
{
    QStringView host;
    QStringView path;
    QStringView query;
};

// A hand split rather than QUrl: fromUrl runs on every entry of a large import, and only the
// host, path and query are needed, as views.
UrlParts splitUrl(QStringView url)
{
    UrlParts parts;
    qsizetype pos = url.indexOf(u"://");
    pos = pos < 0 ? 0 : pos + 3;
    qsizetype hostEnd = pos;
    while (hostEnd < url.size() && url[hostEnd] != u'/' && url[hostEnd] != u'?'
           && url[hostEnd] != u'#')
        ++hostEnd;
    QStringView host = url.sliced(pos, hostEnd - pos);
    if (const qsizetype at = host.lastIndexOf(u'@'); at >= 0)
        host = host.sliced(at + 1);
    if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0)
        host = host.first(colon);
    if (host.endsWith(u'.'))
        host.chop(1);
    parts.host = host;

    QStringView rest = url.sliced(hostEnd);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.first(hash);
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        parts.query = rest.sliced(question + 1);
        rest = rest.first(question);
    }
    parts.path = rest;
    return parts;
}

// The domain itself or any subdomain of it ("www.", "export.", "connect.").
bool hostIs(QStringView host, QLatin1StringView domain)
{
    if (!host.endsWith(domain, Qt::CaseInsensitive))
        return false;
    return host.size() == domain.size() || host[host.size() - domain.size() - 1] == u'.';
}

QStringView trimSlashes(QStringView s)
{
    while (s.startsWith(u'/'))
        s = s.sliced(1);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

// /abs/ID, /pdf/ID, /pdf/ID.pdf, /html/ID; old-style ids carry a slash of their own.
QStringView arxivFromPath(QStringView path)
{
    path = trimSlashes(path);
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0)
        return {};
    const QStringView view = path.first(slash);
    if (view != u"abs" && view != u"pdf" && view != u"html" && view != u"format" && view != u"ps")
        return {};
    QStringView id = path.sliced(slash + 1);
    if (id.endsWith(u".pdf", Qt::CaseInsensitive))
        id.chop(4);
    return parseArxiv(id) ? id : QStringView();
}

bool isNatureArticleId(QStringView id)
{
    return !id.isEmpty() && std::any_of(id.begin(), id.end(), isDigit)
        && std::all_of(id.begin(), id.end(), [](QChar c) {
               return isDigit(c) || isAsciiLetter(c) || c == u'.' || c == u'-' || c == u'_';
           });
}

// Nature names articles by their DOI suffix: /articles/s41586-019-1346-5, and before 2018
// /nature/journal/v521/n7553/full/nature14539.html.
QString natureDoi(QStringView path)
{
    QStringView id;
    if (path.startsWith(u"/articles/")) {
        id = path.sliced(10);
        if (const qsizetype slash = id.indexOf(u'/'); slash >= 0)
            id = id.first(slash);
        if (id.endsWith(u".pdf"))
            id.chop(4);
    } else if (path.endsWith(u".html")) {
        const qsizetype full = std::max(path.lastIndexOf(u"/full/"), path.lastIndexOf(u"/abs/"));
        if (full < 0)
            return {};
        id = path.sliced(path.indexOf(u'/', full + 1) + 1);
        id.chop(5);
    }
    return isNatureArticleId(id) ? u"10.1038/"_s + id : QString();
}

// bioRxiv's pre-2019 dated paths (/content/biorxiv/early/2018/06/05/133504.full.pdf) carry only
// the number of a 10.1101/NNNNNN DOI.
QString biorxivEarlyDoi(QStringView path)
{
    const qsizetype early = path.indexOf(u"/early/");
    if (early < 0)
        return {};
    QStringView rest = trimSlashes(path.sliced(early + 7));
    for (int dateParts = 0; dateParts < 3; ++dateParts) {
        const qsizetype slash = rest.indexOf(u'/');
        if (slash < 0 || !isAllDigits(rest.first(slash)))
            return {};
        rest = rest.sliced(slash + 1);
    }
    if (rest.contains(u'/'))
        return {};
    QString doi = cleanDoi(u"10.1101/"_s + rest, Context::Url);
    return isPreprintDoi(doi) ? doi : QString();
}

// A DOI in the path (pnas.org/doi/…, …/doi/full/…, frontiersin.org/articles/…/full), else in a
// query value (PLoS article?id=…).
QString doiFromUrl(const UrlParts &url)
{
    if (url.path.contains(u"10.")) {
        const QString path = percentDecoded(url.path);
        if (const Span span = findDoi(path, 0, Context::Url); span.isValid()) {
            QString doi = doiFromSpan(path, span, Context::Url);
            if (!doi.isEmpty())
                return doi;
        }
    }
    if (!url.query.contains(u"10."))
        return {};
    for (QStringView item = url.query; !item.isEmpty();) {
        const qsizetype amp = item.indexOf(u'&');
        QStringView pair = amp < 0 ? item : item.first(amp);
        item = amp < 0 ? QStringView() : item.sliced(amp + 1);
        if (const qsizetype eq = pair.indexOf(u'='); eq >= 0)
            pair = pair.sliced(eq + 1);
        const QString value = percentDecoded(pair);
        if (const Span span = findDoi(value, 0, Context::Url); span.isValid()) {
            QString doi = doiFromSpan(value, span, Context::Url);
            if (!doi.isEmpty())
                return doi;
        }
    }
    return {};
}

LinkIdentifiers linkFrom(const RecognizedId &id)
{
    LinkIdentifiers link;
    if (id.kind == RecognizedId::Kind::Doi)
        link.doi = id.doi;
    else if (id.kind == RecognizedId::Kind::Arxiv)
        link.arxivId = id.arxivWithVersion();
    return link;
}

RecognizedId recognizedFrom(const LinkIdentifiers &link)
{
    if (!link.arxivId.isEmpty()) {
        const auto parts = parseArxiv(link.arxivId);
        return parts ? arxivResult(*parts) : RecognizedId();
    }
    return doiResult(link.doi);
}

// Cheapest tests first: the arXiv check costs a suffix comparison, and most links of a paper
// list are arXiv links.
LinkIdentifiers urlIdentifiers(QStringView url)
{
    LinkIdentifiers link;
    const UrlParts parts = splitUrl(url);
    if (hostIs(parts.host, "arxiv.org"_L1)) {
        link.arxivId = arxivFromPath(parts.path).toString();
        return link;
    }
    if (hostIs(parts.host, "nature.com"_L1)) {
        link.doi = natureDoi(parts.path);
        if (!link.doi.isEmpty())
            return link;
    } else if ((hostIs(parts.host, "biorxiv.org"_L1) || hostIs(parts.host, "medrxiv.org"_L1))
               && !parts.path.contains(u"10.1101")) {
        link.doi = biorxivEarlyDoi(parts.path);
        return link;
    }
    QString doi = doiFromUrl(parts);
    if (!doi.isEmpty())
        link = linkFrom(doiResult(std::move(doi)));
    return link;
}

bool hasScheme(QStringView s)
{
    const qsizetype colon = s.indexOf(u"://");
    return colon > 0 && std::all_of(s.begin(), s.begin() + colon, isAsciiLetter);
}

// "arxiv.org", "www.nature.com" — but not "10.1038" (a DOI prefix) or "math.GT" when it is the
// start of an arXiv id (callers try arXiv first).
bool looksLikeHost(QStringView s)
{
    const qsizetype dot = s.lastIndexOf(u'.');
    if (dot <= 0 || dot + 2 >= s.size())
        return false;
    const QStringView tld = s.sliced(dot + 1);
    return std::all_of(tld.begin(), tld.end(), isAsciiLetter)
        && std::all_of(s.begin(), s.end(), [](QChar c) {
               return isDigit(c) || isAsciiLetter(c) || c == u'.' || c == u'-';
           });
}

bool looksLikeUrl(QStringView s)
{
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); }))
        return false;
    if (hasScheme(s))
        return true;
    const qsizetype slash = s.indexOf(u'/');
    return slash > 0 && looksLikeHost(s.first(slash));
}

// "arXiv:", "DOI: ", "bioRxiv " (the display() form) before an identifier.
std::optional<QStringView> afterLabel(QStringView s, QStringView label)
{
    if (!s.startsWith(label, Qt::CaseInsensitive) || s.size() == label.size())
        return std::nullopt;
    QStringView rest = s.sliced(label.size());
    if (rest[0] != u':' && !rest[0].isSpace())
        return std::nullopt;
    rest = rest.trimmed();
    if (rest.startsWith(u':'))
        rest = rest.sliced(1).trimmed();
    return rest;
}

bool isOpener(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{' || c == u'<' || c == u'"' || c == u'\'';
}

bool isCloserOrPunctuation(QChar c)
{
    return c == u')' || c == u']' || c == u'}' || c == u'>' || c == u'"' || c == u'\'' || c == u'.'
        || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?';
}

QStringView trimPunctuation(QStringView s)
{
    while (!s.isEmpty() && isOpener(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isCloserOrPunctuation(s.back()))
        s.chop(1);
    return s;
}

// Sentence punctuation after a URL in prose, and the ')' of a surrounding bracket; a ')' whose
// '(' is in the URL (cell.com …S0896-6273(20)30705-4) stays.
QStringView trimUrlEnd(QStringView url)
{
    for (;;) {
        if (url.isEmpty())
            return url;
        const QChar last = url.back();
        const QChar open = last == u')' ? u'('
            : last == u']'              ? u'['
            : last == u'}'              ? u'{'
                                        : QChar();
        if (!open.isNull()) {
            if (url.count(last) <= url.count(open))
                return url;
        } else if (!isCloserOrPunctuation(last)) {
            return url;
        }
        url.chop(1);
    }
}

// One white-space-free run of free text; results go to `add` in order.
template<typename Add>
void scanToken(QStringView token, const Add &add)
{
    if (const qsizetype sep = token.indexOf(u"://"); sep > 0) {
        qsizetype start = sep;
        while (start > 0 && isAsciiLetter(token[start - 1]))
            --start;
        if (start < sep) {
            add(recognizedFrom(urlIdentifiers(trimUrlEnd(token.sliced(start)))));
            return;
        }
    }
    if (const qsizetype label = token.indexOf(u"arXiv:", 0, Qt::CaseInsensitive);
        label >= 0 && (label == 0 || !token[label - 1].isLetterOrNumber())) {
        if (const auto parts = parseArxiv(trimPunctuation(token.sliced(label + 6)))) {
            add(arxivResult(*parts));
            return;
        }
    }
    const QStringView bare = trimPunctuation(token);
    bool found = false;
    // A pasted column may be comma separated ("2306.16922,2307.05793").
    for (QStringView rest = bare; !rest.isEmpty();) {
        const auto sep = std::find_if(rest.begin(), rest.end(),
                                      [](QChar c) { return c == u',' || c == u';'; });
        const qsizetype comma = sep == rest.end() ? -1 : sep - rest.begin();
        const QStringView piece = comma < 0 ? rest : rest.first(comma);
        rest = comma < 0 ? QStringView() : rest.sliced(comma + 1);
        if (const auto parts = parseArxiv(piece)) {
            add(arxivResult(*parts));
            found = true;
        }
    }
    if (found)
        return;
    if (looksLikeUrl(bare)) {
        add(recognizedFrom(urlIdentifiers(trimUrlEnd(bare))));
        return;
    }
    for (Span span = findDoi(token, 0, Context::Text); span.isValid();
         span = findDoi(token, span.end, Context::Text))
        add(doiResult(doiFromSpan(token, span, Context::Text)));
}

} // namespace

QString RecognizedId::arxivWithVersion() const
{
    if (arxivVersion <= 0)
        return arxivId;
    return arxivId % u'v' % QString::number(arxivVersion);
}

QString RecognizedId::display() const
{
    switch (kind) {
    case Kind::Arxiv:
        return u"arXiv "_s % arxivWithVersion();
    case Kind::Doi:
        return (preprintDoi ? u"bioRxiv "_s : u"DOI "_s) % doi;
    case Kind::None:
        break;
    }
    return {};
}

namespace Identifier {

RecognizedId recognize(QStringView input)
{
    const QStringView s = input.trimmed();
    if (s.isEmpty())
        return {};
    if (const auto rest = afterLabel(s, u"arXiv")) {
        const auto parts = parseArxiv(*rest);
        return parts ? arxivResult(*parts) : RecognizedId();
    }
    for (const QStringView label :
         {QStringView(u"doi"), QStringView(u"bioRxiv"), QStringView(u"medRxiv")}) {
        if (const auto rest = afterLabel(s, label))
            return wholeDoi(*rest);
    }
    if (const auto parts = parseArxiv(s))
        return arxivResult(*parts);
    if (s.startsWith(u"10."))
        return wholeDoi(s);
    if (looksLikeUrl(s))
        return recognizedFrom(urlIdentifiers(s));
    return {};
}

LinkIdentifiers fromUrl(QStringView url)
{
    url = url.trimmed();
    // Links are nearly always absolute; "doi:10.…" or a bare id as a link target is the rare case.
    return hasScheme(url) ? urlIdentifiers(url) : linkFrom(recognize(url));
}

QList<RecognizedId> findAll(QStringView text)
{
    QList<RecognizedId> found;
    QSet<QString> seen;
    // The same paper named twice (arXiv:X and arxiv.org/abs/Xv2, or a DOI in two cases) is one.
    const auto add = [&](RecognizedId id) {
        if (!id.isValid())
            return;
        const QString key = id.kind == RecognizedId::Kind::Arxiv ? u"arxiv:"_s + id.arxivId
                                                                 : u"doi:"_s + doiKey(id.doi);
        if (seen.contains(key))
            return;
        seen.insert(key);
        found.append(std::move(id));
    };
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        qsizetype end = i;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        if (end > i)
            scanToken(text.sliced(i, end - i), add);
        i = end;
    }
    return found;
}

QString doiKey(QStringView doi)
{
    return doi.trimmed().toString().toCaseFolded();
}

bool isArxivId(QStringView id)
{
    return parseArxiv(id).has_value();
}

bool isWebUrl(QStringView url)
{
    const QString text = url.trimmed().toString();
    if (text.isEmpty())
        return true;
    // An allow-list of schemes, read as a browser would: anything before the first ':' that is
    // not exactly http or https (a control character, a tab inside "java\tscript") is refused.
    const QUrl parsed(text, QUrl::TolerantMode);
    const QString scheme = parsed.scheme();
    return parsed.isValid() && (scheme == u"http" || scheme == u"https")
        && text.startsWith(scheme, Qt::CaseInsensitive) && text.mid(scheme.size(), 3) == u"://"
        && !parsed.host().isEmpty();
}

} // namespace Identifier
} // namespace Curator
