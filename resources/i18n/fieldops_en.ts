<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/views/admin.py" line="91"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="92"/>
        <source>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</source>
        <translation>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="94"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="95"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="96"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="97"/>
        <source>Filter by name, user name, badge, agency…</source>
        <translation>Filter by name, user name, badge, agency…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/admin.py" line="119"/>
        <source>%n user(s) in the workspace.</source>
        <translation>
            <numerusform>%n user in the workspace.</numerusform>
            <numerusform>%n users in the workspace.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="150"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="150"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>Demo workspace. Sign in as %1 with the password %2.</source>
        <translation>Demo workspace. Sign in as %1 with the password %2.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../ui/widgets/lock_cover.py" line="17"/>
        <source>Locked. Unlock fieldops in the main window.</source>
        <translation>Locked. Unlock fieldops in the main window.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="63"/>
        <source>fieldops is locked</source>
        <translation>fieldops is locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="64"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="65"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="66"/>
        <source>Sign in as someone else</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="88"/>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="150"/>
        <source>fieldops – sign in</source>
        <translation>fieldops – sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="152"/>
        <source>Welcome to fieldops</source>
        <translation>Welcome to fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="153"/>
        <source>First start on this laptop: create the administrator account. The workspace is encrypted with a key only valid logins can open.</source>
        <translation>First start on this laptop: create the administrator account. The workspace is encrypted with a key only valid logins can open.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="155"/>
        <source>Create workspace</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="157"/>
        <location filename="../../ui/dialogs/login.py" line="159"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="158"/>
        <source>Night operations and equipment desk</source>
        <translation>Night operations and equipment desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="160"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="160"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="161"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="161"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="162"/>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="165"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="166"/>
        <source>Night theme (red on black)</source>
        <translation>Night theme (red on black)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="167"/>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/login.py" line="184"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="186"/>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="187"/>
        <source>Type the password again.</source>
        <translation>Type the password again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="208"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="222"/>
        <source>Unlocking the encrypted workspace…</source>
        <translation>Unlocking the encrypted workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="223"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Creating the encrypted workspace…</translation>
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
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Night theme (red on black)</source>
        <translation>&amp;Night theme (red on black)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verify audit log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;About fieldops</source>
        <translation>&amp;About fieldops</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="231"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="283"/>
        <source>The audit log is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n event verified.</numerusform>
            <numerusform>The audit log is intact: %n events verified.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>The audit log has been altered at event #%1. Report this to your supervisor and IT.</source>
        <translation>The audit log has been altered at event #%1. Report this to your supervisor and IT.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>About fieldops</source>
        <translation>About fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</source>
        <translation>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="69"/>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="72"/>
        <source>Night operations</source>
        <translation>Night operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="73"/>
        <source>Checks logged</source>
        <translation>Checks logged</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="74"/>
        <source>Equipment items</source>
        <translation>Equipment items</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="75"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="95"/>
        <source>%1 with a violation (%2%)</source>
        <translation>%1 with a violation (%2%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="102"/>
        <source>%n change(s) recorded on this laptop and not yet sent to the regional server.</source>
        <translation>
            <numerusform>%n change recorded on this laptop and not yet sent to the regional server.</numerusform>
            <numerusform>%n changes recorded on this laptop and not yet sent to the regional server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="14"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="16"/>
        <source>New password for %1 on this laptop.</source>
        <translation>New password for %1 on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="24"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="25"/>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/password.py" line="38"/>
        <location filename="../../ui/dialogs/password.py" line="49"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="39"/>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="51"/>
        <source>Type the password again.</source>
        <translation>Type the password again.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="33"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="37"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="37"/>
        <source>Workspace policy</source>
        <translation>Workspace policy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="49"/>
        <source>Only an administrator can change the workspace policy.</source>
        <translation>Only an administrator can change the workspace policy.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="35"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="35"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="50"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="59"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="59"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="60"/>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="60"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="68"/>
        <source>Login on this laptop (optional)</source>
        <translation>Login on this laptop (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="71"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/user_edit.py" line="72"/>
        <source>Without a password the person exists in the workspace but cannot sign in on this laptop.</source>
        <translation>Without a password the person exists in the workspace but cannot sign in on this laptop.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/user_edit.py" line="87"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/models/users.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="31"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="32"/>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="33"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="34"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="35"/>
        <source>Login on this laptop</source>
        <translation>Login on this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="94"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="96"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/models/users.py" line="97"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../fieldops/errors.py" line="40"/>
        <location filename="../../fieldops/errors.py" line="41"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="42"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>This account is deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="43"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Too many failed attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="46"/>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="47"/>
        <source>The password must have at least {min_length} characters.</source>
        <translation>The password must have at least {min_length} characters.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="50"/>
        <source>There is no workspace in {path}.</source>
        <translation>There is no workspace in {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="51"/>
        <source>A workspace already exists in {path}.</source>
        <translation>A workspace already exists in {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="52"/>
        <source>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</source>
        <translation>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="56"/>
        <source>This workspace was written by a newer fieldops (schema {revision}). Install the update.</source>
        <translation>This workspace was written by a newer fieldops (schema {revision}). Install the update.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="59"/>
        <source>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</source>
        <translation>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="62"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>The database is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="63"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="64"/>
        <source>This value is not valid: {detail}</source>
        <translation>This value is not valid: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="65"/>
        <source>At most {max_length} characters.</source>
        <translation>At most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="66"/>
        <source>&apos;{value}&apos; is already used.</source>
        <translation>&apos;{value}&apos; is already used.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="67"/>
        <source>The value must be between {min} and {max}.</source>
        <translation>The value must be between {min} and {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="68"/>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="69"/>
        <source>The record is locked: {detail}</source>
        <translation>The record is locked: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="70"/>
        <source>Someone changed this record meanwhile. Reopen it to see the current version.</source>
        <translation>Someone changed this record meanwhile. Reopen it to see the current version.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="72"/>
        <source>Fill in before submitting: {fields}.</source>
        <translation>Fill in before submitting: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="73"/>
        <source>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</source>
        <translation>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="75"/>
        <source>You cannot review an operation you took part in.</source>
        <translation>You cannot review an operation you took part in.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="76"/>
        <source>The workspace must keep at least one active administrator.</source>
        <translation>The workspace must keep at least one active administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Something went wrong and the action was not completed. Nothing was saved half-way.</source>
        <translation>Something went wrong and the action was not completed. Nothing was saved half-way.</translation>
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
        <translation>New moon</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="43"/>
        <source>Waxing crescent</source>
        <translation>Waxing crescent</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="44"/>
        <source>First quarter</source>
        <translation>First quarter</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="45"/>
        <source>Waxing gibbous</source>
        <translation>Waxing gibbous</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="46"/>
        <source>Full moon</source>
        <translation>Full moon</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="47"/>
        <source>Waning gibbous</source>
        <translation>Waning gibbous</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="48"/>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../fieldops/night.py" line="49"/>
        <source>Waning crescent</source>
        <translation>Waning crescent</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="17"/>
        <source>Alcohol {permille} ‰ is over the limit of {limit} ‰ for a {category} driver.</source>
        <translation>Alcohol {permille} ‰ is over the limit of {limit} ‰ for a {category} driver.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="19"/>
        <source>Alcohol {permille} ‰ is above {threshold} ‰: criminal liability.</source>
        <translation>Alcohol {permille} ‰ is above {threshold} ‰: criminal liability.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="21"/>
        <source>Speed {measured} km/h where {limit} km/h is allowed ({over_kmh} km/h over).</source>
        <translation>Speed {measured} km/h where {limit} km/h is allowed ({over_kmh} km/h over).</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="23"/>
        <source>The driver refused the alcohol test.</source>
        <translation>The driver refused the alcohol test.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="24"/>
        <source>Missing document: {which}.</source>
        <translation>Missing document: {which}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="25"/>
        <source>The plate &apos;{plate}&apos; does not have the {country} format (like {example}); check it.</source>
        <translation>The plate &apos;{plate}&apos; does not have the {country} format (like {example}); check it.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="28"/>
        <source>A {sight} sight may not be used to hunt {species}.</source>
        <translation>A {sight} sight may not be used to hunt {species}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="30"/>
        <source>At night a {sight} sight may only be used from an elevated stand.</source>
        <translation>At night a {sight} sight may only be used from an elevated stand.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="32"/>
        <source>A weapon with a {sight} sight was loaded while the hunter was moving in the dark.</source>
        <translation>A weapon with a {sight} sight was loaded while the hunter was moving in the dark.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="34"/>
        <source>A weapon with a {sight} sight was not in a case in the vehicle at night.</source>
        <translation>A weapon with a {sight} sight was not in a case in the vehicle at night.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="36"/>
        <source>Missing hunting document: {which}.</source>
        <translation>Missing hunting document: {which}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="37"/>
        <source>The safety-check mark of {safety_check_date} is {max_years} years old or older.</source>
        <translation>The safety-check mark of {safety_check_date} is {max_years} years old or older.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="39"/>
        <source>No hunting sheet naming the hunt leader.</source>
        <translation>No hunting sheet naming the hunt leader.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="40"/>
        <source>The hunter was under the influence of alcohol or drugs.</source>
        <translation>The hunter was under the influence of alcohol or drugs.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="41"/>
        <source>A harvested or wounded wild boar has no marker number registered in the Mednis app.</source>
        <translation>A harvested or wounded wild boar has no marker number registered in the Mednis app.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="43"/>
        <source>No orange or yellow vest or headwear in a driven hunt.</source>
        <translation>No orange or yellow vest or headwear in a driven hunt.</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="48"/>
        <source>wild boar</source>
        <translation>wild boar</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="49"/>
        <source>fox</source>
        <translation>fox</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="50"/>
        <source>raccoon dog</source>
        <translation>raccoon dog</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="51"/>
        <source>common raccoon</source>
        <translation>common raccoon</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="52"/>
        <source>American mink</source>
        <translation>American mink</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="53"/>
        <source>nutria</source>
        <translation>nutria</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="54"/>
        <source>muskrat</source>
        <translation>muskrat</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="55"/>
        <source>roe deer</source>
        <translation>roe deer</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="56"/>
        <source>red deer</source>
        <translation>red deer</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="57"/>
        <source>fallow deer</source>
        <translation>fallow deer</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="58"/>
        <source>moose</source>
        <translation>moose</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="59"/>
        <source>hare</source>
        <translation>hare</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="60"/>
        <source>beaver</source>
        <translation>beaver</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="61"/>
        <source>wolf</source>
        <translation>wolf</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="62"/>
        <source>lynx</source>
        <translation>lynx</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="63"/>
        <source>badger</source>
        <translation>badger</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="64"/>
        <source>waterfowl</source>
        <translation>waterfowl</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="65"/>
        <source>night-vision</source>
        <translation>night-vision</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="66"/>
        <source>thermal</source>
        <translation>thermal</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="67"/>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="68"/>
        <source>novice</source>
        <translation>novice</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="69"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="70"/>
        <source>driving licence</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="71"/>
        <source>vehicle registration certificate</source>
        <translation>vehicle registration certificate</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="72"/>
        <source>compulsory insurance</source>
        <translation>compulsory insurance</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="73"/>
        <source>hunter&apos;s certificate</source>
        <translation>hunter&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="74"/>
        <source>seasonal card</source>
        <translation>seasonal card</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="75"/>
        <source>firearm permit</source>
        <translation>firearm permit</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="76"/>
        <source>hunting permit</source>
        <translation>hunting permit</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="77"/>
        <source>hunter&apos;s ticket</source>
        <translation>hunter&apos;s ticket</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="78"/>
        <source>weapon permit</source>
        <translation>weapon permit</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../fieldops/settings.py" line="43"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="44"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="45"/>
        <source>Night (red on black)</source>
        <translation>Night (red on black)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="46"/>
        <source>Night keeps your eyes dark-adapted for night-vision work.</source>
        <translation>Night keeps your eyes dark-adapted for night-vision work.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="47"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="49"/>
        <source>Text size (points)</source>
        <translation>Text size (points)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="52"/>
        <source>Lock the app after this many idle minutes</source>
        <translation>Lock the app after this many idle minutes</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="12"/>
        <source>Patrol officer</source>
        <translation>Patrol officer</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="13"/>
        <source>Equipment manager</source>
        <translation>Equipment manager</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="14"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="15"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="21"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="22"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="23"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="24"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="30"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="31"/>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="32"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="33"/>
        <source>In maintenance</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="34"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="35"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
</context>
</TS>
