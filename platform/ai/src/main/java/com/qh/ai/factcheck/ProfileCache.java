package com.qh.ai.factcheck;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last few profiles a checker indexed, least recently used first out. The key is the evidence as text (the JSON
 * Resume's canonical serialisation and the target's fields), so an equal profile built anew hits and a node changed
 * after its check cannot. The month the profile was indexed in is part of the key: a current job's span runs to it,
 * so last month's index is not reused. Indexing runs outside the lock: two threads checking against a new profile at
 * once may both index it, and one result is kept.
 */
final class ProfileCache {

    private final int capacity;
    private final Map<Key, Profile> profiles;

    ProfileCache(int capacity) {
        this.capacity = capacity;
        this.profiles = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Profile> eldest) {
                return size() > ProfileCache.this.capacity;
            }
        };
    }

    /**
     * The profile of {@code evidence} as of {@code month}: the cached one, or {@code index} applied to it (then
     * cached).
     */
    Profile get(Evidence evidence, YearMonth month, Function<Evidence, Profile> index) {
        Key key = new Key(evidence.profile() == null ? "" : evidence.profile().toString(), evidence.target(), month);
        synchronized (profiles) {
            Profile cached = profiles.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Profile indexed = index.apply(evidence);
        synchronized (profiles) {
            profiles.putIfAbsent(key, indexed);
        }
        return indexed;
    }

    /** How many profiles are held. */
    int size() {
        synchronized (profiles) {
            return profiles.size();
        }
    }

    private record Key(String profile, Evidence.Target target, YearMonth month) {
    }
}
