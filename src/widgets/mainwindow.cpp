#include "mainwindow.h"

#include "entrytablemodel.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "ui_mainwindow.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace Curator {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_model(new EntryTableModel(store, this))
{
    m_ui->setupUi(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(EntryTableModel::SortRole);
    m_ui->entryTable->setModel(proxy);
    // README order until the user clicks a header.
    proxy->sort(-1);
    m_ui->entryTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->entryTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *header = m_ui->entryTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EntryTableModel::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_ui->entryTable->setColumnWidth(EntryTableModel::SectionColumn, 8 * em);
    m_ui->entryTable->setColumnWidth(EntryTableModel::AuthorsColumn, 16 * em);
    m_ui->entryTable->setColumnWidth(EntryTableModel::VenueColumn, 10 * em);
    m_ui->entryTable->setColumnWidth(EntryTableModel::YearColumn, 5 * em);
    m_ui->entryTable->setColumnWidth(EntryTableModel::IdentifierColumn, 11 * em);
    m_ui->entryTable->setColumnWidth(EntryTableModel::UrlColumn, 12 * em);

    connect(m_ui->listCombo, &QComboBox::currentIndexChanged, this, &MainWindow::showList);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importReadme);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportReadme);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    reloadLists();
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadLists()
{
    const QSignalBlocker block(m_ui->listCombo);
    m_ui->listCombo->clear();
    for (const ListInfo &l : m_store.lists())
        m_ui->listCombo->addItem(tr("%1 (%n entries)", nullptr, l.entryCount).arg(l.name), l.id);
    showList(m_ui->listCombo->currentIndex());
}

void MainWindow::showList(int comboIndex)
{
    const qint64 id = comboIndex >= 0 ? m_ui->listCombo->itemData(comboIndex).toLongLong() : 0;
    m_model->setList(id);
    statusBar()->showMessage(
        tr("%n entries — store: %1", nullptr, m_model->rowCount()).arg(m_store.path()));
}

void MainWindow::importReadme()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import README"), QString(), tr("Markdown (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return;
    const ImportReport r = importReadmeFile(m_store, path, {});
    if (!r.ok) {
        QMessageBox::warning(this, tr("Import failed"),
                             r.errorLine > 0 ? tr("Line %1: %2").arg(r.errorLine).arg(r.error)
                                             : r.error);
        return;
    }
    reloadLists();
    m_ui->listCombo->setCurrentIndex(m_ui->listCombo->findData(r.listId));
}

void MainWindow::exportReadme()
{
    const qint64 id = m_model->listId();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export README"), QStringLiteral("README.md"), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReadmeToFile(m_store, id, path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

} // namespace Curator
