package com.qh.platform.grpc;

import com.qh.platform.web.CorrelationId;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import org.slf4j.MDC;

/**
 * The correlation id across gRPC calls, as {@code X-Correlation-Id} does across HTTP ones: a client sends the id of
 * the work in progress ({@code x-correlation-id} metadata); a server takes a safe one or makes one, logs under it
 * while serving the call (gRPC may run a call's steps on different threads, so it is set around each step) and
 * answers it in the response headers.
 */
public final class CorrelationIds {

    static final Metadata.Key<String> KEY = Metadata.Key.of(CorrelationId.HEADER.toLowerCase(java.util.Locale.ROOT),
            Metadata.ASCII_STRING_MARSHALLER);

    private CorrelationIds() {
    }

    /** The client side: passes the current id on. */
    public static ClientInterceptor client() {
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options,
                    Channel next) {
                String id = CorrelationId.current().orElse(null);
                return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<A> listener, Metadata headers) {
                        if (id != null) {
                            headers.put(KEY, id);
                        }
                        super.start(listener, headers);
                    }
                };
            }
        };
    }

    /** The server side: takes or makes the id, logs under it, answers it. */
    public static ServerInterceptor server() {
        return new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                    ServerCallHandler<Q, A> next) {
                String id = CorrelationId.acceptOrCreate(headers.get(KEY));
                ServerCall<Q, A> answering = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
                    @Override
                    public void sendHeaders(Metadata responseHeaders) {
                        responseHeaders.put(KEY, id);
                        super.sendHeaders(responseHeaders);
                    }
                };
                ServerCall.Listener<Q> listener = within(id, () -> next.startCall(answering, headers));
                return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
                    @Override
                    public void onMessage(Q message) {
                        within(id, () -> {
                            super.onMessage(message);
                            return null;
                        });
                    }

                    @Override
                    public void onHalfClose() {
                        within(id, () -> {
                            super.onHalfClose();
                            return null;
                        });
                    }

                    @Override
                    public void onCancel() {
                        within(id, () -> {
                            super.onCancel();
                            return null;
                        });
                    }

                    @Override
                    public void onComplete() {
                        within(id, () -> {
                            super.onComplete();
                            return null;
                        });
                    }

                    @Override
                    public void onReady() {
                        within(id, () -> {
                            super.onReady();
                            return null;
                        });
                    }
                };
            }
        };
    }

    private static <T> T within(String id, java.util.function.Supplier<T> step) {
        String outer = MDC.get(CorrelationId.MDC_KEY);
        MDC.put(CorrelationId.MDC_KEY, id);
        try {
            return step.get();
        }
        finally {
            if (outer == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            }
            else {
                MDC.put(CorrelationId.MDC_KEY, outer);
            }
        }
    }
}
