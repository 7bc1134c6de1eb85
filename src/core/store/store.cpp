#include "store.h"

#include "identifier.h"
#include "logging.h"
#include "markdown/entryforms.h"
#include "markdown/entryrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// What a SQLite failure means to the user, rather than its code.
QString explainSqlite(int code, const QString &detail)
{
    switch (code & 0xFF) {
    case SQLITE_READONLY:
        return Store::tr("The store is read-only; nothing was changed.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Store::tr(
            "The store is busy: another window or program is writing to it. Try again in a "
            "moment; nothing was changed.");
    case SQLITE_FULL:
        return Store::tr("The disk is full; nothing was changed.");
    case SQLITE_NOTADB:
        return Store::tr("The file is not an Awesome Curator store (not an SQLite database).");
    case SQLITE_CORRUPT:
        return Store::tr("The store file is damaged (%1).").arg(detail);
    case SQLITE_CANTOPEN:
        return Store::tr("The store file cannot be opened (%1).").arg(detail);
    case SQLITE_IOERR:
        return Store::tr("The store could not be read or written (%1).").arg(detail);
    default:
        return detail;
    }
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

} // namespace

Store::Store()
    : m_connection(u"curator-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/curator.sqlite"_s;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Store::isOpen() const
{
    return m_handle != nullptr;
}

namespace {

// Every way into the store (editor, table, look-up, drop, command line) ends here, so a link that
// is not a web address cannot reach the README whichever way it came.
QString notWebUrl(const QString &url)
{
    return Store::tr("“%1” is not an http or https address").arg(url.trimmed().left(200));
}

} // namespace

bool Store::failed(const QString &what, const QString &detail)
{
    // A busy, full or read-only store is said in words, whichever API path met it: QSqlQuery's
    // text would be SQLite's raw "database is locked".
    QString explained = detail;
    if (m_handle && !detail.isEmpty()) {
        const int code = sqlite3_extended_errcode(m_handle) & 0xFF;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_FULL
            || code == SQLITE_READONLY)
            explained = explainSqlite(code, detail);
    }
    m_error = explained.isEmpty() ? what : what + u": "_s + explained;
    qCWarning(lcStore).noquote() << m_error;
    return false;
}

bool Store::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        m_error = explainSqlite(rc, detail);
        // The explained message: this log reaches the command line's standard error too.
        qCWarning(lcStore).noquote() << sql.left(80) << m_error;
        return false;
    }
    return true;
}

bool Store::open(const QString &path)
{
    close();
    m_error.clear();
    m_readOnly = false;
    if (!checkStoreFile(path) || !openConnection(path))
        return false;
    const int version = schemaVersion();
    if (!checkSchemaVersion(path, version))
        return false;
    if (!exec(u"PRAGMA foreign_keys = ON"_s)) {
        close();
        return false;
    }
    if (m_readOnly) {
        if (version < SchemaVersion) {
            close();
            return failed(tr("Cannot open the store %1").arg(path),
                          tr("it is read-only and needs an upgrade to this version's format"));
        }
        return true;
    }
    return prepareForWriting(path, version);
}

bool Store::checkStoreFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return failed(tr("Cannot open the store %1").arg(path), tr("it is a directory"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return failed(tr("Cannot open the store %1").arg(path), f.errorString());
        const QByteArray magic = f.read(16);
        if (!magic.isEmpty() && magic != QByteArrayView("SQLite format 3\0", 16))
            return failed(tr("Cannot open the store %1").arg(path),
                          tr("the file is not an Awesome Curator store (not an SQLite "
                             "database); it was left untouched"));
        // Honour the file's permission bits even for root, who could write anyway.
        m_readOnly = !(info.permissions() & QFile::WriteOwner);
    } else if (!QDir().mkpath(info.absolutePath())) {
        return failed(tr("Cannot create the store %1").arg(path),
                      tr("the folder %1 cannot be created").arg(info.absolutePath()));
    }
    return true;
}

bool Store::openConnection(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(m_readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                        : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return failed(tr("Cannot open the store %1").arg(path), detail);
        }
        const QVariant h = db.driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(h.constData());
    }
    m_path = path;
    if (!m_handle) {
        close();
        return failed(tr("Cannot open the store %1").arg(path),
                      tr("the SQLite driver gave no handle"));
    }
    return true;
}

bool Store::checkSchemaVersion(const QString &path, int version)
{
    if (version < 0) {
        const QString detail = m_error;
        close();
        return failed(tr("Cannot open the store %1").arg(path), detail);
    }
    if (version > SchemaVersion) {
        close();
        return failed(tr("Cannot open the store %1").arg(path),
                      tr("it was written by a newer version of Awesome Curator (schema %1; this "
                         "version knows up to %2). It was left untouched: update Awesome "
                         "Curator to use it.")
                          .arg(version)
                          .arg(SchemaVersion));
    }
    return true;
}

bool Store::prepareForWriting(const QString &path, int version)
{
    // WAL lets a second window or the command line read while one writes. Switching a new store
    // to WAL needs it to itself, and SQLite refuses at once rather than wait when another process
    // opens the same new store at that moment (two commands started together): wait here.
    QElapsedTimer waited;
    waited.start();
    while (sqlite3_exec(m_handle, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr)
               == SQLITE_BUSY
           && !waited.hasExpired(5000))
        sqlite3_sleep(20);
    if (!exec(u"PRAGMA journal_mode = WAL"_s) || !exec(u"PRAGMA synchronous = NORMAL"_s)
        || !migrate(version)) {
        const QString detail = m_error;
        close();
        return failed(tr("Cannot open the store %1").arg(path), detail);
    }
    return true;
}

void Store::close()
{
    m_handle = nullptr;
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int Store::schemaVersion() const
{
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, "PRAGMA user_version", -1, &st, nullptr);
    int version = -1;
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    if (version < 0)
        const_cast<Store *>(this)->m_error
            = explainSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    sqlite3_finalize(st);
    return version;
}

Store::Transaction::Transaction(Store &store)
    : m_store(store)
{
    if (store.isReadOnly()) {
        store.m_error = tr("The store %1 is read-only; nothing was changed.").arg(store.path());
        return;
    }
    if (!store.isOpen())
        return;
    // Operations built from other operations nest: the inner ones become savepoints.
    m_depth = store.m_transactionDepth;
    // IMMEDIATE takes the write lock up front, so a busy store fails here, before any work.
    m_active = store.exec(m_depth ? u"SAVEPOINT nested%1"_s.arg(m_depth) : u"BEGIN IMMEDIATE"_s);
    if (m_active)
        ++store.m_transactionDepth;
}

Store::Transaction::~Transaction()
{
    if (m_active) {
        const QString keep = m_store.m_error;
        if (m_depth)
            m_store.exec(u"ROLLBACK TO nested%1; RELEASE nested%1"_s.arg(m_depth));
        else
            m_store.exec(u"ROLLBACK"_s);
        --m_store.m_transactionDepth;
        m_store.m_error = keep;
    }
}

bool Store::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    --m_store.m_transactionDepth;
    if (!m_store.exec(m_depth ? u"RELEASE nested%1"_s.arg(m_depth) : u"COMMIT"_s)) {
        const QString keep = m_store.m_error;
        // A COMMIT that failed on a full disk has rolled back already.
        if (m_depth)
            m_store.exec(u"ROLLBACK TO nested%1; RELEASE nested%1"_s.arg(m_depth));
        else if (!sqlite3_get_autocommit(m_store.m_handle))
            m_store.exec(u"ROLLBACK"_s);
        m_store.m_error = keep;
        return false;
    }
    return true;
}

// ---- lists -----------------------------------------------------------------------------------

static ListInfo listFrom(const QSqlQuery &q)
{
    ListInfo l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.sourcePath = q.value(2).toString();
    l.header = q.value(3).toByteArray();
    l.trailer = q.value(4).toByteArray();
    l.eol = q.value(5).toByteArray();
    if (l.eol.isEmpty())
        l.eol = "\n";
    l.bom = q.value(6).toBool();
    l.finalNewline = q.value(7).toBool();
    l.entryTemplate = q.value(8).toString();
    l.authorStyle = q.value(9).toString();
    l.created = fromMs(q.value(10));
    l.modified = fromMs(q.value(11));
    l.entryCount = q.value(12).toInt();
    if (const qint64 t = q.value(13).toLongLong(); t > 0)
        l.lastExport = QDateTime::fromMSecsSinceEpoch(t);
    return l;
}

static const char listColumns[]
    = "l.id, l.name, l.source_path, l.header, l.trailer, l.eol, l.bom, l.final_newline, "
      "l.entry_template, l.author_style, l.created, l.modified, "
      "(SELECT count(*) FROM entries e JOIN sections s ON s.id = e.section_id WHERE s.list_id = "
      "l.id), l.last_export";

QList<ListInfo> Store::lists()
{
    QList<ListInfo> out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM lists l ORDER BY l.name COLLATE NOCASE")
                    .arg(QLatin1StringView(listColumns)))) {
        failed(tr("Cannot read the lists"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back(listFrom(q));
    return out;
}

std::optional<ListInfo> Store::list(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM lists l WHERE l.id = ?")
                  .arg(QLatin1StringView(listColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return listFrom(q);
}

std::optional<ListInfo> Store::listByName(const QString &name)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM lists l WHERE l.name = ?")
                  .arg(QLatin1StringView(listColumns)));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return listFrom(q);
}

qint64 Store::createList(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        failed(tr("Cannot create the list"), tr("a list needs a name"));
        return 0;
    }
    Transaction t(*this);
    if (!t.isActive())
        return 0;
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO lists (name, header, entry_template, author_style, created, modified) "
              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(QByteArray("# " + name.simplified().toUtf8() + "\n\n"));
    q.addBindValue(Markdown::defaultEntryTemplate());
    q.addBindValue(AuthorFormat::styleKey(AuthorStyle::Apa));
    q.addBindValue(nowMs());
    q.addBindValue(nowMs());
    if (!q.exec()) {
        failed(tr("Cannot create the list %1").arg(name), q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!addSection(id, tr("Papers")))
        return 0;
    return t.commit() ? id : 0;
}

qint64 Store::addSection(qint64 listId, const QString &title, int level)
{
    if (title.trimmed().isEmpty()) {
        failed(tr("Cannot add the section"), tr("a section needs a title"));
        return 0;
    }
    Transaction t(*this);
    if (!t.isActive())
        return 0;
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO sections (list_id, position, level, title, heading, intro) SELECT ?, "
              u"coalesce(max(position) + 1, 0), ?, ?, ?, ? FROM sections WHERE list_id = ?"_s);
    const int lvl = std::clamp(level, 1, 6);
    q.addBindValue(listId);
    q.addBindValue(lvl);
    q.addBindValue(title.simplified());
    q.addBindValue(QByteArray(QByteArray(lvl, '#') + ' ' + title.simplified().toUtf8() + '\n'));
    q.addBindValue(QByteArray("\n"));
    q.addBindValue(listId);
    if (!q.exec()) {
        failed(tr("Cannot add the section %1").arg(title), q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    return t.commit() ? id : 0;
}

bool Store::removeList(qint64 id)
{
    Transaction t(*this);
    if (!t.isActive() || !unindexEntries(Scope::List, id))
        return false;
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM lists WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failed(tr("Cannot remove the list"), q.lastError().text());
    return t.commit();
}

bool Store::renameList(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return failed(tr("Cannot rename the list"), tr("a list needs a name"));
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(u"UPDATE lists SET name = ?, modified = ? WHERE id = ?"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return failed(tr("Cannot rename the list"), q.lastError().text());
    return t.commit();
}

bool Store::setListFormat(qint64 id, const QString &entryTemplate, const QString &authorStyle)
{
    if (const QString problem = Markdown::checkTemplate(entryTemplate); !problem.isEmpty())
        return failed(tr("Cannot use that template"), problem);
    bool ok = false;
    AuthorFormat::styleFromKey(authorStyle, &ok);
    if (!ok)
        return failed(tr("Unknown author style"), authorStyle);
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(
        u"UPDATE lists SET entry_template = ?, author_style = ?, modified = ? WHERE id = ?"_s);
    q.addBindValue(entryTemplate);
    q.addBindValue(authorStyle);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return failed(tr("Cannot change the list's format"), q.lastError().text());
    return t.commit();
}

std::optional<QList<QPair<QString, QString>>> Store::venueMap(qint64 listId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT venue_map FROM lists WHERE id = ?"_s);
    q.addBindValue(listId);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return std::nullopt;
    QList<QPair<QString, QString>> map;
    const QJsonArray rows = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (const QJsonValue &row : rows) {
        const QJsonArray pair = row.toArray();
        if (pair.size() == 2 && !pair.at(0).toString().trimmed().isEmpty())
            map.push_back({pair.at(0).toString(), pair.at(1).toString()});
    }
    return map;
}

bool Store::setVenueMap(qint64 listId, const QList<QPair<QString, QString>> &map)
{
    QJsonArray rows;
    for (const auto &[longName, shortName] : map) {
        if (longName.trimmed().isEmpty() || shortName.trimmed().isEmpty())
            return failed(tr("Cannot save the venue names"),
                          tr("every row needs a long name and a short form"));
        rows.append(QJsonArray{longName.trimmed(), shortName.trimmed()});
    }
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(u"UPDATE lists SET venue_map = ?, modified = ? WHERE id = ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs());
    q.addBindValue(listId);
    if (!t.isActive() || !q.exec())
        return failed(tr("Cannot save the venue names"), q.lastError().text());
    return t.commit();
}

// ---- sections and entries --------------------------------------------------------------------

QList<Section> Store::sections(qint64 listId)
{
    QList<Section> out;
    QSqlQuery q(database());
    q.prepare(u"SELECT s.id, s.list_id, s.position, s.level, s.title, s.heading, s.intro, "
              u"(SELECT count(*) FROM entries e WHERE e.section_id = s.id) "
              u"FROM sections s WHERE s.list_id = ? ORDER BY s.position"_s);
    q.addBindValue(listId);
    if (!q.exec()) {
        failed(tr("Cannot read the sections"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        Section s;
        s.id = q.value(0).toLongLong();
        s.listId = q.value(1).toLongLong();
        s.position = q.value(2).toInt();
        s.level = q.value(3).toInt();
        s.title = q.value(4).toString();
        s.heading = q.value(5).toByteArray();
        s.intro = q.value(6).toByteArray();
        s.entryCount = q.value(7).toInt();
        out.push_back(s);
    }
    return out;
}

std::optional<Section> Store::section(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT list_id FROM sections WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Section &s : sections(q.value(0).toLongLong())) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

static const char entryColumns[]
    = "e.id, e.list_id, e.section_id, e.position, e.authors, e.authors_json, e.title, e.url, "
      "e.venue, e.year_text, e.year, e.doi, e.arxiv_id, e.pdf_path, e.notes, e.tags, e.raw, "
      "e.trail, e.dirty, e.needs_review, e.created, e.modified";

static Entry entryFrom(const QSqlQuery &q);

QString Store::entryColumnList()
{
    return QString::fromLatin1(entryColumns);
}

Entry Store::entryFromQuery(const QSqlQuery &q)
{
    return entryFrom(q);
}

static Entry entryFrom(const QSqlQuery &q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.listId = q.value(1).toLongLong();
    e.sectionId = q.value(2).toLongLong();
    e.position = q.value(3).toInt();
    e.fields.authors = q.value(4).toString();
    e.fields.authorNames = AuthorFormat::fromJson(q.value(5).toString());
    e.fields.title = q.value(6).toString();
    e.fields.url = q.value(7).toString();
    e.fields.venue = q.value(8).toString();
    e.fields.yearText = q.value(9).toString();
    e.fields.year = q.value(10).toInt();
    e.fields.doi = q.value(11).toString();
    e.fields.arxivId = q.value(12).toString();
    e.pdfPath = q.value(13).toString();
    e.notes = q.value(14).toString();
    const QString tags = q.value(15).toString();
    e.tags = tags.isEmpty() ? QStringList() : tags.split(u'\n');
    e.raw = q.value(16).toByteArray();
    e.trail = q.value(17).toByteArray();
    e.dirty = q.value(18).toBool();
    e.needsReview = q.value(19).toBool();
    e.created = fromMs(q.value(20));
    e.modified = fromMs(q.value(21));
    return e;
}

QList<Entry> Store::entries(qint64 listId, qint64 sectionId)
{
    QList<Entry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (sectionId) {
        q.prepare(QStringLiteral("SELECT %1 FROM entries e WHERE e.section_id = ? "
                                 "ORDER BY e.position")
                      .arg(QLatin1StringView(entryColumns)));
        q.addBindValue(sectionId);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM entries e JOIN sections s ON s.id = e.section_id "
                                 "WHERE s.list_id = ? ORDER BY s.position, e.position")
                      .arg(QLatin1StringView(entryColumns)));
        q.addBindValue(listId);
    }
    if (!q.exec()) {
        failed(tr("Cannot read the entries"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

bool Store::forEachEntry(qint64 listId, const std::function<bool(const Entry &)> &visit)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entries e JOIN sections s ON s.id = e.section_id "
                             "WHERE s.list_id = ? ORDER BY s.position, e.position")
                  .arg(QLatin1StringView(entryColumns)));
    q.addBindValue(listId);
    if (!q.exec())
        return failed(tr("Cannot read the entries"), q.lastError().text());
    while (q.next()) {
        if (!visit(entryFrom(q)))
            break;
    }
    return true;
}

std::optional<Entry> Store::entry(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM entries e WHERE e.id = ?")
                  .arg(QLatin1StringView(entryColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

int Store::entryCount(qint64 listId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT count(*) FROM entries WHERE section_id IN "
              u"(SELECT id FROM sections WHERE list_id = ?)"_s);
    q.addBindValue(listId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int Store::dirtyCount(qint64 listId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT count(*) FROM entries WHERE dirty = 1 AND section_id IN "
              u"(SELECT id FROM sections WHERE list_id = ?)"_s);
    q.addBindValue(listId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

static bool isWhitespaceOnly(const QByteArray &b)
{
    for (char c : b) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

namespace {

struct PlacementRow
{
    qint64 id;
    int position, year;
    QByteArray raw, trail;
};

bool readPlacementRows(const QSqlDatabase &db, qint64 sectionId, QList<PlacementRow> *rows,
                       QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, position, year, raw, trail FROM entries WHERE section_id = ? "
              u"ORDER BY position"_s);
    q.addBindValue(sectionId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        rows->append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
                      q.value(3).toByteArray(), q.value(4).toByteArray()});
    return true;
}

// What separates one entry from the next in this section: a blank line between paragraphs,
// nothing between the rows of a table or the items of a tight list.
QByteArray entryGap(const QList<PlacementRow> &rows, const QByteArray &eol)
{
    QByteArray gap = eol;
    QHash<QByteArray, int> seen;
    int best = 0;
    for (qsizetype k = 0; k + 1 < rows.size(); ++k) {
        if (isWhitespaceOnly(rows[k].trail) && ++seen[rows[k].trail] > best) {
            best = seen[rows[k].trail];
            gap = rows[k].trail;
        }
    }
    // As many blank lines as the list leaves, written cleanly (not " \n").
    const qsizetype blankLines = gap.count('\n');
    gap.clear();
    for (qsizetype k = 0; k < blankLines; ++k)
        gap += eol;
    if (best == 0)
        gap = eol;
    return gap;
}

// Newest first where the section is kept so (at most one pair in ten out of order); a
// section in another order gets new entries at its end.
bool keptNewestFirst(const QList<PlacementRow> &rows)
{
    int pairs = 0, rising = 0;
    for (qsizetype k = 0; k + 1 < rows.size(); ++k) {
        if (rows[k].year > 0 && rows[k + 1].year > 0) {
            ++pairs;
            rising += rows[k + 1].year > rows[k].year;
        }
    }
    return pairs == 0 || rising * 10 <= pairs;
}

// The row a new entry of `year` goes above, or -1 when it goes at the end.
qsizetype rowToPlaceAbove(const QList<PlacementRow> &rows, int year)
{
    if (!keptNewestFirst(rows) || year <= 0)
        return -1;
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const int y = rows[k].year;
        if (y > 0 && y <= year)
            return k;
    }
    return -1;
}

// A blank line between the heading (or the section's text) and the entry.
void endIntroWithBlankLine(QByteArray *intro, const QByteArray &eol)
{
    const qsizetype lastLine = intro->lastIndexOf('\n', intro->size() - 2) + 1;
    if (intro->isEmpty() || !isWhitespaceOnly(intro->mid(lastLine))) {
        if (!intro->isEmpty() && !intro->endsWith('\n'))
            *intro += eol;
        *intro += eol;
    }
}

// Splits an entry's trail into its text and the white space that closes it.
void splitClosingWhiteSpace(const QByteArray &trail, QByteArray *body, QByteArray *tailSpace)
{
    *body = trail;
    if (isWhitespaceOnly(*body)) {
        *tailSpace = *body;
        body->clear();
        return;
    }
    qsizetype cut = body->size();
    while (cut > 0) {
        const qsizetype prevNl = body->lastIndexOf('\n', cut - 2);
        const QByteArray line = body->mid(prevNl + 1, cut - prevNl - 1);
        if (!isWhitespaceOnly(line) || prevNl + 1 == cut)
            break;
        cut = prevNl + 1;
    }
    *tailSpace = body->mid(cut);
    body->truncate(cut);
}

} // namespace

bool Store::readSectionEol(qint64 sectionId, QByteArray *eol)
{
    QSqlQuery list(database());
    list.prepare(u"SELECT l.eol FROM sections s JOIN lists l ON l.id = s.list_id WHERE s.id = ?"_s);
    list.addBindValue(sectionId);
    if (!list.exec() || !list.next())
        return failed(tr("Cannot add the entry"), tr("the section does not exist"));
    *eol = list.value(0).toByteArray();
    if (eol->isEmpty())
        *eol = "\n";
    return true;
}

bool Store::shiftEntriesFrom(qint64 sectionId, int position)
{
    QSqlQuery shift(database());
    shift.prepare(u"UPDATE entries SET position = position + 1 "
                  u"WHERE section_id = ? AND position >= ?"_s);
    shift.addBindValue(sectionId);
    shift.addBindValue(position);
    if (!shift.exec())
        return failed(tr("Cannot add the entry"), shift.lastError().text());
    return true;
}

bool Store::separateIntroFromFirstEntry(qint64 sectionId, const QByteArray &eol)
{
    QSqlQuery read(database());
    read.prepare(u"SELECT intro FROM sections WHERE id = ?"_s);
    read.addBindValue(sectionId);
    if (!read.exec() || !read.next())
        return failed(tr("Cannot add the entry"), read.lastError().text());
    QByteArray intro = read.value(0).toByteArray();
    endIntroWithBlankLine(&intro, eol);
    QSqlQuery intro2(database());
    intro2.prepare(u"UPDATE sections SET intro = coalesce(?, x'') WHERE id = ?"_s);
    intro2.addBindValue(intro);
    intro2.addBindValue(sectionId);
    return intro2.exec() || failed(tr("Cannot add the entry"), intro2.lastError().text());
}

bool Store::setEntryTrail(qint64 entryId, const QByteArray &trail)
{
    QSqlQuery fix(database());
    fix.prepare(u"UPDATE entries SET trail = coalesce(?, x'') WHERE id = ?"_s);
    fix.addBindValue(trail);
    fix.addBindValue(entryId);
    return fix.exec() || failed(tr("Cannot add the entry"), fix.lastError().text());
}

// Appended after the last entry: the last entry's closing white space moves below the new
// one, and the last entry is followed by one blank line.
bool Store::appendAfterEntry(qint64 lastId, const QByteArray &raw, const QByteArray &lastTrail,
                             const QByteArray &eol, const QByteArray &gap, QByteArray *trail)
{
    QByteArray body;
    QByteArray tailSpace;
    splitClosingWhiteSpace(lastTrail, &body, &tailSpace);
    QByteArray lastRaw = raw;
    if (!lastRaw.endsWith('\n'))
        lastRaw += eol;
    QByteArray newLastTrail = body.isEmpty() ? gap : body + eol;
    if (!body.isEmpty() && !body.endsWith('\n'))
        newLastTrail = body + eol + eol;
    *trail = tailSpace;
    QSqlQuery fix(database());
    fix.prepare(
        u"UPDATE entries SET raw = coalesce(?, x''), trail = coalesce(?, x'') WHERE id = ?"_s);
    fix.addBindValue(lastRaw);
    fix.addBindValue(newLastTrail);
    fix.addBindValue(lastId);
    return fix.exec() || failed(tr("Cannot add the entry"), fix.lastError().text());
}

// Where a new entry of `year` goes: above the first entry of the same or an older year. The
// blank line that separates entries goes with it, so the change is the entry and one blank line.
bool Store::placeEntry(qint64 sectionId, int year, int *position, QByteArray *trail)
{
    QByteArray eol;
    if (!readSectionEol(sectionId, &eol))
        return false;
    QList<PlacementRow> rows;
    if (QString error; !readPlacementRows(database(), sectionId, &rows, &error))
        return failed(tr("Cannot add the entry"), error);
    const QByteArray gap = entryGap(rows, eol);
    if (const qsizetype above = rowToPlaceAbove(rows, year); above >= 0) {
        *position = rows[above].position;
        *trail = gap;
        return shiftEntriesFrom(sectionId, *position);
    }
    if (rows.isEmpty()) {
        *position = 0;
        // The first entry of the section: it keeps a blank line from the next heading.
        *trail = eol;
        return separateIntroFromFirstEntry(sectionId, eol);
    }
    const PlacementRow &last = rows.constLast();
    *position = last.position + 1;
    // A new row of a table goes right below the last row: what followed that row (the end
    // of the table, "</tbody></table>", and the text after it) now follows the new one.
    if (const char kind = Markdown::blockKindOf(last.raw); kind == 'r' || kind == 'h') {
        *trail = last.trail;
        return setEntryTrail(last.id, gap);
    }
    return appendAfterEntry(last.id, last.raw, last.trail, eol, gap, trail);
}

qint64 Store::addEntry(qint64 sectionId, const EntryFields &fields)
{
    if (!Identifier::isWebUrl(fields.url)) {
        failed(tr("Cannot add the entry"), notWebUrl(fields.url));
        return 0;
    }
    Transaction t(*this);
    if (!t.isActive())
        return 0;
    int position = 0;
    QByteArray trail;
    if (!placeEntry(sectionId, fields.year, &position, &trail))
        return 0;
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO entries (list_id, section_id, position, authors, authors_json, title, "
              u"url, venue, year_text, year, doi, arxiv_id, raw, trail, dirty, created, modified) "
              u"SELECT list_id, id, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
              u"coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, coalesce(?, ''), "
              u"coalesce(?, ''), x'', coalesce(?, x''), 1, ?, ? "
              u"FROM sections WHERE id = ?"_s);
    q.addBindValue(position);
    q.addBindValue(fields.authors);
    q.addBindValue(fields.authorNames.isEmpty() ? QString()
                                                : AuthorFormat::toJson(fields.authorNames));
    q.addBindValue(fields.title);
    q.addBindValue(fields.url);
    q.addBindValue(fields.venue);
    q.addBindValue(fields.yearText);
    q.addBindValue(fields.year);
    q.addBindValue(fields.doi);
    q.addBindValue(fields.arxivId);
    q.addBindValue(trail);
    q.addBindValue(nowMs());
    q.addBindValue(nowMs());
    q.addBindValue(sectionId);
    if (!q.exec()) {
        failed(tr("Cannot add the entry"), q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!indexEntries(Scope::Entry, id))
        return 0;
    return t.commit() ? id : 0;
}

qint64 Store::insertionPoint(qint64 sectionId, int year)
{
    if (year <= 0)
        return 0;
    QSqlQuery q(database());
    q.prepare(u"SELECT id FROM entries WHERE section_id = ? AND year > 0 AND year <= ? "
              u"ORDER BY position LIMIT 1"_s);
    q.addBindValue(sectionId);
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool Store::updateEntry(qint64 id, const EntryFields &f)
{
    if (!Identifier::isWebUrl(f.url))
        return failed(tr("Cannot change the entry"), notWebUrl(f.url));
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(u"UPDATE entries SET authors = coalesce(?, ''), authors_json = coalesce(?, ''), "
              u"title = coalesce(?, ''), url = coalesce(?, ''), venue = coalesce(?, ''), "
              u"year_text = coalesce(?, ''), year = ?, doi = coalesce(?, ''), "
              u"arxiv_id = coalesce(?, ''), dirty = 1, modified = ? WHERE id = ?"_s);
    q.addBindValue(f.authors);
    q.addBindValue(f.authorNames.isEmpty() ? QString() : AuthorFormat::toJson(f.authorNames));
    q.addBindValue(f.title);
    q.addBindValue(f.url);
    q.addBindValue(f.venue);
    q.addBindValue(f.yearText);
    q.addBindValue(f.year);
    q.addBindValue(f.doi);
    q.addBindValue(f.arxivId);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!t.isActive() || !unindexEntries(Scope::Entry, id))
        return false;
    if (!q.exec())
        return failed(tr("Cannot change the entry"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return failed(tr("Cannot change the entry"), tr("it no longer exists"));
    return indexEntries(Scope::Entry, id) && t.commit();
}

bool Store::setEntryExtras(qint64 id, const QString &notes, const QStringList &tags,
                           const QString &pdfPath)
{
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(u"UPDATE entries SET notes = coalesce(?, ''), tags = coalesce(?, ''), "
              u"pdf_path = coalesce(?, ''), modified = ? WHERE id = ?"_s);
    q.addBindValue(notes);
    q.addBindValue(tags.join(u'\n'));
    q.addBindValue(pdfPath);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!t.isActive() || !unindexEntries(Scope::Entry, id))
        return false;
    if (!q.exec())
        return failed(tr("Cannot change the entry"), q.lastError().text());
    return indexEntries(Scope::Entry, id) && t.commit();
}

bool Store::setNeedsReview(qint64 id, bool needsReview)
{
    QSqlQuery q(database());
    // The flag is not indexed for search, so the full-text index stays as it is.
    q.prepare(u"UPDATE entries SET needs_review = ?, modified = ? WHERE id = ?"_s);
    q.addBindValue(needsReview ? 1 : 0);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return failed(tr("Cannot change the entry"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return failed(tr("Cannot change the entry"), tr("it no longer exists"));
    return true;
}

bool Store::removeEntry(qint64 id)
{
    const auto e = entry(id);
    if (!e)
        return failed(tr("Cannot remove the entry"), tr("it no longer exists"));
    Transaction t(*this);
    if (!t.isActive())
        return false;
    // When the last entry of a section goes, the one above takes over its closing white space,
    // so the blank lines before the next heading stay as they were.
    QSqlQuery next(database());
    next.prepare(u"SELECT count(*) FROM entries WHERE section_id = ? AND position > ?"_s);
    next.addBindValue(e->sectionId);
    next.addBindValue(e->position);
    if (next.exec() && next.next() && next.value(0).toInt() == 0 && isWhitespaceOnly(e->trail)) {
        QSqlQuery prev(database());
        prev.prepare(
            u"UPDATE entries SET trail = coalesce(?, x'') WHERE id = (SELECT id FROM entries WHERE "
            u"section_id = ? AND position < ? ORDER BY position DESC LIMIT 1) "
            u"AND length(trim(trail, x'200d0a09')) = 0"_s);
        prev.addBindValue(e->trail);
        prev.addBindValue(e->sectionId);
        prev.addBindValue(e->position);
        if (!prev.exec())
            return failed(tr("Cannot remove the entry"), prev.lastError().text());
    }
    if (!unindexEntries(Scope::Entry, id))
        return false;
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM entries WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failed(tr("Cannot remove the entry"), q.lastError().text());
    return t.commit();
}

// External-content FTS5 forgets a row by being told its old values ('delete'), and learns one by
// an ordinary insert: both read the values from entries, for one entry or a whole list.
static QString ftsStatement(bool add, Store::Scope scope)
{
    const QString where = scope == Store::Scope::Entry
        ? u"id = ?"_s
        : u"section_id IN (SELECT id FROM sections WHERE list_id = ?)"_s;
    return add ? u"INSERT INTO entries_fts(rowid, authors, title, venue, notes) "
                 u"SELECT id, authors, title, venue, notes FROM entries WHERE "_s
            + where
               : u"INSERT INTO entries_fts(entries_fts, rowid, authors, title, venue, notes) "
                 u"SELECT 'delete', id, authors, title, venue, notes FROM entries WHERE "_s
            + where;
}

bool Store::unindexEntries(Scope scope, qint64 id)
{
    QSqlQuery q(database());
    q.prepare(ftsStatement(false, scope));
    q.addBindValue(id);
    return q.exec() || failed(tr("Cannot update the search index"), q.lastError().text());
}

bool Store::indexEntries(Scope scope, qint64 id)
{
    QSqlQuery q(database());
    q.prepare(ftsStatement(true, scope));
    q.addBindValue(id);
    return q.exec() || failed(tr("Cannot update the search index"), q.lastError().text());
}

QList<qint64> Store::search(qint64 listId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return entryIds(listId, 0, text);
}

bool Store::cachePut(const QString &key, const QString &source, const QByteArray &body,
                     const QString &contentType)
{
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(u"INSERT OR REPLACE INTO lookup_cache (key, source, body, content_type, fetched) "
              u"VALUES (?, ?, coalesce(?, x''), coalesce(?, ''), ?)"_s);
    q.addBindValue(key);
    q.addBindValue(source);
    q.addBindValue(body);
    q.addBindValue(contentType);
    q.addBindValue(nowMs());
    if (!t.isActive() || !q.exec())
        return failed(tr("Cannot cache the response"), q.lastError().text());
    return t.commit();
}

std::optional<Store::CachedResponse> Store::cacheGet(const QString &key)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT source, body, content_type, fetched FROM lookup_cache WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CachedResponse{q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(),
                          fromMs(q.value(3))};
}

} // namespace Curator
