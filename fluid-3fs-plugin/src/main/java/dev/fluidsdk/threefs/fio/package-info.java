/**
 * The seed's fio parity check as code: the fio Job for a Dataset's PVC, fio's JSON report, and the
 * pod/host comparison.
 */
package dev.fluidsdk.threefs.fio;
