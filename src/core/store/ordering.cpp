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

} // namespace

// `orders` gives the complete new order of each section it names. Rows whose place changed are
// rewritten; the white space between entries is kept where a human would keep it: the closing
// gap of a section (the blank lines before the next heading) stays with whichever entry is last,
// and an entry that is no longer last is followed by one blank line. The caller holds the
// transaction.
bool Store::applyOrder(const QHash<qint64, QList<qint64>> &orders)
{
    QHash<qint64, Row> rows;
    QHash<qint64, QByteArray> closingGap; // per section
    QHash<qint64, qint64> oldLast; // per section
    QByteArray eol = "\n";
    qint64 lastSection = 0; // the list's last section: its last entry ends the document
    {
        QSqlQuery listQ(database());
        listQ.prepare(u"SELECT l.eol, (SELECT id FROM sections WHERE list_id = l.id ORDER BY "
                      u"position DESC LIMIT 1) FROM sections s JOIN lists l ON l.id = s.list_id "
                      u"WHERE s.id = ?"_s);
        listQ.addBindValue(orders.constBegin().key());
        if (!listQ.exec() || !listQ.next())
            return failed(tr("Cannot move the entries"), tr("the section does not exist"));
        eol = listQ.value(0).toByteArray();
        lastSection = listQ.value(1).toLongLong();
    }
    QSqlQuery q(database());
    q.prepare(u"SELECT id, section_id, position, raw, trail FROM entries WHERE section_id = ? "
              u"ORDER BY position"_s);
    for (auto it = orders.constBegin(); it != orders.constEnd(); ++it) {
        q.bindValue(0, it.key());
        if (!q.exec())
            return failed(tr("Cannot move the entries"), q.lastError().text());
        QByteArray gap = eol;
        qint64 last = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            rows.insert(id,
                        {q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toByteArray(),
                         q.value(4).toByteArray()});
            last = id;
        }
        // What closes the section (the blank lines before the next heading, or nothing at the
        // end of the file) stays at its end.
        if (last && whitespaceOnly(rows[last].trail))
            gap = rows[last].trail;
        closingGap.insert(it.key(), gap);
        oldLast.insert(it.key(), last);
    }

    QSqlQuery place(database());
    place.prepare(u"UPDATE entries SET section_id = ?, position = ? WHERE id = ?"_s);
    QSqlQuery text(database());
    text.prepare(
        u"UPDATE entries SET raw = coalesce(?, x''), trail = coalesce(?, x'') WHERE id = ?"_s);
    for (auto it = orders.constBegin(); it != orders.constEnd(); ++it) {
        const qint64 section = it.key();
        const QList<qint64> &ids = it.value();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const qint64 id = ids.at(i);
            const auto r = rows.constFind(id);
            if (r == rows.constEnd())
                return failed(tr("Cannot move the entries"), tr("an entry no longer exists"));
            const bool moved = r->section != section || r->position != i;
            if (moved) {
                place.bindValue(0, section);
                place.bindValue(1, int(i));
                place.bindValue(2, id);
                if (!place.exec())
                    return failed(tr("Cannot move the entries"), place.lastError().text());
            }
            const bool isLast = i == ids.size() - 1;
            const bool wasLast = oldLast.value(r->section) == id;
            if (!moved && !isLast && !wasLast)
                continue;
            QByteArray raw = r->raw;
            QByteArray trail = r->trail;
            if (whitespaceOnly(trail)) {
                if (isLast)
                    trail = closingGap.value(section);
                else if (wasLast || (moved && trail != eol))
                    trail = eol;
            }
            // Only the document's very last line may lack a line ending.
            if (!raw.isEmpty() && !raw.endsWith('\n') && !(isLast && section == lastSection))
                raw += eol;
            if (raw != r->raw || trail != r->trail) {
                text.bindValue(0, raw);
                text.bindValue(1, trail);
                text.bindValue(2, id);
                if (!text.exec())
                    return failed(tr("Cannot move the entries"), text.lastError().text());
            }
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
