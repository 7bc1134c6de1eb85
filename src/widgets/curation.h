#pragma once

#include "entry.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Curator {

class Store;
struct ImportReport;

// Every change the window makes to the store goes through here: each one is recorded as a
// changeset and pushed on the undo stack, and `storeChanged` tells the views to refresh.
class Curation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Curation)

public:
    explicit Curation(Store &store, QObject *parent = nullptr);
    ~Curation() override;

    Store &store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }
    QString errorString() const { return m_error; }

    bool editEntry(qint64 id, const EntryFields &fields);
    bool editEntry(const Entry &entry); // fields, section, notes, tags, PDF
    qint64 addEntry(qint64 sectionId, const EntryFields &fields, const QString &text = {});
    qint64 duplicateEntry(qint64 id);
    bool removeEntries(const QList<qint64> &ids);
    bool moveEntries(const QList<qint64> &ids, qint64 sectionId, qint64 beforeId);
    bool moveEntriesToSection(const QList<qint64> &ids, qint64 sectionId);
    bool moveEntryBy(qint64 id, int delta);
    bool sortSectionByYear(qint64 sectionId);
    bool importReadme(const QString &path, ImportReport *report);
    qint64 createList(const QString &name);
    bool removeList(qint64 listId);
    // Any other change to the store (a README sync, a batch import) as one undo step named
    // `text`: whatever `operation` changes is recorded.
    bool perform(const QString &text, const std::function<bool()> &operation)
    {
        return record(text, operation);
    }

signals:
    // The store changed (an operation, an undo or a redo); views re-read what they show.
    void storeChanged();
    // An undo or redo could not be applied.
    void failed(const QString &message);

private:
    // Runs `operation` while recording; pushes an undo step named `text` when it changed anything.
    bool record(const QString &text, const std::function<bool()> &operation);

    Store &m_store;
    QUndoStack *m_undo;
    QString m_error;
};

} // namespace Curator
