#pragma once

#include "authorformat.h"
#include "entry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Curator {
class Store;
}

// A list's papers as citations (issue 18): BibTeX for LaTeX users, CSL-JSON for citeproc
// (pandoc, Zotero), CSV for spreadsheets. Pure but for exportList(), which reads the store.
namespace Curator::Citations {

enum class Format { BibTeX, CslJson, Csv };
// "bibtex", "csljson", "csv"
std::optional<Format> formatFromName(const QString &name);
QString formatName(Format format);
QString fileSuffix(Format format); // "bib", "json", "csv"

struct Item
{
    QString key; // lastnameYEARfirstword, unique within the export
    EntryFields fields;
    QList<PersonName> authors; // structured, or parsed from the README's text
    bool moreAuthors = false; // the README cut the author list short ("...", "et al.")
    QString section;

    bool isPreprint() const; // only on arXiv (or bioRxiv/medRxiv): no journal or proceedings
};

// The citation items of entries in README order: authors parsed, keys made unique by "a", "b", …
// in that order, so that a key stays the same as long as the entries before it do.
QList<Item> itemsOf(const QList<Entry> &entries, const QHash<qint64, QString> &sectionTitles);

// The key's parts: the first author's family name and the title's first significant word, each
// folded to lowercase ASCII letters ("Schölkopf" → "scholkopf"), and the year.
QString baseKey(const Item &item);

QByteArray toBibTeX(const QList<Item> &items);
QByteArray toCslJson(const QList<Item> &items);
QByteArray toCsv(const QList<Item> &items);
QByteArray write(const QList<Item> &items, Format format);

// BibTeX's special characters escaped, and the title's capitals kept in braces.
QString bibEscaped(const QString &text);
QString bibTitle(const QString &title);

// The list's entries in the format, or nothing with *error set.
std::optional<QByteArray> exportList(Store &store, qint64 listId, Format format, QString *error);
// The same written atomically (QSaveFile) to `path`.
bool exportListToFile(Store &store, qint64 listId, Format format, const QString &path,
                      QString *error);

} // namespace Curator::Citations
