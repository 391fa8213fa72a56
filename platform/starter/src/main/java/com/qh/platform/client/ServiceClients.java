package com.qh.platform.client;

import com.qh.platform.web.CorrelationId;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;

/**
 * HTTP access to other QH services. Each client knows its base URL from {@code qh.services.<name>.url}, has
 * timeouts, passes the correlation id, and relays the caller's access token when called while serving a request,
 * so the other service checks the same user's rights. Outside a request (event handlers, scheduled work) it sends
 * this service's own token from {@link ServiceTokens}.
 */
public class ServiceClients {

    private final RestClient.Builder builder;
    private final Environment environment;
    private final ClientProperties properties;
    private final ServiceTokens serviceTokens;
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

    public ServiceClients(RestClient.Builder builder, Environment environment, ClientProperties properties,
            ServiceTokens serviceTokens) {
        this.builder = builder;
        this.environment = environment;
        this.properties = properties;
        this.serviceTokens = serviceTokens;
    }

    /** A client for the named service ({@code auth}, {@code profile}, ...). */
    public RestClient forService(String name) {
        return clients.computeIfAbsent(name, this::create);
    }

    private RestClient create(String name) {
        String url = environment.getProperty("qh.services." + name + ".url");
        if (url == null) {
            throw new IllegalStateException("No URL configured for service '" + name + "': set qh.services."
                    + name + ".url");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(properties.readTimeout());
        return builder.clone()
                .baseUrl(url)
                .requestFactory(requestFactory)
                .requestInterceptor((request, body, execution) -> {
                    CorrelationId.current().ifPresent(id -> request.getHeaders().set(CorrelationId.HEADER, id));
                    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                    if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                        if (caller instanceof JwtAuthenticationToken jwt) {
                            request.getHeaders().setBearerAuth(jwt.getToken().getTokenValue());
                        }
                        else {
                            serviceTokens.current(name).ifPresent(token -> request.getHeaders().setBearerAuth(token));
                        }
                    }
                    return execution.execute(request, body);
                })
                .build();
    }
}
