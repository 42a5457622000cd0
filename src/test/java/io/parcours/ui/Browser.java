package io.parcours.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, both named explicitly so that
 * Selenium never tries to download a browser or a driver. {@code .ci/browser} installs them.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM =
      Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final WebDriver driver;
  private final String root;
  private final WebDriverWait wait;

  private Browser(WebDriver driver, String root) {
    this.driver = driver;
    this.root = root;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    // The board re-renders after each answer: an element found a moment ago may be replaced.
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** A fresh browser profile whose preferred language is {@code lang}. */
  static Browser open(String root, String lang) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    // The browser suite fails without a browser, so that it cannot pass unseen; skipping it is a
    // choice made on the command line (-Dbrowser.optional=true).
    if (Boolean.getBoolean("browser.optional")) {
      Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
    } else if (!installed) {
      throw new IllegalStateException(
          "Chromium and chromedriver are not installed: run .ci/browser"
              + " (or skip the browser tests with -Dbrowser.optional=true)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--lang=" + lang);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), root.replaceAll("/$", ""));
  }

  void go(String hash) {
    driver.get(root + "/" + hash);
  }

  void login(String email, String password) {
    go("#/login");
    type(By.id("email"), email);
    type(By.id("password"), password);
    click(By.id("login-submit"));
    visible(By.id("logout"));
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  void type(By by, String text) {
    WebElement field = visible(by);
    field.clear();
    field.sendKeys(text);
  }

  void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  void choose(By select, String value) {
    new Select(visible(select)).selectByValue(value);
  }

  void waitText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves what the page looks like under target/screenshots for a reviewer. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
