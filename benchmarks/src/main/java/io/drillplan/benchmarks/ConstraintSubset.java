package io.drillplan.benchmarks;

import io.drillplan.solver.engine.DrillConstraints;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * Benchmarks only: {@link DrillConstraints} with one constraint left out, to measure what each
 * constraint costs. The engine instantiates a constraint provider by reflection with no
 * arguments, so the left-out constraint is a static setting: set it with {@link #omit(String)}
 * before building a solver or score director factory, and never build two differently
 * configured factories at once.
 */
public final class ConstraintSubset implements ConstraintProvider {

    private static volatile String omitted;
    private static volatile List<String> allNames = List.of();

    /** Instantiated by the engine. */
    public ConstraintSubset() {}

    /**
     * Leaves out the constraint named {@code constraintName} from factories built from now on,
     * or none when {@code null}.
     */
    public static void omit(String constraintName) {
        omitted = constraintName;
    }

    /**
     * The names of every constraint of {@link DrillConstraints}, in definition order, as the last
     * factory built saw them (the left-out one included); empty before any factory was built.
     */
    public static List<String> constraintNames() {
        return allNames;
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        String left = omitted;
        List<Constraint> kept = new ArrayList<>();
        boolean found = false;
        List<String> names = new ArrayList<>();
        for (Constraint constraint : new DrillConstraints().defineConstraints(factory)) {
            names.add(constraint.getConstraintName());
            if (constraint.getConstraintName().equals(left)) {
                found = true;
            } else {
                kept.add(constraint);
            }
        }
        if (left != null && !found) {
            throw new IllegalArgumentException("unknown constraint '" + left + "'");
        }
        allNames = List.copyOf(names);
        return kept.toArray(Constraint[]::new);
    }
}
