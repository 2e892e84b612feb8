#pragma once

#include "store/catalogstore.h"

#include <QStyledItemDelegate>
#include <QUrl>

namespace portolan {

struct DisplayValue;

// Paints catalog table cells from their DisplayValue (TableRoles::DisplayValueRole): enum values
// as rounded chips in their colour, links underlined, booleans as check boxes, timers (expired
// in red), relations as links to their entities, numbers to the right, group rows with their
// size. Clicking a link or a related entity reports it; colours follow the palette.
class DisplayValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DisplayValueDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index) override;

    // Which entity of a relation cell (`entities` keys "blueprint/identifier") lies under x, if any.
    static std::optional<EntityKey> entityAt(const DisplayValue &value, const QFontMetrics &metrics, int x);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void entityActivated(const portolan::EntityKey &key);

private:
    void paintChip(QPainter *painter, const QRect &cell, const DisplayValue &value, const QStyleOptionViewItem &option) const;
    void paintGroup(QPainter *painter, const QRect &cell, const QModelIndex &index, const QStyleOptionViewItem &option) const;
};

} // namespace portolan
