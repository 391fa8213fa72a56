package com.qh.profile.profile;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.profile.model.Item;
import com.qh.profile.model.Personal;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Section;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in user's own profile: the whole of it, the personal section, the summary, and every list section
 * with its entries. There is no way to name another user's profile; an entry id from someone else's profile is
 * simply not found. Reads answer an {@code ETag}; writes need it back as {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/profile")
@Tag(name = "Profile", description = "The career profile: personal data, summary, experience, education, skills and "
        + "the other sections. Writes need the ETag of the last read as If-Match (412 when the profile changed "
        + "meanwhile, 428 without it).")
class ProfileController {

    private static final String SECTIONS = "experience, education, skills, languages, certificates, awards, "
            + "projects, publications, volunteering, interests, references";
    private static final String IF_MATCH = "The ETag of the profile as last read, e.g. \"v3\"";

    private final Profiles profiles;
    private final JsonMapper json;

    ProfileController(Profiles profiles, JsonMapper json) {
        this.profiles = profiles;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Read the whole profile",
            description = "An empty profile (ETag \"v0\") until something is saved. With If-None-Match set to the "
                    + "ETag the client holds, an unchanged profile is a 304 without a body.")
    @ApiResponse(responseCode = "200", description = "The profile; its version is in the ETag header")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    ResponseEntity<Profile> read(AuthenticatedUser user,
            @Parameter(description = "The ETag the client already holds")
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        if (ifNoneMatch != null) {
            String current = Versions.etag(profiles.version(user.id()));
            if (ifNoneMatch.strip().replace("W/", "").equals(current)) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(current).build();
            }
        }
        ProfileSnapshot snapshot = profiles.read(user.id());
        return ResponseEntity.ok().eTag(snapshot.etag()).body(snapshot.profile());
    }

    @PutMapping
    @Operation(summary = "Replace the whole profile",
            description = "Entries keep the ids they are sent with; entries without an id get a new one.")
    @ApiResponse(responseCode = "200", description = "Saved; the new ETag is in the header")
    @ApiResponse(responseCode = "400", description = "A field is invalid", content = @Content(
            mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    ResponseEntity<Profile> replace(AuthenticatedUser user,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Profile profile) {
        ProfileSnapshot saved = profiles.change(user.id(), Versions.expected(ifMatch), allSections(),
                current -> profile);
        return ResponseEntity.ok().eTag(saved.etag()).body(saved.profile());
    }

    @DeleteMapping
    @Operation(summary = "Erase the whole profile", description = "Nothing of it is kept. Idempotent.")
    @ApiResponse(responseCode = "204", description = "Erased")
    ResponseEntity<Void> erase(AuthenticatedUser user) {
        profiles.erase(user.id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/personal")
    @Operation(summary = "Read the personal section", description = "Name, contacts, location, links, citizenship "
            + "and work permits, and the position, salary, employment types and schedules looked for.")
    ResponseEntity<Personal> personal(AuthenticatedUser user) {
        ProfileSnapshot snapshot = profiles.read(user.id());
        return ResponseEntity.ok().eTag(snapshot.etag()).body(snapshot.profile().personal());
    }

    @PutMapping("/personal")
    @Operation(summary = "Replace the personal section",
            description = "The phone number may be written in any common notation; it is stored in E.164.")
    @ApiResponse(responseCode = "200", description = "Saved, with the phone normalised")
    @ApiResponse(responseCode = "400", description = "A field is invalid")
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read")
    @ApiResponse(responseCode = "422", description = "The phone number is not a valid number")
    ResponseEntity<Personal> replacePersonal(AuthenticatedUser user,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Personal personal) {
        ProfileSnapshot saved = profiles.change(user.id(), Versions.expected(ifMatch), List.of("personal"),
                current -> current.withPersonal(personal));
        return ResponseEntity.ok().eTag(saved.etag()).body(saved.profile().personal());
    }

    @GetMapping("/summary")
    @Operation(summary = "Read the summary and the primary language")
    ResponseEntity<SummaryBody> summary(AuthenticatedUser user) {
        ProfileSnapshot snapshot = profiles.read(user.id());
        return ResponseEntity.ok().eTag(snapshot.etag())
                .body(new SummaryBody(snapshot.profile().primaryLanguage(), snapshot.profile().summary()));
    }

    @PutMapping("/summary")
    @Operation(summary = "Replace the summary and the primary language")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read")
    ResponseEntity<SummaryBody> replaceSummary(AuthenticatedUser user,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SummaryBody body) {
        ProfileSnapshot saved = profiles.change(user.id(), Versions.expected(ifMatch), List.of("summary"),
                current -> current.withSummary(body.primaryLanguage(), body.summary()));
        return ResponseEntity.ok().eTag(saved.etag())
                .body(new SummaryBody(saved.profile().primaryLanguage(), saved.profile().summary()));
    }

    @GetMapping("/{section}")
    @Operation(summary = "List a section's entries", description = "Sections: " + SECTIONS + ".")
    @ApiResponse(responseCode = "404", description = "No such section")
    ResponseEntity<List<? extends Item>> list(AuthenticatedUser user,
            @Parameter(description = "One of: " + SECTIONS, example = "experience") @PathVariable String section) {
        Section named = section(section);
        ProfileSnapshot snapshot = profiles.read(user.id());
        return ResponseEntity.ok().eTag(snapshot.etag()).body(snapshot.profile().items(named));
    }

    @PostMapping("/{section}")
    @Operation(summary = "Add an entry to a section",
            description = "The body is the section's entry (see the schemas Experience, Education, Skill, "
                    + "LanguageSkill, Certificate, Award, Project, Publication, Volunteering, Interest, Reference); "
                    + "its id is assigned by the service. Dates are YYYY, YYYY-MM or YYYY-MM-DD; the end may not "
                    + "come before the start.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(oneOf = { com.qh.profile.model.Sections.Experience.class,
                            com.qh.profile.model.Sections.Education.class, com.qh.profile.model.Sections.Skill.class,
                            com.qh.profile.model.Sections.LanguageSkill.class,
                            com.qh.profile.model.Sections.Certificate.class,
                            com.qh.profile.model.Sections.Award.class, com.qh.profile.model.Sections.Project.class,
                            com.qh.profile.model.Sections.Publication.class,
                            com.qh.profile.model.Sections.Volunteering.class,
                            com.qh.profile.model.Sections.Interest.class,
                            com.qh.profile.model.Sections.Reference.class }),
                    examples = @ExampleObject(name = "experience", value = """
                            {"employer": {"en": "Acme Logistics", "ru": "Акме Логистик"},
                             "position": {"en": "Senior Java developer", "ru": "Ведущий Java-разработчик"},
                             "startDate": "2021-03", "current": true,
                             "highlights": [{"en": "Cut order processing time by 40%"}]}"""))))
    @ApiResponse(responseCode = "201", description = "Added; Location names the new entry")
    @ApiResponse(responseCode = "400", description = "A field is invalid")
    @ApiResponse(responseCode = "404", description = "No such section")
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read")
    ResponseEntity<Item> add(AuthenticatedUser user, @PathVariable String section,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body) {
        Section named = section(section);
        Item item = entry(named, body).withId(UUID.randomUUID());
        ProfileSnapshot saved = profiles.change(user.id(), Versions.expected(ifMatch), List.of(named.path()),
                current -> {
                    List<Item> items = new ArrayList<>(current.items(named));
                    items.add(item);
                    return current.withItems(named, items);
                });
        return ResponseEntity.created(URI.create("/api/v1/profile/" + named.path() + "/" + item.id()))
                .eTag(saved.etag()).body(item);
    }

    @GetMapping("/{section}/{id}")
    @Operation(summary = "Read one entry")
    @ApiResponse(responseCode = "404", description = "No such section or entry in the user's own profile")
    ResponseEntity<Item> get(AuthenticatedUser user, @PathVariable String section, @PathVariable UUID id) {
        Section named = section(section);
        ProfileSnapshot snapshot = profiles.read(user.id());
        return ResponseEntity.ok().eTag(snapshot.etag()).body(find(snapshot.profile(), named, id));
    }

    @PutMapping("/{section}/{id}")
    @Operation(summary = "Replace one entry", description = "The entry keeps its id and its place in the list.")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "A field is invalid")
    @ApiResponse(responseCode = "404", description = "No such entry in the user's own profile")
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read")
    ResponseEntity<Item> replaceEntry(AuthenticatedUser user, @PathVariable String section, @PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body) {
        Section named = section(section);
        Item item = entry(named, body).withId(id);
        ProfileSnapshot saved = profiles.change(user.id(), Versions.expected(ifMatch), List.of(named.path()),
                current -> {
                    find(current, named, id);
                    return current.withItems(named, current.items(named).stream()
                            .map(existing -> existing.id().equals(id) ? item : existing).toList());
                });
        return ResponseEntity.ok().eTag(saved.etag()).body(item);
    }

    @DeleteMapping("/{section}/{id}")
    @Operation(summary = "Remove one entry")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such entry in the user's own profile")
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read")
    ResponseEntity<Void> remove(AuthenticatedUser user, @PathVariable String section, @PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Section named = section(section);
        ProfileSnapshot saved = profiles.change(user.id(), Versions.expected(ifMatch), List.of(named.path()),
                current -> {
                    find(current, named, id);
                    return current.withItems(named, current.items(named).stream()
                            .filter(existing -> !existing.id().equals(id)).toList());
                });
        return ResponseEntity.noContent().eTag(saved.etag()).build();
    }

    private Item entry(Section section, JsonNode body) {
        Item item;
        try {
            item = json.treeToValue(body, section.itemType());
        }
        catch (JacksonException e) {
            throw new QhException(HttpStatus.BAD_REQUEST, "malformed-entry", "Malformed entry",
                    "The body is not a valid " + section.path() + " entry: " + e.getOriginalMessage());
        }
        if (item == null) {
            throw new QhException(HttpStatus.BAD_REQUEST, "malformed-entry", "Malformed entry",
                    "The body must be a JSON object.");
        }
        profiles.validate(item);
        return item;
    }

    private static Item find(Profile profile, Section section, UUID id) {
        return profile.items(section).stream().filter(item -> item.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Your profile has no " + section.path() + " entry " + id
                        + "."));
    }

    private static Section section(String path) {
        Section section = Section.fromPath(path);
        if (section == null) {
            throw new NotFoundException("There is no profile section '" + path + "'; the sections are " + SECTIONS
                    + ".");
        }
        return section;
    }

    private static List<String> allSections() {
        List<String> all = new ArrayList<>(List.of("personal", "summary"));
        all.addAll(Arrays.stream(Section.values()).map(Section::path).collect(Collectors.toList()));
        return all;
    }
}
