<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ha_NG">
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="111"/>
        <source>Add new</source>
        <extracomment>The form&apos;s widest; the list takes the rest of the screen. A column&apos;s widest, so one long value does not push the others off the list. How long typing must pause before the template preview is asked for again. The resource whose form has a live preview. The server holds what this screen shows; no local table change refreshes it. The names of the rows the pages&apos; ids point at, as last listed.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙara sabo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="113"/>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="216"/>
        <source>Save</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="117"/>
        <source>New password for the chosen user</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sabuwar kalmar sirri ga mai amfanin da aka zaɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="133"/>
        <source>Manage</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sarrafa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="202"/>
        <source>Add</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="233"/>
        <source>Tier thresholds filled in; Save keeps them.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An cike iyakokin matakai; Ajiye zai riƙe su.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="245"/>
        <source>The preview appears once the template has a wording.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Samfoti zai bayyana da zarar samfurin yana da rubutu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="255"/>
        <source>Cannot preview: {}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba za a iya samfoti ba: {}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="311"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="340"/>
        <source>Please correct the field marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da fatan za a gyara filin da aka yi wa alama da ja.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="114"/>
        <source>e.g. 5k, 5,000 or ₦5,000.50</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>misali 5k, 5,000 ko ₦5,000.50</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="123"/>
        <source>Day</source>
        <extracomment>Tables this screen shows: the week grid, the day&apos;s list and each booking&apos;s reminders.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="124"/>
        <source>Week</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mako</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="126"/>
        <source>By clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ta likita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="127"/>
        <source>By department</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ta sashe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="134"/>
        <source>◀ Previous</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◀ Na baya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="135"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="136"/>
        <source>Next ▶</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na gaba ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="148"/>
        <source>Reason for cancelling</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalilin sokewa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="149"/>
        <source>Book selected slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yi alƙawari a lokacin da aka zaɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="150"/>
        <source>Move selected booking to slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsar da alƙawarin zuwa lokacin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="151"/>
        <source>Cancel selected booking</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Soke alƙawarin da aka zaɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <location filename="../../desktop/ui/screens/appointments.py" line="207"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tunatarwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="163"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tare da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="202"/>
        <source>Length</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tsawo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="206"/>
        <source>Free slots</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lokutan da babu kowa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="288"/>
        <source>{provider}, {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{provider}, {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="330"/>
        <source>SMS</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="331"/>
        <source>WhatsApp</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="332"/>
        <source>E-mail</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Imel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="335"/>
        <source>{channel} {due}: {status}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{channel} {due}: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="342"/>
        <source>Reminders: {list}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tunatarwa: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="343"/>
        <source>No reminders planned for this booking yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu tunatarwar da aka tsara don wannan alƙawari tukuna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="347"/>
        <source>{status} — needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status} — yana buƙatar sabon lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="368"/>
        <source>Booked.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An yi alƙawari.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="373"/>
        <source>Select a booking and a free slot first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da farko zaɓi alƙawari da lokacin da babu kowa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="377"/>
        <source>Moved to {time}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An matsar zuwa {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="383"/>
        <source>Select the booking to cancel first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da farko zaɓi alƙawarin da za a soke.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="389"/>
        <source>Cancelled.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An soke.</translation>
    </message>
</context>
<context>
    <name>CallListScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="59"/>
        <source>Call today</source>
        <extracomment>Tables this screen shows: who to call today, and the calls already logged.</extracomment>
        <translation>Kira yau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Waya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Alƙawari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tare da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="72"/>
        <source>Note for the contact log (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayani don rajistar tuntuɓa (na zaɓi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="74"/>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An samu — an tabbatar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="75"/>
        <source>Reached — will reschedule</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An samu — za a sake tsara lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="76"/>
        <source>No answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu amsa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="77"/>
        <source>Wrong number</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar da ba daidai ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="105"/>
        <source>no phone on file</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>babu lambar waya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="114"/>
        <source>Call today ({count})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kira yau ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="119"/>
        <source>Reminder not delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a isar da tunatarwa ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="120"/>
        <source>No channel with consent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu hanyar da aka amince da ita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="121"/>
        <source>Booking needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Alƙawari yana buƙatar sabon lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="122"/>
        <source>Reward refused at sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ƙi kyautar a daidaitawa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — sorted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An samu — an warware</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="142"/>
        <source>Select the patient you called first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da farko zaɓi mara lafiyar da ka kira.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="160"/>
        <source>Saved the call to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye kiran zuwa ga {name}.</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="77"/>
        <source>Campaign</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kamfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="78"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="79"/>
        <source>Purpose</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Manufa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="80"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="81"/>
        <source>Written by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wanda ya rubuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="82"/>
        <source>Approved by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wanda ya amince</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="92"/>
        <source>No campaigns yet. Campaigns are written on the server; one waiting for a second manager&apos;s approval appears here first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu kamfen tukuna. Ana rubuta kamfen a kan sabar; wanda ke jiran amincewar manaja na biyu zai fara bayyana a nan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="97"/>
        <source>Approve</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Amince</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="100"/>
        <source>Cancel campaign</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Soke kamfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="134"/>
        <source>Written {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An rubuta {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="159"/>
        <source>Approved “{name}”. The server sends it once it syncs.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An amince da “{name}”. Sabar za ta aika shi da zarar an daidaita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="172"/>
        <source>Cancelled “{name}”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An soke “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="181"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a ajiye ba — {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="47"/>
        <source>When</source>
        <extracomment>Tables this screen shows: the open conflicts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yaushe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="48"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="49"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="50"/>
        <source>Kept value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙimar da aka ajiye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="51"/>
        <source>Lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙimar da ta ɓace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="57"/>
        <source>Restore lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dawo da ƙimar da ta ɓace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="59"/>
        <source>Keep current</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bar na yanzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="70"/>
        <source>Edits that raced at two desks: the later one was kept</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gyare-gyaren da aka yi a tebura biyu a lokaci guda: an ajiye na baya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="96"/>
        <source>conflict: choose a conflict in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>conflict: zaɓi saɓani a jerin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="105"/>
        <source>Lost value restored.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An dawo da ƙimar da ta ɓace.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="114"/>
        <source>Current value kept.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An bar ƙimar yanzu.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="54"/>
        <source>DD/MM/YYYY, e.g. {example}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>DD/MM/YYYY, misali {example}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fields.py" line="58"/>
        <source>Pick on a calendar (F4)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zaɓa a kalanda (F4)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="142"/>
        <source>Save changes</source>
        <extracomment>Fields picked from the shipped list of states and their LGAs. How a choice reads; blood groups and genotypes read as stored (A+, AS).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye canje-canje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="150"/>
        <source>not known</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba a sani ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="161"/>
        <source>Sex</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jinsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="167"/>
        <source>Who pays</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wanda zai biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="173"/>
        <source>Consents to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya amince da</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/profile/details.py" line="252"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Da fatan za a gyara filin %n da aka yi wa alama da ja.</numerusform>
            <numerusform>Da fatan za a gyara filaye %n da aka yi wa alama da ja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="266"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="58"/>
        <source> ★</source>
        <extracomment>Tables this screen shows: open follow-ups.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation> ★</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="60"/>
        <source>not asked</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba a tambaya ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="66"/>
        <source>Save feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye ra&apos;ayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="72"/>
        <source>Only callbacks I own</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kiran da nake da alhakinsu kawai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="77"/>
        <source>Call back by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sake kira kafin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="78"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mai kula</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="79"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="80"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="113"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="81"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="114"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="82"/>
        <source>NPS</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="83"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="117"/>
        <source>Comment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sharhi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="92"/>
        <source>Outcome of the call (required)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sakamakon kiran (dole)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="96"/>
        <source>Recovered: the patient is satisfied</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An gyara: mara lafiya ya gamsu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="97"/>
        <source>Not recovered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a gyara ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="98"/>
        <source>Could not reach the patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a samu mara lafiya ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="101"/>
        <source>Close follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rufe bibiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="104"/>
        <source>Give to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba wa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="115"/>
        <source>Would recommend (0-10)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zai ba da shawara (0-10)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="116"/>
        <source>About</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Game da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="123"/>
        <source>Open follow-ups (call these patients back)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bibiyar da ke buɗe (sake kiran waɗannan marasa lafiya)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="167"/>
        <source>Choose the follow-up and who takes it.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zaɓi bibiyar da wanda zai ɗauka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="172"/>
        <source>Follow-up given to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ba {name} bibiyar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="192"/>
        <source>Choose the patient the feedback is from first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da farko zaɓi mara lafiyar da ra&apos;ayin ya fito daga gare shi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="212"/>
        <source>Choose the follow-up to close.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zaɓi bibiyar da za a rufe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="226"/>
        <source>Follow-up closed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An rufe bibiya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="235"/>
        <source>{due} (overdue)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{due} (lokaci ya wuce)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="203"/>
        <source>Saved. A follow-up call is now open.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye. An buɗe kiran bibiya yanzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="205"/>
        <source>Saved. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye. Mun gode!</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="48"/>
        <source>Import patients from {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shigo da marasa lafiya daga {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Line</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Layi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="58"/>
        <source>Import</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shigo da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="67"/>
        <source>(not in file)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>(ba a cikin fayil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="94"/>
        <source>Checking {rows} rows…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ana duba layuka {rows}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="105"/>
        <source>{rows} rows, {bad} with problems. Fix the file or the mapping.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Layuka {rows}, {bad} suna da matsala. Gyara fayil ko taswirar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="109"/>
        <source>{rows} rows ready to import.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Layuka {rows} a shirye don shigowa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="130"/>
        <source>Imported {count} patients.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An shigo da marasa lafiya {count}.</translation>
    </message>
</context>
<context>
    <name>LgaBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="168"/>
        <source>Choose the state first</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da farko zaɓi jiha</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="74"/>
        <source>Log in to GrandPro CRM</source>
        <translation>Shiga GrandPro CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="85"/>
        <source>Log in</source>
        <translation>Shiga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="87"/>
        <source>Cancel</source>
        <translation>Soke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="92"/>
        <source>Username</source>
        <translation>Sunan mai amfani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="93"/>
        <source>Password</source>
        <translation>Kalmar sirri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="94"/>
        <source>Open an owner profile on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buɗe bayanin mai shi a wannan kwamfuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="97"/>
        <source>This PC holds the hospital&apos;s patient records, which an owner&apos;s view never shows, so hospital owners sign in to a separate owner profile: its own encrypted database, registered as the owner&apos;s device.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wannan kwamfuta tana ɗauke da bayanan marasa lafiya na asibiti, waɗanda mai shi ba ya gani, don haka masu asibiti suna shiga wani bayanin mai shi daban: da nasa rumbun bayanai mai ɓoyewa, wanda aka yi rajista a matsayin na&apos;urar mai shi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="180"/>
        <source>Hospital owners: this PC holds patient records, so tick “Open an owner profile on this PC”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Masu asibiti: wannan kwamfuta tana ɗauke da bayanan marasa lafiya, don haka ku zaɓi “Buɗe bayanin mai shi a wannan kwamfuta”.</translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="30"/>
        <source>Loyalty program</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shirin aminci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="36"/>
        <source>Earned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An samu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="37"/>
        <source>Redeemed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An karɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="38"/>
        <source>Expired</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya ƙare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="44"/>
        <source>Points by month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Maki a kowane wata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="69"/>
        <source>Rewards redeemed most this year</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kyautukan da aka fi karɓa a bana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="77"/>
        <source>{n} members</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mambobi {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="81"/>
        <source>Silver from {silver}, Gold from {gold} lifetime points, no Platinum; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver daga maki {silver}, Gold daga {gold} na dukan lokaci, babu Platinum; {visit} kowace ziyara, {feedback} kowane ra&apos;ayi, {spend} kowane ₦{unit:,} da aka biya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="86"/>
        <source>Silver from {silver}, Gold from {gold}, Platinum from {platinum} lifetime points; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver daga maki {silver}, Gold daga {gold}, Platinum daga {platinum} na dukan lokaci; {visit} kowace ziyara, {feedback} kowane ra&apos;ayi, {spend} kowane ₦{unit:,} da aka biya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="109"/>
        <source>{name}: {count}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="111"/>
        <source>No rewards redeemed this year yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a karɓi kyauta ba a bana tukuna.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="94"/>
        <source>Why, e.g. points lost when the desk was offline</source>
        <extracomment>Tier moves shown without scrolling; older ones are a scroll away.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili, misali makin da suka ɓace lokacin da tebur ba ya kan layi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="95"/>
        <source>Adjust points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaita maki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="98"/>
        <source>Redeem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Karɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="105"/>
        <source>Add to pool (guardian consents)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Saka cikin asusun iyali (mai kula ya amince)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="107"/>
        <source>Redeem from pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Karɓa daga asusun iyali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kwanan wata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Tier move</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Canjin mataki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Up or down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sama ko ƙasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="113"/>
        <source>No tier moves recorded yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a rubuta canjin mataki ba tukuna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yaushe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Maki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="142"/>
        <source>Family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Asusun iyali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="151"/>
        <source>Tier moves</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Canje-canjen mataki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="175"/>
        <source>End the family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kawo ƙarshen asusun iyali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="177"/>
        <source>Leave the pool (consent withdrawn)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fita daga asusun iyali (an janye amincewa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="181"/>
        <source>{name} (guardian)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} (mai kula)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="185"/>
        <source>{names} · {points} points together</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{names} · maki {points} tare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="190"/>
        <source>Not pooling with the household yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a haɗa maki da iyali ba tukuna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ƙasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="244"/>
        <source>{tier} since {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} tun {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="251"/>
        <source>{tier} kept until {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} har zuwa {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="258"/>
        <source>{held} on hold from recent payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{held} ana riƙe daga biyan kuɗi na kwanan nan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="263"/>
        <source>{needed} more to {tier}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{needed} kuma zuwa {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="270"/>
        <source>{points} expire on {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{points} za su ƙare a {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="276"/>
        <source>can have: {rewards}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>zai iya samu: {rewards}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="291"/>
        <source>Adjusted by {points} points.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An daidaita da maki {points}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="297"/>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="346"/>
        <source>Choose a reward first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zaɓi kyauta da farko.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="308"/>
        <source>Redeemed {reward}. Code {code}: the cashier types it on the payment. {points} points left.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An karɓi {reward}. Lamba {code}: mai karɓar kuɗi zai rubuta ta a kan biyan kuɗi. Maki {points} sun rage.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="141"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kyauta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="143"/>
        <source>Adjust</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="202"/>
        <source>{points} points · {tier} tier · {lifetime} earned in all</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Maki {points} · matakin {tier} · {lifetime} da aka samu gaba ɗaya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="213"/>
        <source>{name} ({cost} points)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} (maki {cost})</translation>
    </message>
    <message>
        <source>reward_id: choose a reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">reward_id: zaɓi kyauta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="326"/>
        <source>Added to the family pool, with the guardian&apos;s consent.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An saka cikin asusun iyali, da amincewar mai kula.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="337"/>
        <source>The family pool has ended: everyone&apos;s points are their own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Asusun iyali ya ƙare: maki na kowa nasa ne kuma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="339"/>
        <source>Left the family pool: these points are the patient&apos;s own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An fita daga asusun iyali: waɗannan maki na majiyyacin ne kuma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="358"/>
        <source>Redeemed {reward} from the family pool. Code {code}: the cashier types it on the payment.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An karɓi {reward} daga asusun iyali. Lamba {code}: mai karɓar kuɗi zai rubuta shi a kan biyan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="365"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a ajiye ba — {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>GrandPro CRM — {name}</source>
        <extracomment>Who may change this PC&apos;s server, language and printer: the people answerable for the PC (a manager or admin at a hospital, an owner on their own computer), not every desk user. The tables the page header&apos;s place comes from (see ``signed_in_place``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>GrandPro CRM — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <source>Administration</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gudanarwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Settings</source>
        <translation>Saituna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Switch user…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Canja mai amfani…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>Sign out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Today</source>
        <translation>Yau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>Patients</source>
        <translation>Marasa lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Appointments</source>
        <translation>Alƙawura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Payments</source>
        <translation>Biyan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Call today</source>
        <translation>Kira yau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>Feedback</source>
        <translation>Ra&apos;ayoyi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Messages</source>
        <translation>Saƙonni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Sync health</source>
        <translation>Lafiyar daidaitawa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Conflicts</source>
        <translation>Saɓani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aminci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Campaigns</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kamfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Dashboard</source>
        <translation>Allon bayani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>Statements</source>
        <translation>Bayanan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Payout calendar</source>
        <translation>Kalandar biya</translation>
    </message>
</context>
<context>
    <name>MessagesScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="60"/>
        <source>SMS</source>
        <extracomment>Tables this screen shows: the chosen patient&apos;s templates and message history.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="61"/>
        <source>WhatsApp</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="62"/>
        <source>E-mail</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Imel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="72"/>
        <source>Type the message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rubuta saƙon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="75"/>
        <source>Send</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Written</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An rubuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Saƙo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="88"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="89"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="90"/>
        <source>Template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Samfuri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="91"/>
        <source>Subject</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Maudu&apos;i</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="92"/>
        <source>Preview</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Samfoti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="99"/>
        <source>Messages to this patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Saƙonni zuwa ga wannan mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="118"/>
        <source>Write a message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rubuta saƙo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="184"/>
        <source>{n} SMS segment(s)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sassan SMS {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="190"/>
        <source>Choose the patient to write to first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da farko zaɓi mara lafiyar da za a rubuta wa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="196"/>
        <source>template: choose a message template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>template: zaɓi samfurin saƙo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="200"/>
        <location filename="../../desktop/ui/screens/messages.py" line="218"/>
        <source>Queued — will send when online.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An jera — za a aika idan an shiga layi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="229"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an jera — za a aika idan an shiga layi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="230"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ana aikawa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="231"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="232"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an isar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="233"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an karanta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="234"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ya kasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="235"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba za a iya isarwa ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="236"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba a aika ba (ya janye)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="237"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an soke</translation>
    </message>
</context>
<context>
    <name>OwnerDashboardScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="43"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: the owner&apos;s hospitals, payouts and messages.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nau&apos;in kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="50"/>
        <source>Revenue</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kuɗin shiga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="51"/>
        <source>Payouts</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="79"/>
        <source>Pending payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biyan da ke jira</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="80"/>
        <source>Satisfaction</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gamsuwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="81"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gyaran sabis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="82"/>
        <source>Contract</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kwangila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="95"/>
        <source>Recent communications</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sadarwa na kwanan nan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="108"/>
        <source>The first sync is running: your hospitals&apos; figures appear when it ends.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaitawa ta farko tana gudana: alkaluman asibitocinka za su bayyana idan ta ƙare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="118"/>
        <source>{owner}: last 12 months</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{owner}: watanni 12 na ƙarshe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="121"/>
        <source>no survey answers yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>babu amsoshin bincike tukuna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="123"/>
        <source>{score:.1f} / 5</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{score:.1f} / 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="138"/>
        <source>no low feedback to recover</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>babu mummunan ra&apos;ayi da za a gyara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="141"/>
        <source>{rate} this month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} a wannan wata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="142"/>
        <source>{rate} this month ({last} last month)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} a wannan wata ({last} a watan jiya)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="148"/>
        <source>no contract synced</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba a daidaita kwangila ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="150"/>
        <source>{status}, open-ended</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, ba shi da ƙarshe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="151"/>
        <source>{status}, renews {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, za a sabunta {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="172"/>
        <source>No revenue or payouts yet: each month&apos;s revenue appears as the hospital records payments, and its payout after the monthly run on the 1st.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu kuɗin shiga ko biyan kuɗi tukuna: kuɗin shigar kowane wata na bayyana yayin da asibiti ke rubuta biyan kuɗi, biyan kuɗinsa kuma bayan lissafin wata-wata a ranar 1 ga wata.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="178"/>
        <source>Revenue and payouts ({currency})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kuɗin shiga da biya ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="185"/>
        <source>{what}, {month}: {amount}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{what}, {month}: {amount}</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../desktop/ui/header.py" line="43"/>
        <source>{name} ({role})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="22"/>
        <source>Type the patient&apos;s name or phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rubuta sunan mara lafiya ko waya</translation>
    </message>
</context>
<context>
    <name>PatientProfile</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="58"/>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="106"/>
        <source>Patient — {name}</source>
        <extracomment>Tables this window shows: the patient&apos;s record and every tab&apos;s rows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="69"/>
        <source>Details &amp;&amp; medical</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayanai &amp;&amp; lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="70"/>
        <source>Appointments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Alƙawura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="71"/>
        <source>Payments</source>
        <translation>Biyan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="72"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aminci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="73"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ra&apos;ayoyi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="74"/>
        <source>Messages</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Saƙonni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="75"/>
        <source>History</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tarihi</translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="61"/>
        <source>Search by name, phone (0803 123 4567) or patient number</source>
        <extracomment>Profiles kept after their window is closed, so reopening a patient is instant. Tables this screen shows: the register and search results.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nema da suna, waya (0803 123 4567) ko lambar mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="74"/>
        <source>Register patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yi rajistar mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="76"/>
        <source>Import CSV or Excel…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shigo da CSV ko Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="79"/>
        <source>Register this patient</source>
        <extracomment>Offered when a search finds nobody: register the person just looked for.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yi rajistar wannan mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="85"/>
        <source>Open profile (Alt+O)</source>
        <extracomment>After a registration, the next natural step: the new patient&apos;s profile.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buɗe bayanan mara lafiya (Alt+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="128"/>
        <source>Import patients</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shigo da marasa lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="131"/>
        <source>Patient registers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rajistar marasa lafiya (*.csv *.xlsx);;Fayilolin CSV (*.csv);;Littattafan Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="153"/>
        <source>Registered {name} as {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An yi rajistar {name} a matsayin {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="157"/>
        <source>Same phone as (household): {names}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Waya ɗaya da (gida ɗaya): {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>%n patient(s) found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>An sami mara lafiya %n</numerusform>
            <numerusform>An sami marasa lafiya %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>No patient found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a sami mara lafiya ba</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="66"/>
        <source>Payment from {patient}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biyan kuɗi daga {patient}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="73"/>
        <source>POS, transfer or HMO reference (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS, tura kuɗi ko lambar HMO (na zaɓi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="96"/>
        <source>Save payment</source>
        <extracomment>What was saved, in the stylesheet&apos;s success colour (never in error red).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye biyan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="87"/>
        <location filename="../../desktop/ui/screens/payments.py" line="102"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adadin kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="75"/>
        <source>e.g. Consultation, lab test (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>misali ganin likita, gwajin dakin gwaje-gwaje (na zaɓi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="78"/>
        <source>Loyalty reward code, e.g. K7QM-3ZD9 (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar kyautar aminci, misali K7QM-3ZD9 (na zaɓi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="103"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An biya don</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="104"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hanyar biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="105"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar shaida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="106"/>
        <source>Reward code</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar kyauta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="140"/>
        <source>Saved {amount} — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye {amount} — rasidi {number}.</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="202"/>
        <source>Take payment…</source>
        <extracomment>Tables this screen shows: a day&apos;s payments (revenue entries) and their receipts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Karɓi kuɗi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="209"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="214"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="215"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar rasidi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="216"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="217"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="218"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adadin kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="219"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hanyar biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="220"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar shaida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="221"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="233"/>
        <source>Payments on</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biyan kuɗi a ranar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="266"/>
        <source>Choose the patient who is paying first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da farko zaɓi mara lafiyar da ke biya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="281"/>
        <source>No payments on this day.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu biyan kuɗi a wannan rana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="291"/>
        <source>{parts} · Total {total}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{parts} · Jimla {total}</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="50"/>
        <source>Take payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Karɓi kuɗi…</translation>
    </message>
</context>
<context>
    <name>PayoutCalendarScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="36"/>
        <source>Payout calendar</source>
        <extracomment>Tables this screen shows: payouts due per contract.</extracomment>
        <translation>Kalandar biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="40"/>
        <source>Each month&apos;s payout is computed at 06:00 (Lagos) on the 1st of the next month.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ana lissafta biyan kowane wata da ƙarfe 06:00 (Lagos) a ranar 1 ga wata mai zuwa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="47"/>
        <source>Month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="48"/>
        <source>Hospital</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Asibiti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="49"/>
        <source>Payout run</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lissafin biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="50"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="51"/>
        <source>Net payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biyan bayan ragi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="52"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An amince</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="53"/>
        <source>Paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="92"/>
        <source>No contract or payout has synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu kwangila ko biyan da aka daidaita zuwa wannan kwamfuta tukuna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="97"/>
        <source>expected</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ana sa rai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="98"/>
        <source>awaiting approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>yana jiran amincewa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="99"/>
        <source>approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an amince</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="100"/>
        <source>paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="101"/>
        <source>failed, to be retried</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ya kasa, za a sake gwadawa</translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="59"/>
        <source>Print receipt…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buga rasidi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="62"/>
        <source>Save receipt as PDF…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye rasidi a matsayin PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="64"/>
        <source>Reverse payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mayar da biyan kuɗi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="69"/>
        <source>Paper</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Takarda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="106"/>
        <source>Save receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye rasidi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fayilolin PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryNotifier</name>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="63"/>
        <source>Low feedback: {patient} gave {rating}/5. Call back by {due}.</source>
        <extracomment>What a change must touch to be worth a look. The sentence announcing new callbacks (one per batch that arrives).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mummunan ra&apos;ayi: {patient} ya ba da {rating}/5. Sake kira kafin {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="68"/>
        <source>{count} new low-feedback callbacks; the first is due by {due}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sabbin kiran mummunan ra&apos;ayi {count}; na farko kafin {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="84"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gyaran sabis</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="96"/>
        <source>Register a patient</source>
        <extracomment>The fields in the order the form shows them, and a clerk tabs through them. The fields typed as plain text (the others have their own widgets). Labels this form words differently from the column&apos;s label (``field_label``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yi wa mara lafiya rajista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="100"/>
        <source>e.g. IKJ01-000042</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>misali IKJ01-000042</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Female</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Male</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Namiji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Choose…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zaɓa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="114"/>
        <source>Different person — save anyway</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wani mutum ne — ajiye duk da haka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/registration.py" line="185"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Da fatan za a gyara filin %n da aka yi wa alama da ja.</numerusform>
            <numerusform>Da fatan za a gyara filaye %n da aka yi wa alama da ja.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="129"/>
        <source>Reverse payment {number}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mayar da biyan kuɗi {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="133"/>
        <source>Why, e.g. charged twice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili, misali an caje sau biyu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="135"/>
        <source>Reverses {amount} from {patient}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yana mayar da {amount} daga {patient}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="140"/>
        <source>Reverse payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mayar da biyan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="144"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="160"/>
        <source>Reversed — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An mayar — rasidi {number}.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="59"/>
        <source>Work offline only (a standalone clinic)</source>
        <extracomment>Tables this screen shows: this PC&apos;s registration (the form stays as typed).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yi aiki ba tare da sabar ba (asibiti mai zaman kansa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="68"/>
        <source>Save settings</source>
        <translation>Ajiye saituna</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">Turanci</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation type="vanished">Hausa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="77"/>
        <source>The system&apos;s default printer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Firintar tsarin ta asali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="84"/>
        <source>Server address</source>
        <translation>Adireshin sabar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="86"/>
        <source>Language</source>
        <translation>Harshe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="87"/>
        <source>Lock after idle (minutes)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kulle bayan zaman banza (mintuna)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="88"/>
        <source>Printer</source>
        <translation>Firinta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="89"/>
        <source>This PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wannan kwamfuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="112"/>
        <source>Registered with the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An yi rajista da sabar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="114"/>
        <source>Not registered (works offline only)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba a yi rajista ba (yana aiki ba tare da sabar ba)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>Name: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Suna: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>not named</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba a ba shi suna ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>Hospital: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Asibiti: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>none yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>babu tukuna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="118"/>
        <source>Patient number prefix: {prefix}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Farkon lambar mara lafiya: {prefix}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="152"/>
        <source>Saved. A new server address takes effect when the app starts again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye. Sabon adireshin sabar zai fara aiki idan an sake buɗe manhajar.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup.py" line="45"/>
        <source>Set up GrandPro CRM on this PC</source>
        <translation>Saita GrandPro CRM a wannan kwamfuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="48"/>
        <source>Enter the address of your hospital&apos;s GrandPro server. After it answers, a manager logs in once to register this PC. A clinic without a server can work offline only.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shigar da adireshin sabar GrandPro ta asibitinka. Bayan ta amsa, manaja zai shiga sau ɗaya don yi wa wannan kwamfuta rajista. Asibitin da ba shi da sabar zai iya aiki ba tare da sabar ba kawai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="59"/>
        <source>Connect to server</source>
        <translation>Haɗa da sabar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="62"/>
        <source>Work offline only</source>
        <translation>Yi aiki ba tare da sabar ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="70"/>
        <source>Server address</source>
        <translation>Adireshin sabar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="82"/>
        <source>Create the account and start</source>
        <translation>Ƙirƙiri asusun kuma fara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="84"/>
        <source>The clinic manager&apos;s account on this PC</source>
        <translation>Asusun manajan asibiti a wannan kwamfuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="86"/>
        <source>Full name</source>
        <translation>Cikakken suna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="87"/>
        <source>Username</source>
        <translation>Sunan mai amfani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="88"/>
        <source>Password</source>
        <translation>Kalmar sirri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="89"/>
        <source>Repeat password</source>
        <translation>Maimaita kalmar sirri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="114"/>
        <source>Checking the server…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ana duba sabar…</translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="151"/>
        <source>Type to find the state</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rubuta don nemo jiha</translation>
    </message>
</context>
<context>
    <name>StatementsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="57"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: statements, payouts and their responses.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nau&apos;in kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="60"/>
        <source>Save PDF</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="63"/>
        <source>Export CSV</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fitar da CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="66"/>
        <source>Export Excel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fitar da Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="70"/>
        <source>Reason (needed to dispute)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili (ana buƙata don ƙalubalanci)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="71"/>
        <source>Acknowledge</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Amince</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="75"/>
        <source>Dispute</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙalubalanci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="85"/>
        <source>Period</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="113"/>
        <source>No statement to act on yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu bayanin kuɗi da za a yi aiki a kai tukuna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="129"/>
        <source>No payouts have synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu biyan da aka daidaita zuwa wannan kwamfuta tukuna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="161"/>
        <source>Net payout: {net}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biyan bayan ragi: {net}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="168"/>
        <source>Acknowledged on {date}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An amince a ranar {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="169"/>
        <source>Disputed on {date}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ƙalubalanci a ranar {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="172"/>
        <source>resolved on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an warware a ranar {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="174"/>
        <source>rejected on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an ƙi a ranar {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="176"/>
        <source>open, waiting for GrandPro&apos;s answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a buɗe, ana jiran amsar GrandPro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="183"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fayilolin PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="184"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fayilolin CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="185"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Littattafan Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="189"/>
        <source>Save statement</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajiye bayanin kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="209"/>
        <source>Saved {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An ajiye {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="227"/>
        <source>Dispute sent to GrandPro.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An aika ƙalubalen zuwa GrandPro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="229"/>
        <source>Statement acknowledged. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An amince da bayanin kuɗi. Mun gode!</translation>
    </message>
</context>
<context>
    <name>SyncHealthScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="70"/>
        <source>When</source>
        <extracomment>Tables this screen shows: the changes waiting and those the server refused.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yaushe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="71"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Filaye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="72"/>
        <source>Why the server refused it</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalilin da sabar ta ƙi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="73"/>
        <source>Refused values</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙimomin da aka ƙi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="77"/>
        <source>Edit and send again</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gyara ka sake aikawa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="79"/>
        <source>Send again unchanged</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sake aikawa ba tare da canji ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="81"/>
        <source>Discard</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Watsar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="101"/>
        <source>Changes the server refused</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Canje-canjen da sabar ta ƙi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="114"/>
        <source>Sync stopped since {when}: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaitawa ta tsaya tun {when}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="133"/>
        <source>{pending} change(s) waiting to sync · last sync {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Canje-canje {pending} suna jiran daidaitawa · daidaitawa ta ƙarshe {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="138"/>
        <source>Waiting to sync (newest {shown} of {total})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Suna jiran daidaitawa (sababbi {shown} cikin {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="172"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="189"/>
        <source>Choose a refused change in the list first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zaɓi canjin da aka ƙi a cikin jerin tukuna.</translation>
    </message>
    <message>
        <source>change: choose a refused change in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">change: zaɓi canjin da aka ƙi a jerin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="196"/>
        <source>Corrected change queued to sync.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An jera canjin da aka gyara don daidaitawa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="201"/>
        <source>Change queued to sync again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An sake jera canjin don daidaitawa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="216"/>
        <source>Refused change discarded.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An watsar da canjin da aka ƙi.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status.py" line="45"/>
        <source>Try now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gwada yanzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="46"/>
        <source>Sync now instead of waiting for the next try</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaita yanzu maimakon jiran gwaji na gaba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="64"/>
        <source>● Online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>● A kan layi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="66"/>
        <source>◌ Connecting…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◌ Ana haɗawa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="68"/>
        <source>○ Offline</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Ba a kan layi ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="70"/>
        <source>○ Offline since {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Ba a kan layi ba tun {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status.py" line="84"/>
        <source>%n change(s) to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Canji %n don daidaitawa</numerusform>
            <numerusform>Canje-canje %n don daidaitawa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="87"/>
        <source>Last sync: {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaitawa ta ƙarshe: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="94"/>
        <source>Sync stopped: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaitawa ta tsaya: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="96"/>
        <source> · retrying in {s} s</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation> · za a sake gwadawa cikin {s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="124"/>
        <source>, about {s} s left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, kusan {s} s ya rage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="125"/>
        <source>, about {m} min left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, kusan {m} min ya rage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="115"/>
        <source>First sync: {done} of {total} rows{left}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daidaitawa ta farko: layuka {done} cikin {total}{left}</translation>
    </message>
</context>
<context>
    <name>TierPresets</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Standard scale</source>
        <extracomment>The Administration page whose form holds a program&apos;s tier thresholds.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ma&apos;auni na yau da kullum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Compact scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙaramin ma&apos;auni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="46"/>
        <source>Use this scale</source>
        <extracomment>The chosen scale&apos;s tiers, under the choice (the form&apos;s panel is narrow).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yi amfani da wannan ma&apos;auni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="54"/>
        <source>Tier scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ma&apos;aunin matakai</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="127"/>
        <source>No appointments today. Book one on the Appointments screen, or register a walk-in (Alt+W).</source>
        <extracomment>Tables this screen shows: the day&apos;s appointments and the waiting queue.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Babu alƙawari yau. Yi ɗaya a allon Alƙawura, ko yi rajistar zuwa kai tsaye (Alt+W).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="136"/>
        <source>Check in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shigar da isowa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="137"/>
        <source>Mark no-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Alama bai zo ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="140"/>
        <source>Visit note (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayanin ziyara (na zaɓi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="142"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kammala ziyara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="143"/>
        <source>Print slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buga takardar shaida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="145"/>
        <source>Walk-in…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zuwa kai tsaye…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="174"/>
        <source>Waiting now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Masu jira yanzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="183"/>
        <source>Today, {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yau, {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="255"/>
        <source>{name} — since {time}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} — tun {time}</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="51"/>
        <source>Register arrival</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yi rajistar isowa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="55"/>
        <source>Walk-in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zuwa kai tsaye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="57"/>
        <source>To see</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wanda zai gani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="73"/>
        <source>{department} (department)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{department} (sashe)</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="88"/>
        <source>{booked} booked</source>
        <extracomment>Bookings listed in one week cell before the rest are counted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} an yi alƙawari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="90"/>
        <source>{booked} booked · {free} free</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} an yi alƙawari · {free} babu kowa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="94"/>
        <source>+{count} more</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>+{count} kuma</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="288"/>
        <source>Something went wrong</source>
        <extracomment>Who hears of a sign-in at the sync&apos;s own prompt (the shell, which may rebuild the window). This PC&apos;s owner profile, once an owner chose it at sign-in (see ``owner_profile``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wani abu ya faru ba daidai ba</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="353"/>
        <source>Cannot start</source>
        <extracomment>The object name of the installed GrandPro translation, so a new choice replaces it.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ba za a iya farawa ba</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="39"/>
        <source>Draft</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daftari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="40"/>
        <source>Waiting for approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yana jiran amincewa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="41"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An amince</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An tsara lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="43"/>
        <source>Sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ana aikawa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="44"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="45"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An soke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="51"/>
        <source>Health education</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ilimin lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="52"/>
        <source>Service notice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sanarwar sabis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="53"/>
        <source>Promotional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tallace-tallace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="54"/>
        <source>Transactional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na mu&apos;amala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="62"/>
        <source>E-mail</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Imel</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../desktop/ui/format.py" line="23"/>
        <source>never</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba a taɓa ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An yi alƙawari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="43"/>
        <source>Confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An tabbatar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="44"/>
        <source>Checked in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya iso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="45"/>
        <source>Seen</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An kammala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="46"/>
        <location filename="../../desktop/ui/format.py" line="61"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An soke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="47"/>
        <source>No-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bai zo ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="55"/>
        <source>Planned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An tsara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="56"/>
        <source>Queued</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An jera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="57"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="58"/>
        <source>Delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An isar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="59"/>
        <source>Failed — call</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya kasa — a kira</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="60"/>
        <source>Opted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya janye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="62"/>
        <source>Skipped</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An tsallake</translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <location filename="../../desktop/ui/header.py" line="22"/>
        <source>Administrator</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mai gudanarwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="23"/>
        <source>Manager</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Manaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="24"/>
        <source>Front desk</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Teburin karɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="25"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Likita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="26"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mai shi</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="121"/>
        <location filename="../../desktop/ui/models.py" line="219"/>
        <source>Patient no.</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="122"/>
        <source>Name</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Suna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="123"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Waya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="124"/>
        <source>Date of birth</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ranar haihuwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="216"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lokaci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="217"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Likita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="218"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="220"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="221"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tunatarwa</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="182"/>
        <source>Reverses {number}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yana mayar da {number}: {reason}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="67"/>
        <source>A5 page</source>
        <extracomment>Where the document finds the logo image (added as a resource, never read from disk by URL). The shortest roll page: a few lines of receipt still tear off cleanly. Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Shafin A5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="68"/>
        <source>80 mm receipt roll</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nadin rasidi na 80 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="78"/>
        <source>Tel: {phone}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Waya: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="117"/>
        <location filename="../../desktop/ui/printing.py" line="145"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="118"/>
        <location filename="../../desktop/ui/printing.py" line="146"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar mara lafiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="119"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tare da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="120"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yaushe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="122"/>
        <source>Please arrive 15 minutes early and bring this slip.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da fatan za a zo minti 15 kafin lokaci kuma a kawo wannan takardar shaida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="123"/>
        <source>Appointment slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Takardar shaidar alƙawari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="132"/>
        <source>Cash</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tsabar kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="133"/>
        <source>POS (card)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS (kati)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="134"/>
        <source>Bank transfer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tura kuɗi ta banki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="135"/>
        <source>HMO</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>HMO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="136"/>
        <source>NHIA</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>NHIA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="143"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar rasidi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="144"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kwanan wata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="148"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An biya don</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="149"/>
        <source>Hospital services</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ayyukan asibiti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="151"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adadin kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>In words</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Da kalmomi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="153"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hanyar biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="156"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar shaida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="158"/>
        <source>Reverses receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yana mayar da rasidi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="159"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="161"/>
        <source>Cashier</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mai karɓar kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>Payment reversal</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mayar da biyan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="173"/>
        <source>Payment receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rasidin biyan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="176"/>
        <source>Thank you. Please keep this receipt.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mun gode. Da fatan za a ajiye wannan rasidi.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="95"/>
        <source>Visit note (optional)</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayanin ziyara (na zaɓi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="97"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kammala ziyara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="109"/>
        <source>Choose the visit to complete.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Zaɓi ziyarar da za a kammala.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="120"/>
        <source>Visit completed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An kammala ziyara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="130"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="246"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yaushe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="131"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tare da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="132"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Matsayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="133"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dalili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="142"/>
        <source>call back</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sake kira</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="143"/>
        <source>being followed up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ana bibiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="144"/>
        <source>closed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an rufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="161"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="162"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ƙima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="163"/>
        <source>NPS</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="164"/>
        <source>About</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Game da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="165"/>
        <source>Comment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sharhi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="166"/>
        <source>Follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bibiya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="174"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an jera — za a aika idan an shiga layi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="175"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ana aikawa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="176"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="177"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an isar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="178"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an karanta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="179"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ya kasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="180"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba za a iya isarwa ba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="181"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ba a aika ba (ya janye)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="182"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an soke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="191"/>
        <source>SMS</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="192"/>
        <source>WhatsApp</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="193"/>
        <source>Email</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Imel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="198"/>
        <source>Written</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>An rubuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="199"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="200"/>
        <source>Delivery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Isarwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="201"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="225"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Saƙo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="209"/>
        <source>waiting to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>yana jiran daidaitawa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="210"/>
        <source>accepted by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sabar ta karɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="211"/>
        <source>merged with another desk&apos;s edit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an haɗa da gyaran wani tebur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="212"/>
        <source>refused by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sabar ta ƙi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="213"/>
        <source>server audit log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>rajistar bincike ta sabar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="221"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="222"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Alƙawari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="223"/>
        <source>Payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biyan kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="224"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ra&apos;ayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="226"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Maki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="227"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kyauta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="228"/>
        <source>Contact log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rajistar tuntuɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="231"/>
        <source>added</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an ƙara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="232"/>
        <source>changed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an canja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="233"/>
        <source>deleted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>an goge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="247"/>
        <source>Change</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Canji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="248"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Filaye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="249"/>
        <source>State</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yanayi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="251"/>
        <source>Changes made at this desk to this patient&apos;s record, appointments, payments, feedback, messages and points, and any server audit entries this desk holds. The full audit trail is kept on the server.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Canje-canjen da aka yi a wannan tebur ga bayanan wannan mara lafiya, alƙawura, biyan kuɗi, ra&apos;ayoyi, saƙonni da maki, da duk wani bayanin bincike na sabar da wannan tebur ke riƙe da shi. Cikakken tarihin bincike yana kan sabar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="39"/>
        <source>Received</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lokacin karɓa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="40"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar rasidi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="41"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adadin kuɗi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="42"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hanyar biya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="43"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lambar shaida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="44"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bayani</translation>
    </message>
</context>
</TS>
