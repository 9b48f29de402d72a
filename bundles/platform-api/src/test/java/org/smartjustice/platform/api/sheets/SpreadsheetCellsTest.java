package org.smartjustice.platform.api.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void formulasAndTheirHiddenFormsArePrefixedWithAQuote() {
        assertEquals("'=HYPERLINK(\"http://x\",\"点我\")", SpreadsheetCells.text("=HYPERLINK(\"http://x\",\"点我\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", SpreadsheetCells.text("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", SpreadsheetCells.text("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(1+1)", SpreadsheetCells.text("@SUM(1+1)"));
        assertEquals("'\t=1+1", SpreadsheetCells.text("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetCells.text("\r=1+1"));
        assertEquals("'-1+1", SpreadsheetCells.text("-1+1"), "arithmetic would change what the cell shows");
        assertEquals("'=", SpreadsheetCells.text("="));
    }

    @Test
    void phoneNumbersNumbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("+86 371 6789 0000", SpreadsheetCells.text("+86 371 6789 0000"));
        assertEquals("+86-(371)-6789", SpreadsheetCells.text("+86-(371)-6789"));
        assertEquals("-12.5", SpreadsheetCells.text("-12.5"));
        assertEquals("0371-67890000", SpreadsheetCells.text("0371-67890000"));
        assertEquals("中原区司法所 = 调解", SpreadsheetCells.text("中原区司法所 = 调解"));
        assertEquals("", SpreadsheetCells.text(""));
        assertNull(SpreadsheetCells.text(null));
    }

    @Test
    void anImportTakesTheMarkOffAgainAndNothingElse() {
        for (String cell : new String[] { "=1+1", "+cmd|' /C calc'!A0", "-x", "@SUM(A1)", "\t=x", "普通文本", "-12.5", "'" }) {
            assertEquals(cell, SpreadsheetCells.read(SpreadsheetCells.text(cell)), cell);
        }
        assertEquals("'引号开头的文本", SpreadsheetCells.read("'引号开头的文本"));
        assertEquals("'-12.5", SpreadsheetCells.read("'-12.5"));
        assertEquals(null, SpreadsheetCells.read(null));
    }
}
