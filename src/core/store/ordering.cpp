// Reordering entries: moves within and between sections, and sorting a section by year.
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

bool whitespaceOnly(const QByteArray &b)
{
    return std::all_of(b.begin(), b.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

struct Row
{
    qint64 section = 0;
    int position = 0;
    QByteArray raw;
    QByteArray trail;
};

// The line ending of the list that `section` is in, and the id of that list's last section.
bool readListOf(const QSqlDatabase &db, qint64 section, QByteArray *eol, qint64 *lastSection)
{
    QSqlQuery listQ(db);
    listQ.prepare(u"SELECT l.eol, (SELECT id FROM sections WHERE list_id = l.id ORDER BY "
                  u"position DESC LIMIT 1) FROM sections s JOIN lists l ON l.id = s.list_id "
                  u"WHERE s.id = ?"_s);
    listQ.addBindValue(section);
    if (!listQ.exec() || !listQ.next())
        return false;
    *eol = listQ.value(0).toByteArray();
    *lastSection = listQ.value(1).toLongLong();
    return true;
}

// The reordered sections' entries as they stand before the move.
struct SectionsBefore
{
    QHash<qint64, Row> rows;
    QHash<qint64, QByteArray> closingGap; // per section
    QHash<qint64, qint64> oldLast; // per section
};

bool readSections(const QSqlDatabase &db, const QHash<qint64, QList<qint64>> &orders,
                  const QByteArray &eol, SectionsBefore *before, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, section_id, position, raw, trail FROM entries WHERE section_id = ? "
              u"ORDER BY position"_s);
    for (auto it = orders.constBegin(); it != orders.constEnd(); ++it) {
        q.bindValue(0, it.key());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        QByteArray gap = eol;
        qint64 last = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            before->rows.insert(id,
                                {q.value(1).toLongLong(), q.value(2).toInt(),
                                 q.value(3).toByteArray(), q.value(4).toByteArray()});
            last = id;
        }
        // What closes the section (the blank lines before the next heading, or nothing at the
        // end of the file) stays at its end.
        if (last && whitespaceOnly(before->rows[last].trail))
            gap = before->rows[last].trail;
        before->closingGap.insert(it.key(), gap);
        before->oldLast.insert(it.key(), last);
    }
    return true;
}

// Puts entries at their new places, rewriting the text of those whose white space must change.
class EntryPlacer
{
public:
    EntryPlacer(const QSqlDatabase &db, const SectionsBefore &before, const QByteArray &eol,
                qint64 lastSection)
        : m_place(db)
        , m_text(db)
        , m_before(before)
        , m_eol(eol)
        , m_lastSection(lastSection)
    {
        m_place.prepare(u"UPDATE entries SET section_id = ?, position = ? WHERE id = ?"_s);
        m_text.prepare(
            u"UPDATE entries SET raw = coalesce(?, x''), trail = coalesce(?, x'') WHERE id = ?"_s);
    }

    bool put(qint64 section, qint64 id, const Row &r, qsizetype i, bool isLast, QString *error);

private:
    QSqlQuery m_place;
    QSqlQuery m_text;
    const SectionsBefore &m_before;
    const QByteArray &m_eol;
    qint64 m_lastSection;
};

bool EntryPlacer::put(qint64 section, qint64 id, const Row &r, qsizetype i, bool isLast,
                      QString *error)
{
    const bool moved = r.section != section || r.position != i;
    if (moved) {
        m_place.bindValue(0, section);
        m_place.bindValue(1, int(i));
        m_place.bindValue(2, id);
        if (!m_place.exec()) {
            *error = m_place.lastError().text();
            return false;
        }
    }
    const bool wasLast = m_before.oldLast.value(r.section) == id;
    if (!moved && !isLast && !wasLast)
        return true;
    QByteArray raw = r.raw;
    QByteArray trail = r.trail;
    if (whitespaceOnly(trail)) {
        if (isLast)
            trail = m_before.closingGap.value(section);
        else if (wasLast || (moved && trail != m_eol))
            trail = m_eol;
    }
    // Only the document's very last line may lack a line ending.
    if (!raw.isEmpty() && !raw.endsWith('\n') && !(isLast && section == m_lastSection))
        raw += m_eol;
    if (raw == r.raw && trail == r.trail)
        return true;
    m_text.bindValue(0, raw);
    m_text.bindValue(1, trail);
    m_text.bindValue(2, id);
    if (!m_text.exec()) {
        *error = m_text.lastError().text();
        return false;
    }
    return true;
}

} // namespace

// `orders` gives the complete new order of each section it names. Rows whose place changed are
// rewritten; the white space between entries is kept where a human would keep it: the closing
// gap of a section (the blank lines before the next heading) stays with whichever entry is last,
// and an entry that is no longer last is followed by one blank line. The caller holds the
// transaction.
bool Store::applyOrder(const QHash<qint64, QList<qint64>> &orders)
{
    QByteArray eol = "\n";
    qint64 lastSection = 0; // the list's last section: its last entry ends the document
    if (!readListOf(database(), orders.constBegin().key(), &eol, &lastSection))
        return failed(tr("Cannot move the entries"), tr("the section does not exist"));
    SectionsBefore before;
    QString error;
    if (!readSections(database(), orders, eol, &before, &error))
        return failed(tr("Cannot move the entries"), error);

    EntryPlacer placer(database(), before, eol, lastSection);
    for (auto it = orders.constBegin(); it != orders.constEnd(); ++it) {
        const QList<qint64> &ids = it.value();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto r = before.rows.constFind(ids.at(i));
            if (r == before.rows.constEnd())
                return failed(tr("Cannot move the entries"), tr("an entry no longer exists"));
            if (!placer.put(it.key(), ids.at(i), *r, i, i == ids.size() - 1, &error))
                return failed(tr("Cannot move the entries"), error);
        }
    }
    return true;
}

bool Store::moveEntries(const QList<qint64> &ids, qint64 sectionId, qint64 beforeId)
{
    if (ids.isEmpty())
        return true;
    Transaction t(*this);
    if (!t.isActive())
        return false;
    // The moved entries keep their README order among themselves.
    QList<qint64> moving;
    QList<qint64> sources;
    {
        QList<std::tuple<int, int, qint64>> keyed;
        QSqlQuery pos(database());
        pos.prepare(u"SELECT s.position, e.position, e.section_id FROM entries e JOIN sections s "
                    u"ON s.id = e.section_id WHERE e.id = ?"_s);
        for (qint64 id : ids) {
            pos.bindValue(0, id);
            if (!pos.exec() || !pos.next())
                return failed(tr("Cannot move the entries"), tr("an entry no longer exists"));
            keyed.push_back({pos.value(0).toInt(), pos.value(1).toInt(), id});
            const qint64 src = pos.value(2).toLongLong();
            if (!sources.contains(src))
                sources << src;
        }
        std::sort(keyed.begin(), keyed.end());
        for (const auto &k : keyed) {
            if (!moving.contains(std::get<2>(k)))
                moving << std::get<2>(k);
        }
    }
    QHash<qint64, QList<qint64>> orders;
    QSqlQuery q(database());
    q.prepare(u"SELECT id FROM entries WHERE section_id = ? ORDER BY position"_s);
    QList<qint64> all = sources;
    if (!all.contains(sectionId))
        all << sectionId;
    for (qint64 s : all) {
        q.bindValue(0, s);
        if (!q.exec())
            return failed(tr("Cannot move the entries"), q.lastError().text());
        QList<qint64> order;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!moving.contains(id))
                order << id;
        }
        orders.insert(s, order);
    }
    QList<qint64> &target = orders[sectionId];
    qsizetype at = target.size();
    if (beforeId) {
        const qsizetype i = target.indexOf(beforeId);
        if (i >= 0) {
            at = i;
        } else if (moving.contains(beforeId)) {
            // Dropped onto one of the moved entries: they stay where that one was.
            QSqlQuery after(database());
            after.prepare(u"SELECT id FROM entries WHERE section_id = ? AND position > (SELECT "
                          u"position FROM entries WHERE id = ?) ORDER BY position"_s);
            after.addBindValue(sectionId);
            after.addBindValue(beforeId);
            if (after.exec()) {
                while (after.next()) {
                    const qsizetype j = target.indexOf(after.value(0).toLongLong());
                    if (j >= 0) {
                        at = j;
                        break;
                    }
                }
            }
        }
    }
    for (qsizetype k = 0; k < moving.size(); ++k)
        target.insert(at + k, moving.at(k));
    if (!applyOrder(orders))
        return false;
    return t.commit();
}

bool Store::moveEntriesByYear(const QList<qint64> &ids, qint64 sectionId)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery year(database());
    year.prepare(u"SELECT year FROM entries WHERE id = ?"_s);
    QSqlQuery before(database());
    before.prepare(u"SELECT id FROM entries WHERE section_id = ? AND id <> ? AND year > 0 AND "
                   u"year <= ? ORDER BY position LIMIT 1"_s);
    for (qint64 id : ids) {
        year.bindValue(0, id);
        if (!year.exec() || !year.next())
            return failed(tr("Cannot move the entries"), tr("an entry no longer exists"));
        const int y = year.value(0).toInt();
        qint64 beforeId = 0;
        if (y > 0) {
            before.bindValue(0, sectionId);
            before.bindValue(1, id);
            before.bindValue(2, y);
            if (before.exec() && before.next())
                beforeId = before.value(0).toLongLong();
            before.finish();
        }
        year.finish();
        if (!moveEntries({id}, sectionId, beforeId))
            return false;
    }
    return t.commit();
}

bool Store::moveEntryBy(qint64 id, int delta)
{
    const auto e = entry(id);
    if (!e)
        return failed(tr("Cannot move the entry"), tr("it no longer exists"));
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(database());
    q.prepare(u"SELECT id FROM entries WHERE section_id = ? ORDER BY position"_s);
    q.addBindValue(e->sectionId);
    if (!q.exec())
        return failed(tr("Cannot move the entry"), q.lastError().text());
    QList<qint64> order;
    while (q.next())
        order << q.value(0).toLongLong();
    const qsizetype i = order.indexOf(id);
    const qsizetype j = i + delta;
    if (i < 0 || j < 0 || j >= order.size())
        return true; // already at the edge
    order.swapItemsAt(i, j);
    if (!applyOrder({{e->sectionId, order}}))
        return false;
    return t.commit();
}

bool Store::sortSectionByYear(qint64 sectionId)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(database());
    q.prepare(u"SELECT id, year FROM entries WHERE section_id = ? ORDER BY position"_s);
    q.addBindValue(sectionId);
    if (!q.exec())
        return failed(tr("Cannot sort the section"), q.lastError().text());
    QList<QPair<int, qint64>> rows;
    while (q.next())
        rows.push_back({q.value(1).toInt(), q.value(0).toLongLong()});
    if (rows.isEmpty())
        return t.commit();
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const int ya = a.first > 0 ? a.first : -1;
        const int yb = b.first > 0 ? b.first : -1;
        return ya > yb;
    });
    QList<qint64> order;
    for (const auto &r : rows)
        order << r.second;
    if (!applyOrder({{sectionId, order}}))
        return false;
    return t.commit();
}

} // namespace Curator
