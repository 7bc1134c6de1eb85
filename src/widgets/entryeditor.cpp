#include "entryeditor.h"

#include "duplicates.h"
#include "identifier.h"
#include "markdown/entryrenderer.h"
#include "markdown/readmereader.h"
#include "metadata/resolver.h"
#include "metadata/toentry.h"
#include "store/store.h"
#include "ui_entryeditor.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QtMath>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

QString titleProblem(const QString &title)
{
    return title.isEmpty() ? EntryEditor::tr("A title is required.") : QString();
}

QString urlProblem(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // A javascript:, file: or data: link in a published README is at best broken, at worst a trap.
    if (!scheme.isEmpty() && scheme != u"http"_s && scheme != u"https"_s)
        return EntryEditor::tr("The URL is a “%1:” link: only http and https links are written.")
            .arg(scheme);
    if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty())
        return EntryEditor::tr("The URL is not a complete web address; enter one such as "
                               "https://arxiv.org/abs/2306.16922.");
    return {};
}

QString yearProblem(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text.contains(u'(') || text.contains(u')'))
        return EntryEditor::tr("The year must not contain parentheses: the entry puts it in "
                               "parentheses itself.");
    if (Markdown::yearFrom(text) == 0)
        return EntryEditor::tr("The year must contain a year from 1000 to 2999, such as “2023” or "
                               "“NAACL 2025”, or be left empty.");
    return {};
}

QString doiProblem(const QString &text)
{
    if (text.isEmpty() || (text.startsWith(u"10."_s) && text.contains(u'/')))
        return {};
    return EntryEditor::tr("The DOI must start with “10.” and contain a “/”, such as "
                           "10.1038/nn.4244.");
}

QString arxivProblem(const QString &text)
{
    if (text.isEmpty() || Identifier::isArxivId(text))
        return {};
    return EntryEditor::tr("The arXiv ID is not valid; use a form such as 2306.16922, "
                           "2306.16922v2 or hep-th/9901001.");
}

// Each checked field with what is wrong with it (an empty string when nothing is).
QList<std::pair<QLineEdit *, QString>> checks(const Ui::EntryEditor &ui)
{
    auto text = [](const QLineEdit *edit) {
        return edit->text().trimmed();
    };
    return {
        {ui.titleEdit, titleProblem(text(ui.titleEdit))},
        {ui.urlEdit, urlProblem(text(ui.urlEdit))},
        {ui.yearEdit, yearProblem(text(ui.yearEdit))},
        {ui.doiEdit, doiProblem(text(ui.doiEdit))},
        {ui.arxivEdit, arxivProblem(text(ui.arxivEdit))},
    };
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString yearOf(const EntryFields &f)
{
    return !f.yearText.isEmpty() ? f.yearText : f.year > 0 ? QString::number(f.year) : QString();
}

QString sectionTitle(Store &store, qint64 sectionId)
{
    const auto section = store.section(sectionId);
    return section ? section->title : QString();
}

// "Already in the list: “The ELM Neuron…”, in “Papers”, 2023.": enough to find it there.
QString duplicateWarning(Store &store, const Entry &existing)
{
    const QString section = sectionTitle(store, existing.sectionId);
    const QString year = yearOf(existing.fields);
    return year.isEmpty()
        ? EntryEditor::tr("Already in the list: “%1”, in “%2”.").arg(existing.fields.title, section)
        : EntryEditor::tr("Already in the list: “%1”, in “%2”, %3.")
              .arg(existing.fields.title, section, year);
}

// The existing entry in full, one part a line, for the question before adding a duplicate.
QString duplicateQuestion(Store &store, const Entry &existing, bool isNew)
{
    const EntryFields &f = existing.fields;
    QStringList lines{f.title};
    if (!f.authors.isEmpty())
        lines << f.authors;
    QString published = f.venue;
    if (const QString year = yearOf(f); !year.isEmpty())
        published = published.isEmpty() ? year : published + u" ("_s + year + u')';
    if (!published.isEmpty())
        lines << published;
    QStringList ids;
    if (!f.doi.isEmpty())
        ids << u"DOI "_s + f.doi;
    if (!f.arxivId.isEmpty())
        ids << u"arXiv "_s + f.arxivId;
    if (!ids.isEmpty())
        lines << ids.join(u", "_s);
    return EntryEditor::tr("The list already has this paper, in “%1”:")
               .arg(sectionTitle(store, existing.sectionId))
        + u"\n\n"_s + lines.join(u'\n') + u"\n\n"_s
        + (isNew ? EntryEditor::tr("Add it anyway?") : EntryEditor::tr("Save it anyway?"));
}

} // namespace

EntryEditor::EntryEditor(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EntryEditor>())
{
    m_ui->setupUi(this);

    const QFontMetrics fm = fontMetrics();
    const int shortField = fm.horizontalAdvance(u"hep-th/9901001v22"_s) + 4 * fm.averageCharWidth();
    m_ui->yearEdit->setFixedWidth(shortField);
    m_ui->arxivEdit->setFixedWidth(shortField);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->previewEdit->setFont(mono);
    m_ui->previewEdit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    auto linesHigh = [](QPlainTextEdit *edit, int lines) {
        const int margins = 2 * (edit->frameWidth() + qCeil(edit->document()->documentMargin()));
        return lines * QFontMetrics(edit->font()).lineSpacing() + margins;
    };
    // An entry with seven authors and a long title renders to about four lines at this width.
    m_ui->previewEdit->setFixedHeight(linesHigh(m_ui->previewEdit, 4));
    m_ui->notesEdit->setMinimumHeight(linesHigh(m_ui->notesEdit, 4));

    QPalette palette = m_ui->messageLabel->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->hide();

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->duplicateIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_ui->duplicatePanel->hide();
    connect(m_ui->showExistingButton, &QPushButton::clicked, this, [this] {
        if (!m_duplicates.isEmpty())
            emit showExistingEntry(m_duplicates.first());
    });

    for (const auto &check : checks(*m_ui))
        m_toolTips.insert(check.first, check.first->toolTip());

    for (QLineEdit *edit : {m_ui->authorsEdit, m_ui->titleEdit, m_ui->urlEdit, m_ui->venueEdit,
                            m_ui->yearEdit, m_ui->doiEdit, m_ui->arxivEdit})
        connect(edit, &QLineEdit::textChanged, this, &EntryEditor::refresh);
    connect(m_ui->doiEdit, &QLineEdit::editingFinished, this, [this] { shortenIdentifier(true); });
    connect(m_ui->arxivEdit, &QLineEdit::editingFinished, this,
            [this] { shortenIdentifier(false); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &EntryEditor::browsePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Without a resolver there is nothing to look up with: the row stays hidden.
    m_ui->lookupPanel->hide();
    m_ui->cancelLookupButton->hide();
    m_ui->publishedButton->hide();
    m_ui->lookupStatusLabel->hide();
    connect(m_ui->lookupEdit, &QLineEdit::textChanged, this, &EntryEditor::recognize);
    m_ui->lookupEdit->installEventFilter(this); // Enter fetches: see eventFilter()
    connect(m_ui->fetchButton, &QPushButton::clicked, this, [this] { fetch(false); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] { fetch(true); });
    connect(m_ui->cancelLookupButton, &QPushButton::clicked, this, [this] {
        if (m_resolver && m_batch)
            m_resolver->cancel(m_batch);
    });
    connect(m_ui->publishedButton, &QPushButton::clicked, this, &EntryEditor::usePublishedVersion);
    connect(m_ui->sectionCombo, &QComboBox::currentIndexChanged, this, &EntryEditor::refresh);
    recognize();
    refresh();
    // Notes take what height there is; they start at their minimum rather than the
    // text edit's generous default.
    resize(width(), minimumSizeHint().height());
}

EntryEditor::~EntryEditor()
{
    if (m_resolver) {
        m_resolver->disconnect(this);
        if (m_batch)
            m_resolver->cancel(m_batch);
    }
    // QDialog's destructor hides the dialog, and the focused field then reports editingFinished:
    // by that time m_ui is gone, so nothing may reach this object's slots any more.
    for (const QLineEdit *edit : findChildren<QLineEdit *>())
        disconnect(edit, nullptr, this, nullptr);
    m_ui->lookupEdit->removeEventFilter(this);
}

// QLineEdit passes Return on to the dialog, which presses its default button, OK: after a
// look-up, Enter on a mistyped identifier would add the paper fetched before. In the look-up
// field Enter means Fetch, whatever the text.
bool EntryEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->lookupEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<const QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            fetch(false);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EntryEditor::accept()
{
    const auto existing
        = m_store && !m_duplicates.isEmpty() ? m_store->entry(m_duplicates.first()) : std::nullopt;
    if (existing) {
        const auto answer = QMessageBox::question(
            this, tr("Possible Duplicate"), duplicateQuestion(*m_store, *existing, m_entry.id == 0),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        // Back to the editor, as it was: the user may change the entry, or cancel it.
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

void EntryEditor::setSections(const QList<Section> &sections)
{
    m_ui->sectionCombo->clear();
    for (const Section &s : sections)
        m_ui->sectionCombo->addItem(s.title, QVariant::fromValue(s.id));
    selectSection(m_entry.sectionId);
}

void EntryEditor::setEntryTemplate(const QString &entryTemplate)
{
    m_template = entryTemplate;
    refresh();
}

void EntryEditor::setEntry(const Entry &entry)
{
    m_entry = entry;
    m_duplicateKey.clear(); // another entry: its own id is not a duplicate of it
    const EntryFields &f = entry.fields;
    const QString yearText
        = f.yearText.isEmpty() && f.year > 0 ? QString::number(f.year) : f.yearText;
    const std::pair<QLineEdit *, QString> values[] = {
        {m_ui->authorsEdit, f.authors}, {m_ui->titleEdit, f.title},
        {m_ui->urlEdit, f.url},         {m_ui->venueEdit, f.venue},
        {m_ui->yearEdit, yearText},     {m_ui->doiEdit, f.doi},
        {m_ui->arxivEdit, f.arxivId},   {m_ui->tagsEdit, entry.tags.join(u", "_s)},
        {m_ui->pdfEdit, entry.pdfPath},
    };
    for (const auto &[edit, value] : values) {
        edit->setText(value); // also clears isModified(), which entry() relies on
        edit->setCursorPosition(0); // long titles and URLs read from their start
    }
    m_ui->notesEdit->setPlainText(entry.notes);
    m_ui->notesEdit->document()->setModified(false);
    selectSection(entry.sectionId);
    refresh();
}

Entry EntryEditor::entry() const
{
    Entry e = m_entry;
    auto take = [](const QLineEdit *edit, QString &value) {
        if (edit->isModified())
            value = edit->text().trimmed();
    };
    EntryFields &f = e.fields;
    take(m_ui->authorsEdit, f.authors);
    // The structured names described the old author text, not what the user wrote instead;
    // names fetched by a look-up go with the text they were formatted into.
    if (!m_fetchedAuthors.isEmpty() && f.authors == m_fetchedAuthors)
        f.authorNames = m_fetchedNames;
    else if (f.authors != m_entry.fields.authors)
        f.authorNames.clear();
    take(m_ui->titleEdit, f.title);
    take(m_ui->urlEdit, f.url);
    take(m_ui->venueEdit, f.venue);
    if (m_ui->yearEdit->isModified()) {
        f.yearText = m_ui->yearEdit->text().trimmed();
        f.year = Markdown::yearFrom(f.yearText);
    }
    take(m_ui->doiEdit, f.doi);
    take(m_ui->arxivEdit, f.arxivId);
    take(m_ui->pdfEdit, e.pdfPath);
    if (m_ui->tagsEdit->isModified())
        e.tags = splitTags(m_ui->tagsEdit->text());
    if (m_ui->notesEdit->document()->isModified())
        e.notes = m_ui->notesEdit->toPlainText().trimmed();
    if (m_ui->sectionCombo->currentIndex() >= 0)
        e.sectionId = m_ui->sectionCombo->currentData().toLongLong();
    return e;
}

bool EntryEditor::isValid() const
{
    const auto all = checks(*m_ui);
    return std::all_of(all.begin(), all.end(), [](const auto &c) { return c.second.isEmpty(); });
}

void EntryEditor::selectSection(qint64 sectionId)
{
    m_ui->sectionCombo->setCurrentIndex(
        m_ui->sectionCombo->findData(QVariant::fromValue(sectionId)));
}

void EntryEditor::refresh()
{
    const Entry e = entry();
    // A new entry with nothing in it yet: no "[]" preview and no red "A title is required."
    // before the user has typed anything (OK stays disabled all the same).
    const QLineEdit *fields[]
        = {m_ui->authorsEdit, m_ui->titleEdit, m_ui->urlEdit,  m_ui->venueEdit,
           m_ui->yearEdit,    m_ui->doiEdit,   m_ui->arxivEdit};
    const bool blank = std::all_of(std::begin(fields), std::end(fields), [](const QLineEdit *edit) {
        return edit->text().trimmed().isEmpty();
    });
    m_ui->previewEdit->setPlainText(blank ? QString()
                                          : Markdown::renderEntry(e.fields, m_template));

    QStringList messages;
    bool valid = true;
    for (const auto &[edit, problem] : checks(*m_ui)) {
        valid = valid && problem.isEmpty();
        const QString shown = blank ? QString() : problem;
        edit->setToolTip(shown.isEmpty() ? m_toolTips.value(edit) : shown);
        edit->setAccessibleDescription(shown);
        if (!shown.isEmpty())
            messages.append(shown);
    }
    m_ui->messageLabel->setText(messages.join(u'\n'));
    m_ui->messageLabel->setAccessibleDescription(m_ui->messageLabel->text());
    m_ui->messageLabel->setVisible(!messages.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_batch);
    if (m_placementHint)
        m_ui->placementLabel->setText(m_placementHint(e));
    m_ui->placementLabel->setVisible(m_placementHint && !m_ui->placementLabel->text().isEmpty());
    checkDuplicates(e.fields);
}

void EntryEditor::setDuplicateCheck(Store *store, qint64 listId)
{
    m_store = store;
    m_listId = listId;
    m_duplicateKey.clear();
    refresh();
}

// The store reads the whole list for this (about 20 ms for 100,000 entries): it is asked again
// only when the DOI, arXiv ID or title changed in a way that can change the answer, not at every
// keystroke in the other fields.
void EntryEditor::checkDuplicates(const EntryFields &fields)
{
    if (!m_store || !m_listId) {
        m_duplicates.clear();
        m_ui->duplicatePanel->hide();
        return;
    }
    const QString key
        = QStringList{Duplicates::doiKey(fields.doi), Duplicates::arxivKey(fields.arxivId),
                      Duplicates::titleKey(fields.title)}
              .join(u'\n');
    if (key == m_duplicateKey)
        return;
    m_duplicateKey = key;
    m_duplicates = m_store->duplicatesOf(m_listId, fields, m_entry.id);
    const auto existing
        = m_duplicates.isEmpty() ? std::nullopt : m_store->entry(m_duplicates.first());
    const QString text = existing ? duplicateWarning(*m_store, *existing) : QString();
    m_ui->duplicateLabel->setText(text);
    m_ui->duplicateLabel->setAccessibleDescription(text);
    m_ui->duplicatePanel->setVisible(existing.has_value());
}

void EntryEditor::browsePdf()
{
    const QString current = m_ui->pdfEdit->text().trimmed();
    const QString folder = current.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the PDF File"), folder,
                                                      tr("PDF files (*.pdf *.PDF);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->pdfEdit->setText(path);
    m_ui->pdfEdit->setModified(true);
}

// A pasted "doi:…", doi.org link, "arXiv:…" or arXiv link becomes the bare identifier.
void EntryEditor::shortenIdentifier(bool doi)
{
    QLineEdit *edit = doi ? m_ui->doiEdit : m_ui->arxivEdit;
    const RecognizedId id = Identifier::recognize(edit->text());
    QString bare;
    if (doi && id.kind == RecognizedId::Kind::Doi)
        bare = id.doi;
    else if (!doi && id.kind == RecognizedId::Kind::Arxiv)
        bare = id.arxivWithVersion();
    if (bare.isEmpty() || bare == edit->text())
        return;
    edit->setText(bare);
    edit->setModified(true);
}

void EntryEditor::setResolver(Metadata::Resolver *resolver, const Metadata::EntryStyle &style)
{
    if (m_resolver)
        m_resolver->disconnect(this);
    m_resolver = resolver;
    m_style = std::make_unique<Metadata::EntryStyle>(style);
    m_ui->lookupPanel->setVisible(resolver != nullptr);
    if (!resolver)
        return;
    connect(resolver, &Metadata::Resolver::finished, this, &EntryEditor::lookupFinished);
    connect(resolver, &Metadata::Resolver::waiting, this,
            [this](const QString &message) { setLookupStatus(message, false); });
    m_ui->lookupEdit->setFocus();
}

void EntryEditor::setPlacementHint(std::function<QString(const Entry &)> hint)
{
    m_placementHint = std::move(hint);
    refresh();
}

// Says what was pasted, as the user types: "arXiv 2306.16922v2".
void EntryEditor::recognize()
{
    // A problem the status line shows (an unrecognised text, a failed look-up) was about the
    // text that was there: a new text starts afresh.
    if (m_statusIsProblem && !m_batch)
        setLookupStatus({}, false);
    const RecognizedId id = Identifier::recognize(m_ui->lookupEdit->text());
    const bool empty = m_ui->lookupEdit->text().trimmed().isEmpty();
    m_ui->recognizedLabel->setText(id.isValid() ? id.display()
                                       : empty  ? QString()
                                                : tr("not recognised"));
    m_ui->fetchButton->setEnabled(id.isValid() && !m_batch);
    m_ui->refreshButton->setEnabled(id.isValid() && !m_batch);
}

void EntryEditor::setLookupStatus(const QString &text, bool problem)
{
    QPalette palette = m_ui->lookupStatusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? m_ui->messageLabel->palette().color(QPalette::WindowText)
                             : this->palette().color(QPalette::WindowText));
    m_ui->lookupStatusLabel->setPalette(palette);
    m_ui->lookupStatusLabel->setText(text);
    m_ui->lookupStatusLabel->setAccessibleDescription(text);
    m_ui->lookupStatusLabel->setVisible(!text.isEmpty());
    m_statusIsProblem = problem && !text.isEmpty();
}

void EntryEditor::fetch(bool bypassCache)
{
    const RecognizedId id = Identifier::recognize(m_ui->lookupEdit->text());
    if (!m_resolver || m_batch)
        return;
    if (!id.isValid()) {
        if (!m_ui->lookupEdit->text().trimmed().isEmpty()) {
            setLookupStatus(tr("Nothing was looked up: the text is neither a DOI nor an arXiv ID "
                               "nor a link to a paper."),
                            true);
        }
        return;
    }
    m_publishedLookup = false;
    m_ui->publishedButton->hide();
    m_batch = m_resolver->lookup({id}, bypassCache);
    m_ui->fetchButton->setEnabled(false);
    m_ui->refreshButton->setEnabled(false);
    m_ui->cancelLookupButton->show();
    setLookupStatus(tr("Looking up %1…").arg(id.display()), false);
    refresh();
}

void EntryEditor::lookupFinished(quint64 batch, int, const Metadata::LookupResult &result)
{
    if (batch != m_batch)
        return;
    m_batch = 0;
    m_ui->cancelLookupButton->hide();
    recognize();
    using Status = Metadata::LookupResult::Status;
    if (result.status != Status::Ok) {
        QString message
            = result.status == Status::Canceled ? tr("The look-up was stopped.") : result.message;
        if (m_publishedLookup) {
            // The offer stays: the published record may be known later (Crossref lags behind
            // arXiv), and the DOI itself is still right.
            m_publishedLookup = false;
            m_ui->publishedButton->show();
            if (result.status != Status::Canceled)
                message = tr("The published version %1 could not be looked up: %2")
                              .arg(m_publishedDoi, result.message);
        }
        setLookupStatus(message, result.status != Status::Canceled);
        refresh();
        return;
    }
    EntryFields fields = Metadata::toEntryFields(result.record, *m_style);
    if (m_publishedLookup) {
        // The published paper's venue, year and DOI; the preprint's link and arXiv id stay.
        EntryFields now = entry().fields;
        now.venue = fields.venue;
        now.year = fields.year;
        now.yearText = fields.yearText;
        now.doi = fields.doi;
        fields = now;
    }
    // Asked for explicitly, the published version replaces without a second question.
    fill(fields, !m_publishedLookup);
    QString status = result.fromCache ? result.message : QString();
    const QString note
        = m_publishedLookup ? QString() : Metadata::publishedVersionNote(result.record);
    m_publishedDoi = !result.record.preprintOf.isEmpty() ? result.record.preprintOf.first()
                                                         : result.record.doi;
    if (!note.isEmpty() && !m_publishedDoi.isEmpty()) {
        status = status.isEmpty() ? note : status + u' ' + note;
        m_ui->publishedButton->show();
    }
    setLookupStatus(status, false);
    refresh();
}

// Fields the user typed are not overwritten without asking; empty ones are filled.
void EntryEditor::fill(const EntryFields &f, bool ask)
{
    const std::pair<QLineEdit *, QString> values[] = {
        {m_ui->authorsEdit, f.authors}, {m_ui->titleEdit, f.title},   {m_ui->urlEdit, f.url},
        {m_ui->venueEdit, f.venue},     {m_ui->yearEdit, f.yearText}, {m_ui->doiEdit, f.doi},
        {m_ui->arxivEdit, f.arxivId},
    };
    QStringList conflicts;
    for (const auto &[edit, value] : values) {
        const QString now = edit->text().trimmed();
        if (!now.isEmpty() && !value.isEmpty() && now != value)
            conflicts << edit->accessibleName();
    }
    bool replace = true;
    if (!conflicts.isEmpty() && ask) {
        replace = QMessageBox::question(
                      this, tr("Replace What You Typed?"),
                      tr("The record differs from what the entry has in: %1.\n\nReplace those "
                         "fields with the record's values?")
                          .arg(conflicts.join(u", "_s)),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }
    for (const auto &[edit, value] : values) {
        const QString now = edit->text().trimmed();
        if (value.isEmpty() || now == value || (!now.isEmpty() && !replace))
            continue;
        edit->setText(value);
        edit->setModified(true);
        edit->setCursorPosition(0);
    }
    if (m_ui->authorsEdit->text().trimmed() == f.authors && !f.authorNames.isEmpty()) {
        m_fetchedAuthors = f.authors;
        m_fetchedNames = f.authorNames;
    }
}

void EntryEditor::usePublishedVersion()
{
    if (!m_resolver || m_publishedDoi.isEmpty() || m_batch)
        return;
    const RecognizedId id = Identifier::recognize(m_publishedDoi);
    if (!id.isValid())
        return;
    m_publishedLookup = true;
    m_ui->publishedButton->hide();
    m_batch = m_resolver->lookup({id});
    m_ui->fetchButton->setEnabled(false);
    m_ui->refreshButton->setEnabled(false);
    m_ui->cancelLookupButton->show();
    setLookupStatus(tr("Looking up the published version, %1…").arg(id.display()), false);
    refresh();
}

} // namespace Curator
