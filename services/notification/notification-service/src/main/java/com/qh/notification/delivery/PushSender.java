package com.qh.notification.delivery;

/** Hands a Web Push message to the browser's push service. */
public interface PushSender {

    /**
     * Sends {@code payload} (JSON: title, body, link) to one of the user's registered browsers.
     *
     * @param subscriptionId the push subscription's id
     * @return {@code false} when the push service says the subscription is gone (404/410): it is then removed
     *         and the message counts as delivered, since there is no one left to deliver it to
     * @throws Exception when the push service did not take it; the worker then retries
     */
    boolean send(String subscriptionId, String payload) throws Exception;
}
