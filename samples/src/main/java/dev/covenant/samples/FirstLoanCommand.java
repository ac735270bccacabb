package dev.covenant.samples;

import dev.covenant.defacto.DefactoException;
import dev.covenant.defacto.api.LoanStatus;
import dev.covenant.defacto.api.SandboxScenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covenant first-loan}: Defacto's "first loan in 5 minutes" guide, step by step, through the connector. */
@Command(
    name = "first-loan",
    mixinStandardHelpOptions = true,
    description = {
      "Walks the nine steps of Defacto's \"make your first loan in 5 minutes\" guide: each call, what Defacto "
          + "answered, and what to do next.",
      "By default on the embedded Defacto emulator, whose clock jumps instead of waiting; with --base-url on that "
          + "Defacto sandbox, the key read from DEFACTO_API_KEY."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the loan ended as the scenario says (CLOSED, ISSUE_DETECTED, DECLINED or CANCELED)",
      "1:a call failed, or the loan ended elsewhere (or had not ended when the tour stopped waiting)",
      "2:bad usage, or a target that cannot be reached as asked"
    })
final class FirstLoanCommand implements Callable<Integer> {
  @Option(names = "--base-url", paramLabel = "URL",
      description = "a Defacto sandbox, such as https://api-sandbox.getdefacto.com (default: the embedded emulator)")
  URI baseUrl;

  @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "SUCCESS", converter = ScenarioConverter.class,
      description = "the sandbox scenario of the invoice: SUCCESS (the default), SUCCESS_ONE_DAY_LATER, FAIL, REJECT "
          + "or CANCEL")
  SandboxScenario scenario;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    // The tour's steps only make sense on a sandbox: its generators do not exist in production.
    try (DefactoTarget target = baseUrl == null ? DefactoTarget.embeddedOnItsOwnClock()
        : DefactoTarget.remote(baseUrl, false)) {
      out.println("Your first loan on " + target.description() + ", scenario " + scenario);
      LoanStatus end = new FirstLoanTour(target, scenario, out).run();
      out.flush();
      return end == FirstLoanTour.expectedEnd(scenario) ? ExitCodes.OK : ExitCodes.FAILED;
    } catch (DefactoTarget.TargetException e) {
      err.println("covenant: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (DefactoException e) {
      out.flush();
      err.println("covenant: the step failed: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (IOException e) {
      err.println("covenant: cannot start the emulator: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("covenant: interrupted");
      return ExitCodes.FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  static final class ScenarioConverter extends EnumNames<SandboxScenario> {
    ScenarioConverter() {
      super(SandboxScenario.class, false);
    }
  }
}
