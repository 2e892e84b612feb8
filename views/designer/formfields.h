#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QComboBox;

namespace portolan {
class ModelDraft;
}

namespace portolan::formfields {

// Widgets and words the designer's forms share.

// The five property types, by name for people, with the type as item data.
QComboBox *typeBox();
// "No format" and the formats Portolan knows, with the format as item data (empty: none).
QComboBox *formatBox();
// An editable box offering the icons the draft's blueprints and properties already use, and
// Port's common ones; any name may be typed.
QComboBox *iconBox(const ModelDraft &draft);
// Selects the item whose data is `value`; an editable box takes unknown values as text.
void select(QComboBox *box, const QString &value);
QString current(const QComboBox *box); // the item data, or an editable box's text

// "Text · date-time", "Number", "List of text", "Text, 3 values" for tables.
QString describeType(const QJsonObject &schema);
QString formatTitle(const QString &format);

} // namespace portolan::formfields
