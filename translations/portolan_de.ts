<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../views/entity/historytab.cpp" line="44"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/valuewidget.cpp" line="66"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/valuewidget.cpp" line="73"/>
        <source>✓ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/valuewidget.cpp" line="73"/>
        <source>✗ No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphnodeitem.cpp" line="50"/>
        <source>+%L1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphnodeitem.cpp" line="55"/>
        <source>click to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphnodeitem.cpp" line="108"/>
        <source>%L1 more neighbours of %2: click to show them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="70"/>
        <source>Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="70"/>
        <source>The blueprint designer: model the portal visually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="71"/>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="71"/>
        <source>Self-service actions, their forms and runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="72"/>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="72"/>
        <source>Scorecards and initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="73"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="73"/>
        <source>Dashboards, including DORA metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="74"/>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="74"/>
        <source>Sync with GitHub, PagerDuty, Kubernetes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueDisplay</name>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="212"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="215"/>
        <source>%1d %2h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="217"/>
        <source>%1h %2m left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/valuedisplay.cpp" line="218"/>
        <source>%1m left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan</name>
    <message>
        <location filename="../models/table/viewexport.cpp" line="108"/>
        <location filename="../models/table/viewexport.cpp" line="160"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::AuditChangeModel</name>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="80"/>
        <source>+ added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="81"/>
        <source>− removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="82"/>
        <source>~ changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="101"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="102"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="103"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/auditchangemodel.cpp" line="104"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::AuditHistoryModel</name>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="59"/>
        <source>When</source>
        <translation type="unfinished">Wann</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="60"/>
        <source>Who</source>
        <translation type="unfinished">Wer</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="61"/>
        <source>Origin</source>
        <translation type="unfinished">Herkunft</translation>
    </message>
    <message>
        <location filename="../models/entity/audithistorymodel.cpp" line="62"/>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
</context>
<context>
    <name>portolan::AuditPage</name>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="20"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="26"/>
        <source>Filter by who, origin, action, blueprint or identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>When</source>
        <translation type="unfinished">Wann</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Who</source>
        <translation type="unfinished">Wer</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Origin</source>
        <translation type="unfinished">Herkunft</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Blueprint</source>
        <translation type="unfinished">Blueprint</translation>
    </message>
    <message>
        <location filename="../views/shell/auditpage.cpp" line="31"/>
        <source>Identifier</source>
        <translation type="unfinished">Kennung</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="76"/>
        <source>Search this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="94"/>
        <location filename="../views/catalog/catalogpage.cpp" line="109"/>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="96"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="97"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="100"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="102"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="103"/>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="119"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="236"/>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="302"/>
        <source>&apos;%1&apos; is computed when shown: it cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ColumnChooser</name>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="16"/>
        <location filename="../views/catalog/columnchooser.cpp" line="19"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="21"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="22"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/columnchooser.cpp" line="24"/>
        <source>Tick the columns to show; drag to change their order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::CommandPalette</name>
    <message>
        <location filename="../views/palette/commandpalette.cpp" line="55"/>
        <source>Search entities, blueprints and commands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/palette/commandpalette.cpp" line="67"/>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::CountLabel</name>
    <message>
        <location filename="../views/catalog/countlabel.cpp" line="27"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/countlabel.cpp" line="27"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/countlabel.cpp" line="29"/>
        <source> · filtered from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::EntityHeader</name>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="28"/>
        <source>Show in &amp;graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="60"/>
        <source>Open this entity&apos;s neighbourhood in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="83"/>
        <source>Blueprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entityheader.cpp" line="88"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::EntityPage</name>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="54"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="55"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="56"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="57"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="87"/>
        <source>No entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="87"/>
        <source>Choose an entity in a catalog table, the graph or the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="93"/>
        <location filename="../views/entity/entitypage.cpp" line="129"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="188"/>
        <source>There is no %1 “%2” in this portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="191"/>
        <source>It was deleted on %1 by %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="194"/>
        <source>It may have been renamed or deleted, or its blueprint removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/entitypage.cpp" line="196"/>
        <source>Entity not found</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="29"/>
        <location filename="../views/catalog/exportrunner.cpp" line="50"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="29"/>
        <source>The export failed and wrote nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="39"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="39"/>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="40"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="40"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="49"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/exportrunner.cpp" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::FilterBar</name>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="23"/>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="24"/>
        <source>Owned by my teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="26"/>
        <source>+ Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="27"/>
        <source>Add a filter rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="29"/>
        <source>Match all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="30"/>
        <source>Match any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="31"/>
        <source>How rules combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="85"/>
        <source>Only entities whose $team is one of your teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="86"/>
        <source>Your teams are not known: set them in the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="120"/>
        <source>Edit this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="123"/>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filterbar.cpp" line="124"/>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::FilterEditor</name>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="50"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="51"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="52"/>
        <location filename="../views/catalog/filtereditor.cpp" line="53"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="64"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="67"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="72"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="136"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/filtereditor.cpp" line="137"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::GraphBuilder</name>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="61"/>
        <source>cannot read the relations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="69"/>
        <source>%1 “%2” does not exist (any more): it may have been deleted or renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="84"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="101"/>
        <source>Showing %1 of more than %2 entities — narrow the depth or filter by blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/graph/graphbuilder.cpp" line="102"/>
        <source>Showing %1 of %2 entities — narrow the depth or filter by blueprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::GraphFilterMenu</name>
    <message>
        <location filename="../views/graph/graphfiltermenu.cpp" line="14"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphfiltermenu.cpp" line="68"/>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphfiltermenu.cpp" line="68"/>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::GraphPage</name>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="63"/>
        <source>Depth </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="66"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="68"/>
        <source>Relation hops from the entity (the lowest value, All, follows every hop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="72"/>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="73"/>
        <source>Downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="74"/>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="76"/>
        <source>Downstream: what the entity points at; upstream: what points at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="78"/>
        <source>Blueprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="79"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="83"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="84"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="85"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="87"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="88"/>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="119"/>
        <source>Building the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="159"/>
        <source>layout %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="162"/>
        <source>%1 entities, %2 relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="220"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="220"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="221"/>
        <source>Export the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="226"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/graph/graphpage.cpp" line="226"/>
        <source>Could not write %1: check the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::GroupedTableModel</name>
    <message>
        <location filename="../models/table/groupedtablemodel.cpp" line="93"/>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::HistoryTab</name>
    <message>
        <location filename="../views/entity/historytab.cpp" line="78"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="79"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="109"/>
        <source>Select a change above to see what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="109"/>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="117"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="118"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/historytab.cpp" line="119"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/entity/historytab.cpp" line="121"/>
        <source>%1 by %2 on %3 (%4) · %n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="96"/>
        <source>Open the %1 table</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="135"/>
        <source>Catalog · %L1 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="200"/>
        <source>%1 — Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="44"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="47"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="48"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="51"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="54"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="58"/>
        <source>&amp;Find anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="61"/>
        <source>Dependency &amp;graph of this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="66"/>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="69"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="70"/>
        <source>Show &amp;sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="74"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="78"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="80"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="83"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="83"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="83"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="92"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="93"/>
        <source>Who am &amp;I…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="95"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="96"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="98"/>
        <source>&amp;About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="99"/>
        <source>About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="100"/>
        <source>&lt;b&gt;Portolan %1&lt;/b&gt;&lt;p&gt;A native internal developer portal: catalog, graph and search over a local SQLite store.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="104"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="116"/>
        <source>Find anything…   Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="125"/>
        <source>Who am I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowmenus.cpp" line="126"/>
        <source>Your e-mail or user identifier in the catalog (for &quot;owned by my teams&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::OverviewTab</name>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="63"/>
        <source>Hide empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="71"/>
        <source>Hide properties that have no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="121"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="135"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="142"/>
        <source>Derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="145"/>
        <source>Mirror of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="152"/>
        <source>⚠ calculation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="155"/>
        <source>Calculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="160"/>
        <source>%1 of related %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="162"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="168"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="169"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="170"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/overviewtab.cpp" line="171"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::RelatedEntitiesModel</name>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="55"/>
        <source>→ Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="55"/>
        <source>← Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="66"/>
        <source>%1 points at this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="67"/>
        <source>This entity points at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="83"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="84"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="85"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="86"/>
        <source>Blueprint</source>
        <translation type="unfinished">Blueprint</translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="87"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/entity/relatedentitiesmodel.cpp" line="88"/>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::RelatedTab</name>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="32"/>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="36"/>
        <source>How many relation hops to follow, in both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="38"/>
        <source>Filter related entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="119"/>
        <source>No related entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/entity/relatedtab.cpp" line="119"/>
        <source>%n related entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/entity/relatedtab.cpp" line="121"/>
        <source>(%n relations)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="123"/>
        <source>%1 rows shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/entity/relatedtab.cpp" line="125"/>
        <source>stopped at %1 rows: lower the depth to see everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::SavedViewsMenu</name>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="35"/>
        <source>No saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="37"/>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="38"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="39"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="45"/>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="47"/>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="45"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="47"/>
        <source>&quot;%1&quot; is empty or already taken: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="52"/>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="58"/>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="63"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="58"/>
        <source>Name of this view (its columns, sort, filter and grouping):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/catalog/savedviewsmenu.cpp" line="63"/>
        <source>A view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::ShortcutsDialog</name>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="17"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="17"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/shortcutsdialog.cpp" line="22"/>
        <source>Focus the table&apos;s search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::Sidebar</name>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="35"/>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="76"/>
        <source>Catalog</source>
        <translation type="unfinished">Katalog</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="94"/>
        <source>Coming next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="173"/>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="174"/>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="174"/>
        <location filename="../views/shell/sidebar.cpp" line="178"/>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="177"/>
        <source>Rename folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="178"/>
        <source>Rename folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="186"/>
        <source>Remove folder (keeps its blueprints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="193"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebar.cpp" line="194"/>
        <source>Catalog (top level)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::SidebarItems</name>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="31"/>
        <source>Home</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="62"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/shell/sidebaritems.cpp" line="79"/>
        <source>Not in this version yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::TableColumns</name>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="61"/>
        <source>Identifier</source>
        <translation type="unfinished">Kennung</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="61"/>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="90"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="91"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablecolumns.cpp" line="92"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::TableFilter</name>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="30"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="30"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="107"/>
        <source>a group of %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablefilter.cpp" line="125"/>
        <source>%1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portolan::TableModelBase</name>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="102"/>
        <source> — derived when read: not sortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="104"/>
        <source> — relation to %1; sorts by the target&apos;s identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="106"/>
        <source> — click to sort, Shift+click to add a sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="149"/>
        <source>Indexing &apos;%1&apos; for faster sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/table/tablemodelbase.cpp" line="156"/>
        <source>Could not index for sorting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
