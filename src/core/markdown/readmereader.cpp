#include "readmereader.h"

#include "identifier.h"
#include "markdown/inlinelink.h"

#include <QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

namespace Curator::Markdown {

namespace {

struct Line
{
    qsizetype begin; // first byte
    qsizetype contentEnd; // before the line ending
    qsizetype end; // after the line ending
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isWhite(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

QByteArrayView content(QByteArrayView src, const Line &l)
{
    return src.sliced(l.begin, l.contentEnd - l.begin);
}

bool isBlank(QByteArrayView s)
{
    for (char c : s) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

// Up to three spaces of indentation, as CommonMark allows before block markers.
qsizetype indentOf(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == ' ')
        ++i;
    return i;
}

int atxLevel(QByteArrayView s)
{
    const qsizetype i = indentOf(s);
    if (i > 3)
        return 0;
    qsizetype j = i;
    while (j < s.size() && s[j] == '#')
        ++j;
    const qsizetype n = j - i;
    if (n < 1 || n > 6)
        return 0;
    if (j < s.size() && !isSpace(s[j]))
        return 0;
    return int(n);
}

// A fence's character and length, or 0 when the line opens no code fence.
qsizetype fenceLength(QByteArrayView s, char *fenceChar)
{
    const qsizetype i = indentOf(s);
    if (i > 3 || i >= s.size() || (s[i] != '`' && s[i] != '~'))
        return 0;
    const char c = s[i];
    qsizetype j = i;
    while (j < s.size() && s[j] == c)
        ++j;
    if (j - i < 3)
        return 0;
    if (c == '`' && s.sliced(j).contains('`'))
        return 0; // an inline code span, not a fence
    *fenceChar = c;
    return j - i;
}

bool closesFence(QByteArrayView s, char fenceChar, qsizetype length)
{
    const qsizetype i = indentOf(s);
    if (i > 3)
        return false;
    qsizetype j = i;
    while (j < s.size() && s[j] == fenceChar)
        ++j;
    return j - i >= length && isBlank(s.sliced(j));
}

// Start of a list item's content, or -1. Only items at the left margin (indent <= 1) count:
// deeper ones belong to the item above them.
qsizetype listItemContent(QByteArrayView s)
{
    const qsizetype i = indentOf(s);
    if (i > 1 || i >= s.size())
        return -1;
    qsizetype j = i;
    if (s[j] == '-' || s[j] == '*' || s[j] == '+') {
        ++j;
    } else {
        while (j < s.size() && j - i < 9 && s[j] >= '0' && s[j] <= '9')
            ++j;
        if (j == i || j >= s.size() || (s[j] != '.' && s[j] != ')'))
            return -1;
        ++j;
    }
    if (j < s.size() && !isSpace(s[j]))
        return -1;
    while (j < s.size() && isSpace(s[j]))
        ++j;
    return j;
}

Span trimmed(QByteArrayView src, qsizetype b, qsizetype e)
{
    while (b < e && isWhite(src[b]))
        ++b;
    while (e > b && isWhite(src[e - 1]))
        --e;
    return {b, e - b};
}

QString foldWhite(QString s)
{
    return s.simplified();
}

// Venue and year from what follows the link: "Venue (Year)", ", Venue, (2019)", "(2017). ".
void parseTail(QByteArrayView block, qsizetype b, qsizetype e, EntrySpans *parts)
{
    Span t = trimmed(block, b, e);
    qsizetype end = t.end();
    // A period after the year's parentheses belongs to neither.
    qsizetype close = end;
    while (close > t.begin && (block[close - 1] == '.' || isWhite(block[close - 1])))
        --close;
    qsizetype venueEnd = end;
    if (close > t.begin && block[close - 1] == ')') {
        int depth = 0;
        qsizetype k = close - 1;
        for (; k >= t.begin; --k) {
            if (block[k] == ')')
                ++depth;
            else if (block[k] == '(' && --depth == 0)
                break;
        }
        if (k >= t.begin) {
            parts->year = trimmed(block, k + 1, close - 1);
            venueEnd = k;
        }
    }
    Span v = trimmed(block, t.begin, venueEnd);
    qsizetype vb = v.begin, ve = v.end();
    if (vb < ve && (block[vb] == ',' || block[vb] == ';'))
        ++vb;
    while (ve > vb && block[ve - 1] == ',')
        --ve;
    parts->venue = trimmed(block, vb, ve);
}

bool isBoldText(QByteArrayView text, Span *inner, qsizetype offset)
{
    Span t = trimmed(text, 0, text.size());
    if (t.size < 5)
        return false;
    QByteArrayView v = text.sliced(t.begin, t.size);
    if (!v.startsWith("**") || !v.endsWith("**"))
        return false;
    *inner = {offset + t.begin + 2, t.size - 4};
    return true;
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c >= 0x01 && c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0)
            return i;
        int len;
        unsigned int cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i; // cut in the middle of a character
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += len;
    }
    return -1;
}

int yearFrom(QStringView yearText)
{
    int found = 0;
    const qsizetype n = yearText.size();
    for (qsizetype i = 0; i + 4 <= n; ++i) {
        if (i > 0 && yearText[i - 1].isDigit())
            continue;
        if (i + 4 < n && yearText[i + 4].isDigit())
            continue;
        bool digits = true;
        int v = 0;
        for (int k = 0; k < 4; ++k) {
            const QChar c = yearText[i + k];
            if (c < u'0' || c > u'9') {
                digits = false;
                break;
            }
            v = v * 10 + (c.unicode() - u'0');
        }
        if (digits && v >= 1000 && v <= 2999)
            found = v;
    }
    return found;
}

QString headingTitle(QByteArrayView line, int *level)
{
    const int lvl = atxLevel(line);
    if (level)
        *level = lvl;
    qsizetype b = indentOf(line) + lvl;
    qsizetype e = line.size();
    while (e > b && isWhite(line[e - 1]))
        --e;
    // A closing sequence of '#' counts only after a space.
    qsizetype h = e;
    while (h > b && line[h - 1] == '#')
        --h;
    if (h < e && (h == b || isSpace(line[h - 1])))
        e = h;
    QByteArrayView text = line.sliced(b, e - b);

    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool image = text[i] == '!' && i + 1 < text.size() && text[i + 1] == '[';
        if (text[i] == '[' || image) {
            const qsizetype open = image ? i + 1 : i;
            if (auto link = parseInlineLinkAt(text, open)) {
                QByteArrayView inner
                    = text.sliced(link->textBegin, link->textEnd - link->textBegin);
                // Badges are images (or links around images): they are not part of the title.
                if (!image && !inner.trimmed().startsWith("!["))
                    out += unescape(inner);
                i = link->end;
                continue;
            }
        }
        qsizetype j = i + 1;
        while (j < text.size() && text[j] != '[' && text[j] != '!')
            ++j;
        out += unescape(text.sliced(i, j - i));
        i = j;
    }
    return out.simplified();
}

std::optional<EntrySpans> parseEntryBlock(QByteArrayView block)
{
    Span all = trimmed(block, 0, block.size());
    if (all.isEmpty())
        return std::nullopt;
    qsizetype start = all.begin;
    const char first = block[start];
    const qsizetype itemContent = listItemContent(
        block.sliced(0, block.indexOf('\n') < 0 ? block.size() : block.indexOf('\n')));
    const bool bullet = itemContent >= 0;
    if (bullet) {
        start = itemContent;
    } else if (first == '>' || first == '<' || first == '|' || first == '#' || first == '`') {
        return std::nullopt;
    }

    if (bullet && start < block.size() && block[start] == '[') {
        if (auto link = parseInlineLinkAt(block, start)) {
            Span inner;
            const QByteArrayView text
                = block.sliced(link->textBegin, link->textEnd - link->textBegin);
            if (!isBoldText(text, &inner, link->textBegin)) {
                if (link->destination.isEmpty() || link->destination.startsWith(u'#'))
                    return std::nullopt; // a table of contents, not a resource
                EntrySpans parts;
                parts.form = EntryForm::Bullet;
                parts.title = trimmed(block, link->textBegin, link->textEnd);
                parts.destination = {link->destBegin, link->destEnd - link->destBegin};
                parts.url = link->destination;
                qsizetype r = link->end;
                while (r < block.size() && isWhite(block[r]))
                    ++r;
                // The separator before the description: "-", "–", "—" or ":".
                if (r < block.size() && (block[r] == '-' || block[r] == ':')) {
                    ++r;
                } else if (block.sliced(r).startsWith("\xE2\x80\x93")
                           || block.sliced(r).startsWith("\xE2\x80\x94")) {
                    r += 3;
                }
                parts.venue = trimmed(block, r, block.size());
                return parts;
            }
        }
    }

    // The seed's form: the first link whose whole text is bold is the title.
    qsizetype from = start;
    while (auto link = findInlineLink(block, from)) {
        Span inner;
        const QByteArrayView text = block.sliced(link->textBegin, link->textEnd - link->textBegin);
        if (isBoldText(text, &inner, link->textBegin)) {
            EntrySpans parts;
            parts.form = EntryForm::Paper;
            parts.authors = trimmed(block, start, link->open);
            parts.title = inner;
            parts.destination = {link->destBegin, link->destEnd - link->destBegin};
            parts.url = link->destination;
            parseTail(block, link->end, block.size(), &parts);
            return parts;
        }
        from = link->end;
    }

    // Older entries have a bold title and no link: "Authors **Title** Venue (Year)".
    const qsizetype bold = block.indexOf("**", start);
    if (bold >= 0) {
        const qsizetype close = block.indexOf("**", bold + 2);
        if (close > bold + 2 && !block.sliced(start, close - start).contains("](")) {
            EntrySpans parts;
            parts.form = EntryForm::Paper;
            parseTail(block, close + 2, block.size(), &parts);
            if (!parts.year.isEmpty() && yearFrom(QString::fromUtf8(parts.year.in(block))) > 0) {
                parts.authors = trimmed(block, start, bold);
                parts.title = trimmed(block, bold + 2, close);
                return parts;
            }
        }
    }
    return std::nullopt;
}

EntryFields fieldsOf(QByteArrayView source, const EntrySpans &parts)
{
    EntryFields f;
    f.authors = foldWhite(unescapeText(parts.authors.in(source)));
    f.title = foldWhite(unescapeText(parts.title.in(source)));
    f.url = parts.url;
    f.venue = foldWhite(unescapeText(parts.venue.in(source)));
    f.yearText = QString::fromUtf8(parts.year.in(source)).simplified();
    f.year = yearFrom(f.yearText);
    if (!f.url.isEmpty()) {
        const LinkIdentifiers ids = Identifier::fromUrl(f.url);
        f.doi = ids.doi;
        f.arxivId = ids.arxivId;
    }
    return f;
}

namespace {

// The white space beyond ASCII that QString::simplified() folds too (QChar::isSpace: U+0085,
// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), by its UTF-8 bytes.
bool isUnicodeSpaceAt(QByteArrayView v, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return i + k < v.size() ? uchar(v[i + k]) : 0u;
    };
    switch (at(0)) {
    case 0xC2:
        return at(1) == 0x85 || at(1) == 0xA0;
    case 0xE1:
        return at(1) == 0x9A && at(2) == 0x80;
    case 0xE2:
        return (at(1) == 0x80
                && ((at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xA8 || at(2) == 0xA9
                    || at(2) == 0xAF))
            || (at(1) == 0x81 && at(2) == 0x9F);
    case 0xE3:
        return at(1) == 0x80 && at(2) == 0x80;
    }
    return false;
}

// True when the text reads as itself: no escapes or entities to resolve, no white space to fold
// (a no-break space included: fieldsOf() folds it, so the fast path must not keep it).
bool needsNoDecoding(QByteArrayView v, bool markdown)
{
    if (v.isEmpty())
        return true;
    // QString::fromUtf8() drops a leading U+FEFF, which may leave a leading space to trim.
    if (v.front() == ' ' || v.back() == ' ' || v.startsWith("\xEF\xBB\xBF"))
        return false;
    char prev = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'
            || (c == ' ' && prev == ' ') || (uchar(c) >= 0xC2 && isUnicodeSpaceAt(v, i)))
            return false;
        // Authors are decoded too, and "&" before a space ("Granier, A., & Senn, W.") starts no
        // reference: only "&#" or "&name" can.
        if (markdown && c == '&' && i + 1 < v.size()
            && (v[i + 1] == '#' || (v[i + 1] >= 'a' && v[i + 1] <= 'z')
                || (v[i + 1] >= 'A' && v[i + 1] <= 'Z') || (v[i + 1] >= '0' && v[i + 1] <= '9')))
            return false;
        if (markdown && c == '\\')
            return false;
        prev = c;
    }
    return true;
}

QByteArray view(QByteArrayView v)
{
    return QByteArray::fromRawData(v.data(), v.size());
}

} // namespace

Utf8Fields utf8FieldsOf(const QByteArray &source, const EntrySpans &parts)
{
    Utf8Fields f;
    const QByteArrayView s(source);
    const QByteArrayView authors = parts.authors.in(s);
    f.authors = needsNoDecoding(authors, true) ? view(authors)
                                               : foldWhite(unescapeText(authors)).toUtf8();
    const QByteArrayView title = parts.title.in(s);
    f.title = needsNoDecoding(title, true) ? view(title) : foldWhite(unescapeText(title)).toUtf8();
    const QByteArrayView dest = parts.destination.in(s);
    // A leading U+FEFF takes the slow path too: QString::fromUtf8() would drop it, and the
    // identifiers below must be read from the same text fieldsOf() reads them from.
    const bool plainDest = !dest.startsWith('<') && !dest.contains('\\') && !dest.contains('&')
        && !dest.startsWith("\xEF\xBB\xBF");
    f.url = plainDest ? view(dest) : parts.url.toUtf8();
    const QByteArrayView venue = parts.venue.in(s);
    f.venue = needsNoDecoding(venue, true) ? view(venue) : foldWhite(unescapeText(venue)).toUtf8();
    const QByteArrayView year = parts.year.in(s);
    const QString yearText
        = needsNoDecoding(year, false) ? QString() : QString::fromUtf8(year).simplified();
    f.yearText = yearText.isNull() ? view(year) : yearText.toUtf8();
    f.year = yearFrom(yearText.isNull() ? QString::fromUtf8(year) : yearText);
    if (!f.url.isEmpty()) {
        const LinkIdentifiers ids
            = Identifier::fromUrl(plainDest ? QString::fromUtf8(f.url) : parts.url);
        f.doi = ids.doi.toUtf8();
        f.arxivId = ids.arxivId.toUtf8();
    }
    return f;
}

ReadResult readReadme(const QByteArray &data)
{
    ReadResult result;
    ParsedReadme &doc = result.readme;
    auto fail = [&result](int line, const QString &message) {
        result.ok = false;
        result.error = {line, message};
        return result;
    };

    QByteArray src = data;
    if (src.startsWith("\xEF\xBB\xBF")) {
        doc.bom = true;
        src.remove(0, 3);
    }
    if (src.trimmed().isEmpty())
        return fail(0, QCoreApplication::translate("Curator::ReadmeReader", "The file is empty."));
    if (const qsizetype bad = firstInvalidUtf8(src); bad >= 0) {
        const int line = int(QByteArrayView(src).first(bad).count('\n')) + 1;
        return fail(
            line,
            src.at(bad) == 0
                ? QCoreApplication::translate("Curator::ReadmeReader",
                                              "The file holds a NUL byte: it is not a "
                                              "text file.")
                : QCoreApplication::translate("Curator::ReadmeReader",
                                              "The file is not valid UTF-8 (byte %1 of "
                                              "this line); was it saved in another "
                                              "encoding, or cut short?")
                      .arg(bad - (QByteArrayView(src).first(bad).lastIndexOf('\n') + 1) + 1));
    }
    doc.source = src;
    const QByteArrayView s(doc.source);
    doc.finalNewline = s.endsWith('\n');
    if (const qsizetype nl = s.indexOf('\n'); nl > 0 && s[nl - 1] == '\r')
        doc.eol = "\r\n";

    std::vector<Line> lines;
    lines.reserve(size_t(s.size() / 40 + 16));
    for (qsizetype b = 0; b < s.size();) {
        qsizetype nl = s.indexOf('\n', b);
        const qsizetype end = nl < 0 ? s.size() : nl + 1;
        qsizetype ce = nl < 0 ? s.size() : nl;
        if (ce > b && s[ce - 1] == '\r')
            --ce;
        lines.push_back({b, ce, end});
        b = end;
    }

    // Blocks: headings, fenced code, and text blocks (paragraphs, split into list items).
    enum class Kind { Heading, Text, Blank };
    struct Block
    {
        Kind kind;
        size_t first, last; // line range, inclusive
        std::optional<EntrySpans> entry;
    };
    std::vector<Block> blocks;
    blocks.reserve(lines.size() / 2 + 4);
    const size_t nLines = lines.size();
    for (size_t i = 0; i < nLines;) {
        const QByteArrayView c = content(s, lines[i]);
        if (isBlank(c)) {
            blocks.push_back({Kind::Blank, i, i, std::nullopt});
            ++i;
            continue;
        }
        if (atxLevel(c) > 0) {
            blocks.push_back({Kind::Heading, i, i, std::nullopt});
            ++i;
            continue;
        }
        char fc = 0;
        if (const qsizetype flen = fenceLength(c, &fc)) {
            size_t j = i + 1;
            while (j < nLines && !closesFence(content(s, lines[j]), fc, flen))
                ++j;
            const size_t last = j < nLines ? j : nLines - 1;
            blocks.push_back({Kind::Text, i, last, std::nullopt});
            i = last + 1;
            continue;
        }
        // A paragraph, or a run of list items, until a blank line, heading or fence.
        size_t j = i;
        size_t blockStart = i;
        auto flush = [&](size_t upto) {
            if (upto > blockStart)
                blocks.push_back({Kind::Text, blockStart, upto - 1, std::nullopt});
            blockStart = upto;
        };
        for (; j < nLines; ++j) {
            const QByteArrayView cj = content(s, lines[j]);
            char f2 = 0;
            if (isBlank(cj) || atxLevel(cj) > 0 || fenceLength(cj, &f2) > 0)
                break;
            if (j > blockStart && listItemContent(cj) >= 0)
                flush(j);
        }
        flush(j);
        i = j;
    }

    // Which text blocks are entries.
    for (Block &b : blocks) {
        if (b.kind != Kind::Text)
            continue;
        const qsizetype from = lines[b.first].begin;
        const qsizetype to = lines[b.last].end;
        const QByteArrayView text = s.sliced(from, to - from);
        b.entry = parseEntryBlock(text);
        if (b.entry) {
            EntrySpans &p = *b.entry;
            for (Span *sp : {&p.authors, &p.title, &p.destination, &p.venue, &p.year})
                sp->begin += from;
        } else if (text.contains("[**")) {
            doc.warnings.push_back(
                {int(b.first) + 1,
                 QCoreApplication::translate("Curator::ReadmeReader",
                                             "This paragraph looks like an entry, but its link "
                                             "could not be read (is it cut off?). It is kept as "
                                             "plain text.")});
        }
    }

    // The first heading is the list's title (kept in the header) when nothing but text follows
    // it before the next heading, and no heading outranks it.
    size_t titleBlock = SIZE_MAX;
    {
        size_t firstHeading = SIZE_MAX;
        int minLevel = 7;
        for (size_t k = 0; k < blocks.size(); ++k) {
            if (blocks[k].kind != Kind::Heading)
                continue;
            const int lvl = atxLevel(content(s, lines[blocks[k].first]));
            if (firstHeading == SIZE_MAX)
                firstHeading = k;
            else
                minLevel = std::min(minLevel, lvl);
        }
        if (firstHeading != SIZE_MAX && minLevel < 7) {
            const int lvl = atxLevel(content(s, lines[blocks[firstHeading].first]));
            bool entriesBelow = false;
            for (size_t k = firstHeading + 1; k < blocks.size(); ++k) {
                if (blocks[k].kind == Kind::Heading)
                    break;
                if (blocks[k].entry)
                    entriesBelow = true;
            }
            if (!entriesBelow && lvl <= minLevel)
                titleBlock = firstHeading;
        }
        if (titleBlock != SIZE_MAX) {
            const Line &l = lines[blocks[titleBlock].first];
            doc.title = headingTitle(content(s, l));
        }
    }

    // Anchors (section headings and entries) own the text up to the next anchor.
    qsizetype headerEnd = s.size();
    enum class Anchor { None, Section, Entry } lastAnchor = Anchor::None;
    auto closePrevious = [&](qsizetype at) {
        switch (lastAnchor) {
        case Anchor::None:
            headerEnd = at;
            break;
        case Anchor::Section: {
            ParsedSection &sec = doc.sections.last();
            sec.intro = {sec.heading.end(), at - sec.heading.end()};
            break;
        }
        case Anchor::Entry: {
            ParsedEntry &e = doc.entries.last();
            e.trail = {e.raw.end(), at - e.raw.end()};
            break;
        }
        }
    };
    for (size_t k = 0; k < blocks.size(); ++k) {
        const Block &b = blocks[k];
        const qsizetype from = lines[b.first].begin;
        const qsizetype to = lines[b.last].end;
        if (b.kind == Kind::Heading && k != titleBlock) {
            closePrevious(from);
            ParsedSection sec;
            sec.heading = {from, to - from};
            sec.title = headingTitle(content(s, lines[b.first]), &sec.level);
            sec.firstEntry = doc.entries.size();
            sec.line = int(b.first) + 1;
            sec.intro = {to, 0};
            doc.sections.push_back(sec);
            lastAnchor = Anchor::Section;
        } else if (b.entry && !doc.sections.isEmpty()) {
            closePrevious(from);
            ParsedEntry e;
            e.raw = {from, to - from};
            e.trail = {to, 0};
            e.parts = *b.entry;
            e.line = int(b.first) + 1;
            doc.entries.push_back(e);
            ++doc.sections.last().entryCount;
            lastAnchor = Anchor::Entry;
        }
    }
    closePrevious(s.size());
    doc.header = {0, headerEnd};

    // Text after the document's last entry that is not white space is the list's trailer.
    if (!doc.entries.isEmpty() && !doc.sections.isEmpty() && doc.sections.last().entryCount > 0) {
        ParsedEntry &last = doc.entries.last();
        qsizetype p = last.trail.begin;
        while (p < last.trail.end()) {
            const qsizetype nl = s.indexOf('\n', p);
            const qsizetype le = nl < 0 || nl >= last.trail.end() ? last.trail.end() : nl + 1;
            if (!isBlank(s.sliced(p, le - p).trimmed()))
                break;
            p = le;
        }
        if (p < last.trail.end()) {
            doc.trailer = {p, last.trail.end() - p};
            last.trail.size = p - last.trail.begin;
        } else {
            doc.trailer = {last.trail.end(), 0};
        }
    } else {
        doc.trailer = {s.size(), 0};
    }
    result.ok = true;
    return result;
}

} // namespace Curator::Markdown
