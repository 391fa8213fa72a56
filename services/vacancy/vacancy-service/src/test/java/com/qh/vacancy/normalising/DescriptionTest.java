package com.qh.vacancy.normalising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Descriptions from a site's HTML or a user's pasted text, as safe HTML, plain text and Markdown. */
class DescriptionTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("a script is dropped", "<p>Join us</p><script>alert(1)</script>",
                        "<p>Join us</p>", "Join us", "Join us"),
                Arguments.of("an event handler is dropped", "<p onclick=\"steal()\">Join us</p>",
                        "<p>Join us</p>", "Join us", "Join us"),
                Arguments.of("links get nofollow", "<p><a href=\"https://example.org\">About</a></p>",
                        "<p><a href=\"https://example.org\" rel=\"nofollow\">About</a></p>", "About",
                        "[About](https://example.org)"),
                Arguments.of("list items a line each, marked", "<p><strong>Требования:</strong></p>"
                        + "<ul><li>Java 17+</li><li>Опыт работы с Кафкой</li></ul>",
                        "<p><strong>Требования:</strong></p>\n<ul>\n <li>Java 17+</li>\n <li>Опыт работы с Кафкой</li>\n</ul>",
                        "Требования:\n- Java 17+\n- Опыт работы с Кафкой",
                        "**Требования:**\n\n* Java 17+\n* Опыт работы с Кафкой"),
                Arguments.of("headings kept, unsafe blocks dropped to their text",
                        "<h3>Stack</h3><div>Go and gRPC</div>",
                        "<h3>Stack</h3>\nGo and gRPC", "Stack\nGo and gRPC", "### Stack\n\nGo and gRPC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsASafeSubsetOfASitesHtml(String kind, String html, String safeHtml, String text, String markdown) {
        Description description = Description.fromHtml(html);

        assertThat(description.html()).isEqualTo(safeHtml);
        assertThat(description.text()).isEqualTo(text);
        assertThat(description.markdown()).isEqualTo(markdown);
    }

    static Stream<Arguments> pastedTexts() {
        return Stream.of(
                Arguments.of("paragraphs, blank lines left out", "Главный бухгалтер\n\n  Опыт от 5 лет  \n",
                        "<p>Главный бухгалтер</p><p>Опыт от 5 лет</p>", "Главный бухгалтер\nОпыт от 5 лет",
                        "Главный бухгалтер\nОпыт от 5 лет"),
                Arguments.of("bullets of any kind become one list", "Requirements:\n- Go\n• gRPC\n* PostgreSQL\nThanks",
                        "<p>Requirements:</p><ul><li>Go</li><li>gRPC</li><li>PostgreSQL</li></ul><p>Thanks</p>",
                        "Requirements:\n- Go\n• gRPC\n* PostgreSQL\nThanks",
                        "Requirements:\n- Go\n- gRPC\n- PostgreSQL\nThanks"),
                Arguments.of("markup in the text is text", "Salary <b>high</b> & fair",
                        "<p>Salary &lt;b&gt;high&lt;/b&gt; &amp; fair</p>", "Salary <b>high</b> & fair",
                        "Salary <b>high</b> & fair"),
                Arguments.of("a list at the end is closed", "Stack:\r\n– Kotlin\r\n– Ktor",
                        "<p>Stack:</p><ul><li>Kotlin</li><li>Ktor</li></ul>", "Stack:\n– Kotlin\n– Ktor",
                        "Stack:\n- Kotlin\n- Ktor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastedTexts")
    void makesListsOfThePastedTextsBullets(String kind, String pasted, String html, String text, String markdown) {
        Description description = Description.fromText(pasted);

        assertThat(description.html()).isEqualTo(html);
        assertThat(description.text()).isEqualTo(text);
        assertThat(description.markdown()).isEqualTo(markdown);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n\t"})
    void isEmptyWithoutText(String nothing) {
        assertThat(Description.fromHtml(nothing)).isEqualTo(Description.EMPTY);
        assertThat(Description.fromText(nothing)).isEqualTo(Description.EMPTY);
    }
}
