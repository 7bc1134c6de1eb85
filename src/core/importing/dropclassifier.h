#pragma once

#include "identifier.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

class QMimeData;

namespace Curator {

// One thing the user dropped or pasted, and what the importer should do with it.
struct DropItem
{
    enum class Kind {
        PdfFile, // a local file whose name ends in ".pdf" (any case): inspect it
        // Any other local path. Whether it is a folder (to expand) or a file is a question for
        // the disk, which the classifier never asks: the caller looks.
        LocalFile,
        Identifier, // a DOI or arXiv id, bare or in a URL (then `url` is set too)
        Url, // any other http(s) address: hand it to recognizeLink()
        // Dropped but not importable (javascript:, data:, mailto:, a relative link, a limit
        // reached, text without any link or identifier). `reason` says why, for the report.
        Unsupported,
    };

    Kind kind = Kind::Unsupported;
    QString path; // PdfFile, LocalFile: the local path
    QUrl url; // Url, and Identifier when it came from a URL
    RecognizedId id; // Identifier
    QString source; // the dropped text this item came from (cut to 200 characters)
    QString reason; // Unsupported: translated
};

// Bounds on what one drop may cost: a pasted column of 10,000 ids is plenty, and a 4 MB text
// is far beyond any list while still quick to scan. Past a bound the rest is ignored and a last
// Unsupported item says so.
inline constexpr qsizetype kMaxDropItems = 10000;
inline constexpr qsizetype kMaxDropTextChars = 4 * 1024 * 1024;

// Pure: reads only the mime data (no disk, no network). The richest format present wins, and
// the others (the same drop rendered differently) are not read: text/uri-list (or the platform's
// URL list), then Firefox's text/x-moz-url, then text/plain, then the links of text/html.
// Items keep the dropped order; the same paper (an arXiv id with and without version, a DOI in
// two cases, a DOI bare and in a URL) and the same URL or path come once. Of an arXiv id seen
// both with and without version, the item with the version is kept, at the first one's place.
QList<DropItem> classifyDrop(const QMimeData &mime);

// Pasted or dropped plain text: URLs and identifiers one per line or mixed into prose, file://
// URLs and absolute paths ending in ".pdf" on lines of their own. Prose words that are neither
// are skipped; a text with nothing importable gives one Unsupported item.
QList<DropItem> classifyText(QStringView text);

// What the command line's arguments or a file dialog's choice name. Unlike the functions above it
// looks at the disk: a path that exists is a file or a folder whatever its name, a name ending in
// ".pdf" that is not a link is a PDF even when missing (the import report then says so), and
// anything else is read as pasted text (a link, an identifier, a file:// URL). `source` is the
// argument as given.
QList<DropItem> itemsFromArguments(const QStringList &arguments);

} // namespace Curator
