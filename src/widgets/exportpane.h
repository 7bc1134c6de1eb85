#pragma once

#include "git/publisher.h"
#include "git/readmesync.h"

#include <QWidget>

#include <memory>

class QNetworkAccessManager;
class QTimer;
class QFileSystemWatcher;

namespace Ui {
class ExportPane;
}

namespace Curator {

class Curation;
class RepoStatus;
struct RepoState;

// The last step of the day: what the README will look like, what changes against the clone's
// README, and buttons to sync, export and open a pull request. Lives in a dock of the main window.
class ExportPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPane)

public:
    ExportPane(Curation &curation, QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ExportPane() override;

    void setList(qint64 listId);
    qint64 listId() const { return m_listId; }
    // Re-reads the repository's state and the README (after a store change, a file change).
    void refresh();

    // The pane's actions, for menus and tests.
    bool exportReadme(); // false when refused or failed (the pane says why)
    // Starts a sync (false when it cannot start); synced() says how it ended.
    bool sync();
    void openPullRequest();
    void cancel();

    // For tests and the screenshots: what the pane shows.
    QString stateText() const;
    QString diffText() const;
    QString resultText() const;
    bool canExport() const;
    bool canOpenPullRequest() const;
    bool isBusy() const;
    // The diff and preview are being computed (on a worker thread) for the newest refresh.
    bool isRefreshing() const { return m_refreshing; }

signals:
    void exported();
    // The diff, the preview and the sync banner show the store as it is now.
    void refreshed();
    void synced(bool ok);
    void pullRequestFinished(const Curator::PublishResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void updateDiff();
    void applyPaneState(quint64 generation, const ReadmeSync::PaneState &state);
    void onSyncChecked(const ReadmeSync::Check &check);
    void onSyncApplied(const ReadmeSync::RecordedApply &result);
    void finishSync(bool ok, const QString &message);
    void onState(const RepoState &state);
    void onPublished(const PublishResult &result);
    void updateButtons();
    void log(const QString &line);
    void showResult(const QString &html);
    // Asks how to merge (conflicts, removals); false when the user declines.
    bool decide(const ReadmeSync::Check &check, int *prefer, bool *allowRemovals);

    std::unique_ptr<Ui::ExportPane> m_ui;
    Curation &m_curation;
    RepoStatus *m_status;
    Publisher *m_publisher;
    PublishOptions m_publishOptions; // of the pull request being made (dry run, then for real)
    QTimer *m_refreshTimer;
    QFileSystemWatcher *m_watcher;
    qint64 m_listId = 0;
    bool m_linked = false;
    bool m_gitOk = false;
    bool m_repoBlocked = false; // a merge or rebase in progress, a detached HEAD
    quint64 m_generation = 0; // of the newest refresh; older answers are dropped
    bool m_refreshing = false;
    bool m_syncing = false;
    bool m_stale = false; // changed while hidden
};

} // namespace Curator
