// A link check of a list whose 1,000 links point at 50 loopback hosts answering after 100 ms
// (ordinary pages), plus links to one host treated as a publisher: how long the whole check
// takes, what the publisher's server saw (requests at once, requests within one second), and
// the longest the thread the check runs on went without serving its event loop (a 10 ms timer's
// largest gap; the window runs the check on its GUI thread). The servers run on the same thread,
// so the gap is an upper bound. Prints figures for docs/PERFORMANCE.md.
//
// Usage: bench_linkcheck [LINKS [HOSTS [PUBLISHER-LINKS]]]

#include "links/linkhealth.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int links = args.size() > 1 ? args[1].toInt() : 1000;
    const int hosts = args.size() > 2 ? args[2].toInt() : 50;
    const int publisherLinks = args.size() > 3 ? args[3].toInt() : 10;
    constexpr int LatencyMs = 100;

    Response slow;
    slow.delayMs = LatencyMs;
    std::vector<std::unique_ptr<TestHttpServer>> servers;
    for (int i = 0; i < hosts; ++i) {
        servers.push_back(std::make_unique<TestHttpServer>());
        if (!servers.back()->listen())
            return 1;
        servers.back()->route("GET", "/*", slow);
    }
    TestHttpServer publisher;
    if (!publisher.listen())
        return 1;
    publisher.route("GET", "/*", slow);

    QByteArray readme = "# Bench\n\n## Papers\n\n";
    for (int i = 0; i < links; ++i) {
        readme += "- Doe, J. [**Paper " + QByteArray::number(i) + "**]("
            + servers[i % hosts]->baseUrl().toString().toUtf8() + "/paper/" + QByteArray::number(i)
            + ") Venue (2020)\n";
    }
    for (int i = 0; i < publisherLinks; ++i) {
        readme += "- Roe, R. [**Article " + QByteArray::number(i) + "**]("
            + publisher.baseUrl().toString().toUtf8() + "/article/" + QByteArray::number(i)
            + ") Journal (2021)\n";
    }
    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(u"bench.sqlite"_s)))
        return 1;
    const ImportReport imported = importReadme(store, readme, {});
    if (!imported.ok)
        return 1;

    Links::CheckSettings settings;
    const QUrl nowhere(u"http://127.0.0.1:9"_s); // no identifier links here
    settings.services = {nowhere, nowhere, nowhere, nowhere};
    settings.publisherHosts
        = {publisher.baseUrl().host() + u':' + QString::number(publisher.baseUrl().port())};
    QNetworkAccessManager nam;
    Links::LinkHealth health(store, &nam);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
    });
    Links::LinkReport report;
    QObject::connect(&health, &Links::LinkHealth::finished, &app, [&](const Links::LinkReport &r) {
        report = r;
        app.quit();
    });
    clock.start();
    tick.start();
    health.checkList(imported.listId, settings);
    app.exec();
    const qint64 elapsed = clock.elapsed();

    int maxAtOnce = 0;
    for (const auto &s : servers)
        maxAtOnce = std::max(maxAtOnce, s->maxConcurrentRequests());
    qint64 minGap = -1;
    for (qint64 gap : publisher.requestIntervalsMs())
        minGap = minGap < 0 ? gap : std::min(minGap, gap);
    std::printf("%d links over %d hosts (%d ms latency) + %d on a publisher: %lld ms\n", links,
                hosts, LatencyMs, publisherLinks, elapsed);
    std::printf("  %s\n", qPrintable(report.summary()));
    std::printf("  ordinary host: at most %d requests at once\n", maxAtOnce);
    std::printf("  publisher: %lld requests, at most %d at once, at most %d within 1 s, "
                "shortest gap %lld ms\n",
                qint64(publisher.requests().size()), publisher.maxConcurrentRequests(),
                publisher.maxRequestsInAnyWindow(1000), minGap);
    std::printf("  longest gap of a 10 ms timer on the check's thread: %lld ms\n", longestGap);
    return report.error.isEmpty() ? 0 : 1;
}
