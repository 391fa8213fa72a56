package com.qh.ai.factcheck;

import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** What one profile (and the vacancy applied to) supports, indexed for the checks. */
final class Profile {

    private static final Set<String> DATE_FIELDS = Set.of("startDate", "endDate", "date", "releaseDate");
    private static final Set<String> SKIPPED_FIELDS = Set.of("email", "phone", "url", "countryCode", "postalCode",
            "network", "username", "image");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?");
    static final Pattern FROM_TO = Pattern.compile(
            "\\s*(?:\\p{L}{1,6}\\.?\\s*)?(?:to|до|→|->|–|-)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_UNIT = Pattern.compile(
            "^\\s?\\+?\\s?(years?|yrs|лет|года?|годам)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * One job of the profile, with its months and the skills its text names.
     *
     * @param nameKeys the keys of the employer's significant words (not «ООО», "Ltd", "&"), so a text's mention of
     *     it can be found in any case form
     * @param ownNameKeys the keys of its name's quoted part without the legal form outside the quotes («ИК «Атон»» →
     *     «Атон»), empty when the name has no quotes
     */
    record Job(String name, String position, YearMonth start, YearMonth end, JobSkills skills, Set<String> nameKeys,
            Set<String> ownNameKeys) {
    }

    /**
     * The skills a job's own text names, with what they imply, found when a duration of a skill first asks ("N years
     * of Kubernetes"): few checks do, and reading every job's text was a tenth of indexing a profile.
     */
    static final class JobSkills {

        private final CharSequence text;
        private final SkillTaxonomy taxonomy;
        private final SkillGraph graph;
        private volatile Set<Skill> named;

        JobSkills(CharSequence text, SkillTaxonomy taxonomy, SkillGraph graph) {
            this.text = text;
            this.taxonomy = taxonomy;
            this.graph = graph;
        }

        boolean contains(Skill skill) {
            Set<Skill> found = named;
            if (found == null) {
                found = new HashSet<>();
                for (SkillMention m : taxonomy.findIn(text)) {
                    found.add(m.skill());
                    found.addAll(graph.closure(m.skill()));
                }
                named = found;
            }
            return found.contains(skill);
        }
    }

    /**
     * An entry of the profile with its own date or dates, as a text may name it: a job by its employer, a degree by
     * its school, a certificate by its name or issuer, an award by its title. A year stated for it must be its own.
     *
     * @param keys     the keys of the significant words of its name (all or, for a long name, most must be named)
     * @param aliases  other names, each a list of keys that name it alone (a certificate's issuer, an abbreviation)
     * @param point    whether it has one date (a certificate, an award) rather than a run (a job, a degree)
     */
    record Dated(String name, Set<String> keys, List<Set<String>> aliases, int from, int to, boolean point) {
    }

    /** A sentence of the profile's that dates what it tells, by its words of four letters or more. */
    record Event(Set<String> keys, int year) {
    }

    private static final Pattern EVENT_YEAR = Pattern.compile("(?<![\\p{L}\\d])(19[5-9]\\d|20\\d\\d)(?![\\d])");
    /** What makes a year one end of a span, not the date of one event: "since 2019", «с 2018 года», "2019–2021". */
    private static final Pattern SPAN_YEAR = Pattern.compile("(?:since|from|с|со|до|по|until|to)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words of a dated sentence that say nothing of what happened. */
    private static final Set<String> EVENT_STOP = Set.of("году", "года", "годом", "year", "years", "with", "from",
            "that", "this", "which", "also", "into", "over", "than", "their", "when", "where", "after", "during",
            "более", "после", "также", "этом", "была", "было", "были", "который", "которая", "которые");

    /**
     * A name of the profile's as its initials are read: as written, without its legal form («ГАУЗ»), or without its
     * bracketed asides («Казанский (Приволжский) …»).
     */
    record NameReading(String name, Form form) {
        enum Form { AS_WRITTEN, NO_LEGAL_FORM, NO_ASIDES }
    }

    /** A position the candidate held or applies for. */
    record Title(Set<String> concepts, Set<String> keys, boolean target) {
    }

    final TreeSet<String> keys = new TreeSet<>();
    final TreeSet<String> latinKeys = new TreeSet<>();
    final List<String> names = new ArrayList<>();
    /** The words of the employers' names as written, case and all ("bp", "easyJet"). */
    private final Set<String> employerWords = new HashSet<>();
    /** The company applied to, or empty; the last of {@link #names} when there is one. */
    final String targetCompany;
    final List<Title> titles = new ArrayList<>();
    final List<Double> numbers = new ArrayList<>();
    final List<Double> percents = new ArrayList<>();
    /** How many times one figure is another, within one sentence of the profile ("from 480 ms to 120 ms"). */
    final List<Double> ratios = new ArrayList<>();
    /** Changes in per cent between two figures of one sentence of the profile ("from 300 to 90 ms" is 70 %). */
    final List<Double> changes = new ArrayList<>();
    final List<Double> educationDurations = new ArrayList<>();
    final List<Double> statedYears = new ArrayList<>();
    final Set<Integer> startYears = new HashSet<>();
    final Set<Integer> endYears = new HashSet<>();
    final Set<Integer> educationYears = new HashSet<>();
    /** The years of the profile's certificates and courses. */
    final Set<Integer> certificateYears = new HashSet<>();
    final List<int[]> yearRanges = new ArrayList<>();
    final List<Job> jobs = new ArrayList<>();
    /** The posts held at each employer, by the employer's name as written. */
    final Map<String, List<Title>> jobTitles = new java.util.HashMap<>();
    /** The profile's entries that carry their own dates (jobs, degrees, certificates, awards). */
    final List<Dated> dated = new ArrayList<>();
    /**
     * What the profile's own sentences date: "Led commissioning of a new UV disinfection stage in 2022", «Участвовал во
     * внедрении новой версии системы-112 в 2021 году». A sentence with one year, not the start of a span.
     */
    final List<Event> events = new ArrayList<>();
    /** Words of an organisation's name that say what kind it is, not which: «ООО», "Ltd", "Group", "&". */
    static final Set<String> ENTITY_STOP = Set.of("ооо", "ао", "пао", "зао", "оао", "ип", "inc", "ltd",
            "llc", "plc", "gmbh", "group", "the", "of", "and", "de", "компания", "компании", "company", "corp",
            "corporation", "&", "и", "№", "co");
    /** The profile's text, a field to a line. */
    private final List<String> lines = new ArrayList<>();
    /** Keys of the abbreviations the profile writes in capitals (ТРА, РД, CQC), of two to six letters. */
    final Set<String> abbreviations = new HashSet<>();
    /** The grades the profile writes beside each grade noun ({@link Grades#noun}): «5 разряд», "IRATA Level 2". */
    private final Map<String, Set<Integer>> grades = new HashMap<>();
    /** Built on first use and shared: a profile is cached and read by concurrent checks (set once, never changed). */
    private volatile List<List<String>> lineParts;
    private volatile Set<String> vacancyWords;
    /** The figures the vacancy's text states (set once, on first use). */
    private volatile Set<Double> vacancyFigures;
    /** Every from–to pair of figures the profile writes ("from 480 ms to 120 ms"), as written. */
    final List<double[]> pairs = new ArrayList<>();
    final Set<Degrees.Level> degrees = EnumSet.noneOf(Degrees.Level.class);
    /**
     * The branches (science, arts, engineering) of the profile's degrees by level; an empty string for a degree whose
     * study type writes none ("Bachelor"), which holds any branch.
     */
    private final Map<Degrees.Level, Set<String>> branches = new java.util.EnumMap<>(Degrees.Level.class);
    /** The classes of honours the profile gives a degree ("First Class Honours", «с отличием»). */
    final Set<Degrees.Honour> honours = EnumSet.noneOf(Degrees.Honour.class);
    final Set<Skill> skills = new HashSet<>();
    final Set<String> pastEmployerKeys = new HashSet<>();
    final TreeSet<String> targetKeys = new TreeSet<>();
    final Set<String> certificateKeys = new HashSet<>();
    /**
     * Posts a certificate's name holds as a registration, a participle before a role ("Registered Nurse (Adult)",
     * "Chartered Accountant", "Licensed Electrician"): the role is the candidate's, by their own register.
     */
    final Set<String> registeredRoles = new HashSet<>();
    /**
     * Roles a certificate's name opens with, each with the keys of the words after it: «Инструктор первой помощи»
     * makes the candidate an instructor of first aid, not an instructor of anything.
     */
    final Map<String, List<Set<String>>> certificateRoles = new HashMap<>();
    /**
     * The profile's entries as units a credential is read against: each certificate with its issuer, each degree
     * with its field and school, each award, each post with its employer, and each line of its text; a unit's word
     * keys (with a rough Latin spelling) and its figures.
     */
    final List<TreeSet<String>> units = new ArrayList<>();
    /** The units of the profile's education and courses alone. */
    final List<TreeSet<String>> schoolUnits = new ArrayList<>();
    /** Each education entry's words with the degree levels it names (its study type): a school at a level. */
    private final List<TreeSet<String>> educationUnits = new ArrayList<>();
    private final List<Set<Degrees.Level>> educationLevels = new ArrayList<>();
    /** The vacancy's skills, found when first asked (a skill the text names that the profile lacks): few checks ask. */
    private volatile Set<Skill> vacancySkills;
    private final String targetTitle;
    private final SkillTaxonomy taxonomy;
    final boolean hasTarget;
    /** Figures the profile writes as a multiple: "3x", «в 3 раза», "four times". */
    final Set<Double> timesValues = new HashSet<>();
    private String lowerText = "";
    /** The figures the profile gives for each thing it counts, by the key of the noun after the figure. */
    final Map<String, List<Double>> counted = new java.util.HashMap<>();
    /** Keys of the words of the profile's skills section (names and keywords): what a list of skills is made of. */
    final Set<String> skillWordKeys = new HashSet<>();
    /** Keys of the words of the posts the profile (or the target) names that no title list knows. */
    final Set<String> roleKeys = new HashSet<>();
    /** The profile's languages, each with its fluency as written, in lower case ("german" → "c1 (goethe)"). */
    final Map<String, String> languages = new java.util.HashMap<>();
    private final String vacancyText;
    /**
     * The month the profile is read in, from the checker's clock: a job without an end date runs to it, and "this
     * year" is its year. Part of the cache's key, so an index built last month is not reused.
     */
    final YearMonth now;

    /** Keys already worked out while indexing, so that each word is stemmed once. */
    private final Map<String, String[]> keyMemo = new java.util.HashMap<>();
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}+#\\u0301]+");
    /** Ordinal words read as their figure: «первого класса» is class 1, "Level One" level 1. */
    static final Map<String, String> ORDINALS = Map.ofEntries(Map.entry("первого", "1"), Map.entry("первый", "1"),
            Map.entry("второго", "2"), Map.entry("второй", "2"), Map.entry("третьего", "3"), Map.entry("третий", "3"),
            Map.entry("четвертого", "4"), Map.entry("пятого", "5"), Map.entry("шестого", "6"), Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("first", "1"),
            Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("1st", "1"), Map.entry("2nd", "2"),
            Map.entry("3rd", "3"), Map.entry("четвертый", "4"), Map.entry("пятый", "5"), Map.entry("шестой", "6"),
            Map.entry("седьмого", "7"), Map.entry("седьмой", "7"), Map.entry("восьмого", "8"), Map.entry("восьмой", "8"),
            Map.entry("fourth", "4"), Map.entry("fifth", "5"), Map.entry("sixth", "6"), Map.entry("4th", "4"),
            Map.entry("5th", "5"), Map.entry("6th", "6"));

    /** The figure an ordinal word stands for («шестого», «четвёртого», "fifth"), or null. */
    static String ordinal(String raw) {
        return ORDINALS.get(Words.lower(raw).replace('ё', 'е'));
    }
    private static final Set<String> COUNT_STOP = Set.of("of", "and", "the", "a", "to", "in", "for", "on", "at",
            "from", "per", "more", "new", "other", "в", "из", "и", "на", "по", "с", "до", "от", "для", "тыс", "млн",
            "млрд", "thousand", "million", "billion", "times", "раз", "раза", "year", "years", "лет", "год", "года",
            "month", "months", "месяц", "месяца", "месяцев", "week", "weeks", "day", "days", "hour", "hours", "people",
            "человек", "person", "staff", "сотрудник", "сотрудников",
            // a preposition ends the thing counted: "70 churches with Holy Well Glass" counts churches
            "with", "into", "over", "across", "under", "after", "before", "during", "within", "without", "through",
            "each", "every", "about", "around", "while", "since", "until", "через", "после", "между", "около",
            "среди", "вокруг", "каждый", "каждую", "каждого", "всего", "кроме");
    private static final Pattern TIMES_AFTER = Pattern.compile("\\s?(?:times|x|раза?|-fold)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_ADJECTIVE = Pattern.compile("(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ым|им|ую)$");
    /**
     * A noun's genitive plural in «-ий» after a consonant no adjective ends its stem with («станций», «экскурсий»,
     * «партий», «серий», «условий»): adjectives in «-ий» end their stems in к, г, х, ж, ш, щ, ч or н («русский»,
     * «хороший», «синий»).
     */
    private static final Pattern GENITIVE_PLURAL_IY = Pattern.compile("(?<!трет)[цзстрвлдмбп]ий$");
    /** «и. о.», «врио» in a post: one stood in for it. Not the «и» that joins two words of a post's name. */
    private static final Pattern ACTING_MARK = Pattern.compile("(?<![\\p{L}])(?:и\\.\\s?о\\.|врио|вр\\.\\s?и\\.\\s?о\\.)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Keys of the words the profile uses as a language's name (set once, on first use): "in Italian", «на немецком». */
    private volatile Set<String> languageUses;
    /** A word used as a language's name: after "in", «на», «по-», or before "language", «язык». */
    private static final Pattern LANGUAGE_USED = Pattern.compile("(?<![\\p{L}])(?:(?:in|на)\\s+|по-)"
            + "(\\p{L}+(?:(?:\\s*,\\s*|\\s+(?:and|or|и|или)\\s+)\\p{L}+)*)|(?<![\\p{L}])(\\p{L}+)\\s+"
            + "(?:language|язык\\p{L}*)(?![\\p{L}])");
    /** The keys of the words of each post the profile held as a stand-in («и. о. заведующего отделением»). */
    final List<Set<String>> actingPosts = new ArrayList<>();
    private static final Pattern TITLE_END = Pattern.compile("\\(|,|;|\\s[-–—]\\s|\\s(?:of|at|for|in|в|на)\\s|/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJECTIVE_END = Pattern.compile("(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю)$");
    /** Words of a certificate's or award's name that say what kind of thing it is, not which one. */
    private static final Set<String> DATED_STOP = Set.of("certificate", "certified", "certification", "award",
            "diploma", "course", "level", "member", "сертификат", "курс", "диплом", "удостоверение");
    /** Each name's words as initials are read from them, worked out once per profile (a profile is shared). */
    private final Map<NameReading, List<String>> initialParts = new java.util.concurrent.ConcurrentHashMap<>();
    /** Abbreviations of a legal form before an organisation's name («ГАУЗ «Городская…»», "LLC"). */
    private static final Pattern LEGAL_FORM = Pattern.compile("^(?:[А-ЯЁA-Z]{2,6}\\s+)+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private volatile TreeSet<String> vacancyKeys;
    private volatile List<String> vacancyParts;
    private volatile Set<String> vacancyWelcomes;
    /** Where a vacancy names what it would welcome beyond its requirements: "is a bonus", «будет плюсом». */
    static final Pattern WANTED = Pattern.compile("(?<![\\p{L}])(?:bonus|a plus|desirable|beneficial|helpful|welcome\\p{L}*|"
            + "valued|ideally|advantage\\p{L}*|preferred|nice to have|плюс\\p{L}*|преимуществ\\p{L}*|приветству\\p{L}*|"
            + "желательн\\p{L}*)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that may stand between the two of a phrase: "pumps and compressors", «работу во взрывоопасных зонах». */
    static final Set<String> PHRASE_GLUE = Set.of("and", "of", "for", "in", "on", "with", "и", "в", "во", "на", "с",
            "со", "по", "для");
    /** For each figure that counts something, the keys of the longer words of each profile line it counts in. */
    private final Map<Double, List<Set<String>>> countLines = new java.util.HashMap<>();
    /** Years or months after a figure: "nine years", «12 лет», «восьми месяцев». */
    private static final Pattern YEARS_AFTER = Pattern.compile("\\s?(?:\\+\\s?)?(?:years?|months?|yrs|лет|года?|годам|"
            + "месяц\\p{L}*)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The nouns of a grade, whose figure counts nothing: «5 разряда», "Band 6", "Level 3". */
    private static final Pattern GRADE_NOUN = Pattern.compile("(?:разряд|класс|категор|групп|уровн|степен|level|band|"
            + "grade|class|stage|tier)");
    /** Words too vague to tie a figure to a line: "about", «около». */
    private static final Set<String> VAGUE = Set.of("about", "around", "approximately", "nearly", "almost", "более",
            "около", "почти", "свыше", "порядка", "примерно");

    /**
     * Indexes {@code evidence} as of {@code now}.
     *
     * @param now the current month: open-ended jobs and courses run to it
     */
    Profile(Evidence evidence, SkillTaxonomy taxonomy, SkillGraph graph, YearMonth now) {
        this.now = now;
        this.taxonomy = taxonomy;
        JsonNode p = evidence.profile();
        StringBuilder all = new StringBuilder();
        if (p != null) {
            collect(p, null, all);
            JsonNode basics = p.path("basics");
            addTitle(basics.path("label").asString(""), false);
            for (JsonNode w : p.path("work").values()) {
                job(w, w.path("name").asString(w.path("company").asString("")), taxonomy, graph);
            }
            for (JsonNode w : p.path("volunteer").values()) {
                job(w, w.path("organization").asString(""), taxonomy, graph);
            }
            for (String section : List.of("work", "volunteer", "projects")) {
                for (JsonNode w : p.path(section).values()) {
                    events(w.path("summary").asString(""));
                    events(w.path("description").asString(""));
                    for (JsonNode h : w.path("highlights").values()) {
                        events(h.asString(""));
                    }
                }
            }
            for (JsonNode e : p.path("education").values()) {
                names.add(e.path("institution").asString(""));
                YearMonth[] span = dates(e, true);
                String type = e.path("studyType").asString("").strip();
                if (span[0] != null) {
                    // a degree written as its abbreviation names the school's entry too: "since completing my PhD in 2011"
                    String degree = type.isEmpty() ? "" : type.split("[\\s(]+")[0];
                    dated(e.path("institution").asString(""),
                            acronymLike(degree) && degree.length() >= 3 ? List.of(degree) : List.of(), span[0].getYear(),
                            span[1] == null ? now.getYear() : span[1].getYear(), false);
                }
                degrees.addAll(Degrees.levels(type + " " + e.path("area").asString("")));
                degrees.addAll(Degrees.studyType(type));
                // the branch its study type writes, for each level the study type names ("" for none: any branch)
                String branch = Objects.requireNonNullElse(Degrees.branch(type), "");
                Set<Degrees.Level> levels = EnumSet.noneOf(Degrees.Level.class);
                levels.addAll(Degrees.levels(type));
                levels.addAll(Degrees.studyType(type));
                for (Degrees.Level level : levels) {
                    branches.computeIfAbsent(level, k -> new HashSet<>()).add(branch);
                }
            }
            for (JsonNode c : p.path("certificates").values()) {
                names.add(c.path("name").asString(""));
                List<Words.Word> named = Words.split(c.path("name").asString(""));
                for (int i = 1; i < named.size(); i++) {
                    if (Words.lower(named.get(i - 1).raw()).endsWith("ed") && Titles.role(Titles.concept(named.get(i).raw()))) {
                        registeredRoles.add(named.get(i).key());
                    }
                }
                if (named.size() >= 2 && Titles.role(Titles.concept(named.getFirst().raw()))) {
                    Set<String> rest = new HashSet<>();
                    for (Words.Word w : named.subList(1, named.size())) {
                        if (w.raw().length() >= 4) {
                            rest.add(w.key());
                        }
                    }
                    if (!rest.isEmpty()) {
                        certificateRoles.computeIfAbsent(named.getFirst().key(), k -> new ArrayList<>()).add(rest);
                    }
                }
                for (Words.Word w : Words.split(c.path("name").asString("") + " " + c.path("issuer").asString(""))) {
                    certificateKeys.add(w.key());
                }
                names.add(c.path("issuer").asString(""));
                // A course or certificate finished is learning too: "completed the NPQML in 2021".
                YearMonth when = year(c.path("date").asString(""), certificateYears);
                if (when != null) {
                    String issuer = c.path("issuer").asString("");
                    dated(c.path("name").asString(""), Words.split(issuer).size() >= 2 || acronymLike(issuer.strip())
                            ? List.of(issuer) : List.of(),
                            when.getYear(), when.getYear(), true);
                }
            }
            for (JsonNode sk : p.path("skills").values()) {
                StringBuilder sb = new StringBuilder(sk.path("name").asString(""));
                sk.path("keywords").values().forEach(k -> sb.append(" , ").append(k.asString("")));
                for (Words.Word w : Words.split(sb)) {
                    if (w.raw().length() >= 3) {
                        skillWordKeys.add(w.key());
                    }
                }
            }
            for (JsonNode l : p.path("languages").values()) {
                unit(l.path("language").asString("") + " " + l.path("fluency").asString(""));
                String fluency = Words.lower(l.path("fluency").asString("") + " " + l.path("level").asString(""));
                for (Words.Word w : Words.split(l.path("language").asString(l.path("name").asString("")))) {
                    languages.merge(Words.latin(w.key()).substring(0, Math.min(4, Words.latin(w.key()).length())),
                            fluency, (a, b) -> a + " " + b);
                }
            }
            for (JsonNode c : p.path("certificates").values()) {
                unit(c.path("name").asString("") + " " + c.path("issuer").asString(""));
            }
            for (JsonNode e : p.path("education").values()) {
                unit(e.path("studyType").asString("") + " " + e.path("area").asString("") + " "
                        + e.path("institution").asString(""));
                schoolUnits.add(units.getLast());
                educationUnits.add(units.getLast());
                Set<Degrees.Level> levels = EnumSet.noneOf(Degrees.Level.class);
                levels.addAll(Degrees.levels(e.path("studyType").asString("")));
                levels.addAll(Degrees.studyType(e.path("studyType").asString("")));
                educationLevels.add(levels);
            }
            for (JsonNode c : p.path("certificates").values()) {
                unit(c.path("name").asString("") + " " + c.path("issuer").asString(""));
                schoolUnits.add(units.getLast());
            }
            for (JsonNode w : p.path("work").values()) {
                unit(w.path("position").asString("") + " " + w.path("name").asString(""));
            }
            for (JsonNode a : p.path("awards").values()) {
                unit(a.path("title").asString("") + " " + a.path("awarder").asString(""));
                YearMonth when = year(a.path("date").asString(""), null);
                if (when != null) {
                    dated(a.path("title").asString(""), List.of(), when.getYear(), when.getYear(), true);
                }
            }
            derivedCounts(p);
        }
        String profileText = all.toString();
        lowerText = Words.lower(profileText);
        for (Words.Word w : Words.split(profileText)) {
            addKey(w.key());
            if (w.raw().length() >= 2 && w.raw().length() <= 6 && Words.allCaps(w.raw())
                    && w.raw().chars().allMatch(Character::isLetter)) {
                abbreviations.add(w.key());
            }
        }
        for (SkillMention m : taxonomy.findIn(profileText)) {
            skills.add(m.skill());
        }
        for (Skill s : List.copyOf(skills)) {
            skills.addAll(graph.closure(s));
        }
        degrees.addAll(Degrees.levels(profileText));
        Degrees.honours(profileText).forEach(h -> honours.add(h.honour()));
        lines.addAll(List.of(profileText.split("\n")));
        lines.forEach(this::unit);
        for (String line : lines) {
            List<Words.Word> ws = Words.split(line);
            for (int i = 0; i < ws.size(); i++) {
                String noun = Grades.noun(ws.get(i).raw());
                if (noun == null) {
                    continue;
                }
                for (int j : new int[] {i - 1, i + 1}) {
                    int v = j >= 0 && j < ws.size() ? Grades.value(ws.get(j).raw()) : -1;
                    if (v > 0) {
                        grades.computeIfAbsent(noun, k -> new HashSet<>()).add(v);
                    }
                }
            }
        }
        for (String line : lines) {
            List<Numbers.Num> inLine = Numbers.find(line);
            for (Numbers.Num n : inLine) {
                if (!n.percent()) {
                    List<String> nouns = countedNouns(line, n.start(), n.end());
                    if (!nouns.isEmpty()) {
                        counted.computeIfAbsent(nouns.getFirst(), k -> new ArrayList<>()).add(n.value());
                    }
                    if (line.startsWith("-", n.end())) {
                        continue; // "a four-surgery practice" counts surgeries, not what the line is about
                    }
                    if (YEARS_AFTER.matcher(line).region(n.end(), line.length()).lookingAt()) {
                        continue; // "with over nine years in publishing": a time served, not a count of the line's things
                    }
                    // a figure whose thing is named before it («обращений работников: около 300 в год») counts too
                    Set<String> around = new HashSet<>();
                    for (Words.Word w : !nouns.isEmpty() && GRADE_NOUN.matcher(nouns.getFirst()).lookingAt()
                            ? List.<Words.Word>of() : Words.split(line)) { // «5 разряда» is a grade, not five of something
                        if (w.raw().length() >= 5 && !VAGUE.contains(Words.lower(w.raw()))) {
                            around.add(w.key());
                        }
                    }
                    countLines.computeIfAbsent(n.value(), k -> new ArrayList<>()).add(around);
                    if (nouns.size() == 2) {
                        counted.computeIfAbsent(String.join(" ", nouns), k -> new ArrayList<>()).add(n.value());
                    }
                }
            }
            for (int i = 0; i + 1 < inLine.size(); i++) {
                Numbers.Num a = inLine.get(i);
                Numbers.Num b = inLine.get(i + 1);
                if (!FROM_TO.matcher(line.substring(a.end(), b.start())).matches()) {
                    continue;
                }
                pairs.add(new double[] {a.value(), b.value()});
                double hi = Math.max(a.value(), b.value());
                double lo = Math.min(a.value(), b.value());
                if (lo > 0) {
                    ratios.add(hi / lo);
                    changes.add((hi - lo) / a.value() * 100);
                    if (a.percent() && b.percent()) {
                        changes.add(hi - lo);
                    }
                }
            }
        }
        Numbers.find(profileText).forEach(n -> {
            if (TIMES_AFTER.matcher(profileText.substring(n.end(), Math.min(profileText.length(), n.end() + 8))).lookingAt()) {
                timesValues.add(n.value());
            }
            (n.percent() ? percents : numbers).add(n.value());

            if (YEAR_UNIT.matcher(profileText.substring(n.end(), Math.min(profileText.length(), n.end() + 10))).find()) {
                statedYears.add(n.value());
            }
        });
        Evidence.Target target = evidence.target();
        hasTarget = target != null;
        targetCompany = target == null ? "" : nullToEmpty(target.company());
        vacancyText = target == null ? "" : nullToEmpty(target.vacancyText());
        if (target != null) {
            String company = nullToEmpty(target.company());
            names.add(company);
            for (Words.Word w : Words.split(company + " " + nullToEmpty(target.title()))) {
                targetKeys.add(w.key());
                targetKeys.add(Words.latin(w.key()));
            }
            addTitle(nullToEmpty(target.title()), true);
        }
        targetTitle = target == null ? "" : nullToEmpty(target.title());
        keyMemo.clear(); // only for indexing; a cached profile need not keep it
    }

    private void unit(String text) {
        TreeSet<String> unit = new TreeSet<>();
        for (String raw : WORD_SPLIT.split(text)) {
            if (raw.isEmpty()) {
                continue;
            }
            String[] k = keyMemo.computeIfAbsent(raw, r -> {
                String key = Words.key(r);
                return new String[] {key, Words.latin(key)};
            });
            unit.add(k[0]);
            unit.add(k[1]);
            String ordinal = ordinal(raw);
            if (ordinal != null) {
                unit.add(ordinal);
            }
        }
        if (!unit.isEmpty()) {
            units.add(unit);
        }
    }

    /**
     * Whether one entry of the profile holds every word (by key, a shared prefix of four letters or more, or its
     * Latin spelling) and every figure: "WSET Level 3 Award" does not hold "WSET Level 4 Diploma".
     */
    boolean oneUnitHolds(List<Words.Word> words) {
        return oneOf(units, words);
    }

    /**
     * Whether one entry of the profile's education holds every word and a degree of each level claimed: "an MEng …
     * from Strathclyde" against a BEng from Strathclyde and an MSc from Aberdeen is held by neither. An entry whose
     * study type names no level is not told apart.
     */
    boolean oneSchoolHoldsAt(List<Words.Word> words, Set<Degrees.Level> claimed) {
        for (int i = 0; i < educationUnits.size(); i++) {
            Set<Degrees.Level> held = educationLevels.get(i);
            if (oneOf(List.of(educationUnits.get(i)), words)
                    && (held.isEmpty() || claimed.stream().allMatch(l -> Degrees.supported(l, held)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one entry of the profile's education (or courses) holds every word: the school a degree is from. */
    boolean oneSchoolHolds(List<Words.Word> words) {
        return oneOf(schoolUnits, words);
    }

    private static boolean oneOf(List<TreeSet<String>> among, List<Words.Word> words) {
        for (TreeSet<String> unit : among) {
            boolean all = true;
            for (Words.Word w : words) {
                String noun = Grades.noun(w.raw());
                if (noun != null && unit.stream().anyMatch(u -> noun.equals(Grades.noun(u)))) {
                    continue; // «уровня» is the unit's "Level"
                }
                String ordinal = ordinal(w.raw());
                String k = ordinal != null ? ordinal : w.key();
                boolean figure = k.chars().allMatch(Character::isDigit);
                if (!(figure ? unit.contains(k) : matches(unit, k) || matches(unit, Words.latin(k)))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A noun and "of" or «из» right before a figure: "a team of four", «бригада из шести». */
    private static final Pattern GENITIVE_PLURAL = Pattern.compile("[а-я](?:ов|ев|ей|ий|ых|их)$");
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{L}{4,}) (?:of|из) $");

    /**
     * What a figure counts: the words after it, or, with none there, the noun it is "of" ("a team of twelve"
     * counts a team, which the profile may count as "a team of four").
     */
    static List<String> countedNouns(String text, int start, int end) {
        List<String> after = countedNouns(text, end);
        if (!after.isEmpty()) {
            return after;
        }
        Matcher m = COUNTED_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        // a Russian genitive plural before «из» is what the noun before it is of («группой … геномов из трёх
        // человек»), not the thing counted
        if (m.find() && !COUNT_STOP.contains(Words.lower(m.group(1))) && !Character.isUpperCase(m.group(1).charAt(0))
                && !GENITIVE_PLURAL.matcher(Words.lower(m.group(1))).find()) {
            return List.of(Words.key(m.group(1)));
        }
        return after;
    }

    /**
     * The keys of the first one or two words after a figure that name what it counts: "2 foundation dentists"
     * counts foundation dentists. Units of time, multipliers and function words are not counted things.
     */
    static List<String> countedNouns(String text, int from) {
        List<String> out = new ArrayList<>();
        int i = from;
        if (i + 1 < text.length() && text.charAt(i) == '-' && Character.isLetter(text.charAt(i + 1))) {
            // "a 180-prisoner wing": the word joined by a hyphen is the thing counted, and all of it
            int e = i + 1;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String l = Words.lower(text.substring(i + 1, e));
            if (l.length() >= 4 && !COUNT_STOP.contains(l)) {
                out.add(Words.key(l));
            }
            return out;
        }
        for (int taken = 0; taken < 2; taken++) {
            int k = i;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (k == i && taken == 0 && k < text.length() && text.charAt(k) != ' ' || k - i > 1) {
                break;
            }
            int e = k;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e == k) {
                break;
            }
            String raw = text.substring(k, e);
            String l = Words.lower(raw);
            if (out.isEmpty() && (l.equals("и") || l.equals("and")) && i - from < 30) {
                i = e; // «900 межевых и технических планов»: the thing counted is «планов»
                taken--;
                continue;
            }
            if (COUNT_STOP.contains(l) || l.length() < 4 || Character.isUpperCase(raw.charAt(0))) {
                break;
            }
            i = e;
            if (Words.isCyrillic(l) && RU_ADJECTIVE.matcher(l).find() && !GENITIVE_PLURAL_IY.matcher(l).find()) {
                if (!out.isEmpty()) {
                    break; // «слов технической документации»: the thing counted is «слов»
                }
                taken--; // «3 молодых фармацевтов»: the thing counted comes after its adjective
                if (i - from > 40) {
                    break;
                }
                continue;
            }
            out.add(Words.key(raw));
        }
        return out;
    }

    private static final Pattern ROMAN_GRADE = Pattern.compile("(?<![\\p{L}\\d])(?:I{1,3}|IV|V|VI{1,3}|IX|X)(?![\\p{L}\\d])");

    /**
     * The Roman grades («IV», "III") written on the profile's lines that hold a word of this key: «Группа по
     * электробезопасности IV». Empty when no such line has one.
     */
    Set<String> romanGradesBeside(String key) {
        Set<String> grades = new HashSet<>();
        for (String line : lines) {
            Matcher m = ROMAN_GRADE.matcher(line);
            if (!m.find()) {
                continue;
            }
            boolean holds = false;
            for (Words.Word w : Words.split(line)) {
                if (w.key().equals(key)) {
                    holds = true;
                    break;
                }
            }
            if (holds) {
                do {
                    grades.add(m.group());
                } while (m.find());
            }
        }
        return grades;
    }

    /** The grades the profile writes beside a grade noun of this kind ("LEVEL", "GRADE", ...), none if it writes none. */
    Set<Integer> gradesOf(String noun) {
        return grades.getOrDefault(noun, Set.of());
    }

    /** Whether the profile writes this literally, in any case: "D&O", "r_keeper". */
    boolean mentions(String literal) {
        return lowerText.contains(Words.lower(literal));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void addKey(String key) {
        keys.add(key);
        latinKeys.add(Words.latin(key));
    }

    private void collect(JsonNode node, String field, StringBuilder all) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!SKIPPED_FIELDS.contains(e.getKey()) && !DATE_FIELDS.contains(e.getKey())) {
                    collect(e.getValue(), e.getKey(), all);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode v : node.values()) {
                collect(v, field, all);
            }
        } else if (node.isString() || node.isNumber()) {
            all.append(node.asString()).append(" .\n");
        }
    }

    private void job(JsonNode w, String name, SkillTaxonomy taxonomy, SkillGraph graph) {
        String position = w.path("position").asString("");
        names.add(name);
        for (Words.Word word : Words.split(name)) {
            pastEmployerKeys.add(word.key());
        }
        int before = titles.size();
        addTitle(position, false);
        if (titles.size() > before) {
            jobTitles.computeIfAbsent(name, k -> new ArrayList<>()).add(titles.getLast());
        }
        YearMonth[] range = dates(w, false);
        StringBuilder text = new StringBuilder(position).append(" . ").append(w.path("summary").asString(""));
        for (JsonNode h : w.path("highlights").values()) {
            text.append(" . ").append(h.asString(""));
        }
        if (range[0] != null) {
            jobs.add(new Job(name, position, range[0], range[1] == null ? now : range[1],
                    new JobSkills(text.toString(), taxonomy, graph), nameKeys(name),
                    quotedNameKeys(name)));
            for (Words.Word word : Words.split(name)) {
                employerWords.add(word.raw());
            }
            dated(name, List.of(), range[0].getYear(), range[1] == null ? now.getYear() : range[1].getYear(), false);
        }
    }

    private YearMonth[] dates(JsonNode entry, boolean education) {
        YearMonth start = year(entry.path("startDate").asString(""), startYears);
        YearMonth end = year(entry.path("endDate").asString(""), endYears);
        if (start != null) {
            if (education) {
                educationYears.add(start.getYear());
            }
            int last = end == null ? now.getYear() : end.getYear();
            if (end == null && !education) {
                endYears.add(now.getYear());
            }
            if (education && end != null) {
                educationYears.add(end.getYear());
                educationDurations.add(months(start, end) / 12.0);
            }
            yearRanges.add(new int[] {start.getYear(), last});
        }
        return new YearMonth[] {start, end};
    }

    private YearMonth year(String date, Set<Integer> into) {
        Matcher m = DATE.matcher(date.strip());
        if (!m.find()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Math.max(1, Math.min(12, Integer.parseInt(m.group(2))));
        if (into != null) {
            into.add(y);
        }
        yearRanges.add(new int[] {y, y});
        return YearMonth.of(y, month);
    }

    private void addTitle(String title, boolean target) {
        if (title.isBlank()) {
            return;
        }
        Set<String> concepts = new HashSet<>();
        Set<String> titleKeys = new HashSet<>();
        for (Words.Word w : Words.split(title)) {
            titleKeys.add(w.key());
            String c = Titles.concept(w.raw());
            if (c != null) {
                concepts.add(c);
            }
        }
        // the post's head noun can be the role a text names with a grade before it: «ведущий технолог» makes
        // «технолог» a role, so «главный технолог» is read as a post; "Curator of Decorative Arts" makes "Curator"
        for (Words.Word w : headNouns(title)) {
            if (Titles.concept(w.raw()) == null) {
                concepts.add(Titles.ROLE + w.key());
                roleKeys.add(w.key());
            }
        }
        titles.add(new Title(concepts, titleKeys, target));
        if (!target && ACTING_MARK.matcher(title).find()) {
            actingPosts.add(titleKeys);
        }
    }

    /** The words that name what a post is: the last word of an English title's first part, Russian nouns of it. */
    static List<Words.Word> headNouns(String title) {
        Matcher end = TITLE_END.matcher(title);
        String first = end.find() ? title.substring(0, end.start()) : title;
        List<Words.Word> words = Words.split(first);
        if (words.isEmpty()) {
            return words;
        }
        if (!Words.isCyrillic(words.getLast().raw())) {
            return List.of(words.getLast());
        }
        List<Words.Word> nouns = new ArrayList<>();
        for (Words.Word w : words) {
            String l = Words.lower(w.raw());
            if (Words.isCyrillic(l) && l.length() > 3 && !ADJECTIVE_END.matcher(l).find()) {
                nouns.add(w);
            }
        }
        return nouns;
    }

    private void derivedCounts(JsonNode p) {
        Set<String> employers = new HashSet<>();
        p.path("work").values().forEach(w -> employers.add(w.path("name").asString("")));
        // counts a text may state ("two employers", "three languages"); one is too common a word to count
        for (int count : new int[] {p.path("work").size(), employers.size(), p.path("certificates").size(),
            p.path("languages").size(), p.path("education").size()}) {
            if (count >= 2) {
                numbers.add((double) count);
            }
        }
    }

    /** Whether a word looks like an acronym: СПбГУ, ЦФТ, X5, IBM. */
    static boolean acronymLike(String raw) {
        if (raw.length() < 2 || raw.length() > 8 || !Character.isUpperCase(raw.charAt(0))) {
            return false;
        }
        long upper = raw.chars().filter(Character::isUpperCase).count();
        long digits = raw.chars().filter(Character::isDigit).count();
        return upper >= 2 || upper == 1 && digits >= 1;
    }

    /**
     * Whether the profile's text uses this word as a language's name ("rehearsals in Italian", «документация на
     * немецком»), not as any adjective ("Italian cuisine").
     */
    boolean worksIn(String languageKey) {
        Set<String> uses = languageUses;
        if (uses == null) {
            uses = new HashSet<>();
            Matcher m = LANGUAGE_USED.matcher(lowerText);
            while (m.find()) {
                for (Words.Word w : Words.split(m.group(1) != null ? m.group(1) : m.group(2))) {
                    uses.add(w.key()); // «на итальянском и французском»: both
                }
            }
            languageUses = uses;
        }
        return uses.contains(languageKey);
    }

    /** Whether the profile or the target's company and title hold the word (by key, a shared prefix, or spelling). */
    boolean knows(String key) {
        return matches(keys, key) || matches(latinKeys, Words.latin(key));
    }

    /** Whether the profile (or the target's name and title) writes this word or one sharing its stem. */
    boolean knownWord(String key) {
        if (knows(key) || sharesStem(key) || targetKnows(key)) {
            return true;
        }
        if (key.length() < 5) {
            return false;
        }
        String prefix = key.substring(0, 5); // "training" for a Cabin Crew Trainer: the post's own word
        String ceiling = targetKeys.ceiling(prefix);
        return ceiling != null && ceiling.startsWith(prefix);
    }

    /** Whether a profile word shares the key's first five letters: "educating" and "education". */
    boolean sharesStem(String key) {
        if (key.length() < 5) {
            return false;
        }
        String prefix = key.substring(0, 5);
        String ceiling = keys.ceiling(prefix);
        return ceiling != null && ceiling.startsWith(prefix);
    }

    /**
     * Whether the profile holds a term (a name in Latin letters): the word itself, or a form of it that differs in
     * an ending only; not a word sharing its first letters ("words" does not hold Wordfast).
     */
    boolean knowsTerm(String key) {
        return knowsTerm(keys, key) || knowsTerm(latinKeys, Words.latin(key));
    }

    private static boolean knowsTerm(TreeSet<String> set, String key) {
        if (key.isEmpty() || set.contains(key)) {
            return true;
        }
        String ceiling = set.ceiling(key);
        if (ceiling != null && ceiling.startsWith(key) && ceiling.length() - key.length() <= 3) {
            return true;
        }
        for (int len = key.length() - 1; len >= 3; len--) {
            String prefix = key.substring(0, len);
            // an ending ("Trados" for "Trados's"), or a model's variant after its number ("A330neo" for A330)
            if ((len >= key.length() - 2 && len >= 4 || Character.isDigit(prefix.charAt(len - 1)))
                    && set.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    boolean targetKnows(String key) {
        return matches(targetKeys, key) || matches(targetKeys, Words.latin(key));
    }

    /**
     * Whether the profile writes this word of a name, in any of its forms, but not as the first part of a longer
     * word: «Новосибирскэнерго» is another name than «Новосибирская …», though it begins with it.
     */
    boolean knowsNameWord(String key) {
        if (!Words.isCyrillic(key) || key.length() < 8 || keys.contains(key)) {
            return knows(key);
        }
        String ceiling = keys.ceiling(key);
        if (ceiling != null && ceiling.startsWith(key)) {
            return true;
        }
        // a vowel that comes and goes in the name's forms: «Кузбассразрезугле» of «Кузбассразрезуголь»
        String head = key.substring(0, key.length() - 2);
        ceiling = keys.ceiling(head);
        if (ceiling != null && ceiling.startsWith(head) && ceiling.length() <= key.length() + 2) {
            return true;
        }
        for (int len = key.length() - 1; len >= Math.max(4, key.length() - 3); len--) {
            if (keys.contains(key.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(TreeSet<String> set, String key) {
        if (key.isEmpty() || set.contains(key)) {
            return true;
        }
        if (key.length() >= 4) {
            String ceiling = set.ceiling(key);
            if (ceiling != null && ceiling.startsWith(key)) {
                return true;
            }
            for (int len = key.length() - 1; len >= 4; len--) {
                if (set.contains(key.substring(0, len))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Durations, in years, that the profile's dates support: each job, and each run of consecutive jobs. */
    List<Double> durations(Skill about) {
        return durationsOf(about == null ? job -> true : job -> job.skills().contains(about));
    }

    /** Durations, in years, of the jobs chosen: each, and each run of consecutive ones. */
    List<Double> durationsOf(java.util.function.Predicate<Job> which) {
        return durationsOf(which, null);
    }

    /**
     * Durations, in years, of the jobs chosen, each job counted only up to {@code until} when it is given: the time
     * before an employer («До РБК шесть лет …») holds a job that overlapped it only for its part before.
     */
    List<Double> durationsOf(java.util.function.Predicate<Job> which, YearMonth until) {
        List<Job> sorted = new ArrayList<>(jobs);
        sorted.removeIf(which.negate());
        sorted.sort((a, b) -> a.start().compareTo(b.start()));
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            YearMonth start = sorted.get(i).start();
            YearMonth end = cut(sorted.get(i).end(), until);
            double sum = 0;
            for (int j = i; j < sorted.size(); j++) {
                YearMonth jobEnd = cut(sorted.get(j).end(), until);
                if (jobEnd.isAfter(end)) {
                    end = jobEnd;
                }
                sum += months(sorted.get(j).start(), jobEnd) / 12.0;
                out.add(months(start, end) / 12.0);
                out.add(sum);
            }
        }
        return out;
    }

    private static YearMonth cut(YearMonth end, YearMonth until) {
        return until != null && end.isAfter(until) ? until : end;
    }

    static long months(YearMonth from, YearMonth to) {
        return Math.max(0, from.until(to, java.time.temporal.ChronoUnit.MONTHS));
    }

    private void events(String field) {
        for (Sentences.Span span : Sentences.split(field)) {
            String sentence = field.substring(span.start(), span.end());
            Matcher m = EVENT_YEAR.matcher(sentence);
            Set<Integer> years = new HashSet<>();
            boolean spanned = false;
            while (m.find()) {
                years.add(Integer.valueOf(m.group(1)));
                String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 3));
                spanned |= SPAN_YEAR.matcher(sentence.substring(Math.max(0, m.start() - 8), m.start())).find()
                        || after.matches("^\\s?[–—-].*");
            }
            if (years.size() != 1 || spanned) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (Words.Word w : Words.split(sentence)) {
                String l = Words.lower(w.raw());
                if ((l.length() >= 4 || acronymLike(w.raw())) && !EVENT_STOP.contains(l) && !ENTITY_STOP.contains(l)
                        && !w.raw().chars().allMatch(Character::isDigit)) {
                    keys.add(w.key());
                }
            }
            if (keys.size() >= 3) {
                events.add(new Event(keys, years.iterator().next()));
            }
        }
    }

    private void dated(String name, List<String> aliases, int from, int to, boolean point) {
        Set<String> keys = new HashSet<>();
        List<Set<String>> other = new ArrayList<>();
        for (Words.Word w : Words.split(name)) {
            String l = Words.lower(w.raw());
            if (acronymLike(w.raw()) && !w.raw().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    || acronymLike(w.raw()) && w.raw().length() >= 3) {
                other.add(Set.of(w.key())); // an abbreviation names the entry alone: RTPI, GCIH, ХАССП
            }
            if (!ENTITY_STOP.contains(l) && !DATED_STOP.contains(l) && (w.raw().length() >= 3 || acronymLike(w.raw()))
                    && !w.raw().chars().allMatch(Character::isDigit)) {
                keys.add(w.key());
            }
        }
        for (String alias : aliases) {
            Set<String> k = nameKeys(alias);
            if (!k.isEmpty()) {
                other.add(k);
            }
            for (Words.Word w : Words.split(alias)) {
                if (acronymLike(w.raw()) && w.raw().length() >= 3) {
                    other.add(Set.of(w.key()));
                }
            }
        }
        if (!keys.isEmpty()) {
            dated.add(new Dated(name, keys, other, from, to, point));
        }
    }

    /** Whether an abbreviation is the initials of this name of the profile's (РГГУ, ГКБ for a name written out). */
    boolean initialsOfName(String acronym, String name) {
        List<String> parts = initialParts.computeIfAbsent(new NameReading(name, NameReading.Form.AS_WRITTEN),
                k -> initialParts(name));
        return initialsIn(Words.lower(acronym), parts, !acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Whether an abbreviation is the initials of an employer's name, its legal form left out («ГКБ»). */
    boolean initialsOfEmployer(String acronym, String name) {
        List<String> parts = initialParts.computeIfAbsent(new NameReading(name, NameReading.Form.NO_LEGAL_FORM),
                k -> initialParts(LEGAL_FORM.matcher(name).replaceFirst("")));
        return initialsIn(Words.lower(acronym), parts, !acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT)));
    }

    private static Set<String> quotedNameKeys(String name) {
        int open = name.indexOf('«');
        if (open < 0) {
            return Set.of(); // "BBC Scotland" is not named by "Scotland": only quotes set a name apart
        }
        int close = name.lastIndexOf('»');
        return nameKeys(name.substring(open + 1, close > open ? close : name.length()));
    }

    /** Whether an employer's name holds this word as written, case and all: "bp", "easyJet". */
    boolean writesEmployerWord(String raw) {
        return employerWords.contains(raw);
    }

    private static Set<String> nameKeys(String name) {
        Set<String> keys = new HashSet<>();
        for (Words.Word w : Words.split(name)) {
            if (!ENTITY_STOP.contains(Words.lower(w.raw())) && (w.raw().length() >= 3 || acronymLike(w.raw()))) {
                keys.add(w.key());
            }
        }
        return keys;
    }

    /** The vacancy's text applied to, or empty. */
    String vacancyText() {
        return vacancyText;
    }

    /** Whether an all-capitals word is the initials of a name the profile holds (УрФУ, КФУ, СПбГУ, LSE). */
    boolean acronymOf(String acronym) {
        // Letters from inside a word only where the acronym shows them in lower case (СПбГУ, УрФУ): an
        // all-capitals CPA is not "Candidate (passed" of a CFA certificate.
        boolean inner = !acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT));
        String joined = withoutJoiners(acronym);
        for (String name : names) {
            // a word in brackets is an aside the initials may leave out: КФУ for «Казанский (Приволжский)
            // федеральный университет»
            // (each name's words as initials are read once per profile)
            List<String> parts = initialParts.computeIfAbsent(new NameReading(name, NameReading.Form.AS_WRITTEN),
                    k -> initialParts(name));
            List<String> plain = name.indexOf('(') < 0 ? null : initialParts.computeIfAbsent(
                    new NameReading(name, NameReading.Form.NO_ASIDES),
                    k -> initialParts(BRACKETED.matcher(name).replaceAll(" ")));
            String a = Words.lower(acronym);
            if (initialsIn(a, parts, inner)
                    || acronym.length() >= 4 && !inner && Words.isCyrillic(acronym)
                    && initialsIn(a.substring(1), parts, false)
                    || plain != null && initialsIn(a, plain, inner)
                    || joined != null && initialsIn(Words.lower(joined), parts, false)) {
                return true; // ННГУ for «Нижегородский государственный университет», its «национальный» left out
            }
        }
        return false;
    }

    /**
     * An abbreviation without the lower-case letters that stand for a joining word between its capitals (ОЭБиПК for
     * «отдел экономической безопасности и противодействия коррупции», BoE for "Bank of England"), or null when it
     * has none: those words are left out of a name's initials.
     */
    static String withoutJoiners(String acronym) {
        StringBuilder b = null;
        for (int k = 0; k < acronym.length(); k++) {
            char c = acronym.charAt(k);
            boolean joiner = k > 0 && k + 1 < acronym.length() && "иoaf".indexOf(c) >= 0
                    && Character.isUpperCase(acronym.charAt(k - 1)) && Character.isUpperCase(acronym.charAt(k + 1));
            if (joiner && b == null) {
                b = new StringBuilder(acronym.substring(0, k));
            } else if (!joiner && b != null) {
                b.append(c);
            }
        }
        // Three letters at least: "IoT" as "IT" or "PoC" as "PC" would match any two words in a row.
        return b == null || b.length() < 3 ? null : b.toString();
    }

    /**
     * Whether an abbreviation is the initials of words the profile writes out anywhere: РЗА for «релейная защита и
     * автоматика», ICU for "intensive care unit".
     */
    boolean spelledOut(String acronym) {
        List<List<String>> parts = lineParts;
        if (parts == null) {
            parts = lines.stream().map(Profile::initialParts).toList();
            lineParts = parts;
        }
        String a = Words.lower(acronym);
        String joined = withoutJoiners(acronym);
        String b = joined == null ? null : Words.lower(joined);
        for (List<String> line : parts) {
            if (initialsIn(a, line, false) || b != null && initialsIn(b, line, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a degree of this level and branch is one of the profile's: a BSc against a BA (Hons) is not, a BSc
     * against a plain "Bachelor" or no degree of the level at all is left to the level's own check.
     */
    boolean holdsBranch(Degrees.Level level, String branch) {
        Set<String> held = branches.get(level);
        return branch == null || held == null || held.contains("") || held.contains(branch);
    }

    /** Whether the vacancy (its text or title) names this skill. */
    boolean vacancyNames(Skill skill) {
        Set<Skill> named = vacancySkills;
        if (named == null) {
            named = new HashSet<>();
            if (hasTarget) {
                for (SkillMention m : taxonomy.findIn(vacancyText + " " + targetTitle)) {
                    named.add(m.skill());
                }
            }
            vacancySkills = named;
        }
        return named.contains(skill);
    }

    /**
     * Whether the vacancy (its text, company or title) writes a word of this key: what the employer's side of a text
     * (the post applied for, the terms accepted) may name.
     */
    boolean vacancyHolds(String key) {
        TreeSet<String> keys = vacancyKeys;
        if (keys == null) {
            keys = new TreeSet<>();
            for (Words.Word w : Words.split(vacancyText)) {
                keys.add(w.key());
            }
            keys.addAll(targetKeys);
            vacancyKeys = keys;
        }
        return matches(keys, key); // by a stem's first letters too: «на «ЗапСибНефтехиме»» for «ЗапСибНефтехим»
    }

    /** Whether an abbreviation is the initials of words the vacancy writes out (КДЦ, «клинико-диагностический центр»). */
    boolean vacancySpellsOut(String acronym) {
        List<String> parts = vacancyParts;
        if (parts == null) {
            parts = initialParts(vacancyText);
            vacancyParts = parts;
        }
        return initialsIn(Words.lower(acronym), parts, false);
    }

    /**
     * Whether the vacancy writes two words one after the other (by their keys, or with one word of {@link
     * #PHRASE_GLUE} between them: "pumps and compressors", «кожных скарификационных проб»), or one word when
     * {@code second} is null, where it names what it would welcome beyond its requirements ({@link #WANTED}).
     */
    boolean vacancyWelcomes(String first, String second) {
        Set<String> pairs = vacancyWelcomes;
        if (pairs == null) {
            pairs = new HashSet<>();
            for (String sentence : vacancyText.split("(?<=[.!?;])\\s+|\\n")) {
                // "Будет плюсом X, Y и Z", "Desirable: X, Y", "X is desirable, and Y": every part after a mark in
                // the first part; «Требования: …, аттестат РГР приветствуется»: the part that holds the mark
                Matcher opening = WANTED.matcher(sentence);
                int firstBreak = sentence.replaceAll("[;:(]", ",").indexOf(',');
                boolean all = opening.find() && (firstBreak < 0 || opening.start() < firstBreak);
                for (String part : sentence.split("[,;:(]")) {
                    if (!all && !WANTED.matcher(part).find()) {
                        continue;
                    }
                    List<Words.Word> ws = Words.split(part);
                    for (Words.Word w : ws) {
                        pairs.add(w.key());
                    }
                    for (int i = 0; i + 1 < ws.size(); i++) {
                        pairs.add(ws.get(i).key() + " " + ws.get(i + 1).key());
                        if (i + 2 < ws.size() && PHRASE_GLUE.contains(Words.lower(ws.get(i + 1).raw()))) {
                            pairs.add(ws.get(i).key() + " " + ws.get(i + 2).key());
                        }
                    }
                }
            }
            vacancyWelcomes = pairs;
        }
        return pairs.contains(second == null ? first : first + " " + second);
    }

    /**
     * Whether a figure counts something on a line of the profile that shares a word with {@code keys} (the text's
     * clause around the figure): «85 автобусов» where the profile writes «Автоколонна городских автобусов: 85
     * машин», «около 25 детей за смену» for «Около 25 пациентов за смену». The thing counted is named in other
     * words, not counted differently.
     */
    boolean countsOnALineWith(double value, Set<String> keys) {
        List<Set<String>> found = countLines.get(value);
        if (found == null) {
            return false;
        }
        for (Set<String> line : found) {
            for (String k : keys) {
                if (line.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the vacancy's text states this figure ("an 8-shed site placing around 300,000 birds"). */
    boolean vacancyStates(double figure) {
        Set<Double> figures = vacancyFigures;
        if (figures == null) {
            figures = new HashSet<>();
            for (Numbers.Num n : Numbers.find(vacancyText)) {
                figures.add(n.value());
            }
            vacancyFigures = figures;
        }
        return figures.contains(figure);
    }

    /**
     * Whether the vacancy counts one of these things with this figure: "a cooperative of eight family farms" for
     * "eight farms", «на девяти водохранилищах региона» for «на девяти водохранилищах».
     */
    boolean vacancyCounts(double figure, List<String> nouns) {
        if (nouns.isEmpty() || !vacancyStates(figure)) {
            return false;
        }
        for (Numbers.Num n : Numbers.find(vacancyText)) {
            if (n.value() == figure && countedNouns(vacancyText, n.start(), n.end()).stream().anyMatch(nouns::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is written in the vacancy's text as a word of its own. */
    boolean inVacancy(String word) {
        Set<String> words = vacancyWords;
        if (words == null) {
            words = new HashSet<>();
            for (Words.Word w : Words.split(vacancyText)) {
                words.add(w.raw());
            }
            vacancyWords = words;
        }
        return words.contains(word);
    }

    private static boolean initialsIn(String acronym, String text, boolean inner) {
        return initialsIn(Words.lower(acronym), initialParts(text), inner);
    }

    private static boolean initialsIn(String a, List<String> parts, boolean inner) {
        for (int from = 0; from + 1 < parts.size() || from == 0 && parts.size() >= 2; from++) {
            if (initials(a, 0, parts, from, inner)) {
                return true;
            }
        }
        return false;
    }

    /** A text's words in lower case as initials are read from them: short capitals letter by letter (HR). */
    private static List<String> initialParts(String text) {
        List<String> parts = new ArrayList<>();
        for (Words.Word w : Words.split(text)) {
            String l = Words.lower(w.raw());
            if (Words.allCaps(w.raw()) && w.raw().length() <= 4) {
                for (char c : l.toCharArray()) {
                    parts.add(String.valueOf(c)); // "Australian HR Institute" is AHRI
                }
            } else if (!Set.of("при", "of", "the", "and", "и", "for").contains(l)) {
                parts.add(l);
            }
        }
        return parts;
    }

    private static boolean initials(String a, int i, List<String> parts, int p, boolean inner) {
        if (i == a.length()) {
            return true;
        }
        if (p >= parts.size() || a.charAt(i) != parts.get(p).charAt(0)) {
            return false;
        }
        // the next letter starts the next word, or comes from inside this one (Пб of Петербургский)
        String word = parts.get(p);
        if (initials(a, i + 1, parts, p + 1, inner)) {
            return true;
        }
        if (!inner) {
            return false;
        }
        int from = 1;
        for (int k = i + 1; k < a.length(); k++) {
            int at = word.indexOf(a.charAt(k), from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
            if (initials(a, k + 1, parts, p + 1, inner)) {
                return true;
            }
        }
        return false;
    }
}
