#include "readmereader.h"

#include "identifier.h"
#include "markdown/blocks.h"
#include "markdown/entryforms.h"
#include "markdown/inlinelink.h"

#include <QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

namespace Curator::Markdown {

namespace {

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

QString foldWhite(QString s)
{
    return s.simplified();
}

// Venue and year from what follows the link: "Venue (Year)", ", Venue, (2019)", "(2017). ".
void parseTail(QByteArrayView block, qsizetype b, qsizetype e, EntrySpans *parts)
{
    Span t = trimmedSpan(block, b, e);
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
            parts->year = trimmedSpan(block, k + 1, close - 1);
            venueEnd = k;
        }
    }
    Span v = trimmedSpan(block, t.begin, venueEnd);
    qsizetype vb = v.begin, ve = v.end();
    if (vb < ve && (block[vb] == ',' || block[vb] == ';'))
        ++vb;
    while (ve > vb && block[ve - 1] == ',')
        --ve;
    parts->venue = trimmedSpan(block, vb, ve);
}

bool isBoldText(QByteArrayView text, Span *inner, qsizetype offset)
{
    Span t = trimmedSpan(text, 0, text.size());
    if (t.size < 5)
        return false;
    QByteArrayView v = text.sliced(t.begin, t.size);
    if (!v.startsWith("**") || !v.endsWith("**"))
        return false;
    *inner = {offset + t.begin + 2, t.size - 4};
    return true;
}

} // namespace

Span trimmedSpan(QByteArrayView src, qsizetype b, qsizetype e)
{
    while (b < e && isWhite(src[b]))
        ++b;
    while (e > b && isWhite(src[e - 1]))
        --e;
    return {b, e - b};
}

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
    const int lvl = atxHeadingLevel(line);
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

qsizetype ownTextEnd(QByteArrayView block)
{
    qsizetype nl = block.indexOf('\n');
    while (nl >= 0 && nl + 1 < block.size()) {
        const qsizetype b = nl + 1;
        qsizetype e = block.indexOf('\n', b);
        const qsizetype end = e < 0 ? block.size() : e;
        QByteArrayView line = block.sliced(b, end - b);
        if (line.endsWith('\r'))
            line.chop(1);
        // Blank lines and indented paragraphs ("    *Authors*") are still the item's own text;
        // a nested item is not.
        if (listItemContent(line) >= 0)
            return b;
        nl = e;
    }
    return block.size();
}

namespace {

// Whether the link's whole text is bold (the seed's title link); `inner` is then the text
// inside the markers.
bool isBoldLink(QByteArrayView block, const InlineLink &link, Span *inner)
{
    const QByteArrayView text = block.sliced(link.textBegin, link.textEnd - link.textBegin);
    return isBoldText(text, inner, link.textBegin);
}

// "- [Name](url) - Description", when the link is followed by a separator or nothing.
std::optional<EntrySpans> separatedBullet(QByteArrayView block, const InlineLink &link)
{
    qsizetype r = link.end;
    while (r < block.size() && isWhite(block[r]))
        ++r;
    // The separator before the description: "-", "–", "—" or ":". Other text
    // after the link (", Authors, Venue 2021", "[[code]](…)") is read by its parts.
    bool separated = r >= block.size();
    if (r < block.size() && (block[r] == '-' || block[r] == ':')) {
        ++r;
        separated = true;
    } else if (block.sliced(r).startsWith("\xE2\x80\x93")
               || block.sliced(r).startsWith("\xE2\x80\x94")) {
        r += 3;
        separated = true;
    }
    if (!separated)
        return std::nullopt;
    EntrySpans parts;
    parts.form = EntryForm::Bullet;
    parts.title = trimmedSpan(block, link.textBegin, link.textEnd);
    parts.destination = {link.destBegin, link.destEnd - link.destBegin};
    parts.url = link.destination;
    parts.venue = trimmedSpan(block, r, block.size());
    return parts;
}

// The seed's form: the first link whose whole text is bold is the title.
std::optional<EntrySpans> boldLinkEntry(QByteArrayView block, qsizetype start)
{
    qsizetype from = start;
    while (auto link = findInlineLink(block, from)) {
        Span inner;
        if (isBoldLink(block, *link, &inner)) {
            EntrySpans parts;
            parts.form = EntryForm::Paper;
            parts.authors = trimmedSpan(block, start, link->open);
            parts.title = inner;
            parts.destination = {link->destBegin, link->destEnd - link->destBegin};
            parts.url = link->destination;
            parseTail(block, link->end, block.size(), &parts);
            return parts;
        }
        from = link->end;
    }
    return std::nullopt;
}

// Older entries have a bold title and no link: "Authors **Title** Venue (Year)". In a list
// item a link after the title ("**Title.** ICLR 2020. [paper](…)") is read by its parts.
std::optional<EntrySpans> boldTitleEntry(QByteArrayView block, qsizetype start, bool bullet)
{
    const qsizetype bold = block.indexOf("**", start);
    if (bold < 0 || (bullet && block.sliced(start).contains("](")))
        return std::nullopt;
    const qsizetype close = block.indexOf("**", bold + 2);
    if (close <= bold + 2 || block.sliced(start, close - start).contains("]("))
        return std::nullopt;
    EntrySpans parts;
    parts.form = EntryForm::Paper;
    parseTail(block, close + 2, block.size(), &parts);
    if (parts.year.isEmpty() || yearFrom(QString::fromUtf8(parts.year.in(block))) <= 0)
        return std::nullopt;
    parts.authors = trimmedSpan(block, start, bold);
    parts.title = trimmedSpan(block, bold + 2, close);
    return parts;
}

} // namespace

std::optional<EntrySpans> parseEntryBlock(QByteArrayView whole, BlockContext context)
{
    Span all = trimmedSpan(whole, 0, whole.size());
    if (all.isEmpty())
        return std::nullopt;
    const char first = whole[all.begin];
    if (first == '<' && isHtmlRow(whole))
        return parseHtmlRow(whole);
    if (context == BlockContext::TableRow
        || (first == '|' && !whole.sliced(all.begin, all.size).contains('\n')))
        return parseTableRow(whole);
    const qsizetype firstLineEnd = whole.indexOf('\n') < 0 ? whole.size() : whole.indexOf('\n');
    const qsizetype itemContent = listItemContent(whole.sliced(0, firstLineEnd));
    const bool bullet = itemContent >= 0;
    qsizetype start = all.begin;
    if (bullet) {
        start = itemContent;
    } else if (first == '>' || first == '<' || first == '|' || first == '#' || first == '`') {
        return std::nullopt;
    }
    // A list item's own text: its nested items are read only when its own text has no link.
    const qsizetype ownEnd = bullet ? ownTextEnd(whole) : whole.size();
    const QByteArrayView block = whole.first(ownEnd);

    if (bullet && start < block.size() && block[start] == '[') {
        Span inner;
        if (auto link = parseInlineLinkAt(block, start);
            link && !isBoldLink(block, *link, &inner)) {
            if (link->destination.isEmpty() || link->destination.startsWith(u'#'))
                return std::nullopt; // a table of contents, not a resource
            if (auto parts = separatedBullet(block, *link))
                return parts;
        }
    }
    if (auto parts = boldLinkEntry(block, start))
        return parts;
    if (auto parts = boldTitleEntry(block, start, bullet))
        return parts;
    return parseLooseEntry(whole, start, ownEnd, !bullet);
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
    // "[ICLR 2024]": a venue tag that carries the year.
    if (f.year == 0 && (parts.form == EntryForm::Row || parts.form == EntryForm::Loose))
        f.year = yearFrom(f.venue);
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
    if (f.year == 0 && (parts.form == EntryForm::Row || parts.form == EntryForm::Loose))
        f.year = yearFrom(QString::fromUtf8(f.venue));
    if (!f.url.isEmpty()) {
        const LinkIdentifiers ids
            = Identifier::fromUrl(plainDest ? QString::fromUtf8(f.url) : parts.url);
        f.doi = ids.doi.toUtf8();
        f.arxivId = ids.arxivId.toUtf8();
    }
    return f;
}

namespace {

// The source without its BOM, with the conventions writing it back must keep; an error when
// the file is not a text file at all.
std::optional<Diagnostic> takeSource(const QByteArray &data, ParsedReadme &doc)
{
    QByteArray src = data;
    if (src.startsWith("\xEF\xBB\xBF")) {
        doc.bom = true;
        src.remove(0, 3);
    }
    if (src.trimmed().isEmpty())
        return Diagnostic{
            0, QCoreApplication::translate("Curator::ReadmeReader", "The file is empty.")};
    if (const qsizetype bad = firstInvalidUtf8(src); bad >= 0) {
        const int line = int(QByteArrayView(src).first(bad).count('\n')) + 1;
        return Diagnostic{
            line,
            src.at(bad) == 0
                ? QCoreApplication::translate("Curator::ReadmeReader",
                                              "The file holds a NUL byte: it is not a "
                                              "text file.")
                : QCoreApplication::translate("Curator::ReadmeReader",
                                              "The file is not valid UTF-8 (byte %1 of "
                                              "this line); was it saved in another "
                                              "encoding, or cut short?")
                      .arg(bad - (QByteArrayView(src).first(bad).lastIndexOf('\n') + 1) + 1)};
    }
    doc.source = src;
    const QByteArrayView s(doc.source);
    doc.finalNewline = s.endsWith('\n');
    if (const qsizetype nl = s.indexOf('\n'); nl > 0 && s[nl - 1] == '\r')
        doc.eol = "\r\n";
    return std::nullopt;
}

// The reader's blocks: headings, entries, and text that is neither.
enum class Kind { Heading, Text };
struct ReaderBlock
{
    Kind kind;
    size_t first, last; // line range, inclusive
    std::optional<EntrySpans> entry;
    int level = 0; // headings
    bool looseParagraph = false; // a paragraph read by its parts (kept only in company)
};

// parseEntryBlock() reads a block on its own; the document keeps offsets into the whole source.
void shiftSpans(EntrySpans &p, qsizetype by)
{
    for (Span *sp : {&p.authors, &p.title, &p.destination, &p.venue, &p.year})
        sp->begin += by;
}

// Turns the blocks cmark-gfm (or the quick scan) found into the reader's blocks, deciding which
// of them are entries.
struct BlockReader
{
    QByteArrayView s;
    const std::vector<Line> &lines;
    const std::vector<Markdown::Block> &found;
    QList<Diagnostic> &warnings;
    std::vector<ReaderBlock> blocks{};
    int coveredUntil = -1; // the last line of the list item taken whole as an entry

    std::vector<ReaderBlock> read();
    void readParagraph(size_t k, QByteArrayView text, ReaderBlock &out);
    void readListItem(size_t k, QByteArrayView text, ReaderBlock &out);
    bool nestsTwoEntries(size_t k) const;
    bool ownEntry(const Markdown::Block &b) const;
    int fieldListAfter(size_t k) const;
    void splitHtmlRows(const Markdown::Block &b);
    size_t htmlRowEnd(size_t l, size_t last) const;
    void warnIfCutOff(const Markdown::Block &b, QByteArrayView text);

    QByteArrayView textOf(const Markdown::Block &b) const
    {
        const qsizetype from = lines[size_t(b.first)].begin;
        return s.sliced(from, lines[size_t(b.last)].end - from);
    }
};

std::vector<ReaderBlock> BlockReader::read()
{
    blocks.reserve(found.size() + 4);
    for (size_t k = 0; k < found.size(); ++k) {
        const Markdown::Block &b = found[k];
        if (b.first <= coveredUntil)
            continue;
        ReaderBlock out{Kind::Text, size_t(b.first), size_t(b.last), std::nullopt};
        const QByteArrayView text = textOf(b);
        switch (b.kind) {
        case BlockKind::Heading:
            out.kind = Kind::Heading;
            out.level = b.level;
            break;
        case BlockKind::Paragraph:
            readParagraph(k, text, out);
            break;
        case BlockKind::ListItem:
            readListItem(k, text, out);
            break;
        case BlockKind::TableRow:
            out.entry = parseEntryBlock(text, BlockContext::TableRow);
            break;
        case BlockKind::Html:
            if (text.contains("<tr") || text.contains("<TR")) {
                splitHtmlRows(b);
                continue;
            }
            break;
        default:
            break;
        }
        if (out.entry)
            shiftSpans(*out.entry, lines[out.first].begin);
        blocks.push_back(std::move(out));
    }
    return std::move(blocks);
}

void BlockReader::readParagraph(size_t k, QByteArrayView text, ReaderBlock &out)
{
    const Markdown::Block &b = found[k];
    bool withFieldList = false;
    out.entry = parseEntryBlock(text);
    if (!out.entry && findInlineLink(text).has_value() == false) {
        if (const int last = fieldListAfter(k); last >= 0) {
            const qsizetype from = lines[size_t(b.first)].begin;
            out.entry = parseEntryBlock(s.sliced(from, lines[size_t(last)].end - from));
            if (out.entry) {
                out.last = size_t(last);
                coveredUntil = last;
                withFieldList = true;
            }
        }
    }
    // A title with its list of links is evidence enough: it needs no company.
    out.looseParagraph = out.entry && out.entry->form == EntryForm::Loose && !withFieldList;
    if (!out.entry)
        warnIfCutOff(b, text);
}

void BlockReader::readListItem(size_t k, QByteArrayView text, ReaderBlock &out)
{
    const Markdown::Block &b = found[k];
    out.entry = parseEntryBlock(text);
    // A heading of a group ("- Vision", "- **Surveys**") with entries nested in it is
    // no entry: its link came from the first nested one.
    if (out.entry && b.childCount >= 2 && out.entry->destination.begin >= ownTextEnd(text)
        && nestsTwoEntries(k))
        out.entry.reset();
    if (out.entry)
        coveredUntil = b.last;
    else
        warnIfCutOff(b, text.first(ownTextEnd(text)));
    // A group's own lines stay text; its nested items follow as blocks of their own.
    if (!out.entry && b.childCount > 0)
        out.last = out.first;
}

bool BlockReader::nestsTwoEntries(size_t k) const
{
    int nestedEntries = 0;
    for (size_t c = k + 1; c < found.size() && found[c].first <= found[k].last; ++c) {
        if (found[c].parent == int(k) && ownEntry(found[c]) && ++nestedEntries >= 2)
            return true;
    }
    return false;
}

// Whether a list item's own text reads as an entry of its own (its nested items left out):
// "- [[Paper]](…)" under a title line is a field of that entry, not one more.
bool BlockReader::ownEntry(const Markdown::Block &b) const
{
    const QByteArrayView text = textOf(b);
    const QByteArrayView own = text.first(ownTextEnd(text));
    const auto parts = parseEntryBlock(own);
    if (!parts || isLinkLabel(parts->title.in(own)))
        return false;
    // "[[Python KarateClub]](…)": a paper's title has more words than a link's name.
    return parts->title.in(own).trimmed().count(' ') >= 2;
}

// A title paragraph with a list of its links below it ("**Title**", then "- Paper: https://…",
// "- Code: https://…"): the list's last line, or -1 when what follows is not such a list.
int BlockReader::fieldListAfter(size_t k) const
{
    int last = -1;
    int items = 0;
    for (size_t c = k + 1; c < found.size(); ++c) {
        const Markdown::Block &item = found[c];
        if (item.kind != BlockKind::ListItem)
            break;
        if (item.parent >= 0)
            continue;
        if (c == k + 1 && item.first > found[k].last + 2)
            break;
        if (last >= 0 && item.first > last + 2)
            break;
        if (ownEntry(item) || ++items > 8)
            return -1;
        last = item.last;
    }
    return last;
}

// An HTML table's rows, each from its "<tr" line to its "</tr>" line, are entries where
// they read as one; its other lines stay text.
void BlockReader::splitHtmlRows(const Markdown::Block &b)
{
    size_t textFrom = size_t(b.first);
    auto flushText = [&](size_t upTo) {
        if (upTo > textFrom)
            blocks.push_back({Kind::Text, textFrom, upTo - 1, std::nullopt});
    };
    for (size_t l = size_t(b.first); l <= size_t(b.last); ++l) {
        const QByteArrayView line = content(s, lines[l]).trimmed();
        if (!(line.startsWith("<tr") || line.startsWith("<TR")))
            continue;
        const size_t end = htmlRowEnd(l, size_t(b.last));
        if (end > size_t(b.last))
            break;
        const qsizetype from = lines[l].begin;
        auto entry = parseHtmlRow(s.sliced(from, lines[end].end - from));
        if (entry) {
            flushText(l);
            shiftSpans(*entry, from);
            blocks.push_back({Kind::Text, l, end, std::move(entry)});
            textFrom = end + 1;
        }
        l = end;
    }
    flushText(size_t(b.last) + 1);
}

// The line of the "</tr>" closing the row that starts on line `l`; past `last` when the block
// ends first.
size_t BlockReader::htmlRowEnd(size_t l, size_t last) const
{
    size_t end = l;
    while (end <= last) {
        const QByteArrayView e = content(s, lines[end]).trimmed();
        if (e.endsWith("</tr>") || e.endsWith("</TR>"))
            break;
        // A row left open ends where the next one starts, as a browser reads it.
        if (end > l && (e.startsWith("<tr") || e.startsWith("<TR"))) {
            --end;
            break;
        }
        ++end;
    }
    return end;
}

void BlockReader::warnIfCutOff(const Markdown::Block &b, QByteArrayView text)
{
    const QByteArrayView t = text.trimmed();
    if (t.contains("[**") && !t.startsWith('<') && !t.startsWith('>'))
        warnings.push_back(
            {b.first + 1,
             QCoreApplication::translate("Curator::ReadmeReader",
                                         "This paragraph looks like an entry, but its link "
                                         "could not be read (is it cut off?). It is kept as "
                                         "plain text.")});
}

// A paragraph read by its parts is an entry only beside others like it in its section: a
// lone one is an introduction or a note that happens to start with a link.
void dropLoneLooseParagraphs(std::vector<ReaderBlock> &blocks)
{
    for (size_t k = 0; k < blocks.size();) {
        size_t end = k + 1;
        while (end < blocks.size() && blocks[end].kind != Kind::Heading)
            ++end;
        const auto loose
            = std::count_if(blocks.begin() + qsizetype(k), blocks.begin() + qsizetype(end),
                            [](const ReaderBlock &b) { return b.looseParagraph; });
        if (loose < 2) {
            for (size_t j = k; j < end; ++j) {
                if (blocks[j].looseParagraph)
                    blocks[j].entry.reset();
            }
        }
        k = end;
    }
}

// The first heading is the list's title (kept in the header) when nothing but text follows
// it before the next heading, and no heading outranks it. SIZE_MAX when there is none.
size_t titleBlockOf(const std::vector<ReaderBlock> &blocks)
{
    size_t firstHeading = SIZE_MAX;
    int minLevel = 7;
    for (size_t k = 0; k < blocks.size(); ++k) {
        if (blocks[k].kind != Kind::Heading)
            continue;
        const int lvl = blocks[k].level;
        if (firstHeading == SIZE_MAX)
            firstHeading = k;
        else
            minLevel = std::min(minLevel, lvl);
    }
    if (firstHeading == SIZE_MAX || minLevel >= 7)
        return SIZE_MAX;
    bool entriesBelow = false;
    for (size_t k = firstHeading + 1; k < blocks.size(); ++k) {
        if (blocks[k].kind == Kind::Heading)
            break;
        if (blocks[k].entry)
            entriesBelow = true;
    }
    if (!entriesBelow && blocks[firstHeading].level <= minLevel)
        return firstHeading;
    return SIZE_MAX;
}

// Anchors (section headings and entries) own the text up to the next anchor.
struct Anchoring
{
    ParsedReadme &doc;
    QByteArrayView s;
    const std::vector<Line> &lines;
    qsizetype headerEnd = s.size();
    enum class Anchor { None, Section, Entry } lastAnchor = Anchor::None;

    void anchor(const std::vector<ReaderBlock> &blocks, size_t titleBlock);
    void closePrevious(qsizetype at);
    void addSection(const ReaderBlock &b, qsizetype from, qsizetype to);
    void addEntry(const ReaderBlock &b, qsizetype from, qsizetype to);
};

void Anchoring::anchor(const std::vector<ReaderBlock> &blocks, size_t titleBlock)
{
    qsizetype anchoredUntil = 0; // anchors never overlap: each owns text after the last one
    for (size_t k = 0; k < blocks.size(); ++k) {
        const ReaderBlock &b = blocks[k];
        const qsizetype from = lines[b.first].begin;
        const qsizetype to = lines[b.last].end;
        if (from < anchoredUntil)
            continue;
        if ((b.kind == Kind::Heading && k != titleBlock) || (b.entry && !doc.sections.isEmpty()))
            anchoredUntil = to;
        if (b.kind == Kind::Heading && k != titleBlock)
            addSection(b, from, to);
        else if (b.entry && !doc.sections.isEmpty())
            addEntry(b, from, to);
    }
    closePrevious(s.size());
    doc.header = {0, headerEnd};
}

void Anchoring::closePrevious(qsizetype at)
{
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
}

void Anchoring::addSection(const ReaderBlock &b, qsizetype from, qsizetype to)
{
    closePrevious(from);
    ParsedSection sec;
    sec.heading = {from, to - from};
    sec.title = headingTitle(content(s, lines[b.first]));
    sec.level = b.level;
    sec.firstEntry = doc.entries.size();
    sec.line = int(b.first) + 1;
    sec.intro = {to, 0};
    doc.sections.push_back(sec);
    lastAnchor = Anchor::Section;
}

void Anchoring::addEntry(const ReaderBlock &b, qsizetype from, qsizetype to)
{
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

// Text after the document's last entry that is not white space is the list's trailer.
void splitOffTrailer(ParsedReadme &doc, QByteArrayView s)
{
    if (doc.entries.isEmpty() || doc.sections.isEmpty() || doc.sections.last().entryCount == 0) {
        doc.trailer = {s.size(), 0};
        return;
    }
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
}

} // namespace

ReadResult readReadme(const QByteArray &data, const ReadOptions &options)
{
    ReadResult result;
    ParsedReadme &doc = result.readme;
    if (std::optional<Diagnostic> error = takeSource(data, doc)) {
        result.ok = false;
        result.error = std::move(*error);
        return result;
    }
    const QByteArrayView s(doc.source);
    const std::vector<Line> lines = splitLines(s);
    const std::vector<Markdown::Block> found = readBlocks(s, lines, options.forceGfm);

    std::vector<ReaderBlock> blocks = BlockReader{s, lines, found, doc.warnings}.read();
    dropLoneLooseParagraphs(blocks);
    const size_t titleBlock = titleBlockOf(blocks);
    if (titleBlock != SIZE_MAX)
        doc.title = headingTitle(content(s, lines[blocks[titleBlock].first]));
    Anchoring{doc, s, lines}.anchor(blocks, titleBlock);
    splitOffTrailer(doc, s);
    result.ok = true;
    return result;
}

} // namespace Curator::Markdown
