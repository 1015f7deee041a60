/** Small programs to copy from; each runs from the README. */
package dev.fluidsdk.examples;
