#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Curator {

class Store;

// Keeping a list and the README in its repository in step. The store may hold edits the
// repository has not seen (ours), and the repository may hold a contributor's merged pull request
// the store has not seen (theirs); both started from the README last read or written (base).
namespace ReadmeSync {

// A region both sides changed differently: the lines of each side, for the user to choose.
struct Conflict
{
    int baseLine = 0; // 1-based line in the base where it starts
    QByteArray base, ours, theirs;
};

struct Merge
{
    QByteArray text; // with conflicts resolved as asked (or ours, when not asked)
    QList<Conflict> conflicts;
    int theirChanges = 0; // regions only the repository changed
    int ourChanges = 0;
};

enum class Prefer { Nobody, Ours, Theirs };

// A line-based three-way merge (diff3): changes of one side apply as they are; where both
// sides inserted at the same place (two new papers at the top of a year group) both insertions
// are kept, ours first; other overlapping changes are conflicts, resolved by `prefer`.
Merge merge(QByteArrayView base, QByteArrayView ours, QByteArrayView theirs,
            Prefer prefer = Prefer::Nobody);

struct Check
{
    bool ok = false;
    QString error;
    bool missing = false; // the repository has no README at that path
    bool changedOutside = false; // theirs is a text the store has never seen
    QByteArray base, theirs;
    QByteArray ours; // the list's README; exported only when the repository's is news
    Merge merged;
    QStringList added, edited, removed; // theirs against base, entry titles
};

// What merging `theirs` (the README in the working tree, or on the remote's base branch) into
// the list would do. Nothing is changed.
Check check(Store &store, qint64 listId, const QByteArray &theirs);

// Merges theirs into the list (one transaction): entries keep their ids and the metadata the
// README lacks, the README becomes the new base. Refuses conflicts unless `prefer` says which
// side wins, and removals unless `allowRemovals`.
bool apply(Store &store, qint64 listId, const Check &check, Prefer prefer, bool allowRemovals,
           QString *error);

// apply, recorded: on a worker's own connection (runOnStore) the changeset is kept in the store's
// shared history there (a merge of 100,000 entries records some 47 MB: written there, not on the
// window's thread) and given back for Curation::adopt on the window's. The first form checks
// again, for a decision the user took while the list may have changed.
struct RecordedApply
{
    bool ok = false;
    QString error;
    Check check;
    QByteArray changeset;
    qint64 historyId = 0; // the step kept in the store's shared history, named `historyText`
};
RecordedApply applyRecorded(Store &store, qint64 listId, const QByteArray &theirs, Prefer prefer,
                            bool allowRemovals, const QString &historyText);
RecordedApply applyRecorded(Store &store, qint64 listId, const Check &check, Prefer prefer,
                            bool allowRemovals, const QString &historyText);

// Reads the linked README from the working tree (empty and `missing` when it is not there).
QByteArray readWorkingReadme(const QString &path, bool *missing, QString *error);

struct ExportOutcome
{
    bool ok = false;
    bool written = false; // false when the file already had this text
    bool needsSync = false; // the README changed outside the app: sync first
    QString message;
    QString path;
};

// Writes the list's README into its linked clone, atomically and only if it changed. Refuses
// when the README there holds text the store has not seen (it would be overwritten).
ExportOutcome exportToRepository(Store &store, qint64 listId);

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Curator::ReadmeSync)
};

// What the README pane shows for a list: its export against the README it replaces (the
// clone's, or the file it was imported from), whether the clone's README changed outside the
// app, the diff and the preview. Pure reading: a worker thread calls it on a store connection
// of its own, so the window never waits for an export of 100,000 entries.
struct PaneState
{
    QString exportError; // the export failed: nothing else is set
    QString target; // the README the export replaces; empty when there is none
    bool missing = true; // the target does not exist yet
    QString readError;
    bool needsSync = false; // changed outside the app: new, changed, removed entries
    qsizetype syncAdded = 0, syncEdited = 0, syncRemoved = 0;
    bool identical = true;
    int hunks = 0, linesAdded = 0, linesRemoved = 0;
    QString unified; // the diff, for the pane's Changes tab
    QString previewHtml; // GitHub's rendering of the first `maxPreviewBytes`
    bool previewCut = false;
};
PaneState paneState(Store &store, qint64 listId, bool linked, qsizetype maxPreviewBytes);

} // namespace ReadmeSync
} // namespace Curator
