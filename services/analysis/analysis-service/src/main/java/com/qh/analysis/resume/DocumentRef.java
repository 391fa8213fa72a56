package com.qh.analysis.resume;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON body naming one of the caller's stored documents, the other way besides a multipart file to hand the
 * parse and the ATS check a resume; one type so both endpoints accept and document it alike.
 */
@Schema(description = "One of the caller's documents")
public record DocumentRef(@Schema(description = "The document's id in the document service",
        example = "3f6c2a1e-8d4b-4c55-9a61-0f1e2d3c4b5a") @NotNull UUID documentId) {

    /** The bytes of an uploaded multipart part; an empty part is the reader's 422. */
    public static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
