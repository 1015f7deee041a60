/**
 * The Fluid objects that mount 3FS ({@link dev.fluidsdk.threefs.fluid.ThreeFsObjects}) built from a
 * {@link dev.fluidsdk.threefs.fluid.ThreeFsVolume} request, and their provisioning through the
 * fluid-sdk client.
 */
package dev.fluidsdk.threefs.fluid;
