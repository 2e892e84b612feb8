#include "actioneditorinputs.h"

#include "actioneditordocument.h"
#include "actioneditorinputdialog.h"
#include "actions/userinputs.h"
#include "designer/formstyle.h"
#include "actioneditorsteps.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
const QStringList kInputs{u"trigger"_s, u"userInputs"_s};

QString typeText(const UserInput &input)
{
    QString text = inputKindName(input.kind);
    if (input.kind == InputKind::Entity || input.kind == InputKind::Entities)
        text += u" · "_s + input.blueprint;
    return text;
}

// Rows with some air, like the designer's tables.
class RoomyRows final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

QJsonArray renamed(const QJsonArray &list, const QString &from, const QString &to)
{
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(v.toString() == from ? QJsonValue(to) : v);
    return out;
}
} // namespace

ActionEditorInputs::ActionEditorInputs(ActionEditorDocument &document, QWidget *parent)
    : ActionEditorSection(document, tr("Inputs"), parent)
    , m_table(new QTreeWidget)
    , m_add(new QPushButton(tr("Add…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_remove(new QPushButton(tr("Remove")))
    , m_up(new QPushButton(tr("Move up")))
    , m_down(new QPushButton(tr("Move down")))
    , m_requiredJq(new QLineEdit)
    , m_steps(new ActionEditorSteps)
{
    m_table->setColumnCount(4);
    m_table->setHeaderLabels({tr("Key"), tr("Title"), tr("Type"), tr("Required")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegate(new RoomyRows(m_table));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(tr("Inputs"));
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    for (QPushButton *button : {m_add, m_edit, m_remove, m_up, m_down})
        button->setAutoDefault(false);
    m_edit->setToolTip(tr("Edit the selected input (Enter)"));
    m_remove->setToolTip(tr("Remove the selected input (Delete)"));
    m_up->setToolTip(tr("Show it earlier in the form (Alt+Up)"));
    m_down->setToolTip(tr("Show it later in the form (Alt+Down)"));
    auto *tableBox = new QWidget;
    tableBox->setAccessibleName(tr("Inputs"));
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(6);
    tableLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    tableLayout->addLayout(buttons);
    m_requiredJq->setFont(formstyle::monospace());
    m_requiredJq->setPlaceholderText(tr("Empty: the inputs marked required. Else jq giving a list of keys"));

    QFormLayout *form = addForm();
    addWide(form, tableBox, {u"$.trigger.userInputs"_s, u"$.trigger.userInputs.properties"_s, u"$.trigger.userInputs.order"_s,
                             u"$.trigger.userInputs.titles"_s});
    addField(form, tr("Required &when"), m_requiredJq, {u"$.trigger.userInputs.required"_s});
    addField(form, tr("&Steps"), m_steps, {u"$.trigger.userInputs.steps"_s},
             tr("A wizard: each step's title and the inputs it shows. No steps: one page."));

    connect(m_add, &QPushButton::clicked, this, [this] { editInput({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editInput(currentKey()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeInput(currentKey()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveInput(currentKey(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveInput(currentKey(), 1); });
    connect(m_table, &QTreeWidget::itemActivated, this, [this] { editInput(currentKey()); });
    connect(m_table, &QTreeWidget::currentItemChanged, this, &ActionEditorInputs::updateButtons);
    connect(m_requiredJq, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Back to a list: the keys people ticked are not known any more; start from none.
        const QJsonValue value = text.trimmed().isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject{{u"jqQuery"_s, text.trimmed()}});
        set(tr("Edit required inputs"), kInputs + QStringList{u"required"_s}, value, m_requiredJq);
    });
    connect(m_steps, &ActionEditorSteps::edited, this, [this] {
        const QJsonArray steps = m_steps->steps();
        set(tr("Edit steps"), kInputs + QStringList{u"steps"_s}, steps.isEmpty() ? QJsonValue() : QJsonValue(steps), m_steps);
    });
    updateButtons();
}

QJsonObject ActionEditorInputs::userInputs() const
{
    return valueAt(document().json(), kInputs).toObject();
}

void ActionEditorInputs::load(const QJsonObject &action)
{
    setLoading(true);
    const QJsonObject json = valueAt(action, kInputs).toObject();
    const UserInputs inputs = UserInputs::fromJson(json);
    const QString selected = currentKey();
    const QJsonValue required = json.value("required"_L1);
    {
        const QSignalBlocker block(m_table);
        m_table->clear();
        for (const UserInput &input : inputs.inputs) {
            const bool isRequired = required.toArray().contains(QJsonValue(input.key));
            auto *item = new QTreeWidgetItem(m_table, {input.key, input.title, typeText(input),
                                                       Dynamic::isJqObject(required) ? tr("jq") : isRequired ? tr("Yes") : QString()});
            item->setData(0, Qt::UserRole, input.key);
            item->setToolTip(1, input.description.isEmpty() ? input.title : input.description);
        }
        for (int c : {0, 2, 3}) {
            m_table->resizeColumnToContents(c);
            m_table->setColumnWidth(c, qBound(80, m_table->columnWidth(c) + 16, 260));
        }
    }
    setCurrentKey(selected);
    fitHeight();
    updateButtons();
    const QString jq = Dynamic::isJqObject(required) ? required.toObject().value("jqQuery"_L1).toString() : QString();
    if (m_requiredJq->text().trimmed() != jq)
        m_requiredJq->setText(jq);
    m_steps->setSteps(json.value("steps"_L1).toArray());
    setLoading(false);
}

QString ActionEditorInputs::currentKey() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void ActionEditorInputs::setCurrentKey(const QString &key)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (!key.isEmpty() && item->data(0, Qt::UserRole).toString() == key) {
            m_table->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    updateButtons();
}

void ActionEditorInputs::fitHeight()
{
    const int rows = std::max(1, m_table->topLevelItemCount());
    const int rowHeight = m_table->topLevelItemCount() > 0 ? m_table->sizeHintForRow(0) : m_table->fontMetrics().height() + 6;
    m_table->setFixedHeight(m_table->header()->sizeHint().height() + rows * std::max(rowHeight, 1) + 2 * m_table->frameWidth() + 2);
}

void ActionEditorInputs::updateButtons()
{
    const QString key = currentKey();
    const int row = key.isEmpty() ? -1 : m_table->indexOfTopLevelItem(m_table->currentItem());
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->topLevelItemCount());
}

bool ActionEditorInputs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && !currentKey().isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            removeInput(currentKey());
            return true;
        }
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() & Qt::AltModifier) {
            moveInput(currentKey(), key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return ActionEditorSection::eventFilter(watched, event);
}

void ActionEditorInputs::editInput(const QString &key)
{
    auto *dialog = new ActionEditorInputDialog(userInputs(), key, document().blueprintList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        putInput(dialog->previousKey(), dialog->key(), dialog->definition(), dialog->isRequired());
    });
    dialog->open();
}

void ActionEditorInputs::putInput(const QString &previous, const QString &key, const QJsonObject &definition, bool required)
{
    QJsonObject inputs = userInputs();
    QJsonObject properties = inputs.value("properties"_L1).toObject();
    properties.remove(previous);
    properties.insert(key, definition);
    inputs.insert(u"properties"_s, properties);
    if (!previous.isEmpty() && previous != key) {
        // A renamed input keeps its place in the order, the required list and the steps.
        inputs.insert(u"order"_s, renamed(inputs.value("order"_L1).toArray(), previous, key));
        if (inputs.value("required"_L1).isArray())
            inputs.insert(u"required"_s, renamed(inputs.value("required"_L1).toArray(), previous, key));
        QJsonArray steps = inputs.value("steps"_L1).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QJsonObject step = steps.at(i).toObject();
            step.insert(u"order"_s, renamed(step.value("order"_L1).toArray(), previous, key));
            steps.replace(i, step);
        }
        if (!steps.isEmpty())
            inputs.insert(u"steps"_s, steps);
    }
    if (inputs.contains("order"_L1) && !inputs.value("order"_L1).toArray().contains(QJsonValue(key))) {
        QJsonArray order = inputs.value("order"_L1).toArray();
        order.append(key);
        inputs.insert(u"order"_s, order);
    }
    if (!Dynamic::isJqObject(inputs.value("required"_L1))) {
        QJsonArray list = inputs.value("required"_L1).toArray();
        QJsonArray out;
        for (const QJsonValue &v : list)
            if (v.toString() != key)
                out.append(v);
        if (required)
            out.append(key);
        inputs.insert(u"required"_s, out);
    }
    document().edit(previous.isEmpty() ? tr("Add input %1").arg(key) : tr("Edit input %1").arg(key),
                    setAt(document().json(), kInputs, inputs));
    setCurrentKey(key);
}

void ActionEditorInputs::removeInput(const QString &key)
{
    if (key.isEmpty())
        return;
    QJsonObject inputs = userInputs();
    QJsonObject properties = inputs.value("properties"_L1).toObject();
    properties.remove(key);
    inputs.insert(u"properties"_s, properties);
    const auto without = [&key](const QJsonArray &list) {
        QJsonArray out;
        for (const QJsonValue &v : list)
            if (v.toString() != key)
                out.append(v);
        return out;
    };
    if (inputs.contains("order"_L1))
        inputs.insert(u"order"_s, without(inputs.value("order"_L1).toArray()));
    if (inputs.value("required"_L1).isArray())
        inputs.insert(u"required"_s, without(inputs.value("required"_L1).toArray()));
    if (inputs.contains("steps"_L1)) {
        QJsonArray steps = inputs.value("steps"_L1).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QJsonObject step = steps.at(i).toObject();
            step.insert(u"order"_s, without(step.value("order"_L1).toArray()));
            steps.replace(i, step);
        }
        inputs.insert(u"steps"_s, steps);
    }
    document().edit(tr("Remove input %1").arg(key), setAt(document().json(), kInputs, inputs));
}

void ActionEditorInputs::moveInput(const QString &key, int delta)
{
    const UserInputs parsed = UserInputs::fromJson(userInputs());
    QStringList keys;
    for (const UserInput &input : parsed.inputs)
        keys.append(input.key);
    const qsizetype from = keys.indexOf(key);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= keys.size())
        return;
    // Swap the two inputs' places in `order`, which may also hold section keys between them.
    QStringList order;
    for (const QJsonValue &v : userInputs().value("order"_L1).toArray())
        order.append(v.toString());
    for (const QString &k : std::as_const(keys))
        if (!order.contains(k))
            order.append(k);
    order.swapItemsAt(order.indexOf(keys.at(from)), order.indexOf(keys.at(to)));
    document().edit(tr("Move input %1").arg(key), setAt(document().json(), kInputs + QStringList{u"order"_s}, QJsonArray::fromStringList(order)));
    setCurrentKey(key);
}

} // namespace portolan
