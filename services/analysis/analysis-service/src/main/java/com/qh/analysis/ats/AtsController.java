package com.qh.analysis.ats;

import com.qh.analysis.resume.DocumentRef;
import com.qh.analysis.resume.UploadedResumes;
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

/** The ATS check of a resume file sent along or stored. */
@RestController
@RequestMapping("/api/v1/analysis/ats")
@Tag(name = "ATS check", description = "Whether applicant tracking systems can read a resume file.")
class AtsController {

    private final AtsChecker checker;
    private final UploadedResumes uploaded;

    AtsController(AtsChecker checker, UploadedResumes uploaded) {
        this.checker = checker;
        this.uploaded = uploaded;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Check a resume file", description = "Text layer, reading order, contacts and standard "
            + "headings, dates, embedded fonts, pictures, headers and footers, size and pages: a score 0-100 and "
            + "findings in Russian and English. A scan scores 0 with the finding NO_TEXT_LAYER.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "415", description = "Not a PDF, DOC, DOCX, RTF, ODT or text file")
    @ApiResponse(responseCode = "422", description = "Empty, encrypted or damaged")
    AtsReport checkFile(@Parameter(hidden = true) AuthenticatedUser user,
            @Parameter(description = "The resume file") @RequestPart("file") MultipartFile file) {
        return checker.check(DocumentRef.bytes(file), file.getOriginalFilename());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check one of my documents", description = "The current version of the caller's document.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "404", description = "No such document of the caller's")
    AtsReport checkDocument(@Parameter(hidden = true) AuthenticatedUser user, @Valid @RequestBody DocumentRef request) {
        UploadedResumes.StoredFile file = uploaded.file(user.id(), request.documentId());
        return checker.check(file.content(), file.fileName());
    }
}
