#pragma once

#include "place.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTreeWidget;

namespace portolan {

class StoreLane;

// The landing page: how big the catalog is, per blueprint (a card opens its table), and what
// changed last (a row opens the entity). Loaded on a StoreLane.
class HomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(StoreLane &lane, QWidget *parent = nullptr);
    void refresh();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void placeRequested(const portolan::Place &place);
    void loaded();

private:
    struct Snapshot;
    void show(const Snapshot &snapshot);

    StoreLane &m_lane;
    QLabel *m_summary = nullptr;
    QGridLayout *m_cards = nullptr;
    QTreeWidget *m_recent = nullptr;
    bool m_loading = false;
};

} // namespace portolan
