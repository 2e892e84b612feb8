#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace portolan {

class CatalogStore;
class EntityPageModel;
struct Blueprint;

// One blueprint's table with a free-text filter; rows load lazily, sorting runs in SQL.
class CatalogPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(CatalogStore &store, QWidget *parent = nullptr);
    void showBlueprint(const Blueprint &blueprint);

private:
    void updateCount();

    EntityPageModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace portolan
