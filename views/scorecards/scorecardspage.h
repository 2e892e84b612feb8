#pragma once

#include "common/problem.h"
#include "schema/blueprint.h"
#include "scoring/scorecard.h"
#include "store/catalogstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace portolan {

class ScorecardDetail;
class ScorecardEditor;
class ScorecardEngine;
class StoreLane;

// The portal's scorecards: a list (title, blueprint, entities, levels as a thin coloured bar),
// New / Edit / Duplicate / Delete (asks) / Export JSON / Import JSON, and the selected scorecard
// in full (ScorecardDetail). Reads go through the lane; definitions are written through
// ScorecardStore on `store` (the UI thread's); after a write the engine evaluates the scorecard
// and the page reloads when it says it has.
class ScorecardsPage final : public QWidget
{
    Q_OBJECT
public:
    ScorecardsPage(StoreLane &lane, CatalogStore &store, ScorecardEngine *engine, QWidget *parent = nullptr);

    void refresh(); // reloads; loaded() follows

    QString currentIdentifier() const;
    void setCurrentIdentifier(const QString &identifier);
    const QList<Scorecard> &scorecards() const { return m_scorecards; }
    QTreeWidget *list() const { return m_list; }
    ScorecardDetail *detail() const { return m_detail; }
    ScorecardEditor *editor() const { return m_editor; }

    // The buttons' work, without file dialogs (tests, the command palette).
    void newScorecard();
    void editScorecard(const QString &identifier);
    void duplicateScorecard(const QString &identifier);
    bool deleteScorecard(const QString &identifier); // asks first
    QString exportTo(const QString &path) const;     // "" or why it failed
    Problems importFrom(const QString &path);        // one definition, an array or {"scorecards": […]}

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);
    void changed(); // after a save, delete or import
    void loaded();  // each time a refresh has been shown

private:
    struct Snapshot {
        QList<Scorecard> scorecards;
        QList<QJsonObject> definitions;
        QList<Blueprint> blueprints;
        QHash<QString, QList<qint64>> perLevel; // scorecard → entities per level
    };
    void present(const Snapshot &snapshot);
    void rebuild();
    void selectionChanged();
    void openEditor(const QJsonObject &json, const QString &stored);
    void written(const QString &identifier);
    const Scorecard *find(const QString &identifier) const;
    QString blueprintTitle(const QString &identifier) const;
    QHash<QString, Blueprint> blueprintMap() const;
    QString actor() const;
    void exportClicked();
    void importClicked();

    StoreLane &m_lane;
    CatalogStore &m_store;
    ScorecardEngine *m_engine;
    Snapshot m_snapshot;
    QList<Scorecard> m_scorecards;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QTreeWidget *m_list = nullptr;
    ScorecardDetail *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    ScorecardEditor *m_editor = nullptr;
    QString m_select;
};

} // namespace portolan
