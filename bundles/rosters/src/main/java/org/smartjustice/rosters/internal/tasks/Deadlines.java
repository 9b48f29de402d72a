package org.smartjustice.rosters.internal.tasks;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.smartjustice.platform.api.problem.FieldError;

/**
 * How long members have for one duty and urgency: to accept before a yellow card and before a
 * red one, and to finish (answer) likewise. The defaults follow the grid platforms' practice
 * (accept within 2 days or a yellow card, 5 a red; finish within 5 / 10), shorter when urgent.
 */
public record Deadlines(Duration acceptYellow, Duration acceptRed, Duration finishYellow, Duration finishRed) {

    static final Duration LONGEST = Duration.ofDays(365);

    public static Deadlines defaults(Urgency urgency) {
        return switch (urgency) {
            case NORMAL -> new Deadlines(Duration.ofDays(2), Duration.ofDays(5), Duration.ofDays(5), Duration.ofDays(10));
            case URGENT -> new Deadlines(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(5));
            case CRITICAL -> new Deadlines(Duration.ofHours(2), Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(2));
        };
    }

    /** Text as a tenant writes it ({@code P2D}, {@code PT4H}). */
    public record Input(String acceptYellow, String acceptRed, String finishYellow, String finishRed, Long version) {
    }

    /** The deadlines of the input, or null with the reasons added to {@code errors}. */
    public static Deadlines parse(Input in, List<FieldError> errors) {
        int before = errors.size();
        Duration ay = duration("acceptYellow", in.acceptYellow(), errors);
        Duration ar = duration("acceptRed", in.acceptRed(), errors);
        Duration fy = duration("finishYellow", in.finishYellow(), errors);
        Duration fr = duration("finishRed", in.finishRed(), errors);
        if (errors.size() > before) {
            return null;
        }
        if (ar.compareTo(ay) < 0) {
            errors.add(new FieldError("acceptRed", "红牌时限不能短于黄牌时限"));
        }
        if (fr.compareTo(fy) < 0) {
            errors.add(new FieldError("finishRed", "红牌时限不能短于黄牌时限"));
        }
        if (fy.compareTo(ay) < 0) {
            errors.add(new FieldError("finishYellow", "办结时限不能短于签收时限"));
        }
        if (fr.compareTo(ar) < 0) {
            errors.add(new FieldError("finishRed", "办结的红牌时限不能短于签收的红牌时限"));
        }
        return errors.size() > before ? null : new Deadlines(ay, ar, fy, fr);
    }

    private static Duration duration(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "必填，ISO-8601 时长，如 P2D（2 天）、PT4H（4 小时）"));
            return null;
        }
        try {
            Duration d = Duration.parse(text.strip());
            if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(LONGEST) > 0) {
                errors.add(new FieldError(field, "应在 1 秒到 365 天之间"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "应为 ISO-8601 时长，如 P2D（2 天）、PT4H（4 小时）"));
            return null;
        }
    }
}
