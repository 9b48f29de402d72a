package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page in a real browser, driven by Selenium WebDriver with Debian's {@code chromium} and
 * {@code chromium-driver}: markers for the district's venues, a click on one opens its details
 * without personal data, "离我最近" lists the nearest to the browser's (emulated) position, and on a
 * phone the list stands under the map. Screenshots are kept in itests/target/map-e2e*.png. Runs
 * against a copy of the distribution from the build's JVM (WebDriver is no OSGi bundle).
 * CI=true makes the browser required.
 */
public class MapBrowserIT {

    /** Personal data of every test venue (MapIT.body): must never show on the page. */
    static final String PERSON = MapIT.PERSON;
    static final String MOBILE = MapIT.MOBILE;
    static final String OFFICE_A = "浏览器测试司法所甲";
    static final String OFFICE_B = "浏览器测试司法所乙";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private static Distribution karaf;
    private static String origin;
    private ChromeDriver browser;

    /** One distribution for the class, with three venues in 中原区 (demo venues are off). */
    @BeforeClass
    public static void start() throws Exception {
        boolean present = new File(System.getProperty("itest.chromium", CHROMIUM)).canExecute()
                && new File(System.getProperty("itest.chromedriver", DRIVER)).canExecute();
        if (!present && Boolean.parseBoolean(System.getProperty("itest.require.chromium"))) {
            throw new AssertionError("Chromium and its driver are required (CI=true): apt-get install chromium chromium-driver");
        }
        Assume.assumeTrue("no Chromium or chromium-driver: the browser test is skipped", present);
        karaf = new Distribution("browser");
        karaf.start();
        origin = "http://127.0.0.1:" + karaf.port;
        Http http = karaf.http();
        String admin = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of("410102"));
        create(http, admin, OFFICE_A, "410102001", 113.600, 34.750);
        create(http, admin, OFFICE_B, "410102002", 113.610, 34.750);
        create(http, admin, "浏览器测试法律援助中心", "410102005", 113.650, 34.700);
    }

    private static void create(Http http, String token, String name, String street, double lon, double lat) {
        Http.Res r = http.post("/api/v1/t/410102/venues", token, MapIT.body(name, "JUSTICE_OFFICE", street, lon, lat, ""));
        assertEquals(r.toString(), 201, r.status());
    }

    private ChromeDriver open(int width, int height) {
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("itest.chromium", CHROMIUM));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("itest.chromedriver", DRIVER))).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Uncaught script errors of the page, kept where the test can read them.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__errors = []; window.addEventListener('error', e => window.__errors.push(String(e.message)));"));
        return driver;
    }

    private static Object js(ChromeDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void await(ChromeDriver driver, String what, String condition, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + condition + ");")));
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of(System.getProperty("itest.build.dir", "target"), name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    public void thePageShowsTheVenuesTheirDetailsAndTheNearest() throws Exception {
        browser = open(1280, 800);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", 34.7501, "longitude", 113.611, "accuracy", 10));
        browser.get(origin + "/map/?tenant=410102");
        await(browser, "the venues", "document.body.getAttribute('data-state') === 'ready'", 30);
        assertEquals("3", js(browser, "return document.body.getAttribute('data-count');"));
        await(browser, "markers drawn", "document.querySelectorAll('.leaflet-marker-icon').length > 0", 10);

        // Zoom in until single venue markers show, then click one as a user would.
        js(browser, "window.justiceMap.state.map.setView([34.75, 113.605], 16, {animate: false});");
        await(browser, "zoomed in", "window.justiceMap.state.map.getZoom() === 16", 10);
        await(browser, "the cluster animation to end", "!document.querySelector('.leaflet-cluster-anim')", 10);
        Thread.sleep(500);
        clickAVenueMarker();
        String popup = browser.findElement(By.cssSelector(".leaflet-popup-content")).getText();
        assertTrue(popup, popup.contains("浏览器测试司法所"));
        assertTrue(popup, popup.contains("郑州市中原区地图测试路8号"));
        assertTrue(popup, popup.contains("周一至周五 9:00-17:00"));
        assertTrue(popup, popup.contains("0371-66668888"));
        assertTrue(popup, popup.contains("法律咨询、人民调解"));
        assertFalse(popup, popup.contains(MOBILE) || popup.contains(PERSON));
        Thread.sleep(400); // the popup fades in
        screenshot(browser, "map-e2e.png");

        // 离我最近 with the browser's (emulated) position next to OFFICE_B.
        browser.findElement(By.id("near")).click();
        await(browser, "the nearest list", "(s => s.indexOf('最近的') >= 0 && s.indexOf('处阵地') >= 0)"
                + "(document.getElementById('status').textContent)", 15);
        assertEquals(OFFICE_B, browser.findElement(By.cssSelector("#list li .name")).getText());
        assertTrue(browser.findElement(By.id("status")).getText().contains("您的位置"));
        screenshot(browser, "map-e2e-nearest.png");
        assertEquals(List.of(), js(browser, "return window.__errors;"));
    }

    /** A marker on screen and not covered by another; markers may still move, so up to three tries. */
    private void clickAVenueMarker() throws IOException {
        for (int attempt = 1; ; attempt++) {
            for (WebElement marker : browser.findElements(By.cssSelector(".venue-icon"))) {
                if (Boolean.TRUE.equals(browser.executeScript("const e = arguments[0], r = e.getBoundingClientRect();"
                        + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return !!hit && hit.closest('.venue-icon') === e;", marker))) {
                    marker.click();
                    break;
                }
            }
            try {
                await(browser, "the popup", "document.querySelector('.leaflet-popup-content .venue-popup')", 5);
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    screenshot(browser, "map-e2e-no-popup.png");
                    throw notYet;
                }
            }
        }
    }

    @Test
    public void onAPhoneTheListStandsUnderTheMap() throws Exception {
        browser = open(390, 844);
        browser.get(origin + "/map/?tenant=410102");
        await(browser, "the venues on a phone", "document.body.getAttribute('data-state') === 'ready'", 30);
        @SuppressWarnings("unchecked")
        Map<String, Number> layout = (Map<String, Number>) js(browser, "const m = document.getElementById('map').getBoundingClientRect();"
                + " const p = document.getElementById('panel').getBoundingClientRect();"
                + " return {mapWidth: m.width, panelTop: p.top, mapBottom: m.bottom, width: window.innerWidth};");
        assertEquals(layout.toString(), layout.get("width").doubleValue(), layout.get("mapWidth").doubleValue(), 1);
        assertTrue(layout.toString(), layout.get("panelTop").doubleValue() >= layout.get("mapBottom").doubleValue() - 1);
        screenshot(browser, "map-e2e-phone.png");
        assertEquals(List.of(), js(browser, "return window.__errors;"));
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterClass
    public static void stop() throws IOException {
        if (karaf != null) {
            karaf.close();
        }
    }
}
