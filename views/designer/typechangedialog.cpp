#include "typechangedialog.h"

#include "design/conversionpreview.h"
#include "designdocument.h"
#include "formedits.h"
#include "formfields.h"
#include "formstyle.h"
#include "jq/jqprogram.h"
#include "store/storelane.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString compact(const QJsonValue &value)
{
    // JSON, so that "3" and 3 read differently.
    if (value.isUndefined())
        return {};
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// One scalar shape into another.
QString convertScalar(const QString &from, const QString &to)
{
    if (from == to)
        return u"."_s;
    if (to == "string"_L1)
        return from == "object"_L1 ? u"if type == \"object\" and has(\"url\") then .url else tojson end"_s
             : from == "array"_L1  ? u"map(tostring) | join(\", \")"_s
                                   : u"tostring"_s;
    if (to == "number"_L1)
        return from == "boolean"_L1 ? u"if . then 1 else 0 end"_s
             : from == "array"_L1   ? u"length"_s
                                    : u"tonumber? // null"_s;
    if (to == "boolean"_L1)
        return from == "number"_L1 ? u". != 0"_s : u"ascii_downcase? | . == \"true\" or . == \"yes\""_s;
    if (to == "object"_L1)
        return from == "string"_L1 ? u"{url: ., displayText: .}"_s : u"{value: .}"_s;
    return u"."_s;
}

} // namespace

QString TypeChangeDialog::suggestedTransform(const QJsonObject &from, const QJsonObject &to)
{
    const QString a = formedits::valueShape(from);
    const QString b = formedits::valueShape(to);
    if (!formedits::changesValueShape(from, to))
        return u"."_s;
    const auto inner = [](const QString &shape) { return shape.mid(6).chopped(1); }; // array<x> → x
    const bool fromList = a.startsWith("array"_L1);
    const bool toList = b.startsWith("array"_L1);
    if (toList && !fromList) {
        const QString item = b == "array"_L1 ? a : inner(b);
        const QString each = convertScalar(a, item);
        return each == "."_L1 ? u"[.]"_s : u"[. | %1]"_s.arg(each);
    }
    if (fromList && toList)
        return u"map(%1)"_s.arg(convertScalar(a == "array"_L1 ? u"string"_s : inner(a), inner(b)));
    if (fromList)
        return convertScalar(u"array"_s, b);
    return convertScalar(a, b);
}

TypeChangeDialog::TypeChangeDialog(DesignDocument &document, StoreLane &lane, const PropertyChange &change, QWidget *parent)
    : FormDialog(parent)
    , m_document(document)
    , m_lane(lane)
    , m_change(change)
    , m_storedName(document.draft().storedPropertyName(change.blueprint, change.previous))
    , m_before(formedits::definitions(document.draft().json(change.blueprint), formedits::Section::Properties)
                   .value(change.previous)
                   .toObject())
    , m_transform(new QPlainTextEdit)
    , m_summary(new QLabel)
    , m_table(new QTableWidget(0, 4))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Convert the values of %1.%2").arg(change.blueprint, change.id));
    setMinimumSize(720, 520);
    auto *what = new QLabel(tr("<b>%1</b> changes from <b>%2</b> to <b>%3</b>. Its stored values are converted by a jq "
                               "program: its input (<tt>.</tt>) is the old value, its output the new one; "
                               "<tt>null</tt> clears the value.")
                                .arg(change.blueprint + u'.' + change.id,
                                     formfields::describeType(m_before).toHtmlEscaped(),
                                     formfields::describeType(change.schema).toHtmlEscaped()));
    what->setWordWrap(true);
    body()->addWidget(what);

    m_transform->setFont(formstyle::monospace());
    m_transform->setTabChangesFocus(true);
    m_transform->setAccessibleName(tr("Transform"));
    m_transform->setPlainText(suggestedTransform(m_before, change.schema));
    const QFontMetrics metrics(m_transform->font());
    m_transform->setFixedHeight(metrics.lineSpacing() * 3 + 14);
    QFormLayout *form = addSection(QString());
    addField(form, tr("&Transform (jq)"), m_transform, tr("For example: tonumber? // null, tostring, [.], .url"));

    m_table->setHorizontalHeaderLabels({tr("Entity"), tr("Before"), tr("After"), tr("Problem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summary->setWordWrap(true);
    m_table->setAccessibleName(tr("Preview of converted values"));
    body()->addWidget(formstyle::sectionHeader(tr("Preview on stored entities")));
    body()->addWidget(m_summary);
    body()->addWidget(m_table, 1);
    addTabStop(m_table);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &TypeChangeDialog::runPreview);
    connect(m_transform, &QPlainTextEdit::textChanged, this, [this] {
        revalidate();
        m_debounce->start();
    });
    revalidate();
    runPreview();
    m_transform->setFocus();
}

QString TypeChangeDialog::transform() const
{
    const QString text = m_transform->toPlainText().trimmed();
    return text.isEmpty() ? u"."_s : text;
}

void TypeChangeDialog::validate()
{
    // Compiling is quick: the reason shows at once; running over the store waits for the lane.
    const JqProgram program(transform());
    setProblem(m_transform, program.isValid() ? m_programError : program.error());
}

void TypeChangeDialog::runPreview()
{
    if (m_storedName.isEmpty()) {
        m_summary->setText(tr("This property has no stored values: nothing to convert."));
        return;
    }
    m_summary->setText(tr("Converting the stored values…"));
    const QString blueprint = m_change.blueprint;
    const QString stored = m_storedName;
    const QString program = transform();
    const QJsonObject schema = m_change.schema;
    m_lane.post(
        this, u"conversion"_s,
        [blueprint, stored, program, schema](CatalogStore &store) { return previewConversion(store, blueprint, stored, program, schema); },
        [this](const ConversionPreview &preview) { showPreview(preview); });
}

void TypeChangeDialog::showPreview(const ConversionPreview &preview)
{
    m_programError = preview.programError;
    revalidate();
    m_table->setRowCount(0);
    if (!preview.programError.isEmpty()) {
        m_summary->setText(tr("No preview: the transform does not run."));
        Q_EMIT previewShown();
        return;
    }
    for (const ConversionSample &sample : preview.samples) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *entity = new QTableWidgetItem(sample.title.isEmpty() ? sample.entity : sample.title);
        entity->setToolTip(sample.entity);
        m_table->setItem(row, 0, entity);
        m_table->setItem(row, 1, new QTableWidgetItem(compact(sample.before)));
        m_table->setItem(row, 2, new QTableWidgetItem(sample.error.isEmpty() ? compact(sample.after) : QString()));
        auto *problem = new QTableWidgetItem(sample.error);
        problem->setForeground(formstyle::problemColor(palette()));
        problem->setToolTip(sample.error);
        m_table->setItem(row, 3, problem);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < 3; ++column)
        m_table->setColumnWidth(column, qBound(90, m_table->columnWidth(column) + 12, 220));
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText, preview.failures > 0 ? formstyle::warningColor(palette()) : palette().color(QPalette::WindowText));
    m_summary->setPalette(p);
    if (preview.total == 0)
        m_summary->setText(tr("No stored entity has a value for %1: nothing to convert.").arg(m_storedName));
    else if (preview.failures == 0)
        m_summary->setText(tr("All %n stored value(s) convert.", nullptr, int(preview.total)));
    else
        m_summary->setText(tr("%1 of %2 stored values fail to convert; applying is refused while any fails. "
                              "Change the transform, or give null where there is no good value.")
                               .arg(preview.failures)
                               .arg(preview.total));
    Q_EMIT previewShown();
}

QString TypeChangeDialog::summary() const
{
    return m_summary->text();
}

bool TypeChangeDialog::commit()
{
    const PropertyChange change = m_change;
    const QString program = transform();
    const QString refusal = m_document.edit(tr("Change the type of %1").arg(change.id), [change, program](ModelDraft &draft) {
        return formedits::putProperty(draft, change.blueprint, change.previous, change.id, change.schema, change.required, program);
    });
    setGeneralProblem(refusal);
    return refusal.isEmpty();
}

} // namespace portolan
