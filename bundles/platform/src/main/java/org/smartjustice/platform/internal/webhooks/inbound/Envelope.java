package org.smartjustice.platform.internal.webhooks.inbound;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.internal.rest.JsonProvider;

/**
 * The body of an inbound message: Standard Webhooks' payload ({@code type}, {@code timestamp},
 * {@code data}) plus {@code tenant}, the district it is about. Read only after the signature is
 * verified: an unsigned request learns nothing from our parser.
 */
record Envelope(String type, String tenant, String timestamp, Map<String, Object> data) {

    /** Dotted words as hosts name their events ({@code grid.event.reported}, {@code GridEvent.Closed}). */
    static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    static final int TYPE_MAX = 128;
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /**
     * @throws ProblemException 400 naming {@code body} (not a JSON object) or the field at fault
     */
    static Envelope parse(byte[] body) {
        // JSON between systems is UTF-8 without a byte order mark (RFC 8259 §8.1): the raw body is kept
        // and shown as UTF-8, so another encoding would be stored as one thing and read as another.
        if (body.length >= 2 && (body[0] == (byte) 0xEF || body[0] == (byte) 0xFE || body[0] == (byte) 0xFF
                || body[0] == 0 || body[1] == 0)) {
            throw ProblemException.invalidField("body", "须为 UTF-8 编码的 JSON（不带 BOM）");
        }
        JsonNode json;
        try {
            json = JsonProvider.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "不是有效的 JSON");
        }
        if (json == null || !json.isObject()) {
            throw ProblemException.invalidField("body", "须为 JSON 对象（Standard Webhooks 的 type、timestamp、data 与 tenant）");
        }
        JsonNode type = json.get("type");
        JsonNode tenant = json.get("tenant");
        JsonNode timestamp = json.get("timestamp");
        JsonNode data = json.get("data");
        Validation v = new Validation();
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            v.check(false, "type", "必填，事件类型字符串");
        } else {
            v.check(type.asText().length() <= TYPE_MAX && TYPE.matcher(type.asText()).matches(), "type",
                    "须为点分的字母、数字、_ -，至多 " + TYPE_MAX + " 个字符");
        }
        if (tenant == null || !tenant.isTextual() || tenant.asText().isBlank()) {
            v.check(false, "tenant", "必填，消息所属租户（区县）的编码字符串");
        } else {
            v.check(TENANT.matcher(tenant.asText()).matches(), "tenant", "不是租户编码");
        }
        v.check(timestamp == null || timestamp.isNull() || timestamp.isTextual(), "timestamp", "须为字符串（ISO-8601 时间）");
        v.check(data == null || data.isNull() || data.isObject(), "data", "须为 JSON 对象");
        v.throwIfInvalid();
        Map<String, Object> values = data == null || data.isNull() ? Map.of() : JsonProvider.MAPPER.convertValue(data, MAP);
        return new Envelope(type.asText(), tenant.asText(), timestamp == null || timestamp.isNull() ? null : timestamp.asText(),
                values);
    }
}
