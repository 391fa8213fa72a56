package com.qh.platform.grpc;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Sends the response headers before a call is closed without any, so the status always travels in real trailers.
 * gRPC normally answers an error at once as "trailers only" (the status in the only header block); served as a
 * servlet on Tomcat that block goes out without end-of-stream, followed by an empty DATA frame ending it, and the
 * client sees {@code INTERNAL: Received unexpected EOS on empty DATA frame} instead of the status (a refusal's
 * {@code UNAUTHENTICATED}, a handler's {@code NOT_FOUND}). Outermost of the interceptors, so it sees every close.
 */
final class HeadersBeforeStatus implements ServerInterceptor {

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
            ServerCallHandler<Q, A> next) {
        return next.startCall(new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            private boolean headersSent;

            @Override
            public void sendHeaders(Metadata responseHeaders) {
                headersSent = true;
                super.sendHeaders(responseHeaders);
            }

            @Override
            public void close(Status status, Metadata trailers) {
                if (!headersSent) {
                    sendHeaders(new Metadata());
                }
                super.close(status, trailers);
            }
        }, headers);
    }
}
