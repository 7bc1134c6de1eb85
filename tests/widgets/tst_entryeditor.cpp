#include "entryeditor.h"
#include "markdown/entryrenderer.h"
#include "markdown/readmereader.h"
#include "store/store.h"
#include "testdata.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Curator;

Q_DECLARE_METATYPE(Curator::Entry)

namespace {

QList<Section> threeSections()
{
    QList<Section> sections;
    for (int i = 0; i < 3; ++i) {
        Section s;
        s.id = 10 + i;
        s.title = u"Section %1"_s.arg(i);
        sections.append(s);
    }
    return sections;
}

Entry fullEntry()
{
    Entry e;
    e.id = 7;
    e.listId = 3;
    e.sectionId = 11;
    e.position = 4;
    e.fields.authors = u"Schneider, S., Lee, J. H., & Mathis, M. W."_s;
    e.fields.authorNames = {{u"Schneider"_s, u"Steffen"_s, {}}, {u"Lee"_s, u"Jin Hwa"_s, {}}};
    e.fields.title = u"Learnable latent embeddings for joint behavioral and neural analysis"_s;
    e.fields.url = u"https://arxiv.org/abs/2204.00673"_s;
    e.fields.venue = u"Nature"_s;
    e.fields.yearText = u"2023"_s;
    e.fields.year = 2023;
    e.fields.doi = u"10.1038/s41586-023-06031-6"_s;
    e.fields.arxivId = u"2204.00673v2"_s;
    e.pdfPath = u"/papers/cebra.pdf"_s;
    e.notes = u"CEBRA.\nRead §3 again."_s;
    e.tags = {u"embeddings"_s, u"behaviour"_s};
    e.raw = "Schneider, S. [**Learnable**](https://arxiv.org/abs/2204.00673) Nature (2023)\n";
    e.trail = "\n";
    e.needsReview = true;
    return e;
}

void compareEntries(const Entry &actual, const Entry &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.listId, expected.listId);
    QCOMPARE(actual.sectionId, expected.sectionId);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.fields.authors, expected.fields.authors);
    QVERIFY(actual.fields.authorNames == expected.fields.authorNames);
    QCOMPARE(actual.fields.title, expected.fields.title);
    QCOMPARE(actual.fields.url, expected.fields.url);
    QCOMPARE(actual.fields.venue, expected.fields.venue);
    QCOMPARE(actual.fields.yearText, expected.fields.yearText);
    QCOMPARE(actual.fields.year, expected.fields.year);
    QCOMPARE(actual.fields.doi, expected.fields.doi);
    QCOMPARE(actual.fields.arxivId, expected.fields.arxivId);
    QCOMPARE(actual.pdfPath, expected.pdfPath);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.raw, expected.raw);
    QCOMPARE(actual.trail, expected.trail);
    QCOMPARE(actual.dirty, expected.dirty);
    QCOMPARE(actual.needsReview, expected.needsReview);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.modified, expected.modified);
}

// What a user does: select everything in the field and type over it.
void retype(QLineEdit *edit, const QString &text)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

} // namespace

class TestEntryEditor : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(const EntryEditor &editor, const QString &name)
    {
        auto *w = editor.findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    static QLineEdit *edit(const EntryEditor &editor, const char *name)
    {
        return child<QLineEdit>(editor, QString::fromLatin1(name));
    }
    static QPushButton *okButton(const EntryEditor &editor)
    {
        return child<QDialogButtonBox>(editor, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }
    static QString preview(const EntryEditor &editor)
    {
        return child<QPlainTextEdit>(editor, u"previewEdit"_s)->toPlainText();
    }
    static QLabel *message(const EntryEditor &editor)
    {
        return child<QLabel>(editor, u"messageLabel"_s);
    }

private slots:
    void setEntryFillsEveryField()
    {
        EntryEditor editor;
        editor.setSections(threeSections());
        const Entry e = fullEntry();
        editor.setEntry(e);
        QCOMPARE(edit(editor, "authorsEdit")->text(), e.fields.authors);
        QCOMPARE(edit(editor, "titleEdit")->text(), e.fields.title);
        QCOMPARE(edit(editor, "urlEdit")->text(), e.fields.url);
        QCOMPARE(edit(editor, "venueEdit")->text(), e.fields.venue);
        QCOMPARE(edit(editor, "yearEdit")->text(), u"2023"_s);
        QCOMPARE(edit(editor, "doiEdit")->text(), e.fields.doi);
        QCOMPARE(edit(editor, "arxivEdit")->text(), e.fields.arxivId);
        QCOMPARE(edit(editor, "tagsEdit")->text(), u"embeddings, behaviour"_s);
        QCOMPARE(edit(editor, "pdfEdit")->text(), e.pdfPath);
        QCOMPARE(child<QPlainTextEdit>(editor, u"notesEdit"_s)->toPlainText(), e.notes);
        auto *combo = child<QComboBox>(editor, u"sectionCombo"_s);
        QCOMPARE(combo->currentText(), u"Section 1"_s);
        QCOMPARE(combo->currentData().toLongLong(), 11);
        QCOMPARE(preview(editor),
                 u"Schneider, S., Lee, J. H., & Mathis, M. W. [**Learnable latent embeddings for "
                 "joint behavioral and neural analysis**](https://arxiv.org/abs/2204.00673) Nature "
                 "(2023)"_s);
        QVERIFY(editor.isValid());
        QVERIFY(okButton(editor)->isEnabled());
        QVERIFY(message(editor)->isHidden());
    }

    void entryRoundTrips_data()
    {
        QTest::addColumn<Entry>("entry");
        QTest::newRow("full") << fullEntry();
        QTest::newRow("empty") << Entry();
        Entry yearOnly;
        yearOnly.fields.title = u"T"_s;
        yearOnly.fields.year = 1999; // no year text: shown as "1999", given back as it was
        QTest::newRow("year without text") << yearOnly;
        Entry spaced = fullEntry();
        spaced.fields.title = u"  Two  spaces\tand a tab "_s;
        spaced.fields.yearText
            = u"NAACL (Findings) 2025"_s; // odd, but stored: kept while untouched
        spaced.fields.year = 2025;
        spaced.notes = u"\r\nWindows line\r\nendings\r\n"_s;
        spaced.tags = {u"has, comma"_s, u" padded "_s};
        spaced.sectionId = 99; // not among the sections
        spaced.dirty = true;
        QTest::newRow("white space and oddities") << spaced;
    }

    void entryRoundTrips()
    {
        QFETCH(Entry, entry);
        EntryEditor editor;
        editor.setSections(threeSections());
        editor.setEntry(entry);
        compareEntries(editor.entry(), entry);
    }

    void typingChangesEntryAndPreview_data()
    {
        QTest::addColumn<QString>("entryTemplate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << QString() << u"Doe, J. [**T**](https://a.org) V (2001)"_s;
        QTest::newRow("bullet") << u"- [{title}]({url}) - {venue}."_s
                                << u"- [T](https://a.org) - V."_s;
    }

    void typingChangesEntryAndPreview()
    {
        QFETCH(QString, entryTemplate);
        QFETCH(QString, expected);
        EntryEditor editor;
        editor.setEntryTemplate(entryTemplate);
        editor.setEntry(Entry());
        QVERIFY(!okButton(editor)->isEnabled()); // no title yet
        QTest::keyClicks(edit(editor, "authorsEdit"), u"Doe, J."_s);
        QTest::keyClicks(edit(editor, "titleEdit"), u"T"_s);
        QTest::keyClicks(edit(editor, "urlEdit"), u"https://a.org"_s);
        QTest::keyClicks(edit(editor, "venueEdit"), u"V"_s);
        QTest::keyClicks(edit(editor, "yearEdit"), u"2001"_s);
        QCOMPARE(preview(editor), expected);
        QTest::keyClicks(edit(editor, "doiEdit"), u"10.1/x"_s);
        QTest::keyClicks(edit(editor, "arxivEdit"), u"2306.16922v2"_s);
        QTest::keyClicks(edit(editor, "pdfEdit"), u"/tmp/t.pdf"_s);
        QTest::keyClicks(child<QPlainTextEdit>(editor, u"notesEdit"_s), u"Good."_s);
        QVERIFY(okButton(editor)->isEnabled());

        const Entry e = editor.entry();
        QCOMPARE(e.fields.authors, u"Doe, J."_s);
        QCOMPARE(e.fields.title, u"T"_s);
        QCOMPARE(e.fields.url, u"https://a.org"_s);
        QCOMPARE(e.fields.venue, u"V"_s);
        QCOMPARE(e.fields.yearText, u"2001"_s);
        QCOMPARE(e.fields.year, 2001);
        QCOMPARE(e.fields.doi, u"10.1/x"_s);
        QCOMPARE(e.fields.arxivId, u"2306.16922v2"_s);
        QCOMPARE(e.pdfPath, u"/tmp/t.pdf"_s);
        QCOMPARE(e.notes, u"Good."_s);
    }

    void editedValuesAreTrimmed()
    {
        EntryEditor editor;
        editor.setEntry(fullEntry());
        retype(edit(editor, "titleEdit"), u"  Spaced title  "_s);
        retype(edit(editor, "yearEdit"), u" NAACL 2025 "_s);
        const Entry e = editor.entry();
        QCOMPARE(e.fields.title, u"Spaced title"_s);
        QCOMPARE(e.fields.yearText, u"NAACL 2025"_s);
        QCOMPARE(e.fields.year, 2025);
        QCOMPARE(e.fields.venue, u"Nature"_s); // untouched
    }

    void authorNamesFollowTheAuthors()
    {
        EntryEditor editor;
        const Entry original = fullEntry();
        editor.setEntry(original);
        QTest::keyClicks(edit(editor, "titleEdit"), u"!"_s);
        QVERIFY(editor.entry().fields.authorNames == original.fields.authorNames);
        // Structured names from a look-up no longer describe an author text the user rewrote.
        retype(edit(editor, "authorsEdit"), u"Someone, E."_s);
        QCOMPARE(editor.entry().fields.authors, u"Someone, E."_s);
        QVERIFY(editor.entry().fields.authorNames.isEmpty());
    }

    void invalidInputDisablesOk_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("complaint");
        QTest::addColumn<QString>("good");
        const QString onlyHttp = u"only http and https links are written"_s;
        const QString incomplete = u"not a complete web address"_s;
        QTest::newRow("javascript url")
            << u"urlEdit"_s << u"javascript:alert(1)"_s << onlyHttp << u"https://a.org/x"_s;
        QTest::newRow("file url") << u"urlEdit"_s << u"file:///etc/passwd"_s << onlyHttp
                                  << u"http://a.org"_s;
        QTest::newRow("data url") << u"urlEdit"_s << u"data:text/html,<b>x</b>"_s << onlyHttp
                                  << QString();
        QTest::newRow("not a url")
            << u"urlEdit"_s << u"not a url"_s << incomplete << u"HTTPS://Example.org/a?b=c#d"_s;
        QTest::newRow("no host") << u"urlEdit"_s << u"https://"_s << incomplete
                                 << u"https://a.org"_s;
        QTest::newRow("space in host")
            << u"urlEdit"_s << u"https://a b.org/"_s << incomplete << u"https://ab.org/"_s;
        QTest::newRow("empty title")
            << u"titleEdit"_s << QString() << u"title is required"_s << u"A title"_s;
        QTest::newRow("blank title")
            << u"titleEdit"_s << u"   "_s << u"title is required"_s << u"A title"_s;
        QTest::newRow("year in parentheses")
            << u"yearEdit"_s << u"(2020)"_s << u"must not contain parentheses"_s << u"2020"_s;
        QTest::newRow("five digits")
            << u"yearEdit"_s << u"99999"_s << u"from 1000 to 2999"_s << u"NAACL 2025"_s;
        QTest::newRow("no year") << u"yearEdit"_s << u"NAACL"_s << u"from 1000 to 2999"_s
                                 << QString();
        QTest::newRow("doi prefix") << u"doiEdit"_s << u"11.1038/nn.4244"_s << u"start with “10.”"_s
                                    << u"10.1038/nn.4244"_s;
        QTest::newRow("doi slash")
            << u"doiEdit"_s << u"10.1038"_s << u"contain a “/”"_s << QString();
        QTest::newRow("arxiv short")
            << u"arxivEdit"_s << u"2306.1692"_s << u"arXiv ID is not"_s << u"2306.16922"_s;
        QTest::newRow("arxiv words") << u"arxivEdit"_s << u"see the paper"_s << u"arXiv ID is not"_s
                                     << u"hep-th/9901001v2"_s;
    }

    void invalidInputDisablesOk()
    {
        QFETCH(QString, field);
        QFETCH(QString, bad);
        QFETCH(QString, complaint);
        QFETCH(QString, good);
        EntryEditor editor;
        editor.setEntry(fullEntry());
        QLineEdit *e = child<QLineEdit>(editor, field);
        const QString helpTip = e->toolTip();
        QVERIFY(okButton(editor)->isEnabled());

        retype(e, bad);
        QVERIFY(!editor.isValid());
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY(!message(editor)->isHidden());
        QVERIFY2(message(editor)->text().contains(complaint), qPrintable(message(editor)->text()));
        QVERIFY(e->toolTip().contains(complaint));
        QVERIFY(e->accessibleDescription().contains(complaint));

        retype(e, good);
        QVERIFY(editor.isValid());
        QVERIFY(okButton(editor)->isEnabled());
        QVERIFY(message(editor)->isHidden());
        QCOMPARE(e->toolTip(), helpTip);
        QVERIFY(e->accessibleDescription().isEmpty());
    }

    // A new, empty editor: nothing to preview and nothing to complain about yet, but OK waits
    // for a title. The first thing typed brings the message.
    void emptyEditorIsQuiet()
    {
        EntryEditor editor;
        editor.setEntry(Entry{});
        editor.show();
        QVERIFY(child<QPlainTextEdit>(editor, "previewEdit")->toPlainText().isEmpty());
        QVERIFY(message(editor)->isHidden());
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY(edit(editor, "titleEdit")->accessibleDescription().isEmpty());
        QTest::keyClicks(edit(editor, "urlEdit"), u"https://arxiv.org/abs/2306.16922"_s);
        QVERIFY(!message(editor)->isHidden());
        QVERIFY(message(editor)->text().contains(u"title"_s));
        QVERIFY(!child<QPlainTextEdit>(editor, "previewEdit")->toPlainText().isEmpty());
        QTest::keyClicks(edit(editor, "titleEdit"), u"The ELM Neuron"_s);
        QVERIFY(okButton(editor)->isEnabled());
    }

    void everyProblemIsListed()
    {
        EntryEditor editor;
        editor.setEntry(fullEntry());
        retype(edit(editor, "titleEdit"), QString());
        retype(edit(editor, "urlEdit"), u"javascript:alert(1)"_s);
        const QStringList lines = message(editor)->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(u"title"_s));
        QVERIFY(lines.at(1).contains(u"http"_s));
        retype(edit(editor, "titleEdit"), u"Back"_s);
        QVERIFY(!okButton(editor)->isEnabled()); // the URL is still wrong
        QCOMPARE(message(editor)->text().split(u'\n').size(), 1);
    }

    void tags_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("one") << u"spiking"_s << QStringList{u"spiking"_s};
        QTest::newRow("trimmed") << u" a ,b,  c d "_s << QStringList{u"a"_s, u"b"_s, u"c d"_s};
        QTest::newRow("empties") << u",a,, ,b,"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("repeats") << u"a, b, a"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("none") << u" , "_s << QStringList();
    }

    void tags()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, tags);
        EntryEditor editor;
        editor.setEntry(fullEntry());
        retype(edit(editor, "tagsEdit"), typed);
        QCOMPARE(editor.entry().tags, tags);

        Entry e;
        e.tags = tags;
        editor.setEntry(e);
        QCOMPARE(edit(editor, "tagsEdit")->text(), tags.join(u", "_s));
    }

    void sectionComboGivesTheChosenSection()
    {
        EntryEditor editor;
        Entry e = fullEntry();
        e.sectionId = 12;
        editor.setEntry(e); // sections arrive later: the entry's section is still selected
        editor.setSections(threeSections());
        auto *combo = child<QComboBox>(editor, u"sectionCombo"_s);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentText(), u"Section 2"_s);
        QCOMPARE(editor.entry().sectionId, 12);
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentText(), u"Section 1"_s);
        QCOMPARE(editor.entry().sectionId, 11);
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(editor.entry().sectionId, 10);
    }

    void pastedIdentifiersAreShortened_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("kept");
        QTest::newRow("doi.org") << u"doiEdit"_s << u"https://doi.org/10.1038/nn.4244"_s
                                 << u"10.1038/nn.4244"_s;
        QTest::newRow("doi:") << u"doiEdit"_s << u"doi:10.1101/407007"_s << u"10.1101/407007"_s;
        QTest::newRow("arxiv abs")
            << u"arxivEdit"_s << u"https://arxiv.org/abs/2306.16922v2"_s << u"2306.16922v2"_s;
        QTest::newRow("arXiv:") << u"arxivEdit"_s << u"arXiv:hep-th/9901001"_s
                                << u"hep-th/9901001"_s;
        QTest::newRow("arxiv in doi field")
            << u"doiEdit"_s << u"arXiv:2306.16922"_s << u"arXiv:2306.16922"_s;
    }

    void pastedIdentifiersAreShortened()
    {
        QFETCH(QString, field);
        QFETCH(QString, pasted);
        QFETCH(QString, kept);
        EntryEditor editor;
        editor.setEntry(fullEntry());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QLineEdit *e = child<QLineEdit>(editor, field);
        e->setFocus();
        retype(e, pasted);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // leaving the field
        QVERIFY(!e->hasFocus());
        QCOMPARE(e->text(), kept);
        const Entry result = editor.entry();
        QCOMPARE(field == u"doiEdit"_s ? result.fields.doi : result.fields.arxivId, kept);
    }

    void closingWhileEditingIsSafe_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("doi") << u"doiEdit"_s;
        QTest::newRow("arxiv") << u"arxivEdit"_s;
        QTest::newRow("title") << u"titleEdit"_s;
    }

    // The focused field loses its focus inside QDialog's destructor.
    void closingWhileEditingIsSafe()
    {
        QFETCH(QString, field);
        auto editor = std::make_unique<EntryEditor>();
        editor->setEntry(fullEntry());
        editor->show();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        QLineEdit *e = child<QLineEdit>(*editor, field);
        e->setFocus();
        QVERIFY(e->hasFocus());
        retype(e, u"arXiv:2306.16922"_s);
        editor.reset();
    }

    void controlsAreLabelledAndExplained()
    {
        EntryEditor editor;
        QHash<const QWidget *, QString> buddies;
        for (const QLabel *label : editor.findChildren<QLabel *>()) {
            if (label->buddy()) {
                QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
                buddies.insert(label->buddy(), label->text());
            }
        }
        const QList<QWidget *> controls = editor.findChildren<QWidget *>();
        int checked = 0;
        for (const QWidget *w : controls) {
            if (!qobject_cast<const QLineEdit *>(w) && !qobject_cast<const QPlainTextEdit *>(w)
                && !qobject_cast<const QComboBox *>(w))
                continue;
            if (w->parent() && qobject_cast<const QComboBox *>(w->parent()))
                continue; // a combo box's own line edit, if any
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(buddies.contains(w), qPrintable(w->objectName()));
        }
        QCOMPARE(checked, 13); // the twelve fields and the look-up field
        auto *browse = child<QPushButton>(editor, u"browseButton"_s);
        QVERIFY(!browse->accessibleName().isEmpty());
        QVERIFY(!browse->toolTip().isEmpty());
        QVERIFY(child<QPlainTextEdit>(editor, u"previewEdit"_s)->isReadOnly());
        QVERIFY(editor.minimumWidth() >= 640);
    }

    // Typing the DOI, arXiv ID or title of a paper the list has shows the warning at once, and
    // it goes when the fields no longer match; an entry is not a duplicate of itself.
    void typedFieldsShowDuplicate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Store store;
        QVERIFY(store.open(dir.filePath(u"store.sqlite"_s)));
        const qint64 list = store.createList(u"Neuro"_s);
        const QList<Section> sections = store.sections(list);
        QCOMPARE(sections.size(), 1);
        Entry existing = fullEntry();
        existing.fields.yearText.clear(); // the warning without a year
        existing.fields.year = 0;
        existing.id = store.addEntry(sections.first().id, existing.fields);
        QVERIFY(existing.id > 0);
        existing.listId = list;
        existing.sectionId = sections.first().id;

        EntryEditor editor;
        editor.setSections(sections);
        Entry e;
        e.listId = list;
        e.sectionId = sections.first().id;
        editor.setEntry(e);
        editor.setDuplicateCheck(&store, list);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *panel = child<QWidget>(editor, u"duplicatePanel"_s);
        auto *label = child<QLabel>(editor, u"duplicateLabel"_s);
        QVERIFY(!panel->isVisible());
        const QString warning = u"Already in the list: “Learnable latent embeddings for joint "
                                "behavioral and neural analysis”, in “Papers”."_s;

        retype(edit(editor, "doiEdit"), u"10.1038/S41586-023-06031-6"_s); // DOIs ignore case
        QVERIFY(panel->isVisible());
        QCOMPARE(label->text(), warning);
        retype(edit(editor, "doiEdit"), u"10.1038/s41586-023-00000-0"_s);
        QVERIFY(!panel->isVisible());
        retype(edit(editor, "arxivEdit"), u"2204.00673v1"_s); // any version
        QVERIFY(panel->isVisible());
        retype(edit(editor, "arxivEdit"), QString());
        QVERIFY(!panel->isVisible());
        retype(edit(editor, "titleEdit"),
               u"Learnable Latent Embeddings for Joint Behavioral and Neural Analysis."_s);
        QVERIFY(panel->isVisible());
        QCOMPARE(editor.duplicates(), QList<qint64>{existing.id});

        // Editing the entry itself.
        editor.setEntry(existing);
        QVERIFY(!panel->isVisible());
        QVERIFY(editor.duplicates().isEmpty());
    }

    // A real entry of the seed list: the preview gives back the line the README has.
    void seedEntryPreviewsAsWritten()
    {
        const QByteArray source = Test::readFile(Test::seedReadmePath());
        const Markdown::ReadResult read = Markdown::readReadme(source);
        QVERIFY(read.ok);
        const Markdown::ParsedReadme &readme = read.readme;
        QList<Section> sections;
        qint64 sectionId = 0;
        Entry entry;
        for (qsizetype s = 0; s < readme.sections.size(); ++s) {
            const Markdown::ParsedSection &ps = readme.sections.at(s);
            Section section;
            section.id = s + 1;
            section.title = ps.title;
            sections.append(section);
            for (qsizetype i = ps.firstEntry; i < ps.firstEntry + ps.entryCount; ++i) {
                const Markdown::ParsedEntry &pe = readme.entries.at(i);
                const EntryFields f = Markdown::fieldsOf(readme.source, pe.parts);
                if (f.title.startsWith(u"The ELM Neuron"_s)) {
                    entry.fields = f;
                    entry.raw = pe.raw.in(readme.source).toByteArray();
                    sectionId = section.id;
                }
            }
        }
        QVERIFY(sectionId > 0);
        entry.sectionId = sectionId;
        entry.tags = {u"neuron models"_s, u"long-horizon"_s};
        entry.notes = u"Compare with the dendritic models in the Beniaguev line of work."_s;
        entry.pdfPath = u"/home/curator/Papers/spieler2023elm.pdf"_s;

        EntryEditor editor;
        editor.setSections(sections);
        editor.setEntryTemplate(Markdown::defaultEntryTemplate());
        editor.setEntry(entry);
        QCOMPARE(preview(editor), QString::fromUtf8(entry.raw).trimmed());
        QCOMPARE(child<QComboBox>(editor, u"sectionCombo"_s)->currentData().toLongLong(),
                 sectionId);
        QCOMPARE(editor.entry().fields, entry.fields);

        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QVERIFY(editor.grab().save(shots + u"/entryeditor.png"_s));
            retype(edit(editor, "urlEdit"), u"javascript:alert(1)"_s);
            retype(edit(editor, "yearEdit"), u"(2023)"_s);
            QCoreApplication::processEvents(); // the layout makes room for the message
            QVERIFY(editor.grab().save(shots + u"/entryeditor-invalid.png"_s));
        }
    }
};

QTEST_MAIN(TestEntryEditor)
#include "tst_entryeditor.moc"
