<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>TmfSafety</name>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="46"/>
        <source>2. Downstream water bodies</source>
        <translation>2. Ағыс бойымен төмендегі су объектілері</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="56"/>
        <source>Build river network</source>
        <translation>Өзен желісін құру</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="59"/>
        <source>Builds a routable river network from a line layer.</source>
        <translation>Сызықтық қабаттан маршруттауға жарамды өзен желісін құрады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="62"/>
        <source>River lines</source>
        <translation>Өзен сызықтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="220"/>
        <source>River network</source>
        <translation>Өзен желісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="156"/>
        <source>Trace downstream water bodies</source>
        <translation>Ағыс бойымен төмендегі су объектілерін табу</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="159"/>
        <source>Follows each facility&apos;s runoff down the river network.</source>
        <translation>Әр қалдық қоймасының ағындысын өзен желісі бойымен төмен қарай қадағалайды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="74"/>
        <source>Facilities</source>
        <translation>Қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="284"/>
        <source>Downstream summary</source>
        <translation>Ағыс бойымен төмен: жиынтық</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="49"/>
        <source>Downstream water bodies</source>
        <translation>Ағыс бойымен төмендегі су объектілері</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="137"/>
        <source>1. Inventory</source>
        <translation>1. Тізілім</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="146"/>
        <source>Import TMF inventory</source>
        <translation>Қалдық қоймаларының тізілімін импорттау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="398"/>
        <source>Tailings hazard index (THI)</source>
        <translation>Қалдық қоймасының қауіптілік индексі (THI)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="401"/>
        <source>Scores each facility with the Tailings Hazard Index.</source>
        <translation>Әр қалдық қоймасы үшін қауіптілік индексін есептейді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="410"/>
        <source>Facilities with THI</source>
        <translation>THI есептелген қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="68"/>
        <source>Inventory</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="47"/>
        <source>4. Map sheets</source>
        <translation>4. Карта парақтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="50"/>
        <source>Export map sheets</source>
        <translation>Карта парақтарын экспорттау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="77"/>
        <source>Flagged facilities</source>
        <translation>Белгіленген қоймалар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="103"/>
        <source>Output folder</source>
        <translation>Нәтижелер қалтасы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="249"/>
        <source>Map sheets</source>
        <translation>Карта парақтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="107"/>
        <source>TMF Safety</source>
        <translation>Қалдық қоймаларының қауіпсіздігі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/plugin.py" line="47"/>
        <source>Show the TMF Safety panel: inventory, downstream water bodies, transboundary flags and map sheets</source>
        <translation>«Қалдық қоймаларының қауіпсіздігі» панелін көрсету: тізілім, ағыс бойымен төмендегі су объектілері, трансшекаралық белгілер және карта парақтары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/provider.py" line="41"/>
        <source>TMF Safety: tailings management facilities and transboundary water risk</source>
        <translation>Қалдық қоймаларының қауіпсіздігі: қалдық қоймалары және трансшекаралық су тәуекелі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="44"/>
        <source>3. Transboundary</source>
        <translation>3. Трансшекаралық тәуекел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="47"/>
        <source>Flag transboundary risk</source>
        <translation>Трансшекаралық тәуекелді белгілеу</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="79"/>
        <source>Rivers</source>
        <translation>Өзендер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="218"/>
        <source>Transboundary</source>
        <translation>Трансшекаралық тәуекел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/results.py" line="43"/>
        <source>The result layer {name} could not be opened.</source>
        <translation>{name} нәтиже қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="94"/>
        <source>Panel language:</source>
        <translation>Панель тілі:</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="97"/>
        <source>As QGIS</source>
        <translation>QGIS бойынша</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="107"/>
        <source>The panel will use the new language the next time QGIS starts.</source>
        <translation>Панельдің жаңа тілі QGIS келесі рет іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="239"/>
        <source>A layer cannot mix {kinds} geometries; split the GeoDataFrame by geometry type first.</source>
        <translation>Бір қабатта {kinds} геометрияларын араластыруға болмайды; алдымен GeoDataFrame-ді геометрия түрі бойынша бөліңіз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="352"/>
        <source>Could not write layer {layer} to {path}: {message}</source>
        <translation>{layer} қабатын {path} файлына жазу мүмкін болмады: {message}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="75"/>
        <source>Processing algorithm {id} is not available.</source>
        <translation>{id} өңдеу алгоритмі қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="145"/>
        <source>{id} has no parameter {names}; it takes {known}.</source>
        <translation>{id} алгоритмінде {names} параметрі жоқ; рұқсат етілген параметрлер: {known}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="196"/>
        <source>Feature {fid} of {name} has no HYRIV_ID; it was left out.</source>
        <translation>{name} қабатының {fid} нысанында HYRIV_ID жоқ; ол алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="205"/>
        <source>HYRIV_ID {id} appears more than once; the first was kept.</source>
        <translation>HYRIV_ID {id} бірнеше рет кездеседі; біріншісі қалдырылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="420"/>
        <source>lake {id}</source>
        <translation>көл {id}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/__main__.py" line="29"/>
        <source>Written: {path} ({layers})</source>
        <translation>Жазылды: {path} ({layers})</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/__main__.py" line="47"/>
        <source>{placed} facilities placed, {reported} report rows.</source>
        <translation>{placed} қалдық қоймасы орналастырылды, есепте {reported} жол.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/__main__.py" line="112"/>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/__init__.py" line="179"/>
        <source>Could not open {path} as a vector layer.</source>
        <translation>{path} файлын векторлық қабат ретінде ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="44"/>
        <source>Running {id} ...</source>
        <translation>{id} орындалуда ...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="73"/>
        <source>Facilities imported: {placed} of {rows} inventory rows ({missing} not placed)</source>
        <translation>Импортталды: тізілімнің {rows} жолынан {placed} қалдық қоймасы ({missing} орналастырылмады)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="77"/>
        <source>Validation report: {problems} problems in {rows} rows</source>
        <translation>Тексеру есебі: {rows} жолда {problems} мәселе</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="128"/>
        <source>Facilities read from the clean sample inventory: {n}</source>
        <translation>Таза үлгі тізілімнен оқылған қалдық қоймалары: {n}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="96"/>
        <source>No facilities: the rest of the workflow needs an inventory.</source>
        <translation>Қалдық қоймалары жоқ: қалған қадамдарға тізілім қажет.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="135"/>
        <source>Hazard index: {complete} of {n} facilities complete</source>
        <translation>Қауіптілік индексі толық: {complete} / {n} қалдық қоймасы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="182"/>
        <source>River network: {n} reaches</source>
        <translation>Өзен желісі: {n} бөлік</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="195"/>
        <source>Downstream ({km} km at most, snapping within {snap} km): {statuses}</source>
        <translation>Ағыс бойымен төмен (ең көбі {km} км, байланыстыру {snap} км шегінде): {statuses}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="214"/>
        <source>Transboundary flags: {counts}</source>
        <translation>Трансшекаралық белгілер: {counts}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="229"/>
        <source>Map sheets ({language}): {n} PDF files</source>
        <translation>Карта парақтары ({language}): {n} PDF файл</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="262"/>
        <source>TMF Safety demo on sample_layers (illustrative inventory, Natural Earth reference data)</source>
        <translation>sample_layers бойынша «Қалдық қоймаларының қауіпсіздігі» демонстрациясы (иллюстративтік тізілім, Natural Earth анықтамалық деректері)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="266"/>
        <source>Result layers: {names}</source>
        <translation>Нәтиже қабаттары: {names}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="267"/>
        <source>Files written:</source>
        <translation>Жазылған файлдар:</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="271"/>
        <source>{id}: {n} warnings (run the demo with --verbose to see them)</source>
        <translation>{id}: {n} ескерту (оларды көру үшін демоны --verbose арқылы іске қосыңыз)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="273"/>
        <source>Failed: {id}: {message}</source>
        <translation>Қате: {id}: {message}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="85"/>
        <source>{name} has no option {value}; the options are: {options}.</source>
        <translation>{name} параметрінде {value} нұсқасы жоқ; рұқсат етілген нұсқалар: {options}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="67"/>
        <source>River name field</source>
        <translation>Өзен атауының өрісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="71"/>
        <source>Join line ends closer than (m)</source>
        <translation>Ұштарды біріктіру шегі (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>Flow direction</source>
        <translation>Ағыс бағыты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>As digitised</source>
        <translation>Цифрлау бойынша</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>Toward the outlets</source>
        <translation>Сағаларға қарай</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>Downhill on a DEM</source>
        <translation>DEM бойынша еңіспен төмен</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="90"/>
        <source>Outlets (points, or polygons such as terminal lakes and seas)</source>
        <translation>Сағалар (нүктелер немесе ағынсыз көлдер мен теңіздер сияқты полигондар)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="98"/>
        <source>Rivers leaving the edge of the data flow out there</source>
        <translation>Деректер шетінен шығатын өзендер сол жерде ағып шығады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="103"/>
        <source>Elevation model</source>
        <translation>Рельеф моделі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="113"/>
        <source>The river line layer could not be opened.</source>
        <translation>Өзендердің сызықтық қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="119"/>
        <source>Flow direction &apos;Downhill on a DEM&apos; needs an elevation model (DEM).</source>
        <translation>«DEM бойынша еңіспен төмен» ағыс бағыты үшін рельеф моделі (DEM) қажет.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="141"/>
        <source>{reaches} reaches in {components} connected pieces; {issues} need a look (field issue).</source>
        <translation>{components} байланысқан фрагментте {reaches} бөлік; {issues} тексеруді қажет етеді (issue өрісі).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="172"/>
        <source>Facility ID field</source>
        <translation>Қалдық қоймасы ID өрісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="175"/>
        <source>River network (HydroRIVERS fields)</source>
        <translation>Өзен желісі (HydroRIVERS өрістері)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="60"/>
        <source>Lakes and reservoirs</source>
        <translation>Көлдер мен су қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="79"/>
        <source>Snap distance (m)</source>
        <translation>Байланыстыру қашықтығы (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="81"/>
        <source>Distance along the flow (km)</source>
        <translation>Ағыс бойымен қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="83"/>
        <source>Corridor width each side (m)</source>
        <translation>Дәліздің жарты ені (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="91"/>
        <source>Distance per facility</source>
        <translation>Қашықтық ережесі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="86"/>
        <source>The same distance for every facility</source>
        <translation>Барлық қалдық қоймалары үшін бірдей</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="86"/>
        <source>Runout from the dam: Rico et al. 2008</source>
        <translation>Бөгеннен жайылу қашықтығы: Rico et al. 2008</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="86"/>
        <source>Runout from the dam: Larrauri and Lall 2018</source>
        <translation>Бөгеннен жайылу қашықтығы: Larrauri and Lall 2018</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="215"/>
        <source>Tailings volume field (m³)</source>
        <translation>Қалдық көлемінің өрісі (м³)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="221"/>
        <source>Dam height field (m)</source>
        <translation>Бөген биіктігінің өрісі (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="68"/>
        <source>Downstream paths</source>
        <translation>Ағыс бойымен төмен жолдар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="284"/>
        <source>Water-body corridors</source>
        <translation>Су объектілерінің дәліздері</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="260"/>
        <source>The facility layer or the river network could not be opened.</source>
        <translation>Қалдық қоймалары қабатын немесе өзен желісін ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/rivers.py" line="22"/>
        <source>The river layer {name} has no HYRIV_ID and NEXT_DOWN fields. Run &apos;Build river network&apos; (tmf:buildrivernetwork) on it first.</source>
        <translation>{name} өзен қабатында HYRIV_ID және NEXT_DOWN өрістері жоқ. Алдымен оған «Өзен желісін құру» (tmf:buildrivernetwork) алгоритмін орындаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="268"/>
        <source>Reading the network topology of {name}…</source>
        <translation>{name} желісінің топологиясы оқылуда…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="330"/>
        <source>The facility layer {name} has no field {field}.</source>
        <translation>{name} қалдық қоймалары қабатында {field} өрісі жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="337"/>
        <source>The runout option needs a tailings volume field and a dam height field in {name}.</source>
        <translation>Жайылу қашықтығы үшін {name} қабатында қалдық көлемі мен бөген биіктігінің өрістері қажет.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="101"/>
        <source>{count} pieces shorter than the join tolerance were absorbed into their junction.</source>
        <translation>Біріктіру шегінен қысқа {count} кесінді өз түйіндеріне қосылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="134"/>
        <source>No outlet for the river piece {name} ({count} reaches): direction kept as digitised.</source>
        <translation>{name} өзен фрагментінің сағасы жоқ ({count} бөлік): бағыт цифрлау бойынша қалдырылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="143"/>
        <source>The river piece {name} touches several outlets; it was sent to {outlet}, not to {others}.</source>
        <translation>{name} өзен фрагменті бірнеше сағаға тиеді; таңдалған саға: {outlet}, қабылданбағандары: {others}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="125"/>
        <source>the edge of the data</source>
        <translation>деректер шеті</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="186"/>
        <source>The river piece {name} has {count} reaches closing loops (braids); each flows one way only.</source>
        <translation>{name} өзен фрагментінде тұйық контур түзетін {count} бөлік бар (тармақтар); әрқайсысы тек бір бағытта ағады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="220"/>
        <source>{count} line ends lie outside the DEM or on no-data cells.</source>
        <translation>{count} сызық ұшы DEM шегінен тыс немесе деректері жоқ ұяшықтарда жатыр.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="289"/>
        <source>{count} flow loops were cut; the reaches are marked as braids.</source>
        <translation>{count} ағыс контуры үзілді; бөліктер тармақ ретінде белгіленді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="67"/>
        <source>Terminal lakes and seas (Aral Sea, Balkhash, Caspian) or outlet points.</source>
        <translation>Ағынсыз көлдер мен теңіздер (Арал, Балқаш, Каспий) немесе саға нүктелері.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="68"/>
        <source>Outlets (to build a network)</source>
        <translation>Сағалар (желі құру үшін)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="72"/>
        <source>Build network from lines</source>
        <translation>Сызықтардан желі құру</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="88"/>
        <source>Runout uses the fields volume_m3 and dam_height_m; facilities without them keep the distance above.</source>
        <translation>Жайылу қашықтығы volume_m3 және dam_height_m өрістерінен есептеледі; оларсыз қалдық қоймаларына жоғарыдағы қашықтық қолданылады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="95"/>
        <source>Trace downstream</source>
        <translation>Ағыс бойымен төмен қадағалау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/section.py" line="74"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Facility</source>
        <translation>Қалдық қоймасы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Snap (m)</source>
        <translation>Байланыстыру (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>First water body</source>
        <translation>Бірінші су объектісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>at (km)</source>
        <translation>дейін (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Path (km)</source>
        <translation>Жол (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="109"/>
        <source>Double-click a facility to zoom to its downstream path.</source>
        <translation>Ағыс бойымен төмен жолына жақындату үшін қалдық қоймасын екі рет басыңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="206"/>
        <source>Choose a river layer.</source>
        <translation>Өзендер қабатын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="192"/>
        <source>Routable: HYRIV_ID and NEXT_DOWN found.</source>
        <translation>Маршруттауға жарамды: HYRIV_ID және NEXT_DOWN табылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="194"/>
        <source>Plain lines: build a network from them first (choose outlets below).</source>
        <translation>Қарапайым сызықтар: алдымен олардан желі құрыңыз (сағаларды төменде таңдаңыз).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="213"/>
        <source>Building the river network...</source>
        <translation>Өзен желісі құрылуда...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="225"/>
        <source>River network built.</source>
        <translation>Өзен желісі құрылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="255"/>
        <source>Choose a facility layer and a river network.</source>
        <translation>Қалдық қоймалары қабатын және өзен желісін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="258"/>
        <source>The river layer has no HYRIV_ID and NEXT_DOWN: build a network from it first.</source>
        <translation>Өзендер қабатында HYRIV_ID және NEXT_DOWN жоқ: алдымен одан желі құрыңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="272"/>
        <source>Tracing downstream...</source>
        <translation>Ағыс бойымен төмен қадағалануда...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="209"/>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="277"/>
        <source>Stopped: {problem}</source>
        <translation>Тоқтатылды: {problem}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="297"/>
        <source>{ok} traced in full, {short} stopped early, {missed} not snapped.</source>
        <translation>Толық қадағаланды: {ok}, ерте тоқтады: {short}, байланыстырылмады: {missed}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="339"/>
        <source>No downstream path for {id}.</source>
        <translation>{id} үшін ағыс бойымен төмен жол жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="50"/>
        <source>reach {id}</source>
        <translation>бөлік {id}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="149"/>
        <source>Reads a TMF inventory (CSV/TXT, XLSX/ODS, GeoPackage, Shapefile, GeoJSON or a loaded layer) into facility points in EPSG:4326 with the canonical fields, and writes a report of every row that could not be read as it was.</source>
        <translation>Қалдық қоймаларының тізілімін (CSV/TXT, XLSX/ODS, GeoPackage, Shapefile, GeoJSON немесе жүктелген қабат) стандартты өрістері бар EPSG:4326 нүктелеріне жүктейді және бастапқы күйінде оқылмаған әр жол туралы есеп жазады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="155"/>
        <source>Inventory (spreadsheet, table or layer)</source>
        <translation>Тізілім (электрондық кесте, кесте немесе қабат)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="160"/>
        <source>CRS of the coordinate columns</source>
        <translation>Координат бағандарының жүйесі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="168"/>
        <source>Admin-1 regions to fill an empty region</source>
        <translation>Бос облысты толтыруға арналған облыстар (admin-1)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="171"/>
        <source>Region name field</source>
        <translation>Облыс атауының өрісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="174"/>
        <source>Place points outside the country anyway (still reported)</source>
        <translation>Елден тыс нүктелерді де орналастыру (есепке жазылады)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="313"/>
        <source>Import report</source>
        <translation>Импорт есебі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="183"/>
        <source>Rows read</source>
        <translation>Оқылған жолдар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="184"/>
        <source>Facilities placed</source>
        <translation>Орналастырылған қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="185"/>
        <source>Rows not placed</source>
        <translation>Орналастырылмаған жолдар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="186"/>
        <source>Rows with a problem</source>
        <translation>Мәселесі бар жолдар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="200"/>
        <source>Incorrect parameter value for {name}</source>
        <translation>{name} параметрінің мәні қате</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="225"/>
        <source>The inventory {input} is neither a readable file nor a layer.</source>
        <translation>{input} тізілімі оқылатын файл да, қабат та емес.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="263"/>
        <source>No polygon of the country layer is named {name}; all its polygons are used.</source>
        <translation>Елдер қабатында {name} деп аталатын полигон жоқ; оның барлық полигондары қолданылады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="256"/>
        <source>the country</source>
        <translation>ел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="275"/>
        <source>Read {rows} rows ({how}); header in row {header}.</source>
        <translation>{rows} жол оқылды ({how}); тақырып {header}-жолда.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="285"/>
        <source>FIELD_MAP is not a JSON object of field: column ({error}).</source>
        <translation>FIELD_MAP «өріс: баған» түріндегі JSON объектісі емес ({error}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="288"/>
        <source>FIELD_MAP: {error}. Columns in the file: {columns}.</source>
        <translation>FIELD_MAP: {error}. Файлдағы бағандар: {columns}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="298"/>
        <source>No latitude/longitude columns were recognised; map them in FIELD_MAP. Columns in the file: {columns}.</source>
        <translation>Ендік/бойлық бағандары танылмады; оларды FIELD_MAP ішінде көрсетіңіз. Файлдағы бағандар: {columns}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="344"/>
        <source>{placed} facilities placed, {reported} rows reported, {missing} rows not placed.</source>
        <translation>{placed} қалдық қоймасы орналастырылды, есепте {reported} жол, {missing} жол орналастырылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="365"/>
        <source>The regions layer has no text field; regions are not filled.</source>
        <translation>Облыстар қабатында мәтіндік өріс жоқ; облыстар толтырылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="386"/>
        <source>Region filled from {field} for {count} facilities.</source>
        <translation>{count} қалдық қоймасы үшін облыс {field} өрісінен толтырылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="423"/>
        <source>Class-score table (CSV; empty: the shipped default)</source>
        <translation>Сынып балдарының кестесі (CSV; бос болса: әдепкі)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="429"/>
        <source>Facilities with an incomplete THI</source>
        <translation>THI толық емес қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="436"/>
        <source>Class scores from {path}</source>
        <translation>Сынып балдары: {path}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="440"/>
        <source>The input has no field {field}; every THI will be incomplete.</source>
        <translation>Кіріс қабатында {field} өрісі жоқ; барлық THI толық болмайды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="465"/>
        <source>{count} facilities have an incomplete THI (missing inputs).</source>
        <translation>{count} қалдық қоймасының THI толық емес (деректер жетіспейді).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="61"/>
        <source>Cannot read the score table {path}: {error}</source>
        <translation>{path} балдар кестесін оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="80"/>
        <source>{path}, line {line}: unknown component {component} (expected {known}).</source>
        <translation>{path}, {line}-жол: белгісіз құрамдас {component} (күтілгені: {known}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="94"/>
        <source>{path}, line {line}: score, min and max must be numbers.</source>
        <translation>{path}, {line}-жол: score, min және max сандар болуы керек.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="97"/>
        <source>The score table {path} has no scores.</source>
        <translation>{path} балдар кестесінде балдар жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="28"/>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="42"/>
        <source>{path} is not a table or vector file QGIS can open.</source>
        <translation>{path} — QGIS аша алатын кесте немесе векторлық файл емес.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="116"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="136"/>
        <source>{encoding}, delimiter {delimiter}</source>
        <translation>{encoding}, бөлгіш {delimiter}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="156"/>
        <source>The workbook {path} has no rows.</source>
        <translation>{path} жұмыс кітабында жолдар жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="157"/>
        <source>sheet {sheet}</source>
        <translation>{sheet} парағы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="165"/>
        <source>Cannot open the workbook {path}: {error}</source>
        <translation>{path} жұмыс кітабын ашу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="168"/>
        <source>Cannot open the workbook {path}.</source>
        <translation>{path} жұмыс кітабын ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="188"/>
        <source>{path} has no rows.</source>
        <translation>{path} ішінде жолдар жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="214"/>
        <source>column {n}</source>
        <translation>{n}-баған</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="296"/>
        <source>layer {name}</source>
        <translation>{name} қабаты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="106"/>
        <source>value out of range; left empty</source>
        <translation>мән рұқсат етілген ауқымнан тыс; бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="108"/>
        <source>not a number; left empty</source>
        <translation>сан емес; бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="110"/>
        <source>not a year; left empty</source>
        <translation>жыл емес; бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="112"/>
        <source>not a water hazard class 1 to 3; left empty</source>
        <translation>1-ден 3-ке дейінгі суға қауіптілік сыныбы емес; бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="114"/>
        <source>not yes or no; left empty</source>
        <translation>«иә» немесе «жоқ» емес; бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="116"/>
        <source>not a date; left empty</source>
        <translation>дата емес; бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="118"/>
        <source>unknown status (expected active, inactive, conserved, closed, abandoned or unknown); left empty</source>
        <translation>белгісіз күй (күтілетіні: жұмыс істейді, жұмыс істемейді, консервацияланған, жабылған, иесіз немесе белгісіз); бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="120"/>
        <source>unknown dam type (expected upstream, downstream, centreline or other); left empty</source>
        <translation>белгісіз бөген түрі (күтілетіні: жоғары қарай, төмен қарай, орталық немесе басқа); бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="122"/>
        <source>unknown dam condition (expected good, fair, poor or unknown); left empty</source>
        <translation>бөгеннің белгісіз жағдайы (күтілетіні: жақсы, қанағаттанарлық, нашар немесе белгісіз); бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="124"/>
        <source>unknown consequence class (expected Low, Significant, High, Very High or Extreme); left empty</source>
        <translation>белгісіз салдар сыныбы (күтілетіні: төмен, елеулі, жоғары, өте жоғары немесе төтенше); бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="125"/>
        <source>unreadable value; left empty</source>
        <translation>оқылмайтын мән; бос қалдырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="227"/>
        <source>the latitude and longitude columns are swapped; they were read the other way round</source>
        <translation>ендік пен бойлық бағандары ауысып кеткен; олар керісінше оқылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="247"/>
        <source>coordinates out of range (latitude -90..90, longitude -180..180); the row is not placed</source>
        <translation>координаттар ауқымнан тыс (ендік -90..90, бойлық -180..180); жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="254"/>
        <source>point outside {country}; placed anyway</source>
        <translation>нүкте {country} аумағынан тыс; бәрібір орналастырылды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="256"/>
        <source>point outside {country}; the row is not placed</source>
        <translation>нүкте {country} аумағынан тыс; жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="294"/>
        <source>not a pair of coordinates; the row is not placed</source>
        <translation>координаттар жұбы емес; жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="300"/>
        <source>no coordinate columns and no geometry; the row is not placed</source>
        <translation>координат бағандары да, геометрия да жоқ; жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="306"/>
        <source>missing coordinates; the row is not placed</source>
        <translation>координаттар жоқ; жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="323"/>
        <source>not a coordinate; the row is not placed</source>
        <translation>координат емес; жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="328"/>
        <source>cannot transform to EPSG:4326 ({error}); the row is not placed</source>
        <translation>EPSG:4326 жүйесіне түрлендіру мүмкін емес ({error}); жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="354"/>
        <source>missing ID</source>
        <translation>ID жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="358"/>
        <source>duplicate ID (first in row {row}); imported without ID</source>
        <translation>қайталанатын ID (алғаш рет {row}-жолда); ID-сыз импортталды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="366"/>
        <source>missing name</source>
        <translation>атауы жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="53"/>
        <source>Exports print-ready map sheets for working-group meetings: an overview of all facilities, one sheet per facility (atlas) or one per region, on A4 or A3, in English, Russian or Kazakh, as one PDF, one PDF per sheet or PNG images. Layers not given are taken from the project, else from the bundled Natural Earth layers. The layout is also added to the project for editing in the layout designer.</source>
        <translation>Жұмыс тобының отырыстарына арналған баспаға дайын карта парақтарын экспорттайды: барлық қалдық қоймаларына шолу, әр қалдық қоймасына бір парақ (атлас) немесе әр облысқа бір парақ, A4 немесе A3 форматында, ағылшын, орыс немесе қазақ тілінде, бір PDF, әр параққа жеке PDF немесе PNG кескіндері түрінде. Берілмеген қабаттар жобадан, болмаса плагинмен бірге келетін Natural Earth қабаттарынан алынады. Макет макет редакторында өңдеу үшін жобаға да қосылады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="65"/>
        <source>Countries (borders)</source>
        <translation>Елдер (шекаралар)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="66"/>
        <source>Regions (admin-1)</source>
        <translation>Облыстар (admin-1)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="44"/>
        <source>Settlements</source>
        <translation>Елді мекендер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="69"/>
        <source>Downstream corridors</source>
        <translation>Ағыс бойымен төмен дәліздер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="70"/>
        <source>Sheets</source>
        <translation>Парақтар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="72"/>
        <source>Paper</source>
        <translation>Қағаз пішімі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="75"/>
        <source>Orientation</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="79"/>
        <source>Sheet language</source>
        <translation>Парақтар тілі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="83"/>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="81"/>
        <source>Subtitle (e.g. meeting and date)</source>
        <translation>Тақырыпша (мысалы, отырыс және күні)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="93"/>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="98"/>
        <source>Resolution (dpi)</source>
        <translation>Ажыратымдылық (dpi)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="94"/>
        <source>Files written (separated by &apos;;&apos;)</source>
        <translation>Жазылған файлдар («;» арқылы)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="95"/>
        <source>Number of sheets</source>
        <translation>Парақтар саны</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="113"/>
        <source>The facilities layer (INPUT) could not be opened.</source>
        <translation>Қалдық қоймалары қабатын (INPUT) ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="147"/>
        <source>Layers on the sheets: {layers}</source>
        <translation>Парақтардағы қабаттар: {layers}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="155"/>
        <source>{count} sheets to export</source>
        <translation>Экспортталатын парақтар: {count}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="159"/>
        <source>Export canceled after {count} files.</source>
        <translation>Экспорт {count} файлдан кейін тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="176"/>
        <source>The layout could not be added to the project: {error}</source>
        <translation>Макетті жобаға қосу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="67"/>
        <source>Export canceled; {path} was not written.</source>
        <translation>Экспорт тоқтатылды; {path} жазылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="69"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="76"/>
        <source>Unknown sheet format {fmt}; use pdf, pdfs or png.</source>
        <translation>Белгісіз парақ пішімі {fmt}; pdf, pdfs немесе png қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="115"/>
        <source>The sheet atlas could not start.</source>
        <translation>Парақтар атласын іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/binding.py" line="38"/>
        <source>The layout template {path} is missing or unreadable.</source>
        <translation>{path} макет үлгісі жоқ немесе оқылмайды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/binding.py" line="43"/>
        <source>The layout template {path} could not be loaded.</source>
        <translation>{path} макет үлгісін жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/coverage.py" line="46"/>
        <source>The facilities layer {name} has no tmf_id field; export it from the Inventory step first.</source>
        <translation>{name} қалдық қоймалары қабатында tmf_id өрісі жоқ; алдымен оны «Тізілім» қадамында дайындаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/coverage.py" line="55"/>
        <source>Facility {id} in {name} has no location.</source>
        <translation>{name} қабатындағы {id} қалдық қоймасының орны жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layout.py" line="209"/>
        <source>The facilities layer {name} has no features; there is nothing to map.</source>
        <translation>{name} қалдық қоймалары қабатында нысандар жоқ; картаға түсіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layout.py" line="136"/>
        <source>Region sheets need a regions layer (REGIONS).</source>
        <translation>Облыс парақтары үшін облыстар қабаты (REGIONS) қажет.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layout.py" line="139"/>
        <source>No facility lies inside any region of {name}.</source>
        <translation>{name} қабатының ешбір облысында қалдық қоймасы жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="50"/>
        <source>Flags facilities near transboundary rivers or whose runoff reaches one or leaves the country (tb_flag high / medium / none, with the reason in tb_reason).</source>
        <translation>Трансшекаралық өзендерге жақын немесе ағындысы осындай өзенге жететін не елден тыс шығатын қалдық қоймаларын белгілейді (tb_flag high / medium / none, себебі tb_reason өрісінде).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="62"/>
        <source>Country borders (default: the Natural Earth sample)</source>
        <translation>Ел шекаралары (әдепкі: Natural Earth үлгісі)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="65"/>
        <source>Country (name or ISO code)</source>
        <translation>Ел (атауы немесе ISO коды)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="66"/>
        <source>Transboundary river names (comma-separated)</source>
        <translation>Трансшекаралық өзендердің атаулары (үтір арқылы)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="99"/>
        <source>Near distance (km)</source>
        <translation>Жақындық шегі (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="101"/>
        <source>Maximum distance downstream (km)</source>
        <translation>Ағыс бойымен макс. қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="107"/>
        <source>Snap distance to the river network (m)</source>
        <translation>Өзен желісіне байланыстыру қашықтығы (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="92"/>
        <source>No COUNTRIES layer was given and the sample {path} did not open.</source>
        <translation>COUNTRIES қабаты берілмеді, ал {path} үлгісі ашылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="109"/>
        <source>Facility {id} (feature {n}) has no location; it is not flagged.</source>
        <translation>{id} қалдық қоймасының ({n} нысан) орны жоқ; ол белгіленбеді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="115"/>
        <source>Downstream fields are left empty: {why}</source>
        <translation>Ағыс бойымен төмен өрістері бос қалдырылды: {why}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="145"/>
        <source>Flags: {high} high, {medium} medium, {none} none.</source>
        <translation>Белгілер: жоғары — {high}, орташа — {medium}, жоқ — {none}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="79"/>
        <source>The country {country} was not found in {layer} (fields searched: {fields}).</source>
        <translation>{country} елі {layer} қабатынан табылмады (ізделген өрістер: {fields}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="105"/>
        <source>Transboundary rivers: {rivers}.</source>
        <translation>Трансшекаралық өзендер: {rivers}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="132"/>
        <source>The facility has no location.</source>
        <translation>Қалдық қоймасының орны жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="211"/>
        <source>it is farther than {snap} m from any river.</source>
        <translation>ол кез келген өзеннен {snap} м-ден алыс.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="212"/>
        <source>its downstream path is empty ({status}).</source>
        <translation>оның ағыс бойымен төмен жолы бос ({status}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="221"/>
        <source>the river layer has no HYRIV_ID / NEXT_DOWN topology; run Build river network first.</source>
        <translation>өзендер қабатында HYRIV_ID / NEXT_DOWN топологиясы жоқ; алдымен «Өзен желісін құру» алгоритмін орындаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="128"/>
        <source>Runoff goes straight into the {river}, which leaves {country} for {receiving} after {border} km.</source>
        <translation>Ағынды бірден {river} өзеніне түседі, ол {border} км-ден кейін {country} аумағынан {receiving} аумағына өтеді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="131"/>
        <source>Runoff reaches the {river} {km} km downstream and leaves {country} for {receiving} after {border} km.</source>
        <translation>Ағынды ағыс бойымен {km} км төменде {river} өзеніне жетеді және {border} км-ден кейін {country} аумағынан {receiving} аумағына өтеді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="135"/>
        <source>Runoff reaches the {river} {km} km downstream and leaves {country} after {border} km.</source>
        <translation>Ағынды ағыс бойымен {km} км төменде {river} өзеніне жетеді және {border} км-ден кейін {country} аумағынан шығады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="138"/>
        <source>Runoff leaves {country} for {receiving} {border} km downstream.</source>
        <translation>Ағынды ағыс бойымен {border} км төменде {country} аумағынан {receiving} аумағына өтеді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="140"/>
        <source>Runoff leaves {country} {border} km downstream.</source>
        <translation>Ағынды ағыс бойымен {border} км төменде {country} аумағынан шығады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="142"/>
        <source>Runoff goes straight into the {river} and stays in {country} along the {traced} km traced.</source>
        <translation>Ағынды бірден {river} өзеніне түседі және қадағаланған {traced} км бойы {country} аумағында қалады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="145"/>
        <source>Runoff reaches the {river} {km} km downstream and stays in {country} along the {traced} km traced.</source>
        <translation>Ағынды ағыс бойымен {km} км төменде {river} өзеніне жетеді және қадағаланған {traced} км бойы {country} аумағында қалады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="149"/>
        <source>No transboundary river was found in the river layer.</source>
        <translation>Өзендер қабатынан трансшекаралық өзен табылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="156"/>
        <source>The {river} is {km} km away, within the {near} km threshold.</source>
        <translation>{river} өзені {km} км қашықтықта, {near} км шегінде.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="159"/>
        <source>Runoff reaches no transboundary river along the {traced} km traced; the nearest, the {river}, is {km} km away.</source>
        <translation>Қадағаланған {traced} км бойы ағынды ешбір трансшекаралық өзенге жетпейді; ең жақыны — {river} өзені, {km} км қашықтықта.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="161"/>
        <source>The nearest transboundary river, the {river}, is {km} km away; runoff was not traced: {why}</source>
        <translation>Ең жақын трансшекаралық өзен — {river}, {km} км қашықтықта; ағынды қадағаланбады: {why}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="36"/>
        <source>High: runoff leaves the country</source>
        <translation>Жоғары: ағынды елден тыс шығады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="37"/>
        <source>Medium: reaches or is near a transboundary river</source>
        <translation>Орташа: трансшекаралық өзенге жетеді немесе жақын</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="38"/>
        <source>No transboundary flag</source>
        <translation>Трансшекаралық белгісі жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="40"/>
        <source>Not assessed (no location)</source>
        <translation>Бағаланбады (орны жоқ)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="45"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="45"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="45"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="46"/>
        <source>Not assessed</source>
        <translation>Бағаланбады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="51"/>
        <source>{high} high, {medium} medium, {none} none</source>
        <translation>Жоғары: {high}, орташа: {medium}, жоқ: {none}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="78"/>
        <source>A network with HYRIV_ID and NEXT_DOWN also gives the downstream fields.</source>
        <translation>HYRIV_ID және NEXT_DOWN бар желі ағыс бойымен төмен өрістерін де толтырады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="85"/>
        <source>Empty: the Natural Earth borders shipped with the plugin.</source>
        <translation>Бос болса: плагинмен бірге келетін Natural Earth шекаралары.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="86"/>
        <source>Country borders</source>
        <translation>Ел шекаралары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="89"/>
        <source>Name or ISO code of the country whose border is watched, e.g. KAZ.</source>
        <translation>Шекарасы бақыланатын елдің атауы немесе ISO коды, мысалы KAZ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="90"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="94"/>
        <source>One river per line; spellings of one river separated by /. Rivers that cross the border are found from the map as well.</source>
        <translation>Әр жолға бір өзен; бір өзеннің жазылу нұсқалары / арқылы бөлінеді. Шекарадан өтетін өзендер картадан да анықталады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="97"/>
        <source>Transboundary rivers</source>
        <translation>Трансшекаралық өзендер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="110"/>
        <source>Flag facilities</source>
        <translation>Тәуекелді бағалау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Flag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>River</source>
        <translation>Өзен</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Distance (km)</source>
        <translation>Қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Border (km)</source>
        <translation>Шекара (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Enters</source>
        <translation>Кіретін ел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="125"/>
        <source>Zoom to facility</source>
        <translation>Картадан көрсету</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="198"/>
        <source>Choose a facility layer and a river layer.</source>
        <translation>Қалдық қоймалары қабатын және өзендер қабатын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="203"/>
        <source>Flagging facilities...</source>
        <translation>Тәуекел бағалануда...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="209"/>
        <source>Not flagged: {problem}</source>
        <translation>Бағалау орындалмады: {problem}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="212"/>
        <source>Transboundary flags</source>
        <translation>Трансшекаралық белгілер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/rivers.py" line="55"/>
        <source>unnamed river {id}</source>
        <translation>атаусыз өзен {id}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/rivers.py" line="60"/>
        <source>river of basin {basin}</source>
        <translation>{basin} алабының өзені</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="20"/>
        <source>Traced to the full distance</source>
        <translation>Толық қашықтыққа қадағаланды</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="21"/>
        <source>Reached an outlet</source>
        <translation>Сағаға жетті</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="22"/>
        <source>No river within the snap distance</source>
        <translation>Байланыстыру қашықтығында өзен жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="23"/>
        <source>Stopped: loop in the network</source>
        <translation>Тоқтатылды: желіде тұйық контур</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="24"/>
        <source>Stopped: missing downstream reach</source>
        <translation>Тоқтатылды: төменгі ағыстағы бөлік жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="25"/>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="26"/>
        <source>No location</source>
        <translation>Орны жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="28"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="162"/>
        <source>Country polygons to check points against (empty: the shipped Natural Earth borders)</source>
        <translation>Нүктелерді тексеруге арналған ел полигондары (бос болса: плагиндегі Natural Earth шекаралары)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="165"/>
        <source>Country in that layer (name or ISO code; empty: all polygons, or no check)</source>
        <translation>Осы қабаттағы ел (атауы немесе ISO коды; бос болса: барлық полигондар немесе тексерусіз)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="247"/>
        <source>Points are checked against {name} in the shipped Natural Earth borders (clear the country name to skip the check).</source>
        <translation>Нүктелер плагиндегі Natural Earth шекараларындағы {name} бойынша тексеріледі (тексермеу үшін ел атауын өшіріңіз).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="95"/>
        <source>Inventories</source>
        <translation>Тізілімдер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="95"/>
        <source>All files</source>
        <translation>Барлық файлдар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="98"/>
        <source>Inventory file</source>
        <translation>Тізілім файлы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="105"/>
        <source>or a loaded layer</source>
        <translation>немесе қабат</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="109"/>
        <source>CRS of the coordinate columns: EPSG:4326 for degrees, or the projected CRS of x/y.</source>
        <translation>Координат бағандарының жүйесі: градустар үшін EPSG:4326, x/y үшін проекциялық жүйе.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="110"/>
        <source>Coordinates CRS</source>
        <translation>Координат жүйесі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="113"/>
        <source>Country polygons</source>
        <translation>Ел полигондары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="116"/>
        <source>Name or ISO code of the country whose border the points must be inside; empty: all polygons of the chosen layer, or no check without a layer.</source>
        <translation>Нүктелер шекарасының ішінде болуы тиіс елдің атауы немесе ISO коды; бос болса: таңдалған қабаттың барлық полигондары, қабат болмаса — тексерусіз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="120"/>
        <source>Admin-1 polygons that fill an empty region column.</source>
        <translation>Бос облыс бағанын толтыратын облыс полигондары (admin-1).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="121"/>
        <source>Regions</source>
        <translation>Облыстар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="301"/>
        <source>Choose an inventory file or layer.</source>
        <translation>Файлды не қабатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="128"/>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="128"/>
        <source>First value</source>
        <translation>Бірінші мән</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="151"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="154"/>
        <source>Hazard index</source>
        <translation>THI есептеу</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="156"/>
        <source>Score the imported facilities with the Tailings Hazard Index (THI).</source>
        <translation>Импортталған қалдық қоймалары үшін қауіптілік индексін (THI) есептеу.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="168"/>
        <source>Class-score table of the THI; empty: the table shipped with the plugin.</source>
        <translation>THI сынып балдарының кестесі; бос болса: плагинмен бірге келетін кесте.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="170"/>
        <source>THI scores</source>
        <translation>THI балдары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="243"/>
        <source>{rows} rows ({how}); header in row {header}. Check the detected columns below.</source>
        <translation>{rows} жол ({how}); тақырып {header}-жолда. Төменде танылған бағандарды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="304"/>
        <source>Importing the inventory...</source>
        <translation>Тізілім импортталуда...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="317"/>
        <source>{placed} placed, {reported} reported</source>
        <translation>Орналастырылды: {placed}, есепте: {reported}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="320"/>
        <source>({count} rows not placed: see the report)</source>
        <translation>({count} жол орналастырылмады: есепті қараңыз)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="345"/>
        <source>Import an inventory first.</source>
        <translation>Алдымен тізілімді импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="351"/>
        <source>Computing the hazard index...</source>
        <translation>Қауіптілік индексі есептелуде...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="358"/>
        <source>Facilities (THI)</source>
        <translation>Қалдық қоймалары (THI)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="362"/>
        <source>Hazard index computed for {count} facilities; {incomplete} incomplete (missing inputs).</source>
        <translation>Қауіптілік индексі {count} қалдық қоймасы үшін есептелді; {incomplete} толық емес (деректер жетіспейді).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="370"/>
        <source>The run failed or was cancelled.</source>
        <translation>Орындау сәтсіз аяқталды немесе болдырылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="89"/>
        <source>Only the first sheets (0 = all; pdfs and png)</source>
        <translation>Тек алғашқы парақтар (0 = барлығы; pdfs және png)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="110"/>
        <source>no downstream tracing was asked for.</source>
        <translation>ағыс бойымен төмен қадағалау сұралмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="120"/>
        <source>{traced} of {total} facilities are within {km} km of a transboundary river or the border and were traced downstream.</source>
        <translation>Трансшекаралық өзеннен немесе шекарадан {km} км шегіндегі, ағыс бойымен төмен қадағаланған қалдық қоймалары: {traced} / {total}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="152"/>
        <source>The nearest transboundary river, the {river}, is {km} km away; it and the border are both beyond the {limit} km that runoff is followed.</source>
        <translation>Ең жақын трансшекаралық өзен — {river}, {km} км қашықтықта; ол да, шекара да ағынды қадағаланатын {limit} км-ден алыс.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>Overview of the country</source>
        <translation>Елдің шолу картасы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>One sheet per facility</source>
        <translation>Әр қалдық қоймасына бір парақ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>One sheet per region</source>
        <translation>Әр облысқа бір парақ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="73"/>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="73"/>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="82"/>
        <source>e.g. Working group on tailings safety</source>
        <translation>мысалы, Қалдық қоймаларының қауіпсіздігі жөніндегі жұмыс тобы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="86"/>
        <source>e.g. Meeting of 25 November 2026, Astana</source>
        <translation>мысалы, 2026 жылғы 25 қарашадағы отырыс, Астана</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="87"/>
        <source>Subtitle</source>
        <translation>Тақырыпша</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="88"/>
        <source>One PDF with all sheets</source>
        <translation>Барлық парақ бір PDF файлында</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="88"/>
        <source>One PDF per sheet</source>
        <translation>Әр параққа бір PDF</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="88"/>
        <source>PNG images</source>
        <translation>PNG кескіндері</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="109"/>
        <source>Preview first sheet</source>
        <translation>1-парақты қарау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="110"/>
        <source>Export sheets</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="127"/>
        <source>Open output folder</source>
        <translation>Нәтижелер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="194"/>
        <source>Rendering the first sheet…</source>
        <translation>Бірінші парақ салынуда…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="201"/>
        <source>Choose an output folder first.</source>
        <translation>Алдымен нәтижелер қалтасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="204"/>
        <source>Exporting map sheets…</source>
        <translation>Карта парақтары экспортталуда…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="209"/>
        <source>Choose the flagged facilities layer first.</source>
        <translation>Алдымен белгіленген қалдық қоймалары қабатын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="222"/>
        <source>Cancelling…</source>
        <translation>Болдырмау…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="227"/>
        <source>The preview failed: {error}</source>
        <translation>Алдын ала қарау сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="233"/>
        <source>Preview of the first sheet. Export writes all of them.</source>
        <translation>Бірінші парақтың алдын ала көрінісі. Экспорт барлығын жазады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="238"/>
        <source>Export stopped; {count} files were written.</source>
        <translation>Экспорт тоқтатылды; {count} файл жазылды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="239"/>
        <source>Export failed.</source>
        <translation>Экспорт сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="64"/>
        <source>The TMF Safety Python API is meant for a standalone Python process; inside the QGIS desktop, run the tmf Processing algorithms instead.</source>
        <translation>«Қалдық қоймаларының қауіпсіздігі» Python API-і жеке Python процесіне арналған; QGIS жұмыс үстелі қолданбасында оның орнына tmf өңдеу алгоритмдерін іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="70"/>
        <source>Line ends closer than this are joined when the network is built.</source>
        <translation>Желі құрылғанда осыдан жақын сызық ұштары біріктіріледі.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="157"/>
        <source>Column mapping as JSON, e.g. {&quot;name&quot;: &quot;Site name&quot;, &quot;latitude&quot;: &quot;N&quot;} (empty: detected)</source>
        <translation>Бағандар сәйкестігі JSON түрінде, мысалы {&quot;name&quot;: &quot;Атауы&quot;, &quot;latitude&quot;: &quot;N&quot;} (бос болса: автоматты)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="337"/>
        <source>Row {row}, {field} &quot;{value}&quot;: {problem}</source>
        <translation>{row}-жол, {field} «{value}»: {problem}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="340"/>
        <source>... and {count} more problems in the report.</source>
        <translation>... және есепте тағы {count} мәселе.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="235"/>
        <source>the coordinates look like projected x/y in metres; choose their CRS (SOURCE_CRS) and import again</source>
        <translation>координаттар метрдегі проекциялық x/y сияқты; олардың жүйесін (SOURCE_CRS) таңдап, қайта импорттаңыз</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="107"/>
        <source>... ({count} columns in all)</source>
        <translation>... (барлығы {count} баған)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="33"/>
        <source>{path} is a folder, not an inventory file.</source>
        <translation>{path} — қалта, тізілім файлы емес.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="294"/>
        <source>{input}: no column is recognised as an inventory column (ID, name, latitude, longitude ...); map them in FIELD_MAP. Columns in the file: {columns}.</source>
        <translation>{input}: бірде-бір баған тізілім бағаны ретінде танылмады (ID, атауы, ендік, бойлық ...); оларды FIELD_MAP ішінде көрсетіңіз. Файлдағы бағандар: {columns}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="120"/>
        <source>{path} holds binary data (NUL bytes), not text: it is not a CSV/TXT file. Is it a spreadsheet or another file saved under this name?</source>
        <translation>{path} ішінде мәтін емес, екілік деректер (NUL байттары) бар: бұл CSV/TXT файлы емес. Мүмкін, бұл электрондық кесте немесе осы атпен сақталған басқа файл шығар?</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="132"/>
        <source>{path}, line {line}: the file cannot be read as a table ({error}). A cell this long usually comes from a quote that is opened and never closed.</source>
        <translation>{path}, {line}-жол: файлды кесте ретінде оқу мүмкін емес ({error}). Мұндай ұзын ұяшық әдетте ашылып, жабылмаған тырнақшадан пайда болады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="196"/>
        <source>{path} has a header row (row {row}) but no data rows.</source>
        <translation>{path} ішінде тақырып жолы бар ({row}-жол), бірақ деректер жолдары жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="244"/>
        <source>Sheets exported: {count} file(s) in {folder}. The layout is in the project&apos;s layout manager.</source>
        <translation>Парақтар экспортталды: {folder} қалтасында {count} файл. Макет жобаның макеттер менеджерінде.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="105"/>
        <source>How far a facility may lie from the river network and still be traced; tens of km for the Natural Earth sample, a few km for HydroRIVERS.</source>
        <translation>Қадағалау үшін қалдық қоймасы мен өзен желісі арасындағы ең үлкен қашықтық: Natural Earth үлгісі үшін ондаған км, HydroRIVERS үшін бірнеше км.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="71"/>
        <source>{path}, line {line}: not a readable CSV table ({error}).</source>
        <translation>{path}, {line}-жол: оқылатын CSV кестесі емес ({error}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="295"/>
        <source>The layer {name} has no features.</source>
        <translation>{name} қабатында нысандар жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="96"/>
        <source>Feature {fid} of {layer} cannot be placed in EPSG:4326; it is left out.</source>
        <translation>{layer} қабатының {fid} нысанын EPSG:4326 жүйесінде орналастыру мүмкін емес; ол алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="283"/>
        <source>no point on it</source>
        <translation>онда нүкте жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="289"/>
        <source>the geometry cannot be placed in EPSG:4326 ({error}); the row is not placed</source>
        <translation>геометрияны EPSG:4326 жүйесінде орналастыру мүмкін емес ({error}); жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="292"/>
        <source>no geometry and no coordinate columns; the row is not placed</source>
        <translation>геометрия да, координат бағандары да жоқ; жол орналастырылмады</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="298"/>
        <source>, {count} outlines or lines placed at a point on each</source>
        <translation>, әрқайсысы нүктеге келтірілген {count} контур не сызық</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="86"/>
        <source>Run all on the sample data</source>
        <translation>Барлығын үлгі деректерде орындау</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="54"/>
        <source>Import the illustrative sample inventory, score it, build the Natural Earth river network, trace, flag and export an overview sheet.</source>
        <translation>Иллюстративтік үлгі тізілімді импорттау, индексті есептеу, Natural Earth өзен желісін құру, ағынды қадағалау, тәуекелді бағалау және шолу парағын экспорттау.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="76"/>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="81"/>
        <source>Step {number} of {count}: {step}</source>
        <translation>Қадам {number}/{count}: {step}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="87"/>
        <source>Tailings management facilities: illustrative sample</source>
        <translation>Қалдық қоймалары: иллюстративтік үлгі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="93"/>
        <source>Importing the sample inventory</source>
        <translation>Үлгі тізілім импортталуда</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="94"/>
        <source>Scoring the hazard index</source>
        <translation>Қауіптілік индексі есептелуде</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="95"/>
        <source>Building the river network</source>
        <translation>Өзен желісі құрылуда</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="96"/>
        <source>Tracing downstream</source>
        <translation>Ағыс бойымен төмен қадағалануда</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="97"/>
        <source>Flagging transboundary risk</source>
        <translation>Трансшекаралық тәуекел бағалануда</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="98"/>
        <source>Exporting the overview sheet</source>
        <translation>Шолу парағы экспортталуда</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="112"/>
        <source>The whole workflow ran on the sample data.</source>
        <translation>Бүкіл жұмыс процесі үлгі деректерде орындалды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="131"/>
        <source>Stopped at: {step}</source>
        <translation>Тоқтаған қадам: {step}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="129"/>
        <source>Feature {fid} of {name} has no geometry; it was left out.</source>
        <translation>{name} қабатының {fid} нысанында геометрия жоқ; ол алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="136"/>
        <source>Feature {fid} of {name} cannot be projected to EPSG:4326; it was left out.</source>
        <translation>{name} қабатының {fid} нысанын EPSG:4326 жүйесіне проекциялау мүмкін емес; ол алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="144"/>
        <source>Feature {fid} of {name} has a vertex without finite coordinates; that line was left out.</source>
        <translation>{name} қабатының {fid} нысанында координаттары жарамсыз төбе бар; бұл сызық алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="194"/>
        <source>{path} is not a regular file (a pipe or a device?); choose the inventory file itself.</source>
        <translation>{path} — кәдімгі файл емес (арна не құрылғы ма?); тізілім файлының өзін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="30"/>
        <source>{path} is not a regular file; choose the inventory file itself.</source>
        <translation>{path} — кәдімгі файл емес; тізілім файлының өзін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="111"/>
        <source>{path} is {size} MB: too large for an inventory table (at most {limit} MB). Is it the right file?</source>
        <translation>{path} көлемі {size} МБ: тізілім кестесі үшін тым үлкен (ең көбі {limit} МБ). Файл дұрыс па?</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="19"/>
        <source>Tailings management facilities of Kazakhstan</source>
        <translation>Қазақстан Республикасының қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="20"/>
        <source>Sheet {n} of {m}</source>
        <translation>{n}-парақ, барлығы {m}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="21"/>
        <source>Overview: {count} facilities</source>
        <translation>Шолу картасы: қалдық қоймалары — {count}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="22"/>
        <source>Facility {id}: {name}</source>
        <translation>Қалдық қоймасы {id}: {name}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="23"/>
        <source>Region: {name}</source>
        <translation>Облыс: {name}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="24"/>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="25"/>
        <source>Location in Kazakhstan</source>
        <translation>Қазақстандағы орны</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="26"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="27"/>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="31"/>
        <source>Tailings facilities, transboundary flag</source>
        <translation>Қалдық қоймалары, трансшекаралық тәуекел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="32"/>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="33"/>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="34"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="35"/>
        <source>not assessed</source>
        <translation>бағаланбаған</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="36"/>
        <source>Size: THI (hazard index)</source>
        <translation>Өлшемі: THI (қауіптілік индексі)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="37"/>
        <source>Downstream path</source>
        <translation>Ағыс бойымен төмен жол</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="38"/>
        <source>Downstream water-body corridor</source>
        <translation>Ағыс бойымен төмен су объектілерінің дәлізі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="41"/>
        <source>State borders</source>
        <translation>Мемлекеттік шекаралар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="42"/>
        <source>Neighbouring countries</source>
        <translation>Көрші мемлекеттер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="43"/>
        <source>Region boundaries</source>
        <translation>Облыс шекаралары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="48"/>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="49"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="50"/>
        <source>Operator</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="51"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="52"/>
        <source>THI</source>
        <translation>THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="53"/>
        <source>Transb. flag</source>
        <translation>Трансшек. тәуекел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="54"/>
        <source>Transb. river</source>
        <translation>Трансшек. өзен</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="55"/>
        <source>To river, km</source>
        <translation>Өзенге дейін, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="56"/>
        <source>Along flow, km</source>
        <translation>Ағыс бойымен, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="57"/>
        <source>To border, km</source>
        <translation>Шекараға дейін, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="58"/>
        <source>Receiving country</source>
        <translation>Қабылдаушы ел</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="59"/>
        <source>Facilities on this sheet</source>
        <translation>Осы парақтағы қалдық қоймалары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="60"/>
        <source>Facilities: {shown} of {total}, highest flag and THI first</source>
        <translation>Қалдық қоймалары: {total} ішінен {shown}, алдымен тәуекелі мен THI жоғарылары</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="63"/>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="64"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="65"/>
        <source>Made with Natural Earth (public domain): {layers}</source>
        <translation>Natural Earth деректерімен жасалған (қоғамдық игілік): {layers}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="66"/>
        <source>HydroSHEDS (WWF; Lehner &amp; Grill 2013): {layers}</source>
        <translation>HydroSHEDS деректері (WWF; Lehner &amp; Grill 2013): {layers}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="67"/>
        <source>{layers}: «{name}»</source>
        <translation>{layers}: «{name}»</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="68"/>
        <source>Facilities: TMF inventory «{name}»; flags by TMF Safety for QGIS</source>
        <translation>Қалдық қоймалары: «{name}» тізілімі; тәуекел бағасы — TMF Safety for QGIS</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="71"/>
        <source>Boundaries and names shown are not authoritative and do not imply official endorsement or acceptance.</source>
        <translation>Көрсетілген шекаралар мен атаулар ресми емес және оларды мойындауды білдірмейді.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="73"/>
        <source>Made {date}</source>
        <translation>Жасалған күні: {date}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="355"/>
        <source>Needs a look (see field issue)</source>
        <translation>Тексеру керек (issue өрісін қараңыз)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="355"/>
        <source>Routable reach</source>
        <translation>Ағыс бағыты белгілі өзен бөлігі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="56"/>
        <source>{name} ({km} km)</source>
        <translation>{name} ({km} км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="41"/>
        <source>active</source>
        <translation>жұмыс істейтін</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="42"/>
        <source>inactive</source>
        <translation>жұмыс істемейтін</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="43"/>
        <source>conserved</source>
        <translation>консервацияланған</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="44"/>
        <source>closed</source>
        <translation>жабылған</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="45"/>
        <source>abandoned</source>
        <translation>иесіз</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="46"/>
        <source>unknown</source>
        <translation>күйі белгісіз</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="48"/>
        <source>status not read</source>
        <translation>күйі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layers.py" line="76"/>
        <source>The layer {name} given as {parameter} could not be opened.</source>
        <translation>{parameter} ретінде берілген {name} қабаты ашылмады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="19"/>
        <source>Countries (Natural Earth)</source>
        <translation>Елдер (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="20"/>
        <source>Lakes (Natural Earth)</source>
        <translation>Көлдер (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="21"/>
        <source>Outlets: Aral, Balkhash, Caspian, lower Ob</source>
        <translation>Сағалар: Арал, Балқаш, Каспий, төменгі Обь</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="22"/>
        <source>Rivers (Natural Earth)</source>
        <translation>Өзендер (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="139"/>
        <source>{added} added, {removed} removed, {changed} changed, {unchanged} unchanged, {unmatched} without a unique ID.</source>
        <translation>{added} қосылды, {removed} алынып тасталды, {changed} өзгерді, {unchanged} өзгеріссіз, {unmatched} бірегей ID-сіз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare.py" line="111"/>
        <source>{feature}: {field} &quot;{value}&quot; cannot be read; it is compared as text.</source>
        <translation>{feature}: {field} «{value}» мәні оқылмайды; ол мәтін ретінде салыстырылады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="167"/>
        <source>old</source>
        <translation>бұрынғы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="167"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare.py" line="154"/>
        <source>The ID {id} appears {count} times in the {which} inventory ({features}); it is compared in neither inventory.</source>
        <translation>{id} сәйкестендіргіші {which} тізбеде {count} рет кездеседі ({features}); ол ешбір тізбеде салыстырылмайды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare.py" line="246"/>
        <source>FIELDS: {names} is not a field that can be compared (choose from {choices}).</source>
        <translation>FIELDS: {names} салыстыруға болатын өріс емес ({choices} ішінен таңдаңыз).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="72"/>
        <source>The {which} inventory {layer} has no tmf_id field; import it with tmf:importinventory first.</source>
        <translation>{which} {layer} тізбесінде tmf_id өрісі жоқ; алдымен оны tmf:importinventory арқылы импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="81"/>
        <source>{layer}, feature {fid}</source>
        <translation>{layer}, {fid} нысан</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="85"/>
        <source>{feature} has no usable point; its location is not compared.</source>
        <translation>{feature} нысанында жарамды нүкте жоқ; оның орны салыстырылмайды.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="98"/>
        <source>Compare inventories (what changed)</source>
        <translation>Тізбелерді салыстыру (не өзгерді)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="101"/>
        <source>Compares the previous and the new facility layer by tmf_id and by value: facilities added, removed, changed (which fields, and the move in metres) or unchanged.</source>
        <translation>Бұрынғы және жаңа нысандар қабатын tmf_id және мәндер бойынша салыстырады: қосылған, алынып тасталған, өзгерген (қай өрістер және метрмен ығысу) және өзгеріссіз нысандар.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="106"/>
        <source>Previous inventory (facilities with tmf_id)</source>
        <translation>Бұрынғы тізбе (tmf_id бар нысандар)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="108"/>
        <source>New inventory (facilities with tmf_id)</source>
        <translation>Жаңа тізбе (tmf_id бар нысандар)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="111"/>
        <source>A move beyond this distance is a change of location (m)</source>
        <translation>Осы қашықтықтан асатын ығысу — орынның өзгеруі (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="114"/>
        <source>Fields to compare, comma-separated (empty: every canonical field and the location)</source>
        <translation>Салыстырылатын өрістер, үтір арқылы (бос: барлық канондық өрістер және орны)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="135"/>
        <source>Inventory changes</source>
        <translation>Тізбедегі өзгерістер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="24"/>
        <source>Changed fields</source>
        <translation>Өзгерген өрістер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities added</source>
        <translation>Қосылған нысандар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities removed</source>
        <translation>Алынып тасталған нысандар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities changed</source>
        <translation>Өзгерген нысандар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities unchanged</source>
        <translation>Өзгеріссіз нысандар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities without a unique ID</source>
        <translation>Бірегей ID-сіз нысандар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="167"/>
        <source>Only the {which} inventory has the field {field}; its values count as changes from or to NULL.</source>
        <translation>{field} өрісі тек {which} тізбеде бар; оның мәндері NULL-дан немесе NULL-ға өзгеріс саналады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="30"/>
        <source>added</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="30"/>
        <source>removed</source>
        <translation>алынып тасталған</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="30"/>
        <source>changed</source>
        <translation>өзгерген</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="31"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="31"/>
        <source>unmatched</source>
        <translation>ID жоқ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="41"/>
        <source>Compare with the previous inventory</source>
        <translation>Бұрынғы тізбемен салыстыру</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="52"/>
        <source>Previous inventory file</source>
        <translation>Бұрынғы тізбе файлы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="61"/>
        <source>Compare</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="63"/>
        <source>Compare the imported inventory with the previous one by tmf_id and by value: added, removed, changed and unchanged facilities.</source>
        <translation>Импортталған тізбені бұрынғысымен tmf_id және мәндер бойынша салыстыру: қосылған, алынып тасталған, өзгерген және өзгеріссіз нысандар.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="23"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="73"/>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="78"/>
        <source>Click a change to zoom to it.</source>
        <translation>Картаны жақындату үшін өзгерісті басыңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="97"/>
        <source>Import the new inventory first.</source>
        <translation>Алдымен жаңа тізбені импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="100"/>
        <source>Choose the previous inventory.</source>
        <translation>Бұрынғы тізбені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="111"/>
        <source>Importing the previous inventory...</source>
        <translation>Бұрынғы тізбе импортталуда...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="125"/>
        <source>Comparing the inventories...</source>
        <translation>Тізбелер салыстырылуда...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="19"/>
        <source>Inventory changes since the previous meeting</source>
        <translation>Өткен отырыстан бергі тізбедегі өзгерістер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="20"/>
        <source>Changes: {added} added, {removed} removed, {changed} changed, {unchanged} unchanged</source>
        <translation>Өзгерістер: {added} қосылды, {removed} алынып тасталды, {changed} өзгерді, {unchanged} өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="25"/>
        <source>Moved, m</source>
        <translation>Ығысу, м</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="26"/>
        <source>Changes sheets need the output of tmf:compareinventories as INPUT; {name} has no field change.</source>
        <translation>Өзгерістер парағы үшін INPUT кірісіне tmf:compareinventories нәтижесі қажет; {name} қабатында change өрісі жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>What changed since the previous inventory</source>
        <translation>Бұрынғы тізбеден бері не өзгерді</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="163"/>
        <source>Changes by the next meeting ({file}): {added} added, {removed} removed, {changed} changed, {unchanged} unchanged, {unmatched} without a unique ID</source>
        <translation>Келесі отырысқа дейінгі өзгерістер ({file}): {added} қосылды, {removed} алынып тасталды, {changed} өзгерді, {unchanged} өзгеріссіз, {unmatched} бірегей ID-сіз</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="191"/>
        <source>Settlements downstream: {n} within 5 km of {paths} paths, {people} people</source>
        <translation>Ағыстың төменгі жағындағы елді мекендер: {paths} жолдан 5 км ішінде {n}, тұрғындары: {people}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="20"/>
        <source>Receptors downstream (settlements, water intakes, protected areas)</source>
        <translation>Ағыстың төменгі жағындағы нысандар (елді мекендер, су алғыштар, қорғалатын аумақтар)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="24"/>
        <source>Receptors within (m) of the path</source>
        <translation>Жолдан қашықтығы аспайтын нысандар (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="27"/>
        <source>Receptor name field</source>
        <translation>Нысан атауының өрісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="31"/>
        <source>Population field</source>
        <translation>Халық саны өрісі</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="70"/>
        <source>Receptors downstream</source>
        <translation>Ағыстың төменгі жағындағы нысандар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>First receptor</source>
        <translation>Бірінші нысан</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Population downstream</source>
        <translation>Ағыстың төменгі жағындағы халық</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="123"/>
        <source>Natural Earth settlements (bundled)</source>
        <translation>Natural Earth елді мекендері (кірістірілген)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="127"/>
        <source>Settlements, water intakes or protected areas near the downstream paths; leave empty to list none.</source>
        <translation>Ағыс бойындағы жолдарға жақын елді мекендер, су алғыштар немесе қорғалатын аумақтар; тізім керек болмаса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="77"/>
        <source>The receptor layer {name} has no field {field}; receptors are named by their feature id.</source>
        <translation>{name} нысандар қабатында {field} өрісі жоқ; нысандар қабаттағы нөмірімен аталады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="81"/>
        <source>The receptor layer {name} has no field {field}; population stays empty.</source>
        <translation>{name} нысандар қабатында {field} өрісі жоқ; халық саны бос қалады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="106"/>
        <source>feature {id}</source>
        <translation>{id} нысан</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="111"/>
        <source>The receptor layer {name} has no features with a geometry; no receptors are listed.</source>
        <translation>{name} нысандар қабатында геометриясы бар нысан жоқ; нысандар тізімі бос.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="114"/>
        <source>{count} of {total} features of the receptor layer {name} have no geometry and were left out.</source>
        <translation>{name} нысандар қабатының {total} нысанының {count} нысанында геометрия жоқ, олар есепке алынбады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="117"/>
        <source>{count} receptors of {name} have an empty or non-numeric {field}; their population stays NULL.</source>
        <translation>{name} қабатының {count} нысанында {field} өрісі бос немесе сан емес; олардың халқы NULL болып қалады.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="45"/>
        <source>Settlements downstream</source>
        <translation>Ағыстың төменгі жағындағы елді мекендер</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="46"/>
        <source>Downstream: settlements (population)</source>
        <translation>Төменде: елді мекендер (халқы)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="47"/>
        <source>First downstream, km</source>
        <translation>Төмендегі біріншісі, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="113"/>
        <source>The first receptor across the border is {receptor}, {km} km downstream.</source>
        <translation>Шекарадан кейінгі бірінші нысан — {receptor}, ағыс бойымен {km} км.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="36"/>
        <source>English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="36"/>
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="36"/>
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="99"/>
        <source>No {language} name for: {names}</source>
        <translation>{language} атауы жоқ: {names}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="114"/>
        <source>Cannot read the gazetteer {path}: {error}</source>
        <translation>{path} атаулар анықтамалығы оқылмады: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="122"/>
        <source>{path}: not a readable CSV table ({error}).</source>
        <translation>{path}: CSV кестесі ретінде оқылмайды ({error}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="125"/>
        <source>{path}: the first line must be the header {columns}.</source>
        <translation>{path}: бірінші жол {columns} тақырыбы болуы керек.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="131"/>
        <source>{path}, line {line}: unknown kind {kind} (expected {known}).</source>
        <translation>{path}, {line}-жол: белгісіз түр {kind} (күтілетіні: {known}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="135"/>
        <source>{path}, line {line}: no spelling and no name.</source>
        <translation>{path}, {line}-жол: жазылуы да, атауы да жоқ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="86"/>
        <source>Gazetteer: names in en / ru / kk (CSV; empty: the shipped default)</source>
        <translation>Атаулар анықтамалығы en / ru / kk (CSV; бос: модульмен берілетін)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="29"/>
        <source>E of Greenwich (graticule label)</source>
        <translation>ш.б.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="30"/>
        <source>N latitude (graticule label)</source>
        <translation>с.е.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="61"/>
        <source>All {total} facilities, highest flag and THI first</source>
        <translation>Барлық нысандар ({total}), алдымен жоғары белгі мен THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="62"/>
        <source>Overview: facilities, continued</source>
        <translation>Шолу картасы: нысандар (жалғасы)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/base.py" line="91"/>
        <source>{parameter} = {value} is not one of: {names} (or their numbers 0 to {last}).</source>
        <translation>{parameter} = {value}: рұқсат етілген мәндер {names} (немесе олардың 0-ден {last} дейінгі нөмірлері).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="69"/>
        <source>Facilities: TMF inventory; flags by TMF Safety for QGIS</source>
        <translation>Қалдық қоймалары: тізілім; тәуекел бағасы — TMF Safety for QGIS</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="70"/>
        <source>{layers}: data supplied by the user</source>
        <translation>{layers}: пайдаланушы деректері</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="21"/>
        <source>All {total} changes, added and removed first</source>
        <translation>Барлық өзгерістер ({total}), алдымен қосылғандар мен алынып тасталғандар</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="22"/>
        <source>Inventory changes, continued</source>
        <translation>Тізбедегі өзгерістер (жалғасы)</translation>
    </message>
</context>
</TS>
