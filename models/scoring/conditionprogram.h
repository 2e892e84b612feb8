#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace portolan {

// The parts of one entity's JSON that conditions read, looked up once per evaluation rather than
// once per condition.
struct ConditionEntity {
    explicit ConditionEntity(const QJsonObject &entityJson);
    const QJsonObject &json;
    QJsonObject properties;
    const QJsonObject &relations() const; // looked up on first use
private:
    mutable QJsonObject m_relations;
    mutable bool m_relationsRead = false;
};

// Where a condition or a measure reads its value, decided once from the property name:
// a stored/derived property, a meta-property ($identifier, $createdAt…) or "$relations.<name>".
struct ValueSource {
    enum class Kind : quint8 { Property, Meta, RelationCount };
    Kind kind = Kind::Property;
    QString key;
    QString plainKey; // meta-properties: the key without '$' ("identifier"), tried second

    static ValueSource property(const QString &name);
    static ValueSource relation(const QString &name);
    QJsonValue read(const ConditionEntity &entity) const;
};

// How many entities a relation value names: an identifier is one, a list its size, null none.
int relationCount(const QJsonValue &relationValue);

// ISO 8601 date or date-time ("2026-01-31", "2026-01-31T10:00:00.000Z", "+02:00" offsets) to
// milliseconds since the epoch, without allocating. A missing zone means UTC. `endOfDay` makes a
// date-only value mean its last millisecond (the `to` of a range).
bool parseIsoMilliseconds(QStringView text, qint64 *ms, bool endOfDay = false);
bool parseIsoMilliseconds(const QJsonValue &value, qint64 *ms, bool endOfDay = false);

// Port's between/notBetween presets as [from, to] in milliseconds, relative to `now`.
enum class DatePreset : quint8 { None, Today, Yesterday, Tomorrow, LastWeek, Last2Weeks, LastMonth, Last3Months,
                                 Last6Months, Last12Months, NextWeek, NextMonth };
DatePreset datePreset(const QString &name); // None when unknown
const QStringList &datePresetNames();
void presetRange(DatePreset preset, const QDateTime &now, qint64 *from, qint64 *to);

enum class ConditionOp : quint8 { Eq, Ne, Gt, Lt, Ge, Le, Contains, DoesNotContain, BeginsWith, DoesNotBeginWith,
                                  EndsWith, DoesNotEndWith, In, ContainsAny, IsEmpty, IsNotEmpty, Between,
                                  NotBetween, Unknown };
ConditionOp conditionOp(const QString &name);

// Port's scorecard conditions compiled once: property lookups, operators and expected values are
// resolved up front so that evaluating an entity walks a small tree without parsing anything.
class ConditionProgram final
{
public:
    ConditionProgram() = default;
    explicit ConditionProgram(const QJsonObject &query); // {combinator, conditions}
    // No conditions: matches every entity (as Port does).
    bool isEmpty() const { return m_root.children.empty(); }
    bool matches(const QJsonObject &entityJson, const QDateTime &now) const;
    bool matches(const ConditionEntity &entity, const QDateTime &now) const;

private:
    struct Node {
        bool isGroup = false;
        bool any = false; // "or"
        std::vector<Node> children;
        // A leaf: one condition.
        ValueSource source;
        ConditionOp op = ConditionOp::Unknown;
        QJsonValue expected;
        QString expectedString;
        QJsonArray expectedList;
        double expectedNumber = 0;
        qint64 expectedMs = 0;
        bool expectedIsNumber = false;
        bool expectedIsDate = false;
        DatePreset preset = DatePreset::None;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool hasRange = false;
    };
    static Node compileGroup(const QJsonObject &group);
    static Node compileLeaf(const QJsonObject &condition);
    static bool evaluate(const Node &node, const ConditionEntity &entity, const QDateTime &now);
    static bool evaluateLeaf(const Node &leaf, const ConditionEntity &entity, const QDateTime &now);

    Node m_root;
};

} // namespace portolan
