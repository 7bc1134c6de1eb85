#include "settingsdialog.h"

#include "authorformat.h"
#include "language.h"
#include "markdown/entryrenderer.h"
#include "store/store.h"
#include "ui_settingsdialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

QSettings settings()
{
    return QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
}

bool plausibleEmail(const QString &text)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return text.isEmpty() || shape.match(text).hasMatch();
}

} // namespace

struct SettingsDialog::ListEdits
{
    QString entryTemplate;
    QString authorStyle;
    QList<QPair<QString, QString>> venues;
};

SettingsDialog::SettingsDialog(Store &store, qint64 listId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_edits(std::make_unique<QHash<qint64, ListEdits>>())
{
    m_ui->setupUi(this);
    QSettings s = settings();
    m_ui->emailEdit->setText(s.value(u"lookup/email"_s).toString());

    m_ui->languageCombo->addItem(tr("The system's language"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(s.value(u"ui/language"_s).toString())));

    for (AuthorStyle style : {AuthorStyle::Apa, AuthorStyle::Natural, AuthorStyle::ApaEtAl}) {
        const QString key = AuthorFormat::styleKey(style);
        const QString label = style == AuthorStyle::Apa ? tr("APA: Family, G., & Family, G.")
            : style == AuthorStyle::Natural ? tr("Natural: Given Family and Given Family")
                                            : tr("Short: Family, G., et al.");
        m_ui->styleCombo->addItem(label, key);
    }
    m_ui->venueTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    for (const ListInfo &l : store.lists())
        m_ui->listCombo->addItem(l.name, l.id);
    m_ui->listBox->setEnabled(m_ui->listCombo->count() > 0);
    m_ui->listCombo->setCurrentIndex(std::max(0, m_ui->listCombo->findData(listId)));
    loadList(m_ui->listCombo->currentIndex());

    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_ui->messageLabel->setPalette(palette);

    connect(m_ui->listCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        storeListEdits();
        loadList(index);
    });
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &SettingsDialog::refresh);
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, &SettingsDialog::refresh);
    connect(m_ui->styleCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::refresh);
    connect(m_ui->venueTable, &QTableWidget::itemChanged, this, &SettingsDialog::refresh);
    connect(m_ui->addVenueButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->venueTable->rowCount();
        m_ui->venueTable->insertRow(row);
        m_ui->venueTable->setCurrentCell(row, 0);
        m_ui->venueTable->editItem(m_ui->venueTable->item(row, 0));
        refresh();
    });
    connect(m_ui->removeVenueButton, &QPushButton::clicked, this, [this] {
        if (m_ui->venueTable->currentRow() >= 0)
            m_ui->venueTable->removeRow(m_ui->venueTable->currentRow());
        refresh();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
        else
            m_ui->messageLabel->setText(m_error);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

SettingsDialog::~SettingsDialog()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QString SettingsDialog::contactEmail()
{
    return settings().value(u"lookup/email"_s).toString();
}

void SettingsDialog::loadList(int comboIndex)
{
    m_shownList = comboIndex >= 0 ? m_ui->listCombo->itemData(comboIndex).toLongLong() : 0;
    if (!m_shownList)
        return;
    ListEdits edits;
    if (m_edits->contains(m_shownList)) {
        edits = m_edits->value(m_shownList);
    } else if (const auto l = m_store.list(m_shownList)) {
        edits = {l->entryTemplate.isEmpty() ? Markdown::defaultEntryTemplate() : l->entryTemplate,
                 l->authorStyle, m_store.venueMap(m_shownList)};
    }
    const QSignalBlocker b1(m_ui->templateEdit), b2(m_ui->styleCombo), b3(m_ui->venueTable);
    m_ui->templateEdit->setText(edits.entryTemplate);
    m_ui->styleCombo->setCurrentIndex(std::max(0, m_ui->styleCombo->findData(edits.authorStyle)));
    m_ui->venueTable->setRowCount(0);
    for (const auto &[longName, shortName] : std::as_const(edits.venues)) {
        const int row = m_ui->venueTable->rowCount();
        m_ui->venueTable->insertRow(row);
        m_ui->venueTable->setItem(row, 0, new QTableWidgetItem(longName));
        m_ui->venueTable->setItem(row, 1, new QTableWidgetItem(shortName));
    }
    refresh();
}

void SettingsDialog::storeListEdits()
{
    if (!m_shownList)
        return;
    ListEdits edits;
    edits.entryTemplate = m_ui->templateEdit->text();
    edits.authorStyle = m_ui->styleCombo->currentData().toString();
    for (int r = 0; r < m_ui->venueTable->rowCount(); ++r) {
        const auto text = [&](int c) {
            const QTableWidgetItem *item = m_ui->venueTable->item(r, c);
            return item ? item->text().trimmed() : QString();
        };
        edits.venues.push_back({text(0), text(1)});
    }
    m_edits->insert(m_shownList, edits);
}

bool SettingsDialog::isValid() const
{
    return m_ui->messageLabel->text().isEmpty();
}

void SettingsDialog::refresh()
{
    QStringList problems;
    if (!plausibleEmail(m_ui->emailEdit->text().trimmed()))
        problems << tr("The contact e-mail is not an address such as you@example.org.");
    if (m_shownList) {
        const QString templateProblem = Markdown::checkTemplate(m_ui->templateEdit->text());
        if (!templateProblem.isEmpty())
            problems << templateProblem;
        for (int r = 0; r < m_ui->venueTable->rowCount(); ++r) {
            const QTableWidgetItem *l = m_ui->venueTable->item(r, 0);
            const QTableWidgetItem *s = m_ui->venueTable->item(r, 1);
            if (!l || !s || l->text().trimmed().isEmpty() || s->text().trimmed().isEmpty()) {
                problems << tr("Each venue row needs a long name and a short form.");
                break;
            }
        }
        // The preview: the list's first entry, its authors in the chosen style when known.
        const QList<qint64> ids = m_store.entryIds(m_shownList);
        if (!ids.isEmpty()) {
            if (const auto e = m_store.entry(ids.first())) {
                EntryFields f = e->fields;
                const QList<PersonName> names
                    = f.authorNames.isEmpty() ? AuthorFormat::parse(f.authors) : f.authorNames;
                f.authors = AuthorFormat::format(
                    names, AuthorFormat::styleFromKey(m_ui->styleCombo->currentData().toString()));
                m_ui->previewEdit->setPlainText(
                    templateProblem.isEmpty() ? Markdown::renderEntry(f, m_ui->templateEdit->text())
                                              : QString());
            }
        }
    }
    m_ui->messageLabel->setText(problems.join(u'\n'));
    m_ui->messageLabel->setVisible(!problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

bool SettingsDialog::save()
{
    refresh();
    if (!isValid()) {
        m_error = m_ui->messageLabel->text();
        return false;
    }
    storeListEdits();
    for (auto it = m_edits->constBegin(); it != m_edits->constEnd(); ++it) {
        if (!m_store.setListFormat(it.key(), it->entryTemplate, it->authorStyle)
            || !m_store.setVenueMap(it.key(), it->venues)) {
            m_error = m_store.errorString();
            return false;
        }
    }
    QSettings s = settings();
    s.setValue(u"lookup/email"_s, m_ui->emailEdit->text().trimmed());
    s.setValue(u"ui/language"_s, m_ui->languageCombo->currentData().toString());
    return true;
}

} // namespace Curator
