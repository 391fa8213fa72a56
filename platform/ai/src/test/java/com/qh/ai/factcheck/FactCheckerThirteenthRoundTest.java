package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The thirteenth round (FACTCHECK.md): blind-16's misses and false flags, and those earlier rounds left, classified by
 * the general mechanism that was absent. Made-up profiles of the team's own, never the labelled sets' text.
 */
class FactCheckerThirteenthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsARussianHundredInEveryCase() {
        // a hundred in the dative, instrumental or prepositional is still a figure («трёмстам», «пятьюстами», «шестистах»)
        Evidence pumps = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Водоканал", "position": "Механик насосной станции", "startDate": "2015-04",
                  "highlights": ["Обслуживаю 250 насосов и 600 задвижек"]}]}
                """));
        assertThat(spans(CHECKER.check("Провожу осмотры по трёмстам насосам ежемесячно.", pumps)))
                .containsExactly("трёмстам");
        assertThat(spans(CHECKER.check("Работаю с восемьюстами задвижками на сетях города.", pumps)))
                .containsExactly("восемьюстами");
        assertThat(CHECKER.check("Работаю с шестьюстами задвижками на сетях города.", pumps).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Знаю всё о двухстах насосах нашей станции.", pumps))).containsExactly("двухстах");
    }

    @Test
    void readsHeadingThePlaceAWhereClauseRefersBackTo() {
        // «где я заведую» takes no object: the place named before is what is headed, which needs a head's post
        Evidence doctor = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Городская больница № 3", "position": "Врач-кардиолог кардиологического отделения",
                  "startDate": "2014-09"}]}
                """));
        assertThat(spans(CHECKER.check("В кардиологическом отделении, где я заведую, внедрила новый протокол.", doctor)))
                .containsExactly("где я заведую");
        assertThat(CHECKER.check("В отделении, где я работаю, внедрила новый протокол.", doctor).unsupported()).isEmpty();
        Evidence head = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Городская больница № 3", "position": "Заведующая кардиологическим отделением",
                  "startDate": "2014-09"}]}
                """));
        assertThat(CHECKER.check("В кардиологическом отделении, где я заведую, внедрила новый протокол.", head)
                .unsupported()).isEmpty();
    }
}
