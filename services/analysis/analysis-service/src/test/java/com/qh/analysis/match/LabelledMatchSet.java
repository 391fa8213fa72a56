package com.qh.analysis.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the labelled profile × vacancy sets under {@code quality/match/} (see its README): the pairs with their
 * grades and the requirement rows a recruiter wrote for each pair.
 */
record LabelledMatchSet(String name, List<Pair> pairs, Map<String, List<Row>> rowsByPair) {

    record Pair(String profile, String vacancy, int grade) {

        String key() {
            return profile + "|" + vacancy;
        }
    }

    record Row(String requirement, String importance, String status, String evidence) {
    }

    static LabelledMatchSet load(String name) {
        List<Pair> pairs = new ArrayList<>();
        for (List<String> row : csv(read(name + "/pairs.csv"))) {
            pairs.add(new Pair(row.get(0), row.get(1), Integer.parseInt(row.get(2))));
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (List<String> row : csv(read(name + "/requirements.csv"))) {
            rows.computeIfAbsent(row.get(0) + "|" + row.get(1), k -> new ArrayList<>())
                    .add(new Row(row.get(2), row.get(3), row.get(4), row.get(5)));
        }
        return new LabelledMatchSet(name, pairs, rows);
    }

    String profileJson(String profile) {
        return read(name + "/profiles/" + profile + ".json");
    }

    /** The vacancy's Markdown; its first {@code #} heading is the title. */
    Vacancy vacancy(String vacancy) {
        String text = read(name + "/vacancies/" + vacancy + ".md");
        String title = text.lines().filter(line -> line.startsWith("# ")).findFirst()
                .map(line -> line.substring(2).strip()).orElse(null);
        return Vacancy.ofText(title, text);
    }

    private static String read(String path) {
        try (InputStream in = LabelledMatchSet.class.getResourceAsStream("/quality/match/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing quality/match/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 rows without the header: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.getFirst().isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }
}
