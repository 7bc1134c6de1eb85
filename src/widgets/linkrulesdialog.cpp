#include "linkrulesdialog.h"

#include "curation/curation.h"
#include "links/ignorerules.h"
#include "links/linkstore.h"
#include "store/store.h"
#include "ui_linkrulesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Curator {

LinkRulesDialog::LinkRulesDialog(Curation &curation, qint64 listId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LinkRulesDialog>())
    , m_curation(curation)
    , m_listId(listId)
{
    m_ui->setupUi(this);
    // Patterns are read character by character: a proportional font hides "\." and "\\".
    m_ui->rulesEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_export
        = m_ui->buttonBox->addButton(tr("&Export .lycheeignore…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setToolTip(tr("Write the rules as a .lycheeignore file for the list's own link "
                            "check (lychee)"));
    m_export->setAutoDefault(false);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, Qt::darkRed);
    m_ui->errorLabel->setPalette(errorPalette);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LinkRulesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->rulesEdit, &QPlainTextEdit::textChanged, this, &LinkRulesDialog::validate);
    connect(m_export, &QPushButton::clicked, this, &LinkRulesDialog::chooseExport);

    m_saved = Links::ignoreRules(curation.store(), listId).text();
    setText(m_saved);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!curation.store().isReadOnly());
}

LinkRulesDialog::~LinkRulesDialog() = default;

QString LinkRulesDialog::text() const
{
    return m_ui->rulesEdit->toPlainText();
}

void LinkRulesDialog::setText(const QString &text)
{
    m_ui->rulesEdit->setPlainText(text);
    validate();
}

QString LinkRulesDialog::error() const
{
    return Links::IgnoreRules::parse(text()).error();
}

void LinkRulesDialog::validate()
{
    const QString problem = error();
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_curation.store().isReadOnly());
    m_export->setEnabled(problem.isEmpty());
}

void LinkRulesDialog::accept()
{
    if (!error().isEmpty())
        return;
    const QString rules = text();
    if (rules != m_saved) {
        Store &store = m_curation.store();
        if (!m_curation.perform(tr("Change Link Ignore Rules"),
                                [&] { return Links::setIgnoreRules(store, m_listId, rules); })) {
            warn(tr("Link Ignore Rules"), store.errorString());
            return;
        }
        m_saved = rules;
    }
    QDialog::accept();
}

QString LinkRulesDialog::defaultExportPath() const
{
    const RepoLink link = m_curation.store().repoLink(m_listId);
    const QDir dir = link.isLinked() ? QFileInfo(link.readmeFile()).dir() : QDir::home();
    return dir.filePath(u".lycheeignore"_s);
}

void LinkRulesDialog::chooseExport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export .lycheeignore"), defaultExportPath());
    if (!path.isEmpty())
        exportTo(path);
}

bool LinkRulesDialog::exportTo(const QString &path)
{
    const Links::IgnoreRules rules = Links::IgnoreRules::parse(text());
    if (!rules.isValid()) {
        warn(tr("Export .lycheeignore"), rules.error());
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = rules.lycheeIgnoreFile();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        warn(tr("Export .lycheeignore"),
             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void LinkRulesDialog::warn(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Curator
