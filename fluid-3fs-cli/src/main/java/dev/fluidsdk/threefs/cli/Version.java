package dev.fluidsdk.threefs.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Fluid3fs.class.getPackage().getImplementationVersion();
    return new String[] {"fluid3fs " + (v == null ? "development" : v)};
  }
}
