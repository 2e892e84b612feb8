#pragma once

#include "store/catalogstore.h"
#include "store/changeset.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QToolBar;

namespace portolan {

class BlueprintEditor;
class DesignDocument;
class ImpactDialog;
class ModelCanvas;
class StoreLane;

// The blueprint designer: the data-model canvas beside the selected blueprint's form and JSON,
// with undo/redo, templates, and "Review and apply", which shows the impact of the draft on the
// stored catalog and applies it as one migration.
class DesignerPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerPage(StoreLane &lane, QWidget *parent = nullptr);

    // Reads the stored model (on the lane); a draft with unapplied edits is kept.
    void refresh();
    DesignDocument &document() { return *m_document; }
    ModelCanvas *canvas() const { return m_canvas; }
    BlueprintEditor *editor() const { return m_editor; }
    QAction *action(const QString &name) const;
    // Opens the impact preview (it applies from there).
    void review();
    // The impact preview of the draft, analysing but not shown yet (owned by this page).
    ImpactDialog *createReview();

Q_SIGNALS:
    void loaded();
    // A migration was applied on the lane; the window tells the rest of the app.
    void applied(const portolan::ChangeSet &changes);
    void entityRequested(const portolan::EntityKey &key);

private:
    void buildToolbar();
    void updateStatus();
    void reload(bool keepDraft);
    void newBlueprint();
    void openTemplates();
    void exportCanvas();
    void showMigrations();
    void discard();
    QString actor() const;

    StoreLane &m_lane;
    DesignDocument *m_document = nullptr;
    QToolBar *m_toolbar = nullptr;
    ModelCanvas *m_canvas = nullptr;
    BlueprintEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace portolan
