package org.sitrep.server.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium driven through the Debian chromedriver (packages {@code chromium} and
 * {@code chromium-driver}, installed by scripts/ci/20-chromium.sh). Paths are explicit so
 * Selenium Manager never tries to download a browser or driver. Outside CI a machine without
 * Chromium skips the browser tests; under CI (env CI set) their absence is a failure.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  static ChromeDriver start(Path profileDir) {
    boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(present, "Chromium not installed: apt-get install chromium chromium-driver");
    } else if (!present) {
      throw new IllegalStateException("CI: " + BROWSER + " or " + DRIVER + " missing; scripts/ci/20-chromium.sh installs them");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1100,720",
        "--force-device-scale-factor=1", "--user-data-dir=" + profileDir.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }
}
