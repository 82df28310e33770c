<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
  <context>
    <name>Phases</name>
    <message>
      <location filename="desktop/i18n.py" line="183" />
      <source>ceasefire</source>
      <translation>припинення вогню</translation>
    </message>
    <message>
      <location filename="desktop/i18n.py" line="184" />
      <source>settlement</source>
      <translation>мирне врегулювання</translation>
    </message>
    <message>
      <location filename="desktop/i18n.py" line="185" />
      <source>long term</source>
      <translation>довгострокова</translation>
    </message>
  </context>
  <context>
    <name>Suggest</name>
    <message>
      <location filename="desktop/suggest.py" line="297" />
      <source>{km} km from {place}</source>
      <translation>за {km} км від міста {place}</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="298" />
      <source>at {place}</source>
      <translation>у місті {place}</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="309" />
      <source>Move {unit} {km} km, to {where}.</source>
      <translation>Перемістити {unit} на {km} км — {where}.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="346" />
      <source>Move {unit} {km} km out to sea.</source>
      <translation>Перемістити {unit} на {km} км у море.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="394" />
      <source>Deploy {unit} from the ceasefire.</source>
      <translation>Розгорнути {unit} з фази припинення вогню.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="487" />
      <source>Add a {nation} {unit}, {where}.</source>
      <translation>Додати: {unit} ({nation}), {where}.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="574" />
      <source>Move {unit} {km} km, to {where}, within reach of the Belarusian border.</source>
      <translation>Перемістити {unit} на {km} км — {where}, у межах досяжності кордону з Білоруссю.</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/suggest.py" line="882" />
      <source>Reposition %n air-defence battery(ies) to cover more priority sites.</source>
      <translation>
        <numerusform>Передислокувати %n батарею ППО, щоб прикрити більше пріоритетних об'єктів.</numerusform>
        <numerusform>Передислокувати %n батареї ППО, щоб прикрити більше пріоритетних об'єктів.</numerusform>
        <numerusform>Передислокувати %n батарей ППО, щоб прикрити більше пріоритетних об'єктів.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="943" />
      <source>Plan: {plan} — profile {profile}, phase {phase}</source>
      <translation>План: {plan} — профіль {profile}, фаза {phase}</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="946" />
      <source>No fix to propose: every finding Posture can mend is already mended.</source>
      <translation>Пропозицій немає: усе, що Posture може виправити, уже виправлено.</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="948" />
      <source>clears {findings}</source>
      <translation>усуває {findings}</translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="952" />
      <source>Air defence: {covered} of {sites} priority sites covered as placed, {best} at best with the same batteries (optimality gap {gap}).</source>
      <translation>ППО: за поточного розташування прикрито {covered} з {sites} пріоритетних об'єктів, за найкращого розташування тих самих батарей — {best} (розрив оптимальності {gap}).</translation>
    </message>
    <message numerus="yes">
      <location filename="desktop/suggest.py" line="966" />
      <source>%n more battery(ies) of the longest range would cover every site an allowed position can reach.</source>
      <translation>
        <numerusform>Ще %n батарея найбільшої дальності прикрила б усі об'єкти, досяжні з дозволених позицій.</numerusform>
        <numerusform>Ще %n батареї найбільшої дальності прикрили б усі об'єкти, досяжні з дозволених позицій.</numerusform>
        <numerusform>Ще %n батарей найбільшої дальності прикрили б усі об'єкти, досяжні з дозволених позицій.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="desktop/suggest.py" line="974" />
      <source>No allowed position covers: {sites}.</source>
      <translation>Жодна дозволена позиція не прикриває: {sites}.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="desktop/ui/mainwindow.py" line="308" />
      <source>&amp;Language</source>
      <translation>&amp;Мова</translation>
    </message>
    <message>
      <location filename="desktop/ui/mainwindow.py" line="322" />
      <source>Posture will speak {language} from its next start.</source>
      <translation>Posture перейде на мову «{language}» після перезапуску.</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Combat unit</source>
      <translation>Бойовий підрозділ</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Training mission</source>
      <translation>Навчальна місія</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Exercise force</source>
      <translation>Сили для навчань</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Logistics / entry hub</source>
      <translation>Логістичний вузол / пункт в'їзду</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Headquarters</source>
      <translation>Штаб</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Air-defence battery</source>
      <translation>Батарея ППО</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Fighter squadron</source>
      <translation>Винищувальна ескадрилья</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>ISR asset</source>
      <translation>Засіб розвідки (ISR)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Patrol group</source>
      <translation>Патрульна група</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Mine countermeasures</source>
      <translation>Протимінні сили</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Armoured brigade</source>
      <translation>Танкова бригада</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Mechanised infantry brigade</source>
      <translation>Механізована бригада</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Battlegroup</source>
      <translation>Батальйонна тактична група</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Force headquarters</source>
      <translation>Штаб угруповання</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Patriot battery</source>
      <translation>Батарея Patriot</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>SAMP/T battery</source>
      <translation>Батарея SAMP/T</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>IRIS-T SLM battery</source>
      <translation>Батарея IRIS-T SLM</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>NASAMS battery</source>
      <translation>Батарея NASAMS</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Sky Sabre (CAMM) battery</source>
      <translation>Батарея Sky Sabre (CAMM)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Typhoon squadron</source>
      <translation>Ескадрилья Typhoon</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Rafale squadron</source>
      <translation>Ескадрилья Rafale</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Gripen squadron</source>
      <translation>Ескадрилья Gripen</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>F-16 squadron</source>
      <translation>Ескадрилья F-16</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>F-35 squadron</source>
      <translation>Ескадрилья F-35</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>MiG-29 squadron</source>
      <translation>Ескадрилья МіГ-29</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>MALE drone (ISR)</source>
      <translation>БпЛА MALE (розвідка)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>AEW&amp;C aircraft</source>
      <translation>Літак ДРЛВ (AEW&amp;C)</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Satellite imagery service</source>
      <translation>Супутникова розвідка</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Frigate patrol group</source>
      <translation>Патрульна група фрегатів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Patrol boat group</source>
      <translation>Група патрульних катерів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>Mine countermeasures group</source>
      <translation>Група протимінних кораблів</translation>
    </message>
    <message>
      <location filename="desktop/resources/catalogue.json" line="0" />
      <source>EOD / diving team</source>
      <translation>Група розмінування / водолазів</translation>
    </message>
  </context>
</TS>
