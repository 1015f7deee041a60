/** The {@code fluid3fs} command line, on picocli; its dependencies stay out of the libraries. */
package dev.fluidsdk.threefs.cli;
