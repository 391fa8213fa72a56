package com.qh.analysis.tone;

import com.qh.analysis.job.Job;
import com.qh.analysis.job.ReviewStep;
import com.qh.analysis.resume.ParsedResume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code tone} step of a resume review: the {@link ToneAnalyzer} on the parsed summary and bullets, answered as
 * counts per finding type and the worst findings with their suggestions, short enough for the mail and the web app.
 * "Worst" is the order a recruiter notices: weak verbs and claims without figures before passive voice, the first
 * person, clichés, long sentences and fillers.
 */
@Component("reviewToneStep")
class ToneStep implements ReviewStep {

    /** How many findings the result lists in full. */
    static final int WORST = 5;
    private static final List<FindingType> SEVERITY = List.of(FindingType.WEAK_VERB, FindingType.NO_NUMBERS,
            FindingType.PASSIVE_VOICE, FindingType.FIRST_PERSON, FindingType.CLICHE, FindingType.LONG_SENTENCE,
            FindingType.FILLER);

    private final ToneAnalyzer analyzer;

    ToneStep(ToneAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public Object run(Job job, Map<String, Object> earlier) {
        if (!(earlier.get("parse") instanceof ParsedResume parsed)) {
            return notAvailable("The tone check needs the parsed resume, and the resume was not parsed.");
        }
        String text = text(parsed);
        if (text.isBlank()) {
            return notAvailable("The resume has no summary or bullets to read for tone.");
        }
        Locale language = parsed.language() == null ? null : Locale.forLanguageTag(parsed.language());
        if (language != null && !ToneAnalyzer.supports(language)) {
            return notAvailable("Only English and Russian resumes are read for tone, not " + parsed.language() + ".");
        }
        ToneReport report = analyzer.analyze(text, language, TextKind.RESUME);
        return summary(report);
    }

    /** The summary, then each job's bullets, one a line, cut to what the analyser reads. */
    static String text(ParsedResume parsed) {
        List<String> lines = new ArrayList<>();
        if (parsed.summary() != null && !parsed.summary().isBlank()) {
            lines.add(parsed.summary().strip());
        }
        for (ParsedResume.Job job : parsed.experience()) {
            for (String bullet : job.bullets()) {
                if (bullet != null && !bullet.isBlank()) {
                    lines.add(bullet.strip());
                }
            }
        }
        String text = String.join("\n", lines);
        return text.length() > ToneAnalyzer.MAX_LENGTH ? text.substring(0, ToneAnalyzer.MAX_LENGTH) : text;
    }

    static Map<String, Object> summary(ToneReport report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FindingType type : SEVERITY) {
            int count = report.findings(type).size();
            if (count > 0) {
                counts.put(type.name(), count);
            }
        }
        List<Map<String, Object>> worst = report.findings().stream()
                .sorted(Comparator.comparingInt((ToneReport.Finding finding) -> SEVERITY.indexOf(finding.type()))
                        .thenComparingInt(ToneReport.Finding::start))
                .limit(WORST)
                .map(finding -> {
                    Map<String, Object> shown = new LinkedHashMap<>();
                    shown.put("type", finding.type().name());
                    shown.put("text", finding.text());
                    shown.put("suggestion", finding.suggestion());
                    return shown;
                })
                .toList();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("available", true);
        section.put("language", report.language());
        section.put("findingCount", report.findings().size());
        section.put("counts", counts);
        section.put("worst", worst);
        section.put("sentiment", report.sentiment().label().name());
        section.put("confidence", report.confidence().label().name());
        section.put("readability", report.readability().level());
        return section;
    }

    private static Map<String, Object> notAvailable(String reason) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("available", false);
        section.put("reason", reason);
        return section;
    }
}
