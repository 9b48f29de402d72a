package org.smartjustice.platform.internal.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handlers for the two parts that hold cell text: the shared strings and a worksheet. POI's
 * own event handlers wrap every string in an xmlbeans rich-text object, which costs more than all
 * the rest of the parsing; these keep plain strings. Rich text is read as its runs' text, phonetic
 * guides ({@code rPh}) are left out, and OOXML's {@code _xHHHH_} escapes are decoded.
 */
final class SheetHandler extends DefaultHandler {

    /** {@code xl/sharedStrings.xml}: the strings in order. */
    static final class SharedStrings extends DefaultHandler {

        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final long maxChars;
        private long chars;
        private boolean inT;
        private boolean inPhonetic;

        SharedStrings() {
            this(SheetRows.MAX_CHARS);
        }

        SharedStrings(long maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inT = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(decode(text));
                case "t" -> inT = false;
                case "rPh" -> inPhonetic = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT) {
                chars += length;
                if (chars > maxChars) {
                    throw new SheetRows.TooLarge();
                }
                if (text.length() + length > SheetRows.MAX_CELL_CHARS) {
                    throw SheetRows.cellTooLong(null);
                }
                text.append(ch, start, length);
            }
        }
    }

    private final List<String> shared;
    private final StylesTable styles;
    private final CellText formatter = new CellText();
    private final SheetRows rows;
    private final Map<Integer, NumberFormat> formats = new HashMap<>();
    private final StringBuilder value = new StringBuilder();

    private int row = -1;
    private String reference;
    private String type;
    private String style;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;

    SheetHandler(List<String> shared, StylesTable styles, SheetRows rows) {
        this.shared = shared;
        this.styles = styles;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r != null ? Integer.parseInt(r.trim()) - 1 : row + 1;
                rows.startRow(row);
            }
            case "c" -> {
                reference = attributes.getValue("r");
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                value.setLength(0);
                hasValue = false;
            }
            case "v" -> {
                inValue = true;
                value.setLength(0);
            }
            case "is" -> {
                inInline = true;
                value.setLength(0);
            }
            case "t" -> inValue = inInline && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                inValue = false;
                hasValue = true;
            }
            case "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                inInline = false;
                hasValue = true;
            }
            case "c" -> {
                if (hasValue) {
                    rows.cell(reference, text());
                }
            }
            case "row" -> rows.endRow(row);
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            // Inline strings and values are cells too: no longer than Excel allows, even before trimming.
            if (value.length() + length > 2 * SheetRows.MAX_CELL_CHARS) {
                throw SheetRows.cellTooLong(null);
            }
            value.append(ch, start, length);
        }
    }

    private String text() throws SAXException {
        String t = type == null ? "n" : type;
        switch (t) {
            case "s": {
                int index = Integer.parseInt(value.toString().trim());
                if (index < 0 || index >= shared.size()) {
                    throw new SAXException("单元格 " + reference + " 引用了不存在的共享字符串 " + index);
                }
                return shared.get(index);
            }
            case "inlineStr":
            case "str":
                return decode(value);
            case "b":
                return value.toString().trim().equals("0") ? "FALSE" : "TRUE";
            case "e":
            case "d":
                return value.toString();
            default: {
                String n = value.toString().trim();
                if (n.isEmpty()) {
                    return "";
                }
                double number = Double.parseDouble(n);
                NumberFormat format = format(style);
                return format.date() ? formatter.formatRawCellContents(number, format.index(), format.pattern())
                        : CellText.number(number);
            }
        }
    }

    /** A style's number format; only dates are shown as formatted (see {@link CellText}). */
    private record NumberFormat(int index, String pattern, boolean date) {
    }

    private static final NumberFormat GENERAL = new NumberFormat(0, "General", false);

    private NumberFormat format(String s) {
        int index = s == null ? 0 : Integer.parseInt(s.trim());
        return formats.computeIfAbsent(index, i -> {
            XSSFCellStyle cellStyle = null;
            if (styles != null && i >= 0 && i < styles.getNumCellStyles()) {
                cellStyle = styles.getStyleAt(i);
            }
            if (cellStyle == null) {
                return GENERAL;
            }
            int formatIndex = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString();
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            if (pattern == null) {
                return GENERAL;
            }
            return new NumberFormat(formatIndex, pattern, DateUtil.isADateFormat(formatIndex, pattern));
        });
    }

    /** Decodes OOXML's {@code _xHHHH_} escapes (e.g. {@code _x000D_} for a carriage return). */
    static String decode(CharSequence text) {
        String s = text.toString();
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (; at >= 0; at = s.indexOf("_x", at + 1)) {
            if (at < from || at + 7 > s.length() || s.charAt(at + 6) != '_' || !hex(s, at + 2, at + 6)) {
                continue;
            }
            out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
            from = at + 7;
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
