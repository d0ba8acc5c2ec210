<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pcm_NG">
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="111"/>
        <source>Add new</source>
        <extracomment>The form&apos;s widest; the list takes the rest of the screen. A column&apos;s widest, so one long value does not push the others off the list. How long typing must pause before the template preview is asked for again. The resource whose form has a live preview. The server holds what this screen shows; no local table change refreshes it. The names of the rows the pages&apos; ids point at, as last listed.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Add new one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="113"/>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="216"/>
        <source>Save</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="117"/>
        <source>New password for the chosen user</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>New password for the user wey you choose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="133"/>
        <source>Manage</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Manage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="202"/>
        <source>Add</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="233"/>
        <source>Tier thresholds filled in; Save keeps them.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tier threshold don fill; Save go keep dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="245"/>
        <source>The preview appears once the template has a wording.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Preview go show once the template get wording.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="255"/>
        <source>Cannot preview: {}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E no fit preview: {}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="311"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="340"/>
        <source>Please correct the field marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Abeg correct the field wey dem mark for red.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="114"/>
        <source>e.g. 5k, 5,000 or ₦5,000.50</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>like 5k, 5,000 or ₦5,000.50</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="123"/>
        <source>Day</source>
        <extracomment>Tables this screen shows: the week grid, the day&apos;s list and each booking&apos;s reminders.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="124"/>
        <source>Week</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="126"/>
        <source>By clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>By doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="127"/>
        <source>By department</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="134"/>
        <source>◀ Previous</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◀ Before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="135"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="136"/>
        <source>Next ▶</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="148"/>
        <source>Reason for cancelling</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Why you dey cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="149"/>
        <source>Book selected slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Book the slot wey you select</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="150"/>
        <source>Move selected booking to slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Move the booking go the slot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="151"/>
        <source>Cancel selected booking</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Cancel the booking wey you select</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <location filename="../../desktop/ui/screens/appointments.py" line="207"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="163"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="202"/>
        <source>Length</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>How long</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="206"/>
        <source>Free slots</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Free slot dem</translation>
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
        <translation>Email</translation>
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
        <translation>Reminder dem: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="343"/>
        <source>No reminders planned for this booking yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No reminder dey for this booking yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="347"/>
        <source>{status} — needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status} — e need new time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="368"/>
        <source>Booked.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don book.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="373"/>
        <source>Select a booking and a free slot first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First select one booking and one free slot.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="377"/>
        <source>Moved to {time}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don move go {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="383"/>
        <source>Select the booking to cancel first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First select the booking wey you wan cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="389"/>
        <source>Cancelled.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don cancel.</translation>
    </message>
</context>
<context>
    <name>CallListScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="59"/>
        <source>Call today</source>
        <extracomment>Tables this screen shows: who to call today, and the calls already logged.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Call today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="72"/>
        <source>Note for the contact log (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Note for the contact log (if you like)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="74"/>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reach am — e confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="75"/>
        <source>Reached — will reschedule</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reach am — e go change time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="76"/>
        <source>No answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E no answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="77"/>
        <source>Wrong number</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="105"/>
        <source>no phone on file</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>no phone for file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="114"/>
        <source>Call today ({count})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Call today ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="119"/>
        <source>Reminder not delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reminder no reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="120"/>
        <source>No channel with consent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No channel wey dem agree</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="121"/>
        <source>Booking needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Booking need new time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="122"/>
        <source>Reward refused at sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sync refuse the reward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — sorted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reach am — e don sort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="142"/>
        <source>Select the patient you called first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First select the patient wey you call.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="160"/>
        <source>Saved the call to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save the call to {name}.</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="77"/>
        <source>Campaign</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="78"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="79"/>
        <source>Purpose</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wetin e dey for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="80"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="81"/>
        <source>Written by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Who write am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="82"/>
        <source>Approved by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Who approve am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="92"/>
        <source>No campaigns yet. Campaigns are written on the server; one waiting for a second manager&apos;s approval appears here first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No campaign yet. Na for server dem dey write campaign; the one wey dey wait second manager approval go show here first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="97"/>
        <source>Approve</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="100"/>
        <source>Cancel campaign</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Cancel campaign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="134"/>
        <source>Written {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dem write am {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="159"/>
        <source>Approved “{name}”. The server sends it once it syncs.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>“{name}” don get approval. Server go send am once e sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="172"/>
        <source>Cancelled “{name}”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>“{name}” don cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="181"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E no save — {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="47"/>
        <source>When</source>
        <extracomment>Tables this screen shows: the open conflicts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="48"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="49"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="50"/>
        <source>Kept value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Value wey we keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="51"/>
        <source>Lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Value wey lost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="57"/>
        <source>Restore lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bring back the lost value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="59"/>
        <source>Keep current</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Keep the current one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="70"/>
        <source>Edits that raced at two desks: the later one was kept</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edit wey two desk do the same time: we keep the last one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="96"/>
        <source>conflict: choose a conflict in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>conflict: choose one conflict for the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="105"/>
        <source>Lost value restored.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>The lost value don come back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="114"/>
        <source>Current value kept.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We keep the current value.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="54"/>
        <source>DD/MM/YYYY, e.g. {example}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>DD/MM/YYYY, like {example}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fields.py" line="58"/>
        <source>Pick on a calendar (F4)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pick for calendar (F4)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="142"/>
        <source>Save changes</source>
        <extracomment>Fields picked from the shipped list of states and their LGAs. How a choice reads; blood groups and genotypes read as stored (A+, AS).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save the changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="150"/>
        <source>not known</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>we no know</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="161"/>
        <source>Sex</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Man or woman</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="167"/>
        <source>Who pays</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Who dey pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="173"/>
        <source>Consents to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E agree to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/profile/details.py" line="252"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Abeg correct the %n field wey dem mark for red.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="266"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save.</translation>
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
        <translation>we no ask</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="66"/>
        <source>Save feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="72"/>
        <source>Only callbacks I own</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Only callback wey I dey handle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="77"/>
        <source>Call back by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Call back before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="78"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Who dey handle am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="79"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="80"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="113"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="81"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="114"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rating</translation>
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
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="92"/>
        <source>Outcome of the call (required)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wetin happen for the call (you must fill am)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="96"/>
        <source>Recovered: the patient is satisfied</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sorted: the patient don happy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="97"/>
        <source>Not recovered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E never sort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="98"/>
        <source>Could not reach the patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We no fit reach the patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="101"/>
        <source>Close follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Close follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="104"/>
        <source>Give to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Give am to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="115"/>
        <source>Would recommend (0-10)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E go recommend (0-10)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="116"/>
        <source>About</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="123"/>
        <source>Open follow-ups (call these patients back)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Follow-up wey still open (call these patient dem back)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="167"/>
        <source>Choose the follow-up and who takes it.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Choose the follow-up and who go take am.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="172"/>
        <source>Follow-up given to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Follow-up don go to {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="192"/>
        <source>Choose the patient the feedback is from first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First choose the patient wey give the feedback.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="212"/>
        <source>Choose the follow-up to close.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Choose the follow-up wey you wan close.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="226"/>
        <source>Follow-up closed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Follow-up don close.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="235"/>
        <source>{due} (overdue)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{due} (e don pass time)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="203"/>
        <source>Saved. A follow-up call is now open.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save. One follow-up call don open now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="205"/>
        <source>Saved. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save. Thank you!</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="48"/>
        <source>Import patients from {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Import patient dem from {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Line</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wahala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="58"/>
        <source>Import</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="67"/>
        <source>(not in file)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>(e no dey for file)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="94"/>
        <source>Checking {rows} rows…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We dey check {rows} rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="105"/>
        <source>{rows} rows, {bad} with problems. Fix the file or the mapping.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rows} rows, {bad} get wahala. Fix the file or the mapping.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="109"/>
        <source>{rows} rows ready to import.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rows} rows ready to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="130"/>
        <source>Imported {count} patients.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We don import {count} patient.</translation>
    </message>
</context>
<context>
    <name>LgaBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="168"/>
        <source>Choose the state first</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First choose the state</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="74"/>
        <source>Log in to GrandPro CRM</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Log in to GrandPro CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="85"/>
        <source>Log in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="87"/>
        <source>Cancel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="92"/>
        <source>Username</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="93"/>
        <source>Password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="94"/>
        <source>Open an owner profile on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Open owner profile for this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="97"/>
        <source>This PC holds the hospital&apos;s patient records, which an owner&apos;s view never shows, so hospital owners sign in to a separate owner profile: its own encrypted database, registered as the owner&apos;s device.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>This PC get the hospital patient record dem, wey owner view no dey show, so hospital owner dey sign in to one separate owner profile: e get im own encrypted database, wey dem register as the owner device.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="180"/>
        <source>Hospital owners: this PC holds patient records, so tick “Open an owner profile on this PC”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hospital owner dem: this PC get patient record, so tick “Open owner profile for this PC”.</translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="30"/>
        <source>Loyalty program</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Loyalty program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="36"/>
        <source>Earned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Earned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="37"/>
        <source>Redeemed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Redeemed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="38"/>
        <source>Expired</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don expire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="44"/>
        <source>Points by month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Point by month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="69"/>
        <source>Rewards redeemed most this year</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reward wey people redeem pass this year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="77"/>
        <source>{n} members</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{n} member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="81"/>
        <source>Silver from {silver}, Gold from {gold} lifetime points, no Platinum; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver from {silver}, Gold from {gold} lifetime point, no Platinum; {visit} for one visit, {feedback} for one feedback, {spend} for every ₦{unit:,} wey dem pay.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="86"/>
        <source>Silver from {silver}, Gold from {gold}, Platinum from {platinum} lifetime points; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver from {silver}, Gold from {gold}, Platinum from {platinum} lifetime point; {visit} for one visit, {feedback} for one feedback, {spend} for every ₦{unit:,} wey dem pay.</translation>
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
        <translation>Nobody redeem reward this year yet.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="94"/>
        <source>Why, e.g. points lost when the desk was offline</source>
        <extracomment>Tier moves shown without scrolling; older ones are a scroll away.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Why, like point wey lost when the desk no dey online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="95"/>
        <source>Adjust points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adjust point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="98"/>
        <source>Redeem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Redeem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="105"/>
        <source>Add to pool (guardian consents)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Add am to family pool (guardian don gree)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="107"/>
        <source>Redeem from pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Collect from family pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Tier move</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tier change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Up or down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Up or down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="113"/>
        <source>No tier moves recorded yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No tier change dey yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="142"/>
        <source>Family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Family pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="151"/>
        <source>Tier moves</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tier change dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="175"/>
        <source>End the family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>End the family pool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="177"/>
        <source>Leave the pool (consent withdrawn)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Comot from the pool (consent don cancel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="181"/>
        <source>{name} (guardian)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} (guardian)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="185"/>
        <source>{names} · {points} points together</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{names} · {points} points join together</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="190"/>
        <source>Not pooling with the household yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E never join family pool yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="244"/>
        <source>{tier} since {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} since {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="251"/>
        <source>{tier} kept until {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} go stay reach {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="258"/>
        <source>{held} on hold from recent payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{held} dey hold from recent payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="263"/>
        <source>{needed} more to {tier}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{needed} more to reach {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="270"/>
        <source>{points} expire on {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{points} go expire for {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="276"/>
        <source>can have: {rewards}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>fit collect: {rewards}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="291"/>
        <source>Adjusted by {points} points.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We don adjust am by {points} point.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="297"/>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="346"/>
        <source>Choose a reward first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Choose reward first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="308"/>
        <source>Redeemed {reward}. Code {code}: the cashier types it on the payment. {points} points left.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>You don redeem {reward}. Code {code}: the cashier go type am for the payment. {points} point remain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="141"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="143"/>
        <source>Adjust</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adjust</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="202"/>
        <source>{points} points · {tier} tier · {lifetime} earned in all</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{points} point · {tier} level · {lifetime} earned for all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="213"/>
        <source>{name} ({cost} points)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} ({cost} point)</translation>
    </message>
    <message>
        <source>reward_id: choose a reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">reward_id: choose one reward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="326"/>
        <source>Added to the family pool, with the guardian&apos;s consent.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don join family pool, with the guardian permission.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="337"/>
        <source>The family pool has ended: everyone&apos;s points are their own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>The family pool don end: everybody points na their own again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="339"/>
        <source>Left the family pool: these points are the patient&apos;s own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don comot from family pool: these points na the patient own again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="358"/>
        <source>Redeemed {reward} from the family pool. Code {code}: the cashier types it on the payment.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>You don collect {reward} from family pool. Code {code}: cashier go type am for the payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="365"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E no save — {reason}</translation>
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
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Switch user…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Change user…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>Sign out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>Patients</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Appointments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Call today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Call today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Messages</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Sync health</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sync health</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Conflicts</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Campaigns</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Dashboard</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>Statements</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Payout calendar</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payout calendar</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="72"/>
        <source>Type the message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Type the message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="75"/>
        <source>Send</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Written</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>When dem write</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="88"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="89"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="90"/>
        <source>Template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="91"/>
        <source>Subject</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="92"/>
        <source>Preview</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="99"/>
        <source>Messages to this patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Message dem to this patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="118"/>
        <source>Write a message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Write message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="184"/>
        <source>{n} SMS segment(s)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{n} SMS part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="190"/>
        <source>Choose the patient to write to first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First choose the patient wey you wan write to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="196"/>
        <source>template: choose a message template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>template: choose one message template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="200"/>
        <location filename="../../desktop/ui/screens/messages.py" line="218"/>
        <source>Queued — will send when online.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E dey queue — e go send when network come.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="229"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e dey queue — e go send when network come</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="230"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e dey send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="231"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e don send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="232"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e don reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="233"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem don read am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="234"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e fail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="235"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e no fit reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="236"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e no send (dem opt out)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="237"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem don cancel</translation>
    </message>
</context>
<context>
    <name>OwnerDashboardScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="43"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: the owner&apos;s hospitals, payouts and messages.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="50"/>
        <source>Revenue</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="51"/>
        <source>Payouts</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="79"/>
        <source>Pending payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payout wey dey wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="80"/>
        <source>Satisfaction</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="81"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Service recovery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="82"/>
        <source>Contract</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="95"/>
        <source>Recent communications</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Recent message dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="108"/>
        <source>The first sync is running: your hospitals&apos; figures appear when it ends.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First sync dey run: your hospital figure dem go show when e finish.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="118"/>
        <source>{owner}: last 12 months</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{owner}: last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="121"/>
        <source>no survey answers yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>no survey answer yet</translation>
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
        <translation>no bad feedback to sort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="141"/>
        <source>{rate} this month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="142"/>
        <source>{rate} this month ({last} last month)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} this month ({last} last month)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="148"/>
        <source>no contract synced</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>no contract don sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="150"/>
        <source>{status}, open-ended</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, no end date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="151"/>
        <source>{status}, renews {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, e go renew {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="172"/>
        <source>No revenue or payouts yet: each month&apos;s revenue appears as the hospital records payments, and its payout after the monthly run on the 1st.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No money don enter or payout never happen yet: every month money go show as the hospital dey record payment, and the payout go show after the monthly run for the 1st.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="178"/>
        <source>Revenue and payouts ({currency})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Revenue and payout ({currency})</translation>
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
        <translation>Type the patient name or phone</translation>
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
        <translation>Patient — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="69"/>
        <source>Details &amp;&amp; medical</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Details &amp;&amp; medical</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="70"/>
        <source>Appointments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="71"/>
        <source>Payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="72"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="73"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="74"/>
        <source>Messages</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="75"/>
        <source>History</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="61"/>
        <source>Search by name, phone (0803 123 4567) or patient number</source>
        <extracomment>Profiles kept after their window is closed, so reopening a patient is instant. Tables this screen shows: the register and search results.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Search with name, phone (0803 123 4567) or patient number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="74"/>
        <source>Register patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Register patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="76"/>
        <source>Import CSV or Excel…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Import CSV or Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="79"/>
        <source>Register this patient</source>
        <extracomment>Offered when a search finds nobody: register the person just looked for.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Register this patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="85"/>
        <source>Open profile (Alt+O)</source>
        <extracomment>After a registration, the next natural step: the new patient&apos;s profile.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Open di patient profile (Alt+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="128"/>
        <source>Import patients</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Import patient dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="131"/>
        <source>Patient registers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient register (*.csv *.xlsx);;CSV file (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="153"/>
        <source>Registered {name} as {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We don register {name} as {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="157"/>
        <source>Same phone as (household): {names}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Same phone with (same house): {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>%n patient(s) found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>We find %n patient</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>No patient found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We no find any patient</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="66"/>
        <source>Payment from {patient}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payment from {patient}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="73"/>
        <source>POS, transfer or HMO reference (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS, transfer or HMO reference (if e dey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="96"/>
        <source>Save payment</source>
        <extracomment>What was saved, in the stylesheet&apos;s success colour (never in error red).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="87"/>
        <location filename="../../desktop/ui/screens/payments.py" line="102"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="75"/>
        <source>e.g. Consultation, lab test (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>like consultation, lab test (if you like)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="78"/>
        <source>Loyalty reward code, e.g. K7QM-3ZD9 (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Loyalty reward code, like K7QM-3ZD9 (if e dey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="103"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wetin dem pay for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="104"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>How dem pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="105"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="106"/>
        <source>Reward code</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reward code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="140"/>
        <source>Saved {amount} — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save {amount} — receipt {number}.</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="202"/>
        <source>Take payment…</source>
        <extracomment>Tables this screen shows: a day&apos;s payments (revenue entries) and their receipts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Collect payment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="209"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="214"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="215"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="216"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="217"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="218"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="219"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>How dem pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="220"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="221"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="233"/>
        <source>Payments on</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payment dem on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="266"/>
        <source>Choose the patient who is paying first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First choose the patient wey dey pay.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="281"/>
        <source>No payments on this day.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No payment for this day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="291"/>
        <source>{parts} · Total {total}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{parts} · Total {total}</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="50"/>
        <source>Take payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Collect payment…</translation>
    </message>
</context>
<context>
    <name>PayoutCalendarScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="36"/>
        <source>Payout calendar</source>
        <extracomment>Tables this screen shows: payouts due per contract.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payout calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="40"/>
        <source>Each month&apos;s payout is computed at 06:00 (Lagos) on the 1st of the next month.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Every month payout dey calculate for 06:00 (Lagos) on the 1st of the next month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="47"/>
        <source>Month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="48"/>
        <source>Hospital</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="49"/>
        <source>Payout run</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payout run</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="50"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="51"/>
        <source>Net payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Net payout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="52"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="53"/>
        <source>Paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="92"/>
        <source>No contract or payout has synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No contract or payout don sync to this computer yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="97"/>
        <source>expected</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>we dey expect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="98"/>
        <source>awaiting approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e dey wait approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="99"/>
        <source>approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem don approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="100"/>
        <source>paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem don pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="101"/>
        <source>failed, to be retried</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e fail, we go try again</translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="59"/>
        <source>Print receipt…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="62"/>
        <source>Save receipt as PDF…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save receipt as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="64"/>
        <source>Reverse payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="69"/>
        <source>Paper</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="106"/>
        <source>Save receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryNotifier</name>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="63"/>
        <source>Low feedback: {patient} gave {rating}/5. Call back by {due}.</source>
        <extracomment>What a change must touch to be worth a look. The sentence announcing new callbacks (one per batch that arrives).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bad feedback: {patient} give {rating}/5. Call back before {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="68"/>
        <source>{count} new low-feedback callbacks; the first is due by {due}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{count} new bad-feedback callback; the first one due before {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="84"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Service recovery</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="96"/>
        <source>Register a patient</source>
        <extracomment>The fields in the order the form shows them, and a clerk tabs through them. The fields typed as plain text (the others have their own widgets). Labels this form words differently from the column&apos;s label (``field_label``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Register one patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="100"/>
        <source>e.g. IKJ01-000042</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>like IKJ01-000042</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Female</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Male</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Choose…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="114"/>
        <source>Different person — save anyway</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na different person — save am anyway</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/registration.py" line="185"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Abeg correct the %n field wey dem mark for red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="129"/>
        <source>Reverse payment {number}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reverse payment {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="133"/>
        <source>Why, e.g. charged twice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Why, like dem charge am two times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="135"/>
        <source>Reverses {amount} from {patient}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E go reverse {amount} from {patient}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="140"/>
        <source>Reverse payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="144"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="160"/>
        <source>Reversed — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don reverse — receipt {number}.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="59"/>
        <source>Work offline only (a standalone clinic)</source>
        <extracomment>Tables this screen shows: this PC&apos;s registration (the form stays as typed).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Work offline only (clinic wey stand alone)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="68"/>
        <source>Save settings</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="77"/>
        <source>The system&apos;s default printer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>The system default printer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="84"/>
        <source>Server address</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="86"/>
        <source>Language</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="87"/>
        <source>Lock after idle (minutes)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lock after e don idle (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="88"/>
        <source>Printer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="89"/>
        <source>This PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="112"/>
        <source>Registered with the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don register with the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="114"/>
        <source>Not registered (works offline only)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E never register (e dey work offline only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>Name: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>not named</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e no get name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>Hospital: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hospital: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>none yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="118"/>
        <source>Patient number prefix: {prefix}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient number prefix: {prefix}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="152"/>
        <source>Saved. A new server address takes effect when the app starts again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save. New server address go start work when the app start again.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup.py" line="45"/>
        <source>Set up GrandPro CRM on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Set up GrandPro CRM for this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="48"/>
        <source>Enter the address of your hospital&apos;s GrandPro server. After it answers, a manager logs in once to register this PC. A clinic without a server can work offline only.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enter the address of your hospital GrandPro server. After e answer, one manager go log in once to register this PC. Clinic wey no get server fit work offline only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="59"/>
        <source>Connect to server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="62"/>
        <source>Work offline only</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Work offline only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="70"/>
        <source>Server address</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="82"/>
        <source>Create the account and start</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Create the account and start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="84"/>
        <source>The clinic manager&apos;s account on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Clinic manager account for this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="86"/>
        <source>Full name</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="87"/>
        <source>Username</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="88"/>
        <source>Password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="89"/>
        <source>Repeat password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Type password again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="114"/>
        <source>Checking the server…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We dey check the server…</translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="151"/>
        <source>Type to find the state</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Type to find the state</translation>
    </message>
</context>
<context>
    <name>StatementsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="57"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: statements, payouts and their responses.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="60"/>
        <source>Save PDF</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="63"/>
        <source>Export CSV</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="66"/>
        <source>Export Excel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="70"/>
        <source>Reason (needed to dispute)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reason (you need am to dispute)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="71"/>
        <source>Acknowledge</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="75"/>
        <source>Dispute</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="85"/>
        <source>Period</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="113"/>
        <source>No statement to act on yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No statement to work on yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="129"/>
        <source>No payouts have synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No payout don sync to this computer yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="161"/>
        <source>Net payout: {net}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Net payout: {net}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="168"/>
        <source>Acknowledged on {date}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Accepted on {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="169"/>
        <source>Disputed on {date}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Disputed on {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="172"/>
        <source>resolved on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem settle am on {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="174"/>
        <source>rejected on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem reject am on {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="176"/>
        <source>open, waiting for GrandPro&apos;s answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e still open, we dey wait for GrandPro answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="183"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="184"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="185"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="189"/>
        <source>Save statement</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Save statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="209"/>
        <source>Saved {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don save {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="227"/>
        <source>Dispute sent to GrandPro.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dispute don go to GrandPro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="229"/>
        <source>Statement acknowledged. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Statement don accept. Thank you!</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="71"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Field dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="72"/>
        <source>Why the server refused it</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Why the server refuse am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="73"/>
        <source>Refused values</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Value wey dem refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="77"/>
        <source>Edit and send again</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edit am and send again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="79"/>
        <source>Send again unchanged</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Send again as e be</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="81"/>
        <source>Discard</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Throw am away</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="101"/>
        <source>Changes the server refused</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Change dem wey server refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="114"/>
        <source>Sync stopped since {when}: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sync don stop since {when}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="133"/>
        <source>{pending} change(s) waiting to sync · last sync {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{pending} change dey wait to sync · last sync {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="138"/>
        <source>Waiting to sync (newest {shown} of {total})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dey wait to sync (newest {shown} out of {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="172"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="189"/>
        <source>Choose a refused change in the list first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First choose one change wey dem refuse for the list.</translation>
    </message>
    <message>
        <source>change: choose a refused change in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">change: choose one refused change for the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="196"/>
        <source>Corrected change queued to sync.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Corrected change don queue to sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="201"/>
        <source>Change queued to sync again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Change don queue to sync again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="216"/>
        <source>Refused change discarded.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>We don throw away the refused change.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status.py" line="45"/>
        <source>Try now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Try now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="46"/>
        <source>Sync now instead of waiting for the next try</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sync now, no wait for the next try</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="64"/>
        <source>● Online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="66"/>
        <source>◌ Connecting…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◌ E dey connect…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="68"/>
        <source>○ Offline</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="70"/>
        <source>○ Offline since {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Offline since {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status.py" line="84"/>
        <source>%n change(s) to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>%n change to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="87"/>
        <source>Last sync: {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="94"/>
        <source>Sync stopped: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sync don stop: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="96"/>
        <source> · retrying in {s} s</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation> · we go try again in {s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="124"/>
        <source>, about {s} s left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, about {s} s remain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="125"/>
        <source>, about {m} min left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, about {m} min remain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="115"/>
        <source>First sync: {done} of {total} rows{left}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>First sync: {done} out of {total} rows{left}</translation>
    </message>
</context>
<context>
    <name>TierPresets</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Standard scale</source>
        <extracomment>The Administration page whose form holds a program&apos;s tier thresholds.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Standard scale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Compact scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Small scale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="46"/>
        <source>Use this scale</source>
        <extracomment>The chosen scale&apos;s tiers, under the choice (the form&apos;s panel is narrow).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Use this scale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="54"/>
        <source>Tier scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tier scale</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="127"/>
        <source>No appointments today. Book one on the Appointments screen, or register a walk-in (Alt+W).</source>
        <extracomment>Tables this screen shows: the day&apos;s appointments and the waiting queue.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>No appointment today. Book one for the Appointments screen, or register walk-in (Alt+W).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="136"/>
        <source>Check in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="137"/>
        <source>Mark no-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mark say e no come</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="140"/>
        <source>Visit note (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Visit note (if you like)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="142"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Finish visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="143"/>
        <source>Print slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Print slip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="145"/>
        <source>Walk-in…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="174"/>
        <source>Waiting now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dey wait now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="183"/>
        <source>Today, {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="255"/>
        <source>{name} — since {time}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} — since {time}</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="51"/>
        <source>Register arrival</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Register say e don come</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="55"/>
        <source>Walk-in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="57"/>
        <source>To see</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Who go see am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="73"/>
        <source>{department} (department)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{department} (department)</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="88"/>
        <source>{booked} booked</source>
        <extracomment>Bookings listed in one week cell before the rest are counted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} don book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="90"/>
        <source>{booked} booked · {free} free</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} don book · {free} free</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="94"/>
        <source>+{count} more</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>+{count} more</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="288"/>
        <source>Something went wrong</source>
        <extracomment>Who hears of a sign-in at the sync&apos;s own prompt (the shell, which may rebuild the window). This PC&apos;s owner profile, once an owner chose it at sign-in (see ``owner_profile``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Something don spoil</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="353"/>
        <source>Cannot start</source>
        <extracomment>The object name of the installed GrandPro translation, so a new choice replaces it.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E no fit start</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="39"/>
        <source>Draft</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="40"/>
        <source>Waiting for approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E dey wait approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="41"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="43"/>
        <source>Sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E dey send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="44"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="45"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="51"/>
        <source>Health education</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Health education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="52"/>
        <source>Service notice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Service notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="53"/>
        <source>Promotional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="54"/>
        <source>Transactional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="62"/>
        <source>E-mail</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../desktop/ui/format.py" line="23"/>
        <source>never</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="43"/>
        <source>Confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="44"/>
        <source>Checked in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don check in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="45"/>
        <source>Seen</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don see doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="46"/>
        <location filename="../../desktop/ui/format.py" line="61"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dem don cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="47"/>
        <source>No-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E no come</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="55"/>
        <source>Planned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="56"/>
        <source>Queued</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E dey queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="57"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="58"/>
        <source>Delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E don reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="59"/>
        <source>Failed — call</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E fail — call am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="60"/>
        <source>Opted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dem opt out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="62"/>
        <source>Skipped</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dem skip am</translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <location filename="../../desktop/ui/header.py" line="22"/>
        <source>Administrator</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="23"/>
        <source>Manager</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="24"/>
        <source>Front desk</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="25"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="26"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owner</translation>
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
        <translation>Patient no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="122"/>
        <source>Name</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="123"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="124"/>
        <source>Date of birth</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="216"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="217"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="218"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="220"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="221"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="182"/>
        <source>Reverses {number}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E reverse {number}: {reason}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="67"/>
        <source>A5 page</source>
        <extracomment>Where the document finds the logo image (added as a resource, never read from disk by URL). The shortest roll page: a few lines of receipt still tear off cleanly. Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A5 page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="68"/>
        <source>80 mm receipt roll</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>80 mm receipt roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="78"/>
        <source>Tel: {phone}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tel: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="117"/>
        <location filename="../../desktop/ui/printing.py" line="145"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="118"/>
        <location filename="../../desktop/ui/printing.py" line="146"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Patient no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="119"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="120"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="122"/>
        <source>Please arrive 15 minutes early and bring this slip.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Abeg come 15 minutes early and bring this slip.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="123"/>
        <source>Appointment slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Appointment slip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="132"/>
        <source>Cash</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="133"/>
        <source>POS (card)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS (card)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="134"/>
        <source>Bank transfer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bank transfer</translation>
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
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="144"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="148"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wetin dem pay for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="149"/>
        <source>Hospital services</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hospital services</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="151"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>In words</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>In words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="153"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>How dem pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="156"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="158"/>
        <source>Reverses receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E reverse receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="159"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="161"/>
        <source>Cashier</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>Payment reversal</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payment reversal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="173"/>
        <source>Payment receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="176"/>
        <source>Thank you. Please keep this receipt.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Thank you. Abeg keep this receipt.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="95"/>
        <source>Visit note (optional)</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Visit note (if you like)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="97"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Finish visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="109"/>
        <source>Choose the visit to complete.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Choose the visit wey you wan finish.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="120"/>
        <source>Visit completed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Visit don finish.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="130"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="246"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="131"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="132"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="133"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="142"/>
        <source>call back</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>call back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="143"/>
        <source>being followed up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem dey follow up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="144"/>
        <source>closed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>don close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="161"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Don submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="162"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rating</translation>
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
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="165"/>
        <source>Comment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="166"/>
        <source>Follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="174"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e dey queue — e go send when network come</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="175"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e dey send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="176"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e don send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="177"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e don reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="178"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem don read am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="179"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e fail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="180"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e no fit reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="181"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e no send (dem opt out)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="182"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dem don cancel</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="198"/>
        <source>Written</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>When dem write</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="199"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="200"/>
        <source>Delivery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="201"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="225"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="209"/>
        <source>waiting to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dey wait to sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="210"/>
        <source>accepted by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>server don accept am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="211"/>
        <source>merged with another desk&apos;s edit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>e don join with another desk edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="212"/>
        <source>refused by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>server refuse am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="213"/>
        <source>server audit log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>server audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="221"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="222"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="223"/>
        <source>Payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="224"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="226"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="227"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="228"/>
        <source>Contact log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Contact log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="231"/>
        <source>added</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>don add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="232"/>
        <source>changed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>don change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="233"/>
        <source>deleted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>don delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="247"/>
        <source>Change</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="248"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Field dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="249"/>
        <source>State</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="251"/>
        <source>Changes made at this desk to this patient&apos;s record, appointments, payments, feedback, messages and points, and any server audit entries this desk holds. The full audit trail is kept on the server.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Change dem wey dem make for this desk to this patient record, appointment, payment, feedback, message and point, plus any server audit entry wey this desk get. The full audit trail dey for the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="39"/>
        <source>Received</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>When dem receive am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="40"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="41"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="42"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>How dem pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="43"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="44"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Note</translation>
    </message>
</context>
</TS>
