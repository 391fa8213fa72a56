package com.qh.gateway.forwarding;

import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Valve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link ForwardedHeadersValve} in front of every other engine valve, {@code RemoteIpValve} included. */
@Configuration(proxyBeanMethods = false)
class ForwardingConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatWebServerFactory> forwardedHeadersValve(TrustedProxies proxies) {
        return new FirstValve(proxies);
    }

    /** Runs after Boot's own customizer has added {@code RemoteIpValve}, so it can go in front of it. */
    private record FirstValve(TrustedProxies proxies) implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatWebServerFactory factory) {
            List<Valve> valves = new ArrayList<>();
            // A valve belongs to one Tomcat: a new one for each server (the management port has its own).
            valves.add(new ForwardedHeadersValve(proxies));
            valves.addAll(factory.getEngineValves());
            factory.setEngineValves(valves);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
