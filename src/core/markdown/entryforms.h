#pragma once

#include "markdown/readmereader.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Curator::Markdown {

// The entry forms of paper lists beyond the seed's paragraph and the "- [Name](url) - …" bullet
// (readmereader.h): a table row, and a list item or paragraph read by what its parts look like.
// Offsets in the result are relative to `block`.

// `| 2024.07 | [**Title**](https://…) | NeurIPS | [code](https://…) |`: the title is the first
// link that is not a label ("code", "[pdf]", a badge), else the longest text cell; the year a
// cell holding a date; the venue a short text cell; authors a cell of names.
std::optional<EntrySpans> parseTableRow(QByteArrayView block);

// A row of an HTML table, its `<tr>` and `</tr>` on lines of their own or on one line: the
// title is the first link's text that is not a label, else the first cell of words that is not
// a date, a number or a category spanning rows (`rowspan`); the link the first to a paper; the
// year a cell holding a date.
std::optional<EntrySpans> parseHtmlRow(QByteArrayView block);

// Whether the block is one HTML table row ("<tr" first, a cell in it).
bool isHtmlRow(QByteArrayView block);

// A list item (from `contentBegin`, after its marker) or a paragraph (contentBegin 0) of any
// of the common shapes: a linked title with label links after it, a bold or quoted title with
// `[[Paper]](…)` links, a venue or date tag in front (`**[ICLR 2024]**`, `[2023/10]`,
// `2008-NIPS -`), italic or "et al." authors, a venue and year in the text after the title.
// `nested` is the text after the item's own lines (its nested items), searched for the link
// when the item's own text has none (a title line with `- [paper](…)` below it).
std::optional<EntrySpans> parseLooseEntry(QByteArrayView block, qsizetype contentBegin,
                                          qsizetype ownEnd, bool paragraph);

// A link of an entry besides its own: code, project page, slides, a badge.
struct ExtraLink
{
    QString label; // the link's text without brackets and emphasis ("Code", "Project Page")
    QString url;
    bool badge = false; // an image (a shields.io badge), or a link around one
};

// The links of an entry's text other than the entry's own (`ownUrl`), in order, each address
// once: what a list writes after the title (`[[Code]](…)`, `[project](…)`, `Code: https://…`,
// an HTML row's other `<a href>`), read from the entry's raw text as the README has it.
QList<ExtraLink> extraLinksOf(QByteArrayView raw, const QString &ownUrl);

// Whether a link's text names a kind of link ("Paper", "[code]", "PDF", "arXiv", "Project
// Page" …) rather than a paper.
bool isLinkLabel(QByteArrayView linkText);

} // namespace Curator::Markdown

namespace Curator::Markdown {

// The entry's own line as a template: its fields replaced by {authors} {title} {url} {venue}
// {year}; label links, badges and cells that hold no field dropped; a numbered item's number
// made 1. Empty for entries of more than one line, and where the result is no usable template.
QString entryTemplateOf(QByteArrayView source, const ParsedEntry &entry);

// The template of one entry's text on its own (parseEntryBlock, then entryTemplateOf).
QString entryTemplateOfText(QByteArrayView raw);

// What kind of block a template or an entry's text makes: a table row ('r'), an HTML table
// row ('h'), a list item ('i') or a paragraph ('p').
char blockKindOf(QByteArrayView text);

// The list's own grammar: the template most of its entries are written in, when at least two
// entries and a tenth of them share it; otherwise empty (the list keeps the default template).
QString dominantTemplate(const ParsedReadme &readme);

} // namespace Curator::Markdown
