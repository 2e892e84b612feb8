#include "auditchangemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr qsizetype MaxLine = 200;
constexpr qsizetype MaxTooltip = 4000;

QString abridged(const QString &text, qsizetype max)
{
    return text.size() > max ? text.left(max) + u'…' : text;
}
} // namespace

void AuditChangeModel::setChanges(QList<AuditChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

QString AuditChangeModel::valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype newline = text.indexOf(u'\n');
        return newline < 0 ? abridged(text, MaxLine) : abridged(text.left(newline), MaxLine) + u" …"_s;
    }
    if (value.isObject() || value.isArray()) {
        const QJsonDocument doc = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        return abridged(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)), MaxLine);
    }
    // Scalars: JSON's own spelling (true, null, 3.5).
    const QJsonDocument doc(QJsonArray{value});
    const QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QString AuditChangeModel::fullText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return valueText(value);
}

int AuditChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int AuditChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditChange &change = m_changes.at(index.row());
    if (role == KindRole)
        return int(change.kind);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PathColumn: return change.path;
        case KindColumn:
            switch (change.kind) {
            case AuditChange::Kind::Added: return tr("+ added");
            case AuditChange::Kind::Removed: return tr("− removed");
            case AuditChange::Kind::Changed: return tr("~ changed");
            }
            return {};
        case BeforeColumn: return valueText(change.before);
        case AfterColumn: return valueText(change.after);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == BeforeColumn || index.column() == AfterColumn)) {
        const QString text = fullText(index.column() == BeforeColumn ? change.before : change.after);
        return text.isEmpty() ? QVariant() : QVariant(abridged(text, MaxTooltip));
    }
    return {};
}

QVariant AuditChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn: return tr("Path");
    case KindColumn: return tr("Change");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    }
    return {};
}

} // namespace portolan
