package dev.covenant.samples.dryrun;

import dev.covenant.core.CompiledPolicy;
import java.util.Optional;

/** Which policy decided: what a report must name so a reader can tell two runs apart. */
public record PolicyIdentity(String name, Optional<String> version, String sha256, String file) {

  public static PolicyIdentity of(CompiledPolicy policy) {
    return new PolicyIdentity(policy.name(), policy.version(), policy.sha256(), policy.source().name());
  }
}
