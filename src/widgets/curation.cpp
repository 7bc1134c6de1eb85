#include "curation.h"

#include "store/readmeio.h"
#include "store/store.h"

#include <QUndoStack>

namespace Curator {

namespace {

// One undo step: the changeset an operation recorded. The operation has already happened when
// the command is pushed, so the first redo does nothing.
class StoreCommand final : public QUndoCommand
{
public:
    StoreCommand(Curation &curation, const QString &text, QByteArray changeset)
        : QUndoCommand(text)
        , m_curation(curation)
        , m_changeset(std::move(changeset))
    { }

    void undo() override { apply(true); }
    void redo() override
    {
        if (m_pushed)
            apply(false);
        m_pushed = true;
    }

private:
    void apply(bool invert)
    {
        Store &store = m_curation.store();
        if (!store.applyChangeset(m_changeset, invert)) {
            // The rows moved on without us: this step can no longer be taken.
            setObsolete(true);
            emit m_curation.failed(store.errorString());
        }
        emit m_curation.storeChanged();
    }

    Curation &m_curation;
    QByteArray m_changeset;
    bool m_pushed = false;
};

} // namespace

Curation::Curation(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
{
    // A changeset of a 100,000-entry import is ~25 MB: keep the history bounded.
    m_undo->setUndoLimit(100);
}

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
    if (!changeset.isEmpty())
        m_undo->push(new StoreCommand(*this, text, changeset));
    if (ok || !changeset.isEmpty())
        emit storeChanged();
    return ok;
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

bool Curation::importReadme(const QString &path, ImportReport *report)
{
    return record(tr("Import README"), [&] {
        *report = importReadmeFile(m_store, path, {});
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
