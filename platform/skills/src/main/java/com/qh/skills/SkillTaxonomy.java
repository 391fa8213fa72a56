package com.qh.skills;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skills QH knows, and the matcher that finds them in Russian and English text.
 *
 * <p>The built-in taxonomy lives in this module's resources under {@code qh/skills/}: {@code index.txt} names the
 * version and the category files, and each {@code <category>.skills} file holds one skill per line,
 * {@code Canonical Name | alias; alias}, with a leading {@code ~} for a {@link Skill#broad broad} one. An alias
 * written {@code =Go} matches only that exact spelling as a whole word (for names that are also ordinary words);
 * one written {@code ==MoSCoW} does so in {@link #find} too, where {@code =} spellings match in any letter case: its
 * letter case is all that tells it from an ordinary word ({@code Moscow} the city);
 * every other alias matches in any letter case and any Russian or English word form (see {@link Tokenizer}),
 * except that a word whose stem is shorter than four letters must be written out in full: stems that short
 * collide ({@code ревит} and {@code ревью} are both {@code рев}). An alias that would name two skills is refused when the
 * taxonomy loads, so a mention always means one skill.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SkillTaxonomy {

    private static final String ROOT = "qh/skills/";
    private static final int MIN_STEM = 4;
    /** A version written apart after a name: {@code 5}, {@code 5+}, {@code 3.x}, {@code 2.0}, {@code v8}. */
    private static final java.util.regex.Pattern VERSION =
            java.util.regex.Pattern.compile("(?i)v?\\d+(\\.(\\d+|x))*\\+?");
    /** A version glued to a word of three letters or more: {@code PHP7}, {@code HTML5}, {@code Python3.11}. */
    private static final java.util.regex.Pattern GLUED_VERSION =
            java.util.regex.Pattern.compile("(\\p{L}{3,}?)\\d+(\\.\\d+)*\\+?");
    /** How many words a list that shares its last word may run before the shared word. */
    private static final int MAX_LIST = 8;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "и", "или", "либо", "nor");

    private static volatile SkillTaxonomy builtIn;

    /**
     * One tokenizer per thread: a tokenizer is not thread-safe, and making one per call threw away its cache of
     * English stems, the bulk of the time a matcher spends reading a profile.
     */
    private static final ThreadLocal<Tokenizer> TOKENIZERS = ThreadLocal.withInitial(Tokenizer::new);

    private final String version;
    private final List<Skill> skills;
    private final Map<String, List<Pattern>> byFirstKey;
    private final Map<String, Skill> byName;
    /** Every word key some spelling has, to tell a versioned word ({@code PHP7}) from a name. */
    private final Set<String> allKeys;
    /** The exact-only spellings ({@code =Oracle}) in lower case, for {@link #find}; not the strict ones. */
    private final Map<String, Skill> exactByLowerCase;
    /**
     * Each spelling's core, for {@link #find}: its word keys without the words that only say how or in what way a
     * skill is had ({@link #QUALIFIERS}), in sorted order, to the one skill that has it; a core two skills share is
     * left out. "Insurance claims processing", "Families in Revit" and "Sales" reach "Insurance claims", "Revit
     * families" and "Sales skills" through it.
     */
    private final Map<String, Skill> byCore;
    /**
     * The English spellings that name a skill by an action noun after its object ("Stakeholder management", "Cash
     * handling", "Risk assessment"), by the verb's {@link #derived} form: a duty names them verb first ("manage
     * stakeholders", "handle cash", "assess risks").
     */
    private final Map<String, List<VerbFirst>> byVerb;
    /**
     * Each spelling with Russian letters by its {@link #transliterated} form, to the one skill that has it: a name
     * asked for in Latin letters ("GOST 34", "Rosreestr", "SMEV") reaches the skill written in Cyrillic.
     */
    private final Map<String, Skill> byTransliteration;
    /** Skills whose canonical name is a strict spelling ({@code ==MoSCoW}): {@link #find} takes it only as written. */
    private final Set<Skill> strictNames;
    /** Words written {@code +patient}: a quality read only as an item of a list of qualities, by the word folded. */
    private final Map<String, Skill> byQuality;
    /** The text of {@code contexts.txt} this taxonomy was read with, for {@link #extendedWith}. */
    private final String contexts;
    /** How names that mean different skills in different fields are read; see {@code contexts.txt}. */
    private final Map<Skill, List<ContextRule>> contextRules;

    /**
     * When the text around a mention of a skill has one of {@code when} (each a group of word keys that must all be
     * there), the mention means {@code meaning}, or nothing when that is null.
     */
    private record ContextRule(Skill meaning, List<List<String>> when) {
    }

    private SkillTaxonomy(String version, List<Skill> skills) {
        this(version, skills, "");
    }

    private SkillTaxonomy(String version, List<Skill> skills, String contexts) {
        this.version = version;
        this.skills = List.copyOf(skills);
        this.contexts = contexts;
        Set<Skill> strict = new HashSet<>();
        Map<String, List<Pattern>> patterns = new HashMap<>();
        Map<String, Skill> owners = new HashMap<>();
        Map<String, Skill> names = new LinkedHashMap<>();
        Tokenizer tokenizer = new Tokenizer();
        List<String> problems = new ArrayList<>();
        Set<String> keysSeen = new HashSet<>();
        Map<String, Skill> exactSpellings = new HashMap<>();
        Map<String, Skill> cores = new HashMap<>();
        Set<String> sharedCores = new HashSet<>();
        Map<String, List<VerbFirst>> verbs = new HashMap<>();
        Map<String, Skill> transliterations = new HashMap<>();
        Set<String> sharedTransliterations = new HashSet<>();
        Map<String, Skill> qualities = new HashMap<>();
        for (Skill skill : skills) {
            if (names.put(skill.name().toLowerCase(java.util.Locale.ROOT), skill) != null) {
                problems.add("The skill " + skill.name() + " is listed twice");
            }
            boolean nameIsStrict = skill.aliases().contains("==" + skill.name());
            boolean nameIsExact = nameIsStrict || skill.aliases().contains("=" + skill.name());
            if (nameIsStrict) {
                strict.add(skill);
            }
            List<String> spellings = new ArrayList<>(skill.aliases());
            if (!nameIsExact) {
                spellings.add(skill.name());
            }
            for (String spelling : spellings) {
                if (spelling.startsWith("+")) {
                    Skill had = qualities.putIfAbsent(Tokenizer.folded(spelling.substring(1).strip()), skill);
                    if (had != null && had != skill) {
                        problems.add("The quality '" + spelling + "' names both " + had.name() + " and " + skill.name());
                    }
                    continue;
                }
                boolean strictSpelling = spelling.startsWith("==");
                boolean exact = spelling.startsWith("=");
                List<Token> tokens = tokenizer.tokenize(spelling.substring(strictSpelling ? 2 : exact ? 1 : 0));
                if (tokens.isEmpty()) {
                    problems.add("The alias '" + spelling + "' of " + skill.name() + " has no words");
                    continue;
                }
                String[] keys = tokens.stream().map(Token::key).toArray(String[]::new);
                keysSeen.addAll(Arrays.asList(keys));
                if (exact && !strictSpelling) {
                    exactSpellings.putIfAbsent(String.join(" ", tokens.stream().map(t -> Tokenizer.folded(t.raw())).toList()),
                            skill);
                }
                String[] raws = exact ? tokens.stream().map(Token::raw).toArray(String[]::new) : null;
                String[] whole = tokens.stream().map(t -> t.key().length() < MIN_STEM ? Tokenizer.folded(t.raw()) : null)
                        .toArray(String[]::new);
                // Words too short to stem count as written, so "FTPS" and "FTP" stay two spellings.
                String[] identityWords = tokens.stream().map(SkillTaxonomy::identityWord).toArray(String[]::new);
                String identity = exact ? "=" + String.join(" ", raws) : String.join(" ", identityWords);
                Skill owner = owners.putIfAbsent(identity, skill);
                if (owner != null && owner != skill) {
                    problems.add("The alias '" + spelling + "' names both " + owner.name() + " and " + skill.name());
                }
                if (owner == null) {
                    patterns.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Pattern(skill, keys, raws, whole));
                }
                String latin = transliterated(spelling.substring(strictSpelling ? 2 : exact ? 1 : 0));
                if (latin != null) {
                    Skill had = transliterations.putIfAbsent(latin, skill);
                    if (had != null && had != skill) {
                        sharedTransliterations.add(latin);
                    }
                }
                if (!exact) {
                    VerbFirst verbFirst = VerbFirst.of(skill, tokens);
                    if (verbFirst != null) {
                        verbs.computeIfAbsent(verbFirst.verb(), k -> new ArrayList<>()).add(verbFirst);
                    }
                    String core = core(identityWords);
                    if (core != null) {
                        Skill had = cores.putIfAbsent(core, skill);
                        if (had != null && had != skill) {
                            sharedCores.add(core);
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        // Longest first, so "Spring Boot" wins over "Spring" and "1С:Бухгалтерия" over "1С".
        patterns.values().forEach(list -> list.sort(Comparator.comparingInt((Pattern p) -> p.keys.length).reversed()));
        this.byFirstKey = Map.copyOf(patterns);
        this.byName = names;
        this.allKeys = Set.copyOf(keysSeen);
        this.exactByLowerCase = Map.copyOf(exactSpellings);
        cores.keySet().removeAll(sharedCores);
        this.byCore = Map.copyOf(cores);
        this.byVerb = Map.copyOf(verbs);
        transliterations.keySet().removeAll(sharedTransliterations);
        this.byTransliteration = Map.copyOf(transliterations);
        this.strictNames = Set.copyOf(strict);
        this.byQuality = Map.copyOf(qualities);
        this.contextRules = contextRules(contexts, names, tokenizer);
    }

    /**
     * Reads {@code contexts.txt}: {@code Skill => Meaning | word; two words; ...}, where {@code Meaning} is another
     * skill or {@code -} (not a skill at all): a mention of the skill means that when the text has any of the words
     * (for a group of words, all of them; compared by stem like any name).
     */
    private static Map<Skill, List<ContextRule>> contextRules(String contexts, Map<String, Skill> names,
            Tokenizer tokenizer) {
        Map<Skill, List<ContextRule>> rules = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (SkillFiles.Line numbered : SkillFiles.lines(new StringReader(contexts))) {
            String line = numbered.text();
            int arrow = line.indexOf("=>");
            int bar = line.indexOf('|');
            if (arrow < 0 || bar < arrow) {
                problems.add("contexts.txt:" + numbered.number() + ": expected 'Skill => Meaning | words'");
                continue;
            }
            Skill skill = names.get(line.substring(0, arrow).strip().toLowerCase(java.util.Locale.ROOT));
            String meaningName = line.substring(arrow + 2, bar).strip();
            Skill meaning = meaningName.equals("-") ? null : names.get(meaningName.toLowerCase(java.util.Locale.ROOT));
            if (skill == null || meaning == null && !meaningName.equals("-")) {
                problems.add("contexts.txt:" + numbered.number() + ": unknown skill in '" + line + "'");
                continue;
            }
            List<List<String>> when = Arrays.stream(line.substring(bar + 1).split(";")).map(String::strip)
                    .filter(words -> !words.isEmpty())
                    .map(words -> tokenizer.tokenize(words).stream().map(Token::key).toList()).toList();
            rules.computeIfAbsent(skill, k -> new ArrayList<>()).add(new ContextRule(meaning, when));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return Map.copyOf(rules);
    }

    /** The taxonomy shipped with QH. */
    public static SkillTaxonomy builtIn() {
        SkillTaxonomy taxonomy = builtIn;
        if (taxonomy == null) {
            synchronized (SkillTaxonomy.class) {
                taxonomy = builtIn;
                if (taxonomy == null) {
                    builtIn = taxonomy = loadBuiltIn();
                }
            }
        }
        return taxonomy;
    }

    /** A taxonomy of the given skills, for an extended or a test taxonomy. */
    public static SkillTaxonomy of(String version, List<Skill> skills) {
        return new SkillTaxonomy(version, skills);
    }

    /**
     * This taxonomy with {@code additions}, under {@code version}: an addition whose name is a skill here adds its
     * aliases to that skill (category and breadth stay); any other is a new skill. The contexts stay. An addition
     * whose alias would name two skills stops it, like a clash in the files, with every clash listed; an alias the
     * skill has already is passed over.
     *
     * @throws IllegalArgumentException when an alias of an addition names another skill
     */
    public SkillTaxonomy extendedWith(String version, List<Skill> additions) {
        Map<String, Skill> merged = new LinkedHashMap<>();
        for (Skill skill : skills) {
            merged.put(skill.name().toLowerCase(java.util.Locale.ROOT), skill);
        }
        for (Skill addition : additions) {
            String key = addition.name().toLowerCase(java.util.Locale.ROOT);
            Skill existing = merged.get(key);
            if (existing == null) {
                merged.put(key, addition);
            } else {
                List<String> aliases = new ArrayList<>(existing.aliases());
                addition.aliases().stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
                merged.put(key, new Skill(existing.name(), existing.category(), aliases, existing.broad()));
            }
        }
        return new SkillTaxonomy(version, new ArrayList<>(merged.values()), contexts);
    }

    /**
     * This taxonomy with those of {@code additions} that fit, under {@code version}: an addition that would make a
     * spelling name two skills (with this taxonomy or an addition before it) is passed over and handed to
     * {@code passedOver} with the reason. For a release made on another version of this taxonomy, which must not
     * stop a service from reading skills.
     */
    public SkillTaxonomy extendedWithFitting(String version, List<Skill> additions,
            java.util.function.BiConsumer<Skill, String> passedOver) {
        try {
            return extendedWith(version, additions);
        } catch (IllegalArgumentException clash) {
            List<Skill> fitting = new ArrayList<>();
            for (Skill addition : additions) {
                List<Skill> more = new ArrayList<>(fitting);
                more.add(addition);
                try {
                    extendedWith(version, more);
                    fitting.add(addition);
                } catch (IllegalArgumentException e) {
                    passedOver.accept(addition, e.getMessage());
                }
            }
            return extendedWith(version, fitting);
        }
    }

    /** Reads one category file: one skill per line, {@code Name | alias; alias}, {@code #} comments. */
    public static List<Skill> parse(String category, Reader source) {
        List<Skill> skills = new ArrayList<>();
        for (SkillFiles.Line numbered : SkillFiles.lines(source)) {
            String line = numbered.text();
            boolean broad = line.startsWith("~");
            if (broad) {
                line = line.substring(1);
            }
            int bar = line.indexOf('|');
            String name = (bar < 0 ? line : line.substring(0, bar)).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(category + ":" + numbered.number() + ": a skill without a name");
            }
            List<String> aliases = bar < 0 ? List.of() : Arrays.stream(line.substring(bar + 1).split(";"))
                    .map(String::strip).filter(alias -> !alias.isEmpty()).distinct().toList();
            skills.add(new Skill(name, category, aliases, broad));
        }
        return skills;
    }

    /** The taxonomy's version, from {@code index.txt}; stored with extraction results so they can be redone. */
    public String version() {
        return version;
    }

    public List<Skill> skills() {
        return skills;
    }

    /**
     * The skill a name stands for: its canonical name or any alias, written in any form the matcher accepts
     * ({@code k8s}, {@code Постгрес}), with or without a version after it ({@code Swift 5+}, {@code Python 3},
     * {@code PHP7}); empty when the whole text is not one skill. A name asked for on its own is a name, so the
     * spellings that match a text only as written ({@code =Oracle}) match here in any letter case ({@code ORACLE}),
     * except strict ones ({@code ==MoSCoW}), which a city ({@code Moscow}) must not be taken for.
     */
    public Optional<Skill> find(String nameOrAlias) {
        String stripped = nameOrAlias.strip();
        Skill byCanonical = byName.get(stripped.toLowerCase(java.util.Locale.ROOT));
        if (byCanonical != null && (!strictNames.contains(byCanonical) || byCanonical.name().equals(stripped))) {
            return Optional.of(byCanonical);
        }
        List<Token> tokens = unversioned(TOKENIZERS.get().tokenize(nameOrAlias));
        int length = tokens.size();
        while (length > 1 && VERSION.matcher(tokens.get(length - 1).raw()).matches()) {
            length--;
        }
        if (length == 0) {
            return Optional.empty();
        }
        tokens = tokens.subList(0, length);
        Match match = matchAt(tokens, 0);
        if (match != null && match.written == tokens.size()) {
            return Optional.of(match.pattern.skill);
        }
        String spelled = String.join(" ", tokens.stream().map(t -> Tokenizer.folded(t.raw())).toList());
        Skill exactly = exactByLowerCase.get(spelled);
        if (exactly != null) {
            return Optional.of(exactly);
        }
        // "Навыки делового общения", "Strong knowledge of SQL": one name among words that only say how well.
        List<SkillMention> mentions = findIn(nameOrAlias);
        if (mentions.size() == 1 && onlyQualifiersAround(nameOrAlias, mentions.getFirst())) {
            return Optional.of(mentions.getFirst().skill());
        }
        // "Copyright compliance", "Families in Revit", "Sales": the same words as a spelling once the words that
        // only say how a skill is had are set aside on both sides, in any order.
        String core = core(tokens.stream().map(SkillTaxonomy::identityWord).toArray(String[]::new));
        Skill byItsCore = core == null ? null : byCore.get(core);
        if (byItsCore != null) {
            return Optional.of(byItsCore);
        }
        // "GAS Pravosudie", "SMEV", "GOST 34": a Russian name written in Latin letters.
        // loose() gives "" for a name with any letter outside ASCII, so a name in Russian letters goes no further.
        String latin = loose(stripped.toLowerCase(java.util.Locale.ROOT));
        Skill transliterated = latin.length() < 4 ? null : byTransliteration.get(latin);
        if (transliterated != null) {
            return Optional.of(transliterated);
        }
        // "Electrical safety group II", "Welding grade 4", «Электробезопасность III группа»: a grade is how much of
        // the skill is had, as a version is which release; a name that is a skill with its grade is that skill.
        java.util.regex.Matcher graded = GRADE.matcher(stripped);
        if (graded.matches()) {
            return find(graded.group(1));
        }
        // "SIA Security Guarding licence", "Dental hygienist license": a licence after the name of a skill that is
        // itself a licence is that skill; after a skill that is done ("Phlebotomy certification"), it is asked for
        // apart from the skill and stays unresolved.
        // "Traceability system", "TMS software", "PPE use", "Cash register operation": a practice or a tool written
        // with the system or software that holds it, its use or its operation.
        java.util.regex.Matcher held = SYSTEM_OR_USE_AFTER.matcher(stripped);
        if (held.matches()) {
            Optional<Skill> named = find(held.group(1));
            if (named.isPresent()) {
                return named;
            }
        }
        java.util.regex.Matcher credential = CREDENTIAL_AFTER.matcher(stripped);
        if (credential.matches()) {
            Optional<Skill> named = find(credential.group(1));
            if (named.isPresent() && isCredential(named.get())) {
                return named;
            }
        }
        // "Government contracts 44-FZ", "Acceptance certificates KS-2", "PPE use", "RDH license": a code names one
        // thing, so the words around the only name in the text that is a code say what it is, not which.
        // A code glued by a colon to the next word is the prefix of a longer name: «1С:Эксперт», "1C:UPP".
        if (mentions.size() == 1 && isCode(mentions.getFirst().written())) {
            SkillMention code = mentions.getFirst();
            String name = nameOrAlias;
            boolean prefix = code.end() < name.length() && name.charAt(code.end()) == ':'
                    || code.start() > 0 && name.charAt(code.start() - 1) == ':';
            return prefix ? Optional.empty() : Optional.of(code.skill());
        }
        return Optional.empty();
    }

    /**
     * A name written as a code: with a digit ({@code 44-FZ}, {@code KS-2}, {@code A320}) or as an abbreviation of two
     * letters or more in capitals ({@code PPE}, {@code RDH}, {@code ЕИС}); a word in capitals ({@code SAFETY}) is no
     * abbreviation, so one of five letters or more counts only with a digit.
     */
    private static boolean isCode(String written) {
        boolean digit = false;
        int letters = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return digit || written.chars().anyMatch(Character::isDigit);
                }
                letters++;
            } else if (!Character.isWhitespace(c) && c != '-' && c != '.' && c != '/') {
                return false;
            }
        }
        return digit || (letters >= 2 && letters <= 4);
    }

    /**
     * A grade, group or level after a name: "group II", "level 3", "grade 4", «III группа», «4 разряда»; a category
     * is not among them, since a licence's categories are skills of their own (driving licence C is not B).
     */
    private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile(
            "(?iu)(.*?\\p{L}.*?)[\\s,(]+(?:(?:group|grade|level|class|группа|группы|разряд|разряда|уровень)\\s*"
                    + "(?:[ivx]{1,4}|\\d{1,2})|(?:[ivx]{1,4}|\\d{1,2})(?:st|nd|rd|th|-?[яйго]{1,2})?\\s*"
                    + "(?:group|grade|level|class|группа|группы|разряд|разряда|уровень|уровня))\\)?\\s*");

    private static final String CREDENTIAL_WORDS = "licen[cs]es?|certificates?|certification|cards?|registration"
            + "|accreditation|permits?|tickets?|удостоверени[ея]|свидетельство|сертификат|допуск|аттестат";

    /** The system that holds a practice, its use or its operation after its name: "Traceability system", "PPE use". */
    private static final java.util.regex.Pattern SYSTEM_OR_USE_AFTER = java.util.regex.Pattern.compile(
            "(?iu)(.*?\\p{L}.*?)\\s+(?:system|systems|software|use|usage|operation|operations)\\s*");

    /** A credential after a name: "licence", "certification", «удостоверение». */
    private static final java.util.regex.Pattern CREDENTIAL_AFTER = java.util.regex.Pattern.compile(
            "(?iu)(.*?\\p{L}.*?)[\\s,(]+(?:" + CREDENTIAL_WORDS + ")\\)?\\s*");

    private static final java.util.regex.Pattern CREDENTIAL_WORD = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:" + CREDENTIAL_WORDS + ")(?!\\p{L})");

    /** Whether a skill is itself a licence, a certificate or a registration, by its name or a spelling. */
    private static boolean isCredential(Skill skill) {
        if (CREDENTIAL_WORD.matcher(skill.name()).find()) {
            return true;
        }
        for (String alias : skill.aliases()) {
            if (CREDENTIAL_WORD.matcher(alias).find()) {
                return true;
            }
        }
        return false;
    }

    private static final String[] CYRILLIC_IN_LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m",
            "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    /**
     * A spelling with Russian letters in Latin ones, compared {@link #loose loosely}; null when it has no Russian
     * letter or too few letters to tell names apart (an abbreviation of two or three letters means many things).
     */
    static String transliterated(String spelling) {
        String lower = Tokenizer.lower(spelling);
        if (lower.chars().noneMatch(c -> c >= 'а' && c <= 'я')) {
            return null;
        }
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'а' && c <= 'я') {
                latin.append(CYRILLIC_IN_LATIN[c - 'а']);
            } else {
                latin.append(c);
            }
        }
        if (lower.codePoints().filter(Character::isLetter).count() < 4) {
            return null;
        }
        String loose = loose(latin.toString());
        return loose.length() < 4 ? null : loose;
    }

    /**
     * Latin letters as transliterations of Russian differ in them: {@code kh} or {@code h}, {@code ts} or {@code c},
     * {@code c} or {@code k}, {@code x} or {@code ks}, {@code y} or {@code i}, {@code yu} or {@code u}, doubled
     * letters or one; spaces and hyphens left out ({@code КонсультантПлюс} and "Consultant Plus").
     */
    static String loose(String latin) {
        // Letters and numbers only, by a loop: this runs for each spelling at load and for each name find() misses.
        StringBuilder kept = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); ) {
            int c = latin.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                if (c >= 128) {
                    return "";
                }
                kept.append((char) c);
            }
        }
        String letters = kept.toString().replace("shch", "sh").replace("kh", "h").replace("ts", "c").replace("c", "k")
                .replace("x", "ks").replace("yu", "u").replace("ya", "a").replace("ye", "e").replace("y", "i")
                .replace("j", "i").replace("w", "v").replace("ph", "f");
        StringBuilder once = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            if (i == 0 || letters.charAt(i) != letters.charAt(i - 1)) {
                once.append(letters.charAt(i));
            }
        }
        return once.toString();
    }

    private boolean onlyQualifiersAround(String name, SkillMention only) {
        String around = name.substring(0, only.start()) + " " + name.substring(only.end());
        for (Token word : TOKENIZERS.get().tokenize(around)) {
            if (!FILLER.contains(Tokenizer.folded(word.raw())) && !QUALIFIER_KEYS.contains(word.key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that say what is done with a skill or how it is had, not which skill it is: "Insurance claims
     * processing" is insurance claims, "Fire evacuation procedures" fire evacuation, «Основы охраны труда» охрана
     * труда. Certificates and licences are not among them: a licence to do a thing is asked for apart from the thing;
     * nor is «по», which is also ПО, software («Разработка ПО» is not «разработка методик»).
     */
    private static final List<String> QUALIFIERS = List.of("knowledge", "of", "experience", "with", "in", "for",
            "on", "the", "and", "skills", "skill", "basics", "basic", "fundamentals", "principles", "processing",
            "handling", "drafting", "preparation", "compliance", "procedures", "awareness", "techniques", "technique",
            "practices", "working", "work", "tasks", "proficiency", "expertise", "understanding", "general",
            "навыки", "навык", "знание", "знания", "основы", "опыт", "работа", "работы", "с", "со", "в", "и",
            "ведение", "оформление", "составление", "подготовка", "проведение", "владение", "умение", "понимание");

    /** The keys of {@link #QUALIFIERS}, and the words as written, the same for every taxonomy. */
    private static final Set<String> QUALIFIER_KEYS = qualifierKeys();

    private static Set<String> qualifierKeys() {
        Tokenizer tokenizer = new Tokenizer();
        Set<String> keys = new HashSet<>();
        for (String word : QUALIFIERS) {
            keys.add(tokenizer.key(word));
            keys.add(Tokenizer.folded(word));
        }
        return Set.copyOf(keys);
    }

    /** A word as a spelling's identity counts it: by its key, or as written when too short to stem. */
    private static String identityWord(Token token) {
        return token.key().length() < MIN_STEM ? Tokenizer.folded(token.raw()) : token.key();
    }

    /** The words of a spelling that name its skill, sorted; null when none does. */
    private static String core(String[] words) {
        List<String> kept = new ArrayList<>(words.length);
        for (String word : words) {
            if (!QUALIFIER_KEYS.contains(word)) {
                kept.add(word);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        kept.sort(null);
        return String.join(" ", kept);
    }

    /** Words that say how well or in what way a named skill is had, not which skill it is. */
    private static final Set<String> FILLER = Set.of("навыки", "навык", "навыками", "умение", "умения", "знание",
            "знания", "опыт", "работы", "работа", "с", "со", "в", "владение", "уверенное", "уверенный", "хорошее",
            "отличное", "базовые", "базовое", "ведение", "проведение", "условиях", "knowledge", "of", "experience", "with", "in",
            "skills", "skill", "strong", "good", "excellent", "basic", "ability", "to", "proficiency");

    /** Every mention of a skill in the text, in order; where names overlap the longest one wins. */
    public List<SkillMention> findIn(CharSequence text) {
        return findIn(text, null);
    }

    /**
     * Every mention of a skill in {@code text}, reading names that depend on their surroundings in
     * {@code surroundings} (the whole vacancy when {@code text} is one of its sentences; {@code null} reads them in
     * {@code text} itself): Zephyr next to RTOS and firmware is the RTOS, not the test tool; Кафка next to a novel
     * is the writer, not the broker; see {@code contexts.txt}.
     *
     * <p>Besides each name written out, a list that shares its last word names one skill per item: "unit, widget and
     * integration tests" is unit, widget and integration testing, «функционального, регрессионного тестирования»
     * and «тестирование (функциональное, регрессионное)» are functional and regression testing.
     */
    public List<SkillMention> findIn(CharSequence text, Surroundings surroundings) {
        List<Token> tokens = unversioned(TOKENIZERS.get().tokenize(text));
        List<SkillMention> mentions = new ArrayList<>();
        Set<String> context = null;
        int i = 0;
        while (i < tokens.size()) {
            VerbFirstMatch verbFirst = byVerb.isEmpty() ? null : verbFirstAt(text, tokens, i);
            if (verbFirst != null && !contextRules.containsKey(verbFirst.skill())) {
                // The object stays to be read on its own: "test the APIs" names API testing and the APIs.
                int start = tokens.get(i).start();
                int end = tokens.get(i + verbFirst.written() - 1).end();
                mentions.add(new SkillMention(verbFirst.skill(), text.subSequence(start, end).toString(), start, end));
            }
            Match match = matchAt(tokens, i);
            if (match == null) {
                match = sharedWordMatch(text, tokens, i);
            }
            if (match == null) {
                match = sharedHeadMatch(text, tokens, i);
            }
            if (match == null) {
                i++;
                continue;
            }
            Skill skill = match.pattern.skill;
            List<ContextRule> rules = contextRules.get(skill);
            if (rules != null) {
                if (context == null) {
                    context = surroundings != null ? surroundings.keys : keysOf(tokens);
                }
                skill = reread(skill, rules, context);
            }
            if (skill != null) {
                int start = tokens.get(i).start();
                int end = tokens.get(i + match.written - 1).end();
                mentions.add(new SkillMention(skill, text.subSequence(start, end).toString(), start, end));
            }
            i = overlapping(tokens, i, match.written);
        }
        if (!byQuality.isEmpty()) {
            addQualities(text, tokens, mentions);
        }
        return mentions;
    }

    /**
     * "Reliable, patient, good with people", "Patient, calm and encouraging": a quality a spelling {@code +patient}
     * names, read only as an item of a list of qualities: first in its sentence or after a comma or a colon, and
     * followed by the end, a comma, or "and" with another quality. "Patient care", "reliable and scalable services"
     * and "build reliable, scalable systems" name none.
     */
    private void addQualities(CharSequence text, List<Token> tokens, List<SkillMention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Skill skill = byQuality.get(Tokenizer.folded(token.raw()));
            if (skill == null || !itemStart(text, tokens, i) || !itemEnd(text, tokens, i)) {
                continue;
            }
            boolean covered = false;
            for (SkillMention mention : mentions) {
                covered |= mention.start() <= token.start() && token.end() <= mention.end() || mention.skill() == skill;
            }
            if (!covered) {
                mentions.add(new SkillMention(skill, token.raw(), token.start(), token.end()));
            }
        }
        mentions.sort(Comparator.comparingInt(SkillMention::start));
    }

    private boolean itemStart(CharSequence text, List<Token> tokens, int at) {
        if (at == 0) {
            return true;
        }
        Token before = tokens.get(at - 1);
        String gap = text.subSequence(before.end(), tokens.get(at).start()).toString();
        if (gap.contains(",") || gap.contains(":") || gap.contains(";") || gap.contains("\n")) {
            return true;
        }
        String word = Tokenizer.folded(before.raw());
        return (word.equals("and") || word.equals("or")) && at > 1
                && byQuality.containsKey(Tokenizer.folded(tokens.get(at - 2).raw()));
    }

    /**
     * What ends an item of a list: a comma, a full stop, a bracket, a line; not a hyphen ("patient-facing"); "and" or
     * "or" after an item that a comma opened, the next to last of "A, B and C" ("Compassion, reliability and a
     * genuine wish to help").
     */
    private static final java.util.regex.Pattern ITEM_END = java.util.regex.Pattern.compile("[,.;:!?)\\n]");

    private boolean itemEnd(CharSequence text, List<Token> tokens, int at) {
        if (at == tokens.size() - 1) {
            return true;
        }
        Token after = tokens.get(at + 1);
        String gap = text.subSequence(tokens.get(at).end(), after.start()).toString();
        if (ITEM_END.matcher(gap).find()) {
            return true;
        }
        String word = Tokenizer.folded(after.raw());
        if ((word.equals("and") || word.equals("or")) && at > 0
                && text.subSequence(tokens.get(at - 1).end(), tokens.get(at).start()).toString().contains(",")) {
            return true;
        }
        return (word.equals("and") || word.equals("or")) && at + 2 < tokens.size()
                && byQuality.containsKey(Tokenizer.folded(tokens.get(at + 2).raw()));
    }

    /**
     * Where to read on after a name of {@code written} words at {@code at}: after it, or at a word inside it where
     * another name starts that runs past its end. "Meticulous attention to detail" names meticulousness
     * ("meticulous attention") and attention to detail; a name inside another ("Spring" in "Spring Boot") is still
     * the longer one's.
     */
    private int overlapping(List<Token> tokens, int at, int written) {
        int end = at + written;
        for (int j = at + 1; j < end; j++) {
            Match inside = matchAt(tokens, j);
            if (inside != null && j + inside.written > end && hasFullWord(tokens, end, j + inside.written)) {
                return j;
            }
        }
        return end;
    }

    /**
     * Whether words {@code from} to {@code to} have one long enough to stem: what a second name adds past the first
     * must be a word, not only a preposition that is also an abbreviation («плана продаж по регионам» is not
     * «продажи ПО»).
     */
    private static boolean hasFullWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).key().length() >= MIN_STEM) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a text as the matcher compares them, for {@link #findIn(CharSequence, Surroundings)}: read once
     * per vacancy, used for each of its sentences.
     */
    public Surroundings surroundings(CharSequence text) {
        return new Surroundings(keysOf(TOKENIZERS.get().tokenize(text)));
    }

    /**
     * The words of a text as the matcher reads them, each with the key it compares by (lower case, one script,
     * stemmed): for tools that learn new names from text, such as {@link com.qh.skills.mining.SkillMiner}.
     */
    public List<Word> words(CharSequence text) {
        return TOKENIZERS.get().tokenize(text).stream()
                .map(token -> new Word(token.raw(), token.key(), token.start(), token.end())).toList();
    }

    /**
     * A word of a text.
     *
     * @param written the word as written
     * @param key the form it is compared by
     * @param start where it starts in the text
     * @param end where it ends (exclusive)
     */
    public record Word(String written, String key, int start, int end) {
    }

    /** The words around a text that tell apart names that mean different skills in different fields. */
    public static final class Surroundings {

        private final Set<String> keys;

        private Surroundings(Set<String> keys) {
            this.keys = keys;
        }
    }

    private static Set<String> keysOf(List<Token> tokens) {
        Set<String> keys = new HashSet<>(tokens.size() * 2);
        for (Token token : tokens) {
            keys.add(token.key());
        }
        return keys;
    }

    /** The skill a mention of {@code skill} stands for where the text has {@code context}; null to drop it. */
    private static Skill reread(Skill skill, List<ContextRule> rules, Set<String> context) {
        for (ContextRule rule : rules) {
            for (List<String> words : rule.when()) {
                if (context.containsAll(words)) {
                    return rule.meaning();
                }
            }
        }
        return skill;
    }

    /**
     * "PHP7", "HTML5", "Python3": a word of three letters or more with a version glued on, which names no skill
     * itself, is read as the word without the version when that names one.
     */
    private List<Token> unversioned(List<Token> tokens) {
        List<Token> read = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (allKeys.contains(token.key())) {
                continue;
            }
            java.util.regex.Matcher glued = GLUED_VERSION.matcher(token.raw());
            if (!glued.matches()) {
                continue;
            }
            String word = glued.group(1);
            String key = TOKENIZERS.get().key(word);
            if (allKeys.contains(key)) {
                if (read == null) {
                    read = new ArrayList<>(tokens);
                }
                read.set(i, new Token(word, key, token.start(), token.end()));
            }
        }
        return read == null ? tokens : read;
    }

    /**
     * A skill named by a list item whose last word the list shares: the item at {@code at} ("unit" in "unit, widget
     * and integration tests") and the shared word after the list, or before it in «тестирование: функциональное,
     * регрессионное». The mention covers the item only, so each item is read in its turn.
     */
    private Match sharedWordMatch(CharSequence text, List<Token> tokens, int at) {
        List<Pattern> candidates = byFirstKey.get(tokens.get(at).key());
        if (candidates == null) {
            return null;
        }
        for (Pattern pattern : candidates) {
            if (pattern.keys.length < 2 || !pattern.matchesWord(tokens.get(at), 0)) {
                continue;
            }
            // Shared word after the list: "unit, widget and integration tests". The list is one word per item (or
            // words joined by hyphens), each after a comma, a slash or a conjunction; the shared word follows the last.
            if (at + 1 < tokens.size() && startsList(text, tokens, at)) {
                int j = at + 1;
                while (j < tokens.size() && j <= at + MAX_LIST) {
                    if (CONJUNCTIONS.contains(tokens.get(j).key())) {
                        j++;
                        continue;
                    }
                    if (!hasListMark(text, tokens.get(j - 1), tokens.get(j))
                            && !CONJUNCTIONS.contains(tokens.get(j - 1).key()) || !listGap(text, tokens.get(j - 1), tokens.get(j))) {
                        break;
                    }
                    int last = j;
                    while (last + 1 < tokens.size() && hyphenated(text, tokens.get(last), tokens.get(last + 1))) {
                        last++;
                    }
                    int next = last + 1;
                    if (next < tokens.size() && spaceOnly(text, tokens.get(last), tokens.get(next))
                            && pattern.matchesFrom(tokens, next, 1)) {
                        // Only a list of skills shares its word: the last item names one with it ("integration
                        // tests"), where "bank, credit card and intercompany accounts" lists no bank cards.
                        Match lastItem = matchAt(tokens, j);
                        return lastItem != null && j + lastItem.written > next ? new Match(pattern, 1) : null;
                    }
                    j = next;
                }
            }
            // Shared word before the list: «тестирование (функциональное, регрессионное)».
            if (pattern.keys.length == 2) {
                for (int h = at - 1; h >= 0 && h >= at - MAX_LIST; h--) {
                    Token before = tokens.get(h);
                    Token after = tokens.get(h + 1);
                    if (!listGap(text, before, after)) {
                        break;
                    }
                    if (pattern.matchesWord(before, 1) && headBefore(text, tokens, h)) {
                        return new Match(pattern, 1);
                    }
                    boolean separated = hasListMark(text, before, after) || CONJUNCTIONS.contains(before.key())
                            || CONJUNCTIONS.contains(after.key()) || hyphenated(text, before, after);
                    if (!separated) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    /** Prepositions that open the second item of a list sharing its head word: «работать с детьми и в коллективе». */
    private static final Set<String> ITEM_PREPOSITIONS = Set.of("в", "во", "с", "со", "на", "in", "with", "on",
            "under");

    /**
     * A skill named by the second item of a list that shares its first word: «умение работать с детьми и в
     * коллективе» is working with children and working in a team, "work under supervision and in a team" is working
     * in a team. The item opens with a preposition after "и", "and" or "or", the head word stands before the first
     * item's preposition a few words back in the same clause, and a spelling is the head with the item. The mention
     * covers the item only; the spelling may open with a word or two before the head («умение работать в
     * коллективе»).
     */
    private Match sharedHeadMatch(CharSequence text, List<Token> tokens, int at) {
        if (at < 3 || !ITEM_PREPOSITIONS.contains(Tokenizer.folded(tokens.get(at).raw()))
                || !CONJUNCTIONS.contains(tokens.get(at - 1).key())
                || !listGap(text, tokens.get(at - 2), tokens.get(at - 1))
                || !listGap(text, tokens.get(at - 1), tokens.get(at))) {
            return null;
        }
        for (int h = at - 3; h >= 0 && h >= at - 2 - MAX_LIST; h--) {
            if (!listGap(text, tokens.get(h), tokens.get(h + 1))) {
                return null;
            }
            if (!ITEM_PREPOSITIONS.contains(Tokenizer.folded(tokens.get(h + 1).raw()))) {
                continue;
            }
            // The spelling may open with a word or two before the head: «умение работать в коллективе».
            for (int first = h; first >= 0 && first >= h - 2; first--) {
                List<Pattern> candidates = byFirstKey.get(tokens.get(first).key());
                if (candidates == null) {
                    continue;
                }
                int head = h - first;
                for (Pattern pattern : candidates) {
                    if (pattern.keys.length >= head + 3 && pattern.matchesPrefix(tokens, first, head + 1)
                            && pattern.matchesFrom(tokens, at, head + 1)) {
                        return new Match(pattern, pattern.keys.length - head - 1);
                    }
                }
            }
        }
        return null;
    }

    /** Whether the word after {@code at} continues a list: a comma, a slash or a conjunction comes next. */
    private static boolean startsList(CharSequence text, List<Token> tokens, int at) {
        Token next = tokens.get(at + 1);
        return hasListMark(text, tokens.get(at), next) || CONJUNCTIONS.contains(next.key());
    }

    /** A shared word before its list is followed by a colon, a bracket or a dash: «тестирование (функциональное». */
    private static boolean headBefore(CharSequence text, List<Token> tokens, int head) {
        Token next = tokens.get(head + 1);
        for (int c = tokens.get(head).end(); c < next.start(); c++) {
            char ch = text.charAt(c);
            if (ch == ':' || ch == '(' || ch == '—' || ch == '–') {
                return true;
            }
        }
        return false;
    }

    private static boolean hyphenated(CharSequence text, Token before, Token after) {
        return after.start() == before.end() + 1 && text.charAt(before.end()) == '-';
    }

    private static boolean spaceOnly(CharSequence text, Token before, Token after) {
        for (int c = before.end(); c < after.start(); c++) {
            if (!Character.isWhitespace(text.charAt(c)) || text.charAt(c) == '\n') {
                return false;
            }
        }
        return after.start() > before.end();
    }

    private static boolean hasListMark(CharSequence text, Token before, Token after) {
        for (int c = before.end(); c < after.start(); c++) {
            char ch = text.charAt(c);
            if (ch == ',' || ch == '/') {
                return true;
            }
        }
        return false;
    }

    /** Between two words of one list: spaces, commas, slashes, brackets, a colon or a dash, nothing that ends it. */
    private static boolean listGap(CharSequence text, Token before, Token after) {
        for (int c = before.end(); c < after.start(); c++) {
            char ch = text.charAt(c);
            if (!(Character.isWhitespace(ch) && ch != '\n' && ch != '\r') && ",/()-:—–&".indexOf(ch) < 0) {
                return false;
            }
        }
        return true;
    }

    private Match matchAt(List<Token> tokens, int at) {
        List<Pattern> candidates = byFirstKey.get(tokens.get(at).key());
        if (candidates == null) {
            return null;
        }
        for (Pattern pattern : candidates) {
            if (pattern.matches(tokens, at)) {
                return new Match(pattern, pattern.keys.length);
            }
        }
        return null;
    }

    /** Words that may stand between a verb and its object: "manage the budget", "handle all cash". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "all", "our", "your", "their", "its");
    /**
     * Words that may follow an object whose phrase has ended: "manage stakeholders across ...", "assess risks and
     * ..."; any other word may be the object's head ("develop business logic" is not business development).
     */
    private static final Set<String> AFTER_OBJECT = Set.of("and", "or", "for", "with", "in", "across", "to", "from",
            "on", "at", "of", "by", "using", "within", "including", "through", "into", "under", "as", "while", "when",
            "daily", "weekly", "monthly", "regularly", "accurately", "effectively", "efficiently", "safely", "end");

    /** An action-noun spelling found verb first at {@code at}: the match and how many words it spans, or null. */
    private VerbFirstMatch verbFirstAt(CharSequence text, List<Token> tokens, int at) {
        String raw = tokens.get(at).raw();
        if (raw.length() < 3 || !isLatinWord(raw)) {
            return null;
        }
        List<VerbFirst> candidates = byVerb.get(derived(raw));
        // A verb or its -ing form: "management accounts" and "installation guide" are nouns naming other things.
        // Asked only of the few words whose verb some spelling has, as the pattern costs more than the look-up.
        if (candidates == null || VerbFirst.NOUN.matcher(raw.toLowerCase(java.util.Locale.ROOT)).matches()) {
            return null;
        }
        int from = at + 1;
        if (from < tokens.size() && DETERMINERS.contains(Tokenizer.folded(tokens.get(from).raw()))
                && spaceOnly(text, tokens.get(at), tokens.get(from))) {
            from++;
        }
        int modified = afterModifiers(tokens, from);
        for (int start : modified == from ? new int[] {from} : new int[] {from, modified}) {
            VerbFirstMatch match = objectAt(text, tokens, at, start, candidates);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** The first of {@code candidates} whose object starts at {@code from} and ends its phrase there, or null. */
    private static VerbFirstMatch objectAt(CharSequence text, List<Token> tokens, int at, int from,
            List<VerbFirst> candidates) {
        for (VerbFirst candidate : candidates) {
            int end = from + candidate.object().length;
            if (end > tokens.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < candidate.object().length && same; k++) {
                Token word = tokens.get(from + k);
                Token before = tokens.get(from + k - 1);
                same = spaceOnly(text, before, word) && isLatinWord(word.raw())
                        && derived(word.raw()).equals(candidate.object()[k]);
            }
            if (same && objectEnds(text, tokens, end)) {
                return new VerbFirstMatch(candidate.skill(), end - at);
            }
        }
        return null;
    }

    /**
     * Words that say how well or how often, which duties put between a verb and its object: "keep accurate, timely
     * records", "manage multiple stakeholders", "handle large cash sums". A closed list, so that a word that names
     * what is done ("develop business logic") is never skipped.
     */
    private static final Set<String> MODIFIERS = Set.of("accurate", "timely", "clear", "detailed", "precise",
            "complete", "thorough", "contemporaneous", "legible", "concise", "proper", "correct", "necessary",
            "required", "relevant", "appropriate", "multiple", "large", "difficult", "complex", "daily", "weekly",
            "monthly", "regular", "routine", "effective", "excellent", "good", "strong", "professional", "several",
            "various");

    /** The first word at or after {@code from} past a run of {@link #MODIFIERS} ("accurate, timely and clear"). */
    private static int afterModifiers(List<Token> tokens, int from) {
        int at = from;
        while (at < tokens.size() - 1 && MODIFIERS.contains(Tokenizer.folded(tokens.get(at).raw()))) {
            at++;
            String next = Tokenizer.folded(tokens.get(at).raw());
            if ((next.equals("and") || next.equals("or")) && at < tokens.size() - 1
                    && MODIFIERS.contains(Tokenizer.folded(tokens.get(at + 1).raw()))) {
                at++;
            }
        }
        return at;
    }

    /** Whether the object that ends before word {@code next} ends its phrase there. */
    private static boolean objectEnds(CharSequence text, List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return true;
        }
        Token last = tokens.get(next - 1);
        Token after = tokens.get(next);
        return !spaceOnly(text, last, after) || AFTER_OBJECT.contains(Tokenizer.folded(after.raw()));
    }

    private static boolean isLatinWord(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static final String[] DERIVATIONAL = {"isations", "izations", "isation", "ization", "ations", "ation",
            "ments", "ment", "ings", "ing", "ions", "ion", "ates", "ate", "ises", "izes", "ised", "ized", "ise", "ize",
            "ed", "es"};

    /**
     * The part an English verb and the nouns made from it share: {@code manage}, {@code managing} and
     * {@code management} are {@code manag}; {@code install}, {@code installing} and {@code installation} are
     * {@code instal}; {@code analyse}, {@code analyze} and {@code analysis} are {@code analys}. Used only to read an
     * action-noun spelling verb first, never to match a word on its own ({@code present} is not presentation).
     */
    static String derived(String raw) {
        String word = raw.toLowerCase(java.util.Locale.ROOT).replace("yz", "ys");
        if (word.endsWith("ysis") || word.endsWith("yses")) {
            word = word.substring(0, word.length() - 2);
        } else if (word.endsWith("ies") && word.length() > 4) {
            word = word.substring(0, word.length() - 3) + "y";
        } else {
            boolean stripped = false;
            for (String suffix : DERIVATIONAL) {
                if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                    word = word.substring(0, word.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
            if (!stripped && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                    && !word.endsWith("is") && word.length() > 3) {
                word = word.substring(0, word.length() - 1);
            }
        }
        if (word.endsWith("e") && word.length() > 3) {
            word = word.substring(0, word.length() - 1);
        }
        int n = word.length();
        if (n >= 4 && word.charAt(n - 1) == word.charAt(n - 2) && Character.isLetter(word.charAt(n - 1))) {
            word = word.substring(0, n - 1);
        }
        return word;
    }

    /** A spelling read verb first: its verb's derived form and its object's words, derived the same way. */
    private record VerbFirst(Skill skill, String verb, String[] object) {

        private static final java.util.regex.Pattern ACTION_NOUN =
                java.util.regex.Pattern.compile("[a-z]{3,}(ing|ment|ation|ition|ion|ysis)");
        static final java.util.regex.Pattern NOUN =
                java.util.regex.Pattern.compile("[a-z]{3,}(ments?|ions?|ysis|yses)");

        /** The verb-first reading of "object action-noun" (two to four English words), or null. */
        static VerbFirst of(Skill skill, List<Token> tokens) {
            if (tokens.size() < 2 || tokens.size() > 4) {
                return null;
            }
            for (Token token : tokens) {
                if (!isLatinWord(token.raw()) || token.raw().length() < 2) {
                    return null;
                }
            }
            String last = tokens.getLast().raw().toLowerCase(java.util.Locale.ROOT);
            if (!ACTION_NOUN.matcher(last).matches()) {
                return null;
            }
            String[] object = new String[tokens.size() - 1];
            for (int k = 0; k < object.length; k++) {
                object[k] = derived(tokens.get(k).raw());
            }
            return new VerbFirst(skill, derived(last), object);
        }
    }

    private record VerbFirstMatch(Skill skill, int written) {
    }

    private static SkillTaxonomy loadBuiltIn() {
        String version = null;
        List<Skill> skills = new ArrayList<>();
        String index = SkillFiles.resource(ROOT + "index.txt");
        for (SkillFiles.Line numbered : SkillFiles.lines(new StringReader(index))) {
            String line = numbered.text();
            if (line.startsWith("version ")) {
                version = line.substring("version ".length()).strip();
            } else {
                skills.addAll(parse(line, new StringReader(SkillFiles.resource(ROOT + line + ".skills"))));
            }
        }
        if (version == null) {
            throw new IllegalStateException(ROOT + "index.txt names no version");
        }
        return new SkillTaxonomy(version, skills, SkillFiles.resource(ROOT + "contexts.txt"));
    }

    /** A pattern found at a place of the text, {@code written} words of which the text spells out there. */
    private record Match(Pattern pattern, int written) {
    }

    /**
     * One spelling of a skill as word keys; {@code raws} is set when the spelling must match exactly, and
     * {@code whole[k]} when word {@code k} has too short a stem to match by it.
     */
    private record Pattern(Skill skill, String[] keys, String[] raws, String[] whole) {

        boolean matches(List<Token> tokens, int at) {
            return matchesFrom(tokens, at, 0);
        }

        /** Whether words {@code from} to the last of this spelling are the words of the text from {@code at}. */
        boolean matchesFrom(List<Token> tokens, int at, int from) {
            if (at + keys.length - from > tokens.size()) {
                return false;
            }
            for (int k = from; k < keys.length; k++) {
                if (!matchesWord(tokens.get(at + k - from), k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the first {@code count} words of this spelling are the words of the text from {@code at}. */
        boolean matchesPrefix(List<Token> tokens, int at, int count) {
            for (int k = 0; k < count; k++) {
                if (!matchesWord(tokens.get(at + k), k)) {
                    return false;
                }
            }
            return true;
        }

        boolean matchesWord(Token token, int k) {
            return raws != null ? raws[k].equals(token.raw())
                    : keys[k].equals(token.key()) && (whole[k] == null || whole[k].equals(Tokenizer.folded(token.raw())));
        }
    }
}
