// Every web address a README links to, as GitHub's parser reads it (markdown/blocks.h linksIn):
// what a link check starts from.
#include "markdown/blocks.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using Markdown::DocumentLink;

class TestDocumentLinks : public QObject
{
    Q_OBJECT

private slots:
    // The seed list: 114 links and the badge image, 115 addresses, each on its line.
    void seedList()
    {
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        const std::vector<DocumentLink> links = Markdown::linksIn(seed);
        QCOMPARE(int(links.size()), 115);
        QCOMPARE(std::count_if(links.begin(), links.end(),
                               [](const DocumentLink &l) { return l.image; }),
                 1);
        const QList<QByteArray> lines = seed.split('\n');
        for (const DocumentLink &l : links) {
            QVERIFY(l.line >= 1 && l.line <= lines.size());
            QVERIFY2(lines.at(l.line - 1).contains(l.url.toUtf8()),
                     qPrintable(u"%1 not on line %2"_s.arg(l.url).arg(l.line)));
        }
        const auto elm = std::find_if(links.begin(), links.end(), [](const DocumentLink &l) {
            return l.url == u"https://arxiv.org/pdf/2306.16922.pdf"_s;
        });
        QVERIFY(elm != links.end());
    }

    // Bare addresses (GitHub links them), HTML rows' href and src, CRLF line ends; nothing in
    // code, no relative paths, anchors or mail addresses.
    void whatCountsAsALink()
    {
        const QByteArray readme
            = "# Papers\r\n\r\n"
              "Doe, J. [**One**](https://a.org/1) Venue (2001)\r\n\r\n"
              "See https://b.org/two for more, and [local](docs/x.md), [top](#papers),\r\n"
              "[mail](mailto:a@b.org).\r\n\r\n"
              "<table>\r\n<tr><td>Two</td>\r\n"
              "<td><a href='https://c.org/3'>Paper</a> <img src=\"https://d.org/4.svg\"></td>\r\n"
              "</tr>\r\n</table>\r\n\r\n"
              "`https://e.org/code` and\r\n\r\n"
              "```\r\n[x](https://f.org/fenced)\r\n```\r\n";
        const std::vector<DocumentLink> links = Markdown::linksIn(readme);
        QStringList got;
        for (const DocumentLink &l : links)
            got << u"%1@%2%3"_s.arg(l.url).arg(l.line).arg(l.image ? u" image"_s : QString());
        QCOMPARE(got,
                 (QStringList{u"https://a.org/1@3"_s, u"https://b.org/two@5"_s,
                              u"https://c.org/3@10"_s, u"https://d.org/4.svg@10 image"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDocumentLinks)
#include "tst_documentlinks.moc"
