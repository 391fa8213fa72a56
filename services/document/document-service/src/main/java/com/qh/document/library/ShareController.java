package com.qh.document.library;

import com.qh.document.library.Views.CreatedShare;
import com.qh.document.library.Views.ShareRequest;
import com.qh.document.library.Views.ShareView;
import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.QhException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Share links of the user's documents, and the public download through one. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Share links", description = "Links that let anyone holding them download a document's current "
        + "version, optionally with a password and an expiry; revocable, with a download count.")
class ShareController {

    private final ShareLinks shareLinks;
    private final Downloads downloads;

    ShareController(ShareLinks shareLinks, Downloads downloads) {
        this.shareLinks = shareLinks;
        this.downloads = downloads;
    }

    @PostMapping("/{id}/shares")
    @Operation(summary = "Make a share link", description = "The answer holds the token, shown this once; only its "
            + "hash is kept.")
    @ApiResponse(responseCode = "201", description = "Made")
    @ApiResponse(responseCode = "400", description = "A password shorter than 8 characters")
    @ApiResponse(responseCode = "404", description = "No such document of the user's")
    @ApiResponse(responseCode = "422", description = "The expiry is in the past")
    ResponseEntity<CreatedShare> create(AuthenticatedUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) ShareRequest request) {
        ShareRequest body = request == null ? new ShareRequest(null, null) : request;
        CreatedShare share = shareLinks.create(user.id(), id, body.expiresAt(), body.password());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/shares/" + share.id())).body(share);
    }

    @GetMapping("/{id}/shares")
    @Operation(summary = "List a document's share links", description = "With their download counts; revoked ones "
            + "too.")
    @ApiResponse(responseCode = "404", description = "No such document of the user's")
    List<ShareView> list(AuthenticatedUser user, @PathVariable UUID id) {
        return shareLinks.list(user.id(), id);
    }

    @DeleteMapping("/{id}/shares/{shareId}")
    @Operation(summary = "Revoke a share link", description = "The link answers 404 from now on. Idempotent.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such document or link of the user's")
    ResponseEntity<Void> revoke(AuthenticatedUser user, @PathVariable UUID id, @PathVariable UUID shareId) {
        shareLinks.revoke(user.id(), id, shareId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/shared/{token}")
    @Operation(summary = "Download through a share link", description = "Public: no access token. A password goes "
            + "in the X-Share-Password header only: a password parameter in the address is refused, since addresses "
            + "end up in logs and browser history. After 5 wrong passwords in a row the link refuses every password "
            + "for a minute, doubling with each further wrong one (429 with Retry-After). Range and ETag work as for "
            + "the owner; on S3 with qh.document.s3.presigned-downloads the answer may be a 302 to a short-lived URL.")
    @ApiResponse(responseCode = "200", description = "The document's current version")
    @ApiResponse(responseCode = "302", description = "Fetch it from the presigned URL in Location")
    @ApiResponse(responseCode = "400", description = "The password was sent in the address (share-password-in-query)")
    @ApiResponse(responseCode = "401", description = "The link needs a password")
    @ApiResponse(responseCode = "403", description = "The password is wrong")
    @ApiResponse(responseCode = "404", description = "No such link, or it was revoked")
    @ApiResponse(responseCode = "410", description = "The link expired")
    @ApiResponse(responseCode = "429", description = "Too many wrong passwords: the link is locked for Retry-After "
            + "seconds (share-locked)")
    void download(@PathVariable String token,
            @Parameter(description = "The link's password") @RequestHeader(name = "X-Share-Password",
                    required = false) String password,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameterMap().containsKey("password")) {
            throw new QhException(HttpStatus.BAD_REQUEST, "share-password-in-query", "Password in the address",
                    "Send the share link's password in the X-Share-Password header, not in the address: addresses "
                            + "are written to logs and browser history.");
        }
        DocumentVersion version = shareLinks.open(token, password);
        response.setHeader("Referrer-Policy", "no-referrer");
        Downloads.Outcome outcome = downloads.send(version, request, response, true);
        String range = request.getHeader(HttpHeaders.RANGE);
        // A player fetching a file in pieces is one download: count the piece that starts it.
        if (outcome == Downloads.Outcome.SENT && (range == null || range.strip().startsWith("bytes=0-"))) {
            shareLinks.counted(token);
        }
    }
}
