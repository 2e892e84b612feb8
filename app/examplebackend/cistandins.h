#pragma once

class QHttpServer;
class QObject;

// Stand-ins for GitHub's workflow dispatch and GitLab's pipeline trigger, so that the demo's
// GITHUB and GITLAB actions have somewhere to go (their apiUrl points here):
//   POST /github/repos/{org}/{repo}/actions/workflows/{workflow}/dispatches  → 204
//   POST /gitlab/api/v4/projects/{id}/trigger/pipeline                       → 201 {id, web_url}
// Like the real services they need a token and report nothing to Portolan (they get no run
// token); Portolan ends such runs when the call is accepted. Inputs are printed, secrets masked.
void addCiStandIns(QHttpServer &server, QObject *context);
