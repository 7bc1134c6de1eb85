#include "citationmeta.h"

#include "identifier.h"
#include "logging.h"

#include <QHash>
#include <QStringConverter>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <climits>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Curator {

namespace {

// ---- Characters ---------------------------------------------------------------------------------

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// What windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has control codes. Browsers read every
// page labelled ISO-8859-1 or US-ASCII this way, and numeric references to 0x80–0x9F too.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString s(bytes.size(), Qt::Uninitialized);
    QChar *out = s.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return s;
}

// ---- Entities
// -------------------------------------------------------------------------------------

struct NamedEntity
{
    const char *name;
    char16_t code;
};

// Beyond ISO-8859-1 (built below from its names in code point order): the typography and the
// letters of names that paper titles and author lists actually use.
constexpr NamedEntity kEntities[] = {
    {"amp", 0x26},      {"lt", 0x3C},        {"gt", 0x3E},       {"quot", 0x22},
    {"apos", 0x27},     {"OElig", 0x152},    {"oelig", 0x153},   {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},     {"fnof", 0x192},    {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},    {"emsp", 0x2003},   {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},     {"lrm", 0x200E},    {"rlm", 0x200F},
    {"hyphen", 0x2010}, {"ndash", 0x2013},   {"mdash", 0x2014},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},   {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"dagger", 0x2020},  {"Dagger", 0x2021}, {"bull", 0x2022},
    {"hellip", 0x2026}, {"permil", 0x2030},  {"prime", 0x2032},  {"Prime", 0x2033},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A},  {"euro", 0x20AC},   {"trade", 0x2122},
    {"larr", 0x2190},   {"rarr", 0x2192},    {"harr", 0x2194},   {"minus", 0x2212},
    {"sim", 0x223C},    {"asymp", 0x2248},   {"ne", 0x2260},     {"le", 0x2264},
    {"ge", 0x2265},     {"infin", 0x221E},   {"Aogon", 0x104},   {"aogon", 0x105},
    {"Cacute", 0x106},  {"cacute", 0x107},   {"Ccaron", 0x10C},  {"ccaron", 0x10D},
    {"Dcaron", 0x10E},  {"dcaron", 0x10F},   {"Eogon", 0x118},   {"eogon", 0x119},
    {"Ecaron", 0x11A},  {"ecaron", 0x11B},   {"Gbreve", 0x11E},  {"gbreve", 0x11F},
    {"Idot", 0x130},    {"imath", 0x131},    {"inodot", 0x131},  {"Lstrok", 0x141},
    {"lstrok", 0x142},  {"Nacute", 0x143},   {"nacute", 0x144},  {"Ncaron", 0x147},
    {"ncaron", 0x148},  {"Odblac", 0x150},   {"odblac", 0x151},  {"Rcaron", 0x158},
    {"rcaron", 0x159},  {"Sacute", 0x15A},   {"sacute", 0x15B},  {"Scedil", 0x15E},
    {"scedil", 0x15F},  {"Tcaron", 0x164},   {"tcaron", 0x165},  {"Uring", 0x16E},
    {"uring", 0x16F},   {"Udblac", 0x170},   {"udblac", 0x171},  {"Zacute", 0x179},
    {"zacute", 0x17A},  {"Zdot", 0x17B},     {"zdot", 0x17C},    {"Zcaron", 0x17D},
    {"zcaron", 0x17E},  {"thetasym", 0x3D1}, {"piv", 0x3D6},     {"sigmaf", 0x3C2},
};

constexpr const char *kLatin1Names[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

// Greek in code point order; U+03A2 is unassigned (final sigma has no capital).
constexpr const char *kGreekNames[] = {
    "Alpha", "Beta",   "Gamma",   "Delta", "Epsilon", "Zeta",    "Eta",   "Theta", "Iota",
    "Kappa", "Lambda", "Mu",      "Nu",    "Xi",      "Omicron", "Pi",    "Rho",   nullptr,
    "Sigma", "Tau",    "Upsilon", "Phi",   "Chi",     "Psi",     "Omega",
};

const QHash<QString, char16_t> &entityTable()
{
    static const QHash<QString, char16_t> table = [] {
        QHash<QString, char16_t> t;
        for (int i = 0; i < 96; ++i)
            t.insert(QString::fromLatin1(kLatin1Names[i]), char16_t(0xA0 + i));
        for (int i = 0; i < int(std::size(kGreekNames)); ++i) {
            if (!kGreekNames[i])
                continue;
            const QString upper = QString::fromLatin1(kGreekNames[i]);
            t.insert(upper, char16_t(0x391 + i));
            t.insert(upper.toLower(), char16_t(0x3B1 + i));
        }
        for (const NamedEntity &e : kEntities)
            t.insert(QString::fromLatin1(e.name), e.code);
        return t;
    }();
    return table;
}

void appendCodePoint(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    else if (code >= 0x80 && code < 0xA0)
        code = kCp1252High[code - 0x80];
    out += QChar::fromUcs4(code);
}

// &amp; &#39; &#x2019; &eacute; — a reference without its ';' or with an unknown name stays as
// written.
QString decodeEntities(QStringView s)
{
    if (!s.contains(u'&'))
        return s.toString();
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] != u'&') {
            out += s[i++];
            continue;
        }
        qsizetype semi = -1;
        for (qsizetype j = i + 1; j < s.size() && j <= i + 33; ++j) {
            if (s[j] == u';') {
                semi = j;
                break;
            }
            if (!s[j].isLetterOrNumber() && s[j] != u'#')
                break;
        }
        const QStringView name = semi > i + 1 ? s.sliced(i + 1, semi - i - 1) : QStringView();
        bool decoded = false;
        if (name.size() >= 2 && name[0] == u'#') {
            const bool hex = name[1] == u'x' || name[1] == u'X';
            const QStringView digits = name.sliced(hex ? 2 : 1);
            bool ok = false;
            const uint code = digits.size() <= 8 ? digits.toUInt(&ok, hex ? 16 : 10) : 0;
            if (ok && !digits.startsWith(u'+') && !digits.startsWith(u'-')) {
                appendCodePoint(out, code);
                decoded = true;
            }
        } else if (!name.isEmpty()) {
            const auto &table = entityTable();
            if (const auto it = table.constFind(name.toString()); it != table.cend()) {
                out += QChar(*it);
                decoded = true;
            }
        }
        if (decoded) {
            i = semi + 1;
        } else {
            out += u'&';
            ++i;
        }
    }
    return out;
}

// "The <i>Drosophila</i> connectome" — some publishers put markup into citation_title.
QString stripInlineTags(QString s)
{
    if (!s.contains(u'<'))
        return s;
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] == u'<') {
            const qsizetype nameAt = i + 1 < s.size() && s[i + 1] == u'/' ? i + 2 : i + 1;
            const qsizetype close = s.indexOf(u'>', i);
            const qsizetype nextOpen = s.indexOf(u'<', i + 1);
            if (nameAt < s.size() && isAsciiLetter(s[nameAt]) && close > 0
                && (nextOpen < 0 || close < nextOpen)) {
                i = close + 1;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

QString cleanText(QStringView raw)
{
    return stripInlineTags(decodeEntities(raw)).simplified();
}

// ---- Tags
// -----------------------------------------------------------------------------------------

struct Attribute
{
    QStringView name;
    QStringView value; // raw: entities not decoded
};

struct Tag
{
    QStringView name;
    bool closing = false;
    QVarLengthArray<Attribute, 8> attributes;

    bool is(QLatin1StringView n) const { return name.compare(n, Qt::CaseInsensitive) == 0; }
    QStringView attribute(QLatin1StringView n) const
    {
        for (const Attribute &a : attributes) {
            if (a.name.compare(n, Qt::CaseInsensitive) == 0)
                return a.value;
        }
        return {};
    }
};

// Start and end tags, in order, from any string: comments, doctypes, processing instructions
// and the raw text of <script> and <style> are skipped. Every step moves forward, and a tag or
// comment left open runs to the end of the input, so garbage costs linear time.
class TagScanner final
{
public:
    explicit TagScanner(QStringView html)
        : m_s(html)
    { }

    bool next(Tag &tag)
    {
        while (m_pos < m_s.size()) {
            const qsizetype lt = m_s.indexOf(u'<', m_pos);
            if (lt < 0 || lt + 1 >= m_s.size()) {
                m_pos = m_s.size();
                return false;
            }
            if (m_s.sliced(lt).startsWith(u"<!--")) {
                skipPast(u"-->", lt + 4);
                continue;
            }
            const QChar second = m_s[lt + 1];
            if (second == u'!' || second == u'?') {
                skipPast(u">", lt + 2);
                continue;
            }
            qsizetype j = lt + 1;
            tag.closing = second == u'/';
            if (tag.closing)
                ++j;
            if (j >= m_s.size() || !isAsciiLetter(m_s[j])) {
                m_pos = lt + 1; // "a < b" in text
                continue;
            }
            const qsizetype nameStart = j;
            while (j < m_s.size() && !m_s[j].isSpace() && m_s[j] != u'/' && m_s[j] != u'>')
                ++j;
            tag.name = m_s.sliced(nameStart, j - nameStart);
            tag.attributes.clear();
            m_pos = readAttributes(j, tag);
            // A tag cut off by the end of the input (a truncated page) is dropped, as browsers
            // do: its last value is likely cut short too.
            if (m_pos < 0) {
                m_pos = m_s.size();
                return false;
            }
            if (!tag.closing && (tag.is("script"_L1) || tag.is("style"_L1))) {
                const QString end = u"</"_s + tag.name;
                const qsizetype close = m_s.indexOf(end, m_pos, Qt::CaseInsensitive);
                m_pos = close < 0 ? m_s.size() : close;
            }
            return true;
        }
        return false;
    }

    // The raw text after the last start tag up to `</name`, which is consumed too.
    QStringView textUntil(QStringView endTag, qsizetype maxChars)
    {
        const qsizetype close = m_s.indexOf(endTag, m_pos, Qt::CaseInsensitive);
        const qsizetype end = close < 0 ? m_s.size() : close;
        const QStringView text = m_s.sliced(m_pos, std::min(end - m_pos, maxChars));
        m_pos = close < 0 ? m_s.size() : close + endTag.size();
        return text;
    }

private:
    void skipPast(QStringView end, qsizetype from)
    {
        const qsizetype at = m_s.indexOf(end, from);
        m_pos = at < 0 ? m_s.size() : at + end.size();
    }

    // The position after the tag's '>', or -1 when the input ends first.
    qsizetype readAttributes(qsizetype j, Tag &tag)
    {
        const qsizetype n = m_s.size();
        for (;;) {
            while (j < n && (m_s[j].isSpace() || m_s[j] == u'/'))
                ++j;
            if (j >= n)
                return -1;
            if (m_s[j] == u'>')
                return j + 1;
            const qsizetype nameStart = j;
            // A stray '=' or quote starts a name of its own, as in browsers: always progress.
            ++j;
            while (j < n && !m_s[j].isSpace() && m_s[j] != u'=' && m_s[j] != u'>' && m_s[j] != u'/')
                ++j;
            Attribute attribute;
            attribute.name = m_s.sliced(nameStart, j - nameStart);
            qsizetype k = j;
            while (k < n && m_s[k].isSpace())
                ++k;
            if (k < n && m_s[k] == u'=') {
                ++k;
                while (k < n && m_s[k].isSpace())
                    ++k;
                if (k < n && (m_s[k] == u'"' || m_s[k] == u'\'')) {
                    const qsizetype close = m_s.indexOf(m_s[k], k + 1);
                    const qsizetype end = close < 0 ? n : close;
                    attribute.value = m_s.sliced(k + 1, end - k - 1);
                    j = close < 0 ? n : close + 1;
                } else {
                    const qsizetype start = k;
                    while (k < n && !m_s[k].isSpace() && m_s[k] != u'>')
                        ++k;
                    attribute.value = m_s.sliced(start, k - start);
                    j = k;
                }
            }
            // A tag with thousands of attributes is garbage; the first ones are enough.
            if (tag.attributes.size() < 64)
                tag.attributes.append(attribute);
        }
    }

    QStringView m_s;
    qsizetype m_pos = 0;
};

// ---- Charset
// --------------------------------------------------------------------------------------

QByteArray charsetOf(QStringView contentType)
{
    const qsizetype at = contentType.indexOf(u"charset", 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    qsizetype i = at + 7;
    while (i < contentType.size() && contentType[i].isSpace())
        ++i;
    if (i >= contentType.size() || contentType[i] != u'=')
        return {};
    ++i;
    while (i < contentType.size()
           && (contentType[i].isSpace() || contentType[i] == u'"' || contentType[i] == u'\''))
        ++i;
    qsizetype end = i;
    while (end < contentType.size() && !contentType[end].isSpace() && contentType[end] != u';'
           && contentType[end] != u'"' && contentType[end] != u'\'')
        ++end;
    return contentType.sliced(i, end - i).toLatin1().toLower();
}

// <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…"> near the top.
QByteArray declaredCharset(QByteArrayView bytes)
{
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 8192)));
    TagScanner scanner(head);
    Tag tag;
    while (scanner.next(tag)) {
        if (tag.closing || !tag.is("meta"_L1))
            continue;
        if (const QStringView charset = tag.attribute("charset"_L1); !charset.isEmpty())
            return charset.trimmed().toLatin1().toLower();
        if (tag.attribute("http-equiv"_L1).compare(u"content-type", Qt::CaseInsensitive) == 0) {
            if (QByteArray charset = charsetOf(tag.attribute("content"_L1)); !charset.isEmpty())
                return charset;
        }
    }
    return {};
}

bool isWindows1252Label(QByteArrayView label)
{
    static constexpr QByteArrayView labels[]
        = {"windows-1252", "cp1252", "x-cp1252",   "iso-8859-1",     "iso8859-1",
           "iso_8859-1",   "latin1", "l1",         "us-ascii",       "ascii",
           "cp819",        "ibm819", "iso-ir-100", "ansi_x3.4-1968", "iso_8859-1:1987"};
    return std::find(std::begin(labels), std::end(labels), label) != std::end(labels);
}

QString decodeHtml(QByteArrayView bytes, QByteArrayView contentType)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.sliced(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        return decoder(bytes.sliced(2));
    }
    QByteArray label = charsetOf(QString::fromLatin1(contentType));
    if (label.isEmpty()) {
        label = declaredCharset(bytes);
        // A page read as ASCII-compatible bytes cannot really be UTF-16 (HTML's own rule).
        if (label.startsWith("utf-16"))
            label.clear();
    }
    if (label.isEmpty() || label == "utf-8" || label == "utf8")
        return QString::fromUtf8(bytes);
    if (isWindows1252Label(label))
        return fromWindows1252(bytes);
    if (const auto encoding = QStringConverter::encodingForName(label.constData())) {
        QStringDecoder decoder(*encoding);
        return decoder(bytes);
    }
    qCDebug(lcImport) << "unknown page charset" << label << "- reading UTF-8";
    return QString::fromUtf8(bytes);
}

// ---- Fields
// ---------------------------------------------------------------------------------------

// A value offered by several tags: the best-ranked one wins, and the first among equals.
struct Ranked
{
    QString value;
    int rank = INT_MAX;

    void offer(QString v, int r)
    {
        if (!v.isEmpty() && r < rank) {
            value = std::move(v);
            rank = r;
        }
    }
};

int yearIn(QStringView date)
{
    // The first free-standing run of four digits: "2019/07/13", "13.07.2019", "2019".
    for (qsizetype i = 0; i + 4 <= date.size(); ++i) {
        if (!isDigit(date[i]) || (i > 0 && isDigit(date[i - 1])))
            continue;
        qsizetype end = i;
        while (end < date.size() && isDigit(date[end]))
            ++end;
        if (end - i == 4) {
            const int year = date.sliced(i, 4).toInt();
            if (year >= 1000 && year <= 2999)
                return year;
        }
        i = end;
    }
    return 0;
}

struct Collected
{
    Ranked title;
    QStringList citationAuthors;
    QStringList dcCreators;
    Ranked doi;
    Ranked arxivId;
    Ranked year;
    Ranked venue;
    QUrl pdfUrl;
    bool scholarly = false;
};

// citation_doi and friends hold "10.…", "doi:10.…", a doi.org URL or arXiv's 10.48550 DOI.
void offerIdentifier(Collected &c, QStringView value, int rank)
{
    RecognizedId id = Identifier::recognize(value);
    if (!id.isValid()) {
        const QList<RecognizedId> all = Identifier::findAll(value);
        if (all.isEmpty())
            return;
        id = all.first();
    }
    if (id.kind == RecognizedId::Kind::Doi)
        c.doi.offer(id.doi, rank);
    else
        c.arxivId.offer(id.arxivWithVersion(), rank);
}

void appendAuthor(QStringList &authors, const QString &name)
{
    if (!name.isEmpty() && authors.size() < 5000)
        authors.append(name);
}

enum : int { DateRankCount = 8 };

int dateRank(QStringView key)
{
    static constexpr QLatin1StringView keys[DateRankCount] = {
        "citation_publication_date"_L1,
        "citation_date"_L1,
        "citation_year"_L1,
        "citation_cover_date"_L1,
        "citation_online_date"_L1,
        "dc.date.issued"_L1,
        "dcterms.issued"_L1,
        "prism.publicationdate"_L1,
    };
    for (int i = 0; i < DateRankCount; ++i) {
        if (key == keys[i])
            return i;
    }
    if (key == u"dc.date" || key == u"dcterms.date" || key == u"prism.coverdate")
        return DateRankCount;
    return -1;
}

int venueRank(QStringView key)
{
    static constexpr QLatin1StringView keys[] = {
        "citation_journal_title"_L1, "citation_conference_title"_L1, "citation_conference"_L1,
        "citation_book_title"_L1,    "citation_inbook_title"_L1,     "prism.publicationname"_L1,
    };
    const auto it = std::find(std::begin(keys), std::end(keys), key);
    return it == std::end(keys) ? -1 : int(it - std::begin(keys));
}

void takeMeta(Collected &c, const QString &key, QStringView content, const QUrl &pageUrl)
{
    const bool scholarly = key.startsWith(u"citation_") || key.startsWith(u"dc.")
        || key.startsWith(u"dcterms.") || key.startsWith(u"prism.");
    if (key == u"citation_title") {
        c.title.offer(cleanText(content), 0);
    } else if (key == u"dc.title" || key == u"dcterms.title") {
        c.title.offer(cleanText(content), 1);
    } else if (key == u"og:title") {
        c.title.offer(cleanText(content), 2);
    } else if (key == u"citation_author") {
        appendAuthor(c.citationAuthors, cleanText(content));
    } else if (key == u"citation_authors") {
        // A few sites list them all in one tag: "Last, F.; Last2, G.".
        for (QStringView name : content.tokenize(u';'))
            appendAuthor(c.citationAuthors, cleanText(name));
    } else if (key == u"dc.creator" || key == u"dcterms.creator") {
        appendAuthor(c.dcCreators, cleanText(content));
    } else if (key == u"citation_doi") {
        offerIdentifier(c, decodeEntities(content).trimmed(), 0);
    } else if (key == u"citation_arxiv_id") {
        offerIdentifier(c, QString(u"arXiv:"_s + decodeEntities(content).trimmed()), 0);
    } else if (key == u"prism.doi") {
        offerIdentifier(c, decodeEntities(content).trimmed(), 1);
    } else if (key == u"dc.identifier" || key == u"dcterms.identifier") {
        const QString value = decodeEntities(content).trimmed();
        // ISSNs, ISBNs and page URLs come in dc.identifier too.
        if (value.contains(u"10."))
            offerIdentifier(c, value, 2);
    } else if (key == u"citation_pdf_url") {
        const QUrl pdf = pageUrl.resolved(QUrl(decodeEntities(content).trimmed()));
        // Resolving keeps the page's scheme even when the link's host is malformed ("//\x8e"):
        // such a URL is invalid, not a PDF to fetch.
        if (c.pdfUrl.isEmpty() && pdf.isValid() && !pdf.host().isEmpty()
            && (pdf.scheme() == u"https" || pdf.scheme() == u"http"))
            c.pdfUrl = pdf;
    } else if (const int rank = dateRank(key); rank >= 0) {
        if (const int year = yearIn(content); year > 0)
            c.year.offer(QString::number(year), rank);
    } else if (const int venue = venueRank(key); venue >= 0) {
        c.venue.offer(cleanText(content), venue);
    } else {
        return;
    }
    if (scholarly && !content.trimmed().isEmpty())
        c.scholarly = true;
}

} // namespace

CitationMeta parseCitationMeta(QByteArrayView html, const QUrl &pageUrl, QByteArrayView contentType)
{
    const QString text
        = decodeHtml(html.first(std::min<qsizetype>(html.size(), kCitationScanBytes)), contentType);
    Collected c;
    TagScanner scanner(text);
    Tag tag;
    bool haveTitleTag = false;
    while (scanner.next(tag)) {
        if (tag.closing)
            continue;
        if (tag.is("meta"_L1)) {
            QStringView name = tag.attribute("name"_L1);
            if (name.isEmpty())
                name = tag.attribute("property"_L1);
            if (name.isEmpty() || name.size() > 64)
                continue;
            takeMeta(c, name.trimmed().toString().toLower(), tag.attribute("content"_L1), pageUrl);
        } else if (tag.is("title"_L1) && !haveTitleTag) {
            haveTitleTag = true;
            c.title.offer(cleanText(scanner.textUntil(u"</title", 4096)), 3);
        }
    }

    CitationMeta meta;
    meta.title = c.title.value;
    meta.authors = c.citationAuthors.isEmpty() ? c.dcCreators : c.citationAuthors;
    meta.doi = c.doi.value;
    meta.arxivId = c.arxivId.value;
    meta.year = c.year.value.toInt();
    meta.venue = c.venue.value;
    meta.pdfUrl = c.pdfUrl;
    meta.fromTitleTagOnly = !c.scholarly && !meta.title.isEmpty();
    return meta;
}

QStringList htmlLinkTargets(QStringView html, qsizetype max)
{
    QStringList hrefs;
    TagScanner scanner(html);
    Tag tag;
    while (hrefs.size() < max && scanner.next(tag)) {
        if (tag.closing || !tag.is("a"_L1))
            continue;
        const QString href = decodeEntities(tag.attribute("href"_L1)).trimmed();
        if (!href.isEmpty())
            hrefs.append(href);
    }
    return hrefs;
}

// ---- PageMetadataReader
// ---------------------------------------------------------------------------

namespace {

bool isUnconfigured(const Net::HostPolicy &p)
{
    const Net::HostPolicy d;
    return p.minIntervalMs == d.minIntervalMs && p.maxConcurrent == d.maxConcurrent
        && p.timeoutMs == d.timeoutMs && p.maxBytes == d.maxBytes && p.maxRetries == d.maxRetries;
}

QString hostKey(const QUrl &url)
{
    return url.host().toLower() + u':'
        + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

bool looksLikeHtml(const QByteArray &body)
{
    QByteArrayView head = QByteArrayView(body).first(std::min<qsizetype>(body.size(), 1024));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    return head.trimmed().startsWith('<');
}

} // namespace

PageMetadataReader::PageMetadataReader(Net::Fetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_policy(defaultPagePolicy())
{ }

PageMetadataReader::~PageMetadataReader()
{
    const QSet<quint64> tickets = std::exchange(m_tickets, {});
    if (m_fetcher) {
        for (const quint64 ticket : tickets)
            m_fetcher->cancel(ticket);
    }
}

Net::HostPolicy PageMetadataReader::defaultPagePolicy()
{
    Net::HostPolicy policy;
    policy.minIntervalMs = 1000;
    policy.maxConcurrent = 1;
    policy.timeoutMs = 20000;
    policy.maxBytes = 4 * 1024 * 1024;
    policy.maxRetries = 2;
    return policy;
}

void PageMetadataReader::applyPolicy(const QUrl &url)
{
    // A host configured by someone else (an API the resolver also asks) keeps its policy.
    const QString key = hostKey(url);
    if (m_ownHosts.contains(key) || isUnconfigured(m_fetcher->policy(url))) {
        m_fetcher->setPolicy(url, m_policy);
        m_ownHosts.insert(key);
    }
}

quint64 PageMetadataReader::read(const QUrl &url, Callback done)
{
    const QString scheme = url.scheme();
    if (!m_fetcher || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        // Never a file: or data: URL through the network access manager, which would read it.
        PageMetadata refused;
        refused.url = url;
        refused.message = m_fetcher ? tr("“%1” is not a web address.").arg(url.toString())
                                    : tr("Web pages cannot be read now.");
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), refused] {
                if (done)
                    done(refused);
            },
            Qt::QueuedConnection);
        return 0;
    }
    applyPolicy(url);
    auto ticket = std::make_shared<quint64>(0);
    QPointer<PageMetadataReader> self(this);
    const Net::Headers headers{
        {"Accept", "text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8,*/*;q=0.5"}};
    *ticket = m_fetcher->get(
        url, headers, [self, ticket, url, done = std::move(done)](const Net::FetchResult &result) {
            if (!self || !self->m_tickets.remove(*ticket))
                return;
            if (done)
                done(toPageMetadata(result, url));
        });
    m_tickets.insert(*ticket);
    return *ticket;
}

void PageMetadataReader::cancel(quint64 ticket)
{
    if (m_fetcher && m_tickets.contains(ticket))
        m_fetcher->cancel(ticket);
}

PageMetadata PageMetadataReader::toPageMetadata(const Net::FetchResult &result,
                                                const QUrl &requested)
{
    using FetchStatus = Net::FetchResult::Status;
    PageMetadata page;
    page.url = result.url.isValid() ? result.url : requested;
    page.httpStatus = result.httpStatus;
    if (result.status != FetchStatus::Ok) {
        page.status = result.status == FetchStatus::Canceled ? PageMetadata::Status::Canceled
                                                             : PageMetadata::Status::Failed;
        page.message = result.message;
        return page;
    }
    const QByteArray mime = result.contentType.split(';').first().trimmed().toLower();
    if (mime == "application/pdf" || mime == "application/x-pdf"
        || result.body.startsWith("%PDF-")) {
        page.status = PageMetadata::Status::Pdf;
        page.pdf = result.body;
        return page;
    }
    const bool html = mime == "text/html" || mime == "application/xhtml+xml"
        || ((mime.isEmpty() || mime == "text/plain" || mime == "application/octet-stream")
            && looksLikeHtml(result.body));
    if (!html) {
        page.status = PageMetadata::Status::Failed;
        page.message
            = tr("%1 sent “%2”, not a web page.").arg(page.url.host(), QString::fromLatin1(mime));
        return page;
    }
    page.status = PageMetadata::Status::Ok;
    page.meta = parseCitationMeta(result.body, page.url, result.contentType);
    return page;
}

} // namespace Curator
