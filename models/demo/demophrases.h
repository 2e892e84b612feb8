#pragma once

#include "demohistory.h"

#include <QString>

namespace portolan::demo {

class DemoRandom;

// Titles people would really write, filled in with the service's own words.
QString pullRequestTitle(const ServiceInfo &service, DemoRandom &random);
QString incidentTitle(const ServiceInfo &service, const IncidentRecord &incident, DemoRandom &random);

} // namespace portolan::demo
