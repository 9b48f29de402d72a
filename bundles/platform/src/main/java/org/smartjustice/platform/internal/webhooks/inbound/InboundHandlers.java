package org.smartjustice.platform.internal.webhooks.inbound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.smartjustice.platform.api.webhooks.InboundWebhookHandler;

/**
 * The modules' handlers present now, and which one takes a type: the most specific pattern (an exact
 * type, then the longest prefix, then {@code *}), then the higher service ranking, then the older
 * service. Patterns that are not a type, a {@code .*} prefix or {@code *} are left out.
 */
final class InboundHandlers {

    static final String ALL = "*";
    private static final Pattern PATTERN = Pattern.compile("\\*|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(\\.\\*)?");

    /** A handler as registered: its patterns, the bundle it came from, its ranking and service id. */
    record Bound(InboundWebhookHandler handler, List<String> patterns, String bundle, int ranking, long serviceId) {
    }

    private final List<Bound> bound = new CopyOnWriteArrayList<>();

    void add(Bound handler) {
        bound.add(handler);
    }

    void remove(InboundWebhookHandler handler) {
        bound.removeIf(b -> b.handler() == handler);
    }

    /** The patterns of a service property (a string, comma-separated, or an array); unusable ones apart. */
    static List<String> patterns(Object property, Collection<String> refused) {
        List<String> raw = new ArrayList<>();
        if (property instanceof String[] a) {
            raw.addAll(Arrays.asList(a));
        } else if (property instanceof Collection<?> c) {
            c.forEach(o -> raw.add(String.valueOf(o)));
        } else if (property != null) {
            raw.add(property.toString());
        }
        List<String> usable = new ArrayList<>();
        for (String p : raw.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            if (PATTERN.matcher(p).matches()) {
                usable.add(p);
            } else {
                refused.add(p);
            }
        }
        return usable;
    }

    /** How closely a pattern names a type: -1 not at all, 0 for {@code *}, longer prefixes more, an exact type most. */
    static int specificity(String pattern, String type) {
        if (pattern.equals(ALL)) {
            return 0;
        }
        if (pattern.endsWith(".*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return type.startsWith(prefix) ? prefix.length() : -1;
        }
        return pattern.equals(type) ? Integer.MAX_VALUE : -1;
    }

    private static int specificity(Bound b, String type) {
        return b.patterns().stream().mapToInt(p -> specificity(p, type)).max().orElse(-1);
    }

    Optional<Bound> forType(String type) {
        return choose(bound, type);
    }

    static Optional<Bound> choose(Collection<Bound> candidates, String type) {
        return candidates.stream().filter(b -> specificity(b, type) >= 0)
                .max(Comparator.<Bound>comparingInt(b -> specificity(b, type)).thenComparingInt(Bound::ranking)
                        .thenComparing(Comparator.comparingLong(Bound::serviceId).reversed()));
    }

    /** Every pattern some handler takes: what is worth looking for among the pending messages. */
    Set<String> patterns() {
        Set<String> all = new TreeSet<>();
        bound.forEach(b -> all.addAll(b.patterns()));
        return all;
    }
}
