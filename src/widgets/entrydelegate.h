#pragma once

#include <QStyledItemDelegate>

namespace Curator {

class Store;

// Editors for the table's cells: the section as a combo box of the list's sections, the year as
// a spin box (or free text such as "NAACL 2025"), the URL checked before it is accepted.
class EntryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDelegate)

public:
    explicit EntryDelegate(Store &store, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // True for an empty URL or an http(s) URL with a host.
    static bool isAcceptableUrl(const QString &text);

private:
    Store &m_store;
};

} // namespace Curator
