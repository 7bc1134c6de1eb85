#pragma once

#include "entry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_session;
class QSqlQuery;

namespace Curator {

// The one owner of a store file: a SQLite database holding any number of lists. Every write runs
// in a transaction with bound values; the schema is migrated by PRAGMA user_version.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Store)

public:
    static constexpr int SchemaVersion = 4;

    Store();
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // AppDataLocation/curator.sqlite
    static QString defaultPath();

    // Opens (creating when missing) and migrates. A file that is not SQLite, or a store written by
    // a newer version, is refused and left untouched. A store file without write permission
    // opens read-only: reads work, writes fail with a clear message.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    QSqlDatabase database() const;
    sqlite3 *handle() const { return m_handle; }

    // A transaction on the store's connection, rolled back unless committed.
    class Transaction final
    {
    public:
        explicit Transaction(Store &store);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)
        bool isActive() const { return m_active; }
        bool commit();

    private:
        Store &m_store;
        bool m_active = false;
        int m_depth = 0; // > 0: a savepoint inside an outer transaction
    };

    // Lists
    QList<ListInfo> lists();
    std::optional<ListInfo> list(qint64 id);
    std::optional<ListInfo> listByName(const QString &name);
    // A new list whose README starts as "# name" with one section, "## Papers". 0 on failure.
    qint64 createList(const QString &name);
    // Appends a section (a heading of `level` '#'s) to a list. 0 on failure.
    qint64 addSection(qint64 listId, const QString &title, int level = 2);
    bool removeList(qint64 id);
    bool renameList(qint64 id, const QString &name);
    bool setListFormat(qint64 id, const QString &entryTemplate, const QString &authorStyle);
    // The list's venue short forms (long name -> what the list writes); nothing when the list
    // never set its own (Metadata::venueMapOf then gives the common ones: NeurIPS, ICML, …).
    std::optional<QList<QPair<QString, QString>>> venueMap(qint64 listId);
    bool setVenueMap(qint64 listId, const QList<QPair<QString, QString>> &map);

    // The clone a list's README lives in (empty path: not linked).
    RepoLink repoLink(qint64 listId);
    bool setRepoLink(qint64 listId, const RepoLink &link);
    // The README as last read from or written to the repository (see migrations.cpp), and
    // whether the store has integrated a README with exactly this text before.
    QByteArray syncedReadme(qint64 listId);
    bool setSyncedReadme(qint64 listId, const QByteArray &readme);
    bool hasSeenReadme(qint64 listId, QByteArrayView readme);
    bool markReadmeSeen(qint64 listId, QByteArrayView readme);

    // Sections and entries, in README order.
    QList<Section> sections(qint64 listId);
    std::optional<Section> section(qint64 id);
    QList<Entry> entries(qint64 listId, qint64 sectionId = 0);
    // The same, one at a time, without holding them all (the command line's listing of a
    // 100,000-entry list). Stops early when `visit` returns false.
    bool forEachEntry(qint64 listId, const std::function<bool(const Entry &)> &visit);
    std::optional<Entry> entry(qint64 id);
    int entryCount(qint64 listId);
    int dirtyCount(qint64 listId);

    // Adds an entry to a section, at the top of its year group (newest year first), moving no
    // other entry. Returns the new id, 0 on failure.
    qint64 addEntry(qint64 sectionId, const EntryFields &fields);
    // The entry a new entry of `year` would be placed above in the section, 0 for its end.
    qint64 insertionPoint(qint64 sectionId, int year);
    // Changes an entry's fields; it is then written from its fields at the next export.
    bool updateEntry(qint64 id, const EntryFields &fields);
    bool setEntryExtras(qint64 id, const QString &notes, const QStringList &tags,
                        const QString &pdfPath);
    // Marks an entry whose fields were guessed (a PDF without identifier, a page without
    // metadata) until someone has checked them; not written to the README.
    bool setNeedsReview(qint64 id, bool needsReview);
    bool removeEntry(qint64 id);

    // Moves entries (in the order given) into a section, before `beforeId` (0: at the end).
    // Blank-line gaps travel as a careful human would keep them: the section's closing white
    // space stays at its end. One transaction.
    bool moveEntries(const QList<qint64> &ids, qint64 sectionId, qint64 beforeId);
    // Moves entries into a section, each at the top of its year group there (a drop on a
    // section in the sidebar).
    bool moveEntriesByYear(const QList<qint64> &ids, qint64 sectionId);
    // Moves an entry one place up (-1) or down (+1) within its section.
    bool moveEntryBy(qint64 id, int delta);
    // Reorders a section newest year first (stable; entries without a year last).
    bool sortSectionByYear(qint64 sectionId);

    // Entry ids of a list (or one section of it), optionally only those matching a full-text
    // query, in README order or ordered by a column. LinkHealth: by the last check of the entry's
    // own link, worst first (broken, soft 404, unverified, redirected, ok), never checked last.
    enum class Order {
        Readme,
        Section,
        Authors,
        Title,
        Venue,
        Year,
        Identifier,
        Url,
        Added,
        LinkHealth
    };
    QList<qint64> entryIds(qint64 listId, qint64 sectionId = 0, const QString &search = {},
                           Order order = Order::Readme,
                           Qt::SortOrder direction = Qt::AscendingOrder);
    // Ids of all entries (of any list) matching a full-text query, ascending. A view that holds
    // a list's ordered ids filters them by this, rather than asking the store to order again.
    QList<qint64> matchingIds(const QString &search);
    // The entries with these ids (in no particular order).
    QList<Entry> entriesByIds(const QList<qint64> &ids);
    // Entries of the list that are the same paper as another entry of it.
    QSet<qint64> duplicateIds(qint64 listId);
    // Entries of the list that are the same paper as `fields` (excluding `exceptId`).
    QList<qint64> duplicatesOf(qint64 listId, const EntryFields &fields, qint64 exceptId = 0);

    // Records every change made to lists, sections and entries while it lives, as a SQLite
    // changeset (the session extension): the undo history of any operation, imports included.
    class ChangeRecorder final
    {
    public:
        explicit ChangeRecorder(Store &store);
        ~ChangeRecorder();
        Q_DISABLE_COPY_MOVE(ChangeRecorder)
        QByteArray changeset() const;

    private:
        ::sqlite3_session *m_session = nullptr;
    };
    // Applies a recorded changeset, or its inverse (undo). Refuses, changing nothing, when the
    // rows were changed since (by another window, say).
    bool applyChangeset(const QByteArray &changeset, bool invert);

    // The undo history every front end shares: each recorded change (Curation) with its name,
    // kept in the store so that a later process (the command line's `undo`) can take it back.
    struct HistoryStep
    {
        qint64 id = 0;
        QString text; // "Add entry", "Import README"
        QByteArray changeset;
        bool undone = false;
        QDateTime when; // UTC
    };
    static constexpr int HistorySteps = 100;
    static constexpr qint64 HistoryBytes = 64 * 1024 * 1024;
    // Keeps a new step; the undone steps (what redo would bring back) go, and the oldest beyond
    // HistorySteps and HistoryBytes. 0 when not kept (a single step larger than HistoryBytes).
    qint64 addHistoryStep(const QString &text, const QByteArray &changeset);
    // The step undo would take back (the newest one not undone), or the one redo would bring
    // back (the one undone last).
    std::optional<HistoryStep> historyStepToUndo();
    std::optional<HistoryStep> historyStepToRedo();
    bool setHistoryStepUndone(qint64 id, bool undone);

    // Entry ids matching a full-text query over authors, title, venue and notes (each word a
    // prefix; all words must match), in README order. An empty query matches nothing.
    QList<qint64> search(qint64 listId, const QString &text);

    // A cache of metadata look-ups, keyed by normalised identifier.
    bool cachePut(const QString &key, const QString &source, const QByteArray &body,
                  const QString &contentType);
    struct CachedResponse
    {
        QString source;
        QByteArray body;
        QString contentType;
        QDateTime fetched;
    };
    std::optional<CachedResponse> cacheGet(const QString &key);

    // The full-text index follows the entries through these (no triggers, see migrations.cpp):
    // remove before the indexed columns change or the rows go, add after.
    enum class Scope { Entry, List };
    bool unindexEntries(Scope scope, qint64 id);
    bool indexEntries(Scope scope, qint64 id);

    // For the store's own modules (README import/export): record a failure to report.
    void setError(const QString &message) { m_error = message; }
    bool exec(const QString &sql); // one statement through the C API, error recorded

private:
    friend class ChangeRecorder;
    static QString entryColumnList();
    static Entry entryFromQuery(const QSqlQuery &q);
    bool failed(const QString &what, const QString &detail);
    bool applyOrder(const QHash<qint64, QList<qint64>> &orders);
    bool migrate(int from);
    // The steps of open(); each says why it failed.
    bool checkStoreFile(const QString &path);
    bool openConnection(const QString &path);
    bool checkSchemaVersion(const QString &path, int version);
    bool prepareForWriting(const QString &path, int version);
    bool placeEntry(qint64 sectionId, int year, int *position, QByteArray *trail);
    bool readSectionEol(qint64 sectionId, QByteArray *eol);
    bool shiftEntriesFrom(qint64 sectionId, int position);
    bool separateIntroFromFirstEntry(qint64 sectionId, const QByteArray &eol);
    bool setEntryTrail(qint64 entryId, const QByteArray &trail);
    bool appendAfterEntry(qint64 lastId, const QByteArray &raw, const QByteArray &lastTrail,
                          const QByteArray &eol, const QByteArray &gap, QByteArray *trail);

    QString m_connection;
    QString m_path;
    QString m_error;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
};

} // namespace Curator
