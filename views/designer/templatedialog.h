#pragma once

#include "design/modeltemplate.h"
#include "design/templatemerge.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace portolan {

class DesignDocument;

// Chooses a data-model template (built in, or a file of the user's) and shows what merging it
// into the open draft would do, blueprint by blueprint: new, extended (+3 properties…), unchanged,
// or in conflict (the portal keeps its own definition, each conflict said). Apply makes the merge
// one undoable designer edit. Arrows choose a template, Enter applies.
class TemplateDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(DesignDocument &document, QWidget *parent = nullptr);

    // Adds a template to the list and selects it (what "Open template file…" does after loading).
    void addTemplate(const ModelTemplate &t);
    void selectTemplate(const QString &identifier);
    // The merge the preview shows; applying applies this.
    const TemplateMerge &merge() const { return m_merge; }
    QListWidget *templateList() const { return m_list; }
    QTreeWidget *preview() const { return m_preview; }

    // Applies the chosen template to the document as one edit; false when it would change nothing.
    bool apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPreview();
    void openFile();

    DesignDocument &m_document;
    QList<ModelTemplate> m_templates;
    TemplateMerge m_merge;
    QListWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_preview = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace portolan
