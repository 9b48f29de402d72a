package org.smartjustice.platform.internal.webhooks.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.smartjustice.platform.internal.webhooks.WebhookSignature;

/**
 * A host whose webhooks are accepted, read from one configuration of {@value SenderConfig#FACTORY_PID}.
 * Several secrets: rotation without a moment in which the host's messages are refused.
 */
public record Sender(String name, List<byte[]> secrets, Set<String> tenants, Duration tolerance) {

    public static final String ALL = "*";
    /** One path segment, nothing to escape: the sender is named in the URL. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    static final int MAX_TOLERANCE_SECONDS = 3600;

    /** A configuration that cannot be used, with the field at fault and why (never its value). */
    public static final class Refused extends IllegalArgumentException {
        private final String field;

        Refused(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return getMessage().substring(field.length() + 2);
        }
    }

    public Sender {
        secrets = List.copyOf(secrets);
        tenants = Set.copyOf(tenants);
    }

    /** Whether the sender may send messages about this tenant. */
    public boolean speaksFor(String tenant) {
        return tenants.contains(ALL) || tenants.contains(tenant);
    }

    /**
     * Reads a configuration's properties. The name is the {@code name} property, else what follows
     * {@code ~} in the PID (Karaf names {@code etc/<factory>-host.cfg} {@code <factory>~host}), else the PID.
     * No tenants means none: a sender speaks for the districts it is given, never for all by omission.
     *
     * @throws Refused naming the field
     */
    public static Sender parse(String pid, Map<String, ?> properties) {
        String name = text(properties.get("name"));
        if (name == null) {
            name = pid.contains("~") ? pid.substring(pid.indexOf('~') + 1) : pid;
        }
        if (!NAME.matcher(name).matches()) {
            throw new Refused("name", "须为字母、数字、. _ ~ -，至多 128 个字符");
        }
        List<String> written = list(properties.get("secrets"));
        if (written.isEmpty()) {
            throw new Refused("secrets", "至少需要一个密钥");
        }
        List<byte[]> secrets = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            try {
                secrets.add(WebhookSignature.secretBytes(written.get(i)));
            } catch (IllegalArgumentException e) {
                throw new Refused("secrets", "第 " + (i + 1) + " 个：" + e.getMessage());
            }
        }
        List<String> tenants = list(properties.get("tenants"));
        if (tenants.isEmpty()) {
            throw new Refused("tenants", "须列出发送方可代表的租户编码，或 *");
        }
        for (String t : tenants) {
            if (!t.equals(ALL) && !TENANT.matcher(t).matches()) {
                throw new Refused("tenants", "「" + t + "」不是租户编码或 *");
            }
        }
        int tolerance = 300;
        String toleranceText = text(properties.get("toleranceSeconds"));
        if (toleranceText != null) {
            try {
                tolerance = Integer.parseInt(toleranceText);
            } catch (NumberFormatException e) {
                throw new Refused("toleranceSeconds", "须为整数秒");
            }
        }
        if (tolerance < 1 || tolerance > MAX_TOLERANCE_SECONDS) {
            throw new Refused("toleranceSeconds", "须在 1–" + MAX_TOLERANCE_SECONDS + " 秒之间");
        }
        return new Sender(name, secrets, Set.copyOf(tenants), Duration.ofSeconds(tolerance));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = (value instanceof String[] a ? String.join(",", a) : value.toString()).strip();
        return s.isEmpty() ? null : s;
    }

    /** A list property: an array, a collection or one comma-separated string (what a .cfg file holds). */
    private static List<String> list(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof String[] a) {
            raw.addAll(Arrays.asList(a));
        } else if (value instanceof Collection<?> c) {
            c.forEach(o -> raw.add(String.valueOf(o)));
        } else if (value != null) {
            raw.add(value.toString());
        }
        return raw.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Never the secrets: this text goes to logs. */
    @Override
    public String toString() {
        return "Sender[" + name + " secrets=" + secrets.size() + " tenants=" + tenants + " tolerance=" + tolerance.toSeconds() + "s]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Sender s) || !name.equals(s.name) || !tenants.equals(s.tenants) || !tolerance.equals(s.tolerance)
                || secrets.size() != s.secrets.size()) {
            return false;
        }
        for (int i = 0; i < secrets.size(); i++) {
            if (!Arrays.equals(secrets.get(i), s.secrets.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
