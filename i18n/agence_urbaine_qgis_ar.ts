<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>%1 [optional]</source>
        <translation>%1 [اختياري]</translation>
    </message>
</context>
</TS>
