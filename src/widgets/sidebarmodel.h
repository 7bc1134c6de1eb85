#pragma once

#include <QStandardItemModel>

namespace Curator {

class Curation;

// The store's lists, each with its sections and their entry counts. Entries dropped on a section
// move there.
class SidebarModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarModel)

public:
    enum Role { ListIdRole = Qt::UserRole + 1, SectionIdRole };

    explicit SidebarModel(Curation &curation, QObject *parent = nullptr);

    // Re-reads lists and sections, keeping the items (and so the selection) that remain.
    void refresh();
    QModelIndex indexOfList(qint64 listId) const;
    QModelIndex indexOfSection(qint64 sectionId) const;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    Curation &m_curation;
};

} // namespace Curator
