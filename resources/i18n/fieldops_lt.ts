<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/views/admin.py" line="143"/>
        <source>Users and roles</source>
        <translation>Naudotojai ir vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="144"/>
        <source>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</source>
        <translation>Kas dirba su šia darbo sritimi, kurioje įstaigoje ir kokiu vaidmeniu, ir kas gali prisijungti šiame nešiojamajame kompiuteryje.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="146"/>
        <source>New user</source>
        <translation>Naujas naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="147"/>
        <source>Edit</source>
        <translation>Redaguoti</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="148"/>
        <source>Set password</source>
        <translation>Nustatyti slaptažodį</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="149"/>
        <source>Filter by name, user name, badge, agency…</source>
        <translation>Filtruoti pagal vardą, naudotojo vardą, ženklą, įstaigą…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="153"/>
        <location filename="../../ui/views/admin.py" line="296"/>
        <source>Regional server</source>
        <translation>Regioninis serveris</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="154"/>
        <source>Connect this laptop…</source>
        <translation>Prijungti šį nešiojamąjį kompiuterį…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/admin.py" line="182"/>
        <source>%n user(s) in the workspace.</source>
        <translation>
            <numerusform>Darbo srityje yra %n naudotojas.</numerusform>
            <numerusform>Darbo srityje yra %n naudotojai.</numerusform>
            <numerusform>Darbo srityje yra %n naudotojų.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="215"/>
        <source>Activate</source>
        <translation>Aktyvinti</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="215"/>
        <source>Deactivate</source>
        <translation>Išaktyvinti</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="221"/>
        <source>Not connected. Records stay on this laptop until it is connected to the regional server with an enrollment code.</source>
        <translation>Neprijungta. Įrašai lieka šiame nešiojamajame kompiuteryje, kol jis registracijos kodu prijungiamas prie regioninio serverio.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="225"/>
        <source>Connected to {url} as device {device} ({agency}).</source>
        <translation>Prijungta prie {url} kaip įrenginys {device} ({agency}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="228"/>
        <source>Signing in to the server failed: {reason}</source>
        <translation>Nepavyko prisijungti prie serverio: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="230"/>
        <source>You are signed in to the server: users you create with a password here also get their server accounts.</source>
        <translation>Esate prisijungę prie serverio: čia su slaptažodžiu sukurti naudotojai taip pat gauna serverio paskyras.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="233"/>
        <source>You have not signed in to the server on this laptop yet: users you create here must also be created on the server.</source>
        <translation>Šiame nešiojamajame kompiuteryje dar neprisijungėte prie serverio: čia sukurtus naudotojus reikia sukurti ir serveryje.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="262"/>
        <source>This laptop is not signed in to the regional server.</source>
        <translation>Šis nešiojamasis kompiuteris neprisijungęs prie regioninio serverio.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="280"/>
        <source>{name} can also sign in on the regional server.</source>
        <translation>{name} gali prisijungti ir prie regioninio serverio.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="293"/>
        <source>{name} has no server account yet.</source>
        <translation>{name}: serverio paskyros dar nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="297"/>
        <source>{name} was saved on this laptop, but the server account was not created or updated: {reason}

Create it on the regional server later (or set the password here again when connected).</source>
        <translation>{name}: naudotojas išsaugotas šiame nešiojamajame kompiuteryje, bet serverio paskyra nebuvo sukurta ar atnaujinta: {reason}

Sukurkite ją regioniniame serveryje vėliau (arba dar kartą nustatykite slaptažodį čia, kai bus ryšys).</translation>
    </message>
</context>
<context>
    <name>AmendmentBar</name>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="54"/>
        <location filename="../../ui/widgets/amendment_bar.py" line="114"/>
        <location filename="../../ui/widgets/amendment_bar.py" line="120"/>
        <source>Withdraw the amendment</source>
        <translation>Atšaukti pakeitimą</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="52"/>
        <source>Propose a co&amp;rrection…</source>
        <translation>&amp;Siūlyti pataisymą…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="53"/>
        <source>Propose voi&amp;ding…</source>
        <translation>Siūlyti an&amp;uliuoti…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="55"/>
        <source>Versi&amp;on history…</source>
        <translation>Versijų &amp;istorija…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="76"/>
        <source>Voided by an approved amendment: kept on record, never counted.</source>
        <translation>Anuliuota patvirtintu pakeitimu: saugoma įrašuose, neskaičiuojama.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="77"/>
        <source>Approved and locked. A correction or a void is an amendment with a reason, reviewed by a supervisor like the log.</source>
        <translation>Patvirtinta ir užrakinta. Pataisymas ar anuliavimas yra pakeitimas su priežastimi, kurį vadovas peržiūri kaip ir žurnalą.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="80"/>
        <source>%1 by %2, submitted %3: waiting for a supervisor.</source>
        <translation>%1 (%2), pateikta %3: laukia vadovo sprendimo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="84"/>
        <source>Your amendment was returned: %1</source>
        <translation>Jūsų pakeitimas grąžintas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="86"/>
        <source>A draft correction was made from changes the server refused (the operation had been approved). Complete it with a reason, or withdraw it.</source>
        <translation>Iš pakeitimų, kuriuos serveris atmetė (operacija jau buvo patvirtinta), sukurtas pataisymo juodraštis. Papildykite jį priežastimi arba atšaukite.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="93"/>
        <source>Co&amp;mplete the draft…</source>
        <translation>Papildyti &amp;juodraštį…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="94"/>
        <source>Edit and sub&amp;mit again…</source>
        <translation>Taisyti ir pat&amp;eikti dar kartą…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="115"/>
        <source>Withdraw this amendment? It stays on record as withdrawn.</source>
        <translation>Atšaukti šį pakeitimą? Jis liks įrašuose kaip atšauktas.</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="47"/>
        <source>Propose a correction of %1</source>
        <translation>Siūlyti pataisyti %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="48"/>
        <source>Propose voiding %1</source>
        <translation>Siūlyti anuliuoti %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="52"/>
        <source>The operation is approved and locked. A supervisor reviews this amendment; only an approved correction changes the record, as its next version.</source>
        <translation>Operacija patvirtinta ir užrakinta. Šį pakeitimą peržiūri vadovas; įrašą keičia tik patvirtintas pataisymas — kaip kita versija.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="54"/>
        <source>Voiding keeps the operation on record, marked voided, and takes it out of every count. A supervisor reviews it first.</source>
        <translation>Anuliuota operacija lieka įrašuose su žyma „anuliuota“ ir neįtraukiama į jokius skaičius. Pirmiausia ją peržiūri vadovas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="59"/>
        <source>Returned by the supervisor: %1</source>
        <translation>Vadovas grąžino: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/amendment.py" line="65"/>
        <source>Made from %n change(s) you made offline after the operation had been approved; the server kept the approved version. Add a reason and submit, or withdraw.</source>
        <translation>
            <numerusform>Sukurta iš %n pakeitimo, kurį atlikote neprisijungę po operacijos patvirtinimo; serveris išsaugojo patvirtintą versiją. Nurodykite priežastį ir pateikite arba atšaukite.</numerusform>
            <numerusform>Sukurta iš %n pakeitimų, kuriuos atlikote neprisijungę po operacijos patvirtinimo; serveris išsaugojo patvirtintą versiją. Nurodykite priežastį ir pateikite arba atšaukite.</numerusform>
            <numerusform>Sukurta iš %n pakeitimų, kuriuos atlikote neprisijungę po operacijos patvirtinimo; serveris išsaugojo patvirtintą versiją. Nurodykite priežastį ir pateikite arba atšaukite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="73"/>
        <source>Why the approved record must change (required)</source>
        <translation>Kodėl patvirtintą įrašą reikia keisti (privaloma)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="77"/>
        <source>&amp;Reason</source>
        <translation>&amp;Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="92"/>
        <source>Sen&amp;d for review</source>
        <translation>&amp;Siųsti peržiūrai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="121"/>
        <source>T&amp;ype</source>
        <translation>&amp;Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>&amp;Area</source>
        <translation>&amp;Vietovė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>Vehi&amp;cle</source>
        <translation>Tra&amp;nsporto priemonė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>&amp;Weather</source>
        <translation>&amp;Orai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="123"/>
        <source>Visi&amp;bility</source>
        <translation>&amp;Matomumas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="132"/>
        <source>&amp;Position (WGS84)</source>
        <translation>&amp;Koordinatės (WGS84)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="133"/>
        <source>Planned start</source>
        <translation>Planuojama pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="133"/>
        <source>Planned end</source>
        <translation>Planuojama pabaiga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="134"/>
        <source>Actual &amp;start</source>
        <translation>Faktinė pra&amp;džia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="134"/>
        <source>Actual &amp;end</source>
        <translation>Faktinė pa&amp;baiga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="150"/>
        <source>&amp;Narrative</source>
        <translation>Apraš&amp;ymas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="162"/>
        <source>&amp;Void checks</source>
        <translation>Anuliuoti pat&amp;ikras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="164"/>
        <source>Why the ticked checks are void</source>
        <translation>Kodėl pažymėtos patikros anuliuojamos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="165"/>
        <source>Void reas&amp;on</source>
        <translation>Anuliavimo p&amp;riežastis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="221"/>
        <source>Another amendment of this operation is waiting for review.</source>
        <translation>Kitas šios operacijos pakeitimas jau laukia peržiūros.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="224"/>
        <source>Nothing would change: correct a field or void a check.</source>
        <translation>Niekas nepasikeistų: pataisykite lauką arba anuliuokite patikrą.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="98"/>
        <source>Attach photo or video…</source>
        <translation>Pridėti nuotrauką ar vaizdo įrašą…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="99"/>
        <source>Or drop files here</source>
        <translation>Arba nutempkite failus čia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="139"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="167"/>
        <location filename="../../ui/widgets/attachments.py" line="175"/>
        <source>Not connected to the regional server: the file can be downloaded once this laptop is online.</source>
        <translation>Nėra ryšio su regioniniu serveriu: failą bus galima atsisiųsti, kai šis nešiojamasis kompiuteris bus prisijungęs prie tinklo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="170"/>
        <source>The file %1 from the regional server</source>
        <translation>Failas %1 iš regioninio serverio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attachments.py" line="193"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n priedas</numerusform>
            <numerusform>%n priedai</numerusform>
            <numerusform>%n priedų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="212"/>
        <source>Attach photos or videos</source>
        <translation>Pridėti nuotraukas ar vaizdo įrašus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="213"/>
        <source>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.avi *.mkv);;All files (*)</source>
        <translation>Nuotraukos ir vaizdo įrašai (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.avi *.mkv);;Visi failai (*)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="89"/>
        <source>Collection</source>
        <translation>Rinkimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="90"/>
        <source>Alteration</source>
        <translation>Keitimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="91"/>
        <source>Consultation</source>
        <translation>Susipažinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="92"/>
        <source>Disclosure</source>
        <translation>Atskleidimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="93"/>
        <source>Erasure</source>
        <translation>Ištrynimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="94"/>
        <source>Transfer to the server</source>
        <translation>Išsiuntimas į serverį</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="95"/>
        <source>Sign-in</source>
        <translation>Prisijungimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="96"/>
        <source>Failed sign-in</source>
        <translation>Nepavykęs prisijungimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="103"/>
        <source>Operation</source>
        <translation>Operacija</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="104"/>
        <source>Check</source>
        <translation>Patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="105"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="106"/>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="107"/>
        <source>Amendment</source>
        <translation>Pakeitimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="108"/>
        <source>Equipment item</source>
        <translation>Įrangos vienetas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="109"/>
        <source>Reservation</source>
        <translation>Rezervacija</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="110"/>
        <source>Equipment incident</source>
        <translation>Įrangos incidentas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="111"/>
        <source>Equipment issue or return</source>
        <translation>Įrangos išdavimas ar grąžinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="112"/>
        <source>Kit</source>
        <translation>Komplektas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="113"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Device</source>
        <translation>Įrenginys</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="114"/>
        <source>Setting</source>
        <translation>Nuostata</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="115"/>
        <source>Workspace</source>
        <translation>Darbo sritis</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="116"/>
        <location filename="../../ui/views/audit.py" line="481"/>
        <source>Audit log</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="123"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="124"/>
        <location filename="../../ui/views/audit.py" line="509"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="125"/>
        <location filename="../../ui/views/audit.py" line="509"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="126"/>
        <location filename="../../ui/views/audit.py" line="509"/>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="127"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="128"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="253"/>
        <source>The chain check failed at this event.</source>
        <translation>Grandinės patikrinimas ties šiuo įvykiu nepavyko.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="274"/>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="483"/>
        <source>Every event recorded in this workspace: who collected, changed, viewed or passed on which record, and when.</source>
        <translation>Visi šioje darbo srityje užregistruoti įvykiai: kas ir kada kurį įrašą surinko, pakeitė, peržiūrėjo ar perdavė kitiems.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="486"/>
        <source>The events of the people of %1: who collected, changed, viewed or passed on which record, and when.</source>
        <translation>Įstaigos %1 naudotojų įvykiai: kas ir kada kurį įrašą surinko, pakeitė, peržiūrėjo ar perdavė kitiems.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="488"/>
        <source>Search record id, purpose, details… (Ctrl+F)</source>
        <translation>Ieškoti pagal įrašo ID, tikslą, duomenis… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="489"/>
        <source>All actions</source>
        <translation>Visi veiksmai</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="492"/>
        <source>All people</source>
        <translation>Visi asmenys</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Any date</source>
        <translation>Bet kuri data</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Last 7 days</source>
        <translation>Paskutinės 7 dienos</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="494"/>
        <source>Last 30 days</source>
        <translation>Paskutinės 30 dienų</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="494"/>
        <source>Custom range…</source>
        <translation>Kitas laikotarpis…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="497"/>
        <source>Clear filters</source>
        <translation>Išvalyti filtrus</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="498"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Tikrinti grandinę</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="499"/>
        <source>Recompute the hash chain of the whole log: an altered or removed event breaks it.</source>
        <translation>Perskaičiuoti viso žurnalo maišos reikšmių grandinę: pakeistas ar pašalintas įvykis ją nutraukia.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="501"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksportuoti CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="502"/>
        <source>Save the events matching the filters as a CSV file (the export is recorded with its purpose).</source>
        <translation>Išsaugoti filtrus atitinkančius įvykius CSV faile (eksportas užregistruojamas kartu su jo tikslu).</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="504"/>
        <source>Refresh</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="505"/>
        <source>Load the newest events (F5)</source>
        <translation>Įkelti naujausius įvykius (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="506"/>
        <source>Show it</source>
        <translation>Parodyti</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="507"/>
        <source>Load the list from the broken event</source>
        <translation>Įkelti sąrašą nuo pažeisto įvykio</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="508"/>
        <source>No events match these filters.</source>
        <translation>Nė vienas įvykis neatitinka šių filtrų.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Event id</source>
        <translation>Įvykio ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Hash</source>
        <translation>Maišos reikšmė</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Previous hash</source>
        <translation>Ankstesnė maišos reikšmė</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="514"/>
        <source>Details</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="648"/>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="650"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n įvykis</numerusform>
            <numerusform>%n įvykiai</numerusform>
            <numerusform>%n įvykių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="652"/>
        <source>%n event(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>Įkeltas %n įvykis, slenkant bus įkelta daugiau</numerusform>
            <numerusform>Įkelti %n įvykiai, slenkant bus įkelta daugiau</numerusform>
            <numerusform>Įkelta %n įvykių, slenkant bus įkelta daugiau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="694"/>
        <source>Select an event to see its details.</source>
        <translation>Pasirinkite įvykį, kad matytumėte jo duomenis.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="699"/>
        <source>Event #%1</source>
        <translation>Įvykis Nr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="701"/>
        <source>(no signed-in user)</source>
        <translation>(joks naudotojas nebuvo prisijungęs)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="775"/>
        <source>Verifying the chain…</source>
        <translation>Tikrinama grandinė…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="777"/>
        <source>Exporting…</source>
        <translation>Eksportuojama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="782"/>
        <source>✓ Chain intact: %n event(s) verified.</source>
        <translation>
            <numerusform>✓ Grandinė nepažeista: patikrintas %n įvykis.</numerusform>
            <numerusform>✓ Grandinė nepažeista: patikrinti %n įvykiai.</numerusform>
            <numerusform>✓ Grandinė nepažeista: patikrinta %n įvykių.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="787"/>
        <source>its content was changed after it was recorded</source>
        <translation>jo turinys pakeistas po užregistravimo</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="789"/>
        <source>an event before it was removed, or it was changed and re-hashed</source>
        <translation>prieš jį buvęs įvykis pašalintas arba jis pakeistas ir jo maišos reikšmė perskaičiuota</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="790"/>
        <source>✗ The audit log was altered at event #%1: %2. Report this to IT.</source>
        <translation>✗ Audito žurnalas pakeistas ties įvykiu Nr. %1: %2. Praneškite apie tai IT skyriui.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="793"/>
        <source>The event is not in the list yet.</source>
        <translation>Šio įvykio sąraše dar nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="805"/>
        <source>The audit log (the events matching the filters) as a CSV file</source>
        <translation>Audito žurnalas (filtrus atitinkantys įvykiai) CSV faile</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="808"/>
        <source>Export the audit log</source>
        <translation>Eksportuoti audito žurnalą</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="808"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="823"/>
        <source>Saved to %1. The export is recorded in the audit log.</source>
        <translation>Išsaugota: %1. Eksportas užregistruotas audito žurnale.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="828"/>
        <source>Audit log exported: %1</source>
        <translation>Audito žurnalas eksportuotas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="836"/>
        <source>Nothing was exported: %1</source>
        <translation>Niekas neeksportuota: %1</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="349"/>
        <source>New traffic check</source>
        <translation>Naujas eismo patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="349"/>
        <source>Edit traffic check</source>
        <translation>Redaguoti eismo patikrinimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="350"/>
        <source>New hunter check</source>
        <translation>Naujas medžiotojo patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="350"/>
        <source>Edit hunter check</source>
        <translation>Redaguoti medžiotojo patikrinimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="351"/>
        <source>New check</source>
        <translation>Naujas patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="351"/>
        <source>Edit check</source>
        <translation>Redaguoti patikrinimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="353"/>
        <source>%1 · operation %2</source>
        <translation>%1 · operacija %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="376"/>
        <source>Rule check</source>
        <translation>Patikra pagal taisykles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="408"/>
        <source>O&amp;utcome</source>
        <translation>&amp;Rezultatas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="414"/>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="416"/>
        <source>Save and ne&amp;xt</source>
        <translation>Išsa&amp;ugoti ir kitas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="417"/>
        <source>Save this check and start the next one (Ctrl+Shift+Enter)</source>
        <translation>Išsaugoti šį patikrinimą ir pradėti kitą (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="418"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Išsaugoti (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="492"/>
        <source>&amp;Now</source>
        <translation>&amp;Dabar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="494"/>
        <source>Set the time to now (Alt+N)</source>
        <translation>Nustatyti dabartinį laiką (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="503"/>
        <source>&amp;Time</source>
        <translation>&amp;Laikas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="510"/>
        <source>Decimal degrees (56.5123, 21.0123), degrees-minutes-seconds (56°30&apos;44&quot;N 21°0&apos;44&quot;E) or degrees and decimal minutes</source>
        <translation>Dešimtainiai laipsniai (56.5123, 21.0123), laipsniai-minutės-sekundės (56°30&apos;44&quot;N 21°0&apos;44&quot;E) arba laipsniai ir dešimtainės minutės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="512"/>
        <source>P&amp;osition</source>
        <translation>&amp;Koordinatės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="526"/>
        <source>Vehicle &amp;registration no.</source>
        <translation>Valstybinis nu&amp;meris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="532"/>
        <source>General</source>
        <translation>Įprastas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="533"/>
        <source>Novice (under 2 years&apos; experience)</source>
        <translation>Nepatyręs (vairavimo stažas mažesnis nei 2 metai)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="534"/>
        <source>Professional (bus, taxi, heavy vehicle ...)</source>
        <translation>Profesionalus (autobusas, taksi, sunkioji transporto priemonė ...)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="536"/>
        <source>Driver &amp;category</source>
        <translation>Vairuoto&amp;jo kategorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="539"/>
        <source>Driver&apos;s &amp;document no.</source>
        <translation>Vairuotojo dokumento &amp;Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="542"/>
        <source>Reason for the sto&amp;p</source>
        <translation>&amp;Sustabdymo priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="544"/>
        <source>not measured</source>
        <translation>nematuota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="545"/>
        <source>not set</source>
        <translation>nenurodyta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="547"/>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="548"/>
        <source>&amp;Measured speed</source>
        <translation>Išmatu&amp;otas greitis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="549"/>
        <source>Speed &amp;limit</source>
        <translation>L&amp;eidžiamas greitis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="551"/>
        <location filename="../../ui/dialogs/check_entry.py" line="554"/>
        <source>not tested</source>
        <translation>netikrinta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="552"/>
        <source>S&amp;econd test</source>
        <translation>&amp;Antras patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="553"/>
        <source>A second breath test 15-30 minutes later; the lower result counts</source>
        <translation>Antrasis iškvepiamo oro patikrinimas po 15–30 minučių; įskaitomas mažesnis rezultatas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="555"/>
        <source>Second alcohol test (‰)</source>
        <translation>Antrasis girtumo patikrinimas (‰)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="556"/>
        <source>Re&amp;fused test</source>
        <translation>Atsisakė &amp;tikrintis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="563"/>
        <source>&amp;Alcohol test (‰)</source>
        <translation>&amp;Girtumo patikrinimas (‰)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="572"/>
        <source>Dri&amp;ving licence</source>
        <translation>&amp;Vairuotojo pažymėjimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="573"/>
        <source>Re&amp;gistration certificate</source>
        <translation>Registra&amp;cijos liudijimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="574"/>
        <source>&amp;Insurance</source>
        <translation>&amp;Privalomasis draudimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="580"/>
        <location filename="../../ui/dialogs/check_entry.py" line="672"/>
        <source>Documents shown</source>
        <translation>Pateikti dokumentai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="590"/>
        <source>Hunter&apos;s na&amp;me</source>
        <translation>Medžiotojo vardas, &amp;pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="607"/>
        <source>type to filter</source>
        <translation>įveskite, kad filtruotumėte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="611"/>
        <source>Sp&amp;ecies</source>
        <translation>Rūši&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="615"/>
        <source>make, model, calibre, number</source>
        <translation>markė, modelis, kalibras, numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="616"/>
        <source>&amp;Weapon</source>
        <translation>&amp;Ginklas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="618"/>
        <location filename="../../ui/dialogs/check_entry.py" line="623"/>
        <source>– not recorded –</source>
        <translation>– nenurodyta –</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="621"/>
        <source>Sight t&amp;ype</source>
        <translation>&amp;Taikiklio tipas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="626"/>
        <source>Shooting p&amp;lace</source>
        <translation>Šaudymo pozi&amp;cija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="632"/>
        <source>Hunter&apos;s &amp;certificate</source>
        <translation>Medžiotojo paž&amp;ymėjimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="632"/>
        <source>Seasonal c&amp;ard</source>
        <translation>Se&amp;zono kortelė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="633"/>
        <source>Hunting pe&amp;rmit</source>
        <translation>&amp;Medžioklės leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="633"/>
        <source>&amp;Firearm permit</source>
        <translation>Šaunamojo ginklo l&amp;eidimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="634"/>
        <source>Hunter&apos;s tic&amp;ket</source>
        <translation>Medžiotojo biliet&amp;as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="634"/>
        <source>Weapon &amp;permit</source>
        <translation>Leidimas laik&amp;yti ginklą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="643"/>
        <source>number</source>
        <translation>numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="644"/>
        <source>%1: number</source>
        <translation>%1: numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="651"/>
        <source>&amp;Hunting sheet</source>
        <translation>&amp;Medžioklės lapas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="652"/>
        <source>The hunting sheet naming the hunt leader was shown</source>
        <translation>Pateiktas medžioklės lapas, kuriame nurodytas medžioklės vadovas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="655"/>
        <source>number or hunt leader</source>
        <translation>numeris arba medžioklės vadovas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="656"/>
        <source>Hunting sheet: number or hunt leader</source>
        <translation>Medžioklės lapas: numeris arba medžioklės vadovas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="662"/>
        <source>Safety-&amp;check date</source>
        <translation>Saugaus &amp;elgesio patikrinimo data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="665"/>
        <source>YYYY-MM-DD</source>
        <translation>MMMM-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="677"/>
        <source>So&amp;ber</source>
        <translation>&amp;Blaivus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="678"/>
        <source>Weapon loaded while movin&amp;g</source>
        <translation>Užtaisytas ginklas &amp;judant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="679"/>
        <source>Weapon cased in &amp;vehicle</source>
        <translation>Gi&amp;nklas dėkle transporto priemonėje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="680"/>
        <source>Recorded when the hunter was in a vehicle</source>
        <translation>Žymima, jei medžiotojas buvo transporto priemonėje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="681"/>
        <source>Dr&amp;iven hunt</source>
        <translation>&amp;Varomoji medžioklė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="682"/>
        <source>Orange/yellow vest or hea&amp;dwear</source>
        <translation>&amp;Oranžinė/geltona liemenė ar galvos apdangalas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="683"/>
        <source>Recorded in a driven hunt</source>
        <translation>Žymima varomojoje medžioklėje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="684"/>
        <source>Wild boar &amp;harvested or wounded</source>
        <translation>Šernas sumedžiotas &amp;ar sužeistas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="687"/>
        <source>marker no. (Mednis)</source>
        <translation>ženklinimo Nr. (Mednis)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="688"/>
        <source>Wild boar marker number</source>
        <translation>Šerno ženklinimo numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="699"/>
        <source>Conduct</source>
        <translation>Elgesys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="708"/>
        <source>Wild boar</source>
        <translation>Šernas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="720"/>
        <source>– choose –</source>
        <translation>– pasirinkite –</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="723"/>
        <source>&amp;Category</source>
        <translation>Kate&amp;gorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="726"/>
        <source>What was observed or done (at most %1 characters)</source>
        <translation>Kas pastebėta ar padaryta (didžiausias simbolių skaičius: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="729"/>
        <source>&amp;Description</source>
        <translation>&amp;Aprašymas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="888"/>
        <source>Choose a species from the list.</source>
        <translation>Pasirinkite rūšį iš sąrašo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1014"/>
        <source>Neither a Latvian (like %1) nor a Lithuanian (like %2) plate: check it.</source>
        <translation>Tai nei Latvijos (pvz., %1), nei Lietuvos (pvz., %2) valstybinis numeris: patikrinkite jį.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1019"/>
        <source>Rule pack %1, version %2</source>
        <translation>Taisyklių rinkinys %1, versija %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1054"/>
        <source>Correct the marked field to see what the rule pack says.</source>
        <translation>Pataisykite pažymėtą lauką, kad matytumėte taisyklių rinkinio vertinimą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1057"/>
        <source>No flags: the rule pack finds nothing to object to.</source>
        <translation>Žymų nėra: taisyklių rinkinys prieštaravimų nerado.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="119"/>
        <source>Resolve the conflict</source>
        <translation>Išspręsti konfliktą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="120"/>
        <source>Two different values were written</source>
        <translation>Įrašytos dvi skirtingos reikšmės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="121"/>
        <source>On the server</source>
        <translation>Serveryje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="122"/>
        <source>On this laptop</source>
        <translation>Šiame nešiojamajame kompiuteryje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="123"/>
        <source>Start from the server&apos;s</source>
        <translation>Pradėti nuo serverio reikšmės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="124"/>
        <source>Start from mine</source>
        <translation>Pradėti nuo mano reikšmės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="125"/>
        <source>The value to keep (edit it as needed):</source>
        <translation>Reikšmė, kurią palikti (pataisykite, jei reikia):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="126"/>
        <source>Resolve</source>
        <translation>Išspręsti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="127"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="149"/>
        <source>This value does not fit the field: write it like the values above.</source>
        <translation>Ši reikšmė netinka šiam laukui: rašykite ją taip, kaip aukščiau pateiktas reikšmes.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Demo workspace. Sign in as %1 with the password %2. Desk PIN of every demo user: %3.</source>
        <translation>Demonstracinė darbo sritis. Prisijunkite kaip %1 su slaptažodžiu %2. Visų demonstracinių naudotojų išdavimo PIN: %3.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="194"/>
        <source>Preparing the charts…</source>
        <translation>Ruošiamos diagramos…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="251"/>
        <location filename="../../ui/views/dashboard.py" line="455"/>
        <source>All agencies</source>
        <translation>Visos įstaigos</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="279"/>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="309"/>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="345"/>
        <source>No data for this period</source>
        <translation>Šiam laikotarpiui duomenų nėra</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="362"/>
        <location filename="../../ui/views/dashboard.py" line="367"/>
        <location filename="../../ui/views/dashboard.py" line="370"/>
        <source>Checks</source>
        <translation>Patikrinimai</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="363"/>
        <source>With a violation</source>
        <translation>Su pažeidimu</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="396"/>
        <source>week %1 (%2)</source>
        <translation>%1 savaitė (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="398"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="402"/>
        <source>Operations</source>
        <translation>Operacijos</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="403"/>
        <source>Checks with a violation</source>
        <translation>Patikrinimai su pažeidimu</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="404"/>
        <source>Moon illumination</source>
        <translation>Mėnulio apšviesta dalis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="409"/>
        <location filename="../../ui/views/dashboard.py" line="416"/>
        <source>not recorded</source>
        <translation>nenurodyta</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="411"/>
        <source>night sight</source>
        <translation>naktinis taikiklis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="420"/>
        <source>refused the test</source>
        <translation>atsisakė patikrinimo</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="425"/>
        <source>Alcohol over the limit</source>
        <translation>Girtumas viršija leistiną ribą</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="425"/>
        <source>Alcohol &gt; 1.5 ‰</source>
        <translation>Girtumas &gt; 1,5 ‰</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="426"/>
        <source>Speeding</source>
        <translation>Greičio viršijimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="426"/>
        <source>Refused the test</source>
        <translation>Atsisakė patikrinimo</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="427"/>
        <source>Document missing</source>
        <translation>Nepateiktas dokumentas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="428"/>
        <source>Night sight: species</source>
        <translation>Naktinis taikiklis: neleistina rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="429"/>
        <source>Night sight: not from a stand</source>
        <translation>Naktinis taikiklis: ne iš bokštelio</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="430"/>
        <source>Loaded while moving</source>
        <translation>Užtaisytas ginklas judant</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="431"/>
        <source>Uncased in a vehicle</source>
        <translation>Ginklas transporto priemonėje be dėklo</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="432"/>
        <source>Hunting document missing</source>
        <translation>Nepateiktas medžioklės dokumentas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="433"/>
        <source>Safety check expired</source>
        <translation>Pasenęs saugaus elgesio patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="434"/>
        <source>Hunting sheet missing</source>
        <translation>Nėra medžioklės lapo</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="434"/>
        <source>Not sober</source>
        <translation>Neblaivus</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="435"/>
        <source>Boar marker missing</source>
        <translation>Nėra šerno ženklinimo</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="436"/>
        <source>No vest in a driven hunt</source>
        <translation>Varomojoje medžioklėje be liemenės</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="441"/>
        <source>Dashboard</source>
        <translation>Statistikos skydelis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="442"/>
        <source>Counted: operations that are not voided (drafts included) by their start; one stopped driver or hunter is one check; voided checks never count.</source>
        <translation>Skaičiuojama: neanuliuotos operacijos (įskaitant juodraščius) pagal jų pradžią; vienas sustabdytas vairuotojas ar medžiotojas yra vienas patikrinimas; anuliuoti patikrinimai niekada neskaičiuojami.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="444"/>
        <source>&amp;Period</source>
        <translation>&amp;Laikotarpis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="445"/>
        <source>&amp;Agency</source>
        <translation>Į&amp;staiga</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="446"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>This night</source>
        <translation>Ši naktis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>Last 7 nights</source>
        <translation>Paskutinės 7 naktys</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>This month</source>
        <translation>Šis mėnuo</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="448"/>
        <source>Last 12 months</source>
        <translation>Paskutiniai 12 mėnesių</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="448"/>
        <source>Custom…</source>
        <translation>Kitas laikotarpis…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="451"/>
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="456"/>
        <source>Equipment overdue now</source>
        <translation>Šiuo metu laiku negrąžinta įranga</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="457"/>
        <source>Equipment in maintenance now</source>
        <translation>Šiuo metu techninėje priežiūroje esanti įranga</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="458"/>
        <source>Operations per night by type</source>
        <translation>Operacijos per naktį pagal tipą</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="459"/>
        <source>Checks and violations by category</source>
        <translation>Patikrinimai ir pažeidimai pagal kategoriją</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="460"/>
        <source>Violations by country rule (checks)</source>
        <translation>Pažeidimai pagal šalies taisyklę (patikrinimai)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="461"/>
        <source>Alcohol results (counted test)</source>
        <translation>Girtumo patikrinimų rezultatai (įskaitomas matavimas)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="462"/>
        <source>Hunter checks by species and sight</source>
        <translation>Medžiotojų patikrinimai pagal rūšį ir taikiklį</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="463"/>
        <source>Equipment use: hours per item and week</source>
        <translation>Įrangos naudojimas: valandos pagal vienetą ir savaitę</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="464"/>
        <source>Night context: moon illumination, operations and findings</source>
        <translation>Nakties sąlygos: Mėnulio apšviesta dalis, operacijos ir nustatyti pažeidimai</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="467"/>
        <source>Export chart as PNG…</source>
        <translation>Eksportuoti diagramą PNG formatu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="481"/>
        <location filename="../../ui/views/dashboard.py" line="488"/>
        <source>Export chart as PNG</source>
        <translation>Eksportuoti diagramą PNG formatu</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="482"/>
        <source>PNG images (*.png)</source>
        <translation>PNG vaizdai (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="489"/>
        <source>The chart could not be written to %1.</source>
        <translation>Diagramos nepavyko įrašyti į %1.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/widgets/datetime_field.py" line="38"/>
        <source>Now</source>
        <translation>Dabar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datetime_field.py" line="39"/>
        <source>Known</source>
        <translation>Žinoma</translation>
    </message>
</context>
<context>
    <name>DeskPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="19"/>
        <source>Desk PIN</source>
        <translation>Išdavimo PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="22"/>
        <source>At the equipment desk you confirm each check-out and return with this PIN (%1 to %2 digits). Your password confirms it is you.</source>
        <translation>Įrangos išdavimo vietoje šiuo PIN patvirtinate kiekvieną išdavimą ir grąžinimą (nuo %1 iki %2 skaitmenų). Slaptažodis patvirtina, kad tai jūs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="34"/>
        <source>New &amp;PIN</source>
        <translation>Naujas &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="35"/>
        <source>&amp;Repeat PIN</source>
        <translation>Pa&amp;kartokite PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="36"/>
        <source>My pass&amp;word</source>
        <translation>Mano &amp;slaptažodis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="47"/>
        <source>The PINs differ.</source>
        <translation>PIN nesutampa.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../../ui/views/desk.py" line="299"/>
        <source>– none –</source>
        <translation>– nėra –</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="311"/>
        <source>%1 out</source>
        <translation>išduota: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="312"/>
        <source>%1 available</source>
        <translation>laisva: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="315"/>
        <source>%1 overdue</source>
        <translation>pavėluota: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="316"/>
        <source>%1 in maintenance</source>
        <translation>techninėje priežiūroje: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="316"/>
        <source>%1 service due</source>
        <translation>reikia techninės priežiūros: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="317"/>
        <source>%1 open incidents</source>
        <translation>atviri incidentai: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="361"/>
        <source>Unknown code: %1. Not an asset tag, kit or badge on this laptop.</source>
        <translation>Nežinomas kodas: %1. Šiame nešiojamajame kompiuteryje tai nėra nei inventorinis numeris, nei komplektas, nei ženklas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="374"/>
        <source>Check-out for %1: scan the items, then press Enter.</source>
        <translation>Išdavimas: %1. Nuskaitykite vienetus, tada paspauskite Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="385"/>
        <source>%1 – %2. Scan an officer&apos;s badge first to check it out.</source>
        <translation>%1 – %2. Norėdami išduoti, pirmiausia nuskaitykite pareigūno ženklą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="412"/>
        <source>Not added: %1</source>
        <translation>Nepridėta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="414"/>
        <source>Added %1. Scan more items, or press Enter to confirm.</source>
        <translation>Pridėta: %1. Nuskaitykite daugiau vienetų arba paspauskite Enter, kad patvirtintumėte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="437"/>
        <location filename="../../ui/views/desk.py" line="686"/>
        <source>Scan an officer&apos;s badge to start a check-out, or an item to open or return it.</source>
        <translation>Nuskaitykite pareigūno ženklą, kad pradėtumėte išdavimą, arba vienetą, kad jį atidarytumėte ar užregistruotumėte jo grąžinimą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="444"/>
        <source>No officer chosen: scan a badge.</source>
        <translation>Pareigūnas nepasirinktas: nuskaitykite ženklą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="452"/>
        <source>Already holds: %1</source>
        <translation>Jau išduota: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="463"/>
        <source>Check out %n item(s)</source>
        <translation>
            <numerusform>Išduoti %n vienetą</numerusform>
            <numerusform>Išduoti %n vienetus</numerusform>
            <numerusform>Išduoti %n vienetų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="469"/>
        <source>Scan at least one item first.</source>
        <translation>Pirmiausia nuskaitykite bent vieną vienetą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="472"/>
        <source>%1: type your PIN and press Enter.</source>
        <translation>%1: įveskite savo PIN ir paspauskite Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="491"/>
        <source>Photos of the items as issued</source>
        <translation>Išduodamų daiktų nuotraukos</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="492"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</source>
        <translation>Vaizdai (*.jpg *.jpeg *.png *.webp *.heic);;Visi failai (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="503"/>
        <source>%n photo(s)…</source>
        <translation>
            <numerusform>%n nuotrauka…</numerusform>
            <numerusform>%n nuotraukos…</numerusform>
            <numerusform>%n nuotraukų…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="503"/>
        <source>Add ph&amp;oto…</source>
        <translation>Pridėti nu&amp;otrauką…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="505"/>
        <source>Photos of the items&apos; condition at issue (optional)</source>
        <translation>Daiktų būklės nuotraukos išdavimo metu (neprivaloma)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="511"/>
        <source>Checked out %n item(s) to %1, due back %2.</source>
        <translation>
            <numerusform>%1: išduotas %n vienetas, grąžinti iki %2.</numerusform>
            <numerusform>%1: išduoti %n vienetai, grąžinti iki %2.</numerusform>
            <numerusform>%1: išduota %n vienetų, grąžinti iki %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="596"/>
        <source>Select the items of the kit in the list first (Ctrl+click).</source>
        <translation>Pirmiausia sąraše pažymėkite komplekto vienetus (Ctrl+spustelėjimas).</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="625"/>
        <source>Resolve incident</source>
        <translation>Išspręsti incidentą</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="626"/>
        <source>%1 – %2. How was it resolved?</source>
        <translation>%1 – %2. Kaip jis buvo išspręstas?</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="648"/>
        <source>Equipment desk</source>
        <translation>Įrangos apskaita</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="649"/>
        <source>Scan a badge or an asset tag (or type it and press Enter)</source>
        <translation>Nuskaitykite ženklą arba inventorinį numerį (arba įveskite jį ir paspauskite Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="650"/>
        <source>Check-out</source>
        <translation>Išdavimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="651"/>
        <source>&amp;Due back</source>
        <translation>&amp;Grąžinti iki</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="651"/>
        <source>Co&amp;ndition out</source>
        <translation>&amp;Būklė išduodant</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="652"/>
        <source>&amp;Battery out</source>
        <translation>Įkr&amp;ova išduodant</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="652"/>
        <source>For rese&amp;rvation</source>
        <translation>Pagal re&amp;zervaciją</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="653"/>
        <source>No&amp;tes</source>
        <translation>Pas&amp;tabos</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="654"/>
        <source>Holder&apos;s &amp;PIN</source>
        <translation>Turėtojo &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="656"/>
        <source>PIN or password, typed by the officer</source>
        <translation>PIN arba slaptažodis, kurį įveda pareigūnas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="657"/>
        <source>Clear (Esc)</source>
        <translation>Išvalyti (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="659"/>
        <source>&amp;History…</source>
        <translation>&amp;Istorija…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="660"/>
        <source>Filter by tag, serial, make, model, location</source>
        <translation>Filtruoti pagal inventorinį numerį, serijos numerį, gamintoją, modelį, vietą</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>All items</source>
        <translation>Visi vienetai</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>Service due</source>
        <translation>Reikia techninės priežiūros</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="669"/>
        <source>&amp;Open</source>
        <translation>Ati&amp;daryti</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="670"/>
        <source>&amp;New item…</source>
        <translation>&amp;Naujas vienetas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="671"/>
        <source>&amp;More</source>
        <translation>&amp;Kita</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="672"/>
        <source>Make &amp;kit…</source>
        <translation>Sudaryti ko&amp;mplektą…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="673"/>
        <source>&amp;Import CSV…</source>
        <translation>Import&amp;uoti CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="674"/>
        <source>Print &amp;labels…</source>
        <translation>Spausdinti &amp;etiketes…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="675"/>
        <source>Inventory</source>
        <translation>Inventorius</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="676"/>
        <source>Incidents</source>
        <translation>Incidentai</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="677"/>
        <source>Reservations</source>
        <translation>Rezervacijos</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="678"/>
        <source>&amp;Resolve…</source>
        <translation>Iš&amp;spręsti…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="679"/>
        <source>Re&amp;serve…</source>
        <translation>Rezer&amp;vuoti…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="680"/>
        <source>Cancel reservation</source>
        <translation>Atšaukti rezervaciją</translation>
    </message>
</context>
<context>
    <name>EquipmentImport</name>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="59"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="148"/>
        <source>Asset tag</source>
        <translation>Inventorinis numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="60"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="149"/>
        <source>Serial no.</source>
        <translation>Serijos Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="61"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="150"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="62"/>
        <source>Make</source>
        <translation>Gamintojas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="63"/>
        <source>Model</source>
        <translation>Modelis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="64"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="152"/>
        <source>Location</source>
        <translation>Saugojimo vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="65"/>
        <source>Project-funded</source>
        <translation>Projektas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="66"/>
        <source>Usage hours</source>
        <translation>Naudojimo valandos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="67"/>
        <source>Battery cycles</source>
        <translation>Įkrovimo ciklai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="68"/>
        <source>Next service</source>
        <translation>Priežiūros data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="69"/>
        <source>Service every (hours)</source>
        <translation>Priežiūros valandos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="70"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="71"/>
        <source>Row</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="80"/>
        <source>&apos;%1&apos; appears more than once in the file (also line %2).</source>
        <translation>Reikšmė „%1“ faile pasikartoja (taip pat eilutėje %2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="84"/>
        <source>&apos;%1&apos; is already used by an item or kit in this workspace.</source>
        <translation>Reikšmę „%1“ šioje darbo srityje jau naudoja kitas vienetas arba komplektas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="88"/>
        <source>The row has %1 cells but the header only %2 columns.</source>
        <translation>Eilutėje yra daugiau langelių (%1) nei stulpelių antraštėje (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="101"/>
        <source>The file is empty.</source>
        <translation>Failas tuščias.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="103"/>
        <source>The file is larger than 5 MB. Split it into smaller files.</source>
        <translation>Failas didesnis nei 5 MB. Padalykite jį į mažesnius failus.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="106"/>
        <source>The file has more than %1 rows. Split it into smaller files.</source>
        <translation>Faile yra daugiau nei %1 eilučių. Padalykite jį į mažesnius failus.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="110"/>
        <source>The file has a header line but no rows.</source>
        <translation>Faile yra antraštės eilutė, bet nėra duomenų eilučių.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="112"/>
        <source>Unknown columns: %1. Rename them to a known column name or delete them.</source>
        <translation>Nežinomi stulpeliai: %1. Pervadinkite juos žinomu stulpelio pavadinimu arba ištrinkite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="116"/>
        <source>Required columns are missing: %1.</source>
        <translation>Trūksta privalomų stulpelių: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="119"/>
        <source>Columns named twice: %1.</source>
        <translation>Stulpeliai pasikartojančiais pavadinimais: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="147"/>
        <source>Line</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="151"/>
        <source>Make and model</source>
        <translation>Gamintojas ir modelis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="153"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>EquipmentImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="199"/>
        <source>Import inventory from CSV</source>
        <translation>Inventoriaus importas iš CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="204"/>
        <source>A CSV file with a header line. Required columns: asset tag, serial no., kind, make, model. Optional: location, project-funded, usage hours, battery cycles, next service, service hours, notes. Column names may be in English, Latvian or Lithuanian; UTF-8 or Windows-1257; separated by commas, semicolons or tabs.</source>
        <translation>CSV failas su antraštės eilute. Privalomi stulpeliai: inventorinis numeris, serijos Nr., rūšis, gamintojas, modelis. Neprivalomi: saugojimo vieta, projektas, naudojimo valandos, įkrovimo ciklai, priežiūros data, priežiūros valandos, pastabos. Stulpelių pavadinimai gali būti anglų, latvių arba lietuvių kalba; koduotė UTF-8 arba Windows-1257; skyrikliai – kableliai, kabliataškiai arba tabuliacijos ženklai.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="212"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pasirinkti failą…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="213"/>
        <source>No file chosen.</source>
        <translation>Failas nepasirinktas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="247"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="326"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="262"/>
        <source>Choose the inventory CSV file</source>
        <translation>Pasirinkite inventoriaus CSV failą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="263"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV failai (*.csv *.txt);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="275"/>
        <source>Reading the file…</source>
        <translation>Skaitomas failas…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="301"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="301"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n eilutė</numerusform>
            <numerusform>%n eilutės</numerusform>
            <numerusform>%n eilučių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="302"/>
        <source>%n ready</source>
        <translation>
            <numerusform>%n tinkama</numerusform>
            <numerusform>%n tinkamos</numerusform>
            <numerusform>%n tinkamų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="302"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n su problemomis</numerusform>
            <numerusform>%n su problemomis</numerusform>
            <numerusform>%n su problemomis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="309"/>
        <source>&amp;Skip the %n rows with problems and import the others</source>
        <translation>
            <numerusform>P&amp;raleisti %n eilutę su problemomis ir importuoti kitas</numerusform>
            <numerusform>P&amp;raleisti %n eilutes su problemomis ir importuoti kitas</numerusform>
            <numerusform>P&amp;raleisti %n eilučių su problemomis ir importuoti kitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="324"/>
        <source>&amp;Import %n items</source>
        <translation>
            <numerusform>&amp;Importuoti %n vienetą</numerusform>
            <numerusform>&amp;Importuoti %n vienetus</numerusform>
            <numerusform>&amp;Importuoti %n vienetų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="340"/>
        <source>Importing…</source>
        <translation>Importuojama…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="361"/>
        <source>Nothing was imported: line %1 uses a tag that was added meanwhile.</source>
        <translation>Niekas neimportuota: eilutėje %1 nurodytas inventorinis numeris tuo metu jau buvo pridėtas.</translation>
    </message>
</context>
<context>
    <name>EquipmentLabelsDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="83"/>
        <source>Print labels</source>
        <translation>Spausdinti etiketes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="87"/>
        <source>%n labels</source>
        <translation>
            <numerusform>%n etiketė</numerusform>
            <numerusform>%n etiketės</numerusform>
            <numerusform>%n etikečių</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="99"/>
        <source>&amp;Label sheet</source>
        <translation>&amp;Etikečių lapas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="101"/>
        <source>Labels of the first sheet that were used already; printing starts after them (left to right, top to bottom).</source>
        <translation>Jau panaudotos pirmojo lapo etiketės; spausdinti pradedama po jų (iš kairės į dešinę, iš viršaus į apačią).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="103"/>
        <source>&amp;Skip first labels</source>
        <translation>Pra&amp;leisti pirmas etiketes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="118"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Išsaugoti PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="121"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Atidaryti PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="141"/>
        <source>%1 — %2 per sheet (%3 × %4), %5 × %6 mm</source>
        <translation>%1 — %2 lape (%3 × %4), %5 × %6 mm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="159"/>
        <source>%n sheets</source>
        <translation>
            <numerusform>%n lapas</numerusform>
            <numerusform>%n lapai</numerusform>
            <numerusform>%n lapų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="173"/>
        <source>Save the label sheet</source>
        <translation>Išsaugoti etikečių lapą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="174"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="188"/>
        <source>Creating the labels…</source>
        <translation>Kuriamos etiketės…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="207"/>
        <source>Saved %1 (%n pages).</source>
        <translation>
            <numerusform>Išsaugota: %1 (%n puslapis).</numerusform>
            <numerusform>Išsaugota: %1 (%n puslapiai).</numerusform>
            <numerusform>Išsaugota: %1 (%n puslapių).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="213"/>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>PDF failo nepavyko išsaugoti į %1: %2</translation>
    </message>
</context>
<context>
    <name>HolderHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="317"/>
        <source>Equipment history – %1</source>
        <translation>Įrangos istorija – %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="103"/>
        <source>by date only</source>
        <translation>tik pagal datą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>Asset &amp;tag</source>
        <translation>&amp;Inventorinis numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>&amp;Serial no.</source>
        <translation>Serijos &amp;Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>&amp;Kind</source>
        <translation>&amp;Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>&amp;Make</source>
        <translation>&amp;Gamintojas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odelis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>Storage &amp;location</source>
        <translation>Saugojimo &amp;vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="106"/>
        <source>Project-funded (LV-LT programme)</source>
        <translation>Finansuota iš projekto (LV-LT programa)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="107"/>
        <source>Usage hours before fieldops</source>
        <translation>Naudojimo valandos iki fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="107"/>
        <source>Battery cycles</source>
        <translation>Įkrovimo ciklai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="108"/>
        <source>Next service date</source>
        <translation>Kitos techninės priežiūros data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="108"/>
        <source>Service every (usage hours)</source>
        <translation>Techninės priežiūros intervalas (naudojimo valandos)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="109"/>
        <source>No&amp;tes</source>
        <translation>Pas&amp;tabos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="116"/>
        <source>Usage hours in total</source>
        <translation>Iš viso naudojimo valandų</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="120"/>
        <source>&amp;Save</source>
        <translation>Iš&amp;saugoti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="124"/>
        <source>Details</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="143"/>
        <source>Custody history</source>
        <translation>Išdavimo istorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="144"/>
        <source>Used in operations</source>
        <translation>Naudota operacijose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="145"/>
        <source>Incidents</source>
        <translation>Incidentai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="149"/>
        <source>Into &amp;maintenance…</source>
        <translation>Į te&amp;chninę priežiūrą…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="150"/>
        <source>Back from maintenance…</source>
        <translation>Grąžinta po techninės priežiūros…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="151"/>
        <source>Mark &amp;lost…</source>
        <translation>Pažymėti kaip &amp;pamestą…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="151"/>
        <source>&amp;Found…</source>
        <translation>R&amp;asta…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="152"/>
        <source>&amp;Retire…</source>
        <translation>N&amp;urašyti…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="166"/>
        <source>New equipment item</source>
        <translation>Naujas įrangos vienetas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="167"/>
        <source>A new item of your agency. Its custody starts as available.</source>
        <translation>Naujas jūsų įstaigos vienetas. Pradinė būsena: laisva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="203"/>
        <source>held by %1, due back %2</source>
        <translation>turėtojas: %1, grąžinti iki %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="206"/>
        <source>OVERDUE</source>
        <translation>PAVĖLUOTA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="208"/>
        <source>kit %1</source>
        <translation>komplektas %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="210"/>
        <source>%1 open incident(s)</source>
        <translation>atviri incidentai: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="212"/>
        <source>service due</source>
        <translation>reikia techninės priežiūros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="290"/>
        <source>Into maintenance</source>
        <translation>Perdavimas techninei priežiūrai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="290"/>
        <source>What is to be done, and by whom?</source>
        <translation>Ką reikia atlikti ir kas tai atliks?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="291"/>
        <source>Back from maintenance</source>
        <translation>Grąžinimas po techninės priežiūros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="291"/>
        <source>What was done? The next service date can be set on the Details tab.</source>
        <translation>Kas atlikta? Kitos techninės priežiūros datą galima nustatyti skirtuke „Duomenys“.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="293"/>
        <source>Mark lost</source>
        <translation>Pažymėti kaip pamestą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="293"/>
        <source>Where and when was it last seen? The item stays open as an incident until resolved.</source>
        <translation>Kur ir kada jis paskutinį kartą matytas? Kol neišspręsta, vienetas lieka atviras kaip incidentas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="295"/>
        <source>Found</source>
        <translation>Rasta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="295"/>
        <source>Where was it found, and in what state?</source>
        <translation>Kur jis rastas ir kokios būklės?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="296"/>
        <source>Retire</source>
        <translation>Nurašyti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="296"/>
        <source>Why is it taken out of service for good?</source>
        <translation>Kodėl jis galutinai nurašomas?</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="335"/>
        <source>New kit</source>
        <translation>Naujas komplektas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="339"/>
        <source>Items: %1</source>
        <translation>Vienetai: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="347"/>
        <source>%1 kit</source>
        <translation>%1 komplektas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="350"/>
        <source>Kit &amp;tag</source>
        <translation>&amp;Komplekto numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="351"/>
        <source>&amp;Name</source>
        <translation>&amp;Pavadinimas</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <location filename="../../ui/reports/labels.py" line="242"/>
        <source>Asset-tag labels (%1)</source>
        <translation>Inventorinių numerių etiketės (%1)</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../ui/widgets/lock_cover.py" line="17"/>
        <source>Locked. Unlock fieldops in the main window.</source>
        <translation>Užrakinta. Atrakinkite fieldops pagrindiniame lange.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="63"/>
        <source>fieldops is locked</source>
        <translation>fieldops užrakinta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="64"/>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="65"/>
        <source>Unlock</source>
        <translation>Atrakinti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="66"/>
        <source>Sign in as someone else</source>
        <translation>Prisijungti kitu naudotoju</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="88"/>
        <source>Wrong password.</source>
        <translation>Neteisingas slaptažodis.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="150"/>
        <source>fieldops – sign in</source>
        <translation>fieldops – prisijungimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="152"/>
        <source>Welcome to fieldops</source>
        <translation>Sveiki atvykę į fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="153"/>
        <source>First start on this laptop: create the administrator account. The workspace is encrypted with a key only valid logins can open.</source>
        <translation>Pirmasis paleidimas šiame nešiojamajame kompiuteryje: sukurkite administratoriaus paskyrą. Darbo sritis užšifruota raktu, kurį atverti galima tik galiojančiais prisijungimo duomenimis.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="155"/>
        <source>Create workspace</source>
        <translation>Sukurti darbo sritį</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="157"/>
        <location filename="../../ui/dialogs/login.py" line="159"/>
        <source>Sign in</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="158"/>
        <source>Night operations and equipment desk</source>
        <translation>Naktinių operacijų ir įrangos apskaita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="160"/>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="160"/>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="161"/>
        <source>Agency</source>
        <translation>Įstaiga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="161"/>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="162"/>
        <source>Repeat password</source>
        <translation>Pakartokite slaptažodį</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="165"/>
        <source>Quit</source>
        <translation>Išeiti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="166"/>
        <source>Night theme (red on black)</source>
        <translation>Naktinis režimas (raudona ant juodos)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="167"/>
        <source>Night</source>
        <translation>Naktis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/login.py" line="184"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Ne mažiau kaip %n simbolis.</numerusform>
            <numerusform>Ne mažiau kaip %n simboliai.</numerusform>
            <numerusform>Ne mažiau kaip %n simbolių.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="186"/>
        <source>The passwords differ.</source>
        <translation>Slaptažodžiai nesutampa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="187"/>
        <source>Type the password again.</source>
        <translation>Įveskite slaptažodį dar kartą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="208"/>
        <source>Enter your user name.</source>
        <translation>Įveskite naudotojo vardą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="222"/>
        <source>Unlocking the encrypted workspace…</source>
        <translation>Atrakinama užšifruota darbo sritis…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="223"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Kuriama užšifruota darbo sritis…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>fieldops – %1 – %2</source>
        <translation>fieldops – %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <location filename="../../ui/selftest.py" line="234"/>
        <source>Overview</source>
        <translation>Apžvalga</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Admin</source>
        <translation>Administravimas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Tonight</source>
        <translation>Šiąnakt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Operations</source>
        <translation>Operacijos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Equipment desk</source>
        <translation>Įrangos apskaita</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Sync</source>
        <translation>Sinchronizavimas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Review</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Dashboard</source>
        <translation>Statistikos skydelis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Go to %1</source>
        <translation>Eiti į: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinchronizuoti dabar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Lock</source>
        <translation>&amp;Užrakinti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Atsijungti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Quit</source>
        <translation>&amp;Išeiti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Night theme (red on black)</source>
        <translation>&amp;Naktinis režimas (raudona ant juodos)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;Tools</source>
        <translation>Įr&amp;ankiai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Tikrinti audito žurnalą</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>&amp;Desk PIN…</source>
        <translation>&amp;Išdavimo PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Ataskaitos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;About fieldops</source>
        <translation>&amp;Apie fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Sending %1: %2 %</source>
        <translation>Siunčiama %1: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Low disk space: %1 free</source>
        <translation>Mažai vietos diske: laisva %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Free some space: photos and videos are stored here until the regional server confirms them.</source>
        <translation>Atlaisvinkite vietos diske: nuotraukos ir vaizdo įrašai saugomi čia, kol regioninis serveris patvirtina jų gavimą.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Not connected to a server</source>
        <translation>Neprijungta prie serverio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="467"/>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n pakeitimas laukia</numerusform>
            <numerusform>%n pakeitimai laukia</numerusform>
            <numerusform>%n pakeitimų laukia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>This laptop is not enrolled with a regional server: changes stay here.</source>
        <translation>Šis nešiojamasis kompiuteris neužregistruotas regioniniame serveryje: pakeitimai lieka čia.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Offline</source>
        <translation>Nėra ryšio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>The server cannot be reached; changes are sent as soon as it answers.</source>
        <translation>Serveris nepasiekiamas; pakeitimai bus išsiųsti, kai tik jis atsakys.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Sending this laptop&apos;s changes and fetching the others&apos;.</source>
        <translation>Siunčiami šio nešiojamojo kompiuterio pakeitimai ir gaunami kitų pakeitimai.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Synced at %1</source>
        <translation>Sinchronizuota %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="479"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n laukia</numerusform>
            <numerusform>%n laukia</numerusform>
            <numerusform>%n laukia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>The last sync with the regional server succeeded.</source>
        <translation>Paskutinis sinchronizavimas su regioniniu serveriu pavyko.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Sync error: %1</source>
        <translation>Sinchronizavimo klaida: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="489"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n pakeitimas laukia išsiuntimo</numerusform>
            <numerusform>%n pakeitimai laukia išsiuntimo</numerusform>
            <numerusform>%n pakeitimų laukia išsiuntimo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n of the waiting changes were made by other people: they are sent when those people sync.</source>
        <translation>
            <numerusform>%n iš laukiančių pakeitimų padarė kiti naudotojai: jis bus išsiųstas, kai tie naudotojai atliks sinchronizavimą.</numerusform>
            <numerusform>%n iš laukiančių pakeitimų padarė kiti naudotojai: jie bus išsiųsti, kai tie naudotojai atliks sinchronizavimą.</numerusform>
            <numerusform>%n iš laukiančių pakeitimų padarė kiti naudotojai: jie bus išsiųsti, kai tie naudotojai atliks sinchronizavimą.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="495"/>
        <source>%n file(s) waiting</source>
        <translation>
            <numerusform>%n failas laukia</numerusform>
            <numerusform>%n failai laukia</numerusform>
            <numerusform>%n failų laukia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Server: %1</source>
        <translation>Serveris: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>Click to open the Sync page.</source>
        <translation>Spustelėkite, kad atvertumėte puslapį „Sinchronizavimas“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="507"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n atmestas</numerusform>
            <numerusform>%n atmesti</numerusform>
            <numerusform>%n atmestų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="509"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konfliktas</numerusform>
            <numerusform>%n konfliktai</numerusform>
            <numerusform>%n konfliktų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <location filename="../../ui/main_window.py" line="573"/>
        <location filename="../../ui/main_window.py" line="576"/>
        <source>Audit log</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="574"/>
        <source>The audit log is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>Audito žurnalas nepažeistas: patikrintas %n įvykis.</numerusform>
            <numerusform>Audito žurnalas nepažeistas: patikrinti %n įvykiai.</numerusform>
            <numerusform>Audito žurnalas nepažeistas: patikrinta %n įvykių.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>The audit log has been altered at event #%1. Report this to your supervisor and IT.</source>
        <translation>Audito žurnalas pakeistas ties įvykiu Nr. %1. Praneškite apie tai savo vadovui ir IT skyriui.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>About fieldops</source>
        <translation>Apie fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</source>
        <translation>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Naktinių operacijų žurnalas ir įrangos apskaita Latvijos ir Lietuvos pasienio regiono policijos partneriams.&lt;br&gt;Darbo sritis: %2</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../ui/media_text.py" line="18"/>
        <source>the server does not have its record (see the Sync page)</source>
        <translation>serveryje nėra šio failo įrašo (žr. puslapį „Sinchronizavimas“)</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="19"/>
        <source>the server&apos;s disk is full; it is sent again later</source>
        <translation>serverio diskas pilnas; failas bus išsiųstas dar kartą vėliau</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="20"/>
        <source>the server received different bytes; it is sent again</source>
        <translation>serveris gavo kitokius duomenis; failas siunčiamas dar kartą</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="21"/>
        <source>the copy on this laptop is damaged; attach the original file again</source>
        <translation>kopija šiame nešiojamajame kompiuteryje sugadinta; pridėkite originalų failą dar kartą</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="23"/>
        <source>the copy on this laptop is missing; attach the original file again</source>
        <translation>kopijos šiame nešiojamajame kompiuteryje nėra; pridėkite originalų failą dar kartą</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="25"/>
        <source>damaged on the way several times; it is sent again later</source>
        <translation>siunčiant kelis kartus sugadintas; bus išsiųstas dar kartą vėliau</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="26"/>
        <source>refused by the server</source>
        <translation>serveris jį atmetė</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="35"/>
        <source>sending %1 %</source>
        <translation>siunčiama: %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="37"/>
        <source>sent</source>
        <translation>išsiųsta</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="39"/>
        <source>on the server</source>
        <translation>serveryje</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="41"/>
        <source>not sent: %1</source>
        <translation>neišsiųsta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="42"/>
        <source>waiting to be sent</source>
        <translation>laukia išsiuntimo</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="293"/>
        <source>Previous</source>
        <translation>Ankstesnis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="294"/>
        <source>Previous file (Left arrow, Page Up)</source>
        <translation>Ankstesnis failas (rodyklė kairėn, Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="295"/>
        <source>Next</source>
        <translation>Kitas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="296"/>
        <source>Next file (Right arrow, Page Down)</source>
        <translation>Kitas failas (rodyklė dešinėn, Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="297"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Priartinti (+, Ctrl+pelės ratukas)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="298"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Atitolinti (−, Ctrl+pelės ratukas)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="299"/>
        <source>Fit</source>
        <translation>Pritaikyti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="300"/>
        <source>Fit the photo in the window (0)</source>
        <translation>Pritaikyti nuotrauką prie lango (0)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="301"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="302"/>
        <source>Actual size (1)</source>
        <translation>Tikrasis dydis (1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="303"/>
        <source>Drag to move the photo</source>
        <translation>Vilkite, kad pastumtumėte nuotrauką</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Captured</source>
        <translation>Užfiksuota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="305"/>
        <source>Attached</source>
        <translation>Pridėta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="305"/>
        <source>Upload</source>
        <translation>Išsiuntimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="307"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 kontrolinė suma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="308"/>
        <source>The file&apos;s fingerprint, recorded when it was attached</source>
        <translation>Failo kontrolinė suma, užregistruota jį pridedant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="309"/>
        <source>Copy</source>
        <translation>Kopijuoti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="310"/>
        <source>Custody trail</source>
        <translation>Saugojimo grandinė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="312"/>
        <source>Download from server</source>
        <translation>Atsisiųsti iš serverio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="314"/>
        <source>Play / pause</source>
        <translation>Leisti / pristabdyti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="350"/>
        <source>%1 of %2</source>
        <translation>%1 iš %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="390"/>
        <source>This photo cannot be shown here. You can open it with the system&apos;s viewer.</source>
        <translation>Šios nuotraukos čia parodyti negalima. Ją galite atidaryti sistemos peržiūros programoje.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="392"/>
        <source>This photo is too large to show here (%1). You can open it with the system&apos;s viewer.</source>
        <translation>Ši nuotrauka per didelė, kad būtų parodyta čia (%1). Ją galite atidaryti sistemos peržiūros programoje.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="427"/>
        <source>This video cannot be played here.</source>
        <translation>Šio vaizdo įrašo čia paleisti negalima.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="474"/>
        <source>Open in system player</source>
        <translation>Atidaryti sistemos leistuvėje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="474"/>
        <source>Open in system viewer</source>
        <translation>Atidaryti sistemos peržiūros programoje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="475"/>
        <source>A decrypted copy is kept on this laptop only while the app runs.</source>
        <translation>Iššifruota kopija šiame nešiojamajame kompiuteryje saugoma tik tol, kol veikia programa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="480"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="496"/>
        <source>Opening…</source>
        <translation>Atidaroma…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="484"/>
        <source>This file is missing on this laptop and was not sent to the regional server. Ask IT to look for a backup.</source>
        <translation>Šio failo nėra šiame nešiojamajame kompiuteryje ir jis nebuvo išsiųstas į regioninį serverį. Paprašykite IT skyriaus paieškoti atsarginės kopijos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="487"/>
        <source>This file is not on this laptop. It is kept on the regional server.</source>
        <translation>Šio failo nėra šiame nešiojamajame kompiuteryje. Jis saugomas regioniniame serveryje.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="508"/>
        <source>No program on this laptop can open this file.</source>
        <translation>Šiame nešiojamajame kompiuteryje nėra programos, kuria būtų galima atidaryti šį failą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="549"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="555"/>
        <source>Photo</source>
        <translation>Nuotrauka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="556"/>
        <source>Video</source>
        <translation>Vaizdo įrašas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="556"/>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="560"/>
        <source>%1 bytes</source>
        <translation>%1 baitų</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="561"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="563"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="607"/>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="562"/>
        <source>%1 by %2</source>
        <translation>%1, naudotojas: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="609"/>
        <source>Device %1</source>
        <translation>Įrenginys %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="615"/>
        <source>opened in system player</source>
        <translation>atidarytas sistemos programoje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="615"/>
        <source>viewed</source>
        <translation>peržiūrėtas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="616"/>
        <source>attached</source>
        <translation>pridėtas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="616"/>
        <source>exported</source>
        <translation>eksportuotas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="617"/>
        <source>sent to server</source>
        <translation>išsiųstas į serverį</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="618"/>
        <source>changed</source>
        <translation>pakeistas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="618"/>
        <source>deleted</source>
        <translation>ištrintas</translation>
    </message>
</context>
<context>
    <name>NewOperationDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="24"/>
        <source>New night operation</source>
        <translation>Nauja naktinė operacija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="31"/>
        <source>Starting &amp;now</source>
        <translation>Prasideda &amp;dabar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="37"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="37"/>
        <source>&amp;Area</source>
        <translation>&amp;Vietovė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="38"/>
        <source>Planned &amp;start</source>
        <translation>Planuojama &amp;pradžia</translation>
    </message>
</context>
<context>
    <name>NightCard</name>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="35"/>
        <source>Night context</source>
        <translation>Nakties sąlygos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="37"/>
        <source>Sunset</source>
        <translation>Saulėlydis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="38"/>
        <source>Nautical dusk</source>
        <translation>Navigacinės prieblandos pabaiga</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="39"/>
        <source>Nautical dawn</source>
        <translation>Navigacinės prieblandos pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="40"/>
        <source>Sunrise</source>
        <translation>Saulėtekis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="41"/>
        <source>Moon</source>
        <translation>Mėnulis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="42"/>
        <source>Dark hours</source>
        <translation>Tamsios valandos</translation>
    </message>
</context>
<context>
    <name>OperationEditor</name>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="254"/>
        <source>← Operations</source>
        <translation>← Operacijos</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="255"/>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="257"/>
        <source>Submit for review</source>
        <translation>Pateikti peržiūrai</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="259"/>
        <source>Print to PDF…</source>
        <translation>Spausdinti į PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>T&amp;ype</source>
        <translation>&amp;Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>&amp;Area</source>
        <translation>&amp;Vietovė</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>&amp;Position (WGS84)</source>
        <translation>&amp;Koordinatės (WGS84)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="262"/>
        <source>Planned start</source>
        <translation>Planuojama pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="262"/>
        <source>Vehi&amp;cle</source>
        <translation>Tra&amp;nsporto priemonė</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="263"/>
        <source>Planned end</source>
        <translation>Planuojama pabaiga</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="263"/>
        <source>Actual &amp;start</source>
        <translation>Faktinė pra&amp;džia</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="264"/>
        <source>Actual &amp;end</source>
        <translation>Faktinė pa&amp;baiga</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="264"/>
        <source>&amp;Weather</source>
        <translation>&amp;Orai</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="265"/>
        <source>Visi&amp;bility</source>
        <translation>&amp;Matomumas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="265"/>
        <source>&amp;Narrative</source>
        <translation>Apraš&amp;ymas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="270"/>
        <source>e.g. 56.5047, 21.0108 or 56°30&apos;17&quot;N 21°0&apos;39&quot;E</source>
        <translation>pvz., 56.5047, 21.0108 arba 56°30&apos;17&quot;N 21°0&apos;39&quot;E</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="271"/>
        <source>Crew (lead first)</source>
        <translation>Ekipažas (vyresnysis – pirmas)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="272"/>
        <source>Add a crew member by name or badge…</source>
        <translation>Pridėti ekipažo narį pagal vardą arba ženklą…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="273"/>
        <source>Equipment used (tick; the crew&apos;s check-outs first)</source>
        <translation>Naudota įranga (pažymėkite; pirmiausia ekipažui išduota)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="274"/>
        <source>+ Traffic check</source>
        <translation>+ Eismo patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="276"/>
        <source>+ Hunter check</source>
        <translation>+ Medžiotojo patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="278"/>
        <source>+ Other</source>
        <translation>+ Kitas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="280"/>
        <location filename="../../ui/views/operation_editor.py" line="581"/>
        <source>Void check</source>
        <translation>Anuliuoti patikrinimą</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="282"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="282"/>
        <source>Rule flags</source>
        <translation>Taisyklių žymos</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="353"/>
        <source>  (held by the crew)</source>
        <translation>  (išduota ekipažui)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="381"/>
        <source>Returned for correction:</source>
        <translation>Grąžinta taisyti:</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="383"/>
        <source>This operation is %1 and can no longer be edited here.</source>
        <translation>Ši operacija yra %1, todėl jos čia nebegalima redaguoti.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="399"/>
        <source>  (lead)</source>
        <translation>  (vyresnysis)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="401"/>
        <source>Enter removes this member</source>
        <translation>Enter – pašalinti iš ekipažo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/operation_editor.py" line="409"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n patikrinimas</numerusform>
            <numerusform>%n patikrinimai</numerusform>
            <numerusform>%n patikrinimų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="458"/>
        <source>The end is before the start.</source>
        <translation>Pabaiga yra ankstesnė nei pradžia.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="460"/>
        <source>A shift cannot last more than 24 hours.</source>
        <translation>Pamaina negali trukti ilgiau nei 24 valandas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="581"/>
        <source>Why is this check withdrawn?</source>
        <translation>Kodėl šis patikrinimas anuliuojamas?</translation>
    </message>
</context>
<context>
    <name>OperationReport</name>
    <message>
        <location filename="../../ui/reports/export.py" line="89"/>
        <source>The operation report as a PDF file</source>
        <translation>Operacijos ataskaita PDF faile</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="99"/>
        <source>Save the operation report</source>
        <translation>Išsaugoti operacijos ataskaitą</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="100"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="110"/>
        <source>The PDF could not be saved to %1: %2. Nothing was recorded.</source>
        <translation>PDF failo nepavyko išsaugoti į %1: %2. Niekas neužregistruota.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="112"/>
        <location filename="../../ui/reports/export.py" line="154"/>
        <source>Export PDF</source>
        <translation>PDF eksportas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="133"/>
        <source>Operation report saved: %1</source>
        <translation>Operacijos ataskaita išsaugota: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="147"/>
        <source>The export could not be recorded in the audit log, so the PDF was deleted.</source>
        <translation>Eksporto nepavyko užregistruoti audito žurnale, todėl PDF failas ištrintas.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="150"/>
        <source>The export could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</source>
        <translation>Eksporto nepavyko užregistruoti audito žurnale. Patys ištrinkite %1: jo negalima perduoti kitiems.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="191"/>
        <source>Plate %1</source>
        <translation>Valstybinis numeris %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="193"/>
        <source>Driver: %1</source>
        <translation>Vairuotojas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="198"/>
        <source>Alcohol %1 ‰</source>
        <translation>Girtumas %1 ‰</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="201"/>
        <source>Refused the alcohol test</source>
        <translation>Atsisakė girtumo patikrinimo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="204"/>
        <source>Speed %1 km/h (limit %2 km/h)</source>
        <translation>Greitis %1 km/h (leidžiama %2 km/h)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="207"/>
        <source>Speed %1 km/h</source>
        <translation>Greitis %1 km/h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="210"/>
        <location filename="../../ui/reports/operation_pdf.py" line="246"/>
        <source>Missing: %1</source>
        <translation>Nepateikta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="217"/>
        <source>Species: %1</source>
        <translation>Rūšis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="220"/>
        <source>Sight: %1</source>
        <translation>Taikiklis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="222"/>
        <source>Position: %1</source>
        <translation>Šaudymo pozicija: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="225"/>
        <source>Driven hunt</source>
        <translation>Varomoji medžioklė</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="227"/>
        <source>Weapon loaded while moving</source>
        <translation>Judėjo su užtaisytu ginklu</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="229"/>
        <source>Weapon not cased in the vehicle</source>
        <translation>Ginklas transporto priemonėje nebuvo dėkle</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="231"/>
        <source>Not sober</source>
        <translation>Neblaivus</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="233"/>
        <source>No vest</source>
        <translation>Be liemenės</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="235"/>
        <source>Wild boar harvested or wounded</source>
        <translation>Šernas sumedžiotas ar sužeistas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="237"/>
        <source>Boar marker %1</source>
        <translation>Šerno ženklinimas %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="239"/>
        <source>Hunting sheet: %1</source>
        <translation>Medžioklės lapas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="242"/>
        <source>Safety check: %1</source>
        <translation>Saugaus elgesio patikrinimas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="253"/>
        <source>Category: %1</source>
        <translation>Kategorija: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="329"/>
        <source>badge %1</source>
        <translation>ženklas %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="332"/>
        <source>lead</source>
        <translation>vyresnysis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="340"/>
        <source>%1 h</source>
        <translation>%1 val.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="353"/>
        <location filename="../../ui/reports/period_pdf.py" line="103"/>
        <source>Moon: %1 % lit (%2)</source>
        <translation>Mėnulis: apšviesta %1 % (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="357"/>
        <location filename="../../ui/reports/period_pdf.py" line="101"/>
        <source>Night of %1</source>
        <translation>Naktis nuo %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="359"/>
        <location filename="../../ui/reports/period_pdf.py" line="104"/>
        <source>Sunset</source>
        <translation>Saulėlydis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="360"/>
        <location filename="../../ui/reports/period_pdf.py" line="105"/>
        <source>nautical dusk</source>
        <translation>navigacinės prieblandos pabaiga</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="361"/>
        <location filename="../../ui/reports/period_pdf.py" line="106"/>
        <source>Nautical dawn</source>
        <translation>Navigacinės prieblandos pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="362"/>
        <location filename="../../ui/reports/period_pdf.py" line="107"/>
        <source>sunrise</source>
        <translation>saulėtekis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="374"/>
        <source>Warning:</source>
        <translation>Įspėjimas:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="405"/>
        <source>Operation report</source>
        <translation>Operacijos ataskaita</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="416"/>
        <source>total: %1 · with a violation: %2</source>
        <translation>iš viso: %1 · su pažeidimu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="419"/>
        <source>Planned</source>
        <translation>Planuota</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="421"/>
        <source>Actual</source>
        <translation>Faktiškai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="423"/>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="424"/>
        <source>Area</source>
        <translation>Vietovė</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="425"/>
        <source>Position</source>
        <translation>Koordinatės</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="426"/>
        <source>Vehicle</source>
        <translation>Transporto priemonė</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="427"/>
        <source>Crew</source>
        <translation>Ekipažas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="428"/>
        <source>Equipment used</source>
        <translation>Naudota įranga</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="429"/>
        <source>Weather</source>
        <translation>Orai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="430"/>
        <source>Visibility</source>
        <translation>Matomumas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="431"/>
        <source>Night</source>
        <translation>Naktis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="432"/>
        <location filename="../../ui/reports/operation_pdf.py" line="443"/>
        <source>Checks</source>
        <translation>Patikrinimai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="438"/>
        <source>Narrative</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="447"/>
        <location filename="../../ui/reports/operation_pdf.py" line="478"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="448"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="449"/>
        <source>Key facts</source>
        <translation>Pagrindiniai faktai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="450"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="451"/>
        <source>Rule-pack flags and decisions</source>
        <translation>Taisyklių rinkinio žymos ir sprendimai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="452"/>
        <source>Rule pack</source>
        <translation>Taisyklių rinkinys</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="456"/>
        <source>No checks were logged.</source>
        <translation>Patikrinimų neužregistruota.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="459"/>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="462"/>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="463"/>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="464"/>
        <source>SHA-256 (chain-of-custody fingerprint)</source>
        <translation>SHA-256 (įrodymų saugojimo grandinės kontrolinė suma)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="472"/>
        <source>No attachments.</source>
        <translation>Priedų nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="476"/>
        <source>Review comments</source>
        <translation>Peržiūros komentarai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="479"/>
        <source>Reviewer</source>
        <translation>Peržiūrėtojas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="480"/>
        <source>Comment</source>
        <translation>Komentaras</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="495"/>
        <location filename="../../ui/reports/period_pdf.py" line="110"/>
        <source>Printed by %1 on %2 — purpose: %3</source>
        <translation>Atspausdino %1 %2 — tikslas: %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="553"/>
        <location filename="../../ui/reports/period_pdf.py" line="111"/>
        <source>Page %1 of %2</source>
        <translation>%1 psl. iš %2</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <location filename="../../ui/models/operations.py" line="100"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="101"/>
        <source>Start</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="102"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="103"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="104"/>
        <source>Agency</source>
        <translation>Įstaiga</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="105"/>
        <source>Lead</source>
        <translation>Vyresnysis</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="106"/>
        <source>Area</source>
        <translation>Vietovė</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="107"/>
        <source>Checks</source>
        <translation>Patikrinimai</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="108"/>
        <source>Violations</source>
        <translation>Pažeidimai</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="114"/>
        <source>Draft: the crew is still writing it.</source>
        <translation>Juodraštis: ekipažas jį dar rašo.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="115"/>
        <source>Submitted: waiting for a supervisor&apos;s review; locked for the crew.</source>
        <translation>Pateikta: laukia vadovo peržiūros; ekipažui užrakinta.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="117"/>
        <source>Returned by a supervisor for corrections.</source>
        <translation>Vadovas grąžino taisyti.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="119"/>
        <source>Approved: final; corrections are recorded as amendments.</source>
        <translation>Patvirtinta: galutinė versija; pataisos registruojamos kaip pakeitimai.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="121"/>
        <source>Voided by an approved amendment: kept on record, never counted.</source>
        <translation>Anuliuota patvirtintu pakeitimu: saugoma įrašuose, neskaičiuojama.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="517"/>
        <source>Checks: %1 · with a violation: %2</source>
        <translation>Patikrinimai: %1 · su pažeidimu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="521"/>
        <source>Local time of the agency (%1)</source>
        <translation>Įstaigos vietos laikas (%1)</translation>
    </message>
</context>
<context>
    <name>OperationsView</name>
    <message>
        <location filename="../../ui/views/operations.py" line="194"/>
        <source>Operations</source>
        <translation>Operacijos</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="195"/>
        <source>New operation</source>
        <translation>Nauja operacija</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="196"/>
        <source>Start a new operation (Ctrl+N)</source>
        <translation>Pradėti naują operaciją (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="197"/>
        <source>Search number, area, vehicle, narrative… (Ctrl+F)</source>
        <translation>Ieškoti pagal numerį, vietovę, transporto priemonę, aprašymą… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="198"/>
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="201"/>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="204"/>
        <source>All agencies</source>
        <translation>Visos įstaigos</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Any date</source>
        <translation>Bet kuri data</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Last night</source>
        <translation>Praėjusi naktis</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Last 7 days</source>
        <translation>Paskutinės 7 dienos</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>Last 30 days</source>
        <translation>Paskutinės 30 dienų</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>This year</source>
        <translation>Šiais metais</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>Custom range…</source>
        <translation>Kitas laikotarpis…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="209"/>
        <source>Operations started since yesterday noon (local time)</source>
        <translation>Operacijos, pradėtos nuo vakar vidurdienio (vietos laiku)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="211"/>
        <source>Only mine</source>
        <translation>Tik mano</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="212"/>
        <source>Operations you were in the crew of</source>
        <translation>Operacijos, kuriose buvote ekipaže</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="213"/>
        <source>Clear filters</source>
        <translation>Išvalyti filtrus</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="214"/>
        <source>No operations match these filters.</source>
        <translation>Nė viena operacija neatitinka šių filtrų.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="335"/>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/operations.py" line="337"/>
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln operacija</numerusform>
            <numerusform>%Ln operacijos</numerusform>
            <numerusform>%Ln operacijų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="70"/>
        <source>Hello, %1</source>
        <translation>Sveiki, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="73"/>
        <source>Night operations</source>
        <translation>Naktinės operacijos</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="74"/>
        <source>Checks logged</source>
        <translation>Užregistruoti patikrinimai</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="75"/>
        <source>Equipment items</source>
        <translation>Įrangos vienetai</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="76"/>
        <source>Waiting to be sent</source>
        <translation>Laukia išsiuntimo</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="96"/>
        <source>%1 with a violation (%2%)</source>
        <translation>%1 su pažeidimu (%2%)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="103"/>
        <source>%1 overdue</source>
        <translation>pavėluota: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="106"/>
        <source>%n change(s) recorded on this laptop and not yet sent to the regional server.</source>
        <translation>
            <numerusform>Šiame nešiojamajame kompiuteryje užregistruotas %n pakeitimas, dar neišsiųstas į regioninį serverį.</numerusform>
            <numerusform>Šiame nešiojamajame kompiuteryje užregistruoti %n pakeitimai, dar neišsiųsti į regioninį serverį.</numerusform>
            <numerusform>Šiame nešiojamajame kompiuteryje užregistruota %n pakeitimų, dar neišsiųstų į regioninį serverį.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="14"/>
        <source>Set password</source>
        <translation>Nustatyti slaptažodį</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="16"/>
        <source>New password for %1 on this laptop.</source>
        <translation>Naujas naudotojo %1 slaptažodis šiame nešiojamajame kompiuteryje.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="24"/>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="25"/>
        <source>Repeat password</source>
        <translation>Pakartokite slaptažodį</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/password.py" line="38"/>
        <location filename="../../ui/dialogs/password.py" line="49"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Ne mažiau kaip %n simbolis.</numerusform>
            <numerusform>Ne mažiau kaip %n simboliai.</numerusform>
            <numerusform>Ne mažiau kaip %n simbolių.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="39"/>
        <source>The passwords differ.</source>
        <translation>Slaptažodžiai nesutampa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="51"/>
        <source>Type the password again.</source>
        <translation>Įveskite slaptažodį dar kartą.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="33"/>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="37"/>
        <source>Personal</source>
        <translation>Asmeninės nuostatos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="37"/>
        <source>Workspace policy</source>
        <translation>Darbo srities taisyklės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="49"/>
        <source>Only an administrator can change the workspace policy.</source>
        <translation>Darbo srities taisykles gali keisti tik administratorius.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="69"/>
        <source>Purpose of the disclosure</source>
        <translation>Duomenų atskleidimo tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="70"/>
        <source>%1 leaves the app. Why? The purpose is recorded in the audit log with your name.</source>
        <translation>%1: duomenys bus perduoti už programos ribų. Kodėl? Tikslas kartu su jūsų vardu bus užregistruotas audito žurnale.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="73"/>
        <source>Case file</source>
        <translation>Bylos medžiaga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="74"/>
        <source>Court / prosecutor request</source>
        <translation>Teismo / prokuratūros prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="75"/>
        <source>Internal review</source>
        <translation>Vidinis patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="76"/>
        <source>Project reporting</source>
        <translation>Projekto ataskaitos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="77"/>
        <source>Other (describe)</source>
        <translation>Kita (aprašykite)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="81"/>
        <source>Choose a purpose…</source>
        <translation>Pasirinkite tikslą…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="82"/>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="83"/>
        <source>Details</source>
        <translation>Patikslinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="109"/>
        <source>Required: who asked for it and why</source>
        <translation>Privaloma: kas to paprašė ir kodėl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="109"/>
        <source>Optional: case or request number</source>
        <translation>Neprivaloma: bylos arba prašymo numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="110"/>
        <source>Describe the purpose to continue.</source>
        <translation>Norėdami tęsti, aprašykite tikslą.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="178"/>
        <source>night-vision or thermal sight</source>
        <translation>naktinio matymo ar šiluminis taikiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="186"/>
        <location filename="../../fieldops/services/report_model.py" line="193"/>
        <location filename="../../fieldops/services/report_model.py" line="196"/>
        <source>not recorded</source>
        <translation>nenurodyta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="198"/>
        <source>0.00 ‰</source>
        <translation>0,00 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="199"/>
        <source>0.01–0.20 ‰</source>
        <translation>0,01–0,20 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="200"/>
        <source>0.21–0.50 ‰</source>
        <translation>0,21–0,50 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="201"/>
        <source>0.51–1.50 ‰</source>
        <translation>0,51–1,50 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="202"/>
        <source>over 1.50 ‰</source>
        <translation>daugiau nei 1,50 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="205"/>
        <source>Latvia</source>
        <translation>Latvija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="206"/>
        <source>Lithuania</source>
        <translation>Lietuva</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="208"/>
        <source>Alcohol over the limit</source>
        <translation>Girtumas viršija leistiną ribą</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="209"/>
        <source>Alcohol over the criminal threshold</source>
        <translation>Girtumas viršija baudžiamosios atsakomybės ribą</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="210"/>
        <source>Speeding</source>
        <translation>Greičio viršijimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="211"/>
        <source>Refused the alcohol test</source>
        <translation>Atsisakė girtumo patikrinimo</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="212"/>
        <source>Driving document missing</source>
        <translation>Nepateiktas vairavimo dokumentas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="213"/>
        <source>Plate format unknown</source>
        <translation>Nežinomas valstybinio numerio formatas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="214"/>
        <source>Night sight on a protected species</source>
        <translation>Naktinis taikiklis neleistinai rūšiai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="215"/>
        <source>Night sight not from a stand</source>
        <translation>Naktinis taikiklis ne iš bokštelio</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="216"/>
        <source>Loaded night-sight weapon while moving</source>
        <translation>Užtaisytas ginklas su naktiniu taikikliu judant</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="217"/>
        <source>Uncased night-sight weapon in a vehicle</source>
        <translation>Ginklas su naktiniu taikikliu transporto priemonėje be dėklo</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="219"/>
        <source>Hunting document missing</source>
        <translation>Nepateiktas medžioklės dokumentas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="220"/>
        <source>Safety check expired</source>
        <translation>Pasenęs saugaus elgesio patikrinimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="221"/>
        <source>No hunting sheet</source>
        <translation>Nėra medžioklės lapo</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="222"/>
        <source>Hunter not sober</source>
        <translation>Medžiotojas neblaivus</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="223"/>
        <source>Wild boar not registered</source>
        <translation>Šernas neužregistruotas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="224"/>
        <source>No vest in a driven hunt</source>
        <translation>Varomojoje medžioklėje be liemenės</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="225"/>
        <source>Outcome without a rule flag</source>
        <translation>Rezultatas be taisyklės žymos</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="227"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="227"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="97"/>
        <source>Night report</source>
        <translation>Nakties ataskaita</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="98"/>
        <source>Period report</source>
        <translation>Laikotarpio ataskaita</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="99"/>
        <source>Project indicators (Interreg LV-LT SCAPE II)</source>
        <translation>Projekto rodikliai (Interreg LV-LT SCAPE II)</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="100"/>
        <source>Counting rule: one person or driver stopped is one check, however many offences; a check with a violation counts once. Voided checks are not counted.</source>
        <translation>Skaičiavimo taisyklė: vienas sustabdytas asmuo ar vairuotojas yra vienas patikrinimas, kad ir kiek būtų pažeidimų; patikrinimas su pažeidimu skaičiuojamas vieną kartą. Anuliuoti patikrinimai neskaičiuojami.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="103"/>
        <source>An operation performed with the project equipment is one that lists at least one project-funded item among the equipment used.</source>
        <translation>Operacija, atlikta su projekto įranga, yra ta, kurios naudotos įrangos sąraše yra bent vienas projekto lėšomis įsigytas įrangos vienetas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="262"/>
        <location filename="../../fieldops/services/reports.py" line="271"/>
        <location filename="../../fieldops/services/reports.py" line="359"/>
        <location filename="../../fieldops/services/reports.py" line="398"/>
        <location filename="../../fieldops/services/reports.py" line="403"/>
        <location filename="../../fieldops/services/reports.py" line="497"/>
        <location filename="../../fieldops/services/reports.py" line="502"/>
        <source>Operations</source>
        <translation>Operacijos</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="263"/>
        <source>Officers on duty</source>
        <translation>Budėję pareigūnai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="264"/>
        <location filename="../../fieldops/services/reports.py" line="281"/>
        <location filename="../../fieldops/services/reports.py" line="313"/>
        <location filename="../../fieldops/services/reports.py" line="317"/>
        <location filename="../../fieldops/services/reports.py" line="361"/>
        <location filename="../../fieldops/services/reports.py" line="410"/>
        <location filename="../../fieldops/services/reports.py" line="418"/>
        <location filename="../../fieldops/services/reports.py" line="426"/>
        <location filename="../../fieldops/services/reports.py" line="434"/>
        <location filename="../../fieldops/services/reports.py" line="449"/>
        <location filename="../../fieldops/services/reports.py" line="456"/>
        <location filename="../../fieldops/services/reports.py" line="678"/>
        <source>Checks</source>
        <translation>Patikrinimai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="265"/>
        <location filename="../../fieldops/services/reports.py" line="362"/>
        <location filename="../../fieldops/services/reports.py" line="399"/>
        <source>Checks with a violation</source>
        <translation>Patikrinimai su pažeidimu</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="266"/>
        <source>Equipment items used</source>
        <translation>Naudoti įrangos vienetai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="267"/>
        <location filename="../../fieldops/services/reports.py" line="367"/>
        <location filename="../../fieldops/services/reports.py" line="498"/>
        <source>Operations with project equipment</source>
        <translation>Operacijos su projekto įranga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="272"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="273"/>
        <location filename="../../fieldops/services/reports.py" line="402"/>
        <location filename="../../fieldops/services/reports.py" line="509"/>
        <location filename="../../fieldops/services/reports.py" line="512"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="274"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="275"/>
        <source>Start</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="276"/>
        <source>End</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="277"/>
        <source>Area</source>
        <translation>Vietovė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="278"/>
        <source>Crew</source>
        <translation>Ekipažas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="279"/>
        <source>Vehicle</source>
        <translation>Transporto priemonė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="280"/>
        <source>Equipment</source>
        <translation>Įranga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="282"/>
        <source>Violations</source>
        <translation>Pažeidimai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="284"/>
        <source>Checks and outcomes</source>
        <translation>Patikrinimai ir rezultatai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="285"/>
        <location filename="../../fieldops/services/reports.py" line="293"/>
        <location filename="../../fieldops/services/reports.py" line="303"/>
        <source>Operation</source>
        <translation>Operacija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="286"/>
        <location filename="../../fieldops/services/reports.py" line="294"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="287"/>
        <location filename="../../fieldops/services/reports.py" line="295"/>
        <location filename="../../fieldops/services/reports.py" line="301"/>
        <location filename="../../fieldops/services/reports.py" line="408"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="288"/>
        <source>Subject</source>
        <translation>Tikrintas asmuo</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="289"/>
        <location filename="../../fieldops/services/reports.py" line="297"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="290"/>
        <source>Violation</source>
        <translation>Pažeidimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="292"/>
        <source>Findings</source>
        <translation>Nustatyti pažeidimai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="296"/>
        <source>Finding</source>
        <translation>Pažeidimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="299"/>
        <source>Equipment used</source>
        <translation>Naudota įranga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="300"/>
        <location filename="../../fieldops/services/reports.py" line="655"/>
        <location filename="../../fieldops/services/reports.py" line="663"/>
        <source>Asset tag</source>
        <translation>Inventorinis numeris</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="302"/>
        <source>Make and model</source>
        <translation>Gamintojas ir modelis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="304"/>
        <location filename="../../fieldops/services/reports.py" line="652"/>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="305"/>
        <source>Project-funded</source>
        <translation>Finansuota iš projekto</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="311"/>
        <source>Checks by outcome</source>
        <translation>Patikrinimai pagal rezultatą</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="314"/>
        <location filename="../../fieldops/services/reports.py" line="320"/>
        <location filename="../../fieldops/services/reports.py" line="452"/>
        <location filename="../../fieldops/services/reports.py" line="457"/>
        <location filename="../../fieldops/services/reports.py" line="679"/>
        <source>checks</source>
        <translation>patikrinimai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="315"/>
        <location filename="../../fieldops/services/reports.py" line="447"/>
        <source>Checks by kind</source>
        <translation>Patikrinimai pagal rūšį</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="318"/>
        <location filename="../../fieldops/services/reports.py" line="411"/>
        <location filename="../../fieldops/services/reports.py" line="450"/>
        <source>With a violation</source>
        <translation>Su pažeidimu</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="360"/>
        <source>Nights with operations</source>
        <translation>Naktys su operacijomis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="363"/>
        <source>Share of checks with a violation</source>
        <translation>Patikrinimų su pažeidimu dalis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="365"/>
        <source>Traffic checks</source>
        <translation>Eismo patikrinimai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="366"/>
        <source>Hunter checks</source>
        <translation>Medžiotojų patikrinimai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="368"/>
        <source>Equipment hours</source>
        <translation>Įrangos valandos</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="369"/>
        <source>Equipment overdue now</source>
        <translation>Šiuo metu laiku negrąžinta įranga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="370"/>
        <source>Equipment in maintenance now</source>
        <translation>Šiuo metu techninėje priežiūroje esanti įranga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="392"/>
        <source>Operations by week</source>
        <translation>Operacijos pagal savaites</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="393"/>
        <source>Operations by night</source>
        <translation>Operacijos pagal naktis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="394"/>
        <source>Week from</source>
        <translation>Savaitė nuo</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="394"/>
        <source>Night</source>
        <translation>Naktis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="396"/>
        <source>Moon lit</source>
        <translation>Mėnulio apšviesta dalis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="401"/>
        <source>Operations by type</source>
        <translation>Operacijos pagal tipą</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="404"/>
        <location filename="../../fieldops/services/reports.py" line="412"/>
        <location filename="../../fieldops/services/reports.py" line="427"/>
        <location filename="../../fieldops/services/reports.py" line="504"/>
        <source>Share</source>
        <translation>Dalis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="407"/>
        <source>Checks by kind and category</source>
        <translation>Patikrinimai pagal rūšį ir kategoriją</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="409"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="415"/>
        <source>Violations by rule</source>
        <translation>Pažeidimai pagal taisyklę</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="416"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="417"/>
        <source>Rule</source>
        <translation>Taisyklė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="421"/>
        <source>Confirmed violation flags of the rule packs; a check with several offences counts once under each rule it broke.</source>
        <translation>Patvirtintos taisyklių rinkinių pažeidimų žymos; patikrinimas su keliais pažeidimais skaičiuojamas po vieną kartą prie kiekvienos pažeistos taisyklės.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="424"/>
        <location filename="../../fieldops/services/reports.py" line="454"/>
        <source>Breath alcohol of traffic checks</source>
        <translation>Alkoholio koncentracija iškvėptame ore eismo patikrinimuose</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="425"/>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="429"/>
        <source>The counted test: the first one in Latvia, the lower of two in Lithuania. Checks without a recorded value are not listed.</source>
        <translation>Įskaitomas matavimas: Latvijoje – pirmasis, Lietuvoje – mažesnis iš dviejų. Patikrinimai be užfiksuotos reikšmės neįtraukti.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="431"/>
        <source>Hunter checks by species and sight</source>
        <translation>Medžiotojų patikrinimai pagal rūšį ir taikiklį</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="432"/>
        <source>Species</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="433"/>
        <source>Sight</source>
        <translation>Taikiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="441"/>
        <source>Operations per week</source>
        <translation>Operacijos per savaitę</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="442"/>
        <source>Operations per night</source>
        <translation>Operacijos per naktį</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="446"/>
        <location filename="../../fieldops/services/reports.py" line="532"/>
        <location filename="../../fieldops/services/reports.py" line="537"/>
        <source>operations</source>
        <translation>operacijos</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="499"/>
        <source>Share with project equipment</source>
        <translation>Dalis su projekto įranga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="500"/>
        <source>Partners</source>
        <translation>Partneriai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="503"/>
        <location filename="../../fieldops/services/reports.py" line="528"/>
        <source>With project equipment</source>
        <translation>Su projekto įranga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="506"/>
        <source>By partner</source>
        <translation>Pagal partnerį</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="507"/>
        <location filename="../../fieldops/services/reports.py" line="511"/>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="508"/>
        <source>By type of operation</source>
        <translation>Pagal operacijos tipą</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="510"/>
        <source>By partner and type</source>
        <translation>Pagal partnerį ir tipą</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="522"/>
        <source>By month</source>
        <translation>Pagal mėnesį</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="73"/>
        <location filename="../../fieldops/services/reports.py" line="523"/>
        <source>First night</source>
        <translation>Pirmoji naktis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="74"/>
        <location filename="../../fieldops/services/reports.py" line="524"/>
        <source>Last night</source>
        <translation>Paskutinė naktis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="526"/>
        <source>Operations by partner</source>
        <translation>Operacijos pagal partnerį</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="530"/>
        <source>Without project equipment</source>
        <translation>Be projekto įrangos</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="533"/>
        <source>Operations with project equipment by type</source>
        <translation>Operacijos su projekto įranga pagal tipą</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="72"/>
        <location filename="../../fieldops/services/report_files.py" line="83"/>
        <source>Report</source>
        <translation>Ataskaita</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="75"/>
        <source>Agencies</source>
        <translation>Įstaigos</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="76"/>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="79"/>
        <source>Operation types</source>
        <translation>Operacijų tipai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="82"/>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="84"/>
        <source>Item</source>
        <translation>Rodiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="85"/>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="660"/>
        <source>Hours the item was used in the operations of the period, by the ISO week (from Monday) of the night.</source>
        <translation>Valandos, kiek įranga naudota laikotarpio operacijose, pagal nakties ISO savaitę (nuo pirmadienio).</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="664"/>
        <source>Weeks used</source>
        <translation>Naudojimo savaitės</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="666"/>
        <source>Hours the item was used in the operations of the period.</source>
        <translation>Valandos, kiek įranga naudota laikotarpio operacijose.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="667"/>
        <source>Equipment use</source>
        <translation>Įrangos naudojimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="676"/>
        <source>Most frequent violations</source>
        <translation>Dažniausi pažeidimai</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="102"/>
        <source>Nights %1 – %2</source>
        <translation>Naktys %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="108"/>
        <source>Nothing to show for this period.</source>
        <translation>Šiam laikotarpiui nėra ką rodyti.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="109"/>
        <source>No data</source>
        <translation>Duomenų nėra</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="171"/>
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="172"/>
        <source>A report leaves the app as a file: you will be asked for its purpose, which is recorded in the audit log with your name.</source>
        <translation>Ataskaita perduodama už programos ribų kaip failas: jūsų bus paklausta jos tikslo, kuris kartu su jūsų vardu bus užregistruotas audito žurnale.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="174"/>
        <source>Night report (one shift)</source>
        <translation>Nakties ataskaita (viena pamaina)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="174"/>
        <source>Period report</source>
        <translation>Laikotarpio ataskaita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="175"/>
        <source>Project indicators (SCAPE II)</source>
        <translation>Projekto rodikliai (SCAPE II)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Week</source>
        <translation>Savaitė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Month</source>
        <translation>Mėnuo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Year</source>
        <translation>Metai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="179"/>
        <source>Custom nights</source>
        <translation>Pasirinktos naktys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="182"/>
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="185"/>
        <source>&amp;Report</source>
        <translation>&amp;Ataskaita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="185"/>
        <source>&amp;Agency</source>
        <translation>Į&amp;staiga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="186"/>
        <source>&amp;Night of</source>
        <translation>&amp;Naktis nuo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="186"/>
        <source>&amp;Period</source>
        <translation>&amp;Laikotarpis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="187"/>
        <source>&amp;Within</source>
        <translation>Api&amp;ma datą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="187"/>
        <source>F&amp;irst night</source>
        <translation>P&amp;irmoji naktis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="188"/>
        <source>Operation &amp;type</source>
        <translation>Operacijos &amp;tipas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="188"/>
        <source>La&amp;st night</source>
        <translation>Pas&amp;kutinė naktis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="189"/>
        <source>&amp;Language</source>
        <translation>Kal&amp;ba</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="189"/>
        <source>&amp;Format</source>
        <translation>&amp;Formatas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="191"/>
        <source>&amp;Create…</source>
        <translation>S&amp;ukurti…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="214"/>
        <source>All partners</source>
        <translation>Visi partneriai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="262"/>
        <source>Night of %1</source>
        <translation>Naktis nuo %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="264"/>
        <source>Nights %1 – %2</source>
        <translation>Naktys %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="268"/>
        <source>The last night is before the first one.</source>
        <translation>Paskutinė naktis yra prieš pirmąją.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="281"/>
        <source>The %1 (%2) as a %3 file</source>
        <translation>%3 failas: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="291"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="292"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel darbaknygės (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="293"/>
        <source>Save the report</source>
        <translation>Išsaugoti ataskaitą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="312"/>
        <source>Creating the report…</source>
        <translation>Kuriama ataskaita…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="352"/>
        <location filename="../../ui/dialogs/reports.py" line="357"/>
        <source>Report saved: %1</source>
        <translation>Ataskaita išsaugota: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="366"/>
        <source>The report could not be saved to %1: %2. Nothing was recorded.</source>
        <translation>Ataskaitos nepavyko išsaugoti į %1: %2. Niekas neužregistruota.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="387"/>
        <source>The report could not be recorded in the audit log, so the file was deleted.</source>
        <translation>Ataskaitos nepavyko užregistruoti audito žurnale, todėl failas ištrintas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="389"/>
        <source>The report could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</source>
        <translation>Ataskaitos nepavyko užregistruoti audito žurnale. Patys ištrinkite %1: jo negalima perduoti kitiems.</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="35"/>
        <source>Reserve equipment</source>
        <translation>Rezervuoti įrangą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="46"/>
        <source>Planned operation, crew, place</source>
        <translation>Planuojama operacija, ekipažas, vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="48"/>
        <source>&amp;Item</source>
        <translation>&amp;Vienetas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="49"/>
        <source>&amp;From</source>
        <translation>&amp;Nuo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="50"/>
        <source>&amp;To</source>
        <translation>&amp;Iki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="51"/>
        <source>&amp;For</source>
        <translation>&amp;Paskirtis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="56"/>
        <source>Reserve despite the conflicts</source>
        <translation>Rezervuoti nepaisant konfliktų</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="59"/>
        <source>A kit is reserved by reserving its main device; accessories go with it.</source>
        <translation>Komplektas rezervuojamas rezervuojant pagrindinį jo prietaisą; priedai rezervuojami kartu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="99"/>
        <source>Choose the start and the end.</source>
        <translation>Pasirinkite pradžią ir pabaigą.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="51"/>
        <source>Return from %1</source>
        <translation>Grąžinimas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="54"/>
        <source>Scan or tick what came back. Items of the same kit that did not come back are marked missing and stay open as incidents.</source>
        <translation>Nuskaitykite arba pažymėkite, kas grąžinta. Negrąžinti to paties komplekto vienetai pažymimi kaip trūkstami ir lieka atviri kaip incidentai.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="60"/>
        <source>Scan returned items here</source>
        <translation>Čia nuskaitykite grąžintus vienetus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Tag</source>
        <translation>Inventorinis Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Make and model</source>
        <translation>Gamintojas ir modelis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Due back</source>
        <translation>Grąžinti iki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Back?</source>
        <translation>Grąžinta?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Condition</source>
        <translation>Būklė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Battery</source>
        <translation>Įkrova</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="80"/>
        <source>Returned</source>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="81"/>
        <source>Missing</source>
        <translation>Trūksta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="82"/>
        <source>Stays out</source>
        <translation>Lieka išduota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="102"/>
        <source>What is damaged, how it happened (required for damaged items)</source>
        <translation>Kas sugadinta ir kaip tai įvyko (privaloma sugadintiems vienetams)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="105"/>
        <source>&amp;Damage</source>
        <translation>&amp;Sugadinimai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="109"/>
        <source>Add &amp;photo…</source>
        <translation>Pridėti &amp;nuotrauką…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="115"/>
        <source>Photos</source>
        <translation>Nuotraukos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="117"/>
        <source>No&amp;tes</source>
        <translation>Pas&amp;tabos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="118"/>
        <source>The holder is not present (return not acknowledged)</source>
        <translation>Turėtojo nėra (grąžinimas nepatvirtintas)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="121"/>
        <source>PIN or password, typed by %1</source>
        <translation>PIN arba slaptažodis, kurį įveda %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="123"/>
        <source>Holder&apos;s &amp;PIN</source>
        <translation>Turėtojo &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="127"/>
        <source>Record return</source>
        <translation>Užregistruoti grąžinimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="151"/>
        <source>%1 is not among this holder&apos;s items.</source>
        <translation>%1 nėra tarp šiam turėtojui išduotų vienetų.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="155"/>
        <source>Photos of the damage</source>
        <translation>Sugadinimų nuotraukos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="156"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</source>
        <translation>Vaizdai (*.jpg *.jpeg *.png *.webp *.heic);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="184"/>
        <source>Mark at least one item as returned or missing.</source>
        <translation>Pažymėkite bent vieną vienetą kaip grąžintą arba trūkstamą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="188"/>
        <source>The holder types their PIN, or tick that they are not present.</source>
        <translation>Turėtojas turi įvesti savo PIN arba pažymėkite, kad jo nėra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_return.py" line="201"/>
        <source>Returned %n item(s).</source>
        <translation>
            <numerusform>Grąžintas %n vienetas.</numerusform>
            <numerusform>Grąžinti %n vienetai.</numerusform>
            <numerusform>Grąžinta %n vienetų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_return.py" line="203"/>
        <source>%n missing: incident opened.</source>
        <translation>
            <numerusform>Trūksta %n vieneto: atidarytas incidentas.</numerusform>
            <numerusform>Trūksta %n vienetų: atidaryti incidentai.</numerusform>
            <numerusform>Trūksta %n vienetų: atidaryti incidentai.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="62"/>
        <source>Return %1 for correction</source>
        <translation>Grąžinti operaciją %1 taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="67"/>
        <source>What should the crew correct or add?</source>
        <translation>Ką ekipažas turėtų pataisyti ar papildyti?</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="70"/>
        <source>&amp;Comment</source>
        <translation>&amp;Komentaras</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="75"/>
        <source>A comment on this field, then Enter</source>
        <translation>Komentaras dėl šio lauko, tada Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="80"/>
        <source>On a &amp;field</source>
        <translation>Dėl &amp;lauko</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="88"/>
        <source>Return (Ctrl+Enter)</source>
        <translation>Grąžinti (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="114"/>
        <source>Write what should be corrected (overall or on a field).</source>
        <translation>Parašykite, ką reikia pataisyti (apskritai arba dėl konkretaus lauko).</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/views/review.py" line="220"/>
        <source>Review</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="221"/>
        <source>Filter by number, place or lead officer</source>
        <translation>Filtruoti pagal numerį, vietą arba ekipažo vyresnįjį</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="225"/>
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="230"/>
        <source>&amp;Approve (Ctrl+Enter)</source>
        <translation>Pa&amp;tvirtinti (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="231"/>
        <source>Versi&amp;on history…</source>
        <translation>Versijų &amp;istorija…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="232"/>
        <source>R&amp;eturn… (Ctrl+R)</source>
        <translation>&amp;Grąžinti… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="234"/>
        <source>Rule flags</source>
        <translation>Taisyklių žymos</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="234"/>
        <source>Details</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="235"/>
        <source>Each flag with the crew&apos;s decision: confirmed, or overridden with a reason</source>
        <translation>Kiekviena žyma su ekipažo sprendimu: patvirtinta arba atmesta nurodant priežastį</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Item</source>
        <translation>Vienetas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Custody</source>
        <translation>Išdavimas / grąžinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="238"/>
        <source>Condition</source>
        <translation>Būklė</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="273"/>
        <source>%1 · correction of an approved log</source>
        <translation>%1 · patvirtinto žurnalo pataisymas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="274"/>
        <source>%1 · void of an approved log</source>
        <translation>%1 · patvirtinto žurnalo anuliavimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="276"/>
        <source>submitted %1</source>
        <translation>pateikta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="277"/>
        <source>%n check(s), %1 with a violation</source>
        <translation>
            <numerusform>patikrinimai: %n, su pažeidimu: %1</numerusform>
            <numerusform>patikrinimai: %n, su pažeidimu: %1</numerusform>
            <numerusform>patikrinimai: %n, su pažeidimu: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="280"/>
        <source>returned %n time(s) before</source>
        <translation>
            <numerusform>anksčiau grąžinta taisyti %n kartą</numerusform>
            <numerusform>anksčiau grąžinta taisyti %n kartus</numerusform>
            <numerusform>anksčiau grąžinta taisyti %n kartų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="282"/>
        <source>you took part, or another agency decides</source>
        <translation>jūs dalyvavote arba sprendžia kita įstaiga</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="289"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n laukia</numerusform>
            <numerusform>%n laukia</numerusform>
            <numerusform>%n laukia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="355"/>
        <location filename="../../ui/views/review.py" line="357"/>
        <source>Nothing waiting for review.</source>
        <translation>Peržiūros nelaukia nė viena operacija.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="362"/>
        <source>Correction of %1 (approved)</source>
        <translation>%1 pataisymas (patvirtinta)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="363"/>
        <source>Void of %1 (approved)</source>
        <translation>%1 anuliavimas (patvirtinta)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="368"/>
        <source>Crew: %1</source>
        <translation>Ekipažas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="368"/>
        <source>Time: %1</source>
        <translation>Laikas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="369"/>
        <source>Place: %1</source>
        <translation>Vieta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="369"/>
        <source>Vehicle: %1</source>
        <translation>Transporto priemonė: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="380"/>
        <source>Changed since the last review</source>
        <translation>Pakeista nuo paskutinės peržiūros</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <source>added</source>
        <translation>pridėtas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <source>changed</source>
        <translation>pakeistas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <location filename="../../ui/views/review.py" line="423"/>
        <source>voided</source>
        <translation>anuliuotas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="385"/>
        <source>Check %1: %2</source>
        <translation>Patikrinimas %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="397"/>
        <source>Proposed by %1 on %2</source>
        <translation>Pasiūlė %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="398"/>
        <source>Reason: %1</source>
        <translation>Priežastis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="400"/>
        <source>The operation would be voided: kept on record, never counted.</source>
        <translation>Operacija būtų anuliuota: liktų įrašuose, bet nebūtų skaičiuojama.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="416"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n patikrinimas</numerusform>
            <numerusform>%n patikrinimai</numerusform>
            <numerusform>%n patikrinimų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="431"/>
        <location filename="../../ui/views/review.py" line="544"/>
        <source>Equipment used</source>
        <translation>Naudota įranga</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="446"/>
        <source>Earlier decisions</source>
        <translation>Ankstesni sprendimai</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="449"/>
        <source>approved</source>
        <translation>patvirtinta</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="449"/>
        <source>returned</source>
        <translation>grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="465"/>
        <source>Amendment of %1 approved.</source>
        <translation>%1 pakeitimas patvirtintas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="469"/>
        <source>%1 approved.</source>
        <translation>Operacija %1 patvirtinta.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="496"/>
        <source>Amendment of %1 returned to its author.</source>
        <translation>%1 pakeitimas grąžintas autoriui.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="500"/>
        <source>%1 returned to the crew.</source>
        <translation>Operacija %1 grąžinta ekipažui taisyti.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="543"/>
        <source>Crew</source>
        <translation>Ekipažas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="545"/>
        <source>Checks</source>
        <translation>Patikrinimai</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="546"/>
        <source>Lead officer</source>
        <translation>Ekipažo vyresnysis</translation>
    </message>
</context>
<context>
    <name>ServerLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="51"/>
        <source>Connect this laptop</source>
        <translation>Prijungti šį nešiojamąjį kompiuterį</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="54"/>
        <source>An administrator creates a one-time enrollment code on the regional server (fieldops server enroll-code). With it this laptop sends and receives records.</source>
        <translation>Administratorius regioniniame serveryje sukuria vienkartinį registracijos kodą (fieldops server enroll-code). Su juo šis nešiojamasis kompiuteris siunčia ir gauna įrašus.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="64"/>
        <source>Server address</source>
        <translation>Serverio adresas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="64"/>
        <source>Enrollment code</source>
        <translation>Registracijos kodas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="65"/>
        <source>Laptop name</source>
        <translation>Nešiojamojo kompiuterio pavadinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="66"/>
        <source>Your server password</source>
        <translation>Jūsų serverio slaptažodis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="71"/>
        <source>Optional: with your server password, %1 is signed in to the server at once, so users created here also get their server accounts.</source>
        <translation>Neprivaloma: nurodžius serverio slaptažodį, naudotojas %1 iš karto prisijungs prie serverio, todėl čia sukurti naudotojai taip pat gaus serverio paskyras.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="82"/>
        <source>Connect</source>
        <translation>Prijungti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="99"/>
        <source>This field is required.</source>
        <translation>Šį lauką būtina užpildyti.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="104"/>
        <source>Connecting…</source>
        <translation>Jungiamasi…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="128"/>
        <source>This code was used already. Ask for a new one.</source>
        <translation>Šis kodas jau panaudotas. Paprašykite naujo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="130"/>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Šio kodo galiojimas baigėsi. Paprašykite naujo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="131"/>
        <source>The server does not know this code. Check it, or ask for a new one.</source>
        <translation>Serveris šio kodo nežino. Patikrinkite jį arba paprašykite naujo.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="394"/>
        <source>The regional server did not accept your password (it may have been changed there). Sign in again while connected, or ask an administrator.</source>
        <translation>Regioninis serveris nepriėmė jūsų slaptažodžio (galbūt jis ten buvo pakeistas). Prisijunkite dar kartą, kai bus ryšys, arba kreipkitės į administratorių.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="436"/>
        <source>This laptop&apos;s enrollment was revoked by an administrator: it no longer syncs with the regional server. Nothing recorded here was deleted; ask an administrator to enroll the laptop again.</source>
        <translation>Administratorius atšaukė šio nešiojamojo kompiuterio registraciją: jis nebesinchronizuojamas su regioniniu serveriu. Niekas, kas čia užregistruota, nebuvo ištrinta; paprašykite administratoriaus vėl užregistruoti nešiojamąjį kompiuterį.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/views/sync.py" line="41"/>
        <source>Operation</source>
        <translation>Operacija</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="42"/>
        <source>Check</source>
        <translation>Patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="43"/>
        <source>Review decision</source>
        <translation>Peržiūros sprendimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="44"/>
        <source>Equipment item</source>
        <translation>Įrangos vienetas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="45"/>
        <source>Kit</source>
        <translation>Komplektas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="46"/>
        <source>Equipment hand-over</source>
        <translation>Įrangos išdavimas ar grąžinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="47"/>
        <source>Equipment incident</source>
        <translation>Įrangos incidentas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="48"/>
        <source>Equipment reservation</source>
        <translation>Įrangos rezervacija</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="49"/>
        <source>Equipment sharing rule</source>
        <translation>Įrangos dalijimosi taisyklė</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="50"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="51"/>
        <source>Photo or file</source>
        <translation>Nuotrauka arba failas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="52"/>
        <source>Amendment</source>
        <translation>Pakeitimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="59"/>
        <source>new</source>
        <translation>sukūrimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="60"/>
        <source>changed</source>
        <translation>redagavimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="61"/>
        <source>submitted</source>
        <translation>pateikimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="62"/>
        <source>voided</source>
        <translation>anuliavimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="63"/>
        <source>approved</source>
        <translation>patvirtinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="64"/>
        <source>returned for correction</source>
        <translation>grąžinimas taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="65"/>
        <source>cancelled</source>
        <translation>atšaukimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="66"/>
        <source>resolved</source>
        <translation>išsprendimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="67"/>
        <source>set</source>
        <translation>nustatymas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="68"/>
        <source>desk PIN set</source>
        <translation>išdavimo PIN nustatymas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="80"/>
        <source>The operation was submitted meanwhile: your change was not applied; it is kept here.</source>
        <translation>Operacija tuo metu buvo pateikta: jūsų pakeitimas nepritaikytas; jis saugomas čia.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="83"/>
        <source>The operation is approved: your change was not applied. It is kept here and as a draft amendment in the operation: complete it with a reason to send it for review.</source>
        <translation>Operacija patvirtinta: jūsų pakeitimas nepritaikytas. Jis išsaugotas čia ir kaip pakeitimo juodraštis operacijoje: papildykite jį priežastimi ir išsiųskite peržiūrai.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="87"/>
        <source>Your role or agency may not make this change: it was not applied.</source>
        <translation>Jūsų vaidmuo arba įstaiga neleidžia atlikti šio pakeitimo: jis nepritaikytas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="91"/>
        <source>The server refused the change as invalid: %1</source>
        <translation>Serveris atmetė pakeitimą kaip netinkamą: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="92"/>
        <source>no reason given</source>
        <translation>priežastis nenurodyta</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="93"/>
        <source>Refused by the server.</source>
        <translation>Serveris jį atmetė.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="98"/>
        <source>Narrative</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="99"/>
        <source>Area</source>
        <translation>Vietovė</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="100"/>
        <source>Vehicle</source>
        <translation>Transporto priemonė</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="101"/>
        <source>Weather</source>
        <translation>Orai</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="102"/>
        <source>Visibility</source>
        <translation>Matomumas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="103"/>
        <source>Planned start</source>
        <translation>Planuojama pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="104"/>
        <source>Planned end</source>
        <translation>Planuojama pabaiga</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="105"/>
        <source>Actual start</source>
        <translation>Faktinė pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="106"/>
        <source>Actual end</source>
        <translation>Faktinė pabaiga</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="107"/>
        <source>Latitude</source>
        <translation>Platuma</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="108"/>
        <source>Longitude</source>
        <translation>Ilguma</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="109"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Lead officer</source>
        <translation>Ekipažo vyresnysis</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="111"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="112"/>
        <source>Check details</source>
        <translation>Patikrinimo duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="113"/>
        <source>Location</source>
        <translation>Saugojimo vieta</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="114"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="115"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="296"/>
        <source>Sync with the regional server</source>
        <translation>Sinchronizavimas su regioniniu serveriu</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="297"/>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="298"/>
        <source>Send the waiting changes and fetch the others&apos; (Ctrl+Shift+Y)</source>
        <translation>Išsiųsti laukiančius pakeitimus ir gauti kitų pakeitimus (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="299"/>
        <source>Dismiss</source>
        <translation>Pašalinti iš sąrašo</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="300"/>
        <source>Keep the server&apos;s</source>
        <translation>Palikti serverio reikšmę</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="301"/>
        <source>Use mine</source>
        <translation>Naudoti mano reikšmę</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="302"/>
        <source>Edit…</source>
        <translation>Redaguoti…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>Recorded</source>
        <translation>Užregistruota</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>By</source>
        <translation>Autorius</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="307"/>
        <source>Why, and what became of it</source>
        <translation>Kodėl ir kas su juo įvyko</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Server&apos;s value</source>
        <translation>Serverio reikšmė</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>This laptop&apos;s value</source>
        <translation>Šio nešiojamojo kompiuterio reikšmė</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="323"/>
        <source>This laptop is not connected to a regional server. Changes are kept here until an administrator enrolls it.</source>
        <translation>Šis nešiojamasis kompiuteris neprijungtas prie regioninio serverio. Pakeitimai saugomi čia, kol administratorius jį užregistruos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="325"/>
        <source>The server cannot be reached. Changes are kept here and sent as soon as it answers again.</source>
        <translation>Serveris nepasiekiamas. Pakeitimai saugomi čia ir bus išsiųsti, kai tik jis vėl atsakys.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="327"/>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="328"/>
        <source>Synced at %1.</source>
        <translation>Sinchronizuota %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="330"/>
        <source>The last sync failed: %1</source>
        <translation>Paskutinis sinchronizavimas nepavyko: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="333"/>
        <source>Server: %1</source>
        <translation>Serveris: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="341"/>
        <source>Waiting to be sent (%1)</source>
        <translation>Laukia išsiuntimo (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="342"/>
        <source>Refused by the server (%1)</source>
        <translation>Serverio atmesti (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="345"/>
        <source>Changes recorded on this laptop that the server has not received yet. They are sent at the next sync.</source>
        <translation>Šiame nešiojamajame kompiuteryje užregistruoti pakeitimai, kurių serveris dar negavo. Jie bus išsiųsti per kitą sinchronizavimą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="347"/>
        <source>Nothing is waiting: every change recorded here has been sent.</source>
        <translation>Niekas nelaukia išsiuntimo: visi čia užregistruoti pakeitimai išsiųsti.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="349"/>
        <source>The oldest %1 are listed.</source>
        <translation>Rodomi %1 seniausi pakeitimai.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="351"/>
        <source>%n of them were made by other people: they are sent when those people sync.</source>
        <translation>
            <numerusform>%n iš jų padarė kiti naudotojai: jis bus išsiųstas, kai tie naudotojai atliks sinchronizavimą.</numerusform>
            <numerusform>%n iš jų padarė kiti naudotojai: jie bus išsiųsti, kai tie naudotojai atliks sinchronizavimą.</numerusform>
            <numerusform>%n iš jų padarė kiti naudotojai: jie bus išsiųsti, kai tie naudotojai atliks sinchronizavimą.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="360"/>
        <source>The server did not apply these changes. Read why, then dismiss them; nothing is removed without you.</source>
        <translation>Serveris šių pakeitimų nepritaikė. Perskaitykite priežastį, tada pašalinkite juos iš sąrašo; be jūsų niekas nepašalinama.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="362"/>
        <source>The server has refused none of this laptop&apos;s changes.</source>
        <translation>Serveris neatmetė nė vieno šio nešiojamojo kompiuterio pakeitimo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="378"/>
        <source>Conflicts to resolve (%1)</source>
        <translation>Spręstini konfliktai (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="382"/>
        <source>Conflicts are resolved on the server: this needs a connection to it.</source>
        <translation>Konfliktai sprendžiami serveryje: tam reikia ryšio su juo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="384"/>
        <source>%n change(s) of this laptop met a conflict.</source>
        <translation>
            <numerusform>%n šio nešiojamojo kompiuterio pakeitimas susidūrė su konfliktu.</numerusform>
            <numerusform>%n šio nešiojamojo kompiuterio pakeitimai susidūrė su konfliktu.</numerusform>
            <numerusform>%n šio nešiojamojo kompiuterio pakeitimų susidūrė su konfliktu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="386"/>
        <source>The conflicts could not be loaded: %1</source>
        <translation>Konfliktų įkelti nepavyko: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="388"/>
        <source>Loading the conflicts from the server…</source>
        <translation>Konfliktai įkeliami iš serverio…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="390"/>
        <source>The same field was changed in two places. Choose the value to keep: the server&apos;s, this laptop&apos;s, or an edited one.</source>
        <translation>Tas pats laukas pakeistas dviejose vietose. Pasirinkite, kurią reikšmę palikti: serverio, šio nešiojamojo kompiuterio ar pataisytą.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="393"/>
        <source>There are no conflicts to resolve.</source>
        <translation>Spręstinų konfliktų nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="416"/>
        <source>I have read it: remove it from this list (it stays in the log)</source>
        <translation>Perskaičiau: pašalinti iš šio sąrašo (žurnale jis lieka)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="417"/>
        <source>Only the person who made this change can dismiss it.</source>
        <translation>Pašalinti šį pakeitimą iš sąrašo gali tik jį padaręs asmuo.</translation>
    </message>
</context>
<context>
    <name>TonightView</name>
    <message>
        <location filename="../../ui/views/tonight.py" line="104"/>
        <source>Tonight</source>
        <translation>Šiąnakt</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="105"/>
        <source>My operation</source>
        <translation>Mano operacija</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="106"/>
        <source>Equipment I hold</source>
        <translation>Man išduota įranga</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="107"/>
        <source>+ Traffic check</source>
        <translation>+ Eismo patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="109"/>
        <source>+ Hunter check</source>
        <translation>+ Medžiotojo patikrinimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="111"/>
        <source>+ Other</source>
        <translation>+ Kitas</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="129"/>
        <source>No open operation</source>
        <translation>Nėra atviros operacijos</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="130"/>
        <source>Start tonight&apos;s operation to log checks (Ctrl+N).</source>
        <translation>Pradėkite šios nakties operaciją, kad galėtumėte registruoti patikrinimus (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="131"/>
        <source>Start an operation</source>
        <translation>Pradėti operaciją</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tonight.py" line="136"/>
        <source>%1 · %2 · started %3 · %n check(s)</source>
        <translation>
            <numerusform>%1 · %2 · pradėta %3 · %n patikrinimas</numerusform>
            <numerusform>%1 · %2 · pradėta %3 · %n patikrinimai</numerusform>
            <numerusform>%1 · %2 · pradėta %3 · %n patikrinimų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="139"/>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="145"/>
        <source>due back %1</source>
        <translation>grąžinti iki %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="147"/>
        <source>OVERDUE – return it</source>
        <translation>PAVĖLUOTA – grąžinkite</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="151"/>
        <source>You hold no equipment.</source>
        <translation>Jums neišduota jokia įranga.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="35"/>
        <source>Edit user</source>
        <translation>Redaguoti naudotoją</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="35"/>
        <source>New user</source>
        <translation>Naujas naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="50"/>
        <source>Roles</source>
        <translation>Vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="59"/>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="59"/>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="60"/>
        <source>Badge no.</source>
        <translation>Ženklo Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="60"/>
        <source>Agency</source>
        <translation>Įstaiga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="68"/>
        <source>Login on this laptop (optional)</source>
        <translation>Prisijungimas šiame nešiojamajame kompiuteryje (neprivaloma)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="71"/>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="72"/>
        <source>Without a password the person exists in the workspace but cannot sign in on this laptop.</source>
        <translation>Be slaptažodžio asmuo yra darbo srityje, bet negali prisijungti šiame nešiojamajame kompiuteryje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/user_edit.py" line="87"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Ne mažiau kaip %n simbolis.</numerusform>
            <numerusform>Ne mažiau kaip %n simboliai.</numerusform>
            <numerusform>Ne mažiau kaip %n simbolių.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/models/users.py" line="30"/>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="31"/>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="32"/>
        <source>Badge no.</source>
        <translation>Ženklo Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="33"/>
        <source>Agency</source>
        <translation>Įstaiga</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="34"/>
        <source>Roles</source>
        <translation>Vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="35"/>
        <source>Login on this laptop</source>
        <translation>Prisijungimas šiame nešiojamajame kompiuteryje</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="36"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="94"/>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="96"/>
        <source>Active</source>
        <translation>Aktyvus</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="97"/>
        <source>Deactivated</source>
        <translation>Išaktyvintas</translation>
    </message>
</context>
<context>
    <name>VersionChain</name>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="60"/>
        <source>Check %1 voided: %2</source>
        <translation>Patikra %1 anuliuota: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="66"/>
        <source>Correction</source>
        <translation>Pataisymas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="67"/>
        <source>Void</source>
        <translation>Anuliavimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="73"/>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="74"/>
        <source>Submitted for review</source>
        <translation>Pateikta peržiūrai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="75"/>
        <source>Returned for correction</source>
        <translation>Grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="76"/>
        <source>Approved</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="77"/>
        <source>Amendment proposed (%1)</source>
        <translation>Pasiūlytas pakeitimas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="78"/>
        <source>Amendment returned (%1)</source>
        <translation>Pakeitimas grąžintas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="79"/>
        <source>Amendment submitted again (%1)</source>
        <translation>Pakeitimas pateiktas dar kartą (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="80"/>
        <source>Amendment approved (%1)</source>
        <translation>Pakeitimas patvirtintas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="81"/>
        <source>Amendment withdrawn (%1)</source>
        <translation>Pakeitimas atšauktas (%1)</translation>
    </message>
</context>
<context>
    <name>VersionChainDialog</name>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="100"/>
        <source>Version history of %1</source>
        <translation>%1 versijų istorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="103"/>
        <source>Each approval locks what the supervisor saw under a content hash. Corrections and voids after approval are amendments with their own review; an approved correction makes the next version.</source>
        <translation>Kiekvienas patvirtinimas užfiksuoja, ką matė vadovas, turinio maišos kodu. Pataisymai ir anuliavimai po patvirtinimo yra pakeitimai su savo peržiūra; patvirtintas pataisymas sukuria kitą versiją.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>Step</source>
        <translation>Žingsnis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="111"/>
        <source>Content hash</source>
        <translation>Turinio maišos kodas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="120"/>
        <source>&amp;Copy hash</source>
        <translation>&amp;Kopijuoti maišos kodą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="147"/>
        <source>Reason: %1</source>
        <translation>Priežastis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="150"/>
        <source>Made against the approved content %1</source>
        <translation>Parengta pagal patvirtintą turinį %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="152"/>
        <source>Comment: %1</source>
        <translation>Komentaras: %1</translation>
    </message>
</context>
<context>
    <name>_FlagRow</name>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="294"/>
        <source>Confirm</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="295"/>
        <source>Override (&amp;%1)</source>
        <translation>Atmesti (&amp;%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="296"/>
        <source>Override</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="297"/>
        <source>Reason for overriding (required)</source>
        <translation>Atmetimo priežastis (privaloma)</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../ui/views/desk_models.py" line="102"/>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="114"/>
        <location filename="../../ui/views/desk_models.py" line="153"/>
        <location filename="../../ui/views/desk_models.py" line="184"/>
        <location filename="../../ui/views/desk_models.py" line="223"/>
        <source>Tag</source>
        <translation>Inventorinis nr.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="115"/>
        <source>Make and model</source>
        <translation>Gamintojas ir modelis</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="116"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="117"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="118"/>
        <location filename="../../ui/views/desk_models.py" line="225"/>
        <source>Holder</source>
        <translation>Turėtojas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="119"/>
        <location filename="../../ui/views/desk_models.py" line="227"/>
        <source>Due back</source>
        <translation>Grąžinti iki</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="120"/>
        <source>Location</source>
        <translation>Laikymo vieta</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="121"/>
        <source>Service due</source>
        <translation>Techninė priežiūra</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="142"/>
        <source>Kit %1</source>
        <translation>Komplektas %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="144"/>
        <source>%1 open incident(s)</source>
        <translation>atviri incidentai: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="152"/>
        <source>Opened</source>
        <translation>Atidarytas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="154"/>
        <source>Incident</source>
        <translation>Incidentas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="155"/>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="156"/>
        <source>Opened by</source>
        <translation>Atidarė</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="157"/>
        <source>Resolution</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="158"/>
        <source>open</source>
        <translation>atviras</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="170"/>
        <source>reserved %1 – %2</source>
        <translation>rezervuota %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="174"/>
        <source>out with %1, due back %2</source>
        <translation>išduota: %1, grąžinti iki %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="182"/>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="183"/>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="185"/>
        <source>For</source>
        <translation>Kam</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="187"/>
        <source>Conflicts</source>
        <translation>Konfliktai</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="202"/>
        <source>battery %1%</source>
        <translation>akumuliatorius %1%</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="208"/>
        <source>%1 photo(s)</source>
        <translation>nuotraukos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="213"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="213"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="219"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="220"/>
        <source>Event</source>
        <translation>Įvykis</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="226"/>
        <location filename="../../ui/views/desk_models.py" line="244"/>
        <source>Operation</source>
        <translation>Operacija</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="228"/>
        <source>Condition, battery, notes</source>
        <translation>Būklė, akumuliatorius, pastabos</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="229"/>
        <source>Acknowledged</source>
        <translation>Patvirtino turėtojas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="230"/>
        <source>Desk</source>
        <translation>Išdavė / priėmė</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="243"/>
        <source>Start</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="245"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="246"/>
        <source>Lead</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="247"/>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../fieldops/errors.py" line="57"/>
        <location filename="../../fieldops/errors.py" line="58"/>
        <source>Wrong user name or password.</source>
        <translation>Neteisingas naudotojo vardas arba slaptažodis.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="59"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Ši paskyra išaktyvinta. Kreipkitės į administratorių.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="60"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Per daug nesėkmingų bandymų. Bandykite dar kartą po {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="63"/>
        <source>Your role does not allow this action.</source>
        <translation>Jūsų vaidmuo neleidžia atlikti šio veiksmo.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="64"/>
        <source>The password must have at least {min_length} characters.</source>
        <translation>Slaptažodis per trumpas: mažiausias leistinas simbolių skaičius – {min_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="67"/>
        <source>There is no workspace in {path}.</source>
        <translation>Aplanke {path} nėra darbo srities.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="68"/>
        <source>A workspace already exists in {path}.</source>
        <translation>Aplanke {path} jau yra darbo sritis.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="69"/>
        <source>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</source>
        <translation>Duomenų bazės failas sugadintas arba priklauso kitai darbo sričiai. Atkurkite jį iš atsarginės kopijos arba kreipkitės į IT skyrių.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="73"/>
        <source>This workspace was written by a newer fieldops (schema {revision}). Install the update.</source>
        <translation>Ši darbo sritis sukurta naujesne fieldops versija (schema {revision}). Įdiekite naujinį.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="76"/>
        <source>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</source>
        <translation>Darbo srities rakto failas sugadintas: {detail}. Atkurkite jį iš atsarginės kopijos arba kreipkitės į IT skyrių.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="79"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Duomenų bazė užimta. Netrukus bandykite dar kartą.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="80"/>
        <source>This field is required.</source>
        <translation>Šį lauką būtina užpildyti.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="81"/>
        <source>This value is not valid: {detail}</source>
        <translation>Ši reikšmė netinkama: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="82"/>
        <source>At most {max_length} characters.</source>
        <translation>Didžiausias leistinas simbolių skaičius: {max_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="83"/>
        <source>&apos;{value}&apos; is already used.</source>
        <translation>Reikšmė „{value}“ jau naudojama.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="84"/>
        <source>The value must be between {min} and {max}.</source>
        <translation>Reikšmė turi būti nuo {min} iki {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="85"/>
        <source>The record no longer exists.</source>
        <translation>Įrašo nebėra.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="86"/>
        <source>The record is locked: {detail}</source>
        <translation>Įrašas užrakintas: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="87"/>
        <source>Someone changed this record meanwhile. Reopen it to see the current version.</source>
        <translation>Kažkas tuo metu pakeitė šį įrašą. Atidarykite jį iš naujo, kad matytumėte dabartinę versiją.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="89"/>
        <source>Fill in before submitting: {fields}.</source>
        <translation>Prieš pateikdami užpildykite: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="90"/>
        <source>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</source>
        <translation>Taisyklių rinkinys nustatė pažeidimą ({codes}): nurodykite rezultatą arba atmeskite jį nurodydami priežastį.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="92"/>
        <source>You cannot review an operation you took part in.</source>
        <translation>Negalite peržiūrėti operacijos, kurioje dalyvavote.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="93"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>Failo nepavyksta perskaityti ({detail}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="94"/>
        <source>The file is empty (0 bytes): nothing to attach.</source>
        <translation>Failas tuščias (0 baitų): nėra ką pridėti.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="95"/>
        <source>The stored copy of this file is damaged: its fingerprint no longer matches.</source>
        <translation>Išsaugota šio failo kopija sugadinta: jos kontrolinė suma nebesutampa.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="97"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Diskas pilnas. Atlaisvinkite vietos ir bandykite dar kartą.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="98"/>
        <source>The file cannot be written there ({detail}).</source>
        <translation>Failo ten įrašyti nepavyksta ({detail}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="99"/>
        <source>{tag} is already checked out to {holder}. Return it first.</source>
        <translation>{tag} jau išduota turėtojui {holder}. Pirmiausia užregistruokite grąžinimą.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="100"/>
        <source>{tag} cannot be issued: it is {status}.</source>
        <translation>{tag} negalima išduoti: būsena – {status}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="101"/>
        <source>{tag} is not checked out: there is nothing to return.</source>
        <translation>{tag} nėra išduota: nėra ką grąžinti.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="102"/>
        <source>{tag} belongs to {owner}, which has no sharing rule for officers of {borrower}.</source>
        <translation>{tag} priklauso įstaigai {owner}, kuri neturi dalijimosi taisyklės įstaigos {borrower} pareigūnams.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="104"/>
        <source>{tag} belongs to {owner}: only its own equipment managers can issue or change it.</source>
        <translation>{tag} priklauso įstaigai {owner}: išduoti ar keisti gali tik šios įstaigos įrangos tvarkytojai.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="106"/>
        <source>{holder}: wrong PIN or password. Ask them to enter it again.</source>
        <translation>{holder}: neteisingas PIN arba slaptažodis. Paprašykite įvesti dar kartą.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="108"/>
        <source>{holder} has no desk PIN and has never signed in on this laptop: they set one first (Tools → Desk PIN).</source>
        <translation>{holder}: nenustatytas išdavimo PIN ir šis asmuo niekada neprisijungė šiame nešiojamajame kompiuteryje. Pirmiausia reikia nustatyti PIN (Įrankiai → Išdavimo PIN).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="111"/>
        <source>{tag} is not free then ({count} conflict(s)): see the list.</source>
        <translation>{tag} tuo metu nėra laisva (konfliktų: {count}): žr. sąrašą.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="113"/>
        <source>The workspace must keep at least one active administrator.</source>
        <translation>Darbo srityje turi likti bent vienas aktyvus administratorius.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="116"/>
        <source>The regional server cannot be reached. Your work stays on this laptop and is sent later.</source>
        <translation>Regioninis serveris nepasiekiamas. Jūsų darbas lieka šiame nešiojamajame kompiuteryje ir bus išsiųstas vėliau.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="118"/>
        <source>The server sign-in has ended. Sign in again while connected to send and receive changes.</source>
        <translation>Prisijungimas prie serverio baigėsi. Kad galėtumėte siųsti ir gauti pakeitimus, prisijunkite dar kartą, kai bus ryšys.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="120"/>
        <source>The regional server no longer accepts this laptop. Ask an administrator to connect it again.</source>
        <translation>Regioninis serveris nebepriima šio nešiojamojo kompiuterio. Paprašykite administratoriaus jį vėl prijungti.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="122"/>
        <source>The regional server could not handle the request ({detail}). Try again later.</source>
        <translation>Regioninis serveris negalėjo apdoroti užklausos ({detail}). Bandykite dar kartą vėliau.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Something went wrong and the action was not completed. Nothing was saved half-way.</source>
        <translation>Įvyko klaida, ir veiksmas nebuvo atliktas. Niekas nebuvo išsaugota iš dalies.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>fieldops</source>
        <translation>fieldops</translation>
    </message>
</context>
<context>
    <name>night</name>
    <message>
        <location filename="../../fieldops/night.py" line="42"/>
        <source>New moon</source>
        <translation>Jaunatis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="43"/>
        <source>Waxing crescent</source>
        <translation>Augantis pjautuvas</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="44"/>
        <source>First quarter</source>
        <translation>Pirmasis ketvirtis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="45"/>
        <source>Waxing gibbous</source>
        <translation>Priešpilnis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="46"/>
        <source>Full moon</source>
        <translation>Pilnatis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="47"/>
        <source>Waning gibbous</source>
        <translation>Delčia</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="48"/>
        <source>Last quarter</source>
        <translation>Paskutinis ketvirtis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="49"/>
        <source>Waning crescent</source>
        <translation>Dylantis pjautuvas</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="17"/>
        <source>Alcohol {permille} ‰ is over the limit of {limit} ‰ for a {category} driver.</source>
        <translation>Girtumas {permille} ‰ viršija leistiną {limit} ‰ ribą (vairuotojas: {category}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="19"/>
        <source>Alcohol {permille} ‰ is above {threshold} ‰: criminal liability.</source>
        <translation>Girtumas {permille} ‰ viršija {threshold} ‰: baudžiamoji atsakomybė.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="21"/>
        <source>Speed {measured} km/h where {limit} km/h is allowed ({over_kmh} km/h over).</source>
        <translation>Užfiksuotas greitis {measured} km/h, leidžiamas – {limit} km/h (viršyta {over_kmh} km/h).</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="23"/>
        <source>The driver refused the alcohol test.</source>
        <translation>Vairuotojas atsisakė girtumo patikrinimo.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="24"/>
        <source>Missing document: {which}.</source>
        <translation>Nepateiktas dokumentas: {which}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="25"/>
        <source>The plate &apos;{plate}&apos; does not have the {country} format (like {example}); check it.</source>
        <translation>Valstybinis numeris „{plate}“ neatitinka {country} formato (pvz., {example}); patikrinkite jį.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="28"/>
        <source>A {sight} sight may not be used to hunt {species}.</source>
        <translation>Medžiojant šios rūšies gyvūnus ({species}), {sight} negali būti naudojamas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="30"/>
        <source>At night a {sight} sight may only be used from an elevated stand.</source>
        <translation>Naktį {sight} gali būti naudojamas tik medžiojant iš bokštelio.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="32"/>
        <source>A weapon with a {sight} sight was loaded while the hunter was moving in the dark.</source>
        <translation>Medžiotojas tamsoje judėjo su užtaisytu ginklu, ant kurio sumontuotas {sight}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="34"/>
        <source>A weapon with a {sight} sight was not in a case in the vehicle at night.</source>
        <translation>Naktį transporto priemonėje ginklas, ant kurio sumontuotas {sight}, nebuvo įdėtas į dėklą.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="36"/>
        <source>Missing hunting document: {which}.</source>
        <translation>Nepateiktas medžioklės dokumentas: {which}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="37"/>
        <source>The safety-check mark of {safety_check_date} is {max_years} years old or older.</source>
        <translation>Saugaus elgesio medžioklėje patikrinimo žyma ({safety_check_date}) yra {max_years} metų senumo ar senesnė.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="39"/>
        <source>No hunting sheet naming the hunt leader.</source>
        <translation>Nėra medžioklės lapo, kuriame nurodytas medžioklės vadovas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="40"/>
        <source>The hunter was under the influence of alcohol or drugs.</source>
        <translation>Medžiotojas buvo apsvaigęs nuo alkoholio ar narkotikų.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="41"/>
        <source>A harvested or wounded wild boar has no marker number registered in the Mednis app.</source>
        <translation>Sumedžiotam ar sužeistam šernui programėlėje „Mednis“ neužregistruotas ženklinimo numeris.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="43"/>
        <source>No orange or yellow vest or headwear in a driven hunt.</source>
        <translation>Medžioklėje su varovais nebuvo oranžinės ar geltonos liemenės arba galvos apdangalo.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="48"/>
        <source>wild boar</source>
        <translation>šernas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="49"/>
        <source>fox</source>
        <translation>lapė</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="50"/>
        <source>raccoon dog</source>
        <translation>mangutas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="51"/>
        <source>common raccoon</source>
        <translation>paprastasis meškėnas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="52"/>
        <source>American mink</source>
        <translation>kanadinė audinė</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="53"/>
        <source>nutria</source>
        <translation>nutrija</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="54"/>
        <source>muskrat</source>
        <translation>ondatra</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="55"/>
        <source>roe deer</source>
        <translation>stirna</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="56"/>
        <source>red deer</source>
        <translation>taurusis elnias</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="57"/>
        <source>fallow deer</source>
        <translation>danielius</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="58"/>
        <source>moose</source>
        <translation>briedis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="59"/>
        <source>hare</source>
        <translation>kiškis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="60"/>
        <source>beaver</source>
        <translation>bebras</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="61"/>
        <source>wolf</source>
        <translation>vilkas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="62"/>
        <source>lynx</source>
        <translation>lūšis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="63"/>
        <source>badger</source>
        <translation>barsukas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="64"/>
        <source>waterfowl</source>
        <translation>vandens paukščiai</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="65"/>
        <source>night-vision</source>
        <translation>naktinio matymo taikiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="66"/>
        <source>thermal</source>
        <translation>šiluminis taikiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="67"/>
        <location filename="../../fieldops/services/report_model.py" line="175"/>
        <source>general</source>
        <translation>įprastas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="68"/>
        <location filename="../../fieldops/services/report_model.py" line="176"/>
        <source>novice</source>
        <translation>nepatyręs</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="69"/>
        <location filename="../../fieldops/services/report_model.py" line="177"/>
        <source>professional</source>
        <translation>profesionalus</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="70"/>
        <source>driving licence</source>
        <translation>vairuotojo pažymėjimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="71"/>
        <source>vehicle registration certificate</source>
        <translation>transporto priemonės registracijos liudijimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="72"/>
        <source>compulsory insurance</source>
        <translation>privalomasis draudimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="73"/>
        <source>hunter&apos;s certificate</source>
        <translation>medžiotojo pažymėjimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="74"/>
        <source>seasonal card</source>
        <translation>sezono kortelė</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="75"/>
        <source>firearm permit</source>
        <translation>šaunamojo ginklo leidimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="76"/>
        <source>hunting permit</source>
        <translation>medžioklės leidimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="77"/>
        <source>hunter&apos;s ticket</source>
        <translation>medžiotojo bilietas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="78"/>
        <source>weapon permit</source>
        <translation>leidimas laikyti ginklą</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../fieldops/settings.py" line="43"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="44"/>
        <source>Day</source>
        <translation>Dieninis</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="45"/>
        <source>Night (red on black)</source>
        <translation>Naktinis (raudona ant juodos)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="46"/>
        <source>Night keeps your eyes dark-adapted for night-vision work.</source>
        <translation>Naktinis režimas padeda akims išlikti prisitaikiusioms prie tamsos dirbant su naktinio matymo prietaisais.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="47"/>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="49"/>
        <source>Text size (points)</source>
        <translation>Teksto dydis (taškai)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="52"/>
        <source>Lock the app after this many idle minutes</source>
        <translation>Užrakinti programą po tiek neveiklumo minučių</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="54"/>
        <source>Upload chunk size (MiB)</source>
        <translation>Siunčiamo failo dalies dydis (MiB)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="56"/>
        <source>An interrupted upload re-sends at most one chunk.</source>
        <translation>Nutrūkus siuntimui, iš naujo siunčiama ne daugiau kaip viena dalis.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="58"/>
        <source>Upload bandwidth limit (kbit/s, 0 = no limit)</source>
        <translation>Siuntimo greičio apribojimas (kbit/s, 0 = neribojama)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="60"/>
        <source>Leaves room for radio and other traffic on slow links.</source>
        <translation>Lėtuose ryšio kanaluose palieka pralaidumo radijo ryšiui ir kitam duomenų srautui.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="62"/>
        <source>Keep local copies of sent files (days)</source>
        <translation>Saugoti išsiųstų failų vietines kopijas (dienos)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="64"/>
        <source>Counted from the server&apos;s confirmation; files not yet confirmed are never removed.</source>
        <translation>Skaičiuojama nuo serverio patvirtinimo; dar nepatvirtinti failai niekada nešalinami.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="67"/>
        <source>Warn when free disk space is below (MiB)</source>
        <translation>Įspėti, kai laisvos vietos diske lieka mažiau nei (MiB)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="20"/>
        <source>Patrol officer</source>
        <translation>Patrulis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="21"/>
        <source>Equipment manager</source>
        <translation>Įrangos tvarkytojas</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="22"/>
        <source>Supervisor</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="23"/>
        <source>Administrator</source>
        <translation>Administratorius</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="140"/>
        <location filename="../../ui/vocab.py" line="29"/>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="141"/>
        <location filename="../../ui/vocab.py" line="30"/>
        <source>Submitted</source>
        <translation>Pateikta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="142"/>
        <location filename="../../ui/vocab.py" line="31"/>
        <source>Returned</source>
        <translation>Grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="143"/>
        <location filename="../../ui/vocab.py" line="32"/>
        <source>Approved</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="39"/>
        <source>Available</source>
        <translation>Laisva</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="40"/>
        <location filename="../../ui/vocab.py" line="159"/>
        <source>Checked out</source>
        <translation>Išduota</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="41"/>
        <source>Reserved</source>
        <translation>Rezervuota</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="42"/>
        <source>In maintenance</source>
        <translation>Techninė priežiūra</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="43"/>
        <location filename="../../ui/vocab.py" line="173"/>
        <source>Lost</source>
        <translation>Pamesta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="44"/>
        <location filename="../../ui/vocab.py" line="165"/>
        <source>Retired</source>
        <translation>Nurašyta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="134"/>
        <location filename="../../ui/vocab.py" line="53"/>
        <source>Traffic monitoring</source>
        <translation>Eismo priežiūra</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="135"/>
        <location filename="../../ui/vocab.py" line="54"/>
        <source>Hunter control</source>
        <translation>Medžioklės kontrolė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="136"/>
        <location filename="../../ui/vocab.py" line="55"/>
        <source>Public order / event</source>
        <translation>Viešoji tvarka / renginys</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="137"/>
        <location filename="../../ui/vocab.py" line="56"/>
        <source>Other operational activity</source>
        <translation>Kita operatyvinė veikla</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="147"/>
        <location filename="../../ui/vocab.py" line="62"/>
        <source>Traffic</source>
        <translation>Eismas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="148"/>
        <location filename="../../ui/vocab.py" line="63"/>
        <source>Hunter</source>
        <translation>Medžioklė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="149"/>
        <location filename="../../ui/vocab.py" line="64"/>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="152"/>
        <location filename="../../ui/vocab.py" line="70"/>
        <source>No violation</source>
        <translation>Pažeidimo nėra</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="153"/>
        <location filename="../../ui/vocab.py" line="71"/>
        <source>Warning</source>
        <translation>Įspėjimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="154"/>
        <location filename="../../ui/vocab.py" line="72"/>
        <source>Fine / administrative protocol</source>
        <translation>Bauda / administracinio nusižengimo protokolas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="155"/>
        <location filename="../../ui/vocab.py" line="73"/>
        <source>Licence withdrawn</source>
        <translation>Vairuotojo pažymėjimas paimtas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="156"/>
        <location filename="../../ui/vocab.py" line="74"/>
        <source>Vehicle detained</source>
        <translation>Transporto priemonė sulaikyta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="157"/>
        <location filename="../../ui/vocab.py" line="75"/>
        <source>Weapon / trophy / device seized</source>
        <translation>Paimtas ginklas / trofėjus / prietaisas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="158"/>
        <location filename="../../ui/vocab.py" line="76"/>
        <source>Criminal case</source>
        <translation>Ikiteisminis tyrimas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="159"/>
        <location filename="../../fieldops/services/report_model.py" line="203"/>
        <location filename="../../ui/vocab.py" line="77"/>
        <source>Refused the test</source>
        <translation>Atsisakė patikrinimo</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="162"/>
        <location filename="../../ui/vocab.py" line="83"/>
        <source>Night-vision binocular</source>
        <translation>Naktinio matymo žiūronai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="163"/>
        <location filename="../../ui/vocab.py" line="84"/>
        <source>Thermal imager</source>
        <translation>Termovizorius</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="164"/>
        <location filename="../../ui/vocab.py" line="85"/>
        <source>Video camera</source>
        <translation>Vaizdo kamera</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="165"/>
        <location filename="../../ui/vocab.py" line="86"/>
        <source>IR illuminator</source>
        <translation>IR prožektorius</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="166"/>
        <location filename="../../ui/vocab.py" line="87"/>
        <source>Battery</source>
        <translation>Akumuliatorius</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="167"/>
        <location filename="../../ui/vocab.py" line="88"/>
        <source>Charger</source>
        <translation>Įkroviklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="168"/>
        <location filename="../../ui/vocab.py" line="89"/>
        <source>Case</source>
        <translation>Dėklas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="169"/>
        <location filename="../../ui/vocab.py" line="90"/>
        <source>Memory card</source>
        <translation>Atminties kortelė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="170"/>
        <location filename="../../ui/vocab.py" line="91"/>
        <source>Tripod</source>
        <translation>Trikojis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="99"/>
        <source>confirmed</source>
        <translation>patvirtinta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="100"/>
        <source>overridden</source>
        <translation>atmesta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="106"/>
        <source>from a stand</source>
        <translation>iš bokštelio</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="107"/>
        <source>on foot</source>
        <translation>pėsčiomis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="108"/>
        <source>in a vehicle</source>
        <translation>transporto priemonėje</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="179"/>
        <location filename="../../fieldops/services/report_model.py" line="189"/>
        <location filename="../../ui/vocab.py" line="115"/>
        <source>optical</source>
        <translation>optinis taikiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="190"/>
        <location filename="../../ui/vocab.py" line="116"/>
        <source>night-vision</source>
        <translation>naktinio matymo taikiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="191"/>
        <location filename="../../ui/vocab.py" line="117"/>
        <source>thermal</source>
        <translation>šiluminis taikiklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="180"/>
        <location filename="../../fieldops/services/report_model.py" line="192"/>
        <location filename="../../ui/vocab.py" line="118"/>
        <source>no sight</source>
        <translation>be taikiklio</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="125"/>
        <source>good</source>
        <translation>geras</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="126"/>
        <source>moderate</source>
        <translation>vidutinis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="127"/>
        <source>poor</source>
        <translation>blogas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="181"/>
        <location filename="../../ui/vocab.py" line="138"/>
        <source>Public order</source>
        <translation>Viešoji tvarka</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="182"/>
        <location filename="../../ui/vocab.py" line="139"/>
        <source>Suspicious vehicle</source>
        <translation>Įtartina transporto priemonė</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="183"/>
        <location filename="../../ui/vocab.py" line="140"/>
        <source>Border area</source>
        <translation>Pasienio ruožas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="184"/>
        <location filename="../../ui/vocab.py" line="141"/>
        <source>Assistance</source>
        <translation>Pagalba</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="185"/>
        <location filename="../../ui/vocab.py" line="142"/>
        <source>Other category</source>
        <translation>Kita kategorija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="144"/>
        <location filename="../../ui/vocab.py" line="33"/>
        <source>Voided</source>
        <translation>Anuliuota</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="149"/>
        <source>Good</source>
        <translation>Gera</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="150"/>
        <source>Worn</source>
        <translation>Nusidėvėjusi</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="151"/>
        <source>Damaged</source>
        <translation>Sugadinta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="152"/>
        <source>Unusable</source>
        <translation>Netinkama naudoti</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="160"/>
        <source>Returned</source>
        <comment>equipment handed back at the desk</comment>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="161"/>
        <source>Into maintenance</source>
        <translation>Perduota techninei priežiūrai</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="162"/>
        <source>Back from maintenance</source>
        <translation>Grąžinta po techninės priežiūros</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="163"/>
        <source>Marked lost</source>
        <translation>Pažymėta kaip pamesta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="164"/>
        <source>Found</source>
        <translation>Rasta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="171"/>
        <source>Damage</source>
        <translation>Sugadinimas</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="172"/>
        <source>Missing at return</source>
        <translation>Trūko grąžinant</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="174"/>
        <source>Checked out twice (two laptops)</source>
        <translation>Išduota du kartus (dviejuose nešiojamuosiuose kompiuteriuose)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="175"/>
        <source>Checked out while unavailable</source>
        <translation>Išduota, nors nebuvo laisva</translation>
    </message>
</context>
</TS>
