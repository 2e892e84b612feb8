#include "benchcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

const QStringList kLanguages{u"Go"_s, u"Java"_s, u"Python"_s, u"TypeScript"_s, u"Kotlin"_s, u"Rust"_s};
const QStringList kTiers{u"tier-1"_s, u"tier-2"_s, u"tier-3"_s};
const QStringList kStatuses{u"success"_s, u"success"_s, u"success"_s, u"success"_s, u"success"_s,
                            u"success"_s, u"success"_s, u"success"_s, u"failure"_s, u"rolledBack"_s};
const QStringList kWords{u"payments"_s, u"checkout"_s, u"catalog"_s, u"search"_s,  u"billing"_s, u"identity"_s,
                         u"ledger"_s,   u"shipping"_s, u"pricing"_s, u"reviews"_s, u"orders"_s,  u"inventory"_s};

Blueprint blueprint(const char *json)
{
    return Blueprint::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

} // namespace

BenchCatalog::BenchCatalog(qint64 entities)
    : m_teams(std::max<qint64>(5, entities / 1000))
    , m_systems(std::max<qint64>(5, entities / 100))
    , m_services(entities / 5)
    , m_apis(0)
    , m_deployments(0)
{
    m_apis = std::max<qint64>(1, entities / 10 - m_teams - m_systems);
    m_deployments = std::max<qint64>(1, entities - m_teams - m_systems - m_services - m_apis);
}

QString BenchCatalog::serviceId(qint64 i)
{
    return kWords.at(i % kWords.size()) + u"-svc-"_s + QString::number(i);
}

QList<Blueprint> BenchCatalog::blueprints() const
{
    return {
        blueprint(R"({"identifier":"team","title":"Team","schema":{"properties":{"slack":{"type":"string"}}}})"),
        blueprint(R"({"identifier":"system","title":"System","schema":{"properties":{"description":{"type":"string"}}},
                      "relations":{"team":{"target":"team","required":true,"many":false}}})"),
        blueprint(R"({"identifier":"service","title":"Service","schema":{"properties":{
                      "language":{"type":"string","enum":["Go","Java","Python","TypeScript","Kotlin","Rust"]},
                      "tier":{"type":"string","enum":["tier-1","tier-2","tier-3"]},
                      "description":{"type":"string"},"coverage":{"type":"number"},
                      "repo":{"type":"string","format":"url"}}},
                      "relations":{"system":{"target":"system","required":true,"many":false},
                                   "team":{"target":"team","required":false,"many":false}}})"),
        blueprint(R"({"identifier":"api","title":"API","schema":{"properties":{"type":{"type":"string","enum":["openapi","grpc","graphql"]}}},
                      "relations":{"provider":{"target":"service","required":true,"many":false},
                                   "system":{"target":"system","required":false,"many":false}}})"),
        blueprint(R"({"identifier":"deployment","title":"Deployment","schema":{"properties":{
                      "status":{"type":"string","enum":["success","failure","rolledBack"]},
                      "startedAt":{"type":"string","format":"date-time"},
                      "durationSeconds":{"type":"number"},"version":{"type":"string"}}},
                      "relations":{"service":{"target":"service","required":true,"many":false},
                                   "environment":{"target":"system","required":false,"many":false}}})"),
    };
}

void BenchCatalog::generate(const std::function<void(const Entity &)> &sink) const
{
    QRandomGenerator random(42);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    Entity e;
    const auto emitEntity = [&](const QString &bp, const QString &id, const QString &title) {
        e.blueprint = bp;
        e.identifier = id;
        e.title = title;
        sink(e);
        e = Entity{};
    };
    for (qint64 i = 0; i < m_teams; ++i) {
        e.properties = {{u"slack"_s, QString(u"#team-"_s + QString::number(i))}};
        emitEntity(u"team"_s, u"team-"_s + QString::number(i), u"Team "_s + QString::number(i));
    }
    for (qint64 i = 0; i < m_systems; ++i) {
        e.properties = {{u"description"_s, QString(kWords.at(i % kWords.size()) + u" platform "_s + QString::number(i))}};
        e.relations = {{u"team"_s, QString(u"team-"_s + QString::number(i % m_teams))}};
        emitEntity(u"system"_s, u"system-"_s + QString::number(i), kWords.at(i % kWords.size()) + u" system"_s);
    }
    for (qint64 i = 0; i < m_services; ++i) {
        const QString id = serviceId(i);
        e.properties = {{u"language"_s, kLanguages.at(random.bounded(kLanguages.size()))},
                        {u"tier"_s, kTiers.at(random.bounded(kTiers.size()))},
                        {u"description"_s, u"Handles %1 for the %2 domain"_s.arg(kWords.at(random.bounded(kWords.size())),
                                                                                 kWords.at(i % kWords.size()))},
                        {u"coverage"_s, random.bounded(1000) / 10.0},
                        {u"repo"_s, QString(u"https://git.example.com/org/"_s + id)}};
        e.relations = {{u"system"_s, QString(u"system-"_s + QString::number(i % m_systems))},
                       {u"team"_s, QString(u"team-"_s + QString::number(i % m_teams))}};
        emitEntity(u"service"_s, id, id);
    }
    for (qint64 i = 0; i < m_apis; ++i) {
        const qint64 provider = random.bounded(m_services);
        e.properties = {{u"type"_s, i % 3 == 0 ? u"grpc"_s : u"openapi"_s}};
        e.relations = {{u"provider"_s, serviceId(provider)}, {u"system"_s, QString(u"system-"_s + QString::number(provider % m_systems))}};
        emitEntity(u"api"_s, u"api-"_s + QString::number(i), serviceId(provider) + u" API"_s);
    }
    for (qint64 i = 0; i < m_deployments; ++i) {
        const qint64 service = random.bounded(m_services);
        const QDateTime at = start.addSecs(qint64(random.bounded(300 * 86400)));
        e.properties = {{u"status"_s, kStatuses.at(random.bounded(kStatuses.size()))},
                        {u"startedAt"_s, at.toString(Qt::ISODate)},
                        {u"durationSeconds"_s, 30 + random.bounded(1800)},
                        {u"version"_s, u"1.%1.%2"_s.arg(random.bounded(40)).arg(random.bounded(100))}};
        e.relations = {{u"service"_s, serviceId(service)}, {u"environment"_s, QString(u"system-"_s + QString::number(service % m_systems))}};
        emitEntity(u"deployment"_s, u"deploy-"_s + QString::number(i), u"Deployment "_s + QString::number(i));
    }
}

} // namespace portolan
