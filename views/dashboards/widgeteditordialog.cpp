#include "widgeteditordialog.h"

#include "dashboards/dora.h"
#include "designer/formstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
const QList<WidgetType> &widgetTypes()
{
    static const QList<WidgetType> types{WidgetType::Number, WidgetType::Pie,      WidgetType::Bar,       WidgetType::Line,
                                         WidgetType::Table,  WidgetType::Markdown, WidgetType::Scorecard, WidgetType::Dora};
    return types;
}

QComboBox *choices(const QStringList &items, bool editable = false)
{
    auto *box = new QComboBox;
    box->addItems(items);
    box->setEditable(editable);
    return box;
}

void setChoice(QComboBox *box, const QString &value)
{
    const int at = box->findText(value);
    if (at >= 0)
        box->setCurrentIndex(at);
    else if (box->isEditable())
        box->setEditText(value);
}

QJsonValue typed(const QString &text)
{
    bool number = false;
    const double value = text.toDouble(&number);
    if (number)
        return value;
    if (text == "true"_L1 || text == "false"_L1)
        return text == "true"_L1;
    return text;
}
} // namespace

WidgetEditorDialog::WidgetEditorDialog(const Dashboard &dashboard, int index, const QHash<QString, Blueprint> &blueprints,
                                       const QStringList &scorecards, const QStringList &initiatives, QWidget *parent)
    : QDialog(parent)
    , m_dashboard(dashboard)
    , m_index(index)
    , m_blueprints(blueprints)
    , m_scorecards(scorecards)
    , m_initiatives(initiatives)
    , m_form(new QFormLayout)
{
    setWindowTitle(index < 0 ? tr("Add widget") : tr("Edit widget"));
    QStringList typeNames;
    for (WidgetType t : widgetTypes())
        typeNames.append(widgetTypeName(t));
    QStringList blueprintIds = blueprints.keys();
    blueprintIds.sort();
    QStringList metrics{u"all"_s};
    for (DoraMetric m : doraMetrics())
        metrics.append(doraMetricKey(m));

    m_type = choices(typeNames);
    m_title = new QLineEdit;
    m_span = new QSpinBox;
    m_span->setRange(1, 3);
    m_blueprint = choices(blueprintIds, true);
    m_property = choices({}, true);
    m_calculation = choices({u"count"_s, u"sum"_s, u"average"_s, u"min"_s, u"max"_s, u"median"_s});
    m_valueProperty = choices({}, true);
    m_filter = new QTableWidget(0, 3);
    m_filter->setHorizontalHeaderLabels({tr("Property"), tr("Operator"), tr("Value")});
    m_filter->verticalHeader()->hide();
    m_filter->horizontalHeader()->setStretchLastSection(true);
    m_filter->setMaximumHeight(110);
    auto *addRule = new QPushButton(tr("Add rule"));
    auto *removeRule = new QPushButton(tr("Remove rule"));
    m_filterBox = new QWidget;
    auto *filterLayout = new QVBoxLayout(m_filterBox);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filter);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(addRule);
    ruleButtons->addWidget(removeRule);
    ruleButtons->addStretch(1);
    filterLayout->addLayout(ruleButtons);
    m_myTeams = new QCheckBox(tr("Only entities of my teams"));
    m_unit = new QLineEdit;
    m_colors = new QLineEdit;
    m_colors->setPlaceholderText(tr(">= 80 green; < 50 red"));
    m_source = choices({u"entities"_s, u"scorecard"_s, u"rules"_s, u"initiative"_s});
    m_dateProperty = choices({}, true);
    m_bucket = choices({u"day"_s, u"week"_s, u"month"_s});
    m_days = new QSpinBox;
    m_days->setRange(1, 3650);
    m_columns = new QLineEdit;
    m_columns->setPlaceholderText(tr("$title, language, $team"));
    m_markdown = new QPlainTextEdit;
    m_markdown->setPlaceholderText(tr("# Hello {{user}}\nTemplate variables: {{user}}, {{teams}}, {{date}}"));
    m_markdown->setMaximumHeight(140);
    m_scorecard = choices(scorecards, true);
    m_show = choices({u"levels"_s, u"rules"_s, u"failing"_s});
    m_initiative = choices(initiatives, true);
    m_metric = choices(metrics);
    m_groupBy = choices({u"service"_s, u"team"_s});
    m_window = new QSpinBox;
    m_window->setRange(1, 3650);
    m_window->setSuffix(tr(" days"));
    m_status = formstyle::messageLabel(u"problem"_s);
    m_status->setWordWrap(true);

    m_form->addRow(tr("&Type"), m_type);
    m_form->addRow(tr("T&itle"), m_title);
    m_form->addRow(tr("Columns spanned"), m_span);
    m_form->addRow(tr("&Blueprint"), m_blueprint);
    m_form->addRow(tr("&Property"), m_property);
    m_form->addRow(tr("&Calculation"), m_calculation);
    m_form->addRow(tr("Value property"), m_valueProperty);
    m_form->addRow(tr("Filter"), m_filterBox);
    m_form->addRow(QString(), m_myTeams);
    m_form->addRow(tr("Unit"), m_unit);
    m_form->addRow(tr("Colours"), m_colors);
    m_form->addRow(tr("Source"), m_source);
    m_form->addRow(tr("Date property"), m_dateProperty);
    m_form->addRow(tr("Bucket"), m_bucket);
    m_form->addRow(tr("Days back"), m_days);
    m_form->addRow(tr("Columns"), m_columns);
    m_form->addRow(tr("Markdown"), m_markdown);
    m_form->addRow(tr("Scorecard"), m_scorecard);
    m_form->addRow(tr("Show"), m_show);
    m_form->addRow(tr("Initiative"), m_initiative);
    m_form->addRow(tr("Metric"), m_metric);
    m_form->addRow(tr("Group by"), m_groupBy);
    m_form->addRow(tr("Window"), m_window);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (index >= 0 && index < dashboard.widgets.size()) {
        m_original = dashboard.widgets.at(index);
    } else {
        QStringList taken;
        for (const DashboardWidget &w : dashboard.widgets)
            taken.append(w.id);
        int n = int(dashboard.widgets.size()) + 1;
        while (taken.contains(u"w%1"_s.arg(n)))
            ++n;
        m_original.id = u"w%1"_s.arg(n);
        m_original.blueprint = blueprintIds.value(0);
    }
    m_id = m_original.id;
    load(m_original);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        typeChanged();
        validate();
    });
    connect(m_blueprint, &QComboBox::currentTextChanged, this, [this] {
        blueprintChanged();
        validate();
    });
    connect(addRule, &QPushButton::clicked, this, [this] {
        const int row = m_filter->rowCount();
        m_filter->insertRow(row);
        m_filter->setItem(row, 0, new QTableWidgetItem(m_property->currentText()));
        m_filter->setItem(row, 1, new QTableWidgetItem(u"="_s));
        m_filter->setItem(row, 2, new QTableWidgetItem(QString()));
        m_filter->editItem(m_filter->item(row, 2));
    });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        if (m_filter->currentRow() >= 0)
            m_filter->removeRow(m_filter->currentRow());
        validate();
    });
    connect(m_filter, &QTableWidget::itemChanged, this, &WidgetEditorDialog::validate);
    for (QLineEdit *edit : {m_title, m_unit, m_colors, m_columns})
        connect(edit, &QLineEdit::textChanged, this, &WidgetEditorDialog::validate);
    for (QComboBox *box : {m_property, m_calculation, m_valueProperty, m_source, m_dateProperty, m_bucket, m_scorecard, m_show,
                           m_initiative, m_metric, m_groupBy})
        connect(box, &QComboBox::currentTextChanged, this, &WidgetEditorDialog::validate);
    for (QSpinBox *spin : {m_span, m_days, m_window})
        connect(spin, &QSpinBox::valueChanged, this, &WidgetEditorDialog::validate);
    connect(m_markdown, &QPlainTextEdit::textChanged, this, &WidgetEditorDialog::validate);
    connect(m_myTeams, &QCheckBox::toggled, this, &WidgetEditorDialog::validate);
    typeChanged();
    validate();
    resize(560, sizeHint().height());
}

void WidgetEditorDialog::load(const DashboardWidget &w)
{
    m_type->setCurrentIndex(std::max(0, int(widgetTypes().indexOf(w.type))));
    m_title->setText(w.title);
    m_span->setValue(w.span);
    setChoice(m_blueprint, w.blueprint);
    blueprintChanged();
    setChoice(m_property, w.property);
    setChoice(m_calculation, w.calculation);
    setChoice(m_valueProperty, w.valueProperty);
    const QJsonArray rules = w.filter.value("rules"_L1).toArray();
    m_filter->setRowCount(int(rules.size()));
    for (int r = 0; r < rules.size(); ++r) {
        const QJsonObject rule = rules.at(r).toObject();
        const QJsonValue value = rule.value("value"_L1);
        m_filter->setItem(r, 0, new QTableWidgetItem(rule.value("property"_L1).toString()));
        m_filter->setItem(r, 1, new QTableWidgetItem(rule.value("operator"_L1).toString()));
        m_filter->setItem(r, 2, new QTableWidgetItem(value.isDouble() ? QString::number(value.toDouble()) : value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s) : value.toString()));
    }
    m_myTeams->setChecked(w.myTeams);
    m_unit->setText(w.unit);
    QStringList colours;
    for (const ColorRule &c : w.colors)
        colours.append(u"%1 %2 %3"_s.arg(c.op, QString::number(c.value), c.color));
    m_colors->setText(colours.join(u"; "_s));
    setChoice(m_source, w.source.isEmpty() ? u"entities"_s : w.source);
    setChoice(m_dateProperty, w.dateProperty);
    setChoice(m_bucket, w.bucket);
    m_days->setValue(w.days);
    m_columns->setText(w.columns.join(u", "_s));
    m_markdown->setPlainText(w.markdown);
    setChoice(m_scorecard, w.scorecard);
    setChoice(m_show, w.show);
    setChoice(m_initiative, w.initiative);
    setChoice(m_metric, w.metric.isEmpty() ? u"all"_s : w.metric);
    setChoice(m_groupBy, w.groupBy);
    m_window->setValue(w.windowDays);
}

void WidgetEditorDialog::blueprintChanged()
{
    // Offer the blueprint's properties, its relations and the meta-properties.
    const QString property = m_property->currentText();
    const QString value = m_valueProperty->currentText();
    const QString date = m_dateProperty->currentText();
    QStringList all{QString(), u"$team"_s, u"$title"_s, u"$identifier"_s};
    QStringList numbers{QString()};
    QStringList dates{u"$createdAt"_s, u"$updatedAt"_s};
    const auto it = m_blueprints.constFind(m_blueprint->currentText());
    if (it != m_blueprints.cend()) {
        for (const PropertyDef &p : it->properties) {
            all.append(p.id);
            if (p.type == "number"_L1)
                numbers.append(p.id);
            if (p.format == "date-time"_L1)
                dates.append(p.id);
        }
        for (const RelationDef &r : it->relations)
            all.append(u"$relations."_s + r.id);
    }
    for (auto [box, items, keep] : {std::tuple{m_property, all, property}, std::tuple{m_valueProperty, numbers, value},
                                    std::tuple{m_dateProperty, dates, date}}) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItems(items);
        setChoice(box, keep);
    }
}

void WidgetEditorDialog::typeChanged()
{
    const WidgetType t = widgetTypes().value(m_type->currentIndex());
    using enum WidgetType;
    const bool data = t != Markdown && t != Dora;
    const bool entities = t == Number || t == Pie || t == Bar || t == Table || t == Line;
    m_form->setRowVisible(m_blueprint, entities);
    m_form->setRowVisible(m_property, t == Number || t == Pie || t == Bar || t == Line);
    m_form->setRowVisible(m_calculation, t == Number || t == Pie || t == Bar || t == Line);
    m_form->setRowVisible(m_valueProperty, t == Pie || t == Bar);
    m_form->setRowVisible(m_filterBox, data);
    m_form->setRowVisible(m_myTeams, data || t == Dora);
    m_form->setRowVisible(m_unit, t == Number);
    m_form->setRowVisible(m_colors, t == Number);
    for (QWidget *w : std::initializer_list<QWidget *>{m_source, m_dateProperty, m_bucket, m_days})
        m_form->setRowVisible(w, t == Line);
    m_form->setRowVisible(m_columns, t == Table);
    m_form->setRowVisible(m_markdown, t == Markdown);
    m_form->setRowVisible(m_scorecard, t == Scorecard || t == Line);
    m_form->setRowVisible(m_show, t == Scorecard);
    m_form->setRowVisible(m_initiative, t == Line);
    for (QWidget *w : std::initializer_list<QWidget *>{m_metric, m_groupBy, m_window})
        m_form->setRowVisible(w, t == Dora);
    adjustSize();
}

QJsonObject WidgetEditorDialog::filter() const
{
    QJsonArray rules;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        auto text = [this, r](int c) { return m_filter->item(r, c) ? m_filter->item(r, c)->text().trimmed() : QString(); };
        if (text(0).isEmpty())
            continue;
        QJsonObject rule{{u"property"_s, text(0)}, {u"operator"_s, text(1).isEmpty() ? u"="_s : text(1)}};
        if (text(1) != "isEmpty"_L1 && text(1) != "isNotEmpty"_L1)
            rule.insert(u"value"_s, typed(text(2)));
        rules.append(rule);
    }
    if (rules.isEmpty())
        return {};
    return QJsonObject{{u"combinator"_s, u"and"_s}, {u"rules"_s, rules}};
}

QList<ColorRule> WidgetEditorDialog::colors() const
{
    // "op value colour; …" — what the field shows; a rule it cannot read keeps its text, so the
    // validator names the bad operator or colour.
    QList<ColorRule> out;
    static const QRegularExpression rule(u"^\\s*(=|!=|>=|<=|>|<)\\s*(-?[0-9.]+)\\s+(\\S+)\\s*$"_s);
    for (const QString &part : m_colors->text().split(u';', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = rule.match(part);
        ColorRule c;
        if (m.hasMatch()) {
            c.op = m.captured(1);
            c.value = m.captured(2).toDouble();
            c.color = m.captured(3);
        } else {
            c.op = part.trimmed();
        }
        out.append(c);
    }
    return out;
}

DashboardWidget WidgetEditorDialog::widget() const
{
    DashboardWidget w = m_original;
    const WidgetType t = widgetTypes().value(m_type->currentIndex());
    w.id = m_id;
    w.type = t;
    w.title = m_title->text().trimmed();
    w.span = m_span->value();
    const bool entities = t == WidgetType::Number || t == WidgetType::Pie || t == WidgetType::Bar || t == WidgetType::Table
        || (t == WidgetType::Line && m_source->currentText() == "entities"_L1);
    w.blueprint = entities ? m_blueprint->currentText().trimmed() : QString();
    w.property = m_property->currentText().trimmed();
    w.calculation = m_calculation->currentText();
    w.valueProperty = m_valueProperty->currentText().trimmed();
    w.filter = filter();
    w.myTeams = m_myTeams->isChecked();
    w.unit = m_unit->text().trimmed();
    w.colors = colors();
    w.source = t == WidgetType::Line ? m_source->currentText() : QString();
    w.dateProperty = m_dateProperty->currentText().trimmed();
    w.bucket = m_bucket->currentText();
    w.days = m_days->value();
    w.columns.clear();
    for (const QString &c : m_columns->text().split(u',', Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            w.columns.append(c.trimmed());
    w.markdown = m_markdown->toPlainText();
    w.scorecard = m_scorecard->currentText().trimmed();
    w.show = m_show->currentText();
    w.initiative = m_initiative->currentText().trimmed();
    w.metric = m_metric->currentText();
    w.groupBy = m_groupBy->currentText();
    w.windowDays = m_window->value();
    return w;
}

Dashboard WidgetEditorDialog::result() const
{
    Dashboard d = m_dashboard;
    if (m_index >= 0 && m_index < d.widgets.size())
        d.widgets[m_index] = widget();
    else
        d.widgets.append(widget());
    return d;
}

void WidgetEditorDialog::validate()
{
    const Dashboard d = result();
    const int at = m_index >= 0 && m_index < m_dashboard.widgets.size() ? m_index : int(d.widgets.size()) - 1;
    const QString prefix = u"$.widgets[%1]"_s.arg(at);
    m_problems.clear();
    for (const Problem &p : validateDashboard(d, m_blueprints, m_scorecards, m_initiatives))
        if (p.isError() && p.path.startsWith(prefix))
            m_problems.append(p.path.mid(prefix.size()).remove(0, 1) + u": "_s + p.message);
    m_status->setText(m_problems.join(u'\n'));
    m_status->setVisible(!m_problems.isEmpty());
    m_ok->setEnabled(m_problems.isEmpty());
}

} // namespace portolan
