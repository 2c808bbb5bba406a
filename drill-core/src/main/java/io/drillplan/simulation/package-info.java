/**
 * The month simulator: a seeded, day-by-day run of a Safety Production Month over a published
 * schedule, with rescue teams called to incidents, heavy rain calling off outdoor drills and
 * units calling off drills, and a re-planning policy answering each morning's news.
 *
 * <p>The entry points are {@link io.drillplan.simulation.MonthSimulation} (one month, with its
 * event log and a hook seeing every published version) and
 * {@link io.drillplan.simulation.MonteCarlo} (many months under several policies with common
 * random numbers, summarised in a {@link io.drillplan.simulation.SimulationReport}). The
 * disruptions are described by a {@link io.drillplan.simulation.DisruptionModel}, with
 * documented June defaults and optional {@link io.drillplan.simulation.ScriptedEvent}s.
 *
 * <p>The event loop is hand-written rather than built on a simulation framework: a day is the
 * natural tick (drills occupy slots of whole days, disruptions are known in the morning), and
 * every random draw comes from a named stream (SSJ's discipline), so the same seed gives the same
 * result on any machine and thread count.
 */
package io.drillplan.simulation;
