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
    <name>AtRiskPanel</name>
    <message>
        <source>Regulars who have not come back</source>
        <translation>Regulars who have not come back</translation>
    </message>
    <message>
        <source>{name} · last visit {date} · usually every {gap} days</source>
        <translation>{name} · last visit {date} · usually every {gap} days</translation>
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
        <source>{date} ({count})</source>
        <translation>{date} ({count})</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer card</source>
        <translation>Customer card</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
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
        <source>Total spent</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>Staff in charge</translation>
    </message>
    <message>
        <source>Former no.</source>
        <translation>Former no.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
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
    <name>MainWindow</name>
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
        <source>&amp;View</source>
        <translation>&amp;View</translation>
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
        <source>Creating the demo shop…</source>
        <translation>Creating the demo shop…</translation>
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
    <name>SearchBox</name>
    <message>
        <source>Search: name, last 4 phone digits, initials (ㄱㅁㅅ) or customer no.</source>
        <translation>Search: name, last 4 phone digits, initials (ㄱㅁㅅ) or customer no.</translation>
    </message>
</context>
<context>
    <name>ShopSetupDialog</name>
    <message>
        <source>Start a new shop</source>
        <translation>Start a new shop</translation>
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
        <source>Business type</source>
        <translation>Business type</translation>
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
    <message>
        <source>The import wizard comes in the next version.</source>
        <translation>The import wizard comes in the next version.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Wedding anniversary</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation>
            <numerusform>turns %n</numerusform>
            <numerusform>turns %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year %n</source>
        <translation>
            <numerusform>year %n</numerusform>
            <numerusform>year %n</numerusform>
        </translation>
    </message>
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
    <name>labels</name>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>First-time buyer</source>
        <translation>First-time buyer</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Hair salon</source>
        <translation>Hair salon</translation>
    </message>
    <message>
        <source>Boutique</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Bakery</source>
        <translation>Bakery</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Flower shop</source>
        <translation>Flower shop</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Imported list</source>
        <translation>Imported list</translation>
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
</context>
</TS>
