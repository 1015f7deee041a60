/**
 * Implementation of the test server: the HTTP front, the event log behind streaming watches, server-side apply,
 * discovery documents. Not a public API; it may change without notice.
 */
package dev.fluidsdk.testing.internal;
