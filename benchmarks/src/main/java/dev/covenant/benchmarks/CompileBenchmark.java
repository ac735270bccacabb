package dev.covenant.benchmarks;

import dev.covenant.core.LoadResult;
import dev.covenant.core.PolicyLoader;
import dev.covenant.dsl.CompilationResult;
import dev.covenant.dsl.PolicyCompiler;
import dev.covenant.dsl.PolicyFormatter;
import dev.covenant.dsl.PolicySource;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long parsing, checking and compiling take: the ten-rule example policy, and a generated policy of
 * 1,000 rules (the engine issue's target is compiling such a policy in under 100 ms).
 *
 * <pre>java -jar benchmarks/target/covenant-benchmarks.jar CompileBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {
  private final PolicyCompiler compiler = PolicyCompiler.create();
  private final PolicyFormatter formatter = PolicyFormatter.create();
  private final PolicyLoader loader = PolicyLoader.create();
  private PolicySource example;
  private PolicySource thousandRules;

  @Setup
  public void setUp() {
    example = PolicySource.of("example.policy", Policies.example());
    thousandRules = PolicySource.of("thousand.policy", Policies.withRules(1_000));
    requireClean(compiler.compile(example));
    requireClean(compiler.compile(thousandRules));
  }

  private static void requireClean(CompilationResult result) {
    if (result.hasErrors()) {
      throw new IllegalStateException("benchmark policy has errors:\n" + result.render());
    }
  }

  @Benchmark
  public CompilationResult checkExamplePolicy() {
    return compiler.compile(example);
  }

  @Benchmark
  public CompilationResult checkThousandRulePolicy() {
    return compiler.compile(thousandRules);
  }

  /** Parse, check and compile to the engine's evaluator: what loading a policy costs end to end. */
  @Benchmark
  public LoadResult loadThousandRulePolicy() {
    return loader.load(thousandRules);
  }

  @Benchmark
  public LoadResult loadExamplePolicy() {
    return loader.load(example);
  }

  @Benchmark
  public PolicyFormatter.FormatResult formatThousandRulePolicy() {
    return formatter.format(thousandRules);
  }
}
