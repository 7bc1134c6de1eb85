#pragma once

#include "authorformat.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Curator {

// The editable fields of one paper, as the UI and the renderer see them.
struct EntryFields
{
    QString authors; // plain text, as the README has it (or as formatted from authorNames)
    QList<PersonName> authorNames; // structured, when known (from a look-up)
    QString title; // plain text (markdown escapes resolved)
    QString url; // plain URL (markdown escapes resolved)
    QString venue; // free text; for "- [Name](url) - Description." lists, the description
    QString yearText; // what stands in the year's parentheses: "2023", "NAACL 2025"
    int year = 0; // the year found in yearText, 0 when none
    QString doi;
    QString arxivId; // with version when known: "2307.05793v3"

    friend bool operator==(const EntryFields &a, const EntryFields &b)
    {
        return a.authors == b.authors && a.authorNames == b.authorNames && a.title == b.title
            && a.url == b.url && a.venue == b.venue && a.yearText == b.yearText && a.year == b.year
            && a.doi == b.doi && a.arxivId == b.arxivId;
    }
    friend bool operator!=(const EntryFields &a, const EntryFields &b) { return !(a == b); }
};

// One entry of a list as the store keeps it.
struct Entry
{
    qint64 id = 0;
    qint64 listId = 0;
    qint64 sectionId = 0;
    int position = 0; // order within the section, as in the README
    EntryFields fields;
    QString pdfPath;
    QString notes;
    QStringList tags;
    // The entry's markdown exactly as imported (its own line breaks and spaces, through its last
    // line ending) and the text that follows it up to the next entry or heading (blank lines,
    // notes). Export writes `raw` unchanged while the entry is not dirty.
    QByteArray raw;
    QByteArray trail;
    bool dirty = false; // edited since import/export: export renders it from its fields
    bool needsReview = false;
    QDateTime created;
    QDateTime modified;
};

// A heading of the README and the non-entry text right below it.
struct Section
{
    qint64 id = 0;
    qint64 listId = 0;
    int position = 0;
    int level = 1; // 1 for '#', 2 for '##', …
    QString title;
    QByteArray heading; // the heading line as written, with its line ending
    QByteArray intro; // everything between the heading and the first entry
    int entryCount = 0; // filled by queries that count
};

// One awesome list: a README and its settings.
struct ListInfo
{
    qint64 id = 0;
    QString name;
    QString sourcePath; // the README it was last imported from
    QByteArray header; // everything before the first section heading (the list's title block)
    QByteArray trailer; // non-entry text after the last entry of the document
    QByteArray eol = "\n"; // the README's line ending, used for new text
    bool bom = false;
    bool finalNewline = true;
    QString entryTemplate;
    QString authorStyle; // AuthorFormat::styleKey()
    int entryCount = 0;
    QDateTime created;
    QDateTime modified;
    QDateTime lastExport; // invalid when never exported
};

// Where a list's README is published: a local git clone, and the GitHub repository its pull
// requests go to.
struct RepoLink
{
    QString path; // the clone's top level; empty when the list is not linked
    QString readme = QStringLiteral("README.md"); // relative to `path`
    QString remote
        = QStringLiteral("origin"); // where branches are pushed (a fork for contributors)
    QString base; // the branch pull requests target; empty: the remote's default branch
    QString github; // "owner/name" of the repository pull requests are opened on

    bool isLinked() const { return !path.isEmpty(); }
    QString readmeFile() const { return path + u'/' + readme; }
    friend bool operator==(const RepoLink &a, const RepoLink &b)
    {
        return a.path == b.path && a.readme == b.readme && a.remote == b.remote && a.base == b.base
            && a.github == b.github;
    }
};

} // namespace Curator
