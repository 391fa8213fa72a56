package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in Russian and English text, written in digits ({@code 1 200}, {@code 1,200}, {@code 2,5 млн},
 * {@code $1.2M}) or in words ("twenty-five", «полторы тысячи», «пятерых»), with their value.
 */
final class Numbers {

    /**
     * A number in a text.
     *
     * @param value   its value with any multiplier applied
     * @param start   where it starts
     * @param end     where it ends, after any multiplier or per cent sign
     * @param spelled whether it was written in words
     * @param plain   whether it is a bare integer of digits (so it may be a year)
     * @param percent whether it is a share in per cent
     */
    record Num(double value, int start, int end, boolean spelled, boolean plain, boolean percent) {
    }

    /**
     * The first of a pair that shares the second's unit: "from 36 to 29%", «с 18 до 64 тысяч», "$1.2–1.5M". A bare
     * first number takes the per cent or the multiplier written once after the second.
     */
    private static final Pattern SHARED_UNIT = Pattern.compile(
            "\\s*(?:to|до|→|->|–|—|-)\\s*\\$?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[  \\u202F]\\d{3})+(?!\\d)|\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+)(?:[.,](\\d+))?");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "^([\\s-]?(?:тыс\\.?|тысяч\\p{L}*|thousand|млн\\.?|миллион\\p{L}*|million|млрд\\.?|миллиард\\p{L}*|billion|bn)"
                    + "(?![\\p{L}])|(?:k|K|M|B|bn|m)(?![\\p{L}\\d]))");
    private static final Pattern HALF = Pattern.compile(
            "\\s(?:с половиной|and a half)(?:\\s(тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|thousand|million|billion))?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile("^\\s?(%|процент\\p{L}*|percent|per cent|п\\.\\s?п\\.)");

    private static final Map<String, Double> WORDS = new HashMap<>();
    private static final Map<String, Double> SCALES = new HashMap<>();
    private static final Map<String, Double> ONE = new HashMap<>();

    static {
        String[][] en = {
            {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}, {"seven", "7"}, {"eight", "8"},
            {"nine", "9"}, {"ten", "10"}, {"eleven", "11"}, {"twelve", "12"}, {"thirteen", "13"}, {"fourteen", "14"},
            {"fifteen", "15"}, {"sixteen", "16"}, {"seventeen", "17"}, {"eighteen", "18"}, {"nineteen", "19"},
            {"twenty", "20"}, {"thirty", "30"}, {"forty", "40"}, {"fifty", "50"}, {"sixty", "60"},
            {"seventy", "70"}, {"eighty", "80"}, {"ninety", "90"}, {"hundred", "100"}};
        for (String[] w : en) {
            WORDS.put(w[0], Double.valueOf(w[1]));
        }
        put(2, "два", "две", "двух", "двум", "двумя", "двое", "двоих");
        put(3, "три", "трех", "трем", "тремя", "трое", "троих");
        put(4, "четыре", "четырех", "четырем", "четырьмя", "четверо", "четверых");
        put(5, "пять", "пяти", "пятью", "пятеро", "пятерых");
        put(6, "шесть", "шести", "шестью", "шестеро", "шестерых");
        put(7, "семь", "семи", "семью", "семеро", "семерых");
        put(8, "восемь", "восьми", "восемью", "восьмерых");
        put(9, "девять", "девяти", "девятью", "девятеро", "девятерых");
        put(10, "десять", "десяти", "десятью", "десятеро", "десятерых");
        String[] teens = {"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
            "семнадцат", "восемнадцат", "девятнадцат"};
        for (int i = 0; i < teens.length; i++) {
            put(11 + i, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
        }
        put(20, "двадцать", "двадцати", "двадцатью");
        put(30, "тридцать", "тридцати", "тридцатью");
        put(40, "сорок", "сорока");
        put(50, "пятьдесят", "пятидесяти", "пятьюдесятью");
        put(60, "шестьдесят", "шестидесяти", "шестьюдесятью");
        put(70, "семьдесят", "семидесяти", "семьюдесятью");
        put(80, "восемьдесят", "восьмидесяти", "восемьюдесятью");
        put(90, "девяносто", "девяноста");
        put(100, "сто", "ста");
        // every case of a hundred: «двухсот», «четырёмстам контрольно-измерительным приборам», «пятьюстами», «о трёхстах»
        put(200, "двести", "двухсот", "двумстам", "двумястами", "двухстах");
        put(300, "триста", "трехсот", "тремстам", "тремястами", "трехстах");
        put(400, "четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах");
        String[][] hundreds = {{"пять", "пяти", "пятью"}, {"шесть", "шести", "шестью"}, {"семь", "семи", "семью"},
            {"восемь", "восьми", "восемью"}, {"девять", "девяти", "девятью"}};
        for (int i = 0; i < hundreds.length; i++) {
            String[] h = hundreds[i];
            put(100 * (5 + i), h[0] + "сот", h[1] + "сот", h[1] + "стам", h[2] + "стами", h[1] + "стах");
        }
        put(1.5, "полтора", "полторы", "полутора");
        for (String s : new String[] {"тысяча", "тысячи", "тысяч", "тысячу", "тысяче", "тысячей", "тысячью", "тысячам", "тысячами",
            "тысячах", "thousand"}) {
            SCALES.put(s, 1e3);
        }
        for (String s : new String[] {"миллион", "миллиона", "миллионов", "миллиону", "миллионом", "миллионе", "миллионам",
            "миллионами", "миллионах", "million"}) {
            SCALES.put(s, 1e6);
        }
        for (String s : new String[] {"миллиард", "миллиарда", "миллиардов", "миллиарду", "миллиардом", "миллиарде", "миллиардам",
            "миллиардами", "миллиардах", "billion"}) {
            SCALES.put(s, 1e9);
        }
        for (String s : new String[] {"один", "одна", "одного", "одной", "одному", "одним", "одну", "one"}) {
            ONE.put(s, 1.0);
        }
    }

    private static void put(double value, String... forms) {
        for (String f : forms) {
            WORDS.put(f, value);
        }
    }

    private Numbers() {
    }

    /** Every number in the text, in order. */
    static List<Num> find(String text) {
        return find(text, null);
    }

    /** Every number in the text, in order; {@code words} are the text's words when already split (null if not). */
    static List<Num> find(String text, List<Words.Word> words) {
        List<Num> found = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            int end = m.end();
            String whole = m.group(1).replaceAll("[  \\u202F,]", "");
            String fraction = m.group(2);
            // "2.5" or "2,5" is a fraction; "in 2024." ends a sentence
            double value;
            try {
                value = Double.parseDouble(fraction == null ? whole : whole + "." + fraction);
            } catch (NumberFormatException e) {
                continue;
            }
            boolean plain = fraction == null && m.group(1).chars().allMatch(Character::isDigit);
            String rest = text.substring(end, Math.min(text.length(), end + 16));
            Matcher mult = MULTIPLIER.matcher(rest);
            double factor = 1;
            if (mult.find() && !(mult.group().equals("B") && !currencyBefore(text, m.start()))) {
                factor = scale(mult.group().strip());
                value *= factor;
                end += mult.end();
                plain = false;
                rest = text.substring(end, Math.min(text.length(), end + 16));
            } else if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
                continue; // glued to letters: 2ГИС, 1С, 3x
            }
            Matcher pct = PERCENT.matcher(rest);
            boolean percent = pct.find();
            if (percent) {
                end += pct.end();
                plain = false;
            }
            found.add(new Num(value, m.start(), end, false, plain, percent));
            scales.add(factor);
        }
        shareUnits(text, found, scales);
        spelled(text, words == null ? Words.split(text) : words, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Gives a bare number the per cent sign or multiplier its partner in a from–to pair carries (see SHARED_UNIT). */
    private static void shareUnits(String text, List<Num> found, List<Double> scales) {
        for (int i = found.size() - 2; i >= 0; i--) {
            Num a = found.get(i);
            Num b = found.get(i + 1);
            boolean bare = scales.get(i) == 1 && !a.percent();
            if (!bare || scales.get(i + 1) == 1 && !b.percent()
                    || !SHARED_UNIT.matcher(text.substring(a.end(), b.start())).matches()) {
                continue;
            }
            double scale = scales.get(i + 1);
            if (scale != 1 && a.value() * scale > b.value() * 100) {
                continue; // "1,200 to 5 thousand" is no pair: the first would outgrow the second a hundredfold
            }
            found.set(i, new Num(a.value() * scale, a.start(), a.end(), false, a.plain() && scale == 1 && !b.percent(),
                    b.percent()));
            scales.set(i, scale);
        }
    }

    /** "$2.1B" is billions; "Year 5B", "a 2B pencil" are not. */
    private static boolean currencyBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && "$€£₽".indexOf(text.charAt(k)) >= 0;
    }

    private static double scale(String word) {
        String w = Words.lower(word).replace(".", "");
        if (w.startsWith("тыс") || w.equals("thousand") || w.equals("k")) {
            return 1e3;
        }
        if (w.startsWith("млрд") || w.startsWith("миллиард") || w.equals("billion") || w.equals("bn") || word.strip().equals("B")) {
            return 1e9;
        }
        return 1e6;
    }

    private static void spelled(String text, List<Words.Word> words, List<Num> found) {
        int i = 0;
        while (i < words.size()) {
            String w = Words.lower(words.get(i).raw());
            Double v = WORDS.get(w);
            boolean one = false;
            if (v == null && ONE.containsKey(w) && i + 1 < words.size() && timeUnit(words.get(i + 1).raw())) {
                v = 1.0;
                one = true;
            }
            // «тысячу двести», "thousand two hundred": a scale word that opens a figure counts one of itself
            Double opening = v == null ? SCALES.get(w) : null;
            if (opening != null && !(i + 1 < words.size() && joined(text, words.get(i).end(), words.get(i + 1).start())
                    && WORDS.containsKey(Words.lower(words.get(i + 1).raw())) && !figureBefore(text, words.get(i).start()))) {
                opening = null;
            }
            if (v == null && opening == null) {
                i++;
                continue;
            }
            int start = words.get(i).start();
            double total = opening == null ? 0 : opening;
            double current = opening == null ? v : 0;
            int j = i + 1;
            while (!one && j < words.size() && joined(text, words.get(j - 1).end(), words.get(j).start())) {
                String next = Words.lower(words.get(j).raw());
                Double add = WORDS.get(next);
                Double scale = SCALES.get(next);
                if (next.equals("hundred")) {
                    current *= 100;
                } else if (scale != null) {
                    total += current * scale;
                    current = 0;
                } else if (add != null && (add < current || current == 0 && total > 0) && add != 100) {
                    // after a scale the next figure adds on: «две тысячи триста» is 2,300
                    current += add;
                } else if (next.equals("and") && j + 1 < words.size() && WORDS.containsKey(Words.lower(words.get(j + 1).raw()))) {
                    j++;
                    continue;
                } else {
                    break;
                }
                j++;
            }
            int end = words.get(j - 1).end();
            // «одиннадцать с половиной лет», «четырёх с половиной миллионов», "five and a half years"
            Matcher half = HALF.matcher(text.substring(end, Math.min(text.length(), end + 40)));
            if (!one && half.lookingAt()) {
                current += 0.5;
                end += half.end();
                if (half.group(1) != null) {
                    Double scale = SCALES.get(Words.lower(half.group(1)));
                    if (scale != null) {
                        total = (total + current) * scale;
                        current = 0;
                    }
                }
            }
            String rest = text.substring(end, Math.min(text.length(), end + 16));
            Matcher pct = PERCENT.matcher(rest);
            boolean percent = pct.find();
            if (percent) {
                end += pct.end();
            }
            found.add(new Num(total + current, start, end, true, false, percent));
            i = j;
        }
    }

    /** Whether digits stand just before (spaces between): «2 тысячи двести» is read from its digits. */
    private static boolean figureBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isSpaceChar(text.charAt(k))) {
            k--;
        }
        return k >= 0 && Character.isDigit(text.charAt(k));
    }

    private static boolean joined(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.equals(" ") || between.equals("-") || between.equals("\u00A0");
    }

    static boolean timeUnit(String raw) {
        String w = Words.lower(raw);
        return w.startsWith("час") || w.startsWith("hour") || w.startsWith("day") || w.startsWith("ден")
                || w.startsWith("дня") || w.startsWith("недел") || w.startsWith("week") || w.startsWith("месяц")
                || w.startsWith("month") || w.startsWith("год") || w.equals("year") || w.startsWith("раз");
    }
}
