#include "sidebar.h"

#include "sidebaritems.h"

#include <QHeaderView>
#include <functional>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Rows with room to breathe (and to hit with a pointer), icon or not.
class SidebarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), std::max(size.height() + 8, option.fontMetrics.height() + 10)};
    }
};

} // namespace

Sidebar::Sidebar(const QString &portalPath, QWidget *parent)
    : QWidget(parent)
    , m_portalPath(portalPath)
    , m_layout(SidebarLayout::load(portalPath))
{
    m_model = new QStandardItemModel(this);
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new SidebarDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setIndentation(14);
    m_tree->setUniformRowHeights(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Sidebar"));
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_tree);

    connect(m_tree, &QWidget::customContextMenuRequested, this, &Sidebar::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_rebuilding || !current.isValid())
            return;
        if (const std::optional<Place> place = SidebarItems::place(current))
            Q_EMIT placeRequested(*place);
    });
    // A drop is an insert then a remove; read the new arrangement once both are done.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_rebuilding)
            QTimer::singleShot(0, this, &Sidebar::readLayoutFromTree);
    });
    rebuild();
}

void Sidebar::setBlueprints(const QList<Blueprint> &blueprints, const QHash<QString, qint64> &counts)
{
    m_blueprints = blueprints;
    m_counts = counts;
    const QModelIndex current = m_tree->currentIndex();
    const std::optional<Place> was = current.isValid() ? SidebarItems::place(current) : std::nullopt;
    rebuild();
    if (was)
        select(*was);
}

QStandardItem *Sidebar::blueprintItem(const QString &identifier, const QString &title) const
{
    return SidebarItems::blueprint(identifier, title, m_counts.value(identifier, -1));
}

void Sidebar::rebuild()
{
    m_rebuilding = true;
    m_model->clear();
    m_model->appendRow(SidebarItems::home());
    m_catalog = SidebarItems::heading(tr("Catalog"), true);
    m_model->appendRow(m_catalog);
    QStringList identifiers;
    QHash<QString, QString> titles;
    for (const Blueprint &bp : std::as_const(m_blueprints)) {
        identifiers.append(bp.identifier);
        titles.insert(bp.identifier, bp.title.isEmpty() ? bp.identifier : bp.title);
    }
    const SidebarLayout::Placement placement = m_layout.place(identifiers);
    for (const SidebarLayout::Folder &folder : placement.folders) {
        QStandardItem *item = SidebarItems::folder(folder.name);
        for (const QString &bp : folder.blueprints)
            item->appendRow(blueprintItem(bp, titles.value(bp)));
        m_catalog->appendRow(item);
    }
    for (const QString &bp : placement.loose)
        m_catalog->appendRow(blueprintItem(bp, titles.value(bp)));
    m_model->appendRow(SidebarItems::designer());
    m_model->appendRow(SidebarItems::actions());
    m_model->appendRow(SidebarItems::runs());
    m_model->appendRow(SidebarItems::scorecards());
    m_model->appendRow(SidebarItems::initiatives());
    m_model->appendRow(SidebarItems::dashboards());
    m_model->appendRow(SidebarItems::audit());
    QStandardItem *later = SidebarItems::heading(tr("Coming next"), false);
    for (QStandardItem *item : SidebarItems::laterPlaces())
        later->appendRow(item);
    m_model->appendRow(later);
    m_tree->expandAll();
    m_rebuilding = false;
}

void Sidebar::readLayoutFromTree()
{
    SidebarLayout layout;
    for (int row = 0; row < m_catalog->rowCount(); ++row) {
        QStandardItem *item = m_catalog->child(row);
        if (item->data(SidebarItems::KindRole).toInt() != int(SidebarItems::Kind::Folder))
            continue;
        SidebarLayout::Folder folder{item->data(SidebarItems::IdRole).toString(), {}};
        for (int child = 0; child < item->rowCount(); ++child)
            folder.blueprints.append(item->child(child)->data(SidebarItems::IdRole).toString());
        layout.folders.append(folder);
    }
    if (layout == m_layout)
        return;
    m_layout = layout;
    m_layout.save(m_portalPath);
}

QStringList Sidebar::blueprintOrder() const
{
    QStringList order;
    const std::function<void(QStandardItem *)> walk = [&](QStandardItem *parent) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *item = parent->child(row);
            if (item->data(SidebarItems::KindRole).toInt() == int(SidebarItems::Kind::Blueprint))
                order.append(item->data(SidebarItems::IdRole).toString());
            walk(item);
        }
    };
    walk(m_catalog);
    return order;
}

void Sidebar::select(const Place &place)
{
    const QModelIndex index = SidebarItems::find(m_model, place);
    if (!index.isValid())
        return;
    m_rebuilding = true;
    m_tree->setCurrentIndex(index);
    m_rebuilding = false;
}

void Sidebar::newFolder(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_layout.folders.append({name.trimmed(), {}});
    m_layout.save(m_portalPath);
    rebuild();
}

void Sidebar::moveToFolder(const QString &blueprint, const QString &folder)
{
    for (SidebarLayout::Folder &f : m_layout.folders)
        f.blueprints.removeAll(blueprint);
    for (SidebarLayout::Folder &f : m_layout.folders) {
        if (f.name == folder)
            f.blueprints.append(blueprint);
    }
    m_layout.save(m_portalPath);
    rebuild();
    select(Place::catalog(blueprint));
}

void Sidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos).isValid() ? m_tree->indexAt(pos) : m_tree->currentIndex();
    const auto kind = SidebarItems::Kind(index.data(SidebarItems::KindRole).toInt());
    const QString id = index.data(SidebarItems::IdRole).toString();
    QMenu menu;
    menu.addAction(tr("New folder…"), this, [this] {
        newFolder(QInputDialog::getText(this, tr("New folder"), tr("Folder name:")));
    });
    if (kind == SidebarItems::Kind::Folder) {
        menu.addAction(tr("Rename folder…"), this, [this, id] {
            const QString name = QInputDialog::getText(this, tr("Rename folder"), tr("Folder name:"), QLineEdit::Normal, id);
            for (SidebarLayout::Folder &f : m_layout.folders) {
                if (f.name == id && !name.trimmed().isEmpty())
                    f.name = name.trimmed();
            }
            m_layout.save(m_portalPath);
            rebuild();
        });
        menu.addAction(tr("Remove folder (keeps its blueprints)"), this, [this, id] {
            m_layout.folders.removeIf([&](const SidebarLayout::Folder &f) { return f.name == id; });
            m_layout.save(m_portalPath);
            rebuild();
        });
    }
    if (kind == SidebarItems::Kind::Blueprint) {
        QMenu *move = menu.addMenu(tr("Move to"));
        move->addAction(tr("Catalog (top level)"), this, [this, id] { moveToFolder(id, {}); });
        for (const SidebarLayout::Folder &f : std::as_const(m_layout.folders))
            move->addAction(f.name, this, [this, id, name = f.name] { moveToFolder(id, name); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace portolan
