#include "scorecardeditorrule.h"

#include "designer/formstyle.h"
#include "scorecardconditions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QDoubleSpinBox *spin(double min, double max, int decimals)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    return box;
}
} // namespace

ScorecardRuleDialog::ScorecardRuleDialog(const Scorecard &draft, int index, const QHash<QString, Blueprint> &blueprints, QWidget *parent)
    : QDialog(parent)
    , m_draft(draft)
    , m_index(index)
    , m_blueprints(blueprints)
    , m_identifier(new QLineEdit)
    , m_identifierProblem(formstyle::messageLabel(u"problem"_s))
    , m_title(new QLineEdit)
    , m_description(new QLineEdit)
    , m_kind(new QComboBox)
    , m_level(new QComboBox)
    , m_body(new QStackedWidget)
    , m_binaryBy(new QComboBox)
    , m_conditions(new ScorecardConditions)
    , m_jq(new QLineEdit)
    , m_measure(new QComboBox)
    , m_measureJq(new QLineEdit)
    , m_target(spin(-1e12, 1e12, 2))
    , m_direction(new QComboBox)
    , m_bands(new QTableWidget(0, 2))
    , m_weight(spin(0, 1000, 2))
    , m_filter(new ScorecardConditions)
    , m_hasEffective(new QCheckBox(tr("Counts from")))
    , m_effective(new QDateTimeEdit)
    , m_problems(formstyle::messageLabel(u"problem"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(index < 0 ? tr("New rule") : tr("Edit rule"));
    const Blueprint *blueprint = m_blueprints.contains(draft.blueprint) ? &m_blueprints[draft.blueprint] : nullptr;
    m_conditions->setBlueprint(blueprint);
    m_filter->setBlueprint(blueprint);
    m_kind->addItem(tr("Binary: passes or fails"), int(RuleKind::Binary));
    m_kind->addItem(tr("Target: a number against a target, partial credit"), int(RuleKind::Target));
    m_kind->addItem(tr("Threshold: bands of a number, each with its credit"), int(RuleKind::Threshold));
    for (qsizetype i = 1; i < draft.levels.size(); ++i) // the first level is where everyone starts
        m_level->addItem(formstyle::swatch(draft.levels.at(i).color), draft.levels.at(i).title);
    m_binaryBy->addItem(tr("Conditions"));
    m_binaryBy->addItem(tr("jq expression"));
    m_jq->setFont(formstyle::monospace());
    m_jq->setPlaceholderText(u".properties.replicas >= 2"_s);
    m_measure->setEditable(true);
    m_measure->addItem(QString());
    if (blueprint) {
        for (const PropertyDef &p : blueprint->properties)
            if (p.type == "number"_L1)
                m_measure->addItem(p.id);
        for (const AggregationDef &a : blueprint->aggregations)
            m_measure->addItem(a.id);
        for (const CalculationDef &c : blueprint->calculations)
            m_measure->addItem(c.id);
        for (const MirrorDef &m : blueprint->mirrors)
            m_measure->addItem(m.id);
        for (const RelationDef &r : blueprint->relations)
            m_measure->addItem(u"$relations."_s + r.id);
    }
    m_measureJq->setFont(formstyle::monospace());
    m_measureJq->setPlaceholderText(tr("or jq, e.g. .properties.coverage * 100"));
    m_direction->addItem(tr("higher is better"), false);
    m_direction->addItem(tr("lower is better"), true);
    m_bands->setHorizontalHeaderLabels({tr("From"), tr("Credit (0–1)")});
    m_bands->verticalHeader()->hide();
    m_bands->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bands->setMinimumHeight(100);
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_effective->setDateTime(QDateTime::currentDateTime().addDays(14));

    m_filter->table()->setMaximumHeight(110); // most rules apply to every entity: keep it small
    auto *general = new QFormLayout;
    general->addRow(tr("Identifier"), m_identifier);
    general->addRow(QString(), m_identifierProblem);
    general->addRow(tr("Title"), m_title);
    general->addRow(tr("Description"), m_description);
    general->addRow(tr("Kind"), m_kind);
    general->addRow(tr("Level"), m_level);
    general->addRow(tr("Weight"), m_weight);

    auto *binary = new QWidget;
    auto *binaryLayout = new QVBoxLayout(binary);
    binaryLayout->setContentsMargins(0, 0, 0, 0);
    auto *byRow = new QHBoxLayout;
    byRow->addWidget(new QLabel(tr("Passes when")));
    byRow->addWidget(m_binaryBy);
    byRow->addStretch(1);
    binaryLayout->addLayout(byRow);
    binaryLayout->addWidget(m_conditions, 1);
    binaryLayout->addWidget(m_jq);
    auto *measured = new QWidget;
    auto *measuredLayout = new QFormLayout(measured);
    measuredLayout->setContentsMargins(0, 0, 0, 0);
    measuredLayout->addRow(tr("Measure"), m_measure);
    measuredLayout->addRow(QString(), m_measureJq);
    measuredLayout->addRow(tr("Direction"), m_direction);
    measuredLayout->addRow(tr("Target"), m_target);
    auto *addBand = new QPushButton(tr("Add band"));
    auto *removeBand = new QPushButton(tr("Remove band"));
    auto *bandButtons = new QHBoxLayout;
    bandButtons->addWidget(addBand);
    bandButtons->addWidget(removeBand);
    bandButtons->addStretch(1);
    measuredLayout->addRow(tr("Bands"), m_bands);
    measuredLayout->addRow(QString(), bandButtons);
    m_body->addWidget(binary);
    m_body->addWidget(measured);
    auto *grading = new QGroupBox(tr("How it grades"));
    (new QVBoxLayout(grading))->addWidget(m_body);
    auto *scope = new QGroupBox(tr("Applies to (empty: every entity of the scorecard)"));
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_filter);
    auto *effectiveRow = new QHBoxLayout;
    effectiveRow->addWidget(m_hasEffective);
    effectiveRow->addWidget(m_effective);
    effectiveRow->addStretch(1);
    scopeLayout->addLayout(effectiveRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(grading, 1);
    layout->addWidget(scope);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(680, 760);

    const ScorecardRule start = index >= 0 && index < draft.rules.size() ? draft.rules.at(index) : ScorecardRule();
    load(start);
    if (index < 0) {
        QStringList taken;
        for (const ScorecardRule &r : draft.rules)
            taken.append(r.identifier);
        QString id = u"rule"_s;
        for (int n = 2; taken.contains(id); ++n)
            id = u"rule"_s + QString::number(n);
        m_identifier->setText(id);
        m_title->setText(tr("New rule"));
        m_level->setCurrentIndex(0);
        // A binary rule needs a condition: start with one to adjust rather than a blank table.
        const QString first = blueprint && !blueprint->properties.isEmpty() ? blueprint->properties.constFirst().id : u"$title"_s;
        m_conditions->setQuery({{u"combinator"_s, u"and"_s},
                                {u"conditions"_s, QJsonArray{QJsonObject{{u"property"_s, first}, {u"operator"_s, u"isNotEmpty"_s}}}}});
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_identifier, m_title, m_description, m_jq, m_measureJq})
        connect(edit, &QLineEdit::textChanged, this, &ScorecardRuleDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScorecardRuleDialog::kindChanged);
    connect(m_binaryBy, &QComboBox::currentIndexChanged, this, &ScorecardRuleDialog::kindChanged);
    for (QComboBox *box : {m_level, m_direction, m_measure})
        connect(box, &QComboBox::currentTextChanged, this, &ScorecardRuleDialog::validate);
    for (QDoubleSpinBox *box : {m_target, m_weight})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ScorecardRuleDialog::validate);
    connect(m_conditions, &ScorecardConditions::changed, this, &ScorecardRuleDialog::validate);
    connect(m_filter, &ScorecardConditions::changed, this, &ScorecardRuleDialog::validate);
    connect(m_hasEffective, &QCheckBox::toggled, m_effective, &QWidget::setEnabled);
    connect(m_hasEffective, &QCheckBox::toggled, this, &ScorecardRuleDialog::validate);
    connect(m_effective, &QDateTimeEdit::dateTimeChanged, this, &ScorecardRuleDialog::validate);
    connect(m_bands, &QTableWidget::itemChanged, this, &ScorecardRuleDialog::validate);
    connect(addBand, &QPushButton::clicked, this, [this] {
        const int row = m_bands->rowCount();
        m_bands->insertRow(row);
        m_bands->setItem(row, 0, new QTableWidgetItem(u"0"_s));
        m_bands->setItem(row, 1, new QTableWidgetItem(u"1"_s));
    });
    connect(removeBand, &QPushButton::clicked, this, [this] {
        if (m_bands->rowCount() > 0)
            m_bands->removeRow(m_bands->currentRow() >= 0 ? m_bands->currentRow() : m_bands->rowCount() - 1);
        validate();
    });
    kindChanged();
}

void ScorecardRuleDialog::load(const ScorecardRule &rule)
{
    m_extra = rule.extra;
    m_identifier->setText(rule.identifier);
    m_title->setText(rule.title);
    m_description->setText(rule.description);
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_level->setCurrentIndex(std::max(0, m_level->findText(rule.level)));
    m_binaryBy->setCurrentIndex(rule.jq.isEmpty() ? 0 : 1);
    m_conditions->setQuery(rule.query);
    m_jq->setText(rule.jq);
    m_measure->setCurrentText(rule.measure.property);
    m_measureJq->setText(rule.measure.jq);
    m_target->setValue(rule.target);
    m_direction->setCurrentIndex(rule.lowerIsBetter ? 1 : 0);
    m_bands->setRowCount(0);
    for (const ScoreBand &band : rule.bands) {
        const int row = m_bands->rowCount();
        m_bands->insertRow(row);
        m_bands->setItem(row, 0, new QTableWidgetItem(QString::number(band.from)));
        m_bands->setItem(row, 1, new QTableWidgetItem(QString::number(band.credit)));
    }
    m_weight->setValue(rule.weight);
    m_filter->setQuery(rule.filter);
    m_hasEffective->setChecked(rule.effectiveFrom.isValid());
    m_effective->setEnabled(rule.effectiveFrom.isValid());
    if (rule.effectiveFrom.isValid())
        m_effective->setDateTime(rule.effectiveFrom);
}

void ScorecardRuleDialog::kindChanged()
{
    const auto kind = RuleKind(m_kind->currentData().toInt());
    m_body->setCurrentIndex(kind == RuleKind::Binary ? 0 : 1);
    m_conditions->setVisible(m_binaryBy->currentIndex() == 0);
    m_jq->setVisible(m_binaryBy->currentIndex() == 1);
    auto *form = qobject_cast<QFormLayout *>(m_body->widget(1)->layout());
    form->setRowVisible(m_target, kind == RuleKind::Target);
    form->setRowVisible(m_bands, kind == RuleKind::Threshold);
    form->setRowVisible(5, kind == RuleKind::Threshold); // the band buttons, under the bands
    validate();
}

ScorecardRule ScorecardRuleDialog::rule() const
{
    ScorecardRule rule;
    rule.identifier = m_identifier->text().trimmed();
    rule.title = m_title->text().trimmed();
    rule.description = m_description->text().trimmed();
    rule.level = m_level->currentText();
    rule.kind = RuleKind(m_kind->currentData().toInt());
    rule.weight = m_weight->value();
    rule.filter = m_filter->query();
    rule.effectiveFrom = m_hasEffective->isChecked() ? m_effective->dateTime() : QDateTime();
    rule.extra = m_extra;
    if (rule.kind == RuleKind::Binary) {
        if (m_binaryBy->currentIndex() == 0)
            rule.query = m_conditions->query();
        else
            rule.jq = m_jq->text().trimmed();
        return rule;
    }
    rule.measure.property = m_measure->currentText().trimmed();
    rule.measure.jq = m_measureJq->text().trimmed();
    rule.lowerIsBetter = m_direction->currentData().toBool();
    if (rule.kind == RuleKind::Target)
        rule.target = m_target->value();
    else
        for (int row = 0; row < m_bands->rowCount(); ++row) {
            const auto *from = m_bands->item(row, 0);
            const auto *credit = m_bands->item(row, 1);
            rule.bands.append(ScoreBand{from ? from->text().toDouble() : 0, credit ? credit->text().toDouble() : 0});
        }
    return rule;
}

QPushButton *ScorecardRuleDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ScorecardRuleDialog::validate()
{
    Scorecard draft = m_draft;
    const int index = m_index >= 0 && m_index < draft.rules.size() ? m_index : int(draft.rules.size());
    if (index < draft.rules.size())
        draft.rules[index] = rule();
    else
        draft.rules.append(rule());
    // Only this rule's problems: the scorecard's own are the editor's business.
    const QString prefix = u"$.rules[%1]"_s.arg(index);
    QStringList lines;
    QString identifierProblem;
    for (const Problem &p : validateScorecard(draft, m_blueprints)) {
        if (!p.isError() || !p.path.startsWith(prefix))
            continue;
        const QString field = p.path.mid(prefix.size());
        if (field == ".identifier"_L1 && identifierProblem.isEmpty())
            identifierProblem = p.message;
        lines.append(field.isEmpty() ? p.message : field.mid(1) + u": "_s + p.message);
    }
    if (draft.rules.at(index).identifier.isEmpty() && identifierProblem.isEmpty())
        identifierProblem = tr("a rule needs an identifier");
    m_identifierProblem->setText(identifierProblem);
    m_identifierProblem->setVisible(!identifierProblem.isEmpty());
    if (!identifierProblem.isEmpty() && lines.isEmpty())
        lines.append(identifierProblem);
    m_problems->setText(lines.mid(0, 6).join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    okButton()->setEnabled(lines.isEmpty());
}

QString ScorecardRuleDialog::problemText() const
{
    return m_problems->isVisible() || !okButton()->isEnabled() ? m_problems->text() : QString();
}

} // namespace portolan
