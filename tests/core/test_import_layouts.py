"""Contacts from elsewhere: Google, Outlook, HubSpot exports and vCards from Android and iOS."""

from __future__ import annotations

from pathlib import Path

from peewee import Database

from shopcrm.customers import customer_tags
from shopcrm.models import Customer
from tests.helpers.import_helpers import birthdays, names, people, run_import, write


def customer(name: str) -> Customer:
    return Customer.get(Customer.name == name)


def test_google_contacts_new_headers(db: Database, tmp_path: Path) -> None:
    header = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,Birthday,Notes,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,"
        "Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
        "Address 1 - Postal Code\r\n"
    )
    rows = (
        "민수,,김,,,1985-03-07,단골,* myContacts ::: 단골 ::: VIP,* Home,minsu@example.com,"
        "Home,02-123-4567,Mobile,010-1234-5678,Home,서울시 강남구 역삼로 1,역삼로 1,06236\r\n"
        "Anna,,Park,,,--05-01,,* myContacts,,,Mobile,010-2222-3333 ::: 031-555-6666,,,,,,\r\n"
    )
    report = run_import(write(tmp_path / "contacts.csv", header + rows, "utf-8"))
    assert report.layout == "google"
    minsu = customer("김민수")
    assert (minsu.phone, minsu.email, minsu.postal_code) == (
        "01012345678",
        "minsu@example.com",
        "06236",
    )
    assert minsu.address == "서울시 강남구 역삼로 1"
    assert minsu.notes == "단골\n다른 전화번호: 02-123-4567"
    assert customer_tags(minsu.id) == ["VIP", "단골"]
    anna = customer("Anna Park")
    assert anna.phone == "01022223333"
    assert anna.notes == "다른 전화번호: 031-555-6666"
    assert birthdays()["Anna Park"] == (None, 5, 1, False, False)


def test_google_contacts_old_headers(db: Database, tmp_path: Path) -> None:
    header = (
        "Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,"
        "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\r\n"
    )
    row = (
        "이서연,서연,,이,1990-03-07,,* My Contacts ::: 꽃,* Home,sy@example.com,"
        "Mobile,+82 10-2222-3333\r\n"
    )
    run_import(write(tmp_path / "google.csv", header + row, "utf-8"))
    seoyeon = customer("이서연")
    assert (seoyeon.phone, seoyeon.email) == ("01022223333", "sy@example.com")
    assert customer_tags(seoyeon.id) == ["꽃"]


def test_outlook_contacts_use_us_dates_and_zero_dates(db: Database, tmp_path: Path) -> None:
    header = (
        "Title,First Name,Middle Name,Last Name,Suffix,Company,Business Phone,Home Phone,"
        "Mobile Phone,E-mail Address,E-mail 2 Address,Home Street,Home City,Home Postal Code,"
        "Birthday,Anniversary,Notes,Categories\r\n"
    )
    rows = (
        ",민수,,김,,,02-123-4567,,010-1234-5678,minsu@example.com,kim@work.example,"
        '역삼로 1,서울,06236,3/7/1985,0/0/00,"메모 ""하나""",단골;VIP\r\n'
        ",John,,Smith,,,,,1098765432,,,,,,12/25/1970,6/1/1995,,\r\n"
    )
    report = run_import(write(tmp_path / "outlook.csv", header + rows, "cp949"))
    assert report.layout == "outlook"
    minsu = customer("김민수")
    assert minsu.phone == "01012345678"
    assert minsu.address == "역삼로 1 서울"
    assert minsu.notes == '메모 "하나"\n다른 전화번호: 02-123-4567\n다른 이메일: kim@work.example'
    assert customer_tags(minsu.id) == ["VIP", "단골"]
    assert birthdays()["김민수"] == (1985, 3, 7, False, False)
    assert birthdays()["John Smith"] == (1970, 12, 25, False, False)
    assert customer("John Smith").phone == "01098765432"


def test_hubspot_export_keeps_its_record_id_as_former_number(db: Database, tmp_path: Path) -> None:
    header = (
        '"Record ID","First Name","Last Name","Email","Phone Number","Mobile Phone Number",'
        '"Street Address","City","Postal Code","Create Date","Lifecycle Stage"\r\n'
    )
    row = (
        '"5011","민수","김","minsu@example.com","","010-1234-5678","역삼로 1","서울",'
        '"06236","2023-05-01 10:22","customer"\r\n'
    )
    report = run_import(write(tmp_path / "hubspot.csv", header + row, "utf-8"))
    assert report.layout == "hubspot"
    minsu = customer("김민수")
    assert (minsu.former_no, minsu.phone, minsu.email) == (
        "5011",
        "01012345678",
        "minsu@example.com",
    )


VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80;=EB=AF=BC=EC=88=98;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80=EB=AF=BC=EC=88=98\r\n"
    "TEL;HOME:02-123-4567\r\n"
    "TEL;CELL:010-1234-5678\r\n"
    "EMAIL;HOME:minsu@example.com\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EC=86=8C=EA=B8=88=EB=B9=B5 =\r\n"
    "=EC=A2=8B=EC=95=84=ED=95=A8\r\n"
    "BDAY:1985-03-07\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    " AAAAAAAAAAAA\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EC=9D=B4;=EC=84=9C=EC=97=B0;;;\r\n"
    "TEL;CELL;PREF:+82 10-2222-3333\r\n"
    "END:VCARD\r\n"
)


def test_android_vcard_21_with_quoted_printable_utf8(db: Database, tmp_path: Path) -> None:
    report = run_import(write(tmp_path / "contacts.vcf", VCARD_21, "utf-8"))
    assert (report.file_format, report.layout, report.created) == ("vcard", "vcard", 2)
    assert people() == [
        ("김민수", "01012345678", "minsu@example.com", "소금빵 좋아함\n다른 전화번호: 02-123-4567"),
        ("이서연", "01022223333", None, None),
    ]
    assert birthdays()["김민수"] == (1985, 3, 7, False, False)


def test_ios_vcard_30_birthday_without_year(db: Database, tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
        "N:박;지훈;;;\r\nFN:박지훈\r\n"
        "item1.TEL;type=pref:010-3333-4444\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n"
        "BDAY;X-APPLE-OMIT-YEAR=1604;VALUE=date:1604-03-07\r\n"
        "item2.X-ABDATE;type=pref:2015-05-20\r\nitem2.X-ABLabel:_$!<Anniversary>!$_\r\n"
        "item3.X-ABDATE:2020-09-01\r\nitem3.X-ABLabel:개업일\r\n"
        "NOTE:첫 줄\\n둘째 줄\\, 쉼표\r\n"
        "CATEGORIES:단골,꽃\r\n"
        "ADR;type=HOME:;;역삼로 1;강남구;서울;06236;대한민국\r\n"
        "END:VCARD\r\n"
    )
    run_import(write(tmp_path / "ios.vcf", card, "utf-8"))
    jihoon = customer("박지훈")
    assert jihoon.notes == "첫 줄\n둘째 줄, 쉼표"
    assert jihoon.address == "서울 강남구 역삼로 1"
    assert jihoon.postal_code == "06236"
    assert customer_tags(jihoon.id) == ["꽃", "단골"]
    kinds = {(a.kind, a.label, a.year, a.month, a.day) for a in jihoon.anniversaries}
    assert kinds == {
        ("birthday", None, None, 3, 7),
        ("wedding", None, 2015, 5, 20),
        ("custom", "개업일", 2020, 9, 1),
    }


def test_vcard_40_with_anniversary_and_folded_lines(db: Database, tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:최유리\r\nN:최;유리;;;\r\n"
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+82-10-4444-5555\r\n'
        "BDAY:--0307\r\nANNIVERSARY:20100605\r\nGENDER:F\r\n"
        "NOTE:아주 긴 메모가 여러 줄로\r\n  접혀 있습니다\r\n"
        "END:VCARD\r\n"
    )
    run_import(write(tmp_path / "v4.vcf", card, "utf-8"))
    yuri = customer("최유리")
    assert (yuri.phone, yuri.gender, yuri.notes) == (
        "01044445555",
        "female",
        "아주 긴 메모가 여러 줄로 접혀 있습니다",
    )
    assert birthdays()["최유리"] == (None, 3, 7, False, False)


def test_a_vcard_without_a_name_is_rejected_and_kept_as_a_card(
    db: Database, tmp_path: Path
) -> None:
    text = VCARD_21 + "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:010-9999-8888\r\nEND:VCARD\r\n"
    report = run_import(write(tmp_path / "mixed.vcf", text, "utf-8"))
    assert names() == ["김민수", "이서연"]
    assert [(p.row, p.code) for p in report.problems] == [(3, "row_without_name")]
    assert report.rejected_path is not None and report.rejected_path.endswith(".rejected.vcf")
    rejected = Path(report.rejected_path).read_text(encoding="utf-8-sig")
    assert rejected.startswith("BEGIN:VCARD") and "TEL:010-9999-8888" in rejected
