package io.drillplan.simulation;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The day-by-day loop of one simulated month; used once. Each morning it reads the news
 * ({@link MorningNews}), lets the policy deal with the drills knocked out ({@link ShiftPolicy},
 * {@link RepairPolicy}, or losing them all), holds the day's drills and shows the version to the
 * listener; the {@link MonthLedger} keeps the books.
 */
final class MonthRun {

    private final SimulationInput in;
    private final ReplanPolicy policy;
    private final int replication;
    private final ScheduleVersionListener listener;
    private final DisruptionCalendar calendar;
    private final MonthLedger ledger;
    private final MorningNews news;
    private final KnownMonth known;
    private final ShiftPolicy shift;
    private final RepairPolicy repair;

    MonthRun(SimulationInput in, ReplanPolicy policy, long seed, int replication, SimulationOptions options,
            RepairPlanners planners, ScheduleVersionListener listener) {
        this.in = in;
        this.policy = policy;
        this.replication = replication;
        this.listener = listener;
        this.calendar = DisruptionCalendar.draw(in.problem, in.published, in.model, seed, replication);
        this.ledger = new MonthLedger(in, options.noticeDays());
        this.news = new MorningNews(in, ledger);
        this.known = new KnownMonth(in, ledger);
        this.shift = new ShiftPolicy(in, ledger);
        this.repair = new RepairPolicy(in, ledger, shift, planners, options.repairSteps());
    }

    SimulationRun run() {
        for (LocalDate today : in.problem.horizon().dates()) {
            day(today);
        }
        return new SimulationRun(policy, replication, MonthMeasures.of(in, ledger), ledger.events, ledger.days,
                ledger.version(), repair.solves, repair.adopted, repair.fallbacks);
    }

    private void day(LocalDate today) {
        ledger.startDay();
        Knockouts out = news.read(today, calendar);
        Set<String> settled = known.settled(today);
        DrillProblem problem = known.problem(today, settled);
        if (!out.isEmpty()) {
            switch (policy) {
                case NONE -> loseAll(today, out);
                case SHIFT -> shift.apply(today, problem, out);
                case REPAIR -> repair.apply(today, problem, out, settled);
            }
        }
        ledger.closeDay(today);
        listener.onVersion(today, problem, ledger.version());
    }

    /**
     * NONE: every knocked-out drill is lost (a follower too: its prerequisite is not held before
     * it any more).
     */
    private void loseAll(LocalDate today, Knockouts out) {
        out.hit().forEach((id, why) -> {
            ledger.told(today, out.before().get(id), null);
            ledger.lose(today, id, Message.of("sim.lost").with(List.of(why)), Message.of("sim.notReplanned"));
        });
        out.followers().forEach((id, why) -> {
            ledger.told(today, out.before().get(id), null);
            ledger.disrupted(today, id, why);
            ledger.lose(today, id, Message.of("sim.lost").with(List.of(why)), Message.of("sim.notReplanned"));
        });
    }
}
