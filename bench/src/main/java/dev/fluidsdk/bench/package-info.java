/**
 * Benchmarks of the Fluid SDK: a JMH benchmark of the codec ({@code codec}), the FUSE
 * entrypoint's start-up time next to the seed's scripts ({@code startup}) and provisioning many
 * Datasets against an in-process API server ({@code provision}). None of them runs in the build;
 * {@code docs/BENCHMARKS.md} gives the command for each.
 */
package dev.fluidsdk.bench;
