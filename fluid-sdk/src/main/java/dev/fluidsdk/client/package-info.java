/**
 * A client for Fluid's kinds on the official Kubernetes Java client: {@link
 * dev.fluidsdk.client.FluidClient} with typed create, get, list, update, merge patch, server-side
 * apply, status, delete and watch, watch-based waits ({@code awaitBound}, {@code awaitAllBound}),
 * safe retries ({@link dev.fluidsdk.client.RetryPolicy}) and one unchecked error family rooted at
 * {@link dev.fluidsdk.client.FluidApiException}, {@link dev.fluidsdk.client.FluidConnectionException}
 * and {@link dev.fluidsdk.client.FluidTimeoutException}. Logs through SLF4J.
 */
package dev.fluidsdk.client;
