package dev.covenant.core.internal.repository;

import dev.covenant.core.internal.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyLoader;
import dev.covenant.dsl.PolicySource;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompilationCacheTest {
  static final String VALID = "policy \"p\" version 1\nfinance {\n  otherwise skip\n}\n";
  static final String INVALID = "policy \"p\" version 2\nfinance {\n  rule \"x\" when invoice.amout > 5 EUR then skip\n}\n";

  final AtomicInteger compilations = new AtomicInteger();
  final PolicyLoader loader = PolicyLoader.create();

  CompilationCache cache(long size) {
    return new CompilationCache(size, source -> {
      compilations.incrementAndGet();
      return loader.load(source);
    });
  }

  static LoadResult load(CompilationCache cache, String name, String text) {
    return cache.load(PolicySource.of(name, text), Sha256.of(text));
  }

  @Test
  void aTextIsCompiledOnceWhateverFileCarriesIt() {
    CompilationCache cache = cache(10);

    LoadResult first = load(cache, "a.policy", VALID);
    LoadResult again = load(cache, "a.policy", VALID);
    LoadResult copy = load(cache, "b.policy", VALID);

    assertThat(compilations).hasValue(1);
    assertThat(again.policy().orElseThrow()).isSameAs(first.policy().orElseThrow());
    assertThat(copy.policy().orElseThrow()).isSameAs(first.policy().orElseThrow());
  }

  @Test
  void aFailedCompilationIsCachedAndItsDiagnosticsNameTheFileAskedFor() {
    CompilationCache cache = cache(10);

    load(cache, "a.policy", INVALID);
    LoadResult copy = load(cache, "b.policy", INVALID);

    assertThat(compilations).hasValue(1);
    assertThat(copy.policy()).isEmpty();
    assertThat(copy.compilation().render()).startsWith("b.policy:3:").doesNotContain("a.policy");
  }

  @Test
  void theCacheKeepsAtMostItsSize() {
    CompilationCache cache = cache(2);

    for (int version = 1; version <= 5; version++) {
      load(cache, "p.policy", VALID.replace("version 1", "version " + version));
    }

    assertThat(cache.size()).isLessThanOrEqualTo(2);
  }

  @Test
  void theKeyIsTheHashCompiledPoliciesReport() {
    LoadResult result = load(cache(10), "p.policy", VALID);

    assertThat(result.policy().orElseThrow().sha256()).isEqualTo(Sha256.of(VALID));
  }
}
