#pragma once

// A contribution to a list read as entries, not lines (issue 17): what a changed README adds,
// removes and changes compared with the README it started from, and what a maintainer's review
// would say about each proposed entry. Pure: two READMEs in, the review out; the command line's
// `check` and the inbox both use it.

#include "entry.h"
#include "markdown/readmereader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Curator::Review {

// One entry as a README has it.
struct ListedEntry
{
    EntryFields fields;
    QByteArray raw; // its own lines, as written
    QString section; // the heading it stands under
    int sectionIndex = -1;
    int indexInSection = 0;
    int line = 0; // 1-based line of its first byte
    Markdown::EntryForm form = Markdown::EntryForm::Paper;
    QString entryTemplate; // Markdown::entryTemplateOf, empty when it has none
    int lineCount = 1;
};

struct EntryChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Added;
    std::optional<ListedEntry> before; // Removed, Changed
    std::optional<ListedEntry> after; // Added, Changed
    QString kindKey() const; // "added", "removed", "changed"
};

struct Finding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    // "grammar" (not written as the list writes entries, or not read as an entry at all),
    // "duplicate", "order" (not at its year's place), "section" (a blog among papers, say),
    // "malformed-link", "removed".
    QString code;
    int line = 0; // 1-based, in the new README
    int lastLine = 0; // the entry's last line, where it has more than one; else 0
    QString message;
    // The line(s) the entry should be, as the list would write them; empty when the fix is not
    // a replacement (a duplicate to drop, say).
    QString fix;
    QString severityKey() const; // "error", "warning"
};

struct ContributionReview
{
    QString error; // a README that could not be read at all; nothing else is filled then
    QString entryTemplate; // the list's own form, read from the old README
    QList<EntryChange> changes; // in the new README's order, removals last
    QList<Finding> findings; // by line
    int added() const;
    int removed() const;
    int changed() const;
    int errors() const;
    int warnings() const;
};

// An entry's fields as the list would write them: the web address inside a link written where
// the address belongs ("[https://…](https://…)") taken out, with the identifiers it names; a
// bullet's description not taken for a venue. Nothing when the link holds no web address. The
// review's fixes, a take-over and a fix-up all write entries this way.
std::optional<EntryFields> asTheListWrites(EntryFields fields, Markdown::EntryForm form);

// `base`: the README before the contribution (the pull request's merge base); `head`: after.
ContributionReview reviewContribution(const QByteArray &base, const QByteArray &head);

} // namespace Curator::Review
