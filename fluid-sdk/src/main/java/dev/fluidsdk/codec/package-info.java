/**
 * JSON and YAML for Fluid objects: {@link dev.fluidsdk.codec.FluidJson} on client-java's gson setup
 * and {@link dev.fluidsdk.codec.FluidYaml} on SnakeYAML's safe loader, both through the models'
 * own gson adapters, so unknown fields survive and the same object always gives the same bytes.
 */
package dev.fluidsdk.codec;
