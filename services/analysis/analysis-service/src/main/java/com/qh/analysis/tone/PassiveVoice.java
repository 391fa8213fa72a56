package com.qh.analysis.tone;

import com.qh.analysis.tone.Text.Token;
import com.qh.analysis.tone.ToneReport.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The passive voice, which hides who did the work.
 *
 * <p>English: a form of "be" or "get" (with "have" before "been", a modal before "be"), any adverbs between
 * ("was poorly managed", "were not replaced"), then a participle: a word in {@code -ed} or a listed irregular one,
 * unless it is one of the participles that mostly serve as adjectives after "be" ("was involved in", "am
 * excited"). A participle without an auxiliary ("named Teacher of the Year") is not a finding.
 *
 * <p>Russian: every short passive participle («внедрена», «Признан», «сдан», «расторгнут»), with «быть» before it
 * when there is one («была внедрена»), found by its ending ({@code -ан/-ян/-ен} after a consonant, with {@code -а/-о/-ы}; a
 * few {@code -т} forms) less a list of short adjectives and nouns that end alike («уверен», «полезен», «цена», «план»).
 * Reflexive passives («выполнялись») and full participles («вызванные») are not findings. A capitalised word
 * inside a sentence is taken for a name («Роман», «Иван»).
 */
final class PassiveVoice {

    private static final Set<String> MODALS_EN = Set.of("will", "would", "can", "could", "must", "should", "may",
            "might", "shall", "to");
    private static final Set<String> PARTICLES_EN = Set.of("out", "up", "down", "off", "back", "away");
    private static final Set<String> PERFECT_EN = Set.of("has", "have", "had");
    private static final Set<String> NOT_PARTICIPLES_EN = Set.of("need", "seed", "speed", "feed", "breed", "indeed",
            "proceed", "succeed", "embed", "hundred", "sacred", "naked", "wicked", "beloved", "red", "bed", "wed");
    /** Short participles in {@code -т}: «расторгнут», «закрыт», «принят», «взят», «начат». */
    private static final List<String> T_PARTICIPLES_RU = List.of("нут", "крыт", "мыт", "принят", "снят", "нанят",
            "поднят", "отнят", "понят", "изъят", "взят", "начат", "сжат", "зажат");
    private static final Set<String> ADVERBS_RU = Set.of("успешно", "досрочно", "полностью", "частично", "лично",
            "уже", "также", "впервые", "быстро", "вовремя", "своевременно", "официально", "окончательно");

    private final Language language;
    private final Set<String> auxiliaries;
    private final Set<String> adverbs;
    private final Set<String> irregular;
    private final Set<String> notPassive;
    private final Suggestions suggestions;

    PassiveVoice(Language language, Suggestions suggestions) {
        this.language = language;
        this.auxiliaries = Lexicon.words(language, "passive-auxiliaries");
        this.adverbs = language == Language.EN ? Lexicon.words(language, "passive-adverbs") : ADVERBS_RU;
        this.irregular = language == Language.EN ? Lexicon.words(language, "irregular-participles") : Set.of();
        this.notPassive = Lexicon.words(language, "not-passive");
        this.suggestions = suggestions;
    }

    List<Finding> find(Text text) {
        return language == Language.EN ? english(text) : russian(text);
    }

    private List<Finding> english(Text text) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = text.tokens;
        int i = 0;
        while (i < tokens.size()) {
            Token auxiliary = tokens.get(i);
            if (!auxiliaries.contains(auxiliary.lower())) {
                i++;
                continue;
            }
            int j = i + 1;
            if (j < tokens.size() && near(text, j) && (tokens.get(j).lower().equals("being")
                    || tokens.get(j).lower().equals("been"))) {
                j++;
            }
            int adverbsSeen = 0;
            while (j < tokens.size() && near(text, j) && adverbsSeen < 3 && isAdverbEn(tokens.get(j).lower())) {
                j++;
                adverbsSeen++;
            }
            if (j >= tokens.size() || !near(text, j) || !isParticipleEn(tokens.get(j).lower())) {
                i++;
                continue;
            }
            int last = j;
            if (j + 1 < tokens.size() && near(text, j + 1) && PARTICLES_EN.contains(tokens.get(j + 1).lower())) {
                last = j + 1; // a phrasal verb: "was rolled out", "were set up"
            }
            if (tokens.get(j).lower().equals("let") && j + 1 < tokens.size() && near(text, j + 1)
                    && tokens.get(j + 1).lower().equals("go")) {
                last = j + 1;
            }
            int first = i;
            if (i > 0 && near(text, i)) {
                String before = tokens.get(i - 1).lower();
                if ((auxiliary.lower().equals("been") && PERFECT_EN.contains(before))
                        || (auxiliary.lower().equals("be") && MODALS_EN.contains(before) && !before.equals("to"))) {
                    first = i - 1;
                }
            }
            findings.add(suggestions.finding(FindingType.PASSIVE_VOICE, text.raw, tokens.get(first).start(),
                    tokens.get(last).end(), null));
            i = last + 1;
        }
        return findings;
    }

    private boolean isAdverbEn(String word) {
        return adverbs.contains(word) || (word.length() > 4 && word.endsWith("ly"));
    }

    private boolean isParticipleEn(String word) {
        if (notPassive.contains(word) || NOT_PARTICIPLES_EN.contains(word)) {
            return false;
        }
        return irregular.contains(word) || (word.length() >= 4 && word.endsWith("ed"));
    }

    private List<Finding> russian(Text text) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = text.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!isShortParticipleRu(text, token)) {
                continue;
            }
            int first = i;
            if (i > 0 && near(text, i) && auxiliaries.contains(tokens.get(i - 1).lower())) {
                first = i - 1;
            } else if (i > 1 && near(text, i) && near(text, i - 1) && ADVERBS_RU.contains(tokens.get(i - 1).lower())
                    && auxiliaries.contains(tokens.get(i - 2).lower())) {
                first = i - 2;
            }
            findings.add(suggestions.finding(FindingType.PASSIVE_VOICE, text.raw, tokens.get(first).start(),
                    token.end(), null));
        }
        return findings;
    }

    private boolean isShortParticipleRu(Text text, Token token) {
        String word = token.lower();
        if (token.capitalised() && !text.firstInSentence(token)) {
            return false;
        }
        if (notPassive.contains(word)) {
            return false;
        }
        String base = word;
        char last = word.charAt(word.length() - 1);
        if (word.length() > 4 && (last == 'а' || last == 'о' || last == 'ы')) {
            base = word.substring(0, word.length() - 1);
        }
        if (base.length() < 4 || notPassive.contains(base) || !isCyrillic(base)) {
            return false;
        }
        char before = base.charAt(base.length() - 3);
        if (base.endsWith("ян")) {
            return true; // потерян, посеян
        }
        if (base.endsWith("ан")) {
            return "аеиоуыэюяй".indexOf(before) < 0; // разработ-ан, призн-ан; not «океан»
        }
        if (base.endsWith("ен")) {
            return "аеиоуыэюяйн".indexOf(before) < 0; // внедр-ен; not «кофеен», «ответственен»
        }
        for (String ending : T_PARTICIPLES_RU) {
            if (base.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) != Character.UnicodeScript.CYRILLIC) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code index} follows the one before it in the same sentence with only blanks between. */
    private static boolean near(Text text, int index) {
        if (index == 0 || text.tokens.get(index).sentence() != text.tokens.get(index - 1).sentence()) {
            return false;
        }
        return text.gapBefore(index).isBlank();
    }
}
