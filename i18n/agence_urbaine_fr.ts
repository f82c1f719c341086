<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgenceUrbaine</name>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>footprint</source>
        <translation>emprise</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="418"/>
        <source>parcel</source>
        <translation>parcelle</translation>
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
        <location filename="../core/conformity.py" line="742"/>
        <source>(no field chosen)</source>
        <translation>(aucun champ choisi)</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="810"/>
        <source>any use not forbidden</source>
        <translation>tout usage non interdit</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="878"/>
        <source>declared floor area</source>
        <translation>surface de plancher déclarée</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="878"/>
        <source>footprint area × levels</source>
        <translation>emprise × nombre de niveaux</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="979"/>
        <source>rear</source>
        <translation>de fond</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="979"/>
        <source>side</source>
        <translation>latérales</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1183"/>
        <location filename="../core/veille.py" line="133"/>
        <source>{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.</source>
        <translation>{layer} : géométrie invalide de l'entité « {fid} » ({reason}), corrigée.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1194"/>
        <source>Servitude {sid} is declared by the regulation but no layer was given: not checked.</source>
        <translation>La servitude {sid} est déclarée par le règlement mais aucune couche n'a été fournie : non vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1200"/>
        <source>Layer for servitude {sid} ignored: the regulation does not declare it.</source>
        <translation>Couche de la servitude {sid} ignorée : le règlement ne la déclare pas.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1240"/>
        <source>Conformity check canceled.</source>
        <translation>Contrôle de conformité annulé.</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1264"/>
        <location filename="../processing/algorithms/check_conformity.py" line="346"/>
        <location filename="../processing/algorithms/parcel_note.py" line="132"/>
        <location filename="../processing/algorithms/parcel_note.py" line="136"/>
        <source>zoning</source>
        <translation>zonage</translation>
    </message>
    <message>
        <location filename="../core/conformity.py" line="1265"/>
        <location filename="../processing/algorithms/check_conformity.py" line="347"/>
        <source>roads</source>
        <translation>voirie</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="25"/>
        <source>The Python package shapely 2 or later is missing: the conformity checks are disabled. Install it with: python3 -m pip install --user "shapely&gt;=2" (Debian's python3-shapely is 1.8, too old), then restart QGIS.</source>
        <translation>Le paquet Python shapely 2 ou plus récent est absent : les contrôles de conformité sont désactivés. Installez-le avec : python3 -m pip install --user "shapely&gt;=2" (le paquet python3-shapely de Debian est en version 1.8, trop ancienne), puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="32"/>
        <source>shapely {found} is installed but version 2 or later is required: the conformity checks are disabled. Upgrade it with: python3 -m pip install --user "shapely&gt;=2", then restart QGIS.</source>
        <translation>shapely {found} est installé mais la version 2 ou plus récente est requise : les contrôles de conformité sont désactivés. Mettez-le à jour avec : python3 -m pip install --user "shapely&gt;=2", puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="33"/>
        <source>at most {value}</source>
        <translation>au plus {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="34"/>
        <source>at least {value}</source>
        <translation>au moins {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="35"/>
        <source>allowed: {uses}</source>
        <translation>autorisés : {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="36"/>
        <source>forbidden: {uses}</source>
        <translation>interdits : {uses}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="37"/>
        <source>at most {value} levels (R+{floors})</source>
        <translation>au plus {value} niveaux (R+{floors})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="38"/>
        <source>at least the larger of {min} and {factor} × the building height</source>
        <translation>au moins la plus grande des deux valeurs : {min} ou {factor} × la hauteur du bâtiment</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="39"/>
        <source>0 m where building in continuous rows, otherwise {value}</source>
        <translation>0 m en ordre continu, sinon {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="40"/>
        <source>; lots created before {date} are referred to the commission</source>
        <translation> ; les lots créés avant le {date} sont soumis à la commission</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="41"/>
        <source>at most {value} ({acronym})</source>
        <translation>au plus {value} ({acronym})</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="42"/>
        <source>covers {area} ({share} of the parcel)</source>
        <translation>couvre {area} ({share} de la parcelle)</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="43"/>
        <source>{distance} from the parcel, within the {required} band</source>
        <translation>à {distance} de la parcelle, dans la bande de {required}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="44"/>
        <source>building forbidden inside</source>
        <translation>construction interdite à l'intérieur</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="45"/>
        <source>at most {value} of footprint inside</source>
        <translation>au plus {value} d'emprise à l'intérieur</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="46"/>
        <source>no building within {value}</source>
        <translation>aucune construction à moins de {value}</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="47"/>
        <source>height at most {value} inside</source>
        <translation>hauteur d'au plus {value} à l'intérieur</translation>
    </message>
    <message>
        <location filename="../core/parcel_note.py" line="271"/>
        <source>Parcel note canceled.</source>
        <translation>Note de renseignements urbanistiques annulée.</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="36"/>
        <source>Invalid regulation {source}</source>
        <translation>Règlement d'aménagement invalide {source}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="43"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="43"/>
        <source>an array</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="43"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="43"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="44"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="44"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="44"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="73"/>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="101"/>
        <source>expected one of {allowed}, got {value}</source>
        <translation>valeur attendue parmi {allowed}, reçu {value}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="105"/>
        <source>'{value}' does not match the expected form {pattern}</source>
        <translation>« {value} » ne respecte pas la forme attendue {pattern}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="120"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="121"/>
        <source>expected {wanted}</source>
        <translation>attendu : {wanted}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="128"/>
        <source>{value} is below the minimum {bound}</source>
        <translation>{value} est inférieur au minimum {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="131"/>
        <source>{value} is above the maximum {bound}</source>
        <translation>{value} dépasse le maximum {bound}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="137"/>
        <source>missing required key '{key}'</source>
        <translation>clé obligatoire « {key} » manquante</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="151"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="187"/>
        <source>acronym not declared in ratio_definitions (say what it measures: coverage or floor_area)</source>
        <translation>sigle non déclaré dans ratio_definitions (indiquez ce qu'il mesure : coverage ou floor_area)</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="190"/>
        <source>measures {measure} like {other}: give one value per measure</source>
        <translation>mesure {measure} comme {other} : donnez une seule valeur par mesure</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="199"/>
        <source>both allowed and forbidden: {uses}</source>
        <translation>à la fois autorisé et interdit : {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="203"/>
        <source>not in the plan's list of uses: {uses}</source>
        <translation>absent de la liste des usages du plan : {uses}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="206"/>
        <source>give road_setback_m too: it applies along roads narrower than every from_width_m</source>
        <translation>indiquez aussi road_setback_m : il s'applique le long des voies plus étroites que toutes les valeurs from_width_m</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="210"/>
        <source>not a valid date</source>
        <translation>date invalide</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="221"/>
        <source>rule {rule} needs the key '{key}'</source>
        <translation>la règle {rule} exige la clé « {key} »</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="226"/>
        <source>not used by rule {rule}</source>
        <translation>non utilisé par la règle {rule}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="241"/>
        <source>the plan declares no zone</source>
        <translation>le plan ne déclare aucune zone</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="424"/>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../core/regulation.py" line="426"/>
        <source>not valid JSON at line {line}, column {column}: {msg}</source>
        <translation>JSON invalide à la ligne {line}, colonne {column} : {msg}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="181"/>
        <source>Could not write the PDF {path} (layout export error {code}).</source>
        <translation>Impossible d'écrire le PDF {path} (erreur d'export de la mise en page {code}).</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="388"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="589"/>
        <location filename="../processing/algorithms/check_conformity.py" line="347"/>
        <location filename="../processing/algorithms/check_conformity.py" line="378"/>
        <source>Roads</source>
        <translation>Voirie</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="589"/>
        <location filename="../core/report.py" line="872"/>
        <location filename="../core/report.py" line="878"/>
        <location filename="../core/rules.py" line="148"/>
        <location filename="../processing/algorithms/check_conformity.py" line="291"/>
        <location filename="../processing/algorithms/check_conformity.py" line="346"/>
        <location filename="../processing/algorithms/check_conformity.py" line="370"/>
        <location filename="../processing/algorithms/parcel_note.py" line="85"/>
        <location filename="../processing/algorithms/parcel_note.py" line="140"/>
        <location filename="../processing/algorithms/parcel_note.py" line="154"/>
        <source>Zoning</source>
        <translation>Zonage</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="590"/>
        <location filename="../processing/algorithms/check_conformity.py" line="272"/>
        <location filename="../processing/algorithms/check_conformity.py" line="343"/>
        <location filename="../processing/algorithms/check_conformity.py" line="364"/>
        <location filename="../processing/algorithms/parcel_note.py" line="81"/>
        <location filename="../processing/algorithms/parcel_note.py" line="139"/>
        <location filename="../processing/algorithms/parcel_note.py" line="149"/>
        <source>Parcels</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="697"/>
        <source>no zone of the plan</source>
        <translation>aucune zone du plan</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="706"/>
        <source>Verdict: {verdict}</source>
        <translation>Verdict : {verdict}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="707"/>
        <source>{fail} rule(s) not compliant, {check} to be checked</source>
        <translation>{fail} règle(s) non conforme(s), {check} à vérifier</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="717"/>
        <source>Permit conformity check — application {application}</source>
        <translation>Contrôle de conformité — demande {application}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="720"/>
        <source>Parcel {parcel} · {plan} · {date}</source>
        <translation>Parcelle {parcel} · {plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="728"/>
        <source>Zones: {zones}</source>
        <translation>Zones : {zones}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="738"/>
        <source>Allowed</source>
        <translation>Admis</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="738"/>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="738"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="738"/>
        <location filename="../core/report.py" line="888"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="738"/>
        <location filename="../core/report.py" line="770"/>
        <location filename="../core/report.py" line="782"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="742"/>
        <location filename="../core/report.py" line="788"/>
        <source>Agence Urbaine Numérique — automatic check against the regulation of {plan}; the planner's review prevails.</source>
        <translation>Agence Urbaine Numérique — contrôle automatique au regard du règlement de {plan} ; l'avis de l'instructeur prévaut.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="749"/>
        <source>Offending part</source>
        <translation>Partie en infraction</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="751"/>
        <source>Planned footprint</source>
        <translation>Emprise projetée</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="753"/>
        <location filename="../core/report.py" line="782"/>
        <source>Parcel</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="761"/>
        <source>Permit conformity check — summary</source>
        <translation>Contrôle de conformité — synthèse</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="763"/>
        <source>{plan} · {date}</source>
        <translation>{plan} · {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="769"/>
        <source>Applications checked</source>
        <translation>Demandes vérifiées</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="770"/>
        <location filename="../processing/algorithms/check_conformity.py" line="345"/>
        <location filename="../processing/algorithms/check_conformity.py" line="368"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="782"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="782"/>
        <source>Rules not compliant</source>
        <translation>Règles non conformes</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="782"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="783"/>
        <location filename="../core/rules.py" line="61"/>
        <source>To be checked</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="786"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="845"/>
        <source>Urban planning information note</source>
        <translation>Note de renseignements urbanistiques</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="848"/>
        <source>{plan} · approved {approved} · issued {date}</source>
        <translation>{plan} · approuvé le {approved} · délivrée le {date}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="851"/>
        <source>Parcel {parcel} — area {area} m²</source>
        <translation>Parcelle {parcel} — superficie {area} m²</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="863"/>
        <source>This note states the rules of the plan d'aménagement that apply to the parcel on the date of issue. It is not a building permit; the regulation's text prevails.</source>
        <translation>La présente note indique les règles du plan d'aménagement applicables à la parcelle à la date de sa délivrance. Elle ne vaut pas autorisation de construire ; le texte du règlement prévaut.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="866"/>
        <source>Agence Urbaine Numérique — {plan}</source>
        <translation>Agence Urbaine Numérique — {plan}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="873"/>
        <location filename="../core/rules.py" line="140"/>
        <source>The parcel is not covered by any zone of the plan.</source>
        <translation>La parcelle n'est couverte par aucune zone du plan.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="875"/>
        <source>(not declared by the regulation)</source>
        <translation>(non déclarée par le règlement)</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="877"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="877"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="877"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="877"/>
        <source>Zone label</source>
        <translation>Libellé de la zone</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="880"/>
        <source>The parcel straddles several zones: the rules of each zone apply to its part; the agency must be consulted.</source>
        <translation>La parcelle chevauche plusieurs zones : les règles de chaque zone s'appliquent à la partie qu'elle couvre ; l'agence doit être consultée.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="888"/>
        <source>How it is measured</source>
        <translation>Mode de mesure</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="888"/>
        <location filename="../core/report.py" line="900"/>
        <source>Requirement</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="889"/>
        <source>Rules of zone {zone}</source>
        <translation>Règles de la zone {zone}</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="894"/>
        <location filename="../core/report.py" line="901"/>
        <source>Servitudes</source>
        <translation>Servitudes</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="895"/>
        <source>No servitude of the plan affects the parcel.</source>
        <translation>Aucune servitude du plan ne grève la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="900"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="900"/>
        <source>On this parcel</source>
        <translation>Sur cette parcelle</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="900"/>
        <source>Servitude</source>
        <translation>Servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="59"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="60"/>
        <source>Not compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="135"/>
        <source>{label}: cannot be checked, the field '{field}' is empty or missing.</source>
        <translation>{label} : vérification impossible, le champ « {field} » est vide ou absent.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="136"/>
        <source> The parcel straddles zones {zones}: evaluated against zone {zone}; the planner must check.</source>
        <translation> La parcelle chevauche les zones {zones} : évaluée selon la zone {zone} ; l'instructeur doit vérifier.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="141"/>
        <source>{label}: no parcel boundary lies along a road; cannot be measured.</source>
        <translation>{label} : aucune limite de la parcelle ne borde une voie ; mesure impossible.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="149"/>
        <source>Share of the parcel area in each zone of the plan.</source>
        <translation>Part de la superficie de la parcelle dans chaque zone du plan.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="150"/>
        <source>The parcel lies in zone {zone}.</source>
        <translation>La parcelle est située en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="151"/>
        <source>The parcel straddles zones {zones}: the planner must check which rules apply.</source>
        <translation>La parcelle chevauche les zones {zones} : l'instructeur doit vérifier les règles applicables.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="155"/>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="156"/>
        <source>Validity of the footprint and parcel geometries (OGC rules).</source>
        <translation>Validité des géométries de l'emprise et de la parcelle (règles OGC).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="157"/>
        <source>Valid geometry.</source>
        <translation>Géométrie valide.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="158"/>
        <source>Invalid geometry of {what} '{feature}': {reason}. It was repaired for the check.</source>
        <translation>Géométrie invalide ({what} « {feature} ») : {reason}. Elle a été corrigée pour le contrôle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="162"/>
        <source>Footprint within its parcel</source>
        <translation>Emprise contenue dans sa parcelle</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="163"/>
        <source>Area of the footprint lying outside its parcel.</source>
        <translation>Surface de l'emprise située hors de sa parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="164"/>
        <source>{label}: the footprint lies within parcel {parcel}.</source>
        <translation>{label} : l'emprise est contenue dans la parcelle {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="165"/>
        <source>{label}: {measured} of the footprint lies outside parcel {parcel}.</source>
        <translation>{label} : {measured} de l'emprise débordent de la parcelle {parcel}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="169"/>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="170"/>
        <source>Declared uses compared with the zone's allowed and forbidden uses.</source>
        <translation>Usages déclarés comparés aux usages autorisés et interdits de la zone.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="171"/>
        <source>{label}: '{uses}' is allowed in zone {zone}.</source>
        <translation>{label} : « {uses} » est autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="172"/>
        <source>{label}: '{uses}' is not allowed in zone {zone} (allowed: {allowed}).</source>
        <translation>{label} : « {uses} » n'est pas autorisé en zone {zone} (usages autorisés : {allowed}).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="175"/>
        <source>Number of levels</source>
        <translation>Nombre de niveaux</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="176"/>
        <source>Declared number of levels (R+n counts n+1 levels).</source>
        <translation>Nombre de niveaux déclaré (R+n compte n+1 niveaux).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="177"/>
        <source>{label}: {measured} levels, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured} niveaux, au plus {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="178"/>
        <source>{label}: {measured} levels exceed the {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured} niveaux dépassent les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="182"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="183"/>
        <source>Declared building height in metres.</source>
        <translation>Hauteur déclarée du bâtiment, en mètres.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="184"/>
        <source>{label}: {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured}, au plus {allowed} autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="185"/>
        <source>{label}: {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} : {measured} dépasse les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="188"/>
        <source>Coverage ratio</source>
        <translation>Coefficient d'emprise au sol</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="189"/>
        <source>Footprint area divided by parcel area.</source>
        <translation>Surface de l'emprise divisée par la superficie de la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="190"/>
        <source>{label} ({acronym}): {measured}, at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured}, au plus {allowed} autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="191"/>
        <source>{label} ({acronym}): {measured} exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured} dépasse les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="194"/>
        <source>Floor-area ratio</source>
        <translation>Coefficient d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="195"/>
        <source>Total floor area divided by parcel area.</source>
        <translation>Surface de plancher totale divisée par la superficie de la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="196"/>
        <source>{label} ({acronym}): {measured} ({source}), at most {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured} ({source}), au plus {allowed} autorisé en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="197"/>
        <source>{label} ({acronym}): {measured} ({source}) exceeds the {allowed} allowed in zone {zone}.</source>
        <translation>{label} ({acronym}) : {measured} ({source}) dépasse les {allowed} autorisés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="201"/>
        <source>Minimum lot area</source>
        <translation>Superficie minimale de la parcelle</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="202"/>
        <source>Parcel area.</source>
        <translation>Superficie de la parcelle.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="203"/>
        <source>{label}: the parcel measures {measured}, at least {allowed} required in zone {zone}.</source>
        <translation>{label} : la parcelle mesure {measured}, au moins {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="204"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : la parcelle mesure {measured}, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="208"/>
        <source>Minimum frontage</source>
        <translation>Façade minimale sur voie</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="209"/>
        <source>Length of the parcel boundary lying along a road polygon.</source>
        <translation>Longueur de la limite de la parcelle bordant une voie.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="210"/>
        <source>{label}: {measured} along the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} sur voie, au moins {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="211"/>
        <source>{label}: {measured} along the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} sur voie, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="214"/>
        <source>Road setback</source>
        <translation>Recul par rapport à la voie</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="215"/>
        <source>Distance from the footprint to the parcel boundary along the road.</source>
        <translation>Distance entre l'emprise et la limite de la parcelle sur voie.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="216"/>
        <source>{label}: {measured} from the road, at least {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la voie, au moins {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="217"/>
        <source>{label}: {measured} from the road, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la voie, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="220"/>
        <source>Side setback</source>
        <translation>Recul sur limites séparatives latérales</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="222"/>
        <source>Distance from the footprint to the side limits; required max(min, factor × height).</source>
        <translation>Distance entre l'emprise et les limites latérales ; exigé (prospect) : max(min, facteur × hauteur).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="223"/>
        <source>{label}: {measured} from the side limits, {allowed} required in zone {zone}{rows}.</source>
        <translation>{label} : {measured} des limites latérales, {allowed} exigés en zone {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="224"/>
        <source>{label}: {measured} from the side limits, below the {allowed} required in zone {zone}{rows}.</source>
        <translation>{label} : {measured} des limites latérales, en deçà des {allowed} exigés en zone {zone}{rows}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="228"/>
        <source>Rear setback</source>
        <translation>Recul sur limite de fond</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="230"/>
        <source>Distance from the footprint to the rear limits; required max(min, factor × height).</source>
        <translation>Distance entre l'emprise et les limites de fond ; exigé (prospect) : max(min, facteur × hauteur).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="231"/>
        <source>{label}: {measured} from the rear limit, {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la limite de fond, {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="232"/>
        <source>{label}: {measured} from the rear limit, below the {allowed} required in zone {zone}.</source>
        <translation>{label} : {measured} de la limite de fond, en deçà des {allowed} exigés en zone {zone}.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="235"/>
        <source>No overlap with servitude</source>
        <translation>Aucun empiètement sur la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="236"/>
        <location filename="../core/rules.py" line="244"/>
        <source>Area of the footprint inside the servitude.</source>
        <translation>Surface de l'emprise située dans la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="237"/>
        <source>{servitude}: the footprint does not overlap it.</source>
        <translation>{servitude} : l'emprise n'empiète pas sur la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="238"/>
        <source>{servitude}: {measured} of the footprint lies inside it; building is forbidden there.</source>
        <translation>{servitude} : {measured} de l'emprise s'y trouvent ; toute construction y est interdite.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="242"/>
        <source>Maximum area inside servitude</source>
        <translation>Surface maximale dans la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="245"/>
        <source>{servitude}: {measured} of the footprint inside it, at most {allowed} allowed.</source>
        <translation>{servitude} : {measured} de l'emprise dans la servitude, au plus {allowed} autorisé.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="246"/>
        <source>{servitude}: {measured} of the footprint inside it exceeds the {allowed} allowed.</source>
        <translation>{servitude} : {measured} de l'emprise dans la servitude dépassent les {allowed} autorisés.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="250"/>
        <source>Minimum distance to servitude</source>
        <translation>Distance minimale à la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="252"/>
        <source>Shortest distance from the footprint to the servitude features.</source>
        <translation>Plus courte distance entre l'emprise et les entités de la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="253"/>
        <source>{servitude}: {measured} away, at least {allowed} required.</source>
        <translation>{servitude} : à {measured}, au moins {allowed} exigés.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="254"/>
        <source>{servitude}: only {measured} away, at least {allowed} required.</source>
        <translation>{servitude} : à seulement {measured}, au moins {allowed} exigés.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="258"/>
        <source>Maximum height inside servitude</source>
        <translation>Hauteur maximale dans la servitude</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="260"/>
        <source>Building height where the footprint overlaps the servitude.</source>
        <translation>Hauteur du bâtiment là où l'emprise empiète sur la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="261"/>
        <source>{servitude}: height {measured}, at most {allowed} allowed inside it.</source>
        <translation>{servitude} : hauteur {measured}, au plus {allowed} autorisé dans la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="262"/>
        <source>{servitude}: height {measured} exceeds the {allowed} allowed inside it.</source>
        <translation>{servitude} : la hauteur {measured} dépasse les {allowed} autorisés dans la servitude.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="284"/>
        <source>{label}: no road layer was given; cannot be measured.</source>
        <translation>{label} : aucune couche de voirie fournie ; mesure impossible.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="285"/>
        <source>{label}: the application has no footprint geometry; cannot be measured.</source>
        <translation>{label} : la demande n'a pas de géométrie d'emprise ; mesure impossible.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="286"/>
        <source>{label}: no such limit on this parcel (the limits are all road or {other} limits).</source>
        <translation>{label} : aucune limite de ce type sur cette parcelle (toutes ses limites sont sur voie ou {other}).</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="287"/>
        <source>The {what} '{feature}' has no geometry.</source>
        <translation>Géométrie absente : {what} « {feature} ».</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="288"/>
        <source>Parcel '{parcel}' was not found among the parcels; the application cannot be checked.</source>
        <translation>La parcelle « {parcel} » est introuvable parmi les parcelles ; la demande ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="291"/>
        <source>No parcel lies under the footprint; the application cannot be checked.</source>
        <translation>Aucune parcelle sous l'emprise ; la demande ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="292"/>
        <source>The parcel lies in zone {zone}, which the regulation does not declare.</source>
        <translation>La parcelle est située en zone {zone}, que le règlement ne déclare pas.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="293"/>
        <source>{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}, but the lot dates from {lot_date} (before {limit}): referred to the commission.</source>
        <translation>{label} : la parcelle mesure {measured}, en deçà des {allowed} exigés en zone {zone}, mais le lot date du {lot_date} (avant le {limit}) : soumis à la commission.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="298"/>
        <source>{servitude}: the footprint lies outside it.</source>
        <translation>{servitude} : l'emprise est située en dehors.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="299"/>
        <source>{servitude}: the layer has no feature.</source>
        <translation>{servitude} : la couche ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../core/rules.py" line="300"/>
        <source> (continuous rows: 0 m allowed)</source>
        <translation> (ordre continu : 0 m autorisé)</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="129"/>
        <source>Feature {fid} of {collection} was deleted on the server.</source>
        <translation>L'entité {fid} de {collection} a été supprimée sur le serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/client.py" line="131"/>
        <source>Feature {fid} of {collection} changed on the server (version {theirs}, expected {ours}).</source>
        <translation>L'entité {fid} de {collection} a été modifiée sur le serveur (version {theirs}, attendue {ours}).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="149"/>
        <source>The address {url} contains a user name or password: remove them and choose an authentication configuration instead (the address is stored and shown, the configuration is encrypted).</source>
        <translation>L'adresse {url} contient un nom d'utilisateur ou un mot de passe : retirez-les et choisissez plutôt une configuration d'authentification (l'adresse est enregistrée et affichée, la configuration est chiffrée).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="154"/>
        <source>The address {url} is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https://, or allow credentials over unencrypted http for this connection (only on a network you trust).</source>
        <translation>L'adresse {url} n'est pas chiffrée (http://) : les identifiants traverseraient le réseau lisibles par quiconque se trouve sur le chemin. Utilisez https://, ou autorisez les identifiants en http non chiffré pour cette connexion (uniquement sur un réseau de confiance).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="172"/>
        <source>The server compressed its answer with {encoding}, which was not asked for.</source>
        <translation>Le serveur a compressé sa réponse avec {encoding}, ce qui n'avait pas été demandé.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="262"/>
        <source>Secure connection to {url} failed: {error}</source>
        <translation>La connexion sécurisée à {url} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="268"/>
        <source>The server {url} cannot be reached: {error}</source>
        <translation>Le serveur {url} est injoignable : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="269"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="271"/>
        <source>Request to {url} failed: {error}</source>
        <translation>La requête vers {url} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="276"/>
        <source>{url} sent a compressed answer that cannot be decompressed.</source>
        <translation>{url} a envoyé une réponse compressée impossible à décompresser.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="279"/>
        <source>The server {url} refused the credentials (HTTP {status}).</source>
        <translation>Le serveur {url} a refusé les identifiants (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="314"/>
        <source>{url} redirects again and again (more than {n} times): check the address of the connection.</source>
        <translation>{url} redirige encore et encore (plus de {n} fois) : vérifiez l'adresse de la connexion.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="318"/>
        <location filename="../core/sync/ogcapi.py" line="325"/>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="319"/>
        <source>The server moved to {target}: update the connection. It answered the {method} of {url} with a redirection (HTTP {status}), which is never followed for a write: nothing was stored, the change stays to be sent.</source>
        <translation>Le serveur a déménagé vers {target} : mettez la connexion à jour. Il a répondu au {method} de {url} par une redirection (HTTP {status}), qui n'est jamais suivie pour une écriture : rien n'a été enregistré, la modification reste à envoyer.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="326"/>
        <source>The server moved to {target}: update the connection. It redirected {url} there (HTTP {status}); a read is only followed on the same server, over the same protocol.</source>
        <translation>Le serveur a déménagé vers {target} : mettez la connexion à jour. Il y a redirigé {url} (HTTP {status}) ; une lecture n'est suivie que sur le même serveur, avec le même protocole.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="342"/>
        <source>Cancelled while reading from the server.</source>
        <translation>Annulé pendant la lecture depuis le serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="423"/>
        <source>The connection to {url} was cut before the whole answer arrived.</source>
        <translation>La connexion à {url} a été coupée avant l'arrivée de la réponse complète.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="425"/>
        <source>The connection to {url} was cut: {received} of {declared} bytes received.</source>
        <translation>La connexion à {url} a été coupée : {received} octets reçus sur {declared}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="429"/>
        <source>The server {url} did not answer completely within {seconds:g} s (it sends too slowly or never ends): given up.</source>
        <translation>Le serveur {url} n'a pas répondu complètement en {seconds:g} s (il envoie trop lentement ou sans fin) : abandon.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="434"/>
        <source>The server sent more than {limit} bytes in one response.</source>
        <translation>Le serveur a envoyé plus de {limit} octets en une seule réponse.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="442"/>
        <source>{url} answered with {type} instead of JSON (HTTP {status}).</source>
        <translation>{url} a répondu avec {type} au lieu de JSON (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="449"/>
        <source>{url} answered with invalid JSON: {error}</source>
        <translation>{url} a répondu avec un JSON invalide : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="456"/>
        <source>The server failed (HTTP {status}) on {url}.</source>
        <translation>Erreur du serveur (HTTP {status}) sur {url}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="461"/>
        <source>The server refused the request (HTTP {status}) on {url}. {detail}</source>
        <translation>Le serveur a refusé la requête (HTTP {status}) sur {url}. {detail}</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="483"/>
        <location filename="../core/sync/ogcapi.py" line="699"/>
        <source>The server has no collection {name}.</source>
        <translation>Le serveur n'a pas de collection {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="488"/>
        <source>{url} is not an OGC API - Features server.</source>
        <translation>{url} n'est pas un serveur OGC API - Features.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="492"/>
        <source>A collection description has no id.</source>
        <translation>Une description de collection n'a pas d'identifiant.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="575"/>
        <source>The server sent features of {collection} it had already sent (at offset {offset}): it does not page (it ignores offset), so the collection cannot be read completely. Tell the server's administrator.</source>
        <translation>Le serveur a renvoyé des entités de {collection} déjà envoyées (au décalage {offset}) : il ne pagine pas (il ignore offset), la collection ne peut donc pas être lue entièrement. Prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="582"/>
        <source>A feature of {collection} has an id that is neither a string nor a number.</source>
        <translation>Une entité de {collection} a un identifiant qui n'est ni une chaîne ni un nombre.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="585"/>
        <source>Features of {collection} have no id: they cannot be synchronised.</source>
        <translation>Des entités de {collection} n'ont pas d'identifiant : elles ne peuvent pas être synchronisées.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="587"/>
        <source>Feature {fid} of {collection} came twice while the pages were read (the data changed on the server meanwhile, or its paging order is not stable): the download stopped, try again.</source>
        <translation>L'entité {fid} de {collection} est arrivée deux fois pendant la lecture des pages (les données ont changé sur le serveur entre-temps, ou son ordre de pagination n'est pas stable) : le téléchargement s'est arrêté, réessayez.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="593"/>
        <source>{collection} has more than {limit} features: more than one listing reads (max_features). Check out a smaller area.</source>
        <translation>{collection} compte plus de {limit} entités : plus qu'une lecture n'en lit (max_features). Extrayez une zone plus petite.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="705"/>
        <source>{url} did not return a feature collection.</source>
        <translation>{url} n'a pas renvoyé de collection d'entités.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="710"/>
        <source>{url} returned a feature that is not an object.</source>
        <translation>{url} a renvoyé une entité qui n'est pas un objet.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="724"/>
        <source>{url} did not return a feature.</source>
        <translation>{url} n'a pas renvoyé d'entité.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="764"/>
        <source>Feature {fid} already exists in {collection} with other content.</source>
        <translation>L'entité {fid} existe déjà dans {collection} avec un autre contenu.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="864"/>
        <source>Feature {fid} from {url} has a coordinate that is not a number (NaN or infinite): refused.</source>
        <translation>L'entité {fid} venant de {url} a une coordonnée qui n'est pas un nombre (NaN ou infinie) : refusée.</translation>
    </message>
    <message>
        <location filename="../core/sync/ogcapi.py" line="870"/>
        <source>Feature {fid} from {url} has a value that is not a number (NaN or infinite) in {field}: refused.</source>
        <translation>L'entité {fid} venant de {url} a une valeur qui n'est pas un nombre (NaN ou infinie) dans {field} : refusée.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="107"/>
        <source>{sent} feature(s) published to {collection} ({mode}); {refused} refused, {invalid} with an invalid geometry not sent.</source>
        <translation>{sent} entité(s) publiée(s) dans {collection} ({mode}) ; {refused} refusée(s), {invalid} à la géométrie invalide non envoyée(s).</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="112"/>
        <source>Old features deleted: {n}.</source>
        <translation>Anciennes entités supprimées : {n}.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="113"/>
        <source>Old features kept: not every feature could be published.</source>
        <translation>Anciennes entités conservées : toutes les entités n'ont pas pu être publiées.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="115"/>
        <source>Personal data left out: {fields}.</source>
        <translation>Données personnelles écartées : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="116"/>
        <source>Personal data published on request: {fields}.</source>
        <translation>Données personnelles publiées à la demande : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="117"/>
        <source>Fields unknown to the server, left out: {fields}.</source>
        <translation>Champs inconnus du serveur, écartés : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="118"/>
        <source>Server fields absent from the layer: {fields}.</source>
        <translation>Champs du serveur absents de la couche : {fields}.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="119"/>
        <source>Invalid geometry, not sent: {ref} ({reason})</source>
        <translation>Géométrie invalide, non envoyée : {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="121"/>
        <source>Refused by the server: {ref} ({reason})</source>
        <translation>Refusée par le serveur : {ref} ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="124"/>
        <source>Publication cancelled.</source>
        <translation>Publication annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="131"/>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="140"/>
        <source>empty geometry</source>
        <translation>géométrie vide</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="224"/>
        <source>{done} of {total} features sent</source>
        <translation>{done} entités envoyées sur {total}</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="338"/>
        <source>{name}: {count} features downloaded</source>
        <translation>{name} : {count} entités téléchargées</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="347"/>
        <source>Checkout cancelled.</source>
        <translation>Récupération annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="429"/>
        <location filename="../core/sync/session.py" line="739"/>
        <location filename="../processing/algorithms/checkout.py" line="100"/>
        <location filename="../ui/tasks.py" line="284"/>
        <source>{name}: {error}</source>
        <translation>{name} : {error}</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="435"/>
        <source>{name}: checking unfinished pushes</source>
        <translation>{name} : vérification des envois inachevés</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="461"/>
        <source>The server stopped answering filtered requests; run the sync again.</source>
        <translation>Le serveur a cessé de répondre aux requêtes filtrées ; relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="522"/>
        <location filename="../core/sync/session.py" line="708"/>
        <location filename="../core/sync/session.py" line="724"/>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="523"/>
        <source>{name}: {count} server features read</source>
        <translation>{name} : {count} entités du serveur lues</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="725"/>
        <source>{name}: sending {done} of {total} changes</source>
        <translation>{name} : envoi de {done} modifications sur {total}</translation>
    </message>
    <message>
        <location filename="../core/sync/session.py" line="733"/>
        <source>{name}: {error} Run the sync again to merge it.</source>
        <translation>{name} : {error} Relancez la synchronisation pour la fusionner.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="186"/>
        <source>The workspace holds no collection {name}.</source>
        <translation>L'espace de travail ne contient pas de collection {name}.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="236"/>
        <source>Checkout of {name} cancelled.</source>
        <translation>Récupération de {name} annulée.</translation>
    </message>
    <message>
        <location filename="../core/sync/workspace.py" line="246"/>
        <source>{name} is already checked out in this workspace.</source>
        <translation>La collection {name} est déjà récupérée dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="57"/>
        <source>No permit</source>
        <translation>Sans autorisation</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="58"/>
        <source>Exceeds permit</source>
        <translation>Dépasse l'autorisation</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="59"/>
        <source>Conforming</source>
        <translation>Conforme à l'autorisation</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="115"/>
        <source>Search for unpermitted buildings canceled.</source>
        <translation>Recherche des constructions sans autorisation annulée.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="137"/>
        <source>{layer}: feature '{fid}' has no geometry, ignored.</source>
        <translation>{layer} : l'entité « {fid} » n'a pas de géométrie, ignorée.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="141"/>
        <source>{layer}: geometry of feature '{fid}' has no area, ignored.</source>
        <translation>{layer} : la géométrie de l'entité « {fid} » n'a pas de surface, ignorée.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="174"/>
        <source>Excess thresholds cannot be negative.</source>
        <translation>Les seuils de dépassement ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="176"/>
        <source>The minimum overlap ratio must be between 0 and 1.</source>
        <translation>Le taux de recouvrement minimal doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="201"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="229"/>
        <source>observed buildings</source>
        <translation>constructions observées</translation>
    </message>
    <message>
        <location filename="../core/veille.py" line="202"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="230"/>
        <source>permitted footprints</source>
        <translation>emprises autorisées</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <location filename="../plugin.py" line="82"/>
        <location filename="../processing/provider.py" line="21"/>
        <location filename="../ui/dock.py" line="36"/>
        <source>Agence Urbaine Numérique</source>
        <translation>Agence Urbaine Numérique</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="71"/>
        <source>Show or hide the Agence Urbaine Numérique panel</source>
        <translation>Afficher ou masquer le panneau Agence Urbaine Numérique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="14"/>
        <source>Permit conformity</source>
        <translation>Conformité des autorisations de construire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="15"/>
        <source>Urban watch (veille urbaine)</source>
        <translation>Veille urbaine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="16"/>
        <location filename="../ui/widgets.py" line="106"/>
        <source>Agency server</source>
        <translation>Serveur de l'agence</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="57"/>
        <source>The layer for {what} could not be opened.</source>
        <translation>La couche « {what} » n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="249"/>
        <source>Check permit conformity</source>
        <translation>Vérifier la conformité des demandes d'autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="252"/>
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
        <location filename="../processing/algorithms/check_conformity.py" line="271"/>
        <location filename="../processing/algorithms/parcel_note.py" line="80"/>
        <source>Regulation (JSON)</source>
        <translation>Règlement d'aménagement (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="274"/>
        <source>Parcel key (on parcels and applications; empty: link by location)</source>
        <translation>Clé de parcelle (sur les parcelles et les demandes ; vide : rattachement par localisation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="277"/>
        <source>Lot creation date (for older undersized lots)</source>
        <translation>Date de création du lot (pour les lots anciens sous-dimensionnés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="280"/>
        <source>Applications (planned building footprints)</source>
        <translation>Demandes (emprises des constructions projetées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="282"/>
        <source>Application id</source>
        <translation>Identifiant de la demande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="284"/>
        <source>Number of levels (or R+n)</source>
        <translation>Nombre de niveaux (ou R+n)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="285"/>
        <source>Height (m)</source>
        <translation>Hauteur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="286"/>
        <source>Intended use(s)</source>
        <translation>Usage(s) prévu(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="287"/>
        <source>Declared floor area (m²)</source>
        <translation>Surface de plancher déclarée (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="293"/>
        <location filename="../processing/algorithms/parcel_note.py" line="87"/>
        <source>Zone code field</source>
        <translation>Champ du code de zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="295"/>
        <source>Roads (polygons)</source>
        <translation>Voirie (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="297"/>
        <location filename="../processing/algorithms/parcel_note.py" line="91"/>
        <source>Servitude layers</source>
        <translation>Couches des servitudes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="300"/>
        <source>Applications with verdict</source>
        <translation>Demandes avec verdict</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="302"/>
        <source>Findings (one row per application and rule)</source>
        <translation>Constats (une ligne par demande et par règle)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="304"/>
        <source>Offending parts</source>
        <translation>Parties en infraction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="311"/>
        <source>Report folder (PDF)</source>
        <translation>Dossier des rapports (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="343"/>
        <location filename="../processing/algorithms/parcel_note.py" line="131"/>
        <location filename="../processing/algorithms/parcel_note.py" line="135"/>
        <source>parcels</source>
        <translation>parcelles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="344"/>
        <source>applications</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="359"/>
        <location filename="../processing/algorithms/parcel_note.py" line="148"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="235"/>
        <source>Reading layers…</source>
        <translation>Lecture des couches…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="374"/>
        <source>The zoning layer has no field '{field}'.</source>
        <translation>La couche de zonage n'a pas de champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="386"/>
        <source>Checking the rules…</source>
        <translation>Vérification des règles…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="465"/>
        <source>{n} applications checked: {ok} compliant, {ko} not compliant, {check} to be checked.</source>
        <translation>{n} demandes vérifiées : {ok} conformes, {ko} non conformes, {check} à vérifier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="500"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="258"/>
        <source>Writing outputs…</source>
        <translation>Écriture des résultats…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="582"/>
        <source>Writing the reports…</source>
        <translation>Rédaction des rapports…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_conformity.py" line="593"/>
        <source>Reports written to {folder} ({n} pages and a summary).</source>
        <translation>Rapports enregistrés dans {folder} ({n} pages et une synthèse).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="49"/>
        <source>Check out collections for offline work</source>
        <translation>Récupérer des collections pour le travail hors ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="52"/>
        <source>Copies collections of the agency server into a workspace GeoPackage that field teams edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the server's changes.

Connection: the name of a connection configured in the plugin. Collections: their ids, separated by commas (e.g. parcels, buildings).

Area: an extent, or a polygon layer (features intersecting its polygons are kept, now and at every sync); without either, whole collections are copied. Features keep the collection's storage CRS exactly, so a sync only sees real edits.

The workspace may already hold other collections; a collection already checked out there is refused.</source>
        <translation>Copie des collections du serveur de l'agence dans un espace de travail GeoPackage que les équipes de terrain modifient hors ligne dans QGIS ; « Synchroniser un espace de travail » envoie ensuite leurs modifications et rapatrie celles du serveur.

Connexion : le nom d'une connexion configurée dans l'extension. Collections : leurs identifiants, séparés par des virgules (par ex. parcels, buildings).

Zone : une emprise, ou une couche de polygones (les entités qui intersectent ses polygones sont conservées, maintenant et à chaque synchronisation) ; sans l'une ni l'autre, les collections sont copiées entières. Les entités gardent exactement le SCR de stockage de la collection, de sorte qu'une synchronisation ne voit que les vraies modifications.

L'espace de travail peut déjà contenir d'autres collections ; une collection qui y est déjà récupérée est refusée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="66"/>
        <location filename="../processing/algorithms/publish.py" line="61"/>
        <location filename="../processing/algorithms/sync.py" line="59"/>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="67"/>
        <source>Collections (comma separated)</source>
        <translation>Collections (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="68"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="70"/>
        <source>Area (polygons)</source>
        <translation>Zone (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="72"/>
        <location filename="../ui/fieldwork.py" line="112"/>
        <location filename="../ui/fieldwork.py" line="133"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="72"/>
        <location filename="../processing/algorithms/sync.py" line="58"/>
        <location filename="../ui/fieldwork.py" line="115"/>
        <location filename="../ui/fieldwork.py" line="127"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="73"/>
        <source>Features checked out</source>
        <translation>Entités récupérées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="78"/>
        <source>Name at least one collection to check out.</source>
        <translation>Indiquez au moins une collection à récupérer.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="85"/>
        <location filename="../ui/tasks.py" line="271"/>
        <source>Checking out {name}…</source>
        <translation>Récupération de {name}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="88"/>
        <source>{n} features checked out into {path}.</source>
        <translation>{n} entités récupérées dans {path}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkout.py" line="112"/>
        <source>The area layer has no polygon.</source>
        <translation>La couche de zone ne contient aucun polygone.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="55"/>
        <source>Parcel information note (PDF)</source>
        <translation>Note de renseignements urbanistiques (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="58"/>
        <source>Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel with their share of its area, the rules of each zone as the regulation (JSON file) sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum distance servitude such as a high-voltage line, passing within that distance).

Use the 'Selected features only' option of the parcels layer to write the notes of the selected parcels only.

Servitude layers are matched to the servitudes of the regulation by layer name or by table name (e.g. a layer or GeoPackage table named flood_zone is the servitude flood_zone); a layer matching none is ignored with a warning.

Areas and distances are measured in the plan's projected CRS (read from the regulation). Files are named note_&lt;parcel id&gt;_&lt;language&gt;.pdf; existing files of the same name are replaced.</source>
        <translation>Établit en PDF la note de renseignements urbanistiques de chaque parcelle, en français, en arabe ou dans les deux langues : un plan de la parcelle et de son zonage, les zones couvrant la parcelle avec leur part de sa superficie, les règles de chaque zone telles que les fixe le règlement (fichier JSON), et les servitudes grevant la parcelle (qui la recouvrent ou, pour une servitude de distance minimale comme une ligne à haute tension, qui passent à moins de cette distance).

Utilisez l'option « Entités sélectionnées uniquement » de la couche des parcelles pour n'établir que les notes des parcelles sélectionnées.

Les couches de servitude sont associées aux servitudes du règlement par nom de couche ou par nom de table (par ex. une couche ou une table GeoPackage nommée flood_zone correspond à la servitude flood_zone) ; une couche ne correspondant à aucune est ignorée avec un avertissement.

Les surfaces et les distances sont mesurées dans le SCR projeté du plan (lu dans le règlement). Les fichiers sont nommés note_&lt;identifiant de parcelle&gt;_&lt;langue&gt;.pdf ; les fichiers existants de même nom sont remplacés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="83"/>
        <source>Parcel id field (empty: feature id)</source>
        <translation>Champ d'identifiant de la parcelle (vide : identifiant de l'entité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="89"/>
        <source>Roads (polygons, for the map)</source>
        <translation>Voirie (polygones, pour le plan)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="93"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="93"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="93"/>
        <source>French and Arabic</source>
        <translation>Français et arabe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="93"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="95"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="96"/>
        <source>PDF files (separated by ';')</source>
        <translation>Fichiers PDF (séparés par « ; »)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="97"/>
        <source>Number of PDF files</source>
        <translation>Nombre de fichiers PDF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="104"/>
        <source>The {layer} layer has no field '{field}' (fields: {names}).</source>
        <translation>La couche {layer} n'a pas de champ « {field} » (champs : {names}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="152"/>
        <source>The parcels layer has no feature (or none is selected).</source>
        <translation>La couche des parcelles ne contient aucune entité (ou aucune n'est sélectionnée).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="162"/>
        <source>Computing the notes…</source>
        <translation>Calcul des notes…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="171"/>
        <source>Parcel {parcel} is not covered by any zone of the plan.</source>
        <translation>La parcelle {parcel} n'est couverte par aucune zone du plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="175"/>
        <source>Writing the notes…</source>
        <translation>Rédaction des notes…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="183"/>
        <source>{n} PDF notes written to {folder}.</source>
        <translation>{n} notes PDF enregistrées dans {folder}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="192"/>
        <source>Parcel {parcel} has no geometry: no note written.</source>
        <translation>La parcelle {parcel} n'a pas de géométrie : aucune note établie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="195"/>
        <source>A parcel has an empty '{field}': every parcel needs an id.</source>
        <translation>Une parcelle a un champ « {field} » vide : chaque parcelle doit avoir un identifiant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/parcel_note.py" line="198"/>
        <source>Parcel id {parcel} appears twice in field '{field}': the notes would overwrite each other.</source>
        <translation>L'identifiant de parcelle {parcel} figure deux fois dans le champ « {field} » : les notes s'écraseraient.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="41"/>
        <location filename="../ui/publish.py" line="58"/>
        <source>Publish a layer to the agency server</source>
        <translation>Publier une couche sur le serveur de l'agence</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="44"/>
        <source>Sends the features of a layer to a collection of the agency server (OGC API - Features).

Connection: the name of a connection configured in the plugin (its address and, if needed, a QGIS authentication configuration; no password is ever typed here).

Mode: append adds the features; replace adds them, then deletes the collection's other features, only once every valid feature is stored.

Before sending, features are reprojected to the collection's storage CRS. Features with an invalid or missing geometry are listed and not sent. Fields the server does not know are left out and listed. Personal data (names, CIN, phone, e-mail, address…) is never published unless the field is named in 'Personal fields to publish anyway'. A text field called id gives the features their ids (publishing again does not duplicate them).

Outputs: the numbers of features sent, refused, invalid and deleted, and a summary.</source>
        <translation>Envoie les entités d'une couche vers une collection du serveur de l'agence (OGC API - Features).

Connexion : le nom d'une connexion configurée dans l'extension (son adresse et, si besoin, une configuration d'authentification QGIS ; aucun mot de passe n'est jamais saisi ici).

Mode : « Ajouter » ajoute les entités ; « Remplacer » les ajoute puis supprime les autres entités de la collection, seulement une fois toutes les entités valides enregistrées.

Avant l'envoi, les entités sont reprojetées dans le SCR de stockage de la collection. Les entités à la géométrie invalide ou absente sont listées et non envoyées. Les champs inconnus du serveur sont écartés et listés. Les données personnelles (noms, CIN, téléphone, courriel, adresse…) ne sont jamais publiées, sauf si le champ figure dans « Champs personnels à publier malgré tout ». Un champ texte nommé id donne leurs identifiants aux entités (une nouvelle publication ne les duplique pas).

Sorties : le nombre d'entités envoyées, refusées, invalides et supprimées, et une synthèse.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="60"/>
        <source>Layer to publish</source>
        <translation>Couche à publier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="62"/>
        <location filename="../ui/collections.py" line="70"/>
        <location filename="../ui/publish.py" line="97"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="64"/>
        <location filename="../ui/publish.py" line="82"/>
        <source>Append</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="64"/>
        <location filename="../ui/publish.py" line="98"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="64"/>
        <location filename="../ui/publish.py" line="83"/>
        <location filename="../ui/publish.py" line="276"/>
        <source>Replace the collection's features</source>
        <translation>Remplacer les entités de la collection</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="66"/>
        <source>Personal fields to publish anyway</source>
        <translation>Champs personnels à publier malgré tout</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="68"/>
        <source>Features refused</source>
        <translation>Entités refusées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="68"/>
        <source>Features sent</source>
        <translation>Entités envoyées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="69"/>
        <source>Features with an invalid geometry</source>
        <translation>Entités à la géométrie invalide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="70"/>
        <source>Old features deleted</source>
        <translation>Anciennes entités supprimées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="72"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="94"/>
        <location filename="../ui/tasks.py" line="185"/>
        <source>Reading {n} features in {crs}…</source>
        <translation>Lecture de {n} entités en {crs}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publish.py" line="98"/>
        <location filename="../ui/publish.py" line="304"/>
        <source>Publication cancelled before anything was sent.</source>
        <translation>Publication annulée avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="39"/>
        <source>Synchronise a workspace</source>
        <translation>Synchroniser un espace de travail</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="42"/>
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
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Conflict policy</source>
        <translation>Politique de conflit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="61"/>
        <source>Stop (record conflicts)</source>
        <translation>Arrêter (enregistrer les conflits)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="62"/>
        <source>Keep theirs</source>
        <translation>Garder la version du serveur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="63"/>
        <source>Changes received</source>
        <translation>Modifications reçues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="63"/>
        <source>Changes sent</source>
        <translation>Modifications envoyées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="64"/>
        <location filename="../ui/fieldwork.py" line="155"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="64"/>
        <source>Edits still pending</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="66"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="71"/>
        <source>The workspace {path} does not exist.</source>
        <translation>L'espace de travail {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/sync.py" line="80"/>
        <location filename="../ui/fieldwork.py" line="424"/>
        <source>{pulled} change(s) received, {pushed} sent, {conflicts} conflict(s), {pending} edit(s) pending.</source>
        <translation>{pulled} modification(s) reçue(s), {pushed} envoyée(s), {conflicts} conflit(s), {pending} modification(s) en attente.</translation>
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
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="110"/>
        <source>Unpermitted or enlarged buildings</source>
        <translation>Constructions sans autorisation ou agrandies</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="113"/>
        <source>Compares the buildings observed on the ground (field survey, digitising from imagery) with the permitted building footprints, and classifies each observed building.

Matching: an observed building matches a permitted footprint when their overlap covers at least the minimum overlap ratio (default 0.3) of either of them, the smaller one deciding: overlap ≥ ratio × min(observed area, permitted area). A building touching a neighbour's permit along a shared wall therefore does not match it, while a building that covers its whole permit and much more does.

Classes:
- no_permit: the building matches no permitted footprint; the whole building is the excess.
- exceeds_permit: excess = observed building minus the union of the footprints it matches; its area is larger than the absolute threshold (m², default 10) AND larger than the ratio threshold times the permitted area (default 0.10, i.e. 10 % of the union of the matched footprints). Both must be passed, strictly; set one to 0 to use only the other. Small excesses are survey and digitising noise.
- conforming: matches a permit and its excess stays within a threshold.
Permitted footprints matched by no observed building are listed as not built yet.

Areas are measured in metres: the permitted footprints are reprojected into the observed layer's CRS, or both into the projected CRS given as parameter. A geographic CRS (degrees) is refused. Invalid geometries are repaired and named in the log; features without geometry are left out and named.

Outputs: the observed buildings with status, status_label, permit_ids, observed_m2, permitted_m2 and excess_m2; the excess parts (outside permits) of the buildings classed no_permit or exceeds_permit, with the same fields; optionally the permitted footprints not built yet. The counts per class are in the log and in the results.</source>
        <translation>Compare les constructions observées sur le terrain (relevé, numérisation sur imagerie) aux emprises autorisées, et classe chaque construction observée.

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
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="143"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="203"/>
        <source>Observed buildings</source>
        <translation>Constructions observées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="145"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="203"/>
        <source>Permitted footprints</source>
        <translation>Emprises autorisées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="147"/>
        <source>Permit id field (empty: feature ids)</source>
        <translation>Champ d'identifiant de l'autorisation (vide : identifiants des entités)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="150"/>
        <source>Excess threshold (m²)</source>
        <translation>Seuil de dépassement (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="153"/>
        <source>Excess threshold (share of the permitted area, 0.10 = 10 %)</source>
        <translation>Seuil de dépassement (part de la surface autorisée, 0,10 = 10 %)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="156"/>
        <source>Minimum overlap to match a permit (share of the smaller area)</source>
        <translation>Recouvrement minimal pour apparier une autorisation (part de la plus petite surface)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="161"/>
        <source>Projected CRS for measurements (empty: the observed layer's CRS)</source>
        <translation>SCR projeté des mesures (vide : SCR de la couche observée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="164"/>
        <source>Observed buildings with status</source>
        <translation>Constructions observées avec leur statut</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="166"/>
        <source>Parts outside permits</source>
        <translation>Parties hors autorisations</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="168"/>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="174"/>
        <source>Permitted footprints not built yet</source>
        <translation>Emprises autorisées non encore construites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="171"/>
        <source>Buildings without permit</source>
        <translation>Constructions sans autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="172"/>
        <source>Buildings exceeding their permit</source>
        <translation>Constructions dépassant leur autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="173"/>
        <source>Buildings conforming to their permit</source>
        <translation>Constructions conformes à leur autorisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="175"/>
        <source>Observed features without geometry</source>
        <translation>Entités observées sans géométrie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="186"/>
        <source>The observed buildings layer has no known CRS: areas cannot be measured. Set the layer's CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>La couche des constructions observées n'a pas de SCR connu : les surfaces ne peuvent pas être mesurées. Définissez le SCR de la couche, ou donnez un SCR projeté en mètres pour les mesures (par exemple EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="191"/>
        <source>{crs} is a geographic CRS (degrees): areas cannot be measured in it. Reproject the layers to the plan's projected CRS, or give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} est un SCR géographique (en degrés) : les surfaces ne peuvent pas y être mesurées. Reprojetez les couches dans le SCR projeté du plan, ou donnez un SCR projeté en mètres pour les mesures (par exemple EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="197"/>
        <source>{crs} is not in metres: give a projected CRS in metres for the measurements (for example EPSG:26191, Merchich / Nord Maroc).</source>
        <translation>{crs} n'est pas en mètres : donnez un SCR projeté en mètres pour les mesures (par exemple EPSG:26191, Merchich / Nord Maroc).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="206"/>
        <source>{layer} has no CRS: taken as already in {crs}.</source>
        <translation>{layer} n'a pas de SCR : considérée comme étant déjà en {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="209"/>
        <source>{layer} reprojected from {source} to {crs} before measuring; a change of datum (Merchich ↔ WGS 84) is accurate to a few metres only.</source>
        <translation>{layer} reprojetée de {source} vers {crs} avant les mesures ; un changement de datum (Merchich ↔ WGS 84) n'est précis qu'à quelques mètres près.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="220"/>
        <source>The permitted footprints have no field '{field}': permits are named by their feature ids.</source>
        <translation>Les emprises autorisées n'ont pas de champ « {field} » : les autorisations sont désignées par les identifiants des entités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="224"/>
        <source>The permitted footprints have no field '{field}'.</source>
        <translation>Les emprises autorisées n'ont pas de champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="242"/>
        <source>Comparing observed buildings with permits…</source>
        <translation>Comparaison des constructions observées avec les autorisations…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="276"/>
        <source>{n} observed buildings: {none} without permit, {exceeds} exceeding their permit, {ok} conforming; {skipped} left out (no geometry).</source>
        <translation>{n} constructions observées : {none} sans autorisation, {exceeds} dépassant leur autorisation, {ok} conformes ; {skipped} écartées (sans géométrie).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpermitted_buildings.py" line="283"/>
        <source>{n} permitted footprints not built yet (permits: {ids}).</source>
        <translation>{n} emprises autorisées non encore construites (autorisations : {ids}).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="53"/>
        <source>Connection {name}: {problem}</source>
        <translation>Connexion {name} : {problem}</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="96"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="97"/>
        <source>No agency server connection is called '{name}' (configured: {known}).</source>
        <translation>Aucune connexion au serveur de l'agence ne s'appelle « {name} » (connexions configurées : {known}).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="105"/>
        <source>The address of the connection {name} contains a user name or password ({url}): edit the connection, remove them and choose an authentication configuration.</source>
        <translation>L'adresse de la connexion {name} contient un nom d'utilisateur ou un mot de passe ({url}) : modifiez la connexion, retirez-les et choisissez une configuration d'authentification.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="127"/>
        <source>QGIS's authentication system is not available: the credentials of configuration {id} cannot be read.</source>
        <translation>Le système d'authentification de QGIS n'est pas disponible : les identifiants de la configuration {id} ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="130"/>
        <source>The authentication configuration {id} does not exist in this QGIS profile.</source>
        <translation>La configuration d'authentification {id} n'existe pas dans ce profil QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="135"/>
        <source>The credentials of authentication configuration {id} could not be decrypted (is the master password set?).</source>
        <translation>Les identifiants de la configuration d'authentification {id} n'ont pas pu être déchiffrés (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../processing/connections.py" line="150"/>
        <source>Authentication method {method} of configuration {id} is not supported for agency servers: use Basic.</source>
        <translation>La méthode d'authentification {method} de la configuration {id} n'est pas prise en charge pour les serveurs de l'agence : utilisez Basic.</translation>
    </message>
    <message>
        <location filename="../processing/features.py" line="76"/>
        <source>feature {fid}</source>
        <translation>entité {fid}</translation>
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
        <location filename="../processing/layers.py" line="120"/>
        <location filename="../processing/layers.py" line="263"/>
        <source>{layer}: {count} of {total} features read</source>
        <translation>{layer} : {count} entités lues sur {total}</translation>
    </message>
    <message>
        <location filename="../processing/layers.py" line="379"/>
        <source>Layer {layer} matches no servitude of the regulation ({ids}); it was ignored.</source>
        <translation>La couche {layer} ne correspond à aucune servitude du règlement ({ids}) ; elle a été ignorée.</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="18"/>
        <source>Agence urbaine</source>
        <translation>Agence urbaine</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="49"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="70"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="70"/>
        <source>Extent (lon/lat)</source>
        <translation>Emprise (lon/lat)</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="70"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="81"/>
        <location filename="../ui/collections.py" line="146"/>
        <source>Choose a server connection, then refresh to see its collections.</source>
        <translation>Choisissez une connexion au serveur, puis actualisez pour voir ses collections.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="88"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="90"/>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="92"/>
        <source>Adds the selected collections as live, read-only layers (QGIS's OGC API - Features provider loads what the map shows). To edit, check them out for field work.</source>
        <translation>Ajoute les collections sélectionnées comme couches en direct, en lecture seule (le fournisseur OGC API - Features de QGIS charge ce que la carte affiche). Pour les modifier, récupérez-les pour le travail de terrain.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="95"/>
        <source>Publish a layer…</source>
        <translation>Publier une couche…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="98"/>
        <source>Check out…</source>
        <translation>Récupérer…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="101"/>
        <source>Copy the selected collections into a GeoPackage for offline field work</source>
        <translation>Copier les collections sélectionnées dans un GeoPackage pour le travail de terrain hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="139"/>
        <source>Reading the collections…</source>
        <translation>Lecture des collections…</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="148"/>
        <source>The collections could not be listed. {explanation}</source>
        <translation>Les collections n'ont pas pu être listées. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="152"/>
        <source>{n} collection(s) on the server.</source>
        <translation>{n} collection(s) sur le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="162"/>
        <source>Id: {id}</source>
        <translation>Identifiant : {id}</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="171"/>
        <source>The server publishes no feature collection.</source>
        <translation>Le serveur ne publie aucune collection d'entités.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="201"/>
        <source>{title} could not be added to the map: the server's OGC API - Features service did not answer as QGIS expects.</source>
        <translation>{title} n'a pas pu être ajoutée à la carte : le service OGC API - Features du serveur n'a pas répondu comme QGIS l'attend.</translation>
    </message>
    <message>
        <location filename="../ui/collections.py" line="208"/>
        <source>{n} layer(s) added.</source>
        <translation>{n} couche(s) ajoutée(s).</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="44"/>
        <source>(whole feature)</source>
        <translation>(entité entière)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="46"/>
        <source>(geometry)</source>
        <translation>(géométrie)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="53"/>
        <location filename="../ui/conflicts.py" line="55"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="53"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="75"/>
        <source>No conflict.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="80"/>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="80"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="80"/>
        <location filename="../ui/conflicts.py" line="150"/>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="80"/>
        <location filename="../ui/conflicts.py" line="151"/>
        <source>Theirs</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="81"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="96"/>
        <source>All mine</source>
        <translation>Tout selon ma version</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="98"/>
        <source>All theirs</source>
        <translation>Tout selon le serveur</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="100"/>
        <source>Apply resolutions</source>
        <translation>Appliquer les résolutions</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="102"/>
        <source>Write the chosen values into the workspace; the next sync sends them</source>
        <translation>Écrire les valeurs choisies dans l'espace de travail ; la prochaine synchronisation les enverra</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="112"/>
        <source>Double-click a row to show the feature on the map</source>
        <translation>Double-cliquez sur une ligne pour afficher l'entité sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/conflicts.py" line="139"/>
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
        <location filename="../ui/connections.py" line="55"/>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="57"/>
        <source>A connection name cannot contain / or \.</source>
        <translation>Un nom de connexion ne peut pas contenir / ni \.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="59"/>
        <source>A connection called {name} already exists.</source>
        <translation>Une connexion nommée {name} existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="61"/>
        <source>The address must start with http:// or https://.</source>
        <translation>L'adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="79"/>
        <source>Agency server connection</source>
        <translation>Connexion au serveur de l'agence</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="80"/>
        <source>Edit the connection {name}</source>
        <translation>Modifier la connexion {name}</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="87"/>
        <source>e.g. Agence urbaine de Rabat</source>
        <translation>par ex. Agence urbaine de Rabat</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="94"/>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="96"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="100"/>
        <source>Credentials are kept in QGIS's encrypted authentication database: choose or create a configuration (Basic: user name and password; API key header on QGIS 3.26 and later). Only its id is stored with the connection.</source>
        <translation>Les identifiants sont conservés dans la base d'authentification chiffrée de QGIS : choisissez ou créez une configuration (Basic : nom d'utilisateur et mot de passe ; en-tête de clé d'API à partir de QGIS 3.26). Seul son identifiant est enregistré avec la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="106"/>
        <source>Allow the credentials over unencrypted http:// (only on a network you trust)</source>
        <translation>Autoriser les identifiants en http:// non chiffré (uniquement sur un réseau de confiance)</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="109"/>
        <source>Without it, credentials are only sent over https://, or to a server on this computer.</source>
        <translation>Sans cela, les identifiants ne sont envoyés qu'en https://, ou à un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="122"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="124"/>
        <source>Check the address and credentials before saving</source>
        <translation>Vérifier l'adresse et les identifiants avant d'enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="171"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="179"/>
        <source>The server answers: {n} collection(s).</source>
        <translation>Le serveur répond : {n} collection(s).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="181"/>
        <location filename="../ui/connections.py" line="345"/>
        <source>Connection test cancelled.</source>
        <translation>Test de connexion annulé.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="206"/>
        <source>Credentials over plain HTTP</source>
        <translation>Identifiants en HTTP non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="207"/>
        <source>This address is not encrypted (http://): the credentials would cross the network readable by anyone on the way. Use https:// unless the server is on this computer. Save anyway?</source>
        <translation>Cette adresse n'est pas chiffrée (http://) : les identifiants traverseraient le réseau lisibles par quiconque sur le trajet. Utilisez https:// sauf si le serveur est sur cet ordinateur. Enregistrer malgré tout ?</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="225"/>
        <location filename="../ui/dock.py" line="57"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="232"/>
        <source>Add a connection…</source>
        <translation>Ajouter une connexion…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="233"/>
        <source>Edit the connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="235"/>
        <location filename="../ui/connections.py" line="309"/>
        <source>Remove the connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="237"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="256"/>
        <source>No connection: add one</source>
        <translation>Aucune connexion : ajoutez-en une</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="309"/>
        <source>Remove the connection {name}? Its authentication configuration stays in QGIS.</source>
        <translation>Supprimer la connexion {name} ? Sa configuration d'authentification reste dans QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="322"/>
        <source>Choose or add a server connection first.</source>
        <translation>Choisissez ou ajoutez d'abord une connexion au serveur.</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="342"/>
        <source>Connection {name} works: the server offers {n} collection(s).</source>
        <translation>La connexion {name} fonctionne : le serveur propose {n} collection(s).</translation>
    </message>
    <message>
        <location filename="../ui/connections.py" line="347"/>
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
        <location filename="../ui/fieldwork.py" line="64"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="93"/>
        <source>Check out for field work</source>
        <translation>Récupérer pour le terrain</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="99"/>
        <source>Refresh the server's collections (Server tab) to choose them here.</source>
        <translation>Actualisez les collections du serveur (onglet Serveur) pour les choisir ici.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="105"/>
        <source>Map canvas extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="107"/>
        <source>Selected polygons (active layer)</source>
        <translation>Polygones sélectionnés (couche active)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="108"/>
        <source>Whole collections</source>
        <translation>Collections entières</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="113"/>
        <source>Workspace GeoPackage</source>
        <translation>GeoPackage de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="114"/>
        <source>Work area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="116"/>
        <source>Check out</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="119"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="134"/>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="140"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="142"/>
        <source>Send the workspace's edits and bring the server's changes; conflicting edits are listed below, nothing is overwritten</source>
        <translation>Envoyer les modifications de l'espace de travail et rapatrier celles du serveur ; les modifications en conflit sont listées ci-dessous, rien n'est écrasé</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="144"/>
        <source>Add layers to map</source>
        <translation>Couches sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="215"/>
        <source>No map canvas here: check out whole collections.</source>
        <translation>Pas de carte ici : récupérez des collections entières.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="221"/>
        <source>Select polygons in a polygon layer and make it the active layer.</source>
        <translation>Sélectionnez des polygones dans une couche de polygones et faites-en la couche active.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="224"/>
        <source>No polygon is selected in {layer}.</source>
        <translation>Aucun polygone n'est sélectionné dans {layer}.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="236"/>
        <source>{path} already exists and is not a workspace: choose another file name.</source>
        <translation>{path} existe déjà et n'est pas un espace de travail : choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="257"/>
        <source>Checkout failed. {explanation}</source>
        <translation>La récupération a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="263"/>
        <source>Nothing was checked out.</source>
        <translation>Rien n'a été récupéré.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="267"/>
        <source>{n} feature(s) checked out into {path}; the layers are in the project.</source>
        <translation>{n} entité(s) récupérée(s) dans {path} ; les couches sont dans le projet.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="270"/>
        <source>Cancelled before the other collections.</source>
        <translation>Annulé avant les autres collections.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="279"/>
        <source>{path} is not a workspace made by a checkout.</source>
        <translation>{path} n'est pas un espace de travail créé par une récupération.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="320"/>
        <source>Field work: no workspace open.</source>
        <translation>Travail de terrain : aucun espace de travail ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="325"/>
        <source>Field work: {pending} pending change(s) · {conflicts} conflict(s)</source>
        <translation>Travail de terrain : {pending} modification(s) en attente · {conflicts} conflit(s)</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="326"/>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="329"/>
        <source>Unsaved edits in {layers}: save them to count and sync them.</source>
        <translation>Modifications non enregistrées dans {layers} : enregistrez-les pour les compter et les synchroniser.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="331"/>
        <source>Workspace {path}
Collections: {names}</source>
        <translation>Espace de travail {path}
Collections : {names}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="337"/>
        <source>The workspace is being synchronised…</source>
        <translation>Synchronisation de l'espace de travail en cours…</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="342"/>
        <source>The workspace cannot be read: {error}</source>
        <translation>L'espace de travail est illisible : {error}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="350"/>
        <source>Field work — {name}</source>
        <translation>Travail de terrain — {name}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="360"/>
        <source>Add the workspace's layers to the map to see the feature.</source>
        <translation>Ajoutez les couches de l'espace de travail à la carte pour voir l'entité.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="365"/>
        <source>The feature is no longer in the workspace (deleted here).</source>
        <translation>L'entité n'est plus dans l'espace de travail (supprimée ici).</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="381"/>
        <source>The edits of {layer} could not be saved: {errors}</source>
        <translation>Les modifications de {layer} n'ont pas pu être enregistrées : {errors}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="388"/>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="389"/>
        <source>Save the edits of {layers} first? The sync only sends saved edits.</source>
        <translation>Enregistrer d'abord les modifications de {layers} ? La synchronisation n'envoie que les modifications enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="416"/>
        <source>Sync failed. {explanation}</source>
        <translation>La synchronisation a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="421"/>
        <source>Sync cancelled: the workspace is consistent, run the sync again.</source>
        <translation>Synchronisation annulée : l'espace de travail est cohérent, relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="428"/>
        <source>Some changes could not be sent: run the sync again, nothing was lost.</source>
        <translation>Certaines modifications n'ont pas pu être envoyées : relancez la synchronisation, rien n'est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="431"/>
        <source>Sync cancelled: run it again to finish.</source>
        <translation>Synchronisation annulée : relancez-la pour la terminer.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="434"/>
        <source>Resolve the conflicts in the list, then sync again.</source>
        <translation>Résolvez les conflits de la liste, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwork.py" line="442"/>
        <source>{n} conflict(s) resolved: sync to send the resolutions.</source>
        <translation>{n} conflit(s) résolu(s) : synchronisez pour envoyer les résolutions.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="31"/>
        <source>Unreachable: the server does not answer. Check the address, that the server is running, and your network connection.</source>
        <translation>Injoignable : le serveur ne répond pas. Vérifiez l'adresse, que le serveur fonctionne, et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="34"/>
        <source>Access refused (HTTP 401/403): the server did not accept the credentials. Check the user name and password (or API key) of the authentication configuration, and that this account may use the server.</source>
        <translation>Accès refusé (HTTP 401/403) : le serveur n'a pas accepté les identifiants. Vérifiez le nom d'utilisateur et le mot de passe (ou la clé d'API) de la configuration d'authentification, et que ce compte a accès au serveur.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="38"/>
        <source>Not an OGC API - Features server: the address answers, but not as an agency server. Check the address: it must be the root of the API (the page that links to /collections).</source>
        <translation>Pas un serveur OGC API - Features : l'adresse répond, mais pas comme un serveur de l'agence. Vérifiez l'adresse : ce doit être la racine de l'API (la page qui renvoie vers /collections).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="42"/>
        <source>Secure connection failed (TLS): the server's certificate is not valid or not trusted (expired, self-signed or issued for another name). Ask the server's administrator, or add the certificate authority in QGIS's authentication settings.</source>
        <translation>Échec de la connexion sécurisée (TLS) : le certificat du serveur n'est pas valide ou pas reconnu (expiré, auto-signé ou délivré pour un autre nom). Adressez-vous à l'administrateur du serveur, ou ajoutez l'autorité de certification dans les paramètres d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="46"/>
        <source>Someone changed the same data on the server in the meantime. Run the sync again: it merges the changes.</source>
        <translation>Quelqu'un a modifié les mêmes données sur le serveur entre-temps. Relancez la synchronisation : elle fusionne les modifications.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>The collection no longer exists on the server. Refresh the list of collections.</source>
        <translation>La collection n'existe plus sur le serveur. Actualisez la liste des collections.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="51"/>
        <source>The server failed while answering. Try again later; if it keeps failing, tell the server's administrator.</source>
        <translation>Le serveur a échoué en répondant. Réessayez plus tard ; si l'échec persiste, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="54"/>
        <source>The server answered with something unusable. Tell the server's administrator.</source>
        <translation>Le serveur a renvoyé une réponse inexploitable. Prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="70"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="95"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="103"/>
        <source>Personal data is not published: tick a field only if publishing it is lawful and intended.</source>
        <translation>Les données personnelles ne sont pas publiées : ne cochez un champ que si sa publication est licite et voulue.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="127"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="129"/>
        <source>Read the layer and compare it with the collection before sending</source>
        <translation>Lire la couche et la comparer à la collection avant l'envoi</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="130"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="133"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="166"/>
        <source>The collection will hold exactly these features: the others are deleted once every valid feature is stored.</source>
        <translation>La collection contiendra exactement ces entités : les autres sont supprimées une fois toutes les entités valides enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="168"/>
        <source>Adds the features; those already published under the same id are kept.</source>
        <translation>Ajoute les entités ; celles déjà publiées sous le même identifiant sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="180"/>
        <location filename="../ui/publish.py" line="257"/>
        <source>Invalid geometries: not sent</source>
        <translation>Géométries invalides : non envoyées</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="181"/>
        <location filename="../ui/publish.py" line="265"/>
        <source>Differences with the server's fields</source>
        <translation>Différences avec les champs du serveur</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="182"/>
        <source>Check the layer against the collection before publishing.</source>
        <translation>Vérifiez la couche par rapport à la collection avant de publier.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="183"/>
        <source>Choose a layer with geometries.</source>
        <translation>Choisissez une couche avec des géométries.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="206"/>
        <source>Personal data ({n} field(s))</source>
        <translation>Données personnelles ({n} champ(s))</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="213"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="215"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="216"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="237"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="245"/>
        <location filename="../ui/tasks.py" line="190"/>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="245"/>
        <source>The check failed. {explanation}</source>
        <translation>La vérification a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="258"/>
        <source>{ref}: {reason}</source>
        <translation>{ref} : {reason}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="259"/>
        <source>Not on the server, left out: {field}</source>
        <translation>Absent du serveur, écarté : {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="261"/>
        <source>On the server, absent from the layer: {field}</source>
        <translation>Sur le serveur, absent de la couche : {field}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="264"/>
        <source>The server does not describe its fields (empty collection): not compared.</source>
        <translation>Le serveur ne décrit pas ses champs (collection vide) : pas de comparaison.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="267"/>
        <source>{valid} feature(s) ready to publish in {crs}; {invalid} with an invalid geometry will not be sent.</source>
        <translation>{valid} entité(s) prête(s) à publier en {crs} ; {invalid} à la géométrie invalide ne seront pas envoyées.</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="277"/>
        <source>The collection {collection} will hold only the features of this layer: the others will be deleted from the server once every valid feature is stored. Continue?</source>
        <translation>La collection {collection} ne contiendra que les entités de cette couche : les autres seront supprimées du serveur une fois toutes les entités valides enregistrées. Continuer ?</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="288"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="298"/>
        <source>Publication failed. {explanation}</source>
        <translation>La publication a échoué. {explanation}</translation>
    </message>
    <message>
        <location filename="../ui/publish.py" line="309"/>
        <source>{sent} feature(s) sent to {collection}, {refused} refused or not sent.</source>
        <translation>{sent} entité(s) envoyée(s) vers {collection}, {refused} refusée(s) ou non envoyée(s).</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="115"/>
        <source>Testing the connection {name}</source>
        <translation>Test de la connexion {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="118"/>
        <source>Contacting the server…</source>
        <translation>Contact du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="126"/>
        <source>Listing the collections of {name}</source>
        <translation>Liste des collections de {name}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="129"/>
        <source>Reading the list of collections…</source>
        <translation>Lecture de la liste des collections…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="177"/>
        <source>Checking {layer} before publishing</source>
        <translation>Vérification de {layer} avant publication</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="182"/>
        <source>Reading the collection's description…</source>
        <translation>Lecture de la description de la collection…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="196"/>
        <source>Comparing with the server's fields…</source>
        <translation>Comparaison avec les champs du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="211"/>
        <source>Publishing to {collection}</source>
        <translation>Publication vers {collection}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="238"/>
        <source>The area cannot be expressed in {crs}: zoom in on the area to work in, or choose polygons.</source>
        <translation>La zone ne peut pas être exprimée en {crs} : zoomez sur la zone de travail, ou choisissez des polygones.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="259"/>
        <source>Checking out {n} collection(s)</source>
        <translation>Récupération de {n} collection(s)</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="300"/>
        <source>Synchronising the workspace</source>
        <translation>Synchronisation de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="316"/>
        <source>{name} was checked out from {theirs}, not from the selected connection ({ours}). Choose that server's connection.</source>
        <translation>{name} a été récupérée depuis {theirs}, et non depuis la connexion choisie ({ours}). Choisissez la connexion de ce serveur.</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="55"/>
        <location filename="../ui/widgets.py" line="56"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="92"/>
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
        <source>Distance from the footprint to the rear limits; required max(minimum, factor x height).</source>
        <translation type="vanished">Distance entre l'emprise et les limites de fond ; exigé (prospect) : max(minimum, facteur × hauteur).</translation>
    </message>
    <message>
        <source>Distance from the footprint to the side limits; required max(minimum, factor x height).</source>
        <translation type="vanished">Distance entre l'emprise et les limites latérales ; exigé (prospect) : max(minimum, facteur × hauteur).</translation>
    </message>
    <message>
        <source>No workspace open: check collections out, or open a workspace GeoPackage.</source>
        <translation type="vanished">Aucun espace de travail ouvert : récupérez des collections, ou ouvrez un GeoPackage d'espace de travail.</translation>
    </message>
    <message>
        <source>Replace: the collection will hold exactly these features (the others are deleted once all are stored)</source>
        <translation type="vanished">Remplacer : la collection contiendra exactement ces entités (les autres sont supprimées une fois toutes enregistrées)</translation>
    </message>
    <message>
        <source>{n} layer(s) added: a live, read-only view of the server.</source>
        <translation type="vanished">{n} couche(s) ajoutée(s) : une vue en direct, en lecture seule, du serveur.</translation>
    </message>
    <message>
        <source>{pending} pending change(s) · last sync {when} · {conflicts} conflict(s)</source>
        <translation type="vanished">{pending} modification(s) en attente · dernière synchronisation {when} · {conflicts} conflit(s)</translation>
    </message>
</context>
</TS>
