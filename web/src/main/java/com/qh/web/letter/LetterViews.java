package com.qh.web.letter;

import static com.qh.web.api.JsonPaths.instant;

import com.qh.web.view.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The letter API's answers as the letter pages show them, in the page's language. */
public final class LetterViews {

    private LetterViews() {
    }

    /**
     * A letter in the list.
     *
     * @param id its id
     * @param title the company and role
     * @param language ru or en
     * @param version its current version
     * @param updated when it last changed, formatted
     */
    public record Summary(String id, String title, String language, int version, String updated) {
    }

    /**
     * A letter at its current version.
     *
     * @param id its id
     * @param vacancyId the vacancy it answers
     * @param title the company and role
     * @param version the version
     * @param greeting the greeting line
     * @param body the paragraphs, separated by blank lines
     * @param closing the closing line
     * @param marked the whole text in runs, the ones a finding concerns numbered
     * @param findings the warnings and tone findings, numbered as marked
     * @param checked whether the fact check ran
     * @param notes what could not be done, as the API said it
     */
    public record Letter(String id, String vacancyId, String title, int version, String greeting, String body,
            String closing, List<Run> marked, List<Finding> findings, boolean checked, List<String> notes) {
    }

    /**
     * A run of the letter's text.
     *
     * @param text the text
     * @param number the finding it is marked for, from 1; 0 when unmarked
     * @param kind {@code fact} or {@code tone} when marked
     */
    public record Run(String text, int number, String kind) {
    }

    /**
     * A fact-check warning or a tone finding.
     *
     * @param number its number in the text, from 1; 0 when it could not be placed
     * @param kind {@code fact} or {@code tone}
     * @param label what it is, in the page's language
     * @param span the words concerned
     * @param reason why, or the suggestion
     */
    public record Finding(int number, String kind, String label, String span, String reason) {
    }

    /**
     * A stored version.
     *
     * @param number its number
     * @param origin how it came ({@code OFFLINE}, {@code MODEL}, {@code EDIT}, {@code RESTORE})
     * @param created when, formatted
     * @param current whether it is the letter as it is now
     */
    public record Version(int number, String origin, String created, boolean current) {
    }

    /**
     * A run of a word diff.
     *
     * @param op {@code EQUAL}, {@code DELETE} or {@code INSERT}
     * @param text its words
     */
    public record DiffRun(String op, String text) {
    }

    /**
     * A saved vacancy to draft for.
     *
     * @param id its id
     * @param label its title and company
     */
    public record Vacancy(String id, String label) {
    }

    static List<Summary> list(JsonNode answer, Page page) {
        List<Summary> list = new ArrayList<>();
        for (JsonNode letter : answer) {
            list.add(new Summary(letter.path("id").asString(""), title(letter),
                    letter.path("language").asString(""), letter.path("version").asInt(1),
                    page.dateTime(instant(letter.path("updatedAt")))));
        }
        return list;
    }

    static String title(JsonNode letter) {
        String company = letter.path("company").asString("");
        String role = letter.path("role").asString("");
        return role.isEmpty() ? company : company.isEmpty() ? role : role + " · " + company;
    }

    private record Mark(int start, int end, Finding finding) {
    }

    static Letter letter(JsonNode letter, Page page) {
        String text = letter.path("text").asString("");
        List<Mark> marks = new ArrayList<>();
        for (JsonNode warning : letter.path("factCheck").path("warnings")) {
            if (warning.path("removed").asBoolean(false)) {
                continue;
            }
            String kind = warning.path("kind").asString("");
            marks.add(new Mark(warning.path("start").asInt(-1), warning.path("end").asInt(-1), new Finding(0, "fact",
                    page.tOr("letter.fact." + kind, kind), warning.path("span").asString(""),
                    warning.path("reason").asString(""))));
        }
        for (JsonNode finding : letter.path("toneReport").path("findings")) {
            String type = finding.path("type").asString("");
            marks.add(new Mark(finding.path("start").asInt(-1), finding.path("end").asInt(-1), new Finding(0, "tone",
                    page.tOr("analysis.tone.type." + type, type), finding.path("text").asString(""),
                    finding.path("suggestion").asString(""))));
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        List<Run> runs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Finding> unplaced = new ArrayList<>();
        int at = 0;
        for (Mark mark : marks) {
            boolean placeable = mark.start() >= at && mark.end() > mark.start() && mark.end() <= text.length();
            if (!placeable) {
                unplaced.add(mark.finding());
                continue;
            }
            if (mark.start() > at) {
                runs.add(new Run(text.substring(at, mark.start()), 0, ""));
            }
            int number = findings.size() + 1;
            Finding numbered = new Finding(number, mark.finding().kind(), mark.finding().label(),
                    text.substring(mark.start(), mark.end()), mark.finding().reason());
            findings.add(numbered);
            runs.add(new Run(numbered.span(), number, numbered.kind()));
            at = mark.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), 0, ""));
        }
        findings.addAll(unplaced);
        List<String> paragraphs = new ArrayList<>();
        letter.path("paragraphs").forEach(paragraph -> paragraphs.add(paragraph.asString("")));
        List<String> notes = new ArrayList<>();
        letter.path("notes").forEach(note -> notes.add(note.asString("")));
        return new Letter(letter.path("id").asString(""), letter.path("vacancyId").asString(""), title(letter),
                letter.path("version").asInt(1), letter.path("greeting").asString(""), String.join("\n\n", paragraphs),
                letter.path("closing").asString(""), runs, findings,
                letter.path("factCheck").path("checked").asBoolean(true), notes);
    }

    static List<Version> versions(JsonNode answer, int current, Page page) {
        List<Version> list = new ArrayList<>();
        for (JsonNode version : answer) {
            int number = version.path("version").asInt();
            list.add(new Version(number, version.path("origin").asString(""),
                    page.dateTime(instant(version.path("createdAt"))), number == current));
        }
        return list;
    }

    static List<DiffRun> diff(JsonNode answer) {
        List<DiffRun> runs = new ArrayList<>();
        for (JsonNode run : answer.path("runs")) {
            runs.add(new DiffRun(run.path("op").asString("EQUAL"), run.path("text").asString("")));
        }
        return runs;
    }

    static List<Vacancy> vacancies(JsonNode answer) {
        List<Vacancy> list = new ArrayList<>();
        for (JsonNode vacancy : answer.path("items")) {
            String company = vacancy.path("company").asString("");
            list.add(new Vacancy(vacancy.path("id").asString(""), vacancy.path("title").asString("")
                    + (company.isEmpty() ? "" : " · " + company)));
        }
        return list;
    }
}
