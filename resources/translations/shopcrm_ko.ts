<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>기념일</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>원래 날짜</translation>
    </message>
    <message>
        <source>Age / years</source>
        <translation>나이·햇수</translation>
    </message>
    <message>
        <source>Greeted</source>
        <translation>인사</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>수신동의</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
</context>
<context>
    <name>AtRiskPanel</name>
    <message>
        <source>Regulars who have not come back</source>
        <translation>다시 오지 않은 단골</translation>
    </message>
    <message>
        <source>{name} · last visit {date} · usually every {gap} days</source>
        <translation>{name} · 마지막 방문 {date} · 보통 {gap}일마다</translation>
    </message>
    <message>
        <source>Nobody: your regulars come as usual.</source>
        <translation>없습니다. 단골들이 평소처럼 오고 있어요.</translation>
    </message>
    <message>
        <source>Regulars who have not come back ({count})</source>
        <translation>다시 오지 않은 단골 ({count}명)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>고객 카드 열기</translation>
    </message>
    <message>
        <source>Mark as greeted</source>
        <translation>인사 완료로 표시</translation>
    </message>
    <message>
        <source>Record that the selected customers were congratulated for this occasion</source>
        <translation>선택한 고객에게 이번 기념일 인사를 했다고 기록합니다</translation>
    </message>
    <message>
        <source>Today is {date} (lunar {lunar})</source>
        <translation>오늘은 {date} (음력 {lunar})</translation>
    </message>
    <message>
        <source>Next 7 days ({count})</source>
        <translation>7일 이내 ({count}건)</translation>
    </message>
    <message>
        <source>Next 30 days ({count})</source>
        <translation>30일 이내 ({count}건)</translation>
    </message>
    <message>
        <source>{date} ({count})</source>
        <translation>{date} ({count}건)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer card</source>
        <translation>고객 카드</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>누적 구매액</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>구매 횟수</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>최근 방문일</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>Former no.</source>
        <translation>이전 고객번호</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>기본 정보</translation>
    </message>
    <message>
        <source>Agrees to receive marketing letters and messages</source>
        <translation>마케팅 편지·문자 수신에 동의함</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>관심사</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>동의 방법</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>고객 %n명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>누적 구매액</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>최근 방문일</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객 목록</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>기념일 달력</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>고객 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ShopCRM</source>
        <translation>ShopCRM 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Creating the demo shop…</source>
        <translation>데모 가게를 만드는 중…</translation>
    </message>
    <message>
        <source>About ShopCRM</source>
        <translation>ShopCRM 정보</translation>
    </message>
    <message>
        <source>ShopCRM {version}
Keep your regulars.</source>
        <translation>ShopCRM {version}
단골을 지키는 고객 관리.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Coming up</source>
        <translation>다가오는 기념일</translation>
    </message>
    <message numerus="yes">
        <source>Birthdays and anniversaries today and in the next {days} days: %n</source>
        <translation>
            <numerusform>오늘과 앞으로 {days}일 동안 생일·기념일이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>달력 열기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search: name, last 4 phone digits, initials (ㄱㅁㅅ) or customer no.</source>
        <translation>검색: 이름, 전화번호 뒷자리 4개, 초성(ㄱㅁㅅ), 고객번호</translation>
    </message>
</context>
<context>
    <name>ShopSetupDialog</name>
    <message>
        <source>Start a new shop</source>
        <translation>새 가게 시작</translation>
    </message>
    <message>
        <source>e.g. Moonlight Bakery</source>
        <translation>예: 달빛 베이커리</translation>
    </message>
    <message>
        <source>Shop name *</source>
        <translation>가게 이름 *</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>업종</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ShopCRM</source>
        <translation>ShopCRM에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Keep your regulars: customer cards, lunar birthdays, letters.
How would you like to begin?</source>
        <translation>고객 카드, 음력 생일, 감사 편지로 단골을 지키세요.
어떻게 시작할까요?</translation>
    </message>
    <message>
        <source>Open the demo shop (300 sample customers)</source>
        <translation>데모 가게 열어 보기 (예시 고객 300명)</translation>
    </message>
    <message>
        <source>Start my own shop</source>
        <translation>내 가게 시작하기</translation>
    </message>
    <message>
        <source>Import my customer list (Excel/CSV)</source>
        <translation>고객 명단 가져오기 (엑셀/CSV)</translation>
    </message>
    <message>
        <source>The import wizard comes in the next version.</source>
        <translation>가져오기 마법사는 다음 버전에서 제공됩니다.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>결혼기념일</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>첫 구매 기념일</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>기념일</translation>
    </message>
    <message numerus="yes">
        <source>turns %n</source>
        <translation>
            <numerusform>만 %n세</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year %n</source>
        <translation>
            <numerusform>%n주년</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>동의</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Suspect</source>
        <translation>잠재 고객</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>가망 고객</translation>
    </message>
    <message>
        <source>First-time buyer</source>
        <translation>최초 구매 고객</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>단골 (반복 구매)</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>지지 고객</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>실버</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>골드</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>카페</translation>
    </message>
    <message>
        <source>Hair salon</source>
        <translation>미용실</translation>
    </message>
    <message>
        <source>Boutique</source>
        <translation>옷가게</translation>
    </message>
    <message>
        <source>Bakery</source>
        <translation>베이커리</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>식당</translation>
    </message>
    <message>
        <source>Flower shop</source>
        <translation>꽃집</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>서면 동의</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>매장에서 직접</translation>
    </message>
    <message>
        <source>Imported list</source>
        <translation>가져온 명단</translation>
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
        <translation>문제가 생겼습니다. 저장한 내용은 그대로 있습니다. 자세한 내용: {log}</translation>
    </message>
</context>
</TS>
