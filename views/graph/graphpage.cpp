#include "graphpage.h"

#include "graphexport.h"
#include "graphfiltermenu.h"
#include "graphnodeitem.h"
#include "graphresult.h"
#include "graphscene.h"
#include "graphview.h"
#include "store/storelane.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {
// Below this zoom a fitted graph is unreadable: show the start at a readable size instead.
constexpr double kReadableZoom = 0.6;
constexpr double kStartZoom = 0.85;
} // namespace

GraphPage::GraphPage(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(6);
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    buildToolBar();
    m_view = new GraphView;
    layout->addWidget(m_view, 1);
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_view, &GraphView::nodeActivated, this, &GraphPage::onNodeActivated);
}

GraphPage::~GraphPage()
{
    ++*m_generation; // a walk still running on the lane stops at its next entity
}

void GraphPage::buildToolBar()
{
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(new QLabel(tr("Depth ")));
    m_depth = new QSpinBox;
    m_depth->setRange(0, 10);
    m_depth->setSpecialValueText(tr("All"));
    m_depth->setValue(m_request.depth);
    m_depth->setToolTip(tr("Relation hops from the entity (the lowest value, All, follows every hop)"));
    bar->addWidget(m_depth);
    bar->addSeparator();
    m_direction = new QComboBox;
    m_direction->addItem(tr("Upstream"), int(GraphDirection::Upstream));
    m_direction->addItem(tr("Downstream"), int(GraphDirection::Downstream));
    m_direction->addItem(tr("Both directions"), int(GraphDirection::Both));
    m_direction->setCurrentIndex(m_direction->findData(int(m_request.direction)));
    m_direction->setToolTip(tr("Downstream: what the entity points at; upstream: what points at it"));
    bar->addWidget(m_direction);
    m_blueprints = new GraphFilterMenu(tr("Blueprints"));
    m_relations = new GraphFilterMenu(tr("Relations"));
    bar->addWidget(m_blueprints);
    bar->addWidget(m_relations);
    bar->addSeparator();
    bar->addAction(tr("Fit"), this, [this] { m_view->fitGraph(); });
    bar->addAction(tr("Zoom in"), this, [this] { m_view->zoomBy(1.25); });
    bar->addAction(tr("Zoom out"), this, [this] { m_view->zoomBy(0.8); });
    bar->addSeparator();
    bar->addAction(tr("Export PNG…"), this, [this] { exportWithDialog(u"png"_s); });
    bar->addAction(tr("Export SVG…"), this, [this] { exportWithDialog(u"svg"_s); });
    layout()->addWidget(bar);
    const auto changed = [this] {
        m_request.expanded.clear();
        m_keepInView.reset();
        request();
    };
    connect(m_depth, &QSpinBox::valueChanged, this, changed);
    connect(m_direction, &QComboBox::currentIndexChanged, this, changed);
    connect(m_blueprints, &GraphFilterMenu::changed, this, changed);
    connect(m_relations, &GraphFilterMenu::changed, this, changed);
}

void GraphPage::showEntity(const EntityKey &key)
{
    m_request.start = key;
    m_request.expanded.clear();
    m_keepInView.reset();
    m_shown = false;
    request();
}

void GraphPage::request()
{
    if (m_request.start.identifier.isEmpty())
        return;
    m_request.depth = m_depth->value();
    m_request.direction = GraphDirection(m_direction->currentData().toInt());
    m_request.blueprints = m_blueprints->selected();
    m_request.relations = m_relations->selected();
    m_busy = true;
    m_status->setText(tr("Building the graph…"));
    const quint64 generation = ++*m_generation;
    const auto cancelled = [counter = m_generation, generation] { return counter->load() != generation; };
    m_lane.post(this, u"graph"_s, [request = m_request, cancelled, font = font()](CatalogStore &store) {
        return GraphResult::compute(store, request, cancelled, font);
    }, [this](const GraphResult &result) { present(result); });
}

void GraphPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A switch between light and dark: same graph, same place, new colours.
    if (event->type() == QEvent::PaletteChange && m_result) {
        const QTransform transform = m_view->transform();
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        m_view->graphScene()->setGraph(*m_result, palette(), font());
        m_view->setTransform(transform);
        m_view->centerOn(centre);
    }
}

void GraphPage::present(const GraphResult &result)
{
    m_busy = false;
    m_result = std::make_unique<GraphResult>(result);
    m_blueprints->setChoices(result.blueprints);
    m_relations->setChoices(result.relations);
    const GraphSnapshot &snapshot = result.snapshot;
    m_shown = true;
    const GraphNode start = snapshot.nodes.value(0);
    m_title->setText(snapshot.error ? m_request.start.identifier
                                    : start.title + u"  ·  "_s + result.captions.value(start.blueprint, start.blueprint));
    m_view->graphScene()->setGraph(result, palette(), font());
    if (snapshot.error || !result.geometry.error.isEmpty()) {
        m_status->setText(snapshot.error ? snapshot.message : result.geometry.error);
    } else {
        qsizetype relations = 0;
        for (const GraphEdge &edge : snapshot.edges)
            relations += edge.relation.isEmpty() ? 0 : 1;
        const QLocale locale;
        const QString timing = tr("layout %1 ms").arg(locale.toString(qRound(result.geometry.layoutMs)));
        const QString summary = snapshot.truncated
            ? snapshot.message
            : tr("%1 entities, %2 relations").arg(locale.toString(snapshot.entityCount), locale.toString(relations));
        m_status->setText(summary + u"  ·  "_s + timing);
    }
    placeView();
    Q_EMIT graphShown();
}

// A new graph is fitted, or shown around its start when fitting would make it unreadable; an
// expanded hub stays where the user was looking, at the same zoom.
void GraphPage::placeView()
{
    const std::optional<EntityKey> keep = std::exchange(m_keepInView, std::nullopt);
    const QList<GraphNodeItem *> nodes = m_view->graphScene()->nodeItems();
    if (keep) {
        const auto hub = std::find_if(nodes.begin(), nodes.end(), [&](GraphNodeItem *item) {
            return item->node().key == *keep && !item->node().isPlaceholder();
        });
        if (hub != nodes.end()) {
            m_view->centerOn(*hub);
            return;
        }
    }
    m_view->fitGraph();
    if (m_view->zoom() < kReadableZoom && !nodes.isEmpty()) {
        m_view->setTransform(QTransform::fromScale(kStartZoom, kStartZoom));
        m_view->centerOn(nodes.first());
    }
}

void GraphPage::onNodeActivated(int index)
{
    const GraphNode node = m_view->graphScene()->snapshot().nodes.value(index);
    if (node.isPlaceholder()) {
        if (!m_request.expanded.contains(node.key))
            m_request.expanded.append(node.key);
        m_keepInView = node.key;
        request();
        return;
    }
    Q_EMIT entityActivated(node.key);
}

bool GraphPage::exportTo(const QString &path)
{
    if (!m_shown || m_view->graphScene()->nodeItems().isEmpty())
        return false;
    m_view->graphScene()->highlightNode(-1); // the picture, not where the mouse happens to be
    if (path.endsWith(u".png"_s, Qt::CaseInsensitive))
        return GraphExport::toPng(*m_view->graphScene(), path);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive))
        return GraphExport::toSvg(*m_view->graphScene(), path, m_title->text());
    return false;
}

void GraphPage::exportWithDialog(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = folder + u'/' + m_request.start.identifier + u"-graph."_s + suffix;
    const QString filter = suffix == u"png"_s ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the graph"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    m_status->setText(exportTo(path) ? tr("Exported to %1").arg(path) : tr("Could not write %1: check the folder exists and is writable").arg(path));
}

} // namespace portolan
