package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlanningJobTest {

    private static final DrillProblem COUNTY = SampleProblems.generate(SampleProblems.Preset.COUNTY);

    /** Long enough that a job only ends when it is cancelled within the test. */
    private static final PlannerOptions LONG = PlannerOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(60))
            .withUnimprovedLimit(null);

    @Test
    void seededJobsGiveWhatTheBlockingCallsGive() throws Exception {
        DrillProblem problem = TestProblems.crowded(4);
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(300L)
                .withTimeLimit(Duration.ofMinutes(2)).withUnimprovedLimit(null).withSeed(7));

        Schedule blocking = planner.plan(problem);
        Schedule background = planner.start(problem).result().get(2, TimeUnit.MINUTES);
        assertThat(background).isEqualTo(blocking);
    }

    @Test
    void aReplanRunsAsAJobToo() throws Exception {
        DrillProblem problem = TestProblems.crowded(4);
        Schedule published = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(300L)).plan(problem);
        // A re-plan with few drills free to move may take no step at all, so it ends by its time
        // limit: its result is checked, not compared with the blocking call's.
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(300L)
                .withTimeLimit(Duration.ofSeconds(3)).withUnimprovedLimit(null));
        var today = problem.horizon().start().plusDays(7);

        Replan replan = planner.startReplan(problem, published, today, Set.of()).result().get(1, TimeUnit.MINUTES);

        assertThat(ScheduleChecker.check(problem, replan.schedule()).violations()).isEmpty();
        assertThat(replan.schedule().assignments()).filteredOn(a -> a.date().isBefore(today))
                .containsExactlyInAnyOrderElementsOf(published.assignments().stream()
                        .filter(a -> a.date().isBefore(today)).toList());
    }

    @Test
    void cancellingOneOfTwoJobsLeavesTheOtherRunningAndKeepsTheBestSoFar() throws Exception {
        DrillPlanner planner = DrillPlanner.create(LONG);
        PlanningJob<Schedule> first = planner.start(COUNTY);
        PlanningJob<Schedule> second = planner.start(COUNTY);
        Thread.sleep(1_500);

        long cancelled = System.nanoTime();
        first.cancel();
        Schedule firstSchedule = first.result().get(30, TimeUnit.SECONDS);
        long stopSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - cancelled);

        assertThat(first.isCancelled()).isTrue();
        assertThat(stopSeconds).as("seconds from cancel to result").isLessThan(15);
        assertThat(ScheduleChecker.check(COUNTY, firstSchedule).violations()).isEmpty();
        assertThat(firstSchedule.score()).hasValueSatisfying(s -> assertThat(s.isFeasible()).isTrue());
        assertThat(firstSchedule.assignments().size() + firstSchedule.unscheduled().size())
                .isEqualTo(COUNTY.drills().size());

        Thread.sleep(500);
        assertThat(second.isDone()).as("the other job still runs").isFalse();
        assertThat(second.isCancelled()).isFalse();

        second.cancel();
        Schedule secondSchedule = second.result().get(30, TimeUnit.SECONDS);
        assertThat(ScheduleChecker.check(COUNTY, secondSchedule).violations()).isEmpty();
    }

    @Test
    void progressStreamsBestSoFarEventsAndCompletesWithTheJob() throws Exception {
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(500L)
                .withTimeLimit(Duration.ofMinutes(2)).withUnimprovedLimit(null));
        PlanningJob<Schedule> job = planner.start(TestProblems.crowded(4));
        List<Progress> events = new CopyOnWriteArrayList<>();
        CountDownLatch completed = new CountDownLatch(1);
        job.progress().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Progress item) {
                events.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                completed.countDown();
            }

            @Override
            public void onComplete() {
                completed.countDown();
            }
        });
        Schedule schedule = job.result().get(2, TimeUnit.MINUTES);

        assertThat(completed.await(30, TimeUnit.SECONDS)).as("the stream completes").isTrue();
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1).bestScore()).isEqualTo(schedule.score().orElseThrow());
        assertThat(events).extracting(Progress::drillsTotal).containsOnly(TestProblems.crowded(4).drills().size());
    }

    @Test
    void theFutureCancelledOrThePlannerStoppedEndsTheJob() throws Exception {
        // Two planners, so that stopping the one cannot be what ends the other's job.
        DrillPlanner abandoning = DrillPlanner.create(LONG);
        DrillPlanner stopping = DrillPlanner.create(LONG);
        PlanningJob<Schedule> abandoned = abandoning.start(COUNTY);
        PlanningJob<Schedule> stopped = stopping.start(COUNTY);
        Thread.sleep(1_000);

        abandoned.result().cancel(true);
        stopping.terminateEarly();

        Schedule schedule = stopped.result().get(30, TimeUnit.SECONDS);
        assertThat(ScheduleChecker.check(COUNTY, schedule).violations()).isEmpty();
        // The abandoned job's thread ends too: its stop signal was set when the future was cancelled.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("drillplan-job-")
                && t.isAlive()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("drillplan-job-"));
    }
}
