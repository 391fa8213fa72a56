package com.qh.gateway.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.util.NetMask;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The proxies allowed to forward requests: {@code qh.trusted-proxies} ({@code QH_TRUSTED_PROXIES}), a
 * comma-separated list of CIDR ranges such as {@code 10.0.0.0/8,::1/128}. The platform starter hands the same list
 * to Tomcat's {@code RemoteIpValve} ({@code server.tomcat.remoteip.internal-proxies}), which reads it as CIDR ranges
 * only when an entry has a prefix length; so every entry here must have one, and a list that does not stops the
 * gateway at startup rather than silently trusting a regular expression.
 *
 * @param trustedProxies CIDR ranges of the proxies in front of this application; none by default, so forwarding
 *        headers are ignored unless an operator names the proxy that sets them
 */
@ConfigurationProperties("qh")
public record TrustedProxies(@DefaultValue List<String> trustedProxies) {

    // An IP literal (no host names: trusting a name would mean trusting whatever DNS says today) and a prefix.
    private static final Pattern CIDR = Pattern.compile("[0-9A-Fa-f:.]+/\\d{1,3}");

    public TrustedProxies {
        List<String> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            String range = entry.strip();
            if (range.isEmpty()) {
                continue;
            }
            if (!CIDR.matcher(range).matches()) {
                throw new IllegalArgumentException("qh.trusted-proxies takes CIDR ranges with a prefix length, "
                        + "such as 10.0.0.0/8 or 127.0.0.1/32, not '" + range + "'");
            }
            new NetMask(range);
            ranges.add(range);
        }
        trustedProxies = List.copyOf(ranges);
    }

    /** The ranges as Tomcat net masks, for matching peer addresses. */
    List<NetMask> masks() {
        return trustedProxies.stream().map(NetMask::new).toList();
    }
}
