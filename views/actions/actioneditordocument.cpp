#include "actioneditordocument.h"

#include "actions/actiondefinition.h"
#include "actions/userinputs.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace portolan {

// One edit of the action: the JSON before and after (definitions are small values).
class ActionSnapshotCommand final : public QUndoCommand
{
public:
    ActionSnapshotCommand(ActionEditorDocument &document, const QString &text, QJsonObject before, QJsonObject after, int mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_document.setJson(m_before); }
    void redo() override { m_document.setJson(m_after); }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (m_mergeKey < 0 || other->id() != m_mergeKey)
            return false;
        m_after = static_cast<const ActionSnapshotCommand *>(other)->m_after;
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

private:
    ActionEditorDocument &m_document;
    QJsonObject m_before;
    QJsonObject m_after;
    int m_mergeKey;
};

QJsonObject setAt(QJsonObject json, const QStringList &keys, const QJsonValue &value)
{
    if (keys.isEmpty())
        return json;
    const QString &key = keys.constFirst();
    if (keys.size() == 1) {
        if (value.isUndefined() || value.isNull())
            json.remove(key);
        else
            json.insert(key, value);
        return json;
    }
    const QJsonObject inner = setAt(json.value(key).toObject(), keys.mid(1), value);
    json.insert(key, inner);
    return json;
}

QJsonValue valueAt(const QJsonObject &json, const QStringList &keys)
{
    QJsonValue value = json;
    for (const QString &key : keys) {
        if (!value.isObject())
            return QJsonValue::Undefined;
        value = value.toObject().value(key);
    }
    return value;
}

ActionEditorDocument::ActionEditorDocument(const QJsonObject &action, const QList<Blueprint> &blueprints, const QString &stored,
                               const QStringList &taken, QObject *parent)
    : QObject(parent)
    , m_json(action)
    , m_blueprintList(blueprints)
    , m_stored(stored)
    , m_taken(taken)
    , m_undo(new QUndoStack(this))
{
    for (const Blueprint &bp : blueprints)
        m_blueprints.insert(bp.identifier, bp);
    m_taken.removeAll(stored);
    check();
}

ActionEditorDocument::~ActionEditorDocument() = default;

void ActionEditorDocument::edit(const QString &text, const QJsonObject &json, int mergeKey)
{
    if (json == m_json)
        return;
    m_undo->push(new ActionSnapshotCommand(*this, text, m_json, json, mergeKey));
}

void ActionEditorDocument::set(const QString &text, const QStringList &keys, const QJsonValue &value, int mergeKey)
{
    edit(text, setAt(m_json, keys, value), mergeKey);
}

void ActionEditorDocument::setJson(const QJsonObject &json)
{
    m_json = json;
    check();
    Q_EMIT changed();
}

bool ActionEditorDocument::hasErrors() const
{
    return portolan::hasErrors(m_problems);
}

void ActionEditorDocument::check()
{
    Problems problems = validateAction(m_json, m_blueprints);
    // validateAction may already include the inputs' problems: add only the ones it does not.
    QSet<QString> seen;
    for (const Problem &p : std::as_const(problems))
        seen.insert(p.path + u'\n' + p.message);
    const QJsonValue inputs = valueAt(m_json, {u"trigger"_s, u"userInputs"_s});
    if (inputs.isObject()) {
        for (const Problem &p : checkUserInputs(inputs.toObject(), u"$.trigger.userInputs"_s))
            if (!seen.contains(p.path + u'\n' + p.message))
                problems.append(p);
    }
    const QString identifier = m_json.value("identifier"_L1).toString();
    if (isStored() && identifier != m_stored)
        problems.prepend(Problem::error(u"$.identifier"_s,
                                        tr("a stored action keeps its identifier \"%1\" (duplicate it to make a new one)").arg(m_stored)));
    else if (!identifier.isEmpty() && m_taken.contains(identifier))
        problems.prepend(Problem::error(u"$.identifier"_s, tr("there is already an action \"%1\"").arg(identifier)));
    m_problems = problems;
}

} // namespace portolan
