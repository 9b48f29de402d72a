package org.smartjustice.academy.internal.items;

import java.time.LocalDate;
import java.util.List;

import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;

/**
 * An item as an editor writes it. A FAQ's question is its title and its answer its body; a
 * PROCEDURE carries its guide; a DOCUMENT_TEMPLATE gets its file separately ({@code …/file}).
 *
 * @param body    rich text (HTML); cleaned to an allow-list before it is kept
 * @param version the version of the item this change is based on (updates; or {@code If-Match})
 */
public record ItemInput(ContentKind kind, String title, String summary, String body, List<LegalBasis> legalBasis,
                        String source, List<Audience> audiences, List<Topic> topics, LocalDate effectiveFrom,
                        LocalDate expiresOn, Guide guide, Long version) {

    public ItemInput {
        // Nulls inside a list are kept, so that the check names them (topics[0]) instead of the body failing to parse.
        legalBasis = copy(legalBasis);
        audiences = copy(audiences);
        topics = copy(topics);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** A law and the articles of it that an item rests on (e.g. 《中华人民共和国法律援助法》 第三十一条). */
    public record LegalBasis(String law, String articles) {
    }
}
