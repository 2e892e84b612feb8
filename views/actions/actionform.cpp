#include "actionform.h"

#include "actionformfield.h"
#include "designer/formstyle.h"
#include "inputeditor.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

ActionForm::ActionForm(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_stepLabel(formstyle::sectionHeader(QString(), this))
    , m_stepTrail(formstyle::messageLabel(u"dim"_s, this))
    , m_stack(new QStackedWidget(this))
    , m_status(formstyle::messageLabel(u"dim"_s, this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_execute(new QPushButton(tr("Execute"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *stepBox = new QVBoxLayout;
    stepBox->setContentsMargins(16, 12, 16, 0);
    stepBox->setSpacing(2);
    stepBox->addWidget(m_stepLabel);
    stepBox->addWidget(m_stepTrail);
    m_stepTrail->setTextFormat(Qt::RichText);
    layout->addLayout(stepBox);
    layout->addWidget(m_stack, 1);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(16, 0, 16, 12);
    buttons->addWidget(m_status, 1);
    for (QPushButton *b : {m_cancel, m_back, m_next, m_execute}) {
        b->setAutoDefault(false); // Enter is the form's (see keyPressEvent), not a focused button's
        buttons->addWidget(b);
    }
    m_cancel->setToolTip(tr("Close without running (Esc)"));
    m_next->setToolTip(tr("Next step (Enter)"));
    m_execute->setToolTip(tr("Run the action with these inputs (Enter)"));
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelled(); });
    connect(m_back, &QPushButton::clicked, this, [this] { goToStep(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { advance(); });
    connect(m_execute, &QPushButton::clicked, this, [this] { advance(); });
}

ActionForm::~ActionForm()
{
    // Editors lose focus while the form's members are already gone: they must not call back.
    for (const auto &f : m_fields)
        f->editor()->disconnect(this);
}

void ActionForm::setAction(const QJsonObject &actionJson, const QJsonObject &entityJson, const QJsonObject &userJson)
{
    m_actionTitle = actionJson.value("title"_L1).toString(actionJson.value("identifier"_L1).toString());
    const QJsonObject userInputs = actionJson.value("trigger"_L1).toObject().value("userInputs"_L1).toObject();
    m_state = FormState(userInputs, FormContext{entityJson, userJson});
    m_touched.clear();
    m_attempted.clear();
    m_step = 0;
    build();
}

QJsonObject ActionForm::submission() const
{
    return m_state.submission();
}

QJsonObject ActionForm::maskedSubmission() const
{
    return m_state.maskedSubmission();
}

int ActionForm::stepCount() const
{
    return int(m_state.steps().size());
}

QWidget *ActionForm::editor(const QString &key) const
{
    for (const auto &f : m_fields)
        if (f->key() == key)
            return f->editor();
    return nullptr;
}

QLabel *ActionForm::errorLabel(const QString &key) const
{
    for (const auto &f : m_fields)
        if (f->key() == key)
            return f->errorLabel();
    return nullptr;
}

void ActionForm::build()
{
    for (const auto &f : m_fields)
        f->editor()->disconnect(this);
    m_fields.clear();
    while (m_stack->count() > 0) {
        QWidget *page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    if (m_state.inputs().inputs.isEmpty()) {
        auto *empty = formstyle::messageLabel(u"dim"_s);
        empty->setText(tr("This action takes no inputs."));
        empty->setContentsMargins(16, 16, 16, 16);
        empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_stack->addWidget(empty);
    } else {
        for (const FormStep &step : m_state.steps())
            m_stack->addWidget(buildStep(step));
    }
    goToStep(0);
}

QWidget *ActionForm::buildStep(const FormStep &step)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(16, 8, 16, 16);
    column->setSpacing(10);
    QGridLayout *grid = nullptr;
    auto newGrid = [&] {
        grid = new QGridLayout;
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(14);
        grid->setColumnStretch(1, 1);
        column->addLayout(grid);
    };
    for (const FormEntry &entry : step.entries) {
        if (entry.kind == FormEntry::Kind::Section) {
            auto *heading = formstyle::sectionHeader(entry.title, page);
            heading->setContentsMargins(0, grid ? 12 : 0, 0, 0);
            column->addWidget(heading);
            if (!entry.description.isEmpty()) {
                auto *description = formstyle::messageLabel(u"dim"_s, page);
                description->setText(entry.description);
                column->addWidget(description);
            }
            auto *rule = new QFrame(page);
            rule->setFrameShape(QFrame::HLine);
            rule->setFrameShadow(QFrame::Sunken);
            column->addWidget(rule);
            newGrid();
            continue;
        }
        if (!grid)
            newGrid();
        const UserInput *in = m_state.input(entry.key);
        auto field = std::make_unique<ActionFormField>(*in, m_lane, grid, grid->rowCount(), page);
        const QString key = entry.key;
        connect(field->editor(), &InputEditor::edited, this, [this, key](const QJsonValue &v) { edited(key, v); });
        connect(field->editor(), &InputEditor::touched, this, [this, key] {
            if (!m_touched.contains(key)) {
                m_touched.insert(key);
                refresh();
            }
        });
        m_fields.push_back(std::move(field));
    }
    column->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void ActionForm::edited(const QString &key, const QJsonValue &value)
{
    const QStringList evaluated = m_state.setValue(key, value);
    // Inputs whose value a default changed show it; the one being typed in keeps its text.
    for (const auto &f : m_fields)
        if (f->key() != key && evaluated.contains(f->key()))
            f->updateValue(m_state);
    refresh();
}

void ActionForm::refresh()
{
    for (const auto &f : m_fields) {
        const int step = m_state.stepOf(f->key());
        f->update(m_state, m_touched.contains(f->key()) || m_attempted.contains(step));
    }
    const bool last = m_step >= stepCount() - 1;
    const bool stepValid = m_state.isStepValid(m_step) || m_state.inputs().inputs.isEmpty();
    m_back->setVisible(stepCount() > 1);
    m_back->setEnabled(m_step > 0);
    m_next->setVisible(!last);
    m_next->setEnabled(stepValid);
    m_execute->setVisible(last);
    m_execute->setEnabled(m_state.isValid());

    // Why Next or Execute is off: the inputs of this step that need attention.
    QStringList attention;
    for (const auto &f : m_fields)
        if (m_state.stepOf(f->key()) == m_step && !m_state.errors(f->key()).isEmpty())
            attention.append(m_state.input(f->key())->title);
    if (!attention.isEmpty())
        m_status->setText(attention.size() == 1
                              ? tr("Needs attention: %1").arg(attention.constFirst())
                              : tr("%1 inputs need attention: %2").arg(attention.size()).arg(attention.join(u", "_s)));
    else if (last && !m_state.isValid())
        m_status->setText(tr("An earlier step needs attention"));
    else
        m_status->setText(last ? tr("Ready to execute") : QString());

    if (m_valid != m_state.isValid()) {
        m_valid = m_state.isValid();
        Q_EMIT validityChanged(m_valid);
    }
}

QString ActionForm::stepText() const
{
    const QList<FormStep> steps = m_state.steps();
    if (steps.size() <= 1)
        return m_actionTitle;
    const QString title = steps.value(m_step).title;
    return title.isEmpty() ? tr("Step %1 of %2").arg(m_step + 1).arg(steps.size())
                           : tr("Step %1 of %2 · %3").arg(m_step + 1).arg(steps.size()).arg(title);
}

void ActionForm::goToStep(int step)
{
    if (step < 0 || step >= m_stack->count())
        return;
    m_step = step;
    m_stack->setCurrentIndex(step);
    const QList<FormStep> steps = m_state.steps();
    m_stepLabel->setText(stepText());
    m_stepLabel->setVisible(steps.size() > 1);
    QStringList trail;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString name = u"%1. %2"_s.arg(i + 1).arg(steps.at(i).title.toHtmlEscaped());
        trail.append(i == step ? u"<b>%1</b>"_s.arg(name) : name);
    }
    m_stepTrail->setText(trail.join(u"  ›  "_s));
    m_stepTrail->setVisible(steps.size() > 1);
    refresh();
    focusFirst();
}

void ActionForm::focusFirst()
{
    for (const auto &f : m_fields)
        if (m_state.stepOf(f->key()) == m_step && m_state.isVisible(f->key()) && f->editor()->isEnabled()) {
            f->editor()->primaryWidget()->setFocus(Qt::TabFocusReason);
            return;
        }
}

void ActionForm::advance()
{
    const bool last = m_step >= stepCount() - 1;
    m_attempted.insert(m_step);
    if (!last) {
        if (m_state.isStepValid(m_step))
            goToStep(m_step + 1);
        else
            refresh();
        return;
    }
    if (m_state.isValid())
        Q_EMIT submitted(m_state.submission());
    else
        refresh();
}

void ActionForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        advance();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace portolan
