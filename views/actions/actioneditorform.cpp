#include "actioneditorform.h"

#include "actioneditordocument.h"
#include "actioneditorgeneral.h"
#include "actioneditorguard.h"
#include "actioneditorinputs.h"
#include "actioneditorbackend.h"

#include <QApplication>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
// Whether `path` is `prefix` or lies under it ($.a.b under $.a, $.a[2] under $.a).
bool under(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == u'.' || path.at(prefix.size()) == u'[';
}
} // namespace

ActionEditorForm::ActionEditorForm(ActionEditorDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea)
    , m_general(new ActionEditorGeneral(document))
    , m_inputs(new ActionEditorInputs(document))
    , m_invocation(new ActionEditorBackend(document))
    , m_guard(new ActionEditorGuard(document))
{
    m_sections = {m_general, m_inputs, m_invocation, m_guard};
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 14, 16, 16);
    pageLayout->setSpacing(22);
    int labelWidth = 0;
    for (ActionEditorSection *section : std::as_const(m_sections)) {
        pageLayout->addWidget(section);
        labelWidth = std::max(labelWidth, section->labelWidth());
        connect(section, &ActionEditorSection::localProblemsChanged, this, &ActionEditorForm::localProblemsChanged);
    }
    // One label column for all sections: fields start at the same x everywhere.
    for (ActionEditorSection *section : std::as_const(m_sections))
        section->setLabelWidth(labelWidth);
    pageLayout->addStretch(1);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    // Leaving a field ends its undo step: typing there again later is another step.
    // (In the document's context: it may go before the form when the editor closes.)
    connect(qApp, &QApplication::focusChanged, &m_document, [document = &m_document] { document->endSession(); });
    connect(&m_document, &ActionEditorDocument::changed, this, &ActionEditorForm::refresh);
    refresh();
}

void ActionEditorForm::refresh()
{
    const QJsonObject &json = m_document.json();
    for (ActionEditorSection *section : std::as_const(m_sections))
        section->load(json);
    // Each problem goes to the field with the longest path it lies under.
    QHash<QWidget *, QStringList> reasons;
    for (const Problem &p : m_document.problems()) {
        if (!p.isError())
            continue;
        if (QWidget *field = fieldFor(p.path)) {
            QString message = p.message;
            // A problem deeper than the field's own path says where ("properties.name.minLength: …").
            for (ActionEditorSection *section : std::as_const(m_sections))
                for (const auto &[prefix, target] : section->targets())
                    if (target == field && under(p.path, prefix) && p.path.size() > prefix.size() && prefix.count(u'.') >= 2) {
                        message = p.path.mid(prefix.size() + 1) + u": "_s + p.message;
                        break;
                    }
            if (!reasons.value(field).contains(message))
                reasons[field].append(message);
        }
    }
    for (ActionEditorSection *section : std::as_const(m_sections))
        section->showProblems(reasons);
}

QWidget *ActionEditorForm::fieldFor(const QString &path) const
{
    QWidget *best = nullptr;
    qsizetype bestLength = -1;
    for (ActionEditorSection *section : m_sections)
        for (const auto &[prefix, field] : section->targets())
            if (under(path, prefix) && prefix.size() > bestLength) {
                best = field;
                bestLength = prefix.size();
            }
    return best;
}

ActionEditorSection *ActionEditorForm::sectionOf(QWidget *field) const
{
    for (ActionEditorSection *section : m_sections)
        if (section->isAncestorOf(field))
            return section;
    return nullptr;
}

QString ActionEditorForm::problemOf(QWidget *field) const
{
    ActionEditorSection *section = sectionOf(field);
    return section ? section->problemOf(field) : QString();
}

QStringList ActionEditorForm::localProblems() const
{
    QStringList out;
    for (ActionEditorSection *section : m_sections)
        out.append(section->localProblems());
    return out;
}

void ActionEditorForm::focusPath(const QString &path)
{
    QWidget *field = fieldFor(path);
    if (!field)
        return;
    m_scroll->ensureWidgetVisible(field, 20, 40);
    field->setFocus(Qt::OtherFocusReason);
}

} // namespace portolan
