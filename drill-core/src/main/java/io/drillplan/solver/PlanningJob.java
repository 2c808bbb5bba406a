package io.drillplan.solver;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One solve running in the background, started by {@link DrillPlanner#start} or
 * {@link DrillPlanner#startReplan}: its result, its best-so-far events and its own stop.
 *
 * <pre>{@code
 * PlanningJob<Schedule> job = planner.start(problem);
 * job.subscribe(p -> show(p.bestScore()));       // optional: best-so-far events
 * ...
 * job.cancel();                                  // optional: stop early, keep the best so far
 * Schedule schedule = job.result().join();
 * }</pre>
 *
 * <p>Several jobs may run at once on one planner, each on its own thread; {@link #cancel()}
 * stops only this one. A cancelled job still completes its {@link #result()} normally, with the
 * best schedule found until then (drills not placed yet are listed as unscheduled). Cancelling
 * the future itself ({@code result().cancel(true)}) stops the job too, but then the schedule is
 * lost.
 *
 * @param <R> what the job yields: a {@code Schedule} for a plan, a {@link Replan} for a re-plan
 */
public final class PlanningJob<R> {

    /** Events a subscriber may fall behind by before it misses some. */
    public static final int PROGRESS_BUFFER = 256;

    private static final AtomicInteger JOBS = new AtomicInteger();

    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final SubmissionPublisher<Progress> progress = new SubmissionPublisher<>(
            ForkJoinPool.commonPool(), PROGRESS_BUFFER);
    private final StopSignal signal;
    private volatile boolean cancelled;

    private PlanningJob(StopSignal signal) {
        this.signal = signal;
    }

    /**
     * Runs {@code work} on a new daemon thread, with a listener that publishes progress.
     *
     * @param signal the job's stop signal
     * @param work the solve, given the listener to report to
     * @param finished called on the job's thread after the solve, whatever its outcome
     */
    static <R> PlanningJob<R> launch(StopSignal signal, Function<ProgressListener, R> work, Runnable finished) {
        PlanningJob<R> job = new PlanningJob<>(signal);
        job.result.whenComplete((r, e) -> {
            if (e instanceof CancellationException) {
                signal.stop();
            }
        });
        Thread thread = new Thread(() -> job.run(work, finished), "drillplan-job-" + JOBS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        return job;
    }

    private void run(Function<ProgressListener, R> work, Runnable finished) {
        try {
            // A subscriber that falls behind misses events rather than slowing the search down.
            R value = work.apply(event -> progress.offer(event, (subscriber, dropped) -> false));
            progress.close();
            result.complete(value);
        } catch (RuntimeException | Error e) {
            progress.closeExceptionally(e);
            result.completeExceptionally(e);
        } finally {
            finished.run();
        }
    }

    /**
     * The outcome: completes normally with the schedule (or re-plan) when the search ends, by its
     * budget or by {@link #cancel()}, and exceptionally when the solve fails.
     *
     * @return the future of the result
     */
    public CompletableFuture<R> result() {
        return result;
    }

    /**
     * Best-so-far events: one {@link Progress} each time the best schedule improves, and one last
     * event for the schedule returned. Subscribers see the events published after they subscribe,
     * on a thread of the common fork-join pool; one that falls {@link #PROGRESS_BUFFER} events
     * behind misses the newer ones (the search never waits for a subscriber). The stream completes
     * when the job ends, with the job's error when it fails.
     *
     * @return the publisher of this job's events
     */
    public Flow.Publisher<Progress> progress() {
        return progress;
    }

    /**
     * Calls {@code listener} with each event of {@link #progress()} from now on, on a thread of
     * the common fork-join pool rather than the search's.
     *
     * @param listener receives the events
     * @return a future that completes when the job's events end (exceptionally when the job fails)
     */
    public CompletableFuture<Void> subscribe(ProgressListener listener) {
        return progress.consume(listener::onProgress);
    }

    /**
     * Stops this job, and only this one: the search ends within its current step and
     * {@link #result()} completes with the best schedule found so far. Calling it again, or after
     * the job has ended, does nothing.
     */
    public void cancel() {
        cancelled = true;
        signal.stop();
    }

    /** {@return whether {@link #cancel()} was called} */
    public boolean isCancelled() {
        return cancelled;
    }

    /** {@return whether the job has ended, so that {@link #result()} is complete} */
    public boolean isDone() {
        return result.isDone();
    }
}
