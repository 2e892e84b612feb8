#pragma once

struct WebhookCall;
class RunScript;

// Appends what the backend "does" for the demo portal's actions (resources/actions): a few log
// lines, a status label with links, for some an entity written to the catalog, then SUCCESS —
// or FAILURE when `failOnPurpose`. Unknown actions get a short generic script.
void writeActionScript(const WebhookCall &call, bool failOnPurpose, RunScript &script);
