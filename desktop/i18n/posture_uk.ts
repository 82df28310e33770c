<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
  <context>
    <name>Library</name>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: an in-memory library cannot be opened read-only</source>
      <translation>{path}: бібліотеку в пам'яті не можна відкрити лише для читання</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>it is a folder, not a file</source>
      <translation>це тека, а не файл</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>it is a device, FIFO or socket, not a file</source>
      <translation>це пристрій, канал FIFO або сокет, а не файл</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: not a Posture plan library ({what})</source>
      <translation>{path}: не є бібліотекою планів Posture ({what})</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: there is no plan library here yet</source>
      <translation>{path}: тут ще немає бібліотеки планів</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>an SQLite database of another application</source>
      <translation>база даних SQLite іншої програми</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: the plan library was written by a newer Posture (schema {version}; this build knows up to {known})</source>
      <translation>{path}: бібліотеку планів записала новіша версія Posture (схема {version}; ця версія знає схеми до {known})</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: cannot read the plan library ({detail})</source>
      <translation>{path}: не вдалося прочитати бібліотеку планів ({detail})</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>not an SQLite database</source>
      <translation>не є базою даних SQLite</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>the file is truncated</source>
      <translation>файл обрізано</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>no table {table}</source>
      <translation>немає таблиці {table}</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>integrity check: {report}</source>
      <translation>перевірка цілісності: {report}</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source> and {n} more</source>
      <translation> і ще {n}</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: refused: the plan library holds what Posture did not create ({what}); it was not opened and is unchanged</source>
      <translation>{path}: відмовлено: бібліотека планів містить те, чого Posture не створював ({what}); її не відкрито й не змінено</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: the plan library needs an upgrade; open it once for writing (for example `posture plans`)</source>
      <translation>{path}: бібліотеку планів потрібно оновити; відкрийте її один раз для запису (наприклад, `posture plans`)</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: cannot create the library's folder ({detail})</source>
      <translation>{path}: не вдалося створити теку бібліотеки ({detail})</translation>
    </message>
    <message>
      <location filename="db/connection.py" />
      <source>{path}: upgrading the plan library failed ({detail}); it was left as it was</source>
      <translation>{path}: не вдалося оновити бібліотеку планів ({detail}); її залишено без змін</translation>
    </message>
    <message>
      <location filename="db/errors.py" />
      <source>{path}: the plan library is in use by another program ({detail})</source>
      <translation>{path}: бібліотеку планів використовує інша програма ({detail})</translation>
    </message>
    <message>
      <location filename="db/errors.py" />
      <source>{path}: the plan library cannot be written ({detail})</source>
      <translation>{path}: до бібліотеки планів неможливо записати ({detail})</translation>
    </message>
    <message>
      <location filename="db/errors.py" />
      <source>{path}: the disk is full; the change was not saved ({detail})</source>
      <translation>{path}: диск заповнено; зміну не збережено ({detail})</translation>
    </message>
    <message>
      <location filename="db/errors.py" />
      <source>{path}: the plan library is damaged ({detail})</source>
      <translation>{path}: бібліотеку планів пошкоджено ({detail})</translation>
    </message>
    <message>
      <location filename="db/errors.py" />
      <source>{path}: cannot use the plan library ({detail})</source>
      <translation>{path}: не вдається використати бібліотеку планів ({detail})</translation>
    </message>
    <message>
      <location filename="db/errors.py" />
      <source>text that is not UTF-8: {reason}</source>
      <translation>текст не в UTF-8: {reason}</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>table</source>
      <translation>таблиця</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>index</source>
      <translation>індекс</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>trigger</source>
      <translation>тригер</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>view</source>
      <translation>представлення</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>{kind} {name} on {table}</source>
      <translation>{kind} {name} для {table}</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>a changed {entry}</source>
      <translation>змінено: {entry}</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>a foreign {entry}</source>
      <translation>стороннє: {entry}</translation>
    </message>
    <message>
      <location filename="db/schemacheck.py" />
      <source>no {entry}</source>
      <translation>бракує: {entry}</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>table {table} has no column {column}</source>
      <translation>у таблиці {table} немає стовпця {column}</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{path}: the plan library was opened read-only</source>
      <translation>{path}: бібліотеку планів відкрито лише для читання</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{path}: no plan {plan} in the library</source>
      <translation>{path}: у бібліотеці немає плану {plan}</translation>
    </message>
    <message numerus="yes">
      <location filename="db/store.py" />
      <source>{path}: %n plans are named "{name}" (ids {ids}); give the id</source>
      <translation>
        <numerusform>{path}: %n план має назву "{name}" (id {ids}); вкажіть id</numerusform>
        <numerusform>{path}: %n плани мають назву "{name}" (id {ids}); вкажіть id</numerusform>
        <numerusform>{path}: %n планів мають назву "{name}" (id {ids}); вкажіть id</numerusform>
      </translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{path}: no plan "{name}" in the library (give an id or the exact name; `posture plans` lists them)</source>
      <translation>{path}: у бібліотеці немає плану "{name}" (вкажіть id або точну назву; перелік виводить `posture plans`)</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>plan {plan}: {detail}</source>
      <translation>план {plan}: {detail}</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{path}: the setting {key} cannot be read ({why}); ignored</source>
      <translation>{path}: налаштування {key} не вдалося прочитати ({why}); його пропущено</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{path}: the setting {key} holds {value}, not a value Posture writes; ignored</source>
      <translation>{path}: налаштування {key} містить {value} — не те значення, яке записує Posture; його пропущено</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>unit {unit} was changed by another program</source>
      <translation>підрозділ {unit} змінила інша програма</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>its settings were changed by another program</source>
      <translation>його налаштування змінила інша програма</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{count} units stored, {expected} expected</source>
      <translation>збережено підрозділів: {count}, очікувалося {expected}</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>a unit kept by the edit is not stored</source>
      <translation>підрозділ, який зміна залишає, не збережено</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{path}: plan {plan} was changed elsewhere ({why}); reload it</source>
      <translation>{path}: план {plan} змінено в іншому місці ({why}); завантажте його знову</translation>
    </message>
    <message>
      <location filename="db/store.py" />
      <source>{done} of {expected} units found</source>
      <translation>знайдено {done} з {expected} підрозділів</translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>no plan {plan} in the library</source>
      <translation>у бібліотеці немає плану {plan}</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="desktop/charts.py" />
      <source>No troops placed or pledged yet.</source>
      <translation>Війська ще не розміщено і не заявлено.</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>(pledged {pledged}; {gap} to place)</source>
      <translation>(заявлено {pledged}; розмістити ще {gap})</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>(pledged {pledged}; met)</source>
      <translation>(заявлено {pledged}; виконано)</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>★ core</source>
      <translation>★ ядро</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>Troops by nation, {phase}</source>
      <translation>Війська за державами, {phase}</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>★ core nation · orange tick: troops pledged</source>
      <translation>★ держава ядра · помаранчева риска: заявлені війська</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>No troops in any phase yet.</source>
      <translation>Військ ще немає в жодній фазі.</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>Others</source>
      <translation>Інші</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>(viewed)</source>
      <translation>(поточна)</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>Troops by phase, by nation</source>
      <translation>Війська за фазами і державами</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>The plan has no priority sites the map knows.</source>
      <translation>У плані немає пріоритетних об'єктів, відомих карті.</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>not covered</source>
      <translation>без прикриття</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>Priority sites under air defence: {covered} of {sites}</source>
      <translation>Пріоритетні об'єкти під прикриттям ППО: {covered} з {sites}</translation>
    </message>
    <message>
      <location filename="desktop/charts.py" />
      <source>air-defence batteries whose range covers the site</source>
      <translation>батареї ППО, зона ураження яких охоплює об'єкт</translation>
    </message>
    <message>
      <source>Ceasefire</source>
      <translation type="vanished">Припинення вогню</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation type="vanished">Мирне врегулювання</translation>
    </message>
    <message>
      <source>Long term</source>
      <translation type="vanished">Довгострокова</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="desktop/cli.py" />
      <source>language of messages and output: en or uk (default: the system's)</source>
      <translation>мова повідомлень і виводу: en або uk (типово — мова системи)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>only what is releasable to nation XX (or XX,YY)</source>
      <translation>лише те, що дозволено передавати державі XX (або XX,YY)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>Posture: sketch a reassurance force for Ukraine and check it against the mission's principles. Without a command, opens the window.</source>
      <translation>Posture: ескізне планування сил підтримки для України та перевірка плану на відповідність принципам місії. Без команди відкриває вікно програми.</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>plan library (SQLite file); default $POSTURE_DB or the user data folder</source>
      <translation>бібліотека планів (файл SQLite); типово $POSTURE_DB або тека даних користувача</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>render the main window off screen, save a PNG, exit</source>
      <translation>відобразити головне вікно поза екраном, зберегти PNG і вийти</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>plan to open (id, exact name, or *.plan.geojson)</source>
      <translation>план, який відкрити (id, точна назва або *.plan.geojson)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>window size for --screenshot, WxH</source>
      <translation>розмір вікна для --screenshot, ШxВ</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>a raster MBTiles or GeoPackage tile file drawn under the plan (window and --screenshot)</source>
      <translation>растровий файл тайлів MBTiles або GeoPackage як підкладка під планом (вікно та --screenshot)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>list the library</source>
      <translation>показати перелік планів бібліотеки</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>add a plan file, or a GIS file (KML/KMZ, GeoPackage, shapefile, GeoJSON, CSV)</source>
      <translation>додати файл плану або ГІС-файл (KML/KMZ, GeoPackage, shapefile, GeoJSON, CSV)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>*.plan.geojson, or a vector file GDAL reads</source>
      <translation>*.plan.geojson або векторний файл, який читає GDAL</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>ISO 3166-1 alpha-2 nation of GIS features that give none</source>
      <translation>держава (ISO 3166-1 alpha-2) для об'єктів ГІС, у яких її не вказано</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>lines (contact_line) or areas (occupied_area) without a unit kind become that plan geometry</source>
      <translation>лінії (contact_line) або площі (occupied_area) без типу підрозділу стають цією геометрією плану</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>name of the new plan (default: the file's name)</source>
      <translation>назва нового плану (типово — назва файлу)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>write a plan as geojson, kml, kmz, gpkg, csv or xlsx (ledger), html or png (the print sheet)</source>
      <translation>записати план у форматі geojson, kml, kmz, gpkg, csv чи xlsx (відомість внесків), html або png (аркуш для друку)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>apply the ambiguity rules (generalise positions)</source>
      <translation>застосувати правила невизначеності (узагальнити позиції)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>print a posture map to PDF</source>
      <translation>надрукувати карту розташування сил у PDF</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>check a plan against its doctrine profile</source>
      <translation>перевірити план на відповідність профілю доктрини</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>print the plan's order of battle (the tree by command)</source>
      <translation>вивести бойовий склад плану (дерево підпорядкування)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>propose fixes for the plan's findings (the library is never changed)</source>
      <translation>запропонувати виправлення за зауваженнями до плану (бібліотека не змінюється)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>print the proposals as JSON</source>
      <translation>вивести пропозиції у форматі JSON</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>write a copy with every fix applied</source>
      <translation>записати копію плану з усіма виправленнями</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>compare courses of action: the matrix and the differences</source>
      <translation>порівняти варіанти дій: матриця та відмінності</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>two or more plans; each is compared with the first</source>
      <translation>два або більше планів; кожен порівнюється з першим</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>also print a comparison sheet to this PDF</source>
      <translation>також надрукувати аркуш порівняння в цей PDF</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>apply the ambiguity rules to the PDF</source>
      <translation>застосувати правила невизначеності до PDF</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>The library is empty.</source>
      <translation>Бібліотека порожня.</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>id</source>
      <translation>id</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>name</source>
      <translation>назва</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>units</source>
      <translation>підрозд.</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>troops</source>
      <translation>військ</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>last change</source>
      <translation>остання зміна</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>compare needs at least two plans</source>
      <translation>для compare потрібно щонайменше два плани</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>{command} needs the desktop interface (run main.py)</source>
      <translation>для {command} потрібен графічний інтерфейс (запустіть main.py)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>this command needs the desktop interface (run main.py)</source>
      <translation>для цієї команди потрібен графічний інтерфейс (запустіть main.py)</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>posture: interrupted after the change was committed; it is in the library</source>
      <translation>posture: перервано після збереження зміни; її внесено до бібліотеки</translation>
    </message>
    <message>
      <location filename="desktop/cli.py" />
      <source>posture: interrupted; nothing was written or committed</source>
      <translation>posture: перервано; нічого не записано й не збережено</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>plan: a library id, an exact plan name, or a *.plan.geojson file (read, not added)</source>
      <translation>план: id у бібліотеці, точна назва плану або файл *.plan.geojson (читається, не додається)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>plans: library ids, exact names or plan files</source>
      <translation>плани: id у бібліотеці, точні назви або файли планів</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>plan library (SQLite file); default $POSTURE_DB or posture.sqlite in the user data folder</source>
      <translation>бібліотека планів (файл SQLite); типово $POSTURE_DB або posture.sqlite у теці даних користувача</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>output format</source>
      <translation>формат виводу</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>file to write ('-' writes a text format to standard output)</source>
      <translation>файл для запису ('-' — текстовий формат у стандартний вивід)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>PDF file to write</source>
      <translation>файл PDF для запису</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>paper size (default A4)</source>
      <translation>формат паперу (типово A4)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>page orientation (default landscape)</source>
      <translation>орієнтація сторінки (типово альбомна)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>apply the ambiguity rules (positions generalised, strengths rounded, names hidden)</source>
      <translation>застосувати правила невизначеності (позиції узагальнено, чисельність округлено, назви приховано)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>write only what is releasable to this nation (ISO 3166-1 alpha-2)</source>
      <translation>записати лише те, що дозволено передавати цій державі (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>doctrine profile for this run (default: the plan's own)</source>
      <translation>профіль доктрини для цього запуску (типово — профіль плану)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>phase for this run (default: the plan's own)</source>
      <translation>фаза для цього запуску (типово — фаза плану)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>print JSON (see cli.md) instead of a table</source>
      <translation>вивести JSON (див. cli.md) замість таблиці</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>nation (ISO 3166-1 alpha-2 code)</source>
      <translation>держава (код ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>the file to read</source>
      <translation>файл для читання</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>the files to read</source>
      <translation>файли для читання</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>report what would change without writing</source>
      <translation>повідомити, що змінилося б, нічого не записуючи</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>language of the interface and reports</source>
      <translation>мова інтерфейсу та звітів</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>command</source>
      <translation>команда</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>print the version and exit</source>
      <translation>вивести версію і вийти</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>also log what is going on (and Qt's messages)</source>
      <translation>також записувати в журнал хід роботи (і повідомлення Qt)</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>log errors only</source>
      <translation>записувати в журнал лише помилки</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>one of {choices}</source>
      <translation>одне з: {choices}</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>warning</source>
      <translation>попередження</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>info</source>
      <translation>довідка</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>debug</source>
      <translation>налагодження</translation>
    </message>
    <message>
      <location filename="desktop/clihelp.py" />
      <source>critical</source>
      <translation>критично</translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>write one nation's package (its units and contributions) as a plan file</source>
      <translation>записати пакет однієї держави (її підрозділи та внески) як файл плану</translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>ISO 3166-1 alpha-2 code of the nation</source>
      <translation>код держави ISO 3166-1 alpha-2</translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>bring national packages into a library plan (all or nothing)</source>
      <translation>внести національні пакети до плану бібліотеки (усе або нічого)</translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>report what would happen; change nothing</source>
      <translation>повідомити, що відбулося б, нічого не змінюючи</translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>print the report as JSON</source>
      <translation>вивести звіт у форматі JSON</translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>merge: {file} is a file; merge writes into a library plan (import it first, or --dry-run)</source>
      <translation>merge: {file} — це файл; merge записує до плану бібліотеки (спершу імпортуйте його або вкажіть --dry-run)</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packagecmd.py" />
      <source> (and %n more conflict(s))</source>
      <translation>
        <numerusform> (і ще %n конфлікт)</numerusform>
        <numerusform> (і ще %n конфлікти)</numerusform>
        <numerusform> (і ще %n конфліктів)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/packagecmd.py" />
      <source>posture: merge refused, nothing merged: {conflict}{more}</source>
      <translation>posture: об'єднання відхилено, нічого не внесено: {conflict}{more}</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <location filename="desktop/climessages.py" />
      <source>usage: </source>
      <translation>використання: </translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>positional arguments</source>
      <translation>позиційні аргументи</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>options</source>
      <translation>параметри</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>show this help message and exit</source>
      <translation>показати цю довідку і вийти</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>unrecognized arguments: %s</source>
      <translation>нерозпізнані аргументи: %s</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>not allowed with argument %s</source>
      <translation>не допускається разом з аргументом %s</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>ignored explicit argument %r</source>
      <translation>проігноровано явний аргумент %r</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>the following arguments are required: %s</source>
      <translation>не вказано обов'язкові аргументи: %s</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>one of the arguments %s is required</source>
      <translation>потрібен один з аргументів %s</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>expected one argument</source>
      <translation>очікується один аргумент</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>expected at most one argument</source>
      <translation>очікується щонайбільше один аргумент</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>expected at least one argument</source>
      <translation>очікується щонайменше один аргумент</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>unexpected option string: %s</source>
      <translation>неочікуваний параметр: %s</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>неприпустиме значення %(type)s: %(value)r</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>неприпустиме значення: %(value)r (виберіть з %(choices)s)</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: помилка: %(message)s
</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>не вдалося відкрити '%(filename)s': %(error)s</translation>
    </message>
  </context>
  <context>
    <name>OSError</name>
    <message>
      <location filename="desktop/climessages.py" />
      <source>No such file or directory</source>
      <translation>Немає такого файлу або каталогу</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Permission denied</source>
      <translation>Доступ заборонено</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Operation not permitted</source>
      <translation>Операцію не дозволено</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Is a directory</source>
      <translation>Це каталог</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Not a directory</source>
      <translation>Це не каталог</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>No space left on device</source>
      <translation>На пристрої не залишилося місця</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Read-only file system</source>
      <translation>Файлова система лише для читання</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>File exists</source>
      <translation>Файл уже існує</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Too many levels of symbolic links</source>
      <translation>Забагато рівнів символьних посилань</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>File name too long</source>
      <translation>Задовга назва файлу</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Device or resource busy</source>
      <translation>Пристрій або ресурс зайнятий</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Input/output error</source>
      <translation>Помилка введення-виведення</translation>
    </message>
  </context>
  <context>
    <name>JSON</name>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Expecting value</source>
      <translation>очікується значення</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Expecting ',' delimiter</source>
      <translation>очікується роздільник ','</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Expecting ':' delimiter</source>
      <translation>очікується роздільник ':'</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Expecting property name enclosed in double quotes</source>
      <translation>очікується назва члена в подвійних лапках</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Unterminated string starting at</source>
      <translation>незакритий рядок, що починається</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Invalid \uXXXX escape</source>
      <translation>неприпустима послідовність \uXXXX</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Invalid \escape</source>
      <translation>неприпустима екранована послідовність</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Invalid control character at</source>
      <translation>неприпустимий керівний символ</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Extra data</source>
      <translation>зайві дані після кінця JSON</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Illegal trailing comma before end of object</source>
      <translation>зайва кома перед кінцем об'єкта</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Illegal trailing comma before end of array</source>
      <translation>зайва кома перед кінцем масиву</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Invalid control character {char} at</source>
      <translation>неприпустимий керівний символ {char}</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Invalid \escape: {char}</source>
      <translation>неприпустима екранована послідовність: {char}</translation>
    </message>
  </context>
  <context>
    <name>SQLite</name>
    <message>
      <location filename="desktop/climessages.py" />
      <source>database disk image is malformed</source>
      <translation>образ бази даних на диску пошкоджено</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>file is not a database</source>
      <translation>файл не є базою даних</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>database is locked</source>
      <translation>базу даних заблоковано</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>database table is locked</source>
      <translation>таблицю бази даних заблоковано</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>attempt to write a readonly database</source>
      <translation>спроба запису до бази даних лише для читання</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>database or disk is full</source>
      <translation>базу даних або диск заповнено</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>unable to open database file</source>
      <translation>не вдалося відкрити файл бази даних</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>disk I/O error</source>
      <translation>помилка введення-виведення диска</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>malformed database schema</source>
      <translation>пошкоджена схема бази даних</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>malformed database schema ({name}){rest}</source>
      <translation>пошкоджена схема бази даних ({name}){rest}</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>no such table: {name}</source>
      <translation>немає таблиці: {name}</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>no such column: {name}</source>
      <translation>немає стовпця: {name}</translation>
    </message>
    <message>
      <location filename="desktop/climessages.py" />
      <source>Could not decode to UTF-8 column '{name}' with text '{text}'</source>
      <translation>не вдалося декодувати як UTF-8 стовпець '{name}' з текстом '{text}'</translation>
    </message>
  </context>
  <context>
    <name>Compare</name>
    <message>
      <location filename="desktop/compare.py" />
      <source>nothing to compare</source>
      <translation>немає чого порівнювати</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>compare needs at least {minimum} plans, got {count}</source>
      <translation>для порівняння потрібно щонайменше {minimum} плани, отримано {count}</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>unknown doctrine profile {profile} (expected one of {choices})</source>
      <translation>невідомий профіль доктрини {profile} (очікується одне з: {choices})</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>{profile} errors</source>
      <translation>{profile}: помилки</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>{profile} warnings</source>
      <translation>{profile}: попередження</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>{profile} information</source>
      <translation>{profile}: довідка</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>{km} km</source>
      <translation>{km} км</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Land units</source>
      <translation>Сухопутні підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Air units</source>
      <translation>Повітряні підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Maritime units</source>
      <translation>Морські підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Troops</source>
      <translation>Війська</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Nations contributing troops</source>
      <translation>Держав, що надають війська</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Core nations' share (FR, GB)</source>
      <translation>Частка держав ядра (FR, GB)</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>{nation} troops</source>
      <translation>війська {nation}</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Air-defence coverage of priority sites</source>
      <translation>Прикриття пріоритетних об'єктів ППО</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Combat units from the threat, median</source>
      <translation>Бойові підрозділи від загрози, медіана</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Combat units from the threat, farthest</source>
      <translation>Бойові підрозділи від загрози, найдальший</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>nothing</source>
      <translation>нічого</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Fails without the US</source>
      <translation>Не виконується без США</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>fires</source>
      <translation>спрацьовує</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>passes</source>
      <translation>виконується</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/compare.py" />
      <source>%n unit(s) added</source>
      <translation>
        <numerusform>додано %n підрозділ</numerusform>
        <numerusform>додано %n підрозділи</numerusform>
        <numerusform>додано %n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/compare.py" />
      <source>%n unit(s) removed</source>
      <translation>
        <numerusform>вилучено %n підрозділ</numerusform>
        <numerusform>вилучено %n підрозділи</numerusform>
        <numerusform>вилучено %n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/compare.py" />
      <source>%n unit(s) moved</source>
      <translation>
        <numerusform>переміщено %n підрозділ</numerusform>
        <numerusform>переміщено %n підрозділи</numerusform>
        <numerusform>переміщено %n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/compare.py" />
      <source>%n unit(s) changed</source>
      <translation>
        <numerusform>змінено %n підрозділ</numerusform>
        <numerusform>змінено %n підрозділи</numerusform>
        <numerusform>змінено %n підрозділів</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>Plan: {fields} differ</source>
      <translation>План: відрізняються {fields}</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>No difference in what is released.</source>
      <translation>У тому, що поширюється, відмінностей немає.</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>+ added    {unit}</source>
      <translation>+ додано      {unit}</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>- removed  {unit}</source>
      <translation>- вилучено    {unit}</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>&gt; moved    {unit} by {km} km</source>
      <translation>&gt; переміщено {unit} на {km} км</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>~ changed  {unit}: {fields}</source>
      <translation>~ змінено     {unit}: {fields}</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>order</source>
      <translation>порядок</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>* plan     {field}: {change}</source>
      <translation>* план        {field}: {change}</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>No difference.</source>
      <translation>Відмінностей немає.</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>profile</source>
      <translation>профіль</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>phase</source>
      <translation>фаза</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>mandate</source>
      <translation>мандат</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>US support</source>
      <translation>підтримка США</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>classification</source>
      <translation>гриф</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>parameters</source>
      <translation>параметри</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>priority sites</source>
      <translation>пріоритетні об'єкти</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>contributions</source>
      <translation>внески</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>contact line</source>
      <translation>лінія зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>occupied area</source>
      <translation>окупована територія</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>drawn</source>
      <translation>нанесено</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>none</source>
      <translation>немає</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>each plan's own</source>
      <translation>власний для кожного плану</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/compare.py" />
      <source>Comparison of %n plan(s) · {phase} phase · profile {profile}</source>
      <translation>
        <numerusform>Порівняння %n плану · фаза «{phase}» · профіль {profile}</numerusform>
        <numerusform>Порівняння %n планів · фаза «{phase}» · профіль {profile}</numerusform>
        <numerusform>Порівняння %n планів · фаза «{phase}» · профіль {profile}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>* best value of the row</source>
      <translation>* найкраще значення в рядку</translation>
    </message>
    <message>
      <location filename="desktop/compare.py" />
      <source>{plan} against {first}:</source>
      <translation>{plan} порівняно з {first}:</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/compare.py" />
      <source> (and %n more)</source>
      <translation>
        <numerusform> (і ще %n)</numerusform>
        <numerusform> (і ще %n)</numerusform>
        <numerusform> (і ще %n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Coords</name>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r} is not an MGRS reference (e.g. 36U UA 23940 91604)</source>
      <translation>{text!r} не є позначенням MGRS (наприклад, 36U UA 23940 91604)</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r}: an MGRS reference has as many easting as northing digits (1 to 5 each)</source>
      <translation>{text!r}: у позначенні MGRS цифр східної координати стільки ж, скільки північної (від 1 до 5 кожної)</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r}: MGRS zone {zone} is not 1 to 60</source>
      <translation>{text!r}: зона MGRS {zone} не в межах від 1 до 60</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r} is not a valid MGRS reference (no such grid square)</source>
      <translation>{text!r} не є дійсним позначенням MGRS (такого квадрата немає)</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: minutes and seconds are below 60</source>
      <translation>{text}: хвилини й секунди мають бути менші за 60</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: degrees followed by minutes are whole degrees</source>
      <translation>{text}: градуси перед хвилинами мають бути цілими</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: minutes followed by seconds are whole minutes</source>
      <translation>{text}: хвилини перед секундами мають бути цілими</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: a negative number with {hemisphere}</source>
      <translation>{text}: від'ємне число разом з {hemisphere}</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r}: {word!r} is not part of a coordinate</source>
      <translation>{text!r}: {word!r} не є частиною координати</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: cannot read {word!r} as part of a coordinate</source>
      <translation>{text}: не вдається прочитати {word!r} як частину координати</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: a hemisphere letter without a number</source>
      <translation>{text}: літера півкулі без числа</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: cannot read {part!r} as degrees, minutes and seconds</source>
      <translation>{text}: не вдається прочитати {part!r} як градуси, хвилини й секунди</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text}: {part!r} is not a number</source>
      <translation>{text}: {part!r} не є числом</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>no position given</source>
      <translation>координати не вказано</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>a position is at most 100 characters</source>
      <translation>координати — не більше 100 символів</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r}: give two coordinates, latitude and longitude (found {n})</source>
      <translation>{text!r}: вкажіть дві координати, широту й довготу (знайдено {n})</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r}: one latitude (N/S) and one longitude (E/W), please</source>
      <translation>{text!r}: потрібні одна широта (N/S) і одна довгота (E/W)</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r}: latitude {value} is outside −90…90</source>
      <translation>{text!r}: широта {value} поза межами −90…90</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{text!r}: longitude {value} is outside −180…180</source>
      <translation>{text!r}: довгота {value} поза межами −180…180</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>Latitude</source>
      <translation>Широта</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>Longitude</source>
      <translation>Довгота</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{axis}: {text!r} is not one angle (e.g. 50.45 or 50°27′00″N)</source>
      <translation>{axis}: {text!r} не є одним кутом (наприклад, 50.45 або 50°27′00″N)</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{axis}: {text!r} has the wrong hemisphere letter</source>
      <translation>{axis}: {text!r} має неправильну літеру півкулі</translation>
    </message>
    <message>
      <location filename="desktop/coords.py" />
      <source>{axis}: {value} is outside −{limit}…{limit}</source>
      <translation>{axis}: {value} поза межами −{limit}…{limit}</translation>
    </message>
  </context>
  <context>
    <name>Profiles</name>
    <message>
      <location filename="desktop/doctrine/params.py" />
      <source>Forward deterrence</source>
      <translation>Передове стримування</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/params.py" />
      <source>A deterrence mission on Ukraine's side, led by France and the UK, multi-domain and deployed close to the threat; western Ukraine only as entry points.</source>
      <translation>Місія стримування на боці України на чолі з Францією та Великою Британією, у всіх середовищах, розгорнута близько до загрози; захід України — лише пункти в'їзду.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/params.py" />
      <source>Reassurance force</source>
      <translation>Сили підтримки</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/params.py" />
      <source>About 20,000 troops of a coalition of the willing: air cover, a Black Sea naval presence, securing cities, ports and energy; out of the east, not a tripwire.</source>
      <translation>Близько 20 000 військових коаліції охочих: прикриття з повітря, військово-морська присутність у Чорному морі, захист міст, портів і енергетики; поза сходом, не «розтяжка».</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source>Errors ({n})</source>
      <translation>Помилки ({n})</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source>Warnings ({n})</source>
      <translation>Попередження ({n})</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source>Information ({n})</source>
      <translation>Довідка ({n})</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source>{plan}: profile {profile} ({name}), {phase} phase</source>
      <translation>{plan}: профіль {profile} ({name}), фаза «{phase}»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source>No findings: the plan meets every principle of the profile.</source>
      <translation>Зауважень немає: план відповідає всім принципам профілю.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source>Troops: {troops}</source>
      <translation>Військ: {troops}</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source> (minimum {minimum})</source>
      <translation> (мінімум {minimum})</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/report.py" />
      <source>; about {n} to generate with rotation</source>
      <translation>; з ротацією потрібно сформувати близько {n}</translation>
    </message>
  </context>
  <context>
    <name>Rules</name>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>in the {phase} phase</source>
      <translation>у фазі «{phase}»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>a non-troop contribution</source>
      <translation>невійськовий внесок</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/doctrine/rules.py" />
      <source>%n contribution(s)</source>
      <translation>
        <numerusform>%n внесок</numerusform>
        <numerusform>%n внески</numerusform>
        <numerusform>%n внесків</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{nation} {status} but provides {what}.</source>
      <translation>{nation}: {status}, проте надає: {what}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>is excluded from the mission</source>
      <translation>держава виключена з участі в місії</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>is not one of Ukraine's unequivocal allies</source>
      <translation>держава не належить до беззастережних союзників України</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>is a militarily neutral state</source>
      <translation>держава є військово нейтральною</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/doctrine/rules.py" />
      <source>Only %n nation(s) contribute troops {phase}, fewer than {floor}: the mission should involve as many countries as possible.</source>
      <translation>
        <numerusform>Лише %n держава надає війська {phase} — менше ніж {floor}: до місії має долучитися якомога більше країн.</numerusform>
        <numerusform>Лише %n держави надають війська {phase} — менше ніж {floor}: до місії має долучитися якомога більше країн.</numerusform>
        <numerusform>Лише %n держав надають війська {phase} — менше ніж {floor}: до місії має долучитися якомога більше країн.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source> (its land units stand outside Ukraine, as staging)</source>
      <translation> (її сухопутні підрозділи перебувають поза Україною, у районах зосередження)</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{nation} contributes no troops {phase}{why}.</source>
      <translation>{nation}: немає військ {phase}{why}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{leaders} is the largest troop contributor ({troops} {phase}), ahead of {core}.</source>
      <translation>{leaders} надає найбільше військ ({troops} {phase}) — більше, ніж {core}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{leaders} are the largest troop contributors ({troops} {phase}), ahead of {core}.</source>
      <translation>{leaders} надають найбільше військ ({troops} {phase}) — більше, ніж {core}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>combat-ready land unit</source>
      <translation>боєготового сухопутного підрозділу</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>training mission</source>
      <translation>навчальної місії</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>exercise force</source>
      <translation>сил для навчань</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>air-defence battery</source>
      <translation>батареї ППО</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>air-policing squadron</source>
      <translation>ескадрильї патрулювання повітряного простору</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>sea patrol in the Black Sea</source>
      <translation>морського патруля в Чорному морі</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>mine-countermeasures unit</source>
      <translation>протимінного підрозділу</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ISR asset or ISR contribution from a nation other than the US</source>
      <translation>засобу розвідки (ISR) чи внеску в розвідку від держави, іншої ніж США</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{component} has no {what} {phase}.</source>
      <translation>{component}: немає {what} {phase}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The land component</source>
      <translation>Сухопутний компонент</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The sky shield</source>
      <translation>«Небесний щит»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The maritime component</source>
      <translation>Морський компонент</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Only the United States provides ISR {phase}: no other nation has an ISR asset or an ISR contribution.</source>
      <translation>Розвідку (ISR) {phase} забезпечують лише Сполучені Штати: жодна інша держава не має засобу розвідки чи внеску в розвідку.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No nation provides an ISR asset or an ISR contribution {phase}.</source>
      <translation>Жодна держава не надає засобу розвідки (ISR) чи внеску в розвідку {phase}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>the mission needs generation {floor} or later</source>
      <translation>місії потрібні винищувачі покоління {floor} або новіші</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>fighters</source>
      <translation>винищувачі</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} states no fighter generation; {need}.</source>
      <translation>{unit}: покоління винищувачів не вказано; {need}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} flies {aircraft} of generation {generation}; {need}.</source>
      <translation>{unit}: {aircraft} покоління {generation}; {need}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{site} lies outside every air-defence range ring.</source>
      <translation>{site}: об'єкт поза зонами ураження всіх засобів ППО.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>has no ships</source>
      <translation>не має кораблів</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>comes from one nation only ({nation})</source>
      <translation>складається з сил лише однієї держави ({nation})</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>includes no navy of a nearshore NATO member ({nations})</source>
      <translation>не включає ВМС жодної прибережної держави НАТО ({nations})</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The sea patrol {problems} {phase}.</source>
      <translation>Морський патруль {problems} {phase}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>lies on land</source>
      <translation>перебуває на суходолі</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>has {hits} of its {vertices} vertices on land</source>
      <translation>має {hits} з {vertices} точок маршруту на суходолі</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source> (outside the seas of the map: the Black Sea, the Sea of Azov and the Baltic)</source>
      <translation> (поза морями карти: Чорним, Азовським і Балтійським)</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} {where}.</source>
      <translation>{unit} {where}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands outside Ukraine: it is staging, and its troops are not counted.</source>
      <translation>{unit} перебуває поза Україною — у районі зосередження, його особовий склад не враховано.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands outside Ukraine: it is staging, not deployed in the country.</source>
      <translation>{unit} перебуває поза Україною — у районі зосередження, а не розгорнутий у країні.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands in the occupied area.</source>
      <translation>{unit} перебуває на окупованій території.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands in western Ukraine ({oblast}), which the mission uses only for entry points.</source>
      <translation>{unit} перебуває на заході України ({oblast}), який місія використовує лише для пунктів в'їзду.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands in western Ukraine ({oblast}), which the source allows only as entry points; training there is a common choice, so this is shown, not flagged.</source>
      <translation>{unit} перебуває на заході України ({oblast}), який джерело допускає лише для пунктів в'їзду; навчання там — поширений вибір, тому це лише довідка, а не порушення.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands in eastern Ukraine ({oblast}), which the force should avoid.</source>
      <translation>{unit} перебуває на сході України ({oblast}), якого сили мають уникати.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>the Russian border</source>
      <translation>кордон з Росією</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>the Belarusian border</source>
      <translation>кордон з Білоруссю</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>the contact line</source>
      <translation>лінія зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands {km} from the nearest threat source ({threat}), farther than {limit}.</source>
      <translation>{unit} перебуває за {km} від найближчого джерела загрози ({threat}) — далі ніж {limit}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands {km} from the contact line, within the {limit} where it would act as a tripwire.</source>
      <translation>{unit} перебуває за {km} від лінії зіткнення — у межах {limit}, де підрозділ став би «розтяжкою».</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No combat-ready land unit stands within {limit} of the Belarusian border {phase}: the force should deter aggression from Belarusian territory.</source>
      <translation>Жоден боєготовий сухопутний підрозділ не перебуває в межах {limit} від кордону з Білоруссю {phase}: сили мають стримувати агресію з території Білорусі.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} is tasked with ceasefire monitoring, which is left to Ukrainian forces and Western air and space surveillance.</source>
      <translation>{unit} має завдання моніторингу припинення вогню, яке покладено на українські сили та західну повітряну й космічну розвідку.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The mandate is peacekeeping, but the mission is to deter and reassure on Ukraine's side, not to keep the peace impartially.</source>
      <translation>Мандат — миротворчий, але місія має стримувати й підтримувати на боці України, а не неупереджено підтримувати мир.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No land unit or air-defence battery stands within {radius} of {site}.</source>
      <translation>Жоден сухопутний підрозділ чи батарея ППО не перебуває в межах {radius} від об'єкта «{site}».</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The force totals {troops} {phase}, below the minimum of {floor}.</source>
      <translation>Загальна чисельність сил — {troops} {phase}, менше за мінімум {floor}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No combat-ready land unit is deployed in Ukraine in the ceasefire phase: the mission should start at the temporary ceasefire, not after a settlement.</source>
      <translation>У фазі припинення вогню в Україні не розгорнуто жодного боєготового сухопутного підрозділу: місія має починатися з тимчасового припинення вогню, а не після врегулювання.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The United States provides {troops} ({units}); the mission expects US money, air power and intelligence rather than troops.</source>
      <translation>Сполучені Штати надають {troops} ({units}); від США місія очікує фінансування, авіації та розвідки, а не військ.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>the plan would have no {what} {phase}</source>
      <translation>у плані не було б {what} {phase}</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>the sea patrol {problems} {phase}</source>
      <translation>морський патруль {problems} {phase}</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>the force would total {troops} {phase}, below the minimum of {floor}</source>
      <translation>загальна чисельність сил становила б {troops} {phase}, менше за мінімум {floor}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/doctrine/rules.py" />
      <source>{sites} would lie outside every air-defence range ring: only US air defence covers them</source>
      <translation>
        <numerusform>об'єкт {sites} опинився б поза зонами ураження всіх засобів ППО: його прикриває лише ППО США</numerusform>
        <numerusform>об'єкти {sites} опинилися б поза зонами ураження всіх засобів ППО: їх прикриває лише ППО США</numerusform>
        <numerusform>об'єкти {sites} опинилися б поза зонами ураження всіх засобів ППО: їх прикриває лише ППО США</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Without the United States, {what} ({rule}).</source>
      <translation>Без Сполучених Штатів {what} ({rule}).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>none</source>
      <translation>жодна</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>financial only</source>
      <translation>лише фінансова</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ISR and air support</source>
      <translation>розвідка та авіаційна підтримка</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/doctrine/rules.py" />
      <source>US pledge(s) of {kinds}</source>
      <translation>
        <numerusform>зобов'язання США: {kinds}</numerusform>
        <numerusform>зобов'язання США: {kinds}</numerusform>
        <numerusform>зобов'язання США: {kinds}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The declared US support is {declared}, but the plan holds {held}.</source>
      <translation>Заявлена підтримка США — {declared}, але в плані є: {held}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A unit or contribution comes from an excluded nation (Russia, its satellites and co-belligerents); one finding per nation.</source>
      <translation>Підрозділ або внесок від виключеної держави (Росія, її сателіти та співучасники агресії); одне зауваження на державу.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “Russia's satellites — excluded”</source>
      <translation>ECFR: «сателіти Росії — виключені»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A unit or contribution comes from a nation that is neither eligible nor excluded; one finding per nation.</source>
      <translation>Підрозділ або внесок від держави, яка не є ні прийнятною, ні виключеною; одне зауваження на державу.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR “Who”: “unequivocal allies of Ukraine”</source>
      <translation>ECFR, «Хто»: «беззастережні союзники України»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A unit comes from a militarily neutral state; one finding per nation.</source>
      <translation>Підрозділ від військово нейтральної держави; одне зауваження на державу.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR “Who”: “not neutral countries that may be less invested in the country's defence”</source>
      <translation>ECFR, «Хто»: «не нейтральні країни, які можуть бути менш зацікавлені в обороні країни»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Fewer than min_nations nations contribute troops in the phase.</source>
      <translation>У фазі війська надають менше ніж min_nations держав.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR “Who”: the mission “should involve as many countries as possible”</source>
      <translation>ECFR, «Хто»: місія «має залучити якомога більше країн»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>France or the UK contributes no troops in the phase; one finding per missing nation.</source>
      <translation>Франція або Велика Британія не надає військ у фазі; одне зауваження на кожну відсутню державу.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “Core of the mission: France and the UK”; MFU: a “coalition of the willing” convened in London</source>
      <translation>ECFR: «ядро місії — Франція та Велика Британія»; MFU: «коаліція охочих», скликана в Лондоні</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Neither France nor the UK is the largest troop contributor.</source>
      <translation>Ні Франція, ні Велика Британія не є найбільшим постачальником військ.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “France and United Kingdom as leaders”</source>
      <translation>ECFR: «Франція та Велика Британія як лідери»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No deployed combat-ready land unit (land.combat inside Ukraine).</source>
      <translation>Немає розгорнутого боєготового сухопутного підрозділу (land.combat в Україні).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR land component: “Combat-ready units”; MFU: “securing urban centers, ports, and critical energy infrastructures”</source>
      <translation>ECFR, сухопутний компонент: «боєготові підрозділи»; MFU: «захист міст, портів і критичної енергетичної інфраструктури»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No deployed training mission or no deployed exercise force (land.training, land.exercise); one finding names what is missing.</source>
      <translation>Немає розгорнутої навчальної місії або сил для навчань (land.training, land.exercise); зауваження називає, чого бракує.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR land component: “Training missions”, “Regular military exercises”</source>
      <translation>ECFR, сухопутний компонент: «навчальні місії», «регулярні військові навчання»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No deployed air-defence battery (inside Ukraine) or no air-policing squadron; one finding names what is missing.</source>
      <translation>Немає розгорнутої батареї ППО (в Україні) або ескадрильї патрулювання повітряного простору; зауваження називає, чого бракує.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “Sky shield”; MFU: “essential air cover to protect Ukrainian airspace”</source>
      <translation>ECFR: «Небесний щит»; MFU: «необхідне прикриття з повітря для захисту українського повітряного простору»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>An air-policing squadron flies fighters below min_fighter_generation (or states none).</source>
      <translation>Ескадрилья патрулювання повітряного простору літає на винищувачах покоління нижче за min_fighter_generation (або покоління не вказано).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “Air policing of 4th+ generation fighter jets”</source>
      <translation>ECFR: «патрулювання повітряного простору винищувачами 4+ покоління»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A priority site lies outside every deployed air-defence battery's range ring; one finding per site.</source>
      <translation>Пріоритетний об'єкт поза зонами ураження всіх розгорнутих батарей ППО; одне зауваження на об'єкт.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “Sufficient number of appropriate air defence assets”; MFU: “protect Ukrainian airspace”</source>
      <translation>ECFR: «достатня кількість відповідних засобів ППО»; MFU: «захистити український повітряний простір»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No sea patrol (sea.patrol) has its point or a vertex of its route or area in the Black Sea (the Sea of Azov, the Baltic or elsewhere do not count).</source>
      <translation>Жоден морський патруль (sea.patrol) не має позиції чи точки маршруту або району в Чорному морі (Азовське, Балтійське море та інші не враховуються).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “Maritime component”; MFU: “a naval presence in the Black Sea to safeguard trade routes”</source>
      <translation>ECFR: «морський компонент»; MFU: «військово-морська присутність у Чорному морі для захисту торговельних шляхів»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The deployed sea patrols (mine countermeasures do not count) come from fewer than two nations, or from no nearshore NATO member (Romania, Bulgaria, Türkiye).</source>
      <translation>Розгорнуті морські патрулі (протимінні сили не враховуються) походять менше ніж від двох держав або від жодної прибережної держави НАТО (Румунія, Болгарія, Туреччина).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “multinational sea patrols that will include navy forces of nearshore NATO members”</source>
      <translation>ECFR: «багатонаціональні морські патрулі з участю ВМС прибережних держав НАТО»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No deployed mine-countermeasures unit (sea.mcm at sea).</source>
      <translation>Немає розгорнутого протимінного підрозділу (sea.mcm у морі).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “specialized vessels and units for demining and safe navigation”; MFU: “maritime threats such as mines”</source>
      <translation>ECFR: «спеціалізовані судна й підрозділи для розмінування та безпечного судноплавства»; MFU: «морські загрози, як-от міни»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A sea unit (its point, or any vertex of its route or area) is not at sea: only the seas and the Dniester Estuary are; closed estuaries, lagoons, reservoirs, lakes and rivers are land for a ship.</source>
      <translation>Морський підрозділ (його позиція чи будь-яка точка маршруту або району) не в морі: морем вважаються лише моря та Дністровський лиман; закриті лимани, лагуни, водосховища, озера й річки для корабля — суходіл.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Common sense: ships sail at sea</source>
      <translation>Здоровий глузд: кораблі ходять морем</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A land unit or an air-defence battery lies outside Ukraine (staging, not deployed); jets and ISR based abroad are not flagged.</source>
      <translation>Сухопутний підрозділ або батарея ППО поза Україною (район зосередження, а не розгортання); авіація й засоби розвідки з базуванням за кордоном не позначаються.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Counting rule of the doctrine: units outside Ukraine are staging</source>
      <translation>Правило підрахунку доктрини: підрозділи поза Україною перебувають у районах зосередження</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A unit lies in the plan's occupied area (only when the plan has one).</source>
      <translation>Підрозділ на окупованій території плану (лише якщо її задано).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Common sense: no unit on the occupied side of the contact line</source>
      <translation>Здоровий глузд: жодного підрозділу по окупований бік лінії зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A combat unit or headquarters stands in the west macro-region (logistics entry points and air defence are fine there).</source>
      <translation>Бойовий підрозділ або штаб у західному макрорегіоні (логістичні пункти в'їзду та ППО там допустимі).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “Western part of Ukraine (for example, Lviv, Chernivtsi) — only as entry points”</source>
      <translation>ECFR: «західна частина України (наприклад, Львів, Чернівці) — лише як пункти в'їзду»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A training mission or exercise force stands in the west macro-region (shown, not flagged: training there is a common choice).</source>
      <translation>Навчальна місія або сили для навчань у західному макрорегіоні (довідка, не порушення: навчання там — поширений вибір).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A combat unit in Ukraine stands farther than max_threat_distance_km from every threat source (Russian border, Belarusian border, contact line).</source>
      <translation>Бойовий підрозділ в Україні перебуває далі ніж max_threat_distance_km від усіх джерел загрози (кордон з Росією, кордон з Білоруссю, лінія зіткнення).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: deployment “as close as possible to the sources of threats from the Russian side”</source>
      <translation>ECFR: розгортання «якомога ближче до джерел загроз з боку Росії»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A land unit or an air-defence battery stands in the east macro-region.</source>
      <translation>Сухопутний підрозділ або батарея ППО у східному макрорегіоні.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>MFU: “deliberately avoid deployment in eastern Ukraine”</source>
      <translation>MFU: «свідомо уникати розгортання на сході України»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A land unit in Ukraine stands within tripwire_km of the contact line (only when the plan has one).</source>
      <translation>Сухопутний підрозділ в Україні перебуває в межах tripwire_km від лінії зіткнення (лише якщо її задано).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>MFU: “not intended to function as a tripwire force”; ECFR: “The foundation of deterrence – Armed Forces of Ukraine! Military mission is complementary”</source>
      <translation>MFU: «не призначені діяти як сили-„розтяжка“»; ECFR: «основа стримування — Збройні сили України! Військова місія — доповнення»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A unit has the role ceasefire_monitoring, unless it is an air ISR asset or a Ukrainian unit.</source>
      <translation>Підрозділ має роль ceasefire_monitoring, якщо це не повітряний засіб розвідки і не український підрозділ.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>MFU: monitoring “will be fulfilled by Ukrainian forces on the ground along with Western surveillance in air and space”</source>
      <translation>MFU: моніторинг «здійснюватимуть українські сили на землі разом із західною розвідкою в повітрі та космосі»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The plan's mandate is peacekeeping (impartial, UN-led).</source>
      <translation>Мандат плану — миротворчий (неупереджений, під проводом ООН).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “IS NOT a peacekeeping contingent”; MFU: “a ‘reassurance force’ rather than a ‘peacekeeping force’”</source>
      <translation>ECFR: «НЕ є миротворчим контингентом»; MFU: «„сили підтримки“, а не „миротворчі сили“»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A priority site has no deployed land unit or air-defence battery within protect_radius_km; one finding per site.</source>
      <translation>Біля пріоритетного об'єкта в межах protect_radius_km немає розгорнутого сухопутного підрозділу чи батареї ППО; одне зауваження на об'єкт.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “prevent attacks on the Odessa region, deter aggression from Belarusian territory, safeguard Kyiv and Dnipro, and protect Ukraine's critical infrastructure—including its energy facilities”; MFU: “securing urban centers, ports, and critical energy infrastructures”</source>
      <translation>ECFR: «запобігти атакам на Одеську область, стримувати агресію з території Білорусі, убезпечити Київ і Дніпро та захистити критичну інфраструктуру України, зокрема енергетичну»; MFU: «захист міст, портів і критичної енергетичної інфраструктури»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>Total troops in the phase are fewer than min_troops.</source>
      <translation>Загальна чисельність військ у фазі менша за min_troops.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: debates “around 10,000–30,000 to begin with”; MFU: “approximately 20,000 troops”</source>
      <translation>ECFR: обговорюють «близько 10 000–30 000 на початку»; MFU: «приблизно 20 000 військових»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No combat-ready land unit is deployed inside Ukraine in the ceasefire phase, whatever phase is viewed.</source>
      <translation>У фазі припинення вогню в Україні не розгорнуто жодного боєготового сухопутного підрозділу (незалежно від фази, що переглядається).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “start at the stage of temporary ceasefire, not after the settlement”; MFU: “hinges on the establishment of a ceasefire”</source>
      <translation>ECFR: «почати на етапі тимчасового припинення вогню, а не після врегулювання»; MFU: «залежить від встановлення режиму припинення вогню»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>A US unit has troops (strength above 0).</source>
      <translation>Підрозділ США має особовий склад (чисельність понад 0).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “financial support … could be forthcoming, but American troops will not”; MFU: “U.S. involvement to provide air and intelligence support”</source>
      <translation>ECFR: «фінансова підтримка … можлива, але американських військ не буде»; MFU: «участь США для авіаційної та розвідувальної підтримки»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>DOMAIN-LAND, DOMAIN-AIR, DOMAIN-SEA, SEA-DEMINING, SEA-MULTINATIONAL, SIZE-MIN or AIR-COVERAGE passes, but would fire with every US unit and contribution removed; one finding per such rule, naming it (for AIR-COVERAGE, the sites only US air defence covers).</source>
      <translation>DOMAIN-LAND, DOMAIN-AIR, DOMAIN-SEA, SEA-DEMINING, SEA-MULTINATIONAL, SIZE-MIN або AIR-COVERAGE виконується, але спрацювало б, якби вилучити всі підрозділи й внески США; одне зауваження на кожне таке правило з його назвою (для AIR-COVERAGE — об'єкти, які прикриває лише ППО США).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “ready to start without the United States”</source>
      <translation>ECFR: «готовність почати без Сполучених Штатів»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The plan's declared US support disagrees with its US units and pledges in any phase (none: any; financial: troops or a pledge other than funding; ISR and air: US land or sea troops).</source>
      <translation>Заявлена в плані підтримка США не відповідає підрозділам і зобов'язанням США в будь-якій фазі (жодна: будь-які; фінансова: війська або зобов'язання, відмінне від фінансування; розвідка й авіація: сухопутні чи морські війська США).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: financial support “could be forthcoming, but … American troops will not”; US funding best spent “on areas such as ISR”</source>
      <translation>ECFR: фінансова підтримка «можлива, але … американських військ не буде»; кошти США найкраще спрямувати «на такі сфери, як розвідка (ISR)»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No deployed combat-ready land unit stands within belarus_cover_km of the Ukraine–Belarus border.</source>
      <translation>Жоден розгорнутий боєготовий сухопутний підрозділ не перебуває в межах belarus_cover_km від українсько-білоруського кордону.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: the force “could … deter aggression from Belarusian territory”</source>
      <translation>ECFR: сили «могли б … стримувати агресію з території Білорусі»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>No ISR asset (air.isr) and no ISR contribution from a nation other than the US.</source>
      <translation>Немає засобу розвідки (air.isr) і внеску в розвідку від держави, іншої ніж США.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: ISR capabilities “remain underdeveloped in European forces”; MFU: “Western surveillance in air and space”</source>
      <translation>ECFR: розвідувальні спроможності (ISR) «залишаються недостатньо розвиненими в європейських силах»; MFU: «західна розвідка в повітрі та космосі»</translation>
    </message>
  </context>
  <context>
    <name>Wording</name>
    <message numerus="yes">
      <location filename="desktop/doctrine/wording.py" />
      <source>%n more</source>
      <translation>
        <numerusform>ще %n</numerusform>
        <numerusform>ще %n</numerusform>
        <numerusform>ще %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>and</source>
      <translation>і</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>or</source>
      <translation>або</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>and no</source>
      <translation>і немає</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/doctrine/wording.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/doctrine/wording.py" />
      <source>%n troop(s)</source>
      <translation>
        <numerusform>%n військовослужбовець</numerusform>
        <numerusform>%n військовослужбовці</numerusform>
        <numerusform>%n військовослужбовців</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/doctrine/wording.py" />
      <source>%n nation(s)</source>
      <translation>
        <numerusform>%n держава</numerusform>
        <numerusform>%n держави</numerusform>
        <numerusform>%n держав</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>{km} km</source>
      <translation>{km} км</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>funding</source>
      <translation>фінансування</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>ISR</source>
      <translation>розвідка (ISR)</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>equipment</source>
      <translation>озброєння й техніка</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>training</source>
      <translation>навчання</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>logistics</source>
      <translation>логістика</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/wording.py" />
      <source>troops</source>
      <translation>війська</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="desktop/export.py" />
      <source>not available yet</source>
      <translation>поки що недоступний</translation>
    </message>
    <message>
      <location filename="desktop/export.py" />
      <source>export to {format}: {known}</source>
      <translation>експорт у {format}: {known}</translation>
    </message>
    <message>
      <location filename="desktop/export.py" />
      <source>export to standard output: {format} is not a text format; give a file name</source>
      <translation>експорт у стандартний вивід: {format} не є текстовим форматом; вкажіть назву файлу</translation>
    </message>
    <message>
      <location filename="desktop/export.py" />
      <source>{file}: the plan holds text that is not valid Unicode ({reason}); nothing was written</source>
      <translation>{file}: план містить текст, що не є коректним Unicode ({reason}); нічого не записано</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="desktop/export.py" />
      <source>{file}: cannot write ({why})</source>
      <translation>{file}: не вдалося записати ({why})</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{file}: refused: this is {what} ({path}); nothing was written</source>
      <translation>{file}: відмовлено: це {what} ({path}); нічого не записано</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>the plan library's {companion} file</source>
      <translation>файл {companion} бібліотеки планів</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>the plan library</source>
      <translation>бібліотека планів</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>an input of this command</source>
      <translation>вхідний файл цієї команди</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>a folder</source>
      <translation>тека</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>a block device</source>
      <translation>блоковий пристрій</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>a socket</source>
      <translation>сокет</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>a character device</source>
      <translation>символьний пристрій</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>a FIFO</source>
      <translation>канал FIFO</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>not a regular file</source>
      <translation>спеціальний файл</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>standard output</source>
      <translation>стандартний вивід</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>no output file given</source>
      <translation>не вказано файл для запису</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{file}: is {kind}, not a file; nothing was written</source>
      <translation>{file}: це {kind}, а не файл; нічого не записано</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>the folder {folder} does not exist</source>
      <translation>теки {folder} не існує</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>the folder {folder} is not writable</source>
      <translation>до теки {folder} немає права запису</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{file}: is a FIFO that nobody reads; nothing was written</source>
      <translation>{file}: це канал FIFO, з якого ніхто не читає; нічого не записано</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{n} MB</source>
      <translation>{n} МБ</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{n} bytes</source>
      <translation>{n} байт</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{file}: cannot read ({why})</source>
      <translation>{file}: не вдалося прочитати ({why})</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>plan file</source>
      <translation>файл плану</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>GIS file</source>
      <translation>ГІС-файл</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{file}: is {kind}, not a {what}</source>
      <translation>{file}: це {kind}, а не {what}</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{file}: the file is {size}; a {what} may be at most {limit}</source>
      <translation>{file}: розмір файлу {size}; {what} може мати щонайбільше {limit}</translation>
    </message>
    <message>
      <location filename="desktop/fileio.py" />
      <source>{file}: the file grew past {limit}, the limit of a {what}</source>
      <translation>{file}: файл перевищив {limit} — граничний розмір, який може мати {what}</translation>
    </message>
  </context>
  <context>
    <name>HtmlExport</name>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Military symbols APP-6D, drawn with milsymbol · Exported with Posture (offline)</source>
      <translation>Умовні знаки APP-6D, виконано за допомогою milsymbol · Експортовано з Posture (офлайн)</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>ceasefire monitoring</source>
      <translation>моніторинг припинення вогню</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>entry point</source>
      <translation>пункт в'їзду</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>protection of critical infrastructure</source>
      <translation>захист критичної інфраструктури</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>all phases</source>
      <translation>усі фази</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Land units</source>
      <translation>Сухопутні підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Air units</source>
      <translation>Повітряні підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Maritime units</source>
      <translation>Морські підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Range rings</source>
      <translation>Зони дії</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Routes and patrol areas</source>
      <translation>Маршрути й райони патрулювання</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Contact line and occupied area</source>
      <translation>Лінія зіткнення й окупована територія</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Release version.</source>
      <translation>Версія для поширення.</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Troops</source>
      <translation>Війська</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Share</source>
      <translation>Частка</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>RELEASE VERSION</source>
      <translation>ВЕРСІЯ ДЛЯ ПОШИРЕННЯ</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/exporters/htmlmap.py" />
      <source>%n troop(s)</source>
      <translation>
        <numerusform>%n військовослужбовець</numerusform>
        <numerusform>%n військовослужбовці</numerusform>
        <numerusform>%n військовослужбовців</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Profile</source>
      <translation>Профіль</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Phase</source>
      <translation>Фаза</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Mandate</source>
      <translation>Мандат</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>US support</source>
      <translation>Підтримка США</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Units</source>
      <translation>Підрозділів</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Troops in the phase</source>
      <translation>Військ у фазі</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Findings</source>
      <translation>Зауваження</translation>
    </message>
  </context>
  <context>
    <name>PrintSheet</name>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>NO CLASSIFICATION MARKING SET</source>
      <translation>ГРИФ ОБМЕЖЕННЯ ДОСТУПУ НЕ ВСТАНОВЛЕНО</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>{plan} — posture map (release)</source>
      <translation>{plan} — карта розташування сил (версія для поширення)</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>{plan} — posture map</source>
      <translation>{plan} — карта розташування сил</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Military symbols APP-6D, drawn with milsymbol · Printed with Posture (offline)</source>
      <translation>Умовні знаки APP-6D, виконано за допомогою milsymbol · Надруковано в Posture (офлайн)</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>paper must be one of {papers}, not {paper}</source>
      <translation>папір має бути одним із {papers}, а не {paper}</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>orientation must be landscape or portrait, not {orientation}</source>
      <translation>орієнтація має бути альбомною (landscape) або книжковою (portrait), а не {orientation}</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>not a map extent: {extent}</source>
      <translation>це не ділянка карти: {extent}</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>€{n} bn</source>
      <translation>{n} млрд €</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>€{n} m</source>
      <translation>{n} млн €</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>€{n}</source>
      <translation>{n} €</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>Total (%n nation(s))</source>
      <translation>
        <numerusform>Разом (%n держава)</numerusform>
        <numerusform>Разом (%n держави)</numerusform>
        <numerusform>Разом (%n держав)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Contributions by nation · {phase} phase</source>
      <translation>Внески держав · фаза «{phase}»</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>No nation contributes troops or pledges in this phase.</source>
      <translation>У цій фазі жодна держава не надає військ і не має зобов'язань.</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>ISR</source>
      <translation>розвідка (ISR)</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>equipment</source>
      <translation>озброєння й техніка</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>training</source>
      <translation>навчання</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>logistics</source>
      <translation>логістика</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>troops</source>
      <translation>війська</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n помилка</numerusform>
        <numerusform>%n помилки</numerusform>
        <numerusform>%n помилок</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n попередження</numerusform>
        <numerusform>%n попередження</numerusform>
        <numerusform>%n попереджень</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>%n information</source>
      <translation>
        <numerusform>%n довідка</numerusform>
        <numerusform>%n довідки</numerusform>
        <numerusform>%n довідок</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>No findings: the plan meets every principle of the {profile} profile ({name}).</source>
      <translation>Зауважень немає: план відповідає всім принципам профілю {profile} ({name}).</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Findings · {profile} profile</source>
      <translation>Зауваження · профіль {profile}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… і ще %n</numerusform>
        <numerusform>… і ще %n</numerusform>
        <numerusform>… і ще %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>error</source>
      <translation>помилка</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>warning</source>
      <translation>попер.</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>info</source>
      <translation>довідка</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>{troops} in %n unit(s)</source>
      <translation>
        <numerusform>{troops} у %n підрозділі</numerusform>
        <numerusform>{troops} у %n підрозділах</numerusform>
        <numerusform>{troops} у %n підрозділах</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source> (minimum {minimum})</source>
      <translation> (мінімум {minimum})</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source> (%n unit(s) of other phases not shown)</source>
      <translation>
        <numerusform> (%n підрозділ інших фаз не показано)</numerusform>
        <numerusform> (%n підрозділи інших фаз не показано)</numerusform>
        <numerusform> (%n підрозділів інших фаз не показано)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Extent shown on screen</source>
      <translation>Ділянка, показана на екрані</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>All of Ukraine</source>
      <translation>Уся Україна</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source> · MGRS grid</source>
      <translation> · сітка MGRS</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Profile</source>
      <translation>Профіль</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Phase</source>
      <translation>Фаза</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Mandate</source>
      <translation>Мандат</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>US support</source>
      <translation>Підтримка США</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Troops</source>
      <translation>Війська</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Date-time</source>
      <translation>Дата й час</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Author</source>
      <translation>Виконавець</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Map</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Evaluated</source>
      <translation>Оцінено</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>without US units and contributions</source>
      <translation>без підрозділів і внесків США</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Boxed letters right of a symbol: the nation's ISO code (see Contributions). Symbols that stand together are spread around their place, a leader line to where they stand.</source>
      <translation>Літери в рамці праворуч від знака — код держави за ISO (див. «Внески»). Знаки, що стоять поруч, рознесено навколо їхнього місця; лінія-виноска вказує, де вони стоять.</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Each symbol stands at the centre of its oblast, country or sea, not at the unit's position.</source>
      <translation>Кожен знак стоїть у центрі своєї області, країни чи моря, а не на позиції підрозділу.</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Total: own strength and every unit commanded, all phases.</source>
      <translation>Разом: власна чисельність і всі підпорядковані підрозділи, усі фази.</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>The plan has %n units, too many for one sheet: one row per nation, with its units by echelon (or kind) and its strength (File › Export has every unit).</source>
      <translation>
        <numerusform>План має %n підрозділ — забагато для одного аркуша: по рядку на кожну державу з її підрозділами за ешелонами (або типами) і чисельністю (усі — у меню Файл › Експорт).</numerusform>
        <numerusform>План має %n підрозділи — забагато для одного аркуша: по рядку на кожну державу з її підрозділами за ешелонами (або типами) і чисельністю (усі — у меню Файл › Експорт).</numerusform>
        <numerusform>План має %n підрозділів — забагато для одного аркуша: по рядку на кожну державу з її підрозділами за ешелонами (або типами) і чисельністю (усі — у меню Файл › Експорт).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/printsheet.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source> · Base map: {name}</source>
      <translation> · Картооснова: {name}</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Deterrence</source>
      <translation>Стримування</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Reassurance</source>
      <translation>Підтримка</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Peacekeeping (UN-style)</source>
      <translation>Миротворча місія (за зразком ООН)</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>None declared</source>
      <translation>Не заявлено</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Financial</source>
      <translation>Фінансова</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>ISR and air support</source>
      <translation>Розвідка (ISR) та авіаційна підтримка</translation>
    </message>
    <message>
      <location filename="desktop/printsheet.py" />
      <source>Full backstop</source>
      <translation>Повна гарантія безпеки</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Name</source>
      <translation>Назва</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Strength</source>
      <translation>Чисельність</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Phases</source>
      <translation>Фази</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Roles</source>
      <translation>Завдання</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Symbol code (SIDC)</source>
      <translation>Код знака (SIDC)</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>System</source>
      <translation>Система</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Range (km)</source>
      <translation>Дальність (км)</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Aircraft</source>
      <translation>Тип літака</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Generation</source>
      <translation>Покоління</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Aircraft count</source>
      <translation>Кількість літаків</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Ships</source>
      <translation>Кораблі</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Releasable to</source>
      <translation>Дозволено передавати</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>From package</source>
      <translation>З пакета</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Commander</source>
      <translation>Підпорядкування</translation>
    </message>
    <message>
      <location filename="desktop/exporters/htmlmap.py" />
      <source>Unique designation</source>
      <translation>Унікальне позначення</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Only kinds that allow this unit's geometry (point, route or area) can be chosen</source>
      <translation>Можна вибрати лише типи, що допускають геометрію цього підрозділу (точка, маршрут чи район)</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The contributing nation (ISO 3166-1 alpha-2 code)</source>
      <translation>Держава, що надає підрозділ (код ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The unit's name; empty shows the kind's label</source>
      <translation>Назва підрозділу; якщо порожня — показується назва типу</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source> personnel</source>
      <translation> ос.</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Personnel deployed with the unit</source>
      <translation>Особовий склад, розгорнутий у складі підрозділу</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>all phases</source>
      <translation>усі фази</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The phases the unit is deployed in</source>
      <translation>Фази, у яких підрозділ розгорнуто</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>What the unit is there for; other roles are kept as text</source>
      <translation>Для чого підрозділ розгорнуто; інші завдання зберігаються як текст</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Symbol code</source>
      <translation>Код знака</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>APP-6D 20-digit symbol code; leave empty for the kind's default</source>
      <translation>20-значний код знака APP-6D; залиште порожнім для типового коду</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The weapon or sensor system (e.g. Patriot PAC-3)</source>
      <translation>Система озброєння чи засіб виявлення (наприклад, Patriot PAC-3)</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Range</source>
      <translation>Дальність</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source> km</source>
      <translation> км</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Nominal range of the system in kilometres (drawn as a ring)</source>
      <translation>Номінальна дальність системи в кілометрах (показується зоною дії)</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The aircraft type (e.g. Dassault Rafale)</source>
      <translation>Тип літака (наприклад, Dassault Rafale)</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Fighter generation, a number from 1 to 6 (e.g. 4, 4.5, 5)</source>
      <translation>Покоління винищувача, число від 1 до 6 (наприклад, 4; 4,5; 5)</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source> aircraft</source>
      <translation> літ.</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>How many aircraft the squadron flies</source>
      <translation>Скільки літаків в ескадрильї</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source> ships</source>
      <translation> кор.</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>How many ships the group sails</source>
      <translation>Скільки кораблів у групі</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Nations this unit may be given to, comma-separated (ALL: every nation); empty: the plan's default (Plan settings), else its own nation only</source>
      <translation>Держави, яким дозволено передавати дані про підрозділ, через кому (ALL — усім); порожньо — як типово в плані (Параметри плану), інакше лише власній державі</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The national package this unit was merged from (nation and time); written by merge</source>
      <translation>Національний пакет, з якого підрозділ надійшов під час об'єднання (держава й час); заповнюється командою merge</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The id of the unit that commands this one (typically a headquarters); empty: none. Drag it in the order of battle to change it.</source>
      <translation>Ідентифікатор підрозділу, якому підпорядковано цей (зазвичай штабу); порожньо — немає. Щоб змінити, перетягніть підрозділ у бойовому складі.</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>Designation</source>
      <translation>Позначення</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>The unit's own designation (e.g. 7 Armd Bde), drawn in the symbol's unique-designation field; the name is the label beside it</source>
      <translation>Власне позначення підрозділу (наприклад, 7 тбр), що показується в полі унікального позначення знака; назва — підпис поруч</translation>
    </message>
  </context>
  <context>
    <name>GisImport</name>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: only files on this computer can be imported</source>
      <translation>{file}: імпортувати можна лише файли з цього комп'ютера</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: not a GIS file this import reads (the name ends in one of {known})</source>
      <translation>{file}: не є ГІС-файлом, який читає імпорт (назва має закінчуватися одним із: {known})</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: cannot read (no such file)</source>
      <translation>{file}: не вдалося прочитати (немає такого файлу)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: not a file</source>
      <translation>{file}: це не файл</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: not a GIS file GDAL can read ({detail})</source>
      <translation>{file}: не є ГІС-файлом, який може прочитати GDAL ({detail})</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: {driver} files are not imported (use KML, GeoPackage, shapefile, GeoJSON or CSV)</source>
      <translation>{file}: файли {driver} не імпортуються (використайте KML, GeoPackage, shapefile, GeoJSON або CSV)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>this format's</source>
      <translation>цього формату</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: layer {layer} cannot be read ({detail})</source>
      <translation>{file}: не вдалося прочитати шар {layer} ({detail})</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: the plan stored in its metadata ({key}) is not valid JSON</source>
      <translation>{file}: план, збережений у його метаданих ({key}), не є коректним JSON</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>row {number}</source>
      <translation>рядок {number}</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{feature} (layer "{layer}")</source>
      <translation>{feature} (шар "{layer}")</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: {where}: {field} {value} is not a number</source>
      <translation>{file}: {where}: {field} {value} не є числом</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: {where}: {field} {value} is not an MGRS grid reference</source>
      <translation>{file}: {where}: {field} {value} не є координатами MGRS</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>kind</source>
      <translation>тип</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>from sidc</source>
      <translation>за кодом знака</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>kind (from the symbol code)</source>
      <translation>тип (за кодом знака)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>, nation from --nation</source>
      <translation>, держава з --nation</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>--nation {code} is not an ISO 3166-1 alpha-2 code</source>
      <translation>--nation {code} не є кодом ISO 3166-1 alpha-2</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>--as {kind} is not one of {choices}</source>
      <translation>--as {kind} не є одним із: {choices}</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: layer {layer} is in {crs}, not longitude/latitude (WGS 84); reproject it first (ogr2ogr -t_srs EPSG:4326)</source>
      <translation>{file}: шар {layer} у системі {crs}, а не в довготі/широті (WGS 84); спершу перепроєктуйте його (ogr2ogr -t_srs EPSG:4326)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>a line or area without a unit kind (import with --as contact_line or occupied_area)</source>
      <translation>лінія чи район без типу підрозділу (імпортуйте з --as contact_line або occupied_area)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: {where}: position is missing (give lat/lon, latitude/longitude or mgrs columns)</source>
      <translation>{file}: {where}: немає позиції (додайте стовпці lat/lon, latitude/longitude або mgrs)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: {where}: position is missing</source>
      <translation>{file}: {where}: немає позиції</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: {where}: kind is missing (give a kind or a sidc attribute)</source>
      <translation>{file}: {where}: немає типу (додайте атрибут kind або sidc)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: {where}: nation is missing (give a nation or country attribute, or --nation XX)</source>
      <translation>{file}: {where}: немає держави (додайте атрибут nation або country чи вкажіть --nation XX)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: holds no unit to import (no feature with a kind or sidc)</source>
      <translation>{file}: не містить підрозділів для імпорту (немає об'єктів з kind або sidc)</translation>
    </message>
    <message>
      <location filename="desktop/gisimport.py" />
      <source>{file}: holds no unit to import (no feature with a kind or sidc; lines and areas need --as)</source>
      <translation>{file}: не містить підрозділів для імпорту (немає об'єктів з kind або sidc; для ліній і площ потрібен --as)</translation>
    </message>
  </context>
  <context>
    <name>Phases</name>
    <message>
      <location filename="desktop/i18n.py" />
      <source>ceasefire</source>
      <translation>припинення вогню</translation>
    </message>
    <message>
      <location filename="desktop/i18n.py" />
      <source>settlement</source>
      <translation>мирне врегулювання</translation>
    </message>
    <message>
      <location filename="desktop/i18n.py" />
      <source>long term</source>
      <translation>довгострокова</translation>
    </message>
  </context>
  <context>
    <name>PlanFile</name>
    <message>
      <location filename="desktop/model.py" />
      <source>is negative</source>
      <translation>від'ємне</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>is below {limit}</source>
      <translation>менше за {limit}</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>is above {limit}</source>
      <translation>більше за {limit}</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>is empty</source>
      <translation>порожнє</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source>is not the id of a unit (an empty string)</source>
      <translation>не є id підрозділу (порожній рядок)</translation>
    </message>
    <message>
      <location filename="desktop/orbat.py" />
      <source>is the unit itself (a unit cannot command itself)</source>
      <translation>є самим підрозділом (підрозділ не може командувати собою)</translation>
    </message>
    <message>
      <location filename="desktop/orbat.py" />
      <source>is not the id of a unit of the plan</source>
      <translation>не є id жодного підрозділу плану</translation>
    </message>
    <message>
      <location filename="desktop/orbat.py" />
      <source>makes a cycle of command ({chain})</source>
      <translation>утворює замкнене коло підпорядкування ({chain})</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>is not an ISO 3166-1 alpha-2 nation code or ALL</source>
      <translation>не є кодом держави ISO 3166-1 alpha-2 чи ALL</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>is not a list of nation codes (or ["ALL"])</source>
      <translation>не є списком кодів держав (або ["ALL"])</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>holds {item}, which {problem}</source>
      <translation>містить {item}, що {problem}</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>is not an ISO 8601 time</source>
      <translation>не є часом у форматі ISO 8601</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>is not an object {"nation": …, "made": …}</source>
      <translation>не є об'єктом {"nation": …, "made": …}</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>has no nation (an ISO 3166-1 alpha-2 code)</source>
      <translation>не має держави (коду ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>has a made that is not an ISO 8601 time</source>
      <translation>має made, що не є часом у форматі ISO 8601</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>has a from that is not a plan name</source>
      <translation>має from, що не є назвою плану</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{where}: {field} is missing</source>
      <translation>{where}: немає поля {field}</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a finite number</source>
      <translation>не є скінченним числом</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a number</source>
      <translation>не є числом</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is too large (a whole number is at most 2^63 - 1)</source>
      <translation>завелике (ціле число — щонайбільше 2^63 - 1)</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a whole number</source>
      <translation>не є цілим числом</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not valid Unicode (it holds a lone surrogate)</source>
      <translation>не є коректним Unicode (містить непарний сурогат)</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a string</source>
      <translation>не є рядком</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not one of {choices}</source>
      <translation>не є одним із: {choices}</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a list</source>
      <translation>не є списком</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not an object</source>
      <translation>не є об'єктом JSON</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not an ISO 3166-1 alpha-2 code</source>
      <translation>не є кодом ISO 3166-1 alpha-2</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a 20-digit APP-6D symbol code</source>
      <translation>не є 20-значним кодом знака APP-6D</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is nested more than {depth} levels deep</source>
      <translation>має понад {depth} рівнів вкладеності</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a JSON value</source>
      <translation>не є значенням JSON</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a position [longitude, latitude]</source>
      <translation>не є позицією [довгота, широта]</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a longitude in [-180, 180]</source>
      <translation>не є довготою в межах [-180, 180]</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a latitude in [-90, 90]</source>
      <translation>не є широтою в межах [-90, 90]</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>has fewer than {minimum} positions</source>
      <translation>має менше ніж {minimum} позицій</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>has no ring</source>
      <translation>не має жодного контуру</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not closed (first and last positions differ)</source>
      <translation>не замкнений (перша й остання позиції різні)</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not allowed for kind "{kind}" (allowed: {names})</source>
      <translation>не допускається для типу "{kind}" (допустимі: {names})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>feature #{number}</source>
      <translation>об'єкт №{number}</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a non-empty string or an integer</source>
      <translation>не є непорожнім рядком чи цілим числом</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{where}: {value} is not a GeoJSON Feature object</source>
      <translation>{where}: {value} не є об'єктом GeoJSON Feature</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not "Feature"</source>
      <translation>не є "Feature"</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is also the id of {feature}</source>
      <translation>уже є id іншого об'єкта ({feature})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is above 10^13 EUR</source>
      <translation>перевищує 10^13 євро</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is more than {limit} troops</source>
      <translation>перевищує {limit} військових</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not a place of the map data (give {"name", "lon", "lat"} for another place)</source>
      <translation>не є населеним пунктом з даних карти (для іншого місця вкажіть {"name", "lon", "lat"})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is out of range (-{limit} to {limit})</source>
      <translation>поза межами (від -{limit} до {limit})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{file}: posture is missing (a plan file has a "posture" member)</source>
      <translation>{file}: немає поля posture (файл плану має член "posture")</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>is not supported (this build reads format {format})</source>
      <translation>не підтримується (ця версія читає формат {format})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{file}: not UTF-8 text (byte {byte})</source>
      <translation>{file}: не є текстом UTF-8 (байт {byte})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{file}: not valid JSON ({problem} at line {line}, column {column})</source>
      <translation>{file}: некоректний JSON ({problem}, рядок {line}, стовпець {column})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{file}: not valid JSON ({problem})</source>
      <translation>{file}: некоректний JSON ({problem})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{file}: not a GeoJSON FeatureCollection (type is {type})</source>
      <translation>{file}: не є GeoJSON FeatureCollection (тип — {type})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{file}: not GeoJSON (type is {type})</source>
      <translation>{file}: не є GeoJSON (тип — {type})</translation>
    </message>
    <message>
      <location filename="desktop/planfile.py" />
      <source>{file}: holds no contact line or occupied area (no line or polygon)</source>
      <translation>{file}: не містить ні лінії зіткнення, ні окупованої території (немає лінії чи полігона)</translation>
    </message>
    <message>
      <source>{file}: feature #{number}</source>
      <translation type="vanished">{file}: об'єкт №{number}</translation>
    </message>
    <message>
      <source>is also the id of feature #{number}</source>
      <translation type="vanished">уже є id об'єкта №{number}</translation>
    </message>
  </context>
  <context>
    <name>FieldSuffix</name>
    <message>
      <location filename="desktop/model.py" />
      <source> personnel</source>
      <translation> осіб</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source> km</source>
      <translation> км</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source> aircraft</source>
      <translation> літаків</translation>
    </message>
    <message>
      <location filename="desktop/model.py" />
      <source> ships</source>
      <translation> кораблів</translation>
    </message>
  </context>
  <context>
    <name>Orbat</name>
    <message>
      <location filename="desktop/orbat.py" />
      <source>{id!r} is not a unit of the plan</source>
      <translation>{id!r} не є підрозділом плану</translation>
    </message>
    <message>
      <location filename="desktop/orbat.py" />
      <source>{unit} cannot be put under itself</source>
      <translation>{unit} не можна підпорядкувати самому собі</translation>
    </message>
    <message>
      <location filename="desktop/orbat.py" />
      <source>{unit} cannot be put under {other}, which it commands</source>
      <translation>{unit} не можна підпорядкувати підрозділу {other}, яким він сам командує</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/orbat.py" />
      <source>{plan}: %n units, {personnel} personnel (all phases)</source>
      <translation>
        <numerusform>{plan}: %n підрозділ, особового складу {personnel} (усі фази)</numerusform>
        <numerusform>{plan}: %n підрозділи, особового складу {personnel} (усі фази)</numerusform>
        <numerusform>{plan}: %n підрозділів, особового складу {personnel} (усі фази)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/orbat.py" />
      <source>(no units)</source>
      <translation>(немає підрозділів)</translation>
    </message>
    <message>
      <location filename="desktop/orbat.py" />
      <source>, total {n}</source>
      <translation>, разом {n}</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <location filename="desktop/packages.py" />
      <source>this plan</source>
      <translation>цей план</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>{nation} package, {made} UTC</source>
      <translation>пакет {nation}, {made} UTC</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>{nation} package</source>
      <translation>пакет {nation}</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>--nation: {code} is not an ISO 3166-1 alpha-2 nation code</source>
      <translation>--nation: {code} не є кодом держави ISO 3166-1 alpha-2</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>{nation} package of {plan}: {units}, {contributions}, {geometries}</source>
      <translation>пакет {nation} плану {plan}: {units}, {contributions}, {geometries}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packages.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packages.py" />
      <source>%n contribution(s)</source>
      <translation>
        <numerusform>%n внесок</numerusform>
        <numerusform>%n внески</numerusform>
        <numerusform>%n внесків</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packages.py" />
      <source>%n shared geometries</source>
      <translation>
        <numerusform>%n спільна геометрія</numerusform>
        <numerusform>%n спільні геометрії</numerusform>
        <numerusform>%n спільних геометрій</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>would merge</source>
      <translation>буде внесено</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>merged</source>
      <translation>внесено</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packages.py" />
      <source>{plan}: nothing to merge (%n unit(s) already as in the packages)</source>
      <translation>
        <numerusform>{plan}: немає чого вносити (%n підрозділ уже такий, як у пакетах)</numerusform>
        <numerusform>{plan}: немає чого вносити (%n підрозділи вже такі, як у пакетах)</numerusform>
        <numerusform>{plan}: немає чого вносити (%n підрозділів уже такі, як у пакетах)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packages.py" />
      <source>%n unit(s) added</source>
      <translation>
        <numerusform>додано %n підрозділ</numerusform>
        <numerusform>додано %n підрозділи</numerusform>
        <numerusform>додано %n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packages.py" />
      <source>%n updated</source>
      <translation>
        <numerusform>оновлено %n</numerusform>
        <numerusform>оновлено %n</numerusform>
        <numerusform>оновлено %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/packages.py" />
      <source>%n unchanged</source>
      <translation>
        <numerusform>без змін %n</numerusform>
        <numerusform>без змін %n</numerusform>
        <numerusform>без змін %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>contributions of {nations} updated</source>
      <translation>оновлено внески {nations}</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>contact line</source>
      <translation>лінію зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>occupied area</source>
      <translation>окуповану територію</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>{geometries} taken from a package</source>
      <translation>з пакета взято {geometries}</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>not a national package (no posture.package): write one with package</source>
      <translation>не є національним пакетом (немає posture.package): створіть його командою package</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>nation {code} is not an ISO 3166-1 alpha-2 code</source>
      <translation>держава {code} не є кодом ISO 3166-1 alpha-2</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>{name} ({code}) is excluded by doctrine (NAT-EXCLUDED)</source>
      <translation>{name} ({code}) виключено доктриною (NAT-EXCLUDED)</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>a second {code} package (also {file})</source>
      <translation>другий пакет {code} (є також {file})</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>a unit of {nation} in the {code} package</source>
      <translation>підрозділ {nation} у пакеті {code}</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>a contribution of {nation} in the {code} package</source>
      <translation>внесок {nation} у пакеті {code}</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>the plan uses this id for its plan geometry</source>
      <translation>план використовує цей id для своєї геометрії</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>the plan's unit {unit} is {owner}'s: a {code} package may not change it</source>
      <translation>підрозділ плану {unit} належить {owner}: пакет {code} не може його змінювати</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>also in {file}, different</source>
      <translation>є також у {file}, з відмінностями</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>parent {parent} is in neither the plan nor the packages</source>
      <translation>старшого начальника {parent} немає ні в плані, ні в пакетах</translation>
    </message>
    <message>
      <location filename="desktop/packages.py" />
      <source>parent {parent} {problem}</source>
      <translation>старший начальник {parent} {problem}</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Posture plan (*.plan.geojson *.geojson *.json)</source>
      <translation>План Posture (*.plan.geojson *.geojson *.json)</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Everyone (no restriction)</source>
      <translation>Усім (без обмежень)</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>National package</source>
      <translation>Національний пакет</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Nothing was written.</source>
      <translation>Нічого не записано.</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Wrote {file}: {summary}</source>
      <translation>Записано {file}: {summary}</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>ERROR</source>
      <translation>ПОМИЛКА</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>WARNING</source>
      <translation>ПОПЕРЕДЖЕННЯ</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>INFO</source>
      <translation>ДОВІДКА</translation>
    </message>
    <message>
      <location filename="desktop/ui/provenance.py" />
      <source>From the {package}</source>
      <translation>Із: {package}</translation>
    </message>
  </context>
  <context>
    <name>PageData</name>
    <message numerus="yes">
      <location filename="desktop/pagedata.py" />
      <source>%n personnel</source>
      <translation>
        <numerusform>%n особа</numerusform>
        <numerusform>%n особи</numerusform>
        <numerusform>%n осіб</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/pagedata.py" />
      <source>{km} km</source>
      <translation>{km} км</translation>
    </message>
    <message>
      <location filename="desktop/pagedata.py" />
      <source>{count} × {aircraft} (gen {generation})</source>
      <translation>{count} × {aircraft} (покоління {generation})</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagedata.py" />
      <source>%n ship(s)</source>
      <translation>
        <numerusform>%n корабель</numerusform>
        <numerusform>%n кораблі</numerusform>
        <numerusform>%n кораблів</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Posture map</source>
      <translation>Карта розташування сил</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>RELEASE VERSION · positions generalised</source>
      <translation>ВЕРСІЯ ДЛЯ ПОШИРЕННЯ · позиції узагальнено</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>North</source>
      <translation>Північ</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>N</source>
      <translation>Пн</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Legend</source>
      <translation>Умовні знаки</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Contributions</source>
      <translation>Внески</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Findings</source>
      <translation>Зауваження</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Troops</source>
      <translation>Війська</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Share</source>
      <translation>Частка</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Land</source>
      <translation>Сух.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Air</source>
      <translation>Пов.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Sea</source>
      <translation>Мор.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>AD bty</source>
      <translation>Батр ППО</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Aircraft</source>
      <translation>Літаки</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Ships</source>
      <translation>Кораблі</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Other pledges</source>
      <translation>Інші зобов'язання</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Funding</source>
      <translation>Фінансування</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Scale 1 : {ratio} at {lat}° N</source>
      <translation>Масштаб 1 : {ratio} на {lat}° пн. ш.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>{n} km</source>
      <translation>{n} км</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>{n} m</source>
      <translation>{n} м</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Contact line</source>
      <translation>Лінія зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Occupied area</source>
      <translation>Окупована територія</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Air-defence range</source>
      <translation>Зона ураження ППО</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>ISR range</source>
      <translation>Зона дії засобів розвідки (ISR)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Patrol route</source>
      <translation>Маршрут патрулювання</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Patrol area</source>
      <translation>Район патрулювання</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Air patrol (CAP) area</source>
      <translation>Зона чергування в повітрі (CAP)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Priority site, inside air-defence range</source>
      <translation>Пріоритетний об'єкт у зоні ураження ППО</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Priority site, not covered</source>
      <translation>Пріоритетний об'єкт без прикриття</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>MGRS grid</source>
      <translation>Сітка MGRS</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>MGRS grid, {n} km lines (100 km squares named)</source>
      <translation>Сітка MGRS, лінії через {n} км (позначено 100-кілометрові квадрати)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>(breakaway)</source>
      <translation>(невизнане утворення)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries (Runfola et al. 2020) · Made with Natural Earth · Cities © GeoNames (CC BY 4.0)</source>
      <translation>Кордони © учасники OpenStreetMap (ODbL), через geoBoundaries (Runfola et al. 2020) · Створено з Natural Earth · Населені пункти © GeoNames (CC BY 4.0)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>{plan} — figures and order of battle</source>
      <translation>{plan} — показники та бойовий склад</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Order of battle</source>
      <translation>Бойовий склад</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Unit</source>
      <translation>Підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Strength</source>
      <translation>Чисельність</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Total</source>
      <translation>Разом</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>(File › Export has them all).</source>
      <translation>(усі — у меню Файл › Експорт).</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click to open</source>
      <translation>Клацніть, щоб відкрити</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click to add the route’s points; double-click or Enter to finish, Esc to cancel.</source>
      <translation>Клацайте точки маршруту; подвійне клацання або Enter — завершити, Esc — скасувати.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click to add the area’s corners; double-click or Enter to finish, Esc to cancel.</source>
      <translation>Клацайте кути району; подвійне клацання або Enter — завершити, Esc — скасувати.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click to add the CAP area’s corners; double-click or Enter to finish, Esc to cancel.</source>
      <translation>Клацайте кути зони чергування в повітрі (CAP); подвійне клацання або Enter — завершити, Esc — скасувати.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click along the contact line; double-click or Enter to finish, Esc to cancel.</source>
      <translation>Клацайте вздовж лінії зіткнення; подвійне клацання або Enter — завершити, Esc — скасувати.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click around the occupied area; double-click or Enter to finish, Esc to cancel.</source>
      <translation>Клацайте по межі окупованої території; подвійне клацання або Enter — завершити, Esc — скасувати.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click to draw; Enter to finish.</source>
      <translation>Клацайте, щоб нанести; Enter — завершити.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>inside an air-defence ring</source>
      <translation>у зоні ураження ППО</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>NOT covered by air defence</source>
      <translation>НЕ прикрито ППО</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Zoom in</source>
      <translation>Збільшити</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Zoom out</source>
      <translation>Зменшити</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>{n} km²</source>
      <translation>{n} км²</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Measure</source>
      <translation>Вимірювання</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click points on the map. Click the first point again to close an area; double-click or Enter to finish; Esc to end.</source>
      <translation>Клацайте точки на карті. Клацніть першу точку ще раз, щоб замкнути площу; подвійне клацання або Enter — завершити; Esc — вийти.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Leg {n}: {km} · bearing {bearing}</source>
      <translation>Відрізок {n}: {km} · азимут {bearing}</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>To the mouse: {km} · {bearing}</source>
      <translation>До курсора: {km} · {bearing}</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Perimeter: {km}</source>
      <translation>Периметр: {km}</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Total: {km}</source>
      <translation>Разом: {km}</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Area: {area}</source>
      <translation>Площа: {area}</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Keep on map</source>
      <translation>Залишити на карті</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Discard</source>
      <translation>Відкинути</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Click the map to measure again; Esc to end.</source>
      <translation>Клацніть карту, щоб виміряти знову; Esc — вийти.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Double-click or Enter to finish; Esc to end.</source>
      <translation>Подвійне клацання або Enter — завершити; Esc — вийти.</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>removed: {unit}</source>
      <translation>вилучено: {unit}</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>changed</source>
      <translation>змінено</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>moved (arrow from where it stood)</source>
      <translation>переміщено (стрілка від попередньої позиції)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>removed</source>
      <translation>вилучено</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>passes in this plan</source>
      <translation>у цьому плані виконується</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Courses of action compared</source>
      <translation>Порівняння варіантів дій</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>RELEASE VERSION · positions generalised, findings withheld</source>
      <translation>ВЕРСІЯ ДЛЯ ПОШИРЕННЯ · позиції узагальнено, зауваження не розголошено</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Comparison matrix</source>
      <translation>Матриця порівняння</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>best value of the row</source>
      <translation>найкраще значення рядка</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>Differences, unit by unit</source>
      <translation>Відмінності за підрозділами</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>added</source>
      <translation>додано</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>changed (dashed ring)</source>
      <translation>змінено (пунктирне кільце)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>moved (arrow from the first plan’s position)</source>
      <translation>переміщено (стрілка від позиції в першому плані)</translation>
    </message>
    <message>
      <location filename="desktop/pagetext.py" />
      <source>removed (where it stood)</source>
      <translation>вилучено (де стояв)</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>%n unit(s) here — click to open</source>
      <translation>
        <numerusform>Тут %n підрозділ — клацніть, щоб відкрити</numerusform>
        <numerusform>Тут %n підрозділи — клацніть, щоб відкрити</numerusform>
        <numerusform>Тут %n підрозділів — клацніть, щоб відкрити</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>%n unit(s) here: {names}</source>
      <translation>
        <numerusform>Тут %n підрозділ: {names}</numerusform>
        <numerusform>Тут %n підрозділи: {names}</numerusform>
        <numerusform>Тут %n підрозділів: {names}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>%n unit(s) here — choose one</source>
      <translation>
        <numerusform>Тут %n підрозділ — виберіть один</numerusform>
        <numerusform>Тут %n підрозділи — виберіть один</numerusform>
        <numerusform>Тут %n підрозділів — виберіть один</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>… and %n more nation(s) (counted in the total)</source>
      <translation>
        <numerusform>… і ще %n держава (враховано в підсумку)</numerusform>
        <numerusform>… і ще %n держави (враховано в підсумку)</numerusform>
        <numerusform>… і ще %n держав (враховано в підсумку)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>… and %n more finding(s)</source>
      <translation>
        <numerusform>… і ще %n зауваження</numerusform>
        <numerusform>… і ще %n зауваження</numerusform>
        <numerusform>… і ще %n зауважень</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>… and %n more legend entries</source>
      <translation>
        <numerusform>… і ще %n умовний знак</numerusform>
        <numerusform>… і ще %n умовні знаки</numerusform>
        <numerusform>… і ще %n умовних знаків</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>… +%n nation(s)</source>
      <translation>
        <numerusform>… +%n держава</numerusform>
        <numerusform>… +%n держави</numerusform>
        <numerusform>… +%n держав</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/pagetext.py" />
      <source>%n more unit(s) not shown</source>
      <translation>
        <numerusform>Ще %n підрозділ не показано</numerusform>
        <numerusform>Ще %n підрозділи не показано</numerusform>
        <numerusform>Ще %n підрозділів не показано</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Release</name>
    <message>
      <location filename="desktop/release.py" />
      <source>Released plan</source>
      <translation>План для поширення</translation>
    </message>
    <message>
      <location filename="desktop/release.py" />
      <source>withheld (release)</source>
      <translation>не розголошується (версія для поширення)</translation>
    </message>
    <message>
      <location filename="desktop/release.py" />
      <source>Findings withheld: a released map does not show the plan's weaknesses.</source>
      <translation>Зауваження не розголошуються: карта для поширення не показує слабких місць плану.</translation>
    </message>
    <message>
      <location filename="desktop/release.py" />
      <source>Release version (principle of ambiguity): each unit is shown near the centre of its oblast (outside Ukraine: of its country or sea), not at its position, units of one oblast spread around it; strengths are rounded to the nearest 100 (below 100: to the nearest 10); unit names are replaced by their kind; the contact line and occupied area are generalised to a 0.25° grid; amounts are rounded to two significant figures; the mandate, US support, parameters, findings and coverage gaps are withheld; notes and other free text are left out.</source>
      <translation>Версія для поширення (принцип невизначеності): кожен підрозділ показано біля центру його області (поза Україною — країни чи моря), а не на його позиції; підрозділи однієї області розміщено навколо центру; чисельність округлено до сотень (менше 100 — до десятків); назви підрозділів замінено їхнім типом; лінію зіткнення та окуповану територію узагальнено до сітки 0,25°; суми округлено до двох значущих цифр; мандат, підтримку США, параметри, зауваження та прогалини прикриття не розголошено; примітки та інший довільний текст вилучено.</translation>
    </message>
    <message>
      <location filename="desktop/release.py" />
      <source>--release-to: {code} is not an ISO 3166-1 alpha-2 nation code</source>
      <translation>--release-to: {code} не є кодом держави ISO 3166-1 alpha-2</translation>
    </message>
    <message>
      <location filename="desktop/release.py" />
      <source>--release-to: name at least one nation (e.g. PL, or PL,FR)</source>
      <translation>--release-to: вкажіть щонайменше одну державу (наприклад, PL або PL,FR)</translation>
    </message>
    <message>
      <location filename="desktop/release.py" />
      <source>releasable to: {code} is not an ISO 3166-1 alpha-2 nation code (or ALL)</source>
      <translation>дозволено передавати: {code} не є кодом держави ISO 3166-1 alpha-2 (або ALL)</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <location filename="desktop/search.py" />
      <source>City</source>
      <translation>Місто</translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>Port</source>
      <translation>Порт</translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>Airport</source>
      <translation>Аеропорт</translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>Nuclear power plant</source>
      <translation>Атомна електростанція</translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>Hydroelectric plant</source>
      <translation>Гідроелектростанція</translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>under {commander}</source>
      <translation>у підпорядкуванні: {commander}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/search.py" />
      <source>%n personnel</source>
      <translation>
        <numerusform>%n особа</numerusform>
        <numerusform>%n особи</numerusform>
        <numerusform>%n осіб</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>Region of Ukraine ({iso})</source>
      <translation>Регіон України ({iso})</translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>Palette template · {kind}</source>
      <translation>Шаблон палітри · {kind}</translation>
    </message>
    <message>
      <location filename="desktop/search.py" />
      <source>Go to {position}</source>
      <translation>Перейти до {position}</translation>
    </message>
  </context>
  <context>
    <name>Sidc</name>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Reality</source>
      <translation>Реальна обстановка</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Exercise</source>
      <translation>Навчання</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Simulation</source>
      <translation>Імітація</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Pending</source>
      <translation>Очікує визначення</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Unknown</source>
      <translation>Невідомо</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Assumed friend</source>
      <translation>Ймовірно свій</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Friend</source>
      <translation>Свій</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Neutral</source>
      <translation>Нейтральний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Suspect / joker</source>
      <translation>Підозрілий / «джокер»</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Hostile / faker</source>
      <translation>Ворожий / «фейкер»</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Air</source>
      <translation>Повітря</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Air missile</source>
      <translation>Ракети в повітрі</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Space</source>
      <translation>Космос</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Space missile</source>
      <translation>Ракети в космосі</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Land unit</source>
      <translation>Сухопутний підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Land civilian unit</source>
      <translation>Сухопутна цивільна організація</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Land equipment</source>
      <translation>Сухопутне озброєння й техніка</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Land installation</source>
      <translation>Сухопутна споруда</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Control measure</source>
      <translation>Заходи управління (тактичні знаки)</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Dismounted individual</source>
      <translation>Спішена особа</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Sea surface</source>
      <translation>Надводне середовище</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Sea subsurface</source>
      <translation>Підводне середовище</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Mine warfare</source>
      <translation>Мінна боротьба</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Activity</source>
      <translation>Діяльність</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Atmospheric</source>
      <translation>Атмосфера</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Oceanographic</source>
      <translation>Океанографія</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Meteorological space</source>
      <translation>Космічна метеорологія</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Signals intelligence, space</source>
      <translation>Радіоелектронна розвідка, космос</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Signals intelligence, air</source>
      <translation>Радіоелектронна розвідка, повітря</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Signals intelligence, land</source>
      <translation>Радіоелектронна розвідка, суходіл</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Signals intelligence, surface</source>
      <translation>Радіоелектронна розвідка, надводне середовище</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Signals intelligence, subsurface</source>
      <translation>Радіоелектронна розвідка, підводне середовище</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Cyberspace</source>
      <translation>Кіберпростір</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Present</source>
      <translation>Наявний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Planned / anticipated</source>
      <translation>Запланований / очікуваний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Present, fully capable</source>
      <translation>Наявний, повністю боєздатний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Present, damaged</source>
      <translation>Наявний, пошкоджений</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Present, destroyed</source>
      <translation>Наявний, знищений</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Present, full to capacity</source>
      <translation>Наявний, повністю укомплектований</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>None</source>
      <translation>Немає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Feint / dummy</source>
      <translation>Хибний / макет</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Headquarters</source>
      <translation>Штаб</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Feint / dummy headquarters</source>
      <translation>Хибний штаб (макет)</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Task force</source>
      <translation>Тактична група</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Feint / dummy task force</source>
      <translation>Хибна тактична група (макет)</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Task force headquarters</source>
      <translation>Штаб тактичної групи</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Feint / dummy task force headquarters</source>
      <translation>Хибний штаб тактичної групи (макет)</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Team / crew</source>
      <translation>Команда / екіпаж</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Squad</source>
      <translation>Відділення</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Section</source>
      <translation>Секція</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Platoon / detachment</source>
      <translation>Взвод / загін</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Company / battery / troop</source>
      <translation>Рота / батарея / ескадрон</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Battalion / squadron</source>
      <translation>Батальйон / дивізіон</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Regiment / group</source>
      <translation>Полк / група</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Brigade</source>
      <translation>Бригада</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Division</source>
      <translation>Дивізія</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Corps</source>
      <translation>Корпус</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Army</source>
      <translation>Армія</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Army group / front</source>
      <translation>Група армій / фронт</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Region / theatre</source>
      <translation>Регіон / театр воєнних дій</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Command</source>
      <translation>Командування</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Wheeled, limited cross-country</source>
      <translation>Колісний, обмеженої прохідності</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Wheeled, cross-country</source>
      <translation>Колісний, підвищеної прохідності</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Tracked</source>
      <translation>Гусеничний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Wheeled and tracked</source>
      <translation>Колісно-гусеничний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Towed</source>
      <translation>Буксируваний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Rail</source>
      <translation>Залізничний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Pack animals</source>
      <translation>В'ючний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Over snow</source>
      <translation>Снігохідний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Sled</source>
      <translation>На санях</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Short towed array</source>
      <translation>Коротка буксирувана антена</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Long towed array</source>
      <translation>Довга буксирувана антена</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Leader individual</source>
      <translation>Командир</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Deputy individual</source>
      <translation>Заступник командира</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Command and control</source>
      <translation>Управління</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Movement and manoeuvre</source>
      <translation>Рух і маневр</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Armour</source>
      <translation>Танкові підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Infantry</source>
      <translation>Піхота</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Mechanised infantry</source>
      <translation>Механізована піхота</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Motorised infantry</source>
      <translation>Мотопіхота</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Fires</source>
      <translation>Вогневе ураження</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Air defence</source>
      <translation>ППО</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Sustainment</source>
      <translation>Забезпечення</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Supply</source>
      <translation>Постачання</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Engineer</source>
      <translation>Інженерні підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Military aircraft</source>
      <translation>Військовий літальний апарат</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Fixed wing</source>
      <translation>Літак</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Fighter</source>
      <translation>Винищувач</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Reconnaissance</source>
      <translation>Розвідувальний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Airborne early warning (AEW&amp;C)</source>
      <translation>Дальнє радіолокаційне виявлення (AEW&amp;C)</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Unmanned aircraft</source>
      <translation>Безпілотний літальний апарат</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Rotary wing</source>
      <translation>Гелікоптер</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Military space vehicle</source>
      <translation>Військовий космічний апарат</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Satellite</source>
      <translation>Супутник</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Combatant</source>
      <translation>Бойовий корабель</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Surface combatant, line</source>
      <translation>Надводний бойовий корабель основних класів</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Frigate</source>
      <translation>Фрегат</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Corvette</source>
      <translation>Корвет</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Mine warfare vessel</source>
      <translation>Корабель мінної боротьби</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Minehunter</source>
      <translation>Тральщик-шукач мін</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Mine countermeasures</source>
      <translation>Протимінні сили</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Patrol</source>
      <translation>Патрульний</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Patrol craft</source>
      <translation>Патрульний катер</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Navy task organisation unit</source>
      <translation>Тактичне угруповання ВМС</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Weapon</source>
      <translation>Озброєння</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Installation</source>
      <translation>Об'єкт</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>has version {value}, which APP-6D does not define</source>
      <translation>має версію {value}, якої APP-6D не визначає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>has context {value}, which APP-6D does not define</source>
      <translation>має контекст {value}, якого APP-6D не визначає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>has standard identity {value}, which APP-6D does not define</source>
      <translation>має стандартну належність {value}, якої APP-6D не визначає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>has symbol set {value}, which APP-6D does not define</source>
      <translation>має набір знаків {value}, якого APP-6D не визначає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>has status {value}, which APP-6D does not define</source>
      <translation>має статус {value}, якого APP-6D не визначає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>has headquarters / task force / dummy {value}, which APP-6D does not define</source>
      <translation>має ознаку «штаб / тактична група / макет» {value}, якої APP-6D не визначає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>is not a 20-digit APP-6D symbol code</source>
      <translation>не є 20-значним кодом знака APP-6D</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>has echelon/mobility {amplifier}, which symbol set {set} does not allow</source>
      <translation>має ешелон/рухомість {amplifier}, яких набір знаків {set} не допускає</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>not a {width}-digit field: {value!r}</source>
      <translation>не {width}-значне поле: {value!r}</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>{name} (entity {code})</source>
      <translation>{name} (сутність {code})</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>entity {code}</source>
      <translation>сутність {code}</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Echelon: {echelon}</source>
      <translation>Ешелон: {echelon}</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Mobility: {mobility}</source>
      <translation>Рухомість: {mobility}</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Status: {status}</source>
      <translation>Стан: {status}</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Context: {context}</source>
      <translation>Контекст: {context}</translation>
    </message>
    <message>
      <location filename="desktop/sidc.py" />
      <source>Modifiers {first} / {second}</source>
      <translation>Модифікатори {first} / {second}</translation>
    </message>
    <message>
      <location filename="desktop/symbols.py" />
      <source>Modifiers: {names}</source>
      <translation>Модифікатори: {names}</translation>
    </message>
  </context>
  <context>
    <name>Suggest</name>
    <message>
      <location filename="desktop/suggest.py" />
      <source>{km} km from {place}</source>
      <translation>за {km} км від міста {place}</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>at {place}</source>
      <translation>у місті {place}</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>Move {unit} {km} km, to {where}.</source>
      <translation>Перемістити {unit} на {km} км — {where}.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>Move {unit} {km} km out to sea.</source>
      <translation>Перемістити {unit} на {km} км у море.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>Deploy {unit} from the ceasefire.</source>
      <translation>Розгорнути {unit} з фази припинення вогню.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>Add a {nation} {unit}, {where}.</source>
      <translation>Додати: {unit} ({nation}), {where}.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>Move {unit} {km} km, to {where}, within reach of the Belarusian border.</source>
      <translation>Перемістити {unit} на {km} км — {where}, у межах досяжності кордону з Білоруссю.</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/suggest.py" />
      <source>Reposition %n air-defence battery(ies) to cover more priority sites.</source>
      <translation>
        <numerusform>Передислокувати %n батарею ППО, щоб прикрити більше пріоритетних об'єктів.</numerusform>
        <numerusform>Передислокувати %n батареї ППО, щоб прикрити більше пріоритетних об'єктів.</numerusform>
        <numerusform>Передислокувати %n батарей ППО, щоб прикрити більше пріоритетних об'єктів.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>Plan: {plan} — profile {profile}, phase {phase}</source>
      <translation>План: {plan} — профіль {profile}, фаза «{phase}»</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>No fix to propose: every finding Posture can mend is already mended.</source>
      <translation>Пропозицій немає: усе, що Posture може виправити, уже виправлено.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>clears {findings}</source>
      <translation>усуває {findings}</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>Air defence: {covered} of {sites} priority sites covered as placed, {best} at best with the same batteries (optimality gap {gap}).</source>
      <translation>ППО: за поточного розташування прикрито {covered} з {sites} пріоритетних об'єктів, за найкращого розташування тих самих батарей — {best} (розрив оптимальності {gap}).</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/suggest.py" />
      <source>%n more battery(ies) of the longest range would cover every site an allowed position can reach.</source>
      <translation>
        <numerusform>Ще %n батарея найбільшої дальності прикрила б усі об'єкти, досяжні з дозволених позицій.</numerusform>
        <numerusform>Ще %n батареї найбільшої дальності прикрили б усі об'єкти, досяжні з дозволених позицій.</numerusform>
        <numerusform>Ще %n батарей найбільшої дальності прикрили б усі об'єкти, досяжні з дозволених позицій.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" />
      <source>No allowed position covers: {sites}.</source>
      <translation>Жодна дозволена позиція не прикриває: {sites}.</translation>
    </message>
  </context>
  <context>
    <name>TileSet</name>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: holds vector tiles; a base map needs raster (PNG or JPEG) tiles</source>
      <translation>{file}: містить векторні тайли; для картооснови потрібні растрові тайли (PNG або JPEG)</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: its tiles are neither PNG nor JPEG</source>
      <translation>{file}: його тайли не є ні PNG, ні JPEG</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: holds no tiles</source>
      <translation>{file}: не містить тайлів</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: holds vector tiles (format {format}); a base map needs raster (PNG or JPEG) tiles</source>
      <translation>{file}: містить векторні тайли (формат {format}); для картооснови потрібні растрові тайли (PNG або JPEG)</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: a GeoPackage without a tile layer (its layers are vector data)</source>
      <translation>{file}: GeoPackage без шару тайлів (його шари — векторні дані)</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: tile layer {layer} has no tile matrix set</source>
      <translation>{file}: шар тайлів {layer} не має набору матриць тайлів</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: tile layer {layer} is not on the Web Mercator grid (EPSG:3857, Google Maps compatible); make it with gdal_translate -of GPKG -co TILING_SCHEME=GoogleMapsCompatible</source>
      <translation>{file}: шар тайлів {layer} не в сітці Web Mercator (EPSG:3857, сумісній з Google Maps); створіть його командою gdal_translate -of GPKG -co TILING_SCHEME=GoogleMapsCompatible</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: tile layer {layer} zoom level {level} is not on the Web Mercator grid</source>
      <translation>{file}: шар тайлів {layer}, рівень масштабу {level}, не в сітці Web Mercator</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: tile layer {layer} mixes tile grids</source>
      <translation>{file}: шар тайлів {layer} змішує різні сітки тайлів</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>no such file</source>
      <translation>немає такого файлу</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>not a file</source>
      <translation>це не файл</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: not a tile file (an MBTiles or GeoPackage file is an SQLite database)</source>
      <translation>{file}: не є файлом тайлів (файл MBTiles чи GeoPackage — це база даних SQLite)</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: cannot be opened ({detail})</source>
      <translation>{file}: не вдалося відкрити ({detail})</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: not a tile set (neither MBTiles nor a GeoPackage with tiles)</source>
      <translation>{file}: не є набором тайлів (ні MBTiles, ні GeoPackage з тайлами)</translation>
    </message>
    <message>
      <location filename="desktop/tileset.py" />
      <source>{file}: damaged or not a tile set ({detail})</source>
      <translation>{file}: пошкоджений або не є набором тайлів ({detail})</translation>
    </message>
  </context>
  <context>
    <name>AddAtDialog</name>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Add unit at a position</source>
      <translation>Додати підрозділ за координатами</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>MGRS, degrees-minutes-seconds or decimal degrees (latitude first)</source>
      <translation>MGRS, градуси-хвилини-секунди або десяткові градуси (спершу широта)</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Add</source>
      <translation>Додати</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Unit</source>
      <translation>Підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Position</source>
      <translation>Координати</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Type a position.</source>
      <translation>Введіть координати.</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Position: {error}</source>
      <translation>Координати: {error}</translation>
    </message>
    <message>
      <location filename="desktop/ui/addat.py" />
      <source>Nation: “{nation}” is not an ISO 3166-1 alpha-2 code.</source>
      <translation>Держава: «{nation}» не є кодом ISO 3166-1 alpha-2.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="desktop/ui/app.py" />
      <source>--size must look like 1600x1000, got “{text}”</source>
      <translation>--size має мати вигляд 1600x1000, отримано «{text}»</translation>
    </message>
    <message>
      <location filename="desktop/ui/app.py" />
      <source>--size {text} is out of range (320x240 to 8000x8000)</source>
      <translation>--size {text} поза межами (від 320x240 до 8000x8000)</translation>
    </message>
  </context>
  <context>
    <name>BaseMapDialog</name>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Tile sets (*.mbtiles *.gpkg);;MBTiles (*.mbtiles);;GeoPackage (*.gpkg);;All files (*)</source>
      <translation>Набори тайлів (*.mbtiles *.gpkg);;MBTiles (*.mbtiles);;GeoPackage (*.gpkg);;Усі файли (*)</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>outlines and labels only</source>
      <translation>лише контури й підписи</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>full (fills too)</source>
      <translation>повністю (із заливкою)</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>off</source>
      <translation>вимкнено</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Base map</source>
      <translation>Картооснова</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>The built-in base map is shown.</source>
      <translation>Показано вбудовану картооснову.</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Draw your own offline raster map (MBTiles or GeoPackage tiles) under the plan. The file is read, never changed; nothing is fetched from a network.</source>
      <translation>Підкладіть під план власну офлайн-растрову картооснову (тайли MBTiles або GeoPackage). Файл лише читається й ніколи не змінюється; з мережі нічого не завантажується.</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>none: the built-in vector map only</source>
      <translation>немає: лише вбудована векторна картооснова</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>An .mbtiles or .gpkg file of PNG or JPEG tiles</source>
      <translation>Файл .mbtiles або .gpkg з тайлами PNG чи JPEG</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Choose…</source>
      <translation>Вибрати…</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>None</source>
      <translation>Немає</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Back to the built-in base map only</source>
      <translation>Повернутися лише до вбудованої картооснови</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Tile file:</source>
      <translation>Файл тайлів:</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Show it</source>
      <translation>Показувати</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>How opaque the raster map is</source>
      <translation>Непрозорість растрової карти</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Opacity:</source>
      <translation>Непрозорість:</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>How the built-in vector map draws over your raster map</source>
      <translation>Як вбудована векторна карта показується поверх вашої растрової</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Vector map over it:</source>
      <translation>Векторна карта поверх:</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Attribution (from the file):</source>
      <translation>Атрибуція (з файлу):</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Base map tile file</source>
      <translation>Файл тайлів картооснови</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>The base map is shown but could not be remembered.</source>
      <translation>Картооснову показано, але запам'ятати її не вдалося.</translation>
    </message>
    <message>
      <location filename="desktop/ui/basemapui.py" />
      <source>Base map: {name}</source>
      <translation>Картооснова: {name}</translation>
    </message>
  </context>
  <context>
    <name>ChartsView</name>
    <message>
      <location filename="desktop/ui/chartsview.py" />
      <source>Counted as the rules count: units outside Ukraine on land are staging (0). Pledges are contributions of kind “troops”.</source>
      <translation>Підраховано так само, як у правилах: сухопутні підрозділи за межами України перебувають у районах зосередження (0). Зобов'язання — це внески типу «війська».</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Add {unit}</source>
      <translation>Додати {unit}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/commands.py" />
      <source>Add %n unit(s)</source>
      <translation>
        <numerusform>Додати %n підрозділ</numerusform>
        <numerusform>Додати %n підрозділи</numerusform>
        <numerusform>Додати %n підрозділів</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Move {unit}</source>
      <translation>Перемістити {unit}</translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Edit {unit}</source>
      <translation>Змінити {unit}</translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Delete {unit}</source>
      <translation>Видалити {unit}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/commands.py" />
      <source>Delete %n unit(s)</source>
      <translation>
        <numerusform>Видалити %n підрозділ</numerusform>
        <numerusform>Видалити %n підрозділи</numerusform>
        <numerusform>Видалити %n підрозділів</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Set {name} to the profile's default</source>
      <translation>{name}: типове значення профілю</translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Set {name} to {value}</source>
      <translation>{name}: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Clear the contact line</source>
      <translation>Прибрати лінію зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Draw the contact line</source>
      <translation>Нанести лінію зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Clear the occupied area</source>
      <translation>Прибрати окуповану територію</translation>
    </message>
    <message>
      <location filename="desktop/ui/commands.py" />
      <source>Draw the occupied area</source>
      <translation>Нанести окуповану територію</translation>
    </message>
  </context>
  <context>
    <name>CompareSheet</name>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>each plan's own</source>
      <translation>власний профіль кожного плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>Phase</source>
      <translation>Фаза</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>Profile</source>
      <translation>Профіль</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>{profile} (findings under both)</source>
      <translation>{profile} (зауваження за обома)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>Compared with</source>
      <translation>Порівняно з</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>Date-time</source>
      <translation>Дата й час</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>Courses of action compared — {plans} (release)</source>
      <translation>Порівняння варіантів дій — {plans} (версія для поширення)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>Courses of action compared — {plans}</source>
      <translation>Порівняння варіантів дій — {plans}</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>{plan} against {first}</source>
      <translation>{plan} порівняно з {first}</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="desktop/ui/compareprint.py" />
      <source>{file}: is the library or one of the plans compared; it is never overwritten</source>
      <translation>{file}: це бібліотека або один із порівнюваних планів; їх ніколи не перезаписують</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the print was cancelled</source>
      <translation>друк скасовано</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the print page could not be loaded</source>
      <translation>не вдалося завантажити сторінку друку</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the print page failed while {what}: {error}</source>
      <translation>помилка сторінки друку під час етапу «{what}»: {error}</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the print page did not finish {what} in time</source>
      <translation>сторінка друку не завершила етап «{what}» вчасно</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>loading</source>
      <translation>завантаження</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>laying out the sheet</source>
      <translation>компонування аркуша</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>writing the PDF</source>
      <translation>запис PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Chromium produced no PDF</source>
      <translation>Chromium не створив PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>a PDF is not text: give a file name, not - (standard output)</source>
      <translation>PDF — не текст: вкажіть ім'я файлу, а не - (стандартний вивід)</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the PDF to print could not be read</source>
      <translation>не вдалося прочитати PDF для друку</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the printer could not be opened</source>
      <translation>не вдалося відкрити принтер</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>page {n} could not be drawn</source>
      <translation>не вдалося побудувати сторінку {n}</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the sheet could not be read back to draw the picture</source>
      <translation>не вдалося прочитати аркуш, щоб побудувати зображення</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the sheet could not be drawn as a picture</source>
      <translation>не вдалося побудувати аркуш як зображення</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>the picture could not be encoded as PNG</source>
      <translation>не вдалося закодувати зображення у PNG</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>export to standard output: png is not a text format; give a file name</source>
      <translation>експорт у стандартний вивід: png — не текстовий формат; вкажіть ім'я файлу</translation>
    </message>
  </context>
  <context>
    <name>ComparePicker</name>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Posture plan files (*.plan.geojson *.geojson *.json);;All files (*)</source>
      <translation>Файли планів Posture (*.plan.geojson *.geojson *.json);;Усі файли (*)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Compare courses of action</source>
      <translation>Порівняння варіантів дій</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Tick 2 to 4 plans; the first ticked is the one the others are compared with</source>
      <translation>Позначте від 2 до 4 планів; з першим позначеним порівнюються інші</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/compareview.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/compareview.py" />
      <source>%n troop(s)</source>
      <translation>
        <numerusform>%n військовослужбовець</numerusform>
        <numerusform>%n військовослужбовці</numerusform>
        <numerusform>%n військовослужбовців</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Add plan &amp;file…</source>
      <translation>Додати &amp;файл плану…</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Read a *.plan.geojson without adding it to the library</source>
      <translation>Прочитати *.plan.geojson, не додаючи його до бібліотеки</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>&amp;Compare</source>
      <translation>&amp;Порівняти</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Plans to compare (2 to 4; the first ticked is compared with the others):</source>
      <translation>Плани для порівняння (від 2 до 4; перший позначений порівнюється з іншими):</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/compareview.py" />
      <source>At most %n plan(s) side by side.</source>
      <translation>
        <numerusform>Поруч — не більше %n плану.</numerusform>
        <numerusform>Поруч — не більше %n планів.</numerusform>
        <numerusform>Поруч — не більше %n планів.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/compareview.py" />
      <source>%n ticked</source>
      <translation>
        <numerusform>позначено %n</numerusform>
        <numerusform>позначено %n</numerusform>
        <numerusform>позначено %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/compareview.py" />
      <source>Tick at least %n plan(s)</source>
      <translation>
        <numerusform>Позначте принаймні %n план</numerusform>
        <numerusform>Позначте принаймні %n плани</numerusform>
        <numerusform>Позначте принаймні %n планів</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Plan file to compare</source>
      <translation>Файл плану для порівняння</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Compare</source>
      <translation>Порівняння</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>{path} cannot be compared.</source>
      <translation>{path} неможливо порівняти.</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>file {name}, {units}</source>
      <translation>файл {name}, {units}</translation>
    </message>
  </context>
  <context>
    <name>CompareWindow</name>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Compare: {plans} — Posture</source>
      <translation>Порівняння: {plans} — Posture</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Click a rule row to see on the maps why it fires.</source>
      <translation>Клацніть рядок правила, щоб побачити на картах, чому його порушено.</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Compare</source>
      <translation>Порівняння</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Side by side</source>
      <translation>Поруч</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>The plans' maps side by side, pan and zoom in step (Ctrl+1)</source>
      <translation>Карти планів поруч, переміщення й масштаб синхронно (Ctrl+1)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Differences on one map</source>
      <translation>Відмінності на одній карті</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>One map: added, removed, moved (arrow) and changed units of a variant (Ctrl+2)</source>
      <translation>Одна карта: додані, вилучені, переміщені (стрілка) та змінені підрозділи варіанта (Ctrl+2)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>{plan} against {first}</source>
      <translation>{plan} порівняно з {first}</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>The variant whose differences the one map shows</source>
      <translation>Варіант, відмінності якого показує карта</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>{phase} phase</source>
      <translation>фаза «{phase}»</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>The phase the plans are compared in (troops, units, findings)</source>
      <translation>Фаза, у якій порівнюються плани (війська, підрозділи, зауваження)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Each plan's own profile</source>
      <translation>Власний профіль кожного плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>The profile for coverage of priority sites, distances and US dependence (findings show both)</source>
      <translation>Профіль для прикриття пріоритетних об'єктів, відстаней і залежності від США (зауваження — за обома)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Release version</source>
      <translation>Версія для поширення</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Print the release version: positions generalised, names, findings and details withheld</source>
      <translation>Друкувати версію для поширення: позиції узагальнено, назви, зауваження й подробиці приховано</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Save comparison &amp;PDF…</source>
      <translation>Зберегти порівняння в &amp;PDF…</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Print the comparison sheet (maps, matrix, differences) to a PDF</source>
      <translation>Надрукувати аркуш порівняння (карти, матриця, відмінності) у PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source> (compared with the others)</source>
      <translation> (з ним порівнюються інші)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Differences, unit by unit (click: find on the map)</source>
      <translation>Відмінності за підрозділами (клацання — знайти на карті)</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>{rule} under {profile}: click to see why</source>
      <translation>{rule} за профілем {profile}: клацніть, щоб побачити чому</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Best value of the row</source>
      <translation>Найкраще значення рядка</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Click: show on the maps why</source>
      <translation>Клацання — показати причину на картах</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>each plan's own profile</source>
      <translation>власний профіль кожного плану</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/compareview.py" />
      <source>%n plan(s) · {phase} phase · {profile} · each compared with {first} · read-only (nothing is changed)</source>
      <translation>
        <numerusform>%n план · фаза «{phase}» · {profile} · кожен порівнюється з {first} · лише перегляд (нічого не змінюється)</numerusform>
        <numerusform>%n плани · фаза «{phase}» · {profile} · кожен порівнюється з {first} · лише перегляд (нічого не змінюється)</numerusform>
        <numerusform>%n планів · фаза «{phase}» · {profile} · кожен порівнюється з {first} · лише перегляд (нічого не змінюється)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Save the comparison as PDF</source>
      <translation>Зберегти порівняння як PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>comparison</source>
      <translation>порівняння</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Save PDF</source>
      <translation>Зберегти PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>The comparison could not be printed.</source>
      <translation>Порівняння не вдалося надрукувати.</translation>
    </message>
    <message>
      <location filename="desktop/ui/compareview.py" />
      <source>Saved the comparison to {path}</source>
      <translation>Порівняння збережено: {path}</translation>
    </message>
  </context>
  <context>
    <name>PlanLibraryDialog</name>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Posture plans (*.plan.geojson *.geojson *.json);;All files (*)</source>
      <translation>Плани Posture (*.plan.geojson *.geojson *.json);;Усі файли (*)</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Plan library cannot be opened</source>
      <translation>Бібліотеку планів неможливо відкрити</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>The file was left as it was. Open another library, or create a new one?</source>
      <translation>Файл залишено без змін. Відкрити іншу бібліотеку чи створити нову?</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Open another…</source>
      <translation>Відкрити іншу…</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Create new…</source>
      <translation>Створити нову…</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Open plan library</source>
      <translation>Відкрити бібліотеку планів</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Plan library (*.sqlite *.db);;All files (*)</source>
      <translation>Бібліотека планів (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>New plan library</source>
      <translation>Нова бібліотека планів</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Plan library (*.sqlite)</source>
      <translation>Бібліотека планів (*.sqlite)</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Plan library</source>
      <translation>Бібліотека планів</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Id</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Name</source>
      <translation>Назва</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Units</source>
      <translation>Підрозділів</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Troops</source>
      <translation>Військ</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Last change</source>
      <translation>Остання зміна</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>The library is empty. Create a new plan or import a plan file.</source>
      <translation>Бібліотека порожня. Створіть новий план або імпортуйте файл плану.</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Duplicate</source>
      <translation>Дублювати</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Copy the selected plan under a new name</source>
      <translation>Скопіювати вибраний план під новою назвою</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Rename…</source>
      <translation>Перейменувати…</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Rename the selected plan</source>
      <translation>Перейменувати вибраний план</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Delete…</source>
      <translation>Видалити…</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Delete the selected plan (asks first)</source>
      <translation>Видалити вибраний план (з підтвердженням)</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>{name} (copy)</source>
      <translation>{name} (копія)</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Rename plan</source>
      <translation>Перейменування плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>New name:</source>
      <translation>Нова назва:</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>This plan is open. Open another plan before deleting it.</source>
      <translation>Цей план відкрито. Перш ніж видаляти його, відкрийте інший план.</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Delete plan</source>
      <translation>Видалення плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Delete the plan “{name}” and all its units? This cannot be undone.</source>
      <translation>Видалити план «{name}» з усіма підрозділами? Цю дію неможливо скасувати.</translation>
    </message>
    <message>
      <location filename="desktop/ui/dialogs.py" />
      <source>Delete</source>
      <translation>Видалити</translation>
    </message>
  </context>
  <context>
    <name>PlanDocument</name>
    <message>
      <location filename="desktop/ui/document.py" />
      <source>Another Posture window changed this plan a moment ago; it has been reloaded. Please make your change again.</source>
      <translation>Інше вікно Posture щойно змінило цей план; його перезавантажено. Повторіть свою зміну.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Plan file (GeoJSON)</source>
      <translation>Файл плану (GeoJSON)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Posture plan (*.plan.geojson)</source>
      <translation>План Posture (*.plan.geojson)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>KML for Google Earth / GIS</source>
      <translation>KML для Google Earth / ГІС</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>GeoPackage for QGIS / GDAL</source>
      <translation>GeoPackage для QGIS / GDAL</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Contribution ledger (CSV)</source>
      <translation>Відомість внесків (CSV)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Contribution ledger (Excel workbook)</source>
      <translation>Відомість внесків (книга Excel)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Interactive map (HTML, works offline)</source>
      <translation>Інтерактивна карта (HTML, працює офлайн)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Picture of the current map view (PNG)</source>
      <translation>Зображення поточного вигляду карти (PNG)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>PNG image (*.png)</source>
      <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Export plan</source>
      <translation>Експорт плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Release mode: positions generalised to oblasts, strengths rounded, names hidden</source>
      <translation>Режим поширення: позиції узагальнено до областей, чисельність округлено, назви приховано</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>The ambiguity principle: no exact position, strength or name leaves the building</source>
      <translation>Принцип невизначеності: жодна точна позиція, чисельність чи назва не виходять назовні</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Write only what is releasable to this nation (its releasable_to), marked REL TO</source>
      <translation>Записати лише те, що дозволено передавати цій державі (її releasable_to), з позначкою REL TO</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Choose…</source>
      <translation>Вибрати…</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Release to</source>
      <translation>Передати</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Export to</source>
      <translation>Експортувати до</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Release: a picture of the map view shows exact positions and names, so it cannot be released. Untick Release, or print a released sheet (File › Print).</source>
      <translation>Поширення: зображення карти показує точні позиції й назви, тож його не можна поширювати. Зніміть позначку «Режим поширення» або надрукуйте аркуш для поширення (Файл › Друк).</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>File: choose where to write the export.</source>
      <translation>Файл: виберіть, куди записати експорт.</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>File: the folder {folder} does not exist.</source>
      <translation>Файл: теки {folder} не існує.</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Export</source>
      <translation>Експорт</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Nothing was written.</source>
      <translation>Нічого не записано.</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Writing {file}…</source>
      <translation>Запис {file}…</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Cancel</source>
      <translation>Скасувати</translation>
    </message>
    <message>
      <location filename="desktop/ui/exporting.py" />
      <source>Exported {format} to {path}</source>
      <translation>Експортовано ({format}): {path}</translation>
    </message>
  </context>
  <context>
    <name>Fixes</name>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>new unit</source>
      <translation>новий підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>No fix</source>
      <translation>Виправлення немає</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Posture knows no edit that mends {rule} here.</source>
      <translation>Posture не знає зміни, яка виправила б тут {rule}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Proposed fix</source>
      <translation>Запропоноване виправлення</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Clears: {clears}. Apply it?</source>
      <translation>Усуває: {clears}. Застосувати?</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Propose a fix…</source>
      <translation>Запропонувати виправлення…</translation>
    </message>
  </context>
  <context>
    <name>FixesDialog</name>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Propose fixes</source>
      <translation>Запропонувати виправлення</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>For {finding}: {message}
Clears: {clears}</source>
      <translation>Для {finding}: {message}
Усуває: {clears}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/fixes.py" />
      <source>%n proposal(s)</source>
      <translation>
        <numerusform>%n пропозиція</numerusform>
        <numerusform>%n пропозиції</numerusform>
        <numerusform>%n пропозицій</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>{count} under the {profile} profile, {phase} phase.</source>
      <translation>{count} за профілем {profile}, фаза «{phase}».</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Each is checked by the principles engine: it clears its finding and brings in no error. The ghosts on the map show where units would go. Untick what you do not want; Apply makes one undo step.</source>
      <translation>Кожну перевірено механізмом принципів: вона усуває своє зауваження й не додає помилок. Напівпрозорі знаки на карті показують, куди стануть підрозділи. Зніміть позначки з непотрібного; «Застосувати» — один крок скасування.</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>No fix to propose: every finding Posture knows how to mend is already mended (findings about nations, the mandate or the force's size need a planner's decision).</source>
      <translation>Пропозицій немає: усе, що Posture вміє виправляти, уже виправлено (зауваження щодо держав, мандата чи чисельності сил потребують рішення планувальника).</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Apply</source>
      <translation>Застосувати</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/fixes.py" />
      <source>Apply %n proposed fix(es)</source>
      <translation>
        <numerusform>Застосувати %n запропоноване виправлення</numerusform>
        <numerusform>Застосувати %n запропоновані виправлення</numerusform>
        <numerusform>Застосувати %n запропонованих виправлень</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AirDefenceDialog</name>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Place air defence</source>
      <translation>Розташування ППО</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Priority sites ({profile}): {sites}. Covered as placed: {before}; with the proposed positions: {after} (optimality gap {gap}).</source>
      <translation>Пріоритетних об'єктів ({profile}): {sites}. Прикрито за поточного розташування: {before}; із запропонованими позиціями: {after} (розрив оптимальності {gap}).</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>The plan has no priority site to cover.</source>
      <translation>У плані немає пріоритетних об'єктів для прикриття.</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>No move of the batteries already placed covers more sites.</source>
      <translation>Жодне переміщення вже розташованих батарей не прикриває більше об'єктів.</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/fixes.py" />
      <source>%n more battery(ies) of the longest range placed would cover every site that an allowed position can reach.</source>
      <translation>
        <numerusform>Ще %n батарея найбільшої дальності прикрила б усі об'єкти, досяжні з дозволених позицій.</numerusform>
        <numerusform>Ще %n батареї найбільшої дальності прикрили б усі об'єкти, досяжні з дозволених позицій.</numerusform>
        <numerusform>Ще %n батарей найбільшої дальності прикрили б усі об'єкти, досяжні з дозволених позицій.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>No allowed position covers: {sites}.</source>
      <translation>Жодна дозволена позиція не прикриває: {sites}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Battery</source>
      <translation>Батарея</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Moves</source>
      <translation>Переміщення</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>To</source>
      <translation>Куди</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>{lat}° N, {lon}° E</source>
      <translation>{lat}° пн. ш., {lon}° сх. д.</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>Move the batteries</source>
      <translation>Перемістити батареї</translation>
    </message>
    <message>
      <location filename="desktop/ui/fixes.py" />
      <source>One undo step moves every battery listed</source>
      <translation>Один крок скасування переміщує всі перелічені батареї</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/fixes.py" />
      <source>Move %n air-defence battery(ies)</source>
      <translation>
        <numerusform>Перемістити %n батарею ППО</numerusform>
        <numerusform>Перемістити %n батареї ППО</numerusform>
        <numerusform>Перемістити %n батарей ППО</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GisImportDialog</name>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Plans and GIS files (*.plan.geojson *.geojson *.json *.kml *.kmz *.gpkg *.shp *.csv *.fgb *.gpx *.xlsx *.ods);;Posture plans (*.plan.geojson);;KML / KMZ (*.kml *.kmz);;GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;CSV (*.csv);;All files (*)</source>
      <translation>Плани та ГІС-файли (*.plan.geojson *.geojson *.json *.kml *.kmz *.gpkg *.shp *.csv *.fgb *.gpx *.xlsx *.ods);;Плани Posture (*.plan.geojson);;KML / KMZ (*.kml *.kmz);;GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Feature</source>
      <translation>Об'єкт</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Becomes</source>
      <translation>Стає</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Name</source>
      <translation>Назва</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Strength</source>
      <translation>Чисельність</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Geometry</source>
      <translation>Геометрія</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Note</source>
      <translation>Примітка</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>unit</source>
      <translation>підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>skipped</source>
      <translation>пропущено</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>contact line</source>
      <translation>лінія зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>occupied area</source>
      <translation>окупована територія</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>point</source>
      <translation>точка</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>points</source>
      <translation>точки</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>line</source>
      <translation>лінія</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>lines</source>
      <translation>лінії</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>area</source>
      <translation>район</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>areas</source>
      <translation>райони</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>skipped (no unit kind)</source>
      <translation>пропускати (без типу підрозділу)</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>the contact line</source>
      <translation>лінія зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>the occupied area</source>
      <translation>окупована територія</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Import {file}</source>
      <translation>Імпорт {file}</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>{file} — how its features become a plan:</source>
      <translation>{file} — як його об'єкти стають планом:</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>from the file (nation or country)</source>
      <translation>з файлу (nation або country)</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>The nation of every feature that names none (--nation)</source>
      <translation>Держава кожного об'єкта, що її не вказує (--nation)</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Lines or areas without a unit kind become this plan geometry (--as)</source>
      <translation>Лінії чи райони без типу підрозділу стають цією геометрією плану (--as)</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>the file's name</source>
      <translation>назва файлу</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>The new plan's name (--name)</source>
      <translation>Назва нового плану (--name)</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Nation of features without one:</source>
      <translation>Держава об'єктів без держави:</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Lines and areas without a kind:</source>
      <translation>Лінії та райони без типу:</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Plan name:</source>
      <translation>Назва плану:</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Import</source>
      <translation>Імпортувати</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>This file cannot be imported as it is:</source>
      <translation>Цей файл неможливо імпортувати в такому вигляді:</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/gisimportui.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/gisimportui.py" />
      <source>%n line(s) or area(s) skipped</source>
      <translation>
        <numerusform>пропущено %n лінію чи район</numerusform>
        <numerusform>пропущено %n лінії чи райони</numerusform>
        <numerusform>пропущено %n ліній чи районів</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>A new plan “{plan}” ({driver}): {parts}.</source>
      <translation>Новий план «{plan}» ({driver}): {parts}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Columns read as: {columns}.</source>
      <translation>Стовпці прочитано як: {columns}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Import a plan or GIS file</source>
      <translation>Імпорт плану чи ГІС-файлу</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Nothing was imported.</source>
      <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
      <location filename="desktop/ui/gisimportui.py" />
      <source>Imported “{plan}” ({units})</source>
      <translation>Імпортовано «{plan}» ({units})</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Map: end drawing or measuring; clear the selection</source>
      <translation>Карта: завершити креслення або вимірювання; зняти виділення</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Map: finish a drawing or a measurement; edit the selected unit</source>
      <translation>Карта: завершити креслення або вимірювання; редагувати виділений підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Map: delete the selected units</source>
      <translation>Карта: видалити виділені підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Shift+click, Ctrl+click</source>
      <translation>Shift+клац, Ctrl+клац</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Map: add a unit to the selection</source>
      <translation>Карта: додати підрозділ до виділення</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Double-click</source>
      <translation>Подвійний клац</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Map: edit a unit; finish a drawing or a measurement</source>
      <translation>Карта: редагувати підрозділ; завершити креслення або вимірювання</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Mouse wheel, + / −</source>
      <translation>Коліщатко миші, + / −</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Map: zoom</source>
      <translation>Карта: масштаб</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Every keyboard shortcut of the window and the map</source>
      <translation>Усі клавіатурні скорочення вікна та карти</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Keyboard shortcuts</source>
      <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Keys</source>
      <translation>Клавіші</translation>
    </message>
    <message>
      <location filename="desktop/ui/helpmenu.py" />
      <source>Does</source>
      <translation>Дія</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <location filename="desktop/ui/legend.py" />
      <source>Legend</source>
      <translation>Умовні знаки</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/legend.py" />
      <source>and %n more symbol(s)</source>
      <translation>
        <numerusform>і ще %n знак</numerusform>
        <numerusform>і ще %n знаки</numerusform>
        <numerusform>і ще %n знаків</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/legend.py" />
      <source>No units yet.</source>
      <translation>Підрозділів ще немає.</translation>
    </message>
    <message>
      <location filename="desktop/ui/legend.py" />
      <source>Symbol &amp;legend</source>
      <translation>&amp;Умовні знаки</translation>
    </message>
    <message>
      <location filename="desktop/ui/legend.py" />
      <source>Show the symbols of the plan and what each stands for</source>
      <translation>Показати умовні знаки плану та їх значення</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>N</source>
      <translation>пн. ш.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>S</source>
      <translation>пд. ш.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>E</source>
      <translation>сх. д.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>W</source>
      <translation>зх. д.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Units</source>
      <translation>Підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Loading the principles engine…</source>
      <translation>Завантаження механізму перевірки принципів…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Contributions and findings</source>
      <translation>Внески та зауваження</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Edit not saved</source>
      <translation>Зміну не збережено</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>{error}

The plan is unchanged.</source>
      <translation>{error}

План не змінено.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Ignored a bad message from the map: {reason}</source>
      <translation>Пропущено хибне повідомлення від карти: {reason}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Order of battle</source>
      <translation>Бойовий склад</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Selected unit</source>
      <translation>Виділений підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Charts</source>
      <translation>Діаграми</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Move the mouse over the map for its position</source>
      <translation>Наведіть мишу на карту, щоб побачити координати</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Latitude and longitude (WGS84) and MGRS of the mouse position</source>
      <translation>Широта й довгота (WGS84) та MGRS точки під курсором</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Findings of the principles engine for the viewed phase (see the side panel)</source>
      <translation>Зауваження перевірки принципів для поточної фази (див. бічну панель)</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;New plan</source>
      <translation>&amp;Новий план</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Start an empty plan in the library</source>
      <translation>Створити порожній план у бібліотеці</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Відкрити…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Open, duplicate, rename or delete plans</source>
      <translation>Відкрити, скопіювати, перейменувати або видалити плани</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Import plan or GIS file…</source>
      <translation>&amp;Імпорт плану або ГІС-файлу…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Add a plan file, or a KML/KMZ, GeoPackage, shapefile, GeoJSON or CSV file, to the library</source>
      <translation>Додати до бібліотеки файл плану або файл KML/KMZ, GeoPackage, SHP, GeoJSON чи CSV</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Експорт…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Write the plan as GeoJSON, KML, CSV ledger or HTML map</source>
      <translation>Зберегти план як GeoJSON, KML, відомість CSV або карту HTML</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Друк…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Print the posture map or save it as PDF</source>
      <translation>Надрукувати карту розташування сил або зберегти її в PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Export national pac&amp;kage…</source>
      <translation>Експорт національного па&amp;кета…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Write one nation's units and contributions as a package for its planners</source>
      <translation>Зберегти підрозділи та внески однієї держави як пакет для її планувальників</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Merge packages…</source>
      <translation>&amp;Об'єднати пакети…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Bring national packages into this plan (one undo step; conflicts refuse the merge)</source>
      <translation>Внести національні пакети в цей план (один крок скасування; за конфліктів об'єднання не виконується)</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Comp&amp;are…</source>
      <translation>По&amp;рівняти…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Compare 2 to 4 courses of action side by side</source>
      <translation>Порівняти поруч від 2 до 4 варіантів дій</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Base map…</source>
      <translation>Кар&amp;тооснова…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Draw your own offline raster map (MBTiles or GeoPackage tiles) under the plan</source>
      <translation>Підкласти під план власну офлайн-растрову картооснову (тайли MBTiles або GeoPackage)</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Quit</source>
      <translation>Ви&amp;йти</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Редагування</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Скасувати</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторити</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Edit unit…</source>
      <translation>&amp;Редагувати підрозділ…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Edit every field of the selected unit (or double-click it, or press Enter on the map)</source>
      <translation>Редагувати всі поля виділеного підрозділу (або подвійний клац по ньому, або Enter на карті)</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Видалити</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Delete the selected units</source>
      <translation>Видалити виділені підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Add unit at a &amp;position…</source>
      <translation>Додати підрозділ за &amp;координатами…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Add a unit at a position typed in MGRS, degrees-minutes-seconds or decimal degrees</source>
      <translation>Додати підрозділ у точку, задану в MGRS, градусах-хвилинах-секундах або десяткових градусах</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&lt;plan as opened&gt;</source>
      <translation>&lt;план на момент відкриття&gt;</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>History</source>
      <translation>Історія змін</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;History</source>
      <translation>&amp;Історія змін</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;View</source>
      <translation>&amp;Вигляд</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Whole of Ukraine</source>
      <translation>&amp;Уся Україна</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Range &amp;rings</source>
      <translation>&amp;Зони дії</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Show air-defence and ISR range rings</source>
      <translation>Показати зони дії засобів ППО та розвідки (ISR)</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Unit &amp;names</source>
      <translation>&amp;Назви підрозділів</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Show unit names where they do not overlap</source>
      <translation>Показувати назви підрозділів там, де вони не перекриваються</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Priority &amp;sites</source>
      <translation>Пріоритетні &amp;об'єкти</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Show the priority sites and their air-defence coverage</source>
      <translation>Показати пріоритетні об'єкти та їх прикриття ППО</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Map</source>
      <translation>&amp;Карта</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Draw the &amp;contact line</source>
      <translation>Нанести &amp;лінію зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Click along the line of contact; double-click to finish</source>
      <translation>Клацайте вздовж лінії зіткнення; подвійний клац — завершити</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Draw the &amp;occupied area</source>
      <translation>Нанести &amp;окуповану територію</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Click around the occupied area; double-click to finish</source>
      <translation>Клацайте по межі окупованої території; подвійний клац — завершити</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Import contact line or occupied area…</source>
      <translation>&amp;Імпорт лінії зіткнення або окупованої території…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Take the contact line / occupied area from a GeoJSON file</source>
      <translation>Узяти лінію зіткнення / окуповану територію з файлу GeoJSON</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Clear the contact line</source>
      <translation>Прибрати лінію зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Clear the occupied area</source>
      <translation>Прибрати окуповану територію</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Propose fixes…</source>
      <translation>&amp;Запропонувати виправлення…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Edits that mend the findings, checked by the principles engine and previewed on the map</source>
      <translation>Зміни, що усувають зауваження, перевірені за принципами та показані на карті</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Place &amp;air defence…</source>
      <translation>Розташувати &amp;ППО…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Where the batteries placed would cover the most priority sites (a covering model, solved exactly)</source>
      <translation>Де розташувати батареї, щоб прикрити найбільше пріоритетних об'єктів (модель покриття, точний розв'язок)</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Help</source>
      <translation>&amp;Довідка</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;About Posture</source>
      <translation>&amp;Про Posture</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>&amp;Language</source>
      <translation>&amp;Мова</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Posture will speak {language} from its next start.</source>
      <translation>Posture перейде на мову «{language}» після перезапуску.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>{plan} — Posture</source>
      <translation>{plan} — Posture</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/mainwindow.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/mainwindow.py" />
      <source>%n troop(s)</source>
      <translation>
        <numerusform>%n військовослужбовець</numerusform>
        <numerusform>%n військовослужбовці</numerusform>
        <numerusform>%n військовослужбовців</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/mainwindow.py" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n помилка</numerusform>
        <numerusform>%n помилки</numerusform>
        <numerusform>%n помилок</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/mainwindow.py" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n попередження</numerusform>
        <numerusform>%n попередження</numerusform>
        <numerusform>%n попереджень</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Another Posture window changed this plan: showing its latest state.</source>
      <translation>Інше вікно Posture змінило цей план: показано його поточний стан.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Plan deleted</source>
      <translation>План видалено</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Another Posture window deleted this plan. Opening another plan.</source>
      <translation>Інше вікно Posture видалило цей план. Відкривається інший план.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Plan library</source>
      <translation>Бібліотека планів</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Open plan</source>
      <translation>Відкрити план</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Selected: {unit} ({nation}, {kind}, {strength})</source>
      <translation>Виділено: {unit} ({nation}, {kind}, {strength})</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/mainwindow.py" />
      <source>%n personnel</source>
      <translation>
        <numerusform>%n особа</numerusform>
        <numerusform>%n особи</numerusform>
        <numerusform>%n осіб</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Commander: “{parent}” {problem}.

The unit is unchanged.</source>
      <translation>Підпорядкування: «{parent}» {problem}.

Підрозділ не змінено.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Edit unit</source>
      <translation>Редагування підрозділу</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Replace the drawing?</source>
      <translation>Замінити нанесене?</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>{unit} already has a route or an area. Draw a new one in its place?</source>
      <translation>{unit} уже має маршрут або район. Нанести новий замість нього?</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Import contact line or occupied area</source>
      <translation>Імпорт лінії зіткнення або окупованої території</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Import contact line</source>
      <translation>Імпорт лінії зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Nothing was imported.

{error}</source>
      <translation>Нічого не імпортовано.

{error}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Edit…</source>
      <translation>Редагувати…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Draw patrol route…</source>
      <translation>Нанести маршрут патрулювання…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Draw patrol area…</source>
      <translation>Нанести район патрулювання…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Draw CAP area…</source>
      <translation>Нанести зону чергування в повітрі (CAP)…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Back to a point</source>
      <translation>Повернути до точки</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Save as my template…</source>
      <translation>Зберегти як власний шаблон…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Delete</source>
      <translation>Видалити</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Add unit here</source>
      <translation>Додати підрозділ сюди</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Add unit at a position (MGRS, DMS)…</source>
      <translation>Додати підрозділ за координатами (MGRS, ГХС)…</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Save as my template</source>
      <translation>Зберегти як власний шаблон</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Name of the template:</source>
      <translation>Назва шаблону:</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>The template was not saved.

{error}</source>
      <translation>Шаблон не збережено.

{error}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>“{template}” is in the palette (★), ready to drag onto the map.</source>
      <translation>«{template}» додано до палітри (★): його можна перетягнути на карту.</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Make {unit} a point</source>
      <translation>Зробити {unit} точкою</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Posture {version}

Posture — sketch a multinational reassurance force for Ukraine and check it against the mission's principles (ECFR 'From Willing to Able', 2025; MFU London talks, 2025).

Works fully offline.

Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries · Made with Natural Earth · Cities © GeoNames (CC BY 4.0)</source>
      <translation>Posture {version}

Posture — ескізне планування багатонаціональних сил підтримки для України та перевірка їх на відповідність принципам місії (ECFR «From Willing to Able», 2025; лондонські переговори щодо MFU, 2025).

Працює повністю офлайн.

Кордони © учасники OpenStreetMap (ODbL), через geoBoundaries · Створено з Natural Earth · Міста © GeoNames (CC BY 4.0)</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>About Posture</source>
      <translation>Про Posture</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Import contact line and occupied area</source>
      <translation>Імпорт лінії зіткнення та окупованої території</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>Import occupied area</source>
      <translation>Імпорт окупованої території</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>New plan {date}</source>
      <translation>Новий план {date}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" />
      <source>New plan</source>
      <translation>Новий план</translation>
    </message>
    <message>
      <source>makes a cycle of command ({chain})</source>
      <translation type="vanished">утворює замкнене коло підпорядкування ({chain})</translation>
    </message>
    <message>
      <source>is the unit itself (a unit cannot command itself)</source>
      <translation type="vanished">— це сам підрозділ (підрозділ не може підпорядковуватися сам собі)</translation>
    </message>
    <message>
      <source>is not the id of a unit of the plan</source>
      <translation type="vanished">не є ідентифікатором жодного підрозділу плану</translation>
    </message>
  </context>
  <context>
    <name>MapController</name>
    <message>
      <location filename="desktop/ui/mapcontroller.py" />
      <source>{rule} concerns the plan as a whole: {message}</source>
      <translation>{rule} стосується плану в цілому: {message}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mapcontroller.py" />
      <source>Added {unit} at {position}</source>
      <translation>Додано {unit}: {position}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mapcontroller.py" />
      <source>Draw the patrol route of {unit}</source>
      <translation>Нанести маршрут патрулювання: {unit}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mapcontroller.py" />
      <source>Draw the patrol area of {unit}</source>
      <translation>Нанести район патрулювання: {unit}</translation>
    </message>
    <message>
      <location filename="desktop/ui/mapcontroller.py" />
      <source>Draw the CAP area of {unit}</source>
      <translation>Нанести зону чергування в повітрі (CAP): {unit}</translation>
    </message>
  </context>
  <context>
    <name>Measuring</name>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>{m} m</source>
      <translation>{m} м</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>{km} km</source>
      <translation>{km} км</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>{area} km²</source>
      <translation>{area} км²</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>{km} around · {area}</source>
      <translation>периметр {km} · {area}</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>{km} · bearing {bearing}°</source>
      <translation>{km} · азимут {bearing}°</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/measuring.py" />
      <source>{km} in %n leg(s)</source>
      <translation>
        <numerusform>{km}, %n відрізок</numerusform>
        <numerusform>{km}, %n відрізки</numerusform>
        <numerusform>{km}, %n відрізків</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>&amp;Measure distance and area</source>
      <translation>&amp;Виміряти відстань і площу</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Click points for geodesic distances and bearings; click the first point to close an area</source>
      <translation>Клацайте точки, щоб отримати геодезичні відстані та азимути; клацніть першу точку, щоб замкнути площу</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Clear kept measurements</source>
      <translation>Прибрати збережені виміри</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Remove every measurement kept on the map (undoable)</source>
      <translation>Прибрати з карти всі збережені виміри (можна скасувати)</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Keep a measurement ({summary})</source>
      <translation>Зберегти вимір ({summary})</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Kept on the map: {summary}</source>
      <translation>Збережено на карті: {summary}</translation>
    </message>
  </context>
  <context>
    <name>UnitDetails</name>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Unit</source>
      <translation>Підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Nation, kind and strength</source>
      <translation>Держава, тип і чисельність</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Commander</source>
      <translation>Підпорядкування</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>The unit it reports to (order of battle)</source>
      <translation>Кому підпорядкований підрозділ (бойовий склад)</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Position</source>
      <translation>Координати</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Latitude and longitude, WGS84</source>
      <translation>Широта й довгота, WGS84</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Degrees, minutes, seconds</source>
      <translation>Градуси, хвилини, секунди</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Military Grid Reference System, 1 m</source>
      <translation>Військова система координатної сітки (MGRS), 1 м</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Contact line</source>
      <translation>Лінія зіткнення</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Geodesic distance to the nearest contact line, as the rules measure it</source>
      <translation>Геодезична відстань до найближчої лінії зіткнення, як її вимірюють правила</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Russian border</source>
      <translation>Кордон з РФ</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Geodesic distance to Russia's border (the rules' threat axis)</source>
      <translation>Геодезична відстань до кордону з Росією (напрямок загрози за правилами)</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Belarusian border</source>
      <translation>Кордон з РБ</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Geodesic distance to Belarus's border</source>
      <translation>Геодезична відстань до кордону з Білоруссю</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Nearest priority site</source>
      <translation>Найближчий пріоритетний об'єкт</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>The nearest of the plan's priority sites</source>
      <translation>Найближчий з пріоритетних об'єктів плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>Select one unit on the map or in the order of battle to see its distances.</source>
      <translation>Виділіть один підрозділ на карті або в бойовому складі, щоб побачити відстані.</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/measuring.py" />
      <source>%n personnel</source>
      <translation>
        <numerusform>%n особа</numerusform>
        <numerusform>%n особи</numerusform>
        <numerusform>%n осіб</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>none (top of the chain)</source>
      <translation>немає (вищий рівень)</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>not defined here</source>
      <translation>тут не визначено</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>no contact line drawn</source>
      <translation>лінію зіткнення не нанесено</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>{km} (inside the occupied area)</source>
      <translation>{km} (на окупованій території)</translation>
    </message>
    <message>
      <location filename="desktop/ui/measuring.py" />
      <source>none</source>
      <translation>немає</translation>
    </message>
  </context>
  <context>
    <name>OrbatDock</name>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Unit</source>
      <translation>Підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Strength</source>
      <translation>Чисельність</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Total</source>
      <translation>Разом</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Land</source>
      <translation>Суходіл</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Air</source>
      <translation>Повітря</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Maritime</source>
      <translation>Море</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Show the units of one nation (and those they report to, greyed)</source>
      <translation>Показати підрозділи однієї держави (і їхніх старших начальників — сірим)</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>All domains</source>
      <translation>Усі середовища</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>All phases</source>
      <translation>Усі фази</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Group by nation</source>
      <translation>Групувати за державами</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>One heading per nation; a unit under another nation's HQ shows under its own nation</source>
      <translation>Окремий заголовок для кожної держави; підрозділ, підпорядкований штабу іншої держави, показано під власною державою</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Drag units onto a headquarters to put them under its command; onto empty space to make them independent. Double-click to edit.</source>
      <translation>Перетягніть підрозділи на штаб, щоб підпорядкувати їх йому; на порожнє місце — щоб зробити їх самостійними. Подвійне клацання — редагувати.</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>No units yet. Drag units from the palette onto the map.</source>
      <translation>Підрозділів ще немає. Перетягніть підрозділи з палітри на карту.</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>All nations</source>
      <translation>Усі держави</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/orbatdock.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/orbatdock.py" />
      <source>%n personnel (all phases)</source>
      <translation>
        <numerusform>%n особа (усі фази)</numerusform>
        <numerusform>%n особи (усі фази)</numerusform>
        <numerusform>%n осіб (усі фази)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/orbatdock.py" />
      <source>%n at the top</source>
      <translation>
        <numerusform>%n на верхньому рівні</numerusform>
        <numerusform>%n на верхньому рівні</numerusform>
        <numerusform>%n на верхньому рівні</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/orbatdock.py" />
      <source>%n of them in command of others</source>
      <translation>
        <numerusform>з них %n командує іншими</numerusform>
        <numerusform>з них %n командують іншими</numerusform>
        <numerusform>з них %n командують іншими</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Personnel of this nation's units, all phases</source>
      <translation>Особовий склад підрозділів цієї держави, усі фази</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Edit…</source>
      <translation>Редагувати…</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Make independent (no commander)</source>
      <translation>Зробити самостійним (без старшого начальника)</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Not moved: {problem}.</source>
      <translation>Не переміщено: {problem}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Make {units} independent</source>
      <translation>Зробити самостійним: {units}</translation>
    </message>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Put {units} under {commander}</source>
      <translation>Підпорядкувати {units} підрозділу {commander}</translation>
    </message>
    <message>
      <source>Ceasefire</source>
      <translation type="vanished">Припинення вогню</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation type="vanished">Мирне врегулювання</translation>
    </message>
    <message>
      <source>Long term</source>
      <translation type="vanished">Довгострокова</translation>
    </message>
  </context>
  <context>
    <name>OrbatTree</name>
    <message>
      <location filename="desktop/ui/orbatdock.py" />
      <source>Own strength plus every unit it commands, over all phases</source>
      <translation>Власна чисельність разом з усіма підпорядкованими підрозділами, за всі фази</translation>
    </message>
  </context>
  <context>
    <name>PackageDialog</name>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Export national package</source>
      <translation>Експорт національного пакета</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>The nation whose units and contributions go into the package</source>
      <translation>Держава, підрозділи й внески якої входять до пакета</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>The nation itself (everything of it)</source>
      <translation>Самій державі (усі її дані)</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Write only what is releasable to this nation (marked REL TO)</source>
      <translation>Записати лише те, що дозволено передавати цій державі (з позначкою REL TO)</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Choose…</source>
      <translation>Вибрати…</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Release to</source>
      <translation>Передати</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Write package to</source>
      <translation>Записати пакет до</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>File: choose a file in a folder that exists.</source>
      <translation>Файл: виберіть файл в наявній теці.</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Merge packages</source>
      <translation>Об'єднання пакетів</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/packagesui.py" />
      <source>%n conflict(s): nothing can be merged from {files}.</source>
      <translation>
        <numerusform>%n конфлікт: з {files} нічого не можна об'єднати.</numerusform>
        <numerusform>%n конфлікти: з {files} нічого не можна об'єднати.</numerusform>
        <numerusform>%n конфліктів: з {files} нічого не можна об'єднати.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Fix the packages (or the plan) and merge again.</source>
      <translation>Виправте пакети (або план) і об'єднайте знову.</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>from {files}</source>
      <translation>з {files}</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>NEW</source>
      <translation>НОВЕ</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>No findings: the plan meets every principle of its profile.</source>
      <translation>Зауважень немає: план відповідає всім принципам свого профілю.</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Findings before the merge ({n})</source>
      <translation>Зауваження до об'єднання ({n})</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Findings after the merge ({n}: {new} new, {cleared} cleared)</source>
      <translation>Зауваження після об'єднання ({n}: нових {new}, усунуто {cleared})</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Merge</source>
      <translation>Об'єднати</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Merge national packages</source>
      <translation>Об'єднання національних пакетів</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Nothing was merged.</source>
      <translation>Нічого не об'єднано.</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>The plan changed meanwhile; nothing was merged.</source>
      <translation>План тим часом змінився; нічого не об'єднано.</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>packages</source>
      <translation>пакети</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Merge packages ({nations})</source>
      <translation>Об'єднання пакетів ({nations})</translation>
    </message>
  </context>
  <context>
    <name>RecipientPreview</name>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Exactly what the file will hold</source>
      <translation>Саме те, що міститиме файл</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Everyone</source>
      <translation>Усі</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>{who} will receive {units} of {all_units} units and {contributions} of {all_contributions} contributions</source>
      <translation>{who}: буде передано підрозділів — {units} з {all_units}, внесків — {contributions} з {all_contributions}</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source> ({units} units and {contributions} contributions not releasable to them are left out)</source>
      <translation> (підрозділів: {units} і внесків: {contributions}, не дозволених до передачі, не включено)</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Marking: {marking}.</source>
      <translation>Гриф: {marking}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>none</source>
      <translation>немає</translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Release mode: positions generalised, names replaced by kinds, findings withheld.</source>
      <translation>Режим поширення: позиції узагальнено, назви замінено типами, зауваження приховано.</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/packagesui.py" />
      <source>%n personnel</source>
      <translation>
        <numerusform>%n особа</numerusform>
        <numerusform>%n особи</numerusform>
        <numerusform>%n осіб</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>{kind} pledge</source>
      <translation>зобов'язання: {kind}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/packagesui.py" />
      <source>… and %n more unit(s)</source>
      <translation>
        <numerusform>… і ще %n підрозділ</numerusform>
        <numerusform>… і ще %n підрозділи</numerusform>
        <numerusform>… і ще %n підрозділів</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/packagesui.py" />
      <source>Nothing of the plan is releasable to this recipient but the shared geometry.</source>
      <translation>Цьому отримувачу з плану дозволено передати лише спільну геометрію.</translation>
    </message>
  </context>
  <context>
    <name>Palette</name>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Land</source>
      <translation>Суходіл</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Air</source>
      <translation>Повітря</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Maritime</source>
      <translation>Море</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>core of the mission</source>
      <translation>ядро місії</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>excluded</source>
      <translation>виключені</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>eligible</source>
      <translation>прийнятні</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>neutral</source>
      <translation>нейтральні</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Black Sea NATO member</source>
      <translation>чорноморські держави НАТО</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>NATO</source>
      <translation>НАТО</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>United States</source>
      <translation>Сполучені Штати</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>host nation</source>
      <translation>приймаюча держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Kind: {kind} ({label})</source>
      <translation>Тип: {kind} ({label})</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Default strength: {n}</source>
      <translation>Типова чисельність: {n}</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>System: {system}</source>
      <translation>Система: {system}</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>, nominal range {km} km</source>
      <translation>, номінальна дальність {km} км</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Aircraft: {count} × {aircraft}, generation {generation}</source>
      <translation>Літаки: {count} × {aircraft}, покоління {generation}</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Ships: {n}</source>
      <translation>Кораблі: {n}</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Drag onto the map to deploy; every value can be edited afterwards.</source>
      <translation>Перетягніть на карту, щоб розгорнути; будь-яке значення можна змінити згодом.</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>no group</source>
      <translation>без групи</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>{nation}: excluded from the mission (Russia and its co-belligerents). Groups: {groups}</source>
      <translation>{nation}: виключена з місії (Росія та її співучасники агресії). Групи: {groups}</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>{nation}: not among the mission's eligible allies. Groups: {groups}</source>
      <translation>{nation}: не належить до прийнятних союзників місії. Групи: {groups}</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>{nation}. Groups: {groups}</source>
      <translation>{nation}. Групи: {groups}</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Search units… (e.g. Patriot, F-35, frigate)</source>
      <translation>Пошук підрозділів… (наприклад, Patriot, F-35, фрегат)</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>No unit matches your search.</source>
      <translation>Жоден підрозділ не відповідає пошуку.</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Nation of the next unit:</source>
      <translation>Держава наступного підрозділу:</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Drag a unit onto the map to deploy it.</source>
      <translation>Перетягніть підрозділ на карту, щоб розгорнути його.</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Your own template (saved from a placed unit)</source>
      <translation>Ваш власний шаблон (збережений з розміщеного підрозділу)</translation>
    </message>
  </context>
  <context>
    <name>NationBox</name>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>  · lead nation</source>
      <translation>  · провідна держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>  · not eligible</source>
      <translation>  · неприйнятна</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>  · EXCLUDED</source>
      <translation>  · ВИКЛЮЧЕНА</translation>
    </message>
    <message>
      <location filename="desktop/ui/palette.py" />
      <source>Nation of the units you drop next</source>
      <translation>Держава підрозділів, які ви розміщуєте далі</translation>
    </message>
  </context>
  <context>
    <name>Panel</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Errors</source>
      <translation>Помилки</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Warnings</source>
      <translation>Попередження</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Information</source>
      <translation>Довідка</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Group</source>
      <translation>Група</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Troops</source>
      <translation>Війська</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Share</source>
      <translation>Частка</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Pledged</source>
      <translation>Зобов'язання</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Gap</source>
      <translation>Нестача</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Land</source>
      <translation>Сухоп.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Air</source>
      <translation>Пов.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Sea</source>
      <translation>Мор.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Aircraft</source>
      <translation>Літаки</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Ships</source>
      <translation>Кораблі</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>AD</source>
      <translation>ППО</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Funding €</source>
      <translation>Фінанс. €</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>ISR</source>
      <translation>ISR</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Equip.</source>
      <translation>ОВТ</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Training</source>
      <translation>Навч.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Logist.</source>
      <translation>Логіст.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Personnel deployed in the phase (land units staged outside Ukraine are not counted)</source>
      <translation>Особовий склад, розгорнутий у фазі (сухопутні підрозділи в районах зосередження за межами України не враховуються)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Share of the total troops</source>
      <translation>Частка від загальної чисельності військ</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Troops the nation has pledged (contributions of kind “troops”); not counted as deployed</source>
      <translation>Війська, які держава зобов'язалася надати (внески типу «війська»); не враховуються як розгорнуті</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Pledged troops not yet placed on the map in this phase (negative: more placed than pledged)</source>
      <translation>Заявлені війська, ще не нанесені на карту в цій фазі (від'ємне значення: нанесено більше, ніж заявлено)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Land units</source>
      <translation>Сухопутні підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Air units (air defence, fighters, ISR)</source>
      <translation>Повітряні підрозділи (ППО, винищувачі, розвідка)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Maritime units</source>
      <translation>Морські підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Air-defence batteries</source>
      <translation>Батареї ППО</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Funding pledged, EUR</source>
      <translation>Заявлене фінансування, євро</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>ISR pledges (non-troop)</source>
      <translation>Зобов'язання щодо розвідки (ISR), без військ</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Equipment pledges</source>
      <translation>Зобов'язання щодо озброєння й техніки</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Training pledges</source>
      <translation>Зобов'язання щодо навчання</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Logistics pledges</source>
      <translation>Зобов'язання щодо логістики</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>excluded</source>
      <translation>виключена</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>core</source>
      <translation>ядро</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>neutral</source>
      <translation>нейтральна</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>eligible</source>
      <translation>прийнятна</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>non-allied</source>
      <translation>несоюзна</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n помилка</numerusform>
        <numerusform>%n помилки</numerusform>
        <numerusform>%n помилок</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n попередження</numerusform>
        <numerusform>%n попередження</numerusform>
        <numerusform>%n попереджень</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n довідка</numerusform>
        <numerusform>%n довідки</numerusform>
        <numerusform>%n довідок</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n troop(s)</source>
      <translation>
        <numerusform>%n військовослужбовець</numerusform>
        <numerusform>%n військовослужбовці</numerusform>
        <numerusform>%n військовослужбовців</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>€{n} bn</source>
      <translation>{n} млрд €</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>€{n} m</source>
      <translation>{n} млн €</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>€{n}</source>
      <translation>{n} €</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Rule</source>
      <translation>Правило</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Finding</source>
      <translation>Зауваження</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Click to show it on the map.</source>
      <translation>Клацніть, щоб показати на карті.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Source: {source}</source>
      <translation>Джерело: {source}</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n unit(s)</source>
      <translation>
        <numerusform>%n підрозділ</numerusform>
        <numerusform>%n підрозділи</numerusform>
        <numerusform>%n підрозділів</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n US unit(s)</source>
      <translation>
        <numerusform>%n підрозділ США</numerusform>
        <numerusform>%n підрозділи США</numerusform>
        <numerusform>%n підрозділів США</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n US pledge(s)</source>
      <translation>
        <numerusform>%n зобов'язання США</numerusform>
        <numerusform>%n зобов'язання США</numerusform>
        <numerusform>%n зобов'язань США</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Doctrine</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Deterrence</source>
      <translation>Стримування</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Reassurance</source>
      <translation>Підтримка</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Peacekeeping (UN-style)</source>
      <translation>Миротворча місія (за зразком ООН)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>None declared</source>
      <translation>Не заявлено</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Financial</source>
      <translation>Фінансова</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>ISR and air support</source>
      <translation>Розвідка (ISR) та авіаційна підтримка</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Full backstop</source>
      <translation>Повна гарантія безпеки</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Minimum fighter generation</source>
      <translation>Мінімальне покоління винищувачів</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Air policing must fly fighters of this generation or later (4, 4.5, 5).</source>
      <translation>Патрулювання повітряного простору виконують винищувачі цього або новішого покоління (4, 4,5, 5).</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Maximum distance to the threat</source>
      <translation>Максимальна відстань до загрози</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>A combat unit farther than this from every threat source (the Russian and Belarusian borders, the contact line) is not forward enough.</source>
      <translation>Бойовий підрозділ, віддалений більше ніж на цю відстань від усіх джерел загрози (кордонів з Росією та Білоруссю, лінії зіткнення), розташований недостатньо близько до переднього краю.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Tripwire distance</source>
      <translation>Відстань «розтяжки»</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>A land unit this close to the contact line would act as a tripwire.</source>
      <translation>Сухопутний підрозділ так близько до лінії зіткнення діяв би як «розтяжка».</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Protection radius</source>
      <translation>Радіус прикриття</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>A priority site counts as protected when a land unit or an air-defence battery stands within this distance.</source>
      <translation>Пріоритетний об'єкт вважається прикритим, якщо в межах цієї відстані перебуває сухопутний підрозділ або батарея ППО.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Minimum troops</source>
      <translation>Мінімальна чисельність військ</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>The force deployed in the phase should total at least this many troops.</source>
      <translation>Угруповання, розгорнуте у фазі, має налічувати щонайменше стільки військовослужбовців.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Minimum nations</source>
      <translation>Мінімальна кількість держав</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>The mission should involve as many countries as possible: fewer nations than this contributing troops in the phase is flagged.</source>
      <translation>Місія має залучати якомога більше країн: якщо війська у фазі надає менше держав, це позначається.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Belarus cover distance</source>
      <translation>Відстань прикриття кордону з Білоруссю</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>At least one deployed combat unit should stand within this distance of the Ukraine–Belarus border.</source>
      <translation>Принаймні один розгорнутий бойовий підрозділ має перебувати в межах цієї відстані від українсько-білоруського кордону.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Debated initial force, low end</source>
      <translation>Обговорюване початкове угруповання, мінімум</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Debated initial force, high end</source>
      <translation>Обговорюване початкове угруповання, максимум</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Multinational Force Ukraine</source>
      <translation>Багатонаціональні сили «Україна» (MFU)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Zelensky's figure, total</source>
      <translation>Оцінка Зеленського, загалом</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Zelensky's figure, rotating</source>
      <translation>Оцінка Зеленського, з ротацією</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>troops</source>
      <translation>в/сл</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>nations</source>
      <translation>держ.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>km</source>
      <translation>км</translation>
    </message>
  </context>
  <context>
    <name>FindingsView</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Click a finding to see it on the map; its full text and source show here.</source>
      <translation>Клацніть зауваження, щоб побачити його на карті; повний текст і джерело з'являться тут.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>No findings: the posture meets every principle of the “{profile}” profile in the {phase} phase.</source>
      <translation>Зауважень немає: розташування сил відповідає всім принципам профілю «{profile}» у фазі «{phase}».</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>error</source>
      <translation>помилка</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>warning</source>
      <translation>попередження</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>information</source>
      <translation>довідка</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Source: {source}</source>
      <translation>Джерело: {source}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Principle: {principle}</source>
      <translation>Принцип: {principle}</translation>
    </message>
  </context>
  <context>
    <name>LedgerView</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>No nation contributes yet. Drag units from the palette onto the map.</source>
      <translation>Жодна держава ще не зробила внеску. Перетягніть підрозділи з палітри на карту.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Contributions and pledges…</source>
      <translation>Внески та зобов'язання…</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Add or edit funding, ISR, equipment, training and logistics pledges</source>
      <translation>Додати або змінити зобов'язання щодо фінансування, розвідки (ISR), озброєння й техніки, навчання та логістики</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>met</source>
      <translation>виконано</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Total: {troops} · land {land_units} / {land_troops} · air {air_units} / {air_troops} · sea {sea_units} / {sea_troops} · aircraft: {aircraft} · ships: {ships} · AD batteries: {ad} · funding {funding}</source>
      <translation>Разом: {troops} · сухопутні {land_units} / {land_troops} · повітряні {air_units} / {air_troops} · морські {sea_units} / {sea_troops} · літаків: {aircraft} · кораблів: {ships} · батарей ППО: {ad} · фінансування {funding}</translation>
    </message>
  </context>
  <context>
    <name>TargetsView</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Reference figures of the debate:</source>
      <translation>Орієнтири з публічного обговорення:</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>{troops} of the profile's minimum {minimum}</source>
      <translation>{troops} з мінімуму профілю: {minimum}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>With rotation (×{factor}), the force to generate is about {troops}.</source>
      <translation>З урахуванням ротації (×{factor}) потрібно сформувати близько {troops}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Air-defence coverage: {covered} of {sites} priority sites ({share}) lie inside at least one range ring.</source>
      <translation>Прикриття ППО: {covered} з {sites} пріоритетних об'єктів ({share}) перебувають у зоні ураження принаймні одного засобу ППО.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Not covered: {sites}</source>
      <translation>Не прикрито: {sites}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Troops by phase: {phases}.</source>
      <translation>Війська за фазами: {phases}.</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Printed at the top and bottom of every print of this plan</source>
      <translation>Друкується вгорі та внизу кожного аркуша цього плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>each nation's own only (e.g. ALL, or PL, FR)</source>
      <translation>лише власній державі (напр. ALL або PL, FR)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Releasable to (default of the plan): the nations a unit or contribution may be given to
when it does not say itself. ALL for every nation; empty: each to its own nation only.
Export, Print and packages with Release to write only what is releasable to that nation.</source>
      <translation>Дозволено передавати (типово для плану): держави, яким можна передати підрозділ або внесок,
якщо для нього не вказано інше. ALL — усім державам; порожньо — кожному лише власній державі.
Експорт, друк і пакети з «Передати» записують лише те, що дозволено передавати цій державі.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>The plan's own doctrine profile: what `check` checks and what the window opens on</source>
      <translation>Власний доктринальний профіль плану: за ним перевіряє `check` і з ним відкривається вікно</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>The plan's own phase: what `check` checks and what the window opens on</source>
      <translation>Власна фаза плану: її перевіряє `check` і з нею відкривається вікно</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Plan name</source>
      <translation>Назва плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Profile</source>
      <translation>Профіль</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Phase</source>
      <translation>Фаза</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Mandate</source>
      <translation>Мандат</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>US support</source>
      <translation>Підтримка США</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Classification</source>
      <translation>Гриф</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Releasable to</source>
      <translation>Дозволено передавати</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Parameters (this plan)</source>
      <translation>Параметри (цей план)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Back to the profile's default</source>
      <translation>Повернути типове значення профілю</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Priority sites</source>
      <translation>Пріоритетні об'єкти</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Places the force must protect; ticked sites are checked by the coverage rules</source>
      <translation>Об'єкти, які має прикривати угруповання; позначені об'єкти перевіряють правила прикриття</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Use the profile's sites</source>
      <translation>Об'єкти за профілем</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Set the plan's profile to {value}</source>
      <translation>Профіль плану: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Set the plan's phase to {value}</source>
      <translation>Фаза плану: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Set mandate to {value}</source>
      <translation>Мандат: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Set US support to {value}</source>
      <translation>Підтримка США: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>{description}
Profile default: {value}</source>
      <translation>{description}
Типово за профілем: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>This plan's own list.</source>
      <translation>Власний перелік цього плану.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>The “{profile}” profile's default list.</source>
      <translation>Типовий перелік профілю «{profile}».</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Custom sites (from the plan file): {sites}.</source>
      <translation>Власні об'єкти (з файлу плану): {sites}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Set plan name to {value}</source>
      <translation>Назва плану: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Set classification to {value}</source>
      <translation>Гриф: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>its default</source>
      <translation>типове значення</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>{error}. The plan keeps {kept}.</source>
      <translation>{error}. У плані залишається: {kept}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>each nation's own</source>
      <translation>лише власній державі</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Set releasable to {value}</source>
      <translation>Дозволено передавати: {value}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Change priority sites</source>
      <translation>Змінити пріоритетні об'єкти</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Use the profile's priority sites</source>
      <translation>Пріоритетні об'єкти за профілем</translation>
    </message>
  </context>
  <context>
    <name>ContributionsDialog</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Contributions and pledges</source>
      <translation>Внески та зобов'язання</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Nation</source>
      <translation>Держава</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Amount (EUR; troops)</source>
      <translation>Сума (євро; в/сл)</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Note</source>
      <translation>Примітка</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Releasable to</source>
      <translation>Дозволено передавати</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Nations the pledge may be given to (ALL, or PL, FR); empty: the plan's default</source>
      <translation>Держави, яким можна передати зобов'язання (ALL або PL, FR); порожньо — як типово для плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Funding in euros; for a “troops” pledge, the number of personnel pledged</source>
      <translation>Фінансування в євро; для зобов'язання типу «війська» — заявлена чисельність особового складу</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Add</source>
      <translation>Додати</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Remove</source>
      <translation>Видалити</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Row {row}, troops: “{text}” is not a number of personnel from 0 to 1,000,000.</source>
      <translation>Рядок {row}, війська: «{text}» не є чисельністю особового складу від 0 до 1 000 000.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Row {row}, amount: “{text}” is not a number of euros.</source>
      <translation>Рядок {row}, сума: «{text}» не є сумою в євро.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Row {row}, amount: must be zero or more.</source>
      <translation>Рядок {row}, сума: має бути нуль або більше.</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Row {row}, {error}.</source>
      <translation>Рядок {row}, {error}.</translation>
    </message>
  </context>
  <context>
    <name>SidePanel</name>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Look at the plan under another doctrine profile: a view, not an edit (no undo step, nothing saved). The plan's own profile is set in Plan settings.</source>
      <translation>Переглянути план за іншим доктринальним профілем: це перегляд, а не зміна (без кроку скасування, нічого не зберігається). Власний профіль плану задається в «Параметрах плану».</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Look at another phase (only units deployed in it count): a view, not an edit (no undo step, nothing saved). The plan's own phase is set in Plan settings.</source>
      <translation>Переглянути іншу фазу (враховуються лише розгорнуті в ній підрозділи): це перегляд, а не зміна (без кроку скасування, нічого не зберігається). Власна фаза плану задається в «Параметрах плану».</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Without the United States</source>
      <translation>Без США</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Show the posture as if every US unit and pledge disappeared</source>
      <translation>Показати розташування сил так, ніби всі підрозділи та зобов'язання США зникли</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Findings</source>
      <translation>Зауваження</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Contributions</source>
      <translation>Внески</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Targets</source>
      <translation>Цільові показники</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Plan settings</source>
      <translation>Параметри плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>View profile</source>
      <translation>Профіль перегляду</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>View phase</source>
      <translation>Фаза перегляду</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>A view: the plan declares the {profile} profile and the {phase} phase (set in Plan settings).</source>
      <translation>Лише перегляд: у плані заявлено профіль {profile} і фазу «{phase}» (задаються в «Параметрах плану»).</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Symbols cannot be checked: {error}</source>
      <translation>Не вдається перевірити умовні знаки: {error}</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Without the United States: {units} and {pledges} left out of this view, and off the map (a filtered view: nothing is changed).</source>
      <translation>Без США: {units} і {pledges} вилучено з цього перегляду та з карти (відфільтрований перегляд: нічого не змінено).</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Findings ({n})</source>
      <translation>Зауваження ({n})</translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>Edit non-troop contributions</source>
      <translation>Змінити невійськові внески</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>%n unit(s) without a symbol of its own in the engine, drawn as the parent entity: {what}{more}.</source>
      <translation>
        <numerusform>%n підрозділ не має власного знака в бібліотеці знаків, показано батьківським знаком: {what}{more}.</numerusform>
        <numerusform>%n підрозділи не мають власного знака в бібліотеці знаків, показано батьківським знаком: {what}{more}.</numerusform>
        <numerusform>%n підрозділів не мають власного знака в бібліотеці знаків, показано батьківським знаком: {what}{more}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/ui/panel.py" />
      <source>{unit} ({sidc}, drawn as {parent})</source>
      <translation>{unit} ({sidc}, показано як {parent})</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/ui/panel.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>і ще %n</numerusform>
        <numerusform>і ще %n</numerusform>
        <numerusform>і ще %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SheetRenderer</name>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Loading the print page…</source>
      <translation>Завантаження сторінки друку…</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Drawing the map and tables…</source>
      <translation>Побудова карти й таблиць…</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Writing the PDF…</source>
      <translation>Запис PDF…</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Done</source>
      <translation>Готово</translation>
    </message>
  </context>
  <context>
    <name>PrintDialog</name>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Print posture map</source>
      <translation>Друк карти розташування сил</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Landscape</source>
      <translation>Альбомна</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Portrait</source>
      <translation>Книжкова</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Extent on screen</source>
      <translation>Ділянка на екрані</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>All of Ukraine</source>
      <translation>Уся Україна</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>MGRS grid</source>
      <translation>Сітка MGRS</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Draw the MGRS grid: 100 km squares, or 10 km / 1 km lines on a close-up</source>
      <translation>Нанести сітку MGRS: 100-кілометрові квадрати, а на великому масштабі — лінії через 10 км / 1 км</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Second page: charts</source>
      <translation>Друга сторінка: діаграми</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Troops by nation and by phase, air-defence coverage of the priority sites (vector)</source>
      <translation>Війська за державами і фазами, прикриття пріоритетних об'єктів ППО (векторна графіка)</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Second page: order of battle</source>
      <translation>Друга сторінка: бойовий склад</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>The tree by command as a table, with each unit's rolled-up strength</source>
      <translation>Дерево підпорядкування таблицею, з сумарною чисельністю кожного підрозділу</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Release version (principle of ambiguity)</source>
      <translation>Версія для поширення (принцип невизначеності)</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Print only what is releasable to this nation, marked REL TO</source>
      <translation>Друкувати лише те, що дозволено передати цій державі, з позначкою REL TO</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Name and appointment (left blank: a line to sign)</source>
      <translation>Звання, прізвище та посада (якщо порожньо — рядок для підпису)</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Paper</source>
      <translation>Папір</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Orientation</source>
      <translation>Орієнтація</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Map</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Release to</source>
      <translation>Передати</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Author</source>
      <translation>Виконавець</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Pre&amp;view…</source>
      <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Друк…</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>&amp;Save PDF…</source>
      <translation>&amp;Зберегти PDF…</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Print</source>
      <translation>Друк</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Preparing the sheet…</source>
      <translation>Підготовка аркуша…</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Cancel</source>
      <translation>Скасувати</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Printing</source>
      <translation>Друк</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>The sheet could not be printed.

{error}</source>
      <translation>Аркуш не вдалося надрукувати.

{error}</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Save the posture map as PDF</source>
      <translation>Зберегти карту розташування сил у PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Save PDF</source>
      <translation>Зберегти PDF</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>{file}: {error}. Nothing was written.</source>
      <translation>{file}: {error}. Нічого не записано.</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Saved the posture map to {file}</source>
      <translation>Карту розташування сил збережено у {file}</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Sent the posture map to the printer</source>
      <translation>Карту розташування сил надіслано на принтер</translation>
    </message>
    <message>
      <location filename="desktop/ui/printing.py" />
      <source>Print preview</source>
      <translation>Попередній перегляд друку</translation>
    </message>
  </context>
  <context>
    <name>ProvenanceView</name>
    <message>
      <location filename="desktop/ui/provenance.py" />
      <source>&amp;Provenance</source>
      <translation>&amp;Походження</translation>
    </message>
    <message>
      <location filename="desktop/ui/provenance.py" />
      <source>&amp;Colour by package</source>
      <translation>&amp;Колір за пакетом</translation>
    </message>
    <message>
      <location filename="desktop/ui/provenance.py" />
      <source>Outline each unit merged from a national package in that package's colour</source>
      <translation>Обвести кожен підрозділ з національного пакета кольором цього пакета</translation>
    </message>
    <message>
      <location filename="desktop/ui/provenance.py" />
      <source>Show all units</source>
      <translation>Показати всі підрозділи</translation>
    </message>
    <message>
      <location filename="desktop/ui/provenance.py" />
      <source>Only units of this plan</source>
      <translation>Лише підрозділи цього плану</translation>
    </message>
    <message>
      <location filename="desktop/ui/provenance.py" />
      <source>Only units from the {nation} package</source>
      <translation>Лише підрозділи з пакета {nation}</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Position</source>
      <translation>Координати</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Unit</source>
      <translation>Підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Place</source>
      <translation>Населений пункт</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Region</source>
      <translation>Регіон</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Template</source>
      <translation>Шаблон</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Find a unit, place, region or position (Ctrl+K)…</source>
      <translation>Знайти підрозділ, населений пункт, область або координати (Ctrl+K)…</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Search the plan's units (name, nation, kind), cities, ports, energy sites and oblasts,
and the palette's templates; or type a position: 50.45, 30.52 · 50°27′N 30°31′E · 36U UA 23940 91604</source>
      <translation>Пошук підрозділів плану (назва, держава, тип), міст, портів, енергетичних об'єктів і областей,
а також шаблонів палітри; або введіть координати: 50.45, 30.52 · 50°27′N 30°31′E · 36U UA 23940 91604</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Nothing found for “{text}”.</source>
      <translation>За запитом «{text}» нічого не знайдено.</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Find</source>
      <translation>Пошук</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>&amp;Find…</source>
      <translation>&amp;Знайти…</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>Find a unit, place, region, template or a typed position (MGRS, DMS, decimal)</source>
      <translation>Знайти підрозділ, населений пункт, область, шаблон або введені координати (MGRS, градуси-хвилини-секунди, десяткові)</translation>
    </message>
    <message>
      <location filename="desktop/ui/searchbox.py" />
      <source>{template}: drag it from the palette onto the map to deploy it.</source>
      <translation>{template}: перетягніть його з палітри на карту, щоб розгорнути.</translation>
    </message>
  </context>
  <context>
    <name>SidcEditor</name>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>APP-6D 20-digit symbol code (as ORBAT Mapper, ODIN and the QGIS plugins read it);
leave empty for the one derived from the kind and the strength</source>
      <translation>20-значний код знака APP-6D (як його читають ORBAT Mapper, ODIN і модулі QGIS);
залиште порожнім, щоб код визначався за типом і чисельністю</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Echelon (land units) or mobility, drawn above the frame</source>
      <translation>Ешелон (для сухопутних підрозділів) або рухомість, показується над рамкою</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Present, or planned / anticipated (dashed frame)</source>
      <translation>Наявний або запланований / очікуваний (пунктирна рамка)</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Headquarters staff, task force bracket, feint / dummy</source>
      <translation>Штабна стійка, дужка тактичної групи, хибний / макет</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Reality, exercise (X) or simulation (S)</source>
      <translation>Реальна обстановка, навчання (X) чи імітація (S)</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Sector 1 modifier of the entity (the engine's list for this symbol set)</source>
      <translation>Модифікатор сектора 1 (перелік засобу відображення для цього набору знаків)</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Sector 2 modifier of the entity (the engine's list for this symbol set)</source>
      <translation>Модифікатор сектора 2 (перелік засобу відображення для цього набору знаків)</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Echelon</source>
      <translation>Ешелон</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Status</source>
      <translation>Стан</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>HQ / TF / dummy</source>
      <translation>Штаб / ТГр / макет</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Context</source>
      <translation>Контекст</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Modifier 1</source>
      <translation>Модифікатор 1</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Modifier 2</source>
      <translation>Модифікатор 2</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>derived: {code}</source>
      <translation>за типом: {code}</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>code {code}</source>
      <translation>код {code}</translation>
    </message>
    <message>
      <location filename="desktop/ui/sidcedit.py" />
      <source>Derived from the kind and strength: </source>
      <translation>За типом і чисельністю: </translation>
    </message>
  </context>
  <context>
    <name>UnitForm</name>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Ceasefire monitoring</source>
      <translation>Моніторинг припинення вогню</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Entry point</source>
      <translation>Пункт в'їзду</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Protect infrastructure</source>
      <translation>Захист інфраструктури</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>comma-separated</source>
      <translation>через кому</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>{field}: {value!r} is not one of {choices}.</source>
      <translation>{field}: {value!r} не є одним із значень {choices}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Edit unit — {unit}</source>
      <translation>Редагування підрозділу — {unit}</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>other roles, comma-separated</source>
      <translation>інші завдання, через кому</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Latitude, −90 to 90: decimal degrees (50.45) or DMS (50°27′00″N)</source>
      <translation>Широта, від −90 до 90: десяткові градуси (50.45) або градуси-хвилини-секунди (50°27′00″N)</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Longitude, −180 to 180: decimal degrees (30.52) or DMS (30°31′12″E)</source>
      <translation>Довгота, від −180 до 180: десяткові градуси (30.52) або градуси-хвилини-секунди (30°31′12″E)</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>type MGRS, DMS or decimal: 36U UA 23940 91604 · 50°27′N 30°31′E</source>
      <translation>введіть MGRS, DMS або десяткові: 36U UA 23940 91604 · 50°27′N 30°31′E</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>A position in MGRS (36U UA 23940 91604), degrees-minutes-seconds (50°27′00″N 30°31′12″E)
or decimal degrees, latitude first (50.45, 30.52); press Enter to take it</source>
      <translation>Координати в MGRS (36U UA 23940 91604), градусах-хвилинах-секундах (50°27′00″N 30°31′12″E)
або десяткових градусах, спершу широта (50.45, 30.52); натисніть Enter, щоб застосувати</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>lat</source>
      <translation>шир.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>lon</source>
      <translation>довг.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Position</source>
      <translation>Координати</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source> — moves the whole route or area</source>
      <translation> — переміщує весь маршрут чи район</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Position: {problem}.</source>
      <translation>Координати: {problem}.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Kind: a {kind} unit cannot be a {geometry}; keep {old} or redraw it as a point.</source>
      <translation>Тип: підрозділ типу {kind} не може мати геометрію {geometry}; залиште {old} або накресліть його точкою.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Nation: {code!r} is not an ISO 3166-1 alpha-2 code.</source>
      <translation>Держава: {code!r} не є кодом ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Symbol code: {code} {problem}; leave it empty for the derived code.</source>
      <translation>Код знака: {code} {problem}; залиште порожнім, щоб код визначався за типом.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Position: {lat}, {lon} is outside −90…90 / −180…180.</source>
      <translation>Координати: {lat}, {lon} поза межами −90…90 / −180…180.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>Phases: tick at least one phase the unit is deployed in.</source>
      <translation>Фази: позначте принаймні одну фазу, у якій підрозділ розгорнуто.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>{field}: {value!r} is not a number.</source>
      <translation>{field}: {value!r} не є числом.</translation>
    </message>
    <message>
      <location filename="desktop/ui/unitform.py" />
      <source>{field}: must be a finite number.</source>
      <translation>{field}: має бути скінченним числом.</translation>
    </message>
    <message>
      <source>Ceasefire</source>
      <translation type="vanished">Припинення вогню</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation type="vanished">Мирне врегулювання</translation>
    </message>
    <message>
      <source>Long term</source>
      <translation type="vanished">Довгострокова</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="desktop/ui/widgets.py" />
      <source>the picture could not be encoded as PNG</source>
      <translation>зображення не вдалося закодувати в PNG</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Combat unit</source>
      <translation>Бойовий підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Training mission</source>
      <translation>Навчальна місія</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Exercise force</source>
      <translation>Сили для навчань</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Logistics / entry hub</source>
      <translation>Логістичний вузол / пункт в'їзду</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Headquarters</source>
      <translation>Штаб</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Air-defence battery</source>
      <translation>Батарея ППО</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Fighter squadron</source>
      <translation>Винищувальна ескадрилья</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>ISR asset</source>
      <translation>Засіб розвідки (ISR)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Patrol group</source>
      <translation>Патрульна група</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Mine countermeasures</source>
      <translation>Протимінні сили</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Armoured brigade</source>
      <translation>Танкова бригада</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Mechanised infantry brigade</source>
      <translation>Механізована бригада</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Battlegroup</source>
      <translation>Бойова група</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Force headquarters</source>
      <translation>Штаб угруповання</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Engineer battalion</source>
      <translation>Інженерний батальйон</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Demining (mine clearing) company</source>
      <translation>Рота розмінування</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>EOD company (land)</source>
      <translation>Рота знешкодження вибухонебезпечних предметів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Medical company (NATO Role 2)</source>
      <translation>Медична рота (Role 2 НАТО)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Signals battalion</source>
      <translation>Батальйон зв'язку</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Military police company</source>
      <translation>Рота військової поліції</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Utility helicopter battalion</source>
      <translation>Батальйон багатоцільових гелікоптерів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Attack helicopter battalion</source>
      <translation>Батальйон ударних гелікоптерів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Patriot battery</source>
      <translation>Батарея Patriot</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>SAMP/T battery</source>
      <translation>Батарея SAMP/T</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>IRIS-T SLM battery</source>
      <translation>Батарея IRIS-T SLM</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>NASAMS battery</source>
      <translation>Батарея NASAMS</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Sky Sabre (CAMM) battery</source>
      <translation>Батарея Sky Sabre (CAMM)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Counter-drone battery (guns, C-UAS)</source>
      <translation>Батарея протидії БпЛА (гармати, C-UAS)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Typhoon squadron</source>
      <translation>Ескадрилья Typhoon</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Rafale squadron</source>
      <translation>Ескадрилья Rafale</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Gripen squadron</source>
      <translation>Ескадрилья Gripen</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>F-16 squadron</source>
      <translation>Ескадрилья F-16</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>F-35 squadron</source>
      <translation>Ескадрилья F-35</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>MiG-29 squadron</source>
      <translation>Ескадрилья МіГ-29</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>MALE drone (ISR)</source>
      <translation>БпЛА MALE (розвідка)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>AEW&amp;C aircraft</source>
      <translation>Літак ДРЛВ (AEW&amp;C)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Satellite imagery service</source>
      <translation>Супутникова розвідка</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Frigate patrol group</source>
      <translation>Патрульна група фрегатів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Patrol boat group</source>
      <translation>Група патрульних катерів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>Mine countermeasures group</source>
      <translation>Група протимінних кораблів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" />
      <source>EOD / diving team</source>
      <translation>Група розмінування / водолазів</translation>
    </message>
  </context>
</TS>
