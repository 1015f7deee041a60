/**
 * Typed models of Fluid's {@code data.fluid.io/v1alpha1} {@link dev.fluidsdk.model.Dataset},
 * {@link dev.fluidsdk.model.ThinRuntime} and {@link dev.fluidsdk.model.ThinRuntimeProfile}, with
 * every field of Fluid's Go types. Kubernetes core types come from client-java's models.
 *
 * <p>All models are immutable and built with {@code X.builder()...build()} or changed with {@code
 * toBuilder()}. Absent fields are {@code null}; collection getters return read-only views that are
 * empty when absent. Properties a model does not know (from a newer Fluid or Kubernetes) survive a
 * read and write, at every level. Go string enums are Java enums implementing {@link
 * dev.fluidsdk.model.FluidEnum}; the raw string is kept, so unknown values survive as well.
 */
package dev.fluidsdk.model;
