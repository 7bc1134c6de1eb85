#pragma once

#include "entry.h"
#include "links/linkcheck.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace Curator {

class Curation;

// The entries of one list as table rows. Only ids are held for all rows (100,000 ids are under
// 1 MB); the entries themselves are read from the store a page at a time as the view asks for
// them, so the first paint and scrolling do not depend on the list's size. Sorting by a column
// is done by the store (SQL ORDER BY); README order is the default.
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
        AddedColumn,
        LinkColumn, // the last check of the entry's own link
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        SectionIdRole,
        DuplicateRole,
        NeedsReviewRole,
        EditTextRole, // the raw value an editor starts from (year text, URL)
        LinkVerdictRole, // verdictKey() of the last check of the entry's link; empty: never
        NoticeRole, // "retracted", "withdrawn", "expression-of-concern" (its tag), else empty
    };
    static constexpr const char *MimeType = "application/x-awesome-curator-entry-ids";

    explicit EntryTableModel(Curation &curation, QObject *parent = nullptr);

    // What is shown: a list, optionally one of its sections, optionally a full-text search.
    void setFilter(qint64 listId, qint64 sectionId, const QString &search);
    qint64 listId() const { return m_listId; }
    qint64 sectionId() const { return m_sectionId; }
    QString search() const { return m_search; }
    bool isReadmeOrder() const { return m_order == Store::Order::Readme; }
    int totalInList() const { return m_total; }
    // Only the entries whose link the last check found broken or a soft 404.
    void setBrokenLinksOnly(bool only);
    bool brokenLinksOnly() const { return m_brokenLinksOnly; }

    // Re-reads the rows after the store changed, keeping selections where the rows remain.
    void refresh();
    // The same, then `shown` once the new rows are in the model (at once for a small list; for a
    // large one when the worker's reading arrived, and not at all when a newer one overtook it).
    void refreshThen(std::function<void()> shown);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    std::optional<Entry> entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QList<qint64> idsFromMime(const QMimeData *data);

signals:
    // The rows, the section titles and the list's count were read anew (after a large list's
    // worker answered, or at once).
    void reloaded();

private:
    // Re-reads the rows; a large list's (without a search) on a worker, with the old rows shown
    // until the new ones arrive.
    void reload(bool inBackground, std::function<void()> shown = {});
    struct Reading
    {
        QHash<qint64, QString> sectionTitles;
        int total = 0;
        QList<qint64> ids; // when read on a worker
        QHash<qint64, Links::CheckedLink> linkStatus;
    };
    static Reading readList(Store &store, qint64 listId, qint64 sectionId, Store::Order order,
                            Qt::SortOrder direction, bool withIds);
    void applyReading(const Reading &reading);
    QList<qint64> queryIds();
    QList<qint64> shownOf(const QList<qint64> &base) const;
    const Entry *cached(int row) const;
    QVariant toolTip(const QModelIndex &index, const Entry &e, bool duplicate) const;
    QVariant displayText(int column, const Entry &e) const;
    QVariant linkData(const Entry &e, int role) const;
    void applyIds(const QList<qint64> &ids);
    void updateDuplicates();
    void setDuplicates(const QSet<qint64> &ids, quint64 generation);

    Curation &m_curation;
    qint64 m_listId = 0;
    qint64 m_sectionId = 0;
    QString m_search;
    Store::Order m_order = Store::Order::Readme;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    QList<qint64> m_ids;
    QList<qint64> m_base; // the ids before the search filters them
    bool m_baseValid = false;
    int m_total = 0;
    QHash<qint64, QString> m_sectionTitles;
    QHash<qint64, Links::CheckedLink> m_linkStatus;
    bool m_brokenLinksOnly = false;
    QSet<qint64> m_duplicates;
    quint64 m_duplicateGeneration = 0;
    quint64 m_baseGeneration = 0; // bumped whenever m_base is recomputed or invalidated
    // A window of entries around what the view last asked for.
    mutable QHash<qint64, Entry> m_cache;
};

} // namespace Curator
