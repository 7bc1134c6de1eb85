#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace Curator::Markdown {

// One line of the source: [begin, contentEnd) is its text, [contentEnd, end) its line ending.
struct Line
{
    qsizetype begin;
    qsizetype contentEnd;
    qsizetype end;
};

std::vector<Line> splitLines(QByteArrayView source);

// The level of an ATX heading line ("## Papers": 2), or 0 when the line is none.
int atxHeadingLevel(QByteArrayView line);

// Where a list item's content starts on its first line, after its indentation, its marker
// ("- ", "* ", "+ ", "1. ", "1) ") and the white space after it; -1 when the line starts no item.
qsizetype listItemContent(QByteArrayView line);

// The blocks of a README that decide what can be an entry, as GitHub's renderer (cmark-gfm)
// sees them. Only what the reader needs is kept: the text between blocks (blank lines, block
// quotes, thematic breaks) is plain text to it.
enum class BlockKind {
    Heading,
    Paragraph, // at the document's top level (inside no list, quote or table)
    ListItem, // at any depth; `parent` is the item it is nested in
    TableHeader, // a table's header row with its delimiter row
    TableRow, // a table's body row
    Code, // fenced or indented: never an entry
    Html, // an HTML block (comments, <details>, <p align>…): never an entry
    Other, // block quotes, thematic breaks, link reference definitions
};

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    int first = 0; // 0-based line numbers, inclusive
    int last = 0;
    int level = 0; // headings: 1 to 6
    int parent = -1; // list items: the index of the item this one is nested in, else -1
    int ownLast = 0; // list items: the last line of the item's own text, before nested blocks
    int childCount = 0; // list items: items nested directly in this one
    int table = -1; // table rows and headers: which table of the document (0, 1, …)
};

// The document's blocks. A document of paragraphs, ATX headings and fenced code only (the seed
// list's shape, and its 100,000-entry synthetic kin) is read by a quick line scan that gives the
// same blocks cmark-gfm would; anything else (lists, tables, HTML comments, indented code,
// setext headings …) is parsed by cmark-gfm with GitHub's table extension. `forceGfm` skips the
// quick scan: the differential test and fuzz target compare the two.
std::vector<Block> readBlocks(QByteArrayView source, const std::vector<Line> &lines,
                              bool forceGfm = false);

// The quick scan alone: nothing when the document has a construct only cmark-gfm decides.
std::optional<std::vector<Block>> simpleBlocks(QByteArrayView source,
                                               const std::vector<Line> &lines);

// cmark-gfm's blocks.
std::vector<Block> gfmBlocks(QByteArrayView source, const std::vector<Line> &lines);

// A web address the document links to, as GitHub reads it (cmark-gfm with its autolink
// extension): Markdown links and images, bare URLs, and href/src attributes in raw HTML. Only
// http(s) addresses; each occurrence with its 1-based line. Nothing in code spans or code blocks.
struct DocumentLink
{
    QString url;
    int line = 0;
    bool image = false;
};
std::vector<DocumentLink> linksIn(QByteArrayView source);

// The HTML GitHub's renderer makes of a Markdown document (cmark-gfm with the table,
// strikethrough, autolink and tagfilter extensions; raw HTML kept), UTF-8.
QByteArray gfmHtml(QByteArrayView source);

} // namespace Curator::Markdown
