#pragma once

#include "entry.h"

#include <QAbstractTableModel>

namespace Curator {

class Store;

// The entries of one list, in README order, as table rows.
class EntryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryTableModel)

public:
    enum Column {
        SectionColumn,
        AuthorsColumn,
        TitleColumn,
        VenueColumn,
        YearColumn,
        IdentifierColumn,
        UrlColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, SortRole };

    explicit EntryTableModel(Store &store, QObject *parent = nullptr);

    void setList(qint64 listId);
    qint64 listId() const { return m_listId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
    qint64 m_listId = 0;
    QList<Entry> m_entries;
    QHash<qint64, QString> m_sectionTitles;
};

} // namespace Curator
