// What the README pane and the pull-request flow cost on a large list: exporting, diffing against
// the clone's README, noticing a contributor's change and merging it.
//   bench_sync LIST.md
#include "git/changesummary.h"
#include "git/readmesync.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

double ms(QElapsedTimer &t)
{
    const double v = t.nsecsElapsed() / 1e6;
    t.restart();
    return v;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        std::fprintf(stderr, "usage: bench_sync LIST.md\n");
        return 2;
    }
    QFile f(app.arguments().at(1));
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray readme = f.readAll();
    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(u"bench.sqlite"_s)))
        return 1;
    const ImportReport r = importReadme(store, readme, {});
    if (!r.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
        return 1;
    }
    store.setSyncedReadme(r.listId, readme);

    // Here: one new paper. There: a contributor added another one elsewhere.
    EntryFields paper;
    paper.authors = u"Vaswani, A., & Shazeer, N."_s;
    paper.title = u"Attention is all you need"_s;
    paper.url = u"https://arxiv.org/abs/1706.03762"_s;
    paper.venue = u"NeurIPS"_s;
    paper.yearText = u"2017"_s;
    paper.year = 2017;
    store.addEntry(store.sections(r.listId).first().id, paper);
    QByteArray theirs = readme;
    const qsizetype at = theirs.indexOf("\n\n", theirs.size() / 2) + 2;
    theirs.insert(at,
                  "Doe, J. [**A contributor's paper**](https://arxiv.org/abs/2501.00001) "
                  "arXiv (2025)\n\n");

    QElapsedTimer t;
    t.start();
    const ExportResult ours = exportReadme(store, r.listId);
    const double exportMs = ms(t);
    const TextDiff::Diff d = TextDiff::diff(readme, ours.data);
    const double diffMs = ms(t);
    const QByteArray unified = TextDiff::unified(d);
    const double unifiedMs = ms(t);
    const ChangeSummary summary = summarizeChange(readme, ours.data);
    const double summaryMs = ms(t);
    const ReadmeSync::Check check = ReadmeSync::check(store, r.listId, theirs);
    const double checkMs = ms(t);
    QString error;
    const bool applied
        = ReadmeSync::apply(store, r.listId, check, ReadmeSync::Prefer::Nobody, false, &error);
    const double applyMs = ms(t);
    const ExportResult after = exportReadme(store, r.listId);
    const TextDiff::Diff d2 = TextDiff::diff(theirs, after.data);

    std::printf("bench_sync: %d entries, %.1f MB\n", r.entries, readme.size() / 1048576.0);
    std::printf("  export (one entry rendered):        %8.1f ms\n", exportMs);
    std::printf("  diff against the clone's README:    %8.1f ms  (%lld hunk, +%d/-%d)\n", diffMs,
                qlonglong(d.hunks.size()), d.added, d.removed);
    std::printf("  unified text:                       %8.1f ms  (%lld bytes)\n", unifiedMs,
                qlonglong(unified.size()));
    std::printf("  change summary (commit message):    %8.1f ms  \"%s\"\n", summaryMs,
                qPrintable(summary.commitSubject()));
    std::printf("  sync check (export + 3-way merge):  %8.1f ms  (changed outside: %s)\n", checkMs,
                check.changedOutside ? "yes" : "no");
    std::printf("  sync apply (re-import, one txn):    %8.1f ms  (%s)\n", applyMs,
                applied ? "ok" : qPrintable(error));
    std::printf("  afterwards against theirs:          %lld hunk, +%d/-%d\n",
                qlonglong(d2.hunks.size()), d2.added, d2.removed);
    return applied && d2.hunks.size() == 1 ? 0 : 1;
}
