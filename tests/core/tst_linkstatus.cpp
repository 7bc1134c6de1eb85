#include "links/linkstatus.h"
#include "links/linkstore.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Links;

class TestLinkStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static CheckedLink checked(const QString &url, Verdict verdict, int flags = 0)
    {
        CheckedLink c;
        c.url = url;
        c.verdict = verdict;
        c.setFlags(flags);
        c.checked = QDateTime::currentDateTimeUtc();
        return c;
    }

private slots:
    void needsAttention_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("flags");
        QTest::addColumn<bool>("attention");
        QTest::addColumn<bool>("notable");
        QTest::addColumn<QString>("name");
        QTest::newRow("ok") << int(Verdict::Ok) << 0 << false << false << u"ok"_s;
        QTest::newRow("archived repository")
            << int(Verdict::Ok) << int(CheckedLink::Archived) << false << true << u"archived"_s;
        QTest::newRow("skipped") << int(Verdict::Skipped) << 0 << false << false << u"skipped"_s;
        QTest::newRow("broken") << int(Verdict::Broken) << 0 << true << true << u"broken"_s;
        QTest::newRow("redirected") << int(Verdict::Redirected) << int(CheckedLink::Rewrite)
                                    << false << true << u"redirected"_s;
        QTest::newRow("soft 404") << int(Verdict::Redirected) << int(CheckedLink::SoftNotFound)
                                  << true << true << u"soft 404"_s;
        QTest::newRow("unverified")
            << int(Verdict::Unverified) << 0 << false << true << u"unverified"_s;
    }

    void needsAttention()
    {
        QFETCH(int, verdict);
        QFETCH(int, flags);
        QFETCH(bool, attention);
        QFETCH(bool, notable);
        QFETCH(QString, name);
        const CheckedLink c = checked(u"https://example.org/x"_s, Verdict(verdict), flags);
        QCOMPARE(Links::needsAttention(c), attention);
        LinkFinding f;
        f.link.url = c.url;
        f.result = c;
        QCOMPARE(isNotable(f), notable);
        QCOMPARE(statusName(c), name);
    }

    // The table's Link column sorts in the store: worst first, the never checked last in either
    // direction, README order among equals.
    void storeOrdersByLinkHealth()
    {
        QVERIFY(m_dir.isValid());
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"order.sqlite"_s)));
        const QByteArray readme = "# List\n\n## Papers\n\n"
                                  "- [Alpha](https://a.example/ok)\n"
                                  "- [Beta](https://b.example/gone)\n"
                                  "- [Gamma](https://c.example/never)\n"
                                  "- [Delta](https://d.example/front)\n"
                                  "- [Epsilon](https://e.example/moved)\n"
                                  "- [Zeta](https://f.example/refused)\n";
        const ImportReport r = importReadme(store, readme, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<qint64> readmeOrder = store.entryIds(r.listId);
        QCOMPARE(readmeOrder.size(), 6);
        QVERIFY(storeChecks(
            store,
            {checked(u"https://a.example/ok"_s, Verdict::Ok),
             checked(u"https://b.example/gone"_s, Verdict::Broken),
             checked(u"https://d.example/front"_s, Verdict::Redirected, CheckedLink::SoftNotFound),
             checked(u"https://e.example/moved"_s, Verdict::Redirected, CheckedLink::Rewrite),
             checked(u"https://f.example/refused"_s, Verdict::Unverified)}));
        auto at = [&](int i) {
            return readmeOrder.at(i);
        };
        QCOMPARE(store.entryIds(r.listId, 0, {}, Store::Order::LinkHealth, Qt::AscendingOrder),
                 (QList<qint64>{at(1), at(3), at(5), at(4), at(0), at(2)}));
        QCOMPARE(store.entryIds(r.listId, 0, {}, Store::Order::LinkHealth, Qt::DescendingOrder),
                 (QList<qint64>{at(0), at(4), at(5), at(3), at(1), at(2)}));
        // The column's own reading: by entry, only the entries whose link was checked.
        const QHash<qint64, CheckedLink> status = entryLinkStatus(store, r.listId);
        QCOMPARE(status.size(), 5);
        QCOMPARE(status.value(at(1)).verdict, Verdict::Broken);
        QVERIFY(!status.contains(at(2)));
    }
};

QTEST_GUILESS_MAIN(TestLinkStatus)
#include "tst_linkstatus.moc"
