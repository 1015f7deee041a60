/**
 * Provisioning many 3FS Datasets (Secret, Dataset and ThinRuntime each, one shared
 * ThinRuntimeProfile) against the in-process API server with the fake Fluid binder, and waiting
 * until all are Bound: this SDK (server-side apply, one watch), the seed's way (one {@code kubectl
 * apply -f} per object, one {@code kubectl wait} per Dataset) and a naive client polling each
 * Dataset.
 */
package dev.fluidsdk.bench.provision;
