package dev.covenant.core.internal.repository;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.covenant.core.LoadResult;
import dev.covenant.dsl.CompilationResult;
import dev.covenant.dsl.PolicySource;
import java.util.function.Function;

/**
 * Load results by the SHA-256 of the policy text, so that a text is compiled once however many
 * files carry it and however often they are reloaded. Failed compilations are kept too: a broken
 * file is not recompiled each time another file changes. Thread-safe.
 */
public final class CompilationCache {
  private final Cache<String, LoadResult> results;
  private final Function<PolicySource, LoadResult> compile;

  public CompilationCache(long maximumSize, Function<PolicySource, LoadResult> compile) {
    // Eviction runs on the caller rather than the common pool: cheap at this size, and predictable.
    this.results = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
    this.compile = compile;
  }

  /**
   * The result for {@code source}, compiled only when its text is not cached. Its diagnostics name
   * {@code source}, even when the text was first compiled from another file.
   */
  public LoadResult load(PolicySource source, String sha256) {
    LoadResult cached = results.get(sha256, key -> compile.apply(source));
    CompilationResult compilation = cached.compilation();
    if (compilation.source().name().equals(source.name())) {
      return cached;
    }
    // Same text, so the spans still hold; only the file name that diagnostics print differs.
    return new LoadResult(new CompilationResult(source, compilation.diagnostics(), compilation.policy()), cached.policy());
  }

  long size() {
    results.cleanUp();
    return results.estimatedSize();
  }
}
