#pragma once

#include <QMainWindow>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace portolan {

class CatalogStore;
class CatalogPage;
class HomePage;

// The portal window: a sidebar (Home, then a catalog page per blueprint) and the page it selects.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CatalogStore &store, QWidget *parent = nullptr);

    // Selects Home (-1) or the catalog page of the `index`-th blueprint.
    void showPage(int blueprintIndex);
    int blueprintCount() const;
    // The page on show (for tests and screenshots).
    QWidget *currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildSidebar();
    void onItemSelected(QTreeWidgetItem *item);

    CatalogStore &m_store;
    QTreeWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    HomePage *m_home = nullptr;
    CatalogPage *m_catalog = nullptr;
    QTreeWidgetItem *m_catalogFolder = nullptr;
};

} // namespace portolan
