package org.smartjustice.platform.api;

/**
 * A vocabulary value as host UIs show it: the stable code and its zh-CN title
 * ({@code {"code": "MEDIATOR", "title": "调解员"}}).
 *
 * @since 1.4
 */
public record Label(String code, String title) {

    /** The label of a titled constant; null stays null. */
    public static <E extends Enum<E> & Titled> Label of(E e) {
        return e == null ? null : new Label(e.name(), e.title());
    }
}
