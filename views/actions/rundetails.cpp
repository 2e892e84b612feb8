#include "rundetails.h"

#include "actions/actionrun.h"
#include "entity/markdownview.h"
#include "runlinks.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int LinkTextLength = 64;

QString inputText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? RunDetails::tr("yes") : RunDetails::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"—"_s;
    case QJsonValue::Array: {
        // A list of plain values reads as a list; anything nested as JSON.
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject() || item.isArray())
                return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
            items.append(inputText(item));
        }
        return items.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    }
    return {};
}

// Objects and nested arrays show as JSON (monospaced); lists of plain values as a list.
bool isJson(const QJsonValue &value)
{
    if (value.isObject())
        return true;
    const QJsonArray array = value.toArray();
    return std::any_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isObject() || item.isArray(); });
}

QString changeText(const QString &change)
{
    if (change == "create"_L1)
        return RunDetails::tr("Created");
    if (change == "delete"_L1)
        return RunDetails::tr("Deleted");
    return RunDetails::tr("Changed");
}

QLabel *richLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

RunDetails::RunDetails(QWidget *parent)
    : QWidget(parent)
    , m_links(richLabel(u"runLinks"_s))
    , m_summary(new MarkdownView(QString()))
    , m_inputsBox(new QWidget)
    , m_inputsGrid(new QGridLayout(m_inputsBox))
    , m_entities(richLabel(u"runEntities"_s))
{
    m_summary->setObjectName(u"runSummary"_s);
    // Links in the summary go where the page's links go (entity links open pages, http the browser).
    m_summary->setOpenExternalLinks(false);
    m_summary->setOpenLinks(false);
    connect(m_summary, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { Q_EMIT linkActivated(url.toString()); });
    m_inputsBox->setObjectName(u"runInputs"_s);
    m_inputsGrid->setContentsMargins(0, 0, 0, 0);
    m_inputsGrid->setHorizontalSpacing(16);
    m_inputsGrid->setVerticalSpacing(6);
    m_inputsGrid->setColumnStretch(1, 1);
    connect(m_links, &QLabel::linkActivated, this, &RunDetails::linkActivated);
    connect(m_entities, &QLabel::linkActivated, this, &RunDetails::linkActivated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 8, 12, 16);
    layout->setSpacing(6);
    m_linksHeading = addSection(layout, tr("Links"), m_links);
    m_summaryHeading = addSection(layout, tr("Summary"), m_summary);
    m_inputsHeading = addSection(layout, tr("Inputs"), m_inputsBox);
    m_entitiesHeading = addSection(layout, tr("Entities"), m_entities);
    layout->addStretch(1);
}

QLabel *RunDetails::addSection(QVBoxLayout *layout, const QString &title, QWidget *content)
{
    auto *heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    if (layout->count() > 0)
        layout->addSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(content);
    heading->hide();
    content->hide();
    return heading;
}

void RunDetails::setRun(const ActionRun &run, const QList<std::pair<QString, QString>> &inputTitles,
                        const QHash<QString, QString> &titles)
{
    if (m_first || run.links != m_shownLinks)
        setLinks(run.links, titles);
    if (m_first || run.summary != m_shownSummary)
        setSummary(run.summary);
    if (m_first || run.inputs != m_shownInputs)
        setInputs(run.inputs, inputTitles);
    m_first = false;
}

void RunDetails::setLinks(const QStringList &links, const QHash<QString, QString> &titles)
{
    m_shownLinks = links;
    QStringList lines;
    for (const QString &link : links) {
        if (const auto entity = parseEntityLink(link)) {
            const QString title = titles.value(entity->first + u'/' + entity->second, entity->second);
            lines.append(linkHtml(link, title) + u" <span>(%1)</span>"_s.arg(entity->first.toHtmlEscaped()));
            continue;
        }
        // Long URLs would widen the column: show them shortened, the link keeps them whole.
        QString text = QUrl(link).toDisplayString(QUrl::RemoveScheme | QUrl::StripTrailingSlash);
        if (text.startsWith("//"_L1))
            text = text.mid(2);
        if (text.isEmpty())
            text = link;
        if (text.size() > LinkTextLength)
            text = text.left(LinkTextLength / 2 - 1) + u'…' + text.right(LinkTextLength / 2 - 1);
        lines.append(linkHtml(link, text));
    }
    m_links->setText(lines.join(u"<br>"_s));
    m_links->setToolTip(links.join(u'\n'));
    m_linksHeading->setVisible(!links.isEmpty());
    m_links->setVisible(!links.isEmpty());
}

void RunDetails::setSummary(const QString &summary)
{
    m_shownSummary = summary;
    m_summary->setMarkdown(summary);
    m_summary->updateGeometry();
    m_summaryHeading->setVisible(!summary.trimmed().isEmpty());
    m_summary->setVisible(!summary.trimmed().isEmpty());
}

void RunDetails::setInputs(const QJsonObject &inputs, const QList<std::pair<QString, QString>> &inputTitles)
{
    m_shownInputs = inputs;
    while (QLayoutItem *item = m_inputsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The form's order first, then whatever the run has that the action no longer names.
    QList<std::pair<QString, QString>> rows;
    QStringList placed;
    for (const auto &[key, title] : inputTitles)
        if (inputs.contains(key)) {
            rows.append({key, title});
            placed.append(key);
        }
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        if (!placed.contains(it.key()))
            rows.append({it.key(), it.key()});

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[key, title] = rows.at(row);
        const QJsonValue value = inputs.value(key);
        auto *name = new QLabel(title);
        name->setForegroundRole(QPalette::PlaceholderText);
        name->setToolTip(key);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *text = new QLabel(inputText(value));
        text->setObjectName(u"input-"_s + key);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (isJson(value))
            text->setFont(fixed);
        m_inputsGrid->addWidget(name, row, 0);
        m_inputsGrid->addWidget(text, row, 1);
    }
    m_inputsHeading->setVisible(!rows.isEmpty());
    m_inputsBox->setVisible(!rows.isEmpty());
}

void RunDetails::setEntities(const QList<RunEntityChange> &entities, const QHash<QString, QString> &titles)
{
    QStringList keys;
    for (const RunEntityChange &change : entities)
        keys.append(change.change + u' ' + change.blueprint + u'/' + change.identifier + u' '
                    + titles.value(change.blueprint + u'/' + change.identifier));
    if (!m_shownEntities.isEmpty() && keys == m_shownEntities)
        return;
    m_shownEntities = keys;
    QStringList rows;
    for (const RunEntityChange &change : entities) {
        const QString title = titles.value(change.blueprint + u'/' + change.identifier, change.identifier);
        // A deleted entity has no page to open.
        const QString name = change.change == "delete"_L1 ? title.toHtmlEscaped()
                                                           : linkHtml(entityLinkUrl(change.blueprint, change.identifier), title);
        rows.append(u"<tr><td style=\"padding-right: 12px\">%1</td><td style=\"padding-right: 8px\">%2</td><td>%3</td></tr>"_s.arg(
            changeText(change.change), name, change.blueprint.toHtmlEscaped()));
    }
    m_entities->setText(u"<table cellspacing=\"0\" cellpadding=\"2\">"_s + rows.join(QString()) + u"</table>"_s);
    m_entitiesHeading->setVisible(!entities.isEmpty());
    m_entities->setVisible(!entities.isEmpty());
}

} // namespace portolan
