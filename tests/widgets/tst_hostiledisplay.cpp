// Hostile text on screen: titles, authors and README content holding HTML and markdown are shown
// as the text they are, in the table, its tooltips, the README pane's preview, its result line and
// the main window's warnings; links in the preview leave the app only when they are web links.
#include "curation/curation.h"
#include "entrydelegate.h"
#include "entrytablemodel.h"
#include "exportpane.h"
#include "gitsandbox.h"
#include "mainwindow.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

// What a QLabel (and so a tooltip, which guesses the format the same way) shows for `text`.
QString shownByAutoText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

EntryFields paper(const QString &title, const QString &authors, const QString &venue)
{
    EntryFields f;
    f.title = title;
    f.authors = authors;
    f.venue = venue;
    f.url = u"https://example.org/paper"_s;
    f.yearText = u"2023"_s;
    f.year = 2023;
    return f;
}

// Records what QDesktopServices::openUrl was asked to open, instead of the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// The links of a document with where they are (named anchors, the headings' targets, are not
// links).
QList<std::pair<QString, int>> anchors(const QTextDocument *doc)
{
    QList<std::pair<QString, int>> out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isAnchor() && !f.charFormat().anchorHref().isEmpty())
                out.append({f.charFormat().anchorHref(), f.position() + f.length() / 2});
        }
    }
    return out;
}

// Closes the next message box and reports its format and text.
struct MessageBoxWatch
{
    Qt::TextFormat format = Qt::AutoText;
    QString text;
    bool seen = false;

    void arm()
    {
        QTimer::singleShot(50, [this] { poll(); });
    }
    void poll()
    {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            seen = true;
            format = box->textFormat();
            text = box->text();
            box->done(QMessageBox::Ok);
            return;
        }
        QTimer::singleShot(50, [this] { poll(); });
    }
};

const QString HostileTitle = u"<b>Bold</b> <img src=\"file:///etc/hostname\"> &lt;i&gt; "
                             u"[x](javascript:alert(1)) **strong** <script>alert(1)</script>"_s;

} // namespace

class TestHostileDisplay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void table_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("html") << HostileTitle;
        QTest::newRow("entity") << u"&lt;b&gt;not bold&lt;/b&gt; &amp;"_s;
        QTest::newRow("leading tag") << u"<h1>Heading</h1>"_s;
        QTest::newRow("markdown") << u"**b** _i_ `c` [l](https://evil.example) # h"_s;
    }

    // Display is the stored text; the delegate paints it as text; the tooltip shows it as text.
    void table()
    {
        QFETCH(QString, text);
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"t%1.sqlite"_s.arg(++m_n))));
        const qint64 list = store.createList(u"L"_s);
        const qint64 section = store.sections(list).first().id;
        const qint64 id = store.addEntry(section, paper(text, text, text));
        QVERIFY2(id, qPrintable(store.errorString()));
        Curation curation(store);
        EntryTableModel model(curation);
        model.setFilter(list, 0, {});
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        EntryDelegate delegate(store);
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        const QFontMetrics fm(option.font);
        for (const int column :
             {int(EntryTableModel::TitleColumn), int(EntryTableModel::AuthorsColumn),
              int(EntryTableModel::VenueColumn)}) {
            const QModelIndex index = model.index(row, column);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
            QCOMPARE(delegate.displayText(index.data(), QLocale()), text);
            // Laid out as text, every character of the markup takes room.
            QVERIFY(delegate.sizeHint(option, index).width() >= fm.horizontalAdvance(text));
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(shownByAutoText(tip).startsWith(text), qPrintable(tip));
        }
    }

    // The preview renders the README's own HTML with Qt's markdown and HTML support, which has
    // no script engine; its links are followed only to the web.
    void previewLinks()
    {
        const QString dir = m_dir.filePath(u"preview%1"_s.arg(++m_n));
        QVERIFY(QDir().mkpath(dir));
        const QByteArray readme
            = "# Hostile\n\n<script>document.title = 'pwned';</script>\n\n## Papers\n\n"
              "Doe, J. [**Web**](https://example.org/web) Venue (2023)\n\n"
              "Roe, R. [**File**](file:///etc/passwd) Venue (2022)\n\n"
              "Poe, P. [**Script**](javascript:alert(1)) Venue (2021)\n\n"
              "Moe, M. [**Data**](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E) Venue "
              "(2020)\n\n"
              "<a href=\"vbscript:msgbox(1)\">VB</a> <img src=\"file:///etc/hostname\">\n";
        QFile file(dir + u"/README.md"_s);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(readme) == readme.size());
        file.close();
        Store store;
        QVERIFY(store.open(dir + u"/store.sqlite"_s));
        const ImportReport report = importReadmeFile(store, file.fileName(), {});
        QVERIFY2(report.ok, qPrintable(report.error));

        UrlCatcher catcher;
        const QStringList schemes{u"http"_s,       u"https"_s, u"file"_s,
                                  u"javascript"_s, u"data"_s,  u"vbscript"_s};
        for (const QString &scheme : schemes)
            QDesktopServices::setUrlHandler(scheme, &catcher, "open");
        struct Unset
        {
            QStringList schemes;
            ~Unset()
            {
                for (const QString &s : schemes)
                    QDesktopServices::unsetUrlHandler(s);
            }
        } unset{schemes};

        Curation curation(store);
        QNetworkAccessManager nam;
        ExportPane pane(curation, &nam);
        pane.resize(700, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setList(report.listId);
        auto *preview = pane.findChild<QTextBrowser *>(u"preview"_s);
        QVERIFY(preview);
        pane.findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(preview->parentWidget());
        QTRY_VERIFY(preview->toPlainText().contains(u"Script"_s));
        QVERIFY(!preview->openLinks());
        const QString shown = preview->toPlainText();
        // Qt's HTML reader drops <script> with its content; there is no script engine to run it.
        QVERIFY(!shown.contains(u"pwned"_s));
        QCOMPARE(pane.windowTitle(), QString());

        const auto links = anchors(preview->document());
        QStringList hrefs;
        for (const auto &[href, position] : links)
            hrefs << href;
        QVERIFY2(hrefs.contains(u"https://example.org/web"_s), qPrintable(hrefs.join(u' ')));
        QVERIFY2(hrefs.contains(u"file:///etc/passwd"_s), qPrintable(hrefs.join(u' ')));
        QVERIFY2(hrefs.contains(u"javascript:alert(1)"_s), qPrintable(hrefs.join(u' ')));

        QSignalSpy clicked(preview, &QTextBrowser::anchorClicked);
        for (const auto &[href, position] : links) {
            QTextCursor cursor(preview->document());
            cursor.setPosition(position);
            preview->ensureCursorVisible();
            preview->setTextCursor(cursor);
            preview->ensureCursorVisible();
            const QPoint at = preview->cursorRect(cursor).center();
            const qsizetype before = clicked.size();
            QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, at);
            QTRY_COMPARE(clicked.size(), before + 1);
            QCOMPARE(clicked.last().first().toUrl().toString(), href);
            // The pane still shows the README: no local file was loaded into it.
            QCOMPARE(preview->source(), QUrl());
            QCOMPARE(preview->toPlainText(), shown);
        }
        QTest::qWait(50);
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(u"https://example.org/web"_s)});
    }

    // An export refused because of an entry's javascript: link names the entry, and its title
    // reaches the pane's rich-text result line escaped.
    void paneResultIsEscaped()
    {
        Test::GitSandbox git;
        QVERIFY2(git.isValid(), qPrintable(git.error()));
        Store store;
        QVERIFY(store.open(git.root() + u"/store.sqlite"_s));
        const ImportReport report = importReadmeFile(store, git.workPath() + u"/README.md"_s, {});
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(store.repoLink(report.listId).isLinked());
        const qint64 id
            = store.addEntry(store.sections(report.listId).first().id, paper(HostileTitle, {}, {}));
        QVERIFY(id);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"UPDATE entries SET url = 'javascript:alert(1)' WHERE id = %1"_s.arg(id)));

        Curation curation(store);
        QNetworkAccessManager nam;
        ExportPane pane(curation, &nam);
        pane.setList(report.listId);
        QVERIFY(!pane.exportReadme());
        const QString result = pane.resultText();
        QVERIFY2(result.contains(HostileTitle.toHtmlEscaped()), qPrintable(result));
        QVERIFY(!result.contains(u"<b>Bold"_s));
        QVERIFY(!git.readFile(git.workPath(), u"README.md"_s).contains("javascript:"));
    }

    // The main window's warnings are plain text, whatever they quote.
    void warningsArePlainText()
    {
        const QString dir = m_dir.filePath(u"window%1"_s.arg(++m_n));
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + u"/README.md"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# List\n\n## Papers\n\nDoe, J. [**A**](https://example.org/a) V (2020)\n");
        file.close();
        Store store;
        QVERIFY(store.open(dir + u"/store.sqlite"_s));
        const ImportReport report = importReadmeFile(store, file.fileName(), {});
        QVERIFY2(report.ok, qPrintable(report.error));
        const qint64 id
            = store.addEntry(store.sections(report.listId).first().id, paper(HostileTitle, {}, {}));
        QVERIFY(id);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"UPDATE entries SET url = 'javascript:alert(1)' WHERE id = %1"_s.arg(id)));

        MainWindow window(store);
        window.show();
        window.showList(report.listId);

        // A refused export (the file-backed list exports straight to its file).
        MessageBoxWatch exportBox;
        exportBox.arm();
        window.findChild<QAction *>(u"actionExport"_s)->trigger();
        QTRY_VERIFY(exportBox.seen);
        QCOMPARE(exportBox.format, Qt::PlainText);
        QVERIFY2(exportBox.text.contains(HostileTitle), qPrintable(exportBox.text));

        // A store error quoting a URL from a look-up.
        MessageBoxWatch failedBox;
        failedBox.arm();
        const QString message = u"Cannot add the entry: “<b>javascript:alert(1)</b>” is not an "
                                u"http or https address"_s;
        emit window.curation().failed(message);
        QTRY_VERIFY(failedBox.seen);
        QCOMPARE(failedBox.format, Qt::PlainText);
        QCOMPARE(failedBox.text, message);
    }
};

QTEST_MAIN(TestHostileDisplay)
#include "tst_hostiledisplay.moc"
