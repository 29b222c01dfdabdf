<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Original date</translation>
    </message>
    <message>
        <source>Age / years</source>
        <translation>Age / years</translation>
    </message>
    <message>
        <source>Greeted</source>
        <translation>Greeted</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>AnniversaryDialog</name>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>Solar (양력)</source>
        <translation>Solar (양력)</translation>
    </message>
    <message>
        <source>Lunar (음력)</source>
        <translation>Lunar (음력)</translation>
    </message>
    <message>
        <source>Leap month (윤달)</source>
        <translation>Leap month (윤달)</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <source>e.g. first visit, daughter&apos;s school entry</source>
        <translation>e.g. first visit, daughter&apos;s school entry</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Month / day</source>
        <translation>Month / day</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>AnniversaryEditor</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this anniversary? The calendar will no longer show it.</source>
        <translation>Delete this anniversary? The calendar will no longer show it.</translation>
    </message>
    <message>
        <source>Delete anniversary</source>
        <translation>Delete anniversary</translation>
    </message>
</context>
<context>
    <name>ApologisePage</name>
    <message>
        <source>2. Apologise</source>
        <translation>2. Apologise</translation>
    </message>
    <message>
        <source>A serious complaint needs the owner or a manager to apologise in person.</source>
        <translation>A serious complaint needs the owner or a manager to apologise in person.</translation>
    </message>
    <message>
        <source>In person, face to face</source>
        <translation>In person, face to face</translation>
    </message>
    <message>
        <source>Who apologised *</source>
        <translation>Who apologised *</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AtRiskPanel</name>
    <message>
        <source>Regulars who have not come back</source>
        <translation>Regulars who have not come back</translation>
    </message>
    <message>
        <source>{name} · last visit {date}
usually every {gap} days</source>
        <translation>{name} · last visit {date}
usually every {gap} days</translation>
    </message>
    <message>
        <source>Nobody: your regulars come as usual.</source>
        <translation>Nobody: your regulars come as usual.</translation>
    </message>
    <message>
        <source>Regulars who have not come back ({count})</source>
        <translation>Regulars who have not come back ({count})</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>Open customer card</translation>
    </message>
    <message>
        <source>Mark as greeted</source>
        <translation>Mark as greeted</translation>
    </message>
    <message>
        <source>Record that the selected customers were congratulated for this occasion</source>
        <translation>Record that the selected customers were congratulated for this occasion</translation>
    </message>
    <message>
        <source>How she was greeted</source>
        <translation>How she was greeted</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>by message</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>with a card</source>
        <translation>with a card</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>Not greeted after all</source>
        <translation>Not greeted after all</translation>
    </message>
    <message>
        <source>Un-mark the selected greetings (and the letters logged for them)</source>
        <translation>Un-mark the selected greetings (and the letters logged for them)</translation>
    </message>
    <message>
        <source>Print letters…</source>
        <translation>Print letters…</translation>
    </message>
    <message>
        <source>Letters, cards and address labels for the selected customers</source>
        <translation>Letters, cards and address labels for the selected customers</translation>
    </message>
    <message>
        <source>Today is {date} (lunar {lunar})</source>
        <translation>Today is {date} (lunar {lunar})</translation>
    </message>
    <message>
        <source>Next 7 days ({count})</source>
        <translation>Next 7 days ({count})</translation>
    </message>
    <message>
        <source>Next 30 days ({count})</source>
        <translation>Next 30 days ({count})</translation>
    </message>
    <message>
        <source>Complaint follow-ups ({count})</source>
        <translation>Complaint follow-ups ({count})</translation>
    </message>
    <message>
        <source>{date} ({count})</source>
        <translation>{date} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Un-mark %n greeting(s)? Letters logged for them are taken off the customers&apos; cards, so the letter can be made again.</source>
        <translation>
            <numerusform>Un-mark %n greeting? Letters logged for it are taken off the customer&apos;s card, so the letter can be made again.</numerusform>
            <numerusform>Un-mark %n greetings? Letters logged for them are taken off the customers&apos; cards, so the letters can be made again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <source>5. Close</source>
        <translation>5. Close</translation>
    </message>
    <message>
        <source>Ask her how satisfied she is now, from 1 (not at all) to 5.</source>
        <translation>Ask her how satisfied she is now, from 1 (not at all) to 5.</translation>
    </message>
    <message>
        <source>Satisfaction *</source>
        <translation>Satisfaction *</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>The follow-up date has passed</source>
        <translation>The follow-up date has passed</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Came back?</source>
        <translation>Came back?</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Served by</translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <source>Complaint — walk-in</source>
        <translation>Complaint — walk-in</translation>
    </message>
    <message>
        <source>Complaint — {name} (no. {number})</source>
        <translation>Complaint — {name} (no. {number})</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting for follow-up</source>
        <translation>Waiting for follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>New complaint (walk-in)…</source>
        <translation>New complaint (walk-in)…</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>Follow-up done…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Root cause…</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>Open customer card</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Why did it happen?</source>
        <translation>Why did it happen?</translation>
    </message>
    <message>
        <source>What has the shop changed? (may stay empty)</source>
        <translation>What has the shop changed? (may stay empty)</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>What did she say? (may stay empty)</source>
        <translation>What did she say? (may stay empty)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Why is it reopened?</source>
        <translation>Why is it reopened?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The card was changed meanwhile</source>
        <translation>The card was changed meanwhile</translation>
    </message>
    <message>
        <source>{name}&apos;s card was saved elsewhere (at another counter or window) after you opened it. Which version should stay?</source>
        <translation>{name}&apos;s card was saved elsewhere (at another counter or window) after you opened it. Which version should stay?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the saved version</source>
        <translation>Take the saved version</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Back to editing</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Visit, call or message — {name}</source>
        <translation>Visit, call or message — {name}</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>What was it about? (optional)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Open a customer from the list: Enter or a double-click.</source>
        <translation>Open a customer from the list: Enter or a double-click.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>Anniversaries</translation>
    </message>
    <message>
        <source>Stage and referrals</source>
        <translation>Stage and referrals</translation>
    </message>
    <message>
        <source>Save car&amp;d</source>
        <translation>Save car&amp;d</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Interests and small things to remember (e.g. likes oat milk)</source>
        <translation>Interests and small things to remember (e.g. likes oat milk)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Staff in charge</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Consultation mode: her history (amounts, points and notes) is hidden.</source>
        <translation>Consultation mode: her history (amounts, points and notes) is hidden.</translation>
    </message>
    <message>
        <source>comma separated, e.g. VIP, cake</source>
        <translation>comma separated, e.g. VIP, cake</translation>
    </message>
    <message>
        <source>Agrees to receive marketing letters and messages</source>
        <translation>Agrees to receive marketing letters and messages</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Former no.</source>
        <translation>Former no.</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Introduced</translation>
    </message>
    <message>
        <source>Stage history (newest first)</source>
        <translation>Stage history (newest first)</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>formerly {former}</source>
        <translation>formerly {former}</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>(set by hand)</translation>
    </message>
    <message>
        <source>candidate advocate (satisfied after her complaint)</source>
        <translation>candidate advocate (satisfied after her complaint)</translation>
    </message>
    <message>
        <source>from the imported list</source>
        <translation>from the imported list</translation>
    </message>
    <message>
        <source>from the shop&apos;s own sales</source>
        <translation>from the shop&apos;s own sales</translation>
    </message>
    <message>
        <source>{points} expire within 30 days (first on {date})</source>
        <translation>{points} expire within 30 days (first on {date})</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the trash</source>
        <translation>
            <numerusform>%n customer in the trash</numerusform>
            <numerusform>%n customers in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match the filters</source>
        <translation>
            <numerusform>%n customer matches the filters</numerusform>
            <numerusform>%n customers match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Select or open a customer first.</source>
        <translation>Select or open a customer first.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Who is she?</source>
        <translation>Who is she?</translation>
    </message>
    <message>
        <source>She is not a customer yet: her card is made first (name and phone).</source>
        <translation>She is not a customer yet: her card is made first (name and phone).</translation>
    </message>
    <message>
        <source>Use her existing card</source>
        <translation>Use her existing card</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>{name} · no. {number}</source>
        <translation>{name} · no. {number}</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>DeleteCustomersDialog</name>
    <message>
        <source>Delete customers</source>
        <translation>Delete customers</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {names} to the trash? They leave the list, search, calendar, letters and exports; File → Trash restores them exactly.</source>
        <translation>Move {names} to the trash? They leave the list, search, calendar, letters and exports; File → Trash restores them exactly.</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Entered by mistake</translation>
    </message>
    <message>
        <source>Asked to be removed</source>
        <translation>Asked to be removed</translation>
    </message>
    <message>
        <source>Closed her account</source>
        <translation>Closed her account</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Move to the trash</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>Older card</source>
        <translation>Older card</translation>
    </message>
    <message>
        <source>Newer card</source>
        <translation>Newer card</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Tidy up duplicate customers</source>
        <translation>Tidy up duplicate customers</translation>
    </message>
    <message>
        <source>These cards may be one customer. Choose a pair and Merge: you choose each field&apos;s value, and the merge can be undone.</source>
        <translation>These cards may be one customer. Choose a pair and Merge: you choose each field&apos;s value, and the merge can be undone.</translation>
    </message>
    <message>
        <source>No likely duplicates: every card looks like a person.</source>
        <translation>No likely duplicates: every card looks like a person.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>{other} (No. {other_no}) was merged into {kept} (No. {kept_no}).</source>
        <translation>{other} (No. {other_no}) was merged into {kept} (No. {kept_no}).</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Customers you already have</source>
        <translation>Customers you already have</translation>
    </message>
    <message>
        <source>The same phone number (or, without one, the same name and birthday) is the same customer, in ShopCRM or earlier in the file.</source>
        <translation>The same phone number (or, without one, the same name and birthday) is the same customer, in ShopCRM or earlier in the file.</translation>
    </message>
    <message>
        <source>Skip them: leave those customers as they are (a newer last visit is still kept)</source>
        <translation>Skip them: leave those customers as they are</translation>
    </message>
    <message>
        <source>Fill in: add only what their cards are missing (recommended)</source>
        <translation>Fill in: add only what their cards are missing (recommended)</translation>
    </message>
    <message>
        <source>Overwrite: the file&apos;s values replace those on the cards</source>
        <translation>Overwrite: the file&apos;s values replace those on the cards</translation>
    </message>
    <message>
        <source>Keep the memo on the card</source>
        <translation>Keep the memo on the card</translation>
    </message>
    <message>
        <source>Add the file&apos;s memo on a new line (recommended)</source>
        <translation>Add the file&apos;s memo on a new line (recommended)</translation>
    </message>
    <message>
        <source>Replace the card&apos;s memo with the file&apos;s</source>
        <translation>Replace the card&apos;s memo with the file&apos;s</translation>
    </message>
    <message>
        <source>Memos:</source>
        <translation>Memos:</translation>
    </message>
    <message>
        <source>Filling in or overwriting, a later last visit in the file always moves the card&apos;s.</source>
        <translation>Filling in or overwriting, a later last visit in the file always moves the card&apos;s.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>In ShopCRM</source>
        <translation>In ShopCRM</translation>
    </message>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Row {row}: {name}</translation>
    </message>
    <message>
        <source>Row {row}: {name} (repeats row {other})</source>
        <translation>Row {row}: {name} (repeats row {other})</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows are customers you already have.</source>
        <translation>
            <numerusform>%n of the first rows is a customer you already have.</numerusform>
            <numerusform>%n of the first rows are customers you already have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the first %n rows is a customer you already have: they will all be added as new customers.</source>
        <translation>
            <numerusform>None of the first %n row is a customer you already have: it will be added as a new customer.</numerusform>
            <numerusform>None of the first %n rows is a customer you already have: they will all be added as new customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>UTF-8 (Excel 2016 and later)</source>
        <translation>UTF-8 (Excel 2016 and later)</translation>
    </message>
    <message>
        <source>CP949 (older Korean Excel)</source>
        <translation>CP949 (older Korean Excel)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message numerus="yes">
        <source>The %n customer(s) in the list now</source>
        <translation>
            <numerusform>The %n customer in the list now</numerusform>
            <numerusform>The %n customers in the list now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected customer(s)</source>
        <translation>
            <numerusform>The %n selected customer</numerusform>
            <numerusform>The %n selected customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers who agreed to marketing</source>
        <translation>Only customers who agreed to marketing</translation>
    </message>
    <message>
        <source>Hide the middle digits of phone numbers</source>
        <translation>Hide the middle digits of phone numbers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose your customer list</source>
        <translation>Choose your customer list</translation>
    </message>
    <message>
        <source>An Excel file (.xlsx), a CSV or text file saved by Excel, a Google, Outlook or HubSpot export, or contacts from a phone (.vcf).</source>
        <translation>An Excel file (.xlsx), a CSV or text file saved by Excel, a Google, Outlook or HubSpot export, or contacts from a phone (.vcf).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Finish, and an import can be undone later.</source>
        <translation>Nothing is stored until you press Finish, and an import can be undone later.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>4. Follow up</source>
        <translation>4. Follow up</translation>
    </message>
    <message>
        <source>A call or a message a few days later shows her the shop still cares.</source>
        <translation>A call or a message a few days later shows her the shop still cares.</translation>
    </message>
    <message>
        <source>No follow-up needed</source>
        <translation>No follow-up needed</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Queue an apology letter (template: apology)</source>
        <translation>Queue an apology letter (template: apology)</translation>
    </message>
    <message>
        <source>Follow-up done: she was asked how it went</source>
        <translation>Follow-up done: she was asked how it went</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>What she said</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>The follow-up date has passed</source>
        <translation>The follow-up date has passed</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>How the file reads</source>
        <translation>How the file reads</translation>
    </message>
    <message>
        <source>Check that the letters look right. If they do not, choose another encoding.</source>
        <translation>Check that the letters look right. If they do not, choose another encoding.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>CSV or text</source>
        <translation>CSV or text</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>Contacts (vCard)</translation>
    </message>
    <message>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>Korean (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel Unicode text)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Bar (|)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>Read as {how}; this looks like {kind}.</source>
        <translation>Read as {how}; this looks like {kind}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation>Nothing was imported yet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>Undone on {date}</source>
        <translation>Undone on {date}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Remove the customers this import created and restore the others?</source>
        <translation>Remove the customers this import created and restore the others?</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{created} new customers, {updated} updated.</source>
        <translation>{created} new customers, {updated} updated.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Customers updated</source>
        <translation>Customers updated</translation>
    </message>
    <message>
        <source>Rows skipped (already known)</source>
        <translation>Rows skipped (already known)</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>Values left out</source>
        <translation>Values left out</translation>
    </message>
    <message>
        <source>Import number</source>
        <translation>Import number</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>This row was not imported.</source>
        <translation>This row was not imported.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows not imported were saved to {path}. Fix them in Excel and import that file.</source>
        <translation>The rows not imported were saved to {path}. Fix them in Excel and import that file.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>Remove the customers this import created and restore the others?</source>
        <translation>Remove the customers this import created and restore the others?</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importing customers…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The window will speak {language} from its next start.</source>
        <translation>The window will speak {language} from its next start.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters and labels</source>
        <translation>Letters and labels</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) chosen</source>
        <translation>
            <numerusform>%n customer chosen</numerusform>
            <numerusform>%n customers chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Edit templates…</translation>
    </message>
    <message>
        <source>Letter (A4, with letterhead)</source>
        <translation>Letter (A4, with letterhead)</translation>
    </message>
    <message>
        <source>Greeting card (A5)</source>
        <translation>Greeting card (A5)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Log on the customers&apos; cards when printed</source>
        <translation>Log on the customers&apos; cards when printed</translation>
    </message>
    <message>
        <source>Ask whether they were sent</source>
        <translation>Ask whether they were sent</translation>
    </message>
    <message>
        <source>Log them as sent</source>
        <translation>Log them as sent</translation>
    </message>
    <message>
        <source>Do not log them</source>
        <translation>Do not log them</translation>
    </message>
    <message>
        <source>When the PDF is saved</source>
        <translation>When the PDF is saved</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Why left out</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>Make letters</translation>
    </message>
    <message>
        <source>A4 labels {layout} ({count} a sheet)</source>
        <translation>A4 labels {layout} ({count} a sheet)</translation>
    </message>
    <message>
        <source>DL envelopes</source>
        <translation>DL envelopes</translation>
    </message>
    <message>
        <source>One label per customer (do not merge households)</source>
        <translation>One label per customer (do not merge households)</translation>
    </message>
    <message>
        <source>Mask phone numbers</source>
        <translation>Mask phone numbers</translation>
    </message>
    <message>
        <source> used</source>
        <translation> used</translation>
    </message>
    <message>
        <source>Skip used labels</source>
        <translation>Skip used labels</translation>
    </message>
    <message>
        <source>Test print with outlines (plain paper)</source>
        <translation>Test print with outlines (plain paper)</translation>
    </message>
    <message>
        <source>Make labels</source>
        <translation>Make labels</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{title} (marketing)</source>
        <translation>{title} (marketing)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s). Tick those you want to include anyway.</source>
        <translation>
            <numerusform>Left out: %n customer. Tick those you want to include anyway.</numerusform>
            <numerusform>Left out: %n customers. Tick those you want to include anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left out.</source>
        <translation>Nobody is left out.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to print</source>
        <translation>
            <numerusform>%n letter to print</numerusform>
            <numerusform>%n letters to print</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled. No file was made.</source>
        <translation>Cancelled. No file was made.</translation>
    </message>
    <message>
        <source>{count} letter(s), {pages} page(s): {template}</source>
        <translation>{count} letter(s), {pages} page(s): {template}</translation>
    </message>
    <message>
        <source>Setting the letters…</source>
        <translation>Setting the letters…</translation>
    </message>
    <message>
        <source>No labels: nobody has an address.</source>
        <translation>No labels: nobody has an address.</translation>
    </message>
    <message>
        <source>{count} label(s) on {pages} page(s).</source>
        <translation>{count} label(s) on {pages} page(s).</translation>
    </message>
    <message>
        <source>No address: {names}</source>
        <translation>No address: {names}</translation>
    </message>
    <message>
        <source>Warning: printed without a postal code: {names}</source>
        <translation>Warning: printed without a postal code: {names}</translation>
    </message>
    <message>
        <source>Setting the labels…</source>
        <translation>Setting the labels…</translation>
    </message>
    <message>
        <source>Press “Make letters” to see them here.</source>
        <translation>Press “Make letters” to see them here.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged on the customers&apos; cards.</source>
        <translation>
            <numerusform>%n letter logged on the customers&apos; cards.</numerusform>
            <numerusform>%n letters logged on the customers&apos; cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters saved</source>
        <translation>Letters saved</translation>
    </message>
    <message numerus="yes">
        <source>Log these letters as sent? Log them once they are mailed or handed over: a birthday or anniversary then counts as greeted, and the same letter is not offered again for %n day(s).</source>
        <translation>
            <numerusform>Log these letters as sent? Log them once they are mailed or handed over: a birthday or anniversary then counts as greeted, and the same letter is not offered again for %n day.</numerusform>
            <numerusform>Log these letters as sent? Log them once they are mailed or handed over: a birthday or anniversary then counts as greeted, and the same letter is not offered again for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>ListFiltersBar</name>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Consent: any</translation>
    </message>
    <message>
        <source>Agreed to marketing</source>
        <translation>Agreed to marketing</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>No marketing consent</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Anniversary within 7 days</source>
        <translation>Anniversary within 7 days</translation>
    </message>
    <message>
        <source>Points expiring within 30 days</source>
        <translation>Points expiring within 30 days</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Show the deleted customers instead of the list</source>
        <translation>Show the deleted customers instead of the list</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>1. Listen</source>
        <translation>1. Listen</translation>
    </message>
    <message>
        <source>Let her speak to the end; write down her own words, as she says them.</source>
        <translation>Let her speak to the end; write down her own words, as she says them.</translation>
    </message>
    <message>
        <source>Her own words, verbatim</source>
        <translation>Her own words, verbatim</translation>
    </message>
    <message>
        <source>e.g. a new cake for tonight</source>
        <translation>e.g. a new cake for tonight</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>Her words *</source>
        <translation>Her words *</translation>
    </message>
    <message>
        <source>What she wants</source>
        <translation>What she wants</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Purchase concerned</source>
        <translation>Purchase concerned</translation>
    </message>
    <message>
        <source>Staff who served her</source>
        <translation>Staff who served her</translation>
    </message>
    <message>
        <source>— none in particular</source>
        <translation>— none in particular</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consultation mode: memos, phone numbers, amounts and points are hidden (Ctrl+Shift+H turns it off).</source>
        <translation>Consultation mode: memos, phone numbers, amounts and points are hidden (Ctrl+Shift+H turns it off).</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Consultation mode</source>
        <translation>Consultation mode</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consulting</translation>
    </message>
    <message>
        <source>Hide memos, phone numbers, amounts and points while a customer can see the screen (Ctrl+Shift+H)</source>
        <translation>Hide memos, phone numbers, amounts and points while a customer can see the screen (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>Tidy up &amp;duplicate customers…</source>
        <translation>Tidy up &amp;duplicate customers…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>T&amp;rash…</translation>
    </message>
    <message>
        <source>&amp;Shop details…</source>
        <translation>&amp;Shop details…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <source>&amp;Letters for the selected customers…</source>
        <translation>&amp;Letters for the selected customers…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Letter &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;Queued apology letters…</source>
        <translation>&amp;Queued apology letters…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ShopCRM</source>
        <translation>&amp;About ShopCRM</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>Record a &amp;sale…</source>
        <translation>Record a &amp;sale…</translation>
    </message>
    <message>
        <source>&amp;Visit, call or message…</source>
        <translation>&amp;Visit, call or message…</translation>
    </message>
    <message>
        <source>Use or correct &amp;points…</source>
        <translation>Use or correct &amp;points…</translation>
    </message>
    <message>
        <source>&amp;Referral…</source>
        <translation>&amp;Referral…</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>Co&amp;mplaint…</translation>
    </message>
    <message>
        <source>De&amp;lete customer… (Del in the list)</source>
        <translation>De&amp;lete customer… (Del in the list)</translation>
    </message>
    <message>
        <source>Select or open a customer first.</source>
        <translation>Select or open a customer first.</translation>
    </message>
    <message>
        <source>Creating the demo shop…</source>
        <translation>Creating the demo shop…</translation>
    </message>
    <message>
        <source>Select the customers in the calendar&apos;s list first.</source>
        <translation>Select the customers in the calendar&apos;s list first.</translation>
    </message>
    <message>
        <source>Select the customers in the list first (Ctrl+A selects all shown).</source>
        <translation>Select the customers in the list first (Ctrl+A selects all shown).</translation>
    </message>
    <message>
        <source>No apology letter is waiting to be printed.</source>
        <translation>No apology letter is waiting to be printed.</translation>
    </message>
    <message>
        <source>About ShopCRM</source>
        <translation>About ShopCRM</translation>
    </message>
    <message>
        <source>ShopCRM {version}
Keep your regulars.</source>
        <translation>ShopCRM {version}
Keep your regulars.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <source>Columns were matched by their titles. Change any that are wrong.</source>
        <translation>Columns were matched by their titles. Change any that are wrong.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Choose the column that holds the name.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two cards</source>
        <translation>Merge two cards</translation>
    </message>
    <message>
        <source>Her whole history (sales, points, anniversaries, letters, visits, referrals, tags) moves to the kept card, which keeps its number; the other number finds her too. Choose the value to keep where the cards differ.</source>
        <translation>Her whole history (sales, points, anniversaries, letters, visits, referrals, tags) moves to the kept card, which keeps its number; the other number finds her too. Choose the value to keep where the cards differ.</translation>
    </message>
    <message>
        <source>Kept card</source>
        <translation>Kept card</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Merged into it</translation>
    </message>
    <message>
        <source>The same on both cards: {fields}</source>
        <translation>The same on both cards: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of history move to the kept card.</source>
        <translation>
            <numerusform>%n entries of history move to the kept card.</numerusform>
            <numerusform>%n entries of history move to the kept card.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Why they look like one customer: {why}</source>
        <translation>Why they look like one customer: {why}</translation>
    </message>
    <message>
        <source>{name} (No. {number})</source>
        <translation>{name} (No. {number})</translation>
    </message>
    <message>
        <source>Both, appended</source>
        <translation>Both, appended</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>not agreed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Staff in charge</translation>
    </message>
    <message>
        <source>Former no.</source>
        <translation>Former no.</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>e.g. likes oat milk · daughter starts school in March</source>
        <translation>e.g. likes oat milk · daughter starts school in March</translation>
    </message>
    <message>
        <source>Agrees to receive marketing letters and messages</source>
        <translation>Agrees to receive marketing letters and messages</translation>
    </message>
    <message>
        <source>Open her card</source>
        <translation>Open her card</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Points — {name}</source>
        <translation>Points — {name}</translation>
    </message>
    <message>
        <source>&amp;Use points (a gift, a free item)</source>
        <translation>&amp;Use points (a gift, a free item)</translation>
    </message>
    <message>
        <source>&amp;Correct the balance</source>
        <translation>&amp;Correct the balance</translation>
    </message>
    <message>
        <source>Take away</source>
        <translation>Take away</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>e.g. birthday cake, points moved from paper</source>
        <translation>e.g. birthday cake, points moved from paper</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Balance afterwards</source>
        <translation>Balance afterwards</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Red rows will not be imported, yellow cells lose a value that could not be read; hover for the reason.</source>
        <translation>The first rows as they will be stored. Red rows will not be imported, yellow cells lose a value that could not be read; hover for the reason.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows</source>
        <translation>
            <numerusform>The first %n row</numerusform>
            <numerusform>The first %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows</source>
        <translation>
            <numerusform>All %n row</numerusform>
            <numerusform>All %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown}: {new} new, {known} already customers, {rejected} not imported.</source>
        <translation>{shown}: {new} new, {known} already customers, {rejected} not imported.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Who introduced {name}?</source>
        <translation>Who introduced {name}?</translation>
    </message>
    <message>
        <source>Both get {points} when {name} first buys (paid once).</source>
        <translation>Both get {points} when {name} first buys (paid once).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{name} · no. {number}</source>
        <translation>{name} · no. {number}</translation>
    </message>
    <message>
        <source>Recorded. {points} each were paid to both customers.</source>
        <translation>Recorded. {points} each were paid to both customers.</translation>
    </message>
    <message>
        <source>Recorded. Both get {points} when {name} first buys.</source>
        <translation>Recorded. Both get {points} when {name} first buys.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>e.g. 12,000 or 1.2만</source>
        <translation>e.g. 12,000 or 1.2만</translation>
    </message>
    <message>
        <source>e.g. one item returned</source>
        <translation>e.g. one item returned</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>Still refundable</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message numerus="yes">
        <source>Birthdays and anniversaries today and in the next {days} days: %n</source>
        <translation>
            <numerusform>Birthdays and anniversaries today and in the next {days} days: %n</numerusform>
            <numerusform>Birthdays and anniversaries today and in the next {days} days: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ResolvePage</name>
    <message>
        <source>3. Resolve on the spot</source>
        <translation>3. Resolve on the spot</translation>
    </message>
    <message>
        <source>Accept what she asks for and give it now: a refund, a redo, a small gift …</source>
        <translation>Accept what she asks for and give it now: a refund, a redo, a small gift …</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add remedy</source>
        <translation>&amp;Add remedy</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Confirmed by (owner or manager) *</source>
        <translation>Confirmed by (owner or manager) *</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Remedies</translation>
    </message>
    <message>
        <source>Given: {won} and {points} (without the owner or a manager: up to {limit})</source>
        <translation>Given: {won} and {points} (without the owner or a manager: up to {limit})</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale — {name}</source>
        <translation>Sale — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · no. {number} · points {points}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · no. {number} · points {points}</translation>
    </message>
    <message>
        <source>Enter in the item row adds the line; Enter elsewhere saves; Esc cancels.</source>
        <translation>Enter in the item row adds the line; Enter elsewhere saves; Esc cancels.</translation>
    </message>
    <message>
        <source>Product or free text</source>
        <translation>Product or free text</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Points used</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>of {balance}</source>
        <translation>of {balance}</translation>
    </message>
    <message>
        <source>{earned} (balance afterwards {after})</source>
        <translation>{earned} (balance afterwards {after})</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search: name, last 4 phone digits, initials (ㄱㅁㅅ) or customer no.</source>
        <translation>Search: name, last 4 phone digits, initials (ㄱㅁㅅ) or customer no.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Shop name *</source>
        <translation>Shop name *</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Letters and envelopes print the shop&apos;s name, owner, address and phone as their letterhead. The logo is chosen under Letters → Letter templates.</source>
        <translation>Letters and envelopes print the shop&apos;s name, owner, address and phone as their letterhead. The logo is chosen under Letters → Letter templates.</translation>
    </message>
    <message>
        <source> purchases</source>
        <translation> purchases</translation>
    </message>
    <message>
        <source>Spent in 12 months (won)</source>
        <translation>Spent in 12 months (won)</translation>
    </message>
    <message>
        <source>Visit days in 12 months</source>
        <translation>Visit days in 12 months</translation>
    </message>
    <message>
        <source>Use the business type&apos;s grades</source>
        <translation>Use the business type&apos;s grades</translation>
    </message>
    <message>
        <source> × her usual gap</source>
        <translation> × her usual gap</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Purchases that make a regular</source>
        <translation>Purchases that make a regular</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation>At risk after</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Points expire after</translation>
    </message>
    <message>
        <source>Referral reward (points)</source>
        <translation>Referral reward (points)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove the selected…</source>
        <translation>Remove the selected…</translation>
    </message>
    <message>
        <source>Her customers go to</source>
        <translation>Her customers go to</translation>
    </message>
    <message>
        <source>The owner and managers may override a stage and change these settings. Changes to the staff list are saved at once.</source>
        <translation>The owner and managers may override a stage and change these settings. Changes to the staff list are saved at once.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Price (won)</source>
        <translation>Price (won)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Price, e.g. 3,500</source>
        <translation>Price, e.g. 3,500</translation>
    </message>
    <message>
        <source>The counter offers the products on sale as you type. Past sales keep their names and prices. Changes to the product list are saved at once.</source>
        <translation>The counter offers the products on sale as you type. Past sales keep their names and prices. Changes to the product list are saved at once.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Ask whether they were sent</source>
        <translation>Ask whether they were sent</translation>
    </message>
    <message>
        <source>Log them as sent</source>
        <translation>Log them as sent</translation>
    </message>
    <message>
        <source>Do not log them</source>
        <translation>Do not log them</translation>
    </message>
    <message>
        <source>The same letter again only after</source>
        <translation>The same letter again only after</translation>
    </message>
    <message>
        <source>When letters are saved as a PDF</source>
        <translation>When letters are saved as a PDF</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <source>on 28 February</source>
        <translation>on 28 February</translation>
    </message>
    <message>
        <source>on 1 March</source>
        <translation>on 1 March</translation>
    </message>
    <message>
        <source>Remind of anniversaries</source>
        <translation>Remind of anniversaries</translation>
    </message>
    <message>
        <source>A 29 February birthday, in other years</source>
        <translation>A 29 February birthday, in other years</translation>
    </message>
    <message>
        <source>The language of the window on this PC only (other counters keep theirs). It applies from the window&apos;s next start.</source>
        <translation>The language of the window on this PC only (other counters keep theirs). It applies from the window&apos;s next start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Compensation without the owner, up to (won)</source>
        <translation>Compensation without the owner, up to (won)</translation>
    </message>
    <message>
        <source>Points without the owner, up to</source>
        <translation>Points without the owner, up to</translation>
    </message>
    <message>
        <source>e.g. product, service, waiting, parking</source>
        <translation>e.g. product, service, waiting, parking</translation>
    </message>
    <message>
        <source>Categories (separated by commas)</source>
        <translation>Categories (separated by commas)</translation>
    </message>
    <message>
        <source>1. Listen</source>
        <translation>1. Listen</translation>
    </message>
    <message>
        <source>2. Apologise</source>
        <translation>2. Apologise</translation>
    </message>
    <message>
        <source>3. Resolve on the spot</source>
        <translation>3. Resolve on the spot</translation>
    </message>
    <message>
        <source>4. Follow up</source>
        <translation>4. Follow up</translation>
    </message>
    <message>
        <source>5. Close</source>
        <translation>5. Close</translation>
    </message>
    <message>
        <source>The words suggested beside each step of the complaint wizard. Leave one empty to get the usual words back.</source>
        <translation>The words suggested beside each step of the complaint wizard. Leave one empty to get the usual words back.</translation>
    </message>
    <message>
        <source>Use the usual grade thresholds of a {type} (Thresholds tab)?</source>
        <translation>Use the usual grade thresholds of a {type} (Thresholds tab)?</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Remove {name} from the staff list? Her {count} customers go to {other}.</source>
        <translation>Remove {name} from the staff list? Her {count} customers go to {other}.</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>Remove staff member</translation>
    </message>
</context>
<context>
    <name>ShopSetupDialog</name>
    <message>
        <source>Start a new shop</source>
        <translation>Start a new shop</translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <source>e.g. Moonlight Bakery</source>
        <translation>e.g. Moonlight Bakery</translation>
    </message>
    <message>
        <source>Shop name *</source>
        <translation>Shop name *</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Business type</translation>
    </message>
</context>
<context>
    <name>StageOverrideDialog</name>
    <message>
        <source>Change the stage</source>
        <translation>Change the stage</translation>
    </message>
    <message>
        <source>As her records say (no override)</source>
        <translation>As her records say (no override)</translation>
    </message>
    <message>
        <source>e.g. introduces many friends</source>
        <translation>e.g. introduces many friends</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>You could say</source>
        <translation>You could say</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>Letterhead logo…</source>
        <translation>Letterhead logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Marketing: only for customers who agreed to receive it</source>
        <translation>Marketing: only for customers who agreed to receive it</translation>
    </message>
    <message>
        <source>Paragraphs, separated by an empty line</source>
        <translation>Paragraphs, separated by an empty line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Double-click to insert. After &apos;|&apos; comes the text printed when a customer has no value, as in {example}; without it she is left out.</source>
        <translation>Double-click to insert. After &apos;|&apos; comes the text printed when a customer has no value, as in {example}; without it she is left out.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>{title} (marketing)</source>
        <translation>{title} (marketing)</translation>
    </message>
    <message>
        <source>{title} (edited)</source>
        <translation>{title} (edited)</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>Discard the changes to this template?</translation>
    </message>
    <message>
        <source>Preview with a made-up customer</source>
        <translation>Preview with a made-up customer</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>New letter</translation>
    </message>
    <message>
        <source>Delete the template “{title}”?</source>
        <translation>Delete the template “{title}”?</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted customers stay here, out of the list, search, calendar, letters and exports. Restore puts one back exactly as she was.</source>
        <translation>Deleted customers stay here, out of the list, search, calendar, letters and exports. Restore puts one back exactly as she was.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Voiding removes the sale and the points it earned from her totals.</source>
        <translation>Voiding removes the sale and the points it earned from her totals.</translation>
    </message>
    <message>
        <source>e.g. typed twice by mistake</source>
        <translation>e.g. typed twice by mistake</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ShopCRM</source>
        <translation>Welcome to ShopCRM</translation>
    </message>
    <message>
        <source>Keep your regulars: customer cards, lunar birthdays, letters.
How would you like to begin?</source>
        <translation>Keep your regulars: customer cards, lunar birthdays, letters.
How would you like to begin?</translation>
    </message>
    <message>
        <source>Open the demo shop (300 sample customers)</source>
        <translation>Open the demo shop (300 sample customers)</translation>
    </message>
    <message>
        <source>Start my own shop</source>
        <translation>Start my own shop</translation>
    </message>
    <message>
        <source>Import my customer list (Excel/CSV)</source>
        <translation>Import my customer list (Excel/CSV)</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for other programs (*.csv)</source>
        <translation>CSV for other programs (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Part of the address</source>
        <translation>Part of the address</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Birthday: lunar or solar</source>
        <translation>Birthday: lunar or solar</translation>
    </message>
    <message>
        <source>Birthday: solar (Y/N)</source>
        <translation>Birthday: solar (Y/N)</translation>
    </message>
    <message>
        <source>Birthday: leap month</source>
        <translation>Birthday: leap month</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Wedding anniversary</translation>
    </message>
    <message>
        <source>Other anniversaries</source>
        <translation>Other anniversaries</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Grade (old system)</source>
        <translation>Grade (old system)</translation>
    </message>
    <message>
        <source>Total spent (carried over)</source>
        <translation>Total spent (carried over)</translation>
    </message>
    <message>
        <source>Last visit (carried over)</source>
        <translation>Last visit (carried over)</translation>
    </message>
    <message>
        <source>Points (carried over)</source>
        <translation>Points (carried over)</translation>
    </message>
    <message>
        <source>Number of purchases (carried over)</source>
        <translation>Number of purchases (carried over)</translation>
    </message>
    <message>
        <source>Number of visits (carried over)</source>
        <translation>Number of visits (carried over)</translation>
    </message>
    <message>
        <source>First purchase date</source>
        <translation>First purchase date</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Staff in charge</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent channel</source>
        <translation>Consent channel</translation>
    </message>
    <message>
        <source>Customer no. (old system)</source>
        <translation>Customer no. (old system)</translation>
    </message>
    <message>
        <source>Former customer no.</source>
        <translation>Former customer no.</translation>
    </message>
    <message>
        <source>a ShopCRM export</source>
        <translation>a ShopCRM export</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Outlook contacts</translation>
    </message>
    <message>
        <source>a HubSpot export</source>
        <translation>a HubSpot export</translation>
    </message>
    <message>
        <source>a contacts file (vCard)</source>
        <translation>a contacts file (vCard)</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>a spreadsheet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Already a customer</translation>
    </message>
    <message>
        <source>Repeats a row</source>
        <translation>Repeats a row</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Choose a customer list</source>
        <translation>Choose a customer list</translation>
    </message>
    <message>
        <source>Customer lists ({extensions});;All files (*)</source>
        <translation>Customer lists ({extensions});;All files (*)</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>ShopCRM</source>
        <translation>ShopCRM</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you saved is lost. Details: {log}</source>
        <translation>Something went wrong. Nothing you saved is lost. Details: {log}</translation>
    </message>
    <message>
        <source>{name}&apos;s card has changes not saved yet.</source>
        <translation>{name}&apos;s card has changes not saved yet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>What you typed on this page is not saved yet (the steps before it are). Close and drop it?</source>
        <translation>What you typed on this page is not saved yet (the steps before it are). Close and drop it?</translation>
    </message>
    <message>
        <source>{name} is satisfied now: she is marked as a candidate advocate on her card. Make her a thank-you letter?</source>
        <translation>{name} is satisfied now: she is marked as a candidate advocate on her card. Make her a thank-you letter?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Letterhead logo</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>The customer&apos;s name</translation>
    </message>
    <message>
        <source>How the shop addresses customers (고객님)</source>
        <translation>How the shop addresses customers (고객님)</translation>
    </message>
    <message>
        <source>The customer number</source>
        <translation>The customer number</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>The shop&apos;s name</translation>
    </message>
    <message>
        <source>The owner&apos;s name</source>
        <translation>The owner&apos;s name</translation>
    </message>
    <message>
        <source>The shop&apos;s phone</source>
        <translation>The shop&apos;s phone</translation>
    </message>
    <message>
        <source>The shop&apos;s address</source>
        <translation>The shop&apos;s address</translation>
    </message>
    <message>
        <source>The letter&apos;s date</source>
        <translation>The letter&apos;s date</translation>
    </message>
    <message>
        <source>Her points (none when 0)</source>
        <translation>Her points (none when 0)</translation>
    </message>
    <message>
        <source>Her grade (VIP, Gold …)</source>
        <translation>Her grade (VIP, Gold …)</translation>
    </message>
    <message>
        <source>The staff member in charge</source>
        <translation>The staff member in charge</translation>
    </message>
    <message>
        <source>Her first purchase</source>
        <translation>Her first purchase</translation>
    </message>
    <message>
        <source>Her last purchase</source>
        <translation>Her last purchase</translation>
    </message>
    <message>
        <source>What she bought last</source>
        <translation>What she bought last</translation>
    </message>
    <message>
        <source>Her last visit</source>
        <translation>Her last visit</translation>
    </message>
    <message>
        <source>Her birthday this time</source>
        <translation>Her birthday this time</translation>
    </message>
    <message>
        <source>Her anniversary (wedding, first purchase …)</source>
        <translation>Her anniversary (wedding, first purchase …)</translation>
    </message>
    <message>
        <source>The anniversary&apos;s date</source>
        <translation>The anniversary&apos;s date</translation>
    </message>
    <message>
        <source>Years since (10주년)</source>
        <translation>Years since (10주년)</translation>
    </message>
    <message>
        <source>Who introduced her</source>
        <translation>Who introduced her</translation>
    </message>
    <message>
        <source>The friend she introduced</source>
        <translation>The friend she introduced</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
