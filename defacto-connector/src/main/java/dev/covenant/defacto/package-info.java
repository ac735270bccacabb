/**
 * A client for Defacto's lending API: {@link dev.covenant.defacto.DefactoClient}, built by
 * {@link dev.covenant.defacto.DefactoClientBuilder}, and the exceptions it throws, all subclasses
 * of {@link dev.covenant.defacto.DefactoException}.
 *
 * <pre>{@code
 * try (DefactoClient defacto = DefactoClient.builder().apiKey(() -> System.getenv("DEFACTO_API_KEY")).build()) {
 *   Loan loan = defacto.loan("5b1f...");
 * }
 * }</pre>
 *
 * <p>Nothing is null: absent values are empty {@code Optional}s or empty collections. The HTTP
 * machinery (Feign) is hidden in {@code internal} packages and may change.
 */
package dev.covenant.defacto;
