#include "entrydelegate.h"

#include "entrytablemodel.h"
#include "store/store.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolTip>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Curator {

EntryDelegate::EntryDelegate(Store &store, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
{ }

bool EntryDelegate::isAcceptableUrl(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    const QUrl url(t, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        && !url.host().isEmpty();
}

QWidget *EntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (index.column()) {
    case EntryTableModel::SectionColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Section"));
        const qint64 section = index.data(EntryTableModel::SectionIdRole).toLongLong();
        if (const auto s = m_store.section(section)) {
            for (const Section &sec : m_store.sections(s->listId))
                combo->addItem(sec.title, sec.id);
        }
        return combo;
    }
    case EntryTableModel::YearColumn: {
        // One free-text editor for every row: "2025" may become "ICML 2025" (a spin box for
        // plain years dropped the letters).
        auto *edit = new QLineEdit(parent);
        edit->setAccessibleName(tr("Year"));
        edit->setToolTip(tr("A year, or what stands in the parentheses, such as \"NAACL 2025\"."));
        // Parentheses would end the year's group early in the README.
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[^()\\n]*"_s), edit));
        return edit;
    }
    case EntryTableModel::UrlColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setAccessibleName(tr("URL"));
        edit->setToolTip(tr("An http or https address."));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void EntryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(EntryTableModel::SectionIdRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (index.column() == EntryTableModel::UrlColumn) {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        if (edit && !isAcceptableUrl(edit->text())) {
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())),
                               tr("Not changed: only http and https addresses are written as "
                                  "links."),
                               edit);
            return;
        }
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Curator
