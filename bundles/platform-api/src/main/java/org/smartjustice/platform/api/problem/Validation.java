package org.smartjustice.platform.api.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every invalid field of a request before anything is stored, so that one answer
 * names all of them. Typical use:
 *
 * <pre>{@code
 * new Validation()
 *     .required("name", body.name()).maxLength("name", body.name(), 100)
 *     .throwIfInvalid();
 * }</pre>
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new FieldError(field, "必填"));
        }
        return this;
    }

    /**
     * At most {@code max} characters, where a character outside the Basic Multilingual Plane (an
     * emoji, a rare ideograph such as 𠀀) counts as two: that is what the embedded database's
     * columns count, so text that passes here always fits its column.
     */
    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "长度不能超过 " + max + " 个字符（表情符号和生僻字各算两个）"));
        }
        return this;
    }

    /** Refuses text that holds control characters (but tab, line feed, carriage return) or unpaired surrogates. */
    public Validation plainText(String field, String value) {
        String problem = plainTextProblem(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
        return this;
    }

    /**
     * One line of text (a name, a title): plain text ({@link #plainText}) without line breaks or tabs,
     * which would split it where lists, exports and the host's pages show it.
     *
     * @since 1.3
     */
    public Validation singleLine(String field, String value) {
        plainText(field, value);
        if (value != null && value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            errors.add(new FieldError(field, "应为一行文字，不能含换行或制表符"));
        }
        return this;
    }

    /**
     * Text the public will see carries no mobile or identity-card number, in whatever form it is
     * written ({@link org.smartjustice.platform.api.identifiers.PersonalData}).
     *
     * @since 1.3
     */
    public Validation nothingPersonal(String field, String value) {
        if (org.smartjustice.platform.api.identifiers.PersonalData.containsMobileOrIdNumber(value)) {
            errors.add(new FieldError(field, "不能含手机号码或身份证号码（会公开显示）"));
        }
        return this;
    }

    /** The text without surrounding blanks, or null when nothing is left: optional fields store no empty text. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * What makes the text unfit to be stored as text — a NUL or other control character (tab, line
     * feed and carriage return are fine), a bidirectional override, or an unpaired surrogate: one
     * database stores them, another refuses them, and no user typed them — or null.
     */
    public static String plainTextProblem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "含有控制字符（U+" + String.format("%04X", (int) c) + "）";
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                // Bidirectional overrides make a name read differently from what it is (spoofing).
                return "含有双向文本控制字符（U+" + String.format("%04X", (int) c) + "）";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "含有不成对的代理字符";
            }
        }
        return null;
    }

    public Validation matches(String field, String value, Pattern pattern, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation range(String field, Number value, double min, double max) {
        if (value != null && (Double.isNaN(value.doubleValue()) || value.doubleValue() < min || value.doubleValue() > max)) {
            errors.add(new FieldError(field, "取值应在 " + min + " 与 " + max + " 之间"));
        }
        return this;
    }

    public Validation check(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation addAll(Collection<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** @throws ProblemException 400 {@code validation-failed} listing every invalid field */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            StringBuilder fields = new StringBuilder();
            for (FieldError e : errors) {
                if (fields.length() > 0) {
                    fields.append(", ");
                }
                fields.append(e.field());
            }
            throw ProblemException.badRequest("以下字段无效：" + fields, errors);
        }
    }
}
