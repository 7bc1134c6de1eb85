#pragma once

#include "markdown/readmereader.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Curator {

class Store;

struct ImportOptions
{
    QString listName; // empty: the README's title, else the file's name
    QString sourcePath; // recorded with the list
    // Import even when entry-like paragraphs cannot be read (they are kept as text), and
    // replace entries edited in the store since the last export.
    bool force = false;
};

struct ImportReport
{
    bool ok = false;
    QString error; // when !ok: what went wrong, in words for the user
    int errorLine = 0; // the README line the error is about, 0 when none
    qint64 listId = 0;
    QString listName;
    bool createdList = false;
    int sections = 0;
    int entries = 0;
    int added = 0; // entries new to the store
    int updated = 0; // entries matched to ones the store had
    int removed = 0; // entries the store had that the README no longer has
    QList<Markdown::Diagnostic> warnings;
};

// Reads a README into a list (created, or updated in place when a list of that name exists:
// entries are matched by their text, DOI, arXiv id or title, so their ids and the metadata the
// README lacks are kept). One transaction: a failed import leaves the store as it was.
ImportReport importReadme(Store &store, const QByteArray &data, const ImportOptions &options);

// The same from a file, with clear messages for files that cannot be read.
ImportReport importReadmeFile(Store &store, const QString &path, ImportOptions options);

// Largest README that is read (a list of 100,000 entries is about 22 MB).
constexpr qint64 MaxReadmeBytes = 128 * 1024 * 1024;

struct ExportResult
{
    bool ok = false;
    QString error;
    QByteArray data;
    int rendered = 0; // entries written from their fields (edited or new)
    // The text each rendered entry was written as, to record after a successful write.
    QList<QPair<qint64, QByteArray>> renderedEntries;
    // Where each entry's text stands in `data` (byte offsets, end exclusive), in README order: a
    // link check tells which entry a link belongs to.
    struct EntrySpan
    {
        qint64 id = 0;
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    QList<EntrySpan> entrySpans;
};

// The list's README: entries untouched since import exactly as they came in, edited and new ones
// rendered from their fields with the list's template.
ExportResult exportReadme(Store &store, qint64 listId);

// Writes the README atomically (QSaveFile) and records what was written, so that the entries
// written from their fields count as unedited afterwards.
bool exportReadmeToFile(Store &store, qint64 listId, const QString &path, QString *error);

} // namespace Curator
