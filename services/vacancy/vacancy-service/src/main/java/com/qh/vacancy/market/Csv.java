package com.qh.vacancy.market;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV record by record (quoted fields, doubled quotes, line breaks inside quotes) with Apache Commons
 * CSV, and says which line each record starts on, so a bad record in a long export can be named.
 */
final class Csv {

    /**
     * RFC 4180, read as leniently as spreadsheet exports need: text after a closing quote is kept ({@code "ab"cd}
     * reads {@code abcd}) rather than failing the whole file, and an empty line is a record of one blank field,
     * which the importer skips.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrailingData(true)
            .setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    Csv(Reader in) throws IOException {
        this.parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /** The line the next record starts on, for error messages. */
    int line() {
        // The parser has read through the end of the last record's line and no further.
        return Math.toIntExact(parser.getCurrentLineNumber() + 1);
    }

    /** The next record, or {@code null} at the end. */
    List<String> next() throws IOException {
        try {
            return records.hasNext() ? records.next().toList() : null;
        } catch (UncheckedIOException e) {
            // The parser's iterator wraps what it could not read, such as a quoted field never closed.
            throw e.getCause();
        }
    }
}
