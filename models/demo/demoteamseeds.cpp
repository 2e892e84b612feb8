#include "demoteamseeds.h"

#include <array>

using namespace Qt::StringLiterals;

namespace portolan::demo {

namespace {
constexpr std::array seeds {
    TeamSeed { "platform"_L1, "Platform"_L1, "Platform"_L1, Stack::Platform,
        "edge config flags mesh registry"_L1, "Go Rust"_L1,
        "Runs the shared runtime: ingress, configuration, feature flags and the service mesh."_L1 },
    TeamSeed { "identity"_L1, "Identity & Access"_L1, "Platform"_L1, Stack::Product,
        "auth accounts sessions permissions tokens"_L1, "Go Java"_L1,
        "Sign-in, accounts and authorisation for customers and staff."_L1 },
    TeamSeed { "site-reliability"_L1, "Site Reliability"_L1, "Platform"_L1, Stack::Platform,
        "alerts status oncall telemetry"_L1, "Go Python"_L1,
        "Keeps production healthy: alerting, status pages, telemetry and incident tooling."_L1 },
    TeamSeed { "developer-experience"_L1, "Developer Experience"_L1, "Platform"_L1, Stack::Platform,
        "build artifacts scaffolder sandbox docs"_L1, "Go TypeScript Kotlin"_L1,
        "Paved roads for engineers: CI, artefacts, templates and preview environments."_L1 },
    TeamSeed { "security"_L1, "Security Engineering"_L1, "Security"_L1, Stack::Platform,
        "audit certs waf secrets"_L1, "Go Rust Python"_L1,
        "Secrets, certificates, edge protection and the audit trail."_L1 },
    TeamSeed { "data-platform"_L1, "Data Platform"_L1, "Data"_L1, Stack::Data,
        "events lake clickstream schema"_L1, "Python Scala Java"_L1,
        "The event bus, the data lake and the pipelines that feed them."_L1 },
    TeamSeed { "payments"_L1, "Payments"_L1, "Commerce"_L1, Stack::Product,
        "payments cards wallet payouts refunds"_L1, "Java Kotlin Go"_L1,
        "Takes money in and pays it out: cards, wallets, payouts and refunds."_L1 },
    TeamSeed { "billing"_L1, "Billing"_L1, "Commerce"_L1, Stack::Product,
        "billing invoices subscriptions tax dunning"_L1, "Kotlin Java Ruby"_L1,
        "Subscriptions, invoices, tax and the dunning process."_L1 },
    TeamSeed { "checkout"_L1, "Checkout"_L1, "Commerce"_L1, Stack::Product,
        "checkout cart vouchers addresses"_L1, "TypeScript Kotlin Go"_L1,
        "The path from basket to confirmed order."_L1 },
    TeamSeed { "catalog"_L1, "Catalog"_L1, "Commerce"_L1, Stack::Product,
        "catalog products media taxonomy"_L1, "Java Go TypeScript"_L1,
        "Product data, images and the category tree."_L1 },
    TeamSeed { "search-discovery"_L1, "Search & Discovery"_L1, "Commerce"_L1, Stack::Data,
        "search recommendations ranking autocomplete"_L1, "Python Java Rust"_L1,
        "Helps customers find things: search, ranking and recommendations."_L1 },
    TeamSeed { "pricing"_L1, "Pricing"_L1, "Commerce"_L1, Stack::Product,
        "pricing discounts currency quotes"_L1, "Kotlin Java Python"_L1,
        "Prices, discounts and currency conversion."_L1 },
    TeamSeed { "orders"_L1, "Orders"_L1, "Operations"_L1, Stack::Product, "orders returns cancellations"_L1,
        "Java Kotlin"_L1, "The order lifecycle from placement to returns."_L1 },
    TeamSeed { "fulfilment"_L1, "Fulfilment"_L1, "Operations"_L1, Stack::Product,
        "inventory warehouse shipping tracking carriers"_L1, "Go Java Python"_L1,
        "Stock, warehouses and getting parcels to customers."_L1 },
    TeamSeed { "notifications"_L1, "Notifications"_L1, "Customer"_L1, Stack::Product,
        "notifications email sms push"_L1, "Go TypeScript"_L1,
        "E-mail, SMS and push messages, with preferences and templates."_L1 },
    TeamSeed { "risk-fraud"_L1, "Risk & Fraud"_L1, "Security"_L1, Stack::Data, "fraud risk kyc disputes"_L1,
        "Python Scala Java"_L1, "Stops fraud, runs identity checks and handles disputes."_L1 },
    TeamSeed { "growth"_L1, "Growth"_L1, "Customer"_L1, Stack::Product,
        "referrals loyalty campaigns experiments"_L1, "TypeScript Ruby Python"_L1,
        "Referrals, loyalty points, campaigns and A/B experiments."_L1 },
    TeamSeed { "mobile"_L1, "Mobile"_L1, "Customer"_L1, Stack::Product, "mobile deeplinks app-config"_L1,
        "Kotlin TypeScript"_L1, "The iOS and Android apps and the services behind them."_L1 },
    TeamSeed { "customer-support"_L1, "Customer Support Tools"_L1, "Customer"_L1, Stack::Product,
        "support tickets chat feedback helpcenter"_L1, "Ruby TypeScript"_L1,
        "Tools for support agents: tickets, chat and the help centre."_L1 },
    TeamSeed { "analytics"_L1, "Analytics & Reporting"_L1, "Data"_L1, Stack::Data,
        "reporting insights exports forecasting"_L1, "Python Scala"_L1,
        "Business reporting, forecasting and data exports."_L1 },
};
} // namespace

std::span<const TeamSeed> teamSeeds()
{
    return seeds;
}

} // namespace portolan::demo
