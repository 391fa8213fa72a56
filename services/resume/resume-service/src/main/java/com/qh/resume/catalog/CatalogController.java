package com.qh.resume.catalog;

import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.UnprocessableException;
import com.qh.rendering.AppearanceException;
import com.qh.rendering.Fonts;
import com.qh.rendering.Language;
import com.qh.rendering.TemplateInfo;
import com.qh.rendering.Templates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The templates and fonts a resume may use, from platform/rendering; the same for everyone. */
@RestController
@RequestMapping("/api/v1/resumes")
@Tag(name = "Resume templates and fonts", description = "The designed templates with a thumbnail each, and the "
        + "bundled open fonts (full Cyrillic) with their files for the HTML preview.")
class CatalogController {

    private static final String PROBLEM = "application/problem+json";
    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    @Schema(description = "A template for a picker")
    record TemplateView(String id, String nameRu, String nameEn, String description, int columns, boolean atsPlain,
            boolean photo, @Schema(description = "A PNG of a sample resume in it; add ?language=en for English")
            String thumbnail) {

        static TemplateView of(TemplateInfo info) {
            return new TemplateView(info.id(), info.nameRu(), info.nameEn(), info.descriptionEn(), info.columns(),
                    info.atsPlain(), info.photo(), "/api/v1/resumes/templates/" + info.id() + "/thumbnail");
        }
    }

    @Schema(description = "A bundled font family and its files")
    record FontView(String family, List<String> files) {
    }

    @GetMapping("/templates")
    @Operation(summary = "List the templates", description = "In the order a picker shows them, each with the URL "
            + "of its thumbnail.")
    List<TemplateView> templates() {
        return Templates.all().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/templates/{id}/thumbnail")
    @Operation(summary = "A template's thumbnail", description = "Page 1 of a sample resume in the template's own "
            + "design on A4, as a PNG 331 pixels wide.")
    @ApiResponse(responseCode = "200", description = "The PNG", content = @Content(mediaType = "image/png"))
    @ApiResponse(responseCode = "404", description = "No such template", content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> thumbnail(@PathVariable String id,
            @Parameter(description = "ru or en") @RequestParam(defaultValue = "ru") String language) {
        Language lang;
        try {
            lang = Language.of(language);
        }
        catch (IllegalArgumentException e) {
            throw new UnprocessableException("unknown-language", e.getMessage(),
                    List.of(new FieldViolation("language", "ru or en")));
        }
        try {
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(A_DAY)
                    .body(Templates.thumbnail(id, lang));
        }
        catch (AppearanceException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    @GetMapping("/fonts")
    @Operation(summary = "List the font families", description = "Bundled open fonts with full Latin and Cyrillic; "
            + "an appearance's fontFamily names one.")
    List<FontView> fonts() {
        return Fonts.families().stream().map(family -> new FontView(family, Fonts.files(family))).toList();
    }

    @GetMapping("/fonts/{file:.+\\.ttf}")
    @Operation(summary = "A font file", description = "For the HTML preview's @font-face rules.")
    @ApiResponse(responseCode = "200", description = "The TrueType file", content = @Content(mediaType = "font/ttf"))
    @ApiResponse(responseCode = "404", description = "No such bundled file", content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> font(@PathVariable String file) {
        boolean bundled = Fonts.families().stream().anyMatch(family -> Fonts.files(family).contains(file));
        if (!bundled) {
            throw new NotFoundException("No bundled font file '" + file + "'.");
        }
        try (InputStream in = Fonts.open(file)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("font/ttf")).cacheControl(A_DAY)
                    .body(in.readAllBytes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
