#include "markdown/entryrenderer.h"
#include "markdown/readmereader.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Markdown;

namespace {

EntryFields fields(const QString &authors, const QString &title, const QString &url,
                   const QString &venue, const QString &year)
{
    EntryFields f;
    f.authors = authors;
    f.title = title;
    f.url = url;
    f.venue = venue;
    f.yearText = year;
    f.year = yearFrom(year);
    return f;
}

const QByteArray elmLine
    = "Spieler, A., Rahaman, N., Martius, G., Sch\xc3\xb6lkopf, B., & Levina, A. [**The ELM "
      "Neuron: "
      "an Efficient and Expressive Cortical Neuron Model Can Solve Long-Horizon Tasks**](https://"
      "arxiv.org/pdf/2306.16922.pdf) arXiv (2023)\n";

} // namespace

class TestEntryRenderer : public QObject
{
    Q_OBJECT

private slots:
    void seedLineFromFields()
    {
        const auto parts = parseEntryBlock(elmLine);
        QVERIFY(parts);
        const EntryFields f = fieldsOf(elmLine, *parts);
        QCOMPARE(renderEntry(f, defaultEntryTemplate()).toUtf8() + "\n", elmLine);
    }

    void render_data()
    {
        QTest::addColumn<QString>("entryTemplate");
        QTest::addColumn<QString>("authors");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("venue");
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("expected");
        const QString def = defaultEntryTemplate();
        QTest::newRow("plain") << def << u"Doe, J."_s << u"T"_s << u"https://a.org"_s << u"V"_s
                               << u"2001"_s << u"Doe, J. [**T**](https://a.org) V (2001)"_s;
        QTest::newRow("no venue") << def << u"Doe, J."_s << u"T"_s << u"https://a.org"_s
                                  << QString() << u"2001"_s
                                  << u"Doe, J. [**T**](https://a.org) (2001)"_s;
        QTest::newRow("no year") << def << u"Doe, J."_s << u"T"_s << u"https://a.org"_s << u"V"_s
                                 << QString() << u"Doe, J. [**T**](https://a.org) V"_s;
        QTest::newRow("markdown in title")
            << def << u"Doe, J."_s << u"A [b] *c* `d` \\e"_s << u"https://a.org"_s << u"V"_s
            << u"2001"_s
            << u"Doe, J. [**A \\[b\\] \\*c\\* \\`d\\` \\\\e**](https://a.org) V (2001)"_s;
        QTest::newRow("newline typed into fields")
            << def << u"Doe,\nJ."_s << u"Two\nlines"_s << u"https://a.org"_s << u"V\r\nW"_s
            << u"2001"_s << u"Doe, J. [**Two lines**](https://a.org) V W (2001)"_s;
        QTest::newRow("parentheses in year")
            << def << u"Doe, J."_s << u"T"_s << u"https://a.org"_s << u"V"_s << u"(2001)"_s
            << u"Doe, J. [**T**](https://a.org) V (2001)"_s;
        QTest::newRow("bullet template")
            << u"- [{title}]({url}) - {venue}"_s << QString() << u"Zeal"_s
            << u"https://zealdocs.org"_s << u"Offline docs."_s << QString()
            << u"- [Zeal](https://zealdocs.org) - Offline docs."_s;
        QTest::newRow("bullet template, no description")
            << u"- [{title}]({url}) - {venue}"_s << QString() << u"Zeal"_s
            << u"https://zealdocs.org"_s << QString() << QString()
            << u"- [Zeal](https://zealdocs.org)"_s;
    }

    void render()
    {
        QFETCH(QString, entryTemplate);
        QFETCH(QString, authors);
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(QString, venue);
        QFETCH(QString, year);
        QTEST(renderEntry(fields(authors, title, url, venue, year), entryTemplate), "expected");
    }

    // Whatever the fields hold, the line reads back as the same entry.
    void hostileFieldsReadBack_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::newRow("brackets") << u"a ] b [ c"_s << u"https://a.org/x"_s;
        QTest::newRow("stars") << u"**bold** and *it*"_s << u"https://a.org/x"_s;
        QTest::newRow("link syntax") << u"](javascript:alert(1))"_s << u"https://a.org/x"_s;
        QTest::newRow("unbalanced paren url") << u"t"_s << u"https://a.org/x)y(z"_s;
        QTest::newRow("space in url") << u"t"_s << u"https://a.org/a b"_s;
        QTest::newRow("balanced parens url")
            << u"t"_s << u"https://www.cell.com/neuron/fulltext/S0896-6273(20)30705-4"_s;
        QTest::newRow("backslashes") << u"C:\\path\\"_s << u"https://a.org/\\x"_s;
        QTest::newRow("unicode") << u"Schölkopf’s — “quotes”"_s << u"https://a.org/ü"_s;
        QTest::newRow("html") << u"<script>alert(1)</script>"_s << u"https://a.org/<x>"_s;
    }

    void hostileFieldsReadBack()
    {
        QFETCH(QString, title);
        QFETCH(QString, url);
        const EntryFields f = fields(u"Doe, J."_s, title, url, u"Venue"_s, u"2001"_s);
        const QByteArray line = renderEntry(f, defaultEntryTemplate()).toUtf8() + "\n";
        const auto parts = parseEntryBlock(line);
        QVERIFY2(parts, line.constData());
        const EntryFields back = fieldsOf(line, *parts);
        QCOMPARE(back.title, title);
        // Percent-encoding a space or a lone parenthesis keeps the same address.
        QCOMPARE(QUrl::fromPercentEncoding(back.url.toUtf8()), url);
        QCOMPARE(back.authors, u"Doe, J."_s);
        QCOMPARE(back.venue, u"Venue"_s);
        QCOMPARE(back.year, 2001);
    }

    // An edit replaces only what changed, as a careful human would.
    void surgicalEdits_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray odd = "Guerguiev, Jordan, and Blake A. Richards. [**Towards deep learning "
                               "with segregated dendrites.**](https://www.ncbi.nlm.nih.gov/pmc/"
                               "articles/PMC5716677/) ELife (2017). \n";
        QTest::newRow("year keeps the odd period and space")
            << odd << u"year"_s << u"2018"_s << QByteArray(odd).replace("(2017)", "(2018)");
        QTest::newRow("venue") << odd << u"venue"_s << u"eLife"_s
                               << QByteArray(odd).replace(") ELife (", ") eLife (");
        QTest::newRow("title escaped")
            << elmLine << u"title"_s << u"The *ELM* Neuron"_s
            << QByteArray(elmLine).replace("The ELM Neuron: an Efficient and Expressive "
                                           "Cortical Neuron Model Can Solve Long-Horizon Tasks",
                                           "The \\*ELM\\* Neuron");
        QTest::newRow("url") << elmLine << u"url"_s << u"https://arxiv.org/abs/2306.16922"_s
                             << QByteArray(elmLine).replace("pdf/2306.16922.pdf", "abs/2306.16922");
        const QByteArray crlf = "Doe, J. [**T**](https://a.org) V (2001)\r\n";
        QTest::newRow("crlf kept") << crlf << u"year"_s << u"2002"_s
                                   << QByteArray("Doe, J. [**T**](https://a.org) V (2002)\r\n");
        const QByteArray noYear = " Anna Wolff, Martin Hebart. [**DNN vs. Brain and Behavior**]"
                                  "(https://vicco-group.github.io/DNN_vs_brain-and-behavior/) \n";
        QTest::newRow("a part that was absent: rendered afresh")
            << noYear << u"year"_s << u"2020"_s
            << QByteArray("Anna Wolff, Martin Hebart. [**DNN vs. Brain and Behavior**](https://"
                          "vicco-group.github.io/DNN_vs_brain-and-behavior/) (2020)\n");
    }

    void surgicalEdits()
    {
        QFETCH(QByteArray, original);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const auto parts = parseEntryBlock(original);
        QVERIFY(parts);
        EntryFields f = fieldsOf(original, *parts);
        if (field == u"year"_s) {
            f.yearText = value;
            f.year = yearFrom(value);
        } else if (field == u"venue"_s) {
            f.venue = value;
        } else if (field == u"title"_s) {
            f.title = value;
        } else if (field == u"url"_s) {
            f.url = value;
        }
        QTEST(rerenderEntry(original, f, defaultEntryTemplate(), "\n"), "expected");
    }

    void unchangedFieldsGiveOriginal()
    {
        const auto parts = parseEntryBlock(elmLine);
        const EntryFields f = fieldsOf(elmLine, *parts);
        QCOMPARE(rerenderEntry(elmLine, f, defaultEntryTemplate(), "\n"), elmLine);
    }

    void checkTemplate_data()
    {
        QTest::addColumn<QString>("entryTemplate");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << defaultEntryTemplate() << true;
        QTest::newRow("bullet") << u"- [{title}]({url}) - {venue}"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no title") << u"{authors} ({year})"_s << false;
        QTest::newRow("unknown") << u"{title} {journal}"_s << false;
        QTest::newRow("two lines") << u"{title}\n{url}"_s << false;
    }

    void checkTemplate()
    {
        QFETCH(QString, entryTemplate);
        QFETCH(bool, ok);
        QCOMPARE(Markdown::checkTemplate(entryTemplate).isEmpty(), ok);
    }
};

QTEST_APPLESS_MAIN(TestEntryRenderer)
#include "tst_entryrenderer.moc"
