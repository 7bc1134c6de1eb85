#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class LinkRulesDialog;
}

namespace Curator {

class Curation;

// A list's link ignore rules (issue 16) as the text they are, checked as they are typed: OK saves
// them as one undo step and is refused while a pattern is invalid. The rules can be written as a
// .lycheeignore file, so the list's own CI skips what the app skips.
class LinkRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkRulesDialog)

public:
    LinkRulesDialog(Curation &curation, qint64 listId, QWidget *parent = nullptr);
    ~LinkRulesDialog() override;

    QString text() const;
    void setText(const QString &text);
    // Why the rules as typed are refused, or nothing.
    QString error() const;

    // Writes the rules as typed as a .lycheeignore file; false (with a message) when it cannot.
    bool exportTo(const QString &path);
    // Beside the list's README when the list has a clone, else in the home folder.
    QString defaultExportPath() const;

    void accept() override;

private:
    void validate();
    void chooseExport();
    void warn(const QString &title, const QString &text);

    std::unique_ptr<Ui::LinkRulesDialog> m_ui;
    Curation &m_curation;
    qint64 m_listId;
    QString m_saved; // the rules as the store has them
    QPushButton *m_export = nullptr;
};

} // namespace Curator
