#include "curation/curation.h"

#include "store/readmeio.h"
#include "store/store.h"

#include <QFileInfo>

namespace Curator {

namespace {
// A changeset of a 100,000-entry import is ~25 MB: the session's history is bounded.
constexpr int SessionSteps = 100;
} // namespace

Curation::Curation(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

Curation::~Curation() = default;

bool Curation::record(const QString &text, const std::function<bool()> &operation)
{
    QByteArray changeset;
    bool ok;
    {
        Store::ChangeRecorder recorder(m_store);
        ok = operation();
        changeset = recorder.changeset();
    }
    if (!ok)
        m_error = m_store.errorString();
    if (!changeset.isEmpty()) {
        const QString error = m_store.errorString();
        pushStep(text, changeset, m_store.addHistoryStep(text, changeset));
        m_store.setError(error); // the operation's own message, if it failed
    }
    if (ok || !changeset.isEmpty())
        emit storeChanged();
    return ok;
}

void Curation::pushStep(const QString &text, const QByteArray &changeset, qint64 historyId)
{
    m_done.append({historyId, text, changeset});
    if (m_done.size() > SessionSteps)
        m_done.removeFirst();
    m_undone.clear();
    emit historyChanged();
}

void Curation::adopt(const QString &text, const QByteArray &changeset, qint64 historyId)
{
    if (changeset.isEmpty())
        return;
    pushStep(text, changeset, historyId ? historyId : m_store.addHistoryStep(text, changeset));
    emit storeChanged();
}

bool Curation::apply(Step &step, bool undo)
{
    if (!m_store.applyChangeset(step.changeset, undo)) {
        m_error = m_store.errorString();
        return false;
    }
    if (step.historyId)
        m_store.setHistoryStepUndone(step.historyId, undo);
    return true;
}

bool Curation::undo()
{
    return takeSessionStep(true);
}

bool Curation::redo()
{
    return takeSessionStep(false);
}

bool Curation::takeSessionStep(bool undo)
{
    QList<Step> &from = undo ? m_done : m_undone;
    QList<Step> &to = undo ? m_undone : m_done;
    if (from.isEmpty())
        return false;
    Step step = from.takeLast();
    // A step whose rows moved on without us (another window, the command line) can no longer
    // be taken: it is dropped, and the user told.
    const bool ok = apply(step, undo);
    if (ok)
        to.append(step);
    else
        emit failed(m_error);
    emit historyChanged();
    emit storeChanged();
    return ok;
}

bool Curation::undoInStore(QString *text)
{
    return takeStoreStep(true, text);
}

bool Curation::redoInStore(QString *text)
{
    return takeStoreStep(false, text);
}

bool Curation::takeStoreStep(bool undo, QString *text)
{
    const auto step = undo ? m_store.historyStepToUndo() : m_store.historyStepToRedo();
    if (!step) {
        m_error = !m_store.errorString().isEmpty() ? m_store.errorString()
            : undo                                 ? tr("Nothing to undo.")
                                                   : tr("Nothing to redo.");
        return false;
    }
    *text = step->text;
    if (!m_store.applyChangeset(step->changeset, undo)) {
        m_error = (undo ? tr("“%1” cannot be undone: the entries it changed were changed again "
                             "since (%2).")
                        : tr("“%1” cannot be redone: the entries it changed were changed again "
                             "since (%2)."))
                      .arg(step->text, m_store.errorString());
        return false;
    }
    m_store.setHistoryStepUndone(step->id, undo);
    emit storeChanged();
    return true;
}

bool Curation::editEntry(qint64 id, const EntryFields &fields)
{
    return record(tr("Edit entry"), [&] { return m_store.updateEntry(id, fields); });
}

bool Curation::editEntry(const Entry &e)
{
    const auto old = m_store.entry(e.id);
    if (!old) {
        m_error = tr("The entry no longer exists.");
        return false;
    }
    return record(tr("Edit entry"), [&] {
        if (old->fields != e.fields && !m_store.updateEntry(e.id, e.fields))
            return false;
        if ((old->notes != e.notes || old->tags != e.tags || old->pdfPath != e.pdfPath)
            && !m_store.setEntryExtras(e.id, e.notes, e.tags, e.pdfPath))
            return false;
        if (old->sectionId != e.sectionId && !m_store.moveEntriesByYear({e.id}, e.sectionId))
            return false;
        return true;
    });
}

qint64 Curation::addEntry(qint64 sectionId, const EntryFields &fields, const QString &text)
{
    qint64 id = 0;
    record(text.isEmpty() ? tr("Add entry") : text, [&] {
        id = m_store.addEntry(sectionId, fields);
        return id != 0;
    });
    return id;
}

qint64 Curation::addEntry(const Entry &entry)
{
    qint64 id = 0;
    record(tr("Add entry"), [&] {
        id = m_store.addEntry(entry.sectionId, entry.fields);
        if (!id)
            return false;
        if (!entry.notes.isEmpty() || !entry.tags.isEmpty() || !entry.pdfPath.isEmpty())
            return m_store.setEntryExtras(id, entry.notes, entry.tags, entry.pdfPath);
        return true;
    });
    return id;
}

qint64 Curation::duplicateEntry(qint64 id)
{
    const auto e = m_store.entry(id);
    if (!e) {
        m_error = tr("The entry no longer exists.");
        return 0;
    }
    qint64 copy = 0;
    record(tr("Duplicate entry"), [&] {
        copy = m_store.addEntry(e->sectionId, e->fields);
        return copy && m_store.moveEntries({copy}, e->sectionId, id);
    });
    return copy;
}

bool Curation::removeEntries(const QList<qint64> &ids)
{
    return record(tr("Delete %n entries", nullptr, int(ids.size())), [&] {
        for (qint64 id : ids) {
            if (!m_store.removeEntry(id))
                return false;
        }
        return true;
    });
}

bool Curation::moveEntries(const QList<qint64> &ids, qint64 sectionId, qint64 beforeId)
{
    return record(tr("Move %n entries", nullptr, int(ids.size())),
                  [&] { return m_store.moveEntries(ids, sectionId, beforeId); });
}

bool Curation::moveEntriesToSection(const QList<qint64> &ids, qint64 sectionId)
{
    return record(tr("Move %n entries", nullptr, int(ids.size())),
                  [&] { return m_store.moveEntriesByYear(ids, sectionId); });
}

bool Curation::moveEntryBy(qint64 id, int delta)
{
    return record(delta < 0 ? tr("Move entry up") : tr("Move entry down"),
                  [&] { return m_store.moveEntryBy(id, delta); });
}

bool Curation::sortSectionByYear(qint64 sectionId)
{
    return record(tr("Sort section by year"), [&] { return m_store.sortSectionByYear(sectionId); });
}

bool Curation::importReadme(const QString &path, ImportReport *report, const ImportOptions &options)
{
    return record(tr("Import %1").arg(QFileInfo(path).fileName()), [&] {
        *report = importReadmeFile(m_store, path, options);
        if (!report->ok)
            m_store.setError(report->error);
        return report->ok;
    });
}

qint64 Curation::createList(const QString &name)
{
    qint64 id = 0;
    record(tr("New list"), [&] {
        id = m_store.createList(name);
        return id != 0;
    });
    return id;
}

} // namespace Curator

namespace Curator {

bool Curation::removeList(qint64 listId)
{
    return record(tr("Delete list"), [&] { return m_store.removeList(listId); });
}

} // namespace Curator
