#include "importing/dropclassifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Curator::DropItem;

using MimeParts = QList<QPair<QString, QByteArray>>;
Q_DECLARE_METATYPE(MimeParts)

namespace {

// One comparable line per item.
QString describe(const DropItem &item)
{
    switch (item.kind) {
    case DropItem::Kind::PdfFile:
        return u"pdf:"_s + item.path;
    case DropItem::Kind::LocalFile:
        return u"file:"_s + item.path;
    case DropItem::Kind::Identifier:
        return u"id:"_s + item.id.display()
            + (item.url.isEmpty() ? QString() : u" @"_s + item.url.toString());
    case DropItem::Kind::Url:
        return u"url:"_s + item.url.toString();
    case DropItem::Kind::Unsupported:
        return u"unsupported"_s;
    }
    return {};
}

QStringList describe(const QList<DropItem> &items)
{
    QStringList lines;
    for (const DropItem &item : items)
        lines << describe(item);
    return lines;
}

QByteArray utf16le(const QString &s)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return encoder(s);
}

} // namespace

class tst_DropClassifier final : public QObject
{
    Q_OBJECT

private slots:
    void classifyText_data();
    void classifyText();
    void classifyDrop_data();
    void classifyDrop();
    void unsupportedItemsSayWhy();
    void itemLimit();
    void itemsFromArguments();
    void textLimit();
    void sourceIsKeptShort();
};

void tst_DropClassifier::classifyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("column of arXiv ids")
        << u"2306.16922\n2307.05793v3\nhep-th/9901001\n"_s
        << QStringList{u"id:arXiv 2306.16922"_s, u"id:arXiv 2307.05793v3"_s,
                       u"id:arXiv hep-th/9901001"_s};
    QTest::newRow("column of DOIs, CRLF, labels")
        << u"10.1038/nn.4244\r\ndoi:10.1016/j.neuron.2017.06.011\r\narXiv:2306.16922\r\n"_s
        << QStringList{u"id:DOI 10.1038/nn.4244"_s, u"id:DOI 10.1016/j.neuron.2017.06.011"_s,
                       u"id:arXiv 2306.16922"_s};
    QTest::newRow("comma separated")
        << u"2306.16922,2307.05793"_s
        << QStringList{u"id:arXiv 2306.16922"_s, u"id:arXiv 2307.05793"_s};
    QTest::newRow("prose with links and ids")
        << u"See https://arxiv.org/abs/2306.16922v2 and (https://example.org/blog/post). "
           u"Also doi: 10.1038/nn.4244."_s
        << QStringList{u"id:arXiv 2306.16922v2 @https://arxiv.org/abs/2306.16922v2"_s,
                       u"url:https://example.org/blog/post"_s, u"id:DOI 10.1038/nn.4244"_s};
    QTest::newRow("link recognised as identifier keeps its URL")
        << u"https://www.biorxiv.org/content/10.1101/2020.05.07.082743v1.abstract"_s
        << QStringList{u"id:bioRxiv 10.1101/2020.05.07.082743 "
                       u"@https://www.biorxiv.org/content/10.1101/2020.05.07.082743v1.abstract"_s};
    QTest::newRow("markdown link with parentheses in the URL")
        << u"Author [**Title**](https://www.cell.com/neuron/fulltext/S0896-6273(20)30705-4) Neuron"_s
        << QStringList{u"url:https://www.cell.com/neuron/fulltext/S0896-6273(20)30705-4"_s};
    QTest::newRow("markdown link whose text is its URL")
        << u"[https://example.org/a](https://example.org/a)"_s
        << QStringList{u"url:https://example.org/a"_s};
    QTest::newRow("sentence punctuation after a URL")
        << u"Read https://example.org/x. Then https://example.org/y!"_s
        << QStringList{u"url:https://example.org/x"_s, u"url:https://example.org/y"_s};
    QTest::newRow("www without scheme") << u"see www.example.org/paper, please"_s
                                        << QStringList{u"url:https://www.example.org/paper"_s};
    QTest::newRow("arXiv once, the versioned one kept in the first place")
        << u"2306.16922\n10.1038/nn.4244\narxiv.org/abs/2306.16922v2\n2306.16922v1"_s
        << QStringList{u"id:arXiv 2306.16922v2"_s, u"id:DOI 10.1038/nn.4244"_s};
    QTest::newRow("DOI once, case-insensitively")
        << u"https://doi.org/10.1038/NN.4244 10.1038/nn.4244"_s
        << QStringList{u"id:DOI 10.1038/NN.4244 @https://doi.org/10.1038/NN.4244"_s};
    QTest::newRow("URL once")
        << u"https://example.org/a https://example.org/a/ https://example.org/a#x"_s
        << QStringList{u"url:https://example.org/a"_s};
    QTest::newRow("files: URL, paths on their own lines")
        << u"file:///home/me/a.pdf\n/home/me/My Paper.PDF\nfile:///home/me/folder\n"_s
        << QStringList{u"pdf:/home/me/a.pdf"_s, u"pdf:/home/me/My Paper.PDF"_s,
                       u"file:/home/me/folder"_s};
    QTest::newRow("junk in prose is skipped")
        << u"javascript:alert(1) mailto:a@example.org data:text/plain,x ftp://example.org/f 2306.16922"_s
        << QStringList{u"id:arXiv 2306.16922"_s};
    QTest::newRow("nothing importable") << u"hello world"_s << QStringList{u"unsupported"_s};
    QTest::newRow("blank") << u"  \n\t "_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void tst_DropClassifier::classifyText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(Curator::classifyText(text)), expected);
}

void tst_DropClassifier::classifyDrop_data()
{
    QTest::addColumn<MimeParts>("parts");
    QTest::addColumn<QStringList>("expected");

    const QString uriList = u"text/uri-list"_s;
    const QString plain = u"text/plain"_s;
    const QString html = u"text/html"_s;
    const QString mozUrl = u"text/x-moz-url"_s;

    QTest::newRow("uri-list: comments, CRLF, files, URLs")
        << MimeParts{{uriList,
                      "# dragged from a file manager\r\n"
                      "https://arxiv.org/abs/2306.16922\r\n"
                      "file:///tmp/a%20b.pdf\r\n"
                      "file:///tmp/papers/\r\n"
                      "https://example.org/\r\n"}}
        << QStringList{u"id:arXiv 2306.16922 @https://arxiv.org/abs/2306.16922"_s,
                       u"pdf:/tmp/a b.pdf"_s, u"file:/tmp/papers/"_s,
                       u"url:https://example.org/"_s};
    QTest::newRow("uri-list: junk reported, order kept")
        << MimeParts{{uriList,
                      "javascript:alert(1)\r\ndata:text/plain,x\r\nmailto:a@example.org\r\n"
                      "not a link\r\nhttps://example.org/p\r\n"}}
        << QStringList{u"unsupported"_s, u"unsupported"_s, u"unsupported"_s, u"unsupported"_s,
                       u"url:https://example.org/p"_s};
    QTest::newRow("uri-list: bare ids and doi: forms")
        << MimeParts{{uriList, "doi:10.1038/nn.4244\n2306.16922v2\n"}}
        << QStringList{u"id:DOI 10.1038/nn.4244"_s, u"id:arXiv 2306.16922v2"_s};
    QTest::newRow("uri-list wins over the other formats")
        << MimeParts{{uriList, "https://example.org/a\r\n"},
                     {plain, "2306.16922"},
                     {html, "<a href=\"https://example.org/b\">b</a>"}}
        << QStringList{u"url:https://example.org/a"_s};
    QTest::newRow("Firefox x-moz-url, UTF-16LE url/title pairs")
        << MimeParts{{mozUrl,
                      utf16le(u"https://arxiv.org/abs/2306.16922\nThe ELM neuron\n"
                              u"https://example.org/b\nA blog – post"_s)}}
        << QStringList{u"id:arXiv 2306.16922 @https://arxiv.org/abs/2306.16922"_s,
                       u"url:https://example.org/b"_s};
    QTest::newRow("x-moz-url in UTF-8") << MimeParts{{mozUrl, "https://example.org/c\nTitle"}}
                                        << QStringList{u"url:https://example.org/c"_s};
    QTest::newRow("x-moz-url before plain text")
        << MimeParts{{mozUrl, utf16le(u"https://example.org/c\nTitle"_s)},
                     {plain, "https://example.org/c"}}
        << QStringList{u"url:https://example.org/c"_s};
    QTest::newRow("plain text only")
        << MimeParts{{plain, "10.1038/nn.4244\n2306.16922\n"}}
        << QStringList{u"id:DOI 10.1038/nn.4244"_s, u"id:arXiv 2306.16922"_s};
    QTest::newRow("plain text before html")
        << MimeParts{{plain, "2306.16922"}, {html, "<a href=\"https://example.org/b\">b</a>"}}
        << QStringList{u"id:arXiv 2306.16922"_s};
    QTest::newRow("html links when the text names nothing")
        << MimeParts{{plain, "these two papers"},
                     {html,
                      "<p>these <a class=x href=\"https://arxiv.org/abs/2306.16922\">two</a>"
                      " <A TITLE='y' HREF='https://example.org/?a=1&amp;b=2'>papers</A>"
                      " <a href=\"#top\">top</a> <a href=\"javascript:void(0)\">js</a>"}}
        << QStringList{u"id:arXiv 2306.16922 @https://arxiv.org/abs/2306.16922"_s,
                       u"url:https://example.org/?a=1&b=2"_s};
    QTest::newRow("an image only")
        << MimeParts{{u"image/png"_s, "\x89PNG"}} << QStringList{u"unsupported"_s};
    QTest::newRow("text naming nothing, no html")
        << MimeParts{{plain, "just words"}} << QStringList{u"unsupported"_s};
    QTest::newRow("nothing at all") << MimeParts() << QStringList();
}

void tst_DropClassifier::classifyDrop()
{
    QFETCH(MimeParts, parts);
    QFETCH(QStringList, expected);

    QMimeData mime;
    for (const auto &[format, data] : std::as_const(parts))
        mime.setData(format, data);
    QCOMPARE(describe(Curator::classifyDrop(mime)), expected);
}

void tst_DropClassifier::unsupportedItemsSayWhy()
{
    QMimeData mime;
    mime.setData(u"text/uri-list"_s, "javascript:alert(1)\r\nmailto:a@example.org\r\n");
    const QList<DropItem> items = Curator::classifyDrop(mime);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].source, u"javascript:alert(1)"_s);
    QVERIFY2(items[0].reason.contains(u"javascript"_s), qPrintable(items[0].reason));
    QVERIFY2(items[1].reason.contains(u"mailto"_s), qPrintable(items[1].reason));

    const QList<DropItem> text = Curator::classifyText(u"nothing here"_s);
    QCOMPARE(text.size(), 1);
    QVERIFY(!text[0].reason.isEmpty());
    QCOMPARE(text[0].source, u"nothing here"_s);
}

void tst_DropClassifier::itemLimit()
{
    QString text;
    const int count = int(Curator::kMaxDropItems) + 50;
    for (int i = 1; i <= count; ++i)
        text += u"2301."_s + QString::number(i).rightJustified(5, u'0') + u'\n';
    const QList<DropItem> items = Curator::classifyText(text);
    QCOMPARE(items.size(), Curator::kMaxDropItems + 1);
    QCOMPARE(items[Curator::kMaxDropItems - 1].id.arxivId, u"2301.10000"_s);
    QCOMPARE(items.last().kind, DropItem::Kind::Unsupported);
    QVERIFY2(items.last().reason.contains(u"10000"_s), qPrintable(items.last().reason));
}

void tst_DropClassifier::textLimit()
{
    // An id inside the limit is found; one past it is not, and the report says why.
    const QString text
        = u"2306.16922 "_s + QString(Curator::kMaxDropTextChars, u' ') + u"2307.05793"_s;
    const QList<DropItem> items = Curator::classifyText(text);
    QCOMPARE(items.size(), 2);
    QCOMPARE(describe(items[0]), u"id:arXiv 2306.16922"_s);
    QCOMPARE(items[1].kind, DropItem::Kind::Unsupported);
    QVERIFY2(items[1].reason.contains(u"4 MB"_s), qPrintable(items[1].reason));
}

void tst_DropClassifier::sourceIsKeptShort()
{
    const QByteArray data = "data:image/png;base64," + QByteArray(100000, 'A') + "\r\n";
    QMimeData mime;
    mime.setData(u"text/uri-list"_s, data);
    const QList<DropItem> items = Curator::classifyDrop(mime);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].kind, DropItem::Kind::Unsupported);
    QVERIFY(items[0].source.size() <= 201);
    QVERIFY(items[0].source.startsWith(u"data:image/png"_s));
}

// The command line's and the file dialog's rule, which looks at the disk.
void tst_DropClassifier::itemsFromArguments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"papers"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString notes = dir.filePath(u"notes.txt"_s);
    QFile f(notes);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QList<DropItem> items = Curator::itemsFromArguments(
        {folder, notes, u"missing.PDF"_s, u"https://arxiv.org/pdf/2306.16922.pdf"_s,
         u"arXiv:2306.16922v2"_s});
    QCOMPARE(items.size(), 5);
    QCOMPARE(items[0].kind, DropItem::Kind::LocalFile); // a folder, whatever its name
    QCOMPARE(items[0].path, QFileInfo(folder).absoluteFilePath());
    QCOMPARE(items[1].kind, DropItem::Kind::LocalFile);
    QCOMPARE(items[2].kind, DropItem::Kind::PdfFile); // missing: the report says so
    QCOMPARE(items[2].source, u"missing.PDF"_s);
    QVERIFY(QFileInfo(items[2].path).isAbsolute());
    QCOMPARE(items[3].kind, DropItem::Kind::Identifier); // a link, not a file
    QCOMPARE(items[4].kind, DropItem::Kind::Identifier);
    QCOMPARE(items[4].id.arxivWithVersion(), u"2306.16922v2"_s);
}

QTEST_GUILESS_MAIN(tst_DropClassifier)
#include "tst_dropclassifier.moc"
