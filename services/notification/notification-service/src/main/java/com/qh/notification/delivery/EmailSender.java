package com.qh.notification.delivery;

/** Hands an e-mail to a provider. Throws when the provider did not take it; the worker then retries. */
public interface EmailSender {

    void send(OutgoingEmail email) throws Exception;

    /** Lets go of what the sender keeps open between messages (a connection); called when nothing more is due. */
    default void release() {
    }
}
