#include "markdown/inlinelink.h"

#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

// How this file relates to libcmark: CommonMark's reference implementation (libcmark 0.30, and
// GitHub's cmark-gfm fork, which renders the README) is what users see, so where it and the spec
// text disagree on an inline-link detail, this file follows libcmark and says so at the spot.
// tests/core/tst_inlinelink.cpp checks it against libcmark itself.

namespace Curator::Markdown {

namespace {

constexpr bool isAsciiPunct(char16_t c)
{
    return (c >= u'!' && c <= u'/') || (c >= u':' && c <= u'@') || (c >= u'[' && c <= u'`')
        || (c >= u'{' && c <= u'~');
}

// cmark_isspace: the white space cmark skips around and inside a link's parenthesised part.
constexpr bool isSpaceChar(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

constexpr bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isAsciiAlnum(char c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}
constexpr bool isHexDigit(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// The bytes at which the inline scan has to stop and look; everything else is skipped in a tight
// loop, which is what keeps a 22 MB list cheap.
constexpr std::array<bool, 256> makeSpecialTable()
{
    std::array<bool, 256> table{};
    for (const char c : std::string_view("\\`<![]"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 256> kSpecial = makeSpecialTable();

struct NamedEntity
{
    std::string_view name;
    char16_t codePoint;
};

// HTML 4's named character references plus &apos; (every one is a single BMP code point), sorted
// by name as bytes for binary search. libcmark knows all 2,125 HTML5 names; the HTML 4 set is
// what READMEs actually use (accented letters, Greek, typographic marks), and an unknown name
// stays literal text rather than being guessed.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0x00C6},   {"Aacute", 0x00C1},  {"Acirc", 0x00C2},    {"Agrave", 0x00C0},
    {"Alpha", 0x0391},   {"Aring", 0x00C5},   {"Atilde", 0x00C3},   {"Auml", 0x00C4},
    {"Beta", 0x0392},    {"Ccedil", 0x00C7},  {"Chi", 0x03A7},      {"Dagger", 0x2021},
    {"Delta", 0x0394},   {"ETH", 0x00D0},     {"Eacute", 0x00C9},   {"Ecirc", 0x00CA},
    {"Egrave", 0x00C8},  {"Epsilon", 0x0395}, {"Eta", 0x0397},      {"Euml", 0x00CB},
    {"Gamma", 0x0393},   {"Iacute", 0x00CD},  {"Icirc", 0x00CE},    {"Igrave", 0x00CC},
    {"Iota", 0x0399},    {"Iuml", 0x00CF},    {"Kappa", 0x039A},    {"Lambda", 0x039B},
    {"Mu", 0x039C},      {"Ntilde", 0x00D1},  {"Nu", 0x039D},       {"OElig", 0x0152},
    {"Oacute", 0x00D3},  {"Ocirc", 0x00D4},   {"Ograve", 0x00D2},   {"Omega", 0x03A9},
    {"Omicron", 0x039F}, {"Oslash", 0x00D8},  {"Otilde", 0x00D5},   {"Ouml", 0x00D6},
    {"Phi", 0x03A6},     {"Pi", 0x03A0},      {"Prime", 0x2033},    {"Psi", 0x03A8},
    {"Rho", 0x03A1},     {"Scaron", 0x0160},  {"Sigma", 0x03A3},    {"THORN", 0x00DE},
    {"Tau", 0x03A4},     {"Theta", 0x0398},   {"Uacute", 0x00DA},   {"Ucirc", 0x00DB},
    {"Ugrave", 0x00D9},  {"Upsilon", 0x03A5}, {"Uuml", 0x00DC},     {"Xi", 0x039E},
    {"Yacute", 0x00DD},  {"Yuml", 0x0178},    {"Zeta", 0x0396},     {"aacute", 0x00E1},
    {"acirc", 0x00E2},   {"acute", 0x00B4},   {"aelig", 0x00E6},    {"agrave", 0x00E0},
    {"alefsym", 0x2135}, {"alpha", 0x03B1},   {"amp", 0x0026},      {"and", 0x2227},
    {"ang", 0x2220},     {"apos", 0x0027},    {"aring", 0x00E5},    {"asymp", 0x2248},
    {"atilde", 0x00E3},  {"auml", 0x00E4},    {"bdquo", 0x201E},    {"beta", 0x03B2},
    {"brvbar", 0x00A6},  {"bull", 0x2022},    {"cap", 0x2229},      {"ccedil", 0x00E7},
    {"cedil", 0x00B8},   {"cent", 0x00A2},    {"chi", 0x03C7},      {"circ", 0x02C6},
    {"clubs", 0x2663},   {"cong", 0x2245},    {"copy", 0x00A9},     {"crarr", 0x21B5},
    {"cup", 0x222A},     {"curren", 0x00A4},  {"dArr", 0x21D3},     {"dagger", 0x2020},
    {"darr", 0x2193},    {"deg", 0x00B0},     {"delta", 0x03B4},    {"diams", 0x2666},
    {"divide", 0x00F7},  {"eacute", 0x00E9},  {"ecirc", 0x00EA},    {"egrave", 0x00E8},
    {"empty", 0x2205},   {"emsp", 0x2003},    {"ensp", 0x2002},     {"epsilon", 0x03B5},
    {"equiv", 0x2261},   {"eta", 0x03B7},     {"eth", 0x00F0},      {"euml", 0x00EB},
    {"euro", 0x20AC},    {"exist", 0x2203},   {"fnof", 0x0192},     {"forall", 0x2200},
    {"frac12", 0x00BD},  {"frac14", 0x00BC},  {"frac34", 0x00BE},   {"frasl", 0x2044},
    {"gamma", 0x03B3},   {"ge", 0x2265},      {"gt", 0x003E},       {"hArr", 0x21D4},
    {"harr", 0x2194},    {"hearts", 0x2665},  {"hellip", 0x2026},   {"iacute", 0x00ED},
    {"icirc", 0x00EE},   {"iexcl", 0x00A1},   {"igrave", 0x00EC},   {"image", 0x2111},
    {"infin", 0x221E},   {"int", 0x222B},     {"iota", 0x03B9},     {"iquest", 0x00BF},
    {"isin", 0x2208},    {"iuml", 0x00EF},    {"kappa", 0x03BA},    {"lArr", 0x21D0},
    {"lambda", 0x03BB},  {"lang", 0x2329},    {"laquo", 0x00AB},    {"larr", 0x2190},
    {"lceil", 0x2308},   {"ldquo", 0x201C},   {"le", 0x2264},       {"lfloor", 0x230A},
    {"lowast", 0x2217},  {"loz", 0x25CA},     {"lrm", 0x200E},      {"lsaquo", 0x2039},
    {"lsquo", 0x2018},   {"lt", 0x003C},      {"macr", 0x00AF},     {"mdash", 0x2014},
    {"micro", 0x00B5},   {"middot", 0x00B7},  {"minus", 0x2212},    {"mu", 0x03BC},
    {"nabla", 0x2207},   {"nbsp", 0x00A0},    {"ndash", 0x2013},    {"ne", 0x2260},
    {"ni", 0x220B},      {"not", 0x00AC},     {"notin", 0x2209},    {"nsub", 0x2284},
    {"ntilde", 0x00F1},  {"nu", 0x03BD},      {"oacute", 0x00F3},   {"ocirc", 0x00F4},
    {"oelig", 0x0153},   {"ograve", 0x00F2},  {"oline", 0x203E},    {"omega", 0x03C9},
    {"omicron", 0x03BF}, {"oplus", 0x2295},   {"or", 0x2228},       {"ordf", 0x00AA},
    {"ordm", 0x00BA},    {"oslash", 0x00F8},  {"otilde", 0x00F5},   {"otimes", 0x2297},
    {"ouml", 0x00F6},    {"para", 0x00B6},    {"part", 0x2202},     {"permil", 0x2030},
    {"perp", 0x22A5},    {"phi", 0x03C6},     {"pi", 0x03C0},       {"piv", 0x03D6},
    {"plusmn", 0x00B1},  {"pound", 0x00A3},   {"prime", 0x2032},    {"prod", 0x220F},
    {"prop", 0x221D},    {"psi", 0x03C8},     {"quot", 0x0022},     {"rArr", 0x21D2},
    {"radic", 0x221A},   {"rang", 0x232A},    {"raquo", 0x00BB},    {"rarr", 0x2192},
    {"rceil", 0x2309},   {"rdquo", 0x201D},   {"real", 0x211C},     {"reg", 0x00AE},
    {"rfloor", 0x230B},  {"rho", 0x03C1},     {"rlm", 0x200F},      {"rsaquo", 0x203A},
    {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"scaron", 0x0161},   {"sdot", 0x22C5},
    {"sect", 0x00A7},    {"shy", 0x00AD},     {"sigma", 0x03C3},    {"sigmaf", 0x03C2},
    {"sim", 0x223C},     {"spades", 0x2660},  {"sub", 0x2282},      {"sube", 0x2286},
    {"sum", 0x2211},     {"sup", 0x2283},     {"sup1", 0x00B9},     {"sup2", 0x00B2},
    {"sup3", 0x00B3},    {"supe", 0x2287},    {"szlig", 0x00DF},    {"tau", 0x03C4},
    {"there4", 0x2234},  {"theta", 0x03B8},   {"thetasym", 0x03D1}, {"thinsp", 0x2009},
    {"thorn", 0x00FE},   {"tilde", 0x02DC},   {"times", 0x00D7},    {"trade", 0x2122},
    {"uArr", 0x21D1},    {"uacute", 0x00FA},  {"uarr", 0x2191},     {"ucirc", 0x00FB},
    {"ugrave", 0x00F9},  {"uml", 0x00A8},     {"upsih", 0x03D2},    {"upsilon", 0x03C5},
    {"uuml", 0x00FC},    {"weierp", 0x2118},  {"xi", 0x03BE},       {"yacute", 0x00FD},
    {"yen", 0x00A5},     {"yuml", 0x00FF},    {"zeta", 0x03B6},     {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

constexpr bool entitiesSorted()
{
    for (std::size_t i = 1; i < std::size(kEntities); ++i) {
        if (!(kEntities[i - 1].name < kEntities[i].name))
            return false;
    }
    return true;
}
static_assert(entitiesSorted(), "kEntities must stay sorted for std::lower_bound");

// Length in bytes of the entity or numeric character reference at raw[i] == '&' (0 if there is
// none), with its code point in *codePoint. Follows the spec 0.30 limits that libcmark applies:
// 1-7 decimal or 1-6 hex digits; 0, surrogates and values past U+10FFFF become U+FFFD.
qsizetype matchReference(QByteArrayView raw, qsizetype i, char32_t *codePoint)
{
    const qsizetype n = raw.size();
    qsizetype j = i + 1;
    if (j < n && raw[j] == '#') {
        ++j;
        const bool hex = j < n && (raw[j] == 'x' || raw[j] == 'X');
        if (hex)
            ++j;
        const qsizetype digitsBegin = j;
        char32_t value = 0;
        while (j < n && (hex ? isHexDigit(raw[j]) : isAsciiDigit(raw[j]))) {
            const char c = raw[j];
            const char32_t digit
                = isAsciiDigit(c) ? char32_t(c - '0') : char32_t((c | 0x20) - 'a' + 10);
            // Saturate instead of overflowing; the digit count below rejects long runs anyway.
            value = std::min<char32_t>(value * (hex ? 16 : 10) + digit, 0x110000);
            ++j;
        }
        const qsizetype digits = j - digitsBegin;
        if (digits < 1 || digits > (hex ? 6 : 7) || j >= n || raw[j] != ';')
            return 0;
        if (value == 0 || (value >= 0xD800 && value < 0xE000) || value >= 0x110000)
            value = 0xFFFD;
        *codePoint = value;
        return j + 1 - i;
    }
    // Names are ASCII alphanumerics; 32 bytes is libcmark's longest candidate too.
    while (j < n && j - i <= 32 && isAsciiAlnum(raw[j]))
        ++j;
    if (j == i + 1 || j >= n || raw[j] != ';')
        return 0;
    const std::string_view name(raw.data() + i + 1, std::size_t(j - i - 1));
    const auto it
        = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                           [](const NamedEntity &e, std::string_view v) { return e.name < v; });
    if (it == std::end(kEntities) || it->name != name)
        return 0;
    *codePoint = it->codePoint;
    return j + 1 - i;
}

QChar *writeCodePoint(QChar *out, char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        *out++ = QChar(QChar::highSurrogate(codePoint));
        *out++ = QChar(QChar::lowSurrogate(codePoint));
    } else {
        *out++ = QChar(char16_t(codePoint));
    }
    return out;
}

// Resolves references and backslash escapes in that order, as libcmark's cmark_clean_url and
// cmark_clean_title do (so "&#92;*" reads as "*" and "\&amp;" as "&"; the spec's reference
// implementation in JavaScript differs, but libcmark/GitHub is what renders the README).
// `paragraph` applies what the CommonMark block parser has already done to a paragraph's text
// before inline parsing: line endings become "\n" and a continuation line loses its indentation.
QString decode(QByteArrayView raw, bool paragraph)
{
    const qsizetype n = raw.size();
    bool plain = true;
    for (const char c : raw) {
        if (c == '&' || c == '\\' || (paragraph && isLineEnd(c))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return QString::fromUtf8(raw);

    // No replacement is longer than its source, so the UTF-8 size bounds the UTF-16 result; one
    // spare unit is slack for the decoder.
    QString result(n + 1, Qt::Uninitialized);
    QChar *const begin = result.data();
    QChar *out = begin;
    // Stateless: the pieces are cut at ASCII bytes, so no sequence spans two calls.
    // ConvertInitialBom: a U+FEFF at the start of a title is content, not a byte order mark.
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::Stateless
                            | QStringConverter::Flag::ConvertInitialBom);
    qsizetype pending = 0;
    const auto flush = [&](qsizetype upTo) {
        if (upTo > pending)
            out = utf8.appendToBuffer(out, raw.sliced(pending, upTo - pending));
    };
    qsizetype i = 0;
    while (i < n) {
        const char c = raw[i];
        if (c == '&') {
            char32_t codePoint = 0;
            if (const qsizetype length = matchReference(raw, i, &codePoint)) {
                flush(i);
                out = writeCodePoint(out, codePoint);
                i += length;
                pending = i;
                continue;
            }
        } else if (paragraph && isLineEnd(c)) {
            flush(i);
            *out++ = u'\n';
            i += (c == '\r' && i + 1 < n && raw[i + 1] == '\n') ? 2 : 1;
            while (i < n && (raw[i] == ' ' || raw[i] == '\t'))
                ++i;
            pending = i;
            continue;
        }
        ++i;
    }
    flush(n);

    QChar *write = begin;
    for (const QChar *read = begin; read < out; ++read) {
        if (*read == u'\\' && read + 1 < out && isAsciiPunct(read[1].unicode()))
            ++read;
        *write++ = *read;
    }
    result.truncate(write - begin);
    return result;
}

// Where the paragraph containing `from` ends: at the line ending before the next blank line, or
// at the end. A blank line ends a CommonMark paragraph, so no link, code span or HTML tag can
// reach across one; cutting the subject there keeps every scan below from doing so.
qsizetype paragraphEnd(QByteArrayView source, qsizetype from)
{
    const qsizetype n = source.size();
    qsizetype i = from;
    while (i < n) {
        while (i < n && !isLineEnd(source[i]))
            ++i;
        if (i >= n)
            return n;
        const qsizetype lineEnd = i;
        i += (source[i] == '\r' && i + 1 < n && source[i + 1] == '\n') ? 2 : 1;
        qsizetype j = i;
        while (j < n && (source[j] == ' ' || source[j] == '\t'))
            ++j;
        if (j >= n || isLineEnd(source[j]))
            return lineEnd;
    }
    return n;
}

// The parenthesised part after "]": raw spans of destination and title, and one past ')'.
struct Tail
{
    qsizetype destBegin;
    qsizetype destEnd;
    qsizetype titleBegin;
    qsizetype titleEnd;
    qsizetype end;
};

// One paragraph's inline text, with the scanners that decide what the bracket scan may skip.
// Indices are positions in the whole source; the subject simply ends at the paragraph's end.
class Subject
{
public:
    explicit Subject(QByteArrayView paragraph)
        : m_s(paragraph.data())
        , m_n(paragraph.size())
    { }

    qsizetype skipCodeSpan(qsizetype i);
    qsizetype matchPointyBrace(qsizetype i) const;
    std::optional<Tail> matchTail(qsizetype i) const;

private:
    qsizetype closingBackticks(qsizetype from, qsizetype length);
    qsizetype matchAutolinkUri(qsizetype i) const;
    qsizetype matchAutolinkEmail(qsizetype i) const;
    qsizetype matchHtmlTag(qsizetype i) const;
    qsizetype matchOpenTag(qsizetype i) const;
    qsizetype skipSpaceChars(qsizetype i) const
    {
        while (i < m_n && isSpaceChar(m_s[i]))
            ++i;
        return i;
    }
    qsizetype find(std::string_view needle, qsizetype from) const
    {
        return QByteArrayView(m_s, m_n).indexOf(
            QByteArrayView(needle.data(), qsizetype(needle.size())), from);
    }
    qsizetype scanAngleDestination(qsizetype i) const;
    qsizetype scanPlainDestination(qsizetype i) const;
    qsizetype scanTitle(qsizetype i) const;

    const char *m_s;
    qsizetype m_n;

    // libcmark's memory of backtick runs (scan_to_closing_backticks), kept exactly because it
    // changes results: once a search has run to the end, a later opener of length L gives up if
    // the last run of length L it recorded starts before it, even when a later search recorded
    // an earlier run of that length over a later one (so "``a ``b" after "`x ``y`" is no code
    // span in libcmark, unlike the spec). Zeroed only when the paragraph has a backtick.
    static constexpr qsizetype kMaxBackticks = 1000;
    bool m_backticksInitialised = false;
    bool m_scannedForBackticks = false;
    std::array<qsizetype, kMaxBackticks + 1> m_backticks;
};

// Index after the code span whose opening run starts at i, or after the run if it has no closer
// (then the backticks are literal and the scan goes on inside).
qsizetype Subject::skipCodeSpan(qsizetype i)
{
    qsizetype p = i;
    while (p < m_n && m_s[p] == '`')
        ++p;
    const qsizetype closer = closingBackticks(p, p - i);
    return closer >= 0 ? closer : p;
}

qsizetype Subject::closingBackticks(qsizetype from, qsizetype length)
{
    if (length > kMaxBackticks)
        return -1;
    if (!m_backticksInitialised) {
        m_backticks.fill(0);
        m_backticksInitialised = true;
    }
    if (m_scannedForBackticks && m_backticks[length] <= from)
        return -1;
    qsizetype p = from;
    while (true) {
        while (p < m_n && m_s[p] != '`')
            ++p;
        if (p >= m_n)
            break;
        const qsizetype start = p;
        while (p < m_n && m_s[p] == '`')
            ++p;
        const qsizetype run = p - start;
        if (run <= kMaxBackticks)
            m_backticks[run] = start;
        if (run == length)
            return p;
    }
    m_scannedForBackticks = true;
    return -1;
}

// Autolinks and raw HTML bind more tightly than link brackets: index after the one starting at
// the '<' at i, or -1.
qsizetype Subject::matchPointyBrace(qsizetype i) const
{
    if (const qsizetype end = matchAutolinkUri(i + 1); end > 0)
        return end;
    if (const qsizetype end = matchAutolinkEmail(i + 1); end > 0)
        return end;
    return matchHtmlTag(i + 1);
}

// scheme ":" [^ \x00-\x20 < >]* ">" with a scheme of 2-32 characters.
qsizetype Subject::matchAutolinkUri(qsizetype i) const
{
    if (i >= m_n || !isAsciiAlpha(m_s[i]))
        return -1;
    qsizetype j = i + 1;
    while (j < m_n && (isAsciiAlnum(m_s[j]) || m_s[j] == '.' || m_s[j] == '+' || m_s[j] == '-'))
        ++j;
    if (j - i < 2 || j - i > 32 || j >= m_n || m_s[j] != ':')
        return -1;
    ++j;
    while (j < m_n && uchar(m_s[j]) > 0x20 && m_s[j] != '<' && m_s[j] != '>')
        ++j;
    return j < m_n && m_s[j] == '>' ? j + 1 : -1;
}

qsizetype Subject::matchAutolinkEmail(qsizetype i) const
{
    constexpr std::string_view localSpecials = ".!#$%&'*+/=?^_`{|}~-";
    qsizetype j = i;
    while (j < m_n
           && (isAsciiAlnum(m_s[j]) || localSpecials.find(m_s[j]) != std::string_view::npos))
        ++j;
    if (j == i || j >= m_n || m_s[j] != '@')
        return -1;
    ++j;
    // Labels of 1-63 alphanumerics or hyphens, not starting or ending with a hyphen. A label is
    // followed by '.' or '>', neither of which it can contain, so it is the whole maximal run.
    while (true) {
        const qsizetype label = j;
        while (j < m_n && (isAsciiAlnum(m_s[j]) || m_s[j] == '-'))
            ++j;
        if (j == label || j - label > 63 || m_s[label] == '-' || m_s[j - 1] == '-')
            return -1;
        if (j < m_n && m_s[j] == '>')
            return j + 1;
        if (j >= m_n || m_s[j] != '.')
            return -1;
        ++j;
    }
}

// Raw HTML as libcmark 0.30 scans it (scanners.re): open and closing tags, comments, processing
// instructions, declarations (libcmark still wants "<!" + upper-case letters + white space) and
// CDATA. `i` is just after '<'; returns the index after the tag or -1.
qsizetype Subject::matchHtmlTag(qsizetype i) const
{
    if (i >= m_n)
        return -1;
    const char c = m_s[i];
    if (isAsciiAlpha(c))
        return matchOpenTag(i);
    if (c == '/') {
        qsizetype j = i + 1;
        if (j >= m_n || !isAsciiAlpha(m_s[j]))
            return -1;
        while (j < m_n && (isAsciiAlnum(m_s[j]) || m_s[j] == '-'))
            ++j;
        j = skipSpaceChars(j);
        return j < m_n && m_s[j] == '>' ? j + 1 : -1;
    }
    const QByteArrayView rest(m_s + i, m_n - i);
    if (rest.startsWith("!--")) {
        const qsizetype text = i + 3;
        const QByteArrayView body(m_s + text, m_n - text);
        if (body.startsWith("-->"))
            return text + 3;
        if (body.startsWith(">") || body.startsWith("->"))
            return -1;
        // The text may not contain "--", so the first "--" has to be the closing "-->".
        const qsizetype dashes = find("--", text);
        return dashes >= 0 && dashes + 2 < m_n && m_s[dashes + 2] == '>' ? dashes + 3 : -1;
    }
    if (c == '?' || rest.startsWith("![CDATA[")) {
        // "?" ([^?>] | "?"[^>] | ">")* "?>" and "![CDATA[" ([^\]] | "]"[^\]] | "]]"[^>])* "]]>":
        // re2c takes the longest match, and a closer can be swallowed by the two-character
        // alternatives ("<?a??>b?>" is one instruction), so walk the small automaton they form
        // and keep the last place a closer could follow.
        const bool pi = c == '?';
        const char mark = pi ? '?' : ']';
        const std::string_view closer = pi ? "?>" : "]]>";
        qsizetype j = i + (pi ? 1 : 8);
        qsizetype end = -1;
        int state = 0; // characters of a two/three-character alternative already taken
        while (j < m_n) {
            if (state == 0
                && QByteArrayView(m_s + j, m_n - j)
                       .startsWith(QByteArrayView(closer.data(), qsizetype(closer.size()))))
                end = j + qsizetype(closer.size());
            const char d = m_s[j];
            if (state == 0) {
                state = d == mark ? 1 : 0;
            } else if (pi) {
                if (d == '>')
                    break;
                state = 0;
            } else if (state == 1) {
                state = d == ']' ? 2 : 0;
            } else {
                if (d == '>')
                    break;
                state = 0;
            }
            ++j;
        }
        return end;
    }
    if (c == '!' && i + 1 < m_n && m_s[i + 1] >= 'A' && m_s[i + 1] <= 'Z') {
        qsizetype j = i + 1;
        while (j < m_n && m_s[j] >= 'A' && m_s[j] <= 'Z')
            ++j;
        if (j >= m_n || !isSpaceChar(m_s[j]))
            return -1;
        const qsizetype close = find(">", j);
        return close >= 0 ? close + 1 : -1;
    }
    return -1;
}

qsizetype Subject::matchOpenTag(qsizetype i) const
{
    const auto isAttributeStart = [](char c) {
        return isAsciiAlpha(c) || c == '_' || c == ':';
    };
    const auto isAttributeChar = [](char c) {
        return isAsciiAlnum(c) || c == '_' || c == ':' || c == '.' || c == '-';
    };
    qsizetype j = i + 1;
    while (j < m_n && (isAsciiAlnum(m_s[j]) || m_s[j] == '-'))
        ++j;
    while (true) {
        qsizetype k = skipSpaceChars(j);
        if (k == j || k >= m_n || !isAttributeStart(m_s[k]))
            break;
        ++k;
        while (k < m_n && isAttributeChar(m_s[k]))
            ++k;
        // An "=" makes the value mandatory; without one the spaces belong to what follows.
        qsizetype v = skipSpaceChars(k);
        if (v < m_n && m_s[v] == '=') {
            v = skipSpaceChars(v + 1);
            if (v >= m_n)
                return -1;
            if (m_s[v] == '"' || m_s[v] == '\'') {
                const qsizetype close = find(std::string_view(&m_s[v], 1), v + 1);
                if (close < 0)
                    return -1;
                v = close + 1;
            } else {
                constexpr std::string_view excluded = " \t\r\n\v\f\"'=<>`";
                const qsizetype value = v;
                while (v < m_n && m_s[v] != '\0' && excluded.find(m_s[v]) == std::string_view::npos)
                    ++v;
                if (v == value)
                    return -1;
            }
            k = v;
        }
        j = k;
    }
    j = skipSpaceChars(j);
    if (j < m_n && m_s[j] == '/')
        ++j;
    return j < m_n && m_s[j] == '>' ? j + 1 : -1;
}

// The "(destination title)" part, as libcmark's handle_close_bracket reads it: `i` is just
// after ']'.
std::optional<Tail> Subject::matchTail(qsizetype i) const
{
    if (i >= m_n || m_s[i] != '(')
        return std::nullopt;
    const qsizetype destBegin = skipSpaceChars(i + 1);
    const qsizetype destEnd = destBegin < m_n && m_s[destBegin] == '<'
        ? scanAngleDestination(destBegin)
        : scanPlainDestination(destBegin);
    if (destEnd < 0)
        return std::nullopt;
    const qsizetype titleBegin = skipSpaceChars(destEnd);
    // A title needs white space before it; "(<a>"t")" is not a link.
    const qsizetype titleEnd
        = titleBegin == destEnd ? titleBegin : titleBegin + scanTitle(titleBegin);
    const qsizetype close = skipSpaceChars(titleEnd);
    if (close >= m_n || m_s[close] != ')')
        return std::nullopt;
    return Tail{destBegin, destEnd, titleBegin, titleEnd, close + 1};
}

// "<...>" without line endings or unescaped '<'. Like libcmark, a backslash always skips the
// next byte here, so "\" before a line ending lets the destination run on (a libcmark quirk;
// the spec forbids line endings). Returns the index after '>' or -1.
qsizetype Subject::scanAngleDestination(qsizetype i) const
{
    qsizetype j = i + 1;
    while (j < m_n) {
        const char c = m_s[j];
        if (c == '>')
            return j + 1 < m_n ? j + 1 : -1;
        if (c == '\\') {
            // libcmark sees "\r\n" as the "\n" its block parser made of it.
            j += (j + 2 < m_n && m_s[j + 1] == '\r' && m_s[j + 2] == '\n') ? 3 : 2;
            continue;
        }
        if (c == '<' || isLineEnd(c))
            return -1;
        ++j;
    }
    return -1;
}

// A run without white space whose unescaped parentheses balance, nested at most 32 deep as in
// libcmark. ASCII control characters other than white space are accepted, as libcmark 0.30 does
// (the spec excludes them). Empty is fine when ')' follows at once. Returns its end or -1.
qsizetype Subject::scanPlainDestination(qsizetype i) const
{
    qsizetype j = i;
    int depth = 0;
    while (j < m_n) {
        const char c = m_s[j];
        if (c == '\\' && j + 1 < m_n && isAsciiPunct(static_cast<unsigned char>(m_s[j + 1]))) {
            j += 2;
        } else if (c == '(') {
            if (++depth > 32)
                return -1;
            ++j;
        } else if (c == ')') {
            if (depth == 0)
                break;
            --depth;
            ++j;
        } else if (isSpaceChar(c)) {
            break;
        } else {
            ++j;
        }
    }
    return j < m_n && depth == 0 ? j : -1;
}

// Length of the title starting at i (0 if none). libcmark matches ["] (\\punct | [^"])* ["] (and
// the ' and (...) forms) with re2c, which takes the longest match: a backslash may also be a
// plain character, so an escaped closer ends the title if no unescaped one follows
// ("\"t\\\")" has the title "t\"). An unescaped closer always ends it; in the (...) form an
// unescaped '(' stops the scan.
qsizetype Subject::scanTitle(qsizetype i) const
{
    if (i >= m_n)
        return 0;
    const char open = m_s[i];
    if (open != '"' && open != '\'' && open != '(')
        return 0;
    const char close = open == '(' ? ')' : open;
    qsizetype lastEscapedCloser = -1;
    for (qsizetype j = i + 1; j < m_n; ++j) {
        const char c = m_s[j];
        const bool afterBackslash = j - 1 > i && m_s[j - 1] == '\\';
        if (c == close) {
            if (!afterBackslash)
                return j + 1 - i;
            lastEscapedCloser = j;
        } else if (c == '(' && open == '(' && !afterBackslash) {
            break;
        }
    }
    return lastEscapedCloser >= 0 ? lastEscapedCloser + 1 - i : 0;
}

InlineLink makeLink(QByteArrayView source, qsizetype open, qsizetype close, const Tail &tail)
{
    InlineLink link;
    link.open = open;
    link.textBegin = open + 1;
    link.textEnd = close;
    link.destBegin = tail.destBegin;
    link.destEnd = tail.destEnd;
    link.end = tail.end;

    QByteArrayView dest = source.sliced(tail.destBegin, tail.destEnd - tail.destBegin);
    if (!dest.isEmpty() && dest.front() == '<')
        dest = dest.sliced(1, dest.size() - 2);
    // cmark_clean_url trims before resolving anything.
    while (!dest.isEmpty() && isSpaceChar(dest.front()))
        dest = dest.sliced(1);
    while (!dest.isEmpty() && isSpaceChar(dest.back()))
        dest.chop(1);
    link.destination = decode(dest, true);

    if (tail.titleEnd - tail.titleBegin >= 2)
        link.title
            = decode(source.sliced(tail.titleBegin + 1, tail.titleEnd - tail.titleBegin - 2), true);
    return link;
}

// One run of the bracket algorithm below: the openers still on the stack and the link or image
// found so far.
struct BracketScan
{
    struct Opener
    {
        qsizetype bracket;
        bool image;
    };

    QByteArrayView source;
    qsizetype end;
    bool allowImages;
    qsizetype only;
    Subject subject{source.first(end)};
    QVarLengthArray<Opener, 32> openers{};
    // Link openers below this stack index are inactive. Deactivation always covers the whole
    // stack below the new link, so one mark stands in for a flag per opener.
    qsizetype activeFrom = 0;
    std::optional<InlineLink> first{}; // allowImages: the earliest-starting link or image so far

    qsizetype skipOrOpen(qsizetype i);
    bool closeBracket(qsizetype i, qsizetype *next, std::optional<InlineLink> *answer);
    bool settles(const Opener &opener, qsizetype close, const Tail &tail,
                 std::optional<InlineLink> *answer);
};

// Past an escape, a code span or an autolink or tag (inside which no bracket counts), or an
// opener pushed.
qsizetype BracketScan::skipOrOpen(qsizetype i)
{
    const char *const s = source.data();
    switch (s[i]) {
    case '\\':
        return i + ((i + 1 < end && isAsciiPunct(static_cast<unsigned char>(s[i + 1]))) ? 2 : 1);
    case '`':
        return subject.skipCodeSpan(i);
    case '<': {
        const qsizetype tagEnd = subject.matchPointyBrace(i);
        return tagEnd > 0 ? tagEnd : i + 1;
    }
    case '!':
        if (i + 1 < end && s[i + 1] == '[') {
            openers.append({i + 1, true});
            return i + 2;
        }
        return i + 1;
    case '[':
        openers.append({i, false});
        return i + 1;
    }
    return i + 1;
}

// A ']' pops the nearest opener and tries the "(...)" tail after it. True when that settles the
// scan, with its `answer`; else the scan goes on from `next`.
bool BracketScan::closeBracket(qsizetype i, qsizetype *next, std::optional<InlineLink> *answer)
{
    if (openers.isEmpty()) {
        *next = i + 1;
        return false;
    }
    const Opener opener = openers.back();
    const bool active = opener.image || openers.size() - 1 >= activeFrom;
    openers.removeLast();
    activeFrom = std::min(activeFrom, openers.size());
    const std::optional<Tail> tail = active ? subject.matchTail(i + 1) : std::nullopt;
    if (!tail) {
        if (opener.bracket == only) {
            *answer = std::nullopt;
            return true;
        }
        *next = i + 1;
        return false;
    }
    if (!opener.image)
        activeFrom = openers.size();
    if (settles(opener, i, *tail, answer))
        return true;
    *next = tail->end;
    return false;
}

// Whether the link or image just closed answers the scan.
bool BracketScan::settles(const Opener &opener, qsizetype close, const Tail &tail,
                          std::optional<InlineLink> *answer)
{
    if (only >= 0) {
        if (opener.bracket == only) {
            *answer = makeLink(source, opener.bracket, close, tail);
            return true;
        }
        // A link inside the asked-for text: that text can no longer be a link.
        if (!opener.image) {
            *answer = std::nullopt;
            return true;
        }
    } else if (!allowImages) {
        // Links do not nest, so the first one to close is also the first one to open.
        if (!opener.image) {
            *answer = makeLink(source, opener.bracket, close, tail);
            return true;
        }
    } else {
        // An image may contain a link and a link an image: an opener still on the stack
        // from before the best candidate could close around it, so wait for that.
        if (!first || opener.bracket < first->open)
            first = makeLink(source, opener.bracket, close, tail);
        if (openers.isEmpty() || openers.front().bracket > first->open) {
            *answer = std::move(first);
            return true;
        }
    }
    return false;
}

// CommonMark's bracket algorithm (spec 6.3 and appendix "look for link or image") over one
// paragraph from `from`: '[' and '![' push openers; ']' pops the nearest one and tries the
// "(...)" tail; a link found deactivates every link opener before it, because links cannot
// contain links. With `only` >= 0 the scan answers for the opener at that index alone.
std::optional<InlineLink> scanParagraph(QByteArrayView source, qsizetype from, qsizetype end,
                                        bool allowImages, qsizetype only)
{
    BracketScan scan{source, end, allowImages, only};
    const char *const s = source.data();
    qsizetype i = from;
    while (i < end) {
        while (i < end && !kSpecial[static_cast<unsigned char>(s[i])])
            ++i;
        if (i >= end)
            break;
        if (s[i] != ']') {
            i = scan.skipOrOpen(i);
            continue;
        }
        std::optional<InlineLink> answer;
        if (scan.closeBracket(i, &i, &answer))
            return answer;
    }
    return std::move(scan.first);
}

bool looksLikeReference(QStringView text, qsizetype ampersand)
{
    // Conservative: anything that could be read as a reference is escaped, whether or not a
    // given renderer knows the name ("&AMP;" is HTML5 and libcmark resolves it).
    qsizetype j = ampersand + 1;
    if (j < text.size() && text[j] == u'#')
        return true;
    while (j < text.size() && text[j].unicode() < 0x80 && isAsciiAlnum(char(text[j].unicode())))
        ++j;
    return j > ampersand + 1 && j < text.size() && text[j] == u';';
}

} // namespace

// The scan starts at `open` as if a paragraph began there: what precedes it (a code span that
// is still open, a '!' making it an image) is not looked at; the caller asked for a link there.
std::optional<InlineLink> parseInlineLinkAt(QByteArrayView source, qsizetype open)
{
    if (open < 0 || open >= source.size() || source[open] != '[')
        return std::nullopt;
    return scanParagraph(source, open, paragraphEnd(source, open), false, open);
}

// `source` is inline text: one paragraph, or several separated by blank lines. Other block
// structure (list markers, "> " quote prefixes, headings' "#", code blocks, tables) is not
// interpreted, and `from` should be where inline parsing is neutral: a paragraph's start or the
// end of the previous link. Resuming at a link's end starts a fresh bracket stack, so a link
// inside an image's destination after an earlier link ("![ [a](b) ](<[c](d)>)") is reported
// although CommonMark has none there; reference links "[text][ref]" are not resolved.
std::optional<InlineLink> findInlineLink(QByteArrayView source, qsizetype from, bool allowImages)
{
    qsizetype pos = std::max<qsizetype>(from, 0);
    while (pos < source.size()) {
        const qsizetype end = paragraphEnd(source, pos);
        if (auto link = scanParagraph(source, pos, end, allowImages, -1))
            return link;
        pos = end + 1;
    }
    return std::nullopt;
}

QString unescape(QByteArrayView source)
{
    return decode(source, false);
}

QString unescapeText(QByteArrayView source)
{
    const qsizetype n = source.size();
    if (!source.contains('\\') && !source.contains('&'))
        return QString::fromUtf8(source);
    QString out;
    out.reserve(n);
    qsizetype pending = 0;
    // The pieces are cut at ASCII bytes, so each is whole UTF-8.
    const auto flush = [&](qsizetype upTo) {
        if (upTo > pending)
            out += QString::fromUtf8(source.sliced(pending, upTo - pending));
    };
    qsizetype i = 0;
    while (i < n) {
        const char c = source[i];
        if (c == '\\' && i + 1 < n) {
            const char next = source[i + 1];
            if (isAsciiPunct(static_cast<unsigned char>(next)) || isLineEnd(next)) {
                flush(i);
                // The escaped character stays (and is pending text); a hard break's backslash goes.
                i += 1;
                pending = i;
                if (!isLineEnd(next))
                    ++i;
                continue;
            }
        }
        if (c == '&') {
            char32_t codePoint = 0;
            if (const qsizetype length = matchReference(source, i, &codePoint)) {
                flush(i);
                if (QChar::requiresSurrogates(codePoint)) {
                    out += QChar(QChar::highSurrogate(codePoint));
                    out += QChar(QChar::lowSurrogate(codePoint));
                } else {
                    out += QChar(char16_t(codePoint));
                }
                i += length;
                pending = i;
                continue;
            }
        }
        ++i;
    }
    flush(n);
    return out;
}

QString escapeText(QStringView text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8 + 8);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\r':
            if (i + 1 < n && text[i + 1] == u'\n')
                ++i;
            Q_FALLTHROUGH();
        case u'\n':
            // A line break would be a soft break at best and end the paragraph at worst.
            result.append(u' ');
            continue;
        case u'\\':
        case u'[':
        case u']':
        case u'*':
        case u'_':
        case u'`':
        case u'<':
        case u'>':
        // GitHub (cmark-gfm) reads ~text~ as strikethrough.
        case u'~':
            result.append(u'\\');
            break;
        case u'!':
            if (i + 1 < n && text[i + 1] == u'[')
                result.append(u'\\');
            break;
        case u'&':
            if (looksLikeReference(text, i))
                result.append(u'\\');
            break;
        default:
            break;
        }
        result.append(c);
    }
    // "** x**" is not strong emphasis: a delimiter run next to white space cannot open or close
    // it. As a numeric reference the space still reads as a space but no longer touches "**".
    const auto isFlankingSpace = [](QChar c) {
        return c.isSpace();
    };
    if (!result.isEmpty() && isFlankingSpace(result.back())) {
        const QChar last = result.back();
        result.chop(1);
        result += u"&#"_s + QString::number(last.unicode()) + u';';
    }
    if (!result.isEmpty() && isFlankingSpace(result.front()))
        result.replace(0, 1, u"&#"_s + QString::number(result.front().unicode()) + u';');
    return result;
}

QString escapeDestination(QStringView url)
{
    const qsizetype n = url.size();
    // Pair the parentheses as the destination scanner will: unmatched ones, and pairs nested
    // deeper than libcmark's limit of 32, are percent-encoded so that the scanner sees a
    // balanced run; the matched ones stay as they are (the Cell URLs "S0896-6273(20)30705-4").
    QVarLengthArray<bool, 256> encodeParen(n);
    std::fill(encodeParen.begin(), encodeParen.end(), false);
    {
        struct Open
        {
            qsizetype index;
            bool tooDeep;
        };
        QVarLengthArray<Open, 32> stack;
        qsizetype kept = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (url[i] == u'(') {
                const bool tooDeep = kept >= 32;
                if (tooDeep)
                    encodeParen[i] = true;
                else
                    ++kept;
                stack.append({i, tooDeep});
            } else if (url[i] == u')') {
                if (stack.isEmpty()) {
                    encodeParen[i] = true;
                    continue;
                }
                const Open open = stack.back();
                stack.removeLast();
                if (open.tooDeep)
                    encodeParen[i] = true;
                else
                    --kept;
            }
        }
        for (const Open &open : stack)
            encodeParen[open.index] = true;
    }

    const auto percentEncoded = [&](qsizetype i) {
        const char16_t c = url[i].unicode();
        return c <= 0x20 || c == 0x7F || ((c == u'(' || c == u')') && encodeParen[i]);
    };
    QString result;
    result.reserve(n + 8);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = url[i].unicode();
        if (percentEncoded(i)) {
            constexpr char hex[] = "0123456789ABCDEF";
            result.append(u'%');
            result.append(QLatin1Char(hex[c >> 4]));
            result.append(QLatin1Char(hex[c & 0xF]));
        } else if (c == u'\\') {
            // A backslash is literal unless punctuation follows in the output, and the closing
            // ')' follows the last character; double it only then, to keep URLs as written.
            const bool punctNext
                = i + 1 >= n || percentEncoded(i + 1) || isAsciiPunct(url[i + 1].unicode());
            result.append(u'\\');
            if (punctNext)
                result.append(u'\\');
        } else if (c == u'&' && looksLikeReference(url, i)) {
            // libcmark resolves references before backslash escapes in a destination, so "\&"
            // would not protect it; "&amp;" does.
            result.append(u"&amp;"_s);
        } else if (c == u'<' && i == 0) {
            // A leading '<' would start the <...> form.
            result.append(u"\\<"_s);
        } else {
            result.append(url[i]);
        }
    }
    return result;
}

} // namespace Curator::Markdown
