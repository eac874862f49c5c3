<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/views/admin.py" line="143"/>
        <source>Users and roles</source>
        <translation>Lietotāji un lomas</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="144"/>
        <source>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</source>
        <translation>Kas strādā ar šo darbvietu, kurā iestādē un kādā lomā, un kas var pieteikties šajā klēpjdatorā.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="146"/>
        <source>New user</source>
        <translation>Jauns lietotājs</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="147"/>
        <source>Edit</source>
        <translation>Labot</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="148"/>
        <source>Set password</source>
        <translation>Iestatīt paroli</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="149"/>
        <source>Filter by name, user name, badge, agency…</source>
        <translation>Filtrēt pēc vārda, lietotājvārda, žetona, iestādes…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="153"/>
        <location filename="../../ui/views/admin.py" line="296"/>
        <source>Regional server</source>
        <translation>Reģionālais serveris</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="154"/>
        <source>Connect this laptop…</source>
        <translation>Pievienot šo klēpjdatoru…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/admin.py" line="182"/>
        <source>%n user(s) in the workspace.</source>
        <translation>
            <numerusform>Darbvietā ir %n lietotājs.</numerusform>
            <numerusform>Darbvietā ir %n lietotāji.</numerusform>
            <numerusform>Darbvietā ir %n lietotāju.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="215"/>
        <source>Activate</source>
        <translation>Aktivizēt</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="215"/>
        <source>Deactivate</source>
        <translation>Deaktivizēt</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="221"/>
        <source>Not connected. Records stay on this laptop until it is connected to the regional server with an enrollment code.</source>
        <translation>Nav pievienots. Ieraksti paliek šajā klēpjdatorā, līdz tas ar reģistrācijas kodu tiek pievienots reģionālajam serverim.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="225"/>
        <source>Connected to {url} as device {device} ({agency}).</source>
        <translation>Pievienots serverim {url} kā ierīce {device} ({agency}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="228"/>
        <source>Signing in to the server failed: {reason}</source>
        <translation>Neizdevās pieteikties serverī: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="230"/>
        <source>You are signed in to the server: users you create with a password here also get their server accounts.</source>
        <translation>Pieteikšanās serverī ir aktīva: lietotāji, kurus šeit izveidojat ar paroli, saņem arī servera kontus.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="233"/>
        <source>You have not signed in to the server on this laptop yet: users you create here must also be created on the server.</source>
        <translation>Šajā klēpjdatorā vēl nav notikusi pieteikšanās serverī: šeit izveidotie lietotāji jāizveido arī serverī.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="262"/>
        <source>This laptop is not signed in to the regional server.</source>
        <translation>Šis klēpjdators nav pieteicies reģionālajā serverī.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="280"/>
        <source>{name} can also sign in on the regional server.</source>
        <translation>{name} var pieteikties arī reģionālajā serverī.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="293"/>
        <source>{name} has no server account yet.</source>
        <translation>{name}: servera konta vēl nav.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="297"/>
        <source>{name} was saved on this laptop, but the server account was not created or updated: {reason}

Create it on the regional server later (or set the password here again when connected).</source>
        <translation>{name}: lietotājs ir saglabāts šajā klēpjdatorā, bet servera konts netika izveidots vai atjaunināts: {reason}

Izveidojiet to reģionālajā serverī vēlāk (vai iestatiet paroli šeit vēlreiz, kad būs savienojums).</translation>
    </message>
</context>
<context>
    <name>AmendmentBar</name>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="54"/>
        <location filename="../../ui/widgets/amendment_bar.py" line="114"/>
        <location filename="../../ui/widgets/amendment_bar.py" line="120"/>
        <source>Withdraw the amendment</source>
        <translation>Atsaukt grozījumu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="52"/>
        <source>Propose a co&amp;rrection…</source>
        <translation>Ier&amp;osināt labojumu…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="53"/>
        <source>Propose voi&amp;ding…</source>
        <translation>Ierosināt a&amp;nulēšanu…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="55"/>
        <source>Versi&amp;on history…</source>
        <translation>Versi&amp;ju vēsture…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="76"/>
        <source>Voided by an approved amendment: kept on record, never counted.</source>
        <translation>Anulēta ar apstiprinātu grozījumu: glabājas reģistrā, netiek skaitīta.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="77"/>
        <source>Approved and locked. A correction or a void is an amendment with a reason, reviewed by a supervisor like the log.</source>
        <translation>Apstiprināta un slēgta. Labojums vai anulēšana ir grozījums ar pamatojumu, ko pārskata vadītājs tāpat kā žurnālu.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="80"/>
        <source>%1 by %2, submitted %3: waiting for a supervisor.</source>
        <translation>%1 (%2), iesniegts %3: gaida vadītāja lēmumu.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="84"/>
        <source>Your amendment was returned: %1</source>
        <translation>Jūsu grozījums atgriezts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="86"/>
        <source>A draft correction was made from changes the server refused (the operation had been approved). Complete it with a reason, or withdraw it.</source>
        <translation>No izmaiņām, ko serveris noraidīja (operācija jau bija apstiprināta), izveidots labojuma melnraksts. Papildiniet to ar pamatojumu vai atsauciet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="93"/>
        <source>Co&amp;mplete the draft…</source>
        <translation>Papildināt &amp;melnrakstu…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="94"/>
        <source>Edit and sub&amp;mit again…</source>
        <translation>Labot un iesniegt vēlre&amp;iz…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="115"/>
        <source>Withdraw this amendment? It stays on record as withdrawn.</source>
        <translation>Atsaukt šo grozījumu? Tas paliks reģistrā kā atsaukts.</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="47"/>
        <source>Propose a correction of %1</source>
        <translation>Ierosināt %1 labojumu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="48"/>
        <source>Propose voiding %1</source>
        <translation>Ierosināt %1 anulēšanu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="52"/>
        <source>The operation is approved and locked. A supervisor reviews this amendment; only an approved correction changes the record, as its next version.</source>
        <translation>Operācija ir apstiprināta un slēgta. Šo grozījumu pārskata vadītājs; ierakstu maina tikai apstiprināts labojums — kā nākamā versija.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="54"/>
        <source>Voiding keeps the operation on record, marked voided, and takes it out of every count. A supervisor reviews it first.</source>
        <translation>Anulēta operācija paliek reģistrā ar atzīmi “anulēta” un netiek iekļauta nevienā skaitā. Vispirms to pārskata vadītājs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="59"/>
        <source>Returned by the supervisor: %1</source>
        <translation>Vadītājs atgrieza: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/amendment.py" line="65"/>
        <source>Made from %n change(s) you made offline after the operation had been approved; the server kept the approved version. Add a reason and submit, or withdraw.</source>
        <translation>
            <numerusform>Izveidots no %n izmaiņas, ko veicāt bezsaistē pēc operācijas apstiprināšanas; serveris saglabāja apstiprināto versiju. Pievienojiet pamatojumu un iesniedziet vai atsauciet.</numerusform>
            <numerusform>Izveidots no %n izmaiņām, ko veicāt bezsaistē pēc operācijas apstiprināšanas; serveris saglabāja apstiprināto versiju. Pievienojiet pamatojumu un iesniedziet vai atsauciet.</numerusform>
            <numerusform>Izveidots no %n izmaiņām, ko veicāt bezsaistē pēc operācijas apstiprināšanas; serveris saglabāja apstiprināto versiju. Pievienojiet pamatojumu un iesniedziet vai atsauciet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="73"/>
        <source>Why the approved record must change (required)</source>
        <translation>Kāpēc apstiprinātais ieraksts jāmaina (obligāti)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="77"/>
        <source>&amp;Reason</source>
        <translation>&amp;Iemesls</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="92"/>
        <source>Sen&amp;d for review</source>
        <translation>Nosūtīt pā&amp;rskatīšanai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="121"/>
        <source>T&amp;ype</source>
        <translation>&amp;Veids</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>&amp;Area</source>
        <translation>&amp;Teritorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>Vehi&amp;cle</source>
        <translation>Transportlī&amp;dzeklis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>&amp;Weather</source>
        <translation>&amp;Laikapstākļi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="123"/>
        <source>Visi&amp;bility</source>
        <translation>Redzamī&amp;ba</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="132"/>
        <source>&amp;Position (WGS84)</source>
        <translation>&amp;Koordinātas (WGS84)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="133"/>
        <source>Planned start</source>
        <translation>Plānotais sākums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="133"/>
        <source>Planned end</source>
        <translation>Plānotās beigas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="134"/>
        <source>Actual &amp;start</source>
        <translation>Faktiskais sāk&amp;ums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="134"/>
        <source>Actual &amp;end</source>
        <translation>Faktiskās b&amp;eigas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="150"/>
        <source>&amp;Narrative</source>
        <translation>&amp;Apraksts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="162"/>
        <source>&amp;Void checks</source>
        <translation>Anulēt &amp;pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="164"/>
        <source>Why the ticked checks are void</source>
        <translation>Kāpēc atzīmētās pārbaudes ir anulējamas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="165"/>
        <source>Void reas&amp;on</source>
        <translation>Anulēšanas iemesl&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="221"/>
        <source>Another amendment of this operation is waiting for review.</source>
        <translation>Cits šīs operācijas grozījums jau gaida pārskatīšanu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="224"/>
        <source>Nothing would change: correct a field or void a check.</source>
        <translation>Nekas nemainītos: labojiet kādu lauku vai anulējiet pārbaudi.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="98"/>
        <source>Attach photo or video…</source>
        <translation>Pievienot foto vai video…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="99"/>
        <source>Or drop files here</source>
        <translation>Vai ievelciet failus šeit</translation>
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
        <translation>Nav savienojuma ar reģionālo serveri: failu varēs lejupielādēt, kad šim klēpjdatoram būs savienojums.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="170"/>
        <source>The file %1 from the regional server</source>
        <translation>Fails %1 no reģionālā servera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attachments.py" line="193"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pielikums</numerusform>
            <numerusform>%n pielikumi</numerusform>
            <numerusform>%n pielikumu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="212"/>
        <source>Attach photos or videos</source>
        <translation>Pievienot fotoattēlus vai video</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="213"/>
        <source>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.avi *.mkv);;All files (*)</source>
        <translation>Fotoattēli un video (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.avi *.mkv);;Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="89"/>
        <source>Collection</source>
        <translation>Vākšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="90"/>
        <source>Alteration</source>
        <translation>Mainīšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="91"/>
        <source>Consultation</source>
        <translation>Aplūkošana</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="92"/>
        <source>Disclosure</source>
        <translation>Izpaušana</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="93"/>
        <source>Erasure</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="94"/>
        <source>Transfer to the server</source>
        <translation>Nosūtīšana uz serveri</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="95"/>
        <source>Sign-in</source>
        <translation>Pieteikšanās</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="96"/>
        <source>Failed sign-in</source>
        <translation>Neveiksmīga pieteikšanās</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="103"/>
        <source>Operation</source>
        <translation>Operācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="104"/>
        <source>Check</source>
        <translation>Pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="105"/>
        <source>User</source>
        <translation>Lietotājs</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="106"/>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="107"/>
        <source>Amendment</source>
        <translation>Grozījums</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="108"/>
        <source>Equipment item</source>
        <translation>Iekārtu vienība</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="109"/>
        <source>Reservation</source>
        <translation>Rezervācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="110"/>
        <source>Equipment incident</source>
        <translation>Iekārtu incidents</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="111"/>
        <source>Equipment issue or return</source>
        <translation>Iekārtu izsniegšana vai nodošana</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="112"/>
        <source>Kit</source>
        <translation>Komplekts</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="113"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Device</source>
        <translation>Ierīce</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="114"/>
        <source>Setting</source>
        <translation>Iestatījums</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="115"/>
        <source>Workspace</source>
        <translation>Darbvieta</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="116"/>
        <location filename="../../ui/views/audit.py" line="481"/>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
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
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="125"/>
        <location filename="../../ui/views/audit.py" line="509"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="126"/>
        <location filename="../../ui/views/audit.py" line="509"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="127"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="128"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="253"/>
        <source>The chain check failed at this event.</source>
        <translation>Ķēdes pārbaude šajā notikumā neizdevās.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="274"/>
        <source>(system)</source>
        <translation>(sistēma)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="483"/>
        <source>Every event recorded in this workspace: who collected, changed, viewed or passed on which record, and when.</source>
        <translation>Visi šajā darbvietā reģistrētie notikumi: kas un kad kuru ierakstu ir savācis, mainījis, aplūkojis vai nodevis tālāk.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="486"/>
        <source>The events of the people of %1: who collected, changed, viewed or passed on which record, and when.</source>
        <translation>Iestādes %1 lietotāju notikumi: kas un kad kuru ierakstu ir savācis, mainījis, aplūkojis vai nodevis tālāk.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="488"/>
        <source>Search record id, purpose, details… (Ctrl+F)</source>
        <translation>Meklēt pēc ieraksta ID, mērķa, informācijas… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="489"/>
        <source>All actions</source>
        <translation>Visas darbības</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="492"/>
        <source>All people</source>
        <translation>Visas personas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Any date</source>
        <translation>Jebkurš datums</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="494"/>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="494"/>
        <source>Custom range…</source>
        <translation>Cits periods…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="497"/>
        <source>Clear filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="498"/>
        <source>&amp;Verify chain</source>
        <translation>Pār&amp;baudīt ķēdi</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="499"/>
        <source>Recompute the hash chain of the whole log: an altered or removed event breaks it.</source>
        <translation>Pārrēķināt visa žurnāla jaucējkodu ķēdi: mainīts vai dzēsts notikums to pārrauj.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="501"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksportēt CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="502"/>
        <source>Save the events matching the filters as a CSV file (the export is recorded with its purpose).</source>
        <translation>Saglabāt filtriem atbilstošos notikumus CSV failā (eksports tiek reģistrēts kopā ar tā mērķi).</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="504"/>
        <source>Refresh</source>
        <translation>Atsvaidzināt</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="505"/>
        <source>Load the newest events (F5)</source>
        <translation>Ielādēt jaunākos notikumus (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="506"/>
        <source>Show it</source>
        <translation>Parādīt</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="507"/>
        <source>Load the list from the broken event</source>
        <translation>Ielādēt sarakstu, sākot ar bojāto notikumu</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="508"/>
        <source>No events match these filters.</source>
        <translation>Neviens notikums neatbilst šiem filtriem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Event id</source>
        <translation>Notikuma ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Hash</source>
        <translation>Jaucējkods</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Previous hash</source>
        <translation>Iepriekšējais jaucējkods</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="514"/>
        <source>Details</source>
        <translation>Informācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="648"/>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="650"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n notikums</numerusform>
            <numerusform>%n notikumi</numerusform>
            <numerusform>%n notikumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="652"/>
        <source>%n event(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>Ielādēts %n notikums, ritinot tiks ielādēti vēl</numerusform>
            <numerusform>Ielādēti %n notikumi, ritinot tiks ielādēti vēl</numerusform>
            <numerusform>Ielādēts %n notikumu, ritinot tiks ielādēti vēl</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="694"/>
        <source>Select an event to see its details.</source>
        <translation>Atlasiet notikumu, lai redzētu tā informāciju.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="699"/>
        <source>Event #%1</source>
        <translation>Notikums Nr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="701"/>
        <source>(no signed-in user)</source>
        <translation>(neviens lietotājs nebija pieteicies)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="775"/>
        <source>Verifying the chain…</source>
        <translation>Pārbauda ķēdi…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="777"/>
        <source>Exporting…</source>
        <translation>Eksportē…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="782"/>
        <source>✓ Chain intact: %n event(s) verified.</source>
        <translation>
            <numerusform>✓ Ķēde ir neskarta: pārbaudīts %n notikums.</numerusform>
            <numerusform>✓ Ķēde ir neskarta: pārbaudīti %n notikumi.</numerusform>
            <numerusform>✓ Ķēde ir neskarta: pārbaudīts %n notikumu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="787"/>
        <source>its content was changed after it was recorded</source>
        <translation>tā saturs ir mainīts pēc reģistrēšanas</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="789"/>
        <source>an event before it was removed, or it was changed and re-hashed</source>
        <translation>pirms tā esošs notikums ir dzēsts vai arī tas ir mainīts un tā jaucējkods pārrēķināts</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="790"/>
        <source>✗ The audit log was altered at event #%1: %2. Report this to IT.</source>
        <translation>✗ Audita žurnāls ir mainīts, sākot ar notikumu Nr. %1: %2. Ziņojiet par to IT dienestam.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="793"/>
        <source>The event is not in the list yet.</source>
        <translation>Šī notikuma sarakstā vēl nav.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="805"/>
        <source>The audit log (the events matching the filters) as a CSV file</source>
        <translation>Audita žurnāls (filtriem atbilstošie notikumi) CSV failā</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="808"/>
        <source>Export the audit log</source>
        <translation>Eksportēt audita žurnālu</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="808"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="823"/>
        <source>Saved to %1. The export is recorded in the audit log.</source>
        <translation>Saglabāts: %1. Eksports ir reģistrēts audita žurnālā.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="828"/>
        <source>Audit log exported: %1</source>
        <translation>Audita žurnāls eksportēts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="836"/>
        <source>Nothing was exported: %1</source>
        <translation>Nekas netika eksportēts: %1</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="349"/>
        <source>New traffic check</source>
        <translation>Jauna satiksmes pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="349"/>
        <source>Edit traffic check</source>
        <translation>Labot satiksmes pārbaudi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="350"/>
        <source>New hunter check</source>
        <translation>Jauna mednieka pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="350"/>
        <source>Edit hunter check</source>
        <translation>Labot mednieka pārbaudi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="351"/>
        <source>New check</source>
        <translation>Jauna pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="351"/>
        <source>Edit check</source>
        <translation>Labot pārbaudi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="353"/>
        <source>%1 · operation %2</source>
        <translation>%1 · operācija %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="376"/>
        <source>Rule check</source>
        <translation>Pārbaude pēc noteikumiem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="408"/>
        <source>O&amp;utcome</source>
        <translation>&amp;Iznākums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="414"/>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="416"/>
        <source>Save and ne&amp;xt</source>
        <translation>Saglabāt un &amp;nākamo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="417"/>
        <source>Save this check and start the next one (Ctrl+Shift+Enter)</source>
        <translation>Saglabāt šo pārbaudi un sākt nākamo (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="418"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Saglabāt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="492"/>
        <source>&amp;Now</source>
        <translation>&amp;Tagad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="494"/>
        <source>Set the time to now (Alt+N)</source>
        <translation>Iestatīt pašreizējo laiku (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="503"/>
        <source>&amp;Time</source>
        <translation>&amp;Laiks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="510"/>
        <source>Decimal degrees (56.5123, 21.0123), degrees-minutes-seconds (56°30&apos;44&quot;N 21°0&apos;44&quot;E) or degrees and decimal minutes</source>
        <translation>Decimāli grādi (56.5123, 21.0123), grādi-minūtes-sekundes (56°30&apos;44&quot;N 21°0&apos;44&quot;E) vai grādi un decimālās minūtes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="512"/>
        <source>P&amp;osition</source>
        <translation>&amp;Koordinātas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="526"/>
        <source>Vehicle &amp;registration no.</source>
        <translation>Numura &amp;zīme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="532"/>
        <source>General</source>
        <translation>Parasts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="533"/>
        <source>Novice (under 2 years&apos; experience)</source>
        <translation>Iesācējs (stāžs mazāks par 2 gadiem)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="534"/>
        <source>Professional (bus, taxi, heavy vehicle ...)</source>
        <translation>Profesionāls (autobuss, taksometrs, smagais transportlīdzeklis ...)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="536"/>
        <source>Driver &amp;category</source>
        <translation>Vadītāja kate&amp;gorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="539"/>
        <source>Driver&apos;s &amp;document no.</source>
        <translation>Vadītāja &amp;dokumenta Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="542"/>
        <source>Reason for the sto&amp;p</source>
        <translation>Apturēšanas i&amp;emesls</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="544"/>
        <source>not measured</source>
        <translation>nav mērīts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="545"/>
        <source>not set</source>
        <translation>nav norādīts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="547"/>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="548"/>
        <source>&amp;Measured speed</source>
        <translation>Iz&amp;mērītais ātrums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="549"/>
        <source>Speed &amp;limit</source>
        <translation>&amp;Atļautais ātrums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="551"/>
        <location filename="../../ui/dialogs/check_entry.py" line="554"/>
        <source>not tested</source>
        <translation>nav pārbaudīts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="552"/>
        <source>S&amp;econd test</source>
        <translation>&amp;Otrā pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="553"/>
        <source>A second breath test 15-30 minutes later; the lower result counts</source>
        <translation>Otrā izelpas pārbaude pēc 15–30 minūtēm; ņem vērā zemāko rezultātu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="555"/>
        <source>Second alcohol test (‰)</source>
        <translation>Otrā alkohola pārbaude (‰)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="556"/>
        <source>Re&amp;fused test</source>
        <translation>Atteicās no pār&amp;baudes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="563"/>
        <source>&amp;Alcohol test (‰)</source>
        <translation>Alko&amp;hola pārbaude (‰)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="572"/>
        <source>Dri&amp;ving licence</source>
        <translation>&amp;Vadītāja apliecība</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="573"/>
        <source>Re&amp;gistration certificate</source>
        <translation>&amp;Reģistrācijas apliecība</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="574"/>
        <source>&amp;Insurance</source>
        <translation>OCTA &amp;polise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="580"/>
        <location filename="../../ui/dialogs/check_entry.py" line="672"/>
        <source>Documents shown</source>
        <translation>Uzrādītie dokumenti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="590"/>
        <source>Hunter&apos;s na&amp;me</source>
        <translation>Mednieka vārds, u&amp;zvārds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="607"/>
        <source>type to filter</source>
        <translation>rakstiet, lai filtrētu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="611"/>
        <source>Sp&amp;ecies</source>
        <translation>Su&amp;ga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="615"/>
        <source>make, model, calibre, number</source>
        <translation>marka, modelis, kalibrs, numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="616"/>
        <source>&amp;Weapon</source>
        <translation>Ie&amp;rocis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="618"/>
        <location filename="../../ui/dialogs/check_entry.py" line="623"/>
        <source>– not recorded –</source>
        <translation>– nav norādīts –</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="621"/>
        <source>Sight t&amp;ype</source>
        <translation>Tēmēkļa &amp;veids</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="626"/>
        <source>Shooting p&amp;lace</source>
        <translation>Ša&amp;ušanas vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="632"/>
        <source>Hunter&apos;s &amp;certificate</source>
        <translation>&amp;Mednieka apliecība</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="632"/>
        <source>Seasonal c&amp;ard</source>
        <translation>S&amp;ezonas karte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="633"/>
        <source>Hunting pe&amp;rmit</source>
        <translation>Medī&amp;bu atļauja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="633"/>
        <source>&amp;Firearm permit</source>
        <translation>Ieroča &amp;atļauja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="634"/>
        <source>Hunter&apos;s tic&amp;ket</source>
        <translation>Mednieka &amp;biļete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="634"/>
        <source>Weapon &amp;permit</source>
        <translation>Ieroča &amp;atļauja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="643"/>
        <source>number</source>
        <translation>numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="644"/>
        <source>%1: number</source>
        <translation>%1: numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="651"/>
        <source>&amp;Hunting sheet</source>
        <translation>&amp;Medību lapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="652"/>
        <source>The hunting sheet naming the hunt leader was shown</source>
        <translation>Uzrādīta medību lapa, kurā norādīts medību vadītājs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="655"/>
        <source>number or hunt leader</source>
        <translation>numurs vai medību vadītājs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="656"/>
        <source>Hunting sheet: number or hunt leader</source>
        <translation>Medību lapa: numurs vai medību vadītājs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="662"/>
        <source>Safety-&amp;check date</source>
        <translation>Drošības pārbaud&amp;es datums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="665"/>
        <source>YYYY-MM-DD</source>
        <translation>GGGG-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="677"/>
        <source>So&amp;ber</source>
        <translation>Skaidrā &amp;prātā</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="678"/>
        <source>Weapon loaded while movin&amp;g</source>
        <translation>Ierocis pielādēts pārvieto&amp;joties</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="679"/>
        <source>Weapon cased in &amp;vehicle</source>
        <translation>Ierocis &amp;futrālī transportlīdzeklī</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="680"/>
        <source>Recorded when the hunter was in a vehicle</source>
        <translation>Norāda, ja mednieks atradās transportlīdzeklī</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="681"/>
        <source>Dr&amp;iven hunt</source>
        <translation>&amp;Dzinējmedības</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="682"/>
        <source>Orange/yellow vest or hea&amp;dwear</source>
        <translation>&amp;Oranža/dzeltena veste vai galvassega</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="683"/>
        <source>Recorded in a driven hunt</source>
        <translation>Norāda dzinējmedībās</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="684"/>
        <source>Wild boar &amp;harvested or wounded</source>
        <translation>Meža &amp;cūka nomedīta vai ievainota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="687"/>
        <source>marker no. (Mednis)</source>
        <translation>marķējuma Nr. (Mednis)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="688"/>
        <source>Wild boar marker number</source>
        <translation>Meža cūkas marķējuma numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="699"/>
        <source>Conduct</source>
        <translation>Uzvedība</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="708"/>
        <source>Wild boar</source>
        <translation>Meža cūka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="720"/>
        <source>– choose –</source>
        <translation>– izvēlieties –</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="723"/>
        <source>&amp;Category</source>
        <translation>Kate&amp;gorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="726"/>
        <source>What was observed or done (at most %1 characters)</source>
        <translation>Kas tika novērots vai darīts (lielākais rakstzīmju skaits: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="729"/>
        <source>&amp;Description</source>
        <translation>&amp;Apraksts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="888"/>
        <source>Choose a species from the list.</source>
        <translation>Izvēlieties sugu no saraksta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1014"/>
        <source>Neither a Latvian (like %1) nor a Lithuanian (like %2) plate: check it.</source>
        <translation>Nav ne Latvijas (piem., %1), ne Lietuvas (piem., %2) numura zīme: pārbaudiet to.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1019"/>
        <source>Rule pack %1, version %2</source>
        <translation>Noteikumu kopa %1, versija %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1054"/>
        <source>Correct the marked field to see what the rule pack says.</source>
        <translation>Izlabojiet atzīmēto lauku, lai redzētu noteikumu kopas vērtējumu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1057"/>
        <source>No flags: the rule pack finds nothing to object to.</source>
        <translation>Atzīmju nav: noteikumu kopa iebildumus nekonstatē.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="119"/>
        <source>Resolve the conflict</source>
        <translation>Atrisināt konfliktu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="120"/>
        <source>Two different values were written</source>
        <translation>Ierakstītas divas atšķirīgas vērtības</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="121"/>
        <source>On the server</source>
        <translation>Serverī</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="122"/>
        <source>On this laptop</source>
        <translation>Šajā klēpjdatorā</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="123"/>
        <source>Start from the server&apos;s</source>
        <translation>Sākt no servera vērtības</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="124"/>
        <source>Start from mine</source>
        <translation>Sākt no manas vērtības</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="125"/>
        <source>The value to keep (edit it as needed):</source>
        <translation>Vērtība, ko paturēt (labojiet pēc vajadzības):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="126"/>
        <source>Resolve</source>
        <translation>Atrisināt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="127"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="149"/>
        <source>This value does not fit the field: write it like the values above.</source>
        <translation>Šī vērtība neatbilst laukam: rakstiet to tāpat kā augstāk redzamās vērtības.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Demo workspace. Sign in as %1 with the password %2. Desk PIN of every demo user: %3.</source>
        <translation>Demonstrācijas darbvieta. Piesakieties kā %1 ar paroli %2. Visu demonstrācijas lietotāju izsniegšanas PIN: %3.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="194"/>
        <source>Preparing the charts…</source>
        <translation>Sagatavo diagrammas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="251"/>
        <location filename="../../ui/views/dashboard.py" line="455"/>
        <source>All agencies</source>
        <translation>Visas iestādes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="279"/>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="309"/>
        <source>Failed</source>
        <translation>Neizdevās</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="345"/>
        <source>No data for this period</source>
        <translation>Šim periodam nav datu</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="362"/>
        <location filename="../../ui/views/dashboard.py" line="367"/>
        <location filename="../../ui/views/dashboard.py" line="370"/>
        <source>Checks</source>
        <translation>Pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="363"/>
        <source>With a violation</source>
        <translation>Ar pārkāpumu</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="396"/>
        <source>week %1 (%2)</source>
        <translation>%1. nedēļa (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="398"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="402"/>
        <source>Operations</source>
        <translation>Operācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="403"/>
        <source>Checks with a violation</source>
        <translation>Pārbaudes ar pārkāpumu</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="404"/>
        <source>Moon illumination</source>
        <translation>Mēness apgaismotā daļa</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="409"/>
        <location filename="../../ui/views/dashboard.py" line="416"/>
        <source>not recorded</source>
        <translation>nav norādīts</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="411"/>
        <source>night sight</source>
        <translation>nakts tēmēklis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="420"/>
        <source>refused the test</source>
        <translation>atteicās no pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="425"/>
        <source>Alcohol over the limit</source>
        <translation>Alkohols virs pieļaujamās robežas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="425"/>
        <source>Alcohol &gt; 1.5 ‰</source>
        <translation>Alkohols &gt; 1,5 ‰</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="426"/>
        <source>Speeding</source>
        <translation>Ātruma pārsniegšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="426"/>
        <source>Refused the test</source>
        <translation>Atteicās no pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="427"/>
        <source>Document missing</source>
        <translation>Nav uzrādīts dokuments</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="428"/>
        <source>Night sight: species</source>
        <translation>Nakts tēmēklis: neatļauta suga</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="429"/>
        <source>Night sight: not from a stand</source>
        <translation>Nakts tēmēklis: ne no medību torņa</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="430"/>
        <source>Loaded while moving</source>
        <translation>Ierocis pielādēts pārvietojoties</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="431"/>
        <source>Uncased in a vehicle</source>
        <translation>Ierocis transportlīdzeklī bez futrāļa</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="432"/>
        <source>Hunting document missing</source>
        <translation>Nav uzrādīts medību dokuments</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="433"/>
        <source>Safety check expired</source>
        <translation>Drošības pārbaude novecojusi</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="434"/>
        <source>Hunting sheet missing</source>
        <translation>Nav medību lapas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="434"/>
        <source>Not sober</source>
        <translation>Nebija skaidrā prātā</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="435"/>
        <source>Boar marker missing</source>
        <translation>Nav meža cūkas marķējuma</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="436"/>
        <source>No vest in a driven hunt</source>
        <translation>Dzinējmedībās bez vestes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="441"/>
        <source>Dashboard</source>
        <translation>Statistikas panelis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="442"/>
        <source>Counted: operations that are not voided (drafts included) by their start; one stopped driver or hunter is one check; voided checks never count.</source>
        <translation>Skaitīšana: neanulētas operācijas (arī melnraksti) pēc to sākuma laika; viens apturēts vadītājs vai mednieks ir viena pārbaude; anulētas pārbaudes netiek skaitītas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="444"/>
        <source>&amp;Period</source>
        <translation>P&amp;eriods</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="445"/>
        <source>&amp;Agency</source>
        <translation>&amp;Iestāde</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="446"/>
        <source>&amp;Type</source>
        <translation>&amp;Veids</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>This night</source>
        <translation>Šī nakts</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>Last 7 nights</source>
        <translation>Pēdējās 7 naktis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>This month</source>
        <translation>Šis mēnesis</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="448"/>
        <source>Last 12 months</source>
        <translation>Pēdējie 12 mēneši</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="448"/>
        <source>Custom…</source>
        <translation>Cits periods…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="451"/>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="456"/>
        <source>Equipment overdue now</source>
        <translation>Iekārtas, kas šobrīd nav nodotas laikā</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="457"/>
        <source>Equipment in maintenance now</source>
        <translation>Iekārtas, kas šobrīd ir apkopē</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="458"/>
        <source>Operations per night by type</source>
        <translation>Operācijas naktī pēc veida</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="459"/>
        <source>Checks and violations by category</source>
        <translation>Pārbaudes un pārkāpumi pēc kategorijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="460"/>
        <source>Violations by country rule (checks)</source>
        <translation>Pārkāpumi pēc valsts noteikuma (pārbaudes)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="461"/>
        <source>Alcohol results (counted test)</source>
        <translation>Alkohola pārbaužu rezultāti (vērā ņemtais mērījums)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="462"/>
        <source>Hunter checks by species and sight</source>
        <translation>Mednieku pārbaudes pēc sugas un tēmēkļa</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="463"/>
        <source>Equipment use: hours per item and week</source>
        <translation>Iekārtu izmantošana: stundas pa vienībām un nedēļām</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="464"/>
        <source>Night context: moon illumination, operations and findings</source>
        <translation>Nakts apstākļi: Mēness apgaismotā daļa, operācijas un konstatētie pārkāpumi</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="467"/>
        <source>Export chart as PNG…</source>
        <translation>Eksportēt diagrammu PNG formātā…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="481"/>
        <location filename="../../ui/views/dashboard.py" line="488"/>
        <source>Export chart as PNG</source>
        <translation>Eksportēt diagrammu PNG formātā</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="482"/>
        <source>PNG images (*.png)</source>
        <translation>PNG attēli (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="489"/>
        <source>The chart could not be written to %1.</source>
        <translation>Diagrammu nevarēja ierakstīt failā %1.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/widgets/datetime_field.py" line="38"/>
        <source>Now</source>
        <translation>Tagad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datetime_field.py" line="39"/>
        <source>Known</source>
        <translation>Zināms</translation>
    </message>
</context>
<context>
    <name>DeskPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="19"/>
        <source>Desk PIN</source>
        <translation>Izsniegšanas PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="22"/>
        <source>At the equipment desk you confirm each check-out and return with this PIN (%1 to %2 digits). Your password confirms it is you.</source>
        <translation>Iekārtu izsniegšanas vietā ar šo PIN jūs apstiprināt katru izsniegšanu un nodošanu (no %1 līdz %2 cipariem). Parole apliecina, ka tas esat jūs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="34"/>
        <source>New &amp;PIN</source>
        <translation>Jaunais &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="35"/>
        <source>&amp;Repeat PIN</source>
        <translation>&amp;Atkārtojiet PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="36"/>
        <source>My pass&amp;word</source>
        <translation>Mana pa&amp;role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="47"/>
        <source>The PINs differ.</source>
        <translation>PIN nesakrīt.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../../ui/views/desk.py" line="299"/>
        <source>– none –</source>
        <translation>– nav –</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="311"/>
        <source>%1 out</source>
        <translation>izsniegti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="312"/>
        <source>%1 available</source>
        <translation>pieejami: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="315"/>
        <source>%1 overdue</source>
        <translation>nokavēti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="316"/>
        <source>%1 in maintenance</source>
        <translation>apkopē: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="316"/>
        <source>%1 service due</source>
        <translation>jāveic apkope: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="317"/>
        <source>%1 open incidents</source>
        <translation>atvērti incidenti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="361"/>
        <source>Unknown code: %1. Not an asset tag, kit or badge on this laptop.</source>
        <translation>Nezināms kods: %1. Šajā klēpjdatorā tas nav ne inventāra numurs, ne komplekts, ne žetons.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="374"/>
        <source>Check-out for %1: scan the items, then press Enter.</source>
        <translation>Izsniegšana: %1. Skenējiet vienības un pēc tam nospiediet Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="385"/>
        <source>%1 – %2. Scan an officer&apos;s badge first to check it out.</source>
        <translation>%1 – %2. Lai to izsniegtu, vispirms skenējiet amatpersonas žetonu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="412"/>
        <source>Not added: %1</source>
        <translation>Nav pievienots: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="414"/>
        <source>Added %1. Scan more items, or press Enter to confirm.</source>
        <translation>Pievienots: %1. Skenējiet vēl vienības vai nospiediet Enter, lai apstiprinātu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="437"/>
        <location filename="../../ui/views/desk.py" line="686"/>
        <source>Scan an officer&apos;s badge to start a check-out, or an item to open or return it.</source>
        <translation>Skenējiet amatpersonas žetonu, lai sāktu izsniegšanu, vai vienību, lai to atvērtu vai reģistrētu tās nodošanu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="444"/>
        <source>No officer chosen: scan a badge.</source>
        <translation>Amatpersona nav izvēlēta: skenējiet žetonu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="452"/>
        <source>Already holds: %1</source>
        <translation>Jau izsniegts: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="463"/>
        <source>Check out %n item(s)</source>
        <translation>
            <numerusform>Izsniegt %n vienību</numerusform>
            <numerusform>Izsniegt %n vienības</numerusform>
            <numerusform>Izsniegt %n vienību</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="469"/>
        <source>Scan at least one item first.</source>
        <translation>Vispirms skenējiet vismaz vienu vienību.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="472"/>
        <source>%1: type your PIN and press Enter.</source>
        <translation>%1: ievadiet savu PIN un nospiediet Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="491"/>
        <source>Photos of the items as issued</source>
        <translation>Izsniegto priekšmetu fotoattēli</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="492"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</source>
        <translation>Attēli (*.jpg *.jpeg *.png *.webp *.heic);;Visi faili (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="503"/>
        <source>%n photo(s)…</source>
        <translation>
            <numerusform>%n fotoattēls…</numerusform>
            <numerusform>%n fotoattēli…</numerusform>
            <numerusform>%n fotoattēlu…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="503"/>
        <source>Add ph&amp;oto…</source>
        <translation>Pievienot f&amp;oto…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="505"/>
        <source>Photos of the items&apos; condition at issue (optional)</source>
        <translation>Priekšmetu stāvokļa fotoattēli izsniegšanas brīdī (nav obligāti)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="511"/>
        <source>Checked out %n item(s) to %1, due back %2.</source>
        <translation>
            <numerusform>%1: izsniegta %n vienība, jānodod līdz %2.</numerusform>
            <numerusform>%1: izsniegtas %n vienības, jānodod līdz %2.</numerusform>
            <numerusform>%1: izsniegts %n vienību, jānodod līdz %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="596"/>
        <source>Select the items of the kit in the list first (Ctrl+click).</source>
        <translation>Vispirms sarakstā atlasiet komplekta vienības (Ctrl+klikšķis).</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="625"/>
        <source>Resolve incident</source>
        <translation>Atrisināt incidentu</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="626"/>
        <source>%1 – %2. How was it resolved?</source>
        <translation>%1 – %2. Kā tas tika atrisināts?</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="648"/>
        <source>Equipment desk</source>
        <translation>Iekārtu uzskaite</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="649"/>
        <source>Scan a badge or an asset tag (or type it and press Enter)</source>
        <translation>Skenējiet žetonu vai inventāra numuru (vai ievadiet to un nospiediet Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="650"/>
        <source>Check-out</source>
        <translation>Izsniegšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="651"/>
        <source>&amp;Due back</source>
        <translation>&amp;Jānodod līdz</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="651"/>
        <source>Co&amp;ndition out</source>
        <translation>Stāvok&amp;lis izsniedzot</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="652"/>
        <source>&amp;Battery out</source>
        <translation>&amp;Uzlāde izsniedzot</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="652"/>
        <source>For rese&amp;rvation</source>
        <translation>Pēc re&amp;zervācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="653"/>
        <source>No&amp;tes</source>
        <translation>P&amp;iezīmes</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="654"/>
        <source>Holder&apos;s &amp;PIN</source>
        <translation>Turētāja &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="656"/>
        <source>PIN or password, typed by the officer</source>
        <translation>PIN vai parole, ko ievada amatpersona</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="657"/>
        <source>Clear (Esc)</source>
        <translation>Notīrīt (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="659"/>
        <source>&amp;History…</source>
        <translation>Vēstur&amp;e…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="660"/>
        <source>Filter by tag, serial, make, model, location</source>
        <translation>Filtrēt pēc inventāra numura, sērijas numura, ražotāja, modeļa, vietas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>All items</source>
        <translation>Visas vienības</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>Service due</source>
        <translation>Jāveic apkope</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="669"/>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="670"/>
        <source>&amp;New item…</source>
        <translation>Jau&amp;na vienība…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="671"/>
        <source>&amp;More</source>
        <translation>&amp;Vairāk</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="672"/>
        <source>Make &amp;kit…</source>
        <translation>Izveidot &amp;komplektu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="673"/>
        <source>&amp;Import CSV…</source>
        <translation>I&amp;mportēt CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="674"/>
        <source>Print &amp;labels…</source>
        <translation>&amp;Drukāt uzlīmes…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="675"/>
        <source>Inventory</source>
        <translation>Inventārs</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="676"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="677"/>
        <source>Reservations</source>
        <translation>Rezervācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="678"/>
        <source>&amp;Resolve…</source>
        <translation>At&amp;risināt…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="679"/>
        <source>Re&amp;serve…</source>
        <translation>Rezervē&amp;t…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="680"/>
        <source>Cancel reservation</source>
        <translation>Atcelt rezervāciju</translation>
    </message>
</context>
<context>
    <name>EquipmentImport</name>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="59"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="148"/>
        <source>Asset tag</source>
        <translation>Inventāra numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="60"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="149"/>
        <source>Serial no.</source>
        <translation>Sērijas Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="61"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="150"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="62"/>
        <source>Make</source>
        <translation>Ražotājs</translation>
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
        <translation>Glabāšanas vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="65"/>
        <source>Project-funded</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="66"/>
        <source>Usage hours</source>
        <translation>Lietošanas stundas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="67"/>
        <source>Battery cycles</source>
        <translation>Akumulatora cikli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="68"/>
        <source>Next service</source>
        <translation>Nākamā apkope</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="69"/>
        <source>Service every (hours)</source>
        <translation>Apkope pēc stundām</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="70"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="71"/>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="80"/>
        <source>&apos;%1&apos; appears more than once in the file (also line %2).</source>
        <translation>Vērtība „%1” failā ir vairāk nekā vienu reizi (arī rindā %2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="84"/>
        <source>&apos;%1&apos; is already used by an item or kit in this workspace.</source>
        <translation>Vērtību „%1” šajā darbvietā jau izmanto cita vienība vai komplekts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="88"/>
        <source>The row has %1 cells but the header only %2 columns.</source>
        <translation>Rindā ir vairāk šūnu (%1) nekā kolonnu galvenē (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="101"/>
        <source>The file is empty.</source>
        <translation>Fails ir tukšs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="103"/>
        <source>The file is larger than 5 MB. Split it into smaller files.</source>
        <translation>Fails ir lielāks par 5 MB. Sadaliet to mazākos failos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="106"/>
        <source>The file has more than %1 rows. Split it into smaller files.</source>
        <translation>Failā ir vairāk nekā %1 rindu. Sadaliet to mazākos failos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="110"/>
        <source>The file has a header line but no rows.</source>
        <translation>Failā ir galvenes rinda, bet nav datu rindu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="112"/>
        <source>Unknown columns: %1. Rename them to a known column name or delete them.</source>
        <translation>Nezināmas kolonnas: %1. Pārdēvējiet tās, izmantojot zināmu kolonnas nosaukumu, vai izdzēsiet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="116"/>
        <source>Required columns are missing: %1.</source>
        <translation>Trūkst obligāto kolonnu: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="119"/>
        <source>Columns named twice: %1.</source>
        <translation>Kolonnas ar atkārtotu nosaukumu: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="147"/>
        <source>Line</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="151"/>
        <source>Make and model</source>
        <translation>Ražotājs un modelis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="153"/>
        <source>Problem</source>
        <translation>Problēma</translation>
    </message>
</context>
<context>
    <name>EquipmentImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="199"/>
        <source>Import inventory from CSV</source>
        <translation>Inventāra imports no CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="204"/>
        <source>A CSV file with a header line. Required columns: asset tag, serial no., kind, make, model. Optional: location, project-funded, usage hours, battery cycles, next service, service hours, notes. Column names may be in English, Latvian or Lithuanian; UTF-8 or Windows-1257; separated by commas, semicolons or tabs.</source>
        <translation>CSV fails ar galvenes rindu. Obligātās kolonnas: inventāra numurs, sērijas Nr., veids, ražotājs, modelis. Neobligātās: glabāšanas vieta, projekts, lietošanas stundas, akumulatora cikli, nākamā apkope, apkope pēc stundām, piezīmes. Kolonnu nosaukumi var būt angļu, latviešu vai lietuviešu valodā; kodējums UTF-8 vai Windows-1257; atdalītāji – komati, semikoli vai tabulācijas zīmes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="212"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Izvēlēties failu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="213"/>
        <source>No file chosen.</source>
        <translation>Fails nav izvēlēts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="247"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="326"/>
        <source>&amp;Import</source>
        <translation>I&amp;mportēt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="262"/>
        <source>Choose the inventory CSV file</source>
        <translation>Izvēlieties inventāra CSV failu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="263"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV faili (*.csv *.txt);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="275"/>
        <source>Reading the file…</source>
        <translation>Nolasa failu…</translation>
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
            <numerusform>%n rinda</numerusform>
            <numerusform>%n rindas</numerusform>
            <numerusform>%n rindu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="302"/>
        <source>%n ready</source>
        <translation>
            <numerusform>%n derīga</numerusform>
            <numerusform>%n derīgas</numerusform>
            <numerusform>%n derīgu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="302"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n ar problēmām</numerusform>
            <numerusform>%n ar problēmām</numerusform>
            <numerusform>%n ar problēmām</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="309"/>
        <source>&amp;Skip the %n rows with problems and import the others</source>
        <translation>
            <numerusform>Iz&amp;laist %n rindu ar problēmām un importēt pārējās</numerusform>
            <numerusform>Iz&amp;laist %n rindas ar problēmām un importēt pārējās</numerusform>
            <numerusform>Iz&amp;laist %n rindu ar problēmām un importēt pārējās</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="324"/>
        <source>&amp;Import %n items</source>
        <translation>
            <numerusform>I&amp;mportēt %n vienību</numerusform>
            <numerusform>I&amp;mportēt %n vienības</numerusform>
            <numerusform>I&amp;mportēt %n vienību</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="340"/>
        <source>Importing…</source>
        <translation>Importē…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="361"/>
        <source>Nothing was imported: line %1 uses a tag that was added meanwhile.</source>
        <translation>Nekas netika importēts: rindā %1 norādītais inventāra numurs pa to laiku jau ir pievienots.</translation>
    </message>
</context>
<context>
    <name>EquipmentLabelsDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="83"/>
        <source>Print labels</source>
        <translation>Drukāt uzlīmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="87"/>
        <source>%n labels</source>
        <translation>
            <numerusform>%n uzlīme</numerusform>
            <numerusform>%n uzlīmes</numerusform>
            <numerusform>%n uzlīmju</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="99"/>
        <source>&amp;Label sheet</source>
        <translation>&amp;Uzlīmju lapa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="101"/>
        <source>Labels of the first sheet that were used already; printing starts after them (left to right, top to bottom).</source>
        <translation>Pirmās lapas jau izmantotās uzlīmes; drukāšana sāksies pēc tām (no kreisās uz labo, no augšas uz leju).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="103"/>
        <source>&amp;Skip first labels</source>
        <translation>&amp;Izlaist pirmās uzlīmes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="118"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Saglabāt PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="121"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Atvērt PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="141"/>
        <source>%1 — %2 per sheet (%3 × %4), %5 × %6 mm</source>
        <translation>%1 — %2 lapā (%3 × %4), %5 × %6 mm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="159"/>
        <source>%n sheets</source>
        <translation>
            <numerusform>%n lapa</numerusform>
            <numerusform>%n lapas</numerusform>
            <numerusform>%n lapu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="173"/>
        <source>Save the label sheet</source>
        <translation>Saglabāt uzlīmju lapu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="174"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="188"/>
        <source>Creating the labels…</source>
        <translation>Izveido uzlīmes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="207"/>
        <source>Saved %1 (%n pages).</source>
        <translation>
            <numerusform>Saglabāts: %1 (%n lappuse).</numerusform>
            <numerusform>Saglabāts: %1 (%n lappuses).</numerusform>
            <numerusform>Saglabāts: %1 (%n lappušu).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="213"/>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>PDF failu nevarēja saglabāt kā %1: %2</translation>
    </message>
</context>
<context>
    <name>HolderHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="317"/>
        <source>Equipment history – %1</source>
        <translation>Iekārtu vēsture – %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="103"/>
        <source>by date only</source>
        <translation>tikai pēc datuma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>Asset &amp;tag</source>
        <translation>&amp;Inventāra numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>&amp;Serial no.</source>
        <translation>&amp;Sērijas Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>&amp;Kind</source>
        <translation>&amp;Veids</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>&amp;Make</source>
        <translation>&amp;Ražotājs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odelis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>Storage &amp;location</source>
        <translation>&amp;Glabāšanas vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="106"/>
        <source>Project-funded (LV-LT programme)</source>
        <translation>Finansēts no projekta (LV-LT programma)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="107"/>
        <source>Usage hours before fieldops</source>
        <translation>Lietošanas stundas pirms fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="107"/>
        <source>Battery cycles</source>
        <translation>Akumulatora cikli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="108"/>
        <source>Next service date</source>
        <translation>Nākamās apkopes datums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="108"/>
        <source>Service every (usage hours)</source>
        <translation>Apkopes intervāls (lietošanas stundas)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="109"/>
        <source>No&amp;tes</source>
        <translation>&amp;Piezīmes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="116"/>
        <source>Usage hours in total</source>
        <translation>Kopējās lietošanas stundas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="120"/>
        <source>&amp;Save</source>
        <translation>Sag&amp;labāt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="124"/>
        <source>Details</source>
        <translation>Pamatdati</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="143"/>
        <source>Custody history</source>
        <translation>Izsniegšanas vēsture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="144"/>
        <source>Used in operations</source>
        <translation>Izmantots operācijās</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="145"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="149"/>
        <source>Into &amp;maintenance…</source>
        <translation>Nodot &amp;apkopē…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="150"/>
        <source>Back from maintenance…</source>
        <translation>Atgriezts no apkopes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="151"/>
        <source>Mark &amp;lost…</source>
        <translation>Atzīmēt kā no&amp;zaudētu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="151"/>
        <source>&amp;Found…</source>
        <translation>Atras&amp;ts…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="152"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Norakstīt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="166"/>
        <source>New equipment item</source>
        <translation>Jauna iekārtu vienība</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="167"/>
        <source>A new item of your agency. Its custody starts as available.</source>
        <translation>Jauna jūsu iestādes vienība. Sākotnējais statuss: pieejams.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="203"/>
        <source>held by %1, due back %2</source>
        <translation>turētājs: %1, jānodod līdz %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="206"/>
        <source>OVERDUE</source>
        <translation>NOKAVĒTS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="208"/>
        <source>kit %1</source>
        <translation>komplekts %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="210"/>
        <source>%1 open incident(s)</source>
        <translation>atvērti incidenti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="212"/>
        <source>service due</source>
        <translation>jāveic apkope</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="290"/>
        <source>Into maintenance</source>
        <translation>Nodošana apkopē</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="290"/>
        <source>What is to be done, and by whom?</source>
        <translation>Kas jāizdara un kurš to darīs?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="291"/>
        <source>Back from maintenance</source>
        <translation>Atgriešana no apkopes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="291"/>
        <source>What was done? The next service date can be set on the Details tab.</source>
        <translation>Kas tika izdarīts? Nākamās apkopes datumu var iestatīt cilnē „Pamatdati”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="293"/>
        <source>Mark lost</source>
        <translation>Atzīmēt kā nozaudētu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="293"/>
        <source>Where and when was it last seen? The item stays open as an incident until resolved.</source>
        <translation>Kur un kad tā pēdējo reizi redzēta? Līdz atrisināšanai vienība paliek atvērta kā incidents.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="295"/>
        <source>Found</source>
        <translation>Atrasts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="295"/>
        <source>Where was it found, and in what state?</source>
        <translation>Kur tā atrasta un kādā stāvoklī?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="296"/>
        <source>Retire</source>
        <translation>Norakstīt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="296"/>
        <source>Why is it taken out of service for good?</source>
        <translation>Kāpēc tā tiek galīgi izņemta no lietošanas?</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="335"/>
        <source>New kit</source>
        <translation>Jauns komplekts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="339"/>
        <source>Items: %1</source>
        <translation>Vienības: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="347"/>
        <source>%1 kit</source>
        <translation>%1 komplekts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="350"/>
        <source>Kit &amp;tag</source>
        <translation>&amp;Komplekta numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="351"/>
        <source>&amp;Name</source>
        <translation>&amp;Nosaukums</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <location filename="../../ui/reports/labels.py" line="242"/>
        <source>Asset-tag labels (%1)</source>
        <translation>Inventāra uzlīmes (%1)</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../ui/widgets/lock_cover.py" line="17"/>
        <source>Locked. Unlock fieldops in the main window.</source>
        <translation>Bloķēts. Atbloķējiet fieldops galvenajā logā.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="63"/>
        <source>fieldops is locked</source>
        <translation>fieldops ir bloķēts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="64"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="65"/>
        <source>Unlock</source>
        <translation>Atbloķēt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="66"/>
        <source>Sign in as someone else</source>
        <translation>Pieteikties kā cits lietotājs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="88"/>
        <source>Wrong password.</source>
        <translation>Nepareiza parole.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="150"/>
        <source>fieldops – sign in</source>
        <translation>fieldops – pieteikšanās</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="152"/>
        <source>Welcome to fieldops</source>
        <translation>Laipni lūdzam fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="153"/>
        <source>First start on this laptop: create the administrator account. The workspace is encrypted with a key only valid logins can open.</source>
        <translation>Pirmā palaišana šajā klēpjdatorā: izveidojiet administratora kontu. Darbvieta ir šifrēta ar atslēgu, ko var atvērt tikai ar derīgiem pieteikšanās datiem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="155"/>
        <source>Create workspace</source>
        <translation>Izveidot darbvietu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="157"/>
        <location filename="../../ui/dialogs/login.py" line="159"/>
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="158"/>
        <source>Night operations and equipment desk</source>
        <translation>Nakts operāciju un iekārtu uzskaite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="160"/>
        <source>Full name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="160"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="161"/>
        <source>Agency</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="161"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="162"/>
        <source>Repeat password</source>
        <translation>Atkārtojiet paroli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="165"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="166"/>
        <source>Night theme (red on black)</source>
        <translation>Nakts režīms (sarkans uz melna)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="167"/>
        <source>Night</source>
        <translation>Nakts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/login.py" line="184"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Vismaz %n rakstzīme.</numerusform>
            <numerusform>Vismaz %n rakstzīmes.</numerusform>
            <numerusform>Vismaz %n rakstzīmju.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="186"/>
        <source>The passwords differ.</source>
        <translation>Paroles nesakrīt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="187"/>
        <source>Type the password again.</source>
        <translation>Ievadiet paroli vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="208"/>
        <source>Enter your user name.</source>
        <translation>Ievadiet lietotājvārdu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="222"/>
        <source>Unlocking the encrypted workspace…</source>
        <translation>Atbloķē šifrēto darbvietu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="223"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Izveido šifrēto darbvietu…</translation>
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
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Admin</source>
        <translation>Administrēšana</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Tonight</source>
        <translation>Šonakt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Operations</source>
        <translation>Operācijas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Equipment desk</source>
        <translation>Iekārtu uzskaite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Review</source>
        <translation>Pārskatīšana</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Dashboard</source>
        <translation>Statistikas panelis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Go to %1</source>
        <translation>Pāriet uz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloķēt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Izrakstīties</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Quit</source>
        <translation>Izie&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Night theme (red on black)</source>
        <translation>&amp;Nakts režīms (sarkans uz melna)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;Tools</source>
        <translation>&amp;Rīki</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Pārbaudīt audita žurnālu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>&amp;Desk PIN…</source>
        <translation>I&amp;zsniegšanas PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;Reports…</source>
        <translation>A&amp;tskaites…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;About fieldops</source>
        <translation>&amp;Par fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Sending %1: %2 %</source>
        <translation>Nosūta %1: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Low disk space: %1 free</source>
        <translation>Maz vietas diskā: brīvi %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Free some space: photos and videos are stored here until the regional server confirms them.</source>
        <translation>Atbrīvojiet vietu diskā: fotoattēli un video tiek glabāti šeit, līdz reģionālais serveris apstiprina to saņemšanu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Not connected to a server</source>
        <translation>Nav pievienots serverim</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="467"/>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n izmaiņa gaida</numerusform>
            <numerusform>%n izmaiņas gaida</numerusform>
            <numerusform>%n izmaiņu gaida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>This laptop is not enrolled with a regional server: changes stay here.</source>
        <translation>Šis klēpjdators nav reģistrēts reģionālajā serverī: izmaiņas paliek šeit.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Offline</source>
        <translation>Bezsaistē</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>The server cannot be reached; changes are sent as soon as it answers.</source>
        <translation>Serveris nav sasniedzams; izmaiņas tiks nosūtītas, tiklīdz tas atbildēs.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Syncing…</source>
        <translation>Sinhronizē…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Sending this laptop&apos;s changes and fetching the others&apos;.</source>
        <translation>Nosūta šī klēpjdatora izmaiņas un saņem citu izmaiņas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Synced at %1</source>
        <translation>Sinhronizēts plkst. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="479"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n gaida</numerusform>
            <numerusform>%n gaida</numerusform>
            <numerusform>%n gaida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>The last sync with the regional server succeeded.</source>
        <translation>Pēdējā sinhronizācija ar reģionālo serveri bija sekmīga.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Sync error: %1</source>
        <translation>Sinhronizācijas kļūda: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="489"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n izmaiņa gaida nosūtīšanu</numerusform>
            <numerusform>%n izmaiņas gaida nosūtīšanu</numerusform>
            <numerusform>%n izmaiņu gaida nosūtīšanu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n of the waiting changes were made by other people: they are sent when those people sync.</source>
        <translation>
            <numerusform>%n no gaidošajām izmaiņām ir veikuši citi lietotāji: tā tiks nosūtīta, kad šie lietotāji veiks sinhronizāciju.</numerusform>
            <numerusform>%n no gaidošajām izmaiņām ir veikuši citi lietotāji: tās tiks nosūtītas, kad šie lietotāji veiks sinhronizāciju.</numerusform>
            <numerusform>%n no gaidošajām izmaiņām ir veikuši citi lietotāji: tās tiks nosūtītas, kad šie lietotāji veiks sinhronizāciju.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="495"/>
        <source>%n file(s) waiting</source>
        <translation>
            <numerusform>%n fails gaida</numerusform>
            <numerusform>%n faili gaida</numerusform>
            <numerusform>%n failu gaida</numerusform>
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
        <translation>Noklikšķiniet, lai atvērtu lapu „Sinhronizācija”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="507"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n atteikta</numerusform>
            <numerusform>%n atteiktas</numerusform>
            <numerusform>%n atteiktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="509"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikts</numerusform>
            <numerusform>%n konflikti</numerusform>
            <numerusform>%n konfliktu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <location filename="../../ui/main_window.py" line="573"/>
        <location filename="../../ui/main_window.py" line="576"/>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="574"/>
        <source>The audit log is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>Audita žurnāls ir neskarts: pārbaudīts %n notikums.</numerusform>
            <numerusform>Audita žurnāls ir neskarts: pārbaudīti %n notikumi.</numerusform>
            <numerusform>Audita žurnāls ir neskarts: pārbaudīts %n notikumu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>The audit log has been altered at event #%1. Report this to your supervisor and IT.</source>
        <translation>Audita žurnāls ir mainīts, sākot ar notikumu Nr. %1. Ziņojiet par to savam tiešajam vadītājam un IT dienestam.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>About fieldops</source>
        <translation>Par fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</source>
        <translation>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Nakts operāciju žurnāls un iekārtu uzskaite Latvijas un Lietuvas pierobežas policijas partneriem.&lt;br&gt;Darbvieta: %2</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../ui/media_text.py" line="18"/>
        <source>the server does not have its record (see the Sync page)</source>
        <translation>serverī nav šī faila ieraksta (skatiet lapu „Sinhronizācija”)</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="19"/>
        <source>the server&apos;s disk is full; it is sent again later</source>
        <translation>servera disks ir pilns; fails tiks nosūtīts vēlreiz vēlāk</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="20"/>
        <source>the server received different bytes; it is sent again</source>
        <translation>serveris saņēma atšķirīgus datus; fails tiek nosūtīts vēlreiz</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="21"/>
        <source>the copy on this laptop is damaged; attach the original file again</source>
        <translation>kopija šajā klēpjdatorā ir bojāta; pievienojiet oriģinālo failu vēlreiz</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="23"/>
        <source>the copy on this laptop is missing; attach the original file again</source>
        <translation>kopijas šajā klēpjdatorā nav; pievienojiet oriģinālo failu vēlreiz</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="25"/>
        <source>damaged on the way several times; it is sent again later</source>
        <translation>pārsūtīšanas laikā vairākkārt bojāts; tiks nosūtīts vēlreiz vēlāk</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="26"/>
        <source>refused by the server</source>
        <translation>serveris to atteica</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="35"/>
        <source>sending %1 %</source>
        <translation>nosūta: %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="37"/>
        <source>sent</source>
        <translation>nosūtīts</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="39"/>
        <source>on the server</source>
        <translation>serverī</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="41"/>
        <source>not sent: %1</source>
        <translation>nav nosūtīts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="42"/>
        <source>waiting to be sent</source>
        <translation>gaida nosūtīšanu</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="293"/>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="294"/>
        <source>Previous file (Left arrow, Page Up)</source>
        <translation>Iepriekšējais fails (bultiņa pa kreisi, Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="295"/>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="296"/>
        <source>Next file (Right arrow, Page Down)</source>
        <translation>Nākamais fails (bultiņa pa labi, Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="297"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Tuvināt (+, Ctrl+peles ritenītis)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="298"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Tālināt (−, Ctrl+peles ritenītis)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="299"/>
        <source>Fit</source>
        <translation>Ietilpināt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="300"/>
        <source>Fit the photo in the window (0)</source>
        <translation>Ietilpināt fotoattēlu logā (0)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="301"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="302"/>
        <source>Actual size (1)</source>
        <translation>Faktiskais izmērs (1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="303"/>
        <source>Drag to move the photo</source>
        <translation>Velciet, lai pārvietotu fotoattēlu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Captured</source>
        <translation>Uzņemts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="305"/>
        <source>Attached</source>
        <translation>Pievienots</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="305"/>
        <source>Upload</source>
        <translation>Nosūtīšana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="307"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 kontrolsumma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="308"/>
        <source>The file&apos;s fingerprint, recorded when it was attached</source>
        <translation>Faila kontrolsumma, reģistrēta pievienošanas brīdī</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="309"/>
        <source>Copy</source>
        <translation>Kopēt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="310"/>
        <source>Custody trail</source>
        <translation>Glabāšanas ķēde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="312"/>
        <source>Download from server</source>
        <translation>Lejupielādēt no servera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="314"/>
        <source>Play / pause</source>
        <translation>Atskaņot / pauzēt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="350"/>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="390"/>
        <source>This photo cannot be shown here. You can open it with the system&apos;s viewer.</source>
        <translation>Šo fotoattēlu šeit nevar parādīt. To var atvērt sistēmas skatītājā.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="392"/>
        <source>This photo is too large to show here (%1). You can open it with the system&apos;s viewer.</source>
        <translation>Šis fotoattēls ir pārāk liels, lai to parādītu šeit (%1). To var atvērt sistēmas skatītājā.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="427"/>
        <source>This video cannot be played here.</source>
        <translation>Šo video šeit nevar atskaņot.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="474"/>
        <source>Open in system player</source>
        <translation>Atvērt sistēmas atskaņotājā</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="474"/>
        <source>Open in system viewer</source>
        <translation>Atvērt sistēmas skatītājā</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="475"/>
        <source>A decrypted copy is kept on this laptop only while the app runs.</source>
        <translation>Atšifrēta kopija šajā klēpjdatorā tiek glabāta tikai tik ilgi, kamēr darbojas lietotne.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="480"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="496"/>
        <source>Opening…</source>
        <translation>Atver…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="484"/>
        <source>This file is missing on this laptop and was not sent to the regional server. Ask IT to look for a backup.</source>
        <translation>Šī faila nav šajā klēpjdatorā, un tas netika nosūtīts uz reģionālo serveri. Palūdziet IT dienestam meklēt rezerves kopiju.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="487"/>
        <source>This file is not on this laptop. It is kept on the regional server.</source>
        <translation>Šī faila nav šajā klēpjdatorā. Tas tiek glabāts reģionālajā serverī.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="508"/>
        <source>No program on this laptop can open this file.</source>
        <translation>Šajā klēpjdatorā nav programmas, ar kuru var atvērt šo failu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="549"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="555"/>
        <source>Photo</source>
        <translation>Fotoattēls</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="556"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="556"/>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="560"/>
        <source>%1 bytes</source>
        <translation>%1 baiti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="561"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="563"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="607"/>
        <source>unknown</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="562"/>
        <source>%1 by %2</source>
        <translation>%1, lietotājs: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="609"/>
        <source>Device %1</source>
        <translation>Ierīce %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="615"/>
        <source>opened in system player</source>
        <translation>atvērts sistēmas programmā</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="615"/>
        <source>viewed</source>
        <translation>apskatīts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="616"/>
        <source>attached</source>
        <translation>pievienots</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="616"/>
        <source>exported</source>
        <translation>eksportēts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="617"/>
        <source>sent to server</source>
        <translation>nosūtīts uz serveri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="618"/>
        <source>changed</source>
        <translation>mainīts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="618"/>
        <source>deleted</source>
        <translation>dzēsts</translation>
    </message>
</context>
<context>
    <name>NewOperationDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="24"/>
        <source>New night operation</source>
        <translation>Jauna nakts operācija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="31"/>
        <source>Starting &amp;now</source>
        <translation>Sākas ta&amp;gad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="37"/>
        <source>&amp;Type</source>
        <translation>&amp;Veids</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="37"/>
        <source>&amp;Area</source>
        <translation>&amp;Teritorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="38"/>
        <source>Planned &amp;start</source>
        <translation>Plānotais &amp;sākums</translation>
    </message>
</context>
<context>
    <name>NightCard</name>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="35"/>
        <source>Night context</source>
        <translation>Nakts apstākļi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="37"/>
        <source>Sunset</source>
        <translation>Saulriets</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="38"/>
        <source>Nautical dusk</source>
        <translation>Navigācijas krēslas beigas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="39"/>
        <source>Nautical dawn</source>
        <translation>Navigācijas krēslas sākums</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="40"/>
        <source>Sunrise</source>
        <translation>Saullēkts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="41"/>
        <source>Moon</source>
        <translation>Mēness</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="42"/>
        <source>Dark hours</source>
        <translation>Tumšās stundas</translation>
    </message>
</context>
<context>
    <name>OperationEditor</name>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="254"/>
        <source>← Operations</source>
        <translation>← Operācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="255"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="257"/>
        <source>Submit for review</source>
        <translation>Iesniegt pārskatīšanai</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="259"/>
        <source>Print to PDF…</source>
        <translation>Drukāt PDF failā…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>T&amp;ype</source>
        <translation>&amp;Veids</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>&amp;Area</source>
        <translation>&amp;Teritorija</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>&amp;Position (WGS84)</source>
        <translation>&amp;Koordinātas (WGS84)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="262"/>
        <source>Planned start</source>
        <translation>Plānotais sākums</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="262"/>
        <source>Vehi&amp;cle</source>
        <translation>Transportlī&amp;dzeklis</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="263"/>
        <source>Planned end</source>
        <translation>Plānotās beigas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="263"/>
        <source>Actual &amp;start</source>
        <translation>Faktiskais sāk&amp;ums</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="264"/>
        <source>Actual &amp;end</source>
        <translation>Faktiskās b&amp;eigas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="264"/>
        <source>&amp;Weather</source>
        <translation>&amp;Laikapstākļi</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="265"/>
        <source>Visi&amp;bility</source>
        <translation>Redzamī&amp;ba</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="265"/>
        <source>&amp;Narrative</source>
        <translation>&amp;Apraksts</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="270"/>
        <source>e.g. 56.5047, 21.0108 or 56°30&apos;17&quot;N 21°0&apos;39&quot;E</source>
        <translation>piem., 56.5047, 21.0108 vai 56°30&apos;17&quot;N 21°0&apos;39&quot;E</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="271"/>
        <source>Crew (lead first)</source>
        <translation>Ekipāža (vecākais – pirmais)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="272"/>
        <source>Add a crew member by name or badge…</source>
        <translation>Pievienot ekipāžas locekli pēc vārda vai žetona…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="273"/>
        <source>Equipment used (tick; the crew&apos;s check-outs first)</source>
        <translation>Izmantotās iekārtas (atzīmējiet; vispirms ekipāžai izsniegtās)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="274"/>
        <source>+ Traffic check</source>
        <translation>+ Satiksmes pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="276"/>
        <source>+ Hunter check</source>
        <translation>+ Mednieka pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="278"/>
        <source>+ Other</source>
        <translation>+ Cita</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="280"/>
        <location filename="../../ui/views/operation_editor.py" line="581"/>
        <source>Void check</source>
        <translation>Anulēt pārbaudi</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Summary</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="282"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="282"/>
        <source>Rule flags</source>
        <translation>Noteikumu atzīmes</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="353"/>
        <source>  (held by the crew)</source>
        <translation>  (izsniegts ekipāžai)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="381"/>
        <source>Returned for correction:</source>
        <translation>Atgriezts labošanai:</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="383"/>
        <source>This operation is %1 and can no longer be edited here.</source>
        <translation>Operācijas statuss: %1; šeit to vairs nevar labot.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="399"/>
        <source>  (lead)</source>
        <translation>  (vecākais)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="401"/>
        <source>Enter removes this member</source>
        <translation>Enter – izņemt no ekipāžas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/operation_editor.py" line="409"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n pārbaude</numerusform>
            <numerusform>%n pārbaudes</numerusform>
            <numerusform>%n pārbaužu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="458"/>
        <source>The end is before the start.</source>
        <translation>Beigas ir pirms sākuma.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="460"/>
        <source>A shift cannot last more than 24 hours.</source>
        <translation>Maiņa nevar ilgt vairāk par 24 stundām.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="581"/>
        <source>Why is this check withdrawn?</source>
        <translation>Kāpēc šī pārbaude tiek anulēta?</translation>
    </message>
</context>
<context>
    <name>OperationReport</name>
    <message>
        <location filename="../../ui/reports/export.py" line="89"/>
        <source>The operation report as a PDF file</source>
        <translation>Operācijas atskaite PDF failā</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="99"/>
        <source>Save the operation report</source>
        <translation>Saglabāt operācijas atskaiti</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="100"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="110"/>
        <source>The PDF could not be saved to %1: %2. Nothing was recorded.</source>
        <translation>PDF failu nevarēja saglabāt kā %1: %2. Nekas netika reģistrēts.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="112"/>
        <location filename="../../ui/reports/export.py" line="154"/>
        <source>Export PDF</source>
        <translation>PDF eksports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="133"/>
        <source>Operation report saved: %1</source>
        <translation>Operācijas atskaite saglabāta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="147"/>
        <source>The export could not be recorded in the audit log, so the PDF was deleted.</source>
        <translation>Eksportu neizdevās reģistrēt audita žurnālā, tāpēc PDF fails tika dzēsts.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="150"/>
        <source>The export could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</source>
        <translation>Eksportu neizdevās reģistrēt audita žurnālā. Izdzēsiet %1 paši: to nedrīkst nodot tālāk.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="191"/>
        <source>Plate %1</source>
        <translation>Numura zīme %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="193"/>
        <source>Driver: %1</source>
        <translation>Vadītājs: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="198"/>
        <source>Alcohol %1 ‰</source>
        <translation>Alkohols %1 ‰</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="201"/>
        <source>Refused the alcohol test</source>
        <translation>Atteicās no alkohola koncentrācijas pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="204"/>
        <source>Speed %1 km/h (limit %2 km/h)</source>
        <translation>Ātrums %1 km/h (atļauts %2 km/h)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="207"/>
        <source>Speed %1 km/h</source>
        <translation>Ātrums %1 km/h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="210"/>
        <location filename="../../ui/reports/operation_pdf.py" line="246"/>
        <source>Missing: %1</source>
        <translation>Nav uzrādīts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="217"/>
        <source>Species: %1</source>
        <translation>Suga: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="220"/>
        <source>Sight: %1</source>
        <translation>Tēmēklis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="222"/>
        <source>Position: %1</source>
        <translation>Šaušanas vieta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="225"/>
        <source>Driven hunt</source>
        <translation>Dzinējmedības</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="227"/>
        <source>Weapon loaded while moving</source>
        <translation>Pārvietojās ar pielādētu ieroci</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="229"/>
        <source>Weapon not cased in the vehicle</source>
        <translation>Ierocis transportlīdzeklī nebija futrālī</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="231"/>
        <source>Not sober</source>
        <translation>Nebija skaidrā prātā</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="233"/>
        <source>No vest</source>
        <translation>Bez vestes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="235"/>
        <source>Wild boar harvested or wounded</source>
        <translation>Meža cūka nomedīta vai ievainota</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="237"/>
        <source>Boar marker %1</source>
        <translation>Meža cūkas marķējums %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="239"/>
        <source>Hunting sheet: %1</source>
        <translation>Medību lapa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="242"/>
        <source>Safety check: %1</source>
        <translation>Drošības pārbaude: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="253"/>
        <source>Category: %1</source>
        <translation>Kategorija: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="329"/>
        <source>badge %1</source>
        <translation>žetons %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="332"/>
        <source>lead</source>
        <translation>vecākais</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="340"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="353"/>
        <location filename="../../ui/reports/period_pdf.py" line="103"/>
        <source>Moon: %1 % lit (%2)</source>
        <translation>Mēness: apgaismoti %1 % (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="357"/>
        <location filename="../../ui/reports/period_pdf.py" line="101"/>
        <source>Night of %1</source>
        <translation>Nakts no %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="359"/>
        <location filename="../../ui/reports/period_pdf.py" line="104"/>
        <source>Sunset</source>
        <translation>Saulriets</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="360"/>
        <location filename="../../ui/reports/period_pdf.py" line="105"/>
        <source>nautical dusk</source>
        <translation>navigācijas krēslas beigas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="361"/>
        <location filename="../../ui/reports/period_pdf.py" line="106"/>
        <source>Nautical dawn</source>
        <translation>Navigācijas krēslas sākums</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="362"/>
        <location filename="../../ui/reports/period_pdf.py" line="107"/>
        <source>sunrise</source>
        <translation>saullēkts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="374"/>
        <source>Warning:</source>
        <translation>Brīdinājums:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="405"/>
        <source>Operation report</source>
        <translation>Operācijas atskaite</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="416"/>
        <source>total: %1 · with a violation: %2</source>
        <translation>kopā: %1 · ar pārkāpumu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="419"/>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="421"/>
        <source>Actual</source>
        <translation>Faktiski</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="423"/>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="424"/>
        <source>Area</source>
        <translation>Teritorija</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="425"/>
        <source>Position</source>
        <translation>Koordinātas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="426"/>
        <source>Vehicle</source>
        <translation>Transportlīdzeklis</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="427"/>
        <source>Crew</source>
        <translation>Ekipāža</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="428"/>
        <source>Equipment used</source>
        <translation>Izmantotās iekārtas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="429"/>
        <source>Weather</source>
        <translation>Laikapstākļi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="430"/>
        <source>Visibility</source>
        <translation>Redzamība</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="431"/>
        <source>Night</source>
        <translation>Nakts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="432"/>
        <location filename="../../ui/reports/operation_pdf.py" line="443"/>
        <source>Checks</source>
        <translation>Pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="438"/>
        <source>Narrative</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="447"/>
        <location filename="../../ui/reports/operation_pdf.py" line="478"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="448"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="449"/>
        <source>Key facts</source>
        <translation>Galvenie fakti</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="450"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="451"/>
        <source>Rule-pack flags and decisions</source>
        <translation>Noteikumu kopas atzīmes un lēmumi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="452"/>
        <source>Rule pack</source>
        <translation>Noteikumu kopa</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="456"/>
        <source>No checks were logged.</source>
        <translation>Pārbaudes nav reģistrētas.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="459"/>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="462"/>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="463"/>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="464"/>
        <source>SHA-256 (chain-of-custody fingerprint)</source>
        <translation>SHA-256 (pierādījumu glabāšanas ķēdes kontrolsumma)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="472"/>
        <source>No attachments.</source>
        <translation>Pielikumu nav.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="476"/>
        <source>Review comments</source>
        <translation>Pārskatīšanas komentāri</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="479"/>
        <source>Reviewer</source>
        <translation>Pārskatītājs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="480"/>
        <source>Comment</source>
        <translation>Komentārs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="495"/>
        <location filename="../../ui/reports/period_pdf.py" line="110"/>
        <source>Printed by %1 on %2 — purpose: %3</source>
        <translation>Izdrukāja %1 %2 — mērķis: %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="553"/>
        <location filename="../../ui/reports/period_pdf.py" line="111"/>
        <source>Page %1 of %2</source>
        <translation>%1. lapa no %2</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <location filename="../../ui/models/operations.py" line="100"/>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="101"/>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="102"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="103"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="104"/>
        <source>Agency</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="105"/>
        <source>Lead</source>
        <translation>Vecākais</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="106"/>
        <source>Area</source>
        <translation>Teritorija</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="107"/>
        <source>Checks</source>
        <translation>Pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="108"/>
        <source>Violations</source>
        <translation>Pārkāpumi</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="114"/>
        <source>Draft: the crew is still writing it.</source>
        <translation>Melnraksts: ekipāža to vēl raksta.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="115"/>
        <source>Submitted: waiting for a supervisor&apos;s review; locked for the crew.</source>
        <translation>Iesniegts: gaida uzrauga pārskatīšanu; ekipāžai bloķēts.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="117"/>
        <source>Returned by a supervisor for corrections.</source>
        <translation>Uzraugs atgriezis labošanai.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="119"/>
        <source>Approved: final; corrections are recorded as amendments.</source>
        <translation>Apstiprināts: galīgā versija; labojumi tiek reģistrēti kā grozījumi.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="121"/>
        <source>Voided by an approved amendment: kept on record, never counted.</source>
        <translation>Anulēta ar apstiprinātu grozījumu: glabājas reģistrā, netiek skaitīta.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="517"/>
        <source>Checks: %1 · with a violation: %2</source>
        <translation>Pārbaudes: %1 · ar pārkāpumu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="521"/>
        <source>Local time of the agency (%1)</source>
        <translation>Iestādes vietējais laiks (%1)</translation>
    </message>
</context>
<context>
    <name>OperationsView</name>
    <message>
        <location filename="../../ui/views/operations.py" line="194"/>
        <source>Operations</source>
        <translation>Operācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="195"/>
        <source>New operation</source>
        <translation>Jauna operācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="196"/>
        <source>Start a new operation (Ctrl+N)</source>
        <translation>Sākt jaunu operāciju (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="197"/>
        <source>Search number, area, vehicle, narrative… (Ctrl+F)</source>
        <translation>Meklēt pēc numura, teritorijas, transportlīdzekļa, apraksta… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="198"/>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="201"/>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="204"/>
        <source>All agencies</source>
        <translation>Visas iestādes</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Any date</source>
        <translation>Jebkurš datums</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Last night</source>
        <translation>Pagājušā nakts</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>This year</source>
        <translation>Šogad</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>Custom range…</source>
        <translation>Cits periods…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="209"/>
        <source>Operations started since yesterday noon (local time)</source>
        <translation>Operācijas, kas sāktas kopš vakardienas pusdienlaika (vietējais laiks)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="211"/>
        <source>Only mine</source>
        <translation>Tikai manas</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="212"/>
        <source>Operations you were in the crew of</source>
        <translation>Operācijas, kurās bijāt ekipāžā</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="213"/>
        <source>Clear filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="214"/>
        <source>No operations match these filters.</source>
        <translation>Neviena operācija neatbilst šiem filtriem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="335"/>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/operations.py" line="337"/>
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln operācija</numerusform>
            <numerusform>%Ln operācijas</numerusform>
            <numerusform>%Ln operāciju</numerusform>
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
        <translation>Nakts operācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="74"/>
        <source>Checks logged</source>
        <translation>Reģistrētās pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="75"/>
        <source>Equipment items</source>
        <translation>Iekārtu vienības</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="76"/>
        <source>Waiting to be sent</source>
        <translation>Gaida nosūtīšanu</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="96"/>
        <source>%1 with a violation (%2%)</source>
        <translation>%1 ar pārkāpumu (%2%)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="103"/>
        <source>%1 overdue</source>
        <translation>nokavēti: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="106"/>
        <source>%n change(s) recorded on this laptop and not yet sent to the regional server.</source>
        <translation>
            <numerusform>Šajā klēpjdatorā ir reģistrēta %n izmaiņa, kas vēl nav nosūtīta uz reģionālo serveri.</numerusform>
            <numerusform>Šajā klēpjdatorā ir reģistrētas %n izmaiņas, kas vēl nav nosūtītas uz reģionālo serveri.</numerusform>
            <numerusform>Šajā klēpjdatorā ir %n reģistrētu izmaiņu, kas vēl nav nosūtītas uz reģionālo serveri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="14"/>
        <source>Set password</source>
        <translation>Iestatīt paroli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="16"/>
        <source>New password for %1 on this laptop.</source>
        <translation>Jauna parole lietotājam %1 šajā klēpjdatorā.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="24"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="25"/>
        <source>Repeat password</source>
        <translation>Atkārtojiet paroli</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/password.py" line="38"/>
        <location filename="../../ui/dialogs/password.py" line="49"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Vismaz %n rakstzīme.</numerusform>
            <numerusform>Vismaz %n rakstzīmes.</numerusform>
            <numerusform>Vismaz %n rakstzīmju.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="39"/>
        <source>The passwords differ.</source>
        <translation>Paroles nesakrīt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="51"/>
        <source>Type the password again.</source>
        <translation>Ievadiet paroli vēlreiz.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="33"/>
        <source>Preferences</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="37"/>
        <source>Personal</source>
        <translation>Personiskie iestatījumi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="37"/>
        <source>Workspace policy</source>
        <translation>Darbvietas noteikumi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="49"/>
        <source>Only an administrator can change the workspace policy.</source>
        <translation>Darbvietas noteikumus var mainīt tikai administrators.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="69"/>
        <source>Purpose of the disclosure</source>
        <translation>Datu izpaušanas mērķis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="70"/>
        <source>%1 leaves the app. Why? The purpose is recorded in the audit log with your name.</source>
        <translation>%1: dati tiks izvadīti ārpus lietotnes. Kāpēc? Mērķis kopā ar jūsu vārdu tiks reģistrēts audita žurnālā.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="73"/>
        <source>Case file</source>
        <translation>Lietas materiāli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="74"/>
        <source>Court / prosecutor request</source>
        <translation>Tiesas / prokuratūras pieprasījums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="75"/>
        <source>Internal review</source>
        <translation>Iekšējā pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="76"/>
        <source>Project reporting</source>
        <translation>Projekta atskaites</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="77"/>
        <source>Other (describe)</source>
        <translation>Cits (aprakstiet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="81"/>
        <source>Choose a purpose…</source>
        <translation>Izvēlieties mērķi…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="82"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="83"/>
        <source>Details</source>
        <translation>Precizējums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="109"/>
        <source>Required: who asked for it and why</source>
        <translation>Obligāti: kas to pieprasīja un kāpēc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="109"/>
        <source>Optional: case or request number</source>
        <translation>Nav obligāti: lietas vai pieprasījuma numurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="110"/>
        <source>Describe the purpose to continue.</source>
        <translation>Lai turpinātu, aprakstiet mērķi.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="178"/>
        <source>night-vision or thermal sight</source>
        <translation>nakts redzamības vai termālais tēmēklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="186"/>
        <location filename="../../fieldops/services/report_model.py" line="193"/>
        <location filename="../../fieldops/services/report_model.py" line="196"/>
        <source>not recorded</source>
        <translation>nav norādīts</translation>
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
        <translation>virs 1,50 ‰</translation>
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
        <translation>Alkohols virs pieļaujamās robežas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="209"/>
        <source>Alcohol over the criminal threshold</source>
        <translation>Alkohols virs kriminālatbildības sliekšņa</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="210"/>
        <source>Speeding</source>
        <translation>Ātruma pārsniegšana</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="211"/>
        <source>Refused the alcohol test</source>
        <translation>Atteicās no alkohola koncentrācijas pārbaudes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="212"/>
        <source>Driving document missing</source>
        <translation>Nav uzrādīts transportlīdzekļa vadīšanas dokuments</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="213"/>
        <source>Plate format unknown</source>
        <translation>Nezināms numura zīmes formāts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="214"/>
        <source>Night sight on a protected species</source>
        <translation>Nakts tēmēklis neatļautai sugai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="215"/>
        <source>Night sight not from a stand</source>
        <translation>Nakts tēmēklis ne no medību torņa</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="216"/>
        <source>Loaded night-sight weapon while moving</source>
        <translation>Pielādēts ierocis ar nakts tēmēkli pārvietojoties</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="217"/>
        <source>Uncased night-sight weapon in a vehicle</source>
        <translation>Ierocis ar nakts tēmēkli transportlīdzeklī bez futrāļa</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="219"/>
        <source>Hunting document missing</source>
        <translation>Nav uzrādīts medību dokuments</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="220"/>
        <source>Safety check expired</source>
        <translation>Drošības pārbaude novecojusi</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="221"/>
        <source>No hunting sheet</source>
        <translation>Nav medību lapas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="222"/>
        <source>Hunter not sober</source>
        <translation>Mednieks nebija skaidrā prātā</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="223"/>
        <source>Wild boar not registered</source>
        <translation>Meža cūka nav reģistrēta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="224"/>
        <source>No vest in a driven hunt</source>
        <translation>Dzinējmedībās bez vestes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="225"/>
        <source>Outcome without a rule flag</source>
        <translation>Iznākums bez noteikumu atzīmes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="227"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="227"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="97"/>
        <source>Night report</source>
        <translation>Nakts atskaite</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="98"/>
        <source>Period report</source>
        <translation>Perioda atskaite</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="99"/>
        <source>Project indicators (Interreg LV-LT SCAPE II)</source>
        <translation>Projekta rādītāji (Interreg LV-LT SCAPE II)</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="100"/>
        <source>Counting rule: one person or driver stopped is one check, however many offences; a check with a violation counts once. Voided checks are not counted.</source>
        <translation>Skaitīšanas noteikums: viena apturēta persona vai vadītājs ir viena pārbaude neatkarīgi no pārkāpumu skaita; pārbaude ar pārkāpumu tiek skaitīta vienreiz. Anulētās pārbaudes netiek skaitītas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="103"/>
        <source>An operation performed with the project equipment is one that lists at least one project-funded item among the equipment used.</source>
        <translation>Operācija, kas veikta ar projekta iekārtām, ir operācija, kuras izmantoto iekārtu sarakstā ir vismaz viena no projekta finansēta iekārtu vienība.</translation>
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
        <translation>Operācijas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="263"/>
        <source>Officers on duty</source>
        <translation>Amatpersonas dienestā</translation>
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
        <translation>Pārbaudes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="265"/>
        <location filename="../../fieldops/services/reports.py" line="362"/>
        <location filename="../../fieldops/services/reports.py" line="399"/>
        <source>Checks with a violation</source>
        <translation>Pārbaudes ar pārkāpumu</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="266"/>
        <source>Equipment items used</source>
        <translation>Izmantotās iekārtu vienības</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="267"/>
        <location filename="../../fieldops/services/reports.py" line="367"/>
        <location filename="../../fieldops/services/reports.py" line="498"/>
        <source>Operations with project equipment</source>
        <translation>Operācijas ar projekta iekārtām</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="272"/>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="273"/>
        <location filename="../../fieldops/services/reports.py" line="402"/>
        <location filename="../../fieldops/services/reports.py" line="509"/>
        <location filename="../../fieldops/services/reports.py" line="512"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="274"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="275"/>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="276"/>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="277"/>
        <source>Area</source>
        <translation>Teritorija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="278"/>
        <source>Crew</source>
        <translation>Ekipāža</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="279"/>
        <source>Vehicle</source>
        <translation>Transportlīdzeklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="280"/>
        <source>Equipment</source>
        <translation>Iekārtas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="282"/>
        <source>Violations</source>
        <translation>Pārkāpumi</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="284"/>
        <source>Checks and outcomes</source>
        <translation>Pārbaudes un iznākumi</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="285"/>
        <location filename="../../fieldops/services/reports.py" line="293"/>
        <location filename="../../fieldops/services/reports.py" line="303"/>
        <source>Operation</source>
        <translation>Operācija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="286"/>
        <location filename="../../fieldops/services/reports.py" line="294"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="287"/>
        <location filename="../../fieldops/services/reports.py" line="295"/>
        <location filename="../../fieldops/services/reports.py" line="301"/>
        <location filename="../../fieldops/services/reports.py" line="408"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="288"/>
        <source>Subject</source>
        <translation>Pārbaudītais</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="289"/>
        <location filename="../../fieldops/services/reports.py" line="297"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="290"/>
        <source>Violation</source>
        <translation>Pārkāpums</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="292"/>
        <source>Findings</source>
        <translation>Konstatējumi</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="296"/>
        <source>Finding</source>
        <translation>Konstatējums</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="299"/>
        <source>Equipment used</source>
        <translation>Izmantotās iekārtas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="300"/>
        <location filename="../../fieldops/services/reports.py" line="655"/>
        <location filename="../../fieldops/services/reports.py" line="663"/>
        <source>Asset tag</source>
        <translation>Inventāra numurs</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="302"/>
        <source>Make and model</source>
        <translation>Ražotājs un modelis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="304"/>
        <location filename="../../fieldops/services/reports.py" line="652"/>
        <source>Hours</source>
        <translation>Stundas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="305"/>
        <source>Project-funded</source>
        <translation>Finansēts no projekta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="311"/>
        <source>Checks by outcome</source>
        <translation>Pārbaudes pēc iznākuma</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="314"/>
        <location filename="../../fieldops/services/reports.py" line="320"/>
        <location filename="../../fieldops/services/reports.py" line="452"/>
        <location filename="../../fieldops/services/reports.py" line="457"/>
        <location filename="../../fieldops/services/reports.py" line="679"/>
        <source>checks</source>
        <translation>pārbaudes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="315"/>
        <location filename="../../fieldops/services/reports.py" line="447"/>
        <source>Checks by kind</source>
        <translation>Pārbaudes pēc veida</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="318"/>
        <location filename="../../fieldops/services/reports.py" line="411"/>
        <location filename="../../fieldops/services/reports.py" line="450"/>
        <source>With a violation</source>
        <translation>Ar pārkāpumu</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="360"/>
        <source>Nights with operations</source>
        <translation>Naktis ar operācijām</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="363"/>
        <source>Share of checks with a violation</source>
        <translation>Pārbaužu ar pārkāpumu īpatsvars</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="365"/>
        <source>Traffic checks</source>
        <translation>Satiksmes pārbaudes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="366"/>
        <source>Hunter checks</source>
        <translation>Mednieku pārbaudes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="368"/>
        <source>Equipment hours</source>
        <translation>Iekārtu stundas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="369"/>
        <source>Equipment overdue now</source>
        <translation>Iekārtas, kas šobrīd nav nodotas laikā</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="370"/>
        <source>Equipment in maintenance now</source>
        <translation>Iekārtas, kas šobrīd ir apkopē</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="392"/>
        <source>Operations by week</source>
        <translation>Operācijas pa nedēļām</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="393"/>
        <source>Operations by night</source>
        <translation>Operācijas pa naktīm</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="394"/>
        <source>Week from</source>
        <translation>Nedēļa no</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="394"/>
        <source>Night</source>
        <translation>Nakts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="396"/>
        <source>Moon lit</source>
        <translation>Mēness apgaismotā daļa</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="401"/>
        <source>Operations by type</source>
        <translation>Operācijas pēc veida</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="404"/>
        <location filename="../../fieldops/services/reports.py" line="412"/>
        <location filename="../../fieldops/services/reports.py" line="427"/>
        <location filename="../../fieldops/services/reports.py" line="504"/>
        <source>Share</source>
        <translation>Īpatsvars</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="407"/>
        <source>Checks by kind and category</source>
        <translation>Pārbaudes pēc veida un kategorijas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="409"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="415"/>
        <source>Violations by rule</source>
        <translation>Pārkāpumi pēc noteikuma</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="416"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="417"/>
        <source>Rule</source>
        <translation>Noteikums</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="421"/>
        <source>Confirmed violation flags of the rule packs; a check with several offences counts once under each rule it broke.</source>
        <translation>Apstiprinātās noteikumu kopu pārkāpumu atzīmes; pārbaude ar vairākiem pārkāpumiem tiek skaitīta vienreiz pie katra pārkāptā noteikuma.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="424"/>
        <location filename="../../fieldops/services/reports.py" line="454"/>
        <source>Breath alcohol of traffic checks</source>
        <translation>Alkohola koncentrācija izelpā satiksmes pārbaudēs</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="425"/>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="429"/>
        <source>The counted test: the first one in Latvia, the lower of two in Lithuania. Checks without a recorded value are not listed.</source>
        <translation>Vērā ņemtais mērījums: Latvijā – pirmais, Lietuvā – mazākais no diviem. Pārbaudes bez reģistrētas vērtības nav iekļautas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="431"/>
        <source>Hunter checks by species and sight</source>
        <translation>Mednieku pārbaudes pēc sugas un tēmēkļa</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="432"/>
        <source>Species</source>
        <translation>Suga</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="433"/>
        <source>Sight</source>
        <translation>Tēmēklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="441"/>
        <source>Operations per week</source>
        <translation>Operācijas nedēļā</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="442"/>
        <source>Operations per night</source>
        <translation>Operācijas naktī</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="446"/>
        <location filename="../../fieldops/services/reports.py" line="532"/>
        <location filename="../../fieldops/services/reports.py" line="537"/>
        <source>operations</source>
        <translation>operācijas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="499"/>
        <source>Share with project equipment</source>
        <translation>Īpatsvars ar projekta iekārtām</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="500"/>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="503"/>
        <location filename="../../fieldops/services/reports.py" line="528"/>
        <source>With project equipment</source>
        <translation>Ar projekta iekārtām</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="506"/>
        <source>By partner</source>
        <translation>Pa partneriem</translation>
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
        <translation>Pēc operācijas veida</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="510"/>
        <source>By partner and type</source>
        <translation>Pa partneriem un veidiem</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="522"/>
        <source>By month</source>
        <translation>Pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="73"/>
        <location filename="../../fieldops/services/reports.py" line="523"/>
        <source>First night</source>
        <translation>Pirmā nakts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="74"/>
        <location filename="../../fieldops/services/reports.py" line="524"/>
        <source>Last night</source>
        <translation>Pēdējā nakts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="526"/>
        <source>Operations by partner</source>
        <translation>Operācijas pa partneriem</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="530"/>
        <source>Without project equipment</source>
        <translation>Bez projekta iekārtām</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="533"/>
        <source>Operations with project equipment by type</source>
        <translation>Operācijas ar projekta iekārtām pēc veida</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="72"/>
        <location filename="../../fieldops/services/report_files.py" line="83"/>
        <source>Report</source>
        <translation>Atskaite</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="75"/>
        <source>Agencies</source>
        <translation>Iestādes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="76"/>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="79"/>
        <source>Operation types</source>
        <translation>Operāciju veidi</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="82"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="84"/>
        <source>Item</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="85"/>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="660"/>
        <source>Hours the item was used in the operations of the period, by the ISO week (from Monday) of the night.</source>
        <translation>Stundas, kuras iekārta izmantota perioda operācijās, pa nakts ISO nedēļām (no pirmdienas).</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="664"/>
        <source>Weeks used</source>
        <translation>Izmantošanas nedēļas</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="666"/>
        <source>Hours the item was used in the operations of the period.</source>
        <translation>Stundas, kuras iekārta izmantota perioda operācijās.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="667"/>
        <source>Equipment use</source>
        <translation>Iekārtu izmantošana</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="676"/>
        <source>Most frequent violations</source>
        <translation>Biežākie pārkāpumi</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="102"/>
        <source>Nights %1 – %2</source>
        <translation>Naktis %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="108"/>
        <source>Nothing to show for this period.</source>
        <translation>Šim periodam nav ko rādīt.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="109"/>
        <source>No data</source>
        <translation>Nav datu</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="171"/>
        <source>Reports</source>
        <translation>Atskaites</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="172"/>
        <source>A report leaves the app as a file: you will be asked for its purpose, which is recorded in the audit log with your name.</source>
        <translation>Atskaite tiek izvadīta ārpus lietotnes kā fails: jums tiks jautāts tās mērķis, kas kopā ar jūsu vārdu tiks reģistrēts audita žurnālā.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="174"/>
        <source>Night report (one shift)</source>
        <translation>Nakts atskaite (viena maiņa)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="174"/>
        <source>Period report</source>
        <translation>Perioda atskaite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="175"/>
        <source>Project indicators (SCAPE II)</source>
        <translation>Projekta rādītāji (SCAPE II)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Week</source>
        <translation>Nedēļa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="179"/>
        <source>Custom nights</source>
        <translation>Izvēlētas naktis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="182"/>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="185"/>
        <source>&amp;Report</source>
        <translation>&amp;Atskaite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="185"/>
        <source>&amp;Agency</source>
        <translation>&amp;Iestāde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="186"/>
        <source>&amp;Night of</source>
        <translation>&amp;Nakts no</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="186"/>
        <source>&amp;Period</source>
        <translation>&amp;Periods</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="187"/>
        <source>&amp;Within</source>
        <translation>I&amp;etver datumu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="187"/>
        <source>F&amp;irst night</source>
        <translation>Pi&amp;rmā nakts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="188"/>
        <source>Operation &amp;type</source>
        <translation>Operācijas &amp;veids</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="188"/>
        <source>La&amp;st night</source>
        <translation>Pēdē&amp;jā nakts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="189"/>
        <source>&amp;Language</source>
        <translation>Va&amp;loda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="189"/>
        <source>&amp;Format</source>
        <translation>&amp;Formāts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="191"/>
        <source>&amp;Create…</source>
        <translation>I&amp;zveidot…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="214"/>
        <source>All partners</source>
        <translation>Visi partneri</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="262"/>
        <source>Night of %1</source>
        <translation>Nakts no %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="264"/>
        <source>Nights %1 – %2</source>
        <translation>Naktis %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="268"/>
        <source>The last night is before the first one.</source>
        <translation>Pēdējā nakts ir pirms pirmās.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="281"/>
        <source>The %1 (%2) as a %3 file</source>
        <translation>%3 fails: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="291"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="292"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel darbgrāmatas (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="293"/>
        <source>Save the report</source>
        <translation>Saglabāt atskaiti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="312"/>
        <source>Creating the report…</source>
        <translation>Tiek veidota atskaite…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="352"/>
        <location filename="../../ui/dialogs/reports.py" line="357"/>
        <source>Report saved: %1</source>
        <translation>Atskaite saglabāta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="366"/>
        <source>The report could not be saved to %1: %2. Nothing was recorded.</source>
        <translation>Atskaiti nevarēja saglabāt kā %1: %2. Nekas netika reģistrēts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="387"/>
        <source>The report could not be recorded in the audit log, so the file was deleted.</source>
        <translation>Atskaiti neizdevās reģistrēt audita žurnālā, tāpēc fails tika dzēsts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="389"/>
        <source>The report could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</source>
        <translation>Atskaiti neizdevās reģistrēt audita žurnālā. Izdzēsiet %1 paši: to nedrīkst nodot tālāk.</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="35"/>
        <source>Reserve equipment</source>
        <translation>Rezervēt iekārtu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="46"/>
        <source>Planned operation, crew, place</source>
        <translation>Plānotā operācija, ekipāža, vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="48"/>
        <source>&amp;Item</source>
        <translation>&amp;Vienība</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="49"/>
        <source>&amp;From</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="50"/>
        <source>&amp;To</source>
        <translation>&amp;Līdz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="51"/>
        <source>&amp;For</source>
        <translation>&amp;Mērķis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="56"/>
        <source>Reserve despite the conflicts</source>
        <translation>Rezervēt, lai gan ir konflikti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="59"/>
        <source>A kit is reserved by reserving its main device; accessories go with it.</source>
        <translation>Komplektu rezervē, rezervējot tā galveno ierīci; piederumi tiek rezervēti kopā ar to.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="99"/>
        <source>Choose the start and the end.</source>
        <translation>Izvēlieties sākumu un beigas.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="51"/>
        <source>Return from %1</source>
        <translation>Nodošana: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="54"/>
        <source>Scan or tick what came back. Items of the same kit that did not come back are marked missing and stay open as incidents.</source>
        <translation>Skenējiet vai atzīmējiet nodotās vienības. Tā paša komplekta vienības, kas netika nodotas, tiek atzīmētas kā trūkstošas un paliek atvērtas kā incidenti.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="60"/>
        <source>Scan returned items here</source>
        <translation>Šeit skenējiet nodotās vienības</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Tag</source>
        <translation>Inventāra Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Make and model</source>
        <translation>Ražotājs un modelis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Due back</source>
        <translation>Jānodod līdz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Back?</source>
        <translation>Nodots?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Battery</source>
        <translation>Uzlāde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="80"/>
        <source>Returned</source>
        <translation>Nodots</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="81"/>
        <source>Missing</source>
        <translation>Trūkst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="82"/>
        <source>Stays out</source>
        <translation>Paliek izsniegts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="102"/>
        <source>What is damaged, how it happened (required for damaged items)</source>
        <translation>Kas ir bojāts un kā tas notika (obligāti bojātām vienībām)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="105"/>
        <source>&amp;Damage</source>
        <translation>&amp;Bojājumi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="109"/>
        <source>Add &amp;photo…</source>
        <translation>Pievienot &amp;foto…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="115"/>
        <source>Photos</source>
        <translation>Fotoattēli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="117"/>
        <source>No&amp;tes</source>
        <translation>Pie&amp;zīmes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="118"/>
        <source>The holder is not present (return not acknowledged)</source>
        <translation>Turētājs nav klāt (nodošana nav apstiprināta)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="121"/>
        <source>PIN or password, typed by %1</source>
        <translation>PIN vai parole, ko ievada %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="123"/>
        <source>Holder&apos;s &amp;PIN</source>
        <translation>Turētāja &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="127"/>
        <source>Record return</source>
        <translation>Reģistrēt nodošanu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="151"/>
        <source>%1 is not among this holder&apos;s items.</source>
        <translation>%1 nav starp šim turētājam izsniegtajām vienībām.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="155"/>
        <source>Photos of the damage</source>
        <translation>Bojājumu fotoattēli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="156"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</source>
        <translation>Attēli (*.jpg *.jpeg *.png *.webp *.heic);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="184"/>
        <source>Mark at least one item as returned or missing.</source>
        <translation>Atzīmējiet vismaz vienu vienību kā nodotu vai trūkstošu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="188"/>
        <source>The holder types their PIN, or tick that they are not present.</source>
        <translation>Turētājam jāievada savs PIN, vai atzīmējiet, ka turētājs nav klāt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_return.py" line="201"/>
        <source>Returned %n item(s).</source>
        <translation>
            <numerusform>Nodota %n vienība.</numerusform>
            <numerusform>Nodotas %n vienības.</numerusform>
            <numerusform>Nodots %n vienību.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_return.py" line="203"/>
        <source>%n missing: incident opened.</source>
        <translation>
            <numerusform>Trūkst %n vienības: atvērts incidents.</numerusform>
            <numerusform>Trūkst %n vienību: atvērti incidenti.</numerusform>
            <numerusform>Trūkst %n vienību: atvērti incidenti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="62"/>
        <source>Return %1 for correction</source>
        <translation>Atgriezt operāciju %1 labošanai</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="67"/>
        <source>What should the crew correct or add?</source>
        <translation>Kas ekipāžai jālabo vai jāpapildina?</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="70"/>
        <source>&amp;Comment</source>
        <translation>&amp;Komentārs</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="75"/>
        <source>A comment on this field, then Enter</source>
        <translation>Komentārs par šo lauku, pēc tam Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="80"/>
        <source>On a &amp;field</source>
        <translation>Par &amp;lauku</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="88"/>
        <source>Return (Ctrl+Enter)</source>
        <translation>Atgriezt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="114"/>
        <source>Write what should be corrected (overall or on a field).</source>
        <translation>Uzrakstiet, kas jālabo (kopumā vai par konkrētu lauku).</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/views/review.py" line="220"/>
        <source>Review</source>
        <translation>Pārskatīšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="221"/>
        <source>Filter by number, place or lead officer</source>
        <translation>Filtrēt pēc numura, vietas vai ekipāžas vecākā</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="225"/>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="230"/>
        <source>&amp;Approve (Ctrl+Enter)</source>
        <translation>&amp;Apstiprināt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="231"/>
        <source>Versi&amp;on history…</source>
        <translation>Versi&amp;ju vēsture…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="232"/>
        <source>R&amp;eturn… (Ctrl+R)</source>
        <translation>A&amp;tgriezt… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="234"/>
        <source>Rule flags</source>
        <translation>Noteikumu atzīmes</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="234"/>
        <source>Details</source>
        <translation>Informācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="235"/>
        <source>Each flag with the crew&apos;s decision: confirmed, or overridden with a reason</source>
        <translation>Katra atzīme ar ekipāžas lēmumu: apstiprināta vai noraidīta, norādot iemeslu</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Item</source>
        <translation>Vienība</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Hours</source>
        <translation>Stundas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Custody</source>
        <translation>Izsniegšana/nodošana</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="238"/>
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="273"/>
        <source>%1 · correction of an approved log</source>
        <translation>%1 · apstiprināta žurnāla labojums</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="274"/>
        <source>%1 · void of an approved log</source>
        <translation>%1 · apstiprināta žurnāla anulēšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="276"/>
        <source>submitted %1</source>
        <translation>iesniegta %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="277"/>
        <source>%n check(s), %1 with a violation</source>
        <translation>
            <numerusform>pārbaudes: %n, ar pārkāpumu: %1</numerusform>
            <numerusform>pārbaudes: %n, ar pārkāpumu: %1</numerusform>
            <numerusform>pārbaudes: %n, ar pārkāpumu: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="280"/>
        <source>returned %n time(s) before</source>
        <translation>
            <numerusform>iepriekš atgriezta labošanai %n reizi</numerusform>
            <numerusform>iepriekš atgriezta labošanai %n reizes</numerusform>
            <numerusform>iepriekš atgriezta labošanai %n reižu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="282"/>
        <source>you took part, or another agency decides</source>
        <translation>jūs piedalījāties vai lēmumu pieņem cita iestāde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="289"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n gaida</numerusform>
            <numerusform>%n gaida</numerusform>
            <numerusform>%n gaida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="355"/>
        <location filename="../../ui/views/review.py" line="357"/>
        <source>Nothing waiting for review.</source>
        <translation>Pārskatīšanu negaida neviena operācija.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="362"/>
        <source>Correction of %1 (approved)</source>
        <translation>%1 labojums (apstiprināta)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="363"/>
        <source>Void of %1 (approved)</source>
        <translation>%1 anulēšana (apstiprināta)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="368"/>
        <source>Crew: %1</source>
        <translation>Ekipāža: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="368"/>
        <source>Time: %1</source>
        <translation>Laiks: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="369"/>
        <source>Place: %1</source>
        <translation>Vieta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="369"/>
        <source>Vehicle: %1</source>
        <translation>Transportlīdzeklis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="380"/>
        <source>Changed since the last review</source>
        <translation>Mainīts kopš pēdējās pārskatīšanas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <source>added</source>
        <translation>pievienota</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <source>changed</source>
        <translation>mainīta</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <location filename="../../ui/views/review.py" line="423"/>
        <source>voided</source>
        <translation>anulēta</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="385"/>
        <source>Check %1: %2</source>
        <translation>Pārbaude %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="397"/>
        <source>Proposed by %1 on %2</source>
        <translation>Ierosināja %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="398"/>
        <source>Reason: %1</source>
        <translation>Iemesls: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="400"/>
        <source>The operation would be voided: kept on record, never counted.</source>
        <translation>Operācija tiktu anulēta: paliktu reģistrā, bet netiktu skaitīta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="416"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n pārbaude</numerusform>
            <numerusform>%n pārbaudes</numerusform>
            <numerusform>%n pārbaužu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="431"/>
        <location filename="../../ui/views/review.py" line="544"/>
        <source>Equipment used</source>
        <translation>Izmantotās iekārtas</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="446"/>
        <source>Earlier decisions</source>
        <translation>Iepriekšējie lēmumi</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="449"/>
        <source>approved</source>
        <translation>apstiprināta</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="449"/>
        <source>returned</source>
        <translation>atgriezta labošanai</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="465"/>
        <source>Amendment of %1 approved.</source>
        <translation>%1 grozījums apstiprināts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="469"/>
        <source>%1 approved.</source>
        <translation>Operācija %1 apstiprināta.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="496"/>
        <source>Amendment of %1 returned to its author.</source>
        <translation>%1 grozījums atgriezts autoram.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="500"/>
        <source>%1 returned to the crew.</source>
        <translation>Operācija %1 atgriezta ekipāžai labošanai.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="543"/>
        <source>Crew</source>
        <translation>Ekipāža</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="545"/>
        <source>Checks</source>
        <translation>Pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="546"/>
        <source>Lead officer</source>
        <translation>Ekipāžas vecākais</translation>
    </message>
</context>
<context>
    <name>ServerLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="51"/>
        <source>Connect this laptop</source>
        <translation>Pievienot šo klēpjdatoru</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="54"/>
        <source>An administrator creates a one-time enrollment code on the regional server (fieldops server enroll-code). With it this laptop sends and receives records.</source>
        <translation>Administrators reģionālajā serverī izveido vienreizēju reģistrācijas kodu (fieldops server enroll-code). Ar to šis klēpjdators var nosūtīt un saņemt ierakstus.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="64"/>
        <source>Server address</source>
        <translation>Servera adrese</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="64"/>
        <source>Enrollment code</source>
        <translation>Reģistrācijas kods</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="65"/>
        <source>Laptop name</source>
        <translation>Klēpjdatora nosaukums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="66"/>
        <source>Your server password</source>
        <translation>Jūsu servera parole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="71"/>
        <source>Optional: with your server password, %1 is signed in to the server at once, so users created here also get their server accounts.</source>
        <translation>Nav obligāti: ja norādīsiet savu servera paroli, lietotājs %1 uzreiz tiks pieteikts serverī, un šeit izveidotie lietotāji saņems arī servera kontus.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="82"/>
        <source>Connect</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="99"/>
        <source>This field is required.</source>
        <translation>Šis lauks ir obligāts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="104"/>
        <source>Connecting…</source>
        <translation>Pievieno…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="128"/>
        <source>This code was used already. Ask for a new one.</source>
        <translation>Šis kods jau ir izmantots. Palūdziet jaunu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="130"/>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Šī koda derīguma termiņš ir beidzies. Palūdziet jaunu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="131"/>
        <source>The server does not know this code. Check it, or ask for a new one.</source>
        <translation>Serverim šis kods nav zināms. Pārbaudiet to vai palūdziet jaunu.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="394"/>
        <source>The regional server did not accept your password (it may have been changed there). Sign in again while connected, or ask an administrator.</source>
        <translation>Reģionālais serveris nepieņēma jūsu paroli (iespējams, tā tur ir mainīta). Piesakieties vēlreiz, kad ir savienojums, vai vērsieties pie administratora.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="436"/>
        <source>This laptop&apos;s enrollment was revoked by an administrator: it no longer syncs with the regional server. Nothing recorded here was deleted; ask an administrator to enroll the laptop again.</source>
        <translation>Administrators ir atsaucis šī klēpjdatora reģistrāciju: tas vairs netiek sinhronizēts ar reģionālo serveri. Nekas no šeit reģistrētā nav izdzēsts; palūdziet administratoram reģistrēt klēpjdatoru no jauna.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/views/sync.py" line="41"/>
        <source>Operation</source>
        <translation>Operācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="42"/>
        <source>Check</source>
        <translation>Pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="43"/>
        <source>Review decision</source>
        <translation>Pārskatīšanas lēmums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="44"/>
        <source>Equipment item</source>
        <translation>Iekārtu vienība</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="45"/>
        <source>Kit</source>
        <translation>Komplekts</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="46"/>
        <source>Equipment hand-over</source>
        <translation>Iekārtu izsniegšana vai nodošana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="47"/>
        <source>Equipment incident</source>
        <translation>Iekārtu incidents</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="48"/>
        <source>Equipment reservation</source>
        <translation>Iekārtu rezervācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="49"/>
        <source>Equipment sharing rule</source>
        <translation>Iekārtu koplietošanas noteikums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="50"/>
        <source>User</source>
        <translation>Lietotājs</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="51"/>
        <source>Photo or file</source>
        <translation>Fotoattēls vai fails</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="52"/>
        <source>Amendment</source>
        <translation>Grozījums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="59"/>
        <source>new</source>
        <translation>izveide</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="60"/>
        <source>changed</source>
        <translation>labošana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="61"/>
        <source>submitted</source>
        <translation>iesniegšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="62"/>
        <source>voided</source>
        <translation>anulēšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="63"/>
        <source>approved</source>
        <translation>apstiprināšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="64"/>
        <source>returned for correction</source>
        <translation>atgriešana labošanai</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="65"/>
        <source>cancelled</source>
        <translation>atcelšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="66"/>
        <source>resolved</source>
        <translation>atrisināšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="67"/>
        <source>set</source>
        <translation>iestatīšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="68"/>
        <source>desk PIN set</source>
        <translation>izsniegšanas PIN iestatīšana</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="80"/>
        <source>The operation was submitted meanwhile: your change was not applied; it is kept here.</source>
        <translation>Operācija pa to laiku tika iesniegta: jūsu izmaiņa netika piemērota; tā tiek glabāta šeit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="83"/>
        <source>The operation is approved: your change was not applied. It is kept here and as a draft amendment in the operation: complete it with a reason to send it for review.</source>
        <translation>Operācija ir apstiprināta: jūsu izmaiņas netika piemērotas. Tās saglabātas šeit un kā grozījuma melnraksts operācijā: papildiniet to ar pamatojumu, lai nosūtītu pārskatīšanai.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="87"/>
        <source>Your role or agency may not make this change: it was not applied.</source>
        <translation>Jūsu loma vai iestāde neļauj veikt šo izmaiņu: tā netika piemērota.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="91"/>
        <source>The server refused the change as invalid: %1</source>
        <translation>Serveris atteica izmaiņu kā nederīgu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="92"/>
        <source>no reason given</source>
        <translation>iemesls nav norādīts</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="93"/>
        <source>Refused by the server.</source>
        <translation>Serveris to atteica.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="98"/>
        <source>Narrative</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="99"/>
        <source>Area</source>
        <translation>Teritorija</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="100"/>
        <source>Vehicle</source>
        <translation>Transportlīdzeklis</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="101"/>
        <source>Weather</source>
        <translation>Laikapstākļi</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="102"/>
        <source>Visibility</source>
        <translation>Redzamība</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="103"/>
        <source>Planned start</source>
        <translation>Plānotais sākums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="104"/>
        <source>Planned end</source>
        <translation>Plānotās beigas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="105"/>
        <source>Actual start</source>
        <translation>Faktiskais sākums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="106"/>
        <source>Actual end</source>
        <translation>Faktiskās beigas</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="107"/>
        <source>Latitude</source>
        <translation>Platums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="108"/>
        <source>Longitude</source>
        <translation>Garums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="109"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Lead officer</source>
        <translation>Ekipāžas vecākais</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="111"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="112"/>
        <source>Check details</source>
        <translation>Pārbaudes dati</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="113"/>
        <source>Location</source>
        <translation>Glabāšanas vieta</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="114"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="115"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="296"/>
        <source>Sync with the regional server</source>
        <translation>Sinhronizācija ar reģionālo serveri</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="297"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="298"/>
        <source>Send the waiting changes and fetch the others&apos; (Ctrl+Shift+Y)</source>
        <translation>Nosūtīt gaidošās izmaiņas un saņemt citu izmaiņas (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="299"/>
        <source>Dismiss</source>
        <translation>Noņemt no saraksta</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="300"/>
        <source>Keep the server&apos;s</source>
        <translation>Paturēt servera vērtību</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="301"/>
        <source>Use mine</source>
        <translation>Izmantot manu vērtību</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="302"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>Recorded</source>
        <translation>Reģistrēts</translation>
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
        <translation>Ieraksts</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>By</source>
        <translation>Autors</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="307"/>
        <source>Why, and what became of it</source>
        <translation>Kāpēc un kas ar to notika</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Server&apos;s value</source>
        <translation>Servera vērtība</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>This laptop&apos;s value</source>
        <translation>Šī klēpjdatora vērtība</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="323"/>
        <source>This laptop is not connected to a regional server. Changes are kept here until an administrator enrolls it.</source>
        <translation>Šis klēpjdators nav pievienots reģionālajam serverim. Izmaiņas tiek glabātas šeit, līdz administrators to reģistrēs.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="325"/>
        <source>The server cannot be reached. Changes are kept here and sent as soon as it answers again.</source>
        <translation>Serveris nav sasniedzams. Izmaiņas tiek glabātas šeit un tiks nosūtītas, tiklīdz tas atkal atbildēs.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="327"/>
        <source>Syncing…</source>
        <translation>Sinhronizē…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="328"/>
        <source>Synced at %1.</source>
        <translation>Sinhronizēts plkst. %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="330"/>
        <source>The last sync failed: %1</source>
        <translation>Pēdējā sinhronizācija neizdevās: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="333"/>
        <source>Server: %1</source>
        <translation>Serveris: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="341"/>
        <source>Waiting to be sent (%1)</source>
        <translation>Gaida nosūtīšanu (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="342"/>
        <source>Refused by the server (%1)</source>
        <translation>Servera atteiktās (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="345"/>
        <source>Changes recorded on this laptop that the server has not received yet. They are sent at the next sync.</source>
        <translation>Šajā klēpjdatorā reģistrētās izmaiņas, kuras serveris vēl nav saņēmis. Tās tiks nosūtītas nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="347"/>
        <source>Nothing is waiting: every change recorded here has been sent.</source>
        <translation>Nekas negaida nosūtīšanu: visas šeit reģistrētās izmaiņas ir nosūtītas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="349"/>
        <source>The oldest %1 are listed.</source>
        <translation>Parādītas %1 vecākās izmaiņas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="351"/>
        <source>%n of them were made by other people: they are sent when those people sync.</source>
        <translation>
            <numerusform>%n no tām ir veikuši citi lietotāji: tā tiks nosūtīta, kad šie lietotāji veiks sinhronizāciju.</numerusform>
            <numerusform>%n no tām ir veikuši citi lietotāji: tās tiks nosūtītas, kad šie lietotāji veiks sinhronizāciju.</numerusform>
            <numerusform>%n no tām ir veikuši citi lietotāji: tās tiks nosūtītas, kad šie lietotāji veiks sinhronizāciju.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="360"/>
        <source>The server did not apply these changes. Read why, then dismiss them; nothing is removed without you.</source>
        <translation>Serveris šīs izmaiņas nepiemēroja. Izlasiet iemeslu un pēc tam noņemiet tās no saraksta; bez jums nekas netiek noņemts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="362"/>
        <source>The server has refused none of this laptop&apos;s changes.</source>
        <translation>Serveris nav atteicis nevienu šī klēpjdatora izmaiņu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="378"/>
        <source>Conflicts to resolve (%1)</source>
        <translation>Atrisināmie konflikti (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="382"/>
        <source>Conflicts are resolved on the server: this needs a connection to it.</source>
        <translation>Konflikti tiek atrisināti serverī: tam nepieciešams savienojums ar to.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="384"/>
        <source>%n change(s) of this laptop met a conflict.</source>
        <translation>
            <numerusform>%n šī klēpjdatora izmaiņa nonāca konfliktā.</numerusform>
            <numerusform>%n šī klēpjdatora izmaiņas nonāca konfliktā.</numerusform>
            <numerusform>%n šī klēpjdatora izmaiņu nonāca konfliktā.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="386"/>
        <source>The conflicts could not be loaded: %1</source>
        <translation>Konfliktus neizdevās ielādēt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="388"/>
        <source>Loading the conflicts from the server…</source>
        <translation>Ielādē konfliktus no servera…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="390"/>
        <source>The same field was changed in two places. Choose the value to keep: the server&apos;s, this laptop&apos;s, or an edited one.</source>
        <translation>Viens un tas pats lauks ir mainīts divās vietās. Izvēlieties, kuru vērtību paturēt: servera, šī klēpjdatora vai laboto.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="393"/>
        <source>There are no conflicts to resolve.</source>
        <translation>Nav atrisināmu konfliktu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="416"/>
        <source>I have read it: remove it from this list (it stays in the log)</source>
        <translation>Izlasīts: noņemt no šī saraksta (žurnālā tas saglabājas)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="417"/>
        <source>Only the person who made this change can dismiss it.</source>
        <translation>Noņemt šo izmaiņu no saraksta var tikai tā persona, kas to veica.</translation>
    </message>
</context>
<context>
    <name>TonightView</name>
    <message>
        <location filename="../../ui/views/tonight.py" line="104"/>
        <source>Tonight</source>
        <translation>Šonakt</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="105"/>
        <source>My operation</source>
        <translation>Mana operācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="106"/>
        <source>Equipment I hold</source>
        <translation>Man izsniegtās iekārtas</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="107"/>
        <source>+ Traffic check</source>
        <translation>+ Satiksmes pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="109"/>
        <source>+ Hunter check</source>
        <translation>+ Mednieka pārbaude</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="111"/>
        <source>+ Other</source>
        <translation>+ Cita</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="129"/>
        <source>No open operation</source>
        <translation>Nav atvērtas operācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="130"/>
        <source>Start tonight&apos;s operation to log checks (Ctrl+N).</source>
        <translation>Sāciet šīs nakts operāciju, lai reģistrētu pārbaudes (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="131"/>
        <source>Start an operation</source>
        <translation>Sākt operāciju</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tonight.py" line="136"/>
        <source>%1 · %2 · started %3 · %n check(s)</source>
        <translation>
            <numerusform>%1 · %2 · sākta %3 · %n pārbaude</numerusform>
            <numerusform>%1 · %2 · sākta %3 · %n pārbaudes</numerusform>
            <numerusform>%1 · %2 · sākta %3 · %n pārbaužu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="139"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="145"/>
        <source>due back %1</source>
        <translation>jānodod līdz %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="147"/>
        <source>OVERDUE – return it</source>
        <translation>NOKAVĒTS – nododiet to</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="151"/>
        <source>You hold no equipment.</source>
        <translation>Jums nav izsniegtu iekārtu.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="35"/>
        <source>Edit user</source>
        <translation>Labot lietotāju</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="35"/>
        <source>New user</source>
        <translation>Jauns lietotājs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="50"/>
        <source>Roles</source>
        <translation>Lomas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="59"/>
        <source>Full name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="59"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="60"/>
        <source>Badge no.</source>
        <translation>Žetona Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="60"/>
        <source>Agency</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="68"/>
        <source>Login on this laptop (optional)</source>
        <translation>Pieteikšanās šajā klēpjdatorā (nav obligāta)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="71"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="72"/>
        <source>Without a password the person exists in the workspace but cannot sign in on this laptop.</source>
        <translation>Bez paroles persona ir reģistrēta darbvietā, bet nevar pieteikties šajā klēpjdatorā.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/user_edit.py" line="87"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Vismaz %n rakstzīme.</numerusform>
            <numerusform>Vismaz %n rakstzīmes.</numerusform>
            <numerusform>Vismaz %n rakstzīmju.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/models/users.py" line="30"/>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="31"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="32"/>
        <source>Badge no.</source>
        <translation>Žetona Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="33"/>
        <source>Agency</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="34"/>
        <source>Roles</source>
        <translation>Lomas</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="35"/>
        <source>Login on this laptop</source>
        <translation>Pieteikšanās šajā klēpjdatorā</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="36"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="94"/>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="96"/>
        <source>Active</source>
        <translation>Aktīvs</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="97"/>
        <source>Deactivated</source>
        <translation>Deaktivizēts</translation>
    </message>
</context>
<context>
    <name>VersionChain</name>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="60"/>
        <source>Check %1 voided: %2</source>
        <translation>Pārbaude %1 anulēta: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="66"/>
        <source>Correction</source>
        <translation>Labojums</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="67"/>
        <source>Void</source>
        <translation>Anulēšana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="73"/>
        <source>Created</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="74"/>
        <source>Submitted for review</source>
        <translation>Iesniegta pārskatīšanai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="75"/>
        <source>Returned for correction</source>
        <translation>Atgriezta labošanai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="76"/>
        <source>Approved</source>
        <translation>Apstiprināta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="77"/>
        <source>Amendment proposed (%1)</source>
        <translation>Ierosināts grozījums (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="78"/>
        <source>Amendment returned (%1)</source>
        <translation>Grozījums atgriezts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="79"/>
        <source>Amendment submitted again (%1)</source>
        <translation>Grozījums iesniegts atkārtoti (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="80"/>
        <source>Amendment approved (%1)</source>
        <translation>Grozījums apstiprināts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="81"/>
        <source>Amendment withdrawn (%1)</source>
        <translation>Grozījums atsaukts (%1)</translation>
    </message>
</context>
<context>
    <name>VersionChainDialog</name>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="100"/>
        <source>Version history of %1</source>
        <translation>%1 versiju vēsture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="103"/>
        <source>Each approval locks what the supervisor saw under a content hash. Corrections and voids after approval are amendments with their own review; an approved correction makes the next version.</source>
        <translation>Katrs apstiprinājums nofiksē vadītāja redzēto ar satura jaucējkodu. Labojumi un anulēšana pēc apstiprināšanas ir grozījumi ar savu pārskatīšanu; apstiprināts labojums veido nākamo versiju.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>Step</source>
        <translation>Solis</translation>
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
        <translation>Satura jaucējkods</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="120"/>
        <source>&amp;Copy hash</source>
        <translation>&amp;Kopēt jaucējkodu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="147"/>
        <source>Reason: %1</source>
        <translation>Iemesls: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="150"/>
        <source>Made against the approved content %1</source>
        <translation>Veidots pret apstiprināto saturu %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="152"/>
        <source>Comment: %1</source>
        <translation>Komentārs: %1</translation>
    </message>
</context>
<context>
    <name>_FlagRow</name>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="294"/>
        <source>Confirm</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="295"/>
        <source>Override (&amp;%1)</source>
        <translation>Noraidīt (&amp;%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="296"/>
        <source>Override</source>
        <translation>Noraidīt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="297"/>
        <source>Reason for overriding (required)</source>
        <translation>Noraidīšanas iemesls (obligāts)</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../ui/views/desk_models.py" line="102"/>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="114"/>
        <location filename="../../ui/views/desk_models.py" line="153"/>
        <location filename="../../ui/views/desk_models.py" line="184"/>
        <location filename="../../ui/views/desk_models.py" line="223"/>
        <source>Tag</source>
        <translation>Inventāra nr.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="115"/>
        <source>Make and model</source>
        <translation>Ražotājs un modelis</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="116"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="117"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="118"/>
        <location filename="../../ui/views/desk_models.py" line="225"/>
        <source>Holder</source>
        <translation>Turētājs</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="119"/>
        <location filename="../../ui/views/desk_models.py" line="227"/>
        <source>Due back</source>
        <translation>Jānodod līdz</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="120"/>
        <source>Location</source>
        <translation>Glabāšanas vieta</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="121"/>
        <source>Service due</source>
        <translation>Apkope</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="142"/>
        <source>Kit %1</source>
        <translation>Komplekts %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="144"/>
        <source>%1 open incident(s)</source>
        <translation>atvērti incidenti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="152"/>
        <source>Opened</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="154"/>
        <source>Incident</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="155"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="156"/>
        <source>Opened by</source>
        <translation>Atvēra</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="157"/>
        <source>Resolution</source>
        <translation>Atrisinājums</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="158"/>
        <source>open</source>
        <translation>atvērts</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="170"/>
        <source>reserved %1 – %2</source>
        <translation>rezervēts %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="174"/>
        <source>out with %1, due back %2</source>
        <translation>izsniegts: %1, jānodod līdz %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="182"/>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="183"/>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="185"/>
        <source>For</source>
        <translation>Kam</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="187"/>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="202"/>
        <source>battery %1%</source>
        <translation>akumulators %1%</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="208"/>
        <source>%1 photo(s)</source>
        <translation>fotoattēli: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="213"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="213"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="219"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="220"/>
        <source>Event</source>
        <translation>Notikums</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="226"/>
        <location filename="../../ui/views/desk_models.py" line="244"/>
        <source>Operation</source>
        <translation>Operācija</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="228"/>
        <source>Condition, battery, notes</source>
        <translation>Stāvoklis, akumulators, piezīmes</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="229"/>
        <source>Acknowledged</source>
        <translation>Apstiprināja turētājs</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="230"/>
        <source>Desk</source>
        <translation>Izsniedza/pieņēma</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="243"/>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="245"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="246"/>
        <source>Lead</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="247"/>
        <source>Hours</source>
        <translation>Stundas</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../fieldops/errors.py" line="57"/>
        <location filename="../../fieldops/errors.py" line="58"/>
        <source>Wrong user name or password.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="59"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Šis konts ir deaktivizēts. Vērsieties pie administratora.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="60"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Pārāk daudz neveiksmīgu mēģinājumu. Mēģiniet vēlreiz pēc {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="63"/>
        <source>Your role does not allow this action.</source>
        <translation>Jūsu loma neļauj veikt šo darbību.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="64"/>
        <source>The password must have at least {min_length} characters.</source>
        <translation>Parole ir par īsu: mazākais atļautais rakstzīmju skaits ir {min_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="67"/>
        <source>There is no workspace in {path}.</source>
        <translation>Mapē {path} nav darbvietas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="68"/>
        <source>A workspace already exists in {path}.</source>
        <translation>Mapē {path} jau ir darbvieta.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="69"/>
        <source>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</source>
        <translation>Datubāzes fails ir bojāts vai pieder citai darbvietai. Atjaunojiet to no rezerves kopijas vai vērsieties IT dienestā.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="73"/>
        <source>This workspace was written by a newer fieldops (schema {revision}). Install the update.</source>
        <translation>Šī darbvieta ir izveidota ar jaunāku fieldops versiju (shēma {revision}). Instalējiet atjauninājumu.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="76"/>
        <source>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</source>
        <translation>Darbvietas atslēgas fails ir bojāts: {detail}. Atjaunojiet to no rezerves kopijas vai vērsieties IT dienestā.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="79"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Datubāze ir aizņemta. Pēc brīža mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="80"/>
        <source>This field is required.</source>
        <translation>Šis lauks ir obligāts.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="81"/>
        <source>This value is not valid: {detail}</source>
        <translation>Šī vērtība nav derīga: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="82"/>
        <source>At most {max_length} characters.</source>
        <translation>Lielākais atļautais rakstzīmju skaits: {max_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="83"/>
        <source>&apos;{value}&apos; is already used.</source>
        <translation>Vērtība „{value}” jau tiek izmantota.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="84"/>
        <source>The value must be between {min} and {max}.</source>
        <translation>Vērtībai jābūt no {min} līdz {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="85"/>
        <source>The record no longer exists.</source>
        <translation>Ieraksts vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="86"/>
        <source>The record is locked: {detail}</source>
        <translation>Ieraksts ir bloķēts: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="87"/>
        <source>Someone changed this record meanwhile. Reopen it to see the current version.</source>
        <translation>Kāds šo ierakstu pa to laiku ir mainījis. Atveriet to no jauna, lai redzētu pašreizējo versiju.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="89"/>
        <source>Fill in before submitting: {fields}.</source>
        <translation>Pirms iesniegšanas aizpildiet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="90"/>
        <source>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</source>
        <translation>Noteikumu kopa konstatēja pārkāpumu ({codes}): norādiet iznākumu vai noraidiet to, norādot iemeslu.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="92"/>
        <source>You cannot review an operation you took part in.</source>
        <translation>Jūs nevarat pārskatīt operāciju, kurā piedalījāties.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="93"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>Failu nevar nolasīt ({detail}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="94"/>
        <source>The file is empty (0 bytes): nothing to attach.</source>
        <translation>Fails ir tukšs (0 baitu): nav ko pievienot.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="95"/>
        <source>The stored copy of this file is damaged: its fingerprint no longer matches.</source>
        <translation>Šī faila saglabātā kopija ir bojāta: tās kontrolsumma vairs nesakrīt.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="97"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disks ir pilns. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="98"/>
        <source>The file cannot be written there ({detail}).</source>
        <translation>Failu tur nevar ierakstīt ({detail}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="99"/>
        <source>{tag} is already checked out to {holder}. Return it first.</source>
        <translation>{tag} jau ir izsniegts turētājam {holder}. Vispirms reģistrējiet tā nodošanu.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="100"/>
        <source>{tag} cannot be issued: it is {status}.</source>
        <translation>{tag} nevar izsniegt: statuss – {status}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="101"/>
        <source>{tag} is not checked out: there is nothing to return.</source>
        <translation>{tag} nav izsniegts: nav ko nodot.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="102"/>
        <source>{tag} belongs to {owner}, which has no sharing rule for officers of {borrower}.</source>
        <translation>{tag} pieder iestādei {owner}, kurai nav koplietošanas noteikuma iestādes {borrower} amatpersonām.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="104"/>
        <source>{tag} belongs to {owner}: only its own equipment managers can issue or change it.</source>
        <translation>{tag} pieder iestādei {owner}: izsniegt vai mainīt to var tikai šīs iestādes iekārtu pārziņi.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="106"/>
        <source>{holder}: wrong PIN or password. Ask them to enter it again.</source>
        <translation>{holder}: nepareizs PIN vai parole. Palūdziet ievadīt vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="108"/>
        <source>{holder} has no desk PIN and has never signed in on this laptop: they set one first (Tools → Desk PIN).</source>
        <translation>{holder}: nav izsniegšanas PIN, un šajā klēpjdatorā šī persona nekad nav pieteikusies. Vispirms jāiestata PIN (Rīki → Izsniegšanas PIN).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="111"/>
        <source>{tag} is not free then ({count} conflict(s)): see the list.</source>
        <translation>{tag} šajā laikā nav brīvs (konflikti: {count}): skatiet sarakstu.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="113"/>
        <source>The workspace must keep at least one active administrator.</source>
        <translation>Darbvietā jābūt vismaz vienam aktīvam administratoram.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="116"/>
        <source>The regional server cannot be reached. Your work stays on this laptop and is sent later.</source>
        <translation>Reģionālais serveris nav sasniedzams. Jūsu darbs paliek šajā klēpjdatorā un tiks nosūtīts vēlāk.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="118"/>
        <source>The server sign-in has ended. Sign in again while connected to send and receive changes.</source>
        <translation>Pieteikšanās serverī ir beigusies. Lai nosūtītu un saņemtu izmaiņas, piesakieties vēlreiz, kad ir savienojums.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="120"/>
        <source>The regional server no longer accepts this laptop. Ask an administrator to connect it again.</source>
        <translation>Reģionālais serveris vairs nepieņem šo klēpjdatoru. Palūdziet administratoram to pievienot no jauna.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="122"/>
        <source>The regional server could not handle the request ({detail}). Try again later.</source>
        <translation>Reģionālais serveris nevarēja apstrādāt pieprasījumu ({detail}). Mēģiniet vēlreiz vēlāk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Something went wrong and the action was not completed. Nothing was saved half-way.</source>
        <translation>Radās kļūda, un darbība netika pabeigta. Nekas netika saglabāts daļēji.</translation>
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
        <translation>Jauns mēness</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="43"/>
        <source>Waxing crescent</source>
        <translation>Augošs sirpis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="44"/>
        <source>First quarter</source>
        <translation>Pirmais ceturksnis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="45"/>
        <source>Waxing gibbous</source>
        <translation>Augošs mēness</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="46"/>
        <source>Full moon</source>
        <translation>Pilns mēness</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="47"/>
        <source>Waning gibbous</source>
        <translation>Dilstošs mēness</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="48"/>
        <source>Last quarter</source>
        <translation>Pēdējais ceturksnis</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="49"/>
        <source>Waning crescent</source>
        <translation>Dilstošs sirpis</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="17"/>
        <source>Alcohol {permille} ‰ is over the limit of {limit} ‰ for a {category} driver.</source>
        <translation>Alkohola koncentrācija {permille} ‰ pārsniedz pieļaujamo robežu {limit} ‰ (vadītājs: {category}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="19"/>
        <source>Alcohol {permille} ‰ is above {threshold} ‰: criminal liability.</source>
        <translation>Alkohola koncentrācija {permille} ‰ pārsniedz {threshold} ‰: kriminālatbildība.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="21"/>
        <source>Speed {measured} km/h where {limit} km/h is allowed ({over_kmh} km/h over).</source>
        <translation>Izmērītais ātrums {measured} km/h, atļautais – {limit} km/h (pārsniegums {over_kmh} km/h).</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="23"/>
        <source>The driver refused the alcohol test.</source>
        <translation>Transportlīdzekļa vadītājs atteicās no alkohola koncentrācijas pārbaudes.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="24"/>
        <source>Missing document: {which}.</source>
        <translation>Nav uzrādīts dokuments: {which}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="25"/>
        <source>The plate &apos;{plate}&apos; does not have the {country} format (like {example}); check it.</source>
        <translation>Numura zīme „{plate}” neatbilst {country} formātam (piemēram, {example}); pārbaudiet to.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="28"/>
        <source>A {sight} sight may not be used to hunt {species}.</source>
        <translation>Medījot šo sugu ({species}), {sight} nedrīkst tikt izmantots.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="30"/>
        <source>At night a {sight} sight may only be used from an elevated stand.</source>
        <translation>Naktī {sight} drīkst tikt izmantots tikai no medību torņa.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="32"/>
        <source>A weapon with a {sight} sight was loaded while the hunter was moving in the dark.</source>
        <translation>Mednieks pārvietojās tumsā ar pielādētu ieroci, uz kura uzstādīts {sight}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="34"/>
        <source>A weapon with a {sight} sight was not in a case in the vehicle at night.</source>
        <translation>Naktī transportlīdzeklī ierocis, uz kura uzstādīts {sight}, nebija ievietots futrālī.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="36"/>
        <source>Missing hunting document: {which}.</source>
        <translation>Nav uzrādīts medību dokuments: {which}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="37"/>
        <source>The safety-check mark of {safety_check_date} is {max_years} years old or older.</source>
        <translation>Drošības pārbaudes atzīme ({safety_check_date}) ir {max_years} gadus veca vai vecāka.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="39"/>
        <source>No hunting sheet naming the hunt leader.</source>
        <translation>Nav medību lapas, kurā norādīts medību vadītājs.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="40"/>
        <source>The hunter was under the influence of alcohol or drugs.</source>
        <translation>Mednieks atradās alkohola vai narkotisko vielu ietekmē.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="41"/>
        <source>A harvested or wounded wild boar has no marker number registered in the Mednis app.</source>
        <translation>Nomedītai vai ievainotai meža cūkai lietotnē „Mednis” nav reģistrēts marķējuma numurs.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="43"/>
        <source>No orange or yellow vest or headwear in a driven hunt.</source>
        <translation>Dzinējmedībās nebija oranžas vai dzeltenas vestes vai galvassegas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="48"/>
        <source>wild boar</source>
        <translation>meža cūka</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="49"/>
        <source>fox</source>
        <translation>lapsa</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="50"/>
        <source>raccoon dog</source>
        <translation>jenotsuns</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="51"/>
        <source>common raccoon</source>
        <translation>svītrainais jenots</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="52"/>
        <source>American mink</source>
        <translation>Amerikas ūdele</translation>
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
        <translation>staltbriedis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="57"/>
        <source>fallow deer</source>
        <translation>dambriedis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="58"/>
        <source>moose</source>
        <translation>alnis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="59"/>
        <source>hare</source>
        <translation>zaķis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="60"/>
        <source>beaver</source>
        <translation>bebrs</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="61"/>
        <source>wolf</source>
        <translation>vilks</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="62"/>
        <source>lynx</source>
        <translation>lūsis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="63"/>
        <source>badger</source>
        <translation>āpsis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="64"/>
        <source>waterfowl</source>
        <translation>ūdensputni</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="65"/>
        <source>night-vision</source>
        <translation>nakts redzamības tēmēklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="66"/>
        <source>thermal</source>
        <translation>termālais tēmēklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="67"/>
        <location filename="../../fieldops/services/report_model.py" line="175"/>
        <source>general</source>
        <translation>parasts</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="68"/>
        <location filename="../../fieldops/services/report_model.py" line="176"/>
        <source>novice</source>
        <translation>iesācējs</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="69"/>
        <location filename="../../fieldops/services/report_model.py" line="177"/>
        <source>professional</source>
        <translation>profesionāls</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="70"/>
        <source>driving licence</source>
        <translation>vadītāja apliecība</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="71"/>
        <source>vehicle registration certificate</source>
        <translation>transportlīdzekļa reģistrācijas apliecība</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="72"/>
        <source>compulsory insurance</source>
        <translation>OCTA polise</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="73"/>
        <source>hunter&apos;s certificate</source>
        <translation>mednieka apliecība</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="74"/>
        <source>seasonal card</source>
        <translation>sezonas karte</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="75"/>
        <source>firearm permit</source>
        <translation>ieroča atļauja</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="76"/>
        <source>hunting permit</source>
        <translation>medību atļauja</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="77"/>
        <source>hunter&apos;s ticket</source>
        <translation>mednieka biļete</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="78"/>
        <source>weapon permit</source>
        <translation>ieroča atļauja</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../fieldops/settings.py" line="43"/>
        <source>Theme</source>
        <translation>Noformējums</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="44"/>
        <source>Day</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="45"/>
        <source>Night (red on black)</source>
        <translation>Nakts (sarkans uz melna)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="46"/>
        <source>Night keeps your eyes dark-adapted for night-vision work.</source>
        <translation>Nakts režīms saglabā acu pielāgošanos tumsai darbam ar nakts redzamības ierīcēm.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="47"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="49"/>
        <source>Text size (points)</source>
        <translation>Teksta lielums (punkti)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="52"/>
        <source>Lock the app after this many idle minutes</source>
        <translation>Bloķēt lietotni pēc šāda dīkstāves minūšu skaita</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="54"/>
        <source>Upload chunk size (MiB)</source>
        <translation>Nosūtāmā faila daļas lielums (MiB)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="56"/>
        <source>An interrupted upload re-sends at most one chunk.</source>
        <translation>Ja nosūtīšana tiek pārtraukta, atkārtoti jānosūta ne vairāk kā viena daļa.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="58"/>
        <source>Upload bandwidth limit (kbit/s, 0 = no limit)</source>
        <translation>Nosūtīšanas ātruma ierobežojums (kbit/s, 0 = bez ierobežojuma)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="60"/>
        <source>Leaves room for radio and other traffic on slow links.</source>
        <translation>Lēnos savienojumos atstāj joslas platumu radiosakariem un citai datu plūsmai.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="62"/>
        <source>Keep local copies of sent files (days)</source>
        <translation>Glabāt nosūtīto failu lokālās kopijas (dienas)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="64"/>
        <source>Counted from the server&apos;s confirmation; files not yet confirmed are never removed.</source>
        <translation>Dienas skaita no servera apstiprinājuma brīža; vēl neapstiprināti faili nekad netiek dzēsti.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="67"/>
        <source>Warn when free disk space is below (MiB)</source>
        <translation>Brīdināt, ja brīvās vietas diskā ir mazāk par (MiB)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="20"/>
        <source>Patrol officer</source>
        <translation>Patruļnieks</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="21"/>
        <source>Equipment manager</source>
        <translation>Iekārtu pārzinis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="22"/>
        <source>Supervisor</source>
        <translation>Uzraugs</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="23"/>
        <source>Administrator</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="140"/>
        <location filename="../../ui/vocab.py" line="29"/>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="141"/>
        <location filename="../../ui/vocab.py" line="30"/>
        <source>Submitted</source>
        <translation>Iesniegts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="142"/>
        <location filename="../../ui/vocab.py" line="31"/>
        <source>Returned</source>
        <translation>Atgriezts labošanai</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="143"/>
        <location filename="../../ui/vocab.py" line="32"/>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="39"/>
        <source>Available</source>
        <translation>Pieejams</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="40"/>
        <location filename="../../ui/vocab.py" line="159"/>
        <source>Checked out</source>
        <translation>Izsniegts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="41"/>
        <source>Reserved</source>
        <translation>Rezervēts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="42"/>
        <source>In maintenance</source>
        <translation>Apkopē</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="43"/>
        <location filename="../../ui/vocab.py" line="173"/>
        <source>Lost</source>
        <translation>Nozaudēts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="44"/>
        <location filename="../../ui/vocab.py" line="165"/>
        <source>Retired</source>
        <translation>Norakstīts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="134"/>
        <location filename="../../ui/vocab.py" line="53"/>
        <source>Traffic monitoring</source>
        <translation>Satiksmes uzraudzība</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="135"/>
        <location filename="../../ui/vocab.py" line="54"/>
        <source>Hunter control</source>
        <translation>Medību uzraudzība</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="136"/>
        <location filename="../../ui/vocab.py" line="55"/>
        <source>Public order / event</source>
        <translation>Sabiedriskā kārtība / pasākums</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="137"/>
        <location filename="../../ui/vocab.py" line="56"/>
        <source>Other operational activity</source>
        <translation>Cita operatīvā darbība</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="147"/>
        <location filename="../../ui/vocab.py" line="62"/>
        <source>Traffic</source>
        <translation>Satiksme</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="148"/>
        <location filename="../../ui/vocab.py" line="63"/>
        <source>Hunter</source>
        <translation>Medības</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="149"/>
        <location filename="../../ui/vocab.py" line="64"/>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="152"/>
        <location filename="../../ui/vocab.py" line="70"/>
        <source>No violation</source>
        <translation>Pārkāpuma nav</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="153"/>
        <location filename="../../ui/vocab.py" line="71"/>
        <source>Warning</source>
        <translation>Brīdinājums</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="154"/>
        <location filename="../../ui/vocab.py" line="72"/>
        <source>Fine / administrative protocol</source>
        <translation>Sods / administratīvā pārkāpuma protokols</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="155"/>
        <location filename="../../ui/vocab.py" line="73"/>
        <source>Licence withdrawn</source>
        <translation>Vadītāja apliecība izņemta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="156"/>
        <location filename="../../ui/vocab.py" line="74"/>
        <source>Vehicle detained</source>
        <translation>Transportlīdzeklis aizturēts</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="157"/>
        <location filename="../../ui/vocab.py" line="75"/>
        <source>Weapon / trophy / device seized</source>
        <translation>Izņemts ierocis / trofeja / ierīce</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="158"/>
        <location filename="../../ui/vocab.py" line="76"/>
        <source>Criminal case</source>
        <translation>Kriminālprocess</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="159"/>
        <location filename="../../fieldops/services/report_model.py" line="203"/>
        <location filename="../../ui/vocab.py" line="77"/>
        <source>Refused the test</source>
        <translation>Atteicās no pārbaudes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="162"/>
        <location filename="../../ui/vocab.py" line="83"/>
        <source>Night-vision binocular</source>
        <translation>Nakts redzamības binoklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="163"/>
        <location filename="../../ui/vocab.py" line="84"/>
        <source>Thermal imager</source>
        <translation>Termokamera</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="164"/>
        <location filename="../../ui/vocab.py" line="85"/>
        <source>Video camera</source>
        <translation>Videokamera</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="165"/>
        <location filename="../../ui/vocab.py" line="86"/>
        <source>IR illuminator</source>
        <translation>IS prožektors</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="166"/>
        <location filename="../../ui/vocab.py" line="87"/>
        <source>Battery</source>
        <translation>Akumulators</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="167"/>
        <location filename="../../ui/vocab.py" line="88"/>
        <source>Charger</source>
        <translation>Lādētājs</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="168"/>
        <location filename="../../ui/vocab.py" line="89"/>
        <source>Case</source>
        <translation>Futrālis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="169"/>
        <location filename="../../ui/vocab.py" line="90"/>
        <source>Memory card</source>
        <translation>Atmiņas karte</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="170"/>
        <location filename="../../ui/vocab.py" line="91"/>
        <source>Tripod</source>
        <translation>Statīvs</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="99"/>
        <source>confirmed</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="100"/>
        <source>overridden</source>
        <translation>noraidīts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="106"/>
        <source>from a stand</source>
        <translation>no medību torņa</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="107"/>
        <source>on foot</source>
        <translation>kājām</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="108"/>
        <source>in a vehicle</source>
        <translation>transportlīdzeklī</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="179"/>
        <location filename="../../fieldops/services/report_model.py" line="189"/>
        <location filename="../../ui/vocab.py" line="115"/>
        <source>optical</source>
        <translation>optiskais tēmēklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="190"/>
        <location filename="../../ui/vocab.py" line="116"/>
        <source>night-vision</source>
        <translation>nakts redzamības tēmēklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="191"/>
        <location filename="../../ui/vocab.py" line="117"/>
        <source>thermal</source>
        <translation>termālais tēmēklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="180"/>
        <location filename="../../fieldops/services/report_model.py" line="192"/>
        <location filename="../../ui/vocab.py" line="118"/>
        <source>no sight</source>
        <translation>bez tēmēkļa</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="125"/>
        <source>good</source>
        <translation>laba</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="126"/>
        <source>moderate</source>
        <translation>vidēja</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="127"/>
        <source>poor</source>
        <translation>slikta</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="181"/>
        <location filename="../../ui/vocab.py" line="138"/>
        <source>Public order</source>
        <translation>Sabiedriskā kārtība</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="182"/>
        <location filename="../../ui/vocab.py" line="139"/>
        <source>Suspicious vehicle</source>
        <translation>Aizdomīgs transportlīdzeklis</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="183"/>
        <location filename="../../ui/vocab.py" line="140"/>
        <source>Border area</source>
        <translation>Pierobeža</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="184"/>
        <location filename="../../ui/vocab.py" line="141"/>
        <source>Assistance</source>
        <translation>Palīdzība</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="185"/>
        <location filename="../../ui/vocab.py" line="142"/>
        <source>Other category</source>
        <translation>Cita kategorija</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="144"/>
        <location filename="../../ui/vocab.py" line="33"/>
        <source>Voided</source>
        <translation>Anulēta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="149"/>
        <source>Good</source>
        <translation>Labs</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="150"/>
        <source>Worn</source>
        <translation>Nolietots</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="151"/>
        <source>Damaged</source>
        <translation>Bojāts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="152"/>
        <source>Unusable</source>
        <translation>Nelietojams</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="160"/>
        <source>Returned</source>
        <comment>equipment handed back at the desk</comment>
        <translation>Nodots</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="161"/>
        <source>Into maintenance</source>
        <translation>Nodots apkopē</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="162"/>
        <source>Back from maintenance</source>
        <translation>Atgriezts no apkopes</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="163"/>
        <source>Marked lost</source>
        <translation>Atzīmēts kā nozaudēts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="164"/>
        <source>Found</source>
        <translation>Atrasts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="171"/>
        <source>Damage</source>
        <translation>Bojājums</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="172"/>
        <source>Missing at return</source>
        <translation>Trūka nodošanas brīdī</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="174"/>
        <source>Checked out twice (two laptops)</source>
        <translation>Izsniegts divreiz (divos klēpjdatoros)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="175"/>
        <source>Checked out while unavailable</source>
        <translation>Izsniegts, lai gan nebija pieejams</translation>
    </message>
</context>
</TS>
