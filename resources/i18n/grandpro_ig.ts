<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ig_NG">
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="111"/>
        <source>Add new</source>
        <extracomment>The form&apos;s widest; the list takes the rest of the screen. A column&apos;s widest, so one long value does not push the others off the list. How long typing must pause before the template preview is asked for again. The resource whose form has a live preview. The server holds what this screen shows; no local table change refreshes it. The names of the rows the pages&apos; ids point at, as last listed.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tinye ọhụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="113"/>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="216"/>
        <source>Save</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="117"/>
        <source>New password for the chosen user</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Okwuntughe ọhụrụ maka onye ọrụ a họọrọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="133"/>
        <source>Manage</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jikwaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="202"/>
        <source>Add</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tinye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="233"/>
        <source>Tier thresholds filled in; Save keeps them.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Etinyela oke ọkwa; Chekwaa ga-edobe ha.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="245"/>
        <source>The preview appears once the template has a wording.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nlele ga-apụta ozugbo ndebiri nwere okwu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="255"/>
        <source>Cannot preview: {}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ike ilele: {}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="311"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala ya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/screen.py" line="340"/>
        <source>Please correct the field marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biko mezie ebe e ji uhie kaa akara.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="114"/>
        <source>e.g. 5k, 5,000 or ₦5,000.50</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dịka 5k, 5,000 ma ọ bụ ₦5,000.50</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="123"/>
        <source>Day</source>
        <extracomment>Tables this screen shows: the week grid, the day&apos;s list and each booking&apos;s reminders.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụbọchị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="124"/>
        <source>Week</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Izu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="126"/>
        <source>By clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Site n&apos;aka dọkịta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="127"/>
        <source>By department</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Site na ngalaba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="134"/>
        <source>◀ Previous</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◀ Nke gara aga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="135"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Taa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="136"/>
        <source>Next ▶</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nke ọzọ ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="148"/>
        <source>Reason for cancelling</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara ịkagbu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="149"/>
        <source>Book selected slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Debe oge nleta n&apos;oghere a họọrọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="150"/>
        <source>Move selected booking to slot</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bugharịa oge nleta a họọrọ gaa n&apos;oghere ahụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="151"/>
        <source>Cancel selected booking</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kagbuo oge nleta a họọrọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <location filename="../../desktop/ui/screens/appointments.py" line="207"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="162"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ncheta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="163"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya na</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="202"/>
        <source>Length</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ogologo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="206"/>
        <source>Free slots</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oghere tọgbọrọ</translation>
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
        <translation>Ncheta: {list}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="343"/>
        <source>No reminders planned for this booking yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ncheta a haziri maka oge nleta a ugbu a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="347"/>
        <source>{status} — needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status} — chọrọ oge ọhụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="368"/>
        <source>Booked.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edebela ya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="373"/>
        <source>Select a booking and a free slot first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ oge nleta na oghere tọgbọrọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="377"/>
        <source>Moved to {time}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ebugharịala ya gaa {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="383"/>
        <source>Select the booking to cancel first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ oge nleta ị ga-akagbu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="389"/>
        <source>Cancelled.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akagbuola ya.</translation>
    </message>
</context>
<context>
    <name>CallListScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="59"/>
        <source>Call today</source>
        <extracomment>Tables this screen shows: who to call today, and the calls already logged.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kpọọ taa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọmba onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="62"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ekwentị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge nleta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya na</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="63"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="72"/>
        <source>Note for the contact log (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndetu maka akwụkwọ nkwurịta (nhọrọ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="74"/>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enwetara — o kwadoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="75"/>
        <source>Reached — will reschedule</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enwetara — ga-agbanwe oge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="76"/>
        <source>No answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ zaghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="77"/>
        <source>Wrong number</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọmba na-ezighi ezi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="105"/>
        <source>no phone on file</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>enweghị ekwentị edebere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="114"/>
        <source>Call today ({count})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kpọọ taa ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="119"/>
        <source>Reminder not delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Eziteghị ncheta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="120"/>
        <source>No channel with consent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ụzọ e nyere ikike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="121"/>
        <source>Booking needs a new time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge nleta chọrọ oge ọhụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="122"/>
        <source>Reward refused at sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ajụrụ onyinye n&apos;oge ijikọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="130"/>
        <source>Reached — sorted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enwetara — edozila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="142"/>
        <source>Select the patient you called first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ onye ọrịa ị kpọrọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/call_list.py" line="160"/>
        <source>Saved the call to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala oku a kpọrọ {name}.</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="77"/>
        <source>Campaign</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mkpọsa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="78"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụzọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="79"/>
        <source>Purpose</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ebumnuche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="80"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="81"/>
        <source>Written by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye dere ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="82"/>
        <source>Approved by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye kwadoro ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="92"/>
        <source>No campaigns yet. Campaigns are written on the server; one waiting for a second manager&apos;s approval appears here first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị mkpọsa ọ bụla ugbu a. A na-ede mkpọsa na sava; nke na-eche nkwado onye njikwa nke abụọ ga-apụta ebe a mbụ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="97"/>
        <source>Approve</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kwado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="100"/>
        <source>Cancel campaign</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kagbuo mkpọsa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="134"/>
        <source>Written {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E dere ya {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="159"/>
        <source>Approved “{name}”. The server sends it once it syncs.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwadoro “{name}”. Sava ga-eziga ya ozugbo o mekọrịtara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="172"/>
        <source>Cancelled “{name}”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akagbuola “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="181"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwaghị ya — {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="47"/>
        <source>When</source>
        <extracomment>Tables this screen shows: the open conflicts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="48"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndekọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="49"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ebe ndekọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="50"/>
        <source>Kept value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Uru edobere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="51"/>
        <source>Lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Uru furu efu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="57"/>
        <source>Restore lost value</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Weghachi uru furu efu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="59"/>
        <source>Keep current</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dobe nke ugbu a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="70"/>
        <source>Edits that raced at two desks: the later one was kept</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbanwe e mere na tebụl abụọ n&apos;otu oge: edobere nke ikpeazụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="96"/>
        <source>conflict: choose a conflict in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>conflict: họrọ esemokwu n&apos;ime ndepụta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="105"/>
        <source>Lost value restored.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Eweghachila uru furu efu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/conflicts.py" line="114"/>
        <source>Current value kept.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edobere uru ugbu a.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="54"/>
        <source>DD/MM/YYYY, e.g. {example}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>DD/MM/YYYY, dịka {example}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fields.py" line="58"/>
        <source>Pick on a calendar (F4)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Họrọ na kalenda (F4)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="142"/>
        <source>Save changes</source>
        <extracomment>Fields picked from the shipped list of states and their LGAs. How a choice reads; blood groups and genotypes read as stored (A+, AS).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa mgbanwe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="150"/>
        <source>not known</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>amaghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="161"/>
        <source>Sex</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nwoke/Nwaanyị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="167"/>
        <source>Who pays</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye na-akwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="173"/>
        <source>Consents to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kwenyere na</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/profile/details.py" line="252"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Biko mezie ebe %n e ji uhie kaa akara.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/details.py" line="266"/>
        <source>Saved.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala ya.</translation>
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
        <translation>ajụghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="66"/>
        <source>Save feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa nzaghachi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="72"/>
        <source>Only callbacks I own</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Naanị oku m na-ahụ maka ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="77"/>
        <source>Call back by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kpọghachi tupu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="78"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye na-ahụ maka ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="79"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ezitere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="80"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="113"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="81"/>
        <location filename="../../desktop/ui/screens/feedback.py" line="114"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọkwa</translation>
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
        <translation>Nkọwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="92"/>
        <source>Outcome of the call (required)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe si n&apos;oku ahụ pụta (achọrọ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="96"/>
        <source>Recovered: the patient is satisfied</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edoziela: obi dị onye ọrịa mma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="97"/>
        <source>Not recovered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edozighị ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="98"/>
        <source>Could not reach the patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ike ịkpọtụrụ onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="101"/>
        <source>Close follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mechie nsochi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="104"/>
        <source>Give to</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="115"/>
        <source>Would recommend (0-10)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ ga-atụ aro (0-10)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="116"/>
        <source>About</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Banyere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="123"/>
        <source>Open follow-ups (call these patients back)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nsochi ndị ka emeghe (kpọghachi ndị ọrịa a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="167"/>
        <source>Choose the follow-up and who takes it.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Họrọ nsochi na onye ga-ewere ya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="172"/>
        <source>Follow-up given to {name}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enyela {name} nsochi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="192"/>
        <source>Choose the patient the feedback is from first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ onye ọrịa nzaghachi a si n&apos;aka ya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="212"/>
        <source>Choose the follow-up to close.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Họrọ nsochi ị ga-emechi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="226"/>
        <source>Follow-up closed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Emechiela nsochi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="235"/>
        <source>{due} (overdue)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{due} (oge agafeela)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="203"/>
        <source>Saved. A follow-up call is now open.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala ya. Oku nsochi emepela ugbu a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/feedback.py" line="205"/>
        <source>Saved. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala ya. Daalụ!</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="48"/>
        <source>Import patients from {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bubata ndị ọrịa site na {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Line</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ahịrị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Field</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ebe ndekọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="54"/>
        <source>Problem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nsogbu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="58"/>
        <source>Import</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bubata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="67"/>
        <source>(not in file)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>(anọghị na faịlụ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="94"/>
        <source>Checking {rows} rows…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na-enyocha ahịrị {rows}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="105"/>
        <source>{rows} rows, {bad} with problems. Fix the file or the mapping.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ahịrị {rows}, {bad} nwere nsogbu. Mezie faịlụ ma ọ bụ nhazi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="109"/>
        <source>{rows} rows ready to import.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ahịrị {rows} dị njikere ibubata.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_import.py" line="130"/>
        <source>Imported {count} patients.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ebubatala ndị ọrịa {count}.</translation>
    </message>
</context>
<context>
    <name>LgaBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="168"/>
        <source>Choose the state first</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ steeti</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="74"/>
        <source>Log in to GrandPro CRM</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Banye na GrandPro CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="85"/>
        <source>Log in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Banye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="87"/>
        <source>Cancel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kagbuo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="92"/>
        <source>Username</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aha njirimara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="93"/>
        <source>Password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Okwuntughe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="94"/>
        <source>Open an owner profile on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mepee profaịlụ onye nwe na kọmputa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="97"/>
        <source>This PC holds the hospital&apos;s patient records, which an owner&apos;s view never shows, so hospital owners sign in to a separate owner profile: its own encrypted database, registered as the owner&apos;s device.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọmputa a nwere ndekọ ndị ọrịa nke ụlọ ọgwụ, nke onye nwe anaghị ahụ, ya mere ndị nwe ụlọ ọgwụ na-abanye na profaịlụ onye nwe dị iche: ebe nchekwa data nke ya ezoro ezo, edebanyere aha dịka ngwaọrụ onye nwe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="180"/>
        <source>Hospital owners: this PC holds patient records, so tick “Open an owner profile on this PC”.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndị nwe ụlọ ọgwụ: kọmputa a nwere ndekọ ndị ọrịa, ya mere kaa akara “Mepee profaịlụ onye nwe na kọmputa a”.</translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="30"/>
        <source>Loyalty program</source>
        <extracomment>Tables this screen shows.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mmemme ntụkwasị obi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="36"/>
        <source>Earned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enwetara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="37"/>
        <source>Redeemed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Agbanwere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="38"/>
        <source>Expired</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Agwụla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="44"/>
        <source>Points by month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akara kwa ọnwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="69"/>
        <source>Rewards redeemed most this year</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onyinye a gbanwere karịa n&apos;afọ a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="77"/>
        <source>{n} members</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndị otu {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="81"/>
        <source>Silver from {silver}, Gold from {gold} lifetime points, no Platinum; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver site na akara {silver}, Gold site na {gold} n&apos;ogologo oge, enweghị Platinum; {visit} maka nleta ọ bụla, {feedback} maka nzaghachi ọ bụla, {spend} maka ₦{unit:,} ọ bụla a kwụrụ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/loyalty_program.py" line="86"/>
        <source>Silver from {silver}, Gold from {gold}, Platinum from {platinum} lifetime points; {visit} a visit, {feedback} a feedback, {spend} per ₦{unit:,} paid.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Silver site na akara {silver}, Gold site na {gold}, Platinum site na {platinum} n&apos;ogologo oge; {visit} maka nleta ọ bụla, {feedback} maka nzaghachi ọ bụla, {spend} maka ₦{unit:,} ọ bụla a kwụrụ.</translation>
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
        <translation>Agbanwebeghị onyinye ọ bụla n&apos;afọ a.</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="94"/>
        <source>Why, e.g. points lost when the desk was offline</source>
        <extracomment>Tier moves shown without scrolling; older ones are a scroll away.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara, dịka akara furu efu mgbe tebụl anọghị n&apos;ịntanetị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="95"/>
        <source>Adjust points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dozie akara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="98"/>
        <source>Redeem</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbanwee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="105"/>
        <source>Add to pool (guardian consents)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tinye n&apos;ọnụ ezinụlọ (onye nlekọta kwenyere)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="107"/>
        <source>Redeem from pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Were site n&apos;ọnụ ezinụlọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụbọchị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Tier move</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbanwe ọkwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="112"/>
        <source>Up or down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Elu ma ọ bụ ala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="113"/>
        <source>No tier moves recorded yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edebeghị mgbanwe ọkwa ọ bụla ugbu a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="115"/>
        <source>Why</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="142"/>
        <source>Family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnụ ezinụlọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="151"/>
        <source>Tier moves</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbanwe ọkwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="175"/>
        <source>End the family pool</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kwụsị ọnụ ezinụlọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="177"/>
        <source>Leave the pool (consent withdrawn)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pụọ n&apos;ọnụ ezinụlọ (a wepụla nkwenye)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="181"/>
        <source>{name} (guardian)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} (onye nlekọta)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="185"/>
        <source>{names} · {points} points together</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{names} · akara {points} ọnụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="190"/>
        <source>Not pooling with the household yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ bụbeghị n&apos;ọnụ ezinụlọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>elu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="228"/>
        <source>down</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="244"/>
        <source>{tier} since {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} kemgbe {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="251"/>
        <source>{tier} kept until {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{tier} ruo {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="258"/>
        <source>{held} on hold from recent payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{held} ejidere site na ịkwụ ụgwọ na nso nso a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="263"/>
        <source>{needed} more to {tier}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{needed} ọzọ iru {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="270"/>
        <source>{points} expire on {day}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{points} ga-agwụ na {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="276"/>
        <source>can have: {rewards}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>nwere ike inweta: {rewards}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="291"/>
        <source>Adjusted by {points} points.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edoziela site na akara {points}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="297"/>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="346"/>
        <source>Choose a reward first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ onyinye.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="308"/>
        <source>Redeemed {reward}. Code {code}: the cashier types it on the payment. {points} points left.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Agbanwela {reward}. Koodu {code}: onye na-anata ego ga-ede ya na ịkwụ ụgwọ. Akara {points} fọdụrụ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="141"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onyinye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="143"/>
        <source>Adjust</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dozie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="202"/>
        <source>{points} points · {tier} tier · {lifetime} earned in all</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akara {points} · ọkwa {tier} · {lifetime} enwetara n&apos;ozuzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="213"/>
        <source>{name} ({cost} points)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} (akara {cost})</translation>
    </message>
    <message>
        <source>reward_id: choose a reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">reward_id: họrọ onyinye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="326"/>
        <source>Added to the family pool, with the guardian&apos;s consent.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Etinyela ya n&apos;ọnụ ezinụlọ, site n&apos;nkwenye onye nlekọta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="337"/>
        <source>The family pool has ended: everyone&apos;s points are their own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnụ ezinụlọ akwụsịla: akara onye ọ bụla bụ nke ya ọzọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="339"/>
        <source>Left the family pool: these points are the patient&apos;s own again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ pụọla n&apos;ọnụ ezinụlọ: akara ndị a bụ nke onye ọrịa ọzọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="358"/>
        <source>Redeemed {reward} from the family pool. Code {code}: the cashier types it on the payment.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Eweela {reward} site n&apos;ọnụ ezinụlọ. Koodu {code}: onye na-anara ego ga-etinye ya na ịkwụ ụgwọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/loyalty.py" line="365"/>
        <source>Not saved — {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwaghị ya — {reason}</translation>
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
        <translation>Nchịkwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Settings</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ntọala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Switch user…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbanwee onye ọrụ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>Sign out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Pụọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Taa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>Patients</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndị ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Appointments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge nleta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Call today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kpọọ taa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nzaghachi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>Messages</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ozi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Sync health</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ahụike ijikọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Conflicts</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Esemokwu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ntụkwasị obi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Campaigns</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mkpọsa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>Dashboard</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dashbọọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>Statements</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nkwupụta ego</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Payout calendar</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kalenda ịkwụ ụgwọ</translation>
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
        <translation>Dee ozi ahụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="75"/>
        <source>Send</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ziga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Written</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>E dere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="81"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ozi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="88"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="89"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụzọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="90"/>
        <source>Template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndebiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="91"/>
        <source>Subject</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Isiokwu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="92"/>
        <source>Preview</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nlele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="99"/>
        <source>Messages to this patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ozi e zigaara onye ọrịa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="118"/>
        <source>Write a message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dee ozi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="184"/>
        <source>{n} SMS segment(s)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akụkụ SMS {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="190"/>
        <source>Choose the patient to write to first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ onye ọrịa ị ga-edere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="196"/>
        <source>template: choose a message template</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>template: họrọ ndebiri ozi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="200"/>
        <location filename="../../desktop/ui/screens/messages.py" line="218"/>
        <source>Queued — will send when online.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Etinyela n&apos;ahịrị — ga-eziga mgbe ịntanetị dị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="229"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>etinyela n&apos;ahịrị — ga-eziga mgbe ịntanetị dị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="230"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>na-eziga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="231"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ezigala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="232"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>eruola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="233"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>agụọla ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="234"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ọ dara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="235"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>enweghị ike iru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="236"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ezighị (ọ jụrụ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/messages.py" line="237"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>akagbuola</translation>
    </message>
</context>
<context>
    <name>OwnerDashboardScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="43"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: the owner&apos;s hospitals, payouts and messages.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụdị ego</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="50"/>
        <source>Revenue</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego mbata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="51"/>
        <source>Payouts</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ịkwụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="79"/>
        <source>Pending payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ịkwụ na-echere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="80"/>
        <source>Satisfaction</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Afọ ojuju</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="81"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mweghachi ọrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="82"/>
        <source>Contract</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nkwekọrịta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="95"/>
        <source>Recent communications</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nkwurịta ozi na nso nso a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="108"/>
        <source>The first sync is running: your hospitals&apos; figures appear when it ends.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ijikọ mbụ na-aga: ọnụ ọgụgụ ụlọ ọgwụ gị ga-apụta mgbe ọ gwụrụ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="118"/>
        <source>{owner}: last 12 months</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{owner}: ọnwa 12 gara aga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="121"/>
        <source>no survey answers yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>enweghị azịza nyocha ugbu a</translation>
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
        <translation>enweghị nzaghachi ọjọọ a ga-edozi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="141"/>
        <source>{rate} this month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} n&apos;ọnwa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="142"/>
        <source>{rate} this month ({last} last month)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{rate} n&apos;ọnwa a ({last} n&apos;ọnwa gara aga)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="148"/>
        <source>no contract synced</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>enweghị nkwekọrịta ejikọrọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="150"/>
        <source>{status}, open-ended</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, enweghị njedebe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="151"/>
        <source>{status}, renews {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{status}, ga-emegharị ọhụrụ {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="172"/>
        <source>No revenue or payouts yet: each month&apos;s revenue appears as the hospital records payments, and its payout after the monthly run on the 1st.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ego batara ma ọ bụ ịkwụ ụgwọ ka ugbu a: ego bata kwa ọnwa na-apụta ka ụlọ ọgwụ na-edekọ ịkwụ ụgwọ, ịkwụ ụgwọ ya na-apụta mgbe ngụkọ ọnwa ọ bụla gachara n&apos;ụbọchị mbụ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/owner_dashboard.py" line="178"/>
        <source>Revenue and payouts ({currency})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego mbata na ego ịkwụ ({currency})</translation>
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
        <translation>Dee aha ma ọ bụ ekwentị onye ọrịa</translation>
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
        <translation>Onye ọrịa — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="69"/>
        <source>Details &amp;&amp; medical</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nkọwa &amp;&amp; ahụike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="70"/>
        <source>Appointments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge nleta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="71"/>
        <source>Payments</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="72"/>
        <source>Loyalty</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ntụkwasị obi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="73"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nzaghachi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="74"/>
        <source>Messages</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ozi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patient_profile.py" line="75"/>
        <source>History</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akụkọ</translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="61"/>
        <source>Search by name, phone (0803 123 4567) or patient number</source>
        <extracomment>Profiles kept after their window is closed, so reopening a patient is instant. Tables this screen shows: the register and search results.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chọọ site n&apos;aha, ekwentị (0803 123 4567) ma ọ bụ nọmba onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="74"/>
        <source>Register patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Debanye onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="76"/>
        <source>Import CSV or Excel…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bubata CSV ma ọ bụ Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="79"/>
        <source>Register this patient</source>
        <extracomment>Offered when a search finds nobody: register the person just looked for.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Debanye onye ọrịa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="85"/>
        <source>Open profile (Alt+O)</source>
        <extracomment>After a registration, the next natural step: the new patient&apos;s profile.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mepee profaịlụ onye ọrịa (Alt+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="128"/>
        <source>Import patients</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bubata ndị ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="131"/>
        <source>Patient registers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndekọ ndị ọrịa (*.csv *.xlsx);;Faịlụ CSV (*.csv);;Akwụkwọ ọrụ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="153"/>
        <source>Registered {name} as {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edebanyela {name} dịka {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="157"/>
        <source>Same phone as (household): {names}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Otu ekwentị ya na (ezinụlọ): {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>%n patient(s) found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Achọtara ndị ọrịa %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/patients.py" line="193"/>
        <source>No patient found</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Achọtaghị onye ọrịa ọ bụla</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="66"/>
        <source>Payment from {patient}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ịkwụ ụgwọ site n&apos;aka {patient}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="73"/>
        <source>POS, transfer or HMO reference (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS, nnyefe ego ma ọ bụ ntụaka HMO (nhọrọ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="96"/>
        <source>Save payment</source>
        <extracomment>What was saved, in the stylesheet&apos;s success colour (never in error red).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="87"/>
        <location filename="../../desktop/ui/screens/payments.py" line="102"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="75"/>
        <source>e.g. Consultation, lab test (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dịka ịhụ dọkịta, nnwale ụlọ nyocha (nhọrọ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="78"/>
        <source>Loyalty reward code, e.g. K7QM-3ZD9 (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Koodu onyinye ntụkwasị obi, dịka K7QM-3ZD9 (nhọrọ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="103"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe a kwụrụ ụgwọ ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="104"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụzọ ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="105"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ntụaka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="106"/>
        <source>Reward code</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Koodu onyinye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="140"/>
        <source>Saved {amount} — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala {amount} — rịsịt {number}.</translation>
    </message>
</context>
<context>
    <name>PaymentsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="202"/>
        <source>Take payment…</source>
        <extracomment>Tables this screen shows: a day&apos;s payments (revenue entries) and their receipts.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nara ego…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="209"/>
        <source>Today</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Taa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="214"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="215"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọmba rịsịt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="216"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="217"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọmba onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="218"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="219"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụzọ ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="220"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ntụaka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="221"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndetu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="233"/>
        <source>Payments on</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ịkwụ ụgwọ n&apos;ụbọchị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="266"/>
        <source>Choose the patient who is paying first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ onye ọrịa na-akwụ ụgwọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="281"/>
        <source>No payments on this day.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ịkwụ ụgwọ n&apos;ụbọchị a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="291"/>
        <source>{parts} · Total {total}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{parts} · Ngụkọta {total}</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="50"/>
        <source>Take payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nara ego…</translation>
    </message>
</context>
<context>
    <name>PayoutCalendarScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="36"/>
        <source>Payout calendar</source>
        <extracomment>Tables this screen shows: payouts due per contract.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kalenda ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="40"/>
        <source>Each month&apos;s payout is computed at 06:00 (Lagos) on the 1st of the next month.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>A na-agbakọ ego ịkwụ nke ọnwa ọ bụla n&apos;elekere 06:00 (Lagos) n&apos;ụbọchị 1 nke ọnwa na-esote.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="47"/>
        <source>Month</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="48"/>
        <source>Hospital</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụlọ ọgwụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="49"/>
        <source>Payout run</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ngụkọ ego ịkwụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="50"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="51"/>
        <source>Net payout</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ịkwụ fọdụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="52"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwadola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="53"/>
        <source>Paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwụọla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="92"/>
        <source>No contract or payout has synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị nkwekọrịta ma ọ bụ ego ịkwụ ejikọtara na kọmputa a ugbu a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="97"/>
        <source>expected</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a na-atụ anya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="98"/>
        <source>awaiting approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>na-echere nkwado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="99"/>
        <source>approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>akwadola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="100"/>
        <source>paid</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>akwụọla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/payout_calendar.py" line="101"/>
        <source>failed, to be retried</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ọ dara, a ga-anwa ọzọ</translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="59"/>
        <source>Print receipt…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bipụta rịsịt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="62"/>
        <source>Save receipt as PDF…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa rịsịt dịka PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="64"/>
        <source>Reverse payment…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbanwee ịkwụ ụgwọ azụ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="69"/>
        <source>Paper</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwụkwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="106"/>
        <source>Save receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa rịsịt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Faịlụ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryNotifier</name>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="63"/>
        <source>Low feedback: {patient} gave {rating}/5. Call back by {due}.</source>
        <extracomment>What a change must touch to be worth a look. The sentence announcing new callbacks (one per batch that arrives).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nzaghachi ọjọọ: {patient} nyere {rating}/5. Kpọghachi tupu {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="68"/>
        <source>{count} new low-feedback callbacks; the first is due by {due}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oku nzaghachi ọjọọ ọhụrụ {count}; nke mbụ ga-eme tupu {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_notice.py" line="84"/>
        <source>Service recovery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mweghachi ọrụ</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="96"/>
        <source>Register a patient</source>
        <extracomment>The fields in the order the form shows them, and a clerk tabs through them. The fields typed as plain text (the others have their own widgets). Labels this form words differently from the column&apos;s label (``field_label``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Debanye onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="100"/>
        <source>e.g. IKJ01-000042</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>dịka IKJ01-000042</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Female</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nwaanyị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Male</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nwoke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="104"/>
        <source>Choose…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Họrọ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/registration.py" line="114"/>
        <source>Different person — save anyway</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọzọ — chekwaa ya agbanyeghị</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screens/registration.py" line="185"/>
        <source>Please correct the %n field(s) marked in red.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Biko mezie ebe %n e ji uhie kaa akara.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="129"/>
        <source>Reverse payment {number}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbanwee ịkwụ ụgwọ {number} azụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="133"/>
        <source>Why, e.g. charged twice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara, dịka a nara ego ugboro abụọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="135"/>
        <source>Reverses {amount} from {patient}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ na-agbanwe {amount} site n&apos;aka {patient} azụ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="140"/>
        <source>Reverse payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Gbanwee ịkwụ ụgwọ azụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="144"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/receipt_buttons.py" line="160"/>
        <source>Reversed — receipt {number}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Agbanweela azụ — rịsịt {number}.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="59"/>
        <source>Work offline only (a standalone clinic)</source>
        <extracomment>Tables this screen shows: this PC&apos;s registration (the form stays as typed).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rụọ ọrụ na-enweghị ịntanetị naanị (ụlọ ọgwụ kwụụrụ onwe ya)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="68"/>
        <source>Save settings</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa ntọala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="77"/>
        <source>The system&apos;s default printer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Igwe mbipụta ndabara nke sistemụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="84"/>
        <source>Server address</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adreesị sava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="86"/>
        <source>Language</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Asụsụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="87"/>
        <source>Lock after idle (minutes)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kpọchie mgbe enweghị ọrụ (nkeji)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="88"/>
        <source>Printer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Igwe mbipụta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="89"/>
        <source>This PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọmputa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="112"/>
        <source>Registered with the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edebanyela na sava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="114"/>
        <source>Not registered (works offline only)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edebanyeghị (na-arụ ọrụ na-enweghị ịntanetị naanị)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>Name: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aha: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="116"/>
        <source>not named</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>enweghị aha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>Hospital: {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụlọ ọgwụ: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="117"/>
        <source>none yet</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ọ dịbeghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="118"/>
        <source>Patient number prefix: {prefix}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mmalite nọmba onye ọrịa: {prefix}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/settings.py" line="152"/>
        <source>Saved. A new server address takes effect when the app starts again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala ya. Adreesị sava ọhụrụ ga-amalite ọrụ mgbe ngwa ahụ malitere ọzọ.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup.py" line="45"/>
        <source>Set up GrandPro CRM on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Hazie GrandPro CRM na kọmputa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="48"/>
        <source>Enter the address of your hospital&apos;s GrandPro server. After it answers, a manager logs in once to register this PC. A clinic without a server can work offline only.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tinye adreesị sava GrandPro nke ụlọ ọgwụ gị. Mgbe ọ zara, onye njikwa ga-abanye otu ugboro iji debanye kọmputa a. Ụlọ ọgwụ na-enweghị sava nwere ike ịrụ ọrụ na-enweghị ịntanetị naanị.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="59"/>
        <source>Connect to server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jikọọ na sava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="62"/>
        <source>Work offline only</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rụọ ọrụ na-enweghị ịntanetị naanị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="70"/>
        <source>Server address</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Adreesị sava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="82"/>
        <source>Create the account and start</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mepụta akaụntụ ma malite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="84"/>
        <source>The clinic manager&apos;s account on this PC</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akaụntụ onye njikwa ụlọ ọgwụ na kọmputa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="86"/>
        <source>Full name</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aha zuru ezu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="87"/>
        <source>Username</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aha njirimara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="88"/>
        <source>Password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Okwuntughe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="89"/>
        <source>Repeat password</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dee okwuntughe ọzọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup.py" line="114"/>
        <source>Checking the server…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na-enyocha sava…</translation>
    </message>
</context>
<context>
    <name>StateBox</name>
    <message>
        <location filename="../../desktop/ui/fields.py" line="151"/>
        <source>Type to find the state</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dee iji chọta steeti</translation>
    </message>
</context>
<context>
    <name>StatementsScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="57"/>
        <source>Currency</source>
        <extracomment>Tables this screen shows: statements, payouts and their responses.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụdị ego</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="60"/>
        <source>Save PDF</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="63"/>
        <source>Export CSV</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bupụta CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="66"/>
        <source>Export Excel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bupụta Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="70"/>
        <source>Reason (needed to dispute)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara (achọrọ iji mee mkpesa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="71"/>
        <source>Acknowledge</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kwado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="75"/>
        <source>Dispute</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mee mkpesa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="85"/>
        <source>Period</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="113"/>
        <source>No statement to act on yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị nkwupụta ego a ga-arụ ọrụ na ya ugbu a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="129"/>
        <source>No payouts have synced to this computer yet.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ego ịkwụ ejikọtara na kọmputa a ugbu a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="161"/>
        <source>Net payout: {net}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ịkwụ fọdụrụ: {net}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="168"/>
        <source>Acknowledged on {date}.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwadoro ya na {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="169"/>
        <source>Disputed on {date}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Emere mkpesa na {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="172"/>
        <source>resolved on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>edoziri na {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="174"/>
        <source>rejected on {date}: {resolution}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ajụrụ na {date}: {resolution}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="176"/>
        <source>open, waiting for GrandPro&apos;s answer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ọ ka meghere, na-echere azịza GrandPro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="183"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Faịlụ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="184"/>
        <source>CSV files (*.csv)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Faịlụ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="185"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwụkwọ ọrụ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="189"/>
        <source>Save statement</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Chekwaa nkwupụta ego</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="209"/>
        <source>Saved {name}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Echekwala {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="227"/>
        <source>Dispute sent to GrandPro.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ezigala mkpesa na GrandPro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/statements.py" line="229"/>
        <source>Statement acknowledged. Thank you!</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwadola nkwupụta ego. Daalụ!</translation>
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
        <translation>Mgbe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="71"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndekọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="66"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ebe ndekọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="72"/>
        <source>Why the server refused it</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe mere sava ji jụ ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="73"/>
        <source>Refused values</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Uru a jụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="77"/>
        <source>Edit and send again</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dezie ma ziga ọzọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="79"/>
        <source>Send again unchanged</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ziga ọzọ n&apos;agbanweghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="81"/>
        <source>Discard</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tụfuo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="101"/>
        <source>Changes the server refused</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbanwe sava jụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="114"/>
        <source>Sync stopped since {when}: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ijikọ kwụsịrị kemgbe {when}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="133"/>
        <source>{pending} change(s) waiting to sync · last sync {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbanwe {pending} na-echere ijikọ · ijikọ ikpeazụ {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="138"/>
        <source>Waiting to sync (newest {shown} of {total})</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na-echere ijikọ (ndị ọhụrụ {shown} n&apos;ime {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="172"/>
        <location filename="../../desktop/ui/screens/sync_health.py" line="189"/>
        <source>Choose a refused change in the list first.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Buru ụzọ họrọ mgbanwe a jụrụ n&apos;ime ndepụta.</translation>
    </message>
    <message>
        <source>change: choose a refused change in the list</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation type="vanished">change: họrọ mgbanwe a jụrụ n&apos;ime ndepụta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="196"/>
        <source>Corrected change queued to sync.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Etinyela mgbanwe edoziri n&apos;ahịrị ijikọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="201"/>
        <source>Change queued to sync again.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Etinyeghachila mgbanwe n&apos;ahịrị ijikọ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/sync_health.py" line="216"/>
        <source>Refused change discarded.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Atụfuola mgbanwe a jụrụ.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status.py" line="45"/>
        <source>Try now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nwaa ugbu a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="46"/>
        <source>Sync now instead of waiting for the next try</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jikọọ ugbu a kama ichere nnwale ọzọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="64"/>
        <source>● Online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>● N&apos;ịntanetị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="66"/>
        <source>◌ Connecting…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>◌ Na-ejikọ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="68"/>
        <source>○ Offline</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Enweghị ịntanetị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="70"/>
        <source>○ Offline since {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>○ Enweghị ịntanetị kemgbe {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status.py" line="84"/>
        <source>%n change(s) to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>
            <numerusform>Mgbanwe %n ga-ejikọ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="87"/>
        <source>Last sync: {when}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ijikọ ikpeazụ: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="94"/>
        <source>Sync stopped: {error}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ijikọ kwụsịrị: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="96"/>
        <source> · retrying in {s} s</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation> · a ga-anwa ọzọ n&apos;ime {s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="124"/>
        <source>, about {s} s left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, ihe dịka {s} s fọdụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="125"/>
        <source>, about {m} min left</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>, ihe dịka {m} nkeji fọdụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status.py" line="115"/>
        <source>First sync: {done} of {total} rows{left}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ijikọ mbụ: ahịrị {done} n&apos;ime {total}{left}</translation>
    </message>
</context>
<context>
    <name>TierPresets</name>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Standard scale</source>
        <extracomment>The Administration page whose form holds a program&apos;s tier thresholds.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọkwa nkịtị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="37"/>
        <source>Compact scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọkwa dị mkpirikpi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="46"/>
        <source>Use this scale</source>
        <extracomment>The chosen scale&apos;s tiers, under the choice (the form&apos;s panel is narrow).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Jiri ọkwa a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/administration/presets.py" line="54"/>
        <source>Tier scale</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọkwa dị iche iche</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="127"/>
        <source>No appointments today. Book one on the Appointments screen, or register a walk-in (Alt+W).</source>
        <extracomment>Tables this screen shows: the day&apos;s appointments and the waiting queue.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị oge nleta taa. Debe otu na ihuenyo Oge nleta, ma ọ bụ debanye ọbịbịa ozugbo (Alt+W).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="136"/>
        <source>Check in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kọọ mbata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="137"/>
        <source>Mark no-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Kaa akara na ọ bịaghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="140"/>
        <source>Visit note (optional)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndetu nleta (nhọrọ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="142"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mechaa nleta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="143"/>
        <source>Print slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Bipụta mpempe akwụkwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="145"/>
        <source>Walk-in…</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọbịbịa ozugbo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="174"/>
        <source>Waiting now</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndị na-echere ugbu a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="183"/>
        <source>Today, {date}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Taa, {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="255"/>
        <source>{name} — since {time}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{name} — kemgbe {time}</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="51"/>
        <source>Register arrival</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Debanye mbata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="55"/>
        <source>Walk-in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọbịbịa ozugbo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="57"/>
        <source>To see</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ga-ahụ ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/today.py" line="73"/>
        <source>{department} (department)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{department} (ngalaba)</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="88"/>
        <source>{booked} booked</source>
        <extracomment>Bookings listed in one week cell before the rest are counted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} edebela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="90"/>
        <source>{booked} booked · {free} free</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>{booked} edebela · {free} tọgbọrọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/appointments.py" line="94"/>
        <source>+{count} more</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>+{count} ọzọ</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="288"/>
        <source>Something went wrong</source>
        <extracomment>Who hears of a sign-in at the sync&apos;s own prompt (the shell, which may rebuild the window). This PC&apos;s owner profile, once an owner chose it at sign-in (see ``owner_profile``).</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe adịghị mma mere</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="353"/>
        <source>Cannot start</source>
        <extracomment>The object name of the installed GrandPro translation, so a new choice replaces it.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Enweghị ike ịmalite</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="39"/>
        <source>Draft</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndepụta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="40"/>
        <source>Waiting for approval</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na-eche nkwado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="41"/>
        <source>Approved</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwadoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edoziri oge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="43"/>
        <source>Sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Na-eziga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="44"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ezigala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="45"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akagbuola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="51"/>
        <source>Health education</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mmụta ahụike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="52"/>
        <source>Service notice</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọkwa ọrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="53"/>
        <source>Promotional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbasa ozi ahịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/campaigns.py" line="54"/>
        <source>Transactional</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nke azụmahịa</translation>
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
        <translation>ọ dịbeghị mgbe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="42"/>
        <source>Scheduled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Edebela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="43"/>
        <source>Confirmed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>O kwadoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="44"/>
        <source>Checked in</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ bịarutela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="45"/>
        <source>Seen</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Emechala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="46"/>
        <location filename="../../desktop/ui/format.py" line="61"/>
        <source>Cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akagbuola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="47"/>
        <source>No-show</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ bịaghị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="55"/>
        <source>Planned</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ahaziri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="56"/>
        <source>Queued</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Etinyela n&apos;ahịrị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="57"/>
        <source>Sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ezigala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="58"/>
        <source>Delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Eruola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="59"/>
        <source>Failed — call</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ dara — kpọọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="60"/>
        <source>Opted out</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ jụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="62"/>
        <source>Skipped</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Awụfela</translation>
    </message>
</context>
<context>
    <name>header</name>
    <message>
        <location filename="../../desktop/ui/header.py" line="22"/>
        <source>Administrator</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye nchịkwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="23"/>
        <source>Manager</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye njikwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="24"/>
        <source>Front desk</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Tebụl nnabata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="25"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dọkịta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header.py" line="26"/>
        <source>Owner</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye nwe</translation>
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
        <translation>Nọmba onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="122"/>
        <source>Name</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Aha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="123"/>
        <source>Phone</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ekwentị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="124"/>
        <source>Date of birth</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụbọchị ọmụmụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="216"/>
        <source>Time</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="217"/>
        <source>Clinician</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Dọkịta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="218"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="220"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="221"/>
        <source>Reminder</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ncheta</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <location filename="../../desktop/ui/screens/payments.py" line="182"/>
        <source>Reverses {number}: {reason}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ na-agbanwe {number} azụ: {reason}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="67"/>
        <source>A5 page</source>
        <extracomment>Where the document finds the logo image (added as a resource, never read from disk by URL). The shortest roll page: a few lines of receipt still tear off cleanly. Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Peeji A5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="68"/>
        <source>80 mm receipt roll</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mpịakọta rịsịt 80 mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="78"/>
        <source>Tel: {phone}</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ekwentị: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="117"/>
        <location filename="../../desktop/ui/printing.py" line="145"/>
        <source>Patient</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="118"/>
        <location filename="../../desktop/ui/printing.py" line="146"/>
        <source>Patient no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọmba onye ọrịa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="119"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya na</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="120"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="122"/>
        <source>Please arrive 15 minutes early and bring this slip.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Biko bịa nkeji 15 tupu oge gị, ma weta mpempe akwụkwọ a.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="123"/>
        <source>Appointment slip</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mpempe akwụkwọ oge nleta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="132"/>
        <source>Cash</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego n&apos;aka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="133"/>
        <source>POS (card)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>POS (kaadị)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="134"/>
        <source>Bank transfer</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nnyefe ego site na bankị</translation>
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
        <translation>Nọmba rịsịt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="144"/>
        <source>Date</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụbọchị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="148"/>
        <source>Paid for</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe a kwụrụ ụgwọ ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="149"/>
        <source>Hospital services</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọrụ ụlọ ọgwụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="151"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>In words</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>N&apos;okwu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="153"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụzọ ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="156"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ntụaka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="158"/>
        <source>Reverses receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọ na-agbanwe rịsịt azụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="159"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="161"/>
        <source>Cashier</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onye na-anata ego</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>Payment reversal</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ngbanwe ịkwụ ụgwọ azụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="173"/>
        <source>Payment receipt</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Rịsịt ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="176"/>
        <source>Thank you. Please keep this receipt.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Daalụ. Biko chekwaa rịsịt a.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="95"/>
        <source>Visit note (optional)</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndetu nleta (nhọrọ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="97"/>
        <source>Complete visit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mechaa nleta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="109"/>
        <source>Choose the visit to complete.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Họrọ nleta ị ga-emecha.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="120"/>
        <source>Visit completed.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Emechala nleta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="130"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="246"/>
        <source>When</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="131"/>
        <source>With</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ya na</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="132"/>
        <source>Status</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="133"/>
        <source>Reason</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ihe kpatara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="142"/>
        <source>call back</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>kpọghachi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="143"/>
        <source>being followed up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>a na-esochi ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="144"/>
        <source>closed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>emechiela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="161"/>
        <source>Submitted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ezitere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="162"/>
        <source>Rating</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọkwa</translation>
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
        <translation>Banyere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="165"/>
        <source>Comment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nkọwa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="166"/>
        <source>Follow-up</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nsochi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="174"/>
        <source>queued — will send when online</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>etinyela n&apos;ahịrị — ga-eziga mgbe ịntanetị dị</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="175"/>
        <source>sending</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>na-eziga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="176"/>
        <source>sent</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ezigala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="177"/>
        <source>delivered</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>eruola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="178"/>
        <source>read</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>agụọla ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="179"/>
        <source>failed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ọ dara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="180"/>
        <source>undeliverable</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>enweghị ike iru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="181"/>
        <source>not sent (opted out)</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ezighị (ọ jụrụ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="182"/>
        <source>cancelled</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>akagbuola</translation>
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
        <translation>E dere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="199"/>
        <source>Channel</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụzọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="200"/>
        <source>Delivery</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Iziga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="201"/>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="225"/>
        <source>Message</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ozi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="209"/>
        <source>waiting to sync</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>na-echere ijikọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="210"/>
        <source>accepted by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sava anabatala ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="211"/>
        <source>merged with another desk&apos;s edit</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ejikọtara ya na mgbanwe tebụl ọzọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="212"/>
        <source>refused by the server</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>sava jụrụ ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="213"/>
        <source>server audit log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ndekọ nyocha sava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="221"/>
        <source>Record</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndekọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="222"/>
        <source>Appointment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Oge nleta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="223"/>
        <source>Payment</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="224"/>
        <source>Feedback</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nzaghachi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="226"/>
        <source>Points</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="227"/>
        <source>Reward</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Onyinye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="228"/>
        <source>Contact log</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Akwụkwọ nkwurịta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="231"/>
        <source>added</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>etinyere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="232"/>
        <source>changed</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>agbanwere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="233"/>
        <source>deleted</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>ehichapụrụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="247"/>
        <source>Change</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbanwe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="248"/>
        <source>Fields</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ebe ndekọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="249"/>
        <source>State</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ọnọdụ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/lists.py" line="251"/>
        <source>Changes made at this desk to this patient&apos;s record, appointments, payments, feedback, messages and points, and any server audit entries this desk holds. The full audit trail is kept on the server.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbanwe e mere na tebụl a na ndekọ onye ọrịa a, oge nleta, ịkwụ ụgwọ, nzaghachi, ozi na akara ya, na ndekọ nyocha sava ọ bụla tebụl a nwere. Akụkọ nyocha zuru ezu dị na sava.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="39"/>
        <source>Received</source>
        <extracomment>Qt&apos;s translate, by the name lupdate looks for: each call names its context and a literal text, so the string is found and extracted.</extracomment>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Mgbe a natara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="40"/>
        <source>Receipt no.</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Nọmba rịsịt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="41"/>
        <source>Amount</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ego ole</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="42"/>
        <source>Paid by</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ụzọ ịkwụ ụgwọ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="43"/>
        <source>Reference</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ntụaka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screens/profile/payments.py" line="44"/>
        <source>Note</source>
        <translatorcomment>machine-assisted draft, for review</translatorcomment>
        <translation>Ndetu</translation>
    </message>
</context>
</TS>
