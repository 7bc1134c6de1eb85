// The shared undo history: the changesets Curation records, kept in the store.
#include "store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

std::optional<Store::HistoryStep> stepFrom(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    Store::HistoryStep step;
    step.id = q.value(0).toLongLong();
    step.text = q.value(1).toString();
    step.changeset = q.value(2).toByteArray();
    step.undone = q.value(3).toBool();
    step.when = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    return step;
}

} // namespace

qint64 Store::addHistoryStep(const QString &text, const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return 0;
    Transaction t(*this);
    if (!t.isActive())
        return 0;
    QSqlQuery q(database());
    // A new change ends what redo could bring back, as in any editor.
    if (!q.exec(u"DELETE FROM history WHERE undone = 1"_s)) {
        failed(tr("Cannot keep the undo history"), q.lastError().text());
        return 0;
    }
    qint64 id = 0;
    if (changeset.size() <= HistoryBytes) {
        q.prepare(u"INSERT INTO history (text, changeset, undone, created) VALUES (?, ?, 0, ?)"_s);
        q.addBindValue(text);
        q.addBindValue(changeset);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!q.exec()) {
            failed(tr("Cannot keep the undo history"), q.lastError().text());
            return 0;
        }
        id = q.lastInsertId().toLongLong();
    }
    // The oldest steps go beyond the limits: by count, then by size (newest first kept).
    q.prepare(u"DELETE FROM history WHERE id NOT IN "
              "(SELECT id FROM history ORDER BY id DESC LIMIT ?)"_s);
    q.addBindValue(HistorySteps);
    q.exec();
    q.prepare(u"DELETE FROM history WHERE id IN (SELECT id FROM (SELECT id, "
              "sum(length(changeset)) OVER (ORDER BY id DESC) AS total FROM history) "
              "WHERE total > ?)"_s);
    q.addBindValue(HistoryBytes);
    q.exec();
    if (!t.commit())
        return 0;
    return id;
}

std::optional<Store::HistoryStep> Store::historyStepToUndo()
{
    QSqlQuery q(database());
    q.prepare(u"SELECT id, text, changeset, undone, created FROM history WHERE undone = 0 "
              "ORDER BY id DESC LIMIT 1"_s);
    return stepFrom(q);
}

std::optional<Store::HistoryStep> Store::historyStepToRedo()
{
    // Undo goes from the newest step back, so the step undone last is the oldest undone one.
    QSqlQuery q(database());
    q.prepare(u"SELECT id, text, changeset, undone, created FROM history WHERE undone = 1 "
              "ORDER BY id ASC LIMIT 1"_s);
    return stepFrom(q);
}

bool Store::setHistoryStepUndone(qint64 id, bool undone)
{
    QSqlQuery q(database());
    q.prepare(u"UPDATE history SET undone = ? WHERE id = ?"_s);
    q.addBindValue(undone ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return failed(tr("Cannot keep the undo history"), q.lastError().text());
    return true;
}

} // namespace Curator
