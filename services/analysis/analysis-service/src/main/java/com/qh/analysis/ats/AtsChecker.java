package com.qh.analysis.ats;

import com.qh.analysis.ats.AtsReport.Facts;
import com.qh.analysis.ats.AtsReport.Finding;
import com.qh.analysis.ats.AtsReport.Severity;
import com.qh.analysis.resume.ParsedResume;
import com.qh.analysis.resume.ResumeParser;
import com.qh.analysis.resume.ResumeText;
import com.qh.platform.web.UnprocessableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a resume file the way applicant tracking systems read it. Each rule that fails adds a finding with a
 * fixed penalty; the score is 100 less the penalties, at least 0. The rules follow what ATS vendors and recruiters
 * document: text they can select, one column read top to bottom, contacts in the body (many skip headers and
 * footers), the usual headings, dates they can parse, embedded fonts, no text only in pictures, one or two pages.
 * Stateless and thread-safe.
 */
public final class AtsChecker {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d[\\d\\s()\\-]{8,}\\d");
    private static final long LARGE = 2L * 1024 * 1024;

    private final ResumeParser parser;

    public AtsChecker(ResumeParser parser) {
        this.parser = parser;
    }

    /**
     * Checks a file.
     *
     * @throws com.qh.platform.web.QhException 422 for an empty, encrypted or damaged file, 415 for a type that is
     *     not a resume; a file with only pictures of text is answered, with the score 0
     */
    public AtsReport check(byte[] content, String fileName) {
        ResumeText text;
        try {
            text = parser.read(content, fileName);
        }
        catch (UnprocessableException e) {
            if (!e.getBody().getType().toString().endsWith("/image-only-document")) {
                throw e;
            }
            Finding finding = new Finding("NO_TEXT_LAYER", Severity.CRITICAL, 100,
                    "The file holds only pictures of text (a scan): an ATS reads nothing from it. Export the resume "
                            + "from the editor as a PDF with text, or send the DOCX.",
                    "В файле только изображения текста (скан): ATS ничего из него не прочитает. Сохраните резюме "
                            + "из редактора в PDF с текстом или отправьте DOCX.");
            return new AtsReport(0, List.of(finding), new Facts(ResumeFilesType.of(content, fileName),
                    content.length, 0, 0, 0, 0, List.of(), List.of()));
        }
        ParsedResume parsed = parser.parse(text, fileName);
        List<Finding> findings = new ArrayList<>();
        String body = text.text();
        int words = body.split("\\s+").length;

        if (text.columns() > 1) {
            findings.add(new Finding("MULTI_COLUMN", Severity.WARNING, 8,
                    "The layout has two columns. QH read them in order, but many ATS read a page row by row and mix "
                            + "the columns; one column is safer.",
                    "В макете две колонки. QH прочитал их по порядку, но многие ATS читают страницу строками и "
                            + "смешивают колонки; надёжнее одна колонка."));
        }
        boolean emailInBody = parsed.contacts().email() != null;
        boolean phoneInBody = parsed.contacts().phone() != null;
        String margins = String.join("\n", text.marginText());
        boolean emailOnlyInMargin = EMAIL.matcher(margins).find() && !inBodyOutsideMargins(text, EMAIL);
        boolean phoneOnlyInMargin = DIGITS.matcher(margins).find() && !inBodyOutsideMargins(text, DIGITS);
        if (emailOnlyInMargin || phoneOnlyInMargin) {
            findings.add(new Finding("CONTACTS_IN_HEADER", Severity.ERROR, 12,
                    "Contacts are only in the page header or footer, which many ATS skip. Put them in the body, "
                            + "under the name.",
                    "Контакты есть только в колонтитулах, которые многие ATS пропускают. Перенесите их в "
                            + "основной текст, под имя."));
        }
        if (!emailInBody) {
            findings.add(new Finding("NO_EMAIL", Severity.ERROR, 15, "No e-mail address was found.",
                    "Не найден адрес электронной почты."));
        }
        if (!phoneInBody) {
            findings.add(new Finding("NO_PHONE", Severity.WARNING, 6, "No phone number was found.",
                    "Не найден номер телефона."));
        }
        List<String> sections = parsed.sections();
        boolean experienceHeading = hasSection(sections, "опыт", "experience", "employment", "work history",
                "трудов", "карьер", "места работы", "career");
        if (!experienceHeading) {
            findings.add(new Finding("NO_EXPERIENCE_HEADING", Severity.ERROR, 15,
                    "No standard heading for experience («Опыт работы», \"Work Experience\"): an ATS may not find "
                            + "the jobs.",
                    "Нет стандартного заголовка опыта («Опыт работы», \"Work Experience\"): ATS может не найти "
                            + "места работы."));
        }
        else if (parsed.experience().isEmpty()) {
            findings.add(new Finding("DATES_UNREADABLE", Severity.ERROR, 12,
                    "The experience section has no dates in a form an ATS reads: write them as «03.2020 — "
                            + "по настоящее время» or \"03/2020 – Present\".",
                    "В разделе опыта нет дат в понятной ATS форме: пишите «03.2020 — по настоящее время» или "
                            + "\"03/2020 – Present\"."));
        }
        else if (parsed.experience().stream().anyMatch(j -> !j.monthsKnown())) {
            findings.add(new Finding("DATES_YEARS_ONLY", Severity.INFO, 2,
                    "Some jobs give years only; months make the length of each job clear.",
                    "У части мест работы указаны только годы; с месяцами срок работы понятнее."));
        }
        if (!hasSection(sections, "образован", "education", "academic", "qualifications", "учеб")) {
            findings.add(new Finding("NO_EDUCATION_HEADING", Severity.WARNING, 5,
                    "No standard heading for education («Образование», \"Education\").",
                    "Нет стандартного заголовка образования («Образование», \"Education\")."));
        }
        if (!hasSection(sections, "навык", "skills", "технолог", "стек", "компетенц", "competenc", "technolog",
                "tools", "инструмент", "expertise", "умения")) {
            findings.add(new Finding("NO_SKILLS_HEADING", Severity.WARNING, 8,
                    "No skills section («Навыки», \"Skills\"): ATS filters search it for keywords.",
                    "Нет раздела навыков («Навыки», \"Skills\"): по нему ATS ищут ключевые слова."));
        }
        List<String> notEmbedded = text.fonts().stream().filter(f -> !f.embedded()).map(ResumeText.Font::name)
                .filter(n -> !standard14(n)).toList();
        if (!notEmbedded.isEmpty()) {
            findings.add(new Finding("FONTS_NOT_EMBEDDED", Severity.WARNING, 8,
                    "Fonts not embedded: " + String.join(", ", notEmbedded) + ". Another computer may show other "
                            + "letters or none; embed the fonts when exporting the PDF.",
                    "Шрифты не встроены: " + String.join(", ", notEmbedded) + ". На другом компьютере буквы могут "
                            + "отобразиться иначе или пропасть; встройте шрифты при экспорте в PDF."));
        }
        if (text.imagePages() > 0) {
            findings.add(new Finding("PAGES_AS_IMAGES", Severity.ERROR, 20,
                    text.imagePages() + " page(s) hold only pictures: their text is lost to an ATS.",
                    "Страниц только с изображениями: " + text.imagePages() + "; их текст для ATS потерян."));
        }
        else if (text.images() > 0 && words < 120) {
            findings.add(new Finding("TEXT_IN_IMAGES", Severity.ERROR, 20,
                    "Little text but pictures: what the pictures show is invisible to an ATS.",
                    "Текста мало, а изображения есть: то, что на них, для ATS невидимо."));
        }
        else if (text.images() > 0) {
            findings.add(new Finding("IMAGES_IGNORED", Severity.INFO, 1,
                    "Pictures (a photo, icons, charts) are ignored by an ATS: keep nothing important only in them.",
                    "Изображения (фото, иконки, графики) ATS пропускают: не держите в них ничего важного."));
        }
        if (!text.marginText().isEmpty() && !emailOnlyInMargin && !phoneOnlyInMargin
                && !"application/pdf".equals(text.mediaType())) {
            findings.add(new Finding("HEADER_FOOTER_TEXT", Severity.INFO, 2,
                    "Text in the document's header or footer may be skipped by an ATS.",
                    "Текст в колонтитулах документа ATS может пропустить."));
        }
        if (words < 150) {
            findings.add(new Finding("TOO_SHORT", Severity.WARNING, 6,
                    "Only " + words + " words: too little for a search to find the skills and results.",
                    "Всего слов: " + words + "; этого мало, чтобы поиск нашёл навыки и результаты."));
        }
        if (text.pages() > 3) {
            findings.add(new Finding("TOO_MANY_PAGES", Severity.WARNING, 8, text.pages() + " pages: keep to one "
                    + "or two.", "Страниц: " + text.pages() + "; лучше одна-две."));
        }
        else if (text.pages() == 3) {
            findings.add(new Finding("LONG", Severity.INFO, 3, "Three pages: two are usually enough.",
                    "Три страницы: обычно хватает двух."));
        }
        if (content.length > LARGE) {
            findings.add(new Finding("LARGE_FILE", Severity.WARNING, 5, String.format(Locale.ROOT,
                    "The file is %.1f MB; many application forms take up to 2 MB.", content.length / 1048576.0),
                    String.format(Locale.ROOT, "Файл весит %.1f МБ; многие формы отклика принимают до 2 МБ.",
                            content.length / 1048576.0)));
        }
        if (!"application/pdf".equals(text.mediaType()) && !text.mediaType().contains("wordprocessingml")) {
            findings.add(new Finding("FORMAT", Severity.INFO, 3,
                    "PDF and DOCX are read best; " + text.mediaType() + " is not accepted everywhere.",
                    "Лучше всего читаются PDF и DOCX; " + text.mediaType() + " принимают не везде."));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(f -> -f.penalty()));
        int score = Math.max(0, 100 - findings.stream().mapToInt(Finding::penalty).sum());
        return new AtsReport(score, findings, new Facts(text.mediaType(), content.length, text.pages(),
                text.columns(), words, text.images(), notEmbedded, sections));
    }

    private static boolean inBodyOutsideMargins(ResumeText text, Pattern pattern) {
        List<String> margins = text.marginText();
        for (String line : text.lines()) {
            if (pattern.matcher(line).find() && margins.stream().noneMatch(m -> line.contains(m) || m.contains(line))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSection(List<String> sections, String... stems) {
        for (String section : sections) {
            String lower = section.toLowerCase(Locale.ROOT);
            for (String stem : stems) {
                if (lower.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PDF's standard 14 fonts: every reader has them, so not embedding them is fine. */
    private static boolean standard14(String name) {
        String n = name.replaceFirst("^[A-Z]{6}\\+", "");
        return n.matches("(Times|Helvetica|Courier|Symbol|ZapfDingbats).*");
    }

    /** The type of a file that could not be read, for the facts. */
    private static final class ResumeFilesType {

        static String of(byte[] content, String fileName) {
            return content.length > 4 && content[0] == '%' && content[1] == 'P' ? "application/pdf"
                    : "application/octet-stream";
        }
    }
}
