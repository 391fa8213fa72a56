package com.qh.web.api;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

/** A file the browser sent, as the part of a multipart call to the API: its bytes, its name and its type. */
public final class FileParts {

    private FileParts() {
    }

    /** The file with the type the browser named; octet-stream when it named none or a garbled one. */
    public static HttpEntity<?> of(MultipartFile file) {
        HttpHeaders headers = new HttpHeaders();
        MediaType type = MediaType.APPLICATION_OCTET_STREAM;
        try {
            if (file.getContentType() != null) {
                type = MediaType.parseMediaType(file.getContentType());
            }
        }
        catch (InvalidMediaTypeException garbled) {
            // The services read the type from the bytes or the name anyway.
        }
        headers.setContentType(type);
        return new HttpEntity<>(file.getResource(), headers);
    }
}
