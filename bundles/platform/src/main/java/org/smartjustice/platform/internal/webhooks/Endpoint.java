package org.smartjustice.platform.internal.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A host endpoint, read from one configuration of {@value EndpointConfig#FACTORY_PID}. Event
 * patterns are a type ({@code rosters.task.accepted}), a prefix ending in {@code .*}
 * ({@code rosters.task.*}: every type below it) or {@code *}; tenants are codes or {@code *}.
 */
public record Endpoint(String name, URI url, byte[] secret, List<String> events, Set<String> tenants) {

    public static final String ALL = "*";
    private static final Pattern EVENT = Pattern.compile("\\*|[a-z0-9_-]+(\\.[a-z0-9_-]+)*(\\.\\*)?");
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

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
    }

    public boolean subscribes(String type, String tenant) {
        return (tenants.contains(ALL) || tenants.contains(tenant)) && events.stream().anyMatch(p -> matches(p, type));
    }

    static boolean matches(String pattern, String type) {
        if (pattern.equals(ALL)) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }

    /**
     * Reads a configuration's properties. The name is the {@code name} property, else what follows
     * {@code ~} in the PID (Karaf names {@code etc/<factory>-host.cfg} {@code <factory>~host}), else the PID.
     *
     * @throws Refused naming the field
     */
    public static Endpoint parse(String pid, Map<String, ?> properties) {
        String name = text(properties.get("name"));
        if (name == null) {
            name = pid.contains("~") ? pid.substring(pid.indexOf('~') + 1) : pid;
        }
        if (!NAME.matcher(name).matches()) {
            throw new Refused("name", "须为字母、数字、. _ ~ -，至多 128 个字符");
        }
        String url = text(properties.get("url"));
        if (url == null) {
            throw new Refused("url", "缺少地址");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("url", "不是有效的 URL");
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("url", "须为 http 或 https 的绝对地址，不含用户信息和片段");
        }
        byte[] secret;
        try {
            secret = WebhookSignature.secretBytes(text(properties.get("secret")));
        } catch (IllegalArgumentException e) {
            throw new Refused("secret", e.getMessage());
        }
        List<String> events = list(properties.get("events"), List.of(ALL));
        for (String e : events) {
            if (!EVENT.matcher(e).matches()) {
                throw new Refused("events", "「" + e + "」不是事件类型、以 .* 结尾的前缀或 *");
            }
        }
        List<String> tenants = list(properties.get("tenants"), List.of(ALL));
        for (String t : tenants) {
            if (!t.equals(ALL) && !TENANT.matcher(t).matches()) {
                throw new Refused("tenants", "「" + t + "」不是租户编码或 *");
            }
        }
        return new Endpoint(name, uri, secret, events, Set.copyOf(tenants));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = (value instanceof String[] a ? String.join(",", a) : value.toString()).strip();
        return s.isEmpty() ? null : s;
    }

    /** A list property: an array, a collection or one comma-separated string (what a .cfg file holds). */
    private static List<String> list(Object value, List<String> otherwise) {
        List<String> raw = new ArrayList<>();
        if (value instanceof String[] a) {
            raw.addAll(Arrays.asList(a));
        } else if (value instanceof Collection<?> c) {
            c.forEach(o -> raw.add(String.valueOf(o)));
        } else if (value != null) {
            raw.add(value.toString());
        }
        List<String> items = raw.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return items.isEmpty() ? otherwise : items;
    }

    /** Never the secret: this text goes to logs. */
    @Override
    public String toString() {
        return "Endpoint[" + name + " " + url + " events=" + events + " tenants=" + tenants + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint e && name.equals(e.name) && url.equals(e.url) && Arrays.equals(secret, e.secret)
                && events.equals(e.events) && tenants.equals(e.tenants);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
