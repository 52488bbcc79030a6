package org.claimdesk;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its own chromedriver (never Selenium Manager, which would download).
 * CI installs both (apt: chromium chromium-driver); the README lists them for a developer machine.
 */
public final class BrowserSession implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    public BrowserSession(int port) throws Exception {
        this(port, null);
    }

    /** A browser whose Accept-Language asks for {@code language} first (null: the browser's default). */
    public BrowserSession(int port, String language) throws Exception {
        File chromium = findOnPath("chromium");
        File chromedriver = findOnPath("chromedriver");
        Path profile = Files.createTempDirectory("claimdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--user-data-dir=" + profile);
        if (language != null) {
            options.addArguments("--lang=" + language, "--accept-lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    private static File findOnPath(String name) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate;
            }
        }
        throw new IllegalStateException(name + " is not on the PATH: install it with "
                + "'apt-get install -y chromium chromium-driver' (the browser tests need both)");
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement await(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /**
     * Clicks as a person would: the element brought to the middle of the screen first, as scrolling does, so a
     * sticky pane or a notification at the edge cannot take the click.
     */
    public void click(By locator) {
        WebElement element = await(locator);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(element))
                    .click();
        } catch (org.openqa.selenium.ElementClickInterceptedException overlaid) {
            // a transient overlay (a notification fading out) over the element: the click is the user's intent
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    public void awaitText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Signs in through the real Vaadin login form (the same POST to Spring Security a person makes). */
    public void signIn(String username, String password) {
        open("/login");
        await(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
