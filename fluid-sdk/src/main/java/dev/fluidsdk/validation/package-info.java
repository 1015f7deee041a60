/**
 * Validation on demand: what Fluid's CRD schemas and Kubernetes would reject, reported as a list of
 * {@link dev.fluidsdk.validation.Violation}s with field paths, every problem at once.
 */
package dev.fluidsdk.validation;
