#pragma once

#include "entry.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Ui {
class EntryEditor;
}

namespace Curator {

class Store;

namespace Metadata {
class Resolver;
struct LookupResult;
struct EntryStyle;
} // namespace Metadata

// Edits one entry's fields, notes, tags and PDF, with a live preview of the markdown line the
// entry is written as. OK stays disabled while a field holds something the README must not get.
// Enter in the look-up field only ever looks up: it never presses OK.
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

    // Turns on the look-up row: pasted identifiers are fetched through `resolver` (a core
    // service; the dialog itself does no network work) and become fields in the list's style.
    void setResolver(Metadata::Resolver *resolver, const Metadata::EntryStyle &style);
    // Says where the entry will go: called with the entry as it stands, returns a sentence.
    void setPlacementHint(std::function<QString(const Entry &)> hint);
    // Starts a look-up of what the look-up field holds (the Fetch button); it asks the
    // service again rather than the cache (the Refresh button, `bypassCache`).
    void fetch(bool bypassCache = false);
    bool isFetching() const { return m_batch != 0; }

    // Turns on the duplicate check against the list `listId` of `store` (Store::duplicatesOf):
    // as soon as the DOI, arXiv ID or title make the entry a paper the list already has, a
    // warning line names that entry, and OK asks before going on. `store` must outlive the
    // dialog.
    void setDuplicateCheck(Store *store, qint64 listId);
    // The entries of the list that are the same paper as the entry as it stands.
    QList<qint64> duplicates() const { return m_duplicates; }

    // With a duplicate, asks first; "No" leaves the dialog open with everything as typed.
    void accept() override;

signals:
    // The user asked to see the entry of the list that the edited one duplicates.
    void showExistingEntry(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectSection(qint64 sectionId);
    void refresh();
    void browsePdf();
    void shortenIdentifier(bool doi);
    void recognize();
    void lookupFinished(quint64 batch, int index, const Metadata::LookupResult &result);
    void fill(const EntryFields &fields, bool ask);
    void usePublishedVersion();
    void setLookupStatus(const QString &text, bool problem);
    void checkDuplicates(const EntryFields &fields);

    std::unique_ptr<Ui::EntryEditor> m_ui;
    Entry m_entry;
    QString m_template;
    QHash<const QWidget *, QString> m_toolTips; // as the form has them, shown while valid
    Metadata::Resolver *m_resolver = nullptr;
    std::unique_ptr<Metadata::EntryStyle> m_style;
    std::function<QString(const Entry &)> m_placementHint;
    quint64 m_batch = 0; // the look-up under way
    bool m_publishedLookup = false; // it is for the published version of a preprint
    QString m_publishedDoi;
    QList<PersonName> m_fetchedNames; // for the author text they were formatted into
    QString m_fetchedAuthors;
    bool m_statusIsProblem = false; // the look-up status line shows a problem
    Store *m_store = nullptr;
    qint64 m_listId = 0;
    QString m_duplicateKey; // the DOI, arXiv and title keys m_duplicates was found for
    QList<qint64> m_duplicates;
};

} // namespace Curator
