package io.drillplan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheets and scripts of the HTML pages. They are resources next to this class rather
 * than Java strings, so that they can be read, edited and checked as CSS and JavaScript; each page
 * still inlines them, so that it stays a single file that needs no network.
 */
final class PageAssets {

    /** Style of the schedule report. */
    static final String REPORT_CSS = text("report.css");
    /** Counts script errors; runs first in the report's head so that the browser check sees them. */
    static final String REPORT_ERRORS_JS = text("report-errors.js");
    /** The region and exercise-type filters of the report. */
    static final String REPORT_FILTERS_JS = text("report-filters.js");
    /** Style of the simulation report. */
    static final String SIMULATION_CSS = text("simulation.css");
    /** Style of the month's summary: printable on A4. */
    static final String SUMMARY_CSS = text("summary.css");
    /** Style of the change report of a re-plan. */
    static final String CHANGES_CSS = text("changes.css");

    private PageAssets() {}

    private static String text(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                // Only a broken build can get here: the file is packaged with this class.
                throw new IllegalStateException("resource io/drillplan/report/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource io/drillplan/report/" + name, e);
        }
    }
}
