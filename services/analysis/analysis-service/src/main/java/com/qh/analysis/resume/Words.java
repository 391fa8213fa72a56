package com.qh.analysis.resume;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words the parser recognises resumes by, Russian and English: section headings, job-title words, company
 * markers, cities, languages and degrees. Kept apart from the logic so that growing them is a one-line change.
 */
final class Words {

    private Words() {
    }

    enum Section { HEAD, CONTACTS, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, PROJECTS, CERTIFICATES, OTHER }

    static final Map<Section, List<String>> HEADINGS = Map.of(
            Section.CONTACTS, List.of("контакты", "контактная информация", "контактные данные", "связь со мной",
                    "contacts", "contact", "contact information", "contact details", "personal details",
                    "personal information", "личная информация", "личные данные"),
            Section.SUMMARY, List.of("о себе", "обо мне", "кратко о себе", "краткая информация", "профиль",
                    "цель", "профессиональный профиль", "summary", "profile", "about", "about me",
                    "professional summary", "objective", "career objective", "career summary", "overview",
                    "personal statement"),
            Section.EXPERIENCE, List.of("опыт работы", "опыт", "профессиональный опыт", "трудовая деятельность",
                    "места работы", "трудовой опыт", "карьера", "experience", "work experience",
                    "professional experience", "employment history", "employment", "work history",
                    "career history", "relevant experience", "работа", "volunteer experience", "leadership experience",
                    "on campus involvement", "internships", "стажировки"),
            Section.EDUCATION, List.of("образование", "высшее образование", "основное образование", "учеба",
                    "education", "academic background", "education and training", "qualifications"),
            Section.SKILLS, List.of("навыки", "ключевые навыки", "профессиональные навыки", "технические навыки",
                    "технологии", "стек", "стек технологий", "компетенции", "умения", "инструменты",
                    "skills", "key skills", "technical skills", "core skills", "core competencies", "competencies",
                    "technologies", "tech stack", "tools", "skills and tools", "hard skills", "soft skills",
                    "навыки и инструменты", "professional skills", "expertise"),
            Section.LANGUAGES, List.of("языки", "знание языков", "иностранные языки", "владение языками",
                    "languages", "language skills", "language"),
            Section.PROJECTS, List.of("проекты", "пет проекты", "pet проекты", "личные проекты", "projects",
                    "side projects", "personal projects", "pet projects", "open source"),
            Section.CERTIFICATES, List.of("сертификаты", "курсы", "курсы и сертификаты", "повышение квалификации",
                    "дополнительное образование", "повышение квалификации курсы", "certifications", "certificates",
                    "courses", "licenses and certifications", "training", "licenses"),
            Section.OTHER, List.of("хобби", "интересы", "увлечения", "награды", "достижения", "публикации",
                    "дополнительная информация", "дополнительно", "рекомендации", "interests", "hobbies",
                    "awards", "achievements", "publications", "additional information", "references",
                    "volunteering", "волонтерство", "honors awards", "honors", "honours", "awards and honors"));

    /** Words a job title is made of; a part of a job's header with one is the title. */
    private static final Pattern ROLE = Pattern.compile("(?iu)(?<![\\p{L}])(developer|engineer|programmer|"
            + "architect|analyst|manager|lead|head|director|designer|consultant|specialist|scientist|intern|trainee|"
            + "tester|qa|sdet|devops|sre|administrator|admin|officer|assistant|accountant|auditor|teacher|tutor|"
            + "lecturer|professor|nurse|physician|doctor|therapist|pharmacist|recruiter|marketer|copywriter|"
            + "editor|writer|journalist|translator|lawyer|paralegal|attorney|cashier|clerk|coordinator|"
            + "representative|associate|executive|salesperson|cook|chef|driver|operator|technician|mechanic|"
            + "electrician|owner|founder|cto|ceo|cfo|product|scrum|master|agent|advisor|buyer|planner|"
            + "supervisor|foreman|researcher|student|volunteer|freelancer|frontend|backend|fullstack|"
            + "full-stack|web|mobile|ios|android|data|хирург|"
            + "разработчик\\p{L}*|программист\\p{L}*|инженер\\p{L}*|архитектор\\p{L}*|аналитик\\p{L}*|"
            + "менеджер\\p{L}*|руководител\\p{L}*|начальник\\p{L}*|директор\\p{L}*|дизайнер\\p{L}*|"
            + "консультант\\p{L}*|специалист\\p{L}*|стаж[её]р\\p{L}*|тестировщик\\p{L}*|администратор\\p{L}*|"
            + "бухгалтер\\p{L}*|экономист\\p{L}*|учител\\p{L}*|преподавател\\p{L}*|педагог\\p{L}*|"
            + "воспитател\\p{L}*|медсестр\\p{L}*|медбрат\\p{L}*|врач\\p{L}*|фармацевт\\p{L}*|провизор\\p{L}*|"
            + "рекрутер\\p{L}*|маркетолог\\p{L}*|копирайтер\\p{L}*|редактор\\p{L}*|журналист\\p{L}*|"
            + "переводчик\\p{L}*|юрист\\p{L}*|юрисконсульт\\p{L}*|кассир\\p{L}*|продав\\p{L}*|"
            + "продаж\\p{L}*|координатор\\p{L}*|ассистент\\p{L}*|помощник\\p{L}*|секретар\\p{L}*|"
            + "повар\\p{L}*|водител\\p{L}*|оператор\\p{L}*|техник\\p{L}*|механик\\p{L}*|электрик\\p{L}*|"
            + "монтаж\\p{L}*|логист\\p{L}*|кладовщик\\p{L}*|мастер\\p{L}*|тимлид\\p{L}*|лид|"
            + "владел\\p{L}*|основател\\p{L}*|сотрудник\\p{L}*|агент\\p{L}*|советник\\p{L}*|закупщик\\p{L}*|"
            + "исследовател\\p{L}*|научн\\p{L}*|студент\\p{L}*|фрилансер\\p{L}*|заместител\\p{L}*|"
            + "заведующ\\p{L}*|главн\\p{L}*|ведущ\\p{L}*|старш\\p{L}*|младш\\p{L}*|продукт\\p{L}*|"
            + "проджект|продакт|эксперт\\p{L}*|product owner|hr|smm|seo|ux|ui|ml|1с)(?![\\p{L}])");

    /** Marks of an organisation's name. */
    private static final Pattern COMPANY = Pattern.compile("(?iu)((?<![\\p{L}])(ооо|оао|зао|пао|ао|ип|нко|фгуп|"
            + "гбу|гбуз|гку|муп|мбоу|гбоу|фгбу|llc|ltd|inc|gmbh|corp|corporation|company|co|group|plc|ag|sa|bv|"
            + "limited|holding|bank|банк|group|групп\\p{L}*|холдинг|компания|корпораци\\p{L}*|студия|агентство|"
            + "лаборатори\\p{L}*|labs?|studio|agency|university|"
            + "университет|институт|больниц\\p{L}*|клиник\\p{L}*|hospital|clinic|school|школ\\p{L}*|магазин|"
            + "завод|фабрика|центр|center|centre|фонд|foundation)(?![\\p{L}]))|[«\"“].+[»\"”]|\\.(ru|com|io|net|org)\\b");

    static int roleWords(String text) {
        var m = ROLE.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean companyMarked(String text) {
        return COMPANY.matcher(text).find();
    }

    /** Cities written as they are most often, Russian and English, with one canonical spelling each. */
    static final Map<String, String> CITIES = cities();

    private static Map<String, String> cities() {
        String[][] pairs = {
                {"москва", "Москва"}, {"moscow", "Moscow"}, {"санкт-петербург", "Санкт-Петербург"},
                {"спб", "Санкт-Петербург"}, {"петербург", "Санкт-Петербург"},
                {"saint petersburg", "Saint Petersburg"}, {"st. petersburg", "Saint Petersburg"},
                {"st petersburg", "Saint Petersburg"}, {"новосибирск", "Новосибирск"},
                {"novosibirsk", "Novosibirsk"}, {"екатеринбург", "Екатеринбург"}, {"yekaterinburg", "Yekaterinburg"},
                {"казань", "Казань"}, {"kazan", "Kazan"}, {"нижний новгород", "Нижний Новгород"},
                {"nizhny novgorod", "Nizhny Novgorod"}, {"самара", "Самара"}, {"samara", "Samara"},
                {"краснодар", "Краснодар"}, {"krasnodar", "Krasnodar"}, {"ростов-на-дону", "Ростов-на-Дону"},
                {"уфа", "Уфа"}, {"пермь", "Пермь"}, {"воронеж", "Воронеж"}, {"волгоград", "Волгоград"},
                {"омск", "Омск"}, {"челябинск", "Челябинск"}, {"красноярск", "Красноярск"}, {"тюмень", "Тюмень"},
                {"томск", "Томск"}, {"иркутск", "Иркутск"}, {"владивосток", "Владивосток"}, {"калининград", "Калининград"},
                {"ярославль", "Ярославль"}, {"тула", "Тула"}, {"сочи", "Сочи"}, {"минск", "Минск"}, {"minsk", "Minsk"},
                {"алматы", "Алматы"}, {"almaty", "Almaty"}, {"астана", "Астана"}, {"astana", "Astana"},
                {"ташкент", "Ташкент"}, {"tashkent", "Tashkent"}, {"тбилиси", "Тбилиси"}, {"tbilisi", "Tbilisi"},
                {"ереван", "Ереван"}, {"yerevan", "Yerevan"}, {"белград", "Белград"}, {"belgrade", "Belgrade"},
                {"киев", "Киев"}, {"kyiv", "Kyiv"}, {"berlin", "Berlin"}, {"берлин", "Берлин"},
                {"munich", "Munich"}, {"london", "London"}, {"лондон", "Лондон"}, {"manchester", "Manchester"},
                {"dublin", "Dublin"}, {"amsterdam", "Amsterdam"}, {"paris", "Paris"}, {"madrid", "Madrid"},
                {"barcelona", "Barcelona"}, {"lisbon", "Lisbon"}, {"warsaw", "Warsaw"}, {"prague", "Prague"},
                {"vienna", "Vienna"}, {"zurich", "Zurich"}, {"stockholm", "Stockholm"}, {"helsinki", "Helsinki"},
                {"riga", "Riga"}, {"vilnius", "Vilnius"}, {"tallinn", "Tallinn"}, {"limassol", "Limassol"},
                {"dubai", "Dubai"}, {"istanbul", "Istanbul"}, {"new york", "New York"}, {"nyc", "New York"}, {"boston", "Boston"},
                {"san francisco", "San Francisco"}, {"seattle", "Seattle"}, {"austin", "Austin"},
                {"chicago", "Chicago"}, {"los angeles", "Los Angeles"}, {"toronto", "Toronto"},
                {"vancouver", "Vancouver"}, {"sydney", "Sydney"}, {"singapore", "Singapore"},
                {"denver", "Denver"}, {"atlanta", "Atlanta"}, {"portland", "Portland"}};
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (String[] p : pairs) {
            map.put(p[0], p[1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static final Pattern CITY = Pattern.compile("(?iu)(?<![\\p{L}-])(" + String.join("|",
            CITIES.keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).toList()) + ")(?![\\p{L}-])");

    /** The first known city named in a text, in its canonical spelling, or null. */
    static String city(String text) {
        var m = CITY.matcher(text);
        return m.find() ? CITIES.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** Spoken languages by the stems they are written with, to the name resumes use. */
    static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("русск", "Русский"), Map.entry("russian", "Russian"), Map.entry("англ", "Английский"),
            Map.entry("english", "English"), Map.entry("немец", "Немецкий"), Map.entry("german", "German"),
            Map.entry("француз", "Французский"), Map.entry("french", "French"), Map.entry("испан", "Испанский"),
            Map.entry("spanish", "Spanish"), Map.entry("итальян", "Итальянский"), Map.entry("italian", "Italian"),
            Map.entry("китай", "Китайский"), Map.entry("chinese", "Chinese"), Map.entry("японск", "Японский"),
            Map.entry("japanese", "Japanese"), Map.entry("корейск", "Корейский"), Map.entry("korean", "Korean"),
            Map.entry("турецк", "Турецкий"), Map.entry("turkish", "Turkish"), Map.entry("португал", "Португальский"),
            Map.entry("portuguese", "Portuguese"), Map.entry("арабск", "Арабский"), Map.entry("arabic", "Arabic"),
            Map.entry("украин", "Украинский"), Map.entry("ukrainian", "Ukrainian"), Map.entry("польск", "Польский"),
            Map.entry("polish", "Polish"), Map.entry("казах", "Казахский"), Map.entry("kazakh", "Kazakh"),
            Map.entry("белорус", "Белорусский"), Map.entry("belarusian", "Belarusian"),
            Map.entry("иврит", "Иврит"), Map.entry("hebrew", "Hebrew"), Map.entry("нидерланд", "Нидерландский"),
            Map.entry("dutch", "Dutch"), Map.entry("сербск", "Сербский"), Map.entry("serbian", "Serbian"),
            Map.entry("грузин", "Грузинский"), Map.entry("armenian", "Armenian"), Map.entry("армян", "Армянский"));

    static final Pattern LEVEL = Pattern.compile("(?iu)\\b([ABC][12])\\b|native|fluent|proficient|advanced|"
            + "upper[- ]intermediate|intermediate|pre[- ]intermediate|elementary|beginner|basic|conversational|"
            + "business|родной|свободн\\p{L}*|продвинут\\p{L}*|средн\\p{L}*|базов\\p{L}*|начальн\\p{L}*|"
            + "читаю\\p{L}*|разговорн\\p{L}*|технически\\p{L}*|профессиональн\\p{L}*");

    /** Marks of a school; a line with one starts an education entry. */
    static final Pattern INSTITUTION = Pattern.compile("(?iu)(университет|институт|академи\\p{L}*|колледж|"
            + "техникум|училищ\\p{L}*|школ\\p{L}*|лицей|гимназия|мгу|мфти|мгту|вшэ|итмо|спбгу|ниу|мифи|рэу|урфу|"
            + "university|institute|academy|college|school|polytechnic|политехн\\p{L}*|univ\\.)");

    static final Pattern DEGREE = Pattern.compile("(?iu)(бакалавр\\p{L}*|магистр\\p{L}*|специалитет|"
            + "специалист|аспирантур\\p{L}*|кандидат\\s+\\p{L}+\\s+наук|phd|ph\\.d\\.|bachelor\\p{L}*|master\\p{L}*|"
            + "b\\.?sc?\\.?|m\\.?sc?\\.?|mba|b\\.a\\.|m\\.a\\.|associate|diploma|высшее|среднее специальное|"
            + "среднее профессиональное|неоконченное высшее)");
}
