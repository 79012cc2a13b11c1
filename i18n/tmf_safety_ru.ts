<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>TmfSafety</name>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="46"/>
        <source>2. Downstream water bodies</source>
        <translation>2. Водные объекты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="56"/>
        <source>Build river network</source>
        <translation>Построить речную сеть</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="59"/>
        <source>Builds a routable river network from a line layer.</source>
        <translation>Строит маршрутизируемую речную сеть из линейного слоя.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="62"/>
        <source>River lines</source>
        <translation>Линии рек</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="220"/>
        <source>River network</source>
        <translation>Речная сеть</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="156"/>
        <source>Trace downstream water bodies</source>
        <translation>Найти водные объекты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="159"/>
        <source>Follows each facility&apos;s runoff down the river network.</source>
        <translation>Прослеживает сток каждого хвостохранилища вниз по речной сети.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="74"/>
        <source>Facilities</source>
        <translation>Хвостохранилища</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="284"/>
        <source>Downstream summary</source>
        <translation>Сводка: ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="49"/>
        <source>Downstream water bodies</source>
        <translation>Водные объекты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="137"/>
        <source>1. Inventory</source>
        <translation>1. Реестр</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="146"/>
        <source>Import TMF inventory</source>
        <translation>Импорт реестра хвостохранилищ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="398"/>
        <source>Tailings hazard index (THI)</source>
        <translation>Индекс опасности хвостохранилища (THI)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="401"/>
        <source>Scores each facility with the Tailings Hazard Index.</source>
        <translation>Рассчитывает индекс опасности для каждого хвостохранилища.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="410"/>
        <source>Facilities with THI</source>
        <translation>Хвостохранилища с THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="68"/>
        <source>Inventory</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="47"/>
        <source>4. Map sheets</source>
        <translation>4. Листы карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="50"/>
        <source>Export map sheets</source>
        <translation>Экспорт листов карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="77"/>
        <source>Flagged facilities</source>
        <translation>Отмеченные хвостохранилища</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="103"/>
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="249"/>
        <source>Map sheets</source>
        <translation>Листы карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="107"/>
        <source>TMF Safety</source>
        <translation>Безопасность хвостохранилищ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/plugin.py" line="47"/>
        <source>Show the TMF Safety panel: inventory, downstream water bodies, transboundary flags and map sheets</source>
        <translation>Показать панель «Безопасность хвостохранилищ»: реестр, водные объекты ниже по течению, трансграничные отметки и листы карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/provider.py" line="41"/>
        <source>TMF Safety: tailings management facilities and transboundary water risk</source>
        <translation>Безопасность хвостохранилищ: хвостохранилища и трансграничный риск для вод</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="44"/>
        <source>3. Transboundary</source>
        <translation>3. Трансграничный риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="47"/>
        <source>Flag transboundary risk</source>
        <translation>Отметить трансграничный риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="79"/>
        <source>Rivers</source>
        <translation>Реки</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="218"/>
        <source>Transboundary</source>
        <translation>Трансграничный риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/results.py" line="43"/>
        <source>The result layer {name} could not be opened.</source>
        <translation>Не удалось открыть слой результатов {name}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="94"/>
        <source>Panel language:</source>
        <translation>Язык панели:</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="97"/>
        <source>As QGIS</source>
        <translation>Как в QGIS</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="107"/>
        <source>The panel will use the new language the next time QGIS starts.</source>
        <translation>Новый язык панели будет применён при следующем запуске QGIS.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="239"/>
        <source>A layer cannot mix {kinds} geometries; split the GeoDataFrame by geometry type first.</source>
        <translation>Слой не может сочетать геометрии {kinds}; сначала разделите GeoDataFrame по типу геометрии.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="352"/>
        <source>Could not write layer {layer} to {path}: {message}</source>
        <translation>Не удалось записать слой {layer} в {path}: {message}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="75"/>
        <source>Processing algorithm {id} is not available.</source>
        <translation>Алгоритм обработки {id} недоступен.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="145"/>
        <source>{id} has no parameter {names}; it takes {known}.</source>
        <translation>У {id} нет параметра {names}; допустимые параметры: {known}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="196"/>
        <source>Feature {fid} of {name} has no HYRIV_ID; it was left out.</source>
        <translation>У объекта {fid} слоя {name} нет HYRIV_ID; он пропущен.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="205"/>
        <source>HYRIV_ID {id} appears more than once; the first was kept.</source>
        <translation>HYRIV_ID {id} встречается несколько раз; оставлен первый.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="420"/>
        <source>lake {id}</source>
        <translation>озеро {id}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/__main__.py" line="29"/>
        <source>Written: {path} ({layers})</source>
        <translation>Записано: {path} ({layers})</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/__main__.py" line="47"/>
        <source>{placed} facilities placed, {reported} report rows.</source>
        <translation>Размещено хвостохранилищ: {placed}; строк в отчёте: {reported}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/__main__.py" line="112"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/__init__.py" line="179"/>
        <source>Could not open {path} as a vector layer.</source>
        <translation>Не удалось открыть {path} как векторный слой.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="44"/>
        <source>Running {id} ...</source>
        <translation>Выполняется {id} ...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="73"/>
        <source>Facilities imported: {placed} of {rows} inventory rows ({missing} not placed)</source>
        <translation>Импортировано хвостохранилищ: {placed} (строк в реестре: {rows}, не размещено: {missing})</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="77"/>
        <source>Validation report: {problems} problems in {rows} rows</source>
        <translation>Отчёт проверки: проблем — {problems}, строк — {rows}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="128"/>
        <source>Facilities read from the clean sample inventory: {n}</source>
        <translation>Хвостохранилищ из чистого демонстрационного реестра: {n}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="96"/>
        <source>No facilities: the rest of the workflow needs an inventory.</source>
        <translation>Нет хвостохранилищ: для остальных шагов нужен реестр.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="135"/>
        <source>Hazard index: {complete} of {n} facilities complete</source>
        <translation>Индекс опасности: полный у {complete} из {n}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="182"/>
        <source>River network: {n} reaches</source>
        <translation>Речная сеть: участков — {n}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="195"/>
        <source>Downstream ({km} km at most, snapping within {snap} km): {statuses}</source>
        <translation>Ниже по течению (не более {km} км, привязка в пределах {snap} км): {statuses}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="214"/>
        <source>Transboundary flags: {counts}</source>
        <translation>Трансграничные отметки: {counts}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="229"/>
        <source>Map sheets ({language}): {n} PDF files</source>
        <translation>Листы карты ({language}): PDF-файлов — {n}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="262"/>
        <source>TMF Safety demo on sample_layers (illustrative inventory, Natural Earth reference data)</source>
        <translation>Демонстрация «Безопасности хвостохранилищ» на sample_layers (иллюстративный реестр, справочные данные Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="266"/>
        <source>Result layers: {names}</source>
        <translation>Слои результатов: {names}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="267"/>
        <source>Files written:</source>
        <translation>Записанные файлы:</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="271"/>
        <source>{id}: {n} warnings (run the demo with --verbose to see them)</source>
        <translation>{id}: предупреждений — {n} (чтобы их увидеть, запустите демо с --verbose)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="273"/>
        <source>Failed: {id}: {message}</source>
        <translation>Ошибка: {id}: {message}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="85"/>
        <source>{name} has no option {value}; the options are: {options}.</source>
        <translation>У {name} нет варианта {value}; допустимые варианты: {options}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="67"/>
        <source>River name field</source>
        <translation>Поле названия реки</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="71"/>
        <source>Join line ends closer than (m)</source>
        <translation>Допуск соединения линий (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>Flow direction</source>
        <translation>Направление течения</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>As digitised</source>
        <translation>По оцифровке</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>Toward the outlets</source>
        <translation>К устьям</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="81"/>
        <source>Downhill on a DEM</source>
        <translation>Вниз по уклону ЦМР</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="90"/>
        <source>Outlets (points, or polygons such as terminal lakes and seas)</source>
        <translation>Устья (точки или полигоны, например бессточные озёра и моря)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="98"/>
        <source>Rivers leaving the edge of the data flow out there</source>
        <translation>Реки, уходящие за край данных, вытекают там</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="103"/>
        <source>Elevation model</source>
        <translation>Модель рельефа</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="113"/>
        <source>The river line layer could not be opened.</source>
        <translation>Не удалось открыть линейный слой рек.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="119"/>
        <source>Flow direction &apos;Downhill on a DEM&apos; needs an elevation model (DEM).</source>
        <translation>Для направления «Вниз по уклону ЦМР» нужна модель рельефа (ЦМР).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="141"/>
        <source>{reaches} reaches in {components} connected pieces; {issues} need a look (field issue).</source>
        <translation>Участков: {reaches}, связных частей: {components}; требуют проверки: {issues} (поле issue).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="172"/>
        <source>Facility ID field</source>
        <translation>Поле ID хвостохранилища</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="175"/>
        <source>River network (HydroRIVERS fields)</source>
        <translation>Речная сеть (поля HydroRIVERS)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="60"/>
        <source>Lakes and reservoirs</source>
        <translation>Озёра и водохранилища</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="79"/>
        <source>Snap distance (m)</source>
        <translation>Расстояние привязки (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="81"/>
        <source>Distance along the flow (km)</source>
        <translation>Расстояние по течению (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="83"/>
        <source>Corridor width each side (m)</source>
        <translation>Полуширина коридора (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="91"/>
        <source>Distance per facility</source>
        <translation>Правило расстояния</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="86"/>
        <source>The same distance for every facility</source>
        <translation>Одинаковое для всех хвостохранилищ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="86"/>
        <source>Runout from the dam: Rico et al. 2008</source>
        <translation>Дальность растекания от дамбы: Rico et al. 2008</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="86"/>
        <source>Runout from the dam: Larrauri and Lall 2018</source>
        <translation>Дальность растекания от дамбы: Larrauri and Lall 2018</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="215"/>
        <source>Tailings volume field (m³)</source>
        <translation>Поле объёма хвостов (м³)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="221"/>
        <source>Dam height field (m)</source>
        <translation>Поле высоты дамбы (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="68"/>
        <source>Downstream paths</source>
        <translation>Пути вниз по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="284"/>
        <source>Water-body corridors</source>
        <translation>Коридоры водных объектов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="260"/>
        <source>The facility layer or the river network could not be opened.</source>
        <translation>Не удалось открыть слой хвостохранилищ или речную сеть.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/rivers.py" line="22"/>
        <source>The river layer {name} has no HYRIV_ID and NEXT_DOWN fields. Run &apos;Build river network&apos; (tmf:buildrivernetwork) on it first.</source>
        <translation>В слое рек {name} нет полей HYRIV_ID и NEXT_DOWN. Сначала выполните для него «Построить речную сеть» (tmf:buildrivernetwork).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="268"/>
        <source>Reading the network topology of {name}…</source>
        <translation>Чтение топологии сети {name}…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="330"/>
        <source>The facility layer {name} has no field {field}.</source>
        <translation>В слое хвостохранилищ {name} нет поля {field}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="337"/>
        <source>The runout option needs a tailings volume field and a dam height field in {name}.</source>
        <translation>Для дальности растекания в {name} нужны поля объёма хвостов и высоты дамбы.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="101"/>
        <source>{count} pieces shorter than the join tolerance were absorbed into their junction.</source>
        <translation>Отрезков короче допуска соединения: {count}; они включены в свои узлы.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="134"/>
        <source>No outlet for the river piece {name} ({count} reaches): direction kept as digitised.</source>
        <translation>У фрагмента реки {name} (участков: {count}) нет устья: направление оставлено по оцифровке.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="143"/>
        <source>The river piece {name} touches several outlets; it was sent to {outlet}, not to {others}.</source>
        <translation>Фрагмент реки {name} касается нескольких устьев; выбрано устье: {outlet}, отклонены: {others}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="125"/>
        <source>the edge of the data</source>
        <translation>край данных</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="186"/>
        <source>The river piece {name} has {count} reaches closing loops (braids); each flows one way only.</source>
        <translation>Во фрагменте реки {name} участков, замыкающих петли (протоки): {count}; каждый течёт только в одну сторону.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="220"/>
        <source>{count} line ends lie outside the DEM or on no-data cells.</source>
        <translation>Концов линий вне ЦМР или на ячейках без данных: {count}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/orientation.py" line="289"/>
        <source>{count} flow loops were cut; the reaches are marked as braids.</source>
        <translation>Разорвано петель течения: {count}; участки отмечены как протоки.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="67"/>
        <source>Terminal lakes and seas (Aral Sea, Balkhash, Caspian) or outlet points.</source>
        <translation>Бессточные озёра и моря (Аральское, Балхаш, Каспийское) или точки устьев.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="68"/>
        <source>Outlets (to build a network)</source>
        <translation>Устья (для построения сети)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="72"/>
        <source>Build network from lines</source>
        <translation>Построить сеть из линий</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="88"/>
        <source>Runout uses the fields volume_m3 and dam_height_m; facilities without them keep the distance above.</source>
        <translation>Дальность растекания считается по полям volume_m3 и dam_height_m; для хвостохранилищ без них — расстояние выше.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="95"/>
        <source>Trace downstream</source>
        <translation>Проследить вниз по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/section.py" line="74"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Facility</source>
        <translation>Хвостохранилище</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Snap (m)</source>
        <translation>Привязка (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>First water body</source>
        <translation>Первый водный объект</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>at (km)</source>
        <translation>до него (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Path (km)</source>
        <translation>Путь (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="109"/>
        <source>Double-click a facility to zoom to its downstream path.</source>
        <translation>Дважды щёлкните хвостохранилище, чтобы приблизить его путь вниз по течению.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="206"/>
        <source>Choose a river layer.</source>
        <translation>Выберите слой рек.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="192"/>
        <source>Routable: HYRIV_ID and NEXT_DOWN found.</source>
        <translation>Пригодна для трассировки: найдены HYRIV_ID и NEXT_DOWN.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="194"/>
        <source>Plain lines: build a network from them first (choose outlets below).</source>
        <translation>Простые линии: сначала постройте из них сеть (устья выберите ниже).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="213"/>
        <source>Building the river network...</source>
        <translation>Построение речной сети...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="225"/>
        <source>River network built.</source>
        <translation>Речная сеть построена.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="255"/>
        <source>Choose a facility layer and a river network.</source>
        <translation>Выберите слой хвостохранилищ и речную сеть.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="258"/>
        <source>The river layer has no HYRIV_ID and NEXT_DOWN: build a network from it first.</source>
        <translation>В слое рек нет HYRIV_ID и NEXT_DOWN: сначала постройте из него сеть.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="272"/>
        <source>Tracing downstream...</source>
        <translation>Трассировка вниз по течению...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="209"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="277"/>
        <source>Stopped: {problem}</source>
        <translation>Остановлено: {problem}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="297"/>
        <source>{ok} traced in full, {short} stopped early, {missed} not snapped.</source>
        <translation>Прослежено полностью: {ok}, остановлено раньше: {short}, не привязано: {missed}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="339"/>
        <source>No downstream path for {id}.</source>
        <translation>Нет пути вниз по течению для {id}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="50"/>
        <source>reach {id}</source>
        <translation>участок {id}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="149"/>
        <source>Reads a TMF inventory (CSV/TXT, XLSX/ODS, GeoPackage, Shapefile, GeoJSON or a loaded layer) into facility points in EPSG:4326 with the canonical fields, and writes a report of every row that could not be read as it was.</source>
        <translation>Загружает реестр хвостохранилищ (CSV/TXT, XLSX/ODS, GeoPackage, Shapefile, GeoJSON или загруженный слой) в точки EPSG:4326 со стандартными полями и записывает отчёт о каждой строке, которую не удалось прочитать как есть.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="155"/>
        <source>Inventory (spreadsheet, table or layer)</source>
        <translation>Реестр (электронная таблица, таблица или слой)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="160"/>
        <source>CRS of the coordinate columns</source>
        <translation>СК столбцов координат</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="168"/>
        <source>Admin-1 regions to fill an empty region</source>
        <translation>Области (admin-1) для заполнения пустой области</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="171"/>
        <source>Region name field</source>
        <translation>Поле названия области</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="174"/>
        <source>Place points outside the country anyway (still reported)</source>
        <translation>Размещать и точки вне страны (с записью в отчёт)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="313"/>
        <source>Import report</source>
        <translation>Отчёт импорта</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="183"/>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="184"/>
        <source>Facilities placed</source>
        <translation>Размещено хвостохранилищ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="185"/>
        <source>Rows not placed</source>
        <translation>Не размещено строк</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="186"/>
        <source>Rows with a problem</source>
        <translation>Строк с проблемами</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="200"/>
        <source>Incorrect parameter value for {name}</source>
        <translation>Неверное значение параметра {name}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="225"/>
        <source>The inventory {input} is neither a readable file nor a layer.</source>
        <translation>Реестр {input} не является ни читаемым файлом, ни слоем.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="263"/>
        <source>No polygon of the country layer is named {name}; all its polygons are used.</source>
        <translation>В слое стран нет полигона с названием {name}; используются все его полигоны.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="256"/>
        <source>the country</source>
        <translation>страны</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="275"/>
        <source>Read {rows} rows ({how}); header in row {header}.</source>
        <translation>Прочитано строк: {rows} ({how}); заголовок в строке {header}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="285"/>
        <source>FIELD_MAP is not a JSON object of field: column ({error}).</source>
        <translation>FIELD_MAP не является JSON-объектом вида «поле: столбец» ({error}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="288"/>
        <source>FIELD_MAP: {error}. Columns in the file: {columns}.</source>
        <translation>FIELD_MAP: {error}. Столбцы в файле: {columns}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="298"/>
        <source>No latitude/longitude columns were recognised; map them in FIELD_MAP. Columns in the file: {columns}.</source>
        <translation>Столбцы широты/долготы не распознаны; укажите их в FIELD_MAP. Столбцы в файле: {columns}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="344"/>
        <source>{placed} facilities placed, {reported} rows reported, {missing} rows not placed.</source>
        <translation>Размещено хвостохранилищ: {placed}; строк в отчёте: {reported}; не размещено строк: {missing}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="365"/>
        <source>The regions layer has no text field; regions are not filled.</source>
        <translation>В слое областей нет текстового поля; области не заполнены.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="386"/>
        <source>Region filled from {field} for {count} facilities.</source>
        <translation>Область заполнена из {field}; хвостохранилищ: {count}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="423"/>
        <source>Class-score table (CSV; empty: the shipped default)</source>
        <translation>Таблица баллов классов (CSV; пусто: встроенная)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="429"/>
        <source>Facilities with an incomplete THI</source>
        <translation>Хвостохранилища с неполным THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="436"/>
        <source>Class scores from {path}</source>
        <translation>Баллы классов из {path}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="440"/>
        <source>The input has no field {field}; every THI will be incomplete.</source>
        <translation>Во входном слое нет поля {field}; все THI будут неполными.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="465"/>
        <source>{count} facilities have an incomplete THI (missing inputs).</source>
        <translation>Хвостохранилищ с неполным THI (не хватает данных): {count}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="61"/>
        <source>Cannot read the score table {path}: {error}</source>
        <translation>Не удаётся прочитать таблицу баллов {path}: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="80"/>
        <source>{path}, line {line}: unknown component {component} (expected {known}).</source>
        <translation>{path}, строка {line}: неизвестный компонент {component} (ожидается {known}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="94"/>
        <source>{path}, line {line}: score, min and max must be numbers.</source>
        <translation>{path}, строка {line}: score, min и max должны быть числами.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="97"/>
        <source>The score table {path} has no scores.</source>
        <translation>В таблице баллов {path} нет баллов.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="28"/>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="42"/>
        <source>{path} is not a table or vector file QGIS can open.</source>
        <translation>{path} — не таблица и не векторный файл, который может открыть QGIS.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="116"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="136"/>
        <source>{encoding}, delimiter {delimiter}</source>
        <translation>{encoding}, разделитель {delimiter}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="156"/>
        <source>The workbook {path} has no rows.</source>
        <translation>В книге {path} нет строк.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="157"/>
        <source>sheet {sheet}</source>
        <translation>лист {sheet}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="165"/>
        <source>Cannot open the workbook {path}: {error}</source>
        <translation>Не удаётся открыть книгу {path}: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="168"/>
        <source>Cannot open the workbook {path}.</source>
        <translation>Не удаётся открыть книгу {path}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="188"/>
        <source>{path} has no rows.</source>
        <translation>В {path} нет строк.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="214"/>
        <source>column {n}</source>
        <translation>столбец {n}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="296"/>
        <source>layer {name}</source>
        <translation>слой {name}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="106"/>
        <source>value out of range; left empty</source>
        <translation>вне диапазона; оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="108"/>
        <source>not a number; left empty</source>
        <translation>не число; оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="110"/>
        <source>not a year; left empty</source>
        <translation>не год; оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="112"/>
        <source>not a water hazard class 1 to 3; left empty</source>
        <translation>не класс опасности для воды от 1 до 3; оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="114"/>
        <source>not yes or no; left empty</source>
        <translation>не «да» и не «нет»; оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="116"/>
        <source>not a date; left empty</source>
        <translation>не дата; оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="118"/>
        <source>unknown status (expected active, inactive, conserved, closed, abandoned or unknown); left empty</source>
        <translation>неизвестный статус (ожидается: действующее, недействующее, законсервированное, закрытое, бесхозное или неизвестно); оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="120"/>
        <source>unknown dam type (expected upstream, downstream, centreline or other); left empty</source>
        <translation>неизвестный тип дамбы (ожидается: восходящий, нисходящий, осевой или другой); оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="122"/>
        <source>unknown dam condition (expected good, fair, poor or unknown); left empty</source>
        <translation>неизвестное состояние дамбы (ожидается: хорошее, удовлетворительное, плохое или неизвестно); оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="124"/>
        <source>unknown consequence class (expected Low, Significant, High, Very High or Extreme); left empty</source>
        <translation>неизвестный класс последствий (ожидается: низкий, значительный, высокий, очень высокий или экстремальный); оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="125"/>
        <source>unreadable value; left empty</source>
        <translation>нечитаемое значение; оставлено пустым</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="227"/>
        <source>the latitude and longitude columns are swapped; they were read the other way round</source>
        <translation>столбцы широты и долготы перепутаны; они прочитаны наоборот</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="247"/>
        <source>coordinates out of range (latitude -90..90, longitude -180..180); the row is not placed</source>
        <translation>координаты вне диапазона (широта -90..90, долгота -180..180); строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="254"/>
        <source>point outside {country}; placed anyway</source>
        <translation>точка вне территории {country}; всё равно размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="256"/>
        <source>point outside {country}; the row is not placed</source>
        <translation>точка вне территории {country}; строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="294"/>
        <source>not a pair of coordinates; the row is not placed</source>
        <translation>не пара координат; строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="300"/>
        <source>no coordinate columns and no geometry; the row is not placed</source>
        <translation>нет ни столбцов координат, ни геометрии; строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="306"/>
        <source>missing coordinates; the row is not placed</source>
        <translation>нет координат; строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="323"/>
        <source>not a coordinate; the row is not placed</source>
        <translation>не координата; строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="328"/>
        <source>cannot transform to EPSG:4326 ({error}); the row is not placed</source>
        <translation>не удаётся преобразовать в EPSG:4326 ({error}); строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="354"/>
        <source>missing ID</source>
        <translation>нет ID</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="358"/>
        <source>duplicate ID (first in row {row}); imported without ID</source>
        <translation>повторяющийся ID (впервые в строке {row}); импортировано без ID</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="366"/>
        <source>missing name</source>
        <translation>нет названия</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="53"/>
        <source>Exports print-ready map sheets for working-group meetings: an overview of all facilities, one sheet per facility (atlas) or one per region, on A4 or A3, in English, Russian or Kazakh, as one PDF, one PDF per sheet or PNG images. Layers not given are taken from the project, else from the bundled Natural Earth layers. The layout is also added to the project for editing in the layout designer.</source>
        <translation>Экспортирует готовые к печати листы карты для заседаний рабочей группы: обзор всех хвостохранилищ, лист на каждое хвостохранилище (атлас) или на каждую область, формата A4 или A3, на английском, русском или казахском языке, одним PDF, отдельным PDF на каждый лист или изображениями PNG. Не заданные слои берутся из проекта, иначе из встроенных слоёв Natural Earth. Макет также добавляется в проект для правки в редакторе макетов.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="65"/>
        <source>Countries (borders)</source>
        <translation>Страны (границы)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="66"/>
        <source>Regions (admin-1)</source>
        <translation>Области (admin-1)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="44"/>
        <source>Settlements</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="69"/>
        <source>Downstream corridors</source>
        <translation>Коридоры ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="70"/>
        <source>Sheets</source>
        <translation>Листы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="72"/>
        <source>Paper</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="75"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="79"/>
        <source>Sheet language</source>
        <translation>Язык листов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="83"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="81"/>
        <source>Subtitle (e.g. meeting and date)</source>
        <translation>Подзаголовок (например, заседание и дата)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="93"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="98"/>
        <source>Resolution (dpi)</source>
        <translation>Разрешение (dpi)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="94"/>
        <source>Files written (separated by &apos;;&apos;)</source>
        <translation>Записанные файлы (через «;»)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="95"/>
        <source>Number of sheets</source>
        <translation>Число листов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="113"/>
        <source>The facilities layer (INPUT) could not be opened.</source>
        <translation>Не удалось открыть слой хвостохранилищ (INPUT).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="147"/>
        <source>Layers on the sheets: {layers}</source>
        <translation>Слои на листах: {layers}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="155"/>
        <source>{count} sheets to export</source>
        <translation>Листов для экспорта: {count}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="159"/>
        <source>Export canceled after {count} files.</source>
        <translation>Экспорт отменён; записано файлов: {count}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="176"/>
        <source>The layout could not be added to the project: {error}</source>
        <translation>Не удалось добавить макет в проект: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="67"/>
        <source>Export canceled; {path} was not written.</source>
        <translation>Экспорт отменён; {path} не записан.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="69"/>
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="76"/>
        <source>Unknown sheet format {fmt}; use pdf, pdfs or png.</source>
        <translation>Неизвестный формат листов {fmt}; используйте pdf, pdfs или png.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/export.py" line="115"/>
        <source>The sheet atlas could not start.</source>
        <translation>Не удалось запустить атлас листов.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/binding.py" line="38"/>
        <source>The layout template {path} is missing or unreadable.</source>
        <translation>Шаблон макета {path} отсутствует или не читается.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/binding.py" line="43"/>
        <source>The layout template {path} could not be loaded.</source>
        <translation>Не удалось загрузить шаблон макета {path}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/coverage.py" line="46"/>
        <source>The facilities layer {name} has no tmf_id field; export it from the Inventory step first.</source>
        <translation>В слое хвостохранилищ {name} нет поля tmf_id; сначала получите его на шаге «Реестр».</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/coverage.py" line="55"/>
        <source>Facility {id} in {name} has no location.</source>
        <translation>У хвостохранилища {id} в {name} нет местоположения.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layout.py" line="209"/>
        <source>The facilities layer {name} has no features; there is nothing to map.</source>
        <translation>В слое хвостохранилищ {name} нет объектов; отображать нечего.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layout.py" line="136"/>
        <source>Region sheets need a regions layer (REGIONS).</source>
        <translation>Для листов по областям нужен слой областей (REGIONS).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layout.py" line="139"/>
        <source>No facility lies inside any region of {name}.</source>
        <translation>Ни одно хвостохранилище не попадает в области слоя {name}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="50"/>
        <source>Flags facilities near transboundary rivers or whose runoff reaches one or leaves the country (tb_flag high / medium / none, with the reason in tb_reason).</source>
        <translation>Отмечает хвостохранилища вблизи трансграничных рек или со стоком, который достигает такой реки или уходит за пределы страны (tb_flag high / medium / none, причина в tb_reason).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="62"/>
        <source>Country borders (default: the Natural Earth sample)</source>
        <translation>Границы стран (по умолчанию: образец Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="65"/>
        <source>Country (name or ISO code)</source>
        <translation>Страна (название или код ISO)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="66"/>
        <source>Transboundary river names (comma-separated)</source>
        <translation>Названия трансграничных рек (через запятую)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="99"/>
        <source>Near distance (km)</source>
        <translation>Порог близости (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="101"/>
        <source>Maximum distance downstream (km)</source>
        <translation>Макс. путь вниз по течению (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="107"/>
        <source>Snap distance to the river network (m)</source>
        <translation>Расстояние привязки к речной сети (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="92"/>
        <source>No COUNTRIES layer was given and the sample {path} did not open.</source>
        <translation>Слой COUNTRIES не задан, а образец {path} не открылся.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="109"/>
        <source>Facility {id} (feature {n}) has no location; it is not flagged.</source>
        <translation>У хвостохранилища {id} (объект {n}) нет местоположения; оно не отмечено.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="115"/>
        <source>Downstream fields are left empty: {why}</source>
        <translation>Поля «ниже по течению» оставлены пустыми: {why}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="145"/>
        <source>Flags: {high} high, {medium} medium, {none} none.</source>
        <translation>Отметки: высокий — {high}, средний — {medium}, нет — {none}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="79"/>
        <source>The country {country} was not found in {layer} (fields searched: {fields}).</source>
        <translation>Страна {country} не найдена в {layer} (просмотренные поля: {fields}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="105"/>
        <source>Transboundary rivers: {rivers}.</source>
        <translation>Трансграничные реки: {rivers}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="132"/>
        <source>The facility has no location.</source>
        <translation>У хвостохранилища нет местоположения.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="211"/>
        <source>it is farther than {snap} m from any river.</source>
        <translation>оно дальше {snap} м от любой реки.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="212"/>
        <source>its downstream path is empty ({status}).</source>
        <translation>его путь вниз по течению пуст ({status}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="221"/>
        <source>the river layer has no HYRIV_ID / NEXT_DOWN topology; run Build river network first.</source>
        <translation>в слое рек нет топологии HYRIV_ID / NEXT_DOWN; сначала выполните «Построить речную сеть».</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="128"/>
        <source>Runoff goes straight into the {river}, which leaves {country} for {receiving} after {border} km.</source>
        <translation>Сток сразу попадает в реку {river}, которая через {border} км уходит из страны {country} в страну {receiving}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="131"/>
        <source>Runoff reaches the {river} {km} km downstream and leaves {country} for {receiving} after {border} km.</source>
        <translation>Сток достигает реки {river} в {km} км ниже по течению и через {border} км уходит из страны {country} в страну {receiving}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="135"/>
        <source>Runoff reaches the {river} {km} km downstream and leaves {country} after {border} km.</source>
        <translation>Сток достигает реки {river} в {km} км ниже по течению и через {border} км покидает страну {country}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="138"/>
        <source>Runoff leaves {country} for {receiving} {border} km downstream.</source>
        <translation>Сток уходит из страны {country} в страну {receiving} в {border} км ниже по течению.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="140"/>
        <source>Runoff leaves {country} {border} km downstream.</source>
        <translation>Сток покидает страну {country} в {border} км ниже по течению.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="142"/>
        <source>Runoff goes straight into the {river} and stays in {country} along the {traced} km traced.</source>
        <translation>Сток сразу попадает в реку {river} и остаётся в стране {country} на всём прослеженном пути ({traced} км).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="145"/>
        <source>Runoff reaches the {river} {km} km downstream and stays in {country} along the {traced} km traced.</source>
        <translation>Сток достигает реки {river} в {km} км ниже по течению и остаётся в стране {country} на всём прослеженном пути ({traced} км).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="149"/>
        <source>No transboundary river was found in the river layer.</source>
        <translation>В слое рек не найдено трансграничных рек.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="156"/>
        <source>The {river} is {km} km away, within the {near} km threshold.</source>
        <translation>Река {river} в {km} км, в пределах порога {near} км.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="159"/>
        <source>Runoff reaches no transboundary river along the {traced} km traced; the nearest, the {river}, is {km} km away.</source>
        <translation>На прослеженном пути ({traced} км) сток не достигает трансграничных рек; ближайшая, {river}, в {km} км.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="161"/>
        <source>The nearest transboundary river, the {river}, is {km} km away; runoff was not traced: {why}</source>
        <translation>Ближайшая трансграничная река, {river}, в {km} км; сток не прослежен: {why}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="36"/>
        <source>High: runoff leaves the country</source>
        <translation>Высокий: сток уходит за пределы страны</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="37"/>
        <source>Medium: reaches or is near a transboundary river</source>
        <translation>Средний: достигает трансграничной реки или близко к ней</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="38"/>
        <source>No transboundary flag</source>
        <translation>Без трансграничной отметки</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="40"/>
        <source>Not assessed (no location)</source>
        <translation>Не оценено (нет местоположения)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="45"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="45"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="45"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="46"/>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="51"/>
        <source>{high} high, {medium} medium, {none} none</source>
        <translation>Высокий: {high}, средний: {medium}, нет: {none}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="78"/>
        <source>A network with HYRIV_ID and NEXT_DOWN also gives the downstream fields.</source>
        <translation>Сеть с HYRIV_ID и NEXT_DOWN заполняет и поля «ниже по течению».</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="85"/>
        <source>Empty: the Natural Earth borders shipped with the plugin.</source>
        <translation>Пусто: границы Natural Earth из комплекта плагина.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="86"/>
        <source>Country borders</source>
        <translation>Границы стран</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="89"/>
        <source>Name or ISO code of the country whose border is watched, e.g. KAZ.</source>
        <translation>Название или код ISO страны, чья граница отслеживается, например KAZ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="90"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="94"/>
        <source>One river per line; spellings of one river separated by /. Rivers that cross the border are found from the map as well.</source>
        <translation>Одна река в строке; варианты написания одной реки через /. Реки, пересекающие границу, также находятся по карте.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="97"/>
        <source>Transboundary rivers</source>
        <translation>Трансграничные реки</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="110"/>
        <source>Flag facilities</source>
        <translation>Оценить риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Flag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>River</source>
        <translation>Река</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Distance (km)</source>
        <translation>Расстояние (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Border (km)</source>
        <translation>Граница (км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="118"/>
        <source>Enters</source>
        <translation>Уходит в</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="125"/>
        <source>Zoom to facility</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="198"/>
        <source>Choose a facility layer and a river layer.</source>
        <translation>Выберите слой хвостохранилищ и слой рек.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="203"/>
        <source>Flagging facilities...</source>
        <translation>Оценка риска...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="209"/>
        <source>Not flagged: {problem}</source>
        <translation>Оценка не выполнена: {problem}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="212"/>
        <source>Transboundary flags</source>
        <translation>Трансграничные отметки</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/rivers.py" line="55"/>
        <source>unnamed river {id}</source>
        <translation>безымянная река {id}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/rivers.py" line="60"/>
        <source>river of basin {basin}</source>
        <translation>река бассейна {basin}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="20"/>
        <source>Traced to the full distance</source>
        <translation>Прослежено на всё расстояние</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="21"/>
        <source>Reached an outlet</source>
        <translation>Достигнуто устье</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="22"/>
        <source>No river within the snap distance</source>
        <translation>Нет реки в пределах расстояния привязки</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="23"/>
        <source>Stopped: loop in the network</source>
        <translation>Остановлено: петля в сети</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="24"/>
        <source>Stopped: missing downstream reach</source>
        <translation>Остановлено: нет участка ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="25"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="26"/>
        <source>No location</source>
        <translation>Нет местоположения</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="28"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="162"/>
        <source>Country polygons to check points against (empty: the shipped Natural Earth borders)</source>
        <translation>Полигоны страны для проверки точек (пусто: встроенные границы Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="165"/>
        <source>Country in that layer (name or ISO code; empty: all polygons, or no check)</source>
        <translation>Страна в этом слое (название или код ISO; пусто: все полигоны или без проверки)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="247"/>
        <source>Points are checked against {name} in the shipped Natural Earth borders (clear the country name to skip the check).</source>
        <translation>Точки проверяются по границе {name} из встроенных границ Natural Earth (очистите название страны, чтобы пропустить проверку).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="95"/>
        <source>Inventories</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="95"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="98"/>
        <source>Inventory file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="105"/>
        <source>or a loaded layer</source>
        <translation>или загруженный слой</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="109"/>
        <source>CRS of the coordinate columns: EPSG:4326 for degrees, or the projected CRS of x/y.</source>
        <translation>СК столбцов координат: EPSG:4326 для градусов или проекционная СК для x/y.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="110"/>
        <source>Coordinates CRS</source>
        <translation>СК координат</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="113"/>
        <source>Country polygons</source>
        <translation>Полигоны страны</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="116"/>
        <source>Name or ISO code of the country whose border the points must be inside; empty: all polygons of the chosen layer, or no check without a layer.</source>
        <translation>Название или код ISO страны, в границах которой должны лежать точки; пусто: все полигоны выбранного слоя или без проверки, если слоя нет.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="120"/>
        <source>Admin-1 polygons that fill an empty region column.</source>
        <translation>Полигоны областей (admin-1) для заполнения пустого столбца области.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="121"/>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="301"/>
        <source>Choose an inventory file or layer.</source>
        <translation>Выберите файл или слой реестра.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="128"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="128"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="151"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="154"/>
        <source>Hazard index</source>
        <translation>Индекс опасности</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="156"/>
        <source>Score the imported facilities with the Tailings Hazard Index (THI).</source>
        <translation>Рассчитать индекс опасности (THI) для импортированных хвостохранилищ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="168"/>
        <source>Class-score table of the THI; empty: the table shipped with the plugin.</source>
        <translation>Таблица баллов классов THI; пусто: таблица из комплекта плагина.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="170"/>
        <source>THI scores</source>
        <translation>Баллы THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="185"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="243"/>
        <source>{rows} rows ({how}); header in row {header}. Check the detected columns below.</source>
        <translation>Строк: {rows} ({how}); заголовок в строке {header}. Проверьте распознанные столбцы ниже.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="304"/>
        <source>Importing the inventory...</source>
        <translation>Импорт реестра...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="317"/>
        <source>{placed} placed, {reported} reported</source>
        <translation>Размещено: {placed}, в отчёте: {reported}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="320"/>
        <source>({count} rows not placed: see the report)</source>
        <translation>(не размещено строк: {count}, см. отчёт)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="345"/>
        <source>Import an inventory first.</source>
        <translation>Сначала импортируйте реестр.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="351"/>
        <source>Computing the hazard index...</source>
        <translation>Расчёт индекса опасности...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="358"/>
        <source>Facilities (THI)</source>
        <translation>Хвостохранилища (THI)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="362"/>
        <source>Hazard index computed for {count} facilities; {incomplete} incomplete (missing inputs).</source>
        <translation>Индекс опасности рассчитан для хвостохранилищ: {count}; неполных (не хватает данных): {incomplete}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="370"/>
        <source>The run failed or was cancelled.</source>
        <translation>Выполнение завершилось ошибкой или было отменено.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="89"/>
        <source>Only the first sheets (0 = all; pdfs and png)</source>
        <translation>Только первые листы (0 = все; pdfs и png)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="110"/>
        <source>no downstream tracing was asked for.</source>
        <translation>прослеживание вниз по течению не запрашивалось.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/analysis.py" line="120"/>
        <source>{traced} of {total} facilities are within {km} km of a transboundary river or the border and were traced downstream.</source>
        <translation>Хвостохранилищ в пределах {km} км от трансграничной реки или границы, прослеженных вниз по течению: {traced} из {total}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="152"/>
        <source>The nearest transboundary river, the {river}, is {km} km away; it and the border are both beyond the {limit} km that runoff is followed.</source>
        <translation>Ближайшая трансграничная река, {river}, в {km} км; и она, и граница дальше {limit} км, на которые прослеживается сток.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>Overview of the country</source>
        <translation>Обзорная карта страны</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>One sheet per facility</source>
        <translation>Лист на каждое хвостохранилище</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>One sheet per region</source>
        <translation>Лист на каждую область</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="73"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="73"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="82"/>
        <source>e.g. Working group on tailings safety</source>
        <translation>например, Рабочая группа по безопасности хвостохранилищ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="86"/>
        <source>e.g. Meeting of 25 November 2026, Astana</source>
        <translation>например, Заседание 25 ноября 2026 г., Астана</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="87"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="88"/>
        <source>One PDF with all sheets</source>
        <translation>Один PDF со всеми листами</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="88"/>
        <source>One PDF per sheet</source>
        <translation>PDF на каждый лист</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="88"/>
        <source>PNG images</source>
        <translation>Изображения PNG</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="109"/>
        <source>Preview first sheet</source>
        <translation>Просмотр листа 1</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="110"/>
        <source>Export sheets</source>
        <translation>Экспорт листов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="127"/>
        <source>Open output folder</source>
        <translation>Открыть папку результатов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="194"/>
        <source>Rendering the first sheet…</source>
        <translation>Отрисовка первого листа…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="201"/>
        <source>Choose an output folder first.</source>
        <translation>Сначала выберите папку результатов.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="204"/>
        <source>Exporting map sheets…</source>
        <translation>Экспорт листов карты…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="209"/>
        <source>Choose the flagged facilities layer first.</source>
        <translation>Сначала выберите слой отмеченных хвостохранилищ.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="222"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="227"/>
        <source>The preview failed: {error}</source>
        <translation>Не удалось построить просмотр: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="233"/>
        <source>Preview of the first sheet. Export writes all of them.</source>
        <translation>Просмотр первого листа. При экспорте записываются все.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="238"/>
        <source>Export stopped; {count} files were written.</source>
        <translation>Экспорт остановлен; записано файлов: {count}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="239"/>
        <source>Export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="64"/>
        <source>The TMF Safety Python API is meant for a standalone Python process; inside the QGIS desktop, run the tmf Processing algorithms instead.</source>
        <translation>Python API «Безопасности хвостохранилищ» предназначен для отдельного процесса Python; в настольной QGIS используйте вместо него алгоритмы обработки tmf.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="70"/>
        <source>Line ends closer than this are joined when the network is built.</source>
        <translation>Концы линий ближе этого расстояния соединяются при построении сети.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="157"/>
        <source>Column mapping as JSON, e.g. {&quot;name&quot;: &quot;Site name&quot;, &quot;latitude&quot;: &quot;N&quot;} (empty: detected)</source>
        <translation>Сопоставление столбцов в JSON, например {&quot;name&quot;: &quot;Наименование&quot;, &quot;latitude&quot;: &quot;N&quot;} (пусто: автоматически)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="337"/>
        <source>Row {row}, {field} &quot;{value}&quot;: {problem}</source>
        <translation>Строка {row}, {field} «{value}»: {problem}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="340"/>
        <source>... and {count} more problems in the report.</source>
        <translation>... и ещё проблем в отчёте: {count}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/records.py" line="235"/>
        <source>the coordinates look like projected x/y in metres; choose their CRS (SOURCE_CRS) and import again</source>
        <translation>координаты похожи на проекционные x/y в метрах; выберите их СК (SOURCE_CRS) и повторите импорт</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="107"/>
        <source>... ({count} columns in all)</source>
        <translation>... (всего столбцов: {count})</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="33"/>
        <source>{path} is a folder, not an inventory file.</source>
        <translation>{path} — папка, а не файл реестра.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="294"/>
        <source>{input}: no column is recognised as an inventory column (ID, name, latitude, longitude ...); map them in FIELD_MAP. Columns in the file: {columns}.</source>
        <translation>{input}: ни один столбец не распознан как столбец реестра (ID, название, широта, долгота ...); укажите их в FIELD_MAP. Столбцы в файле: {columns}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="120"/>
        <source>{path} holds binary data (NUL bytes), not text: it is not a CSV/TXT file. Is it a spreadsheet or another file saved under this name?</source>
        <translation>{path} содержит двоичные данные (байты NUL), а не текст: это не файл CSV/TXT. Возможно, это электронная таблица или другой файл, сохранённый под этим именем?</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="132"/>
        <source>{path}, line {line}: the file cannot be read as a table ({error}). A cell this long usually comes from a quote that is opened and never closed.</source>
        <translation>{path}, строка {line}: файл не читается как таблица ({error}). Такая длинная ячейка обычно возникает из-за открытой и не закрытой кавычки.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="196"/>
        <source>{path} has a header row (row {row}) but no data rows.</source>
        <translation>В {path} есть строка заголовка (строка {row}), но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="244"/>
        <source>Sheets exported: {count} file(s) in {folder}. The layout is in the project&apos;s layout manager.</source>
        <translation>Листы экспортированы: файлов — {count}, папка {folder}. Макет — в менеджере макетов проекта.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="105"/>
        <source>How far a facility may lie from the river network and still be traced; tens of km for the Natural Earth sample, a few km for HydroRIVERS.</source>
        <translation>Наибольшее расстояние от хвостохранилища до речной сети, при котором оно ещё прослеживается: десятки км для образца Natural Earth, несколько км для HydroRIVERS.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/hazard.py" line="71"/>
        <source>{path}, line {line}: not a readable CSV table ({error}).</source>
        <translation>{path}, строка {line}: не читается как таблица CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="295"/>
        <source>The layer {name} has no features.</source>
        <translation>В слое {name} нет объектов.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="96"/>
        <source>Feature {fid} of {layer} cannot be placed in EPSG:4326; it is left out.</source>
        <translation>Объект {fid} слоя {layer} нельзя разместить в EPSG:4326; он пропущен.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="283"/>
        <source>no point on it</source>
        <translation>в ней нет точек</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="289"/>
        <source>the geometry cannot be placed in EPSG:4326 ({error}); the row is not placed</source>
        <translation>геометрию нельзя разместить в EPSG:4326 ({error}); строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="292"/>
        <source>no geometry and no coordinate columns; the row is not placed</source>
        <translation>нет ни геометрии, ни столбцов координат; строка не размещена</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="298"/>
        <source>, {count} outlines or lines placed at a point on each</source>
        <translation>, контуров или линий, заменённых точкой: {count}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="86"/>
        <source>Run all on the sample data</source>
        <translation>Выполнить всё на демо-данных</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="54"/>
        <source>Import the illustrative sample inventory, score it, build the Natural Earth river network, trace, flag and export an overview sheet.</source>
        <translation>Импортировать иллюстративный демо-реестр, рассчитать индекс, построить речную сеть Natural Earth, проследить сток, оценить риск и экспортировать обзорный лист.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="76"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="81"/>
        <source>Step {number} of {count}: {step}</source>
        <translation>Шаг {number} из {count}: {step}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="87"/>
        <source>Tailings management facilities: illustrative sample</source>
        <translation>Хвостохранилища: иллюстративный пример</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="93"/>
        <source>Importing the sample inventory</source>
        <translation>Импорт демо-реестра</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="94"/>
        <source>Scoring the hazard index</source>
        <translation>Расчёт индекса опасности</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="95"/>
        <source>Building the river network</source>
        <translation>Построение речной сети</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="96"/>
        <source>Tracing downstream</source>
        <translation>Прослеживание вниз по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="97"/>
        <source>Flagging transboundary risk</source>
        <translation>Оценка трансграничного риска</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="98"/>
        <source>Exporting the overview sheet</source>
        <translation>Экспорт обзорного листа</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="112"/>
        <source>The whole workflow ran on the sample data.</source>
        <translation>Весь процесс выполнен на демо-данных.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="131"/>
        <source>Stopped at: {step}</source>
        <translation>Остановлено на шаге: {step}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="129"/>
        <source>Feature {fid} of {name} has no geometry; it was left out.</source>
        <translation>У объекта {fid} слоя {name} нет геометрии; он пропущен.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="136"/>
        <source>Feature {fid} of {name} cannot be projected to EPSG:4326; it was left out.</source>
        <translation>Объект {fid} слоя {name} нельзя перепроецировать в EPSG:4326; он пропущен.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/builder.py" line="144"/>
        <source>Feature {fid} of {name} has a vertex without finite coordinates; that line was left out.</source>
        <translation>У объекта {fid} слоя {name} есть вершина с недопустимыми координатами; эта линия пропущена.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="194"/>
        <source>{path} is not a regular file (a pipe or a device?); choose the inventory file itself.</source>
        <translation>{path} — не обычный файл (канал или устройство?); выберите сам файл реестра.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="30"/>
        <source>{path} is not a regular file; choose the inventory file itself.</source>
        <translation>{path} — не обычный файл; выберите сам файл реестра.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/readers.py" line="111"/>
        <source>{path} is {size} MB: too large for an inventory table (at most {limit} MB). Is it the right file?</source>
        <translation>Размер {path} — {size} МБ: слишком велик для таблицы реестра (не более {limit} МБ). Это нужный файл?</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="19"/>
        <source>Tailings management facilities of Kazakhstan</source>
        <translation>Хвостохранилища Республики Казахстан</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="20"/>
        <source>Sheet {n} of {m}</source>
        <translation>Лист {n} из {m}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="21"/>
        <source>Overview: {count} facilities</source>
        <translation>Обзорная карта: хвостохранилищ — {count}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="22"/>
        <source>Facility {id}: {name}</source>
        <translation>Хвостохранилище {id}: {name}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="23"/>
        <source>Region: {name}</source>
        <translation>Область: {name}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="24"/>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="25"/>
        <source>Location in Kazakhstan</source>
        <translation>Положение в Казахстане</translation>
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
        <translation>Хвостохранилища, трансграничный риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="32"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="33"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="34"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="35"/>
        <source>not assessed</source>
        <translation>не оценён</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="36"/>
        <source>Size: THI (hazard index)</source>
        <translation>Размер: THI (индекс опасности)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="37"/>
        <source>Downstream path</source>
        <translation>Путь вниз по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="38"/>
        <source>Downstream water-body corridor</source>
        <translation>Коридор водных объектов ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="41"/>
        <source>State borders</source>
        <translation>Государственные границы</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="42"/>
        <source>Neighbouring countries</source>
        <translation>Соседние государства</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="43"/>
        <source>Region boundaries</source>
        <translation>Границы областей</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="48"/>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="49"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="50"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="51"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="52"/>
        <source>THI</source>
        <translation>THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="53"/>
        <source>Transb. flag</source>
        <translation>Трансгр. риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="54"/>
        <source>Transb. river</source>
        <translation>Трансгр. река</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="55"/>
        <source>To river, km</source>
        <translation>До реки, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="56"/>
        <source>Along flow, km</source>
        <translation>По течению, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="57"/>
        <source>To border, km</source>
        <translation>До границы, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="58"/>
        <source>Receiving country</source>
        <translation>Страна ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="59"/>
        <source>Facilities on this sheet</source>
        <translation>Хвостохранилища на листе</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="60"/>
        <source>Facilities: {shown} of {total}, highest flag and THI first</source>
        <translation>Хвостохранилища: {shown} из {total}, сначала с высшим риском и THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="63"/>
        <source>incomplete</source>
        <translation>неполный</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="64"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="65"/>
        <source>Made with Natural Earth (public domain): {layers}</source>
        <translation>Создано с использованием Natural Earth (общественное достояние): {layers}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="66"/>
        <source>HydroSHEDS (WWF; Lehner &amp; Grill 2013): {layers}</source>
        <translation>Данные HydroSHEDS (WWF; Lehner &amp; Grill 2013): {layers}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="67"/>
        <source>{layers}: «{name}»</source>
        <translation>{layers}: «{name}»</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="68"/>
        <source>Facilities: TMF inventory «{name}»; flags by TMF Safety for QGIS</source>
        <translation>Хвостохранилища: реестр «{name}»; оценка риска — TMF Safety for QGIS</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="71"/>
        <source>Boundaries and names shown are not authoritative and do not imply official endorsement or acceptance.</source>
        <translation>Показанные границы и названия не являются официальными и не означают их признания.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="73"/>
        <source>Made {date}</source>
        <translation>Дата составления: {date}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="355"/>
        <source>Needs a look (see field issue)</source>
        <translation>Требует проверки (см. поле issue)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="355"/>
        <source>Routable reach</source>
        <translation>Участок сети с известным направлением стока</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/summary.py" line="56"/>
        <source>{name} ({km} km)</source>
        <translation>{name} ({km} км)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="41"/>
        <source>active</source>
        <translation>действующее</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="42"/>
        <source>inactive</source>
        <translation>недействующее</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="43"/>
        <source>conserved</source>
        <translation>законсервированное</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="44"/>
        <source>closed</source>
        <translation>ликвидированное</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="45"/>
        <source>abandoned</source>
        <translation>бесхозное</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="46"/>
        <source>unknown</source>
        <translation>состояние неизвестно</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="48"/>
        <source>status not read</source>
        <translation>состояние не указано</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/layers.py" line="76"/>
        <source>The layer {name} given as {parameter} could not be opened.</source>
        <translation>Не удалось открыть слой {name}, заданный как {parameter}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="19"/>
        <source>Countries (Natural Earth)</source>
        <translation>Страны (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="20"/>
        <source>Lakes (Natural Earth)</source>
        <translation>Озёра (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="21"/>
        <source>Outlets: Aral, Balkhash, Caspian, lower Ob</source>
        <translation>Устья: Арал, Балхаш, Каспий, нижняя Обь</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/run_all.py" line="22"/>
        <source>Rivers (Natural Earth)</source>
        <translation>Реки (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="139"/>
        <source>{added} added, {removed} removed, {changed} changed, {unchanged} unchanged, {unmatched} without a unique ID.</source>
        <translation>Добавлено {added}, исключено {removed}, изменено {changed}, без изменений {unchanged}, без однозначного ID {unmatched}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare.py" line="111"/>
        <source>{feature}: {field} &quot;{value}&quot; cannot be read; it is compared as text.</source>
        <translation>{feature}: значение {field} «{value}» не читается; оно сравнивается как текст.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="167"/>
        <source>old</source>
        <translation>прежнем</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="167"/>
        <source>new</source>
        <translation>новом</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare.py" line="154"/>
        <source>The ID {id} appears {count} times in the {which} inventory ({features}); it is compared in neither inventory.</source>
        <translation>Идентификатор {id} встречается {count} раз в {which} перечне ({features}); он не сравнивается ни в одном перечне.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare.py" line="246"/>
        <source>FIELDS: {names} is not a field that can be compared (choose from {choices}).</source>
        <translation>FIELDS: {names} — не поле, которое можно сравнивать (выберите из {choices}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="72"/>
        <source>The {which} inventory {layer} has no tmf_id field; import it with tmf:importinventory first.</source>
        <translation>В {which} перечне {layer} нет поля tmf_id; сначала импортируйте его алгоритмом tmf:importinventory.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="81"/>
        <source>{layer}, feature {fid}</source>
        <translation>{layer}, объект {fid}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="85"/>
        <source>{feature} has no usable point; its location is not compared.</source>
        <translation>У объекта {feature} нет пригодной точки; его положение не сравнивается.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="98"/>
        <source>Compare inventories (what changed)</source>
        <translation>Сравнение перечней (что изменилось)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="101"/>
        <source>Compares the previous and the new facility layer by tmf_id and by value: facilities added, removed, changed (which fields, and the move in metres) or unchanged.</source>
        <translation>Сравнивает прежний и новый слои объектов по tmf_id и по значениям: объекты добавленные, исключённые, изменённые (какие поля и смещение в метрах) и без изменений.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="106"/>
        <source>Previous inventory (facilities with tmf_id)</source>
        <translation>Прежний перечень (объекты с tmf_id)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="108"/>
        <source>New inventory (facilities with tmf_id)</source>
        <translation>Новый перечень (объекты с tmf_id)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="111"/>
        <source>A move beyond this distance is a change of location (m)</source>
        <translation>Смещение больше этого расстояния — изменение положения (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="114"/>
        <source>Fields to compare, comma-separated (empty: every canonical field and the location)</source>
        <translation>Сравниваемые поля через запятую (пусто: все канонические поля и положение)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="135"/>
        <source>Inventory changes</source>
        <translation>Изменения перечня</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="24"/>
        <source>Changed fields</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities added</source>
        <translation>Добавлено объектов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities removed</source>
        <translation>Исключено объектов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities changed</source>
        <translation>Изменено объектов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities unchanged</source>
        <translation>Объектов без изменений</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="123"/>
        <source>Facilities without a unique ID</source>
        <translation>Объектов без однозначного ID</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_algorithm.py" line="167"/>
        <source>Only the {which} inventory has the field {field}; its values count as changes from or to NULL.</source>
        <translation>Поле {field} есть только в {which} перечне; его значения считаются изменениями из NULL или в NULL.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="30"/>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="30"/>
        <source>removed</source>
        <translation>исключён</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="30"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="31"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="31"/>
        <source>unmatched</source>
        <translation>без ID</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="41"/>
        <source>Compare with the previous inventory</source>
        <translation>Сравнить с прежним перечнем</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="52"/>
        <source>Previous inventory file</source>
        <translation>Файл прежнего перечня</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="61"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="63"/>
        <source>Compare the imported inventory with the previous one by tmf_id and by value: added, removed, changed and unchanged facilities.</source>
        <translation>Сравнить импортированный перечень с прежним по tmf_id и по значениям: добавленные, исключённые, изменённые объекты и объекты без изменений.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="23"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="73"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="78"/>
        <source>Click a change to zoom to it.</source>
        <translation>Щёлкните по изменению, чтобы приблизить карту к нему.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="97"/>
        <source>Import the new inventory first.</source>
        <translation>Сначала импортируйте новый перечень.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="100"/>
        <source>Choose the previous inventory.</source>
        <translation>Выберите прежний перечень.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="111"/>
        <source>Importing the previous inventory...</source>
        <translation>Импорт прежнего перечня...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/compare_panel.py" line="125"/>
        <source>Comparing the inventories...</source>
        <translation>Сравнение перечней...</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="19"/>
        <source>Inventory changes since the previous meeting</source>
        <translation>Изменения перечня со времени прошлого заседания</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="20"/>
        <source>Changes: {added} added, {removed} removed, {changed} changed, {unchanged} unchanged</source>
        <translation>Изменения: добавлено {added}, исключено {removed}, изменено {changed}, без изменений {unchanged}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="25"/>
        <source>Moved, m</source>
        <translation>Смещение, м</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="26"/>
        <source>Changes sheets need the output of tmf:compareinventories as INPUT; {name} has no field change.</source>
        <translation>Для листа изменений на вход INPUT нужен результат tmf:compareinventories; в слое {name} нет поля change.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="64"/>
        <source>What changed since the previous inventory</source>
        <translation>Что изменилось со времени прошлого перечня</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="163"/>
        <source>Changes by the next meeting ({file}): {added} added, {removed} removed, {changed} changed, {unchanged} unchanged, {unmatched} without a unique ID</source>
        <translation>Изменения к следующему заседанию ({file}): добавлено {added}, исключено {removed}, изменено {changed}, без изменений {unchanged}, без однозначного ID {unmatched}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/demo.py" line="191"/>
        <source>Settlements downstream: {n} within 5 km of {paths} paths, {people} people</source>
        <translation>Населённые пункты ниже по течению: {n} в пределах 5 км от {paths} путей, жителей: {people}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="20"/>
        <source>Receptors downstream (settlements, water intakes, protected areas)</source>
        <translation>Объекты ниже по течению (населённые пункты, водозаборы, охраняемые территории)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="24"/>
        <source>Receptors within (m) of the path</source>
        <translation>Объекты не дальше от пути (м)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="27"/>
        <source>Receptor name field</source>
        <translation>Поле названия объекта</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/receptor_parameters.py" line="31"/>
        <source>Population field</source>
        <translation>Поле численности населения</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="70"/>
        <source>Receptors downstream</source>
        <translation>Объекты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>First receptor</source>
        <translation>Первый объект</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="103"/>
        <source>Population downstream</source>
        <translation>Население ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="123"/>
        <source>Natural Earth settlements (bundled)</source>
        <translation>Населённые пункты Natural Earth (встроенные)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="127"/>
        <source>Settlements, water intakes or protected areas near the downstream paths; leave empty to list none.</source>
        <translation>Населённые пункты, водозаборы или охраняемые территории у путей вниз по течению; оставьте пустым, чтобы не составлять список.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="77"/>
        <source>The receptor layer {name} has no field {field}; receptors are named by their feature id.</source>
        <translation>В слое объектов {name} нет поля {field}; объекты названы по номеру объекта слоя.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="81"/>
        <source>The receptor layer {name} has no field {field}; population stays empty.</source>
        <translation>В слое объектов {name} нет поля {field}; население остаётся пустым.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="106"/>
        <source>feature {id}</source>
        <translation>объект {id}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="111"/>
        <source>The receptor layer {name} has no features with a geometry; no receptors are listed.</source>
        <translation>В слое объектов {name} нет объектов с геометрией; список объектов пуст.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="114"/>
        <source>{count} of {total} features of the receptor layer {name} have no geometry and were left out.</source>
        <translation>{count} из {total} объектов слоя {name} не имеют геометрии и не учтены.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/receptors.py" line="117"/>
        <source>{count} receptors of {name} have an empty or non-numeric {field}; their population stays NULL.</source>
        <translation>У {count} объектов слоя {name} поле {field} пустое или не числовое; их население остаётся NULL.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="45"/>
        <source>Settlements downstream</source>
        <translation>Населённые пункты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="46"/>
        <source>Downstream: settlements (population)</source>
        <translation>Пункты ниже по течению (жители)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="47"/>
        <source>First downstream, km</source>
        <translation>Первый ниже по течению, км</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/flags.py" line="113"/>
        <source>The first receptor across the border is {receptor}, {km} km downstream.</source>
        <translation>Первый объект за границей — {receptor}, {km} км вниз по течению.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="36"/>
        <source>English</source>
        <translation>английского</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="36"/>
        <source>Russian</source>
        <translation>русского</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="36"/>
        <source>Kazakh</source>
        <translation>казахского</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="99"/>
        <source>No {language} name for: {names}</source>
        <translation>Нет {language} названия для: {names}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="114"/>
        <source>Cannot read the gazetteer {path}: {error}</source>
        <translation>Не удалось прочитать справочник названий {path}: {error}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="122"/>
        <source>{path}: not a readable CSV table ({error}).</source>
        <translation>{path}: не читается как таблица CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="125"/>
        <source>{path}: the first line must be the header {columns}.</source>
        <translation>{path}: первая строка должна быть заголовком {columns}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="131"/>
        <source>{path}, line {line}: unknown kind {kind} (expected {known}).</source>
        <translation>{path}, строка {line}: неизвестный вид {kind} (ожидается {known}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/core/gazetteer.py" line="135"/>
        <source>{path}, line {line}: no spelling and no name.</source>
        <translation>{path}, строка {line}: нет ни написания, ни названия.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="86"/>
        <source>Gazetteer: names in en / ru / kk (CSV; empty: the shipped default)</source>
        <translation>Справочник названий en / ru / kk (CSV; пусто: поставляемый с модулем)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="29"/>
        <source>E of Greenwich (graticule label)</source>
        <translation>в.д.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="30"/>
        <source>N latitude (graticule label)</source>
        <translation>с.ш.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="61"/>
        <source>All {total} facilities, highest flag and THI first</source>
        <translation>Все объекты ({total}), сначала высший признак и THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="62"/>
        <source>Overview: facilities, continued</source>
        <translation>Обзорная карта: объекты (продолжение)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/base.py" line="91"/>
        <source>{parameter} = {value} is not one of: {names} (or their numbers 0 to {last}).</source>
        <translation>{parameter} = {value}: допустимы {names} (или их номера от 0 до {last}).</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="69"/>
        <source>Facilities: TMF inventory; flags by TMF Safety for QGIS</source>
        <translation>Хвостохранилища: реестр; оценка риска — TMF Safety for QGIS</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/texts.py" line="70"/>
        <source>{layers}: data supplied by the user</source>
        <translation>{layers}: данные пользователя</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="21"/>
        <source>All {total} changes, added and removed first</source>
        <translation>Все изменения ({total}), сначала добавленные и исключённые</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/changes.py" line="22"/>
        <source>Inventory changes, continued</source>
        <translation>Изменения перечня (продолжение)</translation>
    </message>
</context>
</TS>
