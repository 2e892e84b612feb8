#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>
#include <initializer_list>
#include <utility>

namespace portolan::demo {

// Small builders for Port's blueprint JSON, so that the demo's data model reads like a table.
using Choices = std::initializer_list<std::pair<QLatin1StringView, QLatin1StringView>>; // value, colour

QJsonObject property(QLatin1StringView title, QLatin1StringView type, QLatin1StringView format = {});
QJsonObject text(QLatin1StringView title, QLatin1StringView format = {});
QJsonObject choice(QLatin1StringView title, Choices choices);
QJsonObject relation(QLatin1StringView title, QLatin1StringView target, bool required, bool many = false);
// An aggregation property that counts related `target` entities.
QJsonObject countOf(QLatin1StringView title, QLatin1StringView target);
QJsonObject blueprint(QLatin1StringView identifier, QLatin1StringView title, QLatin1StringView icon,
    QLatin1StringView description, const QJsonObject &properties, const QStringList &required,
    const QJsonObject &relations = {});
// `ownership` for what a service owns: its owners are the service's.
QJsonObject inheritedFromService();

} // namespace portolan::demo
