#include "toentry.h"

#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Curator::Metadata {

VenueMap::VenueMap(QList<QPair<QString, QString>> longToShort)
    : m_entries(std::move(longToShort))
{ }

VenueMap VenueMap::defaults()
{
    return VenueMap({
        {u"Advances in Neural Information Processing Systems"_s, u"NeurIPS"_s},
        {u"Neural Information Processing Systems"_s, u"NeurIPS"_s},
        {u"International Conference on Machine Learning"_s, u"ICML"_s},
        {u"Proceedings of the International Conference on Machine Learning"_s, u"ICML"_s},
        {u"International Conference on Learning Representations"_s, u"ICLR"_s},
        {u"Proceedings of the National Academy of Sciences"_s, u"PNAS"_s},
        {u"Conference on Computer Vision and Pattern Recognition"_s, u"CVPR"_s},
        {u"Annual Meeting of the Association for Computational Linguistics"_s, u"ACL"_s},
    });
}

QString VenueMap::apply(const QString &venue) const
{
    const QString v = venue.simplified();
    for (const auto &[longName, shortName] : m_entries) {
        // A prefix only counts for long names: "Neuron" must not claim "Neuron Reports".
        if (v.compare(longName, Qt::CaseInsensitive) == 0
            || (longName.size() >= 20 && v.startsWith(longName, Qt::CaseInsensitive)))
            return shortName;
    }
    return v;
}

EntryFields toEntryFields(const MetadataRecord &r, const EntryStyle &style)
{
    EntryFields f;
    f.authorNames = r.authors;
    f.authors = AuthorFormat::format(r.authors, style.authorStyle);
    f.title = r.title.simplified();
    f.doi = r.doi;
    f.arxivId = r.arxivId;
    if (r.year > 0) {
        f.year = r.year;
        f.yearText = QString::number(r.year);
    }
    const bool preprintServer = r.containerTitle.compare(u"bioRxiv"_s, Qt::CaseInsensitive) == 0
        || r.containerTitle.compare(u"medRxiv"_s, Qt::CaseInsensitive) == 0;
    if (r.source == MetadataRecord::Source::Arxiv) {
        // The list's form: the abstract page, without a version so it follows revisions.
        f.url = u"https://arxiv.org/abs/"_s + r.arxivId;
        f.venue = u"arXiv"_s;
    } else {
        f.url = !r.doi.isEmpty() ? u"https://doi.org/"_s + r.doi : r.url;
        if (preprintServer)
            f.venue = r.containerTitle.startsWith(u'm') || r.containerTitle.startsWith(u'M')
                ? u"medRxiv"_s
                : u"bioRxiv"_s;
        else
            f.venue = style.venues.apply(r.containerTitle.isEmpty() ? r.shortContainerTitle
                                                                    : r.containerTitle);
    }
    return f;
}

bool isPreprintVenue(const QString &venue)
{
    const QString v = venue.trimmed().toLower();
    for (const QString server : {u"arxiv"_s, u"biorxiv"_s, u"medrxiv"_s}) {
        if (v == server || v.startsWith(server + u' ') || v.startsWith(server + u':'))
            return true;
    }
    return v == u"preprint"_s;
}

QString publishedVersionNote(const MetadataRecord &r)
{
    if (r.source == MetadataRecord::Source::Arxiv
        && (!r.doi.isEmpty() || !r.journalRef.isEmpty())) {
        const QString where = !r.journalRef.isEmpty() ? r.journalRef : r.doi;
        return QCoreApplication::translate("Curator::Metadata",
                                           "This preprint has a published version: %1.")
            .arg(where);
    }
    if (!r.preprintOf.isEmpty()) {
        return QCoreApplication::translate("Curator::Metadata",
                                           "This preprint has a published version: DOI %1.")
            .arg(r.preprintOf.first());
    }
    return {};
}

QList<QPair<QString, QString>> venueMapOf(Store &store, qint64 listId)
{
    return store.venueMap(listId).value_or(VenueMap::defaults().entries());
}

EntryStyle entryStyleOf(Store &store, qint64 listId)
{
    EntryStyle style;
    if (const auto list = store.list(listId)) {
        style.authorStyle = AuthorFormat::styleFromKey(list->authorStyle);
        style.venues = VenueMap(venueMapOf(store, listId));
    }
    return style;
}

} // namespace Curator::Metadata
