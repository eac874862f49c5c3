<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/views/admin.py" line="91"/>
        <source>Users and roles</source>
        <translation>Naudotojai ir vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="92"/>
        <source>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</source>
        <translation>Kas dirba su šia darbo sritimi, kurioje įstaigoje ir kokiu vaidmeniu, ir kas gali prisijungti šiame nešiojamajame kompiuteryje.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="94"/>
        <source>New user</source>
        <translation>Naujas naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="95"/>
        <source>Edit</source>
        <translation>Redaguoti</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="96"/>
        <source>Set password</source>
        <translation>Nustatyti slaptažodį</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="97"/>
        <source>Filter by name, user name, badge, agency…</source>
        <translation>Filtruoti pagal vardą, naudotojo vardą, ženklą, įstaigą…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/admin.py" line="119"/>
        <source>%n user(s) in the workspace.</source>
        <translation>
            <numerusform>Darbo srityje yra %n naudotojas.</numerusform>
            <numerusform>Darbo srityje yra %n naudotojai.</numerusform>
            <numerusform>Darbo srityje yra %n naudotojų.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="150"/>
        <source>Activate</source>
        <translation>Aktyvinti</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="150"/>
        <source>Deactivate</source>
        <translation>Išaktyvinti</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>Demo workspace. Sign in as %1 with the password %2.</source>
        <translation>Demonstracinė darbo sritis. Prisijunkite kaip %1 su slaptažodžiu %2.</translation>
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
        <location filename="../../ui/main_window.py" line="174"/>
        <source>fieldops – %1 – %2</source>
        <translation>fieldops – %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Overview</source>
        <translation>Apžvalga</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Admin</source>
        <translation>Administravimas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Go to %1</source>
        <translation>Eiti į: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Lock</source>
        <translation>&amp;Užrakinti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Atsijungti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Išeiti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Night theme (red on black)</source>
        <translation>&amp;Naktinis režimas (raudona ant juodos)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Tools</source>
        <translation>Įr&amp;ankiai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Tikrinti audito žurnalą</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;About fieldops</source>
        <translation>&amp;Apie fieldops</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="231"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n pakeitimas laukia išsiuntimo</numerusform>
            <numerusform>%n pakeitimai laukia išsiuntimo</numerusform>
            <numerusform>%n pakeitimų laukia išsiuntimo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Audit log</source>
        <translation>Audito žurnalas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="283"/>
        <source>The audit log is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>Audito žurnalas nepažeistas: patikrintas %n įvykis.</numerusform>
            <numerusform>Audito žurnalas nepažeistas: patikrinti %n įvykiai.</numerusform>
            <numerusform>Audito žurnalas nepažeistas: patikrinta %n įvykių.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>The audit log has been altered at event #%1. Report this to your supervisor and IT.</source>
        <translation>Audito žurnalas pakeistas ties įvykiu Nr. %1. Praneškite apie tai savo vadovui ir IT skyriui.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>About fieldops</source>
        <translation>Apie fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</source>
        <translation>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Naktinių operacijų žurnalas ir įrangos apskaita Latvijos ir Lietuvos pasienio regiono policijos partneriams.&lt;br&gt;Darbo sritis: %2</translation>
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
        <translation>Naktinės operacijos</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="73"/>
        <source>Checks logged</source>
        <translation>Užregistruoti patikrinimai</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="74"/>
        <source>Equipment items</source>
        <translation>Įrangos vienetai</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="75"/>
        <source>Waiting to be sent</source>
        <translation>Laukia išsiuntimo</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="95"/>
        <source>%1 with a violation (%2%)</source>
        <translation>%1 su pažeidimu (%2%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="102"/>
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
    <name>errors</name>
    <message>
        <location filename="../../fieldops/errors.py" line="40"/>
        <location filename="../../fieldops/errors.py" line="41"/>
        <source>Wrong user name or password.</source>
        <translation>Neteisingas naudotojo vardas arba slaptažodis.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="42"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Ši paskyra išaktyvinta. Kreipkitės į administratorių.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="43"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Per daug nesėkmingų bandymų. Bandykite dar kartą po {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="46"/>
        <source>Your role does not allow this action.</source>
        <translation>Jūsų vaidmuo neleidžia atlikti šio veiksmo.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="47"/>
        <source>The password must have at least {min_length} characters.</source>
        <translation>Slaptažodis per trumpas: mažiausias leistinas simbolių skaičius – {min_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="50"/>
        <source>There is no workspace in {path}.</source>
        <translation>Aplanke {path} nėra darbo srities.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="51"/>
        <source>A workspace already exists in {path}.</source>
        <translation>Aplanke {path} jau yra darbo sritis.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="52"/>
        <source>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</source>
        <translation>Duomenų bazės failas sugadintas arba priklauso kitai darbo sričiai. Atkurkite jį iš atsarginės kopijos arba kreipkitės į IT skyrių.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="56"/>
        <source>This workspace was written by a newer fieldops (schema {revision}). Install the update.</source>
        <translation>Ši darbo sritis sukurta naujesne fieldops versija (schema {revision}). Įdiekite naujinį.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="59"/>
        <source>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</source>
        <translation>Darbo srities rakto failas sugadintas: {detail}. Atkurkite jį iš atsarginės kopijos arba kreipkitės į IT skyrių.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="62"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Duomenų bazė užimta. Netrukus bandykite dar kartą.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="63"/>
        <source>This field is required.</source>
        <translation>Šį lauką būtina užpildyti.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="64"/>
        <source>This value is not valid: {detail}</source>
        <translation>Ši reikšmė netinkama: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="65"/>
        <source>At most {max_length} characters.</source>
        <translation>Didžiausias leistinas simbolių skaičius: {max_length}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="66"/>
        <source>&apos;{value}&apos; is already used.</source>
        <translation>Reikšmė „{value}“ jau naudojama.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="67"/>
        <source>The value must be between {min} and {max}.</source>
        <translation>Reikšmė turi būti nuo {min} iki {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="68"/>
        <source>The record no longer exists.</source>
        <translation>Įrašo nebėra.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="69"/>
        <source>The record is locked: {detail}</source>
        <translation>Įrašas užrakintas: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="70"/>
        <source>Someone changed this record meanwhile. Reopen it to see the current version.</source>
        <translation>Kažkas tuo metu pakeitė šį įrašą. Atidarykite jį iš naujo, kad matytumėte dabartinę versiją.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="72"/>
        <source>Fill in before submitting: {fields}.</source>
        <translation>Prieš pateikdami užpildykite: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="73"/>
        <source>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</source>
        <translation>Taisyklių rinkinys nustatė pažeidimą ({codes}): nurodykite rezultatą arba atmeskite jį nurodydami priežastį.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="75"/>
        <source>You cannot review an operation you took part in.</source>
        <translation>Negalite peržiūrėti operacijos, kurioje dalyvavote.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="76"/>
        <source>The workspace must keep at least one active administrator.</source>
        <translation>Darbo srityje turi likti bent vienas aktyvus administratorius.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Something went wrong and the action was not completed. Nothing was saved half-way.</source>
        <translation>Įvyko klaida, ir veiksmas nebuvo atliktas. Niekas nebuvo išsaugota iš dalies.</translation>
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
        <source>general</source>
        <translation>įprastas</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="68"/>
        <source>novice</source>
        <translation>nepatyręs</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="69"/>
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
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="12"/>
        <source>Patrol officer</source>
        <translation>Patrulis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="13"/>
        <source>Equipment manager</source>
        <translation>Įrangos tvarkytojas</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="14"/>
        <source>Supervisor</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="15"/>
        <source>Administrator</source>
        <translation>Administratorius</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="21"/>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="22"/>
        <source>Submitted</source>
        <translation>Pateikta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="23"/>
        <source>Returned</source>
        <translation>Grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="24"/>
        <source>Approved</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="30"/>
        <source>Available</source>
        <translation>Laisva</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="31"/>
        <source>Checked out</source>
        <translation>Išduota</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="32"/>
        <source>Reserved</source>
        <translation>Rezervuota</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="33"/>
        <source>In maintenance</source>
        <translation>Techninė priežiūra</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="34"/>
        <source>Lost</source>
        <translation>Pamesta</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="35"/>
        <source>Retired</source>
        <translation>Nurašyta</translation>
    </message>
</context>
</TS>
