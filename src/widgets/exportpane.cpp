#include "exportpane.h"
#include "ui_exportpane.h"

#include "curation/curation.h"
#include "diffhighlighter.h"
#include "git/publisher.h"
#include "git/readmesync.h"
#include "git/repostatus.h"
#include "pullrequestdialog.h"
#include "store/store.h"
#include "store/storeworker.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// The preview renders at most this much: laying out the HTML of a 20 MB list takes seconds, and
// the first 256 KB (some 1,300 entries) take the GUI thread about 25 ms.
constexpr qsizetype MaxPreviewBytes = 256 * 1024;

} // namespace

ExportPane::ExportPane(Curation &curation, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExportPane>())
    , m_curation(curation)
    , m_status(new RepoStatus(this))
    , m_publisher(new Publisher(curation, nam, this))
    , m_refreshTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_ui->setupUi(this);
    new DiffHighlighter(m_ui->diffView->document());
    m_ui->diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->syncBanner->hide();
    m_ui->cancelButton->hide();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);

    connect(m_refreshTimer, &QTimer::timeout, this, &ExportPane::refresh);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &ExportPane::refresh);
    connect(m_ui->syncButton, &QPushButton::clicked, this, &ExportPane::sync);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportPane::exportReadme);
    connect(m_ui->prButton, &QPushButton::clicked, this, &ExportPane::openPullRequest);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExportPane::cancel);
    connect(&m_curation, &Curation::storeChanged, this, &ExportPane::scheduleRefresh);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ExportPane::scheduleRefresh);
    connect(m_publisher, &Publisher::progress, this, &ExportPane::log);
    connect(m_publisher, &Publisher::finished, this, &ExportPane::onPublished);
    // The preview shows the README as it is, links from anyone's pull request included. Qt runs
    // no scripts, but a followed link would: a file: link shows a local file in the pane, a
    // javascript: or data: one goes to whatever the desktop opens it with. Only web links leave
    // the pane, and a "#section" link scrolls.
    m_ui->preview->setOpenLinks(false);
    connect(m_ui->preview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if ((url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty())
            QDesktopServices::openUrl(url);
        else if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
            m_ui->preview->scrollToAnchor(url.fragment());
    });
    updateButtons();
}

ExportPane::~ExportPane() = default;

void ExportPane::setList(qint64 listId)
{
    if (listId == m_listId)
        return;
    m_listId = listId;
    m_ui->resultLabel->clear();
    refresh();
}

void ExportPane::scheduleRefresh()
{
    // A hidden pane does no work (an export of a 100,000-entry list takes a quarter second); it
    // catches up when shown.
    if (isVisible())
        m_refreshTimer->start();
    else
        m_stale = true;
}

void ExportPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void ExportPane::refresh()
{
    Store &store = m_curation.store();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    const RepoLink link = store.repoLink(m_listId);
    m_linked = m_listId && link.isLinked();
    if (!m_linked) {
        m_ui->repoLabel->setText(
            m_listId ? tr("This list is not linked to a git clone. Link it in Edit → Settings "
                          "(Repository) to export into it and open pull requests.")
                     : tr("No list is selected."));
        m_ui->stateLabel->clear();
        m_gitOk = false;
        updateDiff();
        return;
    }
    m_ui->repoLabel->setText(
        tr("%1 · %2 → %3/%4%5")
            .arg(QDir::toNativeSeparators(link.path), link.readme, link.remote,
                 link.base.isEmpty() ? tr("(default branch)") : link.base,
                 link.github.isEmpty() ? QString() : tr(" · GitHub %1").arg(link.github)));
    if (QFileInfo::exists(link.readmeFile()))
        m_watcher->addPath(link.readmeFile());
    m_ui->stateLabel->setText(tr("Reading the repository…"));
    m_status->query(link.path, link.readme, link.remote,
                    [this](const RepoState &state) { onState(state); });
    updateDiff();
}

void ExportPane::onState(const RepoState &state)
{
    m_gitOk = state.gitInstalled && state.isRepository;
    // A commit, a checkout, a merge started on the command line: the pane follows.
    if (m_gitOk) {
        for (const QString &file : {u"/HEAD"_s, u"/index"_s, u"/MERGE_HEAD"_s}) {
            const QString path = state.gitDir + file;
            if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
                m_watcher->addPath(path);
        }
    }
    m_repoBlocked = state.mergeInProgress || state.rebaseInProgress || state.cherryPickInProgress
        || state.detached;
    if (!m_gitOk) {
        m_ui->stateLabel->setText(state.error);
        updateButtons();
        return;
    }
    QStringList parts;
    parts << (state.detached ? tr("detached HEAD") : tr("on branch %1").arg(state.branch));
    parts << (state.dirtyFiles.isEmpty()
                  ? tr("clean")
                  : tr("%n file(s) changed", nullptr, int(state.dirtyFiles.size())));
    if (state.readmeDirty)
        parts << tr("README changed");
    if (!state.upstream.isEmpty())
        parts
            << tr("%1 ahead, %2 behind %3").arg(state.ahead).arg(state.behind).arg(state.upstream);
    if (state.mergeInProgress)
        parts << tr("a merge is in progress");
    if (state.rebaseInProgress)
        parts << tr("a rebase is in progress");
    if (state.cherryPickInProgress)
        parts << tr("a cherry-pick is in progress");
    m_ui->stateLabel->setText(parts.join(u" · "_s));
    updateButtons();
}

// The export, the diff, the sync check and the preview are computed on a worker thread with a
// store connection of its own (at 100,000 entries they take most of a second); the newest
// request's answer is shown, older ones are dropped.
void ExportPane::updateDiff()
{
    const quint64 generation = ++m_generation;
    if (!m_listId) {
        applyPaneState(generation, {});
        return;
    }
    const qint64 list = m_listId;
    const bool linked = m_linked;
    m_refreshing = true;
    runOnStore(
        this, m_curation.store(),
        [list, linked](Store &store) {
            return ReadmeSync::paneState(store, list, linked, MaxPreviewBytes);
        },
        [](const QString &error) {
            ReadmeSync::PaneState state;
            state.exportError = error;
            return state;
        },
        [this, generation](const ReadmeSync::PaneState &state) {
            applyPaneState(generation, state);
        });
}

void ExportPane::applyPaneState(quint64 generation, const ReadmeSync::PaneState &st)
{
    if (generation != m_generation)
        return; // a newer refresh is on its way
    m_refreshing = false;
    if (!m_listId || !st.exportError.isEmpty()) {
        m_ui->diffView->clear();
        m_ui->preview->clear();
        m_ui->diffSummary->setText(m_listId ? st.exportError : QString());
        m_ui->syncBanner->hide();
        updateButtons();
        emit refreshed();
        return;
    }
    if (st.needsSync) {
        m_ui->syncLabel->setText(
            tr("The README in the clone was changed outside Awesome Curator (new: %1, "
               "changed: %2, removed: %3). Sync merges those changes into the list before "
               "anything is exported.")
                .arg(st.syncAdded)
                .arg(st.syncEdited)
                .arg(st.syncRemoved));
    }
    m_ui->syncBanner->setVisible(st.needsSync);
    if (!st.readError.isEmpty())
        m_ui->diffSummary->setText(st.readError);
    else if (st.target.isEmpty())
        m_ui->diffSummary->setText(tr("The list was never exported; all of it is new."));
    else if (st.identical)
        m_ui->diffSummary->setText(tr("No changes: %1 is up to date.").arg(st.target));
    else
        m_ui->diffSummary->setText(
            tr("%1: %2 added, %3 removed, in %n place(s).", nullptr, st.hunks)
                .arg(st.missing ? tr("New file") : QFileInfo(st.target).fileName())
                .arg(st.linesAdded)
                .arg(st.linesRemoved));
    m_ui->diffView->setPlainText(st.unified);
    // The first changed line in sight, however small the pane: a hunk starts with context.
    for (QTextBlock b = m_ui->diffView->document()->begin(); b.isValid(); b = b.next()) {
        const QString line = b.text();
        if ((line.startsWith(u'+') && !line.startsWith(u"+++"_s))
            || (line.startsWith(u'-') && !line.startsWith(u"---"_s))) {
            m_ui->diffView->setTextCursor(QTextCursor(b));
            m_ui->diffView->ensureCursorVisible();
            break;
        }
    }
    // GitHub's rendering (cmark-gfm), not Qt's own Markdown reader: that one showed nothing at
    // all for a README starting with an HTML block, as the seed list's does.
    m_ui->preview->setHtml(
        st.previewHtml
        + (st.previewCut ? u"<p><i>"_s
                   + tr("(The preview shows the first %1 KB.)").arg(MaxPreviewBytes / 1024)
                   + u"</i></p>"_s
                         : QString()));
    updateButtons();
    emit refreshed();
}

void ExportPane::updateButtons()
{
    const bool busy = m_publisher->isBusy() || m_syncing;
    m_ui->exportButton->setEnabled(m_linked && !busy && !m_curation.store().isReadOnly());
    m_ui->prButton->setEnabled(canOpenPullRequest());
    m_ui->syncButton->setEnabled(!busy);
    m_ui->refreshButton->setEnabled(!busy);
    m_ui->cancelButton->setVisible(busy);
    QString why;
    if (!m_linked)
        why = tr("Link the list to a git clone first.");
    else if (!m_gitOk)
        why = m_ui->stateLabel->text();
    else if (m_repoBlocked)
        why = tr("Finish the merge or rebase, or check out a branch, first.");
    m_ui->prButton->setToolTip(why.isEmpty() ? tr("Commit the README on a new branch from the "
                                                  "up-to-date base, push it and open a pull "
                                                  "request")
                                             : why);
}

bool ExportPane::decide(const ReadmeSync::Check &check, int *prefer, bool *allowRemovals)
{
    *prefer = int(ReadmeSync::Prefer::Nobody);
    *allowRemovals = check.removed.isEmpty();
    if (!check.merged.conflicts.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Sync README"),
                        tr("%n place(s) of the README were changed both here and in the "
                           "repository. Which version should the list keep?",
                           nullptr, int(check.merged.conflicts.size())),
                        QMessageBox::Cancel, this);
        const ReadmeSync::Conflict &k = check.merged.conflicts.first();
        box.setDetailedText(tr("Here:\n%1\nIn the repository:\n%2")
                                .arg(QString::fromUtf8(k.ours), QString::fromUtf8(k.theirs)));
        QPushButton *mine = box.addButton(tr("Keep Mine"), QMessageBox::AcceptRole);
        QPushButton *theirs = box.addButton(tr("Take the Repository's"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == mine)
            *prefer = int(ReadmeSync::Prefer::Ours);
        else if (box.clickedButton() == theirs)
            *prefer = int(ReadmeSync::Prefer::Theirs);
        else
            return false;
    }
    if (!check.removed.isEmpty()) {
        QStringList shown = check.removed.mid(0, 10);
        if (check.removed.size() > 10)
            shown << tr("… and %n more", nullptr, int(check.removed.size() - 10));
        const auto answer = QMessageBox::question(
            this, tr("Sync README"),
            tr("The repository's README no longer has %n entry(s). Remove them from the list too?",
               nullptr, int(check.removed.size()))
                + u"\n\n"_s + shown.join(u'\n'),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
        *allowRemovals = true;
    }
    return true;
}

// Sync in two steps on a worker thread (at 100,000 entries the check takes half a second and the
// merge a few): the check, the user's decision here, then the merge, recorded on the worker's
// store connection and adopted by Curation as one undo step.
bool ExportPane::sync()
{
    if (m_syncing)
        return false;
    Store &store = m_curation.store();
    const RepoLink link = store.repoLink(m_listId);
    bool missing = false;
    QString error;
    const QByteArray theirs = ReadmeSync::readWorkingReadme(link.readmeFile(), &missing, &error);
    if (!error.isEmpty() || missing) {
        showResult((error.isEmpty()
                        ? tr("%1 does not exist; nothing to sync.").arg(link.readmeFile())
                        : error)
                       .toHtmlEscaped());
        emit synced(false);
        return false;
    }
    m_syncing = true;
    updateButtons();
    showResult(tr("Comparing the clone's README with the list…"));
    const qint64 list = m_listId;
    runOnStore(
        this, store, [list, theirs](Store &own) { return ReadmeSync::check(own, list, theirs); },
        [](const QString &error) {
            ReadmeSync::Check c;
            c.error = error;
            return c;
        },
        [this](const ReadmeSync::Check &c) { onSyncChecked(c); });
    return true;
}

void ExportPane::onSyncChecked(const ReadmeSync::Check &c)
{
    if (!c.ok) {
        finishSync(false, c.error);
        return;
    }
    if (!c.changedOutside) {
        finishSync(true, tr("The list already has every change of the clone's README."));
        return;
    }
    int prefer = 0;
    bool allowRemovals = false;
    if (!decide(c, &prefer, &allowRemovals)) {
        finishSync(false, tr("Nothing was merged."));
        return;
    }
    showResult(tr("Merging the clone's README into the list…"));
    const qint64 list = m_listId;
    const QByteArray theirs = c.theirs;
    const QString text = tr("Sync README");
    runOnStore(
        this, m_curation.store(),
        [list, theirs, prefer, allowRemovals, text](Store &store) {
            return ReadmeSync::applyRecorded(store, list, theirs, ReadmeSync::Prefer(prefer),
                                             allowRemovals, text);
        },
        [](const QString &error) {
            ReadmeSync::RecordedApply r;
            r.error = error;
            return r;
        },
        [this](const ReadmeSync::RecordedApply &r) { onSyncApplied(r); });
}

void ExportPane::onSyncApplied(const ReadmeSync::RecordedApply &r)
{
    // Whatever the worker changed is one undo step, even a half-done merge (none is: it runs in
    // one transaction).
    m_curation.adopt(tr("Sync README"), r.changeset, r.historyId);
    if (!r.ok) {
        finishSync(false, r.error);
        return;
    }
    log(tr("Merged %1: new %2, changed %3, removed %4.")
            .arg(m_curation.store().repoLink(m_listId).readmeFile())
            .arg(r.check.added.size())
            .arg(r.check.edited.size())
            .arg(r.check.removed.size()));
    finishSync(true, tr("Merged the clone's README into the list."));
}

void ExportPane::finishSync(bool ok, const QString &message)
{
    m_syncing = false;
    showResult(message.toHtmlEscaped());
    updateButtons();
    refresh();
    emit synced(ok);
}

bool ExportPane::exportReadme()
{
    // The core refuses to write over changes the list has not seen ("Sync first"); the pane's
    // own view of that may be a moment old while its refresh runs.
    const ReadmeSync::ExportOutcome o
        = ReadmeSync::exportToRepository(m_curation.store(), m_listId);
    log(o.message);
    // The message may quote an entry's title: text, not markup.
    showResult(o.message.toHtmlEscaped());
    if (o.ok) {
        emit exported();
        refresh();
    }
    return o.ok;
}

void ExportPane::openPullRequest()
{
    if (m_publisher->isBusy())
        return;
    m_ui->log->clear();
    m_ui->resultLabel->clear();
    m_ui->tabs->setCurrentWidget(m_ui->logTab);
    // First a dry run: nothing is pushed before the user has seen what would be.
    m_publishOptions = PublishOptions();
    m_publishOptions.dryRun = true;
    m_publisher->start(m_listId, m_publishOptions);
    updateButtons();
}

void ExportPane::cancel()
{
    m_publisher->cancel();
}

void ExportPane::onPublished(const PublishResult &r)
{
    using S = PublishResult::Status;
    log(r.message);
    if (r.status == S::NeedsDecision) {
        int prefer = 0;
        bool allowRemovals = false;
        if (decide(r.sync, &prefer, &allowRemovals)) {
            m_publishOptions.prefer = ReadmeSync::Prefer(prefer);
            m_publishOptions.allowRemovals = allowRemovals;
            m_publisher->start(m_listId, m_publishOptions);
            updateButtons();
            return;
        }
        showResult(tr("Nothing was published."));
    } else if (r.status == S::DryRun) {
        PullRequestDialog confirm(r, this);
        if (confirm.exec() == QDialog::Accepted) {
            m_publishOptions.dryRun = false;
            m_publisher->start(m_listId, m_publishOptions);
            updateButtons();
            return;
        }
        showResult(tr("Nothing was pushed."));
    } else if (r.status == S::Opened || r.status == S::AlreadyExists || r.status == S::Pushed) {
        const QString link = r.url.isValid()
            ? u"<a href=\"%1\">%2</a>"_s.arg(r.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                             r.url.toString().toHtmlEscaped())
            : QString();
        showResult(r.message.toHtmlEscaped() + (link.isEmpty() ? QString() : u"<br>"_s + link));
        if (r.status == S::AlreadyExists && r.url.isValid()) {
            QMessageBox ask(QMessageBox::Information, tr("Already Proposed"), r.message,
                            QMessageBox::Close, this);
            QPushButton *open = ask.addButton(
                r.number > 0 ? tr("Open Pull Request #%1").arg(r.number) : tr("Open on GitHub"),
                QMessageBox::AcceptRole);
            ask.setDefaultButton(open);
            ask.exec();
            if (ask.clickedButton() == open)
                QDesktopServices::openUrl(r.url);
        }
        // Without a token the compare page is where the pull request is opened.
        if (r.status == S::Pushed && r.url.isValid() && !QStandardPaths::isTestModeEnabled())
            QDesktopServices::openUrl(r.url);
    } else {
        showResult(r.message.toHtmlEscaped());
    }
    updateButtons();
    refresh();
    emit pullRequestFinished(r);
}

void ExportPane::log(const QString &line)
{
    if (!line.isEmpty())
        m_ui->log->appendPlainText(line);
}

void ExportPane::showResult(const QString &html)
{
    m_ui->resultLabel->setText(html);
}

QString ExportPane::stateText() const
{
    return m_ui->stateLabel->text();
}

QString ExportPane::diffText() const
{
    return m_ui->diffView->toPlainText();
}

QString ExportPane::resultText() const
{
    return m_ui->resultLabel->text();
}

bool ExportPane::canExport() const
{
    return m_ui->exportButton->isEnabled();
}

bool ExportPane::canOpenPullRequest() const
{
    return m_linked && m_gitOk && !m_repoBlocked && !m_publisher->isBusy() && !m_syncing;
}

bool ExportPane::isBusy() const
{
    return m_publisher->isBusy();
}

} // namespace Curator
