package dev.covenant.samples;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = CovenantCommand.class.getPackage().getImplementationVersion();
    return new String[] {"covenant " + (version == null ? "development" : version)};
  }
}
