#pragma once

#include <QJsonArray>
#include <QString>

namespace portolan::demo {

struct DemoWorld;
struct ServiceInfo;

// A short README in Markdown, the kind a template repository starts a service with.
QString serviceReadme(
    const DemoWorld &world, const ServiceInfo &service, const QJsonArray &dependsOn, const QString &onCall);

} // namespace portolan::demo
