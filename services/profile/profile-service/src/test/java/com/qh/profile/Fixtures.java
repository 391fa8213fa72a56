package com.qh.profile;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.qh.profile.model.Language;
import com.qh.profile.model.Personal;
import com.qh.profile.model.Personal.Contacts;
import com.qh.profile.model.Personal.Location;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Sections.Cefr;
import com.qh.profile.model.Sections.Education;
import com.qh.profile.model.Sections.EducationLevel;
import com.qh.profile.model.Sections.Experience;
import com.qh.profile.model.Sections.LanguageSkill;
import com.qh.profile.model.Sections.Skill;
import com.qh.profile.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Profiles and documents the tests start from, by what they are. */
public final class Fixtures {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    /** A fictional engineer's JSON Resume with every section filled in. */
    public static JsonNode veraSokolovaResume() {
        return resource("/jsonresume/vera-sokolova.json");
    }

    /** Our copy of the JSON Resume 1.2.1 schema. */
    public static JsonNode jsonResumeSchema() {
        return resource("/jsonresume/schema.json");
    }

    /** A backend developer in both languages: name, contacts, two jobs with achievements, skills, a language. */
    public static Profile javaDeveloperRuEn() {
        Personal personal = new Personal(new Text("Вера", "Vera"), null, new Text("Соколова", "Sokolova"),
                new Text("Backend-разработчик", "Backend developer"), null, null, null,
                new Contacts("vera@example.org", "8 (916) 123-45-67", null),
                new Location("RU", null, new Text("Москва", "Moscow"), null, null, true, Personal.WorkFormat.HYBRID),
                List.of(new Personal.Link("GitHub", "vsokolova", "https://github.com/vsokolova")), List.of("RU"),
                List.of("RU"), new Text("Ведущий разработчик", "Lead developer"),
                new Personal.Salary(new java.math.BigDecimal("350000"), "RUB"), null, null);
        return new Profile(Language.RU, personal, new Text("Пишу надёжные платёжные системы на Java девять лет, "
                + "веду команду из пяти человек и отвечаю за расчёты с сорока тысячами магазинов.",
                "I have built reliable payment systems in Java for nine years, lead a team of five and own "
                        + "settlement for forty thousand merchants."),
                List.of(job("Northwind", "2021-03", null, "Сократила время расчётов на 80%")),
                List.of(new Education(null, Text.ru("КФУ"), null, Text.ru("Прикладная математика"), Text.ru("Магистр"),
                        EducationLevel.MASTER, "2010-09", "2016-06", null, null)),
                skills(6), List.of(new LanguageSkill(null, "English", "Fluent", Cefr.C1)), null, null, null, null,
                null, null, null);
    }

    /** A job with one achievement. */
    public static Experience job(String employer, String start, String end, String highlight) {
        return new Experience(null, Text.en(employer), null, new Text("Разработчик", "Developer"), null, null, start,
                end, end == null, new Text("Писала сервисы", "Wrote services"),
                highlight == null ? List.of() : List.of(Text.ru(highlight)));
    }

    /** {@code count} skills named Skill 1, Skill 2, ... */
    public static List<Skill> skills(int count) {
        List<Skill> skills = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            skills.add(new Skill(null, "Skill " + i, "Advanced", List.of("keyword " + i)));
        }
        return skills;
    }

    /**
     * What {@code document} breaks of {@code schema}; the dialect is the schema's own {@code $schema} (JSON Resume is
     * draft-07, our native format 2020-12).
     */
    public static List<com.networknt.schema.Error> schemaErrors(JsonNode schema, JsonNode document) {
        SpecificationVersion dialect = schema.path("$schema").asString().contains("2020-12")
                ? SpecificationVersion.DRAFT_2020_12 : SpecificationVersion.DRAFT_7;
        return SchemaRegistry.withDefaultDialect(dialect).getSchema(schema.toString(), InputFormat.JSON)
                .validate(document.toString(), InputFormat.JSON);
    }

    private static JsonNode resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
