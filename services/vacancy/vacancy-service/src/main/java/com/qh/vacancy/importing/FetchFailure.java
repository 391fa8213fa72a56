package com.qh.vacancy.importing;

import com.qh.platform.web.QhException;
import org.springframework.http.HttpStatus;

/** Why a page could not be fetched, said so the user knows what to do. */
final class FetchFailure {

    private FetchFailure() {
    }

    static QhException blocked(String host) {
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "blocked-address", "Address not allowed",
                "The address of " + host + " is a private, local or metadata address; QH only fetches public pages.")
                .with("host", host);
    }

    /** A host name that does not resolve: the link is wrong, not a server of ours or theirs down. */
    static QhException unknownHost(String host) {
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-host", "Unknown host",
                "The host name " + host + " does not resolve. Check the link, or paste the vacancy's text.")
                .with("host", host);
    }

    static QhException unreachable(String host, String why) {
        return new QhException(HttpStatus.BAD_GATEWAY, "source-unreachable", "Page unreachable",
                "Could not load the page from " + host + ": " + why + ". Check the link, or paste the vacancy's text.")
                .with("host", host);
    }

    static QhException answered(String host, int status) {
        String detail = status == 404 || status == 410
                ? host + " says the page does not exist (" + status + "); the vacancy may have been closed."
                : host + " answered " + status + " instead of the page; it may need a sign-in. Paste the vacancy's text instead.";
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "source-refused", "Page not served", detail)
                .with("host", host).with("upstreamStatus", status);
    }

    static QhException tooManyRedirects(int limit) {
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "too-many-redirects", "Too many redirects",
                "The link redirects more than " + limit + " times.");
    }

    static QhException tooLarge(long limit) {
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "page-too-large", "Page too large",
                "The page is larger than " + limit / 1024 + " KB; paste the vacancy's text instead.");
    }

    static QhException unsupportedContent(String contentType) {
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "unsupported-content", "Not a web page",
                "The link serves " + (contentType == null ? "an unknown type" : contentType)
                        + ", not an HTML page or JSON; import a link to the vacancy's page.");
    }

    static QhException notAVacancy(String host) {
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-vacancy", "No vacancy found",
                "The page at " + host + " does not look like a vacancy; paste the vacancy's text instead.")
                .with("host", host);
    }

    static QhException unsupportedSite(String host, String hint) {
        return new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "unsupported-site", "Site not supported",
                hint).with("host", host);
    }
}
