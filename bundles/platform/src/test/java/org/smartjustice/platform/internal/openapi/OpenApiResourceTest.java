package org.smartjustice.platform.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class OpenApiResourceTest {

    private static final Pattern IMPLEMENTATION = Pattern.compile("<implementation class=\"([^\"]+)\"");

    /**
     * The document lists the platform's resources by hand; the DS descriptors bnd generated for
     * this build say which components are JAX-RS resources, so a new one cannot be forgotten.
     */
    @Test
    void listsEveryJaxrsResourceOfThePlatform() throws IOException {
        Path descriptors = Path.of("target/classes/OSGI-INF");
        assertTrue(Files.isDirectory(descriptors), "run through Maven: bnd writes " + descriptors);
        Set<String> resources = new TreeSet<>();
        try (Stream<Path> files = Files.list(descriptors)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(file);
                Matcher m = IMPLEMENTATION.matcher(xml);
                if (xml.contains("name=\"osgi.jaxrs.resource\"") && m.find() && exists(m.group(1))) {
                    resources.add(m.group(1));
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        OpenApiResource.PLATFORM_RESOURCES.forEach(c -> listed.add(c.getName()));
        assertTrue(resources.size() >= 8, resources.toString());
        assertEquals(resources, listed);
    }

    /** bnd does not delete the descriptor of a removed component; only a real class counts. */
    private static boolean exists(String className) {
        try {
            Class.forName(className, false, OpenApiResourceTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
