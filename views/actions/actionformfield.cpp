#include "actionformfield.h"

#include "designer/formstyle.h"
#include "inputeditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool sameOptions(const QList<EnumOption> &a, const QList<EnumOption> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const EnumOption &x, const EnumOption &y) {
        return x.value == y.value && x.label == y.label && x.color == y.color;
    });
}

} // namespace

ActionFormField::ActionFormField(const UserInput &input, StoreLane &lane, QGridLayout *grid, int row, QWidget *parent)
    : m_key(input.key)
    , m_title(input.title)
    , m_boolean(input.kind == InputKind::Boolean)
    , m_label(new QLabel(parent))
    , m_body(new QWidget(parent))
    , m_editor(createInputEditor(input, lane, m_body))
    , m_help(formstyle::messageLabel(u"dim"_s, m_body))
    , m_warning(formstyle::messageLabel(u"warning"_s, m_body))
    , m_error(formstyle::messageLabel(u"problem"_s, m_body))
{
    m_label->setObjectName(u"label-"_s + input.key);
    m_error->setObjectName(u"error-"_s + input.key);
    m_editor->setObjectName(u"editor-"_s + input.key);
    auto *column = new QVBoxLayout(m_body);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(3);
    column->addWidget(m_editor);
    column->addWidget(m_help);
    column->addWidget(m_warning);
    column->addWidget(m_error);
    m_help->setText(input.description);
    m_help->setVisible(!input.description.isEmpty());
    QFont small = m_help->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_help->setFont(small);
    m_warning->setFont(small);
    m_warning->hide();
    m_error->hide();
    m_error->setAccessibleName(input.title + u" error"_s);

    m_label->setBuddy(m_editor->primaryWidget());
    m_label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setToolTip(input.description);
    m_label->setFixedWidth(170); // one label column across every section of the form
    // Align the label's first line with the editor's text, not its frame.
    m_label->setContentsMargins(0, m_boolean ? 0 : 5, 0, 0);
    m_editor->setToolTip(input.description);
    m_editor->primaryWidget()->setAccessibleName(input.title);
    m_editor->primaryWidget()->setAccessibleDescription(input.description);
    grid->addWidget(m_label, row, 0);
    grid->addWidget(m_body, row, 1);
}

void ActionFormField::updateValue(const FormState &state)
{
    m_editor->setValue(state.value(m_key));
}

void ActionFormField::update(const FormState &state, bool showMissing)
{
    const bool visible = state.isVisible(m_key);
    m_label->setVisible(visible);
    m_body->setVisible(visible);

    const bool required = state.isRequired(m_key);
    // A toggle carries its title itself; its label only marks it required.
    const QString title = m_boolean ? QString() : m_title;
    m_label->setText(required ? (title.isEmpty() ? u"*"_s : title + u" *"_s) : title);
    m_label->setAccessibleDescription(required ? QObject::tr("required") : QString());
    m_editor->setEnabled(!state.isDisabled(m_key));

    const QList<EnumOption> options = state.enumOptions(m_key);
    if (m_first || !sameOptions(options, m_options)) {
        m_options = options;
        m_editor->setOptions(options);
    }
    const QJsonObject filter = state.entityFilter(m_key);
    if (m_first || filter != m_filter) {
        m_filter = filter;
        m_editor->setFilter(filter);
    }
    if (m_first)
        updateValue(state);
    m_first = false;

    m_shownErrors = state.isMissing(m_key) && !showMissing ? QStringList() : state.errors(m_key);
    m_error->setText(m_shownErrors.join(u'\n'));
    m_error->setVisible(visible && !m_shownErrors.isEmpty());
    const QStringList warnings = state.warnings(m_key);
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(visible && !warnings.isEmpty());
}

} // namespace portolan
