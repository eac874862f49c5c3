<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/views/admin.py" line="143"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="144"/>
        <source>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</source>
        <translation>Who works with this workspace, in which agency and role, and who can sign in on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="146"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="147"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="148"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="149"/>
        <source>Filter by name, user name, badge, agency…</source>
        <translation>Filter by name, user name, badge, agency…</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="153"/>
        <location filename="../../ui/views/admin.py" line="296"/>
        <source>Regional server</source>
        <translation>Regional server</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="154"/>
        <source>Connect this laptop…</source>
        <translation>Connect this laptop…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/admin.py" line="182"/>
        <source>%n user(s) in the workspace.</source>
        <translation>
            <numerusform>%n user in the workspace.</numerusform>
            <numerusform>%n users in the workspace.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="215"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="215"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="221"/>
        <source>Not connected. Records stay on this laptop until it is connected to the regional server with an enrollment code.</source>
        <translation>Not connected. Records stay on this laptop until it is connected to the regional server with an enrollment code.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="225"/>
        <source>Connected to {url} as device {device} ({agency}).</source>
        <translation>Connected to {url} as device {device} ({agency}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="228"/>
        <source>Signing in to the server failed: {reason}</source>
        <translation>Signing in to the server failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="230"/>
        <source>You are signed in to the server: users you create with a password here also get their server accounts.</source>
        <translation>You are signed in to the server: users you create with a password here also get their server accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="233"/>
        <source>You have not signed in to the server on this laptop yet: users you create here must also be created on the server.</source>
        <translation>You have not signed in to the server on this laptop yet: users you create here must also be created on the server.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="262"/>
        <source>This laptop is not signed in to the regional server.</source>
        <translation>This laptop is not signed in to the regional server.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="280"/>
        <source>{name} can also sign in on the regional server.</source>
        <translation>{name} can also sign in on the regional server.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="293"/>
        <source>{name} has no server account yet.</source>
        <translation>{name} has no server account yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/admin.py" line="297"/>
        <source>{name} was saved on this laptop, but the server account was not created or updated: {reason}

Create it on the regional server later (or set the password here again when connected).</source>
        <translation>{name} was saved on this laptop, but the server account was not created or updated: {reason}

Create it on the regional server later (or set the password here again when connected).</translation>
    </message>
</context>
<context>
    <name>AmendmentBar</name>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="54"/>
        <location filename="../../ui/widgets/amendment_bar.py" line="114"/>
        <location filename="../../ui/widgets/amendment_bar.py" line="120"/>
        <source>Withdraw the amendment</source>
        <translation>Withdraw the amendment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="52"/>
        <source>Propose a co&amp;rrection…</source>
        <translation>Propose a co&amp;rrection…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="53"/>
        <source>Propose voi&amp;ding…</source>
        <translation>Propose voi&amp;ding…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="55"/>
        <source>Versi&amp;on history…</source>
        <translation>Versi&amp;on history…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="76"/>
        <source>Voided by an approved amendment: kept on record, never counted.</source>
        <translation>Voided by an approved amendment: kept on record, never counted.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="77"/>
        <source>Approved and locked. A correction or a void is an amendment with a reason, reviewed by a supervisor like the log.</source>
        <translation>Approved and locked. A correction or a void is an amendment with a reason, reviewed by a supervisor like the log.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="80"/>
        <source>%1 by %2, submitted %3: waiting for a supervisor.</source>
        <translation>%1 by %2, submitted %3: waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="84"/>
        <source>Your amendment was returned: %1</source>
        <translation>Your amendment was returned: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="86"/>
        <source>A draft correction was made from changes the server refused (the operation had been approved). Complete it with a reason, or withdraw it.</source>
        <translation>A draft correction was made from changes the server refused (the operation had been approved). Complete it with a reason, or withdraw it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="93"/>
        <source>Co&amp;mplete the draft…</source>
        <translation>Co&amp;mplete the draft…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="94"/>
        <source>Edit and sub&amp;mit again…</source>
        <translation>Edit and sub&amp;mit again…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/amendment_bar.py" line="115"/>
        <source>Withdraw this amendment? It stays on record as withdrawn.</source>
        <translation>Withdraw this amendment? It stays on record as withdrawn.</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="47"/>
        <source>Propose a correction of %1</source>
        <translation>Propose a correction of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="48"/>
        <source>Propose voiding %1</source>
        <translation>Propose voiding %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="52"/>
        <source>The operation is approved and locked. A supervisor reviews this amendment; only an approved correction changes the record, as its next version.</source>
        <translation>The operation is approved and locked. A supervisor reviews this amendment; only an approved correction changes the record, as its next version.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="54"/>
        <source>Voiding keeps the operation on record, marked voided, and takes it out of every count. A supervisor reviews it first.</source>
        <translation>Voiding keeps the operation on record, marked voided, and takes it out of every count. A supervisor reviews it first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="59"/>
        <source>Returned by the supervisor: %1</source>
        <translation>Returned by the supervisor: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/amendment.py" line="65"/>
        <source>Made from %n change(s) you made offline after the operation had been approved; the server kept the approved version. Add a reason and submit, or withdraw.</source>
        <translation>
            <numerusform>Made from %n change you made offline after the operation had been approved; the server kept the approved version. Add a reason and submit, or withdraw.</numerusform>
            <numerusform>Made from %n changes you made offline after the operation had been approved; the server kept the approved version. Add a reason and submit, or withdraw.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="73"/>
        <source>Why the approved record must change (required)</source>
        <translation>Why the approved record must change (required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="77"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="92"/>
        <source>Sen&amp;d for review</source>
        <translation>Sen&amp;d for review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="121"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>Vehi&amp;cle</source>
        <translation>Vehi&amp;cle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="122"/>
        <source>&amp;Weather</source>
        <translation>&amp;Weather</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="123"/>
        <source>Visi&amp;bility</source>
        <translation>Visi&amp;bility</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="132"/>
        <source>&amp;Position (WGS84)</source>
        <translation>&amp;Position (WGS84)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="133"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="133"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="134"/>
        <source>Actual &amp;start</source>
        <translation>Actual &amp;start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="134"/>
        <source>Actual &amp;end</source>
        <translation>Actual &amp;end</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="150"/>
        <source>&amp;Narrative</source>
        <translation>&amp;Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="162"/>
        <source>&amp;Void checks</source>
        <translation>&amp;Void checks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="164"/>
        <source>Why the ticked checks are void</source>
        <translation>Why the ticked checks are void</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="165"/>
        <source>Void reas&amp;on</source>
        <translation>Void reas&amp;on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="221"/>
        <source>Another amendment of this operation is waiting for review.</source>
        <translation>Another amendment of this operation is waiting for review.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/amendment.py" line="224"/>
        <source>Nothing would change: correct a field or void a check.</source>
        <translation>Nothing would change: correct a field or void a check.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="98"/>
        <source>Attach photo or video…</source>
        <translation>Attach photo or video…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="99"/>
        <source>Or drop files here</source>
        <translation>Or drop files here</translation>
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
        <translation>Not connected to the regional server: the file can be downloaded once this laptop is online.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="170"/>
        <source>The file %1 from the regional server</source>
        <translation>The file %1 from the regional server</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/attachments.py" line="193"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="212"/>
        <source>Attach photos or videos</source>
        <translation>Attach photos or videos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attachments.py" line="213"/>
        <source>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.avi *.mkv);;All files (*)</source>
        <translation>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.avi *.mkv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="89"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="90"/>
        <source>Alteration</source>
        <translation>Alteration</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="91"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="92"/>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="93"/>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="94"/>
        <source>Transfer to the server</source>
        <translation>Transfer to the server</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="95"/>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="96"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="103"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="104"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="105"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="106"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="107"/>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="108"/>
        <source>Equipment item</source>
        <translation>Equipment item</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="109"/>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="110"/>
        <source>Equipment incident</source>
        <translation>Equipment incident</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="111"/>
        <source>Equipment issue or return</source>
        <translation>Equipment issue or return</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="112"/>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="113"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="114"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="115"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="116"/>
        <location filename="../../ui/views/audit.py" line="481"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="125"/>
        <location filename="../../ui/views/audit.py" line="509"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="126"/>
        <location filename="../../ui/views/audit.py" line="509"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="127"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="128"/>
        <location filename="../../ui/views/audit.py" line="510"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="253"/>
        <source>The chain check failed at this event.</source>
        <translation>The chain check failed at this event.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="274"/>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="483"/>
        <source>Every event recorded in this workspace: who collected, changed, viewed or passed on which record, and when.</source>
        <translation>Every event recorded in this workspace: who collected, changed, viewed or passed on which record, and when.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="486"/>
        <source>The events of the people of %1: who collected, changed, viewed or passed on which record, and when.</source>
        <translation>The events of the people of %1: who collected, changed, viewed or passed on which record, and when.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="488"/>
        <source>Search record id, purpose, details… (Ctrl+F)</source>
        <translation>Search record id, purpose, details… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="489"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="492"/>
        <source>All people</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="493"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="494"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="494"/>
        <source>Custom range…</source>
        <translation>Custom range…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="497"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="498"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="499"/>
        <source>Recompute the hash chain of the whole log: an altered or removed event breaks it.</source>
        <translation>Recompute the hash chain of the whole log: an altered or removed event breaks it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="501"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="502"/>
        <source>Save the events matching the filters as a CSV file (the export is recorded with its purpose).</source>
        <translation>Save the events matching the filters as a CSV file (the export is recorded with its purpose).</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="504"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="505"/>
        <source>Load the newest events (F5)</source>
        <translation>Load the newest events (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="506"/>
        <source>Show it</source>
        <translation>Show it</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="507"/>
        <source>Load the list from the broken event</source>
        <translation>Load the list from the broken event</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="508"/>
        <source>No events match these filters.</source>
        <translation>No events match these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Event id</source>
        <translation>Event id</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="511"/>
        <source>Previous hash</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="514"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="648"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="650"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="652"/>
        <source>%n event(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n event loaded, more as you scroll</numerusform>
            <numerusform>%n events loaded, more as you scroll</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="694"/>
        <source>Select an event to see its details.</source>
        <translation>Select an event to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="699"/>
        <source>Event #%1</source>
        <translation>Event #%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="701"/>
        <source>(no signed-in user)</source>
        <translation>(no signed-in user)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="775"/>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="777"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="782"/>
        <source>✓ Chain intact: %n event(s) verified.</source>
        <translation>
            <numerusform>✓ Chain intact: %n event verified.</numerusform>
            <numerusform>✓ Chain intact: %n events verified.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="787"/>
        <source>its content was changed after it was recorded</source>
        <translation>its content was changed after it was recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="789"/>
        <source>an event before it was removed, or it was changed and re-hashed</source>
        <translation>an event before it was removed, or it was changed and re-hashed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="790"/>
        <source>✗ The audit log was altered at event #%1: %2. Report this to IT.</source>
        <translation>✗ The audit log was altered at event #%1: %2. Report this to IT.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="793"/>
        <source>The event is not in the list yet.</source>
        <translation>The event is not in the list yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="805"/>
        <source>The audit log (the events matching the filters) as a CSV file</source>
        <translation>The audit log (the events matching the filters) as a CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="808"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="808"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="823"/>
        <source>Saved to %1. The export is recorded in the audit log.</source>
        <translation>Saved to %1. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="828"/>
        <source>Audit log exported: %1</source>
        <translation>Audit log exported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="836"/>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="349"/>
        <source>New traffic check</source>
        <translation>New traffic check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="349"/>
        <source>Edit traffic check</source>
        <translation>Edit traffic check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="350"/>
        <source>New hunter check</source>
        <translation>New hunter check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="350"/>
        <source>Edit hunter check</source>
        <translation>Edit hunter check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="351"/>
        <source>New check</source>
        <translation>New check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="351"/>
        <source>Edit check</source>
        <translation>Edit check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="353"/>
        <source>%1 · operation %2</source>
        <translation>%1 · operation %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="376"/>
        <source>Rule check</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="408"/>
        <source>O&amp;utcome</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="414"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="416"/>
        <source>Save and ne&amp;xt</source>
        <translation>Save and ne&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="417"/>
        <source>Save this check and start the next one (Ctrl+Shift+Enter)</source>
        <translation>Save this check and start the next one (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="418"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="492"/>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="494"/>
        <source>Set the time to now (Alt+N)</source>
        <translation>Set the time to now (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="503"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="510"/>
        <source>Decimal degrees (56.5123, 21.0123), degrees-minutes-seconds (56°30&apos;44&quot;N 21°0&apos;44&quot;E) or degrees and decimal minutes</source>
        <translation>Decimal degrees (56.5123, 21.0123), degrees-minutes-seconds (56°30&apos;44&quot;N 21°0&apos;44&quot;E) or degrees and decimal minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="512"/>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="526"/>
        <source>Vehicle &amp;registration no.</source>
        <translation>Vehicle &amp;registration no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="532"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="533"/>
        <source>Novice (under 2 years&apos; experience)</source>
        <translation>Novice (under 2 years&apos; experience)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="534"/>
        <source>Professional (bus, taxi, heavy vehicle ...)</source>
        <translation>Professional (bus, taxi, heavy vehicle ...)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="536"/>
        <source>Driver &amp;category</source>
        <translation>Driver &amp;category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="539"/>
        <source>Driver&apos;s &amp;document no.</source>
        <translation>Driver&apos;s &amp;document no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="542"/>
        <source>Reason for the sto&amp;p</source>
        <translation>Reason for the sto&amp;p</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="544"/>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="545"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="547"/>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="548"/>
        <source>&amp;Measured speed</source>
        <translation>&amp;Measured speed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="549"/>
        <source>Speed &amp;limit</source>
        <translation>Speed &amp;limit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="551"/>
        <location filename="../../ui/dialogs/check_entry.py" line="554"/>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="552"/>
        <source>S&amp;econd test</source>
        <translation>S&amp;econd test</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="553"/>
        <source>A second breath test 15-30 minutes later; the lower result counts</source>
        <translation>A second breath test 15-30 minutes later; the lower result counts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="555"/>
        <source>Second alcohol test (‰)</source>
        <translation>Second alcohol test (‰)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="556"/>
        <source>Re&amp;fused test</source>
        <translation>Re&amp;fused test</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="563"/>
        <source>&amp;Alcohol test (‰)</source>
        <translation>&amp;Alcohol test (‰)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="572"/>
        <source>Dri&amp;ving licence</source>
        <translation>Dri&amp;ving licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="573"/>
        <source>Re&amp;gistration certificate</source>
        <translation>Re&amp;gistration certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="574"/>
        <source>&amp;Insurance</source>
        <translation>&amp;Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="580"/>
        <location filename="../../ui/dialogs/check_entry.py" line="672"/>
        <source>Documents shown</source>
        <translation>Documents shown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="590"/>
        <source>Hunter&apos;s na&amp;me</source>
        <translation>Hunter&apos;s na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="607"/>
        <source>type to filter</source>
        <translation>type to filter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="611"/>
        <source>Sp&amp;ecies</source>
        <translation>Sp&amp;ecies</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="615"/>
        <source>make, model, calibre, number</source>
        <translation>make, model, calibre, number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="616"/>
        <source>&amp;Weapon</source>
        <translation>&amp;Weapon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="618"/>
        <location filename="../../ui/dialogs/check_entry.py" line="623"/>
        <source>– not recorded –</source>
        <translation>– not recorded –</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="621"/>
        <source>Sight t&amp;ype</source>
        <translation>Sight t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="626"/>
        <source>Shooting p&amp;lace</source>
        <translation>Shooting p&amp;lace</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="632"/>
        <source>Hunter&apos;s &amp;certificate</source>
        <translation>Hunter&apos;s &amp;certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="632"/>
        <source>Seasonal c&amp;ard</source>
        <translation>Seasonal c&amp;ard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="633"/>
        <source>Hunting pe&amp;rmit</source>
        <translation>Hunting pe&amp;rmit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="633"/>
        <source>&amp;Firearm permit</source>
        <translation>&amp;Firearm permit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="634"/>
        <source>Hunter&apos;s tic&amp;ket</source>
        <translation>Hunter&apos;s tic&amp;ket</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="634"/>
        <source>Weapon &amp;permit</source>
        <translation>Weapon &amp;permit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="643"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="644"/>
        <source>%1: number</source>
        <translation>%1: number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="651"/>
        <source>&amp;Hunting sheet</source>
        <translation>&amp;Hunting sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="652"/>
        <source>The hunting sheet naming the hunt leader was shown</source>
        <translation>The hunting sheet naming the hunt leader was shown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="655"/>
        <source>number or hunt leader</source>
        <translation>number or hunt leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="656"/>
        <source>Hunting sheet: number or hunt leader</source>
        <translation>Hunting sheet: number or hunt leader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="662"/>
        <source>Safety-&amp;check date</source>
        <translation>Safety-&amp;check date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="665"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="677"/>
        <source>So&amp;ber</source>
        <translation>So&amp;ber</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="678"/>
        <source>Weapon loaded while movin&amp;g</source>
        <translation>Weapon loaded while movin&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="679"/>
        <source>Weapon cased in &amp;vehicle</source>
        <translation>Weapon cased in &amp;vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="680"/>
        <source>Recorded when the hunter was in a vehicle</source>
        <translation>Recorded when the hunter was in a vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="681"/>
        <source>Dr&amp;iven hunt</source>
        <translation>Dr&amp;iven hunt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="682"/>
        <source>Orange/yellow vest or hea&amp;dwear</source>
        <translation>Orange/yellow vest or hea&amp;dwear</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="683"/>
        <source>Recorded in a driven hunt</source>
        <translation>Recorded in a driven hunt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="684"/>
        <source>Wild boar &amp;harvested or wounded</source>
        <translation>Wild boar &amp;harvested or wounded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="687"/>
        <source>marker no. (Mednis)</source>
        <translation>marker no. (Mednis)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="688"/>
        <source>Wild boar marker number</source>
        <translation>Wild boar marker number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="699"/>
        <source>Conduct</source>
        <translation>Conduct</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="708"/>
        <source>Wild boar</source>
        <translation>Wild boar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="720"/>
        <source>– choose –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="723"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="726"/>
        <source>What was observed or done (at most %1 characters)</source>
        <translation>What was observed or done (at most %1 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="729"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="888"/>
        <source>Choose a species from the list.</source>
        <translation>Choose a species from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1014"/>
        <source>Neither a Latvian (like %1) nor a Lithuanian (like %2) plate: check it.</source>
        <translation>Neither a Latvian (like %1) nor a Lithuanian (like %2) plate: check it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1019"/>
        <source>Rule pack %1, version %2</source>
        <translation>Rule pack %1, version %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1054"/>
        <source>Correct the marked field to see what the rule pack says.</source>
        <translation>Correct the marked field to see what the rule pack says.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="1057"/>
        <source>No flags: the rule pack finds nothing to object to.</source>
        <translation>No flags: the rule pack finds nothing to object to.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="119"/>
        <source>Resolve the conflict</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="120"/>
        <source>Two different values were written</source>
        <translation>Two different values were written</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="121"/>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="122"/>
        <source>On this laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="123"/>
        <source>Start from the server&apos;s</source>
        <translation>Start from the server&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="124"/>
        <source>Start from mine</source>
        <translation>Start from mine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="125"/>
        <source>The value to keep (edit it as needed):</source>
        <translation>The value to keep (edit it as needed):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="126"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="127"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="149"/>
        <source>This value does not fit the field: write it like the values above.</source>
        <translation>This value does not fit the field: write it like the values above.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Demo workspace. Sign in as %1 with the password %2. Desk PIN of every demo user: %3.</source>
        <translation>Demo workspace. Sign in as %1 with the password %2. Desk PIN of every demo user: %3.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="194"/>
        <source>Preparing the charts…</source>
        <translation>Preparing the charts…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="251"/>
        <location filename="../../ui/views/dashboard.py" line="455"/>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="279"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="309"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="345"/>
        <source>No data for this period</source>
        <translation>No data for this period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="362"/>
        <location filename="../../ui/views/dashboard.py" line="367"/>
        <location filename="../../ui/views/dashboard.py" line="370"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="363"/>
        <source>With a violation</source>
        <translation>With a violation</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="396"/>
        <source>week %1 (%2)</source>
        <translation>week %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="398"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="402"/>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="403"/>
        <source>Checks with a violation</source>
        <translation>Checks with a violation</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="404"/>
        <source>Moon illumination</source>
        <translation>Moon illumination</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="409"/>
        <location filename="../../ui/views/dashboard.py" line="416"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="411"/>
        <source>night sight</source>
        <translation>night sight</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="420"/>
        <source>refused the test</source>
        <translation>refused the test</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="425"/>
        <source>Alcohol over the limit</source>
        <translation>Alcohol over the limit</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="425"/>
        <source>Alcohol &gt; 1.5 ‰</source>
        <translation>Alcohol &gt; 1.5 ‰</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="426"/>
        <source>Speeding</source>
        <translation>Speeding</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="426"/>
        <source>Refused the test</source>
        <translation>Refused the test</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="427"/>
        <source>Document missing</source>
        <translation>Document missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="428"/>
        <source>Night sight: species</source>
        <translation>Night sight: species</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="429"/>
        <source>Night sight: not from a stand</source>
        <translation>Night sight: not from a stand</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="430"/>
        <source>Loaded while moving</source>
        <translation>Loaded while moving</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="431"/>
        <source>Uncased in a vehicle</source>
        <translation>Uncased in a vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="432"/>
        <source>Hunting document missing</source>
        <translation>Hunting document missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="433"/>
        <source>Safety check expired</source>
        <translation>Safety check expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="434"/>
        <source>Hunting sheet missing</source>
        <translation>Hunting sheet missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="434"/>
        <source>Not sober</source>
        <translation>Not sober</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="435"/>
        <source>Boar marker missing</source>
        <translation>Boar marker missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="436"/>
        <source>No vest in a driven hunt</source>
        <translation>No vest in a driven hunt</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="441"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="442"/>
        <source>Counted: operations that are not voided (drafts included) by their start; one stopped driver or hunter is one check; voided checks never count.</source>
        <translation>Counted: operations that are not voided (drafts included) by their start; one stopped driver or hunter is one check; voided checks never count.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="444"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="445"/>
        <source>&amp;Agency</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="446"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>This night</source>
        <translation>This night</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>Last 7 nights</source>
        <translation>Last 7 nights</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="447"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="448"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="448"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="451"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="456"/>
        <source>Equipment overdue now</source>
        <translation>Equipment overdue now</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="457"/>
        <source>Equipment in maintenance now</source>
        <translation>Equipment in maintenance now</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="458"/>
        <source>Operations per night by type</source>
        <translation>Operations per night by type</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="459"/>
        <source>Checks and violations by category</source>
        <translation>Checks and violations by category</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="460"/>
        <source>Violations by country rule (checks)</source>
        <translation>Violations by country rule (checks)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="461"/>
        <source>Alcohol results (counted test)</source>
        <translation>Alcohol results (counted test)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="462"/>
        <source>Hunter checks by species and sight</source>
        <translation>Hunter checks by species and sight</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="463"/>
        <source>Equipment use: hours per item and week</source>
        <translation>Equipment use: hours per item and week</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="464"/>
        <source>Night context: moon illumination, operations and findings</source>
        <translation>Night context: moon illumination, operations and findings</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="467"/>
        <source>Export chart as PNG…</source>
        <translation>Export chart as PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="481"/>
        <location filename="../../ui/views/dashboard.py" line="488"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="482"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="489"/>
        <source>The chart could not be written to %1.</source>
        <translation>The chart could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/widgets/datetime_field.py" line="38"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/datetime_field.py" line="39"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
</context>
<context>
    <name>DeskPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="19"/>
        <source>Desk PIN</source>
        <translation>Desk PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="22"/>
        <source>At the equipment desk you confirm each check-out and return with this PIN (%1 to %2 digits). Your password confirms it is you.</source>
        <translation>At the equipment desk you confirm each check-out and return with this PIN (%1 to %2 digits). Your password confirms it is you.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="34"/>
        <source>New &amp;PIN</source>
        <translation>New &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="35"/>
        <source>&amp;Repeat PIN</source>
        <translation>&amp;Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="36"/>
        <source>My pass&amp;word</source>
        <translation>My pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/desk_pin.py" line="47"/>
        <source>The PINs differ.</source>
        <translation>The PINs differ.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../../ui/views/desk.py" line="299"/>
        <source>– none –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="311"/>
        <source>%1 out</source>
        <translation>%1 out</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="312"/>
        <source>%1 available</source>
        <translation>%1 available</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="315"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="316"/>
        <source>%1 in maintenance</source>
        <translation>%1 in maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="316"/>
        <source>%1 service due</source>
        <translation>%1 service due</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="317"/>
        <source>%1 open incidents</source>
        <translation>%1 open incidents</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="361"/>
        <source>Unknown code: %1. Not an asset tag, kit or badge on this laptop.</source>
        <translation>Unknown code: %1. Not an asset tag, kit or badge on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="374"/>
        <source>Check-out for %1: scan the items, then press Enter.</source>
        <translation>Check-out for %1: scan the items, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="385"/>
        <source>%1 – %2. Scan an officer&apos;s badge first to check it out.</source>
        <translation>%1 – %2. Scan an officer&apos;s badge first to check it out.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="412"/>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="414"/>
        <source>Added %1. Scan more items, or press Enter to confirm.</source>
        <translation>Added %1. Scan more items, or press Enter to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="437"/>
        <location filename="../../ui/views/desk.py" line="686"/>
        <source>Scan an officer&apos;s badge to start a check-out, or an item to open or return it.</source>
        <translation>Scan an officer&apos;s badge to start a check-out, or an item to open or return it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="444"/>
        <source>No officer chosen: scan a badge.</source>
        <translation>No officer chosen: scan a badge.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="452"/>
        <source>Already holds: %1</source>
        <translation>Already holds: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="463"/>
        <source>Check out %n item(s)</source>
        <translation>
            <numerusform>Check out %n item</numerusform>
            <numerusform>Check out %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="469"/>
        <source>Scan at least one item first.</source>
        <translation>Scan at least one item first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="472"/>
        <source>%1: type your PIN and press Enter.</source>
        <translation>%1: type your PIN and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="491"/>
        <source>Photos of the items as issued</source>
        <translation>Photos of the items as issued</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="492"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="503"/>
        <source>%n photo(s)…</source>
        <translation>
            <numerusform>%n photo…</numerusform>
            <numerusform>%n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="503"/>
        <source>Add ph&amp;oto…</source>
        <translation>Add ph&amp;oto…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="505"/>
        <source>Photos of the items&apos; condition at issue (optional)</source>
        <translation>Photos of the items&apos; condition at issue (optional)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/desk.py" line="511"/>
        <source>Checked out %n item(s) to %1, due back %2.</source>
        <translation>
            <numerusform>Checked out %n item to %1, due back %2.</numerusform>
            <numerusform>Checked out %n items to %1, due back %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="596"/>
        <source>Select the items of the kit in the list first (Ctrl+click).</source>
        <translation>Select the items of the kit in the list first (Ctrl+click).</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="625"/>
        <source>Resolve incident</source>
        <translation>Resolve incident</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="626"/>
        <source>%1 – %2. How was it resolved?</source>
        <translation>%1 – %2. How was it resolved?</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="648"/>
        <source>Equipment desk</source>
        <translation>Equipment desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="649"/>
        <source>Scan a badge or an asset tag (or type it and press Enter)</source>
        <translation>Scan a badge or an asset tag (or type it and press Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="650"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="651"/>
        <source>&amp;Due back</source>
        <translation>&amp;Due back</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="651"/>
        <source>Co&amp;ndition out</source>
        <translation>Co&amp;ndition out</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="652"/>
        <source>&amp;Battery out</source>
        <translation>&amp;Battery out</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="652"/>
        <source>For rese&amp;rvation</source>
        <translation>For rese&amp;rvation</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="653"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="654"/>
        <source>Holder&apos;s &amp;PIN</source>
        <translation>Holder&apos;s &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="656"/>
        <source>PIN or password, typed by the officer</source>
        <translation>PIN or password, typed by the officer</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="657"/>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="659"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="660"/>
        <source>Filter by tag, serial, make, model, location</source>
        <translation>Filter by tag, serial, make, model, location</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="664"/>
        <source>Service due</source>
        <translation>Service due</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="669"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="670"/>
        <source>&amp;New item…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="671"/>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="672"/>
        <source>Make &amp;kit…</source>
        <translation>Make &amp;kit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="673"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="674"/>
        <source>Print &amp;labels…</source>
        <translation>Print &amp;labels…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="675"/>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="676"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="677"/>
        <source>Reservations</source>
        <translation>Reservations</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="678"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="679"/>
        <source>Re&amp;serve…</source>
        <translation>Re&amp;serve…</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk.py" line="680"/>
        <source>Cancel reservation</source>
        <translation>Cancel reservation</translation>
    </message>
</context>
<context>
    <name>EquipmentImport</name>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="59"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="148"/>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="60"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="149"/>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="61"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="150"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="62"/>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="63"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="64"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="152"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="65"/>
        <source>Project-funded</source>
        <translation>Project-funded</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="66"/>
        <source>Usage hours</source>
        <translation>Usage hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="67"/>
        <source>Battery cycles</source>
        <translation>Battery cycles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="68"/>
        <source>Next service</source>
        <translation>Next service</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="69"/>
        <source>Service every (hours)</source>
        <translation>Service every (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="70"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="71"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="80"/>
        <source>&apos;%1&apos; appears more than once in the file (also line %2).</source>
        <translation>&apos;%1&apos; appears more than once in the file (also line %2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="84"/>
        <source>&apos;%1&apos; is already used by an item or kit in this workspace.</source>
        <translation>&apos;%1&apos; is already used by an item or kit in this workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="88"/>
        <source>The row has %1 cells but the header only %2 columns.</source>
        <translation>The row has %1 cells but the header only %2 columns.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="101"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="103"/>
        <source>The file is larger than 5 MB. Split it into smaller files.</source>
        <translation>The file is larger than 5 MB. Split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="106"/>
        <source>The file has more than %1 rows. Split it into smaller files.</source>
        <translation>The file has more than %1 rows. Split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="110"/>
        <source>The file has a header line but no rows.</source>
        <translation>The file has a header line but no rows.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="112"/>
        <source>Unknown columns: %1. Rename them to a known column name or delete them.</source>
        <translation>Unknown columns: %1. Rename them to a known column name or delete them.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="116"/>
        <source>Required columns are missing: %1.</source>
        <translation>Required columns are missing: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="119"/>
        <source>Columns named twice: %1.</source>
        <translation>Columns named twice: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="147"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="151"/>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="153"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>EquipmentImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="199"/>
        <source>Import inventory from CSV</source>
        <translation>Import inventory from CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="204"/>
        <source>A CSV file with a header line. Required columns: asset tag, serial no., kind, make, model. Optional: location, project-funded, usage hours, battery cycles, next service, service hours, notes. Column names may be in English, Latvian or Lithuanian; UTF-8 or Windows-1257; separated by commas, semicolons or tabs.</source>
        <translation>A CSV file with a header line. Required columns: asset tag, serial no., kind, make, model. Optional: location, project-funded, usage hours, battery cycles, next service, service hours, notes. Column names may be in English, Latvian or Lithuanian; UTF-8 or Windows-1257; separated by commas, semicolons or tabs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="212"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="213"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="247"/>
        <location filename="../../ui/dialogs/equipment_import.py" line="326"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="262"/>
        <source>Choose the inventory CSV file</source>
        <translation>Choose the inventory CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="263"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="275"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
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
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="302"/>
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="302"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="309"/>
        <source>&amp;Skip the %n rows with problems and import the others</source>
        <translation>
            <numerusform>&amp;Skip the %n row with problems and import the others</numerusform>
            <numerusform>&amp;Skip the %n rows with problems and import the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_import.py" line="324"/>
        <source>&amp;Import %n items</source>
        <translation>
            <numerusform>&amp;Import %n item</numerusform>
            <numerusform>&amp;Import %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="340"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_import.py" line="361"/>
        <source>Nothing was imported: line %1 uses a tag that was added meanwhile.</source>
        <translation>Nothing was imported: line %1 uses a tag that was added meanwhile.</translation>
    </message>
</context>
<context>
    <name>EquipmentLabelsDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="83"/>
        <source>Print labels</source>
        <translation>Print labels</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="87"/>
        <source>%n labels</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="99"/>
        <source>&amp;Label sheet</source>
        <translation>&amp;Label sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="101"/>
        <source>Labels of the first sheet that were used already; printing starts after them (left to right, top to bottom).</source>
        <translation>Labels of the first sheet that were used already; printing starts after them (left to right, top to bottom).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="103"/>
        <source>&amp;Skip first labels</source>
        <translation>&amp;Skip first labels</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="118"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="121"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="141"/>
        <source>%1 — %2 per sheet (%3 × %4), %5 × %6 mm</source>
        <translation>%1 — %2 per sheet (%3 × %4), %5 × %6 mm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="159"/>
        <source>%n sheets</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="173"/>
        <source>Save the label sheet</source>
        <translation>Save the label sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="174"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="188"/>
        <source>Creating the labels…</source>
        <translation>Creating the labels…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_labels.py" line="207"/>
        <source>Saved %1 (%n pages).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_labels.py" line="213"/>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>The PDF could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>HolderHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="317"/>
        <source>Equipment history – %1</source>
        <translation>Equipment history – %1</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="103"/>
        <source>by date only</source>
        <translation>by date only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>Asset &amp;tag</source>
        <translation>Asset &amp;tag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>&amp;Serial no.</source>
        <translation>&amp;Serial no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="104"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>&amp;Make</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="105"/>
        <source>Storage &amp;location</source>
        <translation>Storage &amp;location</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="106"/>
        <source>Project-funded (LV-LT programme)</source>
        <translation>Project-funded (LV-LT programme)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="107"/>
        <source>Usage hours before fieldops</source>
        <translation>Usage hours before fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="107"/>
        <source>Battery cycles</source>
        <translation>Battery cycles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="108"/>
        <source>Next service date</source>
        <translation>Next service date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="108"/>
        <source>Service every (usage hours)</source>
        <translation>Service every (usage hours)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="109"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="116"/>
        <source>Usage hours in total</source>
        <translation>Usage hours in total</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="120"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="124"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="143"/>
        <source>Custody history</source>
        <translation>Custody history</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="144"/>
        <source>Used in operations</source>
        <translation>Used in operations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="145"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="149"/>
        <source>Into &amp;maintenance…</source>
        <translation>Into &amp;maintenance…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="150"/>
        <source>Back from maintenance…</source>
        <translation>Back from maintenance…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="151"/>
        <source>Mark &amp;lost…</source>
        <translation>Mark &amp;lost…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="151"/>
        <source>&amp;Found…</source>
        <translation>&amp;Found…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="152"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="166"/>
        <source>New equipment item</source>
        <translation>New equipment item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="167"/>
        <source>A new item of your agency. Its custody starts as available.</source>
        <translation>A new item of your agency. Its custody starts as available.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="203"/>
        <source>held by %1, due back %2</source>
        <translation>held by %1, due back %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="206"/>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="208"/>
        <source>kit %1</source>
        <translation>kit %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="210"/>
        <source>%1 open incident(s)</source>
        <translation>%1 open incident(s)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="212"/>
        <source>service due</source>
        <translation>service due</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="290"/>
        <source>Into maintenance</source>
        <translation>Into maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="290"/>
        <source>What is to be done, and by whom?</source>
        <translation>What is to be done, and by whom?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="291"/>
        <source>Back from maintenance</source>
        <translation>Back from maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="291"/>
        <source>What was done? The next service date can be set on the Details tab.</source>
        <translation>What was done? The next service date can be set on the Details tab.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="293"/>
        <source>Mark lost</source>
        <translation>Mark lost</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="293"/>
        <source>Where and when was it last seen? The item stays open as an incident until resolved.</source>
        <translation>Where and when was it last seen? The item stays open as an incident until resolved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="295"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="295"/>
        <source>Where was it found, and in what state?</source>
        <translation>Where was it found, and in what state?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="296"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="296"/>
        <source>Why is it taken out of service for good?</source>
        <translation>Why is it taken out of service for good?</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="335"/>
        <source>New kit</source>
        <translation>New kit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="339"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="347"/>
        <source>%1 kit</source>
        <translation>%1 kit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="350"/>
        <source>Kit &amp;tag</source>
        <translation>Kit &amp;tag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_item.py" line="351"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <location filename="../../ui/reports/labels.py" line="242"/>
        <source>Asset-tag labels (%1)</source>
        <translation>Asset-tag labels (%1)</translation>
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
        <location filename="../../ui/main_window.py" line="273"/>
        <source>fieldops – %1 – %2</source>
        <translation>fieldops – %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <location filename="../../ui/selftest.py" line="234"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Tonight</source>
        <translation>Tonight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Equipment desk</source>
        <translation>Equipment desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Night theme (red on black)</source>
        <translation>&amp;Night theme (red on black)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verify audit log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>&amp;Desk PIN…</source>
        <translation>&amp;Desk PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;About fieldops</source>
        <translation>&amp;About fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Sending %1: %2 %</source>
        <translation>Sending %1: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Low disk space: %1 free</source>
        <translation>Low disk space: %1 free</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Free some space: photos and videos are stored here until the regional server confirms them.</source>
        <translation>Free some space: photos and videos are stored here until the regional server confirms them.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="467"/>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>This laptop is not enrolled with a regional server: changes stay here.</source>
        <translation>This laptop is not enrolled with a regional server: changes stay here.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>The server cannot be reached; changes are sent as soon as it answers.</source>
        <translation>The server cannot be reached; changes are sent as soon as it answers.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Sending this laptop&apos;s changes and fetching the others&apos;.</source>
        <translation>Sending this laptop&apos;s changes and fetching the others&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="479"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>The last sync with the regional server succeeded.</source>
        <translation>The last sync with the regional server succeeded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Sync error: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="489"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n of the waiting changes were made by other people: they are sent when those people sync.</source>
        <translation>
            <numerusform>%n of the waiting changes was made by another person: it is sent when that person syncs.</numerusform>
            <numerusform>%n of the waiting changes were made by other people: they are sent when those people sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="495"/>
        <source>%n file(s) waiting</source>
        <translation>
            <numerusform>%n file waiting</numerusform>
            <numerusform>%n files waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>Click to open the Sync page.</source>
        <translation>Click to open the Sync page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="507"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="509"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <location filename="../../ui/main_window.py" line="573"/>
        <location filename="../../ui/main_window.py" line="576"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="574"/>
        <source>The audit log is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n event verified.</numerusform>
            <numerusform>The audit log is intact: %n events verified.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>The audit log has been altered at event #%1. Report this to your supervisor and IT.</source>
        <translation>The audit log has been altered at event #%1. Report this to your supervisor and IT.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>About fieldops</source>
        <translation>About fieldops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</source>
        <translation>&lt;b&gt;fieldops %1&lt;/b&gt;&lt;br&gt;Night operations log and equipment desk for the Latvian–Lithuanian border police partners.&lt;br&gt;Workspace: %2</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../ui/media_text.py" line="18"/>
        <source>the server does not have its record (see the Sync page)</source>
        <translation>the server does not have its record (see the Sync page)</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="19"/>
        <source>the server&apos;s disk is full; it is sent again later</source>
        <translation>the server&apos;s disk is full; it is sent again later</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="20"/>
        <source>the server received different bytes; it is sent again</source>
        <translation>the server received different bytes; it is sent again</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="21"/>
        <source>the copy on this laptop is damaged; attach the original file again</source>
        <translation>the copy on this laptop is damaged; attach the original file again</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="23"/>
        <source>the copy on this laptop is missing; attach the original file again</source>
        <translation>the copy on this laptop is missing; attach the original file again</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="25"/>
        <source>damaged on the way several times; it is sent again later</source>
        <translation>damaged on the way several times; it is sent again later</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="26"/>
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="35"/>
        <source>sending %1 %</source>
        <translation>sending %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="37"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="39"/>
        <source>on the server</source>
        <translation>on the server</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="41"/>
        <source>not sent: %1</source>
        <translation>not sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/media_text.py" line="42"/>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="293"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="294"/>
        <source>Previous file (Left arrow, Page Up)</source>
        <translation>Previous file (Left arrow, Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="295"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="296"/>
        <source>Next file (Right arrow, Page Down)</source>
        <translation>Next file (Right arrow, Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="297"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zoom in (+, Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="298"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Zoom out (−, Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="299"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="300"/>
        <source>Fit the photo in the window (0)</source>
        <translation>Fit the photo in the window (0)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="301"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="302"/>
        <source>Actual size (1)</source>
        <translation>Actual size (1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="303"/>
        <source>Drag to move the photo</source>
        <translation>Drag to move the photo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="304"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="305"/>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="305"/>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="307"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="308"/>
        <source>The file&apos;s fingerprint, recorded when it was attached</source>
        <translation>The file&apos;s fingerprint, recorded when it was attached</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="309"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="310"/>
        <source>Custody trail</source>
        <translation>Custody trail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="311"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="312"/>
        <source>Download from server</source>
        <translation>Download from server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="314"/>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="350"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="390"/>
        <source>This photo cannot be shown here. You can open it with the system&apos;s viewer.</source>
        <translation>This photo cannot be shown here. You can open it with the system&apos;s viewer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="392"/>
        <source>This photo is too large to show here (%1). You can open it with the system&apos;s viewer.</source>
        <translation>This photo is too large to show here (%1). You can open it with the system&apos;s viewer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="427"/>
        <source>This video cannot be played here.</source>
        <translation>This video cannot be played here.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="474"/>
        <source>Open in system player</source>
        <translation>Open in system player</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="474"/>
        <source>Open in system viewer</source>
        <translation>Open in system viewer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="475"/>
        <source>A decrypted copy is kept on this laptop only while the app runs.</source>
        <translation>A decrypted copy is kept on this laptop only while the app runs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="480"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="496"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="484"/>
        <source>This file is missing on this laptop and was not sent to the regional server. Ask IT to look for a backup.</source>
        <translation>This file is missing on this laptop and was not sent to the regional server. Ask IT to look for a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="487"/>
        <source>This file is not on this laptop. It is kept on the regional server.</source>
        <translation>This file is not on this laptop. It is kept on the regional server.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="508"/>
        <source>No program on this laptop can open this file.</source>
        <translation>No program on this laptop can open this file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="549"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="555"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="556"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="556"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="560"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="561"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="563"/>
        <location filename="../../ui/dialogs/media_viewer.py" line="607"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="562"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="609"/>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="615"/>
        <source>opened in system player</source>
        <translation>opened in system player</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="615"/>
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="616"/>
        <source>attached</source>
        <translation>attached</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="616"/>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="617"/>
        <source>sent to server</source>
        <translation>sent to server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="618"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/media_viewer.py" line="618"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>NewOperationDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="24"/>
        <source>New night operation</source>
        <translation>New night operation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="31"/>
        <source>Starting &amp;now</source>
        <translation>Starting &amp;now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="37"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="37"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_operation.py" line="38"/>
        <source>Planned &amp;start</source>
        <translation>Planned &amp;start</translation>
    </message>
</context>
<context>
    <name>NightCard</name>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="35"/>
        <source>Night context</source>
        <translation>Night context</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="37"/>
        <source>Sunset</source>
        <translation>Sunset</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="38"/>
        <source>Nautical dusk</source>
        <translation>Nautical dusk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="39"/>
        <source>Nautical dawn</source>
        <translation>Nautical dawn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="40"/>
        <source>Sunrise</source>
        <translation>Sunrise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="41"/>
        <source>Moon</source>
        <translation>Moon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/night_card.py" line="42"/>
        <source>Dark hours</source>
        <translation>Dark hours</translation>
    </message>
</context>
<context>
    <name>OperationEditor</name>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="254"/>
        <source>← Operations</source>
        <translation>← Operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="255"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="257"/>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="259"/>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="261"/>
        <source>&amp;Position (WGS84)</source>
        <translation>&amp;Position (WGS84)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="262"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="262"/>
        <source>Vehi&amp;cle</source>
        <translation>Vehi&amp;cle</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="263"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="263"/>
        <source>Actual &amp;start</source>
        <translation>Actual &amp;start</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="264"/>
        <source>Actual &amp;end</source>
        <translation>Actual &amp;end</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="264"/>
        <source>&amp;Weather</source>
        <translation>&amp;Weather</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="265"/>
        <source>Visi&amp;bility</source>
        <translation>Visi&amp;bility</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="265"/>
        <source>&amp;Narrative</source>
        <translation>&amp;Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="270"/>
        <source>e.g. 56.5047, 21.0108 or 56°30&apos;17&quot;N 21°0&apos;39&quot;E</source>
        <translation>e.g. 56.5047, 21.0108 or 56°30&apos;17&quot;N 21°0&apos;39&quot;E</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="271"/>
        <source>Crew (lead first)</source>
        <translation>Crew (lead first)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="272"/>
        <source>Add a crew member by name or badge…</source>
        <translation>Add a crew member by name or badge…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="273"/>
        <source>Equipment used (tick; the crew&apos;s check-outs first)</source>
        <translation>Equipment used (tick; the crew&apos;s check-outs first)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="274"/>
        <source>+ Traffic check</source>
        <translation>+ Traffic check</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="276"/>
        <source>+ Hunter check</source>
        <translation>+ Hunter check</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="278"/>
        <source>+ Other</source>
        <translation>+ Other</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="280"/>
        <location filename="../../ui/views/operation_editor.py" line="581"/>
        <source>Void check</source>
        <translation>Void check</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="281"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="282"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="282"/>
        <source>Rule flags</source>
        <translation>Rule flags</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="353"/>
        <source>  (held by the crew)</source>
        <translation>  (held by the crew)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="381"/>
        <source>Returned for correction:</source>
        <translation>Returned for correction:</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="383"/>
        <source>This operation is %1 and can no longer be edited here.</source>
        <translation>This operation is %1 and can no longer be edited here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="399"/>
        <source>  (lead)</source>
        <translation>  (lead)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="401"/>
        <source>Enter removes this member</source>
        <translation>Enter removes this member</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/operation_editor.py" line="409"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="458"/>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="460"/>
        <source>A shift cannot last more than 24 hours.</source>
        <translation>A shift cannot last more than 24 hours.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operation_editor.py" line="581"/>
        <source>Why is this check withdrawn?</source>
        <translation>Why is this check withdrawn?</translation>
    </message>
</context>
<context>
    <name>OperationReport</name>
    <message>
        <location filename="../../ui/reports/export.py" line="89"/>
        <source>The operation report as a PDF file</source>
        <translation>The operation report as a PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="99"/>
        <source>Save the operation report</source>
        <translation>Save the operation report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="100"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="110"/>
        <source>The PDF could not be saved to %1: %2. Nothing was recorded.</source>
        <translation>The PDF could not be saved to %1: %2. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="112"/>
        <location filename="../../ui/reports/export.py" line="154"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="133"/>
        <source>Operation report saved: %1</source>
        <translation>Operation report saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="147"/>
        <source>The export could not be recorded in the audit log, so the PDF was deleted.</source>
        <translation>The export could not be recorded in the audit log, so the PDF was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="150"/>
        <source>The export could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</source>
        <translation>The export could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="191"/>
        <source>Plate %1</source>
        <translation>Plate %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="193"/>
        <source>Driver: %1</source>
        <translation>Driver: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="198"/>
        <source>Alcohol %1 ‰</source>
        <translation>Alcohol %1 ‰</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="201"/>
        <source>Refused the alcohol test</source>
        <translation>Refused the alcohol test</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="204"/>
        <source>Speed %1 km/h (limit %2 km/h)</source>
        <translation>Speed %1 km/h (limit %2 km/h)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="207"/>
        <source>Speed %1 km/h</source>
        <translation>Speed %1 km/h</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="210"/>
        <location filename="../../ui/reports/operation_pdf.py" line="246"/>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="217"/>
        <source>Species: %1</source>
        <translation>Species: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="220"/>
        <source>Sight: %1</source>
        <translation>Sight: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="222"/>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="225"/>
        <source>Driven hunt</source>
        <translation>Driven hunt</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="227"/>
        <source>Weapon loaded while moving</source>
        <translation>Weapon loaded while moving</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="229"/>
        <source>Weapon not cased in the vehicle</source>
        <translation>Weapon not cased in the vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="231"/>
        <source>Not sober</source>
        <translation>Not sober</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="233"/>
        <source>No vest</source>
        <translation>No vest</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="235"/>
        <source>Wild boar harvested or wounded</source>
        <translation>Wild boar harvested or wounded</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="237"/>
        <source>Boar marker %1</source>
        <translation>Boar marker %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="239"/>
        <source>Hunting sheet: %1</source>
        <translation>Hunting sheet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="242"/>
        <source>Safety check: %1</source>
        <translation>Safety check: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="253"/>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="329"/>
        <source>badge %1</source>
        <translation>badge %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="332"/>
        <source>lead</source>
        <translation>lead</translation>
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
        <translation>Moon: %1 % lit (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="357"/>
        <location filename="../../ui/reports/period_pdf.py" line="101"/>
        <source>Night of %1</source>
        <translation>Night of %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="359"/>
        <location filename="../../ui/reports/period_pdf.py" line="104"/>
        <source>Sunset</source>
        <translation>Sunset</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="360"/>
        <location filename="../../ui/reports/period_pdf.py" line="105"/>
        <source>nautical dusk</source>
        <translation>nautical dusk</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="361"/>
        <location filename="../../ui/reports/period_pdf.py" line="106"/>
        <source>Nautical dawn</source>
        <translation>Nautical dawn</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="362"/>
        <location filename="../../ui/reports/period_pdf.py" line="107"/>
        <source>sunrise</source>
        <translation>sunrise</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="374"/>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="405"/>
        <source>Operation report</source>
        <translation>Operation report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="416"/>
        <source>total: %1 · with a violation: %2</source>
        <translation>total: %1 · with a violation: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="419"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="421"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="423"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="424"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="425"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="426"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="427"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="428"/>
        <source>Equipment used</source>
        <translation>Equipment used</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="429"/>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="430"/>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="431"/>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="432"/>
        <location filename="../../ui/reports/operation_pdf.py" line="443"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="438"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="447"/>
        <location filename="../../ui/reports/operation_pdf.py" line="478"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="448"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="449"/>
        <source>Key facts</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="450"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="451"/>
        <source>Rule-pack flags and decisions</source>
        <translation>Rule-pack flags and decisions</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="452"/>
        <source>Rule pack</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="456"/>
        <source>No checks were logged.</source>
        <translation>No checks were logged.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="459"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="462"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="463"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="464"/>
        <source>SHA-256 (chain-of-custody fingerprint)</source>
        <translation>SHA-256 (chain-of-custody fingerprint)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="472"/>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="476"/>
        <source>Review comments</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="479"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="480"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="495"/>
        <location filename="../../ui/reports/period_pdf.py" line="110"/>
        <source>Printed by %1 on %2 — purpose: %3</source>
        <translation>Printed by %1 on %2 — purpose: %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/operation_pdf.py" line="553"/>
        <location filename="../../ui/reports/period_pdf.py" line="111"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <location filename="../../ui/models/operations.py" line="100"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="101"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="102"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="104"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="105"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="106"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="107"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="108"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="114"/>
        <source>Draft: the crew is still writing it.</source>
        <translation>Draft: the crew is still writing it.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="115"/>
        <source>Submitted: waiting for a supervisor&apos;s review; locked for the crew.</source>
        <translation>Submitted: waiting for a supervisor&apos;s review; locked for the crew.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="117"/>
        <source>Returned by a supervisor for corrections.</source>
        <translation>Returned by a supervisor for corrections.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="119"/>
        <source>Approved: final; corrections are recorded as amendments.</source>
        <translation>Approved: final; corrections are recorded as amendments.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="121"/>
        <source>Voided by an approved amendment: kept on record, never counted.</source>
        <translation>Voided by an approved amendment: kept on record, never counted.</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="517"/>
        <source>Checks: %1 · with a violation: %2</source>
        <translation>Checks: %1 · with a violation: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/operations.py" line="521"/>
        <source>Local time of the agency (%1)</source>
        <translation>Local time of the agency (%1)</translation>
    </message>
</context>
<context>
    <name>OperationsView</name>
    <message>
        <location filename="../../ui/views/operations.py" line="194"/>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="195"/>
        <source>New operation</source>
        <translation>New operation</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="196"/>
        <source>Start a new operation (Ctrl+N)</source>
        <translation>Start a new operation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="197"/>
        <source>Search number, area, vehicle, narrative… (Ctrl+F)</source>
        <translation>Search number, area, vehicle, narrative… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="198"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="201"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="204"/>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Last night</source>
        <translation>Last night</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="205"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="206"/>
        <source>Custom range…</source>
        <translation>Custom range…</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="209"/>
        <source>Operations started since yesterday noon (local time)</source>
        <translation>Operations started since yesterday noon (local time)</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="211"/>
        <source>Only mine</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="212"/>
        <source>Operations you were in the crew of</source>
        <translation>Operations you were in the crew of</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="213"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="214"/>
        <source>No operations match these filters.</source>
        <translation>No operations match these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/views/operations.py" line="335"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/operations.py" line="337"/>
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln operation</numerusform>
            <numerusform>%Ln operations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="70"/>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="73"/>
        <source>Night operations</source>
        <translation>Night operations</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="74"/>
        <source>Checks logged</source>
        <translation>Checks logged</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="75"/>
        <source>Equipment items</source>
        <translation>Equipment items</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="76"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="96"/>
        <source>%1 with a violation (%2%)</source>
        <translation>%1 with a violation (%2%)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="103"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="106"/>
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
    <name>PurposeDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="69"/>
        <source>Purpose of the disclosure</source>
        <translation>Purpose of the disclosure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="70"/>
        <source>%1 leaves the app. Why? The purpose is recorded in the audit log with your name.</source>
        <translation>%1 leaves the app. Why? The purpose is recorded in the audit log with your name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="73"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="74"/>
        <source>Court / prosecutor request</source>
        <translation>Court / prosecutor request</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="75"/>
        <source>Internal review</source>
        <translation>Internal review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="76"/>
        <source>Project reporting</source>
        <translation>Project reporting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="77"/>
        <source>Other (describe)</source>
        <translation>Other (describe)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="81"/>
        <source>Choose a purpose…</source>
        <translation>Choose a purpose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="82"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="83"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="109"/>
        <source>Required: who asked for it and why</source>
        <translation>Required: who asked for it and why</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="109"/>
        <source>Optional: case or request number</source>
        <translation>Optional: case or request number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="110"/>
        <source>Describe the purpose to continue.</source>
        <translation>Describe the purpose to continue.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="178"/>
        <source>night-vision or thermal sight</source>
        <translation>night-vision or thermal sight</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="186"/>
        <location filename="../../fieldops/services/report_model.py" line="193"/>
        <location filename="../../fieldops/services/report_model.py" line="196"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="198"/>
        <source>0.00 ‰</source>
        <translation>0.00 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="199"/>
        <source>0.01–0.20 ‰</source>
        <translation>0.01–0.20 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="200"/>
        <source>0.21–0.50 ‰</source>
        <translation>0.21–0.50 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="201"/>
        <source>0.51–1.50 ‰</source>
        <translation>0.51–1.50 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="202"/>
        <source>over 1.50 ‰</source>
        <translation>over 1.50 ‰</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="205"/>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="206"/>
        <source>Lithuania</source>
        <translation>Lithuania</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="208"/>
        <source>Alcohol over the limit</source>
        <translation>Alcohol over the limit</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="209"/>
        <source>Alcohol over the criminal threshold</source>
        <translation>Alcohol over the criminal threshold</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="210"/>
        <source>Speeding</source>
        <translation>Speeding</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="211"/>
        <source>Refused the alcohol test</source>
        <translation>Refused the alcohol test</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="212"/>
        <source>Driving document missing</source>
        <translation>Driving document missing</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="213"/>
        <source>Plate format unknown</source>
        <translation>Plate format unknown</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="214"/>
        <source>Night sight on a protected species</source>
        <translation>Night sight on a protected species</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="215"/>
        <source>Night sight not from a stand</source>
        <translation>Night sight not from a stand</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="216"/>
        <source>Loaded night-sight weapon while moving</source>
        <translation>Loaded night-sight weapon while moving</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="217"/>
        <source>Uncased night-sight weapon in a vehicle</source>
        <translation>Uncased night-sight weapon in a vehicle</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="219"/>
        <source>Hunting document missing</source>
        <translation>Hunting document missing</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="220"/>
        <source>Safety check expired</source>
        <translation>Safety check expired</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="221"/>
        <source>No hunting sheet</source>
        <translation>No hunting sheet</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="222"/>
        <source>Hunter not sober</source>
        <translation>Hunter not sober</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="223"/>
        <source>Wild boar not registered</source>
        <translation>Wild boar not registered</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="224"/>
        <source>No vest in a driven hunt</source>
        <translation>No vest in a driven hunt</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="225"/>
        <source>Outcome without a rule flag</source>
        <translation>Outcome without a rule flag</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="227"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="227"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="97"/>
        <source>Night report</source>
        <translation>Night report</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="98"/>
        <source>Period report</source>
        <translation>Period report</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="99"/>
        <source>Project indicators (Interreg LV-LT SCAPE II)</source>
        <translation>Project indicators (Interreg LV-LT SCAPE II)</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="100"/>
        <source>Counting rule: one person or driver stopped is one check, however many offences; a check with a violation counts once. Voided checks are not counted.</source>
        <translation>Counting rule: one person or driver stopped is one check, however many offences; a check with a violation counts once. Voided checks are not counted.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="103"/>
        <source>An operation performed with the project equipment is one that lists at least one project-funded item among the equipment used.</source>
        <translation>An operation performed with the project equipment is one that lists at least one project-funded item among the equipment used.</translation>
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
        <translation>Operations</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="263"/>
        <source>Officers on duty</source>
        <translation>Officers on duty</translation>
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
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="265"/>
        <location filename="../../fieldops/services/reports.py" line="362"/>
        <location filename="../../fieldops/services/reports.py" line="399"/>
        <source>Checks with a violation</source>
        <translation>Checks with a violation</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="266"/>
        <source>Equipment items used</source>
        <translation>Equipment items used</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="267"/>
        <location filename="../../fieldops/services/reports.py" line="367"/>
        <location filename="../../fieldops/services/reports.py" line="498"/>
        <source>Operations with project equipment</source>
        <translation>Operations with project equipment</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="272"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="273"/>
        <location filename="../../fieldops/services/reports.py" line="402"/>
        <location filename="../../fieldops/services/reports.py" line="509"/>
        <location filename="../../fieldops/services/reports.py" line="512"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="274"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="275"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="276"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="277"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="278"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="279"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="280"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="282"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="284"/>
        <source>Checks and outcomes</source>
        <translation>Checks and outcomes</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="285"/>
        <location filename="../../fieldops/services/reports.py" line="293"/>
        <location filename="../../fieldops/services/reports.py" line="303"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="286"/>
        <location filename="../../fieldops/services/reports.py" line="294"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="287"/>
        <location filename="../../fieldops/services/reports.py" line="295"/>
        <location filename="../../fieldops/services/reports.py" line="301"/>
        <location filename="../../fieldops/services/reports.py" line="408"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="288"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="289"/>
        <location filename="../../fieldops/services/reports.py" line="297"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="290"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="292"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="296"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="299"/>
        <source>Equipment used</source>
        <translation>Equipment used</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="300"/>
        <location filename="../../fieldops/services/reports.py" line="655"/>
        <location filename="../../fieldops/services/reports.py" line="663"/>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="302"/>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="304"/>
        <location filename="../../fieldops/services/reports.py" line="652"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="305"/>
        <source>Project-funded</source>
        <translation>Project-funded</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="311"/>
        <source>Checks by outcome</source>
        <translation>Checks by outcome</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="314"/>
        <location filename="../../fieldops/services/reports.py" line="320"/>
        <location filename="../../fieldops/services/reports.py" line="452"/>
        <location filename="../../fieldops/services/reports.py" line="457"/>
        <location filename="../../fieldops/services/reports.py" line="679"/>
        <source>checks</source>
        <translation>checks</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="315"/>
        <location filename="../../fieldops/services/reports.py" line="447"/>
        <source>Checks by kind</source>
        <translation>Checks by kind</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="318"/>
        <location filename="../../fieldops/services/reports.py" line="411"/>
        <location filename="../../fieldops/services/reports.py" line="450"/>
        <source>With a violation</source>
        <translation>With a violation</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="360"/>
        <source>Nights with operations</source>
        <translation>Nights with operations</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="363"/>
        <source>Share of checks with a violation</source>
        <translation>Share of checks with a violation</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="365"/>
        <source>Traffic checks</source>
        <translation>Traffic checks</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="366"/>
        <source>Hunter checks</source>
        <translation>Hunter checks</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="368"/>
        <source>Equipment hours</source>
        <translation>Equipment hours</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="369"/>
        <source>Equipment overdue now</source>
        <translation>Equipment overdue now</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="370"/>
        <source>Equipment in maintenance now</source>
        <translation>Equipment in maintenance now</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="392"/>
        <source>Operations by week</source>
        <translation>Operations by week</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="393"/>
        <source>Operations by night</source>
        <translation>Operations by night</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="394"/>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="394"/>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="396"/>
        <source>Moon lit</source>
        <translation>Moon lit</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="401"/>
        <source>Operations by type</source>
        <translation>Operations by type</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="404"/>
        <location filename="../../fieldops/services/reports.py" line="412"/>
        <location filename="../../fieldops/services/reports.py" line="427"/>
        <location filename="../../fieldops/services/reports.py" line="504"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="407"/>
        <source>Checks by kind and category</source>
        <translation>Checks by kind and category</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="409"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="415"/>
        <source>Violations by rule</source>
        <translation>Violations by rule</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="416"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="417"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="421"/>
        <source>Confirmed violation flags of the rule packs; a check with several offences counts once under each rule it broke.</source>
        <translation>Confirmed violation flags of the rule packs; a check with several offences counts once under each rule it broke.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="424"/>
        <location filename="../../fieldops/services/reports.py" line="454"/>
        <source>Breath alcohol of traffic checks</source>
        <translation>Breath alcohol of traffic checks</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="425"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="429"/>
        <source>The counted test: the first one in Latvia, the lower of two in Lithuania. Checks without a recorded value are not listed.</source>
        <translation>The counted test: the first one in Latvia, the lower of two in Lithuania. Checks without a recorded value are not listed.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="431"/>
        <source>Hunter checks by species and sight</source>
        <translation>Hunter checks by species and sight</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="432"/>
        <source>Species</source>
        <translation>Species</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="433"/>
        <source>Sight</source>
        <translation>Sight</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="441"/>
        <source>Operations per week</source>
        <translation>Operations per week</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="442"/>
        <source>Operations per night</source>
        <translation>Operations per night</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="446"/>
        <location filename="../../fieldops/services/reports.py" line="532"/>
        <location filename="../../fieldops/services/reports.py" line="537"/>
        <source>operations</source>
        <translation>operations</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="499"/>
        <source>Share with project equipment</source>
        <translation>Share with project equipment</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="500"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="503"/>
        <location filename="../../fieldops/services/reports.py" line="528"/>
        <source>With project equipment</source>
        <translation>With project equipment</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="506"/>
        <source>By partner</source>
        <translation>By partner</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="507"/>
        <location filename="../../fieldops/services/reports.py" line="511"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="508"/>
        <source>By type of operation</source>
        <translation>By type of operation</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="510"/>
        <source>By partner and type</source>
        <translation>By partner and type</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="522"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="73"/>
        <location filename="../../fieldops/services/reports.py" line="523"/>
        <source>First night</source>
        <translation>First night</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="74"/>
        <location filename="../../fieldops/services/reports.py" line="524"/>
        <source>Last night</source>
        <translation>Last night</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="526"/>
        <source>Operations by partner</source>
        <translation>Operations by partner</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="530"/>
        <source>Without project equipment</source>
        <translation>Without project equipment</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="533"/>
        <source>Operations with project equipment by type</source>
        <translation>Operations with project equipment by type</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="72"/>
        <location filename="../../fieldops/services/report_files.py" line="83"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="75"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="76"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="79"/>
        <source>Operation types</source>
        <translation>Operation types</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="82"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="84"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_files.py" line="85"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="660"/>
        <source>Hours the item was used in the operations of the period, by the ISO week (from Monday) of the night.</source>
        <translation>Hours the item was used in the operations of the period, by the ISO week (from Monday) of the night.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="664"/>
        <source>Weeks used</source>
        <translation>Weeks used</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="666"/>
        <source>Hours the item was used in the operations of the period.</source>
        <translation>Hours the item was used in the operations of the period.</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="667"/>
        <source>Equipment use</source>
        <translation>Equipment use</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/reports.py" line="676"/>
        <source>Most frequent violations</source>
        <translation>Most frequent violations</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="102"/>
        <source>Nights %1 – %2</source>
        <translation>Nights %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="108"/>
        <source>Nothing to show for this period.</source>
        <translation>Nothing to show for this period.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period_pdf.py" line="109"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="171"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="172"/>
        <source>A report leaves the app as a file: you will be asked for its purpose, which is recorded in the audit log with your name.</source>
        <translation>A report leaves the app as a file: you will be asked for its purpose, which is recorded in the audit log with your name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="174"/>
        <source>Night report (one shift)</source>
        <translation>Night report (one shift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="174"/>
        <source>Period report</source>
        <translation>Period report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="175"/>
        <source>Project indicators (SCAPE II)</source>
        <translation>Project indicators (SCAPE II)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="178"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="179"/>
        <source>Custom nights</source>
        <translation>Custom nights</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="182"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="185"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="185"/>
        <source>&amp;Agency</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="186"/>
        <source>&amp;Night of</source>
        <translation>&amp;Night of</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="186"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="187"/>
        <source>&amp;Within</source>
        <translation>&amp;Within</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="187"/>
        <source>F&amp;irst night</source>
        <translation>F&amp;irst night</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="188"/>
        <source>Operation &amp;type</source>
        <translation>Operation &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="188"/>
        <source>La&amp;st night</source>
        <translation>La&amp;st night</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="189"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="189"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="191"/>
        <source>&amp;Create…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="214"/>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="262"/>
        <source>Night of %1</source>
        <translation>Night of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="264"/>
        <source>Nights %1 – %2</source>
        <translation>Nights %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="268"/>
        <source>The last night is before the first one.</source>
        <translation>The last night is before the first one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="281"/>
        <source>The %1 (%2) as a %3 file</source>
        <translation>The %1 (%2) as a %3 file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="291"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="292"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="293"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="312"/>
        <source>Creating the report…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="352"/>
        <location filename="../../ui/dialogs/reports.py" line="357"/>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="366"/>
        <source>The report could not be saved to %1: %2. Nothing was recorded.</source>
        <translation>The report could not be saved to %1: %2. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="387"/>
        <source>The report could not be recorded in the audit log, so the file was deleted.</source>
        <translation>The report could not be recorded in the audit log, so the file was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="389"/>
        <source>The report could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</source>
        <translation>The report could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="35"/>
        <source>Reserve equipment</source>
        <translation>Reserve equipment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="46"/>
        <source>Planned operation, crew, place</source>
        <translation>Planned operation, crew, place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="48"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="49"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="50"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="51"/>
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="56"/>
        <source>Reserve despite the conflicts</source>
        <translation>Reserve despite the conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="59"/>
        <source>A kit is reserved by reserving its main device; accessories go with it.</source>
        <translation>A kit is reserved by reserving its main device; accessories go with it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_reserve.py" line="99"/>
        <source>Choose the start and the end.</source>
        <translation>Choose the start and the end.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="51"/>
        <source>Return from %1</source>
        <translation>Return from %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="54"/>
        <source>Scan or tick what came back. Items of the same kit that did not come back are marked missing and stay open as incidents.</source>
        <translation>Scan or tick what came back. Items of the same kit that did not come back are marked missing and stay open as incidents.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="60"/>
        <source>Scan returned items here</source>
        <translation>Scan returned items here</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="63"/>
        <source>Due back</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Back?</source>
        <translation>Back?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="64"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="80"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="81"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="82"/>
        <source>Stays out</source>
        <translation>Stays out</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="102"/>
        <source>What is damaged, how it happened (required for damaged items)</source>
        <translation>What is damaged, how it happened (required for damaged items)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="105"/>
        <source>&amp;Damage</source>
        <translation>&amp;Damage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="109"/>
        <source>Add &amp;photo…</source>
        <translation>Add &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="115"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="117"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="118"/>
        <source>The holder is not present (return not acknowledged)</source>
        <translation>The holder is not present (return not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="121"/>
        <source>PIN or password, typed by %1</source>
        <translation>PIN or password, typed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="123"/>
        <source>Holder&apos;s &amp;PIN</source>
        <translation>Holder&apos;s &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="127"/>
        <source>Record return</source>
        <translation>Record return</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="151"/>
        <source>%1 is not among this holder&apos;s items.</source>
        <translation>%1 is not among this holder&apos;s items.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="155"/>
        <source>Photos of the damage</source>
        <translation>Photos of the damage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="156"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="184"/>
        <source>Mark at least one item as returned or missing.</source>
        <translation>Mark at least one item as returned or missing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/equipment_return.py" line="188"/>
        <source>The holder types their PIN, or tick that they are not present.</source>
        <translation>The holder types their PIN, or tick that they are not present.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_return.py" line="201"/>
        <source>Returned %n item(s).</source>
        <translation>
            <numerusform>Returned %n item.</numerusform>
            <numerusform>Returned %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/equipment_return.py" line="203"/>
        <source>%n missing: incident opened.</source>
        <translation>
            <numerusform>%n missing: incident opened.</numerusform>
            <numerusform>%n missing: incidents opened.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="62"/>
        <source>Return %1 for correction</source>
        <translation>Return %1 for correction</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="67"/>
        <source>What should the crew correct or add?</source>
        <translation>What should the crew correct or add?</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="70"/>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="75"/>
        <source>A comment on this field, then Enter</source>
        <translation>A comment on this field, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="80"/>
        <source>On a &amp;field</source>
        <translation>On a &amp;field</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="88"/>
        <source>Return (Ctrl+Enter)</source>
        <translation>Return (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="114"/>
        <source>Write what should be corrected (overall or on a field).</source>
        <translation>Write what should be corrected (overall or on a field).</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/views/review.py" line="220"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="221"/>
        <source>Filter by number, place or lead officer</source>
        <translation>Filter by number, place or lead officer</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="225"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="230"/>
        <source>&amp;Approve (Ctrl+Enter)</source>
        <translation>&amp;Approve (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="231"/>
        <source>Versi&amp;on history…</source>
        <translation>Versi&amp;on history…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="232"/>
        <source>R&amp;eturn… (Ctrl+R)</source>
        <translation>R&amp;eturn… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="233"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="234"/>
        <source>Rule flags</source>
        <translation>Rule flags</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="234"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="235"/>
        <source>Each flag with the crew&apos;s decision: confirmed, or overridden with a reason</source>
        <translation>Each flag with the crew&apos;s decision: confirmed, or overridden with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="237"/>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="238"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="273"/>
        <source>%1 · correction of an approved log</source>
        <translation>%1 · correction of an approved log</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="274"/>
        <source>%1 · void of an approved log</source>
        <translation>%1 · void of an approved log</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="276"/>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="277"/>
        <source>%n check(s), %1 with a violation</source>
        <translation>
            <numerusform>%n check, %1 with a violation</numerusform>
            <numerusform>%n checks, %1 with a violation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="280"/>
        <source>returned %n time(s) before</source>
        <translation>
            <numerusform>returned %n time before</numerusform>
            <numerusform>returned %n times before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="282"/>
        <source>you took part, or another agency decides</source>
        <translation>you took part, or another agency decides</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="289"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="355"/>
        <location filename="../../ui/views/review.py" line="357"/>
        <source>Nothing waiting for review.</source>
        <translation>Nothing waiting for review.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="362"/>
        <source>Correction of %1 (approved)</source>
        <translation>Correction of %1 (approved)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="363"/>
        <source>Void of %1 (approved)</source>
        <translation>Void of %1 (approved)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="368"/>
        <source>Crew: %1</source>
        <translation>Crew: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="368"/>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="369"/>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="369"/>
        <source>Vehicle: %1</source>
        <translation>Vehicle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="380"/>
        <source>Changed since the last review</source>
        <translation>Changed since the last review</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <location filename="../../ui/views/review.py" line="423"/>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="385"/>
        <source>Check %1: %2</source>
        <translation>Check %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="397"/>
        <source>Proposed by %1 on %2</source>
        <translation>Proposed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="398"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="400"/>
        <source>The operation would be voided: kept on record, never counted.</source>
        <translation>The operation would be voided: kept on record, never counted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/review.py" line="416"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="431"/>
        <location filename="../../ui/views/review.py" line="544"/>
        <source>Equipment used</source>
        <translation>Equipment used</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="446"/>
        <source>Earlier decisions</source>
        <translation>Earlier decisions</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="449"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="449"/>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="465"/>
        <source>Amendment of %1 approved.</source>
        <translation>Amendment of %1 approved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="469"/>
        <source>%1 approved.</source>
        <translation>%1 approved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="496"/>
        <source>Amendment of %1 returned to its author.</source>
        <translation>Amendment of %1 returned to its author.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="500"/>
        <source>%1 returned to the crew.</source>
        <translation>%1 returned to the crew.</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="543"/>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="545"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="546"/>
        <source>Lead officer</source>
        <translation>Lead officer</translation>
    </message>
</context>
<context>
    <name>ServerLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="51"/>
        <source>Connect this laptop</source>
        <translation>Connect this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="54"/>
        <source>An administrator creates a one-time enrollment code on the regional server (fieldops server enroll-code). With it this laptop sends and receives records.</source>
        <translation>An administrator creates a one-time enrollment code on the regional server (fieldops server enroll-code). With it this laptop sends and receives records.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="64"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="64"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="65"/>
        <source>Laptop name</source>
        <translation>Laptop name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="66"/>
        <source>Your server password</source>
        <translation>Your server password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="71"/>
        <source>Optional: with your server password, %1 is signed in to the server at once, so users created here also get their server accounts.</source>
        <translation>Optional: with your server password, %1 is signed in to the server at once, so users created here also get their server accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="82"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="99"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="104"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="128"/>
        <source>This code was used already. Ask for a new one.</source>
        <translation>This code was used already. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="130"/>
        <source>This code has expired. Ask for a new one.</source>
        <translation>This code has expired. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_link.py" line="131"/>
        <source>The server does not know this code. Check it, or ask for a new one.</source>
        <translation>The server does not know this code. Check it, or ask for a new one.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="394"/>
        <source>The regional server did not accept your password (it may have been changed there). Sign in again while connected, or ask an administrator.</source>
        <translation>The regional server did not accept your password (it may have been changed there). Sign in again while connected, or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="436"/>
        <source>This laptop&apos;s enrollment was revoked by an administrator: it no longer syncs with the regional server. Nothing recorded here was deleted; ask an administrator to enroll the laptop again.</source>
        <translation>This laptop&apos;s enrollment was revoked by an administrator: it no longer syncs with the regional server. Nothing recorded here was deleted; ask an administrator to enroll the laptop again.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/views/sync.py" line="41"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="42"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="43"/>
        <source>Review decision</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="44"/>
        <source>Equipment item</source>
        <translation>Equipment item</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="45"/>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="46"/>
        <source>Equipment hand-over</source>
        <translation>Equipment hand-over</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="47"/>
        <source>Equipment incident</source>
        <translation>Equipment incident</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="48"/>
        <source>Equipment reservation</source>
        <translation>Equipment reservation</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="49"/>
        <source>Equipment sharing rule</source>
        <translation>Equipment sharing rule</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="50"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="51"/>
        <source>Photo or file</source>
        <translation>Photo or file</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="52"/>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="59"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="60"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="61"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="62"/>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="63"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="64"/>
        <source>returned for correction</source>
        <translation>returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="65"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="66"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="67"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="68"/>
        <source>desk PIN set</source>
        <translation>desk PIN set</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="80"/>
        <source>The operation was submitted meanwhile: your change was not applied; it is kept here.</source>
        <translation>The operation was submitted meanwhile: your change was not applied; it is kept here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="83"/>
        <source>The operation is approved: your change was not applied. It is kept here and as a draft amendment in the operation: complete it with a reason to send it for review.</source>
        <translation>The operation is approved: your change was not applied. It is kept here and as a draft amendment in the operation: complete it with a reason to send it for review.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="87"/>
        <source>Your role or agency may not make this change: it was not applied.</source>
        <translation>Your role or agency may not make this change: it was not applied.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="91"/>
        <source>The server refused the change as invalid: %1</source>
        <translation>The server refused the change as invalid: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="92"/>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="93"/>
        <source>Refused by the server.</source>
        <translation>Refused by the server.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="98"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="99"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="100"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="101"/>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="102"/>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="103"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="104"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="105"/>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="106"/>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="107"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="108"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="109"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Lead officer</source>
        <translation>Lead officer</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="111"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="112"/>
        <source>Check details</source>
        <translation>Check details</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="113"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="114"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="296"/>
        <source>Sync with the regional server</source>
        <translation>Sync with the regional server</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="297"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="298"/>
        <source>Send the waiting changes and fetch the others&apos; (Ctrl+Shift+Y)</source>
        <translation>Send the waiting changes and fetch the others&apos; (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="299"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="300"/>
        <source>Keep the server&apos;s</source>
        <translation>Keep the server&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="301"/>
        <source>Use mine</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="302"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="304"/>
        <location filename="../../ui/views/sync.py" line="306"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="307"/>
        <source>Why, and what became of it</source>
        <translation>Why, and what became of it</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>Server&apos;s value</source>
        <translation>Server&apos;s value</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="309"/>
        <source>This laptop&apos;s value</source>
        <translation>This laptop&apos;s value</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="323"/>
        <source>This laptop is not connected to a regional server. Changes are kept here until an administrator enrolls it.</source>
        <translation>This laptop is not connected to a regional server. Changes are kept here until an administrator enrolls it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="325"/>
        <source>The server cannot be reached. Changes are kept here and sent as soon as it answers again.</source>
        <translation>The server cannot be reached. Changes are kept here and sent as soon as it answers again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="327"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="328"/>
        <source>Synced at %1.</source>
        <translation>Synced at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="330"/>
        <source>The last sync failed: %1</source>
        <translation>The last sync failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="333"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="341"/>
        <source>Waiting to be sent (%1)</source>
        <translation>Waiting to be sent (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="342"/>
        <source>Refused by the server (%1)</source>
        <translation>Refused by the server (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="345"/>
        <source>Changes recorded on this laptop that the server has not received yet. They are sent at the next sync.</source>
        <translation>Changes recorded on this laptop that the server has not received yet. They are sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="347"/>
        <source>Nothing is waiting: every change recorded here has been sent.</source>
        <translation>Nothing is waiting: every change recorded here has been sent.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="349"/>
        <source>The oldest %1 are listed.</source>
        <translation>The oldest %1 are listed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="351"/>
        <source>%n of them were made by other people: they are sent when those people sync.</source>
        <translation>
            <numerusform>%n of them was made by another person: it is sent when that person syncs.</numerusform>
            <numerusform>%n of them were made by other people: they are sent when those people sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="360"/>
        <source>The server did not apply these changes. Read why, then dismiss them; nothing is removed without you.</source>
        <translation>The server did not apply these changes. Read why, then dismiss them; nothing is removed without you.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="362"/>
        <source>The server has refused none of this laptop&apos;s changes.</source>
        <translation>The server has refused none of this laptop&apos;s changes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="378"/>
        <source>Conflicts to resolve (%1)</source>
        <translation>Conflicts to resolve (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="382"/>
        <source>Conflicts are resolved on the server: this needs a connection to it.</source>
        <translation>Conflicts are resolved on the server: this needs a connection to it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="384"/>
        <source>%n change(s) of this laptop met a conflict.</source>
        <translation>
            <numerusform>%n change of this laptop met a conflict.</numerusform>
            <numerusform>%n changes of this laptop met a conflict.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="386"/>
        <source>The conflicts could not be loaded: %1</source>
        <translation>The conflicts could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="388"/>
        <source>Loading the conflicts from the server…</source>
        <translation>Loading the conflicts from the server…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="390"/>
        <source>The same field was changed in two places. Choose the value to keep: the server&apos;s, this laptop&apos;s, or an edited one.</source>
        <translation>The same field was changed in two places. Choose the value to keep: the server&apos;s, this laptop&apos;s, or an edited one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="393"/>
        <source>There are no conflicts to resolve.</source>
        <translation>There are no conflicts to resolve.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="416"/>
        <source>I have read it: remove it from this list (it stays in the log)</source>
        <translation>I have read it: remove it from this list (it stays in the log)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="417"/>
        <source>Only the person who made this change can dismiss it.</source>
        <translation>Only the person who made this change can dismiss it.</translation>
    </message>
</context>
<context>
    <name>TonightView</name>
    <message>
        <location filename="../../ui/views/tonight.py" line="104"/>
        <source>Tonight</source>
        <translation>Tonight</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="105"/>
        <source>My operation</source>
        <translation>My operation</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="106"/>
        <source>Equipment I hold</source>
        <translation>Equipment I hold</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="107"/>
        <source>+ Traffic check</source>
        <translation>+ Traffic check</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="109"/>
        <source>+ Hunter check</source>
        <translation>+ Hunter check</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="111"/>
        <source>+ Other</source>
        <translation>+ Other</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="129"/>
        <source>No open operation</source>
        <translation>No open operation</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="130"/>
        <source>Start tonight&apos;s operation to log checks (Ctrl+N).</source>
        <translation>Start tonight&apos;s operation to log checks (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="131"/>
        <source>Start an operation</source>
        <translation>Start an operation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tonight.py" line="136"/>
        <source>%1 · %2 · started %3 · %n check(s)</source>
        <translation>
            <numerusform>%1 · %2 · started %3 · %n check</numerusform>
            <numerusform>%1 · %2 · started %3 · %n checks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="139"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="145"/>
        <source>due back %1</source>
        <translation>due back %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="147"/>
        <source>OVERDUE – return it</source>
        <translation>OVERDUE – return it</translation>
    </message>
    <message>
        <location filename="../../ui/views/tonight.py" line="151"/>
        <source>You hold no equipment.</source>
        <translation>You hold no equipment.</translation>
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
    <name>VersionChain</name>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="60"/>
        <source>Check %1 voided: %2</source>
        <translation>Check %1 voided: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="66"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="67"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="73"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="74"/>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="75"/>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="76"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="77"/>
        <source>Amendment proposed (%1)</source>
        <translation>Amendment proposed (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="78"/>
        <source>Amendment returned (%1)</source>
        <translation>Amendment returned (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="79"/>
        <source>Amendment submitted again (%1)</source>
        <translation>Amendment submitted again (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="80"/>
        <source>Amendment approved (%1)</source>
        <translation>Amendment approved (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="81"/>
        <source>Amendment withdrawn (%1)</source>
        <translation>Amendment withdrawn (%1)</translation>
    </message>
</context>
<context>
    <name>VersionChainDialog</name>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="100"/>
        <source>Version history of %1</source>
        <translation>Version history of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="103"/>
        <source>Each approval locks what the supervisor saw under a content hash. Corrections and voids after approval are amendments with their own review; an approved correction makes the next version.</source>
        <translation>Each approval locks what the supervisor saw under a content hash. Corrections and voids after approval are amendments with their own review; an approved correction makes the next version.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="110"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="111"/>
        <source>Content hash</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="120"/>
        <source>&amp;Copy hash</source>
        <translation>&amp;Copy hash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="147"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="150"/>
        <source>Made against the approved content %1</source>
        <translation>Made against the approved content %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/version_chain.py" line="152"/>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
</context>
<context>
    <name>_FlagRow</name>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="294"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="295"/>
        <source>Override (&amp;%1)</source>
        <translation>Override (&amp;%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="296"/>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_entry.py" line="297"/>
        <source>Reason for overriding (required)</source>
        <translation>Reason for overriding (required)</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../ui/views/desk_models.py" line="102"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="114"/>
        <location filename="../../ui/views/desk_models.py" line="153"/>
        <location filename="../../ui/views/desk_models.py" line="184"/>
        <location filename="../../ui/views/desk_models.py" line="223"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="115"/>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="116"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="118"/>
        <location filename="../../ui/views/desk_models.py" line="225"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="119"/>
        <location filename="../../ui/views/desk_models.py" line="227"/>
        <source>Due back</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="120"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="121"/>
        <source>Service due</source>
        <translation>Service due</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="142"/>
        <source>Kit %1</source>
        <translation>Kit %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="144"/>
        <source>%1 open incident(s)</source>
        <translation>%1 open incident(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="152"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="154"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="155"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="156"/>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="157"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="158"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="170"/>
        <source>reserved %1 – %2</source>
        <translation>reserved %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="174"/>
        <source>out with %1, due back %2</source>
        <translation>out with %1, due back %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="182"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="183"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="185"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="187"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="202"/>
        <source>battery %1%</source>
        <translation>battery %1%</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="208"/>
        <source>%1 photo(s)</source>
        <translation>%1 photo(s)</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="213"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="213"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="219"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="220"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="226"/>
        <location filename="../../ui/views/desk_models.py" line="244"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="228"/>
        <source>Condition, battery, notes</source>
        <translation>Condition, battery, notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="229"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="230"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="243"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="245"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="246"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/views/desk_models.py" line="247"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../fieldops/errors.py" line="57"/>
        <location filename="../../fieldops/errors.py" line="58"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="59"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>This account is deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="60"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>Too many failed attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="63"/>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="64"/>
        <source>The password must have at least {min_length} characters.</source>
        <translation>The password must have at least {min_length} characters.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="67"/>
        <source>There is no workspace in {path}.</source>
        <translation>There is no workspace in {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="68"/>
        <source>A workspace already exists in {path}.</source>
        <translation>A workspace already exists in {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="69"/>
        <source>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</source>
        <translation>The database file is damaged or belongs to another workspace. Restore it from a backup or ask IT.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="73"/>
        <source>This workspace was written by a newer fieldops (schema {revision}). Install the update.</source>
        <translation>This workspace was written by a newer fieldops (schema {revision}). Install the update.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="76"/>
        <source>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</source>
        <translation>The workspace key file is damaged: {detail}. Restore it from a backup or ask IT.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="79"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>The database is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="80"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="81"/>
        <source>This value is not valid: {detail}</source>
        <translation>This value is not valid: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="82"/>
        <source>At most {max_length} characters.</source>
        <translation>At most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="83"/>
        <source>&apos;{value}&apos; is already used.</source>
        <translation>&apos;{value}&apos; is already used.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="84"/>
        <source>The value must be between {min} and {max}.</source>
        <translation>The value must be between {min} and {max}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="85"/>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="86"/>
        <source>The record is locked: {detail}</source>
        <translation>The record is locked: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="87"/>
        <source>Someone changed this record meanwhile. Reopen it to see the current version.</source>
        <translation>Someone changed this record meanwhile. Reopen it to see the current version.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="89"/>
        <source>Fill in before submitting: {fields}.</source>
        <translation>Fill in before submitting: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="90"/>
        <source>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</source>
        <translation>The rule pack found a violation ({codes}): record an outcome, or override it with a reason.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="92"/>
        <source>You cannot review an operation you took part in.</source>
        <translation>You cannot review an operation you took part in.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="93"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>The file cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="94"/>
        <source>The file is empty (0 bytes): nothing to attach.</source>
        <translation>The file is empty (0 bytes): nothing to attach.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="95"/>
        <source>The stored copy of this file is damaged: its fingerprint no longer matches.</source>
        <translation>The stored copy of this file is damaged: its fingerprint no longer matches.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="97"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="98"/>
        <source>The file cannot be written there ({detail}).</source>
        <translation>The file cannot be written there ({detail}).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="99"/>
        <source>{tag} is already checked out to {holder}. Return it first.</source>
        <translation>{tag} is already checked out to {holder}. Return it first.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="100"/>
        <source>{tag} cannot be issued: it is {status}.</source>
        <translation>{tag} cannot be issued: it is {status}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="101"/>
        <source>{tag} is not checked out: there is nothing to return.</source>
        <translation>{tag} is not checked out: there is nothing to return.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="102"/>
        <source>{tag} belongs to {owner}, which has no sharing rule for officers of {borrower}.</source>
        <translation>{tag} belongs to {owner}, which has no sharing rule for officers of {borrower}.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="104"/>
        <source>{tag} belongs to {owner}: only its own equipment managers can issue or change it.</source>
        <translation>{tag} belongs to {owner}: only its own equipment managers can issue or change it.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="106"/>
        <source>{holder}: wrong PIN or password. Ask them to enter it again.</source>
        <translation>{holder}: wrong PIN or password. Ask them to enter it again.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="108"/>
        <source>{holder} has no desk PIN and has never signed in on this laptop: they set one first (Tools → Desk PIN).</source>
        <translation>{holder} has no desk PIN and has never signed in on this laptop: they set one first (Tools → Desk PIN).</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="111"/>
        <source>{tag} is not free then ({count} conflict(s)): see the list.</source>
        <translation>{tag} is not free then ({count} conflict(s)): see the list.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="113"/>
        <source>The workspace must keep at least one active administrator.</source>
        <translation>The workspace must keep at least one active administrator.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="116"/>
        <source>The regional server cannot be reached. Your work stays on this laptop and is sent later.</source>
        <translation>The regional server cannot be reached. Your work stays on this laptop and is sent later.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="118"/>
        <source>The server sign-in has ended. Sign in again while connected to send and receive changes.</source>
        <translation>The server sign-in has ended. Sign in again while connected to send and receive changes.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="120"/>
        <source>The regional server no longer accepts this laptop. Ask an administrator to connect it again.</source>
        <translation>The regional server no longer accepts this laptop. Ask an administrator to connect it again.</translation>
    </message>
    <message>
        <location filename="../../fieldops/errors.py" line="122"/>
        <source>The regional server could not handle the request ({detail}). Try again later.</source>
        <translation>The regional server could not handle the request ({detail}). Try again later.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Something went wrong and the action was not completed. Nothing was saved half-way.</source>
        <translation>Something went wrong and the action was not completed. Nothing was saved half-way.</translation>
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
        <location filename="../../fieldops/services/report_model.py" line="175"/>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="68"/>
        <location filename="../../fieldops/services/report_model.py" line="176"/>
        <source>novice</source>
        <translation>novice</translation>
    </message>
    <message>
        <location filename="../../fieldops/rules/messages.py" line="69"/>
        <location filename="../../fieldops/services/report_model.py" line="177"/>
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
    <message>
        <location filename="../../fieldops/settings.py" line="54"/>
        <source>Upload chunk size (MiB)</source>
        <translation>Upload chunk size (MiB)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="56"/>
        <source>An interrupted upload re-sends at most one chunk.</source>
        <translation>An interrupted upload re-sends at most one chunk.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="58"/>
        <source>Upload bandwidth limit (kbit/s, 0 = no limit)</source>
        <translation>Upload bandwidth limit (kbit/s, 0 = no limit)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="60"/>
        <source>Leaves room for radio and other traffic on slow links.</source>
        <translation>Leaves room for radio and other traffic on slow links.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="62"/>
        <source>Keep local copies of sent files (days)</source>
        <translation>Keep local copies of sent files (days)</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="64"/>
        <source>Counted from the server&apos;s confirmation; files not yet confirmed are never removed.</source>
        <translation>Counted from the server&apos;s confirmation; files not yet confirmed are never removed.</translation>
    </message>
    <message>
        <location filename="../../fieldops/settings.py" line="67"/>
        <source>Warn when free disk space is below (MiB)</source>
        <translation>Warn when free disk space is below (MiB)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="20"/>
        <source>Patrol officer</source>
        <translation>Patrol officer</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="21"/>
        <source>Equipment manager</source>
        <translation>Equipment manager</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="22"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="23"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="140"/>
        <location filename="../../ui/vocab.py" line="29"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="141"/>
        <location filename="../../ui/vocab.py" line="30"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="142"/>
        <location filename="../../ui/vocab.py" line="31"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="143"/>
        <location filename="../../ui/vocab.py" line="32"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="39"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="40"/>
        <location filename="../../ui/vocab.py" line="159"/>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="41"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="42"/>
        <source>In maintenance</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="43"/>
        <location filename="../../ui/vocab.py" line="173"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="44"/>
        <location filename="../../ui/vocab.py" line="165"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="134"/>
        <location filename="../../ui/vocab.py" line="53"/>
        <source>Traffic monitoring</source>
        <translation>Traffic monitoring</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="135"/>
        <location filename="../../ui/vocab.py" line="54"/>
        <source>Hunter control</source>
        <translation>Hunter control</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="136"/>
        <location filename="../../ui/vocab.py" line="55"/>
        <source>Public order / event</source>
        <translation>Public order / event</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="137"/>
        <location filename="../../ui/vocab.py" line="56"/>
        <source>Other operational activity</source>
        <translation>Other operational activity</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="147"/>
        <location filename="../../ui/vocab.py" line="62"/>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="148"/>
        <location filename="../../ui/vocab.py" line="63"/>
        <source>Hunter</source>
        <translation>Hunter</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="149"/>
        <location filename="../../ui/vocab.py" line="64"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="152"/>
        <location filename="../../ui/vocab.py" line="70"/>
        <source>No violation</source>
        <translation>No violation</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="153"/>
        <location filename="../../ui/vocab.py" line="71"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="154"/>
        <location filename="../../ui/vocab.py" line="72"/>
        <source>Fine / administrative protocol</source>
        <translation>Fine / administrative protocol</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="155"/>
        <location filename="../../ui/vocab.py" line="73"/>
        <source>Licence withdrawn</source>
        <translation>Licence withdrawn</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="156"/>
        <location filename="../../ui/vocab.py" line="74"/>
        <source>Vehicle detained</source>
        <translation>Vehicle detained</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="157"/>
        <location filename="../../ui/vocab.py" line="75"/>
        <source>Weapon / trophy / device seized</source>
        <translation>Weapon / trophy / device seized</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="158"/>
        <location filename="../../ui/vocab.py" line="76"/>
        <source>Criminal case</source>
        <translation>Criminal case</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="159"/>
        <location filename="../../fieldops/services/report_model.py" line="203"/>
        <location filename="../../ui/vocab.py" line="77"/>
        <source>Refused the test</source>
        <translation>Refused the test</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="162"/>
        <location filename="../../ui/vocab.py" line="83"/>
        <source>Night-vision binocular</source>
        <translation>Night-vision binocular</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="163"/>
        <location filename="../../ui/vocab.py" line="84"/>
        <source>Thermal imager</source>
        <translation>Thermal imager</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="164"/>
        <location filename="../../ui/vocab.py" line="85"/>
        <source>Video camera</source>
        <translation>Video camera</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="165"/>
        <location filename="../../ui/vocab.py" line="86"/>
        <source>IR illuminator</source>
        <translation>IR illuminator</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="166"/>
        <location filename="../../ui/vocab.py" line="87"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="167"/>
        <location filename="../../ui/vocab.py" line="88"/>
        <source>Charger</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="168"/>
        <location filename="../../ui/vocab.py" line="89"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="169"/>
        <location filename="../../ui/vocab.py" line="90"/>
        <source>Memory card</source>
        <translation>Memory card</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="170"/>
        <location filename="../../ui/vocab.py" line="91"/>
        <source>Tripod</source>
        <translation>Tripod</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="99"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="100"/>
        <source>overridden</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="106"/>
        <source>from a stand</source>
        <translation>from a stand</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="107"/>
        <source>on foot</source>
        <translation>on foot</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="108"/>
        <source>in a vehicle</source>
        <translation>in a vehicle</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="179"/>
        <location filename="../../fieldops/services/report_model.py" line="189"/>
        <location filename="../../ui/vocab.py" line="115"/>
        <source>optical</source>
        <translation>optical</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="190"/>
        <location filename="../../ui/vocab.py" line="116"/>
        <source>night-vision</source>
        <translation>night-vision</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="191"/>
        <location filename="../../ui/vocab.py" line="117"/>
        <source>thermal</source>
        <translation>thermal</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="180"/>
        <location filename="../../fieldops/services/report_model.py" line="192"/>
        <location filename="../../ui/vocab.py" line="118"/>
        <source>no sight</source>
        <translation>no sight</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="125"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="126"/>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="127"/>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="181"/>
        <location filename="../../ui/vocab.py" line="138"/>
        <source>Public order</source>
        <translation>Public order</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="182"/>
        <location filename="../../ui/vocab.py" line="139"/>
        <source>Suspicious vehicle</source>
        <translation>Suspicious vehicle</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="183"/>
        <location filename="../../ui/vocab.py" line="140"/>
        <source>Border area</source>
        <translation>Border area</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="184"/>
        <location filename="../../ui/vocab.py" line="141"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="185"/>
        <location filename="../../ui/vocab.py" line="142"/>
        <source>Other category</source>
        <translation>Other category</translation>
    </message>
    <message>
        <location filename="../../fieldops/services/report_model.py" line="144"/>
        <location filename="../../ui/vocab.py" line="33"/>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="149"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="150"/>
        <source>Worn</source>
        <translation>Worn</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="151"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="152"/>
        <source>Unusable</source>
        <translation>Unusable</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="160"/>
        <source>Returned</source>
        <comment>equipment handed back at the desk</comment>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="161"/>
        <source>Into maintenance</source>
        <translation>Into maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="162"/>
        <source>Back from maintenance</source>
        <translation>Back from maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="163"/>
        <source>Marked lost</source>
        <translation>Marked lost</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="164"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="171"/>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="172"/>
        <source>Missing at return</source>
        <translation>Missing at return</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="174"/>
        <source>Checked out twice (two laptops)</source>
        <translation>Checked out twice (two laptops)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="175"/>
        <source>Checked out while unavailable</source>
        <translation>Checked out while unavailable</translation>
    </message>
</context>
</TS>
