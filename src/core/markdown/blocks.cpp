#include "blocks.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>

namespace Curator::Markdown {

std::vector<Line> splitLines(QByteArrayView s)
{
    std::vector<Line> lines;
    lines.reserve(size_t(s.size() / 40 + 16));
    for (qsizetype b = 0; b < s.size();) {
        const qsizetype nl = s.indexOf('\n', b);
        const qsizetype end = nl < 0 ? s.size() : nl + 1;
        qsizetype ce = nl < 0 ? s.size() : nl;
        if (ce > b && s[ce - 1] == '\r')
            --ce;
        lines.push_back({b, ce, end});
        b = end;
    }
    return lines;
}

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

int atxHeadingLevel(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == ' ')
        ++i;
    if (i > 3)
        return 0;
    qsizetype j = i;
    while (j < s.size() && s[j] == '#')
        ++j;
    const qsizetype n = j - i;
    if (n < 1 || n > 6 || (j < s.size() && !isSpace(s[j])))
        return 0;
    return int(n);
}

qsizetype listItemContent(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    if (i >= s.size())
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

namespace {

bool isBlank(QByteArrayView s)
{
    return std::all_of(s.begin(), s.end(), isSpace);
}

qsizetype spacesBefore(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == ' ')
        ++i;
    return i;
}

// A code fence's character and length (CommonMark: three or more, at most three spaces in; a
// backtick fence's info string holds no backtick), or 0.
qsizetype fenceOpen(QByteArrayView s, char *fenceChar)
{
    const qsizetype i = spacesBefore(s);
    if (i > 3 || i >= s.size() || (s[i] != '`' && s[i] != '~'))
        return 0;
    const char c = s[i];
    qsizetype j = i;
    while (j < s.size() && s[j] == c)
        ++j;
    if (j - i < 3 || (c == '`' && s.sliced(j).contains('`')))
        return 0;
    *fenceChar = c;
    return j - i;
}

bool fenceCloses(QByteArrayView s, char fenceChar, qsizetype length)
{
    const qsizetype i = spacesBefore(s);
    if (i > 3)
        return false;
    qsizetype j = i;
    while (j < s.size() && s[j] == fenceChar)
        ++j;
    return j - i >= length && isBlank(s.sliced(j));
}

// Setext underlines, thematic breaks and table delimiter rows are all made of these.
bool onlyRuleCharacters(QByteArrayView s)
{
    bool mark = false;
    for (char c : s) {
        if (c == '-' || c == '=' || c == '*' || c == '_')
            mark = true;
        else if (c != '|' && c != ':' && !isSpace(c))
            return false;
    }
    return mark;
}

bool startsWithCaseless(QByteArrayView s, QByteArrayView prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

// HTML blocks of kinds 1 to 5 (script, pre, style, textarea, comments, processing instructions,
// declarations, CDATA) run past blank lines: only cmark-gfm follows them.
bool startsLongHtmlBlock(QByteArrayView s)
{
    return s.startsWith("<!") || s.startsWith("<?") || startsWithCaseless(s, "<script")
        || startsWithCaseless(s, "<pre") || startsWithCaseless(s, "<style")
        || startsWithCaseless(s, "<textarea");
}

// CommonMark's sixth kind of HTML block start: "<" or "</", a block-level tag name, then white
// space, ">", "/>" or the line's end.
bool startsHtmlBlockOfKind6(QByteArrayView s)
{
    static constexpr const char *Names[]
        = {"address", "article",  "aside",   "base",     "basefont", "blockquote", "body",
           "caption", "center",   "col",     "colgroup", "dd",       "details",    "dialog",
           "dir",     "div",      "dl",      "dt",       "fieldset", "figcaption", "figure",
           "footer",  "form",     "frame",   "frameset", "h1",       "h2",         "h3",
           "h4",      "h5",       "h6",      "head",     "header",   "hr",         "html",
           "iframe",  "legend",   "li",      "link",     "main",     "menu",       "menuitem",
           "nav",     "noframes", "ol",      "optgroup", "option",   "p",          "param",
           "section", "source",   "summary", "table",    "tbody",    "td",         "tfoot",
           "th",      "thead",    "title",   "tr",       "track",    "ul"};
    if (!s.startsWith('<'))
        return false;
    qsizetype i = s.startsWith("</") ? 2 : 1;
    qsizetype j = i;
    while (j < s.size()
           && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')
               || (s[j] >= '0' && s[j] <= '9')))
        ++j;
    const QByteArrayView name = s.sliced(i, j - i);
    const bool known = std::any_of(std::begin(Names), std::end(Names), [&](const char *n) {
        return name.size() == qsizetype(qstrlen(n)) && startsWithCaseless(name, n);
    });
    if (!known)
        return false;
    return j == s.size() || isSpace(s[j]) || s[j] == '>' || s.sliced(j).startsWith("/>");
}

// "[label]: destination" starts a link reference definition, which is no paragraph.
bool mayDefineReference(QByteArrayView s)
{
    if (!s.startsWith('['))
        return false;
    const qsizetype close = s.indexOf("]:");
    return close > 1;
}

// The cells of a table line as GFM splits them (a leading and a trailing pipe are optional; an
// escaped pipe splits nothing), or -1 when the line is no delimiter row and `delimiter` is set.
int tableCells(QByteArrayView line, bool delimiter)
{
    QByteArrayView t = line.trimmed();
    if (t.startsWith('|'))
        t = t.sliced(1);
    if (t.endsWith('|') && !t.endsWith("\\|"))
        t.chop(1);
    int cells = 0;
    qsizetype begin = 0;
    for (qsizetype k = 0; k <= t.size(); ++k) {
        if (k < t.size() && t[k] == '\\') {
            ++k;
            continue;
        }
        if (k < t.size() && t[k] != '|')
            continue;
        ++cells;
        if (delimiter) {
            const QByteArrayView cell = t.sliced(begin, k - begin).trimmed();
            qsizetype a = cell.startsWith(':') ? 1 : 0;
            qsizetype b = cell.endsWith(':') && cell.size() > a ? cell.size() - 1 : cell.size();
            if (b <= a)
                return -1;
            for (qsizetype c = a; c < b; ++c) {
                if (cell[c] != '-')
                    return -1;
            }
        }
        begin = k + 1;
    }
    return cells;
}

// The quick scan's state. Each step takes a construct starting at line `i` and returns the line
// after it, or GiveUp when what it finds is cmark-gfm's to decide.
struct QuickScan
{
    static constexpr int GiveUp = -1;

    QByteArrayView s;
    const std::vector<Line> &lines;
    int n;
    std::vector<Block> blocks{};
    int tables = 0;

    QByteArrayView text(int i) const
    {
        return s.sliced(lines[size_t(i)].begin,
                        lines[size_t(i)].contentEnd - lines[size_t(i)].begin);
    }
    int takeHeading(int i, int level);
    int takeFencedCode(int i, char fc, qsizetype flen);
    bool startsTable(int i, QByteArrayView rest) const;
    int takeTable(int i, QByteArrayView rest);
    int takeTextRun(int i, QByteArrayView rest);
};

int QuickScan::takeHeading(int i, int level)
{
    Block b;
    b.kind = BlockKind::Heading;
    b.first = b.last = i;
    b.level = level;
    blocks.push_back(b);
    return i + 1;
}

int QuickScan::takeFencedCode(int i, char fc, qsizetype flen)
{
    int j = i + 1;
    while (j < n && !fenceCloses(text(j), fc, flen))
        ++j;
    Block b;
    b.kind = BlockKind::Code;
    b.first = i;
    b.last = std::min(j, n - 1);
    blocks.push_back(b);
    return b.last + 1;
}

bool QuickScan::startsTable(int i, QByteArrayView rest) const
{
    if (!(i + 1 < n && rest.contains('|') && !rest.startsWith('<') && !rest.startsWith('>')
          && !isBlank(text(i + 1))))
        return false;
    const QByteArrayView second = text(i + 1);
    return spacesBefore(second) <= 3 && onlyRuleCharacters(second.sliced(spacesBefore(second)))
        && second.contains('|');
}

// A table: a header line, a delimiter row of as many cells, then rows that each start
// with a pipe, up to a blank line (anything else after it is cmark-gfm's to decide).
int QuickScan::takeTable(int i, QByteArrayView rest)
{
    const int cells = tableCells(rest, false);
    if (cells < 1 || tableCells(text(i + 1), true) != cells)
        return GiveUp;
    const int table = tables++;
    Block header;
    header.kind = BlockKind::TableHeader;
    header.first = i;
    header.last = i + 1;
    header.table = table;
    blocks.push_back(header);
    int j = i + 2;
    for (; j < n && !isBlank(text(j)); ++j) {
        const QByteArrayView row = text(j);
        const qsizetype in = spacesBefore(row);
        // A line of pipes alone may end the table (cmark-gfm reads no row there).
        const bool content = std::any_of(
            row.begin(), row.end(), [](char c) { return c != '|' && !isSpace(c) && c != '\r'; });
        if (in > 3 || in >= row.size() || row[in] != '|' || !content
            || row.sliced(0, std::min(in + 1, row.size())).contains('\t'))
            return GiveUp;
        Block b;
        b.kind = BlockKind::TableRow;
        b.first = b.last = j;
        b.table = table;
        blocks.push_back(b);
    }
    return j;
}

// A run of text lines up to a blank line: a paragraph, or an HTML block or block quote
// of the same extent. An HTML block must open with a tag of CommonMark's sixth kind
// (<p>, <div>, <details> …: it then ends at the blank line, whatever it holds); quotes
// must mark every line (no lazy continuation); a paragraph may hold no line that could
// interrupt it. Anything else is left to cmark-gfm.
int QuickScan::takeTextRun(int i, QByteArrayView rest)
{
    const char lead = rest.front();
    if (lead == '<' && !startsHtmlBlockOfKind6(rest))
        return GiveUp;
    int j = i + 1;
    for (; j < n; ++j) {
        const QByteArrayView cj = text(j);
        if (isBlank(cj))
            break;
        if (lead == '<')
            continue;
        const qsizetype ij = spacesBefore(cj);
        const QByteArrayView rj = cj.sliced(std::min(ij, cj.size()));
        char f2 = 0;
        if (atxHeadingLevel(cj) > 0 || fenceOpen(cj, &f2) > 0)
            break;
        if (cj.sliced(0, std::min(ij + 1, cj.size())).contains('\t'))
            return GiveUp;
        if (lead == '>' && (ij > 3 || !rj.startsWith('>')))
            return GiveUp;
        if (ij <= 3 && lead != '>'
            && (listItemContent(rj) >= 0 || onlyRuleCharacters(rj) || rj.startsWith('<')
                || rj.startsWith('>')))
            return GiveUp;
    }
    Block b;
    b.kind
        = lead == '<' ? BlockKind::Html : (lead == '>' ? BlockKind::Other : BlockKind::Paragraph);
    b.first = i;
    b.last = j - 1;
    blocks.push_back(b);
    return j;
}

} // namespace

std::optional<std::vector<Block>> simpleBlocks(QByteArrayView s, const std::vector<Line> &lines)
{
    // cmark-gfm ends a line at a lone "\r" too; the scan knows only "\n" and "\r\n".
    for (qsizetype cr = s.indexOf('\r'); cr >= 0; cr = s.indexOf('\r', cr + 1)) {
        if (cr + 1 >= s.size() || s[cr + 1] != '\n')
            return std::nullopt;
    }
    // A form feed or vertical tab is white space to cmark-gfm's table extension ("\f---" under
    // a line makes a one-column table), not to the scan: such a document is cmark-gfm's to read.
    if (s.contains('\f') || s.contains('\v'))
        return std::nullopt;
    QuickScan scan{s, lines, int(lines.size())};
    int i = 0;
    while (i < scan.n) {
        const QByteArrayView c = scan.text(i);
        if (isBlank(c)) {
            ++i;
            continue;
        }
        // Tabs change indentation by columns; indented code, lists, rules and tables, long HTML
        // blocks and reference definitions are cmark-gfm's to decide.
        const qsizetype indent = spacesBefore(c);
        if (c.sliced(0, indent + (indent < c.size() ? 1 : 0)).contains('\t') || indent > 3)
            return std::nullopt;
        const QByteArrayView rest = c.sliced(indent);
        if (listItemContent(rest) >= 0 || onlyRuleCharacters(rest) || startsLongHtmlBlock(rest)
            || mayDefineReference(rest))
            return std::nullopt;
        char fc = 0;
        if (const int level = atxHeadingLevel(c))
            i = scan.takeHeading(i, level);
        else if (const qsizetype flen = fenceOpen(c, &fc))
            i = scan.takeFencedCode(i, fc, flen);
        else if (scan.startsTable(i, rest))
            i = scan.takeTable(i, rest);
        else
            i = scan.takeTextRun(i, rest);
        if (i == QuickScan::GiveUp)
            return std::nullopt;
    }
    return std::move(scan.blocks);
}

namespace {

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct IterDeleter
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

// Maps cmark's line numbers (it ends lines at "\n", "\r\n" and a lone "\r") to ours (at "\n").
class LineMap
{
public:
    LineMap(QByteArrayView s, const std::vector<Line> &lines)
        : m_lines(lines)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')))
                m_starts.push_back(i + 1);
        }
    }
    // Our 0-based line holding the start of cmark's 1-based line.
    int ours(int cmarkLine) const
    {
        if (m_lines.empty())
            return 0;
        const size_t k = size_t(std::clamp(cmarkLine, 1, int(m_starts.size())) - 1);
        const qsizetype offset = m_starts[k];
        auto it = std::upper_bound(m_lines.begin(), m_lines.end(), offset,
                                   [](qsizetype o, const Line &l) { return o < l.begin; });
        return std::max(0, int(it - m_lines.begin()) - 1);
    }

private:
    const std::vector<Line> &m_lines;
    std::vector<qsizetype> m_starts;
};

class GfmWalker
{
public:
    GfmWalker(QByteArrayView s, const std::vector<Line> &lines)
        : m_source(s)
        , m_lines(lines)
        , m_map(s, lines)
    { }

    std::vector<Block> walk(cmark_node *document)
    {
        for (cmark_node *n = cmark_node_first_child(document); n; n = cmark_node_next(n))
            topLevel(n);
        std::stable_sort(m_blocks.begin(), m_blocks.end(),
                         [](const Block &a, const Block &b) { return a.first < b.first; });
        return m_blocks;
    }

private:
    int firstLine(cmark_node *n) const { return m_map.ours(cmark_node_get_start_line(n)); }
    // The last line, less trailing blank lines (cmark counts some into lists and code).
    int lastLine(cmark_node *n, int first) const
    {
        int last = std::max(first, m_map.ours(cmark_node_get_end_line(n)));
        while (last > first && isBlank(text(last)))
            --last;
        return last;
    }
    QByteArrayView text(int i) const
    {
        const Line &l = m_lines[size_t(i)];
        return m_source.sliced(l.begin, l.contentEnd - l.begin);
    }

    void add(BlockKind kind, cmark_node *n)
    {
        Block b;
        b.kind = kind;
        b.first = firstLine(n);
        b.last = lastLine(n, b.first);
        m_blocks.push_back(b);
    }

    void topLevel(cmark_node *n)
    {
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HEADING) {
            add(BlockKind::Heading, n);
            m_blocks.back().level = cmark_node_get_heading_level(n);
        } else if (type == CMARK_NODE_PARAGRAPH) {
            add(BlockKind::Paragraph, n);
        } else if (type == CMARK_NODE_LIST) {
            list(n, -1);
        } else if (std::strcmp(cmark_node_get_type_string(n), "table") == 0) {
            // The table extension's node types are not exported; their names are.
            table(n);
        } else if (type == CMARK_NODE_CODE_BLOCK) {
            add(BlockKind::Code, n);
        } else if (type == CMARK_NODE_HTML_BLOCK) {
            add(BlockKind::Html, n);
        } else {
            add(BlockKind::Other, n);
        }
    }

    void list(cmark_node *listNode, int parent)
    {
        for (cmark_node *item = cmark_node_first_child(listNode); item;
             item = cmark_node_next(item)) {
            Block b;
            b.kind = BlockKind::ListItem;
            b.first = firstLine(item);
            b.last = lastLine(item, b.first);
            b.parent = parent;
            b.ownLast = b.first;
            cmark_node *own = cmark_node_first_child(item);
            if (own && cmark_node_get_type(own) == CMARK_NODE_PARAGRAPH)
                b.ownLast = std::max(b.first, lastLine(own, firstLine(own)));
            const int index = int(m_blocks.size());
            m_blocks.push_back(b);
            if (parent >= 0)
                ++m_blocks[size_t(parent)].childCount;
            for (cmark_node *c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
                if (cmark_node_get_type(c) == CMARK_NODE_LIST)
                    list(c, index);
            }
        }
    }

    void table(cmark_node *tableNode)
    {
        const int index = m_tables++;
        for (cmark_node *row = cmark_node_first_child(tableNode); row; row = cmark_node_next(row)) {
            Block b;
            b.table = index;
            b.first = firstLine(row);
            b.last = lastLine(row, b.first);
            if (std::strcmp(cmark_node_get_type_string(row), "table_header") == 0
                || cmark_gfm_extensions_get_table_row_is_header(row)) {
                b.kind = BlockKind::TableHeader;
                b.last = std::min(b.last + 1, int(m_lines.size()) - 1); // the delimiter row
            } else {
                b.kind = BlockKind::TableRow;
            }
            m_blocks.push_back(b);
        }
    }

    QByteArrayView m_source;
    const std::vector<Line> &m_lines;
    LineMap m_map;
    std::vector<Block> m_blocks;
    int m_tables = 0;
};

} // namespace

namespace {

std::unique_ptr<cmark_parser, ParserDeleter> gfmParser(int options,
                                                       std::initializer_list<const char *> names)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : names) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    return parser;
}

} // namespace

QByteArray gfmHtml(QByteArrayView s)
{
    // GitHub's extensions; raw HTML is kept (GitHub shows it, filtered by tagfilter and its
    // sanitizer), as the list's own <p align="center"> header needs.
    const int options = CMARK_OPT_UNSAFE | CMARK_OPT_GITHUB_PRE_LANG;
    auto parser = gfmParser(options, {"table", "strikethrough", "autolink", "tagfilter"});
    cmark_parser_feed(parser.get(), s.data(), size_t(s.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    if (!document)
        return {};
    char *html = cmark_render_html(document.get(), options,
                                   cmark_parser_get_syntax_extensions(parser.get()));
    QByteArray out(html);
    cmark_get_default_mem_allocator()->free(html);
    return out;
}

namespace {

bool isWebAddress(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

// href="…" and src="…" (either quote) in raw HTML, each with the line it is on.
void htmlLinks(const char *html, int firstLine, std::vector<DocumentLink> *out)
{
    const QByteArrayView text(html ? html : "");
    for (const QByteArrayView attribute : {QByteArrayView("href="), QByteArrayView("src=")}) {
        for (qsizetype at = 0; (at = text.indexOf(attribute, at)) >= 0; at += attribute.size()) {
            // Not the tail of another attribute's name ("data-src=").
            if (at > 0 && (std::isalnum(uchar(text[at - 1])) || text[at - 1] == '-'))
                continue;
            const qsizetype open = at + attribute.size();
            if (open >= text.size() || (text[open] != '"' && text[open] != '\''))
                continue;
            const qsizetype close = text.indexOf(text[open], open + 1);
            if (close < 0)
                continue;
            const QString url
                = QString::fromUtf8(text.sliced(open + 1, close - open - 1)).trimmed();
            if (isWebAddress(url))
                out->push_back({url, firstLine + int(text.first(at).count('\n')),
                                attribute.startsWith("src")});
        }
    }
}

} // namespace

std::vector<DocumentLink> linksIn(QByteArrayView source)
{
    std::vector<DocumentLink> out;
    const std::vector<Line> lines = splitLines(source);
    const LineMap map(source, lines);
    // cmark's line (a lone CR ends one too) as the README's 1-based line.
    const auto lineOf = [&map](cmark_node *node) {
        int line = cmark_node_get_start_line(node);
        // An autolink has no position of its own: its paragraph's, or the nearest above.
        for (cmark_node *p = node; line <= 0 && p; p = cmark_node_parent(p))
            line = cmark_node_get_start_line(p);
        return map.ours(line) + 1;
    };
    auto parser = gfmParser(CMARK_OPT_UNSAFE, {"table", "autolink"});
    cmark_parser_feed(parser.get(), source.data(), size_t(source.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    if (!document)
        return out;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(document.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const QString url = QString::fromUtf8(cmark_node_get_url(node)).trimmed();
            if (isWebAddress(url))
                out.push_back({url, lineOf(node), type == CMARK_NODE_IMAGE});
        } else if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            htmlLinks(cmark_node_get_literal(node), lineOf(node), &out);
        }
    }
    return out;
}

std::vector<Block> gfmBlocks(QByteArrayView s, const std::vector<Line> &lines)
{
    auto parser = gfmParser(CMARK_OPT_DEFAULT, {"table"});
    cmark_parser_feed(parser.get(), s.data(), size_t(s.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    if (!document)
        return {};
    return GfmWalker(s, lines).walk(document.get());
}

std::vector<Block> readBlocks(QByteArrayView s, const std::vector<Line> &lines, bool forceGfm)
{
    if (!forceGfm) {
        if (auto simple = simpleBlocks(s, lines))
            return std::move(*simple);
    }
    return gfmBlocks(s, lines);
}

} // namespace Curator::Markdown
