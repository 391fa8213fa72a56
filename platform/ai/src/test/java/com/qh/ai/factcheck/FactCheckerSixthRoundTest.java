package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classes of the sixth generalising round (FACTCHECK.md), each on made-up profiles of the team's own: a trade's
 * common noun in lower case does not name an employer that has it in its name, a second predicate of a clause keeps
 * a duration away from the post named in the first, a wish to learn that takes a pronoun reaches back to what the
 * sentence named before it, a list item opened by "she" or «он» is a clause, a role word before a credential's head
 * noun names the credential, an abbreviation of the profile's own name is that name, an ordinal grade is its figure,
 * «с лишним» makes a duration "more than", a leading verb negated is no claim, a degree's abbreviation in capitals
 * (MSC) is a name, a name the taxonomy files as a skill is an employer after a post or a verb of working, and the
 * school a degree is from must hold a degree of its level, "conversational" before a language is a level, and the
 * vacancy's abbreviation after "I hold" is the candidate's claim, and a credential's figure must be that of the entry
 * its abbreviation names.
 */
class FactCheckerSixthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsATradesNounInLowerCaseAsThePostNotAsAnEmployerNamedByIt() {
        Evidence claims = Evidence.of(claimsHandler());
        // "claims" is a word of Brightwell Claims, six years; the post of claims handler ran ten years at two firms
        assertThat(CHECKER.check("I have been a claims handler for ten years.", claims).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have been a claims handler for fourteen years.", claims)))
                .containsExactly("fourteen years");
        // the capitalised name still binds the duration to that employer
        assertThat(spans(CHECKER.check("I have handled claims at Brightwell Claims for ten years.", claims)))
                .containsExactly("ten years");
    }

    @Test
    void keepsADurationInASecondPredicateApartFromThePostOfTheFirst() {
        Evidence claims = Evidence.of(claimsHandler());
        // the career is thirteen years; the post of claims handler ten
        assertThat(CHECKER.check("I have been a claims handler since 2017 and have worked in insurance for almost "
                + "thirteen years.", claims).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have been a claims handler since 2017 and have worked in insurance for "
                + "twenty years.", claims))).containsExactly("twenty years");
        // one predicate: the post binds it
        assertThat(spans(CHECKER.check("I have been a claims handler for almost thirteen years.", claims)))
                .containsExactly("thirteen years");
    }

    @Test
    void letsAWishToLearnThatTakesAPronounCoverWhatTheSentenceNamedBefore() {
        Evidence crane = Evidence.of(craneOperator(), new Evidence.Target("ООО «СеверПорт»", "Машинист крана",
                "Требования: удостоверение машиниста крана. Будет плюсом опыт работы с гидравлическими "
                        + "манипуляторами и тахеометрами."));
        assertThat(CHECKER.check("С гидравлическими манипуляторами я знаком только по учёбе и хотел бы освоить их на "
                + "практике.", crane).unsupported()).isEmpty();
        assertThat(CHECKER.check("Тахеометры для меня новая область, и я с интересом в неё погружусь.", crane)
                .unsupported()).isEmpty();
        // stated as the candidate's own, the vacancy's wish is a claim
        assertThat(spans(CHECKER.check("Я каждый день работаю с гидравлическими манипуляторами.", crane)))
                .containsExactly("гидравлическими", "манипуляторами");
        // a wish without a pronoun is about something else and does not cover it
        assertThat(spans(CHECKER.check("Я каждый день работаю с гидравлическими манипуляторами, а в новом порту хотел "
                + "бы освоить перегрузку леса.",
                crane))).containsExactly("гидравлическими", "манипуляторами");
    }

    @Test
    void readsAListItemOpenedByAThirdPersonPronounAsAClause() {
        // a summary in the third person: "she handled …" carries the verb, it is no listed thing
        assertThat(CHECKER.check("Earlier, at Oakmere Insurance, she handled motor claims and fraud triage.",
                Evidence.of(claimsHandler())).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("She knows motor claims, fraud triage, marine cargo and fraud triage.",
                Evidence.of(claimsHandler())))).containsExactly("marine cargo");
    }

    @Test
    void readsARoleWordBeforeACredentialsHeadNounAsTheCredentialsName() {
        JsonNode rigger = JSON.readTree(claimsHandler().toString().replace("\"certificates\"", "\"x\"")
                .replace("\"skills\"", "\"certificates\": [{\"name\": \"CPCS Slinger Signaller (Supervisor)\", "
                        + "\"issuer\": \"CPCS\", \"date\": \"2022-03\"}], \"skills\""));
        assertThat(CHECKER.check("My CPCS supervisor card is current.", Evidence.of(rigger)).unsupported()).isEmpty();
        // a supervisor's post is still a post
        assertThat(spans(CHECKER.check("I worked as a site supervisor at Brightwell Claims.", Evidence.of(rigger))))
                .containsExactly("site supervisor");
    }

    @Test
    void readsAnAbbreviationOfTheProfilesOwnNameAsThatNameNotASkillOfTheSameLetters() {
        // «ФПА» is also a fitness credential in the taxonomy; here it is the profile's «Федеральная палата адвокатов»
        JsonNode lawyer = JSON.readTree("""
                {"basics": {"label": "Адвокат"},
                 "work": [{"name": "Коллегия адвокатов «Норма»", "position": "Адвокат", "startDate": "2019-02"}],
                 "certificates": [{"name": "Повышение квалификации по налоговым спорам",
                   "issuer": "Федеральная палата адвокатов РФ", "date": "2024-04"}]}
                """);
        assertThat(CHECKER.check("В 2024 году прошёл повышение квалификации в ФПА по налоговым спорам.",
                Evidence.of(lawyer)).unsupported()).isEmpty();
    }

    @Test
    void readsAnOrdinalGradeAsItsFigure() {
        JsonNode welder = welder();
        assertThat(CHECKER.check("Сейчас работаю электрогазосварщиком пятого разряда, а начинал третьего разряда.",
                Evidence.of(welder)).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Сейчас работаю электрогазосварщиком шестого разряда.", Evidence.of(welder))))
                .containsExactly("шестого разряда");
    }

    @Test
    void readsAnOddDurationAsMoreThanItsFigure() {
        JsonNode welder = welder();
        // the first job ran four years and two months
        assertThat(CHECKER.check("До «Уралхиммаша» четыре с лишним года работал в «Термостали».",
                Evidence.of(welder)).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("До «Уралхиммаша» шесть с лишним лет работал в «Термостали».",
                Evidence.of(welder)))).containsExactly("шесть с лишним лет");
        assertThat(CHECKER.check("I spent four-odd years at Termostal.", Evidence.of(welder)).unsupported()).isEmpty();
    }

    @Test
    void leavesALeadingVerbItsOwnNegation() {
        Evidence claims = Evidence.of(claimsHandler());
        assertThat(CHECKER.check("В нынешней роли я не руковожу отделом, но готов его возглавить.", claims)
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("В нынешней роли я руковожу отделом урегулирования.", claims)))
                .containsExactly("руковожу отделом");
        // a review found the contraction never matched: it follows a letter
        assertThat(CHECKER.check("In my current role I haven't led a department yet.", claims).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("In my current role I led a department of twelve.", claims)))
                .contains("led a department");
    }

    @Test
    void readsADegreesAbbreviationWrittenInCapitalsAsAName() {
        Evidence claims = Evidence.of(claimsHandler());
        assertThat(spans(CHECKER.check("I started out handling cargo claims at MSC.", claims))).containsExactly("MSC");
        assertThat(CHECKER.check("I would like to study for an MSc in risk.", claims).unsupported()).isEmpty();
    }

    @Test
    void readsANameTheTaxonomyKnowsAsAnEmployerWhereAPostOrAVerbOfWorkingPlacesSomeone() {
        // «Росреестр» is a spelling of real estate law in the taxonomy; after a post or «работала в» it is a place of work
        Evidence crane = Evidence.of(craneOperator());
        assertThat(spans(CHECKER.check("Работала в Росреестре.", crane))).containsExactly("Росреестре");
        assertThat(CHECKER.check("Работала в Росреестре.", crane).unsupported().getFirst().kind())
                .isEqualTo(ClaimKind.EMPLOYER);
    }

    @Test
    void wantsTheSchoolADegreeIsFromToHoldADegreeOfItsLevel() {
        JsonNode surveyor = JSON.readTree("""
                {"basics": {"label": "Land Surveyor"},
                 "work": [{"name": "Fieldline Surveys", "position": "Land Surveyor", "startDate": "2018-09"}],
                 "education": [{"institution": "University of Kent", "area": "Geography", "studyType": "BSc (Hons)",
                   "startDate": "2013-09", "endDate": "2016-06"},
                  {"institution": "Newcastle University", "area": "Geomatics", "studyType": "MSc",
                   "startDate": "2016-09", "endDate": "2017-09"}]}
                """);
        Evidence e = Evidence.of(surveyor);
        assertThat(CHECKER.check("I hold a BSc from Kent and an MSc in Geomatics from Newcastle.", e).unsupported())
                .isEmpty();
        // each level is held, but not from the school named
        assertThat(spans(CHECKER.check("I hold an MSc in Geography from Kent.", e)))
                .containsExactly("MSc in Geography from Kent");
        assertThat(spans(CHECKER.check("I hold an MEng from Kent.", e))).containsExactly("MEng from Kent");
    }

    @Test
    void readsALevelNamedInWordsAsALanguageInUse() {
        JsonNode english = JSON.readTree(claimsHandler().toString().replace("\"skills\"",
                "\"languages\": [{\"language\": \"English\", \"fluency\": \"Native speaker\"}], \"skills\""));
        assertThat(spans(CHECKER.check("Motor claims; fraud triage; conversational Portuguese.", Evidence.of(english))))
                .containsExactly("Portuguese");
        assertThat(CHECKER.check("Motor claims; fraud triage; conversational English.", Evidence.of(english))
                .unsupported()).isEmpty();
    }

    @Test
    void readsTheVacancysAbbreviationAsTheCandidatesWhereTheyStateTheyHoldIt() {
        JsonNode scaffolder = JSON.readTree("""
                {"basics": {"label": "Scaffolding Supervisor"},
                 "work": [{"name": "Tubeline Access", "position": "Scaffolding Supervisor", "startDate": "2017-05"}],
                 "certificates": [{"name": "CISRS Advanced Scaffolder", "issuer": "CISRS", "date": "2016-03"}]}
                """);
        Evidence e = Evidence.of(scaffolder, new Evidence.Target("Harbour Build", "Scaffolding Supervisor",
                "Essential: CISRS card, PASMA or IPAF. Five years as a supervisor."));
        assertThat(spans(CHECKER.check("I hold the CISRS Advanced Scaffolder card and PASMA.", e)))
                .containsExactly("PASMA");
        assertThat(CHECKER.check("Your advert asks for PASMA, which I would like to take this spring.", e)
                .unsupported()).isEmpty();
    }

    @Test
    void wantsACredentialsFigureOnTheEntryItsAbbreviationNames() {
        JsonNode baker = JSON.readTree("""
                {"basics": {"label": "Pastry Chef"},
                 "work": [{"name": "Crumb & Co", "position": "Pastry Chef", "startDate": "2019-04",
                   "highlights": ["Created 3 seasonal dessert menus"]}],
                 "certificates": [{"name": "RSPH Level 2 Award in Food Safety", "issuer": "RSPH", "date": "2020-01"}]}
                """);
        Evidence e = Evidence.of(baker);
        assertThat(CHECKER.check("I hold the RSPH Level 2 Award in Food Safety.", e).unsupported()).isEmpty();
        // "3" is a figure of the profile, but of its menus, not of the RSPH award
        assertThat(spans(CHECKER.check("I hold the RSPH Level 3 Award in Food Safety.", e))).isNotEmpty()
                .anyMatch(s -> s.contains("Level 3"));
    }

    private static JsonNode welder() {
        return JSON.readTree("""
                {"basics": {"label": "Электрогазосварщик 5 разряда"},
                 "work": [{"name": "АО «Уралхиммаш»", "position": "Электрогазосварщик 5 разряда", "startDate": "2019-06"},
                  {"name": "ООО «Термосталь» (Termostal)", "position": "Электрогазосварщик 3 разряда",
                   "startDate": "2015-03", "endDate": "2019-05"}]}
                """);
    }

    private static JsonNode claimsHandler() {
        return JSON.readTree("""
                {"basics": {"label": "Senior Claims Handler"},
                 "work": [{"name": "Brightwell Claims", "position": "Senior Claims Handler", "startDate": "2021-01",
                   "highlights": ["Settles around 300 motor claims a year"]},
                  {"name": "Oakmere Insurance", "position": "Claims Handler", "startDate": "2017-01",
                   "endDate": "2020-12"},
                  {"name": "Oakmere Insurance", "position": "Call Centre Agent", "startDate": "2014-01",
                   "endDate": "2016-12"}],
                 "skills": [{"name": "Claims", "keywords": ["motor claims", "fraud triage"]}]}
                """);
    }

    private static JsonNode craneOperator() {
        return JSON.readTree("""
                {"basics": {"label": "Машинист портального крана"},
                 "work": [{"name": "АО «Балтийский терминал»", "position": "Машинист портального крана",
                   "startDate": "2016-04", "highlights": ["Перегрузка контейнеров и генеральных грузов"]}],
                 "certificates": [{"name": "Удостоверение машиниста крана", "issuer": "УЦ «Профи»", "date": "2016-02"}],
                 "skills": [{"name": "Краны", "keywords": ["портальные краны", "строповка"]}]}
                """);
    }
}
