<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/views/admin.py" line="91"/>
        <source>Users and roles</source>
        <translation>Lietotāji un lomas</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="92"/>
        <source>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</source>
        <translation>Kas strādā ar šo darbvietu, kurā iestādē un kādā lomā, un kas var pieteikties šajā klēpjdatorā.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="94"/>
        <source>New user</source>
        <translation>Jauns lietotājs</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="95"/>
        <source>Edit</source>
        <translation>Labot</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="96"/>
        <source>Set password</source>
        <translation>Iestatīt paroli</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="97"/>
        <source>Filter by name, user name, badge, agency…</source>
        <translation>Filtrēt pēc vārda, lietotājvārda, žetona, iestādes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/admin.py" line="119"/>
        <source>%n user(s) in the workspace.</source>
        <translation>
            <numerusform>Darbvietā ir %n lietotājs.</numerusform>
            <numerusform>Darbvietā ir %n lietotāji.</numerusform>
            <numerusform>Darbvietā ir %n lietotāju.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="150"/>
        <source>Activate</source>
        <translation>Aktivizēt</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="150"/>
        <source>Deactivate</source>
        <translation>Deaktivizēt</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>Demo workspace. Sign in as %1 with the password %2.</source>
        <translation>Demonstrācijas darbvieta. Piesakieties kā %1 ar paroli %2.</translation>
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
        <location filename="../../ui/main_window.py" line="174"/>
        <source>fieldops – %1 – %2</source>
        <translation>fieldops – %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Overview</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Admin</source>
        <translation>Administrēšana</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Go to %1</source>
        <translation>Pāriet uz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloķēt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Izrakstīties</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>Izie&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Night theme (red on black)</source>
        <translation>&amp;Nakts režīms (sarkans uz melna)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Tools</source>
        <translation>&amp;Rīki</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Pārbaudīt audita žurnālu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;About fieldops</source>
        <translation>&amp;Par fieldops</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="231"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n izmaiņa gaida nosūtīšanu</numerusform>
            <numerusform>%n izmaiņas gaida nosūtīšanu</numerusform>
            <numerusform>%n izmaiņu gaida nosūtīšanu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="283"/>
        <source>The audit log is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>Audita žurnāls ir neskarts: pārbaudīts %n notikums.</numerusform>
            <numerusform>Audita žurnāls ir neskarts: pārbaudīti %n notikumi.</numerusform>
            <numerusform>Audita žurnāls ir neskarts: pārbaudīts %n notikumu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>The audit log has been altered at event #%1. Report this to your supervisor and IT.</source>
        <translation>Audita žurnāls ir mainīts, sākot ar notikumu Nr. %1. Ziņojiet par to savam tiešajam vadītājam un IT dienestam.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>About fieldops</source>
        <translation>Par fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</source>
        <translation>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Nakts operāciju žurnāls un iekārtu uzskaite Latvijas un Lietuvas pierobežas policijas partneriem.&lt;br&gt;Darbvieta: %2</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="69"/>
        <source>Hello, %1</source>
        <translation>Sveiki, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="72"/>
        <source>Night operations</source>
        <translation>Nakts operācijas</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="73"/>
        <source>Checks logged</source>
        <translation>Reģistrētās pārbaudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="74"/>
        <source>Equipment items</source>
        <translation>Iekārtu vienības</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="75"/>
        <source>Waiting to be sent</source>
        <translation>Gaida nosūtīšanu</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="95"/>
        <source>%1 with a violation (%2%)</source>
        <translation>%1 ar pārkāpumu (%2%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="102"/>
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
    <name>errors</name>
    <message>
        <location filename="../../fieldops/errors.py" line="40"/>
        <location filename="../../fieldops/errors.py" line="41"/>
        <source>Wrong user name or password.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="42"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Šis konts ir deaktivizēts. Vērsieties pie administratora.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="43"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Pārāk daudz neveiksmīgu mēģinājumu. Mēģiniet vēlreiz pēc {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="46"/>
        <source>Your role does not allow this action.</source>
        <translation>Jūsu loma neļauj veikt šo darbību.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="47"/>
        <source>The password must have at least {min_length} characters.</source>
        <translation>Parole ir par īsu: mazākais atļautais rakstzīmju skaits ir {min_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="50"/>
        <source>There is no workspace in {path}.</source>
        <translation>Mapē {path} nav darbvietas.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="51"/>
        <source>A workspace already exists in {path}.</source>
        <translation>Mapē {path} jau ir darbvieta.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="52"/>
        <source>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</source>
        <translation>Datubāzes fails ir bojāts vai pieder citai darbvietai. Atjaunojiet to no rezerves kopijas vai vērsieties IT dienestā.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="56"/>
        <source>This workspace was written by a newer fieldops (schema {revision}). Install the update.</source>
        <translation>Šī darbvieta ir izveidota ar jaunāku fieldops versiju (shēma {revision}). Instalējiet atjauninājumu.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="59"/>
        <source>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</source>
        <translation>Darbvietas atslēgas fails ir bojāts: {detail}. Atjaunojiet to no rezerves kopijas vai vērsieties IT dienestā.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="62"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Datubāze ir aizņemta. Pēc brīža mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="63"/>
        <source>This field is required.</source>
        <translation>Šis lauks ir obligāts.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="64"/>
        <source>This value is not valid: {detail}</source>
        <translation>Šī vērtība nav derīga: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="65"/>
        <source>At most {max_length} characters.</source>
        <translation>Lielākais atļautais rakstzīmju skaits: {max_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="66"/>
        <source>&apos;{value}&apos; is already used.</source>
        <translation>Vērtība „{value}” jau tiek izmantota.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="67"/>
        <source>The value must be between {min} and {max}.</source>
        <translation>Vērtībai jābūt no {min} līdz {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="68"/>
        <source>The record no longer exists.</source>
        <translation>Ieraksts vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="69"/>
        <source>The record is locked: {detail}</source>
        <translation>Ieraksts ir bloķēts: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="70"/>
        <source>Someone changed this record meanwhile. Reopen it to see the current version.</source>
        <translation>Kāds šo ierakstu pa to laiku ir mainījis. Atveriet to no jauna, lai redzētu pašreizējo versiju.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="72"/>
        <source>Fill in before submitting: {fields}.</source>
        <translation>Pirms iesniegšanas aizpildiet: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="73"/>
        <source>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</source>
        <translation>Noteikumu kopa konstatēja pārkāpumu ({codes}): norādiet iznākumu vai noraidiet to, norādot iemeslu.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="75"/>
        <source>You cannot review an operation you took part in.</source>
        <translation>Jūs nevarat pārskatīt operāciju, kurā piedalījāties.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="76"/>
        <source>The workspace must keep at least one active administrator.</source>
        <translation>Darbvietā jābūt vismaz vienam aktīvam administratoram.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Something went wrong and the action was not completed. Nothing was saved half-way.</source>
        <translation>Radās kļūda, un darbība netika pabeigta. Nekas netika saglabāts daļēji.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
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
        <source>general</source>
        <translation>parasts</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="68"/>
        <source>novice</source>
        <translation>iesācējs</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="69"/>
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
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="12"/>
        <source>Patrol officer</source>
        <translation>Patruļnieks</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="13"/>
        <source>Equipment manager</source>
        <translation>Iekārtu pārzinis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="14"/>
        <source>Supervisor</source>
        <translation>Uzraugs</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="15"/>
        <source>Administrator</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="21"/>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="22"/>
        <source>Submitted</source>
        <translation>Iesniegts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="23"/>
        <source>Returned</source>
        <translation>Atgriezts labošanai</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="24"/>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="30"/>
        <source>Available</source>
        <translation>Pieejams</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="31"/>
        <source>Checked out</source>
        <translation>Izsniegts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="32"/>
        <source>Reserved</source>
        <translation>Rezervēts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="33"/>
        <source>In maintenance</source>
        <translation>Apkopē</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="34"/>
        <source>Lost</source>
        <translation>Nozaudēts</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="35"/>
        <source>Retired</source>
        <translation>Norakstīts</translation>
    </message>
</context>
</TS>
