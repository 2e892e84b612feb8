#include "formfields.h"

#include "design/modeldraft.h"
#include "schema/formats.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan::formfields {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::formfields", text);
}

QString typeTitle(const QString &type)
{
    if (type == "string"_L1)
        return tr("Text");
    if (type == "number"_L1)
        return tr("Number");
    if (type == "boolean"_L1)
        return tr("Boolean");
    if (type == "object"_L1)
        return tr("Object (JSON)");
    if (type == "array"_L1)
        return tr("List");
    return type;
}

} // namespace

QString formatTitle(const QString &format)
{
    static const QHash<QString, const char *> titles{
        {u"date-time"_s, QT_TRANSLATE_NOOP("portolan::formfields", "Date and time")},
        {u"url"_s, QT_TRANSLATE_NOOP("portolan::formfields", "URL")},
        {u"email"_s, QT_TRANSLATE_NOOP("portolan::formfields", "E-mail address")},
        {u"idn-email"_s, QT_TRANSLATE_NOOP("portolan::formfields", "E-mail address (international)")},
        {u"ipv4"_s, QT_TRANSLATE_NOOP("portolan::formfields", "IPv4 address")},
        {u"ipv6"_s, QT_TRANSLATE_NOOP("portolan::formfields", "IPv6 address")},
        {u"markdown"_s, QT_TRANSLATE_NOOP("portolan::formfields", "Markdown")},
        {u"yaml"_s, QT_TRANSLATE_NOOP("portolan::formfields", "YAML")},
        {u"user"_s, QT_TRANSLATE_NOOP("portolan::formfields", "User (e-mail)")},
        {u"team"_s, QT_TRANSLATE_NOOP("portolan::formfields", "Team")},
        {u"timer"_s, QT_TRANSLATE_NOOP("portolan::formfields", "Timer (expiry date)")},
        {u"proto"_s, QT_TRANSLATE_NOOP("portolan::formfields", "Protobuf")},
        {u"labeled-url"_s, QT_TRANSLATE_NOOP("portolan::formfields", "Labeled URL")},
    };
    const auto it = titles.constFind(format);
    return it == titles.cend() ? format : tr(*it);
}

QComboBox *typeBox()
{
    auto *box = new QComboBox;
    for (const QString &type : {u"string"_s, u"number"_s, u"boolean"_s, u"object"_s, u"array"_s})
        box->addItem(typeTitle(type), type);
    return box;
}

QComboBox *formatBox()
{
    auto *box = new QComboBox;
    box->addItem(tr("No format"), QString());
    for (const QString &format : formats::known())
        box->addItem(u"%1  (%2)"_s.arg(formatTitle(format), format), format);
    return box;
}

QComboBox *iconBox(const ModelDraft &draft)
{
    // Port's icon names that catalogs use most; the draft's own come first.
    static const QStringList common{u"Microservice"_s, u"Service"_s, u"Team"_s,        u"User"_s,     u"Environment"_s,
                                    u"Cluster"_s,      u"Cloud"_s,   u"Database"_s,    u"API"_s,      u"Deployment"_s,
                                    u"Github"_s,       u"Git"_s,     u"Kubernetes"_s,  u"Docker"_s,   u"Alert"_s,
                                    u"Bug"_s,          u"Lock"_s,    u"Link"_s,        u"Calendar"_s, u"Clock"_s,
                                    u"Package"_s,      u"Server"_s,  u"DefaultProperty"_s};
    QStringList icons;
    for (const Blueprint &bp : draft.blueprints()) {
        icons.append(bp.icon);
        for (const PropertyDef &p : bp.properties)
            icons.append(p.icon);
    }
    icons.append(common);
    icons.removeAll(QString());
    icons.removeDuplicates();
    auto *box = new QComboBox;
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString(), QString());
    for (const QString &icon : std::as_const(icons))
        box->addItem(icon, icon);
    box->lineEdit()->setPlaceholderText(tr("No icon"));
    return box;
}

void select(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
    else if (box->isEditable())
        box->setEditText(value);
}

QString current(const QComboBox *box)
{
    if (box->isEditable())
        return box->currentText().trimmed();
    return box->currentData().toString();
}

QString describeType(const QJsonObject &schema)
{
    const QString type = schema.value("type"_L1).toString();
    QString text = typeTitle(type);
    if (type == "array"_L1) {
        const QJsonObject items = schema.value("items"_L1).toObject();
        if (!items.isEmpty())
            text = tr("List of %1").arg(describeType(items).toLower());
    }
    const QString format = schema.value("format"_L1).toString();
    if (!format.isEmpty())
        text += u" · "_s + format;
    const qsizetype values = schema.value("enum"_L1).toArray().size();
    if (values > 0)
        text += u" · "_s + QCoreApplication::translate("portolan::formfields", "%n value(s)", nullptr, int(values));
    return text;
}

} // namespace portolan::formfields
