package dev.homepage.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one build made, by fingerprint, for the next build to reuse. It keeps only what the latest build asked
 * for, so that it holds no more than one site's worth; safe to use from many threads.
 *
 * <p>One map holds both builds' things, each marked with the last build that asked for it: a rebuild that asks for
 * the same ten thousand things again marks them, rather than copying them into a new map.
 *
 * @param <K> the fingerprint: a text, or a value equal to the one the thing was made from
 * @param <V> what is remembered
 */
public final class Memo<K, V> {

    /** A thing made, and the last build that asked for it or made it. */
    private static final class Entry<V> {

        private final V value;
        private volatile int build;

        private Entry(V value, int build) {
            this.value = value;
            this.build = build;
        }
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private volatile int build;

    /** Starts a build: what the last build made may be reused, what it did not ask for again is dropped. */
    public synchronized void nextBuild() {
        int last = build;
        entries.values().removeIf(entry -> entry.build < last);
        build = last + 1;
    }

    /**
     * What was made of the fingerprint, by this build or the last one, which this build then keeps for the next;
     * else makes it now and remembers it.
     */
    public V get(K fingerprint, Supplier<V> make) {
        Entry<V> entry = entries.get(fingerprint);
        int now = build;
        if (entry != null && entry.build >= now - 1) {
            entry.build = now;
            return entry.value;
        }
        V value = make.get();
        entries.put(fingerprint, new Entry<>(value, now));
        return value;
    }

    /**
     * What was made of the fingerprint, by this build or the last one, or null. Only looks: what this build
     * reuses of it, it {@link #put}s, so that the next build may reuse it too.
     */
    public V find(K fingerprint) {
        Entry<V> entry = entries.get(fingerprint);
        return entry != null && entry.build >= build - 1 ? entry.value : null;
    }

    /** What this build asked for or made, by fingerprint. */
    public Map<K, V> current() {
        int now = build;
        Map<K, V> current = new HashMap<>();
        entries.forEach((fingerprint, entry) -> {
            if (entry.build == now) {
                current.put(fingerprint, entry.value);
            }
        });
        return Map.copyOf(current);
    }

    /** Remembers what was made of the fingerprint. */
    public void put(K fingerprint, V value) {
        Entry<V> entry = entries.get(fingerprint);
        int now = build;
        if (entry != null && entry.value == value) {
            entry.build = now;
        } else {
            entries.put(fingerprint, new Entry<>(value, now));
        }
    }
}
