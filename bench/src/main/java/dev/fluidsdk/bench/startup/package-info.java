/**
 * Start-up time of the FUSE entrypoint: from process start to the launch of a stub {@code
 * hf3fs_fuse_main}, for {@code fuse-entrypoint.jar} under several JVM settings and for the seed's
 * python + bash scripts.
 */
package dev.fluidsdk.bench.startup;
