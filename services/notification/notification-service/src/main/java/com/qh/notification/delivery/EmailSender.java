package com.qh.notification.delivery;

/** Hands an e-mail to a provider. Throws when the provider did not take it; the worker then retries. */
public interface EmailSender {

    void send(OutgoingEmail email) throws Exception;
}
