<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgenceUrbaine</name>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>parcel</source>
        <translation>parcel</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>the footprint of application</source>
        <translation>the footprint of application</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="588"/>
        <source>Servitude {sid}: invalid geometry of feature '{fid}' ({reason}), repaired.</source>
        <translation>Servitude {sid}: invalid geometry of feature '{fid}' ({reason}), repaired.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="593"/>
        <source>Servitude {sid}: rule {rule} measures areas; {count} non-polygon features ignored.</source>
        <translation>Servitude {sid}: rule {rule} measures areas; {count} non-polygon features ignored.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="745"/>
        <source>(no field chosen)</source>
        <translation>(no field chosen)</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="819"/>
        <source>{count} applications lie on parcels in zones the regulation does not declare ({zones}): their zone rules are not checked (to be checked).</source>
        <translation>{count} applications lie on parcels in zones the regulation does not declare ({zones}): their zone rules are not checked (to be checked).</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="835"/>
        <source>any use not forbidden</source>
        <translation>any use not forbidden</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="903"/>
        <source>declared floor area</source>
        <translation>declared floor area</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="903"/>
        <source>footprint area × levels</source>
        <translation>footprint area × levels</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1004"/>
        <source>rear</source>
        <translation>rear</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1004"/>
        <source>side</source>
        <translation>side</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1211"/>
        <location filename="../core/veille.py" line="182"/>
        <source>{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.</source>
        <translation>{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1222"/>
        <source>Servitude {sid} is declared by the regulation but no layer was given: not checked.</source>
        <translation>Servitude {sid} is declared by the regulation but no layer was given: not checked.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1229"/>
        <source>Layer for servitude {sid} ignored: the regulation does not declare it.</source>
        <translation>Layer for servitude {sid} ignored: the regulation does not declare it.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1292"/>
        <source>{names} and {count} more</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1304"/>
        <source>{count} parcels are made of several parts, each checked as one lot: {parcels}.</source>
        <translation>{count} parcels are made of several parts, each checked as one lot: {parcels}.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1309"/>
        <source>Conformity check canceled.</source>
        <translation>Conformity check canceled.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1334"/>
        <location filename="../processing/algorithms/check_conformity.py" line="378"/>
        <location filename="../processing/algorithms/parcel_note.py" line="163"/>
        <location filename="../processing/algorithms/parcel_note.py" line="167"/>
        <source>zoning</source>
        <translation>zoning</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1335"/>
        <location filename="../processing/algorithms/check_conformity.py" line="379"/>
        <source>roads</source>
        <translation>roads</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="140"/>
        <source>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS.</source>
        <translation>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="141"/>
        <source>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS, or click “Install shapely”, or run: {command}</source>
        <translation>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS, or click “Install shapely”, or run: {command}</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="144"/>
        <source>Install shapely 2 for QGIS's Python with pip ("{requirement}").</source>
        <translation>Install shapely 2 for QGIS's Python with pip ("{requirement}").</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="146"/>
        <source>Click “Install shapely” to install it into your QGIS profile, or run: {command}</source>
        <translation>Click “Install shapely” to install it into your QGIS profile, or run: {command}</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="154"/>
        <source>The Python package shapely 2 or later is missing: the conformity checks are disabled.</source>
        <translation>The Python package shapely 2 or later is missing: the conformity checks are disabled.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="156"/>
        <source>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled.</source>
        <translation>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled.</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="45"/>
        <source>self-intersection</source>
        <translation>self-intersection</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="46"/>
        <source>ring self-intersection</source>
        <translation>ring self-intersection</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="47"/>
        <source>too few points</source>
        <translation>too few points</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="48"/>
        <source>interior disconnected</source>
        <translation>interior disconnected</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="49"/>
        <source>hole outside its outer ring</source>
        <translation>hole outside its outer ring</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="50"/>
        <source>nested holes</source>
        <translation>nested holes</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="51"/>
        <source>nested outer rings</source>
        <translation>nested outer rings</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="52"/>
        <source>duplicate rings</source>
        <translation>duplicate rings</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="53"/>
        <source>invalid coordinate</source>
        <translation>invalid coordinate</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="54"/>
        <source>ring not closed</source>
        <translation>ring not closed</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="55"/>
        <source>repeated point</source>
        <translation>repeated point</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="67"/>
        <source>{problem} at ({x}, {y})</source>
        <translation>{problem} at ({x}, {y})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="35"/>
        <source>at most {value}</source>
        <translation>at most {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="36"/>
        <source>at least {value}</source>
        <translation>at least {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="37"/>
        <source>allowed: {uses}</source>
        <translation>allowed: {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="38"/>
        <source>forbidden: {uses}</source>
        <translation>forbidden: {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="39"/>
        <source>at most {value} levels (R+{floors})</source>
        <translation>at most {value} levels (R+{floors})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="40"/>
        <source>at least the larger of {min} and {factor} × the building height</source>
        <translation>at least the larger of {min} and {factor} × the building height</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="41"/>
        <source>0 m where building in continuous rows, otherwise {value}</source>
        <translation>0 m where building in continuous rows, otherwise {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="42"/>
        <source>; lots created before {date} are referred to the commission</source>
        <translation>; lots created before {date} are referred to the commission</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="43"/>
        <source>at most {value} ({acronym})</source>
        <translation>at most {value} ({acronym})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="44"/>
        <source>covers {area} ({share} of the parcel)</source>
        <translation>covers {area} ({share} of the parcel)</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="45"/>
        <source>{distance} from the parcel, within the {required} band</source>
        <translation>{distance} from the parcel, within the {required} band</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="46"/>
        <source>building forbidden inside</source>
        <translation>building forbidden inside</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="47"/>
        <source>at most {value} of footprint inside</source>
        <translation>at most {value} of footprint inside</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="48"/>
        <source>no building within {value}</source>
        <translation>no building within {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="49"/>
        <source>height at most {value} inside</source>
        <translation>height at most {value} inside</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="287"/>
        <source>Parcel note canceled.</source>
        <translation>Parcel note canceled.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="144"/>
        <source>personal data: the field name looks like a person's name</source>
        <translation>personal data: the field name looks like a person's name</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="145"/>
        <source>personal data: the field name looks like an identity card (CIN) number</source>
        <translation>personal data: the field name looks like an identity card (CIN) number</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="146"/>
        <source>personal data: the field name looks like a phone number field</source>
        <translation>personal data: the field name looks like a phone number field</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="147"/>
        <source>personal data: the field name looks like an e-mail address field</source>
        <translation>personal data: the field name looks like an e-mail address field</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="148"/>
        <source>personal data: the field name looks like a postal address field</source>
        <translation>personal data: the field name looks like a postal address field</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="149"/>
        <source>personal data: the field name looks like a date or place of birth</source>
        <translation>personal data: the field name looks like a date or place of birth</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="150"/>
        <source>personal data: the field name looks like data about the applicant or owner</source>
        <translation>personal data: the field name looks like data about the applicant or owner</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="151"/>
        <source>personal data: the field name is on the agency's list</source>
        <translation>personal data: the field name is on the agency's list</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="152"/>
        <source>personal data: values look like CIN numbers</source>
        <translation>personal data: values look like CIN numbers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="153"/>
        <source>personal data: values look like phone numbers</source>
        <translation>personal data: values look like phone numbers</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="154"/>
        <source>personal data: values look like e-mail addresses</source>
        <translation>personal data: values look like e-mail addresses</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="40"/>
        <source>Invalid regulation {source}</source>
        <translation>Invalid regulation {source}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="77"/>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="105"/>
        <source>expected one of {allowed}, got {value}</source>
        <translation>expected one of {allowed}, got {value}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="109"/>
        <source>'{value}' does not match the expected form {pattern}</source>
        <translation>'{value}' does not match the expected form {pattern}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="124"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="125"/>
        <source>expected {wanted}</source>
        <translation>expected {wanted}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="132"/>
        <source>{value} is below the minimum {bound}</source>
        <translation>{value} is below the minimum {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="135"/>
        <source>{value} is above the maximum {bound}</source>
        <translation>{value} is above the maximum {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="141"/>
        <source>missing required key '{key}'</source>
        <translation>missing required key '{key}'</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="155"/>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="191"/>
        <source>acronym not declared in ratio_definitions (say what it measures: coverage or floor_area)</source>
        <translation>acronym not declared in ratio_definitions (say what it measures: coverage or floor_area)</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="194"/>
        <source>measures {measure} like {other}: give one value per measure</source>
        <translation>measures {measure} like {other}: give one value per measure</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="203"/>
        <source>both allowed and forbidden: {uses}</source>
        <translation>both allowed and forbidden: {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="207"/>
        <location filename="../core/regulation.py" line="261"/>
        <source>not in the plan's list of uses: {uses}</source>
        <translation>not in the plan's list of uses: {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="210"/>
        <source>give road_setback_m too: it applies along roads narrower than every from_width_m</source>
        <translation>give road_setback_m too: it applies along roads narrower than every from_width_m</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="214"/>
        <source>not a valid date</source>
        <translation>not a valid date</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="225"/>
        <source>rule {rule} needs the key '{key}'</source>
        <translation>rule {rule} needs the key '{key}'</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="230"/>
        <source>not used by rule {rule}</source>
        <translation>not used by rule {rule}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="245"/>
        <source>the plan declares no zone</source>
        <translation>the plan declares no zone</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="488"/>
        <source>cannot read the file: {error}</source>
        <translation>cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="490"/>
        <source>not valid JSON at line {line}, column {column}: {msg}</source>
        <translation>not valid JSON at line {line}, column {column}: {msg}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="192"/>
        <source>Could not write the PDF {path} (layout export error {code}).</source>
        <translation>Could not write the PDF {path} (layout export error {code}).</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="402"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="619"/>
        <location filename="../processing/algorithms/check_conformity.py" line="379"/>
        <location filename="../processing/algorithms/check_conformity.py" line="411"/>
        <source>Roads</source>
        <translation>Roads</translation>
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
        <translation>Zoning</translation>
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
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="746"/>
        <source>no zone of the plan</source>
        <translation>no zone of the plan</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="755"/>
        <source>Verdict: {verdict}</source>
        <translation>Verdict: {verdict}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="756"/>
        <source>{fail} rule(s) not compliant, {check} to be checked</source>
        <translation>{fail} rule(s) not compliant, {check} to be checked</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="766"/>
        <source>Permit conformity check — application {application}</source>
        <translation>Permit conformity check — application {application}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="769"/>
        <source>Parcel {parcel} · {plan} · {date}</source>
        <translation>Parcel {parcel} · {plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="777"/>
        <source>Zones: {zones}</source>
        <translation>Zones: {zones}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="43"/>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="42"/>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="44"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../core/report.py" line="940"/>
        <location filename="../processing/conformity_styles.py" line="42"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../core/report.py" line="820"/>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="791"/>
        <location filename="../core/report.py" line="838"/>
        <source>Agence Urbaine Numérique — automatic check against the regulation of {plan}; the planner's review prevails.</source>
        <translation>Agence Urbaine Numérique — automatic check against the regulation of {plan}; the planner's review prevails.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="798"/>
        <source>Offending part</source>
        <translation>Offending part</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="800"/>
        <source>Planned footprint</source>
        <translation>Planned footprint</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="802"/>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="31"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="810"/>
        <source>Permit conformity check — summary</source>
        <translation>Permit conformity check — summary</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="812"/>
        <source>{plan} · {date}</source>
        <translation>{plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="819"/>
        <source>Applications checked</source>
        <translation>Applications checked</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="820"/>
        <location filename="../processing/algorithms/check_conformity.py" line="377"/>
        <location filename="../processing/algorithms/check_conformity.py" line="401"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <source>Rules not compliant</source>
        <translation>Rules not compliant</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="30"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="833"/>
        <location filename="../core/rules.py" line="63"/>
        <source>To be checked</source>
        <translation>To be checked</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="836"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="895"/>
        <source>Urban planning information note</source>
        <translation>Urban planning information note</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="899"/>
        <source>{plan} · approved {approved} · issued {date}</source>
        <translation>{plan} · approved {approved} · issued {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="903"/>
        <source>Parcel {parcel} — area {area} m²</source>
        <translation>Parcel {parcel} — area {area} m²</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="915"/>
        <source>This note states the rules of the plan d'aménagement that apply to the parcel on the date of issue. It is not a building permit; the regulation's text prevails.</source>
        <translation>This note states the rules of the plan d'aménagement that apply to the parcel on the date of issue. It is not a building permit; the regulation's text prevails.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="918"/>
        <source>Agence Urbaine Numérique — {plan}</source>
        <translation>Agence Urbaine Numérique — {plan}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="925"/>
        <location filename="../core/rules.py" line="143"/>
        <source>The parcel is not covered by any zone of the plan.</source>
        <translation>The parcel is not covered by any zone of the plan.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="927"/>
        <source>(not declared by the regulation)</source>
        <translation>(not declared by the regulation)</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Zone label</source>
        <translation>Zone label</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="932"/>
        <source>The parcel straddles several zones: the rules of each zone apply to its part; the agency must be consulted.</source>
        <translation>The parcel straddles several zones: the rules of each zone apply to its part; the agency must be consulted.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="940"/>
        <source>How it is measured</source>
        <translation>How it is measured</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="940"/>
        <location filename="../core/report.py" line="952"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="941"/>
        <source>Rules of zone {zone}</source>
        <translation>Rules of zone {zone}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="946"/>
        <location filename="../core/report.py" line="953"/>
        <source>Servitudes</source>
        <translation>Servitudes</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="947"/>
        <source>No servitude of the plan affects the parcel.</source>
        <translation>No servitude of the plan affects the parcel.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>On this parcel</source>
        <translation>On this parcel</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>Servitude</source>
        <translation>Servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="61"/>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="62"/>
        <source>Not compliant</source>
        <translation>Not compliant</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="138"/>
        <source>{label}: cannot be checked, the field '{field}' is empty or missing.</source>
        <translation>{label}: cannot be checked, the field '{field}' is empty or missing.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="139"/>
        <source> The parcel straddles zones {zones}: evaluated against zone {zone}; the planner must check.</source>
        <translation> The parcel straddles zones {zones}: evaluated against zone {zone}; the planner must check.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="144"/>
        <source>{label}: no parcel boundary lies along a road; cannot be measured.</source>
        <translation>{label}: no parcel boundary lies along a road; cannot be measured.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="152"/>
        <source>Share of the parcel area in each zone of the plan.</source>
        <translation>Share of the parcel area in each zone of the plan.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="153"/>
        <source>The parcel lies in zone {zone}.</source>
        <translation>The parcel lies in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="154"/>
        <source>The parcel straddles zones {zones}: the planner must check which rules apply.</source>
        <translation>The parcel straddles zones {zones}: the planner must check which rules apply.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="158"/>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="159"/>
        <source>Validity of the footprint and parcel geometries (OGC rules).</source>
        <translation>Validity of the footprint and parcel geometries (OGC rules).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="160"/>
        <source>Valid geometry.</source>
        <translation>Valid geometry.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="161"/>
        <source>Invalid geometry of {what} '{feature}': {reason}. It was repaired for the check.</source>
        <translation>Invalid geometry of {what} '{feature}': {reason}. It was repaired for the check.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="165"/>
        <source>Footprint within its parcel</source>
        <translation>Footprint within its parcel</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="166"/>
        <source>Area of the footprint lying outside its parcel.</source>
        <translation>Area of the footprint lying outside its parcel.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="167"/>
        <source>{label}: the footprint lies within parcel {parcel}.</source>
        <translation>{label}: the footprint lies within parcel {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="168"/>
        <source>{label}: {measured} of the footprint lies outside parcel {parcel}.</source>
        <translation>{label}: {measured} of the footprint lies outside parcel {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="172"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="173"/>
        <source>Declared uses compared with the zone's allowed and forbidden uses.</source>
        <translation>Declared uses compared with the zone's allowed and forbidden uses.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="174"/>
        <source>{label}: '{uses}' is allowed in zone {zone}.</source>
        <translation>{label}: '{uses}' is allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="175"/>
        <source>{label}: '{uses}' is not allowed in zone {zone} (allowed: {allowed}).</source>
        <translation>{label}: '{uses}' is not allowed in zone {zone} (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="178"/>
        <source>Number of levels</source>
        <translation>Number of levels</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="179"/>
        <source>Declared number of levels (R+n counts n+1 levels).</source>
        <translation>Declared number of levels (R+n counts n+1 levels).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="180"/>
        <source>{label}: {measured} levels, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured} levels, at most {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="181"/>
        <source>{label}: {measured} levels exceed the {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured} levels exceed the {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="185"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="186"/>
        <source>Declared building height in metres.</source>
        <translation>Declared building height in metres.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="187"/>
        <source>{label}: {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured}, at most {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="188"/>
        <source>{label}: {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label}: {measured} exceeds the {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="191"/>
        <source>Coverage ratio</source>
        <translation>Coverage ratio</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="192"/>
        <source>Footprint area divided by parcel area.</source>
        <translation>Footprint area divided by parcel area.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="193"/>
        <source>{label} ({acronym}): {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured}, at most {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="194"/>
        <source>{label} ({acronym}): {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured} exceeds the {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="197"/>
        <source>Floor-area ratio</source>
        <translation>Floor-area ratio</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="198"/>
        <source>Total floor area divided by parcel area.</source>
        <translation>Total floor area divided by parcel area.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="199"/>
        <source>{label} ({acronym}): {measured} ({source}), at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured} ({source}), at most {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="200"/>
        <source>{label} ({acronym}): {measured} ({source}) exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}): {measured} ({source}) exceeds the {allowed} allowed in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="204"/>
        <source>Minimum lot area</source>
        <translation>Minimum lot area</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="205"/>
        <source>Parcel area.</source>
        <translation>Parcel area.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="206"/>
        <source>{label}: the parcel measures {measured}, at least {allowed} required in zone {zone}.</source>
        <translation>{label}: the parcel measures {measured}, at least {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="207"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="211"/>
        <source>Minimum frontage</source>
        <translation>Minimum frontage</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="212"/>
        <source>Length of the parcel boundary lying along a road polygon.</source>
        <translation>Length of the parcel boundary lying along a road polygon.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="213"/>
        <source>{label}: {measured} along the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} along the road, at least {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="214"/>
        <source>{label}: {measured} along the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} along the road, below the {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="217"/>
        <source>Road setback</source>
        <translation>Road setback</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="218"/>
        <source>Distance from the footprint to the parcel boundary along the road.</source>
        <translation>Distance from the footprint to the parcel boundary along the road.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="219"/>
        <source>{label}: {measured} from the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} from the road, at least {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="220"/>
        <source>{label}: {measured} from the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} from the road, below the {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="223"/>
        <source>Side setback</source>
        <translation>Side setback</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="225"/>
        <source>Distance from the footprint to the side limits; required max(min, factor × height).</source>
        <translation>Distance from the footprint to the side limits; required max(min, factor × height).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="226"/>
        <source>{label}: {measured} from the side limits, {allowed} required in zone {zone}{rows}.</source>
        <translation>{label}: {measured} from the side limits, {allowed} required in zone {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="227"/>
        <source>{label}: {measured} from the side limits, below the {allowed} required in zone {zone}{rows}.</source>
        <translation>{label}: {measured} from the side limits, below the {allowed} required in zone {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="231"/>
        <source>Rear setback</source>
        <translation>Rear setback</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="233"/>
        <source>Distance from the footprint to the rear limits; required max(min, factor × height).</source>
        <translation>Distance from the footprint to the rear limits; required max(min, factor × height).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="234"/>
        <source>{label}: {measured} from the rear limit, {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} from the rear limit, {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="235"/>
        <source>{label}: {measured} from the rear limit, below the {allowed} required in zone {zone}.</source>
        <translation>{label}: {measured} from the rear limit, below the {allowed} required in zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="238"/>
        <source>No overlap with servitude</source>
        <translation>No overlap with servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="239"/>
        <location filename="../core/rules.py" line="247"/>
        <source>Area of the footprint inside the servitude.</source>
        <translation>Area of the footprint inside the servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="240"/>
        <source>{servitude}: the footprint does not overlap it.</source>
        <translation>{servitude}: the footprint does not overlap it.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="241"/>
        <source>{servitude}: {measured} of the footprint lies inside it; building is forbidden there.</source>
        <translation>{servitude}: {measured} of the footprint lies inside it; building is forbidden there.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="245"/>
        <source>Maximum area inside servitude</source>
        <translation>Maximum area inside servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="248"/>
        <source>{servitude}: {measured} of the footprint inside it, at most {allowed} allowed.</source>
        <translation>{servitude}: {measured} of the footprint inside it, at most {allowed} allowed.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="249"/>
        <source>{servitude}: {measured} of the footprint inside it exceeds the {allowed} allowed.</source>
        <translation>{servitude}: {measured} of the footprint inside it exceeds the {allowed} allowed.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="253"/>
        <source>Minimum distance to servitude</source>
        <translation>Minimum distance to servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="255"/>
        <source>Shortest distance from the footprint to the servitude features.</source>
        <translation>Shortest distance from the footprint to the servitude features.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="256"/>
        <source>{servitude}: {measured} away, at least {allowed} required.</source>
        <translation>{servitude}: {measured} away, at least {allowed} required.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="257"/>
        <source>{servitude}: only {measured} away, at least {allowed} required.</source>
        <translation>{servitude}: only {measured} away, at least {allowed} required.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="261"/>
        <source>Maximum height inside servitude</source>
        <translation>Maximum height inside servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="263"/>
        <source>Building height where the footprint overlaps the servitude.</source>
        <translation>Building height where the footprint overlaps the servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="264"/>
        <source>{servitude}: height {measured}, at most {allowed} allowed inside it.</source>
        <translation>{servitude}: height {measured}, at most {allowed} allowed inside it.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="265"/>
        <source>{servitude}: height {measured} exceeds the {allowed} allowed inside it.</source>
        <translation>{servitude}: height {measured} exceeds the {allowed} allowed inside it.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="287"/>
        <source>{label}: no road layer was given; cannot be measured.</source>
        <translation>{label}: no road layer was given; cannot be measured.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="288"/>
        <source>{label}: the application has no footprint geometry; cannot be measured.</source>
        <translation>{label}: the application has no footprint geometry; cannot be measured.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="289"/>
        <source>{label}: no such limit on this parcel (the limits are all road or {other} limits).</source>
        <translation>{label}: no such limit on this parcel (the limits are all road or {other} limits).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="290"/>
        <source>The {what} '{feature}' has no geometry.</source>
        <translation>The {what} '{feature}' has no geometry.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="291"/>
        <source>Parcel '{parcel}' was not found among the parcels; the application cannot be checked.</source>
        <translation>Parcel '{parcel}' was not found among the parcels; the application cannot be checked.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="294"/>
        <source>No parcel lies under the footprint; the application cannot be checked.</source>
        <translation>No parcel lies under the footprint; the application cannot be checked.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="295"/>
        <source>The parcel lies in zone {zone}, which the regulation does not declare.</source>
        <translation>The parcel lies in zone {zone}, which the regulation does not declare.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="296"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}, but the lot dates from {lot_date} (before {limit}): referred to the commission.</source>
        <translation>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}, but the lot dates from {lot_date} (before {limit}): referred to the commission.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="301"/>
        <source>{servitude}: the footprint lies outside it.</source>
        <translation>{servitude}: the footprint lies outside it.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="302"/>
        <source>{servitude}: the layer has no feature.</source>
        <translation>{servitude}: the layer has no feature.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="303"/>
        <source>{servitude}: not checked, no layer was given for this servitude.</source>
        <translation>{servitude}: not checked, no layer was given for this servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="304"/>
        <source> Measured on a repaired geometry: indicative only, to be checked on corrected data.</source>
        <translation> Measured on a repaired geometry: indicative only, to be checked on corrected data.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="306"/>
        <source> (continuous rows: 0 m allowed)</source>
        <translation> (continuous rows: 0 m allowed)</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="135"/>
        <source>Feature {fid} of {collection} was deleted on the server.</source>
        <translation>Feature {fid} of {collection} was deleted on the server.</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="138"/>
        <source>Feature {fid} of {collection} was changed on the server meanwhile.</source>
        <translation>Feature {fid} of {collection} was changed on the server meanwhile.</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="140"/>
        <source>Feature {fid} of {collection} changed on the server (version {theirs}, expected {ours}).</source>
        <translation>Feature {fid} of {collection} changed on the server (version {theirs}, expected {ours}).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="100"/>
        <source>The address {url} contains a user name or password: remove them and choose an authentication configuration instead (the address is stored and shown, the configuration is encrypted).</source>
        <translation>The address {url} contains a user name or password: remove them and choose an authentication configuration instead (the address is stored and shown, the configuration is encrypted).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="105"/>
        <source>The address {url} is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https://, or allow credentials over unencrypted http for this connection (only on a network you trust).</source>
        <translation>The address {url} is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https://, or allow credentials over unencrypted http for this connection (only on a network you trust).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="123"/>
        <source>The server compressed its answer with {encoding}, which was not asked for.</source>
        <translation>The server compressed its answer with {encoding}, which was not asked for.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="200"/>
        <source>The server {url} cannot be reached: {error}</source>
        <translation>The server {url} cannot be reached: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="201"/>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="203"/>
        <source>Request to {url} failed: {error}</source>
        <translation>Request to {url} failed: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="208"/>
        <source>{url} sent a compressed answer that cannot be decompressed.</source>
        <translation>{url} sent a compressed answer that cannot be decompressed.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="212"/>
        <source>The server {url} refused the credentials (HTTP {status}).</source>
        <translation>The server {url} refused the credentials (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="247"/>
        <source>{url} redirects again and again (more than {n} times): check the address of the connection.</source>
        <translation>{url} redirects again and again (more than {n} times): check the address of the connection.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="251"/>
        <location filename="../core/sync/http.py" line="258"/>
        <source>an unknown address</source>
        <translation>an unknown address</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="252"/>
        <source>The server moved to {target}: update the connection. It answered the {method} of {url} with a redirection (HTTP {status}), which is never followed for a write: nothing was stored, the change stays to be sent.</source>
        <translation>The server moved to {target}: update the connection. It answered the {method} of {url} with a redirection (HTTP {status}), which is never followed for a write: nothing was stored, the change stays to be sent.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="259"/>
        <source>The server moved to {target}: update the connection. It redirected {url} there (HTTP {status}); a read is only followed on the same server, over the same protocol.</source>
        <translation>The server moved to {target}: update the connection. It redirected {url} there (HTTP {status}); a read is only followed on the same server, over the same protocol.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="275"/>
        <source>Cancelled while reading from the server.</source>
        <translation>Cancelled while reading from the server.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="356"/>
        <source>The connection to {url} was cut before the whole answer arrived.</source>
        <translation>The connection to {url} was cut before the whole answer arrived.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="358"/>
        <source>The connection to {url} was cut: {received} of {declared} bytes received.</source>
        <translation>The connection to {url} was cut: {received} of {declared} bytes received.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="362"/>
        <source>The server {url} did not answer completely within {seconds:g} s (it sends too slowly or never ends): given up.</source>
        <translation>The server {url} did not answer completely within {seconds:g} s (it sends too slowly or never ends): given up.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="367"/>
        <source>The server sent more than {limit} bytes in one response.</source>
        <translation>The server sent more than {limit} bytes in one response.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="43"/>
        <source>The certificate of {url} has expired: the connection was refused. The agency's IT must renew the server's certificate.</source>
        <translation>The certificate of {url} has expired: the connection was refused. The agency's IT must renew the server's certificate.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="46"/>
        <source>The certificate of {url} is not valid yet: check this computer's date and time, or tell the agency's IT.</source>
        <translation>The certificate of {url} is not valid yet: check this computer's date and time, or tell the agency's IT.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="49"/>
        <source>The certificate of {url} was issued for another address: use the address written in the certificate, or tell the agency's IT.</source>
        <translation>The certificate of {url} was issued for another address: use the address written in the certificate, or tell the agency's IT.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="52"/>
        <source>The certificate of {url} is not trusted by this computer: add the agency's certificate authority in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager &gt; Authorities), then try again.</source>
        <translation>The certificate of {url} is not trusted by this computer: add the agency's certificate authority in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager &gt; Authorities), then try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="56"/>
        <source>{url} does not speak HTTPS on this port: check the address (http:// or https://, and the port).</source>
        <translation>{url} does not speak HTTPS on this port: check the address (http:// or https://, and the port).</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="58"/>
        <source>Secure connection to {url} failed: {error}</source>
        <translation>Secure connection to {url} failed: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="64"/>
        <source>The server {url} does not allow this account to do this (HTTP 403): ask the agency's administrator for the role or the collection.</source>
        <translation>The server {url} does not allow this account to do this (HTTP 403): ask the agency's administrator for the role or the collection.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="67"/>
        <source>The server {url} accepts HTTPS only: change the connection's address to https://.</source>
        <translation>The server {url} accepts HTTPS only: change the connection's address to https://.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="125"/>
        <source>{url} answered with {type} instead of JSON (HTTP {status}).</source>
        <translation>{url} answered with {type} instead of JSON (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="132"/>
        <source>{url} answered with invalid JSON: {error}</source>
        <translation>{url} answered with invalid JSON: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="139"/>
        <location filename="../core/sync/wfst.py" line="258"/>
        <source>The server failed (HTTP {status}) on {url}.</source>
        <translation>The server failed (HTTP {status}) on {url}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="144"/>
        <source>The server refused the request (HTTP {status}) on {url}. {detail}</source>
        <translation>The server refused the request (HTTP {status}) on {url}. {detail}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="166"/>
        <location filename="../core/sync/ogcapi.py" line="388"/>
        <location filename="../core/sync/wfst.py" line="312"/>
        <source>The server has no collection {name}.</source>
        <translation>The server has no collection {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="171"/>
        <source>{url} is not an OGC API - Features server.</source>
        <translation>{url} is not an OGC API - Features server.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="175"/>
        <source>A collection description has no id.</source>
        <translation>A collection description has no id.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="264"/>
        <source>The server sent features of {collection} it had already sent (at offset {offset}): it does not page (it ignores offset), so the collection cannot be read completely. Tell the server's administrator.</source>
        <translation>The server sent features of {collection} it had already sent (at offset {offset}): it does not page (it ignores offset), so the collection cannot be read completely. Tell the server's administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="271"/>
        <source>A feature of {collection} has an id that is neither a string nor a number.</source>
        <translation>A feature of {collection} has an id that is neither a string nor a number.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="274"/>
        <source>Features of {collection} have no id: they cannot be synchronised.</source>
        <translation>Features of {collection} have no id: they cannot be synchronised.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="276"/>
        <source>Feature {fid} of {collection} came twice while the pages were read (the data changed on the server meanwhile, or its paging order is not stable): the download stopped, try again.</source>
        <translation>Feature {fid} of {collection} came twice while the pages were read (the data changed on the server meanwhile, or its paging order is not stable): the download stopped, try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="282"/>
        <source>{collection} has more than {limit} features: more than one listing reads (max_features). Check out a smaller area.</source>
        <translation>{collection} has more than {limit} features: more than one listing reads (max_features). Check out a smaller area.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="394"/>
        <location filename="../core/sync/wfst.py" line="501"/>
        <source>{url} did not return a feature collection.</source>
        <translation>{url} did not return a feature collection.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="399"/>
        <source>{url} returned a feature that is not an object.</source>
        <translation>{url} returned a feature that is not an object.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="413"/>
        <source>{url} did not return a feature.</source>
        <translation>{url} did not return a feature.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="453"/>
        <location filename="../core/sync/wfst.py" line="540"/>
        <source>Feature {fid} already exists in {collection} with other content.</source>
        <translation>Feature {fid} already exists in {collection} with other content.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="553"/>
        <source>Feature {fid} from {url} has a coordinate that is not a number (NaN or infinite): refused.</source>
        <translation>Feature {fid} from {url} has a coordinate that is not a number (NaN or infinite): refused.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="559"/>
        <source>Feature {fid} from {url} has a value that is not a number (NaN or infinite) in {field}: refused.</source>
        <translation>Feature {fid} from {url} has a value that is not a number (NaN or infinite) in {field}: refused.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="63"/>
        <source>{stored} of {total} feature(s) stored before the failure; publishing again completes it without duplicates.</source>
        <translation>{stored} of {total} feature(s) stored before the failure; publishing again completes it without duplicates.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="90"/>
        <source>{sent} feature(s) published to {collection}, in place of its features; {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation>{sent} feature(s) published to {collection}, in place of its features; {refused} refused, {invalid} with an invalid geometry not sent.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="93"/>
        <source>{sent} feature(s) added to {collection}; {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation>{sent} feature(s) added to {collection}; {refused} refused, {invalid} with an invalid geometry not sent.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="99"/>
        <source>Personal data left out: {field} ({reason}).</source>
        <translation>Personal data left out: {field} ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="102"/>
        <source>Personal data published on request: {fields}.</source>
        <translation>Personal data published on request: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="103"/>
        <source>Fields unknown to the server, left out: {fields}.</source>
        <translation>Fields unknown to the server, left out: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="104"/>
        <source>Server fields absent from the layer: {fields}.</source>
        <translation>Server fields absent from the layer: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="105"/>
        <source>Invalid geometry, not sent: {ref} ({reason})</source>
        <translation>Invalid geometry, not sent: {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="107"/>
        <source>Refused by the server: {ref} ({reason})</source>
        <translation>Refused by the server: {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="110"/>
        <source>Publication cancelled.</source>
        <translation>Publication cancelled.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="115"/>
        <source>Old features deleted: {n}.</source>
        <translation>Old features deleted: {n}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="117"/>
        <source>Old features kept: deleting {n} feature(s) was not confirmed.</source>
        <translation>Old features kept: deleting {n} feature(s) was not confirmed.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="120"/>
        <source>Old features kept: no feature was published.</source>
        <translation>Old features kept: no feature was published.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="121"/>
        <source>Old features kept: not every feature could be published.</source>
        <translation>Old features kept: not every feature could be published.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="127"/>
        <source>no geometry</source>
        <translation>no geometry</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="136"/>
        <source>empty geometry</source>
        <translation>empty geometry</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="212"/>
        <source>Replace refused: the features carry none of the fields of {collection} ({fields}). Map the layer's fields to the collection's, or choose another collection.</source>
        <translation>Replace refused: the features carry none of the fields of {collection} ({fields}). Map the layer's fields to the collection's, or choose another collection.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="261"/>
        <source>same key as {other}</source>
        <translation>same key as {other}</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="291"/>
        <source>{done} of {total} features sent</source>
        <translation>{done} of {total} features sent</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="185"/>
        <source>{name}: {count} features downloaded</source>
        <translation>{name}: {count} features downloaded</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="194"/>
        <source>Checkout cancelled.</source>
        <translation>Checkout cancelled.</translation>
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
        <translation>The server is temporarily unavailable: every change is kept; run the sync again later.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="305"/>
        <source>{name}: checking unfinished pushes</source>
        <translation>{name}: checking unfinished pushes</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="340"/>
        <source>The server stopped answering filtered requests; run the sync again.</source>
        <translation>The server stopped answering filtered requests; run the sync again.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="401"/>
        <location filename="../core/sync/session.py" line="615"/>
        <location filename="../core/sync/session.py" line="635"/>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="402"/>
        <source>{name}: {count} server features read</source>
        <translation>{name}: {count} server features read</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="636"/>
        <source>{name}: sending {done} of {total} changes</source>
        <translation>{name}: sending {done} of {total} changes</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="668"/>
        <source>{name}: {error} Run the sync again to merge it.</source>
        <translation>{name}: {error} Run the sync again to merge it.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="672"/>
        <source>{name}: feature {fid} was not sent: {error} It stays in the workspace and is sent by the next sync once the account is allowed.</source>
        <translation>{name}: feature {fid} was not sent: {error} It stays in the workspace and is sent by the next sync once the account is allowed.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="677"/>
        <source>every field</source>
        <translation>every field</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="678"/>
        <source>{name}: the server refused feature {fid} ({fields}): {error} It stays in the workspace; check those values or ask the agency's administrator, then run the sync again.</source>
        <translation>{name}: the server refused feature {fid} ({fields}): {error} It stays in the workspace; check those values or ask the agency's administrator, then run the sync again.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="722"/>
        <source>{name}: feature {fid} not sent: {problem} It stays in the workspace; correct it, then run the sync again.</source>
        <translation>{name}: feature {fid} not sent: {problem} It stays in the workspace; correct it, then run the sync again.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="735"/>
        <source>it has no geometry, which the server requires.</source>
        <translation>it has no geometry, which the server requires.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="745"/>
        <source>the field {field} no longer exists on the server (removed or renamed); ask the agency which field replaces it.</source>
        <translation>the field {field} no longer exists on the server (removed or renamed); ask the agency which field replaces it.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="750"/>
        <source>the field {field} holds a NUL character, which the server cannot store.</source>
        <translation>the field {field} holds a NUL character, which the server cannot store.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="754"/>
        <source>the field {field} holds {value}, which is not a number the server can store.</source>
        <translation>the field {field} holds {value}, which is not a number the server can store.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="758"/>
        <source>the field {field} holds {value}, which is not a whole number the server can store.</source>
        <translation>the field {field} holds {value}, which is not a whole number the server can store.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="761"/>
        <source>the field {field} holds {value}, which is not a number.</source>
        <translation>the field {field} holds {value}, which is not a number.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="271"/>
        <source>{url} answered with invalid XML: {error}</source>
        <translation>{url} answered with invalid XML: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="276"/>
        <source>The server refused the request: {message}</source>
        <translation>The server refused the request: {message}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="294"/>
        <location filename="../core/sync/wfst.py" line="296"/>
        <source>{url} is not a WFS server.</source>
        <translation>{url} is not a WFS server.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="478"/>
        <source>The features of {name} changed too much during the download; run it again.</source>
        <translation>The features of {name} changed too much during the download; run it again.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="527"/>
        <location filename="../core/sync/wfst.py" line="609"/>
        <location filename="../core/sync/wfst.py" line="629"/>
        <source>The server refused feature {fid} of {collection}: {message}</source>
        <translation>The server refused feature {fid} of {collection}: {message}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="790"/>
        <source>{url} did not answer the transaction.</source>
        <translation>{url} did not answer the transaction.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="1013"/>
        <source>The server did not describe the fields of {name}.</source>
        <translation>The server did not describe the fields of {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="1078"/>
        <source>The server's GML could not be read: {error}</source>
        <translation>The server's GML could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="78"/>
        <source>another program is using the file (close it there, e.g. stop editing its layers)</source>
        <translation>another program is using the file (close it there, e.g. stop editing its layers)</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="80"/>
        <source>the disk is full (free some space)</source>
        <translation>the disk is full (free some space)</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="82"/>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="85"/>
        <source>The workspace {file} could not be written: {reason}. It is unchanged since the last step that completed; nothing was lost. Run the operation again once this is fixed.</source>
        <translation>The workspace {file} could not be written: {reason}. It is unchanged since the last step that completed; nothing was lost. Run the operation again once this is fixed.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="315"/>
        <location filename="../core/sync/workspace.py" line="428"/>
        <source>The workspace holds no collection {name}.</source>
        <translation>The workspace holds no collection {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="365"/>
        <source>Checkout of {name} cancelled.</source>
        <translation>Checkout of {name} cancelled.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="377"/>
        <source>{name} is already checked out in this workspace.</source>
        <translation>{name} is already checked out in this workspace.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="76"/>
        <source>No permit</source>
        <translation>No permit</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="77"/>
        <source>Exceeds permit</source>
        <translation>Exceeds permit</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="78"/>
        <source>Conforming</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="164"/>
        <source>Search for unpermitted buildings canceled.</source>
        <translation>Search for unpermitted buildings canceled.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="186"/>
        <source>{layer}: feature '{fid}' has no geometry, ignored.</source>
        <translation>{layer}: feature '{fid}' has no geometry, ignored.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="190"/>
        <source>{layer}: geometry of feature '{fid}' has no area, ignored.</source>
        <translation>{layer}: geometry of feature '{fid}' has no area, ignored.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="224"/>
        <source>The excess threshold in m² must be 0 or more; {value} was given.</source>
        <translation>The excess threshold in m² must be 0 or more; {value} was given.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="227"/>
        <source>The excess threshold as a share of the permitted area must be 0 or more (0.10 = 10 %); {value} was given.</source>
        <translation>The excess threshold as a share of the permitted area must be 0 or more (0.10 = 10 %); {value} was given.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="230"/>
        <source>The minimum overlap ratio must be between 0 and 1 (0.3 = 30 %); {value} was given.</source>
        <translation>The minimum overlap ratio must be between 0 and 1 (0.3 = 30 %); {value} was given.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="301"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="341"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="343"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="464"/>
        <source>observed buildings</source>
        <translation>observed buildings</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="305"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="342"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="344"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="485"/>
        <source>permitted footprints</source>
        <translation>permitted footprints</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91"/>
        <location filename="../processing/provider.py" line="21"/>
        <location filename="../ui/dock.py" line="36"/>
        <location filename="../ui/install.py" line="67"/>
        <location filename="../ui/install.py" line="124"/>
        <source>Agence Urbaine Numérique</source>
        <translation>Agence Urbaine Numérique</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Show or hide the Agence Urbaine Numérique panel</source>
        <translation>Show or hide the Agence Urbaine Numérique panel</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Check permit conformity…</source>
        <translation>Check permit conformity…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>Parcel information note…</source>
        <translation>Parcel information note…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Urban watch: buildings without permit…</source>
        <translation>Urban watch: buildings without permit…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="21"/>
        <source>Permit conformity</source>
        <translation>Permit conformity</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="22"/>
        <source>Urban watch (veille urbaine)</source>
        <translation>Urban watch (veille urbaine)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="23"/>
        <location filename="../ui/widgets.py" line="169"/>
        <source>Agency server</source>
        <translation>Agency server</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="59"/>
        <source>Connection (name of a saved connection, or server address)</source>
        <translation>Connection (name of a saved connection, or server address)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="61"/>
        <source>Auto-detect (the connection's choice)</source>
        <translation>Auto-detect (the connection's choice)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="61"/>
        <location filename="../ui/connections.py" line="115"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
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
        <translation>Connection: the name of a connection configured in the plugin, or a server address (without credentials: a server asking for them needs a saved connection). Protocol: Auto-detect keeps the connection's choice or asks the server (OGC API - Features or WFS-T); choose one to force it, e.g. for a WFS-T address of QGIS Server or GeoServer.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="91"/>
        <source>The layer for {what} could not be opened.</source>
        <translation>The layer for {what} could not be opened.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="251"/>
        <source>Check permit conformity</source>
        <translation>Check permit conformity</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="254"/>
        <source>Checks building-permit applications (planned footprints with levels, height, use and floor area) against the plan d'aménagement and its regulation (a JSON file, see docs/regulation.md), rule by rule: uses, levels (R+n), height, coverage, floor-area ratio, minimum lot and frontage, road, side and rear setbacks, servitudes.

Footprints are linked to their parcel by the parcel key field, or by location (largest overlap) when no key is given. Servitude layers are matched to the regulation's servitudes by layer name or by table name (e.g. flood_zone).

Every layer is measured in the plan's projected CRS; a layer in a geographic CRS is reprojected, with a warning.

Outputs: the applications with their verdict (conforme, non conforme, à vérifier); a findings table with one row per application and rule (measured value, allowed value, verdict, message); the offending parts (footprint inside a servitude, inside a setback band, outside its parcel); optionally a folder of PDF reports, one page per application plus a summary.</source>
        <translation>Checks building-permit applications (planned footprints with levels, height, use and floor area) against the plan d'aménagement and its regulation (a JSON file, see docs/regulation.md), rule by rule: uses, levels (R+n), height, coverage, floor-area ratio, minimum lot and frontage, road, side and rear setbacks, servitudes.

Footprints are linked to their parcel by the parcel key field, or by location (largest overlap) when no key is given. Servitude layers are matched to the regulation's servitudes by layer name or by table name (e.g. flood_zone).

Every layer is measured in the plan's projected CRS; a layer in a geographic CRS is reprojected, with a warning.

Outputs: the applications with their verdict (conforme, non conforme, à vérifier); a findings table with one row per application and rule (measured value, allowed value, verdict, message); the offending parts (footprint inside a servitude, inside a setback band, outside its parcel); optionally a folder of PDF reports, one page per application plus a summary.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="273"/>
        <location filename="../processing/algorithms/parcel_note.py" line="77"/>
        <source>Regulation (JSON)</source>
        <translation>Regulation (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="276"/>
        <source>Parcel key (on parcels and applications; empty: link by location)</source>
        <translation>Parcel key (on parcels and applications; empty: link by location)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="279"/>
        <source>Lot creation date (for older undersized lots)</source>
        <translation>Lot creation date (for older undersized lots)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="282"/>
        <source>Applications (planned building footprints)</source>
        <translation>Applications (planned building footprints)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="284"/>
        <source>Application id</source>
        <translation>Application id</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="286"/>
        <source>Number of levels (or R+n)</source>
        <translation>Number of levels (or R+n)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="287"/>
        <source>Height (m)</source>
        <translation>Height (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="288"/>
        <source>Intended use(s)</source>
        <translation>Intended use(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="289"/>
        <source>Declared floor area (m²)</source>
        <translation>Declared floor area (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="295"/>
        <location filename="../processing/algorithms/parcel_note.py" line="84"/>
        <source>Zone code field</source>
        <translation>Zone code field</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="297"/>
        <source>Roads (polygons)</source>
        <translation>Roads (polygons)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="299"/>
        <location filename="../processing/algorithms/parcel_note.py" line="88"/>
        <source>Servitude layers</source>
        <translation>Servitude layers</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="302"/>
        <source>Applications with verdict</source>
        <translation>Applications with verdict</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="304"/>
        <source>Findings (one row per application and rule)</source>
        <translation>Findings (one row per application and rule)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="307"/>
        <source>Offending parts</source>
        <translation>Offending parts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="314"/>
        <source>Report folder (PDF)</source>
        <translation>Report folder (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="356"/>
        <source>The field '{field}' chosen for “{parameter}” does not exist in the layer {layer}. Its fields are: {fields}.</source>
        <translation>The field '{field}' chosen for “{parameter}” does not exist in the layer {layer}. Its fields are: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="375"/>
        <location filename="../processing/algorithms/parcel_note.py" line="162"/>
        <location filename="../processing/algorithms/parcel_note.py" line="166"/>
        <source>parcels</source>
        <translation>parcels</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="376"/>
        <source>applications</source>
        <translation>applications</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="392"/>
        <location filename="../processing/algorithms/parcel_note.py" line="179"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="363"/>
        <source>Reading layers…</source>
        <translation>Reading layers…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="407"/>
        <source>The zoning layer has no field '{field}'.</source>
        <translation>The zoning layer has no field '{field}'.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="419"/>
        <source>Checking the rules…</source>
        <translation>Checking the rules…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="499"/>
        <source>{n} applications checked: {ok} compliant, {ko} not compliant, {check} to be checked.</source>
        <translation>{n} applications checked: {ok} compliant, {ko} not compliant, {check} to be checked.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="538"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="388"/>
        <source>Writing outputs…</source>
        <translation>Writing outputs…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="623"/>
        <source>Writing the reports…</source>
        <translation>Writing the reports…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="636"/>
        <source>Reports written to {folder} ({n} pages and a summary).</source>
        <translation>Reports written to {folder} ({n} pages and a summary).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="646"/>
        <source>{pages} application pages and a summary</source>
        <translation>{pages} application pages and a summary</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="48"/>
        <source>Check out collections for offline work</source>
        <translation>Check out collections for offline work</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="51"/>
        <source>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</source>
        <translation>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="65"/>
        <source>Collections (comma separated)</source>
        <translation>Collections (comma separated)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="66"/>
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="68"/>
        <source>Area (polygons)</source>
        <translation>Area (polygons)</translation>
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
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="71"/>
        <source>Features checked out</source>
        <translation>Features checked out</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="76"/>
        <source>Name at least one collection to check out.</source>
        <translation>Name at least one collection to check out.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="83"/>
        <location filename="../ui/tasks.py" line="293"/>
        <source>Checking out {name}…</source>
        <translation>Checking out {name}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="86"/>
        <source>{n} features checked out into {path}.</source>
        <translation>{n} features checked out into {path}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="110"/>
        <source>The area layer has no polygon.</source>
        <translation>The area layer has no polygon.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="56"/>
        <source>Parcel information note (PDF)</source>
        <translation>Parcel information note (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="59"/>
        <source>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_PARCEL_LANGUAGE.pdf (for example note_R4-T09_fr.pdf); existing files of the same name are replaced.</source>
        <translation>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_PARCEL_LANGUAGE.pdf (for example note_R4-T09_fr.pdf); existing files of the same name are replaced.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="80"/>
        <source>Parcel id field (empty: feature id)</source>
        <translation>Parcel id field (empty: feature id)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="86"/>
        <source>Roads (polygons, for the map)</source>
        <translation>Roads (polygons, for the map)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>French and Arabic</source>
        <translation>French and Arabic</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="92"/>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="94"/>
        <source>PDF files (separated by ';')</source>
        <translation>PDF files (separated by ';')</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="95"/>
        <source>Number of PDF files</source>
        <translation>Number of PDF files</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="103"/>
        <source>The {layer} layer has no field '{field}' (fields: {names}).</source>
        <translation>The {layer} layer has no field '{field}' (fields: {names}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="131"/>
        <source>{parcels} parcels, one language</source>
        <translation>{parcels} parcels, one language</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="132"/>
        <source>{parcels} parcels × {languages} languages</source>
        <translation>{parcels} parcels × {languages} languages</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="183"/>
        <source>The parcels layer has no feature (or none is selected).</source>
        <translation>The parcels layer has no feature (or none is selected).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="193"/>
        <source>Computing the notes…</source>
        <translation>Computing the notes…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="202"/>
        <source>Parcel {parcel} is not covered by any zone of the plan.</source>
        <translation>Parcel {parcel} is not covered by any zone of the plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="207"/>
        <source>Writing the notes…</source>
        <translation>Writing the notes…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="215"/>
        <source>{n} PDF notes written to {folder}.</source>
        <translation>{n} PDF notes written to {folder}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="224"/>
        <source>Parcel {parcel} has no geometry: no note written.</source>
        <translation>Parcel {parcel} has no geometry: no note written.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="227"/>
        <source>A parcel has an empty '{field}': every parcel needs an id.</source>
        <translation>A parcel has an empty '{field}': every parcel needs an id.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="230"/>
        <source>Parcel id {parcel} appears twice in field '{field}': the notes would overwrite each other.</source>
        <translation>Parcel id {parcel} appears twice in field '{field}': the notes would overwrite each other.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="43"/>
        <location filename="../ui/publish.py" line="69"/>
        <source>Publish a layer to the agency server</source>
        <translation>Publish a layer to the agency server</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="46"/>
        <source>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode (default: append): append adds the features and updates those published before; replace does the same, then deletes the collection's other features, only if every feature was accepted (the number to delete is logged first).

Publishing again, or after a failure, never duplicates: each feature keeps a stable id (a text field called id, else the key field, else the layer and the feature's id in it).

A layer without a coordinate reference system, or whose coordinates are impossible in it, is refused. Features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address… recognised by the field's name or by values that look like CIN or phone numbers or e-mail addresses) is never published unless the field is named in 'Personal fields to publish anyway'.

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</source>
        <translation>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode (default: append): append adds the features and updates those published before; replace does the same, then deletes the collection's other features, only if every feature was accepted (the number to delete is logged first).

Publishing again, or after a failure, never duplicates: each feature keeps a stable id (a text field called id, else the key field, else the layer and the feature's id in it).

A layer without a coordinate reference system, or whose coordinates are impossible in it, is refused. Features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address… recognised by the field's name or by values that look like CIN or phone numbers or e-mail addresses) is never published unless the field is named in 'Personal fields to publish anyway'.

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="66"/>
        <source>Layer to publish</source>
        <translation>Layer to publish</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="68"/>
        <location filename="../ui/collections.py" line="69"/>
        <location filename="../ui/publish.py" line="112"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="70"/>
        <location filename="../ui/publish.py" line="96"/>
        <source>Append</source>
        <translation>Append</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="70"/>
        <location filename="../ui/publish.py" line="113"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="70"/>
        <location filename="../ui/publish.py" line="97"/>
        <location filename="../ui/publish.py" line="414"/>
        <source>Replace the collection's features</source>
        <translation>Replace the collection's features</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="72"/>
        <source>Personal fields to publish anyway</source>
        <translation>Personal fields to publish anyway</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="75"/>
        <source>Key field (identifies a feature when publishing again)</source>
        <translation>Key field (identifies a feature when publishing again)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="77"/>
        <source>Features refused</source>
        <translation>Features refused</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="77"/>
        <source>Features sent</source>
        <translation>Features sent</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="78"/>
        <source>Features with an invalid geometry</source>
        <translation>Features with an invalid geometry</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="79"/>
        <source>Old features deleted</source>
        <translation>Old features deleted</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="81"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="112"/>
        <location filename="../ui/tasks.py" line="193"/>
        <source>Reading {n} features in {crs}…</source>
        <translation>Reading {n} features in {crs}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="116"/>
        <location filename="../ui/publish.py" line="439"/>
        <source>Publication cancelled before anything was sent.</source>
        <translation>Publication cancelled before anything was sent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="120"/>
        <source>Replace: {n} feature(s) of {collection} not in the layer will now be deleted.</source>
        <translation>Replace: {n} feature(s) of {collection} not in the layer will now be deleted.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="128"/>
        <source>Left out: {field} ({reason}).</source>
        <translation>Left out: {field} ({reason}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="37"/>
        <source>Synchronise a workspace</source>
        <translation>Synchronise a workspace</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="40"/>
        <source>Synchronises a workspace made by 'Check out collections for offline work' with the agency server: the server's changes since the last sync come in, the workspace's edits (new, modified and deleted features) go out.

Changes to different features, or to different fields of one feature, are merged automatically. When both sides changed the same field of a feature, the conflict policy decides: stop keeps both versions and records the conflict in the workspace (nothing is overwritten; the rest is synchronised); keep mine or keep theirs settles the disputed fields for that side.

An interrupted sync (network cut, server down, cancel) is safe: run it again, no edit is lost or sent twice.

Outputs: the numbers of changes received (pulled), sent (pushed), conflicts, and local edits still waiting (pending).</source>
        <translation>Synchronises a workspace made by 'Check out collections for offline work' with the agency server: the server's changes since the last sync come in, the workspace's edits (new, modified and deleted features) go out.

Changes to different features, or to different fields of one feature, are merged automatically. When both sides changed the same field of a feature, the conflict policy decides: stop keeps both versions and records the conflict in the workspace (nothing is overwritten; the rest is synchronised); keep mine or keep theirs settles the disputed fields for that side.

An interrupted sync (network cut, server down, cancel) is safe: run it again, no edit is lost or sent twice.

Outputs: the numbers of changes received (pulled), sent (pushed), conflicts, and local edits still waiting (pending).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Conflict policy</source>
        <translation>Conflict policy</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Stop (record conflicts)</source>
        <translation>Stop (record conflicts)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="60"/>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Changes received</source>
        <translation>Changes received</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Changes sent</source>
        <translation>Changes sent</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="62"/>
        <location filename="../ui/fieldwork.py" line="164"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="62"/>
        <source>Edits still pending</source>
        <translation>Edits still pending</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="64"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="69"/>
        <source>The workspace {path} does not exist.</source>
        <translation>The workspace {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="77"/>
        <location filename="../ui/fieldwork.py" line="437"/>
        <source>{pulled} change(s) received, {pushed} sent, {conflicts} conflict(s), {pending} edit(s) pending.</source>
        <translation>{pulled} change(s) received, {pushed} sent, {conflicts} conflict(s), {pending} edit(s) pending.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="82"/>
        <location filename="../ui/fieldwork.py" line="441"/>
        <source>{n} feature(s) edited during the sync kept as edited: the next sync sends them.</source>
        <translation>{n} feature(s) edited during the sync kept as edited: the next sync sends them.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="85"/>
        <source>Nothing was lost: the workspace is consistent, run the sync again.</source>
        <translation>Nothing was lost: the workspace is consistent, run the sync again.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="88"/>
        <source>Conflicts are recorded in the workspace (table sync_conflicts): both versions are kept until they are resolved.</source>
        <translation>Conflicts are recorded in the workspace (table sync_conflicts): both versions are kept until they are resolved.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="95"/>
        <source>{path} holds no checked-out collection.</source>
        <translation>{path} holds no checked-out collection.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="98"/>
        <source>{name} was checked out from {theirs}, not from this connection ({ours}).</source>
        <translation>{name} was checked out from {theirs}, not from this connection ({ours}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="158"/>
        <source>Unpermitted or enlarged buildings</source>
        <translation>Unpermitted or enlarged buildings</translation>
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
        <translation>Compares the buildings observed on the ground (field survey, digitising from imagery) with the permitted building footprints, and classifies each observed building.

Permits: with a decision field (default 'decision'), only the footprints whose decision is one of the accepted values count as permits; refused and pending applications are left out and listed in the log. Accepted values are compared without case or accents, as the first words of the decision: 'Favorable sous réserve' and 'Accordée' are accepted by 'favorable' and 'accordé', 'Défavorable' is not. Each footprint is split into its parts (a group permit of four villas is four parts).

Matching: an observed building matches a permit part when their overlap covers at least the minimum overlap ratio (default 0.3) of either of them, the smaller one deciding: overlap ≥ ratio × min(observed area, part area). A building touching a neighbour's permit along a shared wall therefore does not match it, while a building that covers its whole permit and much more does.

Classes:
- no_permit: the building matches no permit part; the whole building is the excess.
- exceeds_permit: excess = observed building minus the permit parts it matches; its area is larger than the absolute threshold (m², default 10) AND larger than the ratio threshold (default 0.10) times the area of the building that stands inside those parts. The tolerance is measured where the building stands: the unbuilt rest of a large lot or the other villas of a group permit never absorb an excess. Both thresholds must be passed, strictly; set one to 0 to use only the other. Small excesses are survey and digitising noise.
- conforming: matches a permit and its excess stays within a threshold.
Every permit part matched by no observed building is listed as not built yet.

Areas are measured in metres: the permitted footprints are reprojected into the observed layer's CRS, or both into the projected CRS given as parameter. A geographic CRS (degrees) is refused, and so are line and point layers. Invalid geometries are repaired and named in the log by their id field; features without geometry are left out and named.

Outputs (fields prefixed vu_, for veille urbaine; a previous output run again has them replaced): the observed buildings with vu_status, vu_label, vu_permits, vu_obs_m2 (observed area), vu_perm_m2 (area of the permit parts matched), vu_in_m2 (area of the building inside them, the base of the ratio) and vu_exc_m2 (excess); the excess parts of the buildings classed no_permit or exceeds_permit, with the same fields; optionally the permit parts not built yet (vu_permit, vu_part of vu_parts, vu_perm_m2). Loaded outputs are coloured by status. The counts are in the log and in the results.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="202"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="287"/>
        <source>Observed buildings</source>
        <translation>Observed buildings</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="204"/>
        <source>Building id field (empty: feature ids)</source>
        <translation>Building id field (empty: feature ids)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="207"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="287"/>
        <source>Permitted footprints</source>
        <translation>Permitted footprints</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="209"/>
        <source>Permit id field (empty: feature ids)</source>
        <translation>Permit id field (empty: feature ids)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="212"/>
        <source>Decision field (empty: every footprint is a permit)</source>
        <translation>Decision field (empty: every footprint is a permit)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="215"/>
        <source>Decisions that grant a permit (comma-separated)</source>
        <translation>Decisions that grant a permit (comma-separated)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="218"/>
        <source>Excess threshold (m²)</source>
        <translation>Excess threshold (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="221"/>
        <source>Excess threshold (share of the permitted area built on, 0.10 = 10 %)</source>
        <translation>Excess threshold (share of the permitted area built on, 0.10 = 10 %)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="224"/>
        <source>Minimum overlap to match a permit (share of the smaller area)</source>
        <translation>Minimum overlap to match a permit (share of the smaller area)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="229"/>
        <source>Projected CRS for measurements (empty: the observed layer's CRS)</source>
        <translation>Projected CRS for measurements (empty: the observed layer's CRS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="232"/>
        <source>Observed buildings with status</source>
        <translation>Observed buildings with status</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="234"/>
        <source>Parts outside permits</source>
        <translation>Parts outside permits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="236"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="242"/>
        <source>Permitted footprints not built yet</source>
        <translation>Permitted footprints not built yet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="239"/>
        <source>Buildings without permit</source>
        <translation>Buildings without permit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="240"/>
        <source>Buildings exceeding their permit</source>
        <translation>Buildings exceeding their permit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="241"/>
        <source>Buildings conforming to their permit</source>
        <translation>Buildings conforming to their permit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="243"/>
        <source>Observed features without geometry</source>
        <translation>Observed features without geometry</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="244"/>
        <source>Applications not counted as permits (decision)</source>
        <translation>Applications not counted as permits (decision)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="270"/>
        <source>The observed buildings layer has no known CRS: areas cannot be measured. Set the layer's CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>The observed buildings layer has no known CRS: areas cannot be measured. Set the layer's CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="275"/>
        <source>{crs} is a geographic CRS (degrees): areas cannot be measured in it. Reproject the layers to the plan's projected CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} is a geographic CRS (degrees): areas cannot be measured in it. Reproject the layers to the plan's projected CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="281"/>
        <source>{crs} is not in metres: give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} is not in metres: give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="290"/>
        <source>{layer} has no CRS: taken as already in {crs}.</source>
        <translation>{layer} has no CRS: taken as already in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="293"/>
        <source>{layer} reprojected from {source} to {crs} before measuring; a change of datum (Merchich ↔ WGS 84) is accurate to a few metres only.</source>
        <translation>{layer} reprojected from {source} to {crs} before measuring; a change of datum (Merchich ↔ WGS 84) is accurate to a few metres only.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="304"/>
        <source>The layer of {layer} holds {kind} geometries: observed buildings and permitted footprints must be polygons, whose areas are compared.</source>
        <translation>The layer of {layer} holds {kind} geometries: observed buildings and permitted footprints must be polygons, whose areas are compared.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="318"/>
        <source>The layer has no field '{field}' ({parameter}).</source>
        <translation>The layer has no field '{field}' ({parameter}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="325"/>
        <source>Give at least one decision that grants a permit (for example: favorable, accordé), or leave the decision field empty to count every footprint as a permit.</source>
        <translation>Give at least one decision that grants a permit (for example: favorable, accordé), or leave the decision field empty to count every footprint as a permit.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="337"/>
        <source>The observed buildings and the permitted footprints are the same layer ({layer}): choose the layer of the buildings seen on the ground and the layer of the permits.</source>
        <translation>The observed buildings and the permitted footprints are the same layer ({layer}): choose the layer of the buildings seen on the ground and the layer of the permits.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="348"/>
        <source>The observed buildings have no field '{field}': buildings are named by their feature ids.</source>
        <translation>The observed buildings have no field '{field}': buildings are named by their feature ids.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="350"/>
        <source>The permitted footprints have no field '{field}': permits are named by their feature ids.</source>
        <translation>The permitted footprints have no field '{field}': permits are named by their feature ids.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="352"/>
        <source>The permitted footprints have no field '{field}': every footprint counts as a permit, refused and pending applications included. Give the field that holds the decision to leave them out.</source>
        <translation>The permitted footprints have no field '{field}': every footprint counts as a permit, refused and pending applications included. Give the field that holds the decision to leave them out.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="358"/>
        <source>No decision field given: every footprint counts as a permit, refused and pending applications included.</source>
        <translation>No decision field given: every footprint counts as a permit, refused and pending applications included.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="372"/>
        <source>Comparing observed buildings with permits…</source>
        <translation>Comparing observed buildings with permits…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="417"/>
        <source>Every permitted footprint has an accepted decision ({field}).</source>
        <translation>Every permitted footprint has an accepted decision ({field}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="424"/>
        <source>{ids} and {n} more</source>
        <translation>{ids} and {n} more</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="426"/>
        <source>decision '{decision}': {ids}</source>
        <translation>decision '{decision}': {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="428"/>
        <source>no decision (pending): {ids}</source>
        <translation>no decision (pending): {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="429"/>
        <source>{n} applications are not counted as permits, their decision ({field}) being none of the accepted ones ({accepted}); a building on them has no permit. {reasons}.</source>
        <translation>{n} applications are not counted as permits, their decision ({field}) being none of the accepted ones ({accepted}); a building on them has no permit. {reasons}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="435"/>
        <source>{n} observed buildings: {none} without permit, {exceeds} exceeding their permit, {ok} conforming; {skipped} left out (no geometry).</source>
        <translation>{n} observed buildings: {none} without permit, {exceeds} exceeding their permit, {ok} conforming; {skipped} left out (no geometry).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="442"/>
        <source>{n} permitted footprints not built yet (permits: {ids}).</source>
        <translation>{n} permitted footprints not built yet (permits: {ids}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="456"/>
        <source>The {layer} already have the fields {fields} (an earlier output of this algorithm?): the outputs hold this run's values instead.</source>
        <translation>The {layer} already have the fields {fields} (an earlier output of this algorithm?): the outputs hold this run's values instead.</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Verdict (code)</source>
        <translation>Verdict (code)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="20"/>
        <source>Rule (code)</source>
        <translation>Rule (code)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="20"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="29"/>
        <source>Rules failed</source>
        <translation>Rules failed</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="30"/>
        <source>Rules to check</source>
        <translation>Rules to check</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="37"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="43"/>
        <source>Allowed (number)</source>
        <translation>Allowed (number)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="44"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="57"/>
        <source>Connection {name}: {problem}</source>
        <translation>Connection {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="104"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="105"/>
        <source>No agency server connection is called '{name}' (configured: {known}).</source>
        <translation>No agency server connection is called '{name}' (configured: {known}).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="114"/>
        <source>The address of the connection {name} contains a user name or password ({url}): edit the connection, remove them and choose an authentication configuration.</source>
        <translation>The address of the connection {name} contains a user name or password ({url}): edit the connection, remove them and choose an authentication configuration.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="141"/>
        <source>“{name}” ({id})</source>
        <translation>“{name}” ({id})</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="147"/>
        <source>QGIS's authentication system is not available: the credentials of configuration {id} cannot be read.</source>
        <translation>QGIS's authentication system is not available: the credentials of configuration {id} cannot be read.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="150"/>
        <source>The authentication configuration {id} does not exist in this QGIS profile.</source>
        <translation>The authentication configuration {id} does not exist in this QGIS profile.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="156"/>
        <source>The credentials of authentication configuration {id} could not be decrypted (is the master password set?).</source>
        <translation>The credentials of authentication configuration {id} could not be decrypted (is the master password set?).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="173"/>
        <source>Authentication method {method} of configuration {id} is not supported for agency servers: use Basic.</source>
        <translation>Authentication method {method} of configuration {id} is not supported for agency servers: use Basic.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="199"/>
        <source>Unknown protocol {protocol}.</source>
        <translation>Unknown protocol {protocol}.</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="83"/>
        <source>feature {fid}</source>
        <translation>feature {fid}</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="96"/>
        <source>The layer {layer} has no coordinate reference system: set it (Layer Properties › Source) before publishing.</source>
        <translation>The layer {layer} has no coordinate reference system: set it (Layer Properties › Source) before publishing.</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="100"/>
        <source>The coordinates of {layer} are impossible in its coordinate reference system {crs} (extent {extent}): the layer's CRS is probably wrong. Set the CRS its coordinates are really in (Layer Properties › Source) before publishing.</source>
        <translation>The coordinates of {layer} are impossible in its coordinate reference system {crs} (extent {extent}): the layer's CRS is probably wrong. Set the CRS its coordinates are really in (Layer Properties › Source) before publishing.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="43"/>
        <source>The regulation's CRS {crs} is not a known CRS.</source>
        <translation>The regulation's CRS {crs} is not a known CRS.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="46"/>
        <source>The regulation's CRS {crs} is geographic: distances and areas would be in degrees. Use the plan's projected CRS (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>The regulation's CRS {crs} is geographic: distances and areas would be in degrees. Use the plan's projected CRS (for example EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="59"/>
        <source>{layer} is in {source} (geographic): it was reprojected to {plan} before measuring. Transformations through WGS 84 are accurate to a few metres only: check results close to a limit on data in the plan's CRS.</source>
        <translation>{layer} is in {source} (geographic): it was reprojected to {plan} before measuring. Transformations through WGS 84 are accurate to a few metres only: check results close to a limit on data in the plan's CRS.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="64"/>
        <source>{layer} was reprojected from {source} to the plan's CRS {plan}.</source>
        <translation>{layer} was reprojected from {source} to the plan's CRS {plan}.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="100"/>
        <source>{layer}: read feature by feature ({reason})</source>
        <translation>{layer}: read feature by feature ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="121"/>
        <location filename="../processing/layers.py" line="124"/>
        <location filename="../processing/layers.py" line="267"/>
        <source>{layer}: {count} of {total} features read</source>
        <translation>{layer}: {count} of {total} features read</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="169"/>
        <source>no valid vector layer</source>
        <translation>no valid vector layer</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="171"/>
        <source>provider {name}</source>
        <translation>provider {name}</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="173"/>
        <source>the layer has a filter</source>
        <translation>the layer has a filter</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="175"/>
        <source>the layer is being edited</source>
        <translation>the layer is being edited</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="177"/>
        <source>the layer is not in the plan's CRS</source>
        <translation>the layer is not in the plan's CRS</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="181"/>
        <source>the source is not the whole layer</source>
        <translation>the source is not the whole layer</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="183"/>
        <source>a small layer</source>
        <translation>a small layer</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="185"/>
        <source>curved or no geometries</source>
        <translation>curved or no geometries</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="189"/>
        <source>the layer's source has options</source>
        <translation>the layer's source has options</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="191"/>
        <source>not a GeoPackage file</source>
        <translation>not a GeoPackage file</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="216"/>
        <source>GDAL cannot open the file as a GeoPackage</source>
        <translation>GDAL cannot open the file as a GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="222"/>
        <source>which table of the file is unclear</source>
        <translation>which table of the file is unclear</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="224"/>
        <source>no such table, or no Arrow reader in this GDAL</source>
        <translation>no such table, or no Arrow reader in this GDAL</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="227"/>
        <source>not one geometry column and a FID column</source>
        <translation>not one geometry column and a FID column</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="235"/>
        <source>the layer's fields are not the table's</source>
        <translation>the layer's fields are not the table's</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="247"/>
        <source>GDAL refused to skip the unread fields</source>
        <translation>GDAL refused to skip the unread fields</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="305"/>
        <source>a geometry shapely cannot read (a curve?)</source>
        <translation>a geometry shapely cannot read (a curve?)</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="308"/>
        <source>curved geometries or geometry collections</source>
        <translation>curved geometries or geometry collections</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="368"/>
        <source>Layer {layer} matches no servitude of the regulation ({ids}); it was ignored.</source>
        <translation>Layer {layer} matches no servitude of the regulation ({ids}); it was ignored.</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="38"/>
        <source>Most PDF files written without asking (0: no limit)</source>
        <translation>Most PDF files written without asking (0: no limit)</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="108"/>
        <source>Many PDF files</source>
        <translation>Many PDF files</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="109"/>
        <source>This run will write {count} PDF files ({detail}).</source>
        <translation>This run will write {count} PDF files ({detail}).</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="110"/>
        <source>It takes a while; QGIS stays usable meanwhile and the run can be canceled. To write fewer files, select the features first and tick “Selected features only”.

Write the {count} files?</source>
        <translation>It takes a while; QGIS stays usable meanwhile and the run can be canceled. To write fewer files, select the features first and tick “Selected features only”.

Write the {count} files?</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="116"/>
        <source>Write the {count} files</source>
        <translation>Write the {count} files</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="118"/>
        <location filename="../ui/widgets.py" line="47"/>
        <location filename="../ui/widgets.py" line="104"/>
        <location filename="../ui/widgets.py" line="105"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="148"/>
        <source>Not run: {count} PDF files would have been written. Select the features to write, and tick “Selected features only”.</source>
        <translation>Not run: {count} PDF files would have been written. Select the features to write, and tick “Selected features only”.</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="156"/>
        <source>This run would write {count} PDF files, more than the limit of {limit} set by the parameter “{parameter}”. Select fewer features, or raise the limit (0: no limit).</source>
        <translation>This run would write {count} PDF files, more than the limit of {limit} set by the parameter “{parameter}”. Select fewer features, or raise the limit (0: no limit).</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="18"/>
        <source>Agence urbaine</source>
        <translation>Agence urbaine</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="48"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>Extent (lon/lat)</source>
        <translation>Extent (lon/lat)</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="80"/>
        <location filename="../ui/collections.py" line="144"/>
        <source>Choose a server connection, then refresh to see its collections.</source>
        <translation>Choose a server connection, then refresh to see its collections.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="87"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="89"/>
        <source>Add to map</source>
        <translation>Add to map</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="91"/>
        <source>Adds the selected collections as live, read-only layers (QGIS's OGC API - Features provider loads what the map shows). To edit, check them out for field work.</source>
        <translation>Adds the selected collections as live, read-only layers (QGIS's OGC API - Features provider loads what the map shows). To edit, check them out for field work.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="94"/>
        <source>Publish a layer…</source>
        <translation>Publish a layer…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="97"/>
        <source>Check out…</source>
        <translation>Check out…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="100"/>
        <source>Copy the selected collections into a GeoPackage for offline field work</source>
        <translation>Copy the selected collections into a GeoPackage for offline field work</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="137"/>
        <source>Reading the collections…</source>
        <translation>Reading the collections…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="146"/>
        <source>The collections could not be listed. {explanation}</source>
        <translation>The collections could not be listed. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="150"/>
        <source>{n} collection(s) on the server.</source>
        <translation>{n} collection(s) on the server.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="161"/>
        <source>Id: {id}</source>
        <translation>Id: {id}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="170"/>
        <source>The server publishes no feature collection.</source>
        <translation>The server publishes no feature collection.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="200"/>
        <source>{title} could not be added to the map: the server's OGC API - Features service did not answer as QGIS expects.</source>
        <translation>{title} could not be added to the map: the server's OGC API - Features service did not answer as QGIS expects.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="207"/>
        <source>{n} layer(s) added.</source>
        <translation>{n} layer(s) added.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="46"/>
        <source>(whole feature)</source>
        <translation>(whole feature)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="48"/>
        <source>(geometry)</source>
        <translation>(geometry)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="55"/>
        <location filename="../ui/conflicts.py" line="57"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="55"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="77"/>
        <source>No conflict.</source>
        <translation>No conflict.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="83"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="99"/>
        <source>All mine</source>
        <translation>All mine</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="101"/>
        <source>All theirs</source>
        <translation>All theirs</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="103"/>
        <source>Apply resolutions</source>
        <translation>Apply resolutions</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="105"/>
        <source>Write the chosen values into the workspace; the next sync sends them</source>
        <translation>Write the chosen values into the workspace; the next sync sends them</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="111"/>
        <source>Double-click a row to show the feature on the map</source>
        <translation>Double-click a row to show the feature on the map</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="138"/>
        <source>{layer}: {feature}</source>
        <translation>{layer}: {feature}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="144"/>
        <source>{layer}, feature id {id}</source>
        <translation>{layer}, feature id {id}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="148"/>
        <source>Keep my value or the server's</source>
        <translation>Keep my value or the server's</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="149"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="150"/>
        <source>Mine: {value}</source>
        <translation>Mine: {value}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="151"/>
        <source>Theirs: {value}</source>
        <translation>Theirs: {value}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="58"/>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="60"/>
        <source>A connection name cannot contain / or \.</source>
        <translation>A connection name cannot contain / or \.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="62"/>
        <source>A connection called {name} already exists.</source>
        <translation>A connection called {name} already exists.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="64"/>
        <source>The address must start with http:// or https://.</source>
        <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="70"/>
        <source>Auto-detect</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="90"/>
        <source>Agency server connection</source>
        <translation>Agency server connection</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="91"/>
        <source>Edit the connection {name}</source>
        <translation>Edit the connection {name}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="98"/>
        <source>e.g. Agence urbaine de Rabat</source>
        <translation>e.g. Agence urbaine de Rabat</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="110"/>
        <source>Auto-detect asks the server once: an OGC API landing page means OGC API - Features, a WFS capabilities document means WFS-T (QGIS Server, GeoServer).</source>
        <translation>Auto-detect asks the server once: an OGC API landing page means OGC API - Features, a WFS capabilities document means WFS-T (QGIS Server, GeoServer).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="114"/>
        <source>Address (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="118"/>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="122"/>
        <source>Credentials are kept in QGIS's encrypted authentication database: choose or create a configuration (Basic: user name and password; API key header on QGIS 3.26 and later). Only its id is stored with the connection.</source>
        <translation>Credentials are kept in QGIS's encrypted authentication database: choose or create a configuration (Basic: user name and password; API key header on QGIS 3.26 and later). Only its id is stored with the connection.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="128"/>
        <source>Allow the credentials over unencrypted http:// (only on a network you trust)</source>
        <translation>Allow the credentials over unencrypted http:// (only on a network you trust)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="131"/>
        <source>Without it, credentials are only sent over https://, or to a server on this computer.</source>
        <translation>Without it, credentials are only sent over https://, or to a server on this computer.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="145"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="147"/>
        <source>Check the address and credentials before saving</source>
        <translation>Check the address and credentials before saving</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="210"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="218"/>
        <source>The server answers: {n} collection(s).</source>
        <translation>The server answers: {n} collection(s).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="220"/>
        <location filename="../ui/connections.py" line="384"/>
        <source>Connection test cancelled.</source>
        <translation>Connection test cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="246"/>
        <source>Credentials over plain HTTP</source>
        <translation>Credentials over plain HTTP</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="247"/>
        <source>This address is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https:// unless the server is on this computer. Save anyway?</source>
        <translation>This address is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https:// unless the server is on this computer. Save anyway?</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="249"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="264"/>
        <location filename="../ui/dock.py" line="57"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="272"/>
        <source>Add a connection…</source>
        <translation>Add a connection…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="273"/>
        <source>Edit the connection…</source>
        <translation>Edit the connection…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="275"/>
        <location filename="../ui/connections.py" line="349"/>
        <source>Remove the connection</source>
        <translation>Remove the connection</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="277"/>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="296"/>
        <source>No connection: add one</source>
        <translation>No connection: add one</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="349"/>
        <source>Remove the connection {name}? Its authentication configuration stays in QGIS.</source>
        <translation>Remove the connection {name}? Its authentication configuration stays in QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="351"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="361"/>
        <source>Choose or add a server connection first.</source>
        <translation>Choose or add a server connection first.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="381"/>
        <source>Connection {name} works: the server offers {n} collection(s).</source>
        <translation>Connection {name} works: the server offers {n} collection(s).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="386"/>
        <source>Connection {name} failed. {explanation}</source>
        <translation>Connection {name} failed. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="45"/>
        <source>Permit conformity, publishing and offline field work</source>
        <translation>Permit conformity, publishing and offline field work</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="58"/>
        <source>Field work</source>
        <translation>Field work</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="82"/>
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="106"/>
        <source>Refresh the server's collections first.</source>
        <translation>Refresh the server's collections first.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="70"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="99"/>
        <source>Check out for field work</source>
        <translation>Check out for field work</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="105"/>
        <source>Refresh the server's collections (Server tab) to choose them here.</source>
        <translation>Refresh the server's collections (Server tab) to choose them here.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="115"/>
        <source>Map canvas extent</source>
        <translation>Map canvas extent</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="117"/>
        <source>Selected polygons (active layer)</source>
        <translation>Selected polygons (active layer)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="118"/>
        <source>Whole collections</source>
        <translation>Whole collections</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="123"/>
        <source>Workspace GeoPackage</source>
        <translation>Workspace GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="124"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="126"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="129"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="144"/>
        <source>Open a workspace</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="150"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="152"/>
        <source>Send the workspace's edits and bring the server's changes; conflicting edits are listed below, nothing is overwritten</source>
        <translation>Send the workspace's edits and bring the server's changes; conflicting edits are listed below, nothing is overwritten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="154"/>
        <source>Add layers to map</source>
        <translation>Add layers to map</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="226"/>
        <source>No map canvas here: check out whole collections.</source>
        <translation>No map canvas here: check out whole collections.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="232"/>
        <source>Select polygons in a polygon layer and make it the active layer.</source>
        <translation>Select polygons in a polygon layer and make it the active layer.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="235"/>
        <source>No polygon is selected in {layer}.</source>
        <translation>No polygon is selected in {layer}.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="247"/>
        <source>{path} already exists and is not a workspace: choose another file name.</source>
        <translation>{path} already exists and is not a workspace: choose another file name.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="268"/>
        <source>Checkout failed. {explanation}</source>
        <translation>Checkout failed. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="274"/>
        <source>Nothing was checked out.</source>
        <translation>Nothing was checked out.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="278"/>
        <source>{n} feature(s) checked out into {path}; the layers are in the project.</source>
        <translation>{n} feature(s) checked out into {path}; the layers are in the project.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="281"/>
        <source>Cancelled before the other collections.</source>
        <translation>Cancelled before the other collections.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="290"/>
        <source>{path} is not a workspace made by a checkout.</source>
        <translation>{path} is not a workspace made by a checkout.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="332"/>
        <source>Field work: no workspace open.</source>
        <translation>Field work: no workspace open.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="337"/>
        <source>Field work: {pending} pending change(s) · {conflicts} conflict(s)</source>
        <translation>Field work: {pending} pending change(s) · {conflicts} conflict(s)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="338"/>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="341"/>
        <source>Unsaved edits in {layers}: save them to count and sync them.</source>
        <translation>Unsaved edits in {layers}: save them to count and sync them.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="343"/>
        <source>Workspace {path}
Collections: {names}</source>
        <translation>Workspace {path}
Collections: {names}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="349"/>
        <source>The workspace is being synchronised…</source>
        <translation>The workspace is being synchronised…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="354"/>
        <source>The workspace cannot be read: {error}</source>
        <translation>The workspace cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="362"/>
        <source>Field work — {name}</source>
        <translation>Field work — {name}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="373"/>
        <source>Add the workspace's layers to the map to see the feature.</source>
        <translation>Add the workspace's layers to the map to see the feature.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="379"/>
        <source>The feature is no longer in the workspace (deleted here).</source>
        <translation>The feature is no longer in the workspace (deleted here).</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="395"/>
        <source>The edits of {layer} could not be saved: {errors}</source>
        <translation>The edits of {layer} could not be saved: {errors}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="401"/>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="402"/>
        <source>Save the edits of {layers} first? The sync only sends saved edits.</source>
        <translation>Save the edits of {layers} first? The sync only sends saved edits.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="404"/>
        <source>Save and synchronise</source>
        <translation>Save and synchronise</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="428"/>
        <source>Sync failed. {explanation}</source>
        <translation>Sync failed. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="433"/>
        <source>Sync cancelled: the workspace is consistent, run the sync again.</source>
        <translation>Sync cancelled: the workspace is consistent, run the sync again.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="444"/>
        <source>Some changes could not be sent (see the details); nothing was lost.</source>
        <translation>Some changes could not be sent (see the details); nothing was lost.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="447"/>
        <source>Sync cancelled: run it again to finish.</source>
        <translation>Sync cancelled: run it again to finish.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="450"/>
        <source>Resolve the conflicts in the list, then sync again.</source>
        <translation>Resolve the conflicts in the list, then sync again.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="459"/>
        <source>{n} conflict(s) resolved: sync to send the resolutions.</source>
        <translation>{n} conflict(s) resolved: sync to send the resolutions.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="32"/>
        <source>Installing shapely 2</source>
        <translation>Installing shapely 2</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="69"/>
        <source>Install shapely</source>
        <translation>Install shapely</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="90"/>
        <source>Installing shapely 2 into {folder}…</source>
        <translation>Installing shapely 2 into {folder}…</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="104"/>
        <source>shapely 2 is installed: restart QGIS to enable the conformity checks.</source>
        <translation>shapely 2 is installed: restart QGIS to enable the conformity checks.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="112"/>
        <source>shapely {version} is installed: the conformity checks are enabled.</source>
        <translation>shapely {version} is installed: the conformity checks are enabled.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="119"/>
        <source>Installing shapely failed ({detail}). Run the command shown, or see the Agence Urbaine log.</source>
        <translation>Installing shapely failed ({detail}). Run the command shown, or see the Agence Urbaine log.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="35"/>
        <source>Unreachable: the server does not answer. Check the address, that the server is running, and your network connection.</source>
        <translation>Unreachable: the server does not answer. Check the address, that the server is running, and your network connection.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="38"/>
        <source>Not allowed (HTTP 403): the server knows this account, but its role does not allow this operation on this collection. Ask the agency's administrator.</source>
        <translation>Not allowed (HTTP 403): the server knows this account, but its role does not allow this operation on this collection. Ask the agency's administrator.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>Access refused (HTTP 401/403): the server did not accept the credentials. Check the user name and password (or API key) of the authentication configuration, and that this account may use the server.</source>
        <translation>Access refused (HTTP 401/403): the server did not accept the credentials. Check the user name and password (or API key) of the authentication configuration, and that this account may use the server.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="47"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>Not an OGC API - Features server: the address answers, but not as an agency server. Check the address: it must be the root of the API (the page that links to /collections).</source>
        <translation>Not an OGC API - Features server: the address answers, but not as an agency server. Check the address: it must be the root of the API (the page that links to /collections).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="53"/>
        <source>Secure connection failed (TLS): the server's certificate is not valid or not trusted (expired, self-signed or issued for another name). Ask the server's administrator, or add the certificate authority in QGIS's authentication settings.</source>
        <translation>Secure connection failed (TLS): the server's certificate is not valid or not trusted (expired, self-signed or issued for another name). Ask the server's administrator, or add the certificate authority in QGIS's authentication settings.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>Someone changed the same data on the server in the meantime. Run the sync again: it merges the changes.</source>
        <translation>Someone changed the same data on the server in the meantime. Run the sync again: it merges the changes.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>The collection no longer exists on the server. Refresh the list of collections.</source>
        <translation>The collection no longer exists on the server. Refresh the list of collections.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="62"/>
        <source>The server failed while answering. Try again later; if it keeps failing, tell the server's administrator.</source>
        <translation>The server failed while answering. Try again later; if it keeps failing, tell the server's administrator.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="65"/>
        <source>The server answered with something unusable. Tell the server's administrator.</source>
        <translation>The server answered with something unusable. Tell the server's administrator.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="68"/>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="81"/>
        <source>Selected features only</source>
        <translation>Selected features only</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="89"/>
        <source>Choose a collection…</source>
        <translation>Choose a collection…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="110"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="130"/>
        <source>Personal data is not published: tick a field only if publishing it is lawful and intended.</source>
        <translation>Personal data is not published: tick a field only if publishing it is lawful and intended.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="144"/>
        <source>Fields sent (layer field → server field)</source>
        <translation>Fields sent (layer field → server field)</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="147"/>
        <source>Layer field</source>
        <translation>Layer field</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="147"/>
        <source>Server field</source>
        <translation>Server field</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="170"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="172"/>
        <source>Read the layer and compare it with the collection before sending</source>
        <translation>Read the layer and compare it with the collection before sending</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="173"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="176"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="223"/>
        <source>Check again: a replace first counts the server features it deletes.</source>
        <translation>Check again: a replace first counts the server features it deletes.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="226"/>
        <source>The collection will hold exactly these features: the others are deleted once every valid feature is stored.</source>
        <translation>The collection will hold exactly these features: the others are deleted once every valid feature is stored.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="228"/>
        <source>Adds the features; those already published under the same id are kept.</source>
        <translation>Adds the features; those already published under the same id are kept.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="239"/>
        <location filename="../ui/publish.py" line="390"/>
        <source>Invalid geometries: not sent</source>
        <translation>Invalid geometries: not sent</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="240"/>
        <location filename="../ui/publish.py" line="398"/>
        <source>Differences with the server's fields</source>
        <translation>Differences with the server's fields</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="241"/>
        <source>Check the layer against the collection before publishing.</source>
        <translation>Check the layer against the collection before publishing.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="242"/>
        <source>Choose a layer with geometries.</source>
        <translation>Choose a layer with geometries.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="295"/>
        <source>{field} ({reason})</source>
        <translation>{field} ({reason})</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="301"/>
        <source>Personal data ({n} field(s))</source>
        <translation>Personal data ({n} field(s))</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="311"/>
        <source>(not sent)</source>
        <translation>(not sent)</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="338"/>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="340"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="341"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="369"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="378"/>
        <location filename="../ui/tasks.py" line="198"/>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="378"/>
        <source>The check failed. {explanation}</source>
        <translation>The check failed. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="391"/>
        <source>{ref}: {reason}</source>
        <translation>{ref}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="392"/>
        <source>Not on the server, left out: {field}</source>
        <translation>Not on the server, left out: {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="394"/>
        <source>On the server, absent from the layer: {field}</source>
        <translation>On the server, absent from the layer: {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="397"/>
        <source>The server does not describe its fields (empty collection): not compared.</source>
        <translation>The server does not describe its fields (empty collection): not compared.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="401"/>
        <source>{valid} feature(s) ready to publish in {crs}; {invalid} with an invalid geometry will not be sent.</source>
        <translation>{valid} feature(s) ready to publish in {crs}; {invalid} with an invalid geometry will not be sent.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="409"/>
        <source>The collection {collection} will hold only the features of this layer: {n} feature(s) of the server will be deleted, once every feature is stored (if one is refused, none is deleted). Continue?</source>
        <translation>The collection {collection} will hold only the features of this layer: {n} feature(s) of the server will be deleted, once every feature is stored (if one is refused, none is deleted). Continue?</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="415"/>
        <source>Delete {n} and publish</source>
        <translation>Delete {n} and publish</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="423"/>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="433"/>
        <source>Publication failed. {explanation}</source>
        <translation>Publication failed. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="444"/>
        <source>{sent} feature(s) sent to {collection}, {refused} refused or not sent.</source>
        <translation>{sent} feature(s) sent to {collection}, {refused} refused or not sent.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="117"/>
        <source>Testing the connection {name}</source>
        <translation>Testing the connection {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="120"/>
        <source>Contacting the server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="128"/>
        <source>Listing the collections of {name}</source>
        <translation>Listing the collections of {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="131"/>
        <source>Reading the list of collections…</source>
        <translation>Reading the list of collections…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="185"/>
        <source>Checking {layer} before publishing</source>
        <translation>Checking {layer} before publishing</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="190"/>
        <source>Reading the collection's description…</source>
        <translation>Reading the collection's description…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="204"/>
        <source>Comparing with the server's fields…</source>
        <translation>Comparing with the server's fields…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="217"/>
        <source>Counting the server's features a replace would delete…</source>
        <translation>Counting the server's features a replace would delete…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="227"/>
        <source>Publishing to {collection}</source>
        <translation>Publishing to {collection}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="260"/>
        <source>The area cannot be expressed in {crs}: zoom in on the area to work in, or choose polygons.</source>
        <translation>The area cannot be expressed in {crs}: zoom in on the area to work in, or choose polygons.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="281"/>
        <source>Checking out {n} collection(s)</source>
        <translation>Checking out {n} collection(s)</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="322"/>
        <source>Synchronising the workspace</source>
        <translation>Synchronising the workspace</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="338"/>
        <source>{name} was checked out from {theirs}, not from the selected connection ({ours}). Choose that server's connection.</source>
        <translation>{name} was checked out from {theirs}, not from the selected connection ({ours}). Choose that server's connection.</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="141"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>(note de renseignements urbanistiques)</source>
        <translation type="vanished">(note de renseignements urbanistiques)</translation>
    </message>
    <message>
        <source>0 m where building in continuous rows, otherwise at least {value}</source>
        <translation type="vanished">0 m where building in continuous rows, otherwise at least {value}</translation>
    </message>
    <message>
        <source>Append: add the features (those already published under the same id are kept)</source>
        <translation type="vanished">Append: add the features (those already published under the same id are kept)</translation>
    </message>
    <message>
        <source>Checkout cancelled: nothing was kept of the collection being copied.</source>
        <translation type="vanished">Checkout cancelled: nothing was kept of the collection being copied.</translation>
    </message>
    <message>
        <source>Collections: {names}</source>
        <translation type="vanished">Collections: {names}</translation>
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
        <translation type="vanished">Compares the buildings observed on the ground (field survey, digitising from imagery) with the permitted building footprints, and classifies each observed building.

Matching: an observed building matches a permitted footprint when their overlap covers at least the minimum overlap ratio (default 0.3) of either of them, the smaller one deciding: overlap ≥ ratio × min(observed area, permitted area). A building touching a neighbour's permit along a shared wall therefore does not match it, while a building that covers its whole permit and much more does.

Classes:
- no_permit: the building matches no permitted footprint; the whole building is the excess.
- exceeds_permit: excess = observed building minus the union of the footprints it matches; its area is larger than the absolute threshold (m², default 10) AND larger than the ratio threshold times the permitted area (default 0.10, i.e. 10 % of the union of the matched footprints). Both must be passed, strictly; set one to 0 to use only the other. Small excesses are survey and digitising noise.
- conforming: matches a permit and its excess stays within a threshold.
Permitted footprints matched by no observed building are listed as not built yet.

Areas are measured in metres: the permitted footprints are reprojected into the observed layer's CRS, or both into the projected CRS given as parameter. A geographic CRS (degrees) is refused. Invalid geometries are repaired and named in the log; features without geometry are left out and named.

Outputs: the observed buildings with status, status_label, permit_ids, observed_m2, permitted_m2 and excess_m2; the excess parts (outside permits) of the buildings classed no_permit or exceeds_permit, with the same fields; optionally the permitted footprints not built yet. The counts per class are in the log and in the results.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="vanished">Connection name</translation>
    </message>
    <message>
        <source>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Connection: the name of a connection configured in the plugin. Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</source>
        <translation type="vanished">Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Connection: the name of a connection configured in the plugin. Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</translation>
    </message>
    <message>
        <source>Distance from the footprint to the rear limits; required max(minimum, factor x height).</source>
        <translation type="vanished">Distance from the footprint to the rear limits; required max(minimum, factor x height).</translation>
    </message>
    <message>
        <source>Distance from the footprint to the side limits; required max(minimum, factor x height).</source>
        <translation type="vanished">Distance from the footprint to the side limits; required max(minimum, factor x height).</translation>
    </message>
    <message>
        <source>Excess threshold (share of the permitted area, 0.10 = 10 %)</source>
        <translation type="vanished">Excess threshold (share of the permitted area, 0.10 = 10 %)</translation>
    </message>
    <message>
        <source>Excess thresholds cannot be negative.</source>
        <translation type="vanished">Excess thresholds cannot be negative.</translation>
    </message>
    <message>
        <source>No workspace open: check collections out, or open a workspace GeoPackage.</source>
        <translation type="vanished">No workspace open: check collections out, or open a workspace GeoPackage.</translation>
    </message>
    <message>
        <source>Personal data left out: {fields}.</source>
        <translation type="vanished">Personal data left out: {fields}.</translation>
    </message>
    <message>
        <source>Replace: the collection will hold exactly these features (the others are deleted once all are stored)</source>
        <translation type="vanished">Replace: the collection will hold exactly these features (the others are deleted once all are stored)</translation>
    </message>
    <message>
        <source>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode: append adds the features; replace adds them, then deletes the collection's other features, only once every valid feature is stored.

Before sending, features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address…) is never published unless the field is named in 'Personal fields to publish anyway'. A text field called id gives the features their ids (publishing again does not duplicate them).

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</source>
        <translation type="vanished">Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode: append adds the features; replace adds them, then deletes the collection's other features, only once every valid feature is stored.

Before sending, features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address…) is never published unless the field is named in 'Personal fields to publish anyway'. A text field called id gives the features their ids (publishing again does not duplicate them).

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</translation>
    </message>
    <message>
        <source>Some changes could not be sent: run the sync again, nothing was lost.</source>
        <translation type="vanished">Some changes could not be sent: run the sync again, nothing was lost.</translation>
    </message>
    <message>
        <source>The Python package shapely 2 or later is missing: the conformity checks are disabled. Install it with: python3 -m pip install --user "shapely&gt;=2" (Debian's python3-shapely is 1.8, too old), then restart QGIS.</source>
        <translation type="vanished">The Python package shapely 2 or later is missing: the conformity checks are disabled. Install it with: python3 -m pip install --user "shapely&gt;=2" (Debian's python3-shapely is 1.8, too old), then restart QGIS.</translation>
    </message>
    <message>
        <source>The collection {collection} will hold only the features of this layer: the others will be deleted from the server once every valid feature is stored. Continue?</source>
        <translation type="vanished">The collection {collection} will hold only the features of this layer: the others will be deleted from the server once every valid feature is stored. Continue?</translation>
    </message>
    <message>
        <source>The minimum overlap ratio must be between 0 and 1.</source>
        <translation type="vanished">The minimum overlap ratio must be between 0 and 1.</translation>
    </message>
    <message>
        <source>The permitted footprints have no field '{field}'.</source>
        <translation type="vanished">The permitted footprints have no field '{field}'.</translation>
    </message>
    <message>
        <source>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_&lt;parcel id&gt;_&lt;language&gt;.pdf; existing files of the same name are replaced.</source>
        <translation type="vanished">Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_&lt;parcel id&gt;_&lt;language&gt;.pdf; existing files of the same name are replaced.</translation>
    </message>
    <message>
        <source>footprint</source>
        <translation type="vanished">footprint</translation>
    </message>
    <message>
        <source>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled. Upgrade it with: python3 -m pip install --user "shapely&gt;=2", then restart QGIS.</source>
        <translation type="vanished">shapely {found} is installed but version 2 or later is required: the conformity checks are disabled. Upgrade it with: python3 -m pip install --user "shapely&gt;=2", then restart QGIS.</translation>
    </message>
    <message>
        <source>{n} layer(s) added: a live, read-only view of the server.</source>
        <translation type="vanished">{n} layer(s) added: a live, read-only view of the server.</translation>
    </message>
    <message>
        <source>{pending} pending change(s) · last sync {when} · {conflicts} conflict(s)</source>
        <translation type="vanished">{pending} pending change(s) · last sync {when} · {conflicts} conflict(s)</translation>
    </message>
    <message>
        <source>{sent} feature(s) published to {collection} ({mode}); {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation type="vanished">{sent} feature(s) published to {collection} ({mode}); {refused} refused, {invalid} with an invalid geometry not sent.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../processing/fast_sink.py" line="553"/>
        <source>Could not write feature into %1</source>
        <translation>Could not write feature into %1</translation>
    </message>
</context>
</TS>
