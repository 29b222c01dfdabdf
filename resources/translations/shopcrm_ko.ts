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
    <name>AnniversaryDialog</name>
    <message>
        <source>Anniversary</source>
        <translation>기념일</translation>
    </message>
    <message>
        <source>Solar (양력)</source>
        <translation>양력</translation>
    </message>
    <message>
        <source>Lunar (음력)</source>
        <translation>음력</translation>
    </message>
    <message>
        <source>Leap month (윤달)</source>
        <translation>윤달</translation>
    </message>
    <message>
        <source>Year unknown</source>
        <translation>연도 모름</translation>
    </message>
    <message>
        <source>e.g. first visit, daughter&apos;s school entry</source>
        <translation>예: 첫 방문, 딸 입학</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>달력</translation>
    </message>
    <message>
        <source>Month / day</source>
        <translation>월 / 일</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름표</translation>
    </message>
</context>
<context>
    <name>AnniversaryEditor</name>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음 날짜</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete this anniversary? The calendar will no longer show it.</source>
        <translation>이 기념일을 삭제할까요? 달력에서도 사라집니다.</translation>
    </message>
    <message>
        <source>Delete anniversary</source>
        <translation>기념일 삭제</translation>
    </message>
</context>
<context>
    <name>ApologisePage</name>
    <message>
        <source>2. Apologise</source>
        <translation>2. 사과</translation>
    </message>
    <message>
        <source>A serious complaint needs the owner or a manager to apologise in person.</source>
        <translation>심각한 불만은 사장이나 매니저가 직접 만나 사과해야 합니다.</translation>
    </message>
    <message>
        <source>In person, face to face</source>
        <translation>직접 만나서 사과함</translation>
    </message>
    <message>
        <source>Who apologised *</source>
        <translation>사과한 사람 *</translation>
    </message>
    <message>
        <source>When</source>
        <translation>언제</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>AtRiskPanel</name>
    <message>
        <source>Regulars who have not come back</source>
        <translation>다시 오지 않은 단골</translation>
    </message>
    <message>
        <source>{name} · last visit {date}
usually every {gap} days</source>
        <translation>{name} · 마지막 방문 {date}
보통 {gap}일마다</translation>
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
        <source>How she was greeted</source>
        <translation>어떻게 축하했는지</translation>
    </message>
    <message>
        <source>by message</source>
        <translation>문자로</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>전화로</translation>
    </message>
    <message>
        <source>with a card</source>
        <translation>카드로</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>직접 만나서</translation>
    </message>
    <message>
        <source>Not greeted after all</source>
        <translation>인사 완료 취소</translation>
    </message>
    <message>
        <source>Un-mark the selected greetings (and the letters logged for them)</source>
        <translation>고른 고객의 인사 완료 표시를 취소합니다 (그 편지 기록도 함께)</translation>
    </message>
    <message>
        <source>Print letters…</source>
        <translation>편지 인쇄…</translation>
    </message>
    <message>
        <source>Letters, cards and address labels for the selected customers</source>
        <translation>고른 고객에게 보낼 편지, 카드, 주소 라벨</translation>
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
        <source>Complaint follow-ups ({count})</source>
        <translation>불만 후속 조치 ({count})</translation>
    </message>
    <message>
        <source>{date} ({count})</source>
        <translation>{date} ({count}건)</translation>
    </message>
    <message numerus="yes">
        <source>Un-mark %n greeting(s)? Letters logged for them are taken off the customers&apos; cards, so the letter can be made again.</source>
        <translation>
            <numerusform>인사 완료 표시 %n건을 취소할까요? 그 축하로 기록된 편지도 고객 카드에서 지워지므로 편지를 다시 만들 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <source>5. Close</source>
        <translation>5. 종결</translation>
    </message>
    <message>
        <source>Ask her how satisfied she is now, from 1 (not at all) to 5.</source>
        <translation>지금 얼마나 만족하시는지 여쭈어 보세요 (1: 전혀 아님 ~ 5: 매우 만족).</translation>
    </message>
    <message>
        <source>Satisfaction *</source>
        <translation>만족도 *</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>고객 의견</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>The follow-up date has passed</source>
        <translation>후속 조치일이 지났습니다</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>보상</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치일</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>만족도</translation>
    </message>
    <message>
        <source>Came back?</source>
        <translation>30일 내 재방문</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>응대 직원</translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <source>Complaint — walk-in</source>
        <translation>불만 접수 — 처음 오신 손님</translation>
    </message>
    <message>
        <source>Complaint — {name} (no. {number})</source>
        <translation>불만 접수 — {name} ({number}번)</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Waiting for follow-up</source>
        <translation>후속 조치 대기</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>New complaint (walk-in)…</source>
        <translation>새 불만 접수 (처음 오신 손님)…</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>이어서 처리…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>메모 추가…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>후속 조치 완료…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>다시 열기…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>원인 분석…</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>고객 카드 열기</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>불만 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>원인 분석</translation>
    </message>
    <message>
        <source>Why did it happen?</source>
        <translation>왜 일어났나요?</translation>
    </message>
    <message>
        <source>What has the shop changed? (may stay empty)</source>
        <translation>가게에서 무엇을 바꿨나요? (비워 둘 수 있음)</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>후속 조치 완료</translation>
    </message>
    <message>
        <source>What did she say? (may stay empty)</source>
        <translation>고객이 뭐라고 하셨나요? (비워 두어도 됩니다)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>Why is it reopened?</source>
        <translation>왜 다시 여나요?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The card was changed meanwhile</source>
        <translation>그사이 카드가 바뀌었습니다</translation>
    </message>
    <message>
        <source>{name}&apos;s card was saved elsewhere (at another counter or window) after you opened it. Which version should stay?</source>
        <translation>{name} 님의 카드를 연 뒤에 다른 곳(다른 계산대나 창)에서 저장했습니다. 어느 쪽을 남길까요?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>내가 고친 내용</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>그사이 저장된 내용</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>내 것으로 저장</translation>
    </message>
    <message>
        <source>Take the saved version</source>
        <translation>저장된 내용 쓰기</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>계속 고치기</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Visit, call or message — {name}</source>
        <translation>방문·전화·문자 — {name}</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>어떤 내용이었나요? (선택)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>담당 직원</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Open a customer from the list: Enter or a double-click.</source>
        <translation>목록에서 고객을 여세요: Enter 또는 두 번 클릭.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>기념일</translation>
    </message>
    <message>
        <source>Stage and referrals</source>
        <translation>단계·소개</translation>
    </message>
    <message>
        <source>Save car&amp;d</source>
        <translation>카드 저장(&amp;D)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Interests and small things to remember (e.g. likes oat milk)</source>
        <translation>관심사와 기억할 작은 일 (예: 귀리 우유 좋아함 · 딸 3월 입학)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
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
        <source>Staff in charge</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>취소(무효)…</translation>
    </message>
    <message>
        <source>Consultation mode: her history (amounts, points and notes) is hidden.</source>
        <translation>상담 모드: 구매·포인트·메모 기록은 숨겨져 있습니다.</translation>
    </message>
    <message>
        <source>comma separated, e.g. VIP, cake</source>
        <translation>쉼표로 구분, 예: VIP, 케이크</translation>
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
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Former no.</source>
        <translation>이전 고객번호</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>소개해 준 고객</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>소개한 고객</translation>
    </message>
    <message>
        <source>Stage history (newest first)</source>
        <translation>단계 변경 기록 (최신 순)</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>고객번호 {number}</translation>
    </message>
    <message>
        <source>formerly {former}</source>
        <translation>이전 번호 {former}</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>(직접 지정)</translation>
    </message>
    <message>
        <source>candidate advocate (satisfied after her complaint)</source>
        <translation>지지 고객 후보 (불만 해결 후 만족)</translation>
    </message>
    <message>
        <source>from the imported list</source>
        <translation>가져온 명단 기준</translation>
    </message>
    <message>
        <source>from the shop&apos;s own sales</source>
        <translation>가게 판매 기준</translation>
    </message>
    <message>
        <source>{points} expire within 30 days (first on {date})</source>
        <translation>30일 안에 {points} 소멸 예정 (처음 {date})</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>관심사</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 동의</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the trash</source>
        <translation>
            <numerusform>휴지통 고객 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match the filters</source>
        <translation>
            <numerusform>필터에 맞는 고객 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>고객 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Select or open a customer first.</source>
        <translation>먼저 고객을 선택하거나 여세요.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Who is she?</source>
        <translation>어느 분이신가요?</translation>
    </message>
    <message>
        <source>She is not a customer yet: her card is made first (name and phone).</source>
        <translation>아직 고객이 아닙니다: 먼저 고객 카드를 만듭니다 (이름과 연락처).</translation>
    </message>
    <message>
        <source>Use her existing card</source>
        <translation>기존 고객 카드 사용</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>{name} · no. {number}</source>
        <translation>{name} · 고객번호 {number}</translation>
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
    <name>DeleteCustomersDialog</name>
    <message>
        <source>Delete customers</source>
        <translation>고객 삭제</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {names} to the trash? They leave the list, search, calendar, letters and exports; File → Trash restores them exactly.</source>
        <translation>{names} 고객을 휴지통으로 옮길까요? 목록, 검색, 달력, 편지와 내보내기에서 빠지며, 파일 → 휴지통에서 그대로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>잘못 입력</translation>
    </message>
    <message>
        <source>Asked to be removed</source>
        <translation>본인 요청</translation>
    </message>
    <message>
        <source>Closed her account</source>
        <translation>거래 종료</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>사유 (필수)</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>휴지통으로 옮기기</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>Older card</source>
        <translation>먼저 만든 카드</translation>
    </message>
    <message>
        <source>Newer card</source>
        <translation>나중에 만든 카드</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Tidy up duplicate customers</source>
        <translation>중복 고객 정리</translation>
    </message>
    <message>
        <source>These cards may be one customer. Choose a pair and Merge: you choose each field&apos;s value, and the merge can be undone.</source>
        <translation>같은 고객일 수 있는 카드들입니다. 한 쌍을 골라 병합하세요: 항목마다 남길 값을 고르며, 병합은 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>No likely duplicates: every card looks like a person.</source>
        <translation>중복으로 보이는 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>병합…</translation>
    </message>
    <message>
        <source>{other} (No. {other_no}) was merged into {kept} (No. {kept_no}).</source>
        <translation>{other} (고객번호 {other_no}) 카드를 {kept} (고객번호 {kept_no}) 카드로 병합했습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Customers you already have</source>
        <translation>이미 있는 고객</translation>
    </message>
    <message>
        <source>The same phone number (or, without one, the same name and birthday) is the same customer, in ShopCRM or earlier in the file.</source>
        <translation>전화번호가 같으면(전화번호가 없으면 이름과 생일이 같으면) 같은 고객으로 봅니다. ShopCRM에 있는 고객이든 파일의 앞줄이든 마찬가지입니다.</translation>
    </message>
    <message>
        <source>Skip them: leave those customers as they are (a newer last visit is still kept)</source>
        <translation>건너뛰기: 그 고객은 그대로 둡니다 (더 최근의 방문일만 반영합니다)</translation>
    </message>
    <message>
        <source>Fill in: add only what their cards are missing (recommended)</source>
        <translation>채우기: 고객 카드의 빈 칸만 채웁니다 (권장)</translation>
    </message>
    <message>
        <source>Overwrite: the file&apos;s values replace those on the cards</source>
        <translation>덮어쓰기: 파일의 값으로 고객 카드를 바꿉니다</translation>
    </message>
    <message>
        <source>Keep the memo on the card</source>
        <translation>카드의 메모를 그대로 둡니다</translation>
    </message>
    <message>
        <source>Add the file&apos;s memo on a new line (recommended)</source>
        <translation>파일의 메모를 새 줄로 덧붙입니다 (권장)</translation>
    </message>
    <message>
        <source>Replace the card&apos;s memo with the file&apos;s</source>
        <translation>카드의 메모를 파일의 메모로 바꿉니다</translation>
    </message>
    <message>
        <source>Memos:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Filling in or overwriting, a later last visit in the file always moves the card&apos;s.</source>
        <translation>채우기와 덮어쓰기에서는 파일의 최근방문일이 더 늦으면 언제나 카드의 최근 방문일이 그 날짜로 바뀝니다.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>In ShopCRM</source>
        <translation>ShopCRM의 고객 카드</translation>
    </message>
    <message>
        <source>Row {row}: {name}</source>
        <translation>{row}행: {name}</translation>
    </message>
    <message>
        <source>Row {row}: {name} (repeats row {other})</source>
        <translation>{row}행: {name} ({other}행과 같은 고객)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows are customers you already have.</source>
        <translation>
            <numerusform>앞부분의 %n행은 이미 있는 고객입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the first %n rows is a customer you already have: they will all be added as new customers.</source>
        <translation>
            <numerusform>앞부분 %n행 가운데 이미 있는 고객은 없습니다. 모두 새 고객으로 추가됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>고객 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>구매 기록</translation>
    </message>
    <message>
        <source>UTF-8 (Excel 2016 and later)</source>
        <translation>UTF-8 (엑셀 2016 이후)</translation>
    </message>
    <message>
        <source>CP949 (older Korean Excel)</source>
        <translation>CP949 (예전 한국어 엑셀)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>모든 고객</translation>
    </message>
    <message numerus="yes">
        <source>The %n customer(s) in the list now</source>
        <translation>
            <numerusform>지금 목록에 있는 고객 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected customer(s)</source>
        <translation>
            <numerusform>선택한 고객 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Only customers who agreed to marketing</source>
        <translation>마케팅 수신에 동의한 고객만</translation>
    </message>
    <message>
        <source>Hide the middle digits of phone numbers</source>
        <translation>전화번호 가운데 자리 가리기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보낼 것</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose your customer list</source>
        <translation>고객 명단 파일을 고르세요</translation>
    </message>
    <message>
        <source>An Excel file (.xlsx), a CSV or text file saved by Excel, a Google, Outlook or HubSpot export, or contacts from a phone (.vcf).</source>
        <translation>엑셀 파일(.xlsx), 엑셀에서 저장한 CSV·텍스트 파일, Google·Outlook·HubSpot 내보내기 파일, 휴대폰 연락처(.vcf)를 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Finish, and an import can be undone later.</source>
        <translation>&apos;가져오기&apos;를 누르기 전에는 아무것도 저장되지 않고, 가져온 뒤에도 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>4. Follow up</source>
        <translation>4. 후속 조치</translation>
    </message>
    <message>
        <source>A call or a message a few days later shows her the shop still cares.</source>
        <translation>며칠 뒤 전화나 문자 한 통이 가게가 여전히 마음 쓰고 있음을 보여 줍니다.</translation>
    </message>
    <message>
        <source>No follow-up needed</source>
        <translation>후속 조치 필요 없음</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>후속 조치일</translation>
    </message>
    <message>
        <source>Queue an apology letter (template: apology)</source>
        <translation>사과 편지 예약 (서식: 사과)</translation>
    </message>
    <message>
        <source>Follow-up done: she was asked how it went</source>
        <translation>후속 조치 완료: 어떠셨는지 여쭈어 봄</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>고객이 하신 말씀</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>The follow-up date has passed</source>
        <translation>후속 조치일이 지났습니다</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>후속 조치일</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>How the file reads</source>
        <translation>파일 읽기 확인</translation>
    </message>
    <message>
        <source>Check that the letters look right. If they do not, choose another encoding.</source>
        <translation>글자가 제대로 보이는지 확인하세요. 깨져 보이면 다른 인코딩을 고르세요.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>CSV or text</source>
        <translation>CSV 또는 텍스트</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>엑셀 (.xlsx)</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>연락처 (vCard)</translation>
    </message>
    <message>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>한국어 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (엑셀 유니코드 텍스트)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>세로 막대 (|)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>구분자</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>세로 막대</translation>
    </message>
    <message>
        <source>Read as {how}; this looks like {kind}.</source>
        <translation>읽은 방식: {how}. {kind}인 것 같습니다.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>가져오기 기록</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation>아직 가져온 파일이 없습니다.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>이 가져오기 되돌리기</translation>
    </message>
    <message>
        <source>Undone on {date}</source>
        <translation>{date}에 되돌림</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Remove the customers this import created and restore the others?</source>
        <translation>이 가져오기로 새로 생긴 고객을 지우고 바뀐 고객은 원래대로 돌릴까요?</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>{created} new customers, {updated} updated.</source>
        <translation>새 고객 {created}명, 갱신 {updated}명.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>읽은 행</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Customers updated</source>
        <translation>갱신한 고객</translation>
    </message>
    <message>
        <source>Rows skipped (already known)</source>
        <translation>건너뛴 행 (이미 있는 고객)</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>가져오지 못한 행</translation>
    </message>
    <message>
        <source>Values left out</source>
        <translation>빠진 값</translation>
    </message>
    <message>
        <source>Import number</source>
        <translation>가져오기 번호</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>This row was not imported.</source>
        <translation>이 행은 가져오지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…그 밖에 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows not imported were saved to {path}. Fix them in Excel and import that file.</source>
        <translation>가져오지 못한 행을 {path}에 저장했습니다. 엑셀에서 고친 뒤 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>이 가져오기 되돌리기</translation>
    </message>
    <message>
        <source>Remove the customers this import created and restore the others?</source>
        <translation>이번에 새로 만든 고객을 지우고, 바뀐 고객은 원래대로 되돌릴까요?</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>고객 가져오기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>고객을 가져오는 중…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The window will speak {language} from its next start.</source>
        <translation>다음에 시작할 때부터 {language}로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters and labels</source>
        <translation>편지와 라벨</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) chosen</source>
        <translation>
            <numerusform>고객 %n명을 골랐습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>템플릿 편집…</translation>
    </message>
    <message>
        <source>Letter (A4, with letterhead)</source>
        <translation>편지 (A4, 가게 이름 인쇄)</translation>
    </message>
    <message>
        <source>Greeting card (A5)</source>
        <translation>축하 카드 (A5)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Log on the customers&apos; cards when printed</source>
        <translation>인쇄하면 고객 카드에 기록</translation>
    </message>
    <message>
        <source>Ask whether they were sent</source>
        <translation>보냈는지 물어보기</translation>
    </message>
    <message>
        <source>Log them as sent</source>
        <translation>보낸 것으로 기록</translation>
    </message>
    <message>
        <source>Do not log them</source>
        <translation>기록하지 않기</translation>
    </message>
    <message>
        <source>When the PDF is saved</source>
        <translation>PDF로 저장할 때</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>빠진 이유</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>편지 만들기</translation>
    </message>
    <message>
        <source>A4 labels {layout} ({count} a sheet)</source>
        <translation>A4 라벨 {layout} (한 장에 {count}칸)</translation>
    </message>
    <message>
        <source>DL envelopes</source>
        <translation>DL 봉투</translation>
    </message>
    <message>
        <source>One label per customer (do not merge households)</source>
        <translation>고객마다 한 장 (같은 주소도 따로)</translation>
    </message>
    <message>
        <source>Mask phone numbers</source>
        <translation>전화번호 가리기</translation>
    </message>
    <message>
        <source> used</source>
        <translation>장 사용함</translation>
    </message>
    <message>
        <source>Skip used labels</source>
        <translation>이미 쓴 라벨 건너뛰기</translation>
    </message>
    <message>
        <source>Test print with outlines (plain paper)</source>
        <translation>테두리 시험 인쇄 (일반 용지)</translation>
    </message>
    <message>
        <source>Make labels</source>
        <translation>라벨 만들기</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>편지</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>주소 라벨</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{title} (marketing)</source>
        <translation>{title} (광고)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s). Tick those you want to include anyway.</source>
        <translation>
            <numerusform>빠진 고객 %n명. 그래도 보내려면 포함에 체크하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left out.</source>
        <translation>빠진 고객이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to print</source>
        <translation>
            <numerusform>인쇄할 편지 %n통</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelled. No file was made.</source>
        <translation>취소했습니다. 파일을 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>{count} letter(s), {pages} page(s): {template}</source>
        <translation>편지 {count}통, {pages}쪽: {template}</translation>
    </message>
    <message>
        <source>Setting the letters…</source>
        <translation>편지를 짜는 중…</translation>
    </message>
    <message>
        <source>No labels: nobody has an address.</source>
        <translation>주소가 있는 고객이 없어 라벨을 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>{count} label(s) on {pages} page(s).</source>
        <translation>라벨 {count}장, {pages}쪽.</translation>
    </message>
    <message>
        <source>No address: {names}</source>
        <translation>주소가 없는 고객: {names}</translation>
    </message>
    <message>
        <source>Warning: printed without a postal code: {names}</source>
        <translation>주의: 우편번호 없이 인쇄합니다: {names}</translation>
    </message>
    <message>
        <source>Setting the labels…</source>
        <translation>라벨을 짜는 중…</translation>
    </message>
    <message>
        <source>Press “Make letters” to see them here.</source>
        <translation>‘편지 만들기’를 누르면 여기에 미리 보입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged on the customers&apos; cards.</source>
        <translation>
            <numerusform>고객 카드에 편지 %n통을 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters saved</source>
        <translation>편지 저장</translation>
    </message>
    <message numerus="yes">
        <source>Log these letters as sent? Log them once they are mailed or handed over: a birthday or anniversary then counts as greeted, and the same letter is not offered again for %n day(s).</source>
        <translation>
            <numerusform>보낸 것으로 기록할까요? 우편으로 보내거나 직접 전했을 때 기록하세요. 기록하면 생일이나 기념일이 인사 완료로 표시되고, %n일 동안 같은 편지에서 빠집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>인쇄하는 중…</translation>
    </message>
</context>
<context>
    <name>ListFiltersBar</name>
    <message>
        <source>All stages</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>모든 등급</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>모든 담당자</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>수신 동의: 전체</translation>
    </message>
    <message>
        <source>Agreed to marketing</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>수신 동의 없음</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>이탈 위험</translation>
    </message>
    <message>
        <source>Anniversary within 7 days</source>
        <translation>7일 안에 기념일</translation>
    </message>
    <message>
        <source>Points expiring within 30 days</source>
        <translation>30일 안에 소멸될 포인트</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>Show the deleted customers instead of the list</source>
        <translation>목록 대신 삭제된 고객을 보여 줍니다</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>1. Listen</source>
        <translation>1. 경청</translation>
    </message>
    <message>
        <source>Let her speak to the end; write down her own words, as she says them.</source>
        <translation>끝까지 말씀하시게 두고, 고객의 말을 그대로 적으세요.</translation>
    </message>
    <message>
        <source>Her own words, verbatim</source>
        <translation>고객이 하신 말 그대로</translation>
    </message>
    <message>
        <source>e.g. a new cake for tonight</source>
        <translation>예: 오늘 저녁까지 새 케이크</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>일이 있었던 때</translation>
    </message>
    <message>
        <source>Her words *</source>
        <translation>고객의 말 *</translation>
    </message>
    <message>
        <source>What she wants</source>
        <translation>원하시는 것</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Purchase concerned</source>
        <translation>관련 구매</translation>
    </message>
    <message>
        <source>Staff who served her</source>
        <translation>응대한 직원</translation>
    </message>
    <message>
        <source>— none in particular</source>
        <translation>— 특정 구매 없음</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consultation mode: memos, phone numbers, amounts and points are hidden (Ctrl+Shift+H turns it off).</source>
        <translation>상담 모드: 메모, 전화번호, 금액과 포인트가 숨겨져 있습니다 (Ctrl+Shift+H로 끄기).</translation>
    </message>
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
        <source>Complaints</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>Consultation mode</source>
        <translation>상담 모드</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>상담 모드</translation>
    </message>
    <message>
        <source>Hide memos, phone numbers, amounts and points while a customer can see the screen (Ctrl+Shift+H)</source>
        <translation>고객이 화면을 볼 때 메모, 전화번호, 금액과 포인트를 숨깁니다 (Ctrl+Shift+H)</translation>
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
        <source>&amp;Import customers…</source>
        <translation>고객 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>가져오기 기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Tidy up &amp;duplicate customers…</source>
        <translation>중복 고객 정리(&amp;D)…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>휴지통(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Shop details…</source>
        <translation>가게 정보(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>편지(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Letters for the selected customers…</source>
        <translation>고른 고객에게 편지(&amp;L)…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>편지 템플릿(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Queued apology letters…</source>
        <translation>대기 중인 사과 편지(&amp;Q)…</translation>
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
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <source>Record a &amp;sale…</source>
        <translation>판매 기록(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Visit, call or message…</source>
        <translation>방문·전화·문자 기록(&amp;V)…</translation>
    </message>
    <message>
        <source>Use or correct &amp;points…</source>
        <translation>포인트 사용·정정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Referral…</source>
        <translation>소개 고객 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>불만 접수(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete customer… (Del in the list)</source>
        <translation>고객 삭제(&amp;L)… (목록에서 Del)</translation>
    </message>
    <message>
        <source>Select or open a customer first.</source>
        <translation>먼저 고객을 선택하거나 여세요.</translation>
    </message>
    <message>
        <source>Creating the demo shop…</source>
        <translation>데모 가게를 만드는 중…</translation>
    </message>
    <message>
        <source>Select the customers in the calendar&apos;s list first.</source>
        <translation>먼저 달력 목록에서 고객을 고르세요.</translation>
    </message>
    <message>
        <source>Select the customers in the list first (Ctrl+A selects all shown).</source>
        <translation>먼저 목록에서 고객을 고르세요 (Ctrl+A는 보이는 고객을 모두 고릅니다).</translation>
    </message>
    <message>
        <source>No apology letter is waiting to be printed.</source>
        <translation>인쇄를 기다리는 사과 편지가 없습니다.</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>열 연결</translation>
    </message>
    <message>
        <source>Columns were matched by their titles. Change any that are wrong.</source>
        <translation>제목을 보고 열을 연결했습니다. 틀린 것이 있으면 바꾸세요.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>이름이 들어 있는 열을 골라 주세요.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two cards</source>
        <translation>두 카드 병합</translation>
    </message>
    <message>
        <source>Her whole history (sales, points, anniversaries, letters, visits, referrals, tags) moves to the kept card, which keeps its number; the other number finds her too. Choose the value to keep where the cards differ.</source>
        <translation>구매, 포인트, 기념일, 편지, 방문, 소개, 태그 등 모든 기록이 남길 카드로 옮겨지고, 남길 카드는 고객번호를 유지합니다. 다른 카드의 번호로 검색해도 찾을 수 있습니다. 두 카드가 다른 항목마다 남길 값을 고르세요.</translation>
    </message>
    <message>
        <source>Kept card</source>
        <translation>남길 카드</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>합쳐질 카드</translation>
    </message>
    <message>
        <source>The same on both cards: {fields}</source>
        <translation>두 카드가 같은 항목: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of history move to the kept card.</source>
        <translation>
            <numerusform>기록 %n건이 남길 카드로 옮겨집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Why they look like one customer: {why}</source>
        <translation>같은 고객으로 보이는 이유: {why}</translation>
    </message>
    <message>
        <source>{name} (No. {number})</source>
        <translation>{name} (고객번호 {number})</translation>
    </message>
    <message>
        <source>Both, appended</source>
        <translation>둘 다 (이어 붙임)</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>동의 안 함</translation>
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
        <source>Marketing consent</source>
        <translation>마케팅 동의</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>Former no.</source>
        <translation>이전 고객번호</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>e.g. likes oat milk · daughter starts school in March</source>
        <translation>예: 귀리 우유 좋아함 · 딸 3월 입학</translation>
    </message>
    <message>
        <source>Agrees to receive marketing letters and messages</source>
        <translation>마케팅 편지·문자 수신에 동의함</translation>
    </message>
    <message>
        <source>Open her card</source>
        <translation>그 고객 카드 열기</translation>
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
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>관심사</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>동의 방법</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Points — {name}</source>
        <translation>포인트 — {name}</translation>
    </message>
    <message>
        <source>&amp;Use points (a gift, a free item)</source>
        <translation>포인트 사용 (선물, 무료 제공)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Correct the balance</source>
        <translation>잔액 정정(&amp;C)</translation>
    </message>
    <message>
        <source>Take away</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>더하기</translation>
    </message>
    <message>
        <source>e.g. birthday cake, points moved from paper</source>
        <translation>예: 생일 케이크, 종이 쿠폰 포인트 옮김</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>이유 *</translation>
    </message>
    <message>
        <source>Balance afterwards</source>
        <translation>처리 후 잔액</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Red rows will not be imported, yellow cells lose a value that could not be read; hover for the reason.</source>
        <translation>저장될 모습 그대로 앞부분을 보여 줍니다. 빨간 줄은 가져오지 않고, 노란 칸은 읽을 수 없는 값을 빼고 가져옵니다. 마우스를 올리면 이유가 보입니다.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows</source>
        <translation>
            <numerusform>앞부분 %n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows</source>
        <translation>
            <numerusform>전체 %n행</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown}: {new} new, {known} already customers, {rejected} not imported.</source>
        <translation>{shown}: 새 고객 {new}명, 이미 있는 고객 {known}명, 가져오지 않음 {rejected}행.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Who introduced {name}?</source>
        <translation>{name} 고객을 누가 소개했나요?</translation>
    </message>
    <message>
        <source>Both get {points} when {name} first buys (paid once).</source>
        <translation>{name} 고객이 처음 구매하면 두 고객 모두 {points}를 받습니다 (한 번만 지급).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>소개한 고객</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>{name} · no. {number}</source>
        <translation>{name} · 고객번호 {number}</translation>
    </message>
    <message>
        <source>Recorded. {points} each were paid to both customers.</source>
        <translation>기록했습니다. 두 고객에게 각각 {points}를 지급했습니다.</translation>
    </message>
    <message>
        <source>Recorded. Both get {points} when {name} first buys.</source>
        <translation>기록했습니다. {name} 고객이 처음 구매하면 두 고객 모두 {points}를 받습니다.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>e.g. 12,000 or 1.2만</source>
        <translation>예: 12,000 또는 1.2만</translation>
    </message>
    <message>
        <source>e.g. one item returned</source>
        <translation>예: 한 품목 반품</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>환불 가능 금액</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>환불 금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
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
    <name>ResolvePage</name>
    <message>
        <source>3. Resolve on the spot</source>
        <translation>3. 현장 해결</translation>
    </message>
    <message>
        <source>Accept what she asks for and give it now: a refund, a redo, a small gift …</source>
        <translation>요청을 받아들이고 그 자리에서 해결하세요: 환불, 다시 해 드림, 작은 선물 …</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>보상</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Add remedy</source>
        <translation>보상 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Confirmed by (owner or manager) *</source>
        <translation>승인한 사람 (사장 또는 매니저) *</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>보상 내용</translation>
    </message>
    <message>
        <source>Given: {won} and {points} (without the owner or a manager: up to {limit})</source>
        <translation>보상 합계: {won}, {points} (사장·매니저 승인 없이 가능: {limit}까지)</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale — {name}</source>
        <translation>판매 — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · no. {number} · points {points}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · 고객번호 {number} · 포인트 {points}</translation>
    </message>
    <message>
        <source>Enter in the item row adds the line; Enter elsewhere saves; Esc cancels.</source>
        <translation>품목 칸에서 Enter: 품목 추가 · 그 밖에서 Enter: 저장 · Esc: 취소</translation>
    </message>
    <message>
        <source>Product or free text</source>
        <translation>상품 이름 또는 직접 입력</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>품목 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>품목 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>사용 포인트</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>적립 포인트</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>of {balance}</source>
        <translation>/ 보유 {balance}</translation>
    </message>
    <message>
        <source>{earned} (balance afterwards {after})</source>
        <translation>{earned} (적립 후 잔액 {after})</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>가게 정보</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>편지</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>불만</translation>
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
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Letters and envelopes print the shop&apos;s name, owner, address and phone as their letterhead. The logo is chosen under Letters → Letter templates.</source>
        <translation>편지와 봉투의 머리글에는 가게 이름, 대표자, 주소, 전화번호가 인쇄됩니다. 로고는 편지 → 편지 템플릿에서 고릅니다.</translation>
    </message>
    <message>
        <source> purchases</source>
        <translation>회</translation>
    </message>
    <message>
        <source>Spent in 12 months (won)</source>
        <translation>12개월 구매 금액 (원)</translation>
    </message>
    <message>
        <source>Visit days in 12 months</source>
        <translation>12개월 방문 일수</translation>
    </message>
    <message>
        <source>Use the business type&apos;s grades</source>
        <translation>업종 기본 등급 기준 적용</translation>
    </message>
    <message>
        <source> × her usual gap</source>
        <translation>배 (평소 방문 간격 대비)</translation>
    </message>
    <message>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Purchases that make a regular</source>
        <translation>단골이 되는 구매 횟수</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation>이탈 위험 기준</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>포인트 적립률</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>포인트 유효 기간</translation>
    </message>
    <message>
        <source>Referral reward (points)</source>
        <translation>소개 보상 (포인트)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>담당 고객</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove the selected…</source>
        <translation>선택한 직원 내보내기…</translation>
    </message>
    <message>
        <source>Her customers go to</source>
        <translation>담당 고객을 넘겨받을 직원</translation>
    </message>
    <message>
        <source>The owner and managers may override a stage and change these settings. Changes to the staff list are saved at once.</source>
        <translation>사장과 매니저는 고객 단계를 직접 바꾸고 설정을 변경할 수 있습니다. 직원 목록의 변경은 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Price (won)</source>
        <translation>가격 (원)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>판매 중</translation>
    </message>
    <message>
        <source>Price, e.g. 3,500</source>
        <translation>가격 (예: 3,500)</translation>
    </message>
    <message>
        <source>The counter offers the products on sale as you type. Past sales keep their names and prices. Changes to the product list are saved at once.</source>
        <translation>계산할 때 판매 중인 상품이 자동 완성으로 나옵니다. 지난 판매 기록의 상품명과 가격은 그대로 남습니다. 상품 목록의 변경은 바로 저장됩니다.</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Ask whether they were sent</source>
        <translation>보냈는지 물어보기</translation>
    </message>
    <message>
        <source>Log them as sent</source>
        <translation>보낸 것으로 기록</translation>
    </message>
    <message>
        <source>Do not log them</source>
        <translation>기록하지 않기</translation>
    </message>
    <message>
        <source>The same letter again only after</source>
        <translation>같은 편지를 다시 보내는 간격</translation>
    </message>
    <message>
        <source>When letters are saved as a PDF</source>
        <translation>편지를 PDF로 저장하면</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation>일 전</translation>
    </message>
    <message>
        <source>on 28 February</source>
        <translation>2월 28일에</translation>
    </message>
    <message>
        <source>on 1 March</source>
        <translation>3월 1일에</translation>
    </message>
    <message>
        <source>Remind of anniversaries</source>
        <translation>기념일 미리 알림</translation>
    </message>
    <message>
        <source>A 29 February birthday, in other years</source>
        <translation>2월 29일 생일은 평년에</translation>
    </message>
    <message>
        <source>The language of the window on this PC only (other counters keep theirs). It applies from the window&apos;s next start.</source>
        <translation>이 PC의 화면 언어입니다 (다른 PC는 각자 설정을 유지합니다). 프로그램을 다음에 시작할 때부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Compensation without the owner, up to (won)</source>
        <translation>사장 승인 없이 줄 수 있는 보상 (원)</translation>
    </message>
    <message>
        <source>Points without the owner, up to</source>
        <translation>사장 승인 없이 줄 수 있는 포인트</translation>
    </message>
    <message>
        <source>e.g. product, service, waiting, parking</source>
        <translation>예: 상품, 서비스, 대기 시간, 주차</translation>
    </message>
    <message>
        <source>Categories (separated by commas)</source>
        <translation>분류 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>1. Listen</source>
        <translation>1. 경청</translation>
    </message>
    <message>
        <source>2. Apologise</source>
        <translation>2. 사과</translation>
    </message>
    <message>
        <source>3. Resolve on the spot</source>
        <translation>3. 현장 해결</translation>
    </message>
    <message>
        <source>4. Follow up</source>
        <translation>4. 후속 조치</translation>
    </message>
    <message>
        <source>5. Close</source>
        <translation>5. 종결</translation>
    </message>
    <message>
        <source>The words suggested beside each step of the complaint wizard. Leave one empty to get the usual words back.</source>
        <translation>불만 처리 마법사의 각 단계 옆에 보이는 제안 문구입니다. 비워 두면 기본 문구로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Use the usual grade thresholds of a {type} (Thresholds tab)?</source>
        <translation>{type} 업종의 기본 등급 기준을 적용할까요? (기준 탭)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>아무에게도 넘기지 않음</translation>
    </message>
    <message>
        <source>Remove {name} from the staff list? Her {count} customers go to {other}.</source>
        <translation>{name} 님을 직원 목록에서 내보낼까요? 담당 고객 {count}명은 {other}(으)로 넘어갑니다.</translation>
    </message>
    <message>
        <source>Remove staff member</source>
        <translation>직원 내보내기</translation>
    </message>
</context>
<context>
    <name>ShopSetupDialog</name>
    <message>
        <source>Start a new shop</source>
        <translation>새 가게 시작</translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation>가게 정보</translation>
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
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>업종</translation>
    </message>
</context>
<context>
    <name>StageOverrideDialog</name>
    <message>
        <source>Change the stage</source>
        <translation>단계 변경</translation>
    </message>
    <message>
        <source>As her records say (no override)</source>
        <translation>기록대로 (직접 지정 안 함)</translation>
    </message>
    <message>
        <source>e.g. introduces many friends</source>
        <translation>예: 친구를 많이 소개함</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>결정한 사람</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>You could say</source>
        <translation>이렇게 말해 보세요</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>편지 템플릿</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>새 템플릿</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <source>Letterhead logo…</source>
        <translation>로고 넣기…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>로고 빼기</translation>
    </message>
    <message>
        <source>Marketing: only for customers who agreed to receive it</source>
        <translation>광고성: 수신에 동의한 고객에게만 보냅니다</translation>
    </message>
    <message>
        <source>Paragraphs, separated by an empty line</source>
        <translation>문단 사이에는 빈 줄을 두세요</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>받는 분</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>맺음말</translation>
    </message>
    <message>
        <source>Double-click to insert. After &apos;|&apos; comes the text printed when a customer has no value, as in {example}; without it she is left out.</source>
        <translation>두 번 누르면 커서 자리에 들어갑니다. &apos;|&apos; 뒤에는 값이 없는 고객에게 대신 쓸 말을 적습니다 (예: {example}). 대신 쓸 말이 없으면 그 고객은 빠집니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>넣을 수 있는 항목</translation>
    </message>
    <message>
        <source>{title} (marketing)</source>
        <translation>{title} (광고)</translation>
    </message>
    <message>
        <source>{title} (edited)</source>
        <translation>{title} (고침)</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>이 템플릿에서 고친 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>Preview with a made-up customer</source>
        <translation>가상의 고객으로 미리 보기</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>새 편지</translation>
    </message>
    <message>
        <source>Delete the template “{title}”?</source>
        <translation>‘{title}’ 템플릿을 지울까요?</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>Deleted customers stay here, out of the list, search, calendar, letters and exports. Restore puts one back exactly as she was.</source>
        <translation>삭제한 고객은 목록, 검색, 달력, 편지와 내보내기에서 빠진 채 여기에 남습니다. 되살리기를 누르면 그대로 돌아옵니다.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>휴지통이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>되살리기</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
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
        <source>Deleted on</source>
        <translation>삭제일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void</source>
        <translation>취소(무효)</translation>
    </message>
    <message>
        <source>Voiding removes the sale and the points it earned from her totals.</source>
        <translation>판매를 무효로 하면 그 판매와 적립 포인트가 고객의 합계에서 빠집니다.</translation>
    </message>
    <message>
        <source>e.g. typed twice by mistake</source>
        <translation>예: 실수로 두 번 입력함</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>사유 *</translation>
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
</context>
<context>
    <name>agenda</name>
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
    <name>export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 파일 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for other programs (*.csv)</source>
        <translation>다른 프로그램용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>저장할 곳</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>(leave out)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>이름(성 제외)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>중간 이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>휴대폰</translation>
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
        <source>Part of the address</source>
        <translation>주소의 일부</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <source>Birthday: lunar or solar</source>
        <translation>생일 음력/양력</translation>
    </message>
    <message>
        <source>Birthday: solar (Y/N)</source>
        <translation>생일 양력 여부 (Y/N)</translation>
    </message>
    <message>
        <source>Birthday: leap month</source>
        <translation>생일 윤달</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>결혼기념일</translation>
    </message>
    <message>
        <source>Other anniversaries</source>
        <translation>기타 기념일</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>관심사</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Grade (old system)</source>
        <translation>등급 (이전 시스템)</translation>
    </message>
    <message>
        <source>Total spent (carried over)</source>
        <translation>누적 구매액 (이월)</translation>
    </message>
    <message>
        <source>Last visit (carried over)</source>
        <translation>최근 방문일 (이월)</translation>
    </message>
    <message>
        <source>Points (carried over)</source>
        <translation>포인트 (이월)</translation>
    </message>
    <message>
        <source>Number of purchases (carried over)</source>
        <translation>구매 횟수 (이월)</translation>
    </message>
    <message>
        <source>Number of visits (carried over)</source>
        <translation>방문 횟수 (이월)</translation>
    </message>
    <message>
        <source>First purchase date</source>
        <translation>첫구매일</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>가입일</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>추천인</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 동의</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>동의 일자</translation>
    </message>
    <message>
        <source>Consent channel</source>
        <translation>동의 경로</translation>
    </message>
    <message>
        <source>Customer no. (old system)</source>
        <translation>고객번호 (이전 시스템)</translation>
    </message>
    <message>
        <source>Former customer no.</source>
        <translation>이전 고객번호</translation>
    </message>
    <message>
        <source>a ShopCRM export</source>
        <translation>ShopCRM 내보내기 파일</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google 주소록</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Outlook 연락처</translation>
    </message>
    <message>
        <source>a HubSpot export</source>
        <translation>HubSpot 내보내기 파일</translation>
    </message>
    <message>
        <source>a contacts file (vCard)</source>
        <translation>연락처 파일(vCard)</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>일반 표</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>이미 있는 고객</translation>
    </message>
    <message>
        <source>Repeats a row</source>
        <translation>앞 줄과 같은 고객</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Choose a customer list</source>
        <translation>고객 명단 파일 고르기</translation>
    </message>
    <message>
        <source>Customer lists ({extensions});;All files (*)</source>
        <translation>고객 명단 ({extensions});;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Save PDF</source>
        <translation>PDF 저장</translation>
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
    <message>
        <source>{name}&apos;s card has changes not saved yet.</source>
        <translation>{name} 님의 카드에 저장하지 않은 변경이 있습니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>변경 버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 고치기</translation>
    </message>
    <message>
        <source>What you typed on this page is not saved yet (the steps before it are). Close and drop it?</source>
        <translation>이 단계에 입력한 내용은 아직 저장되지 않았습니다 (앞 단계는 저장됨). 닫고 버릴까요?</translation>
    </message>
    <message>
        <source>{name} is satisfied now: she is marked as a candidate advocate on her card. Make her a thank-you letter?</source>
        <translation>{name} 고객이 만족하셨습니다: 고객 카드에 지지 고객 후보로 표시됩니다. 감사 편지를 만들까요?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Letterhead logo</source>
        <translation>편지 머리 로고</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>그림 파일 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>How the shop addresses customers (고객님)</source>
        <translation>고객을 부르는 말 (고객님)</translation>
    </message>
    <message>
        <source>The customer number</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <source>The owner&apos;s name</source>
        <translation>대표자 이름</translation>
    </message>
    <message>
        <source>The shop&apos;s phone</source>
        <translation>가게 전화번호</translation>
    </message>
    <message>
        <source>The shop&apos;s address</source>
        <translation>가게 주소</translation>
    </message>
    <message>
        <source>The letter&apos;s date</source>
        <translation>편지 쓴 날짜</translation>
    </message>
    <message>
        <source>Her points (none when 0)</source>
        <translation>적립 포인트 (0이면 값 없음)</translation>
    </message>
    <message>
        <source>Her grade (VIP, Gold …)</source>
        <translation>등급 (VIP, 골드 …)</translation>
    </message>
    <message>
        <source>The staff member in charge</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>Her first purchase</source>
        <translation>첫 구매일</translation>
    </message>
    <message>
        <source>Her last purchase</source>
        <translation>마지막 구매일</translation>
    </message>
    <message>
        <source>What she bought last</source>
        <translation>마지막에 산 물건</translation>
    </message>
    <message>
        <source>Her last visit</source>
        <translation>마지막 방문일</translation>
    </message>
    <message>
        <source>Her birthday this time</source>
        <translation>이번 생일 날짜</translation>
    </message>
    <message>
        <source>Her anniversary (wedding, first purchase …)</source>
        <translation>기념일 이름 (결혼기념일, 첫 구매 기념일 …)</translation>
    </message>
    <message>
        <source>The anniversary&apos;s date</source>
        <translation>기념일 날짜</translation>
    </message>
    <message>
        <source>Years since (10주년)</source>
        <translation>몇 주년인지 (10주년)</translation>
    </message>
    <message>
        <source>Who introduced her</source>
        <translation>이 고객을 소개한 분</translation>
    </message>
    <message>
        <source>The friend she introduced</source>
        <translation>이 고객이 소개한 친구</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
</TS>
