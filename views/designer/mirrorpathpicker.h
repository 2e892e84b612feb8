#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace portolan {

class ModelDraft;

// Where a mirror property reads its value: a tree that starts at the blueprint, opens into its
// relations (each leading to the target blueprint and its relations, several hops deep) and ends
// in the target's properties and meta-properties ($title, $team, $createdAt…). Picking a leaf
// gives the path "relation1.relation2.property".
class MirrorPathPicker final : public QWidget
{
    Q_OBJECT
public:
    MirrorPathPicker(const ModelDraft &draft, const QString &blueprint, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    // Opens the tree down to `path` and selects it, if it leads somewhere.
    void setPath(const QString &path);
    QTreeWidget *tree() const { return m_tree; }

    // Why `path` does not lead from `blueprint` to a value in `draft`, or "".
    static QString check(const ModelDraft &draft, const QString &blueprint, const QString &path);
    // What the value is: the leaf's title and type ("Slack channel · Text"), and whether a "many"
    // relation on the way makes it a list.
    static QString describe(const ModelDraft &draft, const QString &blueprint, const QString &path);

Q_SIGNALS:
    void pathChosen(const QString &path); // a leaf was picked (click, Enter, arrows)

private:
    void populate(QTreeWidgetItem *item);
    void addChildren(QTreeWidgetItem *parent, const QString &blueprint, const QString &prefix, int depth);

    const ModelDraft &m_draft;
    QString m_blueprint;
    QString m_path;
    QTreeWidget *m_tree = nullptr;
};

} // namespace portolan
