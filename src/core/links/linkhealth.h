#pragma once

#include "links/linkcheck.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Curator {
class Store;
}

// The link check as a use case, for the window and the command line alike: which links a list or
// a README file has, what the store already knows of them, the check itself, and keeping what it
// found. The store's work runs on a worker thread.
namespace Curator::Links {

struct LinkReport
{
    QString source; // the list's name, or the file checked
    QList<LinkFinding> findings; // every link where it stands, in README order
    bool canceled = false;
    QString error; // nothing was checked: why
    QDateTime finished; // UTC

    int count(Verdict verdict) const;
    bool hasBroken() const { return count(Verdict::Broken) > 0; }
    // "312 links: 301 ok, 4 redirected, 2 broken, 5 unverified" (and skipped, when any).
    QString summary() const;
};

class LinkHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkHealth)

public:
    LinkHealth(Store &store, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~LinkHealth() override;

    // The list's README as it would be exported; the list's own ignore rules replace
    // settings.ignore. What was found is kept in the store.
    void checkList(qint64 listId, CheckSettings settings);
    // A README file as it is, without the store: its links, with the rules of the
    // .lycheeignore beside it (when there is one) added to settings.ignore.
    void checkFile(const QString &path, CheckSettings settings);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void started(int links, int addresses);
    void progress(int done, int total);
    void finished(const Curator::Links::LinkReport &report);

private:
    struct Prepared;
    void run(const Prepared &prepared, CheckSettings settings);
    void done(const QList<LinkFinding> &findings, const QList<CheckedLink> &checked, bool canceled);
    void fail(const QString &source, const QString &error);

    Store &m_store;
    LinkChecker m_checker;
    bool m_running = false;
    bool m_keep = false; // store what was found (a list's check)
    // Canceled while the links were still being read: the check ends before it asks anyone.
    bool m_cancelRequested = false;
    QString m_source;
};

} // namespace Curator::Links
