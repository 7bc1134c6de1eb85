#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

namespace Curator {

// A prepared statement on the store's connection, finalised on scope exit: the bulk path of the
// README import and export, which uses SQLite's C API directly because QSqlQuery's per-row
// QVariant round trips cost more than the parsing. Only code in src/core/store uses it.
class SqliteStatement
{
public:
    SqliteStatement(Store &store, const char *sql)
        : m_db(store.handle())
    {
        m_rc = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_rc == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int code() const { return sqlite3_extended_errcode(m_db); }

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QString &v)
    {
        sqlite3_bind_text16(m_stmt, i, v.utf16(), int(v.size() * 2), SQLITE_TRANSIENT);
    }
    void bindText(int i, QByteArrayView utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.data() ? utf8.data() : "", int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    // The bytes must stay valid until the statement has run.
    void bindStatic(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData() ? utf8.constData() : "", int(utf8.size()),
                          SQLITE_STATIC);
    }
    void bindBlobStatic(int i, QByteArrayView b)
    {
        sqlite3_bind_blob(m_stmt, i, b.data() ? b.data() : "", int(b.size()), SQLITE_STATIC);
    }
    void bindBlob(int i, QByteArrayView b)
    {
        sqlite3_bind_blob(m_stmt, i, b.data() ? b.data() : "", int(b.size()), SQLITE_TRANSIENT);
    }
    // SQLITE_ROW, SQLITE_DONE, or an error code; the statement is ready to run again after DONE.
    int step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW)
            sqlite3_reset(m_stmt);
        return rc;
    }
    bool run()
    {
        const int rc = step();
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE;
    }
    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    QByteArrayView bytes(int col) const
    {
        const void *p = sqlite3_column_blob(m_stmt, col);
        return {static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col)};
    }
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc;
};

} // namespace Curator
