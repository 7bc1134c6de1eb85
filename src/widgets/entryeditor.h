#pragma once

#include "entry.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class EntryEditor;
}

namespace Curator {

// Edits one entry's fields, notes, tags and PDF, with a live preview of the markdown line the
// entry is written as. OK stays disabled while a field holds something the README must not get.
class EntryEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryEditor)

public:
    explicit EntryEditor(QWidget *parent = nullptr);
    ~EntryEditor() override;

    void setSections(const QList<Section> &sections);
    void setEntryTemplate(const QString &entryTemplate); // empty: the default template
    void setEntry(const Entry &entry);
    // The entry given to setEntry() with the edited values. Fields the user did not touch keep
    // their exact stored value, so an unedited entry comes back unchanged.
    Entry entry() const;
    bool isValid() const;

private:
    void selectSection(qint64 sectionId);
    void refresh();
    void browsePdf();
    void shortenIdentifier(bool doi);

    std::unique_ptr<Ui::EntryEditor> m_ui;
    Entry m_entry;
    QString m_template;
    QHash<const QWidget *, QString> m_toolTips; // as the form has them, shown while valid
};

} // namespace Curator
