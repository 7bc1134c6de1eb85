#include "inboxdialog.h"

#include "curation/curation.h"
#include "git/githubtoken.h"
#include "git/publisher.h"
#include "textdiff.h"
#include "ui_inboxdialog.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

QString entryText(const Review::ListedEntry &e)
{
    QString text = u"“"_s + e.fields.title + u"”"_s;
    if (e.fields.year > 0)
        text += u", "_s + QString::number(e.fields.year);
    return text + u" — "_s + e.section;
}

} // namespace

InboxDialog::InboxDialog(QNetworkAccessManager *nam, const RepoLink &link, Curation &curation,
                         qint64 listId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InboxDialog>())
    , m_inbox(new Review::Inbox(nam, this))
    , m_tokens(new TokenProvider(this))
    , m_link(link)
    , m_curation(curation)
    , m_listId(listId)
    , m_nam(nam)
{
    m_ui->setupUi(this);
    m_ui->onlineCheck->setChecked(QSettings().value(u"contributions/online"_s, true).toBool());
    connect(m_ui->onlineCheck, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(u"contributions/online"_s, on);
        refresh();
    });
    setWindowTitle(tr("Contributions to %1").arg(link.github));
    m_ui->splitter->setSizes({230, 150, 230});
    m_ui->pullTree->setColumnWidth(0, 520);
    m_ui->pullTree->setColumnWidth(1, 320);
    m_ui->pullTree->setColumnWidth(2, 140);
    m_ui->findingTree->setColumnWidth(0, 60);
    m_ui->findingTree->setColumnWidth(1, 180);
    connect(m_ui->pullTree, &QTreeWidget::currentItemChanged, this, &InboxDialog::showSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &InboxDialog::refresh);
    connect(m_ui->postButton, &QPushButton::clicked, this, &InboxDialog::postReview);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &InboxDialog::mergePull);
    connect(m_ui->takeOverButton, &QPushButton::clicked, this, &InboxDialog::takeOver);
    connect(m_ui->fixUpButton, &QPushButton::clicked, this, &InboxDialog::pushFixUp);
    connect(m_ui->openButton, &QPushButton::clicked, this, &InboxDialog::openInBrowser);
    connect(m_inbox, &Review::Inbox::progress, m_ui->statusLabel, &QLabel::setText);
    connect(m_inbox, &Review::Inbox::finished, this,
            [this](const QList<Review::InboxItem> &items, const QString &error) {
                m_items = items;
                fill();
                if (!error.isEmpty())
                    m_ui->statusLabel->setText(error);
                updateButtons();
                emit loaded();
            });
    updateButtons();
}

InboxDialog::~InboxDialog() = default;

bool InboxDialog::isLoading() const
{
    return m_tokenPending || m_inbox->isRunning();
}

void InboxDialog::refresh()
{
    if (isLoading())
        return;
    m_tokenPending = true;
    m_ui->statusLabel->setText(tr("Looking for a GitHub token…"));
    updateButtons();
    m_tokens->fetch([this](const TokenResult &t) {
        m_tokenPending = false;
        m_inbox->api()->setToken(t.token);
        m_withoutToken = !t.found();
        m_inbox->setOnlineChecks(m_ui->onlineCheck->isChecked(), &m_curation.store());
        m_inbox->load(m_link);
        updateButtons();
    });
}

void InboxDialog::fill()
{
    const int wasSelected = selectedItem() >= 0 ? m_items.value(selectedItem()).pr.number : 0;
    m_ui->pullTree->clear();
    int touching = 0;
    int withErrors = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Review::InboxItem &it = m_items.at(i);
        QStringList from{it.pr.author};
        if (it.pr.fromFork())
            from << tr("fork %1").arg(it.pr.headRepo);
        if (it.pr.draft)
            from << tr("draft");
        QString entries;
        QString findings;
        if (!it.error.isEmpty()) {
            findings = tr("could not be read");
        } else if (!it.touchesReadme) {
            entries = tr("README unchanged");
        } else {
            ++touching;
            entries = tr("+%1 ~%2 −%3")
                          .arg(it.review.added())
                          .arg(it.review.changed())
                          .arg(it.review.removed());
            findings = it.review.findings.isEmpty() ? tr("none")
                                                    : tr("%n errors", nullptr, it.review.errors())
                    + u", "_s + tr("%n warnings", nullptr, it.review.warnings());
            withErrors += it.review.errors() > 0 ? 1 : 0;
        }
        auto *row = new QTreeWidgetItem(m_ui->pullTree,
                                        {u"#%1  %2"_s.arg(it.pr.number).arg(it.pr.title),
                                         from.join(u", "_s), entries, findings});
        row->setData(0, Qt::UserRole, int(i));
        const QStyle::StandardPixmap icon = !it.error.isEmpty() || it.review.errors() > 0
            ? QStyle::SP_MessageBoxCritical
            : it.review.warnings() > 0 ? QStyle::SP_MessageBoxWarning
                                       : QStyle::SP_DialogApplyButton;
        if (it.touchesReadme || !it.error.isEmpty())
            row->setIcon(3, style()->standardIcon(icon));
        if (it.pr.number == wasSelected)
            m_ui->pullTree->setCurrentItem(row);
    }
    const QString tokenNote = m_withoutToken ? u' '
            + tr("No GitHub token: public repositories only, 60 requests an hour; posting, "
                 "merging and pushing need one.")
                                             : QString();
    m_ui->statusLabel->setText(
        tr("%1 open pull requests of %2; %3 change %4, %5 of them with errors.")
            .arg(m_items.size())
            .arg(m_link.github)
            .arg(touching)
            .arg(m_link.readme)
            .arg(withErrors)
        + tokenNote);
    if (!m_ui->pullTree->currentItem() && m_ui->pullTree->topLevelItemCount() > 0)
        m_ui->pullTree->setCurrentItem(m_ui->pullTree->topLevelItem(0));
    showSelected();
}

int InboxDialog::selectedItem() const
{
    const QTreeWidgetItem *row = m_ui->pullTree->currentItem();
    return row ? row->data(0, Qt::UserRole).toInt() : -1;
}

bool InboxDialog::selectPull(int number)
{
    for (int r = 0; r < m_ui->pullTree->topLevelItemCount(); ++r) {
        QTreeWidgetItem *row = m_ui->pullTree->topLevelItem(r);
        if (m_items.value(row->data(0, Qt::UserRole).toInt()).pr.number == number) {
            m_ui->pullTree->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

std::optional<Review::ReviewDraft> InboxDialog::draft() const
{
    const int i = selectedItem();
    if (i < 0)
        return std::nullopt;
    const Review::InboxItem &it = m_items.at(i);
    if (!it.touchesReadme || !it.error.isEmpty())
        return std::nullopt;
    return Review::draftReview(it.review, m_link.readme, it.pr.headSha);
}

void InboxDialog::showSelected()
{
    // Worked out once per selection: it imports and exports the pull request's README.
    m_fixable = 0;
    if (const int i = selectedItem(); i >= 0 && m_items.at(i).pr.maintainerCanModify && draft())
        fixedReadme(&m_fixable);
    m_ui->findingTree->clear();
    m_ui->reviewPreview->clear();
    const int i = selectedItem();
    if (i >= 0) {
        const Review::InboxItem &it = m_items.at(i);
        if (!it.error.isEmpty())
            new QTreeWidgetItem(m_ui->findingTree, {QString(), tr("Error"), it.error});
        for (const Review::EntryChange &c : it.review.changes) {
            const Review::ListedEntry &e = c.after ? *c.after : *c.before;
            const QString what = c.kind == Review::EntryChange::Kind::Added ? tr("Adds")
                : c.kind == Review::EntryChange::Kind::Removed              ? tr("Removes")
                                                                            : tr("Changes");
            new QTreeWidgetItem(m_ui->findingTree, {QString::number(e.line), what, entryText(e)});
        }
        for (const Review::Finding &f : it.review.findings) {
            QString details = f.message;
            if (!f.fix.isEmpty())
                details += u"\n→ "_s + f.fix;
            auto *row = new QTreeWidgetItem(
                m_ui->findingTree,
                {f.line ? QString::number(f.line) : QString(),
                 (f.severity == Review::Finding::Severity::Error ? tr("Error: %1")
                                                                 : tr("Warning: %1"))
                     .arg(f.code),
                 details});
            row->setIcon(1,
                         style()->standardIcon(f.severity == Review::Finding::Severity::Error
                                                   ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxWarning));
        }
        if (const auto d = draft()) {
            QString text
                = tr("Review (%1) as it would be posted:").arg(d->event) + u"\n\n"_s + d->body;
            for (const Review::ReviewComment &c : d->comments)
                text += u"\n\n"_s + tr("On %1, line %2:").arg(c.path).arg(c.line) + u'\n' + c.body;
            m_ui->reviewPreview->setPlainText(text);
        } else if (!it.touchesReadme) {
            m_ui->reviewPreview->setPlainText(
                tr("This pull request does not change %1.").arg(m_link.readme));
        }
    }
    updateButtons();
}

void InboxDialog::updateButtons()
{
    const int i = selectedItem();
    const bool idle = !isLoading() && !m_busy;
    m_ui->refreshButton->setEnabled(idle);
    m_ui->onlineCheck->setEnabled(idle);
    m_ui->openButton->setEnabled(i >= 0);
    m_ui->postButton->setEnabled(idle && draft().has_value());
    m_ui->fixUpButton->setEnabled(idle && m_fixable > 0);
    m_ui->takeOverButton->setEnabled(idle && draft().has_value()
                                     && m_items.at(i).review.added() > 0);
    m_ui->mergeButton->setEnabled(idle && i >= 0 && m_items.at(i).error.isEmpty()
                                  && !m_items.at(i).pr.draft);
}

void InboxDialog::postReview()
{
    const auto d = draft();
    if (!d)
        return;
    const Review::InboxItem &it = m_items.at(selectedItem());
    const QString event = d->event == u"APPROVE"_s ? tr("approves it")
        : d->event == u"REQUEST_CHANGES"_s         ? tr("requests changes")
                                                   : tr("comments");
    QMessageBox ask(QMessageBox::Question, tr("Post Review"),
                    tr("Post this review on #%1 (it %2, with %n comments on %3)?", nullptr,
                       int(d->comments.size()))
                        .arg(it.pr.number)
                        .arg(event, m_link.readme),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setDetailedText(m_ui->reviewPreview->toPlainText());
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_busy = true;
    updateButtons();
    const int number = it.pr.number;
    m_inbox->api()->postReview(
        m_link.github, number, *d, [this, number](const Review::ApiResult &r) {
            m_busy = false;
            updateButtons();
            const QString message = r.ok
                ? tr("Review posted on #%1: %2").arg(number).arg(r.htmlUrl.toString())
                : r.message;
            m_ui->statusLabel->setText(message);
            if (!r.ok)
                QMessageBox::warning(this, tr("Post Review"), r.message);
            emit answered(message);
        });
}

void InboxDialog::mergePull()
{
    const int i = selectedItem();
    if (i < 0)
        return;
    const Review::InboxItem &it = m_items.at(i);
    QString question = tr("Squash-merge #%1 “%2” into %3 on GitHub?")
                           .arg(it.pr.number)
                           .arg(it.pr.title, it.pr.baseRef);
    if (it.review.errors() > 0)
        question += u"\n\n"_s + tr("Its review found %n errors.", nullptr, it.review.errors());
    if (QMessageBox::question(this, tr("Merge"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_busy = true;
    updateButtons();
    m_ui->statusLabel->setText(tr("Merging #%1…").arg(it.pr.number));
    const int number = it.pr.number;
    m_inbox->api()->mergeWhenReady(
        m_link.github, number, it.pr.headSha, u"%1 (#%2)"_s.arg(it.pr.title).arg(number),
        [this, number](const Review::ApiResult &r) {
            m_busy = false;
            updateButtons();
            const QString message = r.ok ? tr("Merged #%1 (squashed).").arg(number) : r.message;
            m_ui->statusLabel->setText(message);
            if (!r.ok)
                QMessageBox::warning(this, tr("Merge"), r.message);
            emit answered(message);
        });
}

void InboxDialog::openInBrowser()
{
    const int i = selectedItem();
    if (i >= 0)
        QDesktopServices::openUrl(m_items.at(i).pr.htmlUrl);
}

void InboxDialog::takeOver()
{
    const int i = selectedItem();
    if (i < 0)
        return;
    const Review::InboxItem item = m_items.at(i);
    if (QMessageBox::question(
            this, tr("Take Over"),
            tr("Add the entries of #%1 to the list as it writes them, each at its year's place, "
               "and open a pull request of the list's own that closes #%1 (%2 as co-author)?")
                .arg(item.pr.number)
                .arg(item.headAuthor.isEmpty() ? item.pr.author : item.headAuthor),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString why;
    if (Review::TakeOver::apply(m_curation, m_listId, item, &why).isEmpty()) {
        QMessageBox::warning(this, tr("Take Over"), why);
        return;
    }
    m_busy = true;
    updateButtons();
    PublishOptions options;
    if (!item.headAuthor.isEmpty())
        options.trailers << u"Co-authored-by: "_s + item.headAuthor;
    options.bodyNote = u"Closes #%1"_s.arg(item.pr.number);
    auto *publisher = new Publisher(m_curation, m_nam, this);
    connect(publisher, &Publisher::progress, m_ui->statusLabel, &QLabel::setText);
    connect(publisher, &Publisher::finished, this,
            [this, publisher, item](const PublishResult &result) {
                publisher->deleteLater();
                if (result.status != PublishResult::Status::Opened) {
                    m_busy = false;
                    updateButtons();
                    const QString message
                        = tr("The entries of #%1 are in the list (Edit → Undo takes them back), "
                             "but no pull request was opened: %2")
                              .arg(item.pr.number)
                              .arg(result.message);
                    m_ui->statusLabel->setText(message);
                    QMessageBox::warning(this, tr("Take Over"), message);
                    emit answered(message);
                    return;
                }
                m_inbox->api()->comment(
                    m_link.github, item.pr.number, Review::TakeOver::thanks(item, result.url),
                    [this, item, url = result.url](const Review::ApiResult &r) {
                        m_busy = false;
                        updateButtons();
                        const QString message = r.ok
                            ? tr("Took #%1 over in %2 and thanked the contributor.")
                                  .arg(item.pr.number)
                                  .arg(url.toString())
                            : tr("Took #%1 over in %2, but the comment could not be posted: %3")
                                  .arg(item.pr.number)
                                  .arg(url.toString(), r.message);
                        m_ui->statusLabel->setText(message);
                        emit answered(message);
                    });
            });
    publisher->start(m_listId, options);
}

QByteArray InboxDialog::fixedReadme(int *fixed) const
{
    *fixed = 0;
    const int i = selectedItem();
    if (i < 0)
        return {};
    QString why;
    const QByteArray readme
        = Review::fixedReadme(m_items.at(i).headReadme, m_items.at(i).review, fixed, &why);
    if (!why.isEmpty())
        *fixed = 0;
    return readme;
}

void InboxDialog::pushFixUp()
{
    int fixed = 0;
    const QByteArray readme = fixedReadme(&fixed);
    if (fixed == 0)
        return;
    const Review::InboxItem item = m_items.at(selectedItem());
    QMessageBox ask(QMessageBox::Question, tr("Push Fix-Up"),
                    tr("Push a commit to %1 (branch %2) that writes %n entries as the list writes "
                       "them?",
                       nullptr, fixed)
                        .arg(item.pr.headRepo, item.pr.headRef),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    const QByteArray oldName = "a/" + m_link.readme.toUtf8();
    const QByteArray newName = "b/" + m_link.readme.toUtf8();
    ask.setDetailedText(QString::fromUtf8(
        TextDiff::unified(TextDiff::diff(item.headReadme, readme), oldName, newName)));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_busy = true;
    updateButtons();
    auto *push = new Review::FixUp(this);
    connect(push, &Review::FixUp::finished, this, [this, push, item](const QString &error) {
        push->deleteLater();
        m_busy = false;
        updateButtons();
        const QString message = error.isEmpty()
            ? tr("Pushed a fix-up to %1 (%2).").arg(item.pr.headRepo, item.pr.headRef)
            : error;
        m_ui->statusLabel->setText(message);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Push Fix-Up"), error);
        emit answered(message);
    });
    push->push(m_link, item, readme,
               tr("Write the entries as the list writes them, in year order"));
}

} // namespace Curator
