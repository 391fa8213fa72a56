package com.qh.skills;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The skills QH knows, and the matcher that finds them in Russian and English text.
 *
 * <p>The built-in taxonomy lives in this module's resources under {@code qh/skills/}: {@code index.txt} names the
 * version and the category files, and each {@code <category>.skills} file holds one skill per line,
 * {@code Canonical Name | alias; alias}, with a leading {@code ~} for a {@link Skill#broad broad} one. An alias
 * written {@code =Go} matches only that exact spelling as a whole word (for names that are also ordinary words);
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

    private SkillTaxonomy(String version, List<Skill> skills) {
        this.version = version;
        this.skills = List.copyOf(skills);
        Map<String, List<Pattern>> patterns = new HashMap<>();
        Map<String, Skill> owners = new HashMap<>();
        Map<String, Skill> names = new LinkedHashMap<>();
        Tokenizer tokenizer = new Tokenizer();
        List<String> problems = new ArrayList<>();
        for (Skill skill : skills) {
            if (names.put(skill.name().toLowerCase(java.util.Locale.ROOT), skill) != null) {
                problems.add("The skill " + skill.name() + " is listed twice");
            }
            boolean nameIsExact = skill.aliases().contains("=" + skill.name());
            List<String> spellings = new ArrayList<>(skill.aliases());
            if (!nameIsExact) {
                spellings.add(skill.name());
            }
            for (String spelling : spellings) {
                boolean exact = spelling.startsWith("=");
                List<Token> tokens = tokenizer.tokenize(exact ? spelling.substring(1) : spelling);
                if (tokens.isEmpty()) {
                    problems.add("The alias '" + spelling + "' of " + skill.name() + " has no words");
                    continue;
                }
                String[] keys = tokens.stream().map(Token::key).toArray(String[]::new);
                String[] raws = exact ? tokens.stream().map(Token::raw).toArray(String[]::new) : null;
                String[] whole = tokens.stream().map(t -> t.key().length() < MIN_STEM ? Tokenizer.lower(t.raw()) : null)
                        .toArray(String[]::new);
                // Words too short to stem count as written, so "FTPS" and "FTP" stay two spellings.
                String[] identityWords = new String[keys.length];
                for (int k = 0; k < keys.length; k++) {
                    identityWords[k] = whole[k] != null ? whole[k] : keys[k];
                }
                String identity = exact ? "=" + String.join(" ", raws) : String.join(" ", identityWords);
                Skill owner = owners.putIfAbsent(identity, skill);
                if (owner != null && owner != skill) {
                    problems.add("The alias '" + spelling + "' names both " + owner.name() + " and " + skill.name());
                }
                if (owner == null) {
                    patterns.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Pattern(skill, keys, raws, whole));
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
     * ({@code k8s}, {@code Постгрес}); empty when the whole text is not one skill.
     */
    public Optional<Skill> find(String nameOrAlias) {
        Skill byCanonical = byName.get(nameOrAlias.strip().toLowerCase(java.util.Locale.ROOT));
        if (byCanonical != null) {
            return Optional.of(byCanonical);
        }
        List<Token> tokens = TOKENIZERS.get().tokenize(nameOrAlias);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Match match = matchAt(tokens, 0);
        return match != null && match.length == tokens.size() ? Optional.of(match.pattern.skill) : Optional.empty();
    }

    /** Every mention of a skill in the text, in order; where names overlap the longest one wins. */
    public List<SkillMention> findIn(CharSequence text) {
        List<Token> tokens = TOKENIZERS.get().tokenize(text);
        List<SkillMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match match = matchAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i + match.length - 1).end();
            mentions.add(new SkillMention(match.pattern.skill, text.subSequence(start, end).toString(), start, end));
            i += match.length;
        }
        return mentions;
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
        return new SkillTaxonomy(version, skills);
    }

    private record Match(Pattern pattern, int length) {
    }

    /**
     * One spelling of a skill as word keys; {@code raws} is set when the spelling must match exactly, and
     * {@code whole[k]} when word {@code k} has too short a stem to match by it.
     */
    private record Pattern(Skill skill, String[] keys, String[] raws, String[] whole) {

        boolean matches(List<Token> tokens, int at) {
            if (at + keys.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < keys.length; k++) {
                Token token = tokens.get(at + k);
                boolean same = raws != null ? raws[k].equals(token.raw())
                        : keys[k].equals(token.key()) && (whole[k] == null || whole[k].equals(Tokenizer.lower(token.raw())));
                if (!same) {
                    return false;
                }
            }
            return true;
        }
    }
}
