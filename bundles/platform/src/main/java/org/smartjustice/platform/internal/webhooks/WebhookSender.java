package org.smartjustice.platform.internal.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One attempt: POST the stored body, signed for this attempt's timestamp. */
final class WebhookSender {

    /** What an attempt came to: the HTTP status if there was an answer, else why not. */
    record Attempt(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        // Redirects are not followed: the host names where its events go, an answer cannot move them.
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    Attempt send(Endpoint endpoint, String eventId, String body, long unixSeconds) throws InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "smartjustice-webhooks/1")
                .header("webhook-id", eventId)
                .header("webhook-timestamp", String.valueOf(unixSeconds))
                .header("webhook-signature", WebhookSignature.sign(endpoint.secret(), eventId, unixSeconds, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Attempt(status, status >= 200 && status < 300 ? null : "接收端回答 HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Attempt(null, "超时（" + timeout.toSeconds() + " 秒内未回答）");
        } catch (ConnectException e) {
            return new Attempt(null, "无法连接：" + message(e));
        } catch (IOException e) {
            return new Attempt(null, e.getClass().getSimpleName() + "：" + message(e));
        }
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
