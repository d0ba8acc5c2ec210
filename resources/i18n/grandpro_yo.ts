<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="yo_NG">
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="111"/>
        <source>Add new</source>
        <extracomment>The form&apos;s widest; the list takes the rest of the screen. A column&apos;s widest, so one long value does not push the others off the list. How long typing must pause before the template preview is asked for again. The resource whose form has a live preview. The server holds what this screen shows; no local table change refreshes it. The names of the rows the pages&apos; ids point at, as last listed.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi tuntun kún</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="113"/>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="216"/>
        <source>Save</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fipamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="117"/>
        <source>New password for the chosen user</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀rọ̀ aṣínà tuntun fún olùmúlò tí a yàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="133"/>
        <source>Manage</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣàkóso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="202"/>
        <source>Add</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi kún</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="233"/>
        <source>Tier thresholds filled in; Save keeps them.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti kún ààlà ipele; Fipamọ́ yóò pa wọ́n mọ́.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="245"/>
        <source>The preview appears once the template has a wording.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwòtẹ́lẹ̀ yóò hàn nígbà tí àwòṣe bá ní ọ̀rọ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="255"/>
        <source>Cannot preview: {}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò le fi àwòtẹ́lẹ̀ hàn: {}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="311"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi pamọ́.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="340"/>
        <source>Please correct the field marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jọ̀wọ́ ṣàtúnṣe àpótí tí a sàmì sí ní pupa.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="114"/>
        <source>e.g. 5k, 5,000 or ₦5,000.50</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>àpẹẹrẹ 5k, 5,000 tàbí ₦5,000.50</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="123"/>
        <source>Day</source>
        <extracomment>Tables this screen shows: the week grid, the day&apos;s list and each booking&apos;s reminders.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọjọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="124"/>
        <source>Week</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀sẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="126"/>
        <source>By clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nípasẹ̀ dókítà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="127"/>
        <source>By department</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nípasẹ̀ ẹ̀ka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="134"/>
        <source>◀ Previous</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◀ Ti tẹ́lẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="135"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Òní</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="136"/>
        <source>Next ▶</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Èyí tó kàn ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="148"/>
        <source>Reason for cancelling</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí fún fífagilé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="149"/>
        <source>Book selected slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi àdéhùn sí àyè tí a yàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="150"/>
        <source>Move selected booking to slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbé àdéhùn tí a yàn lọ sí àyè náà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="151"/>
        <source>Cancel selected booking</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fagilé àdéhùn tí a yàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkókò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <location filename="../../desktop/ui/screens/appointments.py" line="207"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ipò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìrántí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="163"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pẹ̀lú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="202"/>
        <source>Length</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gígùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="206"/>
        <source>Free slots</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àyè tó ṣófo</translation>
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
        <translation>Ímeèlì</translation>
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
        <translation>Àwọn ìrántí: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="343"/>
        <source>No reminders planned for this booking yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí ìrántí tí a ṣètò fún àdéhùn yìí síbẹ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="347"/>
        <source>{status} — needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status} — ó nílò àkókò tuntun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="368"/>
        <source>Booked.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti ṣe àdéhùn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="373"/>
        <source>Select a booking and a free slot first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan àdéhùn kan àti àyè tó ṣófo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="377"/>
        <source>Moved to {time}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti gbé e lọ sí {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="383"/>
        <source>Select the booking to cancel first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan àdéhùn tí o fẹ́ fagilé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="389"/>
        <source>Cancelled.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fagilé e.</translation>
    </message>
</context>
<context>
    <name>CallListScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="59"/>
        <source>Call today</source>
        <extracomment>Tables this screen shows: who to call today, and the calls already logged.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pè lónìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fóònù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àdéhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pẹ̀lú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="72"/>
        <source>Note for the contact log (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀ fún ìwé ìkànsí (àṣàyàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="74"/>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A rí i — ó fìdí múlẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="75"/>
        <source>Reached — will reschedule</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A rí i — yóò yí àkókò padà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="76"/>
        <source>No answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò dáhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="77"/>
        <source>Wrong number</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà tí kò tọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="105"/>
        <source>no phone on file</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò sí fóònù nínú àkọsílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="114"/>
        <source>Call today ({count})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pè lónìí ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="119"/>
        <source>Reminder not delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìrántí kò dé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="120"/>
        <source>No channel with consent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí ọ̀nà tí ó fọwọ́ sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="121"/>
        <source>Booking needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àdéhùn nílò àkókò tuntun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="122"/>
        <source>Reward refused at sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kọ ẹ̀bùn nígbà ìmúṣiṣẹ́pọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — sorted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A rí i — a ti yanjú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="142"/>
        <source>Select the patient you called first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan aláìsàn tí o pè.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="160"/>
        <source>Saved the call to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi ìpè sí {name} pamọ́.</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="77"/>
        <source>Campaign</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìpolongo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="78"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀nà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="79"/>
        <source>Purpose</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Èrò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="80"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ipò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="81"/>
        <source>Written by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹni tó kọ ọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="82"/>
        <source>Approved by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹni tó fọwọ́ sí i</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="92"/>
        <source>No campaigns yet. Campaigns are written on the server; one waiting for a second manager&apos;s approval appears here first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí ìpolongo kankan síbẹ̀. Orí sáfà ni a ti ń kọ ìpolongo; èyí tó ń dúró de ìfọwọ́sí alábòójútó kejì yóò kọ́kọ́ hàn níbí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="97"/>
        <source>Approve</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fọwọ́ sí i</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="100"/>
        <source>Cancel campaign</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fagilé ìpolongo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="134"/>
        <source>Written {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kọ ọ́ ní {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="159"/>
        <source>Approved “{name}”. The server sends it once it syncs.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fọwọ́ sí “{name}”. Sáfà yóò fi ránṣẹ́ ní kété tí ó bá ti ṣe ìmúṣiṣẹ́pọ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="172"/>
        <source>Cancelled “{name}”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fagilé “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="181"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kò fi pamọ́ — {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="47"/>
        <source>When</source>
        <extracomment>Tables this screen shows: the open conflicts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìgbà wo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="48"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="49"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àpótí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="50"/>
        <source>Kept value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iye tí a pa mọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="51"/>
        <source>Lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iye tó sọnù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="57"/>
        <source>Restore lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mú iye tó sọnù padà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="59"/>
        <source>Keep current</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pa ti ìsinsìnyí mọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="70"/>
        <source>Edits that raced at two desks: the later one was kept</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àtúnṣe tí a ṣe ní tábìlì méjì lẹ́ẹ̀kan náà: a pa èyí tó kẹ́yìn mọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="96"/>
        <source>conflict: choose a conflict in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>conflict: yan ìforígbárí kan nínú àkójọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="105"/>
        <source>Lost value restored.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti mú iye tó sọnù padà.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="114"/>
        <source>Current value kept.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti pa iye ìsinsìnyí mọ́.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="54"/>
        <source>DD/MM/YYYY, e.g. {example}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>DD/MM/YYYY, àpẹẹrẹ {example}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fields.py" line="58"/>
        <source>Pick on a calendar (F4)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yàn lórí kàlẹ́ńdà (F4)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="142"/>
        <source>Save changes</source>
        <extracomment>Fields picked from the shipped list of states and their LGAs. How a choice reads; blood groups and genotypes read as stored (A+, AS).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi àwọn àyípadà pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="150"/>
        <source>not known</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a kò mọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="161"/>
        <source>Sex</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akọ tàbí abo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="167"/>
        <source>Who pays</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹni tó ń sanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="173"/>
        <source>Consents to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó fọwọ́ sí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/profile/details.py" line="252"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Jọ̀wọ́ ṣàtúnṣe àpótí %n tí a sàmì sí ní pupa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="266"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi pamọ́.</translation>
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
        <translation>a kò béèrè</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="66"/>
        <source>Save feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi èsì pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="72"/>
        <source>Only callbacks I own</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn ìpè padà tí mo ń bójú tó nìkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="77"/>
        <source>Call back by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pè padà kí ó tó di</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="78"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹni tó ń bójú tó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="79"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="80"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="113"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="81"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="114"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdíyelé</translation>
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
        <translation>Ọ̀rọ̀ àsọyé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="92"/>
        <source>Outcome of the call (required)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àbájáde ìpè (dandan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="96"/>
        <source>Recovered: the patient is satisfied</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti tún un ṣe: inú aláìsàn dùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="97"/>
        <source>Not recovered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kò tún un ṣe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="98"/>
        <source>Could not reach the patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kò rí aláìsàn náà bá sọ̀rọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="101"/>
        <source>Close follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Parí ìtẹ̀lé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="104"/>
        <source>Give to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fún</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="115"/>
        <source>Would recommend (0-10)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣé yóò dábàá (0-10)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="116"/>
        <source>About</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nípa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="123"/>
        <source>Open follow-ups (call these patients back)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìtẹ̀lé tó ṣí sílẹ̀ (pe àwọn aláìsàn wọ̀nyí padà)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="167"/>
        <source>Choose the follow-up and who takes it.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yan ìtẹ̀lé náà àti ẹni tí yóò gbà á.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="172"/>
        <source>Follow-up given to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi ìtẹ̀lé fún {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="192"/>
        <source>Choose the patient the feedback is from first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan aláìsàn tí èsì náà ti wá.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="212"/>
        <source>Choose the follow-up to close.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yan ìtẹ̀lé tí o fẹ́ parí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="226"/>
        <source>Follow-up closed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti parí ìtẹ̀lé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="235"/>
        <source>{due} (overdue)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{due} (ó ti kọjá àkókò)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="203"/>
        <source>Saved. A follow-up call is now open.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi pamọ́. Ìpè ìtẹ̀lé ti ṣí sílẹ̀ báyìí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="205"/>
        <source>Saved. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi pamọ́. Ẹ ṣé o!</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="48"/>
        <source>Import patients from {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kó àwọn aláìsàn wọlé láti {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Line</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìlà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àpótí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìṣòro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="58"/>
        <source>Import</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kó wọlé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="67"/>
        <source>(not in file)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>(kò sí nínú fáìlì)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="94"/>
        <source>Checking {rows} rows…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ń ṣàyẹ̀wò ìlà {rows}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="105"/>
        <source>{rows} rows, {bad} with problems. Fix the file or the mapping.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìlà {rows}, {bad} ní ìṣòro. Tún fáìlì tàbí ìsopọ̀ ṣe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="109"/>
        <source>{rows} rows ready to import.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìlà {rows} ti ṣetán láti kó wọlé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="130"/>
        <source>Imported {count} patients.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti kó aláìsàn {count} wọlé.</translation>
    </message>
</context>
<context>
    <name>LgaBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="168"/>
        <source>Choose the state first</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan ìpínlẹ̀</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="74"/>
        <source>Log in to GrandPro CRM</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wọlé sí GrandPro CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="85"/>
        <source>Log in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wọlé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="87"/>
        <source>Cancel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fagilé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="92"/>
        <source>Username</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Orúkọ olùmúlò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="93"/>
        <source>Password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀rọ̀ aṣínà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="94"/>
        <source>Open an owner profile on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣí àkọọ́lẹ̀ olóhun lórí kọ̀ǹpútà yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="97"/>
        <source>This PC holds the hospital&apos;s patient records, which an owner&apos;s view never shows, so hospital owners sign in to a separate owner profile: its own encrypted database, registered as the owner&apos;s device.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ̀ǹpútà yìí ní àkọsílẹ̀ àwọn aláìsàn ilé-ìwòsàn, èyí tí olóhun kì í rí, nítorí náà àwọn olóhun ilé-ìwòsàn ń wọlé sí àkọọ́lẹ̀ olóhun ọ̀tọ̀: ibi ìpamọ́ data tirẹ̀ tí a pa láṣìírí, tí a forúkọ rẹ̀ sílẹ̀ gẹ́gẹ́ bí ẹ̀rọ olóhun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="180"/>
        <source>Hospital owners: this PC holds patient records, so tick “Open an owner profile on this PC”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn olóhun ilé-ìwòsàn: kọ̀ǹpútà yìí ní àkọsílẹ̀ aláìsàn, nítorí náà ẹ sàmì sí “Ṣí àkọọ́lẹ̀ olóhun lórí kọ̀ǹpútà yìí”.</translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="30"/>
        <source>Loyalty program</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ètò ìdúróṣinṣin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="36"/>
        <source>Earned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tí a jèrè</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="37"/>
        <source>Redeemed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tí a lò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="38"/>
        <source>Expired</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ti parí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="44"/>
        <source>Points by month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àmì lóṣooṣù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="69"/>
        <source>Rewards redeemed most this year</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹ̀bùn tí a lò jù lọ lọ́dún yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="77"/>
        <source>{n} members</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọmọ ẹgbẹ́ {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="81"/>
        <source>Silver from {silver}, Gold from {gold} lifetime points, no Platinum; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver láti àmì {silver}, Gold láti {gold} ní gbogbo ìgbà, kò sí Platinum; {visit} fún ìbẹ̀wò kan, {feedback} fún èsì kan, {spend} fún ₦{unit:,} kọ̀ọ̀kan tí a san.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="86"/>
        <source>Silver from {silver}, Gold from {gold}, Platinum from {platinum} lifetime points; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver láti àmì {silver}, Gold láti {gold}, Platinum láti {platinum} ní gbogbo ìgbà; {visit} fún ìbẹ̀wò kan, {feedback} fún èsì kan, {spend} fún ₦{unit:,} kọ̀ọ̀kan tí a san.</translation>
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
        <translation>A kò tíì lo ẹ̀bùn kankan lọ́dún yìí.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="94"/>
        <source>Why, e.g. points lost when the desk was offline</source>
        <extracomment>Tier moves shown without scrolling; older ones are a scroll away.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí, àpẹẹrẹ àmì tó sọnù nígbà tí tábìlì kò sí lórí ayélujára</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="95"/>
        <source>Adjust points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣàtúnṣe àmì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="98"/>
        <source>Redeem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lò ó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="105"/>
        <source>Add to pool (guardian consents)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi kún àpò ìdílé (alábòójútó gbà)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="107"/>
        <source>Redeem from pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbà láti inú àpò ìdílé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọjọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Tier move</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìyípadà ipele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Up or down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sókè tàbí sísàlẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="113"/>
        <source>No tier moves recorded yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kò tíì kọ ìyípadà ipele kankan sílẹ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìgbà wo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àmì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="142"/>
        <source>Family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àpò ìdílé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="151"/>
        <source>Tier moves</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn ìyípadà ipele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="175"/>
        <source>End the family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fòpin sí àpò ìdílé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="177"/>
        <source>Leave the pool (consent withdrawn)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kúrò nínú àpò ìdílé (a fa ìfọwọ́sí sẹ́yìn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="181"/>
        <source>{name} (guardian)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} (alábòójútó)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="185"/>
        <source>{names} · {points} points together</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{names} · àmì {points} lápapọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="190"/>
        <source>Not pooling with the household yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò tíì darapọ̀ mọ́ àpò ìdílé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sókè</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sísàlẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="244"/>
        <source>{tier} since {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} láti {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="251"/>
        <source>{tier} kept until {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} títí di {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="258"/>
        <source>{held} on hold from recent payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{held} ní ìdádúró láti inú ìsanwó àìpẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="263"/>
        <source>{needed} more to {tier}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{needed} sí i kí ó tó dé {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="270"/>
        <source>{points} expire on {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{points} yóò parí ní {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="276"/>
        <source>can have: {rewards}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó lè gbà: {rewards}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="291"/>
        <source>Adjusted by {points} points.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti ṣàtúnṣe pẹ̀lú àmì {points}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="297"/>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="346"/>
        <source>Choose a reward first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan ẹ̀bùn kan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="308"/>
        <source>Redeemed {reward}. Code {code}: the cashier types it on the payment. {points} points left.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti lo {reward}. Kóòdù {code}: akápò yóò tẹ̀ ẹ́ sí ìsanwó náà. Àmì {points} ló kù.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="141"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹ̀bùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="143"/>
        <source>Adjust</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣàtúnṣe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="202"/>
        <source>{points} points · {tier} tier · {lifetime} earned in all</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àmì {points} · ipele {tier} · {lifetime} tí a jèrè lápapọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="213"/>
        <source>{name} ({cost} points)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} (àmì {cost})</translation>
    </message>
    <message>
        <source>reward_id: choose a reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">reward_id: yan ẹ̀bùn kan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="326"/>
        <source>Added to the family pool, with the guardian&apos;s consent.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi kún àpò ìdílé, pẹ̀lú ìfọwọ́sí alábòójútó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="337"/>
        <source>The family pool has ended: everyone&apos;s points are their own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àpò ìdílé ti parí: àmì olúkúlùkù tún di tirẹ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="339"/>
        <source>Left the family pool: these points are the patient&apos;s own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ti kúrò nínú àpò ìdílé: àwọn àmì wọ̀nyí tún di ti aláìsàn náà.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="358"/>
        <source>Redeemed {reward} from the family pool. Code {code}: the cashier types it on the payment.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti gba {reward} láti inú àpò ìdílé. Kóòdù {code}: akọ̀wé owó yóò tẹ̀ ẹ́ sórí ìsanwó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="365"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kò fi pamọ́ — {reason}</translation>
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
        <translation>Ìṣàkóso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ètò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Switch user…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yí olùmúlò padà…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>Sign out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jáde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Òní</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>Patients</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Appointments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn àdéhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Call today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pè lónìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Èsì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Messages</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìfiránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Sync health</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìlera ìmúṣiṣẹ́pọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Conflicts</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìforígbárí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdúróṣinṣin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Campaigns</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn ìpolongo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Dashboard</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pátákó ìsọfúnni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>Statements</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwé ìṣirò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Payout calendar</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kàlẹ́ńdà owó sísan</translation>
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
        <translation>Ímeèlì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="72"/>
        <source>Type the message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tẹ ọ̀rọ̀ ìfiránṣẹ́ náà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="75"/>
        <source>Send</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Written</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìgbà tí a kọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ipò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìfiránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="88"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="89"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀nà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="90"/>
        <source>Template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwòṣe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="91"/>
        <source>Subject</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkòrí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="92"/>
        <source>Preview</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwòtẹ́lẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="99"/>
        <source>Messages to this patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìfiránṣẹ́ sí aláìsàn yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="118"/>
        <source>Write a message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ ìfiránṣẹ́ kan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="184"/>
        <source>{n} SMS segment(s)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Apá SMS {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="190"/>
        <source>Choose the patient to write to first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan aláìsàn tí o fẹ́ kọ̀wé sí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="196"/>
        <source>template: choose a message template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>template: yan àwòṣe ìfiránṣẹ́ kan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="200"/>
        <location filename="../../desktop/ui/screens/messages.py" line="218"/>
        <source>Queued — will send when online.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó wà nínú ìlà — yóò lọ nígbà tí ayélujára bá wà.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="229"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó wà nínú ìlà — yóò lọ nígbà tí ayélujára bá wà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="230"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ń lọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="231"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ti lọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="232"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ti dé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="233"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>wọ́n ti kà á</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="234"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó kùnà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="235"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò ṣeé fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="236"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò lọ (ó ti kọ̀ ọ́)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="237"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ti fagilé e</translation>
    </message>
</context>
<context>
    <name>OwnerDashboardScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="43"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: the owner&apos;s hospitals, payouts and messages.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Irú owó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="50"/>
        <source>Revenue</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owó tó wọlé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="51"/>
        <source>Payouts</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owó sísan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="79"/>
        <source>Pending payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owó sísan tó ń dúró</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="80"/>
        <source>Satisfaction</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìtẹ́lọ́rùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="81"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àtúnṣe iṣẹ́ ìsìn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="82"/>
        <source>Contract</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àdéhùn iṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="95"/>
        <source>Recent communications</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìbánisọ̀rọ̀ àìpẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="108"/>
        <source>The first sync is running: your hospitals&apos; figures appear when it ends.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìmúṣiṣẹ́pọ̀ àkọ́kọ́ ń lọ lọ́wọ́: àwọn iye ilé-ìwòsàn rẹ yóò hàn nígbà tí ó bá parí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="118"/>
        <source>{owner}: last 12 months</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{owner}: oṣù 12 tó kọjá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="121"/>
        <source>no survey answers yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò sí ìdáhùn ìwádìí síbẹ̀</translation>
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
        <translation>kò sí èsì burúkú láti tún ṣe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="141"/>
        <source>{rate} this month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} lóṣù yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="142"/>
        <source>{rate} this month ({last} last month)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} lóṣù yìí ({last} lóṣù tó kọjá)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="148"/>
        <source>no contract synced</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò sí àdéhùn iṣẹ́ tí a múṣiṣẹ́pọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="150"/>
        <source>{status}, open-ended</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, láìní òpin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="151"/>
        <source>{status}, renews {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, yóò tún bẹ̀rẹ̀ {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="172"/>
        <source>No revenue or payouts yet: each month&apos;s revenue appears as the hospital records payments, and its payout after the monthly run on the 1st.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí owó tí ó wọlé tàbí ìsanwó síbẹ̀: owó tí ó wọlé lóṣù kọ̀ọ̀kan yóò hàn bí ilé-ìwòsàn ṣe ń kọ ìsanwó sílẹ̀, ìsanwó rẹ̀ yóò sì hàn lẹ́yìn ìṣirò oṣooṣù ní ọjọ́ kìíní.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="178"/>
        <source>Revenue and payouts ({currency})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owó tó wọlé àti owó sísan ({currency})</translation>
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
        <translation>Tẹ orúkọ tàbí fóònù aláìsàn</translation>
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
        <translation>Aláìsàn — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="69"/>
        <source>Details &amp;&amp; medical</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àlàyé &amp;&amp; ìlera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="70"/>
        <source>Appointments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn àdéhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="71"/>
        <source>Payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="72"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdúróṣinṣin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="73"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Èsì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="74"/>
        <source>Messages</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìfiránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="75"/>
        <source>History</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìtàn</translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="61"/>
        <source>Search by name, phone (0803 123 4567) or patient number</source>
        <extracomment>Profiles kept after their window is closed, so reopening a patient is instant. Tables this screen shows: the register and search results.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wá pẹ̀lú orúkọ, fóònù (0803 123 4567) tàbí nọ́ńbà aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="74"/>
        <source>Register patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Forúkọ aláìsàn sílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="76"/>
        <source>Import CSV or Excel…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kó CSV tàbí Excel wọlé…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="79"/>
        <source>Register this patient</source>
        <extracomment>Offered when a search finds nobody: register the person just looked for.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Forúkọ aláìsàn yìí sílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="85"/>
        <source>Open profile (Alt+O)</source>
        <extracomment>After a registration, the next natural step: the new patient&apos;s profile.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣí àkọsílẹ̀ aláìsàn (Alt+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="128"/>
        <source>Import patients</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kó àwọn aláìsàn wọlé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="131"/>
        <source>Patient registers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwé orúkọ aláìsàn (*.csv *.xlsx);;Fáìlì CSV (*.csv);;Ìwé iṣẹ́ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="153"/>
        <source>Registered {name} as {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti forúkọ {name} sílẹ̀ gẹ́gẹ́ bí {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="157"/>
        <source>Same phone as (household): {names}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fóònù kan náà pẹ̀lú (ilé kan náà): {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>%n patient(s) found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>A rí aláìsàn %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>No patient found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kò rí aláìsàn kankan</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="66"/>
        <source>Payment from {patient}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìsanwó láti ọ̀dọ̀ {patient}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="73"/>
        <source>POS, transfer or HMO reference (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS, ìfiránṣẹ́ owó tàbí nọ́ńbà HMO (àṣàyàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="96"/>
        <source>Save payment</source>
        <extracomment>What was saved, in the stylesheet&apos;s success colour (never in error red).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi ìsanwó pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="87"/>
        <location filename="../../desktop/ui/screens/payments.py" line="102"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iye owó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="75"/>
        <source>e.g. Consultation, lab test (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>àpẹẹrẹ ìbẹ̀wò dókítà, àyẹ̀wò láàbù (àṣàyàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="78"/>
        <source>Loyalty reward code, e.g. K7QM-3ZD9 (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kóòdù ẹ̀bùn ìdúróṣinṣin, àpẹẹrẹ K7QM-3ZD9 (àṣàyàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="103"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ohun tí a sanwó fún</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="104"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀nà ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="105"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà ìtọ́kasí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="106"/>
        <source>Reward code</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kóòdù ẹ̀bùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="140"/>
        <source>Saved {amount} — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi {amount} pamọ́ — rìsíìtì {number}.</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="202"/>
        <source>Take payment…</source>
        <extracomment>Tables this screen shows: a day&apos;s payments (revenue entries) and their receipts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gba owó…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="209"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Òní</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="214"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkókò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="215"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà rìsíìtì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="216"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="217"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="218"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iye owó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="219"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀nà ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="220"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà ìtọ́kasí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="221"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="233"/>
        <source>Payments on</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìsanwó ní ọjọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="266"/>
        <source>Choose the patient who is paying first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan aláìsàn tó ń sanwó.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="281"/>
        <source>No payments on this day.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí ìsanwó ní ọjọ́ yìí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="291"/>
        <source>{parts} · Total {total}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{parts} · Àpapọ̀ {total}</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="50"/>
        <source>Take payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gba owó…</translation>
    </message>
</context>
<context>
    <name>PayoutCalendarScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="36"/>
        <source>Payout calendar</source>
        <extracomment>Tables this screen shows: payouts due per contract.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kàlẹ́ńdà owó sísan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="40"/>
        <source>Each month&apos;s payout is computed at 06:00 (Lagos) on the 1st of the next month.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ń ṣírò owó sísan oṣù kọ̀ọ̀kan ní agogo 06:00 (Lagos) ní ọjọ́ 1 oṣù tó tẹ̀lé e.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="47"/>
        <source>Month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oṣù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="48"/>
        <source>Hospital</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ilé-ìwòsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="49"/>
        <source>Payout run</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìṣirò owó sísan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="50"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ipò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="51"/>
        <source>Net payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owó sísan àṣẹ́kù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="52"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fọwọ́ sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="53"/>
        <source>Paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti san</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="92"/>
        <source>No contract or payout has synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí àdéhùn iṣẹ́ tàbí owó sísan tí a tíì múṣiṣẹ́pọ̀ sí kọ̀ǹpútà yìí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="97"/>
        <source>expected</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ń retí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="98"/>
        <source>awaiting approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ń dúró de ìfọwọ́sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="99"/>
        <source>approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ti fọwọ́ sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="100"/>
        <source>paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ti san</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="101"/>
        <source>failed, to be retried</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó kùnà, a ó tún gbìyànjú</translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="59"/>
        <source>Print receipt…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tẹ rìsíìtì jáde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="62"/>
        <source>Save receipt as PDF…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi rìsíìtì pamọ́ bí PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="64"/>
        <source>Reverse payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yí ìsanwó padà…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="69"/>
        <source>Paper</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="106"/>
        <source>Save receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi rìsíìtì pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fáìlì PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryNotifier</name>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="63"/>
        <source>Low feedback: {patient} gave {rating}/5. Call back by {due}.</source>
        <extracomment>What a change must touch to be worth a look. The sentence announcing new callbacks (one per batch that arrives).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Èsì burúkú: {patient} fún wa ní {rating}/5. Pè padà kí ó tó di {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="68"/>
        <source>{count} new low-feedback callbacks; the first is due by {due}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìpè padà tuntun {count} fún èsì burúkú; èyí àkọ́kọ́ gbọ́dọ̀ ṣe kí ó tó di {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="84"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àtúnṣe iṣẹ́ ìsìn</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="96"/>
        <source>Register a patient</source>
        <extracomment>The fields in the order the form shows them, and a clerk tabs through them. The fields typed as plain text (the others have their own widgets). Labels this form words differently from the column&apos;s label (``field_label``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Forúkọ aláìsàn kan sílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="100"/>
        <source>e.g. IKJ01-000042</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>àpẹẹrẹ IKJ01-000042</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Female</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Obìnrin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Male</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọkùnrin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Choose…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yàn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="114"/>
        <source>Different person — save anyway</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹlòmíràn ni — fi pamọ́ bẹ́ẹ̀</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/registration.py" line="185"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Jọ̀wọ́ ṣàtúnṣe àpótí %n tí a sàmì sí ní pupa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="129"/>
        <source>Reverse payment {number}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yí ìsanwó {number} padà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="133"/>
        <source>Why, e.g. charged twice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí, àpẹẹrẹ a gba owó lẹ́ẹ̀mejì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="135"/>
        <source>Reverses {amount} from {patient}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó dá {amount} padà láti ọ̀dọ̀ {patient}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="140"/>
        <source>Reverse payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yí ìsanwó padà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="144"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="160"/>
        <source>Reversed — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti yí i padà — rìsíìtì {number}.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="59"/>
        <source>Work offline only (a standalone clinic)</source>
        <extracomment>Tables this screen shows: this PC&apos;s registration (the form stays as typed).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣiṣẹ́ láìsí ayélujára nìkan (ilé-ìwòsàn aládàáṣe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="68"/>
        <source>Save settings</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi ètò pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="77"/>
        <source>The system&apos;s default printer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Atẹ̀wé àkọ́kọ́ ti ètò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="84"/>
        <source>Server address</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àdírẹ́sì sáfà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="86"/>
        <source>Language</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Èdè</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="87"/>
        <source>Lock after idle (minutes)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tì lẹ́yìn àìlò (ìṣẹ́jú)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="88"/>
        <source>Printer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Atẹ̀wé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="89"/>
        <source>This PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ̀ǹpútà yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="112"/>
        <source>Registered with the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti forúkọ sílẹ̀ pẹ̀lú sáfà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="114"/>
        <source>Not registered (works offline only)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A kò tíì forúkọ sílẹ̀ (ó ń ṣiṣẹ́ láìsí ayélujára nìkan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>Name: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Orúkọ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>not named</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò ní orúkọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>Hospital: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ilé-ìwòsàn: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>none yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò sí síbẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="118"/>
        <source>Patient number prefix: {prefix}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìbẹ̀rẹ̀ nọ́ńbà aláìsàn: {prefix}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="152"/>
        <source>Saved. A new server address takes effect when the app starts again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi pamọ́. Àdírẹ́sì sáfà tuntun yóò bẹ̀rẹ̀ iṣẹ́ nígbà tí ètò bá tún bẹ̀rẹ̀.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup.py" line="45"/>
        <source>Set up GrandPro CRM on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣètò GrandPro CRM lórí kọ̀ǹpútà yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="48"/>
        <source>Enter the address of your hospital&apos;s GrandPro server. After it answers, a manager logs in once to register this PC. A clinic without a server can work offline only.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tẹ àdírẹ́sì sáfà GrandPro ilé-ìwòsàn rẹ. Lẹ́yìn tí ó bá dáhùn, alábòójútó kan yóò wọlé lẹ́ẹ̀kan láti forúkọ kọ̀ǹpútà yìí sílẹ̀. Ilé-ìwòsàn tí kò ní sáfà lè ṣiṣẹ́ láìsí ayélujára nìkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="59"/>
        <source>Connect to server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sopọ̀ mọ́ sáfà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="62"/>
        <source>Work offline only</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣiṣẹ́ láìsí ayélujára nìkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="70"/>
        <source>Server address</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àdírẹ́sì sáfà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="82"/>
        <source>Create the account and start</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣẹ̀dá àkọọ́lẹ̀ kí o sì bẹ̀rẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="84"/>
        <source>The clinic manager&apos;s account on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọọ́lẹ̀ alábòójútó ilé-ìwòsàn lórí kọ̀ǹpútà yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="86"/>
        <source>Full name</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Orúkọ kíkún</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="87"/>
        <source>Username</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Orúkọ olùmúlò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="88"/>
        <source>Password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀rọ̀ aṣínà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="89"/>
        <source>Repeat password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tún ọ̀rọ̀ aṣínà tẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="114"/>
        <source>Checking the server…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ń ṣàyẹ̀wò sáfà…</translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="151"/>
        <source>Type to find the state</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tẹ̀ láti wá ìpínlẹ̀</translation>
    </message>
</context>
<context>
    <name>StatementsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="57"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: statements, payouts and their responses.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Irú owó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="60"/>
        <source>Save PDF</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi PDF pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="63"/>
        <source>Export CSV</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kó CSV jáde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="66"/>
        <source>Export Excel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kó Excel jáde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="70"/>
        <source>Reason (needed to dispute)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí (ó pọn dandan láti ṣàtakò)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="71"/>
        <source>Acknowledge</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbà á</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="75"/>
        <source>Dispute</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣàtakò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="85"/>
        <source>Period</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sáà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="113"/>
        <source>No statement to act on yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí ìwé ìṣirò láti ṣiṣẹ́ lé lórí síbẹ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="129"/>
        <source>No payouts have synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí owó sísan tí a tíì múṣiṣẹ́pọ̀ sí kọ̀ǹpútà yìí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="161"/>
        <source>Net payout: {net}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owó sísan àṣẹ́kù: {net}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="168"/>
        <source>Acknowledged on {date}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A gbà á ní {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="169"/>
        <source>Disputed on {date}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ṣàtakò ní {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="172"/>
        <source>resolved on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a yanjú ní {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="174"/>
        <source>rejected on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a kọ̀ ọ́ ní {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="176"/>
        <source>open, waiting for GrandPro&apos;s answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ṣí sílẹ̀, ó ń dúró de ìdáhùn GrandPro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="183"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fáìlì PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="184"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fáìlì CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="185"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwé iṣẹ́ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="189"/>
        <source>Save statement</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fi ìwé ìṣirò pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="209"/>
        <source>Saved {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi {name} pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="227"/>
        <source>Dispute sent to GrandPro.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi àtakò ránṣẹ́ sí GrandPro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="229"/>
        <source>Statement acknowledged. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti gba ìwé ìṣirò. Ẹ ṣé o!</translation>
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
        <translation>Ìgbà wo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="71"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn àpótí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="72"/>
        <source>Why the server refused it</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí tí sáfà fi kọ̀ ọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="73"/>
        <source>Refused values</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn iye tí a kọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="77"/>
        <source>Edit and send again</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ṣàtúnṣe kí o tún fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="79"/>
        <source>Send again unchanged</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tún fi ránṣẹ́ láìyípadà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="81"/>
        <source>Discard</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jù ú nù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="101"/>
        <source>Changes the server refused</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn àyípadà tí sáfà kọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="114"/>
        <source>Sync stopped since {when}: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìmúṣiṣẹ́pọ̀ ti dúró láti {when}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="133"/>
        <source>{pending} change(s) waiting to sync · last sync {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àyípadà {pending} ń dúró de ìmúṣiṣẹ́pọ̀ · ìmúṣiṣẹ́pọ̀ tó kẹ́yìn {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="138"/>
        <source>Waiting to sync (newest {shown} of {total})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ń dúró de ìmúṣiṣẹ́pọ̀ (tuntun jù {shown} nínú {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="172"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="189"/>
        <source>Choose a refused change in the list first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ́kọ́ yan ìyípadà tí wọ́n kọ̀ nínú àkójọ.</translation>
    </message>
    <message>
        <source>change: choose a refused change in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">change: yan àyípadà tí a kọ̀ nínú àkójọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="196"/>
        <source>Corrected change queued to sync.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi àyípadà tí a tún ṣe sínú ìlà ìmúṣiṣẹ́pọ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="201"/>
        <source>Change queued to sync again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti tún fi àyípadà sínú ìlà ìmúṣiṣẹ́pọ̀.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="216"/>
        <source>Refused change discarded.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti ju àyípadà tí a kọ̀ nù.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status.py" line="45"/>
        <source>Try now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbìyànjú báyìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="46"/>
        <source>Sync now instead of waiting for the next try</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Múṣiṣẹ́pọ̀ báyìí dípò dídúró de ìgbìyànjú tó kàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="64"/>
        <source>● Online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>● Lórí ayélujára</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="66"/>
        <source>◌ Connecting…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◌ Ó ń sopọ̀…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="68"/>
        <source>○ Offline</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Kò sí lórí ayélujára</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="70"/>
        <source>○ Offline since {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Kò sí lórí ayélujára láti {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status.py" line="84"/>
        <source>%n change(s) to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Àyípadà %n láti múṣiṣẹ́pọ̀</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="87"/>
        <source>Last sync: {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìmúṣiṣẹ́pọ̀ tó kẹ́yìn: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="94"/>
        <source>Sync stopped: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìmúṣiṣẹ́pọ̀ ti dúró: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="96"/>
        <source> · retrying in {s} s</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation> · a ó tún gbìyànjú ní {s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="124"/>
        <source>, about {s} s left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, bí {s} s ló kù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="125"/>
        <source>, about {m} min left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, bí {m} ìṣẹ́jú ló kù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="115"/>
        <source>First sync: {done} of {total} rows{left}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìmúṣiṣẹ́pọ̀ àkọ́kọ́: ìlà {done} nínú {total}{left}</translation>
    </message>
</context>
<context>
    <name>TierPresets</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Standard scale</source>
        <extracomment>The Administration page whose form holds a program&apos;s tier thresholds.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwọ̀n àṣà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Compact scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwọ̀n kékeré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="46"/>
        <source>Use this scale</source>
        <extracomment>The chosen scale&apos;s tiers, under the choice (the form&apos;s panel is narrow).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Lo ìwọ̀n yìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="54"/>
        <source>Tier scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwọ̀n ipele</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="127"/>
        <source>No appointments today. Book one on the Appointments screen, or register a walk-in (Alt+W).</source>
        <extracomment>Tables this screen shows: the day&apos;s appointments and the waiting queue.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò sí àdéhùn lónìí. Ṣe ọ̀kan lójú-ìwé Àwọn àdéhùn, tàbí forúkọ wíwá tààrà sílẹ̀ (Alt+W).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="136"/>
        <source>Check in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọ dídé sílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="137"/>
        <source>Mark no-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Sàmì pé kò wá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="140"/>
        <source>Visit note (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀ ìbẹ̀wò (àṣàyàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="142"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Parí ìbẹ̀wò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="143"/>
        <source>Print slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tẹ ìwé ẹ̀rí jáde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="145"/>
        <source>Walk-in…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wíwá tààrà…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="174"/>
        <source>Waiting now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn tó ń dúró báyìí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="183"/>
        <source>Today, {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Òní, {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="255"/>
        <source>{name} — since {time}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} — láti {time}</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="51"/>
        <source>Register arrival</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Forúkọ dídé sílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="55"/>
        <source>Walk-in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Wíwá tààrà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="57"/>
        <source>To see</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹni tí yóò rí i</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="73"/>
        <source>{department} (department)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{department} (ẹ̀ka)</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="88"/>
        <source>{booked} booked</source>
        <extracomment>Bookings listed in one week cell before the rest are counted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} ti ní àdéhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="90"/>
        <source>{booked} booked · {free} free</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} ti ní àdéhùn · {free} ṣófo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="94"/>
        <source>+{count} more</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>+{count} sí i</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="288"/>
        <source>Something went wrong</source>
        <extracomment>Who hears of a sign-in at the sync&apos;s own prompt (the shell, which may rebuild the window). This PC&apos;s owner profile, once an owner chose it at sign-in (see ``owner_profile``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nǹkan kan ṣẹlẹ̀ tí kò tọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="353"/>
        <source>Cannot start</source>
        <extracomment>The object name of the installed GrandPro translation, so a new choice replaces it.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò le bẹ̀rẹ̀</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="39"/>
        <source>Draft</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọ́pamọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="40"/>
        <source>Waiting for approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ń dúró de ìfọwọ́sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="41"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fọwọ́ sí i</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti ṣètò àkókò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="43"/>
        <source>Sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ń fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="44"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="45"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fagilé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="51"/>
        <source>Health education</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹ̀kọ́ ìlera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="52"/>
        <source>Service notice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìkéde iṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="53"/>
        <source>Promotional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìpolówó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="54"/>
        <source>Transactional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ti ìdúnàá-dúrà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="62"/>
        <source>E-mail</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ímeèlì</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../desktop/ui/format.py" line="23"/>
        <source>never</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò tíì ṣẹlẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti ṣe àdéhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="43"/>
        <source>Confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ti fìdí múlẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="44"/>
        <source>Checked in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti kọ dídé sílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="45"/>
        <source>Seen</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ti parí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="46"/>
        <location filename="../../desktop/ui/format.py" line="61"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fagilé e</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="47"/>
        <source>No-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kò wá</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="55"/>
        <source>Planned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti ṣètò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="56"/>
        <source>Queued</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó wà nínú ìlà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="57"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ti lọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="58"/>
        <source>Delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ti dé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="59"/>
        <source>Failed — call</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó kùnà — pè é</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="60"/>
        <source>Opted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó ti kọ̀ ọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="62"/>
        <source>Skipped</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A fò ó kọjá</translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <location filename="../../desktop/ui/header.py" line="22"/>
        <source>Administrator</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Alákòóso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="23"/>
        <source>Manager</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Alábòójútó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="24"/>
        <source>Front desk</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tábìlì ìgbàlejò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="25"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oníṣègùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="26"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Olóhun</translation>
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
        <translation>Nọ́ńbà aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="122"/>
        <source>Name</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Orúkọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="123"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fóònù</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="124"/>
        <source>Date of birth</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọjọ́ ìbí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="216"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkókò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="217"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oníṣègùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="218"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="220"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ipò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="221"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìrántí</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="182"/>
        <source>Reverses {number}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó yí {number} padà: {reason}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="67"/>
        <source>A5 page</source>
        <extracomment>Where the document finds the logo image (added as a resource, never read from disk by URL). The shortest roll page: a few lines of receipt still tear off cleanly. Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ojú-ìwé A5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="68"/>
        <source>80 mm receipt roll</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwé rìsíìtì yípo 80 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="78"/>
        <source>Tel: {phone}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Fóònù: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="117"/>
        <location filename="../../desktop/ui/printing.py" line="145"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="118"/>
        <location filename="../../desktop/ui/printing.py" line="146"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà aláìsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="119"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pẹ̀lú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="120"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìgbà wo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="122"/>
        <source>Please arrive 15 minutes early and bring this slip.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jọ̀wọ́ dé ní ìṣẹ́jú 15 ṣáájú àkókò, kí o sì mú ìwé ẹ̀rí yìí wá.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="123"/>
        <source>Appointment slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwé ẹ̀rí àdéhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="132"/>
        <source>Cash</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Owó ọwọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="133"/>
        <source>POS (card)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS (káàdì)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="134"/>
        <source>Bank transfer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìfiránṣẹ́ owó láti báǹkì</translation>
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
        <translation>Nọ́ńbà rìsíìtì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="144"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọjọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="148"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ohun tí a sanwó fún</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="149"/>
        <source>Hospital services</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iṣẹ́ ìsìn ilé-ìwòsàn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="151"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iye owó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>In words</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ní ọ̀rọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="153"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀nà ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="156"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà ìtọ́kasí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="158"/>
        <source>Reverses receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ó yí rìsíìtì padà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="159"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="161"/>
        <source>Cashier</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akápò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>Payment reversal</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìyípadà ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="173"/>
        <source>Payment receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rìsíìtì ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="176"/>
        <source>Thank you. Please keep this receipt.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹ ṣé o. Jọ̀wọ́ pa rìsíìtì yìí mọ́.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="95"/>
        <source>Visit note (optional)</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀ ìbẹ̀wò (àṣàyàn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="97"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Parí ìbẹ̀wò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="109"/>
        <source>Choose the visit to complete.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Yan ìbẹ̀wò tí o fẹ́ parí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="120"/>
        <source>Visit completed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti parí ìbẹ̀wò.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="130"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="246"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìgbà wo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="131"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pẹ̀lú</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="132"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ipò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="133"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="142"/>
        <source>call back</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>pè padà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="143"/>
        <source>being followed up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ń tẹ̀lé e</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="144"/>
        <source>closed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ti parí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="161"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A ti fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="162"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìdíyelé</translation>
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
        <translation>Nípa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="165"/>
        <source>Comment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀rọ̀ àsọyé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="166"/>
        <source>Follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìtẹ̀lé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="174"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó wà nínú ìlà — yóò lọ nígbà tí ayélujára bá wà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="175"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ń lọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="176"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ti lọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="177"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó ti dé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="178"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>wọ́n ti kà á</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="179"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ó kùnà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="180"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò ṣeé fi ránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="181"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kò lọ (ó ti kọ̀ ọ́)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="182"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ti fagilé e</translation>
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
        <translation>Ímeèlì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="198"/>
        <source>Written</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìgbà tí a kọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="199"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀nà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="200"/>
        <source>Delivery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìfijíṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="201"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="225"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìfiránṣẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="209"/>
        <source>waiting to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ń dúró de ìmúṣiṣẹ́pọ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="210"/>
        <source>accepted by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sáfà ti gbà á</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="211"/>
        <source>merged with another desk&apos;s edit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a ti dà á pọ̀ mọ́ àtúnṣe tábìlì míì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="212"/>
        <source>refused by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sáfà kọ̀ ọ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="213"/>
        <source>server audit log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>àkọsílẹ̀ àyẹ̀wò sáfà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="221"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="222"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àdéhùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="223"/>
        <source>Payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="224"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Èsì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="226"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àmì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="227"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ẹ̀bùn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="228"/>
        <source>Contact log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìwé ìkànsí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="231"/>
        <source>added</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a fi kún</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="232"/>
        <source>changed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a yí i padà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="233"/>
        <source>deleted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a pa á rẹ́</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="247"/>
        <source>Change</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àyípadà</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="248"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn àpótí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="249"/>
        <source>State</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ipò</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="251"/>
        <source>Changes made at this desk to this patient&apos;s record, appointments, payments, feedback, messages and points, and any server audit entries this desk holds. The full audit trail is kept on the server.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àwọn àyípadà tí a ṣe ní tábìlì yìí sí àkọsílẹ̀ aláìsàn yìí, àwọn àdéhùn, ìsanwó, èsì, ìfiránṣẹ́ àti àmì rẹ̀, àti àkọsílẹ̀ àyẹ̀wò sáfà tí tábìlì yìí ní. Gbogbo ìtàn àyẹ̀wò wà lórí sáfà.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="39"/>
        <source>Received</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ìgbà tí a gbà á</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="40"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà rìsíìtì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="41"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iye owó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="42"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ̀nà ìsanwó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="43"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọ́ńbà ìtọ́kasí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="44"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Àkọsílẹ̀</translation>
    </message>
</context>
</TS>
