package com.qh.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How the taxonomy's and the graph's text files are read: from this module's resources as UTF-8, one meaningful
 * line at a time (stripped, blank lines and {@code #} comments passed over, numbered as in the file for error
 * messages). {@link SkillTaxonomy} and {@link SkillGraph} each read their format this one way.
 */
final class SkillFiles {

    private SkillFiles() {
    }

    /**
     * One meaningful line of a file.
     *
     * @param number the line's number in the file, from 1
     * @param text the line, stripped, neither blank nor a comment
     */
    record Line(int number, String text) {
    }

    /** Every meaningful line of {@code source}, in order; {@code source} is closed. */
    static List<Line> lines(Reader source) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(new Line(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * The text of a resource of this module, such as {@code qh/skills/index.txt}.
     *
     * @throws IllegalStateException when there is no such resource
     */
    static String resource(String path) {
        try (InputStream in = SkillFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
