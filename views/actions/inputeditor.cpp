#include "inputeditor.h"

#include "entitypicker.h"
#include "inputeditorarray.h"
#include "inputeditorchoice.h"
#include "inputeditorpeople.h"
#include "inputeditortext.h"

#include <QFocusEvent>

namespace portolan {

InputEditor::InputEditor(const UserInput &input, QWidget *parent)
    : QWidget(parent)
    , m_input(input)
{
}

void InputEditor::watchFocus(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool InputEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving for another input counts; a popup opening or the window losing focus does not.
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            Q_EMIT touched();
    }
    return QWidget::eventFilter(watched, event);
}

InputEditor *createInputEditor(const UserInput &input, StoreLane &lane, QWidget *parent)
{
    switch (input.kind) {
    case InputKind::Text:
    case InputKind::Url:
    case InputKind::Email:
        return new LineInputEditor(input, parent);
    case InputKind::MultiLine:
    case InputKind::Markdown:
    case InputKind::Yaml:
    case InputKind::Object:
        return new TextAreaInputEditor(input, parent);
    case InputKind::Secret:
        return new SecretInputEditor(input, parent);
    case InputKind::Number:
        return new NumberInputEditor(input, parent);
    case InputKind::Boolean:
        return new BooleanInputEditor(input, parent);
    case InputKind::Enum:
        return new EnumInputEditor(input, parent);
    case InputKind::DateTime:
        return new DateTimeInputEditor(input, parent);
    case InputKind::User:
    case InputKind::Team:
        return new PersonInputEditor(input, lane, parent);
    case InputKind::Array:
        return new ArrayInputEditor(input, parent);
    case InputKind::Entity:
    case InputKind::Entities:
        return new EntityPicker(input, lane, parent);
    }
    return new LineInputEditor(input, parent);
}

} // namespace portolan
