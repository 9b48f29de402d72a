package org.smartjustice.platform.internal.rest;

import java.util.Set;
import java.util.TreeSet;

/**
 * Decides when the JAX-RS whiteboard no longer serves what the platform registered: a service the
 * registry has that the whiteboard never took up, or one the whiteboard still serves after it was
 * unregistered. Aries JAX-RS Whiteboard 2.0.2 can lose such an event when two threads register
 * services at once during boot (ARIES-2065: component-dsl 1.2.2 tracks them in a plain HashMap,
 * newest release; fixed only on its unreleased master). A lost withdrawal of the "not ready"
 * catch-all would answer 503 to every request forever; a lost registration, 404.
 *
 * <p>A difference counts only once it has lasted {@link #PATIENCE} checks in a row (services come
 * and go while modules are installed), and the whiteboard is restarted at most {@link #MAX_RESTARTS}
 * times in the node's life, {@link #PAUSE_MILLIS} apart.
 */
final class WhiteboardCheck {

    static final int PATIENCE = 3;
    static final int MAX_RESTARTS = 3;
    static final long PAUSE_MILLIS = 120_000;

    /** What differs: registered but not served, served but no longer registered. */
    record Difference(Set<Long> missing, Set<Long> stale) {

        boolean isEmpty() {
            return missing.isEmpty() && stale.isEmpty();
        }
    }

    private Difference last;
    private int seen;
    private int restarts;
    private long lastRestart = Long.MIN_VALUE / 2;

    static Difference compare(Set<Long> registered, Set<Long> served) {
        Set<Long> missing = new TreeSet<>(registered);
        missing.removeAll(served);
        Set<Long> stale = new TreeSet<>(served);
        stale.removeAll(registered);
        return new Difference(missing, stale);
    }

    /** @return whether the whiteboard should be restarted now */
    boolean observe(Difference difference, long now) {
        if (difference.isEmpty()) {
            last = null;
            seen = 0;
            return false;
        }
        seen = difference.equals(last) ? seen + 1 : 1;
        last = difference;
        if (seen < PATIENCE || restarts >= MAX_RESTARTS || now - lastRestart < PAUSE_MILLIS) {
            return false;
        }
        restarts++;
        lastRestart = now;
        seen = 0;
        last = null;
        return true;
    }

    int restarts() {
        return restarts;
    }
}
