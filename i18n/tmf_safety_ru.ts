<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>TmfSafety</name>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="15"/>
        <source>2. Downstream water bodies</source>
        <translation>2. Водные объекты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="24"/>
        <source>Build river network</source>
        <translation>Построить речную сеть</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="27"/>
        <source>Builds a routable river network from a line layer.</source>
        <translation>Строит маршрутизируемую речную сеть из линейного слоя.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="30"/>
        <source>River lines</source>
        <translation>Линии рек</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="47"/>
        <source>River network</source>
        <translation>Речная сеть</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="40"/>
        <source>Trace downstream water bodies</source>
        <translation>Найти водные объекты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="43"/>
        <source>Follows each facility&apos;s runoff down the river network.</source>
        <translation>Прослеживает сток каждого хвостохранилища вниз по речной сети.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="27"/>
        <source>Facilities</source>
        <translation>Хвостохранилища</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/algorithms.py" line="48"/>
        <source>Downstream summary</source>
        <translation>Сводка ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/panel.py" line="16"/>
        <source>Downstream water bodies</source>
        <translation>Водные объекты ниже по течению</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="19"/>
        <source>1. Inventory</source>
        <translation>1. Реестр</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="28"/>
        <source>Import TMF inventory</source>
        <translation>Импорт реестра хвостохранилищ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="31"/>
        <source>Reads a TMF inventory spreadsheet or layer into facility points.</source>
        <translation>Загружает таблицу или слой реестра хвостохранилищ в точечный слой.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="34"/>
        <source>Inventory file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="44"/>
        <source>Tailings hazard index (THI)</source>
        <translation>Индекс опасности хвостохранилищ (THI)</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="47"/>
        <source>Scores each facility with the Tailings Hazard Index.</source>
        <translation>Рассчитывает индекс опасности для каждого хвостохранилища.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/algorithms.py" line="51"/>
        <source>Facilities with THI</source>
        <translation>Хвостохранилища с THI</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/inventory/panel.py" line="16"/>
        <source>Inventory</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="18"/>
        <source>4. Map sheets</source>
        <translation>4. Листы карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="21"/>
        <source>Export map sheets</source>
        <translation>Экспорт листов карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="24"/>
        <source>Exports map sheets for working-group meetings.</source>
        <translation>Экспортирует листы карты для заседаний рабочей группы.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="29"/>
        <source>Flagged facilities</source>
        <translation>Отмеченные хвостохранилища</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/algorithms.py" line="28"/>
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/mapsheets/panel.py" line="16"/>
        <source>Map sheets</source>
        <translation>Листы карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="62"/>
        <source>TMF Safety</source>
        <translation>Безопасность хвостохранилищ</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/plugin.py" line="41"/>
        <source>Show the TMF Safety panel: inventory, downstream water bodies, transboundary flags and map sheets</source>
        <translation>Показать панель «Безопасность хвостохранилищ»: реестр, водные объекты ниже по течению, трансграничные отметки и листы карты</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/base.py" line="43"/>
        <source>tmf:{id} is not implemented yet in this version of TMF Safety; no result was written.</source>
        <translation>tmf:{id} ещё не реализован в этой версии «Безопасности хвостохранилищ»; результат не записан.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/processing/provider.py" line="39"/>
        <source>TMF Safety: tailings management facilities and transboundary water risk</source>
        <translation>Безопасность хвостохранилищ: хвостохранилища и трансграничный риск для вод</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="18"/>
        <source>3. Transboundary</source>
        <translation>3. Трансграничный риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="21"/>
        <source>Flag transboundary risk</source>
        <translation>Отметить трансграничный риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="24"/>
        <source>Flags facilities near transboundary rivers or whose runoff leaves the country.</source>
        <translation>Отмечает хвостохранилища вблизи трансграничных рек или со стоком за пределы страны.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/algorithms.py" line="28"/>
        <source>Rivers</source>
        <translation>Реки</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/transboundary/panel.py" line="16"/>
        <source>Transboundary</source>
        <translation>Трансграничный риск</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/results.py" line="39"/>
        <source>The result layer {name} could not be opened.</source>
        <translation>Не удалось открыть слой результатов {name}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/section.py" line="29"/>
        <source>This job is not built yet.</source>
        <translation>Этот раздел ещё не готов.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="49"/>
        <source>Panel language:</source>
        <translation>Язык панели:</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="52"/>
        <source>As QGIS</source>
        <translation>Как в QGIS</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/ui/dock.py" line="62"/>
        <source>The panel will use the new language the next time QGIS starts.</source>
        <translation>Новый язык панели будет применён при следующем запуске QGIS.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="215"/>
        <source>A layer cannot mix {kinds} geometries; split the GeoDataFrame by geometry type first.</source>
        <translation>Слой не может сочетать геометрии {kinds}; сначала разделите GeoDataFrame по типу геометрии.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/convert.py" line="305"/>
        <source>Could not write layer {layer} to {path}: {message}</source>
        <translation>Не удалось записать слой {layer} в {path}: {message}</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="29"/>
        <source>Processing algorithm {id} is not available.</source>
        <translation>Алгоритм обработки {id} недоступен.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/api/engine.py" line="86"/>
        <source>{id} has no parameter {names}; it takes {known}.</source>
        <translation>У {id} нет параметра {names}; допустимые параметры: {known}.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="129"/>
        <source>The river layer {name} has no HYRIV_ID and NEXT_DOWN fields; build a network first.</source>
        <translation>В слое рек {name} нет полей HYRIV_ID и NEXT_DOWN; сначала постройте речную сеть.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="150"/>
        <source>Feature {fid} of {name} has no HYRIV_ID; it was left out.</source>
        <translation>У объекта {fid} слоя {name} нет HYRIV_ID; он пропущен.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="157"/>
        <source>HYRIV_ID {id} appears more than once; the first was kept.</source>
        <translation>HYRIV_ID {id} встречается несколько раз; оставлен первый.</translation>
    </message>
    <message>
        <location filename="../tmf_plugin/downstream/trace.py" line="370"/>
        <source>lake {id}</source>
        <translation>озеро {id}</translation>
    </message>
</context>
</TS>
