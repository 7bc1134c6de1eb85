// Keeping a 1,000-entry list current (issue 18) against loopback services that enforce the
// published limits with 429s, as the real ones do: arXiv one request per 3 s, Crossref's public
// pool 5 requests per second, one at a time. Each answers after 100 ms. Prints how long the sweep
// took, the requests each service saw, and how many were refused (the goal: none).
//
// Usage: bench_sweep [ARXIV-ENTRIES [DOI-ENTRIES]]

#include "store/readmeio.h"
#include "store/store.h"
#include "testhttpserver.h"
#include "updates/sweep.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

namespace {

// Refuses a request that comes sooner than `intervalMs` after the one before, or while another
// is being answered.
struct Limit
{
    qint64 intervalMs;
    QElapsedTimer clock;
    qint64 last = -1000000;
    int refused = 0;
    int served = 0;

    bool admit()
    {
        const qint64 now = clock.elapsed();
        if (now - last < intervalMs) {
            ++refused;
            return false;
        }
        last = now;
        ++served;
        return true;
    }
};

Response tooMany()
{
    return Response{429, "slow down", {{"Retry-After", "1"}}, 100};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int arxivEntries = args.size() > 1 ? args[1].toInt() : 800;
    const int doiEntries = args.size() > 2 ? args[2].toInt() : 200;

    TestHttpServer arxiv, crossref, biorxiv;
    if (!arxiv.listen() || !crossref.listen() || !biorxiv.listen())
        return 1;
    qputenv("CURATOR_ARXIV_API", arxiv.baseUrl().toString().toUtf8());
    qputenv("CURATOR_CROSSREF_API", crossref.baseUrl().toString().toUtf8());
    qputenv("CURATOR_DOI_API", crossref.baseUrl().toString().toUtf8());
    qputenv("CURATOR_BIORXIV_API", biorxiv.baseUrl().toString().toUtf8());
    qunsetenv("CURATOR_CONTACT_EMAIL");

    Limit arxivLimit{3000};
    Limit crossrefLimit{200};
    arxivLimit.clock.start();
    crossrefLimit.clock.start();
    // A feed with one entry per id asked, each naming no journal version.
    arxiv.routeHandler("GET", "/api/query?*", [&arxivLimit](const Test::Request &r) {
        if (!arxivLimit.admit())
            return tooMany();
        const QByteArray list = r.path.mid(r.path.indexOf("id_list=") + 8).split('&').first();
        QByteArray body = "<?xml version='1.0' encoding='UTF-8'?>\n<feed "
                          "xmlns=\"http://www.w3.org/2005/Atom\">\n";
        for (const QByteArray &id : list.split(',')) {
            body += "<entry><id>http://arxiv.org/abs/" + id + "v1</id><title>Paper " + id
                + "</title><published>2023-01-02T00:00:00Z</published><author><name>Ada "
                  "Doe</name></author></entry>\n";
        }
        body += "</feed>\n";
        return Response{200, body, {{"Content-Type", "application/atom+xml"}}, 100};
    });
    crossref.routeHandler("GET", "/works/*", [&crossrefLimit](const Test::Request &r) {
        if (!crossrefLimit.admit())
            return tooMany();
        const QByteArray doi = QByteArray::fromPercentEncoding(r.path.mid(7));
        const QByteArray body = R"({"status":"ok","message":{"DOI":")" + doi
            + R"(","type":"journal-article","title":["Paper )" + doi
            + R"("],"author":[{"given":"Ada","family":"Doe"}],"container-title":["Journal"],)"
              R"("issued":{"date-parts":[[2023]]}}})";
        return Response{200, body, {{"Content-Type", "application/json"}}, 100};
    });

    QByteArray readme = "# Bench\n\n## Papers\n\n";
    for (int i = 0; i < arxivEntries; ++i) {
        const QByteArray id = "2301." + QByteArray::number(10000 + i);
        readme
            += "Doe, A. [**Paper " + id + "**](https://arxiv.org/abs/" + id + ") arXiv (2023)\n\n";
    }
    for (int i = 0; i < doiEntries; ++i) {
        const QByteArray doi = "10.5555/bench." + QByteArray::number(i);
        readme += "Doe, A. [**Paper " + doi + "**](https://doi.org/" + doi + ") Journal (2023)\n\n";
    }
    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(u"bench.sqlite"_s)))
        return 1;
    const ImportReport imported = importReadme(store, readme, {});
    if (!imported.ok)
        return 1;

    QNetworkAccessManager nam;
    Updates::Sweep sweep(store, &nam);
    int proposals = -1;
    QString error;
    QObject::connect(&sweep, &Updates::Sweep::finished, &app,
                     [&](const QList<Updates::Proposal> &p, const QString &e, bool) {
                         proposals = int(p.size());
                         error = e;
                         app.quit();
                     });
    QElapsedTimer clock;
    clock.start();
    sweep.start(imported.listId, true);
    app.exec();
    std::printf("%d entries (%d arXiv, %d DOI): %lld ms, %d proposals%s\n",
                arxivEntries + doiEntries, arxivEntries, doiEntries, clock.elapsed(), proposals,
                error.isEmpty() ? "" : qPrintable(u", error: "_s + error));
    std::printf("  arXiv: %d requests answered, %d refused with 429\n", arxivLimit.served,
                arxivLimit.refused);
    std::printf("  Crossref: %d requests answered, %d refused with 429\n", crossrefLimit.served,
                crossrefLimit.refused);
    return error.isEmpty() ? 0 : 1;
}
