#include "links/linkhealth.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

class TestLinkHealth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // A cancel that comes while the list's links are still being read (on the store's worker)
    // ends the check as soon as they are read: nobody is asked, and the check says it was
    // canceled. The window's Cancel button is there from the start.
    void cancelBeforeTheLinksAreRead()
    {
        QVERIFY(m_dir.isValid());
        TestHttpServer server;
        QVERIFY(server.listen());
        Response stall;
        stall.mode = Response::Mode::Stall;
        server.route("GET", "/*", stall);
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"cancel.sqlite"_s)));
        const QByteArray readme = "# List\n\n## Papers\n\n- [A paper]("
            + server.baseUrl().toString().toUtf8() + "/stall)\n";
        const ImportReport r = importReadme(store, readme, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QNetworkAccessManager nam;
        Links::LinkHealth health(store, &nam);
        QSignalSpy finished(&health, &Links::LinkHealth::finished);
        QSignalSpy started(&health, &Links::LinkHealth::started);
        QElapsedTimer clock;
        clock.start();
        health.checkList(r.listId, {});
        QVERIFY(health.isRunning());
        health.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(!health.isRunning());
        const auto report = finished.first().first().value<Links::LinkReport>();
        QVERIFY(report.canceled);
        QVERIFY(report.error.isEmpty());
        QCOMPARE(started.size(), 0);
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLinkHealth)
#include "tst_linkhealth.moc"
