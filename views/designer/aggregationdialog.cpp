#include "aggregationdialog.h"

#include "design/modeldraft.h"
#include "formedits.h"
#include "formfields.h"
#include "formstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace portolan {

QStringList AggregationDialog::targets(const ModelDraft &draft, const QString &blueprint)
{
    QStringList result;
    const Blueprint self = draft.blueprint(blueprint);
    for (const QString &id : draft.identifiers()) {
        const Blueprint other = id == blueprint ? self : draft.blueprint(id);
        const auto relates = [](const Blueprint &from, const QString &to) {
            return std::any_of(from.relations.begin(), from.relations.end(), [&](const RelationDef &r) { return r.target == to; });
        };
        if (relates(self, id) || relates(other, blueprint))
            result.append(id);
    }
    return result;
}

AggregationDialog::AggregationDialog(const ModelDraft &draft, const QString &blueprint, const QString &aggregation, QWidget *parent)
    : FormDialog(parent)
    , m_draft(draft)
    , m_blueprint(blueprint)
    , m_previous(aggregation)
    , m_original(formedits::definitions(draft.json(blueprint), formedits::Section::Aggregations).value(aggregation).toObject())
    , m_title(new QLineEdit)
    , m_id(new QLineEdit)
    , m_target(new QComboBox)
    , m_by(new QComboBox)
    , m_func(new QComboBox)
    , m_property(new QComboBox)
    , m_averageOf(new QComboBox)
    , m_measureTimeBy(new QComboBox)
    , m_query(new QPlainTextEdit)
{
    const QString bpTitle = draft.json(blueprint).value("title"_L1).toString(blueprint);
    setWindowTitle(aggregation.isEmpty() ? tr("New aggregation property of %1").arg(bpTitle)
                                         : tr("Aggregation property %1 of %2").arg(aggregation, bpTitle));
    setMinimumWidth(560);
    for (const QString &id : targets(draft, blueprint)) {
        const QString title = draft.json(id).value("title"_L1).toString();
        m_target->addItem(title.isEmpty() || title == id ? id : u"%1  (%2)"_s.arg(title, id), id);
    }
    m_by->addItem(tr("Related entities"), u"entities"_s);
    m_by->addItem(tr("A number property of them"), u"property"_s);
    m_averageOf->addItem(tr("In total (the count)"), u"total"_s);
    for (const auto &[unit, title] : {std::pair{u"hour"_s, tr("Per hour")}, std::pair{u"day"_s, tr("Per day")},
                                      std::pair{u"week"_s, tr("Per week")}, std::pair{u"month"_s, tr("Per month")}})
        m_averageOf->addItem(title, unit);
    m_query->setFont(formstyle::monospace());
    m_query->setTabChangesFocus(true);
    m_query->setFixedHeight(QFontMetrics(m_query->font()).lineSpacing() * 4 + 14);
    m_query->setPlaceholderText(u"{\"combinator\": \"and\", \"rules\": [{\"property\": \"status\", \"operator\": \"=\", \"value\": \"open\"}]}"_s);
    m_query->setAccessibleName(tr("Only entities matching (Port search rules)"));

    QFormLayout *form = addSection(tr("Aggregation property"));
    addField(form, tr("&Title"), m_title);
    addField(form, tr("&Identifier"), m_id);
    QFormLayout *what = addSection(tr("Computes"));
    addField(what, tr("O&ver"), m_target);
    addField(what, tr("&By"), m_by);
    addField(what, tr("&Function"), m_func);
    addField(what, tr("&Property"), m_property);
    addField(what, tr("&Average"), m_averageOf);
    addField(what, tr("&Time of an entity"), m_measureTimeBy);
    addField(what, tr("Only &matching"), m_query, tr("Optional: Port search rules the related entities must match."));

    const QJsonObject spec = m_original.value("calculationSpec"_L1).toObject();
    m_title->setText(m_original.value("title"_L1).toString());
    m_id->setText(aggregation);
    formfields::select(m_target, m_original.value("target"_L1).toString());
    formfields::select(m_by, spec.value("calculationBy"_L1).toString(u"entities"_s));
    targetChosen();
    calculationByChosen();
    formfields::select(m_func, spec.value("func"_L1).toString(u"count"_s));
    formfields::select(m_property, spec.value("property"_L1).toString());
    formfields::select(m_averageOf, spec.value("averageOf"_L1).toString(u"total"_s));
    formfields::select(m_measureTimeBy, spec.value("measureTimeBy"_L1).toString(u"$createdAt"_s));
    if (m_original.contains("query"_L1))
        m_query->setPlainText(QString::fromUtf8(QJsonDocument(m_original.value("query"_L1).toObject()).toJson(QJsonDocument::Compact)));
    m_idTouched = !aggregation.isEmpty();
    refreshVisibility();

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_idTouched)
            m_id->setText(formedits::suggestId(title));
        revalidate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTouched = true; });
    connect(m_id, &QLineEdit::textChanged, this, &AggregationDialog::revalidate);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        targetChosen();
        revalidate();
    });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        calculationByChosen();
        refreshVisibility();
        revalidate();
    });
    connect(m_func, &QComboBox::currentIndexChanged, this, [this] {
        refreshVisibility();
        revalidate();
    });
    for (QComboBox *box : {m_property, m_averageOf, m_measureTimeBy})
        connect(box, &QComboBox::currentIndexChanged, this, &AggregationDialog::revalidate);
    connect(m_query, &QPlainTextEdit::textChanged, this, &AggregationDialog::revalidate);
    revalidate();
    m_title->setFocus();
}

void AggregationDialog::targetChosen()
{
    // The target's number properties and dates follow the target.
    const Blueprint target = m_draft.blueprint(m_target->currentData().toString());
    const QString property = m_property->currentData().toString();
    const QString measure = m_measureTimeBy->currentData().toString();
    const QSignalBlocker blockProperty(m_property);
    const QSignalBlocker blockMeasure(m_measureTimeBy);
    m_property->clear();
    m_measureTimeBy->clear();
    m_measureTimeBy->addItem(tr("Created at ($createdAt)"), u"$createdAt"_s);
    m_measureTimeBy->addItem(tr("Updated at ($updatedAt)"), u"$updatedAt"_s);
    for (const PropertyDef &p : target.properties) {
        const QString name = p.title.isEmpty() ? p.id : u"%1  (%2)"_s.arg(p.title, p.id);
        if (p.type == "number"_L1)
            m_property->addItem(name, p.id);
        if (p.type == "string"_L1 && p.format == "date-time"_L1)
            m_measureTimeBy->addItem(name, p.id);
    }
    formfields::select(m_property, property);
    formfields::select(m_measureTimeBy, measure);
}

void AggregationDialog::calculationByChosen()
{
    const QString func = m_func->currentData().toString();
    const QSignalBlocker block(m_func);
    m_func->clear();
    if (m_by->currentData().toString() == "entities"_L1) {
        m_func->addItem(tr("Count"), u"count"_s);
        m_func->addItem(tr("Average over time"), u"average"_s);
    } else {
        for (const auto &[f, title] : {std::pair{u"sum"_s, tr("Sum")}, std::pair{u"min"_s, tr("Minimum")},
                                       std::pair{u"max"_s, tr("Maximum")}, std::pair{u"average"_s, tr("Average")},
                                       std::pair{u"median"_s, tr("Median")}})
            m_func->addItem(title, f);
    }
    formfields::select(m_func, func);
}

void AggregationDialog::refreshVisibility()
{
    const bool byProperty = m_by->currentData().toString() == "property"_L1;
    const bool overTime = !byProperty && m_func->currentData().toString() == "average"_L1;
    setFieldVisible(m_property, byProperty);
    setFieldVisible(m_averageOf, overTime);
    setFieldVisible(m_measureTimeBy, overTime);
}

QString AggregationDialog::id() const
{
    return m_id->text().trimmed();
}

QJsonObject AggregationDialog::query(QString *error) const
{
    const QString text = m_query->toPlainText().trimmed();
    if (text.isEmpty())
        return {};
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("not readable as JSON: %1 (at character %2)").arg(parse.errorString()).arg(parse.offset);
        return {};
    }
    const QJsonObject rules = doc.object();
    if (!doc.isObject() || !rules.value("rules"_L1).isArray())
        *error = tr("search rules are an object {\"combinator\": \"and\", \"rules\": […]}");
    return rules;
}

QJsonObject AggregationDialog::definition() const
{
    QJsonObject d = m_original;
    const QString title = m_title->text().trimmed();
    if (title.isEmpty())
        d.remove(u"title"_s);
    else
        d.insert(u"title"_s, title);
    d.insert(u"target"_s, m_target->currentData().toString());
    const QString by = m_by->currentData().toString();
    const QString func = m_func->currentData().toString();
    QJsonObject spec{{u"calculationBy"_s, by}, {u"func"_s, func}};
    if (by == "property"_L1)
        spec.insert(u"property"_s, m_property->currentData().toString());
    if (by == "entities"_L1 && func == "average"_L1) {
        spec.insert(u"averageOf"_s, m_averageOf->currentData().toString());
        spec.insert(u"measureTimeBy"_s, m_measureTimeBy->currentData().toString());
    }
    d.insert(u"calculationSpec"_s, spec);
    QString error;
    const QJsonObject rules = query(&error);
    if (rules.isEmpty())
        d.remove(u"query"_s);
    else
        d.insert(u"query"_s, rules);
    return d;
}

void AggregationDialog::validate()
{
    setProblem(m_id, formedits::checkNewId(m_draft.json(m_blueprint), id(), m_previous));
    if (m_target->count() == 0)
        setProblem(m_target, tr("no blueprint relates to this one, nor this one to another: add a relation first"));
    if (m_by->currentData().toString() == "property"_L1 && m_property->currentIndex() < 0)
        setProblem(m_property, tr("%1 has no number property").arg(m_target->currentData().toString()));
    QString error;
    query(&error);
    setProblem(m_query, error);
}

} // namespace portolan
