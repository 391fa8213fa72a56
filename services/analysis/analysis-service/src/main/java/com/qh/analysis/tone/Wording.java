package com.qh.analysis.tone;

import com.qh.analysis.tone.Phrase.Match;
import com.qh.analysis.tone.Text.Token;
import com.qh.analysis.tone.ToneReport.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lexicon findings: weak verbs, clichés and filler (each a phrase list under {@code tone/<language>/}), and
 * the first person, which only a resume avoids.
 */
final class Wording {

    private final Lexicon weakVerbs;
    private final Lexicon cliches;
    private final Lexicon fillers;
    private final Set<String> firstPerson;
    private final Suggestions suggestions;

    Wording(Language language, Suggestions suggestions) {
        this.weakVerbs = Lexicon.load(language, "weak-verbs");
        this.cliches = Lexicon.load(language, "cliches");
        this.fillers = Lexicon.load(language, "fillers");
        this.firstPerson = Lexicon.words(language, "first-person");
        this.suggestions = suggestions;
    }

    List<Finding> weakVerbs(Text text) {
        return findings(text, weakVerbs, FindingType.WEAK_VERB);
    }

    List<Finding> cliches(Text text) {
        return findings(text, cliches, FindingType.CLICHE);
    }

    List<Finding> fillers(Text text) {
        return findings(text, fillers, FindingType.FILLER);
    }

    /** One finding per pronoun; the English "I" only as a capital (a lone "i" is more often a list marker). */
    List<Finding> firstPerson(Text text) {
        List<Finding> findings = new ArrayList<>();
        for (Token token : text.tokens) {
            String word = token.lower();
            if (text.language == Language.EN && word.startsWith("i'")) {
                word = "i"; // I'm, I've, I'd: the pronoun is the finding
            }
            if (!firstPerson.contains(word)) {
                continue;
            }
            if (word.equals("i") && !token.surface().startsWith("I")) {
                continue;
            }
            int end = word.equals("i") ? token.start() + 1 : token.end();
            findings.add(suggestions.finding(FindingType.FIRST_PERSON, text.raw, token.start(), end, null));
        }
        return findings;
    }

    private List<Finding> findings(Text text, Lexicon lexicon, FindingType type) {
        List<Finding> findings = new ArrayList<>();
        for (Match match : lexicon.find(text)) {
            findings.add(suggestions.finding(type, text.raw, match.start(), match.end(), match.phrase().suggestion()));
        }
        return findings;
    }
}
