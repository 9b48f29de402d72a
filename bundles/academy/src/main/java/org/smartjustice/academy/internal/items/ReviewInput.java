package org.smartjustice.academy.internal.items;

/**
 * A workflow step's body: the version it is based on (or {@code If-Match}) and a note (a reason to
 * send back, required; a remark on publishing or withdrawing, optional).
 */
public record ReviewInput(String note, Long version) {
}
