#pragma once

#include "store/catalogstore.h"

#include <QScrollArea>

class QCheckBox;
class QVBoxLayout;

namespace portolan {

class OverviewSection;
struct EntitySnapshot;

// The entity's values: properties in schema order (markdown ones rendered in their own blocks
// beside them), relations, mirror, calculation and aggregation properties, then who made and
// changed it when. Value widgets are named "value-<property id>" (derived ones
// "mirror-…", "calculation-…", "aggregation-…", relations "relation-…").
class OverviewTab final : public QScrollArea
{
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void setSnapshot(const EntitySnapshot &snapshot);
    bool hideEmpty() const;
    void setHideEmpty(bool hide);

Q_SIGNALS:
    void entityActivated(const portolan::EntityKey &key);

private:
    void applyHideEmpty();
    OverviewSection *addSection(QVBoxLayout *column, const QString &title);

    QCheckBox *m_hideEmpty = nullptr;
    QWidget *m_body = nullptr;
    QList<OverviewSection *> m_sections;
};

} // namespace portolan
