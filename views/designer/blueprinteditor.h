#pragma once

#include <QTabWidget>

namespace portolan {

class BlueprintForm;
class BlueprintJsonView;
class DesignDocument;
class StoreLane;

// The selected blueprint, as a form and as JSON: two views of the same draft, kept in sync by
// the document (each edits through it and rebuilds from it).
class BlueprintEditor final : public QTabWidget
{
    Q_OBJECT
public:
    BlueprintEditor(DesignDocument &document, StoreLane &lane, QWidget *parent = nullptr);

    BlueprintForm *form() const { return m_form; }
    BlueprintJsonView *json() const { return m_json; }

private:
    BlueprintForm *m_form = nullptr;
    BlueprintJsonView *m_json = nullptr;
};

} // namespace portolan
