<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>TmfSafety</name>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="15"/>
        <source>2. Downstream water bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="24"/>
        <source>Build river network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="27"/>
        <source>Builds a routable river network from a line layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="30"/>
        <source>River lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="47"/>
        <source>River network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="40"/>
        <source>Trace downstream water bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="43"/>
        <source>Follows each facility&apos;s runoff down the river network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="27"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="48"/>
        <source>Downstream summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="16"/>
        <source>Downstream water bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="19"/>
        <source>1. Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="28"/>
        <source>Import TMF inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="31"/>
        <source>Reads a TMF inventory spreadsheet or layer into facility points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="34"/>
        <source>Inventory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="44"/>
        <source>Tailings hazard index (THI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="47"/>
        <source>Scores each facility with the Tailings Hazard Index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="51"/>
        <source>Facilities with THI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="16"/>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="18"/>
        <source>4. Map sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="21"/>
        <source>Export map sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="24"/>
        <source>Exports map sheets for working-group meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="29"/>
        <source>Flagged facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="28"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="16"/>
        <source>Map sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="26"/>
        <source>TMF Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/plugin.py" line="41"/>
        <source>Show the TMF Safety panel: inventory, downstream water bodies, transboundary flags and map sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/base.py" line="43"/>
        <source>tmf:{id} is not implemented yet in this version of TMF Safety; no result was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/provider.py" line="39"/>
        <source>TMF Safety: tailings management facilities and transboundary water risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="18"/>
        <source>3. Transboundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="21"/>
        <source>Flag transboundary risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="24"/>
        <source>Flags facilities near transboundary rivers or whose runoff leaves the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="28"/>
        <source>Rivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="16"/>
        <source>Transboundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/results.py" line="39"/>
        <source>The result layer {name} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/section.py" line="29"/>
        <source>This job is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
