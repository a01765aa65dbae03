package synth

import (
	"fmt"
	"path"
	"strings"
)

// people writes n people and returns their ids, by the index events use.
func (g *gen) people(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		s, gv := surnames[g.pick(len(surnames))], givens[g.pick(len(givens))]
		ids[i] = fmt.Sprintf("%s-%s-%d", strings.ToLower(gv.en), strings.ToLower(s.en), i)
		born := 1870 + g.pick(130)
		died := ""
		if born < 1950 && g.pick(4) > 0 {
			died = fmt.Sprintf("died = \"%d\"\n", min(born+40+g.pick(50), 2025))
		}
		f := fields[g.pick(len(fields))]
		name := [4]string{gv.en + " " + s.en, gv.ru + " " + s.ru, gv.ko + " " + s.ko, gv.ru + " " + s.ru}
		body := fmt.Sprintf("id = %q\nfield = %q\ngender = %q\nborn = \"%d\"\n%shangul = %q\ncyrillic = %q\n",
			ids[i], f.id, gv.gender, born, died, s.ko+gv.ko, gv.ru+" "+s.ru)
		body += text("name", name) + text("role", f.role) + text("bio", g.bio(name, f))
		body += "[[facts]]\n" + strings.TrimPrefix(text("", g.sentence(0)), "[]\n") + source(100000+i)
		g.put(path.Join("people", ids[i]+".toml"), body)
	}
	return ids
}

func (g *gen) bio(name [4]string, f field) [4]string {
	var out [4]string
	for l := range out {
		out[l] = name[l] + " — " + f.role[l] + "."
	}
	for i := 0; i < 4+g.pick(4); i++ {
		s := g.sentence(i)
		for l := range out {
			out[l] += " " + s[l]
		}
	}
	return out
}

type person struct{ en, ko, ru, gender string }

var surnames = []person{
	{"Kim", "김", "Ким", ""}, {"Pak", "박", "Пак", ""}, {"Li", "이", "Ли", ""}, {"Tsoi", "최", "Цой", ""},
	{"Ten", "정", "Тен", ""}, {"Khan", "한", "Хан", ""}, {"Shin", "신", "Шин", ""}, {"Kan", "강", "Кан", ""},
	{"Cho", "조", "Чо", ""}, {"Yun", "윤", "Юн", ""}, {"Tyan", "장", "Тян", ""}, {"Im", "임", "Им", ""},
	{"Son", "송", "Сон", ""}, {"O", "오", "О", ""}, {"Hwang", "황", "Хван", ""}, {"An", "안", "Ан", ""},
	{"Hong", "홍", "Хон", ""}, {"Nam", "남", "Нам", ""}, {"Yugai", "유", "Югай", ""}, {"Ni", "니", "Ни", ""},
}

var givens = []person{
	{"Nikolai", "니콜라이", "Николай", "male"}, {"Anna", "안나", "Анна", "female"}, {"Viktor", "빅토르", "Виктор", "male"},
	{"Elena", "옐레나", "Елена", "female"}, {"Sergei", "세르게이", "Сергей", "male"}, {"Olga", "올가", "Ольга", "female"},
	{"Aleksandr", "알렉산드르", "Александр", "male"}, {"Marina", "마리나", "Марина", "female"}, {"Pavel", "파벨", "Павел", "male"},
	{"Svetlana", "스베틀라나", "Светлана", "female"}, {"Yuri", "유리", "Юрий", "male"}, {"Irina", "이리나", "Ирина", "female"},
	{"Dmitri", "드미트리", "Дмитрий", "male"}, {"Lyudmila", "류드밀라", "Людмила", "female"}, {"Gennady", "겐나디", "Геннадий", "male"},
	{"Tatyana", "타티야나", "Татьяна", "female"}, {"Boris", "보리스", "Борис", "male"}, {"Natalya", "나탈리야", "Наталья", "female"},
	{"Roman", "로만", "Роман", "male"}, {"Zoya", "조야", "Зоя", "female"}, {"Eduard", "에두아르드", "Эдуард", "male"},
	{"Galina", "갈리나", "Галина", "female"}, {"Konstantin", "콘스탄틴", "Константин", "male"}, {"Valentina", "발렌티나", "Валентина", "female"},
}
