package com.qh.analysis.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.analysis.tone.ToneReport.Finding;
import com.qh.analysis.tone.ToneReport.Level;
import com.qh.analysis.tone.ToneReport.Polarity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules one by one, on sentences written for them (not from the labelled sets). */
class ToneAnalyzerTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final ToneAnalyzer analyzer = ToneAnalyzer.builtIn();

    @Test
    void findsEnglishPassivesWithTheirAdverbsPerfectsAndParticles() {
        assertThat(spans("The budget was poorly managed and the servers were rolled out late.", EN,
                FindingType.PASSIVE_VOICE)).containsExactly("was poorly managed", "were rolled out");
        assertThat(spans("The module has been rewritten and will be released soon.", EN, FindingType.PASSIVE_VOICE))
                .containsExactly("has been rewritten", "will be released");
        assertThat(spans("I was let go after the merger.", EN, FindingType.PASSIVE_VOICE))
                .containsExactly("was let go");
    }

    @Test
    void leavesAdjectivalAndReducedParticiplesOutOfThePassive() {
        ToneReport report = analyzer.analyze("I am excited about the role. Was involved in the audit. Named Teacher "
                + "of the Year by the city.", EN, TextKind.LETTER);

        assertThat(spans(report, FindingType.PASSIVE_VOICE)).isEmpty();
        assertThat(spans(report, FindingType.WEAK_VERB)).containsExactly("Was involved in");
    }

    @Test
    void findsRussianShortParticiplesWithAndWithoutBe() {
        assertThat(spans("Внедрена CRM-система. Договор был расторгнут досрочно. Объект сдан в срок.", RU,
                FindingType.PASSIVE_VOICE)).containsExactly("Внедрена", "был расторгнут", "сдан");
    }

    @Test
    void leavesRussianShortAdjectivesNounsAndReflexivesOutOfThePassive() {
        ToneReport report = analyzer.analyze("Уверен, что буду полезен. Цена плана выросла. Работы выполнялись в "
                + "срок. Нацелен на результат. Роман Иванов — мой коллега.", RU, TextKind.LETTER);

        assertThat(spans(report, FindingType.PASSIVE_VOICE)).isEmpty();
        assertThat(spans(report, FindingType.CLICHE)).containsExactly("Нацелен на результат");
    }

    @Test
    void keepsThePrepositionAndAuxiliaryOfWeakVerbs() {
        assertThat(spans("Was only involved in testing; helped with onboarding and worked on the site.", EN,
                FindingType.WEAK_VERB)).containsExactly("Was only involved in", "helped with", "worked on");
        assertThat(spans("Была ответственна за отчёты. Помогала бухгалтеру, работала над сайтом.", RU,
                FindingType.WEAK_VERB)).containsExactly("Была ответственна за", "Помогала", "работала над");
    }

    @Test
    void leavesNounsAndStrongVerbsOutOfWeakVerbs() {
        assertThat(spans("Supported and handled 40 tickets a day, worked with designers.", EN, FindingType.WEAK_VERB))
                .isEmpty();
        assertThat(spans("Запуск прошёл с участием 5 команд после работы над ошибками.", RU, FindingType.WEAK_VERB))
                .isEmpty();
    }

    @Test
    void findsClichesAsInflectedAndHyphenated() {
        assertThat(spans("Hard-working self-starter who thinks outside the box.", EN, FindingType.CLICHE))
                .containsExactly("Hard-working", "self-starter", "thinks outside the box");
        assertThat(spans("Стрессоустойчива, обладаю высокой обучаемостью, умею работать в команде.", RU,
                FindingType.CLICHE)).containsExactly("Стрессоустойчива", "высокой обучаемостью",
                        "умею работать в команде");
    }

    @Test
    void tellsAClicheFromTheSameWordInAJobTitleOrATerm() {
        assertThat(spans("Исполнительный директор, креативный директор агентства.", RU, FindingType.CLICHE)).isEmpty();
        assertThat(spans("Solved the task with dynamic programming.", EN, FindingType.CLICHE)).isEmpty();
    }

    @Test
    void findsFillerButNotInsideACompound() {
        assertThat(spans("Set up just-in-time deliveries, various reports, etc.", EN, FindingType.FILLER))
                .containsExactly("various", "etc.");
        assertThat(spans("Очень много различных задач: отчёты, закупки и т.д.", RU, FindingType.FILLER))
                .containsExactly("Очень", "различных", "и т.д.");
    }

    @Test
    void findsTheFirstPersonInAResumeOnly() {
        String text = "I'm proud of my team; the CEO thanked me.";
        assertThat(spans(analyzer.analyze(text, EN, TextKind.RESUME), FindingType.FIRST_PERSON))
                .containsExactly("I", "my", "me");
        assertThat(spans(analyzer.analyze(text, EN, TextKind.LETTER), FindingType.FIRST_PERSON)).isEmpty();
        assertThat(spans("Мной был внедрён мой модуль, я горжусь им.", RU, FindingType.FIRST_PERSON))
                .containsExactly("Мной", "мой", "я");
    }

    @Test
    void findsASentenceOverThirtyEnglishOrTwentyFiveRussianWords() {
        String thirty = "word ".repeat(29) + "end.";
        String thirtyOne = "Word ".repeat(30) + "end.";
        ToneReport report = analyzer.analyze(thirty + " " + thirtyOne, EN);

        assertThat(spans(report, FindingType.LONG_SENTENCE)).containsExactly(thirtyOne);
        assertThat(report.findings(FindingType.LONG_SENTENCE).getFirst().suggestion()).contains("31 words");
        assertThat(spans("Слово ".repeat(25).strip() + ".", RU, FindingType.LONG_SENTENCE)).isEmpty();
        assertThat(spans("Слово ".repeat(26).strip() + ".", RU, FindingType.LONG_SENTENCE)).hasSize(1);
    }

    @Test
    void splitsSentencesButNotAfterAbbreviations() {
        String text = "Приём, отгрузка и т.д. Затем инвентаризация.\n• Maintained servers, etc. Built tools.";
        assertThat(Text.of(text, Language.RU).sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Приём, отгрузка и т.д. Затем инвентаризация.", "Maintained servers, etc. Built tools.");
    }

    @Test
    void findsResultClaimsWithoutAFigureUpToTheirObject() {
        assertThat(spans("Reduced delivery costs through route optimisation and improved the quality of reviews "
                + "across teams.", EN, FindingType.NO_NUMBERS))
                .containsExactly("Reduced delivery costs", "improved the quality of reviews");
        assertThat(spans("В прошлом году существенно увеличил онлайн-продажи в регионе.", RU, FindingType.NO_NUMBERS))
                .containsExactly("увеличил онлайн-продажи");
    }

    @Test
    void acceptsDigitsAndNumberWordsAsFigures() {
        assertThat(spans("Doubled revenue and reduced churn.", EN, FindingType.NO_NUMBERS)).isEmpty();
        assertThat(spans("Reduced churn by 12%.", EN, FindingType.NO_NUMBERS)).isEmpty();
        assertThat(spans("Сократил сроки вдвое.", RU, FindingType.NO_NUMBERS)).isEmpty();
        assertThat(spans("Снизил затраты за полгода.", RU, FindingType.NO_NUMBERS)).isEmpty();
    }

    @Test
    void leavesDutiesNounsAndPassivesOutOfClaims() {
        assertThat(spans("Maintained the CI pipeline. Left after budget cuts. Costs were reduced.", EN,
                FindingType.NO_NUMBERS)).isEmpty();
    }

    @Test
    void readsTheWritersToneNotTheContent() {
        assertThat(sentiment("Increased quarterly sales by 27% within one year.", EN)).isEqualTo(Polarity.NEUTRAL);
        assertThat(sentiment("Proud to have mentored 4 interns!", EN)).isEqualTo(Polarity.POSITIVE);
        assertThat(sentiment("Unfortunately my manager ignored every proposal.", EN)).isEqualTo(Polarity.NEGATIVE);
        assertThat(sentiment("I am not happy with how the project ended.", EN)).isEqualTo(Polarity.NEGATIVE);
        assertThat(sentiment("С радостью присоединюсь к вашей команде.", RU)).isEqualTo(Polarity.POSITIVE);
        assertThat(sentiment("К сожалению, проект закрыли.", RU)).isEqualTo(Polarity.NEGATIVE);
        assertThat(sentiment("Разработал фирменный стиль для 14 кофеен.", RU)).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void scoresSentimentBetweenMinusOneAndOneWithItsCues() {
        ToneReport.Sentiment sentiment = analyzer.analyze("Thrilled and proud to lead this team!", EN).sentiment();

        assertThat(sentiment.score()).isBetween(0.5, 1.0);
        assertThat(sentiment.cues()).contains("+Thrilled", "+proud", "+!");
    }

    @Test
    void detectsRussianByItsCyrillicLettersUnlessTheLanguageIsGiven() {
        ToneReport russian = analyzer.analyze("Разработал REST API на Spring Boot для платежей.", null);
        assertThat(russian.language()).isEqualTo("ru");
        assertThat(russian.languageDetected()).isTrue();
        assertThat(analyzer.analyze("Led a team of 6 engineers.", null).language()).isEqualTo("en");
        ToneReport given = analyzer.analyze("Led a team of 6 engineers.", EN);
        assertThat(given.languageDetected()).isFalse();
    }

    @Test
    void refusesTooLongTextsAndOtherLanguages() {
        assertThatThrownBy(() -> analyzer.analyze("a".repeat(ToneAnalyzer.MAX_LENGTH + 1), EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20000");
        assertThatThrownBy(() -> analyzer.analyze("Guten Tag", Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ToneAnalyzer.supports(RU)).isTrue();
        assertThat(ToneAnalyzer.supports(Locale.GERMAN)).isFalse();
    }

    @Test
    void keepsOffsetsOfTheTextAsGivenWithYo() {
        String text = "Ещё раз: объём работ был завершён, всё учтено.";
        for (Finding finding : analyzer.analyze(text, RU).findings()) {
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text());
        }
        assertThat(spans(text, RU, FindingType.PASSIVE_VOICE)).containsExactly("был завершён", "учтено");
    }

    @Test
    void ranksSlangBelowFormalWritingAndHedgesBelowAssertions() {
        double slang = analyzer.analyze("hey guys, gonna ship lots of cool stuff!!! :)", EN).formality().score();
        double formal = analyzer.analyze("Dear hiring manager, I am writing regarding the analyst position.", EN)
                .formality().score();
        assertThat(slang).isLessThan(formal);
        assertThat(analyzer.analyze("hey guys, gonna ship lots of cool stuff!!! :)", EN).formality().label())
                .isEqualTo(Level.LOW);

        double hedged = analyzer.analyze("I think I might maybe be a bit of a fit, I hope.", EN, TextKind.LETTER)
                .confidence().score();
        double assertive = analyzer.analyze("I am confident I can lead your team: I built and launched 3 products.",
                EN, TextKind.LETTER).confidence().score();
        assertThat(hedged).isLessThan(assertive);
        assertThat(analyzer.analyze("Возможно, я немного подойду, надеюсь.", RU).confidence().label())
                .isEqualTo(Level.LOW);
    }

    @Test
    void answersTheSameFromManyThreadsAtOnce() {
        List<String> texts = List.of("Helped with the migration of 40 services; really proud of it!",
                "Участвовал в различных проектах, была внедрена CRM.", "Reduced costs and improved quality.");
        List<ToneReport> once = texts.stream().map(text -> analyzer.analyze(text, null)).toList();

        List<ToneReport> parallel = java.util.stream.IntStream.range(0, 300).parallel()
                .mapToObj(i -> analyzer.analyze(texts.get(i % 3), null)).toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(once.get(i % 3));
        }
    }

    @Test
    void measuresReadabilityWithTheLanguagesFormula() {
        ToneReport.Readability easy = analyzer.analyze("We ran. It was fun. The cat sat.", EN).readability();
        ToneReport.Readability hard = analyzer.analyze("Comprehensive organisational transformation necessitates "
                + "interdepartmental communication methodologies.", EN).readability();
        assertThat(easy.score()).isGreaterThan(hard.score());
        assertThat(easy.sentences()).isEqualTo(3);
        assertThat(easy.level()).isEqualTo("EASY");
        assertThat(analyzer.analyze("Мы шли домой.", RU).readability().formula()).contains("Oborneva");
    }

    private List<String> spans(String text, Locale language, FindingType type) {
        return spans(analyzer.analyze(text, language, TextKind.RESUME), type);
    }

    private static List<String> spans(ToneReport report, FindingType type) {
        return report.findings(type).stream().map(Finding::text).toList();
    }

    private Polarity sentiment(String text, Locale language) {
        return analyzer.analyze(text, language, TextKind.LETTER).sentiment().label();
    }
}
