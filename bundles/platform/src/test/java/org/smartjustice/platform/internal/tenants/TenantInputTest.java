package org.smartjustice.platform.internal.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.ExpectedVersion;

class TenantInputTest {

    private static List<String> createErrors(TenantInput input) {
        ProblemException e = assertThrows(ProblemException.class, input::validateForCreate);
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static List<String> updateErrors(TenantInput input, ExpectedVersion ifMatch) {
        ProblemException e = assertThrows(ProblemException.class, () -> input.validateForUpdate(ifMatch));
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void createAcceptsASixDigitDivisionCode() {
        new TenantInput("410102", "中原区", null, null).validateForCreate();
    }

    @Test
    void createAcceptsAnOperatorChosenCode() {
        new TenantInput("zhengdong", "郑东新区", TenantStage.PILOT, null).validateForCreate();
        new TenantInput("zz-airport-2", "航空港区", null, null).validateForCreate();
    }

    @Test
    void createRefusesMalformedCodes() {
        for (String code : new String[] { "41010", "4101021", "Zhengdong", "1abc", "z", "中原", "zheng dong",
                "a" + "b".repeat(32) }) {
            assertEquals(List.of("code"), createErrors(new TenantInput(code, "某区", null, null)), code);
        }
    }

    @Test
    void createAcceptsTheLongestOperatorCode() {
        new TenantInput("a" + "b".repeat(31), "某区", null, null).validateForCreate();
    }

    @Test
    void createNamesEveryMissingField() {
        assertEquals(List.of("code", "name"), createErrors(new TenantInput(null, " ", null, null)));
    }

    @Test
    void nameIsLimitedToFiftyCharacters() {
        new TenantInput("410102", "区".repeat(50), null, null).validateForCreate();

        assertEquals(List.of("name"), createErrors(new TenantInput("410102", "区".repeat(51), null, null)));
    }

    @Test
    void updateAcceptsVersionInTheBodyOrInIfMatch() {
        new TenantInput(null, "中原区", TenantStage.CITYWIDE, 3L).validateForUpdate(null);
        new TenantInput(null, "中原区", TenantStage.CITYWIDE, null).validateForUpdate(new ExpectedVersion(3));
    }

    @Test
    void updateRequiresAVersion() {
        assertEquals(List.of("version"), updateErrors(new TenantInput(null, "中原区", TenantStage.PILOT, null), null));
    }

    @Test
    void updateRefusesABodyVersionThatDisagreesWithIfMatch() {
        new TenantInput(null, "中原区", TenantStage.PILOT, 3L).validateForUpdate(new ExpectedVersion(3));
        assertEquals(List.of("version"),
                updateErrors(new TenantInput(null, "中原区", TenantStage.PILOT, 2L), new ExpectedVersion(3)));
    }

    @Test
    void updateNamesEveryInvalidField() {
        assertEquals(List.of("name", "stage", "version"), updateErrors(new TenantInput(null, null, null, null), null));
        assertEquals(List.of("name"),
                updateErrors(new TenantInput(null, "区".repeat(51), TenantStage.SUSPENDED, 1L), null));
    }
}
