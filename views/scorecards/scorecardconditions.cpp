#include "scorecardconditions.h"

#include "designer/formstyle.h"
#include "scoring/conditions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kRelationRole = Qt::UserRole + 1;

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    // Numbers, booleans, arrays, objects ({"preset": "lastMonth"}): as JSON.
    const QJsonArray wrap{value};
    const QByteArray text = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue parseValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8());
    if (!text.trimmed().isEmpty() && doc.isArray() && doc.array().size() == 1)
        return doc.array().first();
    return text;
}
} // namespace

ScorecardConditions::ScorecardConditions(QWidget *parent)
    : QWidget(parent)
    , m_combinator(new QComboBox)
    , m_table(new QTableWidget(0, 4))
    , m_nested(formstyle::messageLabel(u"warning"_s))
{
    m_combinator->addItem(tr("all of these (and)"), u"and"_s);
    m_combinator->addItem(tr("any of these (or)"), u"or"_s);
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Operator"), tr("Value"), QString()});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(3, 30);
    m_table->setMinimumHeight(110);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_nested->setText(tr("These conditions nest groups; edit them in the JSON view."));
    m_nested->hide();
    auto *add = new QPushButton(tr("Add condition"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Match")));
    top->addWidget(m_combinator);
    top->addStretch(1);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_nested);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        Q_EMIT changed();
    });
    connect(m_combinator, &QComboBox::activated, this, &ScorecardConditions::changed);
}

void ScorecardConditions::setBlueprint(const Blueprint *blueprint)
{
    m_properties = blueprint ? blueprint->properties : QList<PropertyDef>();
    m_relations = blueprint ? blueprint->relations : QList<RelationDef>();
    m_derived.clear();
    if (blueprint) {
        for (const MirrorDef &m : blueprint->mirrors)
            m_derived.append(m.id);
        for (const CalculationDef &c : blueprint->calculations)
            m_derived.append(c.id);
        for (const AggregationDef &a : blueprint->aggregations)
            m_derived.append(a.id);
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0))) {
            const QString text = box->currentText();
            const QSignalBlocker block(box);
            box->clear();
            fillProperties(box);
            box->setCurrentText(text);
        }
}

void ScorecardConditions::fillProperties(QComboBox *box) const
{
    for (const PropertyDef &p : m_properties)
        box->addItem(p.id, false);
    for (const QString &id : m_derived)
        box->addItem(id, false);
    for (const QString &meta : {u"$identifier"_s, u"$title"_s, u"$team"_s, u"$createdAt"_s, u"$updatedAt"_s})
        box->addItem(meta, false);
    for (const RelationDef &r : m_relations) {
        box->addItem(tr("%1 (related count)").arg(r.id), true);
        box->setItemData(box->count() - 1, r.id, kRelationRole);
    }
}

QComboBox *ScorecardConditions::propertyBox(const QString &current)
{
    auto *box = new QComboBox;
    box->setEditable(true);
    fillProperties(box);
    const int found = box->findText(current);
    if (found >= 0)
        box->setCurrentIndex(found);
    else
        box->setCurrentText(current);
    connect(box, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    return box;
}

void ScorecardConditions::addRow(const QJsonObject &condition)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool relation = condition.contains("relation"_L1);
    QString subject = condition.value(relation ? "relation"_L1 : "property"_L1).toString();
    if (relation)
        subject = tr("%1 (related count)").arg(subject);
    QComboBox *property = propertyBox(subject);
    auto *op = new QComboBox;
    op->addItems(Conditions::operators());
    op->setCurrentText(condition.value("operator"_L1).toString(u"="_s));
    auto *value = new QLineEdit(valueText(condition.value("value"_L1)));
    value->setPlaceholderText(tr("text, 3, true, [\"a\",\"b\"]"));
    auto *remove = new QToolButton;
    remove->setText(u"✕"_s);
    remove->setToolTip(tr("Remove this condition"));
    m_table->setCellWidget(row, 0, property);
    m_table->setCellWidget(row, 1, op);
    m_table->setCellWidget(row, 2, value);
    m_table->setCellWidget(row, 3, remove);
    // isEmpty and isNotEmpty take no value.
    const auto valueless = [](const QString &name) { return name == "isEmpty"_L1 || name == "isNotEmpty"_L1; };
    value->setEnabled(!valueless(op->currentText()));
    connect(op, &QComboBox::currentTextChanged, this, [this, value, valueless](const QString &name) {
        value->setEnabled(!valueless(name));
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(value, &QLineEdit::textEdited, this, &ScorecardConditions::changed);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, 3) == remove) {
                m_table->removeRow(r);
                Q_EMIT changed();
                return;
            }
    });
}

void ScorecardConditions::setQuery(const QJsonObject &query)
{
    m_loading = true;
    m_table->setRowCount(0);
    const QJsonArray conditions = query.value("conditions"_L1).toArray();
    const bool nested = std::any_of(conditions.begin(), conditions.end(), [](const QJsonValue &c) { return c.toObject().contains("conditions"_L1); });
    m_kept = nested ? query : QJsonObject();
    m_nested->setVisible(nested);
    m_table->setEnabled(!nested);
    m_combinator->setEnabled(!nested);
    m_combinator->setCurrentIndex(query.value("combinator"_L1).toString() == "or"_L1 ? 1 : 0);
    if (!nested)
        for (const QJsonValue &condition : conditions)
            addRow(condition.toObject());
    m_loading = false;
}

QJsonObject ScorecardConditions::query() const
{
    if (!m_kept.isEmpty())
        return m_kept;
    QJsonArray conditions;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *property = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0));
        const auto *op = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        const auto *value = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2));
        QJsonObject condition;
        const int index = property->findText(property->currentText());
        if (index >= 0 && property->itemData(index).toBool())
            condition.insert(u"relation"_s, property->itemData(index, kRelationRole).toString());
        else
            condition.insert(u"property"_s, property->currentText().trimmed());
        condition.insert(u"operator"_s, op->currentText());
        if (op->currentText() != "isEmpty"_L1 && op->currentText() != "isNotEmpty"_L1)
            condition.insert(u"value"_s, parseValue(value->text()));
        conditions.append(condition);
    }
    if (conditions.isEmpty())
        return {};
    return {{u"combinator"_s, m_combinator->currentData().toString()}, {u"conditions"_s, conditions}};
}

} // namespace portolan
