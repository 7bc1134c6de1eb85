#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Curator {

// What changed between two versions of a README, in the words of a commit message, a branch
// name and a pull request. Entries are compared, not lines: an entry that moved is no change
// of its own, an entry whose year was corrected is one edit.
struct ChangeSummary
{
    struct Item
    {
        QString title; // plain text
        QString authors; // as written in the README
        QString firstAuthorSurname; // best effort; empty when there are no authors
        int year = 0; // 0 when the entry has none
        QString url;
    };

    QList<Item> added; // as in the new version, in its order
    QList<Item> edited; // as in the new version
    QList<Item> removed; // as in the old version
    // Text outside the entries changed (header, headings, notes), or entries moved.
    bool otherChanges = false;

    bool isEmpty() const
    {
        return added.isEmpty() && edited.isEmpty() && removed.isEmpty() && !otherChanges;
    }

    // `Add "The ELM Neuron" (Spieler et al., 2023)`, `Add 3 papers`, `Add 2 papers, update 1`,
    // `Update README`: at most 72 characters, translated.
    QString commitSubject() const;
    // One line per entry, full title ("- Add "Title" (Spieler et al., 2023)"), then a line for
    // other changes if any. Empty when no entry changed: the subject says it all then.
    QString commitBody() const;
    // "add-elm-neuron-2023", "add-3-papers", "update-readme": lower-case ASCII, at most 40
    // characters, never translated. Not unique: the caller adds a suffix when it is taken.
    QString branchStem() const;
    QString pullRequestTitle() const; // the commit subject
    QString pullRequestBody() const; // the commit body and a line saying where it was made

    // The sentence part of one item: `"The ELM Neuron" (Spieler et al., 2023)`. With
    // shortTitle the title stops at its first ':' when it is long.
    static QString describe(const Item &item, bool shortTitle = true);
};

// Reads both versions with the README reader and pairs their entries: same text first, then
// the same DOI or arXiv id (any version), then the same title (case, spacing and punctuation
// aside). Paired entries whose text differs are edited; the rest are added or removed.
// A large README (over 256 KB in all) changed in a few places is summarized from the blocks
// around its changed lines only (Detail::summarizeChangedRegions), which reads 100,000 entries'
// worth of README in a fraction of the time; anything that needs the whole document to be read
// right (tables, HTML, code fences, link definitions, many changes) is read whole.
ChangeSummary summarizeChange(QByteArrayView oldReadme, QByteArrayView newReadme);

namespace Detail {
// The two ways, for tests that hold one against the other.
ChangeSummary summarizeWholeDocuments(QByteArrayView oldReadme, QByteArrayView newReadme);
// Nothing when the document needs to be read whole.
std::optional<ChangeSummary> summarizeChangedRegions(QByteArrayView oldReadme,
                                                     QByteArrayView newReadme);
} // namespace Detail

} // namespace Curator
