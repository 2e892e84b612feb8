#include "calculationdialog.h"

#include "design/modeldraft.h"
#include "formcalculation.h"
#include "formedits.h"
#include "formfields.h"
#include "formstyle.h"
#include "jq/jqprogram.h"
#include "schema/formats.h"
#include "store/storelane.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QPlainTextEdit *codeView(int lines)
{
    auto *view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setFont(formstyle::monospace());
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTabChangesFocus(true);
    view->setMinimumHeight(QFontMetrics(view->font()).lineSpacing() * lines + 14);
    return view;
}

} // namespace

CalculationDialog::CalculationDialog(const ModelDraft &draft, StoreLane &lane, const QString &blueprint,
                                     const QString &calculation, QWidget *parent)
    : FormDialog(parent)
    , m_lane(lane)
    , m_blueprint(draft.blueprint(blueprint))
    , m_stored(draft.isStored(blueprint))
    , m_previous(calculation)
    , m_original(formedits::definitions(draft.json(blueprint), formedits::Section::Calculations).value(calculation).toObject())
    , m_blueprintJson(draft.json(blueprint))
    , m_title(new QLineEdit)
    , m_id(new QLineEdit)
    , m_type(formfields::typeBox())
    , m_format(formfields::formatBox())
    , m_program(new QPlainTextEdit)
    , m_filter(new QLineEdit)
    , m_entity(new QComboBox)
    , m_tabs(new QTabWidget)
    , m_result(codeView(4))
    , m_input(codeView(4))
    , m_status(formstyle::messageLabel(u"dim"_s))
    , m_evaluate(new QTimer(this))
    , m_search(new QTimer(this))
{
    const QString bpTitle = m_blueprintJson.value("title"_L1).toString(blueprint);
    setWindowTitle(calculation.isEmpty() ? tr("New calculation property of %1").arg(bpTitle)
                                         : tr("Calculation property %1 of %2").arg(calculation, bpTitle));
    setMinimumSize(680, 640);
    m_program->setFont(formstyle::monospace());
    m_program->setTabChangesFocus(true);
    m_program->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_program->setMinimumHeight(QFontMetrics(m_program->font()).lineSpacing() * 5 + 14);
    m_program->setPlaceholderText(u".properties.replicas * 2"_s);
    m_program->setAccessibleName(tr("Calculation (jq)"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entities"));
    m_entity->setAccessibleName(tr("Entity to try the calculation on"));
    m_entity->setMinimumContentsLength(24);
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_result->setAccessibleName(tr("Result"));
    m_input->setAccessibleName(tr("Input"));
    m_tabs->addTab(m_result, tr("Result"));
    m_tabs->addTab(m_input, tr("Input (.)"));

    QFormLayout *form = addSection(tr("Calculation property"));
    addField(form, tr("&Title"), m_title);
    addField(form, tr("&Identifier"), m_id);
    addField(form, tr("T&ype"), m_type);
    addField(form, tr("&Format"), m_format);
    addField(form, tr("&Calculation"), m_program,
             tr("jq over the entity: .identifier, .title, .team, .properties.<id> (mirrors included), .relations.<id>"));
    QFormLayout *trial = addSection(tr("Try it"));
    auto *chooser = new QWidget;
    auto *chooserLayout = new QHBoxLayout(chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addWidget(m_filter, 2);
    chooserLayout->addWidget(m_entity, 3);
    addField(trial, tr("&Entity"), chooser);
    addWide(trial, m_tabs);
    addWide(trial, m_status);

    m_title->setText(m_original.value("title"_L1).toString());
    m_id->setText(calculation);
    formfields::select(m_type, m_original.value("type"_L1).toString(u"string"_s));
    formfields::select(m_format, m_original.value("format"_L1).toString());
    m_program->setPlainText(m_original.value("calculation"_L1).toString());
    m_idTouched = !calculation.isEmpty();
    setFieldVisible(m_format, formfields::current(m_type) == "string"_L1);

    m_evaluate->setSingleShot(true);
    m_evaluate->setInterval(250);
    m_search->setSingleShot(true);
    m_search->setInterval(250);
    connect(m_evaluate, &QTimer::timeout, this, &CalculationDialog::evaluate);
    connect(m_search, &QTimer::timeout, this, &CalculationDialog::loadEntities);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_idTouched)
            m_id->setText(formedits::suggestId(title));
        revalidate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTouched = true; });
    connect(m_id, &QLineEdit::textChanged, this, &CalculationDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        setFieldVisible(m_format, formfields::current(m_type) == "string"_L1);
        revalidate();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &CalculationDialog::revalidate);
    connect(m_program, &QPlainTextEdit::textChanged, this, [this] {
        revalidate();
        m_evaluate->start();
    });
    connect(m_filter, &QLineEdit::textChanged, m_search, qOverload<>(&QTimer::start));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &CalculationDialog::evaluate);
    revalidate();
    loadEntities();
    m_title->setFocus();
}

QString CalculationDialog::id() const
{
    return m_id->text().trimmed();
}

QJsonObject CalculationDialog::definition() const
{
    QJsonObject d = m_original;
    const QString type = formfields::current(m_type);
    const QString title = m_title->text().trimmed();
    if (title.isEmpty())
        d.remove(u"title"_s);
    else
        d.insert(u"title"_s, title);
    d.insert(u"type"_s, type);
    const QString format = type == "string"_L1 ? formfields::current(m_format) : QString();
    if (format.isEmpty())
        d.remove(u"format"_s);
    else
        d.insert(u"format"_s, format);
    d.insert(u"calculation"_s, m_program->toPlainText().trimmed());
    return d;
}

QString CalculationDialog::resultText() const
{
    return m_result->toPlainText();
}

void CalculationDialog::validate()
{
    setProblem(m_id, formedits::checkNewId(m_blueprintJson, id(), m_previous));
    const QString program = m_program->toPlainText().trimmed();
    if (program.isEmpty()) {
        setProblem(m_program, tr("write a jq program"));
    } else {
        // Compiling is quick and shows the syntax error at once; running waits for the lane.
        const JqProgram jq(program);
        setProblem(m_program, jq.error());
    }
}

void CalculationDialog::loadEntities()
{
    if (!m_stored) {
        m_entity->clear();
        m_entity->addItem(tr("An example entity (no stored ones yet)"));
        m_filter->setEnabled(false);
        Q_EMIT entitiesLoaded();
        return;
    }
    const QString blueprint = m_blueprint.identifier;
    const QString text = m_filter->text();
    m_lane.post(
        this, u"calculation-entities"_s, [blueprint, text](CatalogStore &store) { return entityChoices(store, blueprint, text); },
        [this](const QList<EntityChoice> &choices) {
            const QString previous = m_entity->currentData().toString();
            {
                const QSignalBlocker block(m_entity);
                m_entity->clear();
                for (const EntityChoice &c : choices)
                    m_entity->addItem(c.title.isEmpty() || c.title == c.identifier ? c.identifier : u"%1  (%2)"_s.arg(c.title, c.identifier),
                                      c.identifier);
                if (choices.isEmpty())
                    m_entity->addItem(m_filter->text().isEmpty() ? tr("No stored entities") : tr("No entity matches"));
                m_entity->setCurrentIndex(qMax(0, m_entity->findData(previous)));
            }
            Q_EMIT entitiesLoaded();
            evaluate();
        });
}

void CalculationDialog::evaluate()
{
    m_evaluate->stop();
    const QString program = m_program->toPlainText().trimmed();
    if (program.isEmpty()) {
        m_result->clear();
        m_status->clear();
        return;
    }
    const QString entity = m_entity->currentData().toString();
    if (!m_stored) {
        // One example entity: jq on the UI thread costs next to nothing.
        showTrial(tryCalculation(exampleInput(m_blueprint), program));
        return;
    }
    if (entity.isEmpty()) {
        m_result->clear();
        m_status->setText(tr("Choose an entity to see the result."));
        return;
    }
    m_status->setText(tr("Evaluating…"));
    const Blueprint blueprint = m_blueprint;
    m_lane.post(
        this, u"calculation"_s,
        [blueprint, entity, program](CatalogStore &store) { return tryCalculation(store, blueprint, entity, program); },
        [this](const CalculationTrial &trial) { showTrial(trial); });
}

void CalculationDialog::showTrial(const CalculationTrial &trial)
{
    m_input->setPlainText(pretty(trial.input));
    QPalette p = m_result->palette();
    p.setColor(QPalette::Text, trial.error.isEmpty() ? palette().color(QPalette::Text) : formstyle::problemColor(palette()));
    m_result->setPalette(p);
    if (!trial.error.isEmpty()) {
        m_result->setPlainText(trial.error);
        m_status->setText(tr("jq stopped with an error on this entity."));
    } else {
        m_result->setPlainText(pretty(trial.value));
        const QString declared = formfields::current(m_type);
        const QString got = formats::typeName(trial.value);
        m_status->setText(trial.value.isNull() || got == declared
                              ? tr("The result is a %1.").arg(got)
                              : tr("The result is a %1, but the property is declared as %2.").arg(got, declared));
    }
    Q_EMIT evaluated();
}

} // namespace portolan
