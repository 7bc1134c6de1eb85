#include "mainwindow.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheImportedList()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"w.sqlite"_s)));
        QVERIFY(importReadmeFile(store, Test::seedReadmePath(), {}).ok);
        MainWindow w(store);
        w.resize(1000, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = w.findChild<QTableView *>(u"entryTable"_s);
        auto *combo = w.findChild<QComboBox *>(u"listCombo"_s);
        QVERIFY(table && combo);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(table->model()->rowCount(), 110);
        QCOMPARE(table->model()->index(0, 2).data().toString(),
                 u"Emergence of Language in the Developing Brain"_s);
        const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(w.grab().save(shots + u"/mainwindow.png"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
