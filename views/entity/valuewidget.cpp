#include "valuewidget.h"

#include "chiplabel.h"
#include "wraplabel.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace portolan::ValueWidget {

namespace {
const QString EntityScheme = u"portolan-entity:"_s;

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new WrapLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    // Selectable, focus on click; Tab moves between links and controls, not every value.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::ClickFocus);
    return label;
}

QLabel *linkLabel(const QStringList &hrefs, const QStringList &texts, QWidget *parent)
{
    QStringList anchors;
    for (qsizetype i = 0; i < hrefs.size(); ++i)
        anchors.append(u"<a href=\"%1\">%2</a>"_s.arg(hrefs.at(i).toHtmlEscaped(), texts.value(i).toHtmlEscaped()));
    auto *label = new WrapLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(anchors.join(u", "_s));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}
} // namespace

EntityKey keyFromHref(const QString &href)
{
    const QString path = href.startsWith(EntityScheme) ? href.mid(EntityScheme.size()) : href;
    const qsizetype slash = path.indexOf(u'/');
    return slash < 0 ? EntityKey{} : EntityKey{path.left(slash), path.mid(slash + 1)};
}

QWidget *entityLinks(const QStringList &keys, const QStringList &titles, QObject *context,
                     const std::function<void(const EntityKey &)> &openEntity, QWidget *parent)
{
    QStringList hrefs;
    for (const QString &key : keys)
        hrefs.append(EntityScheme + key);
    QLabel *label = linkLabel(hrefs, titles, parent);
    QObject::connect(label, &QLabel::linkActivated, context, [openEntity](const QString &href) { openEntity(keyFromHref(href)); });
    return label;
}

QWidget *create(const DisplayValue &value, QObject *context, const std::function<void(const EntityKey &)> &openEntity,
                QWidget *parent)
{
    QWidget *widget = nullptr;
    switch (value.kind) {
    case DisplayValue::Kind::Empty: {
        QLabel *label = textLabel(u"—"_s, parent);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAccessibleName(QObject::tr("empty"));
        return label;
    }
    case DisplayValue::Kind::Enum:
        widget = new ChipLabel(value.text, QColor(value.color), parent);
        break;
    case DisplayValue::Kind::Boolean:
        widget = textLabel(value.checked ? QObject::tr("✓ Yes") : QObject::tr("✗ No"), parent);
        break;
    case DisplayValue::Kind::Link: {
        QLabel *label = linkLabel({value.link.toString()}, {value.text}, parent);
        label->setOpenExternalLinks(true);
        widget = label;
        break;
    }
    case DisplayValue::Kind::Timer: {
        QLabel *label = textLabel(value.text, parent);
        QFont font = label->font();
        font.setBold(value.expired);
        label->setFont(font);
        widget = label;
        break;
    }
    case DisplayValue::Kind::Entity: {
        // The titles come joined; when a title holds the separator, fall back to identifiers.
        QStringList titles = value.text.split(u", "_s);
        if (titles.size() != value.entities.size()) {
            titles.clear();
            for (const QString &key : value.entities)
                titles.append(keyFromHref(key).identifier);
        }
        widget = entityLinks(value.entities, titles, context, openEntity, parent);
        break;
    }
    default:
        widget = textLabel(value.text, parent);
        break;
    }
    if (!value.tooltip.isEmpty())
        widget->setToolTip(value.tooltip.left(2000));
    return widget;
}

} // namespace portolan::ValueWidget
