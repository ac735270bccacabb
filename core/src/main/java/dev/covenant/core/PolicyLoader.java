package dev.covenant.core;

import dev.covenant.dsl.Limits;
import dev.covenant.dsl.PolicyCompiler;
import dev.covenant.dsl.PolicySource;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Parses, checks and compiles policies. Immutable and thread-safe.
 *
 * <pre>{@code
 * LoadResult result = PolicyLoader.create().load(PolicySource.read(Path.of("marketplace.policy")));
 * if (result.hasErrors()) {
 *   System.err.print(result.compilation().render());
 * } else {
 *   CompiledPolicy policy = result.policy().orElseThrow();
 * }
 * }</pre>
 */
public final class PolicyLoader {
  private final PolicyCompiler compiler;

  private PolicyLoader(PolicyCompiler compiler) {
    this.compiler = compiler;
  }

  /** A loader with the default resource {@link Limits}. */
  public static PolicyLoader create() {
    return new PolicyLoader(PolicyCompiler.create());
  }

  public PolicyLoader withLimits(Limits limits) {
    return new PolicyLoader(PolicyCompiler.withLimits(limits));
  }

  public LoadResult load(PolicySource source) {
    var compilation = compiler.compile(source);
    return new LoadResult(compilation, compilation.policy().map(CompiledPolicy::of));
  }

  /** Reads a policy file (UTF-8) and loads it. */
  public LoadResult load(Path file) throws IOException {
    return load(PolicySource.read(file));
  }
}
