// Hostile input: what a Crossref deposit, a landing page, a README pulled from somebody else's
// repository or a typed field may hold, and what the app must still do with it: write it as text,
// refuse what cannot be a web link, end every network answer with a clear error in bounded time
// and memory, and hand git only names and messages it cannot misread.

#include "git/changesummary.h"
#include "git/pullrequestflow.h"
#include "git/repostatus.h"
#include "gitsandbox.h"
#include "identifier.h"
#include "importing/citationmeta.h"
#include "markdown/entryrenderer.h"
#include "markdown/readmereader.h"
#include "metadata/parsers.h"
#include "metadata/resolver.h"
#include "net/fetcher.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmark-gfm.h>
#include <zlib.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::GitSandbox;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

#if defined(__SANITIZE_ADDRESS__)
#define CURATOR_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CURATOR_ASAN 1
#endif
#endif

namespace {

// --- Markdown ------------------------------------------------------------------------------------

constexpr QStringView PaperUrl = u"https://example.org/paper?id=1&x=(2)";

// 10,000 characters of everything at once.
QString longHostile()
{
    const QString piece = u"<script>alert(1)</script> ](javascript:alert(1)) | `x` **y** [z] \\ "
                          u"_u_ ~s~ <b>b</b> &amp; &#60; ![i](https://evil.example/i.png)\n"_s;
    QString s;
    while (s.size() < 10000)
        s += piece;
    s.truncate(10000);
    return s;
}

QList<std::pair<const char *, QString>> hostileTexts()
{
    return {
        {"link text break-out", u"Paper](javascript:alert(1)) [x"_s},
        {"javascript link", u"[click](javascript:alert(1))"_s},
        {"script element", u"<script>alert(1)</script>"_s},
        {"html link", u"<a href=\"javascript:alert(1)\">x</a>"_s},
        {"html comment", u"<!-- hidden --> visible"_s},
        {"autolink", u"<https://evil.example>"_s},
        {"image", u"![pixel](https://evil.example/p.png)"_s},
        {"reference definition", u"[x]: https://evil.example"_s},
        {"table pipes", u"a | b | c"_s},
        {"backticks", u"`code` and ``two`` and ```"_s},
        {"emphasis", u"**bold** __strong__ *em* _em_ ~~strike~~"_s},
        {"brackets", u"[ ] [[ ]] ]["_s},
        {"backslashes", u"\\ \\\\ \\* \\[ end\\"_s},
        {"entities", u"&amp; &lt;script&gt; &#x3C;script&#x3E; &copy"_s},
        {"parentheses", u"f() (a (b) c) )( (2023)"_s},
        {"placeholders", u"{title} {url} {authors} {venue} {year}"_s},
        {"template punctuation", u"() [****] - , \u2013"_s},
        {"newlines", u"line one\nline two\r\nline three\rfour"_s},
        {"blank line", u"para one\n\npara two"_s},
        {"heading", u"# Heading"_s},
        {"setext", u"Title\n===="_s},
        {"list item", u"- item"_s},
        {"plus item", u"+ item"_s},
        {"ordered item", u"1. item"_s},
        {"ordered paren", u"2023) item"_s},
        {"quote", u"> quoted"_s},
        {"fence", u"~~~ fence"_s},
        {"thematic break", u"---"_s},
        {"leading spaces", u"    indented code"_s},
        {"bidi and zero width", u"abc\u202Egpj.exe\u200B\u2066x\u2069"_s},
        {"controls", u"a\u0001b\u001Bc\u007Fd"_s},
        {"10000 characters", longHostile()},
    };
}

// What a field becomes in the README: one line, white space runs as single spaces.
QString expectedText(const QString &value)
{
    QString s = value;
    s.replace(u"\r\n"_s, u" "_s);
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    return s.simplified();
}

struct Rendered
{
    int paragraphs = 0;
    int links = 0;
    int otherBlocks = 0; // headings, lists, quotes, code blocks, breaks, HTML blocks
    int rawHtml = 0; // inline HTML nodes
    int images = 0;
    int codeSpans = 0;
    QString linkUrl;
    QString linkText; // the link's text content
    QString text; // all text content, in order
    QString html; // rendered with raw HTML allowed, so nothing is hidden by cmark's safe mode
};

QString literalOf(cmark_node *node)
{
    const char *s = cmark_node_get_literal(node);
    return s ? QString::fromUtf8(s) : QString();
}

Rendered renderWithCmark(const QByteArray &markdown)
{
    Rendered r;
    cmark_node *doc
        = cmark_parse_document(markdown.constData(), size_t(markdown.size()), CMARK_OPT_UNSAFE);
    cmark_iter *it = cmark_iter_new(doc);
    int inLink = 0;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        const cmark_node_type type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_EXIT) {
            if (type == CMARK_NODE_LINK)
                --inLink;
            continue;
        }
        switch (type) {
        case CMARK_NODE_DOCUMENT:
            break;
        case CMARK_NODE_PARAGRAPH:
            ++r.paragraphs;
            break;
        case CMARK_NODE_LINK:
            ++r.links;
            ++inLink;
            r.linkUrl = QString::fromUtf8(cmark_node_get_url(node));
            break;
        case CMARK_NODE_IMAGE:
            ++r.images;
            break;
        case CMARK_NODE_HTML_INLINE:
            ++r.rawHtml;
            break;
        case CMARK_NODE_CODE:
            ++r.codeSpans;
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK: {
            const QString t = type == CMARK_NODE_TEXT ? literalOf(node) : u"\n"_s;
            r.text += t;
            if (inLink)
                r.linkText += t;
            break;
        }
        case CMARK_NODE_STRONG:
        case CMARK_NODE_EMPH:
            break;
        default:
            ++r.otherBlocks;
            break;
        }
    }
    cmark_iter_free(it);
    char *html = cmark_render_html(doc, CMARK_OPT_UNSAFE, nullptr);
    r.html = QString::fromUtf8(html);
    free(html);
    cmark_node_free(doc);
    return r;
}

EntryFields paper(const QString &authors, const QString &title, const QString &venue)
{
    EntryFields f;
    f.authors = authors;
    f.title = title;
    f.url = PaperUrl.toString();
    f.venue = venue;
    f.yearText = u"2023"_s;
    f.year = 2023;
    return f;
}

// --- Store ---------------------------------------------------------------------------------------

struct StoreEnv
{
    QTemporaryDir dir;
    Store store;
    qint64 listId = 0;
    qint64 sectionId = 0;

    bool open()
    {
        if (!dir.isValid() || !store.open(dir.filePath(u"store.sqlite"_s)))
            return false;
        listId = store.createList(u"Hostile"_s);
        const QList<Section> sections = store.sections(listId);
        sectionId = sections.isEmpty() ? 0 : sections.first().id;
        return listId && sectionId;
    }
};

// --- Network -------------------------------------------------------------------------------------

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Growth in resident memory that counts as "bounded" for a body capped at `capBytes`: the body,
// a copy or two on its way, Qt's read buffer, and the allocator keeping freed pages. Reading what
// a fast server sends faster than it is counted would be several times the cap.
void checkMemory(qint64 beforeKb, const char *what, qint64 capBytes = 8 * 1024 * 1024)
{
#ifdef CURATOR_ASAN
    // ASan's quarantine and shadow memory keep freed buffers resident: the figure says nothing.
    Q_UNUSED(beforeKb);
    Q_UNUSED(capBytes);
    qInfo("%s: memory not measured under AddressSanitizer", what);
#else
    const qint64 after = residentKb();
    if (beforeKb <= 0 || after <= 0)
        return;
    const qint64 boundKb = 3 * capBytes / 1024 + 8 * 1024;
    qInfo("%s: resident memory grew by %lld KB (bound %lld KB)", what, after - beforeKb, boundKb);
    QVERIFY2(after - beforeKb < boundKb, qPrintable(u"%1 KB"_s.arg(after - beforeKb)));
#endif
}

// A gzip stream (RFC 1952) of `size` zero bytes: what a "Content-Encoding: gzip" bomb sends.
QByteArray gzipOfZeros(qint64 size)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 left = size;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 n = std::min<qint64>(left, zeros.size());
        left -= n;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(n);
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

// Made once: deflating a gigabyte takes a second or two.
const QByteArray &gigabyteBomb()
{
    static const QByteArray bomb = gzipOfZeros(qint64(1) << 30);
    return bomb;
}

QUrl at(const TestHttpServer &server, const char *path)
{
    return QUrl::fromEncoded(server.baseUrl().toEncoded() + path, QUrl::StrictMode);
}

Net::HostPolicy quickPolicy()
{
    Net::HostPolicy p;
    p.minIntervalMs = 0;
    p.maxConcurrent = 1;
    p.timeoutMs = 3000;
    p.maxRetries = 0;
    return p;
}

std::optional<Net::FetchResult> fetch(Net::Fetcher &fetcher, const QUrl &url, qint64 *elapsedMs,
                                      int waitMs = 30000)
{
    auto result = std::make_shared<std::optional<Net::FetchResult>>();
    QElapsedTimer clock;
    clock.start();
    fetcher.get(url, {}, [result](const Net::FetchResult &r) { *result = r; });
    (void)QTest::qWaitFor([result] { return result->has_value(); }, waitMs);
    *elapsedMs = clock.elapsed();
    return *result;
}

// arXiv's Atom with a document type that expands one entity to 3 GB of text.
QByteArray billionLaughs()
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY lol \"lol\">\n";
    QByteArray prev = "lol";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray name = "lol" + QByteArray::number(i);
        dtd += "<!ENTITY " + name + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&" + prev + ";";
        dtd += "\">\n";
        prev = name;
    }
    dtd += "]>\n";
    return dtd
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
          "<id>http://arxiv.org/abs/2306.16922v1</id><title>&lol9;</title></entry></feed>\n";
}

QByteArray deepJson(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray deepCrossref(int depth)
{
    return "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\"title\":" + deepJson(depth)
        + "}}";
}

// --- git -----------------------------------------------------------------------------------------

bool gitAccepts(const QString &branch)
{
    QProcess git;
    git.start(u"git"_s, {u"check-ref-format"_s, u"--branch"_s, branch});
    return git.waitForFinished(10000) && git.exitStatus() == QProcess::NormalExit
        && git.exitCode() == 0;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- the README ------------------------------------------------------------------------------

    void exportedAsText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const char *field : {"title", "authors", "venue"}) {
            for (const auto &[name, value] : hostileTexts()) {
                QTest::addRow("%s: %s", field, name) << QString::fromLatin1(field) << value;
            }
        }
    }

    // An entry rendered from hostile fields reads, in CommonMark's reference implementation, as
    // one paragraph with one link (the entry's URL) and the fields' text, and reads back as the
    // same fields.
    void exportedAsText()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        EntryFields f = paper(u"Doe, J."_s, u"A Paper"_s, u"Venue"_s);
        if (field == u"title")
            f.title = value;
        else if (field == u"authors")
            f.authors = value;
        else
            f.venue = value;

        const QString line = Markdown::renderEntry(f, Markdown::defaultEntryTemplate());
        QVERIFY(!line.contains(u'\n') && !line.contains(u'\r'));
        const Rendered r = renderWithCmark(line.toUtf8());
        const QByteArray shown = line.left(300).toUtf8();
        QCOMPARE(r.paragraphs, 1);
        QVERIFY2(r.otherBlocks == 0, shown.constData());
        QVERIFY2(r.links == 1, shown.constData());
        QCOMPARE(r.linkUrl, PaperUrl.toString());
        QVERIFY2(r.rawHtml == 0, shown.constData());
        QVERIFY2(r.images == 0, shown.constData());
        QVERIFY2(r.codeSpans == 0, shown.constData());
        QVERIFY(!r.html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!r.html.contains(u"<br"_s));
        QCOMPARE(r.linkText, expectedText(f.title));
        QVERIFY2(r.text.contains(expectedText(f.authors)), shown.constData());
        QVERIFY2(r.text.contains(expectedText(f.venue)), shown.constData());

        // Read back by the README reader, as an import of the exported line would.
        const QByteArray raw = line.toUtf8() + '\n';
        const auto parts = Markdown::parseEntryBlock(raw);
        QVERIFY2(parts, shown.constData());
        const EntryFields back = Markdown::fieldsOf(raw, *parts);
        QCOMPARE(back.title, expectedText(f.title));
        QCOMPARE(back.authors, expectedText(f.authors));
        QCOMPARE(back.venue, expectedText(f.venue));
        QCOMPARE(back.url, f.url);
        QCOMPARE(back.year, 2023);
    }

    void exportRoundTrip_data() { exportedAsText_data(); }

    // The whole way: store → exported README → imported into a second list, field by field.
    void exportRoundTrip()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        EntryFields f = paper(u"Doe, J."_s, u"A Paper"_s, u"Venue"_s);
        if (field == u"title")
            f.title = value;
        else if (field == u"authors")
            f.authors = value;
        else
            f.venue = value;
        StoreEnv env;
        QVERIFY(env.open());
        const qint64 id = env.store.addEntry(env.sectionId, f);
        QVERIFY2(id, qPrintable(env.store.errorString()));
        // Notes are the store's own: never written into the README.
        QVERIFY(
            env.store.setEntryExtras(id, u"<script>alert('notes')</script>\n# notes"_s, {}, {}));
        const ExportResult exported = exportReadme(env.store, env.listId);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        QVERIFY(!exported.data.contains("alert('notes')"));

        const Rendered r = renderWithCmark(exported.data);
        QVERIFY(!r.html.contains(u"<script"_s, Qt::CaseInsensitive));
        QCOMPARE(r.links, 1);

        ImportOptions options;
        options.listName = u"Imported"_s;
        const ImportReport report = importReadme(env.store, exported.data, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.warnings.size(), 0);
        QCOMPARE(report.entries, 1);
        const QList<Entry> entries = env.store.entries(report.listId);
        QCOMPARE(entries.size(), 1);
        const EntryFields &back = entries.first().fields;
        QCOMPARE(back.title, expectedText(f.title));
        QCOMPARE(back.authors, expectedText(f.authors));
        QCOMPARE(back.venue, expectedText(f.venue));
        QCOMPARE(back.url, f.url);
        QCOMPARE(back.yearText, f.yearText);
    }

    void bulletTemplate_data()
    {
        QTest::addColumn<QString>("value");
        for (const auto &[name, value] : hostileTexts())
            QTest::addRow("%s", name) << value;
    }

    // "- [Name](url) - Description." lists: the name starts the list item's content.
    void bulletTemplate()
    {
        QFETCH(QString, value);
        EntryFields f;
        f.url = PaperUrl.toString();
        for (int which = 0; which < 2; ++which) {
            f.title = which == 0 ? value : u"Name"_s;
            f.venue = which == 1 ? value : u"Description."_s;
            const QString line = Markdown::renderEntry(f, u"- [{title}]({url}) - {venue}"_s);
            const Rendered r = renderWithCmark(line.toUtf8());
            // The list and its item are the template's own.
            QCOMPARE(r.otherBlocks, 2);
            QCOMPARE(r.links, 1);
            QCOMPARE(r.linkUrl, PaperUrl.toString());
            QCOMPARE(r.rawHtml + r.images + r.codeSpans, 0);
            QCOMPARE(r.linkText, expectedText(f.title));
            const QByteArray raw = line.toUtf8() + '\n';
            const auto parts = Markdown::parseEntryBlock(raw);
            QVERIFY(parts);
            const EntryFields back = Markdown::fieldsOf(raw, *parts);
            QCOMPARE(back.title, expectedText(f.title));
            QCOMPARE(back.url, f.url);
        }
    }

    void rerenderedAsText_data() { exportedAsText_data(); }

    // An edit of an imported entry patches only the changed part: that part is escaped the same.
    void rerenderedAsText()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const QByteArray original = "Doe, J. [**A Paper**](https://example.org/paper?id=1&x=(2)) "
                                    "Venue (2023)\n";
        EntryFields f = paper(u"Doe, J."_s, u"A Paper"_s, u"Venue"_s);
        if (field == u"title")
            f.title = value;
        else if (field == u"authors")
            f.authors = value;
        else
            f.venue = value;
        const QByteArray raw
            = Markdown::rerenderEntry(original, f, Markdown::defaultEntryTemplate(), "\n");
        const Rendered r = renderWithCmark(raw);
        QCOMPARE(r.paragraphs, 1);
        QCOMPARE(r.otherBlocks, 0);
        QCOMPARE(r.links, 1);
        QCOMPARE(r.rawHtml + r.images + r.codeSpans, 0);
        QCOMPARE(r.linkText, expectedText(f.title));
        const auto parts = Markdown::parseEntryBlock(raw);
        QVERIFY(parts);
        const EntryFields back = Markdown::fieldsOf(raw, *parts);
        QCOMPARE(back.title, expectedText(f.title));
        QCOMPARE(back.authors, expectedText(f.authors));
        QCOMPARE(back.venue, expectedText(f.venue));
    }

    // --- URLs ------------------------------------------------------------------------------------

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://example.org/a"_s << true;
        QTest::newRow("http") << u"http://example.org/a"_s << true;
        QTest::newRow("upper case") << u"HTTPS://EXAMPLE.ORG/A"_s << true;
        QTest::newRow("parentheses") << u"https://doi.org/10.1016/S0896-6273(20)30705-4"_s << true;
        QTest::newRow("spaces around") << u"  https://example.org/a  "_s << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("JavaScript") << u"JavaScript:alert(document.cookie)"_s << false;
        QTest::newRow("javascript, space first") << u" javascript:alert(1)"_s << false;
        QTest::newRow("javascript, tab inside") << u"java\tscript:alert(1)"_s << false;
        QTest::newRow("javascript, control first") << u"\u0001javascript:alert(1)"_s << false;
        QTest::newRow("javascript with slashes")
            << u"javascript://example.org/%0Aalert(1)"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << false;
        QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << false;
        QTest::newRow("ftp") << u"ftp://example.org/a"_s << false;
        QTest::newRow("mailto") << u"mailto:a@example.org"_s << false;
        QTest::newRow("no scheme") << u"example.org/paper"_s << false;
        QTest::newRow("protocol-relative") << u"//evil.example/x"_s << false;
        QTest::newRow("no host") << u"https:javascript:alert(1)"_s << false;
        QTest::newRow("scheme only") << u"http://"_s << false;
        QTest::newRow("junk") << u"not a url at all"_s << false;
        QTest::newRow("relative") << u"../README.md"_s << false;
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(Identifier::isWebUrl(url), accepted);

        StoreEnv env;
        QVERIFY(env.open());
        EntryFields f = paper(u"Doe, J."_s, u"A Paper"_s, u"Venue"_s);
        f.url = url;
        const qint64 added = env.store.addEntry(env.sectionId, f);
        QCOMPARE(added != 0, accepted);
        if (!accepted) {
            QVERIFY(env.store.errorString().contains(u"http"_s));
            QCOMPARE(env.store.entryCount(env.listId), 0);
        }

        f.url = u"https://example.org/ok"_s;
        const qint64 id = env.store.addEntry(env.sectionId, f);
        QVERIFY(id);
        f.url = url;
        QCOMPARE(env.store.updateEntry(id, f), accepted);
        QCOMPARE(env.store.entry(id)->fields.url, accepted ? url : u"https://example.org/ok"_s);
        if (!accepted)
            QVERIFY(env.store.errorString().contains(u"http"_s));
    }

    void exportRefusesBadUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s;
        QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s;
        QTest::newRow("no scheme") << u"evil.example/x"_s;
    }

    // A store written before URLs were checked may hold an entry with such a link: the export
    // refuses, naming the entry, and writes nothing.
    void exportRefusesBadUrl()
    {
        QFETCH(QString, url);
        StoreEnv env;
        QVERIFY(env.open());
        const qint64 good = env.store.addEntry(env.sectionId, paper(u"A"_s, u"Good"_s, u"V"_s));
        const qint64 bad = env.store.addEntry(env.sectionId, paper(u"B"_s, u"Trap Paper"_s, {}));
        QVERIFY(good && bad);
        QSqlQuery q(env.store.database());
        q.prepare(u"UPDATE entries SET url = ?, dirty = 1 WHERE id = ?"_s);
        q.addBindValue(url);
        q.addBindValue(bad);
        QVERIFY(q.exec());

        const ExportResult r = exportReadme(env.store, env.listId);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"Trap Paper"_s), qPrintable(r.error));
        QVERIFY(r.data.isEmpty());

        const QString path = env.dir.filePath(u"README.md"_s);
        QString error;
        QVERIFY(!exportReadmeToFile(env.store, env.listId, path, &error));
        QVERIFY(error.contains(u"Trap Paper"_s));
        QVERIFY(!QFile::exists(path));

        // Corrected, it goes out.
        EntryFields f = env.store.entry(bad)->fields;
        f.url = u"https://example.org/fixed"_s;
        QVERIFY(env.store.updateEntry(bad, f));
        QVERIFY(exportReadme(env.store, env.listId).ok);
    }

    // --- network ---------------------------------------------------------------------------------

    void fetcherHostileBodies_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Net::FetchResult::Status>("expected");
        using S = Net::FetchResult::Status;
        QTest::newRow("endless body") << u"endless"_s << S::TooLarge;
        QTest::newRow("gzip bomb, 1 GB of zeros") << u"gzip"_s << S::TooLarge;
        QTest::newRow("damaged gzip") << u"damaged gzip"_s << S::TooLarge;
        QTest::newRow("slow drip") << u"drip"_s << S::Timeout;
        QTest::newRow("redirect loop") << u"redirect"_s << S::NetworkError;
        QTest::newRow("stall") << u"stall"_s << S::Timeout;
    }

    void fetcherHostileBodies()
    {
        QFETCH(QString, kind);
        QFETCH(Net::FetchResult::Status, expected);
        TestHttpServer server;
        QVERIFY(server.listen());
        Response response;
        if (kind == u"endless") {
            response.mode = Response::Mode::Endless;
            response.body = QByteArray(4096, 'a');
        } else if (kind == u"gzip") {
            const QByteArray &bomb = gigabyteBomb();
            QVERIFY(!bomb.isEmpty());
            qInfo("gzip bomb: %lld bytes on the wire for 1 GB", qint64(bomb.size()));
            response.body = bomb;
            response.headers = {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}};
        } else if (kind == u"damaged gzip") {
            QByteArray damaged = gzipOfZeros(1024 * 1024);
            for (qsizetype i = 20; i < damaged.size() - 10; i += 7)
                damaged[i] = char(damaged[i] ^ 0x5a);
            response.body = damaged;
            response.headers = {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}};
        } else if (kind == u"drip") {
            response.mode = Response::Mode::Drip;
            response.dripMs = 20; // a byte every 20 ms: never idle long enough to time out
            response.body = "{\"status\":\"ok\"}";
            response.repeatBodyTo = 1024 * 1024;
        } else if (kind == u"redirect") {
            response.status = 302;
            response.headers = {{"Location", "/loop"}};
        } else if (kind == u"stall") {
            response.mode = Response::Mode::Stall;
        }
        server.route("GET", "/loop", response);

        QNetworkAccessManager nam;
        Net::Fetcher fetcher(&nam);
        Net::HostPolicy policy = quickPolicy();
        policy.timeoutMs = 2000;
        policy.deadlineMs = 4000;
        // The loopback server streams a few MB a second while sharing the test's thread.
        policy.maxBytes = 2 * 1024 * 1024;
        fetcher.setPolicy(server.baseUrl(), policy);
        const qint64 before = residentKb();
        qint64 elapsed = 0;
        const auto r = fetch(fetcher, at(server, "/loop"), &elapsed);
        QVERIFY2(r, "no answer within 30 s");
        qInfo("%s: %s after %lld ms", qPrintable(kind), qPrintable(r->message), elapsed);
        QCOMPARE(r->status, expected);
        QVERIFY(!r->message.isEmpty());
        QVERIFY(r->body.isEmpty());
        QVERIFY2(elapsed < policy.deadlineMs + 2000, qPrintable(QString::number(elapsed)));
        checkMemory(before, qPrintable(kind), policy.maxBytes);
    }

    void resolverHostileBodies_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("arXiv: billion laughs")
            << u"arxiv"_s << billionLaughs() << QByteArray("application/atom+xml")
            << u"document type"_s;
        QTest::newRow("arXiv: endless body")
            << u"arxiv"_s << QByteArray("endless") << QByteArray("application/atom+xml")
            << u"more than 8 MB"_s;
        QTest::newRow("Crossref: gzip bomb")
            << u"crossref"_s << QByteArray("gzip bomb") << QByteArray("application/json")
            << u"could not be unpacked"_s;
        QTest::newRow("arXiv: invalid UTF-8")
            << u"arxiv"_s
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                          "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                          "<id>http://arxiv.org/abs/2306.16922v1</id><title>bad \xff\xfe \xc3("
                          "</title></entry></feed>")
            << QByteArray("application/atom+xml") << u"not valid XML"_s;
        QTest::newRow("arXiv: external entity")
            << u"arxiv"_s
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM "
                          "\"file:///etc/passwd\">]><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                          "<entry><id>http://arxiv.org/abs/2306.16922v1</id><title>&x;</title>"
                          "</entry></feed>")
            << QByteArray("application/atom+xml") << u"document type"_s;
        QTest::newRow("Crossref: nested 100,000 deep")
            << u"crossref"_s << deepCrossref(100000) << QByteArray("application/json")
            << u"not valid JSON"_s;
        QTest::newRow("Crossref: invalid UTF-8")
            << u"crossref"_s
            << QByteArray("{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\"title\":"
                          "[\"bad \xff\xfe \xc3(\"]}}")
            << QByteArray("application/json") << u"not valid JSON"_s;
        QTest::newRow("doi.org CSL: nested 100,000 deep")
            << u"doi"_s << deepJson(100000) << QByteArray("application/vnd.citationstyles.csl+json")
            << u"not valid JSON"_s;
    }

    // Through the real resolver, against loopback servers: a failed look-up with the parser's
    // words, quickly, in bounded memory, and nothing cached.
    void resolverHostileBodies()
    {
        QFETCH(QString, service);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        Store store;
        QVERIFY(dir.isValid() && store.open(dir.filePath(u"store.sqlite"_s)));
        TestHttpServer arxiv, crossref, doi;
        QVERIFY(arxiv.listen() && crossref.listen() && doi.listen());
        Response response;
        response.body = body;
        response.headers = {{"Content-Type", contentType}};
        if (body == "endless") {
            response.mode = Response::Mode::Endless;
            response.body = QByteArray(4096, ' ');
        } else if (body == "gzip bomb") {
            response.body = gigabyteBomb();
            response.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        }
        Response notFound;
        notFound.status = 404;
        notFound.body = "Resource not found.";
        if (service == u"arxiv") {
            arxiv.route("GET", "/api/query?*", response);
        } else if (service == u"crossref") {
            crossref.route("GET", "/works/*", response);
        } else {
            crossref.route("GET", "/works/*", notFound);
            doi.route("GET", "/*", response);
        }
        Metadata::Endpoints endpoints;
        endpoints.arxiv = arxiv.baseUrl();
        endpoints.crossref = crossref.baseUrl();
        endpoints.doi = doi.baseUrl();
        QNetworkAccessManager nam;
        Metadata::Resolver resolver(&store, &nam, endpoints);
        for (const QUrl &base : {endpoints.arxiv, endpoints.crossref, endpoints.doi})
            resolver.fetcher()->setPolicy(base, quickPolicy());
        const RecognizedId id = Identifier::recognize(service == u"arxiv" ? u"arXiv:2306.16922"_s
                                                                          : u"10.1038/nn.4244"_s);
        QSignalSpy finished(&resolver, &Metadata::Resolver::finished);
        const qint64 before = residentKb();
        QElapsedTimer clock;
        clock.start();
        resolver.lookup({id});
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        const qint64 elapsed = clock.elapsed();
        const auto result = finished.first().at(2).value<Metadata::LookupResult>();
        qInfo("%s after %lld ms", qPrintable(result.message), elapsed);
        QCOMPARE(result.status, Metadata::LookupResult::Status::Failed);
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        // Streaming 8 MB through the loopback server on this thread takes a few seconds.
        QVERIFY2(elapsed < (body == "endless" ? 20000 : 5000),
                 qPrintable(QString::number(elapsed)));
        checkMemory(before, QTest::currentDataTag());

        // Not cached: asked again, the service is asked again.
        const qsizetype asked
            = arxiv.requests().size() + crossref.requests().size() + doi.requests().size();
        finished.clear();
        resolver.lookup({id});
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        QVERIFY(arxiv.requests().size() + crossref.requests().size() + doi.requests().size()
                > asked);
    }

    void pageHostileBodies_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("fails");
        QTest::newRow("invalid UTF-8") << u"utf8"_s << false;
        QTest::newRow("endless body") << u"endless"_s << true;
        QTest::newRow("gzip bomb") << u"gzip"_s << true;
        QTest::newRow("slow drip") << u"drip"_s << true;
        QTest::newRow("redirect loop") << u"redirect"_s << true;
        QTest::newRow("script and markup in meta tags") << u"markup"_s << false;
    }

    // Landing pages through the real PageMetadataReader.
    void pageHostileBodies()
    {
        QFETCH(QString, kind);
        QFETCH(bool, fails);
        TestHttpServer server;
        QVERIFY(server.listen());
        Response response;
        response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        if (kind == u"utf8") {
            response.body = "<html><head><meta name=\"citation_title\" content=\"Bad \xff\xfe "
                            "\xc3( bytes \xed\xa0\x80 surrogate\"><meta name=\"citation_author\" "
                            "content=\"\xf8\x88\x80\x80\x80\"></head></html>";
        } else if (kind == u"endless") {
            response.mode = Response::Mode::Endless;
            response.body = "<html><head>" + QByteArray(4096, ' ');
        } else if (kind == u"gzip") {
            response.body = gigabyteBomb();
            response.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        } else if (kind == u"drip") {
            response.mode = Response::Mode::Drip;
            response.dripMs = 20;
            response.body = "<html>";
            response.repeatBodyTo = 1024 * 1024;
        } else if (kind == u"redirect") {
            response.status = 301;
            response.headers = {{"Location", "/page"}};
        } else {
            response.body
                = "<html><head><meta name=\"citation_title\" content=\"&lt;script&gt;alert(1)"
                  "&lt;/script&gt; [x](javascript:alert(1)) **b**\">"
                  "<meta name=\"citation_pdf_url\" content=\"javascript:alert(1)\">"
                  "<meta name=\"citation_author\" content=\"&lt;img src=x onerror=alert(1)&gt;\">"
                  "</head></html>";
        }
        server.route("GET", "/page", response);

        QNetworkAccessManager nam;
        Net::Fetcher fetcher(&nam);
        PageMetadataReader reader(&fetcher);
        Net::HostPolicy policy = PageMetadataReader::defaultPagePolicy();
        policy.minIntervalMs = 0;
        policy.maxRetries = 0;
        policy.timeoutMs = 2000;
        policy.deadlineMs = 4000;
        policy.maxBytes = 2 * 1024 * 1024;
        reader.setPagePolicy(policy);
        auto result = std::make_shared<std::optional<PageMetadata>>();
        const qint64 before = residentKb();
        QElapsedTimer clock;
        clock.start();
        reader.read(at(server, "/page"), [result](const PageMetadata &p) { *result = p; });
        QVERIFY(QTest::qWaitFor([result] { return result->has_value(); }, 30000));
        const qint64 elapsed = clock.elapsed();
        const PageMetadata &page = **result;
        qInfo("%s: status %d, \"%s\" after %lld ms", qPrintable(kind), int(page.status),
              qPrintable(page.message), elapsed);
        QVERIFY(elapsed < policy.deadlineMs + 2000);
        checkMemory(before, qPrintable(kind), policy.maxBytes);
        if (fails) {
            QCOMPARE(page.status, PageMetadata::Status::Failed);
            QVERIFY(!page.message.isEmpty());
            return;
        }
        QCOMPARE(page.status, PageMetadata::Status::Ok);
        if (kind == u"utf8") {
            QVERIFY(page.meta.title.startsWith(u"Bad "_s));
            QVERIFY(page.meta.title.contains(QChar::ReplacementCharacter));
        } else {
            // Tags go, the rest stays text (displayed and exported as text); the javascript:
            // PDF link is refused.
            QVERIFY2(page.meta.title.contains(u"[x](javascript:alert(1)) **b**"_s),
                     qPrintable(page.meta.title));
            QVERIFY(!page.meta.title.contains(u'<'));
            QVERIFY(page.meta.pdfUrl.isEmpty());
        }
    }

    // --- git -------------------------------------------------------------------------------------

    void branchAndCommitFromTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("dot dot") << u"../../etc/passwd"_s;
        QTest::newRow("refs") << u"refs/heads/main"_s;
        QTest::newRow("leading dash") << u"-f --force"_s;
        QTest::newRow("spaces") << u"   many   spaces   "_s;
        QTest::newRow("ref specials") << u"a~b^c:d?e*f[g\\h @{x} .lock ."_s;
        QTest::newRow("control characters") << u"a\u0001b\u0007c\u001Bd\u007Fe"_s;
        QTest::newRow("newlines") << u"first\nSigned-off-by: Mallory <m@evil.example>\r\nthird"_s;
        QTest::newRow("500 characters") << QString(500, u'x');
        QTest::newRow("500 words") << u"word "_s.repeated(100);
        QTest::newRow("only Cyrillic") << u"Нейронные сети и обучение"_s;
        QTest::newRow("only CJK") << u"深層学習による画像認識"_s;
        QTest::newRow("only emoji") << u"🧠🔬🤖"_s;
        QTest::newRow("line separators") << u"a\u2028b\u2029c\u0085d"_s;
        QTest::newRow("bidi overrides") << u"abc\u202Egpj.exe\u2066x\u2069"_s;
        QTest::newRow("empty") << QString();
    }

    void branchAndCommitFromTitles()
    {
        QFETCH(QString, title);
        ChangeSummary summary;
        ChangeSummary::Item item;
        item.title = title;
        item.authors = title;
        item.year = 2023;
        for (int kind = 0; kind < 3; ++kind) {
            ChangeSummary s = summary;
            (kind == 0 ? s.added : kind == 1 ? s.edited : s.removed).append(item);
            const QString stem = s.branchStem();
            const QString branch = PullRequestFlow::sanitizeBranchStem(stem);
            QVERIFY2(!branch.isEmpty(), qPrintable(stem));
            QVERIFY2(!branch.startsWith(u'-'), qPrintable(branch));
            QVERIFY2(gitAccepts(branch), qPrintable(branch));
            QVERIFY2(gitAccepts(stem), qPrintable(stem));

            const QString subject = s.commitSubject();
            QVERIFY(!subject.isEmpty());
            QVERIFY(subject.size() <= 72);
            for (const QChar c : subject)
                QVERIFY2(c.category() != QChar::Other_Control && c != u'\u2028' && c != u'\u2029'
                             && c != u'\u202E' && c != u'\u2066',
                         qPrintable(subject));
            // The body: one line per entry, so no title can add a line (a trailer) of its own.
            const QString body = s.commitBody();
            QCOMPARE(body.count(u'\n'), 0);
            for (const QChar c : body)
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(body));
        }
    }

    // Titles read from a README pulled from the repository, into a summary, then a real publish.
    void hostileTitlePublished()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const QByteArray newReadme = GitSandbox::defaultReadme()
            + "\nMallory [**\\-\\-upload-pack=touch /tmp/pwned \\`id\\` \\$(id) ../../x "
              "refs/heads/main ~^:?\\*\\[ \\\\**](https://example.org/x) Venue (2023)\n";
        const ChangeSummary summary = summarizeChange(GitSandbox::defaultReadme(), newReadme);
        QCOMPARE(summary.added.size(), 1);
        const QString message = summary.commitSubject() + u"\n\n"_s + summary.commitBody();

        PullRequestFlow flow;
        QSignalSpy prepared(&flow, &PullRequestFlow::prepared);
        QSignalSpy finished(&flow, &PullRequestFlow::finished);
        PullRequestInput input;
        input.repositoryPath = sandbox.workPath();
        input.readmePath = u"README.md"_s;
        input.remote = u"origin"_s;
        input.baseBranch = u"main"_s;
        flow.prepare(input);
        QVERIFY(QTest::qWaitFor([&] { return prepared.size() + finished.size() > 0; }, 30000));
        QCOMPARE(prepared.size(), 1);
        flow.publish(newReadme, message, summary.branchStem());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        const auto result = finished.first().first().value<PullRequestResult>();
        QVERIFY2(result.status == PullRequestResult::Status::Published, qPrintable(result.message));
        QVERIFY(gitAccepts(result.branch));
        QVERIFY(!result.branch.startsWith(u'-'));
        QVERIFY(sandbox.remoteBranches().contains(result.branch));
        const QString logged
            = sandbox
                  .git(sandbox.remotePath(), {u"log"_s, u"-1"_s, u"--format=%s"_s, result.branch})
                  .line();
        QCOMPARE(logged, summary.commitSubject());
        QVERIFY(!QFile::exists(u"/tmp/pwned"_s));
    }

    // A repository whose folder is named like an option: git gets it as its working directory,
    // never as an argument.
    void repositoryPathLikeAnOption()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const QString dashed = sandbox.root() + u"/-x"_s;
        QVERIFY(
            sandbox
                .git(sandbox.root(), {u"clone"_s, u"-q"_s, u"--"_s, sandbox.remotePath(), dashed})
                .ok());
        QVERIFY(sandbox.git(dashed, {u"config"_s, u"user.name"_s, u"T"_s}).ok());
        QVERIFY(sandbox.git(dashed, {u"config"_s, u"user.email"_s, u"t@example.org"_s}).ok());

        // Relative too: "-x" from its parent folder.
        const QString saved = QDir::currentPath();
        QVERIFY(QDir::setCurrent(sandbox.root()));
        struct Restore
        {
            QString dir;
            ~Restore() { QDir::setCurrent(dir); }
        } restore{saved};

        // Revisions and paths that look like options are refused before git sees them.
        {
            RepoStatus status;
            std::optional<Ancestry> ancestry;
            status.isAncestor(dashed, u"--output=/tmp/curator-pwned"_s, u"HEAD"_s,
                              [&ancestry](const Ancestry &a) { ancestry = a; });
            std::optional<FileAtRevision> file;
            status.fileAt(dashed, u"-p"_s, u"README.md"_s,
                          [&file](const FileAtRevision &f) { file = f; });
            QVERIFY(QTest::qWaitFor([&] { return ancestry && file; }, 30000));
            QCOMPARE(ancestry->status, Ancestry::Status::Failed);
            QVERIFY(!ancestry->message.isEmpty());
            QCOMPARE(file->status, FileAtRevision::Status::Failed);
            QVERIFY(!QFile::exists(u"/tmp/curator-pwned"_s));
        }

        for (const QString &path : {dashed, u"-x"_s, u"-x/"_s}) {
            RepoStatus status;
            std::optional<RepoState> state;
            status.query(path, u"README.md"_s, u"origin"_s,
                         [&state](const RepoState &s) { state = s; });
            QVERIFY(QTest::qWaitFor([&] { return state.has_value(); }, 30000));
            QVERIFY2(state->isRepository, qPrintable(state->error));
            QCOMPARE(QFileInfo(state->topLevel).canonicalFilePath(),
                     QFileInfo(dashed).canonicalFilePath());

            PullRequestFlow flow;
            QSignalSpy prepared(&flow, &PullRequestFlow::prepared);
            QSignalSpy finished(&flow, &PullRequestFlow::finished);
            PullRequestInput input;
            input.repositoryPath = path;
            input.readmePath = u"README.md"_s;
            input.remote = u"origin"_s;
            input.baseBranch = u"main"_s;
            flow.prepare(input);
            QVERIFY(QTest::qWaitFor([&] { return prepared.size() + finished.size() > 0; }, 30000));
            QVERIFY2(prepared.size() == 1,
                     qPrintable(finished.isEmpty()
                                    ? QString()
                                    : finished.first().first().value<PullRequestResult>().message));
            flow.cancel();
            QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        }
    }

    // The user's hooks run as git runs them, and a failing one is reported with its words.
    void failingPreCommitHook()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const QString hook = sandbox.workPath() + u"/.git/hooks/pre-commit"_s;
        QVERIFY(sandbox.writeFile(sandbox.workPath(), u".git/hooks/pre-commit"_s,
                                  "#!/bin/sh\necho 'README lint: line 7 is too long' >&2\n"
                                  "exit 1\n"));
        QVERIFY(QFile::setPermissions(hook, QFile::permissions(hook) | QFile::ExeUser));
        const QStringList before = sandbox.remoteBranches();

        PullRequestFlow flow;
        QSignalSpy prepared(&flow, &PullRequestFlow::prepared);
        QSignalSpy finished(&flow, &PullRequestFlow::finished);
        PullRequestInput input;
        input.repositoryPath = sandbox.workPath();
        input.readmePath = u"README.md"_s;
        input.remote = u"origin"_s;
        input.baseBranch = u"main"_s;
        flow.prepare(input);
        QVERIFY(QTest::qWaitFor([&] { return prepared.size() + finished.size() > 0; }, 30000));
        QCOMPARE(prepared.size(), 1);
        flow.publish(GitSandbox::defaultReadme() + "- [X](https://example.org/x) (2023)\n",
                     u"Add X (2023)"_s, u"add-x-2023"_s);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        const auto result = finished.first().first().value<PullRequestResult>();
        QCOMPARE(result.status, PullRequestResult::Status::Failed);
        QVERIFY2(result.message.contains(u"README lint: line 7 is too long"_s),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(u"hook"_s));
        QCOMPARE(sandbox.remoteBranches(), before);
        QVERIFY(!sandbox.localBranches(sandbox.workPath()).contains(u"add-x-2023"_s));
        QCOMPARE(sandbox.work({u"worktree"_s, u"list"_s}).line().count(u'\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
