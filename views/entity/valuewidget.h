#pragma once

#include "catalog/valuedisplay.h"
#include "store/catalogstore.h"

#include <functional>

class QWidget;

namespace portolan {

// The widget that shows one DisplayValue on the entity page: enum chips in their colour, links
// that open, check marks, names, timers, entity links (reported through `openEntity`, called in
// `context`). Empty values read as a dash.
namespace ValueWidget {
QWidget *create(const DisplayValue &value, QObject *context, const std::function<void(const EntityKey &)> &openEntity,
                QWidget *parent = nullptr);
// Links to entities ("blueprint/identifier" keys) labelled with their titles.
QWidget *entityLinks(const QStringList &keys, const QStringList &titles, QObject *context,
                     const std::function<void(const EntityKey &)> &openEntity, QWidget *parent = nullptr);
// "blueprint/identifier" → key; the href scheme entity links use.
EntityKey keyFromHref(const QString &href);
} // namespace ValueWidget

} // namespace portolan
