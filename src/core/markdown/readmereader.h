#pragma once

#include "entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Curator::Markdown {

// A byte range in the README's source (after any BOM).
struct Span
{
    qsizetype begin = 0;
    qsizetype size = 0;

    qsizetype end() const { return begin + size; }
    bool isEmpty() const { return size == 0; }
    QByteArrayView in(QByteArrayView source) const { return source.sliced(begin, size); }
};

enum class EntryForm {
    Paper, // Authors [**Title**](url) Venue (Year) — the seed's paragraph form
    Bullet, // - [Name](url) - Description.
    Row, // a table row: | 2024.07 | [**Title**](https://…) | NeurIPS | [code](https://…) |
    Loose, // a list item or paragraph read by its parts (entryforms.h)
    HtmlRow, // a row of an HTML table: <tr> <td>T5</td> … <a href="https://…">Paper</a> </tr>
};

// Where the parts of one entry stand in the source. Spans of absent parts are empty.
// [b, e) of `source` without the white space at either end.
Span trimmedSpan(QByteArrayView source, qsizetype b, qsizetype e);

struct EntrySpans
{
    EntryForm form = EntryForm::Paper;
    Span authors; // as written (escapes unresolved), trimmed
    Span title; // inside the bold markers (Paper) or the link text (Bullet)
    Span destination; // the link destination as written (with <> when used)
    Span venue; // trimmed, without a leading ',' or trailing ','
    Span year; // inside the last parentheses
    QString url; // the destination with escapes resolved
};

struct ParsedEntry
{
    Span raw; // the entry's own lines, through its last line ending
    Span trail; // blank lines and non-entry text up to the next entry or heading
    EntrySpans parts; // offsets relative to the whole source
    int line = 0; // 1-based line of the entry's first byte
};

struct ParsedSection
{
    int level = 1;
    QString title;
    Span heading; // the heading line with its line ending
    Span intro; // text between the heading and the first entry
    qsizetype firstEntry = 0; // index into ParsedReadme::entries
    qsizetype entryCount = 0;
    int line = 0;
};

struct Diagnostic
{
    int line = 0;
    QString message;
};

struct ParsedReadme
{
    QByteArray source; // the file without its BOM
    bool bom = false;
    QByteArray eol = "\n"; // the first line ending found
    bool finalNewline = true;
    Span header;
    Span trailer;
    QString title; // the list's title heading as plain text, when it has one
    QList<ParsedSection> sections;
    QList<ParsedEntry> entries;
    // Paragraphs that look like entries but could not be read as one (a link cut off, say).
    // They are kept verbatim as text; an import refuses them unless forced.
    QList<Diagnostic> warnings;
};

struct ReadResult
{
    bool ok = false;
    ParsedReadme readme;
    Diagnostic error; // when !ok
};

struct ReadOptions
{
    // Reads every document with cmark-gfm, never by the quick scan (tests compare the two).
    bool forceGfm = false;
};

// Reads a README as it is (FORMAT.md): everything is kept somewhere, so that writing the parts
// back in order gives the same bytes. Fails only on input that is not a text file (invalid
// UTF-8, NUL bytes) or is empty.
ReadResult readReadme(const QByteArray &data, const ReadOptions &options = {});

// How the reader came to a block: the same text reads differently as a table row.
enum class BlockContext { Any, TableRow };

// The entry inside one block of text (a paragraph, a list item with its nested lines, or a
// table row, as the reader splits them), or nothing when the block is not an entry. Offsets
// are relative to `block`.
std::optional<EntrySpans> parseEntryBlock(QByteArrayView block,
                                          BlockContext context = BlockContext::Any);

// Where a list item's own text ends: before its first nested item.
qsizetype ownTextEnd(QByteArrayView block);

// The fields of an entry, decoded from its spans.
EntryFields fieldsOf(QByteArrayView source, const EntrySpans &parts);

// The same fields as UTF-8. Where the source needs no decoding (no escapes, no runs of white
// space: nearly always) a field is a view into `source` (QByteArray::fromRawData), not a copy,
// so `source` must outlive the result. The import's fast path; equal to fieldsOf().
struct Utf8Fields
{
    QByteArray authors, title, url, venue, yearText, doi, arxivId;
    int year = 0;
};
Utf8Fields utf8FieldsOf(const QByteArray &source, const EntrySpans &parts);

// The year in a year text: the last four-digit number from 1000 to 2999, else 0.
int yearFrom(QStringView yearText);

// Offset of the first byte that is not valid UTF-8 (or a NUL), or -1 when all is well.
qsizetype firstInvalidUtf8(QByteArrayView data);

// The plain title of a heading line: markers, closing hashes, badges and images removed.
QString headingTitle(QByteArrayView headingLine, int *level = nullptr);

} // namespace Curator::Markdown
