/**
 * Service-to-service calls over gRPC, the way every QH service serves and calls them: contracts are {@code .proto}
 * files in a service's {@code -api} module; the server side authenticates each call with a service token meant
 * for this service (the same decoder and checks as REST) and answers errors as gRPC status codes; the client side
 * gives a channel per target service with the service token and a default deadline. See the module's README.
 */
package com.qh.platform.grpc;
