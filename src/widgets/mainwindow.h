#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Curator {

class Store;
class EntryTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reloadLists();

private:
    void showList(int comboIndex);
    void importReadme();
    void exportReadme();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    EntryTableModel *m_model;
};

} // namespace Curator
