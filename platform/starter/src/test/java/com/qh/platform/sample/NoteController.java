package com.qh.platform.sample;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Endpoints that exercise the starter's error handling and security as a real service would. */
@RestController
class NoteController {

    enum Colour { RED, GREEN }

    record NoteRequest(@NotBlank @Size(max = 20) String title, @Email String author, Integer priority,
            Colour colour) {
    }

    record NoteResponse(String title, UUID owner) {
    }

    @PostMapping("/api/v1/notes")
    @ResponseStatus(HttpStatus.CREATED)
    NoteResponse create(@Valid @RequestBody NoteRequest request, AuthenticatedUser user) {
        return new NoteResponse(request.title(), user.id());
    }

    @PostMapping(path = "/api/v1/notes/attachments", consumes = "multipart/form-data")
    long attach(@RequestPart("file") MultipartFile file) {
        return file.getSize();
    }

    @GetMapping("/api/v1/notes/{id}")
    NoteResponse get(@PathVariable UUID id) {
        throw new NotFoundException("There is no note " + id + ".");
    }

    @PostMapping("/internal/v1/notes/sync")
    String internalSync() {
        return "synced";
    }

    @GetMapping("/api/v1/public/report")
    @PreAuthorize("hasRole('ADMIN')")
    String adminReportOnAnOpenPath() {
        return "report";
    }

    @GetMapping("/api/v1/admin/notes")
    @PreAuthorize("hasRole('ADMIN')")
    String adminOnly() {
        return "secret";
    }

    @GetMapping("/api/v1/public/ping")
    String ping() {
        return "pong";
    }

    @GetMapping("/api/v1/public/boom")
    String boom() {
        throw new IllegalStateException("database password is hunter2");
    }
}
