package dev.homepage.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one build made, by fingerprint, for the next build to reuse. It keeps only what the latest build asked
 * for, so that it holds no more than one site's worth; safe to use from many threads.
 *
 * @param <K> the fingerprint: a text, or a value equal to the one the thing was made from
 * @param <V> what is remembered
 */
public final class Memo<K, V> {

    private volatile Map<K, V> previous = Map.of();
    private volatile Map<K, V> current = new ConcurrentHashMap<>();

    /** Starts a build: what the last build made may be reused, what it did not ask for again is dropped. */
    public synchronized void nextBuild() {
        previous = current;
        // Sized for as much as the last build made, so that filling it again does not grow it step by step.
        current = new ConcurrentHashMap<>(previous.size() * 4 / 3 + 16);
    }

    /**
     * What was made of the fingerprint, by this build or the last one, which this build then keeps for the next;
     * else makes it now and remembers it.
     */
    public V get(K fingerprint, Supplier<V> make) {
        V value = find(fingerprint);
        if (value == null) {
            value = make.get();
        }
        current.put(fingerprint, value);
        return value;
    }

    /**
     * What was made of the fingerprint, by this build or the last one, or null. Only looks: what this build
     * reuses of it, it {@link #put}s, so that the next build may reuse it too.
     */
    public V find(K fingerprint) {
        V value = current.get(fingerprint);
        return value == null ? previous.get(fingerprint) : value;
    }

    /** What this build asked for or made, by fingerprint. */
    public Map<K, V> current() {
        return Map.copyOf(current);
    }

    /** Remembers what was made of the fingerprint. */
    public void put(K fingerprint, V value) {
        current.put(fingerprint, value);
    }
}
