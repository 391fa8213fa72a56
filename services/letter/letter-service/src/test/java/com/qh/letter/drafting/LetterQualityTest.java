package com.qh.letter.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.ai.factcheck.Evidence;
import com.qh.ai.factcheck.FactChecker;
import com.qh.ai.factcheck.UnsupportedClaim;
import com.qh.letter.drafting.QualityPairs.Pair;
import com.qh.letter.source.ProfileFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's quality bar over the team's profile × vacancy pairs ({@code src/test/resources/quality/}, Russian and
 * English, several professions), every tone and both lengths drafted offline: no claim the fact checker finds
 * unsupported, every number in the letter is one the profile (or the vacancy's title) writes, the company and the
 * role named, and at least two of the vacancy's required skills answered with evidence copied from the profile.
 * Every letter is written to {@code target/letter-quality.txt} to be read.
 */
class LetterQualityTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final LetterEngine ENGINE = LetterEngine.builtIn();
    private static final FactChecker CHECKER = new FactChecker();

    @Test
    void everyOfflineLetterIsSupportedNamesTheRoleAndAnswersTwoRequirements() throws IOException {
        List<Pair> pairs = QualityPairs.all();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int letters = 0;
        int claims = 0;
        int mustAnswered = 0;
        for (Pair pair : pairs) {
            report.append("##### ").append(pair.name()).append(": requires ").append(pair.vacancy().requirements()
                    .stream().map(r -> r.name() + (r.must() ? "" : " (nice)")).toList()).append("\n\n");
            for (Tone tone : Tone.values()) {
                for (Length length : Length.values()) {
                    Draft draft = ENGINE.write(pair.profile(), pair.vacancy(), pair.language(), tone, length);
                    String text = text(draft);
                    letters++;
                    String where = pair.name() + " " + tone.code() + "/" + length.code();
                    report.append("=== ").append(where).append(" ===\n").append(draft.subject()).append("\n\n")
                            .append(text).append("\n\n");
                    List<UnsupportedClaim> unsupported = CHECKER.check(text, Evidence.of(
                            ProfileFacts.jsonResume(pair.profileJson(), pair.language().tag()),
                            new Evidence.Target(pair.vacancy().employer(), pair.vacancy().title(),
                                    pair.vacancy().description()))).unsupported();
                    claims += unsupported.size();
                    unsupported.forEach(c -> failures.add(where + ": unsupported " + c.kind() + " '" + c.span()
                            + "': " + c.reason()));
                    String facts = pair.profileJson().toString() + " " + pair.vacancy().title();
                    Matcher number = NUMBER.matcher(text);
                    while (number.find()) {
                        if (!facts.contains(number.group())) {
                            failures.add(where + ": the number " + number.group() + " is not the profile's");
                        }
                    }
                    // A name with quotes inside is quoted once more, its own quotes becoming „лапки“.
                    String plain = text.replace('„', '«').replace('“', '»');
                    if (!named(plain, pair.vacancy().employer())) {
                        failures.add(where + ": the company is not named");
                    }
                    if (!text.contains(pair.vacancy().title()) && !draft.subject().contains(pair.vacancy().title())) {
                        failures.add(where + ": the role is not named");
                    }
                    long must = draft.answers().stream().filter(Draft.Answer::must)
                            .filter(a -> facts.contains(a.evidence())).count();
                    mustAnswered += (int) must;
                    if (must < 2) {
                        failures.add(where + ": only " + must + " required skills answered with evidence: "
                                + draft.answers());
                    }
                }
            }
        }
        report.insert(0, "Letters: %d from %d pairs; unsupported claims: %d; required skills answered: %d (%.1f a letter)%n%n"
                .formatted(letters, pairs.size(), claims, mustAnswered, mustAnswered / (double) letters));
        Path out = Path.of("target", "letter-quality.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + (failures.isEmpty() ? "" : "FAILURES\n" + String.join("\n", failures)));
        assertThat(failures).as("see target/letter-quality.txt").isEmpty();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(20);
    }

    /** The company as written, or with its first word declined (Клиника «Здоровье» → Клинике «Здоровье»). */
    static boolean named(String text, String company) {
        if (text.contains(company)) {
            return true;
        }
        int space = company.indexOf(' ');
        return space > 1 && Pattern.compile(Pattern.quote(company.substring(0, space - 1)) + "\\p{L}{1,2}"
                + Pattern.quote(company.substring(space))).matcher(text).find();
    }

    static String text(Draft draft) {
        return draft.greeting() + "\n\n" + String.join("\n\n", draft.paragraphs()) + "\n\n" + draft.closing() + "\n"
                + draft.signature();
    }
}
