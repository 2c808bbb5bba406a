package io.drillplan.cli;

import io.drillplan.solver.Progress;
import io.drillplan.solver.ProgressListener;
import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a solve's progress on stderr: elapsed time, best score and drills placed. On a terminal it
 * is a bar redrawn in place; elsewhere (CI logs, pipes) it is a plain line every few seconds,
 * because carriage returns and cursor moves only garble a log.
 *
 * <p>The mode comes from the system property {@code drill.progress} ({@code bar}, {@code lines}
 * or {@code off}), which the {@code ./drill} launcher sets from whether stderr is a terminal;
 * without it, a bar is drawn only when the JVM has a console.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {

    private static final int LINE_INTERVAL_MILLIS = 5_000;
    private static final int BAR_INTERVAL_MILLIS = 250;

    private final ProgressBar bar;
    private final boolean redrawn;
    private final PrintWriter err;
    private final Messages text;
    private String lastLine = "";

    ProgressDisplay(PrintWriter err, int drillsTotal, Messages text) {
        this.err = err;
        this.text = text;
        String mode = System.getProperty("drill.progress", System.console() != null ? "bar" : "lines");
        this.redrawn = mode.equals("bar");
        if (mode.equals("off")) {
            bar = null;
            return;
        }
        int width = Integer.getInteger("drill.columns", 100);
        DelegatingProgressBarConsumer consumer = redrawn
                ? new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }, Math.max(40, width - 1))
                : new DelegatingProgressBarConsumer(this::printLine, 110);
        bar = new ProgressBarBuilder()
                .setTaskName(text.text("progress.task"))
                .setInitialMax(drillsTotal)
                .setUnit(text.text("progress.unit"), 1)
                .setStyle(redrawn ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(redrawn ? BAR_INTERVAL_MILLIS : LINE_INTERVAL_MILLIS)
                .hideEta()
                .continuousUpdate()
                .setConsumer(consumer)
                .build();
        bar.setExtraMessage(text.text("progress.first"));
    }

    /** One line per refresh in a log, skipping a repeat of the same state (the bar renders again on close). */
    private synchronized void printLine(String line) {
        String text = line.strip();
        if (!text.equals(lastLine)) {
            err.println(text);
            err.flush();
            lastLine = text;
        }
    }

    @Override
    public void onProgress(Progress progress) {
        if (bar == null) {
            return;
        }
        bar.maxHint(progress.drillsTotal());
        bar.stepTo(progress.drillsPlaced());
        bar.setExtraMessage(text.text(progress.bestScore().isFeasible() ? "progress.best" : "progress.bestInfeasible",
                progress.bestScore()));
    }

    @Override
    public void close() {
        if (bar == null) {
            return;
        }
        bar.close();
        if (redrawn) {
            err.println();
        }
        err.flush();
    }
}
