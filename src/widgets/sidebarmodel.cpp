#include "sidebarmodel.h"

#include "curation/curation.h"
#include "entrytablemodel.h"
#include "store/store.h"

#include <QFont>

namespace Curator {

SidebarModel::SidebarModel(Curation &curation, QObject *parent)
    : QStandardItemModel(parent)
    , m_curation(curation)
{
    setHorizontalHeaderLabels({tr("Lists")});
}

void SidebarModel::refresh()
{
    Store &store = m_curation.store();
    const QList<ListInfo> lists = store.lists();
    // Lists that are gone.
    for (int r = rowCount() - 1; r >= 0; --r) {
        const qint64 id = item(r)->data(ListIdRole).toLongLong();
        if (std::none_of(lists.begin(), lists.end(),
                         [id](const ListInfo &l) { return l.id == id; }))
            removeRow(r);
    }
    for (int i = 0; i < lists.size(); ++i) {
        const ListInfo &l = lists.at(i);
        QStandardItem *listItem = nullptr;
        for (int r = 0; r < rowCount(); ++r) {
            if (item(r)->data(ListIdRole).toLongLong() == l.id)
                listItem = item(r);
        }
        if (!listItem) {
            listItem = new QStandardItem;
            listItem->setData(l.id, ListIdRole);
            listItem->setEditable(false);
            listItem->setDropEnabled(false);
            QFont bold = listItem->font();
            bold.setBold(true);
            listItem->setFont(bold);
            insertRow(std::min(i, rowCount()), listItem);
        }
        listItem->setText(tr("%1 (%2)").arg(l.name).arg(l.entryCount));
        listItem->setToolTip(l.sourcePath.isEmpty() ? l.name
                                                    : tr("%1\nfrom %2").arg(l.name, l.sourcePath));
        listItem->setData(tr("List %1, %n entries", nullptr, l.entryCount).arg(l.name),
                          Qt::AccessibleTextRole);

        // Sections: rebuilt in place; ids change only when the README is imported again.
        const QList<Section> sections = store.sections(l.id);
        while (listItem->rowCount() > sections.size())
            listItem->removeRow(listItem->rowCount() - 1);
        for (int s = 0; s < sections.size(); ++s) {
            const Section &sec = sections.at(s);
            QStandardItem *child = listItem->child(s);
            if (!child) {
                child = new QStandardItem;
                child->setEditable(false);
                child->setDropEnabled(true);
                listItem->appendRow(child);
            }
            // Nested headings are indented by their level below the top one.
            const QString indent(std::max(0, sec.level - sections.first().level) * 2, u' ');
            child->setText(tr("%1%2 (%3)").arg(indent, sec.title).arg(sec.entryCount));
            child->setData(l.id, ListIdRole);
            child->setData(sec.id, SectionIdRole);
            child->setData(tr("Section %1, %n entries", nullptr, sec.entryCount).arg(sec.title),
                           Qt::AccessibleTextRole);
            child->setToolTip(tr("Drop entries here to move them to \"%1\".").arg(sec.title));
        }
    }
}

QModelIndex SidebarModel::indexOfList(qint64 listId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r)->data(ListIdRole).toLongLong() == listId)
            return index(r, 0);
    }
    return {};
}

QModelIndex SidebarModel::indexOfSection(qint64 sectionId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        QStandardItem *l = item(r);
        for (int s = 0; s < l->rowCount(); ++s) {
            if (l->child(s)->data(SectionIdRole).toLongLong() == sectionId)
                return l->child(s)->index();
        }
    }
    return {};
}

QStringList SidebarModel::mimeTypes() const
{
    return {QString::fromLatin1(EntryTableModel::MimeType)};
}

Qt::DropActions SidebarModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool SidebarModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                   const QModelIndex &parent) const
{
    // Only onto a section itself, not between items.
    return row < 0 && parent.data(SectionIdRole).toLongLong() != 0
        && !EntryTableModel::idsFromMime(data).isEmpty();
}

bool SidebarModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    m_curation.moveEntriesToSection(EntryTableModel::idsFromMime(data),
                                    parent.data(SectionIdRole).toLongLong());
    return false; // moved by the store; nothing for the source view to remove
}

} // namespace Curator
