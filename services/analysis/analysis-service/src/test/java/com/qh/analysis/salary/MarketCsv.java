package com.qh.analysis.salary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an hh.ru market export ({@code id,title,city,experience,employment,schedule,salary_from,salary_to,
 * salary_currency,salary_gross}, optionally {@code role_id}) for the tests and the benchmark.
 */
final class MarketCsv {

    private MarketCsv() {
    }

    static List<MarketSalary> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    static List<MarketSalary> read(Reader reader) throws IOException {
        List<MarketSalary> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(reader)) {
            rows.add(new MarketSalary(record.get("id"), record.get("title"), record.get("city"),
                    Experience.parse(record.get("experience")), blank(record, "employment"), blank(record, "schedule"),
                    blank(record, "role_id"), number(record, "salary_from"), number(record, "salary_to"),
                    blank(record, "salary_currency"), flag(record, "salary_gross")));
        }
        return rows;
    }

    private static String blank(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static Double number(CSVRecord record, String column) {
        String value = blank(record, column);
        return value == null ? null : Double.valueOf(value);
    }

    private static Boolean flag(CSVRecord record, String column) {
        String value = blank(record, column);
        return value == null ? null : value.equals("1") || value.equalsIgnoreCase("true");
    }
}
