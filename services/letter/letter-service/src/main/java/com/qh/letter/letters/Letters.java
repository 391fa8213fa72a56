package com.qh.letter.letters;

import com.qh.ai.CheckedText;
import com.qh.ai.GenerationTask;
import com.qh.ai.Generated;
import com.qh.ai.Generator;
import com.qh.ai.Quoted;
import com.qh.ai.SseDrafts;
import com.qh.ai.factcheck.Evidence;
import com.qh.ai.factcheck.FactCheck;
import com.qh.ai.factcheck.FactChecker;
import com.qh.ai.factcheck.UnsupportedClaim;
import com.qh.letter.api.LetterGenerated;
import com.qh.letter.drafting.Draft;
import com.qh.letter.drafting.LetterEngine;
import com.qh.letter.drafting.Length;
import com.qh.letter.drafting.Tone;
import com.qh.letter.letters.LetterRows.Letter;
import com.qh.letter.letters.LetterRows.Sender;
import com.qh.letter.letters.LetterRows.Version;
import com.qh.letter.letters.Views.AnswerView;
import com.qh.letter.letters.Views.DraftRequest;
import com.qh.letter.letters.Views.EditRequest;
import com.qh.letter.letters.Views.FactCheckView;
import com.qh.letter.letters.Views.LetterView;
import com.qh.letter.letters.Views.ModelLetter;
import com.qh.letter.letters.Views.Warning;
import com.qh.letter.source.ProfileFacts;
import com.qh.letter.source.SourceUnavailableException;
import com.qh.letter.source.Sources;
import com.qh.letter.source.VacancyFacts;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import com.qh.rendering.Appearance;
import com.qh.rendering.DateRanges;
import com.qh.rendering.DocumentRenderer;
import com.qh.rendering.Format;
import com.qh.rendering.Language;
import com.qh.rendering.LetterDocument;
import com.qh.rendering.ResumeDocument;
import com.qh.skills.SkillsInUse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The letters of each user: drafted, edited as versions, restored, rendered and erased. Remote calls (profile,
 * vacancy, model, tone, documents, resumes) happen outside transactions; each change to the tables is one.
 */
@Service
public class Letters {

    static final String FEATURE = "letter-draft";
    /** The longest a streamed draft may take, from the request to {@code done}. */
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(3);
    private static final String TONE_UNAVAILABLE = "The tone check is not available right now (the analysis "
            + "service did not answer); the letter was saved without tone findings.";

    private final LetterRows rows;
    private final Sources sources;
    /** The offline engine and the fact check over the skills taxonomy release in use, made once per release. */
    private final Supplier<LetterEngine> engines;
    private final Generator generator;
    private final Supplier<FactChecker> factCheckers;
    private final ToneClient tone;
    private final DocumentStore documents;
    private final ResumeLooks looks;
    private final DocumentRenderer renderer = new DocumentRenderer();
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Letters(LetterRows rows, Sources sources, SkillsInUse skills, Generator generator, ToneClient tone, DocumentStore documents, ResumeLooks looks, TransactionTemplate transactions,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.sources = sources;
        this.engines = skills.perRelease(LetterEngine::new);
        this.generator = generator;
        this.factCheckers = skills.perRelease(graph -> new FactChecker(graph, clock));
        this.tone = tone;
        this.documents = documents;
        this.looks = looks;
        this.transactions = transactions;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Drafts a letter for one of the user's saved vacancies and keeps it as version 1. */
    LetterView draft(UUID userId, DraftRequest request) {
        Start start = start(userId, request);
        Draft offline = start.offline();
        Generated<ModelLetter> generated = generator.generate(prompt(GenerationTask.structured(FEATURE,
                        ModelLetter.class), start, userId)
                .offline(() -> new ModelLetter(offline.greeting(), offline.paragraphs(), offline.closing()))
                .build());
        List<Warning> removed = new ArrayList<>();
        ModelLetter written = generated.value();
        List<String> paragraphs = written.paragraphs() == null ? offline.paragraphs() : written.paragraphs();
        if (!generated.fromModel()) {
            return keep(userId, start, blankOr(written.greeting(), offline.greeting()), paragraphs,
                    blankOr(written.closing(), offline.closing()), generated, removed);
        }
        // A greeting and a close carry no facts: the engine's are used, so nothing the model slips into them
        // (which the fact check reads as salutation, not claims) reaches the letter.
        return keep(userId, start, offline.greeting(), checked(paragraphs, start, removed), offline.closing(),
                generated, removed);
    }

    /**
     * Drafts a letter as {@link #draft} does, streamed: the model's text as server-sent {@code text} events while it
     * writes (the offline draft by paragraph without a model), then {@code done} with the fact check of the streamed
     * text and the letter kept as version 1 ({@code letter}, {@code etag}, {@code location}). What is refused
     * (vacancy, profile, a spent budget) is refused before the stream starts, as a problem document.
     */
    SseEmitter stream(UUID userId, DraftRequest request) {
        Start start = start(userId, request);
        Draft offline = start.offline();
        GenerationTask<String> task = prompt(GenerationTask.text(FEATURE), start, userId)
                .offline(() -> LetterText.of(offline.greeting(), offline.paragraphs(), offline.closing(),
                        offline.signature()))
                .build();
        SecurityContext caller = SecurityContextHolder.getContext();
        return SseDrafts.relay(generator, task, STREAM_TIMEOUT,
                answer -> CheckedText.of(answer, factCheckers.get(), start.evidence()),
                (answer, checked) -> asCaller(caller, () -> {
                    List<Warning> removed = new ArrayList<>();
                    LetterView letter = answer.fromModel()
                            ? keep(userId, start, offline.greeting(),
                                    checked(LetterText.body(answer.value()), start, removed), offline.closing(),
                                    answer, removed)
                            : keep(userId, start, offline.greeting(), offline.paragraphs(), offline.closing(),
                                    answer, removed);
                    Map<String, Object> done = new LinkedHashMap<>();
                    done.put("letter", letter);
                    done.put("etag", etag(letter.version()));
                    done.put("location", "/api/v1/letters/" + letter.id());
                    return done;
                }));
    }

    /** What every draft needs, read and refused before anything is generated. */
    private record Start(VacancyFacts vacancy, ProfileFacts facts, Language language, Tone tone, Length length,
            Draft offline, JsonNode resume, Evidence evidence) {
    }

    private Start start(UUID userId, DraftRequest request) {
        VacancyFacts vacancy = sources.vacancy(userId, request.vacancyId())
                .orElseThrow(() -> new NotFoundException("You have no saved vacancy " + request.vacancyId() + "."));
        if (!vacancy.hasText()) {
            throw new UnprocessableException("vacancy-without-text", "The vacancy has no text to answer: add its "
                    + "description (paste the vacancy's text) and draft again.",
                    List.of(new FieldViolation("vacancyId", "the vacancy has no description")));
        }
        JsonNode profile = sources.profile(userId).orElseThrow(Letters::emptyProfile);
        Language fallback = "ru".equalsIgnoreCase(profile.path("primaryLanguage").asString("")) ? Language.RU
                : Language.EN;
        Language language = request.language() != null ? Language.of(request.language())
                : LetterEngine.languageOf(vacancy, fallback);
        ProfileFacts facts = ProfileFacts.of(profile, language.tag());
        if (facts.empty()) {
            throw emptyProfile();
        }
        Tone toneOf = Tone.of(request.tone());
        Length length = Length.of(request.length());
        Draft offline = engines.get().write(facts, vacancy, language, toneOf, length);
        JsonNode resume = ProfileFacts.jsonResume(profile, language.tag());
        Evidence evidence = Evidence.of(resume, new Evidence.Target(vacancy.employer(), vacancy.title(),
                vacancy.description()));
        return new Start(vacancy, facts, language, toneOf, length, offline, resume, evidence);
    }

    /** The prompt's variables and the quoted vacancy, the same whether the draft is structured or streamed. */
    private <T> GenerationTask.Builder<T> prompt(GenerationTask.Builder<T> task, Start start, UUID userId) {
        Draft offline = start.offline();
        return task.language(com.qh.ai.Language.of(start.language().tag()))
                .variable("profile", json.writeValueAsString(start.resume()))
                .variable("company", start.vacancy().employer())
                .variable("role", start.vacancy().title())
                .variable("tone", start.tone().code())
                .variable("length", start.length().code())
                .variable("evidence", evidenceLines(offline))
                .variable("draft", LetterText.of(offline.greeting(), offline.paragraphs(), offline.closing(),
                        offline.signature()))
                .quote(Quoted.vacancy(start.vacancy().description()))
                .user(userId);
    }

    /** A model's paragraphs without the sentences the profile does not support; the engine's when none is left. */
    private List<String> checked(List<String> paragraphs, Start start, List<Warning> removed) {
        List<String> kept = withoutUnsupported(paragraphs, start.evidence(), removed);
        return kept.isEmpty() ? start.offline().paragraphs() : kept;
    }

    /** Keeps a draft as version 1 of a new letter and answers it with its checks. */
    private LetterView keep(UUID userId, Start start, String greeting, List<String> paragraphs, String closing,
            Generated<?> generated, List<Warning> removed) {
        Draft offline = start.offline();
        ProfileFacts facts = start.facts();
        VacancyFacts vacancy = start.vacancy();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Sender sender = new Sender(facts.name() == null ? "" : facts.name(), facts.headline(), facts.email(),
                facts.phone(), facts.city());
        Letter letter = new Letter(id, userId, vacancy.id(), start.language().tag(), start.tone().code(),
                start.length().code(), vacancy.employer(), vacancy.title(), offline.recipientPerson(), sender, 1,
                null, now, now);
        Version version = new Version(1, offline.subject(), greeting, paragraphs, closing, offline.signature(),
                generated.fromModel() ? "MODEL" : "OFFLINE", null, now);
        transactions.executeWithoutResult(status -> {
            rows.insert(letter);
            rows.insertVersion(id, version);
        });
        List<AnswerView> answers = offline.answers().stream()
                .map(a -> new AnswerView(a.requirement(), a.must(), a.evidence(), a.employer())).toList();
        List<String> notes = new ArrayList<>();
        if (generated.fromModel()) {
            notes.add("Drafted by the model " + generated.model() + "; sentences with claims the profile does not "
                    + "support were taken out.");
        }
        return view(letter, version, start.evidence(), removed, answers, notes, true);
    }

    /** Runs on the stream's thread as the user who asked, so the tone check goes out with their token. */
    private static <T> T asCaller(SecurityContext caller, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(caller);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

    List<LetterRows.Letter> list(UUID userId) {
        return rows.list(userId);
    }

    LetterView get(UUID userId, UUID id) {
        Letter letter = owned(userId, id);
        return view(letter, current(letter), null, List.of(), null, new ArrayList<>(), false);
    }

    Letter owned(UUID userId, UUID id) {
        return rows.find(userId, id).orElseThrow(() -> new NotFoundException("You have no letter " + id + "."));
    }

    List<Version> versions(UUID userId, UUID id) {
        return rows.versions(owned(userId, id).id());
    }

    Version version(UUID userId, UUID id, int number) {
        return rows.version(owned(userId, id).id(), number).orElseThrow(() -> new NotFoundException(
                "Letter " + id + " has no version " + number + "."));
    }

    Views.DiffView diff(UUID userId, UUID id, int from, int to) {
        Version a = version(userId, id, from);
        Version b = version(userId, id, to);
        return new Views.DiffView(from, to, WordDiff.between(LetterText.of(a), LetterText.of(b)));
    }

    /** Saves an edit as the next version, if the letter is still at the version {@code If-Match} names. */
    LetterView edit(UUID userId, UUID id, String ifMatch, EditRequest edit) {
        int expected = expected(ifMatch);
        Letter letter = owned(userId, id);
        Version current = current(letter);
        List<String> paragraphs = current.paragraphs();
        if (edit.paragraphs() != null && edit.text() != null) {
            throw new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "Send the body either as paragraphs or as text, not both.");
        }
        if (edit.paragraphs() != null) {
            paragraphs = edit.paragraphs().stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
        else if (edit.text() != null) {
            paragraphs = LetterText.paragraphs(edit.text());
        }
        if (paragraphs.isEmpty()) {
            throw new UnprocessableException("empty-letter", "A letter needs at least one paragraph.",
                    List.of(new FieldViolation(edit.text() != null ? "text" : "paragraphs", "must not be empty")));
        }
        Version next = new Version(expected + 1, current.subject(), blankOr(edit.greeting(), current.greeting()),
                paragraphs, blankOr(edit.closing(), current.closing()), current.signature(), "EDIT", null,
                clock.instant());
        Letter saved = save(letter, expected, next);
        return view(saved, next, evidenceFor(saved), List.of(), null, new ArrayList<>(), true);
    }

    /** Makes an older version's text the next version. */
    LetterView restore(UUID userId, UUID id, int number, String ifMatch) {
        Letter letter = owned(userId, id);
        int expected = ifMatch == null ? letter.currentVersion() : expected(ifMatch);
        Version old = version(userId, id, number);
        Version next = new Version(expected + 1, old.subject(), old.greeting(), old.paragraphs(), old.closing(),
                old.signature(), "RESTORE", number, clock.instant());
        Letter saved = save(letter, expected, next);
        return view(saved, next, evidenceFor(saved), List.of(), null, new ArrayList<>(), true);
    }

    void delete(UUID userId, UUID id) {
        if (!transactions.execute(status -> rows.delete(userId, id))) {
            throw new NotFoundException("You have no letter " + id + ".");
        }
    }

    /** Erases every letter of a user (the account is gone); how many there were. */
    public int erase(UUID userId) {
        return transactions.execute(status -> rows.erase(userId));
    }

    /** Renders the current version and stores it as the next version of the letter's document. */
    Views.RenderView render(UUID userId, UUID id, Format format) {
        Letter letter = owned(userId, id);
        Version version = current(letter);
        Appearance look = looks.forVacancy(letter.vacancyId());
        byte[] content = renderer.render(document(letter, version), look, format);
        String title = version.subject() != null ? version.subject()
                : "Cover letter" + (letter.company() == null ? "" : " – " + letter.company());
        DocumentStore.Stored stored = documents.store(letter.documentId(), title,
                "cover-letter." + format.extension(), format.mediaType(), content);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            rows.documentStored(letter.id(), stored.documentId(), now);
            events.publishEvent(new LetterGenerated(UUID.randomUUID(), now, letter.id(), userId, letter.company(),
                    letter.role(), format.extension(), stored.documentId(), stored.version(), letter.vacancyId()));
        });
        return new Views.RenderView(stored.documentId(), stored.version(), format.extension(), stored.size());
    }

    LetterDocument document(Letter letter, Version version) {
        Language language = Language.of(letter.language());
        Sender sender = letter.sender();
        List<ResumeDocument.Contact> contacts = new ArrayList<>();
        if (sender.email() != null) {
            contacts.add(ResumeDocument.Contact.email(sender.email()));
        }
        if (sender.phone() != null) {
            contacts.add(ResumeDocument.Contact.phone(sender.phone()));
        }
        if (sender.city() != null) {
            contacts.add(ResumeDocument.Contact.location(sender.city()));
        }
        String name = sender.name().isBlank() ? version.signature() : sender.name();
        return new LetterDocument(language,
                new LetterDocument.Sender(name.isBlank() ? "—" : name, sender.headline(), contacts),
                new LetterDocument.Recipient(letter.recipientPerson(),
                        letter.company() == null ? "" : letter.company(), List.of()),
                DateRanges.day(LocalDate.now(clock), language), version.subject(), version.greeting(),
                version.paragraphs(), version.closing(), version.signature());
    }

    private Letter save(Letter letter, int expected, Version next) {
        Instant now = next.createdAt();
        boolean saved = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!rows.advance(letter.userId(), letter.id(), expected, now)) {
                return false;
            }
            rows.insertVersion(letter.id(), next);
            return true;
        }));
        if (!saved) {
            throw new QhException(HttpStatus.PRECONDITION_FAILED, "letter-changed", "Letter changed",
                    "The letter is at version " + owned(letter.userId(), letter.id()).currentVersion()
                            + ", not " + expected + ": read it again and redo the change.")
                    .with("currentVersion", owned(letter.userId(), letter.id()).currentVersion());
        }
        return owned(letter.userId(), letter.id());
    }

    private Version current(Letter letter) {
        return rows.version(letter.id(), letter.currentVersion())
                .orElseThrow(() -> new IllegalStateException("Letter " + letter.id() + " lost its current version"));
    }

    /** The fact check's evidence for a stored letter, read again (the profile may have grown); null when unreadable. */
    private Evidence evidenceFor(Letter letter) {
        try {
            Optional<JsonNode> profile = sources.profile(letter.userId());
            if (profile.isEmpty()) {
                return null;
            }
            String text = sources.vacancy(letter.userId(), letter.vacancyId()).map(VacancyFacts::description)
                    .orElse("");
            return Evidence.of(ProfileFacts.jsonResume(profile.get(), letter.language()),
                    new Evidence.Target(letter.company(), letter.role(), text));
        }
        catch (SourceUnavailableException e) {
            return null;
        }
    }

    private LetterView view(Letter letter, Version version, Evidence evidence, List<Warning> removed,
            List<AnswerView> answers, List<String> notes, boolean checkTone) {
        String text = LetterText.of(version);
        FactCheckView check;
        if (evidence != null) {
            List<Warning> warnings = new ArrayList<>(removed);
            for (UnsupportedClaim claim : factCheckers.get().check(text, evidence).unsupported()) {
                warnings.add(new Warning(claim.start(), claim.end(), claim.span(), claim.kind().name(),
                        claim.reason(), false));
            }
            check = new FactCheckView(true, warnings);
        }
        else {
            check = null;
            if (checkTone) {
                notes.add("The fact check did not run: the profile could not be read just now.");
            }
        }
        JsonNode toneReport = null;
        if (checkTone) {
            toneReport = tone.check(text, letter.language());
            if (toneReport == null) {
                notes.add(TONE_UNAVAILABLE);
            }
        }
        return new LetterView(letter.id(), letter.vacancyId(), letter.language(), letter.tone(), letter.length(),
                letter.company(), letter.role(), letter.recipientPerson(), version.version(), version.subject(),
                version.greeting(), version.paragraphs(), version.closing(), version.signature(), text,
                version.origin(), letter.documentId(), letter.createdAt(), letter.updatedAt(), check, toneReport,
                answers, notes);
    }

    /** The model's paragraphs without the sentences the profile does not support; what was removed, as warnings. */
    private List<String> withoutUnsupported(List<String> paragraphs, Evidence evidence, List<Warning> removed) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            FactCheck check = factCheckers.get().check(paragraph, evidence);
            for (UnsupportedClaim claim : check.unsupported()) {
                removed.add(new Warning(-1, -1, claim.span(), claim.kind().name(), claim.reason(), true));
            }
            String clean = check.withoutUnsupported();
            if (!clean.isBlank()) {
                kept.add(clean);
            }
        }
        return kept;
    }

    private static String evidenceLines(Draft draft) {
        StringBuilder lines = new StringBuilder();
        for (Draft.Answer answer : draft.answers()) {
            lines.append("- ").append(answer.requirement()).append(answer.must() ? " (required)" : " (a plus)")
                    .append(": ").append(answer.evidence());
            if (answer.employer() != null) {
                lines.append(" [").append(answer.employer()).append("]");
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** The version an {@code If-Match} names: missing is a 428, unreadable a 412. */
    static int expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new QhException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Send the letter's ETag (from the last GET) as If-Match, so an edit cannot overwrite a newer one.");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (tag.startsWith("v")) {
            tag = tag.substring(1);
        }
        try {
            return Integer.parseInt(tag);
        }
        catch (NumberFormatException e) {
            throw new QhException(HttpStatus.PRECONDITION_FAILED, "letter-changed", "Letter changed",
                    "If-Match " + ifMatch + " names no version of this letter: read it again.");
        }
    }

    private static UnprocessableException emptyProfile() {
        return new UnprocessableException("empty-profile", "Your profile has nothing to draw evidence from: add your "
                + "experience (with achievements), skills or a summary to the profile, then draft again.");
    }

    private static String blankOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
