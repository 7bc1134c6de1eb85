#pragma once

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class SettingsDialog;
}

namespace Curator {

class Store;
class TokenProvider;

// The app's settings (contact e-mail, language; kept in QSettings), a list's format (entry
// template, author style, venue short names) and repository link (kept in the store), and the
// GitHub token (kept in the system keychain, shown masked). Invalid values are explained
// and not saved: OK stays disabled.
// Four pages (General, List format, Repository, Account) keep the dialog within 600 pixels;
// the list the middle two show is chosen above them. Wrapped labels sit directly in a form row
// that has a label, a spacer at least: QFormLayout gives a wrapped label inside a nested layout,
// or alone in its row, the height of one line or of too many (issue 14).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Store &store, qint64 listId, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes what the dialog holds; false (with errorString()) when the store refused it.
    bool save();
    QString errorString() const { return m_error; }
    bool isValid() const;

    // The contact address as saved, for the look-up service.
    static QString contactEmail();

private:
    void loadList(int comboIndex);
    void storeListEdits();
    void refresh();
    void showToken();
    void setUpLanguageChoice(const QSettings &s);
    void setUpAuthorStyles();
    void setUpListChoice(qint64 listId);
    void connectListChoice();
    void connectRepositoryPage();
    void browseForClone();
    void connectTokenButtons();
    void askForToken();
    void connectListFormatPage();

    struct ListEdits;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Store &m_store;
    std::unique_ptr<QHash<qint64, ListEdits>> m_edits;
    qint64 m_shownList = 0;
    QString m_grammar; // the form the shown list's README entries share, or empty
    TokenProvider *m_tokens;
    QString m_error;
};

} // namespace Curator
