/**
 * The 3FS plugin: its exception family ({@link dev.fluidsdk.threefs.ThreeFsException}). The core that
 * ships alone in the FUSE image and needs no Kubernetes client is {@code mount} (mount points and
 * tokens), {@code launcher} (the launcher TOML) and {@code fuse} (the entrypoint); {@code fluid}
 * (the Fluid objects for 3FS and their provisioning) and {@code fio} build on fluid-sdk.
 */
package dev.fluidsdk.threefs;
