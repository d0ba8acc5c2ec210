<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppointmentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="109"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="110"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="112"/>
        <source>By clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="113"/>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="120"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="121"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="122"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="134"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="135"/>
        <source>Book selected slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="136"/>
        <source>Move selected booking to slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="137"/>
        <source>Cancel selected booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="146"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="146"/>
        <location filename="../../desktop/ui/screens/appointments.py" line="191"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="146"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="146"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="147"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="186"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="190"/>
        <source>Free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="272"/>
        <source>{provider}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="314"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="315"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="316"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="319"/>
        <source>{channel} {due}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="326"/>
        <source>Reminders: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="327"/>
        <source>No reminders planned for this booking yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="331"/>
        <source>{status} — needs a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="352"/>
        <source>Booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="357"/>
        <source>Select a booking and a free slot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="361"/>
        <source>Moved to {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="367"/>
        <source>Select the booking to cancel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="373"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="35"/>
        <source>Call today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="38"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="38"/>
        <source>Patient no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="38"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="39"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="39"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="39"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="47"/>
        <source>Note for the contact log (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="49"/>
        <source>Reached — confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="50"/>
        <source>Reached — will reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="51"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="52"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="79"/>
        <source>no phone on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="88"/>
        <source>Call today ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="92"/>
        <source>Reminder not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="93"/>
        <source>No channel with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="94"/>
        <source>Booking needs a new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="105"/>
        <source>Select the patient you called first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="118"/>
        <source>Saved the call to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="42"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="43"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="44"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="45"/>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="46"/>
        <source>Lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="52"/>
        <source>Restore lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="54"/>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="65"/>
        <source>Edits that raced at two desks: the later one was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="91"/>
        <source>conflict: choose a conflict in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="100"/>
        <source>Lost value restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="109"/>
        <source>Current value kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="110"/>
        <source>Save changes</source>
        <extracomment>How a choice reads; blood groups and genotypes read as stored (A+, AS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="117"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="128"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="134"/>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="140"/>
        <source>Consents to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="190"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="37"/>
        <source> ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="39"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="45"/>
        <source>Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="51"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="52"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="63"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="53"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="64"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="54"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="55"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="67"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="65"/>
        <source>Would recommend (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="66"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="71"/>
        <source>Open follow-ups (call these patients back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="88"/>
        <source>patient: choose the patient the feedback is from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="99"/>
        <source>Saved. A follow-up call is now open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="101"/>
        <source>Saved. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="47"/>
        <source>Import patients from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="52"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="52"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="52"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="56"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="65"/>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="92"/>
        <source>Checking {rows} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="103"/>
        <source>{rows} rows, {bad} with problems. Fix the file or the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="107"/>
        <source>{rows} rows ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="128"/>
        <source>Imported {count} patients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="45"/>
        <source>Log in to GrandPro CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="56"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="57"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="61"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="62"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="47"/>
        <source>Why, e.g. referred a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="48"/>
        <source>Award points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="51"/>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="55"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="55"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="55"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="70"/>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="71"/>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="88"/>
        <source>{points} points · {tier} tier · {lifetime} earned in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="97"/>
        <source>{name} ({cost} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Awarded {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="121"/>
        <source>reward_id: choose a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="130"/>
        <source>Redeemed. {points} points left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="134"/>
        <source>Not saved — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>GrandPro CRM — {name}</source>
        <extracomment>Who may change this PC&apos;s server, language and printer: the people answerable for the PC (a manager or admin at a hospital, an owner on their own computer), not every desk user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Call today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Sync health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120"/>
        <source>Payout calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="47"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="48"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="49"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="58"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="63"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="63"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="70"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="71"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="72"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="73"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="78"/>
        <source>Messages to this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="127"/>
        <source>{n} SMS segment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="133"/>
        <source>patient: choose the patient to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="136"/>
        <source>template: choose a message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="140"/>
        <source>Queued — will send when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="153"/>
        <source>queued — will send when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="154"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="155"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="156"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="157"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="158"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="159"/>
        <source>undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="160"/>
        <source>not sent (opted out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="161"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerDashboardScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="37"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="43"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="44"/>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="67"/>
        <source>Pending payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="68"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="69"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="82"/>
        <source>Recent communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="100"/>
        <source>{owner}: last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="103"/>
        <source>no survey answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="105"/>
        <source>{score:.1f} / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="118"/>
        <source>no contract synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="120"/>
        <source>{status}, open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="121"/>
        <source>{status}, renews {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="135"/>
        <source>Revenue and payouts ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="21"/>
        <source>Type the patient&apos;s name or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientProfile</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="35"/>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="78"/>
        <source>Patient — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="46"/>
        <source>Details &amp;&amp; medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="47"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="48"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="49"/>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="50"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="51"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="52"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="56"/>
        <source>Search by name, phone (0803 123 4567) or patient number</source>
        <extracomment>Profiles kept after their window is closed, so reopening a patient is instant.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="69"/>
        <source>Register patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="71"/>
        <source>Import CSV or Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="96"/>
        <source>Import patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="99"/>
        <source>Patient registers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="121"/>
        <source>Registered {name} as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="125"/>
        <source>Same phone as (household): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/patients.py" line="149"/>
        <source>%n patient(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="149"/>
        <source>No patient found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="178"/>
        <source>Payment from {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="181"/>
        <source>e.g. 5,000 or ₦5,000.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="186"/>
        <source>POS, transfer or HMO reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="195"/>
        <source>Save payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="201"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="202"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="203"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="232"/>
        <source>Saved {amount} — receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="279"/>
        <source>Take payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="286"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="291"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="292"/>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="293"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="294"/>
        <source>Patient no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="295"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="296"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="297"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="298"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="310"/>
        <source>Payments on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="358"/>
        <source>No payments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="343"/>
        <source>patient: choose the patient who is paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="368"/>
        <source>{parts} · Total {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="49"/>
        <source>Take payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutCalendarScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="32"/>
        <source>Payout calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="36"/>
        <source>Each month&apos;s payout is computed at 06:00 (Lagos) on the 1st of the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="42"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="43"/>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="44"/>
        <source>Payout run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="46"/>
        <source>Net payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="47"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="48"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="87"/>
        <source>No contract or payout has synced to this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="92"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="93"/>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="94"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="95"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="96"/>
        <source>failed, to be retried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="71"/>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="73"/>
        <source>Save receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="75"/>
        <source>Reverse payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="106"/>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="60"/>
        <source>Register a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="62"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="62"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="67"/>
        <source>Different person — save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="82"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="84"/>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="128"/>
        <source>Reverse payment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="132"/>
        <source>Why, e.g. charged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="134"/>
        <source>Reverses {amount} from {patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="139"/>
        <source>Reverse payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="142"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="158"/>
        <source>Reversed — receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="53"/>
        <source>Work offline only (a standalone clinic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="62"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="68"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="68"/>
        <source>Hausa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="72"/>
        <source>The system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="79"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="81"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="82"/>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="83"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="84"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="107"/>
        <source>Registered with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="109"/>
        <source>Not registered (works offline only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="111"/>
        <source>Name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="111"/>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="112"/>
        <source>Hospital: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="112"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="113"/>
        <source>Patient number prefix: {prefix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="137"/>
        <source>Saved. A new server or language takes effect when the app starts again.</source>
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
    <name>StatementsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="51"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="54"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="56"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="58"/>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="61"/>
        <source>Reason (needed to dispute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="62"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="66"/>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="74"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="106"/>
        <source>No payouts have synced to this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="137"/>
        <source>Net payout: {net}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="144"/>
        <source>Acknowledged on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="145"/>
        <source>Disputed on {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="148"/>
        <source>resolved on {date}: {resolution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="150"/>
        <source>rejected on {date}: {resolution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="152"/>
        <source>open, waiting for GrandPro&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="159"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="160"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="161"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="165"/>
        <source>Save statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="182"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="200"/>
        <source>Dispute sent to GrandPro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="202"/>
        <source>Statement acknowledged. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHealthScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="46"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="50"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="46"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="51"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="46"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="52"/>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="53"/>
        <source>Refused values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="57"/>
        <source>Edit and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="59"/>
        <source>Send again unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="61"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="77"/>
        <source>Changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="87"/>
        <source>{pending} change(s) waiting to sync · last sync {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="92"/>
        <source>Waiting to sync (newest {shown} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="139"/>
        <source>change: choose a refused change in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="146"/>
        <source>Corrected change queued to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="151"/>
        <source>Change queued to sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="166"/>
        <source>Refused change discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status.py" line="31"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="31"/>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status.py" line="37"/>
        <source>%n change(s) to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="40"/>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="67"/>
        <source>, about {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="68"/>
        <source>, about {m} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="58"/>
        <source>First sync: {done} of {total} rows{left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="118"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="119"/>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="120"/>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="121"/>
        <source>Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="146"/>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="155"/>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="208"/>
        <source>{name} — since {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="48"/>
        <source>Register arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="52"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="54"/>
        <source>To see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="70"/>
        <source>{department} (department)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="86"/>
        <source>{booked} booked</source>
        <extracomment>Bookings listed in one week cell before the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="88"/>
        <source>{booked} booked · {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="92"/>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="262"/>
        <source>Reverses {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
