package org.smartjustice.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

class PageRequestTest {

    private static final Set<String> SORTABLE = Set.of("code", "name", "createdAt");

    private static List<String> fieldsOf(ProblemException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void defaultsToFirstPageOfTwentySortedByTheDefault() {
        PageRequest r = PageRequest.of(null, null, null, SORTABLE, "code");

        assertEquals(new PageRequest(1, PageRequest.DEFAULT_SIZE, "code", false), r);
        assertEquals(0, r.offset());
    }

    @Test
    void blankSortFallsBackToADescendingDefault() {
        PageRequest r = PageRequest.of(null, null, "  ", SORTABLE, "-createdAt");

        assertEquals("createdAt", r.sortField());
        assertTrue(r.descending());
    }

    @Test
    void leadingMinusSortsDescending() {
        PageRequest r = PageRequest.of(3, 50, "-name", SORTABLE, "code");

        assertEquals(new PageRequest(3, 50, "name", true), r);
        assertEquals(100, r.offset());
    }

    @Test
    void plainFieldSortsAscending() {
        PageRequest r = PageRequest.of(1, 200, "name", SORTABLE, "-createdAt");

        assertEquals("name", r.sortField());
        assertFalse(r.descending());
        assertEquals(200, r.size());
    }

    @Test
    void pageBelowOneIsRefusedNamingPage() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(0, 20, null, SORTABLE, "code"));

        assertEquals(400, e.status());
        assertEquals(List.of("page"), fieldsOf(e));
    }

    @Test
    void sizeAboveTheMaximumIsRefusedNamingSize() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(1, 201, null, SORTABLE, "code"));

        assertEquals(400, e.status());
        assertEquals(List.of("size"), fieldsOf(e));
    }

    @Test
    void sizeZeroIsRefusedNamingSize() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(1, 0, null, SORTABLE, "code"));

        assertEquals(400, e.status());
        assertEquals(List.of("size"), fieldsOf(e));
    }

    @Test
    void unknownSortFieldIsRefusedNamingSort() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PageRequest.of(1, 20, "-password", SORTABLE, "code"));

        assertEquals(400, e.status());
        assertEquals("validation-failed", e.type());
        assertEquals(List.of("sort"), fieldsOf(e));
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(-1, 500, "x", SORTABLE, "code"));

        assertEquals(List.of("page", "size", "sort"), fieldsOf(e));
    }

    @Test
    void offsetOfTheLargestAcceptedPageIsNotNegative() {
        PageRequest r = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE, null, SORTABLE, "code");

        assertTrue(r.offset() >= 0, "offset " + r.offset());
    }

    @Test
    void pageWhoseOffsetWouldOverflowIsRefusedNamingPage() {
        org.smartjustice.platform.api.problem.ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.smartjustice.platform.api.problem.ProblemException.class,
                () -> PageRequest.of(Integer.MAX_VALUE, PageRequest.MAX_SIZE, null, SORTABLE, "code"));

        org.junit.jupiter.api.Assertions.assertEquals("page", e.errors().get(0).field());
    }
}
