package org.concordia.testsupport;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.bidi.HasBiDi;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.bidi.module.Script;

/**
 * What every browser test checks besides its own assertions: no script error, refused promise or Content Security
 * Policy violation on any page of Concordia it visited, and no serious or critical accessibility violation (axe-core,
 * WCAG 2.1 A and AA) on the page it ends on.
 *
 * <p>Errors are caught by a script that WebDriver BiDi runs in every page before the page's own scripts: it reports
 * {@code error}, {@code unhandledrejection} and {@code securitypolicyviolation} events to the console, where a
 * {@link LogInspector} collects them. Keycloak's pages are Keycloak's; only Concordia's are counted.
 */
public final class PageChecks implements AutoCloseable {

    private static final String MARK = "[page-check]";
    private static final String REPORTER = """
            () => {
              const report = (what) => console.error('%s ' + location.href + ' ' + what);
              window.addEventListener('error', e => report('script error: ' + e.message + ' at '
                  + e.filename + ':' + e.lineno));
              window.addEventListener('unhandledrejection', e => report('unhandled rejection: ' + e.reason));
              document.addEventListener('securitypolicyviolation', e => report('CSP violation: '
                  + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'
                  + e.lineNumber));
            }""".formatted(MARK);
    private static final Set<String> SERIOUS = Set.of("serious", "critical");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final URI app;
    private final LogInspector inspector;
    private final Script script;
    private final String preload;
    private final List<String> problems = new CopyOnWriteArrayList<>();

    private PageChecks(WebDriver browser, URI app) {
        if (!(browser instanceof HasBiDi)) {
            throw new IllegalStateException("The browser speaks no WebDriver BiDi (enableBidi in arquillian.xml):"
                    + " script errors could not be seen");
        }
        this.app = app;
        this.inspector = new LogInspector(browser);
        this.script = new Script(browser);
        this.preload = script.addPreloadScript(REPORTER);
        inspector.onConsoleEntry(entry -> {
            String text = entry.getText();
            if (text != null && text.startsWith(MARK) && text.substring(MARK.length()).strip()
                    .startsWith(app.toString())) {
                problems.add(text.substring(MARK.length()).strip());
            }
        });
    }

    /** Starts watching every page the browser opens from now on. */
    public static PageChecks watch(WebDriver browser, URI app) {
        return new PageChecks(browser, app);
    }

    /** The script errors, refused promises and policy violations seen so far on Concordia's pages. */
    public List<String> scriptProblems() {
        return List.copyOf(problems);
    }

    /**
     * The serious and critical WCAG 2.1 AA violations axe-core finds on the page shown now, each with the elements
     * it found them on; the full result goes to {@code target/axe/<name>.txt}. Pages outside Concordia give none.
     */
    public static List<String> accessibilityViolations(WebDriver browser, URI app, String name) {
        String url = browser.getCurrentUrl();
        if (url == null || !url.startsWith(app.toString())) {
            return List.of();
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        if (results.isErrored() || results.getViolations() == null) {
            // Not a pass: a page axe-core could not check is reported as such.
            return List.of(url + " axe-core did not finish: " + results.getErrorMessage());
        }
        List<String> serious = new ArrayList<>();
        List<String> report = new ArrayList<>(List.of("axe-core on " + url));
        for (Rule rule : results.getViolations()) {
            List<String> where = new ArrayList<>();
            List<String> why = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                where.add(String.valueOf(node.getTarget()));
                why.add("    " + node.getTarget() + ": " + String.valueOf(node.getFailureSummary()).replace('\n', ' '));
            }
            String line = rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " " + where;
            report.add(line);
            report.addAll(why);
            if (SERIOUS.contains(rule.getImpact())) {
                serious.add(url + " " + line);
            }
        }
        report.add((results.getPasses() == null ? 0 : results.getPasses().size()) + " rules passed, " + results.getViolations().size() + " violated, "
                + (results.getIncomplete() == null ? 0 : results.getIncomplete().size()) + " to check by hand");
        try {
            Path file = Path.of("target/axe", name.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
            Files.createDirectories(file.getParent());
            Files.write(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    @Override
    public void close() {
        try {
            script.removePreloadScript(preload);
        } finally {
            inspector.close();
            script.close();
        }
    }

    /**
     * What overflows the page sideways at {@code cssWidth} CSS pixels (WCAG 1.4.10, reflow: 320 px is a 1280 px
     * screen at 400% zoom): the elements sticking out past the window's right edge, outside any box that scrolls
     * on its own (a wide table in its scrolling box is allowed). Empty when the page reflows. The window is
     * emulated at that width (Chrome DevTools), then given back.
     */
    public static List<String> horizontalOverflowAt(WebDriver browser, int cssWidth) {
        if (!(browser instanceof org.openqa.selenium.chromium.HasCdp cdp)) {
            throw new IllegalStateException("Reflow is measured in Chromium (DevTools emulation)");
        }
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", cssWidth,
                "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                    const width = document.documentElement.clientWidth;
                    if (document.documentElement.scrollWidth <= width + 1) { return []; }
                    const scrolls = (e) => { for (let p = e.parentElement; p; p = p.parentElement) {
                        const x = getComputedStyle(p).overflowX;
                        if (x === 'auto' || x === 'scroll' || x === 'hidden') { return true; } } return false; };
                    const out = [];
                    for (const e of document.body.querySelectorAll('*')) {
                      const r = e.getBoundingClientRect();
                      if (r.width > 0 && r.right > width + 1 && !scrolls(e)) {
                        out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && typeof e.className === 'string' ? '.' + e.className.trim()
                                .split(/\\s+/).join('.') : '') + ' reaches ' + Math.round(r.right) + ' px');
                        if (out.length >= 8) { break; }
                      }
                    }
                    return out.length ? out : ['the page is ' + document.documentElement.scrollWidth + ' px wide'];
                    """);
            return found;
        } finally {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
