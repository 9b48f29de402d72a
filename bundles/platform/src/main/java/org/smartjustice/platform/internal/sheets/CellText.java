package org.smartjustice.platform.internal.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A numeric cell as text. Dates are shown as their format says (POI's {@link DataFormatter});
 * every other number is the value itself as Excel keeps it, to 15 significant digits, without
 * grouping, exponent or a trailing ".0": {@code 410102001}, {@code 113.6201}, {@code 13800001234}.
 * A display format such as {@code 0.00} is not applied on purpose: it would cut the digits of a
 * coordinate that the sheet only shows rounded.
 */
final class CellText extends DataFormatter {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    CellText() {
        super(Locale.CHINA);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
        return number(value);
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
