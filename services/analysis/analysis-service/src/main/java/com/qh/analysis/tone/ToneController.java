package com.qh.analysis.tone;

import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tone and wording of a text the caller sends: nothing is stored, so the only failures are the request's own.
 */
@RestController
@RequestMapping("/api/v1/analysis")
@Tag(name = "Tone", description = "Tone and wording of a resume text or a cover letter in Russian or English: "
        + "sentiment, formality, confidence, readability, and findings with character offsets and a suggestion each.")
class ToneController {

    private static final String PROBLEM = "application/problem+json";

    private final ToneAnalyzer analyzer;

    ToneController(ToneAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @PostMapping("/tone")
    @Operation(summary = "Analyse the tone and wording of a text", description = """
            Offline rules and lexicons (no model, nothing leaves the service). Findings: PASSIVE_VOICE, WEAK_VERB, \
            CLICHE, FILLER, FIRST_PERSON (resume only), LONG_SENTENCE (over 30 English or 25 Russian words), \
            NO_NUMBERS (a result claimed in a sentence without any figure). start and end are offsets into text \
            (Java/JavaScript string indices, end exclusive); suggestions are in the text's language. Without \
            language, the text is Russian when it has more Cyrillic than Latin letters, else English.""")
    @ApiResponse(responseCode = "200", description = "The analysis", content = @Content(examples = @ExampleObject(
            value = """
                    {"language": "ru", "languageDetected": false, "kind": "RESUME",
                     "sentiment": {"label": "POSITIVE", "score": 0.537, "cues": ["+2 clichés"]},
                     "formality": {"label": "HIGH", "score": 1.0, "cues": []},
                     "confidence": {"label": "MEDIUM", "score": 0.52, "cues": ["-1 weak verb"]},
                     "readability": {"formula": "Flesch reading ease (Oborneva)", "score": 0.0,
                                     "level": "VERY_HARD", "sentences": 2, "words": 7, "wordsPerSentence": 3.5,
                                     "syllablesPerWord": 4.29},
                     "findings": [
                       {"type": "WEAK_VERB", "start": 0, "end": 10, "text": "Участвовал",
                        "suggestion": "«Участвовал» не говорит, какой была ваша роль: назовите её и что из этого \
                    вышло («Разработал модуль…», «Провёл тестирование…»)."},
                       {"type": "CLICHE", "start": 47, "end": 63, "text": "Коммуникабельный",
                        "suggestion": "«Коммуникабельный» — штамп, который рекрутер пропускает: покажите это фактом \
                    (результат, цифра, пример)."},
                       {"type": "CLICHE", "start": 65, "end": 82, "text": "стрессоустойчивый",
                        "suggestion": "«стрессоустойчивый» — штамп, который рекрутер пропускает: покажите это \
                    фактом (результат, цифра, пример)."}]}""")))
    @ApiResponse(responseCode = "400", description = "No text, a blank one, or an unknown language or kind",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = "A request body over the service's limit (1 MB)",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "A text over 20,000 characters, or one without any word",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type": "https://qh.dev/problems/text-too-long", "title": "Request cannot be processed",
                     "status": 422, "detail": "The text has 25000 characters; at most 20000 are analysed: send \
                    it in parts (the summary, each job's bullets).",
                     "errors": [{"field": "text", "message": "at most 20000 characters"}]}""")))
    ToneReport analyze(@Valid @RequestBody ToneRequest request) {
        String text = request.text();
        if (text.length() > ToneAnalyzer.MAX_LENGTH) {
            throw new UnprocessableException("text-too-long", "The text has " + text.length() + " characters; at most "
                    + ToneAnalyzer.MAX_LENGTH + " are analysed: send it in parts (the summary, each job's bullets).",
                    List.of(new FieldViolation("text", "at most " + ToneAnalyzer.MAX_LENGTH + " characters")));
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new UnprocessableException("no-words", "The text has no words to analyse.",
                    List.of(new FieldViolation("text", "has no letters")));
        }
        Locale language = request.language() == null ? null : Locale.forLanguageTag(request.language());
        TextKind kind = "letter".equalsIgnoreCase(request.kind()) ? TextKind.LETTER : TextKind.RESUME;
        return analyzer.analyze(text, language, kind);
    }
}
