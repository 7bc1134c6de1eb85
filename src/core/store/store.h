#pragma once

#include "entry.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;

namespace Curator {

// The one owner of a store file: a SQLite database holding any number of lists. Every write runs
// in a transaction with bound values; the schema is migrated by PRAGMA user_version.
class Store final
{
public:
    static constexpr int SchemaVersion = 1;

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
    };

    // Lists
    QList<ListInfo> lists();
    std::optional<ListInfo> list(qint64 id);
    std::optional<ListInfo> listByName(const QString &name);
    qint64 createList(const QString &name); // 0 on failure
    bool removeList(qint64 id);
    bool renameList(qint64 id, const QString &name);
    bool setListFormat(qint64 id, const QString &entryTemplate, const QString &authorStyle);

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
    // Changes an entry's fields; it is then written from its fields at the next export.
    bool updateEntry(qint64 id, const EntryFields &fields);
    bool setEntryExtras(qint64 id, const QString &notes, const QStringList &tags,
                        const QString &pdfPath);
    bool removeEntry(qint64 id);

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
    bool failed(const QString &what, const QString &detail);
    bool migrate(int from);
    bool placeEntry(qint64 sectionId, int year, int *position, QByteArray *trail);

    QString m_connection;
    QString m_path;
    QString m_error;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
};

} // namespace Curator
