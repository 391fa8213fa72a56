package com.qh.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Proxies requests that carry a body with a longer time limit than the rest. The JDK client's read timeout runs
 * from the first byte sent to the answer's headers, so it includes sending the body: a 100 MB upload over a slow
 * line would be cut off at the gateway while the service is still happily reading it. Requests without a body keep
 * the ordinary limit, which is what catches a service that hangs. Every request states its body's length
 * ({@link KnownLengthRequest}).
 */
final class UploadAwareRequestFactory implements ClientHttpRequestFactory {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ClientHttpRequestFactory withoutBody;
    private final ClientHttpRequestFactory withBody;

    UploadAwareRequestFactory(ClientHttpRequestFactory withoutBody, ClientHttpRequestFactory withBody) {
        this.withoutBody = withoutBody;
        this.withBody = withBody;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        return new KnownLengthRequest((WITH_BODY.contains(httpMethod) ? withBody : withoutBody)
                .createRequest(uri, httpMethod));
    }
}
