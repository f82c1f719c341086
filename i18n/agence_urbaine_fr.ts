<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgenceUrbaine</name>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>parcel</source>
        <translation>parcelle</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>the footprint of application</source>
        <translation>emprise de la demande</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="588"/>
        <source>Servitude {sid}: invalid geometry of feature '{fid}' ({reason}), repaired.</source>
        <translation>Servitude {sid} : géométrie invalide de l'entité « {fid} » ({reason}), corrigée.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="593"/>
        <source>Servitude {sid}: rule {rule} measures areas; {count} non-polygon features ignored.</source>
        <translation>Servitude {sid} : la règle {rule} mesure des surfaces ; {count} entités non surfaciques ignorées.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="745"/>
        <source>(no field chosen)</source>
        <translation>(aucun champ choisi)</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="819"/>
        <source>{count} applications lie on parcels in zones the regulation does not declare ({zones}): their zone rules are not checked (to be checked).</source>
        <translation>{count} demandes portent sur des parcelles situées dans des zones que le règlement ne déclare pas ({zones}) : les règles de zone ne sont pas vérifiées (à vérifier).</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="835"/>
        <source>any use not forbidden</source>
        <translation>tout usage non interdit</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="903"/>
        <source>declared floor area</source>
        <translation>surface de plancher déclarée</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="903"/>
        <source>footprint area × levels</source>
        <translation>emprise × nombre de niveaux</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1004"/>
        <source>rear</source>
        <translation>de fond</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1004"/>
        <source>side</source>
        <translation>latérales</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1211"/>
        <location filename="../core/veille.py" line="182"/>
        <source>{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.</source>
        <translation>{layer} : géométrie invalide de l'entité « {fid} » ({reason}), corrigée.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1222"/>
        <source>Servitude {sid} is declared by the regulation but no layer was given: not checked.</source>
        <translation>La servitude {sid} est déclarée par le règlement mais aucune couche n'a été fournie : non vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1229"/>
        <source>Layer for servitude {sid} ignored: the regulation does not declare it.</source>
        <translation>Couche de la servitude {sid} ignorée : le règlement ne la déclare pas.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1292"/>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1304"/>
        <source>{count} parcels are made of several parts, each checked as one lot: {parcels}.</source>
        <translation>{count} parcelles sont composées de plusieurs parties, chacune étant vérifiée comme un seul lot : {parcels}.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1309"/>
        <source>Conformity check canceled.</source>
        <translation>Contrôle de conformité annulé.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1334"/>
        <location filename="../processing/algorithms/check_conformity.py" line="378"/>
        <location filename="../processing/algorithms/parcel_note.py" line="163"/>
        <location filename="../processing/algorithms/parcel_note.py" line="167"/>
        <source>zoning</source>
        <translation>zonage</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1335"/>
        <location filename="../processing/algorithms/check_conformity.py" line="379"/>
        <source>roads</source>
        <translation>voirie</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="140"/>
        <source>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS.</source>
        <translation>QGIS 3.28 ou plus récent fournit shapely 2 sous Windows et macOS : installez la version actuelle de QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="141"/>
        <source>QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS, or click “Install shapely”, or run: {command}</source>
        <translation>QGIS 3.28 ou plus récent fournit shapely 2 sous Windows et macOS : installez la version actuelle de QGIS, ou cliquez sur « Installer shapely », ou exécutez : {command}</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="144"/>
        <source>Install shapely 2 for QGIS's Python with pip ("{requirement}").</source>
        <translation>Installez shapely 2 pour le Python de QGIS avec pip ("{requirement}").</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="146"/>
        <source>Click “Install shapely” to install it into your QGIS profile, or run: {command}</source>
        <translation>Cliquez sur « Installer shapely » pour l'installer dans votre profil QGIS, ou exécutez : {command}</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="154"/>
        <source>The Python package shapely 2 or later is missing: the conformity checks are disabled.</source>
        <translation>Le paquet Python shapely 2 ou plus récent est absent : les contrôles de conformité sont désactivés.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="156"/>
        <source>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled.</source>
        <translation>shapely {found} est installé mais la version 2 ou plus récente est requise : les contrôles de conformité sont désactivés.</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="45"/>
        <source>self-intersection</source>
        <translation>auto-intersection</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="46"/>
        <source>ring self-intersection</source>
        <translation>auto-intersection d'anneau</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="47"/>
        <source>too few points</source>
        <translation>trop peu de points</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="48"/>
        <source>interior disconnected</source>
        <translation>intérieur non connexe</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="49"/>
        <source>hole outside its outer ring</source>
        <translation>trou hors de son anneau extérieur</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="50"/>
        <source>nested holes</source>
        <translation>trous imbriqués</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="51"/>
        <source>nested outer rings</source>
        <translation>anneaux extérieurs imbriqués</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="52"/>
        <source>duplicate rings</source>
        <translation>anneaux en double</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="53"/>
        <source>invalid coordinate</source>
        <translation>coordonnée invalide</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="54"/>
        <source>ring not closed</source>
        <translation>anneau non fermé</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="55"/>
        <source>repeated point</source>
        <translation>point répété</translation>
    </message>
    <message>
        <location filename="../core/geometry.py" line="67"/>
        <source>{problem} at ({x}, {y})</source>
        <translation>{problem} en ({x} ; {y})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="35"/>
        <source>at most {value}</source>
        <translation>au plus {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="36"/>
        <source>at least {value}</source>
        <translation>au moins {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="37"/>
        <source>allowed: {uses}</source>
        <translation>autorisés : {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="38"/>
        <source>forbidden: {uses}</source>
        <translation>interdits : {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="39"/>
        <source>at most {value} levels (R+{floors})</source>
        <translation>au plus {value} niveaux (R+{floors})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="40"/>
        <source>at least the larger of {min} and {factor} × the building height</source>
        <translation>au moins la plus grande des deux valeurs : {min} ou {factor} × la hauteur du bâtiment</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="41"/>
        <source>0 m where building in continuous rows, otherwise {value}</source>
        <translation>0 m en ordre continu, sinon {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="42"/>
        <source>; lots created before {date} are referred to the commission</source>
        <translation> ; les lots créés avant le {date} sont soumis à la commission</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="43"/>
        <source>at most {value} ({acronym})</source>
        <translation>au plus {value} ({acronym})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="44"/>
        <source>covers {area} ({share} of the parcel)</source>
        <translation>couvre {area} ({share} de la parcelle)</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="45"/>
        <source>{distance} from the parcel, within the {required} band</source>
        <translation>à {distance} de la parcelle, dans la bande de {required}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="46"/>
        <source>building forbidden inside</source>
        <translation>construction interdite à l'intérieur</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="47"/>
        <source>at most {value} of footprint inside</source>
        <translation>au plus {value} d'emprise à l'intérieur</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="48"/>
        <source>no building within {value}</source>
        <translation>aucune construction à moins de {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="49"/>
        <source>height at most {value} inside</source>
        <translation>hauteur d'au plus {value} à l'intérieur</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="287"/>
        <source>Parcel note canceled.</source>
        <translation>Note de renseignements urbanistiques annulée.</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="144"/>
        <source>personal data: the field name looks like a person's name</source>
        <translation>données personnelles : le nom du champ évoque le nom d'une personne</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="145"/>
        <source>personal data: the field name looks like an identity card (CIN) number</source>
        <translation>données personnelles : le nom du champ évoque un numéro de carte d'identité (CIN)</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="146"/>
        <source>personal data: the field name looks like a phone number field</source>
        <translation>données personnelles : le nom du champ évoque un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="147"/>
        <source>personal data: the field name looks like an e-mail address field</source>
        <translation>données personnelles : le nom du champ évoque une adresse électronique</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="148"/>
        <source>personal data: the field name looks like a postal address field</source>
        <translation>données personnelles : le nom du champ évoque une adresse postale</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="149"/>
        <source>personal data: the field name looks like a date or place of birth</source>
        <translation>données personnelles : le nom du champ évoque une date ou un lieu de naissance</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="150"/>
        <source>personal data: the field name looks like data about the applicant or owner</source>
        <translation>données personnelles : le nom du champ évoque des données sur le demandeur ou le propriétaire</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="151"/>
        <source>personal data: the field name is on the agency's list</source>
        <translation>données personnelles : le nom du champ figure sur la liste de l'agence</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="152"/>
        <source>personal data: values look like CIN numbers</source>
        <translation>données personnelles : les valeurs ressemblent à des numéros de CIN</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="153"/>
        <source>personal data: values look like phone numbers</source>
        <translation>données personnelles : les valeurs ressemblent à des numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../core/privacy.py" line="154"/>
        <source>personal data: values look like e-mail addresses</source>
        <translation>données personnelles : les valeurs ressemblent à des adresses électroniques</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="40"/>
        <source>Invalid regulation {source}</source>
        <translation>Règlement d'aménagement invalide {source}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an array</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="47"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="48"/>
        <source>a number</source>
        <translation>un nombre</translation>
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
        <translation>valeur attendue parmi {allowed}, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="109"/>
        <source>'{value}' does not match the expected form {pattern}</source>
        <translation>« {value} » ne respecte pas la forme attendue {pattern}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="124"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="125"/>
        <source>expected {wanted}</source>
        <translation>attendu : {wanted}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="132"/>
        <source>{value} is below the minimum {bound}</source>
        <translation>{value} est inférieur au minimum {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="135"/>
        <source>{value} is above the maximum {bound}</source>
        <translation>{value} dépasse le maximum {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="141"/>
        <source>missing required key '{key}'</source>
        <translation>clé obligatoire « {key} » manquante</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="155"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="191"/>
        <source>acronym not declared in ratio_definitions (say what it measures: coverage or floor_area)</source>
        <translation>sigle non déclaré dans ratio_definitions (indiquez ce qu'il mesure : coverage ou floor_area)</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="194"/>
        <source>measures {measure} like {other}: give one value per measure</source>
        <translation>mesure {measure} comme {other} : donnez une seule valeur par mesure</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="203"/>
        <source>both allowed and forbidden: {uses}</source>
        <translation>à la fois autorisé et interdit : {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="207"/>
        <location filename="../core/regulation.py" line="261"/>
        <source>not in the plan's list of uses: {uses}</source>
        <translation>absent de la liste des usages du plan : {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="210"/>
        <source>give road_setback_m too: it applies along roads narrower than every from_width_m</source>
        <translation>indiquez aussi road_setback_m : il s'applique le long des voies plus étroites que toutes les valeurs from_width_m</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="214"/>
        <source>not a valid date</source>
        <translation>date invalide</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="225"/>
        <source>rule {rule} needs the key '{key}'</source>
        <translation>la règle {rule} exige la clé « {key} »</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="230"/>
        <source>not used by rule {rule}</source>
        <translation>non utilisé par la règle {rule}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="245"/>
        <source>the plan declares no zone</source>
        <translation>le plan ne déclare aucune zone</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="488"/>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="490"/>
        <source>not valid JSON at line {line}, column {column}: {msg}</source>
        <translation>JSON invalide à la ligne {line}, colonne {column} : {msg}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="192"/>
        <source>Could not write the PDF {path} (layout export error {code}).</source>
        <translation>Impossible d'écrire le PDF {path} (erreur d'export de la mise en page {code}).</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="402"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="619"/>
        <location filename="../processing/algorithms/check_conformity.py" line="379"/>
        <location filename="../processing/algorithms/check_conformity.py" line="411"/>
        <source>Roads</source>
        <translation>Voirie</translation>
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
        <translation>Zonage</translation>
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
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="746"/>
        <source>no zone of the plan</source>
        <translation>aucune zone du plan</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="755"/>
        <source>Verdict: {verdict}</source>
        <translation>Verdict : {verdict}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="756"/>
        <source>{fail} rule(s) not compliant, {check} to be checked</source>
        <translation>{fail} règle(s) non conforme(s), {check} à vérifier</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="766"/>
        <source>Permit conformity check — application {application}</source>
        <translation>Contrôle de conformité — demande {application}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="769"/>
        <source>Parcel {parcel} · {plan} · {date}</source>
        <translation>Parcelle {parcel} · {plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="777"/>
        <source>Zones: {zones}</source>
        <translation>Zones : {zones}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="43"/>
        <source>Allowed</source>
        <translation>Admis</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="787"/>
        <location filename="../processing/conformity_styles.py" line="42"/>
        <source>Measured</source>
        <translation>Mesuré</translation>
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
        <translation>Règle</translation>
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
        <translation>Agence Urbaine Numérique — contrôle automatique au regard du règlement de {plan} ; l'avis de l'instructeur prévaut.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="798"/>
        <source>Offending part</source>
        <translation>Partie en infraction</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="800"/>
        <source>Planned footprint</source>
        <translation>Emprise projetée</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="802"/>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="31"/>
        <source>Parcel</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="810"/>
        <source>Permit conformity check — summary</source>
        <translation>Contrôle de conformité — synthèse</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="812"/>
        <source>{plan} · {date}</source>
        <translation>{plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="819"/>
        <source>Applications checked</source>
        <translation>Demandes vérifiées</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="820"/>
        <location filename="../processing/algorithms/check_conformity.py" line="377"/>
        <location filename="../processing/algorithms/check_conformity.py" line="401"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="832"/>
        <source>Rules not compliant</source>
        <translation>Règles non conformes</translation>
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
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="836"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="895"/>
        <source>Urban planning information note</source>
        <translation>Note de renseignements urbanistiques</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="899"/>
        <source>{plan} · approved {approved} · issued {date}</source>
        <translation>{plan} · approuvé le {approved} · délivrée le {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="903"/>
        <source>Parcel {parcel} — area {area} m²</source>
        <translation>Parcelle {parcel} — superficie {area} m²</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="915"/>
        <source>This note states the rules of the plan d'aménagement that apply to the parcel on the date of issue. It is not a building permit; the regulation's text prevails.</source>
        <translation>La présente note indique les règles du plan d'aménagement applicables à la parcelle à la date de sa délivrance. Elle ne vaut pas autorisation de construire ; le texte du règlement prévaut.</translation>
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
        <translation>La parcelle n'est couverte par aucune zone du plan.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="927"/>
        <source>(not declared by the regulation)</source>
        <translation>(non déclarée par le règlement)</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="929"/>
        <source>Zone label</source>
        <translation>Libellé de la zone</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="932"/>
        <source>The parcel straddles several zones: the rules of each zone apply to its part; the agency must be consulted.</source>
        <translation>La parcelle chevauche plusieurs zones : les règles de chaque zone s'appliquent à la partie qu'elle couvre ; l'agence doit être consultée.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="940"/>
        <source>How it is measured</source>
        <translation>Mode de mesure</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="940"/>
        <location filename="../core/report.py" line="952"/>
        <source>Requirement</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="941"/>
        <source>Rules of zone {zone}</source>
        <translation>Règles de la zone {zone}</translation>
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
        <translation>Aucune servitude du plan ne grève la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>On this parcel</source>
        <translation>Sur cette parcelle</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="952"/>
        <source>Servitude</source>
        <translation>Servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="61"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="62"/>
        <source>Not compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="138"/>
        <source>{label}: cannot be checked, the field '{field}' is empty or missing.</source>
        <translation>{label} : vérification impossible, le champ « {field} » est vide ou absent.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="139"/>
        <source> The parcel straddles zones {zones}: evaluated against zone {zone}; the planner must check.</source>
        <translation> La parcelle chevauche les zones {zones} : évaluée selon la zone {zone} ; l'instructeur doit vérifier.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="144"/>
        <source>{label}: no parcel boundary lies along a road; cannot be measured.</source>
        <translation>{label} : aucune limite de la parcelle ne borde une voie ; mesure impossible.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="152"/>
        <source>Share of the parcel area in each zone of the plan.</source>
        <translation>Part de la superficie de la parcelle dans chaque zone du plan.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="153"/>
        <source>The parcel lies in zone {zone}.</source>
        <translation>La parcelle est située en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="154"/>
        <source>The parcel straddles zones {zones}: the planner must check which rules apply.</source>
        <translation>La parcelle chevauche les zones {zones} : l'instructeur doit vérifier les règles applicables.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="158"/>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="159"/>
        <source>Validity of the footprint and parcel geometries (OGC rules).</source>
        <translation>Validité des géométries de l'emprise et de la parcelle (règles OGC).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="160"/>
        <source>Valid geometry.</source>
        <translation>Géométrie valide.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="161"/>
        <source>Invalid geometry of {what} '{feature}': {reason}. It was repaired for the check.</source>
        <translation>Géométrie invalide ({what} « {feature} ») : {reason}. Elle a été corrigée pour le contrôle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="165"/>
        <source>Footprint within its parcel</source>
        <translation>Emprise contenue dans sa parcelle</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="166"/>
        <source>Area of the footprint lying outside its parcel.</source>
        <translation>Surface de l'emprise située hors de sa parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="167"/>
        <source>{label}: the footprint lies within parcel {parcel}.</source>
        <translation>{label} : l'emprise est contenue dans la parcelle {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="168"/>
        <source>{label}: {measured} of the footprint lies outside parcel {parcel}.</source>
        <translation>{label} : {measured} de l'emprise débordent de la parcelle {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="172"/>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="173"/>
        <source>Declared uses compared with the zone's allowed and forbidden uses.</source>
        <translation>Usages déclarés comparés aux usages autorisés et interdits de la zone.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="174"/>
        <source>{label}: '{uses}' is allowed in zone {zone}.</source>
        <translation>{label} : « {uses} » est autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="175"/>
        <source>{label}: '{uses}' is not allowed in zone {zone} (allowed: {allowed}).</source>
        <translation>{label} : « {uses} » n'est pas autorisé en zone {zone} (usages autorisés : {allowed}).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="178"/>
        <source>Number of levels</source>
        <translation>Nombre de niveaux</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="179"/>
        <source>Declared number of levels (R+n counts n+1 levels).</source>
        <translation>Nombre de niveaux déclaré (R+n compte n+1 niveaux).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="180"/>
        <source>{label}: {measured} levels, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured} niveaux, au plus {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="181"/>
        <source>{label}: {measured} levels exceed the {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured} niveaux dépassent les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="185"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="186"/>
        <source>Declared building height in metres.</source>
        <translation>Hauteur déclarée du bâtiment, en mètres.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="187"/>
        <source>{label}: {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured}, au plus {allowed} autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="188"/>
        <source>{label}: {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured} dépasse les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="191"/>
        <source>Coverage ratio</source>
        <translation>Coefficient d'emprise au sol</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="192"/>
        <source>Footprint area divided by parcel area.</source>
        <translation>Surface de l'emprise divisée par la superficie de la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="193"/>
        <source>{label} ({acronym}): {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured}, au plus {allowed} autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="194"/>
        <source>{label} ({acronym}): {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured} dépasse les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="197"/>
        <source>Floor-area ratio</source>
        <translation>Coefficient d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="198"/>
        <source>Total floor area divided by parcel area.</source>
        <translation>Surface de plancher totale divisée par la superficie de la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="199"/>
        <source>{label} ({acronym}): {measured} ({source}), at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured} ({source}), au plus {allowed} autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="200"/>
        <source>{label} ({acronym}): {measured} ({source}) exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured} ({source}) dépasse les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="204"/>
        <source>Minimum lot area</source>
        <translation>Superficie minimale de la parcelle</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="205"/>
        <source>Parcel area.</source>
        <translation>Superficie de la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="206"/>
        <source>{label}: the parcel measures {measured}, at least {allowed} required in zone {zone}.</source>
        <translation>{label} : la parcelle mesure {measured}, au moins {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="207"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : la parcelle mesure {measured}, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="211"/>
        <source>Minimum frontage</source>
        <translation>Façade minimale sur voie</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="212"/>
        <source>Length of the parcel boundary lying along a road polygon.</source>
        <translation>Longueur de la limite de la parcelle bordant une voie.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="213"/>
        <source>{label}: {measured} along the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} sur voie, au moins {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="214"/>
        <source>{label}: {measured} along the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} sur voie, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="217"/>
        <source>Road setback</source>
        <translation>Recul par rapport à la voie</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="218"/>
        <source>Distance from the footprint to the parcel boundary along the road.</source>
        <translation>Distance entre l'emprise et la limite de la parcelle sur voie.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="219"/>
        <source>{label}: {measured} from the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la voie, au moins {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="220"/>
        <source>{label}: {measured} from the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la voie, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="223"/>
        <source>Side setback</source>
        <translation>Recul sur limites séparatives latérales</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="225"/>
        <source>Distance from the footprint to the side limits; required max(min, factor × height).</source>
        <translation>Distance entre l'emprise et les limites latérales ; exigé (prospect) : max(min, facteur × hauteur).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="226"/>
        <source>{label}: {measured} from the side limits, {allowed} required in zone {zone}{rows}.</source>
        <translation>{label} : {measured} des limites latérales, {allowed} exigés en zone {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="227"/>
        <source>{label}: {measured} from the side limits, below the {allowed} required in zone {zone}{rows}.</source>
        <translation>{label} : {measured} des limites latérales, en deçà des {allowed} exigés en zone {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="231"/>
        <source>Rear setback</source>
        <translation>Recul sur limite de fond</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="233"/>
        <source>Distance from the footprint to the rear limits; required max(min, factor × height).</source>
        <translation>Distance entre l'emprise et les limites de fond ; exigé (prospect) : max(min, facteur × hauteur).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="234"/>
        <source>{label}: {measured} from the rear limit, {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la limite de fond, {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="235"/>
        <source>{label}: {measured} from the rear limit, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la limite de fond, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="238"/>
        <source>No overlap with servitude</source>
        <translation>Aucun empiètement sur la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="239"/>
        <location filename="../core/rules.py" line="247"/>
        <source>Area of the footprint inside the servitude.</source>
        <translation>Surface de l'emprise située dans la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="240"/>
        <source>{servitude}: the footprint does not overlap it.</source>
        <translation>{servitude} : l'emprise n'empiète pas sur la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="241"/>
        <source>{servitude}: {measured} of the footprint lies inside it; building is forbidden there.</source>
        <translation>{servitude} : {measured} de l'emprise s'y trouvent ; toute construction y est interdite.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="245"/>
        <source>Maximum area inside servitude</source>
        <translation>Surface maximale dans la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="248"/>
        <source>{servitude}: {measured} of the footprint inside it, at most {allowed} allowed.</source>
        <translation>{servitude} : {measured} de l'emprise dans la servitude, au plus {allowed} autorisé.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="249"/>
        <source>{servitude}: {measured} of the footprint inside it exceeds the {allowed} allowed.</source>
        <translation>{servitude} : {measured} de l'emprise dans la servitude dépassent les {allowed} autorisés.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="253"/>
        <source>Minimum distance to servitude</source>
        <translation>Distance minimale à la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="255"/>
        <source>Shortest distance from the footprint to the servitude features.</source>
        <translation>Plus courte distance entre l'emprise et les entités de la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="256"/>
        <source>{servitude}: {measured} away, at least {allowed} required.</source>
        <translation>{servitude} : à {measured}, au moins {allowed} exigés.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="257"/>
        <source>{servitude}: only {measured} away, at least {allowed} required.</source>
        <translation>{servitude} : à seulement {measured}, au moins {allowed} exigés.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="261"/>
        <source>Maximum height inside servitude</source>
        <translation>Hauteur maximale dans la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="263"/>
        <source>Building height where the footprint overlaps the servitude.</source>
        <translation>Hauteur du bâtiment là où l'emprise empiète sur la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="264"/>
        <source>{servitude}: height {measured}, at most {allowed} allowed inside it.</source>
        <translation>{servitude} : hauteur {measured}, au plus {allowed} autorisé dans la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="265"/>
        <source>{servitude}: height {measured} exceeds the {allowed} allowed inside it.</source>
        <translation>{servitude} : la hauteur {measured} dépasse les {allowed} autorisés dans la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="287"/>
        <source>{label}: no road layer was given; cannot be measured.</source>
        <translation>{label} : aucune couche de voirie fournie ; mesure impossible.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="288"/>
        <source>{label}: the application has no footprint geometry; cannot be measured.</source>
        <translation>{label} : la demande n'a pas de géométrie d'emprise ; mesure impossible.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="289"/>
        <source>{label}: no such limit on this parcel (the limits are all road or {other} limits).</source>
        <translation>{label} : aucune limite de ce type sur cette parcelle (toutes ses limites sont sur voie ou {other}).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="290"/>
        <source>The {what} '{feature}' has no geometry.</source>
        <translation>Géométrie absente : {what} « {feature} ».</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="291"/>
        <source>Parcel '{parcel}' was not found among the parcels; the application cannot be checked.</source>
        <translation>La parcelle « {parcel} » est introuvable parmi les parcelles ; la demande ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="294"/>
        <source>No parcel lies under the footprint; the application cannot be checked.</source>
        <translation>Aucune parcelle sous l'emprise ; la demande ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="295"/>
        <source>The parcel lies in zone {zone}, which the regulation does not declare.</source>
        <translation>La parcelle est située en zone {zone}, que le règlement ne déclare pas.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="296"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}, but the lot dates from {lot_date} (before {limit}): referred to the commission.</source>
        <translation>{label} : la parcelle mesure {measured}, en deçà des {allowed} exigés en zone {zone}, mais le lot date du {lot_date} (avant le {limit}) : soumis à la commission.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="301"/>
        <source>{servitude}: the footprint lies outside it.</source>
        <translation>{servitude} : l'emprise est située en dehors.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="302"/>
        <source>{servitude}: the layer has no feature.</source>
        <translation>{servitude} : la couche ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="303"/>
        <source>{servitude}: not checked, no layer was given for this servitude.</source>
        <translation>{servitude} : non vérifiée, aucune couche n'a été fournie pour cette servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="304"/>
        <source> Measured on a repaired geometry: indicative only, to be checked on corrected data.</source>
        <translation> Mesure effectuée sur une géométrie corrigée automatiquement : valeur indicative, à vérifier sur des données rectifiées.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="306"/>
        <source> (continuous rows: 0 m allowed)</source>
        <translation> (ordre continu : 0 m autorisé)</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="135"/>
        <source>Feature {fid} of {collection} was deleted on the server.</source>
        <translation>L'entité {fid} de {collection} a été supprimée sur le serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="138"/>
        <source>Feature {fid} of {collection} was changed on the server meanwhile.</source>
        <translation>L'entité {fid} de {collection} a été modifiée sur le serveur entre-temps.</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="140"/>
        <source>Feature {fid} of {collection} changed on the server (version {theirs}, expected {ours}).</source>
        <translation>L'entité {fid} de {collection} a été modifiée sur le serveur (version {theirs}, attendue {ours}).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="100"/>
        <source>The address {url} contains a user name or password: remove them and choose an authentication configuration instead (the address is stored and shown, the configuration is encrypted).</source>
        <translation>L'adresse {url} contient un nom d'utilisateur ou un mot de passe : retirez-les et choisissez plutôt une configuration d'authentification (l'adresse est enregistrée et affichée, la configuration est chiffrée).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="105"/>
        <source>The address {url} is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https://, or allow credentials over unencrypted http for this connection (only on a network you trust).</source>
        <translation>L'adresse {url} n'est pas chiffrée (http://) : les identifiants traverseraient le réseau lisibles par quiconque se trouve sur le chemin. Utilisez https://, ou autorisez les identifiants en http non chiffré pour cette connexion (uniquement sur un réseau de confiance).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="123"/>
        <source>The server compressed its answer with {encoding}, which was not asked for.</source>
        <translation>Le serveur a compressé sa réponse avec {encoding}, ce qui n'avait pas été demandé.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="200"/>
        <source>The server {url} cannot be reached: {error}</source>
        <translation>Le serveur {url} est injoignable : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="201"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="203"/>
        <source>Request to {url} failed: {error}</source>
        <translation>La requête vers {url} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="208"/>
        <source>{url} sent a compressed answer that cannot be decompressed.</source>
        <translation>{url} a envoyé une réponse compressée impossible à décompresser.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="212"/>
        <source>The server {url} refused the credentials (HTTP {status}).</source>
        <translation>Le serveur {url} a refusé les identifiants (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="247"/>
        <source>{url} redirects again and again (more than {n} times): check the address of the connection.</source>
        <translation>{url} redirige encore et encore (plus de {n} fois) : vérifiez l'adresse de la connexion.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="251"/>
        <location filename="../core/sync/http.py" line="258"/>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="252"/>
        <source>The server moved to {target}: update the connection. It answered the {method} of {url} with a redirection (HTTP {status}), which is never followed for a write: nothing was stored, the change stays to be sent.</source>
        <translation>Le serveur a déménagé vers {target} : mettez la connexion à jour. Il a répondu au {method} de {url} par une redirection (HTTP {status}), qui n'est jamais suivie pour une écriture : rien n'a été enregistré, la modification reste à envoyer.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="259"/>
        <source>The server moved to {target}: update the connection. It redirected {url} there (HTTP {status}); a read is only followed on the same server, over the same protocol.</source>
        <translation>Le serveur a déménagé vers {target} : mettez la connexion à jour. Il y a redirigé {url} (HTTP {status}) ; une lecture n'est suivie que sur le même serveur, avec le même protocole.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="275"/>
        <source>Cancelled while reading from the server.</source>
        <translation>Annulé pendant la lecture depuis le serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="356"/>
        <source>The connection to {url} was cut before the whole answer arrived.</source>
        <translation>La connexion à {url} a été coupée avant l'arrivée de la réponse complète.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="358"/>
        <source>The connection to {url} was cut: {received} of {declared} bytes received.</source>
        <translation>La connexion à {url} a été coupée : {received} octets reçus sur {declared}.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="362"/>
        <source>The server {url} did not answer completely within {seconds:g} s (it sends too slowly or never ends): given up.</source>
        <translation>Le serveur {url} n'a pas répondu complètement en {seconds:g} s (il envoie trop lentement ou sans fin) : abandon.</translation>
    </message>
    <message>
        <location filename="../core/sync/http.py" line="367"/>
        <source>The server sent more than {limit} bytes in one response.</source>
        <translation>Le serveur a envoyé plus de {limit} octets en une seule réponse.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="43"/>
        <source>The certificate of {url} has expired: the connection was refused. The agency's IT must renew the server's certificate.</source>
        <translation>Le certificat de {url} a expiré : la connexion a été refusée. Le service informatique de l'agence doit renouveler le certificat du serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="46"/>
        <source>The certificate of {url} is not valid yet: check this computer's date and time, or tell the agency's IT.</source>
        <translation>Le certificat de {url} n'est pas encore valide : vérifiez la date et l'heure de cet ordinateur, ou prévenez le service informatique de l'agence.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="49"/>
        <source>The certificate of {url} was issued for another address: use the address written in the certificate, or tell the agency's IT.</source>
        <translation>Le certificat de {url} a été délivré pour une autre adresse : utilisez l'adresse inscrite dans le certificat, ou prévenez le service informatique de l'agence.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="52"/>
        <source>The certificate of {url} is not trusted by this computer: add the agency's certificate authority in QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager &gt; Authorities), then try again.</source>
        <translation>Le certificat de {url} n'est pas reconnu par cet ordinateur : ajoutez l'autorité de certification de l'agence dans QGIS (Préférences &gt; Options &gt; Authentification &gt; Gestionnaire de certificats &gt; Autorités), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="56"/>
        <source>{url} does not speak HTTPS on this port: check the address (http:// or https://, and the port).</source>
        <translation>{url} ne répond pas en HTTPS sur ce port : vérifiez l'adresse (http:// ou https://, et le port).</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="58"/>
        <source>Secure connection to {url} failed: {error}</source>
        <translation>La connexion sécurisée à {url} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="64"/>
        <source>The server {url} does not allow this account to do this (HTTP 403): ask the agency's administrator for the role or the collection.</source>
        <translation>Le serveur {url} n'autorise pas ce compte à effectuer cette opération (HTTP 403) : demandez le rôle ou l'accès à la collection à l'administrateur de l'agence.</translation>
    </message>
    <message>
        <location filename="../core/sync/network.py" line="67"/>
        <source>The server {url} accepts HTTPS only: change the connection's address to https://.</source>
        <translation>Le serveur {url} n'accepte que HTTPS : passez l'adresse de la connexion en https://.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="125"/>
        <source>{url} answered with {type} instead of JSON (HTTP {status}).</source>
        <translation>{url} a répondu avec {type} au lieu de JSON (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="132"/>
        <source>{url} answered with invalid JSON: {error}</source>
        <translation>{url} a répondu avec un JSON invalide : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="139"/>
        <location filename="../core/sync/wfst.py" line="258"/>
        <source>The server failed (HTTP {status}) on {url}.</source>
        <translation>Erreur du serveur (HTTP {status}) sur {url}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="144"/>
        <source>The server refused the request (HTTP {status}) on {url}. {detail}</source>
        <translation>Le serveur a refusé la requête (HTTP {status}) sur {url}. {detail}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="166"/>
        <location filename="../core/sync/ogcapi.py" line="388"/>
        <location filename="../core/sync/wfst.py" line="312"/>
        <source>The server has no collection {name}.</source>
        <translation>Le serveur n'a pas de collection {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="171"/>
        <source>{url} is not an OGC API - Features server.</source>
        <translation>{url} n'est pas un serveur OGC API - Features.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="175"/>
        <source>A collection description has no id.</source>
        <translation>Une description de collection n'a pas d'identifiant.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="264"/>
        <source>The server sent features of {collection} it had already sent (at offset {offset}): it does not page (it ignores offset), so the collection cannot be read completely. Tell the server's administrator.</source>
        <translation>Le serveur a renvoyé des entités de {collection} déjà envoyées (au décalage {offset}) : il ne pagine pas (il ignore offset), la collection ne peut donc pas être lue entièrement. Prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="271"/>
        <source>A feature of {collection} has an id that is neither a string nor a number.</source>
        <translation>Une entité de {collection} a un identifiant qui n'est ni une chaîne ni un nombre.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="274"/>
        <source>Features of {collection} have no id: they cannot be synchronised.</source>
        <translation>Des entités de {collection} n'ont pas d'identifiant : elles ne peuvent pas être synchronisées.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="276"/>
        <source>Feature {fid} of {collection} came twice while the pages were read (the data changed on the server meanwhile, or its paging order is not stable): the download stopped, try again.</source>
        <translation>L'entité {fid} de {collection} est arrivée deux fois pendant la lecture des pages (les données ont changé sur le serveur entre-temps, ou son ordre de pagination n'est pas stable) : le téléchargement s'est arrêté, réessayez.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="282"/>
        <source>{collection} has more than {limit} features: more than one listing reads (max_features). Check out a smaller area.</source>
        <translation>{collection} compte plus de {limit} entités : plus qu'une lecture n'en lit (max_features). Extrayez une zone plus petite.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="394"/>
        <location filename="../core/sync/wfst.py" line="501"/>
        <source>{url} did not return a feature collection.</source>
        <translation>{url} n'a pas renvoyé de collection d'entités.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="399"/>
        <source>{url} returned a feature that is not an object.</source>
        <translation>{url} a renvoyé une entité qui n'est pas un objet.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="413"/>
        <source>{url} did not return a feature.</source>
        <translation>{url} n'a pas renvoyé d'entité.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="453"/>
        <location filename="../core/sync/wfst.py" line="540"/>
        <source>Feature {fid} already exists in {collection} with other content.</source>
        <translation>L'entité {fid} existe déjà dans {collection} avec un autre contenu.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="553"/>
        <source>Feature {fid} from {url} has a coordinate that is not a number (NaN or infinite): refused.</source>
        <translation>L'entité {fid} venant de {url} a une coordonnée qui n'est pas un nombre (NaN ou infinie) : refusée.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="559"/>
        <source>Feature {fid} from {url} has a value that is not a number (NaN or infinite) in {field}: refused.</source>
        <translation>L'entité {fid} venant de {url} a une valeur qui n'est pas un nombre (NaN ou infinie) dans {field} : refusée.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="63"/>
        <source>{stored} of {total} feature(s) stored before the failure; publishing again completes it without duplicates.</source>
        <translation>{stored} entité(s) sur {total} enregistrée(s) avant l'échec ; une nouvelle publication la complète sans doublons.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="90"/>
        <source>{sent} feature(s) published to {collection}, in place of its features; {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation>{sent} entité(s) publiée(s) dans {collection}, à la place de ses entités ; {refused} refusée(s), {invalid} à la géométrie invalide non envoyée(s).</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="93"/>
        <source>{sent} feature(s) added to {collection}; {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation>{sent} entité(s) ajoutée(s) à {collection} ; {refused} refusée(s), {invalid} à la géométrie invalide non envoyée(s).</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="99"/>
        <source>Personal data left out: {field} ({reason}).</source>
        <translation>Données personnelles écartées : {field} ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="102"/>
        <source>Personal data published on request: {fields}.</source>
        <translation>Données personnelles publiées à la demande : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="103"/>
        <source>Fields unknown to the server, left out: {fields}.</source>
        <translation>Champs inconnus du serveur, écartés : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="104"/>
        <source>Server fields absent from the layer: {fields}.</source>
        <translation>Champs du serveur absents de la couche : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="105"/>
        <source>Invalid geometry, not sent: {ref} ({reason})</source>
        <translation>Géométrie invalide, non envoyée : {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="107"/>
        <source>Refused by the server: {ref} ({reason})</source>
        <translation>Refusée par le serveur : {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="110"/>
        <source>Publication cancelled.</source>
        <translation>Publication annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="115"/>
        <source>Old features deleted: {n}.</source>
        <translation>Anciennes entités supprimées : {n}.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="117"/>
        <source>Old features kept: deleting {n} feature(s) was not confirmed.</source>
        <translation>Anciennes entités conservées : la suppression de {n} entité(s) n'a pas été confirmée.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="120"/>
        <source>Old features kept: no feature was published.</source>
        <translation>Anciennes entités conservées : aucune entité n'a été publiée.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="121"/>
        <source>Old features kept: not every feature could be published.</source>
        <translation>Anciennes entités conservées : toutes les entités n'ont pas pu être publiées.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="127"/>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="136"/>
        <source>empty geometry</source>
        <translation>géométrie vide</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="212"/>
        <source>Replace refused: the features carry none of the fields of {collection} ({fields}). Map the layer's fields to the collection's, or choose another collection.</source>
        <translation>Remplacement refusé : les entités ne portent aucun des champs de {collection} ({fields}). Faites correspondre les champs de la couche à ceux de la collection, ou choisissez une autre collection.</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="261"/>
        <source>same key as {other}</source>
        <translation>même clé que {other}</translation>
    </message>
    <message>
        <location filename="../core/sync/publish.py" line="291"/>
        <source>{done} of {total} features sent</source>
        <translation>{done} entités envoyées sur {total}</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="185"/>
        <source>{name}: {count} features downloaded</source>
        <translation>{name} : {count} entités téléchargées</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="194"/>
        <source>Checkout cancelled.</source>
        <translation>Récupération annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="287"/>
        <location filename="../core/sync/session.py" line="289"/>
        <location filename="../processing/algorithms/checkout.py" line="98"/>
        <location filename="../ui/tasks.py" line="306"/>
        <source>{name}: {error}</source>
        <translation>{name} : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="298"/>
        <source>The server is temporarily unavailable: every change is kept; run the sync again later.</source>
        <translation>Le serveur est temporairement indisponible : toutes les modifications sont conservées ; relancez la synchronisation plus tard.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="305"/>
        <source>{name}: checking unfinished pushes</source>
        <translation>{name} : vérification des envois inachevés</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="340"/>
        <source>The server stopped answering filtered requests; run the sync again.</source>
        <translation>Le serveur a cessé de répondre aux requêtes filtrées ; relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="401"/>
        <location filename="../core/sync/session.py" line="615"/>
        <location filename="../core/sync/session.py" line="635"/>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="402"/>
        <source>{name}: {count} server features read</source>
        <translation>{name} : {count} entités du serveur lues</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="636"/>
        <source>{name}: sending {done} of {total} changes</source>
        <translation>{name} : envoi de {done} modifications sur {total}</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="668"/>
        <source>{name}: {error} Run the sync again to merge it.</source>
        <translation>{name} : {error} Relancez la synchronisation pour la fusionner.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="672"/>
        <source>{name}: feature {fid} was not sent: {error} It stays in the workspace and is sent by the next sync once the account is allowed.</source>
        <translation>{name} : l'entité {fid} n'a pas été envoyée : {error} Elle reste dans l'espace de travail et sera envoyée par la prochaine synchronisation dès que le compte y sera autorisé.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="677"/>
        <source>every field</source>
        <translation>tous les champs</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="678"/>
        <source>{name}: the server refused feature {fid} ({fields}): {error} It stays in the workspace; check those values or ask the agency's administrator, then run the sync again.</source>
        <translation>{name} : le serveur a refusé l'entité {fid} ({fields}) : {error} Elle reste dans l'espace de travail ; vérifiez ces valeurs ou adressez-vous à l'administrateur de l'agence, puis relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="722"/>
        <source>{name}: feature {fid} not sent: {problem} It stays in the workspace; correct it, then run the sync again.</source>
        <translation>{name} : entité {fid} non envoyée : {problem} Elle reste dans l'espace de travail ; corrigez-la, puis relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="735"/>
        <source>it has no geometry, which the server requires.</source>
        <translation>elle n'a pas de géométrie, alors que le serveur en exige une.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="745"/>
        <source>the field {field} no longer exists on the server (removed or renamed); ask the agency which field replaces it.</source>
        <translation>le champ {field} n'existe plus sur le serveur (supprimé ou renommé) ; demandez à l'agence quel champ le remplace.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="750"/>
        <source>the field {field} holds a NUL character, which the server cannot store.</source>
        <translation>le champ {field} contient un caractère NUL, que le serveur ne peut pas enregistrer.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="754"/>
        <source>the field {field} holds {value}, which is not a number the server can store.</source>
        <translation>le champ {field} contient {value}, qui n'est pas un nombre que le serveur peut enregistrer.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="758"/>
        <source>the field {field} holds {value}, which is not a whole number the server can store.</source>
        <translation>le champ {field} contient {value}, qui n'est pas un nombre entier que le serveur peut enregistrer.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="761"/>
        <source>the field {field} holds {value}, which is not a number.</source>
        <translation>le champ {field} contient {value}, qui n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="271"/>
        <source>{url} answered with invalid XML: {error}</source>
        <translation>{url} a répondu avec un XML invalide : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="276"/>
        <source>The server refused the request: {message}</source>
        <translation>Le serveur a refusé la requête : {message}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="294"/>
        <location filename="../core/sync/wfst.py" line="296"/>
        <source>{url} is not a WFS server.</source>
        <translation>{url} n'est pas un serveur WFS.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="478"/>
        <source>The features of {name} changed too much during the download; run it again.</source>
        <translation>Les entités de {name} ont trop changé pendant le téléchargement ; relancez-le.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="527"/>
        <location filename="../core/sync/wfst.py" line="609"/>
        <location filename="../core/sync/wfst.py" line="629"/>
        <source>The server refused feature {fid} of {collection}: {message}</source>
        <translation>Le serveur a refusé l'entité {fid} de {collection} : {message}</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="790"/>
        <source>{url} did not answer the transaction.</source>
        <translation>{url} n'a pas répondu à la transaction.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="1013"/>
        <source>The server did not describe the fields of {name}.</source>
        <translation>Le serveur n'a pas décrit les champs de {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/wfst.py" line="1078"/>
        <source>The server's GML could not be read: {error}</source>
        <translation>Le GML du serveur n'a pas pu être lu : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="78"/>
        <source>another program is using the file (close it there, e.g. stop editing its layers)</source>
        <translation>un autre programme utilise le fichier (fermez-le dans ce programme, par ex. en quittant le mode édition de ses couches)</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="80"/>
        <source>the disk is full (free some space)</source>
        <translation>le disque est plein (libérez de l'espace)</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="82"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="85"/>
        <source>The workspace {file} could not be written: {reason}. It is unchanged since the last step that completed; nothing was lost. Run the operation again once this is fixed.</source>
        <translation>L'espace de travail {file} n'a pas pu être écrit : {reason}. Il est inchangé depuis la dernière étape terminée ; rien n'est perdu. Relancez l'opération une fois le problème réglé.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="315"/>
        <location filename="../core/sync/workspace.py" line="428"/>
        <source>The workspace holds no collection {name}.</source>
        <translation>L'espace de travail ne contient pas de collection {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="365"/>
        <source>Checkout of {name} cancelled.</source>
        <translation>Récupération de {name} annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="377"/>
        <source>{name} is already checked out in this workspace.</source>
        <translation>La collection {name} est déjà récupérée dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="76"/>
        <source>No permit</source>
        <translation>Sans autorisation</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="77"/>
        <source>Exceeds permit</source>
        <translation>Dépasse l'autorisation</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="78"/>
        <source>Conforming</source>
        <translation>Conforme à l'autorisation</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="164"/>
        <source>Search for unpermitted buildings canceled.</source>
        <translation>Recherche des constructions sans autorisation annulée.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="186"/>
        <source>{layer}: feature '{fid}' has no geometry, ignored.</source>
        <translation>{layer} : l'entité « {fid} » n'a pas de géométrie, ignorée.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="190"/>
        <source>{layer}: geometry of feature '{fid}' has no area, ignored.</source>
        <translation>{layer} : la géométrie de l'entité « {fid} » n'a pas de surface, ignorée.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="224"/>
        <source>The excess threshold in m² must be 0 or more; {value} was given.</source>
        <translation>Le seuil de dépassement en m² doit être supérieur ou égal à 0 ; valeur donnée : {value}.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="227"/>
        <source>The excess threshold as a share of the permitted area must be 0 or more (0.10 = 10 %); {value} was given.</source>
        <translation>Le seuil de dépassement en part de la surface autorisée doit être supérieur ou égal à 0 (0,10 = 10 %) ; valeur donnée : {value}.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="230"/>
        <source>The minimum overlap ratio must be between 0 and 1 (0.3 = 30 %); {value} was given.</source>
        <translation>Le taux de recouvrement minimal doit être compris entre 0 et 1 (0,3 = 30 %) ; valeur donnée : {value}.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="301"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="341"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="343"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="464"/>
        <source>observed buildings</source>
        <translation>constructions observées</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="305"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="342"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="344"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="485"/>
        <source>permitted footprints</source>
        <translation>emprises autorisées</translation>
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
        <translation>Afficher ou masquer le panneau Agence Urbaine Numérique</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Check permit conformity…</source>
        <translation>Vérifier la conformité des demandes d'autorisation…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113"/>
        <source>Parcel information note…</source>
        <translation>Note de renseignements urbanistiques…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Urban watch: buildings without permit…</source>
        <translation>Veille urbaine : constructions sans autorisation…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="21"/>
        <source>Permit conformity</source>
        <translation>Conformité des autorisations de construire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="22"/>
        <source>Urban watch (veille urbaine)</source>
        <translation>Veille urbaine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="23"/>
        <location filename="../ui/widgets.py" line="169"/>
        <source>Agency server</source>
        <translation>Serveur de l'agence</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="59"/>
        <source>Connection (name of a saved connection, or server address)</source>
        <translation>Connexion (nom d'une connexion enregistrée, ou adresse du serveur)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="61"/>
        <source>Auto-detect (the connection's choice)</source>
        <translation>Détection automatique (le choix de la connexion)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="61"/>
        <location filename="../ui/connections.py" line="115"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
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
        <translation>Connexion : le nom d'une connexion configurée dans l'extension, ou l'adresse d'un serveur (sans identifiants : un serveur qui en demande exige une connexion enregistrée). Protocole : la détection automatique garde le choix de la connexion ou interroge le serveur (OGC API - Features ou WFS-T) ; choisissez-en un pour l'imposer, par ex. pour une adresse WFS-T de QGIS Server ou de GeoServer.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="91"/>
        <source>The layer for {what} could not be opened.</source>
        <translation>La couche « {what} » n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="251"/>
        <source>Check permit conformity</source>
        <translation>Vérifier la conformité des demandes d'autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="254"/>
        <source>Checks building-permit applications (planned footprints with levels, height, use and floor area) against the plan d'aménagement and its regulation (a JSON file, see docs/regulation.md), rule by rule: uses, levels (R+n), height, coverage, floor-area ratio, minimum lot and frontage, road, side and rear setbacks, servitudes.

Footprints are linked to their parcel by the parcel key field, or by location (largest overlap) when no key is given. Servitude layers are matched to the regulation's servitudes by layer name or by table name (e.g. flood_zone).

Every layer is measured in the plan's projected CRS; a layer in a geographic CRS is reprojected, with a warning.

Outputs: the applications with their verdict (conforme, non conforme, à vérifier); a findings table with one row per application and rule (measured value, allowed value, verdict, message); the offending parts (footprint inside a servitude, inside a setback band, outside its parcel); optionally a folder of PDF reports, one page per application plus a summary.</source>
        <translation>Vérifie les demandes d'autorisation de construire (emprises projetées avec niveaux, hauteur, usage et surface de plancher) au regard du plan d'aménagement et de son règlement (un fichier JSON, voir docs/regulation.md), règle par règle : usages, niveaux (R+n), hauteur, coefficient d'emprise au sol, coefficient d'occupation du sol, superficie minimale et façade minimale, reculs sur voie, latéraux et de fond, servitudes.

Les emprises sont rattachées à leur parcelle par le champ de clé de parcelle, ou par localisation (plus grand recouvrement) en l'absence de clé. Les couches de servitude sont associées aux servitudes du règlement par nom de couche ou par nom de table (par ex. flood_zone).

Chaque couche est mesurée dans le SCR projeté du plan ; une couche en SCR géographique est reprojetée, avec un avertissement.

Sorties : les demandes avec leur verdict (conforme, non conforme, à vérifier) ; une table des constats avec une ligne par demande et par règle (valeur mesurée, valeur admise, verdict, message) ; les parties en infraction (emprise dans une servitude, dans une bande de recul, hors de sa parcelle) ; en option, un dossier de rapports PDF, une page par demande plus une synthèse.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="273"/>
        <location filename="../processing/algorithms/parcel_note.py" line="77"/>
        <source>Regulation (JSON)</source>
        <translation>Règlement d'aménagement (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="276"/>
        <source>Parcel key (on parcels and applications; empty: link by location)</source>
        <translation>Clé de parcelle (sur les parcelles et les demandes ; vide : rattachement par localisation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="279"/>
        <source>Lot creation date (for older undersized lots)</source>
        <translation>Date de création du lot (pour les lots anciens sous-dimensionnés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="282"/>
        <source>Applications (planned building footprints)</source>
        <translation>Demandes (emprises des constructions projetées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="284"/>
        <source>Application id</source>
        <translation>Identifiant de la demande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="286"/>
        <source>Number of levels (or R+n)</source>
        <translation>Nombre de niveaux (ou R+n)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="287"/>
        <source>Height (m)</source>
        <translation>Hauteur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="288"/>
        <source>Intended use(s)</source>
        <translation>Usage(s) prévu(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="289"/>
        <source>Declared floor area (m²)</source>
        <translation>Surface de plancher déclarée (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="295"/>
        <location filename="../processing/algorithms/parcel_note.py" line="84"/>
        <source>Zone code field</source>
        <translation>Champ du code de zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="297"/>
        <source>Roads (polygons)</source>
        <translation>Voirie (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="299"/>
        <location filename="../processing/algorithms/parcel_note.py" line="88"/>
        <source>Servitude layers</source>
        <translation>Couches des servitudes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="302"/>
        <source>Applications with verdict</source>
        <translation>Demandes avec verdict</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="304"/>
        <source>Findings (one row per application and rule)</source>
        <translation>Constats (une ligne par demande et par règle)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="307"/>
        <source>Offending parts</source>
        <translation>Parties en infraction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="314"/>
        <source>Report folder (PDF)</source>
        <translation>Dossier des rapports (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="356"/>
        <source>The field '{field}' chosen for “{parameter}” does not exist in the layer {layer}. Its fields are: {fields}.</source>
        <translation>Le champ « {field} » choisi pour « {parameter} » n'existe pas dans la couche {layer}. Ses champs sont : {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="375"/>
        <location filename="../processing/algorithms/parcel_note.py" line="162"/>
        <location filename="../processing/algorithms/parcel_note.py" line="166"/>
        <source>parcels</source>
        <translation>parcelles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="376"/>
        <source>applications</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="392"/>
        <location filename="../processing/algorithms/parcel_note.py" line="179"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="363"/>
        <source>Reading layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="407"/>
        <source>The zoning layer has no field '{field}'.</source>
        <translation>La couche de zonage n'a pas de champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="419"/>
        <source>Checking the rules…</source>
        <translation>Vérification des règles…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="499"/>
        <source>{n} applications checked: {ok} compliant, {ko} not compliant, {check} to be checked.</source>
        <translation>{n} demandes vérifiées : {ok} conformes, {ko} non conformes, {check} à vérifier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="538"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="388"/>
        <source>Writing outputs…</source>
        <translation>Écriture des résultats…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="623"/>
        <source>Writing the reports…</source>
        <translation>Rédaction des rapports…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="636"/>
        <source>Reports written to {folder} ({n} pages and a summary).</source>
        <translation>Rapports enregistrés dans {folder} ({n} pages et une synthèse).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="646"/>
        <source>{pages} application pages and a summary</source>
        <translation>{pages} pages de demandes et une synthèse</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="48"/>
        <source>Check out collections for offline work</source>
        <translation>Récupérer des collections pour le travail hors ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="51"/>
        <source>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</source>
        <translation>Copie des collections du serveur de l'agence dans un espace de travail GeoPackage que les équipes de terrain modifient hors ligne dans QGIS ; « Synchroniser un espace de travail » envoie ensuite leurs modifications et rapatrie celles du serveur.

Collections : leurs identifiants, séparés par des virgules (par ex. parcels, buildings).

Zone : une emprise, ou une couche de polygones (les entités qui intersectent ses polygones sont conservées, maintenant et à chaque synchronisation) ; sans l'une ni l'autre, les collections sont copiées entières. Les entités gardent exactement le SCR de stockage de la collection, de sorte qu'une synchronisation ne voit que les vraies modifications.

L'espace de travail peut déjà contenir d'autres collections ; une collection qui y est déjà récupérée est refusée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="65"/>
        <source>Collections (comma separated)</source>
        <translation>Collections (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="66"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="68"/>
        <source>Area (polygons)</source>
        <translation>Zone (polygones)</translation>
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
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="71"/>
        <source>Features checked out</source>
        <translation>Entités récupérées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="76"/>
        <source>Name at least one collection to check out.</source>
        <translation>Indiquez au moins une collection à récupérer.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="83"/>
        <location filename="../ui/tasks.py" line="293"/>
        <source>Checking out {name}…</source>
        <translation>Récupération de {name}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="86"/>
        <source>{n} features checked out into {path}.</source>
        <translation>{n} entités récupérées dans {path}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="110"/>
        <source>The area layer has no polygon.</source>
        <translation>La couche de zone ne contient aucun polygone.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="56"/>
        <source>Parcel information note (PDF)</source>
        <translation>Note de renseignements urbanistiques (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="59"/>
        <source>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_PARCEL_LANGUAGE.pdf (for example note_R4-T09_fr.pdf); existing files of the same name are replaced.</source>
        <translation>Établit en PDF la note de renseignements urbanistiques de chaque parcelle, en français, en arabe ou dans les deux langues : un plan de la parcelle et de son zonage, les zones couvrant la parcelle avec leur part de sa superficie, les règles de chaque zone telles que les fixe le règlement (fichier JSON), et les servitudes grevant la parcelle (qui la recouvrent ou, pour une servitude de distance minimale comme une ligne à haute tension, qui passent à moins de cette distance).

Utilisez l'option « Entités sélectionnées uniquement » de la couche des parcelles pour n'établir que les notes des parcelles sélectionnées.

Les couches de servitude sont associées aux servitudes du règlement par nom de couche ou par nom de table (par ex. une couche ou une table GeoPackage nommée flood_zone correspond à la servitude flood_zone) ; une couche ne correspondant à aucune est ignorée avec un avertissement.

Les surfaces et les distances sont mesurées dans le SCR projeté du plan (lu dans le règlement). Les fichiers sont nommés note_PARCELLE_LANGUE.pdf (par exemple note_R4-T09_fr.pdf) ; les fichiers existants de même nom sont remplacés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="80"/>
        <source>Parcel id field (empty: feature id)</source>
        <translation>Champ d'identifiant de la parcelle (vide : identifiant de l'entité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="86"/>
        <source>Roads (polygons, for the map)</source>
        <translation>Voirie (polygones, pour le plan)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>French and Arabic</source>
        <translation>Français et arabe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="90"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="92"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="94"/>
        <source>PDF files (separated by ';')</source>
        <translation>Fichiers PDF (séparés par « ; »)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="95"/>
        <source>Number of PDF files</source>
        <translation>Nombre de fichiers PDF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="103"/>
        <source>The {layer} layer has no field '{field}' (fields: {names}).</source>
        <translation>La couche {layer} n'a pas de champ « {field} » (champs : {names}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="131"/>
        <source>{parcels} parcels, one language</source>
        <translation>{parcels} parcelles, une langue</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="132"/>
        <source>{parcels} parcels × {languages} languages</source>
        <translation>{parcels} parcelles × {languages} langues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="183"/>
        <source>The parcels layer has no feature (or none is selected).</source>
        <translation>La couche des parcelles ne contient aucune entité (ou aucune n'est sélectionnée).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="193"/>
        <source>Computing the notes…</source>
        <translation>Calcul des notes…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="202"/>
        <source>Parcel {parcel} is not covered by any zone of the plan.</source>
        <translation>La parcelle {parcel} n'est couverte par aucune zone du plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="207"/>
        <source>Writing the notes…</source>
        <translation>Rédaction des notes…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="215"/>
        <source>{n} PDF notes written to {folder}.</source>
        <translation>{n} notes PDF enregistrées dans {folder}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="224"/>
        <source>Parcel {parcel} has no geometry: no note written.</source>
        <translation>La parcelle {parcel} n'a pas de géométrie : aucune note établie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="227"/>
        <source>A parcel has an empty '{field}': every parcel needs an id.</source>
        <translation>Une parcelle a un champ « {field} » vide : chaque parcelle doit avoir un identifiant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="230"/>
        <source>Parcel id {parcel} appears twice in field '{field}': the notes would overwrite each other.</source>
        <translation>L'identifiant de parcelle {parcel} figure deux fois dans le champ « {field} » : les notes s'écraseraient.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="43"/>
        <location filename="../ui/publish.py" line="69"/>
        <source>Publish a layer to the agency server</source>
        <translation>Publier une couche sur le serveur de l'agence</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="46"/>
        <source>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode (default: append): append adds the features and updates those published before; replace does the same, then deletes the collection's other features, only if every feature was accepted (the number to delete is logged first).

Publishing again, or after a failure, never duplicates: each feature keeps a stable id (a text field called id, else the key field, else the layer and the feature's id in it).

A layer without a coordinate reference system, or whose coordinates are impossible in it, is refused. Features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address… recognised by the field's name or by values that look like CIN or phone numbers or e-mail addresses) is never published unless the field is named in 'Personal fields to publish anyway'.

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</source>
        <translation>Envoie les entités d'une couche vers une collection du serveur de l'agence (OGC API - Features).

Connexion : le nom d'une connexion configurée dans l'extension (son adresse et, si besoin, une configuration d'authentification QGIS ; aucun mot de passe n'est jamais saisi ici).

Mode (par défaut : « Ajouter ») : « Ajouter » ajoute les entités et met à jour celles publiées auparavant ; « Remplacer » fait de même, puis supprime les autres entités de la collection, seulement si toutes les entités ont été acceptées (le nombre d'entités à supprimer est d'abord consigné dans le journal).

Publier à nouveau, ou après un échec, ne crée jamais de doublons : chaque entité garde un identifiant stable (un champ texte nommé id, sinon le champ clé, sinon la couche et l'identifiant de l'entité dans celle-ci).

Une couche sans système de coordonnées de référence, ou dont les coordonnées y sont impossibles, est refusée. Les entités sont reprojetées dans le SCR de stockage de la collection. Les entités à la géométrie invalide ou absente sont listées et non envoyées. Les champs inconnus du serveur sont écartés et listés. Les données personnelles (noms, CIN, téléphone, courriel, adresse… reconnues par le nom du champ ou par des valeurs qui ressemblent à des numéros de CIN ou de téléphone ou à des adresses électroniques) ne sont jamais publiées, sauf si le champ figure dans « Champs personnels à publier malgré tout ».

Sorties : le nombre d'entités envoyées, refusées, invalides et supprimées, et une synthèse.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="66"/>
        <source>Layer to publish</source>
        <translation>Couche à publier</translation>
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
        <translation>Ajouter</translation>
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
        <translation>Remplacer les entités de la collection</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="72"/>
        <source>Personal fields to publish anyway</source>
        <translation>Champs personnels à publier malgré tout</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="75"/>
        <source>Key field (identifies a feature when publishing again)</source>
        <translation>Champ clé (identifie une entité lors d'une nouvelle publication)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="77"/>
        <source>Features refused</source>
        <translation>Entités refusées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="77"/>
        <source>Features sent</source>
        <translation>Entités envoyées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="78"/>
        <source>Features with an invalid geometry</source>
        <translation>Entités à la géométrie invalide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="79"/>
        <source>Old features deleted</source>
        <translation>Anciennes entités supprimées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="81"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="112"/>
        <location filename="../ui/tasks.py" line="193"/>
        <source>Reading {n} features in {crs}…</source>
        <translation>Lecture de {n} entités en {crs}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="116"/>
        <location filename="../ui/publish.py" line="439"/>
        <source>Publication cancelled before anything was sent.</source>
        <translation>Publication annulée avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="120"/>
        <source>Replace: {n} feature(s) of {collection} not in the layer will now be deleted.</source>
        <translation>Remplacement : {n} entité(s) de {collection} absente(s) de la couche vont maintenant être supprimée(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="128"/>
        <source>Left out: {field} ({reason}).</source>
        <translation>Écarté : {field} ({reason}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="37"/>
        <source>Synchronise a workspace</source>
        <translation>Synchroniser un espace de travail</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="40"/>
        <source>Synchronises a workspace made by 'Check out collections for offline work' with the agency server: the server's changes since the last sync come in, the workspace's edits (new, modified and deleted features) go out.

Changes to different features, or to different fields of one feature, are merged automatically. When both sides changed the same field of a feature, the conflict policy decides: stop keeps both versions and records the conflict in the workspace (nothing is overwritten; the rest is synchronised); keep mine or keep theirs settles the disputed fields for that side.

An interrupted sync (network cut, server down, cancel) is safe: run it again, no edit is lost or sent twice.

Outputs: the numbers of changes received (pulled), sent (pushed), conflicts, and local edits still waiting (pending).</source>
        <translation>Synchronise avec le serveur de l'agence un espace de travail créé par « Récupérer des collections pour le travail hors ligne » : les modifications du serveur depuis la dernière synchronisation arrivent, celles de l'espace de travail (entités nouvelles, modifiées et supprimées) partent.

Les modifications portant sur des entités différentes, ou sur des champs différents d'une même entité, sont fusionnées automatiquement. Lorsque les deux côtés ont modifié le même champ d'une entité, la politique de conflit tranche : « Arrêter » garde les deux versions et enregistre le conflit dans l'espace de travail (rien n'est écrasé ; le reste est synchronisé) ; « Garder ma version » ou « Garder la version du serveur » règle les champs litigieux en faveur de ce côté.

Une synchronisation interrompue (coupure réseau, serveur arrêté, annulation) est sans risque : relancez-la, aucune modification n'est perdue ni envoyée deux fois.

Sorties : le nombre de modifications reçues (pulled), envoyées (pushed), de conflits, et de modifications locales encore en attente (pending).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Conflict policy</source>
        <translation>Politique de conflit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Stop (record conflicts)</source>
        <translation>Arrêter (enregistrer les conflits)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="60"/>
        <source>Keep theirs</source>
        <translation>Garder la version du serveur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Changes received</source>
        <translation>Modifications reçues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Changes sent</source>
        <translation>Modifications envoyées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="62"/>
        <location filename="../ui/fieldwork.py" line="164"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="62"/>
        <source>Edits still pending</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="64"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="69"/>
        <source>The workspace {path} does not exist.</source>
        <translation>L'espace de travail {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="77"/>
        <location filename="../ui/fieldwork.py" line="437"/>
        <source>{pulled} change(s) received, {pushed} sent, {conflicts} conflict(s), {pending} edit(s) pending.</source>
        <translation>{pulled} modification(s) reçue(s), {pushed} envoyée(s), {conflicts} conflit(s), {pending} modification(s) en attente.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="82"/>
        <location filename="../ui/fieldwork.py" line="441"/>
        <source>{n} feature(s) edited during the sync kept as edited: the next sync sends them.</source>
        <translation>{n} entité(s) modifiée(s) pendant la synchronisation conservée(s) avec leurs modifications : la prochaine synchronisation les enverra.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="85"/>
        <source>Nothing was lost: the workspace is consistent, run the sync again.</source>
        <translation>Rien n'est perdu : l'espace de travail est cohérent, relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="88"/>
        <source>Conflicts are recorded in the workspace (table sync_conflicts): both versions are kept until they are resolved.</source>
        <translation>Les conflits sont enregistrés dans l'espace de travail (table sync_conflicts) : les deux versions sont conservées jusqu'à leur résolution.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="95"/>
        <source>{path} holds no checked-out collection.</source>
        <translation>{path} ne contient aucune collection récupérée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="98"/>
        <source>{name} was checked out from {theirs}, not from this connection ({ours}).</source>
        <translation>{name} a été récupérée depuis {theirs}, et non depuis cette connexion ({ours}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="158"/>
        <source>Unpermitted or enlarged buildings</source>
        <translation>Constructions sans autorisation ou agrandies</translation>
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
        <translation>Compare les constructions observées sur le terrain (relevé, numérisation sur imagerie) aux emprises autorisées, et classe chaque construction observée.

Autorisations : avec un champ de décision (par défaut « decision »), seules les emprises dont la décision figure parmi les valeurs acceptées comptent comme autorisations ; les demandes refusées ou en instance sont écartées et listées dans le journal. Les valeurs acceptées sont comparées aux premiers mots de la décision, sans tenir compte de la casse ni des accents : « Favorable sous réserve » et « Accordée » sont acceptées par « favorable » et « accordé », « Défavorable » ne l'est pas. Chaque emprise est découpée en ses parties (une autorisation groupée de quatre villas compte quatre parties).

Appariement : une construction observée correspond à une partie d'autorisation lorsque leur recouvrement atteint au moins le taux de recouvrement minimal (0,3 par défaut) de l'une ou l'autre, la plus petite des deux faisant foi : recouvrement ≥ taux × min(surface observée, surface de la partie). Une construction mitoyenne de l'autorisation voisine le long d'un mur commun ne lui correspond donc pas, alors qu'une construction qui couvre toute son autorisation et bien plus lui correspond.

Classes :
- no_permit : la construction ne correspond à aucune partie d'autorisation ; toute la construction constitue le dépassement.
- exceeds_permit : dépassement = construction observée moins les parties d'autorisation auxquelles elle correspond ; sa surface est supérieure au seuil absolu (m², 10 par défaut) ET supérieure au seuil relatif (0,10 par défaut) multiplié par la surface de la construction située à l'intérieur de ces parties. La tolérance se mesure là où se trouve la construction : le reste non bâti d'un grand lot ou les autres villas d'une autorisation groupée n'absorbent jamais un dépassement. Les deux seuils doivent être strictement dépassés ; mettez-en un à 0 pour n'utiliser que l'autre. Les petits dépassements relèvent du bruit de relevé et de numérisation.
- conforming : correspond à une autorisation et son dépassement reste sous un seuil.
Toute partie d'autorisation à laquelle ne correspond aucune construction observée est listée comme non encore construite.

Les surfaces sont mesurées en mètres : les emprises autorisées sont reprojetées dans le SCR de la couche observée, ou les deux couches dans le SCR projeté donné en paramètre. Un SCR géographique (en degrés) est refusé, de même que les couches de lignes et de points. Les géométries invalides sont corrigées et signalées dans le journal par leur champ d'identifiant ; les entités sans géométrie sont écartées et signalées.

Sorties (champs préfixés vu_, pour veille urbaine ; si une sortie antérieure est traitée à nouveau, ces champs sont remplacés) : les constructions observées avec vu_status, vu_label, vu_permits, vu_obs_m2 (surface observée), vu_perm_m2 (surface des parties d'autorisation appariées), vu_in_m2 (surface de la construction à l'intérieur de celles-ci, base du seuil relatif) et vu_exc_m2 (dépassement) ; les parties en dépassement des constructions classées no_permit ou exceeds_permit, avec les mêmes champs ; en option, les parties d'autorisation non encore construites (vu_permit, vu_part sur vu_parts, vu_perm_m2). Les sorties chargées sont colorées selon le statut. Les effectifs figurent dans le journal et dans les résultats.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="202"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="287"/>
        <source>Observed buildings</source>
        <translation>Constructions observées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="204"/>
        <source>Building id field (empty: feature ids)</source>
        <translation>Champ d'identifiant de la construction (vide : identifiants des entités)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="207"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="287"/>
        <source>Permitted footprints</source>
        <translation>Emprises autorisées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="209"/>
        <source>Permit id field (empty: feature ids)</source>
        <translation>Champ d'identifiant de l'autorisation (vide : identifiants des entités)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="212"/>
        <source>Decision field (empty: every footprint is a permit)</source>
        <translation>Champ de la décision (vide : toute emprise vaut autorisation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="215"/>
        <source>Decisions that grant a permit (comma-separated)</source>
        <translation>Décisions accordant l'autorisation (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="218"/>
        <source>Excess threshold (m²)</source>
        <translation>Seuil de dépassement (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="221"/>
        <source>Excess threshold (share of the permitted area built on, 0.10 = 10 %)</source>
        <translation>Seuil de dépassement (part de la surface autorisée bâtie, 0,10 = 10 %)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="224"/>
        <source>Minimum overlap to match a permit (share of the smaller area)</source>
        <translation>Recouvrement minimal pour apparier une autorisation (part de la plus petite surface)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="229"/>
        <source>Projected CRS for measurements (empty: the observed layer's CRS)</source>
        <translation>SCR projeté des mesures (vide : SCR de la couche observée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="232"/>
        <source>Observed buildings with status</source>
        <translation>Constructions observées avec leur statut</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="234"/>
        <source>Parts outside permits</source>
        <translation>Parties hors autorisations</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="236"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="242"/>
        <source>Permitted footprints not built yet</source>
        <translation>Emprises autorisées non encore construites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="239"/>
        <source>Buildings without permit</source>
        <translation>Constructions sans autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="240"/>
        <source>Buildings exceeding their permit</source>
        <translation>Constructions dépassant leur autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="241"/>
        <source>Buildings conforming to their permit</source>
        <translation>Constructions conformes à leur autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="243"/>
        <source>Observed features without geometry</source>
        <translation>Entités observées sans géométrie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="244"/>
        <source>Applications not counted as permits (decision)</source>
        <translation>Demandes non comptées comme autorisations (décision)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="270"/>
        <source>The observed buildings layer has no known CRS: areas cannot be measured. Set the layer's CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>La couche des constructions observées n'a pas de SCR connu : les surfaces ne peuvent pas être mesurées. Définissez le SCR de la couche, ou donnez un SCR projeté en mètres pour les mesures (par exemple EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="275"/>
        <source>{crs} is a geographic CRS (degrees): areas cannot be measured in it. Reproject the layers to the plan's projected CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} est un SCR géographique (en degrés) : les surfaces ne peuvent pas y être mesurées. Reprojetez les couches dans le SCR projeté du plan, ou donnez un SCR projeté en mètres pour les mesures (par exemple EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="281"/>
        <source>{crs} is not in metres: give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} n'est pas en mètres : donnez un SCR projeté en mètres pour les mesures (par exemple EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="290"/>
        <source>{layer} has no CRS: taken as already in {crs}.</source>
        <translation>{layer} n'a pas de SCR : considérée comme étant déjà en {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="293"/>
        <source>{layer} reprojected from {source} to {crs} before measuring; a change of datum (Merchich ↔ WGS 84) is accurate to a few metres only.</source>
        <translation>{layer} reprojetée de {source} vers {crs} avant les mesures ; un changement de datum (Merchich ↔ WGS 84) n'est précis qu'à quelques mètres près.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="304"/>
        <source>The layer of {layer} holds {kind} geometries: observed buildings and permitted footprints must be polygons, whose areas are compared.</source>
        <translation>La couche des {layer} contient des géométries de type {kind} : les constructions observées et les emprises autorisées doivent être des polygones, dont les surfaces sont comparées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="318"/>
        <source>The layer has no field '{field}' ({parameter}).</source>
        <translation>La couche n'a pas de champ « {field} » ({parameter}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="325"/>
        <source>Give at least one decision that grants a permit (for example: favorable, accordé), or leave the decision field empty to count every footprint as a permit.</source>
        <translation>Indiquez au moins une décision accordant l'autorisation (par exemple : favorable, accordé), ou laissez vide le champ de la décision pour compter chaque emprise comme une autorisation.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="337"/>
        <source>The observed buildings and the permitted footprints are the same layer ({layer}): choose the layer of the buildings seen on the ground and the layer of the permits.</source>
        <translation>Les constructions observées et les emprises autorisées sont la même couche ({layer}) : choisissez la couche des constructions relevées sur le terrain et celle des autorisations.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="348"/>
        <source>The observed buildings have no field '{field}': buildings are named by their feature ids.</source>
        <translation>Les constructions observées n'ont pas de champ « {field} » : les constructions sont désignées par les identifiants des entités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="350"/>
        <source>The permitted footprints have no field '{field}': permits are named by their feature ids.</source>
        <translation>Les emprises autorisées n'ont pas de champ « {field} » : les autorisations sont désignées par les identifiants des entités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="352"/>
        <source>The permitted footprints have no field '{field}': every footprint counts as a permit, refused and pending applications included. Give the field that holds the decision to leave them out.</source>
        <translation>Les emprises autorisées n'ont pas de champ « {field} » : chaque emprise compte comme une autorisation, y compris les demandes refusées ou en instance. Indiquez le champ qui contient la décision pour les écarter.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="358"/>
        <source>No decision field given: every footprint counts as a permit, refused and pending applications included.</source>
        <translation>Aucun champ de décision : toutes les emprises comptent comme autorisations, demandes refusées et en instance comprises.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="372"/>
        <source>Comparing observed buildings with permits…</source>
        <translation>Comparaison des constructions observées avec les autorisations…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="417"/>
        <source>Every permitted footprint has an accepted decision ({field}).</source>
        <translation>Toutes les emprises autorisées ont une décision acceptée ({field}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="424"/>
        <source>{ids} and {n} more</source>
        <translation>{ids} et {n} autres</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="426"/>
        <source>decision '{decision}': {ids}</source>
        <translation>décision « {decision} » : {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="428"/>
        <source>no decision (pending): {ids}</source>
        <translation>sans décision (en instance) : {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="429"/>
        <source>{n} applications are not counted as permits, their decision ({field}) being none of the accepted ones ({accepted}); a building on them has no permit. {reasons}.</source>
        <translation>{n} demandes ne sont pas comptées comme autorisations, leur décision ({field}) ne figurant pas parmi les décisions acceptées ({accepted}) ; une construction qui s'y trouve n'a pas d'autorisation. {reasons}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="435"/>
        <source>{n} observed buildings: {none} without permit, {exceeds} exceeding their permit, {ok} conforming; {skipped} left out (no geometry).</source>
        <translation>{n} constructions observées : {none} sans autorisation, {exceeds} dépassant leur autorisation, {ok} conformes ; {skipped} écartées (sans géométrie).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="442"/>
        <source>{n} permitted footprints not built yet (permits: {ids}).</source>
        <translation>{n} emprises autorisées non encore construites (autorisations : {ids}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="456"/>
        <source>The {layer} already have the fields {fields} (an earlier output of this algorithm?): the outputs hold this run's values instead.</source>
        <translation>Les {layer} ont déjà les champs {fields} (une sortie antérieure de cet algorithme ?) : les sorties contiennent à la place les valeurs de cette exécution.</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="19"/>
        <source>Verdict (code)</source>
        <translation>Verdict (code)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="20"/>
        <source>Rule (code)</source>
        <translation>Règle (code)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="20"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="29"/>
        <source>Rules failed</source>
        <translation>Règles non conformes</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="30"/>
        <source>Rules to check</source>
        <translation>Règles à vérifier</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="37"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="43"/>
        <source>Allowed (number)</source>
        <translation>Admis (nombre)</translation>
    </message>
    <message>
        <location filename="../processing/conformity_styles.py" line="44"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="57"/>
        <source>Connection {name}: {problem}</source>
        <translation>Connexion {name} : {problem}</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="104"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="105"/>
        <source>No agency server connection is called '{name}' (configured: {known}).</source>
        <translation>Aucune connexion au serveur de l'agence ne s'appelle « {name} » (connexions configurées : {known}).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="114"/>
        <source>The address of the connection {name} contains a user name or password ({url}): edit the connection, remove them and choose an authentication configuration.</source>
        <translation>L'adresse de la connexion {name} contient un nom d'utilisateur ou un mot de passe ({url}) : modifiez la connexion, retirez-les et choisissez une configuration d'authentification.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="141"/>
        <source>“{name}” ({id})</source>
        <translation>« {name} » ({id})</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="147"/>
        <source>QGIS's authentication system is not available: the credentials of configuration {id} cannot be read.</source>
        <translation>Le système d'authentification de QGIS n'est pas disponible : les identifiants de la configuration {id} ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="150"/>
        <source>The authentication configuration {id} does not exist in this QGIS profile.</source>
        <translation>La configuration d'authentification {id} n'existe pas dans ce profil QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="156"/>
        <source>The credentials of authentication configuration {id} could not be decrypted (is the master password set?).</source>
        <translation>Les identifiants de la configuration d'authentification {id} n'ont pas pu être déchiffrés (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="173"/>
        <source>Authentication method {method} of configuration {id} is not supported for agency servers: use Basic.</source>
        <translation>La méthode d'authentification {method} de la configuration {id} n'est pas prise en charge pour les serveurs de l'agence : utilisez Basic.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="199"/>
        <source>Unknown protocol {protocol}.</source>
        <translation>Protocole inconnu : {protocol}.</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="83"/>
        <source>feature {fid}</source>
        <translation>entité {fid}</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="96"/>
        <source>The layer {layer} has no coordinate reference system: set it (Layer Properties › Source) before publishing.</source>
        <translation>La couche {layer} n'a pas de système de coordonnées de référence : définissez-le (Propriétés de la couche › Source) avant de publier.</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="100"/>
        <source>The coordinates of {layer} are impossible in its coordinate reference system {crs} (extent {extent}): the layer's CRS is probably wrong. Set the CRS its coordinates are really in (Layer Properties › Source) before publishing.</source>
        <translation>Les coordonnées de {layer} sont impossibles dans son système de coordonnées de référence {crs} (emprise {extent}) : le SCR de la couche est probablement erroné. Définissez le SCR dans lequel ses coordonnées sont réellement exprimées (Propriétés de la couche › Source) avant de publier.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="43"/>
        <source>The regulation's CRS {crs} is not a known CRS.</source>
        <translation>Le SCR {crs} du règlement n'est pas un SCR connu.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="46"/>
        <source>The regulation's CRS {crs} is geographic: distances and areas would be in degrees. Use the plan's projected CRS (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>Le SCR {crs} du règlement est géographique : les distances et les surfaces seraient en degrés. Utilisez le SCR projeté du plan (par exemple EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="59"/>
        <source>{layer} is in {source} (geographic): it was reprojected to {plan} before measuring. Transformations through WGS 84 are accurate to a few metres only: check results close to a limit on data in the plan's CRS.</source>
        <translation>{layer} est en {source} (géographique) : la couche a été reprojetée en {plan} avant les mesures. Les transformations via WGS 84 ne sont précises qu'à quelques mètres près : vérifiez les résultats proches d'une limite sur des données dans le SCR du plan.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="64"/>
        <source>{layer} was reprojected from {source} to the plan's CRS {plan}.</source>
        <translation>{layer} a été reprojetée de {source} vers le SCR du plan {plan}.</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="100"/>
        <source>{layer}: read feature by feature ({reason})</source>
        <translation>{layer} : lecture entité par entité ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="121"/>
        <location filename="../processing/layers.py" line="124"/>
        <location filename="../processing/layers.py" line="267"/>
        <source>{layer}: {count} of {total} features read</source>
        <translation>{layer} : {count} entités lues sur {total}</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="169"/>
        <source>no valid vector layer</source>
        <translation>pas de couche vecteur valide</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="171"/>
        <source>provider {name}</source>
        <translation>fournisseur {name}</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="173"/>
        <source>the layer has a filter</source>
        <translation>la couche a un filtre</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="175"/>
        <source>the layer is being edited</source>
        <translation>la couche est en cours de modification</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="177"/>
        <source>the layer is not in the plan's CRS</source>
        <translation>la couche n'est pas dans le SCR du plan</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="181"/>
        <source>the source is not the whole layer</source>
        <translation>la source n'est pas la couche entière</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="183"/>
        <source>a small layer</source>
        <translation>petite couche</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="185"/>
        <source>curved or no geometries</source>
        <translation>géométries courbes ou absentes</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="189"/>
        <source>the layer's source has options</source>
        <translation>la source de la couche a des options</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="191"/>
        <source>not a GeoPackage file</source>
        <translation>pas un fichier GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="216"/>
        <source>GDAL cannot open the file as a GeoPackage</source>
        <translation>GDAL ne peut pas ouvrir le fichier en tant que GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="222"/>
        <source>which table of the file is unclear</source>
        <translation>la table à lire dans le fichier est ambiguë</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="224"/>
        <source>no such table, or no Arrow reader in this GDAL</source>
        <translation>table introuvable, ou pas de lecteur Arrow dans cette version de GDAL</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="227"/>
        <source>not one geometry column and a FID column</source>
        <translation>pas exactement une colonne de géométrie et une colonne FID</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="235"/>
        <source>the layer's fields are not the table's</source>
        <translation>les champs de la couche ne sont pas ceux de la table</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="247"/>
        <source>GDAL refused to skip the unread fields</source>
        <translation>GDAL a refusé d'ignorer les champs non lus</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="305"/>
        <source>a geometry shapely cannot read (a curve?)</source>
        <translation>une géométrie que shapely ne peut pas lire (une courbe ?)</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="308"/>
        <source>curved geometries or geometry collections</source>
        <translation>géométries courbes ou collections de géométries</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="368"/>
        <source>Layer {layer} matches no servitude of the regulation ({ids}); it was ignored.</source>
        <translation>La couche {layer} ne correspond à aucune servitude du règlement ({ids}) ; elle a été ignorée.</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="38"/>
        <source>Most PDF files written without asking (0: no limit)</source>
        <translation>Nombre maximal de fichiers PDF écrits sans confirmation (0 : sans limite)</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="108"/>
        <source>Many PDF files</source>
        <translation>Nombreux fichiers PDF</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="109"/>
        <source>This run will write {count} PDF files ({detail}).</source>
        <translation>Cette exécution va écrire {count} fichiers PDF ({detail}).</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="110"/>
        <source>It takes a while; QGIS stays usable meanwhile and the run can be canceled. To write fewer files, select the features first and tick “Selected features only”.

Write the {count} files?</source>
        <translation>Cela prend du temps ; QGIS reste utilisable pendant ce temps et l'exécution peut être annulée. Pour écrire moins de fichiers, sélectionnez d'abord les entités et cochez « Entités sélectionnées uniquement ».

Écrire les {count} fichiers ?</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="116"/>
        <source>Write the {count} files</source>
        <translation>Écrire les {count} fichiers</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="118"/>
        <location filename="../ui/widgets.py" line="47"/>
        <location filename="../ui/widgets.py" line="104"/>
        <location filename="../ui/widgets.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="148"/>
        <source>Not run: {count} PDF files would have been written. Select the features to write, and tick “Selected features only”.</source>
        <translation>Non exécuté : {count} fichiers PDF auraient été écrits. Sélectionnez les entités à traiter, et cochez « Entités sélectionnées uniquement ».</translation>
    </message>
    <message>
        <location filename="../processing/many_files.py" line="156"/>
        <source>This run would write {count} PDF files, more than the limit of {limit} set by the parameter “{parameter}”. Select fewer features, or raise the limit (0: no limit).</source>
        <translation>Cette exécution écrirait {count} fichiers PDF, au-delà de la limite de {limit} fixée par le paramètre « {parameter} ». Sélectionnez moins d'entités, ou relevez la limite (0 : sans limite).</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="18"/>
        <source>Agence urbaine</source>
        <translation>Agence urbaine</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="48"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>Extent (lon/lat)</source>
        <translation>Emprise (lon/lat)</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="69"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="80"/>
        <location filename="../ui/collections.py" line="144"/>
        <source>Choose a server connection, then refresh to see its collections.</source>
        <translation>Choisissez une connexion au serveur, puis actualisez pour voir ses collections.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="87"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="89"/>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="91"/>
        <source>Adds the selected collections as live, read-only layers (QGIS's OGC API - Features provider loads what the map shows). To edit, check them out for field work.</source>
        <translation>Ajoute les collections sélectionnées comme couches en direct, en lecture seule (le fournisseur OGC API - Features de QGIS charge ce que la carte affiche). Pour les modifier, récupérez-les pour le travail de terrain.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="94"/>
        <source>Publish a layer…</source>
        <translation>Publier une couche…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="97"/>
        <source>Check out…</source>
        <translation>Récupérer…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="100"/>
        <source>Copy the selected collections into a GeoPackage for offline field work</source>
        <translation>Copier les collections sélectionnées dans un GeoPackage pour le travail de terrain hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="137"/>
        <source>Reading the collections…</source>
        <translation>Lecture des collections…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="146"/>
        <source>The collections could not be listed. {explanation}</source>
        <translation>Les collections n'ont pas pu être listées. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="150"/>
        <source>{n} collection(s) on the server.</source>
        <translation>{n} collection(s) sur le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="161"/>
        <source>Id: {id}</source>
        <translation>Identifiant : {id}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="170"/>
        <source>The server publishes no feature collection.</source>
        <translation>Le serveur ne publie aucune collection d'entités.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="200"/>
        <source>{title} could not be added to the map: the server's OGC API - Features service did not answer as QGIS expects.</source>
        <translation>{title} n'a pas pu être ajoutée à la carte : le service OGC API - Features du serveur n'a pas répondu comme QGIS l'attend.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="207"/>
        <source>{n} layer(s) added.</source>
        <translation>{n} couche(s) ajoutée(s).</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="46"/>
        <source>(whole feature)</source>
        <translation>(entité entière)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="48"/>
        <source>(geometry)</source>
        <translation>(géométrie)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="55"/>
        <location filename="../ui/conflicts.py" line="57"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="55"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="77"/>
        <source>No conflict.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="82"/>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="83"/>
        <source>Theirs</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="99"/>
        <source>All mine</source>
        <translation>Tout selon ma version</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="101"/>
        <source>All theirs</source>
        <translation>Tout selon le serveur</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="103"/>
        <source>Apply resolutions</source>
        <translation>Appliquer les résolutions</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="105"/>
        <source>Write the chosen values into the workspace; the next sync sends them</source>
        <translation>Écrire les valeurs choisies dans l'espace de travail ; la prochaine synchronisation les enverra</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="111"/>
        <source>Double-click a row to show the feature on the map</source>
        <translation>Double-cliquez sur une ligne pour afficher l'entité sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="138"/>
        <source>{layer}: {feature}</source>
        <translation>{layer} : {feature}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="144"/>
        <source>{layer}, feature id {id}</source>
        <translation>{layer}, entité d'identifiant {id}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="148"/>
        <source>Keep my value or the server's</source>
        <translation>Garder ma valeur ou celle du serveur</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="149"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="150"/>
        <source>Mine: {value}</source>
        <translation>Ma version : {value}</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="151"/>
        <source>Theirs: {value}</source>
        <translation>Serveur : {value}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="58"/>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="60"/>
        <source>A connection name cannot contain / or \.</source>
        <translation>Un nom de connexion ne peut pas contenir / ni \.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="62"/>
        <source>A connection called {name} already exists.</source>
        <translation>Une connexion nommée {name} existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="64"/>
        <source>The address must start with http:// or https://.</source>
        <translation>L'adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="70"/>
        <source>Auto-detect</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="90"/>
        <source>Agency server connection</source>
        <translation>Connexion au serveur de l'agence</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="91"/>
        <source>Edit the connection {name}</source>
        <translation>Modifier la connexion {name}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="98"/>
        <source>e.g. Agence urbaine de Rabat</source>
        <translation>par ex. Agence urbaine de Rabat</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="110"/>
        <source>Auto-detect asks the server once: an OGC API landing page means OGC API - Features, a WFS capabilities document means WFS-T (QGIS Server, GeoServer).</source>
        <translation>La détection automatique interroge le serveur une fois : une page d'accueil OGC API signifie OGC API - Features, un document de capacités WFS signifie WFS-T (QGIS Server, GeoServer).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="113"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="114"/>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="118"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="122"/>
        <source>Credentials are kept in QGIS's encrypted authentication database: choose or create a configuration (Basic: user name and password; API key header on QGIS 3.26 and later). Only its id is stored with the connection.</source>
        <translation>Les identifiants sont conservés dans la base d'authentification chiffrée de QGIS : choisissez ou créez une configuration (Basic : nom d'utilisateur et mot de passe ; en-tête de clé d'API à partir de QGIS 3.26). Seul son identifiant est enregistré avec la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="128"/>
        <source>Allow the credentials over unencrypted http:// (only on a network you trust)</source>
        <translation>Autoriser les identifiants en http:// non chiffré (uniquement sur un réseau de confiance)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="131"/>
        <source>Without it, credentials are only sent over https://, or to a server on this computer.</source>
        <translation>Sans cela, les identifiants ne sont envoyés qu'en https://, ou à un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="145"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="147"/>
        <source>Check the address and credentials before saving</source>
        <translation>Vérifier l'adresse et les identifiants avant d'enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="210"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="218"/>
        <source>The server answers: {n} collection(s).</source>
        <translation>Le serveur répond : {n} collection(s).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="220"/>
        <location filename="../ui/connections.py" line="384"/>
        <source>Connection test cancelled.</source>
        <translation>Test de connexion annulé.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="246"/>
        <source>Credentials over plain HTTP</source>
        <translation>Identifiants en HTTP non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="247"/>
        <source>This address is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https:// unless the server is on this computer. Save anyway?</source>
        <translation>Cette adresse n'est pas chiffrée (http://) : les identifiants traverseraient le réseau lisibles par quiconque sur le trajet. Utilisez https:// sauf si le serveur est sur cet ordinateur. Enregistrer malgré tout ?</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="249"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="264"/>
        <location filename="../ui/dock.py" line="57"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="272"/>
        <source>Add a connection…</source>
        <translation>Ajouter une connexion…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="273"/>
        <source>Edit the connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="275"/>
        <location filename="../ui/connections.py" line="349"/>
        <source>Remove the connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="277"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="296"/>
        <source>No connection: add one</source>
        <translation>Aucune connexion : ajoutez-en une</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="349"/>
        <source>Remove the connection {name}? Its authentication configuration stays in QGIS.</source>
        <translation>Supprimer la connexion {name} ? Sa configuration d'authentification reste dans QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="351"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="361"/>
        <source>Choose or add a server connection first.</source>
        <translation>Choisissez ou ajoutez d'abord une connexion au serveur.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="381"/>
        <source>Connection {name} works: the server offers {n} collection(s).</source>
        <translation>La connexion {name} fonctionne : le serveur propose {n} collection(s).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="386"/>
        <source>Connection {name} failed. {explanation}</source>
        <translation>La connexion {name} a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="45"/>
        <source>Permit conformity, publishing and offline field work</source>
        <translation>Conformité des autorisations, publication et travail de terrain hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="58"/>
        <source>Field work</source>
        <translation>Travail de terrain</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="82"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="106"/>
        <source>Refresh the server's collections first.</source>
        <translation>Actualisez d'abord les collections du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="70"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="99"/>
        <source>Check out for field work</source>
        <translation>Récupérer pour le terrain</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="105"/>
        <source>Refresh the server's collections (Server tab) to choose them here.</source>
        <translation>Actualisez les collections du serveur (onglet Serveur) pour les choisir ici.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="115"/>
        <source>Map canvas extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="117"/>
        <source>Selected polygons (active layer)</source>
        <translation>Polygones sélectionnés (couche active)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="118"/>
        <source>Whole collections</source>
        <translation>Collections entières</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="123"/>
        <source>Workspace GeoPackage</source>
        <translation>GeoPackage de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="124"/>
        <source>Work area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="126"/>
        <source>Check out</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="129"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="144"/>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="150"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="152"/>
        <source>Send the workspace's edits and bring the server's changes; conflicting edits are listed below, nothing is overwritten</source>
        <translation>Envoyer les modifications de l'espace de travail et rapatrier celles du serveur ; les modifications en conflit sont listées ci-dessous, rien n'est écrasé</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="154"/>
        <source>Add layers to map</source>
        <translation>Couches sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="226"/>
        <source>No map canvas here: check out whole collections.</source>
        <translation>Pas de carte ici : récupérez des collections entières.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="232"/>
        <source>Select polygons in a polygon layer and make it the active layer.</source>
        <translation>Sélectionnez des polygones dans une couche de polygones et faites-en la couche active.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="235"/>
        <source>No polygon is selected in {layer}.</source>
        <translation>Aucun polygone n'est sélectionné dans {layer}.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="247"/>
        <source>{path} already exists and is not a workspace: choose another file name.</source>
        <translation>{path} existe déjà et n'est pas un espace de travail : choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="268"/>
        <source>Checkout failed. {explanation}</source>
        <translation>La récupération a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="274"/>
        <source>Nothing was checked out.</source>
        <translation>Rien n'a été récupéré.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="278"/>
        <source>{n} feature(s) checked out into {path}; the layers are in the project.</source>
        <translation>{n} entité(s) récupérée(s) dans {path} ; les couches sont dans le projet.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="281"/>
        <source>Cancelled before the other collections.</source>
        <translation>Annulé avant les autres collections.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="290"/>
        <source>{path} is not a workspace made by a checkout.</source>
        <translation>{path} n'est pas un espace de travail créé par une récupération.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="332"/>
        <source>Field work: no workspace open.</source>
        <translation>Travail de terrain : aucun espace de travail ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="337"/>
        <source>Field work: {pending} pending change(s) · {conflicts} conflict(s)</source>
        <translation>Travail de terrain : {pending} modification(s) en attente · {conflicts} conflit(s)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="338"/>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="341"/>
        <source>Unsaved edits in {layers}: save them to count and sync them.</source>
        <translation>Modifications non enregistrées dans {layers} : enregistrez-les pour les compter et les synchroniser.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="343"/>
        <source>Workspace {path}
Collections: {names}</source>
        <translation>Espace de travail {path}
Collections : {names}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="349"/>
        <source>The workspace is being synchronised…</source>
        <translation>Synchronisation de l'espace de travail en cours…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="354"/>
        <source>The workspace cannot be read: {error}</source>
        <translation>L'espace de travail est illisible : {error}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="362"/>
        <source>Field work — {name}</source>
        <translation>Travail de terrain — {name}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="373"/>
        <source>Add the workspace's layers to the map to see the feature.</source>
        <translation>Ajoutez les couches de l'espace de travail à la carte pour voir l'entité.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="379"/>
        <source>The feature is no longer in the workspace (deleted here).</source>
        <translation>L'entité n'est plus dans l'espace de travail (supprimée ici).</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="395"/>
        <source>The edits of {layer} could not be saved: {errors}</source>
        <translation>Les modifications de {layer} n'ont pas pu être enregistrées : {errors}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="401"/>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="402"/>
        <source>Save the edits of {layers} first? The sync only sends saved edits.</source>
        <translation>Enregistrer d'abord les modifications de {layers} ? La synchronisation n'envoie que les modifications enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="404"/>
        <source>Save and synchronise</source>
        <translation>Enregistrer et synchroniser</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="428"/>
        <source>Sync failed. {explanation}</source>
        <translation>La synchronisation a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="433"/>
        <source>Sync cancelled: the workspace is consistent, run the sync again.</source>
        <translation>Synchronisation annulée : l'espace de travail est cohérent, relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="444"/>
        <source>Some changes could not be sent (see the details); nothing was lost.</source>
        <translation>Certaines modifications n'ont pas pu être envoyées (voir les détails) ; rien n'est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="447"/>
        <source>Sync cancelled: run it again to finish.</source>
        <translation>Synchronisation annulée : relancez-la pour la terminer.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="450"/>
        <source>Resolve the conflicts in the list, then sync again.</source>
        <translation>Résolvez les conflits de la liste, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="459"/>
        <source>{n} conflict(s) resolved: sync to send the resolutions.</source>
        <translation>{n} conflit(s) résolu(s) : synchronisez pour envoyer les résolutions.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="32"/>
        <source>Installing shapely 2</source>
        <translation>Installation de shapely 2</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="69"/>
        <source>Install shapely</source>
        <translation>Installer shapely</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="90"/>
        <source>Installing shapely 2 into {folder}…</source>
        <translation>Installation de shapely 2 dans {folder}…</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="104"/>
        <source>shapely 2 is installed: restart QGIS to enable the conformity checks.</source>
        <translation>shapely 2 est installé : redémarrez QGIS pour activer les contrôles de conformité.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="112"/>
        <source>shapely {version} is installed: the conformity checks are enabled.</source>
        <translation>shapely {version} est installé : les contrôles de conformité sont activés.</translation>
    </message>
    <message>
        <location filename="../ui/install.py" line="119"/>
        <source>Installing shapely failed ({detail}). Run the command shown, or see the Agence Urbaine log.</source>
        <translation>L'installation de shapely a échoué ({detail}). Exécutez la commande indiquée, ou consultez le journal Agence Urbaine.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="35"/>
        <source>Unreachable: the server does not answer. Check the address, that the server is running, and your network connection.</source>
        <translation>Injoignable : le serveur ne répond pas. Vérifiez l'adresse, que le serveur fonctionne, et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="38"/>
        <source>Not allowed (HTTP 403): the server knows this account, but its role does not allow this operation on this collection. Ask the agency's administrator.</source>
        <translation>Non autorisé (HTTP 403) : le serveur connaît ce compte, mais son rôle ne permet pas cette opération sur cette collection. Adressez-vous à l'administrateur de l'agence.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>Access refused (HTTP 401/403): the server did not accept the credentials. Check the user name and password (or API key) of the authentication configuration, and that this account may use the server.</source>
        <translation>Accès refusé (HTTP 401/403) : le serveur n'a pas accepté les identifiants. Vérifiez le nom d'utilisateur et le mot de passe (ou la clé d'API) de la configuration d'authentification, et que ce compte a accès au serveur.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="47"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>Not an OGC API - Features server: the address answers, but not as an agency server. Check the address: it must be the root of the API (the page that links to /collections).</source>
        <translation>Pas un serveur OGC API - Features : l'adresse répond, mais pas comme un serveur de l'agence. Vérifiez l'adresse : ce doit être la racine de l'API (la page qui renvoie vers /collections).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="53"/>
        <source>Secure connection failed (TLS): the server's certificate is not valid or not trusted (expired, self-signed or issued for another name). Ask the server's administrator, or add the certificate authority in QGIS's authentication settings.</source>
        <translation>Échec de la connexion sécurisée (TLS) : le certificat du serveur n'est pas valide ou pas reconnu (expiré, auto-signé ou délivré pour un autre nom). Adressez-vous à l'administrateur du serveur, ou ajoutez l'autorité de certification dans les paramètres d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>Someone changed the same data on the server in the meantime. Run the sync again: it merges the changes.</source>
        <translation>Quelqu'un a modifié les mêmes données sur le serveur entre-temps. Relancez la synchronisation : elle fusionne les modifications.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>The collection no longer exists on the server. Refresh the list of collections.</source>
        <translation>La collection n'existe plus sur le serveur. Actualisez la liste des collections.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="62"/>
        <source>The server failed while answering. Try again later; if it keeps failing, tell the server's administrator.</source>
        <translation>Le serveur a échoué en répondant. Réessayez plus tard ; si l'échec persiste, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="65"/>
        <source>The server answered with something unusable. Tell the server's administrator.</source>
        <translation>Le serveur a renvoyé une réponse inexploitable. Prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="68"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="81"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="89"/>
        <source>Choose a collection…</source>
        <translation>Choisir une collection…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="110"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="130"/>
        <source>Personal data is not published: tick a field only if publishing it is lawful and intended.</source>
        <translation>Les données personnelles ne sont pas publiées : ne cochez un champ que si sa publication est licite et voulue.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="144"/>
        <source>Fields sent (layer field → server field)</source>
        <translation>Champs envoyés (champ de la couche → champ du serveur)</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="147"/>
        <source>Layer field</source>
        <translation>Champ de la couche</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="147"/>
        <source>Server field</source>
        <translation>Champ du serveur</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="170"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="172"/>
        <source>Read the layer and compare it with the collection before sending</source>
        <translation>Lire la couche et la comparer à la collection avant l'envoi</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="173"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="176"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="223"/>
        <source>Check again: a replace first counts the server features it deletes.</source>
        <translation>Vérifiez à nouveau : un remplacement compte d'abord les entités du serveur qu'il supprime.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="226"/>
        <source>The collection will hold exactly these features: the others are deleted once every valid feature is stored.</source>
        <translation>La collection contiendra exactement ces entités : les autres sont supprimées une fois toutes les entités valides enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="228"/>
        <source>Adds the features; those already published under the same id are kept.</source>
        <translation>Ajoute les entités ; celles déjà publiées sous le même identifiant sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="239"/>
        <location filename="../ui/publish.py" line="390"/>
        <source>Invalid geometries: not sent</source>
        <translation>Géométries invalides : non envoyées</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="240"/>
        <location filename="../ui/publish.py" line="398"/>
        <source>Differences with the server's fields</source>
        <translation>Différences avec les champs du serveur</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="241"/>
        <source>Check the layer against the collection before publishing.</source>
        <translation>Vérifiez la couche par rapport à la collection avant de publier.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="242"/>
        <source>Choose a layer with geometries.</source>
        <translation>Choisissez une couche avec des géométries.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="295"/>
        <source>{field} ({reason})</source>
        <translation>{field} ({reason})</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="301"/>
        <source>Personal data ({n} field(s))</source>
        <translation>Données personnelles ({n} champ(s))</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="311"/>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="338"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="340"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="341"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="369"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="378"/>
        <location filename="../ui/tasks.py" line="198"/>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="378"/>
        <source>The check failed. {explanation}</source>
        <translation>La vérification a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="391"/>
        <source>{ref}: {reason}</source>
        <translation>{ref} : {reason}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="392"/>
        <source>Not on the server, left out: {field}</source>
        <translation>Absent du serveur, écarté : {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="394"/>
        <source>On the server, absent from the layer: {field}</source>
        <translation>Sur le serveur, absent de la couche : {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="397"/>
        <source>The server does not describe its fields (empty collection): not compared.</source>
        <translation>Le serveur ne décrit pas ses champs (collection vide) : pas de comparaison.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="401"/>
        <source>{valid} feature(s) ready to publish in {crs}; {invalid} with an invalid geometry will not be sent.</source>
        <translation>{valid} entité(s) prête(s) à publier en {crs} ; {invalid} entité(s) à la géométrie invalide, non envoyée(s).</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="409"/>
        <source>The collection {collection} will hold only the features of this layer: {n} feature(s) of the server will be deleted, once every feature is stored (if one is refused, none is deleted). Continue?</source>
        <translation>La collection {collection} ne contiendra que les entités de cette couche : {n} entité(s) du serveur seront supprimée(s), une fois toutes les entités enregistrées (si une seule est refusée, aucune n'est supprimée). Continuer ?</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="415"/>
        <source>Delete {n} and publish</source>
        <translation>Supprimer {n} et publier</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="423"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="433"/>
        <source>Publication failed. {explanation}</source>
        <translation>La publication a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="444"/>
        <source>{sent} feature(s) sent to {collection}, {refused} refused or not sent.</source>
        <translation>{sent} entité(s) envoyée(s) vers {collection}, {refused} refusée(s) ou non envoyée(s).</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="117"/>
        <source>Testing the connection {name}</source>
        <translation>Test de la connexion {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="120"/>
        <source>Contacting the server…</source>
        <translation>Contact du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="128"/>
        <source>Listing the collections of {name}</source>
        <translation>Liste des collections de {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="131"/>
        <source>Reading the list of collections…</source>
        <translation>Lecture de la liste des collections…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="185"/>
        <source>Checking {layer} before publishing</source>
        <translation>Vérification de {layer} avant publication</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="190"/>
        <source>Reading the collection's description…</source>
        <translation>Lecture de la description de la collection…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="204"/>
        <source>Comparing with the server's fields…</source>
        <translation>Comparaison avec les champs du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="217"/>
        <source>Counting the server's features a replace would delete…</source>
        <translation>Décompte des entités du serveur qu'un remplacement supprimerait…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="227"/>
        <source>Publishing to {collection}</source>
        <translation>Publication vers {collection}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="260"/>
        <source>The area cannot be expressed in {crs}: zoom in on the area to work in, or choose polygons.</source>
        <translation>La zone ne peut pas être exprimée en {crs} : zoomez sur la zone de travail, ou choisissez des polygones.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="281"/>
        <source>Checking out {n} collection(s)</source>
        <translation>Récupération de {n} collection(s)</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="322"/>
        <source>Synchronising the workspace</source>
        <translation>Synchronisation de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="338"/>
        <source>{name} was checked out from {theirs}, not from the selected connection ({ours}). Choose that server's connection.</source>
        <translation>{name} a été récupérée depuis {theirs}, et non depuis la connexion choisie ({ours}). Choisissez la connexion de ce serveur.</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="141"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>(note de renseignements urbanistiques)</source>
        <translation type="vanished">(NRU)</translation>
    </message>
    <message>
        <source>0 m where building in continuous rows, otherwise at least {value}</source>
        <translation type="vanished">0 m en ordre continu, sinon au moins {value}</translation>
    </message>
    <message>
        <source>Append: add the features (those already published under the same id are kept)</source>
        <translation type="vanished">Ajouter : ajoute les entités (celles déjà publiées sous le même identifiant sont conservées)</translation>
    </message>
    <message>
        <source>Checkout cancelled: nothing was kept of the collection being copied.</source>
        <translation type="vanished">Récupération annulée : rien n'a été conservé de la collection en cours de copie.</translation>
    </message>
    <message>
        <source>Collections: {names}</source>
        <translation type="vanished">Collections : {names}</translation>
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
        <translation type="vanished">Compare les constructions observées sur le terrain (relevé, numérisation sur imagerie) aux emprises autorisées, et classe chaque construction observée.

Appariement : une construction observée correspond à une emprise autorisée lorsque leur recouvrement atteint au moins le taux de recouvrement minimal (0,3 par défaut) de l'une ou l'autre, la plus petite des deux faisant foi : recouvrement ≥ taux × min(surface observée, surface autorisée). Une construction mitoyenne de l'autorisation voisine le long d'un mur commun ne lui correspond donc pas, alors qu'une construction qui couvre toute son autorisation et bien plus lui correspond.

Classes :
- no_permit : la construction ne correspond à aucune emprise autorisée ; toute la construction constitue le dépassement.
- exceeds_permit : dépassement = construction observée moins l'union des emprises auxquelles elle correspond ; sa surface est supérieure au seuil absolu (m², 10 par défaut) ET supérieure au seuil relatif multiplié par la surface autorisée (0,10 par défaut, soit 10 % de l'union des emprises appariées). Les deux seuils doivent être strictement dépassés ; mettez-en un à 0 pour n'utiliser que l'autre. Les petits dépassements relèvent du bruit de relevé et de numérisation.
- conforming : correspond à une autorisation et son dépassement reste sous un seuil.
Les emprises autorisées auxquelles ne correspond aucune construction observée sont listées comme non encore construites.

Les surfaces sont mesurées en mètres : les emprises autorisées sont reprojetées dans le SCR de la couche observée, ou les deux couches dans le SCR projeté donné en paramètre. Un SCR géographique (en degrés) est refusé. Les géométries invalides sont corrigées et signalées dans le journal ; les entités sans géométrie sont écartées et signalées.

Sorties : les constructions observées avec status, status_label, permit_ids, observed_m2, permitted_m2 et excess_m2 ; les parties en dépassement (hors autorisations) des constructions classées no_permit ou exceeds_permit, avec les mêmes champs ; en option, les emprises autorisées non encore construites. Les effectifs par classe figurent dans le journal et dans les résultats.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="vanished">Nom de la connexion</translation>
    </message>
    <message>
        <source>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Connection: the name of a connection configured in the plugin. Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</source>
        <translation type="vanished">Copie des collections du serveur de l'agence dans un espace de travail GeoPackage que les équipes de terrain modifient hors ligne dans QGIS ; « Synchroniser un espace de travail » envoie ensuite leurs modifications et rapatrie celles du serveur.

Connexion : le nom d'une connexion configurée dans l'extension. Collections : leurs identifiants, séparés par des virgules (par ex. parcels, buildings).

Zone : une emprise, ou une couche de polygones (les entités qui intersectent ses polygones sont conservées, maintenant et à chaque synchronisation) ; sans l'une ni l'autre, les collections sont copiées entières. Les entités gardent exactement le SCR de stockage de la collection, de sorte qu'une synchronisation ne voit que les vraies modifications.

L'espace de travail peut déjà contenir d'autres collections ; une collection qui y est déjà récupérée est refusée.</translation>
    </message>
    <message>
        <source>Distance from the footprint to the rear limits; required max(minimum, factor x height).</source>
        <translation type="vanished">Distance entre l'emprise et les limites de fond ; exigé (prospect) : max(minimum, facteur × hauteur).</translation>
    </message>
    <message>
        <source>Distance from the footprint to the side limits; required max(minimum, factor x height).</source>
        <translation type="vanished">Distance entre l'emprise et les limites latérales ; exigé (prospect) : max(minimum, facteur × hauteur).</translation>
    </message>
    <message>
        <source>Excess threshold (share of the permitted area, 0.10 = 10 %)</source>
        <translation type="vanished">Seuil de dépassement (part de la surface autorisée, 0,10 = 10 %)</translation>
    </message>
    <message>
        <source>Excess thresholds cannot be negative.</source>
        <translation type="vanished">Les seuils de dépassement ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>No workspace open: check collections out, or open a workspace GeoPackage.</source>
        <translation type="vanished">Aucun espace de travail ouvert : récupérez des collections, ou ouvrez un GeoPackage d'espace de travail.</translation>
    </message>
    <message>
        <source>Personal data left out: {fields}.</source>
        <translation type="vanished">Données personnelles écartées : {fields}.</translation>
    </message>
    <message>
        <source>Replace: the collection will hold exactly these features (the others are deleted once all are stored)</source>
        <translation type="vanished">Remplacer : la collection contiendra exactement ces entités (les autres sont supprimées une fois toutes enregistrées)</translation>
    </message>
    <message>
        <source>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode: append adds the features; replace adds them, then deletes the collection's other features, only once every valid feature is stored.

Before sending, features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address…) is never published unless the field is named in 'Personal fields to publish anyway'. A text field called id gives the features their ids (publishing again does not duplicate them).

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</source>
        <translation type="vanished">Envoie les entités d'une couche vers une collection du serveur de l'agence (OGC API - Features).

Connexion : le nom d'une connexion configurée dans l'extension (son adresse et, si besoin, une configuration d'authentification QGIS ; aucun mot de passe n'est jamais saisi ici).

Mode : « Ajouter » ajoute les entités ; « Remplacer » les ajoute puis supprime les autres entités de la collection, seulement une fois toutes les entités valides enregistrées.

Avant l'envoi, les entités sont reprojetées dans le SCR de stockage de la collection. Les entités à la géométrie invalide ou absente sont listées et non envoyées. Les champs inconnus du serveur sont écartés et listés. Les données personnelles (noms, CIN, téléphone, courriel, adresse…) ne sont jamais publiées, sauf si le champ figure dans « Champs personnels à publier malgré tout ». Un champ texte nommé id donne leurs identifiants aux entités (une nouvelle publication ne les duplique pas).

Sorties : le nombre d'entités envoyées, refusées, invalides et supprimées, et une synthèse.</translation>
    </message>
    <message>
        <source>Some changes could not be sent: run the sync again, nothing was lost.</source>
        <translation type="vanished">Certaines modifications n'ont pas pu être envoyées : relancez la synchronisation, rien n'est perdu.</translation>
    </message>
    <message>
        <source>The Python package shapely 2 or later is missing: the conformity checks are disabled. Install it with: python3 -m pip install --user "shapely&gt;=2" (Debian's python3-shapely is 1.8, too old), then restart QGIS.</source>
        <translation type="vanished">Le paquet Python shapely 2 ou plus récent est absent : les contrôles de conformité sont désactivés. Installez-le avec : python3 -m pip install --user "shapely&gt;=2" (le paquet python3-shapely de Debian est en version 1.8, trop ancienne), puis redémarrez QGIS.</translation>
    </message>
    <message>
        <source>The collection {collection} will hold only the features of this layer: the others will be deleted from the server once every valid feature is stored. Continue?</source>
        <translation type="vanished">La collection {collection} ne contiendra que les entités de cette couche : les autres seront supprimées du serveur une fois toutes les entités valides enregistrées. Continuer ?</translation>
    </message>
    <message>
        <source>The minimum overlap ratio must be between 0 and 1.</source>
        <translation type="vanished">Le taux de recouvrement minimal doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The permitted footprints have no field '{field}'.</source>
        <translation type="vanished">Les emprises autorisées n'ont pas de champ « {field} ».</translation>
    </message>
    <message>
        <source>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_&lt;parcel id&gt;_&lt;language&gt;.pdf; existing files of the same name are replaced.</source>
        <translation type="vanished">Établit en PDF la note de renseignements urbanistiques de chaque parcelle, en français, en arabe ou dans les deux langues : un plan de la parcelle et de son zonage, les zones couvrant la parcelle avec leur part de sa superficie, les règles de chaque zone telles que les fixe le règlement (fichier JSON), et les servitudes grevant la parcelle (qui la recouvrent ou, pour une servitude de distance minimale comme une ligne à haute tension, qui passent à moins de cette distance).

Utilisez l'option « Entités sélectionnées uniquement » de la couche des parcelles pour n'établir que les notes des parcelles sélectionnées.

Les couches de servitude sont associées aux servitudes du règlement par nom de couche ou par nom de table (par ex. une couche ou une table GeoPackage nommée flood_zone correspond à la servitude flood_zone) ; une couche ne correspondant à aucune est ignorée avec un avertissement.

Les surfaces et les distances sont mesurées dans le SCR projeté du plan (lu dans le règlement). Les fichiers sont nommés note_&lt;identifiant de parcelle&gt;_&lt;langue&gt;.pdf ; les fichiers existants de même nom sont remplacés.</translation>
    </message>
    <message>
        <source>footprint</source>
        <translation type="vanished">emprise</translation>
    </message>
    <message>
        <source>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled. Upgrade it with: python3 -m pip install --user "shapely&gt;=2", then restart QGIS.</source>
        <translation type="vanished">shapely {found} est installé mais la version 2 ou plus récente est requise : les contrôles de conformité sont désactivés. Mettez-le à jour avec : python3 -m pip install --user "shapely&gt;=2", puis redémarrez QGIS.</translation>
    </message>
    <message>
        <source>{n} layer(s) added: a live, read-only view of the server.</source>
        <translation type="vanished">{n} couche(s) ajoutée(s) : une vue en direct, en lecture seule, du serveur.</translation>
    </message>
    <message>
        <source>{pending} pending change(s) · last sync {when} · {conflicts} conflict(s)</source>
        <translation type="vanished">{pending} modification(s) en attente · dernière synchronisation {when} · {conflicts} conflit(s)</translation>
    </message>
    <message>
        <source>{sent} feature(s) published to {collection} ({mode}); {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation type="vanished">{sent} entité(s) publiée(s) dans {collection} ({mode}) ; {refused} refusée(s), {invalid} à la géométrie invalide non envoyée(s).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../processing/fast_sink.py" line="553"/>
        <source>Could not write feature into %1</source>
        <translation>Impossible d'écrire l'entité dans %1</translation>
    </message>
</context>
</TS>
