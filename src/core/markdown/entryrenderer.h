#pragma once

#include "entry.h"

#include <QByteArray>
#include <QString>

namespace Curator::Markdown {

// The seed list's form (FORMAT.md): the default template of a new list.
QString defaultEntryTemplate();

// The placeholders a template may use.
QStringList templatePlaceholders(); // {authors} {title} {url} {venue} {year}

// An explanation of what is wrong with a template, or an empty string when it is usable.
QString checkTemplate(const QString &entryTemplate);

// One entry rendered from its fields with a template, as one line without a line ending. Fields
// are escaped so that they cannot break the markdown; parts left empty are dropped cleanly
// (no "()" for a missing year, no double spaces).
QString renderEntry(const EntryFields &fields, const QString &entryTemplate);

// The markdown an edited entry is written as, with its line ending. When the entry's original
// text still reads as an entry, only the parts whose fields changed are replaced — the small diff
// a careful human would make; otherwise the template renders it afresh.
QByteArray rerenderEntry(const QByteArray &originalRaw, const EntryFields &fields,
                         const QString &entryTemplate, const QByteArray &eol);

// A new entry's text made to sit among its neighbours: where the entry beside it is a list item
// (at any depth), the new one becomes an item at that depth ("    * " before it, its other lines
// indented to match), so that it neither ends nor joins the list around it.
QByteArray fitToNeighbour(const QByteArray &rendered, QByteArrayView neighbourRaw);

} // namespace Curator::Markdown
