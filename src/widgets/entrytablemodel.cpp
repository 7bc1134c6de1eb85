#include "entrytablemodel.h"

#include "curation/curation.h"
#include "icons.h"
#include "links/linkstatus.h"
#include "links/linkstore.h"
#include "markdown/entryforms.h"
#include "markdown/readmereader.h"
#include "store/storeworker.h"
#include "updates/review.h"

#include <QApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QStyle>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

constexpr int PageSize = 200;
constexpr int CacheLimit = 4 * PageSize;

Store::Order orderOf(int column)
{
    switch (column) {
    case EntryTableModel::SectionColumn:
        return Store::Order::Section;
    case EntryTableModel::AuthorsColumn:
        return Store::Order::Authors;
    case EntryTableModel::TitleColumn:
        return Store::Order::Title;
    case EntryTableModel::VenueColumn:
        return Store::Order::Venue;
    case EntryTableModel::YearColumn:
        return Store::Order::Year;
    case EntryTableModel::IdentifierColumn:
        return Store::Order::Identifier;
    case EntryTableModel::UrlColumn:
        return Store::Order::Url;
    case EntryTableModel::AddedColumn:
        return Store::Order::Added;
    case EntryTableModel::LinkColumn:
        return Store::Order::LinkHealth;
    default:
        return Store::Order::Readme;
    }
}

// A tooltip is shown as rich text when it looks like markup, as a title "<b>…</b>" or "&lt;"
// from a deposit does: such a tip is escaped, so that the cell's text is what it shows.
QString plainTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace

EntryTableModel::EntryTableModel(Curation &curation, QObject *parent)
    : QAbstractTableModel(parent)
    , m_curation(curation)
{ }

QList<qint64> EntryTableModel::queryIds()
{
    if (!m_listId)
        return {};
    // The list's (or section's) ids in the shown order are kept; a search only filters them.
    if (!m_baseValid) {
        m_base = m_curation.store().entryIds(m_listId, m_sectionId, {}, m_order, m_direction);
        m_baseValid = true;
        ++m_baseGeneration;
    }
    return shownOf(m_base);
}

// The rows of `base` that the search and the broken-links filter let through.
QList<qint64> EntryTableModel::shownOf(const QList<qint64> &base) const
{
    const bool searching = !m_search.trimmed().isEmpty();
    if (!searching && !m_brokenLinksOnly)
        return base;
    const QList<qint64> matches
        = searching ? m_curation.store().matchingIds(m_search) : QList<qint64>();
    QList<qint64> out;
    for (qint64 id : base) {
        if (searching && !std::binary_search(matches.cbegin(), matches.cend(), id))
            continue;
        if (m_brokenLinksOnly) {
            const auto status = m_linkStatus.constFind(id);
            if (status == m_linkStatus.cend() || !Links::needsAttention(*status))
                continue;
        }
        out.push_back(id);
    }
    return out;
}

void EntryTableModel::setBrokenLinksOnly(bool only)
{
    if (only == m_brokenLinksOnly)
        return;
    m_brokenLinksOnly = only;
    // As another search would: one reset rather than many removals.
    beginResetModel();
    m_cache.clear();
    m_ids = queryIds();
    endResetModel();
}

void EntryTableModel::setFilter(qint64 listId, qint64 sectionId, const QString &search)
{
    const bool newList = listId != m_listId;
    if (newList || sectionId != m_sectionId)
        m_baseValid = false;
    m_listId = listId;
    m_sectionId = sectionId;
    m_search = search;
    if (newList) {
        reload(false);
        return;
    }
    // Another filter on the same rows: a reset is one signal, where an incremental update of a
    // 100,000-row list could be thousands.
    beginResetModel();
    m_cache.clear();
    m_ids = queryIds();
    endResetModel();
}

void EntryTableModel::refresh()
{
    reload(true);
}

void EntryTableModel::refreshThen(std::function<void()> shown)
{
    reload(true, std::move(shown));
}

void EntryTableModel::reload(bool inBackground, std::function<void()> shown)
{
    Store &store = m_curation.store();
    m_cache.clear();
    m_baseValid = false;
    const quint64 generation = ++m_baseGeneration;
    // After a change of the store (a sync, a drop, an undo) a large list's rows, section titles
    // and count are read on a worker: reading 100,000 ids in order takes ~40 ms and the counts
    // some 20 more, the window's longest pause otherwise. A new list (its size unknown yet), small
    // lists and searches (whose matching runs on this connection's full-text index) are read at
    // once.
    if (!inBackground || !m_listId || m_total < 5000 || !m_search.trimmed().isEmpty()) {
        applyReading(readList(store, m_listId, m_sectionId, m_order, m_direction, false));
        applyIds(queryIds());
        updateDuplicates();
        if (shown)
            shown();
        emit reloaded();
        return;
    }
    const qint64 list = m_listId;
    const qint64 section = m_sectionId;
    const Store::Order order = m_order;
    const Qt::SortOrder direction = m_direction;
    runOnStore(
        this, store,
        [list, section, order, direction](Store &own) {
            return readList(own, list, section, order, direction, true);
        },
        [](const QString &) { return Reading(); },
        [this, generation, shown](const Reading &reading) {
            if (generation != m_baseGeneration)
                return; // the filter, the order or the store changed since: a newer read counts
            applyReading(reading);
            m_base = reading.ids;
            m_baseValid = true;
            applyIds(shownOf(m_base));
            if (shown)
                shown();
            emit reloaded();
        });
    updateDuplicates();
}

EntryTableModel::Reading EntryTableModel::readList(Store &store, qint64 listId, qint64 sectionId,
                                                   Store::Order order, Qt::SortOrder direction,
                                                   bool withIds)
{
    Reading r;
    if (!listId)
        return r;
    for (const Section &s : store.sections(listId))
        r.sectionTitles.insert(s.id, s.title);
    r.total = store.entryCount(listId);
    r.linkStatus = Links::entryLinkStatus(store, listId);
    if (withIds)
        r.ids = store.entryIds(listId, sectionId, {}, order, direction);
    return r;
}

void EntryTableModel::applyReading(const Reading &reading)
{
    m_sectionTitles = reading.sectionTitles;
    m_total = reading.total;
    m_linkStatus = reading.linkStatus;
}

// Finding duplicates reads every entry of the list (~0.4 s for 100,000): small lists are checked
// at once, large ones on a worker thread with its own connection, and the marks follow.
void EntryTableModel::updateDuplicates()
{
    const quint64 generation = ++m_duplicateGeneration;
    if (!m_listId) {
        m_duplicates.clear();
        return;
    }
    if (m_total < 5000) {
        setDuplicates(m_curation.store().duplicateIds(m_listId), generation);
        return;
    }
    const qint64 listId = m_listId;
    runOnStore(
        this, m_curation.store(), [listId](Store &store) { return store.duplicateIds(listId); },
        [](const QString &) { return QSet<qint64>(); },
        [this, generation](const QSet<qint64> &found) { setDuplicates(found, generation); });
}

void EntryTableModel::setDuplicates(const QSet<qint64> &ids, quint64 generation)
{
    if (generation != m_duplicateGeneration || ids == m_duplicates)
        return;
    m_duplicates = ids;
    if (!m_ids.isEmpty()) {
        emit dataChanged(
            index(0, TitleColumn), index(rowCount() - 1, TitleColumn),
            {Qt::DecorationRole, Qt::ToolTipRole, DuplicateRole, Qt::AccessibleDescriptionRole});
    }
}

// Turns the old rows into the new ones with the smallest signal the change allows, so views keep
// their selection and scroll position: rows removed, rows inserted, or a reordering.
void EntryTableModel::applyIds(const QList<qint64> &ids)
{
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // True when `small` is `big` with a few runs of rows taken out (more runs than a few: a
    // reset is cheaper for the views than many separate signals).
    auto isSubsequence = [](const QList<qint64> &small, const QList<qint64> &big) {
        qsizetype j = 0;
        int runs = 0;
        bool inRun = false;
        for (qsizetype i = 0; i < big.size(); ++i) {
            if (j < small.size() && big[i] == small[j]) {
                ++j;
                inRun = false;
            } else if (!inRun) {
                inRun = true;
                if (++runs > 32)
                    return false;
            }
        }
        return j == small.size();
    };
    if (ids.size() < m_ids.size() && isSubsequence(ids, m_ids)) {
        // Remove runs from the end so earlier row numbers stay valid.
        qsizetype j = ids.size() - 1;
        for (qsizetype i = m_ids.size() - 1; i >= 0;) {
            if (j >= 0 && m_ids[i] == ids[j]) {
                --i;
                --j;
                continue;
            }
            qsizetype first = i;
            while (first > 0 && (j < 0 || m_ids[first - 1] != ids[j]))
                --first;
            beginRemoveRows({}, int(first), int(i));
            m_ids.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
    } else if (ids.size() > m_ids.size() && isSubsequence(m_ids, ids)) {
        qsizetype i = 0;
        for (qsizetype j = 0; j < ids.size();) {
            if (i < m_ids.size() && m_ids[i] == ids[j]) {
                ++i;
                ++j;
                continue;
            }
            qsizetype last = j;
            while (last + 1 < ids.size() && (i >= m_ids.size() || ids[last + 1] != m_ids[i]))
                ++last;
            beginInsertRows({}, int(i), int(i + last - j));
            for (qsizetype k = j; k <= last; ++k)
                m_ids.insert(i + (k - j), ids[k]);
            endInsertRows();
            i += last - j + 1;
            j = last + 1;
        }
    } else if (ids.size() == m_ids.size()
               && QSet<qint64>(ids.begin(), ids.end())
                   == QSet<qint64>(m_ids.begin(), m_ids.end())) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QHash<qint64, int> newRow;
        for (qsizetype r = 0; r < ids.size(); ++r)
            newRow.insert(ids[r], int(r));
        QModelIndexList after;
        for (const QModelIndex &p : before)
            after << index(newRow.value(m_ids.at(p.row())), p.column());
        m_ids = ids;
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    }
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 EntryTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int EntryTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const Entry *EntryTableModel::cached(int row) const
{
    const qint64 id = idAt(row);
    if (!id)
        return nullptr;
    auto it = m_cache.constFind(id);
    if (it != m_cache.constEnd())
        return &*it;
    // Read the page around the row in one query.
    if (m_cache.size() > CacheLimit)
        m_cache.clear();
    const int from = std::max(0, row - PageSize / 4);
    const QList<qint64> page = m_ids.mid(from, PageSize);
    for (const Entry &e : m_curation.store().entriesByIds(page))
        m_cache.insert(e.id, e);
    it = m_cache.constFind(id);
    return it != m_cache.constEnd() ? &*it : nullptr;
}

std::optional<Entry> EntryTableModel::entryAt(int row) const
{
    if (const Entry *e = cached(row))
        return *e;
    return std::nullopt;
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == EntryIdRole)
        return idAt(index.row());
    const Entry *e = cached(index.row());
    if (!e)
        return {};
    const bool duplicate = m_duplicates.contains(e->id);
    switch (role) {
    case SectionIdRole:
        return e->sectionId;
    case DuplicateRole:
        return duplicate;
    case NeedsReviewRole:
        return e->needsReview;
    case LinkVerdictRole:
        if (const auto status = m_linkStatus.constFind(e->id); status != m_linkStatus.cend())
            return Links::verdictKey(status->verdict);
        return QString();
    case NoticeRole:
        if (const auto flag = Updates::noticeFlagOf(e->tags, e->notes))
            return flag->tag;
        return QString();
    case Qt::DecorationRole:
        if (index.column() == LinkColumn)
            return linkData(*e, role);
        // A retracted paper outweighs a duplicate: it may have to go.
        if (index.column() == TitleColumn && Updates::noticeFlagOf(e->tags, e->notes))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (index.column() == TitleColumn && (duplicate || e->needsReview)) {
            return QApplication::style()->standardIcon(
                duplicate ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(index, *e, duplicate);
    case Qt::AccessibleDescriptionRole:
        if (const auto flag = Updates::noticeFlagOf(e->tags, e->notes);
            flag && index.column() == TitleColumn)
            return Updates::flagName(flag->tag);
        if (index.column() == TitleColumn && duplicate)
            return tr("duplicate");
        return {};
    case Qt::FontRole:
        if (e->dirty && index.column() == TitleColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case EditTextRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case SectionColumn:
            return e->sectionId;
        case YearColumn:
            return e->fields.yearText;
        default:
            break;
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    return displayText(index.column(), *e);
}

QVariant EntryTableModel::toolTip(const QModelIndex &index, const Entry &e, bool duplicate) const
{
    if (index.column() == LinkColumn)
        return linkData(e, Qt::ToolTipRole);
    if (index.column() == TitleColumn) {
        QStringList tips{e.fields.title};
        if (const auto flag = Updates::noticeFlagOf(e.tags, e.notes)) {
            tips << (flag->note.isEmpty()
                         ? tr("%1 (tagged).").arg(Updates::flagName(flag->tag))
                         : tr("%1: %2").arg(Updates::flagName(flag->tag), flag->note));
        }
        if (duplicate)
            tips << tr("Duplicate: another entry of this list has the same DOI, arXiv id or "
                       "title.");
        if (e.needsReview)
            tips << tr("Needs review: filled in without a look-up.");
        if (e.dirty)
            tips << tr("Edited since the last export.");
        return plainTip(tips.join(u'\n'));
    }
    // The link's cell also names the entry's other links (code, project page …) as the
    // README has them.
    if (index.column() == UrlColumn) {
        QStringList tips{e.fields.url};
        for (const Markdown::ExtraLink &l : Markdown::extraLinksOf(e.raw, e.fields.url)) {
            if (!l.badge)
                tips << (l.label.isEmpty() ? l.url : tr("%1: %2").arg(l.label, l.url));
        }
        return plainTip(tips.join(u'\n'));
    }
    // Long cells are elided in the table: the tooltip shows them whole.
    if (const QVariant text = data(index, Qt::DisplayRole); text.isValid())
        return plainTip(text.toString());
    return {};
}

QVariant EntryTableModel::displayText(int column, const Entry &e) const
{
    switch (Column(column)) {
    case SectionColumn:
        return m_sectionTitles.value(e.sectionId);
    case AuthorsColumn:
        return e.fields.authors;
    case TitleColumn:
        return e.fields.title;
    case VenueColumn:
        return e.fields.venue;
    case YearColumn:
        return e.fields.yearText.isEmpty() && e.fields.year ? QString::number(e.fields.year)
                                                            : e.fields.yearText;
    case IdentifierColumn:
        if (!e.fields.arxivId.isEmpty())
            return tr("arXiv %1").arg(e.fields.arxivId);
        if (!e.fields.doi.isEmpty())
            return tr("DOI %1").arg(e.fields.doi);
        return {};
    case UrlColumn:
        return e.fields.url;
    case AddedColumn:
        return QLocale().toString(e.created.date(), QLocale::ShortFormat);
    case LinkColumn:
        return linkData(e, Qt::DisplayRole);
    case ColumnCount:
        break;
    }
    return {};
}

// The last check of the entry's own link: its state, an icon, and what was found in the tip.
QVariant EntryTableModel::linkData(const Entry &e, int role) const
{
    const auto status = m_linkStatus.constFind(e.id);
    if (status == m_linkStatus.cend()) {
        if (role == Qt::ToolTipRole && !e.fields.url.isEmpty())
            return tr("Not checked yet (Tools → Check Links).");
        return {};
    }
    const Links::CheckedLink &c = *status;
    switch (role) {
    case Qt::DisplayRole:
        return Links::statusName(c);
    case Qt::DecorationRole:
        return linkStatusIcon(c);
    case Qt::ToolTipRole: {
        QStringList tips{c.code ? tr("%1 (HTTP %2)").arg(Links::statusName(c)).arg(c.code)
                                : Links::statusName(c),
                         c.url};
        if (!c.finalUrl.isEmpty() && c.finalUrl != c.url)
            tips << tr("Leads to %1").arg(c.finalUrl);
        if (!c.message.isEmpty())
            tips << c.message;
        if (c.archived)
            tips << tr("The repository is archived by its owner.");
        tips << tr("Checked %1")
                    .arg(QLocale().toString(c.checked.toLocalTime(), QLocale::ShortFormat));
        return plainTip(tips.join(u'\n'));
    }
    default:
        return {};
    }
}

bool EntryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Entry *cur = cached(index.row());
    if (!cur)
        return false;
    Entry e = *cur;
    const QString text = value.toString();
    switch (Column(index.column())) {
    case SectionColumn: {
        const qint64 section = value.toLongLong();
        if (!section || section == e.sectionId)
            return false;
        return m_curation.moveEntriesToSection({e.id}, section);
    }
    case AuthorsColumn:
        e.fields.authors = text.simplified();
        e.fields.authorNames.clear();
        break;
    case TitleColumn:
        if (text.trimmed().isEmpty())
            return false;
        e.fields.title = text.simplified();
        break;
    case VenueColumn:
        e.fields.venue = text.simplified();
        break;
    case YearColumn:
        e.fields.yearText = text.simplified();
        e.fields.year = Markdown::yearFrom(e.fields.yearText);
        break;
    case UrlColumn: {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        if (!text.trimmed().isEmpty()
            && (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
                || url.host().isEmpty()))
            return false;
        e.fields.url = text.trimmed();
        break;
    }
    default:
        return false;
    }
    if (e.fields == cur->fields)
        return false;
    return m_curation.editEntry(e.id, e.fields);
}

Qt::ItemFlags EntryTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return isReadmeOrder() ? f | Qt::ItemIsDropEnabled : f;
    f |= Qt::ItemIsDragEnabled;
    if (isReadmeOrder())
        f |= Qt::ItemIsDropEnabled;
    switch (Column(index.column())) {
    case SectionColumn:
    case AuthorsColumn:
    case TitleColumn:
    case VenueColumn:
    case YearColumn:
    case UrlColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == TitleColumn)
        return tr("A warning sign marks duplicates; italics, entries edited since the last "
                  "export.");
    if (role == Qt::ToolTipRole && section == LinkColumn)
        return tr("What the last link check found at the entry's link (Tools → Check Links); "
                  "sorted worst first.");
    if (role != Qt::DisplayRole)
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
    case AddedColumn:
        return tr("Added");
    case LinkColumn:
        return tr("Link");
    case ColumnCount:
        break;
    }
    return {};
}

void EntryTableModel::sort(int column, Qt::SortOrder order)
{
    // Column -1 is the README's own order.
    m_order = column < 0 ? Store::Order::Readme : orderOf(column);
    m_direction = order;
    m_cache.clear();
    m_baseValid = false;
    applyIds(queryIds());
}

QStringList EntryTableModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *EntryTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        const qint64 id = idAt(i.row());
        if (id && !ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    mime->setData(QString::fromLatin1(MimeType), bytes);
    QStringList titles;
    for (qint64 id : ids) {
        if (const Entry *e = cached(rowOf(id)))
            titles << e->fields.title;
    }
    mime->setText(titles.join(u'\n'));
    return mime;
}

QList<qint64> EntryTableModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return ids;
    QDataStream in(data->data(QString::fromLatin1(MimeType)));
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

Qt::DropActions EntryTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions EntryTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool EntryTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const
{
    // Reordering by hand only makes sense in the README's own order.
    return action == Qt::MoveAction && isReadmeOrder() && m_search.isEmpty()
        && !idsFromMime(data).isEmpty();
}

bool EntryTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const QList<qint64> ids = idsFromMime(data);
    // Dropped on a row: before it. Between rows: before the next one. At the end: after the last
    // row, in its section.
    int target = parent.isValid() ? parent.row() : row;
    qint64 beforeId = 0;
    qint64 section = m_sectionId;
    if (target >= 0 && target < rowCount()) {
        beforeId = idAt(target);
        if (const Entry *e = cached(target))
            section = e->sectionId;
    } else if (rowCount() > 0) {
        if (const Entry *e = cached(rowCount() - 1))
            section = e->sectionId;
    }
    if (!section)
        return false;
    if (ids.contains(beforeId) && ids.size() == 1)
        return false; // dropped onto itself
    m_curation.moveEntries(ids, section, beforeId);
    // The move is done and the rows refreshed: the view must not remove the dragged rows itself.
    return false;
}

} // namespace Curator
