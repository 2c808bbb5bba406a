package io.drillplan.benchmarks;

import io.drillplan.format.DrillFormat;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.solver.engine.DrillSolution;
import java.io.File;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;

/**
 * Benchmarks only: lets the OptaPlanner Benchmarker read a drillplan-problem/1 file as the
 * planner's start, the problem with the greedy schedule applied and the default weights, just
 * as {@link DrillPlanner#plan(io.drillplan.model.DrillProblem)} starts its search. The greedy
 * schedule is built when the Benchmarker reads the problem, before its clock starts.
 */
public final class WarmStartFileIO implements SolutionFileIO<DrillSolution> {

    /** Instantiated by the Benchmarker. */
    public WarmStartFileIO() {}

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public DrillSolution read(File inputSolutionFile) {
        return SolverInternals.warmStart(DrillFormat.readProblem(inputSolutionFile.toPath()),
                PreferenceWeights.DEFAULT);
    }

    @Override
    public void write(DrillSolution solution, File outputSolutionFile) {
        throw new UnsupportedOperationException(
                "the benchmarks do not write solutions: " + outputSolutionFile);
    }
}
