<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
      <translation>{nation}: {status}, проте до сил входить: {what}.</translation>
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
      <translation>{leaders} — найбільший постачальник військ ({troops} {phase}), попереду: {core}.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{leaders} are the largest troop contributors ({troops} {phase}), ahead of {core}.</source>
      <translation>{leaders} — найбільші постачальники військ ({troops} {phase}), попереду: {core}.</translation>
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
      <translation>{site}: об'єкт поза радіусом дії всіх засобів ППО.</translation>
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
      <translation>{unit} перебуває поза Україною: це район зосередження, його особовий склад не враховано.</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>{unit} stands outside Ukraine: it is staging, not deployed in the country.</source>
      <translation>{unit} перебуває поза Україною: це район зосередження, а не розгортання в країні.</translation>
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
        <numerusform>об'єкт {sites} опинився б поза радіусом дії всіх засобів ППО: його прикриває лише ППО США</numerusform>
        <numerusform>об'єкти {sites} опинилися б поза радіусом дії всіх засобів ППО: їх прикриває лише ППО США</numerusform>
        <numerusform>об'єкти {sites} опинилися б поза радіусом дії всіх засобів ППО: їх прикриває лише ППО США</numerusform>
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
        <numerusform>внесок США: {kinds}</numerusform>
        <numerusform>внески США: {kinds}</numerusform>
        <numerusform>внески США: {kinds}</numerusform>
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
      <translation>Пріоритетний об'єкт поза радіусом дії всіх розгорнутих батарей ППО; одне зауваження на об'єкт.</translation>
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
      <translation>MFU: «не призначені діяти як сили-«розтяжка»»; ECFR: «основа стримування — Збройні сили України! Військова місія — доповнення»</translation>
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
      <translation>DOMAIN-LAND, DOMAIN-AIR, DOMAIN-SEA, SEA-DEMINING, SEA-MULTINATIONAL, SIZE-MIN або AIR-COVERAGE виконується, але було б порушене без усіх підрозділів і внесків США; одне зауваження на кожне таке правило з його назвою (для AIR-COVERAGE — об'єкти, які прикриває лише ППО США).</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>ECFR: “ready to start without the United States”</source>
      <translation>ECFR: «готовність почати без Сполучених Штатів»</translation>
    </message>
    <message>
      <location filename="desktop/doctrine/rules.py" />
      <source>The plan's declared US support disagrees with its US units and pledges in any phase (none: any; financial: troops or a pledge other than funding; ISR and air: US land or sea troops).</source>
      <translation>Заявлена в плані підтримка США не відповідає підрозділам і внескам США в будь-якій фазі (жодна: будь-які; фінансова: війська або внесок, відмінний від фінансування; розвідка й авіація: сухопутні чи морські війська США).</translation>
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
      <translation>План: {plan} — профіль {profile}, фаза {phase}</translation>
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
    <name>MainWindow</name>
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
      <translation>Батальйонна тактична група</translation>
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
