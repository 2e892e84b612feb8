<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../views/entity/historytab.cpp" line="44"/>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../views/entity/valuewidget.cpp" line="66"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../views/entity/valuewidget.cpp" line="73"/>
        <source>✓ Yes</source>
        <translation>✓ Ja</translation>
    </message>
    <message>
        <location filename="../views/entity/valuewidget.cpp" line="73"/>
        <source>✗ No</source>
        <translation>✗ Nein</translation>
    </message>
    <message>
        <location filename="../views/graph/graphnodeitem.cpp" line="50"/>
        <source>+%L1 more</source>
        <translation>+%L1 weitere</translation>
    </message>
    <message>
        <location filename="../views/graph/graphnodeitem.cpp" line="55"/>
        <source>click to show</source>
        <translation>zum Anzeigen klicken</translation>
    </message>
    <message>
        <location filename="../views/graph/graphnodeitem.cpp" line="108"/>
        <source>%L1 more neighbours of %2: click to show them</source>
        <translation>%L1 weitere Nachbarn von %2: zum Anzeigen klicken</translation>
    </message>
    <message>
        <location filename="../views/actions/actionformfield.cpp" line="84"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="42"/>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetcharts.cpp" line="98"/>
        <location filename="../views/dashboards/widgetcharts.cpp" line="128"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetcharts.cpp" line="114"/>
        <source>Click a slice to list its entities</source>
        <translation>Auf ein Segment klicken, um seine Entitäten aufzulisten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetcharts.cpp" line="158"/>
        <source>Click to list its entities</source>
        <translation>Klicken, um die zugehörigen Entitäten aufzulisten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetcharts.cpp" line="217"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetrenderers.cpp" line="28"/>
        <source>Click to list the entities behind this number</source>
        <translation>Klicken, um die Entitäten hinter dieser Zahl aufzulisten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetrenderers.cpp" line="128"/>
        <source>Double-click a row to open its entity</source>
        <translation>Doppelklick auf eine Zeile öffnet ihre Entität</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Builder</source>
        <translation type="vanished">Designer</translation>
    </message>
    <message>
        <source>The blueprint designer: model the portal visually.</source>
        <translation type="vanished">Der Blueprint-Designer: das Portal visuell modellieren.</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation type="vanished">Self-Service</translation>
    </message>
    <message>
        <source>Self-service actions, their forms and runs.</source>
        <translation type="vanished">Self-Service-Aktionen, ihre Formulare und Ausführungen.</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="vanished">Scorecards</translation>
    </message>
    <message>
        <source>Scorecards and initiatives.</source>
        <translation type="vanished">Scorecards und Initiativen.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="vanished">Dashboards</translation>
    </message>
    <message>
        <source>Dashboards, including DORA metrics.</source>
        <translation type="vanished">Dashboards, einschließlich DORA-Metriken.</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="vanished">Integrationen</translation>
    </message>
    <message>
        <source>Sync with GitHub, PagerDuty, Kubernetes…</source>
        <translation type="vanished">Synchronisierung mit GitHub, PagerDuty, Kubernetes…</translation>
    </message>
</context>
<context>
    <name>ValueDisplay</name>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="212"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="215"/>
        <source>%1d %2h left</source>
        <translation>noch %1 d %2 h</translation>
    </message>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="217"/>
        <source>%1h %2m left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="218"/>
        <source>%1m left</source>
        <translation>noch %1 min</translation>
    </message>
</context>
<context>
    <name>portolan</name>
    <message>
        <location filename="../models/table/viewexport.cpp" line="108"/>
        <location filename="../models/table/viewexport.cpp" line="160"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relation of %2</source>
        <translation type="vanished">„%1“ ist keine Beziehung von %2</translation>
    </message>
    <message>
        <source>relation &quot;%1&quot; leads to unknown blueprint &quot;%2&quot;</source>
        <translation type="vanished">Beziehung „%1“ führt zum unbekannten Blueprint „%2“</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditor</name>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="64"/>
        <source>New action</source>
        <translation>Neue Aktion</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="64"/>
        <source>New action from %1</source>
        <translation>Neue Aktion aus %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="65"/>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="71"/>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="72"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="74"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="84"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="85"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="94"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="95"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="144"/>
        <source>%1 — click to go there</source>
        <translation>%1 — klicken, um dorthin zu gehen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="148"/>
        <location filename="../views/actions/actioneditor.cpp" line="171"/>
        <source>JSON %1</source>
        <translation>JSON %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="162"/>
        <source>Save the action (Ctrl+Enter)</source>
        <translation>Aktion speichern (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="162"/>
        <source>Fix first: %1</source>
        <translation>Zuerst beheben: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="163"/>
        <source>Warnings only: it can be saved.</source>
        <translation>Nur Warnungen: Speichern ist möglich.</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="163"/>
        <source>No problems: ready to save.</source>
        <translation>Keine Probleme: bereit zum Speichern.</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="164"/>
        <source>1 problem to fix before saving</source>
        <translation>1 Problem vor dem Speichern zu beheben</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditor.cpp" line="165"/>
        <source>%1 problems to fix before saving</source>
        <translation>%1 Probleme vor dem Speichern zu beheben</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorBackend</name>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="28"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="32"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="32"/>
        <source>Value (may use {{ jq }})</source>
        <translation>Wert (darf {{ jq }} enthalten)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="33"/>
        <source>Empty: Port&apos;s default payload. Else a JSON template, e.g.
{&quot;service&quot;: &quot;{{ .entity.identifier }}&quot;, &quot;version&quot;: &quot;{{ .inputs.version }}&quot;}</source>
        <translation>Leer: Standard-Payload von Port. Sonst eine JSON-Vorlage, z. B.
{&quot;service&quot;: &quot;{{ .entity.identifier }}&quot;, &quot;version&quot;: &quot;{{ .inputs.version }}&quot;}</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="38"/>
        <source>jq per field, e.g. {&quot;identifier&quot;: &quot;.inputs.name&quot;, &quot;properties&quot;: {&quot;region&quot;: &quot;.inputs.region&quot;}}</source>
        <translation>jq pro Feld, z. B. {&quot;identifier&quot;: &quot;.inputs.name&quot;, &quot;properties&quot;: {&quot;region&quot;: &quot;.inputs.region&quot;}}</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="43"/>
        <source>Empty: none. Else {&quot;name&quot;: &quot;{{ .inputs.name }}&quot;} (at most 10)</source>
        <translation>Leer: keine. Sonst {&quot;name&quot;: &quot;{{ .inputs.name }}&quot;} (höchstens 10)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="44"/>
        <source>Report the workflow&apos;s status back to the run</source>
        <translation>Status des Workflows an die Ausführung zurückmelden</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="47"/>
        <source>Empty: none. Else {&quot;VARIABLE&quot;: &quot;{{ .inputs.value }}&quot;}</source>
        <translation>Leer: keine. Sonst {&quot;VARIABLE&quot;: &quot;{{ .inputs.value }}&quot;}</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="49"/>
        <source>Webhook — an HTTP request to your backend</source>
        <translation>Webhook — eine HTTP-Anfrage an Ihr Backend</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="50"/>
        <source>Upsert entity — Portolan writes an entity (jq mapping)</source>
        <translation>Entität anlegen/aktualisieren — Portolan schreibt eine Entität (jq-Zuordnung)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="51"/>
        <source>Delete entity — Portolan deletes an entity</source>
        <translation>Entität löschen — Portolan löscht eine Entität</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="52"/>
        <source>GitHub workflow dispatch</source>
        <translation>GitHub-Workflow auslösen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="53"/>
        <source>GitLab pipeline trigger</source>
        <translation>GitLab-Pipeline auslösen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="57"/>
        <source>https://backend.example.com/hooks/deploy</source>
        <translation>https://backend.example.com/hooks/deploy</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="58"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="59"/>
        <source>.entity.identifier</source>
        <translation>.entity.identifier</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="60"/>
        <source>GitHub organisation</source>
        <translation>GitHub-Organisation</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="61"/>
        <source>Repository name</source>
        <translation>Repository-Name</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="62"/>
        <source>deploy.yml</source>
        <translation>deploy.yml</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="63"/>
        <source>group/project or a numeric id</source>
        <translation>Gruppe/Projekt oder eine numerische ID</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="64"/>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="67"/>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="68"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="69"/>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="70"/>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="71"/>
        <source>Bod&amp;y</source>
        <translation>Bod&amp;y</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="71"/>
        <source>{{ jq }} over .inputs, .entity, .trigger and .run</source>
        <translation>{{ jq }} über .inputs, .entity, .trigger und .run</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="72"/>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="73"/>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="74"/>
        <source>Ma&amp;pping</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="74"/>
        <source>jq over .inputs, .entity and .trigger</source>
        <translation>jq über .inputs, .entity und .trigger</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="75"/>
        <source>Entity (jq)</source>
        <translation>Entität (jq)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="76"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="77"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="78"/>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="79"/>
        <source>Workflow inputs</source>
        <translation>Workflow-Eingaben</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="81"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="82"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="83"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="87"/>
        <source>Change method</source>
        <translation>Methode ändern</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="90"/>
        <source>Change blueprint</source>
        <translation>Blueprint ändern</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="95"/>
        <source>Edit headers</source>
        <translation>Header bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="99"/>
        <source>Report workflow status</source>
        <translation>Workflow-Status melden</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="104"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="106"/>
        <source>Edit timeout</source>
        <translation>Zeitlimit bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="119"/>
        <location filename="../views/actions/actioneditorbackend.cpp" line="128"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="151"/>
        <source>Change backend</source>
        <translation>Backend ändern</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="181"/>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorbackend.cpp" line="198"/>
        <source>%1  (not in this portal)</source>
        <translation>%1  (nicht in diesem Portal)</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorDocument</name>
    <message>
        <location filename="../views/actions/actioneditordocument.cpp" line="132"/>
        <source>a stored action keeps its identifier &quot;%1&quot; (duplicate it to make a new one)</source>
        <translation>eine gespeicherte Aktion behält ihre Kennung „%1“ (zum Anlegen einer neuen duplizieren)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditordocument.cpp" line="134"/>
        <source>there is already an action &quot;%1&quot;</source>
        <translation>es gibt bereits eine Aktion „%1“</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorGeneral</name>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="22"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="29"/>
        <source>Empty: every entity of the blueprint. Else Port search rules, e.g.
{&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: [{&quot;property&quot;: &quot;ttl&quot;, &quot;operator&quot;: &quot;isNotEmpty&quot;}]}</source>
        <translation>Leer: jede Entität des Blueprints. Sonst Port-Suchregeln, z. B.
{&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: [{&quot;property&quot;: &quot;ttl&quot;, &quot;operator&quot;: &quot;isNotEmpty&quot;}]}</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="33"/>
        <source>What the button says, e.g. Deploy a service</source>
        <translation>Beschriftung der Schaltfläche, z. B. Service deployen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="34"/>
        <source>Optional: what running it does</source>
        <translation>Optional: was die Ausführung bewirkt</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="40"/>
        <source>A Port icon name, e.g. Rocket</source>
        <translation>Ein Port-Symbolname, z. B. Rocket</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="41"/>
        <source>CREATE — on the blueprint&apos;s page, makes an entity</source>
        <translation>CREATE — auf der Seite des Blueprints, erstellt eine Entität</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="42"/>
        <source>DAY-2 — on an entity, changes it</source>
        <translation>DAY-2 — an einer Entität, ändert sie</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="43"/>
        <source>DELETE — on an entity, removes it</source>
        <translation>DELETE — an einer Entität, entfernt sie</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="44"/>
        <source>No blueprint</source>
        <translation>Kein Blueprint</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="49"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="50"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="51"/>
        <source>Ico&amp;n</source>
        <translation>&amp;Symbol</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="52"/>
        <source>&amp;Description</source>
        <translation>Bes&amp;chreibung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="53"/>
        <source>&amp;Operation</source>
        <translation>&amp;Operation</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="54"/>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="55"/>
        <source>Con&amp;dition</source>
        <translation>Be&amp;dingung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="56"/>
        <source>Which entities show this action (Port search rules).</source>
        <translation>Bei welchen Entitäten diese Aktion angezeigt wird (Port-Suchregeln).</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="59"/>
        <source>Stored actions keep their identifier; duplicate one to make a new action.</source>
        <translation>Gespeicherte Aktionen behalten ihre Kennung; für eine neue Aktion eine bestehende duplizieren.</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="68"/>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="71"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="75"/>
        <source>Edit identifier</source>
        <translation>Kennung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="78"/>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="81"/>
        <source>Edit icon</source>
        <translation>Symbol bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="86"/>
        <source>Change operation</source>
        <translation>Operation ändern</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="90"/>
        <source>Change blueprint</source>
        <translation>Blueprint ändern</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="115"/>
        <source>Edit condition</source>
        <translation>Bedingung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorgeneral.cpp" line="123"/>
        <source>%1  (not in this portal)</source>
        <translation>%1  (nicht in diesem Portal)</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorGuard</name>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="47"/>
        <source>Who may run it</source>
        <translation>Wer sie ausführen darf</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="50"/>
        <source>The entity&apos;s owning teams may run it</source>
        <translation>Die Teams, denen die Entität gehört, dürfen sie ausführen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="55"/>
        <source>Anyone; or e-mails, comma-separated</source>
        <translation>Alle; oder E-Mail-Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="56"/>
        <location filename="../views/actions/actioneditorguard.cpp" line="58"/>
        <source>Team identifiers, comma-separated</source>
        <translation>Team-Kennungen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="57"/>
        <source>E-mails, comma-separated</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="59"/>
        <source>No approval: runs start at once</source>
        <translation>Keine Genehmigung: Ausführungen starten sofort</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="60"/>
        <source>Any one approver</source>
        <translation>Eine genehmigende Person genügt</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="61"/>
        <source>All approvers</source>
        <translation>Alle genehmigenden Personen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="67"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="68"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="69"/>
        <source>Owners</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="70"/>
        <source>&amp;Approval</source>
        <translation>&amp;Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="71"/>
        <source>Approving users</source>
        <translation>Genehmigende Benutzer</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="72"/>
        <source>Approving teams</source>
        <translation>Genehmigende Teams</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="73"/>
        <source>Per person</source>
        <translation>Pro Person</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="74"/>
        <source>Per team</source>
        <translation>Pro Team</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="81"/>
        <source>Change approval</source>
        <translation>Genehmigung ändern</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="93"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="94"/>
        <source> runs</source>
        <translation> Ausführungen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="98"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="102"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="105"/>
        <source>Runs per person</source>
        <translation>Ausführungen pro Person</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="105"/>
        <source>Runs per team</source>
        <translation>Ausführungen pro Team</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="106"/>
        <source>Period in hours</source>
        <translation>Zeitraum in Stunden</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="124"/>
        <source>Change limit</source>
        <translation>Begrenzung ändern</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="154"/>
        <source>Edit permissions</source>
        <translation>Berechtigungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorguard.cpp" line="189"/>
        <source>No users, teams or owners named: anyone may run it.</source>
        <translation>Keine Benutzer, Teams oder Besitzer angegeben: Alle dürfen sie ausführen.</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorInputDialog</name>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="26"/>
        <source>Single line of text</source>
        <translation>Einzeiliger Text</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="27"/>
        <source>Multi-line text</source>
        <translation>Mehrzeiliger Text</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="28"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="29"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="30"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="31"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="32"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="33"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="34"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="35"/>
        <source>Entity (picker)</source>
        <translation>Entität (Auswahl)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="36"/>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="37"/>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="38"/>
        <source>Secret (masked, never stored in clear)</source>
        <translation>Secret (maskiert, nie im Klartext gespeichert)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="89"/>
        <source>Empty: every entity. Else rules, e.g. {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: […]}</source>
        <translation>Leer: jede Entität. Sonst Regeln, z. B. {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: […]}</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="93"/>
        <source>jq</source>
        <translation>jq</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="101"/>
        <source>Every item different</source>
        <translation>Alle Elemente verschieden</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="102"/>
        <source>The form cannot be sent without it</source>
        <translation>Ohne diese Angabe kann das Formular nicht gesendet werden</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="106"/>
        <source>New input</source>
        <translation>Neue Eingabe</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="106"/>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="108"/>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="111"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="108"/>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="111"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="108"/>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="109"/>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="109"/>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="111"/>
        <source>Object (JSON)</source>
        <translation>Objekt (JSON)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="109"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="121"/>
        <source>Computed with jq over .form, .entity and .user</source>
        <translation>Mit jq über .form, .entity und .user berechnet</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="122"/>
        <source>The field&apos;s label in the form</source>
        <translation>Die Beschriftung des Felds im Formular</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="123"/>
        <source>Optional: help shown under the field</source>
        <translation>Optional: Hilfetext unter dem Feld</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="124"/>
        <source>A regular expression, e.g. ^[a-z][a-z0-9-]+$</source>
        <translation>Ein regulärer Ausdruck, z. B. ^[a-z][a-z0-9-]+$</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="126"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="127"/>
        <source>Always; or jq, e.g. .form.region == &quot;eu&quot;</source>
        <translation>Immer; oder jq, z. B. .form.region == &quot;eu&quot;</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="128"/>
        <source>Never; or jq over .form, .entity, .user</source>
        <translation>Nie; oder jq über .form, .entity, .user</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="132"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="133"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="134"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="134"/>
        <source>How backends and jq read the value: .inputs.&lt;key&gt;</source>
        <translation>Wie Backends und jq den Wert lesen: .inputs.&lt;key&gt;</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="135"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="136"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="137"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="138"/>
        <source>Item type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="139"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="140"/>
        <source>Entity &amp;blueprint</source>
        <translation>Blueprint der E&amp;ntität</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="141"/>
        <source>Data&amp;set</source>
        <translation>&amp;Datenmenge</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="141"/>
        <source>Which entities can be picked (search rules).</source>
        <translation>Welche Entitäten ausgewählt werden können (Suchregeln).</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="142"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="143"/>
        <source>&amp;Allowed values</source>
        <translation>&amp;Zulässige Werte</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="144"/>
        <source>D&amp;efault</source>
        <translation>Standard&amp;wert</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="145"/>
        <source>Min length</source>
        <translation>Min. Länge</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="146"/>
        <source>Max length</source>
        <translation>Max. Länge</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="147"/>
        <source>&amp;Pattern</source>
        <translation>&amp;Muster</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="148"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="149"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="150"/>
        <source>Min items</source>
        <translation>Min. Elemente</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="151"/>
        <source>Max items</source>
        <translation>Max. Elemente</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="152"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="153"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="154"/>
        <source>Re&amp;quired</source>
        <translation>&amp;Erforderlich</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="155"/>
        <source>&amp;Visible when</source>
        <translation>Sichtb&amp;ar, wenn</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="156"/>
        <source>Disabled when</source>
        <translation>Deaktiviert, wenn</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="163"/>
        <source>The action&apos;s required inputs are computed with jq (in the form&apos;s Inputs section).</source>
        <translation>Die erforderlichen Eingaben der Aktion werden mit jq berechnet (im Abschnitt Eingaben des Formulars).</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="213"/>
        <source>%1  (not in this portal)</source>
        <translation>%1  (nicht in diesem Portal)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="273"/>
        <source>No default; true or false</source>
        <translation>Kein Standardwert; true oder false</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="274"/>
        <source>No default; a JSON list, e.g. [&quot;a&quot;]</source>
        <translation>Kein Standardwert; eine JSON-Liste, z. B. [&quot;a&quot;]</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="275"/>
        <source>No default; a JSON object</source>
        <translation>Kein Standardwert; ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="276"/>
        <source>No default</source>
        <translation>Kein Standardwert</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="298"/>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="321"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="315"/>
        <source>write true or false</source>
        <translation>true oder false eingeben</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="322"/>
        <source>not readable as JSON: %1</source>
        <translation>nicht als JSON lesbar: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="383"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputdialog.cpp" line="387"/>
        <source>there is already an input &quot;%1&quot;</source>
        <translation>es gibt bereits eine Eingabe „%1“</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorInputs</name>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="56"/>
        <location filename="../views/actions/actioneditorinputs.cpp" line="74"/>
        <location filename="../views/actions/actioneditorinputs.cpp" line="85"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="58"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="59"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="60"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="61"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="62"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="67"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="67"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="67"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="67"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="80"/>
        <source>Edit the selected input (Enter)</source>
        <translation>Ausgewählte Eingabe bearbeiten (Enter)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="81"/>
        <source>Remove the selected input (Delete)</source>
        <translation>Ausgewählte Eingabe entfernen (Delete)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="82"/>
        <source>Show it earlier in the form (Alt+Up)</source>
        <translation>Früher im Formular anzeigen (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="83"/>
        <source>Show it later in the form (Alt+Down)</source>
        <translation>Später im Formular anzeigen (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="96"/>
        <source>Empty: the inputs marked required. Else jq giving a list of keys</source>
        <translation>Leer: die als erforderlich markierten Eingaben. Sonst jq, das eine Liste von Schlüsseln liefert</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="101"/>
        <source>Required &amp;when</source>
        <translation>Erforderlich, &amp;wenn</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="102"/>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="103"/>
        <source>A wizard: each step&apos;s title and the inputs it shows. No steps: one page.</source>
        <translation>Ein Assistent: der Titel jedes Schritts und die Eingaben, die er zeigt. Keine Schritte: eine Seite.</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="115"/>
        <source>Edit required inputs</source>
        <translation>Erforderliche Eingaben bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="119"/>
        <source>Edit steps</source>
        <translation>Schritte bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="142"/>
        <source>jq</source>
        <translation>jq</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="142"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="259"/>
        <source>Add input %1</source>
        <translation>Eingabe %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="259"/>
        <source>Edit input %1</source>
        <translation>Eingabe %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="292"/>
        <source>Remove input %1</source>
        <translation>Eingabe %1 entfernen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorinputs.cpp" line="313"/>
        <source>Move input %1</source>
        <translation>Eingabe %1 verschieben</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorJson</name>
    <message>
        <location filename="../views/actions/actioneditorjson.cpp" line="32"/>
        <source>Action JSON</source>
        <translation>Aktions-JSON</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorjson.cpp" line="97"/>
        <source>an action is a JSON object { … }</source>
        <translation>eine Aktion ist ein JSON-Objekt { … }</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorjson.cpp" line="102"/>
        <source>Edit as JSON</source>
        <translation>Als JSON bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/actions/actioneditorjson.cpp" line="126"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weitere)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorJsonBox</name>
    <message>
        <location filename="../views/actions/actioneditorjsonbox.cpp" line="65"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorjsonbox.cpp" line="71"/>
        <source>write a JSON object { … }</source>
        <translation>ein JSON-Objekt { … } eingeben</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorPairs</name>
    <message>
        <location filename="../views/actions/actioneditorpairs.cpp" line="17"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorpairs.cpp" line="18"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorpairs.cpp" line="103"/>
        <source>row %1 has no name</source>
        <translation>Zeile %1 hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorpairs.cpp" line="105"/>
        <source>&quot;%1&quot; appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorSection</name>
    <message numerus="yes">
        <location filename="../views/actions/actioneditorsection.cpp" line="163"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::ActionEditorSteps</name>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="17"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="18"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="19"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="20"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="22"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="23"/>
        <source>Step title</source>
        <translation>Schritttitel</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="23"/>
        <source>Inputs (keys, comma-separated)</source>
        <translation>Eingaben (Schlüssel, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../views/actions/actioneditorsteps.cpp" line="45"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>portolan::ActionForm</name>
    <message>
        <location filename="../views/actions/actionform.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="29"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="30"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="31"/>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="56"/>
        <source>Close without running (Esc)</source>
        <translation>Ohne Ausführen schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="57"/>
        <source>Next step (Enter)</source>
        <translation>Nächster Schritt (Enter)</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="58"/>
        <source>Run the action with these inputs (Enter)</source>
        <translation>Aktion mit diesen Eingaben ausführen (Enter)</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="128"/>
        <source>This action takes no inputs.</source>
        <translation>Diese Aktion hat keine Eingaben.</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="224"/>
        <source>Needs attention: %1</source>
        <translation>Zu prüfen: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="225"/>
        <source>%1 inputs need attention: %2</source>
        <translation>%1 Eingaben sind zu prüfen: %2</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="227"/>
        <source>An earlier step needs attention</source>
        <translation>Ein früherer Schritt ist zu prüfen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="229"/>
        <source>Ready to execute</source>
        <translation>Bereit zur Ausführung</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="243"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/actions/actionform.cpp" line="244"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
</context>
<context>
    <name>portolan::ActionFormDialog</name>
    <message>
        <location filename="../views/actions/actionformdialog.cpp" line="19"/>
        <source>Creates a new entity</source>
        <translation>Erstellt eine neue Entität</translation>
    </message>
    <message>
        <location filename="../views/actions/actionformdialog.cpp" line="21"/>
        <source>Deletes this entity</source>
        <translation>Löscht diese Entität</translation>
    </message>
    <message>
        <location filename="../views/actions/actionformdialog.cpp" line="52"/>
        <source>On %1</source>
        <translation>Für %1</translation>
    </message>
</context>
<context>
    <name>portolan::ActionsPage</name>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="65"/>
        <source>✓ any</source>
        <translation>✓ eine</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="66"/>
        <source>✓ all</source>
        <translation>✓ alle</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="74"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="76"/>
        <source>Upsert entity</source>
        <translation>Entität anlegen/aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="78"/>
        <source>Delete entity</source>
        <translation>Entität löschen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="80"/>
        <source>GitHub workflow</source>
        <translation>GitHub-Workflow</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="82"/>
        <source>GitLab pipeline</source>
        <translation>GitLab-Pipeline</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="93"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="94"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="95"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="96"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="97"/>
        <source>E&amp;xport JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="98"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="104"/>
        <source>Self-service actions</source>
        <translation>Self-Service-Aktionen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="110"/>
        <source>Search actions (Ctrl+F)</source>
        <translation>Aktionen suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="113"/>
        <source>A new action, in the editor</source>
        <translation>Eine neue Aktion im Editor</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="114"/>
        <source>Delete the selected action (Delete); asks first</source>
        <translation>Ausgewählte Aktion löschen (Delete); mit Rückfrage</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="115"/>
        <source>Save every action as a JSON array of Port definitions</source>
        <translation>Alle Aktionen als JSON-Array von Port-Definitionen speichern</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="116"/>
        <source>Read Port action definitions from a JSON file; all or nothing</source>
        <translation>Port-Aktionsdefinitionen aus einer JSON-Datei lesen; alles oder nichts</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="119"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="119"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="119"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="119"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="129"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="131"/>
        <source>No actions yet.
New… makes one; Import JSON… reads Port action definitions.</source>
        <translation>Noch keine Aktionen.
Neu… erstellt eine; JSON importieren… liest Port-Aktionsdefinitionen.</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="243"/>
        <source>No blueprint</source>
        <translation>Kein Blueprint</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="258"/>
        <source>Runs wait for approval</source>
        <translation>Ausführungen warten auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="266"/>
        <source>1 action</source>
        <translation>1 Aktion</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="266"/>
        <source>%1 actions</source>
        <translation>%1 Aktionen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="394"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="403"/>
        <location filename="../views/actions/actionspage.cpp" line="408"/>
        <source>Delete action</source>
        <translation>Aktion löschen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="403"/>
        <source>Delete the action &quot;%1&quot;?</source>
        <translation>Aktion „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspage.cpp" line="404"/>
        <source>People will no longer see it. Its past runs stay in the runs list; the audit log keeps its definition.</source>
        <translation>Sie wird dann nicht mehr angezeigt. Ihre bisherigen Ausführungen bleiben in der Liste der Ausführungen; das Änderungsprotokoll behält ihre Definition.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagefiles.cpp" line="26"/>
        <location filename="../views/actions/actionspagefiles.cpp" line="28"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagefiles.cpp" line="55"/>
        <location filename="../views/actions/actionspagefiles.cpp" line="59"/>
        <source>Export actions</source>
        <translation>Aktionen exportieren</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagefiles.cpp" line="55"/>
        <location filename="../views/actions/actionspagefiles.cpp" line="64"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagefiles.cpp" line="64"/>
        <location filename="../views/actions/actionspagefiles.cpp" line="75"/>
        <source>Import actions</source>
        <translation>Aktionen importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/actions/actionspagefiles.cpp" line="74"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagefiles.cpp" line="75"/>
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
</context>
<context>
    <name>portolan::ActionsPageSummary</name>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="31"/>
        <source>CREATE — on the blueprint&apos;s page</source>
        <translation>CREATE — auf der Seite des Blueprints</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="32"/>
        <source>DAY-2 — on its entities</source>
        <translation>DAY-2 — an seinen Entitäten</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="33"/>
        <source>DELETE — on its entities, removes them</source>
        <translation>DELETE — an seinen Entitäten, entfernt sie</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="45"/>
        <source>Upsert entity · %1</source>
        <translation>Entität anlegen/aktualisieren · %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="47"/>
        <source>Delete entity · %1</source>
        <translation>Entität löschen · %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="49"/>
        <source>GitHub workflow · %1/%2 · %3</source>
        <translation>GitHub-Workflow · %1/%2 · %3</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="52"/>
        <source>GitLab pipeline · %1</source>
        <translation>GitLab-Pipeline · %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="63"/>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="64"/>
        <source>R&amp;uns</source>
        <translation>Aus&amp;führungen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="65"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="68"/>
        <source>Select an action to see what it does.</source>
        <translation>Eine Aktion auswählen, um zu sehen, was sie bewirkt.</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="86"/>
        <source>Shows</source>
        <translation>Erscheint</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="87"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="88"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="89"/>
        <source>Who may run</source>
        <translation>Wer ausführen darf</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="90"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="91"/>
        <source>Limits</source>
        <translation>Begrenzungen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="114"/>
        <source>Open the action&apos;s form</source>
        <translation>Formular der Aktion öffnen</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="115"/>
        <source>This action&apos;s runs</source>
        <translation>Ausführungen dieser Aktion</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="142"/>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="144"/>
        <source>Blueprint: %1</source>
        <translation>Blueprint: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="150"/>
        <source>None: it runs at once</source>
        <translation>Keine: wird sofort ausgeführt</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="150"/>
        <source>1 input</source>
        <translation>1 Eingabe</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="150"/>
        <source>%1 inputs</source>
        <translation>%1 Eingaben</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="152"/>
        <source>, %1 required</source>
        <translation>, %1 erforderlich</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="154"/>
        <source> in 1 step</source>
        <translation> in 1 Schritt</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="154"/>
        <source> in %1 steps</source>
        <translation> in %1 Schritten</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="160"/>
        <source>users %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="162"/>
        <location filename="../views/actions/actionspagesummary.cpp" line="171"/>
        <source>teams %1</source>
        <translation>Teams %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="164"/>
        <source>the entity&apos;s owners</source>
        <translation>die Besitzer der Entität</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="165"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="173"/>
        <location filename="../views/actions/actionspagesummary.cpp" line="183"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="174"/>
        <source>Any one of %1</source>
        <translation>Eine Person aus: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="174"/>
        <location filename="../views/actions/actionspagesummary.cpp" line="175"/>
        <source>the approvers</source>
        <translation>die Genehmigenden</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="175"/>
        <source>All of %1</source>
        <translation>Alle aus: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="178"/>
        <source>per person</source>
        <translation>pro Person</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="178"/>
        <source>per team</source>
        <translation>pro Team</translation>
    </message>
    <message>
        <location filename="../views/actions/actionspagesummary.cpp" line="181"/>
        <source>%1 runs %2 in %3 h</source>
        <translation>%1 Ausführungen %2 in %3 h</translation>
    </message>
</context>
<context>
    <name>portolan::AggregationDialog</name>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="51"/>
        <source>New aggregation property of %1</source>
        <translation>Neue Aggregationseigenschaft von %1</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="52"/>
        <source>Aggregation property %1 of %2</source>
        <translation>Aggregationseigenschaft %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="58"/>
        <source>Related entities</source>
        <translation>Verknüpfte Entitäten</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="59"/>
        <source>A number property of them</source>
        <translation>Eine Zahleneigenschaft davon</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="60"/>
        <source>In total (the count)</source>
        <translation>Insgesamt (die Anzahl)</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="61"/>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="61"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="62"/>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="62"/>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="68"/>
        <source>Only entities matching (Port search rules)</source>
        <translation>Nur passende Entitäten (Port-Suchregeln)</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="70"/>
        <source>Aggregation property</source>
        <translation>Aggregationseigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="71"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="72"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="73"/>
        <source>Computes</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="74"/>
        <source>O&amp;ver</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="75"/>
        <source>&amp;By</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="76"/>
        <source>&amp;Function</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="77"/>
        <source>&amp;Property</source>
        <translation>&amp;Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="78"/>
        <source>&amp;Average</source>
        <translation>&amp;Durchschnitt</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="79"/>
        <source>&amp;Time of an entity</source>
        <translation>&amp;Zeitpunkt einer Entität</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="80"/>
        <source>Only &amp;matching</source>
        <translation>Nur &amp;passende</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="80"/>
        <source>Optional: Port search rules the related entities must match.</source>
        <translation>Optional: Port-Suchregeln, denen die verknüpften Entitäten entsprechen müssen.</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="135"/>
        <source>Created at ($createdAt)</source>
        <translation>Erstellt am ($createdAt)</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="136"/>
        <source>Updated at ($updatedAt)</source>
        <translation>Aktualisiert am ($updatedAt)</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="154"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="155"/>
        <source>Average over time</source>
        <translation>Durchschnitt über die Zeit</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="157"/>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="157"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="158"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="158"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="159"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="187"/>
        <source>not readable as JSON: %1 (at character %2)</source>
        <translation>nicht als JSON lesbar: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="192"/>
        <source>search rules are an object {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: […]}</source>
        <translation>Suchregeln sind ein Objekt {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: […]}</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="228"/>
        <source>no blueprint relates to this one, nor this one to another: add a relation first</source>
        <translation>kein Blueprint hat eine Beziehung zu diesem und dieser zu keinem anderen: zuerst eine Beziehung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/designer/aggregationdialog.cpp" line="230"/>
        <source>%1 has no number property</source>
        <translation>%1 hat keine Zahleneigenschaft</translation>
    </message>
</context>
<context>
    <name>portolan::ApprovalDialog</name>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="22"/>
        <source>Approve run</source>
        <translation>Ausführung genehmigen</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="22"/>
        <source>Decline run</source>
        <translation>Ausführung ablehnen</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="23"/>
        <source>Approve &lt;b&gt;%1&lt;/b&gt;? It starts as soon as the approval it needs is complete.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; genehmigen? Die Ausführung startet, sobald die erforderliche Genehmigung vollständig ist.</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="24"/>
        <source>Decline &lt;b&gt;%1&lt;/b&gt;? The run ends and does not start.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ablehnen? Die Ausführung endet und startet nicht.</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="30"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="30"/>
        <source>Why the run may not go ahead</source>
        <translation>Warum die Ausführung nicht stattfinden sollte</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="34"/>
        <source>The requester and the other approvers see the reason.</source>
        <translation>Der Antragsteller und die anderen Genehmigenden sehen die Begründung.</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="35"/>
        <source>A reason is required to decline; the requester sees it.</source>
        <translation>Zum Ablehnen ist eine Begründung erforderlich; der Antragsteller sieht sie.</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="38"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="38"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../views/actions/approvaldialog.cpp" line="42"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
</context>
<context>
    <name>portolan::ArrayInputEditor</name>
    <message>
        <location filename="../views/actions/inputeditorarray.cpp" line="51"/>
        <source>Add item</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorarray.cpp" line="52"/>
        <source>Add an item to the list</source>
        <translation>Der Liste ein Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorarray.cpp" line="90"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorarray.cpp" line="90"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorarray.cpp" line="98"/>
        <source>Remove this item</source>
        <translation>Dieses Element entfernen</translation>
    </message>
</context>
<context>
    <name>portolan::AuditChangeModel</name>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="80"/>
        <source>+ added</source>
        <translation>+ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="81"/>
        <source>− removed</source>
        <translation>− entfernt</translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="82"/>
        <source>~ changed</source>
        <translation>~ geändert</translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="101"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="102"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="103"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="104"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>portolan::AuditHistoryModel</name>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="42"/>
        <source>%1 · run %2</source>
        <translation>%1 · Ausführung %2</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="60"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="61"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="62"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="63"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>portolan::AuditPage</name>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="20"/>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="26"/>
        <source>Filter by who, origin, action, blueprint or identifier</source>
        <translation>Nach Person, Herkunft, Aktion, Blueprint oder Kennung filtern</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="53"/>
        <source>%1 · run %2</source>
        <translation>%1 · Ausführung %2</translation>
    </message>
</context>
<context>
    <name>portolan::BlueprintEditor</name>
    <message>
        <location filename="../views/designer/blueprinteditor.cpp" line="14"/>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprinteditor.cpp" line="15"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
</context>
<context>
    <name>portolan::BlueprintForm</name>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="47"/>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="48"/>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="49"/>
        <source>mirror property</source>
        <translation>Spiegeleigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="50"/>
        <source>calculation property</source>
        <translation>Berechnungseigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="51"/>
        <source>aggregation property</source>
        <translation>Aggregationseigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="67"/>
        <source>Select a blueprint on the canvas, or create one</source>
        <translation>Einen Blueprint auf der Arbeitsfläche auswählen oder einen neuen erstellen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="69"/>
        <source>New blueprint…</source>
        <translation>Neuer Blueprint…</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="83"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="83"/>
        <source>No properties yet.</source>
        <translation>Noch keine Eigenschaften.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="84"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="84"/>
        <source>No relations: drag from this blueprint to another on the canvas, or add one.</source>
        <translation>Keine Beziehungen: Auf der Arbeitsfläche von diesem Blueprint zu einem anderen ziehen oder eine hinzufügen.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="85"/>
        <source>Mirror properties</source>
        <translation>Spiegeleigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="85"/>
        <source>None: a mirror shows a value of a related entity.</source>
        <translation>Keine: Eine Spiegelung zeigt einen Wert einer verknüpften Entität.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="86"/>
        <source>Calculation properties</source>
        <translation>Berechnungseigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="86"/>
        <source>None: a calculation computes a value with jq.</source>
        <translation>Keine: Eine Berechnung ermittelt einen Wert mit jq.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="87"/>
        <source>Aggregation properties</source>
        <translation>Aggregationseigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="87"/>
        <source>None: an aggregation counts or sums related entities.</source>
        <translation>Keine: Eine Aggregation zählt oder summiert verknüpfte Entitäten.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="117"/>
        <source>Shown in the sidebar and on every entity</source>
        <translation>Wird in der Seitenleiste und bei jeder Entität angezeigt</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="118"/>
        <source>What one entity of this blueprint is</source>
        <translation>Was eine Entität dieses Blueprints ist</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="122"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="144"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="145"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="147"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="148"/>
        <source>Ico&amp;n:</source>
        <translation>Sym&amp;bol:</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="149"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="167"/>
        <source>there is already a blueprint &quot;%1&quot;</source>
        <translation>es gibt bereits einen Blueprint „%1“</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="219"/>
        <source>Stored blueprints keep their identifier.</source>
        <translation>Gespeicherte Blueprints behalten ihre Kennung.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="220"/>
        <source>New in this draft: the identifier can still change.</source>
        <translation>Neu in diesem Entwurf: Die Kennung kann noch geändert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/designer/blueprintform.cpp" line="239"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="263"/>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="275"/>
        <source>Rename blueprint %1 to %2</source>
        <translation>Blueprint %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="313"/>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="313"/>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="362"/>
        <source>Add property %1</source>
        <translation>Eigenschaft %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="362"/>
        <source>Edit property %1</source>
        <translation>Eigenschaft %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="376"/>
        <source>Stored values move to the new identifier; mirrors, calculations and aggregations that use it follow.</source>
        <translation>Gespeicherte Werte werden unter die neue Kennung verschoben; Spiegelungen, Berechnungen und Aggregationen, die sie verwenden, werden angepasst.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="382"/>
        <source>Rename %1 %2 to %3</source>
        <translation>%1 %2 in %3 umbenennen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintform.cpp" line="393"/>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
</context>
<context>
    <name>portolan::BlueprintJsonView</name>
    <message>
        <location filename="../views/designer/blueprintjsonview.cpp" line="34"/>
        <source>Select a blueprint to see it, and edit it, as JSON.</source>
        <translation>Einen Blueprint auswählen, um ihn als JSON anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintjsonview.cpp" line="140"/>
        <source>a blueprint is a JSON object { … }</source>
        <translation>ein Blueprint ist ein JSON-Objekt { … }</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintjsonview.cpp" line="157"/>
        <source>&quot;%1&quot; is stored: a stored blueprint keeps its identifier (create a new blueprint instead)</source>
        <translation>„%1“ ist gespeichert: Ein gespeicherter Blueprint behält seine Kennung (stattdessen einen neuen Blueprint erstellen)</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintjsonview.cpp" line="164"/>
        <source>Edit %1 as JSON</source>
        <translation>%1 als JSON bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/designer/blueprintjsonview.cpp" line="199"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiteres)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::BlueprintNodeItem</name>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="78"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="78"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="87"/>
        <source>+%n more properties</source>
        <translation>+%n weitere Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="89"/>
        <source>No properties</source>
        <translation>Keine Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="94"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="95"/>
        <source>Mirror properties</source>
        <translation>Spiegeleigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="96"/>
        <source>Calculations</source>
        <translation>Berechnungen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="97"/>
        <source>Aggregations</source>
        <translation>Aggregationen</translation>
    </message>
    <message>
        <location filename="../views/designer/blueprintnodeitem.cpp" line="107"/>
        <source>Double-click to edit; drag the circle on the right edge to another blueprint to relate them.</source>
        <translation>Doppelklicken zum Bearbeiten; den Kreis am rechten Rand auf einen anderen Blueprint ziehen, um sie zu verknüpfen.</translation>
    </message>
</context>
<context>
    <name>portolan::CalculationDialog</name>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="75"/>
        <source>New calculation property of %1</source>
        <translation>Neue Berechnungseigenschaft von %1</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="76"/>
        <source>Calculation property %1 of %2</source>
        <translation>Berechnungseigenschaft %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="83"/>
        <source>Calculation (jq)</source>
        <translation>Berechnung (jq)</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="84"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="86"/>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="87"/>
        <source>Entity to try the calculation on</source>
        <translation>Entität, an der die Berechnung ausprobiert wird</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="90"/>
        <location filename="../views/designer/calculationdialog.cpp" line="92"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="91"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="93"/>
        <source>Input (.)</source>
        <translation>Eingabe (.)</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="95"/>
        <source>Calculation property</source>
        <translation>Berechnungseigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="96"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="97"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="98"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="99"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="100"/>
        <source>&amp;Calculation</source>
        <translation>&amp;Berechnung</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="101"/>
        <source>jq over the entity: .identifier, .title, .team, .properties.&lt;id&gt; (mirrors included), .relations.&lt;id&gt;</source>
        <translation>jq über die Entität: .identifier, .title, .team, .properties.&lt;id&gt; (einschließlich Spiegelungen), .relations.&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="102"/>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="108"/>
        <source>&amp;Entity</source>
        <translation>&amp;Entität</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="183"/>
        <source>write a jq program</source>
        <translation>ein jq-Programm schreiben</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="195"/>
        <source>An example entity (no stored ones yet)</source>
        <translation>Eine Beispielentität (noch keine gespeicherten)</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="213"/>
        <source>No stored entities</source>
        <translation>Keine gespeicherten Entitäten</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="213"/>
        <source>No entity matches</source>
        <translation>Keine Entität passt</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="238"/>
        <source>Choose an entity to see the result.</source>
        <translation>Eine Entität auswählen, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="241"/>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="257"/>
        <source>jq stopped with an error on this entity.</source>
        <translation>jq ist bei dieser Entität mit einem Fehler abgebrochen.</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="263"/>
        <source>The result is a %1.</source>
        <translation>Das Ergebnis ist vom Typ %1.</translation>
    </message>
    <message>
        <location filename="../views/designer/calculationdialog.cpp" line="264"/>
        <source>The result is a %1, but the property is declared as %2.</source>
        <translation>Das Ergebnis ist vom Typ %1, die Eigenschaft ist aber als %2 deklariert.</translation>
    </message>
</context>
<context>
    <name>portolan::CanvasEdits</name>
    <message>
        <location filename="../views/designer/canvasedits.cpp" line="53"/>
        <source>Relate %1 to %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasedits.cpp" line="64"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasedits.cpp" line="70"/>
        <source>Delete blueprint</source>
        <translation>Blueprint löschen</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasedits.cpp" line="71"/>
        <source>Other blueprints depend on “%1”.</source>
        <translation>Andere Blueprints hängen von „%1“ ab.</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasedits.cpp" line="76"/>
        <source>Deleting it also removes these relations, mirror and aggregation properties:
%1

Its stored entities are deleted when the change is applied.</source>
        <translation>Beim Löschen werden auch diese Beziehungen, Spiegel- und Aggregationseigenschaften entfernt:
%1

Seine gespeicherten Entitäten werden gelöscht, wenn die Änderung angewendet wird.</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasedits.cpp" line="79"/>
        <source>Delete with its relations</source>
        <translation>Mit seinen Beziehungen löschen</translation>
    </message>
</context>
<context>
    <name>portolan::CatalogPage</name>
    <message>
        <source>Search this table…</source>
        <translation type="vanished">Diese Tabelle durchsuchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation type="vanished">
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="74"/>
        <source>Search this table…  (Ctrl+F)</source>
        <translation>Diese Tabelle durchsuchen…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="78"/>
        <source>Search this table</source>
        <translation>Diese Tabelle durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="91"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="93"/>
        <source>Create with a self-service action</source>
        <translation>Mit einer Self-Service-Aktion erstellen</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="102"/>
        <location filename="../views/catalog/catalogpage.cpp" line="117"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="104"/>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="105"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="108"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="110"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="111"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="127"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="256"/>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="322"/>
        <source>&apos;%1&apos; is computed when shown: it cannot be sorted</source>
        <translation>„%1“ wird erst beim Anzeigen berechnet und kann daher nicht sortiert werden</translation>
    </message>
</context>
<context>
    <name>portolan::ColumnChooser</name>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="16"/>
        <location filename="../views/catalog/columnchooser.cpp" line="19"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="21"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="22"/>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="24"/>
        <source>Tick the columns to show; drag to change their order.</source>
        <translation>Anzuzeigende Spalten ankreuzen; zum Ändern der Reihenfolge ziehen.</translation>
    </message>
</context>
<context>
    <name>portolan::CommandPalette</name>
    <message>
        <location filename="../views/palette/commandpalette.cpp" line="55"/>
        <source>Search entities, blueprints and commands…</source>
        <translation>Entitäten, Blueprints und Befehle suchen…</translation>
    </message>
    <message>
        <location filename="../views/palette/commandpalette.cpp" line="67"/>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓ zum Bewegen · Enter zum Öffnen · Esc zum Schließen</translation>
    </message>
</context>
<context>
    <name>portolan::CountLabel</name>
    <message>
        <location filename="../views/catalog/countlabel.cpp" line="27"/>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <location filename="../views/catalog/countlabel.cpp" line="27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/catalog/countlabel.cpp" line="29"/>
        <source> · filtered from %1</source>
        <translation> · gefiltert aus %1</translation>
    </message>
</context>
<context>
    <name>portolan::DashboardView</name>
    <message numerus="yes">
        <location filename="../views/dashboards/dashboardview.cpp" line="190"/>
        <source>Medians over the last %n day(s), production deployments. DORA bands are context, not targets.</source>
        <translation>
            <numerusform>Mediane über den letzten %n Tag, Produktions-Deployments. DORA-Bänder sind Kontext, keine Ziele.</numerusform>
            <numerusform>Mediane über die letzten %n Tage, Produktions-Deployments. DORA-Bänder sind Kontext, keine Ziele.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::DashboardsPage</name>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="35"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="36"/>
        <source>New from &amp;ready-made…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="37"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="38"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="41"/>
        <source>&amp;Edit dashboard</source>
        <translation>Dashboard &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="47"/>
        <source>&amp;My teams</source>
        <translation>&amp;Meine Teams</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="50"/>
        <source>&amp;Add widget…</source>
        <translation>Widget &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="58"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="60"/>
        <source>Delete this dashboard; asks first</source>
        <translation>Dieses Dashboard löschen; fragt vorher nach</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="61"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="64"/>
        <source>Import JSON…</source>
        <translation>JSON importieren…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="65"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="67"/>
        <source>Export ▾</source>
        <translation>Exportieren ▾</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="70"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="71"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="79"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="80"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="82"/>
        <source>Team filter</source>
        <translation>Teamfilter</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="84"/>
        <source>Only what your teams own (QSettings identity/user)</source>
        <translation>Nur was Ihren Teams gehört (QSettings identity/user)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="85"/>
        <source>Widgets&apos; own window</source>
        <translation>Eigenes Zeitfenster der Widgets</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboards/dashboardspage.cpp" line="87"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="88"/>
        <source>The window of the DORA widgets</source>
        <translation>Das Zeitfenster der DORA-Widgets</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="89"/>
        <source>No dashboards yet.
New makes an empty one; New from ready-made… starts from one of Portolan&apos;s.</source>
        <translation>Noch keine Dashboards.
Neu erstellt ein leeres; Neu aus Vorlage… beginnt mit einer Vorlage von Portolan.</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="108"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="112"/>
        <source>DORA window:</source>
        <translation>DORA-Zeitfenster:</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="196"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="201"/>
        <source>Set who you are (identity/user) to filter by your teams</source>
        <translation>Legen Sie fest, wer Sie sind (identity/user), um nach Ihren Teams zu filtern</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspage.cpp" line="202"/>
        <source>Only what %1 own</source>
        <translation>Nur was %1 gehört</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="44"/>
        <source>Save dashboard</source>
        <translation>Dashboard speichern</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="54"/>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="67"/>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="71"/>
        <source>New from ready-made</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="67"/>
        <source>No ready-made dashboards are installed.</source>
        <translation>Es sind keine Dashboard-Vorlagen installiert.</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="71"/>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="96"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="108"/>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="113"/>
        <source>Delete dashboard</source>
        <translation>Dashboard löschen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="108"/>
        <source>Delete the dashboard &quot;%1&quot;?</source>
        <translation>Das Dashboard „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="109"/>
        <source>Its widgets go with it. The audit log keeps its definition.</source>
        <translation>Seine Widgets werden mitgelöscht. Das Änderungsprotokoll behält seine Definition.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="246"/>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="252"/>
        <source>Export dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="247"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="247"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="257"/>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="261"/>
        <source>Export dashboards</source>
        <translation>Dashboards exportieren</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="257"/>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="266"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="266"/>
        <location filename="../views/dashboards/dashboardspageactions.cpp" line="274"/>
        <source>Import dashboards</source>
        <translation>Dashboards importieren</translation>
    </message>
</context>
<context>
    <name>portolan::DateTimeInputEditor</name>
    <message>
        <location filename="../views/actions/inputeditorchoice.cpp" line="165"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorchoice.cpp" line="168"/>
        <source>Date and time in UTC</source>
        <translation>Datum und Uhrzeit in UTC</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorchoice.cpp" line="169"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>portolan::DesignerPage</name>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="92"/>
        <source>New blueprint…</source>
        <translation>Neuer Blueprint…</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="93"/>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="95"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="99"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="116"/>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="117"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="118"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="119"/>
        <source>Automatic layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="121"/>
        <source>Export as PNG or SVG…</source>
        <translation>Als PNG oder SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="123"/>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="127"/>
        <source>Migrations…</source>
        <translation>Migrationen…</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="132"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="133"/>
        <source>Review and apply…</source>
        <translation>Prüfen und anwenden…</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="171"/>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/designer/designerpage.cpp" line="173"/>
        <source>%n blueprint(s) changed</source>
        <translation>
            <numerusform>%n Blueprint geändert</numerusform>
            <numerusform>%n Blueprints geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/designer/designerpage.cpp" line="174"/>
        <source> · %n data step(s)</source>
        <translation>
            <numerusform> · %n Datenschritt</numerusform>
            <numerusform> · %n Datenschritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/designer/designerpage.cpp" line="176"/>
        <source> · %n problem(s)</source>
        <translation>
            <numerusform> · %n Problem</numerusform>
            <numerusform> · %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="201"/>
        <location filename="../views/designer/designerpage.cpp" line="204"/>
        <source>Export data model</source>
        <translation>Datenmodell exportieren</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="202"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="204"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="215"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../views/designer/designerpage.cpp" line="215"/>
        <source>Forget every change made since the last apply?</source>
        <translation>Alle Änderungen seit dem letzten Anwenden verwerfen?</translation>
    </message>
</context>
<context>
    <name>portolan::DoraFigureDialog</name>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="37"/>
        <source>counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="37"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="40"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="47"/>
        <source>all services</source>
        <translation>alle Services</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="48"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="52"/>
        <source>%n sample(s) for %1. %2</source>
        <translation>
            <numerusform>%n Messwert für %1. %2</numerusform>
            <numerusform>%n Messwerte für %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="54"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="54"/>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="54"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/dashboards/dorafiguredialog.cpp" line="54"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>portolan::DoraView</name>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="69"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="69"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="86"/>
        <source>%1 (DORA band, as context)</source>
        <translation>%1 (DORA-Band, als Kontext)</translation>
    </message>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="131"/>
        <source>ⓘ Definition</source>
        <translation>ⓘ Definition</translation>
    </message>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="143"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="143"/>
        <source>no band</source>
        <translation>kein Band</translation>
    </message>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="145"/>
        <source>DORA 2024 performance cluster, as context only</source>
        <translation>DORA-2024-Leistungscluster, nur als Kontext</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboards/doraview.cpp" line="147"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboards/doraview.cpp" line="148"/>
        <source>Numbers behind it…</source>
        <translation>Zugrunde liegende Zahlen…</translation>
    </message>
</context>
<context>
    <name>portolan::DrillDownDialog</name>
    <message>
        <location filename="../views/dashboards/drilldowndialog.cpp" line="32"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/drilldowndialog.cpp" line="34"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/drilldowndialog.cpp" line="35"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/dashboards/drilldowndialog.cpp" line="35"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/dashboards/drilldowndialog.cpp" line="35"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/dashboards/drilldowndialog.cpp" line="43"/>
        <source>Double-click to open</source>
        <translation>Doppelklicken zum Öffnen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/drilldowndialog.cpp" line="87"/>
        <source>%1 entities; the first %2 shown</source>
        <translation>%1 Entitäten; die ersten %2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboards/drilldowndialog.cpp" line="89"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::EntityHeader</name>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="29"/>
        <source>Show in &amp;graph</source>
        <translation>Im &amp;Graphen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="30"/>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="62"/>
        <source>Self-service actions for this entity</source>
        <translation>Self-Service-Aktionen für diese Entität</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="67"/>
        <source>Open this entity&apos;s neighbourhood in the graph</source>
        <translation>Die Umgebung dieser Entität im Graphen öffnen</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="85"/>
        <source>%1 (deletes)</source>
        <translation>%1 (löscht)</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="99"/>
        <source>Blueprint %1</source>
        <translation>Blueprint %1</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="104"/>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
</context>
<context>
    <name>portolan::EntityPage</name>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="54"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="55"/>
        <source>Related</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="56"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="57"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="87"/>
        <source>No entity</source>
        <translation>Keine Entität</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="87"/>
        <source>Choose an entity in a catalog table, the graph or the search.</source>
        <translation>Eine Entität in einer Katalogtabelle, im Graphen oder in der Suche auswählen.</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="93"/>
        <location filename="../views/entity/entitypage.cpp" line="130"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="189"/>
        <source>There is no %1 “%2” in this portal.</source>
        <translation>%1 „%2“ gibt es in diesem Portal nicht.</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="192"/>
        <source>It was deleted on %1 by %2 (%3).</source>
        <translation>Die Entität wurde am %1 von %2 gelöscht (%3).</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="195"/>
        <source>It may have been renamed or deleted, or its blueprint removed.</source>
        <translation>Die Entität wurde möglicherweise umbenannt oder gelöscht, oder ihr Blueprint wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="197"/>
        <source>Entity not found</source>
        <translation>Entität nicht gefunden</translation>
    </message>
</context>
<context>
    <name>portolan::EntityPageModel</name>
    <message>
        <source>Identifier</source>
        <translation type="vanished">Kennung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Titel</translation>
    </message>
    <message>
        <source>%1 (derived: mirror, calculation or aggregation)</source>
        <translation type="vanished">%1 (abgeleitet: Spiegelung, Berechnung oder Aggregation)</translation>
    </message>
</context>
<context>
    <name>portolan::EntityPicker</name>
    <message>
        <location filename="../views/actions/entitypicker.cpp" line="44"/>
        <source>Search %1…</source>
        <translation>%1 suchen…</translation>
    </message>
    <message>
        <location filename="../views/actions/entitypicker.cpp" line="101"/>
        <source>No %1 is called &quot;%2&quot;: choose one from the list</source>
        <translation>Kein %1 heißt „%2“: einen aus der Liste auswählen</translation>
    </message>
    <message>
        <location filename="../views/actions/entitypicker.cpp" line="176"/>
        <location filename="../views/actions/entitypicker.cpp" line="180"/>
        <source>Cannot list candidates: %1</source>
        <translation>Kandidaten können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/entitypicker.cpp" line="177"/>
        <source>No %1 matches</source>
        <translation>Kein %1 passt</translation>
    </message>
    <message>
        <location filename="../views/actions/entitypicker.cpp" line="191"/>
        <source>None chosen</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/actions/entitypicker.cpp" line="191"/>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>portolan::EntityScorecards</name>
    <message>
        <location filename="../views/scorecards/entityscorecards.cpp" line="107"/>
        <source>No scorecard grades %1 entities yet.</source>
        <translation>Noch keine Scorecard bewertet %1-Entitäten.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/entityscorecards.cpp" line="130"/>
        <source>Request exemption</source>
        <translation>Ausnahme beantragen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/entityscorecards.cpp" line="130"/>
        <source>The store refused the request.</source>
        <translation>Der Speicher hat den Antrag abgelehnt.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/entityscorecards.cpp" line="146"/>
        <source>Approve exemption</source>
        <translation>Ausnahme genehmigen</translation>
    </message>
</context>
<context>
    <name>portolan::EnumEditor</name>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="33"/>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="35"/>
        <source>No values listed: any value is allowed.</source>
        <translation>Keine Werte aufgeführt: Jeder Wert ist zulässig.</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="80"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="81"/>
        <source>Enum value</source>
        <translation>Enum-Wert</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="83"/>
        <source>Colour of the value</source>
        <translation>Farbe des Werts</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="84"/>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="92"/>
        <source>Remove this value</source>
        <translation>Diesen Wert entfernen</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="93"/>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="180"/>
        <source>value %1 is empty</source>
        <translation>Wert %1 ist leer</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="185"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../views/designer/enumeditor.cpp" line="188"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>portolan::EnumInputEditor</name>
    <message>
        <location filename="../views/actions/inputeditorchoice.cpp" line="114"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>portolan::ExemptionDialog</name>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="31"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="35"/>
        <source>Request exemption</source>
        <translation>Ausnahme beantragen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="36"/>
        <source>Exempt &lt;b&gt;%1&lt;/b&gt; from the rule &lt;b&gt;%2&lt;/b&gt;. It counts once someone other than you approves it; until it expires the rule neither passes nor fails for this entity.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von der Regel &lt;b&gt;%2&lt;/b&gt; ausnehmen. Die Ausnahme gilt, sobald eine andere Person als Sie sie genehmigt; bis zu ihrem Ablauf ist die Regel für diese Entität weder bestanden noch nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="40"/>
        <source>Why this entity cannot meet the rule for now, and what will change</source>
        <translation>Warum diese Entität die Regel vorerst nicht erfüllen kann und was sich ändern wird</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="45"/>
        <source>Request</source>
        <translation>Beantragen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="51"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="53"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="82"/>
        <source>Give a reason: approvers decide on it.</source>
        <translation>Eine Begründung angeben: Die Genehmigenden entscheiden darüber.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="84"/>
        <source>Say a little more (at least %1 characters).</source>
        <translation>Bitte etwas ausführlicher (mindestens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../views/scorecards/exemptiondialog.cpp" line="87"/>
        <source>The expiry must be after today.</source>
        <translation>Das Ablaufdatum muss nach heute liegen.</translation>
    </message>
</context>
<context>
    <name>portolan::ExportRunner</name>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="23"/>
        <source>Exported %L1 of %L2 rows…</source>
        <translation>%L1 von %L2 Zeilen exportiert…</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="29"/>
        <location filename="../views/catalog/exportrunner.cpp" line="50"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="29"/>
        <source>The export failed and wrote nothing: %1</source>
        <translation>Der Export ist fehlgeschlagen, es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="39"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="39"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="40"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="40"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="49"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>portolan::FieldList</name>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="39"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="40"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="41"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="42"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="64"/>
        <source>Add a field to this section</source>
        <translation>Diesem Abschnitt ein Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="65"/>
        <source>Edit the selected field (Enter)</source>
        <translation>Das ausgewählte Feld bearbeiten (Enter)</translation>
    </message>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="66"/>
        <source>Change the selected field&apos;s identifier (F2)</source>
        <translation>Die Kennung des ausgewählten Felds ändern (F2)</translation>
    </message>
    <message>
        <location filename="../views/designer/fieldlist.cpp" line="67"/>
        <source>Remove the selected field (Delete)</source>
        <translation>Das ausgewählte Feld entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>portolan::FilterBar</name>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="23"/>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="24"/>
        <source>Owned by my teams</source>
        <translation>Im Besitz meiner Teams</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="26"/>
        <source>+ Filter</source>
        <translation>+ Filter</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="27"/>
        <source>Add a filter rule</source>
        <translation>Filterregel hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="29"/>
        <source>Match all</source>
        <translation>Alle müssen zutreffen</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="30"/>
        <source>Match any</source>
        <translation>Eine muss zutreffen</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="31"/>
        <source>How rules combine</source>
        <translation>Verknüpfung der Regeln</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="85"/>
        <source>Only entities whose $team is one of your teams</source>
        <translation>Nur Entitäten, deren $team eines Ihrer Teams ist</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="86"/>
        <source>Your teams are not known: set them in the preferences</source>
        <translation>Ihre Teams sind nicht bekannt: Legen Sie sie in den Einstellungen fest</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="120"/>
        <source>Edit this filter</source>
        <translation>Diesen Filter bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="123"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="124"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>portolan::FilterEditor</name>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="50"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="51"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="52"/>
        <location filename="../views/catalog/filtereditor.cpp" line="53"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="64"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="67"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="69"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="72"/>
        <source>Where</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="136"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="137"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
</context>
<context>
    <name>portolan::FormRenameDialog</name>
    <message>
        <location filename="../views/designer/formrenamedialog.cpp" line="14"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../views/designer/formrenamedialog.cpp" line="17"/>
        <source>New &amp;identifier</source>
        <translation>Neue &amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/formrenamedialog.cpp" line="32"/>
        <source>the same as now: type the new identifier</source>
        <translation>dieselbe wie bisher: die neue Kennung eingeben</translation>
    </message>
</context>
<context>
    <name>portolan::GraphBuilder</name>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="61"/>
        <source>cannot read the relations: %1</source>
        <translation>Beziehungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="69"/>
        <source>%1 “%2” does not exist (any more): it may have been deleted or renamed</source>
        <translation>%1 „%2“ existiert nicht (mehr): möglicherweise gelöscht oder umbenannt</translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="84"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="101"/>
        <source>Showing %1 of more than %2 entities — narrow the depth or filter by blueprint</source>
        <translation>%1 von mehr als %2 Entitäten angezeigt — Tiefe verringern oder nach Blueprint filtern</translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="102"/>
        <source>Showing %1 of %2 entities — narrow the depth or filter by blueprint</source>
        <translation>%1 von %2 Entitäten angezeigt — Tiefe verringern oder nach Blueprint filtern</translation>
    </message>
</context>
<context>
    <name>portolan::GraphFilterMenu</name>
    <message>
        <location filename="../views/graph/graphfiltermenu.cpp" line="14"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../views/graph/graphfiltermenu.cpp" line="68"/>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <location filename="../views/graph/graphfiltermenu.cpp" line="68"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
</context>
<context>
    <name>portolan::GraphPage</name>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="63"/>
        <source>Depth </source>
        <translation>Tiefe </translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="66"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="68"/>
        <source>Relation hops from the entity (the lowest value, All, follows every hop)</source>
        <translation>Beziehungsschritte ab der Entität (der niedrigste Wert, Alle, folgt jedem Schritt)</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="72"/>
        <source>Upstream</source>
        <translation>Vorgelagert</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="73"/>
        <source>Downstream</source>
        <translation>Nachgelagert</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="74"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="76"/>
        <source>Downstream: what the entity points at; upstream: what points at it</source>
        <translation>Nachgelagert: worauf die Entität verweist; vorgelagert: was auf sie verweist</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="78"/>
        <source>Blueprints</source>
        <translation>Blueprints</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="79"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="83"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="84"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="85"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="87"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="88"/>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="119"/>
        <source>Building the graph…</source>
        <translation>Graph wird erstellt…</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="159"/>
        <source>layout %1 ms</source>
        <translation>Layout %1 ms</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="162"/>
        <source>%1 entities, %2 relations</source>
        <translation>%1 Entitäten, %2 Beziehungen</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="220"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="220"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="221"/>
        <source>Export the graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="226"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="226"/>
        <source>Could not write %1: check the folder exists and is writable</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
</context>
<context>
    <name>portolan::GroupedTableModel</name>
    <message>
        <location filename="../models/table/groupedtablemodel.cpp" line="93"/>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
</context>
<context>
    <name>portolan::HistoryTab</name>
    <message>
        <location filename="../views/entity/historytab.cpp" line="78"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="79"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="109"/>
        <source>Select a change above to see what it did.</source>
        <translation>Oben eine Änderung auswählen, um ihre Auswirkungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="109"/>
        <source>No recorded changes.</source>
        <translation>Keine aufgezeichneten Änderungen.</translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="117"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="118"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="119"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/entity/historytab.cpp" line="121"/>
        <source>%1 by %2 on %3 (%4) · %n changes</source>
        <translation>
            <numerusform>%1 von %2 am %3 (%4) · %n Änderung</numerusform>
            <numerusform>%1 von %2 am %3 (%4) · %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::HomePage</name>
    <message>
        <location filename="../views/shell/homepage.cpp" line="47"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="52"/>
        <location filename="../views/shell/homepage.cpp" line="57"/>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="55"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="55"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="55"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="55"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="55"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="55"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="80"/>
        <source>%1 entities in %2 blueprints, %3 relations. Press Ctrl+K to find anything.</source>
        <translation>%1 Entitäten in %2 Blueprints, %3 Beziehungen. Mit Ctrl+K alles finden.</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="96"/>
        <source>Open the %1 table</source>
        <translation>Tabelle %1 öffnen</translation>
    </message>
    <message>
        <source>%1 entities in %2 blueprints, %3 relations.</source>
        <translation type="vanished">%1 Entitäten in %2 Blueprints, %3 Beziehungen.</translation>
    </message>
</context>
<context>
    <name>portolan::ImpactDialog</name>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="58"/>
        <source>Review and apply</source>
        <translation>Prüfen und anwenden</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="59"/>
        <source>Reading the stored catalog to see what this change does…</source>
        <translation>Der gespeicherte Katalog wird gelesen, um die Auswirkungen dieser Änderung zu ermitteln…</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="70"/>
        <source>Export migration…</source>
        <translation>Migration exportieren…</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="71"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="133"/>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="135"/>
        <source>Ready to apply, in one transaction.</source>
        <translation>Bereit zum Anwenden in einer Transaktion.</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="137"/>
        <source>Cannot apply yet: fix what the tabs marked below list, then review again.</source>
        <translation>Noch nicht anwendbar: Die in den unten markierten Registerkarten aufgeführten Punkte beheben und erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="140"/>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="140"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="140"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="145"/>
        <source>create or update the blueprint</source>
        <translation>Blueprint erstellen oder aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="148"/>
        <source>delete the blueprint and its entities</source>
        <translation>Blueprint und seine Entitäten löschen</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="151"/>
        <location filename="../views/designer/impactdialog.cpp" line="190"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="151"/>
        <source>%L1 read, %L2 change</source>
        <translation>%L1 gelesen, %L2 geändert</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="156"/>
        <source>⚠ Model problems</source>
        <translation>⚠ Modellprobleme</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="156"/>
        <location filename="../views/designer/impactdialog.cpp" line="164"/>
        <location filename="../views/designer/impactdialog.cpp" line="183"/>
        <location filename="../views/designer/impactdialog.cpp" line="190"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="156"/>
        <location filename="../views/designer/impactdialog.cpp" line="264"/>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="156"/>
        <location filename="../views/designer/impactdialog.cpp" line="201"/>
        <location filename="../views/designer/impactdialog.cpp" line="264"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="163"/>
        <source>⚠ Entities that would fail</source>
        <translation>⚠ Entitäten, die fehlschlagen würden</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="163"/>
        <source>Entities that would fail</source>
        <translation>Entitäten, die fehlschlagen würden</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="164"/>
        <location filename="../views/designer/impactdialog.cpp" line="201"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="164"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="164"/>
        <location filename="../views/designer/impactdialog.cpp" line="183"/>
        <location filename="../views/designer/impactdialog.cpp" line="190"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="171"/>
        <source>… %L1 more</source>
        <translation>… %L1 weitere</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="172"/>
        <source>Double-click an entity to open it.</source>
        <translation>Eine Entität doppelklicken, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="183"/>
        <source>Broken properties</source>
        <translation>Defekte Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="183"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="183"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="190"/>
        <source>Data removed</source>
        <translation>Entfernte Daten</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="190"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="190"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="193"/>
        <source>(every entity)</source>
        <translation>(jede Entität)</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="193"/>
        <source>the blueprint is deleted</source>
        <translation>der Blueprint wird gelöscht</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="195"/>
        <source>relation %1</source>
        <translation>Beziehung %1</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="201"/>
        <source>Conversions</source>
        <translation>Konvertierungen</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="201"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="201"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="206"/>
        <source>%L1 values</source>
        <translation>%L1 Werte</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="207"/>
        <source>%L1 fail</source>
        <translation>%L1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="232"/>
        <source>Applying… (Close cancels; nothing changes until the last entity is written)</source>
        <translation>Wird angewendet… (Schließen bricht ab; nichts ändert sich, bevor die letzte Entität geschrieben ist)</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="262"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="263"/>
        <source>The migration failed and nothing was changed:</source>
        <translation>Die Migration ist fehlgeschlagen, es wurde nichts geändert:</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="264"/>
        <source>⚠ Apply problems</source>
        <translation>⚠ Probleme beim Anwenden</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="275"/>
        <location filename="../views/designer/impactdialog.cpp" line="281"/>
        <source>Export migration</source>
        <translation>Migration exportieren</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="276"/>
        <source>Portolan migration (*.json)</source>
        <translation>Portolan-Migration (*.json)</translation>
    </message>
    <message>
        <location filename="../views/designer/impactdialog.cpp" line="288"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>portolan::InitiativeBurnUp</name>
    <message>
        <location filename="../views/scorecards/initiativeburnup.cpp" line="43"/>
        <source>Meet the target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeburnup.cpp" line="44"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeburnup.cpp" line="45"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeburnup.cpp" line="46"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeburnup.cpp" line="51"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeburnup.cpp" line="112"/>
        <source>%1 of %2 meet the target</source>
        <translation>%1 von %2 erreichen das Ziel</translation>
    </message>
</context>
<context>
    <name>portolan::InitiativeDialog</name>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="55"/>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="57"/>
        <source>Every production service at Silver</source>
        <translation>Alle Produktionsservices auf Silver</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="66"/>
        <source>Reach level</source>
        <translation>Stufe erreichen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="67"/>
        <source>Pass rules</source>
        <translation>Regeln bestehen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="83"/>
        <source>Teams or users, separated by commas</source>
        <translation>Teams oder Benutzer, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="95"/>
        <source>Optional: {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: […]}</source>
        <translation>Optional: {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: […]}</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="99"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="100"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="101"/>
        <source>&amp;Scorecard:</source>
        <translation>&amp;Scorecard:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="102"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="103"/>
        <source>Entities that must meet it:</source>
        <translation>Entitäten, die es erreichen müssen:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="104"/>
        <source>Only entities &amp;matching:</source>
        <translation>Nur &amp;passende Entitäten:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="105"/>
        <source>&amp;Owners:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="106"/>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="107"/>
        <source>Dead&amp;line:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="186"/>
        <source>Edit initiative</source>
        <translation>Initiative bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="238"/>
        <source>tick at least one rule to pass</source>
        <translation>mindestens eine zu bestehende Regel ankreuzen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="240"/>
        <source>another initiative is called &quot;%1&quot;</source>
        <translation>eine andere Initiative heißt bereits „%1“</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativedialog.cpp" line="246"/>
        <source>the filter is not a JSON object: %1</source>
        <translation>der Filter ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>portolan::InitiativeView</name>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="80"/>
        <location filename="../views/scorecards/initiativeview.cpp" line="105"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="80"/>
        <source>Meet the target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="89"/>
        <source>&lt;b&gt;Progress per team&lt;/b&gt; (furthest behind first)</source>
        <translation>&lt;b&gt;Fortschritt pro Team&lt;/b&gt; (am weitesten zurück zuerst)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="103"/>
        <source>Team / entity</source>
        <translation>Team / Entität</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="103"/>
        <location filename="../views/scorecards/initiativeview.cpp" line="105"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="103"/>
        <source>Also failing</source>
        <translation>Ebenfalls nicht bestanden</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="105"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="105"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="105"/>
        <source>Meets target</source>
        <translation>Erreicht Ziel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="110"/>
        <source>What each owner must do next</source>
        <translation>Was jeder Besitzer als Nächstes tun muss</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="111"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="153"/>
        <source>pass %1</source>
        <translation>%1 bestehen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="154"/>
        <source>reach &lt;b&gt;%1&lt;/b&gt; or higher</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; oder höher erreichen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="155"/>
        <source>%1% of </source>
        <translation>%1 % der </translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="156"/>
        <source>%1the entities of &lt;b&gt;%2&lt;/b&gt; must %3 between %4 and &lt;b&gt;%5&lt;/b&gt;. Owners: %6.</source>
        <translation>%1Entitäten von &lt;b&gt;%2&lt;/b&gt; müssen zwischen %4 und &lt;b&gt;%5&lt;/b&gt; %3. Besitzer: %6.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="157"/>
        <source>All </source>
        <translation>Alle </translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="169"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="170"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="170"/>
        <source>none (%1 over)</source>
        <translation>keine (%1 überschritten)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="171"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="172"/>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="172"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="173"/>
        <source>Still to go</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="173"/>
        <source>%1 of %2 needed</source>
        <translation>%1 von %2 erforderlich</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="204"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="224"/>
        <source>1 entity to bring up</source>
        <translation>1 Entität nachzubessern</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="224"/>
        <source>%1 entities to bring up</source>
        <translation>%1 Entitäten nachzubessern</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="233"/>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="241"/>
        <source>Re-evaluate: no failing rule recorded</source>
        <translation>Neu bewerten: keine nicht bestandene Regel aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="264"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativeview.cpp" line="264"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>portolan::InitiativesPage</name>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="55"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="67"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="68"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="69"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="79"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="79"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="79"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="79"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="87"/>
        <source>No initiatives yet.
An initiative brings a scorecard&apos;s entities to a level by a date: press New…</source>
        <translation>Noch keine Initiativen.
Eine Initiative bringt die Entitäten einer Scorecard bis zu einem Datum auf eine Stufe: Neu… drücken</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="153"/>
        <source>%1 of %2 entities meet the target</source>
        <translation>%1 von %2 Entitäten erreichen das Ziel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="163"/>
        <source>1 initiative</source>
        <translation>1 Initiative</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="164"/>
        <source>%1 initiatives</source>
        <translation>%1 Initiativen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="260"/>
        <source>Save initiative</source>
        <translation>Initiative speichern</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="276"/>
        <location filename="../views/scorecards/initiativespage.cpp" line="280"/>
        <source>Delete initiative</source>
        <translation>Initiative löschen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/initiativespage.cpp" line="276"/>
        <source>Delete the initiative &quot;%1&quot;? Its scorecard and results stay.</source>
        <translation>Initiative „%1“ löschen? Ihre Scorecard und ihre Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
</context>
<context>
    <name>portolan::JsonErrorStatus</name>
    <message>
        <location filename="../views/widgets/jsonerrorstatus.cpp" line="58"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../views/widgets/jsonerrorstatus.cpp" line="62"/>
        <source>Ctrl+E goes there</source>
        <translation>Ctrl+E springt dorthin</translation>
    </message>
</context>
<context>
    <name>portolan::LineInputEditor</name>
    <message>
        <location filename="../views/actions/inputeditortext.cpp" line="79"/>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <source>Portolan — %1</source>
        <translation type="vanished">Portolan — %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="vanished">Start</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="vanished">Katalog</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="49"/>
        <location filename="../views/shell/mainwindow.cpp" line="258"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="157"/>
        <source>Catalog · %L1 entities</source>
        <translation>Katalog · %L1 Entitäten</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="183"/>
        <source>No user &quot;%1&quot; with a team in this catalog: &quot;Owned by my teams&quot; stays off (Settings ▸ Who am I).</source>
        <translation>Kein Benutzer „%1“ mit einem Team in diesem Katalog: „Im Besitz meiner Teams“ bleibt aus (Einstellungen ▸ Wer bin ich).</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="250"/>
        <source>Blueprint designer</source>
        <translation>Blueprint-Designer</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="251"/>
        <source>Self-service actions</source>
        <translation>Self-Service-Aktionen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="252"/>
        <source>Action runs</source>
        <translation>Aktionsausführungen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="253"/>
        <source>Run %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="254"/>
        <location filename="../views/shell/mainwindowscoring.cpp" line="33"/>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="255"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="256"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="258"/>
        <source>%1 — Portolan</source>
        <translation>%1 — Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="282"/>
        <source>Unapplied changes</source>
        <translation>Nicht angewendete Änderungen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="283"/>
        <source>The blueprint designer has changes that are not applied. Quit and lose them?</source>
        <translation>Der Blueprint-Designer hat Änderungen, die nicht angewendet wurden. Beenden und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="50"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="51"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="54"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="57"/>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="61"/>
        <source>&amp;Find anything…</source>
        <translation>Alles &amp;finden…</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="64"/>
        <source>Dependency &amp;graph of this entity</source>
        <translation>Abhängigkeits&amp;graph dieser Entität</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="69"/>
        <source>Blueprint &amp;designer</source>
        <translation>Blueprint-&amp;Designer</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="71"/>
        <source>Self-service a&amp;ctions</source>
        <translation>Self-Service-A&amp;ktionen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="73"/>
        <source>Action &amp;runs</source>
        <translation>Aktions&amp;ausführungen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="75"/>
        <source>&amp;Scorecards</source>
        <translation>S&amp;corecards</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="77"/>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="79"/>
        <source>Dash&amp;boards</source>
        <translation>Dash&amp;boards</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="81"/>
        <source>&amp;Audit log</source>
        <translation>Änderungs&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="85"/>
        <source>Show &amp;sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="93"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="95"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="98"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="98"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="98"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="107"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="108"/>
        <source>Who am &amp;I…</source>
        <translation>Wer bin &amp;ich…</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="111"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="113"/>
        <source>&amp;About Portolan</source>
        <translation>Ü&amp;ber Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="114"/>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="115"/>
        <source>&lt;b&gt;Portolan %1&lt;/b&gt;&lt;p&gt;A native internal developer portal: catalog, graph and search over a local SQLite store.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Portolan %1&lt;/b&gt;&lt;p&gt;Ein natives internes Entwicklerportal: Katalog, Graph und Suche auf Basis eines lokalen SQLite-Speichers.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="119"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="131"/>
        <source>Find anything…   Ctrl+K</source>
        <translation>Alles finden…   Ctrl+K</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="140"/>
        <source>Who am I</source>
        <translation>Wer bin ich</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="141"/>
        <source>Your e-mail or user identifier in the catalog (for &quot;owned by my teams&quot;, and who runs and approves actions):</source>
        <translation>Ihre E-Mail-Adresse oder Benutzerkennung im Katalog (für „Im Besitz meiner Teams“ und dafür, wer Aktionen ausführt und genehmigt):</translation>
    </message>
    <message>
        <source>Your e-mail or user identifier in the catalog (for &quot;owned by my teams&quot;):</source>
        <translation type="vanished">Ihre E-Mail-Adresse oder Benutzerkennung im Katalog (für „Im Besitz meiner Teams“):</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowscoring.cpp" line="46"/>
        <source>Scorecards: %1</source>
        <translation>Scorecards: %1</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowselfservice.cpp" line="43"/>
        <source>Runs of %1</source>
        <translation>Ausführungen von %1</translation>
    </message>
</context>
<context>
    <name>portolan::MigrationsDialog</name>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="27"/>
        <source>Applied migrations</source>
        <translation>Angewendete Migrationen</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="29"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="29"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="29"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="36"/>
        <source>No migration applied to this portal yet: the blueprint designer&apos;s &quot;Review and apply&quot; makes one.</source>
        <translation>Auf dieses Portal wurde noch keine Migration angewendet: „Prüfen und anwenden“ im Blueprint-Designer erstellt eine.</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="42"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="51"/>
        <location filename="../views/designer/migrationsdialog.cpp" line="56"/>
        <source>Export migration</source>
        <translation>Migration exportieren</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="51"/>
        <source>Portolan migration (*.json)</source>
        <translation>Portolan-Migration (*.json)</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="60"/>
        <source>Every change to the data model is applied as a migration and kept in the audit log. Export one to keep it with your portal&apos;s code, or to apply it elsewhere with &lt;tt&gt;portolan migrate apply FILE&lt;/tt&gt;.</source>
        <translation>Jede Änderung am Datenmodell wird als Migration angewendet und im Änderungsprotokoll festgehalten. Exportieren Sie eine Migration, um sie mit dem Code Ihres Portals aufzubewahren oder sie mit &lt;tt&gt;portolan migrate apply FILE&lt;/tt&gt; anderswo anzuwenden.</translation>
    </message>
    <message>
        <location filename="../views/designer/migrationsdialog.cpp" line="96"/>
        <source>No migration is selected.</source>
        <translation>Keine Migration ausgewählt.</translation>
    </message>
</context>
<context>
    <name>portolan::MirrorDialog</name>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="27"/>
        <source>New mirror property of %1</source>
        <translation>Neue Spiegeleigenschaft von %1</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="27"/>
        <source>Mirror property %1 of %2</source>
        <translation>Spiegeleigenschaft %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="29"/>
        <source>relation.property, or pick one below</source>
        <translation>relation.property oder unten eine auswählen</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="31"/>
        <source>Mirror property</source>
        <translation>Spiegeleigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="32"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="33"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="34"/>
        <source>&amp;Path</source>
        <translation>&amp;Pfad</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="35"/>
        <source>Reads</source>
        <translation>Liest</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrordialog.cpp" line="100"/>
        <source>the mirror would read itself</source>
        <translation>die Spiegelung würde sich selbst lesen</translation>
    </message>
</context>
<context>
    <name>portolan::MirrorPathPicker</name>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="25"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="25"/>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="26"/>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="28"/>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="31"/>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="32"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="26"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="27"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="27"/>
        <source>List of teams</source>
        <translation>Liste von Teams</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="28"/>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="29"/>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="29"/>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="30"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="30"/>
        <source>Updated at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="31"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="32"/>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="48"/>
        <source>&quot;%1&quot; is not a relation of %2</source>
        <translation>„%1“ ist keine Beziehung von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="50"/>
        <source>relation &quot;%1&quot; leads to unknown blueprint &quot;%2&quot;</source>
        <translation>Beziehung „%1“ führt zum unbekannten Blueprint „%2“</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="68"/>
        <source>Relation or property</source>
        <translation>Beziehung oder Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="68"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="73"/>
        <source>Mirror path</source>
        <translation>Spiegelpfad</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="79"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="109"/>
        <source>Relation, many</source>
        <translation>Beziehung, mehrfach</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="109"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="125"/>
        <source>Calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="129"/>
        <source>Mirror of %1</source>
        <translation>Spiegelung von %1</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="177"/>
        <source>pick a property of a related blueprint</source>
        <translation>eine Eigenschaft eines verknüpften Blueprints auswählen</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="180"/>
        <source>a path is relation[.relation…].property</source>
        <translation>ein Pfad hat die Form relation[.relation…].property</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="195"/>
        <source>&quot;%1&quot; is not a property of %2</source>
        <translation>„%1“ ist keine Eigenschaft von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="210"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="213"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/mirrorpathpicker.cpp" line="215"/>
        <source>%1 — a list: the path goes through a relation to many</source>
        <translation>%1 — eine Liste: Der Pfad führt über eine Beziehung zu mehreren Entitäten</translation>
    </message>
</context>
<context>
    <name>portolan::ModelCanvas</name>
    <message>
        <location filename="../views/designer/canvasinput.cpp" line="144"/>
        <source>&amp;Edit %1</source>
        <translation>%1 &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasinput.cpp" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasinput.cpp" line="147"/>
        <source>&amp;New blueprint…</source>
        <translation>&amp;Neuer Blueprint…</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasinput.cpp" line="149"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasinput.cpp" line="150"/>
        <source>&amp;Automatic layout</source>
        <translation>&amp;Automatisches Layout</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasinput.cpp" line="205"/>
        <source>Could not relate %1 to %2: %3</source>
        <translation>%1 konnte nicht mit %2 verknüpft werden: %3</translation>
    </message>
    <message>
        <location filename="../views/designer/canvasinput.cpp" line="219"/>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../views/designer/modelcanvas.cpp" line="53"/>
        <location filename="../views/designer/modelcanvas.cpp" line="314"/>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
</context>
<context>
    <name>portolan::NewBlueprintDialog</name>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="25"/>
        <source>New blueprint</source>
        <translation>Neuer Blueprint</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="27"/>
        <source>e.g. Service</source>
        <translation>z. B. Service</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="28"/>
        <source>e.g. service</source>
        <translation>z. B. service</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="29"/>
        <source>Optional: what one entity of it is</source>
        <translation>Optional: was eine einzelne Entität davon ist</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="30"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="31"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="32"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="32"/>
        <source>Entities refer to it by this name; it cannot change once applied.</source>
        <translation>Entitäten verweisen über diesen Namen darauf; nach dem Anwenden kann er nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="33"/>
        <source>Ico&amp;n</source>
        <translation>Sy&amp;mbol</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="34"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="75"/>
        <source>there is already a blueprint &quot;%1&quot;</source>
        <translation>es gibt bereits einen Blueprint „%1“</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="77"/>
        <source>&quot;%1&quot; is deleted in this draft: apply first, or undo the deletion</source>
        <translation>„%1“ ist in diesem Entwurf gelöscht: zuerst anwenden oder das Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="80"/>
        <source>at most 100 characters</source>
        <translation>höchstens 100 Zeichen</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="82"/>
        <source>at most 200 characters</source>
        <translation>höchstens 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../views/designer/newblueprintdialog.cpp" line="88"/>
        <source>Create blueprint %1</source>
        <translation>Blueprint %1 erstellen</translation>
    </message>
</context>
<context>
    <name>portolan::NumberInputEditor</name>
    <message>
        <location filename="../views/actions/inputeditorchoice.cpp" line="59"/>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorchoice.cpp" line="59"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>portolan::OverviewTab</name>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="63"/>
        <source>Hide empty</source>
        <translation>Leere ausblenden</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="71"/>
        <source>Hide properties that have no value</source>
        <translation>Eigenschaften ohne Wert ausblenden</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="121"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="135"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="142"/>
        <source>Derived</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="145"/>
        <source>Mirror of %1</source>
        <translation>Spiegelung von %1</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="152"/>
        <source>⚠ calculation failed</source>
        <translation>⚠ Berechnung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="155"/>
        <source>Calculated: %1</source>
        <translation>Berechnet: %1</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="160"/>
        <source>%1 of related %2</source>
        <translation>%1 über verknüpfte %2</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="162"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="168"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="169"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="170"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="171"/>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
</context>
<context>
    <name>portolan::PersonInputEditor</name>
    <message>
        <location filename="../views/actions/inputeditorpeople.cpp" line="30"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditorpeople.cpp" line="30"/>
        <source>Team identifier</source>
        <translation>Team-Kennung</translation>
    </message>
</context>
<context>
    <name>portolan::PropertyDialog</name>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="62"/>
        <source>Every entity must have a value</source>
        <translation>Jede Entität muss einen Wert haben</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="65"/>
        <source>New property of %1</source>
        <translation>Neue Eigenschaft von %1</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="65"/>
        <source>Property %1 of %2</source>
        <translation>Eigenschaft %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="70"/>
        <source>Shown as the column and field name</source>
        <translation>Wird als Spalten- und Feldname angezeigt</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="71"/>
        <source>Optional: what the value means, where it comes from</source>
        <translation>Optional: was der Wert bedeutet, woher er stammt</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="73"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="74"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="75"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="76"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="77"/>
        <source>Ico&amp;n</source>
        <translation>Sy&amp;mbol</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="78"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="79"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="80"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="81"/>
        <source>Item type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="82"/>
        <source>Item format</source>
        <translation>Elementformat</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="83"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="84"/>
        <source>&amp;Allowed values</source>
        <translation>&amp;Zulässige Werte</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="85"/>
        <source>D&amp;efault</source>
        <translation>Standard&amp;wert</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="86"/>
        <source>Re&amp;quired</source>
        <translation>&amp;Erforderlich</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="171"/>
        <source>No default; a JSON object, e.g. {&quot;key&quot;: 1}</source>
        <translation>Kein Standardwert; ein JSON-Objekt, z. B. {&quot;key&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="172"/>
        <source>No default; a JSON list, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>Kein Standardwert; eine JSON-Liste, z. B. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="173"/>
        <source>No default</source>
        <translation>Kein Standardwert</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="200"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="206"/>
        <source>write true or false</source>
        <translation>true oder false eingeben</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="213"/>
        <source>not readable as JSON: %1</source>
        <translation>nicht als JSON lesbar: %1</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="268"/>
        <source>at most 100 characters</source>
        <translation>höchstens 100 Zeichen</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="285"/>
        <source>Stored values move to the new identifier.</source>
        <translation>Gespeicherte Werte werden auf die neue Kennung übertragen.</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="288"/>
        <source>Stored values have another type: on OK you choose a jq transform and preview it on the stored entities.</source>
        <translation>Gespeicherte Werte haben einen anderen Typ: Bei OK wählen Sie eine jq-Transformation und sehen sich deren Vorschau auf den gespeicherten Entitäten an.</translation>
    </message>
    <message>
        <location filename="../views/designer/propertydialog.cpp" line="293"/>
        <source>Stored entities without a value will fail validation; the impact preview lists them.</source>
        <translation>Gespeicherte Entitäten ohne Wert bestehen die Validierung nicht; die Auswirkungsvorschau listet sie auf.</translation>
    </message>
</context>
<context>
    <name>portolan::RelatedEntitiesModel</name>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="55"/>
        <source>→ Outgoing</source>
        <translation>→ Ausgehend</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="55"/>
        <source>← Incoming</source>
        <translation>← Eingehend</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="66"/>
        <source>%1 points at this entity</source>
        <translation>%1 verweist auf diese Entität</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="67"/>
        <source>This entity points at %1</source>
        <translation>Diese Entität verweist auf %1</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="83"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="84"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="85"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="86"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="87"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="88"/>
        <source>Via</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>portolan::RelatedTab</name>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="32"/>
        <source>&amp;Depth</source>
        <translation>&amp;Tiefe</translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="36"/>
        <source>How many relation hops to follow, in both directions</source>
        <translation>Wie vielen Beziehungsschritten in beide Richtungen gefolgt wird</translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="38"/>
        <source>Filter related entities…</source>
        <translation>Verknüpfte Entitäten filtern…</translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="111"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="119"/>
        <source>No related entities</source>
        <translation>Keine verknüpften Entitäten</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/entity/relatedtab.cpp" line="119"/>
        <source>%n related entities</source>
        <translation>
            <numerusform>%n verknüpfte Entität</numerusform>
            <numerusform>%n verknüpfte Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/entity/relatedtab.cpp" line="121"/>
        <source>(%n relations)</source>
        <translation>
            <numerusform>(%n Beziehung)</numerusform>
            <numerusform>(%n Beziehungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="123"/>
        <source>%1 rows shown of %2</source>
        <translation>%2 · %1 Zeilen angezeigt</translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="125"/>
        <source>stopped at %1 rows: lower the depth to see everything</source>
        <translation>bei %1 Zeilen angehalten: Tiefe verringern, um alles zu sehen</translation>
    </message>
</context>
<context>
    <name>portolan::RelationDialog</name>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="25"/>
        <source>An entity relates to any number of targets</source>
        <translation>Eine Entität ist mit beliebig vielen Zielen verknüpft</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="26"/>
        <source>Every entity must name a target</source>
        <translation>Jede Entität muss ein Ziel angeben</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="30"/>
        <source>New relation of %1</source>
        <translation>Neue Beziehung von %1</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="30"/>
        <source>Relation %1 of %2</source>
        <translation>Beziehung %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="36"/>
        <source>Shown as the column and field name</source>
        <translation>Wird als Spalten- und Feldname angezeigt</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="37"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="39"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="40"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="41"/>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="42"/>
        <source>T&amp;arget</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="43"/>
        <source>&amp;Many</source>
        <translation>&amp;Mehrfach</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="44"/>
        <source>Re&amp;quired</source>
        <translation>&amp;Erforderlich</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="45"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="100"/>
        <source>the portal has no blueprint to relate to</source>
        <translation>das Portal hat keinen Blueprint, mit dem verknüpft werden kann</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="102"/>
        <source>a relation to many entities cannot be required (Port&apos;s rule)</source>
        <translation>eine Beziehung zu mehreren Entitäten kann nicht erforderlich sein (Regel von Port)</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="104"/>
        <source>The stored targets are %1 entities: they are dropped when the draft is applied.</source>
        <translation>Die gespeicherten Ziele sind %1-Entitäten: Sie werden beim Anwenden des Entwurfs verworfen.</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="107"/>
        <source>Stored targets move to the new identifier.</source>
        <translation>Gespeicherte Ziele werden auf die neue Kennung übertragen.</translation>
    </message>
    <message>
        <location filename="../views/designer/relationdialog.cpp" line="109"/>
        <source>Entities with more than one target will fail validation; the impact preview lists them.</source>
        <translation>Entitäten mit mehr als einem Ziel bestehen die Validierung nicht; die Auswirkungsvorschau listet sie auf.</translation>
    </message>
</context>
<context>
    <name>portolan::RelationEdgeItem</name>
    <message>
        <location filename="../views/designer/relationedgeitem.cpp" line="54"/>
        <location filename="../views/designer/relationedgeitem.cpp" line="61"/>
        <source>many</source>
        <translation>mehrere</translation>
    </message>
    <message>
        <location filename="../views/designer/relationedgeitem.cpp" line="61"/>
        <source>one</source>
        <translation>eine</translation>
    </message>
    <message>
        <location filename="../views/designer/relationedgeitem.cpp" line="62"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../views/designer/relationedgeitem.cpp" line="62"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>portolan::RuleOutcome</name>
    <message>
        <location filename="../models/scoring/ruleoutcome.cpp" line="63"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../models/scoring/ruleoutcome.cpp" line="63"/>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../models/scoring/ruleoutcome.cpp" line="64"/>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <location filename="../models/scoring/ruleoutcome.cpp" line="64"/>
        <source>upcoming</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <location filename="../models/scoring/ruleoutcome.cpp" line="65"/>
        <source>exempt</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <location filename="../models/scoring/ruleoutcome.cpp" line="65"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>portolan::RunApprovalBox</name>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="30"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="31"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="32"/>
        <source>Cancel re&amp;quest</source>
        <translation>Anfrage &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="79"/>
        <source>No one may approve this run: the action names no approvers.</source>
        <translation>Niemand darf diese Ausführung genehmigen: Die Aktion nennt keine Genehmigenden.</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="81"/>
        <source>All of these must approve: %1</source>
        <translation>Alle folgenden müssen genehmigen: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="81"/>
        <source>Any one of these may approve: %1</source>
        <translation>Jeder der folgenden darf genehmigen: %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="88"/>
        <source>%1 approved</source>
        <translation>%1 hat genehmigt</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="88"/>
        <source>%1 declined</source>
        <translation>%1 hat abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="106"/>
        <source>Waiting for your approval</source>
        <translation>Wartet auf Ihre Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="106"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="108"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/actions/runapprovalbox.cpp" line="110"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
</context>
<context>
    <name>portolan::RunDetails</name>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="29"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="29"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="63"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="65"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="66"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="105"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="106"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="107"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../views/actions/rundetails.cpp" line="108"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
</context>
<context>
    <name>portolan::RunHeader</name>
    <message>
        <location filename="../views/actions/runheader.cpp" line="85"/>
        <source>on %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="87"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="89"/>
        <source>started %1 (%2)</source>
        <translation>gestartet %1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="93"/>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="94"/>
        <source>waiting for %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="95"/>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="98"/>
        <source>external run %1</source>
        <translation>externe Ausführung %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="99"/>
        <source>run %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="105"/>
        <source>Run not found</source>
        <translation>Ausführung nicht gefunden</translation>
    </message>
    <message>
        <location filename="../views/actions/runheader.cpp" line="107"/>
        <source>There is no run &quot;%1&quot; in this portal.</source>
        <translation>Eine Ausführung „%1“ gibt es in diesem Portal nicht.</translation>
    </message>
</context>
<context>
    <name>portolan::RunListModel</name>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="142"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="143"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="144"/>
        <source>Status label</source>
        <translation>Statusbezeichnung</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="145"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="146"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="147"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="160"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="161"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="162"/>
        <source>Failure</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="163"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="164"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="188"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/actions/runlistmodel.cpp" line="191"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/actions/runlistmodel.cpp" line="194"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="197"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/actions/runlistmodel.cpp" line="197"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="206"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="208"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="208"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/actions/runlistmodel.cpp" line="209"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>portolan::RunLogView</name>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="37"/>
        <source>&amp;Copy log</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="39"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="46"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="47"/>
        <source>New lines appear as the backend reports them</source>
        <translation>Neue Zeilen erscheinen, sobald das Backend sie meldet</translation>
    </message>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="53"/>
        <source>Copy the whole log to the clipboard</source>
        <translation>Das gesamte Protokoll in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="61"/>
        <source>No log lines yet.</source>
        <translation>Noch keine Protokollzeilen.</translation>
    </message>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="151"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../views/actions/runlogview.cpp" line="151"/>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>portolan::RunPage</name>
    <message>
        <location filename="../views/actions/runpage.cpp" line="210"/>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
</context>
<context>
    <name>portolan::RunsPage</name>
    <message>
        <location filename="../views/actions/runspage.cpp" line="45"/>
        <location filename="../views/actions/runspage.cpp" line="161"/>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <location filename="../views/actions/runspage.cpp" line="48"/>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <location filename="../views/actions/runspage.cpp" line="49"/>
        <source>&amp;Waiting for my approval</source>
        <translation>&amp;Wartet auf meine Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/actions/runspage.cpp" line="61"/>
        <source>Filter by action, entity, label or person</source>
        <translation>Nach Aktion, Entität, Bezeichnung oder Person filtern</translation>
    </message>
    <message>
        <location filename="../views/actions/runspage.cpp" line="65"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/actions/runspage.cpp" line="107"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/actions/runspage.cpp" line="195"/>
        <source>Tell Portolan who you are first (Settings → Who am I…)</source>
        <translation>Teilen Sie Portolan zuerst mit, wer Sie sind (Einstellungen → Wer bin ich…)</translation>
    </message>
    <message>
        <location filename="../views/actions/runspage.cpp" line="260"/>
        <source>No runs match these filters.</source>
        <translation>Keine Ausführungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../views/actions/runspage.cpp" line="261"/>
        <source>No runs yet. Run an action from a blueprint&apos;s or an entity&apos;s page.</source>
        <translation>Noch keine Ausführungen. Führen Sie eine Aktion von der Seite eines Blueprints oder einer Entität aus.</translation>
    </message>
</context>
<context>
    <name>portolan::SavedViewsMenu</name>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="35"/>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="37"/>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="38"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="39"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="45"/>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="47"/>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="45"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="47"/>
        <source>&quot;%1&quot; is empty or already taken: choose another name.</source>
        <translation>„%1“ ist leer oder bereits vergeben: Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="52"/>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="58"/>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="63"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="58"/>
        <source>Name of this view (its columns, sort, filter and grouping):</source>
        <translation>Name dieser Ansicht (Spalten, Sortierung, Filter und Gruppierung):</translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="63"/>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardConditions</name>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="52"/>
        <source>all of these (and)</source>
        <translation>alle davon (and)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="53"/>
        <source>any of these (or)</source>
        <translation>mindestens eine davon (or)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="54"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="54"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="54"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="63"/>
        <source>These conditions nest groups; edit them in the JSON view.</source>
        <translation>Diese Bedingungen enthalten verschachtelte Gruppen; bearbeiten Sie sie in der JSON-Ansicht.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="65"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="67"/>
        <source>Match</source>
        <translation>Erfüllen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="115"/>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="144"/>
        <source>%1 (related count)</source>
        <translation>%1 (Anzahl verknüpfter)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="150"/>
        <source>text, 3, true, [&quot;a&quot;,&quot;b&quot;]</source>
        <translation>Text, 3, true, [&quot;a&quot;,&quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardconditions.cpp" line="153"/>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardDetail</name>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="39"/>
        <source>E&amp;valuate now</source>
        <translation>Jetzt &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="59"/>
        <source>Evaluate every entity of this scorecard again</source>
        <translation>Jede Entität dieser Scorecard erneut bewerten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="89"/>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="91"/>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="108"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="92"/>
        <source>Failing rule</source>
        <translation>Nicht bestandene Regel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="93"/>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="112"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="106"/>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="123"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="110"/>
        <source>Failing</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="122"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="134"/>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="138"/>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="260"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="168"/>
        <source>No scorecard selected</source>
        <translation>Keine Scorecard ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="169"/>
        <source>%1 · %2 · %3 rules</source>
        <translation>%1 · %2 · %3 Regeln</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="171"/>
        <source>scored by levels</source>
        <translation>Bewertung nach Stufen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="171"/>
        <source>scored by points</source>
        <translation>Bewertung nach Punkten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="191"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="195"/>
        <source>Any rule</source>
        <translation>Beliebige Regel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="251"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddetail.cpp" line="259"/>
        <source>first %1</source>
        <translation>erste %1</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardDistribution</name>
    <message>
        <location filename="../views/scorecards/scorecarddistribution.cpp" line="20"/>
        <source>Entities per level</source>
        <translation>Entitäten pro Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddistribution.cpp" line="49"/>
        <source>Entities per level (%1)</source>
        <translation>Entitäten pro Stufe (%1)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecarddistribution.cpp" line="49"/>
        <source>Entities per level: not evaluated yet</source>
        <translation>Entitäten pro Stufe: noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardEditor</name>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="45"/>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="65"/>
        <source>New scorecard</source>
        <translation>Neue Scorecard</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="65"/>
        <source>Edit scorecard %1</source>
        <translation>Scorecard %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="67"/>
        <source>Scorecard JSON</source>
        <translation>Scorecard-JSON</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="74"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="75"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="76"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="95"/>
        <source>Publish the scorecard (Ctrl+Enter); its results are evaluated again</source>
        <translation>Scorecard veröffentlichen (Ctrl+Enter); ihre Ergebnisse werden neu bewertet</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="155"/>
        <source>a scorecard is a JSON object { … }</source>
        <translation>eine Scorecard ist ein JSON-Objekt { … }</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="173"/>
        <source>a scorecard &quot;%1&quot; exists already; choose another identifier</source>
        <translation>eine Scorecard „%1“ existiert bereits; bitte eine andere Kennung wählen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="184"/>
        <source>● JSON: %1</source>
        <translation>● JSON: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="204"/>
        <source>Ready to publish</source>
        <translation>Bereit zur Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="204"/>
        <source>Fix the problems to publish: %1</source>
        <translation>Zum Veröffentlichen die Probleme beheben: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="208"/>
        <source>What-if waits until the scorecard is valid.</source>
        <translation>Die Was-wäre-wenn-Analyse wartet, bis die Scorecard gültig ist.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="214"/>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditor.cpp" line="238"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardEditorForm</name>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="68"/>
        <source>Levels: a level once every rule of it and below passes</source>
        <translation>Stufen: eine Stufe gilt als erreicht, sobald alle Regeln dieser und der niedrigeren Stufen bestanden sind</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="69"/>
        <source>Points: the weighted share of rules passed</source>
        <translation>Punkte: der gewichtete Anteil bestandener Regeln</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="70"/>
        <source>Level (lowest first)</source>
        <translation>Stufe (niedrigste zuerst)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="70"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="76"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="76"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="76"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="82"/>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="117"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="85"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="87"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="89"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="91"/>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="92"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="94"/>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="95"/>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="100"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="106"/>
        <source>Scores entities that match (empty: every entity of the blueprint)</source>
        <translation>Bewertet passende Entitäten (leer: jede Entität des Blueprints)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="109"/>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="110"/>
        <source>Edit rule…</source>
        <translation>Regel bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="111"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="143"/>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorform.cpp" line="193"/>
        <source>%1 (no such blueprint)</source>
        <translation>%1 (Blueprint existiert nicht)</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardEntityCard</name>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="33"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="46"/>
        <source>%1 related</source>
        <translation>%1 verknüpft</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="70"/>
        <source>the rule&apos;s filter leaves this entity out</source>
        <translation>der Filter der Regel schließt diese Entität aus</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="71"/>
        <source>counts from %1</source>
        <translation>zählt ab %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="72"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="76"/>
        <source>exempt until %1: %2</source>
        <translation>ausgenommen bis %1: %2</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="77"/>
        <source>exempt: %1</source>
        <translation>ausgenommen: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="78"/>
        <source>exempt</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="81"/>
        <source>not met: %1</source>
        <translation>nicht erfüllt: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="81"/>
        <source>jq is not true: %1</source>
        <translation>jq ergibt nicht true: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="87"/>
        <source>measured %1, target %2 %3 (%4 % credit)</source>
        <translation>gemessen %1, Ziel %2 %3 (%4 % Anrechnung)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="88"/>
        <source>measured %1 (%2 % credit)</source>
        <translation>gemessen %1 (%2 % Anrechnung)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="107"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="114"/>
        <source>evaluated %1</source>
        <translation>ausgewertet %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="121"/>
        <source>This scorecard&apos;s filter leaves this entity out.</source>
        <translation>Der Filter dieser Scorecard schließt diese Entität aus.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="126"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="126"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="126"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="126"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="135"/>
        <source>Rules of %1</source>
        <translation>Regeln von %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="170"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="171"/>
        <source>Exemption asked by %1: %2</source>
        <translation>Ausnahme beantragt von %1: %2</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="176"/>
        <source>exemption pending</source>
        <translation>Ausnahme ausstehend</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="177"/>
        <source>Someone other than you must approve it</source>
        <translation>Sie muss von einer anderen Person als Ihnen genehmigt werden</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="179"/>
        <source>Request exemption…</source>
        <translation>Ausnahme beantragen…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="210"/>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardentitycard.cpp" line="213"/>
        <source>Level changes, oldest first</source>
        <translation>Stufenänderungen, älteste zuerst</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardResultsModel</name>
    <message>
        <location filename="../views/scorecards/scorecardresultsmodel.cpp" line="102"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardresultsmodel.cpp" line="103"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardresultsmodel.cpp" line="104"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardresultsmodel.cpp" line="105"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardresultsmodel.cpp" line="106"/>
        <source>Failing rules</source>
        <translation>Nicht bestandene Regeln</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardRuleDialog</name>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="58"/>
        <source>Counts from</source>
        <translation>Zählt ab</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="63"/>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="169"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="63"/>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="67"/>
        <source>Binary: passes or fails</source>
        <translation>Binär: bestanden oder nicht bestanden</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="68"/>
        <source>Target: a number against a target, partial credit</source>
        <translation>Zielwert: eine Zahl gegenüber einem Zielwert, teilweise Anrechnung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="69"/>
        <source>Threshold: bands of a number, each with its credit</source>
        <translation>Schwellenwert: Bereiche einer Zahl, jeweils mit eigener Anrechnung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="72"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="73"/>
        <source>jq expression</source>
        <translation>jq-Ausdruck</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="92"/>
        <source>or jq, e.g. .properties.coverage * 100</source>
        <translation>oder jq, z. B. .properties.coverage * 100</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="93"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="94"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="95"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="95"/>
        <source>Credit (0–1)</source>
        <translation>Anrechnung (0–1)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="105"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="107"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="108"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="109"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="110"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="111"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="117"/>
        <source>Passes when</source>
        <translation>Bestanden, wenn</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="126"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="128"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="129"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="130"/>
        <source>Add band</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="131"/>
        <source>Remove band</source>
        <translation>Bereich entfernen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="136"/>
        <source>Bands</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="140"/>
        <source>How it grades</source>
        <translation>Bewertungsart</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="142"/>
        <source>Applies to (empty: every entity of the scorecard)</source>
        <translation>Gilt für (leer: jede Entität der Scorecard)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorrule.cpp" line="309"/>
        <source>a rule needs an identifier</source>
        <translation>eine Regel benötigt eine Kennung</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardRulesTable</name>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="18"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="18"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="18"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="18"/>
        <source>Pass rate</source>
        <translation>Erfüllungsquote</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="18"/>
        <source>Failing</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="18"/>
        <source>Upcoming / exempt</source>
        <translation>Anstehend / ausgenommen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="23"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardrulestable.cpp" line="26"/>
        <source>Click a rule to list the entities failing it</source>
        <translation>Auf eine Regel klicken, um die Entitäten aufzulisten, die sie nicht bestehen</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardTrend</name>
    <message>
        <location filename="../views/scorecards/scorecardtrend.cpp" line="23"/>
        <location filename="../views/scorecards/scorecardtrend.cpp" line="85"/>
        <source>Entities per level over time</source>
        <translation>Entitäten pro Stufe im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardtrend.cpp" line="85"/>
        <source>Entities per level: no history yet</source>
        <translation>Entitäten pro Stufe: noch kein Verlauf</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardWhatIf</name>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="34"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="34"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="34"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="41"/>
        <source>Entities that change level</source>
        <translation>Entitäten, die die Stufe wechseln</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="44"/>
        <source>What if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="51"/>
        <source>Make a change to see what publishing it would do.</source>
        <translation>Eine Änderung vornehmen, um zu sehen, was ihre Veröffentlichung bewirken würde.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="66"/>
        <source>Comparing with the stored results…</source>
        <translation>Vergleich mit den gespeicherten Ergebnissen…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="98"/>
        <source>no blueprint &quot;%1&quot;</source>
        <translation>kein Blueprint „%1“</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="111"/>
        <source>“%1” passes for %2 → %3</source>
        <translation>„%1“ bestanden für %2 → %3</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="127"/>
        <source>What-if could not run</source>
        <translation>Was-wäre-wenn konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="133"/>
        <source>If published: no entity changes level</source>
        <translation>Bei Veröffentlichung: keine Entität wechselt die Stufe</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="135"/>
        <source>If published: 1 entity changes level — %1 up, %2 down</source>
        <translation>Bei Veröffentlichung: 1 Entität wechselt die Stufe — %1 aufwärts, %2 abwärts</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="137"/>
        <source>If published: %1 entities change level — %2 up, %3 down</source>
        <translation>Bei Veröffentlichung: %1 Entitäten wechseln die Stufe — %2 aufwärts, %3 abwärts</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="138"/>
        <source>%1 keep their level.</source>
        <translation>%1 behalten ihre Stufe.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="140"/>
        <source>%1 are graded for the first time.</source>
        <translation>%1 werden zum ersten Mal bewertet.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="142"/>
        <source>%1 leave the scorecard (its filter).</source>
        <translation>%1 fallen aus der Scorecard heraus (durch ihren Filter).</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardeditorwhatif.cpp" line="144"/>
        <source>The first %1 changes are listed.</source>
        <translation>Die ersten %1 Änderungen werden aufgelistet.</translation>
    </message>
</context>
<context>
    <name>portolan::ScorecardsPage</name>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="39"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="41"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="42"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="43"/>
        <source>E&amp;xport JSON…</source>
        <translation>Als JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="44"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="50"/>
        <source>No scorecards yet.
New… makes one; Import JSON… reads Port scorecard definitions.</source>
        <translation>Noch keine Scorecards.
Neu… erstellt eine; JSON importieren… liest Port-Scorecard-Definitionen.</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="54"/>
        <location filename="../views/scorecards/scorecardspage.cpp" line="69"/>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="59"/>
        <source>Delete the selected scorecard and its results; asks first</source>
        <translation>Die ausgewählte Scorecard und ihre Ergebnisse löschen; mit Rückfrage</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="60"/>
        <source>Save every scorecard as a JSON array of Port definitions</source>
        <translation>Alle Scorecards als JSON-Array von Port-Definitionen speichern</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="61"/>
        <source>Read Port scorecard definitions from a JSON file; all or nothing</source>
        <translation>Port-Scorecard-Definitionen aus einer JSON-Datei lesen; alles oder nichts</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="64"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="64"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="64"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="64"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="172"/>
        <source>1 scorecard</source>
        <translation>1 Scorecard</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="172"/>
        <source>%1 scorecards</source>
        <translation>%1 Scorecards</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="289"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="298"/>
        <location filename="../views/scorecards/scorecardspage.cpp" line="303"/>
        <source>Delete scorecard</source>
        <translation>Scorecard löschen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="298"/>
        <source>Delete the scorecard &quot;%1&quot;?</source>
        <translation>Die Scorecard „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="299"/>
        <source>Its results and history go with it; the audit log keeps its definition.</source>
        <translation>Ihre Ergebnisse und ihr Verlauf werden mitgelöscht; das Änderungsprotokoll behält ihre Definition.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="346"/>
        <location filename="../views/scorecards/scorecardspage.cpp" line="350"/>
        <source>Export scorecards</source>
        <translation>Scorecards exportieren</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="346"/>
        <location filename="../views/scorecards/scorecardspage.cpp" line="355"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="355"/>
        <location filename="../views/scorecards/scorecardspage.cpp" line="363"/>
        <source>Import scorecards</source>
        <translation>Scorecards importieren</translation>
    </message>
    <message>
        <location filename="../views/scorecards/scorecardspage.cpp" line="363"/>
        <source>Nothing was imported:
%1</source>
        <translation>Es wurde nichts importiert:
%1</translation>
    </message>
</context>
<context>
    <name>portolan::SecretInputEditor</name>
    <message>
        <location filename="../views/actions/inputeditortext.cpp" line="148"/>
        <source>Secret JSON object</source>
        <translation>Geheimes JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditortext.cpp" line="148"/>
        <source>Secret value</source>
        <translation>Geheimer Wert</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditortext.cpp" line="149"/>
        <source>Kept in memory only: runs and logs show it as ********</source>
        <translation>Nur im Arbeitsspeicher gehalten: Ausführungen und Protokolle zeigen ihn als ********</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditortext.cpp" line="150"/>
        <location filename="../views/actions/inputeditortext.cpp" line="156"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditortext.cpp" line="152"/>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../views/actions/inputeditortext.cpp" line="156"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>portolan::SelfService</name>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="60"/>
        <source>Waiting for approval by %1</source>
        <translation>Wartet auf Genehmigung durch %1</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="71"/>
        <source>The run API could not listen on 127.0.0.1: %1. Webhook backends cannot report progress.</source>
        <translation>Die Ausführungs-API konnte nicht auf 127.0.0.1 lauschen: %1. Webhook-Backends können keinen Fortschritt melden.</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="97"/>
        <source>There is no action &quot;%1&quot; (any more).</source>
        <translation>Die Aktion „%1“ gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="103"/>
        <source>There is no %1 &quot;%2&quot; (any more).</source>
        <translation>%1 „%2“ gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="119"/>
        <source>Cannot run the action</source>
        <translation>Die Aktion kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="137"/>
        <source>%1 did not run</source>
        <translation>%1 wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="149"/>
        <source>Cannot approve</source>
        <translation>Genehmigen nicht möglich</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="149"/>
        <source>Cannot decline</source>
        <translation>Ablehnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="154"/>
        <source>Cancelled by %1</source>
        <translation>Abgebrochen von %1</translation>
    </message>
    <message>
        <location filename="../views/actions/selfservice.cpp" line="156"/>
        <source>Cannot cancel</source>
        <translation>Abbrechen nicht möglich</translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="17"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="17"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="22"/>
        <source>Focus the table&apos;s search</source>
        <translation>Tabellensuche fokussieren</translation>
    </message>
</context>
<context>
    <name>portolan::Sidebar</name>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="52"/>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="93"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="117"/>
        <source>Coming next</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="196"/>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="197"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="197"/>
        <location filename="../views/shell/sidebar.cpp" line="201"/>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="200"/>
        <source>Rename folder…</source>
        <translation>Ordner umbenennen…</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="201"/>
        <source>Rename folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="209"/>
        <source>Remove folder (keeps its blueprints)</source>
        <translation>Ordner entfernen (Blueprints bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="216"/>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="217"/>
        <source>Catalog (top level)</source>
        <translation>Katalog (oberste Ebene)</translation>
    </message>
</context>
<context>
    <name>portolan::SidebarItems</name>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="32"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="63"/>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="68"/>
        <source>Blueprint designer</source>
        <translation>Blueprint-Designer</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="69"/>
        <source>Model the portal: blueprints, properties, relations; changes applied as migrations.</source>
        <translation>Das Portal modellieren: Blueprints, Eigenschaften, Beziehungen; Änderungen werden als Migrationen angewendet.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="75"/>
        <source>Self-service actions</source>
        <translation>Self-Service-Aktionen</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="76"/>
        <source>The portal&apos;s actions: forms that scaffold, deploy, provision… without a ticket.</source>
        <translation>Die Aktionen des Portals: Formulare zum Anlegen von Projektgerüsten, Deployen, Bereitstellen… ohne Ticket.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="82"/>
        <source>Action runs</source>
        <translation>Aktionsausführungen</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="83"/>
        <source>Every run of an action: status, logs, approvals.</source>
        <translation>Jede Ausführung einer Aktion: Status, Protokolle, Genehmigungen.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="89"/>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="90"/>
        <source>Standards every entity is graded against (Basic → Gold), evaluated as data changes.</source>
        <translation>Standards, an denen jede Entität gemessen wird (Basic → Gold), ausgewertet bei jeder Datenänderung.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="96"/>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="97"/>
        <source>Goals with deadlines over a scorecard: progress, who must do what next, on track or not.</source>
        <translation>Ziele mit Fristen auf Basis einer Scorecard: Fortschritt, wer als Nächstes was tun muss, im Plan oder nicht.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="103"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="104"/>
        <source>Saved dashboards: your services, initiatives, scorecards and DORA metrics.</source>
        <translation>Gespeicherte Dashboards: Ihre Services, Initiativen, Scorecards und DORA-Metriken.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="111"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="111"/>
        <source>Sync with GitHub, PagerDuty, Kubernetes…</source>
        <translation>Synchronisierung mit GitHub, PagerDuty, Kubernetes…</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="116"/>
        <source>Not in this version yet: %1</source>
        <translation>In dieser Version noch nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>portolan::TableColumns</name>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="61"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="93"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="94"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="95"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>portolan::TableFilter</name>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="30"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="30"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="107"/>
        <source>a group of %1 rules</source>
        <translation>eine Gruppe aus %1 Regeln</translation>
    </message>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="125"/>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
</context>
<context>
    <name>portolan::TableModelBase</name>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="102"/>
        <source> — derived when read: not sortable</source>
        <translation> — beim Lesen abgeleitet: nicht sortierbar</translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="104"/>
        <source> — relation to %1; sorts by the target&apos;s identifier</source>
        <translation> — Beziehung zu %1; sortiert nach der Kennung des Ziels</translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="106"/>
        <source> — click to sort, Shift+click to add a sort key</source>
        <translation> — Klicken zum Sortieren, Shift+Klick fügt einen Sortierschlüssel hinzu</translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="149"/>
        <source>Indexing &apos;%1&apos; for faster sorting…</source>
        <translation>„%1“ wird für schnelleres Sortieren indiziert…</translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="156"/>
        <source>Could not index for sorting: %1</source>
        <translation>Indizierung für die Sortierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>portolan::TemplateDialog</name>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="96"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="96"/>
        <source>New · %1</source>
        <translation>Neu · %1</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="97"/>
        <source>Extends · %1</source>
        <translation>Erweitert · %1</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="98"/>
        <source>Same · nothing to add</source>
        <translation>Identisch · nichts hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="100"/>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="101"/>
        <source>Conflicts (%1) · %2</source>
        <translation>Konflikte (%1) · %2</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="116"/>
        <source>Apply a data-model template</source>
        <translation>Datenmodell-Vorlage anwenden</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="126"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="126"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="143"/>
        <source>Open template file…</source>
        <translation>Vorlagendatei öffnen…</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="144"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="217"/>
        <source>portal keeps</source>
        <translation>Portal behält</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="236"/>
        <source>Where the portal defines a field otherwise, it keeps its own definition.</source>
        <translation>Wo das Portal ein Feld anders definiert, behält es seine eigene Definition.</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="238"/>
        <source>The portal has all of this template already.</source>
        <translation>Das Portal enthält bereits alles aus dieser Vorlage.</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="241"/>
        <source>Adds this to the draft as one step you can undo; nothing is stored until you apply the model</source>
        <translation>Fügt dies dem Entwurf als einen Schritt hinzu, der rückgängig gemacht werden kann; gespeichert wird erst, wenn Sie das Modell anwenden</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="242"/>
        <source>Nothing to add</source>
        <translation>Nichts hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="258"/>
        <source>Apply template %1</source>
        <translation>Vorlage %1 anwenden</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="272"/>
        <source>Open template</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="272"/>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="282"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="283"/>
        <source>Template not loaded</source>
        <translation>Vorlage nicht geladen</translation>
    </message>
    <message>
        <location filename="../views/designer/templatedialog.cpp" line="284"/>
        <source>%1 is not a template Portolan can apply:

%2</source>
        <translation>%1 ist keine Vorlage, die Portolan anwenden kann:

%2</translation>
    </message>
</context>
<context>
    <name>portolan::TypeChangeDialog</name>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="91"/>
        <source>Convert the values of %1.%2</source>
        <translation>Werte von %1.%2 konvertieren</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="93"/>
        <source>&lt;b&gt;%1&lt;/b&gt; changes from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;. Its stored values are converted by a jq program: its input (&lt;tt&gt;.&lt;/tt&gt;) is the old value, its output the new one; &lt;tt&gt;null&lt;/tt&gt; clears the value.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ändert sich von &lt;b&gt;%2&lt;/b&gt; zu &lt;b&gt;%3&lt;/b&gt;. Die gespeicherten Werte werden von einem jq-Programm konvertiert: Seine Eingabe (&lt;tt&gt;.&lt;/tt&gt;) ist der alte Wert, seine Ausgabe der neue; &lt;tt&gt;null&lt;/tt&gt; löscht den Wert.</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="104"/>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="109"/>
        <source>&amp;Transform (jq)</source>
        <translation>&amp;Transformation (jq)</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="109"/>
        <source>For example: tonumber? // null, tostring, [.], .url</source>
        <translation>Zum Beispiel: tonumber? // null, tostring, [.], .url</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="111"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="111"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="111"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="111"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="121"/>
        <source>Preview of converted values</source>
        <translation>Vorschau der konvertierten Werte</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="122"/>
        <source>Preview on stored entities</source>
        <translation>Vorschau anhand gespeicherter Entitäten</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="155"/>
        <source>This property has no stored values: nothing to convert.</source>
        <translation>Diese Eigenschaft hat keine gespeicherten Werte: nichts zu konvertieren.</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="158"/>
        <source>Converting the stored values…</source>
        <translation>Gespeicherte Werte werden konvertiert…</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="175"/>
        <source>No preview: the transform does not run.</source>
        <translation>Keine Vorschau: Die Transformation lässt sich nicht ausführen.</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="199"/>
        <source>No stored entity has a value for %1: nothing to convert.</source>
        <translation>Keine gespeicherte Entität hat einen Wert für %1: nichts zu konvertieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/designer/typechangedialog.cpp" line="201"/>
        <source>All %n stored value(s) convert.</source>
        <translation>
            <numerusform>%n gespeicherter Wert lässt sich konvertieren.</numerusform>
            <numerusform>Alle %n gespeicherten Werte lassen sich konvertieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="203"/>
        <source>%1 of %2 stored values fail to convert; applying is refused while any fails. Change the transform, or give null where there is no good value.</source>
        <translation>%1 von %2 gespeicherten Werten lassen sich nicht konvertieren; das Anwenden wird verweigert, solange einer fehlschlägt. Ändern Sie die Transformation oder geben Sie null zurück, wo es keinen sinnvollen Wert gibt.</translation>
    </message>
    <message>
        <location filename="../views/designer/typechangedialog.cpp" line="219"/>
        <source>Change the type of %1</source>
        <translation>Typ von %1 ändern</translation>
    </message>
</context>
<context>
    <name>portolan::WidgetEditorDialog</name>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="72"/>
        <source>Add widget</source>
        <translation>Widget hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="72"/>
        <source>Edit widget</source>
        <translation>Widget bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="91"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="91"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="91"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="95"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="96"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="106"/>
        <source>Only entities of my teams</source>
        <translation>Nur Entitäten meiner Teams</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="109"/>
        <source>&gt;= 80 green; &lt; 50 red</source>
        <translation>&gt;= 80 green; &lt; 50 red</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="116"/>
        <source>$title, language, $team</source>
        <translation>$title, language, $team</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="118"/>
        <source># Hello {{user}}
Template variables: {{user}}, {{teams}}, {{date}}</source>
        <translation># Hallo {{user}}
Vorlagenvariablen: {{user}}, {{teams}}, {{date}}</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="127"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="131"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="132"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="133"/>
        <source>Columns spanned</source>
        <translation>Belegte Spalten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="134"/>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="135"/>
        <source>&amp;Property</source>
        <translation>&amp;Eigenschaft</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="136"/>
        <source>&amp;Calculation</source>
        <translation>&amp;Berechnung</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="137"/>
        <source>Value property</source>
        <translation>Werteigenschaft</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="138"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="140"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="141"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="142"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="143"/>
        <source>Date property</source>
        <translation>Datumseigenschaft</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="144"/>
        <source>Bucket</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="145"/>
        <source>Days back</source>
        <translation>Tage zurück</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="146"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="147"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="148"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="149"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="150"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="151"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="152"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgeteditordialog.cpp" line="153"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
</context>
<context>
    <name>portolan::WidgetFrame</name>
    <message>
        <location filename="../views/dashboards/widgetframe.cpp" line="52"/>
        <source>Drill down…</source>
        <translation>Aufschlüsseln…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetframe.cpp" line="54"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetframe.cpp" line="55"/>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetframe.cpp" line="56"/>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetframe.cpp" line="57"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetframe.cpp" line="63"/>
        <location filename="../views/dashboards/widgetframe.cpp" line="64"/>
        <source>Widget menu</source>
        <translation>Widget-Menü</translation>
    </message>
    <message>
        <location filename="../views/dashboards/widgetframe.cpp" line="113"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
</context>
<context>
    <name>portolan::confirmDelete</name>
    <message>
        <location filename="../views/widgets/confirmdelete.cpp" line="14"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>portolan::formfields</name>
    <message>
        <location filename="../views/designer/formfields.cpp" line="25"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="27"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="29"/>
        <source>Boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="31"/>
        <source>Object (JSON)</source>
        <translation>Objekt (JSON)</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="33"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="42"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="43"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="44"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="45"/>
        <source>E-mail address (international)</source>
        <translation>E-Mail-Adresse (international)</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="46"/>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="47"/>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="48"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="49"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="50"/>
        <source>User (e-mail)</source>
        <translation>Benutzer (E-Mail)</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="51"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="52"/>
        <source>Timer (expiry date)</source>
        <translation>Timer (Ablaufdatum)</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="53"/>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="54"/>
        <source>Labeled URL</source>
        <translation>URL mit Beschriftung</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="71"/>
        <source>No format</source>
        <translation>Kein Format</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="100"/>
        <source>No icon</source>
        <translation>Kein Symbol</translation>
    </message>
    <message>
        <location filename="../views/designer/formfields.cpp" line="127"/>
        <source>List of %1</source>
        <translation>Liste von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/designer/formfields.cpp" line="134"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::formrows</name>
    <message>
        <location filename="../views/designer/formrows.cpp" line="37"/>
        <location filename="../views/designer/formrows.cpp" line="58"/>
        <location filename="../views/designer/formrows.cpp" line="79"/>
        <location filename="../views/designer/formrows.cpp" line="95"/>
        <location filename="../views/designer/formrows.cpp" line="112"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="37"/>
        <location filename="../views/designer/formrows.cpp" line="58"/>
        <location filename="../views/designer/formrows.cpp" line="79"/>
        <location filename="../views/designer/formrows.cpp" line="95"/>
        <location filename="../views/designer/formrows.cpp" line="112"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="37"/>
        <location filename="../views/designer/formrows.cpp" line="95"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="37"/>
        <location filename="../views/designer/formrows.cpp" line="50"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="58"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="58"/>
        <source>Cardinality</source>
        <translation>Kardinalität</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="67"/>
        <source>Many</source>
        <translation>Mehrere</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="67"/>
        <source>One</source>
        <translation>Eine</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="69"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="79"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="95"/>
        <source>Calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="112"/>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="112"/>
        <source>Computes</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="125"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="127"/>
        <source>average per %1</source>
        <translation>Durchschnitt pro %1</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="129"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../views/designer/formrows.cpp" line="131"/>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
</context>
</TS>
