#include "blueprinteditor.h"

#include "designer/blueprintform.h"
#include "designer/blueprintjsonview.h"

namespace portolan {

BlueprintEditor::BlueprintEditor(DesignDocument &document, StoreLane &lane, QWidget *parent)
    : QTabWidget(parent)
    , m_form(new BlueprintForm(document, lane))
    , m_json(new BlueprintJsonView(document))
{
    setDocumentMode(true);
    addTab(m_form, tr("&Form"));
    addTab(m_json, tr("&JSON"));
}

} // namespace portolan
