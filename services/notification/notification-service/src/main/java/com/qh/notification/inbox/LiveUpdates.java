package com.qh.notification.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Pushes something other than an inbox message to a user's open tabs, on whichever instance holds their socket:
 * a frame {@code {"type": <type>, ...fields}} that is not kept anywhere (a progress bar moving). Best effort like
 * the inbox's live push: a user with no socket open gets nothing and loses nothing that matters.
 */
@Component
public class LiveUpdates {

    private final LiveFanout fanout;

    LiveUpdates(LiveFanout fanout) {
        this.fanout = fanout;
    }

    /**
     * @param type the frame's {@code type}, such as {@code analysis.progress}; never {@code notification}, which
     *        is an inbox message's
     * @param fields the rest of the frame
     */
    public void push(UUID userId, String type, Map<String, Object> fields) {
        if ("notification".equals(type)) {
            throw new IllegalArgumentException("'notification' frames are inbox messages");
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.putAll(fields);
        fanout.publish(userId, frame);
    }
}
