<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgenceUrbaine</name>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>parcel</source>
        <translation>البقعة الأرضية</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>the footprint of application</source>
        <translation>المساحة المبنية للطلب</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="588"/>
        <source>Servitude {sid}: invalid geometry of feature '{fid}' ({reason}), repaired.</source>
        <translation>الارتفاق {sid}: هندسة غير صالحة للعنصر «{fid}» ({reason})، تم تصحيحها.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="593"/>
        <source>Servitude {sid}: rule {rule} measures areas; {count} non-polygon features ignored.</source>
        <translation>الارتفاق {sid}: القاعدة {rule} تقيس المساحات؛ تم تجاهل {count} من العناصر غير المضلعة.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="745"/>
        <source>(no field chosen)</source>
        <translation>(لم يتم اختيار أي حقل)</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="819"/>
        <source>{count} applications lie on parcels in zones the regulation does not declare ({zones}): their zone rules are not checked (to be checked).</source>
        <translation>{count} من الطلبات تقع على بقع في مناطق غير محددة في نظام التهيئة ({zones}): لم يتم التحقق من قواعد مناطقها (يتعين التحقق).</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="835"/>
        <source>any use not forbidden</source>
        <translation>كل استعمال غير ممنوع</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="903"/>
        <source>declared floor area</source>
        <translation>مساحة الطوابق المصرح بها</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="903"/>
        <source>footprint area × levels</source>
        <translation>المساحة المبنية × عدد الطوابق</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1004"/>
        <source>rear</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1004"/>
        <source>side</source>
        <translation>جانبية</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1211"/>
        <location filename="../core/veille.py" line="182"/>
        <source>{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.</source>
        <translation>{layer}: هندسة غير صالحة للعنصر «{fid}» ({reason})، تم تصحيحها.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1222"/>
        <source>Servitude {sid} is declared by the regulation but no layer was given: not checked.</source>
        <translation>الارتفاق {sid} منصوص عليه في نظام التهيئة لكن لم تُقدَّم أي طبقة: لم يتم التحقق منه.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1229"/>
        <source>Layer for servitude {sid} ignored: the regulation does not declare it.</source>
        <translation>تم تجاهل طبقة الارتفاق {sid}: نظام التهيئة لا ينص عليه.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1292"/>
        <source>{names} and {count} more</source>
        <translation>{names} و{count} أخرى</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1304"/>
        <source>{count} parcels are made of several parts, each checked as one lot: {parcels}.</source>
        <translation>{count} من البقع مكونة من عدة أجزاء، وفُحصت كل منها كبقعة واحدة: {parcels}.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1309"/>
        <source>Conformity check canceled.</source>
        <translation>أُلغي فحص المطابقة.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1334"/>
        <location filename="../processing/algorithms/check_conformity.py" line="378"/>
        <location filename="../processing/algorithms/parcel_note.py" line="163"/>
        <location filename="../processing/algorithms/parcel_note.py" line="167"/>
        <source>zoning</source>
        <translation>التنطيق</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1335"/>
        <location filename="../processing/algorithms/check_conformity.py" line="379"/>
        <source>roads</source>
        <translation>الطرق</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="140"/>
        <source>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS.</source>
        <translation>يتضمن QGIS 3.28 أو أحدث مكتبة shapely 2 على Windows وmacOS: ثبّت الإصدار الحالي من QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="141"/>
        <source>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS, or click “Install shapely”, or run: {command}</source>
        <translation>يتضمن QGIS 3.28 أو أحدث مكتبة shapely 2 على Windows وmacOS: ثبّت الإصدار الحالي من QGIS، أو انقر على «تثبيت shapely»، أو نفّذ: {command}</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="144"/>
        <source>Install shapely 2 for QGIS's Python with pip ("{requirement}").</source>
        <translation>ثبّت shapely 2 في Python الخاص بـ QGIS بواسطة pip ("{requirement}").</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="146"/>
        <source>Click “Install shapely” to install it into your QGIS profile, or run: {command}</source>
        <translation>انقر على «تثبيت shapely» لتثبيتها في ملف تعريف QGIS الخاص بك، أو نفّذ: {command}</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="154"/>
        <source>The Python package shapely 2 or later is missing: the conformity checks are disabled.</source>
        <translation>حزمة Python المسماة shapely (الإصدار 2 أو أحدث) غير موجودة: فحوص المطابقة معطّلة.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="156"/>
        <source>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled.</source>
        <translation>الإصدار {found} من shapely مثبَّت، لكن الإصدار 2 أو أحدث مطلوب: فحوص المطابقة معطّلة.</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="45"/>
        <source>self-intersection</source>
        <translation>تقاطع ذاتي</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="46"/>
        <source>ring self-intersection</source>
        <translation>تقاطع ذاتي للحلقة</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="47"/>
        <source>too few points</source>
        <translation>عدد نقاط غير كافٍ</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="48"/>
        <source>interior disconnected</source>
        <translation>الجزء الداخلي غير متصل</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="49"/>
        <source>hole outside its outer ring</source>
        <translation>ثقب خارج حلقته الخارجية</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="50"/>
        <source>nested holes</source>
        <translation>ثقوب متداخلة</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="51"/>
        <source>nested outer rings</source>
        <translation>حلقات خارجية متداخلة</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="52"/>
        <source>duplicate rings</source>
        <translation>حلقات مكررة</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="53"/>
        <source>invalid coordinate</source>
        <translation>إحداثية غير صالحة</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="54"/>
        <source>ring not closed</source>
        <translation>حلقة غير مغلقة</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="55"/>
        <source>repeated point</source>
        <translation>نقطة مكررة</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="67"/>
        <source>{problem} at ({x}, {y})</source>
        <translation>{problem} عند ({x}؛ {y})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="35"/>
        <source>at most {value}</source>
        <translation>على الأكثر {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="36"/>
        <source>at least {value}</source>
        <translation>على الأقل {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="37"/>
        <source>allowed: {uses}</source>
        <translation>المسموح بها: {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="38"/>
        <source>forbidden: {uses}</source>
        <translation>الممنوعة: {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="39"/>
        <source>at most {value} levels (R+{floors})</source>
        <translation>على الأكثر {value} طوابق (R+{floors})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="40"/>
        <source>at least the larger of {min} and {factor} × the building height</source>
        <translation>على الأقل القيمة الأكبر بين {min} و{factor} × علو البناية</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="41"/>
        <source>0 m where building in continuous rows, otherwise {value}</source>
        <translation>0 م في حالة البناء المتصل، وإلا {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="42"/>
        <source>; lots created before {date} are referred to the commission</source>
        <translation>؛ تُحال البقع المحدثة قبل {date} على اللجنة</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="43"/>
        <source>at most {value} ({acronym})</source>
        <translation>على الأكثر {value} ({acronym})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="44"/>
        <source>covers {area} ({share} of the parcel)</source>
        <translation>يغطي {area} ({share} من البقعة)</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="45"/>
        <source>{distance} from the parcel, within the {required} band</source>
        <translation>على بعد {distance} من البقعة، داخل نطاق {required}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="46"/>
        <source>building forbidden inside</source>
        <translation>البناء ممنوع داخله</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="47"/>
        <source>at most {value} of footprint inside</source>
        <translation>على الأكثر {value} من المساحة المبنية داخله</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="48"/>
        <source>no building within {value}</source>
        <translation>لا بناء على مسافة تقل عن {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="49"/>
        <source>height at most {value} inside</source>
        <translation>علو لا يتجاوز {value} داخله</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="287"/>
        <source>Parcel note canceled.</source>
        <translation>أُلغي إعداد مذكرة المعلومات التعميرية.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="144"/>
        <source>personal data: the field name looks like a person's name</source>
        <translation>معطيات شخصية: اسم الحقل يوحي باسم شخص</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="145"/>
        <source>personal data: the field name looks like an identity card (CIN) number</source>
        <translation>معطيات شخصية: اسم الحقل يوحي برقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="146"/>
        <source>personal data: the field name looks like a phone number field</source>
        <translation>معطيات شخصية: اسم الحقل يوحي برقم هاتف</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="147"/>
        <source>personal data: the field name looks like an e-mail address field</source>
        <translation>معطيات شخصية: اسم الحقل يوحي بعنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="148"/>
        <source>personal data: the field name looks like a postal address field</source>
        <translation>معطيات شخصية: اسم الحقل يوحي بعنوان بريدي</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="149"/>
        <source>personal data: the field name looks like a date or place of birth</source>
        <translation>معطيات شخصية: اسم الحقل يوحي بتاريخ أو مكان الازدياد</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="150"/>
        <source>personal data: the field name looks like data about the applicant or owner</source>
        <translation>معطيات شخصية: اسم الحقل يوحي بمعطيات عن صاحب الطلب أو المالك</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="151"/>
        <source>personal data: the field name is on the agency's list</source>
        <translation>معطيات شخصية: اسم الحقل مدرج في قائمة الوكالة</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="152"/>
        <source>personal data: values look like CIN numbers</source>
        <translation>معطيات شخصية: القيم تشبه أرقام البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="153"/>
        <source>personal data: values look like phone numbers</source>
        <translation>معطيات شخصية: القيم تشبه أرقام هواتف</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="154"/>
        <source>personal data: values look like e-mail addresses</source>
        <translation>معطيات شخصية: القيم تشبه عناوين بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="40"/>
        <source>Invalid regulation {source}</source>
        <translation>نظام تهيئة غير صالح {source}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an integer</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="77"/>
        <source>(document)</source>
        <translation>(الوثيقة)</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="105"/>
        <source>expected one of {allowed}, got {value}</source>
        <translation>القيمة المنتظرة إحدى {allowed}، والمعطاة {value}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="109"/>
        <source>'{value}' does not match the expected form {pattern}</source>
        <translation>«{value}» لا يطابق الصيغة المنتظرة {pattern}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="124"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="125"/>
        <source>expected {wanted}</source>
        <translation>المنتظر: {wanted}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="132"/>
        <source>{value} is below the minimum {bound}</source>
        <translation>{value} أقل من الحد الأدنى {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="135"/>
        <source>{value} is above the maximum {bound}</source>
        <translation>{value} يتجاوز الحد الأقصى {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="141"/>
        <source>missing required key '{key}'</source>
        <translation>المفتاح الإلزامي «{key}» مفقود</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="155"/>
        <source>unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="191"/>
        <source>acronym not declared in ratio_definitions (say what it measures: coverage or floor_area)</source>
        <translation>اختصار غير مصرح به في ratio_definitions (حدد ما يقيسه: coverage أو floor_area)</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="194"/>
        <source>measures {measure} like {other}: give one value per measure</source>
        <translation>يقيس {measure} مثل {other}: أعط قيمة واحدة لكل مقياس</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="203"/>
        <source>both allowed and forbidden: {uses}</source>
        <translation>مسموح به وممنوع في آن واحد: {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="207"/>
        <location filename="../core/regulation.py" line="261"/>
        <source>not in the plan's list of uses: {uses}</source>
        <translation>غير وارد في لائحة استعمالات تصميم التهيئة: {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="210"/>
        <source>give road_setback_m too: it applies along roads narrower than every from_width_m</source>
        <translation>حدد road_setback_m أيضًا: فهو يطبق على طول الطرق التي يقل عرضها عن جميع قيم from_width_m</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="214"/>
        <source>not a valid date</source>
        <translation>تاريخ غير صالح</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="225"/>
        <source>rule {rule} needs the key '{key}'</source>
        <translation>القاعدة {rule} تتطلب المفتاح «{key}»</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="230"/>
        <source>not used by rule {rule}</source>
        <translation>غير مستعمل من طرف القاعدة {rule}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="245"/>
        <source>the plan declares no zone</source>
        <translation>تصميم التهيئة لا يحدد أي منطقة</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="488"/>
        <source>cannot read the file: {error}</source>
        <translation>تعذرت قراءة الملف: {error}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="490"/>
        <source>not valid JSON at line {line}, column {column}: {msg}</source>
        <translation>صيغة JSON غير صالحة في السطر {line}، العمود {column}: {msg}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="192"/>
        <source>Could not write the PDF {path} (layout export error {code}).</source>
        <translation>تعذرت كتابة ملف PDF {path} (خطأ في تصدير التخطيط {code}).</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="402"/>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="619"/>
        <location filename="../processing/algorithms/check_conformity.py" line="379"/>
        <location filename="../processing/algorithms/check_conformity.py" line="411"/>
        <source>Roads</source>
        <translation>الطرق</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="619"/>
        <location filename="../core/report.py" line="924"/>
        <location filename="../core/report.py" line="930"/>
        <location filename="../core/rules.py" line="151"/>
        <location filename="../processing/algorithms/check_conformity.py" line="293"/>
        <location filename="../processing/algorithms/check_conformity.py" line="378"/>
        <location filename="../processing/algorithms/check_conformity.py" line="403"/>
        <location filename="../processing/algorithms/parcel_note.py" line="82"/>
        <location filename="../processing/algorithms/parcel_note.py" line="171"/>
        <location filename="../processing/algorithms/parcel_note.py" line="185"/>
        <source>Zoning</source>
        <translation>التنطيق</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="620"/>
        <location filename="../processing/algorithms/check_conformity.py" line="274"/>
        <location filename="../processing/algorithms/check_conformity.py" line="375"/>
        <location filename="../processing/algorithms/check_conformity.py" line="397"/>
        <location filename="../processing/algorithms/parcel_note.py" line="78"/>
        <location filename="../processing/algorithms/parcel_note.py" line="170"/>
        <location filename="../processing/algorithms/parcel_note.py" line="180"/>
        <source>Parcels</source>
        <translation>البقع الأرضية</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="746"/>
        <source>no zone of the plan</source>
        <translation>لا توجد أي منطقة من مناطق التصميم</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="755"/>
        <source>Verdict: {verdict}</source>
        <translation>الحكم: {verdict}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="756"/>
        <source>{fail} rule(s) not compliant, {check} to be checked</source>
        <translation>{fail} قاعدة غير مطابقة، {check} يتعين التحقق منها</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="766"/>
        <source>Permit conformity check — application {application}</source>
        <translation>فحص المطابقة — الطلب {application}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="769"/>
        <source>Parcel {parcel} · {plan} · {date}</source>
        <translation>البقعة {parcel} · {plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="777"/>
        <source>Zones: {zones}</source>
        <translation>المناطق: {zones}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="43"/>
        <source>Allowed</source>
        <translation>المسموح به</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="42"/>
        <source>Measured</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="44"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../core/report.py" line="940"/>
        <location filename="../processing/conformity_styles.py" line="42"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../core/report.py" line="820"/>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="791"/>
        <location filename="../core/report.py" line="838"/>
        <source>Agence Urbaine Numérique — automatic check against the regulation of {plan}; the planner's review prevails.</source>
        <translation>الوكالة الحضرية الرقمية — فحص آلي وفق نظام التهيئة الخاص بـ {plan}؛ ويبقى رأي المكلف بدراسة الملف هو المعتمد.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="798"/>
        <source>Offending part</source>
        <translation>الجزء المخالف</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="800"/>
        <source>Planned footprint</source>
        <translation>المساحة المبنية المزمع إنجازها</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="802"/>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="31"/>
        <source>Parcel</source>
        <translation>البقعة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="810"/>
        <source>Permit conformity check — summary</source>
        <translation>فحص المطابقة — ملخص</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="812"/>
        <source>{plan} · {date}</source>
        <translation>{plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="819"/>
        <source>Applications checked</source>
        <translation>الطلبات المفحوصة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="820"/>
        <location filename="../processing/algorithms/check_conformity.py" line="377"/>
        <location filename="../processing/algorithms/check_conformity.py" line="401"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <source>Rules not compliant</source>
        <translation>القواعد غير المطابقة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="30"/>
        <source>Zones</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="833"/>
        <location filename="../core/rules.py" line="63"/>
        <source>To be checked</source>
        <translation>يتعين التحقق</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="836"/>
        <source>Warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="895"/>
        <source>Urban planning information note</source>
        <translation>مذكرة المعلومات التعميرية</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="899"/>
        <source>{plan} · approved {approved} · issued {date}</source>
        <translation>{plan} · المصادق عليه بتاريخ {approved} · سُلّمت بتاريخ {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="903"/>
        <source>Parcel {parcel} — area {area} m²</source>
        <translation>البقعة {parcel} — المساحة {area} م²</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="915"/>
        <source>This note states the rules of the plan d'aménagement that apply to the parcel on the date of issue. It is not a building permit; the regulation's text prevails.</source>
        <translation>تبين هذه المذكرة قواعد تصميم التهيئة المطبقة على البقعة في تاريخ تسليمها. ولا تعتبر رخصة للبناء؛ ويبقى نص نظام التهيئة هو المرجع.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="918"/>
        <source>Agence Urbaine Numérique — {plan}</source>
        <translation>الوكالة الحضرية الرقمية — {plan}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="925"/>
        <location filename="../core/rules.py" line="143"/>
        <source>The parcel is not covered by any zone of the plan.</source>
        <translation>البقعة غير مشمولة بأي منطقة من مناطق تصميم التهيئة.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="927"/>
        <source>(not declared by the regulation)</source>
        <translation>(غير محددة في نظام التهيئة)</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Area</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Zone</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Zone label</source>
        <translation>تسمية المنطقة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="932"/>
        <source>The parcel straddles several zones: the rules of each zone apply to its part; the agency must be consulted.</source>
        <translation>تمتد البقعة على عدة مناطق: تطبق قواعد كل منطقة على الجزء الواقع فيها؛ ويتعين استشارة الوكالة.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="940"/>
        <source>How it is measured</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="940"/>
        <location filename="../core/report.py" line="952"/>
        <source>Requirement</source>
        <translation>المقتضى</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="941"/>
        <source>Rules of zone {zone}</source>
        <translation>قواعد المنطقة {zone}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="946"/>
        <location filename="../core/report.py" line="953"/>
        <source>Servitudes</source>
        <translation>الارتفاقات</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="947"/>
        <source>No servitude of the plan affects the parcel.</source>
        <translation>لا يمس البقعة أي ارتفاق من ارتفاقات التصميم.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>Legal basis</source>
        <translation>السند القانوني</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>On this parcel</source>
        <translation>على هذه البقعة</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>Servitude</source>
        <translation>الارتفاق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="61"/>
        <source>Compliant</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="62"/>
        <source>Not compliant</source>
        <translation>غير مطابق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="138"/>
        <source>{label}: cannot be checked, the field '{field}' is empty or missing.</source>
        <translation>{label}: يتعذر التحقق، الحقل «{field}» فارغ أو غير موجود.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="139"/>
        <source> The parcel straddles zones {zones}: evaluated against zone {zone}; the planner must check.</source>
        <translation> تمتد البقعة على المناطق {zones}: قُيّمت وفق المنطقة {zone}؛ يتعين على المكلف بدراسة الملف التحقق.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="144"/>
        <source>{label}: no parcel boundary lies along a road; cannot be measured.</source>
        <translation>{label}: لا يحاذي أي حد من حدود البقعة طريقًا؛ يتعذر القياس.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="152"/>
        <source>Share of the parcel area in each zone of the plan.</source>
        <translation>حصة مساحة البقعة في كل منطقة من مناطق تصميم التهيئة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="153"/>
        <source>The parcel lies in zone {zone}.</source>
        <translation>تقع البقعة في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="154"/>
        <source>The parcel straddles zones {zones}: the planner must check which rules apply.</source>
        <translation>تمتد البقعة على المناطق {zones}: يتعين على المكلف بدراسة الملف التحقق من القواعد المطبقة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="158"/>
        <source>Geometry</source>
        <translation>الهندسة</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="159"/>
        <source>Validity of the footprint and parcel geometries (OGC rules).</source>
        <translation>صلاحية هندسة المساحة المبنية والبقعة (قواعد OGC).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="160"/>
        <source>Valid geometry.</source>
        <translation>هندسة صالحة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="161"/>
        <source>Invalid geometry of {what} '{feature}': {reason}. It was repaired for the check.</source>
        <translation>هندسة غير صالحة ({what} «{feature}»): {reason}. تم تصحيحها لأغراض الفحص.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="165"/>
        <source>Footprint within its parcel</source>
        <translation>المساحة المبنية داخل بقعتها</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="166"/>
        <source>Area of the footprint lying outside its parcel.</source>
        <translation>مساحة الجزء المبني الواقع خارج بقعته.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="167"/>
        <source>{label}: the footprint lies within parcel {parcel}.</source>
        <translation>{label}: تقع المساحة المبنية داخل البقعة {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="168"/>
        <source>{label}: {measured} of the footprint lies outside parcel {parcel}.</source>
        <translation>{label}: {measured} من المساحة المبنية تقع خارج البقعة {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="172"/>
        <source>Use</source>
        <translation>الاستعمال</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="173"/>
        <source>Declared uses compared with the zone's allowed and forbidden uses.</source>
        <translation>مقارنة الاستعمالات المصرح بها مع الاستعمالات المسموح بها والممنوعة في المنطقة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="174"/>
        <source>{label}: '{uses}' is allowed in zone {zone}.</source>
        <translation>{label}: «{uses}» مسموح به في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="175"/>
        <source>{label}: '{uses}' is not allowed in zone {zone} (allowed: {allowed}).</source>
        <translation>{label}: «{uses}» غير مسموح به في المنطقة {zone} (الاستعمالات المسموح بها: {allowed}).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="178"/>
        <source>Number of levels</source>
        <translation>عدد الطوابق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="179"/>
        <source>Declared number of levels (R+n counts n+1 levels).</source>
        <translation>عدد الطوابق المصرح به (R+n يعني n+1 من الطوابق).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="180"/>
        <source>{label}: {measured} levels, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured} طوابق، والحد الأقصى المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="181"/>
        <source>{label}: {measured} levels exceed the {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured} طوابق تتجاوز الحد المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="185"/>
        <source>Height</source>
        <translation>العلو</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="186"/>
        <source>Declared building height in metres.</source>
        <translation>علو البناية المصرح به بالأمتار.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="187"/>
        <source>{label}: {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured}، والحد الأقصى المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="188"/>
        <source>{label}: {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured} يتجاوز الحد المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="191"/>
        <source>Coverage ratio</source>
        <translation>معامل المساحة المبنية على الأرض</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="192"/>
        <source>Footprint area divided by parcel area.</source>
        <translation>المساحة المبنية مقسومة على مساحة البقعة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="193"/>
        <source>{label} ({acronym}): {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured}، والحد الأقصى المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="194"/>
        <source>{label} ({acronym}): {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured} يتجاوز الحد المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="197"/>
        <source>Floor-area ratio</source>
        <translation>معامل استغلال الأرض</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="198"/>
        <source>Total floor area divided by parcel area.</source>
        <translation>مجموع مساحة الطوابق مقسومًا على مساحة البقعة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="199"/>
        <source>{label} ({acronym}): {measured} ({source}), at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured} ({source})، والحد الأقصى المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="200"/>
        <source>{label} ({acronym}): {measured} ({source}) exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured} ({source}) يتجاوز الحد المسموح به {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="204"/>
        <source>Minimum lot area</source>
        <translation>المساحة الدنيا للبقعة</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="205"/>
        <source>Parcel area.</source>
        <translation>مساحة البقعة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="206"/>
        <source>{label}: the parcel measures {measured}, at least {allowed} required in zone {zone}.</source>
        <translation>{label}: مساحة البقعة {measured}، والحد الأدنى المطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="207"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: مساحة البقعة {measured}، وهي أقل من الحد الأدنى المطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="211"/>
        <source>Minimum frontage</source>
        <translation>الحد الأدنى للواجهة على الطريق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="212"/>
        <source>Length of the parcel boundary lying along a road polygon.</source>
        <translation>طول حد البقعة المحاذي للطريق.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="213"/>
        <source>{label}: {measured} along the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} على الطريق، والحد الأدنى المطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="214"/>
        <source>{label}: {measured} along the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} على الطريق، وهو أقل من الحد الأدنى المطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="217"/>
        <source>Road setback</source>
        <translation>التراجع عن الطريق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="218"/>
        <source>Distance from the footprint to the parcel boundary along the road.</source>
        <translation>المسافة بين المساحة المبنية وحد البقعة المحاذي للطريق.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="219"/>
        <source>{label}: {measured} from the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} عن الطريق، والحد الأدنى المطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="220"/>
        <source>{label}: {measured} from the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} عن الطريق، وهو أقل من الحد الأدنى المطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="223"/>
        <source>Side setback</source>
        <translation>التراجع عن الحدود الجانبية</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="225"/>
        <source>Distance from the footprint to the side limits; required max(min, factor × height).</source>
        <translation>المسافة بين المساحة المبنية والحدود الجانبية؛ المطلوب: القيمة الأكبر بين الحد الأدنى وحاصل ضرب المعامل في العلو.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="226"/>
        <source>{label}: {measured} from the side limits, {allowed} required in zone {zone}{rows}.</source>
        <translation>{label}: {measured} عن الحدود الجانبية، والمطلوب {allowed} في المنطقة {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="227"/>
        <source>{label}: {measured} from the side limits, below the {allowed} required in zone {zone}{rows}.</source>
        <translation>{label}: {measured} عن الحدود الجانبية، وهو أقل من المطلوب {allowed} في المنطقة {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="231"/>
        <source>Rear setback</source>
        <translation>التراجع عن الحد الخلفي</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="233"/>
        <source>Distance from the footprint to the rear limits; required max(min, factor × height).</source>
        <translation>المسافة بين المساحة المبنية والحدود الخلفية؛ المطلوب: القيمة الأكبر بين الحد الأدنى وحاصل ضرب المعامل في العلو.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="234"/>
        <source>{label}: {measured} from the rear limit, {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} عن الحد الخلفي، والمطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="235"/>
        <source>{label}: {measured} from the rear limit, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} عن الحد الخلفي، وهو أقل من المطلوب {allowed} في المنطقة {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="238"/>
        <source>No overlap with servitude</source>
        <translation>عدم التداخل مع الارتفاق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="239"/>
        <location filename="../core/rules.py" line="247"/>
        <source>Area of the footprint inside the servitude.</source>
        <translation>مساحة الجزء المبني الواقع داخل الارتفاق.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="240"/>
        <source>{servitude}: the footprint does not overlap it.</source>
        <translation>{servitude}: المساحة المبنية لا تتداخل معه.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="241"/>
        <source>{servitude}: {measured} of the footprint lies inside it; building is forbidden there.</source>
        <translation>{servitude}: {measured} من المساحة المبنية تقع داخله؛ البناء ممنوع فيه.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="245"/>
        <source>Maximum area inside servitude</source>
        <translation>المساحة القصوى داخل الارتفاق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="248"/>
        <source>{servitude}: {measured} of the footprint inside it, at most {allowed} allowed.</source>
        <translation>{servitude}: {measured} من المساحة المبنية داخله، والحد الأقصى المسموح به {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="249"/>
        <source>{servitude}: {measured} of the footprint inside it exceeds the {allowed} allowed.</source>
        <translation>{servitude}: {measured} من المساحة المبنية داخله تتجاوز الحد المسموح به {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="253"/>
        <source>Minimum distance to servitude</source>
        <translation>المسافة الدنيا عن الارتفاق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="255"/>
        <source>Shortest distance from the footprint to the servitude features.</source>
        <translation>أقصر مسافة بين المساحة المبنية وعناصر الارتفاق.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="256"/>
        <source>{servitude}: {measured} away, at least {allowed} required.</source>
        <translation>{servitude}: على بعد {measured}، والحد الأدنى المطلوب {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="257"/>
        <source>{servitude}: only {measured} away, at least {allowed} required.</source>
        <translation>{servitude}: على بعد {measured} فقط، والحد الأدنى المطلوب {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="261"/>
        <source>Maximum height inside servitude</source>
        <translation>العلو الأقصى داخل الارتفاق</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="263"/>
        <source>Building height where the footprint overlaps the servitude.</source>
        <translation>علو البناية حيث تتداخل المساحة المبنية مع الارتفاق.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="264"/>
        <source>{servitude}: height {measured}, at most {allowed} allowed inside it.</source>
        <translation>{servitude}: العلو {measured}، والحد الأقصى المسموح به داخله {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="265"/>
        <source>{servitude}: height {measured} exceeds the {allowed} allowed inside it.</source>
        <translation>{servitude}: العلو {measured} يتجاوز الحد المسموح به داخله {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="287"/>
        <source>{label}: no road layer was given; cannot be measured.</source>
        <translation>{label}: لم تُقدَّم طبقة الطرق؛ يتعذر القياس.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="288"/>
        <source>{label}: the application has no footprint geometry; cannot be measured.</source>
        <translation>{label}: الطلب لا يتضمن هندسة للمساحة المبنية؛ يتعذر القياس.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="289"/>
        <source>{label}: no such limit on this parcel (the limits are all road or {other} limits).</source>
        <translation>{label}: لا يوجد حد من هذا النوع في هذه البقعة (جميع حدودها محاذية للطريق أو {other}).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="290"/>
        <source>The {what} '{feature}' has no geometry.</source>
        <translation>هندسة غير موجودة: {what} «{feature}».</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="291"/>
        <source>Parcel '{parcel}' was not found among the parcels; the application cannot be checked.</source>
        <translation>لم يُعثر على البقعة «{parcel}» ضمن البقع؛ يتعذر فحص الطلب.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="294"/>
        <source>No parcel lies under the footprint; the application cannot be checked.</source>
        <translation>لا توجد أي بقعة تحت المساحة المبنية؛ يتعذر فحص الطلب.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="295"/>
        <source>The parcel lies in zone {zone}, which the regulation does not declare.</source>
        <translation>تقع البقعة في المنطقة {zone}، وهي غير محددة في نظام التهيئة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="296"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}, but the lot dates from {lot_date} (before {limit}): referred to the commission.</source>
        <translation>{label}: مساحة البقعة {measured}، وهي أقل من الحد الأدنى المطلوب {allowed} في المنطقة {zone}، لكن البقعة تعود إلى {lot_date} (قبل {limit}): يُحال الملف على اللجنة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="301"/>
        <source>{servitude}: the footprint lies outside it.</source>
        <translation>{servitude}: تقع المساحة المبنية خارجه.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="302"/>
        <source>{servitude}: the layer has no feature.</source>
        <translation>{servitude}: الطبقة لا تحتوي على أي عنصر.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="303"/>
        <source>{servitude}: not checked, no layer was given for this servitude.</source>
        <translation>{servitude}: لم يتم التحقق منه، إذ لم تُقدَّم أي طبقة لهذا الارتفاق.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="304"/>
        <source> Measured on a repaired geometry: indicative only, to be checked on corrected data.</source>
        <translation> تم القياس على هندسة مصحَّحة: قيمة استرشادية فقط، يتعين التحقق منها على معطيات مصحَّحة.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="306"/>
        <source> (continuous rows: 0 m allowed)</source>
        <translation> (بناء متصل: 0 م مسموح به)</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="135"/>
        <source>Feature {fid} of {collection} was deleted on the server.</source>
        <translation>حُذف العنصر {fid} من {collection} على الخادم.</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="138"/>
        <source>Feature {fid} of {collection} was changed on the server meanwhile.</source>
        <translation>عُدّل العنصر {fid} من {collection} على الخادم في الأثناء.</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="140"/>
        <source>Feature {fid} of {collection} changed on the server (version {theirs}, expected {ours}).</source>
        <translation>عُدّل العنصر {fid} من {collection} على الخادم (الإصدار {theirs}، والمنتظر {ours}).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="100"/>
        <source>The address {url} contains a user name or password: remove them and choose an authentication configuration instead (the address is stored and shown, the configuration is encrypted).</source>
        <translation>يحتوي العنوان {url} على اسم مستخدم أو كلمة مرور: احذفهما واختر بدلاً من ذلك إعداد مصادقة (العنوان يُحفظ ويُعرض، أما الإعداد فمشفَّر).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="105"/>
        <source>The address {url} is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https://, or allow credentials over unencrypted http for this connection (only on a network you trust).</source>
        <translation>العنوان {url} غير مشفَّر (http://): ستعبر بيانات الاعتماد الشبكة مقروءة لكل من يقع في طريقها. استعمل https://، أو اسمح ببيانات الاعتماد عبر http غير المشفَّر لهذا الاتصال (على شبكة موثوقة فقط).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="123"/>
        <source>The server compressed its answer with {encoding}, which was not asked for.</source>
        <translation>ضغط الخادم جوابه بـ {encoding}، وهو ما لم يُطلب.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="200"/>
        <source>The server {url} cannot be reached: {error}</source>
        <translation>تعذر الوصول إلى الخادم {url}: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="201"/>
        <source>timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="203"/>
        <source>Request to {url} failed: {error}</source>
        <translation>فشل الطلب الموجه إلى {url}: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="208"/>
        <source>{url} sent a compressed answer that cannot be decompressed.</source>
        <translation>أرسل {url} جواباً مضغوطاً يتعذر فك ضغطه.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="212"/>
        <source>The server {url} refused the credentials (HTTP {status}).</source>
        <translation>رفض الخادم {url} بيانات الاعتماد (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="247"/>
        <source>{url} redirects again and again (more than {n} times): check the address of the connection.</source>
        <translation>يعيد {url} التوجيه مرة بعد مرة (أكثر من {n} مرات): تحقق من عنوان الاتصال.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="251"/>
        <location filename="../core/sync/http.py" line="258"/>
        <source>an unknown address</source>
        <translation>عنوان غير معروف</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="252"/>
        <source>The server moved to {target}: update the connection. It answered the {method} of {url} with a redirection (HTTP {status}), which is never followed for a write: nothing was stored, the change stays to be sent.</source>
        <translation>انتقل الخادم إلى {target}: حدِّث الاتصال. أجاب على طلب {method} لـ {url} بإعادة توجيه (HTTP {status})، ولا تُتَّبع إعادة التوجيه أبداً في الكتابة: لم يُحفظ شيء، ويبقى التعديل في انتظار الإرسال.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="259"/>
        <source>The server moved to {target}: update the connection. It redirected {url} there (HTTP {status}); a read is only followed on the same server, over the same protocol.</source>
        <translation>انتقل الخادم إلى {target}: حدِّث الاتصال. أعاد توجيه {url} إليه (HTTP {status})؛ ولا تُتَّبع إعادة التوجيه في القراءة إلا على الخادم نفسه وبالبروتوكول نفسه.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="275"/>
        <source>Cancelled while reading from the server.</source>
        <translation>أُلغي أثناء القراءة من الخادم.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="356"/>
        <source>The connection to {url} was cut before the whole answer arrived.</source>
        <translation>انقطع الاتصال بـ {url} قبل وصول الجواب كاملاً.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="358"/>
        <source>The connection to {url} was cut: {received} of {declared} bytes received.</source>
        <translation>انقطع الاتصال بـ {url}: تم استلام {received} من أصل {declared} بايت.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="362"/>
        <source>The server {url} did not answer completely within {seconds:g} s (it sends too slowly or never ends): given up.</source>
        <translation>لم يُجب الخادم {url} كاملاً خلال {seconds:g} ث (يرسل ببطء شديد أو لا ينتهي): تم التخلي.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="367"/>
        <source>The server sent more than {limit} bytes in one response.</source>
        <translation>أرسل الخادم أكثر من {limit} بايت في رد واحد.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="43"/>
        <source>The certificate of {url} has expired: the connection was refused. The agency's IT must renew the server's certificate.</source>
        <translation>انتهت صلاحية شهادة {url}: رُفض الاتصال. يجب على المصلحة المعلوماتية بالوكالة تجديد شهادة الخادم.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="46"/>
        <source>The certificate of {url} is not valid yet: check this computer's date and time, or tell the agency's IT.</source>
        <translation>شهادة {url} غير سارية بعد: تحقق من تاريخ هذا الحاسوب وساعته، أو أبلغ المصلحة المعلوماتية بالوكالة.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="49"/>
        <source>The certificate of {url} was issued for another address: use the address written in the certificate, or tell the agency's IT.</source>
        <translation>صدرت شهادة {url} لعنوان آخر: استعمل العنوان المكتوب في الشهادة، أو أبلغ المصلحة المعلوماتية بالوكالة.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="52"/>
        <source>The certificate of {url} is not trusted by this computer: add the agency's certificate authority in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager &gt; Authorities), then try again.</source>
        <translation>شهادة {url} غير موثوقة على هذا الحاسوب: أضف جهة إصدار الشهادات الخاصة بالوكالة في QGIS (الإعدادات &gt; الخيارات &gt; المصادقة &gt; مدير الشهادات &gt; الجهات المُصدِرة)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="56"/>
        <source>{url} does not speak HTTPS on this port: check the address (http:// or https://, and the port).</source>
        <translation>{url} لا يستعمل HTTPS على هذا المنفذ: تحقق من العنوان (http:// أو https://، والمنفذ).</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="58"/>
        <source>Secure connection to {url} failed: {error}</source>
        <translation>فشل الاتصال الآمن بـ {url}: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="64"/>
        <source>The server {url} does not allow this account to do this (HTTP 403): ask the agency's administrator for the role or the collection.</source>
        <translation>لا يسمح الخادم {url} لهذا الحساب بهذه العملية (HTTP 403): اطلب من مسؤول الخادم بالوكالة الدور المطلوب أو الولوج إلى المجموعة.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="67"/>
        <source>The server {url} accepts HTTPS only: change the connection's address to https://.</source>
        <translation>لا يقبل الخادم {url} إلا HTTPS: غيّر عنوان الاتصال إلى https://.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="125"/>
        <source>{url} answered with {type} instead of JSON (HTTP {status}).</source>
        <translation>أجاب {url} بـ {type} بدلًا من JSON (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="132"/>
        <source>{url} answered with invalid JSON: {error}</source>
        <translation>أجاب {url} بصيغة JSON غير صالحة: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="139"/>
        <location filename="../core/sync/wfst.py" line="258"/>
        <source>The server failed (HTTP {status}) on {url}.</source>
        <translation>أخفق الخادم (HTTP {status}) في {url}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="144"/>
        <source>The server refused the request (HTTP {status}) on {url}. {detail}</source>
        <translation>رفض الخادم الطلب (HTTP {status}) في {url}. {detail}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="166"/>
        <location filename="../core/sync/ogcapi.py" line="388"/>
        <location filename="../core/sync/wfst.py" line="312"/>
        <source>The server has no collection {name}.</source>
        <translation>لا يحتوي الخادم على المجموعة {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="171"/>
        <source>{url} is not an OGC API - Features server.</source>
        <translation>{url} ليس خادم OGC API - Features.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="175"/>
        <source>A collection description has no id.</source>
        <translation>وصف إحدى المجموعات لا يتضمن معرّفًا.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="264"/>
        <source>The server sent features of {collection} it had already sent (at offset {offset}): it does not page (it ignores offset), so the collection cannot be read completely. Tell the server's administrator.</source>
        <translation>أرسل الخادم عناصر من {collection} سبق أن أرسلها (عند الإزاحة {offset}): إنه لا يقسّم إلى صفحات (يتجاهل offset)، لذا لا يمكن قراءة المجموعة كاملة. أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="271"/>
        <source>A feature of {collection} has an id that is neither a string nor a number.</source>
        <translation>لأحد عناصر {collection} معرّف ليس نصاً ولا رقماً.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="274"/>
        <source>Features of {collection} have no id: they cannot be synchronised.</source>
        <translation>بعض عناصر {collection} بلا معرّف: لا يمكن مزامنتها.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="276"/>
        <source>Feature {fid} of {collection} came twice while the pages were read (the data changed on the server meanwhile, or its paging order is not stable): the download stopped, try again.</source>
        <translation>وصل العنصر {fid} من {collection} مرتين أثناء قراءة الصفحات (تغيرت البيانات على الخادم في الأثناء، أو أن ترتيب الصفحات لديه غير ثابت): توقف التنزيل، أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="282"/>
        <source>{collection} has more than {limit} features: more than one listing reads (max_features). Check out a smaller area.</source>
        <translation>تضم {collection} أكثر من {limit} عنصراً: أكثر مما تقرؤه قراءة واحدة (max_features). استخرج منطقة أصغر.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="394"/>
        <location filename="../core/sync/wfst.py" line="501"/>
        <source>{url} did not return a feature collection.</source>
        <translation>لم يُرجع {url} مجموعة عناصر.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="399"/>
        <source>{url} returned a feature that is not an object.</source>
        <translation>أعاد {url} عنصراً ليس كائناً.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="413"/>
        <source>{url} did not return a feature.</source>
        <translation>لم يُرجع {url} أي عنصر.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="453"/>
        <location filename="../core/sync/wfst.py" line="540"/>
        <source>Feature {fid} already exists in {collection} with other content.</source>
        <translation>العنصر {fid} موجود مسبقًا في {collection} بمحتوى مختلف.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="553"/>
        <source>Feature {fid} from {url} has a coordinate that is not a number (NaN or infinite): refused.</source>
        <translation>للعنصر {fid} الوارد من {url} إحداثية ليست رقماً (NaN أو لانهائية): مرفوض.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="559"/>
        <source>Feature {fid} from {url} has a value that is not a number (NaN or infinite) in {field}: refused.</source>
        <translation>للعنصر {fid} الوارد من {url} قيمة ليست رقماً (NaN أو لانهائية) في {field}: مرفوض.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="63"/>
        <source>{stored} of {total} feature(s) stored before the failure; publishing again completes it without duplicates.</source>
        <translation>حُفظ {stored} من أصل {total} عنصر قبل الإخفاق؛ وإعادة النشر تُتمّه دون تكرار.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="90"/>
        <source>{sent} feature(s) published to {collection}, in place of its features; {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation>نُشر {sent} من العناصر في {collection} بدلًا من عناصرها؛ رُفض {refused}، ولم يُرسل {invalid} بسبب هندسة غير صالحة.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="93"/>
        <source>{sent} feature(s) added to {collection}; {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation>أُضيف {sent} من العناصر إلى {collection}؛ رُفض {refused}، ولم يُرسل {invalid} بسبب هندسة غير صالحة.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="99"/>
        <source>Personal data left out: {field} ({reason}).</source>
        <translation>معطيات شخصية مستبعدة: {field} ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="102"/>
        <source>Personal data published on request: {fields}.</source>
        <translation>المعطيات الشخصية المنشورة بطلب: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="103"/>
        <source>Fields unknown to the server, left out: {fields}.</source>
        <translation>حقول غير معروفة لدى الخادم، تم استبعادها: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="104"/>
        <source>Server fields absent from the layer: {fields}.</source>
        <translation>حقول الخادم غير الموجودة في الطبقة: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="105"/>
        <source>Invalid geometry, not sent: {ref} ({reason})</source>
        <translation>هندسة غير صالحة، لم تُرسل: {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="107"/>
        <source>Refused by the server: {ref} ({reason})</source>
        <translation>رفضها الخادم: {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="110"/>
        <source>Publication cancelled.</source>
        <translation>أُلغي النشر.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="115"/>
        <source>Old features deleted: {n}.</source>
        <translation>العناصر القديمة المحذوفة: {n}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="117"/>
        <source>Old features kept: deleting {n} feature(s) was not confirmed.</source>
        <translation>تم الاحتفاظ بالعناصر القديمة: لم يتم تأكيد حذف {n} عنصر.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="120"/>
        <source>Old features kept: no feature was published.</source>
        <translation>تم الاحتفاظ بالعناصر القديمة: لم يُنشر أي عنصر.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="121"/>
        <source>Old features kept: not every feature could be published.</source>
        <translation>تم الاحتفاظ بالعناصر القديمة: تعذر نشر جميع العناصر.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="127"/>
        <source>no geometry</source>
        <translation>بدون هندسة</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="136"/>
        <source>empty geometry</source>
        <translation>هندسة فارغة</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="212"/>
        <source>Replace refused: the features carry none of the fields of {collection} ({fields}). Map the layer's fields to the collection's, or choose another collection.</source>
        <translation>رُفض التعويض: لا تحمل العناصر أيًّا من حقول {collection} ({fields}). اربط حقول الطبقة بحقول المجموعة، أو اختر مجموعة أخرى.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="261"/>
        <source>same key as {other}</source>
        <translation>مفتاح مطابق لمفتاح {other}</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="291"/>
        <source>{done} of {total} features sent</source>
        <translation>أُرسل {done} من أصل {total} عنصر</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="185"/>
        <source>{name}: {count} features downloaded</source>
        <translation>{name}: تم تنزيل {count} عنصر</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="194"/>
        <source>Checkout cancelled.</source>
        <translation>أُلغي التنزيل.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="287"/>
        <location filename="../core/sync/session.py" line="289"/>
        <location filename="../processing/algorithms/checkout.py" line="98"/>
        <location filename="../ui/tasks.py" line="306"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="298"/>
        <source>The server is temporarily unavailable: every change is kept; run the sync again later.</source>
        <translation>الخادم غير متاح مؤقتًا: تم الاحتفاظ بكل التغييرات؛ أعد تشغيل المزامنة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="305"/>
        <source>{name}: checking unfinished pushes</source>
        <translation>{name}: التحقق من عمليات الإرسال غير المكتملة</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="340"/>
        <source>The server stopped answering filtered requests; run the sync again.</source>
        <translation>توقف الخادم عن الإجابة على الطلبات المُرشَّحة؛ أعد تشغيل المزامنة.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="401"/>
        <location filename="../core/sync/session.py" line="615"/>
        <location filename="../core/sync/session.py" line="635"/>
        <source>Sync cancelled.</source>
        <translation>أُلغيت المزامنة.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="402"/>
        <source>{name}: {count} server features read</source>
        <translation>{name}: تمت قراءة {count} عنصر من الخادم</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="636"/>
        <source>{name}: sending {done} of {total} changes</source>
        <translation>{name}: إرسال {done} من أصل {total} تعديل</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="668"/>
        <source>{name}: {error} Run the sync again to merge it.</source>
        <translation>{name}: {error} أعد تشغيل المزامنة لدمجه.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="672"/>
        <source>{name}: feature {fid} was not sent: {error} It stays in the workspace and is sent by the next sync once the account is allowed.</source>
        <translation>{name}: لم يُرسل العنصر {fid}: {error} يبقى في فضاء العمل، وسترسله المزامنة القادمة بمجرد منح الحساب الصلاحية.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="677"/>
        <source>every field</source>
        <translation>كل الحقول</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="678"/>
        <source>{name}: the server refused feature {fid} ({fields}): {error} It stays in the workspace; check those values or ask the agency's administrator, then run the sync again.</source>
        <translation>{name}: رفض الخادم العنصر {fid} ({fields}): {error} يبقى في فضاء العمل؛ تحقق من هذه القيم أو اسأل مسؤول الخادم بالوكالة، ثم أعد تشغيل المزامنة.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="722"/>
        <source>{name}: feature {fid} not sent: {problem} It stays in the workspace; correct it, then run the sync again.</source>
        <translation>{name}: لم يُرسل العنصر {fid}: {problem} يبقى في فضاء العمل؛ صحّحه، ثم أعد تشغيل المزامنة.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="735"/>
        <source>it has no geometry, which the server requires.</source>
        <translation>ليست له هندسة، والخادم يشترطها.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="745"/>
        <source>the field {field} no longer exists on the server (removed or renamed); ask the agency which field replaces it.</source>
        <translation>الحقل {field} لم يعد موجودًا على الخادم (حُذف أو غُيّر اسمه)؛ اسأل الوكالة عن الحقل الذي يعوّضه.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="750"/>
        <source>the field {field} holds a NUL character, which the server cannot store.</source>
        <translation>يحتوي الحقل {field} على الحرف NUL، ولا يستطيع الخادم حفظه.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="754"/>
        <source>the field {field} holds {value}, which is not a number the server can store.</source>
        <translation>يحتوي الحقل {field} على {value}، وهي ليست عددًا يستطيع الخادم حفظه.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="758"/>
        <source>the field {field} holds {value}, which is not a whole number the server can store.</source>
        <translation>يحتوي الحقل {field} على {value}، وهي ليست عددًا صحيحًا يستطيع الخادم حفظه.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="761"/>
        <source>the field {field} holds {value}, which is not a number.</source>
        <translation>يحتوي الحقل {field} على {value}، وهي ليست عددًا.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="271"/>
        <source>{url} answered with invalid XML: {error}</source>
        <translation>أجاب {url} بصيغة XML غير صالحة: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="276"/>
        <source>The server refused the request: {message}</source>
        <translation>رفض الخادم الطلب: {message}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="294"/>
        <location filename="../core/sync/wfst.py" line="296"/>
        <source>{url} is not a WFS server.</source>
        <translation>{url} ليس خادم WFS.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="478"/>
        <source>The features of {name} changed too much during the download; run it again.</source>
        <translation>تغيّرت عناصر {name} كثيرًا أثناء التنزيل؛ أعد تشغيله.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="527"/>
        <location filename="../core/sync/wfst.py" line="609"/>
        <location filename="../core/sync/wfst.py" line="629"/>
        <source>The server refused feature {fid} of {collection}: {message}</source>
        <translation>رفض الخادم العنصر {fid} من {collection}: {message}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="790"/>
        <source>{url} did not answer the transaction.</source>
        <translation>لم يُجب {url} على المعاملة.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="1013"/>
        <source>The server did not describe the fields of {name}.</source>
        <translation>لم يصف الخادم حقول {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="1078"/>
        <source>The server's GML could not be read: {error}</source>
        <translation>تعذرت قراءة GML الصادر عن الخادم: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="78"/>
        <source>another program is using the file (close it there, e.g. stop editing its layers)</source>
        <translation>برنامج آخر يستعمل الملف (أغلقه فيه، مثلًا بإيقاف تعديل طبقاته)</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="80"/>
        <source>the disk is full (free some space)</source>
        <translation>القرص ممتلئ (حرّر بعض المساحة)</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="82"/>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="85"/>
        <source>The workspace {file} could not be written: {reason}. It is unchanged since the last step that completed; nothing was lost. Run the operation again once this is fixed.</source>
        <translation>تعذرت الكتابة في فضاء العمل {file}: {reason}. لم يتغير منذ آخر خطوة اكتملت؛ ولم يضع أي شيء. أعد تشغيل العملية بعد إصلاح ذلك.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="315"/>
        <location filename="../core/sync/workspace.py" line="428"/>
        <source>The workspace holds no collection {name}.</source>
        <translation>لا يحتوي فضاء العمل على المجموعة {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="365"/>
        <source>Checkout of {name} cancelled.</source>
        <translation>أُلغي تنزيل {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="377"/>
        <source>{name} is already checked out in this workspace.</source>
        <translation>تم تنزيل {name} مسبقًا في فضاء العمل هذا.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="76"/>
        <source>No permit</source>
        <translation>بدون رخصة</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="77"/>
        <source>Exceeds permit</source>
        <translation>يتجاوز الرخصة</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="78"/>
        <source>Conforming</source>
        <translation>مطابق للرخصة</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="164"/>
        <source>Search for unpermitted buildings canceled.</source>
        <translation>أُلغي البحث عن البنايات غير المرخصة.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="186"/>
        <source>{layer}: feature '{fid}' has no geometry, ignored.</source>
        <translation>{layer}: العنصر «{fid}» بدون هندسة، تم تجاهله.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="190"/>
        <source>{layer}: geometry of feature '{fid}' has no area, ignored.</source>
        <translation>{layer}: هندسة العنصر «{fid}» بدون مساحة، تم تجاهله.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="224"/>
        <source>The excess threshold in m² must be 0 or more; {value} was given.</source>
        <translation>يجب أن تكون عتبة التجاوز بالمتر المربع 0 أو أكثر؛ والقيمة المعطاة {value}.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="227"/>
        <source>The excess threshold as a share of the permitted area must be 0 or more (0.10 = 10 %); {value} was given.</source>
        <translation>يجب أن تكون عتبة التجاوز كنسبة من المساحة المرخصة 0 أو أكثر (0.10 = 10 %)؛ والقيمة المعطاة {value}.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="230"/>
        <source>The minimum overlap ratio must be between 0 and 1 (0.3 = 30 %); {value} was given.</source>
        <translation>يجب أن تكون نسبة التداخل الدنيا بين 0 و1 (0.3 = 30 %)؛ والقيمة المعطاة {value}.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="301"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="341"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="343"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="464"/>
        <source>observed buildings</source>
        <translation>البنايات المرصودة</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="305"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="342"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="344"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="485"/>
        <source>permitted footprints</source>
        <translation>المساحات المبنية المرخصة</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91"/>
        <location filename="../processing/provider.py" line="21"/>
        <location filename="../ui/dock.py" line="36"/>
        <location filename="../ui/install.py" line="67"/>
        <location filename="../ui/install.py" line="124"/>
        <source>Agence Urbaine Numérique</source>
        <translation>الوكالة الحضرية الرقمية</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Show or hide the Agence Urbaine Numérique panel</source>
        <translation>إظهار أو إخفاء لوحة الوكالة الحضرية الرقمية</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Check permit conformity…</source>
        <translation>فحص مطابقة طلبات رخص البناء…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>Parcel information note…</source>
        <translation>مذكرة المعلومات التعميرية…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Urban watch: buildings without permit…</source>
        <translation>اليقظة الحضرية: البنايات بدون رخصة…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="21"/>
        <source>Permit conformity</source>
        <translation>مطابقة رخص البناء</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="22"/>
        <source>Urban watch (veille urbaine)</source>
        <translation>اليقظة الحضرية</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="23"/>
        <location filename="../ui/widgets.py" line="169"/>
        <source>Agency server</source>
        <translation>خادم الوكالة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="59"/>
        <source>Connection (name of a saved connection, or server address)</source>
        <translation>الاتصال (اسم اتصال محفوظ، أو عنوان الخادم)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="61"/>
        <source>Auto-detect (the connection's choice)</source>
        <translation>كشف تلقائي (اختيار الاتصال)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="61"/>
        <location filename="../ui/connections.py" line="115"/>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="62"/>
        <location filename="../ui/connections.py" line="70"/>
        <source>OGC API – Features</source>
        <translation>OGC API – Features</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="62"/>
        <location filename="../ui/connections.py" line="70"/>
        <source>WFS-T</source>
        <translation>WFS-T</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="67"/>
        <source>Connection: the name of a connection configured in the plugin, or a server address (without credentials: a server asking for them needs a saved connection). Protocol: Auto-detect keeps the connection's choice or asks the server (OGC API - Features or WFS-T); choose one to force it, e.g. for a WFS-T address of QGIS Server or GeoServer.</source>
        <translation>الاتصال: اسم اتصال مُعدّ في الإضافة، أو عنوان خادم (دون بيانات اعتماد: الخادم الذي يطلبها يحتاج إلى اتصال محفوظ). البروتوكول: يحتفظ الكشف التلقائي باختيار الاتصال أو يسأل الخادم (OGC API - Features أو WFS-T)؛ اختر أحدهما لفرضه، مثلًا لعنوان WFS-T لخادم QGIS Server أو GeoServer.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="91"/>
        <source>The layer for {what} could not be opened.</source>
        <translation>تعذر فتح طبقة «{what}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="251"/>
        <source>Check permit conformity</source>
        <translation>فحص مطابقة طلبات رخص البناء</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="254"/>
        <source>Checks building-permit applications (planned footprints with levels, height, use and floor area) against the plan d'aménagement and its regulation (a JSON file, see docs/regulation.md), rule by rule: uses, levels (R+n), height, coverage, floor-area ratio, minimum lot and frontage, road, side and rear setbacks, servitudes.

Footprints are linked to their parcel by the parcel key field, or by location (largest overlap) when no key is given. Servitude layers are matched to the regulation's servitudes by layer name or by table name (e.g. flood_zone).

Every layer is measured in the plan's projected CRS; a layer in a geographic CRS is reprojected, with a warning.

Outputs: the applications with their verdict (conforme, non conforme, à vérifier); a findings table with one row per application and rule (measured value, allowed value, verdict, message); the offending parts (footprint inside a servitude, inside a setback band, outside its parcel); optionally a folder of PDF reports, one page per application plus a summary.</source>
        <translation>يفحص طلبات رخص البناء (المساحات المبنية المزمع إنجازها مع عدد الطوابق والعلو والاستعمال ومساحة الطوابق) وفق تصميم التهيئة ونظامه (ملف JSON، انظر docs/regulation.md)، قاعدة بقاعدة: الاستعمالات، وعدد الطوابق (R+n)، والعلو، ومعامل المساحة المبنية على الأرض، ومعامل استغلال الأرض، والمساحة الدنيا للبقعة والواجهة الدنيا، والتراجع عن الطريق وعن الحدود الجانبية والخلفية، والارتفاقات.

تُربط المساحات المبنية ببقعها عبر حقل مفتاح البقعة، أو حسب الموقع (أكبر تداخل) في غياب المفتاح. وتُقرن طبقات الارتفاقات بارتفاقات نظام التهيئة حسب اسم الطبقة أو اسم الجدول (مثلًا flood_zone).

تُقاس كل طبقة في نظام الإحداثيات الإسقاطي الخاص بالتصميم؛ وكل طبقة بنظام إحداثيات جغرافي يُعاد إسقاطها مع تنبيه.

المخرجات: الطلبات مع حكمها (مطابق، غير مطابق، يتعين التحقق)؛ جدول الملاحظات بسطر لكل طلب وقاعدة (القيمة المقاسة، القيمة المسموح بها، الحكم، الرسالة)؛ الأجزاء المخالفة (مساحة مبنية داخل ارتفاق، أو داخل شريط التراجع، أو خارج بقعتها)؛ واختياريًا مجلد تقارير PDF، بصفحة لكل طلب وملخص.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="273"/>
        <location filename="../processing/algorithms/parcel_note.py" line="77"/>
        <source>Regulation (JSON)</source>
        <translation>نظام التهيئة (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="276"/>
        <source>Parcel key (on parcels and applications; empty: link by location)</source>
        <translation>مفتاح البقعة (في البقع والطلبات؛ فارغ: الربط حسب الموقع)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="279"/>
        <source>Lot creation date (for older undersized lots)</source>
        <translation>تاريخ إحداث البقعة (للبقع القديمة ذات المساحة غير الكافية)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="282"/>
        <source>Applications (planned building footprints)</source>
        <translation>الطلبات (المساحات المبنية المزمع إنجازها)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="284"/>
        <source>Application id</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="286"/>
        <source>Number of levels (or R+n)</source>
        <translation>عدد الطوابق (أو R+n)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="287"/>
        <source>Height (m)</source>
        <translation>العلو (م)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="288"/>
        <source>Intended use(s)</source>
        <translation>الاستعمال أو الاستعمالات المزمعة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="289"/>
        <source>Declared floor area (m²)</source>
        <translation>مساحة الطوابق المصرح بها (م²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="295"/>
        <location filename="../processing/algorithms/parcel_note.py" line="84"/>
        <source>Zone code field</source>
        <translation>حقل رمز المنطقة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="297"/>
        <source>Roads (polygons)</source>
        <translation>الطرق (مضلعات)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="299"/>
        <location filename="../processing/algorithms/parcel_note.py" line="88"/>
        <source>Servitude layers</source>
        <translation>طبقات الارتفاقات</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="302"/>
        <source>Applications with verdict</source>
        <translation>الطلبات مع الحكم</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="304"/>
        <source>Findings (one row per application and rule)</source>
        <translation>الملاحظات (سطر لكل طلب وقاعدة)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="307"/>
        <source>Offending parts</source>
        <translation>الأجزاء المخالفة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="314"/>
        <source>Report folder (PDF)</source>
        <translation>مجلد التقارير (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="356"/>
        <source>The field '{field}' chosen for “{parameter}” does not exist in the layer {layer}. Its fields are: {fields}.</source>
        <translation>الحقل «{field}» المختار لـ «{parameter}» غير موجود في الطبقة {layer}. حقولها هي: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="375"/>
        <location filename="../processing/algorithms/parcel_note.py" line="162"/>
        <location filename="../processing/algorithms/parcel_note.py" line="166"/>
        <source>parcels</source>
        <translation>البقع</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="376"/>
        <source>applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="392"/>
        <location filename="../processing/algorithms/parcel_note.py" line="179"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="363"/>
        <source>Reading layers…</source>
        <translation>قراءة الطبقات…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="407"/>
        <source>The zoning layer has no field '{field}'.</source>
        <translation>طبقة التنطيق لا تحتوي على الحقل «{field}».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="419"/>
        <source>Checking the rules…</source>
        <translation>التحقق من القواعد…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="499"/>
        <source>{n} applications checked: {ok} compliant, {ko} not compliant, {check} to be checked.</source>
        <translation>تم فحص {n} طلبات: {ok} مطابقة، {ko} غير مطابقة، {check} يتعين التحقق منها.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="538"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="388"/>
        <source>Writing outputs…</source>
        <translation>كتابة المخرجات…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="623"/>
        <source>Writing the reports…</source>
        <translation>تحرير التقارير…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="636"/>
        <source>Reports written to {folder} ({n} pages and a summary).</source>
        <translation>حُفظت التقارير في {folder} ({n} صفحات وملخص).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="646"/>
        <source>{pages} application pages and a summary</source>
        <translation>{pages} صفحة للطلبات وملخص</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="48"/>
        <source>Check out collections for offline work</source>
        <translation>تنزيل مجموعات للعمل دون اتصال</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="51"/>
        <source>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</source>
        <translation>ينسخ مجموعات خادم الوكالة إلى فضاء عمل GeoPackage تعدّله الفرق الميدانية دون اتصال في QGIS؛ ثم تتولى «مزامنة فضاء عمل» إرسال تعديلاتها وجلب تغييرات الخادم.

المجموعات: معرّفاتها مفصولة بفواصل (مثلًا parcels, buildings).

النطاق: امتداد، أو طبقة مضلعات (يُحتفظ بالعناصر التي تتقاطع مع مضلعاتها، الآن وعند كل مزامنة)؛ وفي غيابهما تُنسخ المجموعات كاملة. تحتفظ العناصر بنظام إحداثيات التخزين الخاص بالمجموعة كما هو، حتى لا ترى المزامنة إلا التعديلات الحقيقية.

قد يحتوي فضاء العمل على مجموعات أخرى؛ وتُرفض المجموعة التي سبق تنزيلها فيه.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="65"/>
        <source>Collections (comma separated)</source>
        <translation>المجموعات (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="66"/>
        <source>Extent</source>
        <translation>الامتداد</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="68"/>
        <source>Area (polygons)</source>
        <translation>النطاق (مضلعات)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="70"/>
        <location filename="../ui/fieldwork.py" line="122"/>
        <location filename="../ui/fieldwork.py" line="143"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="70"/>
        <location filename="../processing/algorithms/sync.py" line="56"/>
        <location filename="../ui/fieldwork.py" line="125"/>
        <location filename="../ui/fieldwork.py" line="137"/>
        <source>Workspace</source>
        <translation>فضاء العمل</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="71"/>
        <source>Features checked out</source>
        <translation>العناصر المنزّلة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="76"/>
        <source>Name at least one collection to check out.</source>
        <translation>حدد مجموعة واحدة على الأقل لتنزيلها.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="83"/>
        <location filename="../ui/tasks.py" line="293"/>
        <source>Checking out {name}…</source>
        <translation>تنزيل {name}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="86"/>
        <source>{n} features checked out into {path}.</source>
        <translation>تم تنزيل {n} عنصر في {path}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="110"/>
        <source>The area layer has no polygon.</source>
        <translation>طبقة النطاق لا تحتوي على أي مضلع.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="56"/>
        <source>Parcel information note (PDF)</source>
        <translation>مذكرة المعلومات التعميرية (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="59"/>
        <source>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_PARCEL_LANGUAGE.pdf (for example note_R4-T09_fr.pdf); existing files of the same name are replaced.</source>
        <translation>يُعدّ مذكرة المعلومات التعميرية لكل بقعة في ملف PDF، بالفرنسية أو بالعربية أو بهما معًا: خريطة للبقعة وتنطيقها، والمناطق التي تغطي البقعة مع حصة كل منها من مساحتها، وقواعد كل منطقة كما يحددها نظام التهيئة (ملف JSON)، والارتفاقات التي تمس البقعة (التي تتداخل معها، أو بالنسبة لارتفاق المسافة الدنيا مثل خط الضغط العالي، التي تمر على مسافة أقل منها).

استعمل خيار «العناصر المحددة فقط» في طبقة البقع لإعداد مذكرات البقع المحددة وحدها.

تُقرن طبقات الارتفاقات بارتفاقات نظام التهيئة حسب اسم الطبقة أو اسم الجدول (مثلًا الطبقة أو جدول GeoPackage المسمى flood_zone هو الارتفاق flood_zone)؛ وتُتجاهل الطبقة التي لا تطابق أي ارتفاق مع تنبيه.

تُقاس المساحات والمسافات في نظام الإحداثيات الإسقاطي الخاص بالتصميم (المقروء من نظام التهيئة). تُسمّى الملفات note_PARCEL_LANGUAGE.pdf (مثلًا note_R4-T09_fr.pdf)؛ وتُعوَّض الملفات الموجودة التي تحمل الاسم نفسه.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="80"/>
        <source>Parcel id field (empty: feature id)</source>
        <translation>حقل معرّف البقعة (فارغ: معرّف العنصر)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="86"/>
        <source>Roads (polygons, for the map)</source>
        <translation>الطرق (مضلعات، للخريطة)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>French and Arabic</source>
        <translation>الفرنسية والعربية</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="92"/>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="94"/>
        <source>PDF files (separated by ';')</source>
        <translation>ملفات PDF (مفصولة بـ «;»)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="95"/>
        <source>Number of PDF files</source>
        <translation>عدد ملفات PDF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="103"/>
        <source>The {layer} layer has no field '{field}' (fields: {names}).</source>
        <translation>الطبقة {layer} لا تحتوي على الحقل «{field}» (الحقول: {names}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="131"/>
        <source>{parcels} parcels, one language</source>
        <translation>{parcels} بقعة، بلغة واحدة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="132"/>
        <source>{parcels} parcels × {languages} languages</source>
        <translation>{parcels} بقعة × {languages} لغة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="183"/>
        <source>The parcels layer has no feature (or none is selected).</source>
        <translation>طبقة البقع لا تحتوي على أي عنصر (أو لم يُحدَّد أي عنصر).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="193"/>
        <source>Computing the notes…</source>
        <translation>حساب المذكرات…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="202"/>
        <source>Parcel {parcel} is not covered by any zone of the plan.</source>
        <translation>البقعة {parcel} غير مشمولة بأي منطقة من مناطق التصميم.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="207"/>
        <source>Writing the notes…</source>
        <translation>تحرير المذكرات…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="215"/>
        <source>{n} PDF notes written to {folder}.</source>
        <translation>حُفظت {n} مذكرات PDF في {folder}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="224"/>
        <source>Parcel {parcel} has no geometry: no note written.</source>
        <translation>البقعة {parcel} بدون هندسة: لم تُعدّ أي مذكرة.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="227"/>
        <source>A parcel has an empty '{field}': every parcel needs an id.</source>
        <translation>إحدى البقع حقلها «{field}» فارغ: يجب أن يكون لكل بقعة معرّف.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="230"/>
        <source>Parcel id {parcel} appears twice in field '{field}': the notes would overwrite each other.</source>
        <translation>معرّف البقعة {parcel} مكرر في الحقل «{field}»: ستحل المذكرات محل بعضها.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="43"/>
        <location filename="../ui/publish.py" line="69"/>
        <source>Publish a layer to the agency server</source>
        <translation>نشر طبقة على خادم الوكالة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="46"/>
        <source>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode (default: append): append adds the features and updates those published before; replace does the same, then deletes the collection's other features, only if every feature was accepted (the number to delete is logged first).

Publishing again, or after a failure, never duplicates: each feature keeps a stable id (a text field called id, else the key field, else the layer and the feature's id in it).

A layer without a coordinate reference system, or whose coordinates are impossible in it, is refused. Features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address… recognised by the field's name or by values that look like CIN or phone numbers or e-mail addresses) is never published unless the field is named in 'Personal fields to publish anyway'.

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</source>
        <translation>يرسل عناصر طبقة إلى مجموعة في خادم الوكالة (OGC API - Features).

الاتصال: اسم اتصال مُعدّ في الإضافة (عنوانه، وعند الحاجة، إعداد مصادقة QGIS؛ لا تُكتب هنا أي كلمة مرور أبدًا).

الوضع (الافتراضي: إضافة): «إضافة» تضيف العناصر وتحدّث العناصر المنشورة سابقًا؛ و«تعويض عناصر المجموعة» يقوم بالشيء نفسه، ثم يحذف العناصر الأخرى في المجموعة، شريطة أن تُقبل جميع العناصر (يُسجَّل عدد العناصر المراد حذفها أولًا).

إعادة النشر، أو النشر بعد إخفاق، لا تُحدث أي تكرار أبدًا: يحتفظ كل عنصر بمعرّف ثابت (حقل نصي اسمه id، وإلا فحقل المفتاح، وإلا فالطبقة ومعرّف العنصر فيها).

تُرفض الطبقة التي ليس لها نظام إحداثيات، أو التي تكون إحداثياتها مستحيلة فيه. يُعاد إسقاط العناصر إلى نظام إحداثيات التخزين الخاص بالمجموعة. تُدرج العناصر ذات الهندسة غير الصالحة أو المفقودة ولا تُرسل. تُستبعد الحقول التي لا يعرفها الخادم وتُدرج. لا تُنشر المعطيات الشخصية أبدًا (الأسماء، CIN، الهاتف، البريد الإلكتروني، العنوان… التي يُتعرَّف عليها من اسم الحقل أو من قيم تشبه أرقام CIN أو أرقام الهاتف أو عناوين البريد الإلكتروني) ما لم يُذكر الحقل في «حقول شخصية تُنشر رغم ذلك».

المخرجات: أعداد العناصر المرسلة والمرفوضة وغير الصالحة والمحذوفة، وملخص.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="66"/>
        <source>Layer to publish</source>
        <translation>الطبقة المراد نشرها</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="68"/>
        <location filename="../ui/collections.py" line="69"/>
        <location filename="../ui/publish.py" line="112"/>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="70"/>
        <location filename="../ui/publish.py" line="96"/>
        <source>Append</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="70"/>
        <location filename="../ui/publish.py" line="113"/>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="70"/>
        <location filename="../ui/publish.py" line="97"/>
        <location filename="../ui/publish.py" line="414"/>
        <source>Replace the collection's features</source>
        <translation>تعويض عناصر المجموعة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="72"/>
        <source>Personal fields to publish anyway</source>
        <translation>حقول شخصية تُنشر رغم ذلك</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="75"/>
        <source>Key field (identifies a feature when publishing again)</source>
        <translation>حقل المفتاح (يحدد العنصر عند إعادة النشر)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="77"/>
        <source>Features refused</source>
        <translation>العناصر المرفوضة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="77"/>
        <source>Features sent</source>
        <translation>العناصر المرسلة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="78"/>
        <source>Features with an invalid geometry</source>
        <translation>العناصر ذات الهندسة غير الصالحة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="79"/>
        <source>Old features deleted</source>
        <translation>العناصر القديمة المحذوفة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="81"/>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="112"/>
        <location filename="../ui/tasks.py" line="193"/>
        <source>Reading {n} features in {crs}…</source>
        <translation>قراءة {n} عنصر بنظام {crs}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="116"/>
        <location filename="../ui/publish.py" line="439"/>
        <source>Publication cancelled before anything was sent.</source>
        <translation>أُلغي النشر قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="120"/>
        <source>Replace: {n} feature(s) of {collection} not in the layer will now be deleted.</source>
        <translation>التعويض: سيُحذف الآن {n} عنصر من {collection} غير موجود في الطبقة.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="128"/>
        <source>Left out: {field} ({reason}).</source>
        <translation>مستبعد: {field} ({reason}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="37"/>
        <source>Synchronise a workspace</source>
        <translation>مزامنة فضاء عمل</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="40"/>
        <source>Synchronises a workspace made by 'Check out collections for offline work' with the agency server: the server's changes since the last sync come in, the workspace's edits (new, modified and deleted features) go out.

Changes to different features, or to different fields of one feature, are merged automatically. When both sides changed the same field of a feature, the conflict policy decides: stop keeps both versions and records the conflict in the workspace (nothing is overwritten; the rest is synchronised); keep mine or keep theirs settles the disputed fields for that side.

An interrupted sync (network cut, server down, cancel) is safe: run it again, no edit is lost or sent twice.

Outputs: the numbers of changes received (pulled), sent (pushed), conflicts, and local edits still waiting (pending).</source>
        <translation>يزامن مع خادم الوكالة فضاء عمل أُنشئ بواسطة «تنزيل مجموعات للعمل دون اتصال»: تصل تغييرات الخادم منذ آخر مزامنة، وتُرسل تعديلات فضاء العمل (العناصر الجديدة والمعدلة والمحذوفة).

تُدمج تلقائيًا التغييرات التي تخص عناصر مختلفة، أو حقولًا مختلفة من العنصر نفسه. وعندما يعدّل الطرفان الحقل نفسه من عنصر ما، تحسم سياسة التعارض: «توقف» تحتفظ بالنسختين وتسجل التعارض في فضاء العمل (لا يُستبدل أي شيء؛ ويُزامَن الباقي)؛ و«الاحتفاظ بنسختي» أو «الاحتفاظ بنسخة الخادم» تحسم الحقول المتنازع عليها لصالح ذلك الطرف.

المزامنة المنقطعة (انقطاع الشبكة، توقف الخادم، إلغاء) آمنة: أعد تشغيلها، ولن يضيع أي تعديل أو يُرسل مرتين.

المخرجات: عدد التغييرات المستلمة (pulled) والمرسلة (pushed) والتعارضات والتعديلات المحلية التي ما تزال في الانتظار (pending).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Conflict policy</source>
        <translation>سياسة التعارض</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Keep mine</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Stop (record conflicts)</source>
        <translation>توقف (تسجيل التعارضات)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="60"/>
        <source>Keep theirs</source>
        <translation>الاحتفاظ بنسخة الخادم</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Changes received</source>
        <translation>التغييرات المستلمة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Changes sent</source>
        <translation>التغييرات المرسلة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="62"/>
        <location filename="../ui/fieldwork.py" line="164"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="62"/>
        <source>Edits still pending</source>
        <translation>التعديلات التي ما تزال في الانتظار</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="64"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="69"/>
        <source>The workspace {path} does not exist.</source>
        <translation>فضاء العمل {path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="77"/>
        <location filename="../ui/fieldwork.py" line="437"/>
        <source>{pulled} change(s) received, {pushed} sent, {conflicts} conflict(s), {pending} edit(s) pending.</source>
        <translation>{pulled} تغيير مستلم، {pushed} مرسل، {conflicts} تعارض، {pending} تعديل في الانتظار.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="82"/>
        <location filename="../ui/fieldwork.py" line="441"/>
        <source>{n} feature(s) edited during the sync kept as edited: the next sync sends them.</source>
        <translation>احتُفظ بـ {n} عنصر عُدّل أثناء المزامنة كعناصر معدّلة: سترسلها المزامنة القادمة.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="85"/>
        <source>Nothing was lost: the workspace is consistent, run the sync again.</source>
        <translation>لم يضع أي شيء: فضاء العمل متسق، أعد تشغيل المزامنة.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="88"/>
        <source>Conflicts are recorded in the workspace (table sync_conflicts): both versions are kept until they are resolved.</source>
        <translation>التعارضات مسجلة في فضاء العمل (الجدول sync_conflicts): يُحتفظ بالنسختين إلى أن تُحسم.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="95"/>
        <source>{path} holds no checked-out collection.</source>
        <translation>{path} لا يحتوي على أي مجموعة منزّلة.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="98"/>
        <source>{name} was checked out from {theirs}, not from this connection ({ours}).</source>
        <translation>تم تنزيل {name} من {theirs}، وليس من هذا الاتصال ({ours}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="158"/>
        <source>Unpermitted or enlarged buildings</source>
        <translation>البنايات غير المرخصة أو الموسعة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="161"/>
        <source>Compares the buildings observed on the ground (field survey, digitising from imagery) with the permitted building footprints, and classifies each observed building.

Permits: with a decision field (default 'decision'), only the footprints whose decision is one of the accepted values count as permits; refused and pending applications are left out and listed in the log. Accepted values are compared without case or accents, as the first words of the decision: 'Favorable sous réserve' and 'Accordée' are accepted by 'favorable' and 'accordé', 'Défavorable' is not. Each footprint is split into its parts (a group permit of four villas is four parts).

Matching: an observed building matches a permit part when their overlap covers at least the minimum overlap ratio (default 0.3) of either of them, the smaller one deciding: overlap ≥ ratio × min(observed area, part area). A building touching a neighbour's permit along a shared wall therefore does not match it, while a building that covers its whole permit and much more does.

Classes:
- no_permit: the building matches no permit part; the whole building is the excess.
- exceeds_permit: excess = observed building minus the permit parts it matches; its area is larger than the absolute threshold (m², default 10) AND larger than the ratio threshold (default 0.10) times the area of the building that stands inside those parts. The tolerance is measured where the building stands: the unbuilt rest of a large lot or the other villas of a group permit never absorb an excess. Both thresholds must be passed, strictly; set one to 0 to use only the other. Small excesses are survey and digitising noise.
- conforming: matches a permit and its excess stays within a threshold.
Every permit part matched by no observed building is listed as not built yet.

Areas are measured in metres: the permitted footprints are reprojected into the observed layer's CRS, or both into the projected CRS given as parameter. A geographic CRS (degrees) is refused, and so are line and point layers. Invalid geometries are repaired and named in the log by their id field; features without geometry are left out and named.

Outputs (fields prefixed vu_, for veille urbaine; a previous output run again has them replaced): the observed buildings with vu_status, vu_label, vu_permits, vu_obs_m2 (observed area), vu_perm_m2 (area of the permit parts matched), vu_in_m2 (area of the building inside them, the base of the ratio) and vu_exc_m2 (excess); the excess parts of the buildings classed no_permit or exceeds_permit, with the same fields; optionally the permit parts not built yet (vu_permit, vu_part of vu_parts, vu_perm_m2). Loaded outputs are coloured by status. The counts are in the log and in the results.</source>
        <translation>يقارن البنايات المرصودة في الميدان (بحث ميداني، أو ترقيم انطلاقًا من الصور) بالمساحات المبنية المرخصة، ويصنّف كل بناية مرصودة.

الرخص: عند تحديد حقل للقرار (الافتراضي 'decision')، لا تُحتسب كرخص إلا المساحات المبنية التي يكون قرارها إحدى القيم المقبولة؛ وتُستبعد الطلبات المرفوضة والتي في طور الدراسة وتُدرج في السجل. تُقارن القيم المقبولة دون اعتبار لحالة الأحرف ولا للعلامات المميزة (accents)، على أنها الكلمات الأولى من القرار: تُقبل 'Favorable sous réserve' و'Accordée' بواسطة 'favorable' و'accordé'، ولا تُقبل 'Défavorable'. تُجزَّأ كل مساحة مبنية إلى أجزائها (رخصة جماعية لأربع فيلات تُعدّ أربعة أجزاء).

المطابقة: تطابق بنايةٌ مرصودة جزءًا من رخصة عندما يغطي تداخلهما على الأقل نسبة التداخل الدنيا (الافتراضية 0.3) من أحدهما، والأصغر هو الحاسم: التداخل ≥ النسبة × min(المساحة المرصودة، مساحة الجزء). لذلك فالبناية التي تلامس رخصة الجار على طول جدار مشترك لا تطابقها، في حين تطابقها البناية التي تغطي رخصتها كلها وأكثر منها بكثير.

الفئات:
- no_permit: لا تطابق البناية أي جزء من رخصة؛ والبناية كلها تُعدّ تجاوزًا.
- exceeds_permit: التجاوز = البناية المرصودة ناقص أجزاء الرخص التي تطابقها؛ ومساحته أكبر من العتبة المطلقة (م²، الافتراضية 10) وأكبر أيضًا من عتبة النسبة (الافتراضية 0.10) مضروبة في مساحة البناية الواقعة داخل تلك الأجزاء. يُقاس هامش التسامح حيث تقوم البناية: فالجزء غير المبني من بقعة كبيرة أو الفيلات الأخرى لرخصة جماعية لا تستوعب أي تجاوز أبدًا. يجب تجاوز العتبتين معًا، تجاوزًا صريحًا؛ اضبط إحداهما على 0 لاستعمال الأخرى وحدها. التجاوزات الصغيرة مجرد تشويش ناتج عن الرفع الميداني والترقيم.
- conforming: تطابق رخصة ويبقى تجاوزها في حدود إحدى العتبتين.
يُدرج كل جزء من رخصة لا تطابقه أي بناية مرصودة على أنه لم يُبنَ بعد.

تُقاس المساحات بالأمتار: يُعاد إسقاط المساحات المرخصة إلى نظام إحداثيات الطبقة المرصودة، أو يُعاد إسقاط الطبقتين معًا إلى نظام الإحداثيات الإسقاطي المعطى كمعامل. يُرفض نظام الإحداثيات الجغرافي (بالدرجات)، وكذلك طبقات الخطوط والنقاط. تُصحَّح الهندسات غير الصالحة وتُذكر في السجل بحقل معرّفها؛ وتُستبعد العناصر بدون هندسة وتُذكر.

المخرجات (حقول مسبوقة بـ vu_، اختصارًا لـ veille urbaine؛ وتُعوَّض هذه الحقول إذا أُعيد التشغيل على مخرجات سابقة): البنايات المرصودة مع الحقول vu_status، vu_label، vu_permits، vu_obs_m2 (المساحة المرصودة)، vu_perm_m2 (مساحة أجزاء الرخص المطابقة)، vu_in_m2 (مساحة البناية الواقعة داخلها، وهي أساس النسبة) وvu_exc_m2 (التجاوز)؛ وأجزاء التجاوز في البنايات المصنفة no_permit أو exceeds_permit، بالحقول نفسها؛ واختياريًا أجزاء الرخص التي لم تُبنَ بعد (vu_permit، وvu_part من vu_parts، وvu_perm_m2). تُلوَّن المخرجات المحمّلة حسب الوضعية. الأعداد موجودة في السجل وفي النتائج.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="202"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="287"/>
        <source>Observed buildings</source>
        <translation>البنايات المرصودة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="204"/>
        <source>Building id field (empty: feature ids)</source>
        <translation>حقل معرّف البناية (فارغ: معرّفات العناصر)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="207"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="287"/>
        <source>Permitted footprints</source>
        <translation>المساحات المبنية المرخصة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="209"/>
        <source>Permit id field (empty: feature ids)</source>
        <translation>حقل معرّف الرخصة (فارغ: معرّفات العناصر)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="212"/>
        <source>Decision field (empty: every footprint is a permit)</source>
        <translation>حقل القرار (فارغ: كل مساحة مبنية تُعتبر رخصة)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="215"/>
        <source>Decisions that grant a permit (comma-separated)</source>
        <translation>القرارات التي تمنح الرخصة (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="218"/>
        <source>Excess threshold (m²)</source>
        <translation>عتبة التجاوز (م²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="221"/>
        <source>Excess threshold (share of the permitted area built on, 0.10 = 10 %)</source>
        <translation>عتبة التجاوز (نسبة من المساحة المرخصة المبنية، 0.10 = 10 %)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="224"/>
        <source>Minimum overlap to match a permit (share of the smaller area)</source>
        <translation>التداخل الأدنى لمطابقة رخصة (نسبة من المساحة الأصغر)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="229"/>
        <source>Projected CRS for measurements (empty: the observed layer's CRS)</source>
        <translation>نظام الإحداثيات الإسقاطي للقياسات (فارغ: نظام إحداثيات الطبقة المرصودة)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="232"/>
        <source>Observed buildings with status</source>
        <translation>البنايات المرصودة مع وضعيتها</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="234"/>
        <source>Parts outside permits</source>
        <translation>الأجزاء الواقعة خارج الرخص</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="236"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="242"/>
        <source>Permitted footprints not built yet</source>
        <translation>المساحات المرخصة التي لم تُبنَ بعد</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="239"/>
        <source>Buildings without permit</source>
        <translation>البنايات بدون رخصة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="240"/>
        <source>Buildings exceeding their permit</source>
        <translation>البنايات المتجاوزة لرخصتها</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="241"/>
        <source>Buildings conforming to their permit</source>
        <translation>البنايات المطابقة لرخصتها</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="243"/>
        <source>Observed features without geometry</source>
        <translation>العناصر المرصودة بدون هندسة</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="244"/>
        <source>Applications not counted as permits (decision)</source>
        <translation>الطلبات غير المحتسبة كرخص (القرار)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="270"/>
        <source>The observed buildings layer has no known CRS: areas cannot be measured. Set the layer's CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>طبقة البنايات المرصودة بدون نظام إحداثيات معروف: يتعذر قياس المساحات. حدد نظام إحداثيات الطبقة، أو أعط نظام إحداثيات إسقاطيًا بالأمتار للقياسات (مثلًا EPSG:26191، Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="275"/>
        <source>{crs} is a geographic CRS (degrees): areas cannot be measured in it. Reproject the layers to the plan's projected CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} نظام إحداثيات جغرافي (بالدرجات): يتعذر قياس المساحات به. أعد إسقاط الطبقات إلى نظام الإحداثيات الإسقاطي الخاص بالتصميم، أو أعط نظام إحداثيات إسقاطيًا بالأمتار للقياسات (مثلًا EPSG:26191، Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="281"/>
        <source>{crs} is not in metres: give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} ليس بالأمتار: أعط نظام إحداثيات إسقاطيًا بالأمتار للقياسات (مثلًا EPSG:26191، Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="290"/>
        <source>{layer} has no CRS: taken as already in {crs}.</source>
        <translation>الطبقة {layer} بدون نظام إحداثيات: اعتُبرت بنظام {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="293"/>
        <source>{layer} reprojected from {source} to {crs} before measuring; a change of datum (Merchich ↔ WGS 84) is accurate to a few metres only.</source>
        <translation>أُعيد إسقاط الطبقة {layer} من {source} إلى {crs} قبل القياس؛ دقة تغيير المرجع الجيوديزي (Merchich ↔ WGS 84) لا تتجاوز بضعة أمتار.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="304"/>
        <source>The layer of {layer} holds {kind} geometries: observed buildings and permitted footprints must be polygons, whose areas are compared.</source>
        <translation>طبقة {layer} تحتوي على هندسات من نوع {kind}: يجب أن تكون البنايات المرصودة والمساحات المبنية المرخصة مضلعات، لأن المقارنة تتم بين مساحاتها.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="318"/>
        <source>The layer has no field '{field}' ({parameter}).</source>
        <translation>الطبقة لا تحتوي على الحقل «{field}» ({parameter}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="325"/>
        <source>Give at least one decision that grants a permit (for example: favorable, accordé), or leave the decision field empty to count every footprint as a permit.</source>
        <translation>حدد قرارًا واحدًا على الأقل يمنح الرخصة (مثلًا: favorable، accordé)، أو اترك حقل القرار فارغًا لاحتساب كل مساحة مبنية كرخصة.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="337"/>
        <source>The observed buildings and the permitted footprints are the same layer ({layer}): choose the layer of the buildings seen on the ground and the layer of the permits.</source>
        <translation>البنايات المرصودة والمساحات المرخصة طبقة واحدة ({layer}): اختر طبقة البنايات المرصودة ميدانيًا وطبقة الرخص.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="348"/>
        <source>The observed buildings have no field '{field}': buildings are named by their feature ids.</source>
        <translation>البنايات المرصودة لا تحتوي على الحقل «{field}»: تُسمّى البنايات بمعرّفات عناصرها.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="350"/>
        <source>The permitted footprints have no field '{field}': permits are named by their feature ids.</source>
        <translation>المساحات المرخصة لا تحتوي على الحقل «{field}»: تُسمّى الرخص بمعرّفات عناصرها.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="352"/>
        <source>The permitted footprints have no field '{field}': every footprint counts as a permit, refused and pending applications included. Give the field that holds the decision to leave them out.</source>
        <translation>المساحات المرخصة لا تحتوي على الحقل «{field}»: تُحتسب كل مساحة مبنية كرخصة، بما في ذلك الطلبات المرفوضة والتي في طور الدراسة. حدد الحقل الذي يتضمن القرار لاستبعادها.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="358"/>
        <source>No decision field given: every footprint counts as a permit, refused and pending applications included.</source>
        <translation>لم يُحدَّد حقل القرار: تُحتسب كل المساحات رخصًا، بما فيها الطلبات المرفوضة وقيد الدراسة.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="372"/>
        <source>Comparing observed buildings with permits…</source>
        <translation>مقارنة البنايات المرصودة بالرخص…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="417"/>
        <source>Every permitted footprint has an accepted decision ({field}).</source>
        <translation>لكل المساحات المرخصة قرار مقبول ({field}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="424"/>
        <source>{ids} and {n} more</source>
        <translation>{ids} و{n} أخرى</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="426"/>
        <source>decision '{decision}': {ids}</source>
        <translation>القرار «{decision}»: {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="428"/>
        <source>no decision (pending): {ids}</source>
        <translation>بدون قرار (في طور الدراسة): {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="429"/>
        <source>{n} applications are not counted as permits, their decision ({field}) being none of the accepted ones ({accepted}); a building on them has no permit. {reasons}.</source>
        <translation>{n} من الطلبات لا تُحتسب كرخص، لأن قرارها ({field}) ليس من القرارات المقبولة ({accepted})؛ وكل بناية عليها تُعتبر بدون رخصة. {reasons}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="435"/>
        <source>{n} observed buildings: {none} without permit, {exceeds} exceeding their permit, {ok} conforming; {skipped} left out (no geometry).</source>
        <translation>{n} بنايات مرصودة: {none} بدون رخصة، {exceeds} متجاوزة لرخصتها، {ok} مطابقة؛ {skipped} مستبعدة (بدون هندسة).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="442"/>
        <source>{n} permitted footprints not built yet (permits: {ids}).</source>
        <translation>{n} مساحات مرخصة لم تُبنَ بعد (الرخص: {ids}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="456"/>
        <source>The {layer} already have the fields {fields} (an earlier output of this algorithm?): the outputs hold this run's values instead.</source>
        <translation>{layer} تحتوي مسبقًا على الحقول {fields} (مخرجات سابقة لهذه الخوارزمية؟): تتضمن المخرجات قيم هذا التشغيل بدلًا منها.</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Verdict (code)</source>
        <translation>الحكم (رمز)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="20"/>
        <source>Rule (code)</source>
        <translation>القاعدة (رمز)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="20"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="29"/>
        <source>Rules failed</source>
        <translation>القواعد غير المطابقة</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="30"/>
        <source>Rules to check</source>
        <translation>قواعد يتعين التحقق منها</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="37"/>
        <source>Area (m²)</source>
        <translation>المساحة (م²)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="43"/>
        <source>Allowed (number)</source>
        <translation>المسموح به (عدد)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="44"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="57"/>
        <source>Connection {name}: {problem}</source>
        <translation>الاتصال {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="104"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="105"/>
        <source>No agency server connection is called '{name}' (configured: {known}).</source>
        <translation>لا يوجد اتصال بخادم الوكالة يحمل الاسم «{name}» (الاتصالات المُعدّة: {known}).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="114"/>
        <source>The address of the connection {name} contains a user name or password ({url}): edit the connection, remove them and choose an authentication configuration.</source>
        <translation>يحتوي عنوان الاتصال {name} على اسم مستخدم أو كلمة مرور ({url}): عدّل الاتصال، واحذفهما واختر إعداد مصادقة.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="141"/>
        <source>“{name}” ({id})</source>
        <translation>«{name}» ({id})</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="147"/>
        <source>QGIS's authentication system is not available: the credentials of configuration {id} cannot be read.</source>
        <translation>نظام المصادقة في QGIS غير متاح: يتعذر قراءة بيانات اعتماد الإعداد {id}.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="150"/>
        <source>The authentication configuration {id} does not exist in this QGIS profile.</source>
        <translation>إعداد المصادقة {id} غير موجود في ملف تعريف QGIS هذا.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="156"/>
        <source>The credentials of authentication configuration {id} could not be decrypted (is the master password set?).</source>
        <translation>تعذر فك تشفير بيانات اعتماد إعداد المصادقة {id} (هل تم تعيين كلمة المرور الرئيسية؟).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="173"/>
        <source>Authentication method {method} of configuration {id} is not supported for agency servers: use Basic.</source>
        <translation>طريقة المصادقة {method} الخاصة بالإعداد {id} غير مدعومة لخوادم الوكالة: استعمل Basic.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="199"/>
        <source>Unknown protocol {protocol}.</source>
        <translation>بروتوكول غير معروف: {protocol}.</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="83"/>
        <source>feature {fid}</source>
        <translation>العنصر {fid}</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="96"/>
        <source>The layer {layer} has no coordinate reference system: set it (Layer Properties › Source) before publishing.</source>
        <translation>الطبقة {layer} بدون نظام إحداثيات: حدّده (خصائص الطبقة › المصدر) قبل النشر.</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="100"/>
        <source>The coordinates of {layer} are impossible in its coordinate reference system {crs} (extent {extent}): the layer's CRS is probably wrong. Set the CRS its coordinates are really in (Layer Properties › Source) before publishing.</source>
        <translation>إحداثيات الطبقة {layer} مستحيلة في نظام إحداثياتها {crs} (الامتداد {extent}): من المرجح أن نظام إحداثيات الطبقة خاطئ. حدّد نظام الإحداثيات الذي تنتمي إليه إحداثياتها فعلًا (خصائص الطبقة › المصدر) قبل النشر.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="43"/>
        <source>The regulation's CRS {crs} is not a known CRS.</source>
        <translation>نظام الإحداثيات {crs} الخاص بنظام التهيئة غير معروف.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="46"/>
        <source>The regulation's CRS {crs} is geographic: distances and areas would be in degrees. Use the plan's projected CRS (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>نظام الإحداثيات {crs} الخاص بنظام التهيئة جغرافي: ستكون المسافات والمساحات بالدرجات. استعمل نظام الإحداثيات الإسقاطي الخاص بالتصميم (مثلًا EPSG:26191، Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="59"/>
        <source>{layer} is in {source} (geographic): it was reprojected to {plan} before measuring. Transformations through WGS 84 are accurate to a few metres only: check results close to a limit on data in the plan's CRS.</source>
        <translation>الطبقة {layer} بنظام {source} (جغرافي): أُعيد إسقاطها إلى {plan} قبل القياس. دقة التحويلات عبر WGS 84 لا تتجاوز بضعة أمتار: تحقق من النتائج القريبة من أحد الحدود باستعمال معطيات بنظام إحداثيات التصميم.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="64"/>
        <source>{layer} was reprojected from {source} to the plan's CRS {plan}.</source>
        <translation>أُعيد إسقاط الطبقة {layer} من {source} إلى نظام إحداثيات التصميم {plan}.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="100"/>
        <source>{layer}: read feature by feature ({reason})</source>
        <translation>{layer}: قراءة عنصرًا بعنصر ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="121"/>
        <location filename="../processing/layers.py" line="124"/>
        <location filename="../processing/layers.py" line="267"/>
        <source>{layer}: {count} of {total} features read</source>
        <translation>{layer}: تمت قراءة {count} من أصل {total} عنصر</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="169"/>
        <source>no valid vector layer</source>
        <translation>لا توجد طبقة متجهية صالحة</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="171"/>
        <source>provider {name}</source>
        <translation>المزوّد {name}</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="173"/>
        <source>the layer has a filter</source>
        <translation>للطبقة مرشِّح</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="175"/>
        <source>the layer is being edited</source>
        <translation>الطبقة قيد التعديل</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="177"/>
        <source>the layer is not in the plan's CRS</source>
        <translation>الطبقة ليست بنظام إحداثيات التصميم</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="181"/>
        <source>the source is not the whole layer</source>
        <translation>المصدر ليس الطبقة بأكملها</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="183"/>
        <source>a small layer</source>
        <translation>طبقة صغيرة</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="185"/>
        <source>curved or no geometries</source>
        <translation>هندسات منحنية أو بدون هندسة</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="189"/>
        <source>the layer's source has options</source>
        <translation>مصدر الطبقة يتضمن خيارات</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="191"/>
        <source>not a GeoPackage file</source>
        <translation>ليس ملف GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="216"/>
        <source>GDAL cannot open the file as a GeoPackage</source>
        <translation>يتعذر على GDAL فتح الملف كـ GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="222"/>
        <source>which table of the file is unclear</source>
        <translation>الجدول المقصود في الملف غير واضح</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="224"/>
        <source>no such table, or no Arrow reader in this GDAL</source>
        <translation>الجدول غير موجود، أو لا يتوفر قارئ Arrow في إصدار GDAL هذا</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="227"/>
        <source>not one geometry column and a FID column</source>
        <translation>لا يتضمن عمود هندسة واحدًا وعمود FID</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="235"/>
        <source>the layer's fields are not the table's</source>
        <translation>حقول الطبقة ليست حقول الجدول</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="247"/>
        <source>GDAL refused to skip the unread fields</source>
        <translation>رفض GDAL تخطي الحقول غير المقروءة</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="305"/>
        <source>a geometry shapely cannot read (a curve?)</source>
        <translation>هندسة يتعذر على shapely قراءتها (منحنى؟)</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="308"/>
        <source>curved geometries or geometry collections</source>
        <translation>هندسات منحنية أو مجموعات هندسات</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="368"/>
        <source>Layer {layer} matches no servitude of the regulation ({ids}); it was ignored.</source>
        <translation>الطبقة {layer} لا تطابق أي ارتفاق في نظام التهيئة ({ids})؛ تم تجاهلها.</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="38"/>
        <source>Most PDF files written without asking (0: no limit)</source>
        <translation>الحد الأقصى لملفات PDF المكتوبة دون سؤال (0: بلا حد)</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="108"/>
        <source>Many PDF files</source>
        <translation>ملفات PDF كثيرة</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="109"/>
        <source>This run will write {count} PDF files ({detail}).</source>
        <translation>سيكتب هذا التشغيل {count} ملف PDF ({detail}).</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="110"/>
        <source>It takes a while; QGIS stays usable meanwhile and the run can be canceled. To write fewer files, select the features first and tick “Selected features only”.

Write the {count} files?</source>
        <translation>يستغرق ذلك بعض الوقت؛ ويبقى QGIS قابلًا للاستعمال في الأثناء ويمكن إلغاء التشغيل. لكتابة ملفات أقل، حدّد العناصر أولًا وأشّر على «العناصر المحددة فقط».

هل تريد كتابة {count} ملف؟</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="116"/>
        <source>Write the {count} files</source>
        <translation>كتابة الملفات الـ{count}</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="118"/>
        <location filename="../ui/widgets.py" line="47"/>
        <location filename="../ui/widgets.py" line="104"/>
        <location filename="../ui/widgets.py" line="105"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="148"/>
        <source>Not run: {count} PDF files would have been written. Select the features to write, and tick “Selected features only”.</source>
        <translation>لم يتم التشغيل: كان سيُكتب {count} ملف PDF. حدّد العناصر المراد كتابتها، وأشّر على «العناصر المحددة فقط».</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="156"/>
        <source>This run would write {count} PDF files, more than the limit of {limit} set by the parameter “{parameter}”. Select fewer features, or raise the limit (0: no limit).</source>
        <translation>سيكتب هذا التشغيل {count} ملف PDF، وهو ما يتجاوز الحد {limit} المحدد في المعامل «{parameter}». حدّد عناصر أقل، أو ارفع الحد (0: بلا حد).</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="18"/>
        <source>Agence urbaine</source>
        <translation>الوكالة الحضرية</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="48"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>CRS</source>
        <translation>نظام الإحداثيات</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>Extent (lon/lat)</source>
        <translation>الامتداد (خط الطول/خط العرض)</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>Features</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="80"/>
        <location filename="../ui/collections.py" line="144"/>
        <source>Choose a server connection, then refresh to see its collections.</source>
        <translation>اختر اتصالًا بالخادم، ثم حدّث القائمة لعرض مجموعاته.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="87"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="89"/>
        <source>Add to map</source>
        <translation>إضافة إلى الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="91"/>
        <source>Adds the selected collections as live, read-only layers (QGIS's OGC API - Features provider loads what the map shows). To edit, check them out for field work.</source>
        <translation>يضيف المجموعات المحددة كطبقات مباشرة للقراءة فقط (مزوّد OGC API - Features في QGIS يحمّل ما تعرضه الخريطة). لتعديلها، قم بتنزيلها للعمل الميداني.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="94"/>
        <source>Publish a layer…</source>
        <translation>نشر طبقة…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="97"/>
        <source>Check out…</source>
        <translation>تنزيل…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="100"/>
        <source>Copy the selected collections into a GeoPackage for offline field work</source>
        <translation>نسخ المجموعات المحددة إلى GeoPackage للعمل الميداني دون اتصال</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="137"/>
        <source>Reading the collections…</source>
        <translation>قراءة المجموعات…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="146"/>
        <source>The collections could not be listed. {explanation}</source>
        <translation>تعذر سرد المجموعات. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="150"/>
        <source>{n} collection(s) on the server.</source>
        <translation>{n} مجموعة على الخادم.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="161"/>
        <source>Id: {id}</source>
        <translation>المعرّف: {id}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="170"/>
        <source>The server publishes no feature collection.</source>
        <translation>لا ينشر الخادم أي مجموعة عناصر.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="200"/>
        <source>{title} could not be added to the map: the server's OGC API - Features service did not answer as QGIS expects.</source>
        <translation>تعذرت إضافة {title} إلى الخريطة: خدمة OGC API - Features في الخادم لم تُجب كما ينتظر QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="207"/>
        <source>{n} layer(s) added.</source>
        <translation>تمت إضافة {n} طبقة.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="46"/>
        <source>(whole feature)</source>
        <translation>(العنصر بأكمله)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="48"/>
        <source>(geometry)</source>
        <translation>(الهندسة)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="55"/>
        <location filename="../ui/conflicts.py" line="57"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="55"/>
        <source>edited</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="77"/>
        <source>No conflict.</source>
        <translation>لا يوجد أي تعارض.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Feature</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Keep</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="83"/>
        <source>Theirs</source>
        <translation>نسخة الخادم</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="99"/>
        <source>All mine</source>
        <translation>الكل من نسختي</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="101"/>
        <source>All theirs</source>
        <translation>الكل من نسخة الخادم</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="103"/>
        <source>Apply resolutions</source>
        <translation>تطبيق الحلول</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="105"/>
        <source>Write the chosen values into the workspace; the next sync sends them</source>
        <translation>كتابة القيم المختارة في فضاء العمل؛ وسترسلها المزامنة القادمة</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="111"/>
        <source>Double-click a row to show the feature on the map</source>
        <translation>انقر مرتين على سطر لعرض العنصر على الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="138"/>
        <source>{layer}: {feature}</source>
        <translation>{layer}: {feature}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="144"/>
        <source>{layer}, feature id {id}</source>
        <translation>{layer}، العنصر ذو المعرّف {id}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="148"/>
        <source>Keep my value or the server's</source>
        <translation>الاحتفاظ بقيمتي أو بقيمة الخادم</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="149"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="150"/>
        <source>Mine: {value}</source>
        <translation>نسختي: {value}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="151"/>
        <source>Theirs: {value}</source>
        <translation>نسخة الخادم: {value}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="58"/>
        <source>Give the connection a name.</source>
        <translation>أعط اسمًا للاتصال.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="60"/>
        <source>A connection name cannot contain / or \.</source>
        <translation>لا يمكن أن يحتوي اسم الاتصال على / أو \.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="62"/>
        <source>A connection called {name} already exists.</source>
        <translation>يوجد مسبقًا اتصال باسم {name}.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="64"/>
        <source>The address must start with http:// or https://.</source>
        <translation>يجب أن يبدأ العنوان بـ http:// أو https://.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="70"/>
        <source>Auto-detect</source>
        <translation>كشف تلقائي</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="90"/>
        <source>Agency server connection</source>
        <translation>الاتصال بخادم الوكالة</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="91"/>
        <source>Edit the connection {name}</source>
        <translation>تعديل الاتصال {name}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="98"/>
        <source>e.g. Agence urbaine de Rabat</source>
        <translation>مثلًا الوكالة الحضرية للرباط</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="110"/>
        <source>Auto-detect asks the server once: an OGC API landing page means OGC API - Features, a WFS capabilities document means WFS-T (QGIS Server, GeoServer).</source>
        <translation>يسأل الكشف التلقائي الخادم مرة واحدة: صفحة استقبال OGC API تعني OGC API - Features، ووثيقة قدرات WFS تعني WFS-T ‏(QGIS Server، GeoServer).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="113"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="114"/>
        <source>Address (URL)</source>
        <translation>العنوان (URL)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="118"/>
        <source>Authentication</source>
        <translation>المصادقة</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="122"/>
        <source>Credentials are kept in QGIS's encrypted authentication database: choose or create a configuration (Basic: user name and password; API key header on QGIS 3.26 and later). Only its id is stored with the connection.</source>
        <translation>تُحفظ بيانات الاعتماد في قاعدة بيانات المصادقة المشفرة في QGIS: اختر إعدادًا أو أنشئه (Basic: اسم المستخدم وكلمة المرور؛ ترويسة مفتاح API ابتداءً من QGIS 3.26). ولا يُحفظ مع الاتصال إلا معرّفه.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="128"/>
        <source>Allow the credentials over unencrypted http:// (only on a network you trust)</source>
        <translation>السماح ببيانات الاعتماد عبر http:// غير المشفَّر (على شبكة موثوقة فقط)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="131"/>
        <source>Without it, credentials are only sent over https://, or to a server on this computer.</source>
        <translation>بدون ذلك، لا تُرسل بيانات الاعتماد إلا عبر https://، أو إلى خادم على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="145"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="147"/>
        <source>Check the address and credentials before saving</source>
        <translation>التحقق من العنوان وبيانات الاعتماد قبل الحفظ</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="210"/>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="218"/>
        <source>The server answers: {n} collection(s).</source>
        <translation>الخادم يجيب: {n} مجموعة.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="220"/>
        <location filename="../ui/connections.py" line="384"/>
        <source>Connection test cancelled.</source>
        <translation>أُلغي اختبار الاتصال.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="246"/>
        <source>Credentials over plain HTTP</source>
        <translation>بيانات اعتماد عبر HTTP غير مشفر</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="247"/>
        <source>This address is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https:// unless the server is on this computer. Save anyway?</source>
        <translation>هذا العنوان غير مشفر (http://): ستعبر بيانات الاعتماد الشبكة مقروءة لكل من يعترض طريقها. استعمل https:// إلا إذا كان الخادم على هذا الحاسوب. هل تريد الحفظ رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="249"/>
        <source>Save anyway</source>
        <translation>الحفظ رغم ذلك</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="264"/>
        <location filename="../ui/dock.py" line="57"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="272"/>
        <source>Add a connection…</source>
        <translation>إضافة اتصال…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="273"/>
        <source>Edit the connection…</source>
        <translation>تعديل الاتصال…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="275"/>
        <location filename="../ui/connections.py" line="349"/>
        <source>Remove the connection</source>
        <translation>حذف الاتصال</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="277"/>
        <source>Test the connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="296"/>
        <source>No connection: add one</source>
        <translation>لا يوجد أي اتصال: أضف اتصالًا</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="349"/>
        <source>Remove the connection {name}? Its authentication configuration stays in QGIS.</source>
        <translation>حذف الاتصال {name}؟ يبقى إعداد المصادقة الخاص به في QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="351"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="361"/>
        <source>Choose or add a server connection first.</source>
        <translation>اختر أو أضف اتصالًا بالخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="381"/>
        <source>Connection {name} works: the server offers {n} collection(s).</source>
        <translation>الاتصال {name} يعمل: يعرض الخادم {n} مجموعة.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="386"/>
        <source>Connection {name} failed. {explanation}</source>
        <translation>فشل الاتصال {name}. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="45"/>
        <source>Permit conformity, publishing and offline field work</source>
        <translation>مطابقة رخص البناء، والنشر، والعمل الميداني دون اتصال</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="58"/>
        <source>Field work</source>
        <translation>العمل الميداني</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="82"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="106"/>
        <source>Refresh the server's collections first.</source>
        <translation>حدّث مجموعات الخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="70"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="99"/>
        <source>Check out for field work</source>
        <translation>تنزيل للعمل الميداني</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="105"/>
        <source>Refresh the server's collections (Server tab) to choose them here.</source>
        <translation>حدّث مجموعات الخادم (علامة التبويب «الخادم») لاختيارها هنا.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="115"/>
        <source>Map canvas extent</source>
        <translation>امتداد الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="117"/>
        <source>Selected polygons (active layer)</source>
        <translation>المضلعات المحددة (الطبقة النشطة)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="118"/>
        <source>Whole collections</source>
        <translation>المجموعات كاملة</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="123"/>
        <source>Workspace GeoPackage</source>
        <translation>GeoPackage فضاء العمل</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="124"/>
        <source>Work area</source>
        <translation>منطقة العمل</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="126"/>
        <source>Check out</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="129"/>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="144"/>
        <source>Open a workspace</source>
        <translation>فتح فضاء عمل</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="150"/>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="152"/>
        <source>Send the workspace's edits and bring the server's changes; conflicting edits are listed below, nothing is overwritten</source>
        <translation>إرسال تعديلات فضاء العمل وجلب تغييرات الخادم؛ التعديلات المتعارضة مدرجة أدناه، ولا يُستبدل أي شيء</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="154"/>
        <source>Add layers to map</source>
        <translation>إضافة الطبقات إلى الخريطة</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="226"/>
        <source>No map canvas here: check out whole collections.</source>
        <translation>لا توجد خريطة هنا: قم بتنزيل مجموعات كاملة.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="232"/>
        <source>Select polygons in a polygon layer and make it the active layer.</source>
        <translation>حدد مضلعات في طبقة مضلعات واجعلها الطبقة النشطة.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="235"/>
        <source>No polygon is selected in {layer}.</source>
        <translation>لم يُحدَّد أي مضلع في {layer}.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="247"/>
        <source>{path} already exists and is not a workspace: choose another file name.</source>
        <translation>{path} موجود مسبقًا وليس فضاء عمل: اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="268"/>
        <source>Checkout failed. {explanation}</source>
        <translation>فشل التنزيل. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="274"/>
        <source>Nothing was checked out.</source>
        <translation>لم يتم تنزيل أي شيء.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="278"/>
        <source>{n} feature(s) checked out into {path}; the layers are in the project.</source>
        <translation>تم تنزيل {n} عنصر في {path}؛ الطبقات موجودة في المشروع.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="281"/>
        <source>Cancelled before the other collections.</source>
        <translation>أُلغي قبل المجموعات الأخرى.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="290"/>
        <source>{path} is not a workspace made by a checkout.</source>
        <translation>{path} ليس فضاء عمل أُنشئ بعملية تنزيل.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="332"/>
        <source>Field work: no workspace open.</source>
        <translation>العمل الميداني: لا يوجد فضاء عمل مفتوح.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="337"/>
        <source>Field work: {pending} pending change(s) · {conflicts} conflict(s)</source>
        <translation>العمل الميداني: {pending} تغيير في الانتظار · {conflicts} تعارض</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="338"/>
        <source>Last sync: {when}</source>
        <translation>آخر مزامنة: {when}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="341"/>
        <source>Unsaved edits in {layers}: save them to count and sync them.</source>
        <translation>تعديلات غير محفوظة في {layers}: احفظها لاحتسابها ومزامنتها.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="343"/>
        <source>Workspace {path}
Collections: {names}</source>
        <translation>فضاء العمل {path}
المجموعات: {names}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="349"/>
        <source>The workspace is being synchronised…</source>
        <translation>جارٍ مزامنة فضاء العمل…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="354"/>
        <source>The workspace cannot be read: {error}</source>
        <translation>تتعذر قراءة فضاء العمل: {error}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="362"/>
        <source>Field work — {name}</source>
        <translation>العمل الميداني — {name}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="373"/>
        <source>Add the workspace's layers to the map to see the feature.</source>
        <translation>أضف طبقات فضاء العمل إلى الخريطة لرؤية العنصر.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="379"/>
        <source>The feature is no longer in the workspace (deleted here).</source>
        <translation>لم يعد العنصر موجودًا في فضاء العمل (حُذف هنا).</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="395"/>
        <source>The edits of {layer} could not be saved: {errors}</source>
        <translation>تعذر حفظ تعديلات {layer}: {errors}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="401"/>
        <source>Unsaved edits</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="402"/>
        <source>Save the edits of {layers} first? The sync only sends saved edits.</source>
        <translation>حفظ تعديلات {layers} أولًا؟ لا ترسل المزامنة إلا التعديلات المحفوظة.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="404"/>
        <source>Save and synchronise</source>
        <translation>حفظ ومزامنة</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="428"/>
        <source>Sync failed. {explanation}</source>
        <translation>فشلت المزامنة. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="433"/>
        <source>Sync cancelled: the workspace is consistent, run the sync again.</source>
        <translation>أُلغيت المزامنة: فضاء العمل متسق، أعد تشغيل المزامنة.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="444"/>
        <source>Some changes could not be sent (see the details); nothing was lost.</source>
        <translation>تعذر إرسال بعض التغييرات (انظر التفاصيل)؛ لم يضع أي شيء.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="447"/>
        <source>Sync cancelled: run it again to finish.</source>
        <translation>أُلغيت المزامنة: أعد تشغيلها لإتمامها.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="450"/>
        <source>Resolve the conflicts in the list, then sync again.</source>
        <translation>احسم التعارضات المدرجة في اللائحة، ثم أعد المزامنة.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="459"/>
        <source>{n} conflict(s) resolved: sync to send the resolutions.</source>
        <translation>تم حسم {n} تعارض: قم بالمزامنة لإرسال الحلول.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="32"/>
        <source>Installing shapely 2</source>
        <translation>تثبيت shapely 2</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="69"/>
        <source>Install shapely</source>
        <translation>تثبيت shapely</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="90"/>
        <source>Installing shapely 2 into {folder}…</source>
        <translation>جارٍ تثبيت shapely 2 في {folder}…</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="104"/>
        <source>shapely 2 is installed: restart QGIS to enable the conformity checks.</source>
        <translation>تم تثبيت shapely 2: أعد تشغيل QGIS لتفعيل فحوص المطابقة.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="112"/>
        <source>shapely {version} is installed: the conformity checks are enabled.</source>
        <translation>تم تثبيت shapely {version}: فحوص المطابقة مفعّلة.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="119"/>
        <source>Installing shapely failed ({detail}). Run the command shown, or see the Agence Urbaine log.</source>
        <translation>فشل تثبيت shapely ({detail}). نفّذ الأمر المعروض، أو راجع سجل «Agence Urbaine».</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="35"/>
        <source>Unreachable: the server does not answer. Check the address, that the server is running, and your network connection.</source>
        <translation>يتعذر الوصول: الخادم لا يجيب. تحقق من العنوان، ومن أن الخادم يعمل، ومن اتصالك بالشبكة.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="38"/>
        <source>Not allowed (HTTP 403): the server knows this account, but its role does not allow this operation on this collection. Ask the agency's administrator.</source>
        <translation>غير مسموح (HTTP 403): يعرف الخادم هذا الحساب، لكن دوره لا يسمح بهذه العملية على هذه المجموعة. اتصل بمسؤول الخادم بالوكالة.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>Access refused (HTTP 401/403): the server did not accept the credentials. Check the user name and password (or API key) of the authentication configuration, and that this account may use the server.</source>
        <translation>رُفض الوصول (HTTP 401/403): لم يقبل الخادم بيانات الاعتماد. تحقق من اسم المستخدم وكلمة المرور (أو مفتاح API) في إعداد المصادقة، ومن أن هذا الحساب مخوَّل لاستعمال الخادم.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="47"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>Not an OGC API - Features server: the address answers, but not as an agency server. Check the address: it must be the root of the API (the page that links to /collections).</source>
        <translation>ليس خادم OGC API - Features: العنوان يجيب، لكن ليس كخادم للوكالة. تحقق من العنوان: يجب أن يكون جذر واجهة API (الصفحة التي تحيل إلى /collections).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="53"/>
        <source>Secure connection failed (TLS): the server's certificate is not valid or not trusted (expired, self-signed or issued for another name). Ask the server's administrator, or add the certificate authority in QGIS's authentication settings.</source>
        <translation>فشل الاتصال الآمن (TLS): شهادة الخادم غير صالحة أو غير موثوقة (منتهية الصلاحية، أو موقعة ذاتيًا، أو صادرة لاسم آخر). اتصل بمسؤول الخادم، أو أضف جهة إصدار الشهادات في إعدادات المصادقة في QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>Someone changed the same data on the server in the meantime. Run the sync again: it merges the changes.</source>
        <translation>قام شخص آخر بتغيير المعطيات نفسها على الخادم في الأثناء. أعد تشغيل المزامنة: فهي تدمج التغييرات.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>The collection no longer exists on the server. Refresh the list of collections.</source>
        <translation>لم تعد المجموعة موجودة على الخادم. حدّث لائحة المجموعات.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="62"/>
        <source>The server failed while answering. Try again later; if it keeps failing, tell the server's administrator.</source>
        <translation>أخفق الخادم أثناء الإجابة. أعد المحاولة لاحقًا؛ وإذا استمر الإخفاق، أخبر مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="65"/>
        <source>The server answered with something unusable. Tell the server's administrator.</source>
        <translation>أجاب الخادم بشيء غير قابل للاستعمال. أخبر مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="68"/>
        <source>Unexpected error: {error}</source>
        <translation>خطأ غير متوقع: {error}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="81"/>
        <source>Selected features only</source>
        <translation>العناصر المحددة فقط</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="89"/>
        <source>Choose a collection…</source>
        <translation>اختر مجموعة…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="110"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="130"/>
        <source>Personal data is not published: tick a field only if publishing it is lawful and intended.</source>
        <translation>لا تُنشر المعطيات الشخصية: لا تؤشر على حقل إلا إذا كان نشره مشروعًا ومقصودًا.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="144"/>
        <source>Fields sent (layer field → server field)</source>
        <translation>الحقول المرسلة (حقل الطبقة ← حقل الخادم)</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="147"/>
        <source>Layer field</source>
        <translation>حقل الطبقة</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="147"/>
        <source>Server field</source>
        <translation>حقل الخادم</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="170"/>
        <source>Check</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="172"/>
        <source>Read the layer and compare it with the collection before sending</source>
        <translation>قراءة الطبقة ومقارنتها بالمجموعة قبل الإرسال</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="173"/>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="176"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="223"/>
        <source>Check again: a replace first counts the server features it deletes.</source>
        <translation>أعد التحقق: يحسب التعويض أولًا عناصر الخادم التي سيحذفها.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="226"/>
        <source>The collection will hold exactly these features: the others are deleted once every valid feature is stored.</source>
        <translation>ستضم المجموعة هذه العناصر بالضبط: تُحذف العناصر الأخرى بعد حفظ جميع العناصر الصالحة.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="228"/>
        <source>Adds the features; those already published under the same id are kept.</source>
        <translation>تضيف العناصر؛ ويُحتفظ بالعناصر المنشورة مسبقًا بالمعرّف نفسه.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="239"/>
        <location filename="../ui/publish.py" line="390"/>
        <source>Invalid geometries: not sent</source>
        <translation>هندسات غير صالحة: لن تُرسل</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="240"/>
        <location filename="../ui/publish.py" line="398"/>
        <source>Differences with the server's fields</source>
        <translation>الاختلافات مع حقول الخادم</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="241"/>
        <source>Check the layer against the collection before publishing.</source>
        <translation>تحقق من الطبقة مقارنة بالمجموعة قبل النشر.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="242"/>
        <source>Choose a layer with geometries.</source>
        <translation>اختر طبقة تحتوي على هندسات.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="295"/>
        <source>{field} ({reason})</source>
        <translation>{field} ({reason})</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="301"/>
        <source>Personal data ({n} field(s))</source>
        <translation>المعطيات الشخصية ({n} حقل)</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="311"/>
        <source>(not sent)</source>
        <translation>(لا يُرسل)</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="338"/>
        <source>Not checked yet.</source>
        <translation>لم يتم التحقق بعد.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="340"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="341"/>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="369"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="378"/>
        <location filename="../ui/tasks.py" line="198"/>
        <source>Check cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="378"/>
        <source>The check failed. {explanation}</source>
        <translation>فشل التحقق. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="391"/>
        <source>{ref}: {reason}</source>
        <translation>{ref}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="392"/>
        <source>Not on the server, left out: {field}</source>
        <translation>غير موجود على الخادم، تم استبعاده: {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="394"/>
        <source>On the server, absent from the layer: {field}</source>
        <translation>موجود على الخادم، غائب عن الطبقة: {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="397"/>
        <source>The server does not describe its fields (empty collection): not compared.</source>
        <translation>لا يصف الخادم حقوله (مجموعة فارغة): لم تتم المقارنة.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="401"/>
        <source>{valid} feature(s) ready to publish in {crs}; {invalid} with an invalid geometry will not be sent.</source>
        <translation>{valid} عنصر جاهز للنشر بنظام {crs}؛ ولن يُرسل {invalid} بسبب هندسة غير صالحة.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="409"/>
        <source>The collection {collection} will hold only the features of this layer: {n} feature(s) of the server will be deleted, once every feature is stored (if one is refused, none is deleted). Continue?</source>
        <translation>لن تضم المجموعة {collection} إلا عناصر هذه الطبقة: سيُحذف {n} عنصر من الخادم بعد حفظ جميع العناصر (إذا رُفض أحدها، لا يُحذف أي عنصر). هل تريد المتابعة؟</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="415"/>
        <source>Delete {n} and publish</source>
        <translation>حذف {n} والنشر</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="423"/>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="433"/>
        <source>Publication failed. {explanation}</source>
        <translation>فشل النشر. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="444"/>
        <source>{sent} feature(s) sent to {collection}, {refused} refused or not sent.</source>
        <translation>أُرسل {sent} عنصر إلى {collection}، و{refused} مرفوض أو لم يُرسل.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="117"/>
        <source>Testing the connection {name}</source>
        <translation>اختبار الاتصال {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="120"/>
        <source>Contacting the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="128"/>
        <source>Listing the collections of {name}</source>
        <translation>سرد مجموعات {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="131"/>
        <source>Reading the list of collections…</source>
        <translation>قراءة لائحة المجموعات…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="185"/>
        <source>Checking {layer} before publishing</source>
        <translation>التحقق من {layer} قبل النشر</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="190"/>
        <source>Reading the collection's description…</source>
        <translation>قراءة وصف المجموعة…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="204"/>
        <source>Comparing with the server's fields…</source>
        <translation>المقارنة مع حقول الخادم…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="217"/>
        <source>Counting the server's features a replace would delete…</source>
        <translation>حساب عناصر الخادم التي سيحذفها التعويض…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="227"/>
        <source>Publishing to {collection}</source>
        <translation>النشر في {collection}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="260"/>
        <source>The area cannot be expressed in {crs}: zoom in on the area to work in, or choose polygons.</source>
        <translation>يتعذر التعبير عن النطاق بنظام {crs}: قم بالتكبير على نطاق العمل، أو اختر مضلعات.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="281"/>
        <source>Checking out {n} collection(s)</source>
        <translation>تنزيل {n} مجموعة</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="322"/>
        <source>Synchronising the workspace</source>
        <translation>مزامنة فضاء العمل</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="338"/>
        <source>{name} was checked out from {theirs}, not from the selected connection ({ours}). Choose that server's connection.</source>
        <translation>تم تنزيل {name} من {theirs}، وليس من الاتصال المختار ({ours}). اختر اتصال ذلك الخادم.</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="141"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>(note de renseignements urbanistiques)</source>
        <translation type="vanished">(note de renseignements urbanistiques)</translation>
    </message>
    <message>
        <source>0 m where building in continuous rows, otherwise at least {value}</source>
        <translation type="vanished">0 م في حالة البناء المتصل، وإلا فعلى الأقل {value}</translation>
    </message>
    <message>
        <source>Append: add the features (those already published under the same id are kept)</source>
        <translation type="vanished">إضافة: تضيف العناصر (يُحتفظ بالعناصر المنشورة مسبقًا بالمعرّف نفسه)</translation>
    </message>
    <message>
        <source>Checkout cancelled: nothing was kept of the collection being copied.</source>
        <translation type="vanished">أُلغي التنزيل: لم يُحتفظ بأي شيء من المجموعة التي كانت قيد النسخ.</translation>
    </message>
    <message>
        <source>Collections: {names}</source>
        <translation type="vanished">المجموعات: {names}</translation>
    </message>
    <message>
        <source>Compares the buildings observed on the ground (field survey, digitising from imagery) with the permitted building footprints, and classifies each observed building.

Matching: an observed building matches a permitted footprint when their overlap covers at least the minimum overlap ratio (default 0.3) of either of them, the smaller one deciding: overlap ≥ ratio × min(observed area, permitted area). A building touching a neighbour's permit along a shared wall therefore does not match it, while a building that covers its whole permit and much more does.

Classes:
- no_permit: the building matches no permitted footprint; the whole building is the excess.
- exceeds_permit: excess = observed building minus the union of the footprints it matches; its area is larger than the absolute threshold (m², default 10) AND larger than the ratio threshold times the permitted area (default 0.10, i.e. 10 % of the union of the matched footprints). Both must be passed, strictly; set one to 0 to use only the other. Small excesses are survey and digitising noise.
- conforming: matches a permit and its excess stays within a threshold.
Permitted footprints matched by no observed building are listed as not built yet.

Areas are measured in metres: the permitted footprints are reprojected into the observed layer's CRS, or both into the projected CRS given as parameter. A geographic CRS (degrees) is refused. Invalid geometries are repaired and named in the log; features without geometry are left out and named.

Outputs: the observed buildings with status, status_label, permit_ids, observed_m2, permitted_m2 and excess_m2; the excess parts (outside permits) of the buildings classed no_permit or exceeds_permit, with the same fields; optionally the permitted footprints not built yet. The counts per class are in the log and in the results.</source>
        <translation type="vanished">يقارن البنايات المرصودة ميدانيًا (مسح ميداني، أو ترقيم انطلاقًا من الصور) بالمساحات المبنية المرخصة، ويصنف كل بناية مرصودة.

المطابقة: تطابق البناية المرصودة مساحة مبنية مرخصة عندما يغطي تداخلهما على الأقل نسبة التداخل الدنيا (0.3 افتراضيًا) من إحداهما، والعبرة بالأصغر منهما: التداخل ≥ النسبة × min(المساحة المرصودة، المساحة المرخصة). وعليه فالبناية الملاصقة لرخصة الجار على طول جدار مشترك لا تطابقها، بينما تطابقها البناية التي تغطي رخصتها كاملة وأكثر منها بكثير.

الفئات:
- no_permit: لا تطابق البناية أي مساحة مبنية مرخصة؛ البناية بأكملها تشكل التجاوز.
- exceeds_permit: التجاوز = البناية المرصودة ناقص اتحاد المساحات المرخصة التي تطابقها؛ مساحته أكبر من العتبة المطلقة (م²، 10 افتراضيًا) وأكبر من العتبة النسبية مضروبة في المساحة المرخصة (0.10 افتراضيًا، أي 10 % من اتحاد المساحات المطابقة). يجب تجاوز العتبتين معًا تجاوزًا صريحًا؛ اجعل إحداهما 0 لاستعمال الأخرى وحدها. التجاوزات الصغيرة مجرد أخطاء في المسح والترقيم.
- conforming: تطابق رخصة ويبقى تجاوزها دون العتبة.
تُدرج المساحات المرخصة التي لا تطابقها أي بناية مرصودة على أنها لم تُبنَ بعد.

تُقاس المساحات بالأمتار: يُعاد إسقاط المساحات المرخصة إلى نظام إحداثيات الطبقة المرصودة، أو إسقاط الطبقتين معًا إلى نظام الإحداثيات الإسقاطي المعطى كمعامل. يُرفض نظام الإحداثيات الجغرافي (بالدرجات). تُصحَّح الهندسات غير الصالحة ويُشار إليها في السجل؛ وتُستبعد العناصر التي لا هندسة لها ويُشار إليها.

المخرجات: البنايات المرصودة مع status وstatus_label وpermit_ids وobserved_m2 وpermitted_m2 وexcess_m2؛ وأجزاء التجاوز (خارج الرخص) للبنايات المصنفة no_permit أو exceeds_permit، بالحقول نفسها؛ واختياريًا المساحات المرخصة التي لم تُبنَ بعد. أعداد كل فئة مبينة في السجل وفي النتائج.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="vanished">اسم الاتصال</translation>
    </message>
    <message>
        <source>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Connection: the name of a connection configured in the plugin. Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</source>
        <translation type="vanished">ينسخ مجموعات خادم الوكالة إلى فضاء عمل GeoPackage تعدّله الفرق الميدانية دون اتصال في QGIS؛ ثم تتولى «مزامنة فضاء عمل» إرسال تعديلاتها وجلب تغييرات الخادم.

الاتصال: اسم اتصال مُعدّ في الإضافة. المجموعات: معرّفاتها مفصولة بفواصل (مثلًا parcels, buildings).

النطاق: امتداد، أو طبقة مضلعات (يُحتفظ بالعناصر التي تتقاطع مع مضلعاتها، الآن وعند كل مزامنة)؛ وفي غيابهما تُنسخ المجموعات كاملة. تحتفظ العناصر بنظام إحداثيات التخزين الخاص بالمجموعة كما هو، حتى لا ترى المزامنة إلا التعديلات الحقيقية.

قد يحتوي فضاء العمل على مجموعات أخرى؛ وتُرفض المجموعة التي سبق تنزيلها فيه.</translation>
    </message>
    <message>
        <source>Distance from the footprint to the rear limits; required max(minimum, factor x height).</source>
        <translation type="vanished">المسافة بين المساحة المبنية والحدود الخلفية؛ المطلوب: max(الحد الأدنى، المعامل × العلو).</translation>
    </message>
    <message>
        <source>Distance from the footprint to the side limits; required max(minimum, factor x height).</source>
        <translation type="vanished">المسافة بين المساحة المبنية والحدود الجانبية؛ المطلوب: max(الحد الأدنى، المعامل × العلو).</translation>
    </message>
    <message>
        <source>Excess threshold (share of the permitted area, 0.10 = 10 %)</source>
        <translation type="vanished">عتبة التجاوز (نسبة من المساحة المرخصة، 0.10 = 10 %)</translation>
    </message>
    <message>
        <source>Excess thresholds cannot be negative.</source>
        <translation type="vanished">لا يمكن أن تكون عتبات التجاوز سالبة.</translation>
    </message>
    <message>
        <source>No workspace open: check collections out, or open a workspace GeoPackage.</source>
        <translation type="vanished">لا يوجد فضاء عمل مفتوح: قم بتنزيل مجموعات، أو افتح GeoPackage فضاء عمل.</translation>
    </message>
    <message>
        <source>Personal data left out: {fields}.</source>
        <translation type="vanished">المعطيات الشخصية المستبعدة: {fields}.</translation>
    </message>
    <message>
        <source>Replace: the collection will hold exactly these features (the others are deleted once all are stored)</source>
        <translation type="vanished">تعويض: ستضم المجموعة هذه العناصر بالضبط (تُحذف العناصر الأخرى بعد حفظها جميعًا)</translation>
    </message>
    <message>
        <source>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode: append adds the features; replace adds them, then deletes the collection's other features, only once every valid feature is stored.

Before sending, features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address…) is never published unless the field is named in 'Personal fields to publish anyway'. A text field called id gives the features their ids (publishing again does not duplicate them).

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</source>
        <translation type="vanished">يرسل عناصر طبقة إلى مجموعة في خادم الوكالة (OGC API - Features).

الاتصال: اسم اتصال مُعدّ في الإضافة (عنوانه، وعند الحاجة إعداد مصادقة في QGIS؛ لا تُكتب أي كلمة مرور هنا أبدًا).

الوضع: «إضافة» تضيف العناصر؛ و«تعويض» تضيفها ثم تحذف باقي عناصر المجموعة، وذلك فقط بعد حفظ جميع العناصر الصالحة.

قبل الإرسال، يُعاد إسقاط العناصر إلى نظام إحداثيات التخزين الخاص بالمجموعة. تُدرج العناصر ذات الهندسة غير الصالحة أو المفقودة في لائحة ولا تُرسل. وتُستبعد الحقول التي لا يعرفها الخادم وتُدرج في لائحة. لا تُنشر المعطيات الشخصية (الأسماء، رقم البطاقة الوطنية، الهاتف، البريد الإلكتروني، العنوان…) أبدًا، إلا إذا ورد الحقل في «حقول شخصية تُنشر رغم ذلك». ويمنح حقل نصي باسم id العناصرَ معرّفاتها (إعادة النشر لا تكررها).

المخرجات: عدد العناصر المرسلة والمرفوضة وغير الصالحة والمحذوفة، وملخص.</translation>
    </message>
    <message>
        <source>Some changes could not be sent: run the sync again, nothing was lost.</source>
        <translation type="vanished">تعذر إرسال بعض التغييرات: أعد تشغيل المزامنة، لم يضع أي شيء.</translation>
    </message>
    <message>
        <source>The Python package shapely 2 or later is missing: the conformity checks are disabled. Install it with: python3 -m pip install --user "shapely&gt;=2" (Debian's python3-shapely is 1.8, too old), then restart QGIS.</source>
        <translation type="vanished">حزمة بايثون shapely في إصدارها 2 أو أحدث غير مثبتة: فحوص المطابقة معطلة. ثبّتها بالأمر: python3 -m pip install --user "shapely&gt;=2" (حزمة python3-shapely في دبيان إصدارها 1.8، وهو قديم)، ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
        <source>The collection {collection} will hold only the features of this layer: the others will be deleted from the server once every valid feature is stored. Continue?</source>
        <translation type="vanished">لن تضم المجموعة {collection} إلا عناصر هذه الطبقة: ستُحذف العناصر الأخرى من الخادم بعد حفظ جميع العناصر الصالحة. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>The minimum overlap ratio must be between 0 and 1.</source>
        <translation type="vanished">يجب أن تكون نسبة التداخل الدنيا بين 0 و1.</translation>
    </message>
    <message>
        <source>The permitted footprints have no field '{field}'.</source>
        <translation type="vanished">المساحات المرخصة لا تحتوي على الحقل «{field}».</translation>
    </message>
    <message>
        <source>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_&lt;parcel id&gt;_&lt;language&gt;.pdf; existing files of the same name are replaced.</source>
        <translation type="vanished">يُعدّ مذكرة المعلومات التعميرية لكل بقعة في ملف PDF، بالفرنسية أو بالعربية أو بهما معًا: خريطة للبقعة وتنطيقها، والمناطق التي تغطي البقعة مع حصة كل منها من مساحتها، وقواعد كل منطقة كما يحددها نظام التهيئة (ملف JSON)، والارتفاقات التي تمس البقعة (التي تتداخل معها، أو بالنسبة لارتفاق المسافة الدنيا مثل خط الضغط العالي، التي تمر على مسافة أقل منها).

استعمل خيار «العناصر المحددة فقط» في طبقة البقع لإعداد مذكرات البقع المحددة وحدها.

تُقرن طبقات الارتفاقات بارتفاقات نظام التهيئة حسب اسم الطبقة أو اسم الجدول (مثلًا الطبقة أو جدول GeoPackage المسمى flood_zone هو الارتفاق flood_zone)؛ وتُتجاهل الطبقة التي لا تطابق أي ارتفاق مع تنبيه.

تُقاس المساحات والمسافات في نظام الإحداثيات الإسقاطي الخاص بالتصميم (المقروء من نظام التهيئة). تُسمّى الملفات note_&lt;parcel id&gt;_&lt;language&gt;.pdf؛ وتُعوَّض الملفات الموجودة التي تحمل الاسم نفسه.</translation>
    </message>
    <message>
        <source>footprint</source>
        <translation type="vanished">المساحة المبنية</translation>
    </message>
    <message>
        <source>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled. Upgrade it with: python3 -m pip install --user "shapely&gt;=2", then restart QGIS.</source>
        <translation type="vanished">الإصدار {found} من shapely مثبت لكن الإصدار 2 أو أحدث مطلوب: فحوص المطابقة معطلة. حدّثه بالأمر: python3 -m pip install --user "shapely&gt;=2"، ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
        <source>{n} layer(s) added: a live, read-only view of the server.</source>
        <translation type="vanished">تمت إضافة {n} طبقة: عرض مباشر للخادم للقراءة فقط.</translation>
    </message>
    <message>
        <source>{pending} pending change(s) · last sync {when} · {conflicts} conflict(s)</source>
        <translation type="vanished">{pending} تغيير في الانتظار · آخر مزامنة {when} · {conflicts} تعارض</translation>
    </message>
    <message>
        <source>{sent} feature(s) published to {collection} ({mode}); {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation type="vanished">نُشر {sent} من العناصر في {collection} ({mode})؛ رُفض {refused}، ولم يُرسل {invalid} بسبب هندسة غير صالحة.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../processing/fast_sink.py" line="553"/>
        <source>Could not write feature into %1</source>
        <translation>تعذرت كتابة العنصر في %1</translation>
    </message>
</context>
</TS>
