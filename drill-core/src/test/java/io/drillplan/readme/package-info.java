/**
 * The library example of the repository's README, compiled and run as a test. It lives in a
 * package of its own so that it can only use drill-core's public API, as an application does.
 */
package io.drillplan.readme;
