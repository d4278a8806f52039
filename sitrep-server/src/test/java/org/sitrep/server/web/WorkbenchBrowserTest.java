package org.sitrep.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real headless Chromium against a real server on loopback: no console errors,
 * markers for the sample corpus, a marker opens its sheet with evidence highlighted, filters
 * change the list and the URL, untrusted markup renders as text. Takes the README screenshots.
 */
class WorkbenchBrowserTest {
  private static WorkbenchServer server;
  @TempDir static Path profile;
  @TempDir static Path data;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    server = new WorkbenchServer(data.resolve("sitrep.db"));
    browser = Chromium.start(profile);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  @AfterEach
  void noConsoleErrors() {
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
    assertThat(errors).as("browser console errors").isEmpty();
  }

  private void open(String fragment) {
    browser.get("about:blank");
    browser.get(server.url("/" + fragment));
    waitReady();
  }

  private void waitReady() {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
        "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state"))
            || "error".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-state"))
        .as(browser.findElement(By.id("status-line")).getText()).isEqualTo("ready");
  }

  private static void screenshot(String name) throws IOException {
    Path docs = Path.of(System.getProperty("sitrep.docs.dir", "../docs"));
    Files.createDirectories(docs);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private int linkedEvents() {
    return server.linkedEvents().size();
  }

  private long linkedEventsWhere(java.util.function.Predicate<org.sitrep.model.EventRecord> test) {
    return server.linkedEvents().stream().map(d -> d.summary().event()).filter(test).count();
  }

  @Test
  void mapShowsAMarkerOrClusterForEverySampleEvent() throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 900));
    open("");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".ev-marker, .marker-cluster")).isEmpty());
    int single = browser.findElements(By.cssSelector(".ev-marker .dot")).size();
    int clustered = browser.findElements(By.cssSelector(".marker-cluster")).stream()
        .mapToInt(c -> Integer.parseInt(c.getText().trim())).sum();
    assertThat(single + clustered).isEqualTo(linkedEvents());
    assertThat(browser.findElements(By.cssSelector(".event-row"))).hasSize(linkedEvents());
    assertThat(browser.findElement(By.id("event-count")).getText()).isEqualTo(linkedEvents() + " events");
    assertThat(browser.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane path"))).as("basemap countries").isNotEmpty();
    screenshot("screenshot-map.png");
    browser.manage().window().setSize(new Dimension(1100, 720));
  }

  @Test
  void clickingAMarkerOpensItsSheetWithTheEvidenceHighlighted() throws IOException {
    open("#place=Harasta");
    WebElement dot = new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.cssSelector(".ev-marker .dot")));
    String harasta = server.linkedIdOf("lw-2025-03-09-harasta", "Harasta");
    assertThat(dot.getAttribute("data-event-id")).isEqualTo(harasta);
    dot.click();
    waitReady();
    WebElement sheet = new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.cssSelector("#sheet:not([hidden])")));
    List<String> evidence = sheet.findElements(By.cssSelector("mark.evidence")).stream().map(WebElement::getText).toList();
    assertThat(evidence).contains("Jaish al-Islam denied operating in Harasta.");
    assertThat(evidence).anyMatch(t -> t.startsWith("DAMASCUS, March 9 (Levant Wire) - Government artillery shelled"));
    assertThat(sheet.findElement(By.cssSelector(".status-explained")).getText())
        .startsWith("Disputed: Jaish al-Islam denies it (\u201cJaish al-Islam denied operating in Harasta.\u201d)");
    assertThat(sheet.findElements(By.cssSelector("mark.field-location"))).isNotEmpty();
    assertThat(browser.getCurrentUrl()).contains("event=" + harasta);
  }

  @Test
  void theSheetShowsEachSourceWithItsOwnClaim() throws IOException {
    browser.manage().window().setSize(new Dimension(1100, 1000));
    open("#event=" + server.linkedIdOf("mna-2025-03-09-hodeidah", "Hodeidah"));
    WebElement sheet = browser.findElement(By.id("sheet"));
    List<String> claims = sheet.findElements(By.cssSelector(".report-claim")).stream().map(WebElement::getText).toList();
    assertThat(claims).containsExactlyInAnyOrder(
        "health officials said: 9 killed, 22 wounded; status reported.",
        "Houthi-run health ministry said: 12 killed, 30 wounded; status claimed.");
    assertThat(sheet.findElement(By.cssSelector(".status-explained")).getText())
        .containsAnyOf("figures differ: Meridian News Agency 9 killed, Gulf Desk 12 killed",
            "figures differ: Gulf Desk 12 killed, Meridian News Agency 9 killed");
    assertThat(sheet.findElement(By.cssSelector(".history")).getText()).contains("link");
    // Each report's own figures are marked in its own evidence, in words or digits, never a date.
    assertThat(sheet.findElements(By.cssSelector("mark.field-fatalities")).stream().map(WebElement::getText))
        .containsExactlyInAnyOrder("nine", "12");
    browser.executeScript("document.querySelector('#sheet .reports').scrollIntoView()");
    screenshot("screenshot-event-sheet.png");
    browser.manage().window().setSize(new Dimension(1100, 720));
  }

  @Test
  void aFilterChangesTheListAndIsKeptInTheUrl() {
    open("");
    assertThat(browser.findElements(By.cssSelector(".event-row"))).hasSize(linkedEvents());
    new Select(browser.findElement(By.name("status"))).selectByValue("claimed");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waitReady();
    List<WebElement> rows = browser.findElements(By.cssSelector(".event-row"));
    long claimed = linkedEventsWhere(e -> e.status().equals("claimed"));
    assertThat(rows).hasSize((int) claimed).allMatch(r -> r.getAttribute("class").contains("s-claimed"));
    assertThat(browser.getCurrentUrl()).contains("status=claimed");
    // Exports carry the current filter.
    assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).endsWith("/api/export?status=claimed&format=csv");
    assertThat(browser.findElement(By.id("export-geojson")).getAttribute("href")).endsWith("/api/export?status=claimed&format=geojson");
    // The shared URL restores the same view.
    open("#status=claimed");
    assertThat(browser.findElements(By.cssSelector(".event-row"))).hasSize((int) claimed);
    assertThat(new Select(browser.findElement(By.name("status"))).getFirstSelectedOption().getText()).isEqualTo("claimed");
  }

  @Test
  void brushingTheTimelineFiltersListAndMapToTheSelectedDays() {
    open("");
    WebElement chart = browser.findElement(By.cssSelector("#timeline .u-over"));
    int width = chart.getSize().getWidth();
    // The x axis spans 2025-03-06..2025-03-09: a quarter to 45% of the width covers 03-07 only.
    new Actions(browser)
        .moveToElement(chart, (int) (width * 0.25) - width / 2, 0)
        .clickAndHold()
        .moveByOffset((int) (width * 0.20), 0)
        .release()
        .perform();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("from=2025-03-07"));
    waitReady();
    assertThat(browser.getCurrentUrl()).contains("from=2025-03-07").contains("to=2025-03-07");
    long onDay = linkedEventsWhere(e -> e.date().start().equals("2025-03-07"));
    assertThat(browser.findElements(By.cssSelector(".event-row"))).hasSize((int) onDay);
    assertThat(browser.findElements(By.cssSelector(".event-row .row-date")))
        .allMatch(d -> d.getText().equals("2025-03-07"));
  }

  @Test
  void markupQuotedInAReportRendersAsText() {
    open("#event=" + server.linkedIdOf("mna-2025-03-09-aden", "Aden"));
    WebElement sheet = browser.findElement(By.id("sheet"));
    assertThat(sheet.getText())
        .contains("<script>alert(1)</script>")
        .contains("<img src=x onerror=alert(1)>");
    assertThat(sheet.findElements(By.tagName("script"))).isEmpty();
    assertThat(sheet.findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".event-row"))).isNotEmpty();
    boolean alertShown;
    try {
      browser.switchTo().alert();
      alertShown = true;
    } catch (NoAlertPresentException expected) {
      alertShown = false;
    }
    assertThat(alertShown).isFalse();
  }

  @Test
  void theDailySitrepPageShowsTheDigest() {
    open("#view=digest&date=2025-03-08");
    WebElement digest = browser.findElement(By.id("digest"));
    assertThat(digest.findElement(By.cssSelector(".headline-summary")).getText())
        .isEqualTo("9 events recorded, 57 reported killed (1 violent event without a death toll)");
    assertThat(digest.getText()).contains("Claims and disputes").contains("Claimed by Syrian Democratic Forces only.")
        .contains("council site shows <script>alert(1)</script>");
    assertThat(digest.findElements(By.tagName("script"))).isEmpty();
  }
}
