package org.smartjustice.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the REST API under test, always through the real HTTP port. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Res get(String path, String token) {
        return send(builder(path, token).GET());
    }

    /** A GET with more request headers, as name, value, name, value… */
    public Res get(String path, String token, String... headers) {
        return send(builder(path, token).headers(headers).GET());
    }

    public Res post(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Res put(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A PUT of JSON with more request headers, as name, value, name, value… */
    public Res put(String path, String token, String json, String... headers) {
        HttpRequest.Builder b = builder(path, token).header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Res delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    public Res send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder b = builder(path, token);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A Standard Webhooks POST as a host sends it: its id, time and signature, no token. */
    public Res sendSigned(String path, String id, long timestamp, String signature, String body) {
        return send(builder(path, null).header("Content-Type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Res sendBytes(String method, String path, String token, String contentType, byte[] body) {
        return send(builder(path, token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose answer is a file: its bytes as sent. Headers as name, value, name, value… */
    public HttpResponse<byte[]> getBytes(String path, String token, String... headers) {
        HttpRequest.Builder b = builder(path, token);
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, body, and the body as JSON. */
    public record Res(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /**
     * Sends bytes as they are, for requests that no HTTP client would send (a raw {@code <} in the
     * path, a forged Host header); the answer as text, status line first.
     */
    public String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)))) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("raw request failed: " + e, e);
        }
    }

    /** A JSON array of strings as a list. */
    static java.util.List<String> strings(com.fasterxml.jackson.databind.JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
