/**
 * drillplan's embeddable library: the problem and schedule model, its JSON format, the
 * plain-Java schedule checker, the planner, re-planning after changes, the month simulation,
 * sample problems and the reports (HTML, CSV, iCalendar) in English and Chinese.
 *
 * <p>Every package is exported except {@code io.drillplan.solver.engine}, the planning model and
 * search machinery behind {@link io.drillplan.solver.DrillPlanner}. That package is opened, not
 * exported, and only to the solver engine, which creates its solution, entities, constraint
 * provider, listeners and move factories by reflection.
 */
// OptaPlanner 10.1 ships no module descriptor, only an Automatic-Module-Name: that is the name
// required below.
@SuppressWarnings("requires-automatic")
module io.drillplan.core {
    // No type of the solver, Jackson or SLF4J appears in an exported signature: plain requires.
    requires org.optaplanner.core.impl;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    exports io.drillplan.model;
    exports io.drillplan.format;
    exports io.drillplan.check;
    exports io.drillplan.changes;
    exports io.drillplan.simulation;
    exports io.drillplan.samples;
    exports io.drillplan.text;
    exports io.drillplan.solver;
    exports io.drillplan.report;

    // The engine reads the planning annotations, instantiates the solution cloner, constraint
    // provider, variable listener and move factories, and clones the solution's fields.
    opens io.drillplan.solver.engine to org.optaplanner.core.impl;
    // The documents of the JSON format are private records that Jackson builds and reads.
    opens io.drillplan.format to com.fasterxml.jackson.databind;
}
