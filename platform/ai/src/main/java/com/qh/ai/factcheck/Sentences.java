package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences and lines, keeping each piece's trailing space so pieces join back into the text. */
final class Sentences {

    record Span(int start, int end) {
    }

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut = false;
            if (c == '\n') {
                cut = true;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
                cut = true;
            }
            if (cut) {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\n'
                        || text.charAt(j) == '»' || text.charAt(j) == '"' || text.charAt(j) == ')')) {
                    j++;
                }
                spans.add(new Span(start, j));
                start = j;
                i = j - 1;
            }
        }
        if (start < n) {
            spans.add(new Span(start, n));
        }
        return spans;
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        if (i + 1 >= n) {
            return true;
        }
        char next = text.charAt(i + 1);
        if (next != ' ' && next != '\n' && next != '»' && next != '"' && next != ')') {
            return false;
        }
        int j = i + 1;
        while (j < n && !Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j >= n || Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j));
    }
}
