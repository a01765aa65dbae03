package synth

// The phrase banks: each text en, kk, ko, ru.

type era struct {
	id         string
	from, to   int
	colour     string
	name, desc [4]string
}

var eras = []era{
	{"far-east", 1860, 1936, "#3f7f6e", [4]string{"Settlement in the Russian Far East", "Ресейдің Қиыр Шығысына қоныстану", "러시아 극동 정착", "Переселение на Дальний Восток"},
		[4]string{"Korean families settle by the sea.", "Корей отбасылары теңіз жағасына қоныстанады.", "한인 가족들이 바닷가에 정착한다.", "Корейские семьи селятся у моря."}},
	{"deportation", 1937, 1945, "#8e3b46", [4]string{"Deportation", "Жер аудару", "강제 이주", "Депортация"},
		[4]string{"Trains carry the community to Central Asia.", "Пойыздар қауымды Орталық Азияға апарады.", "기차가 공동체를 중앙아시아로 실어 나른다.", "Поезда везут общину в Среднюю Азию."}},
	{"soviet", 1946, 1990, "#a0743c", [4]string{"Soviet decades", "Кеңес онжылдықтары", "소련 시대", "Советские десятилетия"},
		[4]string{"Farms, schools and the theatre.", "Шаруашылықтар, мектептер және театр.", "농장, 학교, 그리고 극장.", "Хозяйства, школы и театр."}},
	{"independence", 1991, 2008, "#2f6db5", [4]string{"Independence", "Тәуелсіздік", "독립", "Независимость"},
		[4]string{"Two states and new ties.", "Екі мемлекет және жаңа байланыстар.", "두 국가와 새로운 관계.", "Два государства и новые связи."}},
	{"partnership", 2009, 0, "#5b4a9c", [4]string{"Partnership", "Серіктестік", "동반자 관계", "Партнёрство"},
		[4]string{"Trade, study and culture.", "Сауда, білім және мәдениет.", "교역, 교육, 문화.", "Торговля, учёба и культура."}},
}

type category struct {
	id, colour string
	name       [4]string
	titles     [][4]string
}

var categories = []category{
	{"history", "#8e3b46", [4]string{"History", "Тарих", "역사", "История"}, [][4]string{
		{"Families resettle near {p}", "Отбасылар {p} маңына қоныс аударады", "가족들이 {p} 근처로 이주하다", "Семьи переселяются под {p}"},
		{"A new village is founded near {p}", "{p} маңында жаңа ауыл құрылды", "{p} 근처에 새 마을이 세워지다", "Под {p} основано новое село"},
		{"Archive records from {p}", "{p} мұрағатының жазбалары", "{p}의 기록 보관소 문서", "Архивные записи из {p}"}}},
	{"culture", "#2e8b57", [4]string{"Culture", "Мәдениет", "문화", "Культура"}, [][4]string{
		{"The theatre plays in {p}", "Театр {p} қаласында ойнайды", "극장이 {p}에서 공연하다", "Театр играет в {p}"},
		{"A Korean school opens in {p}", "{p} қаласында корей мектебі ашылды", "{p}에 한국어 학교가 문을 열다", "В {p} открывается корейская школа"},
		{"A festival of songs in {p}", "{p} қаласындағы ән фестивалі", "{p}의 노래 축제", "Фестиваль песни в {p}"}}},
	{"diplomacy", "#2f6db5", [4]string{"Diplomacy", "Дипломатия", "외교", "Дипломатия"}, [][4]string{
		{"A delegation visits {p}", "Делегация {p} қаласына барады", "대표단이 {p}를 방문하다", "Делегация посещает {p}"},
		{"An agreement is signed in {p}", "{p} қаласында келісімге қол қойылды", "{p}에서 협정이 체결되다", "В {p} подписано соглашение"}}},
	{"economy", "#a0743c", [4]string{"Economy", "Экономика", "경제", "Экономика"}, [][4]string{
		{"A record rice harvest near {p}", "{p} маңында күріштің рекордтық өнімі", "{p} 근처의 기록적인 쌀 수확", "Рекордный урожай риса под {p}"},
		{"A trade fair in {p}", "{p} қаласындағы сауда жәрмеңкесі", "{p}의 무역 박람회", "Торговая ярмарка в {p}"}}},
	{"diaspora", "#5b4a9c", [4]string{"Diaspora", "Диаспора", "고려인 사회", "Диаспора"}, [][4]string{
		{"A community centre opens in {p}", "{p} қаласында қауым орталығы ашылды", "{p}에 동포 센터가 문을 열다", "В {p} открывается общинный центр"},
		{"A reunion of families in {p}", "{p} қаласында отбасылар қауышады", "{p}에서 가족들이 재회하다", "Встреча семей в {p}"}}},
}

type field struct {
	id         string
	name, role [4]string
}

var fields = []field{
	{"culture", [4]string{"Culture", "Мәдениет", "문화", "Культура"}, [4]string{"Actor", "Актёр", "배우", "Актёр"}},
	{"labour", [4]string{"Labour", "Еңбек", "노동", "Труд"}, [4]string{"Rice grower", "Күріш өсіруші", "벼 재배자", "Рисовод"}},
	{"public", [4]string{"Public life", "Қоғамдық өмір", "공공 생활", "Общественная жизнь"}, [4]string{"Public figure", "Қоғам қайраткері", "공인", "Общественный деятель"}},
	{"sport", [4]string{"Sport", "Спорт", "스포츠", "Спорт"}, [4]string{"Athlete", "Спортшы", "운동선수", "Спортсмен"}},
	{"science", [4]string{"Science", "Ғылым", "과학", "Наука"}, [4]string{"Scientist", "Ғалым", "과학자", "Учёный"}},
}

type place struct {
	id       string
	lat, lon float64
	name     [4]string
}

var places = []place{
	{"almaty", 43.24, 76.89, [4]string{"Almaty", "Алматы", "알마티", "Алматы"}},
	{"astana", 51.17, 71.43, [4]string{"Astana", "Астана", "아스타나", "Астана"}},
	{"ushtobe", 45.25, 77.98, [4]string{"Ushtobe", "Үштөбе", "우슈토베", "Уштобе"}},
	{"kyzylorda", 44.85, 65.51, [4]string{"Kyzylorda", "Қызылорда", "크질오르다", "Кызылорда"}},
	{"karaganda", 49.8, 73.1, [4]string{"Karaganda", "Қарағанды", "카라간다", "Караганда"}},
	{"shymkent", 42.32, 69.59, [4]string{"Shymkent", "Шымкент", "심켄트", "Шымкент"}},
	{"tashkent", 41.3, 69.24, [4]string{"Tashkent", "Ташкент", "타슈켄트", "Ташкент"}},
	{"vladivostok", 43.12, 131.89, [4]string{"Vladivostok", "Владивосток", "블라디보스토크", "Владивосток"}},
	{"seoul", 37.57, 126.98, [4]string{"Seoul", "Сеул", "서울", "Сеул"}},
	{"busan", 35.18, 129.08, [4]string{"Busan", "Пусан", "부산", "Пусан"}},
}

var sentences = [][4]string{
	{"Families arrived in {p} with little more than they could carry.", "Отбасылар {p} қаласына қолдарындағы азғана заттарымен келді.", "가족들은 들고 갈 수 있는 것만 가지고 {p}에 도착했다.", "Семьи прибыли в {p}, взяв с собой лишь то, что могли унести."},
	{"The first winters were hard, and neighbours shared food and shelter.", "Алғашқы қыстар ауыр болды, көршілер ас пен баспанамен бөлісті.", "첫 겨울은 혹독했고 이웃들이 음식과 잠자리를 나눴다.", "Первые зимы были тяжёлыми, соседи делились едой и кровом."},
	{"Rice fields were dug by hand along the river.", "Өзен бойында күріш алқаптары қолмен қазылды.", "강을 따라 논을 손으로 일궜다.", "Рисовые поля вдоль реки копали вручную."},
	{"Children learned in Korean and in Russian.", "Балалар корей және орыс тілдерінде оқыды.", "아이들은 한국어와 러시아어로 배웠다.", "Дети учились на корейском и на русском."},
	{"The newspaper reported the news in the community's language.", "Газет жаңалықтарды қауым тілінде жариялады.", "신문은 공동체의 언어로 소식을 전했다.", "Газета сообщала новости на языке общины."},
	{"Letters from relatives took months to arrive.", "Туыстардан хаттар айлар бойы жетті.", "친척들의 편지는 도착하는 데 몇 달이 걸렸다.", "Письма от родных шли месяцами."},
	{"The theatre toured villages across the region.", "Театр өңірдің ауылдарын аралап гастрольдік сапармен жүрді.", "극장은 지역의 마을들을 순회했다.", "Театр гастролировал по сёлам края."},
	{"Later the archive in {p} opened its files to researchers.", "Кейін {p} мұрағаты құжаттарын зерттеушілерге ашты.", "훗날 {p}의 기록 보관소가 연구자들에게 문서를 공개했다.", "Позже архив в {p} открыл свои фонды исследователям."},
	{"Today a plaque in {p} recalls these years.", "Бүгін {p} қаласындағы тақта сол жылдарды еске салады.", "오늘날 {p}의 현판이 그 시절을 기억하게 한다.", "Сегодня мемориальная доска в {p} напоминает о тех годах."},
	{"Museums in both countries keep photographs of the time.", "Екі елдің мұражайлары сол кездің суреттерін сақтайды.", "두 나라의 박물관이 당시의 사진을 보관하고 있다.", "Музеи обеих стран хранят фотографии того времени."},
}
