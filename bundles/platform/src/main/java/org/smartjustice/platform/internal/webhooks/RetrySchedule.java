package org.smartjustice.platform.internal.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waits between delivery attempts: the first attempt at once, then one wait per entry; after
 * the last entry's attempt fails the delivery is {@code FAILED}. Written {@code 5s, 5m, 30m, 2h}.
 */
public record RetrySchedule(List<Duration> waits) {

    /** Standard Webhooks' (and Svix's) schedule: eight attempts over about 28 hours. */
    public static final String DEFAULT = "5s, 5m, 30m, 2h, 5h, 10h, 10h";
    private static final Pattern ENTRY = Pattern.compile("([0-9]{1,6})\\s*(ms|s|m|h|d)");

    public RetrySchedule {
        waits = List.copyOf(waits);
    }

    /**
     * @throws IllegalArgumentException with a zh-CN reason naming the entry
     */
    public static RetrySchedule parse(String text) {
        List<Duration> waits = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                Matcher m = ENTRY.matcher(part.strip().toLowerCase(java.util.Locale.ROOT));
                if (!m.matches()) {
                    throw new IllegalArgumentException("「" + part.strip() + "」不是时长（如 5s、5m、2h、1d）");
                }
                long n = Long.parseLong(m.group(1));
                waits.add(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
            }
        }
        if (waits.size() > 50) {
            throw new IllegalArgumentException("至多 50 次重试");
        }
        return new RetrySchedule(waits);
    }

    /** The wait before the next attempt after {@code attempts} failed ones; empty: give up. */
    public Optional<Duration> after(int attempts) {
        return attempts >= 1 && attempts <= waits.size() ? Optional.of(waits.get(attempts - 1)) : Optional.empty();
    }

    /** Attempts in all, the first one included. */
    public int attempts() {
        return waits.size() + 1;
    }
}
