#pragma once

#include "common/problem.h"
#include "schema/blueprint.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QUndoStack;

namespace portolan {

// Sets (or, with an undefined or null value, removes) the value at `keys` inside `json`, making the
// objects on the way: setAt(action, {"trigger", "operation"}, "DAY-2").
QJsonObject setAt(QJsonObject json, const QStringList &keys, const QJsonValue &value);
QJsonValue valueAt(const QJsonObject &json, const QStringList &keys);

// The action being edited: its JSON, the model it is checked against, and an undo stack of
// JSON snapshots. The form and the JSON view both edit through edit() and rebuild on changed(),
// so they always show the same action.
class ActionEditorDocument final : public QObject
{
    Q_OBJECT
public:
    // `stored`: the identifier of the stored action being edited ("" for a new one), which must
    // not change. `taken`: the identifiers of the portal's other actions.
    ActionEditorDocument(const QJsonObject &action, const QList<Blueprint> &blueprints, const QString &stored,
                   const QStringList &taken, QObject *parent = nullptr);
    ~ActionEditorDocument() override;

    const QJsonObject &json() const { return m_json; }
    const QHash<QString, Blueprint> &blueprints() const { return m_blueprints; }
    const QList<Blueprint> &blueprintList() const { return m_blueprintList; }
    QString storedIdentifier() const { return m_stored; }
    bool isStored() const { return !m_stored.isEmpty(); }
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces the JSON as one undo step; consecutive edits with the same `mergeKey` (not -1)
    // become one step. No-op when nothing changes.
    void edit(const QString &text, const QJsonObject &json, int mergeKey = -1);
    // edit() of the value at `keys`.
    void set(const QString &text, const QStringList &keys, const QJsonValue &value, int mergeKey = -1);
    // A merge key for typing in field number `field` (0…4095): the same until endSession(), which
    // the form calls when focus moves, so each visit to a field is one undo step.
    int sessionKey(int field) const { return (field & 0xfff) * 0x1000 + (m_session & 0xfff); }
    void endSession() { ++m_session; }

    // Everything wrong with the JSON, with JSON paths ($.trigger.operation): validateAction, the
    // inputs' own check, and identifiers taken or changed.
    const Problems &problems() const { return m_problems; }
    bool hasErrors() const;

Q_SIGNALS:
    void changed();

private:
    friend class ActionSnapshotCommand;
    void setJson(const QJsonObject &json); // from the undo stack
    void check();

    QJsonObject m_json;
    QList<Blueprint> m_blueprintList;
    QHash<QString, Blueprint> m_blueprints;
    QString m_stored;
    QStringList m_taken;
    Problems m_problems;
    int m_session = 0;
    QUndoStack *m_undo = nullptr;
};

} // namespace portolan
