package org.concordia.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Screenshots of browser tests in target/screenshots, to look at what a test saw. */
public final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static void save(WebDriver browser, String name) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot with the window emulated {@code cssWidth} CSS pixels wide at {@code zoom} (800 and 2.0 show
     * an 800 px window at 200% zoom), then given back: what a narrow or magnified screen shows.
     */
    public static void saveAt(WebDriver browser, String name, int cssWidth, double zoom) {
        org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp) browser;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width",
                (int) Math.round(cssWidth / zoom), "height", (int) Math.round(900 / zoom), "deviceScaleFactor", zoom,
                "mobile", false));
        try {
            save(browser, name);
        } finally {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
