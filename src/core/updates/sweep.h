#pragma once

#include "entry.h"
#include "metadata/metadatarecord.h"
#include "metadata/toentry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Curator {
class Curation;
class Store;
} // namespace Curator

// Keeping a list current (issue 18): every entry with an identifier asked again of its sources,
// and what changed proposed as checkable rows: a preprint's published version, a retraction,
// correction, expression of concern or withdrawal, a title or author list corrected upstream.
namespace Curator::Updates {

struct Proposal
{
    enum class Kind {
        PublishedVersion, // venue, year and DOI of the journal version
        Retraction,
        Withdrawal,
        ExpressionOfConcern,
        Correction,
        Title, // the title as its source now gives it
        Authors, // the author list as its source now gives it
    };
    Kind kind = Kind::PublishedVersion;
    qint64 entryId = 0;
    EntryFields before;
    EntryFields after; // the entry as the proposal would leave it (a notice: marked)
    QString publishedUrl; // PublishedVersion: the journal version's link, when chosen instead
    WorkUpdate notice; // a retraction and the like
    QString source; // "arXiv", "Crossref", "bioRxiv"
    bool checkedByDefault = true;

    // "published: Nature Neuroscience (2016), DOI 10.1038/nn.4244", "retracted on 2023-05-08
    // (notice 10.…, Retraction Watch)"
    QString summary() const;
    // "published", "retracted", … (the command line's and --json's word)
    QString kindKey() const;
    bool isNotice() const;
};

// What a sweep found for one entry, given its sources' records (pure, for tests and the sweep):
// `arxiv` and `work` are the records of its arXiv id and its DOI; `published` the records of the
// DOIs its preprint became (by DOI key); `biorxivPublished` what bioRxiv's API names as its
// published DOI.
struct Sources
{
    std::optional<MetadataRecord> arxiv;
    std::optional<MetadataRecord> work;
    QString biorxivPublished;
    QHash<QString, MetadataRecord> published;
};
QList<Proposal> proposalsFor(const Entry &entry, const Sources &sources,
                             const Metadata::EntryStyle &style);

// The published DOI a preprint's sources name, in order of trust: arXiv's journal DOI, Crossref's
// is-preprint-of, bioRxiv's "published". Empty when none does.
QString publishedDoiOf(const Entry &entry, const Sources &sources);

enum class NoticeAction {
    Annotate, // "RETRACTED: " before the title (as publishers mark it), the notice noted, tagged
    Remove,
    Keep, // only noted and flagged
};

struct Choice
{
    Proposal proposal;
    bool usePublishedLink = false; // PublishedVersion: link the journal version, not the preprint
    NoticeAction action = NoticeAction::Annotate;
};

// Applies the chosen proposals as one undo step ("Update 3 entries from their sources").
bool apply(Curation &curation, const QList<Choice> &choices, QString *error);

// The whole sweep of a list: its entries read on a worker, looked up through the resolver (its
// cache, arXiv batched by 100 with 3 s between requests, Crossref's pool limits), bioRxiv
// preprints asked of bioRxiv's API, then the published versions looked up for their venues.
class Sweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sweep)

public:
    Sweep(Store &store, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Sweep() override;

    void start(qint64 listId, bool refresh = false);
    void cancel();
    bool isRunning() const;

signals:
    void progress(const QString &message);
    void finished(const QList<Curator::Updates::Proposal> &proposals, const QString &error,
                  bool canceled);

private:
    struct Run;
    void lookUp();
    void askBiorxiv();
    void lookUpPublished();
    void finish(const QString &error, bool canceled);

    Store &m_store;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<Run> m_run;
};

} // namespace Curator::Updates
