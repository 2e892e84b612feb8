<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>portolan::CatalogPage</name>
    <message>
        <location filename="../views/catalog/catalogpage.cpp" line="30"/>
        <source>Search this table…</source>
        <translation>Diese Tabelle durchsuchen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/catalog/catalogpage.cpp" line="70"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::EntityPageModel</name>
    <message>
        <location filename="../models/catalog/entitypagemodel.cpp" line="104"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../models/catalog/entitypagemodel.cpp" line="106"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/catalog/entitypagemodel.cpp" line="109"/>
        <source>%1 (derived: mirror, calculation or aggregation)</source>
        <translation>%1 (abgeleitet: Spiegelung, Berechnung oder Aggregation)</translation>
    </message>
</context>
<context>
    <name>portolan::HomePage</name>
    <message>
        <location filename="../views/shell/homepage.cpp" line="24"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="36"/>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="43"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="43"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="43"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="43"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="43"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="43"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../views/shell/homepage.cpp" line="52"/>
        <source>%1 entities in %2 blueprints, %3 relations.</source>
        <translation>%1 Entitäten in %2 Blueprints, %3 Beziehungen.</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="27"/>
        <source>Portolan — %1</source>
        <translation>Portolan — %1</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="62"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="64"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
</context>
</TS>
