// Identifies generated papers the way the app does after a drop: inspectPdf() in a thread pool,
// results delivered to the main thread through queued calls, while a 10 ms timer on the main
// thread measures how long the event loop was kept from running.
//
//   bench_pdf [N=100] [pages=20]        (QT_QPA_PLATFORM=offscreen on a headless machine)

#include "importing/pdfinspector.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using Curator::PdfInspection;
using Curator::RecognizedId;

namespace {

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Half the papers carry arXiv's margin stamp, the other half a DOI line; ids differ per paper.
RecognizedId expectedId(int i)
{
    if (i % 2 == 0)
        return Curator::Identifier::recognize(u"arXiv:2306.%1v2"_s.arg(10000 + i));
    return Curator::Identifier::recognize(u"doi:10.1000/bench.%1"_s.arg(i));
}

void writePaper(const QString &path, int index, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setCreator(u"LaTeX with hyperref"_s);
    QPainter painter(&writer);
    QFont serif(u"DejaVu Serif"_s);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        qreal y = 70;
        if (page == 0) {
            serif.setPixelSize(22);
            painter.setFont(serif);
            painter.drawText(QRectF(60, 40, 480, 70), Qt::AlignHCenter | Qt::TextWordWrap,
                             u"Benchmark Paper %1: Learning Representations at Scale"_s.arg(index));
            serif.setPixelSize(11);
            painter.setFont(serif);
            painter.drawText(QPointF(180, 125), u"Alice Author, Bob Builder, Carol Coder"_s);
            y = 150;
            if (index % 2 == 0) {
                QFont sans(u"DejaVu Sans"_s);
                sans.setPixelSize(20);
                painter.save();
                painter.setFont(sans);
                painter.translate(30, 620);
                painter.rotate(-90);
                painter.drawText(QPointF(0, 0),
                                 u"arXiv:2306.%1v2  [cs.LG]  29 Jun 2023"_s.arg(10000 + index));
                painter.restore();
            } else {
                painter.drawText(QPointF(70, y), u"https://doi.org/10.1000/bench.%1"_s.arg(index));
                y += 14;
            }
        }
        serif.setPixelSize(10);
        painter.setFont(serif);
        // Two columns of body text, as a paper's page is.
        for (int line = 0; y < 800; ++line, y += 12) {
            for (int column = 0; column < 2; ++column) {
                painter.drawText(QPointF(60 + column * 250, y),
                                 u"Lorem ipsum dolor sit amet, consectetur %1 adipiscing"_s.arg(
                                     page * 100 + line));
            }
        }
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[size_t(p * double(values.size() - 1) + 0.5)];
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? std::max(1, args[1].toInt()) : 100;
    const int pages = args.size() > 2 ? std::max(1, args[2].toInt()) : 20;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    QStringList files;
    QElapsedTimer generation;
    generation.start();
    for (int i = 0; i < count; ++i) {
        files.append(dir.filePath(u"paper%1.pdf"_s.arg(i)));
        writePaper(files.last(), i, pages);
    }
    const qint64 generationMs = generation.elapsed();
    qint64 bytes = 0;
    for (const QString &file : std::as_const(files))
        bytes += QFileInfo(file).size();

    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());

    std::vector<PdfInspection> results(static_cast<size_t>(count));
    std::vector<double> wallMs(static_cast<size_t>(count));
    std::vector<double> cpuMs(static_cast<size_t>(count));
    int done = 0;

    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
        ++ticks;
    });

    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    ticker.start();
    for (int i = 0; i < count; ++i) {
        pool.start([&, i, file = files[i]] {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            PdfInspection result = Curator::inspectPdf(file);
            const double cpu = threadCpuMs() - cpuStart;
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            QMetaObject::invokeMethod(
                &app,
                [&, i, cpu, elapsed, result = std::move(result)] {
                    results[size_t(i)] = result;
                    wallMs[size_t(i)] = elapsed;
                    cpuMs[size_t(i)] = cpu;
                    if (++done == count)
                        app.quit();
                },
                Qt::QueuedConnection);
        });
    }
    app.exec();
    const qint64 wallTotalMs = wall.elapsed();
    ticker.stop();
    const double cpuTotal = processCpuSeconds() - cpuBefore;
    pool.waitForDone();

    int identified = 0;
    int correct = 0;
    for (int i = 0; i < count; ++i) {
        if (results[size_t(i)].status == PdfInspection::Status::Identified)
            ++identified;
        if (results[size_t(i)].id == expectedId(i))
            ++correct;
    }

    std::printf("bench_pdf: %d PDFs x %d pages (%.1f MB), %d threads\n", count, pages,
                double(bytes) / (1024.0 * 1024.0), pool.maxThreadCount());
    std::printf("  generation (QPdfWriter, main thread): %lld ms\n",
                static_cast<long long>(generationMs));
    std::printf("  identification wall time:             %lld ms\n",
                static_cast<long long>(wallTotalMs));
    std::printf("  process CPU during identification:    %.2f s\n", cpuTotal);
    std::printf("  per file wall  median/p95/max:        %.1f / %.1f / %.1f ms\n",
                percentile(wallMs, 0.5), percentile(wallMs, 0.95), percentile(wallMs, 1.0));
    std::printf("  per file CPU   median/p95/max:        %.1f / %.1f / %.1f ms\n",
                percentile(cpuMs, 0.5), percentile(cpuMs, 0.95), percentile(cpuMs, 1.0));
    std::printf("  identified: %d/%d (correct id: %d)\n", identified, count, correct);
    std::printf("  main thread: %d timer ticks, longest gap between 10 ms ticks: %lld ms\n", ticks,
                static_cast<long long>(longestGapMs));
    return correct == count ? 0 : 2;
}
