package com.qh.web.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A successful answer of the API.
 *
 * @param status the HTTP status (2xx)
 * @param etag the {@code ETag} header, or null
 * @param location the {@code Location} header, or null
 * @param body the JSON body; a missing node when there is none
 */
public record ApiResponse(int status, String etag, String location, JsonNode body) {

    public ApiResponse {
        body = body == null ? MissingNode.getInstance() : body;
    }
}
