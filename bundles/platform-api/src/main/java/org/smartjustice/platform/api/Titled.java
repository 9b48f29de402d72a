package org.smartjustice.platform.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A constant with a zh-CN title. The platform reads request parameters of such enums by the
 * constant's name (any case) or by its title, as people and spreadsheets write either.
 */
public interface Titled {

    String name();

    String title();

    /**
     * The constant of {@code type} named {@code text} (any case, blanks around ignored) or, for
     * {@link Titled} constants, titled so.
     *
     * @throws IllegalArgumentException with a zh-CN message that lists the choices
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String t = text == null ? "" : text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || e instanceof Titled titled && titled.title().equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("未知的取值「" + text + "」，可选：" + choices(type));
    }

    /** {@code A（甲）、B（乙）}: the names with their titles, for messages. */
    static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e instanceof Titled titled ? e.name() + "（" + titled.title() + "）" : e.name())
                .collect(Collectors.joining("、"));
    }
}
