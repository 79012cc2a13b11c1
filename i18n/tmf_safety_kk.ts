<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>TmfSafety</name>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="15"/>
        <source>2. Downstream water bodies</source>
        <translation>2. Ағыс бойымен төмендегі су объектілері</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="24"/>
        <source>Build river network</source>
        <translation>Өзен желісін құру</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="27"/>
        <source>Builds a routable river network from a line layer.</source>
        <translation>Сызықтық қабаттан маршруттауға жарамды өзен желісін құрады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="30"/>
        <source>River lines</source>
        <translation>Өзен сызықтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="47"/>
        <source>River network</source>
        <translation>Өзен желісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="40"/>
        <source>Trace downstream water bodies</source>
        <translation>Ағыс бойымен төмендегі су объектілерін табу</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="43"/>
        <source>Follows each facility&apos;s runoff down the river network.</source>
        <translation>Әр қалдық қоймасының ағындысын өзен желісі бойымен төмен қарай қадағалайды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="27"/>
        <source>Facilities</source>
        <translation>Қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="48"/>
        <source>Downstream summary</source>
        <translation>Ағыс бойымен төмен: жиынтық</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="16"/>
        <source>Downstream water bodies</source>
        <translation>Ағыс бойымен төмендегі су объектілері</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="19"/>
        <source>1. Inventory</source>
        <translation>1. Тізілім</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="28"/>
        <source>Import TMF inventory</source>
        <translation>Қалдық қоймаларының тізілімін импорттау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="31"/>
        <source>Reads a TMF inventory spreadsheet or layer into facility points.</source>
        <translation>Қалдық қоймалары тізілімінің кестесін немесе қабатын нүктелік қабатқа жүктейді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="34"/>
        <source>Inventory file</source>
        <translation>Тізілім файлы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="44"/>
        <source>Tailings hazard index (THI)</source>
        <translation>Қалдық қоймаларының қауіптілік индексі (THI)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="47"/>
        <source>Scores each facility with the Tailings Hazard Index.</source>
        <translation>Әр қалдық қоймасы үшін қауіптілік индексін есептейді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="51"/>
        <source>Facilities with THI</source>
        <translation>THI есептелген қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="16"/>
        <source>Inventory</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="18"/>
        <source>4. Map sheets</source>
        <translation>4. Карта парақтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="21"/>
        <source>Export map sheets</source>
        <translation>Карта парақтарын экспорттау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="24"/>
        <source>Exports map sheets for working-group meetings.</source>
        <translation>Жұмыс тобының отырыстарына арналған карта парақтарын экспорттайды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="29"/>
        <source>Flagged facilities</source>
        <translation>Белгіленген қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="28"/>
        <source>Output folder</source>
        <translation>Нәтижелер қалтасы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="16"/>
        <source>Map sheets</source>
        <translation>Карта парақтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="62"/>
        <source>TMF Safety</source>
        <translation>Қалдық қоймаларының қауіпсіздігі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/plugin.py" line="41"/>
        <source>Show the TMF Safety panel: inventory, downstream water bodies, transboundary flags and map sheets</source>
        <translation>«Қалдық қоймаларының қауіпсіздігі» панелін көрсету: тізілім, ағыс бойымен төмендегі су объектілері, трансшекаралық белгілер және карта парақтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/base.py" line="43"/>
        <source>tmf:{id} is not implemented yet in this version of TMF Safety; no result was written.</source>
        <translation>tmf:{id} «Қалдық қоймаларының қауіпсіздігі» плагинінің бұл нұсқасында әлі іске асырылмаған; нәтиже жазылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/provider.py" line="39"/>
        <source>TMF Safety: tailings management facilities and transboundary water risk</source>
        <translation>Қалдық қоймаларының қауіпсіздігі: қалдық қоймалары және трансшекаралық су тәуекелі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="18"/>
        <source>3. Transboundary</source>
        <translation>3. Трансшекаралық тәуекел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="21"/>
        <source>Flag transboundary risk</source>
        <translation>Трансшекаралық тәуекелді белгілеу</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="24"/>
        <source>Flags facilities near transboundary rivers or whose runoff leaves the country.</source>
        <translation>Трансшекаралық өзендерге жақын немесе ағындысы елден тыс шығатын қалдық қоймаларын белгілейді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="28"/>
        <source>Rivers</source>
        <translation>Өзендер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="16"/>
        <source>Transboundary</source>
        <translation>Трансшекаралық тәуекел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/results.py" line="39"/>
        <source>The result layer {name} could not be opened.</source>
        <translation>{name} нәтиже қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/section.py" line="29"/>
        <source>This job is not built yet.</source>
        <translation>Бұл бөлім әлі дайын емес.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="49"/>
        <source>Panel language:</source>
        <translation>Панель тілі:</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="52"/>
        <source>As QGIS</source>
        <translation>QGIS бойынша</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="62"/>
        <source>The panel will use the new language the next time QGIS starts.</source>
        <translation>Панельдің жаңа тілі QGIS келесі рет іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="215"/>
        <source>A layer cannot mix {kinds} geometries; split the GeoDataFrame by geometry type first.</source>
        <translation>Бір қабатта {kinds} геометрияларын араластыруға болмайды; алдымен GeoDataFrame-ді геометрия түрі бойынша бөліңіз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="305"/>
        <source>Could not write layer {layer} to {path}: {message}</source>
        <translation>{layer} қабатын {path} файлына жазу мүмкін болмады: {message}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="29"/>
        <source>Processing algorithm {id} is not available.</source>
        <translation>{id} өңдеу алгоритмі қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="86"/>
        <source>{id} has no parameter {names}; it takes {known}.</source>
        <translation>{id} алгоритмінде {names} параметрі жоқ; рұқсат етілген параметрлер: {known}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="129"/>
        <source>The river layer {name} has no HYRIV_ID and NEXT_DOWN fields; build a network first.</source>
        <translation>{name} өзен қабатында HYRIV_ID және NEXT_DOWN өрістері жоқ; алдымен өзен желісін құрыңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="150"/>
        <source>Feature {fid} of {name} has no HYRIV_ID; it was left out.</source>
        <translation>{name} қабатының {fid} нысанында HYRIV_ID жоқ; ол алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="157"/>
        <source>HYRIV_ID {id} appears more than once; the first was kept.</source>
        <translation>HYRIV_ID {id} бірнеше рет кездеседі; біріншісі қалдырылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="370"/>
        <source>lake {id}</source>
        <translation>көл {id}</translation>
    </message>
</context>
</TS>
