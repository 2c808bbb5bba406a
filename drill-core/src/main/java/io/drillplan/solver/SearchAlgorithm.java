package io.drillplan.solver;

/** The local search metaheuristic that improves the greedy start. */
public enum SearchAlgorithm {
    /** Late Acceptance: accepts a move no worse than the score of some steps ago. */
    LATE_ACCEPTANCE,
    /** Tabu Search on entities: forbids touching recently moved drills and seats. */
    TABU_SEARCH,
    /** Great Deluge: accepts moves above a rising water level. */
    GREAT_DELUGE
}
