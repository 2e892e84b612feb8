#include "actionspagesummary.h"

#include "actions/actiondefinition.h"
#include "actions/userinputs.h"
#include "designer/formstyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QString names(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out.append(v.toString());
    return out.join(u", "_s);
}

QString operationText(ActionOperation operation)
{
    switch (operation) {
    case ActionOperation::Create: return ActionsPageSummary::tr("CREATE — on the blueprint's page");
    case ActionOperation::Day2: return ActionsPageSummary::tr("DAY-2 — on its entities");
    case ActionOperation::Delete: return ActionsPageSummary::tr("DELETE — on its entities, removes them");
    }
    return {};
}

QString backendText(const ActionDefinition &action)
{
    const QJsonObject &m = action.invocationMethod;
    const QString type = action.invocationType();
    if (type == "WEBHOOK"_L1)
        return u"Webhook · %1 %2"_s.arg(m.value("method"_L1).toString(u"POST"_s).toUpper(), m.value("url"_L1).toString());
    if (type == "UPSERT_ENTITY"_L1)
        return ActionsPageSummary::tr("Upsert entity · %1").arg(m.value("blueprintIdentifier"_L1).toString());
    if (type == "DELETE_ENTITY"_L1)
        return ActionsPageSummary::tr("Delete entity · %1").arg(m.value("blueprintIdentifier"_L1).toString());
    if (type == "GITHUB"_L1)
        return ActionsPageSummary::tr("GitHub workflow · %1/%2 · %3")
            .arg(m.value("org"_L1).toString(), m.value("repo"_L1).toString(), m.value("workflow"_L1).toString());
    if (type == "GITLAB"_L1)
        return ActionsPageSummary::tr("GitLab pipeline · %1").arg(m.value("projectName"_L1).toString(m.value("projectId"_L1).toString()));
    return type;
}
} // namespace

ActionsPageSummary::ActionsPageSummary(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_title(new QLabel)
    , m_identifier(new QLabel)
    , m_description(new QLabel)
    , m_run(new QPushButton(tr("&Run…")))
    , m_runs(new QPushButton(tr("R&uns")))
    , m_edit(new QPushButton(tr("&Edit…")))
{
    auto *empty = formstyle::messageLabel(u"dim"_s);
    empty->setText(tr("Select an action to see what it does."));
    empty->setAlignment(Qt::AlignCenter);

    auto *page = new QWidget;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_identifier->setFont(formstyle::monospace());
    m_identifier->setForegroundRole(QPalette::PlaceholderText);
    m_identifier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_operation = addRow(form, tr("Shows"));
    m_inputs = addRow(form, tr("Inputs"));
    m_backend = addRow(form, tr("Backend"));
    m_execute = addRow(form, tr("Who may run"));
    m_approval = addRow(form, tr("Approval"));
    m_limits = addRow(form, tr("Limits"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_runs);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_identifier);
    layout->addSpacing(4);
    layout->addWidget(m_description);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_run->setToolTip(tr("Open the action's form"));
    m_runs->setToolTip(tr("This action's runs"));
    connect(m_run, &QPushButton::clicked, this, &ActionsPageSummary::runRequested);
    connect(m_runs, &QPushButton::clicked, this, &ActionsPageSummary::runsRequested);
    connect(m_edit, &QPushButton::clicked, this, &ActionsPageSummary::editRequested);
}

QLabel *ActionsPageSummary::addRow(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel;
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *name = formstyle::messageLabel(u"dim"_s);
    name->setText(label + u':');
    name->setWordWrap(false);
    form->addRow(name, value);
    return value;
}

void ActionsPageSummary::showAction(const ActionDefinition *action, const QString &blueprintTitle)
{
    if (!action) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(action->title);
    m_identifier->setText(action->identifier);
    m_description->setText(action->description.isEmpty() ? tr("No description.") : action->description);
    m_operation->setText(operationText(action->operation)
                         + (action->blueprint.isEmpty() ? QString() : u"\n"_s + tr("Blueprint: %1").arg(blueprintTitle)));
    const UserInputs inputs = UserInputs::fromJson(action->userInputs);
    int required = 0;
    for (const UserInput &input : inputs.inputs)
        required += inputs.required.value.toArray().contains(QJsonValue(input.key)) ? 1 : 0;
    const qsizetype count = inputs.inputs.size();
    QString inputText = count == 0 ? tr("None: it runs at once") : count == 1 ? tr("1 input") : tr("%1 inputs").arg(count);
    if (required > 0)
        inputText += tr(", %1 required").arg(required);
    if (!inputs.steps.isEmpty())
        inputText += inputs.steps.size() == 1 ? tr(" in 1 step") : tr(" in %1 steps").arg(inputs.steps.size());
    m_inputs->setText(inputText);
    m_backend->setText(backendText(*action));
    const QJsonObject execute = action->permissions.value("execute"_L1).toObject();
    QStringList who;
    if (!execute.value("users"_L1).toArray().isEmpty())
        who.append(tr("users %1").arg(names(execute.value("users"_L1))));
    if (!execute.value("teams"_L1).toArray().isEmpty())
        who.append(tr("teams %1").arg(names(execute.value("teams"_L1))));
    if (execute.value("owners"_L1).toBool())
        who.append(tr("the entity's owners"));
    m_execute->setText(who.isEmpty() ? tr("Anyone") : who.join(u"; "_s));
    const QJsonObject approve = action->permissions.value("approve"_L1).toObject();
    QStringList approvers;
    if (!approve.value("users"_L1).toArray().isEmpty())
        approvers.append(names(approve.value("users"_L1)));
    if (!approve.value("teams"_L1).toArray().isEmpty())
        approvers.append(tr("teams %1").arg(names(approve.value("teams"_L1))));
    switch (action->approval()) {
    case ActionDefinition::Approval::None: m_approval->setText(tr("None")); break;
    case ActionDefinition::Approval::Any: m_approval->setText(tr("Any one of %1").arg(approvers.isEmpty() ? tr("the approvers") : approvers.join(u"; "_s))); break;
    case ActionDefinition::Approval::All: m_approval->setText(tr("All of %1").arg(approvers.isEmpty() ? tr("the approvers") : approvers.join(u"; "_s))); break;
    }
    QStringList limits;
    for (const auto &[scope, who] : {std::pair{u"perUser"_s, tr("per person")}, {u"perTeam"_s, tr("per team")}}) {
        const QJsonObject limit = action->limits.value(scope).toObject();
        if (!limit.isEmpty())
            limits.append(tr("%1 runs %2 in %3 h").arg(limit.value("runs"_L1).toInt()).arg(who).arg(limit.value("hours"_L1).toDouble()));
    }
    m_limits->setText(limits.isEmpty() ? tr("None") : limits.join(u"; "_s));
    m_run->setVisible(action->operation == ActionOperation::Create);
}

QString ActionsPageSummary::text() const
{
    if (m_stack->currentIndex() == 0)
        return {};
    QStringList parts;
    for (QLabel *label : {m_title, m_identifier, m_description, m_operation, m_inputs, m_backend, m_execute, m_approval, m_limits})
        parts.append(label->text());
    return parts.join(u'\n');
}

} // namespace portolan
