package com.qh.ai.factcheck;

import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks generated text against the candidate's profile: every employer, job title, date or duration, number,
 * degree, certificate and skill the text names must be traceable to the profile, or be the company and role the
 * text applies for. The vacancy's own text is not evidence about the candidate: its words count only where the
 * generated text states them as what the employer asks for ("you need Kafka", «вы ищете опыт с SAP») or as
 * something the candidate means to learn.
 *
 * <p>Hand-written rules over words, stems and patterns; thread-safe, build once (loading the skills taxonomy takes
 * a moment), then {@link #check} takes a few milliseconds for a one-page letter (FACTCHECK.md).
 */
public final class FactChecker {

    /** What separates a spelling's words when its initials are taken. */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern DURATION_UNIT = Pattern.compile(
            "^\\s?(\\+\\s?)?(?:-|\\s)?(?:(?:с лишним|с небольшим|odd|последн\\p{L}+|прошедш\\p{L}+)\\s)?"
                    + "(years?|yrs?|лет|года?|году|годам\\p{L}*|months?|месяц\\p{L}*|мес\\.)(?![\\p{L}])", CI);
    /** A duration's own "and more": «четыре с лишним года», "twenty-odd years". */
    private static final Pattern ODD = Pattern.compile("(?<![\\p{L}])(?:с лишним|с небольшим|odd)(?![\\p{L}])", CI);
    private static final Pattern LETNIY = Pattern.compile(
            "(?<![\\p{L}])(\\d+|\\p{L}+?)-?летн\\p{L}*|(?<![\\p{L}\\d])(\\d+)-year(?![\\p{L}])", CI);
    private static final Alternation MORE = Alternation.compile(
            "(?:more than|over|at least|upwards of|более|больше|свыше|не менее|минимум|>)\\s*$", CI);
    private static final Alternation ABOUT = Alternation.compile(
            "(?:almost|nearly|about|around|approximately|roughly|close to|почти|около|примерно|порядка|~|≈)\\s*$", CI);
    /** A month's name before a year: "since March 2020", «с марта 2018», "to Jun 2021". */
    private static final String MONTH = "(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?|"
            + "январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|"
            + "сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)\\s+";
    private static final Pattern SINCE = Pattern.compile(
            "(?:since|from|starting in|с|со|начиная с)\\s*" + "(?:" + MONTH + ")?$", CI);
    private static final Pattern UNTIL = Pattern.compile(
            "(?:to|until|till|through|по|до|[-–—])\\s*" + "(?:" + MONTH + ")?$", CI);
    /**
     * After a duration, a preposition that ties it to a place or role: "five years at", «шесть лет в»; or a dash that
     * names the role in its stead («из них последние восемь — заместителем директора в лицее»).
     */
    private static final Pattern TIED_AFTER = Pattern.compile("\\s*(?:(?:as|at|with|в|во|на|у)\\s|[—–]\\s+)", CI);
    /** After a duration, a verb of working: what follows names the post or place («семь лет работала терапевтом»). */
    private static final Pattern TIED_VERB = Pattern.compile("\\s*(?:работал\\p{L}*|проработал\\p{L}*|служил\\p{L}*|"
            + "trabajé|worked|served|practised|practiced)\\s", CI);
    /**
     * A second predicate joined to a clause: "and have worked", "and I ran", «а потом работал», «и работала». What it
     * says is its own; a post named before it does not bind a duration after it.
     */
    private static final Pattern NEW_PREDICATE = Pattern.compile("(?<![\\p{L}])(?:and|but|а|но|и)\\s+(?:then\\s+|later\\s+|"
            + "also\\s+|потом\\s+|затем\\s+|ещё\\s+|еще\\s+)?(?:I\\s+|я\\s+)?(?:have|has|had|was|am|been|"
            + "\\p{L}+ed|работал\\p{L}*|проработал\\p{L}*|служил\\p{L}*|занимал\\p{L}*)(?![\\p{L}])", CI);
    /**
     * Common abbreviations whose common spelling has lower-case letters (MSc, PhD, SaaS, GmbH): written all in
     * capitals they are another name ("export bookings at MSC", the shipping line), not the common word.
     */
    private static final Set<String> MIXED_CASE_COMMON = Set.of("MSC", "BSC", "PHD", "SAAS", "GMBH");
    /** A verb of working or starting out that places someone at an organisation. */
    private static final Pattern WORKED_IN = Pattern.compile("(?<![\\p{L}])(?:работал\\p{L}*|работаю|служил\\p{L}*|"
            + "начинал\\p{L}*|трудил\\p{L}*|стажировал\\p{L}*)(?![\\p{L}])", CI);
    /** The candidate stating what they hold: "I hold", "I have passed", «имею», «получил». */
    private static final Pattern HOLDING = Pattern.compile("(?<![\\p{L}])(?:I hold|I have passed|I passed|I completed|"
            + "I['’]ve passed|I['’]ve completed|я имею|имею|получил\\p{L}*|сдал\\p{L}*)(?![\\p{L}])", CI);
    /**
     * A verb's own negation just before it: «не руковожу», "did not lead", "have never headed", "haven't led" (the
     * contraction follows a letter, so it stands outside the word-start look-behind).
     */
    private static final Pattern NEGATED_VERB = Pattern.compile("(?:(?<![\\p{L}])(?:не|not|never)|n['’]t)\\s*$", CI);
    /** A credential's head noun: a role word just before it names the credential, not a post held. */
    private static final Pattern CREDENTIAL_HEAD = Pattern.compile("(?:certificate|certificates|certification|"
            + "licence|license|ticket|card|course|training|qualification|exam|examination|award|accreditation|"
            + "scheme|programme|program)", CI);
    /** A pronoun that stands for a thing named before: the object of a wish to learn («освоить их», "learn it"). */
    private static final Pattern BACK_POINTER = Pattern.compile("(?<![\\p{L}])(?:it|them|this|these|его|её|ее|неё|нее|"
            + "их|ним|ними|ней|нём|нем|это|этому|этим)(?![\\p{L}])", CI);
    /** A word that points back to a place named before: "and have worked there", «и работаю там». */
    private static final Pattern THERE = Pattern.compile("(?<![\\p{L}])(?:there|там|здесь|тут)(?![\\p{L}])", CI);
    /** What follows "this" or "these" when they stand alone as an object ("learn this properly"), not before a noun. */
    private static final Set<String> AFTER_A_PRONOUN = Set.of("more", "further", "too", "properly", "fully", "quickly",
            "well", "better", "deeply", "in", "on", "at", "and", "as", "with", "from", "over", "next", "soon");
    /**
     * Words that open a verb's object after "training" or "coaching": "a supervisor training new starters" trains
     * people, "a supervisor training course" is a credential.
     */
    private static final Set<String> OBJECT_OPENER = Set.of("the", "a", "an", "my", "our", "his", "her", "their", "its",
            "new", "junior", "all", "every", "each", "them", "him", "other", "fellow", "young");
    /** Nouns that keep a language name a language: "French lessons", "Welsh speakers", "Polish level". */
    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages", "speaker", "speakers", "speaking",
            "level", "skills", "lessons", "classes", "class", "course", "courses", "tuition", "teaching", "teacher",
            "translation", "translations", "translator", "interpreter", "interpreting", "conversation", "fluency",
            "proficiency", "exam", "exams", "qualification", "certificate", "native", "tutoring", "tutor");
    /** The words before an abbreviation that make it an organisation's name: "joined PHP", "at PHP". */
    private static final Set<String> ORGANISATION_BEFORE = Set.of("at", "for", "from", "joined", "join", "left",
            "the", "by", "within", "to");
    /** What a list of degrees says came later: "a BEng and then an MSc from Aberdeen" has the MSc from Aberdeen. */
    private static final Pattern THEN = Pattern.compile("(?<![\\p{L}])(?:then|later|afterwards|followed by|"
            + "затем|потом|после)(?![\\p{L}])", CI);
    /** Before a duration, what ties it to what came before: "at Dishoom for seven years", «на протяжении». */
    private static final Pattern TIED_BEFORE = Pattern.compile(
            "(?:\\bfor|на протяжении|в течение)\\s+(?:(?:almost|nearly|over|more than|about|around|почти|более|около)\\s+)?$",
            CI);
    /**
     * An institution named by a capitalised adjective before its kind, with no cue word: «хормейстером хора
     * Свердловской филармонии», «Окончила Уральскую консерваторию». Its words must be the profile's.
     */
    private static final List<String> INSTITUTION_KINDS = List.of("филармони", "театр", "консерватори", "университет",
            "институт", "академи", "колледж", "техникум", "училищ", "больниц", "поликлиник", "клиник", "госпитал",
            "завод", "комбинат", "фабрик", "музе", "библиотек", "агентств", "редакци", "издательств", "телеканал",
            "оркестр", "компани", "аэс", "гэс", "грэс", "тэц", "заповедник", "таможн");
    /** Other words that say what kind of body a name is, beside {@link #INSTITUTION_KINDS} and {@link #ORG_WORD}. */
    private static final List<String> ORG_KINDS = List.of("порт", "банк",
            "прокуратур", "министерств", "администраци", "управлени", "port", "council", "museum", "theatre",
            "orchestra", "airport", "station");
    /** What joins two names into one run of capitals: "Unilever's Port Sunlight", "Morrison Utility and Gateshead College". */
    private static final Pattern NAME_JOINS = Pattern.compile("['’]s\\s+|\\s+(?:and|&|и)\\s+");
    private static final Pattern RU_INSTITUTION = Pattern.compile("(?<![\\p{L}])[А-ЯЁ][а-яё]+(?:ой|ого|ая|ую|ий|ый|ом|ей"
            // the instrumental and the dative too: «совместно с Тверским государственным университетом»
            + "|им|ым|ому|ему)"
            // and up to two more adjectives in lower case: «Московского ювелирного завода», «Екатеринбургской
            // теплоснабжающей компании»; the kind in capitals too («Ленинградской АЭС»)
            + "\\s+(?:[а-яё][а-яё-]+(?:ой|ого|ая|ую|ий|ый|ом|ей|ых|ые|ым)\\s+){0,2}(?iu:" + String.join("|", INSTITUTION_KINDS)
            + ")\\p{L}*");
    /**
     * An institution named by its kind and number: «в лицее № 7», «школа №57», «ГКБ № 40». The number is its name,
     * as a word is; it is read only where the text has the sign «№».
     */
    private static final Pattern RU_NUMBERED = Pattern.compile("(?<![\\p{L}])(?:(?iu:лице|школ|гимнази|больниц|"
            + "поликлиник|колледж|училищ|детск\\p{L}*\\s+сад|детсад|интернат|роддом)\\p{L}*|(?-i:[А-ЯЁ]{2,6}))"
            + "\\s*№\\s*(\\d+)(?![\\d])");
    private static final Pattern NUMBER_SIGN = Pattern.compile("№\\s*(\\d+)(?![\\d])");
    /** What opens a clause with the time before an employer: «До РБК», "Before Arup", "Prior to joining Arup". */
    private static final Pattern PRIOR_TO = Pattern.compile("(?:до|перед|before|prior to)\\s+(?:joining\\s+|приходом\\s+в\\s+)?",
            CI);
    /** "a decade", "two decades", «десятилетие»: a duration in tens of years. */
    private static final Pattern DECADE = Pattern.compile("(?<![\\p{L}])(?:an?|one|(two))\\s+decades?(?![\\p{L}])"
            + "(?!\\s+ago)|(?<![\\p{L}])(?<!(?:последн|прошл)\\p{L}{1,3}\\s)десятилети[ея](?![\\p{L}])(?!\\s+назад)", CI);
    /** A count before «десятилетия»: «два десятилетия», «несколько десятилетий» are not one. */
    private static final Pattern SEVERAL = Pattern.compile("(?<![\\p{L}])(?:дв|тр|четыр|нескольк)\\p{L}*\\s+$", CI);
    /** "Before that" right before a duration: the time before the employer just named. */
    private static final Pattern BEFORE_THAT = Pattern.compile("(?<![\\p{L}])(?:(?:до|перед)\\s+(?:этого|того|тем)|"
            + "before (?:that|this|then)|prior to (?:that|this))\\s*,?\\s*(?:(?:more than|over|almost|nearly|about|around|"
            + "больше|более|свыше|почти|около|примерно|ещё|еще|целых)\\s+)?$", CI);
    /** A verb of starting before a year in its clause: the year starts an entry ("started in 2015", «пришла в 2019»). */
    private static final Pattern STARTED = Pattern.compile("(?<![\\p{L}])(?:started|began|joined|начал[аи]?|"
            // in more forms: «Начинала я в 2015 году …», "Since taking over in 2018"
            + "начинал[аи]?|taking over|took over|пришл[аи]|пришел|пришёл)(?![\\p{L}])(?:(?!\\band\\b|\\bи\\b)[^.,;:!?\\d])*$", CI);
    /** A year that opens a range ("2014–2020", «2015 – н. в.») is a start, as after "since". */
    private static final Pattern RANGE_START = Pattern.compile(
            "\\s*[-–—]\\s*(?:(?:19|20)\\d{2}(?!\\d)|present|now|today|н\\.\\s?в\\.|настоящ)", CI);
    /** A part that is a range of years only: "2011–2021", «2014–2020», "2016 – present". */
    private static final Pattern HEADING_RANGE = Pattern.compile("\\s*(?:19|20)\\d\\d\\s*[-–—]\\s*(?:(?:19|20)\\d\\d"
            + "|present|now|н\\.\\s?в\\.)(?![\\d\\p{L}])", CI);
    /** A verb of finishing one's studies: the year it states ends a school's dates («окончила РГГУ в 2010 году»). */
    private static final Pattern GRADUATION = Pattern.compile("(?<![\\p{L}])(?:graduat\\p{L}*|окончил\\p{L}*|"
            + "выпустил\\p{L}*)(?![\\p{L}])", CI);
    /**
     * A verb of finishing or earning ("qualified", "completing", "earned", «получила», «защитил»): the year it states
     * for a school is when the school ended, not any year inside it ("qualified as a farrier in 2011 after an
     * apprenticeship" against an apprenticeship of 2009–2013). For a job it may be any year of it ("completed the
     * refit in 2019").
     */
    private static final Pattern COMPLETION = Pattern.compile("(?<![\\p{L}])(?:qualif(?:ied|ying)|complet(?:ed|ing|ion)|"
            + "finish(?:ed|ing)|earn(?:ed|ing|t)|obtain(?:ed|ing)|awarded|gained|получил\\p{L}*|защитил\\p{L}*|"
            + "завершил\\p{L}*|закончил\\p{L}*)(?![\\p{L}])", CI);
    /** «должность», «позиция» before a role noun: the noun names the post, in the genitive («должность сестры»). */
    private static final Pattern POST_NAMED = Pattern.compile("(?<![\\p{L}])(?:должност\\p{L}*|позици\\p{L}*)\\s+"
            + "(?:[а-яё]+\\s+){0,3}$", CI);
    /** What places a post at an employer right after it: "at", "with", a comma, «в», «на». */
    private static final Pattern PLACED_AT = Pattern.compile("(?:\\s+(?:at|with|в|во|на)|,)\\s+(?:the\\s+)?", CI);
    private static final Alternation EDUCATION_CONTEXT = Alternation.compile(
            "graduat|degree|universit|college|school|BSc|MSc|BA\\b|MBA|окончил|выпуск|университет|институт|"
                    + "академи|бакалав|магист|диплом|образовани", CI);
    private static final Alternation REQUIREMENT = Alternation.compile(
            "(?<![\\p{L}])(?:you|your|you['’]re|yours|вы|вам|вас|ваш\\p{L}*|требует\\p{L}*|требуют\\p{L}*|"
                    // «в требованиях», «Требования:», not what one works on («согласования требований»)
                    + "(?:(?<=(?:в|во|по|согласно|из|к|под)\\s)|(?<!\\p{L}\\s))требовани\\p{L}*|the role requires|"
                    + "the vacancy|вакансии)(?![\\p{L}])", CI);
    private static final Alternation LEARNING = Alternation.compile(
            // the past («освоил», «изучила», «погрузился») tells what was done, so claims it
            "(?<![\\p{L}])(?:learn|learning|изуч(?!ил|ен)\\p{L}*|осво(?!ил|ен)\\p{L}*|погруз(?!ил)\\p{L}*|погружу\\p{L}*|keen to|eager to|open to|"
                    + "would like to|хотел\\p{L}* бы|разобраться|"
                    // a wish about the post: "I would welcome the chance to lead a shift at Didcot", «был бы рад»
                    + "would welcome|would be glad to|would be happy to|would love to|I['’]d love to|"
                    + "был\\p{L}* бы рад\\p{L}*|"
                    // an interest is a wish too: «мне интересна работа с программой IB», "I am interested in"
                    + "мне интересн\\p{L}*|меня интересу\\p{L}*|I am interested in|I['’]m interested in)(?![\\p{L}])", CI);
    /**
     * What ends a wish's reach: offering what one has ("I would love to bring my NEBOSH diploma and ten years at
     * Network Rail", «хотел бы применить свой опыт») claims it; a wish covers the post or terms asked for only.
     */
    private static final Pattern OFFERING = Pattern.compile("(?<![\\p{L}])(?:bring\\p{L}*|offer\\p{L}*|"
            + "contribut\\p{L}*|apply(?:ing)?(?!\\s+for)|share|sharing|привне\\p{L}*|примен\\p{L}*|предлож\\p{L}*|"
            + "подел\\p{L}*|передат\\p{L}*|внест\\p{L}*|принест\\p{L}*)(?![\\p{L}])", CI);
    /** Where a destination's words end: a comma or a joining word. */
    private static final Pattern JOINT = Pattern.compile(",|(?<![\\p{L}])(?:and|и)(?![\\p{L}])", CI);
    /** Where an offer is taken: "to your team", «в вашу команду». */
    private static final Pattern DESTINATION = Pattern.compile("(?<![\\p{L}])(?:to|в|во|на)\\s+(?:the\\s+)?"
            + "(?:your|ваш\\p{L}*)(?![\\p{L}])", CI);
    /**
     * What ends a negation's reach: a contrast («У меня нет опыта в Kotlin, но восемь лет руководил отделом») or a
     * new first-person clause after a comma ("I have not used Kotlin, I led …").
     */
    private static final Pattern CONTRAST = Pattern.compile("(?<![\\p{L}])(?:but|however|although|though|"
            + "whereas|while|instead|yet,|но|однако|зато|хотя|а(?!\\s+также))(?![\\p{L}])|,\\s*(?:and\\s+)?(?:I|я|и я)"
            + "(?![\\p{L}])", CI);
    /** A statement of what the candidate has not done claims nothing: «пока не было», "have not used yet". */
    private static final Alternation NEGATION = Alternation.compile(
            "(?<![\\p{L}])(?:не было|пока не|ещё не|еще не|not yet|haven['’]t|have not|hasn['’]t|has not|never|"
                    + "не работал\\p{L}*|не использовал\\p{L}*|"
                    // what the candidate has not: «опыта стального литья у меня нет», "I do not have X", "no experience"
                    + "у меня нет|нет опыта|не имею|do not have|don['’]t have|no experience)(?![\\p{L}])", CI);
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\p{L}])(?:I|I['’]ve|I['’]m|my|me|я|мой|моя|моё|мое|мои|моих|моим|мне|меня)(?![\\p{L}])");
    /** What joins the next clause after a year: "and", «и», «а». */
    private static final Pattern AND_AFTER = Pattern.compile("and|и|а", CI);
    private static final Pattern LEADING = Pattern.compile(
            "(?<![\\p{L}])(?:led|headed|heads|(?:line-)?manag(?:e|ed|es|ing)|руковож\\p{L}*|руководил\\p{L}*|руководит|"
                    + "руководя\\p{L}*|возглавля\\p{L}*|заведует|заведую|заведовал\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?"
                    // a practice and a desk in both languages: «руковожу судебной практикой», «возглавляю деск»
                    + "(?:[\\p{L}]+-)?(department|division|practice|function|desk|практик(?:ой|у|и|а)|деск(?:ом)?|"
                    + "департамент\\p{L}*|отдел\\p{L}*|отделени\\p{L}*|"
                    + "подразделени\\p{L}*|служб\\p{L}*|направлени\\p{L}*|дирекци\\p{L}*|филиал\\p{L}*|лаборатори\\p{L}*|"
                    // a team led: «руковожу командой из 12 разработчиков», "led a team of five"
                    + "team|команд\\p{L}*|групп\\p{L}*|бригад\\p{L}*|"
                    // a ward, a unit, a shop floor: «заведует палатой интенсивной терапии», "heads the stroke unit"
                    + "ward|unit|палат\\p{L}*|цех\\p{L}*|участк\\p{L}*|"
                    // a command, a crew, a shift or a branch: "led the Gold command", «руководил сменой»
                    + "command|crew|shift|branch|squad|смен\\p{L}*|экипаж\\p{L}*)", CI);
    /**
     * Leading the place just named, in a relative clause: «мастерская, которой впоследствии руководил», «отделение, где
     * я заведую», "the shop, which I later ran"; or a place named by its abbreviation or quoted name right after the
     * verb («руководил ЕДДС», «возглавлял «Теплосеть»»). What is led is the whole place, so the profile needs a post
     * that heads one.
     */
    private static final Pattern LEADING_THE_PLACE = Pattern.compile("(?<![\\p{L}])(?:котор(?:ой|ым|ую|ого)\\s+"
            + "(?:[а-яё]+\\s+){0,2}?(?:руководил\\p{L}*|руковожу|возглавлял\\p{L}*|возглавляю|заведовал\\p{L}*|заведую)"
            // «где» with a verb that takes no object: the place the clause refers back to is what is led
            + "|где\\s+(?:я\\s+)?(?:руководил\\p{L}*|руковожу|возглавлял\\p{L}*|возглавляю|заведовал\\p{L}*|заведую)"
            + "(?=\\s*[,.;:—)]|\\s*$)"
            + "|(?:руководил\\p{L}*|руковожу|возглавлял\\p{L}*|возглавляю)\\s+(?:(?-i:[А-ЯЁ]{2,})(?![\\p{L}])|«[^»]{1,40}»)"
            + "|(?:which|that)\\s+I\\s+(?:later\\s+|then\\s+|went\\s+on\\s+to\\s+|eventually\\s+)?(?:led|headed|ran|run|"
            + "managed|lead|head|manage))(?![\\p{L}])", CI);
    /** Posts that head a place: a head, a chief, a director, a manager, an owner. */
    private static final Set<String> PLACE_HEADS = Set.of("HEAD", "CHIEF", "DIRECTOR", "CXO", "MGR", "OWNER", "FOUNDER");
    /** The units a team lead or a manager leads as well as a head: a team, a group, a crew. */
    private static final Set<String> TEAM_UNITS = Set.of(Words.key("team"), Words.key("командой"), Words.key("группой"),
            Words.key("бригадой"));
    /** Posts that lead a team without heading a unit: a manager, a supervisor, a foreman, a lead («управляющий»). */
    private static final Set<String> TEAM_LEADERS = Set.of("MGR", "SUPERVISOR", "FOREMAN", "LEAD", "TEAMLEAD");
    private static final String STAND_IN_KEY = Words.key("исполняющий");
    private static final Pattern ACTING_RU = Pattern.compile("(?<![\\p{L}])(?:временно\\s+)?исполня\\p{L}*\\s+"
            + "обязанност\\p{L}*\\s+[а-яё]+(?:\\s+[а-яё]+){0,2}", CI);
    /** Standing in for a post, in English: "acted as labour ward coordinator", "deputised as CT superintendent". */
    private static final Pattern ACTING_EN = Pattern.compile("(?<![\\p{L}])([Aa]cted|[Aa]cting|[Dd]eputi[sz]ed|"
            + "[Dd]eputi[sz]ing|[Ss]tood in|[Ss]tepped up|[Ss]erved) as (?:an? |the )?((?:[\\p{L}&-]+ ){0,3}?[\\p{L}&-]+?)"
            + "(?= (?:for|on|in|at|with|during|across|to|when|while|and|of|from|since)(?![\\p{L}])|[.,;:)]|$)");
    /** A grade's word right before a figure: "two Band 4 associates", "Level 3 learners" count no fours or threes. */
    private static final Pattern GRADED = Pattern.compile("(?<![\\p{L}])(?:band|level|grade|stage|tier|"
            + "разряд\\p{L}*|категори\\p{L}*|уровн\\p{L}*)\\s*$", CI);
    /** A year in brackets after a credential: "RHS Level 2 Certificate (2019)", not a word of its name. */
    private static final Pattern BRACKETED_YEAR = Pattern.compile("\\s*\\((?:19|20)\\d\\d\\)\\s*$");
    private static final Pattern RANGE_FROM = Pattern.compile("(?:from|between|от|с|со)\\s*$", CI);
    private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:[\\p{L}]+\\s+){0,2}(?:to|and|до|–|-|—)\\s*\\d", CI);
    /** A school named as where a degree was taken: "a BS … from Northwestern University", «окончил … университет». */
    private static final Alternation EN_SCHOOL = Alternation.compile("(?<![\\p{L}])(?:(?:BSc|BA|BS|MSc|MA|MBA|PhD|LLB|LLM|BEng|MEng|"
            + "BEd|MPhil|DPhil)(?:\\s*\\(Hons\\))?\\s+(?:in\\s+[^.;:\\n]{0,60}?\\s)?|(?i:degree|graduated|studied)"
            + "(?![\\p{L}])[^.;:\\n]{0,60}?\\b)(?:from|at)\\s+(?:the\\s+)?"
            + "([A-Z][\\p{L}\\d&'’-]*(?:[  ]+(?:[A-Z][\\p{L}\\d&'’-]*|of|and|de|the)){0,6})");
    private static final Alternation RU_SCHOOL = Alternation.compile("(?<![\\p{L}])(?:окончил\\p{L}*|выпускни\\p{L}*|"
            + "учил\\p{L}*\\s+в|училась\\s+в)\\s+(«?[А-ЯЁ][\\p{L}-]*(?:\\s+(?!по\\s|в\\s|с\\s|на\\s|и\\s|где\\s)"
            + "(?:[а-яё-]{3,}|им\\.|[А-ЯЁ]\\.|[А-ЯЁ][\\p{L}-]*»?)){0,7})", CI);
    private static final Pattern SCHOOL_KIND = Pattern.compile("(?:университет|university|колледж|college|техникум|"
            + "училищ)", CI);
    /** Words of a line that names a course or a credential. */
    private static final Pattern CREDENTIAL_LINE = Pattern.compile("(?<![\\p{L}])(?:certificate\\p{L}*|certified|"
            + "certification|licen[cs]e|course|diploma|accredit\\p{L}*|сертифика\\p{L}*|аккредитац\\p{L}*|"
            + "квалификац\\p{L}*|курс\\p{L}*|удостоверени\\p{L}*|аттестац\\p{L}*|диплом\\p{L}*)(?![\\p{L}])", CI);
    /** A list item that states a language's level, which the languages pass reads: «на уровне C1», "at B2". */
    private static final Pattern LEVEL_ITEM = Pattern.compile("(?:(?:на|at)\\s+)?(?:уровн\\p{L}*|level)?\\s*[ABC][12]"
            + "(?![\\p{L}\\d])|(?:на|at)\\s+(?:уровн\\p{L}*|level)", CI);
    /** Before or after a place, what makes it one: «переезду в», «… область», "relocate to". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:переезд\\p{L}*|переех\\p{L}*|жив\\p{L}*|"
            + "проживаю|relocat\\p{L}*|move|moving)\\s+(?:в|во|на|to)\\s+$", CI);
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+(?:област\\p{L}*|кра[йяею]|район\\p{L}*|"
            + "республик\\p{L}*|county|region)(?![\\p{L}])", CI);
    private static final Pattern SHORT_MONTH = Pattern.compile("(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)");
    private static final String EN_NAME = "[A-Z][\\p{L}\\d&'’-]*(?:\\.\\p{L}+)?"
            + "(?:[  ]+(?:[A-Z][\\p{L}\\d&'’-]*(?:\\.\\p{L}+)?|&|of|and|de)){0,5}";
    private static final Alternation EN_EMPLOYER = Alternation.compile(
            "(?<![\\p{L}])(?:[Aa]t|[Jj]oined|[Ff]or|[Ww]ith|[Ff]rom|[Bb]y|[Ww]orked at|called|named)\\s+(?:the\\s+)?"
                    + "(" + EN_NAME + ")");
    private static final Alternation RU_EMPLOYER = Alternation.compile(
            "(?<![\\p{L}])(?:[вВ]|[вВ]о|[нН]а|[иИ]з|компани[июяей]|[оО]кончил\\p{L}*|выпускни\\p{L}*|[уУ]чил\\p{L}*\\s+в)\\s+"
                    + "((?:(?:ООО|АО|ПАО|ЗАО|ОАО|ГК|ГБУЗ|ГБОУ|МБОУ)[  ]+)?«[^»\\n]{1,60}»|\"[^\"\\n]{1,60}\"|"
                    + "[А-ЯЁA-Z][\\p{L}\\d&-]*(?:\\.\\p{L}+)?(?:[  ]+[А-ЯЁA-Z][\\p{L}\\d&-]*(?:\\.\\p{L}+)?){0,4})");
    private static final Alternation GRADUATED = Alternation.compile(
            "(?<![\\p{L}])(?:graduated from|studied at|alumn\\p{L}* of)\\s+(?:the\\s+)?"
                    + "(" + EN_NAME + ")");
    private static final Pattern YEARS_EARLIER = Pattern.compile("(?<![\\p{L}])(?:years?|лет|года?)(?![\\p{L}])", CI);
    private static final Pattern OF_THEM = Pattern.compile("\\s*(?:of them|из них)", CI);
    private static final Alternation LAST = Alternation.compile(
            "(?:the last|the past|последние|последних|из них|of them|of which)\\s*(?:почти|около|более|больше|"
                    + "almost|nearly|about|over|more than)?\\s*$", CI);
    /** The words that make a figure approximate before it: "almost six", «около трёх». */
    private static final String ROUGHLY = "almost|nearly|about|around|over|more than|just over|just under|почти|около|"
            + "более|больше";
    /**
     * A figure after "for" with no noun of its own, where the sentence has counted years before it: "for nearly
     * fourteen years and … at Thanet Earth for almost eight," — the unit is the one written before.
     */
    private static final Pattern FOR_BARE = Pattern.compile("(?<![\\p{L}])(?:for|за|уже)\\s+(?:" + ROUGHLY
            + "|уже)?\\s*$", CI);
    /**
     * What makes a duration time to come: "the coming three years", «на ближайшие три года» ("the next three years"
     * and «следующие три года» tell a past too: "for the next three years I ran the ward").
     */
    private static final Pattern FUTURE_SPAN = Pattern.compile("(?<![\\p{L}])(?:coming|ближайш\\p{L}*|"
            + "предстоящ\\p{L}*)\\s+$", CI);
    /** A participle of issuing that opens a part after a comma: «, выданный в 2010 году», ", issued in 2012". */
    private static final Pattern ISSUED = Pattern.compile("\\s*(?:выдан\\p{L}*|получен\\p{L}*|присвоен\\p{L}*|"
            + "issued|awarded|granted|obtained|gained)(?![\\p{L}])", CI);
    /** A state a credential gives: "qualified to conduct …", "registered", «аттестован». */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\p{L}])(?:qualified|certified|licensed|"
            + "registered|accredited|chartered|аттестова\\p{L}*|сертифицирова\\p{L}*|допущен\\p{L}*)(?![\\p{L}])", CI);
    /**
     * A figure that opens a part after a colon or comma, in a sentence that has counted years, and goes on with the
     * post or place it was spent at: "for more than seventeen years: almost six as an instructor with the AA".
     */
    private static final Pattern PART_BARE = Pattern.compile("[:;,]\\s*(?:" + ROUGHLY + ")?\\s*$", CI);
    private static final Pattern PLACED_AFTER = Pattern.compile("\\s+(?:as|at|with|в|во|на|как|—|–)\\s", CI);
    private static final Pattern BARE_END = Pattern.compile("\\s*(?:[,.;:—–)]|$|(?:and|but|и|а|но)(?![\\p{L}]))", CI);
    /**
     * A name of two words or more that ends in a trade's noun in the plural, capitalised: "P&O Ferries", "Virgin
     * Trains", "Gloucestershire Hospitals" — a firm named by what it runs, as "Bank" or "Group" name one.
     */
    private static final Pattern PLURAL_TRADE_NAME = Pattern.compile("\\S\\s+[A-Z][a-z]{3,}[^s\\W]s$");
    private static final Pattern ORG_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:Bank|Group|Inc|Ltd|LLC|plc|Hospital|University|College|School|Institute|Agency|Consulting|"
                    + "Partners|Capital|Labs|Systems|Technologies|Solutions|Software|Corp|Corporation|Company|Clinic|"
                    + "Foundation|Studio|Media|Holdings|Trust)(?![\\p{L}])");
    private static final Pattern PLACE = Pattern.compile(
            "(?:Москв|Санкт-Петербург|Петербург|Питер|Росси|Европ|Новосибирск|Екатеринбург|Казан|Нижн\\p{L}* Новгород|"
                    + "Самар|Краснодар|Ростов|Уф[аеу]|Перм|Воронеж|Сибир|Урал|Подмосков|Ленинградск|Минск|Алмат|"
                    + "London|UK|US|USA|EU|Europe|EMEA|APAC|Asia|America|North America|Germany|Berlin|Ireland|"
                    + "Dublin|Canada|Toronto|Paris|New York|Chicago|Texas|California|Manchester|Birmingham|Leeds|"
                    + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Black Friday|Christmas)(?![\\p{L}&&[^аеиоуыюя]])");
    private static final Pattern STRONG_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:at|joined|в|во|из|компании)\\s+$", CI);
    private static final Pattern STRONG_CUE = Pattern.compile("(?:at|joined|worked at|called|named|окончил\\p{L}*)\\s", CI);
    private static final Pattern RUNNING = Pattern.compile("\\s*(?:running|in a row|подряд)", CI);
    /** The first part of a Russian compound that is a figure: «пяти-», «двух-», «трёх-», «много-». */
    private static final Pattern NUMERAL_STEM = Pattern.compile("(?:одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|"
            + "девяти|десяти|много)");
    /** A promotion to a post: «дослужился до», «повышен до», «назначен(а)», "promoted to", "was made". */
    private static final Pattern PROMOTED_TO = Pattern.compile("(?<![\\p{L}])(?:дослужил\\p{L}*\\s+до|"
            + "повышен\\p{L}*\\s+до|назначен[аоы]?|promoted\\s+to(?:\\s+(?:a|an|the))?)(?![\\p{L}])", CI);
    /**
     * A post stated by «я» and a noun of a unit after it: «я мастер участка», «я — начальник смены», «сейчас я
     * заведующий складом» is not read here (an instrumental is a verb's). What one belongs to («я член бригады», «я
     * сотрудник отдела») is no post.
     */
    private static final Pattern I_AM_POST = Pattern.compile("я(?<![\\p{L}].)\\s+(?:[—–-]\\s+)?(?:теперь\\s+|также\\s+|"
            + "сейчас\\s+|ещё\\s+|еще\\s+|и\\s+)?(?!член|сотрудник|работник|часть|представител)([а-яё]{4,})\\s+"
            + "(?:участка|цеха|отдела|смены|лаборатории|мастерской|бригады|службы|отделения|сектора|склада|"
            + "производства|площадки|кафедры|филиала)(?![\\p{L}])"); // matched on the lower-cased text
    /** The rest of a subject after a figure, then the verb that judges it: "… farms is", «… водохранилищах —». */
    private static final Pattern JUDGED = Pattern.compile("[^,;:.—–]{0,60}?(?:\\s(?:is|would be|will be|seems|sounds)"
            + "|\\s[—–])\\s", CI);
    /** A past tense of someone's doing: "managed", «руководил», «вела». */
    private static final Pattern PAST_VERB_IN = Pattern.compile("(?<![\\p{L}])(?:\\p{L}{3,}ed|[а-яё]{2,}(?:л|ла|ли|лся|лась|лись))"
            + "(?![\\p{L}])", CI);
    /**
     * A post named by a verb of working and a noun of a person in the instrumental: «фактически работаю мастером по
     * добыче», «трудился каменщиком», «служил водолазом», with up to two adjectives between («работаю старшим
     * кузнецом»). The noun ends as a person's does (-ер, -ор, -ист, -тель, -щик, -чик, -ник, -лог, -ант, -ец), so
     * «работаю вахтовым методом» and «таким образом» are no posts.
     */
    private static final Pattern WORKING_AS = Pattern.compile("(?<![\\p{L}])(?:работа(?:ю|л|ла|ет)|трудил(?:ся|ась)|"
            + "тружусь|служ(?:у|ил|ила))\\s+(?:[а-яё]+(?:ым|им|ой|ей)\\s+){0,2}([а-яё]{3,}(?:ер|ёр|ор|ист|тел|щик|чик|ник|"
            + "лог|ант|ент|ец)(?:ом|ем|ём))(?![\\p{L}-])"); // matched on the lower-cased text
    /** A preposition right before a gerund: "to managing", "of leading", "at managing". */
    private static final Pattern GERUND_AFTER_PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?:to|of|for|in|into|towards|about|at|from|before|after|without)\\s+$", CI);
    /**
     * An organisation named by a place's adjective and the abbreviation of its kind: «Ленинградской АЭС», «Костромской
     * ГРЭС», «Казанского ГМУ», «Кировского РОСП». A Russian adjective of a place is formed with «-ск-» or «-цк-».
     */
    private static final Pattern PLACE_AND_KIND = Pattern.compile(
            "(?<![\\p{L}])([А-ЯЁ][а-яё]*(?:ск|цк)(?:ой|ая|ий|ое|ую|ом|ого|ому|их|ие|ым|ими))\\s+([А-ЯЁ]{2,5})(?![\\p{L}])");
    /** Every grade up to a figure: "all three levels", «все три уровня», «всех четырёх ступеней». */
    private static final Pattern ALL_GRADES = Pattern.compile("(?<![\\p{L}])(?:all|все|всех)\\s+(\\p{L}+|\\d{1,2})\\s+"
            + "(levels|grades|уровн\\p{L}*|ступен\\p{L}*|разряд\\p{L}*)(?![\\p{L}])"); // matched on the lower-cased text
    /** Words that say a post follows: «должности», «позиции», "post of", "role of". */
    private static final Pattern POST_WORD = Pattern.compile("должност\\p{L}*|позици\\p{L}*|на|post|role|position|of");
    /** A period of notice after a duration: "one month's notice", "four weeks' notice". */
    private static final Pattern NOTICE = Pattern.compile("(?:['’]s?)?\\s+notice(?![\\p{L}])", CI);
    /** A count of times per period after a figure: «500 раз в год», "12 times a year", "6 times per shift". */
    private static final Pattern PER_PERIOD = Pattern.compile("\\s?(?:раза?|times)\\s+(?:в|за|a|an|per|each|every)\\s+"
            + "(?:год|месяц|неделю|день|сутки|смену|квартал|year|month|week|day|shift|quarter)(?![\\p{L}])", CI);
    private static final Pattern TIMES = Pattern.compile("^\\s?(?:times|x|раза?|-fold)(?![\\p{L}])", CI);
    private static final Pattern COURTESY = Pattern.compile(
            "(?:Dear|Hello|Hi|Hey|Greetings|Здравствуйте|Добрый|Уважаем\\p{L}*|Привет|Kind regards|Best regards|Best|"
                    + "Regards|Sincerely|Yours|Warm regards|Cheers|С уважением|С наилучшими)(?![\\p{L}])", CI);
    /**
     * Where a text applies for the target post: what follows names the post, its team and its place, as the vacancy
     * does ("I am applying for the Class 1 ADR Tanker Driver position at your Northampton depot", «прошу рассмотреть
     * мою кандидатуру на должность врача-педиатра в КДЦ «Мать и дитя»»).
     */
    private static final Alternation APPLYING = Alternation.compile("(?<![\\p{L}])(?:apply(?:ing)?\\s+for|application\\s+for|"
            + "candidacy\\s+for|writing\\s+(?:about|regarding|in response to)|кандидатур\\p{L}*\\s+на|"
            + "участи\\p{L}*\\s+в\\s+конкурсе|откликаюсь\\s+на|отклик\\p{L}*\\s+на|претендую\\s+на|"
            // «прошу рассмотреть меня на должность …», "please consider me for the post of …"
            + "рассмотреть\\s+меня\\s+на|consider\\s+me\\s+for)(?![\\p{L}])", CI);
    /**
     * Where what is applied for ends: a clause's break, or the candidate's own words ("with", "as", "I", «с», «и»).
     */
    private static final Pattern APPLICATION_END = Pattern.compile("[,;:—–\\n]|(?<![\\p{L}])(?:with|bringing|"
            + "having|as|after|since|because|and|where|which|who|I|my|me|я|мой|моя|мою|мои|меня|мне|с|со|имея|и|где|"
            + "котор\\p{L}*|так как|поскольку)(?![\\p{L}])", CI);
    /** A clause in which the candidate accepts the employer's terms: "a four-on, four-off pattern would suit me". */
    private static final Alternation ACCEPTING = Alternation.compile("(?<![\\p{L}])(?:suits? me|would suit|works for me|"
            + "устраива\\p{L}*|мне подход\\p{L}*|меня подход\\p{L}*)(?![\\p{L}])", CI);
    /** Working as the verb of a clause: a year it began is a job's start. */
    private static final Pattern WORKING = Pattern.compile("(?<![\\p{L}])(?:working|worked|employed|practi[sc](?:ing|ed)|"
            + "teaching|taught|работаю|работал\\p{L}*|преподаю|преподавал\\p{L}*|тружусь|служу)(?![\\p{L}])", CI);
    /** What ends a verb's reach before a year: another verb's clause ("and have been a Fellow since 2020"). */
    private static final Pattern WORKING_BREAK = Pattern.compile("(?<![\\p{L}])(?:and|been|as|и|а|где|when|where)"
            + "(?![\\p{L}])", CI);
    /** The candidate as the subject: "I", "my", «у меня», a Russian verb in the first person or the past. */
    private static final Pattern CLAIMING = Pattern.compile("(?<![\\p{L}])(?:I|I['’]ve|I['’]m|my|we|our|я|у меня|мой|моя|"
            + "мои|мы|наш\\p{L}*|\\p{L}{2,}(?:ю|у|ем|им|л|ла|ли|лся|лась))(?![\\p{L}])");
    /** A change told in words: "doubled", "halved", "by a third", «вдвое», «наполовину», «на треть». */
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(?:doubl(?:ed|ing)|tripl(?:ed|ing)|trebl(?:ed|ing)|"
            + "quadrupl(?:ed|ing)|halv(?:ed|ing)|twofold|threefold|by\\s+(?:a\\s+|one[- ])?(?:half|third|quarter)|"
            + "by\\s+two[- ]thirds|вдвое(?:\\s+больше)?|втрое|вчетверо|наполовину|на\\s+(?:треть|четверть|две\\s+трети)|"
            + "в\\s+полтора\\s+раза)(?![\\p{L}])", CI);
    /** «более чем», "more than": the "than" a comparison of words takes before its change. */
    private static final Pattern MORE_THAN = Pattern.compile("\\s+(?:чем|than)\\s*$", CI);
    private static final Set<String> OWNER = Set.of("у", "я", "меня", "мне", "есть", "имею", "имеется");
    /** Words that carry no content of a phrase taken from the vacancy: "with", "more", "years", «опыт». */
    private static final Set<String> PHRASE_STOP = Set.of("with", "from", "that", "this", "these", "those", "have",
            "more", "than", "over", "your", "their", "about", "into", "also", "been", "were", "will", "would", "years",
            "year", "experience", "work", "working", "ability", "knowledge", "skills", "within", "including", "other",
            "опыт", "опыта", "опытом", "работы", "работа", "работу", "знание", "знания", "навыки", "навыков", "умение",
            "также", "более", "лет", "года", "этом", "этого", "которые", "который");
    /** Words a heading may hold besides the vacancy's own ("Managing a Quality Service:"). */
    private static final Set<String> HEADING_STOP = Set.of("a", "an", "the", "and", "of", "to", "in", "for", "with",
            "on", "и", "в", "с", "по", "на", "для");
    /** «имени И. Э. Грабаря», «им. Пирогова»: the person an institution is named after (the surname captured). */
    private static final Pattern NAMESAKE = Pattern.compile(
            "»?\\s+(?:имени|им\\.)\\s+(?:[А-ЯЁа-яё]\\p{L}*\\s+)?(?:[А-ЯЁ]\\.\\s*){0,2}([А-ЯЁ]\\p{L}+)");
    private static final Pattern QUOTED = Pattern.compile("«([^»\\n]{1,60})»");
    private static final Alternation KNOWN_EMPLOYERS = Alternation.compile(
            "(?<![\\p{L}])(?:Google|Yandex|Яндекс\\p{L}*|Microsoft|Amazon|Apple|Meta|Facebook|Oracle|IBM|Netflix|Uber|"
                    + "Spotify|Tesla|Intel|Nvidia|NVIDIA|Samsung|Huawei|Alibaba|JetBrains|EPAM|Luxoft|Accenture|Deloitte|"
                    + "PwC|KPMG|EY|Ernst & Young|McKinsey|BCG|Bain|Goldman Sachs|Morgan Stanley|JPMorgan|J\\.P\\. Morgan|"
                    + "Citi|HSBC|Barclays|Revolut|Monzo|Stripe|Tinkoff|Тинькофф\\p{L}*|Т-Банк\\p{L}*|Сбер\\p{L}*|Sber\\p{L}*|"
                    + "Ozon|Озон\\p{L}*|Wildberries|Вайлдберриз|Avito|Авито|VK|ВКонтакте|Mail\\.ru|Касперск\\p{L}*|"
                    + "Kaspersky|МТС|Билайн\\p{L}*|Мегафон\\p{L}*|МегаФон\\p{L}*|Ростелеком\\p{L}*|Газпром\\p{L}*|"
                    + "Роснефт\\p{L}*|Лукойл\\p{L}*|Магнит\\p{L}*|Альфа-Банк\\p{L}*|ВТБ|Райффайзен\\p{L}*|Lamoda|"
                    + "Ланит\\p{L}*|КРОК\\p{L}*|Softline|МГУ|МФТИ|ВШЭ|ИТМО|МГТУ|СПбГУ|Harvard|Stanford|MIT|Oxford|"
                    + "Cambridge|INSEAD|LSE|Сколково|Skolkovo)(?![\\p{L}])");
    private static final Alternation CERT_CUE = Alternation.compile(
            "(?<![\\p{L}])(?:certified|certification|certifications|certificate|certificates|credential|credentials|"
                    + "licen[cs]ed|accredited|accreditation|сертифика\\p{L}*|сертифицирован\\p{L}*|аттестат\\p{L}*|"
                    + "диплом\\p{L}*(?=\\s+[A-ZА-ЯЁ«\"])|(?<!post-|pre-)qualification|type rating|(?-i:Award)(?=\\s+in\\s+[A-Z])|"
                    + "удостоверени\\p{L}*|(?-i:Diploma)|licen[cs]es?|(?-i:Level|Stage|Grade|Class|Category)\\s+\\d+|"
                    + "(?-i:Fellow|Fellowship|Member|Membership|Associate|Associateship)\\s+of(?:\\s+the)?(?=\\s+[A-Z])|"
                    + "(?<=(?-i:[A-Z)])\\s)rating|designation|звани[еяю]|статус(?:а|ом)?(?=\\s+[а-яё]{4,})|член\\p{L}*(?=\\s+[А-ЯЁA-Z])|"
                    + "аттестован\\p{L}*|"
                    // honours and ranks with no cue word: «мастер спорта», «заслуженный тренер», "Honoured Coach";
                    // a document of one's trade: «книжка взрывника», «свидетельство судоводителя»
                    // an award and a place won: «Гран-при биеннале …», «лауреат премии …», "Prize for …"
                    + "гран-при|grand prix|(?:лауреат|призёр|призер|дипломант)(?:а|у|ом|ы|ов|ам|ами|ка|ки|кой|ку)?(?=\\s+[а-яё«]{3,})|"
                    + "(?-i:Prize|Medal)(?=\\s+(?:for|of|in)\\s)|"
                    + "мастер\\p{L}{0,2}\\s+спорта|(?-i:Master of Sport)|(?:заслуженн|почётн|почетн)\\p{L}+(?=\\s+[а-яё]{4,})|"
                    + "народн\\p{L}+\\s+(?:артист|художни|учител|врач)\\p{L}*|(?-i:Honou?red)(?=\\s+[A-Z])|"
                    + "книжк\\p{L}*(?=\\s+[а-яё]{4,})|свидетельств\\p{L}*(?=\\s+[а-яё«]{4,})|"
                    + "(?:\\d+-?\\p{L}{0,2}|перв\\p{L}+|втор\\p{L}+|трет\\p{L}+|четв\\p{L}+|пят\\p{L}+|"
                    + "шест\\p{L}+|высш\\p{L}+)\\s+(?:квалификационн\\p{L}+\\s+)?(?:класса|разряда|категори(?:я|и|ю|ей)))(?![\\p{L}])",
            CI);
    /**
     * A document of a trade named by its holder, a noun in the genitive right after it: «удостоверение стропальщика»,
     * «свидетельство судоводителя» (not «удостоверение о повышении…», «…установленного образца», «…НАКС»).
     */
    private static final Pattern DOCUMENT_HOLDER = Pattern.compile(
            "(?<![\\p{L}])(?:удостоверени|свидетельств)\\p{L}*\\s+((?-i:[а-яё]{3,})(?<!ого|его)[ая])(?![\\p{L}-])", CI);
    private static final Pattern GRADE = Pattern.compile("(?:класса|разряда|категори(?:я|и|ю|ей))$", CI);
    /** Cues that end a certificate's name, so the words before them name it: "the BCCCP critical care credential". */
    private static final Pattern HEAD_CUE = Pattern.compile(
            "credentials?|qualifications?|type rating|certificates?|certifications?|licen[cs]es?|rating|designation|"
                    + "Diploma|(?:\\d+-?\\p{L}{0,2}|перв\\p{L}+|втор\\p{L}+|трет\\p{L}+|четв\\p{L}+|пят\\p{L}+|шест\\p{L}+)"
                    + "\\s+(?:класс|разряд|категори)\\p{L}*", CI);
    /** Where a certificate's name, read leftwards from its head noun, begins. */
    private static final Set<String> NAME_OPENERS = Set.of("the", "a", "an", "my", "our", "his", "her", "their", "and",
            "or", "hold", "holds", "held", "completed", "earned", "obtained", "passed", "have", "has", "had", "also",
            "with", "current", "valid", "full", "i", "am", "is", "was", "got", "gained", "achieved", "this", "that",
            "relevant", "professional", "recognised", "recognized", "nationally", "internationally", "formal",
            "necessary", "required", "appropriate", "strong", "academic", "first", "good", "excellent", "solid", "any",
            // a credential reached, not held: "supporting 4 PQiP learners to qualification"
            "to", "towards", "toward", "through", "into");
    /** A Russian verb in the past tense, which ends a credential's name: «звание доцента получил в 2020 году». */
    private static final Pattern PAST_VERB = Pattern.compile("\\p{L}{2,}(?:ил|ила|или|ал|ала|али|ял|яла|яли|ел|ела|ели|"
            + "ёл|ыл|ыла|ыли|ился|илась|ались|ался|алась)");
    private static final Alternation KNOWN_CERTS = Alternation.compile(
            "(?<![\\p{L}])(?:PMP|PRINCE2|CKA|CKAD|CKS|ACCA|ДипИФР|CPA|CFA|CIMA|ACA|ISTQB|ITIL|CISSP|CISA|CISM|CCNA|"
                    + "CCNP|CCIE|PSM|PSPO|CSM|SAFe|TOGAF|OCP|RHCE|RHCSA|LPIC|CompTIA|Six Sigma|IELTS|TOEFL|CELTA|ALS|"
                    + "BLS|ACLS|PALS|ATLS|NMC|SHRM|CIPD|CIPS|CIPP|CMA|FRM|ICF|Bar|Life Support|Scrum Master)(?![\\p{L}])");
    private static final Set<String> CERT_WORDS = Set.of("certified", "certification", "certificate", "credential",
            "licensed", "licenced", "accredited", "accreditation", "the", "a", "an", "and", "of", "in", "by", "и",
            "по", "holder", "i", "ii", "level", "qualification", "type", "rating", "award", "credentials",
            "licence", "license", "licenses", "licences", "designation", "stage", "grade", "category",
            "статус", "статуса", "звание", "звания");
    private static final Set<String> ENTITY_STOP = Profile.ENTITY_STOP;
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "friday", "i", "my", "we", "our",
            "you", "your", "dear", "hello", "hi", "best", "kind", "mr", "ms", "mrs", "dr", "christmas", "this");
    private static final Set<String> MODIFIER_STOP = Set.of("a", "an", "the", "as", "of", "at", "for", "with", "to",
            "in", "on", "and", "or", "my", "our", "your", "his", "her", "their", "this", "that", "i", "we", "was",
            "were", "is", "be", "been", "being", "have", "has", "had", "worked", "work", "working", "am", "are",
            "every", "each", "new", "other", "hiring", "several", "many", "all", "both", "became", "become",
            "promoted", "named", "appointed", "role", "position", "next", "current", "former", "first", "also",
            "since", "then", "now", "later", "before", "after", "from", "by", "into", "me", "it", "its", "dear");
    /** Title words that "-ed" would otherwise end: they are part of a title ("Registered Nurse"). */
    private static final Set<String> ED_MODIFIERS = Set.of("registered", "certified", "qualified", "licensed",
            "chartered", "advanced", "specialized", "specialised", "accredited", "enrolled");
    /** Words before a role noun that describe a person or an action, never a title ("experienced teacher"). */
    private static final Set<String> NON_MODIFIERS = Set.of("around", "about", "across", "over", "under", "between",
            "among", "through", "within", "without", "per", "via", "like", "than", "alongside", "toward", "towards",
            "beside", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "dozen", "seasoned", "skilled", "dedicated", "passionate", "motivated", "committed", "proven",
            "enthusiastic", "reliable", "compassionate", "caring", "versatile", "hardworking", "hard-working",
            "who", "which", "when", "where", "while", "as", "such", "some", "any", "few");

    /** Whether a lower-case Latin word before a role noun ends the title rather than modifies it. */
    private static boolean notAModifier(String lower) {
        if (NON_MODIFIERS.contains(lower)) {
            return true;
        }
        if (lower.length() > 4 && lower.endsWith("ly") && !lower.equals("supply") && !lower.equals("family")) {
            return true;
        }
        return lower.length() > 4 && lower.endsWith("ed") && !ED_MODIFIERS.contains(lower);
    }

    /** What comes right before a post a sentence says the writer held: "I was", "as", "became", "promoted to". */
    private static final Pattern POST_FRAME = Pattern.compile(
            "(?<![\\p{L}])(?:as|was|became|become|promoted to|appointed|I am|I['’]m)\\s+(?:(?:currently|now)\\s+)?"
                    + "(?:(?:a|an|the)\\s+)?$", CI);

    private static final Pattern OTHERS_CUE = Pattern.compile(
            "(?<![\\p{L}])(?:your|our|their|his|her|my|hiring|with|report(?:ed|ing|s)? to|ваш\\p{L}*|наш\\p{L}*|"
                    + "их|с|со|для|перед|of)\\s+(?:\\p{L}+\\s+){0,2}$", CI);

    /** Someone other than the candidate as the subject before a skill cue: "my manager was experienced in". */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(?<![\\p{L}])(?:he|she|they|his|her|their|"
            + "manager|team|colleagues?|mentor|company|он|она|они|команда|руководител\\p{L}*)(?![\\p{L}])", CI);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A preposition that places what follows, right before it: "in", "to", "at", «в», «из», «под». */
    private static final Pattern PLACE_PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?:in|to|at|from|near|of|в|во|из|под|до|по|на|к|ко|от)\\s+$", CI);
    /** What may stand between the words of a name: a space, an apostrophe's "s" or the apostrophe, "&". */
    private static final Pattern NAME_GAP = Pattern.compile(" |['’] ?| & ");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern ROMAN_GRADE = Pattern.compile("I{1,3}|IV|V|VI{1,3}|IX|X");
    /** A CEFR grade as written (B2), lower-cased (b2), and one inside a profile's lower-cased language entry. */
    private static final Pattern CEFR_GRADE_WRITTEN = Pattern.compile("[ABC][12]");
    private static final Pattern CEFR_GRADE = Pattern.compile("[abc][12]");
    private static final Pattern CEFR_GRADE_IN = Pattern.compile("\\b[abc][12]\\b");
    /** What may stand between a name and its bracketed part: nothing but brackets and space. */
    private static final Pattern BRACKETS_ONLY = Pattern.compile("\\)?\\s*\\(?");
    /** A grade or a small number after a credential's name: "Goethe-Zertifikat C2", "Level 3". */
    private static final Pattern PART_NUMBER = Pattern.compile("[A-Z]?\\d{1,2}");
    /** Role words with an everyday meaning too (see {@code trigger}). */
    private static final Set<String> AMBIGUOUS_ROLES = Set.of("pilot", "vet", "editor", "interpreter", "inspector",
            "writer", "captain", "operator");
    /** The words one of which every {@link #SKILL_CUE} match holds, lower-cased. */
    private static final List<String> SKILL_CUE_WORDS = List.of("skilled", "experience", "proficient", "versed",
            "competent", "confident", "adept", "trained", "expertise", "владе", "qualified", "speciali", "есть", "имею",
            "специализируюсь");
    /** A cue after which the candidate lists skills they claim. */
    private static final Pattern SKILL_CUE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:I am|I'm|am|highly|also)\\s+)?(?:skilled|experienced|proficient|versed|competent|"
                    + "confident|adept|trained)\\s+(?:in|with)\\s+|(?<![\\p{L}])(?:experience|expertise)\\s+with\\s+|"
                    + "(?<![\\p{L}])(?:владею|владеет|уверенно владею|свободно владею)\\s+|"
                    + "(?<![\\p{L}])qualified\\s+in\\s+|(?<![\\p{L}])speciali[sz](?:e|ed|ing)\\s+in\\s+|"
                    + "(?<![\\p{L}])(?:есть|имею)\\s+(?:и\\s+)?опыт\\p{L}*\\s+(?:работы\\s+)?(?:(?:с|со|в)\\s+)?|"
                    + "(?<![\\p{L}])специализируюсь\\s+на\\s+", CI);
    private static final Pattern LIST_SPLIT = Pattern.compile(",\\s*(?:(?:and|и|or|или)\\s+)?|\\s+(?:and|и|or|или|as well as|а также)\\s+");
    /** Words that make a list's item a clause or an action, not a named thing: pronouns, conjunctions, verbs. */
    private static final Pattern NOT_A_THING = Pattern.compile("(?<![\\p{L}])(?:i|we|my|our|me|you|it|he|she|they|his|her|their|он|она|они|that|which|who|"
            + "when|where|while|as|from|to|at|for|by|before|after|earlier|later|then|also|я|мы|мой|моя|мои|как|что|"
            + "котор\\p{L}*|где|когда|если|чтобы|поэтому|потому|therefore|so|thus|hence|за|на|по|для|при|до|после|"
            + "также|а|но|веду|ведём|ведем|могу|пишу|вожу|провожу|руковожу|прошу|слежу|хожу|несу|беру|ищу|учу|хочу|"
            + "\\p{L}+(?:аю|яю|ую|ю|юсь|"
            + "л|ла|ли|лся|лась|ть|ться|ешь|ет|ем))(?![\\p{L}])", CI);
    /**
     * Whether a list's item opens with a pronoun, a joining word or a verb (NOT_A_THING), not with an abbreviation
     * that spells like one: "IT support" and «ПО» are things.
     */
    private static boolean notAThing(String item) {
        Matcher m = NOT_A_THING.matcher(item);
        return m.lookingAt() && !Words.allCaps(item.substring(0, m.end()));
    }

    /** Abbreviations any letter may use without a claim behind them. */
    private static final Set<String> COMMON_ACRONYMS = Set.of("CEO", "CFO", "CTO", "COO", "CIO", "CMO", "CPO",
            "USA", "UAE", "KPI", "KPIS", "ROI", "SME", "SMES", "FAQ", "API", "APIS", "SAAS", "NHS", "PHD", "MBA", "MSC",
            "BSC", "DIY", "ESG", "PPE", "CPD", "NGO", "LLC", "LTD", "PLC", "INC", "GMBH", "HSE", "ISO", "GMT", "CRM",
            "ERP", "SEO", "SMM", "SQL", "PDF", "COVID", "GDPR", "NDA", "USD", "EUR", "GBP", "RUB", "VAT", "EMEA",
            "APAC", "MVP", "OKR", "OKRS", "SLA", "SLAS", "NPS", "ASAP", "HR", "IT", "UI", "UX", "QA", "QC", "PR", "GP",
            "B2B", "B2C", "OK", "TV", "AI", "CV", "PM", "AM", "UK", "US", "EU", "CPG", "FMCG", "R&D", "P&L",
            "СНГ", "ООО", "ПАО", "ЗАО", "ОАО", "ИНН", "ВУЗ", "КПЭ", "КПИ", "СМИ", "МСК", "СПБ", "США", "НДС", "ГОСТ",
            "СНИП", "САНПИН", "ФГОС", "ЕГЭ", "ОГЭ", "МЧС", "ЖКХ", "РЖД", "МВД", "ГИБДД", "ФНС", "ПФР", "СФР");
    private static final Pattern LANGUAGE = Pattern.compile("(?:english|german|french|spanish|italian|chinese|"
            + "japanese|russian|англ|немец|немецк|француз|испан|итальян|китай|японск|русск)", CI);
    /** Words of the employer's side or of a wish: a Latin term the vacancy holds is theirs there ("your X team"). */
    private static final Pattern EMPLOYER_SIDE = Pattern.compile("(?<![\\p{L}])(?:your|you|you['’]re|yours|"
            + "role|position|opening|vacancy|post|applying|apply|join|would|I['’]d|hope|love to|look forward|keen|"
            + "eager|excited|ваш\\p{L}*|вас|вам|вы|ваканси\\p{L}*|позици\\p{L}*|хотел\\p{L}*|готов\\p{L}*|"
            // a plan is about the post: "exactly the work I want to do next", "a natural next step"
            + "(?:want|hope|plan) to do next|next step|next challenge)(?![\\p{L}])",
            CI);
    /**
     * The narrower test for a vacancy's own skills and figures: the part must speak to the employer ("your", «ваш»)
     * or of a wish ("would love to") about nothing of the candidate's own, since "In my last role I ran a 12-depot
     * network" is the candidate's claim.
     */
    private static final Pattern TO_THE_EMPLOYER = Pattern.compile("(?<![\\p{L}])(?:your|you|you['’]re|yours|"
            + "ваш\\p{L}*|вас|вам|вы)(?![\\p{L}])", CI);
    private static final Pattern WISHING = Pattern.compile("(?<![\\p{L}])(?:would|I['’]d|hope|love to|look forward|"
            + "keen|eager|excited|хотел\\p{L}*)(?![\\p{L}])", CI);
    /** The candidate's own: "my role", «моей должности», «в своей работе». */
    private static final Pattern FIRST_PERSON_OWN = Pattern.compile("(?<![\\p{L}])(?:my|мо[йеияюё]\\p{L}*|сво\\p{L}+)"
            + "(?![\\p{L}])", CI);
    private static final Alternation LANGUAGE_NAME = Alternation.compile("(?<![\\p{L}])(?:English|German|French|Spanish|"
            + "Italian|Chinese|Mandarin|Cantonese|Japanese|Russian|Welsh|Irish|Gaelic|Arabic|Turkish|Portuguese|Polish|"
            + "Dutch|Korean|Hindi|Urdu|Swedish|Norwegian|Danish|Finnish|Greek|Hebrew|Ukrainian|Czech|Hungarian|"
            + "Romanian|Farsi|Persian|Punjabi|Bengali|Tamil|Vietnamese|Thai|Indonesian|Malay|Swahili|"
            + "(?:[Аа]нглийск|[Нн]емецк|[Фф]ранцузск|[Ии]спанск|[Ии]тальянск|[Кк]итайск|[Яя]понск|[Кк]орейск|[Аа]рабск"
            + "|[Тт]урецк|[Пп]ортугальск|[Пп]ольск|[Уу]краинск|[Кк]азахск|[Тт]атарск|[Фф]инск|[Шш]ведск|[Гг]реческ|[Чч]ешск|[Ии]врит)\\p{L}*)(?![\\p{L}])");
    /** What says a duration was served in graded or leading posts: "of senior experience", «на руководящих должностях». */
    private static final Pattern SENIOR_YEARS = Pattern.compile("\\s+(?:(?:of|in)\\s+(?:senior|leadership|management|"
            + "managerial|supervisory)(?:[- ]level)?\\s+(?:experience|roles?|positions?|posts?)|на\\s+руководящ\\p{L}*\\s+"
            + "(?:должност|позици|работ)\\p{L}*|руководящ\\p{L}*\\s+(?:опыт|стаж)\\p{L}*)(?![\\p{L}])", CI);
    /** The word right after a place, if a lower-case Cyrillic one follows with nothing but a space between. */
    private static final Pattern NEXT_WORD = Pattern.compile(" ([а-яё]+)");
    /** «на» before a language name, with other names in «-ском» between: «на русском, татарском и английском». */
    private static final Pattern ON_LANGUAGE = Pattern.compile("(?<![\\p{L}])на\\s+(?:[а-яё]+(?:ском|цком)(?:,\\s*|\\s+и\\s+"
            + "|\\s+или\\s+))*$", CI);
    private static final Pattern LANGUAGE_USE = Pattern.compile("(?<![\\p{L}])(?:speak\\p{L}*|spoken|fluent\\p{L}*|"
            + "native|bilingual\\p{L}*|translat\\p{L}*|interpret\\p{L}*|language|level|proficien\\p{L}*|"
            // a level named in words: "conversational Polish", «разговорный польский»
            + "conversational|intermediate|elementary|разговорн\\p{L}*|"
            + "[ABC][12]|владе\\p{L}*|говорю|уровн\\p{L}*|свободн\\p{L}*|родн\\p{L}*|перев\\p{L}*|язык\\p{L}*)(?![\\p{L}\\d])",
            CI);
    private static final Pattern CEFR = Pattern.compile("(?<![\\p{L}\\d])(?:[ABC][12]|fluent\\p{L}*|свободн\\p{L}*)"
            + "(?![\\p{L}\\d])");
    private static final Pattern FLUENT_HELD = Pattern.compile("fluent|native|c1|c2|proficien|bilingual|свободн|родн|"
            + "носител|advanced|продвинут", CI);
    /** Names of everyday services a letter may mention with no claim behind them ("I saw the role on LinkedIn"). */
    private static final Set<String> EVERYDAY_NAMES = Set.of("linkedin", "zoom", "teams", "whatsapp", "telegram",
            "youtube", "instagram", "facebook", "twitter", "google", "hh", "headhunter", "indeed", "glassdoor", "skype",
            "gmail", "outlook", "word");
    /** English words Russian prose uses as jargon, not as names. */
    private static final Set<String> RU_JARGON = Set.of("middle", "team", "code", "review", "email", "online",
            "offline", "remote", "office", "soft", "hard", "skills", "call", "stand", "daily", "sprint");
    /** Words in a list item that name no skill: articles, "both", "modern", "daily". */
    private static final Set<String> LIST_STOP = Set.of("the", "a", "an", "of", "for", "to", "on", "in", "with", "my",
            "our", "both", "all", "such", "as", "modern", "daily", "advanced", "basic", "strong", "solid", "various",
            "other", "related", "работы", "с", "со", "в", "на", "по", "для", "современными", "основами", "навыками",
            // what introduces an item, not what it names: "…, including kitchens and staircases", «в том числе»
            "including", "especially", "particularly", "notably", "mainly", "mostly", "primarily", "chiefly",
            "включая", "том", "числе", "особенно", "прежде", "всего",
            // «как …, так и …» joins two items as "both … and" does
            "как", "так",
            // what joins an item on or says what a whole covers: "…, together with remortgages", "…, covering chainsaw
            // use, tree climbing and aerial rescue", «наряду с»
            "together", "along", "covering", "spanning", "наряду", "вместе",
            // the use of a thing names the thing: "chainsaw use", «применение СИЗ»
            "use", "usage", "использование", "применение");

    /** Before a role word, the people one leads: "supervise two junior associates and one trainee". */
    private static final Pattern SUPERVISED = Pattern.compile(
            "(?<![\\p{L}])(?:supervis\\p{L}*|mentor\\p{L}*|manag(?:e|es|ed|ing)|coach\\p{L}*|train(?:s|ed|ing)?|"
                    + "onboard\\p{L}*|hir(?:e|es|ed|ing))\\s+(?!as\\s)(?:[\\p{L}\\d]+,?\\s+){1,6}$", CI);

    /** Categories whose skills are checked even when written as common nouns («нагрузочное тестирование»). */
    private static final Set<String> TECHNICAL = Set.of("programming-languages", "frameworks", "data", "devops",
            "testing", "mobile", "security", "ai-ml", "dev-tools", "gamedev-embedded");

    private final SkillTaxonomy taxonomy;
    private final SkillGraph graph;
    /**
     * The profiles indexed lately, by the evidence's text: a draft is checked against the same profile again and again
     * (every regeneration, tone, length and edit of a letter or resume), and indexing the profile was a third of a
     * check. Keyed by the JSON as text, not the {@code JsonNode}, which a caller may change after the call.
     */
    private final ProfileCache profiles = new ProfileCache(32);

    /** Today, as the checks count it: a current job runs to this clock's month. */
    private final Clock clock;

    /**
     * Whether a name read as an employer is a skill, as {@code taxonomy.find} answers, for the names met lately: the
     * answer costs some 25 µs a name (every spelling rule of the taxonomy is tried), and a letter and its drafts name
     * the same employers again and again. Bounded: emptied when full.
     */
    private final java.util.Map<String, Boolean> skillNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** A checker over the shipped skills taxonomy and skill graph of platform/skills, on the system clock (UTC). */
    public FactChecker() {
        this(SkillGraph.builtIn());
    }

    /**
     * A checker over {@code graph} and its taxonomy: the shipped ones, or a taxonomy release's
     * ({@code SkillsInUse.perRelease(FactChecker::new)} in a service that follows releases), on the system clock
     * (UTC).
     */
    public FactChecker(SkillGraph graph) {
        this(graph, Clock.systemUTC());
    }

    /**
     * A checker over {@code graph} that takes today's month from {@code clock} (in the clock's zone): a job without an
     * end date runs to it, so the years a current job counts grow with the clock, and "to" or "in" this year is
     * supported.
     * A service passes its {@code Clock} bean ({@code perRelease(graph -> new FactChecker(graph, clock))}); tests
     * pass a fixed one.
     */
    public FactChecker(SkillGraph graph, Clock clock) {
        this.graph = graph;
        this.taxonomy = graph.taxonomy();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Finds the claims in generated text that the evidence does not support.
     *
     * @param text     generated resume bullets (one per line), a summary or a letter, in Russian or English
     * @param evidence the candidate's profile and, for an application, the vacancy's company and role
     * @return the text with its unsupported claims, in text order
     */
    public FactCheck check(String text, Evidence evidence) {
        if (text == null || text.isBlank()) {
            return new FactCheck(text == null ? "" : text, List.of());
        }
        YearMonth now = YearMonth.now(clock);
        Profile profile = profiles.get(evidence, now, e -> new Profile(e, taxonomy, graph, now));
        Run run = new Run(text, profile);
        run.courtesies();
        run.employerSide();
        run.findSkills();
        run.certificates();
        run.acting();
        run.actingEn();
        run.titles();
        run.leading();
        run.promotions();
        run.statedPosts();
        run.workedAs();
        run.degrees();
        run.schools();
        run.employers();
        run.placedOrganisations();
        run.skills();
        run.statedSkills();
        run.enumerations();
        run.acronyms();
        run.names();
        run.languages();
        run.terms();
        run.durationsAndNumbers();
        run.relativeChanges();
        run.romanGrades();
        run.ordinalGrades();
        run.allGrades();
        run.borrowed();
        run.countedCompounds();
        run.tradeTerms();
        run.contentTerms();
        return new FactCheck(text, run.result());
    }

    private boolean namesASkill(String name) {
        Boolean skill = skillNames.get(name);
        if (skill == null) {
            skill = taxonomy.find(name).isPresent();
            if (skillNames.size() >= 4_096) {
                skillNames.clear();
            }
            skillNames.put(name, skill);
        }
        return skill;
    }

    /**
     * The matches of a pattern that always holds one of its words, as its {@code find()} loop over the whole text gives
     * them (in order, none overlapping), found faster: the pattern runs only in a window around each of those words,
     * looked up in the lower-cased copy. A match must start within {@code before} characters of its word and end
     * within {@code after} after it.
     */
    static List<MatchResult> foundNear(Pattern p, String text, String lower, List<String> words, int before, int after) {
        TreeMap<Integer, MatchResult> found = new TreeMap<>();
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (String word : words) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                m.region(Math.max(0, at - before), Math.min(text.length(), at + after));
                while (m.find() && m.start() <= at) { // an earlier match may stand in the window too
                    found.putIfAbsent(m.start(), m.toMatchResult());
                }
            }
        }
        List<MatchResult> apart = new ArrayList<>();
        for (MatchResult r : found.values()) {
            if (apart.isEmpty() || r.start() >= apart.getLast().end()) {
                apart.add(r);
            }
        }
        return apart;
    }

    /** One check of one text: the flags found so far and the spans already read. */
    private final class Run {

        private final String text;
        private final Profile profile;
        private final List<UnsupportedClaim> flags = new ArrayList<>();
        /** Spans already read as a name, title or certificate, whose words are not read again. */
        private final List<int[]> claimed = new ArrayList<>();
        private final List<Sentences.Span> sentences;
        private final List<Words.Word> words;
        private List<SkillMention> skillMentions;
        /** Whether each clause (by its start) states a requirement or a wish, as read once. */
        private final java.util.Map<Long, int[]> requirements = new java.util.HashMap<>();
        private final java.util.Map<Integer, Boolean> cyrillicSentences = new java.util.HashMap<>();
        private Boolean russianText;
        private String lower;
        /**
         * Stretches where the employer's side speaks (the post applied for, the terms accepted, a heading taken from
         * the vacancy): a flag there whose words the vacancy writes is the vacancy's, not the candidate's claim.
         */
        private final List<int[]> employerSide = new ArrayList<>();
        /** Greetings and sign-offs: nothing in them is a claim. */
        private final List<int[]> courtesyLines = new ArrayList<>();

        Run(String text, Profile profile) {
            this.text = text;
            this.profile = profile;
            this.sentences = Sentences.split(text);
            this.words = Words.split(text);
        }

        List<UnsupportedClaim> result() {
            List<UnsupportedClaim> sorted = new ArrayList<>(flags);
            sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : Integer.compare(b.end(), a.end()));
            List<UnsupportedClaim> kept = new ArrayList<>();
            for (UnsupportedClaim c : sorted) {
                if (within(courtesyLines, c) || within(employerSide, c) && theVacancys(c.span())) {
                    continue;
                }
                if (kept.isEmpty() || c.start() >= kept.getLast().end()) {
                    kept.add(c);
                }
            }
            return kept;
        }

        private static boolean within(List<int[]> spans, UnsupportedClaim c) {
            for (int[] sp : spans) {
                if (c.start() >= sp[0] && c.end() <= sp[1]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the vacancy writes every word of a span: its words, figures, or initials of its words (КДЦ). */
        private boolean theVacancys(String span) {
            boolean any = false;
            for (Words.Word w : Words.split(span)) {
                String raw = w.raw();
                if (HEADING_STOP.contains(Words.lower(raw))) {
                    continue;
                }
                any = true;
                if (!profile.vacancyHolds(w.key())
                        && !(raw.length() >= 2 && Profile.acronymLike(raw) && profile.vacancySpellsOut(raw))) {
                    return false;
                }
            }
            return any;
        }

        /**
         * The stretches where the employer's side speaks: what a text applies for (from "applying for", «кандидатуру
         * на» to the first comma or the candidate's own words), each clause that accepts the employer's terms ("would
         * suit me", «меня устраивает»), and a line's heading made of the vacancy's words ("Managing a Quality
         * Service:" where the vacancy asks to show "Managing a Quality Service").
         */
        private boolean joiningDash(int at) {
            char c = text.charAt(at);
            return (c == '–' || c == '—') && at > 0 && at + 1 < text.length()
                    && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at + 1));
        }

        void employerSide() {
            if (!profile.hasTarget) {
                return;
            }
            Alternation.Scan m = APPLYING.scan(text);
            while (m.find()) {
                Sentences.Span s = sentenceAt(m.start());
                Matcher stop = APPLICATION_END.matcher(text).region(m.end(), s.end());
                int end = s.end();
                while (stop.find()) {
                    // «Мать и дитя» is one name; a dash between two words with no space is one name too, a route
                    // or a place ("the Aberdeen–Kirkwall–Lerwick routes"), not a clause's break
                    if (!insideQuotes(stop.start()) && !joiningDash(stop.start())) {
                        end = stop.start();
                        break;
                    }
                }
                employerSide.add(new int[] {m.end(), end});
            }
            Alternation.Scan accept = ACCEPTING.scan(text);
            while (accept.find()) {
                long bounds = clauseBounds(accept.start());
                employerSide.add(new int[] {(int) (bounds >>> 32), (int) bounds});
            }
            int lineStart = 0;
            while (lineStart < text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                int colon = text.indexOf(':', lineStart);
                if (colon > lineStart && colon < lineEnd && colon - lineStart <= 60) {
                    String label = text.substring(lineStart, colon);
                    int count = Words.split(label).size();
                    if (count >= 1 && count <= 6 && label.chars().noneMatch(Character::isDigit) && theVacancys(label)) {
                        employerSide.add(new int[] {lineStart, colon});
                        claim(lineStart, colon);
                    }
                }
                lineStart = lineEnd + 1;
            }
        }

        /** The reason in the text's language: Russian when most of its letters are Cyrillic, else English. */
        private String reason(String english, String russian, String span) {
            if (russianText == null) {
                int cyr = 0;
                int lat = 0;
                for (int k = 0; k < text.length(); k++) {
                    char ch = text.charAt(k);
                    if (Character.isLetter(ch)) {
                        if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC) {
                            cyr++;
                        } else {
                            lat++;
                        }
                    }
                }
                russianText = cyr > lat;
            }
            return String.format(java.util.Locale.ROOT, russianText ? russian : english, span);
        }

        private void flag(int start, int end, ClaimKind kind, String reason) {
            flags.add(new UnsupportedClaim(start, end, text.substring(start, end), kind, reason));
        }

        private void claim(int start, int end) {
            claimed.add(new int[] {start, end});
        }

        private boolean isClaimed(int start, int end) {
            for (int[] c : claimed) {
                if (start < c[1] && end > c[0]) {
                    return true;
                }
            }
            return false;
        }

        /** The text lower-cased char for char, offsets kept, made once. */
        private String lower() {
            if (lower == null) {
                lower = Words.lowerKeepingLength(text);
            }
            return lower;
        }

        private Sentences.Span sentenceAt(int offset) {
            for (Sentences.Span s : sentences) {
                if (offset >= s.start() && offset < s.end()) {
                    return s;
                }
            }
            return new Sentences.Span(0, text.length());
        }

        /**
         * Whether capitalised words from {@code first} are a product's name rather than a post: after "in", "with",
         * "using" or a list's colon ("I work daily in Tekla Structural Designer", "Tools: Tekla Structural Designer").
         */
        private boolean productName(int first) {
            Words.Word w = words.get(first);
            if (!Character.isUpperCase(w.raw().charAt(0)) || Titles.concept(w.raw()) != null || first == 0) {
                return false;
            }
            Words.Word prev = words.get(first - 1);
            String gap = text.substring(prev.end(), w.start());
            return gap.strip().equals(":") || gap.equals(" ")
                    && Set.of("in", "with", "using", "via", "into").contains(Words.lower(prev.raw()));
        }

        /** Whether the offset is inside «…» quotes of its sentence: a name of a company, a course or a product. */
        private boolean insideQuotes(int offset) {
            Sentences.Span s = sentenceAt(offset);
            int open = 0;
            for (int k = s.start(); k < offset; k++) {
                char c = text.charAt(k);
                if (c == '«') {
                    open++;
                } else if (c == '»' && open > 0) {
                    open--;
                }
            }
            return open > 0;
        }

        /** The clause around an offset: the sentence cut at semicolons, colons and dashes. */
        private String clauseAt(int offset) {
            long bounds = clauseBounds(offset);
            return text.substring((int) (bounds >>> 32), (int) bounds);
        }

        /** Where the clause around an offset starts and ends, as {@code start << 32 | end}. */
        private long clauseBounds(int offset) {
            Sentences.Span s = sentenceAt(offset);
            int from = offset;
            while (from > s.start() && !clauseBreak(text.charAt(from - 1))) {
                from--;
            }
            int to = offset;
            while (to < s.end() && !clauseBreak(text.charAt(to))) {
                to++;
            }
            return (long) from << 32 | to;
        }

        private static boolean clauseBreak(char c) {
            return c == ';' || c == ':' || c == '—' || c == '–' || c == '\n' || c == '.' || c == '!' || c == '?';
        }

        /** Whether the words at an offset state what the employer asks for or what the candidate means to learn. */
        private boolean requirement(int offset) {
            long bounds = clauseBounds(offset);
            int from = (int) (bounds >>> 32);
            int end = (int) bounds;
            // a wish or a requirement covers the words after it, and its own part of the sentence up to a comma,
            // not a claim made before it: in "I am also trained in FEES, which I know is central to your service,
            // and I am keen to apply…" the candidate claims FEES
            int to = Math.max(from, Math.min(offset, end));
            while (to < end && text.charAt(to) != ',') {
                to++;
            }
            int[] reaches = requirements.get(bounds);
            if (reaches == null) {
                reaches = cueReaches(from, end);
                requirements.put(bounds, reaches);
            }
            for (int i = 0; i < reaches.length; i += 2) {
                if (reaches[i] < to && offset < reaches[i + 1]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The clause's wishes, negations and requirements, each as where it starts and where its reach ends (pairs in
         * one array, read once per clause). A requirement reaches the clause's end; a negation stops at a contrast
         * ("but", «но») or a new first-person clause; a wish stops where the candidate offers what they have
         * ("bring", «применить»), and a wish that is itself such an offer covers nothing.
         */
        private int[] cueReaches(int from, int end) {
            String clause = text.substring(from, end);
            List<Integer> reaches = new ArrayList<>(4);
            Alternation.Scan wish = LEARNING.scan(clause);
            while (wish.find()) {
                Matcher offer = OFFERING.matcher(clause).region(wish.end(), clause.length());
                boolean offers = offer.find();
                if (!offers || !clause.substring(wish.end(), offer.start()).matches("\\s*(?:to\\s+)?")) {
                    reaches.add(from + wish.start());
                    reaches.add(from + (offers ? offer.start() : clause.length()));
                } // else "I would love to bring my NEBOSH diploma": an offer, not a wish
                if (offers) {
                    // where the offer is taken to ("… to your CT team at MFT") is the employer's again
                    Matcher destination = DESTINATION.matcher(clause).region(offer.end(), clause.length());
                    if (destination.find()) {
                        // up to the next list joint: "… to your team and my ten years at Network Rail" claims those
                        Matcher joint = JOINT.matcher(clause).region(destination.end(), clause.length());
                        reaches.add(from + destination.start());
                        reaches.add(from + (joint.find() ? joint.start() : clause.length()));
                    }
                }
            }
            Alternation.Scan no = NEGATION.scan(clause);
            while (no.find()) {
                Matcher contrast = CONTRAST.matcher(clause).region(no.end(), clause.length());
                reaches.add(from + no.start());
                reaches.add(from + (contrast.find() ? contrast.start() : clause.length()));
            }
            Alternation.Scan r = REQUIREMENT.scan(clause);
            if (r.find() && !FIRST_PERSON.matcher(clause).find()) {
                reaches.add(from + r.start());
                reaches.add(end);
            }
            int[] out = new int[reaches.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = reaches.get(i);
            }
            return out;
        }

        /**
         * Whether "training" after a role word is a verb with its object ("as a manager training new starters"), not
         * a credential's head ("a manager training course").
         */
        private boolean trainsSomeone(int i) {
            return Words.lower(words.get(i).raw()).equals("training") && i + 1 < words.size()
                    && " ".equals(text.substring(words.get(i).end(), words.get(i + 1).start()))
                    && OBJECT_OPENER.contains(Words.lower(words.get(i + 1).raw()));
        }

        private String before(int offset, int chars) {
            Sentences.Span s = sentenceAt(Math.max(0, Math.min(offset, text.length() - 1)));
            int from = Math.max(s.start(), offset - chars);
            return text.substring(from, offset);
        }

        private boolean mentionsPastEmployer(Sentences.Span s) {
            for (Words.Word w : Words.split(text.substring(s.start(), s.end()))) {
                if ((w.raw().length() >= 3 || Profile.acronymLike(w.raw())) && !ENTITY_STOP.contains(Words.lower(w.raw()))
                        && profile.pastEmployerKeys.contains(w.key()) && !profile.targetKnows(w.key())
                        && Character.isUpperCase(w.raw().charAt(0))) {
                    return true;
                }
            }
            return false;
        }

        /** Greetings and sign-offs name the reader, not the candidate ("Dear Hiring Manager"). */
        void courtesies() {
            int lineStart = 0;
            while (lineStart < text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                String line = text.substring(lineStart, lineEnd).strip();
                if (line.length() <= 80 && COURTESY.matcher(line).lookingAt()) {
                    claim(lineStart, lineEnd);
                    courtesyLines.add(new int[] {lineStart, lineEnd});
                }
                lineStart = lineEnd + 1;
            }
        }

        // ---- titles ------------------------------------------------------------------------------------------

        void titles() {
            for (int i = 0; i < words.size(); i++) {
                Words.Word w = words.get(i);
                String concept = Titles.concept(w.raw());
                if (concept == null && gradedRole(i)) {
                    concept = Titles.ROLE + w.key();
                } else if (concept == null || !trigger(i, concept)
                        || Titles.plural(w.raw()) && !POST_NAMED.matcher(before(w.start(), 40)).find()) {
                    continue; // «в должности главной медицинской сестры»: a genitive after «должность», not a plural
                }
                if ((OTHERS_CUE.matcher(before(w.start(), 40)).find() || SUPERVISED.matcher(before(w.start(), 60)).find())
                        && !Words.isCyrillic(w.raw())) {
                    continue;
                }
                if (w.start() > 0 && (text.charAt(w.start() - 1) == ':' || text.charAt(w.start() - 1) == '/')
                        || insideQuotes(w.start())) {
                    continue; // «1С:Специалист», «Уральская Логистическая Компания»: a name, not a post
                }
                if (Words.isCyrillic(w.raw()) && othersRu(i)) {
                    continue;
                }
                if (i + 1 < words.size() && " ".equals(text.substring(w.end(), words.get(i + 1).start()))
                        && CREDENTIAL_HEAD.matcher(words.get(i + 1).raw()).matches()
                        && !trainsSomeone(i + 1)) {
                    continue; // "my IWCF Level 4 supervisor certificate", "a first aider course": a credential's name
                }
                if ("LEAD".equals(concept) && !Words.isCyrillic(w.raw())) {
                    concept = "TEAMLEAD"; // "team lead", "tech lead": the trigger only lets these through
                }
                int first = i;
                Set<String> concepts = new HashSet<>();
                Set<String> domain = new HashSet<>();
                concepts.add(concept);
                // modifiers before the role word
                while (first > 0 && i - first < 3) {
                    Words.Word prev = words.get(first - 1);
                    String gap = text.substring(prev.end(), words.get(first).start());
                    if (!gap.equals(" ") && !gap.equals("-") && !gap.equals("\u00A0")) {
                        break;
                    }
                    String l = Words.lower(prev.raw());
                    String c = Titles.concept(prev.raw());
                    boolean cyr = Words.isCyrillic(l);
                    if (c != null && Titles.plural(prev.raw()) && !cyr) {
                        break;
                    }
                    if ("TEAMLEAD".equals(concept) && Set.of("team", "tech", "technical").contains(l)) {
                        // part of "team lead"
                    } else if (c != null) {
                        concepts.add(c);
                    } else if (!cyr && !gap.equals("-") && notAModifier(l)) {
                        break;
                    } else if (gap.equals("-") || (!cyr && !MODIFIER_STOP.contains(l) && !l.chars().allMatch(Character::isDigit)
                            && (Character.isUpperCase(prev.raw().charAt(0)) || first == i || i - first < 2))
                            || (cyr && adjective(l))) {
                        if (!cyr && Character.isUpperCase(prev.raw().charAt(0)) && sentenceStart(prev.start())
                                && Titles.concept(prev.raw()) == null && first != i) {
                            break;
                        }
                        domain.add(prev.key());
                    } else {
                        break;
                    }
                    first--;
                }
                if (first < i && productName(first)) {
                    continue;
                }
                int last = i;
                // "Head of Growth", «руководитель отдела тестирования», «инженер по тестированию»
                int j = i + 1;
                if (j < words.size()) {
                    String gap = text.substring(w.end(), words.get(j).start());
                    String next = Words.lower(words.get(j).raw());
                    if (gap.equals(" ") && (next.equals("of") || next.equals("по"))) {
                        int k = j + 1;
                        while (k < words.size() && k <= j + 2 && text.substring(words.get(k - 1).end(), words.get(k).start()).equals(" ")) {
                            Words.Word nw = words.get(k);
                            if (next.equals("of") && !Character.isUpperCase(nw.raw().charAt(0))) {
                                break;
                            }
                            if (ENTITY_STOP.contains(Words.lower(nw.raw())) || Words.lower(nw.raw()).equals("и")) {
                                break;
                            }
                            String c = Titles.concept(nw.raw());
                            if (c != null) {
                                concepts.add(c);
                            } else {
                                domain.add(nw.key());
                            }
                            last = k;
                            k++;
                            if (next.equals("по")) {
                                break;
                            }
                        }
                    } else if (gap.equals(" ") && Words.isCyrillic(next) && ("HEAD".equals(concept)
                            || "DIRECTOR".equals(concept) || "DEPUTY".equals(concept))
                            && !Character.isUpperCase(words.get(j).raw().charAt(0))) {
                        // genitive: «начальник смены», «заместитель главного бухгалтера»
                        int k = j;
                        while (k < words.size() && k <= j + 2) {
                            Words.Word nw = words.get(k);
                            if (k > j && !text.substring(words.get(k - 1).end(), nw.start()).equals(" ")) {
                                break;
                            }
                            String l = Words.lower(nw.raw());
                            if (!Words.isCyrillic(l) || l.length() < 3 || Character.isUpperCase(nw.raw().charAt(0))
                                    || !(l.endsWith("а") || l.endsWith("я") || l.endsWith("ы") || l.endsWith("и")
                                    || l.endsWith("ого") || l.endsWith("его") || l.endsWith("ой") || l.endsWith("ей"))) {
                                break;
                            }
                            String c = Titles.concept(nw.raw());
                            if (c != null) {
                                concepts.add(c);
                            } else {
                                domain.add(nw.key());
                            }
                            last = k;
                            k++;
                        }
                    }
                }
                int start = words.get(first).start();
                int end = words.get(last).end();
                if (isClaimed(start, end)) {
                    continue;
                }
                claim(start, end);
                if (!titleSupported(concept, concepts, domain, sentenceAt(start), start, end)) {
                    flag(start, end, ClaimKind.TITLE, reason("The profile holds no position as %s.", "В профиле нет должности «%s».", text.substring(start, end)));
                }
                i = last;
            }
        }

        /**
         * Whether a word is a post of the profile's with a grade written before it: «главным маркшейдером», "Senior
         * Curator", «исполнял обязанности главного геолога». The post is then read as any other title, so its grade
         * must be the profile's.
         */
        private boolean gradedRole(int i) {
            Words.Word w = words.get(i);
            if (i == 0 || w.raw().length() < 4 || !profile.roleKeys.contains(w.key()) || Titles.plural(w.raw())
                    && !Words.isCyrillic(w.raw())) {
                return false;
            }
            if (!Words.isCyrillic(w.raw()) && !Character.isUpperCase(w.raw().charAt(0))) {
                return gradedAfterPostFrame(i);
            }
            Words.Word prev = words.get(i - 1);
            String gap = text.substring(prev.end(), w.start());
            String c = Titles.concept(prev.raw());
            // in Russian the grade stands before its post as an adjective («главным маркшейдером»); a noun before a
            // word («для директоров магазинов», «директор магазина») is a post of its own, the word its object
            return (gap.equals(" ") || gap.equals("-")) && c != null && Titles.seniority(c)
                    && (Words.isCyrillic(w.raw()) ? gap.equals("-") || adjective(Words.lower(prev.raw()))
                    : Character.isUpperCase(w.raw().charAt(0)));
        }

        /**
         * Whether an English post of the profile's, written in lower case, has a grade before it (with at most two
         * words of its own between: "senior court clerk") where a sentence names a post: "I was head tuner at",
         * "as senior court clerk", "promoted to chief cook". Without such a frame a grade before a word is not read
         * as a post ("senior keeper duties" is a title only where it is said to be one).
         */
        private boolean gradedAfterPostFrame(int i) {
            for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
                Words.Word prev = words.get(k);
                if (!" ".equals(text.substring(prev.end(), words.get(k + 1).start()))) {
                    return false;
                }
                String c = Titles.concept(prev.raw());
                if (c != null && Titles.seniority(c)) {
                    return POST_FRAME.matcher(before(prev.start(), 30)).find();
                }
                String l = Words.lower(prev.raw());
                if (c != null || Words.isCyrillic(l) || Character.isUpperCase(prev.raw().charAt(0)) || notAModifier(l)
                        || MODIFIER_STOP.contains(l)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * «Исполнял обязанности главного механика», "acting head of": standing in for a post is a post of its own
         * grade, which the profile must show (an «и. о.», "acting" or "interim" in it).
         */
        void acting() {
            Matcher m = ACTING_RU.matcher(text);
            while (m.find()) {
                if (isClaimed(m.start(), m.end()) || requirement(m.start())) {
                    continue;
                }
                claim(m.start(), m.end());
                boolean held = standInHeld(Words.split(m.group().substring(Words.lower(m.group()).indexOf("обязанност"))));
                if (!held) {
                    flag(m.start(), m.end(), ClaimKind.TITLE, reason("The profile holds no acting post: %s.",
                            "В профиле нет исполнения обязанностей: «%s».", m.group()));
                }
            }
        }

        /**
         * Whether the profile stood in for this post: one of its posts marked «и. о.» holds the post's words, or one of
         * its entries writes them with "acting", "interim" or «исполняющий» (not another post's stand-in).
         */
        private boolean standInHeld(List<Words.Word> claimed) {
            Set<String> post = new HashSet<>();
            for (Words.Word w : claimed.subList(Math.min(1, claimed.size()), claimed.size())) {
                if (w.raw().length() >= 3) {
                    post.add(w.key()); // the words after «обязанности»
                }
            }
            for (Set<String> acting : profile.actingPosts) {
                if (acting.containsAll(post)) {
                    return true;
                }
            }
            for (TreeSet<String> unit : profile.units) {
                if ((unit.contains("acting") || unit.contains("interim") || unit.contains(STAND_IN_KEY))
                        && unit.containsAll(post)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Acted as labour ward coordinator", "deputised as CT superintendent": standing in for a post is a post, which
         * the profile must hold or write (one of its entries with every word: "Deputy SIO on 11 homicide
         * investigations"). After "acted", "served" or "stood in as" only a post is read: a role word, a post of the
         * profile's, or capitalised words ("Watch Supervisor"), not "acted as a bridge".
         */
        void actingEn() {
            if (!text.contains(" as ")) {
                return; // the anchor every match holds: a whole-text pass only when it is there
            }
            Matcher m = ACTING_EN.matcher(text);
            while (m.find()) {
                int start = m.start(2);
                int end = m.end(2);
                List<Words.Word> post = Words.split(m.group(2));
                if (post.isEmpty()) {
                    continue;
                }
                Words.Word head = post.getLast();
                boolean deputised = Words.lower(m.group(1)).startsWith("deput");
                if (isClaimed(start, end) || requirement(m.start()) || !deputised
                        && Titles.concept(head.raw()) == null && !profile.roleKeys.contains(head.key())
                        && !Character.isUpperCase(head.raw().charAt(0))) {
                    continue;
                }
                claim(start, end);
                boolean held = profile.oneUnitHolds(post) || profile.titles.stream().anyMatch(t -> !t.target()
                        && post.stream().allMatch(w -> t.keys().contains(w.key())));
                if (!held) {
                    flag(start, end, ClaimKind.TITLE, reason("The profile holds no position as %s.",
                            "В профиле нет должности «%s».", m.group(2)));
                }
            }
        }

        private boolean sentenceStart(int offset) {
            return sentenceAt(offset).start() == offset;
        }

        private boolean othersRu(int i) {
            // «с руководителем», «для менеджеров»: another person, not the candidate
            if (i == 0) {
                return false;
            }
            String self = Words.lower(words.get(i).raw());
            if (self.length() > 6 && (self.endsWith("у") || self.endsWith("ю"))) {
                return true; // dative: «подчинялась руководителю»
            }
            String prev = Words.lower(words.get(i - 1).raw());
            if (i >= 2 && adjective(prev)) {
                prev = Words.lower(words.get(i - 2).raw());
            }
            return prev.equals("с") || prev.equals("со") || prev.equals("для") || prev.startsWith("ваш")
                    || prev.startsWith("наш") || prev.equals("перед") || prev.equals("к");
        }

        private boolean trigger(int i, String concept) {
            String l = Words.lower(words.get(i).raw());
            if (Words.isCyrillic(l)) {
                if (l.startsWith("сестр")) {
                    return i > 0 && adjective(Words.lower(words.get(i - 1).raw()));
                }
                if ("LEAD".equals(concept)) {
                    return l.startsWith("лид");
                }
                if ("TEAMLEAD".equals(concept)) {
                    return true;
                }
                return !Titles.seniority(concept) || "HEAD".equals(concept) || "DEPUTY".equals(concept)
                        || "DIRECTOR".equals(concept);
            }
            if (i + 1 < words.size() && text.substring(words.get(i).end(), words.get(i + 1).start()).equals(" ")
                    && Words.lower(words.get(i + 1).raw()).length() > 3 && Titles.plural(words.get(i + 1).raw())) {
                return false; // "trainee signallers", "apprentice electricians": the word says what kind of people
            }
            if (l.equals("head")) {
                return i + 1 < words.size() && Words.lower(words.get(i + 1).raw()).equals("of");
            }
            if (l.equals("lead")) {
                // "team lead", and a capitalised "Clinical Lead", "Practice Lead": a post
                return i > 0 && (Set.of("team", "tech", "technical").contains(Words.lower(words.get(i - 1).raw()))
                        || Character.isUpperCase(words.get(i).raw().charAt(0))
                        && Character.isUpperCase(words.get(i - 1).raw().charAt(0))
                        && text.substring(words.get(i - 1).end(), words.get(i).start()).equals(" "));
            }
            if (l.equals("partner")) {
                // "HR business partner"; "as a Partner at Irwin Mitchell" (a firm's partner, written as a post)
                String prev = i > 0 ? Words.lower(words.get(i - 1).raw()) : "";
                return prev.equals("business") || Character.isUpperCase(words.get(i).raw().charAt(0))
                        && Set.of("a", "as", "an", "senior", "managing", "equity", "salaried").contains(prev);
            }
            if (AMBIGUOUS_ROLES.contains(l)) {
                // "I ran a pilot with three stores", "I vet every supplier", "the code editor": a post only when
                // written as one ("as a pilot", "Pilot" inside a sentence)
                return afterAs(i) || Character.isUpperCase(words.get(i).raw().charAt(0))
                        && !sentenceStart(words.get(i).start());
            }
            if (l.equals("owner")) {
                return i > 0 && Words.lower(words.get(i - 1).raw()).equals("product");
            }
            if (l.equals("executive")) {
                return i > 0 && Titles.concept(words.get(i - 1).raw()) == null
                        && !MODIFIER_STOP.contains(Words.lower(words.get(i - 1).raw()));
            }
            if (l.equals("expert") || l.equals("specialist") || l.equals("controller") || l.equals("rep")) {
                return i > 0 && Character.isUpperCase(words.get(i).raw().charAt(0));
            }
            return Titles.role(concept);
        }

        /** Whether the word follows "as", "as a" or "as an" ("worked as a pilot"). */
        private boolean afterAs(int i) {
            String prev = i > 0 ? Words.lower(words.get(i - 1).raw()) : "";
            String before = i > 1 ? Words.lower(words.get(i - 2).raw()) : "";
            return prev.equals("as") || (prev.equals("a") || prev.equals("an")) && before.equals("as");
        }

        private boolean adjective(String l) {
            return l.length() > 3 && (l.endsWith("ий") || l.endsWith("ый") || l.endsWith("ой") || l.endsWith("ая")
                    || l.endsWith("яя") || l.endsWith("ого") || l.endsWith("его") || l.endsWith("ому")
                    || l.endsWith("ему") || l.endsWith("ым") || l.endsWith("им") || l.endsWith("ую")
                    || l.endsWith("ей") && !l.endsWith("телей"));
        }

        /**
         * Whether a held post is a deputy's or an assistant's and the claimed one is not: an Assistant Farm Manager was
         * no Farm Manager, a Deputy Company Secretary no Company Secretary.
         */
        private static boolean standsIn(Set<String> held, Set<String> claimed) {
            for (String second : List.of("DEPUTY", "ASSISTANT")) {
                if (held.contains(second) && !claimed.contains(second)) {
                    return true;
                }
            }
            return false;
        }

        private boolean titleSupported(String role, Set<String> concepts, Set<String> domain, Sentences.Span sentence,
                                       int start, int end) {
            // "AWS SysOps Administrator" names a certificate the profile lists, not a job
            List<Words.Word> written = Words.split(text.substring(start, end));
            if (!domain.isEmpty() && written.stream().allMatch(w -> profile.certificateKeys.contains(w.key()))) {
                return true;
            }
            // "shifts as a nurse" is a post the profile holds as a registration ("Registered Nurse (Adult)")
            if (domain.isEmpty() && concepts.size() == 1 && written.size() == 1
                    && profile.registeredRoles.contains(written.getFirst().key())) {
                return true;
            }
            // «инструктором первой помощи» is the post a certificate names when its words follow the role as there
            if (domain.isEmpty() && written.size() == 1 && profile.certificateRoles.containsKey(written.getFirst().key())) {
                Set<String> after = new HashSet<>();
                for (Words.Word w : Words.split(text.substring(end, Math.min(sentence.end(), end + 60)))) {
                    after.add(w.key());
                }
                if (profile.certificateRoles.get(written.getFirst().key()).stream().anyMatch(after::containsAll)) {
                    return true;
                }
            }
            boolean targetAllowed = profile.hasTarget && !mentionsPastEmployer(sentence);
            // a post written in capitals ("Ramp Manager") is a post's name: its words are one title's, not words of
            // the profile from anywhere
            boolean formal = written.size() >= 2 && !Words.isCyrillic(written.getFirst().raw())
                    && written.stream().allMatch(w -> Character.isUpperCase(w.raw().charAt(0)))
                    // "Ship Security Officer" as a line of the profile writes it: a duty held, read as before
                    && !profile.mentions(text.substring(start, end));
            // a post placed at an employer of the profile's ("Farm Manager at the Harper Adams Future Farm") must be
            // one held there, not one held elsewhere
            Set<String> at = placedAt(end);
            if (at.isEmpty()) {
                at = placedByLine(start, end);
            }
            List<Profile.Title> held = profile.titles;
            if (!at.isEmpty()) {
                held = new ArrayList<>();
                for (String employer : at) {
                    held.addAll(profile.jobTitles.getOrDefault(employer, List.of()));
                }
            }
            // a post written out in one title of a deputy or an assistant, and in none without that, is that post's
            // second: "he was Farm Manager" against "Assistant Farm Manager" (and a Poultry Unit Manager elsewhere)
            boolean second = false;
            boolean first = false;
            for (Profile.Title t : held) {
                if (!t.target() && t.concepts().containsAll(concepts) && t.keys().containsAll(domain)) {
                    if (standsIn(t.concepts(), concepts)) {
                        second = true;
                    } else {
                        first = true;
                    }
                }
            }
            if (second && !first) {
                return false;
            }
            for (Profile.Title t : held) {
                if (t.target() && !targetAllowed) {
                    continue;
                }
                if (!t.concepts().containsAll(concepts) || standsIn(t.concepts(), concepts)) {
                    continue;
                }
                boolean ok = true;
                for (String d : domain) {
                    if (!t.keys().contains(d) && (formal || !profile.knows(d) && !(t.target() && profile.targetKnows(d))
                            && !profile.sharesStem(d))) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return true;
                }
            }
            return false;
        }


        /**
         * The profile's employers a post is placed at by the words right after it: "Farm Manager at the Harper Adams
         * Future Farm", «маркшейдером в «Кузбассразрезугле»», "Store Manager, Boots (2019–2022)".
         */
        private Set<String> placedAt(int end) {
            Matcher m = PLACED_AT.matcher(text).region(end, Math.min(text.length(), end + 80));
            if (!m.lookingAt()) {
                return Set.of();
            }
            int to = m.end();
            while (to < text.length() && to - m.end() < 60 && text.charAt(to) != ',' && text.charAt(to) != '('
                    && !clauseBreak(text.charAt(to))) {
                to++;
            }
            return employersNamedIn(text.substring(m.end(), to));
        }

        /**
         * The profile's employer a post is placed at by its own line when the name does not follow it at once: a line
         * that opens with the post and, after the post's own words and a comma, holds the employer's name and nothing
         * else, as a CV writes it («Заведующая отделом охранных раскопок, Институт археологии РАН (с 2019 года)»,
         * "Head of Collections and Access, Harrowgate Museum (2019-present)").
         */
        private Set<String> placedByLine(int start, int end) {
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            if (!text.substring(lineStart, start).isBlank()) {
                return Set.of();
            }
            int comma = end;
            while (comma < text.length() && comma - end < 60 && text.charAt(comma) != ','
                    && !clauseBreak(text.charAt(comma)) && text.charAt(comma) != '(') {
                comma++;
            }
            if (comma >= text.length() || text.charAt(comma) != ',') {
                return Set.of();
            }
            int to = comma + 1;
            while (to < text.length() && to - comma < 60 && text.charAt(to) != ',' && text.charAt(to) != '('
                    && !clauseBreak(text.charAt(to))) {
                to++;
            }
            String segment = text.substring(comma + 1, to);
            Set<String> named = employersNamedIn(segment);
            if (named.size() != 1) {
                return Set.of();
            }
            // the part after the comma is the name and nothing else, as a line of a CV writes it
            Profile.Job job = profile.jobs.stream().filter(j -> named.contains(j.name())).findFirst().orElseThrow();
            return Words.split(segment).stream().allMatch(w -> job.nameKeys().contains(w.key())
                    || w.key().equals(Words.key(job.name().strip()))) ? named : Set.of();
        }

        // ---- leading a unit -------------------------------------------------------------------------------------

        void leading() {
            Matcher place = LEADING_THE_PLACE.matcher(text);
            while (place.find()) {
                if (!isClaimed(place.start(), place.end()) && !requirement(place.start())
                        && profile.titles.stream().noneMatch(t -> !t.target()
                        && t.concepts().stream().anyMatch(PLACE_HEADS::contains))) {
                    claim(place.start(), place.end());
                    flag(place.start(), place.end(), ClaimKind.TITLE, reason("The profile shows no post heading a place.",
                            "В профиле нет руководящей должности: %s.", place.group()));
                }
            }
            Matcher m = LEADING.matcher(text);
            while (m.find()) {
                if (NEGATED_VERB.matcher(before(m.start(), 12)).find()) {
                    continue; // «В нынешней роли я не руковожу командой», "I have not led a department"
                }
                String unit = Words.key(m.group(1));
                String verb = Words.lower(m.group().split("\\s+")[0]);
                if (verb.endsWith("ing") && GERUND_AFTER_PREPOSITION.matcher(before(m.start(), 12)).find()) {
                    continue; // "the closest I have come to managing a team": a gerund a preposition governs is no deed
                }
                List<String> verbs = verb.startsWith("завед") ? List.of("заведующий", "заведую", "заведовал")
                        : verb.startsWith("руков") ? List.of("руководил", "руководство", "руковожу", "руководитель")
                        : verb.startsWith("возглав") ? List.of("возглавлял", "возглавляю")
                        : verb.contains("manag") ? List.of("managed", "manage", "managing", "manager")
                        : List.of("led", "headed", "head", "lead");
                // the unit's word alone («отдел» of «инженер сметного отдела») is no leading role: the profile must
                // lead something itself, or hold a head's post
                boolean supported = profile.knows(unit) && verbs.stream().anyMatch(v -> profile.keys.contains(Words.key(v)))
                        || profile.titles.stream().anyMatch(t -> !t.target() && (t.concepts().contains("HEAD")
                        || t.concepts().contains("CHIEF")
                        || t.concepts().contains("DIRECTOR") || t.concepts().contains("CXO")
                        || TEAM_UNITS.contains(unit) && (t.concepts().stream().anyMatch(TEAM_LEADERS::contains)
                        || t.keys().stream().anyMatch(k -> k.startsWith("управля")))));
                if (!supported && !requirement(m.start())) {
                    claim(m.start(), m.end());
                    flag(m.start(), m.end(), ClaimKind.TITLE,
                            reason("The profile shows no role leading a %s.", "В профиле нет руководящей роли: %s.", m.group(1)));
                }
            }
        }

        /**
         * A post one was promoted to («дослужился до мастера участка», «назначен начальником смены», "promoted to
         * foreman") is a post held, whether or not a table knows its noun: the noun must be in one of the profile's
         * own posts.
         */
        void promotions() {
            Matcher m = PROMOTED_TO.matcher(text);
            while (m.find()) {
                int i = wordIndexFrom(m.end());
                while (i >= 0 && i < words.size() && POST_WORD.matcher(Words.lower(words.get(i).raw())).matches()) {
                    i++; // «до должности старшего мастера», "to the post of": the post comes after
                }
                while (i >= 0 && i < words.size() && adjective(Words.lower(words.get(i).raw()))) {
                    i++; // «до старшего мастера»: the grade is the titles pass's to read
                }
                if (i < 0 || i >= words.size() || words.get(i).start() - m.end() > 40) {
                    continue;
                }
                Words.Word post = words.get(i);
                if (post.raw().length() < 4 || Character.isUpperCase(post.raw().charAt(0)) && !Words.isCyrillic(post.raw())
                        || isClaimed(post.start(), post.end()) || flagged(post.start(), post.end())
                        || requirement(post.start())) {
                    continue;
                }
                boolean held = profile.titles.stream().anyMatch(t -> !t.target() && t.keys().contains(post.key()));
                if (!held) {
                    claim(post.start(), post.end());
                    flag(post.start(), post.end(), ClaimKind.TITLE, reason("The profile holds no position as %s.",
                            "В профиле нет должности «%s».", post.raw()));
                }
            }
        }

        /**
         * A post stated with «я» before a noun and the unit it serves («Кроме того, я мастер участка»): the noun must be
         * in one of the profile's own posts, whether or not a table knows it.
         */
        void statedPosts() {
            Matcher m = I_AM_POST.matcher(lower());
            while (m.find()) {
                int i = wordIndexFrom(m.start(1));
                Words.Word post = words.get(i);
                if (isClaimed(post.start(), post.end()) || flagged(post.start(), post.end()) || requirement(m.start())
                        || adjective(Words.lower(post.raw()))) {
                    continue;
                }
                boolean held = profile.titles.stream().anyMatch(t -> !t.target() && t.keys().contains(post.key()));
                if (!held) {
                    claim(post.start(), m.end());
                    flag(post.start(), m.end(), ClaimKind.TITLE, reason("The profile holds no position as %s.",
                            "В профиле нет должности «%s».", text.substring(post.start(), m.end())));
                }
            }
        }

        /**
         * A post named by a verb of working («фактически работаю мастером по добыче»): a noun no table of roles knows
         * must be in one of the profile's own posts, as itself or as the end of a longer one («сурдопереводчиком» for
         * «переводчик»); the nouns the tables know are the titles pass's.
         */
        void workedAs() {
            String lower = lower();
            if (!lower.contains("работа") && !lower.contains("труд") && !lower.contains("служ")) {
                return; // the pattern opens with a lookbehind tried at every character: run it only where it can match
            }
            Matcher m = WORKING_AS.matcher(lower);
            while (m.find()) {
                int i = wordIndexFrom(m.start(1));
                Words.Word post = words.get(i);
                if (Titles.concept(post.raw()) != null || isClaimed(post.start(), post.end())
                        || flagged(post.start(), post.end()) || requirement(m.start())
                        || NEGATED_VERB.matcher(before(m.start(), 12)).find()) {
                    continue;
                }
                String key = post.key();
                boolean held = profile.titles.stream().anyMatch(t -> !t.target() && t.keys().stream().anyMatch(k ->
                        k.equals(key) || k.length() >= 5 && key.endsWith(k)));
                if (!held) {
                    claim(post.start(), post.end());
                    flag(post.start(), post.end(), ClaimKind.TITLE, reason("The profile holds no position as %s.",
                            "В профиле нет должности «%s».", post.raw()));
                }
            }
        }

        /**
         * An organisation named by a place's adjective and its kind's abbreviation («на Ленинградской АЭС» against the
         * profile's Калининская АЭС): the place must be one the profile or the vacancy writes; the kind alone says
         * nothing of which.
         */
        void placedOrganisations() {
            Matcher m = PLACE_AND_KIND.matcher(text);
            while (m.find()) {
                int start = m.start(1);
                if (sentenceStart(start) || start > 0 && text.charAt(start - 1) == '\n' || isClaimed(start, m.end())
                        || flagged(start, m.end()) || requirement(start)) {
                    continue;
                }
                String place = Words.key(m.group(1));
                if (!profile.knownWord(place)) {
                    claim(start, m.end());
                    flag(start, m.end(), ClaimKind.EMPLOYER, reason("The profile names no organisation called %s.",
                            "В профиле нет организации «%s».", m.group()));
                }
            }
        }

        /** The index of the first word at or after an offset, or -1. */
        private int wordIndexFrom(int offset) {
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() >= offset) {
                    return i;
                }
            }
            return -1;
        }

        // ---- degrees ------------------------------------------------------------------------------------------

        void degrees() {
            for (Degrees.Mention d : Degrees.find(text)) {
                if (isClaimed(d.start(), d.end())) {
                    continue;
                }
                claim(d.start(), d.end());
                String branch = d.level() == Degrees.Level.BACHELOR || d.level() == Degrees.Level.MASTER
                        ? Degrees.branch(text.substring(d.start(), Math.min(text.length(), d.end() + 24))) : null;
                if ((!Degrees.supported(d.level(), profile.degrees) || !profile.holdsBranch(d.level(), branch))
                        && !requirement(d.start())) {
                    flag(d.start(), d.end(), ClaimKind.DEGREE,
                            reason("The profile's education holds no %s.", "В образовании профиля нет «%s».", text.substring(d.start(), d.end())));
                }
            }
            // a degree's class ("with distinction", "first-class honours", «с красным дипломом») is the profile's
            // only where it gives that class
            for (Degrees.Awarded h : Degrees.honours(text)) {
                if (!isClaimed(h.start(), h.end()) && !profile.honours.contains(h.honour()) && !requirement(h.start())) {
                    claim(h.start(), h.end());
                    flag(h.start(), h.end(), ClaimKind.DEGREE, reason("The profile's education gives no honours %s.",
                            "В образовании профиля нет отличия «%s».", text.substring(h.start(), h.end())));
                }
            }
        }

        /**
         * The school a degree is said to be from must be one the profile's education names, with all its words:
         * "a BS in Hospitality Leadership from Northwestern University" is not supported by a degree from DePaul
         * University and a job at Northwestern, nor «окончил Воронежский медицинский университет» by a medical
         * college in Voronezh.
         */
        void schools() {
            for (Alternation p : List.of(EN_SCHOOL, RU_SCHOOL)) {
                Alternation.Scan m = p.scan(text);
                while (m.find()) {
                    int start = m.start(1);
                    int end = m.end(1);
                    String name = m.group(1);
                    while (name.endsWith(" of") || name.endsWith(" and") || name.endsWith(" the") || name.endsWith(" de")) {
                        int cut = name.length() - name.lastIndexOf(' ');
                        name = name.substring(0, name.length() - cut);
                        end -= cut;
                    }
                    if (isClaimed(start, end) || requirement(start) || PLACE.matcher(name).matches()) {
                        continue;
                    }
                    // the school's own name (its capitalised words) must be one school of the profile's; its kind
                    // (university or college) must not be the other kind
                    List<Words.Word> named = new ArrayList<>();
                    boolean acronymsHeld = true;
                    String kind = null;
                    for (Words.Word w : Words.split(name)) {
                        String l = Words.lower(w.raw());
                        if (SCHOOL_KIND.matcher(l).lookingAt()) {
                            kind = l.startsWith("univ") || l.startsWith("унив") ? "u" : "c";
                            continue;
                        }
                        if (ENTITY_STOP.contains(l) || l.length() < 2 || !Words.isUpper(w.raw())) {
                            continue;
                        }
                        if (Profile.acronymLike(w.raw())) {
                            acronymsHeld &= profile.knows(w.key()) || profile.acronymOf(w.raw()) || profile.spelledOut(w.raw());
                        } else {
                            named.add(w);
                        }
                    }
                    if (named.isEmpty()) {
                        continue;
                    }
                    claim(start, end);
                    boolean held = profile.oneSchoolHolds(named);
                    if (held && kind != null) {
                        List<Words.Word> withKind = new ArrayList<>(named);
                        withKind.addAll(Words.split(kind.equals("u") ? "университет" : "колледж"));
                        List<Words.Word> withKindEn = new ArrayList<>(named);
                        withKindEn.addAll(Words.split(kind.equals("u") ? "university" : "college"));
                        List<Words.Word> otherRu = new ArrayList<>(named);
                        otherRu.addAll(Words.split(kind.equals("u") ? "колледж" : "университет"));
                        List<Words.Word> otherEn = new ArrayList<>(named);
                        otherEn.addAll(Words.split(kind.equals("u") ? "college" : "university"));
                        held = profile.oneSchoolHolds(withKind) || profile.oneSchoolHolds(withKindEn)
                                || !profile.oneSchoolHolds(otherRu) && !profile.oneSchoolHolds(otherEn);
                    }
                    // "an MEng … from Strathclyde": the school's own entry must be of the degree's level
                    // "a BEng and then an MSc from Aberdeen": the degree after "then" is the one from the school
                    String degreesBefore = text.substring(m.start(), start);
                    Matcher then = THEN.matcher(degreesBefore);
                    int after = 0;
                    while (then.find()) {
                        after = then.end();
                    }
                    Set<Degrees.Level> claimed = Degrees.levels(degreesBefore.substring(after));
                    if (held && !claimed.isEmpty() && !profile.oneSchoolHoldsAt(named, claimed)
                            && profile.oneSchoolHoldsAt(named, Set.of())) {
                        start = m.start();
                        name = text.substring(start, end);
                        held = false;
                    }
                    if (!acronymsHeld || !held) {
                        flag(start, end, ClaimKind.DEGREE, reason("The profile's education names no %s.",
                                "В образовании профиля нет «%s».", name));
                    }
                }
            }
        }

        // ---- certificates -------------------------------------------------------------------------------------

        void certificates() {
            List<int[]> found = new ArrayList<>();
            Alternation.Scan cue = CERT_CUE.scan(text);
            while (cue.find()) {
                if (GRADE.matcher(cue.group()).find()) {
                    found.add(new int[] {cue.start(), cue.end()}); // «5 разряда», «первого класса»: the grade alone
                    continue;
                }
                int[] span = extent(cue.start(), cue.end(), Words.isCyrillic(cue.group()));
                if (span[0] == cue.start() && HEAD_CUE.matcher(cue.group()).matches()) {
                    span[0] = nameBefore(cue.start());
                }
                found.add(span);
            }
            Alternation.Scan known = KNOWN_CERTS.scan(text);
            while (known.find()) {
                found.add(extent(known.start(), known.end(), false));
            }
            found.sort((a, b) -> Integer.compare(a[0], b[0]));
            int lastEnd = -1;
            for (int[] span : found) {
                if (span[0] < lastEnd) {
                    continue;
                }
                lastEnd = span[1];
                Matcher year = BRACKETED_YEAR.matcher(text).region(span[0], span[1]);
                if (year.find()) {
                    span[1] = year.start(); // "Green Belt (2014)": the year is the dates pass's to read
                }
                List<Words.Word> significant = new ArrayList<>();
                for (Words.Word w : Words.split(text.substring(span[0], span[1]))) {
                    String l = Words.lower(w.raw());
                    if (!CERT_WORDS.contains(l) && !l.startsWith("сертифи") && !l.startsWith("аттестат")
                            && !l.startsWith("диплом") && !l.startsWith("certif") && !l.startsWith("удостоверени")
                            && !l.startsWith("аттестов") && !l.startsWith("член")) {
                        significant.add(w);
                    }
                }
                if (significant.isEmpty() || requirement(span[0])) {
                    continue;
                }
                claim(span[0], span[1]);
                // a credential is one entry of the profile, not words from here and there: "WSET Level 3 Award" does
                // not make "WSET Level 4 Diploma", nor an Associate of an association a Fellow of it
                List<Words.Word> named = new ArrayList<>();
                for (Words.Word w : significant) {
                    // an issuer's initials the profile spells out need only be the profile's somewhere; initials it
                    // only writes as such are a word of the entry's name ("CPTC Practitioner" is not "CPTC Foundation"
                    // beside "AWS Cloud Practitioner")
                    if (!Profile.acronymLike(w.raw()) || profile.knows(w.key()) && !initialsWritten(w.raw())) {
                        named.add(w);
                    }
                }
                if (!named.isEmpty() && named.stream().allMatch(w -> w.raw().chars().allMatch(Character::isDigit))) {
                    // "WSET Level 3 Award": a figure alone names no entry; it must be the figure of the entry its
                    // abbreviation names, not of any line («Разработал 3 сезонных меню»)
                    // (an abbreviation the profile writes only spelled out, "Level 3 DSL", leaves the figure alone)
                    List<Words.Word> withNames = new ArrayList<>(named);
                    for (Words.Word w : significant) {
                        if (Profile.acronymLike(w.raw()) && profile.knows(w.key())) {
                            withNames.add(w);
                        }
                    }
                    named = withNames;
                }
                boolean supported = significant.stream().allMatch(w -> profile.knows(w.key())
                        // «второго уровня» for "Level 2": a grade noun the profile grades with is its own
                        || Grades.noun(w.raw()) != null && !profile.gradesOf(Grades.noun(w.raw())).isEmpty()
                        || Profile.acronymLike(w.raw()) && profile.acronymOf(w.raw())
                        // «оператором шестого разряда» for «6 разряда»: an ordinal is its figure
                        || Profile.ordinal(w.raw()) != null && profile.knows(Profile.ordinal(w.raw())))
                        && (named.isEmpty() || profile.oneUnitHolds(named));
                supported &= holderHeld(span);
                if (!supported) {
                    int start = span[0] + significant.getFirst().start();
                    int end = span[0] + significant.getLast().end();
                    flag(Math.min(start, span[0]), Math.max(end, span[1]), ClaimKind.CERTIFICATE,
                            reason("The profile lists no certificate %s.", "В профиле нет сертификата «%s».", text.substring(span[0], span[1]).strip()));
                }
            }
        }

        /**
         * Whether the trade a document names by its holder («удостоверение спасателя», «свидетельство судоводителя»)
         * is one the profile holds as a credential, a course or a post. The same noun in a job's or employer's words
         * («Пожарно-спасательная часть», «работа по сигналам стропальщика») is a place or a colleague, not the
         * candidate's document.
         */
        private boolean holderHeld(int[] span) {
            Matcher m = DOCUMENT_HOLDER.matcher(text).region(span[0], span[1]);
            if (!m.find()) {
                return true;
            }
            List<Words.Word> holder = Words.split(m.group(1));
            String key = holder.getFirst().key();
            return profile.oneSchoolHolds(holder)
                    || profile.titles.stream().anyMatch(t -> !t.target() && t.keys().stream().anyMatch(k ->
                            k.equals(key) || k.length() >= 5 && key.startsWith(k) || key.length() >= 5 && k.startsWith(key)));
        }

        /**
         * Whether an abbreviation is the initials of words one of the profile's names writes out, itself aside:
         * IFoA in "Institute and Faculty of Actuaries", but not CPTC in "CPTC Foundation certificate".
         */
        private boolean initialsWritten(String acronym) {
            String joined = Profile.withoutJoiners(acronym);
            for (String name : profile.names) {
                String rest = name.replace(acronym, " ");
                if (profile.initialsOfName(acronym, rest) || joined != null && profile.initialsOfName(joined, rest)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the words naming a certificate begin, read leftwards from its head noun over up to four words and
         * stopping at a determiner or a verb of holding: "the [V300 non-medical prescribing] qualification".
         */
        private int nameBefore(int cue) {
            Sentences.Span s = sentenceAt(cue);
            List<Words.Word> before = Words.split(text.substring(s.start(), cue));
            int from = cue;
            for (int i = before.size() - 1, taken = 0; i >= 0 && taken < 4; i--, taken++) {
                Words.Word w = before.get(i);
                String between = text.substring(s.start() + w.end(), from);
                if (NAME_OPENERS.contains(Words.lower(w.raw()))
                        || !between.isBlank() && !between.equals("-") && !BRACKETS_ONLY.matcher(between).matches()) {
                    break;
                }
                from = s.start() + w.start();
            }
            return from;
        }

        /** A certificate's name around a cue: the capitalised words, acronyms and numbers next to it. */
        private int[] extent(int start, int end, boolean russian) {
            Sentences.Span s = sentenceAt(start);
            int from = start;
            // leftwards over capitalised words: "AWS Certified", "Challenger Sales certification"
            while (true) {
                int k = from - 1;
                while (k >= s.start() && (text.charAt(k) == ' ' || text.charAt(k) == '-' || text.charAt(k) == ':')) {
                    k--;
                }
                if (k < s.start() || k == from - 1 && from != start) {
                    break;
                }
                int wEnd = k + 1;
                while (k >= s.start() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '+')) {
                    k--;
                }
                String w = text.substring(k + 1, wEnd);
                if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))
                        || k + 1 == s.start() && !Words.allCaps(w) && Titles.concept(w) == null && !nameLike(w)
                        || from - wEnd > 2) {
                    break;
                }
                from = k + 1;
            }
            int to = end;
            int taken = 0;
            while (to < s.end() && taken < 7) {
                int k = to;
                while (k < s.end() && (text.charAt(k) == ' ' || text.charAt(k) == '-' || text.charAt(k) == ':'
                        || text.charAt(k) == '(' || text.charAt(k) == '«')) {
                    k++;
                }
                int wStart = k;
                while (k < s.end() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '+'
                        || text.charAt(k) == '.' && k + 1 < text.length() && Character.isLetterOrDigit(text.charAt(k + 1)))) {
                    k++;
                }
                String w = text.substring(wStart, k);
                if (w.isEmpty() || wStart - to > 2) {
                    break;
                }
                String l = Words.lower(w);
                boolean name = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                        || russian && Words.isCyrillic(l) && !l.equals("и") && !l.equals("с") && !l.equals("в")
                        && !l.equals("на") && !l.equals("от") && !l.equals("для") && !l.equals("как") && !l.equals("что")
                        && !OWNER.contains(l) // «Свидетельство мастера … у меня есть»: the holder, not the name
                        && !(PAST_VERB.matcher(l).matches() && !profile.knows(Words.key(w)))
                        || !russian && (l.equals("in") || l.equals("of")) && taken == 0;
                if (!name) {
                    break;
                }
                to = k;
                if (k < s.end() && text.charAt(k) == ')') {
                    to = k + 1;
                }
                if (k < s.end() && text.charAt(k) == '»') {
                    to = k + 1;
                }
                taken++;
            }
            return new int[] {from, to};
        }

        private boolean nameLike(String w) {
            return w.chars().skip(1).anyMatch(Character::isUpperCase);
        }

        // ---- employers ----------------------------------------------------------------------------------------

        /**
         * A name an employer cue ({@code cue}: "at", «в», "graduated from") or quotes ({@code cue} null: «…») put
         * forward, added to {@code candidates} unless it is a skill, a place or a short abbreviation after a weak cue.
         */
        private void nameAfterCue(MatchResult m, Alternation cue, List<int[]> candidates) {
            boolean strong = STRONG_CUE.matcher(m.group()).lookingAt() || cue == GRADUATED || cue == null
                    || cue == RU_EMPLOYER && m.group(1).startsWith("«");
            if (!strong && overlapsSkill(m.start(1), m.end(1)) && !postedAt(m.start(1), m.group(1))) {
                return;
            }
            if (cue == EN_EMPLOYER && !strong && !ORG_WORD.matcher(m.group(1)).find()
                    && !PLURAL_TRADE_NAME.matcher(m.group(1)).find()) {
                return;
            }
            if (PLACE.matcher(m.group(1)).lookingAt() || PLACE_BEFORE.matcher(before(m.start(1), 20)).find()
                    || PLACE_AFTER.matcher(text.substring(m.end(1), Math.min(text.length(), m.end(1) + 14))).lookingAt()) {
                return; // «готова к переезду в Воронежскую область»: a place
            }
            if (cue != null && m.group(1).length() <= 3 && Profile.acronymLike(m.group(1))) {
                return;
            }
            int start = m.start(1);
            int end = m.end(1);
            String name = m.group(1);
            while (name.endsWith(" of") || name.endsWith(" and") || name.endsWith(" de") || name.endsWith(".")
                    || name.endsWith(" I") || name.endsWith(" We") || name.endsWith(" You") || name.endsWith(" Я")
                    || name.endsWith(" My") || name.endsWith(" In") || name.endsWith(" At")
                    || name.endsWith("'") || name.endsWith(" &")) {
                int cut = name.endsWith(".") || name.endsWith("'") ? 1 : name.lastIndexOf(' ') >= 0
                        ? name.length() - name.lastIndexOf(' ') : 0;
                if (cut == 0) {
                    break;
                }
                name = name.substring(0, name.length() - cut);
                end -= cut;
            }
            candidates.add(new int[] {start, end});
        }

        void employers() {
            List<int[]> candidates = new ArrayList<>();
            for (MatchResult inst : foundNear(RU_INSTITUTION, text, lower(), INSTITUTION_KINDS, 160, 80)) {
                if (!sentenceStart(inst.start()) && !PLACE.matcher(inst.group()).lookingAt()) {
                    candidates.add(new int[] {inst.start(), inst.end()});
                }
            }
            // the cues are alternations tried only where one can begin
            for (Alternation cue : List.of(EN_EMPLOYER, RU_EMPLOYER, GRADUATED)) {
                Alternation.Scan scan = cue.scan(text);
                while (scan.find()) {
                    nameAfterCue(scan, cue, candidates);
                }
            }
            Matcher quoted = QUOTED.matcher(text);
            while (quoted.find()) {
                nameAfterCue(quoted, null, candidates);
            }
            Alternation.Scan known = KNOWN_EMPLOYERS.scan(text);
            while (known.find()) {
                if (!overlapsSkill(known.start(), known.end())
                        || STRONG_BEFORE.matcher(before(known.start(), 12)).find()) {
                    candidates.add(new int[] {known.start(), known.end()});
                }
            }
            if (text.indexOf('№') >= 0) {
                numberedInstitutions();
            }
            candidates.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] c : candidates) {
                if (isClaimed(c[0], c[1]) || c[1] <= c[0]) {
                    continue;
                }
                String name = text.substring(c[0], c[1]);
                String bare = name.replaceAll("^[«\"]|[»\"]$", "");
                if (namesASkill(bare) && !postedAt(c[0], bare)
                        || MONTHS.contains(Words.lower(bare.split("\\s+")[0]))) {
                    continue;
                }
                claim(c[0], c[1]);
                if (!entitySupported(bare) && !requirement(c[0]) && !namesake(c[1]) && !vacancysPlace(bare, c[0])) {
                    flag(c[0], c[1], ClaimKind.EMPLOYER, reason("The profile names no employer called %s.", "В профиле нет организации «%s».", bare));
                }
            }
        }

        /**
         * Whether a name is the vacancy's, written where the text speaks of the post or a wish: "Preparing Test pitches
         * at Old Trafford would be a privilege", "… to the anaesthetic team at St James's" where the advert names the
         * ground and the hospital. Every name word must be the vacancy's and none the profile's.
         */
        private boolean vacancysPlace(String name, int offset) {
            if (!profile.hasTarget || !aboutTheEmployer(offset)) {
                return false;
            }
            boolean any = false;
            for (Words.Word w : Words.split(name)) {
                if (ENTITY_STOP.contains(Words.lower(w.raw())) || w.raw().length() < 2) {
                    continue; // the "s" of "Guy's"
                }
                if (!profile.inVacancy(w.raw()) && !profile.vacancyHolds(w.key()) || profile.knows(w.key())) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        /**
         * Institutions named by kind and number («в лицее № 7»): one of the profile's names must have that number and
         * the kind's word (in any case form) or initials («ГКБ № 7» for «Городская клиническая больница № 7», «больница
         * № 40» for «ГКБ № 40»).
         */
        private void numberedInstitutions() {
            Matcher m = RU_NUMBERED.matcher(text);
            while (m.find()) {
                if (isClaimed(m.start(), m.end()) || requirement(m.start())) {
                    continue;
                }
                String kind = text.substring(m.start(), m.start(1)).replace("№", "").strip();
                String head = kind.split("\\s+")[0];
                String number = m.group(1);
                boolean held = false;
                for (String name : profile.names) {
                    if (!profile.targetCompany.isEmpty() && name.equals(profile.targetCompany)) {
                        continue; // the school applied to is not the candidate's
                    }
                    Matcher n = NUMBER_SIGN.matcher(name);
                    boolean numbered = false;
                    while (n.find()) {
                        numbered |= n.group(1).equals(number);
                    }
                    if (!numbered) {
                        continue;
                    }
                    held = Words.allCaps(head) ? profile.initialsOfEmployer(head, name) || name.contains(head)
                            : Words.split(name).stream().anyMatch(w -> w.key().equals(Words.key(head))
                            // «больница № 40» for «ГКБ № 40», «школа № 5» for «СОШ № 5»: the kind is one of the initials
                            || Words.allCaps(w.raw()) && w.raw().length() >= 2
                            && w.raw().indexOf(Character.toUpperCase(head.charAt(0))) > 0);
                    if (held) {
                        break;
                    }
                }
                claim(m.start(), m.end());
                if (!held) {
                    flag(m.start(), m.end(), ClaimKind.EMPLOYER, reason("The profile names no employer called %s.",
                            "В профиле нет организации «%s».", m.group()));
                }
            }
        }

        /**
         * Whether a one-word Cyrillic name the taxonomy also knows as a skill («Росреестр» under real estate law)
         * stands where a post or a verb of working places someone: «Специалист по приёму документов в Росреестре»,
         * «работала в Росреестре». There it is the employer, not the skill.
         */
        private boolean postedAt(int start, String bare) {
            if (bare.indexOf(' ') >= 0 || !Words.isCyrillic(bare) || !Character.isUpperCase(bare.charAt(0))) {
                return false;
            }
            int from = start;
            while (from > 0 && !clauseBreak(text.charAt(from - 1)) && text.charAt(from - 1) != ','
                    && text.charAt(from - 1) != '|') {
                from--;
            }
            String lead = text.substring(from, start);
            if (WORKED_IN.matcher(lead).find()) {
                return true;
            }
            for (Words.Word w : Words.split(lead)) {
                if (Titles.concept(w.raw()) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the comma part around an offset states that the candidate holds something ("I hold …", «имею …»),
         * outside any wish or talk of the employer: there a vacancy's abbreviation is claimed as the candidate's own
         * ("I hold a CSCS card and the SMSTS" where the advert asks for "SSSTS or SMSTS").
         */
        private boolean heldHere(int offset) {
            Sentences.Span s = sentenceAt(offset);
            String lead = text.substring(s.start(), offset);
            return HOLDING.matcher(lead).find() && !aboutTheEmployer(offset) && !toTheEmployer(offset);
        }

        private boolean overlapsSkill(int start, int end) {
            for (SkillMention m : skillMentions) {
                if (start < m.end() && end > m.start() && !m.skill().broad()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a name is followed by the person it is named after, and that person names one of the profile's
         * organisations: «в Центре имени Грабаря» for «ВХНРЦ им. академика И. Э. Грабаря», «в университете имени
         * Пирогова». An institution is known by its namesake as much as by its kind.
         */
        private boolean namesake(int end) {
            Matcher m = NAMESAKE.matcher(text).region(end, Math.min(text.length(), end + 60));
            if (!m.lookingAt()) {
                return false;
            }
            String key = Words.key(m.group(1));
            for (String name : profile.names) {
                for (Words.Word w : Words.split(name)) {
                    if (w.key().equals(key) && name.matches("(?s).*(?:им\\.|имени)\\s.*")) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean entitySupported(String name) {
            List<Words.Word> parts = Words.split(name);
            List<Words.Word> own = new ArrayList<>();
            boolean any = false;
            for (Words.Word w : parts) {
                String l = Words.lower(w.raw());
                if (ENTITY_STOP.contains(l)) {
                    continue;
                }
                any = true;
                boolean ok = profile.knowsNameWord(w.key()) || profile.targetKnows(w.key())
                        || Profile.acronymLike(w.raw()) && profile.acronymOf(w.raw())
                        || w.raw().chars().allMatch(Character::isDigit);
                if (!ok) {
                    return false;
                }
                if (!profile.targetKnows(w.key()) && !(Profile.acronymLike(w.raw()) && !profile.knows(w.key()))
                        && !w.raw().chars().allMatch(Character::isDigit)) {
                    own.add(w);
                }
            }
            // a name of two words or more that says what kind of body it is (University, «завод», АЭС) is one of the
            // profile's names, not words from here and there: "the University of Cambridge" against a postdoc at
            // Bristol and a home in Cambridge. Each of the names it joins ("Unilever's Port Sunlight", "X and Y")
            // stands alone, and a site after a firm's name ("Wagamama Cabot Circus") says no kind.
            if (own.size() < 2) {
                return true;
            }
            for (String segment : NAME_JOINS.split(name)) {
                List<Words.Word> words = new ArrayList<>();
                boolean kind = false;
                for (Words.Word w : own) {
                    if (segment.contains(w.raw())) {
                        words.add(w);
                    }
                }
                for (Words.Word w : Words.split(segment)) {
                    String l = Words.lower(w.raw());
                    kind |= ORG_WORD.matcher(w.raw()).matches() || ORG_KINDS.stream().anyMatch(l::startsWith)
                            || INSTITUTION_KINDS.stream().anyMatch(l::startsWith);
                }
                if (kind && words.size() >= 2 && !profile.oneUnitHolds(words)) {
                    return false;
                }
            }
            return true;
        }

        // ---- skills -------------------------------------------------------------------------------------------

        void findSkills() {
            skillMentions = taxonomy.findIn(text);
        }

        void skills() {
            for (SkillMention m : skillMentions) {
                Skill s = m.skill();
                if (s.broad() || "soft-skills".equals(s.category()) || isClaimed(m.start(), m.end())) {
                    continue;
                }
                if (profile.skills.contains(s) && !namedApart(m) || writtenInProfile(m.written()) || requirement(m.start())
                        // «ФПА» for the profile's «Федеральная палата адвокатов РФ»: the profile's name, whatever
                        // skill the taxonomy spells with the same letters
                        || Profile.acronymLike(m.written()) && m.written().length() >= 3 && profile.acronymOf(m.written())
                        && organisationHere(m.start(), m.end())
                        || !named(m) && (!TECHNICAL.contains(s.category()) || Words.split(m.written()).size() < 2)
                        || targetName(m.written()) || profile.vacancyNames(s) && toTheEmployer(m.start())) {
                    continue; // "the M&A support in your advert": the vacancy's skill, named as the employer's
                }
                flag(m.start(), m.end(), ClaimKind.SKILL, reason("The profile does not mention %s.", "В профиле не упоминается %s.", m.written()));
            }
        }

        /**
         * Skills the candidate states in a list after a cue ("skilled in sous-vide and molecular gastronomy",
         * "experienced in IV cannulation, wound care and PICC line insertion", «владею УЗИ-диагностикой»), whether
         * or not the taxonomy knows them: each item's words must be the profile's (a shared stem of five letters
         * will do: "educating" for "education"), or the item a skill the profile has.
         */
        void statedSkills() {
            for (int[] cue : skillCues()) {
                if (requirement(cue[0])
                        || OTHER_SUBJECT.matcher(text.substring(clauseStart(cue[0]), cue[0])).find()) {
                    continue; // "My manager was experienced in X" claims nothing for the candidate
                }
                int end = cue[1];
                while (end < text.length() && !clauseBreak(text.charAt(end)) && text.charAt(end) != '(') {
                    end++;
                }
                int at = cue[1];
                for (String item : LIST_SPLIT.split(text.substring(cue[1], end), -1)) {
                    int start = text.indexOf(item, at);
                    at = start + item.length();
                    String trimmed = item.strip();
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    int from = start + item.indexOf(trimmed);
                    int to = from + trimmed.length();
                    List<Words.Word> content = new ArrayList<>();
                    for (Words.Word w : Words.split(trimmed)) {
                        if (w.raw().length() >= 2 && !LIST_STOP.contains(Words.lower(w.raw()))) {
                            content.add(w);
                        }
                    }
                    if (content.isEmpty() || WHITESPACE.split(trimmed).length > 3) {
                        break; // a clause, not a list of skills: stop reading this one
                    }
                    if (from > cue[1] + 1 && notAThing(trimmed)) {
                        continue; // «владею фортепиано, читаю партитуры»: a verb opens a clause, not an item
                    }
                    if (isClaimed(from, to) || flagged(from, to) || LEVEL_ITEM.matcher(trimmed).lookingAt()
                            || content.stream().anyMatch(w -> LANGUAGE.matcher(w.raw()).lookingAt())) {
                        continue; // read already, or a language (the profile's languages are in its own words)
                    }
                    if (!knownItem(content, trimmed, -1)) {
                        flag(from, to, ClaimKind.SKILL, reason("The profile does not mention %s.", "В профиле не упоминается %s.", trimmed));
                    }
                }
            }
        }

        /**
         * Where {@link #SKILL_CUE} matches, as {start, end} in order and apart, the same as its {@code find()} loop over
         * the whole text: the pattern (case-insensitive, every position tried against its alternatives) runs only
         * near one of its words, found in a lower-cased copy. It was a twelfth of a Russian letter's check.
         */
        private List<int[]> skillCues() {
            // a cue is short: a window of its word's neighbourhood, or a miss would scan on to the text's end
            return foundNear(SKILL_CUE, text, lower(), SKILL_CUE_WORDS, 16, 80).stream()
                    .map(r -> new int[] {r.start(), r.end()}).toList();
        }

        /**
         * A list that names skills of the profile's ("OpenLab CDS, Chromeleon and Empower", «озимой пшеницей,
         * кукурузой, соей и сахарной свёклой», «почерковедческой, технико-криминалистической и фоноскопической
         * экспертизе») lists skills throughout: once one item is a skill the profile lists, every other short item
         * must be the profile's words too.
         */
        void enumerations() {
            for (Sentences.Span s : sentences) {
                int from = s.start();
                for (int k = s.start(); k <= s.end(); k++) {
                    if (k == s.end() || clauseBreak(text.charAt(k)) || text.charAt(k) == '(' || text.charAt(k) == ')') {
                        if (k > from) {
                            enumeration(from, k);
                        }
                        from = k + 1;
                    }
                }
            }
        }

        private void enumeration(int from, int to) {
            String clause = text.substring(from, to);
            if (clause.indexOf(',') < 0 || requirement(from)) {
                return;
            }
            String[] items = LIST_SPLIT.split(clause, -1);
            if (items.length < 3) {
                return;
            }
            List<int[]> spans = new ArrayList<>();
            int at = 0;
            boolean anchored = false;
            int knownItems = 0;
            boolean afterColon = from > 0 && text.charAt(from - 1) == ':';
            for (int n = 0; n < items.length; n++) {
                String item = items[n];
                int i = clause.indexOf(item, at);
                at = i + item.length();
                String trimmed = item.strip();
                if (trimmed.isEmpty() || n == 0 && !afterColon) {
                    continue; // the first item carries the clause's verb ("I use Excel"): left to the other passes
                }
                int start = from + i + item.indexOf(trimmed);
                List<Words.Word> ws = Words.split(trimmed);
                if (NOT_A_THING.matcher(trimmed).find() || ws.size() >= 2 && !Words.isCyrillic(trimmed)
                        && Character.isLowerCase(trimmed.charAt(0)) && ws.stream().skip(1).anyMatch(w -> Words.isUpper(w.raw()))) {
                    continue; // "use Makaton", "experienced with Cvent": an action on a name, not a listed thing
                }
                spans.add(new int[] {start, start + trimmed.length()});
                List<Words.Word> content = contentWords(trimmed);
                if (!content.isEmpty() && content.size() <= 3 && content.stream().allMatch(w -> profile.skillWordKeys.contains(w.key()))) {
                    anchored = true;
                }
                if (!content.isEmpty() && content.size() <= 2 && content.stream().allMatch(w -> profile.knows(w.key()))) {
                    knownItems++;
                }
            }
            if (!anchored && knownItems < 3) {
                return; // a list of the profile's things: one item from its skills, or three of its words
            }
            for (int[] sp : spans) {
                String item = text.substring(sp[0], sp[1]);
                List<Words.Word> content = contentWords(item);
                if (content.isEmpty() || WHITESPACE.split(item).length > 3 || isClaimed(sp[0], sp[1]) || flagged(sp[0], sp[1])
                        || content.stream().anyMatch(w -> LANGUAGE.matcher(w.raw()).lookingAt())) {
                    continue;
                }
                if (!knownItem(content, item, sp[0])) {
                    flag(sp[0], sp[1], ClaimKind.SKILL, reason("The profile does not mention %s.", "В профиле не упоминается %s.", item));
                }
            }
        }

        /** Whether an English "-ing" form is of a verb the profile writes: "running" for "Runs", "making" for "make". */
        private boolean verbOfTheProfile(Words.Word w) {
            for (String base : Words.ingBases(Words.lower(w.raw()))) {
                if (profile.knows(Words.key(base))) {
                    return true;
                }
            }
            return false;
        }

        private List<Words.Word> contentWords(String item) {
            List<Words.Word> content = new ArrayList<>();
            for (Words.Word w : Words.split(item)) {
                if (w.raw().length() >= 2 && !LIST_STOP.contains(Words.lower(w.raw()))
                        && !w.raw().chars().allMatch(Character::isDigit)) {
                    content.add(w);
                }
            }
            return content;
        }

        /**
         * Abbreviations the profile does not hold, whatever they name: a licence (WSET, BCCCP), a standard, a tool, a
         * body. A generated text's unexplained abbreviation is a claim no cue word announces, and nothing in the
         * candidate's own words supports it. Common ones (UK, HR, KPI, CEO) and the vacancy's, where the employer
         * states what they want, are left alone.
         */
        void acronyms() {
            for (Words.Word w : words) {
                String raw = w.raw();
                // capitals, or a mixed word with three or more (DipECVAA, MIStructE): not LinkedIn, YouTube, McDonald
                boolean abbreviation = Words.allCaps(raw) || raw.chars().filter(Character::isUpperCase).count() >= 3;
                if (!abbreviation || raw.length() < 3 || raw.chars().anyMatch(Character::isDigit)
                        || ROMAN.matcher(raw).matches()
                        || COMMON_ACRONYMS.contains(raw.toUpperCase(java.util.Locale.ROOT))
                        && !(Words.allCaps(raw) && MIXED_CASE_COMMON.contains(raw))
                        || isClaimed(w.start(), w.end()) || flagged(w.start(), w.end())
                        || profile.knows(w.key()) || profile.acronymOf(raw) || profile.spelledOut(raw)
                        || profile.targetKnows(w.key()) || requirement(w.start())
                        || profile.inVacancy(raw) && !heldHere(w.start())) {
                    continue;
                }
                flag(w.start(), w.end(), ClaimKind.SKILL,
                        reason("The profile does not mention %s.", "В профиле не упоминается %s.", raw));
            }
        }

        /**
         * Capitalised names of two words or more, in Latin letters, that neither the profile nor the vacancy holds:
         * a body, a firm or a programme named with no cue word ("Member of the Bristol Primary Heads' Council").
         */
        void names() {
            int i = 0;
            while (i < words.size()) {
                int j = i + 1;
                int last = i;
                while (j < words.size()) {
                    String gap = text.substring(words.get(j - 1).end(), words.get(j).start());
                    boolean of = Words.lower(words.get(j).raw()).equals("of") && j + 1 < words.size()
                            && capitalName(words.get(j + 1).raw());
                    if (!capitalName(words.get(last).raw()) || !NAME_GAP.matcher(gap).matches()
                            || !of && !capitalName(words.get(j).raw())) {
                        break;
                    }
                    if (!of) {
                        last = j;
                    }
                    j++;
                }
                if (last > i && capitalName(words.get(i).raw()) && !sentenceStart(words.get(i).start())) {
                    checkName(words.subList(i, last + 1));
                }
                i = Math.max(last + 1, i + 1);
            }
        }

        private void checkName(List<Words.Word> name) {
            int start = name.getFirst().start();
            int end = name.getLast().end();
            String written = text.substring(start, end);
            if (isClaimed(start, end) || flagged(start, end) || requirement(start) || PLACE.matcher(written).matches()
                    || skillMentions.stream().anyMatch(m -> start < m.end() && end > m.start())) {
                return;
            }
            StringBuilder initials = new StringBuilder();
            boolean known = true;
            for (Words.Word w : name) {
                String raw = w.raw();
                if (Words.lower(raw).equals("of")) {
                    continue;
                }
                initials.append(raw.charAt(0));
                if (!profile.knows(w.key()) && !profile.targetKnows(w.key()) && !profile.inVacancy(raw)
                        && !(Profile.acronymLike(raw) && profile.acronymOf(raw))) {
                    known = false;
                }
            }
            // "Amazon Web Services" for a profile's AWS, "National Health Service" for its NHS
            if (!known && !profile.knows(Words.key(initials.toString()))) {
                flag(start, end, ClaimKind.EMPLOYER, reason("The profile names no %s.", "В профиле нет «%s».", written));
            }
        }

        /**
         * Every other term written in Latin letters is a claim too: a tool, a firm, a standard or a language named
         * with no cue word ("work fluently in Vectorworks", «работаю в Micromine и r_keeper», "at easyJet"). In
         * English a term is a capitalised word inside a sentence, or a word with a capital inside it; in a Russian
         * sentence, any Latin word. Each needs the profile (or the target's company and role); the vacancy's text
         * counts only where the employer's wish is stated.
         */
        void terms() {
            for (int i = 0; i < words.size(); i++) {
                Words.Word w = words.get(i);
                String raw = w.raw();
                int start = w.start();
                int end = w.end();
                // r_keeper, D&O, Goethe-Zertifikat: one term
                while (end + 1 < text.length() && (text.charAt(end) == '_' || text.charAt(end) == '&'
                        || text.charAt(end) == '-' && !Words.isCyrillic(words.get(i + 1 < words.size() ? i + 1 : i).raw())
                        && end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1)))
                        && Character.isLetterOrDigit(text.charAt(end + 1)) && i + 1 < words.size()) {
                    i++;
                    end = words.get(i).end();
                }
                String term = text.substring(start, end);
                if (!latinTerm(end - start > raw.length() ? term : raw, start) || isClaimed(start, end) || flagged(start, end)) {
                    continue;
                }
                if (termSupported(term, w, start, end) && gradeHeld(i, start)) {
                    continue;
                }
                flag(start, end, ClaimKind.SKILL,
                        reason("The profile does not mention %s.", "В профиле не упоминается %s.", term));
            }
        }

        /**
         * A grade in Roman figures beside a word («V группу по электробезопасности», "Level III diver") is a claim of
         * that grade: where the profile writes the same word with Roman grades («Группа по электробезопасности IV»),
         * one of them must be this one.
         */
        void romanGrades() {
            for (int i = 0; i < words.size(); i++) {
                Words.Word w = words.get(i);
                String raw = w.raw();
                if (!ROMAN_GRADE.matcher(raw).matches() || raw.equals("I") && !cyrillicSentence(w.start())
                        || isClaimed(w.start(), w.end()) || flagged(w.start(), w.end()) || requirement(w.start())) {
                    continue;
                }
                for (int j : new int[] {i + 1, i - 1}) {
                    if (j < 0 || j >= words.size() || !phraseWord(words.get(j))
                            || !text.substring(Math.min(w.end(), words.get(j).end()),
                                    Math.max(w.start(), words.get(j).start())).isBlank()) {
                        continue;
                    }
                    Set<String> held = profile.romanGradesBeside(words.get(j).key());
                    if (!held.isEmpty() && !held.contains(raw)) {
                        int start = Math.min(w.start(), words.get(j).start());
                        int end = Math.max(w.end(), words.get(j).end());
                        flag(start, end, ClaimKind.CERTIFICATE, reason("The profile holds %s at another grade.",
                                "В профиле другая ступень: «%s».", text.substring(start, end)));
                        break;
                    }
                }
            }
        }

        /**
         * A grade written as an ordinal word beside a grade noun («шестой, высший разряд», «третьего уровня», "second
         * class") is a claim of that grade: where the profile writes grades beside a noun of the same kind, in
         * either language and in figures, Roman figures or words («5 разряд», "IRATA Level 2"), one of them must be
         * this one.
         */
        void ordinalGrades() {
            for (int i = 0; i < words.size(); i++) {
                Words.Word w = words.get(i);
                int grade = Grades.ordinal(w.raw());
                if (grade < 0 || isClaimed(w.start(), w.end()) || flagged(w.start(), w.end()) || requirement(w.start())) {
                    continue;
                }
                // the noun right after, or after one word of its own between commas: «шестой, высший разряд»
                for (int j = i + 1; j <= i + 2 && j < words.size(); j++) {
                    String gap = text.substring(words.get(j - 1).end(), words.get(j).start());
                    if (!gap.isBlank() && !gap.strip().equals(",")) {
                        break;
                    }
                    String noun = Grades.noun(words.get(j).raw());
                    if (noun == null) {
                        continue;
                    }
                    Set<Integer> held = profile.gradesOf(noun);
                    if (!held.isEmpty() && !held.contains(grade)) {
                        int end = words.get(j).end();
                        flag(w.start(), end, ClaimKind.CERTIFICATE, reason("The profile holds %s at another grade.",
                                "В профиле другая ступень: «%s».", text.substring(w.start(), end)));
                    }
                    break;
                }
            }
        }

        /**
         * "All three levels", «все три уровня экзамена CFA»: having passed every grade up to N is a claim of grade N,
         * which must be one the profile writes beside a noun of the same kind («CFA Level I» holds only the first).
         */
        void allGrades() {
            String lower = lower();
            if (!lower.contains("все") && !lower.contains("all ")) {
                return;
            }
            Matcher m = ALL_GRADES.matcher(lower);
            while (m.find()) {
                if (isClaimed(m.start(), m.end()) || flagged(m.start(), m.end()) || requirement(m.start())) {
                    continue;
                }
                List<Numbers.Num> n = Numbers.find(m.group(1));
                String noun = Grades.noun(m.group(2));
                if (n.size() != 1 || noun == null) {
                    continue;
                }
                Set<Integer> held = profile.gradesOf(noun);
                if (!held.isEmpty() && !held.contains((int) n.getFirst().value())) {
                    flag(m.start(), m.end(), ClaimKind.CERTIFICATE, reason("The profile holds %s at another grade.",
                            "В профиле другая ступень: «%s».", text.substring(m.start(), m.end())));
                }
            }
        }

        /**
         * A change told in words, not figures ("doubled", "cut by a third", «вдвое», «наполовину») is a figure too:
         * the profile must state that ratio or per cent change (a from–to pair, a percentage, "N times") or the word.
         */
        void relativeChanges() {
            Matcher m = RELATIVE.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (isClaimed(start, end) || flagged(start, end) || requirement(start)
                        || profile.mentions(m.group())) {
                    continue;
                }
                String w = Words.lower(m.group());
                double ratio;
                double change;
                if (w.contains("half") || w.startsWith("halv") || w.startsWith("наполовину") || w.startsWith("вдвое")
                        && !w.equals("вдвое больше")) {
                    ratio = 2;
                    change = 50;
                } else if (w.contains("two") || w.contains("две")) {
                    ratio = 3;
                    change = 200.0 / 3;
                } else if (w.contains("third") || w.contains("треть")) {
                    ratio = 1.5;
                    change = 100.0 / 3;
                } else if (w.contains("quarter") || w.contains("четверть")) {
                    ratio = 4.0 / 3;
                    change = 25;
                } else if (w.startsWith("tri") || w.startsWith("treb") || w.startsWith("three") || w.startsWith("втрое")) {
                    ratio = 3;
                    change = 200;
                } else if (w.startsWith("quad") || w.startsWith("вчетверо")) {
                    ratio = 4;
                    change = 300;
                } else if (w.contains("полтора")) {
                    ratio = 1.5;
                    change = 50;
                } else {
                    ratio = 2; // doubled, twofold, «вдвое больше»
                    change = 100;
                }
                // «более чем вдвое» from 9 % to 4 %: "more than" takes any ratio above, up to twice it
                boolean more = MORE.scan(MORE_THAN.matcher(before(start, 24)).replaceFirst(" ")).find();
                boolean held = profile.timesValues.contains(ratio)
                        || profile.ratios.stream().anyMatch(r -> Math.abs(r - ratio) <= 0.1 * ratio
                                || more && r >= ratio && r <= 2 * ratio)
                        || profile.changes.stream().anyMatch(c -> Math.abs(c - change) <= 3)
                        || profile.percents.stream().anyMatch(c -> Math.abs(c - change) <= 3);
                if (!held) {
                    flag(start, end, ClaimKind.NUMBER, reason("The profile states no change %s.",
                            "В профиле нет изменения «%s».", m.group()));
                }
            }
        }

        /** Whether the offset is inside a place's or a day's name ("Black Friday", "New York"). */
        private boolean inPlace(int offset) {
            Matcher m = PLACE.matcher(text);
            if (m.region(offset, text.length()).lookingAt()) {
                return true;
            }
            // the second word of a place's name: "New York", "Black Friday"
            int k = offset - 1;
            while (k > 0 && text.charAt(k) == ' ') {
                k--;
            }
            int from = k;
            while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                from--;
            }
            return from < offset && k < offset - 1 && m.region(from, text.length()).lookingAt() && m.end() > offset;
        }

        /** Whether the text has a comma here that parts a sentence, not one inside a figure ("300,000"). */
        private boolean partComma(int at) {
            return text.charAt(at) == ',' && !(at > 0 && at + 1 < text.length()
                    && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1)));
        }

        /**
         * Whether the words around an offset, up to the nearest comma, speak of the employer or of what the
         * candidate hopes for rather than what they have: "your Customer Insights team", "the role in Cardiff",
         * "which I'd love to put to use in Upper Class".
         */
        /**
         * Whether the comma part around an offset speaks to the employer or of a wish, and not of the candidate's own
         * ("the M&A support in your advert" yes; "in my last role I ran a 12-depot network" no): where a vacancy's own
         * skill or figure is the employer's.
         */
        private boolean toTheEmployer(int offset) {
            String part = commaPart(offset);
            return TO_THE_EMPLOYER.matcher(part).find()
                    || WISHING.matcher(part).find() && !FIRST_PERSON_OWN.matcher(part).find();
        }

        private String commaPart(int offset) {
            Sentences.Span s = sentenceAt(offset);
            int from = offset;
            while (from > s.start() && !clauseBreak(text.charAt(from - 1)) && !partComma(from - 1)) {
                from--;
            }
            int to = offset;
            while (to < s.end() && !clauseBreak(text.charAt(to)) && !partComma(to)) {
                to++;
            }
            return text.substring(from, to);
        }

        private boolean aboutTheEmployer(int offset) {
            String part = commaPart(offset);
            if (EMPLOYER_SIDE.matcher(part).find()) {
                return true;
            }
            for (Words.Word w : Words.split(part)) {
                if (w.raw().length() >= 3 && Character.isUpperCase(w.raw().charAt(0)) && profile.targetKnows(w.key())
                        && !profile.knows(w.key())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A language the candidate claims must be one of the profile's languages, at the level it states: "I
         * translate from French and German", «английский на уровне C1» against B1. Read only where the clause
         * speaks of using a language (speak, fluent, translate, level, «владею», «уровне»), and only when the
         * profile lists its languages at all.
         */
        void languages() {
            if (profile.languages.isEmpty()) {
                return;
            }
            Alternation.Scan m = LANGUAGE_NAME.scan(text);
            while (m.find()) {
                if (isClaimed(m.start(), m.end()) || requirement(m.start())) {
                    continue;
                }
                String clause = clauseAt(m.start());
                if (!LANGUAGE_USE.matcher(clause).find() && !spokenIn(m) || describesAThing(m.end())) {
                    continue;
                }
                String key = Words.latin(Words.key(m.group()));
                String held = null;
                for (var e : profile.languages.entrySet()) {
                    if (key.startsWith(e.getKey()) || e.getKey().startsWith(key.substring(0, Math.min(4, key.length())))) {
                        held = held == null ? e.getValue() : held + " " + e.getValue();
                    }
                }
                claim(m.start(), m.end());
                if (held == null && profile.worksIn(Words.key(m.group())) && !levelNear(m)) {
                    continue; // a language the profile's own text works in («репетиции на итальянском и французском»)
                }
                if (held == null) {
                    flag(m.start(), m.end(), ClaimKind.SKILL, reason("The profile lists no language %s.",
                            "В профиле нет языка «%s».", m.group()));
                    continue;
                }
                // a level stated beside it: C1, "fluent", «свободно»
                int[] window = levelWindow(m);
                Matcher level = CEFR.matcher(text).region(window[0], window[1]);
                while (level.find()) {
                    if (isClaimed(level.start(), level.end()) || nearerLanguage(level.start(), m)) {
                        continue;
                    }
                    String l = Words.lower(level.group());
                    boolean ok = CEFR_GRADE.matcher(l).matches()
                            ? held.contains(l) || !CEFR_GRADE_IN.matcher(held).find() && higher(l, held)
                            : fluentHeld(held);
                    claim(level.start(), level.end());
                    if (!ok) {
                        flag(level.start(), level.end(), ClaimKind.SKILL, reason("The profile's %s is not at that level.",
                                "Уровень языка в профиле другой: %s.", m.group()));
                    }
                }
            }
        }

        /**
         * Whether a Russian language name stands as the language something is done in: «веду экскурсии на русском,
         * татарском и английском, а также на турецком» (the name in «-ском» after «на», with no noun of its own after
         * it: «на турецком рынке» is a market).
         */
        private boolean spokenIn(MatchResult lang) {
            String name = Words.lower(lang.group());
            if (!name.endsWith("ском") && !name.endsWith("цком")) {
                return false;
            }
            Matcher next = NEXT_WORD.matcher(text).region(lang.end(), Math.min(text.length(), lang.end() + 30));
            if (next.lookingAt() && !Set.of("и", "или", "а", "языке", "языках").contains(Words.lower(next.group(1)))) {
                return false;
            }
            return ON_LANGUAGE.matcher(before(lang.start(), 60)).find();
        }

        /**
         * Whether an English language name is an adjective of the noun after it ("a course in French pastry",
         * "Spanish guitar", "Italian cuisine"): a lower-case word of four letters or more, no function word, no adverb
         * and no word of languages ("French lessons", "Welsh speakers").
         */
        private boolean describesAThing(int end) {
            if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))
                    || Words.isCyrillic(text.substring(end + 1, end + 2))) {
                return false;
            }
            int k = end + 1;
            while (k < text.length() && Character.isLetter(text.charAt(k))) {
                k++;
            }
            String next = text.substring(end + 1, k);
            return next.length() >= 4 && !next.endsWith("ly") && !PHRASE_STOP.contains(next)
                    && !LANGUAGE_NOUNS.contains(next);
        }

        /** Whether a level (C1, "fluent", «свободно») stands in a language name's part of its clause. */
        private boolean levelNear(MatchResult lang) {
            int[] window = levelWindow(lang);
            return CEFR.matcher(text).region(window[0], window[1]).find()
                    || FLUENT_HELD.matcher(text.substring(window[0], window[1])).find();
        }

        /** A language name's part of its clause, where its level would stand: up to 40 characters each side. */
        private int[] levelWindow(MatchResult lang) {
            int from = lang.start();
            while (from > 0 && lang.start() - from < 40 && !clauseBreak(text.charAt(from - 1)) && text.charAt(from - 1) != ',') {
                from--;
            }
            int to = lang.end();
            while (to < text.length() && to - lang.end() < 40 && !clauseBreak(text.charAt(to)) && text.charAt(to) != ',') {
                to++;
            }
            return new int[] {from, to};
        }

        /** Whether another language name stands nearer the level than this one. */
        private boolean nearerLanguage(int at, MatchResult lang) {
            Matcher other = LANGUAGE_NAME.pattern().matcher(text).region(Math.max(0, at - 40), Math.min(text.length(), at + 40));
            int mine = Math.min(Math.abs(at - lang.start()), Math.abs(at - lang.end()));
            while (other.find()) {
                if (other.start() != lang.start() && Math.min(Math.abs(at - other.start()), Math.abs(at - other.end())) < mine) {
                    return true;
                }
            }
            return false;
        }

        /** A level word with no CEFR grade in the profile: "fluent" needs fluent, native, C1/C2 or «свободно». */
        private boolean higher(String cefr, String held) {
            return cefr.charAt(0) == 'a' || cefr.charAt(0) == 'b' && !held.contains("basic") && !held.contains("elementary")
                    || fluentHeld(held);
        }

        private boolean fluentHeld(String held) {
            return FLUENT_HELD.matcher(held).find();
        }

        /** Whether the words up to an offset are followed by a possessive ("the Shared Data Unit's partnership"). */
        private boolean possessive(int end) {
            int k = end;
            while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ' ')
                    && k - end < 40 && (text.charAt(k) != ' ' || k + 1 < text.length() && Character.isUpperCase(text.charAt(k + 1)))) {
                k++;
            }
            return text.startsWith("'s", k) || text.startsWith("’s", k);
        }

        /**
         * A name in Latin letters with a grade or number after it ("Goethe-Zertifikat C2", "Trados Studio 2021") is
         * held only if one entry of the profile has the name with that figure.
         */
        private boolean gradeHeld(int last, int start) {
            int j = last + 1;
            if (j >= words.size() || !text.substring(words.get(last).end(), words.get(j).start()).equals(" ")) {
                return true;
            }
            String next = words.get(j).raw();
            if (!PART_NUMBER.matcher(next).matches() || COMMON_ACRONYMS.contains(text.substring(start, words.get(last).end()))
                    || "$€£₽".indexOf(text.charAt(Math.max(0, start - 1))) >= 0) {
                return true;
            }
            List<Words.Word> name = new ArrayList<>(Words.split(text.substring(start, words.get(j).end())));
            return profile.oneUnitHolds(name);
        }

        private boolean latinTerm(String raw, int start) {
            char c0 = raw.charAt(0);
            if (c0 > 'z' || !Character.isLetter(c0) || Words.isCyrillic(raw)) {
                return false;
            }
            if (raw.equals("I") || MONTHS.contains(Words.lower(raw)) || ROMAN.matcher(raw).matches()
                    || LANGUAGE_NAME.pattern().matcher(raw).matches() || SHORT_MONTH.matcher(raw).matches()
                    || CEFR_GRADE_WRITTEN.matcher(raw).matches()) {
                // months written short (Jun 2021) and language levels (B2), which the dates and languages passes read
                return false;
            }
            boolean inner = raw.chars().skip(1).anyMatch(Character::isUpperCase);
            if (cyrillicSentence(start)) {
                // lower-case English words in Russian prose are mostly grades and jargon (junior, code review)
                return raw.length() >= 2 && (Character.isUpperCase(c0) || inner || text.startsWith("_", start + raw.length())
                        || raw.length() >= 4 && Titles.concept(raw) == null && !RU_JARGON.contains(Words.lower(raw)));
            }
            if (inner) {
                return true;
            }
            return Character.isUpperCase(c0) && !lineOrSentenceStart(start);
        }

        private boolean lineOrSentenceStart(int offset) {
            if (sentenceStart(offset)) {
                return true;
            }
            int k = offset - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '-'
                    || text.charAt(k) == '•' || text.charAt(k) == '*' || text.charAt(k) == '"' || text.charAt(k) == '(')) {
                k--;
            }
            return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ':' || text.charAt(k) == '.';
        }

        private boolean cyrillicSentence(int offset) {
            Sentences.Span s = sentenceAt(offset);
            return cyrillicSentences.computeIfAbsent(s.start(), k -> cyrillic(s));
        }

        private boolean cyrillic(Sentences.Span s) {
            int cyr = 0;
            int lat = 0;
            for (int k = s.start(); k < s.end(); k++) {
                char ch = text.charAt(k);
                if (Character.isLetter(ch)) {
                    if (ch >= '\u0400' && ch <= '\u04FF') {
                        cyr++;
                    } else {
                        lat++;
                    }
                }
            }
            return cyr > lat;
        }

        private boolean termSupported(String term, Words.Word w, int start, int end) {
            boolean all = true;
            for (Words.Word part : Words.split(term)) {
                String raw = part.raw();
                boolean ok = (Words.isCyrillic(raw) ? profile.knows(part.key()) : profile.knowsTerm(part.key()))
                        || profile.targetKnows(part.key())
                        || Profile.acronymLike(raw) && (profile.acronymOf(raw) || profile.spelledOut(raw))
                        || raw.length() == 1 && term.length() > 1 && (profile.mentions(term)
                        || profile.acronymOf(term.replace("&", "")) || profile.spelledOut(term.replace("&", "")))
                        || COMMON_ACRONYMS.contains(raw.toUpperCase(java.util.Locale.ROOT));
                all &= ok;
            }
            if (all || inPlace(start) || requirement(start)) {
                return true;
            }
            if (EVERYDAY_NAMES.contains(Words.lower(term))) {
                return true;
            }
            if (profile.inVacancy(w.raw()) && (aboutTheEmployer(start) || possessive(end))) {
                return true; // "your Customer Insights team", "the role in Cardiff": the employer's, not the candidate's
            }
            for (SkillMention m : skillMentions) {
                if (start < m.end() && end > m.start() && (profile.skills.contains(m.skill()) || m.skill().broad()
                        || "soft-skills".equals(m.skill().category()))) {
                    return true;
                }
            }
            return false;
        }

        private boolean capitalName(String raw) {
            return raw.length() >= 2 && Character.isUpperCase(raw.charAt(0)) && !Words.isCyrillic(raw)
                    && !MONTHS.contains(Words.lower(raw));
        }

        private boolean flagged(int start, int end) {
            return flags.stream().anyMatch(f -> start < f.end() && end > f.start());
        }

        /**
         * Whether an abbreviation stands where an organisation is named: in Russian always (the rule's first case,
         * «ФПА» for «Федеральная палата адвокатов»), in English after "at", "joined" or "the", or before "'s". "Built
         * the site in Python and PHP" names the language, whatever the profile's "Public Health Partnership" spells.
         */
        private boolean organisationHere(int start, int end) {
            if (Words.isCyrillic(text.substring(start, end))) {
                return true;
            }
            if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
                return true;
            }
            List<Words.Word> lead = Words.split(before(start, 20));
            return !lead.isEmpty() && ORGANISATION_BEFORE.contains(Words.lower(lead.getLast().raw()));
        }

        /** A skill written as a name (SAP, Power BI, МСФО, 1С), not as a common noun ("compliance"). */
        private boolean named(SkillMention m) {
            for (Words.Word w : Words.split(m.written())) {
                String raw = w.raw();
                boolean latin = !Words.isCyrillic(raw);
                boolean inner = raw.chars().skip(1).anyMatch(Character::isUpperCase);
                boolean capital = Character.isUpperCase(raw.charAt(0)) && !sentenceStart(m.start() + w.start());
                if (raw.chars().anyMatch(Character::isDigit) || inner || latin && capital
                        || Profile.acronymLike(raw) || !latin && capital && w.start() > 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean targetName(String written) {
            return Words.split(written).stream().allMatch(w -> profile.targetKnows(w.key()));
        }

        /**
         * Whether the mention names one product, test or credential among several that the taxonomy files under one
         * skill (EMIS and SystmOne under medical information systems, NPQML and QTS under teaching qualifications,
         * SevenRooms and OpenTable under reservation systems): a spelling that matches only as written ({@code =EMIS}),
         * one word written as a name (a capital or a digit first), neither the skill's name nor the initials of one of
         * its spellings (СЗР for «средства защиты растений» is the skill itself). Such a name must be the profile's
         * own; the profile having the skill by another name does not support it. An exact spelling of ordinary words
         * ({@code =инфраструктура как код}) is the skill itself.
         */
        private static boolean namedApart(SkillMention m) {
            Skill skill = m.skill();
            String written = m.written();
            if (written.equalsIgnoreCase(skill.name()) || written.isEmpty() || written.indexOf(' ') >= 0
                    || !Character.isUpperCase(written.charAt(0)) && !Character.isDigit(written.charAt(0))) {
                return false;
            }
            for (String alias : skill.aliases()) {
                int marks = 0;
                while (marks < alias.length() && alias.charAt(marks) == '=') {
                    marks++;
                }
                if (marks > 0 && alias.substring(marks).equalsIgnoreCase(written)) {
                    return !initialsOfASpelling(skill, written);
                }
            }
            return false;
        }

        private static boolean initialsOfASpelling(Skill skill, String written) {
            String letters = NOT_A_LETTER.matcher(written).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            if (letters.length() < 2) {
                return false;
            }
            if (initials(skill.name()).equals(letters)) {
                return true;
            }
            for (String alias : skill.aliases()) {
                if (!alias.startsWith("=") && initials(alias).equals(letters)) {
                    return true;
                }
            }
            return false;
        }

        private static String initials(String spelling) {
            StringBuilder initials = new StringBuilder();
            for (String word : NOT_A_LETTER.split(spelling.toLowerCase(java.util.Locale.ROOT))) {
                if (!word.isEmpty()) {
                    initials.append(word.charAt(0));
                }
            }
            return initials.toString();
        }

        /**
         * Whether a list item the candidate states is the profile's: each of its words the profile's (a shared stem
         * or the profile's own verb will do, and, at {@code employerSide} ≥ 0, a vacancy word where the text speaks
         * of the employer), or a skill the profile has named as the profile names it.
         */
        private boolean knownItem(List<Words.Word> content, String item, int employerSide) {
            boolean[] out = spelledOut(content);
            return java.util.stream.IntStream.range(0, content.size()).allMatch(k -> out[k]
                    || knownItemWord(content.get(k), employerSide))
                    || taxonomy.findIn(item).stream().anyMatch(m -> profile.skills.contains(m.skill()) && !namedApart(m));
        }

        private boolean knownItemWord(Words.Word w, int employerSide) {
            return profile.knows(w.key()) || profile.sharesStem(w.key())
                    || verbOfTheProfile(w)
                    || employerSide >= 0 && profile.targetKnows(w.key()) && aboutTheEmployer(employerSide);
        }

        private boolean writtenInProfile(String written) {
            for (Words.Word w : Words.split(written)) {
                if (!profile.knows(w.key())) {
                    return false;
                }
            }
            return true;
        }

        // ---- dates, durations and numbers --------------------------------------------------------------------

        void durationsAndNumbers() {
            // «пятилетний», "5-year": only where the text holds one
            Matcher letniy = LETNIY.matcher(lower().contains("летн") || lower().contains("-year") ? text : "");
            List<int[]> compound = new ArrayList<>();
            while (letniy.find()) {
                String n = letniy.group(1) != null ? letniy.group(1) : letniy.group(2);
                Double value = n.chars().allMatch(Character::isDigit) ? Double.valueOf(n) : genitive(Words.lower(n));
                if (value == null) {
                    continue;
                }
                compound.add(new int[] {letniy.start(), letniy.end()});
                duration(value, letniy.start(), letniy.end(), 12);
            }
            List<Numbers.Num> numbers = Numbers.find(text, words);
            changes(numbers);
            for (Numbers.Num n : numbers) {
                if (compound.stream().anyMatch(c -> n.start() < c[1] && n.end() > c[0]) || isClaimed(n.start(), n.end())
                        || insideSkill(n.start(), n.end()) || listNumber(n)) {
                    continue;
                }
                String after = text.substring(n.end(), Math.min(text.length(), n.end() + 24));
                Matcher unit = DURATION_UNIT.matcher(after);
                if (unit.find()) {
                    boolean months = Words.lower(unit.group(2)).startsWith("m");
                    int end = n.end() + unit.end();
                    if (n.spelled() || !looksLikeYear(n)) {
                        duration(n.value(), n.start(), end, months ? 1 : 12);
                        continue;
                    }
                }
                if (ellipticDuration(n)) {
                    duration(n.value(), n.start(), n.end(), 12);
                    continue;
                }
                if (n.plain() && looksLikeYear(n)) {
                    year((int) n.value(), n.start(), n.end());
                    continue;
                }
                number(n);
            }
            Matcher decade = DECADE.matcher(text);
            // a case-insensitive Cyrillic pattern over a whole letter is costly: run it only where it can match
            boolean decades = text.contains("ecade") || text.contains("есятилети");
            while (decades && decade.find()) {
                if (!isClaimed(decade.start(), decade.end()) && !SEVERAL.matcher(before(decade.start(), 14)).find()) {
                    claim(decade.start(), decade.end());
                    // "over a decade of industrial battery research": ten years, read like "ten years"
                    duration(decade.group(1) == null ? 10 : 20, decade.start(), decade.end(), 12);
                }
            }
        }

        /** "eleven years ..., seven of them in-house", "the last five as manager", «последние четыре». */
        private boolean ellipticDuration(Numbers.Num n) {
            Sentences.Span s = sentenceAt(n.start());
            String earlier = text.substring(s.start(), n.start());
            if (!YEARS_EARLIER.matcher(earlier).find()) {
                return false;
            }
            String after = text.substring(n.end(), Math.min(text.length(), n.end() + 12));
            return OF_THEM.matcher(after).lookingAt() || LAST.scan(before(n.start(), 24)).find()
                    || n.value() < 60 && FOR_BARE.matcher(before(n.start(), 24)).find()
                    && BARE_END.matcher(after).lookingAt()
                    || n.value() < 60 && PART_BARE.matcher(before(n.start(), 24)).find()
                    && PLACED_AFTER.matcher(after).lookingAt();
        }

        private boolean listNumber(Numbers.Num n) {
            int lineStart = text.lastIndexOf('\n', n.start() - 1) + 1;
            return text.substring(lineStart, n.start()).isBlank() && n.end() < text.length()
                    && (text.charAt(n.end()) == '.' || text.charAt(n.end()) == ')') && !n.spelled();
        }

        /**
         * A change from one figure to another must be one the profile states: "from 10 to 4 working days" is not
         * supported by "from 10 to 6 days" and a 4 elsewhere. Only a change from a figure the profile changes from
         * is read so; other pairs, and ranges written with a bare dash ("5–7 nights a week"), are left to the check
         * of each figure.
         */
        private void changes(List<Numbers.Num> found) {
            for (int i = 0; i + 1 < found.size(); i++) {
                Numbers.Num a = found.get(i);
                Numbers.Num b = found.get(i + 1);
                String between = text.substring(a.end(), b.start());
                if (looksLikeYear(a) || looksLikeYear(b) || a.start() >= b.start()
                        || !Profile.FROM_TO.matcher(between).matches() || between.strip().matches("[-–—]")
                        || isClaimed(a.start(), b.end()) || requirement(a.start())) {
                    continue;
                }
                boolean paired = profile.pairs.stream().anyMatch(p -> same(p[0], a.value()));
                boolean stated = profile.pairs.stream().anyMatch(p -> same(p[0], a.value()) && same(p[1], b.value()));
                if (paired && !stated) {
                    claim(a.start(), b.end());
                    flag(a.start(), b.end(), ClaimKind.NUMBER, reason("The profile states no change %s.",
                            "В профиле нет изменения «%s».", text.substring(a.start(), b.end())));
                }
            }
        }

        private static boolean same(double a, double b) {
            return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
        }

        private boolean looksLikeYear(Numbers.Num n) {
            return n.plain() && n.value() >= 1950 && n.value() <= 2039 && n.value() == Math.floor(n.value());
        }

        private boolean insideSkill(int start, int end) {
            for (SkillMention m : skillMentions) {
                if (start < m.end() && end > m.start() && !(m.start() == start && m.end() == end)) {
                    return true;
                }
            }
            return false;
        }

        private Double genitive(String word) {
            Numbers.Num n = Numbers.find(word.endsWith("х") || word.endsWith("и") ? word : word).stream().findFirst().orElse(null);
            return n == null ? null : n.value();
        }

        private void duration(double value, int start, int end, int monthsPerUnit) {
            if (requirement(start)) {
                return;
            }
            String lead = before(start, 30);
            if (FUTURE_SPAN.matcher(lead).find()) {
                return; // «программу работ на ближайшие три года», "over the coming two years": time to come, not served
            }
            if (NOTICE.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) {
                return; // "after one month's notice": a term to come, not time served
            }
            boolean more = MORE.scan(lead).find() || text.substring(start, end).contains("+")
                    || ODD.matcher(text.substring(start, end)).find()
                    || LAST.scan(lead).find() || RUNNING.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt();
            boolean about = ABOUT.scan(lead).find();
            double years = value * monthsPerUnit / 12.0;
            if (statedDuration(value, monthsPerUnit)) {
                return;
            }
            Skill about1 = skillNear(start, end);
            List<Double> spans = profile.durations(about1);
            if (about1 != null && spans.isEmpty()) {
                spans = profile.durations(null);
            }
            if (about1 == null) {
                // "Sous Chef at Dishoom for seven years", "five years as a nurse at Salford Royal": a duration tied
                // to an employer's name is that job's, not the career's.
                String bound = boundTo(start, end);
                Set<String> employers = employersNamedIn(bound);
                Set<String> later = employersBefore(start);
                if (!employers.isEmpty()) {
                    spans = profile.durationsOf(job -> employers.contains(job.name()));
                } else if (!later.isEmpty()) {
                    // «До РБК шесть лет писала …», "Before Arup, six years …": the jobs before it began, each
                    // counted only up to then (a job that overlapped it does not lend the overlap)
                    YearMonth first = profile.jobs.stream().filter(j -> later.contains(j.name())).map(Profile.Job::start)
                            .min(YearMonth::compareTo).orElseThrow();
                    spans = profile.durationsOf(job -> !job.start().isAfter(first) && !later.contains(job.name()),
                            first);
                } else if (SENIOR_YEARS.matcher(text).region(end, Math.min(text.length(), end + 50)).lookingAt()) {
                    // "twelve years of senior experience", «десять лет на руководящих должностях»: the run of the
                    // jobs in a graded or leading post
                    List<Double> graded = profile.durationsOf(job -> seniorPost(job.position()));
                    if (!graded.isEmpty()) {
                        spans = graded;
                    }
                } else {
                    // "for over ten years as a speech and language therapist", «семь лет работала участковым
                    // терапевтом»: a duration tied to a post is the run of the jobs in that post
                    Set<String> posts = promotedFrom(postsNamedIn(bound));
                    if (!posts.isEmpty()) {
                        List<Double> inPost = profile.durationsOf(job -> posts.contains(job.position()));
                        if (!inPost.isEmpty()) {
                            spans = inPost;
                        }
                    }
                }
            }
            if (about1 == null && EDUCATION_CONTEXT.scan(clauseAt(start)).find()) {
                spans = new ArrayList<>(spans);
                spans.addAll(profile.educationDurations);
            }
            for (double d : spans) {
                if (more && years <= d + 0.01 && (monthsPerUnit == 1 || years >= Math.floor(d) - 3)) {
                    return;
                }
                if (about && years >= d - 0.01 && years - d < 1.0) {
                    return;
                }
                if (about && Math.abs(years - d) < 0.5) {
                    return;
                }
                if (!more && !about && years >= Math.floor(d + 0.001) && years <= Math.ceil(d - 0.001) + (monthsPerUnit == 1 ? 0.2 : 0)) {
                    return;
                }
                if (monthsPerUnit == 1 && Math.abs(years - d) <= 1.0 / 12 + 0.001) {
                    return;
                }
            }
            // education spans: "a four-year degree"
            flag(start, end, ClaimKind.DATE, reason("The profile's dates do not add up to %s.", "Даты в профиле не дают «%s».", text.substring(start, end).strip()));
        }

        /** Whether a post is graded above the trade or leads others: "Senior Keeper", «Начальник участка». */
        private static boolean seniorPost(String position) {
            for (Words.Word w : Words.split(position)) {
                String c = Titles.concept(w.raw());
                if (c != null && (Titles.seniority(c) && !"JUNIOR".equals(c) && !"ACTING".equals(c)
                        || Set.of("MGR", "DIRECTOR", "SUPERVISOR", "FOREMAN", "CXO", "FOUNDER").contains(c))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The words a duration is tied to: what follows it up to the next comma when a preposition follows at once
         * ("five years as a Staff Nurse at Salford Royal", «шесть лет в «Аптеке Здоровье»»), or what precedes it in
         * its clause up to a comma when it reads "for N years" ("at Dishoom for seven years", «на протяжении шести
         * лет»). "Nine years of HR experience, first at Rogers" ties to nothing: the career is meant.
         */
        private String boundTo(int start, int end) {
            String after = text.substring(end, Math.min(text.length(), end + 90));
            Matcher tied = TIED_AFTER.matcher(after);
            if (tied.lookingAt() || TIED_VERB.matcher(after).lookingAt()) {
                // a dash that ties is no break of what it ties to; it ties the duration to an employer it names
                // («последние восемь — заместителем директора в лицее № 40»), a post alone is left to the career
                String lead = after.stripLeading();
                boolean dash = tied.hasMatch() && !lead.isEmpty() && (lead.charAt(0) == '—' || lead.charAt(0) == '–');
                int stop = dash ? tied.end() : 0;
                while (stop < after.length() && after.charAt(stop) != ',' && !clauseBreak(after.charAt(stop))) {
                    stop++;
                }
                String bound = after.substring(0, stop);
                return dash && employersNamedIn(bound).isEmpty() ? "" : bound;
            }
            if (TIED_BEFORE.matcher(before(start, 24)).find()) {
                String clause = text.substring(clauseStart(start), start);
                clause = clause.substring(clause.lastIndexOf(',') + 1);
                // "I have been a flight dispatcher since 2016 and have worked in airline operations for thirteen
                // years": a second predicate has its own words; the post of the first is not the duration's
                Matcher joined = NEW_PREDICATE.matcher(clause);
                int cut = -1;
                while (joined.find()) {
                    cut = joined.start();
                }
                // "Staff nurse at St Thomas' and have worked there for nine years": "there" is the place before
                return cut < 0 || THERE.matcher(clause.substring(cut)).find() ? clause : clause.substring(cut);
            }
            return "";
        }

        /**
         * The profile's employers a clause opens with as the time before them («До РБК шесть лет …», "Before Arup,
         * …"), when only the duration stands between: the duration is then the run of the jobs before that one.
         */
        private Set<String> employersBefore(int start) {
            String lead = text.substring(clauseStart(start), start).strip();
            Matcher that = BEFORE_THAT.matcher(lead);
            if (that.find()) {
                // «С 2018 года работаю в Росморпорте, а до этого двадцать лет …», "Before that, six years …": the
                // time before the employer named just before
                int at = clauseStart(start) + text.substring(clauseStart(start), start).indexOf(lead) + that.start();
                Set<String> named = employersNamedIn(text.substring(sentenceAt(at).start(), at));
                if (named.isEmpty() && sentenceAt(at).start() > 0) {
                    Sentences.Span previous = sentenceAt(sentenceAt(at).start() - 1);
                    named = employersNamedIn(text.substring(previous.start(), previous.end()));
                }
                return named;
            }
            Matcher m = PRIOR_TO.matcher(lead);
            if (!m.lookingAt()) {
                return Set.of();
            }
            String rest = lead.substring(m.end());
            int comma = rest.indexOf(',');
            String named = comma >= 0 ? rest.substring(0, comma) : rest;
            if (comma >= 0 && !rest.substring(comma + 1).isBlank() && !MORE.scan(rest).find() && !ABOUT.scan(rest).find()) {
                return Set.of();
            }
            return employersNamedIn(named);
        }

        private int clauseStart(int offset) {
            Sentences.Span s = sentenceAt(offset);
            int from = offset;
            while (from > s.start() && !clauseBreak(text.charAt(from - 1))) {
                from--;
            }
            return from;
        }

        /** The profile's employers whose every significant word the words hold, in any case form. */
        private Set<String> employersNamedIn(String words) {
            Set<String> keys = new HashSet<>();
            for (Words.Word w : Words.split(words)) {
                // a Latin word in lower case is a common noun of the trade, not a name: "a mortgage adviser" does
                // not name L&C Mortgages
                // a brand written in lower case is still a name when the profile writes it so (easyJet, bp, eBay)
                if (Words.isCyrillic(w.raw()) || !Character.isLowerCase(w.raw().charAt(0))
                        || w.raw().chars().skip(1).anyMatch(Character::isUpperCase) || profile.writesEmployerWord(w.raw())) {
                    keys.add(w.key());
                }
            }
            Set<String> named = new HashSet<>();
            for (Profile.Job job : profile.jobs) {
                long held = job.nameKeys().stream().filter(keys::contains).count();
                Set<String> own = job.ownNameKeys();
                if (!job.nameKeys().isEmpty() && (held == job.nameKeys().size() || job.nameKeys().size() >= 3
                        && held >= 2 && held * 2 >= job.nameKeys().size())
                        // «в «Атоне» for «ИК «Атон»»: the name without its legal form or kind's initials
                        || !own.isEmpty() && keys.containsAll(own)
                        // "bp": a name of one short word has no keys of its own, the word is the name
                        || job.nameKeys().isEmpty() && job.name().strip().length() >= 2
                        && Words.split(job.name()).size() == 1 && keys.contains(Words.key(job.name().strip()))) {
                    named.add(job.name());
                } else if (held > 0 && job.name().indexOf('(') > 0) {
                    // «РБК (АО «РОСБИЗНЕСКОНСАЛТИНГ»)»: what the brackets add is an aside, the name stands before them
                    List<Words.Word> plain = Words.split(job.name().substring(0, job.name().indexOf('(')));
                    if (!plain.isEmpty() && plain.stream().allMatch(w -> keys.contains(w.key())
                            || ENTITY_STOP.contains(Words.lower(w.raw())))) {
                        named.add(job.name());
                    }
                }
            }
            for (Words.Word w : Words.split(words)) {
                // an employer named by its initials: «в ГКБ № 7» for «Городская клиническая больница № 7»
                if (w.raw().length() >= 3 && Words.allCaps(w.raw()) && !profile.knows(w.key())) {
                    for (Profile.Job job : profile.jobs) {
                        if (profile.initialsOfEmployer(w.raw(), job.name())) {
                            named.add(job.name());
                        }
                    }
                }
            }
            return named;
        }

        /** The profile's posts whose head nouns (with any grade) the words name, in any case form. */
        /**
         * The posts named, and the posts that followed one of them without a gap and whose head noun is a word of its
         * title: "Associate Solicitor" then "Senior Associate" is one run as a solicitor ("Cabin Manager" then
         * "Senior Cabin Crew" is not one run as a manager).
         */
        private Set<String> promotedFrom(Set<String> posts) {
            if (posts.isEmpty()) {
                return posts;
            }
            Set<String> run = new HashSet<>(posts);
            List<Profile.Job> sorted = new ArrayList<>(profile.jobs);
            sorted.sort((a, b) -> a.start().compareTo(b.start()));
            for (int i = 1; i < sorted.size(); i++) {
                Profile.Job next = sorted.get(i);
                if (run.contains(next.position())) {
                    continue;
                }
                for (int j = 0; j < i; j++) {
                    Profile.Job held = sorted.get(j);
                    if (run.contains(held.position()) && !next.start().isAfter(held.end().plusMonths(2))
                            && !next.start().isBefore(held.start()) && shareTitleWord(held.position(), next.position())) {
                        run.add(next.position());
                        break;
                    }
                }
            }
            return run;
        }

        private static boolean shareTitleWord(String a, String b) {
            Set<String> keys = new HashSet<>();
            for (Words.Word w : Words.split(titleFirstPart(a))) {
                keys.add(w.key());
            }
            List<Words.Word> heads = Profile.headNouns(b);
            return !heads.isEmpty() && heads.stream().allMatch(h -> keys.contains(h.key()));
        }

        private static String titleFirstPart(String title) {
            int comma = title.indexOf(',');
            return comma < 0 ? title : title.substring(0, comma);
        }

        private Set<String> postsNamedIn(String words) {
            Set<String> keys = new HashSet<>();
            for (Words.Word w : Words.split(words)) {
                keys.add(w.key());
                String c = Titles.concept(w.raw());
                if (c != null) {
                    keys.add("#" + c);
                }
            }
            Set<String> named = new HashSet<>();
            for (Profile.Job job : profile.jobs) {
                List<Words.Word> heads = Profile.headNouns(job.position());
                if (heads.isEmpty()) {
                    continue;
                }
                boolean all = true;
                for (Words.Word h : heads) {
                    String c = Titles.concept(h.raw());
                    all &= keys.contains(h.key()) || c != null && !Titles.seniority(c) && keys.contains("#" + c);
                }
                if (all) {
                    named.add(job.position());
                }
            }
            return named;
        }

        private boolean statedDuration(double value, int monthsPerUnit) {
            if (monthsPerUnit == 1) {
                return profile.numbers.contains(value);
            }
            return profile.statedYears.contains(value);
        }

        /** The skill a duration is about: "8 years of Kotlin", «10 лет опыта работы с Kubernetes». */
        private Skill skillNear(int start, int end) {
            String clause = clauseAt(start);
            for (SkillMention m : skillMentions) {
                if (m.start() >= end && m.start() - end <= 30 && !m.skill().broad()
                        && !"soft-skills".equals(m.skill().category())
                        && clause.contains(text.substring(m.start(), m.end()))) {
                    String between = Words.lower(text.substring(end, m.start()));
                    if (between.matches("\\s*(?:of|in|with|опыта|опыт|работы|с|со|на|в|experience|hands-on|"
                            + "professional|commercial|\\s)*\\s*")) {
                        return m.skill();
                    }
                }
                if (m.end() <= start && start - m.end() <= 6 && text.substring(m.end(), start).matches("\\s*[—–-]?\\s*")) {
                    return m.skill();
                }
            }
            return null;
        }

        private void year(int year, int start, int end) {
            if (requirement(start) && !profile.startYears.contains(year)) {
                return;
            }
            Sentences.Span s = sentenceAt(start);
            String sentence = text.substring(s.start(), s.end());
            boolean since = SINCE.matcher(before(start, 24)).find() || STARTED.matcher(before(start, 40)).find()
                    || RANGE_START.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt();
            boolean until = UNTIL.matcher(before(start, 24)).find() && !since;
            boolean supported;
            Set<String> roles;
            Boolean ofEntry = entryYear(year, start, since, until);
            boolean dated = start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
            Boolean ofEvent = ofEntry != null || since || until ? null : eventYear(year, start);
            if (ofEntry != null) {
                supported = ofEntry;
            } else if (ofEvent != null) {
                supported = ofEvent;
            } else if (dated && CREDENTIAL_LINE.matcher(sentence).find()
                    && !(profile.certificateYears.isEmpty() && profile.educationYears.isEmpty())) {
                // «Повышение квалификации …, НИУ МГСУ (2020)», "ALS Provider (2019)": the date of a course or
                // certificate, which the profile's courses, certificates and education must carry
                supported = profile.certificateYears.contains(year) || profile.educationYears.contains(year);
            } else if (since && workingSince(start)) {
                // "working in professional ecology since 2015": a job began then, not a course
                supported = profile.jobs.stream().anyMatch(j -> j.start().getYear() == year)
                        || profile.numbers.contains((double) year);
            } else if (since && !(roles = rolesBefore(start)).isEmpty()) {
                // "Wedding planner since 2012", «Диспетчер с 2010 года»: a post held since then, so a job that
                // holds the post began that year (a school's first year is no post's); a credential's year when
                // the part says "qualified"
                supported = roleBegan(year, roles) || profile.numbers.contains((double) year)
                        || profile.certificateYears.contains(year) && QUALIFIED.matcher(commaPart(start)).find();
            } else if (since) {
                // "since 2018 I have been qualified to conduct category C tests": a credential's year
                supported = profile.startYears.contains(year) || profile.numbers.contains((double) year)
                        || profile.certificateYears.contains(year) && QUALIFIED.matcher(commaPart(start)).find();
            } else if (until) {
                supported = profile.endYears.contains(year) || profile.numbers.contains((double) year)
                        || year == profile.now.getYear();
            } else if (EDUCATION_CONTEXT.scan(sentence).find() && !profile.educationYears.isEmpty()) {
                supported = profile.educationYears.contains(year) || profile.certificateYears.contains(year)
                        || profile.startYears.contains(year)
                        || profile.endYears.contains(year) || profile.numbers.contains((double) year);
            } else {
                supported = year == profile.now.getYear() || profile.numbers.contains((double) year)
                        || profile.yearRanges.stream().anyMatch(r -> year >= r[0] && year <= r[1]);
            }
            if (!supported) {
                flag(start, end, ClaimKind.DATE, reason("The profile has no dates that match %s.", "В профиле нет дат, совпадающих с %s.", String.valueOf(year)));
            }
        }

        /**
         * A year stated for an entry of the profile that the same stretch of text names (up to a comma or a clause's
         * end) must be that entry's: "passed the National Investigators' Examination in 2013" against its 2015,
         * "I began at BBC Studios in 2011" against a start in 2013, «окончила РГГУ в 2010 году» against 2015. A job
         * or a school runs over years (its first after "since", its last after "to" or "graduated"); a certificate
         * or an award has one. Returns null when the stretch names no dated entry.
         */
        private Boolean entryYear(int year, int start, boolean since, boolean until) {
            Sentences.Span s = sentenceAt(start);
            int from = start;
            int to = start;
            // in brackets, the year is of what the brackets follow: "Certified Kubernetes Administrator (CKA, 2023)"
            int open = text.lastIndexOf('(', start);
            int close = text.indexOf(')', start);
            boolean bracketed = open >= s.start() && text.lastIndexOf(')', start) < open && close > 0 && close < s.end();
            if (bracketed) {
                from = open;
                to = close;
            }
            while (from > s.start() && !clauseBreak(text.charAt(from - 1)) && text.charAt(from - 1) != ',') {
                from--;
            }
            while (!bracketed && to < s.end() && !clauseBreak(text.charAt(to)) && text.charAt(to) != ',') {
                to++;
            }
            if (!bracketed && from > s.start() && text.charAt(from - 1) == ','
                    && ISSUED.matcher(text).region(from, start).lookingAt()) {
                // «сертификат эксперта РКФ, выданный в 2010 году», "a licence, issued in 2012": the part the
                // participle follows names what was issued
                from--;
                while (from > s.start() && !clauseBreak(text.charAt(from - 1)) && text.charAt(from - 1) != ',') {
                    from--;
                }
            }
            Boolean fits = entryYear(year, start, since, until, text.substring(from, to), bracketed, false);
            if (fits == null && !bracketed && rangeYear(start, from)) {
                // "Scenic Artist, Royal Exchange, 2011–2021": a range that ends a line's heading dates the post and
                // employer of the parts before it
                fits = entryYear(year, start, since, until, text.substring(s.start(), to), false, true);
            }
            return fits;
        }

        /**
         * A year stated for what one of the profile's own dated sentences tells, named by most of its words in the
         * same part of the text (up to a comma or a clause's end; in brackets, the part they follow): "I led the
         * commissioning of its new UV disinfection stage in 2019" against "Led commissioning of a new UV disinfection
         * stage in 2022", "Gold, Northern Ireland Sausage Competition (2021)" against its 2023. Null when the part
         * tells nothing the profile dates.
         */
        private Boolean eventYear(int year, int start) {
            if (profile.events.isEmpty()) {
                return null;
            }
            Sentences.Span s = sentenceAt(start);
            int from = start;
            int to = start;
            while (from > s.start() && !clauseBreak(text.charAt(from - 1)) && text.charAt(from - 1) != ',') {
                from--;
            }
            while (to < s.end() && !clauseBreak(text.charAt(to)) && text.charAt(to) != ',') {
                to++;
            }
            // another year begins another event, and after the year "and" joins the next one ("reached 118% of quota
            // in 2023 and closed the largest deal of 2022")
            Set<String> keys = new HashSet<>();
            for (Words.Word w : Words.split(text.substring(from, to))) {
                int at = from + w.start();
                boolean otherYear = w.raw().length() == 4 && w.raw().chars().allMatch(Character::isDigit) && at != start;
                if (at < start && otherYear) {
                    keys.clear();
                } else if (at > start && (otherYear || AND_AFTER.matcher(w.raw()).matches())) {
                    break;
                } else {
                    keys.add(w.key());
                }
            }
            boolean named = false;
            for (Profile.Event e : profile.events) {
                long held = e.keys().stream().filter(keys::contains).count();
                if (held >= 3 && held * 2 >= e.keys().size()) {
                    if (e.year() == year) {
                        return true;
                    }
                    named = true;
                }
            }
            return named ? Boolean.FALSE : null;
        }

        /** Whether the year is one end of a range that is all of its part ("2011–2021", «2014–2020»). */
        private boolean rangeYear(int start, int from) {
            Matcher m = HEADING_RANGE.matcher(text);
            return m.region(from, text.length()).lookingAt() && start < m.end();
        }

        private Boolean entryYear(int year, int start, boolean since, boolean until, String part, boolean bracketed,
                boolean heading) {
            List<Words.Word> ws = Words.split(part);
            Set<String> keys = new HashSet<>();
            for (Words.Word w : ws) {
                keys.add(w.key());
            }
            boolean graduation = GRADUATION.matcher(part).find();
            boolean completion = COMPLETION.matcher(part).find();
            boolean working = since && workingSince(start);
            boolean named = false;
            Set<String> roles = heading ? rolesIn(ws) : Set.of();
            boolean roleHeld = !roles.isEmpty() && profile.dated.stream()
                    .anyMatch(d -> namedIn(d, keys, ws) && holdsRole(jobOf(d), roles));
            for (Profile.Dated d : profile.dated) {
                if (!namedIn(d, keys, ws)) {
                    continue;
                }
                named = true;
                if (roleHeld && !holdsRole(jobOf(d), roles)) {
                    continue; // "Ward Manager, Leeds General, 2014–2020": the post's own dates at that employer
                }
                if (working && !aJob(d)) {
                    continue; // «преподаю в университете с 2010 года»: a job's start, not the same school's study
                }
                // a bare year in brackets after a school or a job ("University College Dublin (2015)") is one of
                // its ends, mostly the graduation, not any year inside
                boolean alone = bracketed && start == text.lastIndexOf('(', start) + 1 && text.charAt(start + 4) == ')';
                boolean fits = d.point() ? year == d.from()
                        : since ? year == d.from() : until || graduation || completion && !aJob(d) ? year == d.to()
                        : alone ? year == d.from() || year == d.to()
                        : year >= d.from() && year <= d.to();
                if (fits) {
                    return true;
                }
            }
            return named ? Boolean.valueOf(profile.numbers.contains((double) year)) : null;
        }

        /**
         * Whether the year at {@code start} is when the candidate began working: a verb of working before it in its
         * part of the sentence, with no "and" or other claim between ("Working in professional ecology since
         * 2015", «преподаю в университете с 2010 года»; not "I have worked in insurance and have been a Fellow since
         * 2020").
         */
        private boolean workingSince(int start) {
            String lead = before(start, 90);
            int cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
            lead = lead.substring(cut + 1);
            Matcher m = WORKING.matcher(lead);
            int end = -1;
            while (m.find()) {
                end = m.end();
            }
            return end >= 0 && !WORKING_BREAK.matcher(lead.substring(end)).find();
        }

        /**
         * The roles a post names before a year in the same part of the sentence, with no verb of another claim between:
         * "Criminal defence solicitor since", «Специалист органа опеки с». Empty when the part names none.
         */
        private Set<String> rolesBefore(int start) {
            Sentences.Span s = sentenceAt(start);
            int from = start;
            while (from > s.start() && !clauseBreak(text.charAt(from - 1)) && text.charAt(from - 1) != ','
                    && text.charAt(from - 1) != '—') {
                from--;
            }
            List<Words.Word> ws = Words.split(text.substring(from, start));
            Set<String> roles = rolesIn(ws);
            // a word of the profile's posts that titles do not know names the post only where it opens the part
            // («Диспетчер энергосистемы с 2010 года»), not as what is done («тестированием я занимаюсь с 2022 года»)
            roles.removeIf(r -> r.startsWith(Titles.ROLE) && !r.equals(roleOf(ws.getFirst())));
            return roles;
        }

        /**
         * Whether a job that began in the year holds one of the roles, or, when no job holds any of them (a post
         * named in other words), whether any job began then.
         */
        private boolean roleBegan(int year, Set<String> roles) {
            boolean held = false;
            for (Profile.Job j : profile.jobs) {
                boolean holds = holdsRole(j, roles);
                if (holds && j.start().getYear() == year) {
                    return true;
                }
                held |= holds;
            }
            return !held && profile.jobs.stream().anyMatch(j -> j.start().getYear() == year);
        }

        private Profile.Job jobOf(Profile.Dated d) {
            for (Profile.Job j : profile.jobs) {
                if (j.name().equals(d.name()) && j.start().getYear() == d.from()) {
                    return j;
                }
            }
            return null;
        }

        private Set<String> rolesIn(List<Words.Word> ws) {
            Set<String> roles = new HashSet<>();
            for (Words.Word w : ws) {
                String concept = roleOf(w);
                if (concept != null && !Titles.plural(w.raw())) {
                    roles.add(concept);
                }
            }
            return roles;
        }

        /** The role a word names: a title word's concept, or the head noun of one of the profile's own posts («диспетчер»). */
        private String roleOf(Words.Word w) {
            String concept = Titles.concept(w.raw());
            if (Titles.role(concept)) {
                return concept;
            }
            return concept == null && profile.roleKeys.contains(w.key()) ? Titles.ROLE + w.key() : null;
        }

        private boolean holdsRole(Profile.Job j, Set<String> roles) {
            if (j == null) {
                return false;
            }
            for (Words.Word w : Words.split(j.position())) {
                if (roles.contains(roleOf(w))) {
                    return true;
                }
            }
            return false;
        }

        private boolean aJob(Profile.Dated d) {
            return jobOf(d) != null;
        }

        private boolean namedIn(Profile.Dated d, Set<String> keys, List<Words.Word> ws) {
            long held = d.keys().stream().filter(keys::contains).count();
            if (held == d.keys().size() || d.keys().size() >= 3 && held >= 2 && held * 2 >= d.keys().size()) {
                return true;
            }
            for (Set<String> alias : d.aliases()) {
                if (keys.containsAll(alias)) {
                    return true;
                }
            }
            for (Words.Word w : ws) {
                if (w.raw().length() >= 3 && Profile.acronymLike(w.raw()) && profile.initialsOfName(w.raw(), d.name())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the profile counts the same thing with other figures only: "mentored four foundation dentists"
         * against "mentored 2 foundation dentists", «1 900 межевых планов» against «900 межевых планов». A figure that
         * is right elsewhere in the profile is still wrong for what it counts here.
         */
        private boolean countContradicted(Numbers.Num n, boolean more, boolean about) {
            List<String> nouns = Profile.countedNouns(text, n.start(), n.end());
            if (nouns.isEmpty() || GRADED.matcher(before(n.start(), 12)).find() || RANGE_FROM.matcher(before(n.start(), 12)).find()
                    || RANGE_TO.matcher(text.substring(n.end(), Math.min(text.length(), n.end() + 24))).lookingAt()) {
                return false; // "from 50 to 2,000 guests", «от 10 соток до 60»: a range, read figure by figure
            }
            // "four foundation dentists" is read against the profile's foundation dentists; "60 events a year"
            // against its events only when the text counts one word
            for (String noun : List.of(String.join(" ", nouns))) {
                List<Double> values = profile.counted.get(noun);
                if (values == null || paraphrasedCount(n)) {
                    // «85 автобусов» where the profile counts «85 машин» (and 40 «автобусов» of one make) on a line
                    // about buses: the figure counts the profile's thing in other words
                    continue;
                }
                for (double p : values) {
                    if (Math.abs(p - n.value()) <= 1e-9 * Math.max(1, p) || more && n.value() < p
                            || about && Math.abs(p - n.value()) <= 0.1 * p) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        /** What the vacancy would welcome, stated as the candidate's own ({@link BorrowedClaims}). */
        void borrowed() {
            BorrowedClaims.Context context = new BorrowedClaims.Context() {
                @Override
                public boolean phraseWord(Words.Word w) {
                    return Run.phraseWord(w);
                }

                @Override
                public boolean joined(int from, int to) {
                    return lettersAndSpaces(from, to);
                }

                @Override
                public boolean statedHere(int start, int end) {
                    return borrowedHere(start, end);
                }
            };
            for (int[] span : BorrowedClaims.find(words, profile, context)) {
                flagBorrowed(span[0], span[1]);
            }
        }

        /** A trade's own nouns with no cue word ({@link TradeTerms}), stated as the candidate's. */
        void tradeTerms() {
            TradeTerms.Context context = new TradeTerms.Context() {
                @Override
                public boolean tradeWord(Words.Word w) {
                    return Run.this.tradeWord(w);
                }

                @Override
                public boolean joined(int from, int to) {
                    return lettersAndSpaces(from, to);
                }

                @Override
                public boolean statedHere(int start, int end) {
                    return tradeTermHere(start, end);
                }

                @Override
                public boolean spelledOut(int first, int last) {
                    return rareWordsSpelledOut(first, last);
                }
            };
            for (int[] span : TradeTerms.find(words, profile, context)) {
                flag(span[0], span[1], ClaimKind.SKILL, reason("The profile does not mention %s.",
                        "В профиле не упоминается %s.", text.substring(span[0], span[1])));
            }
        }

        /** Every specific word the profile and the vacancy do not hold ({@link ContentTerms}), stated as the candidate's. */
        void contentTerms() {
            ContentTerms.Context context = new ContentTerms.Context() {
                @Override
                public boolean mayName(Words.Word w) {
                    return tradeWordShape(w);
                }

                @Override
                public boolean statedHere(int start, int end) {
                    return tradeTermHere(start, end);
                }

                @Override
                public boolean opensASentence(int offset) {
                    return Run.this.opensASentence(offset);
                }

                @Override
                public boolean aboutStudies(int offset) {
                    return EDUCATION_CONTEXT.scan(clauseAt(offset)).find();
                }

                @Override
                public boolean afterAPlacePreposition(int offset) {
                    // back over the name's earlier words: "to New York", «в Нижнем Новгороде»
                    int at = offset;
                    for (int k = wordIndexAt(offset) - 1; k >= 0 && Words.isUpper(words.get(k).raw())
                            && text.substring(words.get(k).end(), at).isBlank(); k--) {
                        at = words.get(k).start();
                    }
                    return PLACE_PREPOSITION.matcher(before(at, 8)).find();
                }
            };
            for (int[] span : ContentTerms.unsupported(words, profile, context)) {
                String term = text.substring(span[0], span[1]);
                flag(span[0], span[1], ClaimKind.SKILL, reason("The profile does not mention %s.",
                        "В профиле не упоминается %s.", term));
            }
        }

        /** The index of the word that starts at an offset, or -1. */
        private int wordIndexAt(int offset) {
            int lo = 0;
            int hi = words.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int start = words.get(mid).start();
                if (start == offset) {
                    return mid;
                }
                if (start < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return -1;
        }

        /**
         * A word's shape lets it name a thing: not a verb form, numeral or pronoun, nor a figure joined to a word, nor
         * a language's name (the languages' pass reads those).
         */
        private boolean tradeWordShape(Words.Word w) {
            return phraseWord(w) && !TradeTerms.NOT_A_TERM.matcher(Words.lower(w.raw())).matches() && !countedCompound(w.raw())
                    && !LANGUAGE_NAME.pattern().matcher(w.raw()).matches();
        }

        /**
         * Which words, two to five neighbours together, write out an abbreviation the profile writes: «техническо-
         * распорядительный акт» is the profile's ТРА, "Care Quality Commission" its CQC. Such words are the profile's.
         */
        private boolean[] spelledOut(List<Words.Word> ws) {
            boolean[] out = new boolean[ws.size()];
            if (profile.abbreviations.isEmpty()) {
                return out;
            }
            for (int i = 0; i + 1 < ws.size(); i++) {
                StringBuilder initials = new StringBuilder();
                for (int j = i; j < Math.min(ws.size(), i + 5); j++) {
                    initials.append(Character.toUpperCase(ws.get(j).raw().charAt(0)));
                    if (j > i && profile.abbreviations.contains(Words.key(initials.toString()))) {
                        java.util.Arrays.fill(out, i, j + 1, true);
                    }
                }
            }
            return out;
        }

        /**
         * Whether every rare word of a run is in words that write out one of the profile's abbreviations, read with
         * the short words around the run too («акт» of «техническо-распорядительный акт»).
         */
        private boolean rareWordsSpelledOut(int first, int last) {
            int from = Math.max(0, first - 3);
            List<Words.Word> around = words.subList(from, Math.min(words.size(), last + 4));
            boolean[] out = spelledOut(around);
            for (int k = first; k <= last; k++) {
                if (!out[k - from] && !Everyday.word(words.get(k).key())) {
                    return false;
                }
            }
            return true;
        }

        /** A content word that neither the profile nor the vacancy writes, and that may name a thing. */
        private boolean tradeWord(Words.Word w) {
            String raw = w.raw();
            // a capitalised Latin word inside a sentence is a name, which the passes for names and terms read
            // the profile's and the vacancy's words are looked up before the word is read by the long pattern
            return phraseWord(w) && !Words.allCaps(raw)
                    && (Words.isCyrillic(raw) || !Character.isUpperCase(raw.charAt(0)) || opensASentence(w.start()))
                    && !profile.knownWord(w.key()) && !profile.vacancyHolds(w.key())
                    && !TradeTerms.NOT_A_TERM.matcher(Words.lower(raw)).matches() && !countedCompound(raw);
        }

        /**
         * A figure joined to the word it counts («восьмикрасочной машине») against the profile's count of that word
         * («5-красочной машине»): the figure must be one the profile gives it.
         */
        void countedCompounds() {
            for (Words.Word w : words) {
                Matcher m = NUMERAL_STEM.matcher(Words.lower(w.raw()));
                if (!m.lookingAt() || w.raw().length() - m.end() < 5 || m.group().equals("много")
                        || isClaimed(w.start(), w.end()) || requirement(w.start())) {
                    continue;
                }
                List<Double> held = profile.counted.get(Words.key(Words.lower(w.raw()).substring(m.end())));
                double value = List.of("одно", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти",
                        "десяти").indexOf(m.group().replace('ё', 'е')) + 1;
                if (held != null && !held.contains(value)) {
                    claim(w.start(), w.end());
                    flag(w.start(), w.end(), ClaimKind.NUMBER, reason("The profile counts %s differently.",
                            "В профиле другое число: «%s».", w.raw()));
                }
            }
        }

        /**
         * Whether a Russian word is a figure joined to a word the profile or everyday language has: «пятикрасочной»
         * is «5-красочной», «двухэтажный» a two-storey one. The figure is the numbers pass's to read.
         */
        private boolean countedCompound(String raw) {
            Matcher m = NUMERAL_STEM.matcher(Words.lower(raw));
            if (!m.lookingAt() || raw.length() - m.end() < 5) {
                return false;
            }
            String rest = Words.key(Words.lower(raw).substring(m.end()));
            return profile.knownWord(rest) || Everyday.word(rest);
        }

        /** Whether nothing but a sentence's end, a line break or a bullet stands before an offset. */
        private boolean opensASentence(int offset) {
            int k = offset - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            return k < 0 || ".!?\n•*-–—:".indexOf(text.charAt(k)) >= 0;
        }

        /** Whether words at this span are stated as the candidate's own: not asked for, denied, wished or the employer's. */
        private boolean tradeTermHere(int start, int end) {
            if (isClaimed(start, end) || flagged(start, end) || requirement(start) || aboutTheEmployer(start)
                    || within(employerSide, start, end) || within(courtesyLines, start, end)) {
                return false;
            }
            return !learnsItLater(end, sentenceAt(start).end());
        }

        private void flagBorrowed(int start, int end) {
            flag(start, end, ClaimKind.SKILL, reason("The profile does not mention %s; the vacancy does.",
                    "В профиле не упоминается %s — это из вакансии.", text.substring(start, end)));
        }

        /** Whether words at this span, taken from the vacancy, are stated here as the candidate's own. */
        private boolean borrowedHere(int start, int end) {
            if (isClaimed(start, end) || flagged(start, end) || requirement(start) || aboutTheEmployer(start)
                    || within(employerSide, start, end) || within(courtesyLines, start, end)) {
                return false;
            }
            Sentences.Span s = sentenceAt(start);
            String sentence = text.substring(s.start(), s.end());
            if (!CLAIMING.matcher(sentence).find()) {
                return false; // "Teaching and quality improvement matter a great deal to me": no claim of the candidate's
            }
            if (learnsItLater(end, s.end())) {
                return false;
            }
            // «Английский знаю на уровне B1 — читаю техническую документацию»: what the language serves
            return !(LANGUAGE_NAME.pattern().matcher(sentence).find() && CEFR.matcher(sentence).find()
                    && !SKILL_CUE.matcher(before(start, 30)).find());
        }

        /**
         * Whether a wish to learn later in the sentence takes a pronoun for its object, which stands for what was
         * named before it: «С интеллектуальными станциями … я знаком только по обучению и хотел бы освоить их», «Споры об
         * интеллектуальной собственности — новая для меня область, и я с интересом в неё погружусь». The wish reaches back to them.
         */
        private boolean learnsItLater(int from, int to) {
            Alternation.Scan wish = LEARNING.scan(text.substring(from, to));
            while (wish.find()) {
                // the wish's own comma part, both sides of the verb: «и я с интересом в неё погружусь»
                int at = from + wish.start();
                while (at > from && !clauseBreak(text.charAt(at - 1)) && text.charAt(at - 1) != ',') {
                    at--;
                }
                int stop = from + wish.end();
                while (stop < to && !clauseBreak(text.charAt(stop)) && text.charAt(stop) != ',') {
                    stop++;
                }
                if (objectOfWish(at, stop, from + wish.start(), from + wish.end())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a pronoun in a wish's comma part is the wish's object: in English it follows the wish within a few
         * words ("would like to learn them properly"; "this is why I would like to learn X" has "this" for a subject,
         * "learn this role's tools" for a determiner); in Russian it stands next to the verb on either side («хотел бы
         * освоить их», «в неё погружусь»).
         */
        private boolean objectOfWish(int at, int stop, int wishStart, int wishEnd) {
            Matcher p = BACK_POINTER.matcher(text).region(at, stop);
            while (p.find()) {
                if (Words.isCyrillic(p.group())) {
                    int gap = p.start() < wishStart ? Words.split(text.substring(p.end(), wishStart)).size()
                            : Words.split(text.substring(wishEnd, Math.max(wishEnd, p.start()))).size();
                    if (gap <= 2) {
                        return true;
                    }
                    continue;
                }
                if (p.start() < wishEnd || Words.split(text.substring(wishEnd, p.start())).size() > 3) {
                    continue;
                }
                String l = Words.lower(p.group());
                if (l.equals("this") || l.equals("these")) {
                    List<Words.Word> next = Words.split(text.substring(p.end(), Math.min(stop, p.end() + 20)));
                    if (!next.isEmpty() && next.getFirst().start() <= 1
                            && !AFTER_A_PRONOUN.contains(Words.lower(next.getFirst().raw()))) {
                        continue; // "this role's tools": a determiner
                    }
                }
                return true;
            }
            return false;
        }

        /**
         * Whether only letters and spaces stand between two offsets: no comma or bracket parts a phrase, and no line
         * break, which ends a line as a full stop ends a sentence (a heading or a bullet without one: a phrase read
         * across it ran past its sentence's end).
         */
        private boolean lettersAndSpaces(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c == '\n' || c == '\r' || !Character.isLetter(c) && !Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }

        /** A word that can carry a phrase's content: four letters or more, not a figure, not a function word. */
        private static boolean phraseWord(Words.Word w) {
            return w.raw().length() >= 4 && Character.isLetter(w.raw().charAt(0))
                    && !PHRASE_STOP.contains(Words.lower(w.raw()));
        }

        private static boolean within(List<int[]> spans, int start, int end) {
            for (int[] sp : spans) {
                if (start >= sp[0] && end <= sp[1]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the profile counts with this figure on a line that shares a word with the figure's clause. */
        private boolean paraphrasedCount(Numbers.Num n) {
            Set<String> keys = new HashSet<>();
            for (Words.Word w : Words.split(clauseAt(n.start()))) {
                if (w.raw().length() >= 5) {
                    keys.add(w.key());
                }
            }
            return profile.countsOnALineWith(n.value(), keys);
        }

        /**
         * Whether the figure is in the subject of a sentence that judges it, with no one's doing before the verb:
         * "Coordinating eight farms is a bigger job than…", «Работа сразу на девяти водохранилищах — интересная
         * задача». Such a subject names a task to come, not something done.
         */
        private boolean judgedCount(Numbers.Num n) {
            Sentences.Span s = sentenceAt(n.start());
            Matcher m = JUDGED.matcher(text).region(n.end(), s.end());
            if (!m.lookingAt()) {
                return false;
            }
            String subject = text.substring(s.start(), m.end());
            return !FIRST_PERSON.matcher(subject).find() && !PAST_VERB_IN.matcher(subject).find()
                    && subject.indexOf(',') < 0 && subject.indexOf(':') < 0;
        }

        private void number(Numbers.Num n) {
            double v = n.value();
            if (v <= 1 && !text.substring(n.start(), n.end()).contains("%") && n.spelled() && v == 1) {
                // "one hour" is a figure; "one of" is not read at all
            } else if ((v == 1 || v == 0) && !n.percent()) {
                return;
            }
            if (requirement(n.start()) || profile.vacancyStates(v) && toTheEmployer(n.start())) {
                return; // "a site placing 300,000 birds would be a step up": the vacancy's figure, not the candidate's
            }
            if (profile.vacancyStates(v) && judgedCount(n)
                    && profile.vacancyCounts(v, Profile.countedNouns(text, n.start(), n.end()))) {
                return; // "Coordinating eight farms is a bigger job": the vacancy's eight farms, restated, no one's past
            }
            if (text.startsWith("24/7", n.start()) || text.startsWith("/7", n.start() - 2)
                    && text.startsWith("24", n.start() - 3)) {
                return;
            }
            String lead = before(n.start(), 24);
            boolean more = MORE.scan(lead).find();
            boolean about = ABOUT.scan(lead).find();
            if (!n.percent() && countContradicted(n, more, about)) {
                flag(n.start(), n.end(), ClaimKind.NUMBER, reason("The profile counts %s differently.",
                        "В профиле другое число: «%s».", text.substring(n.start(), n.end()).strip()));
                return;
            }
            String after = text.substring(n.end(), Math.min(text.length(), n.end() + 8));
            boolean times = (TIMES.matcher(after).find() || before(n.start(), 3).endsWith("в ") && after.startsWith(" раз"))
                    // «500 раз в год», "twice a week": how often, a count per period, not a ratio
                    && !PER_PERIOD.matcher(text).region(n.end(), Math.min(text.length(), n.end() + 30)).lookingAt();
            for (double p : times ? profile.ratios : n.percent() ? profile.changes : List.<Double>of()) {
                // a change or ratio worked out from the profile's figures takes "more than" and "about" as a figure
                // does: "an increase of more than 40 percent" from 4,200 to 6,000 (43 %)
                if (Math.abs(p - v) <= (times ? 0.1 * v : 1.0) || more && v < p && v >= p * 0.5
                        || about && Math.abs(p - v) <= 0.1 * p) {
                    return;
                }
            }
            if (times && !profile.timesValues.contains(v)) {
                // «снизила брак в три раза» is a ratio: the profile's ratios or its own "N times", not any figure N
                flag(n.start(), n.end(), ClaimKind.NUMBER,
                        reason("The profile states no change %s.", "В профиле нет изменения «%s».", text.substring(n.start(), n.end()).strip()));
                return;
            }
            for (double p : n.percent() ? profile.percents : profile.numbers) {
                if (Math.abs(p - v) <= 1e-9 * Math.max(1, Math.abs(p))) {
                    return;
                }
                if (more && v < p && v >= p * 0.5) {
                    return;
                }
                if (about && Math.abs(p - v) <= 0.1 * Math.abs(p)) {
                    return;
                }
            }
            flag(n.start(), n.end(), ClaimKind.NUMBER,
                    reason("The profile states no figure %s.", "В профиле нет числа «%s».", text.substring(n.start(), n.end()).strip()));
        }
    }

}
