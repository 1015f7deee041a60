/**
 * The Fluid SDK's root package: the exception family shared by all its parts. Models are in
 * {@code dev.fluidsdk.model}, JSON and YAML in {@code dev.fluidsdk.codec}, validation in {@code
 * dev.fluidsdk.validation} and the Kubernetes client in {@code dev.fluidsdk.client}.
 */
package dev.fluidsdk;
