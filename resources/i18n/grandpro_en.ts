<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="111"/>
        <source>Add new</source>
        <extracomment>The form&apos;s widest; the list takes the rest of the screen. A column&apos;s widest, so one long value does not push the others off the list. How long typing must pause before the template preview is asked for again. The resource whose form has a live preview. The server holds what this screen shows; no local table change refreshes it. The names of the rows the pages&apos; ids point at, as last listed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="113"/>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="216"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="117"/>
        <source>New password for the chosen user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="133"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="202"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="233"/>
        <source>Tier thresholds filled in; Save keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="245"/>
        <source>The preview appears once the template has a wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="255"/>
        <source>Cannot preview: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="311"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="340"/>
        <source>Please correct the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="114"/>
        <source>e.g. 5k, 5,000 or ₦5,000.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="123"/>
        <source>Day</source>
        <extracomment>Tables this screen shows: the week grid, the day&apos;s list and each booking&apos;s reminders.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="124"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="126"/>
        <source>By clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="127"/>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="134"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="135"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="136"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="148"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="149"/>
        <source>Book selected slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="150"/>
        <source>Move selected booking to slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="151"/>
        <source>Cancel selected booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <location filename="../../desktop/ui/screens/appointments.py" line="207"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="163"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="202"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="206"/>
        <source>Free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="288"/>
        <source>{provider}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="330"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="331"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="332"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="335"/>
        <source>{channel} {due}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="342"/>
        <source>Reminders: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="343"/>
        <source>No reminders planned for this booking yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="347"/>
        <source>{status} — needs a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="368"/>
        <source>Booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="373"/>
        <source>Select a booking and a free slot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="377"/>
        <source>Moved to {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="383"/>
        <source>Select the booking to cancel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="389"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="59"/>
        <source>Call today</source>
        <extracomment>Tables this screen shows: who to call today, and the calls already logged.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="72"/>
        <source>Note for the contact log (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="74"/>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="75"/>
        <source>Reached — will reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="76"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="77"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="105"/>
        <source>no phone on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="114"/>
        <source>Call today ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="119"/>
        <source>Reminder not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="120"/>
        <source>No channel with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="121"/>
        <source>Booking needs a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="122"/>
        <source>Reward refused at sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — sorted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="142"/>
        <source>Select the patient you called first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="160"/>
        <source>Saved the call to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="77"/>
        <source>Campaign</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="78"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="79"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="81"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="82"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="92"/>
        <source>No campaigns yet. Campaigns are written on the server; one waiting for a second manager&apos;s approval appears here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="97"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="100"/>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="134"/>
        <source>Written {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="159"/>
        <source>Approved “{name}”. The server sends it once it syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="172"/>
        <source>Cancelled “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="181"/>
        <source>Not saved — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="47"/>
        <source>When</source>
        <extracomment>Tables this screen shows: the open conflicts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="48"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="49"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="50"/>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="51"/>
        <source>Lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="57"/>
        <source>Restore lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="59"/>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="70"/>
        <source>Edits that raced at two desks: the later one was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="96"/>
        <source>conflict: choose a conflict in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="105"/>
        <source>Lost value restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="114"/>
        <source>Current value kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="54"/>
        <source>DD/MM/YYYY, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fields.py" line="58"/>
        <source>Pick on a calendar (F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="142"/>
        <source>Save changes</source>
        <extracomment>Fields picked from the shipped list of states and their LGAs. How a choice reads; blood groups and genotypes read as stored (A+, AS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="150"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="161"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="167"/>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="173"/>
        <source>Consents to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/profile/details.py" line="252"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="266"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="58"/>
        <source> ★</source>
        <extracomment>Tables this screen shows: open follow-ups.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="60"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="66"/>
        <source>Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="72"/>
        <source>Only callbacks I own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="77"/>
        <source>Call back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="78"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="79"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="80"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="113"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="81"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="114"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="82"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="83"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="117"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="92"/>
        <source>Outcome of the call (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="96"/>
        <source>Recovered: the patient is satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="97"/>
        <source>Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="98"/>
        <source>Could not reach the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="101"/>
        <source>Close follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="104"/>
        <source>Give to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="115"/>
        <source>Would recommend (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="116"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="123"/>
        <source>Open follow-ups (call these patients back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="167"/>
        <source>Choose the follow-up and who takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="172"/>
        <source>Follow-up given to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="192"/>
        <source>Choose the patient the feedback is from first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="212"/>
        <source>Choose the follow-up to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="226"/>
        <source>Follow-up closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="235"/>
        <source>{due} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="203"/>
        <source>Saved. A follow-up call is now open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="205"/>
        <source>Saved. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="48"/>
        <source>Import patients from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="58"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="67"/>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="94"/>
        <source>Checking {rows} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="105"/>
        <source>{rows} rows, {bad} with problems. Fix the file or the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="109"/>
        <source>{rows} rows ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="130"/>
        <source>Imported {count} patients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LgaBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="168"/>
        <source>Choose the state first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="74"/>
        <source>Log in to GrandPro CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="85"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="87"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="92"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="93"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="94"/>
        <source>Open an owner profile on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="97"/>
        <source>This PC holds the hospital&apos;s patient records, which an owner&apos;s view never shows, so hospital owners sign in to a separate owner profile: its own encrypted database, registered as the owner&apos;s device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="180"/>
        <source>Hospital owners: this PC holds patient records, so tick “Open an owner profile on this PC”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="30"/>
        <source>Loyalty program</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="36"/>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="37"/>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="38"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="44"/>
        <source>Points by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="69"/>
        <source>Rewards redeemed most this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="77"/>
        <source>{n} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="81"/>
        <source>Silver from {silver}, Gold from {gold} lifetime points, no Platinum; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="86"/>
        <source>Silver from {silver}, Gold from {gold}, Platinum from {platinum} lifetime points; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="109"/>
        <source>{name}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="111"/>
        <source>No rewards redeemed this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="94"/>
        <source>Why, e.g. points lost when the desk was offline</source>
        <extracomment>Tier moves shown without scrolling; older ones are a scroll away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="95"/>
        <source>Adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="98"/>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="105"/>
        <source>Add to pool (guardian consents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="107"/>
        <source>Redeem from pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Tier move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="113"/>
        <source>No tier moves recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="142"/>
        <source>Family pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="151"/>
        <source>Tier moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="175"/>
        <source>End the family pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="177"/>
        <source>Leave the pool (consent withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="181"/>
        <source>{name} (guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="185"/>
        <source>{names} · {points} points together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="190"/>
        <source>Not pooling with the household yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="244"/>
        <source>{tier} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="251"/>
        <source>{tier} kept until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="258"/>
        <source>{held} on hold from recent payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="263"/>
        <source>{needed} more to {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="270"/>
        <source>{points} expire on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="276"/>
        <source>can have: {rewards}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="291"/>
        <source>Adjusted by {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="297"/>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="346"/>
        <source>Choose a reward first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="308"/>
        <source>Redeemed {reward}. Code {code}: the cashier types it on the payment. {points} points left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="141"/>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="143"/>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="202"/>
        <source>{points} points · {tier} tier · {lifetime} earned in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="213"/>
        <source>{name} ({cost} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="326"/>
        <source>Added to the family pool, with the guardian&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="337"/>
        <source>The family pool has ended: everyone&apos;s points are their own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="339"/>
        <source>Left the family pool: these points are the patient&apos;s own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="358"/>
        <source>Redeemed {reward} from the family pool. Code {code}: the cashier types it on the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="365"/>
        <source>Not saved — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>GrandPro CRM — {name}</source>
        <extracomment>Who may change this PC&apos;s server, language and printer: the people answerable for the PC (a manager or admin at a hospital, an owner on their own computer), not every desk user. The tables the page header&apos;s place comes from (see ``signed_in_place``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Call today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Sync health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Payout calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="60"/>
        <source>SMS</source>
        <extracomment>Tables this screen shows: the chosen patient&apos;s templates and message history.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="61"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="62"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="72"/>
        <source>Type the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="75"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="88"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="89"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="90"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="91"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="92"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="99"/>
        <source>Messages to this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="118"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="184"/>
        <source>{n} SMS segment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="190"/>
        <source>Choose the patient to write to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="196"/>
        <source>template: choose a message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="200"/>
        <location filename="../../desktop/ui/screens/messages.py" line="218"/>
        <source>Queued — will send when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="229"/>
        <source>queued — will send when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="230"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="231"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="232"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="233"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="234"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="235"/>
        <source>undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="236"/>
        <source>not sent (opted out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="237"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerDashboardScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="43"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: the owner&apos;s hospitals, payouts and messages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="50"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="51"/>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="79"/>
        <source>Pending payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="80"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="81"/>
        <source>Service recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="82"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="95"/>
        <source>Recent communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="108"/>
        <source>The first sync is running: your hospitals&apos; figures appear when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="118"/>
        <source>{owner}: last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="121"/>
        <source>no survey answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="123"/>
        <source>{score:.1f} / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="138"/>
        <source>no low feedback to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="141"/>
        <source>{rate} this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="142"/>
        <source>{rate} this month ({last} last month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="148"/>
        <source>no contract synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="150"/>
        <source>{status}, open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="151"/>
        <source>{status}, renews {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="172"/>
        <source>No revenue or payouts yet: each month&apos;s revenue appears as the hospital records payments, and its payout after the monthly run on the 1st.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="178"/>
        <source>Revenue and payouts ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="185"/>
        <source>{what}, {month}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../desktop/ui/header.py" line="43"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="22"/>
        <source>Type the patient&apos;s name or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientProfile</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="58"/>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="106"/>
        <source>Patient — {name}</source>
        <extracomment>Tables this window shows: the patient&apos;s record and every tab&apos;s rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="69"/>
        <source>Details &amp;&amp; medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="70"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="71"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="72"/>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="73"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="74"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="75"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="61"/>
        <source>Search by name, phone (0803 123 4567) or patient number</source>
        <extracomment>Profiles kept after their window is closed, so reopening a patient is instant. Tables this screen shows: the register and search results.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="74"/>
        <source>Register patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="76"/>
        <source>Import CSV or Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="79"/>
        <source>Register this patient</source>
        <extracomment>Offered when a search finds nobody: register the person just looked for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="85"/>
        <source>Open profile (Alt+O)</source>
        <extracomment>After a registration, the next natural step: the new patient&apos;s profile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="128"/>
        <source>Import patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="131"/>
        <source>Patient registers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="153"/>
        <source>Registered {name} as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="157"/>
        <source>Same phone as (household): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>%n patient(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>No patient found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="66"/>
        <source>Payment from {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="73"/>
        <source>POS, transfer or HMO reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="96"/>
        <source>Save payment</source>
        <extracomment>What was saved, in the stylesheet&apos;s success colour (never in error red).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="87"/>
        <location filename="../../desktop/ui/screens/payments.py" line="102"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="75"/>
        <source>e.g. Consultation, lab test (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="78"/>
        <source>Loyalty reward code, e.g. K7QM-3ZD9 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="103"/>
        <source>Paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="104"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="105"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="106"/>
        <source>Reward code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="140"/>
        <source>Saved {amount} — receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="202"/>
        <source>Take payment…</source>
        <extracomment>Tables this screen shows: a day&apos;s payments (revenue entries) and their receipts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="209"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="214"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="215"/>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="216"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="217"/>
        <source>Patient no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="218"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="219"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="220"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="221"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="233"/>
        <source>Payments on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="266"/>
        <source>Choose the patient who is paying first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="281"/>
        <source>No payments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="291"/>
        <source>{parts} · Total {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="50"/>
        <source>Take payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutCalendarScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="36"/>
        <source>Payout calendar</source>
        <extracomment>Tables this screen shows: payouts due per contract.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="40"/>
        <source>Each month&apos;s payout is computed at 06:00 (Lagos) on the 1st of the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="47"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="48"/>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="49"/>
        <source>Payout run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="51"/>
        <source>Net payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="52"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="53"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="92"/>
        <source>No contract or payout has synced to this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="97"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="98"/>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="99"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="100"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="101"/>
        <source>failed, to be retried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="59"/>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="62"/>
        <source>Save receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="64"/>
        <source>Reverse payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="69"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="106"/>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryNotifier</name>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="63"/>
        <source>Low feedback: {patient} gave {rating}/5. Call back by {due}.</source>
        <extracomment>What a change must touch to be worth a look. The sentence announcing new callbacks (one per batch that arrives).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="68"/>
        <source>{count} new low-feedback callbacks; the first is due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="84"/>
        <source>Service recovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="96"/>
        <source>Register a patient</source>
        <extracomment>The fields in the order the form shows them, and a clerk tabs through them. The fields typed as plain text (the others have their own widgets). Labels this form words differently from the column&apos;s label (``field_label``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="100"/>
        <source>e.g. IKJ01-000042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="114"/>
        <source>Different person — save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/registration.py" line="185"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="129"/>
        <source>Reverse payment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="133"/>
        <source>Why, e.g. charged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="135"/>
        <source>Reverses {amount} from {patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="140"/>
        <source>Reverse payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="144"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="160"/>
        <source>Reversed — receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="59"/>
        <source>Work offline only (a standalone clinic)</source>
        <extracomment>Tables this screen shows: this PC&apos;s registration (the form stays as typed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="68"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="77"/>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="84"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="86"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="87"/>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="88"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="89"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="112"/>
        <source>Registered with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="114"/>
        <source>Not registered (works offline only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>Name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>Hospital: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="118"/>
        <source>Patient number prefix: {prefix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="152"/>
        <source>Saved. A new server address takes effect when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup.py" line="45"/>
        <source>Set up GrandPro CRM on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="48"/>
        <source>Enter the address of your hospital&apos;s GrandPro server. After it answers, a manager logs in once to register this PC. A clinic without a server can work offline only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="59"/>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="62"/>
        <source>Work offline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="70"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="82"/>
        <source>Create the account and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="84"/>
        <source>The clinic manager&apos;s account on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="86"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="87"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="88"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="89"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="114"/>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="151"/>
        <source>Type to find the state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="57"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: statements, payouts and their responses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="60"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="63"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="66"/>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="70"/>
        <source>Reason (needed to dispute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="71"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="75"/>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="85"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="113"/>
        <source>No statement to act on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="129"/>
        <source>No payouts have synced to this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="161"/>
        <source>Net payout: {net}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="168"/>
        <source>Acknowledged on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="169"/>
        <source>Disputed on {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="172"/>
        <source>resolved on {date}: {resolution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="174"/>
        <source>rejected on {date}: {resolution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="176"/>
        <source>open, waiting for GrandPro&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="183"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="184"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="185"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="189"/>
        <source>Save statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="209"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="227"/>
        <source>Dispute sent to GrandPro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="229"/>
        <source>Statement acknowledged. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHealthScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="70"/>
        <source>When</source>
        <extracomment>Tables this screen shows: the changes waiting and those the server refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="71"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="72"/>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="73"/>
        <source>Refused values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="77"/>
        <source>Edit and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="79"/>
        <source>Send again unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="81"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="101"/>
        <source>Changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="114"/>
        <source>Sync stopped since {when}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="133"/>
        <source>{pending} change(s) waiting to sync · last sync {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="138"/>
        <source>Waiting to sync (newest {shown} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="172"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="189"/>
        <source>Choose a refused change in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="196"/>
        <source>Corrected change queued to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="201"/>
        <source>Change queued to sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="216"/>
        <source>Refused change discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status.py" line="45"/>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="46"/>
        <source>Sync now instead of waiting for the next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="64"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="66"/>
        <source>◌ Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="68"/>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="70"/>
        <source>○ Offline since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status.py" line="84"/>
        <source>%n change(s) to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="87"/>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="94"/>
        <source>Sync stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="96"/>
        <source> · retrying in {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="124"/>
        <source>, about {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="125"/>
        <source>, about {m} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="115"/>
        <source>First sync: {done} of {total} rows{left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierPresets</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Standard scale</source>
        <extracomment>The Administration page whose form holds a program&apos;s tier thresholds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Compact scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="46"/>
        <source>Use this scale</source>
        <extracomment>The chosen scale&apos;s tiers, under the choice (the form&apos;s panel is narrow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="54"/>
        <source>Tier scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="127"/>
        <source>No appointments today. Book one on the Appointments screen, or register a walk-in (Alt+W).</source>
        <extracomment>Tables this screen shows: the day&apos;s appointments and the waiting queue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="136"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="137"/>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="140"/>
        <source>Visit note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="142"/>
        <source>Complete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="143"/>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="145"/>
        <source>Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="174"/>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="183"/>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="255"/>
        <source>{name} — since {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="51"/>
        <source>Register arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="55"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="57"/>
        <source>To see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="73"/>
        <source>{department} (department)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="88"/>
        <source>{booked} booked</source>
        <extracomment>Bookings listed in one week cell before the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="90"/>
        <source>{booked} booked · {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="94"/>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="288"/>
        <source>Something went wrong</source>
        <extracomment>Who hears of a sign-in at the sync&apos;s own prompt (the shell, which may rebuild the window). This PC&apos;s owner profile, once an owner chose it at sign-in (see ``owner_profile``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="353"/>
        <source>Cannot start</source>
        <extracomment>The object name of the installed GrandPro translation, so a new choice replaces it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="39"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="40"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="41"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="42"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="43"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="44"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="45"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="51"/>
        <source>Health education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="52"/>
        <source>Service notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="53"/>
        <source>Promotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="54"/>
        <source>Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="62"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../desktop/ui/format.py" line="23"/>
        <source>never</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="42"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="43"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="44"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="45"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="46"/>
        <location filename="../../desktop/ui/format.py" line="61"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="47"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="55"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="56"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="57"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="58"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="59"/>
        <source>Failed — call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="60"/>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="62"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <location filename="../../desktop/ui/header.py" line="22"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="23"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="24"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="25"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="26"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="121"/>
        <location filename="../../desktop/ui/models.py" line="219"/>
        <source>Patient no.</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="122"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="123"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="124"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="216"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="217"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="218"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="220"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="221"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="182"/>
        <source>Reverses {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="67"/>
        <source>A5 page</source>
        <extracomment>Where the document finds the logo image (added as a resource, never read from disk by URL). The shortest roll page: a few lines of receipt still tear off cleanly. Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="68"/>
        <source>80 mm receipt roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="78"/>
        <source>Tel: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="117"/>
        <location filename="../../desktop/ui/printing.py" line="145"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="118"/>
        <location filename="../../desktop/ui/printing.py" line="146"/>
        <source>Patient no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="119"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="120"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="122"/>
        <source>Please arrive 15 minutes early and bring this slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="123"/>
        <source>Appointment slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="132"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="133"/>
        <source>POS (card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="134"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="135"/>
        <source>HMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="136"/>
        <source>NHIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="143"/>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="144"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="148"/>
        <source>Paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="149"/>
        <source>Hospital services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="151"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="153"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="156"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="158"/>
        <source>Reverses receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="159"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="161"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>Payment reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="173"/>
        <source>Payment receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="176"/>
        <source>Thank you. Please keep this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="95"/>
        <source>Visit note (optional)</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="97"/>
        <source>Complete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="109"/>
        <source>Choose the visit to complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="120"/>
        <source>Visit completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="130"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="246"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="131"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="133"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="142"/>
        <source>call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="143"/>
        <source>being followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="144"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="161"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="162"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="163"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="164"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="165"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="166"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="174"/>
        <source>queued — will send when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="175"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="176"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="177"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="178"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="179"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="180"/>
        <source>undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="181"/>
        <source>not sent (opted out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="182"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="191"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="192"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="193"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="198"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="199"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="200"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="201"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="225"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="209"/>
        <source>waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="210"/>
        <source>accepted by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="211"/>
        <source>merged with another desk&apos;s edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="212"/>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="213"/>
        <source>server audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="221"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="222"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="223"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="224"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="226"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="227"/>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="228"/>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="231"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="232"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="233"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="247"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="248"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="249"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="251"/>
        <source>Changes made at this desk to this patient&apos;s record, appointments, payments, feedback, messages and points, and any server audit entries this desk holds. The full audit trail is kept on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="39"/>
        <source>Received</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="40"/>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="41"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="42"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="43"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="44"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
