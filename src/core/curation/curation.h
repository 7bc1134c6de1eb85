#pragma once

#include "entry.h"
#include "store/readmeio.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Curator {

class Store;

// Every change the window and the command line make to the store goes through here: each one
// is recorded as a changeset (Store::ChangeRecorder), kept as a step of this session's undo
// history and in the store's shared history (so the command line's `undo` can take back what
// was done before, by itself or by a window), and `storeChanged` tells the views to refresh.
// Widget-free: the window's Undo and Redo actions follow historyChanged().
class Curation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Curation)

public:
    explicit Curation(Store &store, QObject *parent = nullptr);
    ~Curation() override;

    Store &store() const { return m_store; }
    QString errorString() const { return m_error; }

    // This session's steps, newest last (at most 100; a step whose rows were changed since by
    // someone else is dropped when it cannot be applied: failed() says so).
    bool canUndo() const { return !m_done.isEmpty(); }
    bool canRedo() const { return !m_undone.isEmpty(); }
    QString undoText() const { return canUndo() ? m_done.last().text : QString(); }
    QString redoText() const { return canRedo() ? m_undone.last().text : QString(); }
    int undoCount() const { return int(m_done.size()); }
    bool undo();
    bool redo();

    // The store's shared history, whoever recorded it (an earlier command, a window): takes back
    // the newest step not undone, or brings back the one undone last. `text` names the step.
    bool undoInStore(QString *text);
    bool redoInStore(QString *text);

    bool editEntry(qint64 id, const EntryFields &fields);
    bool editEntry(const Entry &entry); // fields, section, notes, tags, PDF
    qint64 addEntry(qint64 sectionId, const EntryFields &fields, const QString &text = {});
    // A new entry with its notes, tags and PDF, as one step (entry.sectionId says where).
    qint64 addEntry(const Entry &entry);
    qint64 duplicateEntry(qint64 id);
    bool removeEntries(const QList<qint64> &ids);
    bool moveEntries(const QList<qint64> &ids, qint64 sectionId, qint64 beforeId);
    bool moveEntriesToSection(const QList<qint64> &ids, qint64 sectionId);
    bool moveEntryBy(qint64 id, int delta);
    bool sortSectionByYear(qint64 sectionId);
    // One step named "Import README.md" (the file's name), for the window and `import` alike.
    bool importReadme(const QString &path, ImportReport *report, const ImportOptions &options = {});
    qint64 createList(const QString &name);
    bool removeList(qint64 listId);
    // Any other change to the store (a README sync, a batch import) as one undo step named
    // `text`: whatever `operation` changes is recorded.
    bool perform(const QString &text, const std::function<bool()> &operation)
    {
        return record(text, operation);
    }
    // A change made and recorded on another store connection (a worker thread's), taken into the
    // session's history as one step named `text`; `historyId` is its step in the store's shared
    // history when the worker kept it there (0: kept here).
    void adopt(const QString &text, const QByteArray &changeset, qint64 historyId = 0);

signals:
    // The store changed (an operation, an undo or a redo); views re-read what they show.
    void storeChanged();
    // An undo or redo could not be applied.
    void failed(const QString &message);
    // What undo and redo would do changed.
    void historyChanged();

private:
    // Runs `operation` while recording; pushes an undo step named `text` when it changed anything.
    bool record(const QString &text, const std::function<bool()> &operation);

    struct Step
    {
        qint64 historyId = 0; // in the store's history; 0 when not kept there
        QString text;
        QByteArray changeset;
    };
    bool apply(Step &step, bool undo);
    void pushStep(const QString &text, const QByteArray &changeset, qint64 historyId);
    bool takeSessionStep(bool undo);
    bool takeStoreStep(bool undo, QString *text);

    Store &m_store;
    QList<Step> m_done; // undo takes the last
    QList<Step> m_undone; // redo takes the last
    QString m_error;
};

} // namespace Curator
