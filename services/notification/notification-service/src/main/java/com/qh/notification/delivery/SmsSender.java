package com.qh.notification.delivery;

/** Hands a text message to a provider. Throws when the provider did not take it; the worker then retries. */
public interface SmsSender {

    /**
     * @param to the phone number in E.164 ({@code +79161234567})
     * @param text the message
     */
    void send(String to, String text) throws Exception;
}
