package org.smartjustice.itest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A host endpoint for the webhook itests, on a loopback port: it checks every request's Standard
 * Webhooks signature itself (not with the platform's code) and answers the statuses it is told to,
 * then 204. Started late, it is an endpoint that is down (connection refused).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived; {@code signed}: the signature matched id, timestamp and body. */
    record Received(String id, long timestamp, String body, boolean signed, String contentType, int answered) {
    }

    /** The secret of the itests' endpoints, in the Standard Webhooks form; its 24 bytes sign. */
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "itest-webhook-secret-24b".getBytes(StandardCharsets.US_ASCII));

    final int port;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, ConcurrentLinkedQueue<Integer>> answers = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Integer> firstAnswers = new CopyOnWriteArrayList<>();
    private HttpServer server;

    WebhookReceiver(int port) {
        this.port = port;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/justice";
    }

    /** The first requests of every event (by webhook-id) are answered with these statuses, in order. */
    WebhookReceiver answering(Integer... statuses) {
        firstAnswers.addAll(List.of(statuses));
        return this;
    }

    WebhookReceiver start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hooks/justice", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
            long timestamp = ts == null ? -1 : Long.parseLong(ts);
            boolean signed = id != null && sig != null && sig.equals(sign(id, timestamp, body));
            Integer next = id == null ? null : answers.computeIfAbsent(id, k -> new ConcurrentLinkedQueue<>(firstAnswers)).poll();
            int status = next == null ? 204 : next;
            received.add(new Received(id, timestamp, new String(body, StandardCharsets.UTF_8), signed,
                    exchange.getRequestHeaders().getFirst("Content-Type"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return this;
    }

    static String sign(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<Received> of(String id) {
        return received.stream().filter(r -> id.equals(r.id())).toList();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
