#pragma once

#include "entry.h"
#include "review/inbox.h"

#include <QDialog>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class InboxDialog;
}

namespace Curator {

class TokenProvider;
class Store;
class Curation;

// The contributions inbox (issue 17): the open pull requests of the list's GitHub repository,
// the selected one read as entries with its findings, and the review that would be posted,
// shown in full before anything is sent. Posting and merging each ask first. Modeless.
class InboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxDialog)

public:
    // `cache`: the store whose look-up cache the online checks use first.
    // `curation`: where a take-over adds the entries (and Edit → Undo takes them back).
    InboxDialog(QNetworkAccessManager *nam, const RepoLink &link, Curation &curation, qint64 listId,
                QWidget *parent = nullptr);
    ~InboxDialog() override;

    // Asks for a token (GH_TOKEN, GITHUB_TOKEN, the GitHub CLI, the keychain), then GitHub.
    void refresh();
    bool isLoading() const;
    const QList<Review::InboxItem> &items() const { return m_items; }
    int selectedItem() const; // index into items(), or -1
    bool selectPull(int number);
    // The review the Post button would send for the selected pull request.
    std::optional<Review::ReviewDraft> draft() const;

signals:
    void loaded();
    void answered(const QString &message); // a review posted or a merge done, or why not

private:
    void fill();
    void showSelected();
    void postReview();
    void mergePull();
    void takeOver();
    void pushFixUp();
    // The selected pull request's README as a fix-up would make it, and how many entries it
    // changes (0: nothing to push).
    QByteArray fixedReadme(int *fixed) const;
    void openInBrowser();
    void updateButtons();

    std::unique_ptr<Ui::InboxDialog> m_ui;
    Review::Inbox *m_inbox;
    TokenProvider *m_tokens;
    RepoLink m_link;
    Curation &m_curation;
    qint64 m_listId;
    QNetworkAccessManager *m_nam;
    QList<Review::InboxItem> m_items;
    bool m_tokenPending = false;
    bool m_busy = false; // a post or a merge on its way
    bool m_withoutToken = false;
    int m_fixable = 0; // entries a fix-up of the selected pull request would change
};

} // namespace Curator
