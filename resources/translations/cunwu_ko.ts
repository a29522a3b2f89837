<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="zh_CN">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>欢迎使用村务通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是一个新的数据文件。请选择：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先看看示范村（合成数据，可随时换成本村数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建立本村的空白数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 位统计用区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>村务通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在册人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“%1”功能正在建设中，下一版本提供。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
