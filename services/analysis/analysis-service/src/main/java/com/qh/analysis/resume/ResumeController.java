package com.qh.analysis.resume;

import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reads a resume file into fields for the web app: a file sent along, or one of the user's documents. */
@RestController
@RequestMapping("/api/v1/analysis/resumes")
@Tag(name = "Resume parsing", description = "A resume file (PDF, DOC, DOCX, RTF, ODT, TXT) read into fields.")
class ResumeController {

    private final ResumeParser parser;
    private final UploadedResumes uploaded;

    ResumeController(ResumeParser parser, UploadedResumes uploaded) {
        this.parser = parser;
        this.uploaded = uploaded;
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Parse a resume file", description = "Contacts, headline, jobs, education, skills "
            + "(through the taxonomy), languages and links, each with a confidence 0-1. Two-column PDFs are read "
            + "column by column.")
    @ApiResponse(responseCode = "200", description = "The parsed resume")
    @ApiResponse(responseCode = "415", description = "Not a PDF, DOC, DOCX, RTF, ODT or text file")
    @ApiResponse(responseCode = "422", description = "Empty, only images of text (a scan), encrypted or damaged")
    ParsedResume parseFile(@Parameter(hidden = true) AuthenticatedUser user,
            @Parameter(description = "The resume file") @RequestPart("file") MultipartFile file) {
        return parser.parse(DocumentRef.bytes(file), file.getOriginalFilename());
    }

    @PostMapping(path = "/parse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Parse one of my documents", description = "The current version of the caller's "
            + "document; parsed once per version and kept.")
    @ApiResponse(responseCode = "200", description = "The parsed resume")
    @ApiResponse(responseCode = "404", description = "No such document of the caller's")
    @ApiResponse(responseCode = "422", description = "Empty, only images of text (a scan), encrypted or damaged")
    ParsedResume parseDocument(@Parameter(hidden = true) AuthenticatedUser user,
            @Valid @RequestBody DocumentRef request) {
        return uploaded.parsed(user.id(), request.documentId());
    }
}
