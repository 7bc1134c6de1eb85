// The application icon is built into the resources and Qt can render it (needs the SVG icon
// engine plugin, Debian package libqt6svg6, at run time).
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void resourceExists()
    {
        QFile file(u":/icons/awesome-curator.svg"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QVERIFY(file.readAll().contains("<svg"));
    }

    void iconRenders_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16") << 16;
        QTest::newRow("64") << 64;
        QTest::newRow("256") << 256;
    }

    void iconRenders()
    {
        QFETCH(int, size);
        const QIcon icon(u":/icons/awesome-curator.svg"_s);
        QVERIFY2(!icon.isNull(), "QIcon is null: is Qt's SVG icon engine (libqt6svg6) installed?");
        const QPixmap pixmap = icon.pixmap(size);
        QVERIFY2(!pixmap.isNull(),
                 "pixmap is null: is Qt's SVG icon engine (libqt6svg6) installed?");
        QCOMPARE(pixmap.size(), QSize(size, size));
        // Something was drawn: the centre of the rounded square is opaque.
        const QImage image = pixmap.toImage();
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 0);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
