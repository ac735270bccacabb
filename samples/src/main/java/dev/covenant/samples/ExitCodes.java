package dev.covenant.samples;

/** The runner's exit codes, documented in {@code covenant --help}. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
