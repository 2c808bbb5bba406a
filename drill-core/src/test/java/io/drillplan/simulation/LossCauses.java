package io.drillplan.simulation;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why drills are lost under a policy, as a program (it takes a minute or two): plans a preset as
 * {@link SimulationBenchmark} does, runs the replications one by one and counts the losses by
 * cause. It tells how much any re-planning policy could recover at most.
 *
 * <pre>
 * java -cp drill-core/target/classes:drill-core/target/test-classes:$(cat cp.txt) \
 *     io.drillplan.simulation.LossCauses PILOT 30 shift
 * </pre>
 *
 * Arguments, all optional: preset (PILOT), replications (30), policy (shift), planning steps
 * (20000), seed (7).
 */
public final class LossCauses {

    private LossCauses() {}

    /**
     * Runs the count.
     *
     * @param args preset, replications, policy, planning steps, seed
     */
    public static void main(String[] args) {
        SampleProblems.Preset preset = SampleProblems.Preset.fromName(args.length > 0 ? args[0] : "PILOT");
        int runs = Integer.parseInt(args.length > 1 ? args[1] : "30");
        ReplanPolicy policy = ReplanPolicy.valueOf((args.length > 2 ? args[2] : "shift").toUpperCase(java.util.Locale.ROOT));
        long planSteps = Long.parseLong(args.length > 3 ? args[3] : "20000");
        long seed = Long.parseLong(args.length > 4 ? args[4] : "7");
        DrillProblem problem = SampleProblems.generate(preset);
        Schedule published = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(planSteps)
                .withUnimprovedLimit(null).withTimeLimit(Duration.ofMinutes(10))).plan(problem);
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, Integer> finals = new TreeMap<>();
        java.util.Set<String> publishedIds = new java.util.HashSet<>();
        published.assignments().forEach(a -> publishedIds.add(a.drill()));
        int total = 0;
        for (int r = 1; r <= runs; r++) {
            SimulationRun run = MonthSimulation.of(problem, published, DisruptionModel.JUNE, policy, seed)
                    .withReplication(r).run();
            for (SimulationEvent e : run.events()) {
                if (e.kind() == SimulationEvent.Kind.DRILL_LOST) {
                    causes.merge(cause(e.detail()), 1, Integer::sum);
                    total++;
                }
            }
            Map<String, java.time.LocalDate> lostOn = new java.util.HashMap<>();
            for (SimulationEvent e : run.events()) {
                if (e.kind() == SimulationEvent.Kind.DRILL_LOST) {
                    lostOn.put(e.subject(), e.date());
                }
            }
            java.util.Set<String> heldIds = new java.util.HashSet<>();
            run.outcome().assignments().forEach(a -> heldIds.add(a.drill()));
            for (io.drillplan.model.Unscheduled u : run.outcome().unscheduled()) {
                if (publishedIds.contains(u.drill()) && !u.reason().startsWith("cancelled")) {
                    String cause = finalCause(u.reason());
                    java.time.LocalDate end = problem.drillsById().get(u.drill()).windowIn(problem.horizon()).to();
                    java.time.LocalDate on = lostOn.get(u.drill());
                    if (on != null && end.isAfter(on)) {
                        cause += " [lost with days left in its window]";
                    } else {
                        cause += " [lost on its window's last day]";
                    }
                    if (u.reason().contains("prerequisite") && !u.reason().contains("cancelled")) {
                        String pre = u.reason().replaceAll(".*prerequisite (\\S+).*", "$1");
                        cause += heldIds.contains(pre) ? " [prerequisite held later]" : " [prerequisite lost too]";
                    }
                    finals.merge(cause, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%s, %d replications, seed %d, %s: %d drill losses%n", preset, runs, seed, policy, total);
        causes.forEach((cause, n) -> System.out.printf("%5d  %s%n", n, cause));
        System.out.printf("published drills not held at the month's end (cancelled ones excepted), by final reason: %d%n",
                finals.values().stream().mapToInt(Integer::intValue).sum());
        finals.forEach((cause, n) -> System.out.printf("%5d  %s%n", n, cause));
    }

    /** The cause of a final reason such as "lost: team T away on an incident; its window ends 2026-06-12". */
    private static String finalCause(String reason) {
        String how = reason.contains("window ends") ? "no date left in its window" : "no feasible slot in its window";
        if (reason.contains("prerequisite") && reason.contains("cancelled")) {
            return "its prerequisite called off by its unit";
        }
        if (reason.contains("prerequisite")) {
            return "its prerequisite knocked out and not re-placed; " + how;
        }
        if (reason.contains("away")) {
            return "a team away; " + how;
        }
        if (reason.contains("rain")) {
            return "heavy rain; " + how;
        }
        return reason;
    }

    private static String cause(String detail) {
        if (detail.contains("prerequisite")) {
            return "a prerequisite not held";
        }
        if (detail.contains("window ends")) {
            return "its window ends before tomorrow";
        }
        return "no feasible slot left";
    }
}
