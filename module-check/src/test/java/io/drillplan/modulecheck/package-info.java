/**
 * drill-core as a consumer on the module path sees it: a consumer module compiled against the
 * built drill-core and its dependencies with {@code --module-path}, run in a child JVM, and a
 * module that reaches for the engine package, which must not compile.
 */
package io.drillplan.modulecheck;
