/**
 * A stateful in-process Kubernetes API server for tests ({@link dev.fluidsdk.testing.FluidTestServer}) and a
 * JUnit 5 extension that plays Fluid's part ({@link dev.fluidsdk.testing.FluidFixture}). Fluid kinds are plain
 * JSON documents here; nothing in this package depends on fluid-sdk's model classes.
 */
package dev.fluidsdk.testing;
