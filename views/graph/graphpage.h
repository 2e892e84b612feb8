#pragma once

#include "graph/graphrequest.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace portolan {

class GraphFilterMenu;
class GraphView;
class StoreLane;
struct GraphResult;

// An entity's neighbourhood as an interactive graph: depth, direction and filters in a toolbar;
// building and layout run on the StoreLane (a newer request supersedes an older one), the UI
// thread only makes the items. Clicking an entity activates it; clicking "+N more" expands it.
class GraphPage final : public QWidget
{
    Q_OBJECT
public:
    explicit GraphPage(StoreLane &lane, QWidget *parent = nullptr);
    ~GraphPage() override;

    void showEntity(const EntityKey &key);
    EntityKey entity() const { return m_request.start; }
    bool isBusy() const { return m_busy; }
    // Writes the graph on show as .png or .svg (by the suffix); false when there is nothing to
    // write or the file could not be written.
    bool exportTo(const QString &path);
    GraphView *view() const { return m_view; }

Q_SIGNALS:
    void entityActivated(const portolan::EntityKey &key);
    void graphShown(); // after a snapshot is on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void request();
    void present(const GraphResult &result);
    void placeView();
    void onNodeActivated(int index);
    void exportWithDialog(const QString &suffix);

    StoreLane &m_lane;
    GraphRequest m_request;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    bool m_busy = false;
    bool m_shown = false;
    std::optional<EntityKey> m_keepInView; // an expanded hub: the view stays on it
    std::unique_ptr<GraphResult> m_result; // what is on screen, for redrawing in a new palette
    QLabel *m_title = nullptr;
    QSpinBox *m_depth = nullptr;
    QComboBox *m_direction = nullptr;
    GraphFilterMenu *m_blueprints = nullptr;
    GraphFilterMenu *m_relations = nullptr;
    GraphView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace portolan
