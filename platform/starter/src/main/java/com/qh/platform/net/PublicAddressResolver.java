package com.qh.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.DnsResolver;

/**
 * An HTTP client's DNS resolver that refuses any host name with a non-public address ({@link PublicAddresses}).
 * Set it on Apache HttpClient's connection manager ({@code setDnsResolver}): the client connects only to the
 * addresses this resolver returned, so the address vetted is the address connected to. A check made once, before
 * the request, would let a name answer with a public address then and a private one when the client connects (DNS
 * rebinding), or on a later request to a stored URL.
 *
 * <p>Every address of a name must be public, not just one: a client may try any of them. Hosts in
 * {@code allowedHosts} are not vetted (a loopback fixture in tests, named {@code 127.0.0.1}); they are compared by
 * name, so {@code localhost} stays refused when {@code 127.0.0.1} is allowed.
 */
public final class PublicAddressResolver implements DnsResolver {

    /** Looks a name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Lookup {

        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Lookup lookup;

    /** Vets every host but those in {@code allowedHosts}, looked up through the system's resolver. */
    public PublicAddressResolver(Collection<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    /** As {@link #PublicAddressResolver(Collection)}, with names looked up by {@code lookup}. */
    public PublicAddressResolver(Collection<String> allowedHosts, Lookup lookup) {
        this.allowedHosts = allowedHosts.stream().map(PublicAddressResolver::normalise)
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.lookup = lookup;
    }

    /**
     * The addresses of {@code host}, all of them public.
     *
     * @throws BlockedAddressException when any of them is not public
     * @throws UnknownHostException when the name does not resolve
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = normalise(host);
        InetAddress[] addresses = lookup.addresses(name);
        if (allowedHosts.contains(name)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!PublicAddresses.isPublic(address)) {
                throw new BlockedAddressException(host, address);
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return resolve(host)[0].getCanonicalHostName();
    }

    /** Whether {@code host} skips the address check. */
    public boolean isAllowed(String host) {
        return allowedHosts.contains(normalise(host));
    }

    private static String normalise(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name;
    }
}
