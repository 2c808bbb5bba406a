/**
 * The JSON exchange format of drillplan: {@link io.drillplan.format.DrillFormat} reads and
 * writes {@code drillplan-problem/1} and {@code drillplan-schedule/1} documents as the model's
 * records, {@link io.drillplan.format.ChangeFormat} reads {@code drillplan-changes/1} documents
 * (what happened during the month, for a re-plan), and
 * {@link io.drillplan.format.FormatException} says where a document is wrong.
 *
 * <p>The documents are read into package-private records that mirror docs/format.md field for field
 * and are then mapped to the model, so that the model carries no JSON annotations and the
 * defaults and error messages are the format's own.
 *
 * <p>{@link io.drillplan.format.FileReplacement} writes every file of the project: whole, through
 * a temporary file that a later run removes if this one is killed, and never over a device or a
 * link.
 */
package io.drillplan.format;
