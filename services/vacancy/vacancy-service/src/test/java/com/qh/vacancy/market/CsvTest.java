package com.qh.vacancy.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 4180 as market exports write it, record by record, with the line each record starts on. */
class CsvTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("plain fields", "id,name\n1,Java\n", List.of(List.of("id", "name"), List.of("1", "Java"))),
                Arguments.of("no line break after the last record", "id,name\n1,Java",
                        List.of(List.of("id", "name"), List.of("1", "Java"))),
                Arguments.of("Windows line breaks", "id,name\r\n1,Java\r\n",
                        List.of(List.of("id", "name"), List.of("1", "Java"))),
                Arguments.of("a comma inside quotes", "1,\"Ведущий Java-разработчик, финтех\"\n",
                        List.of(List.of("1", "Ведущий Java-разработчик, финтех"))),
                Arguments.of("a doubled quote inside quotes", "1,\"ООО \"\"Финтех\"\"\"\n",
                        List.of(List.of("1", "ООО \"Финтех\""))),
                Arguments.of("a line break inside quotes", "1,\"first\nsecond\"\n",
                        List.of(List.of("1", "first\nsecond"))),
                Arguments.of("empty fields kept in place", "1,,,x,\n",
                        List.of(List.of("1", "", "", "x", ""))),
                Arguments.of("an empty quoted field", "1,\"\",x\n", List.of(List.of("1", "", "x"))),
                Arguments.of("a quote inside an unquoted field is text", "1,5\" screen\n",
                        List.of(List.of("1", "5\" screen"))),
                Arguments.of("text after a closing quote is kept", "1,\"ab\"cd,x\n",
                        List.of(List.of("1", "abcd", "x"))),
                Arguments.of("a line break inside quotes kept as written", "1,\"a\r\nb\"\r\n",
                        List.of(List.of("1", "a\r\nb"))),
                Arguments.of("an empty line as one blank field", "id\n\n2\n",
                        List.of(List.of("id"), List.of(""), List.of("2"))),
                Arguments.of("nothing at all", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsRecordsAsRfc4180WritesThem(String kind, String file, List<List<String>> records) throws IOException {
        assertThat(readAll(file)).isEqualTo(records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineNumbers")
    void tellsTheLineEachRecordStartsOn(String kind, String file, List<Integer> lines) throws IOException {
        Csv csv = new Csv(new StringReader(file));
        List<Integer> starts = new ArrayList<>();
        while (true) {
            int line = csv.line();
            if (csv.next() == null) {
                break;
            }
            starts.add(line);
        }

        assertThat(starts).isEqualTo(lines);
    }

    static Stream<Arguments> lineNumbers() {
        return Stream.of(
                Arguments.of("one record a line", "id,name\n1,a\n2,b\n", List.of(1, 2, 3)),
                Arguments.of("Windows line breaks", "id,name\r\n1,a\r\n2,b\r\n", List.of(1, 2, 3)),
                Arguments.of("a record spanning two lines", "id,name\n1,\"a\nb\"\n2,c\n", List.of(1, 2, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void refusesAQuotedFieldThatIsNeverClosed(String kind, String file) {
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(IOException.class);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(Arguments.of("at the end of the file", "id,name\n1,\"Java\n"),
                Arguments.of("in the only record", "\"id,name"));
    }

    private static List<List<String>> readAll(String file) throws IOException {
        Csv csv = new Csv(new StringReader(file));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = csv.next(); record != null; record = csv.next()) {
            records.add(record);
        }
        return records;
    }
}
