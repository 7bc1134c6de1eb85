// Undo and redo through SQLite's session extension: an operation's changes to lists, sections
// and entries are recorded as a changeset; undo applies its inverse, redo the changeset again.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store.h"

#include "logging.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// The entries a changeset touches: their search index rows are rebuilt around the apply, since
// the FTS5 table is kept by the store, not by SQLite.
QSet<qint64> touchedEntries(const QByteArray &changeset)
{
    QSet<qint64> ids;
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()),
                               const_cast<char *>(changeset.constData()))
        != SQLITE_OK)
        return ids;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        if (qstrcmp(table, "entries") != 0)
            continue;
        sqlite3_value *pk = nullptr;
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(it, 0, &pk);
        else
            sqlite3changeset_old(it, 0, &pk);
        if (pk)
            ids.insert(sqlite3_value_int64(pk));
    }
    sqlite3changeset_finalize(it);
    return ids;
}

// A row to delete that is gone already went with its parent (ON DELETE CASCADE): that is the
// intended result. Any other conflict means someone changed the rows since: change nothing.
int onConflict(void *, int conflict, sqlite3_changeset_iter *it)
{
    const char *table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

Store::ChangeRecorder::ChangeRecorder(Store &store)
{
    if (!store.handle() || sqlite3session_create(store.handle(), "main", &m_session) != SQLITE_OK)
        return;
    for (const char *table : {"lists", "sections", "entries"})
        sqlite3session_attach(m_session, table);
}

Store::ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

QByteArray Store::ChangeRecorder::changeset() const
{
    if (!m_session)
        return {};
    int size = 0;
    void *data = nullptr;
    if (sqlite3session_changeset(m_session, &size, &data) != SQLITE_OK)
        return {};
    QByteArray out(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return out;
}

bool Store::applyChangeset(const QByteArray &changeset, bool invert)
{
    if (changeset.isEmpty())
        return true;
    QByteArray apply = changeset;
    if (invert) {
        int size = 0;
        void *data = nullptr;
        if (sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &data)
            != SQLITE_OK)
            return failed(tr("Cannot undo"), tr("the recorded change is damaged"));
        apply = QByteArray(static_cast<const char *>(data), size);
        sqlite3_free(data);
    }
    const QSet<qint64> touched = touchedEntries(apply);

    // The changeset holds every row change, those of ON DELETE CASCADE too. Cascades firing again
    // while it is applied would delete rows the changeset then wants to update (the undo of a
    // re-import, which replaces a list's sections), so foreign keys are off for the apply; the
    // pragma only takes effect outside a transaction.
    const bool switchKeys = m_transactionDepth == 0;
    if (switchKeys)
        exec(u"PRAGMA foreign_keys = OFF"_s);
    struct KeysBackOn
    {
        Store *s;
        bool on;
        ~KeysBackOn()
        {
            if (on)
                s->exec(u"PRAGMA foreign_keys = ON"_s);
        }
    } keysBackOn{this, switchKeys};

    Transaction t(*this);
    if (!t.isActive())
        return false;
    if (!exec(u"CREATE TEMP TABLE IF NOT EXISTS touched(id INTEGER PRIMARY KEY)"_s)
        || !exec(u"DELETE FROM temp.touched"_s))
        return false;
    {
        QSqlQuery ins(database());
        ins.prepare(u"INSERT INTO temp.touched(id) VALUES (?)"_s);
        for (qint64 id : touched) {
            ins.bindValue(0, id);
            if (!ins.exec())
                return failed(tr("Cannot undo"), QString());
        }
    }
    const QString forget = u"INSERT INTO entries_fts(entries_fts, rowid, authors, title, venue, "
                           u"notes) SELECT 'delete', id, authors, title, venue, notes FROM "
                           u"entries WHERE id IN (SELECT id FROM temp.touched)"_s;
    const QString learn = u"INSERT INTO entries_fts(rowid, authors, title, venue, notes) SELECT "
                          u"id, authors, title, venue, notes FROM entries WHERE id IN (SELECT id "
                          u"FROM temp.touched)"_s;
    if (!exec(forget))
        return false;
    const int rc = sqlite3changeset_apply(m_handle, int(apply.size()), apply.data(), nullptr,
                                          onConflict, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStore) << "changeset apply failed" << rc;
        return failed(invert ? tr("Cannot undo") : tr("Cannot redo"),
                      tr("the entries were changed since, perhaps in another window; nothing "
                         "was changed"));
    }
    if (!exec(learn))
        return false;
    return t.commit();
}

} // namespace Curator
