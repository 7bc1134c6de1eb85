#include "git/readmesync.h"

#include "git/changesummary.h"
#include "logging.h"
#include "markdown/preview.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "textdiff.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator::ReadmeSync {

namespace {

// Lines with their "\n" (the last one may lack it), so that joining them gives the text back.
QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.push_back(text.sliced(start, end - start));
        start = end;
    }
    return lines;
}

// One side's change: base lines [begin, end) become `lines` of that side.
struct Change
{
    int begin = 0;
    int end = 0;
    int sideBegin = 0;
    int sideEnd = 0;
    bool ours = false;
};

QList<Change> changesOf(QByteArrayView base, QByteArrayView side, bool ours)
{
    QList<Change> out;
    const TextDiff::Diff d = TextDiff::diff(base, side, 0);
    for (const TextDiff::Hunk &h : d.hunks) {
        Change c;
        c.begin = h.oldCount > 0 ? h.oldStart - 1 : h.oldStart;
        c.end = c.begin + h.oldCount;
        c.sideBegin = h.newCount > 0 ? h.newStart - 1 : h.newStart;
        c.sideEnd = c.sideBegin + h.newCount;
        c.ours = ours;
        out.push_back(c);
    }
    return out;
}

QByteArray join(const QList<QByteArrayView> &lines, int begin, int end)
{
    QByteArray out;
    for (int i = begin; i < end; ++i)
        out += lines.at(i);
    return out;
}

// Whether `c` belongs to a group of changes spanning base lines [begin, end).
bool overlaps(const Change &c, int begin, int end, bool groupIsInsertion)
{
    if (c.begin == c.end && groupIsInsertion)
        return c.begin == begin; // two insertions at one place
    if (c.begin == c.end)
        return c.begin > begin && c.begin < end; // an insertion inside a replaced range
    if (groupIsInsertion)
        return begin > c.begin && begin < c.end;
    return c.begin < end && begin < c.end;
}

} // namespace

Merge merge(QByteArrayView base, QByteArrayView ours, QByteArrayView theirs, Prefer prefer)
{
    Merge m;
    const QList<QByteArrayView> b = splitLines(base), o = splitLines(ours), t = splitLines(theirs);
    QList<Change> all = changesOf(base, ours, true) + changesOf(base, theirs, false);
    std::stable_sort(all.begin(), all.end(), [](const Change &x, const Change &y) {
        return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
    });

    int at = 0; // next base line to copy
    for (qsizetype i = 0; i < all.size();) {
        // A group: the changes that overlap the first one, transitively.
        int gBegin = all.at(i).begin, gEnd = all.at(i).end;
        qsizetype j = i + 1;
        while (j < all.size() && overlaps(all.at(j), gBegin, gEnd, gBegin == gEnd)) {
            gEnd = std::max(gEnd, all.at(j).end);
            ++j;
        }
        m.text += join(b, at, gBegin);
        at = gEnd;

        bool hasOurs = false, hasTheirs = false;
        for (qsizetype k = i; k < j; ++k)
            (all.at(k).ours ? hasOurs : hasTheirs) = true;
        // Each side's text for the whole group: its changes, with base lines between them.
        auto sideText = [&](bool ours) {
            const QList<QByteArrayView> &side = ours ? o : t;
            QByteArray out;
            int pos = gBegin;
            for (qsizetype k = i; k < j; ++k) {
                const Change &c = all.at(k);
                if (c.ours != ours)
                    continue;
                out += join(b, pos, c.begin);
                out += join(side, c.sideBegin, c.sideEnd);
                pos = c.end;
            }
            out += join(b, pos, gEnd);
            return out;
        };
        if (!hasOurs || !hasTheirs) {
            m.text += sideText(hasOurs);
            ++(hasOurs ? m.ourChanges : m.theirChanges);
        } else {
            const QByteArray mine = sideText(true), yours = sideText(false);
            if (mine == yours) {
                m.text += mine;
            } else if (gBegin == gEnd) {
                // Both inserted here: keep both, ours first.
                m.text += mine + yours;
                ++m.ourChanges;
                ++m.theirChanges;
            } else {
                m.conflicts.push_back({gBegin + 1, join(b, gBegin, gEnd), mine, yours});
                m.text += prefer == Prefer::Theirs ? yours : mine;
            }
        }
        i = j;
    }
    m.text += join(b, at, int(b.size()));
    return m;
}

namespace {

QStringList titles(const QList<ChangeSummary::Item> &items)
{
    QStringList out;
    for (const ChangeSummary::Item &i : items)
        out << i.title;
    return out;
}

} // namespace

Check check(Store &store, qint64 listId, const QByteArray &theirs)
{
    Check c;
    c.theirs = theirs;
    c.base = store.syncedReadme(listId);
    // The common case costs no export: the clone's README is the one last synced, or an older
    // copy the store has integrated already.
    if (!c.base.isEmpty() && (theirs == c.base || store.hasSeenReadme(listId, theirs))) {
        c.ok = true;
        return c;
    }
    const ExportResult ours = exportReadme(store, listId);
    if (!ours.ok) {
        c.error = ours.error;
        return c;
    }
    c.ok = true;
    c.ours = ours.data;
    // A list linked after its import has no recorded base: the store's own text stands in, so
    // the repository's changes all come in (and edits made here since are conflicts to decide).
    if (c.base.isEmpty())
        c.base = c.ours;
    c.changedOutside = theirs != c.base && theirs != c.ours && !store.hasSeenReadme(listId, theirs);
    if (!c.changedOutside)
        return c;
    c.merged = merge(c.base, c.ours, theirs);
    const ChangeSummary incoming = summarizeChange(c.base, theirs);
    c.added = titles(incoming.added);
    c.edited = titles(incoming.edited);
    c.removed = titles(incoming.removed);
    return c;
}

bool apply(Store &store, qint64 listId, const Check &check, Prefer prefer, bool allowRemovals,
           QString *error)
{
    if (!check.ok) {
        *error = check.error;
        return false;
    }
    if (!check.changedOutside)
        return true;
    if (!check.merged.conflicts.isEmpty() && prefer == Prefer::Nobody) {
        *error = Messages::tr("%n place(s) of the README were changed both here and in the "
                              "repository. Choose which version to keep.",
                              nullptr, int(check.merged.conflicts.size()));
        return false;
    }
    if (!check.removed.isEmpty() && !allowRemovals) {
        *error = Messages::tr("The repository's README no longer has %n entry(s): %1. Confirm "
                              "to remove them here too.",
                              nullptr, int(check.removed.size()))
                     .arg(check.removed.join(u"; "_s));
        return false;
    }
    const auto list = store.list(listId);
    if (!list) {
        *error = Messages::tr("There is no such list.");
        return false;
    }
    const Merge m = prefer == Prefer::Nobody ? check.merged
                                             : merge(check.base, check.ours, check.theirs, prefer);
    Store::Transaction t(store);
    if (!t.isActive()) {
        *error = store.errorString();
        return false;
    }
    ImportOptions options;
    options.listName = list->name;
    options.sourcePath = list->sourcePath;
    options.force = true; // the store's edits are in the merged text
    const ImportReport r = importReadme(store, m.text, options);
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    if (!store.setSyncedReadme(listId, check.theirs) || !t.commit()) {
        *error = store.errorString();
        return false;
    }
    qCInfo(lcGit) << "merged the repository's README into list" << listId << ":" << r.added
                  << "new," << r.removed << "removed";
    return true;
}

QByteArray readWorkingReadme(const QString &path, bool *missing, QString *error)
{
    *missing = false;
    QFile f(path);
    if (!QFileInfo::exists(path)) {
        *missing = true;
        return {};
    }
    if (QFileInfo(path).size() > MaxReadmeBytes || !f.open(QIODevice::ReadOnly)) {
        *error = Messages::tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

ExportOutcome exportToRepository(Store &store, qint64 listId)
{
    ExportOutcome out;
    const RepoLink link = store.repoLink(listId);
    if (!link.isLinked()) {
        out.message = Messages::tr("The list is not linked to a git clone. Link it in the "
                                   "settings, or with: awesome-curator link --list NAME --repo "
                                   "PATH");
        return out;
    }
    out.path = link.readmeFile();
    if (!QFileInfo(link.path).isDir()) {
        out.message = Messages::tr("The list's clone %1 does not exist.").arg(link.path);
        return out;
    }
    bool missing = false;
    QString error;
    const QByteArray theirs = readWorkingReadme(out.path, &missing, &error);
    if (!error.isEmpty()) {
        out.message = error;
        return out;
    }
    const Check c = check(store, listId, theirs);
    if (!c.ok) {
        out.message = c.error;
        return out;
    }
    if (!missing && c.changedOutside) {
        out.needsSync = true;
        out.message = Messages::tr("%1 was changed outside Awesome Curator since the last import "
                                   "or export. Sync first, so that those changes are not "
                                   "overwritten.")
                          .arg(out.path);
        return out;
    }
    const ExportResult ours = exportReadme(store, listId);
    if (!ours.ok) {
        out.message = ours.error;
        return out;
    }
    if (!missing && ours.data == theirs) {
        out.ok = true;
        out.message = Messages::tr("%1 is up to date.").arg(out.path);
        if (store.syncedReadme(listId) != theirs)
            store.setSyncedReadme(listId, theirs);
        return out;
    }
    if (!exportReadmeToFile(store, listId, out.path, &error)) {
        out.message = error;
        return out;
    }
    if (!store.isReadOnly())
        store.setSyncedReadme(listId, ours.data);
    out.ok = true;
    out.written = true;
    out.message = Messages::tr("Wrote %1.").arg(out.path);
    return out;
}

PaneState paneState(Store &store, qint64 listId, bool linked, qsizetype maxPreviewBytes)
{
    PaneState st;
    const ExportResult ours = exportReadme(store, listId);
    if (!ours.ok) {
        st.exportError = ours.error;
        return st;
    }
    const auto list = store.list(listId);
    st.target
        = linked ? store.repoLink(listId).readmeFile() : (list ? list->sourcePath : QString());
    const QByteArray theirs = st.target.isEmpty()
        ? QByteArray()
        : readWorkingReadme(st.target, &st.missing, &st.readError);
    if (linked && !st.missing) {
        const Check c = check(store, listId, theirs);
        st.needsSync = c.ok && c.changedOutside;
        st.syncAdded = c.added.size();
        st.syncEdited = c.edited.size();
        st.syncRemoved = c.removed.size();
    }
    const TextDiff::Diff d = TextDiff::diff(theirs, ours.data);
    st.identical = d.identical;
    st.hunks = int(d.hunks.size());
    st.linesAdded = d.added;
    st.linesRemoved = d.removed;
    st.unified = QString::fromUtf8(TextDiff::unified(d));
    const QByteArray shown = ours.data.left(maxPreviewBytes);
    st.previewHtml = Markdown::previewHtml(shown);
    st.previewCut = shown.size() < ours.data.size();
    return st;
}

RecordedApply applyRecorded(Store &store, qint64 listId, const QByteArray &theirs, Prefer prefer,
                            bool allowRemovals, const QString &historyText)
{
    // Checked again here: the list may have changed since the user decided.
    const Check c = check(store, listId, theirs);
    if (!c.ok) {
        RecordedApply out;
        out.check = c;
        out.error = c.error;
        return out;
    }
    return applyRecorded(store, listId, c, prefer, allowRemovals, historyText);
}

RecordedApply applyRecorded(Store &store, qint64 listId, const Check &c, Prefer prefer,
                            bool allowRemovals, const QString &historyText)
{
    RecordedApply out;
    out.check = c;
    {
        Store::ChangeRecorder recorder(store);
        out.ok = apply(store, listId, out.check, prefer, allowRemovals, &out.error);
        out.changeset = recorder.changeset();
    }
    out.historyId = store.addHistoryStep(historyText, out.changeset);
    return out;
}

} // namespace Curator::ReadmeSync
