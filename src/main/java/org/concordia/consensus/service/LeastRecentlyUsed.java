package org.concordia.consensus.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The caches of computed figures: a thread-safe map that forgets its least recently used entry beyond a size. */
final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    static <K, V> Map<K, V> map(int entries) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > entries;
            }
        });
    }
}
