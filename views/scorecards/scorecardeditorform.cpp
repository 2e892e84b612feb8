#include "scorecardeditorform.h"

#include "designer/formstyle.h"
#include "scorecardconditions.h"
#include "scorecardeditorrule.h"
#include "scorecardstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
const QStringList &levelColours()
{
    static const QStringList names{u"paleBlue"_s, u"bronze"_s, u"silver"_s, u"gold"_s,   u"green"_s, u"blue"_s,
                                   u"turquoise"_s, u"purple"_s, u"orange"_s, u"red"_s, u"lime"_s,  u"darkGray"_s};
    return names;
}

QLabel *problemLabel()
{
    QLabel *label = formstyle::messageLabel(u"problem"_s);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

ScorecardEditorForm::ScorecardEditorForm(const QList<Blueprint> &blueprints, QWidget *parent)
    : QScrollArea(parent)
    , m_blueprints(blueprints)
    , m_identifier(new QLineEdit)
    , m_identifierProblem(problemLabel())
    , m_title(new QLineEdit)
    , m_titleProblem(problemLabel())
    , m_blueprint(new QComboBox)
    , m_blueprintProblem(problemLabel())
    , m_scoring(new QComboBox)
    , m_description(new QLineEdit)
    , m_levels(new QTableWidget(0, 2))
    , m_levelsProblem(problemLabel())
    , m_filter(new ScorecardConditions)
    , m_rules(new QTreeWidget)
{
    for (const Blueprint &bp : blueprints) {
        m_blueprintMap.insert(bp.identifier, bp);
        m_blueprint->addItem(bp.title.isEmpty() ? bp.identifier : u"%1 (%2)"_s.arg(bp.title, bp.identifier), bp.identifier);
    }
    m_scoring->addItem(tr("Levels: a level once every rule of it and below passes"), u"levels"_s);
    m_scoring->addItem(tr("Points: the weighted share of rules passed"), u"points"_s);
    m_levels->setHorizontalHeaderLabels({tr("Level (lowest first)"), tr("Colour")});
    m_levels->verticalHeader()->hide();
    m_levels->verticalHeader()->setDefaultSectionSize(30);
    m_levels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_levels->setColumnWidth(1, 150);
    m_levels->setMinimumHeight(140);
    m_rules->setHeaderLabels({tr("Rule"), tr("Level"), tr("Kind")});
    m_rules->setRootIsDecorated(false);
    m_rules->setMinimumHeight(170);
    m_rules->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->header()->setStretchLastSection(false);
    m_rules->setItemDelegate(new ScorecardCellDelegate(m_rules));
    m_rules->setAccessibleName(tr("Rules"));

    auto *general = new QFormLayout;
    general->addRow(tr("Identifier"), m_identifier);
    general->addRow(QString(), m_identifierProblem);
    general->addRow(tr("Title"), m_title);
    general->addRow(QString(), m_titleProblem);
    general->addRow(tr("Blueprint"), m_blueprint);
    general->addRow(QString(), m_blueprintProblem);
    general->addRow(tr("Scoring"), m_scoring);
    general->addRow(tr("Description"), m_description);

    auto *addLevel = new QPushButton(tr("Add level"));
    auto *removeLevel = new QPushButton(tr("Remove level"));
    auto *levelButtons = new QHBoxLayout;
    levelButtons->addWidget(addLevel);
    levelButtons->addWidget(removeLevel);
    levelButtons->addStretch(1);
    auto *levels = new QGroupBox(tr("Levels"));
    auto *levelsLayout = new QVBoxLayout(levels);
    levelsLayout->addWidget(m_levels);
    levelsLayout->addWidget(m_levelsProblem);
    levelsLayout->addLayout(levelButtons);

    auto *filter = new QGroupBox(tr("Scores entities that match (empty: every entity of the blueprint)"));
    (new QVBoxLayout(filter))->addWidget(m_filter);

    auto *addRule = new QPushButton(tr("Add rule…"));
    auto *editRuleButton = new QPushButton(tr("Edit rule…"));
    auto *removeRule = new QPushButton(tr("Remove rule"));
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(addRule);
    ruleButtons->addWidget(editRuleButton);
    ruleButtons->addWidget(removeRule);
    ruleButtons->addStretch(1);
    auto *rules = new QGroupBox(tr("Rules"));
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(m_rules);
    rulesLayout->addLayout(ruleButtons);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(general);
    layout->addWidget(rules); // what people edit most, right under the name
    layout->addWidget(levels);
    layout->addWidget(filter);
    layout->addStretch(1);
    setWidget(body);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    for (QLineEdit *edit : {m_identifier, m_title, m_description})
        connect(edit, &QLineEdit::textEdited, this, &ScorecardEditorForm::changed);
    connect(m_blueprint, &QComboBox::activated, this, [this] {
        m_filter->setBlueprint(m_blueprintMap.contains(m_blueprint->currentData().toString()) ? &m_blueprintMap[m_blueprint->currentData().toString()] : nullptr);
        changed();
    });
    connect(m_scoring, &QComboBox::activated, this, &ScorecardEditorForm::changed);
    connect(m_filter, &ScorecardConditions::changed, this, &ScorecardEditorForm::changed);
    connect(m_levels, &QTableWidget::itemChanged, this, &ScorecardEditorForm::changed);
    connect(addLevel, &QPushButton::clicked, this, [this] {
        addLevelRow({tr("Level %1").arg(m_levels->rowCount() + 1), levelColours().value(m_levels->rowCount() % levelColours().size())});
        changed();
    });
    connect(removeLevel, &QPushButton::clicked, this, [this] {
        if (m_levels->rowCount() > 1) {
            m_levels->removeRow(m_levels->currentRow() >= 0 ? m_levels->currentRow() : m_levels->rowCount() - 1);
            changed();
        }
    });
    connect(addRule, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(editRuleButton, &QPushButton::clicked, this, [this] { editRule(m_rules->indexOfTopLevelItem(m_rules->currentItem())); });
    connect(m_rules, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { editRule(m_rules->indexOfTopLevelItem(item)); });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        const int index = m_rules->indexOfTopLevelItem(m_rules->currentItem());
        if (index < 0)
            return;
        m_ruleJson.removeAt(index);
        rebuildRules();
        changed();
    });
}

void ScorecardEditorForm::addLevelRow(const ScorecardLevel &level)
{
    const int row = m_levels->rowCount();
    const QSignalBlocker block(m_levels);
    m_levels->insertRow(row);
    m_levels->setItem(row, 0, new QTableWidgetItem(level.title));
    auto *colour = new QComboBox;
    colour->setEditable(true); // #rrggbb too
    for (const QString &name : levelColours())
        colour->addItem(formstyle::swatch(name), name);
    // Editable: setCurrentText alone would leave the first colour's index (and swatch) current.
    if (const int known = colour->findText(level.color); known >= 0)
        colour->setCurrentIndex(known);
    else
        colour->setEditText(level.color);
    m_levels->setCellWidget(row, 1, colour);
    connect(colour, &QComboBox::currentTextChanged, this, &ScorecardEditorForm::changed);
}

void ScorecardEditorForm::setJson(const QJsonObject &json)
{
    m_loading = true;
    m_base = json;
    const Scorecard scorecard = Scorecard::fromJson(json);
    m_identifier->setText(scorecard.identifier);
    m_title->setText(scorecard.title);
    int bp = m_blueprint->findData(scorecard.blueprint);
    if (bp < 0 && !scorecard.blueprint.isEmpty()) {
        m_blueprint->addItem(tr("%1 (no such blueprint)").arg(scorecard.blueprint), scorecard.blueprint);
        bp = m_blueprint->count() - 1;
    }
    m_blueprint->setCurrentIndex(bp);
    m_filter->setBlueprint(m_blueprintMap.contains(scorecard.blueprint) ? &m_blueprintMap[scorecard.blueprint] : nullptr);
    m_scoring->setCurrentIndex(scorecard.scoring == ScoringMode::Points ? 1 : 0);
    m_description->setText(scorecard.description);
    for (QLineEdit *edit : {m_identifier, m_title, m_description})
        edit->setCursorPosition(0); // long texts read from their start
    m_levels->setRowCount(0);
    for (const ScorecardLevel &level : scorecard.levels)
        addLevelRow(level);
    m_filter->setQuery(scorecard.filter);
    m_ruleJson = json.value("rules"_L1).toArray();
    rebuildRules();
    m_loading = false;
}

QJsonObject ScorecardEditorForm::json() const
{
    QJsonObject json = m_base;
    auto put = [&json](const QString &key, const QString &value) {
        if (value.isEmpty())
            json.remove(key);
        else
            json.insert(key, value);
    };
    put(u"identifier"_s, m_identifier->text().trimmed());
    put(u"title"_s, m_title->text().trimmed());
    put(u"blueprint"_s, m_blueprint->currentData().toString());
    put(u"description"_s, m_description->text().trimmed());
    if (m_scoring->currentIndex() == 1)
        json.insert(u"scoring"_s, u"points"_s);
    else
        json.remove(u"scoring"_s);
    QJsonArray levels;
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        QJsonObject level{{u"title"_s, m_levels->item(row, 0) ? m_levels->item(row, 0)->text().trimmed() : QString()}};
        if (const auto *colour = qobject_cast<QComboBox *>(m_levels->cellWidget(row, 1)); colour && !colour->currentText().isEmpty())
            level.insert(u"color"_s, colour->currentText());
        levels.append(level);
    }
    json.insert(u"levels"_s, levels);
    const QJsonObject filter = m_filter->query();
    if (filter.isEmpty())
        json.remove(u"filter"_s);
    else
        json.insert(u"filter"_s, filter);
    json.insert(u"rules"_s, m_ruleJson);
    return json;
}

void ScorecardEditorForm::changed()
{
    if (!m_loading)
        Q_EMIT edited();
}

void ScorecardEditorForm::rebuildRules()
{
    const Scorecard scorecard = Scorecard::fromJson(json());
    const int current = m_rules->indexOfTopLevelItem(m_rules->currentItem());
    m_rules->clear();
    for (qsizetype i = 0; i < scorecard.rules.size(); ++i) {
        const ScorecardRule &rule = scorecard.rules.at(i);
        auto *item = new QTreeWidgetItem(m_rules, {rule.title.isEmpty() ? rule.identifier : rule.title, rule.level, ruleKindName(rule.kind)});
        item->setData(1, scorecardstyle::ChipColorRole, scorecardstyle::levelColor(scorecard, scorecard.levelIndex(rule.level)));
        const QString problem = m_ruleProblems.value(int(i));
        item->setToolTip(0, problem.isEmpty() ? rule.identifier : rule.identifier + u"\n"_s + problem);
        if (!problem.isEmpty()) {
            item->setForeground(0, formstyle::problemColor(palette()));
            item->setIcon(0, scorecardstyle::outcomeIcon(RuleOutcome::Fail, palette()));
        }
    }
    if (current >= 0 && current < m_rules->topLevelItemCount())
        m_rules->setCurrentItem(m_rules->topLevelItem(current));
    m_rules->resizeColumnToContents(1);
    m_rules->setColumnWidth(1, m_rules->columnWidth(1) + 24);
}

bool ScorecardEditorForm::editRule(int index)
{
    const Scorecard draft = Scorecard::fromJson(json());
    if (index >= draft.rules.size())
        return false;
    ScorecardRuleDialog dialog(draft, index, m_blueprintMap, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QJsonObject rule = dialog.rule().toJson();
    if (index < 0)
        m_ruleJson.append(rule);
    else
        m_ruleJson.replace(index, rule);
    rebuildRules();
    if (index < 0)
        m_rules->setCurrentItem(m_rules->topLevelItem(m_rules->topLevelItemCount() - 1));
    changed();
    return true;
}

void ScorecardEditorForm::setProblems(const Problems &problems)
{
    QString identifier, title, blueprint, levels;
    m_ruleProblems.clear();
    static const QRegularExpression rulePath(u"^\\$\\.rules\\[(\\d+)\\]"_s);
    for (const Problem &p : problems) {
        if (!p.isError())
            continue;
        if (p.path == "$.identifier"_L1 && identifier.isEmpty())
            identifier = p.message;
        else if (p.path == "$.title"_L1 && title.isEmpty())
            title = p.message;
        else if (p.path == "$.blueprint"_L1 && blueprint.isEmpty())
            blueprint = p.message;
        else if (p.path.startsWith("$.levels"_L1) && levels.isEmpty())
            levels = p.message;
        else if (const auto match = rulePath.match(p.path); match.hasMatch() && !m_ruleProblems.contains(match.captured(1).toInt()))
            m_ruleProblems.insert(match.captured(1).toInt(), p.path.mid(match.capturedLength()) + u" "_s + p.message);
    }
    showProblem(m_identifierProblem, identifier);
    showProblem(m_titleProblem, title);
    showProblem(m_blueprintProblem, blueprint);
    showProblem(m_levelsProblem, levels);
    rebuildRules();
}

} // namespace portolan
