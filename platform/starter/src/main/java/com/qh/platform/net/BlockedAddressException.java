package com.qh.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host name that resolves to an address a server-side request must not reach. It is an
 * {@link UnknownHostException} so that an HTTP client treats it like a name that does not resolve: no connection is
 * tried. Callers find it in the cause chain with {@link #in(Throwable)} to tell the user why.
 */
public final class BlockedAddressException extends UnknownHostException {

    private final String host;
    private final transient InetAddress address;

    BlockedAddressException(String host, InetAddress address) {
        super(host + " resolves to a non-public address");
        this.host = host;
        this.address = address;
    }

    /** The host name asked for. */
    public String host() {
        return host;
    }

    /** The non-public address it resolved to. */
    public InetAddress address() {
        return address;
    }

    /** The blocked address in {@code failure}'s cause chain, if that is why it failed. */
    public static java.util.Optional<BlockedAddressException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BlockedAddressException blocked) {
                return java.util.Optional.of(blocked);
            }
        }
        return java.util.Optional.empty();
    }
}
