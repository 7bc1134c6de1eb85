// The README preview's HTML: GitHub's rendering, made safe for a widget that loads nothing.
#include "markdown/preview.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Markdown;

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void seedWithItsHtmlHeader()
    {
        const QString html = previewHtml(Test::readFile(Test::seedReadmePath()));
        // The header block is HTML GitHub keeps; its image (no alt text) leaves nothing.
        QVERIFY(html.startsWith(u"<p align=\"center\">"_s));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"awesome_neuroai.png"_s));
        // The badge in the title shows its alt text; headings carry GitHub's anchors.
        QVERIFY(html.contains(u"<h1 id=\"awesome-neuroai-papers-\">"_s)
                || html.contains(u"<h1 id=\"awesome-neuroai-papers\">"_s));
        QVERIFY(html.contains(u"<i>Awesome</i>"_s));
        QVERIFY(html.contains(u"<h1 id=\"more-awesome-lists\">More awesome lists</h1>"_s));
        QVERIFY(html.contains(u"<a href=\"https://arxiv.org/pdf/2306.16922.pdf\"><strong>The ELM "
                              u"Neuron"_s));
    }

    void imagesTablesAndEmptiness_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("lacks");
        QTest::newRow("a Markdown image is its alt text")
            << QByteArray("See ![the figure](fig.png).\n") << u"<i>the figure</i>"_s << u"<img"_s;
        QTest::newRow("a local file image shows nothing of the file")
            << QByteArray("<img src=\"file:///etc/passwd\" alt=\"x\">\n") << u"<i>x</i>"_s
            << u"passwd"_s;
        QTest::newRow("a table has borders") << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n")
                                             << u"<table border=\"1\""_s << u"<table>"_s;
        QTest::newRow("script is dropped with its content, as GitHub's sanitizer does")
            << QByteArray("<script>alert(1)</script>\n\nAfter\n") << u"After"_s << u"alert"_s;
        QTest::newRow("a script in a code block is text")
            << QByteArray("```\n<script>alert(1)</script>\n```\n") << u"&lt;script&gt;alert"_s
            << u"<script>"_s;
        QTest::newRow("video is dropped")
            << QByteArray("<video src=\"v.mp4\"></video>\n\nText\n") << u"Text"_s << u"<video"_s;
        QTest::newRow("only an HTML comment: shown as text, never blank")
            << QByteArray("<!-- nothing to render -->\n") << u"<pre>"_s << QString();
    }

    void imagesTablesAndEmptiness()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, contains);
        QFETCH(QString, lacks);
        const QString html = previewHtml(markdown);
        QVERIFY2(html.contains(contains), qPrintable(html));
        if (!lacks.isEmpty())
            QVERIFY2(!html.contains(lacks), qPrintable(html));
    }
};

QTEST_APPLESS_MAIN(TestPreview)
#include "tst_preview.moc"
