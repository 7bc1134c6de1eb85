#pragma once

// What a review of a contribution learns by asking (issue 17): whether each proposed entry's
// title, first author and year agree with arXiv's or Crossref's record of its identifier (the
// look-ups of the editor, cached in the store), and whether its link works (the link check of
// issue 16: by identifier where it can, politely elsewhere). Findings are added to the reviews.

#include "metadata/metadatarecord.h"
#include "review/contribution.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Curator {
class Store;
}

namespace Curator::Review {

class OnlineChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineChecks)

public:
    // `cache`: the store whose look-up cache answers first (may be null).
    OnlineChecks(Store *cache, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OnlineChecks() override;

    // Checks the entries each review adds or changes; finished() follows from the event loop
    // with the same reviews, their findings completed and sorted by line again.
    void run(const QList<ContributionReview> &reviews);
    bool isRunning() const { return m_run != nullptr; }

    // Pure: what a record says against what the entry says ("metadata" warnings).
    static QList<Finding> compare(const ListedEntry &entry, const MetadataRecord &record,
                                  const QString &source);

signals:
    void finished(const QList<Curator::Review::ContributionReview> &reviews);

private:
    struct Run;
    void lookupsDone();
    void linksDone();
    void finish();

    Store *m_cache;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<Run> m_run;
};

} // namespace Curator::Review
