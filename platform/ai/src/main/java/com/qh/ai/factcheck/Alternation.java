package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of many alternatives found the way {@link Matcher#find()} finds it, only faster: at each position of the
 * text only the alternatives that can begin with the character there are tried, in their written order, so every
 * match is the one the whole pattern gives. Java's engine tries every alternative of a group at every position (a
 * list of a hundred employers or a dozen wish words, with case folding for each character compared); most of a check's
 * time went there.
 *
 * <p>The pattern's shape: zero-width look-arounds, then one group of alternatives with no capturing group inside,
 * then anything ({@code (?<![\p{L}])(?:certified|licensed|…)(?![\p{L}])}); or a bare alternation. What an
 * alternative can begin with is read from its first atom (a letter, an escaped character, {@code \d}, a simple
 * character class, a group of such alternatives); where that cannot be read safely the alternative is tried at every
 * position. Anything else is refused when the constant is built, so a pattern never silently changes its matches.
 */
final class Alternation {

    /** Characters below this are looked up in an array; the rest, rare in our texts, in a map. */
    private static final int TABLE = 0x0500;

    private final Pattern whole;
    private final int groups;
    /** The alternatives that may begin with each character, as a pattern; null where none may. */
    private final Pattern[] table = new Pattern[TABLE];
    private final Map<Character, Pattern> beyond = new HashMap<>();
    /** The alternatives that may begin with anything, as a pattern; null if there are none. */
    private final Pattern anywhere;

    /** The flags whose matching the reading below understands; any other is refused. */
    private static final int READ_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE
            | Pattern.DOTALL;
    /** A flag switch with no group of its own ({@code (?i)}), which stays on past its alternative. */
    private static final Pattern BARE_FLAGS = Pattern.compile("(?<!\\\\)\\(\\?[a-zA-Z-]+\\)");

    private Alternation(String regex, int flags) {
        if ((flags & ~READ_FLAGS) != 0) {
            throw new IllegalArgumentException("a flag not read here (comments, literal, Unicode classes …): " + regex);
        }
        if (BARE_FLAGS.matcher(regex).find()) {
            throw new IllegalArgumentException("a flag switch outside a group, which outlives its alternative: " + regex);
        }
        this.whole = Pattern.compile(regex, flags);
        this.groups = whole.matcher("").groupCount();
        boolean ci = (flags & Pattern.CASE_INSENSITIVE) != 0;
        String prefix;
        String body;
        String suffix;
        int open = afterLookarounds(regex, 0);
        if (split(regex).size() > 1) { // a bare alternation
            prefix = "(?:";
            body = regex;
            suffix = ")";
        } else if (open < regex.length() && regex.startsWith("(?", open)) {
            int close = closing(regex, open);
            int inner = regex.indexOf(':', open);
            if (inner < 0 || inner > close) {
                throw new IllegalArgumentException("no group of alternatives after the look-arounds: " + regex);
            }
            ci = applyFlags(regex.substring(open + 2, inner), ci, regex);
            prefix = regex.substring(0, inner + 1);
            body = regex.substring(inner + 1, close);
            suffix = regex.substring(close);
            if (close + 1 < regex.length() && "?*+{".indexOf(regex.charAt(close + 1)) >= 0) {
                throw new IllegalArgumentException("a repeated group of alternatives: " + regex);
            }
        } else {
            throw new IllegalArgumentException("no group of alternatives after the look-arounds: " + regex);
        }
        List<String> alternatives = split(body);
        if (alternatives.size() < 2) {
            throw new IllegalArgumentException("one alternative only: " + regex);
        }
        List<BitSet> starts = new ArrayList<>();
        for (String alternative : alternatives) {
            if (capturing(alternative)) {
                throw new IllegalArgumentException("a capturing group inside an alternative: " + alternative);
            }
            BitSet first = starts(alternative, ci);
            starts.add(first == null || first.isEmpty() ? null : first);
        }
        // one pattern per distinct set of alternatives, shared by the characters that select it
        Map<BitSet, Pattern> compiled = new LinkedHashMap<>();
        List<Integer> any = new ArrayList<>();
        for (int a = 0; a < alternatives.size(); a++) {
            if (starts.get(a) == null) {
                any.add(a);
            }
        }
        this.anywhere = any.isEmpty() ? null : compile(prefix, alternatives, select(any), suffix, flags, compiled);
        BitSet union = new BitSet();
        starts.stream().filter(Objects::nonNull).forEach(union::or);
        for (int c = union.nextSetBit(0); c >= 0; c = union.nextSetBit(c + 1)) {
            BitSet chosen = new BitSet();
            boolean specific = false;
            for (int a = 0; a < alternatives.size(); a++) {
                BitSet s = starts.get(a);
                if (s == null) {
                    chosen.set(a);
                } else if (s.get(c)) {
                    chosen.set(a);
                    specific = true;
                }
            }
            if (!specific) {
                continue;
            }
            Pattern p = compile(prefix, alternatives, chosen, suffix, flags, compiled);
            if (c < TABLE) {
                table[c] = p;
            } else {
                beyond.put((char) c, p);
            }
        }
        for (int c = 0; c < TABLE; c++) {
            if (table[c] == null) {
                table[c] = anywhere;
            }
        }
    }

    /** The regex with its flags, as {@link Pattern#compile(String, int)} takes them. */
    static Alternation compile(String regex, int flags) {
        return new Alternation(regex, flags);
    }

    static Alternation compile(String regex) {
        return new Alternation(regex, 0);
    }

    /** The whole pattern, for matching a region or a whole string. */
    Pattern pattern() {
        return whole;
    }

    /** The matches in a text, found one by one as {@link Matcher#find()} finds them. */
    Scan scan(CharSequence text) {
        return new Scan(text);
    }

    private Pattern at(char c) {
        return c < TABLE ? table[c] : beyond.getOrDefault(c, anywhere);
    }

    /** One pass over one text; its current match is read as a {@link MatchResult}. */
    final class Scan implements MatchResult {

        private final CharSequence text;
        private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>(4);
        private int from;
        private Matcher current;

        private Scan(CharSequence text) {
            this.text = text;
        }

        /** Moves to the next match, as {@link Matcher#find()} does. */
        boolean find() {
            int length = text.length();
            for (int p = from; p <= length; p++) {
                Pattern sub = p < length ? at(text.charAt(p)) : anywhere;
                if (sub == null) {
                    continue;
                }
                Matcher m = matchers.get(sub);
                if (m == null) {
                    m = sub.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers.put(sub, m);
                }
                m.region(p, length);
                if (m.lookingAt()) {
                    current = m;
                    from = m.end() == p ? p + 1 : m.end();
                    return true;
                }
            }
            current = null;
            from = length + 1;
            return false;
        }

        private Matcher current() {
            if (current == null) {
                throw new IllegalStateException("No match available");
            }
            return current;
        }

        @Override
        public int start() {
            return current().start();
        }

        @Override
        public int start(int group) {
            return current().start(group);
        }

        @Override
        public int end() {
            return current().end();
        }

        @Override
        public int end(int group) {
            return current().end(group);
        }

        @Override
        public String group() {
            return current().group();
        }

        @Override
        public String group(int group) {
            return current().group(group);
        }

        @Override
        public int groupCount() {
            return groups;
        }
    }

    // ---- reading the regex ------------------------------------------------------------------------------------

    private static BitSet select(List<Integer> indexes) {
        BitSet s = new BitSet();
        indexes.forEach(s::set);
        return s;
    }

    private static Pattern compile(String prefix, List<String> alternatives, BitSet chosen, String suffix, int flags,
            Map<BitSet, Pattern> compiled) {
        return compiled.computeIfAbsent(chosen, c -> {
            StringBuilder regex = new StringBuilder(prefix);
            String bar = "";
            for (int a = c.nextSetBit(0); a >= 0; a = c.nextSetBit(a + 1)) {
                regex.append(bar).append(alternatives.get(a));
                bar = "|";
            }
            return Pattern.compile(regex.append(suffix).toString(), flags);
        });
    }

    /**
     * The characters an alternative can begin with, as a set of char values; null when it may begin with any (or its
     * first atom is not read here). An empty set: it consumes nothing (look-arounds only).
     */
    private static BitSet starts(String alternative, boolean ci) {
        int i = afterLookarounds(alternative, 0);
        if (i >= alternative.length()) {
            return new BitSet(); // look-arounds only, or nothing: consumes nothing
        }
        char c = alternative.charAt(i);
        BitSet set;
        int next;
        switch (c) {
            case '(' -> {
                int close = closing(alternative, i);
                boolean groupCi = ci;
                int inner = i + 1;
                if (alternative.startsWith("(?", i)) {
                    int colon = alternative.indexOf(':', i);
                    if (colon < 0 || colon > close) {
                        return null;
                    }
                    groupCi = applyFlags(alternative.substring(i + 2, colon), ci, alternative);
                    inner = colon + 1;
                }
                set = new BitSet();
                int empty = 0;
                List<String> inside = split(alternative.substring(inner, close));
                for (String a : inside) {
                    BitSet s = starts(a, groupCi);
                    if (s == null) {
                        return null;
                    }
                    empty += s.isEmpty() ? 1 : 0;
                    set.or(s);
                }
                if (empty == inside.size()) { // a group of look-arounds: what follows it begins the alternative
                    if (close + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(close + 1)) >= 0) {
                        return null;
                    }
                    BitSet rest = starts(alternative.substring(close + 1), ci);
                    return rest == null || rest.isEmpty() ? null : rest;
                }
                if (empty > 0) {
                    return null; // some alternatives consume nothing: what follows could begin it
                }
                next = close + 1;
            }
            case '[' -> {
                int close = classEnd(alternative, i);
                if (close < 0) {
                    return null;
                }
                set = classChars(alternative.substring(i + 1, close), ci);
                if (set == null) {
                    return null;
                }
                next = close + 1;
            }
            case '\\' -> {
                if (i + 1 >= alternative.length()) {
                    return null;
                }
                set = new BitSet();
                if (!addEscaped(set, alternative.charAt(i + 1), ci)) {
                    return null;
                }
                next = i + 2;
            }
            case '.', '^', '$', '|', ')', '*', '+', '?', '{' -> {
                return null;
            }
            default -> {
                set = new BitSet();
                addCased(set, c, ci);
                next = i + 1;
            }
        }
        if (next < alternative.length() && "?*".indexOf(alternative.charAt(next)) >= 0
                || alternative.startsWith("{0", next)) {
            return null; // the first atom may be absent
        }
        return set;
    }

    /** The chars an escape stands for: {@code \d} or escaped punctuation; false for any other (\p{L}, \s, \b …). */
    private static boolean addEscaped(BitSet set, char e, boolean ci) {
        if (e == 'd') {
            set.set('0', '9' + 1);
            return true;
        }
        if (!Character.isLetterOrDigit(e)) {
            addCased(set, e, ci);
            return true;
        }
        return false;
    }

    /** Every char that case-insensitive matching takes for c, as Java's engine compares them (upper, then lower). */
    private static void addCased(BitSet set, char c, boolean ci) {
        set.set(c);
        if (ci) {
            int key = Character.toLowerCase(Character.toUpperCase((int) c));
            set.set(key);
            String others = Folds.OTHERS.get(key);
            if (others != null) {
                others.chars().forEach(set::set);
            }
        }
    }

    /** The chars whose case fold is another char ('K' and the Kelvin sign for 'k'), built once, when first needed. */
    private static final class Folds {
        private static final Map<Integer, String> OTHERS = new HashMap<>();

        static {
            for (int x = 0; x <= Character.MAX_VALUE; x++) {
                int key = Character.toLowerCase(Character.toUpperCase(x));
                if (key != x) {
                    OTHERS.merge(key, String.valueOf((char) x), String::concat);
                }
            }
        }
    }

    /** The chars of a simple class body (letters, ranges, escaped punctuation, \d); null for anything else. */
    private static BitSet classChars(String body, boolean ci) {
        if (body.isEmpty() || body.charAt(0) == '^' || body.contains("&&") || body.contains("[")) {
            return null;
        }
        BitSet set = new BitSet();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length()) {
                    return null;
                }
                if (!addEscaped(set, body.charAt(i + 1), ci)
                        || i + 3 < body.length() && body.charAt(i + 2) == '-') { // a range from an escape: not read
                    return null;
                }
                i += 2;
                continue;
            }
            if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) == '\\') {
                return null; // a range to an escape ([!-\/]): not read
            }
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                for (char x = c; x <= body.charAt(i + 2); x++) {
                    addCased(set, x, ci);
                }
                i += 3;
                continue;
            }
            addCased(set, c, ci);
            i++;
        }
        return set;
    }

    private static boolean applyFlags(String flags, boolean ci, String regex) {
        boolean on = true;
        boolean result = ci;
        for (char f : flags.toCharArray()) {
            switch (f) {
                case '-' -> on = false;
                case 'i' -> result = on;
                case 'u' -> {
                    // Unicode case: our fold is Unicode's already, a superset of ASCII's
                }
                default -> throw new IllegalArgumentException("an inline flag not read here (" + f + "): " + regex);
            }
        }
        return result;
    }

    /** The index after the zero-width look-arounds that start at {@code i}. */
    private static int afterLookarounds(String regex, int i) {
        while (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i) || regex.startsWith("(?=", i)
                || regex.startsWith("(?!", i)) {
            i = closing(regex, i) + 1;
        }
        return i;
    }

    /** The top-level alternatives of a regex (bars outside groups and classes). */
    private static List<String> split(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    throw new IllegalArgumentException("an unclosed class: " + regex);
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** Whether a regex holds a capturing group or a back reference. */
    private static boolean capturing(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && (Character.isDigit(regex.charAt(i + 1)) || regex.charAt(i + 1) == 'k')) {
                    return true;
                }
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?'
                    || regex.startsWith("(?<", i) && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    break;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("an unclosed group: " + regex);
    }

    /** The index of the bracket that closes the class at {@code open}, nested classes included; -1 if none. */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && i > open + 1 && --depth == 0) {
                return i;
            } else if (c == ']' && i == open + 1) {
                continue; // a leading ']' is a literal
            }
        }
        return -1;
    }
}
