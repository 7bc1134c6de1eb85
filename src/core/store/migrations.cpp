// The store's schema, one step per version. Each step runs inside the same transaction as the
// version bump, so a store is always at exactly one version.
#include "store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// Version 1: lists, sections, entries (with the README text each came from), full-text search,
// and the cache of metadata look-ups.
const char *const schemaV1[] = {
    R"(CREATE TABLE lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        source_path TEXT NOT NULL DEFAULT '',
        header BLOB NOT NULL DEFAULT x'',
        trailer BLOB NOT NULL DEFAULT x'',
        eol BLOB NOT NULL DEFAULT x'0a',
        bom INTEGER NOT NULL DEFAULT 0,
        final_newline INTEGER NOT NULL DEFAULT 1,
        entry_template TEXT NOT NULL DEFAULT '',
        author_style TEXT NOT NULL DEFAULT 'apa',
        repo_path TEXT NOT NULL DEFAULT '',
        repo_readme TEXT NOT NULL DEFAULT 'README.md',
        repo_remote TEXT NOT NULL DEFAULT 'origin',
        repo_base TEXT NOT NULL DEFAULT '',
        github_repo TEXT NOT NULL DEFAULT '',
        last_export INTEGER NOT NULL DEFAULT 0,
        venue_map TEXT NOT NULL DEFAULT '',
        created INTEGER NOT NULL,
        modified INTEGER NOT NULL))",
    R"(CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        level INTEGER NOT NULL,
        title TEXT NOT NULL,
        heading BLOB NOT NULL,
        intro BLOB NOT NULL DEFAULT x''))",
    "CREATE INDEX sections_by_list ON sections(list_id, position)",
    R"(CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
        section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        authors TEXT NOT NULL DEFAULT '',
        authors_json TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        venue TEXT NOT NULL DEFAULT '',
        year_text TEXT NOT NULL DEFAULT '',
        year INTEGER NOT NULL DEFAULT 0,
        doi TEXT NOT NULL DEFAULT '',
        arxiv_id TEXT NOT NULL DEFAULT '',
        pdf_path TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        raw BLOB NOT NULL DEFAULT x'',
        trail BLOB NOT NULL DEFAULT x'',
        dirty INTEGER NOT NULL DEFAULT 0,
        needs_review INTEGER NOT NULL DEFAULT 0,
        created INTEGER NOT NULL,
        modified INTEGER NOT NULL))",
    "CREATE INDEX entries_by_section ON entries(section_id, position)",
    // No index on doi or arxiv_id: duplicate checks scan one list (~20 ms for 100,000 rows),
    // while two more B-trees would cost a bulk import about 15%.
    // External content: the text lives once, in entries. The store maintains the index itself
    // (Store::indexEntries / unindexEntries) rather than by triggers: a bulk import indexes
    // 100,000 rows in one statement several times faster than 100,000 trigger runs.
    R"(CREATE VIRTUAL TABLE entries_fts USING fts5(
        authors, title, venue, notes,
        content='entries', content_rowid='id', detail='none',
        tokenize='unicode61 remove_diacritics 2'))",
    R"(CREATE TABLE lookup_cache (
        key TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        body BLOB NOT NULL,
        content_type TEXT NOT NULL DEFAULT '',
        fetched INTEGER NOT NULL))",
};

// Version 2: what the store knows of the README in the list's repository. `synced_readme` is the
// README as last read from or written to the repository: the base of a three-way merge when the
// repository's README changed outside the app. `readme_versions` remembers every README text the
// store has integrated, so an older copy (a clone not yet pulled) is not mistaken for new edits.
const char *const schemaV2[] = {
    "ALTER TABLE lists ADD COLUMN synced_readme BLOB NOT NULL DEFAULT x''",
    R"(CREATE TABLE readme_versions (
        list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
        sha256 BLOB NOT NULL,
        seen INTEGER NOT NULL,
        PRIMARY KEY (list_id, sha256)) WITHOUT ROWID)",
};

// Version 3: the undo history, shared by the window and the command line (Store::HistoryStep).
// Not part of what a changeset records (sessions attach lists, sections and entries only).
const char *const schemaV3[] = {
    R"(CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        changeset BLOB NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0,
        created INTEGER NOT NULL))",
};

// Version 4: link health (issue 16). Each list's ignore rules (URL patterns, one per line, as
// lychee reads them) are the list's own, so they travel with its undo history. The last check of
// every address is not: it is a cache, kept whatever the outcome so the table can show it, but
// only good answers are reused (Links::isReusable).
const char *const schemaV4[] = {
    "ALTER TABLE lists ADD COLUMN link_ignore TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE link_checks (
        url TEXT PRIMARY KEY,
        verdict TEXT NOT NULL,
        code INTEGER NOT NULL DEFAULT 0,
        final_url TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        flags INTEGER NOT NULL DEFAULT 0,
        checked INTEGER NOT NULL))",
};

} // namespace

bool Store::migrate(int from)
{
    if (from >= SchemaVersion)
        return true;
    Transaction t(*this);
    if (!t.isActive())
        return false;
    // Another process may have migrated the store between our reading the version and taking
    // the write lock (two commands started at once on a new store): read it again under the lock.
    from = schemaVersion();
    if (from < 0)
        return false;
    if (from >= SchemaVersion)
        return t.commit();
    if (from < 1) {
        for (const char *sql : schemaV1) {
            if (!exec(QString::fromUtf8(sql)))
                return false;
        }
    }
    if (from < 2) {
        for (const char *sql : schemaV2) {
            if (!exec(QString::fromUtf8(sql)))
                return false;
        }
    }
    if (from < 3) {
        for (const char *sql : schemaV3) {
            if (!exec(QString::fromUtf8(sql)))
                return false;
        }
    }
    if (from < 4) {
        for (const char *sql : schemaV4) {
            if (!exec(QString::fromUtf8(sql)))
                return false;
        }
    }
    // Each later version adds its `if (from < N)` step here, a whole upgrade from the one before.
    if (!exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)))
        return false;
    return t.commit();
}

} // namespace Curator
