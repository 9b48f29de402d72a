package org.smartjustice.itest;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven through the DevTools protocol over the JDK's own WebSocket client: no
 * WebDriver, nothing downloaded. For end-to-end checks of the map page. Debian's {@code chromium}
 * package (or {@code -Ditest.chromium=/path}); {@link #find()} is null when there is none.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final Session browser;
    private final Session page;
    /** JavaScript exceptions thrown in the page, as the DevTools protocol reports them. */
    final List<String> exceptions = new CopyOnWriteArrayList<>();

    /** The Chromium executable, or null. */
    static String find() {
        String configured = System.getProperty("itest.chromium");
        if (configured != null && !configured.isBlank()) {
            return new File(configured).canExecute() ? configured : null;
        }
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    Chromium(String executable, int width, int height) throws Exception {
        profile = Files.createTempDirectory("chromium-itest");
        process = new ProcessBuilder(executable, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--mute-audio", "--hide-scrollbars",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).start();
        String browserUrl = devtoolsUrl(process);
        HttpClient http = HttpClient.newHttpClient();
        browser = new Session(http, browserUrl, this);
        URI base = URI.create(browserUrl.replace("ws://", "http://"));
        String targets = http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String pageUrl = null;
        for (JsonNode t : JSON.readTree(targets)) {
            if ("page".equals(t.path("type").asText())) {
                pageUrl = t.get("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageUrl == null) {
            throw new IllegalStateException("no page target in " + targets);
        }
        page = new Session(http, pageUrl, this);
        page.call("Runtime.enable", Map.of());
        page.call("Page.enable", Map.of());
    }

    private static String devtoolsUrl(Process p) throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                StringBuilder seen = new StringBuilder();
                while ((line = r.readLine()) != null) {
                    Matcher m = DEVTOOLS.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    } else if (!url.isDone() && seen.length() < 4000) {
                        seen.append(line).append('\n');
                    }
                }
                url.completeExceptionally(new IllegalStateException("chromium ended: " + seen));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        return url.get(30, TimeUnit.SECONDS);
    }

    /** Lets the page use the browser's position, and sets that position. */
    void geolocation(String origin, double lon, double lat) throws Exception {
        browser.call("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        page.call("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon, "accuracy", 10));
    }

    void navigate(String url) throws Exception {
        page.call("Page.navigate", Map.of("url", url));
    }

    /** Evaluates an expression in the page (promises awaited) and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = page.call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page threw: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls the expression until it is true. */
    void await(String what, String expression, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        Object lastSeen = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                JsonNode last = eval(expression);
                lastSeen = last;
                if (last.asBoolean(false)) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // e.g. the document of a page still loading has no body yet
                lastSeen = notYet.getMessage();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + " (" + expression + " = " + lastSeen + ")");
    }

    /** A real mouse click (pressed and released) at a point of the viewport. */
    void click(double x, double y) throws Exception {
        page.call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        page.call("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left",
                "clickCount", 1));
        page.call("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left",
                "clickCount", 1));
    }

    void screenshot(File file) throws Exception {
        JsonNode r = page.call("Page.captureScreenshot", Map.of("format", "png"));
        file.getParentFile().mkdirs();
        Files.write(file.toPath(), Base64.getDecoder().decode(r.get("data").asText()));
    }

    @Override
    public void close() {
        try {
            browser.call("Browser.close", Map.of());
        } catch (Exception ignored) {
            // killed below
        }
        page.close();
        browser.close();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    /** One DevTools WebSocket: commands by id, events for exceptions. */
    private static final class Session implements WebSocket.Listener {

        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private final Chromium owner;
        private final WebSocket socket;

        Session(HttpClient http, String url, Chromium owner) throws Exception {
            this.owner = owner;
            this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(url), this).get(10, TimeUnit.SECONDS);
        }

        JsonNode call(String method, Map<String, ?> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode message = JSON.createObjectNode();
            message.put("id", id);
            message.put("method", method);
            message.set("params", JSON.valueToTree(params));
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
            JsonNode r = answer.get(30, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IllegalStateException(method + ": " + r.get("error"));
            }
            return r.path("result");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode m = JSON.readTree(text);
                    if (m.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                        if (f != null) {
                            f.complete(m);
                        }
                    } else if ("Runtime.exceptionThrown".equals(m.path("method").asText())) {
                        owner.exceptions.add(m.path("params").path("exceptionDetails").toString());
                    }
                } catch (IOException e) {
                    owner.exceptions.add("unreadable DevTools message: " + e);
                }
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            socket.abort();
        }
    }

    /** Gathers strings out of a JSON array value. */
    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
