package com.qh.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A proxied request whose body the JDK client is told the length of. The gateway copies every request body, even an
 * empty one, and Spring hands a body of unstated length to the JDK client as a chunked stream (a zero chunk for a
 * GET); a chunked framing from the client (Tomcat drops a
 * {@code Content-Length} sent with it) raced the service's early answer inside the JDK client
 * ({@code Http1Exchange.requestMoreBody} threw, the client saw a 500). The body is buffered here, as Spring buffered
 * it before, and goes out with no body at all when empty, else with its {@code Content-Length}.
 */
final class KnownLengthRequest implements ClientHttpRequest {

    private final ClientHttpRequest delegate;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    KnownLengthRequest(ClientHttpRequest delegate) {
        this.delegate = delegate;
    }

    @Override
    public OutputStream getBody() {
        return body;
    }

    @Override
    public ClientHttpResponse execute() throws IOException {
        if (body.size() > 0) {
            delegate.getHeaders().setContentLength(body.size());
            if (delegate instanceof StreamingHttpOutputMessage streaming) {
                streaming.setBody(new StreamingHttpOutputMessage.Body() {
                    @Override
                    public void writeTo(OutputStream out) throws IOException {
                        body.writeTo(out);
                    }

                    @Override
                    public boolean repeatable() {
                        return true;
                    }
                });
            }
            else {
                body.writeTo(delegate.getBody());
            }
        }
        return delegate.execute();
    }

    @Override
    public HttpHeaders getHeaders() {
        return delegate.getHeaders();
    }

    @Override
    public HttpMethod getMethod() {
        return delegate.getMethod();
    }

    @Override
    public URI getURI() {
        return delegate.getURI();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return delegate.getAttributes();
    }
}
