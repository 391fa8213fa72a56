package com.qh.web.session;

/**
 * The page needs a signed-in person and there is none (never signed in, signed out elsewhere, session expired at
 * auth). Answered with a redirect to sign-in that comes back to the page afterwards.
 */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException() {
        super("sign-in required");
    }
}
