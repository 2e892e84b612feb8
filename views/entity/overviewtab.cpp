#include "overviewtab.h"

#include "entity/entitysnapshot.h"
#include "markdownview.h"
#include "overviewsection.h"
#include "valuewidget.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString titleOr(const QString &title, const QString &id)
{
    return title.isEmpty() ? id : title;
}

// Averages come out as 41.333333333333336; two decimals say enough on a page.
QJsonValue rounded(const QJsonValue &value)
{
    if (!value.isDouble() || std::floor(value.toDouble()) == value.toDouble())
        return value;
    return std::round(value.toDouble() * 100) / 100;
}

QString problemFor(const Problems &problems, const QString &path)
{
    for (const Problem &p : problems) {
        if (p.path == path)
            return p.message;
    }
    return {};
}

// A markdown property: its title over the rendered text.
QWidget *markdownBlock(const QString &title, const QString &tooltip, QWidget *view)
{
    auto *block = new QWidget;
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 8);
    auto *heading = new QLabel(title);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setToolTip(tooltip);
    layout->addWidget(heading);
    layout->addWidget(view);
    return block;
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QScrollArea(parent)
    , m_hideEmpty(new QCheckBox(tr("Hide empty")))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(16, 12, 16, 16);
    m_hideEmpty->setObjectName(u"hideEmpty"_s);
    m_hideEmpty->setToolTip(tr("Hide properties that have no value"));
    layout->addWidget(m_hideEmpty, 0, Qt::AlignRight);
    m_body = new QWidget;
    layout->addWidget(m_body);
    layout->addStretch(1);
    setWidget(container);
    connect(m_hideEmpty, &QCheckBox::toggled, this, [this] { applyHideEmpty(); });
}

bool OverviewTab::hideEmpty() const
{
    return m_hideEmpty->isChecked();
}

void OverviewTab::setHideEmpty(bool hide)
{
    m_hideEmpty->setChecked(hide);
}

OverviewSection *OverviewTab::addSection(QVBoxLayout *column, const QString &title)
{
    auto *section = new OverviewSection(title);
    column->addWidget(section);
    m_sections.append(section);
    return section;
}

void OverviewTab::setSnapshot(const EntitySnapshot &snapshot)
{
    auto *body = new QWidget;
    auto *columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(32);
    auto *details = new QVBoxLayout;
    auto *documents = new QVBoxLayout;
    details->setSpacing(12); // else inherited from `columns`
    documents->setSpacing(12);
    m_sections.clear();
    const Blueprint &bp = snapshot.blueprint;
    const Entity &entity = snapshot.entity;
    const NameDirectory &names = snapshot.names;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto open = [this](const EntityKey &key) { Q_EMIT entityActivated(key); };
    auto add = [&](OverviewSection *section, const QString &name, const QString &title, const DisplayValue &value,
                   const QString &tooltip = {}) {
        QWidget *widget = ValueWidget::create(value, this, open);
        widget->setObjectName(name);
        section->addRow(title, widget, value.kind == DisplayValue::Kind::Empty, tooltip);
    };

    OverviewSection *properties = addSection(details, tr("Properties"));
    for (const PropertyDef &p : bp.properties) {
        const QJsonValue value = entity.properties.value(p.id);
        const QString title = titleOr(p.title, p.id);
        const QString tooltip = p.description.isEmpty() ? p.id : p.id + u"\n"_s + p.description;
        if (p.format == "markdown"_L1 && value.isString() && !value.toString().trimmed().isEmpty()) {
            auto *view = new MarkdownView(value.toString());
            view->setObjectName(u"value-"_s + p.id);
            documents->addWidget(markdownBlock(title, tooltip, view));
            continue;
        }
        add(properties, u"value-"_s + p.id, title, ValueDisplay::property(p, value, names, now), tooltip);
    }
    if (!bp.relations.isEmpty()) {
        OverviewSection *relations = addSection(details, tr("Relations"));
        for (const RelationDef &r : bp.relations) {
            const DisplayValue value = ValueDisplay::relation(r.target, entity.relations.value(r.id), snapshot.relationTitles.value(r.id));
            add(relations, u"relation-"_s + r.id, titleOr(r.title, r.id), value, r.id);
        }
    }
    if (!bp.mirrors.isEmpty() || !bp.calculations.isEmpty() || !bp.aggregations.isEmpty()) {
        OverviewSection *derived = addSection(details, tr("Derived"));
        for (const MirrorDef &m : bp.mirrors)
            add(derived, u"mirror-"_s + m.id, titleOr(m.title, m.id), ValueDisplay::untyped(snapshot.mirrors.value(m.id), {}, names, now),
                tr("Mirror of %1").arg(m.path));
        for (const CalculationDef &c : bp.calculations) {
            const QString error = problemFor(snapshot.problems, u"$.calculationProperties."_s + c.id);
            DisplayValue value = ValueDisplay::untyped(snapshot.calculations.value(c.id), c.format, names, now);
            if (!error.isEmpty()) {
                value = DisplayValue{};
                value.kind = DisplayValue::Kind::Text;
                value.text = tr("⚠ calculation failed");
                value.tooltip = error;
            }
            add(derived, u"calculation-"_s + c.id, titleOr(c.title, c.id), value, tr("Calculated: %1").arg(c.calculation));
        }
        for (const AggregationDef &a : bp.aggregations)
            add(derived, u"aggregation-"_s + a.id, titleOr(a.title, a.id),
                ValueDisplay::untyped(rounded(snapshot.aggregations.value(a.id)), {}, names, now),
                tr("%1 of related %2").arg(a.func, a.target));
    }
    OverviewSection *meta = addSection(details, tr("Changes"));
    auto when = [&](const QDateTime &at) {
        const QJsonValue iso = at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
        return ValueDisplay::untyped(iso, u"date-time"_s, names, now);
    };
    auto who = [&](const QString &actor) { return actor.isEmpty() ? DisplayValue{} : ValueDisplay::untyped(actor, u"user"_s, names, now); };
    add(meta, u"meta-createdAt"_s, tr("Created"), when(entity.createdAt));
    add(meta, u"meta-createdBy"_s, tr("Created by"), who(entity.createdBy));
    add(meta, u"meta-updatedAt"_s, tr("Updated"), when(entity.updatedAt));
    add(meta, u"meta-updatedBy"_s, tr("Updated by"), who(entity.updatedBy));
    details->addStretch(1);
    documents->addStretch(1);
    int labelWidth = 0;
    for (const OverviewSection *section : std::as_const(m_sections))
        labelWidth = std::max(labelWidth, section->labelWidth());
    for (OverviewSection *section : std::as_const(m_sections))
        section->setLabelWidth(labelWidth);
    const bool hasDocuments = documents->count() > 1;
    columns->addLayout(details, hasDocuments ? 2 : 1);
    if (hasDocuments)
        columns->addLayout(documents, 3);
    else
        delete documents;

    QWidget *old = m_body;
    widget()->layout()->replaceWidget(old, body);
    delete old; // now: tests and accessibility must not find the previous entity's widgets
    m_body = body;
    applyHideEmpty();
    verticalScrollBar()->setValue(0);
}

void OverviewTab::applyHideEmpty()
{
    for (OverviewSection *section : std::as_const(m_sections))
        section->setHideEmpty(m_hideEmpty->isChecked());
}

} // namespace portolan
