package com.qh.gateway.routing;

import com.qh.platform.web.CorrelationId;
import com.qh.platform.web.Problems;
import com.qh.platform.web.QhException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proxy: the last filter of the gateway's chain, after the firewall, the rate limits, the token check and the
 * request log have done their part, sends a request that a {@link Route} takes to that route's service and writes
 * the service's answer back; anything else goes on to Spring MVC (the WebSocket relay, Swagger UI, the actuator,
 * the gateway's own 404s and {@code /error}).
 *
 * <p>It replaced Spring Cloud Gateway's router functions, which ran every proxied request through the
 * {@code DispatcherServlet}, a {@code RestClient} and two lists of header filters: measured, half of the gateway's
 * CPU per proxied request went to those layers, not to the call itself (docs/benchmarks.md, "Gateway cost").
 * What they did, this does the same way: paths and queries pass unchanged (raw, as the client encoded them);
 * hop-by-hop headers stay behind in both directions; the service gets {@code X-Forwarded-For} (what a trusted proxy
 * sent, then the client), {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port} as the gateway saw the request
 * (after {@code ForwardedHeadersValve} and Tomcat's {@code RemoteIpValve}), and the gateway's correlation id.
 */
final class ProxyFilter implements Filter {

    /** Hop-by-hop headers (RFC 9110 section 7.6.1), never passed on in either direction. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "trailer", "transfer-encoding", "upgrade", "proxy-authenticate", "proxy-authorization");

    /** Request headers the gateway or its client sets itself. */
    private static final Set<String> SET_HERE = Set.of("host", "content-length", "expect", "forwarded",
            "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port",
            CorrelationId.HEADER.toLowerCase(Locale.ROOT));

    private final List<Route> routes;
    private final ServiceClient client;
    private final JsonMapper json;

    ProxyFilter(List<Route> routes, ServiceClient client, JsonMapper json) {
        this.routes = List.copyOf(routes);
        this.client = client;
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Route route = routeOf(request);
        if (route == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        }
        catch (QhException refused) {
            // A chunked body over the size limit (the starter's BodySizeLimitFilter counts it as it is read).
            Problems.write(response, Problems.of(refused, request), json);
            return;
        }
        String method = request.getMethod();
        String target = route.target(request.getRequestURI(), request.getQueryString());
        Header[] headers = headersFor(request);
        ServiceClient.Answer answer;
        try {
            answer = route.instances.call(method, instance -> {
                BasicClassicHttpRequest call = new BasicClassicHttpRequest(method, instance, target);
                call.setHeaders(headers);
                return client.send(call, body);
            });
        }
        catch (IOException unreachable) {
            BackendFailures.answer(route.service, unreachable, request, response, json);
            return;
        }
        try (answer) {
            write(answer, method, response);
        }
    }

    private Route routeOf(HttpServletRequest request) {
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        String method = request.getMethod();
        for (Route route : routes) {
            if (route.takes(method, path)) {
                return route;
            }
        }
        return null;
    }

    private static Header[] headersFor(HttpServletRequest request) {
        List<Header> headers = new ArrayList<>();
        List<String> forwardedFor = new ArrayList<>(1);
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements();) {
            String name = names.nextElement();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("x-forwarded-for")) {
                request.getHeaders(name).asIterator().forEachRemaining(forwardedFor::add);
            }
            else if (!HOP_BY_HOP.contains(lower) && !SET_HERE.contains(lower)) {
                for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements();) {
                    headers.add(new BasicHeader(name, values.nextElement()));
                }
            }
        }
        // What trusted proxies before the gateway said (the valves have dropped anyone else's), then the client.
        if (request.getRemoteAddr() != null) {
            forwardedFor.add(request.getRemoteAddr());
        }
        if (!forwardedFor.isEmpty()) {
            headers.add(new BasicHeader("X-Forwarded-For", String.join(",", forwardedFor)));
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        headers.add(new BasicHeader("X-Forwarded-Proto", scheme));
        headers.add(new BasicHeader("X-Forwarded-Port", Integer.toString(port)));
        boolean defaultPort = port < 0 || (port == 80 && "http".equals(scheme))
                || (port == 443 && "https".equals(scheme));
        headers.add(new BasicHeader("X-Forwarded-Host",
                defaultPort ? request.getServerName() : request.getServerName() + ":" + port));
        String correlationId = CorrelationId.current().orElse(request.getHeader(CorrelationId.HEADER));
        if (correlationId != null) {
            headers.add(new BasicHeader(CorrelationId.HEADER, correlationId));
        }
        return headers.toArray(Header[]::new);
    }

    private static void write(ServiceClient.Answer answer, String method, HttpServletResponse response)
            throws IOException {
        response.setStatus(answer.status());
        boolean lengthGiven = false;
        for (Header header : answer.headers()) {
            String name = header.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(lower)) {
                continue;
            }
            lengthGiven |= lower.equals("content-length");
            // The gateway may have set the same header already (the correlation id): once is enough.
            if (!header.getValue().equals(response.getHeader(name))) {
                response.addHeader(name, header.getValue());
            }
        }
        byte[] whole = answer.whole();
        if (whole != null) {
            if (!lengthGiven && !"HEAD".equals(method) && answer.status() >= 200 && answer.status() != 204
                    && answer.status() != 304) {
                response.setContentLength(whole.length);
            }
            if (whole.length > 0) {
                response.getOutputStream().write(whole);
            }
            return;
        }
        // An event stream or a large download: each piece as it comes.
        InputStream body = answer.streaming();
        OutputStream out = response.getOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n; (n = body.read(buffer)) >= 0;) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }
}
