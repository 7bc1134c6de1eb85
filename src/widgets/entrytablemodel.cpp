#include "entrytablemodel.h"

#include "store/store.h"

namespace Curator {

EntryTableModel::EntryTableModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void EntryTableModel::setList(qint64 listId)
{
    beginResetModel();
    m_listId = listId;
    m_entries = listId ? m_store.entries(listId) : QList<Entry>();
    m_sectionTitles.clear();
    for (const Section &s : m_store.sections(listId))
        m_sectionTitles.insert(s.id, s.title);
    endResetModel();
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case SectionColumn:
        return m_sectionTitles.value(e.sectionId);
    case AuthorsColumn:
        return e.fields.authors;
    case TitleColumn:
        return e.fields.title;
    case VenueColumn:
        return e.fields.venue;
    case YearColumn:
        if (role == SortRole)
            return e.fields.year;
        return e.fields.yearText;
    case IdentifierColumn:
        if (!e.fields.arxivId.isEmpty())
            return tr("arXiv %1").arg(e.fields.arxivId);
        if (!e.fields.doi.isEmpty())
            return tr("DOI %1").arg(e.fields.doi);
        return {};
    case UrlColumn:
        return e.fields.url;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SectionColumn:
        return tr("Section");
    case AuthorsColumn:
        return tr("Authors");
    case TitleColumn:
        return tr("Title");
    case VenueColumn:
        return tr("Venue");
    case YearColumn:
        return tr("Year");
    case IdentifierColumn:
        return tr("Identifier");
    case UrlColumn:
        return tr("URL");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Curator
