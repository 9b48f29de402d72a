package org.smartjustice.platform.internal.modules;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

/**
 * Which of a module's resources serves a request, when the module registered several: the one
 * with a method whose {@code @Path} template matches the rest of the path (and whose HTTP method
 * matches, or that is a sub-resource locator), preferring — as JAX-RS does — the template with the
 * most literal characters. CXF then dispatches inside the chosen resource as usual.
 */
public final class ResourceRoutes {

    /** One method of a resource class: its template as a regex, literal length, and HTTP method (null: locator). */
    record Route(Pattern pattern, int literals, String httpMethod) {

        boolean matches(String path, String method) {
            Matcher m = pattern.matcher(path);
            return m.matches() && (httpMethod == null || httpMethod.equals(method)
                    || "HEAD".equals(method) && "GET".equals(httpMethod));
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?}");
    private static final Map<Class<?>, List<Route>> ROUTES = new ConcurrentHashMap<>();

    private ResourceRoutes() {
    }

    /**
     * @param candidates the module's resources, preferred first
     * @param rest       the path after the module segment, e.g. {@code imports/123}
     * @return the resource to hand the request to; the first when none matches (CXF answers 404/405)
     */
    public static <T> T choose(List<T> candidates, String rest, String httpMethod) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String path = trim(rest);
        T best = null;
        int bestLiterals = -1;
        for (T candidate : candidates) {
            for (Route route : routes(candidate.getClass())) {
                if (route.literals() > bestLiterals && route.matches(path, httpMethod)) {
                    best = candidate;
                    bestLiterals = route.literals();
                }
            }
        }
        return best != null ? best : candidates.get(0);
    }

    static List<Route> routes(Class<?> type) {
        return ROUTES.computeIfAbsent(type, ResourceRoutes::read);
    }

    private static List<Route> read(Class<?> type) {
        List<Route> routes = new ArrayList<>();
        for (Method m : type.getMethods()) {
            Path path = m.getAnnotation(Path.class);
            String httpMethod = httpMethod(m);
            if (path == null && httpMethod == null) {
                continue;
            }
            String template = trim(path == null ? "" : path.value());
            boolean locator = httpMethod == null;
            routes.add(new Route(Pattern.compile(regex(template) + (locator ? "(/.*)?" : "/?")), literals(template),
                    httpMethod));
        }
        return List.copyOf(routes);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }

    /** A JAX-RS template as a regex: literals quoted, {@code {x}} one segment, {@code {x: re}} its regex. */
    static String regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = VARIABLE.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append('(').append(m.group(2) == null ? "[^/]+?" : "(?:" + m.group(2).trim() + ")").append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return regex.toString().replace("\\Q\\E", "");
    }

    private static int literals(String template) {
        return VARIABLE.matcher(template).replaceAll("").length();
    }

    private static String trim(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
