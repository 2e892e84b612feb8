#include "actioneditorguard.h"

#include "actioneditordocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QJsonArray listOf(const QLineEdit *edit)
{
    QJsonArray out;
    for (const QString &part : edit->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QString textOf(const QJsonValue &list)
{
    QStringList parts;
    for (const QJsonValue &v : list.toArray())
        parts.append(v.toString());
    return parts.join(u", "_s);
}

void showList(QLineEdit *edit, const QJsonValue &list)
{
    // Only when the meaning differs: "a, b," being typed stays as it is.
    QJsonArray shown = listOf(edit);
    if (shown != list.toArray())
        edit->setText(textOf(list));
}
} // namespace

ActionEditorGuard::ActionEditorGuard(ActionEditorDocument &document, QWidget *parent)
    : ActionEditorSection(document, tr("Who may run it"), parent)
    , m_executeUsers(new QLineEdit)
    , m_executeTeams(new QLineEdit)
    , m_owners(new QCheckBox(tr("The entity's owning teams may run it")))
    , m_approval(new QComboBox)
    , m_approveUsers(new QLineEdit)
    , m_approveTeams(new QLineEdit)
{
    m_executeUsers->setPlaceholderText(tr("Anyone; or e-mails, comma-separated"));
    m_executeTeams->setPlaceholderText(tr("Team identifiers, comma-separated"));
    m_approveUsers->setPlaceholderText(tr("E-mails, comma-separated"));
    m_approveTeams->setPlaceholderText(tr("Team identifiers, comma-separated"));
    m_approval->addItem(tr("No approval: runs start at once"), u"none"_s);
    m_approval->addItem(tr("Any one approver"), u"ANY"_s);
    m_approval->addItem(tr("All approvers"), u"ALL"_s);
    m_perUser = makeLimit(u"perUser"_s);
    m_perTeam = makeLimit(u"perTeam"_s);
    m_userRuns = m_perUser.runs;

    QFormLayout *form = addForm();
    addField(form, tr("&Users"), m_executeUsers, {u"$.permissions"_s, u"$.permissions.execute"_s, u"$.permissions.execute.users"_s});
    addField(form, tr("&Teams"), m_executeTeams, {u"$.permissions.execute.teams"_s});
    addField(form, tr("Owners"), m_owners, {u"$.permissions.execute.owners"_s});
    addField(form, tr("&Approval"), m_approval, {u"$.requiredApproval"_s});
    addField(form, tr("Approving users"), m_approveUsers, {u"$.permissions.approve"_s, u"$.permissions.approve.users"_s});
    addField(form, tr("Approving teams"), m_approveTeams, {u"$.permissions.approve.teams"_s});
    addField(form, tr("Per person"), m_perUser.row, {u"$.limits"_s, u"$.limits.perUser"_s});
    addField(form, tr("Per team"), m_perTeam.row, {u"$.limits.perTeam"_s});

    for (QLineEdit *edit : {m_executeUsers, m_executeTeams, m_approveUsers, m_approveTeams})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { writePermissions(edit); });
    connect(m_owners, &QCheckBox::toggled, this, [this] { writePermissions(m_owners); });
    connect(m_approval, &QComboBox::activated, this, [this] {
        const QString type = m_approval->currentData().toString();
        set(tr("Change approval"), {u"requiredApproval"_s},
            type == "none"_L1 ? QJsonValue(false) : QJsonValue(QJsonObject{{u"type"_s, type}}), m_approval);
    });
}

ActionEditorGuard::Limit ActionEditorGuard::makeLimit(const QString &scope)
{
    Limit limit;
    limit.row = new QWidget;
    limit.runs = new QSpinBox;
    limit.hours = new QDoubleSpinBox;
    limit.runs->setRange(0, 10000);
    limit.runs->setSpecialValueText(tr("No limit"));
    limit.runs->setSuffix(tr(" runs"));
    limit.hours->setRange(0.25, 24 * 366);
    limit.hours->setDecimals(2);
    limit.hours->setValue(24);
    limit.hours->setSuffix(tr(" hours"));
    auto *layout = new QHBoxLayout(limit.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(limit.runs);
    layout->addWidget(new QLabel(tr("in")));
    layout->addWidget(limit.hours);
    layout->addStretch(1);
    limit.runs->setAccessibleName(scope == "perUser"_L1 ? tr("Runs per person") : tr("Runs per team"));
    limit.hours->setAccessibleName(tr("Period in hours"));
    connect(limit.runs, &QSpinBox::valueChanged, this, [this, scope, limit] { writeLimit(scope, limit); });
    connect(limit.hours, &QDoubleSpinBox::valueChanged, this, [this, scope, limit] { writeLimit(scope, limit); });
    return limit;
}

void ActionEditorGuard::writeLimit(const QString &scope, const Limit &limit)
{
    limit.hours->setEnabled(limit.runs->value() > 0);
    const QJsonValue value = limit.runs->value() == 0
                                 ? QJsonValue()
                                 : QJsonValue(QJsonObject{{u"runs"_s, limit.runs->value()}, {u"hours"_s, limit.hours->value()}});
    if (isLoading())
        return;
    QJsonObject json = setAt(document().json(), {u"limits"_s, scope}, value);
    if (json.value("limits"_L1).toObject().isEmpty())
        json.remove(u"limits"_s);
    // Spin boxes change by steps: one undo step per visit, like typing.
    set(tr("Change limit"), {u"limits"_s}, json.value("limits"_L1), limit.row);
}

void ActionEditorGuard::writePermissions(QWidget *field)
{
    if (isLoading())
        return;
    QJsonObject permissions = document().json().value("permissions"_L1).toObject();
    QJsonObject execute = permissions.value("execute"_L1).toObject();
    const auto put = [](QJsonObject &object, const QString &key, const QJsonArray &list) {
        if (list.isEmpty())
            object.remove(key);
        else
            object.insert(key, list);
    };
    put(execute, u"users"_s, listOf(m_executeUsers));
    put(execute, u"teams"_s, listOf(m_executeTeams));
    if (m_owners->isChecked())
        execute.insert(u"owners"_s, true);
    else
        execute.remove(u"owners"_s);
    QJsonObject approve = permissions.value("approve"_L1).toObject();
    put(approve, u"users"_s, listOf(m_approveUsers));
    put(approve, u"teams"_s, listOf(m_approveTeams));
    for (const auto &[key, object] : {std::pair{u"execute"_s, execute}, {u"approve"_s, approve}}) {
        if (object.isEmpty())
            permissions.remove(key);
        else
            permissions.insert(key, object);
    }
    set(tr("Edit permissions"), {u"permissions"_s}, permissions.isEmpty() ? QJsonValue() : QJsonValue(permissions), field);
}

void ActionEditorGuard::loadLimit(const Limit &limit, const QJsonObject &json)
{
    if (limit.runs->value() != json.value("runs"_L1).toInt())
        limit.runs->setValue(json.value("runs"_L1).toInt());
    if (json.contains("hours"_L1) && limit.hours->value() != json.value("hours"_L1).toDouble())
        limit.hours->setValue(json.value("hours"_L1).toDouble());
    limit.hours->setEnabled(limit.runs->value() > 0);
}

void ActionEditorGuard::load(const QJsonObject &action)
{
    setLoading(true);
    const QJsonObject permissions = action.value("permissions"_L1).toObject();
    const QJsonObject execute = permissions.value("execute"_L1).toObject();
    const QJsonObject approve = permissions.value("approve"_L1).toObject();
    showList(m_executeUsers, execute.value("users"_L1));
    showList(m_executeTeams, execute.value("teams"_L1));
    m_owners->setChecked(execute.value("owners"_L1).toBool());
    showList(m_approveUsers, approve.value("users"_L1));
    showList(m_approveTeams, approve.value("teams"_L1));
    const QJsonValue approval = action.value("requiredApproval"_L1);
    QString type = u"none"_s;
    if (approval.isBool() && approval.toBool())
        type = u"ANY"_s;
    else if (approval.isObject())
        type = approval.toObject().value("type"_L1).toString().toUpper() == "ALL"_L1 ? u"ALL"_s : u"ANY"_s;
    m_approval->setCurrentIndex(m_approval->findData(type));
    setFieldVisible(m_approveUsers, type != "none"_L1);
    setFieldVisible(m_approveTeams, type != "none"_L1);
    const QJsonObject limits = action.value("limits"_L1).toObject();
    loadLimit(m_perUser, limits.value("perUser"_L1).toObject());
    loadLimit(m_perTeam, limits.value("perTeam"_L1).toObject());
    setHint(m_executeUsers, execute.isEmpty() ? tr("No users, teams or owners named: anyone may run it.") : QString());
    setLoading(false);
}

} // namespace portolan
