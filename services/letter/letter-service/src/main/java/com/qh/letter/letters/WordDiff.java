package com.qh.letter.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word diff of two texts: runs of equal, deleted and inserted words (whitespace travels with the word before
 * it), from the longest common subsequence of the words. Letters are a page long, so the quadratic table is small.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    /** What happened to a run of text. */
    enum Op { EQUAL, DELETE, INSERT }

    /** A run of words with one fate. */
    record Run(Op op, String text) {
    }

    private WordDiff() {
    }

    static List<Run> between(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                add(runs, Op.EQUAL, b.get(j));
                i++;
                j++;
            }
            else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(runs, Op.INSERT, b.get(j++));
            }
            else {
                add(runs, Op.DELETE, a.get(i++));
            }
        }
        return runs;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static void add(List<Run> runs, Op op, String text) {
        if (!runs.isEmpty() && runs.getLast().op() == op) {
            runs.set(runs.size() - 1, new Run(op, runs.getLast().text() + text));
        }
        else {
            runs.add(new Run(op, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
