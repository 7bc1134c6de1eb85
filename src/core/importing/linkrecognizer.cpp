#include "linkrecognizer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Curator {

namespace {

// lupdate finds the strings of this file under this context.
class LinkText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::LinkRecognizer)
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAllDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigit);
}

bool isLowerAscii(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isAllLetters(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return isLowerAscii(c) || (c >= u'A' && c <= u'Z');
    });
}

// The domain itself or any subdomain of it; `host` comes lower-cased from QUrl.
bool hostIs(QStringView host, QLatin1StringView domain)
{
    return host.endsWith(domain)
        && (host.size() == domain.size() || host[host.size() - domain.size() - 1] == u'.');
}

template<std::size_t N>
bool hostIsAny(QStringView host, const QLatin1StringView (&domains)[N])
{
    return std::any_of(std::begin(domains), std::end(domains),
                       [host](QLatin1StringView domain) { return hostIs(host, domain); });
}

QStringList pathSegments(const QUrl &url)
{
    return url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
}

QString joinPath(const QStringList &segments)
{
    return u'/' + segments.join(u'/');
}

// Highwire-style sites hang the view off the article's last path segment: "7723.full.pdf",
// "83.long", "eaav9436.abstract". Only these known tails are cut: eNeuro's segment
// "ENEURO.0506-19.2020" has dots of its own.
QStringView withoutViewSuffix(QStringView segment)
{
    static constexpr QLatin1StringView suffixes[]
        = {".full.pdf+html"_L1, ".full.pdf"_L1, ".full-text"_L1, ".full"_L1, ".long"_L1,
           ".abstract"_L1,      ".short"_L1,    ".pdf"_L1,       ".html"_L1};
    for (QLatin1StringView suffix : suffixes) {
        if (segment.endsWith(suffix, Qt::CaseInsensitive))
            return segment.chopped(suffix.size());
    }
    return segment;
}

LinkTarget identifierTarget(RecognizedId id)
{
    LinkTarget target;
    target.kind = LinkTarget::Kind::Identifier;
    target.id = std::move(id);
    return target;
}

LinkTarget doiTarget(const QString &doi)
{
    return identifierTarget(Identifier::recognize(doi));
}

// Hosts that serve the same page over https are asked over https: a known publisher that still
// has http links in old lists (jneurosci.org, proceedings.mlr.press) redirects anyway.
LinkTarget pageTarget(LinkTarget::Kind kind, QUrl page, bool upgradeToHttps)
{
    page.setFragment({});
    if (upgradeToHttps && page.scheme() == u"http")
        page.setScheme(u"https"_s);
    LinkTarget target;
    target.kind = kind;
    target.pageUrl = std::move(page);
    return target;
}

LinkTarget refused(QString message)
{
    LinkTarget target;
    target.kind = LinkTarget::Kind::Refused;
    target.message = std::move(message);
    return target;
}

// ---- DOIs that a publisher's own article number spells out -----------------------------------

struct ScienceJournal
{
    QLatin1StringView host;
    QLatin1StringView doiPrefix;
};

// The AAAS journals' electronic page numbers ("eaav9436") are their DOI suffixes with an "e".
constexpr ScienceJournal kScienceJournals[] = {
    {"science.sciencemag.org"_L1, "10.1126/science."_L1},
    {"www.sciencemag.org"_L1, "10.1126/science."_L1},
    {"advances.sciencemag.org"_L1, "10.1126/sciadv."_L1},
    {"stm.sciencemag.org"_L1, "10.1126/scitranslmed."_L1},
    {"robotics.sciencemag.org"_L1, "10.1126/scirobotics."_L1},
    {"immunology.sciencemag.org"_L1, "10.1126/sciimmunol."_L1},
    {"stke.sciencemag.org"_L1, "10.1126/scisignal."_L1},
};

bool isScienceElocator(QStringView s)
{
    return s.size() == 8 && s[0] == u'e' && isLowerAscii(s[1]) && isLowerAscii(s[2])
        && isLowerAscii(s[3]) && isAllDigits(s.sliced(4));
}

QString scienceDoi(QStringView host, const QStringList &segments)
{
    const auto journal = std::find_if(std::begin(kScienceJournals), std::end(kScienceJournals),
                                      [host](const ScienceJournal &j) { return host == j.host; });
    if (journal == std::end(kScienceJournals) || segments.isEmpty()
        || segments.first() != u"content")
        return {};
    const QStringView last = withoutViewSuffix(segments.last());
    return isScienceElocator(last) ? journal->doiPrefix + last.sliced(1) : QString();
}

// The Society for Neuroscience's manuscript numbers are the suffixes of its DOIs:
// ENEURO.0506-19.2020 is 10.1523/ENEURO.0506-19.2020.
QString sfnDoi(const QStringList &segments)
{
    for (const QString &segment : segments) {
        const QStringView s = withoutViewSuffix(segment);
        for (QLatin1StringView journal : {"ENEURO."_L1, "JNEUROSCI."_L1}) {
            if (!s.startsWith(journal, Qt::CaseInsensitive))
                continue;
            const QStringView number = s.sliced(journal.size()); // 0506-19.2020
            if (number.size() == 12 && number[4] == u'-' && number[7] == u'.'
                && isAllDigits(number.first(4)) && isAllDigits(number.sliced(5, 2))
                && isAllDigits(number.sliced(8)))
                return u"10.1523/"_s + journal + number;
        }
    }
    return {};
}

// elifesciences.org/articles/12345 is 10.7554/eLife.12345.
QString elifeDoi(const QStringList &segments)
{
    if (segments.size() >= 2 && segments[0] == u"articles" && isAllDigits(segments[1])
        && segments[1].size() >= 4)
        return u"10.7554/eLife."_s + segments[1];
    return {};
}

// PNAS article numbers have ten digits and are their DOI suffixes:
// pnas.org/content/early/2019/04/02/1820226116 is 10.1073/pnas.1820226116.
QString pnasDoi(const QStringList &segments)
{
    for (const QString &segment : segments) {
        const QStringView s = withoutViewSuffix(segment);
        if (s.size() == 10 && isAllDigits(s))
            return u"10.1073/pnas."_s + s;
    }
    return {};
}

// Cambridge Core names older articles' files after their PII, which is the DOI's suffix:
// …/S0140525X16001837a.pdf is 10.1017/S0140525X16001837.
QString cambridgeDoi(const QStringList &segments)
{
    for (const QString &segment : segments) {
        QStringView s = segment;
        if (s.endsWith(u".pdf", Qt::CaseInsensitive))
            s.chop(4);
        if (s.size() == 18 && isLowerAscii(s.back()))
            s.chop(1);
        if (s.size() != 17 || s[0] != u'S')
            continue;
        if (const QString pii = normalizePii(s); !pii.isEmpty())
            return u"10.1017/"_s + pii;
    }
    return {};
}

// ---- Elsevier ---------------------------------------------------------------------------------

constexpr QLatin1StringView kElsevierHosts[] = {
    "sciencedirect.com"_L1,
    "cell.com"_L1,
    "thelancet.com"_L1,
    "elsevier.com"_L1,
};

// The PII in /pii/S…, /fulltext/S…(…)…, /article/PIIS…/fulltext, /pdf/S….pdf or ?pii=S….
QString elsevierPii(const QUrl &url, const QStringList &segments)
{
    for (const QString &segment : segments) {
        QStringView s = segment;
        if (s.endsWith(u".pdf", Qt::CaseInsensitive))
            s.chop(4);
        if (const QString pii = normalizePii(s); !pii.isEmpty())
            return pii;
    }
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (const QString pii = normalizePii(value); !pii.isEmpty())
            return pii;
    }
    return {};
}

// ---- Proceedings --------------------------------------------------------------------------------

constexpr QLatin1StringView kNeuripsHosts[] = {
    "proceedings.neurips.cc"_L1,
    "papers.nips.cc"_L1,
    "papers.neurips.cc"_L1,
};

// …/2021/file/HASH-Paper.pdf → …/2021/hash/HASH-Abstract.html, and the 2022+ tracks:
// HASH-Paper-Conference.pdf → HASH-Abstract-Conference.html. Before 2020:
// /paper/9191-slug.pdf → /paper/9191-slug.
QString neuripsPagePath(QStringList segments)
{
    const qsizetype file = segments.indexOf(u"file"_s);
    if (file > 0 && file + 2 == segments.size()) {
        const QString &name = segments.last();
        const qsizetype dash = name.indexOf(u'-');
        if (dash > 0) {
            QStringView rest = QStringView(name).sliced(dash + 1);
            if (const qsizetype dot = rest.lastIndexOf(u'.'); dot >= 0)
                rest.truncate(dot);
            const qsizetype trackDash = rest.indexOf(u'-');
            const QStringView track = trackDash < 0 ? QStringView() : rest.sliced(trackDash);
            segments[file] = u"hash"_s;
            segments.last() = name.first(dash) + u"-Abstract"_s + track + u".html"_s;
        }
        return joinPath(segments);
    }
    if (segments.size() >= 2 && segments[0] == u"paper" && !isAllDigits(segments[1])) {
        // /paper/9191-slug, /paper/9191-slug.pdf, /paper/9191-slug/bibtex
        QString slug = segments[1];
        if (slug.endsWith(u".pdf"_s, Qt::CaseInsensitive))
            slug.chop(4);
        return u"/paper/"_s + slug;
    }
    return joinPath(segments);
}

// /v119/rolnick20a/rolnick20a.pdf, /v119/rolnick20a.pdf → /v119/rolnick20a.html
QString pmlrPagePath(const QStringList &segments)
{
    if (segments.size() < 2 || !segments[0].startsWith(u'v'))
        return joinPath(segments);
    QString name = segments[1];
    if (name.endsWith(u".pdf"_s) || name.endsWith(u".html"_s))
        name.truncate(name.lastIndexOf(u'.'));
    return u'/' + segments[0] + u'/' + name + u".html"_s;
}

// aclanthology.org/2020.acl-main.1.pdf → aclanthology.org/2020.acl-main.1/
QUrl aclPage(const QStringList &segments)
{
    QStringList rest = segments;
    if (!rest.isEmpty() && rest.first() == u"anthology")
        rest.removeFirst();
    QString id = rest.value(0);
    for (QLatin1StringView tail : {".pdf"_L1, ".bib"_L1, ".xml"_L1}) {
        if (id.endsWith(tail))
            id.chop(tail.size());
    }
    return QUrl(u"https://aclanthology.org/"_s + id + (id.isEmpty() ? u""_s : u"/"_s));
}

// openaccess.thecvf.com/content_CVPR_2019/papers/X_paper.pdf → …/html/X_paper.html
QString cvfPagePath(QStringList segments)
{
    const qsizetype papers = segments.indexOf(u"papers"_s);
    if (papers >= 0 && papers + 2 == segments.size()
        && segments.last().endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        segments[papers] = u"html"_s;
        segments.last() = segments.last().chopped(4) + u".html"_s;
    }
    return joinPath(segments);
}

// ojs.aaai.org/index.php/AAAI/article/view/1234/5678 (a galley) → …/article/view/1234
QString aaaiPagePath(QStringList segments)
{
    const qsizetype article = segments.indexOf(u"article"_s);
    if (article >= 0 && article + 2 < segments.size()) {
        segments[article + 1] = u"view"_s;
        segments = segments.first(article + 3);
    }
    return joinPath(segments);
}

// ijcai.org/proceedings/2019/0123.pdf → ijcai.org/proceedings/2019/123
QString ijcaiPagePath(QStringList segments)
{
    if (segments.size() == 3 && segments[0] == u"proceedings") {
        QString number = segments[2];
        if (number.endsWith(u".pdf"_s))
            number.chop(4);
        if (isAllDigits(number))
            segments[2] = QString::number(number.toInt());
    }
    return joinPath(segments);
}

std::optional<LinkTarget> proceedingsTarget(const QUrl &url, QStringView host,
                                            const QStringList &segments)
{
    QUrl page = url;
    page.setQuery(QString());
    if (hostIsAny(host, kNeuripsHosts))
        page.setPath(neuripsPagePath(segments));
    else if (hostIs(host, "proceedings.mlr.press"_L1))
        page.setPath(pmlrPagePath(segments));
    else if (hostIs(host, "aclanthology.org"_L1)
             || (hostIs(host, "aclweb.org"_L1) && segments.value(0) == u"anthology"))
        page = aclPage(segments);
    else if (hostIs(host, "openaccess.thecvf.com"_L1))
        page.setPath(cvfPagePath(segments));
    else if (hostIs(host, "ojs.aaai.org"_L1))
        page.setPath(aaaiPagePath(segments));
    else if (hostIs(host, "ijcai.org"_L1) && segments.value(0) == u"proceedings")
        page.setPath(ijcaiPagePath(segments));
    else
        return std::nullopt;
    return pageTarget(LinkTarget::Kind::Proceedings, page, true);
}

// openreview.net/pdf?id=X and /attachment?id=X → openreview.net/forum?id=X
std::optional<LinkTarget> openReviewTarget(const QUrl &url, QStringView host)
{
    if (!hostIs(host, "openreview.net"_L1))
        return std::nullopt;
    // /group?id=ICLR.cc/2024/Conference is a venue, not a paper.
    const QString path = url.path();
    if (path != u"/forum" && path != u"/pdf" && path != u"/attachment" && path != u"/revisions")
        return std::nullopt;
    const QString id = QUrlQuery(url).queryItemValue(u"id"_s, QUrl::FullyDecoded);
    if (id.isEmpty())
        return std::nullopt;
    QUrl forum(u"https://openreview.net/forum"_s);
    QUrlQuery query;
    query.addQueryItem(u"id"_s, id);
    forum.setQuery(query);
    return pageTarget(LinkTarget::Kind::OpenReview, forum, true);
}

// ---- Publisher pages
// ------------------------------------------------------------------------------

// Publishers whose article pages carry Highwire/Google Scholar citation_* tags (Google Scholar
// asks every indexed publisher for them). Links to them that name no identifier are read as
// pages; everything else is an unknown site (FetchPage).
constexpr QLatin1StringView kPublisherHosts[] = {
    "jneurosci.org"_L1,    "eneuro.org"_L1,        "sciencemag.org"_L1,
    "science.org"_L1,      "pnas.org"_L1,          "physiology.org"_L1,
    "ncbi.nlm.nih.gov"_L1, "europepmc.org"_L1,     "royalsocietypublishing.org"_L1,
    "frontiersin.org"_L1,  "plos.org"_L1,          "elifesciences.org"_L1,
    "nature.com"_L1,       "springer.com"_L1,      "wiley.com"_L1,
    "tandfonline.com"_L1,  "cambridge.org"_L1,     "academic.oup.com"_L1,
    "direct.mit.edu"_L1,   "biorxiv.org"_L1,       "medrxiv.org"_L1,
    "cell.com"_L1,         "sciencedirect.com"_L1, "thelancet.com"_L1,
    "jmlr.org"_L1,         "aps.org"_L1,           "iop.org"_L1,
    "sagepub.com"_L1,      "annualreviews.org"_L1, "cshlp.org"_L1,
    "jci.org"_L1,          "rupress.org"_L1,       "embopress.org"_L1,
    "biologists.com"_L1,   "arvojournals.org"_L1,  "mdpi.com"_L1,
    "peerj.com"_L1,
};

// Highwire paths: /content/pnas/116/16/7723.full.pdf is the PDF of /content/116/16/7723.
// jmlr.org/papers/volume21/20-074/20-074.pdf is the PDF of jmlr.org/papers/v21/20-074.html.
QString publisherPagePath(QStringView host, QStringList segments)
{
    if (hostIs(host, "jmlr.org"_L1) && segments.size() == 4 && segments[0] == u"papers"
        && segments[1].startsWith(u"volume"_s))
        return u"/papers/v"_s + segments[1].sliced(6) + u'/' + segments[2] + u".html"_s;
    if (segments.size() < 2 || segments.first() != u"content")
        return {};
    segments.last() = withoutViewSuffix(segments.last()).toString();
    if (segments.size() >= 5 && segments[1] != u"early" && isAllLetters(segments[1])
        && isAllDigits(segments[2]))
        segments.removeAt(1);
    return joinPath(segments);
}

bool isIssnValid(QStringView issn)
{
    // Eight characters, the last a mod-11 check digit (X for 10).
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        if (!isDigit(issn[i]))
            return false;
        sum += (issn[i].unicode() - u'0') * (8 - i);
    }
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? issn[7] == u'X' : issn[7] == QChar(u'0' + check);
}

} // namespace

QString normalizePii(QStringView text)
{
    QString pii;
    pii.reserve(17);
    for (QChar c : text.trimmed()) {
        if (c == u'-' || c == u'(' || c == u')')
            continue;
        if (!c.isLetterOrNumber() || c.unicode() > 0x7f)
            return {};
        pii += c.toUpper();
    }
    if (pii.startsWith(u"PII"))
        pii.remove(0, 3);
    // S + ISSN (8) + year (2) + item (5) + check character
    if (pii.size() != 17 || pii[0] != u'S' || !isIssnValid(QStringView(pii).sliced(1, 8)))
        return {};
    const QStringView item = QStringView(pii).sliced(9, 7);
    if (!isAllDigits(item) || !(isDigit(pii[16]) || pii[16] == u'X'))
        return {};
    return pii;
}

QUrl crossrefPiiQuery(const QUrl &apiBase, QStringView pii)
{
    const QString normalized = normalizePii(pii);
    QUrl url = apiBase;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/works"_s);
    QUrlQuery query;
    query.addQueryItem(u"filter"_s,
                       u"alternative-id:"_s + (normalized.isEmpty() ? pii.toString() : normalized));
    url.setQuery(query);
    return url;
}

LinkTarget recognizeLink(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty() || url.scheme().isEmpty())
        return refused(LinkText::tr("This is not a web address."));
    const QString scheme = url.scheme().toLower();
    // "doi:10.…" and "arxiv:…" name a paper outright.
    if (scheme == u"doi" || scheme == u"arxiv") {
        if (RecognizedId id = Identifier::recognize(url.toString()); id.isValid())
            return identifierTarget(std::move(id));
        return refused(LinkText::tr("“%1” is not a valid identifier.").arg(url.toString()));
    }
    if (scheme == u"file")
        return refused(LinkText::tr(
            "A link to a file on this computer is not fetched; drop the file itself."));
    if (scheme != u"http" && scheme != u"https")
        return refused(
            LinkText::tr("“%1:” links cannot be imported; only web addresses (http, https) can.")
                .arg(scheme));
    QString host = url.host();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return refused(LinkText::tr("The web address has no host name."));

    if (RecognizedId id = Identifier::recognize(url.toString()); id.isValid())
        return identifierTarget(std::move(id));

    const QStringList segments = pathSegments(url);
    QString derived;
    if (hostIs(host, "sciencemag.org"_L1))
        derived = scienceDoi(host, segments);
    else if (hostIs(host, "eneuro.org"_L1) || hostIs(host, "jneurosci.org"_L1))
        derived = sfnDoi(segments);
    else if (hostIs(host, "elifesciences.org"_L1))
        derived = elifeDoi(segments);
    else if (hostIs(host, "pnas.org"_L1))
        derived = pnasDoi(segments);
    else if (hostIs(host, "cambridge.org"_L1))
        derived = cambridgeDoi(segments);
    if (!derived.isEmpty()) {
        if (LinkTarget target = doiTarget(derived); target.id.isValid())
            return target;
    }

    if (hostIsAny(host, kElsevierHosts)) {
        if (QString pii = elsevierPii(url, segments); !pii.isEmpty()) {
            LinkTarget target;
            target.kind = LinkTarget::Kind::CrossrefPii;
            target.pii = std::move(pii);
            return target;
        }
    }
    if (auto target = openReviewTarget(url, host))
        return *target;
    if (auto target = proceedingsTarget(url, host, segments))
        return *target;
    if (hostIsAny(host, kPublisherHosts)) {
        QUrl page = url;
        if (const QString path = publisherPagePath(host, segments); !path.isEmpty())
            page.setPath(path);
        return pageTarget(LinkTarget::Kind::PublisherPage, page, true);
    }
    return pageTarget(LinkTarget::Kind::FetchPage, url, false);
}

} // namespace Curator
