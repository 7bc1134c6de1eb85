// Import and export of one README, with wall time per phase and the process's peak memory.
//   bench_readme LIST.md [--runs N]
// Each run imports into a fresh store file in a temporary folder, then exports.
#include "store/readmeio.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

static long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_readme LIST.md [--runs N]\n");
        return 2;
    }
    int runs = 3;
    if (const qsizetype i = args.indexOf(u"--runs"_s); i > 0 && i + 1 < args.size())
        runs = args.at(i + 1).toInt();

    QList<double> readMs, importMs, exportMs;
    qsizetype bytes = 0;
    int entries = 0;
    bool identical = true;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        Curator::Store store;
        if (!store.open(dir.filePath(u"bench.sqlite"_s))) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        QFile f(args.at(1));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray data = f.readAll();
        readMs << t.nsecsElapsed() / 1e6;
        bytes = data.size();

        t.restart();
        const Curator::ImportReport r = Curator::importReadme(store, data, {});
        importMs << t.nsecsElapsed() / 1e6;
        if (!r.ok) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error));
            return 1;
        }
        entries = r.entries;

        t.restart();
        const Curator::ExportResult e = Curator::exportReadme(store, r.listId);
        exportMs << t.nsecsElapsed() / 1e6;
        identical = identical && e.ok && e.data == data;
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    std::printf("file: %s\nbytes: %lld\nentries: %d\nruns: %d\n", qPrintable(args.at(1)),
                qint64(bytes), entries, runs);
    std::printf("read file (ms, median): %.1f\n", median(readMs));
    std::printf("import into fresh store (ms, median): %.1f  [min %.1f, max %.1f]\n",
                median(importMs), *std::min_element(importMs.begin(), importMs.end()),
                *std::max_element(importMs.begin(), importMs.end()));
    std::printf("export (ms, median): %.1f  [min %.1f, max %.1f]\n", median(exportMs),
                *std::min_element(exportMs.begin(), exportMs.end()),
                *std::max_element(exportMs.begin(), exportMs.end()));
    std::printf("byte-identical round trip: %s\n", identical ? "yes" : "NO");
    std::printf("peak RSS (MB): %.1f\n", peakRssKb() / 1024.0);
    return identical ? 0 : 1;
}
