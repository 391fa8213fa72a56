package com.qh.platform.security;

import com.qh.platform.web.ForbiddenException;
import com.qh.platform.web.UnauthorizedException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controllers an {@link AuthenticatedUser} built from the verified JWT. */
class AuthenticatedUserResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return AuthenticatedUser.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new UnauthorizedException("unauthorized", "Sign in to do this.");
        }
        return fromJwt(jwt);
    }

    static AuthenticatedUser fromJwt(Jwt jwt) {
        UUID id;
        try {
            id = UUID.fromString(jwt.getSubject());
        }
        catch (IllegalArgumentException | NullPointerException notAUser) {
            throw new ForbiddenException("This endpoint is for signed-in users, not for service tokens.");
        }
        List<String> roles = jwt.getClaimAsStringList(JwtRoles.CLAIM);
        return new AuthenticatedUser(id, jwt.getClaimAsString("email"), jwt.getClaimAsString("name"),
                roles == null ? Set.of() : Set.copyOf(new HashSet<>(roles)), jwt.getId(), jwt.getExpiresAt());
    }
}
