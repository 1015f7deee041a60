/**
 * The FUSE container's entrypoint: reads Fluid's ThinRuntime config JSON, validates the 3FS mount
 * point, token and options through the 3FS core, writes the token file (mode 0600) and the launcher
 * TOML, then runs and supervises {@code hf3fs_fuse_main} without any shell; a sub-directory of 3FS
 * is exposed by mounting the file system privately and bind-mounting the directory onto the target
 * ({@link dev.fluidsdk.threefs.fuse.BindMount}). Also the {@code ready} probe. Packaged as {@code fuse-entrypoint.jar}; uses only the 3FS core, gson and the JDK.
 *
 * <p>{@link dev.fluidsdk.threefs.fuse.FuseMain} documents the command line and the exit codes.
 */
package dev.fluidsdk.threefs.fuse;
