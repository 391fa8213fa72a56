package com.qh.vacancy.learning;

import org.springframework.stereotype.Component;

/** The taxonomy release in use, for the service's gRPC contract. */
@Component
public class TaxonomyReleaseReads {

    private final TaxonomyReleases releases;

    TaxonomyReleaseReads(TaxonomyReleases releases) {
        this.releases = releases;
    }

    /** The latest release and every addition so far; the shipped version and none before any release. */
    public TaxonomyRelease latest() {
        return releases.latest();
    }
}
