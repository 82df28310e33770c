<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
</TS>
