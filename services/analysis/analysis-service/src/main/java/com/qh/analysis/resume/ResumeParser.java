package com.qh.analysis.resume;

import com.qh.analysis.resume.ParsedResume.Contacts;
import com.qh.analysis.resume.ParsedResume.Field;
import com.qh.analysis.resume.ParsedResume.FoundSkill;
import com.qh.analysis.resume.ParsedResume.Job;
import com.qh.analysis.resume.ParsedResume.SpokenLanguage;
import com.qh.analysis.resume.ParsedResume.Study;
import com.qh.analysis.resume.Words.Section;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a resume file into a {@link ParsedResume}. The text comes from {@link ResumeFiles} in reading order (two
 * columns one after the other); it is cut into sections at the headings Russian and English resumes use
 * («Опыт работы», "Work Experience", ...), and each section is read by its own rules: jobs start at a date range
 * and take their company and title from the short lines around it, told apart by the words titles and company
 * names are made of; skills are what the taxonomy finds, those of the skills section first. Stateless and
 * thread-safe; no Spring, so tests and benchmarks use it as it is.
 */
public final class ResumeParser {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d/.])(\\+\\s?\\d[\\d\\s()\\-‐‑–]{8,18}\\d|8\\s?\\(?\\d{3}"
            + "\\)?[\\s-]?\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}|\\(\\d{3}\\)\\s?\\d{3}[\\s-]+\\d{4}|\\d{3}[\\s.-]\\d{3}[\\s.-]"
            + "\\d{4})(?![\\d/.])");
    private static final Pattern URL = Pattern.compile("(?iu)\\b((?:https?://)?(?:www\\.)?(?:[a-z0-9-]+\\.)+"
            + "(?:com|ru|io|dev|me|net|org|pro|app|site|info|su|by|kz|co|ai|page|tech)(?:/[^\\s,;()<>«»\"]*)?)");
    private static final Pattern PROFILE_HOST = Pattern.compile("(?i)(linkedin\\.com|github\\.com|gitlab\\.com|t\\.me"
            + "|hh\\.ru/resume|habr\\.com|behance\\.net|dribbble\\.com|stackoverflow\\.com|kaggle\\.com|medium\\.com"
            + "|leetcode\\.com|vk\\.com)");
    private static final Pattern LABELLED_CITY = Pattern.compile("(?iu)^(?:город|проживание|место жительства|"
            + "адрес|локация|location|city|address|based in)\\s*[:\\-–—]\\s*([^,;|\\t]+)");
    /** "Austin, TX": a city followed by a US state's code. */
    private static final Pattern US_CITY = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}),\\s*"
            + "(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
            + "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\\b");
    private static final Pattern LABELLED_HEADLINE = Pattern.compile("(?iu)^(?:желаемая должность|должность|"
            + "позиция|position|desired position|title)\\s*[:\\-–—]\\s*(.+)$");
    private static final Pattern DURATION = Pattern.compile("(?iu)^\\(?\\s*(?:\\d+\\s*(?:год|года|лет|г\\.|мес\\p{L}*|"
            + "years?|yrs?|months?|mos?)\\.?\\s*)+\\)?$");
    private static final Pattern LEADING_MARK = Pattern.compile("^[•\\-–—*▪●◦·‣○■►✓\uf0b7\uf0a7]\\s*");
    private static final Pattern SPLIT = Pattern.compile("\\s+[—–|@]\\s+|\\s+-\\s+|\\t|\\s+at\\s+|\\s*\\|\\s*");

    private final Supplier<SkillTaxonomy> taxonomies;

    /** A parser over the given taxonomy always (tests, benchmarks). */
    public ResumeParser(SkillTaxonomy taxonomy) {
        this(() -> taxonomy);
    }

    /**
     * A parser over the taxonomy in use when a resume is read (in the service: the taxonomy release in use,
     * {@code SkillsInUse::taxonomy}).
     */
    public ResumeParser(Supplier<SkillTaxonomy> taxonomies) {
        this.taxonomies = taxonomies;
    }

    /**
     * Reads a resume file.
     *
     * @param content the file's bytes
     * @param fileName its name, which only breaks ties the content allows (may be null)
     * @throws com.qh.platform.web.QhException 422 for an empty, image-only, encrypted or damaged file; 415 for a
     *     type that is not a resume
     */
    public ParsedResume parse(byte[] content, String fileName) {
        return parse(read(content, fileName), fileName);
    }

    /** The file's text in reading order with its layout facts, as the ATS check needs it. */
    public ResumeText read(byte[] content, String fileName) {
        return ResumeFiles.read(content, fileName);
    }

    /** Reads the fields of a text already taken from a file. */
    public ParsedResume parse(ResumeText text, String fileName) {
        List<String> lines = prepare(text.lines());
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        List<String> headings = new ArrayList<>();
        List<List<String>> experienceBlocks = new ArrayList<>();
        Section current = Section.HEAD;
        for (String line : lines) {
            Section heading = heading(line);
            if (heading != null) {
                current = heading;
                headings.add(line.strip());
                if (heading == Section.EXPERIENCE) {
                    experienceBlocks.add(new ArrayList<>());
                }
                continue;
            }
            sections.computeIfAbsent(current, s -> new ArrayList<>()).add(line);
            if (current == Section.EXPERIENCE) {
                experienceBlocks.get(experienceBlocks.size() - 1).add(line);
            }
        }
        List<String> head = sections.getOrDefault(Section.HEAD, List.of());
        List<String> contactLines = new ArrayList<>(head);
        contactLines.addAll(sections.getOrDefault(Section.CONTACTS, List.of()));
        String all = String.join("\n", lines);

        Field email = email(all);
        Field phone = phone(contactLines, all);
        Field city = city(contactLines, sections);
        Field name = name(head.isEmpty() ? lines : head);
        Field headline = headline(head, name);
        List<Field> links = links(lines, sections);
        String summary = summary(sections.get(Section.SUMMARY));
        // Each experience heading ("Work Experience", "Volunteer Experience") is read on its own, so that a job's
        // header is never taken from the end of the section before.
        List<Job> jobs = new ArrayList<>();
        for (List<String> block : experienceBlocks) {
            jobs.addAll(jobs(block));
        }
        List<Study> education = education(sections.getOrDefault(Section.EDUCATION, List.of()));
        List<FoundSkill> skills = skills(sections);
        List<SpokenLanguage> languages = languages(sections.get(Section.LANGUAGES), lines);
        return new ParsedResume(fileName, text.mediaType(), language(all), text.pages(), name, headline,
                new Contacts(email, phone, city), links, summary, jobs, education, skills, languages, headings);
    }

    /** Lines without bullets' private-use glyphs, a tab-joined heading moved to a line of its own. */
    private static List<String> prepare(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw) {
            String cleaned = line.replace('\u00a0', ' ').replace("\u00ad", "").replace('\u2010', '-')
                    .replace('\u2011', '-').replaceAll("(?<=\\S) {2,}(?=\\S)", " ").strip();
            if (cleaned.isEmpty()) {
                continue;
            }
            if (cleaned.indexOf('\t') >= 0) {
                String[] parts = cleaned.split("\t");
                boolean anyHeading = false;
                for (String part : parts) {
                    anyHeading |= heading(part) != null;
                }
                if (anyHeading) {
                    for (String part : parts) {
                        if (!part.isBlank()) {
                            out.add(part.strip());
                        }
                    }
                    continue;
                }
            }
            out.add(cleaned);
        }
        return out;
    }

    static Section heading(String line) {
        String s = line.strip();
        if (s.length() > 48 || s.isEmpty() || LEADING_MARK.matcher(s).find() && s.length() > 2) {
            return null;
        }
        String normal = normal(s);
        int firstLetter = 0;
        while (firstLetter < s.length() && !Character.isLetter(s.charAt(firstLetter))) {
            firstLetter++;
        }
        // A heading starts with a capital: "skills." alone on a line is the end of a wrapped sentence.
        if (normal.isEmpty() || firstLetter == s.length() || Character.isLowerCase(s.charAt(firstLetter))) {
            return null;
        }
        for (Map.Entry<Section, List<String>> e : Words.HEADINGS.entrySet()) {
            for (String h : e.getValue()) {
                if (normal.equals(h)) {
                    return e.getKey();
                }
                if (normal.startsWith(h + " ") && e.getKey() == Section.EXPERIENCE
                        && normal.substring(h.length()).matches(" \\d+ (?:год|года|лет|years?|yrs?|мес\\p{L}*|months?).*")) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static String normal(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    // --- contacts -------------------------------------------------------------------------------------------

    private static Field email(String text) {
        Matcher m = EMAIL.matcher(text);
        return m.find() ? new Field(m.group().replaceAll("[.]+$", ""), 0.98) : null;
    }

    private static Field phone(List<String> contactLines, String all) {
        for (String text : List.of(String.join("\n", contactLines), all)) {
            Matcher m = PHONE.matcher(text);
            while (m.find()) {
                String written = m.group(1);
                if (Dates.range(written) != null) {
                    continue;
                }
                String digits = written.replaceAll("\\D", "");
                if (digits.length() < 10 || digits.length() > 15) {
                    continue;
                }
                if (digits.length() == 11 && digits.startsWith("8") && !written.startsWith("+")) {
                    digits = "7" + digits.substring(1);
                }
                boolean plus = written.startsWith("+") || digits.length() == 11 && digits.startsWith("7");
                return new Field((plus ? "+" : "") + digits, text == all ? 0.8 : 0.95);
            }
        }
        return null;
    }

    private static Field city(List<String> contactLines, Map<Section, List<String>> sections) {
        for (String line : contactLines) {
            Matcher m = LABELLED_CITY.matcher(line.strip());
            if (m.find()) {
                String named = Words.city(m.group(1));
                return new Field(named != null ? named : m.group(1).strip(), named != null ? 0.95 : 0.75);
            }
        }
        for (String line : contactLines) {
            if (EMAIL.matcher(line).find() && Words.city(line.replaceAll(EMAIL.pattern(), " ")) == null) {
                continue;
            }
            String named = Words.city(line.replaceAll(EMAIL.pattern(), " ").replaceAll(URL.pattern(), " "));
            if (named != null) {
                return new Field(named, 0.85);
            }
        }
        for (String line : contactLines.subList(0, Math.min(6, contactLines.size()))) {
            Matcher m = US_CITY.matcher(line);
            if (m.find()) {
                return new Field(m.group(1), 0.7);
            }
        }
        for (String line : sections.getOrDefault(Section.SUMMARY, List.of())) {
            Matcher m = LABELLED_CITY.matcher(line.strip());
            if (m.find()) {
                String named = Words.city(m.group(1));
                return new Field(named != null ? named : m.group(1).strip(), 0.7);
            }
        }
        return null;
    }

    private static Field name(List<String> head) {
        for (int i = 0; i < Math.min(4, head.size()); i++) {
            String line = head.get(i).strip();
            String first = line.split("\t")[0].strip();
            for (String part : line.split("\t")) {
                if (part.strip().matches(".*\\p{L}.*")) {
                    first = part.strip();
                    break;
                }
            }
            if (first.matches("(?iu)(резюме|resume|cv|curriculum vitae)")) {
                continue;
            }
            String[] words = first.split("\\s+");
            if (words.length < 2 || words.length > 4 || Words.roleWords(first) > 0 && words.length > 3) {
                continue;
            }
            boolean names = true;
            for (String w : words) {
                names &= w.matches("\\p{Lu}[\\p{L}'’.-]*");
            }
            if (names && Words.roleWords(first) == 0) {
                return new Field(first, 0.85);
            }
        }
        return null;
    }

    private static Field headline(List<String> head, Field name) {
        for (String line : head) {
            Matcher m = LABELLED_HEADLINE.matcher(line.strip());
            if (m.find()) {
                return new Field(m.group(1).strip(), 0.9);
            }
        }
        for (int i = 0; i < Math.min(6, head.size()); i++) {
            String line = head.get(i).split("\t")[0].strip();
            if (name != null && line.equals(name.value()) || EMAIL.matcher(line).find()
                    || PHONE.matcher(line).find() || line.length() > 80) {
                continue;
            }
            if (Words.roleWords(line) > 0) {
                return new Field(line, 0.8);
            }
        }
        return null;
    }

    private static List<Field> links(List<String> lines, Map<Section, List<String>> sections) {
        Set<String> experience = new LinkedHashSet<>(sections.getOrDefault(Section.EXPERIENCE, List.of()));
        experience.addAll(sections.getOrDefault(Section.EDUCATION, List.of()));
        Map<String, Field> found = new LinkedHashMap<>();
        for (String line : lines) {
            String withoutEmails = EMAIL.matcher(line).replaceAll(" ");
            Matcher m = URL.matcher(withoutEmails);
            while (m.find()) {
                String url = m.group(1).replaceAll("[.,;:)]+$", "");
                boolean profile = PROFILE_HOST.matcher(url).find();
                if (!profile && (experience.contains(line) || !url.contains("/") && !url.startsWith("www"))) {
                    continue;
                }
                String key = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                        .replaceAll("/$", "");
                found.putIfAbsent(key, new Field(url, profile ? 0.95 : 0.75));
            }
        }
        return List.copyOf(found.values());
    }

    private static String summary(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        return String.join(" ", lines.stream().map(l -> l.replace('\t', ' ')).toList()).strip();
    }

    // --- experience -----------------------------------------------------------------------------------------

    private record Line(String text, Dates.Range range) {

        boolean bullet() {
            return LEADING_MARK.matcher(text).find();
        }

        boolean headerLike() {
            if (range != null) {
                return true;
            }
            String t = text.strip();
            return !bullet() && t.length() <= 90 && !(t.endsWith(".") && t.length() > 45)
                    && !t.endsWith(",") && !t.endsWith(";");
        }

        boolean duration() {
            return DURATION.matcher(text.strip()).matches();
        }

        /** A line naming only a place or a web address: skipped in a header. */
        boolean placeOnly() {
            String rest = text.replaceAll(URL.pattern(), " ");
            String city = Words.city(rest);
            if (city != null) {
                rest = rest.replaceAll("(?iu)" + Pattern.quote(city), " ");
                for (String key : Words.CITIES.keySet()) {
                    rest = rest.replaceAll("(?iu)(?<![\\p{L}-])" + Pattern.quote(key) + "(?![\\p{L}-])", " ");
                }
                rest = rest.replaceAll("(?iu)россия|russia|usa|uk|germany|remote|удал[её]нно|,", " ");
            }
            return rest.replaceAll("[\\s,;.()\\-–—|]", "").isEmpty() && (city != null || URL.matcher(text).find());
        }
    }

    private List<Job> jobs(List<String> section) {
        List<Line> lines = new ArrayList<>();
        for (String s : section) {
            lines.add(new Line(s, Dates.range(s)));
        }
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).range() != null) {
                dated.add(i);
            }
        }
        if (dated.isEmpty()) {
            return List.of();
        }
        Line firstDated = lines.get(dated.get(0));
        boolean inline = remainder(firstDated).replaceAll("[^\\p{L}]", "").length() >= 3;
        boolean headerBefore = !inline && dated.get(0) > 0 && lines.get(dated.get(0) - 1).headerLike()
                && !lines.get(dated.get(0) - 1).duration();
        List<int[]> headers = new ArrayList<>();
        int previousEnd = 0;
        for (int k = 0; k < dated.size(); k++) {
            int i = dated.get(k);
            int from = i;
            int to = i + 1;
            if (inline || headerBefore) {
                int limit = headerBefore ? 2 : 1;
                while (from > previousEnd && i - from < limit && lines.get(from - 1).headerLike()
                        && lines.get(from - 1).range() == null && (headerBefore || !lines.get(from - 1).bullet())
                        && (headerBefore || precedesAsHeader(lines, from - 1))) {
                    from--;
                }
                if (inline && from == i) {
                    to = extend(lines, i + 1, 1, next(dated, k, lines.size()));
                }
                else if (headerBefore) {
                    to = extend(lines, i + 1, 0, next(dated, k, lines.size()));
                }
            }
            else {
                to = extend(lines, i + 1, 2, next(dated, k, lines.size()));
            }
            headers.add(new int[] {from, i, to});
            previousEnd = to;
        }
        List<Job> jobs = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int[] h = headers.get(k);
            int contentEnd = k + 1 < headers.size() ? headers.get(k + 1)[0] : lines.size();
            List<String> header = new ArrayList<>();
            for (int j = h[0]; j < h[2]; j++) {
                Line l = lines.get(j);
                if (j == h[1]) {
                    String rest = remainder(l);
                    if (!rest.isBlank()) {
                        header.add(rest);
                    }
                }
                else if (!l.duration() && !l.placeOnly()) {
                    header.add(l.text());
                }
            }
            List<String> bullets = new ArrayList<>();
            for (int j = h[2]; j < contentEnd; j++) {
                Line l = lines.get(j);
                if (l.duration() || j == h[2] && l.placeOnly()) {
                    continue;
                }
                String text = LEADING_MARK.matcher(l.text().strip()).replaceFirst("").replace('\t', ' ').strip();
                if (!text.isEmpty()) {
                    if (!l.bullet() && !bullets.isEmpty() && Character.isLowerCase(text.charAt(0))) {
                        bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + text);
                    }
                    else {
                        bullets.add(text);
                    }
                }
            }
            Dates.Range range = lines.get(h[1]).range();
            Field[] who = companyAndTitle(header);
            jobs.add(new Job(who[0], who[1], range.start(), range.end(), range.current(), range.monthPrecise(),
                    lines.get(h[1]).text().substring(range.from(), range.to()).strip(),
                    range.monthPrecise() ? 0.95 : 0.85, bullets));
        }
        return jobs;
    }

    private static int next(List<Integer> dated, int k, int size) {
        return k + 1 < dated.size() ? dated.get(k + 1) : size;
    }

    /** A line before an inline-dated line belongs to its header when it is short and follows content. */
    private static boolean precedesAsHeader(List<Line> lines, int j) {
        Line l = lines.get(j);
        return l.text().length() <= 70 && !l.text().strip().endsWith(".") && (j == 0 || !lines.get(j - 1).headerLike()
                || lines.get(j - 1).bullet() || lines.get(j - 1).range() != null && false);
    }

    /** The end of a header that takes up to {@code wanted} more lines after the date line, skipping places. */
    private static int extend(List<Line> lines, int from, int wanted, int limit) {
        int j = from;
        int taken = 0;
        while (j < limit && j < lines.size()) {
            Line l = lines.get(j);
            if (l.duration() || l.placeOnly()) {
                j++;
                continue;
            }
            if (taken >= wanted || !l.headerLike() || l.range() != null) {
                break;
            }
            if (taken > 0 && l.text().length() > 60) {
                break;
            }
            taken++;
            j++;
        }
        return j;
    }

    private static String remainder(Line line) {
        String t = line.text();
        Dates.Range r = line.range();
        String rest = t.substring(0, r.from()) + "\t" + t.substring(r.to());
        return rest.replaceAll("^[\\s,|()\\[\\]–—-]+|[\\s,|()\\[\\]–—:-]+$", "").strip();
    }

    /** Company and title from a job's header lines: by title words and company marks, else by position. */
    private static Field[] companyAndTitle(List<String> header) {
        List<String> parts = new ArrayList<>();
        boolean at = false;
        for (String line : header) {
            at |= line.matches("(?iu).*\\s(at|@)\\s.*");
            for (String p : SPLIT.split(line)) {
                String part = p.replaceAll("^[\\s,()–—-]+|[\\s,()–—-]+$", "").strip();
                String withoutCity = part;
                String city = Words.city(part);
                if (city != null && part.contains(",")) {
                    withoutCity = part.replaceAll("(?iu),\\s*[^,]*$", "").strip();
                    if (Words.city(withoutCity) != null) {
                        withoutCity = part;
                    }
                }
                if (!withoutCity.isEmpty() && !DURATION.matcher(withoutCity).matches()
                        && !(city != null && withoutCity.equalsIgnoreCase(city))
                        && withoutCity.replaceAll("[^\\p{L}]", "").length() >= 2) {
                    parts.add(withoutCity);
                }
            }
        }
        if (parts.isEmpty()) {
            return new Field[] {null, null};
        }
        if (parts.size() == 1 && parts.get(0).contains(", ")) {
            String only = parts.get(0);
            int comma = only.indexOf(", ");
            String a = only.substring(0, comma).strip();
            String b = only.substring(comma + 2).strip();
            if (a.replaceAll("[^\\p{L}]", "").length() >= 2 && b.replaceAll("[^\\p{L}]", "").length() >= 2) {
                parts = new ArrayList<>(List.of(a, b));
            }
        }
        if (parts.size() == 1) {
            String only = parts.get(0);
            return Words.roleWords(only) > 0 && !Words.companyMarked(only)
                    ? new Field[] {null, new Field(only, 0.6)} : new Field[] {new Field(only, 0.5), null};
        }
        int title = -1;
        int best = Integer.MIN_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            int score = Words.roleWords(parts.get(i)) * 2 - (Words.companyMarked(parts.get(i)) ? 3 : 0);
            if (score > best) {
                best = score;
                title = i;
            }
        }
        boolean sure = best > 0;
        if (!sure) {
            title = at ? 0 : 0;
        }
        int company = -1;
        int companyBest = Integer.MIN_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            if (i == title) {
                continue;
            }
            int score = (Words.companyMarked(parts.get(i)) ? 3 : 0) - Words.roleWords(parts.get(i)) * 2
                    - (i > title + 1 ? 1 : 0);
            if (score > companyBest) {
                companyBest = score;
                company = i;
            }
        }
        Field titleField = new Field(parts.get(title), sure ? 0.85 : 0.5);
        Field companyField = company < 0 ? null
                : new Field(parts.get(company), Words.companyMarked(parts.get(company)) ? 0.9 : sure ? 0.75 : 0.5);
        return new Field[] {companyField, titleField};
    }

    // --- education, skills, languages ---------------------------------------------------------------------

    private static List<Study> education(List<String> section) {
        List<Study> studies = new ArrayList<>();
        String institution = null;
        String degree = null;
        String area = null;
        Integer end = null;
        for (String raw : section) {
            String line = LEADING_MARK.matcher(raw.strip()).replaceFirst("");
            boolean school = Words.INSTITUTION.matcher(line).find();
            if (school && institution != null) {
                studies.add(new Study(new Field(institution, 0.8), degree, area, end));
                degree = null;
                area = null;
                end = null;
            }
            for (String part : SPLIT.split(line)) {
                String p = part.strip();
                Dates.Range range = Dates.range(p);
                YearMonth last = range != null ? (range.end() != null ? range.end() : null) : Dates.last(p);
                if (last != null) {
                    end = last.getYear();
                    p = p.replaceAll("(?iu)[\\d./–—-]{4,}.*$", "").strip();
                }
                if (p.isEmpty()) {
                    continue;
                }
                if (Words.INSTITUTION.matcher(p).find() && (institution == null || school)) {
                    institution = p.replaceAll("[,;]+$", "");
                    school = false;
                }
                else if (Words.DEGREE.matcher(p).find() && degree == null) {
                    Matcher m = Words.DEGREE.matcher(p);
                    m.find();
                    degree = m.group(1);
                    String rest = p.replace(m.group(1), "").replaceAll("^[\\s,:()–—-]+|[\\s,:()–—-]+$", "");
                    if (!rest.isBlank() && area == null) {
                        area = rest;
                    }
                }
                else if (area == null && institution != null && p.replaceAll("[^\\p{L}]", "").length() > 3) {
                    area = p;
                }
            }
        }
        if (institution != null) {
            studies.add(new Study(new Field(institution, 0.8), degree, area, end));
        }
        return studies;
    }

    private List<FoundSkill> skills(Map<Section, List<String>> sections) {
        SkillTaxonomy taxonomy = taxonomies.get();
        Map<String, FoundSkill> found = new LinkedHashMap<>();
        List<Section> order = List.of(Section.SKILLS, Section.EXPERIENCE, Section.SUMMARY, Section.PROJECTS,
                Section.HEAD, Section.CERTIFICATES, Section.EDUCATION, Section.OTHER, Section.CONTACTS);
        for (Section section : order) {
            List<String> lines = sections.get(section);
            if (lines == null) {
                continue;
            }
            double confidence = switch (section) {
                case SKILLS -> 0.95;
                case EXPERIENCE, PROJECTS -> 0.8;
                case SUMMARY, HEAD, CERTIFICATES -> 0.7;
                default -> 0.5;
            };
            String text = String.join("\n", lines);
            for (SkillMention mention : taxonomy.findIn(text)) {
                if (mention.skill().broad() && section != Section.SKILLS) {
                    continue;
                }
                found.putIfAbsent(mention.skill().name(), new FoundSkill(mention.skill().name(), mention.written(),
                        section.name().toLowerCase(Locale.ROOT), confidence));
            }
        }
        return List.copyOf(found.values());
    }

    private static List<SpokenLanguage> languages(List<String> section, List<String> all) {
        Map<String, SpokenLanguage> found = new LinkedHashMap<>();
        List<String> lines = section != null ? section : all;
        for (String raw : lines) {
            for (String piece : raw.split("[;\\t]|,(?![^()]*\\))")) {
                String lower = piece.toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> e : Words.LANGUAGES.entrySet()) {
                    int at = lower.indexOf(e.getKey());
                    if (at < 0 || at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                        continue;
                    }
                    Matcher level = Words.LEVEL.matcher(piece);
                    boolean hasLevel = level.find(at);
                    if (section == null && !hasLevel) {
                        continue;
                    }
                    String written = hasLevel ? piece.substring(level.start()).replaceAll("^[\\s:–—-]+", "")
                            .replaceAll("[\\s.;,]+$", "").strip() : null;
                    found.putIfAbsent(e.getValue(), new SpokenLanguage(e.getValue(), written,
                            section != null ? 0.9 : 0.7));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static String language(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            }
            else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return cyrillic >= latin * 0.6 ? "ru" : "en";
    }
}
