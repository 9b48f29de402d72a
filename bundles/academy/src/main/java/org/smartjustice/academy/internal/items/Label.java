package org.smartjustice.academy.internal.items;

import java.util.List;

import org.smartjustice.platform.api.Titled;

/** A vocabulary value with its zh-CN title, as the host's UI shows it. */
public record Label(String code, String title) {

    public static <E extends Enum<E> & Titled> Label of(E e) {
        return e == null ? null : new Label(e.name(), e.title());
    }

    static <E extends Enum<E> & Titled> List<Label> of(String joined, Class<E> type) {
        return ItemRules.split(joined, type).stream().map(Label::of).toList();
    }
}
