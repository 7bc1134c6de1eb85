#include "identifier.h"
#include "metadata/resolver.h"
#include "metadata/services.h"
#include "store/store.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Metadata;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

namespace {

// Everything a resolver needs, against three loopback servers (one per service, because the
// fetcher's policies are per host and port) and a store in a temporary folder.
struct Env
{
    QTemporaryDir dir;
    Store store;
    QNetworkAccessManager nam;
    std::unique_ptr<TestHttpServer> arxiv = std::make_unique<TestHttpServer>();
    std::unique_ptr<TestHttpServer> crossref = std::make_unique<TestHttpServer>();
    std::unique_ptr<TestHttpServer> doi = std::make_unique<TestHttpServer>();
    std::unique_ptr<Resolver> resolver;

    bool start()
    {
        if (!dir.isValid() || !store.open(dir.filePath(u"store.sqlite"_s)))
            return false;
        if (!arxiv->listen() || !crossref->listen() || !doi->listen())
            return false;
        resolver = std::make_unique<Resolver>(&store, &nam, endpoints());
        return true;
    }
    Endpoints endpoints() const
    {
        Endpoints e;
        e.arxiv = arxiv->baseUrl();
        e.crossref = crossref->baseUrl();
        e.doi = doi->baseUrl();
        return e;
    }
    // A new resolver on the same store (a fresh fetcher: no interval pending from earlier).
    void restart(const Endpoints &e)
    {
        resolver.reset();
        resolver = std::make_unique<Resolver>(&store, &nam, e);
    }
};

struct Outcome
{
    bool finished = false; // allFinished arrived
    int allFinishedCount = 0;
    bool emittedInsideLookup = false;
    QMap<int, LookupResult> results;
    int finishedCount = 0;
    QStringList waiting;
    qint64 elapsedMs = 0;
};

Outcome run(Resolver &resolver, const QList<RecognizedId> &ids, bool refresh = false,
            int timeoutMs = 15000, std::function<void(quint64, int)> onResult = {})
{
    auto o = std::make_shared<Outcome>();
    auto batch = std::make_shared<quint64>(0);
    QObject context;
    QObject::connect(&resolver, &Resolver::finished, &context,
                     [o, batch, onResult](quint64 b, int i, const LookupResult &r) {
                         if (b != *batch)
                             return;
                         ++o->finishedCount;
                         o->results.insert(i, r);
                         if (onResult)
                             onResult(b, i);
                     });
    QObject::connect(&resolver, &Resolver::allFinished, &context, [o, batch](quint64 b) {
        if (b != *batch)
            return;
        ++o->allFinishedCount;
        o->finished = true;
    });
    QObject::connect(&resolver, &Resolver::waiting, &context,
                     [o](const QString &m) { o->waiting << m; });
    QElapsedTimer clock;
    clock.start();
    *batch = resolver.lookup(ids, refresh);
    o->emittedInsideLookup = o->finishedCount > 0 || o->allFinishedCount > 0;
    (void)QTest::qWaitFor([o] { return o->finished; }, timeoutMs);
    o->elapsedMs = clock.elapsed();
    // A second allFinished, if the code had one, would come right after the first.
    QTest::qWait(20);
    return *o;
}

QList<RecognizedId> recognizeAll(const QStringList &inputs)
{
    QList<RecognizedId> ids;
    for (const QString &s : inputs)
        ids << Identifier::recognize(s);
    return ids;
}

QUrl closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(probe.serverPort());
    probe.close();
    return url;
}

// The tests that go offline would otherwise sit through the fetcher's back-off (1 + 2 + 4 s),
// which tst_fetcher covers.
void noRetries(Resolver &resolver, const QUrl &base)
{
    Curator::Net::HostPolicy p = resolver.fetcher()->policy(base);
    p.maxRetries = 0;
    resolver.fetcher()->setPolicy(base, p);
}

QString statusName(LookupResult::Status s)
{
    switch (s) {
    case LookupResult::Status::Ok:
        return u"ok"_s;
    case LookupResult::Status::NotFound:
        return u"notfound"_s;
    case LookupResult::Status::Failed:
        return u"failed"_s;
    case LookupResult::Status::Canceled:
        return u"canceled"_s;
    }
    return {};
}

const QByteArray CslType = "application/vnd.citationstyles.csl+json";

} // namespace

class TestResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Whether a DOI exists, from the DOI registry (for link checks): found with its URL, not
    // found, and an answer that says neither; the DOI's '/' and '?' reach the server as a path.
    void doiHandles()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/api/handles/10.1038/nn.4244",
                     TestHttpServer::fixture(u"doi/handle_10.1038_nn.4244_200.json"_s));
        server.route("GET", "/api/handles/10.1038/not-a-real-doi",
                     TestHttpServer::fixture(u"doi/handle_notfound_404.json"_s, 404));
        Response odd;
        odd.body = R"({"responseCode":2,"message":"error"})";
        server.route("GET", "/api/handles/10.1000/odd%3Fx", odd);
        QNetworkAccessManager nam;
        Net::Fetcher fetcher(&nam);
        DoiHandleClient client(&fetcher, server.baseUrl());
        QList<DoiHandleClient::Answer> answers;
        for (const QString &doi :
             {u"10.1038/nn.4244"_s, u"10.1038/not-a-real-doi"_s, u"10.1000/odd?x"_s})
            client.check(doi, [&answers](const DoiHandleClient::Answer &a) { answers << a; });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 10000);
        QCOMPARE(answers[0].existence, DoiHandleClient::Existence::Exists);
        QCOMPARE(answers[0].target, QUrl(u"https://www.nature.com/articles/nn.4244"_s));
        QCOMPARE(answers[1].existence, DoiHandleClient::Existence::Missing);
        QVERIFY2(answers[1].message.contains(u"not-a-real-doi"_s), qPrintable(answers[1].message));
        QCOMPARE(answers[2].existence, DoiHandleClient::Existence::Unknown);
        QVERIFY(!answers[2].message.isEmpty());
        QCOMPARE(server.requests().size(), 3);
    }

    void endpointsFromEnvironment()
    {
        qputenv("CURATOR_ARXIV_API", "http://127.0.0.1:8080");
        qputenv("CURATOR_CROSSREF_API", "http://localhost:9/ignored/path");
        qputenv("CURATOR_DOI_API", "not a url");
        const Endpoints e = Endpoints::fromEnvironment();
        qunsetenv("CURATOR_ARXIV_API");
        qunsetenv("CURATOR_CROSSREF_API");
        qunsetenv("CURATOR_DOI_API");
        QCOMPARE(e.arxiv, QUrl(u"http://127.0.0.1:8080"_s));
        QCOMPARE(e.crossref, QUrl(u"http://localhost:9"_s));
        QCOMPARE(e.doi, QUrl(u"https://doi.org"_s));
        QCOMPARE(Endpoints::fromEnvironment().arxiv, QUrl(u"https://export.arxiv.org"_s));
    }

    // Each recorded arXiv feed answers the id_list it was recorded for. `expected` is one
    // "status id vN" (or "status message-part") per input.
    void arxivFixtures_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("versioned") << QStringList{u"arXiv:2104.12255v1"_s}
                                   << QByteArray("/api/query?id_list=2104.12255v1&*")
                                   << u"arxiv/2026_id_list_2104.12255v1.atom.xml"_s << 200
                                   << QStringList{u"ok 2104.12255 v1"_s};
        QTest::newRow("unversioned")
            << QStringList{u"1605.08386"_s} << QByteArray("/api/query?id_list=1605.08386&*")
            << u"arxiv/2026_id_list_1605.08386.atom.xml"_s << 200
            << QStringList{u"ok 1605.08386 v1"_s};
        QTest::newRow("old style") << QStringList{u"https://arxiv.org/abs/astro-ph/0601001"_s}
                                   << QByteArray("/api/query?id_list=astro-ph/0601001&*")
                                   << u"arxiv/2026_id_list_astro-ph_0601001.atom.xml"_s << 200
                                   << QStringList{u"ok astro-ph/0601001 v1"_s};
        QTest::newRow("old style versioned")
            << QStringList{u"quant-ph/0201082v1"_s}
            << QByteArray("/api/query?id_list=quant-ph/0201082v1&*")
            << u"arxiv/2026_id_list_quant-ph_0201082v1.atom.xml"_s << 200
            << QStringList{u"ok quant-ph/0201082 v1"_s};
        QTest::newRow("2019 layout")
            << QStringList{u"1710.08557"_s} << QByteArray("/api/query?id_list=1710.08557&*")
            << u"arxiv/2019_id_list_1710.08557.atom.xml"_s << 200
            << QStringList{u"ok 1710.08557 v1"_s};
        QTest::newRow("2019 old style")
            << QStringList{u"math/0211159"_s} << QByteArray("/api/query?id_list=math/0211159&*")
            << u"arxiv/2019_id_list_math_0211159.atom.xml"_s << 200
            << QStringList{u"ok math/0211159 v1"_s};
        QTest::newRow("2016 v2") << QStringList{u"1111.2011v2"_s}
                                 << QByteArray("/api/query?id_list=1111.2011v2&*")
                                 << u"arxiv/2016_id_list_1111.2011v2.atom.xml"_s << 200
                                 << QStringList{u"ok 1111.2011 v2"_s};
        QTest::newRow("arXiv DOI") << QStringList{u"https://doi.org/10.48550/arXiv.1605.08386"_s}
                                   << QByteArray("/api/query?id_list=1605.08386&*")
                                   << u"arxiv/2026_id_list_1605.08386.atom.xml"_s << 200
                                   << QStringList{u"ok 1605.08386 v1"_s};
        // The recorded two-id request asked for a malformed id beside a real one; a well-formed
        // missing id stands in for it (a malformed one never leaves the client).
        QTest::newRow("one of two missing")
            << QStringList{u"1707.08567"_s, u"2301.00002"_s}
            << QByteArray("/api/query?id_list=1707.08567,2301.00002&*")
            << u"arxiv/2026_id_list_0808.05394_1707.08567.atom.xml"_s << 200
            << QStringList{u"ok 1707.08567 v1"_s, u"notfound arXiv has no paper 2301.00002"_s};
        QTest::newRow("empty feed")
            << QStringList{u"2301.00001"_s} << QByteArray("/api/query?id_list=2301.00001&*")
            << u"arxiv/2026_id_list_0000.0000_empty.atom.xml"_s << 200
            << QStringList{u"notfound arXiv has no paper 2301.00001"_s};
        QTest::newRow("version not in feed")
            << QStringList{u"2104.12255v3"_s} << QByteArray("/api/query?id_list=2104.12255v3&*")
            << u"arxiv/2026_id_list_2104.12255v1.atom.xml"_s << 200
            << QStringList{u"notfound arXiv has no paper 2104.12255v3"_s};
        QTest::newRow("error 400")
            << QStringList{u"2104.99999"_s} << QByteArray("/api/query?id_list=2104.99999&*")
            << u"arxiv/2026_id_list_abc_error.atom.xml"_s << 400
            << QStringList{u"failed incorrect id format for abc"_s};
        QTest::newRow("error 400 2019")
            << QStringList{u"2104.99999"_s} << QByteArray("/api/query?id_list=2104.99999&*")
            << u"arxiv/2019_id_list_INVALIDID_error.atom.xml"_s << 400
            << QStringList{u"failed incorrect id format for INVALIDID"_s};
        QTest::newRow("error feed with 200")
            << QStringList{u"2104.99999"_s} << QByteArray("/api/query?id_list=2104.99999&*")
            << u"arxiv/2019_id_list_INVALIDID_error.atom.xml"_s << 200
            << QStringList{u"failed incorrect id format for INVALIDID"_s};
    }

    void arxivFixtures()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QByteArray, route);
        QFETCH(QString, fixture);
        QFETCH(int, httpStatus);
        QFETCH(QStringList, expected);

        Env env;
        QVERIFY(env.start());
        env.arxiv->route("GET", route, TestHttpServer::fixture(fixture, httpStatus));
        const QList<RecognizedId> ids = recognizeAll(inputs);
        for (const RecognizedId &id : ids)
            QCOMPARE(id.kind, RecognizedId::Kind::Arxiv);

        const Outcome o = run(*env.resolver, ids);
        QVERIFY(o.finished);
        QVERIFY(!o.emittedInsideLookup);
        QCOMPARE(o.allFinishedCount, 1);
        QCOMPARE(o.results.size(), inputs.size());
        // One request for all of them, asking for as many results as ids.
        const auto requests = env.arxiv->requests();
        QCOMPARE(requests.size(), 1);
        QVERIFY2(requests.first().path.contains(
                     QByteArray("&max_results=" + QByteArray::number(inputs.size()))),
                 requests.first().path.constData());
        QCOMPARE(env.crossref->requests().size(), 0);

        for (int i = 0; i < expected.size(); ++i) {
            const LookupResult &r = o.results.value(i);
            const QString status = expected.at(i).section(u' ', 0, 0);
            const QString rest = expected.at(i).section(u' ', 1);
            QCOMPARE(statusName(r.status), status);
            QCOMPARE(r.id, ids.at(i));
            QVERIFY(!r.fromCache);
            if (status == u"ok"_s) {
                QCOMPARE(r.record.arxivId + u" v"_s + QString::number(r.record.arxivVersion), rest);
                QVERIFY(!r.record.title.isEmpty());
                QVERIFY(!r.record.authors.isEmpty());
                QVERIFY(r.fetched.isValid());
            } else {
                QVERIFY2(r.message.contains(rest), qPrintable(r.message));
            }
        }
    }

    void arxivInvalidIdNeverSent()
    {
        Env env;
        QVERIFY(env.start());
        RecognizedId bad;
        bad.kind = RecognizedId::Kind::Arxiv;
        bad.arxivId = u"0808.05394"_s; // five digits before 2015: not an arXiv id
        QVERIFY(!Identifier::isArxivId(bad.arxivId));
        const Outcome o = run(*env.resolver, {bad, RecognizedId{}});
        QVERIFY(o.finished);
        QCOMPARE(o.results.value(0).status, LookupResult::Status::Failed);
        QCOMPARE(o.results.value(1).status, LookupResult::Status::Failed);
        QCOMPARE(env.arxiv->requests().size(), 0);
    }

    void emptyLookupFinishes()
    {
        Env env;
        QVERIFY(env.start());
        const Outcome o = run(*env.resolver, {});
        QVERIFY(o.finished);
        QVERIFY(!o.emittedInsideLookup);
        QCOMPARE(o.allFinishedCount, 1);
        QCOMPARE(o.finishedCount, 0);
    }

    // 200 ids: two requests of 100, 3 s apart. The server answers every id_list with a feed of
    // ten papers, so the ten that are in it come back and the rest are reported missing.
    void arxivBatchesOf100()
    {
        Env env;
        QVERIFY(env.start());
        env.arxiv->route("GET", "/api/query?id_list=*",
                         TestHttpServer::fixture(u"arxiv/2026_search_testing_max10.atom.xml"_s));
        const QStringList inFeed{u"2202.12139"_s, u"2405.13786"_s, u"2005.14124"_s, u"2204.08348"_s,
                                 u"2302.03287"_s, u"1202.4527"_s,  u"2503.05378"_s, u"1205.1866"_s,
                                 u"2502.07719"_s, u"1812.11470"_s};
        QStringList inputs = inFeed;
        for (int i = 0; inputs.size() < 200; ++i)
            inputs << u"2301.%1"_s.arg(10000 + i);
        // The second batch holds one feed paper too: the batches are matched separately.
        inputs.swapItemsAt(9, 150);

        const Outcome o = run(*env.resolver, recognizeAll(inputs), false, 20000);
        QVERIFY(o.finished);
        QCOMPARE(o.allFinishedCount, 1);
        QCOMPARE(o.finishedCount, 200);

        const auto requests = env.arxiv->requests();
        QCOMPARE(requests.size(), 2);
        for (const auto &r : requests) {
            QCOMPARE(r.path.count(','), 99);
            QVERIFY(r.path.endsWith("&max_results=100"));
        }
        QVERIFY(requests.at(0).path.contains("2202.12139"));
        QVERIFY(requests.at(1).path.contains("1812.11470"));
        const QList<qint64> gaps = env.arxiv->requestIntervalsMs();
        QCOMPARE(gaps.size(), 1);
        QVERIFY2(gaps.first() >= 2850, qPrintable(QString::number(gaps.first())));

        int ok = 0;
        for (int i = 0; i < 200; ++i) {
            const LookupResult &r = o.results.value(i);
            if (inFeed.contains(inputs.at(i))) {
                QCOMPARE(r.status, LookupResult::Status::Ok);
                QCOMPARE(r.record.arxivId, inputs.at(i));
                ++ok;
            } else {
                QCOMPARE(r.status, LookupResult::Status::NotFound);
                QCOMPARE(r.message, u"arXiv has no paper "_s + inputs.at(i));
            }
        }
        QCOMPARE(ok, 10);
    }

    void arxivLookupsSpaced()
    {
        Env env;
        QVERIFY(env.start());
        env.arxiv->route("GET", "/api/query?id_list=1605.08386&*",
                         TestHttpServer::fixture(u"arxiv/2026_id_list_1605.08386.atom.xml"_s));
        env.arxiv->route("GET", "/api/query?id_list=1710.08557&*",
                         TestHttpServer::fixture(u"arxiv/2019_id_list_1710.08557.atom.xml"_s));
        const Outcome first = run(*env.resolver, recognizeAll({u"1605.08386"_s}));
        const Outcome second = run(*env.resolver, recognizeAll({u"1710.08557"_s}));
        QCOMPARE(first.results.value(0).status, LookupResult::Status::Ok);
        QCOMPARE(second.results.value(0).status, LookupResult::Status::Ok);
        QCOMPARE(env.arxiv->requests().size(), 2);
        const QList<qint64> gaps = env.arxiv->requestIntervalsMs();
        QVERIFY2(gaps.first() >= 2850, qPrintable(QString::number(gaps.first())));
        QCOMPARE(env.arxiv->maxConcurrentConnections(), 1);
    }

    void crossrefFixtures_data()
    {
        QTest::addColumn<QString>("doi");
        QTest::addColumn<QString>("fixture");
        const QStringList dois{
            u"10.1371/journal.pone.0033693"_s,
            u"10.1109/icdcsw.2003.1203662"_s,
            u"10.3892/ijo_00000353"_s,
            u"10.1136/jclinpath-2020-206745"_s,
            u"10.1101/097196"_s,
            u"10.1007/978-3-662-46370-3_13"_s,
            u"10.1038/ng.3834"_s,
            u"10.26434/chemrxiv.5406907.v5"_s,
            u"10.4018/978-1-4666-9588-7.les2"_s,
            u"10.1145/2834800.2834802"_s,
            u"10.1038/s43586-021-00024-3"_s,
        };
        for (const QString &doi : dois) {
            QString file = doi;
            file.replace(u'/', u'_');
            QTest::newRow(qPrintable(doi)) << doi << u"crossref/"_s + file + u".json"_s;
        }
    }

    void crossrefFixtures()
    {
        QFETCH(QString, doi);
        QFETCH(QString, fixture);
        Env env;
        QVERIFY(env.start());
        env.crossref->route("GET", "/works/" + doi.toUtf8(), TestHttpServer::fixture(fixture));
        const Outcome o = run(*env.resolver, recognizeAll({u"https://doi.org/"_s + doi}));
        QVERIFY(o.finished);
        const LookupResult r = o.results.value(0);
        QCOMPARE(statusName(r.status), u"ok"_s);
        QCOMPARE(r.record.source, MetadataRecord::Source::Crossref);
        QCOMPARE(Identifier::doiKey(r.record.doi), Identifier::doiKey(doi));
        QVERIFY(!r.record.title.isEmpty());
        QCOMPARE(env.doi->requests().size(), 0);

        const auto requests = env.crossref->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().header("Accept"), QByteArray("application/json"));
        const QByteArray agent = requests.first().header("User-Agent");
        QVERIFY2(agent.startsWith("AwesomeCurator/0.1.0 (https://github.com/awesome-curator/"),
                 agent.constData());
        QVERIFY(!agent.contains("mailto:"));

        const auto cached = env.store.cacheGet(u"doi:"_s + Identifier::doiKey(doi));
        QVERIFY(cached);
        QCOMPARE(cached->source, u"crossref"_s);
        QCOMPARE(cached->body, TestHttpServer::fixture(fixture).body);
    }

    // Characters that mean something in a URL stay part of the DOI's path.
    void crossrefDoiIsEncoded()
    {
        Env env;
        QVERIFY(env.start());
        RecognizedId id;
        id.kind = RecognizedId::Kind::Doi;
        id.doi = u"10.1002/(SICI)1097-4636(199812)43:4<384::AID-JBM5>3.0.CO;2-C?x#y"_s;
        const Outcome o = run(*env.resolver, {id});
        QVERIFY(o.finished);
        QCOMPARE(o.results.value(0).status, LookupResult::Status::NotFound);
        const auto requests = env.crossref->requests();
        QCOMPARE(requests.size(), 1);
        const QByteArray path = requests.first().path;
        QVERIFY2(path.startsWith("/works/10.1002/%28SICI%291097-4636%28199812%2943%3A4%3C384"),
                 path.constData());
        QVERIFY2(path.endsWith("2-C%3Fx%23y"), path.constData());
        QCOMPARE(QUrl::fromPercentEncoding(path.mid(7)), id.doi);
    }

    void crossrefRedirect()
    {
        Env env;
        QVERIFY(env.start());
        Response moved;
        moved.status = 301;
        moved.headers = {{"Location", "/works/10.26434/chemrxiv.5406907.v5"}};
        env.crossref->route("GET", "/works/10.26434/chemrxiv.5406907", moved);
        env.crossref->route(
            "GET", "/works/10.26434/chemrxiv.5406907.v5",
            TestHttpServer::fixture(u"crossref/10.26434_chemrxiv.5406907.v5.json"_s));
        const Outcome o = run(*env.resolver, recognizeAll({u"10.26434/chemrxiv.5406907"_s}));
        QCOMPARE(o.results.value(0).status, LookupResult::Status::Ok);
        QCOMPARE(o.results.value(0).record.doi.toLower(), u"10.26434/chemrxiv.5406907.v5"_s);
        QCOMPARE(env.crossref->requests().size(), 2);
    }

    void doiNowhere()
    {
        Env env;
        QVERIFY(env.start());
        env.crossref->route(
            "GET", "/works/10.1371/notarealdoi",
            TestHttpServer::fixture(u"crossref/404_10.1371_notarealdoi.txt"_s, 404));
        const Outcome o = run(*env.resolver, recognizeAll({u"10.1371/notarealdoi"_s}));
        QVERIFY(o.finished);
        const LookupResult r = o.results.value(0);
        QCOMPARE(r.status, LookupResult::Status::NotFound);
        QCOMPARE(r.message, u"No record of DOI 10.1371/notarealdoi at Crossref or doi.org"_s);
        QCOMPARE(env.crossref->requests().size(), 1);
        QCOMPARE(env.doi->requests().size(), 1);
        QCOMPARE(env.doi->requests().first().path, QByteArray("/10.1371/notarealdoi"));
        QVERIFY(!env.store.cacheGet(u"doi:10.1371/notarealdoi"_s));
    }

    // A DataCite DOI: Crossref has no record, doi.org redirects to the agency (another host, so
    // another origin), which serves CSL-JSON. Both must see the CSL Accept header.
    void dataciteFallback_data()
    {
        QTest::addColumn<bool>("redirect");
        QTest::newRow("doi.org answers") << false;
        QTest::newRow("doi.org redirects to the agency") << true;
    }

    void dataciteFallback()
    {
        QFETCH(bool, redirect);
        Env env;
        QVERIFY(env.start());
        TestHttpServer agency;
        QVERIFY(agency.listen());
        const Response csl = TestHttpServer::fixture(
            u"csl/10.5281_zenodo.1147025.datacite.csl.json"_s, 200, CslType);
        if (redirect) {
            Response found;
            found.status = 302;
            found.headers
                = {{"Location", agency.baseUrl().toEncoded() + "/10.5281%2Fzenodo.1147025"}};
            env.doi->route("GET", "/10.5281/zenodo.1147025", found);
            agency.route("GET", "/10.5281%2Fzenodo.1147025", csl);
        } else {
            env.doi->route("GET", "/10.5281/zenodo.1147025", csl);
        }
        const Outcome o = run(*env.resolver, recognizeAll({u"10.5281/zenodo.1147025"_s}));
        QVERIFY(o.finished);
        const LookupResult r = o.results.value(0);
        QCOMPARE(statusName(r.status), u"ok"_s);
        QCOMPARE(r.record.source, MetadataRecord::Source::Csl);
        QVERIFY(!r.record.title.isEmpty());
        QCOMPARE(env.crossref->requests().size(), 1); // asked first, answered 404
        QCOMPARE(env.doi->requests().size(), 1);
        QCOMPARE(env.doi->requests().first().header("Accept"), CslType);
        if (redirect) {
            QCOMPARE(agency.requests().size(), 1);
            QCOMPARE(agency.requests().first().header("Accept"), CslType);
        }
        const auto cached = env.store.cacheGet(u"doi:10.5281/zenodo.1147025"_s);
        QVERIFY(cached);
        QCOMPARE(cached->source, u"doi.org"_s);

        // And the cache answers the next time, from the CSL body.
        const Outcome again = run(*env.resolver, recognizeAll({u"10.5281/zenodo.1147025"_s}));
        QVERIFY(again.results.value(0).fromCache);
        QCOMPARE(again.results.value(0).record.title, r.record.title);
        QCOMPARE(env.doi->requests().size(), 1);
    }

    void secondLookupFromCache_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("arxiv");
        QTest::newRow("arXiv") << u"2104.12255v1"_s << true;
        QTest::newRow("arXiv, no version asked again") << u"2104.12255"_s << true;
        QTest::newRow("DOI") << u"10.1038/ng.3834"_s << false;
        QTest::newRow("DOI, other case") << u"10.1038/NG.3834"_s << false;
    }

    void secondLookupFromCache()
    {
        QFETCH(QString, input);
        QFETCH(bool, arxiv);
        Env env;
        QVERIFY(env.start());
        env.arxiv->route("GET", "/api/query?id_list=2104.12255*",
                         TestHttpServer::fixture(u"arxiv/2026_id_list_2104.12255v1.atom.xml"_s));
        env.crossref->route("GET", "/works/10.1038/ng.3834",
                            TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        const QString firstInput = arxiv ? u"2104.12255v1"_s : u"10.1038/ng.3834"_s;
        const Outcome first = run(*env.resolver, recognizeAll({firstInput}));
        QCOMPARE(first.results.value(0).status, LookupResult::Status::Ok);
        QVERIFY(!first.results.value(0).fromCache);
        const int requests = int(env.arxiv->requests().size() + env.crossref->requests().size());
        QCOMPARE(requests, 1);

        const Outcome second = run(*env.resolver, recognizeAll({input}));
        QVERIFY(second.finished);
        QVERIFY(!second.emittedInsideLookup);
        const LookupResult r = second.results.value(0);
        QCOMPARE(r.status, LookupResult::Status::Ok);
        QVERIFY(r.fromCache);
        QVERIFY2(r.message.contains(u"Cached"_s), qPrintable(r.message));
        QCOMPARE(r.record.title, first.results.value(0).record.title);
        QCOMPARE(r.record.authors, first.results.value(0).record.authors);
        QCOMPARE(r.record.published, first.results.value(0).record.published);
        QCOMPARE(r.record.arxivVersion, first.results.value(0).record.arxivVersion);
        QVERIFY(r.fetched.isValid());
        QCOMPARE(int(env.arxiv->requests().size() + env.crossref->requests().size()), 1);
    }

    // The cache holds v1; asking for v2 asks arXiv.
    void arxivCacheOfAnotherVersion()
    {
        Env env;
        QVERIFY(env.start());
        env.arxiv->route("GET", "/api/query?id_list=1111.2011v1&*",
                         TestHttpServer::fixture(u"arxiv/2026_id_list_0000.0000_empty.atom.xml"_s));
        env.arxiv->route("GET", "/api/query?id_list=1111.2011v2&*",
                         TestHttpServer::fixture(u"arxiv/2016_id_list_1111.2011v2.atom.xml"_s));
        const Outcome first = run(*env.resolver, recognizeAll({u"1111.2011v2"_s}));
        QCOMPARE(first.results.value(0).status, LookupResult::Status::Ok);
        env.restart(env.endpoints()); // no 3 s wait for the second request
        const Outcome same = run(*env.resolver, recognizeAll({u"1111.2011v2"_s}));
        QVERIFY(same.results.value(0).fromCache);
        QCOMPARE(env.arxiv->requests().size(), 1);
        const Outcome other = run(*env.resolver, recognizeAll({u"1111.2011v1"_s}));
        QCOMPARE(env.arxiv->requests().size(), 2);
        QCOMPARE(other.results.value(0).status, LookupResult::Status::NotFound);
        QVERIFY(!other.results.value(0).fromCache);
    }

    void refreshBypassesCache()
    {
        Env env;
        QVERIFY(env.start());
        env.crossref->route("GET", "/works/10.1038/ng.3834",
                            TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        run(*env.resolver, recognizeAll({u"10.1038/ng.3834"_s}));
        QCOMPARE(env.crossref->requests().size(), 1);
        const Outcome o = run(*env.resolver, recognizeAll({u"10.1038/ng.3834"_s}), true);
        QCOMPARE(env.crossref->requests().size(), 2);
        QCOMPARE(o.results.value(0).status, LookupResult::Status::Ok);
        QVERIFY(!o.results.value(0).fromCache);
        QVERIFY(o.results.value(0).message.isEmpty());
    }

    void offline_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("cachedBefore");
        QTest::addColumn<bool>("serverError"); // 503 from a live server instead of a closed port
        QTest::newRow("arXiv, cached") << u"1605.08386"_s << true << false;
        QTest::newRow("arXiv, not cached") << u"1605.08386"_s << false << false;
        QTest::newRow("DOI, cached") << u"10.1038/ng.3834"_s << true << false;
        QTest::newRow("DOI, not cached") << u"10.1038/ng.3834"_s << false << false;
        QTest::newRow("DOI, cached, Crossref down") << u"10.1038/ng.3834"_s << true << true;
        QTest::newRow("DOI, not cached, Crossref down") << u"10.1038/ng.3834"_s << false << true;
    }

    void offline()
    {
        QFETCH(QString, input);
        QFETCH(bool, cachedBefore);
        QFETCH(bool, serverError);
        Env env;
        QVERIFY(env.start());
        env.arxiv->route("GET", "/api/query?id_list=1605.08386&*",
                         TestHttpServer::fixture(u"arxiv/2026_id_list_1605.08386.atom.xml"_s));
        env.crossref->route("GET", "/works/10.1038/ng.3834",
                            TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        QString title;
        if (cachedBefore) {
            const Outcome online = run(*env.resolver, recognizeAll({input}));
            QCOMPARE(online.results.value(0).status, LookupResult::Status::Ok);
            title = online.results.value(0).record.title;
        }
        Endpoints e = env.endpoints();
        if (serverError) {
            Response down;
            down.status = 500;
            down.body = "Internal Server Error";
            env.crossref->route("GET", "/works/*", down);
        } else {
            e.arxiv = closedPort();
            e.crossref = closedPort();
            e.doi = closedPort();
            env.arxiv.reset();
            env.crossref.reset();
            env.doi.reset();
        }
        env.restart(e);
        noRetries(*env.resolver, e.arxiv);
        noRetries(*env.resolver, e.crossref);

        // Even when asked to refresh, the cache is better than nothing.
        const Outcome o = run(*env.resolver, recognizeAll({input}), true);
        QVERIFY(o.finished);
        const LookupResult r = o.results.value(0);
        if (cachedBefore) {
            QCOMPARE(statusName(r.status), u"ok"_s);
            QVERIFY(r.fromCache);
            QVERIFY2(r.message.contains(u"cached"_s), qPrintable(r.message));
            QVERIFY2(r.message.contains(u"just now"_s), qPrintable(r.message));
            QCOMPARE(r.record.title, title);
        } else {
            QCOMPARE(statusName(r.status), u"failed"_s);
            QVERIFY(!r.fromCache);
            QVERIFY(!r.message.isEmpty());
        }
        if (serverError)
            QCOMPARE(env.crossref->requests().size(), cachedBefore ? 2 : 1);
    }

    void rateLimitedThenOk_data()
    {
        QTest::addColumn<bool>("arxiv");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("waitingText");
        QTest::newRow("Crossref 429")
            << false << 429 << u"Crossref is rate-limiting; retrying in 1 s"_s;
        QTest::newRow("arXiv 503") << true << 503 << u"arXiv is busy; retrying in 1 s"_s;
    }

    void rateLimitedThenOk()
    {
        QFETCH(bool, arxiv);
        QFETCH(int, status);
        QFETCH(QString, waitingText);
        Env env;
        QVERIFY(env.start());
        Response busy;
        busy.status = status;
        busy.headers = {{"Retry-After", "1"}};
        if (arxiv) {
            env.arxiv->routeSequence(
                "GET", "/api/query?id_list=1605.08386&*",
                {busy, TestHttpServer::fixture(u"arxiv/2026_id_list_1605.08386.atom.xml"_s)});
        } else {
            env.crossref->routeSequence(
                "GET", "/works/10.1038/ng.3834",
                {busy, TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s)});
        }
        const QString input = arxiv ? u"1605.08386"_s : u"10.1038/ng.3834"_s;
        const Outcome o = run(*env.resolver, recognizeAll({input}), false, 20000);
        QVERIFY(o.finished);
        QCOMPARE(o.results.value(0).status, LookupResult::Status::Ok);
        QCOMPARE(o.waiting, QStringList{waitingText});
        QVERIFY(o.waiting.first().contains(arxiv ? u"busy"_s : u"rate-limiting"_s));
        // arXiv's own 3 s interval outlasts the Retry-After second.
        QVERIFY2(o.elapsedMs >= (arxiv ? 2850 : 950), qPrintable(QString::number(o.elapsedMs)));
        QCOMPARE((arxiv ? env.arxiv : env.crossref)->requests().size(), 2);
    }

    void cancelMidBatch()
    {
        Env env;
        QVERIFY(env.start());
        Response slow = TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s);
        slow.delayMs = 200;
        env.crossref->route("GET", "/works/*", slow);
        QStringList inputs;
        for (int i = 0; i < 6; ++i)
            inputs << u"10.1038/ng.383%1"_s.arg(i);
        Resolver *resolver = env.resolver.get();
        const Outcome o = run(*resolver, recognizeAll(inputs), false, 15000,
                              [resolver](quint64 batch, int) { resolver->cancel(batch); });
        QVERIFY(o.finished);
        QCOMPARE(o.allFinishedCount, 1);
        QCOMPARE(o.finishedCount, 6);
        int canceled = 0;
        for (const LookupResult &r : o.results) {
            if (r.status == LookupResult::Status::Canceled)
                ++canceled;
        }
        QCOMPARE(canceled, 5);
        QCOMPARE(o.results.value(0).status, LookupResult::Status::Ok);
        // The next request may have been on the wire, not the rest.
        QTest::qWait(500);
        QVERIFY(env.crossref->requests().size() <= 2);
        QCOMPARE(resolver->fetcher()->pending(), 0);
    }

    void cancelBeforeStart()
    {
        Env env;
        QVERIFY(env.start());
        int all = 0;
        QList<LookupResult> results;
        connect(env.resolver.get(), &Resolver::allFinished, this, [&all] { ++all; });
        connect(env.resolver.get(), &Resolver::finished, this,
                [&results](quint64, int, const LookupResult &r) { results << r; });
        const quint64 batch
            = env.resolver->lookup(recognizeAll({u"10.1038/ng.3834"_s, u"1605.08386"_s}));
        env.resolver->cancel(batch);
        QCOMPARE(all, 0); // never from inside lookup() or cancel()
        QTRY_COMPARE(all, 1);
        QTest::qWait(100);
        QCOMPARE(all, 1);
        QCOMPARE(results.size(), 2);
        for (const LookupResult &r : std::as_const(results))
            QCOMPARE(r.status, LookupResult::Status::Canceled);
        QCOMPARE(env.crossref->requests().size() + env.arxiv->requests().size(), 0);
    }

    // Crossref's pools: without an address one request at a time, 200 ms apart; with one, up to
    // three at a time and the address in the User-Agent.
    void crossrefPools_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("public") << QString();
        QTest::newRow("polite") << u"maintainer@example.org"_s;
    }

    void crossrefPools()
    {
        QFETCH(QString, email);
        Env env;
        QVERIFY(env.start());
        if (!email.isEmpty())
            env.resolver->setContactEmail(email);
        Response slow = TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s);
        slow.delayMs = 400;
        env.crossref->route("GET", "/works/*", slow);
        QStringList inputs;
        for (int i = 0; i < 9; ++i)
            inputs << u"10.1038/ng.383%1"_s.arg(i);
        const Outcome o = run(*env.resolver, recognizeAll(inputs), false, 20000);
        QVERIFY(o.finished);
        QCOMPARE(o.finishedCount, 9);
        const auto requests = env.crossref->requests();
        QCOMPARE(requests.size(), 9);
        const QByteArray agent = requests.first().header("User-Agent");
        const QList<qint64> gaps = env.crossref->requestIntervalsMs();
        if (email.isEmpty()) {
            QVERIFY(!agent.contains("mailto:"));
            QCOMPARE(env.crossref->maxConcurrentRequests(), 1);
            for (qint64 gap : gaps)
                QVERIFY2(gap >= 190, qPrintable(QString::number(gap)));
        } else {
            QVERIFY2(agent.endsWith("; mailto:maintainer@example.org)"), agent.constData());
            QVERIFY(env.crossref->maxConcurrentRequests() <= 3);
            QVERIFY(env.crossref->maxConcurrentConnections() <= 3);
            // With 400 ms per answer and 100 ms between starts, three are in flight together.
            QCOMPARE(env.crossref->maxConcurrentRequests(), 3);
            for (qint64 gap : gaps)
                QVERIFY2(gap >= 95, qPrintable(QString::number(gap)));
            QVERIFY(env.crossref->maxRequestsInAnyWindow(1000) <= 10);
        }
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
