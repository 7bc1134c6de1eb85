// The bulk path's prepared statement (store/sqlitestatement.h) on a real store file: what the
// README import and export rely on, each case one they would get wrong if it broke.
#include "store/sqlitestatement.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A store with a scratch table of its own next to the store's.
    bool open(Store &store)
    {
        if (!store.open(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_n))))
            return false;
        SqliteStatement create(store,
                               "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, "
                               "body BLOB, n INTEGER)");
        return create.isValid() && create.run();
    }

private slots:
    void invalidSqlSaysWhy()
    {
        Store store;
        QVERIFY(open(store));
        SqliteStatement bad(store, "SELEKT 1");
        QVERIFY(!bad.isValid());
        QVERIFY2(bad.error().contains(u"syntax error"_s), qPrintable(bad.error()));
    }

    // Text in every way the import binds it comes back as it went in, UTF-8 beyond ASCII too;
    // an empty value is an empty string, never NULL (a null QByteArray has no data pointer).
    void bindsAndReadsBack()
    {
        Store store;
        QVERIFY(open(store));
        SqliteStatement ins(store, "INSERT INTO t (name, body, n) VALUES (?, ?, ?)");
        QVERIFY(ins.isValid());
        const QByteArray body = "D\xc3\xb6rfm\xc3\xbcller, G. [**T\xc3\xa9st**](https://x.org)";
        ins.bind(1, u"Dörfmüller"_s);
        ins.bindBlobStatic(2, body);
        ins.bind(3, qint64(1) << 40);
        QVERIFY(ins.run());
        ins.bindText(1, QByteArrayView("second"));
        ins.bindBlob(2, QByteArrayView());
        ins.bind(3, qint64(-7));
        QVERIFY(ins.run());
        const QByteArray third = "third \xe2\x80\x94 dash";
        ins.bindStatic(1, third);
        ins.bindBlob(2, QByteArray());
        ins.bind(3, qint64(0));
        QVERIFY(ins.run());

        SqliteStatement sel(store, "SELECT name, body, n, body IS NULL FROM t ORDER BY id");
        QVERIFY(sel.isValid());
        QCOMPARE(sel.step(), SQLITE_ROW);
        QCOMPARE(sel.text(0), u"Dörfmüller"_s);
        QCOMPARE(sel.bytes(1).toByteArray(), body);
        QCOMPARE(sel.int64(2), qint64(1) << 40);
        QCOMPARE(sel.step(), SQLITE_ROW);
        QCOMPARE(sel.text(0), u"second"_s);
        QCOMPARE(sel.bytes(1).size(), 0);
        QCOMPARE(sel.int64(3), 0); // empty, not NULL
        QCOMPARE(sel.int64(2), -7);
        QCOMPARE(sel.step(), SQLITE_ROW);
        QCOMPARE(sel.text(0), u"third — dash"_s);
        QCOMPARE(sel.step(), SQLITE_DONE);
        // After DONE the statement is reset: it runs again from the first row.
        QCOMPARE(sel.step(), SQLITE_ROW);
        QCOMPARE(sel.text(0), u"Dörfmüller"_s);
    }

    // A refused row says why and with which code; the statement stays usable, and run() clears
    // the bindings so that a value never leaks into the next row.
    void refusalAndReuse()
    {
        Store store;
        QVERIFY(open(store));
        SqliteStatement ins(store, "INSERT INTO t (name, n) VALUES (?, ?)");
        ins.bind(1, u"same"_s);
        ins.bind(2, qint64(1));
        QVERIFY(ins.run());
        ins.bind(1, u"same"_s);
        ins.bind(2, qint64(2));
        QVERIFY(!ins.run());
        QCOMPARE(ins.code(), SQLITE_CONSTRAINT_UNIQUE);
        QVERIFY2(ins.error().contains(u"UNIQUE"_s), qPrintable(ins.error()));
        ins.bind(1, u"other"_s); // n left unbound: NULL, not the 2 of the refused row
        QVERIFY(ins.run());
        SqliteStatement sel(store, "SELECT n IS NULL FROM t WHERE name = 'other'");
        QCOMPARE(sel.step(), SQLITE_ROW);
        QCOMPARE(sel.int64(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
