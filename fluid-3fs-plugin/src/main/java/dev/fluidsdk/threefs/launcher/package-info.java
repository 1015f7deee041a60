/**
 * A typed, immutable model of 3FS's {@code hf3fs_fuse_main_launcher.toml}, with a safe renderer
 * and parser.
 *
 * <p>{@link dev.fluidsdk.threefs.launcher.LauncherConfig} holds the 75 keys 3FS ships plus its 4
 * optional keys, each with 3FS's default. One declarative key table ({@code LauncherKeys}) drives
 * typed getters, builders, command-line style overrides ({@link
 * dev.fluidsdk.threefs.launcher.LauncherOverrides}), validation and {@link
 * dev.fluidsdk.threefs.launcher.LauncherToml} rendering and parsing. Rendering never templates
 * text: every string goes through tomlj's escaper and the output is parsed back and compared with
 * the model before it is returned, so no value can create another key.
 *
 * <p>This package ships in the FUSE image on its own: it uses only the JDK and tomlj, never a
 * Kubernetes or Fluid class. Every error is an {@link
 * dev.fluidsdk.threefs.launcher.InvalidConfigException} naming the dotted TOML key.
 */
package dev.fluidsdk.threefs.launcher;
