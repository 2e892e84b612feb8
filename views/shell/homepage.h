#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTreeWidget;

namespace portolan {

class CatalogStore;

// The landing page: how big the catalog is, per blueprint, and what changed last.
class HomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(CatalogStore &store, QWidget *parent = nullptr);
    void refresh();

private:
    CatalogStore &m_store;
    QLabel *m_summary = nullptr;
    QGridLayout *m_cards = nullptr;
    QTreeWidget *m_recent = nullptr;
};

} // namespace portolan
