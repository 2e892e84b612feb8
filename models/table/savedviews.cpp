#include "savedviews.h"

#include "tablecolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portolan {

SavedViews::SavedViews(const QString &blueprint)
    // Identifiers may hold '/', QSettings' separator: percent-encoded, one key per blueprint.
    : m_key(u"tableViews/"_s + QString::fromLatin1(QUrl::toPercentEncoding(blueprint)))
{
}

QList<std::pair<QString, TableState>> SavedViews::read() const
{
    QList<std::pair<QString, TableState>> views;
    const QJsonArray array = QJsonDocument::fromJson(QSettings().value(m_key).toString().toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QString name = v[u"name"].toString();
        if (!name.isEmpty())
            views.append({name, TableState::fromJson(v[u"state"].toObject())});
    }
    return views;
}

void SavedViews::write(const QList<std::pair<QString, TableState>> &views) const
{
    QSettings settings;
    if (views.isEmpty()) {
        settings.remove(m_key);
        return;
    }
    QJsonArray array;
    for (const auto &[name, state] : views)
        array.append(QJsonObject{{u"name"_s, name}, {u"state"_s, state.toJson()}});
    settings.setValue(m_key, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QStringList SavedViews::names() const
{
    QStringList names;
    for (const auto &view : read())
        names.append(view.first);
    return names;
}

std::optional<TableState> SavedViews::view(const QString &name) const
{
    for (const auto &[n, state] : read()) {
        if (n == name)
            return state;
    }
    return std::nullopt;
}

bool SavedViews::save(const QString &name, const TableState &state)
{
    if (name.trimmed().isEmpty())
        return false;
    auto views = read();
    const auto it = std::find_if(views.begin(), views.end(), [&](const auto &v) { return v.first == name.trimmed(); });
    if (it != views.end())
        it->second = state;
    else
        views.append({name.trimmed(), state});
    write(views);
    return true;
}

bool SavedViews::rename(const QString &from, const QString &to)
{
    auto views = read();
    const QString target = to.trimmed();
    const auto has = [&](const QString &name) {
        return std::any_of(views.begin(), views.end(), [&](const auto &v) { return v.first == name; });
    };
    if (target.isEmpty() || !has(from) || (target != from && has(target)))
        return false;
    for (auto &view : views) {
        if (view.first == from)
            view.first = target;
    }
    write(views);
    return true;
}

bool SavedViews::remove(const QString &name)
{
    auto views = read();
    const qsizetype removed = views.removeIf([&](const auto &v) { return v.first == name; });
    write(views);
    return removed > 0;
}

TableState SavedViews::defaultState(const Blueprint &blueprint)
{
    TableState state;
    state.columns = TableColumns::defaultKeys(blueprint, TableColumns::of(blueprint));
    return state;
}

} // namespace portolan
