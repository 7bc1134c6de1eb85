#include "settingsdialog.h"

#include "authorformat.h"
#include "git/githubclient.h"
#include "git/githubtoken.h"
#include "language.h"
#include "markdown/entryforms.h"
#include "markdown/entryrenderer.h"
#include "markdown/readmereader.h"
#include "metadata/toentry.h"
#include "store/readmeio.h"
#include "store/repodetect.h"
#include "store/store.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
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
    RepoLink repo;
};

SettingsDialog::SettingsDialog(Store &store, qint64 listId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_edits(std::make_unique<QHash<qint64, ListEdits>>())
    , m_tokens(new TokenProvider(this))
{
    m_ui->setupUi(this);
    QSettings s = settings();
    m_ui->emailEdit->setText(s.value(u"lookup/email"_s).toString());
    setUpLanguageChoice(s);
    setUpAuthorStyles();
    m_ui->venueTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    setUpListChoice(listId);

    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_ui->messageLabel->setPalette(palette);

    connectListChoice();
    connectRepositoryPage();
    connectTokenButtons();
    connectListFormatPage();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
        else
            m_ui->messageLabel->setText(m_error);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

void SettingsDialog::setUpLanguageChoice(const QSettings &s)
{
    m_ui->languageCombo->addItem(tr("The system's language"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(s.value(u"ui/language"_s).toString())));
    // Said as soon as another language is chosen, not only in a tool tip.
    auto noteLanguage = [this] {
        m_ui->languageNote->setVisible(
            Language::resolve(m_ui->languageCombo->currentData().toString())
            != Language::installed());
    };
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, noteLanguage);
    noteLanguage();
}

void SettingsDialog::setUpAuthorStyles()
{
    for (AuthorStyle style : {AuthorStyle::Apa, AuthorStyle::Natural, AuthorStyle::ApaEtAl}) {
        const QString key = AuthorFormat::styleKey(style);
        const QString label = style == AuthorStyle::Apa ? tr("APA: Family, G., & Family, G.")
            : style == AuthorStyle::Natural ? tr("Natural: Given Family and Given Family")
                                            : tr("Short: Family, G., et al.");
        m_ui->styleCombo->addItem(label, key);
    }
}

void SettingsDialog::setUpListChoice(qint64 listId)
{
    for (const ListInfo &l : m_store.lists())
        m_ui->listCombo->addItem(l.name, l.id);
    m_ui->listFormatPage->setEnabled(m_ui->listCombo->count() > 0);
    m_ui->listCombo->setCurrentIndex(std::max(0, m_ui->listCombo->findData(listId)));
    loadList(m_ui->listCombo->currentIndex());
}

void SettingsDialog::connectListChoice()
{
    connect(m_ui->listCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        storeListEdits();
        loadList(index);
    });
    // The list chosen above the pages is the one the List format and Repository pages show; the
    // other pages hold the app's settings, the same for every list, and grey the choice out.
    const auto enableListRow = [this] {
        const QWidget *page = m_ui->pages->currentWidget();
        m_ui->listRow->setEnabled(
            m_ui->listCombo->count() > 0
            && (page == m_ui->listFormatPage || page == m_ui->repositoryPage));
    };
    connect(m_ui->pages, &QTabWidget::currentChanged, this, enableListRow);
    enableListRow();
}

void SettingsDialog::connectRepositoryPage()
{
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &SettingsDialog::refresh);
    for (QLineEdit *edit : {m_ui->clonePathEdit, m_ui->readmePathEdit, m_ui->remoteEdit,
                            m_ui->baseEdit, m_ui->githubEdit})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::refresh);
    connect(m_ui->browseCloneButton, &QPushButton::clicked, this, &SettingsDialog::browseForClone);
}

void SettingsDialog::browseForClone()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("The List's Clone"),
                                                          m_ui->clonePathEdit->text());
    if (dir.isEmpty())
        return;
    m_ui->clonePathEdit->setText(QDir::toNativeSeparators(dir));
    // What the clone says about itself fills the fields the user left empty.
    if (const auto found = detectRepository(dir + u'/'
                                            + (m_ui->readmePathEdit->text().isEmpty()
                                                   ? u"README.md"_s
                                                   : m_ui->readmePathEdit->text()))) {
        m_ui->clonePathEdit->setText(QDir::toNativeSeparators(found->path));
        if (m_ui->baseEdit->text().isEmpty())
            m_ui->baseEdit->setText(found->base);
        if (m_ui->githubEdit->text().isEmpty())
            m_ui->githubEdit->setText(found->github);
    }
}

void SettingsDialog::connectTokenButtons()
{
    m_tokens->setHost(GitHubClient::webBaseFor(GitHubClient::defaultApiBase()).host());
    connect(m_ui->setTokenButton, &QPushButton::clicked, this, &SettingsDialog::askForToken);
    connect(m_ui->removeTokenButton, &QPushButton::clicked, this, [this] {
        m_tokens->removeFromKeychain([this](const KeychainResult &r) {
            if (!r.ok)
                m_ui->tokenStatus->setText(r.message);
            else
                showToken();
        });
    });
    showToken();
}

void SettingsDialog::askForToken()
{
    bool ok = false;
    const QString token
        = QInputDialog::getText(
              this, tr("GitHub Token"),
              tr("A GitHub token that may open pull requests (scope \"public_repo\", or "
                 "\"Pull requests: write\" for a fine-grained token). It is kept in the system "
                 "keychain, nowhere else."),
              QLineEdit::Password, QString(), &ok)
              .trimmed();
    if (!ok || token.isEmpty())
        return;
    m_ui->tokenStatus->setText(tr("Saving…"));
    m_tokens->storeInKeychain(token.toUtf8(), [this](const KeychainResult &r) {
        if (!r.ok)
            m_ui->tokenStatus->setText(r.message);
        else
            showToken();
    });
}

void SettingsDialog::connectListFormatPage()
{
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, &SettingsDialog::refresh);
    connect(m_ui->useGrammarButton, &QPushButton::clicked, this,
            [this] { m_ui->templateEdit->setText(m_grammar); });
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
                 l->authorStyle, Metadata::venueMapOf(m_store, m_shownList),
                 m_store.repoLink(m_shownList)};
    }
    const QSignalBlocker r1(m_ui->clonePathEdit), r2(m_ui->readmePathEdit), r3(m_ui->remoteEdit),
        r4(m_ui->baseEdit), r5(m_ui->githubEdit);
    m_ui->clonePathEdit->setText(QDir::toNativeSeparators(edits.repo.path));
    m_ui->readmePathEdit->setText(edits.repo.isLinked() ? edits.repo.readme : QString());
    m_ui->remoteEdit->setText(edits.repo.isLinked() ? edits.repo.remote : QString());
    m_ui->baseEdit->setText(edits.repo.base);
    m_ui->githubEdit->setText(edits.repo.github);
    // The form the README's own entries share: read from the README as the list stands.
    const Markdown::ReadResult readme
        = Markdown::readReadme(exportReadme(m_store, m_shownList).data);
    m_grammar = readme.ok ? Markdown::dominantTemplate(readme.readme) : QString();
    m_ui->grammarValue->setText(m_grammar.isEmpty() ? tr("No form shared by two entries was found.")
                                                    : m_grammar);
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
    edits.repo.path = QDir::fromNativeSeparators(m_ui->clonePathEdit->text().trimmed());
    if (!edits.repo.path.isEmpty()) {
        if (const QString r = m_ui->readmePathEdit->text().trimmed(); !r.isEmpty())
            edits.repo.readme = r;
        if (const QString r = m_ui->remoteEdit->text().trimmed(); !r.isEmpty())
            edits.repo.remote = r;
        edits.repo.base = m_ui->baseEdit->text().trimmed();
        if (const auto gh = GitHubClient::parseRepoName(m_ui->githubEdit->text()))
            edits.repo.github = gh->fullName();
    }
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
        const QString clone = m_ui->clonePathEdit->text().trimmed();
        if (!clone.isEmpty()) {
            if (!QFileInfo(clone).isDir())
                problems << tr("The clone folder %1 does not exist.").arg(clone);
            else if (!QFileInfo::exists(clone + u"/.git"_s))
                problems << tr("%1 is not the top folder of a git clone.").arg(clone);
            for (QLineEdit *name : {m_ui->remoteEdit, m_ui->baseEdit}) {
                if (name->text().trimmed().startsWith(u'-')
                    || name->text().trimmed().contains(u' ')) {
                    problems << tr("A remote or branch name cannot begin with \"-\" or hold "
                                   "spaces.");
                    break;
                }
            }
            if (m_ui->readmePathEdit->text().contains(u".."_s)
                || QDir::isAbsolutePath(m_ui->readmePathEdit->text()))
                problems << tr("The README path is relative to the clone, inside it.");
            if (!m_ui->githubEdit->text().trimmed().isEmpty()
                && !GitHubClient::parseRepoName(m_ui->githubEdit->text()))
                problems << tr("The GitHub repository is written owner/name.");
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
    m_ui->useGrammarButton->setEnabled(!m_grammar.isEmpty()
                                       && m_ui->templateEdit->text() != m_grammar);
    m_ui->messageLabel->setText(problems.join(u'\n'));
    m_ui->messageLabel->setVisible(!problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void SettingsDialog::showToken()
{
    m_ui->tokenStatus->setText(tr("Looking…"));
    m_tokens->fetch([this](const TokenResult &t) {
        const bool inKeychain = t.source == TokenSource::Keychain;
        m_ui->removeTokenButton->setEnabled(inKeychain);
        m_ui->tokenStatus->setText(
            t.found() ? tr("%1 (%2)").arg(TokenProvider::mask(QString::fromUtf8(t.token)),
                                          TokenProvider::describe(t.source))
                      : tr("None: pull requests are opened in the browser. %1").arg(t.message));
    });
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
            || !m_store.setVenueMap(it.key(), it->venues)
            || (!(m_store.repoLink(it.key()) == it->repo)
                && !m_store.setRepoLink(it.key(), it->repo))) {
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
