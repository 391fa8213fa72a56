package com.qh.ai.factcheck;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Words of job titles and the concept each stands for, so that "developer" and «разработчиком» are one role and
 * "lead" and «ведущий» one seniority.
 */
final class Titles {

    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();
    private static final Map<String, String> RUSSIAN = new LinkedHashMap<>();
    /** What follows a role's stem when the word is an adjective made from it, not the role. */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            "(?:ическ|ск|н|ов)(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ого|его|ому|ему|ую|юю|ыми|ими)");
    /** What follows a role's stem when the word is the field, not the person: «хирургии», «журналистике». */
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile(
            "(?:ия|ии|ию|ией|иях|ство|ства|стве|ству|ством|ика|ики|ике|ику|икой)");
    /** The prefix of a role read from the profile's own posts, followed by the word's key. */
    static final String ROLE = "ROLE:";
    /** Concepts that say how senior, not what the job is. */
    static final Set<String> SENIORITY = Set.of("SENIOR", "JUNIOR", "LEAD", "TEAMLEAD", "PRINCIPAL", "STAFF", "CHIEF", "HEAD",
            "DIRECTOR", "VP", "GENERAL", "REGIONAL", "DEPUTY", "MANAGING", "CXO", "FOUNDER", "PARTNER_SENIOR", "ACTING");

    static {
        en("ENG", "engineer", "developer", "programmer", "tester", "swe", "sde");
        en("MGR", "manager");
        en("ANALYST", "analyst");
        en("DESIGNER", "designer");
        en("ARCHITECT", "architect");
        en("DIRECTOR", "director");
        en("OFFICER", "officer");
        en("CONSULTANT", "consultant", "advisor", "adviser");
        en("SPECIALIST", "specialist", "expert");
        en("ACCOUNTANT", "accountant", "bookkeeper", "controller");
        en("AUDITOR", "auditor");
        en("NURSE", "nurse");
        en("TEACHER", "teacher", "tutor", "lecturer", "educator", "instructor");
        en("LAWYER", "counsel", "lawyer", "solicitor", "attorney", "barrister", "paralegal");
        en("EXECUTIVE", "executive", "representative", "rep");
        en("RECRUITER", "recruiter", "sourcer");
        en("ADMIN", "administrator");
        en("SCIENTIST", "scientist", "researcher");
        en("INTERN", "intern", "trainee");
        en("COORD", "coordinator");
        en("SUPERVISOR", "supervisor", "foreman");
        en("ASSISTANT", "assistant");
        en("OWNER", "owner");
        en("PARTNER", "partner");
        en("BUYER", "buyer", "purchaser");
        en("MARKETER", "marketer", "strategist");
        en("DOCTOR", "physician", "surgeon");
        en("CXO", "cto", "ceo", "cfo", "coo", "cio", "cmo", "cpo");
        en("FOUNDER", "founder", "co-founder", "cofounder");
        // Roles outside offices, so a title in a chef's, a pilot's or a reporter's letter is read as one.
        en("CHEF", "chef", "cook");
        en("REPORTER", "reporter", "journalist", "correspondent", "editor");
        en("PILOT", "pilot", "captain", "aviator");
        en("PHARMACIST", "pharmacist");
        en("TECHNICIAN", "technician", "electrician", "mechanic", "fitter", "welder");
        en("CLINICIAN", "dentist", "therapist", "paramedic", "midwife", "veterinarian", "vet", "radiographer");
        en("SURVEYOR", "surveyor", "inspector", "estimator");
        en("WRITER", "writer", "copywriter", "translator", "interpreter");
        en("CHEMIST", "chemist", "biologist", "technologist");
        en("ACTING", "acting", "interim");
        en("SENIOR", "senior", "sr");
        en("JUNIOR", "junior", "jr");
        en("LEAD", "lead");
        en("PRINCIPAL", "principal");
        en("STAFF", "staff");
        en("CHIEF", "chief");
        en("HEAD", "head");
        en("VP", "vp", "vice");
        en("GENERAL", "general");
        en("REGIONAL", "regional");
        en("DEPUTY", "deputy");
        en("MANAGING", "managing");
        ru("ENG", "разработчик", "программист", "инженер", "тестировщик");
        ru("MGR", "менеджер");
        ru("HEAD", "руководител", "начальник", "заведующ");
        ru("DIRECTOR", "директор");
        ru("ANALYST", "аналитик");
        ru("DESIGNER", "дизайнер");
        ru("ARCHITECT", "архитектор");
        ru("TEAMLEAD", "тимлид", "техлид");
        ru("LEAD", "ведущ", "лид");
        ru("ACCOUNTANT", "бухгалтер");
        ru("AUDITOR", "аудитор");
        ru("LAWYER", "юрист", "юрисконсульт", "адвокат");
        ru("NURSE", "медсестр", "медбрат", "сестр");
        ru("DOCTOR", "врач");
        ru("TEACHER", "учител", "преподавател", "педагог", "инструктор");
        ru("VICE_PRINCIPAL", "завуч");
        ru("RECRUITER", "рекрутер");
        ru("SPECIALIST", "специалист");
        ru("CONSULTANT", "консультант");
        ru("ADMIN", "администратор");
        ru("LOGIST", "логист");
        ru("STOREKEEPER", "кладовщик");
        ru("DEPUTY", "заместител", "замдиректор");
        ru("PARTNER", "партнер");
        ru("COORD", "координатор");
        ru("ASSISTANT", "ассистент");
        ru("INTERN", "стажер");
        ru("MARKETER", "маркетолог");
        ru("ECONOMIST", "экономист");
        ru("BUYER", "закупщик", "байер");
        ru("CHEF", "повар", "кондитер");
        ru("REPORTER", "журналист", "корреспондент", "редактор");
        ru("PILOT", "пилот", "летчик");
        ru("PHARMACIST", "провизор", "фармацевт");
        ru("TECHNICIAN", "электрик", "электромонтер", "слесар", "сварщик");
        ru("DRIVER", "водител", "экспедитор", "курьер");
        ru("CLINICIAN", "стоматолог", "терапевт", "фельдшер", "ветеринар", "хирург", "акушер");
        ru("SURVEYOR", "инспектор", "сметчик", "прораб");
        ru("WRITER", "копирайтер", "переводчик");
        ru("CHEMIST", "химик", "биолог", "лаборант");
        ru("FOREMAN", "бригадир");
        ru("RANK_LIEUTENANT", "лейтенант", "старший лейтенант");
        ru("RANK_CAPTAIN", "капитан");
        ru("RANK_MAJOR", "майор");
        ru("RANK_LTCOLONEL", "подполковник");
        ru("RANK_COLONEL", "полковник");
        ru("SENIOR", "старш");
        ru("JUNIOR", "младш");
        ru("CHIEF", "главн");
        ru("GENERAL", "генеральн");
        ru("REGIONAL", "региональн");
    }

    private static void en(String concept, String... words) {
        for (String w : words) {
            ENGLISH.put(w, concept);
        }
    }

    private static void ru(String concept, String... stems) {
        for (String s : stems) {
            RUSSIAN.put(s, concept);
        }
    }

    private Titles() {
    }

    /** Russian words' concepts worked out before ("" for none): each is looked up against every stem otherwise. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> RUSSIAN_CONCEPTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The concept a title word stands for, or {@code null}. */
    static String concept(String raw) {
        if (!raw.isEmpty() && Character.UnicodeBlock.of(raw.charAt(0)) == Character.UnicodeBlock.CYRILLIC) {
            String known = RUSSIAN_CONCEPTS.get(raw);
            if (known == null) {
                known = Objects.requireNonNullElse(computeConcept(raw), "");
                if (RUSSIAN_CONCEPTS.size() > 100_000) {
                    RUSSIAN_CONCEPTS.clear(); // bounded: a long-running service sees an open vocabulary
                }
                RUSSIAN_CONCEPTS.put(raw, known);
            }
            return known.isEmpty() ? null : known;
        }
        return computeConcept(raw);
    }

    private static String computeConcept(String raw) {
        String w = Words.lower(raw);
        if (Words.isCyrillic(w)) {
            if (innerCapital(raw)) {
                return null; // «КонсультантПлюс» is a product's name, no consultant
            }
            for (Map.Entry<String, String> e : RUSSIAN.entrySet()) {
                if (w.startsWith(e.getKey()) && (!e.getKey().equals("лид") || w.length() <= 5) && !w.startsWith("проработ")
                        && !w.startsWith("логистик") && !w.startsWith("логистич") && !w.startsWith("главное")) {
                    String rest = w.substring(e.getKey().length());
                    if (!SENIORITY.contains(e.getValue())
                            && (ADJECTIVE.matcher(rest).matches() || FIELD.matcher(rest).matches())) {
                        return null; // «ветеринарных наук», «фармацевтических» (adjectives), «хирургии» (a field)
                    }
                    return e.getValue();
                }
            }
            return null;
        }
        String c = ENGLISH.get(w);
        if (c == null && w.endsWith("s")) {
            c = ENGLISH.get(w.substring(0, w.length() - 1));
        }
        return c;
    }

    private static boolean innerCapital(String raw) {
        for (int i = 1; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i)) && Character.isLowerCase(raw.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean seniority(String concept) {
        return SENIORITY.contains(concept);
    }

    /** Whether a word names a role by itself, such as "engineer" or «бухгалтер». */
    static boolean role(String concept) {
        return concept != null && !seniority(concept) || "DIRECTOR".equals(concept) || "CXO".equals(concept)
                || "FOUNDER".equals(concept);
    }

    /** Whether a role word is written in the plural, so names other people ("engineers", «разработчиков»). */
    static boolean plural(String raw) {
        String w = Words.lower(raw);
        if (Words.isCyrillic(w)) {
            if (w.endsWith("щей")) {
                return false; // «заведующей», «управляющей»: a participle's feminine singular; its plural is «-щих»
            }
            return w.endsWith("ов") || w.endsWith("ей") || w.endsWith("ам") || w.endsWith("ами") || w.endsWith("ах")
                    || w.endsWith("ям") || w.endsWith("ями") || w.endsWith("ях") || w.endsWith("ики")
                    || w.endsWith("еры") || w.endsWith("оры") || w.endsWith("ели") || w.endsWith("ры")
                    || w.endsWith("ты") || w.endsWith("ки");
        }
        return w.endsWith("s") && !w.endsWith("ss") && !w.equals("sales") && ENGLISH.get(w) == null;
    }
}
