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
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="70"/>
        <source>Builder</source>
        <translation>Designer</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="70"/>
        <source>The blueprint designer: model the portal visually.</source>
        <translation>Der Blueprint-Designer: das Portal visuell modellieren.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="71"/>
        <source>Self-service</source>
        <translation>Self-Service</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="71"/>
        <source>Self-service actions, their forms and runs.</source>
        <translation>Self-Service-Aktionen, ihre Formulare und Ausführungen.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="72"/>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="72"/>
        <source>Scorecards and initiatives.</source>
        <translation>Scorecards und Initiativen.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="73"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="73"/>
        <source>Dashboards, including DORA metrics.</source>
        <translation>Dashboards, einschließlich DORA-Metriken.</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="74"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="74"/>
        <source>Sync with GitHub, PagerDuty, Kubernetes…</source>
        <translation>Synchronisierung mit GitHub, PagerDuty, Kubernetes…</translation>
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
        <location filename="../models/entity/audithistorymodel.cpp" line="59"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="60"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="61"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="62"/>
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
        <location filename="../views/catalog/catalogpage.cpp" line="72"/>
        <source>Search this table…  (Ctrl+F)</source>
        <translation>Diese Tabelle durchsuchen…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="76"/>
        <source>Search this table</source>
        <translation>Diese Tabelle durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="94"/>
        <location filename="../views/catalog/catalogpage.cpp" line="109"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="96"/>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="97"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="100"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="102"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="103"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="119"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="236"/>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="302"/>
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
    <name>portolan::EntityHeader</name>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="28"/>
        <source>Show in &amp;graph</source>
        <translation>Im &amp;Graphen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="60"/>
        <source>Open this entity&apos;s neighbourhood in the graph</source>
        <translation>Die Umgebung dieser Entität im Graphen öffnen</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="83"/>
        <source>Blueprint %1</source>
        <translation>Blueprint %1</translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="88"/>
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
        <location filename="../views/entity/entitypage.cpp" line="129"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="188"/>
        <source>There is no %1 “%2” in this portal.</source>
        <translation>%1 „%2“ gibt es in diesem Portal nicht.</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="191"/>
        <source>It was deleted on %1 by %2 (%3).</source>
        <translation>Die Entität wurde am %1 von %2 gelöscht (%3).</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="194"/>
        <source>It may have been renamed or deleted, or its blueprint removed.</source>
        <translation>Die Entität wurde möglicherweise umbenannt oder gelöscht, oder ihr Blueprint wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="196"/>
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
        <location filename="../views/shell/mainwindow.cpp" line="38"/>
        <location filename="../views/shell/mainwindow.cpp" line="200"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="135"/>
        <source>Catalog · %L1 entities</source>
        <translation>Katalog · %L1 Entitäten</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="200"/>
        <source>%1 — Portolan</source>
        <translation>%1 — Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="47"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="48"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="51"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="54"/>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="58"/>
        <source>&amp;Find anything…</source>
        <translation>Alles &amp;finden…</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="61"/>
        <source>Dependency &amp;graph of this entity</source>
        <translation>Abhängigkeits&amp;graph dieser Entität</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="66"/>
        <source>&amp;Audit log</source>
        <translation>Änderungs&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="69"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="70"/>
        <source>Show &amp;sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="74"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="78"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="80"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="83"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="83"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="83"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="92"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="93"/>
        <source>Who am &amp;I…</source>
        <translation>Wer bin &amp;ich…</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="95"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="96"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="98"/>
        <source>&amp;About Portolan</source>
        <translation>Ü&amp;ber Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="99"/>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="100"/>
        <source>&lt;b&gt;Portolan %1&lt;/b&gt;&lt;p&gt;A native internal developer portal: catalog, graph and search over a local SQLite store.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Portolan %1&lt;/b&gt;&lt;p&gt;Ein natives internes Entwicklerportal: Katalog, Graph und Suche auf Basis eines lokalen SQLite-Speichers.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="104"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="116"/>
        <source>Find anything…   Ctrl+K</source>
        <translation>Alles finden…   Ctrl+K</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="125"/>
        <source>Who am I</source>
        <translation>Wer bin ich</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="126"/>
        <source>Your e-mail or user identifier in the catalog (for &quot;owned by my teams&quot;):</source>
        <translation>Ihre E-Mail-Adresse oder Benutzerkennung im Katalog (für „Im Besitz meiner Teams“):</translation>
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
        <location filename="../views/shell/sidebar.cpp" line="35"/>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="76"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="94"/>
        <source>Coming next</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="173"/>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="174"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="174"/>
        <location filename="../views/shell/sidebar.cpp" line="178"/>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="177"/>
        <source>Rename folder…</source>
        <translation>Ordner umbenennen…</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="178"/>
        <source>Rename folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="186"/>
        <source>Remove folder (keeps its blueprints)</source>
        <translation>Ordner entfernen (Blueprints bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="193"/>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="194"/>
        <source>Catalog (top level)</source>
        <translation>Katalog (oberste Ebene)</translation>
    </message>
</context>
<context>
    <name>portolan::SidebarItems</name>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="31"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="62"/>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="79"/>
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
        <location filename="../models/table/tablecolumns.cpp" line="90"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="91"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="92"/>
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
</TS>
