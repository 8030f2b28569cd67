"""Korean: label keys, process and roast words, size units and non-coffee goods as Korean shops write them."""

LOCALES = ("ko",)
SCRIPT = "cjk"  # particles attach to words ("에티오피아산", "케냐의"): vocabulary matches inside words
COMPOUNDS = False
LABELS = {
    "origin": ("원산지", "생산국", "국가", "나라", "산지", "원산국", "생산지"),
    "region": ("지역", "생산지역", "재배지역", "주"),
    "process": ("가공방식", "가공 방식", "가공법", "가공", "프로세스", "정제방식", "정제 방식", "처리방식", "프로세싱"),
    "roast": ("로스팅", "로스팅 포인트", "로스팅 단계", "로스팅포인트", "배전도", "로스팅 레벨", "배전", "원두 로스팅"),
    "variety": ("품종", "커피 품종", "버라이어티"),
    "altitude": ("고도", "재배고도", "재배 고도", "해발"),
    "producer": ("생산자", "농장", "농장주", "농부", "워싱스테이션", "워싱 스테이션", "협동조합", "생산 농장"),
    "notes": ("컵노트", "컵 노트", "테이스팅 노트", "테이스팅노트", "맛", "향미", "노트", "플레이버", "풍미"),
    "weight": ("용량", "중량", "내용량", "무게"),
}
PROCESS = {
    "washed": ("워시드", "워시드 프로세스", "풀리 워시드", "수세식", "습식", "워시트", "와시드"),
    "natural": ("내추럴", "네추럴", "내츄럴", "네츄럴", "건식"),
    "honey": ("허니", "허니 프로세스", "레드 허니", "블랙 허니", "옐로우 허니"),
    "anaerobic": ("무산소", "애너로빅", "아나에로빅", "혐기성", "혐기 발효", "무산소 발효", "애나로빅"),
    "carbonic maceration": ("카보닉 마세레이션", "카보닉마세레이션", "탄산 침용", "카보닉 매서레이션", "카보닉 매세레이션"),
    "pulped natural": ("펄프드 내추럴", "펄프드내추럴", "세미 워시드"),
    "wet-hulled": ("웻헐링", "웻 헐링", "길링바사", "길링 바사"),
    "experimental": ("이스트", "효모", "유산균 발효", "써멀 쇼크", "인퓨즈드", "락틱"),
}
# Words that state a process on their own, with no process word near.
STRONG_PROCESS_WORDS = ("건식",)
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("가공", "프로세스", "정제", "처리",
                   "발효", "건조")
ROAST = {
    "light": ("라이트 로스팅", "라이트로스팅", "라이트 로스트", "약배전", "약볶음", "라이트", "시나몬"),
    "medium-light": ("미디엄 라이트", "미디엄라이트", "라이트 미디엄", "약중배전", "중약배전"),
    "medium": ("미디엄 로스팅", "미디엄로스팅", "미디엄 로스트", "중배전", "미디엄", "시티 로스팅", "하이 로스팅", "시티"),
    "medium-dark": ("미디엄 다크", "미디엄다크", "중강배전", "풀시티", "풀 시티"),
    "dark": ("다크 로스팅", "다크로스팅", "다크 로스트", "강배전", "다크", "프렌치", "이탈리안"),
    "omni": ("옴니",),
}
ROAST_CONTEXT = ("로스팅", "로스트", "배전", "볶음", "볶았", "볶아")  # (볶다: "볶았습니다"; not "볶은 견과류", roasted nuts)
UNITS = {"그램": 1, "그람": 1, "킬로그램": 1000, "킬로": 1000, "키로": 1000, "키로그램": 1000, "파운드": "453.59237"}
SUBSCRIPTION_OPTIONS = ("배송 주기", "배송주기", "구독 주기", "구독 기간")  # option names of a delivery rhythm
SIZE_OPTIONS = ("용량", "중량", "사이즈", "무게", "규격")
BAGS = ("봉", "봉지", "팩")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("커피", "원두", "홀빈", "분쇄", "스페셜티", "싱글오리진", "싱글 오리진", "에스프레소", "아라비카", "드립용")
BLEND = ("블렌드", "블랜드")
DECAF = ("디카페인", "카페인 없는")
# Before (after, in CJK) a machine a coffee is for: "에스프레소 머신용" (lang.for_purpose)
PURPOSE = ("용",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("생두", "커피 생두", "커피생두", "그린빈", "그린 빈"),
    "subscription": ("정기구독", "정기 구독", "구독", "정기배송", "정기 배송"),
    "gift card": ("기프트카드", "기프트 카드", "상품권", "기프티콘", "모바일 상품권"),
    "gift hamper": ("선물세트", "선물 세트", "기프트 세트", "기프트세트", "선물상자"),
    "workshop/event": ("클래스", "워크숍", "워크샵", "교육", "강좌", "세미나", "커핑 클래스"),
    "equipment: grinder": ("그라인더", "핸드밀", "커피밀", "분쇄기"),
    "equipment: kettle": ("주전자", "드립포트", "드립 포트", "케틀"),
    # (a hangul word of two syllables or fewer only counts after a space: compounds are listed whole)
    "equipment: brewer": ("드리퍼", "서버", "커피 서버", "유리 서버", "프렌치프레스", "커피메이커", "에스프레소 머신", "모카포트", "사이폰", "콜드브루 메이커", "에어로프레스"),
    "equipment: scale": ("저울", "스케일"),
    "equipment: filters": ("필터", "여과지", "종이필터", "페이퍼 필터"),
    "equipment": ("우유 거품기", "거품기", "밀크 프로더", "보관통", "원두 보관통", "탬퍼", "피처", "밀크저그", "캐니스터", "밀폐용기", "보관용기", "보관 용기", "원두 보관함", "온도계", "계량스푼", "도구"),
    "instant/sachet": ("드립백", "드립 백", "캡슐", "인스턴트", "스틱", "콜드브루 원액", "원액", "티백"),
    "bundle/sampler": ("샘플러", "테이스팅 세트", "맛보기 세트", "세트"),
    "merch": ("후드티", "후드", "에스프레소 잔", "에스프레소잔", "커피잔", "데미타스 잔", "머그컵", "머그", "로고 머그", "스텐 머그", "컵", "텀블러", "유리잔", "티셔츠", "에코백", "토트백", "모자", "앞치마", "책", "도서", "포스터",
              "아트 프린트", "페넌트", "엽서", "스티커", "캔들", "양말", "보틀"),
    "not coffee: tea/food": ("녹차", "홍차", "허브티", "말차", "초콜릿", "쿠키", "과자", "시럽", "카스카라", "차 티백", "리큐르", "리큐어"),
}
COUNTRIES = {
    "ET": ("이디오피아", "에디오피아"), "CO": ("컬럼비아",), "GT": ("과테말라",), "CR": ("코스타 리카",), "SV": ("엘 살바도르",),
    "DO": ("도미니카",), "CD": ("콩고", "민주콩고"), "TW": ("대만",),
}
# Famous regions and farms that name their country (flagged as inferred).
REGIONS = {
    "ET": ("예가체프", "예가체페", "시다모", "시다마", "구지", "겟샤", "함벨라", "림무", "짐마"),
    "CO": ("후일라", "우일라", "나리뇨", "카우카", "톨리마", "안티오키아"), "GT": ("안티구아", "우에우에테낭고", "아카테낭고"),
    "ID": ("만델링", "수마트라", "토라자", "아체", "술라웨시"), "JM": ("블루마운틴",), "PA": ("보케테",), "KE": ("니에리", "키리냐가"),
    "TZ": ("킬리만자로",), "BR": ("세하도", "세라도", "모지아나"), "CR": ("타라주",), "US": ("하와이 코나", "하와이", "코나"),
    "PE": ("카하마르카",),
}
ADJECTIVES = {}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("분쇄", "분쇄도", "분쇄 여부", "분쇄 정도", "원두 상태", "분쇄 선택", "그라인딩", "추출 방식", "추출도구")
GRIND = {"whole bean": ("홀빈", "원두 그대로", "분쇄 안함", "분쇄안함", "분쇄 없음", "원두", "갈지 않음"),
         "ground": ("분쇄", "분쇄함", "가루"),
         "espresso": ("에스프레소", "에스프레소 머신"),
         "moka pot": ("모카포트",),
         "french press": ("프렌치프레스", "프렌치 프레스"),
         "filter": ("커피메이커", "커피 메이커"),
         "pour over": ("핸드드립", "드립", "푸어오버"),
         "cold brew": ("콜드브루", "더치"),
         "siphon": ("사이폰",),
         "aeropress": ("에어로프레스",)}
