package com.qh.auth.oauth2;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The provider identities linked to accounts, for other features that must see or cut those links. */
@Component
public class ExternalIdentities {

    private final ExternalIdentityRepository identities;

    ExternalIdentities(ExternalIdentityRepository identities) {
        this.identities = identities;
    }

    /** How many Google/GitHub identities sign into the account. */
    @Transactional(readOnly = true)
    public long countLinked(UUID userId) {
        return identities.countByUserId(userId);
    }

    /**
     * Unlinks every provider identity from the account, so none of them signs into it any more; returns how many.
     * Used when someone else's earlier hold on an account must end (the bootstrap admin taking over an address).
     */
    @Transactional
    public int unlinkAll(UUID userId) {
        return identities.deleteByUser(userId);
    }
}
